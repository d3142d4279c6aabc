"""The parser on the blind held-out sets (tests/parsers/heldout_blind*/). Each set was written and committed by
someone who had not read the parser, before it was run on it, and is never edited; its README says how it was made,
what its one blind run measured and what every round of fixes changed. The floors below are the figures measured
now, not aspirations: they only stop a regression. A fix that lifts a figure raises its floor here."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from heldout_score import report, run

HERE = Path(__file__).parent


@dataclass(frozen=True)
class Floor:
    folder: str
    fields: int  # fields compared (rises when more actions are read: each brings fields of its own)
    right: int
    entities: int
    found: int
    silent: int  # relevant notices read wrong and not flagged, at most
    read_right: int
    negatives: int = 0  # negatives acted on or flagged, at most
    read_right_flagged: int = 0  # correctly read notices flagged anyway, at most


FLOORS = (
    # blind: 92.3% blind, 4 silent; the one field short is a known error in its facts (README).
    Floor("heldout_blind", fields=599, right=598, entities=64, found=64, silent=0, read_right=33),
    # blind3: 84.1% blind, 10 silent; the silent one left expects traditional name_zh (README: a contract question).
    Floor("heldout_blind3", fields=475, right=473, entities=46, found=46, silent=1, read_right=27),
    # blind4: 89.4% blind, 1 silent, 2 negatives flagged.
    Floor("heldout_blind4", fields=308, right=308, entities=29, found=29, silent=0, read_right=19),
    # blind5: 93.9% blind (after parser3), 1 silent, 1 negative acted on.
    Floor("heldout_blind5", fields=392, right=391, entities=43, found=43, silent=0, read_right=22),
    # blind6: 93.0% blind (after parser4), 2 silent, 2 negatives flagged.
    Floor("heldout_blind6", fields=394, right=393, entities=44, found=44, silent=0, read_right=23),
    # blind7: 84.9% blind (after parser5), 1 silent, 1 negative flagged.
    Floor("heldout_blind7", fields=307, right=307, entities=32, found=32, silent=0, read_right=19),
    # blind8: 82.8% blind (after parser6), 2 silent (caught since by two doubt rules), 1 negative flagged.
    # parser9: removals citing the listing, named entities of a cited listing, continuations pointed back at,
    # a reprint's bare own number, a Q&A denying any change, an older 反制裁 order, persons by role,
    # annex table rows, groups of bare name lines, persons joined by 以及另一名,
    # a signature date in numerals.
    Floor("heldout_blind8", fields=307, right=306, entities=32, found=32, silent=0, read_right=19),
    # blind9: 84.3% blind, 1 silent (85.7% after parser9, which never saw it); since: a start after the list,
    # named entities of a cited listing with the measures right after the verb, a listing cited in the sentence
    # before (上述公告所列A和B), the rest of a listing said apart (其他N家实体) as a doubt.
    # parser10: an annex titled on its own line (附件：…) over its items, an annex in parts with a measure per part,
    # names on bare lines under an older 反制裁 decision, 取消…并将其从<list>中移出, a status verb before 实施反制措施,
    # a clause continued after a 公告如下： intro.
    # parser13: 取消…措施，并将其…移出 read as the one removal (no second change of the cancellation).
    Floor("heldout_blind9", fields=259, right=258, entities=25, found=25, silent=0, read_right=16),
    # blind10: 89.0% blind (after parser10), 3 silent, 1 negative flagged. parser11: 自…起执行 as a start, a removal
    # of 其 taking the recited listing's names, a change for some entities of a listing referred back to
    # (该公告, 上述决定所列, 上述措施), a title on two lists, 并暂停, a denial naming its verbs, 附件一/附件二.
    Floor("heldout_blind10", fields=323, right=323, entities=34, found=34, silent=0, read_right=19),
    # blind11: 93.7% after parser11 (its one silent notice fixed there). parser12: a status change of some named
    # entities of the notice referred back to (实施该公告规定的管控措施), an earlier decision recited (此前决定暂停…),
    # a notice cited with its day of issue (商务部于…发布…号公告), 并自…起 after a listing, a one-character given
    # name after a role in prose, a whole notice stopped in a text on export licences, 经国务院批准，对…实施管制.
    # The two fields short are a press page's provisional doc_id and its issuer (海关总署新闻办公室); parser13 reads
    # customs' press office as customs. The provisional doc_id stays: a page with no number has one (DESIGN §3).
    Floor("heldout_blind11", fields=304, right=303, entities=31, found=31, silent=0, read_right=19),
    # blind12: 98.3% blind (after parser11), 1 silent, 1 negative flagged; 98.4%, 0 silent after parser12, which
    # never saw it. Then a journalist's question and a clause on whether to act no longer make a Q&A relevant (the
    # negative); its misreads are left flagged, so it still measures them.
    # parser14: the running suspension's end told before its extension (…的期限将于A届满) is background, and 上述N家
    # is read as the names of the sentence before: the extension reads right.
    # parser13: an MFA spokesperson's briefing (…外交部发言人答记者问) is MFA's.
    Floor("heldout_blind12", fields=317, right=316, entities=32, found=32, silent=0, read_right=19),
    # blind13: 90.6% blind (after parser12), 0 silent. parser14: measures naming each annex group
    # (对附件所列企业，…；对附件所列高级管理人员，…), 不再列入<list> as a removal, 上述N家 taking the names of the
    # sentence before (a recital of an earlier decision too), a joint masthead joined by 、 over a number without 年.
    Floor("heldout_blind13", fields=329, right=329, entities=36, found=36, silent=0, read_right=19),
    # blind14: 91.5% blind (after parser12), 3 silent, 2 negatives. parser15: a clause suspended to a day and continued
    # after it is one suspension, a control's first item states its start, a change told with an earlier month is
    # history, pointers back (其, 上述N家) before or after the verb, a listing cited in words alone (flagged),
    # 上述A公司, an annex person with an office and no English, the index of annexes, a law's title and a clause on
    # what a notice leaves out (negatives). The field short is a negative's provisional doc_id (the facts say "").
    Floor("heldout_blind14", fields=348, right=347, entities=39, found=39, silent=0, read_right=19),
    # blind15: 86.2% blind (after parser12), 3 silent; 94.4%, 0 silent after parser13-15 and the second reading
    # (parsers/crosscheck.py); parser16: 99.1%; parser17: 附：alone opening the annex, a suspension's start and period
    # told in a sentence of their own. The field short is a negative's provisional doc_id.
    # parser24 (for blind24's shapes): names beside a listing cited in words read (a doubt still), 350/350, 38 found.
    Floor("heldout_blind15", fields=350, right=349, entities=38, found=38, silent=0, read_right=19),
    # blind16: 86.1% blind, 2 silent; 90.6% before parser17 (0 silent): groups named before a colon, 姓名：/身份：
    # lines, one verb over 一是…；二是… items, 、 inside a name, a reprint lead's bracketed number. The field short is a
    # provisional doc_id.
    Floor("heldout_blind16", fields=303, right=302, entities=30, found=30, silent=0, read_right=17),
    # blind17: 82.9% blind (after parser16, which never saw it), 1 silent (a resumption of the first and third of a
    # recited listing read as the recital's suspension; now read, and caught by the second reading's whole-and-part
    # doubt were it misread). The field short is a briefing's provisional doc_id.
    Floor("heldout_blind17", fields=282, right=281, entities=26, found=26, silent=0, read_right=16),
    # blind18: 87.3% blind (after parser16), 5 silent; unchanged by parser17, which never saw it. parser18: 99.4%,
    # 0 silent: customs' 出口监管, a range's printed end over its length, 有效期, 上述公告 after a start, a wrapped
    # English name, 所涉 over two lists, 予以列入 with names put apart by ，, groups numbered inline, names opening
    # the line after a colon, 如无新的决定; each kind of the five silent misreads also doubted by the second reading.
    # The two fields short are a negative's provisional doc_id and its issuer.
    Floor("heldout_blind18", fields=310, right=308, entities=32, found=32, silent=0, read_right=16),
    # blind19: 89.6% blind (after parser17), 5 silent; 91.0%, 5 silent after parser18, which never saw it.
    # parser19: 93.1%, 0 silent: a forward count (以下N名) over fewer names and a citation printed without its number
    # flagged; a table's date column, a country word before a Latin-led name, an office column marking persons read
    # and each also doubted. Left: extended/some-entity suspensions, Q&A in two answers, a negative's fields.
    # parser23 (for blind23's shapes): 270. parser24 (for blind24's shapes): 276. parser25: 277 (商务部决定： opening
    # an item control's start).
    Floor("heldout_blind19", fields=289, right=277, entities=29, found=22, silent=0, read_right=10),
    # blind20: 81.3% blind (after parser18 and the decision's coverage), 2 silent, 2 negatives touched. parser20:
    # 99.4%, 0 silent, 0 negatives: a draft's provisions (征求意见稿明确, 决定…的，应当), a disclaimed 出口管制, 顺延, a
    # listing cited otherwise in a recital (a doubt), 一是/二是 closed by their start and period, groups counted by
    # kind, measures before 上述措施适用于, 半年 from 本决定施行之日, 原名, 2040.8.15, 失效, a masthead one agency a
    # line, 其 after the names of an item, 及其子公司B.
    Floor("heldout_blind20", fields=310, right=308, entities=29, found=29, silent=0, read_right=17),
    # blind21: 90.4% blind (after parser18 and the decision's coverage), 5 silent, 1 negative flagged, 1 correctly
    # read notice flagged (its annex announced as a PDF link read as an annex cut off); 91.1%, 5 silent after
    # parser19 and parser20, which never saw it. parser21: 94.9%, 0 silent, 0 negatives, 0 correctly read flagged:
    # doubts for a Chinese name printed with another listed entity's English name, a period in working days, a
    # yearless start before publication; names numbered below 所列下列实体…出口管制管控措施：; a spokesman's 谈话 is
    # the spokesman's; a 政策解读 decides nothing; an item control's annex filed as a .pdf is not cut off;
    # 自A起，商务部将… without 决定.
    # parser23 (for blind23's shapes): 283; a saved page's breadcrumb above the title (parsers/chrome.py): 284.
    Floor("heldout_blind21", fields=297, right=284, entities=30, found=28, silent=0, read_right=15),
    # blind22: 83.3% blind (after parser20), 2 silent, 1 negative flagged; unchanged by parser21, which never saw it.
    # parser22: 99.6%, 0 silent, 0 negatives, 0 correctly read flagged: names in 序号/中文名称/英文名称 and 姓名/职务
    # rows and on bare lines below 对以下…采取反制裁措施：, 下述, decision articles (第一条　对A，…) as groups, a clause
    # after the cited notice's bare 《title》, 工作机制决定 qualifying a bare 公告〔…〕, 决定，商务部自…起对…实施出口
    # 管制, names before 恢复实施上述处理措施, a guideline's advice decides nothing, more decisions than changes read
    # a doubt. The field short is a briefing's provisional doc_id.
    Floor("heldout_blind22", fields=228, right=227, entities=19, found=19, silent=0, read_right=14),
    # blind23: 82.2% blind (after parser21), 3 silent, 1 negative flagged. parser23: 100%, 0 silent,
    # 0 negatives: 〔二〇四三〕第一号 under a masthead, an order recited in prose (以2025年第5号令…对A、B采取反制措施)
    # that 上述两家银行 points back at, 《title》第二款, numbered measures below one verb and period, a
    # 对象类别/名称/措施 table, 该公告所列 after the verb, …时间为<date>, a number bracketed after the title, a start
    # in the sentence after the control, a news page's lead (day, body), 不涉及…清单措施, names inline after
    # 实施反制裁： with 反制裁措施为： below, an annex item's 英文名称： line; a doubt for a citation of a later number
    # of the notice's own series.
    Floor("heldout_blind23", fields=246, right=246, entities=22, found=22, silent=0, read_right=15),
    # blind24: 80.1% blind (after parser23), 3 silent, 1 negative flagged, 1 correctly read notice flagged.
    # parser24: 100% (246/246, 22/22 entities), 0 silent, 0 negatives, 0 correctly read flagged: 商务部2025年第N号公告
    # cited inverted, English names first, 自发布次日起, 决定同意…申请/即日起将其, 停止对以下实体…： over bare lines, a
    # bare number said again, a 【…电】 lead with 宣布 and the listing told after, 第N项 extended, names apart by ／, a
    # start heading the measures, managers inline beside the annex's companies, an office's move; doubts for a header
    # date against the signature's and for an entity cited to a listing that never held it (listing_members).
    Floor("heldout_blind24", fields=246, right=246, entities=22, found=22, silent=0, read_right=15),
    # blind25: 67.9% blind (after parser24), entities 9/25, 1 silent, 1 negative flagged. parser25 (tuned on it since):
    # 与…清单无关 disclaims, an entity both changed and kept out (kept_out) is a doubt, a comma inside a bracketed
    # English name, 现行暂停期届满次日, 海关总署…号公告 inverted, a number only below the signature or in a closing
    # （公告编号：…）, 商务部决定： over an item control, 决定：A、B移出<list> with the listing in a 注： line,
    # （终止日期：…）, 亦作同样处理, a reprint's 本月3日 and 「」 names, annex lines English——Chinese, an end before the
    # start flagged, A的反制措施暂停实施N日 per name, measures counted 第一，第二， with the names owning what is
    # frozen. parser28 (stop 23): 100% (260/260, 25/25): groups stating their measures after 措施为：, 该企业 pointing
    # back to the one entity named before it.
    Floor("heldout_blind25", fields=260, right=260, entities=25, found=25, silent=0, read_right=15),
    # blind26: 79.9% blind (175/219, 13/26 entities), 4 silent, 1 negative flagged. parser26: 100% (258/258, 26/26),
    # 0 silent, 0 negatives, 0 correctly read flagged: English names listed apart (英文名称对照) paired by place, a
    # clause of 46 named by content, 分别 periods per list, 工作机制〔…〕号 short, 列入依据 after each name, 该名单 and
    # 其中以下, numbers between signature and date / in a closing line / in the first sentence / bare under a title, a
    # border licence control, 撤销 of an item notice, 予以反制裁, a date line alone as the signature, measures
    # assigned by number, a Chinese-only partner of a bracketed name, names before a status change's measures, lists
    # said unrelated, the signing body as issuer; doubts for a weekday against its date and a title's kind against
    # the body's.
    Floor("heldout_blind26", fields=258, right=258, entities=26, found=26, silent=0, read_right=15),
    # blind27: 78.7% blind (163/207, 9/21 entities), 4 silent, 0 negatives touched. parser27 + parser28 (stop 23):
    # 99.6% (242/243, 21/21): text tables (box │ and ASCII |), 第一类 item paragraphs, a joint number split by an
    # ideographic space, ROC-era dates, 次年 / 截至…24时 / 自A至B ends, 第（二）项, an order number in a parenthesis
    # under the title, 恢复实施 targeting the imposing order, country groups with counts, ①② under a counting heading,
    # key-value persons, add and lift in one order, the issuer of any signing body; doubts for a date written twice
    # that disagrees and a head whose issuer differs from the signature's. The one silent case is the Q&A issuer, a
    # facts question (README): the shared golden of the same shape says 商务部新闻发言人.
    Floor("heldout_blind27", fields=243, right=242, entities=21, found=21, silent=1, read_right=14),
    # blind28: 82.9% blind (180/217, 14/22 entities), 7 silent, 0 negatives touched. After four checks written once
    # it was seen (stop 24: a notice calling itself by another number, a period over before the notice's date, an
    # English release naming a list, a cited listing before its verb): 83.9%, 3 silent. Stop 25's rounds (fixp1–3:
    # names in the notice's own annex, a role before a person's name, two-line entries, 和 between bracketed names; an
    # English release read, a customs recital setting border duties, a reprint's day-only dateline; a Q&A's short
    # mechanism citation, an extension of a clause's suspension, a defined short name 以下简称): 99.2% (239/241). The
    # one silent case is the joint notice's issuer, a facts question: facts say 商务部 where every joint notice of
    # ../shared and the earlier sets lists all agencies (商务部 海关总署 国家国防科技工业局).
    Floor("heldout_blind28", fields=241, right=239, entities=22, found=22, silent=1, read_right=14),
    # blind29: 80.9% blind (174/215, 15/29 entities), 4 silent, 0 negatives touched, scored at faedd03. The rounds
    # written before it was seen (fixp1–3) moved it to 82.8%; two rounds on it (fixp5: a country before the English
    # in one bracket, a 国别 column, a citation without 第, 一家 after names, a bare 第N号公告 cited in full before,
    # an office after a dash, an entry printed twice; fixp6: English status changes and MFA orders, a 文号 field
    # block, 本公告于…起, a weekday-only reprint, measures cited by article, a signed notice under a 来源 line): 98.8%
    # (254/257). The two silent cases are facts questions: the joint notice's issuer (商务部 for 商务部 海关总署) and
    # the Q&A's (商务部新闻发言人 under a 来源：商务部新闻办公室 line, where ../shared's Q&A of that shape says
    # 新闻办公室).
    Floor("heldout_blind29", fields=257, right=254, entities=29, found=29, silent=2, read_right=13),
)


@pytest.mark.parametrize("floor", FLOORS, ids=[f.folder for f in FLOORS])
def test_blind_set_holds_its_floors(floor: Floor) -> None:
    score = run(HERE / floor.folder)
    detail = report(score) + "\n" + "\n".join(score.wrong)
    assert score.fields >= floor.fields and score.entities == floor.entities, detail
    assert score.right >= floor.right, detail
    assert score.found >= floor.found, detail
    assert len(score.silent) <= floor.silent, detail
    assert len(score.negatives_wrong) <= floor.negatives, detail
    assert score.read_right >= floor.read_right, detail
    assert score.read_right_flagged <= floor.read_right_flagged, detail
