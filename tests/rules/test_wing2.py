"""Branch wing2: wrong sentences the checker let through under ingested regulations, each reading
tested both ways (the right sentence passes, a near sentence of the same construction with one
wrong detail fails). The sentences are written here against fictional regulations of tests/data.
"""
from __future__ import annotations

from rules.checking import bare_exemption, basis_reference, class_threshold, lead_denied
from tests.rules import checking

events = checking.on("qinglan-events-2037")
swimming = checking.on("qingyi-swimming-2037")
drainage = checking.on("cangxi-drainage-2036")
bridge = checking.on("lanxi-bridge-2036")


def test_a_bare_mian_is_held_to_the_lead_of_its_case():
    assert bare_exemption.is_bare("也能免") and bare_exemption.is_bare("可以免掉")
    assert not bare_exemption.is_bare("不能免") and not bare_exemption.is_bare("能免罚款")
    assert bare_exemption.exempts("免予追究责任") and not bare_exemption.exempts("从重追究责任")
    # an item of the 免予追究 list: exempt; an item of the 从重 list: not
    events("因为不可抗力出了事故，能不能免？",
           "执行上级书面决定导致事故，且执行前已经以书面形式提出异议的，也能免。",
           "干扰、阻碍事故调查，或者隐匿、伪造、销毁证据的，也能免。")
    # an item of the 从轻或者减轻 list is not exempt either
    events("事故后积极救援，能不能免？",
           "事故发生后积极组织救援，有效避免损失扩大的，可以从轻或者减轻追究责任。",
           "事故发生后积极组织救援，有效避免损失扩大的，也能免。")
    bridge("地震导致的事故，哪些情况还是要追究？",
           "瞒报、谎报、迟报事故或者险情的，要从重追究责任（第19条）。",
           "瞒报、谎报、迟报事故或者险情的，同样可以免。")


def test_a_case_naming_the_article_it_follows_restates_the_article_citing_it():
    assert basis_reference.cited("街道办事处工作人员按第10条告知的") == {10}
    assert basis_reference.cited("依照第10条") == set()
    assert basis_reference.cited("街道办事处按第10条应当告知") == set()
    swimming("乡镇的工作人员什么情况下会被追究？",
             "乡镇人民政府的工作人员没有按第10条告知的，应当追究责任。",
             "乡镇人民政府的工作人员按第10条告知的，应当追究责任。")
    swimming("卫健委的人什么情况下会被追究？",
             "市卫生健康委员会的工作人员没按第11条开展抽检的，应当追究责任。",
             "市卫生健康委员会的工作人员按第11条开展抽检的，应当追究责任。")
    # a listed item restated under its lead, without its 未
    swimming("第15条说的第（三）项是什么？",
             "指第14条的：\n（三）没有按第6条第（三）项检测或者公示池水检测结果；",
             "指第14条的：\n（三）按第6条第（三）项检测或者公示池水检测结果；")


def test_a_yes_whose_supporting_sentence_says_no():
    assert lead_denied.denies("复核期间，追究决定会暂停执行", "复核期间，追究决定不会暂停执行",
                              "复核、申诉期间，不停止追究决定的执行。")
    # 不停止执行 is a yes to 还执行
    assert not lead_denied.denies("复核期间追究决定会继续执行", "复核期间追究决定不会继续执行",
                                  "复核、申诉期间，不停止追究决定的执行。")
    drainage("申请了复核，追究决定会先暂停执行吗？",
             "不会。复核、申诉期间，不停止追究决定的执行（第二十七条）。",
             "会。复核、申诉期间，不停止追究决定的执行（第二十七条）。")
    drainage("复核期间追究决定需要停止执行吗？",
             "不需要。复核、申诉期间，不停止追究决定的执行（第二十七条）。",
             "需要。复核、申诉期间，不停止追究决定的执行（第二十七条）。")


def test_a_figure_its_class_bound_holds():
    texts = [checking.DATA.joinpath("qingyi-swimming-2037.md").read_text(encoding="utf-8")]
    assert class_threshold.met("重伤11人属于重大事件", texts) != "重伤11人属于重大事件"
    assert class_threshold.met("重伤10人属于重大事件", texts) == "重伤10人属于重大事件"
    swimming("有12个人重伤，算哪一级？",
             "重伤12人属于重大事件。",
             "重伤12人属于较大事件。")
    # the draft's own example, not the asker's figure, classed on the wrong side
    swimming("事件怎么分级？",
             "死亡3人属于重大事件。",
             "死亡2人属于重大事件。")
