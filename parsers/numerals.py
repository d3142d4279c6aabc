"""Chinese numerals as printed in notices: 二〇二五 (digit by digit), 十一, 二十, 两."""

from __future__ import annotations

_DIGITS = {"〇": 0, "○": 0, "零": 0, "O": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
           "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}

CN_DIGIT_CHARS = "〇○零一二两三四五六七八九"
CN_NUMBER_CHARS = CN_DIGIT_CHARS + "十百千"
# "① A公司", "② B公司": items numbered with circled numerals.
CIRCLED_CHARS = "".join(chr(c) for c in range(0x2460, 0x2474))


def to_int(text: str) -> int:
    """``2025``, ``二〇二五``, ``十一``, ``两`` → int; raises ValueError on anything else."""
    text = text.strip()
    if not text:
        raise ValueError("empty numeral")
    if text.isdigit():
        return int(text)
    if all(ch in _DIGITS for ch in text) and len(text) > 1:
        return int("".join(str(_DIGITS[ch]) for ch in text))
    total = 0
    current = 0
    for ch in text:
        if ch in _DIGITS:
            current = _DIGITS[ch]
        elif ch in _UNITS:
            total += (current or 1) * _UNITS[ch]
            current = 0
        else:
            raise ValueError(f"not a numeral: {text!r}")
    return total + current
