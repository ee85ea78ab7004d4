"""Branch galarm4: right drafts about ingested regulations that the checker flagged, each reading
tested both ways (the right sentence passes, a near sentence of the same construction with one
wrong detail fails), on more than one regulation. The sentences are written here, not taken from
the blind sets.
"""
from __future__ import annotations

from functools import partial

from rules.checking import lead_subject
from tests.rules import checking

tingxi = partial(checking.both_ways, sources=checking.ingested("tingxi-equipment-2035"))
cangxi = partial(checking.both_ways, sources=checking.ingested("cangxi-drainage-2036"))


def test_a_lead_gives_its_list_a_subject():
    assert lead_subject.lead_body("第十二条 市市场监管局及其工作人员有下列情形之一的，应当追究责任：") == "市市场监管局"
    assert lead_subject.lead_body("第二十条 有下列情形之一的，由市水务局追究责任：") is None


def test_an_item_said_of_the_body_its_lead_names():
    # 第十二条: 市市场监管局及其工作人员有下列情形之一的…（二）对区县监管局报告的重大事故隐患，未在…内实施挂牌督办的
    tingxi("市场监管局收到隐患报告后多久要督办？",
           "区县监管局上报重大事故隐患后，市市场监管局应当在收到报告之日起三个工作日内实施挂牌督办，"
           "没做到的属于第十二条第（二）项应当追究责任的情形。",
           "区县监管局上报重大事故隐患后，市检验院应当在收到报告之日起三个工作日内实施挂牌督办，"
           "没做到的属于第十二条第（二）项应当追究责任的情形。")
    # a body the item names as its object is not the subject its lead gives
    tingxi("市场监管局收到隐患报告后多久要督办？",
           "市市场监管局应当在收到区县监管局报告之日起三个工作日内实施挂牌督办（第十二条第（二）项）。",
           "区县监管局应当在收到市市场监管局报告之日起三个工作日内实施挂牌督办（第十二条第（二）项）。")
    # (第十一条 运营单位及其工作人员有下列情形之一的…（三）…应急响应期间泵组未按照要求开启的; items with blank lines between)
    cangxi("泵组不开会被追究吗？",
           "会。运营单位应当按照要求开启泵组，应急响应期间没开启的属于第十一条第（三）项应当追究责任的情形。",
           "会。市水务部门应当按照要求开启泵组，应急响应期间没开启的属于第十一条第（三）项应当追究责任的情形。")


def test_the_kind_of_case_is_the_leads_consequence_only():
    cangxi("泵组不开会被追究吗？",
           "会。运营单位应当按照要求开启泵组，应急响应期间没开启的属于第十一条第（三）项应当追究责任的情形。",
           "会。运营单位应当按照要求开启泵组，应急响应期间没开启的属于第十一条第（三）项从重追究的情形。")
    tingxi("市场监管局收到隐患报告后多久要督办？",
           "市市场监管局应当在收到报告之日起三个工作日内实施挂牌督办，没做到的属于第十二条第（二）项应当追究责任的情形。",
           "市市场监管局应当在收到报告之日起三个工作日内实施挂牌督办，没做到的属于第十二条第（二）项应当免予追究的情形。")


def test_a_bracketed_citation_after_by_whom_is_no_act():
    # 第六条（一）市市场监管局：…对重大事故隐患实施挂牌督办；…
    tingxi("挂牌督办归谁管？",
           "挂牌督办由市市场监管局负责（第六条第（一）项）。",
           "挂牌督办由市检验院负责（第六条第（一）项）。")
    tingxi("挂牌督办归谁管？",
           "重大事故隐患的挂牌督办由市市场监管局负责（第六条第（一）项）。",
           "重大事故隐患由市市场监管局组织调查（第六条第（一）项）。")


def test_what_an_article_says_counted_by_its_sentences():
    # 第三十一条: two sentences (施行; the old 规定 同时废止)
    tingxi("最后一条讲什么？",
           "第三十一条讲了两件事：一是本办法自2035年7月1日起施行；二是2029年4月1日起施行的"
           "《汀溪市特种设备安全监管失职责任追究暂行规定》同时废止。",
           "第三十一条讲了三件事：一是本办法自2035年7月1日起施行；二是2029年4月1日起施行的"
           "《汀溪市特种设备安全监管失职责任追究暂行规定》同时废止。")
    # 第三十条 of 沧溪: two sentences; 第二十九条: three, so two parts of it are not "两件事"
    cangxi("第三十条讲什么？",
           "第三十条讲了两件事：一是被追究的责任单位应当自收到追究决定书之日起20日内提交整改报告；"
           "二是市、区水务部门应当在整改期限届满后10个工作日内组织核查。",
           "第三十条讲了两件事：一是被追究的责任单位应当自收到追究决定书之日起20日内提交整改报告；"
           "二是市、区水务部门应当在整改期限届满后15个工作日内组织核查。")
    assert not checking.verdict("第二十九条讲什么？",
                                "第二十九条讲了两件事：一是追究结果记入责任单位信用档案和责任人员个人档案；"
                                "二是被认定为情节严重的责任人员，当年度考核不得确定为优秀等次。",
                                checking.ingested("cangxi-drainage-2036")).passed


def test_a_bound_with_what_it_counts_before_or_after_it():
    # 第十七条（二）造成重伤不满三人的…；（三）…或者造成三人以上重伤…（第二十八条：“以上”包括本数，“不满”不包括）
    tingxi("重伤3人算哪一档？",
           "重伤3人以上的，属于第十七条第一款第（三）项。",
           "重伤3人以上的，属于第十七条第一款第（二）项。")


def test_a_bound_held_to_the_item_the_sentence_places_it_in():
    # 第十七条（二）重伤不满三人; (三) 三人以上重伤: each item's own bound, not the document's other one
    tingxi("重伤2人算哪一档？",
           "重伤不满3人的，属于第十七条第一款第（二）项。",
           "重伤不满3人的，属于第十七条第一款第（三）项。")
    # 齐川 第十四条（二）超过10人不满50人重伤; (三) 50人以上重伤
    qichuan = partial(checking.both_ways, sources=checking.ingested("qichuan-signage-2037"))
    qichuan("重伤50人算什么事故？",
            "重伤50人以上的，属于第十四条第一款第（三）项，是重大事故。",
            "重伤50人以上的，属于第十四条第一款第（二）项，是较大事故。")


def test_a_term_said_with_a_de_inside():
    # 梧川 第十五条: 责任追究的方式包括：…；前款规定的方式，可以单独适用，也可以合并适用。
    wuchuan = partial(checking.both_ways, sources=checking.ingested("wuchuan-gas-2035"))
    wuchuan("追究方式能一起用吗？",
            "追究方式可以单独适用，也可以合并适用（第十五条第二款）。",
            "追究方式只能单独适用，不能合并适用（第十五条第二款）。")


def test_an_absent_limit_is_of_the_act_named_with_its_object():
    # 岚川 第二十七条: 申请复查 within 10日, 复核决定 within 30日; nothing on the 复查决定
    lanchuan = partial(checking.both_ways, sources=checking.ingested("lanchuan-charging-2036"))
    lanchuan("复查决定多久作出？",
             "市应急管理局多长时间作出复查决定，办法未规定。",
             "区应急管理部门多长时间作出复核决定，办法未规定。")
    # 鹤川 第二十八条: 市住建局应当自收到复查申请之日起30日内作出复查决定
    assert not checking.verdict("复查要多久？", "市住建局多长时间作出复查决定，细则没有规定。",
                                checking.ingested("hechuan-dust-2036")).passed


def test_a_case_is_the_item_whose_distinguishing_word_it_says():
    # 澄溪 第21条: 对有…情形的工作人员，情节较轻的，由所在单位…诫勉；情节较重的，由任免机关或者监察机关依法给予处分
    chengxi = partial(checking.both_ways, sources=checking.ingested("chengxi-eldercare-2036"))
    chengxi("工作人员失职怎么处理？",
            "按第21条：情节较轻的，由所在单位批评教育、责令检查或者诫勉。",
            "按第21条：情节较重的，由所在单位批评教育、责令检查或者诫勉。")
    chengxi("工作人员失职怎么处理？",
            "按第21条：情节较轻的，由所在单位批评教育、责令检查或者诫勉。",
            "按第21条：情节较轻的，由任免机关或者监察机关依法给予处分。")
    # 清漪 第…条: 属于事件的，应当在2小时内报告…；属于较大事件或者重大事件的，市体育局应当在…1小时内报告…
    qingyi = partial(checking.both_ways, sources=checking.ingested("qingyi-swimming-2037"))
    qingyi("区体育主管部门多久要往上报？",
           "属于事件的，区体育主管部门应当在2小时内报告市体育局和区人民政府。",
           "属于较大事件的，区体育主管部门应当在2小时内报告市体育局和区人民政府。")


def test_the_modal_word_of_the_basis_the_sentence_above_opens_with():
    # 岚川 第十六条第二款: …整改到位的，可以免予追究 (the sentence above names 第14条 too)
    lanchuan = partial(checking.both_ways, sources=checking.ingested("lanchuan-charging-2036"))
    lanchuan("整改好了还会追究吗？",
             "根据第16条第2款，属于第14条第1款第1项情形，并且在责令整改期限内整改到位的，可以免予追究。注意是“可以”，不是必然。",
             "根据第16条第2款，属于第14条第1款第1项情形，并且在责令整改期限内整改到位的，可以免予追究。注意是“应当”，不是可以。")


def test_an_items_modal_word_is_its_leads():
    # 梧川 第二十条第一款: 有下列情形之一的，可以免予追究：…（三）在推进燃气安全改革创新中出现失误，且未谋取私利、未造成人员伤亡的
    wuchuan = partial(checking.both_ways, sources=checking.ingested("wuchuan-gas-2035"))
    wuchuan("改革创新出了差错能免责吗？",
            "在推进燃气安全改革创新中出现失误，且未谋取私利、未造成人员伤亡的，可以免予追究（第二十条第一款第（三）项）。"
            "注意条文用的是“可以”，不是必然免责。",
            "在推进燃气安全改革创新中出现失误，且未谋取私利、未造成人员伤亡的，可以免予追究（第二十条第一款第（三）项）。"
            "注意条文用的是“应当”，不是可以。")


def test_a_reference_glossed_with_its_provisions_words():
    # 岚川 第十条 cites 第六条第一款第（二）项: 充电区域与人员密集场所、安全出口的间距不少于6米
    lanchuan = partial(checking.both_ways, sources=checking.ingested("lanchuan-charging-2036"))
    lanchuan("房东什么时候要担责？",
             "场地提供方明知运营单位未按本办法第六条第一款第（二）项的要求设置充电区域（也就是充电区域与人员密集场所、"
             "安全出口的间距不少于6米）仍然出租的，要承担相应责任。",
             "场地提供方明知运营单位未按本办法第六条第一款第（二）项的要求设置充电区域（也就是充电区域与人员密集场所、"
             "安全出口的间距不少于8米）仍然出租的，要承担相应责任。")
    lanchuan("房东什么时候要担责？",
             "场地提供方明知运营单位未按本办法第六条第一款第（二）项的要求设置充电区域（也就是充电区域与人员密集场所、"
             "安全出口的间距不少于6米）仍然出租的，要承担相应责任。",
             "场地提供方明知运营单位未按本办法第六条第一款第（二）项的要求设置充电区域（也就是充电区域与人员密集场所、"
             "安全出口的间距不少于6米）仍然出租的，不承担责任。")
    # 汀溪 第十二条（三） cites 第十条第一款: 市市场监管局接到较大以上事故报告的，应当在两小时内报告市人民政府
    tingxi("没按时报告较大事故会怎样？",
           "市市场监管局未依照本办法第十条第一款规定（即接到较大以上事故报告的，应当在两小时内报告市人民政府）"
           "报告较大以上事故的，应当追究责任。",
           "市市场监管局未依照本办法第十条第一款规定（即接到较大以上事故报告的，应当在四小时内报告市人民政府）"
           "报告较大以上事故的，应当追究责任。")
