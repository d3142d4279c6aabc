"""Name normalisation for screening: one function from a printed name to comparable tokens.

The pipeline: NFKC, drop invisible (Cf) characters, casefold, traditional → simplified Chinese (opencc),
``&`` → ``and``, punctuation → space, a few word abbreviations expanded, legal forms dropped from the end
(``Inc.``, ``Co., Ltd.``, ``有限公司``, ``株式会社`` …) together with a leading "The" and a leading country
qualifier (``美国PVH集团`` → ``pvh``). Latin text becomes words; a run of Chinese characters stays one token
(Chinese has no spaces, and a one-character difference in a short Chinese name is a different company).
"""

from __future__ import annotations

import importlib.util
import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import opencc as opencc_module
from opencc import OpenCC
from rapidfuzz import process
from rapidfuzz.distance import OSA

from policywatch.store.entities import LEGAL_FORMS as STORE_LEGAL_FORMS

# Japan's company forms in romaji, Hepburn and Kunrei-shiki (``romaji``), the word for 会社 voiced or not (a
# rendaku "gaisha"), apart or run together: 株式会社 is "K.K.", which is "Co., Ltd." too.
_JAPANESE_KINDS = (("kabushiki", "kaisha", "gaisha"), ("kabusiki", "kaisya", "gaisya"), ("yugen", "kaisha", "gaisha"),
                   ("yuugen", "kaisya", "gaisya"), ("godo", "kaisha", "gaisha"), ("goudou", "kaisya", "gaisya"))
JAPANESE_FORMS_LATIN = tuple(f"{kind}{space}{company}" for kind, *companies in _JAPANESE_KINDS
                             for company in companies for space in (" ", ""))
# Longest first: the suffix loop strips one form per pass, so "co ltd" must win over "ltd".
LEGAL_FORMS_LATIN: tuple[tuple[str, ...], ...] = tuple(
    sorted(
        (
            tuple(form.split())
            # The entity keys' forms (store/entities.py), and the rarer ones matching also strips.
            for form in sorted(STORE_LEGAL_FORMS) + [
                "l l c", "s a", "l p", "limited partnership", "kk", "k k", "bv", "nv", "srl", "spa", "pte", "pty",
                "oy", "ab", "uab", "as", "a s", "sarl", "kg", "co ltd", "coltd", "co limited", "company limited",
                "pte ltd", "pty ltd", "public limited company", "s a s", "sas", *JAPANESE_FORMS_LATIN,
            ]
        ),
        key=len,
        reverse=True,
    )
)
# Partnerships' forms: a firm of partners (a law or advisory "LLP") is not the company ("Inc", "Ltd") of a near
# spelling.
PARTNERSHIP_FORMS = frozenset({"llp", "lp", "l p", "partnership", "limited partnership"})


def legal_kinds_differ(dropped: tuple[str, ...], listed_dropped: tuple[str, ...]) -> bool:
    """Whether one name's legal form is a partnership's and the other's a company's (``normalize``'s dropped
    parts); a name without a legal form differs from none."""
    mine = [d for d in dropped if tuple(d.split()) in _LEGAL_FORM_SET]
    theirs = [d for d in listed_dropped if tuple(d.split()) in _LEGAL_FORM_SET]
    if not mine or not theirs:
        return False
    return any(d in PARTNERSHIP_FORMS for d in mine) != any(d in PARTNERSHIP_FORMS for d in theirs)


# A legal form at the front of a name (Lithuanian "UAB Urbo Bankas").
# 株式会社 before a name is two words in romaji ("Kabushiki Kaisha Toshiba"): each is left out there.
LEGAL_PREFIXES_LATIN: frozenset[str] = frozenset({"uab", "ab", "pt", "pjsc", "ojsc", "ooo", "zao", "jsc", *(
    w for form in JAPANESE_FORMS_LATIN if form.startswith("kabu") for w in form.split())})
LEGAL_FORMS_ZH: tuple[str, ...] = tuple(
    sorted(
        (
            "股份有限公司", "有限责任公司", "有限公司", "责任公司", "公司", "集团", "集团公司", "株式会社",
            "有限合伙", "合伙企业", "分公司", "有限会社", "合同会社", "股份公司", "株式公司",
            # A unit's office word after its name (…航电部门, "… Avionics division"): the unit, as 分公司 is.
            "部门", "事业部", "分部",
        ),
        key=len,
        reverse=True,
    )
)
_LEGAL_BY_LENGTH: tuple[tuple[int, frozenset[tuple[str, ...]]], ...] = tuple(
    (n, frozenset(f for f in LEGAL_FORMS_LATIN if len(f) == n))
    for n in sorted({len(f) for f in LEGAL_FORMS_LATIN}, reverse=True)
)
COUNTRY_QUALIFIERS_ZH: tuple[str, ...] = ("美国", "日本", "台湾地区", "台湾", "韩国", "英国", "德国", "法国", "欧盟")
# A qualifier is dropped only when what remains is still a name (美国光子公司 keeps 美国: 光子 alone is generic).
MIN_ZH_AFTER_QUALIFIER = 3

STOPWORDS: frozenset[str] = frozenset({"the", "and", "of", "for", "in", "by", "at"})
# "A" after a linking word is the article ("Coalition for a Free Port"), not an initial: a linking word too. Alone or
# after a name's word it may be an initial ("John A. Smith"), and stays.
ARTICLES: frozenset[str] = frozenset({"a", "an"})


def is_linking(words: list[str], i: int, linking: frozenset[str] = STOPWORDS) -> bool:
    """Whether the casefolded word ``words[i]`` links the words of a name: a linking word, or an article after one."""
    word = words[i]
    return word in linking or word in ARTICLES and i > 0 and words[i - 1] in linking

# Spelling variants that mean the same word; the right side is what both query and entity become.
ABBREVIATIONS: dict[str, str] = {
    "intl": "international", "tech": "technology", "technologies": "technology",
    "techs": "technology", "sys": "system", "systems": "system", "svcs": "service", "services": "service",
    "svc": "service", "mgmt": "management", "natl": "national", "labs": "laboratory", "lab": "laboratory",
    "laboratories": "laboratory", "mfg": "manufacturing", "eng": "engineering", "engg": "engineering",
    "engr": "engineering", "grp": "group", "hldgs": "holding", "hldg": "holding", "holdings": "holding",
    "bankas": "bank", "industries": "industry", "inds": "industry", "ind": "industry", "solns": "solution",
    "solutions": "solution", "assoc": "association", "dept": "department", "univ": "university",
    "missiles": "missile", "drones": "drone", "enterprises": "enterprise",
    "communications": "communication", "comms": "communication", "dynamics": "dynamic",
    "operations": "operation", "ops": "operation", "ventures": "venture", "electronics": "electronic",
    "shipbuilding": "shipbuilding", "simulations": "simulation", "studies": "study", "info": "information",
    "adv": "advanced", "inst": "institute", "jv": "joint venture", "instit": "institute", "ctr": "center",
    "corpn": "corporation", "dev": "development", "devel": "development", "elec": "electronic",
    "electr": "electronic", "acad": "academy", "assn": "association",
}

# Words that say what a company does, not which company it is: matching on them alone is a false alarm.
_GENERIC_WORDS_TEXT = """
    technology system service solution group holding industry international global national american america
    defense defence security aerospace aeronautic aviation air space engineering electronic enterprise
    management research development science scientific advanced applied bank financial finance capital
    trading trade logistic shipping marine maritime ocean tactical mission information data network
    manufacturing product equipment machinery consulting partner venture investment
    laboratory institute university academy association alliance foundation council forum agency center centre
    federal general united new first china japan japanese chinese usa us korea taiwan europe european asia
    pacific world universal communication media energy power heavy drone unmanned aerial vehicle
    missile operation joint integration integrated dynamic strategic support control
    sensor software hardware digital smart resource shipbuilding shipyard simulation
    study east west north south northern southern eastern western business commercial company
"""
GENERIC_WORDS: frozenset[str] = frozenset(_GENERIC_WORDS_TEXT.split())
# Words that say what kind of company a name is, not which unit ("Group", "Holdings", "Technologies").
HOLDING_WORDS = frozenset({"group", "holding", "industry", "international", "enterprise", "company", "incorporated",
                           "technology"})
_GENERIC_WORDS_ZH_TEXT = """
    科技 技术 系统 防务 航空 航天 宇航 工程 电子 国际 控股 实验室 解决方案 无人机 人工智能 管理 服务 工业 重工
    运营 物流 通信 战术 海事 造船 研究 研究院 银行 金融 投资 贸易 集团 信息 网络 能源 制造 设备 机械 发展 全球
    中国 美国 日本 台湾 联合 实业 商贸 咨询 海洋 国家 安全 工业 重工业 宇宙 航空宇宙 资讯 科学 研究所 动力系统
    防卫 国防 太空 空间 企业 股份 体系 传感器
"""
GENERIC_WORDS_ZH: frozenset[str] = frozenset(_GENERIC_WORDS_ZH_TEXT.split())

_t2s = OpenCC("t2s")
# Legal forms written before a Japanese name (株式会社IHI, (株)IHI): dropped like the same words at the end.
LEADING_LEGAL_ZH: tuple[str, ...] = ("株式会社", "有限会社", "合同会社", "株")
# The kind of public or non-profit body written before a Japanese organisation's name (独立行政法人…, 公益財団法人…:
# "incorporated administrative agency", "public interest foundation"): its legal form, dropped like 株式会社.
LEADING_BODY_ZH: tuple[str, ...] = tuple(sorted((
    "国立研究开发法人", "独立行政法人", "地方独立行政法人", "国立大学法人", "公立大学法人", "大学共同利用机关法人",
    "公益财团法人", "一般财团法人", "公益社团法人", "一般社团法人", "学校法人", "社会福祉法人", "医疗法人",
    "特定非营利活动法人", "特殊法人", "认可法人"), key=len, reverse=True))
# Taiwan wording of the same word (after traditional → simplified): one spelling for both.
TAIWAN_WORDS: dict[str, str] = {"航太": "航天", "资讯": "信息", "软体": "软件", "飞弹": "导弹", "雷射": "激光",
                                "网路": "网络", "硬体": "硬件", "数位": "数字",
                                "感测器": "传感器", "伺服器": "服务器", "晶片": "芯片", "人工智慧": "人工智能"}
# Other translations of one English word of a name (Land → 陆地 or 地面, Mission → 任务 or 使命, Ordnance → 军械 or
# 武器, Maritime → 海事 or 海上, Simulation → 模拟 or 仿真, Ventures → 风险投资 or 创投, Summit → 顶峰 or 峰顶,
# Shield → 护盾 or 盾牌, Rim → 环 or 泛 (太平洋), Coastal → 海岸 or 沿海, Unmanned Aerial →
# 无人机 or 无人航空): one spelling for both, as for the Taiwan words. Only words of two characters or more, so that
# no character of another name is read as one, and no word that is also another's (立方体 "cube" is not Cubic's 立方).
ZH_SAME_WORDS: dict[str, str] = {"地面": "陆地", "陆上": "陆地", "使命": "任务", "武器": "军械", "海上": "海事",
                                 "仿真": "模拟", "创投": "风险投资", "峰顶": "顶峰", "盾牌": "护盾",
                                 "泛太平洋": "环太平洋", "沿海": "海岸", "无人航空": "无人机",
                                 # Ventures → 风投 (short for 风险投资), Photonics → 光子学 or 光子, Power → 力量 or
                                 # 动力, Joint Venture → 合资 or 联合企业 / 合资企业.
                                 "风投": "风险投资", "光子学": "光子", "力量": "动力", "联合企业": "合资",
                                 "合资企业": "合资",
                                 # Defense → 防务 or 防御, Communications → 通信 or 通讯, Acoustic → 声学 or 音响.
                                 "防御": "防务", "通讯": "通信", "音响": "声学",
                                 # Engine → 发动机 or 引擎, Marine → 海洋 or 船用, Rapid → 急速, 快速 or 迅速,
                                 # Autonomy → 自治 or 自主, Insight → 洞察 or 洞见.
                                 "引擎": "发动机", "船用": "海洋", "快速": "急速", "迅速": "急速", "自主": "自治",
                                 "洞见": "洞察"}
# A Latin brand with a Chinese generic word ("BAE系统", "AEVEX航天"): the generic word is the English one, so the
# name meets the listed English name word for word. Only a run made wholly of these words is rendered; every
# generic word has its rendering (tests/screening/test_related_rules.py checks), so both spellings of a name agree.
# 航空 is "aerospace" like 航天: companies' names use either for "Aero…" (as chinese.SYNONYMS_ZH reads them).
ZH_GENERIC_EN: dict[str, str] = {
    "科技": "technology", "技术": "technology", "系统": "system", "防务": "defense", "航空": "aerospace",
    "航天": "aerospace", "宇航": "aerospace", "航空航天": "aerospace", "航空宇宙": "aerospace", "工程": "engineering",
    "电子": "electronic", "国际": "international", "控股": "holding", "实验室": "laboratory", "解决方案": "solution",
    "无人机": "drone", "管理": "management", "服务": "service", "工业": "industry", "重工": "heavy industry",
    "重工业": "heavy industry", "运营": "operation", "物流": "logistic", "通信": "communication", "战术": "tactical",
    "海事": "maritime", "造船": "shipbuilding", "研究": "research", "研究院": "research institute", "银行": "bank",
    "金融": "finance", "投资": "investment", "贸易": "trading", "商贸": "trading", "集团": "group",
    "信息": "information", "资讯": "information", "网络": "network", "能源": "energy", "制造": "manufacturing",
    "设备": "equipment", "机械": "machinery", "发展": "development", "全球": "global", "中国": "china",
    "美国": "america", "日本": "japan", "台湾": "taiwan", "联合": "united", "实业": "industry", "咨询": "consulting",
    "海洋": "ocean", "国家": "national", "安全": "security", "宇宙": "space", "太空": "space", "空间": "space",
    "科学": "science", "研究所": "research institute", "动力系统": "power system", "防卫": "defense",
    "国防": "defense", "企业": "enterprise", "股份": "", "人工智能": "ai", "体系": "system",
    "传感器": "sensor",
}
_ZH_GENERIC_EN_MAX = max(len(w) for w in ZH_GENERIC_EN)
# The other way, one word to its first rendering (technology → 科技, ai → 人工智能).
_EN_GENERIC_ZH: dict[str, str] = {}
for _zh, _en in ZH_GENERIC_EN.items():
    if _en and " " not in _en:
        _EN_GENERIC_ZH.setdefault(_en, _zh)
# Japanese names write the generic words of a company in katakana loanwords (三菱重工マリンマシナリ, NEC航空宇宙
# システム): each is the Chinese generic word it translates, so the name meets its Chinese rendering. Only generic
# words: a katakana brand stays as written.
KATAKANA_WORDS: dict[str, str] = {
    "システムズ": "系统", "システム": "系统", "エンジニアリング": "工程", "サービス": "服务", "テクノロジーズ": "技术",
    "テクノロジー": "技术", "ディフェンス": "防务", "セキュリティ": "安全", "ナショナル": "国家", "マリン": "海洋",
    "ユナイテッド": "联合", "ジャパン": "日本", "ホールディングス": "控股", "グループ": "集团", "カンパニー": "公司",
    "エアロスペース": "航天", "インターナショナル": "国际", "ソリューションズ": "解决方案",
    "ソリューション": "解决方案",
    "ネットワーク": "网络", "エレクトロニクス": "电子", "マシナリー": "机械", "マシナリ": "机械", "エンジン": "发动机",
    "センサー": "传感器", "センサ": "传感器", "ターボチャージャー": "涡轮增压器", "ターボチャージャ": "涡轮增压器",
    "アンド": "与", "コーポレーション": "公司", "インダストリーズ": "工业", "ラボラトリーズ": "实验室",
    "マリタイム": "海事", "ジェット": "喷气机", "アビエーション": "航空", "ロジスティクス": "物流",
    "トレーディング": "贸易", "ダイナミクス": "动力", "エナジー": "能源", "リサーチ": "研究",
}
_KATAKANA_RE = re.compile("|".join(sorted(KATAKANA_WORDS, key=len, reverse=True)))
# Japanese spells a company's initials out in katakana letter names, one per letter between middle dots (ケー・
# ディー・エックス for KDX): two or more such letters, with no other katakana on either side, are the Latin initials.
KATAKANA_LETTERS: dict[str, str] = {
    "エー": "a", "エイ": "a", "ビー": "b", "シー": "c", "ディー": "d", "デー": "d",
    "イー": "e", "エフ": "f", "ジー": "g", "エイチ": "h", "エッチ": "h", "アイ": "i",
    "ジェイ": "j", "ジェー": "j", "ケー": "k", "ケイ": "k", "エル": "l", "エム": "m",
    "エヌ": "n", "オー": "o", "ピー": "p", "キュー": "q", "アール": "r", "エス": "s",
    "ティー": "t", "テー": "t", "ユー": "u", "ブイ": "v", "ヴィー": "v", "ダブリュー": "w",
    "エックス": "x", "ワイ": "y", "ゼット": "z", "ズィー": "z",
}
_KATAKANA_LETTER = "|".join(sorted(KATAKANA_LETTERS, key=len, reverse=True))
_KATAKANA_LETTERS_RE = re.compile(
    rf"(?<![\u30a1-\u30fa\u30fc])(?:{_KATAKANA_LETTER})(?:[・·](?:{_KATAKANA_LETTER}))+(?![\u30a1-\u30fa\u30fc])")
_KATAKANA_LETTER_RE = re.compile(_KATAKANA_LETTER)
_HAS_KATAKANA_RE = re.compile(r"[\u30a0-\u30ff]")
_SPACE_RE = re.compile(r"\s+")
_CJK = "\u3400-\u9fff\uf900-\ufaff"
_TOKEN_RE = re.compile(rf"[{_CJK}]+|[^\W_{_CJK}]+", re.UNICODE)
# Marks inside a Chinese name (洛克希德·马丁, 波音防务、空间与安全) join its parts rather than split them; so does "and"
# written for the ampersand between characters (富士通ディフェンスandナショナル…, casefolded by then).
_CJK_JOINER_RE = re.compile(rf"(?<=[{_CJK}])(?:[^\w{_CJK}]+|\s*and\s*)(?=[{_CJK}])", re.UNICODE)
_CJK_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_SHARES_SHORT_RE = re.compile(rf"(?<=[{_CJK}])\s+股\s*公司")
# A middle initial kept in Latin inside a Chinese rendering of a person's name (约翰·F·肯尼迪): renderings write it or
# leave it out, so it is left out, and the parts are joined as any other.
_ZH_MIDDLE_INITIAL_RE = re.compile(rf"(?<=[{_CJK}])\s*[·・.]\s*[a-z]\s*\.?\s*[·・.]\s*(?=[{_CJK}])")


def is_cjk(token: str) -> bool:
    """True for a token of Chinese characters (tokens never mix scripts)."""
    first = token[:1]
    return "\u3400" <= first <= "\u9fff" or "\uf900" <= first <= "\ufaff"


@dataclass(frozen=True, slots=True)
class NormalName:
    """A name ready to compare: ``tokens`` in order, ``dropped`` what the pipeline removed (for explanations)."""

    original: str
    tokens: tuple[str, ...]
    dropped: tuple[str, ...]
    # The words as printed (no abbreviation or plural folded): "Tech Insights" must still equal "TechInsights".
    surface: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        """The exact-match key: tokens joined without spaces ("Iron Mountain" = "IronMountain")."""
        return "".join(self.tokens)

    @property
    def surface_key(self) -> str:
        return "".join(self.surface or self.tokens)

    @property
    def text(self) -> str:
        return " ".join(self.tokens)


def _char_classes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Every format (Cf) character, and every space, separator or control character but the plain space.

    Planes 2–13 hold no such characters, so only the BMP, plane 1 and plane 14 (tags) are scanned.
    """
    invisible: list[str] = []
    blank: list[str] = []
    for code in (*range(0x20000), *range(0xE0000, 0xE1000)):
        category = unicodedata.category(chr(code))
        if category == "Cf":
            invisible.append(chr(code))
        elif category in ("Zs", "Zl", "Zp", "Cc") and code != 0x20:
            blank.append(chr(code))
    return re.compile(_char_class(invisible)), re.compile(_char_class(blank))


def _char_class(chars: list[str]) -> str:
    """A character class of runs (a-b) rather than single characters: re scans a class of characters beyond the BMP
    entry by entry, so 163 format characters one by one cost 3-5 µs a name, their 21 runs a tenth of it."""
    codes = sorted(map(ord, chars))
    runs: list[tuple[int, int]] = []
    for code in codes:
        if runs and code == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], code)
        else:
            runs.append((code, code))
    return "[" + "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
                         for a, b in runs) + "]"


_INVISIBLE_RE, _BLANK_RE = _char_classes()


def _traditional_chars() -> frozenset[str]:
    """Characters opencc's t2s tables convert: a name without any of them is already simplified."""
    chars: set[str] = set()
    with (Path(opencc_module.__file__).parent / "dictionary" / "TSCharacters.txt").open(encoding="utf-8") as fh:
        for line in fh:
            key, _, values = line.rstrip("\n").partition("\t")
            if values and values.split(" ")[0] != key:
                chars.add(key)
    return frozenset(chars)


_TRADITIONAL = _traditional_chars()


def _japanese_chars() -> dict[int, str]:
    """Japanese shinjitai (発, 気, 鉄 …) → the traditional character, for those opencc's Chinese tables lack.

    Shinjitai that are also Chinese characters (芸 is yún in Chinese, 藝 in Japanese) are left alone.
    """
    folder = Path(opencc_module.__file__).parent / "dictionary"
    chinese: set[str] = set()
    for table in ("STCharacters.txt", "TSCharacters.txt"):
        with (folder / table).open(encoding="utf-8") as fh:
            for line in fh:
                key, _, values = line.rstrip("\n").partition("\t")
                chinese.add(key)
                chinese.update(values.split(" "))
    out: dict[int, str] = {}
    with (folder / "JPVariants.txt").open(encoding="utf-8") as fh:
        for line in fh:
            traditional, _, japanese = line.rstrip("\n").partition("\t")
            for char in japanese.split(" "):
                if len(char) == 1 and char not in chinese:
                    out.setdefault(ord(char), traditional)
    return out


_JAPANESE = _japanese_chars()
_JAPANESE_SET = frozenset(chr(c) for c in _JAPANESE)
_ZH_WORDS: dict[str, str] = {**TAIWAN_WORDS, **ZH_SAME_WORDS}
_ZH_WORDS_RE = re.compile("|".join(sorted(_ZH_WORDS, key=len, reverse=True)))


def _spelt_initials(found: re.Match[str]) -> str:
    return "".join(KATAKANA_LETTERS[m] for m in _KATAKANA_LETTER_RE.findall(found.group(0))) + " "


def clean_text(text: str) -> str:
    """NFKC, invisible characters dropped, every kind of space made one space, casefolded, t2s."""
    if "&" in text:
        text = text.replace("&ensp;", " ").replace("&nbsp;", " ").replace("&amp;", "&")
    if text.isascii():
        # NFKC, Cf characters and t2s cannot change ASCII; only control characters and tabs need handling.
        if not text.isprintable():
            text = _BLANK_RE.sub(" ", text)
        return _SPACE_RE.sub(" ", text.casefold()).strip()
    text = unicodedata.normalize("NFKC", text)
    text = _BLANK_RE.sub(" ", _INVISIBLE_RE.sub("", text)).casefold()
    if "(" in text:
        # (株) and ㈱ (NFKC makes it (株)), (有): the short forms of 株式会社 and 有限会社, before or after the name.
        text = text.replace("(株)", " 株式会社 ").replace("(有)", " 有限会社 ")
        # (股)公司: Taiwan's short form of 股份有限公司 (a company limited by shares), after the name.
        text = text.replace("(股)公司", "股份有限公司").replace("(股)", "股份有限公司")
    if " 股" in text:
        # The same with its brackets left out ("… 股 公司"): the space before 股 is where the bracket was, which
        # 控股公司 (a holding company) never has.
        text = _SHARES_SHORT_RE.sub("股份有限公司", text)
    if _HAS_KATAKANA_RE.search(text):
        text = _KATAKANA_LETTERS_RE.sub(_spelt_initials, text)
        text = _KATAKANA_RE.sub(lambda m: KATAKANA_WORDS[m.group(0)], text)
    if not _JAPANESE_SET.isdisjoint(text):
        text = text.translate(_JAPANESE)
    if not _TRADITIONAL.isdisjoint(text):
        text = _t2s.convert(text)
    if _ZH_WORDS_RE.search(text):
        text = _ZH_WORDS_RE.sub(lambda m: _ZH_WORDS[m.group(0)], text)
    return _SPACE_RE.sub(" ", text).strip()


def _stem(word: str) -> str:
    """Plural to singular, so that a typo in "Technologies" still meets "Technology"."""
    if len(word) < 5 or word.isdigit():
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) >= 6 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


# A typo in a common word of company names ("Corpration", "Industires") is that word, so the legal form is still
# dropped and the generic word still weighs as generic. Only long words, one edit (a swap of two neighbours is one):
# a distinctive name is never read as a common word.
TYPO_MIN_LENGTH = 8
_TYPO_VOCABULARY: tuple[str, ...] = tuple(sorted(
    w for w in GENERIC_WORDS | {w for form in LEGAL_FORMS_LATIN for w in form} | set(ABBREVIATIONS)
    | set(ABBREVIATIONS.values()) if len(w) >= TYPO_MIN_LENGTH - 1 and w.isalpha()))
_TYPO_KNOWN = frozenset(_TYPO_VOCABULARY)


@lru_cache(maxsize=65_536)
def common_word_typo(word: str) -> str | None:
    """The common word that ``word`` misspells by one edit, else None (unknown, known, short or ambiguous)."""
    if len(word) < TYPO_MIN_LENGTH or word in _TYPO_KNOWN or not word.isalpha():
        return None
    close = process.extract(word, _TYPO_VOCABULARY, scorer=OSA.distance, score_cutoff=1, limit=2)
    return close[0][0] if len(close) == 1 else None


def _latin_word(word: str) -> str:
    if word not in ABBREVIATIONS:
        word = common_word_typo(word) or word
    return ABBREVIATIONS.get(word) or _stem(word)


# A company's legal form between its name and a unit's (北辰重工株式会社船舶系统, "… Co., Ltd., Marine Systems
# Company"): the unit of that company, read without it. Only the long forms, two characters or more either side.
_INNER_LEGAL_ZH_RE = re.compile(
    r"(?<=[\u3400-\u9fff]{2})(?:株式会社|股份有限公司|有限责任公司|有限公司)(?=[\u3400-\u9fff]{2})")


def _strip_zh(token: str, dropped: list[str], *, first: bool, more: bool) -> str:
    if not first and token in LEGAL_FORMS_ZH:
        dropped.append(token)
        return ""
    while token.endswith(LEGAL_FORMS_ZH):
        form = next(f for f in LEGAL_FORMS_ZH if token.endswith(f))
        if len(token) == len(form):
            break
        dropped.append(form)
        token = token[: -len(form)]
    if first and token in LEADING_LEGAL_ZH and more:
        dropped.append(token)
        return ""
    if first and token.startswith(LEADING_LEGAL_ZH[:3]) and len(token) > 4:
        form = next(f for f in LEADING_LEGAL_ZH[:3] if token.startswith(f))
        dropped.append(form)
        token = token[len(form):]
    if first and "法人" in token[:10]:
        form = next((f for f in LEADING_BODY_ZH if token.startswith(f) and len(token) > len(f) + 1), "")
        if form:
            dropped.append(form)
            token = token[len(form):]
    if first and token in COUNTRY_QUALIFIERS_ZH and more:
        dropped.append(token)
        return ""
    inner = _INNER_LEGAL_ZH_RE.search(token) if len(token) > 6 and ("会社" in token or "有限" in token) else None
    if inner is not None:
        dropped.append(inner.group(0))
        token = token[: inner.start()] + token[inner.end():]
    if first and token.startswith(COUNTRY_QUALIFIERS_ZH):
        for qualifier in COUNTRY_QUALIFIERS_ZH:
            rest = token[len(qualifier):]
            if token.startswith(qualifier) and (len(rest) >= MIN_ZH_AFTER_QUALIFIER or rest.isascii() and rest):
                dropped.append(qualifier)
                token = rest
                break
    return token


def _tokens(text: str, dropped: list[str]) -> tuple[list[str], list[str]]:
    """Latin words and Chinese runs (Chinese runs lose their legal forms and country qualifiers), and as printed."""
    out: list[str] = []
    surface: list[str] = []
    text = text.replace("'", "")
    if not text.isascii():
        text = text.replace("\u2019", "")
        if "·" in text or "・" in text or "." in text:  # most Chinese names have no mark for a middle initial
            text = _ZH_MIDDLE_INITIAL_RE.sub("", text)
        text = _CJK_JOINER_RE.sub("", text)
    parts = _TOKEN_RE.findall(text)
    if len(parts) > 1 and parts[0] == "the":
        # The article before a name, dropped before the scripts are weighed: "The 国际海洋工程公司" is the Chinese
        # name, not a Latin word with Chinese generic words to render in English.
        dropped.append(parts.pop(0))
    for i, part in enumerate(parts):
        if is_cjk(part):
            stripped = _strip_zh(part, dropped, first=not out, more=i + 1 < len(parts))
            if stripped:
                out.append(stripped)
                surface.append(stripped)
        else:
            word = _latin_word(part)
            if " " in word:  # an abbreviation of several words (JV → joint venture): each is a token
                out.extend(word.split())
                surface.extend(word.split())
            else:
                out.append(word)
                surface.append(part)
    joined = _generic_in_chinese(out) if len(out) > 1 and not text.isascii() else None
    if joined is not None:
        return [joined], [joined]
    if (len(out) > 1 and not text.isascii() and any(is_cjk(t) for t in out)
            and any(not is_cjk(t) and not t.isdigit() for t in out)):
        mixed: list[str] = []
        for token in out:
            english = _generic_in_english(token) if is_cjk(token) else None
            mixed.extend((token,) if english is None else english)
        if mixed != out:
            return mixed, list(mixed)
    return out, surface


def _generic_in_chinese(tokens: list[str]) -> str | None:
    """A Chinese name with generic words left in English ("护盾AI" for 护盾人工智能): the name in Chinese, when its
    Chinese runs carry a distinctive word and every Latin word is a generic word with a rendering; else None."""
    if not any(is_cjk(t) and t not in GENERIC_WORDS_ZH for t in tokens):
        return None
    parts = [t if is_cjk(t) else _EN_GENERIC_ZH.get(t) for t in tokens]
    if any(p is None for p in parts) or all(is_cjk(t) for t in tokens):
        return None
    return "".join(p for p in parts if p)


def _generic_in_english(token: str) -> list[str] | None:
    """The English words of a Chinese run made wholly of ``ZH_GENERIC_EN`` words (longest first), else None."""
    words: list[str] = []
    i = 0
    while i < len(token):
        for n in range(min(_ZH_GENERIC_EN_MAX, len(token) - i), 1, -1):
            word = ZH_GENERIC_EN.get(token[i : i + n])
            if word is not None:
                words.extend(word.split())
                i += n
                break
        else:
            return None
    return words


def _strip_latin(tokens: list[str], surface: list[str], dropped: list[str]) -> tuple[list[str], list[str]]:
    # A legal form is dropped from the end (repeatedly: "Co., Ltd.") but never when nothing would remain.
    changed = True
    while changed:
        changed = False
        for n, forms in _LEGAL_BY_LENGTH:
            if len(tokens) > n and tuple(tokens[-n:]) in forms:
                dropped.append(" ".join(tokens[-n:]))
                del tokens[-n:], surface[-n:]
                changed = True
                break
    while len(tokens) > 1 and (tokens[0] in LEGAL_PREFIXES_LATIN or tokens[0] == "the"):
        dropped.append(tokens.pop(0))
        surface.pop(0)
    if STOPWORDS.isdisjoint(tokens):  # most names: no linking word, so no article after one
        return tokens, surface
    keep = [i for i in range(len(tokens)) if not is_linking(tokens, i)]
    if not keep or len(keep) == len(tokens):
        return tokens, surface
    return [tokens[i] for i in keep], [surface[i] for i in keep]


_LEGAL_FORM_SET = frozenset(LEGAL_FORMS_LATIN)
_LEGAL_HEAD_PUNCT = str.maketrans({".": " ", ",": " "})


# Legal forms no name starts with as a word of its own ("Company" and "Co" may: "Company Shop Group").
_NEVER_FIRST = frozenset({"corp", "corporation", "inc", "incorporated", "llc", "ltd", "plc", "gmbh"})
_NEVER_FIRST_HEADS = tuple(f"{w}" for w in sorted(_NEVER_FIRST)) + ("the ",)
_MIN_AFTER_FORM = 2  # "Corp Acme" could be a brand called Corp; two words after it are a reversed name


def legal_form_last(text: str) -> str:
    """A name a vendor master files by its brand, the legal form first before a comma ("corp, acme widgets", or
    with the comma lost, or after a "the"), as the name is written ("acme widgets corp"): so it keeps the legal
    form's place and meaning (a parent's "Corp")."""
    body = text[4:] if text.startswith("the ") else text
    head, sep, rest = body.partition(",")
    if sep and rest.strip() and tuple(head.translate(_LEGAL_HEAD_PUNCT).split()) in _LEGAL_FORM_SET:
        return f"{rest.strip()} {head.strip()}"
    words = body.split()
    if (not sep and len(words) > _MIN_AFTER_FORM and words[0].rstrip(".") in _NEVER_FIRST
            and _LEGAL_FORM_SET.isdisjoint((w,) for w in words[1:])):
        return f"{' '.join(words[1:])} {words[0]}"
    return text


@lru_cache(maxsize=32_768)
def normalize(name: str) -> NormalName:
    """The comparable form of one printed name (cached: the same string is normalised once)."""
    dropped: list[str] = []
    text = clean_text(name)
    if "," in text or text.startswith(_NEVER_FIRST_HEADS):
        text = legal_form_last(text)
    # Chinese runs are handled first so that "有限公司" inside a mixed name is not split into Latin words.
    raw, raw_surface = _tokens(text, dropped)
    tokens, surface = _strip_latin(raw, raw_surface, dropped)
    return NormalName(original=name, tokens=tuple(tokens), dropped=tuple(dropped),
                      surface=tuple(surface) if surface != tokens else ())


# A Latin name with a Chinese legal form after it ("Acme Trading 有限公司"): normalize drops the form (it is no first
# token) and reads the Latin words as it reads them alone, so the key is the Latin name's. Only forms nothing in
# clean_text rewrites (no traditional or Japanese character, no Taiwan word), and only while no Taiwan word holds a
# Latin letter and no abbreviation or common word is written in Chinese: then no step can tell the two apart.
_LATIN_THEN_FORM_RE = re.compile(r"([\x20-\x7e]*[a-zA-Z0-9][\x20-\x7e]*?)\s*([\u4e00-\u9fff]+)\s*")
_LATIN_STAYS_LATIN = (all(all(is_cjk(c) for c in w) for w in _ZH_WORDS)
                      and all(v.isascii() for v in ABBREVIATIONS.values())
                      and all(w.isascii() for w in _TYPO_VOCABULARY))
_PLAIN_FORMS_ZH = frozenset(
    f for f in LEGAL_FORMS_ZH
    if _LATIN_STAYS_LATIN and _TRADITIONAL.isdisjoint(f) and _JAPANESE_SET.isdisjoint(f) and not _ZH_WORDS_RE.search(f))


def name_key(name: str) -> str:
    """``normalize(name).key``; a Latin name with a plain Chinese legal form after it is keyed by its Latin part,
    the same key without the Chinese pipeline (speed: the second reading keys every such name nothing matched)."""
    found = _LATIN_THEN_FORM_RE.fullmatch(name) if not name.isascii() else None
    if found is not None and found.group(2) in _PLAIN_FORMS_ZH:
        return normalize(found.group(1)).key
    return normalize(name).key


@lru_cache(maxsize=65_536)
def token_weight(token: str) -> float:
    """How much a token says about which company this is: generic words and initials weigh little."""
    if is_cjk(token):
        if token in GENERIC_WORDS_ZH:
            return 0.25
        return 1.0 if len(token) >= 2 else 0.3
    if token in GENERIC_WORDS:
        return 0.25
    if len(token) == 1 and not token.isdigit():
        return 0.2
    return 1.0


# Toneless pinyin of one character: homophone spellings of a transliterated name (伊比鲁斯/伊庇鲁斯) compare equal.
def _load_pinyin() -> dict[int, str]:
    # Only pypinyin's character table is read (as data): importing the package would load its phrase tables too.
    spec = importlib.util.find_spec("pypinyin")
    if spec is None or spec.origin is None:  # pragma: no cover - pypinyin is a declared dependency
        return {}
    with (Path(spec.origin).parent / "pinyin_dict.json").open(encoding="utf-8") as fh:
        pinyin_dict: dict[str, str] = json.load(fh)
    table: dict[int, str] = {}
    for code, readings in pinyin_dict.items():
        first = readings.split(",")[0]
        plain = "".join(c for c in unicodedata.normalize("NFD", first) if not unicodedata.combining(c))
        table[int(code)] = plain.replace("ü", "v")
    return table


_PINYIN: dict[int, str] | None = None


def pinyin_table() -> dict[int, str]:
    """Code point → toneless pinyin, read once per process."""
    global _PINYIN
    if _PINYIN is None:
        _PINYIN = _load_pinyin()
    return _PINYIN


@lru_cache(maxsize=1)
def pinyin_syllables() -> frozenset[str]:
    """Every toneless pinyin syllable (ü written u, as ``pinyin_table`` writes it)."""
    return frozenset(s for s in pinyin_table().values() if s.isascii() and s.isalpha())


@lru_cache(maxsize=65_536)
def phonetic_key(token: str) -> str:
    """The toneless pinyin of a Chinese token, syllables joined by ``-``; Latin tokens are returned as they are."""
    if not is_cjk(token):
        return token
    table = pinyin_table()
    return "-".join(table.get(ord(ch), ch) for ch in token)
