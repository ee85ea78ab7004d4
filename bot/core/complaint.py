"""A citizen's question about complaining, answered in plain chat from the complaint path of the
rule book (rules/data/complaint.yaml, also behind Telegram's /complaint): the step that answers
the question first, each step's verbatim span quoted under the paper's section label.

The paper describes practice up to about 2008; the answer says so once. Which step answers which
question is a table of the words people use for each (where to go, what follows, who oversees),
not one phrase per question.
"""
from __future__ import annotations

import re

from rules.schema import ComplaintPath, ComplaintStep

from bot.core.answer import Body, Quote
from bot.core.leading import quoted_line

LEAD = "相关原文如下，请以原文为准："
CAVEAT = "我只能给出这篇论文对当时深圳实践的描述，它不是现行法规条文。"

# A question about complaining: it names complaining, or asks who oversees the departments.
_COMPLAINT = re.compile(r"投诉|举报|告状|不满意?|有意见|信访|反映问题|反映情况|谁(来)?监督|监督(部门|机关|机构)|找谁|去哪(里|儿)?(告|反映)")
# A question of the rules engine (a leader, an accident's grade) is not one of the citizen's path.
_RULES = re.compile(r"第.{1,4}条|一般事故|较大事故|重大事故|特别重大|书记|区长|主任|局长|正职|副职")

# The words that ask for each step, strongest first; a step's score is the sum of its matches.
ASKS: dict[str, str] = {
    "k-where": r"哪里|哪儿|去哪|找谁|向谁|跟谁|电话|网址|网站|怎么投诉|如何投诉|怎样投诉|渠道|受理|打什么",
    "k-supervision": r"监察|纪委|不受理|不理|没人管|上一级|上级|独立|还能找|再找",
    "k-apology": r"道歉|赔礼|认错|说法|交代",
    "k-review": r"多久|多长时间|几天|时限|期限|什么时候|一个月|说明|重大事故|重大责任事件",
    "k-head": r"结果|怎么处理|如何处理|会怎样|怎么样|处分|处罚|问责|一把手|领导|首长|负责人|辞职|免职",
    "k-fault-rules": r"依据|哪些规定|什么规定|办法|过错|情形|追究|哪些方式",
    "k-permit": r"许可|审批|执照|证照|办证|批文",
    "k-litigation": r"复议|诉讼|打官司|起诉|法院|撤销",
    "k-joint": r"谁(来)?监督|谁管|监督|联席|审计|财政",
    "k-transfer": r"移送|违法违规|抄送|监督报告",
    "k-quarterly": r"汇总|每季度|统计|报告市政府|后续|跟踪",
}
DEFAULT = ["k-where", "k-supervision", "k-apology"]
MAX_STEPS = 4


def is_complaint(question: str) -> bool:
    """True for a citizen's question about complaining that the path answers."""
    return bool(_COMPLAINT.search(question)) and not _RULES.search(question)


def ranked(path: ComplaintPath, question: str) -> list[ComplaintStep]:
    """The steps that answer `question`, the best first (ties in the order of ASKS: a question
    of "多久" and "结果" asks first how long)."""
    by_id = {s.id: s for s in path.steps}
    scores = {sid: sum(len(m.group(0)) for m in re.finditer(pat, question)) for sid, pat in ASKS.items() if sid in by_id}
    hits = sorted((sid for sid, n in scores.items() if n), key=lambda sid: (-scores[sid], list(ASKS).index(sid)))
    ids = list(dict.fromkeys(hits + [i for i in DEFAULT if i in by_id]))[:MAX_STEPS]
    return [by_id[i] for i in ids]


def steps_body(path: ComplaintPath, steps: list[ComplaintStep]) -> Body:
    """The steps' verbatim spans, quoted under the paper's section labels in the order of the
    steps (a section's spans together, where the first of its steps comes)."""
    spans: dict[str, list[str]] = {}                  # section -> its spans, in the steps' order
    for st in steps:
        spans.setdefault(st.source.section, [])
        if st.source.span not in spans[st.source.section]:
            spans[st.source.section].append(st.source.span)
    quotes = [Quote(path.document, path.title, None, f"《{path.title}》{section}", "\n".join(texts))
              for section, texts in spans.items()]
    if not steps:
        return Body(lead=LEAD, notes=[CAVEAT], quotes=quotes)
    # the step that answers leads, in the paper's words under its section's label
    first = steps[0].source
    return Body(lead=quoted_line(f"《{path.title}》{first.section}", first.span), notes=[CAVEAT], quotes=quotes)


def complaint_answer(path: ComplaintPath | None, question: str) -> Body | None:
    """The answer to a citizen's question about complaining, or None when it is not one (or the
    rule book has no complaint path)."""
    if path is None or not is_complaint(question):
        return None
    return steps_body(path, ranked(path, question))


__all__ = ["CAVEAT", "complaint_answer", "is_complaint", "ranked", "steps_body"]
