"""Branch wping: wrong sentences the checker let through and two false alarms under ingested
regulations, each reading tested both ways in our own words (the right sentence passes, a near
sentence of the same construction with one wrong detail fails), on tests/data regulations."""
from __future__ import annotations

from rules.checking import classed, condition_item, permitted_contrary, title_predicate
from tests.rules import checking

EVENTS = checking.on("qinglan-events-2037")
BRIDGE = checking.on("lanxi-bridge-2036")
DRAINAGE = checking.on("cangxi-drainage-2036")
ELDER = checking.on("chengxi-eldercare-2036")


# condition_joined.py: a short condition read with its consequence, its polarity held
def test_a_short_condition_keeps_its_negation():
    EVENTS("收到告知书后不申辩会怎样？",
           "当事人自收到告知书之日起5个工作日内提出陈述和申辩，逾期没有提出的，视为放弃。",
           "当事人自收到告知书之日起5个工作日内提出陈述和申辩，逾期提出的，视为放弃。")


def test_a_short_condition_in_another_regulation():
    # (the same rule is said in two paragraphs of 第24条: the one the sentence restates is chosen)
    BRIDGE("被追究对象收到告知书后多久要申辩？",
           "被追究对象应当自收到告知书之日起5个工作日内提出陈述申辩，逾期未提出的，视为放弃。",
           "被追究对象应当自收到告知书之日起5个工作日内提出陈述申辩，逾期提出的，视为放弃。")


# classed_figure.py: a case's figure classed into an item is the item's or its cited provision's
def test_a_classed_case_keeps_the_cited_figure():
    EVENTS("派去的保安持证的少到什么程度要追责？",
           "持证保安比例低于80%就属于第二十二条第（二）项。",
           "持证保安比例低于85%就属于第二十二条第（二）项。")


def test_a_classed_case_figure_in_another_regulation():
    whole = checking.ingested("lanxi-bridge-2036").of_document("lanxi-bridge-tunnel-accountability-2036")
    assert classed.judged("桥梁遭受船舶撞击后超过7日才委托特殊检测就属于第10条第(三)项的情形", "", whole)[0] is True
    assert classed.judged("桥梁遭受船舶撞击后超过10日才委托特殊检测就属于第10条第(三)项的情形", "", whole)[0] is False
    # (the figure of the provision the item cites, 第8条第1款's 90日, is the item's)
    assert classed.judged("C级桥梁超过90日没完成维修就属于第10条第(四)项的情形", "", whole)[0] is True
    assert classed.judged("C级桥梁超过120日没完成维修就属于第10条第(四)项的情形", "", whole)[0] is False


# title_predicate.py: what a named document does, held to what the text says it does
def test_a_repealed_document_said_to_take_effect():
    EVENTS("原来那个暂行办法现在怎么样了？",
           "本办法自2037年5月1日起施行，《青岚市大型群众性活动安全管理责任追究暂行办法》同时废止。",
           "本办法自2037年5月1日起施行，《青岚市大型群众性活动安全管理责任追究暂行办法》同时施行。")
    DRAINAGE("排水设施的暂行办法还用吗？",
             "本办法自2036年3月1日起施行，《沧溪市城市排水设施管理责任追究暂行办法》同时废止。",
             "本办法自2036年3月1日起施行，《沧溪市城市排水设施管理责任追究暂行办法》也同时施行。")


def test_title_predicate_leaves_words_the_text_never_uses():
    whole = checking.ingested("qinglan-events-2037").of_document("qinglan-large-events-accountability-2037")
    title = "《青岚市大型群众性活动安全管理责任追究暂行办法》"
    assert title_predicate.problems(f"本办法施行后，{title}同时失效。", [], whole) == []
    assert title_predicate.problems(f"本办法施行后，{title}同时废止。", [], whole) == []
    assert title_predicate.problems(f"本办法施行后，{title}同时施行。", [], whole)
    # (a title that is no subject, 根据《…》, is not read)
    assert title_predicate.problems(f"根据{title}施行。", [], whole) == []


# permitted_contrary.py: 能 inside a word (能力) is no permission, 应当在 names no act
def test_ability_is_no_permission():
    assert permitted_contrary._PERMIT.search("完成能力评估的") is None
    assert permitted_contrary._PERMIT.search("职能部门") is None
    assert permitted_contrary._PERMIT.search("也能参加")
    statement = "发现本办法第11条、第12条规定情形的，应当在2个工作日内书面报告区民政部门"
    assert permitted_contrary.another_act("养老机构未在本办法第7条第1项规定的期限内完成能力评估的，应当追究责任", statement) == []
    assert permitted_contrary.another_act("发现本办法第11条规定情形的，可以口头报告区民政部门", "发现本办法第11条规定情形的，应当书面报告区民政部门")
    ELDER("能力评估没按时做完会被追责吗？",
          "养老机构未在本办法第7条第1项规定的期限内完成能力评估的，应当追究责任（第11条）。",
          "养老机构未在本办法第7条第1项规定的期限内完成能力评估的，应当追究责任（第13条）。")


# condition_item.py: a condition naming an item is that item's, its consequence that item's
def test_a_consequence_of_the_named_items_condition():
    EVENTS("承办者有第二十条第（一）项情形但没出事故，怎么处理？",
           "承办者有第二十条第（一）项规定情形但未发生事故的，要责令停止活动，并处10万元以上30万元以下罚款。",
           "承办者有第二十条第（二）项规定情形但未发生事故的，要责令停止活动。")


def test_condition_item_compares_numbers():
    assert condition_item.other_item("有第二十条第（一）项规定情形但未发生事故的", "有第二十条第二项规定情形未发生事故的")
    assert not condition_item.other_item("有第二十条第（一）项规定情形的", "有本办法第二十条第一项规定情形的")
    assert not condition_item.other_item("未发生事故的", "有第二十条第二项规定情形未发生事故的")
    assert condition_item.other_item("有第10条第(三)项情形的", "有第10条第(四)项情形的")
