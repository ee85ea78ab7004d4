"""Branch galarm5: right drafts about ingested regulations that the checker flagged, each reading
tested both ways (the right sentence passes, a near sentence of the same construction with one
wrong detail fails), on more than one regulation. The sentences are written here, not taken from
the blind sets.
"""
from __future__ import annotations

from functools import partial

from tests.rules import checking

lanchuan = partial(checking.both_ways, sources=checking.ingested("lanchuan-charging-2036"))
yanchuan = partial(checking.both_ways, sources=checking.ingested("yanchuan-geohazard-2038"))
tingxi = partial(checking.both_ways, sources=checking.ingested("tingxi-equipment-2035"))


def test_a_hedge_before_a_yes():
    # 原则上 / 一般来说 before a yes, as before a no: the hedge goes, the answer word is judged by
    # the sentence after it (which must bear a yes out)
    lanchuan("地下车库里的充电区域必须配喷淋吗？",
             "原则上要配。第六条第二款：充电区域设置在地下空间的，运营单位还应当配备自动喷水灭火设施。",
             "原则上要配。第六条第二款：充电区域设置在地下空间的，物业服务企业还应当配备自动喷水灭火设施。")
    yanchuan("主要负责人和直接经办的人处理起来一样吗？",
             "一般来说一样。按第二十四条第二款，对负有领导责任的主要负责人、分管负责人，依照第一款的规定处理。",
             "一般来说一样。按第二十四条第二款，对负有领导责任的主要负责人、分管负责人，依照第一款的规定从重处理。")
    tingxi("调查期限能延长吗？",
           "原则上能。情况复杂的，经追究机关主要负责人批准，可以延长三十日，延长以一次为限。",
           "原则上能。情况复杂的，经追究机关主要负责人批准，可以延长六十日，延长以一次为限。")


lanzhou = partial(checking.both_ways, sources=checking.ingested("lanzhou-monitoring-2035"))
hechuan = partial(checking.both_ways, sources=checking.ingested("hechuan-dust-2036"))
cangxi = partial(checking.both_ways, sources=checking.ingested("cangxi-drainage-2036"))


def test_an_applied_provision_named_with_its_own_label():
    # 第二十一条 (lanzhou): 可以从轻或者减轻追究 (第一款); 有第十九条第（二）项情形的，不适用前款规定 (第二款)
    lanzhou("打击报复举报人的，主动挽回损失有用吗？",
            "没用。有第十九条第（二）项情形的，即使主动挽回损失，也不能适用第二十一条的从轻、减轻。",
            "没用。有第十九条第（二）项情形的，即使主动挽回损失，也不能适用第二十一条的从宽、免除。")
    # what the sentence says of the provision is still judged: the excluded item, the polarity
    lanzhou("打击报复举报人的，主动挽回损失有用吗？",
            "没用。有第十九条第（二）项情形的，即使主动挽回损失，也不能适用第二十一条的从轻、减轻。",
            "没用。有第十九条第（一）项情形的，即使主动挽回损失，也不能适用第二十一条的从轻、减轻。")
    lanzhou("打击报复举报人的，主动挽回损失有用吗？",
            "没用。有第十九条第（二）项情形的，即使主动挽回损失，也不能适用第二十一条的从轻、减轻。",
            "没用。有第十九条第（二）项情形的，即使主动挽回损失，也可以适用第二十一条的从轻、减轻。")
    # a label its provision holds only where it refers to another article (第二十条第四款: 依照第二十一条…从轻或者减轻) is not its own
    lanzhou("打击报复举报人的，主动挽回损失有用吗？",
            "没用。有第十九条第（二）项情形的，不能适用第二十一条的从轻、减轻。",
            "没用。有第十九条第（二）项情形的，不能适用第二十条的从轻、减轻。")
    cangxi("迟报灾情还能从轻吗？",
           "不能。迟报积水灾情的，即使积极配合调查，也不能适用第十九条的从轻、减轻（第二十条第二款）。",
           "不能。迟报积水灾情的，即使已经主动认错，也不能适用第十九条的从轻、减轻（第二十条第二款）。")


def test_two_applied_provisions_with_their_labels_swapped():
    # 第二十条 (hechuan): 不适用本细则第十八条（可以从轻或者减轻）、第十九条（可以免予追究）的规定
    hechuan("监理和施工单位串通隐瞒扬尘问题，还能从轻吗？",
            "不能。第二十条规定有这种情形的，不适用第十八条从轻、减轻和第十九条免予追究。",
            "不能。第二十条规定有这种情形的，不适用第十八条免予追究和第十九条从轻、减轻。")


def test_an_additive_connective_opening_a_sentence():
    lanzhou("打击报复举报人会怎样？",
            "要从重追究（第十九条第（二）项）。另外，有这种情形的，不适用第二十一条第一款。",
            "要从重追究（第十九条第（四）项）。另外，有这种情形的，不适用第二十一条第一款。")
    cangxi("迟报灾情还能从轻吗？",
           "不能。而且迟报积水灾情的，不适用第十九条的规定（第二十条第二款）。",
           "不能。而且迟报积水灾情的，不适用第十八条的规定（第二十条第二款）。")


tingxi_on = partial(checking.both_ways, sources=checking.ingested("tingxi-equipment-2035"))
events = partial(checking.both_ways, sources=checking.ingested("qinglan-events-2037"))


def test_a_reference_the_text_makes_inside_another_article():
    # 第十九条第二款 (tingxi): 减轻追究，是指在本办法第十七条规定的相应档次以下降低一档确定追究方式
    tingxi_on("减轻怎么减？",
              "所谓减轻，是在第十七条相应档次以下降低一档确定追究方式。",
              "所谓减轻，是在第十八条相应档次以下降低一档确定追究方式。")
    tingxi_on("减轻怎么减？",
              "所谓减轻，是在第十七条相应档次以下降低一档确定追究方式。",
              "所谓减轻，是在第十七条相应档次以上提高一档确定追究方式。")
    # the term glossed must be the referring article's (第十八条 glosses 从重 with 相应档次内)
    tingxi_on("减轻怎么减？",
              "所谓减轻，是在第十七条相应档次以下降低一档确定追究方式。",
              "所谓从重，是在第十七条相应档次以下降低一档确定追究方式。")
    # the reference given as the sentence's source stays its article
    tingxi_on("减轻怎么减？",
              "所谓减轻，是在第十七条相应档次以下降低一档确定追究方式。",
              "第十七条规定，减轻追究是在相应档次以下降低一档确定追究方式。")
    # 第二十二条第（二）项 (qinglan-events): …持有保安员证的人员低于本办法第九条第一款规定比例的
    events("安保公司派的人证件不够会怎样？",
           "派驻的安保人员中持有保安员证的人员低于第九条第一款规定比例的，安保服务单位要依照本办法追究责任。",
           "派驻的安保人员中持有保安员证的人员低于第八条第一款规定比例的，安保服务单位要依照本办法追究责任。")


chengxi = partial(checking.both_ways, sources=checking.ingested("chengxi-eldercare-2036"))


def test_this_requirement_taken_back_is_no_regulation():
    # "…低于规定，这个规定是多少？": 这个规定 takes back the requirement before it; it does not name the
    # seed regulation (a 规定) over the ingested 办法 the draft cites
    chengxi("第11条第2项说护理人员配比低于规定，这个规定是多少？",
            "第11条第2项引的是第7条第2项：对失能老年人，护理人员与老年人的配备比例不得低于1:4。",
            "第11条第2项引的是第7条第3项：对失能老年人，护理人员与老年人的配备比例不得低于1:4。")
    lanchuan("物业劝阻无效要按规定上报，这个规定是几小时内？",
             "2小时内。第九条第一款：劝阻无效的，应当在2小时内报告所在地街道办事处。",
             "3小时内。第九条第一款：劝阻无效的，应当在3小时内报告所在地街道办事处。")
