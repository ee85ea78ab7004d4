"""A drill session's report for its trainer: who took part and how each did, the correct rate of
each question and each article, and the three articles most often missed with their text.

One `Report`, computed once from the drill's questions and the answers stored for its polls, is
written three ways: a message, a CSV file (the standard csv module) and a bar chart (matplotlib,
with the packaged Chinese font of bot/views/fonts.py). The figures of all three come from the same
object, so they cannot disagree.
"""
from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from bot.views.drills import QuizQuestion
from bot.views.fonts import cjk_font
from rules.references import format_ref

MOST_MISSED = 3
UNCITED = "未注明条文"


@dataclass
class Tally:
    """Right answers out of answers given, for one participant, question or article."""
    key: str
    label: str
    right: int = 0
    answered: int = 0

    @property
    def missed(self) -> int:
        return self.answered - self.right

    @property
    def rate(self) -> float | None:
        return self.right / self.answered if self.answered else None

    def percent(self) -> str:
        return "—" if self.rate is None else f"{round(100 * self.rate)}%"


@dataclass
class Report:
    drill_id: int
    chat_id: int
    topic: str | None
    title: str                                   # the regulation's title, for the article labels
    participants: list[Tally]                    # best first
    questions: list[Tally]                       # in the drill's order
    articles: list[Tally]                        # in article order; uncited questions last
    most_missed: list[tuple[Tally, str]] = field(default_factory=list)    # (article, its text)

    @property
    def answers(self) -> int:
        return sum(p.answered for p in self.participants)


def build(drill_id: int, chat_id: int, topic: str | None, questions: list[QuizQuestion],
          answers: Iterable[dict], title: str, article_text: Callable[[int], str | None]) -> Report:
    """The report from the drill's questions and its answers ({user_hash, user_name, idx, correct}).

    Participants are told apart by their hashed id (two 张三 stay two people); every question
    of the drill is listed, answered or not."""
    people: dict[str, Tally] = {}
    per_q = [Tally(str(i + 1), q.question) for i, q in enumerate(questions)]
    per_a: dict[int | None, Tally] = {}
    for q in questions:
        if q.article not in per_a:
            per_a[q.article] = Tally(str(q.article or ""), format_ref(q.article) if q.article else UNCITED)
    for a in answers:
        idx = a["idx"]
        if not 0 <= idx < len(questions):
            continue
        person = people.setdefault(a["user_hash"], Tally(a["user_hash"], a["user_name"]))
        for t in (person, per_q[idx], per_a[questions[idx].article]):
            t.answered += 1
            t.right += bool(a["correct"])
    participants = sorted(people.values(), key=lambda t: (-t.right, t.answered, t.label))
    articles = [per_a[n] for n in sorted((n for n in per_a if n is not None))] + \
               ([per_a[None]] if None in per_a else [])
    missed = sorted((t for t in articles if t.missed and t.key),
                    key=lambda t: (-t.missed, t.rate if t.rate is not None else 1, int(t.key)))[:MOST_MISSED]
    most = [(t, article_text(int(t.key)) or "") for t in missed]
    return Report(drill_id, chat_id, topic, title, participants, per_q, articles, most)


def as_text(r: Report) -> str:
    """The message: participants with their scores, each question's and article's correct rate,
    the most-missed articles quoted."""
    head = f"练习报告（第 {r.drill_id} 次练习{('，主题：' + r.topic) if r.topic else ''}）："
    lines = [head, f"参加人数：{len(r.participants)}；题数：{len(r.questions)}；作答：{r.answers} 次。"]
    if not r.participants:
        lines.append("还没有人作答。")
        return "\n".join(lines)
    lines.append("")
    lines.append("成绩：")
    lines += [f"{i}. {p.label}：答对 {p.right}/{p.answered}（{p.percent()}）" for i, p in enumerate(r.participants, 1)]
    lines.append("")
    lines.append("各题正确率：")
    lines += [f"第{q.key}题 {q.percent()}（{q.right}/{q.answered}）{q.label}" for q in r.questions]
    lines.append("")
    lines.append("各条正确率：")
    lines += [f"{a.label}：{a.percent()}（{a.right}/{a.answered}）" for a in r.articles if a.answered]
    lines.append("")
    if r.most_missed:
        lines.append(f"答错最多的条文（最多 {MOST_MISSED} 条）：")
        for a, text in r.most_missed:
            lines.append(f"《{r.title}》{a.label}：答错 {a.missed} 次")
            if text:
                lines.append(f"> {text}")
    else:
        lines.append("没有答错的条文。")
    return "\n".join(lines)


CSV_HEADER = ["类别", "编号", "名称", "答对", "作答", "正确率"]


def to_csv(r: Report) -> str:
    """One table, one row per participant, question and article (正确率 as a fraction with three
    decimals, empty when nobody answered)."""
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(CSV_HEADER)
    for kind, rows in (("参加者", r.participants), ("题目", r.questions), ("条文", r.articles)):
        for i, t in enumerate(rows, 1):
            key = str(i) if kind == "参加者" else t.key
            w.writerow([kind, key, t.label, t.right, t.answered, "" if t.rate is None else f"{t.rate:.3f}"])
    return buf.getvalue()


def render_png(r: Report) -> bytes:
    """Bar charts of the participants' scores and the questions' and articles' correct rates."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    font = cjk_font()
    panels = [("参加者正确率", [p.label for p in r.participants], r.participants),
              ("各题正确率", [f"第{q.key}题" for q in r.questions], r.questions),
              ("各条正确率", [a.label for a in r.articles], r.articles)]
    heights = [max(1.2, 0.35 * len(rows) + 0.8) for _, _, rows in panels]
    with plt.rc_context({"font.family": font, "axes.unicode_minus": False}):
        fig, axes = plt.subplots(len(panels), 1, figsize=(8, sum(heights) + 1.0), dpi=110,
                                 gridspec_kw={"height_ratios": heights})
        for ax, (name, labels, rows) in zip(axes, panels):
            values = [100 * (t.rate or 0) for t in rows]
            bars = ax.barh(range(len(rows)), values, color="#4a78b5")
            ax.set_yticks(range(len(rows)), labels)
            ax.invert_yaxis()
            ax.set_xlim(0, 100)
            ax.set_xlabel("正确率（%）")
            ax.set_title(name, fontsize=11, loc="left")
            for bar, t in zip(bars, rows):
                inside = bar.get_width() > 88            # a full bar gets its figure inside, in white
                ax.text(bar.get_width() - 1 if inside else bar.get_width() + 1, bar.get_y() + bar.get_height() / 2,
                        f"{t.right}/{t.answered}", va="center", ha="right" if inside else "left", fontsize=9,
                        color="white" if inside else "black")
        fig.suptitle(f"练习报告：第 {r.drill_id} 次练习，{len(r.participants)} 人参加", fontsize=13)
        fig.tight_layout()
        buf = io.BytesIO()
        fig.savefig(buf, format="png")
        plt.close(fig)
    return buf.getvalue()


def caption(r: Report) -> str:
    return f"练习报告（第 {r.drill_id} 次练习）：参加者成绩、各题和各条正确率。"
