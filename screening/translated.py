"""Chinese names that translate a Latin listed name word for word (红色六解决方案 for Red Six Solutions, 科技洞察
for TechInsights), where the listed Chinese name, if any, renders it otherwise or keeps it in Latin letters.

A Chinese query is cut into words of a glossary of the common English words of companies' names (colours, animals,
things of nature, a trade's words; the generic words of ``normalize.ZH_GENERIC_EN`` too), every character in a
word, and each cut is read as the English words it may translate. A reading meets a Latin listed name when the two
have the same distinctive words in the same order and the query's generic words are the listed name's or say only
what kind of company it is (Holdings, Group); a name of generic words alone must be the same words. A Latin word
written of two glossary words ("TechInsights") is read as both. A name may also start with its brand rendered by
sound, in the characters transliterations are written with, and translate the rest (塞拉技术服务 for Sierra
Technical Services): the brand's consonant skeleton must be the listed first word's. Other translations of
one word are expected, so a hit is a review hit, never a match on its own.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import product

from policywatch.screening.chinese import TRANSLITERATION_CHARS, latin_skeleton, rendered_skeleton
from policywatch.screening.normalize import ZH_GENERIC_EN, _latin_word, clean_text, phonetic_key, token_weight

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
    # numbers
    "一": "one", "二": "two", "两": "two", "三": "three", "四": "four", "五": "five", "六": "six", "七": "seven",
    "八": "eight", "九": "nine", "十": "ten", "百": "hundred", "千": "thousand",
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
    "风险投资": "venture", "战略": "strategic", "防务": "defense",
    "海洋": "ocean|marine", "全球": "global", "联合": "united|joint|allied", "国家": "national", "公司": "company",
    "技术": "technology|technical", "科技": "technology|technical", "船运": "shipping", "海运": "shipping",
    "航空": "aviation|aerospace", "造船厂": "shipyard", "船厂": "shipyard", "船坞": "shipyard|dock",
    # places a company is named after that Chinese translates, not renders by sound (费城, "fee city", for
    # Philadelphia, and for Philly, as its people call it): a rendered place is a brand's sound like any other
    "费城": "philadelphia|philly", "旧金山": "san francisco", "凤凰城": "phoenix", "檀香山": "honolulu",
    "美国": "usa|us",  # America is ZH_GENERIC_EN's; a name writes USA too
    "东京": "tokyo", "大阪": "osaka", "神户": "kobe",  # Japanese places, written in their own kanji
}
# Generic words a query may add to a listed name's, or leave out of it: they say what kind of company it is, not
# which (as 运营 is a company-kind word, ``chinese.COMPANY_KIND_ZH``).
KIND_WORDS = frozenset({"holding", "group", "company", "enterprise", "industry", "international", "operation"})
# A hit whose words are the listed name's, no kind word added or left out, ranks above one that differs so.
SAME_WORDS_BONUS = 0.02
MIN_HEAD_CLASSES = 2  # consonant classes of a brand rendered before translated words (塞拉 for Sierra: S, L)
MIN_HEAD_CHARS = 2
BRAND_OWN_CHARS = 3  # characters at most of a brand in its own characters (not transliteration characters)
OWN_BRAND_WORDS = 3  # translated words after such a brand when none is distinctive: two generic ones are common
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
def glossary_chars() -> frozenset[str]:
    """The characters of the glossary's words and the linking characters: a translation is written in these."""
    return frozenset("".join(glossary()) + "".join(LINKING))


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
    if not glossary_chars().issuperset(key):
        return ()  # most Chinese names: a character in no glossary word, answered without cutting
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


def _skeletons(skeleton: str) -> list[str]:
    """A consonant skeleton as it is and without its glides (Hanwha's w is 华's u), when long enough."""
    return [v for v in dict.fromkeys((skeleton, skeleton.replace("W", ""))) if len(v) >= MIN_HEAD_CLASSES]


@lru_cache(maxsize=65_536)
def _zh_skeleton(chars: str) -> str:
    """The consonant skeleton of Chinese characters read as a transliteration (力尔 is one l, as in
    ``chinese.zh_rendering``)."""
    out: list[str] = []
    for syllable in phonetic_key(chars).split("-"):
        if not syllable.isascii():
            return ""
        if syllable != "er" or not out or not out[-1].endswith("L"):
            out.append(rendered_skeleton(syllable, first=not out))
    return "".join(out)


@dataclass(frozen=True, slots=True)
class TranslationHit:
    """A listed name a Chinese query translates, and how: the gloss of its words, and the brand's rendering."""

    idx: int
    gloss: str
    same_words: bool  # no kind word added or left out


def _meets(reading: tuple[str, ...], listed: tuple[str, ...], listed_generic: frozenset[str], *,
           branded: bool) -> bool | None:
    """Whether a reading's words meet a listed name's (same distinctive words, asked by the caller's key): True
    when they are the same words, False when they differ only by kind words, None when they do not meet. Generic
    words alone must be the same words ("Universal Logistics" is no "Universal Logistics Holdings"), kind words aside
    only after a brand the query renders (``branded``)."""
    if reading == listed:
        return True
    generic = {t for t in reading if not _distinctive(t)}
    if any(_distinctive(t) for t in reading):
        return False if generic <= listed_generic | KIND_WORDS else None
    core = tuple(t for t in reading if t not in KIND_WORDS)
    return False if branded and core and core == tuple(t for t in listed if t not in KIND_WORDS) else None


class TranslationIndex:
    """Latin listed names by their distinctive words, for ``lookup`` of a Chinese query's readings."""

    def __init__(self) -> None:
        self._by_distinct: dict[tuple[str, ...], list[tuple[int, frozenset[str], tuple[str, ...]]]] = {}
        # (consonant skeleton of the first word, distinctive words of the rest) → names: a brand rendered by sound
        # and the rest translated (赫德森科技 for Hudson Technologies).
        self._by_head: dict[tuple[str, tuple[str, ...]], list[tuple[int, str, frozenset[str], tuple[str, ...]]]] = {}

    def __bool__(self) -> bool:
        return bool(self._by_distinct)

    def add(self, idx: int, tokens: tuple[str, ...]) -> None:
        words = listed_words(tokens)
        distinct = tuple(t for t in words if _distinctive(t))
        generic = frozenset(t for t in words if not _distinctive(t))
        if distinct or len(words) >= 2:
            self._by_distinct.setdefault(distinct, []).append((idx, generic, words))
        head, rest = words[0] if words else "", words[1:]
        if rest and head.isalpha() and _distinctive(head):
            rest_distinct = tuple(t for t in rest if _distinctive(t))
            rest_generic = frozenset(t for t in rest if not _distinctive(t))
            for skeleton in _skeletons(latin_skeleton(head)):
                self._by_head.setdefault((skeleton, rest_distinct), []).append((idx, head, rest_generic, rest))

    def lookup(self, key: str) -> list[TranslationHit]:
        """The listed names a reading of the Chinese key meets, word for word or with its first part a rendering of
        the listed name's first word; the same words first."""
        found: dict[int, TranslationHit] = {}

        def keep(hit: TranslationHit) -> None:
            current = found.get(hit.idx)
            if current is None or hit.same_words and not current.same_words:
                found[hit.idx] = hit

        # Most Chinese names end in a word of no glossary and start with a firm's own word: where the translated
        # part may start (``start``) and the rendered one end (``end``) answer that without reading them.
        chars = glossary_chars()
        start = len(key)
        while start > 0 and key[start - 1] in chars:
            start -= 1
        if start == 0:
            for reading in zh_readings(key):
                distinct = tuple(t for t in reading.words if _distinctive(t))
                if reading.distinct_chars < MIN_DISTINCT_CHARS if distinct else len(reading.words) < 2:
                    continue
                for idx, listed_generic, words in self._by_distinct.get(distinct, ()):
                    same = _meets(reading.words, words, listed_generic, branded=False)
                    if same is not None:
                        keep(TranslationHit(idx, reading.gloss, same))
        end = 0
        while end < len(key) - 1 and key[end] in TRANSLITERATION_CHARS:
            end += 1
        rendered = end
        if start <= BRAND_OWN_CHARS < len(key):
            # A brand written in its own characters, read as they sound (韩华 for Hanwha, a Korean name's Hanja):
            # two or three characters of any kind before translated words.
            end = max(end, BRAND_OWN_CHARS)
        for cut in range(max(MIN_HEAD_CHARS, start), end + 1) if self._by_head else ():
            skeletons = _skeletons(_zh_skeleton(key[:cut]))
            for reading in zh_readings(key[cut:]) if skeletons else ():
                distinct = tuple(t for t in reading.words if _distinctive(t))
                if cut > rendered and not distinct and len(reading.words) < OWN_BRAND_WORDS:
                    continue  # a Chinese firm's own words sound like a brand as often (达盛科技 is no Dasen Tech)
                for variant in skeletons:
                    for idx, head, listed_generic, rest in self._by_head.get((variant, distinct), ()):
                        same = _meets(reading.words, rest, listed_generic, branded=True)
                        if same is not None:
                            keep(TranslationHit(idx, f"{key[:cut]}~{head} (consonants {variant}), {reading.gloss}",
                                                same))
        return sorted(found.values(), key=lambda h: (not h.same_words, h.idx))
