"""Questions as officials and citizens type them (issue 11): the generated grid of titles ×
severities × forms, casualty figures at every class boundary, the blind question set, and a test
for every word of the vocabulary."""
from __future__ import annotations

import itertools
from pathlib import Path

import pytest
import yaml

from bot.core.conversation import Conversations
from rules.compose import compose
from rules.engine import decide
from rules.facts import extract
from rules.schema import RuleBook, data_dir

from tests.rules.reading import cell, judge

BOOK = RuleBook()
VOC = BOOK.vocabulary
DATA = Path(__file__).resolve().parents[1] / "data"
GRID = yaml.safe_load((DATA / "reading_grid.yaml").read_text(encoding="utf-8"))
BLIND = yaml.safe_load((DATA / "user_questions_blind.yaml").read_text(encoding="utf-8"))["questions"]
# a second set, written blind this session after the first one's readings (the arrival in the README)
BLIND_2 = yaml.safe_load((DATA / "user_questions_blind_2.yaml").read_text(encoding="utf-8"))["questions"]


def _cells() -> list[tuple[str, str | None]]:
    return [tuple(k.split("/")) if "/" in k else (k, None) for k in GRID["severities"]]


def grid() -> list[dict]:
    """Every title with every cell of the table, two forms each, rotating namings and forms so
    that every naming and every form is used."""
    forms, out = GRID["forms"], []
    titles = [(t, role) for role, ts in GRID["titles"].items() for t in ts]
    for (ti, (title, role)), (si, key) in itertools.product(enumerate(titles), enumerate(GRID["severities"])):
        severity, consequence = _cells()[si]
        consequence = None if consequence == "none" else consequence
        namings = GRID["severities"][key]
        for k in range(2):
            form = forms[((ti * 5 + si) * 2 + k) % len(forms)]
            naming = namings[(ti + si + 7 * k) % len(namings)]
            out.append({"q": form["form"].format(s=naming, t=title), "role": role, "severity": severity,
                        "consequence": consequence, "asks": form.get("asks"),
                        "yes_no": "吗" in form["form"] or "不" in form["form"]})
    return out


QUESTIONS = grid()


def test_the_grid_is_as_large_as_the_issue_asks():
    titles = [t for ts in GRID["titles"].values() for t in ts]
    assert len(titles) >= 60 and len(QUESTIONS) >= 600
    assert all(len(ws) >= 15 for ws in GRID["severities"].values()) and len(GRID["forms"]) >= 12
    levels = {"街道党政领导正职", "街道党政领导分管副职", "有关党政领导正职", "区党政领导分管副职", "区有关职能部门领导分管副职"}
    assert levels <= set(GRID["titles"])
    used = {q["q"] for q in QUESTIONS}
    for key, namings in GRID["severities"].items():
        assert all(any(n in q for q in used) for n in namings), key


def _grid_figures() -> dict[str, int]:
    counts = {"right": 0, "asked": 0, "wrong": 0}
    for q in QUESTIONS:
        verdict, _ = judge(BOOK, decide(extract(q["q"], BOOK), BOOK), q["severity"], q["consequence"],
                           [q["role"]], q["asks"], q["yes_no"])
        counts[verdict] += 1
    return counts


def test_no_grid_question_gets_a_wrong_decision():
    wrong = []
    for q in QUESTIONS:
        verdict, why = judge(BOOK, decide(extract(q["q"], BOOK), BOOK), q["severity"], q["consequence"],
                             [q["role"]], q["asks"], q["yes_no"])
        if verdict == "wrong":
            wrong.append(f"{q['q']}: {why}")
    assert not wrong, "\n".join(wrong[:20])


def test_most_grid_questions_get_the_decision_without_a_question_back():
    counts = _grid_figures()
    assert counts["right"] >= 0.95 * len(QUESTIONS), counts


@pytest.mark.parametrize("title", GRID["unplaced"])
@pytest.mark.parametrize("severity", ["特别重大事故", "重大事故", "较大事故"])
def test_a_title_without_level_or_rank_is_asked_about(title, severity):
    outcome = decide(extract(f"{severity}，{title}怎么处理", BOOK), BOOK)
    assert outcome.missing is not None and outcome.missing.field == "role"
    assert len(outcome.missing.options) >= 2


# ---------------------------------------------------------------- casualty figures
BOUNDARIES = [
    ("死了2个人", "一般"), ("死了3个人", "较大"), ("9人死亡", "较大"), ("10人死亡", "重大"), ("死亡29人", "重大"),
    ("死亡30人", "特别重大"), ("重伤9人", "一般"), ("重伤10人", "较大"), ("重伤49人", "较大"), ("重伤50人", "重大"),
    ("重伤99人", "重大"), ("重伤100人", "特别重大"), ("直接经济损失999万元", "一般"), ("直接经济损失1000万元", "较大"),
    ("直接经济损失4999万元", "较大"), ("直接经济损失5000万元", "重大"), ("直接经济损失9999万元", "重大"),
    ("直接经济损失1亿元", "特别重大"), ("死了五个人", "较大"), ("直接经济损失1.2亿", "特别重大"),
    ("死了2个，重伤15个", "较大"), ("重伤120人，没有死亡", "特别重大"), ("3死5伤", "较大"),
]


@pytest.mark.parametrize("said,severity", BOUNDARIES)
def test_figures_suggest_the_national_class_and_the_rules_wait_for_the_confirmation(said, severity):
    conversations = Conversations()
    facts = conversations.resolve("c", f"{said}，街道分管副主任怎么处理", extract(f"{said}，街道分管副主任怎么处理", BOOK), BOOK)
    assert facts.suggested == severity
    outcome = decide(facts, BOOK)
    assert outcome.decision is None and outcome.missing.field == "severity"
    assert outcome.missing.options[0]["value"] == severity
    assert "《生产安全事故报告和调查处理条例》第三条" in outcome.missing.question
    assert "知识库中也没有" in outcome.missing.question
    conversations.remember("c", facts, outcome.missing)
    confirmed = conversations.resolve("c", "1", extract("1", BOOK), BOOK)
    after = decide(confirmed, BOOK)
    if severity == "一般":
        assert after.missing.field == "consequence"
    else:
        assert after.decision.severity == severity
        assert after.decision.measures == {"街道党政领导分管副职": cell(BOOK, severity, None, "街道党政领导分管副职")}


def test_the_national_table_is_marked_outside_the_knowledge_base():
    assert BOOK.national.outside_kb and BOOK.national.article == 3
    assert [c.severity for c in BOOK.national.classes] == BOOK.regulation.severities()


# ---------------------------------------------------------------- the blind set
def _blind_roles(q: dict) -> list[str]:
    if q.get("role"):
        return [q["role"]]
    out = []
    for r in q.get("roles") or [{"level": q["level"], "rank": q["rank"]}]:
        level = r["level"]
        if level == "市" and "局" in q["q"]:
            level = "市有关职能部门"
        out.append(VOC.positions[level][r["rank"]])
    return out


@pytest.mark.parametrize("q", BLIND + BLIND_2, ids=[q["q"] for q in BLIND + BLIND_2])
def test_blind_question(q):
    conversations = Conversations()
    facts = conversations.resolve("c", q["q"], extract(q["q"], BOOK), BOOK)
    outcome = decide(facts, BOOK)
    if q["expect"] == "ask":
        assert outcome.missing is not None, compose(outcome, BOOK)
        return
    if q["figure"]:
        assert outcome.missing is not None and outcome.missing.field == "severity"
        assert outcome.missing.options[0]["value"] == q["severity"]
        conversations.remember("c", facts, outcome.missing)
        facts = conversations.resolve("c", "1", extract("1", BOOK), BOOK)
        outcome = decide(facts, BOOK)
    consequence = {"major_loss": "general_major"}.get(q["consequence"])
    if q["level"] is None and q["rank"] is None and not q.get("role"):
        # the class alone: the table's whole row for it
        d = outcome.decision
        assert outcome.missing is None and d.severity == q["severity"]
        assert d.measures == {r.role: r.measures for r in BOOK.regulation.accident_decisions
                              if r.severity == q["severity"] and r.consequence in (None, consequence)}
        return
    roles = _blind_roles(q)
    asked = extract(q["q"], BOOK).measures
    verdict, why = judge(BOOK, outcome, q["severity"], consequence, roles, asked[0] if asked else None,
                         q["yes_no"] and len(roles) == 1)
    assert verdict == "right", why


# ---------------------------------------------------------------- every word of the vocabulary
def _words(section: dict) -> list[tuple[str, str]]:
    return [(w, canon) for canon, ws in section.items() for w in ws]


@pytest.mark.parametrize("word,severity", _words(VOC.severities))
def test_severity_word(word, severity):
    assert extract(f"{word}事故，街道书记怎么处理", BOOK).severity == severity


@pytest.mark.parametrize("word", VOC.severity_negations)
def test_severity_negation(word):
    facts = extract(f"事故{word}重大，街道书记会怎样", BOOK)
    assert facts.severity is None and "重大" in facts.denied and "较大" not in facts.denied


@pytest.mark.parametrize("word,role", _words(VOC.roles))
def test_fixed_role_phrase(word, role):
    assert extract(f"重大事故{word}怎么处理", BOOK).roles == [role]


def _expected(level: str, rank: str | None) -> set[str]:
    levels = VOC.level_readings.get(level, [level])
    ranks = [rank] if rank else ["正职", "分管副职"]
    return {VOC.positions[lv][r] for lv in levels for r in ranks if r in VOC.positions.get(lv, {})}


def _read(question: str) -> set[str] | None:
    """The roles read, or None when the rules ask which official is meant."""
    outcome = decide(extract(question, BOOK), BOOK)
    if outcome.missing is not None:
        return None if outcome.missing.field == "role" else {"missing " + outcome.missing.field}
    return set(outcome.decision.measures) | set(outcome.decision.unruled)


@pytest.mark.parametrize("word,level", _words(VOC.levels))
def test_level_word(word, level):
    roles = _expected(level, "正职")
    got = _read(f"重大事故，{word}的一把手怎么处理")
    assert got == (roles if len(roles) == 1 else None)


@pytest.mark.parametrize("level", list(VOC.bare_levels))
def test_bare_level(level):
    bare = VOC.bare_levels[level]
    assert _read(f"重大事故，{level}一把手怎么处理") == _expected(bare.level, "正职")
    for c in bare.not_after:
        assert _read(f"重大事故，{c}{level}一把手怎么处理") is None, c


@pytest.mark.parametrize("name", VOC.departments.names)
def test_department_name(name):
    assert _read(f"重大事故，区{name}局副主任怎么处理") == {"区有关职能部门领导分管副职"}


@pytest.mark.parametrize("suffix", VOC.departments.suffixes)
def test_department_suffix(suffix):
    assert _read(f"重大事故，区应急管理{suffix}副主任怎么处理") == {"区有关职能部门领导分管副职"}
    assert _read(f"重大事故，市应急管理{suffix}分管领导怎么处理") == {"市有关职能部门领导分管副职"}


@pytest.mark.parametrize("word,rank,level", [(w, rw.rank, rw.level) for rw in VOC.ranks for w in rw.words])
def test_rank_word(word, rank, level):
    if level is not None:
        roles = _expected(level, rank)
        got = _read(f"重大事故，{word}怎么处理")
        assert got == (roles if len(roles) == 1 and rank else None)
    else:
        assert _read(f"重大事故，{word}怎么处理") is None           # a rank with no level: asked
        if rank:
            assert _read(f"重大事故，街道的{word}怎么处理") == _expected("街道", rank)
        else:
            assert _read(f"重大事故，街道的{word}怎么处理") is None    # a leader with no rank: asked


@pytest.mark.parametrize("join", VOC.role_joins)
def test_role_join(join):
    assert _read(f"重大事故，街道书记{join}分管副主任怎么处理") == {"街道党政领导正职", "街道党政领导分管副职"}


@pytest.mark.parametrize("word,measure", _words(VOC.measures))
def test_measure_word(word, measure):
    assert measure in extract(f"重大事故街道书记会被{word}吗", BOOK).measures


@pytest.mark.parametrize("word", VOC.not_measures)
def test_not_measure_word(word):
    assert word in extract(f"会被{word}吗", BOOK).not_measures


@pytest.mark.parametrize("word,consequence", _words(VOC.consequences))
def test_consequence_word(word, consequence):
    assert extract(f"一般事故，{word}，街道分管副主任怎么处理", BOOK).consequence == consequence


@pytest.mark.parametrize("word,ask", _words(VOC.asks))
def test_ask_word(word, ask):
    assert ask in extract(f"较大事故{word}？", BOOK).asks


@pytest.mark.parametrize("form,key", _words(VOC.yes_no))
def test_yes_no_form(form, key):
    assert extract(f"重大事故，街道书记{form}免职吗", BOOK).yes_no == key


@pytest.mark.parametrize("word", VOC.follow_up_starts)
def test_follow_up_word(word):
    assert extract(f"{word}街道书记呢", BOOK).follow_up


@pytest.mark.parametrize("word", VOC.accident_words)
def test_accident_word(word):
    assert extract(f"{word}，街道书记会怎样", BOOK).accident


def test_every_role_has_a_button_label():
    roles = VOC.position_roles() | {r.role for r in BOOK.regulation.accident_decisions}
    assert roles <= set(VOC.role_labels)


def test_issue_examples():
    def answer(q):
        return compose(decide(extract(q, BOOK), BOOK), BOOK)

    text = answer("重大事故以后街道的一把手要担什么责任")
    assert "第十三条" in text and "对街道党政领导正职停职检查" in text
    assert answer("特别重大事故，区住建局分管副局长会被免职吗").startswith("会。\n")
    asked = decide(extract("死了4个人的事故，街道办副主任怎么处理", BOOK), BOOK).missing
    assert asked.options[0]["value"] == "较大" and "第三条" in asked.question and "较大事故" in asked.question
    assert answer("较大事故，区委书记会被免职吗").startswith("第十四条没有对有关党政领导正职规定较大事故的初步问责决定。")
    lines = answer("重大事故，街道书记和分管副主任分别怎么处理").split("\n")
    assert "对街道党政领导正职停职检查。" in lines and "对街道党政领导分管副职免职。" in lines
    assert data_dir().joinpath("national_classes.yaml").exists()


def test_a_follow_ups_bare_title_takes_the_level_of_the_previous_official():
    conversations = Conversations()
    first = conversations.resolve("c", "重大事故，街道书记会怎样", extract("重大事故，街道书记会怎样", BOOK), BOOK)
    conversations.remember("c", first, decide(first, BOOK).missing)
    follow = conversations.resolve("c", "那分管副主任呢", extract("那分管副主任呢", BOOK), BOOK)
    assert decide(follow, BOOK).decision.measures == {"街道党政领导分管副职": ["免职"]}
    # alone, the same words are asked about
    assert decide(extract("那分管副主任呢", BOOK), BOOK).missing is not None


def test_a_role_question_is_answered_by_its_button():
    conversations = Conversations()
    q = "较大事故，一把手要公开道歉吗"
    facts = conversations.resolve("c", q, extract(q, BOOK), BOOK)
    asked = decide(facts, BOOK).missing
    conversations.remember("c", facts, asked)
    street = next(i for i, o in enumerate(asked.options, 1) if o["value"] == "街道党政领导正职")
    chosen = conversations.resolve("c", str(street), extract(str(street), BOOK), BOOK)
    outcome = decide(chosen, BOOK)
    assert outcome.decision.measures == {"街道党政领导正职": ["责令公开道歉"]}
    assert compose(outcome, BOOK).startswith("需要。\n")


# ---------------------------------------------------------------- the topic of a question
# (rules/topics.py) Only what the rules give an official needs the official placed; a question on
# another topic names 干部/领导 without naming anyone, and is not asked back about a role.
@pytest.mark.parametrize("word,topic", [(w, t) for t, ws in BOOK.topics.items() for w in ws])
def test_topic_word(word, topic):
    facts = extract(f"关于{word}，领导干部是怎么规定的", BOOK)
    assert facts.topic == topic
    outcome = decide(facts, BOOK)
    assert outcome.missing is None or outcome.missing.field != "role", outcome.missing


def test_the_topics_take_the_rule_datas_own_names():
    """The defined term, the bodies with duties, the referral keys and the missing rows' words come
    from regulation.yaml, not from a list in the vocabulary."""
    reg = BOOK.regulation
    assert "算不算" + reg.wording.official in BOOK.topics["scope"]
    assert {"纪检监察机关", "组织人事部门", "事故问责组"} <= set(BOOK.topics["conductors"])
    assert "有关部门" not in BOOK.topics["conductors"]          # a level word (区有关部门) is no topic
    assert {r.key for r in reg.referrals} <= set(BOOK.topics["referrals"])
    assert {w for r in reg.missing for w in r.words} <= set(BOOK.topics["unaccountable"])


@pytest.mark.parametrize("q, topic", [
    ("这个问责规定管哪些干部", "scope"),
    ("街道办主任算不算党政领导干部", "scope"),
    ("谁来对领导干部问责？纪委管不管", "conductors"),
    ("被问责的干部可以申诉吗", "appeals"),
    ("领导干部对问责决定不服怎么办", "appeals"),
    ("干部涉嫌犯罪会移送吗", "referrals"),
    ("领导干部瞒报事故信息会被问责吗", "situations"),
    ("党政领导干部是什么意思", "definitions"),
    ("领导干部有从轻情节怎么办", "circumstances"),
])
def test_a_question_on_another_topic_is_not_asked_about_a_role(q, topic):
    facts = extract(q, BOOK)
    assert facts.topic == topic
    outcome = decide(facts, BOOK)
    assert outcome.missing is None or outcome.missing.field != "role", outcome.missing


@pytest.mark.parametrize("q", ["主任会怎么样", "街道领导会怎样", "重大事故，领导会怎样", "干部出了较大事故会怎么处理",
                               "较大事故，领导要公开道歉吗", "特别重大事故一把手要公开道歉吗", "领导会怎么处理"])
def test_a_vague_question_about_an_unnamed_official_is_still_asked_back(q):
    facts = extract(q, BOOK)
    assert facts.topic is None
    outcome = decide(facts, BOOK)
    assert outcome.missing is not None and outcome.missing.field in ("role", "severity")
    if outcome.missing.field == "role":
        assert len(outcome.missing.options) >= 2


@pytest.mark.parametrize("q", ["职责范围内发生较大事故，主任会怎样", "较大事故，街道哪些领导要被问责"])
def test_a_topic_word_does_not_drop_an_official_named_by_level_or_rank(q):
    """Only officials at large (干部, 领导干部) are dropped for a topic; 主任 or 街道领导 is one official,
    asked about when the topic is one the severity table answers (scope: which officials it reaches)."""
    facts = extract(q, BOOK)
    assert facts.topic in VOC.table_topics
    outcome = decide(facts, BOOK)
    assert outcome.missing is not None and outcome.missing.field == "role"


@pytest.mark.parametrize("q", ["被免职的干部要过多久才能重新安排职务", "领导干部被责令辞职以后还能当领导吗",
                               "造成重大损失的干部会怎么处理"])
def test_without_an_accident_a_measure_question_does_not_ask_which_official(q):
    """No accident, so no table: a measure's or a consequence's rules are the same for every official,
    and 干部/领导干部 at large is no one to place (before: "“干部”是哪一级的哪位领导？")."""
    facts = extract(q, BOOK)
    assert not facts.severity and (facts.measures or facts.consequence)
    outcome = decide(facts, BOOK)
    assert outcome.missing is None or outcome.missing.field != "role"


@pytest.mark.parametrize("q", ["中央那个《关于实行党政领导干部问责的暂行规定》一共有几章几条",
                               "《关于实行党政领导干部问责的暂行规定》和深圳的规定有什么不同"])
def test_a_title_in_book_marks_names_no_official(q):
    facts = extract(q, BOOK)
    assert not facts.unclear and not facts.roles
    assert decide(facts, BOOK).missing is None


@pytest.mark.parametrize("q", ["区里的处长算不算党政领导干部", "街道办的科长属于党政领导干部吗"])
def test_a_predicate_parts_a_level_from_a_later_title(q):
    """算不算/属于 between 区 and 党政领导干部: 区 is the level of the subject, not of the predicate's
    title, so no official 区…领导 is read (or asked about)."""
    facts = extract(q, BOOK)
    assert not facts.roles and all(len(u["said"]) <= 4 for u in facts.unclear)
    assert decide(facts, BOOK).missing is None


@pytest.mark.parametrize("q", ["较大事故，街道领导会被从重处理吗", "重大事故，一把手会被移送司法机关吗",
                               "重大事故后被问责的干部可以申诉吗", "特别重大事故后对区长的问责决定能复核吗"])
def test_a_severity_is_the_occasion_of_a_topic_the_table_does_not_answer(q):
    """从重, 移送, 申诉, a definition after an accident: the table's measures answer none of them, so
    there is no table decision and no question about the official; the passages answer, or say
    they cannot."""
    facts = extract(q, BOOK)
    assert facts.severity and facts.topic not in VOC.table_topics
    outcome = decide(facts, BOOK)
    assert outcome.missing is None and outcome.decision is None


@pytest.mark.parametrize("attribute", VOC.leader_attributes)
def test_a_leader_word_before_an_attribute_names_no_official(attribute):
    assert not extract(f"较大事故，负有领导{attribute}的要公开道歉吗", BOOK).unclear
    assert extract("较大事故，领导要公开道歉吗", BOOK).unclear


@pytest.mark.parametrize("said, severity", [("重大交通安全责任事故", "重大"), ("较大火灾事故", "较大"),
                                            ("特别重大燃气爆炸事故", "特别重大"), ("一起较大的建筑施工事故", "较大")])
def test_a_class_then_the_kind_of_accident(said, severity):
    """The class, then what kind of accident it was, up to the nearest 事故 (second blind set)."""
    assert extract(f"区住建局局长，{said}，会怎么处理", BOOK).severity == severity


def test_a_loss_or_an_influence_before_the_accident_is_no_class():
    facts = extract("区住建局局长，造成重大损失的事故，会怎么处理", BOOK)
    assert facts.severity is None and facts.consequence == "major"


@pytest.mark.parametrize("said, deaths", [("广告牌倒塌砸死3个人", 3), ("烧死了两名工人", 2), ("火灾烧死5人", 5),
                                          ("8死2伤", 8), ("死了4个", 4)])
def test_deaths_said_with_the_verb_that_caused_them(said, deaths):
    assert extract(f"{said}，街道副主任怎么处理", BOOK).figures.get("deaths") == deaths


def test_a_member_of_the_team_is_asked_which_official():
    outcome = decide(extract("我在街道班子里，辖区着火了，定的是较大事故，会咋样", BOOK), BOOK)
    assert outcome.missing is not None and outcome.missing.field == "role"


@pytest.mark.parametrize("said, consequence", [("影响很恶劣", "major"), ("损失非常惨重", "major"),
                                               ("社会影响特别恶劣", "major"), ("影响十分不好", "general_major"),
                                               ("影响不大", "minor"), ("没有什么影响", "minor")])
def test_a_degree_adverb_inside_a_consequence(said, consequence):
    """影响恶劣 said 影响很恶劣: the vocabulary's consequence words with a degree adverb between the
    noun and the adjective (`consequence_degrees`) are the same consequence; a denial stays one."""
    assert extract(f"一般事故，{said}，街道副主任会怎样", BOOK).consequence == consequence


@pytest.mark.parametrize("q, roles, asked", [
    ("领导让我查一下：咱们区卫健局一把手如果碰上特别重大公共安全事故，按规定怎么处理", ["有关党政领导正职"], False),
    ("领导叫我问问：街道主任在较大事故后会怎样", ["街道党政领导正职"], False),
    # the leader asked about, not the one who sends the asker: still asked which
    ("较大事故，领导会怎样", [], True),
    ("较大事故，我让领导查一下他会怎样", [], True),
])
def test_the_leader_who_sends_the_asker_is_no_official_asked_about(q, roles, asked):
    outcome = decide(extract(q, BOOK), BOOK)
    assert outcome.facts.roles == roles
    assert (outcome.missing is not None and outcome.missing.field == "role") is asked
