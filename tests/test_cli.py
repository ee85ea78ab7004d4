"""The command line, through click's CliRunner on the session index."""
import json

from click.testing import CliRunner

from bot.cli import main


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
    assert result.exit_code == 0 and "没有与这个问题相关的内容" in result.output and "1." not in result.output


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
    from .conftest import DEV_QUESTIONS

    result = run("eval", "retrieval", str(DEV_QUESTIONS))
    assert result.exit_code == 0
    assert "all" in result.output and "out of scope: 4/4" in result.output


def test_chat_prompt_answers_and_exits(kb):
    result = run("chat", input="第十四条\nexit\n")
    assert "第十四条" in result.output and result.exit_code == 0


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
