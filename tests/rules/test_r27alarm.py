"""The r27alarm readings, each both ways: the right sentence passes, a wrong twin of the same shape
(a false absence, a wrong count, an invented content for the missing part) fails. Sentences in new
words; the Shenzhen sources (truncated at 第十八条, silent on the issuer) and an ingested regulation
(《梧川市城镇燃气安全监督管理责任追究办法》) where it has the construction."""
from __future__ import annotations

from rules.references import number_key
from rules.checking import specifics_referred, span_seen
from tests.rules.checking import both_ways, ingested, on, verdict

WUCHUAN = on("wuchuan-gas-2035")


def test_a_document_number_is_one_however_bracketed():
    assert number_key("中办发[2009]25号") == number_key("中办发〔2009〕25号") == number_key("中办发【2009】25号")
    assert number_key("中办发[2009]25号") != number_key("中办发〔2009〕26号")
    q = "从重从轻怎么定？"
    both_ways(q, "从重、从轻情节依照中办发〔2009〕25号第八条、第九条执行。",
              "从重、从轻情节依照中办发〔2009〕25号第八条、第十条执行。")
    # the article that refers so is held, however the number is bracketed
    both_ways(q, "第十七条把从重、从轻情节交给中办发〔2009〕25号第八条、第九条。",
              "第十五条把从重、从轻情节交给中办发〔2009〕25号第八条、第九条。")


def test_particulars_absent_where_the_text_only_hands_the_thing_on():
    q = "规定里有没有列出从轻的情节？"
    both_ways(q, "具体哪些情节从轻，现有的规定文本里没有写。",
              "现有的规定文本里没有写从轻情节。")
    # a thing the text lists in its own words is no referral: its particulars are there
    both_ways("哪些情形要问责？", "第五条规定了应当问责的情形。",
              "具体哪些情形应当问责，现有的规定文本里没有写。")
    assert specifics_referred.only_referred("具体情节", "情节", ["情节按照中办发[2009]25号第八条执行。"])
    assert not specifics_referred.only_referred("情节", "情节", ["情节按照中办发[2009]25号第八条执行。"])
    assert not specifics_referred.only_referred("具体情节", "情节", ["有下列情节之一的：（一）主动报告"])


def test_a_span_reaching_the_cut_article_and_its_content_denied():
    q = "规定有几条？"
    both_ways(q, "手头的文本能看到第一条到第十八条，但第十八条只剩开头一句，之后是否还有条款无法确定。",
              "手头的文本能看到第一条到第二十条，但第十八条只剩开头一句，之后是否还有条款无法确定。")
    q = "不予问责的情形规定了吗？"
    both_ways(q, "只有引导句，并没有具体内容：第十八条写的是“有下列情形之一的，不予问责”，清单在来源里缺失。",
              "只有引导句，并没有具体内容：第十八条写的是“有下列情形之一的，从轻问责”，清单在来源里缺失。")
    both_ways(q, "只有引导句，并没有具体内容：第十八条写的是“有下列情形之一的，不予问责”，清单在来源里缺失。",
              "没有开头：第十八条列了两种不予问责的情形，清单在来源里缺失。")
    assert span_seen.reaches("现有文本能看到第一条到第十八条", 18)
    assert not span_seen.reaches("现有文本能看到第一条到第十七条", 18)
    assert not span_seen.reaches("现有文本不到第一条到第十八条", 18)
    assert span_seen.content_denied("但没有具体内容") and not span_seen.content_denied("没有开头")


def test_unable_to_tell_the_issuer_said_first():
    q = "谁印发的这个规定？"
    both_ways(q, "我无法判断《深圳市党政领导干部问责暂行规定》是哪个机关印发的。",
              "我无法判断《深圳市党政领导干部问责暂行规定》是什么时候印发的。")
    both_ways(q, "来源页面没有列出发文机关，我说不清这份规定是谁发布的。",
              "来源页面没有列出发文机关，我说不清《深圳市2016年政府工作报告》是谁发布的。")


def test_the_text_at_hand_named_with_its_kind():
    q = "一般事故需要开现场会吗？"
    both_ways(q, "现有的《规定》文本里没有这个要求。第十六条对一般事故只写了按《办法》训诫、责令作出书面检查。",
              "现有的《规定》文本里没有这个要求。第十六条对一般事故只写了按《办法》免职。")
    both_ways("较大事故需要开现场会吗？", "要。第十四条规定区委、区政府应在24小时内召开现场会。",
              "现有的《规定》文本里没有这个要求。")
    # the bare no after the question's two parts needs a sentence saying what is missing
    q = "一般事故要不要开现场会，规定里写了吗？"
    both_ways(q, "现有的规定文本里没有。第十六条对一般事故没有写现场会。",
              "现有的规定文本里没有。第十六条对一般事故规定了训诫。")


def test_an_apology_before_a_cannot_tell():
    q = "哪些情形不予问责？"
    both_ways(q, "很抱歉，没法给你列出。第十八条只有引导句“党政领导干部有下列情形之一的，不予问责”，情形清单在来源中缺失。",
              "很抱歉，没法给你列出。第十八条规定了主动报告的不予问责。")


def test_a_case_before_a_colon_heads_the_count():
    q = "后果不严重时可以给什么处理？"
    both_ways(q, "未造成重大损失或者恶劣影响的：训诫、责令作出书面检查、通报批评、调离现工作岗位，共四种。",
              "未造成重大损失或者恶劣影响的：训诫、责令作出书面检查、通报批评、调离现工作岗位，共九种。")
    both_ways(q, "造成重大损失或者恶劣影响的：共五种。", "造成重大损失或者恶劣影响的：共四种。")


def test_an_article_left_out_of_the_cited_set():
    q = "第十五条适用于哪些事故？"
    both_ways(q, "第十五条只说按第十三条、第十四条初步问责后可以进一步问责，第十六条（一般事故）不在此列。",
              "第十五条只说按第十三条初步问责后可以进一步问责，第十四条（较大事故）不在此列。")


def test_an_articles_shape_without_a_count():
    q = "第四条第（三）项是什么？"
    both_ways(q, "第四条没有分项，不存在第（三）项。", "第五条没有分项，不存在第（三）项。")
    both_ways(q, "第四条没有分项，不存在第（三）项。", "第五条不存在第（三）项。")
    both_ways("第四条讲什么？", "第四条只有一段话。", "第十条只有一段话。")
    q = "《梧川市城镇燃气安全监督管理责任追究办法》第六条有几款？"
    WUCHUAN(q, "第三十一条只有一段话。", "第五条只有一段话。")
    WUCHUAN(q, "第四条不分项。", "第六条不分项。")


def test_a_measure_one_of_the_measures_an_article_lists():
    q = "停职检查属于哪一档？"
    both_ways(q, "停职检查是第十条第一款所列的问责方式之一。", "停职检查是第十条第二款所列的问责方式之一。")
    both_ways(q, "停职检查是第十条第一款所列的问责方式之一。", "撤职是第十条第一款所列的问责方式之一。")


def test_an_article_that_says_it_is_no_basis():
    q = "第十五条讲什么？"
    both_ways(q, "第十五条规定初步问责后可以进一步问责。", "第十六条规定初步问责后可以进一步问责。")


def test_a_count_of_titles_and_a_word_after_them():
    q = "第七条提到了哪些办法？"
    right = ("三个，后面还有个“等”：《深圳市行政过错责任追究办法》、《深圳市行政决策责任追究办法》、"
             "《深圳市人民政府部门行政首长问责暂行办法》。")
    both_ways(q, right, right.replace("三个", "两个"))
    both_ways(q, right, right.replace("“等”", "“和”"))


def test_a_short_name_glossed_in_apposition_with_its_defining_article():
    q = "通报批评按什么程序？"
    both_ways(q, "按《办法》，也就是《深圳市行政过错责任追究办法》（第七条定义的简称）。",
              "按《办法》，也就是《深圳市行政过错责任追究办法》（第九条定义的简称）。")
    both_ways(q, "按《办法》，也就是《深圳市行政过错责任追究办法》（第七条定义的简称）。",
              "按《办法》，也就是《深圳市人民政府部门行政首长问责暂行办法》（第七条定义的简称）。")
