"""Shapes the twenty-ninth blind set showed the entity reading missed: a bracket holding the country before the
English name (A公司（美国，A Inc.）), a table of names with a 国别 column (tab- or space-separated), a listing cited
without 第 (商务部2025年13号公告) and recited in the passive with each name counted 一家. Texts written for these
tests (issue 16), never copies of any held-out text; the entities are real listed ones (/work/shared fixtures), the
numbers and dates made up."""

from __future__ import annotations

from grammar_helpers import acts as _acts
from grammar_helpers import flagged as _flagged
from grammar_helpers import names as _names
from grammar_helpers import quiet as _quiet
from grammar_helpers import read as _read


def _uel_resumption(names: str) -> str:
    return ("不可靠实体清单工作机制公告〔2047〕5号\n\n"
            "不可靠实体清单工作机制此前决定对不可靠实体清单工作机制公告〔2025〕2号所列部分实体暂停实施处理措施。"
            f"鉴于{names}未履行其所作承诺，工作机制决定自2047年3月10日起，对上述2家实体恢复实施该公告规定的处理措施。"
            "\n\n特此公告。\n\n不可靠实体清单工作机制\n2047年3月3日\n")


_READ = [("安杜里尔公司", "Anduril Industries", "organization"),
         ("海上战术系统公司", "Maritime Tactical Systems", "organization")]


def test_a_bracket_giving_the_country_before_the_english_name() -> None:
    ann = _read(_uel_resumption("安杜里尔公司（美国，Anduril Industries）、"
                                "海上战术系统公司（美国，Maritime Tactical Systems）"))
    assert _acts(ann) == [("resume", "UEL", "2047-03-10", None, ("UEL-2025-2",))]
    assert _names(ann) == _READ
    _quiet(ann)


def test_twin_the_english_name_alone_in_the_bracket_reads_the_same() -> None:
    ann = _read(_uel_resumption("安杜里尔公司（Anduril Industries）、海上战术系统公司（Maritime Tactical Systems）"))
    assert _names(ann) == _READ
    _quiet(ann)


def test_quiet_twin_a_bracket_of_a_country_alone_or_an_address_is_left_as_printed() -> None:
    from policywatch.parsers.text import english_brackets

    for text in ("安杜里尔公司（美国）", "顶峰科技公司（Summit Technologies Inc.，地址：美国弗吉尼亚州）",
                 "（美国，Anduril Industries）", "安杜里尔公司（美国，加州）"):
        assert english_brackets(text) == text


def test_quiet_twin_a_bracket_holding_an_office_after_the_english_name_stays_a_person() -> None:
    from policywatch.parsers.entities import name_pair
    from policywatch.parsers.text import english_brackets

    text = "艾克斯·雷（X Ray，维克多防务公司总裁）"
    assert english_brackets(text) == text
    assert name_pair(text)[:2] == ("艾克斯·雷", "X Ray")


def _uel_table(sep: str, country_head: str) -> str:
    rows = [("序号", "中文名称", "英文名称", country_head), ("1", "立方公司", "Cubic Corporation", "美国"),
            ("2", "文本矿公司", "TextOre", "美国"), ("3", "埃克索维拉公司", "Exovera", "美国")]
    table = "\n".join(sep.join(r) for r in rows)
    return ("不可靠实体清单工作机制公告〔2047〕2号\n\n"
            "根据《不可靠实体清单规定》有关规定，不可靠实体清单工作机制决定将以下3家美国实体列入不可靠实体清单：\n\n"
            f"{table}\n\n对上述实体采取以下处理措施：禁止其从事与中国有关的进出口活动；禁止其在中国境内新增投资。\n\n"
            "本公告自发布之日起实施。\n\n不可靠实体清单工作机制\n2047年2月5日\n")


_TABLE = [("立方公司", "Cubic Corporation", "organization"), ("文本矿公司", "TextOre", "organization"),
          ("埃克索维拉公司", "Exovera", "organization")]


def test_a_table_of_names_with_a_country_column_tab_or_space_separated() -> None:
    for sep in ("\t", " ", "\u3000"):
        ann = _read(_uel_table(sep, "国别"))
        assert _acts(ann) == [("add", "UEL", "2047-02-05", None, ())]
        assert _names(ann) == _TABLE, repr(sep)
        _quiet(ann)


def test_quiet_twin_a_table_with_a_country_column_named_guojia_reads_as_before() -> None:
    ann = _read(_uel_table("\t", "国家"))
    assert _names(ann) == _TABLE
    _quiet(ann)


def _ecl_removal(recital: str) -> str:
    return ("商务部公告2047年第9号　关于将2家实体移出出口管制管控名单的公告\n\n"
            f"{recital}经审查，上述实体已提交申请并作出相关承诺。根据《中华人民共和国出口管制法》第二十八条有关规定，"
            "商务部决定将其移出出口管制管控名单。\n\n本公告自发布之日起实施。\n\n商务部\n2047年6月2日\n")


_REMOVED = [("斯凯迪奥公司", "Skydio, Inc.", "organization"), ("红色六方案公司", "Red Six Solutions", "organization")]


def test_a_listing_cited_without_di_and_recited_in_the_passive_each_name_counted_one() -> None:
    ann = _read(_ecl_removal("依据商务部2025年13号公告，斯凯迪奥公司(Skydio, Inc.)一家、"
                             "红色六方案公司(Red Six Solutions)一家被列入出口管制管控名单。"))
    assert _acts(ann) == [("remove", "ECL", "2047-06-02", None, ("MOFCOM-2025-13",))]
    assert _names(ann) == _REMOVED
    _quiet(ann)


def test_quiet_twin_the_listing_cited_with_di_and_the_names_counted_together() -> None:
    ann = _read(_ecl_removal("依据商务部2025年第13号公告，斯凯迪奥公司（Skydio, Inc.）、"
                             "红色六方案公司（Red Six Solutions）2家实体被列入出口管制管控名单。"))
    assert _acts(ann) == [("remove", "ECL", "2047-06-02", None, ("MOFCOM-2025-13",))]
    assert _names(ann) == _REMOVED
    _quiet(ann)


def test_each_name_counted_one_is_a_count_of_the_names() -> None:
    from policywatch.parsers.entities import split_inline

    pairs, count, _deng = split_inline("斯凯迪奥公司（Skydio, Inc.）一家、红色六方案公司（Red Six Solutions）一家")
    assert [(zh, en) for zh, en, _rest in pairs] == [("斯凯迪奥公司", "Skydio, Inc."),
                                                     ("红色六方案公司", "Red Six Solutions")]
    assert count == 2
    # one name counted one keeps its count as before
    assert split_inline("斯凯迪奥公司（Skydio, Inc.）一家")[1] == 1


_QA = ("商务部新闻发言人就出口管制管控名单有关问题答记者问\n来源：商务部新闻办公室　　2047-08-03 10:00\n\n"
       "问：请介绍有关情况。\n\n答：")


def test_a_qa_citing_the_listing_again_by_its_number_alone() -> None:
    ann = _read(_QA + "商务部2025年第22号公告将12家美国实体列入出口管制管控名单。近期，其中诺沃特公司（Novotech, Inc.）"
                "和埃科达因公司（Echodyne）两家实体作出书面承诺。经审查，商务部决定，自2047年8月5日起至2048年8月4日，"
                "暂停对上述两家实体实施第22号公告所列措施。\n")
    assert _acts(ann) == [("suspend", "ECL", "2047-08-05", "2048-08-04", ("MOFCOM-2025-22",))]
    assert _names(ann) == [("诺沃特公司", "Novotech, Inc.", "organization"),
                           ("埃科达因公司", "Echodyne", "organization")]


def test_quiet_twin_a_number_alone_is_left_as_printed_where_it_names_no_one_notice() -> None:
    from policywatch.parsers.numbers import qualify_number_only

    for text in ("商务部2025年第22号公告、2024年第22号公告所列实体。暂停实施第22号公告所列措施。",  # two notices No.22
                 "暂停实施第22号公告所列措施。",  # none cited before
                 "商务部公告2025年第21号、第22号公告所列实体。"):  # a follow-on number of a full one
        assert qualify_number_only(text) == text
    assert qualify_number_only("商务部2025年第22号公告所列实体。暂停实施第22号公告所列措施。").endswith(
        "暂停实施商务部公告2025年第22号公告所列措施。")


def _mfa_order(lines: str) -> str:
    return ("外交部令 第95号\n关于对石平等3人采取反制措施的决定\n\n"
            "根据《中华人民共和国反外国制裁法》第四条、第五条、第六条、第九条、第十五条，外交部决定对以下人员采取反制措施：\n\n"
            f"{lines}\n\n措施如下：冻结其在我国境内的动产、不动产和其他各类财产；禁止我国境内的组织、个人与其进行有关交易、"
            "合作等活动；对其不予签发签证、不准入境。\n\n本决定自2047年4月2日起施行。\n\n"
            "外交部部长　×××\n2047年4月2日\n")


def test_persons_one_a_line_with_the_role_after_a_dash() -> None:
    ann = _read(_mfa_order("1. 石平(Seki Hei) —— 某国政党成员\n2. 岩崎茂(IWASAKI Shigeru) —— 某国防务智库委员\n"
                           "3. 帕尔默·卢基(Palmer Luckey) —— 某无人系统公司董事会成员"))
    assert _acts(ann) == [("add", "CML", "2047-04-02", None, ())]
    assert _names(ann) == [("石平", "Seki Hei", "person"), ("岩崎茂", "IWASAKI Shigeru", "person"),
                           ("帕尔默·卢基", "Palmer Luckey", "person")]
    _quiet(ann)


def test_quiet_twin_an_organisation_with_words_on_its_board_after_a_dash_stays_an_organisation() -> None:
    from policywatch.parsers.entities import guess_kind

    assert guess_kind("诺斯罗普·格鲁曼系统公司", "Northrop Grumman Systems Corporation", "—— 其董事会成员参与军售") \
        == "organization"
    assert guess_kind("L3哈里斯海事服务公司", "L3Harris Maritime Services", "—— 某集团子公司") == "organization"
    assert guess_kind("石平", "Seki Hei", "—— 某国政党成员") == "person"


def _ecl_listing(items: str) -> str:
    return ("商务部公告2047年第12号\n关于将哈德森技术公司等美国实体列入出口管制管控名单的公告\n\n"
            "根据《中华人民共和国出口管制法》有关规定，商务部决定将以下美国实体列入出口管制管控名单：\n\n"
            f"{items}\n\n禁止出口经营者向上述实体出口两用物项。\n\n本公告自公布之日起正式实施。\n\n商务部\n2047年7月1日\n")


def test_an_entry_printed_twice_is_one_entity_and_a_doubt() -> None:
    ann = _read(_ecl_listing("1.哈德森技术公司（Hudson Technologies Co.）\n2.赛博勒克斯公司（Cyberlux Corporation）\n"
                             "3.哈德森技术公司（Hudson Technologies Co.）"))
    assert _names(ann) == [("哈德森技术公司", "Hudson Technologies Co.", "organization"),
                           ("赛博勒克斯公司", "Cyberlux Corporation", "organization")]
    assert _flagged(ann, "printed twice")


def test_quiet_twin_three_different_entries() -> None:
    ann = _read(_ecl_listing("1.哈德森技术公司（Hudson Technologies Co.）\n2.赛博勒克斯公司（Cyberlux Corporation）\n"
                             "3.萨罗尼克科技公司（Saronic Technologies, Inc.）"))
    assert len(_names(ann)) == 3
    _quiet(ann)


def _removal_with_english(verb: str) -> str:
    return ("商务部公告2047年第20号 关于将埃科达因公司移出出口管制管控名单的公告\n\n"
            "商务部公告2025年第22号将埃科达因公司（Echodyne）列入出口管制管控名单。经审查，商务部决定自本公告发布之日起"
            "将该实体移出出口管制管控名单。\n\n商务部\n2047年9月3日\n\n"
            "English Version\nMOFCOM Announcement No. 20 of 2047\n"
            "Echodyne was added to the Export Control Control List by MOFCOM Announcement No. 22 of 2025. Upon review, "
            f"MOFCOM has decided to {verb} from the date of this announcement.\n"
            "Ministry of Commerce\n3 September 2047\n")


def test_the_entity_named_after_the_listing_notice_and_an_english_version_that_disagrees() -> None:
    ann = _read(_removal_with_english("suspend the measures against the entity for one year"))
    assert _acts(ann) == [("remove", "ECL", "2047-09-03", None, ("MOFCOM-2025-22",))]
    assert _names(ann) == [("埃科达因公司", "Echodyne", "organization")]
    assert _flagged(ann, "English version")


def test_quiet_twin_an_english_version_that_agrees() -> None:
    ann = _read(_removal_with_english("remove the entity from the Export Control Control List"))
    assert _names(ann) == [("埃科达因公司", "Echodyne", "organization")]
    _quiet(ann)
