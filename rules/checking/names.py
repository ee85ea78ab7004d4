"""Sentences about a document's own name ("全称是《深圳市党政领导干部问责暂行规定》", "名称里有
“暂行”二字"), verified against the titles of the documents the checker is handed.

A name claim is about the title, not about what the document says, so no passage can support it:
the title the sentence gives must be a document's (or a short name the sources define for it),
and a word said to be in the name must be in the title of the document the sentence is about
(the one it names, else the one the answer is about). A clause that is no name claim leaves the
sentence to the other readers.
"""
from __future__ import annotations

import re

from .sources import SourceSet

_IS_TITLE = re.compile(r"^(?:其|它的?|该规定的?|本规定的?|这份规定的?|规定的?)?(?:全称|全名|名称|标题|题目|名字)(?:是|为|叫)《([^》]+)》$")
_IN_TITLE = re.compile(r"^(?:其|它的?|该规定的?|本规定的?|这份规定的?|规定的?)?(?:全称|全名|名称|标题|题目|名字)(?:里|中|上)?"
                       r"(?:有|含有?|带有?|包含|包括)[“\"「]([^”\"」]+)[”\"」](?:[一二两三四五六七八九十]个?字|二字|这个词)?$")


def name_claims(sentence: str, sources: SourceSet, default_title: str) -> tuple[bool | None, str]:
    """(True, support) when every clause is a true name claim, (False, why) when one is false,
    (None, "") when the sentence is not made of name claims."""
    clauses = [c.strip() for c in re.split(r"[，,；;。]", sentence) if c.strip()]
    if not clauses:
        return None, ""
    title = default_title
    said = []
    for clause in clauses:
        m = _IS_TITLE.match(clause)
        if m:
            doc = sources.doc_by_title(m.group(1))
            full = sources.documents[doc].title if doc in sources.documents else None
            if full != m.group(1) and m.group(1) not in sources.aliases:
                return False, f"《{m.group(1)}》不是知识库中任何文件的名称。"
            title = full or m.group(1)
            said.append(f"《{title}》")
            continue
        m = _IN_TITLE.match(clause)
        if m:
            if m.group(1) not in title:
                return False, f"《{title}》的名称里没有“{m.group(1)}”。"
            said.append(f"《{title}》含“{m.group(1)}”")
            continue
        return None, ""
    return True, "文件名称：" + "；".join(said)


_UNDECIDED = re.compile(r"^(?:现有|手头)?的?(?:材料|来源|资料|文本)?(?:无法|不能|没法|难以)(?:确认|判断|确定|核实|说明)")
_VALIDITY = re.compile(r"有效|效力|施行|废止|失效|还在用|现行")


def undecided_status(sentence: str, question: str, sources: SourceSet, doc: str) -> tuple[bool | None, str]:
    """"现有材料无法确认" to "这个规定现在还有效吗": that the sources cannot settle whether a document
    is in force is true exactly when its front matter gives no status and no date of entry into
    force; a status there makes the sentence false."""
    if not _UNDECIDED.match(sentence.strip()) or not _VALIDITY.search(question + sentence):
        return None, ""
    text = question + sentence
    for title in re.findall(r"《([^》]+)》", text) + [a for a in sources.aliases if a in text]:
        found = sources.doc_by_title(title) or next(
            (sources.doc_by_title(f.strip("《》")) for f in sources.aliases.get(title, ())), None)
        if found:
            doc = found                    # the document the question or sentence names
            break
    facts = sources.documents.get(doc)
    if facts is None:
        return None, ""
    if facts.status or facts.effective:
        return False, f"《{facts.title}》的来源说明载有效力状态：{facts.status or facts.effective}。"
    return True, f"《{facts.title}》的来源说明没有效力状态"


_ISSUED = re.compile(r"(?:联合|共同)?(?:印发|发布|颁布|制定|出台|发文|下发)")
_ISSUER_BODY = re.compile(r"(?:中共)?(?:(?![是由系为的和与、])[\u4e00-\u9fff]){0,6}?(?:市委|区委|省委|市人民政府|区人民政府|人民政府|市政府|区政府|国务院|党中央|中央办公厅|办公厅)")
# "各区人民政府可以根据本细则制定具体实施办法": what is made on the basis of the document is another
# text; its makers issue that one, not the document (g12alarm)
_BASED = re.compile(r"(?:根据|依据|依照|按照)(?:本|该|这部|这份)?(?:办法|规定|条例|细则|规则|决定)?[^，,。；;]{0,3}$")
_ABOUT_DOC = re.compile(r"规定|本规定|这份规定|该规定|这个规定|文件")


def issuer_claim(sentence: str, question: str, sources: SourceSet, doc: str) -> tuple[bool | None, str]:
    """"是中共深圳市委、深圳市人民政府联合印发的" answering "规定写明发文机关了吗": who issued the
    document the sentence is about is what its front matter says (发文机关), never a passage of
    another document that names the same bodies. The document is the one the sentence names,
    else, for a sentence without a subject of its own (是…/由…), the one the question is about.
    None when the sentence says no issuer of a document."""
    if not _ISSUED.search(sentence):
        return None, ""
    titles = re.findall(r"《([^》]+)》", sentence)
    if titles:
        found = [sources.doc_by_title(t) for t in titles]
        if not all(found) or len(set(found)) != 1:
            return None, ""
        doc = found[0]
    elif not (re.match(r"^(?:是|由|系)", sentence.strip()) and _ABOUT_DOC.search(question)):
        return None, ""
    said = re.sub(r"《[^》]*》", "", sentence.strip())
    if _BASED.search(said[:_ISSUED.search(said).start()]):
        return None, ""
    bodies = [m.group(0) for m in _ISSUER_BODY.finditer(said[:_ISSUED.search(said).start()])]
    facts = sources.documents.get(doc)
    if not bodies or facts is None:
        return None, ""
    issuer = facts.issuer or ""
    if not issuer or re.search(r"未载明|未署名|不详", issuer):
        return False, f"《{facts.title}》的来源说明没有载明发文机关，不能说是{'、'.join(bodies)}。"
    wrong = [b for b in bodies if re.sub(r"^中共", "", b) not in issuer]
    if wrong:
        return False, f"《{facts.title}》的发文机关是{issuer}，不是{'、'.join(wrong)}。"
    return True, f"《{facts.title}》发文机关：{issuer}"
