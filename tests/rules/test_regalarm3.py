"""Branch regalarm3: right drafts about ingested regulations that the checker flagged, each reading
tested both ways (the right sentence passes, a near sentence of the same construction with one wrong
detail fails). The sentences are written here, against tests/data/qichuan-signage-2037.md (栖川,
g19) and tests/data/lanxi-bridge-2036.md (澜溪, g16), not taken from the blind sets.
"""
from __future__ import annotations

from rules.checking import applied_ways, bar_scope, excepted_item
from rules.checking.claims import cross_references
from tests.rules import checking

QC = "qichuan-signage-2037"
LX = "lanxi-bridge-2036"
qichuan = checking.on(QC)
lanxi = checking.on(LX)


def _article(name: str, n: int) -> str:
    src = checking.ingested(name)
    return next(p.text for p in src.passages if p.article == n and p.doc_title.startswith(("栖川", "澜溪"))
                and p.doc_title.startswith("栖川" if name == QC else "澜溪"))


def test_the_ways_of_applying_in_the_texts_term_with_shiyong():
    # 栖川 第二十三条第二款: 前款第（一）项至第（三）项可以单独使用，也可以合并使用
    assert applied_ways.in_text_words("可以单独用，也可以合并用", "可以单独使用，也可以合并使用") == \
        "可以单独使用，也可以合并使用"
    assert applied_ways.in_text_words("可以单独用", "可以单独适用") == "可以单独适用"
    qichuan("第二十三条的几种方式能一起用吗？",
            "书面检查、通报批评、诫勉这三种，按第二十三条第二款可以单独用，也可以合并用。",
            "书面检查、通报批评、诫勉这三种，按第二十三条第二款只能单独用，不能合并用。")


def test_a_bare_yong_is_the_texts_verb_of_applying():
    # 澜溪 第30条第2款: …尚未作出追究决定的，适用行为发生时的规定；但是，适用本办法对被追究对象更为有利的，适用本办法
    text = _article(LX, 30)
    assert applied_ways.in_text_words("原则上用行为发生时的规定", text) == "原则上适用行为发生时的规定"
    assert applied_ways.in_text_words("费用由管理单位承担", text) == "费用由管理单位承担"
    lanxi("新办法施行前的事怎么处理？",
          "施行前发生、施行时还没作出追究决定的，原则上用行为发生时的规定；新办法对被追究对象更有利的，用新办法。",
          "施行前发生、施行时还没作出追究决定的，一律用行为发生时的规定。")


def test_a_target_is_related_to_the_article_of_its_own_clause():
    def text(n: int) -> str:
        return _article(QC, n)
    right = "第十六条第（六）项写的是迟报事故，第十七条第四款则说依照本办法第二十六条处理。"
    assert cross_references(right, text) == []
    wrong = "第十六条第（六）项写的是迟报事故，第十八条则说依照本办法第二十六条处理。"
    assert [v for v in cross_references(wrong, text) if not v.ok]
    # a target alone in its clause is still related to the article named before it
    alone = "第十六条第（六）项写的是迟报事故，依照本办法第二十六条处理。"
    assert [v for v in cross_references(alone, text) if not v.ok]
    qichuan("迟报事故按哪条罚？", "第十六条第（六）项把迟报列为追责情形，第十七条第四款则说依照本办法第二十六条处理。",
            "第十六条第（六）项把迟报列为追责情形，第十七条第四款则说依照本办法第二十五条处理。")


def test_a_bar_whose_next_clause_is_run_on():
    art = [_article(QC, 34)]
    assert bar_scope.problems("第三十四条规定，设置区域划分和禁止设置区域依照《栖川市户外广告设施设置规划》执行", art) == []
    # the words after the text's barred words must be the text's next clause, not another act
    assert bar_scope._run_on("禁止", "设置区域依照栖川市户外广告设施设置规划执行", tuple(art))
    assert not bar_scope._run_on("禁止", "设置区域由区城市管理部门审批决定", tuple(art))
    assert not bar_scope._run_on("禁止", "设置广告依照栖川市户外广告设施设置规划执行", tuple(art))


def test_the_matter_handed_on_is_not_listed_by_the_regulation_itself():
    qichuan("哪些区域不许设广告牌？",
            "这份办法本身没有列出禁止设置的区域，第三十四条说依照《栖川市户外广告设施设置规划》执行。",
            "这份办法本身没有列出设施的检测周期，第三十四条说依照《栖川市户外广告设施设置规划》执行。")


def test_an_item_said_not_to_apply_is_held_to_the_paragraph_excepting_it():
    assert excepted_item.may_concern("无须按第七条第一款第（三）项定期检测")
    assert not excepted_item.may_concern("应当按第七条第一款第（三）项定期检测")
    qichuan("小招牌要定期检测吗？",
            "设置高度不超过6米、招牌面积不满10平方米的招牌，无须按第七条第一款第（三）项定期检测，设置满10年的除外。",
            "设置高度不超过6米、招牌面积不满10平方米的招牌，无须按第七条第一款第（二）项日常巡查，设置满10年的除外。")
    qichuan("小招牌要定期检测吗？",
            "招牌面积不满10平方米且设置高度不超过6米的，不用按第七条第一款第（三）项做定期检测；设置满10年的除外。",
            "招牌面积不满10平方米且设置高度不超过9米的，不用按第七条第一款第（三）项做定期检测；设置满10年的除外。")


QL = "qinglan-events-2037"
qinglan = checking.on(QL)


def test_the_askers_figure_inside_the_texts_range():
    from rules.checking import case_in_range
    # 青岚 第三十八条: 每场次预计参加人数500人以上不满1000人的活动…参照本办法执行，但本办法第十条、第二十九条的规定除外
    assert case_in_range.holding(700, "人", "500人以上不满1000人的活动")
    assert not case_in_range.holding(1000, "人", "500人以上不满1000人的活动")      # 不满 excludes its bound
    assert case_in_range.holding(1000, "人", "500人以上1000人以下的活动")          # 以下 includes it
    assert not case_in_range.holding(700, "人", "500人以上的活动")                 # one bound holds no case
    assert case_in_range.placed("700人的晚会也要参照执行", "要参照执行", "500人以上不满1000人的活动") == \
        "500人以上不满1000人的晚会也要参照执行"
    assert case_in_range.placed("700人的晚会不用参照执行", "不用参照执行", "500人以上不满1000人的活动") == \
        "700人的晚会不用参照执行"
    after = "每场次预计500人以上不满1000人的活动，承办者的安全责任追究参照本办法执行，只是第十条和第二十九条不适用。"
    qinglan("一场700人的晚会，出了事也按这个办法追责吗？", "要参照执行。" + after,
            "要参照执行。" + after.replace("不满1000人", "不满2000人"))
    qinglan("一场700人的晚会，出了事也按这个办法追责吗？", "要。" + after, "要。" + after.replace("500人以上", "800人以上"))


def test_a_figure_outside_the_range_stays_the_askers():
    after = "每场次预计500人以上不满1000人的活动，承办者的安全责任追究参照本办法执行，只是第十条和第二十九条不适用。"
    src = checking.ingested(QL)
    for lead in ("要参照执行。", "要。"):
        assert checking.verdict("一场700人的晚会，出了事也按这个办法追责吗？", lead + after, src).passed
        bad = checking.verdict("一场1200人的晚会，出了事也按这个办法追责吗？", lead + after, src)
        assert not bad.passed and bad.sentences[0].verdict == "unsupported"


HEARING = ("我只是被拟停职检查，能要求听证吗？",
           "能。第24条第2款可以要求听证的两类是：\n"
           "① 拟对养护单位扣减养护经费5万元以上；\n"
           "② 拟对责任人员作出停职检查、调整职务、责令辞职、免职处理。\n")


def test_a_thing_said_not_in_the_list_just_given():
    from rules.checking import not_in_list
    assert not_in_list.may_concern("通报批评不在里面。")
    assert not_in_list.may_concern("诫勉谈话也不在其中")
    assert not not_in_list.may_concern("诫勉谈话不在第24条里面")
    q, listed = HEARING
    lanxi(q, listed + "通报批评不在其中。", listed + "调整职务不在其中。")


def test_a_right_restated_with_its_time_is_no_barred_act():
    # 澜溪 第24条: 被追究对象有权陈述、申辩，并应当自收到告知书之日起5个工作日内提出 … 不得因被追究对象陈述、申辩
    # 或者要求听证而加重追究
    lanxi("收到告知书以后还能申辩吗？",
          "能，被追究对象可以在收到告知书之日起5个工作日内陈述、申辩。",
          "能，市城管局可以因被追究对象陈述、申辩而加重追究。")


def test_a_text_case_whose_bound_stands_further_in():
    from rules.checking import case_bound_turned
    # 青岚 第十条: 预计参加人数1000人以上不满5000人的，由活动所在地区公安分局受理 (the bound 13 characters in);
    # 第七条（二）: 其中预计参加人数5000人以上的
    texts = ["其中预计参加人数5000人以上的，安保人员不得少于150人",
             "预计参加人数1000人以上不满5000人的，由活动所在地区公安分局受理"]
    assert case_bound_turned.problems("1000人以上不满5000人的，由区公安分局受理", texts) == []
    assert case_bound_turned.problems("不满5000人的，安保人员不得少于150人", texts[:1])
    qinglan("2000人的活动向谁申请许可？",
            "1000人以上不满5000人的，由活动所在地区公安分局受理。",
            "1000人以上不满3000人的，由活动所在地区公安分局受理。")
