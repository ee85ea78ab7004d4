"""Questions about regulations a user ingested, asked with words the seed's own answers know
(举报, 一把手, 罚款): two fictional regulations written blind with their questions,
《澄川市食品安全监管过错责任追究办法》 (tests/data/chengchuan_questions.yaml) and
《澜江市住房保障资格审核责任追究规定》 (tests/data/lanjiang_questions.yaml), ingested side by side.

Measured before these readings, each regulation alone: 14 and 15 of 20 answerable questions cited
their article, with 3 and 2 fallbacks: the Shenzhen table answered or asked back about 一把手 and
罚款 under a food or housing regulation, and a quote of the paper failed the check because the
regulation's plain words (必须 → 应当) were written into it."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from bot.fronts.cli import main
from rules.checking.plain import legal
from tests.conftest import DATA, ingested_env, ask_json as ask

CHENGCHUAN = "chengchuan-food-safety-supervision-fault-2034"
LANJIANG = "lanjiang-housing-eligibility-audit-accountability-2034"


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    """The shipped sources and both regulations, ingested through the command."""
    return ingested_env(tmp_path_factory.mktemp("ingested"), DATA / "chengchuan-food-2034.md",
                        DATA / "lanjiang-housing-2034.md")


@pytest.mark.parametrize("questions, least", [("chengchuan_questions.yaml", 16), ("lanjiang_questions.yaml", 14)])
def test_the_blind_questions(ingested, questions, least):
    out = CliRunner().invoke(main, ["eval", "answers", "--json", str(DATA / questions)], env=ingested)
    assert out.exit_code == 0, out.output
    report = json.loads(out.output)
    assert report["answers"]["all"]["n"] == 20 and report["answers"]["all"]["cited"] >= least, report["misses"]
    assert report["checked"] == report["n"] == 30
    assert report["fallbacks"] == []


def test_a_regulations_question_with_the_seeds_words_is_the_regulations(ingested):
    """一把手 is a Shenzhen role: under the food regulation it asks who decides there, and the
    Shenzhen table neither answers nor asks back which Shenzhen role is meant."""
    a = ask(ingested, "追究决定是由部门一把手说了算，还是集体讨论？")
    assert a["decision"] is None and a["source"] != "rules", a
    assert a["check"]["passed"] and a["citations"][0]["doc_id"] == CHENGCHUAN, a["citations"]
    assert not any(c["doc_id"].startswith("sz-") for c in a["citations"]), a["citations"]


def test_a_report_under_a_regulation_cites_it_and_keeps_its_quotes(ingested):
    a = ask(ingested, "接到涉及婴幼儿配方食品的举报，要在多长时间内到现场核查？")
    assert a["check"]["passed"] and a["source"] == "passages", a
    assert a["citations"][0]["doc_id"] == CHENGCHUAN and a["citations"][0]["article"] == 9
    assert "四十八小时" in a["answer"]


@pytest.mark.parametrize("q", ["较大事故街道主任会受什么处理？", "街道的一把手在较大事故后会怎样？"])
def test_the_seeds_questions_are_still_the_tables(ingested, q):
    a = ask(ingested, q)
    assert a["source"] == "rules" and a["check"]["passed"] and a["decision"], a


def test_quoted_words_are_never_rewritten():
    """The paper's “有权必须尽责” is verified verbatim: the regulation's 应当 is not written into it."""
    reg = "应当 应当 未"
    assert legal("论文说：“权力就是责任，有权必须尽责。”", reg) == "论文说：“权力就是责任，有权必须尽责。”"
    assert legal("> 有权必须尽责\n监管人员必须核查。", reg) == "> 有权必须尽责\n监管人员应当核查。"
    assert legal("「没有正当理由」的，必须处理。", reg) == "「没有正当理由」的，应当处理。"


@pytest.mark.parametrize("q, doc, article, date", [
    ("这个追究办法从哪天开始施行？", CHENGCHUAN, 33, "2034年5月1日"),
    ("澜江的住房保障资格审核责任追究规定什么时候生效", LANJIANG, 31, "二〇三五年一月一日"),
])
def test_when_a_regulation_comes_into_force_is_its_own_article(ingested, q, doc, article, date):
    """The front matter's date is the document's (when it was issued); the text's last article says
    when it comes into force, and is quoted first."""
    a = ask(ingested, q)
    assert a["check"]["passed"] and (a["citations"][0]["doc_id"], a["citations"][0]["article"]) == (doc, article), a
    assert date in a["answer"].splitlines()[1], a["answer"]


_ALONE: dict[str, dict] = {}


def _alone(tmp_path_factory, regulation: str) -> dict:
    """The shipped sources and one regulation, ingested through the command once per test process."""
    if regulation not in _ALONE:
        _ALONE[regulation] = ingested_env(tmp_path_factory.mktemp(regulation.split("-")[0]), DATA / regulation)
    return _ALONE[regulation]


# (regulation, its questions written blind with it, least cited of 20, least declined of 10, most fallbacks or None)
BLIND = [
    # the fifth, on arrival (before any reading was built against it): 18 cited, 5 declined, no fallback
    # 7 declined after cxq (a kind its documents never name, 资格证书; the act before 到哪里)
    ("qingfeng-statistics-2034.md", "qingfeng_questions.yaml", 18, 7, 0),
    # the sixth, on arrival 17 cited and 3 declined; 18 after "这个办法" was read as the one 办法, 4
    # declined after a duration was read as its act's (整改期限)
    # 5 declined after qs2 (什么资质或者证书: a kind no document names)
    ("qinglan-county-school-2034.md", "qinglan_county_questions.yaml", 18, 5, None),
    # the seventh, on arrival 19 cited, 5 declined; 6 after a copula's subject was read as what a
    # number is of (劳务报酬是多少)
    # 7 after qs2 (…行政复议或者提起行政诉讼吗: a predicate ending in the asker's own word no passage has)
    ("yunlan-trading-2034.md", "yunlan_questions.yaml", 19, 7, None),
    # the eighth (held out): on arrival 10 cited, 4 declined, one passages draft fell back; 13 and 6
    # after working days, resultative verbs and a light compound head were read, a figure asked of
    # a one-character act tied to it, and each ingested regulation searched on its own when the
    # seed's documents lead (tests/test_wcq.py); 14 and 10 after the asked thing was bound to the
    # passage that states it (tests/test_wcq2.py)
    ("wuchuan-gas-2035.md", "wuchuan_questions.yaml", 14, 10, 1),
    # 《青岚市医疗机构投诉处理办法》 alone: 18 cited, 3 declined before that binding, 6 after
    # 8 declined after qs2 (什么资格: a kind no document names; …行政复议或者提起行政诉讼吗: a predicate
    # ending in the asker's own word after the scene's)
    ("qinglan-medical-2035.md", "qinglan_questions.yaml", 18, 8, 0),
    # the ninth (held out until the eighth's readings were merged): 16 cited, 5 declined, no fallback on the
    # merged main before wcq2; 15 after it (a 时限 asked with 往上报 declined, no answer given)
    # 6 declined after qs: a figure the paper's complaint path gives of another matter is no answer
    # under an ingested regulation (能拿到多少奖金) (tests/test_qs.py)
    # 16 cited after qs3: the earlier document (原来那个暂行规定) is the one the held text repeals
    ("tingxi-equipment-2035.md", "tingxi_questions.yaml", 16, 6, 0),
    # the tenth, on arrival: 15 cited, 4 declined, one "no basis" draft fell back; 16, 10 and none after
    # 多高, the act before a time (挂多久), a named time unit's scale, the act of 怎么V / V哪里 bound to its
    # object, a kind its documents never name, a term the cut hid, and a quoted absence read as written
    # (tests/test_cxq.py)
    ("cangxi-drainage-2036.md", "cangxi_questions.yaml", 16, 10, 0),
    # the eleventh (held out until the tenth's readings, cxq's among them, were merged): 14 cited,
    # 4 declined, no fallback; 4 -> 7 after lfq: a measure asked in its dimension (多远, 几点) and a
    # membership's members named (废电池算不算有害垃圾) (tests/test_lfq.py)
    # 7 -> 10 after qs: an alternative (归A还是归B) settled only of its thing, a modal's act read on its
    # object (申请提前移出: not 申请 alone), a figure asked under the regulation not taken from the
    # paper's complaint path (举报奖励多久) (tests/test_qs.py)
    ("linfeng-waste-2036.md", "linfeng_questions.yaml", 14, 10, 0),
    # the twelfth, on arrival: 14 cited, 5 declined, no fallback (6 declined after qs)
    # 18 and 10 after qs2: a time asked is a length (2005年以来 is none) of its own act (多久发);
    # 有时间限制吗 asks a time of the clauses before it; 那几天 asks no number; an alternative of
    # figures is not settled by a range holding both (3个月至6个月); the asker's word a definition
    # names its term by (项目经理: 项目负责人); a repealed document is the repealing article's; a kind
    # no document names (证书) is missing; 政府有补贴吗 ends in the asker's own word; a figure asked is
    # looked for further down the ranking (最晚多少天到现场) (tests/test_qs2.py)
    ("hechuan-dust-2036.md", "hechuan_questions.yaml", 18, 10, 0),
    # the thirteenth (held out until the twelfth's readings, qs and qs2 among them, were merged):
    # 13 cited, 5 declined, no fallback
    # 10 declined after qs3: a sum per one thing (每张床), 多久 + a verb with its result (发到手), a
    # thing asked as one body's the text gives another's, an act in one-character verbs (罚…款),
    # a contraction (老人: 老年人) (tests/test_qs3.py)
    # 14 cited after qs4: the asker's count (350张床) decides the threshold's case (300张以上: 市民政局)
    # (tests/test_qs4.py)
    # 17 cited after qs5: the asker's everyday words read as the text's terms (走丢: 走失, 报上去: 报告,
    # 当院长: 担任主要负责人) (knowledge/everyday_words.yaml, tests/test_qs5.py)
    # 18 cited after qs11: whether one is "still" held to account after a circumstance (家属…签了字，还要
    # 担责吗) answered by the article that exempts (tests/test_qs11.py)
    ("chengxi-eldercare-2036.md", "chengxi_questions.yaml", 18, 10, 0),
    # the fourteenth, on arrival: 15 cited, 7 declined, one fallback
    # 17 cited and 10 declined after qs3: a grade asked by its name (定成较重), the earlier document
    # (以前那个暂行规定), a sum per one thing (一个充电口), one of two questions in the asker's words
    # only (收费标准有没有上限), an act in one-character verbs (调看监控) (tests/test_qs3.py)
    # 19 cited after qs4: the asker's count decides a threshold's case (600多个充电口…市里管还是区里管),
    # a time of day in words held against a clock range (半夜: 22时至次日6时) (tests/test_qs4.py)
    # 20 cited and no fallback after qs5: 背锅 read as 追究责任 (knowledge/everyday_words.yaml)
    ("lanchuan-charging-2036.md", "lanchuan_questions.yaml", 20, 10, 0),
    # the fifteenth (held out until the fourteenth's readings, qs3 among them, were merged): 16 cited,
    # 7 declined, no fallback
    # 17 cited and 10 declined after qs4: a result asked alone (多久能到手), what a bare 多少 is of
    # (工资大概多少), a one-character act after 哪儿 (往哪儿告), the earlier document picking the new
    # one asked beside it (新规定…以前那个考核办法) (tests/test_qs4.py)
    # 20 cited after qs5: 从重处理 read with the text's verb (从重追究), 小火/大火 and 辞退/应聘 as the
    # text's terms (knowledge/everyday.py, tests/test_qs5.py)
    ("qinglan-forest-fire-2036.md", "qinglan_fire_questions.yaml", 20, 10, 0),
    # the sixteenth (held out until the fifteenth's readings, qs4 among them, were merged): 12 cited,
    # 8 declined, no fallback
    # 18 cited after qs5: the question searched in the index's words when it uses everyday ones (把路封上:
    # 封闭, 往上报: 报告, 挂到网上: 网站公开, 再当同级别: 担任相当), 从重处理 read as the text's 从重追究,
    # and how often (多久…一次) answered by a rate (每月巡查不少于1次) (tests/test_qs5.py)
    # 19 / 9 / 0 on the stop's starting code; 20 cited after qs11: a count in speech's measure word
    # (一年里出了两回险情) read with the texts' 次 (tests/test_qs11.py)
    ("lanxi-bridge-2036.md", "lanxi_questions.yaml", 20, 9, 0),
    # the seventeenth (held out until the sixteenth's readings, qs5 among them, were merged): 15 cited,
    # 4 declined, one fallback on arrival
    # 19 cited, 10 declined, no fallback after qs6: a figure of a thing no passage names (保额), a grade
    # asked of its thing (什么等级的资质), the act a 把 puts last (把场地清理完毕), 提前 as no act, the act
    # whose standard is asked (按什么标准赔偿), the asker's verb on a scene word (取消活动), 罚多少 as
    # money led by the article that gives it, 牵头 as the texts' 组织, and a question naming
    # nothing of the Shenzhen table left to the ingested regulation (tests/test_qs6.py)
    # 20 cited after qs11: 公示 read as the texts' 公开 (公开期限为1年) (tests/test_qs11.py)
    # 19 again after the lead reverted qs11's 公示 → 公开 (it answered a near miss of the second blind set
    # from 公开道歉): 被列入失信名单的单位要公示多长时间 is unanswered again
    ("qinglan-events-2037.md", "qinglan_events_questions.yaml", 19, 10, 0),
    # the eighteenth (held out until the seventeenth's readings, qs6 among them, were merged): 16 cited,
    # 7 declined, no fallback on arrival; 17 / 7 / 0 after the merge
    # 20 cited, 10 declined, no fallback after qs7: a figure's owner past its adverb and with its
    # possessor (救生员每小时的工资最低), a figure in a unit of measure (多少毫克), a case the regulation
    # hands over whole (天然水域), 管 of this regulation's scope not a handed-over item's modifier, a
    # grade asked of a case by its figures (死了1个人…属于什么级别), 当官的 as 公职人员 (tests/test_qs7.py)
    ("qingyi-swimming-2037.md", "qingyi_swimming_questions.yaml", 20, 10, 0),
    # the nineteenth (held out until the eighteenth's readings, qs7 among them, were merged): 10 cited,
    # 6 declined, 2 fallbacks on arrival; 10 / 7 / 2 after the merge; 14 / 10 / 0 after qs8 (an item of
    # the second list cited with its paragraph, absences only where the checker holds them, 广告牌,
    # 上报, 通知, 检查 as the texts' words, 年限, 蓝色预警 and 怎么罚 read as asked); 19 / 10 / 0 after qs9
    # (the asker's words searched when they pass the gate, 算不算 read as the frame, the definitions
    # last for a reading in the table's terms, 老板 as 经营者/责任人, 市场监管局 as 市场监督管理局)
    ("qichuan-signage-2037.md", "qichuan_signage_questions.yaml", 19, 10, 0),
    # the twentieth (held out until the nineteenth's readings were merged): 14 cited, 8 declined, no
    # fallback on arrival; 18 / 10 / 0 after qs10 (一条 before a thing counted with 条, a superlative
    # asking no word, a which-year figure of its own words, 送到…手上 / 瞒着不报 / 更重 as the texts'
    # words, a closed gate on an ingested regulation's matter declined; tests/test_qs10.py)
    # 20 cited after qs11: the one ingested regulation whose words cover the whole question leads it
    # (对有责任的干部…: 有责任的 is the ferry regulation's, not the seed's), and whether one is still held
    # to account on a ground that could spare it (该做的都做了) is the exemption article's (tests/test_qs11.py)
    ("yuanlan-ferry-2037.md", "yuanlan_ferry_questions.yaml", 20, 10, 0),
    # the twenty-first (held out from this stop's first wave): on arrival 12 cited, 8 declined, one fallback
    # 18 / 9 / 1 after qs12 (how often a doer is had to act, a modal 得's act, a list head's times,
    # people by their measure words, a given figure no word, 谁头上, 从轻发落, an excuse asked of the
    # case set; tests/test_qs12.py)
    # 20 / 10 / 1 after qs13: 销号 as 核销, the act a 谁 asks the doer of (谁来组织), 有奖励吗 asking 奖励
    # and 能奖多少 奖's figure, 哪几种处理 as the regulation's 追究方式 list, not asked back (tests/test_qs13.py)
    # no fallback after qs15: a lead whose opening clause opens two paragraphs is labelled with its own
    # (第十九条第二款), so the check holds the quote to it (tests/test_qs15.py)
    ("yanchuan-geohazard-2038.md", "yanchuan_geohazard_questions.yaml", 20, 10, 0),
    # the twenty-second (held out from this stop's first wave): on arrival 14 cited, 7 declined, no fallback
    # 18 / 9 / 0 after qs14: a 把's verb with its result as the act (定下来: 认定), a same-day bound in
    # words (当日报告), a case's sum given by the article referring to the one naming it (瞒报: 第二十五条
    # by 第二十二条), a period named as such (公示期为1年) for a one-character act (挂多久), a count asked
    # of a thing (多少业主), a verb with its result after a modal as the act (赶到) (tests/test_qs14.py)
    # 20 / 10 / 0 after qs15: a grade asked of a case by measured figures held against the grading
    # article's thresholds (停电影响了300户，停了30个小时: 较大事件), 答复 as the texts' 告知, a figure one
    # clause asks and no passage gives is missing whatever answers the other (签几年？…招标吗) (tests/test_qs15.py);
    # 19 / 10 / 0 at the merge: 答复 read as 告知 was taken out (it answered 澜川's near miss about another
    # body's reply), and "多久给答复" is not answered again
    ("langchuan-property-2038.md", "langchuan_property_questions.yaml", 19, 10, 0),
    # the twenty-third (bold labels, an inserted 第十四条之一): refused by ingest on arrival ("条文编号重复");
    # once the inserted article is its own (zhiyi): 14 cited, 7 declined, no fallback; 19 / 9 / 0 after qs16:
    # a verb's result is no act (处理完), a short form said by the longer word (城管, 交警, 居委会), a time in
    # a list's item asked of its lead, volumes and areas as grade measures (800方), 新规定 as the newest held
    ("jizhou-muck-transport-2038.md", "jizhou_muck_questions.yaml", 19, 9, 0),
]


@pytest.mark.parametrize("regulation, questions, cited, declined, fallbacks", BLIND)
def test_each_regulations_blind_questions(tmp_path_factory, regulation, questions, cited, declined, fallbacks):
    """Each regulation alone with the questions written blind with it: its answerable questions cite
    their article, its near misses are declined, and every answer passes the check."""
    env = _alone(tmp_path_factory, regulation)
    out = CliRunner().invoke(main, ["eval", "answers", "--json", str(DATA / questions)], env=env)
    assert out.exit_code == 0, out.output
    report = json.loads(out.output)
    assert report["answers"]["all"]["n"] == 20 and report["answers"]["all"]["cited"] >= cited, report["misses"]
    assert report["declined"]["n"] == 10 and report["declined"]["declined"] >= declined, report["declined"]
    assert report["checked"] == report["n"] == 30
    assert fallbacks is None or len(report["fallbacks"]) <= fallbacks, report["fallbacks"]


@pytest.fixture(scope="module")
def qingfeng(tmp_path_factory):
    """《青枫市统计数据质量责任追究办法》 alone, written blind with its 30 questions."""
    return _alone(tmp_path_factory, "qingfeng-statistics-2034.md")


@pytest.mark.parametrize("q, doc, article", [("这个办法从哪天起施行？", "qingfeng-statistics-data-quality-2034", 27),
                                             ("这个规定从哪天起施行？", "sz-accountability-2009", None)])
def test_the_kind_of_document_asked_names_it(qingfeng, q, doc, article):
    """The seed regulation is a 规定 and the ingested one the only 办法: "这个办法" is the ingested
    one, quoted by its own 本办法自…起施行 article; "这个规定" stays the seed's (the held-out sixth
    regulation's questions answered this with the seed's date)."""
    a = ask(qingfeng, q)
    assert a["check"]["passed"], a
    if article is not None:
        assert (a["citations"][0]["doc_id"], a["citations"][0]["article"]) == (doc, article), a["citations"]
    else:                               # the front matter's date, with no article to cite
        assert "深圳市党政领导干部问责暂行规定" in a["answer"] and "青枫" not in a["answer"], a["answer"]


@pytest.fixture(scope="module")
def qinglan_county(tmp_path_factory):
    """《青岚县中小学校园安全责任追究办法》 alone, written blind with its 30 questions (held out)."""
    return _alone(tmp_path_factory, "qinglan-county-school-2034.md")


@pytest.mark.parametrize("q, line", [("对处理决定不服，申请复核的期限是几天？", "十五日"),
                                     ("学校安全隐患的整改期限是多少天？", None)])
def test_a_duration_is_answered_with_its_own_acts_figure(qinglan_county, q, line):
    """第二十四条 lists durations row by row (调查期限，三十日；…申请复核，十五日内): a question
    about 复核 leads with 复核's row, and one about 整改, whose duration the regulation never
    gives, is declined rather than answered with 排查's 十五日 (a sentence that also says 整改台账)."""
    a = ask(qinglan_county, q)
    first = a["answer"].splitlines()[0]
    if line:
        assert "复核" in first and line in first and "三十日" not in first, a["answer"]
    else:
        assert a["grounded"] is False and "十五日" not in first, a["answer"]


@pytest.fixture(scope="module")
def yunlan(tmp_path_factory):
    """《云岚市公共资源交易监督管理责任追究办法》 alone, written blind with its 30 questions (held out)."""
    return _alone(tmp_path_factory, "yunlan-trading-2034.md")


