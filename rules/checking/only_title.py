"""What is left of a document's front matter: "能确定的只有题目——《深圳市实施行政问责制的实践与思考》",
"（规定文本没有列出发文机关，）只能看到标题《深圳市党政领导干部问责暂行规定》和条文本身".

Such a clause says two things: the title is the document's own (it names a document of the
sources by its full title), and nothing else about it is known, in particular what the question
asks of it (who issued or wrote it, when). The support test found neither in any passage, since
the claim is about the front matter: it is held to it. True when the title is a document's and the
front matter records as missing the issuer (and the date, when the question or the sentence asks
for one); false when the title is none of the sources' or the front matter has what it says is
unknown (the report's issuer, the regulation's date when asked).
"""
from __future__ import annotations

import re

from .sources import SourceSet

_ONLY = re.compile(r"^(?:但|不过|而)?(?:(?:我们|用户|读者)?只(?:能|可以)?(?:看到|看得到|知道|确定|确认)"
                   r"|(?:能够?|可以)(?:看到|确定|确认|知道)的?(?:就)?(?:只有|仅有|只是)|只有|仅有)"
                   r"(?:它的|其|(?:这篇|这份|该)?(?:文件|规定|论文|文章|报告)的?)?(?:标题|题目|名称|篇名)(?:是|为|叫)?[——\-–：:，,\s]*《(?P<title>[^》]+)》"
                   r"(?:(?:和|以及|与|、)(?:条文|正文|全文|文本|内容)(?:本身)?)?[。！!]?$")
_ASKS = {"issuer": re.compile(r"谁写|作者|发文机关|哪个机关|哪个部门|谁发|发布的?|署名|印发"),
         "date": re.compile(r"哪年|哪一年|日期|什么时候|何时|时间|发表")}
_UNRECORDED = re.compile(r"^(?:未载明|未署名|未注明|没有|无|null|none)", re.I)
_FIELD_NAMES = {"issuer": "发文机关或作者", "date": "日期"}


def split(sentence: str) -> tuple[str, str] | None:
    """(the clauses before, the clause on what is left) when the sentence's last clause is one."""
    parts = re.split(r"(?<=[，,；;])", sentence.strip())
    if _ONLY.match(parts[-1].strip()):
        return "".join(parts[:-1]).rstrip("，,；; "), parts[-1].strip()
    return None


def judged(clause: str, asked: str, sources: SourceSet) -> tuple[bool, str]:
    """(right, why) for the clause, given the question and the sentence's other clauses (`asked`)."""
    title = _ONLY.match(clause).group("title")
    doc = next((d for d in sources.documents.values() if d.title == title), None)
    if doc is None:
        return False, f"来源中没有题为《{title}》的文档。"
    fields = [f for f, words in _ASKS.items() if words.search(asked)] or ["issuer"]
    for f in fields:
        value = (getattr(doc, f, "") or "").strip()
        if value and not _UNRECORDED.match(value):
            return False, f"《{title}》的来源说明载有{_FIELD_NAMES[f]}：{value}。"
    return True, f"《{title}》的来源说明未载明{'、'.join(_FIELD_NAMES[f] for f in fields)}"
