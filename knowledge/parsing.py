"""Cutting a Document into citable chunks.

Regulations are cut one chunk per article (编/章/节/条, keeping its 款 and 项) because officials cite
and ask by article. Reports and papers are cut along their heading hierarchy (一、/（一）/1、/一是)
so that a citation names the section path, e.g. 《深圳市实施行政问责制的实践与思考》二（二）2.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field

from rules.references import (NUMERAL, aliases_defined, article_key, article_of, cn_int, find_refs, format_ref,
                               inserted)

from .documents import Document
from .errors import DocumentError

# 第十四条之一: an article an amendment inserted after 第十四条 (group 2, its ordinal)
ARTICLE_RE = re.compile(rf"^第({NUMERAL})条(?:之([一二三四五六七八九十]+))?[\s\u3000]*(.*)$")
PART_RE = re.compile(rf"^第({NUMERAL})编[\s\u3000]*(.*)$")
CHAPTER_RE = re.compile(rf"^第({NUMERAL})章[\s\u3000]*(.*)$")
SECTION_RE = re.compile(rf"^第({NUMERAL})节[\s\u3000]*(.*)$")
ITEM_RE = re.compile(rf"^[（(]({NUMERAL})[）)]")
DATE_RE = re.compile(r"^\d{4}[-年.]\d{1,2}[-月.]\d{1,2}日?$")

# Heading levels of reports and papers, outermost first.
HEADING_RES = [
    re.compile(r"^([一二三四五六七八九十]+)、(.*)$"),
    re.compile(r"^[（(]([一二三四五六七八九十]+)[）)](.*)$"),
    re.compile(r"^(\d{1,2})[、．](.*)$"),
    re.compile(r"^([一二三四五六七八九十]+)是(.*)$"),
]
SHORT_PARAGRAPH = 60   # paragraphs shorter than this are merged with their neighbours
MERGE_LIMIT = 300      # ...up to about this many characters


@dataclass
class Chunk:
    """A citable passage with the metadata a citation and a rule check need."""

    id: str
    doc_id: str
    doc_title: str
    doc_kind: str
    label: str
    text: str
    article: int | None = None
    section: str | None = None
    heading: str = ""            # chapter or heading titles, indexed with the text
    truncated: bool = False      # the source breaks off inside this chunk
    items: list[int] = field(default_factory=list)
    refs_internal: list[int] = field(default_factory=list)
    refs_external: list[dict] = field(default_factory=list)
    ordinal: int = 0
    extra: dict = field(default_factory=dict)   # source-specific scalars (a law's status and dates)

    @property
    def search_text(self) -> str:
        """What the dense model embeds: the document and heading give a paragraph its topic."""
        return "\n".join(x for x in (self.doc_title, self.heading, self.text) if x)

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(f"{self.label}\n{self.search_text}".encode()).hexdigest()[:16]

    def metadata(self, doc_hash: str) -> dict:
        """Flat metadata for chromadb (scalars only; lists as JSON)."""
        meta: dict = {
            "doc_id": self.doc_id, "doc_title": self.doc_title, "doc_kind": self.doc_kind,
            "label": self.label, "heading": self.heading, "truncated": self.truncated,
            "content_hash": self.content_hash, "doc_hash": doc_hash, "ordinal": self.ordinal,
            "items": json.dumps(self.items),
            "refs_internal": json.dumps([n if type(n) is int else article_key(n) for n in self.refs_internal]),
            "refs_external": json.dumps(self.refs_external, ensure_ascii=False),
        }
        if self.article is not None:
            meta["article"] = int(self.article)
            if getattr(self.article, "insert", 0):       # 第十四条之一: article 14, insert 1
                meta["article_insert"] = self.article.insert
        if self.section is not None:
            meta["section"] = self.section
        return {**meta, **self.extra}


def _name(doc: Document) -> str:
    """The file's name for messages (not its full path, which may be a temporary folder)."""
    return re.split(r"[\\/]", doc.path)[-1] if doc.path else doc.id


def detect_kind(doc: Document) -> str:
    if doc.kind:
        return doc.kind
    if sum(bool(ARTICLE_RE.match(p)) for p in doc.paragraphs) >= 2:
        return "regulation"
    if any(rx.match(p) for p in doc.paragraphs for rx in HEADING_RES[:3]):
        return "article"
    raise DocumentError(
        f"{_name(doc)}：没有可识别的结构（既没有“第X条”，也没有“一、”“（一）”“1、”之类的标题），无法切分引用。"
    )


def parse_document(doc: Document) -> list[Chunk]:
    kind = detect_kind(doc)
    chunks = parse_regulation(doc) if kind == "regulation" else parse_sections(doc, kind)
    if not chunks:
        raise DocumentError(f"{_name(doc)}：没有切分出任何段落。")
    return chunks


# ---------------------------------------------------------------- regulations

def cross_references(text: str, aliases: dict[str, str]) -> tuple[list[int], list[dict]]:
    """Internal article references and external documents (with their articles), resolving aliases.

    `aliases` is updated in place: 第七条 defines 《办法》 for the articles after it.
    """
    aliases.update(aliases_defined(text))
    internal: set[int] = set()
    external: dict[str, dict] = {}
    for ref in find_refs(text, aliases):
        if ref.internal:
            internal.add(ref.article)
            continue
        doc = ref.doc_number or ref.doc_title
        if doc is None:
            continue
        if doc not in external:     # the first mention says how the text names it
            external[doc] = {"doc": doc, "articles": []} | ({"alias": ref.alias} if ref.alias else {})
        entry = external[doc]
        if ref.article is not None and ref.article not in entry["articles"]:
            entry["articles"].append(ref.article)
    return sorted(internal), list(external.values())


def parse_regulation(doc: Document) -> list[Chunk]:
    chunks: list[Chunk] = []
    part = chapter = section = ""
    current: list[str] | None = None
    number = 0

    def close() -> None:
        if current is None:
            return
        text = "\n".join(current)
        items = [cn_int(m.group(1)) for p in current[1:] if (m := ITEM_RE.match(p))]
        truncated = current[-1].endswith(("：", ":")) and not items
        chunks.append(Chunk(
            id=f"{doc.id}:art{article_key(number)}", doc_id=doc.id, doc_title=doc.title, doc_kind="regulation",
            label=format_ref(number, title=doc.title), text=text, article=number,
            heading=" ".join(x for x in (part, chapter, section) if x), truncated=truncated, items=items,
            ordinal=len(chunks),
        ))

    for p in doc.paragraphs:
        if m := PART_RE.match(p):
            close(); current = None
            part, chapter, section = re.sub(r"\s+", "", p), "", ""
        elif m := CHAPTER_RE.match(p):
            close(); current = None
            chapter, section = re.sub(r"\s+", "", p), ""
        elif m := SECTION_RE.match(p):
            close(); current = None
            section = re.sub(r"\s+", "", p)
        elif m := ARTICLE_RE.match(p):
            close()
            number, current = inserted(cn_int(m.group(1)), cn_int(m.group(2)) if m.group(2) else None), [p]
        elif current is not None:
            current.append(p)
        # text before the first article (dates, issuing notes) is not an article; it is dropped
    close()
    aliases: dict[str, str] = {}
    for c in chunks:
        c.refs_internal, c.refs_external = cross_references(c.text, aliases)
        c.refs_internal = [n for n in c.refs_internal if n != c.article]
    return chunks


# ---------------------------------------------------------------- reports and papers

def _heading(p: str) -> tuple[int, str, str, bool] | None:
    """(level, marker, title, standalone) when p starts with a heading marker."""
    for level, rx in enumerate(HEADING_RES):
        if m := rx.match(p):
            rest = m.group(2).strip()
            standalone = level < 3 and "。" not in rest and len(rest) <= 40
            title = rest if standalone else rest.split("。")[0].split("，")[0][:30]
            marker = m.group(1)
            return level, marker, title, standalone
    return None


def _path_label(path: list[tuple[int, str, str]]) -> str:
    out = ""
    for level, marker, _ in path:
        if level == 0:
            out += marker
        elif level == 1:
            out += f"（{marker}）"
        elif level == 2:
            out += marker
        else:
            out += f" {marker}是"
    return out.strip()


def parse_sections(doc: Document, kind: str) -> list[Chunk]:
    """Paragraph chunks under their heading path; run-in headings scope only their own paragraph."""
    groups: list[tuple[list[tuple[int, str, str]], list[str]]] = []
    path: list[tuple[int, str, str]] = []          # headings that scope following paragraphs
    for p in doc.paragraphs:
        h = _heading(p)
        if h and h[3]:
            level, marker, title, _ = h
            path = [x for x in path if x[0] < level] + [(level, marker, title)]
            continue
        here = path
        if h:
            level, marker, title, _ = h
            here = [x for x in path if x[0] < level] + [(level, marker, title)]
        last = groups[-1] if groups else None
        if (last and last[0] == here and not h and len(p) < SHORT_PARAGRAPH
                and sum(map(len, last[1])) + len(p) <= MERGE_LIMIT) or (
                last and last[0] == here and not h and len(last[1][-1]) < SHORT_PARAGRAPH
                and sum(map(len, last[1])) + len(p) <= MERGE_LIMIT):
            last[1].append(p)
        else:
            groups.append((here, [p]))
    chunks: list[Chunk] = []
    counts: dict[str, int] = {}
    for here, paras in groups:
        section = _path_label(here)
        n = counts[section] = counts.get(section, 0) + 1
        key = section.replace(" ", "") or "前言"
        label = f"《{doc.title}》{section}" if section else f"《{doc.title}》前言"
        chunks.append(Chunk(
            id=f"{doc.id}:{key}:{n}", doc_id=doc.id, doc_title=doc.title, doc_kind=kind, label=label,
            text="\n".join(paras), section=section or None,
            heading=" ".join(t for _, _, t in here), ordinal=len(chunks),
        ))
    if chunks and doc.lacks:
        chunks[-1].truncated = True
    return chunks
