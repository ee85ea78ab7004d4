"""A basis with a generic disposal verb: "第十六条写明按《办法》处理" where the article says "按《办法》对区有关
职能部门领导分管副职训诫，…". 处理 / 处置 / 办理 / 执行 after "按 B" (按照, 依照, 依据) names no act of its
own: it stands for whatever the text does under B. The support test found none of 处理's words in the
article and flagged the sentence (0 % of its content). Read here: when an article the sentence is held to
has B right after its own 按 / 按照 / 依照 / 依据, the generic verb is written as the article's own clause
from that basis to the clause's end ("按《办法》对区有关职能部门领导分管副职训诫"), and the sentence is
judged as before. Fail closed: a basis the article does not put after such a word (按中办发[2009]25号文件
处理 of an article that acts under 《办法》) is left as written, and still finds no support."""
from __future__ import annotations

import re

_BY = r"(?:按照|依照|依据|根据|按)"
# 按 + a basis (a title in 《》, or a document number with its 文件 / 文) + a generic verb
_SAID = re.compile(rf"(?P<by>{_BY})(?P<basis>《[^》]{{1,30}}》|[\u4e00-\u9fff]{{1,6}}[〔\[［]\d{{4}}[〕\]］]\d+号(?:文件|文)?)"
                   r"(?:的?(?:规定|有关规定|程序))?(?P<verb>处理|处置|办理|执行|问责|处罚)(?=的?(?:$|[，,。；;]))")


def written_out(sentence: str, texts: list[str]) -> str:
    """The sentence with each "按 B 处理" written as the clause of `texts` (the articles it is held to)
    that acts under B; unchanged where no text puts B after 按 / 按照 / 依照 / 依据."""
    if "按" not in sentence and "依" not in sentence and "根据" not in sentence:
        return sentence

    def out(m: re.Match) -> str:
        for text in texts:
            for t in re.finditer(rf"{_BY}{re.escape(m.group('basis'))}(?P<rest>[^，,。；;\n]*)", text):
                if t.group("rest"):
                    return text[t.start():t.end()]
        return m.group(0)

    return _SAID.sub(out, sentence)
