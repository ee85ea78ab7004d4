"""The reg7alarm readings, each both ways on the seventh fictional regulation (《云岚市公共资源交易
监督管理责任追究办法》, tests/data/yunlan-trading-2034.md): the supported sentence passes, a wrong
twin of the same construction fails."""
from __future__ import annotations

from tests.rules.checking import on

YUNLAN = on("yunlan-trading-2034")


def test_a_bare_reference_only_the_ingested_regulation_restates():
    # 第六条 both regulations have; the draft restates only the ingested one's
    YUNLAN("投标保证金退还在电子监督范围里吗？",
           "在。第六条把“投标保证金的收取和退还”列为电子监督的重点环节之一。",
           "在。第六条把“投标保证金的收取和没收”列为电子监督的重点环节之一。")


def test_a_paragraphs_list_is_the_items_under_its_lead():
    YUNLAN("哪些情况可以从轻？",
           "第二十一条第一款规定了两种可以从轻或者减轻追究责任的情形：一是主动报告问题并积极纠正，有效避免了损失；"
           "二是在调查中如实说明情况、积极配合调查。",
           "第二十一条第一款规定了三种可以从轻或者减轻追究责任的情形：一是主动报告问题并积极纠正，有效避免了损失；"
           "二是在调查中如实说明情况、积极配合调查。")


def test_the_tier_of_a_scale_is_chosen_by_its_figures_and_bounds():
    right = ("第三十条是举报奖励的计算标准，分段计算：避免或者挽回损失金额不超过100万元的部分按3%，"
             "超过100万元至500万元的部分按2%，超过500万元的部分按{}；单笔奖励最高不超过5万元。")
    YUNLAN("第五条第二款说按第三十条的标准奖励，第三十条是什么？", right.format("1%"), right.format("2%"))


def test_a_plain_range_read_by_the_definitions_article():
    q = "罚款“一万元以上五万元以下”，正好五万元算哪档？"
    head = "按第三十一条，“以上”包括本数，“以下”不包括本数。"
    YUNLAN(q, head + "所以一般情形的罚款是1万元起、不到5万元；", head + "所以一般情形的罚款是2万元起、不到5万元；")
    # only the whole range is rewritten: an upper end said to be in stays in its own words
    YUNLAN(q, head + "所以一般情形的罚款是1万元起、不到5万元；", head + "所以一般情形的罚款是1万元起、到5万元为止；")


def test_the_period_a_not_counted_points_back_to():
    d = "受理投诉后，市监管局要在30个工作日内作出书面处理决定。如果需要检验、检测、鉴定或者组织专家评审，这些时间不算在{}个工作日里。"
    YUNLAN("市监管局处理投诉有多长时间？", d.format(30), d.format(10))


def test_the_matter_of_a_second_handing_over():
    d = ("第十一条要求：在专项检查或者日常监督中发现公职人员涉嫌违纪、职务违法的，市监管局应当在三个工作日内把问题线索移送{}，"
         "涉嫌犯罪的移送{}。")
    YUNLAN("第十一条说了什么？", d.format("市纪委监委派驻机构", "有管辖权的机关"),
           d.format("有管辖权的机关", "市纪委监委派驻机构"))


def test_approval_needed_is_no_duty_made_of_the_permission():
    d = "调查原则上自立案之日起六十日内完成，情况复杂需要延长的，{}。"
    YUNLAN("追责调查要延期，谁批？", d.format("须经市交易管委会批准，最多延长三十日"),
           d.format("须经市交易管委会批准，须延长三十日"))
    YUNLAN("追责调查要延期，谁批？", d.format("须经市交易管委会批准，最多延长三十日"),
           d.format("须经市监管局主要负责人批准，最多延长三十日"))


def test_an_item_placed_before_a_colon_is_read_with_its_lead():
    d = "拒不执行第七条第二款规定的整改通知，属于第十七条第一款第（三）项情形：市监管局会责令改正，{}处1万元以上5万元以下罚款。"
    YUNLAN("采购人收到整改通知后拒不整改，会被怎么处理？", d.format("可以"), d.format("应当"))


def test_a_rules_own_proviso_is_no_other_place():
    d = "不是全部。涉及国家秘密或者用于抢险救灾的交易项目不适用本办法，但是这类项目的交易结果还是要依照第二十九条的规定{}。"
    YUNLAN("这个办法对所有公共资源交易项目都适用吗？", d.format("备案"), d.format("报市交易管委会审批"))


def test_an_items_consequence_is_its_whole_leads():
    # the lead line is cut at ；: its first statement (由…责令改正，可以处…罚款) is the lead too, and its
    # 可以 is what a clause on the item's consequence is held to
    d = ("本办法没有规定交易代理机构的资质或者准入条件。它只在第十七条规定了代理机构违规时的处理，"
         "比如伪造、篡改、隐匿交易记录的，由市监管局责令改正并{}罚款。")
    YUNLAN("交易代理机构需要什么资质才能代理？", d.format("可以"), d.format("应当"))
