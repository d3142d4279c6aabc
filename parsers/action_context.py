"""What every reader of a notice's operative part shares: the Context, the list words and patterns, and
the helpers that find effective dates, measures, counts and named entities."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from policywatch.parsers.dates import parse_date, start_date
from policywatch.parsers.entities import (
    ORG_WORDS,
    AnnexGroup,
    country_of,
    english_in_prose,
    guess_kind,
    joined_apart,
    looks_like_clause,
    names_divisions,
    prose_names,
    prose_orgs,
    prose_role_names,
    split_inline,
)
from policywatch.parsers.numbers import CLAUSE_UNIT
from policywatch.parsers.numerals import CN_NUMBER_CHARS, to_int
from policywatch.parsers.text import split_depth0
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
# A reprint tells the decision as announced: "商务部…发布公告，宣布将A移出…".
_DECIDE_TO = (r"(?:(?:决定|宣布)[，,：:]?\s*(?:(?:同意|接受|批准)[^。，将]{0,20}[，,]\s*)?"
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
# "下表所列2家实体": the names stand in the table below the sentence.
_POINTER = re.compile(r"^(?:其中)?(?:下列|以下|下述|上述|前述|有关|相关|该|其(?![他余中])"
                      r"|下表|如下表|以下表格|下列表格)")
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
# "本公告于2049年4月1日起正式实施": 于 for 自 where the notice itself is the subject.
_EFFECTIVE = re.compile(r"(?:自[^。，]*?|(?<=本公告|本决定)于[^。，]*?|(?<![自\d])即日)起(?:正式)?"
                        r"(?:实施|施行|生效|执行)")
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
# "二、解除<order>对A采取的反制措施": an article or item of a decision may open with the verb, its number before it.
_VERB_START = re.compile(
    # "自A起至B止继续暂停实施": the range's end may follow its start, before the verb.
    rf"^(?:[{CN_NUMBER_CHARS}]{{1,3}}、|[（(][{CN_NUMBER_CHARS}]{{1,3}}[）)])?"
    rf"(?:[^，。]{{0,20}}?(?:决定|宣布)[：:]?|{_SUBJECT})?\s*(?:自\s*(?:北京时间)?[^，。起]{{2,30}}?起"
    rf"(?:\s*至\s*[^，。起至]{{4,24}}?[日号]\s*止?)?{_WITHIN_TAIL})?\s*(?:亦|也|同样|同时|并)?\s*"
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
    rf"(?:(?:\d{{1,2}}|[{CN_NUMBER_CHARS}]{{1,3}})(?:份|项|个))?(?:第[{CN_NUMBER_CHARS}\d]{{1,3}}{CLAUSE_UNIT}|款|条款|公告|决定|令))")
# "现将有关事项公告如下：该款自A起继续暂停实施": the intro before the colon is no part of the clause's object.
_AS_FOLLOWS = re.compile(r"^[^：:]*?如下[：:]\s*")
# "上述第三款", "该公告第三款": a clause of the notice cited before, named by its number.
_CLAUSE_BACK = re.compile(rf"^(?:该|上述|前述)(?:公告|决定|令)?第(?P<n>[{CN_NUMBER_CHARS}\d]{{1,3}}){CLAUSE_UNIT}$")
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
# "暂停自A起，至B止。": or its end.
_STARTS_AFTER = re.compile(r"^(?:(?:上述|以上|前述)[^，。；]{0,10}?|暂停|中止)(?:均|都|皆|一并)?\s*"
                           r"(?P<start>自\s*(?:即日|(?:北京时间)?[^，。起]{4,30}?)起)(?:算|计算|计|执行|实施|生效)?"
                           r"(?:[，,]\s*(?:期限|为期)[为是]?\s*(?P<p>[^，。；]{1,8}))?"
                           # "暂停自A起，至B止。": the end of the range after its start.
                           r"(?:[，,]?\s*至\s*(?P<end>[^，。；起]{6,24}?[日号])\s*止?)?$")


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
_MORE_CLAUSE = re.compile(rf"\s*(?:、|和|及|与)\s*第(?P<n>[{CN_NUMBER_CHARS}\d]{{1,3}}){CLAUSE_UNIT}")
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
        # "由工作机制〔2025〕10号公告列入", "对工作机制公告〔2025〕8号所列实体": the mechanism named short (with its
        # 公告 or without) is no issuer find_numbers knows; qualify it.
        named = before.removesuffix("公告")
        short = named.endswith("工作机制") and not named.endswith("不可靠实体清单工作机制")
        issued = before.endswith("机制") or before.removesuffix("公告").endswith(_ISSUER_ENDS) \
            or before.endswith("\n公告") or before == "公告"
        return m.group(0) if issued and not short else "不可靠实体清单工作机制公告" + m.group("n")

    return _BARE_BRACKET.sub(qualify, sentence)


_CONTROL_DECISION = re.compile(r"决定(?P<m>禁止[^。]+)。")
# The wordings of imposing a control of one's own: 实施出口管制, (的出口)实施管制/管控, 采取出口管制措施.
# A short qualifier may stand between: 实施临时出口管制, 采取严格管控措施; 实行出口管制 is the same verb.
# Controlling or relaxing, for relevance: either is a notice on a control.
# Customs says 实施出口监管 for the same control ("出口时须…提交两用物项和技术出口许可证件").
CONTROL_WORDS_ANY = r"(?:(?:实施|实行|采取)(?:临时|严格的?|必要的?)?(?:出口)?(?:管制|管控)(?:措施)?|实施出口监管)"
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
# "商务部对下列物项实施出口管制：": the body that controls is the subject, with no 决定 and no start (the start
# follows the items: "上述管制自…起施行").
_CONTROL_BY_BODY = re.compile(
    rf"(?:^|[。\n，,])\s*{_BODY}\s*(?P<m>对(?!上述名单|[^。]{{0,10}}清单)[^。]{{2,80}}?{CONTROL_VERB})")
_BRING_UNDER = re.compile(
    r"决定[，,]?\s*(?P<start>(?:自\s*)?即日起|自[^。，]{4,24}?起)?[，,]?\s*将(?P<m>[^。]{2,80}?纳入(?:出口)?管制[^。]*"
    r"|[^。]{2,80}?纳入《[^》]{2,40}?目录》[^。]*?实施出口管制"
    # "将X物项列入两用物项出口管控清单，对其出口实施管制": goods put on a list of controlled items.
    r"|[^。]{2,80}?列入[^。]{0,20}?(?:管控|管制)清单[^。]*?(?:实施|采取)(?:出口)?管[制控])")
# "与…无关", "与…均无任何关联": what a text says it has nothing to do with (one vocabulary for every reader).
UNRELATED_TO = r"(?:均|都|并|皆)?(?:无关|没有关系|没有关联|无任何关联|不相关|无涉)"
# "本公告不涉及对上述名单的调整", "不涉及出口管制措施的变化": the notice says itself that it changes no list (or no
# control); it vetoes any action read on what it names.
# "不涉及对A清单的列入、移出" disclaims the same way.
# "不涉及其他名单的调整" says nothing about the list the notice does change: no veto.
DISCLAIMS = re.compile(
    r"不(?:涉及|包括|构成)(?:对)?(?P<what>(?:(?!其他|其余|别的)[^。]){0,24}?(?:清单|名单|管控措施|管制措施))"
    # "不涉及对任何境外实体的清单措施": no measure of a list is taken.
    r"[^。]{0,8}?(?:的)?(?:调整|变化|变更|增减|列入|移出|措施)"
    # "本公告与出口管制管控名单、不可靠实体清单无关": the same said by what the notice has nothing to do with.
    rf"|与(?P<unrelated>(?:(?!其他|其余|别的)[^。，；]){{0,30}}?(?:清单|名单|管控措施|管制措施)){UNRELATED_TO}")
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
    day, _found = start_date(re.sub(r"^于", "自", m.group(0)), published)
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


_QUESTION_MARKS = ("问：", "有记者问：", "记者问：", "问:")


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
# The doubt of one entry printed twice in a list of names (actions._without_repeats).
REPEATED = "printed twice in one list of names"


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


# "商务部此前决定暂停…", "工作机制曾决定…": the subject's earlier decision, recited before the one this notice makes.
# "国务院有关部门可以决定将…列入反制清单": what a law allows a body to decide, told in a Q&A on the law; no decision
# either.
_EARLIER = re.compile(r"此前|先前|早前|曾(?:经)?(?:决定|于)|(?:可以|有权|可依法|得依法)$")


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


# "该实体", "该企业": one entity, named before the sentence.
_ONE_POINTER = re.compile(r"^该(?:实体|企业|公司|机构|单位|组织)$")


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
    pairs = joined_apart(ctx.body, pairs)
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
# What names no one: "实体", "全部实体", "15家实体", "有关企业", "（公告）对所列实体".
_GENERIC_OBJECT = re.compile(
    rf"^(?:所列的?|列明的)?(?:全部|所有|相关|有关|其他|其余|部分|个别)?(?:\d{{1,4}}|[{CN_NUMBER_CHARS}]{{1,3}})?\s*[家名个]?(?:美国|外国)?"
    rf"(?:实体|企业|公司|单位|机构|组织|个人|人员)(?:名单)?$")


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
