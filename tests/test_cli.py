"""The command line, through click's CliRunner on the session index."""
import json

from click.testing import CliRunner

from bot.fronts.cli import main
from tests.conftest import DEV_QUESTIONS


def run(*args, input=None):
    result = CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)
    return result


def test_search_lists_article_14_first(kb):
    result = run("search", "较大事故街道主任要公开道歉吗")
    assert result.exit_code == 0
    first = result.output.splitlines()[0]
    assert first.startswith("1. 《深圳市党政领导干部问责暂行规定》第十四条")
    assert "责令公开道歉" in result.output


def test_search_weather_lists_nothing(kb):
    result = run("search", "深圳明天天气")
    assert result.exit_code == 0 and "知识库中没有可以回答这个问题的依据" in result.output and "1." not in result.output


def test_search_does_not_refuse_words_the_assistant_refuses(kb):
    result = run("search", "问责方式 api key")
    assert result.exit_code == 0 and result.output.startswith("1. ")


def test_search_json(kb):
    result = run("search", "--json", "--k", "2", "第十三条")
    passages = json.loads(result.output)
    assert len(passages) == 2
    assert set(passages[0]) == {"doc_id", "doc_title", "article", "label", "text", "score"}
    assert passages[0]["article"] == 13 and isinstance(passages[0]["article"], int)


def test_search_batch_one_line_per_question_in_order(kb, tmp_path):
    batch = tmp_path / "q.txt"
    batch.write_text("第十四条\n深圳明天天气\n\n2015年深圳GDP多少\n", encoding="utf-8")
    result = run("search", "--json", "--k", "3", "--batch", str(batch))
    lines = [json.loads(x) for x in result.output.splitlines()]
    assert len(lines) == 4
    assert lines[0][0]["article"] == 14
    assert lines[1] == [] and lines[2] == []
    assert lines[3][0]["doc_id"] == "sz-work-report-2016" and lines[3][0]["article"] is None


def test_search_needs_query_or_batch(kb):
    result = CliRunner().invoke(main, ["search"])
    assert result.exit_code == 2 and "二选一" in result.output


def test_docs_lists_chunk_counts(kb):
    result = run("docs")
    assert "sz-accountability-2009\tregulation\t18 段" in result.output
    assert "缺失" in result.output


def test_ingest_unchanged_sources(kb):
    result = run("ingest")
    assert result.exit_code == 0 and "未变 3" in result.output


def test_ingest_bad_file_exits_nonzero(kb, tmp_path):
    bad = tmp_path / "empty.md"
    bad.write_text("")
    result = CliRunner().invoke(main, ["ingest", str(bad)])
    assert result.exit_code == 1 and "空的" in result.output


def test_eval_retrieval_prints_table(kb):
    from tests.conftest import DEV_QUESTIONS

    result = run("eval", "retrieval", str(DEV_QUESTIONS))
    assert result.exit_code == 0
    assert "all" in result.output and "out of scope: 3/3" in result.output


def test_chat_answers_follow_ups_and_exits(kb):
    result = run("chat", input="较大事故街道书记会怎样？\n那重大事故呢？\n/new\n那重大事故呢？\nexit\n")
    assert result.exit_code == 0
    first, follow, _, fresh = result.output.split("问> ")[1:5]
    assert "对街道党政领导正职责令公开道歉" in first and "> 第十四条" in first
    assert "对街道党政领导正职停职检查。" in follow.splitlines()[0]
    assert "对区党政领导分管副职停职检查" in fresh.splitlines()[0]          # /new forgot the role


def test_start_without_a_token_opens_the_console_chat(kb, monkeypatch):
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    result = run("start", input="较大事故街道主任会受什么处理\n")
    assert result.output.startswith("问责助手（控制台）")
    assert "责令公开道歉" in result.output and "> 第十四条 发生较大公共安全责任事故后" in result.output


def test_ask_prints_the_answer(kb):
    result = run("ask", "较大事故街道主任会受什么处理")
    assert result.exit_code == 0 and "对街道党政领导正职责令公开道歉" in result.output


def test_ask_json_batch_one_object_per_line_in_order(kb, tmp_path):
    batch = tmp_path / "q.txt"
    batch.write_text("较大事故街道主任会受什么处理\n今天股市行情怎么样\n\n问责有哪几种方式\n", encoding="utf-8")
    result = run("ask", "--json", "--batch", str(batch))
    lines = [json.loads(x) for x in result.output.splitlines()]
    assert [d["question"] for d in lines] == ["较大事故街道主任会受什么处理", "今天股市行情怎么样", "", "问责有哪几种方式"]
    assert [d["source"] for d in lines] == ["rules", "none", "none", "passages"]
    assert [d["grounded"] for d in lines] == [True, False, False, True]
    for d in lines:
        assert list(d) == ["question", "answer", "citations", "decision", "check", "grounded", "source"]
        assert d["check"]["passed"] is True
    assert lines[0]["decision"]["measures"] == {"街道党政领导正职": ["责令公开道歉"]}
    assert lines[0]["citations"][0] == {
        "doc_id": "sz-accountability-2009", "doc_title": "深圳市党政领导干部问责暂行规定", "article": 14,
        "label": "《深圳市党政领导干部问责暂行规定》第十四条", "text": lines[0]["citations"][0]["text"]}
    assert lines[0]["citations"][0]["text"].startswith("第十四条 发生较大公共安全责任事故后")
    assert lines[1]["decision"] is None and lines[1]["citations"] == []


def test_ask_needs_a_question_or_a_batch(kb):
    result = CliRunner().invoke(main, ["ask"])
    assert result.exit_code == 2 and "二选一" in result.output


def test_a_bad_setting_stops_with_a_message(kb, monkeypatch):
    monkeypatch.setenv("WENZE_LLM_TIMEOUT", "120")
    result = CliRunner().invoke(main, ["ask", "第十四条"])
    assert result.exit_code == 1 and "WENZE_LLM_TIMEOUT" in result.output


def test_eval_answers_prints_the_table(kb):
    result = run("eval", "answers", str(DEV_QUESTIONS))
    assert result.exit_code == 0
    assert "out of scope: 4/4 declined; check passed on 66/66 answers" in result.output
    assert result.output.splitlines()[0].split() == ["kind", "n", "cited", "rate", "leads", "checked"]


def test_audit_export_csv_and_jsonl(kb, tmp_path, monkeypatch):
    monkeypatch.setenv("WENZE_DATABASE_URL", f"sqlite:///{tmp_path / 'audit.db'}")
    run("ask", "较大事故街道主任会受什么处理")
    run("ask", "今天股市行情怎么样")
    jsonl = CliRunner().invoke(main, ["audit", "export", "--format", "jsonl"])
    rows = [json.loads(x) for x in jsonl.stdout.splitlines()]
    assert [r["question"] for r in rows] == ["较大事故街道主任会受什么处理", "今天股市行情怎么样"]
    assert "导出 2 条记录" in jsonl.stderr
    out = tmp_path / "audit.csv"
    run("audit", "export", "--format", "csv", "--since", "2020-01-01", "-o", str(out))
    assert out.read_text(encoding="utf-8").splitlines()[0].startswith("id,created_at,channel,user_hash")
    later = CliRunner().invoke(main, ["audit", "export", "--since", "2999-01-01"])
    assert later.stdout == "" and "导出 0 条记录" in later.stderr


def test_rules_check_accounts_for_all_articles():
    result = run("rules", "check")
    assert result.exit_code == 0
    assert "有规则的条款（15）" in result.output and "第18条：来源文本缺失" in result.output
    assert "未覆盖的条款：无" in result.output


def test_decide_done_means():
    result = run("decide", "特别重大事故，区职能部门分管副局长怎么处理")
    assert "对区有关职能部门领导分管副职免职" in result.output
    assert "第十三条（一）" in result.output


def test_decide_batch_json(tmp_path):
    batch = tmp_path / "q.txt"
    batch.write_text("较大事故街道主任会受什么处理\n一般事故街道分管副主任\n深圳GDP多少\n", encoding="utf-8")
    lines = [json.loads(x) for x in run("decide", "--json", "--batch", str(batch)).output.splitlines()]
    assert [set(x) for x in lines] == [{"facts", "decision", "missing", "citations"}] * 3
    assert lines[0]["decision"]["measures"] == {"街道党政领导正职": ["责令公开道歉"]}
    assert lines[1]["decision"] is None and lines[1]["missing"]["field"] == "consequence"
    assert lines[2]["decision"] is None and lines[2]["missing"] is None


def test_check_json_flags_contradiction():
    result = CliRunner().invoke(main, ["check", "--json", "-q", "较大事故街道主任会受什么处理",
                                       "-d", "根据第十四条，较大事故对街道党政领导正职免职。"])
    assert result.exit_code == 1
    verdict = json.loads(result.output)
    assert verdict["passed"] is False and "第十四条" in verdict["problems"][0]


def test_a_corrupt_index_leaves_the_rules_answering_with_a_warning(kb, tmp_path, monkeypatch):
    import shutil

    data = tmp_path / "data"
    shutil.copytree(kb.store.settings.data_dir / "index", data / "index")
    for db in (data / "index").glob("gen-*/chroma.sqlite3"):
        db.write_bytes(b"not a database" * 100)
    monkeypatch.setenv("WENZE_DATA_DIR", str(data))
    result = CliRunner().invoke(main, ["ask", "较大事故街道主任会受什么处理"])
    assert result.exit_code == 0
    assert "请重建索引" in result.stderr and "只按规则回答" in result.stderr
    assert "对街道党政领导正职责令公开道歉" in result.stdout and "> 第十四条" in result.stdout
    assert "暂时无法检索法规" in CliRunner().invoke(main, ["ask", "问责有哪几种方式"]).stdout
    assert CliRunner().invoke(main, ["health"]).exit_code == 1
