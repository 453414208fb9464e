"""The surname table reader/transform/surnames.tsv itself: its format, that it holds every surname of 百家姓,
the entries decided by hand, and every surname character OpenCC can convert more than one way.
(The converter's use of the table is tested elsewhere.)"""
import os
import re
import unicodedata

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TABLE = os.path.join(ROOT, "reader", "transform", "surnames.tsv")
COLUMNS = ("simplified", "hant-tw", "hant-hk", "hant")

# 百家姓, Simplified text (https://zh.wikipedia.org/wiki/百家姓; the common Simplified text, with 郤 in 郤璩桑桂).
# 池乔阴鬱 is written 郁 here: the rare surname 鬱 becomes 郁 in Simplified, so 郁 occurs twice.
BAIJIAXING = """
赵钱孙李，周吴郑王。冯陈褚卫，蒋沈韩杨。朱秦尤许，何吕施张。孔曹严华，金魏陶姜。
戚谢邹喻，柏水窦章。云苏潘葛，奚范彭郎。鲁韦昌马，苗凤花方。俞任袁柳，酆鲍史唐。
费廉岑薛，雷贺倪汤。滕殷罗毕，郝邬安常。乐于时傅，皮卞齐康。伍余元卜，顾孟平黄。
和穆萧尹，姚邵湛汪。祁毛禹狄，米贝明臧。计伏成戴，谈宋茅庞。熊纪舒屈，项祝董梁。
杜阮蓝闵，席季麻强。贾路娄危，江童颜郭。梅盛林刁，钟徐邱骆。高夏蔡田，樊胡凌霍。
虞万支柯，昝管卢莫。经房裘缪，干解应宗。丁宣贲邓，郁单杭洪。包诸左石，崔吉钮龚。
程嵇邢滑，裴陆荣翁。荀羊於惠，甄曲家封。芮羿储靳，汲邴糜松。井段富巫，乌焦巴弓。
牧隗山谷，车侯宓蓬。全郗班仰，秋仲伊宫。宁仇栾暴，甘钭厉戎。祖武符刘，景詹束龙。
叶幸司韶，郜黎蓟薄。印宿白怀，蒲邰从鄂。索咸籍赖，卓蔺屠蒙。池乔阴郁，胥能苍双。
闻莘党翟，谭贡劳逄。姬申扶堵，冉宰郦雍。郤璩桑桂，濮牛寿通。边扈燕冀，郏浦尚农。
温别庄晏，柴瞿阎充。慕连茹习，宦艾鱼容。向古易慎，戈廖庾终。暨居衡步，都耿满弘。
匡国文寇，广禄阙东。欧殳沃利，蔚越夔隆。师巩厍聂，晁勾敖融。冷訾辛阚，那简饶空。
曾毋沙乜，养鞠须丰。巢关蒯相，查后荆红。游竺权逯，盖益桓公。万俟司马，上官欧阳。
夏侯诸葛，闻人东方。赫连皇甫，尉迟公羊。澹台公冶，宗政濮阳。淳于单于，太叔申屠。
公孙仲孙，轩辕令狐。钟离宇文，长孙慕容。鲜于闾丘，司徒司空。丌官司寇，仉督子车。
颛孙端木，巫马公西。漆雕乐正，壤驷公良。拓跋夹谷，宰父谷梁。晋楚闫法，汝鄢涂钦。
段干百里，东郭南门。呼延归海，羊舌微生。岳帅缑亢，况郈有琴。梁丘左丘，东门西门。
商牟佘佴，伯赏南宫。墨哈谯笪，年爱阳佟。第五言福，百家姓终。
"""
# Its 60 compound surnames; every other character of the text (but the closing 百家姓终) is a single surname: 444.
COMPOUNDS = (
    "万俟 司马 上官 欧阳 夏侯 诸葛 闻人 东方 赫连 皇甫 尉迟 公羊 澹台 公冶 宗政 濮阳 淳于 单于 太叔 申屠 "
    "公孙 仲孙 轩辕 令狐 钟离 宇文 长孙 慕容 鲜于 闾丘 司徒 司空 丌官 司寇 子车 颛孙 端木 巫马 公西 漆雕 "
    "乐正 壤驷 公良 拓跋 夹谷 宰父 谷梁 段干 百里 东郭 南门 呼延 羊舌 微生 梁丘 左丘 东门 西门 南宫 第五"
).split()

# Simplified characters whose entry in OpenCC's STCharacters.txt has more than one Traditional target
# (BYVoid/OpenCC data/dictionary/STCharacters.txt; the same set as the STCharacters.ocd2 of the installed
# opencc 1.4.2, dumped with its opencc_dict). Used when the installed package has no STCharacters.txt.
MULTI_TARGET = (
    "㐹万丑个丰了于云亘仆仇仑价仿伙余佛佣俊修借僵克党具冢冬冲凄准凌几凶出划别刮制勋千升卜占卤卷厂历厘参发"
    "只台叶叹吁吃合吊同后向吣呆周咨咸咽哄哗唇啮喂噪回团困坐坛坝坯埙堤复夫夸夹奸姜娘娴宁它家尝尸尽局岩岳巨"
    "布帘席干并幸广庵弥弦当录彩征径御志念恤恶愈愿戚扇才扎托扣折抵拐拿挂挨挽捆捍据搜摆斗斤斫旋昆暗曲札术朱"
    "朴杆杠杯杰松板极果枪柜栗核梁棱檗欲毁汇沈沾泛注浚涂涌淀游溪滟漓澄炼烟焰熏狸玩琅璇症皂矩确硷私秋种穗筑"
    "筱签糊系累纤绱绷耇胄背胜胡脏腊腌膻致舍艳芸苏苔苹范荐荡荫药获蒙蔑藤虫蚝蜡蝎表袅裥证谥谷豆象赝赞跖辟迹"
    "适郁酸采里鉴针钟钥钫钻铲链锄锫镋镎镢镰闲雇雕面须饥鹇"
)
# ... and so the 百家姓 characters OpenCC can convert more than one way, as single surnames and inside compounds.
AMBIGUOUS_SINGLE = "周沈朱姜戚云苏范于余卜梁席钟胡凌万干郁曲家松谷秋宁仇叶幸咸蒙党别向广须丰后游涂岳"
AMBIGUOUS_IN_COMPOUND = {"万俟", "澹台", "淳于", "单于", "钟离", "鲜于", "漆雕", "夹谷", "谷梁", "段干", "百里", "梁丘"}

# Character variants the regional columns may apply (OpenCC TWVariants.txt / HKVariants.txt, standard → regional).
TW_VARIANTS = dict(re.findall("(.)(.)", "爲為牀床痹痺癡痴皁皂祕秘竈灶糉粽繮韁纔才羣群樑梁棱稜檐簷污汙泄洩僞偽啓啟喫吃嫺嫻"
                                         "嬀媯峯峰幺么脣唇衆眾裏裡覈核踊踴鉢缽鍼針鮎鯰齶顎着著睾睪潙溈潨潀蔘參蔿蒍麪麵"))
HK_VARIANTS = dict(re.findall("(.)(.)", "悅悦慍愠戶户挩捝搵揾柺枴梲棁棱稜榲榅檯枱氳氲涗涚膃腽蒕蒀蘊藴蛻蜕說説轀輼熅煴"
                                         "爲為癡痴稅税竈灶糉粽縕緼纔才僞偽兌兑啓啟喫吃囪囱媼媪嬀媯醞醖銳鋭鍼針閱閲鰮鰛"
                                         "敓敚敘敍溫温溼濕潙溈潨潀脣唇脫脱臥卧臺台蔥葱蔿蒍衆眾衛衞叄叁鉢缽鉤鈎"))

# OpenCC's Traditional targets of the ambiguous characters in the table, default first (STCharacters.txt).
TARGETS = {
    "周": "周週賙", "沈": "沈瀋", "朱": "朱硃", "姜": "姜薑", "戚": "戚慼鏚", "云": "雲云", "苏": "蘇甦囌", "范": "範范",
    "于": "於于", "余": "餘余", "卜": "卜蔔", "梁": "梁樑", "席": "席蓆", "钟": "鍾鐘鈡", "胡": "胡鬍衚", "凌": "凌淩",
    "万": "萬万", "干": "幹乾干榦", "郁": "鬱郁", "曲": "曲麴", "家": "家傢", "松": "松鬆", "谷": "谷穀", "秋": "秋鞦",
    "宁": "寧甯", "仇": "仇讎", "叶": "葉叶", "幸": "幸倖", "咸": "鹹咸", "蒙": "蒙矇濛懞", "党": "黨党", "别": "別彆",
    "向": "向嚮曏", "广": "廣广", "须": "須鬚", "丰": "豐丰", "后": "後后", "游": "遊游", "涂": "塗涂", "岳": "嶽岳",
    "台": "臺檯颱台", "雕": "雕鵰", "夹": "夾袷", "里": "裏里哩", "种": "種种", "冲": "衝沖", "朴": "樸朴", "占": "佔占",
    "折": "折摺", "布": "布佈", "巨": "巨鉅", "斗": "鬥斗", "回": "回迴", "栗": "栗慄", "修": "修脩",
}

# Entries decided by reading (surname forms, not the common word): simplified → (Taiwan, Hong Kong).
EXPECTED = {
    "范": ("范", "范"), "于": ("于", "于"), "余": ("余", "余"), "郁": ("郁", "郁"), "沈": ("沈", "沈"),
    "钟": ("鍾", "鍾"), "万": ("萬", "萬"), "万俟": ("万俟", "万俟"), "叶": ("葉", "葉"), "萧": ("蕭", "蕭"),
    "胡": ("胡", "胡"), "姜": ("姜", "姜"), "谷": ("谷", "谷"), "欧阳": ("歐陽", "歐陽"), "钟离": ("鍾離", "鍾離"),
    "后": ("后", "后"), "游": ("游", "游"), "涂": ("涂", "涂"), "岳": ("岳", "岳"), "干": ("干", "干"),
    "党": ("党", "党"), "云": ("雲", "雲"), "宁": ("寧", "寧"), "丰": ("豐", "豐"), "咸": ("咸", "咸"),
    "卫": ("衛", "衞"), "温": ("溫", "温"), "於": ("於", "於"), "淳于": ("淳于", "淳于"), "单于": ("單于", "單于"),
    "鲜于": ("鮮于", "鮮于"), "百里": ("百里", "百里"), "谷梁": ("穀梁", "穀梁"), "段干": ("段干", "段干"),
    "澹台": ("澹臺", "澹臺"),
}


def han(ch):
    return unicodedata.name(ch, "").startswith("CJK")


def baijiaxing():
    """(single surnames in text order, with 郁 twice; compound surnames in text order)."""
    text = re.sub(r"[，。\s]", "", BAIJIAXING)
    assert text.endswith("百家姓终")
    text = text[:-4]
    singles, compounds, i = [], [], 0
    while i < len(text):
        if text[i:i + 2] in COMPOUNDS:
            compounds.append(text[i:i + 2])
            i += 2
        else:
            singles.append(text[i])
            i += 1
    return singles, compounds


def multi_target():
    """Simplified characters with more than one target in OpenCC's STCharacters: from the installed package's
    text dictionary when it has one, else the list above."""
    try:
        import opencc
    except ImportError:
        return set(MULTI_TARGET)
    for folder, _dirs, files in os.walk(os.path.dirname(opencc.__file__)):
        if "STCharacters.txt" in files:
            found = set()
            with open(os.path.join(folder, "STCharacters.txt"), encoding="utf-8") as f:
                for line in f:
                    if line.strip() and not line.startswith("#"):
                        key, _, values = line.rstrip("\n").partition("\t")
                        if len(values.split()) > 1:
                            found.add(key)
            return found
    return set(MULTI_TARGET)


def read_table():
    rows = []
    with open(TABLE, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            rows.append((n, line.split("\t")))
    return rows


@pytest.fixture(scope="module")
def table():
    return {cells[0]: dict(zip(COLUMNS, cells)) for _n, cells in read_table()}


def test_reference_list_counts():
    singles, compounds = baijiaxing()
    assert (len(singles), len(compounds)) == (444, 60)
    assert compounds == COMPOUNDS
    assert [s for s in singles if singles.count(s) > 1] == ["郁", "郁"]  # 郁 and 鬱


def test_table_parses():
    rows = read_table()
    assert rows, "empty table"
    seen = {}
    for n, cells in rows:
        assert len(cells) == 4, f"line {n}: {len(cells)} columns"
        simplified = cells[0]
        assert simplified not in seen, f"line {n}: {simplified} already on line {seen[simplified]}"
        seen[simplified] = n
        for cell in cells:
            assert 1 <= len(cell) <= 2, f"line {n}: {cell!r}"
            assert len(cell) == len(simplified), f"line {n}: {cell!r} is not as long as {simplified!r}"
            assert all(han(c) for c in cell), f"line {n}: {cell!r} is not all Han characters"


def test_comment_block_at_top():
    with open(TABLE, encoding="utf-8") as f:
        head = [next(f) for _ in range(5)]
    assert all(line.startswith("#") for line in head)


def test_holds_all_of_baijiaxing_in_order(table):
    singles, compounds = baijiaxing()
    missing = [s for s in singles + compounds if s not in table]
    assert not missing, f"百家姓 surnames missing from the table: {missing}"
    order = [cells[0] for _n, cells in read_table()]
    unique_singles = list(dict.fromkeys(singles))
    assert order[:len(unique_singles)] == unique_singles
    assert order[len(unique_singles):len(unique_singles) + 60] == compounds


def test_checked_entries(table):
    for simplified, (tw, hk) in EXPECTED.items():
        assert simplified in table, simplified
        row = table[simplified]
        assert (row["hant-tw"], row["hant-hk"]) == (tw, hk), f"{simplified}: {row}"


def test_ambiguous_list_is_complete():
    singles, compounds = baijiaxing()
    multi = multi_target()
    assert {c for c in singles if c in multi} == set(AMBIGUOUS_SINGLE)
    assert {s for s in compounds if any(c in multi for c in s)} == AMBIGUOUS_IN_COMPOUND


def test_every_ambiguous_surname_is_in_table(table):
    singles, compounds = baijiaxing()
    multi = multi_target()
    surnames = set(singles) | set(compounds) | set(table)
    single_chars = {s for s in surnames if len(s) == 1}
    missing = sorted(c for c in single_chars if c in multi and c not in table)
    assert not missing, f"ambiguous surname characters missing: {missing}"
    missing = sorted(s for s in compounds if any(c in multi for c in s) and s not in table)
    assert not missing, f"ambiguous compound surnames missing: {missing}"


def test_regional_columns_differ_only_by_variants(table):
    for simplified, row in table.items():
        for col, variants in (("hant-tw", TW_VARIANTS), ("hant-hk", HK_VARIANTS)):
            for std, regional in zip(row["hant"], row[col]):
                assert regional == std or variants.get(std) == regional, f"{simplified} {col}: {row}"


def test_ambiguous_forms_are_opencc_targets(table):
    """Where OpenCC offers several Traditional characters, the generic form took one of them (the decision is
    which), and the row has a comment saying why."""
    for simplified, row in table.items():
        for s, t in zip(simplified, row["hant"]):
            if s in TARGETS:
                assert t in TARGETS[s], f"{simplified}: {t} is not an OpenCC target of {s} ({TARGETS[s]})"
    assert set(TARGETS) >= {c for s in table for c in s if c in multi_target()}


def test_decided_entries_carry_a_comment():
    """A row that does not take OpenCC's first (default) target for an ambiguous character has a comment
    line directly above it."""
    with open(TABLE, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for prev, line in zip(lines, lines[1:]):
        if not line or line.startswith("#"):
            continue
        simplified, _tw, _hk, hant = line.split("\t")
        if any(s in TARGETS and t != TARGETS[s][0] for s, t in zip(simplified, hant)):
            assert prev.startswith("# "), f"no comment above {line!r}"
