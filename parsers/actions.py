"""The operative part of a notice → Actions: additions, amendments, suspensions and their kin, item controls."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass, field, replace

from policywatch.parsers import registry
from policywatch.parsers.clause_content import clause_of, named_by_content
from policywatch.parsers.dates import (
    MONTH_DAY,
    PERIOD,
    add_period,
    find_dates,
    parse_date,
    parse_period,
    start_date,
    table_starts,
    until_date,
)
from policywatch.parsers.entities import (
    COLUMN_HEAD,
    MEASURE_VERB,
    ORG_WORDS,
    PERSONS_WORD,
    AnnexGroup,
    bracketed_run,
    country_of,
    english_in_prose,
    find_count,
    guess_kind,
    leading_country,
    looks_like_clause,
    name_pair,
    names_divisions,
    parse_annex,
    prose_names,
    prose_orgs,
    prose_role_names,
    split_inline,
    split_object,
    strip_country_word,
    strip_item_number,
    unclosed_bracket,
)
from policywatch.parsers.measure_table import TABLE_DECISION, table_groups
from policywatch.parsers.measures_by_number import assigned_measures
from policywatch.parsers.numbers import CITED_CLAUSE, MASTHEAD_NO, NumberMatch, find_numbers
from policywatch.parsers.numerals import CN_NUMBER_CHARS, to_int
from policywatch.parsers.picks import PICKED, PICKED_BY_PLACE, places, stated_total
from policywatch.parsers.recited import recited_object, recited_target
from policywatch.parsers.text import split_depth0, squash
from policywatch.parsers.types import Action, ActionKind, Entity, ListName

LIST_WORDS: tuple[tuple[str, ListName], ...] = (
    ("不可靠实体清单", "UEL"),
    ("出口管制管控名单", "ECL"),
    ("管控名单", "ECL"),
    ("出口管制关注名单", "ECWL"),
    ("关注名单", "ECWL"),
    ("反制清单", "CML"),
    # Older decisions say 反制裁 where later ones say 反制: the same list.
    ("反制裁清单", "CML"),
    # A list's name with 名单 and 清单 swapped ("不可靠实体名单", "出口管制管控清单", "反制名单"): the same list. Not
    # a bare 管控清单, which may be a list of controlled goods ("两用物项出口管控清单").
    ("不可靠实体名单", "UEL"),
    ("出口管制管控清单", "ECL"),
    ("出口管制关注清单", "ECWL"),
    ("反制名单", "CML"),
    ("反制裁名单", "CML"),
)
_LISTS = "|".join(w for w, _ in LIST_WORDS)

# "决定将…", "决定自2027年7月1日起将…": the start may stand between the decision and its object.
# "工作机制现决定，将…", "决定：将…": a comma or a colon may follow 决定.
# "自2030年5月20日起，商务部将…": a sentence opening with its start, the agency acting without 决定 — unless the
# sentence tells it as a thing done before ("…一事，已于此前公告").
# "决定同意上述申请，将…": the decision may grant a request before its object.
_DECIDE_TO = (r"(?:决定[，,：:]?\s*(?:(?:同意|接受|批准)[^。，将]{0,20}[，,]\s*)?"
              r"(?:(?:自(?:即日|[^。，将]{4,30}?)|即日)起[，,]?)?"
              r"|自(?:即日|[^。，将]{4,30}?)起[，,]\s*(?:商务部|外交部|(?:不可靠实体清单)?工作机制)\s*"
              r"(?![^。]*?(?:一事|已于|此前|已经|曾)))\s*将")
# "将A纳入不可靠实体清单": 纳入 a list adds to it as 列入 does (纳入 a control is an item control, no list).
# "将A不再列入<list>" is no listing (a removal, read by _NO_LONGER).
_ADD = re.compile(rf"{_DECIDE_TO}(?P<seg>(?:(?!决定)[^。])+?)(?:(?<!不再)列入|纳入)(?P<list>{_LISTS})")
# "工作机制决定予以列入不可靠实体清单：A（…），B（…）": the verb with no object before it, the names after the colon.
_ADD_COLON = re.compile(rf"决定[，,]?\s*(?:自(?:即日|[^。，：]{{4,30}}?)起[，,]?)?\s*(?P<seg>)予以(?:列入|纳入)"
                        rf"(?P<list>{_LISTS})(?=[：:])")
_AMEND = re.compile(rf"决定于(?P<date>[^将。]{{6,16}}?)将(?P<seg>[^。]+?)列入(?P<list>{_LISTS})[^。]*。")
_AMEND_MEASURES = re.compile(r"现决定对[^。：]{1,12}采取以下[^。：]{0,6}措施[：:]")
# "外交部决定，自2026年10月12日起，对A、B二人采取反制措施": the start may stand between 决定 and 对.
# Older orders say 实施反制裁措施 for 采取反制措施, or 实施反制裁： with the measures below.
# The law it rests on may stand between 决定 and 对 ("中方决定根据《反外国制裁法》对X采取反制措施").
_BY_LAW = r"(?:(?:根据|依据|依照)《[^》]{2,40}》(?:有关规定|的规定|规定)?[，,]?\s*)?"
_COUNTER = re.compile(
    rf"决定[，,]?\s*(?P<start>自(?:即日|[^。，：]{{4,30}}?)起)?[，,]?\s*{_BY_LAW}对(?P<seg>(?:《[^》。]*》|[^。：《])+?)(?:采取|实施|予以)"
    r"(?P<following>以下|如下|下列)?反制(?:裁)?(?:措施[：:]?|[：:])")
# A title cited in 《》 is no object ("对<order>《关于对A采取反制措施的决定》所列B，暂停…"): the object may hold a whole
# title, never half of one.
# "决定对后附《反制清单》所列2名人员采取以下措施：": the measures named by no 反制; read only where the object or
# the title says 反制, since a UEL notice words its own measures so too.
# The law countermeasures rest on: a decision under it taking measures (惩戒措施, plain 措施) is a countermeasure
# whatever it calls them.
COUNTER_LAW = "反外国制裁法"
_COUNTER_PLAIN = re.compile(
    r"决定[，,]?\s*(?P<start>自(?:即日|[^。，：]{4,30}?)起)?[，,]?\s*对(?P<seg>(?:《[^》。]*》|[^。：《])+?)(?:采取|实施)"
    r"(?P<following>以下|如下|下列)措施[：:]")
# "中方决定：" and then numbered groups "一、对<object>，<measures>": the decision with its objects in the items.
# "中方决定采取以下反制措施：" introduces the same groups.
# A name and its English bracket, opening a group.
_NAMED_FIRST = r"[\u3400-\u9fff·・]{2,30}[（(][A-Za-z][^（）()\n。]*[）)]"
# "（一）A（…）、B（…）：对其…": the names first, their measures after a colon.
# "中方决定：" and paragraphs with no number, each opening with its names ("A（…）与B（…）两家企业，其…予以冻结"):
# the same groups unnumbered.
# "A、B两家企业，冻结…": a paragraph opening with names counted by their kind, Chinese only, then its measures.
_COUNTED_GROUP = (rf"[^\n。，：:]{{2,120}}?(?:\d{{1,3}}|[{CN_NUMBER_CHARS}]{{1,3}})[家名][^\n。，：:]{{0,12}}?"
                  r"(?:企业|公司|实体|机构|单位|人员|个人)[，,]")
_DECISION_ITEMS = re.compile(
    rf"决定(?:采取(?:以下|如下|下列)反制(?:裁)?措施)?(?:[：:]|(?<=的决定)(?=\s*\n+\s*[{CN_NUMBER_CHARS}]{{1,3}}、(?:对|将|冻结|查封|扣押)))\s*\n+\s*(?:(?:[{CN_NUMBER_CHARS}]{{1,3}}、|[（(][{CN_NUMBER_CHARS}]{{1,3}}[）)])\s*"
    rf"(?:[对将]|冻结|查封|[^：:\n。]{{2,200}}?[）)]\s*[：:])|(?=[^\n。，]{{0,20}}?{_NAMED_FIRST})|(?={_COUNTED_GROUP}))")
_NAMED_LINE = re.compile(rf"^(?:[^\n。，]{{0,20}}?{_NAMED_FIRST}|{_COUNTED_GROUP})")
# "（一）A（…）、B（…）：对其本人…": the object, a colon, its measures.
_NAMES_COLON = re.compile(r"^(?P<seg>[^：:。]+?[）)])\s*[：:]\s*(?P<m>.+)$")
# "一、冻结A、B在我国境内的动产…，禁止…": the measure first, its object inside it.
_FREEZE_FIRST = re.compile(r"^(?P<verb>冻结|查封|扣押)(?P<seg>[^，。；]+?)(?P<where>在(?:我国|中国)境内的.*)$")
# "对A、B两人及其直系亲属不予签发签证": the family the measure extends to is not a name.
_FAMILY = re.compile(r"及其(?:直系)?(?:亲属|家属|家庭成员)$")
# "将<notice>列入管控名单的以下2家实体移出该名单：": the list named in the relative clause, referred to by 该名单.
_REMOVE = re.compile(rf"{_DECIDE_TO}(?P<seg>(?:(?!决定)[^。])+?)(?:移出|调出)(?P<list>{_LISTS}|(?:该|上述)名单)"
                     r"(?P<cite>[^。]*)")
# "商务部决定，A自本公告公布之日起不再列入出口管制管控名单": the subject is who leaves the list, its start may follow
# it; the clause opens after a mark (never inside a recital of the clause before). "关于A不再列入…的公告" is a title;
# "…的企业将不再列入" a condition or a promise, no decision.
_NO_LONGER = re.compile(
    rf"(?:^|(?<=[。\n，；：]))(?P<head>[^。，；：\n]*?决定[，,：:]?)?\s*(?:自[^。，]{{4,30}}?起[，,]?)?\s*将?"
    rf"(?P<seg>(?!自)[^。，；：\n]+?)\s*(?P<when>自[^。，]{{2,30}}?起)?[，,]?\s*(?<![将会可能])不再列入(?P<list>{_LISTS})(?!的)"
    rf"(?P<cite>[^。]*)")
# "决定不再将A列入出口管制管控名单": the same removal, the negation before the object.
_NOT_AGAIN = re.compile(
    rf"(?P<head>决定)[，,：:]?\s*(?:自[^。，]{{4,30}}?起[，,]?)?\s*不再将(?P<seg>[^。]+?)列入(?P<list>{_LISTS})(?!的)"
    rf"(?P<cite>[^。]*)")
# "决定，对于<notice>列入管控名单的A和B，即日起移出该名单": the object put first with 对(于), in a clause of its own.
_REMOVE_TOPIC = re.compile(
    rf"决定[，,：:]?\s*(?:自(?:即日|[^。，]{{4,30}}?)起[，,]?)?\s*对(?:于)?(?P<seg>[^。，；]+?)[，,]\s*"
    rf"(?:(?P<when>自?(?:即日|[^。，]{{4,30}}?)起)[，,]?)?\s*(?:将其|予以|一并)?(?:移出|调出|移除)(?P<list>{_LISTS}|(?:该|上述)名单)"
    r"(?P<cite>[^。]*)")
# "工作机制作出决定：A（…）、B（…）移出不可靠实体清单": the decision's colon, then who leaves the list as the subject,
# with no 将.
_REMOVED_SUBJECT = re.compile(rf"决定[：:]\s*(?P<seg>(?!将)[^。：:；将]+?)(?:移出|调出|移除)(?P<list>{_LISTS})"
                              r"(?P<cite>[^。]*)")
# "将A、B从出口管制管控名单中移除": the list between 从 and the verb.
# "将上述2家实体从〔2025〕1号公告所附不可靠实体清单中移出": the listing notice may stand before the list's name.
_REMOVE_FROM = re.compile(
    rf"{_DECIDE_TO}(?P<seg>(?:(?!决定)[^。])+?)从(?P<pre>[^。从]{{0,40}}?(?:所附|所列|附件)的?)?(?P<list>{_LISTS})中?"
    r"(?:移除|移出|删除)"
    rf"(?P<cite>[^。]*)")
# "决定取消对上述两家机构采取的反制措施，并将其从反制清单中移出": the removal's object 其 (or 上述机构) is the
# object of the cancellation before it.
# "停止对<notice>所列A实施处理措施，并将其移出不可靠实体清单": the same, the list after the verb.
_REMOVE_ITS = re.compile(
    rf"决定[，,：:]?\s*(?:自(?:即日|[^。，]{{4,30}}?)起[，,]?)?\s*(?:取消|解除|停止|终止)(?:实施)?对(?P<seg>[^。，]+?)所?(?:采取|实施)的?"
    rf"[^。，]{{0,8}}?措施[，,]\s*(?:并|同时)?\s*将(?:其|上述[^。，从]{{0,16}}?)"
    rf"(?:从(?P<pre>[^。从]{{0,40}}?(?:所附|所列|附件)的?)?(?=(?:{_LISTS})中?(?:移除|移出|删除))|(?:移除|移出)(?={_LISTS}))"
    rf"(?P<list>{_LISTS})中?(?:移除|移出|删除)?(?P<cite>[^。]*)")
# "对商务部公告2025年第13号列入管控名单的部分实体", "1月14日公告（…〔2025〕2号）所列实体": the listing notice.
_LISTING_CITED = re.compile(rf"(?P<cite>[^。；]{{0,80}}?)(?:所列|列入(?P<list>{_LISTS})的)"
                            # "列入商务部2025年第21号公告的下列实体": the listing named as where they were put.
                            rf"|列入(?P<into>[^。；，]{{4,40}}?(?:公告|令))的")
# "取消对A和B两家企业采取的反制措施": the object is the entities themselves, named in the clause.
# "对A及B实施出口管制管控措施": the 的 may be left out.
_ENTITY_OBJECT = re.compile(r"^对(?P<obj>[^。]+?)(?:采取|实施)的?(?P<what>[^。]{0,8}?)措施")
# "<notice>列入<list>的X": a relative clause naming where X was listed — a citation, not the verb of the sentence.
# Trade remedies, tariffs and inspection of imports share the verbs (暂停, 停止, 终止, 恢复) but are no list and no
# export control (进出口, a list's measure, does not hold 进口).
OTHER_DOMAIN = re.compile(r"反倾销|反补贴|保障措施|关税|加征|检验检疫|输华|进口")
# Words that point at names elsewhere ("下列人员", "上述企业", "决定将其列入…：" and the names below): never a name
# themselves.
# 下述 says 下列 in other words ("所列的下述2家实体").
# "其中以下3家实体": some of a listing told before, named below.
_POINTER = re.compile(r"^(?:其中)?(?:下列|以下|下述|上述|前述|有关|相关|该|其(?![他余中]))")
# "商务部公告2025年第13号所列X": the same citation worded with 所列.
# "…〔2025〕9号中列明的X": the same citation worded with 列明.
_LISTED_BY = re.compile(rf"^(?P<rel>.*(?:列入(?:{_LISTS})的|所列的?|中?列明的))")
_MEASURES_INTRO = re.compile(r"^[^。：]{0,40}?以下[^。：]{0,8}?措施[：:]")
_INLINE_MEASURE = re.compile(r"^，\s*(?P<m>禁止[^。]+)。")
# "…列入反制裁清单，禁止…活动：" and the names below: the measure ends at the colon that opens the list.
_INLINE_MEASURE_COLON = re.compile(r"^，\s*(?P<m>禁止[^。：:]+)[：:]")
# A numbered measure: 一、 or （一）.
_NUMBERED = re.compile(rf"^(?:[{CN_NUMBER_CHARS}]{{1,3}}、|[（(][{CN_NUMBER_CHARS}]{{1,3}}[）)])\s*(?P<text>.+)$")
# A decision item numbered （一） or 一、: its object (对… or 将…列入<list>) and its measures.
_ITEM = re.compile(rf"^(?:[{CN_NUMBER_CHARS}]{{1,3}}、|[（(][{CN_NUMBER_CHARS}]{{1,3}}[）)])\s*(?P<text>.+)$")
_ITEM_LISTS = re.compile(rf"^将(?P<seg>.+?)列入(?P<list>{_LISTS})(?P<rest>.*)$")
# "本公告自2030年7月1日起执行": 执行 states the start as 施行 does.
# "本公告即日起施行": 即日 without 自 is the day of publication too.
_EFFECTIVE = re.compile(r"(?:自[^。，]*?|(?<![自\d])即日)起(?:正式)?(?:实施|施行|生效|执行)")
_TITLE_COUNT = re.compile(r"(?:等|将|上述|的)\s*(?P<n>\d{1,4}|两|[一二三四五六七八九十]{1,3})\s*[家名]")
_ABOVE_COUNT = re.compile(r"上述\s*(?P<n>\d{1,4}|两|[一二三四五六七八九十]{1,3})\s*[家名]")
# "该两家实体", "以上2家企业": a count pointing back at names told before.
_BACK_COUNT = re.compile(r"(?:该|上述|前述|以上)\s*(\d{1,4}|两|[一二三四五六七八九十]{1,3})\s*[家名]")

# The verbs of a status change, each with its kind; the object (cited notices, 相关措施, clauses) comes after the
# verb ("暂停X相关措施90天") or before it ("对X的相关措施继续暂停120天", "X第二款不再实施"), the period last.
_VERB_STEMS: tuple[tuple[str, ActionKind], ...] = (
    ("继续暂停", "suspend"), ("暂停", "suspend"), ("的暂停", "suspend"),
    # 中止 and 暂缓 say 暂停 in other words; 撤销 says 取消.
    ("中止", "suspend"), ("暂缓", "suspend"), ("撤销", "remove"),
    ("停止", "terminate"), ("不再", "terminate"), ("终止", "terminate"), ("废止", "terminate"),
    ("恢复", "resume"),
    ("取消", "remove"), ("移出", "remove"), ("解除", "remove"), ("失效", "terminate"),
)
# "…相关措施的暂停期限延长90天" continues a suspension, like 继续暂停.
# The one pattern of the status verbs: the grammar reads changes by it, review doubts and judges relevance by it.
STATUS_VERB = (r"(?:的)?暂停(?:实施|执行)?(?:的)?期限(?:[，,]?\s*自[^，。起]{2,30}?起)?(?:延长|顺延)"
               r"|(?:继续暂停|暂停|中止|暂缓|停止|终止|废止|恢复)(?:实施|执行|施行)?|不再(?:实施|执行|施行)|取消|撤销|解除|移出"
               # "<notice>自A起失效": a notice repealed by its date, the verb after the start.
               r"|(?<=起)失效")
_PERIOD_TAIL = rf"(?P<period>(?:\d{{1,4}}|[{CN_NUMBER_CHARS}]{{1,4}})\s*(?:个月|天|日|周|年))?"
# Subject, 决定 and a start may stand before the verb: "外交部决定自2027年6月1日起解除对…采取的反制措施".
# Or the acting body itself: "…，不可靠实体清单工作机制继续暂停…相关措施，商务部继续暂停…相关措施".
# Two bodies may act together: "工作机制和商务部将分别继续暂停A和B相关措施" (one clause, a target per list).
# A second change in the same sentence may open with 亦/也: "…；对<notice>所列实体，亦继续暂停相关措施", or 并.
# "自即日起一年内暂停…": the period right after the start (read by _WITHIN).
_WITHIN_TAIL = rf"(?:\s*(?:\d{{1,4}}|[{CN_NUMBER_CHARS}]{{1,4}})\s*(?:个月|天|日|周|年)内)?"
_BODY = r"(?:中方|(?:不可靠实体清单)?工作机制|商务部|外交部|海关总署)"
# "自2035年3月1日起，商务部将A列入…", "现将A列入…": a listing stated without 决定 (read only in a notice that
# states no other change: a news text or a Q&A may tell a listing as background).
_ADD_STATED = re.compile(
    rf"(?:(?:^|(?<=[。\n，,]))\s*自[^。，]{{4,30}}?起[，,]?\s*{_BODY}|(?<![此曾])现)\s*将(?P<seg>[^。：:\n]+?)(?:列入|纳入)"
    rf"(?P<list>{_LISTS})")
_NOTICE_TITLE = re.compile(r"公告|决定|令")
_SUBJECT = rf"{_BODY}(?:\s*[和与、]\s*{_BODY})*\s*(?:将)?\s*(?:分别)?"
_VERB_START = re.compile(
    rf"^(?:[^，。]{{0,20}}?(?:决定|宣布)[：:]?|{_SUBJECT})?\s*(?:自\s*(?:北京时间)?[^，。起]{{2,30}}?起{_WITHIN_TAIL})?\s*(?:亦|也|同样|同时|并)?\s*"
    rf"(?:延长(?=暂停))?(?P<verb>{STATUS_VERB})(?P<rest>.+)$")
# "该款自A起继续暂停实施至B": an end date may close the clause after the verb.
_VERB_END = re.compile(rf"^(?P<rest>.+?)(?P<verb>{STATUS_VERB}){_PERIOD_TAIL}(?:至[^，。]{{4,20}}?(?:日|止))?$")
# A verb clause with no object of its own: "继续暂停实施180天", "自…起停止实施".
_BARE_REST = re.compile(rf"^(?:实施|执行)?\s*{_PERIOD_TAIL}$")
_EXTENDS = re.compile(r"^(?:自\s*[^，。起]{2,30}?起)?\s*(?:延长|顺延)")
_PERIOD_OBJECT = re.compile(r"暂停(?:实施|执行)?的?期限$")
# The measures a status change acts on, by list: 处理措施 (UEL), 反制措施 (CML), 管控措施 (ECL), or plain 措施.
_MEASURES = r"(?:处理|反制|管控)?措施"
# 该款, 该公告规定的措施, 上述措施, 前述条款: the object referred back to, named in a clause before the verb's.
# "上述三份公告": the notices counted, each cited in the sentence before.
# "该公告对相关实体采取的出口管制管控措施": the measures the notice took on its entities, named whole.
_ANAPHOR = re.compile(
    rf"^(?:该|上述|前述|此|其)(?:(?:\d{{1,2}}|[{CN_NUMBER_CHARS}]{{1,3}})(?:份|项|个|款|条))?(?:款|条|项|条款|公告|决定|令|措施)?(?:规定的|所列的?|的)?(?:相关|有关)?"
    rf"(?:对(?:相关|有关|所列)?(?:实体|企业)(?:采取|实施)的(?:出口管制)?)?"
    rf"(?:(?:出口管制)?{_MEASURES}|规定|内容|条款)?\s*(?:实施|执行)?$")
# "上述第二款在前述期限届满后，自A起继续暂停实施": the clause before the verb's points back at what the sentence
# before cited.
_POINTS_BACK = re.compile(
    rf"^(?:该|上述|前述)(?:(?:\d{{1,2}}|[{CN_NUMBER_CHARS}]{{1,3}})(?:份|项|个|款|条)|"
    rf"(?:(?:\d{{1,2}}|[{CN_NUMBER_CHARS}]{{1,3}})(?:份|项|个))?(?:第[{CN_NUMBER_CHARS}\d]{{1,3}}(?:款|项)|款|条款|公告|决定|令))")
# "现将有关事项公告如下：该款自A起继续暂停实施": the intro before the colon is no part of the clause's object.
_AS_FOLLOWS = re.compile(r"^[^：:]*?如下[：:]\s*")
# "上述第三款", "该公告第三款": a clause of the notice cited before, named by its number.
_CLAUSE_BACK = re.compile(rf"^(?:该|上述|前述)(?:公告|决定|令)?第(?P<n>[{CN_NUMBER_CHARS}\d]{{1,3}})(?:款|项)$")
# "自2033年10月15日起一年内": a period written right after the start.
_WITHIN = re.compile(rf"起\s*(?P<p>(?:\d{{1,4}}|[{CN_NUMBER_CHARS}]{{1,4}})\s*(?:个月|天|日|周|年))内")
# "…的暂停实施期限将于2033年7月31日届满": when the suspension a continuation extends runs out.
_ENDS_ON = re.compile(r"期限?将?于\s*(?P<d>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?:届满|到期|期满|结束)")
_RUNNING_OUT = re.compile(rf"措施的(?:暂停)?{_ENDS_ON.pattern}")
_RAN_TO = re.compile(r"暂停期限至\s*(?P<d>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)")
# "X自…起不再列入管控名单": a removal said as no longer listed; what follows for 其 is its consequence.
_NO_LONGER_LISTED = re.compile(rf"不再列入(?:{_LISTS})")
# "继续暂停的期限为一年，自A起计算": a sentence stating only the period of the suspension before it.
# "暂停期限自A起计算，为180日": the start may come first.
_PERIOD_SENTENCE = re.compile(r"^(?:继续)?暂停(?:实施|执行)?的?期限"
                              r"(?:(?P<from_first>自[^，。]{4,30}?起)(?:计算|算|计)?[，,]\s*)?[为是]\s*(?P<p>[^，。；]{1,8}?)"
                              r"(?:[，,]\s*(?P<from>自[^，。]{4,30}?起)(?:计算|算|计)?)?$")
# "自A起至B止": a range stated in full, whose end is printed.
_STATED_RANGE = re.compile(r"自\s*(?:北京时间)?[^，。起]{4,30}?起\s*至\s*(?:北京时间)?(?P<end>[^，。起]{6,24}?日)")
# "不再对X实施出口管制": a control ended, its object between the negation and the verb.
_NO_LONGER_CONTROLS = re.compile(r"不再对(?P<obj>[^，。；]{1,60}?)(?:实施|采取)(?P<c>(?:出口)?(?:管制|管控)(?:措施)?)$")
# "同时，…": a sentence continuing the decision of the one before, under its start.
_ALONGSIDE = re.compile(r"^\s*(?:同时|与此同时)")
# "该款在上述期限届满后继续暂停实施": the time said in words, no part of the object.
# "…该公告规定的管控措施60天": the period closing the object is no part of it either.
# A comma inside a bracket is part of a name ("Boeing Defense, Space & Security"), never dropped.
_DATES_IN_REST = re.compile(rf"[，,]?\s*(?:自\s*(?:北京时间)?[^，。起]{{2,30}}?起|至[^，。]{{4,20}}?(?:日|止)"
                            r"|[，,](?![^（()）]*[）)])"
                            rf"|即日起|在(?:上述|前述|该)?(?:暂停)?期限?届满(?:后|之后)"
                            rf"|(?<=措施)(?:\d{{1,4}}|[{CN_NUMBER_CHARS}]{{1,4}})\s*(?:个月|天|周|年)$)")
# "上述暂停均自北京时间A起算": the start of the changes of the sentence before, in a sentence of its own.
# "暂停自A起，期限六个月。": the start, and the period, of the suspension the sentence before decided.
_STARTS_AFTER = re.compile(r"^(?:(?:上述|以上|前述)[^，。；]{0,10}?|暂停|中止)(?:均|都|皆|一并)?\s*"
                           r"(?P<start>自\s*(?:北京时间)?[^，。起]{4,30}?起)(?:算|计算|计|执行|实施|生效)?"
                           r"(?:[，,]\s*(?:期限|为期)[为是]?\s*(?P<p>[^，。；]{1,8}))?$")


def _start_told_after(following: list[str]) -> re.Match[str] | None:
    """``…暂停…，为期一年。两家企业均于…列入…。公告指出，暂停自公告发布之日起计算…``: the start of the change
    before, in a clause of a sentence after it; a sentence between that changes something of its own ends the
    search."""
    for sentence in following:
        if whole := _STARTS_AFTER.match(sentence.strip()):
            return whole  # "暂停自A起，期限六个月。": the start and the period
        for clause in split_depth0(sentence, "，,；;"):
            if later := _STARTS_AFTER.match(clause.strip()):
                return later
        if re.search(STATUS_VERB, sentence):
            return None
    return None


_SAME_PERIOD = re.compile(r"^(?:暂停)?(?:期限|为期)(?:均)?(?:相同|同上|一致)$")
_COUNTS_FROM = re.compile(r"^(?:期限)?自[^，。]{4,30}?起(?:计算|算|计)?$")
# "…暂停实施…，有效期一年，自A起算": the suspension's validity is its period.
# "暂停期限自A起顺延一年": the period counted on from a later start, its length after the verb.
_PERIOD_CLAUSE = re.compile(r"^(?:(?:暂停|中止|暂缓)期限?|期限|为期|有效期)"
                            r"(?:[为是]|\s*自[^，。]{4,30}?起(?:顺延|延长))?\s*(?P<p>[^，。；]{1,8})$")
# "…，暂停期限均为180天", "…，上述两项措施的暂停期限均为90天": one period for every verb clause of the sentence
# before it; the measures it names, if any, are those clauses'.
# "…暂停实施，暂停期限分别为四十日和八十日": one period per list the clause before names, in printed order.
_ONE_PERIOD = rf"(?:\d{{1,4}}|[{CN_NUMBER_CHARS}]{{1,4}})\s*(?:个月|天|日|周|年)"
_EACH_PERIOD = re.compile(rf"^(?:(?:暂停|中止|暂缓)期限?|期限|为期)分别[为是]?\s*"
                          rf"(?P<ps>{_ONE_PERIOD}(?:\s*(?:、|和|及|与)\s*{_ONE_PERIOD})+)$")
_SHARED_PERIOD = re.compile(r"^(?:(?:上述|以上|前述)[^，。；的]{0,10}的)?(?:暂停)?(?:期限|为期)(?:均|皆|都|各)[为是]?"
                            r"\s*(?P<p>[^，。；]{1,8})$")
_MORE_CLAUSE = re.compile(rf"\s*(?:、|和|及|与)\s*第(?P<n>[{CN_NUMBER_CHARS}\d]{{1,3}})(?:款|项)")
# "4月4日公告" cites a listing of the year of publication; "2025年4月4日公告" states its year.
_DATE_CITE = re.compile(r"(?:(?P<y>\d{4})\s*年\s*)?(?P<md>\d{1,2}\s*月\s*\d{1,2}\s*日)(?:公告|(?:公布|发布)的)")
# "（〔2025〕3号）" beside 不可靠实体清单 or in a notice on it: only the UEL series numbers so, without the issuer.
# A reprint may print the year in round brackets: "公告（2025）5号".
_BARE_BRACKET = re.compile(r"(?<![0-9A-Za-z])(?P<n>[〔［\[（(]\s*\d{4}\s*[〕］\]）)]\s*第?\s*\d{1,4}\s*号)")


_UEL_BODY_ACTS = re.compile(r"(?:^|[：:，,。])\s*(?:不可靠实体清单)?工作机制(?:决定|将|公告)")
_ISSUER_ENDS = ("机制", "部", "总署", "委员会", "办公室", "政府")


def qualify_bare(sentence: str, doc_list: ListName | None) -> str:
    """The sentence with each bare bracketed number given the UEL issuer, when UEL is the list in question."""
    # "答：工作机制决定，…公告〔2025〕5号": the UEL's working mechanism acting names its list without its full name.
    if doc_list != "UEL" and "不可靠实体清单" not in sentence and not _UEL_BODY_ACTS.search(sentence):
        return sentence

    def qualify(m: re.Match[str]) -> str:
        before = sentence[: m.start()].rstrip()
        # A masthead's issuer on the line above, or an issuer's 公告; "暂停实施公告〔2025〕5号" is bare.
        # "由工作机制〔2025〕10号公告列入": the mechanism named short is no issuer find_numbers knows; qualify it.
        short = before.endswith("工作机制") and not before.endswith("不可靠实体清单工作机制")
        issued = before.endswith("机制") or before.removesuffix("公告").endswith(_ISSUER_ENDS) \
            or before.endswith("\n公告") or before == "公告"
        return m.group(0) if issued and not short else "不可靠实体清单工作机制公告" + m.group("n")

    return _BARE_BRACKET.sub(qualify, sentence)
_CONTROL_DECISION = re.compile(r"决定(?P<m>禁止[^。]+)。")
# The wordings of imposing a control of one's own: 实施出口管制, (的出口)实施管制/管控, 采取出口管制措施.
# A short qualifier may stand between: 实施临时出口管制, 采取严格管控措施.
# Controlling or relaxing, for relevance: either is a notice on a control.
# Customs says 实施出口监管 for the same control ("出口时须…提交两用物项和技术出口许可证件").
CONTROL_WORDS_ANY = r"(?:(?:实施|采取)(?:临时|严格的?|必要的?)?(?:出口)?(?:管制|管控)(?:措施)?|实施出口监管)"
# A new control: never after a negation or a relaxation (不再实施出口管制, 停止实施管制), which ends one.
CONTROL_VERB = rf"(?<!不)(?<!不再)(?<!停止)(?<!暂停)(?<!取消)(?<!解除)(?<!终止){CONTROL_WORDS_ANY}"
# "决定（自…起）对X实施出口管制", "决定自…起，对X的出口实施管制": an item control stated in the decision sentence
# itself; "决定：自…起，对X实施出口管制" opens it with a colon.
# "经研究决定，商务部自A起对X实施出口管制": the acting body may follow 决定.
_CONTROL_SENTENCE = re.compile(
    rf"决定[，,：:]?\s*{_BODY}?\s*(?P<start>(?:自\s*)?即日起|自[^。，]{{4,24}}?起)?[，,]?\s*(?P<m>对(?!上述名单|[^。]{{0,10}}清单)[^。]{{2,80}}?"
    rf"{CONTROL_VERB})")
_START_BEFORE = re.compile(rf"(?P<start>自[^。，]{{4,24}}?起)[，,]?\s*{_BODY}?\s*$")
# "决定，即日起将X技术纳入出口管制": an item control brought in by 纳入, the object before the verb.
# Or by 纳入 the licence catalogue, "…对其实施出口管制" following in the same sentence.
# "自A起，（海关）对X的出口实施管制": a control stated from its start, without 决定 (a recital cites 根据…公告 first,
# and is read by _RECITED_CONTROL).
_CONTROL_FROM = re.compile(
    rf"(?:^|[。\n])(?:[^。\n]{{0,60}}?[，,])?\s*(?P<start>自[^。，]{{4,24}}?起)[，,]?\s*(?:海关总署|海关|商务部)?\s*"
    rf"(?P<m>对(?!上述名单|[^。]{{0,10}}清单)[^。]{{2,80}}?{CONTROL_VERB})")
# "经国务院批准，对下列物项的出口实施管制：…": a control stated under the approval it rests on, with neither 决定 nor
# a start (the notice's own 自…起施行 is the start).
_CONTROL_APPROVED = re.compile(
    rf"经[^。，]{{2,20}}?(?:批准|同意)[，,]\s*(?:海关总署|海关|商务部)?\s*(?P<m>对(?!上述名单|[^。]{{0,10}}清单)[^。]{{2,80}}?"
    rf"{CONTROL_VERB})")
_BRING_UNDER = re.compile(
    r"决定[，,]?\s*(?P<start>(?:自\s*)?即日起|自[^。，]{4,24}?起)?[，,]?\s*将(?P<m>[^。]{2,80}?纳入(?:出口)?管制[^。]*"
    r"|[^。]{2,80}?纳入《[^》]{2,40}?目录》[^。]*?实施出口管制"
    # "将X物项列入两用物项出口管控清单，对其出口实施管制": goods put on a list of controlled items.
    r"|[^。]{2,80}?列入[^。]{0,20}?(?:管控|管制)清单[^。]*?(?:实施|采取)(?:出口)?管[制控])")
# "本公告不涉及对上述名单的调整", "不涉及出口管制措施的变化": the notice says itself that it changes no list (or no
# control); it vetoes any action read on what it names.
# "不涉及对A清单的列入、移出" disclaims the same way.
# "不涉及其他名单的调整" says nothing about the list the notice does change: no veto.
DISCLAIMS = re.compile(
    r"不(?:涉及|包括|构成)(?:对)?(?P<what>(?:(?!其他|其余|别的)[^。]){0,24}?(?:清单|名单|管控措施|管制措施))"
    # "不涉及对任何境外实体的清单措施": no measure of a list is taken.
    r"[^。]{0,8}?(?:的)?(?:调整|变化|变更|增减|列入|移出|措施)"
    # "本公告与出口管制管控名单、不可靠实体清单无关": the same said by what the notice has nothing to do with.
    r"|与(?P<unrelated>(?:(?!其他|其余|别的)[^。，；]){0,30}?(?:清单|名单|管控措施|管制措施))(?:均|都)?(?:无关|没有关系)")
# A step of licensing administration (恢复受理 applications, 取消纸质材料的受理, 暂停办理): the list verbs on
# applications, never a list or a control action.
_ADMIN_STEP = re.compile(r"受理|办理|审批|核发|申请材料|纸质|在线提交")
# "自A起，出口X的，出口货物发货人应当向海关提交…出口许可证件": customs controls X at the border from A (a licence
# is required to export it), the goods named as what is exported.
_LICENCE_AT_BORDER = re.compile(r"(?P<start>自[^。，]{4,24}?起)[，,]\s*(?P<m>出口[^。，]{2,60}?)的[，,][^。]{0,30}?"
                                r"(?:应当|应|须|需|必须)[^。]{0,20}?提交[^。]{0,30}?出口许可证")
# What an item control says in the text: without one of these, "公告如下" on dual-use items is no control.
_CONTROL_WORDING = re.compile(
    rf"{CONTROL_VERB}|出口(?:实施|采取)(?:管制|管控)|不得出口|禁止[^。]{{0,80}}?出口|纳入[^。]{{0,40}}?管制"
    r"|许可证管理|未经许可"
    rf"|{_LICENCE_AT_BORDER.pattern}")
_LICENCE = re.compile(r"(?P<m>对[^。，\n]{2,60}?实施出口许可证管理)")


@dataclass(slots=True)
class Context:
    body: str
    annex: list[AnnexGroup]
    title: str | None
    published: dt.date | None
    warnings: list[str] = field(default_factory=list)


def verb_kind(verb: str) -> ActionKind:
    return next(kind for stem, kind in _VERB_STEMS if verb.startswith(stem))


def _title_list(title: str | None) -> ListName | None:
    """The one list a title names; None for a title on two ("…管控名单和不可靠实体清单措施"), whose changes each
    take the list of what they cite."""
    named = {name for word, name in LIST_WORDS if word in (title or "")}
    return named.pop() if len(named) == 1 else None


def list_of(word: str) -> ListName | None:
    for w, name in LIST_WORDS:
        if w in word:
            return name
    return None


def effective_of(body: str, published: dt.date | None) -> dt.date | None:
    m = _EFFECTIVE.search(body)
    if not m:
        return None
    if m.group(0).startswith("即日"):
        return published
    day, _found = start_date(m.group(0), published)
    return day


def measures_after(text: str, pos: int) -> list[str]:
    """Measures following ``以下…措施：`` at ``pos``: numbered lines, or one sentence up to ``。``."""
    rest = text[pos:].lstrip(" \n")
    lines = rest.split("\n")
    if lines and _NUMBERED.match(lines[0]):
        out: list[str] = []
        for line in lines:
            if not line.strip():
                continue
            m = _NUMBERED.match(line.strip())
            if not m:
                break
            out.append(_trim(m.group("text")))
        return out
    end = rest.find("。")
    first = rest[: end if end >= 0 else len(rest)].strip()
    if _IN_FORCE.match(first):
        return []  # "本决定自…起施行" after a list of names: when it applies, not a measure
    return [_trim(first)] if first else []


_IN_FORCE = re.compile(r"^(?:本决定|本公告|本令|上述措施)[^。]*?(?:施行|实施|生效)$")


def _trim(measure: str) -> str:
    return measure.strip().rstrip("；;。.，, ").strip()


# "决定将A移出管控名单，（同时）将B列入管控名单": a second verb clause of the same decision, with a name of its own
# (其, 上述…, 该… refer back to the clause before and are read with it).
_COORDINATED = re.compile(
    rf"(?<=[，,；;])\s*(?:同时|并且|并|另|此外)?\s*[，,]?\s*(?=将(?!其|上述|该|前述)[^。，；：:\n]{{1,200}}?(?:列入|纳入|移出|从)(?:{_LISTS}))")


def coordinated(body: str) -> str:
    """Each further verb clause of a decision sentence given its own 决定, so that every clause reads alone."""
    out: list[str] = []
    for sentence in body.split("。"):
        decided = sentence.find("决定")
        if decided < 0:
            out.append(sentence)
            continue
        head, tail = sentence[: decided + 2], sentence[decided + 2:]
        # Only after a 将-clause of its own: "决定自A起，将B…" is one clause with its start.
        out.append(head + _COORDINATED.sub(lambda m: m.group(0) + ("决定" if "将" in m.string[: m.start()] else ""),
                                           tail))
    return "。".join(out)


# "决定采取以下反制措施：一是对A，冻结…；二是对B，不予…": groups numbered inline, each an object and its measures.
_INLINE_GROUPS = re.compile(r"(?P<head>决定[^。：:]{0,30}?措施[：:])\s*"
                            r"(?P<items>[一二]是对[^。]+?；\s*二是对[^。]+)")
_INLINE_ITEM = re.compile(rf"(?:^|(?<=；))\s*(?P<n>[{CN_NUMBER_CHARS}]{{1,2}})是(?=对[^；]+?，)")


def items_on_lines(body: str) -> str:
    """Groups numbered inline (``一是对A，…；二是对B，…``) written as the numbered lines the grammar reads
    (``一、对A，…`` on a line of its own); a run whose items are not each an object and its measures is kept."""

    def lined(m: re.Match[str]) -> str:
        parts = m.group("items").split("；")
        if not all(_INLINE_ITEM.match(p) for p in parts):
            return m.group(0)
        return m.group("head") + "；".join("\n" + _INLINE_ITEM.sub(r"\g<n>、", p, count=1).strip() for p in parts)

    return _INLINE_GROUPS.sub(lined, body)


# "公告全文如下：": a reprint's lead tells the notice, the full text after it decides; the lead's telling is no
# change of its own.
_FULL_TEXT = re.compile(r"(?:公告|决定|令)?全文如下[：:]\s*\n")


# "（Dedrone by Axon，原名某公司）": a former name noted inside the bracket is no part of the name it follows.
_FORMER_NAME = re.compile(r"\s*[，,；;]\s*(?:原名|曾用名|原称|旧称|又名)[^（）()\n。]*(?=[）)])")


# "第一条　对A，冻结…" on lines of its own: a decision's articles, each a group, read as numbered items "一、对A，…".
_ARTICLE = re.compile(rf"^第(?P<n>[{CN_NUMBER_CHARS}]{{1,3}})条[\s　]+", re.M)
_ORDINAL_ITEM = re.compile(rf"^第(?P<n>[{CN_NUMBER_CHARS}]{{1,3}})[，,]\s*", re.M)


def articles_as_items(body: str) -> str:
    """A decision split into articles (``第一条　对A，<measures>``, ``第二条　对B，…``) written as the numbered groups
    the grammar reads; articles whose first opens with neither its object (对…, 将…) nor a measure on it (冻结…)
    are kept."""
    if len(_ORDINAL_ITEM.findall(body)) >= 2:
        # "第一，A（…）、B（…）在我国境内的财产予以冻结；\n第二，…": measures counted in words, one a line.
        body = _ORDINAL_ITEM.sub(lambda m: m.group("n") + "、", body)
    found = list(_ARTICLE.finditer(body))
    if len(found) < 2 or not body.startswith(("对", "将", "冻结", "查封", "扣押"), found[0].end()):
        return body
    return _ARTICLE.sub(lambda m: m.group("n") + "、", body)


def decided_part(text: str) -> str:
    """The part of ``text`` that decides: a reprint's full text after its lead (公告全文如下：), else all of it."""
    full = _FULL_TEXT.search(text)
    return text[full.end():] if full and text[full.end():].strip() else text


def read_actions(ctx: Context) -> list[Action]:
    ctx.body = items_on_lines(coordinated(_FORMER_NAME.sub("", articles_as_items(decided_part(ctx.body)))))
    actions: list[Action] = []
    at: list[int] = []  # where each listing or removal is decided
    body = ctx.body
    effective = effective_of(body, ctx.published)
    country = _country(ctx)
    for m in (*_ADD.finditer(body), *_ADD_COLON.finditer(body)):
        if body.startswith("的", m.end()):
            continue  # "…列入<list>的X移出<list>": a relative clause; the verb comes later
        if _decided_earlier(body, m.start()) or _told_as_past(ctx, m.start()):
            continue  # "工作机制此前决定将A等5家实体列入…": the listing recited, before this notice's change
        actions.append(_add(ctx, m, _start_of_decision(m, ctx, effective), country))
        at.append(m.start())
    removals = (*_REMOVE.finditer(body), *_REMOVE_FROM.finditer(body), *_REMOVE_ITS.finditer(body),
                *_REMOVE_TOPIC.finditer(body), *_REMOVED_SUBJECT.finditer(body))
    no_longer = (*_NO_LONGER.finditer(body), *_NOT_AGAIN.finditer(body))
    for m in (*removals, *(n for n in no_longer if not _in_sentence_of(n, removals))):
        if _decided_earlier(body, m.start()) or _EARLIER.search(m.groupdict().get("head") or "") \
                or _told_as_past(ctx, m.start()):
            continue
        actions.append(_remove(ctx, m, _start_of_decision(m, ctx, effective or ctx.published), country))
        at.append(m.start())
    # Listings and removals in the order the text decides them ("一、…移出…；二、…列入…").
    actions = [a for _, a in sorted(zip(at, actions, strict=True), key=lambda pa: pa[0])]
    counter = _imposed(_current(ctx, _COUNTER))
    plain = _imposed(_current(ctx, _COUNTER_PLAIN))
    if counter is None and plain and ("反制" in (ctx.title or "") + plain.group("seg")
                                      or COUNTER_LAW in _sentence_at(body, plain.start())):
        counter = plain
    table = table_groups(body, effective, country) if TABLE_DECISION.search(body) and not actions else []
    if table:
        # "决定对下表所列企业和人员采取反制措施" over a 对象类别/名称/措施 table: the table's groups are the objects.
        stated = start_date(counter.group("start"), ctx.published)[0] if counter and counter.group("start") else None
        actions.extend(replace(a, effective=stated or a.effective) for a in table)
        counter = plain = None
    if counter and not any(a.list == "CML" for a in actions):
        stated = start_date(counter.group("start"), ctx.published)[0] if counter.group("start") else None
        actions.extend(_countermeasure(ctx, counter, stated or effective, country))
    items = _DECISION_ITEMS.search(body)
    applied = _APPLIED_TO.search(body, items.end()) if items and not counter and not actions else None
    if items and applied and "反制" in (ctx.title or "") + body:
        actions.append(_applied_measures(ctx, body[items.start():applied.start()], applied.group("seg"),
                                         effective, country))
    elif items and not counter and not actions and "反制" in (ctx.title or "") + body:
        actions.extend(_counter_groups(ctx, body[items.start():], effective, country))
    if not counter and not items and not actions and "反制" in (ctx.title or "") + body:
        # "决定采取下列三项措施：一、…" then "第一项、第二项措施适用于A和B": one group per assignment.
        for measures, names in assigned_measures(body):
            pairs, count, deng = split_inline(names)
            assigned = _entities_from(ctx, pairs, count, deng, country or leading_country(pairs))
            group = Action("add", "CML", tuple(assigned), (), effective, None, False, measures, count)
            _check_count(ctx, group)
            actions.append(group)
    by_group = None if counter or items or actions or not ctx.annex else _GROUP_MEASURES.search(body)
    if by_group and "反制" in (ctx.title or "") + body:
        stated = start_date(by_group.group("start"), ctx.published)[0] if by_group.group("start") else None
        actions.extend(_annex_group_measures(ctx, by_group.group("run"), stated or effective, country))
        if actions:
            actions.extend(_inline_groups_after(ctx, by_group.end(), stated or effective, country))
    run = None if counter or items or actions else _current(ctx, _COUNTER_RUN)
    if run and "反制" in (ctx.title or "") + body:
        stated = start_date(run.group("start"), ctx.published)[0] if run.group("start") else None
        action = _counter_run(ctx, run.group("run"), stated or effective, country)
        if action is not None:
            actions.append(action)
    amend = _AMEND.search(body)
    if amend:
        actions.append(_amend(ctx, amend, effective, country))
    actions.extend(_status_changes(ctx, effective))
    stated_add = None if actions or not _NOTICE_TITLE.search(ctx.title or "") else _ADD_STATED.search(body)
    if stated_add and not body.startswith("的", stated_add.end()):
        actions.append(_add(ctx, stated_add, _decided_start(stated_add, ctx) or effective, country))
    if not actions:
        control = _control(ctx, effective)
        if control is not None:
            actions.append(control)
    vetoed = _disclaimed(body)
    for action in actions:
        if action.list in vetoed:
            # A list changed by a notice that says it changes no list: a contradiction a human must settle.
            ctx.warnings.append(f"{action.kind} {action.list}: {VETOED}")
    return [_without_clause_names(ctx, _without_country_word(a)) for a in actions if a.list not in vetoed]


def _without_country_word(action: Action) -> Action:
    """``美国I领域公司（Area-I）``: a country word before a Latin-led name its English does not carry qualifies
    the name, it is no part of it (``美国光子公司（American Photonics）`` keeps it)."""
    return replace(action, entities=tuple(replace(e, name_zh=strip_country_word(e.name_zh, e.name_en))
                                          for e in action.entities))


# "2034年9月2日，外交部决定对X采取反制措施，相关措施正在执行": a sentence opening with a day long before the text's
# own date tells a decision of then (a Q&A recalling it), not one the text makes.
_OPENING_DAY = re.compile(r"\s*(?:答[：:])?\s*(?P<d>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*[，,]")
_RECALLED_AFTER_DAYS = 30


def recalled(sentence: str, published: dt.date | None) -> bool:
    """Whether ``sentence`` opens with a day long before ``published``: it tells what was decided then."""
    opening = _OPENING_DAY.match(sentence)
    day = parse_date(opening.group("d")) if opening else None
    return bool(day and published and (published - day).days > _RECALLED_AFTER_DAYS)


# "征求意见稿规定，…", "《办法》明确，…": what a rule (a draft, a measure) provides, told by the notice.
# "根据《…规定》有关规定，" is the basis of a decision, not a rule told.
_RULE_TOLD = re.compile(rf"^(?:(?!根据|依据|依照|按照)[^，。；]){{0,40}}?(?:征求意见稿|草案|办法|条例|细则)》?"
                        rf"(?:第[{CN_NUMBER_CHARS}\d]{{1,3}}条)?(?:规定|明确|提出)[，,：:]")
# "商务部决定将有关实体列入…的，应当发布公告": a decision inside a condition, the rule's case, not a decision made.
_RULE_CASE = re.compile(r"决定[^。，；]{0,80}?的[，,]\s*(?:应当|应|须|需|可以|由)")


# "指引建议出口经营者…；发现…的，应暂停相关交易": a guideline's advice to traders, what they should do.
_ADVICE = re.compile(r"^(?:本|该|上述)?(?:《[^》]{2,40}》|(?:合规)?(?:指引|指南|手册))(?:建议|提示|提醒|要求|指出)")


def provides_rule(sentence: str) -> bool:
    """Whether ``sentence`` tells what a rule provides (a draft's or a measure's provisions, a guideline's
    advice): it decides nothing."""
    return bool(_RULE_TOLD.match(sentence.strip()) or _RULE_CASE.search(sentence) or _ADVICE.match(sentence.strip()))


def _told_as_past(ctx: Context, pos: int) -> bool:
    """A decision recalled (a sentence opening with a day long before), or one a journalist's question tells
    (``问：据报道，中方决定对X采取反制措施，能否证实？``), or a rule's case (``办法规定，决定将…的，应当…``):
    not this text's."""
    line = ctx.body[ctx.body.rfind("\n", 0, pos) + 1:]
    if line.startswith(_QUESTION_MARKS):
        return True
    start = max(ctx.body.rfind("。", 0, pos), ctx.body.rfind("\n", 0, pos)) + 1
    return recalled(ctx.body[start:pos], ctx.published) or provides_rule(_sentence_at(ctx.body[start:], 0))


def _current(ctx: Context, pattern: re.Pattern[str]) -> re.Match[str] | None:
    """The first match of ``pattern`` that is a decision of this text, not one it recalls."""
    return next((m for m in pattern.finditer(ctx.body) if not _told_as_past(ctx, m.start())), None)


def _sentence_at(body: str, pos: int) -> str:
    """The sentence of ``body`` holding ``pos``."""
    end = body.find("。", pos)
    return body[body.rfind("。", 0, pos) + 1: end if end >= 0 else len(body)]


def _in_sentence_of(m: re.Match[str], others: tuple[re.Match[str], ...]) -> bool:
    """Whether one of ``others`` ends in the sentence ``m`` ends in: "将A移出<list>，不再列入…" is one removal."""
    start = m.string.rfind("。", 0, m.start()) + 1
    return any(start <= o.end() <= m.end() for o in others)


def _imposed(m: re.Match[str] | None) -> re.Match[str] | None:
    """A countermeasure decision, or None where a status verb takes the 实施
    (``对<notice>所列…，继续暂停实施反制措施``): measures continued, suspended or ended, read as a status change."""
    # "对A不再实施反制措施": the verb takes 实施 off the object's end.
    return None if m is None or re.search(rf"(?:{STATUS_VERB}|不再|继续)$", m.group("seg")) else m


VETOED = "read, but the notice says it does not change that list (不涉及…调整): dropped"


def _disclaimed(body: str) -> set[ListName | None]:
    """The lists (and ``ITEM`` for controls) a notice says it does not change: ``不涉及对上述名单的调整`` names
    every list (a pointer); ``不涉及不可靠实体清单的调整`` that list alone."""
    vetoed: set[ListName | None] = set()
    for m in DISCLAIMS.finditer(body):
        what = m.group("what") or m.group("unrelated")
        named = {name for word, name in LIST_WORDS if word in what}
        if "管制措施" in what or "管控措施" in what:
            named.add("ITEM")
        if not named:
            named = {"UEL", "ECL", "ECWL", "CML"}  # "上述名单", "相关清单": the lists named before it
        vetoed |= named
    return vetoed


def _without_clause_names(ctx: Context, action: Action) -> Action:
    """Drop every "entity" that reads as a measure clause or a sentence, and say so: junk never reaches screening
    silently (review turns the warning into a reason)."""
    kept = tuple(e for e in action.entities if not (looks_like_clause(e.name_zh) or looks_like_clause(e.name_en)))
    if len(kept) == len(action.entities):
        return action
    for e in action.entities:
        if e not in kept:
            ctx.warnings.append(f"{action.kind} {action.list}: dropped {(e.name_zh or e.name_en or '')[:30]!r}, "
                                "which reads as a measure or a sentence, not a name")
    return replace(action, entities=kept)


_SENTENCE_COLON = re.compile(r"[^。\n]*?[：:]\s*\n")


def _listed_after_colon(ctx: Context, seg: str, pos: int) -> tuple[list[Entity], int] | None:
    """``将下列2家实体移出…，…不再适用：`` then numbered lines ``1. 名（English）`` / ``（一）…``: the object is a
    pointer and the names follow the colon that ends the (long) sentence. (entities, end of the list) or None."""
    if not _POINTER.match(seg.strip()) and seg.strip():
        return None
    colon = _SENTENCE_COLON.match(ctx.body, pos)
    if not colon:
        inline = _INLINE_COLON_RUN.match(ctx.body, pos)
        if inline is None:
            return None
        entities = _bracketed_run(inline.group("run"))
        return (entities, inline.end()) if entities else None
    tail = ctx.body[colon.end():]
    listed = _listed_below(tail)
    if listed:
        return listed, colon.end() + _after_list(tail)
    # "将下列美国企业列入反制裁清单，并采取以下反制裁措施：" and the names on bare lines, the measures below them.
    lines = tail.split("\n")
    bare = _bare_names(_below_head([ln.strip() for ln in lines]))
    if not bare:
        # "…列入反制裁清单，并予以相应处理：" then "A（…）、B（…）在我国境内的动产…予以冻结": the names open the
        # line of the measures that apply to them.
        first = next((ln.strip() for ln in lines if ln.strip()), "")
        opening = _NAMES_OPEN.match(first)
        if not opening:
            return None
        entities = _bracketed_run(opening.group("run"))
        return (entities, colon.end() + tail.find(first) + opening.end()) if entities else None
    persons = bool(PERSONS_WORD.search(seg))
    entities = [Entity(zh, en, None, "person" if persons else guess_kind(zh, en, rest)) for zh, en, rest in bare]
    return entities, colon.end() + _bare_end(tail, len(bare))


_NAME_BRACKETED = r"[\u3400-\u9fffA-Za-z0-9·・]{2,40}?[（(][A-Za-z][^（）()\n。]*[）)]"
_NAMES_OPEN = re.compile(rf"(?P<run>{_NAME_BRACKETED}(?:\s*[、和及与]\s*{_NAME_BRACKETED})*)(?=[^、和及与（(])")
# "将下列3家实体列入…：A（…）、B（…）、C（…）。": the names after the colon, on the same line.
_INLINE_COLON_RUN = re.compile(r"[^。\n：:]*?[：:][ \t]*(?P<run>[^。\n]+)。?")


_ONE_BRACKETED = re.compile(r"(?P<zh>[^，,。；（）()]{2,40}?)\s*[（(](?P<en>[A-Za-z][^（）()\u3400-\u9fff]*)[）)]")


def _bracketed_run(run: str) -> list[Entity]:
    """The names of a run after a colon, when every one of them carries its English bracket (else [], a doubt).
    A run may number its items and end each with ；: "1.A（…）；2.B（…）"."""
    items = [strip_item_number(item) for item in split_depth0(run, "；;") if item.strip()]
    by_comma = [item.strip() for item in split_depth0(run, "，,") if item.strip()]
    if len(by_comma) > 1 and all(_ONE_BRACKETED.fullmatch(item) for item in by_comma):
        # "A、B集团（A, B & C），D公司（D）": names put apart by ， because one holds 、; each item is one name.
        items = by_comma
        pairs = [(m["zh"].strip(), m["en"].strip(), "") for item in items if (m := _ONE_BRACKETED.fullmatch(item))]
        return [Entity(zh, en, None, guess_kind(zh, en, rest)) for zh, en, rest in pairs]
    pairs = [pair for item in items for pair in split_inline(item)[0]]
    if not pairs or not all(zh and en for zh, en, _rest in pairs):
        return []
    return [Entity(zh, en, None, guess_kind(zh, en, rest)) for zh, en, rest in pairs]


def _below_start(ctx: Context, pos: int) -> int:
    """Where the names of ``_listed_after_colon`` start, counted from ``pos``: right after the sentence's colon."""
    colon = _SENTENCE_COLON.match(ctx.body, pos)
    return colon.end() - pos if colon else -1


def _listed_later(tail: str) -> list[Entity]:
    """The numbered names under the first later line that ends with a colon (``…实体为：``, ``名单如下：``)."""
    for colon in re.finditer(r"[^。\n]*[：:]\s*\n", tail):
        listed = _listed_below(tail[colon.end():])
        if listed:
            return listed
    # "上述实体为：A（…）、B（…）、C（…）。": the names after the colon, on the same line.
    inline = re.search(r"(?:实体|企业|机构|人员|名单)(?:为|如下|分别是|包括)[：:][ \t]*(?P<run>[^。\n]+)", tail)
    return _bracketed_run(inline.group("run")) if inline else []


def _decided_earlier(body: str, decided_at: int) -> bool:
    """Whether the subject of the 决定 at ``decided_at`` says the decision was an earlier one (此前决定) or one
    that may be made (可以决定)."""
    clause_start = max(body.rfind(c, 0, decided_at) for c in "。，,；;\n") + 1
    return bool(_EARLIER.search(body[clause_start:decided_at]))


def _decided_start(m: re.Match[str], ctx: Context) -> dt.date | None:
    """The start a decision sentence states before its object (``决定自2027年7月1日起将…``)."""
    head = m.group(0)[: m.start("seg") - m.start()] + (m.groupdict().get("when") or "")
    day, found = start_date(head, ctx.published)
    return day if found else None


def _start_of_decision(m: re.Match[str], ctx: Context, effective: dt.date | None) -> dt.date | None:
    """The start of a listing or removal: stated before its object or right after its list, else ``effective``.
    A start stated but no date (``自2038年2月30日起``) is unknown, never the publication day."""
    head = m.group(0)[: m.start("seg") - m.start()] + (m.groupdict().get("when") or "")
    day, found = start_date(head, ctx.published)
    if found:
        return day
    return _start_after(m, ctx) or effective


def _start_after(m: re.Match[str], ctx: Context) -> dt.date | None:
    """The start stated in the clause right after a decision's list (``移出…名单，自2029年2月20日起，不再对其实施…``,
    ``列入…清单，并自…起对上述企业采取…``):
    the change's own start, which the published date must not stand in for."""
    after = m.end("list")  # the sentence may run on past the list (a removal's ``cite``)
    end = ctx.body.find("。", after)
    tail = ctx.body[after : end if end >= 0 else len(ctx.body)]
    clause = next((c.strip() for c in split_depth0(tail, "，,；;") if c.strip()), "")
    # "…列入<list>，并自A起对上述企业采取以下措施": the start of the measures, joined by 并, is the listing's.
    if not re.match(r"(?:并|并且|同时)?\s*自", clause):
        # "…决定将其列入管控名单。自本公告公布之日起：" and the measures below: a sentence heading them with the
        # start.
        heading = _START_HEADING.match(ctx.body, end + 1) if end >= 0 else None
        if heading is None:
            return None
        clause = heading.group("start")
    day, found = start_date(clause, ctx.published)
    return day if found else None


_START_HEADING = re.compile(r"\s*(?P<start>自[^。，：:\n]{4,30}?起)\s*[：:]")


def _country(ctx: Context) -> str | None:
    annex_text = " ".join(e.name_zh or "" for g in ctx.annex for e in g.entities)
    return country_of(ctx.title or "", ctx.body) or (country_of(annex_text) if annex_text else None)


def _entities_from(ctx: Context, pairs: list[tuple[str | None, str | None, str]], count: int | None, deng: bool,
                   country: str | None, group: int | None = None) -> list[Entity]:
    if ctx.annex:
        groups = ctx.annex if group is None else ctx.annex[group: group + 1]
        return [Entity(e.name_zh, e.name_en, country, e.kind, e.branches) for g in groups for e in g.entities]
    told_before = not pairs and count is not None
    if told_before:
        # "决定对上述2人采取…", "将上述两家机构列入…": the names are in the prose before the decision, or in the
        # decision's title (《关于对A、B采取反制裁措施的决定》).
        pairs = prose_names(ctx.body)[:count]
        if len(pairs) != count:
            candidates = (_title_object(ctx), prose_orgs(ctx.body), prose_role_names(ctx.body))
            pairs = next((p for p in candidates if len(p) == count), pairs)
            if not pairs and count is not None:
                # "上述三人" over the two the prose names: those two, the count's doubt left to _check_count.
                pairs = next((p for p in candidates[1:] if 0 < len(p) < count), pairs)
    if count is not None and not deng and len(pairs) != count and not (told_before and len(pairs) < count):
        # "韩华海洋株式会社5家…子公司": the words before the count name a parent, not the entities.
        return []
    if len(pairs) == 1 and pairs[0][0] and _ONE_POINTER.match(pairs[0][0]) and not pairs[0][1]:
        # "近期，A公司（…）…。商务部决定将该实体列入…": the one entity the prose names.
        named_once = prose_orgs(ctx.body) + prose_names(ctx.body)
        if len(named_once) == 1:
            pairs = named_once
    pairs = _rejoined(ctx.body, [(_unpointed(zh, ctx.body), en, rest) for zh, en, rest in pairs])
    named = [(zh, en, rest) for zh, en, rest in pairs if en or not (zh and _POINTER.match(zh))]
    if len(named) < len(pairs):
        ctx.warnings.append("an object names no one (下列/以下/上述…) and no list of names follows it")
    return [Entity(zh, en or english_in_prose(ctx.body, zh), country, guess_kind(zh, en, rest))
            for zh, en, rest in named]


def _rejoined(body: str, pairs: list[tuple[str | None, str | None, str]]) -> list[tuple[str | None, str | None, str]]:
    """``前述波音防务、空间与安全集团`` split at its 、: one name where the text prints the two halves as one name with
    its English bracket (``波音防务、空间与安全集团（Boeing Defense, Space & Security）``)."""
    out: list[tuple[str | None, str | None, str]] = []
    for zh, en, rest in pairs:
        head = re.sub(r"^(?:上述|前述)", "", out[-1][0] or "") if out and not out[-1][1] else ""
        # Only an organisation's halves: "林海、罗斯·海登（…）" are two persons, the bracket the second one's.
        printed = re.search(re.escape(f"{head}、{zh}") + r"\s*[（(](?P<en>[A-Za-z][^（()）]*)[）)]", body) \
            if head and zh and ORG_WORDS.search(zh) and not ORG_WORDS.search(head) and "·" not in head + zh else None
        if printed and names_divisions(printed.group("en")):
            out[-1] = (f"{head}、{zh}", en, rest)
            continue
        out.append((zh, en, rest))
    return out


# "将上述A公司、B公司从…中移出": a name said again with 上述 before it, the names of the sentence before.
_NAMED_AGAIN = re.compile(r"^(?:上述|前述)(?P<name>[^，。]{2,40}?"
                          r"(?:公司|集团|株式会社|机构|银行|大学|研究所|研究院|实验室))$")


def _unpointed(zh: str | None, body: str) -> str | None:
    """The name of ``上述A公司`` when the text named A before with its English bracket (a name said again), else
    ``zh`` as it is (``上述企业``, ``上述台湾地区公司`` point, they name no one)."""
    m = _NAMED_AGAIN.match(zh or "")
    if not m or _GENERIC_OBJECT.match(m.group("name")) or not re.search(re.escape(m.group("name")) + r"\s*[（(]", body):
        return zh
    return m.group("name")


# "关于对A、B采取反制裁措施的决定", "关于将A、B列入不可靠实体清单的公告": the object named by the title.
# "关于取消对A和B所采取反制措施的决定": a title that ends the measures names their object the same way.
_TITLE_OBJECT = re.compile(
    r"关于(?:取消|解除|停止|终止)?(?:对|将)(?P<obj>[^《》\n。，]{2,200}?)所?(?:采取|实施|列入|移出)")


def _title_object(ctx: Context) -> list[tuple[str | None, str | None, str]]:
    m = _TITLE_OBJECT.search((ctx.title or "") + "\n" + ctx.body)
    if not m:
        return []
    pairs, _count, _deng = split_inline(m.group("obj"))
    return [] if any(zh and _POINTER.match(zh) for zh, _en, _rest in pairs) else pairs


# A title that only removes ("关于将A等2家实体移出…") counts the removed, not those a second clause lists.
_TITLE_REMOVES_ONLY = re.compile(r"^(?!.*(?:列入|纳入)).*(?:移出|调出|移除)")


def _stated_count(ctx: Context, seg_count: int | None, after: str, *, listing: bool = False) -> int | None:
    if seg_count is not None:
        return seg_count
    title = ctx.title or ""
    if listing and _TITLE_REMOVES_ONLY.search(title):
        title = ""
    for pattern, text in ((_ABOVE_COUNT, after), (_TITLE_COUNT, title)):
        m = pattern.search(text)
        if m:
            try:
                return to_int(m.group("n"))
            except ValueError:
                continue
    return None


def _check_count(ctx: Context, action: Action) -> None:
    found = len(action.entities)
    if action.stated_count is not None and action.stated_count != found:
        ctx.warnings.append(
            f"{action.kind} {action.list}: the text states {action.stated_count} entities, {found} found"
        )
    elif found == 0:
        ctx.warnings.append(f"{action.kind} {action.list}: no entities found in the text")


def _add(ctx: Context, m: re.Match[str], effective: dt.date | None, country: str | None) -> Action:
    list_name = list_of(m.group("list"))
    pairs, count, deng = split_inline(m.group("seg"))
    country = country or leading_country(pairs)
    tail = ctx.body[m.end():]
    intro = _MEASURES_INTRO.match(tail)
    below = None if ctx.annex else _listed_after_colon(ctx, m.group("seg"), m.end())
    if intro and below and not tail[intro.end(): _below_start(ctx, m.end())].strip():
        # "…，并采取以下反制裁措施：" and the names first: the measures are numbered below the names.
        measures = measures_after(ctx.body, below[1])
    elif intro:
        measures = measures_after(tail, intro.end())
    else:
        inline = _INLINE_MEASURE.match(tail) or (_INLINE_MEASURE_COLON.match(tail) if below else None)
        measures = [_trim(inline.group("m"))] if inline else []
    head = ctx.body[max(ctx.body.rfind("。", 0, m.start()), ctx.body.rfind("\n", 0, m.start())) + 1: m.start()]
    named_before = prose_orgs(head) + prose_names(head) if m.group("seg").strip() == "其" and not ctx.annex else []
    if below:
        entities = [Entity(e.name_zh, e.name_en, country, e.kind) for e in below[0]]
    elif named_before:
        # "二、A（…）及B（…）参与…，决定将其列入…": 其 is who the sentence names before its 决定.
        entities = [Entity(zh, en, country or leading_country(named_before), guess_kind(zh, en, rest))
                    for zh, en, rest in named_before]
    else:
        entities = _entities_from(ctx, pairs, count, deng, country)
        later = _listed_later(tail) if not ctx.annex and count is not None and len(entities) < count else []
        if len(later) > len(entities):
            # "将X等3家实体列入…" and, paragraphs later, "被列入名单的3家实体为：" with the numbered names.
            entities = [Entity(e.name_zh, e.name_en, country, e.kind) for e in later]
    sentence_end = tail.find("\n\n")
    after = tail if sentence_end < 0 else tail[: sentence_end + 400]
    action = Action("add", list_name, tuple(entities), (), effective, None, False, tuple(measures),
                    _stated_count(ctx, count, after, listing=True))
    _check_count(ctx, action)
    return action


def _remove(ctx: Context, m: re.Match[str], effective: dt.date | None, country: str | None) -> Action:
    """``决定将A（…）、B（…）移出<list>（<listing notice>）``: the entities, and the notices that listed them."""
    list_name = list_of(m.group("list")) or list_of(m.group("seg")) or _list_named_before(ctx.body, m)
    seg = m.group("seg")
    cited = ""
    rel = _LISTED_BY.match(seg)
    if rel:
        cited, seg = rel.group("rel"), seg[rel.end():]
    pairs, count, deng = split_inline(seg)
    cite = (m.groupdict().get("pre") or "") + "。" + m.group("cite")
    below = None if ctx.annex else _listed_after_colon(ctx, seg, m.start("seg"))
    if below:
        entities = [Entity(e.name_zh, e.name_en, country, e.kind) for e in below[0]]
        cite = re.split(r"[：:]", cite, maxsplit=1)[0]
    elif seg.strip() == "其" and not ctx.annex:
        # "应上述3家实体申请，…决定将其移出…": 其 is every entity the recited listing named; the count the
        # sentence states before it checks them.
        recited, recited_count = _recited_names(ctx.body, list_name, m.start())
        head = ctx.body[ctx.body.rfind("。", 0, m.start()) + 1: m.start()]
        if not recited:
            # "鉴于A公司（…）已纠正其行为，…决定将其移出…": 其 is who the sentence's reason clause names.
            recited = prose_orgs(head) + prose_names(head)
        if not recited:
            # "…对依据X公告列入清单的A公司（…）提出的申请进行了审查。…决定即日起将其移出": who the body named before.
            before = ctx.body[: m.start()]
            recited = prose_orgs(before) + prose_names(before)
        entities = [Entity(zh, en, country or leading_country(recited), guess_kind(zh, en, rest))
                    for zh, en, rest in recited]
        if not entities:
            ctx.warnings.append("a removal of 其 names no one it applies to: who is removed must be checked")
        told = _BACK_COUNT.findall(ctx.body[ctx.body.rfind("列入", 0, m.start()): m.start()])
        if _ABOVE_COUNT.search(head):
            count = _stated_count(ctx, None, head)
        elif told:
            # "将A和B等10家企业列入…。该两家实体已纠正…。…决定将其移出": 其 is the two the text pointed back at since
            # the listing, not the ten it listed.
            count = to_int(told[-1])
        else:
            count = recited_count
    elif _ONE_POINTER.match(seg.strip()) and not ctx.annex:
        # "经核查，A公司（…）已配合…。商务部决定将该实体移出关注名单": the one entity the text named before.
        named = prose_orgs(ctx.body[: m.start()]) + prose_names(ctx.body[: m.start()])
        entities = [Entity(zh, en, country or leading_country(named), guess_kind(zh, en, rest))
                    for zh, en, rest in named]
        count = 1
    else:
        entities = _entities_from(ctx, pairs, count, deng, country or leading_country(pairs))
        if cited:
            # "将<notice A>所列X、<notice B>所列Y移出…": the names of the listings cited before the last one.
            qualified = qualify_bare(cited, list_name)
            entities = _earlier_listing_names(ctx, qualified, find_numbers(qualified) + [None])[0] + entities
    targets = [f.number.doc_id for f in find_numbers(qualify_bare(cited + "。" + cite, list_name))]
    if not targets and below:
        # "1. A（…）（列入依据：<notice>）": each name below cites the listing that put it on the list.
        listed = ctx.body[m.start("seg"): below[1]]
        targets = [f.number.doc_id for b in _LISTED_UNDER.finditer(listed)
                   for f in find_numbers(qualify_bare(b.group("by"), list_name))]
    if not targets:
        targets = _listing_cited(ctx.body, list_name, m.start(), ctx.title)
    action = Action("remove", list_name, tuple(entities), tuple(dict.fromkeys(targets)),
                    effective, None, False, (), count)
    _check_count(ctx, action)
    return action


# "A（…）、B（…）两家实体适用的…措施": the names of a status change before its measures, the notice cited after.
_NAMES_BEFORE_MEASURES = re.compile(
    rf"^(?P<run>{_NAME_BRACKETED}(?:\s*[、和及与]\s*{_NAME_BRACKETED})*)\s*"
    rf"(?:(?:\d{{1,3}}|[{CN_NUMBER_CHARS}两]{{1,3}})\s*[家名个](?:实体|企业|公司|机构|单位|人员))?(?:适用|所受|受到)的")
# "（列入依据：商务部公告2025年第21号）", "（依据：…）" after a name: the listing of that name.
_LISTED_UNDER = re.compile(r"[（(](?:列入)?(?:依据|根据|公告)[：:](?P<by>[^（）()]+)[）)]")


def _list_named_before(body: str, m: re.Match[str]) -> ListName | None:
    """``…列入出口管制管控名单。…将其中以下3家实体移出该名单``: 该名单 is the list the sentence before names."""
    if not m.group("list").startswith(("该", "上述")):
        return None
    sentence_before = body.rfind("。", 0, body.rfind("。", 0, m.start())) + 1
    named = re.findall(_LISTS, body[sentence_before: m.start()])
    return list_of(named[-1]) if named else None


# "该实体", "该企业": one entity, named before the sentence.
_ONE_POINTER = re.compile(r"^该(?:实体|企业|公司|机构|单位|组织)$")


def _listing_cited(body: str, list_name: ListName | None, decided_at: int, title: str | None = None) -> list[str]:
    """The notice that listed the entities, cited once in the preamble of a removal (``对X公告所列部分实体…``).
    The title line is skipped: ``商务部公告…号 关于A不再列入…名单的公告`` holds the notice's own number."""
    own_title = len(title) if title and body.startswith(title) else 0
    for m in _LISTING_CITED.finditer(body, own_title):
        if m.group("list") and list_of(m.group("list")) != list_name:
            continue
        # Its own paragraph: the masthead's number is this notice's.
        cite = (m.group("cite") or m.group("into")).rsplit("\n", 1)[-1]
        # "X系工作机制1月2日公告（〔2025〕1号）列入不可靠实体清单的企业": a bare UEL number, qualified by the list.
        found = find_numbers(qualify_bare(cite, list_name))
        if found:
            return [found[-1].number.doc_id]
        dates = find_dates(cite)
        # "自A起，将上述公告所列X调出…": A is a start and 上述公告 points back; only "A公告" cites by its date.
        dated = bool(dates) and cite.endswith("公告") and not _POINTED_NOTICE.search(cite) \
            and not _START_AT.match(cite[dates[-1].end:])
        by_date = registry.cite_listing(list_name, dates[-1].date) if dated else None
        if by_date:
            return [by_date]  # "对2025年4月9日公告所列实体": the listing cited by its date alone
    return _past_listing(body, list_name, decided_at) or _listed_back(body, list_name, decided_at)


_POINTED_NOTICE = re.compile(r"(?:上述|前述|该|此)(?:公告|决定|令)$")
_START_AT = re.compile(r"\s*(?:零时|0时)?\s*(?:起|开始)")


# "…移出管控名单。上述实体系由商务部公告2028年第30号列入管控名单。": the listing told after the decision, of the
# entities it removed ("上述企业是<notice>所列企业", "…系<notice>列入" say the same).
# "两家企业均于…经<notice>列入管控名单": the same, the entities counted at the head of the sentence.
_LISTED_BACK = re.compile(rf"(?:(?:上述|以上|前述|该)[^。，]{{0,8}}?"
                          # "注：两家企业于…被列入清单": a note after the signature says the same.
                          rf"|(?:^|(?<=[。\n]))\s*(?:注[：:])?\s*(?:\d{{1,3}}|两|[一二三四五六七八九十]{{1,3}})\s*[家名])"
                          rf"(?:实体|企业|公司|机构|单位)"
                          rf"(?P<how>[^。]{{0,40}}?)(?:列入(?P<list>{_LISTS}|该?(?:清单|名单))?|所列)")


def _listed_back(body: str, list_name: ListName | None, decided_at: int) -> list[str]:
    for m in _LISTED_BACK.finditer(body, decided_at):
        # "上述企业系由〔2029〕3号公告列入清单": a bare bracketed number on the UEL is that series'.
        found = find_numbers(qualify_bare(m.group("how"), list_name))
        if found and list_of(m.group("list") or "") in (list_name, None):
            return [found[-1].number.doc_id]
    return []


# "2025年9月25日，工作机制发布公告（…〔2025〕9号），将X等实体列入不可靠实体清单。": the listing a removal undoes,
# told as a past event before the decision.
_PAST_LISTING = re.compile(rf"(?P<before>[^。]*?)列入(?P<list>{_LISTS})(?!的)(?P<after>\s*[（(][^（()）。]*[）)])?")


def _past_listing(body: str, list_name: ListName | None, decided_at: int) -> list[str]:
    """The listing told before the removal's own decision sentence (at ``decided_at``): an order's preamble
    ("现公布《关于…的决定》") says 决定 before the listing it undoes is told, so the first 决定 is no bound."""
    for m in _PAST_LISTING.finditer(body[:decided_at]):
        if list_of(m.group("list")) != list_name:
            continue
        before = m.group("before").rsplit("\n", 1)[-1]  # the paragraph of the sentence, not the masthead's number
        # "…列入管控名单（商务部公告2025年第13号）": the number may follow in brackets.
        # "…发布公告（〔2025〕9号），将X列入不可靠实体清单": a bare UEL number, qualified by the list.
        found = find_numbers(qualify_bare(before, list_name)) or find_numbers(m.group("after") or "")
        if found:
            return [found[-1].number.doc_id]
        dates = find_dates(before)
        # "…发布公告，将X列入…" or "商务部于2025年1月2日将X列入…": the listing of that day on that list.
        if dates and ("公告" in before or re.search(r"于\s*\d{4}\s*年", before)):
            cited = registry.cite_listing(list_name, dates[-1].date)
            return [cited] if cited else []
    return []


def _recited_names(body: str, list_name: ListName | None,
                   decided_at: int) -> tuple[list[tuple[str | None, str | None, str]], int | None]:
    """The names of the listing told before the decision (``…发布公告…，将A（…）、B（…）列入<list>``) and the
    count it states (``A等11家``), or ([], None)."""
    for m in _PAST_LISTING.finditer(body[:decided_at]):
        if list_of(m.group("list")) != list_name or "将" not in m.group("before"):
            continue
        pairs, count, _deng = split_inline(m.group("before").rsplit("将", 1)[-1])
        return ([], count) if any(zh and _POINTER.match(zh) for zh, _en, _rest in pairs) else (pairs, count)
    return [], None


def _countermeasure(ctx: Context, m: re.Match[str], effective: dt.date | None,
                    country: str | None) -> list[Action]:
    tail = ctx.body[m.end():]
    listed = _listed_below(tail) if m.group("seg").startswith(("以下", "下列", "下述")) else []
    if listed:
        # "决定对下列人员采取反制措施：（一）张某（Zhang Mou），…": the object is the list that follows.
        # "对以下3名人员采取反制措施：" states the count of the names that follow: they must agree.
        action = Action("add", "CML", tuple(Entity(e.name_zh, e.name_en, country, e.kind) for e in listed), (),
                        effective, None, False, tuple(measures_after(tail, _after_list(tail))),
                        find_count(m.group("seg")))
        _check_count(ctx, action)
        return [action]
    inline = _INLINE_RUN.match(tail) if m.group("seg").startswith(("以下", "下列")) and not listed else None
    if inline and (named := _bracketed_run(inline.group("run"))):
        # "决定对下列企业实施反制裁：A（…）；B（…）。" and the measures after the names ("反制裁措施为：1. …").
        action = Action("add", "CML", tuple(replace(e, country=country) for e in named), (), effective, None,
                        False, tuple(_measures_told_after(tail, inline.end())), find_count(m.group("seg")))
        _check_count(ctx, action)
        return [action]
    colon = m.group(0).endswith(("：", ":"))
    bare = _bare_names(_below_head([ln.strip() for ln in tail.split("\n")])) \
        if colon and m.group("seg").startswith(("以下", "下列", "下述")) else []
    if bare:
        # "决定对以下美国企业采取反制裁措施：" then the names on bare lines (or the rows of a 姓名/职务 table), the
        # measures below them.
        persons = bool(PERSONS_WORD.search(m.group("seg")))
        listed = [Entity(zh, en, country, "person" if persons else guess_kind(zh, en, rest))
                  for zh, en, rest in bare]
        action = Action("add", "CML", tuple(listed), (), effective, None, False,
                        tuple(measures_after(tail, _bare_end(tail, len(bare)))), find_count(m.group("seg")))
        _check_count(ctx, action)
        return [action]
    if m.group("seg").startswith("以下") or _measure_per_part(ctx, tail):
        return _counter_groups(ctx, tail, effective, country)
    measures = measures_after(tail, 0) if m.group(0).endswith(("：", ":")) else []
    groups = [] if ctx.annex else _object_groups(m.group("seg"))
    if groups:
        return _inline_groups(ctx, groups, measures, effective, country)
    pairs, count, deng = split_inline(m.group("seg"))
    entities = _entities_from(ctx, pairs, count, deng, country or leading_country(pairs))
    action = Action("add", "CML", tuple(entities), (), effective, None, False, tuple(measures), count)
    _check_count(ctx, action)
    return [action]


# "反制裁措施为：" over the measures, numbered 1. 2. (or 一、 （一）).
_MEASURES_HEADING = re.compile(r"\s*[^。\n]{0,12}?措施(?:[为是]|如下)[：:]\s*\n")
_ARABIC_ITEM = re.compile(r"^\d{1,2}\s*[.．、]\s*(?P<text>.+)$")


def _measures_told_after(tail: str, pos: int) -> list[str]:
    """The measures after names: under a heading of their own (numbered lines), or the sentence at ``pos``."""
    heading = _MEASURES_HEADING.match(tail, pos)
    if heading is None:
        return measures_after(tail, pos)
    out: list[str] = []
    for line in tail[heading.end():].split("\n"):
        item = _ARABIC_ITEM.match(line.strip()) or _NUMBERED.match(line.strip())
        if not item:
            break
        out.append(_trim(item.group("text")))
    return out


# The names right after the decision's colon, on its line, up to the full stop: "A（…）；B（…）。".
_INLINE_RUN = re.compile(r"[ \t]*(?P<run>[^。\n：:]+)。")
# "对A公司、B公司，以及A公司首席执行官C、某部前官员D采取反制措施": companies, then persons, joined by ，以及.
_GROUP_JOIN = re.compile(r"^(?:以及|及|和|还有)")
# "冻结上述企业…", "对上述人员不予签发签证": a measure pointing at one of the groups.
# "上述企业", "这两家企业", "该两名人员": the group named above, pointed at.
_FOR_ORGS = re.compile(rf"(?:上述|这|该)(?:\d{{1,3}}|[{CN_NUMBER_CHARS}]{{1,3}})?[家个]?(?:企业|公司|机构|单位|实体)")
_FOR_PERSONS = re.compile(rf"(?:上述|这|该)(?:\d{{1,3}}|[{CN_NUMBER_CHARS}]{{1,3}})?[名个]?(?:人员|个人)")
# "A（…）、B（…）在我国境内的动产…": the names end where what they own in China begins.
_OWNED_IN_CHINA = re.compile(r"(?<=[）)])\s*(?:在|于)(?:我国|中国|中华人民共和国)?境内的")


# "对A、B及其关联企业C采取…": persons, then the companies tied to them.
_AFFILIATES = re.compile(r"及其(?:关联|控制的|所属|旗下)(?:企业|公司|机构|实体)")


def _object_groups(seg: str) -> list[str]:
    """The two groups of an object joined by ``，以及`` or ``及其关联企业`` (each a run of names), or [] for an
    object of one run."""
    affiliates = [m for m in _AFFILIATES.finditer(seg) if not unclosed_bracket(seg[: m.start()])]
    if len(affiliates) == 1:
        return [seg[: affiliates[0].start()].strip(), seg[affiliates[0].end():].strip()]
    parts = [p.strip() for p in split_depth0(seg, "，,")]
    if len(parts) != 2 or not _GROUP_JOIN.match(parts[1]):
        return []
    return [parts[0], _GROUP_JOIN.sub("", parts[1])]


def _inline_groups(ctx: Context, groups: list[str], measures: list[str], effective: dt.date | None,
                   country: str | None) -> list[Action]:
    """Companies and persons named in one object: one action per group when the groups differ in kind and the
    measures point at each (上述企业, 上述人员); else one action with every name."""
    read: list[tuple[list[Entity], int | None]] = []
    for group in groups:
        pairs, count, deng = split_inline(group)
        read.append((_entities_from(ctx, pairs, count, deng, country or leading_country(pairs)), count))
    kinds = [{e.kind for e in entities} for entities, _count in read]
    apart = all(len(k) == 1 for k in kinds) and kinds[0] != kinds[1] and any(
        _FOR_ORGS.search(x) or _FOR_PERSONS.search(x) for x in measures)
    if not apart:
        entities = [e for group_entities, _count in read for e in group_entities]
        action = Action("add", "CML", tuple(entities), (), effective, None, False, tuple(measures), None)
        _check_count(ctx, action)
        return [action]
    actions: list[Action] = []
    for (entities, count), kind in zip(read, kinds, strict=True):
        mine, other = (_FOR_PERSONS, _FOR_ORGS) if "person" in kind else (_FOR_ORGS, _FOR_PERSONS)
        own = tuple(x for x in measures if mine.search(x) or not other.search(x))
        action = Action("add", "CML", tuple(entities), (), effective, None, False, own, count)
        _check_count(ctx, action)
        actions.append(action)
    return actions


# "一、冻结附件第一部分所列企业…；二、对附件第二部分所列人员…": a measure for each part of the annex.
# "对附件一所列人员…；对附件二所列企业…": a measure for each of several annexes, read the same way.
_ANNEX_PART = re.compile(
    rf"附件(?:第(?P<n>[{CN_NUMBER_CHARS}\d]{{1,3}})部分|(?P<annex>[{CN_NUMBER_CHARS}\d]{{1,3}})(?=所列|中))")


# "附件所列企业", "附件第二部分所列高级管理人员": the annex group an object names, by the words up to its kind word
# (never a measure's: "对附件所列企业冻结…" names 企业).
_ANNEX_GROUP = (rf"(?P<where>附件[^所，,]{{0,8}})所列的?(?P<who>(?:(?!{MEASURE_VERB.pattern})[\u4e00-\u9fff]){{0,8}}"
                r"(?:企业|公司|实体|单位|机构|组织|人员|个人))")
_ANNEX_NAMED = re.compile(_ANNEX_GROUP)


def _measure_per_part(ctx: Context, tail: str) -> bool:
    """The numbered measures after the decision each name a part of an annex in parts, or each a different group
    by its heading (一、冻结附件所列企业…；二、对附件所列高级管理人员不予…): one group per part."""
    items = [m.group("text") for ln in tail.split("\n") if (m := _ITEM.match(ln.strip()))]
    if not ctx.annex or len(items) < 2:
        return False
    # An annex with fewer parts than the measures name gives a part no names: flagged, never folded into another.
    if all(_ANNEX_PART.search(t) for t in items):
        return True
    groups = [_annex_group_of(ctx, n.group("where"), n.group("who"), set()) if (n := _ANNEX_NAMED.search(t))
              else None for t in items]
    return None not in groups and len(set(groups)) == len(groups)


def _part_of(ctx: Context, text: str, i: int) -> int | None:
    """The annex group of item ``i``: the part it names (附件第二部分), or the group its heading names (对附件所列
    人员 under 二、高级管理人员), else the group in the same place."""
    part = _ANNEX_PART.search(text)
    named = None if part else _ANNEX_NAMED.search(text)
    if named and (by_head := _annex_group_of(ctx, named.group("where"), named.group("who"), set())) is not None:
        return by_head
    at = to_int(part.group("n") or part.group("annex")) - 1 if part else i
    return at if 0 <= at < len(ctx.annex) else None


_LIST_LINE = re.compile(rf"^(?:\d{{1,3}}\s*[.．、]|[（(][{CN_NUMBER_CHARS}\d]{{1,4}}[）)])")
# "一、闪电无人机公司（…）": names numbered as items are, told from an item of measures or of an object with its
# measures ("一、禁止…", "一、对A，冻结…") by what stands outside the brackets.
_ITEM_NAME_LINE = re.compile(rf"^[{CN_NUMBER_CHARS}]{{1,3}}、(?![对将])")
_BRACKETED = re.compile(r"[（(][^（）()]*[）)]")


def _named_item(line: str) -> bool:
    """``一、A公司（…）``: an item that is a name, not a measure or an object with its measures."""
    outside = _BRACKETED.sub("", strip_item_number(line))
    return bool(_ITEM_NAME_LINE.match(line)) and bool(outside) and not looks_like_clause(outside) \
        and "，" not in outside


# "1　立方公司　Cubic Corporation" under a table's head row: a row numbered with a wide space for the dot.
_TABLE_ROW = re.compile(r"^\d{1,3}[\s\u3000]+\S")


def _list_lines(tail: str) -> list[str]:
    """The numbered lines of names right below the colon (the rows of a table under its head row)."""
    lines: list[str] = []
    table = False
    for line in tail.lstrip(" \n").split("\n"):
        text = line.strip()
        if not lines and not table and COLUMN_HEAD.match(text):
            table = True
            continue  # "序号　中文名称　英文名称": the head row, no name
        if not (_LIST_LINE.match(text) or _named_item(text) or (table and _TABLE_ROW.match(text))):
            break
        lines.append(text.rstrip("；;。"))
    return lines


def _below_head(lines: list[str]) -> list[str]:
    """``lines`` without the head row of a table (``姓名　　职务``) that opens them, each row's name cells written as
    a name and its bracket."""
    first = next((i for i, ln in enumerate(lines) if ln.strip()), None)
    if first is None or not COLUMN_HEAD.match(lines[first].strip()):
        return lines
    return [_as_bracketed(ln, lines[first]) for ln in lines[first + 1:]]


def _table_head(tail: str) -> str:
    """The head row of a table opening ``tail`` (``序号　中文名称　英文名称``), or ""."""
    first = next((ln.strip() for ln in tail.split("\n") if ln.strip()), "")
    return first if COLUMN_HEAD.match(first) else ""


_ZH_COLUMN = re.compile(r"中文名称|中文名|姓名")
_EN_COLUMN = re.compile(r"英文名称|英文名|外文名称")
# "1 文本矿 TextOre 美国": a row's number, Chinese name, English name and a Chinese cell after (country, office).
_NAME_CELLS = re.compile(r"^(?P<n>\d{1,3}\s+)?(?P<zh>[A-Za-z0-9]*[\u3400-\u9fff][^\sA-Za-z（()）]*)\s+"
                         r"(?P<en>[A-Za-z][^\u3400-\u9fff（()）]*?)(?:\s+(?P<tail>[\u3400-\u9fff][^A-Za-z（()）]{0,30}))?$")


# "1 Cubic Corporation 立方公司": the English name in the column before the Chinese one.
_NAME_CELLS_EN_FIRST = re.compile(r"^(?P<n>\d{1,3}\s+)?(?P<en>[A-Za-z][^\u3400-\u9fff（()）]*?)\s+"
                                  r"(?P<zh>[\u3400-\u9fff][^\sA-Za-z（()）]*)(?:\s+(?P<tail>[\u3400-\u9fff][^A-Za-z（()）]{0,30}))?$")


def _as_bracketed(row: str, head: str) -> str:
    """A row under a head with a Chinese-name and an English-name column, written ``N. 中文名（English），cell``: the
    cells are one space apart once the text is cleaned, so the columns tell where the Chinese name ends."""
    zh_col, en_col = _ZH_COLUMN.search(head), _EN_COLUMN.search(head)
    if not (zh_col and en_col):
        return row
    cells = (_NAME_CELLS_EN_FIRST if en_col.start() < zh_col.start() else _NAME_CELLS).match(row.strip())
    if not cells:
        return row
    number = f"{cells.group('n').strip()}. " if cells.group("n") else ""
    tail = f"，{cells.group('tail')}" if cells.group("tail") else ""
    return f"{number}{cells.group('zh')}（{' '.join(cells.group('en').split())}）{tail}"


def _listed_below(tail: str) -> list[Entity]:
    head = _table_head(tail)
    return [e for g in parse_annex([_as_bracketed(ln, head) for ln in _list_lines(tail)]) for e in g.entities]


def _after_list(tail: str) -> int:
    lines = _list_lines(tail)
    pos = 0
    for line in lines:
        pos = tail.index(line, pos) + len(line)
        while pos < len(tail) and tail[pos] in "；;。":
            pos += 1  # the item's own closing mark, not a measure
    return pos


_DECISION_END = re.compile(rf"^(?:[{CN_NUMBER_CHARS}]{{1,3}}、)?"
                           rf"(?:附件[：:]|本(?:决定|令|公告)[^。]{{0,20}}?(?:施行|实施|生效)。?$)")


def _counter_groups(ctx: Context, tail: str, effective: dt.date | None, country: str | None) -> list[Action]:
    """Numbered groups ``一、对<object>，<measures>``: one add to the countermeasure list per group."""
    actions: list[Action] = []
    all_lines = [ln.strip() for ln in tail.split("\n")]
    # The groups end where the decision does: "本决定自…施行", or the index of its annexes (附件：一、…二、…), whose
    # numbered titles are no groups.
    end = next((i for i, ln in enumerate(all_lines) if _DECISION_END.match(ln)), len(all_lines))
    all_lines = all_lines[:end]
    items = [i_line for i_line, ln in enumerate(all_lines) if _ITEM.match(ln)]
    numbered = bool(items)
    if not numbered:
        # Unnumbered groups: each paragraph opening with the names it acts on.
        items = [i_line for i_line, ln in enumerate(all_lines) if _NAMED_LINE.match(ln)]
    for i, i_line in enumerate(items):
        item = _ITEM.match(all_lines[i_line]) if numbered else None
        text = item.group("text") if item else all_lines[i_line]
        pointed = _pointed_group(text, actions)
        if pointed is not None:
            # "（二）禁止…与上述企业进行有关交易": a further measure of a group named above, naming no one itself.
            earlier = actions[pointed]
            actions[pointed] = replace(earlier, measures=(*earlier.measures, _trim(text.rstrip("；;。"))))
            continue
        list_name: ListName = "CML"
        listing = _ITEM_LISTS.match(text)
        freeze = _FREEZE_FIRST.match(text)
        if freeze:
            # The measures are joined by commas here: "冻结…财产，禁止…交易".
            seg = freeze.group("seg")
            tail_text = _measure_commas(freeze.group("verb") + freeze.group("where"))
        elif listing:
            # "（一）将A、B列入反制清单，禁止…": the list is named in the item.
            list_name = list_of(listing.group("list")) or "CML"
            seg, tail_text = listing.group("seg"), listing.group("rest").lstrip("，,")
        elif named_colon := _NAMES_COLON.match(text):
            seg, tail_text = named_colon.group("seg"), named_colon.group("m")
        else:
            parts = split_depth0(text.removeprefix("对"), "，")
            seg, tail_text = parts[0], "，".join(parts[1:])
            if owned := _OWNED_IN_CHINA.search(seg):
                # "一、A（…）、B（…）在我国境内的财产，一律予以冻结": the measure on what the names own.
                seg, tail_text = seg[: owned.start()], seg[owned.start():].strip() + "，" + tail_text
            seg, measure_run = split_object(seg)
            if measure_run:
                # "对A（…）、B（…）冻结…；禁止…": no comma between the object and its measures.
                tail_text = measure_run + ("，" + tail_text if tail_text else "")
            took = re.search(r"采取(?P<m>[^。]*?)的?措施", seg)
            if took and not tail_text:
                # "（二）对X采取不予签发签证、不准入境的措施": the measures inside the object's clause.
                seg, tail_text = seg[: took.start()], took.group("m")
        measures = [_trim(x) for x in split_depth0(tail_text, "；，") if _trim(x)] if listing else \
            [_trim(x) for x in split_depth0(tail_text, "；") if _trim(x)]
        pairs, count, deng = split_inline(_FAMILY.sub("", seg.strip()))
        group = _part_of(ctx, text, i)
        bare = _bare_names(all_lines[i_line + 1:]) if _POINTER.match(seg.strip()) and text.endswith(("：", ":")) \
            else []
        if bare:
            # "（一）对下列企业，<measures>：" and the names on bare lines below, up to the next item.
            person = bool(PERSONS_WORD.search(seg))
            entities = [Entity(zh, en, country, "person" if person else guess_kind(zh, en, rest))
                        for zh, en, rest in bare]
        elif group is not None or not ctx.annex:
            entities = _entities_from(ctx, pairs, count, deng, country, group)
        elif pairs and all(zh and en for zh, en, _rest in pairs):
            # "对附件所列企业，…。对上述企业的高级管理人员A（…）和B（…），…": a group named inline beside the
            # annex's, each name with its English bracket.
            person = bool(PERSONS_WORD.search(seg))
            entities = [Entity(zh, en, country, "person" if person else guess_kind(zh, en, rest))
                        for zh, en, rest in pairs]
        else:
            entities = []
        action = Action("add", list_name, tuple(entities), (), effective, None, False, tuple(measures), count)
        _check_count(ctx, action)
        actions.append(action)
    return actions


def _pointed_group(text: str, actions: list[Action]) -> int | None:
    """The earlier group an item's measure points at (上述企业, 上述人员) when it names no one of its own."""
    if "（" in text or "(" in text:
        return None
    kind = "organization" if _FOR_ORGS.search(text) else "person" if _FOR_PERSONS.search(text) else None
    if kind is None:
        return None
    for i in range(len(actions) - 1, -1, -1):
        if actions[i].entities and all(e.kind == kind for e in actions[i].entities):
            return i
    return None


_NAME_LABEL = re.compile(r"^(?:姓名|中文名称|名称)[：:]\s*")
_FIELD_LABEL = re.compile(r"[\s\u3000]*[，,；;]?[\s\u3000]*(?:身份|职务|职位|国籍)[：:]\s*")


def _bare_end(tail: str, n_names: int) -> int:
    """Where the ``n_names`` bare name lines (below any head row) at the start of ``tail`` end."""
    lines = tail.split("\n")
    first = next(i for i, ln in enumerate(lines) if ln.strip())
    first += 1 if COLUMN_HEAD.match(lines[first].strip()) else 0
    return sum(len(line) + 1 for line in lines[: first + n_names])


def _bare_names(lines: list[str]) -> list[tuple[str | None, str | None, str]]:
    """Names on lines of their own (``名（English）``), up to a numbered item, a sentence or a blank after them."""
    names: list[tuple[str | None, str | None, str]] = []
    for line in lines:
        if not line:
            if names:
                break
            continue
        if _ITEM.match(line) or "。" in line or line.endswith(("：", ":")):
            break
        # "姓名：A（…）　身份：某企业首席执行官": the fields labelled, read as "A（…），某企业首席执行官".
        line = _FIELD_LABEL.sub("，", _NAME_LABEL.sub("", line)).strip("，")
        zh, en, rest = name_pair(line)
        if looks_like_clause(zh) or not (en or zh):
            break
        names.append((zh, en, rest))
    return names


# "中方决定：对附件所列企业，冻结…；对附件所列高级管理人员，不予签发签证…。": one sentence, a measure for each group of
# the annex, each part naming its group by the annex's own heading (企业, 高级管理人员) or part (附件第二部分).
# The parts may be sentences of their own ("对附件所列企业，冻结…。对附件所列人员，不予…。").
_GROUP_MEASURES = re.compile(
    r"决定[：:，,]?\s*(?P<start>自[^。，：]{4,30}?起[，,]?)?\s*(?P<run>对附件[^。]+(?:。\s*对附件[^。]+)*)。")
_ANNEX_OBJECT = re.compile(rf"^对{_ANNEX_GROUP}[，,]?\s*(?P<m>.+)$")


def _annex_group_measures(ctx: Context, run: str, effective: dt.date | None, country: str | None) -> list[Action]:
    """One add to the countermeasure list per ``；`` part of ``run`` whose object is a group of the annex; a part
    naming a group the annex does not have gets no names (a doubt), never another group's."""
    actions: list[Action] = []
    used: set[int] = set()
    for part in (p.strip() for p in split_depth0(run, "；;。")):
        m = _ANNEX_OBJECT.match(part)
        if not m:
            return []  # a part of another shape: not this grammar
        at = _annex_group_of(ctx, m.group("where"), m.group("who"), used)
        entities = [] if at is None else [Entity(e.name_zh, e.name_en, country, e.kind, e.branches)
                                          for e in ctx.annex[at].entities]
        if at is not None:
            used.add(at)
        measures = tuple(_trim(x) for x in split_depth0(_measure_commas(m.group("m")), "；") if _trim(x))
        action = Action("add", "CML", tuple(entities), (), effective, None, False, measures, None)
        _check_count(ctx, action)
        actions.append(action)
    return actions


# "对上述企业的高级管理人员A（…）和B（…），不予签发签证…。": a group the decision names inline after the annex's.
_INLINE_GROUP_AFTER = re.compile(r"\s*对(?P<seg>[^。，；]+?[）)])[，,]\s*(?P<m>[^。]+)。")


def _inline_groups_after(ctx: Context, pos: int, effective: dt.date | None, country: str | None) -> list[Action]:
    """The groups named inline in the sentences right after the annex's groups, each with its own measures."""
    actions: list[Action] = []
    while m := _INLINE_GROUP_AFTER.match(ctx.body, pos):
        pairs = split_inline(m.group("seg"))[0]
        if not pairs or not all(zh and en for zh, en, _rest in pairs):
            break
        person = bool(PERSONS_WORD.search(m.group("seg")))
        entities = tuple(Entity(zh, en, country, "person" if person else guess_kind(zh, en, rest))
                         for zh, en, rest in pairs)
        measures = tuple(_trim(x) for x in split_depth0(_measure_commas(m.group("m")), "；") if _trim(x))
        actions.append(Action("add", "CML", entities, (), effective, None, False, measures, None))
        pos = m.end()
    return actions


def _annex_group_of(ctx: Context, where: str, who: str, used: set[int]) -> int | None:
    """The annex group ``附件第N部分所列`` or ``附件所列<heading>`` points at; a headless annex by the kind of its
    names (人员 for persons)."""
    part = _ANNEX_PART.search(where + "所列")
    if part:
        at = to_int(part.group("n") or part.group("annex")) - 1
        return at if 0 <= at < len(ctx.annex) else None
    person = bool(PERSONS_WORD.search(who))
    # A group of the kind the object names (人员 for persons): "企业高级管理人员" is a group of persons.
    free = [i for i in range(len(ctx.annex)) if i not in used and ctx.annex[i].entities
            and all((e.kind == "person") == person for e in ctx.annex[i].entities)]
    if any(g.head for g in ctx.annex):
        # "企业" under "一、企业名单", "人员" under "二、高级管理人员": the heading and the object share their word.
        free = [i for i in free if (h := ctx.annex[i].head) and (who in h or h.removesuffix("名单") in who)]
    return free[0] if len(free) == 1 else None


def _measure_commas(measures: str) -> str:
    """``冻结…财产，禁止…交易``: measures joined by commas, each opening with its verb, split as by ``；``."""
    return re.sub(r"[，,](?=禁止|不予|不准)", "；", measures)


# "中方决定，对A（…）、B（…）冻结…；禁止…。": the object and its measures in one run, no 采取…措施 between them.
_COUNTER_RUN = re.compile(r"决定[，,]?\s*(?P<start>自(?:即日|[^。，：]{4,30}?)起)?[，,]?\s*对(?P<run>[^。：]+)。")


# "（一）冻结…；（二）禁止…。上述措施适用于A、B。": the measures listed first, the names they apply to after them.
_APPLIED_TO = re.compile(r"(?:^|(?<=[。\n]))\s*(?:上述|以上|前述)(?:反制(?:裁)?)?措施(?:适用于|针对)"
                         r"(?P<seg>[^。\n]+?)。")


def _applied_measures(ctx: Context, listed: str, seg: str, effective: dt.date | None,
                      country: str | None) -> Action:
    """One add to the countermeasure list: the numbered measures of ``listed``, applied to the names of ``seg``."""
    measures = tuple(_trim(item.group("text").rstrip("；;。")) for ln in listed.split("\n")
                     if (item := _ITEM.match(ln.strip())))
    pairs, count, deng = split_inline(seg)
    entities = _entities_from(ctx, pairs, count, deng, country or leading_country(pairs))
    action = Action("add", "CML", tuple(entities), (), effective, None, False, measures, count)
    _check_count(ctx, action)
    return action


def _counter_run(ctx: Context, run: str, effective: dt.date | None, country: str | None) -> Action | None:
    seg, measure_run = split_object(run)
    if not measure_run or not seg or re.search(STATUS_VERB, seg) or "措施" in seg \
            or len(split_depth0(seg, "，,；")) > 1:
        return None  # "对A解除反制措施，不再禁止…": a relaxation or a clause, not an object followed by its measures
    pairs, count, deng = split_inline(seg)
    entities = _entities_from(ctx, pairs, count, deng, country or leading_country(pairs))
    measures = tuple(_trim(x) for x in split_depth0(measure_run, "；") if _trim(x))
    action = Action("add", "CML", tuple(entities), (), effective, None, False, measures, count)
    _check_count(ctx, action)
    return action


def _amend(ctx: Context, m: re.Match[str], effective: dt.date | None, country: str | None) -> Action:
    list_name = list_of(m.group("list"))
    listed_on = parse_date(m.group("date"))
    target = registry.cite_listing(list_name, listed_on)
    if target is None:
        ctx.warnings.append(f"amend {list_name}: no listing date to attach the measures to")
    pairs, _count, _deng = split_inline(m.group("seg"))
    country = country or leading_country(pairs)
    tail = ctx.body[m.end():]
    intro = _AMEND_MEASURES.search(tail)
    measures = measures_after(tail, intro.end()) if intro else []
    entities = [Entity(zh, en, country, guess_kind(zh, en, rest)) for zh, en, rest in pairs]
    return Action("amend", list_name, tuple(entities), (target,) if target else (), effective, None, False,
                  tuple(measures), None)


def _heading(line: str, title: str | None) -> bool:
    """The title or a masthead number on a line of its own: never part of the sentence below it (its number is
    this notice's, not a target)."""
    line = line.strip()
    if len(line) < 6 or "。" in line or line.endswith(("，", ",", "：", ":")):
        return False
    if title and (line == title or title.startswith(line) or title.endswith(line)):
        return True
    if _MASTHEAD_ISSUER.match(line) or _BARE_BRACKET.fullmatch(line) or MASTHEAD_NO.match(squash(line)):
        # "不可靠实体清单工作机制公告" over "〔2028〕5号", "中华人民共和国商务部令" over "2035年第4号": a masthead
        # split over two lines
        return True
    found = find_numbers(line, follow_on=False)
    return bool(found) and found[0].start == 0 and found[0].end == len(line)


_MASTHEAD_ISSUER = re.compile(r"^[\u4e00-\u9fff ]{4,40}?(?:(?<!特此)公告|(?<![决命])令)$")


_QUESTION_MARKS = ("问：", "有记者问：", "记者问：", "问:")
_NOTE_LINE = re.compile(r"^\s*[（(][^（()）]*[）)]\s*$")


def _sentences(body: str, title: str | None = None, *, asked: bool = False) -> list[str]:
    """The body's sentences; ``asked``: a journalist's question kept as a sentence of its own (what an answer's
    该公告 may refer back to, never a change), else dropped."""
    # A line that is one bracket ("（2035年8月12日…令第110号公布，自公布之日起施行）") is a note of its own, never
    # the head of the sentence below it.
    kept = [ln + "。" if _NOTE_LINE.match(ln) or (asked and ln.startswith(_QUESTION_MARKS)) else ln
            for ln in body.split("\n")
            if (asked or not ln.startswith(_QUESTION_MARKS)) and not _heading(ln, title)]
    # A reprint's dateline ("【某报讯】") opens a sentence: the headline before it has no full stop of its own.
    text = _DATELINE.sub("。", _LATIN_WRAP.sub(" ", "\n".join(kept)).replace("\n", ""))
    return [s for s in text.split("。") if s.strip()]


_DATELINE = re.compile(r"(?=【[^】]{1,12}讯】)")
# "（Rapid Flight⏎LLC）": a line wrapped between two Latin words kept a space there; Chinese wraps without one.
_LATIN_WRAP = re.compile(r"(?<=[A-Za-z0-9.,&)])\n(?=[A-Za-z0-9(&])")


# "2036年1月，…", "2036年1月5日，…", "今年1月，…", "1月5日，…": a sentence opening with when something happened.
_TIME_OPENING = re.compile(r"^\s*(?:(?P<y>\d{4})\s*年|(?P<rel>今年|去年))?\s*(?P<m>\d{1,2})\s*月"
                           r"(?:\s*(?P<d>\d{1,2})\s*日)?\s*[，,]")
# "4月16日，商务部发布公告，…": a day without its year may be the day this very notice was issued, as a reprint tells.
_ISSUING = re.compile(r"发布|公布|宣布|印发")


def _told_before(sentence: str, published: dt.date | None) -> bool:
    """A sentence telling an event before the notice's date, with no decision and no start of its own: history."""
    m = _TIME_OPENING.match(sentence)
    if not m or published is None or "决定" in sentence or start_date(sentence, published)[1]:
        return False
    if not m.group("y") and _ISSUING.search(sentence):
        return False
    year = int(m.group("y")) if m.group("y") else published.year - (m.group("rel") == "去年")
    month = int(m.group("m"))
    if m.group("d"):
        try:
            return dt.date(year, month, int(m.group("d"))) < published
        except ValueError:
            return False
    return (year, month) < (published.year, published.month)


# "如无新的决定", "若未另行决定": a condition on a later decision; the change it tells is not made by this notice.
UNLESS_DECIDED = re.compile(r"(?:如|若|如果|倘若)(?:无|没有|未)[^，。；]{0,10}?(?:决定|调整|安排)")


# "A的反制措施暂停实施一百二十日": the measures of a named entity, changed, the notice they are of cited before.
_NAMED_MEASURES = re.compile(rf"^(?P<obj>(?!上述|该|前述|其|对)[^，。]{{2,120}}?)的"
                             rf"(?P<m>(?:相关|有关)?(?:反制|处理|管控)?措施)(?P<verb>{STATUS_VERB})(?P<tail>[^，。]*)$")


def _names_something(obj: str) -> bool:
    """Whether ``obj`` is a run of names (each with a Latin name, or a word ending an organisation's name)."""
    pairs = split_inline(obj)[0]
    return bool(pairs) and all(en or (zh and ORG_WORDS.search(zh)) for zh, en, _rest in pairs)


# "对<notice>所列实体，亦作同样处理（暂停的起始时间和期限均与前者一致）": the change before, applied to another notice.
_SAME_TREATMENT = re.compile(r"对(?P<obj>[^。；]{2,80}?)[，,]\s*(?:亦|也|均)?(?:作|予以|按)?(?:同样|相同|同等|同一)"
                             r"(?:处理|办理|安排)")


def _status_changes(ctx: Context, in_force: dt.date | None = None) -> list[Action]:
    """``in_force``: when the document itself applies (a promulgation's 自…起施行), the start of a change that
    states none of its own."""
    actions: list[Action] = []
    doc_list = _title_list(ctx.title)
    cited_before = ""  # the last sentence citing a notice: what 该款/该公告 may refer back to
    last_start: dt.date | None = None  # the start the last sentence with a change stated
    running: list[int] = []  # suspensions told with an end and no start: perhaps the state a continuation extends
    continuing: list[int] = []  # changes read from 继续暂停
    sentences = _closed_items([_distributed(qualify_bare(s, doc_list))
                               for s in _sentences(ctx.body, ctx.title, asked=True)])
    history = False  # whether the sentence before told an earlier event
    for i_sentence, sentence in enumerate(sentences):
        cited_here = sentence if find_numbers(sentence) else ""
        if sentence.lstrip().startswith(_QUESTION_MARKS):
            # "问：<notice>所列实体的处理措施有何调整？" then "答：…暂停实施该公告规定的处理措施": the question cites
            # what the answer's 该公告 refers back to; the question itself changes nothing.
            # Only its numbers: the names a journalist asks about are not the answer's.
            cited_before = "、".join(f.raw for f in find_numbers(sentence)) or cited_before
            continue
        referred, cited_before = cited_before, cited_here or cited_before
        history = _told_before(sentence, ctx.published) or (history and _told_after(sentence, ctx.published))
        if actions and (same := _SAME_TREATMENT.search(sentence)) and (cited := find_numbers(same.group("obj"))):
            # "对<notice>所列实体，亦作同样处理": the change before, with its start and period, of another notice.
            previous = actions[-1]
            for number in cited:
                target = number.number.doc_id
                if target not in previous.targets:
                    actions.append(replace(previous, list=_target_list(target, ctx), targets=(target,), entities=()))
            continue
        if not re.search(STATUS_VERB, sentence):
            continue
        if OTHER_DOMAIN.search(sentence) and not list_of(sentence):
            continue  # a trade remedy or a tariff is suspended or ended: not a list, not an export control
        if UNLESS_DECIDED.search(sentence):
            continue  # "暂停期满后，如无新的决定，上述措施恢复执行": what happens by default later, no change now
        if provides_rule(sentence):
            continue  # "指引建议…，应暂停相关交易，待…后再行恢复": a rule's or a guideline's provision, no change
        if history:
            # "某年某月，工作机制暂停对…", "…列入清单。此后，工作机制暂停对上述企业…": an earlier change told as
            # history, the background of this one
            continue
        removal = bool(_REMOVE.search(sentence) or _REMOVE_FROM.search(sentence) or _REMOVE_ITS.search(sentence)
                       or _REMOVE_TOPIC.search(sentence) or _NO_LONGER.search(sentence) or _NOT_AGAIN.search(sentence)
                       or _REMOVED_SUBJECT.search(sentence)
                       or _NO_LONGER_LISTED.search(sentence))
        start, has_start = start_date(sentence, ctx.published)
        if not has_start and last_start is not None and _ALONGSIDE.match(sentence):
            start, has_start = last_start, True  # "同时，中方决定，对…继续暂停…": the decision before, continued
        later_period: tuple[int, str] | None = None
        if not has_start and (later := _start_told_after(sentences[i_sentence + 1: i_sentence + 3])):
            # "…暂停…120天；…暂停…，期限相同。上述暂停均自北京时间A起算。": one start for the changes before.
            start, has_start = start_date(later.group("start"), ctx.published)
            later_period = parse_period(later.group("p")) if later.group("p") else None
        if has_start:
            last_start = start
        stated_until = until_date(sentence)
        said_period: tuple[int, str] | None = None  # the last period this sentence stated, which 期限相同 repeats
        clauses = [c.strip() for c in split_depth0(sentence, "，,；;")]
        # Clauses without a verb before a verb clause: its object when the verb clause names none
        # ("对A和B的相关措施，自…起，继续暂停实施180天").
        pending: list[str] = []
        shared = next((p for c in clauses if (p := _SHARED_PERIOD.match(c))), None)
        for i_clause, clause in enumerate(clauses):
            clause = _AS_FOLLOWS.sub("", clause)
            # "不再对该公告所列物项实施出口管制": the control ended, read as "不再实施对X的出口管制" (the verb first).
            clause = _NO_LONGER_CONTROLS.sub(r"不再实施对\g<obj>的\g<c>", clause)
            if _SHARED_PERIOD.match(clause) or (_PERIOD_CLAUSE.match(clause)
                                                and clause.startswith(("暂停", "中止", "暂缓"))):
                continue  # the period of the clause(s) before it ("…，暂停期限为一年"), read with them
            if _REMOVE.search(clause) or _REMOVE_FROM.search(clause):
                pending = []
                continue
            if pending and _EXTENDS.match(clause) and _PERIOD_OBJECT.search(pending[-1]):
                # "X第二款暂停实施的期限，自A起延长一年": the extension's verb in a clause of its own.
                clause = pending.pop() + clause
            # Only a clause that changes something takes the names back ("鉴于上述两家实体…" gives a reason).
            counted = _counted_back(clause, referred) if re.search(STATUS_VERB, clause) else None
            counted_names = None
            if counted:
                # "上述2家实体的管控措施暂停实施…", "对上述3家企业继续暂停…": the entities, and the listing that
                # lists them, named in the sentence before (a recital of an earlier decision too).
                clause, counted_names = counted
            if (cited := find_numbers("，".join(clauses[:i_clause])) or find_numbers(referred)) \
                    and not find_numbers(clause) \
                    and (owned := _NAMED_MEASURES.match(clause)) and _names_something(owned.group("obj")):
                # "<notice>所列两家银行…：…，A的反制措施暂停实施一百二十日，B的反制措施暂停实施六十日": each name's
                # measures, of the notice cited before (in the sentence, or the one before), each with its own
                # period.
                clause = (owned.group("verb") + "对" + cited[-1].raw + "所列" + owned.group("obj") + "采取的"
                          + owned.group("m") + owned.group("tail"))
            preobj = _OBJECT_FIRST.match(clause)
            named_first = False  # the names before the verb, the listing they are on told elsewhere or nowhere
            if preobj and referred and (cited := find_numbers(referred)) and _BACK_CITED.match(preobj.group("obj")) \
                    and not find_numbers(preobj.group("tail")):
                # "对上述公告所列A和B停止实施该公告规定的管控措施": the notice is the one the sentence before cites.
                clause = (preobj.group("head") + "对" + _BACK_CITED.sub(cited[-1].raw, preobj.group("obj"), count=1)
                          + preobj.group("tail"))
                preobj = _OBJECT_FIRST.match(clause)
            if preobj and referred and (cited := find_numbers(referred)) \
                    and (back_tail := _TAIL_BACK_CITED.match(preobj.group("tail"))) \
                    and not find_numbers(preobj.group("obj")):
                # "对A、B恢复实施该公告所列管控措施": the measures are those of the notice the sentence before cites.
                preobj = _OBJECT_FIRST.match(preobj.group("head") + "对" + preobj.group("obj") + back_tail.group("verb")
                                             + cited[-1].raw + preobj.group("tail")[back_tail.end():])
                assert preobj is not None
            if preobj and find_numbers(preobj.group("tail")) and not find_numbers(preobj.group("obj")):
                # "对上述2家实体恢复执行<notice>规定的措施": the entities before the verb, the cited notice after.
                clause = preobj.group("head") + preobj.group("tail")
            elif preobj and (find_numbers(preobj.group("obj")) or _DATE_CITE.search(preobj.group("obj"))) \
                    and not find_numbers(preobj.group("tail")) and _OBJECT_BEFORE.search("对" + preobj.group("obj")):
                # "对<notice>所列实体中的A、B暂停实施处理措施": the object clause and the verb in one clause; read
                # as "对<notice>所列实体中的A、B，暂停实施处理措施".
                pending.append("对" + preobj.group("obj"))
                # "将对A暂停实施处理措施的期限延长至B": the 将 of the extension goes with its object.
                clause = preobj.group("head").removesuffix("将") + preobj.group("tail")
            elif preobj and not find_numbers(clause) and _LISTING_IN_WORDS.match("对" + preobj.group("obj")):
                # "对此前有关公告所列实体暂停实施处理措施": the listing cited in words, before the verb.
                pending.append("对" + preobj.group("obj"))
                clause = preobj.group("head") + preobj.group("tail")
            elif preobj and not find_numbers(clause) and not referred \
                    and any(en for _zh, en, _rest in split_inline(preobj.group("obj"))[0]) \
                    and (verb := re.match(STATUS_VERB, preobj.group("tail"))):
                # "对A（…）和B（…）暂停实施管控措施", the listing told after: read as the verb first
                # (暂停实施对A和B实施的管控措施), the names its object.
                tail = preobj.group("tail")
                clause = (preobj.group("head") + verb.group(0) + "对" + preobj.group("obj") + "实施的"
                          + tail[verb.end():])
                named_first = True
            if referred and not find_numbers(clause) and (again := _OBJECT_FIRST.match(clause)) \
                    and (back_measures := _VERB_BACK_MEASURES.match(again.group("tail"))):
                # "对A和B恢复实施上述处理措施": the names before the verb, the measures those of the notice the
                # sentence before cites; read as the verb first (恢复实施对A和B实施上述处理措施).
                clause = (again.group("head") + back_measures.group("verb") + "对" + again.group("obj") + "实施"
                          + back_measures.group("m"))
            if referred and (first := _POINTER_FIRST.match(clause)):
                # "对其继续暂停相关措施", "对上述3家实体恢复执行该公告规定的措施": read as the verb first
                # (继续暂停对其相关措施), the object pointing back at the names of the sentence before.
                clause = first.group("head") + first.group("verb") + "对" + first.group("obj") + first.group("tail")
            if (placed_first := _PLACED_FIRST.match(clause)) and not find_numbers(placed_first.group("obj")):
                # "上述3家企业中的第二家自A起恢复…": the pick by place, then the verb, in one clause.
                pending.append(placed_first.group("obj"))
                clause = placed_first.group("tail")
            m = _VERB_START.match(clause) or _VERB_END.match(clause)
            if m and (_RECITED_CHANGE.search(m.group("rest"))
                      or (m.re is _VERB_START and _earlier(clause[:m.start("verb")], ctx.published))):
                pending = []
                continue  # "…已依据<order>暂停实施一年": history of the measures, the decision comes after
            if m and (_ENDS_ON.search(m.group("rest")) or _RUNNING_OUT.search(m.group("rest"))):
                pending = []
                continue  # "…暂停实施相关措施的期限将于A届满": the running suspension told, which the decision extends
            if not m or m.group("rest").startswith("或"):
                pending.append(clause)
                continue
            rest = m.group("rest")
            if m.re is _VERB_END and rest.startswith("将"):
                rest = rest[1:]  # "将该项的暂停实施期限延长两年": the 将 of the extension is no part of its object
            if below_object := _OBJECT_LISTED_BELOW.match(rest):
                # "停止对以下实体实施上述措施：" and the names: the clause ends at the colon, the names are its
                # object's (read by the pointer from the lines below).
                rest = below_object.group("head")
            if (ends := _ENDS_ON.search(rest)) and not rest[ends.end():].strip():
                # "对<notice>所列A、B暂停实施相关处理措施的期限将于X届满": when the suspension in force runs out,
                # told before the decision that continues it; no change of its own.
                pending = []
                continue
            # "…公告如下：商务部公告X第一款": the object starts after the colon that introduces it.
            before, pending = re.split(r"[：:]", "，".join(pending))[-1], []
            if _ADMIN_STEP.search(rest) and not find_numbers(rest):
                continue  # "…申请，自…起恢复受理": licensing administration, no list or control changes
            if rest.endswith("同时") or clause.endswith("同时废止"):
                continue  # "…第90号同时废止": superseded by this notice's own content, not a relaxation
            back = _BACK_CITED_OBJECT.match(rest)
            if back and referred and (cited := find_numbers(referred)) and not find_numbers(rest):
                # "停止对上述决定所列A、B实施的反制措施": the decision is the one the sentence before cites.
                rest = "对" + cited[-1].raw + rest[back.end():]
            own = _DATES_IN_REST.sub("", rest)
            named_back: str | None = None  # the entities a change names where the cited notice is referred back to
            pointer: str | None = None  # 其, 上述2家企业: an object naming no one, pointing at the names before
            named_clause = _CLAUSE_BACK.match(own)
            anaphor = bool(_ANAPHOR.match(own) or named_clause)
            if (_BARE_REST.match(rest) or anaphor) and (find_numbers(before) or _DATE_CITE.search(before)):
                # "X第二款的暂停期限届满后，自A起至B，该款继续暂停实施": the object stands before the verb and is
                # referred back to by 该款/该公告/上述措施.
                rest = before + "，" + rest
            elif not find_numbers(rest) and _OBJECT_BEFORE.search(before) \
                    and (find_numbers(before) or _DATE_CITE.search(before)) and _MEASURES_OBJECT.match(rest):
                # "对<notice>所列实体，继续暂停相关措施120天": the object in the clause before the verb's.
                rest = before + "，" + rest
            elif (anaphor or (_BARE_REST.match(rest) and _POINTS_BACK.match(before.split("，")[-1]))) \
                    and not find_numbers(rest) and referred:
                # "X第二款的暂停期限将于…届满。经批准，…该款继续暂停实施": the object in the sentence before.
                # "该公告对A和B规定的管控措施，自…起暂停实施": the entities named in the clause that refers back.
                back_object = _BACK_OBJECT.match(before.split("，")[-1])
                rest, named_back = referred + "，" + rest, back_object.group("obj") if back_object else None
            elif referred and _cites(referred) and not find_numbers(rest) and not removal \
                    and (pointed := _POINTED_OBJECT.match(own)):
                # "暂停对其实施该决定规定的措施": 其 (上述三家实体) are the names of the listing the sentence
                # before cites; the measures are that notice's.
                rest, pointer = referred + "，" + rest, pointed.group("obj") or pointed.group("owner")
            elif referred and not find_numbers(rest) and (verb_object := _VERB_OBJECT.match(own)) \
                    and not find_numbers(verb_object.group("obj") or ""):
                # "恢复对上述2家企业实施该公告规定的处理措施", "暂停对A实施上述反制措施": the entities between 对
                # and the measures, which are those of the notice the sentence before cites.
                rest, named_back = referred + "，" + rest, verb_object.group("obj") or verb_object.group("back")
            targets = _targets(rest, ctx.published, list_of(clause) or list_of(rest) or doc_list)
            kind = verb_kind(m.group("verb"))
            if named_clause and targets:
                targets = _clause_referred(ctx, kind, targets, to_int(named_clause.group("n")))
            if removal and (kind == "remove" and re.search(r"移出|移除|删除", clause)
                            or kind in ("remove", "terminate") and _REMOVE_ITS.search(sentence)):
                # "决定，将A从<notice>所列名单中移出", "取消（停止）对A采取的措施，并将其从…移出": the removal read
                # by _remove, not a change of its own
                continue
            if removal and re.search(r"对其|(?:^|[，,])其(?!他|余|中)", rest):
                continue  # "移出…，并停止实施<notice>对其规定的管控措施": the removal's consequence for 其
            if removal:
                entities = []
            elif targets and (placed := PICKED_BY_PLACE.search(before)):
                # "前述三家企业中的第一家和第三家，即A、B，自…起恢复…": names picked by their place in the listing.
                entities = _placed_entities(ctx, placed, referred, list_of(referred) or doc_list)
            elif targets:
                # "暂停对<notice>所列A和B采取的处理措施": the change applies to the entities named only.
                named = counted_names or (preobj.group("obj") if preobj and find_numbers(preobj.group("tail"))
                                          else named_back)
                entities = _pointed_entities(ctx, referred, pointer, sentence, list_of(referred) or doc_list) \
                    if pointer and not counted_names else _cited_entities(ctx, rest, named)
                if not entities and not pointer and (front := _NAMES_BEFORE_MEASURES.match(rest.strip())):
                    # "A（…）、B（…）两家实体适用的出口管制措施（见<notice>）暂停执行": the names open the object.
                    entities = [replace(e, country=_country(ctx)) for e in _bracketed_run(front.group("run"))]
                if not entities and not pointer and (citing := _POINTER_CITING.match(own)):
                    # "鉴于A（…）和B（…）…，暂停对该两家企业实施<notice>规定的措施": the names told before the verb.
                    head = "，".join(clauses[:i_clause])
                    entities = _pointed_entities(ctx, head, citing.group("obj"), sentence, list_of(rest) or doc_list)
            else:
                entities = _object_entities(ctx, rest)
            if below_object and not entities and not removal:
                # "停止对下列实体实施<notice>规定的管控措施：" and the names below: the object the colon opens.
                entities = _names_after(ctx, below_object.group("obj"))
                if not entities:
                    ctx.warnings.append(f"{kind}: an object names no one ({below_object.group('obj')}) and no "
                                        "list of names follows it")
            in_words = bool(_LISTING_IN_WORDS.search(rest) or _LISTING_IN_WORDS.search(before.split("，")[-1]))
            if not targets and not entities and (not re.search(r"[相有]关措施", rest) or removal) \
                    and (removal or not in_words):
                # "暂停对此前有关公告所列实体实施…" is kept: a change of a listing cited in words, unresolved.
                continue  # "移出…，对该实体采取的相关措施不再执行": the removal's consequence, not an action of its own
            joint = bool(_JOINT_WITH_CUSTOMS.search(ctx.title or ""))
            list_name = _status_list(clause, targets, rest, doc_list, sentence, joint)
            if list_name is None and not entities and _licensed_goods(ctx.body, targets):
                list_name = "ITEM"
            if (entities or in_words) and list_name is None:
                # The measures name their list: 反制措施 (CML), 处理措施 (UEL), 管控措施 (ECL).
                # Names taken back from the sentence before (上述2家实体) take its measures' words too.
                said = rest + (referred if counted_names else "")
                list_name = list_of(sentence) or ("CML" if "反制" in said else "UEL" if "处理措施" in said
                                                  else "ECL" if "管控措施" in said else None)
            if kind == "remove" and list_name == "ITEM":
                kind = "terminate"  # 取消 a control: the control ends; nothing was on a list
            # The sentence as printed, or its clause where the lines of a lead were joined into it.
            at = ctx.body.find(sentence) if sentence in ctx.body else ctx.body.find(clause)
            if at < 0 and entities:
                # A clause rewritten verb first is not printed so: the change stands where its first name does.
                at = ctx.body.find(entities[0].name_zh or entities[0].name_en or "\0")
            if entities and not targets and list_name in ("UEL", "ECL", "CML") and at >= 0:
                # "<day>，工作机制发布公告（〔2025〕5号），将A、B等10家企业列入…。…暂停对前述A、B实施的处理措施":
                # the names changed are of the listing the text told before the decision.
                # "商务部曾以<order>对A、B采取反制措施。…解除对A、B采取的反制措施": the order recited before.
                targets = _listing_cited(ctx.body, list_name, at, ctx.title) \
                    or recited_target(ctx.body, at, [e.name_zh or e.name_en or "" for e in entities])
            until: dt.date | None = None
            computed = False
            period = parse_period(clause if m.groupdict().get("period") else rest) if kind == "suspend" else None
            if period is None and kind == "suspend":
                # "继续暂停实施X第二款，期限6个月": the period in a clause of its own right after the verb's.
                # "…，期限自A起计算，为期一年": or the one after a clause stating when the period counts from.
                after = clauses[i_clause + 1: i_clause + 3]
                if len(after) == 2 and not _COUNTS_FROM.match(after[0]):
                    after = after[:1]
                stated = next((p for c in after if (p := _PERIOD_CLAUSE.match(c))), None)
                period = parse_period(stated.group("p")) if stated else None
            if period is None and kind == "suspend" and shared:
                period = parse_period(shared.group("p"))
            if period is None and kind == "suspend" and said_period is not None \
                    and any(_SAME_PERIOD.match(c) for c in clauses[i_clause + 1: i_clause + 2]):
                period = said_period  # "其二，对…暂停实施…，期限相同": the period of the change before
            period = period or (later_period if kind == "suspend" else None)
            said_period = period or said_period
            if period is None and kind == "suspend" and (within := _WITHIN.search(sentence)):
                period = parse_period(within.group("p"))  # "自A起一年内，暂停…": the period after the start
            if period is None and kind == "suspend" and i_sentence + 1 < len(sentences) \
                    and (told := _PERIOD_SENTENCE.match(sentences[i_sentence + 1].strip())):
                # "该款继续暂停实施。继续暂停的期限为一年，自A起计算。": the period in a sentence of its own.
                period = parse_period(told.group("p"))
                if not has_start and (told_from := told.group("from") or told.group("from_first")):
                    start, has_start = start_date(told_from, ctx.published)
            if not has_start and (m.group("verb").startswith("继续") or m.group("verb").endswith(("延长", "顺延"))
                                  or "期限延长" in m.group("rest")):
                # "X第三款的暂停期限将于A届满。…该款继续暂停实施至B": the continuation starts the day after A.
                # "此前决定暂停…，暂停期限至A。…措施的期限延长至B": the extension starts the day after A, told in
                # the recital before.
                ends = _ENDS_ON.search(sentence) or _ENDS_ON.search(referred) or _RAN_TO.search(referred)
                expiry = parse_date(ends.group("d")) if ends else None
                # "X第三款暂停实施至A。…该款继续暂停实施一年": or the end of the suspension told before it.
                expiry = expiry or next((actions[i].until for i in running if actions[i].targets == tuple(targets)),
                                        None)
                if expiry is not None:
                    start, has_start = expiry + dt.timedelta(days=1), True
            # "暂停…，暂停期限一年" under "本决定自A起施行": the period runs from the decision's own start.
            from_day = start if has_start else in_force
            if period and from_day is not None:
                until, computed = add_period(from_day, *period), True
                if until is None:
                    ctx.warnings.append(f"{kind}: the period of {clause[:40]} runs past the calendar")
                ranged = _STATED_RANGE.search(sentence)
                if ranged and (printed := parse_date(ranged.group("end"))) is not None and printed != until:
                    # "期限为90天，自A起至B止" where A + 90 days is not B: the end printed is taken as printed (the
                    # crosscheck flags the disagreement for a reader).
                    until, computed = printed, False
            elif kind == "suspend":
                until = stated_until
            if not targets and (not entities or in_words or named_first):
                # "暂停对此前公告所列A、B…": the names read, the listing they are on cited in words only.
                ctx.warnings.append(f"{kind}: the measures it applies to are not cited by number ({clause[:40]})")
            effective = start if has_start else (in_force or ctx.published)
            groups = _by_list(targets, list_name, ctx)
            each = _each_until(clauses[i_clause + 1: i_clause + 3], len(groups), from_day) \
                if kind == "suspend" and period is None else None
            for i_group, (group_list, group) in enumerate(groups):
                if each is not None:
                    until, computed = each[i_group], True
                action = Action(kind, group_list, tuple(entities), tuple(group), effective, until, computed, (), None)
                said = next((i for i, a in enumerate(actions) if replace(a, list=action.list) == action
                             and a.list in (None, action.list)), None)
                if said is not None:
                    # "决定废止X。上述公告规定的出口管制措施自即日起不再执行": the one change said again; the second
                    # saying may name the measures, and so the list, the first left open.
                    actions[said] = action
                    continue
                if m.group("verb").startswith("继续"):
                    continuing.append(len(actions))
                elif kind == "suspend" and not has_start and until is not None and not computed:
                    running.append(len(actions))
                actions.append(action)
    return _without_running(actions, running, continuing)


def _each_until(after: list[str], n_groups: int, from_day: dt.date | None) -> list[dt.date | None] | None:
    """The ends of ``分别为P1和P2`` in the clauses after a verb, one per list it changes, when the counts agree."""
    each = next((p for c in after if (p := _EACH_PERIOD.match(c))), None)
    if each is None or from_day is None:
        return None
    periods = [parse_period(p.group(0)) for p in PERIOD.finditer(each.group("ps"))]
    if len(periods) != n_groups or any(p is None for p in periods):
        return None
    return [add_period(from_day, *p) for p in periods if p is not None]


# "对以下两份公告所列实体的相关措施暂停实施60天：一是A所列…，暂停的是P；二是B所列…，暂停的是Q": one verb and period
# for several listings, each named in an item after the colon with the measures it means.
_FOR_EACH_BELOW = re.compile(
    rf"^(?P<head>.*?)对(?:以下|下列)[^，。：:]{{0,8}}?(?:公告|决定|令)所列[^，。：:]*?(?P<verb>{STATUS_VERB})"
    rf"{_PERIOD_TAIL}[：:](?P<items>.+)$")
_EACH_ITEM = re.compile(r"^\s*(?:[一二三四五六七八九十]是|其[一二三四五六七八九十]|第[一二三四五六七八九十]|"
                        r"[（(]?[一二三四五六七八九十][）)、])[，,：:]?\s*")
_MEANS = re.compile(r"^(?:暂停|中止|恢复|终止|停止)?的?(?:是|为)(?P<m>.+)$")


# "决定采取两项措施：一是A暂停…；二是B暂停…。上述两项措施均自X起生效，为期90天。": the items' start and period
# told once, in the sentence after them.
_ITEMS_AFTER_COLON = re.compile(r"^(?P<head>.*?决定[^：:]{0,16}?措施)[：:](?P<items>\s*一是.+)$")
_CLOSING_TERMS = re.compile(r"^\s*(?:上述|以上|前述)[^，。自]{0,10}?(?:均|都|皆|一并)?\s*(?P<start>自[^，。]{4,40}?起)"
                            r"(?:生效|实施|施行|执行)?(?:[，,]\s*(?P<period>(?:为期|期限为?)\s*[^，。；]{1,8}))?$")


def _closed_items(sentences: list[str]) -> list[str]:
    """Items numbered 一是/二是 after a decision's colon, with the start (and period) of all told in the sentence
    after them: each item written as a sentence of its own with that start and period, the closing one dropped."""
    out: list[str] = []
    i = 0
    while i < len(sentences):
        head = _ITEMS_AFTER_COLON.match(sentences[i])
        closing = _CLOSING_TERMS.match(sentences[i + 1]) if head and i + 1 < len(sentences) else None
        if head is None or closing is None:
            out.append(sentences[i])
            i += 1
            continue
        items = [_EACH_ITEM.sub("", it, count=1).strip() for it in split_depth0(head.group("items"), "；;")]
        period = f"，{closing.group('period')}" if closing.group("period") else ""
        out.append(head.group("head"))
        out.extend(f"{closing.group('start')}，{it}{period}" for it in items if it)
        i += 2
    return out


def _distributed(sentence: str) -> str:
    """The sentence with its one verb and period written into each listing item after its colon (``对A，暂停实施P60天；
    对B，暂停实施Q60天``), or as it is."""
    m = _FOR_EACH_BELOW.match(sentence)
    if not m:
        return _measures_below(sentence)
    items = [_EACH_ITEM.sub("", i, count=1) for i in split_depth0(m.group("items"), "；;")]
    out: list[str] = []
    for item in items:
        parts = [p.strip() for p in split_depth0(item, "，,")]
        means = next((mm.group("m") for p in parts[1:] if (mm := _MEANS.match(p))), "")
        out.append(f"对{parts[0]}，{m.group('verb')}{means or '相关措施'}{m.group('period') or ''}")
    return m.group("head") + "；".join(out)


# "自A起，暂停实施以下措施一百天：（一）<notice>对10家实体采取的处理措施；（二）…": one verb and period over the
# numbered measures below it, each of another notice (and list).
_MEASURES_BELOW = re.compile(rf"^(?P<head>.*?)(?P<verb>{STATUS_VERB})以下[^，。：:；]{{0,6}}?措施{_PERIOD_TAIL}"
                             rf"(?:[，,]\s*(?:期限|为期)[为是]?\s*{_PERIOD_TAIL.replace('period', 'period2')})?[：:]"
                             rf"(?P<items>\s*(?:[（(]?[一二三四五六七八九十][）)、]|\d{{1,2}}\s*[.．、]).+)$")
_ARABIC_MARK = re.compile(r"^\s*\d{1,2}\s*[.．、]\s*")


def _measures_below(sentence: str) -> str:
    """The sentence with its verb and period written into each numbered measure below its colon, or as it is."""
    m = _MEASURES_BELOW.match(sentence)
    if not m:
        return sentence
    items = [_ARABIC_MARK.sub("", _EACH_ITEM.sub("", i, count=1), count=1).strip()
             for i in split_depth0(m.group("items"), "；;")]
    period = m.group("period") or m.group("period2") or ""
    return m.group("head") + "；".join(f"{m.group('verb')}{i}{period}" for i in items if i)


def _without_running(actions: list[Action], running: list[int], continuing: list[int]) -> list[Action]:
    """``X第三款暂停至A。…该款继续暂停，自A次日起…``: a suspension told with its end and no start of its
    own, which a continuation of the same notice takes up after that end, is the state continued, not a change."""
    def continued(told: Action, later: Action) -> bool:
        return bool(set(told.targets) & set(later.targets)) and told.until is not None \
            and later.effective is not None and told.until < later.effective

    gone = {i for i in running if any(continued(actions[i], actions[j]) for j in continuing)}
    return [a for i, a in enumerate(actions) if i not in gone]


# "上述2家实体", "上述3家美国企业", "上述企业": entities referred back to, named in the sentence before.
# "此后，…", "随后，…": the next step of the history the sentence before told.
_SEQUEL = re.compile(r"^\s*(?:此后|随后|其后|之后|后来|嗣后)[，,]")


def _told_after(sentence: str, published: dt.date | None) -> bool:
    """A sentence going on with the history told before it (此后，…), with no decision or start of its own."""
    return bool(_SEQUEL.match(sentence)) and "决定" not in sentence and not start_date(sentence, published)[1]


_PLACED_FIRST = re.compile(
    rf"^(?P<obj>[^，。]*?{PICKED})(?P<tail>\s*(?:自[^，。起]{{2,30}}?起)?\s*(?:{STATUS_VERB}).*)$")
_COUNTED_OBJECT = re.compile(r"(?:上述|前述)\s*(?:(?P<n>\d{1,4}|两|[一二三四五六七八九十]{1,3})\s*[家名])?\s*"
                             r"(?:美国|外国)?(?:实体|企业|公司|单位|机构|组织|人员|个人|银行)")
# What follows a cited listing before the names it lists: "（〔2025〕9号）所列", "…第51号列入管控名单的".
_NAMES_CITED = re.compile(rf"\s*(?:（[^（）]*）|）)?\s*(?:所列的?|列入(?:{_LISTS})的|中?列明的)")


def _counted_back(clause: str, referred: str) -> tuple[str, str] | None:
    """``clause`` with its ``上述N家实体`` written out as the listing and the names the sentence before gives
    (``<notice>所列A（…）、B（…）``), and those names; None unless that sentence names them (exactly N, where a
    count is stated) after a listing."""
    m = _COUNTED_OBJECT.search(clause)
    if not m or not referred or find_numbers(clause):
        return None
    for cited in reversed(find_numbers(referred)):
        rel = _NAMES_CITED.match(referred, cited.end)
        if not rel:
            continue
        run = bracketed_run(referred[rel.end():])
        if run is not None:
            return _written_out(clause, m, cited.raw, run)
    # "A（…）、B（…）系<notice>列入<list>的实体": the names open a clause that says what they are, the sentence's one
    # citation their listing.
    found = find_numbers(referred)
    for part in (p.strip() for p in split_depth0(referred, "，,；;")):
        run = bracketed_run(part)
        if run and len(found) == 1 and re.match(r"\s*(?:均|都)?(?:系|为|是)", part[len(run):]):
            return _written_out(clause, m, found[0].raw, run)
    recital = recited_object(referred)
    return _written_out(clause, m, *recital) if recital else None


def _written_out(clause: str, m: re.Match[str], cited: str, run: str) -> tuple[str, str] | None:
    if m.group("n") and len(split_inline(run)[0]) != to_int(m.group("n")):
        return None  # "上述3家" over two names: not these, a doubt left to the count
    return clause[: m.start()] + cited + "所列" + run + clause[m.end():], run


# "对<notice>所列实体，继续暂停相关措施": an object clause, then a verb whose object is only 相关措施.
# "<notice>列入管控名单的16家实体，其相关管控措施同样继续暂停": the object may stand without 对.
# "上述公告所列…", "该公告列明的…": a listing referred back to, cited in the sentence before.
_BACK_CITED = re.compile(r"^(?:上述|该|前述)(?:公告|决定)(?=所列|中?列明)")
# "恢复实施该公告所列管控措施": the verb, then its measures pointed back at the notice cited before.
_TAIL_BACK_CITED = re.compile(rf"^(?P<verb>(?:{STATUS_VERB})\s*)(?:上述|该|前述)(?:公告|决定|令)(?=所列|规定)")
_BACK_CITED_OBJECT = re.compile(r"^对(?:上述|该|前述)(?:公告|决定|令)(?=所列|中?列明)")
# "该公告对A和B规定的管控措施": a clause naming entities of the notice it refers back to.
_BACK_OBJECT = re.compile(
    rf"^(?:该|上述|前述)(?:公告|决定|令)对(?P<obj>[^，。]{{2,200}}?)(?:规定|采取|实施)的(?:相关|有关)?{_MEASURES}$")
# "对A实施上述反制措施", "对上述2家企业实施该公告规定的处理措施": the object, then measures referred back to.
# "对上述2家企业实施相关处理措施": entities referred back to (上述) need no measures referred back to.
_VERB_OBJECT = re.compile(
    rf"^对(?:(?P<obj>(?:(?!措施)[^，。]){{2,200}}?)(?:实施|采取|执行)的?"
    rf"(?:上述|该|前述)(?:公告|决定|令)?(?:规定的|所列的?)?(?:相关|有关)?{_MEASURES}"
    rf"|(?P<back>(?:上述|前述)(?:(?!措施)[^，。]){{1,16}}?)(?:实施|采取|执行)(?:相关|有关)?{_MEASURES}){_PERIOD_TAIL}$")
# "对以下实体实施上述措施：" and the names after the colon: the object points forward.
_OBJECT_LISTED_BELOW = re.compile(
    r"^(?P<head>对(?P<obj>(?:以下|下列|下述)[^，。：:]{0,12}?)(?:实施|采取|执行)[^，。：:]*?措施)[：:]")
# An object that names no one and points back: 其, 上述2家企业, 上述实体.
# The words between never cite a notice (上述公告所列实体 is the whole listing, read by the citation).
_POINTER_OBJECT = (r"(?:其|(?:上述|前述|这|该)(?:(?!公告|决定|令|所列|列入)[^，。；]){0,8}?"
                   r"(?:实体|企业|公司|机构|单位|组织|人员|个人))")
_PERIOD_AFTER = rf"(?:(?:\d{{1,4}}|[{CN_NUMBER_CHARS}]{{1,4}})\s*(?:个月|天|日|周|年))?"
_POINTER_FIRST = re.compile(
    rf"^(?P<head>[^，。]*?)对(?P<obj>{_POINTER_OBJECT})(?P<verb>{STATUS_VERB})(?P<tail>[^，。]*?措施{_PERIOD_AFTER})$")
# "对其实施该决定规定的措施", "对上述实体相关措施": the pointer, then the measures of the notice cited.
_POINTED_OBJECT = re.compile(
    rf"^对(?P<obj>{_POINTER_OBJECT})(?:(?:实施|采取|执行)的?)?(?:(?:上述|该|前述)(?:公告|决定|令)?(?:规定的|所列的?)?)?"
    rf"(?:相关|有关)?{_MEASURES}{_PERIOD_AFTER}$"
    # "将上述2家实体的暂停期限延长至A": the pointer before the verb, as its owner.
    rf"|^将?(?P<owner>{_POINTER_OBJECT})的?(?:相关|有关)?(?:{_MEASURES})?的?$")
# "此前有关公告所列实体": a listing cited by words alone, with no number or date to resolve it.
# "对该两家企业实施〔2029〕3号公告规定的处理措施": a pointer, then the measures of a notice cited by number.
_POINTER_CITING = re.compile(rf"^对(?P<obj>{_POINTER_OBJECT})(?:实施|采取|执行)的?[^，。]*?{_MEASURES}")
_LISTING_IN_WORDS = re.compile(r"^对[^，。]{0,12}?(?:公告|决定|令)所列")
_OBJECT_BEFORE = re.compile(rf"(?:^|[，,])\s*对?[^，,]*?(?:所列|所涉(?:及)?的?|列入(?:{_LISTS})的|中?列明的)")
# "所采取的反制措施": the measures taken against the object before, named by the taking.
# "该公告规定的措施", "出口管制管控措施": the measures of the listing named in the clause before.
_MEASURES_OBJECT = re.compile(rf"^(?:对其|对上述实体|其)?(?:所?(?:采取|实施))?的?"
                              rf"(?:(?:该|上述|前述)(?:公告|决定|令)?(?:规定的|所列的?))?(?:相关|有关|上述)?"
                              rf"(?:出口管制|{_LISTS})?{_MEASURES}")
# "对A和B恢复执行<notice>规定的措施": the object stands between 对 and the verb.
_OBJECT_FIRST = re.compile(
    rf"^(?P<head>[^，。]*?)对(?P<obj>(?:(?!措施|{STATUS_VERB})[^，。]){{2,200}}?)(?P<tail>(?:{STATUS_VERB})[^，。]*?措施[^，。]*)$")
# "恢复实施上述处理措施": the verb, then measures referred back to (the object stood before the verb).
_VERB_BACK_MEASURES = re.compile(
    rf"^(?P<verb>{STATUS_VERB})(?P<m>(?:上述|该|前述)(?:公告|决定|令)?(?:规定的|所列的?)?(?:相关|有关)?{_MEASURES}"
    rf"{_PERIOD_AFTER})$")
# "已依据<order>暂停实施", "已于…暂停": a change made before, recited.
_RECITED_CHANGE = re.compile(r"已(?:依据|根据|按照|于|经)|已$")
# "商务部此前决定暂停…", "工作机制曾决定…": the subject's earlier decision, recited before the one this notice makes.
# "国务院有关部门可以决定将…列入反制清单": what a law allows a body to decide, told in a Q&A on the law; no decision
# either.
_EARLIER = re.compile(r"此前|先前|早前|曾(?:经)?(?:决定|于)|(?:可以|有权|可依法|得依法)$")
# "工作机制于2036年2月决定暂停…": a decision dated, which is earlier when its month is before the notice's.
_DECIDED_ON = re.compile(r"于\s*(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月(?:\s*\d{1,2}\s*日)?\s*(?:作出)?决定")


def _earlier(head: str, published: dt.date | None) -> bool:
    """Whether the subject before a verb says its decision was an earlier one (此前决定, 于<an earlier month>决定)."""
    if _EARLIER.search(head):
        return True
    dated = _DECIDED_ON.search(head)
    return bool(dated and published and (int(dated.group("y")), int(dated.group("m"))) < (published.year,
                                                                                           published.month))
# After the cited notice (and its title in 《》): "所列A和B采取的处理措施", "对A、B五家公司采取的反制措施",
# "列入<list>的A的相关措施",
# "所列A、B实施相关处理措施".
_CITED_OBJECT = re.compile(
    rf"\s*(?:（[^（）]*）|）|《[^》。]*》)?\s*(?:(?:公告|决定|令)?所列的?|列入(?:{_LISTS})的|(?:公告|决定|令)?中?列明的|对)"
    rf"(?P<obj>[^。；]+?)"
    rf"(?:(?:采取|实施)的|的(?:相关|有关)|的(?={_MEASURES})|[，,]\s*(?=(?:(?:该|上述)(?:公告|决定|令)规定的)?(?:出口管制)?{_MEASURES})"
    rf"|(?:采取|实施)(?=(?:(?:该|上述|前述)(?:公告|决定|令)规定的)?(?:相关|有关)?{_MEASURES}))"
    rf"[^，。]{{0,8}}?措施")
# What names no one: "实体", "全部实体", "15家实体", "有关企业", "（公告）对所列实体".
_GENERIC_OBJECT = re.compile(
    rf"^(?:所列的?|列明的)?(?:全部|所有|相关|有关|其他|其余|部分|个别)?(?:\d{{1,4}}|[{CN_NUMBER_CHARS}]{{1,3}})?\s*[家名个]?(?:美国|外国)?"
    rf"(?:实体|企业|公司|单位|机构|组织|个人|人员)(?:名单)?$")


_EXCEPT = re.compile(r"^除|以外|之外|外(?:的|其他|其余)")
# "所列实体中的A、B", "所列的实体中的A和B", "所列实体，其中的A", "所列某集团子公司中的A": the change picks names
# out of the cited listing.
_PICKED = re.compile(
    r"^\s*(?:（[^（）]*）|）|《[^》。]*》)?\s*(?:公告|决定|令)?(?:（[^（）]*）)?\s*所列的?"
    r"(?:实体|企业|公司|单位|机构|组织|个人|人员|[^，,。；（）]{2,30}?(?:子公司|实体|企业|公司|单位|机构))?(?:名单)?"
    r"(?:[，,]\s*)?(?:其)?中的?(?P<obj>.+)$", re.S)
# What follows the names when the verb comes after them: "…的处理措施", "采取的反制措施", "暂停实施…".
_PICKED_TAIL = re.compile(rf"(?:(?:采取|实施)的|的(?:相关|有关)?(?:处理|反制)?措施|(?:{STATUS_VERB})).*$", re.S)


def _picked_object(after: str) -> str | None:
    """The names a change picks out of a cited listing (``所列实体中的A（…）、B（…）``), or None."""
    m = _PICKED.match(after)
    if not m:
        return None
    obj = split_depth0(m.group("obj"), "，,。；;")[0]
    obj = _PICKED_TAIL.sub("", obj).strip()
    return obj or None


# "<notice A>所列X和<notice B>所列Y": the names of a listing cited before the last one, up to the next citation.
_EARLIER_PICK = re.compile(r"\s*(?:（[^（）]*）|）)?\s*(?:公告|决定|令)?所列的?(?P<obj>.+?)"
                           r"\s*(?:和|及|与|、|，|,)\s*对?\s*$")


def _cited_entities(ctx: Context, rest: str, named: str | None) -> list[Entity]:
    """The entities of a cited listing a status change names; [] when it concerns the whole notice. Where several
    listings are cited, each with its names, the names of all."""
    found: list[NumberMatch | None] = list(find_numbers(rest)) if named is None else []
    earlier, whole = _earlier_listing_names(ctx, rest, found)
    entities = earlier + _last_cited_entities(ctx, rest, named)
    if whole and entities:
        # The whole of one listing beside names of another: one action cannot say both scopes.
        ctx.warnings.append(f"a status change names no one of one cited listing ({whole[0][:20]}) and names of "
                            "another: its scope must be checked")
    return entities


def _earlier_listing_names(ctx: Context, text: str,
                           found: list[NumberMatch | None]) -> tuple[list[Entity], list[str]]:
    """The names after each cited number but the last (``found`` ends with None where the text itself ends after
    the last one's 所列), and the objects that name a whole listing (``实体``)."""
    earlier: list[Entity] = []
    whole: list[str] = []
    for before, after in zip(found, found[1:], strict=False):
        if before is None:
            continue
        pick = _EARLIER_PICK.match(text[before.end: after.start if after else len(text)])
        if pick and _GENERIC_OBJECT.match(pick.group("obj")):
            whole.append(pick.group("obj"))
        elif pick:
            pairs, count, deng = split_inline(pick.group("obj"))
            earlier.extend(_entities_from(ctx, pairs, count, deng, _country(ctx) or leading_country(pairs)))
    return earlier, whole


def _last_cited_entities(ctx: Context, rest: str, named: str | None) -> list[Entity]:
    obj = named
    if obj is None:
        # After the cited notice's number, or its date ("2034年5月8日公告所列A…").
        found = find_numbers(rest)
        dated = list(_DATE_CITE.finditer(rest))
        anchor = found[-1].end if found else dated[-1].end() if dated else None
        # "所列实体中的A": the names picked out of the listing, before any object of the wider pattern.
        obj = _picked_object(rest[anchor:]) if anchor is not None else None
        cited = _CITED_OBJECT.match(rest, anchor) if anchor is not None and obj is None else None
        obj = cited.group("obj") if cited else obj
    if obj is None:
        return []
    obj = re.sub(r"[，,]?\s*所$", "", obj.strip())  # "所列A，所采取的措施": the 所 of the taking is no name
    if _EXCEPT.search(obj):
        # "所列除A以外的实体": the change excepts A; its scope is the notice less A, which no action here can say.
        ctx.warnings.append(f"a status change names no one it applies to, only an exception ({obj[:30]})")
        return []
    if _POINTER.match(obj) or _SOME.match(obj):
        # "所列下列实体…：" and the numbered names below, "所列部分实体…，具体为：A（…）、B（…）": the names follow.
        named_after = _names_after(ctx, obj)
        if named_after:
            return named_after
    if _GENERIC_OBJECT.match(obj):
        return []
    pairs, count, deng = split_inline(obj)
    if not pairs and count is None:
        return []
    return _entities_from(ctx, pairs, count, deng, _country(ctx) or leading_country(pairs))


_POINTER_COUNT = re.compile(rf"(?P<n>\d{{1,4}}|两|[{CN_NUMBER_CHARS}]{{1,3}})\s*[家名个]")


def _pointed_entities(ctx: Context, referred: str, pointer: str, sentence: str,
                      list_name: ListName | None) -> list[Entity]:
    """Who ``pointer`` (其, 上述2家企业) is: the entities of the cited listing the sentence before names
    (``…所列A（…）、B（…）``, ``…将A（…）和B（…）等实体列入<list>``). The count the sentence states checks them."""
    stated = _POINTER_COUNT.search(pointer) or _ABOVE_COUNT.search(sentence)
    count = to_int(stated.group("n")) if stated else None
    pairs, listed = _recited_names(referred, list_name, len(referred))
    if (count if count is not None else listed) != len(pairs):
        pairs = []  # "将A等8家实体列入…": the listing named only in part, never who 其/上述企业 is
    country = _country(ctx) or leading_country(pairs)
    found: list[Entity] = []
    for candidate in ("cited", "recited", "counted", "told"):
        if candidate == "cited":
            # "〔2028〕4号公告所列A和B": the word 公告 after the number, as the citation's own 所列 reads it.
            entities = _cited_entities(ctx, re.sub(r"号\s*公告(?=所列)", "号", referred), None)
        elif candidate == "recited":
            entities = [Entity(zh, en, country, guess_kind(zh, en, rest)) for zh, en, rest in pairs]
        elif candidate == "counted":
            # "A（…）和B（…）违反承诺…。…恢复对上述2家实体…": the names told between the listing and the
            # decision, counted back to.
            entities = _cited_entities(ctx, referred, pointer) if count is not None else []
        else:
            # "鉴于A（…）和B（…）已…，暂停对其…": the names with their brackets in the text pointed back at.
            told = prose_orgs(referred) + prose_names(referred)
            entities = [Entity(zh, en, country or leading_country(told), guess_kind(zh, en, rest))
                        for zh, en, rest in told]
        if entities and (count is None or len(entities) == count):
            return entities
        found = found or entities
    if count is not None:
        ctx.warnings.append(f"the text states {count} entities ({pointer}), {len(found)} found")
    else:
        ctx.warnings.append(f"a status change of {pointer} names no one it applies to: who it concerns must be checked")
    return found


def _placed_entities(ctx: Context, placed: re.Match[str], referred: str,
                     list_name: ListName | None) -> list[Entity]:
    """The entities a pick by place names: of the listing the sentence before recites, checked against the names the
    pick gives after 即 (either alone where the other is missing); a doubt where they disagree or none is found."""
    pairs, listed = _recited_names(referred, list_name, len(referred))
    total = stated_total(placed)
    if (total is not None and total != len(pairs)) or (listed is not None and listed != len(pairs)):
        pairs = []  # "将A等8家…列入": the listing named only in part; its third name is not known
    wanted = places(placed)
    chosen = [pairs[k - 1] for k in wanted if 0 < k <= len(pairs)] if pairs else []
    given = split_inline(placed.group("names"))[0] if placed.group("names") else []
    country = _country(ctx) or leading_country(chosen or given)
    if chosen and len(chosen) == len(wanted) and (not given or [g[0] for g in given] == [c[0] for c in chosen]):
        return [Entity(zh, en, country, guess_kind(zh, en, rest)) for zh, en, rest in chosen]
    if given and len(given) == len(wanted) and not chosen:
        return [Entity(zh, en, country, guess_kind(zh, en, rest)) for zh, en, rest in given]
    ctx.warnings.append(f"a change picks entities by their place ({placed.group('places')}) and names no one for "
                        "sure: who they are must be checked")
    return []


_SOME = re.compile(r"^(?:部分|个别)")
_NAMES_FOLLOW = re.compile(r"(?:具体|分别)(?:为|是|包括)[：:][ \t]*(?P<run>[^。\n]+)")


def _names_after(ctx: Context, obj: str) -> list[Entity]:
    """The names an object points at (下列实体, 部分实体) where the sentence goes on to list them: numbered lines
    under its colon, or a run after 具体为："""
    at = ctx.body.find(obj)
    if at < 0:
        return []
    end = ctx.body.find("。", at)
    sentence = ctx.body[at: end if end >= 0 else len(ctx.body)]
    colon = re.search(r"[：:][ \t]*\n", sentence)
    listed = _listed_below(ctx.body[at + colon.end():]) if colon else []
    if not listed and colon:
        # "…停止对以下实体实施上述措施：" and the names on bare lines, one a line, each with its English name (a
        # signature below a colon is no name).
        tail = ctx.body[at + colon.end():].split("\n")
        bare = list(itertools.takewhile(lambda p: p[1], _bare_names(_below_head([ln.strip() for ln in tail]))))
        listed = [Entity(zh, en, None, guess_kind(zh, en, rest)) for zh, en, rest in bare]
    if not listed and (run := _NAMES_FOLLOW.search(sentence)):
        listed = _bracketed_run(run.group("run"))
    return [Entity(e.name_zh, e.name_en, _country(ctx), e.kind) for e in listed]


def _object_entities(ctx: Context, rest: str) -> list[Entity]:
    obj = _ENTITY_OBJECT.match(rest)
    if obj and _ONE_POINTER.match(obj.group("obj")):
        # "鉴于A公司（…）已停止有关行为，…解除对该企业采取的反制措施": the one entity named before.
        before = ctx.body[: ctx.body.find(rest)] if rest in ctx.body else ctx.body
        named = prose_orgs(before) + prose_names(before)
        if len(named) != 1:
            ctx.warnings.append(f"{obj.group('obj')} names no one for sure: {len(named)} names stand before it")
            return []
        return [Entity(zh, en, _country(ctx), guess_kind(zh, en, r)) for zh, en, r in named]
    if not obj or obj.group("obj").startswith(("上述", "该", "其")):
        return []
    # "对此前公告所列A（…）、B（…）": the listing cited in words is no part of the first name; "所列企业" names no one.
    obj_text = re.sub(r"^[^、，（()）]*?所列的?", "", obj.group("obj"))
    if _GENERIC_OBJECT.match(obj_text):
        return []
    pairs, count, deng = split_inline(obj_text)
    return _entities_from(ctx, pairs, count, deng, _country(ctx) or leading_country(pairs))


_BASIS_BEFORE = re.compile(r"(?:根据|依据|依照|按照)\s*$")
_BASIS_AFTER = re.compile(r"\s*(?:[，,]|(?:的|有关)?规定)")
# "（2035年3月5日外交部令第102号公布，自2035年3月10日起施行）": the decision's own promulgation note, never a notice
# it changes.
_PROMULGATED = re.compile(r"\s*公布[，,]\s*自[^。）)]{2,30}?(?:施行|实施)")


def _cites(text: str) -> bool:
    """Whether ``text`` cites a notice other than by the decision's own promulgation note."""
    return any(not _PROMULGATED.match(text, f.end) for f in find_numbers(text))


def _targets(rest: str, published: dt.date | None, list_hint: ListName | None = None) -> list[str]:
    targets: list[str] = []
    for found in find_numbers(rest):
        if _BASIS_BEFORE.search(rest, 0, found.start) and _BASIS_AFTER.match(rest, found.end):
            continue  # "根据商务部公告2035年第9号，…": the notice the change rests on, not the one it changes
        if _PROMULGATED.match(rest, found.end):
            continue
        doc_id = found.number.doc_id
        clause = CITED_CLAUSE.match(rest, found.end)
        ids = [doc_id]
        if clause is None and (what := named_by_content(rest, found.end)) and (n := clause_of(doc_id, what)):
            ids = [f"{doc_id}#{n}"]  # "…第46号中关于<what>的规定": the clause named by what it says
        if clause:
            ids = [f"{doc_id}#{to_int(clause.group('n'))}"]
            pos = clause.end()
            while more := _MORE_CLAUSE.match(rest, pos):
                ids.append(f"{doc_id}#{to_int(more.group('n'))}")
                pos = more.end()
        targets.extend(t for t in ids if t not in targets)
    if targets or published is None:
        return targets
    for cite in _DATE_CITE.finditer(rest):
        md = MONTH_DAY.search(cite.group("md"))
        if md:
            try:
                year = int(cite.group("y")) if cite.group("y") else published.year
                day = dt.date(year, int(md.group("m")), int(md.group("d")))
            except ValueError:
                continue
            if list_hint is not None:
                known = registry.cite_listing(list_hint, day)
            else:
                # No list named: only a date that one list alone had a listing on is unambiguous.
                listed = [t for t in (registry.listing_on(n, day) for n in ("UEL", "ECL")) if t]
                known = listed[0] if len(listed) == 1 else None
            if known and known not in targets:
                targets.append(known)
    return targets


def _clause_referred(ctx: Context, kind: ActionKind, targets: list[str], n: int) -> list[str]:
    """The targets of ``上述第三款…``: the cited notice's clause ``n``; a different clause cited before is a doubt."""
    out: list[str] = []
    for target in targets:
        if "#" not in target:
            out.append(f"{target}#{n}")
            continue
        if not target.endswith(f"#{n}"):
            ctx.warnings.append(f"{kind}: the clause referred back to (第{n}款) is not the one cited ({target}): "
                                "the target is unresolved, not cited by number")
        out.append(target)
    return out


def _by_list(targets: list[str], list_name: ListName | None,
             ctx: Context) -> list[tuple[ListName | None, list[str]]]:
    """One action per list: ``暂停<UEL notice>相关措施和<MOFCOM notice>相关措施`` concerns two lists."""
    series = {_series(t) for t in targets}
    if len(series) < 2 or not ({"UEL"} < series):
        return [(list_name, targets)]
    groups: dict[ListName | None, list[str]] = {}
    for target in targets:
        groups.setdefault(_target_list(target, ctx), []).append(target)
    return list(groups.items())


def _target_list(target: str, ctx: Context) -> ListName | None:
    series = _series(target)
    if series == "UEL":
        return "UEL"
    if series in ("MOFCOM-ORDER", "MFA-ORDER"):
        return "CML"
    text = re.sub(r"《[^》]*》", "", (ctx.title or "") + ctx.body)  # a law's title (《…两用物项…条例》) says nothing
    # "商务部对<notice>所列实体，…": a MOFCOM notice that listed entities is the control list's; an item control lists
    # goods.
    if target in registry.LISTINGS_BY_DATE.values() or re.search(r"管控名单|管控措施|所列的?(?:实体|企业)", text):
        return "ECL"
    if re.search(r"物项|出口管制措施", text):
        return "ITEM"
    # A MOFCOM notice beside a UEL one, with nothing saying whether it listed entities or controlled goods: the
    # reader must say which; guessing either is a silent error half the time.
    return None


def _series(target: str) -> str:
    """``UEL`` for ``UEL-2025-7`` and ``UEL@2025-04-04``, ``MOFCOM-ORDER`` for ``MOFCOM-ORDER-2025-5``."""
    reference = registry.parse_date_reference(target)
    if reference:
        return reference[0]
    head = target.split("#")[0]
    return head.rsplit("-", 2)[0] if head.count("-") >= 2 else head.split("-")[0]


# "商务部 海关总署公告…", "商务部、海关总署…": a notice customs co-signs.
_JOINT_WITH_CUSTOMS = re.compile(r"商务部[\s、，,和与]*(?:[\u4e00-\u9fff]{2,12}?[\s、，,和与]+)*海关总署")


def _status_list(clause: str, targets: list[str], rest: str, doc_list: ListName | None,
                 sentence: str = "", joint: bool = False) -> ListName | None:
    named = list_of(clause)
    if named:
        return named
    series = {_series(t) for t in targets}
    if series and series <= {"UEL"}:
        return "UEL"
    if series and series <= {"MOFCOM-ORDER", "MFA-ORDER", "MFA"}:
        return "CML"
    if doc_list and not (doc_list == "UEL" and series == {"MOFCOM"}):
        return doc_list  # (a MOFCOM notice is never a UEL one, whatever list the title names)
    if series == {"MOFCOM"}:
        # A MOFCOM notice known as a listing, or cited beside a UEL notice in the same sentence, is the ECL one.
        known = set(registry.LISTINGS_BY_DATE.values())
        if all(t in known for t in targets) or any(f.number.series == "UEL" for f in find_numbers(sentence)):
            return "ECL"
        if re.search(r"管控措施|管控名单", rest):
            return "ECL"  # 管控措施 are the control list's measures on entities; an item control has none
    if not series and re.search(r"管控措施|管控名单", rest):
        return "ECL"  # "暂停对A及B实施出口管制管控措施" citing nothing: the measures name the control list
    # Customs co-signs only controls on goods: a joint MOFCOM/GACC notice is an item control, never a list.
    # "…废止，该公告规定的出口管制措施不再实施": the cited notice prescribed export-control measures (an item
    # control); measures 对X采取的 would be a list's.
    if re.search(r"(?:规定|实施)的(?:出口管制|管制)措施", sentence):
        return "ITEM"
    if "海关总署" in rest or any("#" in t for t in targets) or re.search(r"两用物项|出口管制|出口许可", rest):
        return "ITEM"
    if joint and series <= {"MOFCOM", "GACC"}:
        return "ITEM"  # a status change of a notice co-signed by customs: customs co-signs only controls on goods
    return None


# "对已受理的出口申请，终止审查": export licence applications, which only a control on goods has; entities on a
# list are named as 实体, never licensed one application at a time.
# "该公告所列物项…恢复按一般货物出口", "无需再申领两用物项出口许可证件": the changed notice listed goods under licence.
_LICENSING = re.compile(r"出口(?:许可)?申请|许可(?:申请|决定)|所列物项|出口许可证件")


def _licensed_goods(body: str, targets: list[str]) -> bool:
    """A whole MOFCOM notice changed in a text about export licences and no entity: the notice is an item control."""
    return bool(targets) and {_series(t) for t in targets} == {"MOFCOM"} and bool(_LICENSING.search(body)) \
        and "实体" not in body


# "根据商务部 海关总署公告2026年第81号，自…起，对相关物项实施出口管制": the control of the cited notice, recited.
_RECITED_CONTROL = re.compile(
    r"(?:^|[。\n])\s*根据[^。，《]{0,30}?公告\s*\d{4}\s*年?\s*第\s*\d+\s*号[^。]*?实施出口管制")


def _start_of(start: str, published: dt.date | None) -> dt.date | None:
    """``自2026年12月1日起`` → that day; ``即日起`` → the day of publication."""
    return published if "即日" in start else start_date(start, published)[0]


# "一、自某年某月某日起，出口上述物项的，…": the first item of the control opens with when it applies.
_OPENS_WITH_START = re.compile(r"^自[^。，]{4,24}?起[，,]")


# "《…许可证管理办法》": the title of a law or rule (a catalogue, 《…目录》, is kept).
_LAW_TITLE = re.compile(r"《[^》]{2,60}?(?:法|条例|办法|规定|细则)》")


def _first_item_start(body: str, pos: int, published: dt.date | None) -> dt.date | None:
    """The start the first item after ``公告如下：`` states at its head, else the first dated start any item states
    (``一、出口上述物项的，自A起应当…``): the control's, when no line says when the notice itself applies."""
    items = [m.group("text") for ln in body[pos:].split("\n") if (m := _ITEM.match(ln.strip()))]
    # "商务部决定：\n自A起，下列物项…": the words after the intro open with the start, numbered or not.
    start = _OPENS_WITH_START.match(body[pos:].lstrip(" \n")) or (_OPENS_WITH_START.match(items[0]) if items else None)
    if start:
        return _start_of(start.group(0), published)
    return next((day for text in items if (day := start_date(text, published)[0]) and parse_date(text)), None)


# "自2043年8月15日起，出口上述物项的，…": the start of the control decided in the sentence before.
_NEXT_START = re.compile(r"\s*(?P<start>自[^。，]{4,24}?起)[，,]\s*[^。]{0,12}?(?:上述|前述|该|所述)"
                         r"(?:物项|货物|产品|商品)")


def _start_next(body: str, pos: int, published: dt.date | None) -> dt.date | None:
    """The start the sentence after ``pos``'s opens with for the items decided there, or None."""
    end = body.find("。", pos)
    m = _NEXT_START.match(body, end + 1) if end >= 0 else None
    return _start_of(m.group("start"), published) if m else None


def _control(ctx: Context, effective: dt.date | None) -> Action | None:
    body = ctx.body
    if not re.search(rf"两用物项|出口许可证管理|出口管制|{CONTROL_VERB}|出口(?:实施|采取)(?:管制|管控)", body):
        return None
    if not _CONTROL_WORDING.search(_LAW_TITLE.sub("", DISCLAIMS.sub("", body))):
        # A notice on dual-use licensing that controls nothing (受理, 纸质材料, 在线办理); the law it rests on
        # (《…许可证管理办法》) is no control of its own.
        return None
    recited = _RECITED_CONTROL.search(body)
    if recited and not re.search(rf"决定[^。]*?{CONTROL_VERB}", body):
        # Customs recites the control of the cited joint notice. Only when it decides a step of its own on it
        # ("海关总署决定将上述物项纳入…许可证管理目录") is it read as that control, from the date it states; a
        # notice that only tells exporters how to declare acts on nothing of its own (review flags it).
        recital = body[recited.start(): body.find("。", recited.end()) if "。" in body[recited.end():] else None]
        from_day, found = start_date(recital, ctx.published)
        clause = re.search(r"对[^。，]{2,80}?实施出口管制", recital)
        if not found or from_day is None or not clause or not re.search(r"决定将[^。]{2,40}?纳入", recital):
            return None
        return Action("control", "ITEM", (), (), from_day, None, False, (_trim(clause.group(0)),), None)
    decided = _CONTROL_SENTENCE.search(body)
    if effective is None and decided and decided.group("start"):
        # "决定自…起对X实施出口管制": the start is stated in the decision sentence itself.
        effective = _start_of(decided.group("start"), ctx.published)
    elif effective is None and decided \
            and (before := _START_BEFORE.search(body[body.rfind("。", 0, decided.start()) + 1: decided.start()])):
        # "自A起，商务部决定对X实施出口管制": the start put before the body that decides.
        effective = _start_of(before.group("start"), ctx.published)
    if effective is None and decided:
        effective = _start_next(body, decided.end(), ctx.published)
    measures: list[str] = []
    # "商务部决定：" over the start and the items opens them as "公告如下：" does.
    intro = re.search(r"(?:(?:公告|规定)如下|决定)[：:]", body)
    if intro:
        measures = measures_after(body, intro.end())
        if effective is None:
            effective = _first_item_start(body, intro.end(), ctx.published)
    if not measures:
        decision = _CONTROL_DECISION.search(body)
        if decision:
            measures = [_trim(decision.group("m"))]
    if not measures:
        sentence = _CONTROL_SENTENCE.search(body)
        if sentence:
            measures = [_trim(sentence.group("m"))]
            if effective is None and sentence.group("start"):
                effective = _start_of(sentence.group("start"), ctx.published)
    if not measures:
        stated = _CONTROL_FROM.search(body)
        if stated:
            measures = [_trim(stated.group("m"))]
            if effective is None:
                effective = _start_of(stated.group("start"), ctx.published)
    if not measures:
        approved = _CONTROL_APPROVED.search(body)
        if approved:
            measures = [_trim(approved.group("m"))]
    if not measures:
        brought = _BRING_UNDER.search(body)
        if brought:
            measures = [_trim(brought.group("m"))]
            start = brought.group("start") or ""
            if effective is None and start:
                effective = _start_of(start, ctx.published)
    if not measures:
        licence = _LICENCE.search(body)
        if licence:
            measures = [_trim(licence.group("m"))]
    border = _LICENCE_AT_BORDER.search(body) if not measures else None
    if border and not find_numbers(body[max(body.rfind("。", 0, border.start()), body.rfind("\n", 0, border.start()))
                                        + 1: border.start()]):
        # "根据<notice>，自A起，出口X的，应当…提交许可证" recites the cited notice's control, from its start; only a
        # start of the notice's own (an item "一、自A起，…") is a control it states.
        measures = [_trim(border.group("m"))]
        effective = effective or _start_of(border.group("start"), ctx.published)
    if not measures:
        return None
    if effective is None and len(set(column := table_starts(body))) == 1:
        # "对下表所列物项实施出口监管" and every row's 实施日期 the same day: the control starts then.
        effective = column[0]
    return Action("control", "ITEM", (), (), effective or ctx.published, None, False, tuple(measures), None)
