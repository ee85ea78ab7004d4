"""/complaint: the citizen's path from rules/data/complaint.yaml, each step with the paper's words quoted."""
from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from rules.schema import ComplaintPath

from bot.core.answer import Body, Quote, Statement
from bot.telegram import texts
from bot.telegram.render import esc
from bot.telegram.sending import send_answer, services

CAVEAT = "以上是论文对深圳实践（约 2008 年以前）的描述，不是现行法规条文。"


async def complaint(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/complaint: one button per situation of the path."""
    path = services(context).assistant.snapshot.book.complaint
    buttons = [[InlineKeyboardButton(sit.label, callback_data=f"cmp:{i}")] for i, sit in enumerate(path.situations)]
    await update.effective_message.reply_text(esc(texts.COMPLAINT_START), reply_markup=InlineKeyboardMarkup(buttons))


def complaint_body(path: ComplaintPath, index: int) -> Body:
    """A situation's steps stage by stage, each pointing at the section it comes from, and the
    sections' verbatim spans quoted."""
    sit, steps = path.situation(path.situations[index].id)
    stages: dict[str, list] = {}
    for st in steps:
        stages.setdefault(st.stage, []).append(st)
    spans: dict[str, list[str]] = {}                  # section -> its spans
    for st in steps:
        spans.setdefault(st.source.section, [])
        if st.source.span not in spans[st.source.section]:
            spans[st.source.section].append(st.source.span)
    quotes: dict[str, Quote] = {}                     # numbered in the order the stages first cite them
    statements: list[Statement] = []
    for stage, group in stages.items():
        statements.append(Statement(f"{stage}："))
        for st in group:
            section = st.source.section
            if section not in quotes:
                quotes[section] = Quote(path.document, path.title, None, f"《{path.title}》{section}",
                                        "\n".join(spans[section]))
            statements.append(Statement(st.text, see=quotes[section], item=True))
    return Body(title=f"{sit.label}：", statements=statements, notes=[CAVEAT], quotes=list(quotes.values()))


async def on_complaint(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A situation button ("cmp:N"): its path, quoted."""
    q = update.callback_query
    path = services(context).assistant.snapshot.book.complaint
    rest = (q.data or "").partition(":")[2]
    if not rest.isdigit() or int(rest) >= len(path.situations):
        await q.answer("这个按钮已失效，请重新发送 /complaint。")
        return
    await q.answer()
    await q.edit_message_text(esc(f"你选择了：{path.situations[int(rest)].label}"))
    await send_answer(update.effective_chat.id, context, complaint_body(path, int(rest)))
