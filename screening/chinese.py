"""Chinese names scored by characters and pinyin, with the generic parts down-weighted.

A Chinese name is one run of characters with no spaces, so the token matcher sees "安杜里尔工业" and "安杜里尔"
as two different words. Here a name is a sequence of elements: each Chinese character (with its toneless pinyin
and a "folded" pinyin that merges sounds transliterations confuse: d/t, b/p, g/k, n/l/r, zh/z, -ng/-n, ei/ai,
ou/uo/ao, ui/i) and each Latin word (IHI原动机). Characters inside a generic word (工业, 系统, 科技 …) weigh a quarter.

Two names are aligned on their folded pinyin (longest common subsequence); an aligned pair earns 1.0 for the
same character, 0.95 for the same pinyin (伊比鲁斯/伊庇鲁斯) and 0.8 for a folded sound (莱多斯/雷多斯). The
score is a weighted Dice over both names. Most of the listed name's distinctive weight must be found, so two
names that share only generic words or a common syllable stay apart. Linking characters (与, 及, 和) weigh nothing
and generic synonyms compare as one word (科技/技术, 防卫/防务, 航空/宇航/航天). When each name has a part of its own
the score is multiplied by 0.9, and a query inside the listed name (a parent) or sharing its brand and going on
with its own part (a sibling) is ``related``: a review hit, never a match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz.distance import Indel, LCSseq

from policywatch.screening.normalize import (
    GENERIC_WORDS_ZH,
    LEGAL_FORMS_ZH,
    ZH_GENERIC_EN,
    NormalName,
    is_cjk,
    phonetic_key,
    token_weight,
)

# Like a Latin word: a distinctive run of characters weighs 1, a generic word a quarter, spread over its characters.
GENERIC_WORD_WEIGHT = 0.25
SAME_PINYIN = 0.95
FOLDED_PINYIN = 0.8
# The second reading, when the first finds too little: syllables aligned on their initial sound alone (特利丹/特励达,
# 埃科戴恩/埃科达因: other transliterations of one foreign name), a distinctive syllable pair earning this much, at
# most half of the aligned distinctive syllables (of three or more) and never a generic one.
COARSE_PINYIN = 0.75
MIN_DISTINCT_FOUND = 0.75  # share of the listed name's distinctive weight the query must carry
MIN_DISTINCT_CHARS = 2
STRAY = 0.2  # unmatched weight below this is a stray character (重工业/重工), not a part of the name
CONFLICT_FACTOR = 0.9  # a part of the query in place of a part of the listed name, as for Latin words
# Generic words that mean the same (科技/技术 "technology", 防卫/防务 "defence", 空间/太空 "space"): one spelling
# for both when names are compared, so a synonym is no word in place of another.
# 航空/航天/宇航/航空宇宙 all render "Aero", "Aeronautics" and "Aerospace" in companies' names.
SYNONYMS_ZH: dict[str, str] = {"科技": "技术", "防卫": "防务", "国防": "防务", "空间": "太空", "宇航": "航天",
                               "航空宇宙": "航天", "航空航天": "航天", "航空": "航天",
                               "体系": "系统"}
# Synonyms that say "national" too (国防, national defence): a company's Defense after its brand, a state's body at a
# name's start.
NATIONAL_ZH = frozenset({"国防"})
# Generic words that say what kind of company a name is, not which unit: a name without them is no parent.
COMPANY_KIND_ZH = frozenset({"工业", "实业", "控股", "国际", "企业", "股份", "科技", "技术", "运营"})
# Characters that join two parts of a name (吉布斯与考克斯, 军械及战术系统): weightless, like "and".
LINKING_ZH = frozenset("与和及暨")
LINKING_WEIGHT = 0.02
_GENERIC_BY_LENGTH = sorted(GENERIC_WORDS_ZH, key=len, reverse=True)
_MAX_GENERIC = max(len(w) for w in GENERIC_WORDS_ZH)
_INITIALS = (("zh", "z"), ("ch", "c"), ("sh", "s"), ("p", "b"), ("t", "d"), ("k", "g"), ("n", "l"), ("r", "l"))
_FINALS = (("ang", "an"), ("eng", "en"), ("ing", "in"), ("ong", "on"), ("ei", "ai"), ("ou", "ao"), ("uo", "ao"),
           ("ui", "i"))


@lru_cache(maxsize=8192)
def fold(syllable: str) -> str:
    """A pinyin syllable with the sounds transliterations confuse merged."""
    for a, b in _INITIALS:
        if syllable.startswith(a):
            syllable = b + syllable[len(a):]
            break
    for a, b in _FINALS:
        if syllable.endswith(a):
            return syllable[: -len(a)] + b
    return syllable


@lru_cache(maxsize=8192)
def coarse(syllable: str) -> str:
    """A syllable's initial sound after folding ("0" for none: a, e, o, y, w), the looser key of a second reading."""
    folded = fold(syllable)
    if not folded:
        return syllable
    return "0" if folded[0] in "aeiouvyw" else folded[0]


@dataclass(frozen=True, slots=True)
class ZhForm:
    """A name as elements: the printed character or word, its pinyin, folded pinyin and weight."""

    text: tuple[str, ...]
    pinyin: tuple[str, ...]
    folded: tuple[str, ...]
    weights: tuple[float, ...]
    generic: tuple[bool, ...]
    word: tuple[int, ...] = ()  # which segment (generic word or distinctive run) each element belongs to
    kind: tuple[bool, ...] = ()  # the element is part of a company-kind word (COMPANY_KIND_ZH)
    spelt: tuple[str, ...] = ()  # the word each element was written in, before a synonym (SYNONYMS_ZH) replaced it

    # Read once per score of every listed name against every query: computed once, when the form is made.
    total: float = field(init=False, repr=False, compare=False)
    distinct_total: float = field(init=False, repr=False, compare=False)
    _coarse: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "total", sum(self.weights))
        object.__setattr__(self, "distinct_total",
                           sum(w for w, g in zip(self.weights, self.generic, strict=True) if not g))
        object.__setattr__(self, "_coarse", tuple(coarse(p) if is_cjk(t) else p
                                                  for t, p in zip(self.text, self.pinyin, strict=True)))

    def bigrams(self) -> set[tuple[str, str]]:
        """Adjacent distinctive elements, by folded sound: the blocking keys."""
        f, g = self.folded, self.generic
        return {(f[i], f[i + 1]) for i in range(len(f) - 1) if not g[i] and not g[i + 1]}

    def coarse_keys(self) -> tuple[str, ...]:
        """Each Chinese character's initial sound (``coarse``); a Latin word is compared whole."""
        return self._coarse

    def coarse_bigrams(self) -> set[tuple[str, str]]:
        """Adjacent distinctive elements by initial sound (``coarse``), marked apart from ``bigrams``."""
        c, g = self.coarse_keys(), self.generic
        return {("~" + c[i], c[i + 1]) for i in range(len(c) - 1) if not g[i] and not g[i + 1]}


# The first characters of the generic words of two characters or more: no other character starts one.
_GENERIC_FIRST = frozenset(w[0] for w in GENERIC_WORDS_ZH if len(w) >= 2)


@lru_cache(maxsize=4096)
def _segments(token: str) -> tuple[tuple[str, bool], ...]:
    """A Chinese run cut into generic words (longest first, left to right) and the distinctive runs between (cached:
    a query's run is cut for its form and again for its words, ``zh_segments``)."""
    out: list[tuple[str, bool]] = []
    run = ""
    i = 0
    while i < len(token):
        if token[i] in LINKING_ZH and run and i + 1 < len(token):
            out.append((run, False))
            out.append((token[i], True))
            run = ""
            i += 1
            continue
        for n in range(min(_MAX_GENERIC, len(token) - i) if token[i] in _GENERIC_FIRST else 1, 1, -1):
            if token[i : i + n] in GENERIC_WORDS_ZH:
                if run:
                    out.append((run, False))
                    run = ""
                out.append((token[i : i + n], True))
                i += n
                break
        else:
            run += token[i]
            i += 1
    if run:
        out.append((run, False))
    return tuple(out)


def zh_segments(token: str) -> list[tuple[str, bool]]:
    """``_segments`` for other modules: (part, is generic) of one Chinese run."""
    return list(_segments(token))


def zh_form(norm: NormalName) -> ZhForm | None:
    """The element form of a name with Chinese in it, else None."""
    if not any(is_cjk(t) for t in norm.tokens):
        return None
    text: list[str] = []
    pinyin: list[str] = []
    weights: list[float] = []
    generic: list[bool] = []
    word: list[int] = []
    kind: list[bool] = []
    spelt: list[str] = []
    segment = 0
    for token in norm.tokens:
        if is_cjk(token):
            for part, is_generic in _segments(token):
                segment += 1
                written = part
                if is_generic:
                    part = SYNONYMS_ZH.get(part, part)
                n = len(part)
                spelt.extend([written] * n)
                weight = LINKING_WEIGHT if part in LINKING_ZH else (GENERIC_WORD_WEIGHT if is_generic else 1.0) / n
                text.extend(part)
                pinyin.extend(map(phonetic_key, part))
                generic.extend([is_generic] * n)
                weights.extend([weight] * n)
                word.extend([segment] * n)
                kind.extend([part in COMPANY_KIND_ZH] * n)
        else:
            segment += 1
            weight = token_weight(token)
            text.append(token)
            pinyin.append(token)
            generic.append(weight < 0.5)
            weights.append(weight)
            word.append(segment)
            kind.append(False)
            spelt.append(token)
    return ZhForm(tuple(text), tuple(pinyin), tuple(map(fold, pinyin)), tuple(weights), tuple(generic),
                  tuple(word), tuple(kind), tuple(spelt))


@dataclass(frozen=True, slots=True)
class ZhScore:
    score: float
    # "parent": every distinctive element of the query found and the listed name has more of its own; "sibling":
    # both have a part of their own after a shared brand; "" otherwise.
    related: str
    why: str


def score(query: ZhForm, listed: ZhForm, *, loose: bool = True) -> ZhScore | None:
    """The weighted Dice of two names aligned on folded pinyin, or None when too little distinctive is shared; when
    the folded reading finds too little, a second on initial sounds (``COARSE_PINYIN``) may find a match (``loose``:
    the caller's blocking says the two share enough initial sounds for it)."""
    found = _score(query, listed, query.folded, listed.folded, loose=False)
    if not loose or found is not None and (found.related or found.score >= SAME_PINYIN):
        return found
    # A syllable of another transliteration is no part of the name's own (特利丹 for 特励达): read again, loosely.
    second = _score(query, listed, query.coarse_keys(), listed.coarse_keys(), loose=True)
    if second is not None and (found is None or second.score > found.score):
        return second
    return found


def _score(query: ZhForm, listed: ZhForm, q_keys: tuple[str, ...], e_keys: tuple[str, ...], *,
           loose: bool) -> ZhScore | None:
    distinct_listed = listed.distinct_total
    if distinct_listed <= 0:
        return None
    loose_pairs = 0
    matched = found_listed = found_q_weight = found_e_weight = 0.0
    distinct_chars = head_distinct = 0
    q_found: set[int] = set()
    e_found: set[int] = set()
    sounds: list[str] = []
    first_word: list[tuple[int, int]] = []  # aligned pairs on the listed name's first word
    for op in LCSseq.opcodes(q_keys, e_keys):
        if op.tag != "equal":
            continue
        if op.src_start == op.dest_start == 0:
            # The shared head counts as far as it covers whole parts of the listed name (特利 of 特励达 is none).
            end = op.dest_end
            while 0 < end < len(listed.word) and listed.word[end - 1] == listed.word[end]:
                end -= 1
            head_distinct = sum(1 for g in listed.generic[:end] if not g)
        for qi, ei in zip(range(op.src_start, op.src_end), range(op.dest_start, op.dest_end), strict=True):
            if listed.word[ei] == listed.word[0]:
                first_word.append((qi, ei))
            if loose and query.folded[qi] != listed.folded[ei]:
                if query.generic[qi] or listed.generic[ei]:
                    continue  # a generic word is the same word or none
                loose_pairs += 1
            q_found.add(qi)
            e_found.add(ei)
            if query.text[qi] == listed.text[ei]:
                credit = 1.0
            elif query.pinyin[qi] == listed.pinyin[ei]:
                credit = SAME_PINYIN
                sounds.append(f"{query.text[qi]}={listed.text[ei]} ({listed.pinyin[ei]})")
            elif query.folded[qi] != listed.folded[ei]:
                credit = COARSE_PINYIN
                sounds.append(f"{query.text[qi]}≈{listed.text[ei]} ({query.pinyin[qi]}/{listed.pinyin[ei]}: same "
                              f"initial)")
            else:
                credit = FOLDED_PINYIN
                sounds.append(f"{query.text[qi]}~{listed.text[ei]} ({query.pinyin[qi]}/{listed.pinyin[ei]})")
            matched += credit * (query.weights[qi] + listed.weights[ei])
            found_q_weight += query.weights[qi]
            found_e_weight += listed.weights[ei]
            if not listed.generic[ei]:
                found_listed += listed.weights[ei]
                distinct_chars += 1
    if listed.generic[0] and any(query.spelt[qi] != listed.spelt[ei] and NATIONAL_ZH & {query.spelt[qi],
                                                                                          listed.spelt[ei]}
                                 for qi, ei in first_word):
        # A name that starts with 国防 is a state's body, told apart by that word as written (国防部大学 is no
        # 防卫大学, as a "National Defense" school is no "Defense Academy"): the synonym stands in after a brand.
        return None
    enough = distinct_chars >= MIN_DISTINCT_CHARS and found_listed >= MIN_DISTINCT_FOUND * distinct_listed
    # The query is inside the listed name (a stray generic character aside) and the listed name has more: the
    # parent or a sibling of the listed unit (三菱重工业 against 三菱重工海洋机械), as for Latin names.
    q_left = query.total - found_q_weight
    # The listed name's own part, the kind of company (工业, 控股) aside: what makes the listed unit.
    e_left = sum(w for i, (w, k) in enumerate(zip(listed.weights, listed.kind, strict=True))
                 if i not in e_found and not k)
    # Unmatched elements of each name's own, linking characters aside: in the query any but the kind of company
    # (控股, 工业), generic words too (太空 against 航天: a word in place of another, as for Latin words).
    q_own = sum(1 for i, k in enumerate(query.kind) if i not in q_found and not k and query.text[i] not in LINKING_ZH)
    e_own = sum(1 for i, t in enumerate(listed.text) if i not in e_found and t not in LINKING_ZH)
    contained = distinct_chars >= MIN_DISTINCT_CHARS and q_left < STRAY
    conflict = q_own > 0 and e_own > 0
    # Each name has a part of its own after a shared head (洛克希德·马丁太空 against 洛克希德·马丁航空): a sibling
    # unit of the same parent. It is scored down like a Latin word put in place of another, and when the shared
    # head carries the brand it is a related entity, never a match.
    related = contained and e_left >= STRAY and not conflict
    sibling = conflict and head_distinct >= MIN_DISTINCT_CHARS
    if not enough and not related and not sibling:
        return None
    if loose and (related or sibling or not enough or conflict or distinct_chars < 3
                  or 2 * loose_pairs > distinct_chars):
        return None  # the looser reading finds only the same name, never a related one
    value = matched / (query.total + listed.total)
    if conflict:
        value *= CONFLICT_FACTOR
    why = f"characters and pinyin {''.join(query.text)} ~ {''.join(listed.text)}"
    if sounds:
        why += "; same sound: " + ", ".join(sounds)
    generic = {"".join(t for t, g in zip(form.text, form.generic, strict=True) if g) for form in (query, listed)}
    if generic - {""}:
        why += "; generic parts weigh a quarter: " + ", ".join(sorted(generic - {""}))
    if conflict:
        why += f" (a part in place of another: score × {CONFLICT_FACTOR})"
    return ZhScore(min(value, 0.999), "parent" if related else "sibling" if sibling else "", why)


# A transliterated foreign name written in parts (洛克希德·马丁) is shortened in Chinese text to the first character of
# each part (洛马), the rest of the name kept (洛马航空公司). Where the last part's transliteration ends is not
# written, so the short form is made for each length of 2 or 3 characters after which a generic word, a legal form
# or nothing follows.
_DOTS = "[·・•‧]"
_DOT_PARTS_RE = re.compile(rf"[\u4e00-\u9fff]{{2,}}(?:{_DOTS}[\u4e00-\u9fff]{{2,}})+")
_SHORT_LAST = (2, 3)
_GENERIC_OR_LEGAL = tuple(sorted(GENERIC_WORDS_ZH | set(LEGAL_FORMS_ZH), key=len, reverse=True))


def dot_short_forms(name: str, stems: frozenset[str] = frozenset()) -> list[str]:
    """The short forms of a Chinese name whose transliteration is written in dotted parts, else []. ``stems`` are
    dotted transliterations whose end another listed name shows (``dot_stems``: 洛克希德·马丁 of 洛克希德·马丁公司):
    a name that goes on after one with a word of its own (洛克希德·马丁导弹与火控公司) is shortened there too."""
    found = _DOT_PARTS_RE.search(name)
    if found is None:
        return []
    parts = re.split(_DOTS, found.group(0))
    head, last = name[: found.start()], parts[-1] + name[found.end():]
    initials = "".join(p[0] for p in parts[:-1]) + last[0]
    out: list[str] = []
    for n in _SHORT_LAST:
        rest = last[n:]
        if n <= len(parts[-1]) and (not rest or rest.startswith(_GENERIC_OR_LEGAL)
                                    or _dot_stem(found.group(0), parts, n) in stems):
            out.append(head + initials + rest)
    return out


def _dot_stem(dotted: str, parts: list[str], n: int) -> str:
    """The dotted transliteration with its last part cut to ``n`` characters."""
    return dotted[: len(dotted) - len(parts[-1]) + n]


def dot_stems(name: str) -> list[str]:
    """The dotted transliterations of a name whose end the name shows: a generic word, a legal form or nothing
    after the last part's first 2 or 3 characters (洛克希德·马丁 of 洛克希德·马丁公司)."""
    found = _DOT_PARTS_RE.search(name)
    if found is None:
        return []
    parts = re.split(_DOTS, found.group(0))
    last = parts[-1] + name[found.end():]
    return [_dot_stem(found.group(0), parts, n) for n in _SHORT_LAST
            if n <= len(parts[-1]) and (not last[n:] or last[n:].startswith(_GENERIC_OR_LEGAL))]


# The third reading: another transliteration written with other syllables for the same sounds (阿克西恩特/阿克辛特,
# 安杜里尔/安杜瑞尔), which no alignment of syllables finds. The distinctive part's folded pinyin is compared as one
# string of letters; the generic words must be the same ones (the kind of company aside). Only names of three
# distinctive syllables or more on one side and two on the other: two syllables alike are common (雷神/雷蛇).
SOUND_MIN_SIMILARITY = 0.8
SOUND_MIN_LETTERS = 5
SOUND_GRAM = 3


@dataclass(frozen=True, slots=True)
class ZhSound:
    """A Chinese name's distinctive part as one string of folded pinyin, and its generic words."""

    sound: str
    chars: int
    generic: frozenset[str]
    text: str  # the distinctive characters as printed
    head: str  # the first syllable's initial sound (``coarse``): another transliteration starts the same way

    def grams(self) -> set[str]:
        return {self.sound[i : i + SOUND_GRAM] for i in range(len(self.sound) - SOUND_GRAM + 1)}


def zh_sound(form: ZhForm) -> ZhSound | None:
    """The sound of a name's distinctive part (``ZhSound``), or None when it is too short to compare by sound."""
    sound: list[str] = []
    text: list[str] = []
    generic: set[str] = set()
    chars = 0
    last_word = -1
    for i, element in enumerate(form.text):
        if form.generic[i]:
            if form.word[i] != last_word and not form.kind[i] and element not in LINKING_ZH:
                generic.add("".join(t for t, w in zip(form.text, form.word, strict=True) if w == form.word[i]))
            last_word = form.word[i]
            continue
        sound.append(form.folded[i])
        text.append(element)
        chars += is_cjk(element)
    joined = "".join(sound)
    if chars < 2 or len(joined) < SOUND_MIN_LETTERS:
        return None
    return ZhSound(joined, chars, frozenset(generic), "".join(text), coarse(sound[0]))


def sound_similarity(query: ZhSound, listed: ZhSound) -> float:
    """How alike two names sound (0–1), 0 unless their generic words are the same, they start with the same sound
    (洛克达因 is not 埃科达因: "-dyne" is common), one has three syllables and neither's characters are inside the
    other's."""
    if query.generic != listed.generic or query.head != listed.head or max(query.chars, listed.chars) < 3:
        return 0.0
    if query.text in listed.text or listed.text in query.text:
        return 0.0  # one name's characters and more (立方体/立方): a word added, not another transliteration
    return Indel.normalized_similarity(query.sound, listed.sound)


# The fourth reading: a Chinese rendering of a name the list gives in Latin letters (布兰多克 for Brandok,
# 塔尔维克斯技术 for Talvex Technologies), which none of the readings above can meet when the listed Chinese
# name is a translation or missing. Both sides become a skeleton of consonant classes, the sounds a transliteration
# keeps: vowels, and the syllables' vowel-like glides, carry nothing, a post-vocalic r is mostly left unwritten
# (Garder → 加德) and 尔 after an l is none of its own (卡菲力尔 for Kaflir). The generic words must be the same
# ones, rendered in English. Three classes or more, and only as a review hit (the caller's): a short skeleton is
# common among Chinese names.
RENDERING_MIN_CLASSES = 3
_LATIN_DIGRAPHS = (("sch", "S"), ("tch", "S"), ("ck", "G"), ("ch", "S"), ("sh", "S"), ("th", "S"), ("ph", "F"),
                   ("kh", "G"), ("gh", ""), ("tz", "S"), ("ts", "S"), ("qu", "GW"))
_LATIN_CLASS = {"b": "B", "p": "B", "d": "D", "t": "D", "k": "G", "q": "G", "x": "GS", "s": "S", "z": "S", "j": "S",
                "l": "L", "r": "L", "m": "M", "n": "N", "f": "F", "v": "W", "w": "W"}
# The characters Chinese transliterations of foreign names are written with (the usual ones of Xinhua's tables of
# renderings): a rendering is made of these alone, where a Chinese firm's own name has words (仪器, 锦程, 塑胶).
TRANSLITERATION_CHARS = frozenset(
    "阿埃艾爱安昂奥敖巴拔芭白拜班邦保鲍贝本比彼毕别宾滨波玻伯勃博布步才采查察柴昌彻楚茨崔达戴黛丹当道德登邓迪狄"
    "蒂帝丁顿东杜敦多厄恩尔法凡范菲斐费芬丰冯佛弗福夫孚富甫盖甘冈高戈哥格葛根贡古瓜圭果哈海亥汉罕杭豪浩赫黑亨洪"
    "侯胡华怀霍基吉纪济加佳迦嘉贾简杰捷金晋居喀卡开凯坎康考柯科可克肯孔库夸奎昆拉腊莱来赖兰郎朗劳勒雷蕾黎里理丽"
    "利励力立莉连廉列林琳玲凌留柳龙隆卢鲁陆路伦罗洛吕律马玛迈麦曼芒毛梅门蒙孟米密敏明莫摩默墨姆穆纳娜乃奈南内尼妮"
    "涅宁纽农努诺欧帕派潘庞培佩彭皮匹平珀坡普蒲奇齐契恰乔钦琴琼丘屈热荣茹瑞若撒萨塞赛桑瑟森沙莎山尚绍舍申什圣施"
    "史士舒斯思松苏素索塔太泰坦汤唐特滕提廷通图托瓦娃万旺威韦维魏温文翁沃乌伍武西希锡席夏肖谢辛欣休修雅亚扬杨耶"
    "叶伊依因殷英尤于宇约云赞泽扎札詹章芝朱卓兹佐逊瑙琉")
_SOFT_BEFORE = frozenset("eiy")
# The English words Chinese generic words render (技术 → technology, 人工智能 → ai): generic on the Latin side too.
RENDERED_GENERIC_EN = frozenset(w for english in ZH_GENERIC_EN.values() for w in english.split())
_VOWELS = frozenset("aeiouy")
_PINYIN_INITIALS = (("zh", "S"), ("ch", "S"), ("sh", "S"), ("b", "B"), ("p", "B"), ("d", "D"), ("t", "D"),
                    ("g", "G"), ("k", "G"), ("j", "S"), ("q", "S"), ("x", "S"), ("z", "S"), ("c", "S"), ("s", "S"),
                    ("r", "L"), ("l", "L"), ("n", "N"), ("m", "M"), ("f", "F"), ("h", "H"), ("w", "W"), ("y", ""))


@lru_cache(maxsize=8192)
def latin_skeleton(word: str) -> str:
    """A Latin word's consonant classes as a Chinese transliteration keeps them (not yet collapsed)."""
    word = "".join(c for i, c in enumerate(word) if c.isalpha() and (i == 0 or c != word[i - 1]))
    out: list[str] = []
    i = 0
    while i < len(word):
        for digraph, cls in _LATIN_DIGRAPHS:
            if word.startswith(digraph, i):
                out.append(cls)
                i += len(digraph)
                break
        else:
            c, after = word[i], word[i + 1 : i + 2]
            if c in "cg":
                out.append("S" if after in _SOFT_BEFORE else "G")
            elif c == "h":
                # wh inside a word is one sound (Kelwha), as 华 renders it there (``zh_rendering``)
                out.append("H" if after in _VOWELS and not (i >= 2 and word[i - 1] == "w") else "")
            elif c == "r" and i > 0 and word[i - 1] in _VOWELS and after not in _VOWELS:
                out.append("")  # post-vocalic: written 尔 or not at all; read as no sound of its own
            else:
                out.append(_LATIN_CLASS.get(c, ""))
            i += 1
    return "".join(out)


@lru_cache(maxsize=8192)
def pinyin_skeleton(syllable: str) -> str:
    """A toneless pinyin syllable's consonant classes: its initial, and N for a nasal final; 尔 (er) is an r."""
    if syllable == "er":
        return "L"
    head = ""
    for initial, cls in _PINYIN_INITIALS:
        if syllable.startswith(initial):
            head, syllable = cls, syllable[len(initial):]
            break
    return head + ("N" if syllable.endswith(("n", "ng")) and len(syllable) > 1 else "")


def rendering_keys(skeleton: str, generic: frozenset[str]) -> list[tuple[str, frozenset[str]]]:
    """The blocking keys of a skeleton: as it is, and without its glides (Kelwha's w is 华's u), each when long
    enough to say something."""
    keys: list[tuple[str, frozenset[str]]] = []
    for variant in dict.fromkeys((skeleton, skeleton.replace("W", ""))):
        if len(variant) >= RENDERING_MIN_CLASSES:
            keys.append((variant, generic))
    return keys


_HU_GLIDE_RE = re.compile(r"hu[aeio]")


def rendered_skeleton(syllable: str, *, first: bool) -> str:
    """A syllable's consonant classes in a transliteration: 华 (hua) and the like after the first syllable render a
    w or a v (内华达 Nevada, 韩华 Hanwha), as the glide they begin with sounds."""
    if not first and _HU_GLIDE_RE.match(syllable):
        return "W" + pinyin_skeleton(syllable)[1:]
    return pinyin_skeleton(syllable)


def zh_rendering(form: ZhForm) -> tuple[str, frozenset[str], str] | None:
    """A Chinese name's distinctive part as a consonant skeleton, its generic words in English and the distinctive
    characters; None when a generic word has no English rendering, a distinctive character is no transliteration's
    (``TRANSLITERATION_CHARS``) or fewer than two are distinctive."""
    skeleton: list[str] = []
    generic: set[str] = set()
    chars: list[str] = []
    for i, element in enumerate(form.text):
        if not is_cjk(element):
            if form.generic[i] or element in RENDERED_GENERIC_EN:
                generic.add(element)
            elif element.isalpha():
                skeleton.append(latin_skeleton(element))
            else:
                return None
        elif form.generic[i]:
            if i + 1 < len(form.text) and form.word[i + 1] == form.word[i]:
                continue  # a generic word is read once, at its last character
            word = "".join(t for t, w in zip(form.text, form.word, strict=True) if w == form.word[i])
            english = ZH_GENERIC_EN.get(word)
            if english is None:
                return None
            generic.update(english.split())
        elif element not in TRANSLITERATION_CHARS:
            return None
        else:
            chars.append(element)
            syllable = form.pinyin[i]
            if syllable != "er" or not skeleton or not skeleton[-1].endswith("L"):
                skeleton.append(rendered_skeleton(syllable, first=not chars[:-1]))  # 力尔 is one l, 尔 alone an r
    if len(chars) < 2:
        return None
    return "".join(skeleton), frozenset(generic), "".join(chars)


def latin_renderings(norm: NormalName) -> list[tuple[str, frozenset[str]]]:
    """The skeleton keys of a Latin name (``rendering_keys``); a generic word written onto the last distinctive one
    ("NimbusAI") is read apart too, as a Chinese rendering writes it apart (尼姆巴斯人工智能)."""
    if not norm.tokens or not all(t.isascii() and t.isalpha() for t in norm.tokens):
        return []
    generic = frozenset(t for t in norm.tokens if token_weight(t) < 0.5 or t in RENDERED_GENERIC_EN)
    distinct = [t for t in norm.tokens if t not in generic]
    if not distinct:
        return []
    keys = rendering_keys("".join(map(latin_skeleton, distinct)), generic)
    last = distinct[-1]
    for tail in RENDERED_GENERIC_EN:
        if len(tail) >= 2 and last.endswith(tail) and len(last) - len(tail) >= 3:
            head = "".join(map(latin_skeleton, (*distinct[:-1], last[: -len(tail)])))
            keys.extend(rendering_keys(head, generic | {tail}))
    return keys
