"""Page furniture as patterns: the weather, hotlines and contact lines, a QR code's label, a lottery's box, a
market page's disclaimer, a notice strip's call and sign-off (read through conventions as cv.WEATHER, cv.PAGE_NOTICE),
a box of useful numbers' label (cv.SERVICE_LABEL), the imprint box's words, classified ads' heads, a court's notice,
the page's staff line (cv.STAFF_LINE).
"""
from __future__ import annotations

from .patterns import regex

# A weather line: a sky and a span of temperatures (多云 8～15℃).
# the weather box's label (今日天气, 农事天气, a town's: 某川天气, not 雨雪天气) or a day's label in it (明天)
WEATHER_LABEL = regex("^(?:今日|今天|明日|明天|本市|全市|农事|農事|旅游|旅遊|[\u4e00-\u9fff]{1,3}[州市县縣区區城]|(?![雨雪风風雾霧冰寒晴阴陰冷热熱暴高低恶惡极極])[\u4e00-\u9fff]{2})?(?:天气|天氣)(?:预报|預報)?$"
                      "|^(?:今天|明天|后天|後天|今日|明日)$")
_SKY = "晴|多云|多雲|阴|陰|(?:小|中|大|暴)?雨|阵雨|陣雨|雷阵雨|雷陣雨|(?:小|中|大)?雪|雨夹雪|雨夾雪|雾|霧|霾"
WEATHER = regex("(?:晴|多云|多雲|阴|陰|雨|雪|雾|霧|霾)[^。！？]{0,24}?-?\\d{1,2}\\s*(?:℃|°C|度)?\\s*[~～－—-]\\s*-?\\d{1,2}\\s*(?:℃|°C|度)"
                f"|{WEATHER_LABEL.pattern}"  # or the box's labels
                # and its other lines: who forecast it, the indices, the air, the sun
                "|^(?:天气|天氣)?\\S{0,12}(?:气象台|氣象台|气象局|氣象局)\\S{0,14}?(?:发布|發布)$"
                "|^(?:穿衣|紫外线|紫外線|洗车|洗車|感冒|晨练|晨練|舒适度|舒適度|晾晒|晾曬|运动|運動|旅游|旅遊|钓鱼|釣魚)"
                "(?:指数|指數)[：:]"
                "|^(?:空气|空氣)[：:]?(?:优|優|良|轻度污染|輕度污染|中度污染|重度污染)$|^(?:空气质量|空氣品質|空氣質量|空气素质|空氣素質)[：:]?\\s*\\S{1,4}(?:\\s*(?:AQI|[（(]PSI)\\s*\\d+[）)]?)?$"
                # a masthead's weather on lines of its own: 今日天气：晴转多云 ⏎ 18℃～26℃ 南风2级
                "|^(?:今日|今天|明日|明天)?(?:天气|天氣)[：:]\\s*\\S{1,10}$|^(?:天文台|气象台|氣象台)(?:预测|預測|预报|預報)[：:]"
                "|^(?:气温|氣溫)?[：:]?-?\\d{1,2}\\s*(?:℃|°C)\\s*[~～－—-]\\s*-?\\d{1,2}\\s*(?:℃|°C)"
                # and the sky alone (多云转晴), the wind alone (东南风3～4级)
                f"|^(?:{_SKY})(?:[转轉](?:{_SKY}))?$"
                f"|^[^，,。]{{0,10}}[有转轉](?:{_SKY})$"  # (a forecast's words: 午后局部地区有雷阵雨)
                "|^(?:[风風]力)?\\S{0,3}[风風]\\s*\\d{1,2}(?:\\s*[~～－—-]\\s*\\d{1,2})?\\s*[级級]$"
                "|^日出\\s*\\d{1,2}[:：]\\d{2}\\s*日落\\s*\\d{1,2}[:：]\\d{2}$"
                # a coastal page's sea state and tides (海况预报　17日：某渔场东北风5到6级，浪高1.5米)
                "|^(?:海况|海況|海浪|潮汐)(?:预报|預報)")
# a box of useful numbers' label (便民信息): the page's service, no story
SERVICE_LABEL = regex("^(?:便民信息|便民服务|便民服務|便民热线|便民熱線|服务信息|服務信息|实用信息|實用信息|常用电话|常用電話|"
                      "(?:读者|讀者|新闻|新聞|港闻|港聞|民生|社会|社會|报料|報料|爆料|维权|維權)(?:热线|熱線))$")
# Notices a page prints besides its stories: a hotline, a QR code's label, a lottery's results and small print.
PAGE_NOTICE = regex("^\\S{0,10}(?:热线|熱線)(?:电话|電話)?[：:]?\\s*[0-9０-９-]{5,}(?:[\\s0-9０-９-]*[（(]24\\S{1,3}[）)])?(?:\\s*(?:扫码|掃碼|扫一扫|掃一掃)\\S{0,8}|\\s*(?:微信|微博)[^。！？]{0,40})?$|^[0-9０-９-]{7,}\\s*(?:[党黨][报報])?(?:热线|熱線)$"
                    "|^(?:扫一扫|掃一掃|扫码|掃碼|扫描二维码|掃描二維碼|长按二维码|長按二維碼)"
                    "|^\\S{0,8}(?:彩票|体彩|體彩|福彩)\\S{0,16}(?:开奖|開獎)|(?:开奖|開獎)(?:号码|號碼)[：:]"
                    "|^(?:购彩|購彩)|以后者为准|以後者為準|^以上\\S{0,24}(?:为准|為準)"
                    # a lottery box's parts on lines of their own: its name, 开奖公告, the draw, the rows of balls
                    "|^(?:中国|中國)?(?:福利|体育|體育)彩票$|^(?:开奖公告|開獎公告)$|^第\\s*(?:19|20)\\d{5}\\s*期$"
                    # a masthead's issue number, and a line of figures alone (a postal code's 33-61, a telephone's)
                    "|^第\\s*\\d{4,6}\\s*[期号號]$|^[\\d\\s-]{5,}$"
                    "|^(?:红球|紅球)[\\d\\s]+(?:蓝球|藍球)|^(?:基本|特别|特別)(?:号码|號碼)\\s*\\d"
                    "|^(?:双色球|雙色球|福彩3D|七乐彩|七樂彩|大乐透|大樂透|排列[三五35]|七星彩|快乐8|快樂8)$"
                    # a hotline box's promise: 24小时接听　线索一经采用即付报料费
                    "|(?:报料|報料|爆料)(?:费|費|奖|獎)|^\\S{0,8}(?:线索|線索)一[经經](?:采用|採用)|^24\\s*(?:小时|小時)(?:接听|接聽|值班)"
                    # a market page's disclaimer: 风险提示：本版文章仅供参考，不构成投资建议
                    "|^(?:风险提示|風險提示|免责声明|免責聲明)[：:].{0,60}(?:投资|投資|参考|參考)"
                    # a page's standing call for contributions: 本版欢迎读者投稿, 「某版」歡迎讀者投稿，來稿請附…
                    "|^\\S{0,12}(?:欢迎|歡迎)\\S{0,6}(?:投稿|来稿|來稿|赐稿|賜稿)"
                    # an opinion page's disclaimer: 本版文章只代表作者个人意见，不代表本报立场
                    "|^本版\\S{0,6}(?:文章|言论|言論|观点|觀點)\\S{0,12}(?:不代表|并不代表|並不代表|不反映)本[报報]"
                    # a public notice's call and sign-off: 有疑慮 撥打165 (not a deck quoting someone, 醫師：…撥打119), 交警提醒您,
                    # 刑事警察局 關心您
                    "|^[^：:]{0,16}(?:拨打|撥打)\\s*[0-9０-９]{3,8}$|(?:^\\S{2,16}\\s*|\\S\\s+)(?:提醒您|提醒你|关心您|關心您)$"
                    # a contact line: 新聞熱線 … 傳真 … 電郵 …, each label with a number (in figures or in words) or an
                    # address
                    "|^(?:\\S{0,6}(?:热线|熱線|传真|傳真|电话|電話|电邮|電郵|邮箱|郵箱|E-?mail|WhatsApp|微信)[：:]?\\s*"
                    "(?:[0-9０-９()（）-][0-9０-９()（）\\s-]{4,}|[〇零一二三四五六七八九][〇零一二三四五六七八九\\s]{6,}"
                    "|[\\w.+-]+@[\\w.-]+)\\s*)+$")
# The imprint box: the paper's address, post code, advertising and subscription lines, printer, price.
IMPRINT_WORDS = regex("地址|邮编|郵編|邮政编码|郵政編碼|广告|廣告|发行|發行|订阅|訂閱|订报|訂報|印刷|传真|傳真|社长|社長|"
                      "总编辑|總編輯|定价|定價|零售价|零售價|每份|月价|月價|年价|年價")
# Classified ads: a short head (厂房出租, 声明作废, 遗失声明, or a category alone, 租屋, 徵人) over a few lines of small print, under their section's
# label (分类广告).
CLASSIFIED_HEAD = regex("^(?:租屋|售屋|徵人|徵才|征人|诚聘|誠聘)$|^[^\\W\\d_A-Za-z]{0,8}(?:出租|出售|转让|轉讓|招租|招聘|求职|求職|求购|求購|声明作废|聲明作廢|遗失声明|遺失聲明|"
                        "作废声明|作廢聲明|挂失声明|掛失聲明|分类广告|分類廣告|分类信息|分類信息|法院公告|"
                        "寻人启事|尋人啟事|寻物启事|尋物啟事|招领启事|招領啟事|认领启事|認領啟事|注销公告|註銷公告|减资公告|減資公告|"
                        "清算公告|合并公告|合併公告)$|^(?:征婚|徵婚)(?:交友|启事|啟事)?(?:\\S{0,12}第[0-9０-９]{1,5}期)?$")  # (征婚交友, 某栏目 第186期)
# a court's notice served by publication (公告送达): the court speaks as 本院 and says when the papers count as served
COURT_NOTICE = regex("视为送达|視為送達|缺席判决|缺席判決|公告送达|公告送達|自公告之日起|自本公告")

# the page's staff line: 责编：X 校对：Y, or its roles and names spaced apart (责编　罗　意　　版式　陈小禾)
_STAFF = ("(?:本版|本期|责任|責任|版面|值班|當班|当班|美术|美術)?(?:编辑|編輯|责编|責編|校对|校對|美编|美編|组版|組版|版式|设计|設計|"
          "统筹|統籌|策划|策劃|图片编辑|視覺|视觉|审读|制版)")
STAFF_LINE = regex(f"^(?:[A-Z]?\\d{{1,2}}\\s*|[\u4e00-\u9fff]{{2,6}}(?:中心|部|组|組)[ \u3000]+)?{_STAFF}(?:\\s*[：:／/]|[ \u3000]+\\S.{{0,8}}?[ \u3000]+{_STAFF}[ \u3000：:])"
                   # or the page's editor alone, a space between: 责任编辑　X (编辑　X under an editor's note signs it)
                   "|^(?:本版编辑|本版編輯|责任编辑|責任編輯|责编|責編)[ \u3000]+[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3}$"
                   f"|^(?:主编|主編)\\s*[：:／/]\\s*\\S{{1,8}}?[ \u3000]+{_STAFF}\\s*[：:／/]")  # 主編：X　美編：Y (Taiwan)
# a lonely-hearts column's entry (征婚交友): its number, sex and year of birth, then what the writer is and seeks
PERSONAL_AD = regex("^(?:编号|編號)?\\s*[0-9０-９]{2,6}[\\s\u3000]+[男女][\\s\u3000]+[0-9０-９]{4}\\s*年(?:出)?生")
