"""Chinese numerals (placeholder until rules.references lands)."""
import cn2an


def cn_int(numeral: str) -> int:
    return int(cn2an.cn2an(numeral, "smart"))


def int_cn(n: int) -> str:
    return str(cn2an.an2cn(n, "low"))
