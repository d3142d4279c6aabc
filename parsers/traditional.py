"""Traditional characters → simplified, for the words notices use: news reprints (Hong Kong, Taiwan) print the
same notices in traditional characters, and every pattern of the parser is written in simplified ones.

Only a text that is plainly traditional is converted (several characters that simplified text never holds), so a
simplified notice is left exactly as printed. The whole text is converted, entity names included: the contract
is ``name_zh`` in simplified characters, as the official notice prints it. The table below covers the words of
notices; opencc's t2s tables (already a dependency of screening) cover every other character a transliterated
name may hold (藍, 鳴 …), so no name keeps a traditional character the table happens to lack.
"""

from __future__ import annotations

from opencc import OpenCC

_PAIRS = (
    "實实體体單单機机號号條条關关規规決决將将麥麦奧奥達达並并採采處处業业從从與与國国進进內内資资務务於于華华"
    "兩两項项維维護护擴扩際际義义見见應应當当開开動动確确須须請请電电類类據据為为產产個个對对轉转讓让術术"
    "軍军員员會会議议戰战險险權权經经濟济貿贸區区灣湾臺台門门發发佈布聯联邊边東东歐欧韓韩衛卫導导彈弹飛飞"
    "雙双證证許许執执續续暫暂復复終终銷销簽签準准屬属親亲財财凍冻結结傳传輸输數数訊讯無无統统計计稱称參参"
    "團团協协調调報报製制門门裡里後后時时間间級级總总長长問问答答開开記记者者稱称歲岁號号鑑鉴錄录鏈链價价"
    "額额織织組组織织網网絡络頁页閱阅覽览來来現现還还這这種种樣样處处違违責责償偿損损亞亚蘭兰爾尔羅罗馬马"
    "納纳維维倫伦頓顿蘇苏聖圣薩萨鋼钢鐵铁礦矿藥药醫医療疗學学隊队艦舰艇艇艙舱場场廠厂裝装備备監监測测檢检驗验"
    "農农職职營营運运輕轻輛辆體体島岛灣湾嶼屿舊旧興兴檔档辦办歸归屬属雜杂頒颁佈布紀纪錄录鄭郑劉刘陳陈楊杨黃黄"
    # More of the characters of notices, news reprints and transliterated names.
    "聞闻繼继辭辞讀读說说話话語语認认識识論论設设詳详勢势擬拟審审環环節节舉举廣广顧顾萊莱遜逊賓宾諾诺魯鲁蓋盖喬乔齊齐鮑鲍龍龙雲云風风漢汉韋韦眾众創创陸陆極极圖图歷历標标槍枪訂订嚴严儀仪優优寧宁層层擁拥擔担"
    "斷断構构榮荣滿满潛潜獨独獲获盡尽碼码穩稳範范緊紧線线縣县纖纤罰罚臨临藝艺補补覺觉觸触訓训詢询謝谢譯译負负貨货費费賣卖質质購购趨趋車车軟软載载輪轮遠远適适選选遺遗鄰邻釋释鍵键鎖锁閉闭陣阵難难離离靈灵響响"
    "頂顶順顺預预領领題题顯显館馆驅驱點点億亿僅仅儲储兒儿凱凯劃划勵励匯汇卻却啟启圍围園园圓圆塊块壓压壞坏夢梦奪夺寶宝寫写專专屆届嶺岭幣币幫帮庫库廢废彎弯徵征態态慮虑憲宪懸悬戶户掃扫換换擇择擊击攝摄敗败敵敌"
    "書书樂乐樓楼殘残殺杀氣气沒没況况淺浅溝沟漲涨潔洁濃浓災灾煙烟熱热燒烧爭争牆墙狀状獻献畢毕異异盜盗盤盘礎础禮礼穀谷稅税積积競竞筆笔築筑簡简糧粮約约紅红紛纷紙纸細细絕绝給给綜综綱纲緒绪練练習习聲声肅肃脅胁"
    "莊庄萬万葉叶蔣蒋薦荐虛虚衝冲複复視视觀观討讨訴诉評评詞词試试誠诚誤误諮咨謀谋講讲貢贡貴贵貸贷賦赋賴赖贊赞趙赵跡迹踐践軸轴較较輔辅輯辑遞递連连過过鄉乡針针鋒锋錢钱錯错鎮镇鏡镜閃闪閣阁陽阳階阶隨随雞鸡雖虽"
    "靜静頭头頻频顆颗願愿飾饰養养駐驻騰腾驚惊鮮鲜麗丽聽听則则獵猎貝贝鐘钟錶表廳厅攜携劑剂鎢钨鎵镓鍺锗銻锑鋰锂鈷钴鎳镍鉬钼銦铟鉍铋鑽钻紐纽傑杰邁迈賽赛瑪玛婭娅鋁铝誌志樞枢勞劳夠够盧卢謹谨鄧邓張张錦锦鵬鹏"
)
_TABLE = {ord(_PAIRS[i]): _PAIRS[i + 1] for i in range(0, len(_PAIRS), 2)}
# Characters a simplified text never prints: their presence marks a traditional text.
_MARKERS = frozenset("實體單機號條關規決將與國進內資務於華兩項護擴際義見應當開動確請據為產個對轉軍員會議發聯")


def is_traditional(text: str) -> bool:
    return sum(1 for ch in text if ch in _MARKERS) >= 5


_T2S = OpenCC("t2s")


def to_simplified(text: str) -> str:
    """The text with traditional characters replaced, when it is a traditional text; else unchanged."""
    return _T2S.convert(text.translate(_TABLE)) if is_traditional(text) else text
