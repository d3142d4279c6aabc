"""Chinese names that translate a Latin listed name word for word (记录未来 for Recorded Future, 技术洞察 for
TechInsights), where the listed Chinese name, if any, renders it otherwise or keeps it in Latin letters.

A Chinese query is cut into words of a glossary of the common English words of companies' names (colours, animals,
things of nature, a trade's words; the generic words of ``normalize.ZH_GENERIC_EN`` too), every character in a
word, and each cut is read as the English words it may translate. A reading meets a Latin listed name when the two
have the same distinctive words in the same order and the query's generic words are the listed name's or say only
what kind of company it is (Holdings, Group); a name of generic words alone must be the same words. A Latin word
written of two glossary words ("TechInsights") is read as both. Other translations of one word are expected, so
a hit is a review hit, never a match on its own.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import product

from policywatch.screening.normalize import ZH_GENERIC_EN, _latin_word, clean_text, token_weight

# Chinese word → the English words it translates in companies' names, alternatives apart with "|". Keys are read
# through ``clean_text`` (traditional forms, Taiwan words and ``ZH_SAME_WORDS`` folded), as a query is.
GLOSSARY_ZH_EN: dict[str, str] = {
    # colours
    "红": "red", "红色": "red", "赤": "red", "蓝": "blue", "蓝色": "blue", "绿": "green", "绿色": "green",
    "黑": "black", "黑色": "black", "白": "white", "白色": "white", "金": "gold|golden", "金色": "gold|golden",
    "银": "silver", "银色": "silver", "灰": "gray|grey", "黄": "yellow", "紫": "purple", "橙": "orange",
    # animals
    "猫": "cat", "鹰": "eagle|hawk", "猎鹰": "falcon", "隼": "falcon", "狼": "wolf", "狮": "lion", "狮子": "lion",
    "虎": "tiger", "老虎": "tiger", "熊": "bear", "狐": "fox", "狐狸": "fox", "龙": "dragon", "鲨": "shark",
    "鲨鱼": "shark", "蜂": "bee", "黄蜂": "hornet|wasp", "蝎": "scorpion", "蝎子": "scorpion", "渡鸦": "raven",
    "乌鸦": "crow|raven", "凤凰": "phoenix", "野马": "mustang", "马": "horse", "鸟": "bird", "蛇": "snake|viper",
    "眼镜蛇": "cobra", "猎豹": "cheetah", "豹": "leopard|panther", "鹈鹕": "pelican", "海豚": "dolphin",
    # nature and things
    "星": "star", "星星": "star", "太阳": "sun|solar", "月": "moon", "月亮": "moon", "天空": "sky", "云": "cloud",
    "雷": "thunder", "闪电": "lightning", "风暴": "storm", "风": "wind", "火": "fire", "水": "water", "冰": "ice",
    "山": "mountain", "峰": "peak", "顶峰": "summit|peak", "河": "river", "湖": "lake", "海": "sea", "岩石": "rock",
    "石": "stone|rock", "铁": "iron", "钢": "steel", "光": "light", "影": "shadow", "阴影": "shadow",
    "地平线": "horizon", "极光": "aurora", "边缘": "edge", "前沿": "frontier|edge", "桥": "bridge", "门": "gate",
    "塔": "tower", "护盾": "shield", "盾": "shield", "剑": "sword", "箭": "arrow", "矛": "spear", "锤": "hammer",
    "锚": "anchor", "钥匙": "key", "地球": "earth", "世界": "world", "太平洋": "pacific", "大西洋": "atlantic",
    "北方": "north|northern", "南方": "south|southern", "东方": "east|eastern", "西方": "west|western",
    "岛": "island", "港": "harbor|port", "沙漠": "desert", "森林": "forest", "草原": "prairie", "钻石": "diamond",
    "水晶": "crystal", "蓝宝石": "sapphire", "红宝石": "ruby", "珍珠": "pearl", "翡翠": "jade|emerald",
    "立方": "cubic|cube", "立方体": "cubic|cube", "菱形": "rhombus", "圆": "circle", "环": "ring",
    "操纵杆": "stick|joystick", "方向舵": "rudder", "舵": "rudder|helm", "帆": "sail", "桨": "paddle|oar",
    "矩阵": "matrix", "网格": "grid", "核心": "core", "顶点": "apex|vertex", "巅峰": "apex|peak",
    # qualities and ideas
    "未来": "future", "记录": "record|recorded", "记录的": "recorded", "来源": "source", "源": "source",
    "情报": "intelligence", "智能": "intelligence|intelligent|smart", "智慧": "wisdom|smart", "洞察": "insight",
    "动力": "power|force|dynamic", "力": "force|power", "急速": "rapid|quick|fast|swift", "飞行": "flight|flying",
    "自治": "autonomy|autonomous", "维度": "dimension", "环球": "universal|global", "寰宇": "universal",
    "潜水": "dive|diving", "侦察": "recon|reconnaissance|scout", "工艺": "craft", "视觉": "vision|visual",
    "视野": "vision|view", "信号": "signal", "脉冲": "pulse", "波": "wave", "量子": "quantum",
    "精确": "precision|precise", "精准": "precision|precise", "先进": "advanced", "应用": "applied",
    "综合": "integrated", "集成": "integrated|integration", "自由": "freedom|liberty", "独立": "independence",
    "爱国者": "patriot", "先锋": "pioneer|vanguard", "哨兵": "sentinel", "守护者": "guardian", "守护": "guardian",
    "勇士": "warrior", "战士": "warrior", "骑士": "knight", "猎人": "hunter", "探索": "explore|exploration",
    "发现": "discovery", "创新": "innovation|innovative", "突破": "breakthrough", "远征": "expedition",
    "任务": "mission", "路径": "path", "开放": "open", "信任": "trust", "真理": "truth", "和平": "peace",
    "胜利": "victory", "荣耀": "glory", "永恒": "eternal", "无限": "infinite|infinity", "统一": "unified",
    "新": "new", "第一": "first", "真": "true", "纯": "pure", "简单": "simple", "敏捷": "agile", "迅捷": "swift",
    "高级": "advanced", "超级": "super", "全": "total|all", "远程": "remote", "移动": "mobile", "实时": "realtime",
    # a trade's words that ``ZH_GENERIC_EN`` does not hold
    "数据": "data", "软件": "software", "硬件": "hardware", "数字": "digital", "机器人": "robot|robotic",
    "自动化": "automation", "光子": "photonic", "声学": "acoustic", "雷达": "radar", "卫星": "satellite",
    "火箭": "rocket", "导弹": "missile", "无人": "unmanned", "物理": "physic", "化学": "chemical",
    "材料": "material", "电力": "power|electric", "电气": "electric", "工具": "tool", "仪器": "instrument",
    "设计": "design", "开发": "development", "方案": "solution", "伙伴": "partner", "合作伙伴": "partner",
    "协会": "association", "联盟": "alliance", "中心": "center|centre", "大学": "university",
    "学院": "institute|academy|college", "基金会": "foundation", "委员会": "council|committee", "论坛": "forum",
    "供应": "supply", "运输": "transport|transportation", "航运": "shipping", "船": "ship|boat", "船舶": "ship|marine",
    "飞机": "aircraft", "飞行器": "aircraft|vehicle", "车辆": "vehicle", "动力学": "dynamic", "资本": "capital",
    "风险投资": "venture", "战略": "strategic", "防务": "defense", "技术": "technology", "科技": "technology",
    "海洋": "ocean|marine", "全球": "global", "联合": "united|joint|allied", "国家": "national", "公司": "company",
}
# Generic words a query may add to a listed name's: they say what kind of company it is, not which.
KIND_WORDS = frozenset({"holding", "group", "company", "enterprise", "industry", "international"})
LINKING = frozenset("与和及暨")
MAX_READINGS = 64
MIN_DISTINCT_CHARS = 2  # one character translated is too little to say which name it is
_COMPOUND_MIN = 3  # letters of each part of a Latin word read as two glossary words


def _alternatives(english: str) -> tuple[tuple[str, ...], ...]:
    return tuple(dict.fromkeys(tuple(_latin_word(w) for w in alt.split()) for alt in english.split("|")))


@lru_cache(maxsize=1)
def glossary() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Chinese word (as ``clean_text`` makes it) → its English readings, as ``normalize`` makes the words."""
    out: dict[str, tuple[tuple[str, ...], ...]] = {}
    for source in (ZH_GENERIC_EN, GLOSSARY_ZH_EN):
        for zh, english in source.items():
            if english:
                key = clean_text(zh)
                out[key] = tuple(dict.fromkeys((*out.get(key, ()), *_alternatives(english))))
    return out


@lru_cache(maxsize=1)
def _longest() -> int:
    return max(len(k) for k in glossary())


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    return frozenset(w for readings in glossary().values() for alt in readings for w in alt)


def _cuts(key: str) -> list[list[str]]:
    """The ways of cutting a Chinese key into glossary words (linking characters left out), at most MAX_READINGS."""
    words = glossary()
    out: list[list[str]] = []

    def walk(i: int, path: list[str]) -> None:
        if len(out) >= MAX_READINGS:
            return
        if i == len(key):
            out.append(list(path))
            return
        if key[i] in LINKING and path:
            walk(i + 1, path)
            return
        for n in range(min(_longest(), len(key) - i), 0, -1):
            if key[i : i + n] in words:
                path.append(key[i : i + n])
                walk(i + n, path)
                path.pop()

    walk(0, [])
    return out


@dataclass(frozen=True, slots=True)
class Reading:
    """One English reading of a Chinese name: its words, and which Chinese word gave which."""

    words: tuple[str, ...]
    gloss: str
    distinct_chars: int  # characters of the words read as distinctive English words


@lru_cache(maxsize=65_536)
def zh_readings(key: str) -> tuple[Reading, ...]:
    """The English readings of a Chinese key, word for word; () when a character is in no glossary word."""
    words = glossary()
    out: list[Reading] = []
    for cut in _cuts(key):
        for choice in product(*(words[w] for w in cut)):
            english = tuple(t for alt in choice for t in alt)
            gloss = ", ".join(f"{zh}={' '.join(alt)}" for zh, alt in zip(cut, choice, strict=True))
            distinct = sum(len(zh) for zh, alt in zip(cut, choice, strict=True) if any(_distinctive(t) for t in alt))
            out.append(Reading(english, gloss, distinct))
            if len(out) >= MAX_READINGS:
                return tuple(out)
    return tuple(out)


def _distinctive(token: str) -> bool:
    return token_weight(token) >= 0.5


def listed_words(tokens: Iterable[str]) -> tuple[str, ...]:
    """A Latin name's tokens, a word written of two glossary words read as both ("techinsight" → technology,
    insight)."""
    vocabulary = english_words()
    out: list[str] = []
    for token in tokens:
        if token not in vocabulary and token.isalpha():
            for i in range(_COMPOUND_MIN, len(token) - _COMPOUND_MIN + 1):
                head, tail = _latin_word(token[:i]), _latin_word(token[i:])
                if head in vocabulary and tail in vocabulary:
                    out.extend((head, tail))
                    break
            else:
                out.append(token)
        else:
            out.append(token)
    return tuple(out)


class TranslationIndex:
    """Latin listed names by their distinctive words, for ``lookup`` of a Chinese query's readings."""

    def __init__(self) -> None:
        self._by_distinct: dict[tuple[str, ...], list[tuple[int, frozenset[str], tuple[str, ...]]]] = {}

    def __bool__(self) -> bool:
        return bool(self._by_distinct)

    def add(self, idx: int, tokens: tuple[str, ...]) -> None:
        words = listed_words(tokens)
        distinct = tuple(t for t in words if _distinctive(t))
        generic = frozenset(t for t in words if not _distinctive(t))
        if distinct or len(words) >= 2:
            self._by_distinct.setdefault(distinct, []).append((idx, generic, words))

    def lookup(self, key: str) -> list[tuple[int, Reading]]:
        """(listed name, the reading that meets it) for each listed name a reading of the Chinese key meets."""
        found: dict[int, Reading] = {}
        for reading in zh_readings(key):
            distinct = tuple(t for t in reading.words if _distinctive(t))
            if reading.distinct_chars < MIN_DISTINCT_CHARS if distinct else len(reading.words) < 2:
                continue
            generic = {t for t in reading.words if not _distinctive(t)}
            for idx, listed_generic, words in self._by_distinct.get(distinct, ()):
                if idx in found:
                    continue
                if distinct and generic <= listed_generic | KIND_WORDS or not distinct and reading.words == words:
                    found[idx] = reading
        return sorted(found.items())
