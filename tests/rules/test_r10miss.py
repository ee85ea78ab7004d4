"""Round 10's wrong drafts that passed (issue 10, branch r10miss): each reading both ways, in
wordings other than the draft's, so that the reading is no hole and the error is caught however
it is said."""
from __future__ import annotations

import pytest

from tests.rules.checking import both_ways, verdict


@pytest.mark.parametrize("question,right,wrong", [
    # the magnitude a figure is scaled by (magnitudes.py)
    ("2015年给企业减了多少税？", "报告说，2015年减免企业税负698亿元。", "报告说，2015年减免企业税负698万元。"),
    ("PCT申请有多少？", "报告说，PCT国际专利申请1.33万件，占全国46.9%。", "报告说，PCT国际专利申请1.33亿件，占全国46.9%。"),
    ("PCT申请有多少？", "报告说，PCT国际专利申请1.33万件，占全国46.9%。", "报告说，PCT国际专利申请1.33件，占全国46.9%。"),
])
def test_a_figure_keeps_its_magnitude(question, right, wrong):
    both_ways(question, right, wrong, unsupported=True)


@pytest.mark.parametrize("question,right,wrong", [
    # figures given in the sentences after their subject (figures_after.py)
    ("论文有没有给出举报投诉的数据？", "论文说举报投诉不断上升，2004年失职渎职类的举报只有80件，占信访总量的4.8%。",
     "论文只是定性描述了市民对行政不作为等问题的举报投诉“不断上升”，并没有给出具体的件数或比例。"),
    ("论文有没有给出举报投诉的数据？", "论文说举报投诉不断上升，2004年失职渎职类的举报只有80件，占信访总量的4.8%。",
     "论文提到失职渎职类举报不断上升，但没有给出具体件数。"),
    ("论文有没有给出举报投诉的数据？", "论文说举报投诉不断上升，2006年达到445件，占21%。",
     "论文只说举报投诉不断上升，并没有给出具体比例。"),
])
def test_figures_after_their_subject(question, right, wrong):
    both_ways(question, right, wrong, unsupported=True)


@pytest.mark.parametrize("question,right,wrong", [
    # the head of a list's last item, before the passage's words (item_heads.py)
    ("第五条第（二）项涉及哪些领域？",
     "第五条第（二）项点名了市场监管、环境保护、土地管理、安全生产、食品药品安全这几个领域发生公共安全事故的情形。",
     "第五条第（二）项点名了市场监管、环境保护、土地管理、安全生产、医疗卫生这几个领域发生公共安全事故的情形。"),
    ("第五条第（二）项涉及哪些领域？",
     "第五条第（二）项说的是市场监管、环境保护、土地管理、安全生产、食品药品安全等领域发生公共安全事故。",
     "第五条第（二）项说的是市场监管、环境保护、土地管理、安全生产、城市管理领域发生公共安全事故。"),
    ("第五条第（四）项说什么？", "第五条第（四）项列了瞒报、谎报、迟报、漏报公共安全事故信息的情形。",
     "第五条第（四）项列了瞒报、谎报、迟报、错报这几类公共安全事故信息的情形。"),
])
def test_the_last_item_of_a_list(question, right, wrong):
    both_ways(question, right, wrong, unsupported=True)


@pytest.mark.parametrize("question,right,wrong", [
    # the severity an item covers (item_severities.py)
    ("第13条第（二）项讲的是什么？", "第十三条第（二）项规定的是重大公共安全责任事故的初步问责。",
     "第13条第（二）项规定的是特别重大公共安全责任事故的初步问责：对有关党政领导正职责令公开道歉，对区党政领导分管副职等人员免职。"),
    ("第十三条第（一）项说什么？", "第十三条第（一）项是特别重大事故的初步问责，对有关党政领导正职责令公开道歉。",
     "第十三条第（一）项是重大事故的初步问责，对有关党政领导正职责令公开道歉。"),
    ("第十三条（一）针对什么？", "第十三条（一）针对特别重大事故。", "第十三条（一）针对重大事故。"),
])
def test_the_severity_of_an_item(question, right, wrong):
    both_ways(question, right, wrong, unsupported=True)


@pytest.mark.parametrize("right,wrong", [
    # the accident group said to wait for the investigation (waits_for.py)
    ("事故问责组与事故调查组同步开展问责调查工作。",
     "事故问责组在事故调查组完成调查、形成事故调查结果之后，再开展问责调查工作。"),
    ("事故发生后，立即成立事故问责组，与事故调查组同步开展问责调查工作。",
     "事故调查组的调查结束以后，事故问责组才启动问责调查。"),
    ("事故问责组不必等事故调查组完成调查，两者同步开展工作。", "事故问责组的工作晚于事故调查组。"),
    ("事故问责组成立后，与事故调查组同步开展问责调查工作。", "事故问责组的问责调查排在事故调查组之后。"),
])
def test_the_group_does_not_wait(right, wrong):
    both_ways("事故问责组什么时候开展工作？", right, wrong, unsupported=True)


@pytest.mark.parametrize("right,wrong", [
    # articles in apposition to what an article applies to (appositions.py)
    ("第十条的问责方式适用于第二章的部分情形，即第五、六、七、九条。",
     "第十条的问责方式适用于第二章列出的全部情形，也就是第五条到第九条，包括违反党风廉政建设责任制的情形。"),
    ("第十条的问责方式适用于第二章的部分情形，具体是第五条、第六条、第七条和第九条。",
     "第十条的问责方式适用于第二章的部分情形，具体是第五条、第六条、第八条和第九条。"),
    ("第十条的问责方式适用于第二章的部分情形，也就是第五、六、七、九条。",
     "第十条的问责方式适用于第二章的部分情形，也就是第五条至第八条。"),
])
def test_articles_in_apposition(right, wrong):
    both_ways("第十条适用于哪些情形？", right, wrong, unsupported=True)


@pytest.mark.parametrize("question,right,wrong", [
    # who does an act to a thing, said to be missing (agent_of.py)
    ("规定有没有说事故问责组由谁组成？", "第十二条写明了事故问责组由纪检监察机关以及有关部门组成。",
     "第十二条只说事故发生后要立即成立事故问责组，与事故调查组同步开展工作，但对问责组由哪些机关组成没有作出规定。"),
    ("规定有没有说事故问责组由谁组成？", "有。第十二条规定事故问责组由纪检监察机关以及有关部门组成。", "没有。"),
    ("规定有没有说现场会由谁召开？", "第十三条规定由市委、市政府召开现场会。", "第十三条对现场会由谁召开没有规定。"),
    ("规定有没有说现场会由谁召开？", "第十四条规定较大事故的现场会由区委（党工委）、区政府（管委会）召开。",
     "第十四条没有规定较大事故的现场会由谁召开。"),
])
def test_the_agent_said_missing(question, right, wrong):
    both_ways(question, right, wrong, unsupported=True)


def test_the_agent_of_an_act_the_article_leaves_open_is_missing():
    """第十五条 says 进一步问责 may follow, and names no body that makes it: the absence holds."""
    assert verdict("规定有没有说进一步问责由谁作出？", "第十五条没有写进一步问责由哪个机关作出。").passed


@pytest.mark.parametrize("question,right,wrong", [
    # an outside document's text said to be held (outside_held.py)
    ("从重从轻情节的具体内容能在资料里看到吗？",
     "第十七条引用了中办发[2009]25号第八条、第九条，但资料中没有这两条的原文。",
     "第十七条引用了中办发[2009]25号第八条、第九条，资料中附有这两条的原文，列明了从重和从轻的具体情节。"),
    ("中办发[2009]25号能查到吗？", "中办发[2009]25号的条文不在我们的资料中。", "中办发[2009]25号的全文在资料里可以查到。"),
    ("《办法》能查到吗？", "《深圳市行政过错责任追究办法》的全文不在我们的资料中。",
     "知识库里收录了《深圳市行政过错责任追究办法》的全文。"),
])
def test_an_outside_text_is_not_held(question, right, wrong):
    both_ways(question, right, wrong, unsupported=True)


def test_a_held_article_is_held():
    """The text of the regulation's own article is in the sources: no claim about an outside one."""
    assert verdict("第十七条讲什么？", "资料中有第十七条的原文：对党政领导干部问责的从重、从轻情节按照中办发[2009]25号第八条、第九条执行。").passed


@pytest.mark.parametrize("right,wrong", [
    # a recipient must follow the passage's own handing-over verb (handed_to.py)
    ("论文说，具体行政行为经复议或诉讼被撤销或部分撤销的，要进行责任审查，存在行政过错的，移送监察机关或主管行政机关处理。",
     "论文介绍了行政复议纠错和行政诉讼败诉责任审查制度：具体行政行为经复议或诉讼被撤销或部分撤销的，要进行责任审查，存在行政过错的，移送法制部门处理。"),
    ("论文说，存在行政过错的，移送监察机关或主管行政机关处理。", "论文说，存在行政过错的，移送法制部门或主管行政机关处理。"),
])
def test_the_recipient_of_a_handover(right, wrong):
    both_ways("论文里说行政复议撤销后怎么处理？", right, wrong, unsupported=True)
