"""The bot's own words (Chinese, plain text; rendering escapes them)."""
from __future__ import annotations

COMMANDS = [
    ("start", "开始：选择身份"),
    ("help", "使用说明"),
    ("case", "按事故等级和职务查初步问责决定"),
    ("complaint", "市民投诉政府部门：会怎么处理"),
    ("article", "查看条文：/article 14"),
    ("sources", "知识库收录了什么、缺什么"),
    ("matrix", "事故等级 × 职务 问责表（图片）"),
    ("drill", "培训练习：/drill 5 事故"),
    ("score", "我的练习成绩"),
    ("leaderboard", "本群练习排行榜"),
    ("report", "练习报告（发起练习的培训师、管理员）"),
    ("grade", "逐句批改书面回答：/grade 题目｜回答"),
    ("review", "复习我答错的练习题"),
    ("new", "开始新对话（清除上下文）"),
    ("forget", "删除我的数据"),
]

WELCOME = ("你好！我是问责助手，依据《深圳市党政领导干部问责暂行规定》等文件回答问责问题，"
           "每个回答都引用所依据的条文。\n请问你是？")
EXAMPLES = {
    "official": "例如：重大事故后街道书记会被怎么处理？ / 给予停职检查走什么程序？ / 用 /case 逐步查询。",
    "citizen": "例如：投诉政府部门不作为找谁？ / 部门失职要不要向老百姓道歉？ / 用 /complaint 查看投诉会怎么处理。",
    "trainer": "例如：/drill 5 事故 在群里出 5 道练习题（/drill 10 程序 30s 每题限时 30 秒）；/leaderboard 看排行；"
               "/report 看本次练习报告；/loadquiz 载入自己的题库（需授权）。",
}
HELP = ("直接发问题即可（群里请 @我 或回复我的消息）。追问时只说变化的部分，如“那重大事故呢？”。\n"
        "/case 按事故等级和职务查询 · /complaint 市民投诉路径 · /article 14 查看第十四条 · /sources 知识库内容 · "
        "/matrix 问责表图片 · /drill 10 程序 30s 练习（可限时） · /score 成绩 · /leaderboard 排行榜 · "
        "/report 练习报告（培训师） · /new 新对话 · /forget 删除我的数据。\n"
        "/grade 题目｜回答 逐句批改书面回答（也可回复题目消息发送 /grade 回答） · /review 复习答错的练习题。\n"
        "回答依据规则和原文，不构成法律意见。")
NOT_TEXT = "我只能读文字消息。请用文字提问，例如：较大事故街道主任会受什么处理？"
EDITED = "我不会重新回答修改过的消息；请把修改后的问题重新发一遍。"
TOO_FAST = "提问太频繁了（每分钟最多 {n} 个问题），请稍等一会儿再问。"
UNKNOWN_COMMAND = "没有这个命令。发送 /help 查看可用的命令。"
ADMIN_ONLY = "此命令仅限管理员。"
INGEST_USAGE = ("用法：发送一个法规文件（.docx、.pdf、.html、.txt 或 .md），并在说明中写 /ingest 标题"
                "（标题可省略：省略时取文件中的标题）；或回复该文件发送 /ingest。")
TRAINER_ONLY = "此命令仅限培训师或管理员。"
ERROR = "抱歉，处理这条消息时出错了，请稍后再试。"
DEGRADED = "注意：知识库索引暂时不可用，目前只回答规则能判断的问题和按条号查看条文。"
INCOMPLETE = "（回答未完整发送：网络出错。请再问一次。）"
ARTICLE_USAGE = "用法：/article 14（或 /article 第十四条）。《{title}》共{count}条。"   # the rule book fills in
CASE_SEVERITY = "第一步：{question}"          # the rule book's question for the severity
CASE_ROLE = "第二步：{severity}。被问责的是哪一级干部？"
COMPLAINT_START = "发生了什么？选择最接近的一项："
LOADQUIZ_USAGE = ("用法：发送一个 YAML 题库文件，并在说明中写 /loadquiz 名称（或回复该文件发送 /loadquiz 名称）。"
                  "格式与生成的练习题相同：每题 question、options、correct（从 0 开始）、explanation（不超过 200 字）、article。")
REPORT_NONE = "这里还没有练习。发送 /drill 开始。"
REPORT_ONLY = "只有发起这次练习的培训师和管理员可以查看练习报告。"
FEEDBACK_THANKS = "已记录，谢谢反馈。"
FEEDBACK_REASON = "如愿意，请直接回复本消息说明哪里有误（可选）。"
REASON_THANKS = "已记录原因，谢谢。我们会核对。"


def drill_usage(topics: list[str], sets: list[str]) -> str:
    extra = f"；题库：{'、'.join(sets)}" if sets else ""
    return (f"用法：/drill [题数 1–20] [主题] [每题限时，如 30s（5–600 秒）]，例如 /drill 10 程序 30s。"
            f"主题：{'、'.join(topics)}{extra}。")


def drill_done(n: int, board: list[tuple[str, int, int]]) -> str:
    lines = [f"练习结束，共 {n} 题。本群排行榜："]
    lines += [f"{i}. {name}：答对 {right}/{answered}" for i, (name, right, answered) in enumerate(board, 1)]
    if not board:
        lines.append("（还没有人作答）")
    return "\n".join(lines)

FORGET_ASK = ("将删除你的对话上下文、身份选择、待答的追问、练习成绩和反馈，并清空审计记录中你的问题和回答文字"
              "（记录本身保留用于统计，不含文字）。确定吗？")
FORGET_DONE = "已删除你的数据。"
FORGET_CANCELLED = "已取消，什么也没有删除。"
FORGET_NOT_YOURS = "只有发出 /forget 的人可以确认。"

GRADE_USAGE = ("用法：/grade 题目｜回答（竖线前是题目，后是学员自己写的回答），"
               "或回复题目消息发送 /grade 回答。每句话标 ✅ 有依据、❌ 与规定不符、⚠️ 无依据，最后附参考答案。")
GRADE_QUESTION = "（批改）{question}"                # the graded question as a drill question
GRADE_OPTIONS = ["每句都有依据", "有错误或无依据"]
GRADE_EXPLANATION = "书面回答逐句批改：每句都有依据才算答对。"
REVIEW_PRIVATE = "复习是个人的：请私聊我发送 /review。"
REVIEW_NONE = "没有需要复习的题目：你答错的练习题都已经答对了。"
REVIEW_START = "复习：{n} 道你答错过的题{more}。答对的题以后不再出现，答错的下次 /review 还会再出。"
