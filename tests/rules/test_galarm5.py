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
