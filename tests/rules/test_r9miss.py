"""Branch r9miss: the readings that catch round 9's wrong drafts that passed, each tested both
ways: the right sentence passes and wrong ones of the same construction fail, in the words of the
round-9 draft and in other words and articles (see README, "Round 9: the wrong drafts that
passed")."""
from __future__ import annotations

import pytest

from tests.rules.checking import verdict

# (reading, question, right sentences, wrong sentences of the same construction, a word the
# problem of each wrong sentence names)
CASES = [
    # a level word before a department of no level places it (role_measure-005)
    ("level", "较大事故怎么问责？",
     ["较大事故后，区里有关职能部门的分管副职要责令作出书面检查。"],
     ["较大事故后，区里有关职能部门的分管副职会被训诫。", "较大事故后，区级职能部门的分管副职要停职检查。"],
     "区有关职能部门领导分管副职"),
    ("level", "特别重大事故怎么问责？",
     ["特别重大事故后，区里职能部门的分管副职要免职。"],
     ["特别重大事故后，区里职能部门的分管副职要停职检查。"],
     "免职"),
    # a count of situations away from its verb (situations-001)
    ("count", "第五条列了几种情形？",
     ["第五条列举了公共安全管理方面六种应当问责的情形。", "第五条一共写了六种应当问责的情形。"],
     ["第五条列举了公共安全管理方面五种应当问责的情形。", "第五条规定的是公共安全管理方面的四种问责情形。",
      "第五条一共写了七种应当问责的情形。"],
     "6项"),
    ("count", "公共安全管理哪些情况要问责？",
     ["公共安全管理方面，第五条写了六种应当问责的情形。"],
     ["公共安全管理方面，第五条写了三种应当问责的情形。"],
     "6项"),
    # one member of a passage's list said to be all of it (yes_no-003)
    ("only", "第五条第（二）项是不是只针对安全生产领域？",
     ["不是，第（二）项管市场监管、环境保护、土地管理、安全生产、食品药品安全等领域。"],
     ["是的，第（二）项只管安全生产领域发生的公共安全事故。", "第五条第（二）项仅限于环境保护和土地管理领域。"],
     "不只"),
    ("only", "第五条第（四）项是不是只管瞒报？",
     ["不是，第（四）项管瞒报、谎报、迟报、漏报公共安全事故信息。",
      "第五条第（四）项仅限于瞒报、谎报、迟报、漏报公共安全事故信息，或处置失当导致事态恶化的。"],
     ["是的，第（四）项只管瞒报公共安全事故信息。"],
     "谎报"),
    ("only", "第十三条的原则是什么？",
     ["第十三条讲了严格要求、实事求是、权责一致、惩教结合原则。"],
     ["第十三条只讲了实事求是原则。"],
     "权责一致"),
    # leaders of a scope row said to be outside the scope (scope-002)
    ("scope", "党政领导干部包括哪些人？",
     ["第二条所称党政领导干部包括街道党政领导成员。上列工作部门内设机构领导成员也在此列。",
      "按第二条，市委、市政府工作部门领导班子成员属于党政领导干部。"],
     ["第二条所称党政领导干部包括街道党政领导成员。部门内设机构的负责人不在此列。",
      "按第二条，市委、市政府工作部门的负责人不属于党政领导干部。"],
     "所称党政领导干部包括"),
    # an absence of a time limit where the text gives a span (absence-002)
    ("limit", "召开现场会有时间要求吗？",
     ["第十四条规定区委、区政府应在24小时内召开现场会。", "第十二条没有规定成立问责组的具体时限，只说立即成立。",
      "一般事故没有规定召开现场会的时限。", "第十五条没有规定进一步问责的期限。"],
     ["条文只是说事故发生后要召开现场会，并没有规定具体的时限。", "规定对召开现场会没有时间上的要求。",
      "第十四条没有规定区委、区政府召开现场会的时限。", "较大事故没有规定召开现场会的时限。"],
     "24小时内"),
    # an adverb of degree before an absence is no thing said to be missing (absence-003)
    ("degree", "报告提到问责了吗？",
     ["报告完全没有提到撤职。"],
     ["报告根本没有提到问责。", "报告压根没有提到明察暗访。",
      "报告只讲了法治政府和作风建设，完全没有提到问责。"],
     "见于"),
    # a claim said of every accident, judged under each severity (absence-005)
    ("every", "现场会由谁召开？",
     ["并不是所有事故都由市委、市政府召开现场会：特别重大和重大事故由市委、市政府召开，较大事故由区委（党工委）、区政府（管委会）召开。",
      "所有公共安全责任事故发生后，都要立即成立事故问责组。"],
     ["规定对所有公共安全责任事故都统一由市委、市政府在24小时内召开现场会处理。",
      "不论事故大小，都由市委、市政府召开现场会。"],
     "较大事故"),
    ("every", "街道正职会怎样？",
     ["较大事故后，街道党政领导正职要责令公开道歉。"],
     ["无论哪一级事故，街道党政领导正职都要责令公开道歉。"],
     "特别重大事故"),
    # the accident group said to be part of the body it works alongside (conductors-005)
    ("merged", "问责组和调查组什么关系？",
     ["事故问责组与事故调查组同步开展问责调查工作。", "事故问责组不是事故调查组的一部分。",
      "问责调查不由事故调查组负责，而由事故问责组与事故调查组同步开展。"],
     ["问责组并入事故调查组，由事故调查组统一开展问责调查。", "事故问责组是事故调查组的一部分。",
      "问责调查由事故调查组统一负责。", "事故问责组纳入事故调查组统一管理。"],
     "不并入"),
]


@pytest.mark.parametrize("reading,question,rights,wrongs,named", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_both_ways(reading: str, question: str, rights: list[str], wrongs: list[str], named: str) -> None:
    for right in rights:
        ok = verdict(question, right)
        assert ok.passed, (right, ok.problems)
    for wrong in wrongs:
        bad = verdict(question, wrong)
        assert not bad.passed, wrong
        # caught by the reading, not by chance: its problem names what the reading reads
        assert any(named in p for p in bad.problems), (wrong, bad.problems)
