"""The operative-sentence grammar on the shapes of the nineteenth blind set, and the second reading's doubts on the
kinds of mistake it made there: a count pointing at the names that follow (以下N名) over fewer names, a citation
printed without its number, a table whose date column gives the start, a country word before a Latin-led name, and
persons in a table with an office column. Texts written for these tests (issue 16), never copies of any held-out
text; the entities are real listed ones (shared facts), the items, numbers and dates made up."""

from __future__ import annotations

from grammar_helpers import acts as _acts
from grammar_helpers import flagged as _flagged
from grammar_helpers import head as _head
from grammar_helpers import names as _names
from grammar_helpers import quiet as _quiet
from grammar_helpers import read as _read

from policywatch.parsers.crosscheck import citation_doubts, count_doubts
from policywatch.parsers.entities import strip_country_word
from policywatch.parsers.types import Action, Entity


def _order(number: int, object_: str, day: str = "2039年4月3日") -> str:
    return (f"关于对美国有关人员采取反制措施的决定\n\n（{day}中华人民共和国外交部令第{number}号"
            f"公布，自公布之日起施行）\n\n"
            f"　　依据《中华人民共和国反外国制裁法》第四条、第五条规定，中方决定对{object_}"
            f"采取反制措施：冻结其在我国境内"
            f"的动产、不动产和其他各类财产；对其不予签发签证、不准入境。\n\n外交部\n{day}\n")


_TWO = "米奇·麦克唐纳（Mitch McDonald）、安舒曼·罗伊（Anshuman Roy）"


def test_a_forward_count_over_fewer_names_is_flagged() -> None:
    ann = _read(_order(131, "以下3名人员").replace("采取反制措施：", f"采取反制措施：{_TWO}。措施为：", 1))
    assert [n[0] for n in _names(ann)] == ["米奇·麦克唐纳", "安舒曼·罗伊"]
    assert ann["needs_review"]


def test_a_forward_count_agreeing_with_the_names_is_quiet() -> None:
    _quiet(_read(_order(132, "以下2名人员").replace("采取反制措施：", f"采取反制措施：{_TWO}。措施为：", 1)))


def test_the_count_doubt_reads_the_text_not_the_grammar() -> None:
    people = (Entity("米奇·麦克唐纳", "Mitch McDonald", "US", "person"),)
    action = Action("add", "CML", people, (), None, None, False, (), None)
    assert count_doubts("中方决定对下列两名人员采取反制措施：米奇·麦克唐纳。", (action,))
    assert count_doubts("中方决定对下列1名人员采取反制措施：米奇·麦克唐纳。", (action,)) == []
    assert count_doubts("此前已决定对下列两名人员采取反制措施。", (action,)) == []


def _mofcom(number: int, title: str, body: str, day: str = "2039年5月6日") -> str:
    number_text = f"商务部公告2039年第{number}号"
    return _head(f"{number_text} {title}", number_text, day) + f"　　{body}\n\n商务部\n{day}\n"


def test_a_citation_without_its_number_is_flagged() -> None:
    ann = _read(_mofcom(30, "关于将BRINC无人机公司移出出口管制管控名单的公告",
                        "经研究决定，将商务部公告2025年第号所列BRINC无人机公司（BRINC Drones,Inc.）"
                        "移出出口管制管控名单。"
                        "本公告自公布之日起施行。"))
    assert _acts(ann)[0][:2] == ("remove", "ECL")
    assert _flagged(ann, "does not read")


def test_citation_doubts() -> None:
    assert citation_doubts("将〔2025〕号公告所列实体移出")
    assert citation_doubts("商务部公告2025年第　号所列")
    assert citation_doubts("商务部公告2025年第13号所列") == []
    assert citation_doubts("【发布文号】商务部公告2039年第30号") == []


def _gacc(rows: str, day: str = "2039年5月20日") -> str:
    return ("海关总署公告2039年第9号（关于对相关锆材实施出口监管的公告）\n\n"
            "　　根据《中华人民共和国出口管制法》有关规定，"
            "海关总署决定对下表所列物项实施出口监管，出口经营者应当向海关提交两用物项出口许可证件：\n\n"
            f"序号　物项名称　海关商品编号　实施日期\n{rows}\n\n　　特此公告。\n\n海关总署\n{day}\n")


def test_a_table_date_column_gives_the_start_of_a_control() -> None:
    ann = _read(_gacc("1　核级锆管　8109.31.00　2039年6月1日\n2　核级锆板　8109.39.00　2039年6月1日"))
    assert _acts(ann) == [("control", "ITEM", "2039-06-01", None, ())]
    _quiet(ann)


def test_rows_starting_on_different_days_are_flagged() -> None:
    ann = _read(_gacc("1　核级锆管　8109.31.00　2039年6月1日\n2　核级锆板　8109.39.00　2039年7月1日"))
    assert _flagged(ann, "a table prints a start")


def test_a_country_word_before_a_latin_led_name_is_no_part_of_it() -> None:
    ann = _read(_order(133, "美国ACT1联邦公司（ACT1 Federal）、S3航空防务公司（S3 AeroDefense）")
                .replace("有关人员", "有关企业"))
    assert [n[0] for n in _names(ann)] == ["ACT1联邦公司", "S3航空防务公司"]
    _quiet(ann)
    assert strip_country_word("美国光子公司", "American Photonics") == "美国光子公司"
    assert strip_country_word("美国ACT1联邦公司", "ACT1 Federal") == "ACT1联邦公司"
    assert strip_country_word("美国PVH集团", None) == "美国PVH集团"


def test_persons_in_a_table_with_an_office_column() -> None:
    text = ("关于对美国军工企业有关人员采取反制措施的决定\n\n（2039年6月2日中华人民共和国外交部令第134号"
            "公布，自公布之日起施行）"
            "\n\n　　依据《中华人民共和国反外国制裁法》有关规定，中方决定对附件所列人员采取以下反制措施：\n\n"
            "　　一、冻结其在我国境内的动产、不动产和其他各类财产；\n"
            "　　二、对其不予签发签证、不准入境。\n\n附件：反制清单\n\n"
            "外交部\n2039年6月2日\n\n附件\n反制清单\n\n序号　　姓名　　　　职务\n"
            "1　　　约翰·库默（John A. Cuomo）　　总裁\n"
            "2　　　阿迪亚·德瓦拉孔达（Aaditya Devarakonda）　　首席技术官\n")
    ann = _read(text)
    assert [(n[0], n[2]) for n in _names(ann)] == [("约翰·库默", "person"), ("阿迪亚·德瓦拉孔达", "person")]
    _quiet(ann)


def test_a_person_read_as_an_organization_is_doubted() -> None:
    from policywatch.parsers.review import _entity_doubts

    action = Action("add", "CML", (Entity("约翰·库默", "John A. Cuomo", "US", "organization"),), (), None, None,
                    False, (), None)
    assert any("reads as a person" in r for r in _entity_doubts("", action))
