"""Bodies a sentence names by their head noun (…部门, …机关, …机构, …委员会) whose own words the
passage lacks: "纪检监察机关和审计部门…履行有关职责" where 第三条 says 纪检监察机关、组织人事部门.

The closed list of bodies in claims.py (`_BODIES`) knows the seed regulation's bodies; a swapped
member of a list, or an ingested regulation's bodies, are named by the same heads in any wording.
A body counts as the passage's when any two characters of what precedes its head are there
(组织部门 for 组织人事部门, 主管部门 for 卫生健康主管部门): only a body none of whose own words the
passage has (审计) is missing. A determiner (有关, 其他, 上级, 某个, 那个…) ends what names the body:
"具体到某个部门" names none."""
from __future__ import annotations

import re

from .sources import bare

_HEADS = ("委员会", "部门", "机关", "机构")
# a body's words start after a conjunction, a preposition or a particle (纪检监察机关和审计部门: 审计部门)
_NAMED = re.compile(r"(?:(?![和与及或、的是由对向在将把被给从同跟并还也即])[\u4e00-\u9fff]){2,8}?(?:委员会|部门|机关|机构)")
# words that only pick among bodies, never name one (a closed class of determiners)
_DETERMINERS = re.compile(r"有关|相关|其他|其它|上级|下级|同级|各级|本级|所在|这些|那些|哪些|这个|那个|哪个|某个|什么|任何|所有"
                          r"|[该此某各这那哪]")


def missing_bodies(sentence: str, text: str) -> list[str]:
    """The bodies `sentence` names that `text` (the passage) has none of the words of."""
    plain = bare(text)
    out = []
    for m in _NAMED.finditer(bare(sentence)):
        body = m.group(0)
        head = next(h for h in _HEADS if body.endswith(h))
        own = _DETERMINERS.split(body[:-len(head)])[-1]      # what follows the last determiner
        pairs = {own[i:i + 2] for i in range(len(own) - 1)}
        if pairs and not any(p in plain for p in pairs):
            out.append(own + head)
    return out
