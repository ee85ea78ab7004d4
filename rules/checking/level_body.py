"""A body named with a 的 between its level and its name: "两个区的城市管理部门" for the text's
区城市管理部门, "市的应急管理局" for 市应急管理局. The readings of bodies find a body by the text's
own name, so a body said with 的 was no body: the sentence was held to the text's words alone, and
"跨区桥梁由两个区的城市管理部门协商确定" passed where the text gives 跨区桥梁 to 市城管局. Where the
level and the name joined are a name the document itself uses, the 的 goes and the body is read as
the text's (and held to what the text says of it)."""
from __future__ import annotations

import re

_LEVELED = re.compile(r"(?P<level>省|市|区|县|乡|镇|街道)的(?P<name>[\u4e00-\u9fff]{2,12}?"
                      r"(?:部门|局|机关|委员会|办公室|人民政府|办事处))")


def joined(text: str, document: str) -> str:
    """`text` with each "level的name" that the document names as "levelname" written so."""
    if "的" not in text:
        return text
    return _LEVELED.sub(lambda m: m.group("level") + m.group("name")
                        if m.group("level") + m.group("name") in document else m.group(0), text)
