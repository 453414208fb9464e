"""Newspaper conventions as patterns: text → yes/no answers about datelines, credits, furniture and titles.

Every pattern here is a convention of Chinese newspapers in general (记者…摄,
本报讯, 新华社…电, 下转第…版), never a name or phrase of one page.
"""
from __future__ import annotations

import re

from .boilerplate import (CLASSIFIED_HEAD, COURT_NOTICE, IMPRINT_WORDS, PAGE_NOTICE, SERVICE_LABEL,  # noqa: F401
                          STAFF_LINE, WEATHER, WEATHER_LABEL, PERSONAL_AD)  # (page furniture's patterns, read as cv.…)
from .patterns import regex

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
# A letter that is not ASCII: Chinese characters above all (by category, not CJK ranges: a range class costs the compiler a pass over 28,000 code points).
HAN = r"[^\W\d_A-Za-z]"
NUM = "[0-9０-９一二三四五六七八九十〇零两]"
# a name: 2-6 characters (· in minority names), or two spaced out to a three-character name's width (郑　凯: a full-width
# space, as papers set them; another name or a role may follow it at once, the space before it lost at a line's end:
# 王　平记者 X), or three spaced out (甲 乙 丙); a fourth character spaced on is no name's, unless it is 摄, 报道 or 整理
NAME = (f"(?:{HAN}{{1,6}}·{HAN}{{1,6}}(?:·{HAN}{{1,6}})?|{HAN}(?:{HAN}|·){{1,5}}"
        f"|{HAN}\u3000{HAN}(?=\\s|[）)]|$|[记記]者|[通][讯訊][员員])"
        f"|{HAN}[ \u3000]{HAN}(?:[ \u3000]{HAN})?(?![ \u3000]?(?![摄攝报報整]){HAN})|{HAN}[ \u3000]{HAN}(?=[ \u3000]{HAN}{{2,3}}(?:\\s|$|[）)])))")
OPEN, CLOSE, _POST = "[（(]", "[）)]", "(?:教授|讲师|講師|研究员|研究員|主任|会长|會長|律师|律師|法官|会计师|會計師|医生|醫生|院长|院長|校长|校長|总监|總監|经理|經理|主席|委员|委員|议员|議員|学者|學者|作家|博士|顾问|顧問|分析师|分析師|董事|理事|秘书长|秘書長)"  # (a post after a name: 某某（某大学教授）)
SPACES = regex(r"\s")
TAIL_CHARS = 24  # characters at a text's end where a paragraph's closing punctuation is looked for (（详见…） after it)
TAIL_WINDOW = 90  # characters at a text's end where a glued credit or jump line is looked for

# Characters that end a paragraph (a closing quote or bracket may follow them).
TERMINAL = "。！？!?…"
TERMINAL_IN = regex(f"[{TERMINAL}]")  # a sentence ends inside the text
COMMA_IN = regex("[，,、；;]")  # a clause ends inside the text
CLOSERS = "”」』’\"）)》"
END_OF_PARAGRAPH = regex(f"[{TERMINAL}][{CLOSERS}]*(?:\\s*[（(](?:[据據]|[详詳另]?[见見])[^（）()]{{2,20}}[）)])?$|……[{CLOSERS}]*$|——$"
                         f"|(?<=[A-Za-z0-9%])\\.[{CLOSERS}\"'’]*$")  # an English sentence's full stop: …district.
SENTENCE_PUNCT = regex("[。！？；]")
# Text that opens inside a sentence: on a mark no line starts with, or a sentence's last word (论。…): no paragraph opens so
MID_SENTENCE = regex(f"^\\s*(?:[，,、。；;：:！？!?）)”」』》]|{HAN}{{1,3}}[。；;！？!?]|的(?![确確士])|[们們]|[后後时時间間][，,]"
                      f"|(?:(?![他她我你它您据據]){HAN})?(?:表示|指出|认为|認為|介绍|介紹|坦言|透露|强调|強調)[，,：:])")  # (…的 | 们, 某某 | 表示，, …民警 | 后，: no sentence opens so)

# Roles a person plays in a credit; they prefix names in datelines, bylines and photo credits.
CREDIT_ROLE = ("[报報][道導][：:]|口述[/／：:]|整理[/／：:]|(?:指导|指導|辅导|輔導)(?:老师|老師|教师|教師)[：:]|采访[：:]|採訪[：:]|摄影[：:/／]|攝影[：:/／]|本[报報](?:特约|特約)?[记記]者|(?:本[报報])?(?:特约|特約)(?=[ \u3000])|(?:本[报報])?驻\\S{1,6}?(?:特派员|特派員|[记記]者)|(?:本[报報])?(?:特派员|特派員)|本[报報][通][讯訊][员員]|特[约約][记記]者|见习记者|見習記者|实习记者|"
               "實習記者|实习生|實習生|(?:本[报報])?(?:特约|特約)?(?:评论员|評論員)(?!文章)|首席[记記]者|小[记記]者|融媒体记者|全媒体记者|[记記]者|[通][讯訊][员員]|特[约約][通][讯訊][员員]|"
               "摄影|攝影|撰稿[：:]?|文[/／][图圖][/／：:]?|[文图圖]\\s*[/／：:]|口述[：:]|(?:答疑|解答)(?:专家|專家)[：:]|整理[：:]?|(?:编译|編譯)[：:]?|编辑|編輯")
WIRE_AGENCY = "新华社|新華社|中新社|中央社|法新社|路透社|美联社|美聯社|共同社"  # the agencies whose datelines papers print
AGENCY = (f"(?:新华社|新華社|中新社|中新网|中央社|人民日报|人民網|人民网|央视新闻|新华网|中央广电总台|本[报報]|"
          f"(?:晚|日|早|商|都市|法制|经济|經濟)[报報]|"
          f"{HAN}{{2,8}}(?:日[报報]|晚[报報]|社|[网網]))")
# A month and day as extraction leaves them: 12月2日, or 3 月9 日 with a space where a digit meets a character.
_MONTH_DAY = f"{NUM}{{1,2}} ?月 ?{NUM}{{1,3}} ?日"  # DATELINE: 新华社北京12月2日电, 本报讯, 本报3月4日讯, 本报北京3月4日电, 据《X日报》消息, each with an optional bracketed credit.
_HK_REPORTER = f"[记記]者(?:{HAN}{{2,4}}[、，]){{0,3}}{HAN}{{2,4}}[报報][道導][：:]"  # 記者X報道：, run in (Hong Kong)
DATELINE = regex(
    f"^(?:{AGENCY}{HAN}{{0,8}}?(?:{NUM}{{1,4}} ?年 ?)?(?:{_MONTH_DAY}|{NUM}{{1,2}} ?日) ?(?:专|專)?[电電]"  # (路透社倫敦5日電: the day alone)
    f"|{AGENCY}(?:{HAN}{{0,8}}?{_MONTH_DAY})? ?[讯訊](?![员員])|(?:新华社|新華社)特稿(?=\\S)"  # 新华社特稿: a feature
    f"|[据據]{HAN}{{0,4}}《[^》]{{1,20}}》(?:网站|網站)?(?:{_MONTH_DAY})?(?:消息|[报報][道導])"  # (据台湾《某报》报道: a place's paper)
    f"|(?:本[报報])?(?:综合|綜合)(?:[报報][道導]|消息)[\\s　]+(?=\\S)"  # (本报综合报道　…; 据某地媒体报道，… opens sentences too)
    f"|[据據]{AGENCY}(?:{HAN}{{0,8}}?{_MONTH_DAY})?(?:消息|[报報][道導]|[电電]))"
    f"(?:\\s*{OPEN}[^（）()]{{1,40}}{CLOSE})?"
    # Taiwan and Hong Kong papers bracket the whole lead-in: 〔記者X/台北報導〕, 【記者X／台中報導】, （中央社記者X台北15日電）
    f"|^[〔［\\[（(【][^〔〕［］\\[\\]（）()【】]{{0,30}}?(?:[记記]者|[社]|[编編][译譯])[^〔〕［］\\[\\]（）()【】]{{1,30}}?"
    f"(?:[报報][道導]|[电電]|[讯訊])\\s*[〕］\\]）)】]"
    f"|^(?:【[^【】]{{0,12}}(?:[讯訊]|消息)】(?:{_HK_REPORTER})?|{_HK_REPORTER})|^[【［〔]{HAN}{{0,8}}《[^》]{{1,20}}》(?:网站|網站)?{_MONTH_DAY}\\s*(?:[报報][道導])[】］〕]"  # 【本報訊】, 【本報消息】 (Macau), 【某国《某报》网站3日报道】
    # or only the agency, or 綜合報導 (a story put together from several sources): 〔中央社〕…, 〔綜合報導〕…
    f"|^[〔［【（(]\\s*(?:{AGENCY}|{HAN}{{0,8}}?(?:综合报道|綜合報導|综合电|綜合電)|综合外电|綜合外電)\\s*[〕］】）)](?=\\S)|^【[^【】]{{0,20}}?[记記]者(?!手记|手記|观察|觀察|调查|調查|来信|來信)\\s*{HAN}[^【】]{{0,40}}】(?=\\S)"
    f"|^[（(]\\s*(?:{HAN}\\s*){{1,8}}(?:{NUM}{{1,2}}\\s*日\\s*)?[讯訊]\\s*[）)](?=\\S)|^{HAN}{{2,6}}(?<![简簡快短资資速通喜])[讯訊][ \u3000]+(?=\\S)")  # Malaysian and Singapore papers: （吉隆坡12日讯）, spaced out on a justified line, （综合讯）, 东京讯　…

# Common surnames: a short line that starts with one and holds no punctuation reads as an author's name.
SURNAMES_2 = ("欧阳|司马|上官|诸葛|东方|皇甫|尉迟|公孙|慕容|长孙|宇文|司徒|夏侯|令狐|端木|独孤|南宫|西门|"
              "呼延|轩辕|澹台|万俟|钟离|闻人|申屠|太史")
SURNAMES_1 = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏"
              "吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万"
              "钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘"
              "祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解"
              "牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬"
              "边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝萧蔺冀阎储郜逄芮鄢郦劉陳楊黃趙吳許馮鄧蔣葉蘇呂盧"
              "譚陸鄒龔賀顧錢嚴戴聶羅鄭謝韓曾張孫馬鍾蕭湯賴莊鄺麥韋賈龐鮑駱衛關蘭歐華齊喬龍寧閻赖傅洪")
_NAMES = f"{NAME}(?:\\s+{NAME})*"; _SNAME = f"(?:{SURNAMES_2}|[{SURNAMES_1}]){HAN}{{1,2}}"  # (a name, its surname first)
SHOT = "摄影|攝影|摄|攝|供图|供圖"
# a wire agency alone in brackets (（路透社）): after a caption, its photo's source (（据新华社）: the text's source)
WIRE_CREDIT = regex(f"^{OPEN}\\s*(?![据據])(?:{AGENCY}|路透|美聯|美联|法新|歐新|欧新|彭博|共同社|韓聯社|韩联社|{HAN}{{2,8}}(?:通讯社|通訊社))(?:圖片|图片|照片)?\\s*{CLOSE}$")
# where a photo came from when no one is named: the paper's files, the net, the person in the story
FILE_PHOTO = ("资料图片|資料圖片|资料照片|資料照片|資料相片|资料图|資料圖|档案照|檔案照|档案图片|檔案圖片|网络图片|網絡圖片|網上圖片|受访者供图|受訪者供圖|受访单位供图|受訪單位供圖|"
              "受访者提供|受訪者提供|主办方供图|主辦方供圖|翻攝畫面|翻摄画面|翻攝自[^（）()]{1,10}|翻摄自[^（）()]{1,10}")
DRAWN = "制图|製圖|制表|製表|图表制作|圖表製作|图片|圖片|摄影|攝影|漫画|漫畫|插图|插圖|设计|設計|图|圖"
_ROLE_NAMES = (f"(?:(?:{CREDIT_ROLE})(?:\\s*(?:{CREDIT_ROLE}))?(?:(?:\\s+|(?<=[：:／/])){_NAMES}"
               f"|\\s*(?:[{SURNAMES_1}]{HAN}{{1,2}}){{2,3}}(?=\\s*$|\\s*(?:{CREDIT_ROLE}))"  # (记者甲乙乙丙丙: names glued)
               f"|\\s*(?:{SURNAMES_2}|[{SURNAMES_1}])(?:{HAN}{{1,2}}|[ \u3000]{HAN}(?![ \u3000]?{HAN}))(?:\\s+{_NAMES})?)\\s*)+")  # (记者王　平; 文/本报记者 X)
# 记者 孔博 摄, 陈维连/摄, 新华社记者 X 摄, 通讯员 X 摄, X 摄影, （新华社发）, 本版制图：X, 制图：X, X 制图
PHOTO_CREDIT = regex(
    f"^(?:{AGENCY})?(?:{_ROLE_NAMES}|{_NAMES})\\s*[/／]?\\s*(?:{SHOT}|绘|繪)$"
    f"|^(?:(?:{AGENCY})(?:发|發)\\s*)?(?:{_ROLE_NAMES}|{_NAMES})\\s+(?:制图|製圖)$"  # X 制图: a chart's maker, a space apart
    f"|^(?:{AGENCY})(?:发|發)\\s*{_NAMES}\\s+作$"  # 新华社发 X 作: an agency's graphic
    f"|^{_NAMES}\\s*[/／]\\s*(?:作|画|畫)$"  # X/作: a cartoonist's credit under the cartoon
    f"|^{_NAMES}\\s+(?:作|画|畫|书|書)$"  # X 作: an artist's credit under the work, a space apart (X 书: calligraphy)
    f"|^{OPEN}(?:{AGENCY})?(?:{_ROLE_NAMES}|{_NAMES})?\\s*[/／]?\\s*(?:{SHOT}|发|發){CLOSE}$"
    f"|^(?:本版|本期)?(?:{DRAWN})\\s*[：:/／]\\s*{_NAMES}$"
    f"|^{OPEN}\\s*(?:{DRAWN})\\s*[：:]\\s*{_NAMES}\\s*{CLOSE}$"  # （图：X）, as Malaysian papers credit a photo
    f"|^(?:摄影|攝影)(?:\\s+|\\s*[：:/／]\\s*|(?=[记記]者))(?:{AGENCY})?(?:{_ROLE_NAMES}|{_NAMES})$"  # 摄影 记者 X: the photographer first
    f"|^(?:{AGENCY})?(?:{HAN}{{0,6}})?(?:供图|供圖)$|^(?:{AGENCY})(?:发|發)$"  # (X发 alone: an agency's, not 白发)
    f"|^(?:{AGENCY})(?:发|發)\\s*{OPEN}\\s*(?:{_ROLE_NAMES}|{_NAMES})\\s*(?:{SHOT})?\\s*{CLOSE}$"  # 新华社发（X 摄）
    f"|^{OPEN}?\\s*(?:{FILE_PHOTO})\\s*{CLOSE}?$"  # （资料图片）, or bare: 资料图片
    f"|^{OPEN}[^（）()]{{2,24}}(?:提供|供图|供圖){CLOSE}$"  # （某影业提供）: who gave the photo
    f"|^(?:{AGENCY})\\s*[/／]\\s*(?:{AGENCY}|路透|美联|美聯|法新|欧新|歐新)社?$|^(?:图片|圖片|照片)(?:来源|來源)\\s*[：:]\\s*\\S{{2,24}}$"  # 新华社/法新社; 图片来源：X
    f"|^(?:本版)?(?:图片|圖片|照片|摄影|攝影)均?由\\s*\\S.{{1,30}}?\\s*(?:提供|{SHOT})$")  # (a page's, or one's)
_SCHOOL = "[（(][^（）()]{2,16}(?:学校|學校|中学|中學|小学|小學|书院|書院)"  # a pupil's school in brackets, after the name
_CLASS = "(?:[初高][一二三]|[中小][一二三四五六]|[一二三四五六七八九]年[级級])(?:[甲乙丙丁0-9一二三四五六七八九十]{1,2}班)?"  # 中三甲班
_PUPIL = f"{_CLASS}(?<=班)[ \u3000]+{HAN}{{2,3}}(?:[ \u3000]*{_SCHOOL}[）)])?$|^{_CLASS}[ \u3000]+{HAN}{{2,3}}[ \u3000]*{_SCHOOL}[）)]$"
BYLINE_WORK = "(?:\\s*[/／]\\s*(?:文|图|圖|文图|文圖)|\\s+(?:文|图|圖)\\s*[/／]\\s*(?:文|图|圖))"  # what they did: X/文, X Y 文/图
# 记者 胡德光, 本报记者 X Y 通讯员 Z, (付玉婷), （记者 X）, （作者为…）, 文/X
BYLINE = regex(
    f"^[□■◎]?\\s*(?:{AGENCY})?{_ROLE_NAMES}(?:{BYLINE_WORK}|\\s*(?:报道|報道|報導)|\\s*{OPEN}[^（）()]{{2,30}}{CLOSE}|\\s*[图圖]\\s*[/／：:]\\s*(?:{FILE_PHOTO}))?$"  # □记者 X 通讯员 Y (/ 文,
    # 文/图), 晚报记者 X: a byline; 文／X（某醫院某科主任）, the writer's post after; 文/X 图/受访者提供
    f"|^{_ROLE_NAMES}(?:、{NAME})*[/／]\\s*{HAN}{{2,4}}[报報][道導]$|^(?:本[报報])?[记記]者\\s*{HAN}{{2,3}}\\s*{HAN}{{2,4}}(?:报道|報道|報導)$|^(?:{SURNAMES_2}|[{SURNAMES_1}]){HAN}{{1,2}}\\s*{OPEN}[^（）()]{{2,40}}{_POST}{CLOSE}$|^{_PUPIL}|^(?:本[报報])?(?:综合报道|綜合報導|综合外电|綜合外電)$"  # 記者X／台北報導 (記者X、Y／…): a Taiwan lead-in alone; 综合报道: a story put together
    # □ X: a writer's name led by a square (a signature, ○X 供稿 a reader's joke; ◎X a 副刊's poet): two or three characters, four with a
    # double surname, or spaced out, or a pen name half in Latin letters, ■阿Ken (■夜间封路 is a notice's title)
    f"|^(?:[□■◎◇○]|——)\\s*(?:{HAN}{{2,3}}|(?:{SURNAMES_2}){HAN}{{1,2}}|{HAN}(?:[ \u3000]{HAN}){{1,2}}|{HAN}{{1,2}}[A-Za-z]{{2,10}})(?:\\s+{NAME})*$"
    f"|^{OPEN}(?!\\S{{0,4}}[讯訊]{CLOSE})\\s*(?:{_ROLE_NAMES}|{_NAMES}|(?:{AGENCY})?[记記]者{NAME})\\s*(?:参与|參與)?(?:整理|采写|採寫|报道|報導)?\\s*{CLOSE}$"  # （记者 X 整理）
    f"|^{OPEN}\\s*{HAN}(?:[ \u3000]+{HAN}){{3,7}}\\s*{CLOSE}$|^[（(【]\\s*(?:编译|編譯|翻译|翻譯)\\s*[／/：:]\\s*{HAN}(?:[ \u3000]?{HAN}){{1,3}}\\s*[）)】]$"  # two names spaced in one run; （编译／X）
    f"|^(?:(?:{SURNAMES_2}|[{SURNAMES_1}]){HAN}{{1,2}}\\s*){{0,2}}(?:{SURNAMES_2}|[{SURNAMES_1}]){HAN}{{1,2}}\\s*(?:报道|報導)(?:\\s*[\\w.+-]+@[\\w.-]+)?$|^(?:报道|報導|文)[ \u3000]+{_SNAME}(?:[ \u3000]+(?:摄影|攝影)[ \u3000]+{_SNAME})?$"  # 林某 报道 lin@…, 报道　X　摄影　Y: a
    # Singapore paper's byline, the writer's e-mail after
    f"|^(?:读者|讀者)\\s*{NAME}\\s*{OPEN}{HAN}{{2,6}}{CLOSE}$|^(?:答疑|解答)[／/][^\\s，,。；;？?！!（）()]{{4,24}}$"  # 读者 X（观塘）, 解答／某校主任X
    f"|^——\\s*(?:{SURNAMES_2}|[{SURNAMES_1}]){HAN}{{1,2}}\\s*(?:{OPEN}{HAN}{{2,6}}{CLOSE})?$|^——\\s*(?:网友|網友)\\s*[^\\s，,。！？；：]{{1,12}}$"  # a letter
    # signed with a dash, the writer's town after: ——王某（怡保）; a reader's note signed ——网友 某某 (a net name)
    f"|^{OPEN}\\s*(?:{AGENCY}){HAN}{{0,8}}?{_MONTH_DAY} ?[电電]{CLOSE}$"  # （新华社北京12月5日电） closing a commentary
    f"|^(?:作者简介|作者簡介)\\s*[：:\u3000 ]\\s*\\S.{{2,90}}$|^{OPEN}\\s*作者(?:为|為|係|系|是|单位|單位)[^（）()]{{2,80}}{CLOSE}$|^{OPEN}[^（）()]{{2,30}}(?:供稿|来稿|來稿){CLOSE}$|^(?:回复|回覆|答复|答覆|办理|辦理|承办|承辦)(?:单位|單位)\\s*[：:]\\s*{HAN}{{2,24}}$"  # (the office answering a reader, 回复单位：X局)
    f"|^作者(?:为|為|係|系|是|单位|單位|\\s*[：:])\\s*[：:]?\\s*\\S.{{1,60}}(?<![。！？])$|^\\S{{2,20}}(?:律师事务所|律師事務所)(?:律师|律師)\\s*{NAME}$|^(?:——\\s*|[^\\s，,、。！？；：（）()]{{0,16}}(?:医院|醫院|大学|大學|学院|學院|中心|研究院|研究所))[^\\s，,、。！？；：（）()]{{0,12}}(?:医师|醫師|咨询师|諮詢師|律师|律師|教授|研究员|研究員|主任)[ \u3000]+{NAME}$"  # 作者是…, 作者单位：…, 某律师事务所律师 X; an expert's place and post, then the name (某医院某科主任医师　X, ——心理咨询师　X)
    # an expert's place of work and name closing an answer: （某市妇幼保健院儿童保健科　X）
    f"|^{OPEN}\\s*[^（）()，,]{{2,30}}?(?:医院|醫院|学院|學院|大学|大學|研究所|研究院|中心|科|所|局|站)[ \u3000]+{NAME}\\s*{CLOSE}$"
    # an expert's name and post closing a column: （X，某某律师事务所律师）
    f"|^{OPEN}\\s*{NAME}\\s*[，,]\\s*[^（）()，,]{{2,40}}(?:律师|律師|教授|研究员|研究員|医师|醫師|医生|醫生|主任|专家|專家|法官|"
    f"检察官|檢察官|学者|學者|会长|會長|院长|院長|所长|所長){CLOSE}$"
    f"|^(?:{AGENCY})?(?:评论员|特约评论员|观察员)$|^(?:答疑|解答|释疑|釋疑)(?:专家|專家)?[：:]\\s*(?:[^\\s，。！？：:]{{2,24}}(?:[ \u3000]+|(?<=[员員授师師任家])))?{NAME}$"  # (答疑：某协会技师 X)
    # where an excerpt comes from, closing it: （摘自《书名》，某某出版社）
    f"|^{OPEN}\\s*(?:摘自|选自|選自|节选自|節選自)《[^》]{{1,30}}》[^（）()]{{0,30}}{CLOSE}$"
    # a digest's reprint credit: （X/文 摘自某某网）, □据《某某杂志》第7期 (X文 wrapped under it, or run on)
    f"|^{OPEN}\\s*{NAME}\\s*[/／]\\s*(?:文|图|圖)\\s*(?:摘自|选自|選自|转自|轉自|来源[:：]?|來源[:：]?)[^（）()]{{2,30}}{CLOSE}$"
    f"|^[□■]\\s*(?:据|據|摘自|选自|選自|转自|轉自)《[^》]{{1,30}}》(?:第?[0-9０-９]{{1,4}}[期版])?(?:\\s*{NAME}\\s*文)?$"
    # a pupil signs an essay by school, class and name (某市实验小学五（3）班 X)
    f"|^\\S{{2,24}}?(?:小学|小學|中学|中學|学校|學校)\\S{{0,10}}?[ \u3000]+{NAME}$"
    # a reader signs a letter: 江北区　读者　何建平, 江北区读者 X, 读者 X, — 某区 读者 X
    f"|^(?:[—–]{{1,2}}[ \u3000]*)?(?:{HAN}{{2,8}}[ \u3000]*)?(?:读者|讀者|网友|網友)[ \u3000]*(?:(?:{SURNAMES_2}){HAN}{{1,2}}|[{SURNAMES_1}](?:[ \u3000]?{HAN}){{1,2}})$")
OPENING_CREDIT = regex("^[□■]")  # □记者 X: a credit led by a square opens the story under it
# 记者：…？ a turn of an interview (a sentence's punctuation in it: 记者：张三 is a byline)
# who said or saw it, then a comma (负责人介绍，, 记者看到，, 陳志弘表示，): how a sentence of a report opens, never a title; a piece of body cut at a column end keeps it
TIED = ("^(?:此外|另外|另一方面|同时|同時|对此|對此|然而|不过|不過|因此|随后|隨後|最终|最終|其中|据悉|據悉|据了解|據了解|与此同时|與此同時|据统计|據統計|据介绍|據介紹)"
        "[，,]")  # a connective tying it to the sentence before (此外，…): never a title's opening, nor a story's
ATTRIBUTION = regex("^[^，,。！？：:]{1,16}?(?:表示|介绍|介紹|指出|看到|了解到|获悉|獲悉|认为|認為|透露|坦言|显示|顯示|要求|强调|強調|告诉记者|告訴記者)[，,]"
                    f"|{TIED}|^(?:根据|根據|按照|依照)[^，,。！？：:]{{1,12}}[，,]")  # (根据…，: its premise)
_SPEAKER = "本报记者|本報記者|(?:记者|記者)(?:核实|核實|追踪|追蹤|回访|回訪|求证|求證)?|主持人|问|問|答|Q|A|(?:部门|部門|专家|專家|律师|律師|医生|醫生|官方|单位|單位)(?:答|回复|回覆)"  # who speaks a turn (Q：, 记者核实：)
_ASKER = "(?:读者|讀者|市民|网友|網友|家长|家長)\\S{0,6}?(?:问|問|留言|来电|來電|反映)"  # a reader asking an expert (市民王女士问)
QA_TURN = regex(f"^(?:{_SPEAKER}|Q|A|{_ASKER})\\s*[：:]\\s*\\S.*[，,。？?！!]")
# a numbered question heading its answer in an explainer (问一：…？, 问题二：…？): a section's head, not a turn
NUMBERED_QUESTION = regex("^(?:问|問)(?:题|題)?[一二三四五六七八九十]{1,3}\\s*[：:][^。！!]{2,40}[？?]$")
# the label opening a turn's line, on a PDF page set flush (问：, 答：, 记者：, 市民王女士问：)
TURN_LABEL = regex(f"^(?:{_SPEAKER}|{_ASKER})\\s*[：:]")
ASKED = regex(f"^{_ASKER}\\s*[：:]")  # a reader's question opening a hotline column's item (读者问：…)
REPLIED = regex("^(?:答复|答覆|回复|回覆)\\s*[：:]")  # the office's answer to it (答复：…), signed under it
SIGNATURE_TAIL = regex(f"(?:(?<=[。！？”」])\\s*[■□]\\s*{NAME}(?:\\s+{NAME}){{0,2}}|(?<=[。！？])——\\s*{HAN}(?:[ \u3000]?{HAN}){{1,3}})$")  # ■林枫, ——林 夏
BYLINE_TAIL = regex(f"{OPEN}(?!第\\S{{1,3}}版)\\s*(?:{_ROLE_NAMES}|{NAME}(?:\\s+{NAME}){{0,2}}|作者(?:为|為|係|系|是|单位|單位)[^（）()]{{2,40}}"
                    f"|(?:{AGENCY})?[记記]者{NAME})\\s*{CLOSE}$")  # (a PDF's text: （新华社记者X）, the space not printed)
# a byline printed on after its headline group's last line (…待解难题本报记者 X Y 文/图): 本报 opens it, or a space
ROLE_BYLINE_TAIL = regex(f"(?:本[报報](?=[记記通特])|(?<=[ \u3000？?！!])){_ROLE_NAMES}{BYLINE_WORK}?$")
PHOTO_CREDIT_TAIL = regex(
    f"(?:{OPEN}(?:{AGENCY})?(?:{_ROLE_NAMES}|{_NAMES})?\\s*[/／]?\\s*(?:{SHOT}|发|發){CLOSE}|{OPEN}\\s*(?:{FILE_PHOTO})\\s*{CLOSE}|(?<=[。！？”」])[ \u3000]*(?:{FILE_PHOTO})$"
    f"|{OPEN}\\s*(?:图|圖|摄影|攝影)\\s*[：:]\\s*{_NAMES}\\s*{CLOSE}|(?<=[。！？”」])\\s*{OPEN}[^（）()]{{2,24}}?(?:提供|供图|供圖){CLOSE}"
    f"|(?<=[。！？”」])\\s*(?:图|圖|图片来源|圖片來源|照片来源|照片來源)\\s*[：:/／]\\s*[^\\s（）()：:]{{2,24}}|(?<=[。！？”」])\\s*{OPEN}{HAN}{{2,8}}(?:通讯社|通訊社){CLOSE}"  # 圖：X, （某通讯社）
    f"|(?<=[。！？”」])\\s*(?:{AGENCY})\\s*[/／]\\s*(?:{AGENCY}|路透|美联|美聯|法新|欧新|歐新)社?"
    f"|(?<=[。！？”」])\\s*(?:{AGENCY})(?:发|發)\\s*{OPEN}\\s*(?:{_ROLE_NAMES}|{_NAMES})\\s*(?:{SHOT})?\\s*{CLOSE}"
    f"|(?<=[。！？”」])\\s*(?:(?:{AGENCY})?(?:{_ROLE_NAMES}|{_NAMES})\\s*[/／]?\\s*(?:{SHOT})|(?:{AGENCY})(?:发|發))|(?<=\\S)[ \u3000]{{2,}}(?:{DRAWN})\\s*[：:/／]\\s*{_NAMES})$")  # …。新华社发; …示意图　　制图：X

_NAME_TOKEN = f"(?:(?:{SURNAMES_2}){HAN}{{1,2}}|[{SURNAMES_1}]{HAN}{{1,2}}|[{SURNAMES_1}][ \u3000]{HAN}(?![^\\s]))"  # (高　翔: spaced)
BARE_NAME = regex(f"^{_NAME_TOKEN}(?:\\s+{_NAME_TOKEN})*$"
                       f"|^[{SURNAMES_1}]{HAN}{{2}}[{SURNAMES_1}]{HAN}{{1,2}}$"  # 刘宏达谢守成: two names run together
                       f"|^(?:[{SURNAMES_1}]{HAN}{{1,2}}){{3}}$")  # 汪涛吴光胜胡查平: three

DATE = regex(f"(?:{NUM}{{4}}|(?:中華民國|中华民国|民國|民国)\\s*{NUM}{{2,3}}|(?:令和|平成|昭和)\\s*(?:{NUM}{{1,2}}|元))\\s*年\\s*{NUM}{{1,2}}\\s*月\\s*{NUM}{{1,3}}\\s*日")  # (民國115年: Taiwan's; 令和8年: Japan's era)
WEEKDAY = regex("星期[一二三四五六日天]|周[一二三四五六日]|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")
PAGE_NUMBER = regex(f"^(?:第\\s*)?[A-Z]?\\d{{1,2}}(?!\\s*[月日年号號个個名位家项項条條种種])\\s*版?\\s*{HAN}{{2,8}}(?:\\s*[·・]?\\s*{HAN}{{2,8}})?$|^第\\s*[A-Z]?\\d{{1,2}}\\s*版$"
                    f"|^(?![上下]?[转轉接续續]){HAN}{{2,8}}\\s*[A-Z]\\d{{1,2}}\\s*版?$")  # 要闻 A01: the section first
PAPER = regex(f"{HAN}{{2,8}}?(?:日[报報]|晚[报報]|早[报報]|晨[报報]|商[报報]|时报|時報|都市[报報])")  # a paper's name: 桐江晚报
MASTHEAD = regex("(?:国内统一连续出版物号|國內統一連續出版物號|CN\\s*\\d{2}\\s*[-－]\\s*\\d{4}|邮发代号|郵發代號|"
                 "ISSN\\s*\\d{4}\\s*[-－]\\s*\\d{3}[\\dXx]|总第\\s*\\d+\\s*期|總第\\s*\\d+\\s*期|(?:机关报|機關報)(?![\u4e00-\u9fff])|"
                 f"第\\s*{NUM}+\\s*[期号號].{{0,12}}今日\\s*{NUM}+\\s*版)"
                 f"|^(?:第\\s*{NUM}+\\s*期[\\s\u3000]*)?(?:每|逢)(?:周|週|星期)[一二三四五六日](?:[、至到][一二三四五六日])?(?:出版|出刊)$"  # (第1327期　)每周五出版
                 f"|^(?:农历|農曆)\\S{{2,12}}$|^{HAN}{{0,6}}(?:周刊|週刊|专刊|專刊|特刊)(?:\\s*第\\s*{NUM}+\\s*期)?$|^第\\s*{NUM}+\\s*期$"  # the lunar date under the masthead's date; a weekly's band and issue
                 "|^(?:内部资料|內部資料)[\\s\u3000]*(?:免费交流|免費交流)?$|^(?:准印证|准印證)号?[：:]"  # a county paper's licence
                 "|^MCI\\s*\\(P\\)\\s*\\d{3}/\\d{2}/\\d{4}$"  # a Singapore paper's print licence: MCI (P) 058/09/2026
                 "|^本版由\\S{2,30}(?:协办|協辦|主办|主辦|承办|承辦|联办|聯辦|支持)$"  # a special page's co-producer
                 "|^\\S{2,16}(?:主管主办|主管主辦|主办|主辦)$"  # the publisher's line: 某某日报社主管主办
                 "|^\\S{2,10}(?:网|網)\\s*(?:www\\.|https?://)\\S+$"  # the paper's site: 某某新闻网 www.…
                 # a Latin masthead: the paper's name in capitals, ending in a word newspapers are called by (its
                 # letters spaced out too: L A N J I A N G D A I L Y)
                 "|^[A-Z][A-Z&.' -]{1,40}\\b(?:DAILY|NEWS|TIMES|POST|HERALD|TRIBUNE|JOURNAL|GAZETTE|EVENING|MORNING)$"
                 "|^[A-Z](?: [A-Z&.'-]| {2,3}[A-Z]){3,60}[A-Z]?$"  # (its last two letters may come unspaced)
                 f"|^今日\\s*{NUM}+\\s*版$|^今日出[纸紙]"  # the day's number of pages, on a line of its own
                 "|^(?:售[价價]|零售[价價]|定[价價])\\S{0,6}\\d"  # its price: 售價港幣10元
                 # the imprint box's lines each on a line of its own: a label of the box and its value
                 "|^(?:本[报報]地址|社址|邮政编码|郵政編碼|邮编|郵編|广告经营许可证|廣告經營許可證|广告许可证|廣告許可證|"
                 "订报热线|訂報熱線|发行热线|發行熱線|印刷|零售价|零售價|定价|定價)\\s*[：:]")
ARROWS = "▶◀►◄→←➡⬅"  # pointers set before or after a jump line: 下紧转第3版▶, ◀上接第1版
_ARROW = f"[{ARROWS}]?"
JUMP = (f"{_ARROW}\\s*{OPEN}?\\s*{_ARROW}\\s*(?:下紧?转|下緊?轉|上接|紧转|緊轉|转|轉|接|续|續)\\s*(?:第|本)?\\s*"
        f"(?:[0-9０-９A-Z一二三四五六七八九十]{{0,3}}\\s*(?:版|页|頁)|[A-Z][0-9０-９]{{1,2}})\\s*{_ARROW}\\s*{CLOSE}?\\s*{_ARROW}")  # (第4页: a page; 接A1)
JUMP_LINE = regex(f"^{JUMP}$")
# A front page's index (今日导读): each teaser of a story inside ends in, or stands over, its page (详见A3版).
TEASER_REF = regex("[（(〔【\\[]?\\s*(?:详见|詳見|详情见|詳情見|请看|請看|见|見)\\s*(?:第|本报|本報)?\\s*"
                   "(?:[A-Z]?[0-9０-９一二三四五六七八九十]{1,3}\\s*(?:版|页|頁)|[A-Z][0-9０-９]{1,2}(?:[、，,及和][A-Z][0-9０-９]{1,2})*)"
                   "\\s*[）)〕】\\]]?$"  # (相關新聞見A3、A4: more pages than one)
                   "|[▶►]\\s*[A-Z][0-9０-９]{1,2}$|[▶►]\\s*第?\\s*[0-9０-９]{1,3}\\s*(?:版|页|頁)$"  # ▶A5, ▶第3页, ▶3版: an arrow to the page
                   "|(?<=[。！？])[（(]第[0-9０-９一二三四五六七八九十]{1,3}版[）)]$"  # …。（第四版）: a teaser's page in brackets
                   "|[（(]本[报報][0-9０-９]{1,2}月[0-9０-９]{1,2}日(?:第)?[A-Z]?[0-9０-９]{1,2}版[）)]$")  # an earlier issue's
RELATED_NEWS = regex("^(?:相[关關](?:新[闻聞]|[报報][道導]|[阅閱][读讀]))")  # 相關新聞見A3: a story's own pointer, no teaser's
INDEX_LABEL = regex("^(?:今日|本期|本报|本報|要闻|要聞|新闻|新聞)*(?:导读|導讀)$|^(?:今日|本期)(?:要闻|要聞)$")  # (今日要闻导读)
END_MARK = regex(f"{OPEN}\\s*(?:完|全文完|待续|待續|未完待续|未完待續)\\s*{CLOSE}$")  # （完） closes a wire story
# （未完待续） tells the reader a serial goes on in the next issue: the episode's last line, not copy-desk furniture
CLOSING_NOTE = regex(f"^{OPEN}\\s*(?:(?:未完[，,]?\\s*)?(?:明日|下期|下周|下週)?(?:待续|待續)|[^（）()]{{0,20}}化名)\\s*{CLOSE}$")  # （未完，明日待續）, （文中当事人均为化名）
JUMP_TAIL = regex(f"{JUMP}$")
ORNAMENT = regex(f"^(?![★☆]{{3,5}}$)[{ARROWS}▲▼△▽◆◇■□●○★☆\\s]+$")  # an arrow or a mark alone: no text (★★★★☆: a rating)
# A table's row of figures (积分榜, 行情): a name, if any, and two figures at least, set apart or the second a signed
# change (上证指数3,245.67+0.52%) or none (玉米2.35持平); a price row (白菜1.20元/斤↑0.10); a standings row (rank, name, figures: 1渭城风尚33007/19); or a figure alone
DATA_ROW = regex(f"^(?:\\d{{4,6}}(?={HAN}))?" "[^\\d\\s。，！？]{0,10}(?:[（(][^（）()]{1,8}[）)][^\\d\\s。，！？]{0,3})?\\s*[+\\-−]?\\d[\\d.,/:：∶%]*(?:(?:\\s+[+\\-−]?\\d[\\d.,/:：∶%]*|[+\\-−＋－]\\d[\\d.,]*%|[+\\-−]\\d[\\d,]*\\.[\\d,]+|[＋－][\\d.,]+)+[亿億万萬元点點]?|\\s*持平)$|^\\d{1,3}$"
                 "|^\\d{1,3}\\s*[^\\d\\s。，！？]{2,10}\\s*\\d[\\d/:：∶.\\s-]{4,}$"
                 # a standings row run together, rank, team and figures (3江城海豚613), and its head row of labels
                 f"|^\\d{{1,2}}{HAN}{{2,8}}\\d{{2,5}}$|^(?:名次|排名|球队|球隊|队名|隊名|场次|場次|积分|積分|胜|勝|平|负|負|净胜球|淨勝球){{4,}}$"
                 # a price row: a name, a price per unit, its change (白菜1.20元/斤↑0.10)
                 "|^[^\\d\\s。，！？]{1,10}\\s*\\d[\\d.,]*\\s*元?\\s*(?:[/／]\\s*\\S{1,2})?\\s*[↑↓▲▼+\\-−]\\s*\\d[\\d.,]*%?$"
                 # a chart's row: a rank, a title in 《》, its figure (5《某片》87.5: a box office's takings); a price list's, a
                 # name, a dash, a price (某车型 — 9.99万元); a spec sheet's, its label and exact figure run together (轴距2800毫米)
                 "|^\\d{1,2}\\s*《[^》]{1,20}》\\s*\\d[\\d.,]*$|^\\S.{0,16}?\\s*[—–]{1,2}\\s*\\d[\\d.,]*\\s*万?元$"
                 f"|^(?:(?![约約]){HAN}){{2,5}}\\d[\\d.,/×]*\\s*(?:毫米|厘米|千瓦时|千瓦時|千瓦|公里|千米|万元|萬元|千克|公斤|马力|馬力|kWh|mm|km)$|^{HAN}{{2,8}}\\d[\\d,.]*[萬万億亿]\\d[\\d,.]*$")  # (a deal's row run together: 某苑452598萬13,230)
# a listing's row (演出信息, 节目表): a date and a time, then where and what: 3月20日 19:30 市大剧院 话剧《…》
LISTING_ROW = regex("^[0-9０-９]{1,2}\\s*月\\s*[0-9０-９]{1,2}\\s*日\\s*(?:[（(]?(?:周|星期)\\S[）)]?)?\\s*[0-9０-９]{1,2}\\s*[:：]\\s*[0-9０-９]{2}(?!\\d)|^(?:地点|地點|场地|場地)[：:].{1,30}(?:日期|时间|時間)[：:].{1,40}(?:票价|票價)[：:]")  # (or its facts run on)
# the body that signs a notice (落款): an office, a court, a company, a school …, named on a line of its own
_SIGNER = (f"{HAN}{{2,24}}(?:局|委|委员会|委員會|办公室|辦公室|政府|法院|检察院|檢察院|公司|中心|协会|協會|学校|學校|医院|醫院|"
           "厅|廳|部|处|處|所|站|院|会|會|社|队|隊|办|辦|集团|集團|署)")
SIGNER = regex(f"^{_SIGNER}$")
SIGNED_RUN_ON = regex(f"^\\s*{_SIGNER}\\s*(?={DATE.pattern}\\s*$)|^(?:读者|讀者|网友|網友|家长|家長)[ \u3000]+\\S{{1,8}}?(?=(?:回复|回覆|答复|答覆)[：:])")  # 落款 printed in one block: the office, then the date; a reader's name, then the reply to the letter
# an editor's note's label (编者按) printed after the note's text (a dump reading the label beside the note last), or alone: it opens the note
NOTE_LABEL = regex("^(?:编者按|編者按|编后语|編後語|编后|編後|编者的话|編者的話|(?:老师|老師|教师|教師|专家|專家)?(?:点评|點評))[：:]?$")
NOTE_LABEL_TAIL = regex("(?<=[。！？”」])\\s*(?:编者按|編者按|编后语|編後語|编后|編後|编者的话|編者的話)$")
# a lead-in set before a story's text, its label run in: 调查缘起：…, 核心提示：…
LEAD_IN = regex("^(?:调查缘起|調查緣起|核心提示|阅读提示|閱讀提示|内容提要|內容提要|编者按|編者按|导语|導語)[：:]")
# the words a box of big figures is labelled with (数读, 数说某县 …)
FIGURES_WORDS = "数读|數讀|数说|數說|数字|數字"
# a contact line under a notice: 联系人：王先生 联系电话：…, 地址：…, every part a label and its value
CONTACT_LINE = regex(f"^(?:\\s*(?:联系人|聯絡人|询问|詢問|{HAN}{{0,4}}(?:电话|電話|方式|手机|手機|地址|邮箱|郵箱|電郵|传真|傳真|邮编|郵編|邮政编码|郵政編碼))"
                     "[：:]\\S[^：:]{0,40}?){1,4}$")
# a person in a photo placed by where they stand: 林某（左二）, 陈某（右）, （前排左三）
PHOTO_POSITION = regex(f"{HAN}[（(](?:前排|后排|後排|前|后|後)?[左右中](?:[一二三四五六七八九十]|起[一二三四五六七八九十]?)?[）)]|[。，]\\s*(?:前排|后排|後排)?[左右]起[：:]")
# or the people named in a row at the caption's end (…（左起：甲、乙、丙）): its credit may follow them
PHOTO_PLACES_TAIL = regex("[（(](?:左起|右起|前排|后排|後排|左[一二三四]|右[一二三四])[^（）()]{0,40}[）)]$")
# where to sign up for an event or ask about it: the last line of the notice or the story that gives it
SIGN_UP_LINE = regex("^(?:报名|報名|咨询|諮詢|预约|預約|订票|訂票|购票|購票|订购|訂購)(?:电话|電話)[：:]")  # (热线: a hotline, an ad's)
ADDRESS = regex("^\\S{0,4}(?:地址|邮箱|郵箱|電郵)[：:]")  # (an address or a mailbox needs no number)
PHONE_FIELD = regex("[：:]\\s*(?:[（(][0-9０-９]{3,4}[）)]\\s*)?[0-9０-９][0-9０-９-]{3,}")  # 急诊：5120120, 电话：（0739）6128…
AD_MARK = regex("^[（(【\\[]?(?:广告|廣告)[）)】\\]]?$|^.{0,50}本(?:广告|廣告)(?:仅为|僅為|仅作|僅作)要[约約][邀]?[请請].{0,40}$|^(?:发展项目名称|發展項目名稱)[：:].{0,400}(?:售楼说明书|售樓說明書)")  # the mark every advertisement carries by law (or a property ad's disclaimer: 本广告仅为要约邀请…)
# a numbered item's number (1. 2、 （3） ④ 五、): opens an item of a list
ENUMERATOR = regex("^\\s*(?:[0-9０-９]{1,2}\\s*[.．、](?![0-9０-９])|[（(][0-9０-９一二三四五六七八九十]{1,2}[）)]|[①-⑳]"
                   "|[一二三四五六七八九十]{1,2}、)")
HANDLE = regex("^@[^\\s@：:]{1,20}[：:]")  # @网名： a post quoted from the net, led by its writer's handle
LIST_MARK = regex("^(?:[●■◆◇▲△★☆▶►]|○(?![年月日〇○零一二三四五六七八九十]))\\s*[^\\s●○■◆◇▲△★☆▶►]")  # a bullet opens an item (○年: a zero)
JUMP_HEAD = regex(f"^{OPEN}\\s*上接\\s*(?:第|本)?\\s*[0-9０-９A-Z一二三四五六七八九十]{{0,3}}\\s*版\\s*{CLOSE}")
CHART_CREDIT = regex("^(?:(?:本版|本期)?(?:制图|製圖|制表|製表|图表制作|圖表製作|设计|設計)\\s*[：:]|.{0,30}\\s(?:制图|製圖)$)")  # or X 制图
CAPTION_LEAD = regex("^(?:图为|圖為|图片为|圖片為|[上下左右中]图|[上下左右中]圖|图[一二三四1-4]|圖[一二三四1-4]|[图圖](?=[：:]))[：:，,]?")
SOURCE_LINE = regex("^[（(]?(?:数据|數據|资料|資料|图表|圖表|信息)?(?:来源|來源)\\s*[：:]")
BOX_LABEL = regex(f"^(?!\\S{{0,2}}(?:参数|參數|配置|规格|規格)|本[报報]消息){HAN}{{0,4}}(?:简讯|簡訊|消息|快讯|快訊|速递|速遞|速记|速記|短讯|短訊|简报|簡報|动态|動態|速览|速覽|[车車房商警校书書医醫][讯訊]|"
                       "一句话新闻|一句話新聞|新闻超市|短波|资讯|資訊|前沿|公司公告|短新闻|短新聞|传真|傳真|警[方情]通[报報]|去哪儿|去哪兒|好去处|好去處|(?:组工|組工|党建|黨建|政务|政務|工会|工會|纪检|紀檢|团青|團青|妇联|婦聯)信息)$")  # (组工信息: an office's briefs)
# a book's details under its review: 《书名》 author 著 publisher (《…》 某某著 某某出版社)
BOOK_DETAILS = regex("^《[^》]{1,30}》\\s*\\S.{0,30}?(?:著|编著|編著|主编|主編|译|譯)\\s*\\S.{0,20}出版社")
# an official notice's title (关于…的公告): it opens a notice of its own, never a section of a story
# a profile's label: the name under it is the box's title (人物简介 | 温某), no author's
PROFILE_LABEL = regex("^(?:人物简介|人物簡介|专家简介|專家簡介|人物档案|人物檔案|人物名片|人物小传|人物小傳|个人简介|個人簡介|小档案|小檔案|名片|简介|簡介|(?:艺术|藝術|个人|個人)?(?:简历|簡歷))$")
# a report's lead sentence with no dateline (记者从某部获悉，…): a story's first paragraph, none after a crosshead
NEWS_LEAD = regex("^\\s*(?:记者|記者)(?:[0-9０-９]{1,2}日|日前|近日|昨天|昨日|今天|今日)?(?:从|從)(?!(?:该|該)?(?:公司|企业|企業|当地|當地|学校|學校|医院|醫院)(?:了解到|获悉|獲悉))[^，。,]{2,30}?(?:获悉|獲悉|了解到)")  # (not from 公司, the story's own: a section's)
# a sidebar's title (旅游贴士, 健康提醒, 相关链接): a box set beside a story, its own text, never the story's crosshead
SIDEBAR_TITLE = regex(f"^{HAN}{{0,4}}(?:贴士|貼士|提示|提醒|须知|須知|链接|鏈接|連結|小知识|小知識|答疑|问答|問答|信箱|声音|聲音|观点|觀點|小档案|小檔案|叮咛|叮嚀|大事记|大事記|名词解释|名詞解釋|释义|釋義|辞典|辭典|词典|詞典)$"
                      f"|^{HAN}{{0,2}}(?:史上的今天|历史上的今天|歷史上的今天|今日历史|今日歷史)$")  # a chronicle: 党史上的今天
# an English word or phrase, its part of speech perhaps, then its Chinese gloss: a glossary's entry
GLOSS_ENTRY = regex(f"^[A-Za-z][A-Za-z'’-]*(?: [A-Za-z][A-Za-z'’-]*){{0,3}}(?:\\s*(?:n|v|vt|vi|adj|adv|prep|conj|pron|phr|num|abbr)\\."
                    f"\\s*|\\s+)[{CJK}（(][^。！？]{{0,30}}$")  # (a PDF's text may set no space: greenway n.绿道)
# a serial's chapter line under the work's title: 第十二回　夜泊老闸口, 第3章
CHAPTER = regex("^第[一二三四五六七八九十百零〇0-9]{1,4}[回章节節集卷](?:[\\s\u3000]|$)")
NOTICE_TITLE = regex(f"^(?:关于|關於).{{2,40}}的{HAN}{{0,4}}(?:公告|通告|通知|决定|決定|公示|启事|啟事|通报|通報)$")

# Column labels (栏目) end in these; series banners open with these campaign phrases.
RUBRIC_SUFFIX = regex(f"^{HAN}{{2,8}}(?:Q[&＆]A|巡礼|观察|聚焦|一线|视点|时评|快评|短评|走基层|纪实|访谈|笔谈|论坛|专栏|声音|"
                           "特写|故事|在行动|进行时|大家谈|面对面|新闻眼|新视野|速写|手记|(?<!小)档案|之窗|时空|现场|(?<!立案|介入|展开|开展|接受|进行|启动)调查|"
                           "漫谈|随笔|札记|评介|推介|評介|热点|解读|评论|视线|话题|万象|百科|讲堂|茶座|文苑|副刊|纵横|直击|探访|回音|回声|帮办|问政|"
                           "新闻|新聞|来信|來信|视野|視野|课堂|課堂|追踪|追蹤|食谱|食譜|菜谱|菜譜|看点|看點|园地|園地|调研行|萬里行|万里行|調研行|知识|知識|"  # then as Traditional-Chinese papers print them:
                           "巡禮|觀察|一線|視點|時評|快評|短評|走基層|紀實|訪談|筆談|論壇|專欄|聲音|特寫|在行動|進行時|"
                           "大家談|面對面|新聞眼|新視野|速寫|手記|(?<!小)檔案|時空|現場|(?<!立案|介入|展開|開展|接受|進行|啟動)調查|漫談|隨筆|札記|熱點|解讀|評論|"
                           "視線|話題|萬象|講堂|縱橫|直擊|探訪|回聲|幫辦|問政)$")
# a sidebar's label, set over its title (小知识, 相关链接, 数说): a rubric whole, no stem needed
RUBRIC_LABEL = regex("^(?:(?:读者)?来函|(?:讀者)?來函|(?:读者|網友|网友|讀者)?(?:来论|來論)|小知识|小知識|小贴士|小貼士|(?:新闻|新聞)?(?:小辞典|小辭典|小词典|小詞典)|(?:新闻|新聞)(?:辞典|辭典)|相关链接|相關鏈接|相關連結|延伸阅读|延伸閱讀|"
                     "链接|鏈接|知识链接|知識鏈接|背景链接|背景鏈接|新闻链接|新聞鏈接|数说|數說|数读|數讀|记者手记|記者手記|连载|連載|微小说|微小說|小小说|小小說"
                     "|(?:本[报報])?(?:特约)?(?:评论员|評論員)文章"  # (a commentary's label, in its box)
                     "|(?:晚[报報]|早[报報]|本[报報])(?:提醒|提示)|温馨提示|溫馨提示|短评|短評|快评|快評|时评|時評|述评|述評|社论|社論|社评|社評"
                     "|点评|點評|漫评|漫評|今日谈|今日談)$")  # (the paper's reminders' box; a comment's tab)
RUBRIC_STEM = regex("(?:巡礼|巡禮|观察|觀察|聚焦|一线|一線|视点|視點|走基层|走基層|纪实|紀實|访谈|訪談|在行动|在行動|進行時|进行时|"
                    "专栏|專欄)$")
RUBRIC_BRACKETS = regex(f"^(?:[【［\\[〖].{{1,20}}[】］\\]〗]|〔(?!{AGENCY}){HAN}{{2,4}}〕)$")  # (〔散文〕: a genre's)
RUBRIC_DOT = regex(f"^{HAN}{{2,6}}[·・•]{HAN}{{2,6}}$")  # series names joined by a middle dot: 奋斗者·正青春
BANNER = regex(f"^(?:在{HAN}.{{3,30}}(?:指引|引领|指导|号召)下|学习贯彻|认真学习|深入学习|学习宣传|奋进新征程|"
                    f"庆祝{HAN}|喜迎{HAN}|迎接{HAN}|贯彻落实|新时代新征程|我们的{HAN})")
# A kicker leads into the headline and usually ends in a verb of saying.
SPEECH_VERB = "(?:强调|指出|表示|要求|提出|寄语|致信|致电|讲话|时说|说|称|宣布|决定|部署|主持召开|会见|出席|考察|调研|看望|批示|回信)"
KICKER_END = regex(f"{SPEECH_VERB}[：:]?$")
KICKER_HEADLINE = regex(f"^(\\S.{{5,40}}?{SPEECH_VERB}[：:]?)\\s+(\\S.*)$")
SUBHEAD_DASH = regex("^[—－-]{1,2}")


def ends_paragraph(text: str) -> bool:
    """Whether the text ends a paragraph (。！？… or ——, a closing mark after) or is a closing note (（…均为化名）)."""
    return bool(END_OF_PARAGRAPH.search(text.rstrip()[-TAIL_CHARS:]) or len(text) < TAIL_WINDOW and CLOSING_NOTE.match(text.strip()))


def tail_match(pattern: re.Pattern, text: str) -> re.Match | None:
    """pattern (anchored with $) searched in the end of text only, so long paragraphs cost nothing more."""
    start = max(0, len(text) - TAIL_WINDOW)
    return pattern.search(text, start)


def squash(text: str) -> str:
    """The text without white space: what the conventions are matched on."""
    return SPACES.sub("", text)


def bigrams(text: str) -> set[str]:
    """The pairs of adjacent Han characters in text: the unit shared words are counted in."""
    han = "".join(_HAN_CHAR.findall(text))
    return {han[i:i + 2] for i in range(len(han) - 1)}


def shared_words(title: str, text: str) -> float:
    """How much of a title's wording recurs in a text (share of its character pairs): a headline repeats its
    story's words."""
    own = bigrams(title)
    return len(own & bigrams(text)) / len(own) if own else 0.0


def length(text: str) -> int:
    """Characters that count: everything but white space."""
    return len(text) - len(SPACES.findall(text))


_HAN_CHAR = regex(HAN)
_BRACKET = regex(f"{OPEN}([^（）()]*){CLOSE}")
_ANY_OPEN = regex("[〔［\\[（(【]")
_LEAD_AGENCY = regex(f"^{AGENCY}")
_SENT_BY = regex(f"^{AGENCY}(?:发|發)\\s*{OPEN}")  # 新华社发（X 摄）: the names in the bracket
_SHOT_TAIL = regex(f"\\s*[/／]?\\s*(?:{SHOT}|绘|繪|发|發)$")
_REPORTED = regex("\\s*(?:(?:参与|參與)?(?:采写|採寫|整理)|[报報]\\s*[道導]|答疑|解答|答问|答問|解惑|供稿)(?:\\s*[\\w.+-]+@[\\w.-]+)?$")  # 本報記者 X 報道 (报 道 spaced; a Singapore one's e-mail after)
_DRAWN_HEAD = regex(f"^(?:本版|本期)?(?:{DRAWN})\\s*[：:]|^(?:漫画|漫畫)\\s*[／/]|^(?:编译|編譯|翻译|翻譯|作者)\\s*[／/：:]")  # 制图：X, 【编译／X】, 作者：X
_SPACED_NAME = regex(f"(?<![{CJK}])({HAN})[ \u3000]({HAN})(?![{CJK}])")
_SPACED_THREE = regex(f"(?<![{CJK}])(?<![{CJK}] )({HAN}) ({HAN}) ({HAN})(?! ?[{CJK}])")  # 陈 思 远, spaced alone
_NOT_A_NAME = regex(f"^作者|(?:评论员|評論員)(?:文章)?$|^(?:{FILE_PHOTO}|受访者|受訪者|主办方|主辦方|(?:本[报報])?(?:消息|综合|綜合|综合外电|綜合外電))$")  # （资料图片）, （档案照）: a photo's source, no one
_PLACE_REPORT = regex(f"[/／]?(?:{HAN}{{2,4}}(?:[报報][道導]|[电電]))$")  # 記者X/台北報導: the place
_SLASH = regex("[/／]")
_PLACE_DATE = regex(f"(?:{HAN}{{2}}\\s*{NUM}{{1,2}}\\s*日\\s*[电電]|^(?:{HAN}\\s*){{1,8}}\\s*{NUM}{{1,2}}\\s*日\\s*[讯訊])$")  # …陳柏宇台北15日電: a city is mostly two; （吉隆坡26日讯）
_CREDIT_SPLIT = regex(f"(?:{CREDIT_ROLE})|\\s+|[、，,/／]|(?:{FILE_PHOTO})|^{_CLASS}(?=\\s)|{_SCHOOL}[）)]?$")  # (图/资料图片: no one)
_NAME_FULL = regex(NAME)
# a letter's writer signing with the district alone (陳美玲（屯門）): a name and a place in brackets, no role
NAME_PLACE = regex(f"^{_NAME_TOKEN}\\s*{OPEN}(?!记者|記者|通讯员|通訊員|实习|實習|作者|左|右|中){HAN}{{2,4}}(?<![摄攝发發]){CLOSE}$")
_SIGNED_LETTER = regex(f"^{OPEN}?(?:[—–]{{1,2}}\\s*)?(?:\\S{{2,8}}\\s*)?(?:读者|讀者|——)\\s*({NAME})\\s*(?:{OPEN}{HAN}{{2,6}}{CLOSE})?{CLOSE}?$")
_LATIN_PEN = regex(f"^[■□◎]\\s*({HAN}{{1,2}}[A-Za-z]{{2,10}})$")
_DOTTED_NAME = regex(f"{HAN}+·{HAN}+")
_SURNAMED = f"(?:(?:{SURNAMES_2}){HAN}{{1,2}}|[{SURNAMES_1}]{HAN}{{1,2}})"
_THREE_NAMES = regex(f"([{SURNAMES_1}]{HAN}{{1,2}}?)([{SURNAMES_1}]{HAN}{{1,2}}?)([{SURNAMES_1}]{HAN}{{1,2}})")
_TWO_NAMES = regex(f"([{SURNAMES_1}]{HAN}{{2}})([{SURNAMES_1}]{HAN}{{1,2}})|({_SURNAMED})({_SURNAMED})")


def names_in(credit: str) -> list[str]:
    """The person names in a credit line or a dateline's bracket: 记者 张三 李四 → [张三, 李四]."""
    if m := _LATIN_PEN.match(credit.strip()):
        return [m.group(1)]  # ■阿Ken: a pen name half in Latin letters, signed with a square
    if NAME_PLACE.match(credit.strip()) and not DATELINE.match(credit) and not _LEAD_AGENCY.match(credit):
        credit = credit.strip()[:credit.strip().index(_BRACKET.search(credit.strip()).group(0))]  # 陳美玲（屯門）
    credit = _SIGNED_LETTER.sub(r"\1", credit.lstrip("■□◎○ "))  # 某区 读者 X, 读者 X（观塘）, ——X（怡保）: a letter signed; （读者 X）: a question asked
    m = _BRACKET.search(credit)
    if DATELINE.match(credit) and not _ANY_OPEN.search(credit):
        return []  # a dateline names people only in its bracket: 新华社北京3 月9 日电 holds none (日电 is no name)
    inner = m.group(1) if m and (DATELINE.match(credit) or _SENT_BY.match(credit)) else credit
    inner = SPACES.sub("", inner) if DATELINE.match(credit) and len(t := inner.split()) >= 5 and sum(  # spaced out
        len(x) == 1 for x in t) * 3 >= 2 * len(t) else inner  # (a dateline on a justified line: no spaced names)
    inner = _LEAD_AGENCY.sub("", _DRAWN_HEAD.sub("", inner.strip("（）()【】 ")))  # 摄影：新华社记者 X
    inner = _SHOT_TAIL.sub("", inner)
    inner = _REPORTED.sub("", _PLACE_REPORT.sub("", inner) if _SLASH.search(inner) else inner)  # 記者X／東瀾報導
    inner = _SPACED_NAME.sub(r"\1\2", _SPACED_THREE.sub(r"\1\2\3", inner))  # 陈 思 远, 庞 慧: one name spaced out
    if _NOT_A_NAME.search(inner):
        return []
    inner = _PLACE_DATE.sub("", _PLACE_REPORT.sub("", inner))
    out = []
    for part in _CREDIT_SPLIT.split(inner):
        if part and (_NAME_FULL.fullmatch(part) and len(part) <= 4 and not PAPER.fullmatch(part) and part[-1] not in "师師" or _DOTTED_NAME.fullmatch(part)):  # (设计师 X)
            out.append(part)
        elif part and 5 <= len(part) <= 6 and _TWO_NAMES.fullmatch(part):
            out += [n for n in _TWO_NAMES.fullmatch(part).groups() if n]  # 刘宏达谢守成: two names, no space
        elif part and 7 <= len(part) <= 9 and _THREE_NAMES.fullmatch(part):
            out += list(_THREE_NAMES.fullmatch(part).groups())  # 汪涛吴光胜胡查平: three
    return out
