"""Which questions the assistant refuses before it looks anything up.

An attempt to override the instructions or to extract the configuration is not a question about
the regulations, whatever words it borrows from them; the assistant declines it without searching
or calling a model. This is the assistant's policy, not retrieval's: `wenze search "api key"`
searches, as a search should.

A request for something other than an answer from the documents (a poem, a translation, code, a
joke, small talk) is declined the same way, before retrieval: its words ("春天", "工作") would
otherwise retrieve a paragraph that has nothing to do with it. The policy is data — request verbs
and the things no document here is — so a new request of the same kind needs no new code.
"""
from __future__ import annotations

import re

_INJECTION = re.compile(
    r"(忽略|无视|忘记|忘掉|不要理会|跳过)[^。？！]{0,12}(指令|指示|规则|设定|要求|提示)"
    r"|(提示词|系统提示|system\s*prompt|prompt|api\s*key|\bkey\b|密钥|口令|配置文件|你的配置|环境变量|token|wenze_\w+)"
    r"|ignore\s+(all\s+)?(previous|above|prior)\s+instructions",
    re.I,
)


# What a request asks to be made: nothing any document of the knowledge base is or holds.
_MADE = ("诗", "诗歌", "古诗", "歌", "歌词", "小说", "故事", "笑话", "段子", "作文", "散文", "对联",
         "情书", "文案", "广告", "祝福语", "代码", "小程序", "脚本", "函数", "算法", "python", "java", "sql",
         "javascript", "c\\+\\+", "正则", "图片", "画", "菜谱", "食谱", "谜语", "绕口令")
# The verbs of a request to make, tell or play something.
# (来 only before what it asks for, 来一首 / 来个: 台风来之前…广告牌 is a time, no request)
_VERBS = ("写", "作", "编", "创作", "生成", "画", "讲", "说", "来(?=[一两几个首段篇则句点张幅])", "唱", "猜", "出个", "出一个", "出道", "给我", "帮我", "替我")
_REQUEST = re.compile(
    r"(" + "|".join(_VERBS) + r")[^。？！?!]{0,8}?(" + "|".join(_MADE) + r")(?![\u4e00-\u9fff]*(规定|条|问责))",
    re.I,
)
# Translation, whatever it is asked of, is not an answer from the documents.
_TRANSLATE = re.compile(r"翻译|译成|译为|translate|用(英文|英语|日语|法语)(说|写|回答|表达)?|(英文|英语)怎么说", re.I)
# Small talk: a greeting or a question about the assistant itself, and nothing else.
_CHAT = re.compile(
    r"^(你好|您好|嗨|哈喽|hi|hello|hey|早上好|晚上好|在吗|在不在|你好吗|你是谁|你叫什么(名字)?|你几岁了?|"
    r"你是机器人吗|你会什么|谢谢|谢谢你|多谢|再见|拜拜|无聊|陪我聊(聊|天)|聊聊天|我们聊聊)"
    r"[啊呀呢吧吗嘛哦哈～~，,。！!？? ]*$",
    re.I,
)


def refuse(question: str) -> str | None:
    """The reason to decline `question` unanswered ("injection" or "off_topic", keys of DECLINE in
    bot/core/texts.py), or None to answer it. Expects the normalized question."""
    if _INJECTION.search(question):
        return "injection"
    if _REQUEST.search(question) or _TRANSLATE.search(question) or _CHAT.match(question.strip()):
        return "off_topic"
    return None
