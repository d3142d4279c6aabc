"""Build ``labelled.csv``: real listed names in realistic variants, and hard negatives.

Run ``.venv/bin/python tests/screening/make_labelled.py`` to regenerate (deterministic: fixed seed). Positives are
written from the entities in ../shared/fixtures/announcements/facts.json; each row's ``expected_match`` is the
entity's label (English name as first printed, else the Chinese name). Negatives have an empty ``expected_match``.

Which negatives are true negatives: a company that shares a brand word with a listed one but is another legal
entity (Boeing Capital Corp vs Boeing Defense, Space & Security; Sierra Nevada Brewing vs Sierra Nevada Corp).
Parents of listed units (The Boeing Company, Mitsubishi Heavy Industries, IHI Corporation, BAE Systems plc) are
left out on purpose: whether a parent is "the listed entity" is an ownership question, not a name question, and
a reviewer would want to see those hits.
"""

from __future__ import annotations

import csv
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # fixture_paths: where the shared texts are
sys.path.insert(0, str(Path(__file__).resolve().parent))

from opencc import OpenCC  # noqa: E402
from screening_facts import LABELLED_CSV, FactEntity, facts_entities  # noqa: E402

SEED = 20251105
FIELDS = ["query_name", "query_name_zh", "expected_match", "kind_of_variant"]

LEGAL_RE = re.compile(
    r"[,\s]*\b(Inc\.?|Incorporated|Corporation|Corp\.?|LLC|L\.L\.C\.|Co\.?,\s*Ltd\.?|Co\.|Company|Ltd\.?|"
    r"Limited Partnership|Limited)$",
    re.IGNORECASE,
)
SUFFIX_SWAPS = {
    "Inc.": "Incorporated", "Inc": "Incorporated", "Corporation": "Corp.", "Corp.": "Corporation", "LLC": "L.L.C.",
    "Co., Ltd.": "Company Limited", "Co.,Ltd": "Co. Ltd.", "Ltd.": "Limited", "Co.": "Company",
}
ADDED_SUFFIXES = [", Inc.", " LLC", " Corp.", " Inc", ", L.L.C.", " Incorporated", " Co."]
WORD_ABBREVIATIONS = {
    "Technologies": "Tech", "Technology": "Tech.", "International": "Int'l", "Systems": "Sys.",
    "Laboratories": "Labs", "Engineering": "Eng.", "Holdings": "Hldgs", "Services": "Svcs",
}
ZH_LEGAL = ["有限公司", "股份有限公司", "有限责任公司"]
KEYBOARD = "qwertyuiopasdfghjklzxcvbnm"

# Companies that share a word with a listed entity but are other legal entities.
SHARED_WORD_NEGATIVES = [
    "Boeing Capital Corp", "Boeing Commercial Airplanes", "Sierra Nevada Brewing Co.", "Sierra Pacific Industries",
    "Red Hat, Inc.", "Red Bull GmbH", "Shield Therapeutics plc", "Huntington Bancshares Incorporated",
    "Pacific Rim Mining Corp.", "Global Dimensions Fitness LLC", "Hudson Bay Company", "Hudson River Trading LLC",
    "Mitsubishi Corporation", "Mitsubishi Electric Corporation", "Kawasaki Motors Corp., U.S.A.",
    "Raytheon Intelligence & Space", "Teledyne Marine", "Planet Management Group", "Rapid Freight Services LLC",
    "Edge Computing Solutions Inc.", "Cyberlink Corp.", "Novotech Health Holdings", "EchoStar Corporation",
    "Halifax Bank of Scotland", "Recorded Books Inc.", "Ocean Engineering International Corp.",
    "Blue Origin LLC", "Dive Shop Supplies Ltd.", "Teal Airlines", "Area 51 Consulting", "Rhombus Systems",
    "Lazarus Naturals", "Exelixis, Inc.", "Alliant Energy Corporation", "Illuminate Education Inc.",
    "Lumina Foundation", "Intel Corporation", "Skydance Media", "Epirus Biopharmaceuticals", "Axiom Space",
    "Axient Pharma", "Insitu Building Products", "Vantage Drilling International", "Martin Marietta Materials",
    "Lockwood Martin Partners", "Andurand Capital Management", "General Electric Company", "General Motors Company",
    "Dynamics Research Corporation", "Group W Media", "Open Source Intelligence Ltd", "Summit Materials, Inc.",
    "Source Energy Services", "Applied Materials, Inc.", "Maritime Transport Services Ltd", "Cubic Zirconia Jewelers",
    "Neros Capital", "Marvin Windows and Doors", "Domo, Inc.", "Firestorm Pizza Co.",
    "Kratos Capital Partners", "Insight Enterprises, Inc.", "Urban Bank", "Mano Restaurant Group", "Vertex Aerospace",
    "Leido Stone Tile Co.", "Cox Enterprises, Inc.", "Gibbs Wire & Steel Company", "Intelligent Systems Corp.",
    "High Point University", "Universal Logistics Solutions Pte Ltd",
    "Jong Tai Shipping Co., Ltd.", "Gong Cha USA", "Fujian Shipbuilding Industry Group",
    "National Institute of Science Education", "Japan Marine Science Inc.", "NEC Display Solutions",
    "Hanwha Solutions Corporation", "Teal Communications", "Stick Shift Motors", "Textron Inc.",
    "Echodata Group", "Synnex Corporation", "Brink's Company", "Insitu Mining Technologies", "Aerocomm Systems",
]
SHARED_WORD_NEGATIVES_ZH = [
    "通用电气公司", "通用汽车公司", "中山大学", "中信银行股份有限公司", "龙德贸易有限公司", "英特尔公司",
    "三菱商事株式会社", "三菱电机株式会社", "环球物流有限公司", "护盾保险有限公司", "立方体科技有限公司",
    "红色文化传媒有限公司", "波音资本公司", "海岸电子有限公司", "顶峰物流有限公司", "国际航运股份有限公司",
    "急速快递有限公司", "内华达矿业公司", "哈德森贸易公司", "铁山矿业有限公司", "应用材料公司",
    "川崎汽车株式会社", "富士胶片株式会社", "日本电气硝子株式会社", "宇航服装有限公司", "环境科技有限公司",
]
GENERIC_NEGATIVES = [
    "Technology Co., Ltd.", "Bank", "Defense Systems", "Defense Systems Inc.", "Advanced Technology Inc.",
    "Aerospace Engineering Co.", "International Marine Engineering Corp.", "Global Logistics Holdings",
    "National Security Services LLC", "Applied Research Group", "Tactical Solutions LLC", "Unmanned Systems Inc.",
    "Mission Systems Group", "Information Technology Services Ltd.", "Maritime Systems Inc.",
    "Pacific Defense Solutions LLC", "Systems Simulation Solutions Inc.", "Heavy Industries Co., Ltd.",
    "Aero Engines Ltd.", "Network Systems Ltd.", "The Shipbuilding Company", "Holdings Inc.",
    "科技有限公司", "技术有限公司", "国际贸易有限公司", "航空工业股份有限公司", "造船股份有限公司", "防务系统公司",
    "人工智能公司", "无人机公司", "系统研究公司", "战术通信有限公司", "实验室公司", "航天科技集团",
]
UNRELATED = [
    "Huawei Technologies Co., Ltd.", "Siemens AG", "A.P. Moller - Maersk A/S", "Toyota Tsusho Corporation",
    "Samsung Electronics Co., Ltd.", "Nestle S.A.", "Bosch Rexroth AG", "Ningbo Zhoushan Port Co., Ltd.",
    "Shanghai Zhenhua Heavy Industries Co., Ltd.", "Contoso Trading LLC", "Acme Widgets Ltd", "Sinotrans Limited",
    "COSCO Shipping Holdings Co., Ltd.", "BASF SE", "Unilever PLC", "Foxconn Interconnect Technology",
    "Jiangsu Hengli Hydraulic Co., Ltd.", "Wuxi AppTec", "Tata Steel Limited", "Petrobras", "Hyundai Glovis",
    "Deutsche Bank AG", "Standard Chartered PLC", "Banco Santander S.A.", "Zurich Insurance Group",
    "上海振华重工（集团）股份有限公司", "宁波舟山港股份有限公司", "浙江吉利控股集团有限公司", "比亚迪股份有限公司",
    "中国远洋海运集团有限公司", "招商银行股份有限公司", "深圳市大疆创新科技有限公司", "台積電股份有限公司",
    "鴻海精密工業股份有限公司", "長榮海運股份有限公司", "華碩電腦股份有限公司", "株式会社日立製作所",
]
SYNTH_A = ["Northwind", "Bluewater", "Granite", "Silverline", "Redwood", "Lakeside", "Oakridge", "Sunrise", "Harbor",
           "Evergreen", "Falcon", "Maple", "Crescent", "Pioneer", "Keystone", "Riverbend", "Copperfield", "Westgate"]
SYNTH_B = ["Logistics", "Textiles", "Foods", "Plastics", "Components", "Machinery", "Trading", "Pharma", "Packaging",
           "Chemicals", "Apparel", "Instruments", "Metals", "Furniture"]
SYNTH_ZH_A = ["华远", "金桥", "东方明珠", "新安", "鼎盛", "瑞丰", "恒泰", "海川", "宏达", "嘉禾", "永信", "天成"]
SYNTH_ZH_B = ["纺织", "食品", "塑胶", "机械", "贸易", "制药", "包装", "化工", "服饰", "仪器", "五金", "家具"]


def typo(rng: random.Random, name: str) -> str | None:
    """One typing error in the longest word of six letters or more (substitution, deletion, swap, doubling)."""
    words = [w for w in re.findall(r"[A-Za-z]+", name) if len(w) >= 6 and w.lower() not in _LEGAL_WORDS]
    if not words:
        return None
    word = max(words, key=len)
    i = rng.randrange(1, len(word) - 1)
    kind = rng.choice(["sub", "del", "swap", "dup"])
    if kind == "sub":
        new = word[:i] + rng.choice(KEYBOARD.replace(word[i].lower(), "")) + word[i + 1 :]
    elif kind == "del":
        new = word[:i] + word[i + 1 :]
    elif kind == "swap":
        new = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    else:
        new = word[:i] + word[i] + word[i:]
    return name.replace(word, new, 1)


_LEGAL_WORDS = {"incorporated", "corporation", "limited", "company", "partnership"}


def english_variants(rng: random.Random, name: str, kind: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    stripped = LEGAL_RE.sub("", name).strip(" ,")
    if kind == "person":
        parts = name.split()
        out.append((f"{parts[-1].upper()}, {' '.join(parts[:-1])}", "person_reordered"))
        out.append((name.lower(), "case"))
        t = typo(rng, name)
        if t:
            out.append((t, "typo"))
        return out
    out.append((re.sub(r"[.,]", "", name).upper(), "case_punctuation"))
    if stripped != name:
        out.append((stripped, "suffix_removed"))
        for old, new in SUFFIX_SWAPS.items():
            if name.endswith(old):
                out.append((name[: -len(old)] + new, "suffix_abbreviated"))
                break
    else:
        out.append((name + rng.choice(ADDED_SUFFIXES), "suffix_added"))
    t = typo(rng, name)
    if t:
        out.append((t, "typo"))
    for word, short in WORD_ABBREVIATIONS.items():
        if re.search(rf"\b{word}\b", name):
            out.append((re.sub(rf"\b{word}\b", short, name), "word_abbreviated"))
            break
    if "&" in name:
        out.append((name.replace("&", " and ").replace("  ", " "), "ampersand"))
    elif " and " in name:
        out.append((name.replace(" and ", " & "), "ampersand"))
    if not name.lower().startswith("the ") and rng.random() < 0.3:
        out.append((f"The {stripped}", "leading_the"))
    camel = re.search(r"\b([A-Z][a-z]+)([A-Z][a-z]+)\b", name)
    if camel:
        out.append((name.replace(camel.group(0), f"{camel.group(1)} {camel.group(2)}"), "spacing"))
    return out


def chinese_variants(rng: random.Random, name: str, s2t: OpenCC) -> list[tuple[str, str]]:
    out = [(name, "chinese_only")]
    trad = s2t.convert(name)
    if trad != name:
        out.append((trad, "traditional"))
    base = re.sub(r"(股份有限公司|有限责任公司|有限公司|公司|株式会社|集团)$", "", name)
    if base != name and len(base) >= 2 and not base.endswith("分"):
        out.append((base + rng.choice(ZH_LEGAL), "chinese_legal_form"))
    if "·" in name:
        out.append((name.replace("·", ""), "chinese_punctuation"))
    return out


def positives(rng: random.Random, entities: list[FactEntity]) -> list[dict[str, str]]:
    s2t = OpenCC("s2t")
    rows: list[dict[str, str]] = []
    for entity in entities:
        variants: list[dict[str, str]] = []
        if entity.name_en:
            for query, kind in english_variants(rng, entity.name_en, entity.kind):
                variants.append({"query_name": query, "query_name_zh": "", "kind_of_variant": kind})
        if entity.name_zh:
            for query, kind in chinese_variants(rng, entity.name_zh, s2t):
                variants.append({"query_name": query, "query_name_zh": "", "kind_of_variant": kind})
        # Keep every kind represented while holding the set to a reviewable size: up to three per entity.
        rng.shuffle(variants)
        chosen = variants[:3]
        if entity.name_en and entity.name_zh and rng.random() < 0.25:
            zh = rng.choice([entity.name_zh, s2t.convert(entity.name_zh)])
            chosen.append({"query_name": entity.name_en.upper(), "query_name_zh": zh, "kind_of_variant": "bilingual"})
        for row in chosen:
            row["expected_match"] = entity.label
        rows.extend(chosen)
    rows.append({"query_name": "PVH Corp.", "query_name_zh": "", "expected_match": "美国PVH集团",
                 "kind_of_variant": "latin_part_of_chinese_name"})
    return rows


def negatives(rng: random.Random) -> list[dict[str, str]]:
    rows = [{"query_name": n, "query_name_zh": "", "kind_of_variant": "shares_words"} for n in SHARED_WORD_NEGATIVES]
    rows += [{"query_name": n, "query_name_zh": "", "kind_of_variant": "shares_words_zh"}
             for n in SHARED_WORD_NEGATIVES_ZH]
    rows += [{"query_name": n, "query_name_zh": "", "kind_of_variant": "generic"} for n in GENERIC_NEGATIVES]
    rows += [{"query_name": n, "query_name_zh": "", "kind_of_variant": "unrelated"} for n in UNRELATED]
    for _ in range(30):
        name = f"{rng.choice(SYNTH_A)} {rng.choice(SYNTH_B)} {rng.choice(['Inc.', 'LLC', 'Co., Ltd.', 'GmbH'])}"
        rows.append({"query_name": name, "query_name_zh": "", "kind_of_variant": "unrelated_synthetic"})
    for _ in range(15):
        name = f"{rng.choice(SYNTH_ZH_A)}{rng.choice(SYNTH_ZH_B)}{rng.choice(ZH_LEGAL)}"
        rows.append({"query_name": name, "query_name_zh": "", "kind_of_variant": "unrelated_synthetic_zh"})
    for row in rows:
        row["expected_match"] = ""
    unique: dict[str, dict[str, str]] = {}
    for row in rows:
        unique.setdefault(row["query_name"], row)
    return list(unique.values())


def build() -> list[dict[str, str]]:
    rng = random.Random(SEED)
    entities = facts_entities()
    return positives(rng, entities) + negatives(rng)


def main() -> None:
    rows = build()
    with LABELLED_CSV.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} rows to {LABELLED_CSV}")


if __name__ == "__main__":
    main()
