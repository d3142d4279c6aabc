"""The shapes the twenty-eighth blind set showed the entity reading missed: a suspension whose names stand only in
the notice's own annex (对附件所列依据<notice>列入…的实体), a person's role run into the name before it in prose,
two-line annex entries (the Chinese name, the English name indented below, no brackets), and names joined by 和 in
a removal that cites its listing by book title. Texts written for these tests (issue 16), never copies of any
held-out text; the entities are real listed ones (/work/shared fixtures), the numbers and dates made up."""

from __future__ import annotations

from grammar_helpers import acts as _acts
from grammar_helpers import flagged as _flagged
from grammar_helpers import names as _names
from grammar_helpers import quiet as _quiet
from grammar_helpers import read as _read

_ANNEX = ("附件\n暂停实施管控措施的实体名单\n1. 内华达山脉公司（Sierra Nevada Corporation）\n"
          "2. 赛博勒克斯公司（Cyberlux Corporation）\n")


def _suspension(decision: str, annex_line: str = "附件：暂停实施管控措施的实体名单\n\n", annex: str = _ANNEX) -> str:
    return (f"商务部公告2046年第60号\n关于对部分实体暂停实施出口管制措施的公告\n\n{decision}\n\n特此公告。\n\n"
            f"{annex_line}商务部\n2046年8月20日\n\n{annex}")


def test_suspension_of_the_entities_its_own_annex_lists() -> None:
    ann = _read(_suspension("商务部决定，对附件所列、已由商务部公告2025年第21号列入出口管制管控名单的实体，"
                            "自2046年9月1日起暂停实施该公告规定的管控措施，暂停期限为一年。"))
    assert _acts(ann) == [("suspend", "ECL", "2046-09-01", "2047-09-01", ("MOFCOM-2025-21",))]
    assert _names(ann) == [("内华达山脉公司", "Sierra Nevada Corporation", "organization"),
                           ("赛博勒克斯公司", "Cyberlux Corporation", "organization")]
    _quiet(ann)


def test_suspension_of_the_annex_entities_with_a_range_period() -> None:
    ann = _read(_suspension("根据有关规定，商务部决定对附件所列商务部公告2025年第21号管控名单内的实体暂停实施该公告"
                            "规定的措施，暂停期限自2046年9月1日至2047年8月31日。", "附件：实体名单\n\n"))
    assert _acts(ann) == [("suspend", "ECL", "2046-09-01", "2047-08-31", ("MOFCOM-2025-21",))]
    assert [zh for zh, _en, _kind in _names(ann)] == ["内华达山脉公司", "赛博勒克斯公司"]


def test_an_annex_pointed_at_whose_names_cannot_be_read_is_a_doubt() -> None:
    ann = _read(_suspension("商务部决定，对附件所列依据商务部公告2025年第21号列入出口管制管控名单的实体，暂停实施该公告"
                            "规定的措施，暂停期限自2046年9月1日至2047年8月31日。",
                            annex="附件\n暂停实施管控措施的实体名单\n名单另行印发。\n"))
    assert _flagged(ann, "附件所列")


def test_quiet_twin_a_suspension_of_the_whole_cited_listing_names_no_one() -> None:
    for decision in ("商务部决定，对依据商务部公告2025年第21号列入出口管制管控名单的实体，暂停实施该公告规定的措施，"
                     "暂停期限自2046年9月1日至2047年8月31日。",
                     # the cited notice's annex, which this text does not print: the whole listing
                     "商务部决定，对商务部公告2025年第21号附件所列实体，暂停实施该公告规定的措施，"
                     "暂停期限自2046年9月1日至2047年8月31日。"):
        ann = _read(_suspension(decision, "", ""))
        assert _acts(ann) == [("suspend", "ECL", "2046-09-01", "2047-08-31", ("MOFCOM-2025-21",))]
        assert _names(ann) == []
        _quiet(ann)


_PERSONS = ("外交部关于对安舒曼·罗伊等3人采取反制措施的决定\n"
            "（2046年5月9日中华人民共和国外交部令第90号公布　自2046年5月9日起施行）\n\n"
            "近来，{a}安舒曼·罗伊（Anshuman Roy）、{b}约翰·库默（John A. Cuomo）以及{c}帕尔默·卢基（Palmer Luckey）"
            "多次推动对台军售，损害中国的主权、安全和发展利益。依据《中华人民共和国反外国制裁法》第四条、第五条、第六条、"
            "第九条和第十五条规定，外交部决定对上述3人采取反制措施：查封、扣押、冻结其在中国境内的各类财产；"
            "对其不予签发签证、不准入境。\n\n外交部\n2046年5月9日\n")


def test_a_persons_chinese_name_starts_after_the_membership_or_description_before_it() -> None:
    ann = _read(_PERSONS.format(a="一家美国军工企业顾问委员会成员", b="另一家企业的", c="曾任某防务公司理事会"))
    assert _acts(ann) == [("add", "CML", "2046-05-09", None, ())]
    assert _names(ann) == [("安舒曼·罗伊", "Anshuman Roy", "person"), ("约翰·库默", "John A. Cuomo", "person"),
                           ("帕尔默·卢基", "Palmer Luckey", "person")]
    _quiet(ann)


def test_quiet_twin_persons_named_without_a_description_keep_their_names() -> None:
    ann = _read(_PERSONS.format(a="", b="", c=""))
    assert _names(ann) == [("安舒曼·罗伊", "Anshuman Roy", "person"), ("约翰·库默", "John A. Cuomo", "person"),
                           ("帕尔默·卢基", "Palmer Luckey", "person")]
    _quiet(ann)


_TWO_LINE = ("商务部公告2046年第70号\n商务部关于将2家日本实体列入出口管制管控名单的公告\n\n"
             "商务部决定将下列2家日本实体列入出口管制管控名单，禁止出口经营者向其出口两用物项：\n\n"
             "一、IHI宇航株式会社\n    IHI Aerospace Co., Ltd.\n二、日本海洋联合株式会社\n"
             "    Japan Marine United Corporation\n\n本公告自2046年9月1日起实施。\n\n商务部\n2046年8月25日\n")


def test_two_line_entries_the_english_name_indented_below_the_chinese() -> None:
    ann = _read(_TWO_LINE)
    assert _acts(ann) == [("add", "ECL", "2046-09-01", None, ())]
    assert _names(ann) == [("IHI宇航株式会社", "IHI Aerospace Co., Ltd.", "organization"),
                           ("日本海洋联合株式会社", "Japan Marine United Corporation", "organization")]
    _quiet(ann)


def test_two_line_entries_in_an_annex_after_the_signature() -> None:
    ann = _read("商务部公告2046年第71号\n商务部关于将2家日本实体列入出口管制管控名单的公告\n\n"
                "商务部决定将附件所列2家日本实体列入出口管制管控名单，禁止出口经营者向其出口两用物项。"
                "本公告自发布之日起实施。\n\n商务部\n2046年8月25日\n\n附件\n出口管制管控名单\n"
                "1. IHI宇航株式会社\nIHI Aerospace Co., Ltd.\n"
                "2. 日本海洋联合株式会社\nJapan Marine United Corporation\n")
    assert _names(ann) == [("IHI宇航株式会社", "IHI Aerospace Co., Ltd.", "organization"),
                           ("日本海洋联合株式会社", "Japan Marine United Corporation", "organization")]
    _quiet(ann)


def test_quiet_twin_a_bracketed_entry_and_a_chinese_only_one_stay_as_printed() -> None:
    ann = _read("商务部公告2046年第72号\n商务部关于将2家日本实体列入出口管制管控名单的公告\n\n"
                "商务部决定将下列2家日本实体列入出口管制管控名单，禁止出口经营者向其出口两用物项：\n\n"
                "1. IHI宇航株式会社（IHI Aerospace Co., Ltd.）\n2. 日本海洋联合株式会社\n\n本公告自发布之日起实施。\n\n"
                "商务部\n2046年8月25日\nMinistry of Commerce\n")
    assert _names(ann) == [("IHI宇航株式会社", "IHI Aerospace Co., Ltd.", "organization"),
                           ("日本海洋联合株式会社", None, "organization")]
    _quiet(ann)


_REMOVAL = ("商务部公告2046年第80号\n关于将内华达山脉公司等2家美国实体移出出口管制管控名单的公告\n\n"
            "商务部依据《商务部关于将高点航空技术公司等16家美国实体列入出口管制管控名单的公告》（商务部公告2025年第21号），"
            "将{listed}列入出口管制管控名单。\n\n经审查，商务部决定：自2046年11月1日起，将内华达山脉公司与赛博勒克斯公司"
            "移出出口管制管控名单。\n\n商务部\n2046年10月20日\n")


def test_names_joined_by_yu_each_printed_before_with_its_english_are_two_entities() -> None:
    ann = _read(_REMOVAL.format(listed="内华达山脉公司（Sierra Nevada Corporation）和"
                                       "赛博勒克斯公司（Cyberlux Corporation）"))
    assert _acts(ann) == [("remove", "ECL", "2046-11-01", None, ("MOFCOM-2025-21",))]
    assert _names(ann) == [("内华达山脉公司", "Sierra Nevada Corporation", "organization"),
                           ("赛博勒克斯公司", "Cyberlux Corporation", "organization")]
    _quiet(ann)


def test_quiet_twin_a_joined_name_whose_halves_are_not_both_printed_stays_one_and_a_doubt() -> None:
    ann = _read(_REMOVAL.format(listed="内华达山脉公司（Sierra Nevada Corporation）等实体"))
    assert [zh for zh, _en, _kind in _names(ann)] == ["内华达山脉公司与赛博勒克斯公司"]
    assert _flagged(ann, "joined by 和/及/与")
