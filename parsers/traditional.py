"""Traditional characters → simplified, for the words notices use: news reprints (Hong Kong, Taiwan) print the
same notices in traditional characters, and every pattern of the parser is written in simplified ones.

Only a text that is plainly traditional is converted (several characters that simplified text never holds), so a
simplified notice is left exactly as printed.
"""

from __future__ import annotations

_PAIRS = (
    "實实體体單单機机號号條条關关規规決决將将麥麦奧奥達达並并採采處处業业從从與与國国進进內内資资務务於于華华"
    "兩两項项維维護护擴扩際际義义見见應应當当開开動动確确須须請请電电類类據据為为產产個个對对轉转讓让術术"
    "軍军員员會会議议戰战險险權权經经濟济貿贸區区灣湾臺台門门發发佈布聯联邊边東东歐欧韓韩衛卫導导彈弹飛飞"
    "雙双證证許许執执續续暫暂復复終终銷销簽签準准屬属親亲財财凍冻結结傳传輸输數数訊讯無无統统計计稱称參参"
    "團团協协調调報报製制門门裡里後后時时間间級级總总長长問问答答開开記记者者稱称歲岁號号鑑鉴錄录鏈链價价"
    "額额織织組组織织網网絡络頁页閱阅覽览來来現现還还這这種种樣样處处違违責责償偿損损亞亚蘭兰爾尔羅罗馬马"
    "納纳維维倫伦頓顿蘇苏聖圣薩萨鋼钢鐵铁礦矿藥药醫医療疗學学隊队艦舰艇艇艙舱場场廠厂裝装備备監监測测檢检驗验"
    "農农職职營营運运輕轻輛辆體体島岛灣湾嶼屿舊旧興兴檔档辦办歸归屬属雜杂頒颁佈布紀纪錄录鄭郑劉刘陳陈楊杨黃黄"
)
_TABLE = {ord(_PAIRS[i]): _PAIRS[i + 1] for i in range(0, len(_PAIRS), 2)}
# Characters a simplified text never prints: their presence marks a traditional text.
_MARKERS = frozenset("實體單機號條關規決將與國進內資務於華兩項護擴際義見應當開動確請據為產個對轉軍員會議發聯")


def is_traditional(text: str) -> bool:
    return sum(1 for ch in text if ch in _MARKERS) >= 5


def to_simplified(text: str) -> str:
    """The text with traditional characters replaced, when it is a traditional text; else unchanged."""
    return text.translate(_TABLE) if is_traditional(text) else text
