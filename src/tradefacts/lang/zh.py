"""Chinese: the tables of numerals, magnitudes, units, qualifiers and measure words, and the patterns
built from them at import time. Nothing else: the engine (`extract.py`) reads the named groups.

Patterns run over text normalized by `text.normalize`, so fullwidth digits and `，．％` arrive as
ASCII; the tables hold the ASCII forms of those characters and the Han forms of everything else.
"""

from __future__ import annotations

import string
from decimal import Decimal
from typing import Final

import regex

from tradefacts import compiled
from tradefacts.lang import roles
from tradefacts.model import Approx, Kind, Lang, Period, Role
from tradefacts.rules import (
    TIMES_AS_MUCH_SUFFIX,
    Begins,
    Build,
    LangRules,
    NumeralTable,
    Rule,
    Then,
    Tok,
    alternation,
    follows,
    scientific_figure,
    score_over_scale,
)

# Digits. 两 is a digit (两千 = 2000) but never the tens digit of 二十; 〇 and 零 are zero, and read
# as a placeholder inside a numeral (二百零五) or a positional digit (二〇一七).
ZH_DIGITS: Final[dict[str, int]] = {
    "〇": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "兩": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
# The financial (大写) forms: the same digits and units, written so that they cannot be altered.
# They are also ordinary characters of common words (大陆 "mainland", 队伍 "team", 收拾, 肆虐), so
# the patterns read them only inside a numeral of two or more characters (壹佰, 叁元 after 贰拾).
ZH_FORMAL_DIGITS: Final[dict[str, int]] = {
    "壹": 1,
    "贰": 2,
    "貳": 2,
    "叁": 3,
    "參": 3,
    "肆": 4,
    "伍": 5,
    "陆": 6,
    "陸": 6,
    "柒": 7,
    "捌": 8,
    "玖": 9,
}
# One character for a round number of tens, as dates and ages write it (廿五日 is the 25th, 卅日
# the 30th): character -> its tens digit (廿 = 二十, 卅 = 三十, 卌 = 四十).
ZH_CONTRACTED_TENS: Final[dict[str, int]] = {"廿": 2, "卄": 2, "卅": 3, "卌": 4}
# Speech fuses a digit with its measure word: 俩 is 两个 and 仨 is 三个 (我们俩 "the two of us", 哥俩,
# 仨月 "three months", 俩小时). They open no longer numeral, so only their own rule reads them
# (zh.local.fused_count), not as numeral characters of the other rules; 伎俩 ("a trick") and the
# idiom 仨瓜俩枣 ("a pittance") count nothing. After a word that names both members of a pair
# (夫妻俩 "the couple", 母女俩 "mother and daughter") the two is the pair itself, which English
# names with no number; after 哥, 兄弟, 姐妹 or a pronoun it is "the two brothers", "the two of us".
ZH_FUSED_COUNTS: Final[dict[str, int]] = {"俩": 2, "倆": 2, "仨": 3}
ZH_FUSED_COUNT_NOT_AFTER: Final[frozenset[str]] = frozenset(
    {
        "伎",
        "瓜",
        "夫妻",
        "夫妇",
        "夫婦",
        "两口子",
        "兩口子",
        "母女",
        "父女",
        "母子",
        "父子",
        "婆媳",
        "爷孙",
        "爺孫",
        "祖孙",
        "祖孫",
        "爷",  # 爷俩 "father and son"
        "爺",
        "娘",  # 娘俩 "mother and child"
    }
)
ZH_FUSED_COUNT_NOT_BEFORE: Final[frozenset[str]] = frozenset({"瓜"})
# Units inside a section (exponents): 十 百 千 multiply the digit before them.
ZH_SMALL_UNITS: Final[dict[str, int]] = {
    "十": 1,
    "百": 2,
    "千": 3,
}
ZH_FORMAL_UNITS: Final[dict[str, int]] = {
    "拾": 1,
    "佰": 2,
    "仟": 3,
}
# Section units (exponents): 万 and 亿 multiply everything before them in their section, and 亿
# after 万 multiplies the whole (二十万亿 = 2×10^13), which `numerals._evaluate` handles.
ZH_MAGNITUDES: Final[dict[str, int]] = {
    "万": 4,
    "萬": 4,
    "亿": 8,
    "億": 8,
}
# An unknown digit: 几百 is a few hundred, 三十几 thirty-something; 数十 "several tens".
ZH_VAGUE_DIGITS: Final[frozenset[str]] = frozenset({"几", "幾", "数", "數"})
# "And more" written inside a numeral: 二百余万 is over two million, 3000多 over 3000.
ZH_OVER_MARKS: Final[frozenset[str]] = frozenset({"余", "餘", "多"})
ZH_RANGE_SEPARATORS: Final[frozenset[str]] = frozenset({"至", "到", "~", "～", "-", "—", "－"})
# What a telephone number may open with before its digits (+86 10 …, （010）…).
ZH_PHONE_OPENERS: Final[frozenset[str]] = frozenset({"+", "(", "（"})
# The marks of a title of a work (《流浪地球2》, 《十四天》): a figure inside names the work.
ZH_TITLE_MARKS: Final[tuple[str, str]] = ("《", "》")
# Social media labels name as titles do: a topic between two hash marks (#2024高考#, #双11#; some
# Han in it, and no digit after the closing mark, so 排名#1和#2 is no topic) and the digits that end
# a user's handle before a space or a stop (@小王123, @用户8848): the figures in them are names.
# ZH_HANDLE_ENDS: the stops that end a handle (a space does too).
ZH_HASHTAG_MARKS: Final[frozenset[str]] = frozenset({"#", "＃"})
ZH_HANDLE_MARKS: Final[frozenset[str]] = frozenset({"@", "＠"})
ZH_HANDLE_ENDS: Final[frozenset[str]] = frozenset(
    {":", "：", ",", "，", "。", "!", "！", "?", "？", "、", ")", "）"}
)
_HASH: Final[str] = "".join(sorted(ZH_HASHTAG_MARKS))
_HANDLE: Final[str] = "".join(sorted(ZH_HANDLE_MARKS))
_HANDLE_END: Final[str] = regex.escape("".join(sorted(ZH_HANDLE_ENDS)))
ZH_TITLES_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"{ZH_TITLE_MARKS[0]}[^{ZH_TITLE_MARKS[0]}{ZH_TITLE_MARKS[1]}\n]{{1,60}}{ZH_TITLE_MARKS[1]}"
    rf"|[{_HASH}](?=[^{_HASH}\s]{{0,30}}\p{{Han}})[^{_HASH}\s]{{2,30}}[{_HASH}](?![0-9])"
    rf"|[{_HANDLE}][\p{{Han}}A-Za-z_]{{1,20}}[0-9]{{1,12}}[\s{_HANDLE_END}]",
    regex.V1,
)
# Before a year, the common era's "before" (公元前221年 = 221 BC).
ZH_BEFORE_COMMON_ERA: Final[frozenset[str]] = frozenset({"公元前"})
# Before a year, the common era itself (公元618年 = AD 618): a year of any length, never a span.
ZH_COMMON_ERA: Final[frozenset[str]] = frozenset({"公元"})
# 摄氏 before a figure of degrees (攝氏8度): see ZH_LOCAL_CELSIUS_BEFORE_RE.
ZH_CELSIUS_BEFORE: Final[frozenset[str]] = frozenset({"摄氏", "攝氏"})
# Eras that count years from another year: 民國 (the Republic of China, as Taiwan dates) counts
# from 1912, so 民國110年 is 2021; name → the common-era year of the era's year 0.
ZH_ERA_YEAR_ZERO: Final[dict[str, int]] = {"民國": 1911, "民国": 1911}
# The reigns of emperors that history and museum text dates by (乾隆三年, 康熙六十一年, 光绪二十四年):
# the reign's name → the common-era year before its first year, so 乾隆三年 is 1738 (1735 + 3) and
# pairs with "1738" or with "the third year of the Qianlong reign" (the year within the reign is
# the claim's stated figure). The Ming and Qing reigns and the Tang eras history text dates by
# most; a name is read only before a year's numeral and 年, so 开元 or 天宝 in a shop's name stays a
# name. A month after a reign's year is read alone: it is a lunar month, not the Gregorian one.
ZH_REIGN_ERA_YEAR_ZERO: Final[dict[str, int]] = {
    "贞观": 626, "貞觀": 626, "开元": 712, "開元": 712, "天宝": 741, "天寶": 741,
    "洪武": 1367, "永乐": 1402, "永樂": 1402, "宣德": 1425, "成化": 1464, "弘治": 1487,
    "嘉靖": 1521, "隆庆": 1566, "隆慶": 1566, "万历": 1572, "萬曆": 1572, "萬歷": 1572,
    "天启": 1620, "天啟": 1620, "崇祯": 1627, "崇禎": 1627,
    "顺治": 1643, "順治": 1643, "康熙": 1661, "雍正": 1722, "乾隆": 1735, "嘉庆": 1795,
    "嘉慶": 1795, "道光": 1820, "咸丰": 1850, "咸豐": 1850, "同治": 1861, "光绪": 1874,
    "光緒": 1874, "宣统": 1908, "宣統": 1908,
}  # fmt: skip
# The first year of a reign or an era (乾隆元年, 民国元年), read where the year's numeral stands.
ZH_ERA_FIRST_YEAR_WORDS: Final[dict[str, Decimal]] = {"元": Decimal(1)}
# Characters that only traditional script writes (common ones, each the traditional form of a
# simplified character): a text that writes one is from Hong Kong, Taiwan or Macau, where 元 and
# 圓 alone name the local dollar, which translations write "dollars", "$", HK$ or NT$.
ZH_TRADITIONAL_SCRIPT_MARKS: Final[frozenset[str]] = frozenset(
    "萬億個們這為說會國對來時點們與後從還麼當發經過間實現業產學長開關門問題東車體頭歲"
    "計劃續預數據無內達該機場價錢總務際區縣鄉鎮條議選舉員幣週兩樓盤"
    "資費貼額稅銀證險營運線網電話語讀書醫療藥華灣變興進連權處聯報級組織團廣鐵師買賣貨貿幾"
)
# The currency words alone that name the local dollar in a text in traditional script, and what a
# claim writes where it is the renminbi all the same (人民幣3億元; Latin letters in any case).
ZH_LOCAL_DOLLAR_WORDS: Final[frozenset[str]] = frozenset({"元", "圓"})
ZH_RENMINBI_NAMES: Final[frozenset[str]] = frozenset({"人民幣", "人民币", "RMB", "CNY", "¥", "￥"})
# After a unit, 多/余 hedge the figure (两年多, 三成多, 一米多高, 5块多钱 = a little over) only before
# what ends the phrase or a word that cannot begin with 多 (多地 "many places", 多元化, 多少 "how
# much" begin with it): punctuation, or one of these.
ZH_OVER_AFTER_UNIT_NEXT: Final[frozenset[str]] = frozenset(
    {"的", "了", "来", "钱", "錢", "高", "长", "長", "重", "宽", "寬", "远", "遠", "深", "后", "後"}
    | {
        "前",
        "以",
        "之",
        "时",
        "時",
        "就",
        "才",
        "都",
        "也",
        "还",
        "還",
        "又",
        "里",
        "裡",
        "内",
        "內",
    }
    | {"中", "间", "間", "没", "沒", "不", "过", "過"}
)
# The decimal point spelled out (三点五), simplified and traditional.
ZH_POINTS: Final[frozenset[str]] = frozenset({"点", "點"})
# A minus sign written before a figure: 负3% and -3% are negative values. A direction word
# (下降3%, 减少5亿元) is not a sign: the figure stays positive and the verb carries the direction.
ZH_NEGATIVE_SIGNS: Final[frozenset[str]] = frozenset({"负", "負", "-", "零下"})

_WORDS: Final[dict[str, tuple[Tok, int]]] = {
    **{s: (Tok.ZERO if v == 0 else Tok.DIGIT, v) for s, v in ZH_DIGITS.items()},
    **{s: (Tok.DIGIT, v) for s, v in ZH_FORMAL_DIGITS.items()},
    **{s: (Tok.SMALL, e) for s, e in {**ZH_SMALL_UNITS, **ZH_FORMAL_UNITS}.items()},
    **{s: (Tok.BIG, e) for s, e in ZH_MAGNITUDES.items()},
    **{s: (Tok.VAGUE, 0) for s in ZH_VAGUE_DIGITS},
    **{s: (Tok.OVER, 0) for s in ZH_OVER_MARKS},
    **{s: (Tok.POINT, 0) for s in ZH_POINTS},
    # Read as two tokens (`NumeralTable.contracted_tens`); here so that they are numeral characters.
    **{s: (Tok.DIGIT, 10 * v) for s, v in ZH_CONTRACTED_TENS.items()},
    **{s: (Tok.DIGIT, v) for s, v in ZH_FUSED_COUNTS.items()},
}
# Two digits that name an approximate range side by side though they are not consecutive: 三五个
# "three to five", 三五十 "thirty to fifty"; 三两 is "two or three" (三两天, 三两句), written high
# first. Consecutive pairs (一两, 两三, 七八) are ranges by the table's `adjacent_range`. Read only
# where they open the numeral before a unit, a measure word or 十/百/千/万: 三十五 and 二十三 stay
# numbers, 五四 (运动) stays a name, 三五成群 an idiom. 一两 before a noun with no measure word
# (一两黄金, "a liang of gold" or "one or two") is left unread.
ZH_RANGE_PAIRS: Final[frozenset[str]] = frozenset({"三五", "三两", "三兩"})
ZH_NUMERALS: Final[NumeralTable] = NumeralTable(
    words=_WORDS,
    contracted_tens=ZH_CONTRACTED_TENS,
    # A digit run with separators and decimals comes out whole; every other character alone.
    # A digit run with separators comes out whole (1,200 and 1 200 alike).
    token_re=compiled.pattern(
        r"\d{1,3}(?:[, ]\d{3})++(?:\.\d++)?+|\d{1,2}(?:,\d{2}(?=,))++,\d{3}(?:\.\d++)?+"
        r"|\d++(?:\.\d++)?+|."
    ),
    additive=False,
    elide=True,
    # 三四个 is "three or four", 五六十 "fifty or sixty": prose names a range with two digits.
    adjacent_range=True,
    range_pairs=ZH_RANGE_PAIRS,
    # Digit by digit, a number has three digits or more, or a zero (二〇, 一〇一): two digit words
    # alone are a word's end and a numeral (唯一一支), or a year cut to two digits (九八年).
    positional_digits=3,
)

# Currencies, surface → unit name of units.txt. 元 alone is the yuan of the mainland press; a text
# about Hong Kong or Taiwan writes 港元 or 新台币 (but see ZH_TRADITIONAL_SCRIPT_MARKS). 美分 is a
# cent of a US dollar.
ZH_CURRENCIES: Final[dict[str, str]] = {
    "美元": "USD",
    "美金": "USD",
    "瑞士法郎": "CHF",
    "瑞郎": "CHF",
    "元": "CNY",
    "元人民币": "CNY",
    "人民币": "CNY",
    "人民币元": "CNY",
    "港元": "HKD",
    "港币": "HKD",
    "新台币": "TWD",
    "澳门元": "MOP",
    "欧元": "EUR",
    "日元": "JPY",
    "英镑": "GBP",
    "卢布": "RUB",
    "卢比": "INR",
    "韩元": "KRW",
    "澳元": "AUD",
    "加元": "CAD",
    "新加坡元": "SGD",
    "马克": "DEM",
    "法国法郎": "FRF",
    "美分": "USD_cent",
    # Traditional forms (Hong Kong, Taiwan, older mainland texts); 圆 is the yuan of 大写 amounts
    # (人民币壹佰圆整).
    "圆": "CNY",
    "圓": "CNY",
    "人民幣": "CNY",
    "港幣": "HKD",
    "新臺幣": "TWD",
    "新台幣": "TWD",
    "澳門元": "MOP",
    "歐元": "EUR",
    "日圓": "JPY",
    "英鎊": "GBP",
    "盧布": "RUB",
    "盧比": "INR",
    "韓圓": "KRW",
    # Currencies of the region and of trade partners, as the mainland press names them.
    "台币": "TWD",
    "臺幣": "TWD",
    "台幣": "TWD",
    "新元": "SGD",
    "新币": "SGD",
    "令吉": "MYR",
    "马币": "MYR",
    "日圆": "JPY",
    "泰铢": "THB",
    "越南盾": "VND",
    "印尼盾": "IDR",
    "菲律宾比索": "PHP",
    "墨西哥比索": "MXN",
    "韩币": "KRW",
    "新西兰元": "NZD",
    "纽元": "NZD",
    "瑞典克朗": "SEK",
    "挪威克朗": "NOK",
    "丹麦克朗": "DKK",
    "南非兰特": "ZAR",
    "兰特": "ZAR",
    "雷亚尔": "BRL",
    "沙特里亚尔": "SAR",
    "迪拉姆": "AED",
    "土耳其里拉": "TRY",
    "欧分": "EUR_cent",
}
# Currencies written before the figure (人民币100亿元 states the currency twice: both are read).
# The fullwidth ￥ of shop text (￥299) is read as ¥: normalization maps one to the other.
ZH_CURRENCY_PREFIXES: Final[dict[str, str]] = {
    "人民币": "CNY",
    "¥": "CNY",
    "$": "USD",
    # Codes and signs in Latin letters before the figure, as business and web text writes them
    # (RMB1.2亿, US$5000万, HK$300); HK$ and US$ are read whole, so the "$" of HK$ is no US dollar.
    "RMB": "CNY",
    "CNY": "CNY",
    "US$": "USD",
    "USD": "USD",
    "HK$": "HKD",
    "€": "EUR",
    "£": "GBP",
}
# A foreign currency written before the figure, where 元 after it is that currency's yuan, not the
# renminbi: 港币1000元 is HKD 1000, 美元100元 USD 100.
ZH_FOREIGN_PREFIXES: Final[dict[str, str]] = {
    "美元": "USD",
    "美金": "USD",
    "港币": "HKD",
    "港元": "HKD",
    "港幣": "HKD",
    "新台币": "TWD",
    "新台幣": "TWD",
    "新臺幣": "TWD",
    "澳门币": "MOP",
    "澳門幣": "MOP",
    "台币": "TWD",
    "臺幣": "TWD",
    "台幣": "TWD",
}
ZH_FOREIGN_YUAN: Final[frozenset[str]] = frozenset({"元", "圆", "圓"})
# After 元, characters that make it part of a word rather than the yuan: 一元化 "unified", 二元结构
# "dual structure", 元旦 "New Year's Day", 元首 "head of state", 二元一次方程.
ZH_YUAN_WORD_TAILS: Final[frozenset[str]] = frozenset(
    {
        "化",
        "论",
        "論",
        "素",
        "结构",
        "結構",
        "首",
        "旦",
        "宵",
        "老",
        "帅",
        "帥",
    }
)
ZH_MASS_UNITS: Final[dict[str, str]] = {
    "吨": "t",
    "公吨": "t",
    "公斤": "kilogram",
    "千克": "kilogram",
    "克": "gram",
    # Doses and nutrients (500毫克, 5毫克/千克, 每天400微克).
    "毫克": "milligram",
    "微克": "microgram",
    "斤": "jin",
    "市斤": "jin",
    "噸": "t",
    "公噸": "t",
    # The ounce a price of gold or silver is quoted per (每盎司2350美元; 安士 in Hong Kong text), as
    # the English "an ounce" reads it.
    "盎司": "ounce",
    "安士": "ounce",
}
ZH_PERCENT_UNITS: Final[dict[str, str]] = {
    "%": "percent",
    "个百分点": "pp",
    "百分点": "pp",
    "個百分點": "pp",
    "百分點": "pp",
    # A basis point is a hundredth of a percentage point (下调25个基点 = 0.25 pp), as "basis points".
    "个基点": "basis_point",
    "基点": "basis_point",
    "個基點": "basis_point",
    "基點": "basis_point",
    "个基本点": "basis_point",
    "基本点": "basis_point",
    "個基本點": "basis_point",
    "基本點": "basis_point",
    # Basis points in markets' Latin shorthand, as Chinese finance text writes them (下调25BP,
    # 下降了40bp, 上调15bps).
    "bp": "basis_point",
    "bps": "basis_point",
    "BP": "basis_point",
    "BPs": "basis_point",
    # Rates per thousand in statistics (出生率7.52‰), as 千分之 before the figure.
    "‰": "permille",
    # A concentration in parts per million (二氧化碳浓度420ppm), as 百万分之 before the figure.
    "ppm": "part_per_million",
}
# 三成 is three tenths (30%): 成 after a single digit counts tenths of a whole. Not after a
# numeral that is part of an idiom (三五成群) and not before the characters that make 成 a verb or
# a word of its own (一成不变, 成为, 成员, 成本).
ZH_TENTHS_UNITS: Final[dict[str, str]] = {"成": "tenth"}
ZH_TENTHS_NOT_BEFORE: Final[frozenset[str]] = frozenset(
    {
        "不",
        "为",
        "為",
        "立",
        "员",
        "員",
        "功",
        "本",
        "果",
        "绩",
        "績",
        "就",
        "交",
        "长",
        "長",
        "熟",
        "型",
        "品",
        "套",
        "批",
        "效",
        "了",
        "都",
        "片",
        "群",
        "全",
        "语",
        "語",
        "事",
        "文",
    }
)
# 百分之十五 and 千分之三 put the unit before the number.
ZH_PERCENT_PREFIXES: Final[dict[str, str]] = {
    "百分之": "percent",
    "千分之": "permille",
}
# Colloquial money: 块 (and 块钱) is the spoken yuan, 毛 the spoken jiao (a tenth). As a measure
# word 块 counts pieces (一块蛋糕, 三块地), so the local rule takes it as money only where no noun
# follows (35块, 35块钱, 八块四毛). 角, the jiao, likewise: after a numeral it also opens words
# (五角大楼 the Pentagon, 三角形, 三角洲, 一角 a role or a corner).
ZH_COLLOQUIAL_MONEY: Final[dict[str, str]] = {
    "角": "CNY_jiao",
    "角钱": "CNY_jiao",
    "角錢": "CNY_jiao",
    "块": "CNY",
    "块钱": "CNY",
    "塊": "CNY",
    "塊錢": "CNY",
    "毛": "CNY_jiao",
    "毛钱": "CNY_jiao",
}
# Minor units that may follow a yuan amount in a compound (八元四毛, 20元5角8分).
ZH_MINOR_MONEY: Final[dict[str, str]] = {
    "角": "CNY_jiao",
    "毛": "CNY_jiao",
    "分": "CNY_fen",
    "美分": "USD_cent",
}
# Physical amounts of other dimensions (kind `quantity`), surface → unit of units.txt. Left out on
# purpose: 码 ("code", "size"), 节 ("festival", "section"), 度 alone
# (degrees of anything; 度电 is a kilowatt-hour), 分 and 秒.
ZH_QUANTITY_UNITS: Final[dict[str, str]] = {
    "米": "meter",
    "公尺": "meter",
    "千米": "kilometer",
    "公里": "kilometer",
    "厘米": "centimeter",
    "公分": "centimeter",
    "毫米": "millimeter",
    "纳米": "nanometer",
    "納米": "nanometer",
    "英里": "mile",
    "英尺": "foot",
    "英寸": "inch",
    "海里": "nautical_mile",
    # 里 (li) only where nothing but 外/路/地/远 follows: 20里外, 十里路 (see ZH_LI_FOLLOWERS).
    "里": "li",
    "平方米": "square_meter",
    "平米": "square_meter",
    "平方公里": "square_kilometer",
    "平方千米": "square_kilometer",
    "平方英尺": "square_foot",
    "平方英里": "square_mile",
    "公顷": "hectare",
    "亩": "mu",
    "英亩": "acre",
    "升": "liter",
    "公升": "liter",
    "毫升": "milliliter",
    "立方米": "cubic_meter",
    "桶": "barrel",
    "加仑": "gallon",
    "公里/小时": "kilometer_per_hour",
    "千米/小时": "kilometer_per_hour",
    "公里每小时": "kilometer_per_hour",
    "英里/小时": "mile_per_hour",
    "米/秒": "meter_per_second",
    "米每秒": "meter_per_second",
    "千瓦时": "kilowatt_hour",
    "度电": "kilowatt_hour",
    "兆瓦时": "megawatt_hour",
    "吉瓦时": "gigawatt_hour",
    "太瓦时": "terawatt_hour",
    "瓦": "watt",
    "千瓦": "kilowatt",
    "兆瓦": "megawatt",
    "吉瓦": "gigawatt",
    # A battery's charge in words (电池容量4600毫安时), as 4600mAh.
    "毫安时": "milliampere_hour",
    "毫安時": "milliampere_hour",
    "℃": "degree_Celsius",
    "°C": "degree_Celsius",
    "°c": "degree_Celsius",
    "摄氏度": "degree_Celsius",
    "攝氏度": "degree_Celsius",
    "°F": "degree_Fahrenheit",
    "华氏度": "degree_Fahrenheit",
    "華氏度": "degree_Fahrenheit",
    "毫米汞柱": "millimeter_Hg",
    # Food energy, vitamins and blood values on labels (能量1500千焦, 250千卡, 200大卡, 190卡路里 — the
    # calorie of food is a kilocalorie; 维生素D 400国际单位; 血糖7.0毫摩尔/升). 卡 alone is left out.
    "千焦": "kilojoule",
    "千焦耳": "kilojoule",
    "千卡": "kilocalorie",
    "大卡": "kilocalorie",
    "卡路里": "kilocalorie",
    "国际单位": "international_unit",
    "國際單位": "international_unit",
    "毫摩尔/升": "millimole_per_liter",
    # Science and engineering: pressure (250千帕, 30兆帕, 1个标准大气压 is read as a count), sound
    # levels, frequencies, rotation speeds, small and astronomical lengths, speeds per second,
    # voltages and currents. 伏 alone is read only after a digit (ZH_UNITS_AFTER_DIGITS), 安 alone
    # not at all (安全, 安徽), nor 巴 (巴西) and 埃 (埃及).
    "帕": "pascal",
    "帕斯卡": "pascal",
    "千帕": "kilopascal",
    "兆帕": "megapascal",
    "标准大气压": "standard_atmosphere",
    "个标准大气压": "standard_atmosphere",
    "个大气压": "standard_atmosphere",
    "大气压": "standard_atmosphere",
    "標準大氣壓": "standard_atmosphere",
    "分贝": "decibel",
    "分貝": "decibel",
    "赫兹": "hertz",
    "赫茲": "hertz",
    "千赫": "kilohertz",
    "千赫兹": "kilohertz",
    "兆赫": "megahertz",
    "兆赫兹": "megahertz",
    "吉赫": "gigahertz",
    "吉赫兹": "gigahertz",
    "转/分": "revolution_per_minute",
    "转/分钟": "revolution_per_minute",
    "转每分钟": "revolution_per_minute",
    "微米": "micrometer",
    "埃米": "angstrom",
    "光年": "light_year",
    "天文单位": "astronomical_unit",
    "天文單位": "astronomical_unit",
    "公里/秒": "kilometer_per_second",
    "千米/秒": "kilometer_per_second",
    "公里每秒": "kilometer_per_second",
    "伏特": "volt",
    "千伏": "kilovolt",
    "安培": "ampere",
    "毫安": "milliampere",
    "千安": "kiloampere",
    "瓦时": "watt_hour",
    "瓦時": "watt_hour",
    "毫摩爾/升": "millimole_per_liter",
    # The torque of an engine (峰值扭矩400牛·米, 350牛米).
    "牛·米": "newton_meter",
    "牛米": "newton_meter",
    "牛顿米": "newton_meter",
    "牛頓米": "newton_meter",
    "KB": "kilobyte",
    "MB": "megabyte",
    "GB": "gigabyte",
    "TB": "terabyte",
    # A line's speed in 兆 (megabits per second) where the line is named after it: 500兆宽带.
    "兆宽带": "megabit_per_second",
    "兆寬頻": "megabit_per_second",
    "兆带宽": "megabit_per_second",
    "兆光纤": "megabit_per_second",
    "兆比特每秒": "megabit_per_second",
    # A plan's data in G (20G流量, 30G通用流量): gigabytes where the data is named after it; G
    # alone is a network generation (5G).
    "G流量": "gigabyte",
    "G通用流量": "gigabyte",
    "G定向流量": "gigabyte",
    "G国内流量": "gigabyte",
}
# Units written in Latin letters, as product and web text writes them glued to or after a figure
# (容量500ml, 重量1.5kg, 5000mAh, 120Hz): case as written (mW is not MW), so only the spellings
# below; not G or T alone (5G is a network). Never before another Latin letter or digit (5Gbps, 3D), nor before the characters of
# ZH_LATIN_UNIT_NOT_BEFORE (4A级 is a grade of a scenic spot, not four amperes).
ZH_LATIN_UNITS: Final[dict[str, str]] = {
    "kg": "kilogram",
    "KG": "kilogram",
    "Kg": "kilogram",
    "g": "gram",
    "mg": "milligram",
    "t": "t",
    "ml": "milliliter",
    "mL": "milliliter",
    "ML": "milliliter",
    "L": "liter",
    "km": "kilometer",
    "KM": "kilometer",
    "m": "meter",
    "cm": "centimeter",
    "mm": "millimeter",
    "nm": "nanometer",
    "m²": "square_meter",
    "㎡": "square_meter",
    "km²": "square_kilometer",
    "m³": "cubic_meter",
    "km/h": "kilometer_per_hour",
    "m/s": "meter_per_second",
    "W": "watt",
    "kW": "kilowatt",
    "KW": "kilowatt",
    "MW": "megawatt",
    "Wh": "watt_hour",
    "kWh": "kilowatt_hour",
    "KWh": "kilowatt_hour",
    "kwh": "kilowatt_hour",
    "V": "volt",
    "kV": "kilovolt",
    "A": "ampere",
    "mA": "milliampere",
    "mAh": "milliampere_hour",
    "Ah": "ampere_hour",
    "Hz": "hertz",
    "kHz": "kilohertz",
    "MHz": "megahertz",
    "GHz": "gigahertz",
    "kbps": "kilobit_per_second",
    "Kbps": "kilobit_per_second",
    "Mbps": "megabit_per_second",
    "Gbps": "gigabit_per_second",
    "Mbit/s": "megabit_per_second",
    "Gbit/s": "gigabit_per_second",
    "Mb/s": "megabit_per_second",
    "Gb/s": "gigabit_per_second",
    "ms": "millisecond",
    "°F": "degree_Fahrenheit",
    "mmHg": "millimeter_Hg",
    "kPa": "kilopascal",
    "MPa": "megapascal",
    "dB": "decibel",
    "rpm": "revolution_per_minute",
    "km/s": "kilometer_per_second",
    "kJ": "kilojoule",
    "kcal": "kilocalorie",
    "IU": "international_unit",
    "mmol/L": "millimole_per_liter",
    "N·m": "newton_meter",
    "N.m": "newton_meter",
    "Nm": "newton_meter",
    "N·M": "newton_meter",
    # Environment and energy text (光伏装机400GW, 浓度420ppm, 甲烷1923ppb, PM2.5浓度30μg/m³).
    "GW": "gigawatt",
    "MWh": "megawatt_hour",
    "GWh": "gigawatt_hour",
    "TWh": "terawatt_hour",
    "ppm": "ppm",
    "ppb": "ppb",
    "μg": "microgram",
    "µg": "microgram",
}
ZH_LATIN_UNIT_NOT_BEFORE: Final[frozenset[str]] = frozenset({"级", "級", "股"})
# Units of one character read only right after an ASCII digit (220伏, 5伏): after a numeral
# character 伏 is a season (三伏, 一伏饺子二伏面). 安 alone stays unread (3安全, 安置, 安徽).
ZH_UNITS_AFTER_DIGITS: Final[dict[str, str]] = {"伏": "volt"}
# The signs between the figures of dimensions written with one unit (30×20×10cm): each figure is
# an amount in that unit.
ZH_DIMENSION_SEPARATORS: Final[frozenset[str]] = frozenset({"×", "x", "X", "*", "＊", "✕"})
ZH_UNITS: Final[dict[str, str]] = {
    **ZH_COLLOQUIAL_MONEY,
    **ZH_LATIN_UNITS,
    **ZH_UNITS_AFTER_DIGITS,
    **ZH_QUANTITY_UNITS,
    **ZH_CURRENCIES,
    **ZH_MASS_UNITS,
    **ZH_PERCENT_UNITS,
    **ZH_PERCENT_PREFIXES,
    **ZH_TENTHS_UNITS,
    **ZH_CURRENCY_PREFIXES,
    **ZH_FOREIGN_PREFIXES,
}

# Measure words: a numeral followed by one of these counts things (178个企业, 94项合同, 9000多人).
# 分, 点 and 期 are left out: 十分 is "very", 三点 a time, 一期 a phase name more often than a count.
# The measure words of an age in years (77.3岁, 18周岁): a count that states a span of years.
ZH_AGE_WORDS: Final[frozenset[str]] = frozenset({"岁", "歲", "周岁", "週歲"})
# 半 right after an age adds half a year (三岁半 "three and a half", 5岁半), unless it opens a word of
# its own: 半夜 "midnight" (三岁半夜发烧), 半路, 半晌, or a span (半年, 半个月, read as spans).
ZH_AGE_HALF_NOT_BEFORE: Final[frozenset[str]] = frozenset({"夜", "路", "晌"})
ZH_MEASURE_WORDS: Final[frozenset[str]] = frozenset(
    {
        "个",
        "項",
        "项",
        "种",
        "種",
        "人",
        "名",
        "位",
        "对",
        "家",
        "座",
        "件",
        "次",
        "户",
        "辆",
        "台",
        "套",
        "条",
        "只",
        "头",
        "批",
        "架",
        "艘",
        "处",
        "起",
        "宗",
        "份",
        "篇",
        "部",
        "场",
        "届",
        "支",
        "株",
        "棵",
        "亩",
        "公顷",
        "平方公里",
        "平方米",
        "公里",
        "千米",
        "米",
        "立方米",
        "千瓦",
        "千瓦时",
        "册",
        "本",
        "张",
        "口",
        "例",
        "所",
        "类",
        "類",
        "间",
        "栋",
        "层",
        "节",
        "章",  # chapters of a law or a book: 本法共九章七十八条
        "门",
        "组",
        "团",
        "队",
        "箱",
        "桶",
        "袋",
        "颗",
        "匹",
        "列",
        "趟",
        "班",
        "国",
        "省",
        "市",
        "县",
        "村",
        "岁",
        # An age in full years (年满18周岁), read as 岁 is.
        "周岁",
        "週歲",
        "倍",
        "块",
        "塊",
        "款",
        "度",
        "個",
        "間",
        "張",
        "條",
        "隻",
        "頭",
        "處",
        "場",
        "屆",
        "輛",
        # Episodes of a series (共40集, 三十集).
        "集",
        # Doses and kitchen measures on labels, in health advice and recipes (每次2片, 每次1粒,
        # 1至2滴, 两勺糖, 一茶匙盐, 8杯水, 每日6000步, 3剂疫苗): the translation counts them ("2 tablets",
        # "8 glasses").
        "片",
        "粒",
        "滴",
        "喷",
        "勺",
        "茶匙",
        "汤匙",
        "湯匙",
        "杯",
        "步",
        "剂",
        "劑",
        # Homes, roads and hotels: a layout (三室两厅, 两居室 "two bedrooms and two living rooms",
        # "a two-bedroom flat"), the lanes of a road (双向八车道 "eight lanes") and a hotel's stars
        # (五星级酒店 "a five-star hotel").
        "厅",
        "廳",
        "卫",
        "衛",
        "居室",
        "车道",
        "車道",
        "星级",
        "星級",
        # The packs of a listing (两瓶59元 "59 yuan for two bottles", 6罐装, 3盒, 两双袜子 "two pairs
        # of socks"). Not 包, which opens 包邮 after a threshold (满99包邮).
        "瓶",
        "盒",
        "罐",
        "双",
        "雙",
    }
)
# 倍 is listed so that a count rule cannot claim the number of a multiplier first; the multiplier
# rule has priority over counts.
# The bedrooms of a layout (三室两厅, 3室2厅1卫): counted only where the next room's figure follows, as
# 301室 alone is a room number.
ZH_LAYOUT_ROOM_WORDS: Final[frozenset[str]] = frozenset({"室"})

# Qualifiers before a figure. 达 ("reaches") states the figure exactly; 逾 and 超过 are "over".
ZH_QUALIFIERS_BEFORE: Final[dict[str, Approx]] = {
    "近": Approx.NEARLY,
    "将近": Approx.NEARLY,
    "接近": Approx.NEARLY,
    "约": Approx.ABOUT,
    "大约": Approx.ABOUT,
    "大概": Approx.ABOUT,
    "约为": Approx.ABOUT,
    "约合": Approx.ABOUT,  # "about equal to", before a converted amount: 约合42亿美元
    # 约 fused with the verb before the figure ("has about", "takes about", "makes up about"):
    # 约有三分之二, 约需40分钟, 约占30%.
    "约有": Approx.ABOUT,
    "约需": Approx.ABOUT,
    "约占": Approx.ABOUT,
    # On labels and in recipes: 约含 ("contains about": 每包约含8份, 约含200大卡), 约重 ("weighs about").
    "约含": Approx.ABOUT,
    "约重": Approx.ABOUT,
    "超过": Approx.OVER,
    "逾": Approx.OVER,
    "超": Approx.OVER,
    "突破": Approx.OVER,  # "broke through": 突破3000万 is over 30 million
    # 破 alone before any figure, as box office, views and ratings news write it (票房破10亿, 播放量破5亿次,
    # 收视破2, 升破7.0大关): a level passed, as 突破 is; not in 打破, 跌破, 击破 (ZH_QUALIFIER_LOOKALIKES).
    "破": Approx.OVER,
    "多于": Approx.OVER,
    "至少": Approx.OVER,
    "不少于": Approx.OVER,
    "不到": Approx.UNDER,
    "不足": Approx.UNDER,
    "不超过": Approx.UNDER,
    "最多": Approx.UNDER,
    "少于": Approx.UNDER,
    "低于": Approx.UNDER,
    "小于": Approx.UNDER,
    "不高于": Approx.UNDER,
    "高于": Approx.OVER,
    "大于": Approx.OVER,
    "不低于": Approx.OVER,
    "达": Approx.EXACT,
    "达到": Approx.EXACT,
    # Limits of rules and standards: a bound that must not be passed (行李不得超过7公斤 is at most
    # 7 kg, 噪声不得超过45分贝 at most 45 dB, 不得低于60% at least 60%), not the bound passed that 超过
    # alone states.
    "不得超过": Approx.UNDER,
    "不能超过": Approx.UNDER,
    "不应超过": Approx.UNDER,
    "不宜超过": Approx.UNDER,
    # Advice states its bound the same way (午睡不要超过30分钟, 每天最好不超过2杯); not 别超过,
    # which ends 分别超过 (respectively more than).
    "不要超过": Approx.UNDER,
    "最好不超过": Approx.UNDER,
    "不要低于": Approx.OVER,
    "不要少于": Approx.OVER,
    "未超过": Approx.UNDER,
    "不得高于": Approx.UNDER,
    "不得低于": Approx.OVER,
    "不能低于": Approx.OVER,
    "不应低于": Approx.OVER,
    "不得少于": Approx.OVER,
    "不得多于": Approx.UNDER,
    "不应少于": Approx.OVER,
    # Ceilings of loans, claims and refunds, the verb written between the bound and the figure
    # (最高可贷120万元 "can borrow up to 1.2 million yuan", 最高赔付100万元 "pays up to"): at most.
    "最高可贷": Approx.UNDER,
    "最多可贷": Approx.UNDER,
    "最高可借": Approx.UNDER,
    "最多可借": Approx.UNDER,
    "最高赔付": Approx.UNDER,
    "最高可赔付": Approx.UNDER,
    "最高报销": Approx.UNDER,
    "最高可报销": Approx.UNDER,
}
# Words that end in a qualifier but hedge nothing: 节约16元 is "saves 16 yuan", not "about 16";
# 发达 "developed", 附近 "nearby", 最近 "the most recent".
ZH_QUALIFIER_LOOKALIKES: Final[frozenset[str]] = frozenset(
    {
        "节约",
        "制约",
        "预约",
        "合约",
        "签约",
        "条约",
        "公约",
        "契约",
        "相约",
        "邀约",
        "特约",
        "违约",
        "履约",
        "婚约",
        "简约",
        "隐约",
        "表达",
        "传达",
        "发达",
        "到达",
        "抵达",
        "转达",
        "直达",
        "送达",
        "通达",
        "雷达",
        "附近",
        "邻近",
        "临近",
        "靠近",
        "亲近",
        "赶超",
        "最近",  # "the most recent": 最近10场比赛 is the last ten games
        # A record broken or a level fallen through is no floor passed: 打破3项纪录 "broke three
        # records", 跌破1美元兑7元 (a fall through a rate), 击破, 攻破.
        "打破",
        "跌破",
        "击破",
        "擊破",
        "攻破",
    }
)
# Qualifiers after a figure (and after its unit: 60％以上, 100万吨左右).
ZH_QUALIFIERS_AFTER: Final[dict[str, Approx]] = {
    "以上": Approx.OVER,
    "及以上": Approx.OVER,  # "and above": 7天及以上 is 7 days or more
    "之上": Approx.OVER,
    "有余": Approx.OVER,
    "出头": Approx.OVER,
    "出頭": Approx.OVER,
    "开外": Approx.OVER,  # "a little over": 三十开外 is thirty-odd
    "開外": Approx.OVER,
    "以下": Approx.UNDER,
    "及以下": Approx.UNDER,
    "之下": Approx.UNDER,
    "以内": Approx.UNDER,
    "左右": Approx.ABOUT,
    "上下": Approx.ABOUT,
    "前后": Approx.ABOUT,
}
# Qualifiers that hedge only a round figure written as a bare magnitude: 上万 "tens of thousands,
# upward of ten thousand", 过百 "over a hundred", 破亿. Before any other figure 上 and 过 are
# words of their own (上一年, 过去3年), so the patterns allow them only before 百 千 万 亿.
ZH_QUALIFIERS_ROUND: Final[dict[str, Approx]] = {
    "上": Approx.OVER,
    "过": Approx.OVER,
    "過": Approx.OVER,
    "破": Approx.OVER,
}
# Speech hedges a round figure a little short of it with 小 (小一万 "nearly 10,000", 小两万的车, 小一千的
# 耳机): only right before one digit and a bare 百, 千 or 万 that nothing follows, where 小 is no
# word of its own (小三, 小米10, 小5号).
ZH_QUALIFIERS_SHORT_OF_ROUND: Final[dict[str, Approx]] = {"小": Approx.NEARLY}
ZH_ROUNDS_HEDGED_SHORT: Final[frozenset[str]] = frozenset({"百", "千", "万", "萬"})
# Web and shop text glues a plus to a figure for "more than" (10万+, 月销1万+件, 999+): read as
# 以上 is, only where no digit, plus or Latin letter follows (1+1, 5+2 and C++ are no hedge).
ZH_QUALIFIERS_PLUS: Final[dict[str, Approx]] = {"+": Approx.OVER, "＋": Approx.OVER}
# Web and shop text glues a Latin letter to a figure for a scale word: w or W for 万 (1.2w, 3.5W人,
# 10w+), k or K for 千 (月薪8k, 3K元). Lower case is read wherever it ends a figure (watts are
# written W, resolutions K), unless a word of ZH_WEB_SCALE_NOT_NEXT follows (8k视频 is a
# resolution); a capital only before a currency, a measure word of a count, a plus or a word of
# ZH_WEB_SCALE_NEXT, so 65W快充 stays watts and 4K电视, 8K屏幕 stay resolutions. M is a million in
# fewer places still (ZH_WEB_SCALES_IN_NAMES: 1.2M播放, 10M+): 20M alone is a file's megabytes.
ZH_WEB_SCALES: Final[dict[str, int]] = {"w": 4, "W": 4, "k": 3, "K": 3, "M": 6}
ZH_WEB_SCALE_NEXT: Final[frozenset[str]] = frozenset(
    {"赞", "点赞", "粉", "粉丝", "阅读", "播放", "浏览", "评论", "转发", "收藏", "关注", "订阅"}
    # A language model's context and tokens: 128K上下文 is 128,000 tokens ("a 128K context").
    | {"上下文", "token", "tokens", "Token", "Tokens"}
)
# Capital scale letters that also end a model's name (卡-52M名为…): read before a plus or a word of
# ZH_WEB_SCALE_NEXT only, not before a measure word or a currency.
ZH_WEB_SCALES_IN_NAMES: Final[frozenset[str]] = frozenset({"M"})
# A capital scale letter is also read where it ends the figure of one of these words, written before
# it with a colon or up to three characters between (播放量1.2M, 粉丝数3.5K, 点赞数已达1.2M): the count
# of views or followers, not a size.
ZH_WEB_SCALE_COUNTED: Final[frozenset[str]] = frozenset(
    {"播放量", "播放", "粉丝", "粉丝数", "点赞", "点赞数", "阅读量", "浏览量", "订阅数", "关注数"}
)
ZH_WEB_SCALE_NOT_NEXT: Final[frozenset[str]] = frozenset(
    {"视频", "電視", "电视", "屏", "分辨率", "画质", "畫質", "高清", "超清", "显示", "顯示", "跑"}
)
ZH_QUALIFIERS: Final[dict[str, Approx]] = {
    **ZH_QUALIFIERS_BEFORE,
    **ZH_QUALIFIERS_AFTER,
    **ZH_QUALIFIERS_PLUS,
    **ZH_QUALIFIERS_ROUND,
    **ZH_QUALIFIERS_SHORT_OF_ROUND,
}
# Whole phrases that name an interval rather than a figure: 成千上万 "thousands upon thousands"
# runs from a thousand up to (not including) a hundred thousand; 数以万计 "counted in tens of
# thousands" from ten thousand to a hundred thousand. The ends follow the magnitudes the phrase
# names, as 几万 covers the tens of thousands.
ZH_VAGUE_PHRASES: Final[dict[str, tuple[Decimal, Decimal]]] = {
    "成百上千": (Decimal(100), Decimal(10000)),
    "成千上万": (Decimal(1000), Decimal(100000)),
    "成千成万": (Decimal(1000), Decimal(100000)),
    "千千万万": (Decimal(1000), Decimal(100000)),
    "成千上萬": (Decimal(1000), Decimal(100000)),
    "成千累万": (Decimal(1000), Decimal(100000)),
    "数以百计": (Decimal(100), Decimal(1000)),
    "数以千计": (Decimal(1000), Decimal(10000)),
    "数以万计": (Decimal(10000), Decimal(100000)),
    "数以十万计": (Decimal(100000), Decimal(1000000)),
    "数以百万计": (Decimal(1000000), Decimal(10000000)),
    "数以千万计": (Decimal(10000000), Decimal(100000000)),
    "数以亿计": (Decimal(100000000), Decimal(1000000000)),
    "數以萬計": (Decimal(10000), Decimal(100000)),
}

# Multipliers written as words: 翻一番 doubles, 翻两番 quadruples (two doublings).
ZH_MULTIPLIERS: Final[dict[str, Decimal]] = {
    "翻一番": Decimal(2),
    "翻了一番": Decimal(2),
    "翻番": Decimal(2),
    "翻一倍": Decimal(2),
    "翻了一倍": Decimal(2),
    "翻两番": Decimal(4),
    "翻了两番": Decimal(4),
    "翻三番": Decimal(8),
    "翻了三番": Decimal(8),
    # 减半 "halved" is a factor, as a change; 一半 "half of" is a share (ZH_SHARE_PHRASES).
    "减半": Decimal("0.5"),
    "減半": Decimal("0.5"),
}
# Shares of a whole, as English says them ("half of", "a third of"): kind percent, stated in
# wholes (units.txt: whole = 100 percent). 三成 (tenths) and 三分之一 (fractions) are read by
# their own patterns; these are the phrases with no numeral to parse.
ZH_SHARE_PHRASES: Final[dict[str, tuple[Decimal, Decimal]]] = {
    "一半": (Decimal("0.5"), Decimal("0.5")),
    "半数": (Decimal("0.5"), Decimal("0.5")),
}
ZH_SHARE_UNIT: Final[str] = "whole"
# 另一半 is a partner, not a half.
ZH_SHARE_NOT_AFTER: Final[frozenset[str]] = frozenset({"另"})
# A fraction, denominator first: 三分之一 is one third; 百分之 and 千分之 are percent and per mille.
ZH_FRACTION_MARKS: Final[frozenset[str]] = frozenset({"分之"})
# The convention for N倍 (why-comment for an ambiguous usage): 是去年的3倍 ("three times last
# year's") and 增长2倍 are both read as the factor the text states, N. Prescriptive usage takes
# 增长2倍 as "grew by 200%" (×3), but writers and translators use it both ways, and the
# translation restates the stated figure ("grew twofold", "increased by two times"); the claim
# records what the text says and leaves the reading of the verb to the reader.


# Spans of time: 15年 (years), 7个月, 30天. 年 alone after a four-digit number is a calendar year
# (the year rule has priority), after a smaller one a span. 月 and 日 alone name a month and a day
# of a date (7月, 29日), never a span: a span of months needs 个.
ZH_DURATION_UNITS: Final[dict[str, str]] = {
    "年": "year",
    "个年头": "year",
    # 载 is a year in written style (近90载, 十载寒窗); not where it is the verb "carry" (载人).
    "载": "year",
    "載": "year",
    "个月": "month",
    "天": "day",
    # Working days are counted as days, as "5 business days" and "5 working days" are.
    "个工作日": "day",
    "工作日": "day",
    "個工作日": "day",
    "个交易日": "day",  # trading days, as "30 trading days"
    "交易日": "day",
    "個交易日": "day",
    "周": "week",
    "个星期": "week",
    "星期": "week",
    "个季度": "quarter",
    "季度": "quarter",
    # 75周年 is the 75th anniversary: 75 years since (not 75 weeks, which 周 alone would read).
    "周年": "year",
    "週年": "year",
    "個月": "month",
    "個星期": "week",
    "個季度": "quarter",
    "週": "week",
    # Hours, minutes and seconds of a span (续航12小时, 30分钟, 90秒); 时 alone is a clock time
    # (14时), 分 alone a mark or a fen.
    "小时": "hour",
    "个小时": "hour",
    "小時": "hour",
    "個小時": "hour",
    "分钟": "minute",
    "分鐘": "minute",
    "秒钟": "second",
    "秒鐘": "second",
    "秒": "second",
    "毫秒": "millisecond",
}
# After a span unit, the characters that make it part of a word: 小时候 "childhood", 秒杀 "flash
# sale".
ZH_DURATION_NOT_BEFORE: Final[dict[str, str]] = {
    "小时": "候",
    "小時": "候",
    "秒": "杀殺",
    "载": "人客货物重",
    "載": "人客貨物重",
    # 周岁 is an age in full years (年满18周岁 = 18岁), not weeks.
    "周": "岁歲",
    "週": "岁歲",
}
# A number between a clock time's minute mark and this mark is the time's seconds (14时20分30秒),
# not a span of its own.
ZH_CLOCK_SECONDS: Final[dict[str, str]] = {"分": "秒"}
# A span counted with a classifier and "and more" between the classifier and its noun: 3个多月
# "over three months", 两个多星期. The unit is the noun after the mark.
ZH_DURATION_CLASSIFIERS: Final[frozenset[str]] = frozenset({"个", "個"})
ZH_CLASSIFIED_DURATIONS: Final[dict[str, str]] = {
    "月": "month",
    "星期": "week",
    "年头": "year",
    "季度": "quarter",
    "小时": "hour",
    "小時": "hour",
}

# A half in a span: 两年半 (2.5 years), 三个半月 (3.5 months), 半年 (half a year). Not after the
# characters that make 半年 a part of a year (上半年 "the first half") or a vague while (大半年).
ZH_HALVES: Final[frozenset[str]] = frozenset({"半"})
ZH_HALF_NOT_AFTER: Final[frozenset[str]] = frozenset(
    {"上", "下", "前", "后", "後", "大", "多", "小", "一", "过", "過"}
)
# Meal and bed times of a dose (饭前半小时, 餐后半小时, 睡前半小时): their 前 and 后 say when, not which
# half, so 半 after them opens a span ("half an hour before meals").
ZH_DOSE_TIME_WORDS: Final[frozenset[str]] = frozenset(
    {"饭前", "饭后", "飯前", "飯後", "餐前", "餐后", "餐後", "睡前"}
)
# Before a span: 头7个月 and 前三季度 are "the first seven months/three quarters".
ZH_SPAN_BEFORE: Final[frozenset[str]] = frozenset({"头", "前", "近", "最近", "过去"})
# After a span: 15年之久, 7年间, 10年来 add no figure.
ZH_SPAN_AFTER: Final[frozenset[str]] = frozenset({"之久", "间", "来", "中", "里", "内"})
# Before the 内 of a span these leave it a span (30天以内 and 48小时之内 are "within 30 days", as
# 30天内 is: no ceiling on either side; 100人以内 stays "up to 100").
ZH_SPAN_WITHIN_OPENERS: Final[frozenset[str]] = frozenset({"以", "之"})
# Parts of a month that an English translation renders as "the end of July", "early July".
ZH_MONTH_PARTS: Final[frozenset[str]] = frozenset(
    {"末", "底", "初", "中旬", "上旬", "下旬", "中", "份"}
)
# A year followed by one of these is a decade (80年代), a label, not a calendar year.
ZH_NOT_YEAR_AFTER: Final[frozenset[str]] = frozenset({"代", "级", "級", "版", "号", "號"})
# A decade: 80年代 and 八十年代 are the 1980s (a two-digit decade is of the twentieth century, as
# the press uses it; 00年代 and 10年代 are left unread rather than guessed).
ZH_DECADE_MARKS: Final[frozenset[str]] = frozenset({"年代"})
# A decade that names its century first: 19世纪40年代 is the 1840s, 二十世纪八十年代 the 1980s
# (the Nth century holds the years (N − 1) × 100 to N × 100 − 1).
ZH_CENTURY_OF_DECADE_MARKS: Final[frozenset[str]] = frozenset({"世纪", "世紀"})
# A generation named by its decade of birth: 90后 are those born in the 1990s (50后 … 90后; 00后
# and 10后 are left unread, as for 年代).
ZH_GENERATION_MARKS: Final[frozenset[str]] = frozenset({"后", "後"})
# 第 makes the figure after it an ordinal (第3名, 第十五届, 第3版): the text states a rank or a
# label, no figure.
ZH_ORDINAL_MARKS: Final[frozenset[str]] = frozenset({"第"})
# Words that label a code, not a figure: the digits after them (a phone number, a postcode) are
# never claims.
ZH_CODE_LABELS: Final[frozenset[str]] = frozenset(
    {
        "电话",
        "電話",
        "传真",
        "傳真",
        "手机",
        "手機",
        "热线",
        "熱線",
        "邮编",
        "郵編",
        "邮政编码",
        "编号",
        "編號",
        "代码",
        "代碼",
        "账号",
        "帳號",
        "证号",
        "證號",
        "车牌",
        "車牌",
        "股票代码",
    }
)
# After a bare figure, words that make it a label or a clock time rather than a figure: 10时30分
# (a time), 3号 (a date or a house number), 3年级 (a school grade), 2号线 (a metro line).
ZH_LABEL_AFTER: Final[frozenset[str]] = frozenset(
    {"时", "時", "号", "號", "年级", "年級", "号线", "號線", "路", "楼", "樓", "室"}
)
# A clock time's minutes follow its hour mark (10时30分).
ZH_CLOCK_MARKS: Final[frozenset[str]] = frozenset({"时", "時"})
# Separators of a list of figures that states its unit once, after the last: 分别为3亿、5亿美元.
# The Chinese comma joins the items of such a list too (3，5个), where it cannot be a thousands
# separator (that takes groups of three digits: 20，300).
ZH_LIST_SEPARATORS: Final[frozenset[str]] = frozenset({"、", ",", "和", "与", "與", "及", "或"})

# Thousands are separated by commas, or (in web text, as in some house styles) by spaces: 3 000吨.
# Indian grouping (12,34,567, 1,20,000), as a figure copied from an Indian source is written, is
# read as its digits.
_DIGIT_RUN: Final[str] = (
    r"(?:\d{1,3}(?:,\d{3})++(?:\.\d++)?+|\d{1,3}(?:\ \d{3}(?![0-9]))++(?:\.\d++)?+"
    r"|\d{1,2}(?:,\d{2}(?=,))++,\d{3}(?![0-9])(?:\.\d++)?+"
    r"|\d{1,15}+(?:\.\d{1,15}+)?+)"
)
_NUMERAL_CHARS: Final[str] = "".join(
    sorted({*ZH_NUMERALS.words} - {*ZH_OVER_MARKS, *ZH_POINTS, *ZH_FUSED_COUNTS})
)
_COMMON_NUMERAL_CHARS: Final[str] = "".join(
    sorted({*ZH_DIGITS, *ZH_SMALL_UNITS, *ZH_MAGNITUDES, *ZH_VAGUE_DIGITS, *ZH_CONTRACTED_TENS})
)
_FORMAL_CHARS: Final[str] = "".join(sorted({*ZH_FORMAL_DIGITS, *ZH_FORMAL_UNITS}))
_HAN_DIGIT_CHARS: Final[str] = "".join(sorted({*ZH_DIGITS, *ZH_FORMAL_DIGITS}))
_MAGNITUDE_CHARS: Final[str] = "".join(sorted(ZH_MAGNITUDES))
_OVER_CHARS: Final[str] = "".join(sorted(ZH_OVER_MARKS))
_POINT_CHARS: Final[str] = "".join(sorted(ZH_POINTS))
# Unit characters that may stand alone for a round figure (百, 千万, 亿) — but not 十, because
# 十个 and 十年 are plain "ten"; alone and unhedged they are words far too often (百姓 aside,
# 百年老店, 千人计划, 万人空巷), so they state a figure only with a qualifier (近百, 上万) or an
# "and more" mark (百余家).
_BARE_CHARS: Final[str] = "".join(
    sorted({*(s for s, e in ZH_SMALL_UNITS.items() if e >= 2), *ZH_MAGNITUDES})
)
# The digits a decade is written with (三十 … 九十年代).
_DECADE_DIGITS: Final[str] = "".join(sorted(s for s, v in ZH_DIGITS.items() if 3 <= v <= 9))
_TENS_CHARS: Final[str] = "".join(
    sorted({*(s for s, e in ZH_SMALL_UNITS.items() if e == 1), *ZH_CONTRACTED_TENS})
)
_UNIT_DIGITS: Final[str] = "".join(sorted(s for s, v in ZH_DIGITS.items() if 1 <= v <= 9))

# One number: digits, Chinese numerals or a mix (3422.7万, 3万4000, 二百余万, 1,100.9亿), with 余/多
# allowed after a unit character or at the end. Bounded so that 万万万… cannot run away.
# Unit surfaces that begin with a numeral character (千克, 千瓦, 千米, 百分点): a numeral stops
# before them, so 五千米 is five kilometres, 25万千瓦 is 25万 kilowatts, 5百分点 five points.
_UNIT_HEADS: Final[str] = alternation(
    s
    for s in {*ZH_UNITS, *ZH_MEASURE_WORDS, *ZH_DURATION_UNITS}
    if len(s) > 1 and s[0] in _NUMERAL_CHARS
)
# One numeral character: a 大写 form only next to another numeral character, a Han digit not
# right after an ASCII digit (3五 is no number; 3万 and 25万6千 are).
_NUM_CHAR: Final[str] = rf"""
    (?!{_UNIT_HEADS})
    (?:[{_COMMON_NUMERAL_CHARS}]
      |[{_FORMAL_CHARS}](?:(?<=[{_NUMERAL_CHARS}].)|(?=[{_NUMERAL_CHARS}])))
    (?<![0-9][{_HAN_DIGIT_CHARS}])
"""
# A digit run inside a numeral, not right after a Han digit (三5 is no number; 3万4000 is).
# A placeholder zero may: 3千零7 is 3007, 5千零20万 50,200,000.
_ZERO_CHARS: Final[str] = "".join(sorted(s for s, v in ZH_DIGITS.items() if v == 0))
_NUM_DIGITS: Final[str] = rf"(?<![{_HAN_DIGIT_CHARS}--[{_ZERO_CHARS}]]){_DIGIT_RUN}"
_NUM: Final[str] = rf"""
    (?:{_DIGIT_RUN}|{_NUM_CHAR})                        # a digit run or a numeral character
    (?:{_NUM_DIGITS}|{_NUM_CHAR}|[{_OVER_CHARS}](?![0-9{_HAN_DIGIT_CHARS}])   # 多 before a magnitude
      |[{_POINT_CHARS}](?=[{_NUMERAL_CHARS}])){{0,24}}+    # (三千多万), not a digit: 一百多一斤
"""

# A qualifier before a figure, unless it ends a word that hedges nothing (节约, 发达).
_NOT_A_QUALIFIER: Final[str] = "|".join(
    rf"(?<={regex.escape(word[: -len(q)])}){regex.escape(q)}"
    for word in sorted(ZH_QUALIFIER_LOOKALIKES)
    for q in [max((q for q in ZH_QUALIFIERS_BEFORE if word.endswith(q)), key=len, default="")]
    if q
)
# The first characters of the qualifiers, looked at before the lookalikes: at a figure's start,
# where no qualifier is written, the engine then tries none of their lookbehinds.
_Q_FIRST: Final[str] = "".join(sorted({regex.escape(q[0]) for q in ZH_QUALIFIERS_BEFORE}))
_Q_BEFORE: Final[str] = (
    rf"(?:(?=[{_Q_FIRST}])(?!{_NOT_A_QUALIFIER}){alternation(ZH_QUALIFIERS_BEFORE)})"
)
_Q_ROUND: Final[str] = alternation(ZH_QUALIFIERS_ROUND)
# The plus of web text (10万+): not before a digit, another plus or a Latin letter (1+1, C++).
_PLUS: Final[str] = rf"(?:{alternation(ZH_QUALIFIERS_PLUS)}(?![0-9０-９+＋=a-zA-Z]))"
_Q_AFTER: Final[str] = rf"(?:{alternation(ZH_QUALIFIERS_AFTER)}|{_PLUS})"
_CURRENCY: Final[str] = alternation(ZH_CURRENCIES)
_CURRENCY_PREFIX: Final[str] = alternation(ZH_CURRENCY_PREFIXES)
_FOREIGN_PREFIX: Final[str] = alternation(ZH_FOREIGN_PREFIXES)
_FOREIGN_YUAN: Final[str] = alternation(ZH_FOREIGN_YUAN)
_YUAN_WORD: Final[str] = alternation(ZH_YUAN_WORD_TAILS)
_MASS: Final[str] = alternation(ZH_MASS_UNITS)
_PERCENT: Final[str] = alternation(ZH_PERCENT_UNITS)
_PERCENT_PREFIX: Final[str] = alternation(ZH_PERCENT_PREFIXES)
_TENTHS: Final[str] = alternation(ZH_TENTHS_UNITS)
_TENTHS_NOT: Final[str] = "".join(sorted(ZH_TENTHS_NOT_BEFORE))
# The tiers of university admission (一本线 "the first-tier cut-off", 二本院校 "second-tier
# colleges", 三本批次): 本 before these words names the tier, no measure word of books (两本书).
ZH_ADMISSION_TIER_MARKS: Final[frozenset[str]] = frozenset({"本"})
ZH_ADMISSION_TIER_WORDS: Final[frozenset[str]] = frozenset(
    {"线", "線", "院校", "批次", "分数线", "分數線", "录取线", "錄取線"}
)
# Words that open with a measure word's character and count nothing, as product text writes them
# right after a model's number (骁龙8 Gen 3处理器, iPhone 15支持, Arm v9架构): the number is no count.
ZH_WORDS_OPENING_WITH_A_MEASURE_WORD: Final[frozenset[str]] = frozenset(
    {"处理", "支持", "架构", "部署", "批准", "条件"}
)
# A buyer's second home in housing and loan policy (二套房, 二套住房 "second homes", 二套 alone in a
# table of mortgage rates): 二 before 套, after no other numeral, is the order, as two homes are
# 两套 (十二套 and 2套 still count).
ZH_SECOND_HOME_MEASURES: Final[frozenset[str]] = frozenset({"二套"})
_SECOND_HOME: Final[str] = "".join(
    rf"(?!(?<=(?<![0-9{_NUMERAL_CHARS}]){regex.escape(w[:-1])}){regex.escape(w[-1])})"
    for w in sorted(ZH_SECOND_HOME_MEASURES)
)
_MEASURE: Final[str] = (
    rf"(?:{_SECOND_HOME}(?!{alternation(ZH_ADMISSION_TIER_MARKS)}{alternation(ZH_ADMISSION_TIER_WORDS)})"
    rf"(?!{alternation(ZH_WORDS_OPENING_WITH_A_MEASURE_WORD)}){alternation(ZH_MEASURE_WORDS)}"
    rf"|{alternation(ZH_LAYOUT_ROOM_WORDS)}(?=[0-9{_HAN_DIGIT_CHARS}]))"
)
_OVER_NEXT: Final[str] = "".join(sorted(ZH_OVER_AFTER_UNIT_NEXT))
# 多 after a unit (ZH_OVER_AFTER_UNIT_NEXT): read into the group `over`.
_OVER_AFTER_UNIT: Final[str] = rf"""
    (?:(?P<over>{alternation(ZH_OVER_MARKS)})
       (?=[{_OVER_NEXT}]|[\p{{P}}\s]|$))?+
"""
_MULTIPLIER: Final[str] = alternation(ZH_MULTIPLIERS)
_DURATION: Final[str] = alternation(ZH_DURATION_UNITS)
_DURATION_CLASSIFIER: Final[str] = alternation(ZH_DURATION_CLASSIFIERS)
_CLASSIFIED_DURATION: Final[str] = alternation(ZH_CLASSIFIED_DURATIONS)
_CLOCK_SECONDS_NOT: Final[str] = "|".join(
    rf"(?<={minute})[0-9{_NUMERAL_CHARS}]++{second}" for minute, second in ZH_CLOCK_SECONDS.items()
)
_DURATION_WORD_NOT: Final[str] = "|".join(
    rf"(?<={unit})[{after}]" for unit, after in ZH_DURATION_NOT_BEFORE.items()
)
_SPAN_BEFORE: Final[str] = alternation(ZH_SPAN_BEFORE)
_SPAN_AFTER: Final[str] = alternation(ZH_SPAN_AFTER)
_SPAN_WITHIN: Final[str] = rf"(?:[{''.join(sorted(ZH_SPAN_WITHIN_OPENERS))}](?=内))?+"
_MONTH_PART: Final[str] = alternation(ZH_MONTH_PARTS)
_NOT_YEAR: Final[str] = "".join(sorted(ZH_NOT_YEAR_AFTER))
_DECADE: Final[str] = alternation(ZH_DECADE_MARKS)
_ORDINAL: Final[str] = alternation(ZH_ORDINAL_MARKS)
_CODE_LABEL: Final[str] = alternation(ZH_CODE_LABELS)
_NEGATIVE: Final[str] = alternation(ZH_NEGATIVE_SIGNS)
_LIST_SEP: Final[str] = alternation(ZH_LIST_SEPARATORS)
# The scales of marks (百分制 "a 100-point scale", 五分制 "a five-point scale"): one figure each,
# read as the phrases above are.
ZH_MARK_SCALE_PHRASES: Final[dict[str, tuple[Decimal, Decimal]]] = {
    "百分制": (Decimal(100), Decimal(100)),
    "十分制": (Decimal(10), Decimal(10)),
    "五分制": (Decimal(5), Decimal(5)),
}
_VAGUE_PHRASE: Final[str] = alternation({**ZH_VAGUE_PHRASES, **ZH_MARK_SCALE_PHRASES})
_HALF: Final[str] = alternation(ZH_HALVES)
_HALF_NOT_AFTER: Final[str] = "".join(sorted(ZH_HALF_NOT_AFTER))
_LABEL_AFTER: Final[str] = alternation(ZH_LABEL_AFTER)
_CLOCK: Final[str] = "".join(sorted(ZH_CLOCK_MARKS))

# A figure must not continue a longer run of digits or Latin letters (an ID, a phone number, a
# code), follow 第 (an ordinal: 第3名, 第二十九届, 第3、5名) or a code label (电话：010-6536…).
# A recipe's measure after a fraction with a slash (1/2杯, 1/4茶匙): an amount of a cup or a spoon, not a
# share, as English reads no share in "1/2 cup": neither the fraction nor its denominator is read
# (ZH_LOCAL_FRACTION_SLASH_RE, _EDGE_BEFORE).
ZH_KITCHEN_MEASURES_AFTER_FRACTION: Final[frozenset[str]] = frozenset(
    {"杯", "茶匙", "汤匙", "湯匙", "勺", "小勺", "大勺", "小匙", "大匙"}
)
# Han characters before a figure are the normal case (近１亿, 中断15年).
_EDGE_BEFORE: Final[str] = rf"""
    (?<![0-9A-Za-z.])                                      # not inside a code or a longer number
    (?<!(?<![0-9.])1/)                                     # not a sensor's format: 1/1.3英寸
    (?!(?<=(?<![0-9.])[1-9]/)(?:10|[2-9]){alternation(ZH_KITCHEN_MEASURES_AFTER_FRACTION)})  # 3/4杯
    (?<!{_ORDINAL}[0-9{_NUMERAL_CHARS}、\s]{{0,12}})        # not an ordinal
    (?<!{_CODE_LABEL}[:\s]{{0,3}}[-0-9\s()]{{0,30}})        # not a phone number or postcode
"""
_EDGE_AFTER: Final[str] = r"(?![\d.])"
# A qualifier before the figure; 上 and 过 only before a bare round figure (上万, 过百).
_PRE: Final[str] = rf"""
    (?P<pre>{_Q_BEFORE}|{_Q_ROUND}(?=[{_BARE_CHARS}])      # 近, 约, 超过, 上(万)
      |{alternation(ZH_QUALIFIERS_SHORT_OF_ROUND)}          # 小(一万)
       (?=[{_UNIT_DIGITS}][{"".join(sorted(ZH_ROUNDS_HEDGED_SHORT))}](?![0-9{_NUMERAL_CHARS}])))?+
"""
# A minus sign, unless it joins two figures (5-6%, 010-6536).
_NEG: Final[str] = rf"""
    (?:(?<![0-9%.])(?P<neg>{_NEGATIVE}))?+                  # 负3%, -3%
"""
# A sign written as a word (负, 零下), for a bare figure, where "-" joins a name and a number.
_NEG_WORD: Final[str] = rf"""
    (?P<neg>{alternation(s for s in ZH_NEGATIVE_SIGNS if not s.isascii())})?+
"""
# A bare round figure (百, 千万) needs a qualifier or an "and more" mark to be a figure.
_BARE: Final[str] = rf"""
    (?(pre)|(?![{_BARE_CHARS}]{{1,3}}+(?![0-9{_NUMERAL_CHARS}{_OVER_CHARS}{_POINT_CHARS}])))
"""

_FLAGS: Final[int] = regex.VERBOSE | regex.V1
# The second end of a range: 3～5万吨, 5%-6%, 3至5倍. The first end borrows the magnitude of the second.
_RANGE: Final[str] = rf"""
    %?+(?P<sep>[-~至到])(?P<num2>{_NUM})        # ～5万, -6, 至5
"""


def _single_and_range(source: str) -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """A pattern for a single figure and one for a range, from one source with `{range}`."""
    return (
        compiled.pattern(source.replace("{range}", ""), _FLAGS),
        compiled.pattern(source.replace("{range}", _RANGE), _FLAGS),
    )


def _list_item(unit: str) -> regex.Pattern[str]:
    """A figure of a list whose unit is stated once, after the last figure (3亿、5亿美元).

    The claim is the figure alone; the unit and the last figure are read from a lookahead.
    """
    return compiled.pattern(
        rf"""
        {_PRE}{_NEG}{_EDGE_BEFORE}{_BARE}
        (?P<num>(?>{_NUM}))                               # 3亿: the figure, atomic (not 1 of 1,200)
        (?=(?:{_LIST_SEP}(?:(?<!,){_Q_BEFORE})?+          # 、 , 和: the next item (a
                                                          # qualifier not after a comma)
             (?P<shared>(?>{_NUM}))){{1,8}}+              # 5亿: the last item
           {unit})                                        # 美元: the unit of the whole list
        """,
        _FLAGS,
    )


_MONEY_SRC: Final[str] = rf"""
    {_PRE}
    (?P<unitpre>{_CURRENCY_PREFIX})?+           # 人民币100亿元, $30
    {_NEG}{_EDGE_BEFORE}{_BARE}                 # -5亿美元; not 第3, not a lone 百
    (?P<num>{_NUM})                             # 12, ７．６, 3422.7万, 二百余万
    {{range}}                                   # 3～5亿美元 (the range rule only)
    (?P<unit>{_CURRENCY})                       # 美元, 瑞士法郎, 元
    (?!(?<=元){_YUAN_WORD})                     # not 一元化, 二元结构
    (?P<post>{_Q_AFTER})?+                      # 左右, 以上
    """
ZH_MONEY_RE, ZH_MONEY_RANGE_RE = _single_and_range(_MONEY_SRC)
ZH_MONEY_LIST_RE: Final[regex.Pattern[str]] = _list_item(rf"(?P<unit>{_CURRENCY})")
ZH_MONEY_FOREIGN_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    {_PRE}
    (?P<unit>{_FOREIGN_PREFIX})                 # 港币, 美元 before the figure
    {_BARE}(?P<num>{_NUM})                      # 1000, 壹仟
    {_FOREIGN_YUAN}?+{_EDGE_AFTER}              # 元: the yuan of that currency
    (?P<post>{_Q_AFTER})?+                      # 左右
    """,
    _FLAGS,
)
ZH_MONEY_PREFIX_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    {_PRE}
    (?P<unitpre>{_CURRENCY_PREFIX})\ ?+         # 人民币 / ￥ before the figure, no unit after
    {_BARE}(?P<num>{_NUM}){_EDGE_AFTER}         # 5000万, ￥ 1,299
    (?P<post>{_Q_AFTER})?+                      # 左右
    """,
    _FLAGS,
)
_MASS_SRC: Final[str] = rf"""
    {_PRE}{_NEG}{_EDGE_BEFORE}{_BARE}           # 近, 上(万)
    (?P<num>{_NUM})                             # 10万, ７．６万
    {{range}}                                   # 3～5万吨 (the range rule only)
    (?P<unit>{_MASS})                           # 吨, 公斤
    (?P<post>{_Q_AFTER})?+                      # 左右
    """
ZH_MASS_RE, ZH_MASS_RANGE_RE = _single_and_range(_MASS_SRC)
ZH_MASS_LIST_RE: Final[regex.Pattern[str]] = _list_item(rf"(?P<unit>{_MASS})")
_PERCENT_SRC: Final[str] = rf"""
    {_PRE}{_NEG}{_EDGE_BEFORE}{_BARE}           # 近, 不到, 负
    (?P<num>{_NUM})                             # 11.6, 七十
    {{range}}                                   # 5%-6%, 5至6% (the range rule only)
    (?P<unit>{_PERCENT})                        # %, 个百分点
    (?!(?<=[A-Za-z])[A-Za-z])                   # a Latin unit ends its word: not 25bpa
    (?P<post>{_Q_AFTER})?+                      # 以上
    """
ZH_PERCENT_RE, ZH_PERCENT_RANGE_RE = _single_and_range(_PERCENT_SRC)
ZH_PERCENT_LIST_RE: Final[regex.Pattern[str]] = _list_item(rf"(?P<unit>{_PERCENT})")
ZH_PERCENT_PREFIX_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    {_PRE}{_NEG}                                # 约, 负
    (?P<unitpre>{_PERCENT_PREFIX})              # 百分之, 千分之
    (?P<num>{_NUM})                             # 十五, 零点五
    (?P<post>{_Q_AFTER})?+                      # 左右
    """,
    _FLAGS,
)
# Its range, the second end written with or without the prefix (百分之十到十五, 百分之十至百分之十五).
ZH_PERCENT_PREFIX_RANGE_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    {_PRE}{_NEG}
    (?P<unitpre>{_PERCENT_PREFIX})(?P<num>{_NUM})
    \ ?+(?P<sep>{alternation(ZH_RANGE_SEPARATORS)})\ ?+
    (?:{_PERCENT_PREFIX})?+(?P<num2>{_NUM})
    (?P<post>{_Q_AFTER})?+
    """,
    _FLAGS,
)
ZH_FRACTION_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    {_PRE}{_EDGE_BEFORE}                        # 近, 约
    (?P<den>{_NUM})                             # 三, 十
    {alternation(ZH_FRACTION_MARKS)}            # 分之
    (?P<num>{_NUM})                             # 一, 二
    (?P<post>{_Q_AFTER})?+                      # 以上
    """,
    _FLAGS,
)
ZH_SHARE_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    {_PRE}                                      # 超过, 近
    (?<![{"".join(sorted(ZH_SHARE_NOT_AFTER))}])  # not 另一半
    (?P<vague>{alternation(ZH_SHARE_PHRASES)})  # 一半, 半数
    (?P<post>{_Q_AFTER})?+                      # 以上
    """,
    _FLAGS,
)
ZH_TENTHS_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    {_PRE}{_EDGE_BEFORE}                        # 近, 超过
    (?<![{_NUMERAL_CHARS}])                     # not 三五成群
    (?P<num>10|[1-9]|[{_UNIT_DIGITS}]{{2}}(?={_TENTHS})   # 七八 (成): "70 to 80 percent"
      |[{_UNIT_DIGITS}{_TENS_CHARS}])           # 三, 两, 十, 3
    (?P<unit>{_TENTHS})                         # 成
    (?![{_TENTHS_NOT}])                         # not 一成不变, 成为, 成员
    {_OVER_AFTER_UNIT}                          # 三成多
    (?P<post>{_Q_AFTER})?+                      # 以上
    """,
    _FLAGS,
)
ZH_MULTIPLIER_WORD_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    (?P<mult>{_MULTIPLIER})                     # 翻一番, 翻两番, 减半
    """,
    _FLAGS,
)
_MULTIPLIER_SRC: Final[str] = rf"""
    {_PRE}{_EDGE_BEFORE}{_BARE}                 # 近
    (?P<num>{_NUM})                             # 3, 两
    {{range}}                                   # 3至5倍 (the range rule only)
    倍(?P<over>[{_OVER_CHARS}](?![于於]))?+      # times; 两倍多 "over twofold", not 多于
    (?P<post>{_Q_AFTER})?+                      # 以上
    """
ZH_MULTIPLIER_RE, ZH_MULTIPLIER_RANGE_RE = _single_and_range(_MULTIPLIER_SRC)
# A multiplier stated against its base, after the 的 of 是…的 (是去年的3倍 "three times last
# year's", 是原来的1.5倍, 的两倍多): a factor of one reading, which no growth restates (增长了2倍
# may be "tripled" or "doubled", 是…的3倍 only "three times").
ZH_TIMES_AS_MUCH_BEFORE: Final[frozenset[str]] = frozenset({"的"})
ZH_LOCAL_TIMES_AS_MUCH_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"(?<={alternation(ZH_TIMES_AS_MUCH_BEFORE)}){_MULTIPLIER_SRC.replace('{range}', '')}",
    _FLAGS,
)
_MONTH: Final[str] = rf"(?:1[0-2]|0?[1-9]|{_TENS_CHARS[0]}[一二]?|[{_UNIT_DIGITS}])"
ZH_DATE_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    {_EDGE_BEFORE}
    (?:(?P<year>\d{{4}}|[〇零一二三四五六七八九]{{4}})年)?+   # 1989年, 一九八九年
    (?P<month>{_MONTH})                                       # 8, 八
    (?:月|(?=[-~至到、,和]{_MONTH}月))                        # 8月; 1 of 1至7月, 1-7月
    (?:(?P<day>3[01]|[12]\d|0?[1-9]                           # 29日
       |[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])  # 二十九日
       [日号])?+
    (?P<part>{_MONTH_PART})?+                                # 末, 初, 中旬
    """,
    _FLAGS,
)
# A stated ordinal: 第4版 ("4th Edition"), 第14个五年计划 ("the 14th Five-Year Plan"). It is a
# claim of its own kind of figure: it pairs only with an ordinal of the translation, and one left
# over is no omission (a rank is often rendered without its number: 第一次 "for the first time").
# 第一 and 第二 in words are "first"/"second", which the English side does not read either.
ZH_ORDINAL_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    {_ORDINAL}                                    # 第
    (?![一二两](?![{_NUMERAL_CHARS}]))            # not 第一/第二: "first", "the next"
    (?P<num>[0-9]{{1,4}}+(?![0-9.])|[{_NUMERAL_CHARS}]{{1,12}}+)  # 4, 十四, 一千一百六十五
    """,
    _FLAGS,
)
# A day of the month alone: news writes 26日 for "on the 26th" (datelines, 25日12时起). Not a span
# of days: 7日内, 14日隔离, 近7日 and 7日年化 count days, as 之内/以来/隔离/年化 after it or 近/头/每
# before it say.
ZH_DAY_SPAN_BEFORE: Final[frozenset[str]] = frozenset(
    {"近", "头", "前", "每", "过去", "第", "连续"}
)
ZH_DAY_SPAN_AFTER: Final[frozenset[str]] = frozenset(
    {
        "内",
        "以内",
        "之内",
        "来",
        "以来",
        "后",
        "之后",
        "以后",
        "前",
        "之前",
        "以前",
        "间",
        "之间",
        "隔离",
        "年化",
        "均",
        "平均",
        "游",
        "左右",
        "上下",
        "多",
        "余",
    }
)
# Words that begin with an ending but follow a dateline's day (25日内蒙古, 3日内地): no span.
ZH_DAY_SPAN_ENDINGS_NOT: Final[frozenset[str]] = frozenset(
    {
        "内蒙",
        "內蒙",
        "内地",
        "內地",
        "内阁",
        "內閣",
        "内政",
        "內政",
        "内部",
        "內部",
        "来自",
        "來自",
        "来到",
        "來到",
        "来华",
        "來華",
        "游客",
        "遊客",
    }
)
# After a day of the month these hedge the date, not a span (28日前后, 28日左右 "around the 28th"):
# the day is read (the hedge of a date is not compared). Spans of days are written with 天.
ZH_DAY_HEDGES: Final[frozenset[str]] = frozenset({"前后", "前後", "左右", "上下"})
# A day of the month in numeral characters, 10 to 31 (十八日, 二十六日, 廿六日, 卅一日); a day
# below ten (五日) is left to the span rules, as it is a span as often as a day.
_DIGIT_CHARS_OF: Final[dict[int, str]] = {
    v: "".join(sorted(s for s, d in ZH_DIGITS.items() if d == v)) for v in (1, 2, 3)
}
_CONTRACTED_OF: Final[dict[int, str]] = {
    v: "".join(sorted(s for s, d in ZH_CONTRACTED_TENS.items() if d == v)) for v in (2, 3)
}
_TEN_CHAR: Final[str] = "".join(sorted(s for s, e in ZH_SMALL_UNITS.items() if e == 1))
_HAN_DAY: Final[str] = rf"""(?:
    (?:(?<![{_HAN_DIGIT_CHARS}])[{_DIGIT_CHARS_OF[2]}]?+[{_TEN_CHAR}]|[{_CONTRACTED_OF[2]}])
    [{_UNIT_DIGITS}]?+                                             # 十八, 二十六, 廿六
  |(?:(?<![{_HAN_DIGIT_CHARS}])[{_DIGIT_CHARS_OF[3]}][{_TEN_CHAR}]|[{_CONTRACTED_OF[3]}])
    [{_DIGIT_CHARS_OF[1]}]?+)                                      # 三十, 卅一
"""
ZH_DAY_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    (?<![0-9A-Za-z.月])                          # not inside a longer figure, not 7月26日 (zh.date)
    (?<!{alternation(ZH_DAY_SPAN_BEFORE)})       # not 近7日, 每7日
    (?P<day>3[01]|[12][0-9]|0?[1-9]|{_HAN_DAY})日  # 26日, 二十六日, 廿六日
    (?:(?={alternation(ZH_DAY_HEDGES)})          # 28日前后
      |(?={alternation(ZH_DAY_SPAN_ENDINGS_NOT)})  # 25日内蒙古, 3日来到
      |(?!{alternation(ZH_DAY_SPAN_AFTER)}))     # not 7日内, 14日隔离
    """,
    _FLAGS,
)
# A span of days written with 日, as law, notices and formal news write it: after a word that
# counts days (近7日, 连续3日, 每7日) or a verb of a stay (拘留15日, 为期3日), or before a word that
# ends a span (30日内, 7日以来, 14日隔离, 7日游): a duration in days, as "30 days" is.
ZH_DAY_SPAN_VERBS: Final[frozenset[str]] = frozenset(
    {
        "拘留",
        "羁押",
        "羈押",
        "驻留",
        "駐留",
        "停留",
        "休假",
        "停牌",
        "为期",
        "為期",
        "历时",
        "歷時",
        "持续",
        "持續",
        "連續",
        # Statutes extend and postpone by days: 经批准可以延长十日, 顺延三日.
        "延长",
        "延長",
        "顺延",
        "順延",
    }
)
ZH_DAY_SPAN_ENDINGS: Final[frozenset[str]] = frozenset(
    {
        "内",
        "內",
        "以内",
        "以內",
        "之内",
        "之內",
        "来",
        "以来",
        "以來",
        "隔离",
        "隔離",
        "年化",
        "游",
        "遊",
    }
)
_DAY_SPAN_NUM: Final[str] = rf"(?:[0-9]{{1,3}}+|[{_HAN_DIGIT_CHARS}十百]{{1,4}}+)"
ZH_LOCAL_DAY_SPAN_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    (?:(?<=(?:{alternation((ZH_DAY_SPAN_BEFORE - {"第", "前"}) | ZH_DAY_SPAN_VERBS)}))
      |(?<![0-9A-Za-z.月第{_NUMERAL_CHARS}])
       (?={_DAY_SPAN_NUM}日(?!{alternation(ZH_DAY_SPAN_ENDINGS_NOT)}){alternation(ZH_DAY_SPAN_ENDINGS)}))
    (?P<num>{_DAY_SPAN_NUM})日                                   # 15日
    (?![0-9{_NUMERAL_CHARS}])
    """,
    _FLAGS,
)
# An ISO date, as datelines and metadata write it.
ZH_ISO_DATE_RE: Final[regex.Pattern[str]] = compiled.pattern(
    r"""
    (?<![0-9])(?P<year>1\d{3}|20\d{2})-(?P<month>1[0-2]|0[1-9])-(?P<day>3[01]|[12]\d|0[1-9])(?![0-9])  # 1989-08-29
    """,
    _FLAGS,
)
ZH_YEAR_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    {_EDGE_BEFORE}
    (?P<year>1\d{{3}}|20\d{{2}}|[一二][〇零一二三四五六七八九]{{3}})  # 1988, 一九八八
    (?:年(?![{_NOT_YEAR}])                                            # not 80年代
      |(?=[-~至到](?:1\d{{3}}|20\d{{2}})年))                          # 2016 of 2016-2020年
    """,
    _FLAGS,
)
ZH_DECADE_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    {_EDGE_BEFORE}(?<![{_NUMERAL_CHARS}])
    (?:(?P<year>(?:1\d|20)\d0|[3-9]0|[{_DECADE_DIGITS}][{_TENS_CHARS}])  # 1980, 80, 八十
       (?P<decade>{_DECADE})                                             # 年代
     |(?P<century>1\d|2[01]|[{_UNIT_DIGITS}]?+[{_TENS_CHARS}][{_UNIT_DIGITS}]?+)  # 19世纪, 二十世纪
       {alternation(ZH_CENTURY_OF_DECADE_MARKS)}
       (?P<year>[1-9]0|[{_UNIT_DIGITS}][{_TENS_CHARS}])(?P<decade>{_DECADE})  # 40年代, 八十年代
     |(?P<year>[5-9]0)(?P<decade>{alternation(ZH_GENERATION_MARKS)}))   # 90后
    """,
    _FLAGS,
)
ZH_DURATION_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    (?!(?<=[{"".join(sorted(w[0] for w in ZH_DOSE_TIME_WORDS))}])[{"".join(sorted(w[1:] for w in ZH_DOSE_TIME_WORDS))}])
                                                # not the 前 of 饭前 as 头7个月's 前
    (?P<pre>{_SPAN_BEFORE}|{_Q_BEFORE}|{_Q_ROUND}(?=[{_BARE_CHARS}]))?+  # 头7个月, 近10年
    (?:{_EDGE_BEFORE}{_BARE}(?!{_CLOCK_SECONDS_NOT})(?P<num>{_NUM})  # 15, 七; not 20分30秒
       (?:(?P<unit>{_DURATION})                 # 年, 个月, 天
          (?:(?P<half>{_HALF})(?!{_DURATION_CLASSIFIER}|{_DURATION}))?+  # 两年半; not 十天半个月
         |{_DURATION_CLASSIFIER}                # 个 of 3个多月, 三个半月
          (?:(?P<over>{alternation(ZH_OVER_MARKS)})|(?P<half>{_HALF}))
          (?P<unit>{_CLASSIFIED_DURATION}))
      |(?:(?<![{_HALF_NOT_AFTER}])|(?<={alternation(ZH_DOSE_TIME_WORDS)}))
       (?P<half>{_HALF})                         # 半年, 半个月, 饭前半小时; not 上半年
       (?P<unit>{_DURATION}))
    (?!(?<=年)[{_NOT_YEAR}])                    # not 3年级, 80年代
    (?!{_DURATION_WORD_NOT})                    # not 小时候, 秒杀
    {_OVER_AFTER_UNIT}                          # 两年多
    {_SPAN_WITHIN}(?P<post>{_SPAN_AFTER}|{_Q_AFTER})?+   # 之久, 间, 左右, (以)内
    """,
    _FLAGS,
)
ZH_DURATION_LIST_RE: Final[regex.Pattern[str]] = _list_item(rf"(?P<unit>{_DURATION})")
_COUNT_SRC: Final[str] = rf"""
    {_PRE}{_NEG}{_EDGE_BEFORE}{_BARE}           # 近, 零下(十几度)
    (?P<num>{_NUM})                             # 178, 3000多, 百余
    {{range}}                                   # 3至5家 (the range rule only)
    (?P<post>{_PLUS})?+                         # 1万+件: web text's plus before the word
    (?P<mw>{_MEASURE})                          # 个, 项, 人
    {{age_half}}                                # 三岁半 (the single figure only)
    (?P<post>{_Q_AFTER})?+                      # 以上
    """
_AGE_HALF: Final[str] = rf"""
    (?:(?<={alternation(ZH_AGE_WORDS)})(?P<half>{_HALF})
       (?![{"".join(sorted(ZH_AGE_HALF_NOT_BEFORE))}])(?!{_DURATION_CLASSIFIER}|{_DURATION}))?+
"""
ZH_COUNT_RE: Final[regex.Pattern[str]] = compiled.pattern(
    _COUNT_SRC.replace("{range}", "").replace("{age_half}", _AGE_HALF), _FLAGS
)
ZH_COUNT_RANGE_RE: Final[regex.Pattern[str]] = compiled.pattern(
    _COUNT_SRC.replace("{range}", _RANGE).replace("{age_half}", ""), _FLAGS
)
ZH_COUNT_LIST_RE: Final[regex.Pattern[str]] = _list_item(rf"(?P<mw>{_MEASURE})")
# A phrase that names an interval (成千上万), with the measure word that may follow it.
ZH_VAGUE_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    (?P<vague>{_VAGUE_PHRASE})                  # 成千上万, 数以万计
    (?P<mw>{_MEASURE})?+                        # 人
    """,
    _FLAGS,
)
# A bare figure written in digits (Chinese numerals alone are words far too often: 一般, 千方百计).
ZH_NUMBER_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    {_PRE}{_NEG_WORD}{_EDGE_BEFORE}             # 近, 负 (a bare figure after "-" is a model: 卡-52)
    (?<![0-9][-/:])(?!0[0-9])                   # not inside 010-6536, 10:30, nor a code 0xx
    (?<![{_CLOCK}])                             # not the minutes of 10时30分
    (?P<num>{_DIGIT_RUN}[{_MAGNITUDE_CHARS}{_OVER_CHARS}]{{0,3}}+)  # 3422.7万
    (?![-/:][0-9])                              # not the head of 978-7, 2020/1
    (?!{_LABEL_AFTER})                          # not a time, a grade, a metro line (10时, 3年级)
    (?P<post>{_Q_AFTER})?+                      # 以上
    (?![0-9A-Za-z])                             # not a code such as 3D or A380 (Han may follow:
                                                # 700多万千瓦时 names a unit we do not convert)
    """,
    _FLAGS,
)
# A round figure written as a bare unit character, with the qualifier it needs: 月薪上万, 近百.
ZH_ROUND_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    (?P<pre>{_Q_BEFORE}|{_Q_ROUND})             # 上, 近, 超过
    (?P<num>[{_BARE_CHARS}]{{1,3}}+[{_OVER_CHARS}]?+)  # 万, 百, 千余
    (?![0-9{_NUMERAL_CHARS}])                   # the whole numeral
    """,
    _FLAGS,
)

# The last metadata line of an article's Chinese header block (readers.py): the column line, 专栏：.
ZH_COLUMN_LINE_RE: Final[regex.Pattern[str]] = compiled.pattern(r"^\s*专栏[:：]")

# --- The one-pass reader: figure cores and the local rules read outward from them --------------
# (issue 16: every rule of this module, the ones above included, is tried only where a core or the
# prefix before it begins; none is scanned over the whole text.)

# Numeral words that name rather than count: the five-year plans (十四五), idioms made of numeral
# characters alone (千千万万), adverbs (万万不可, 千万别).
ZH_NUMERAL_IDIOMS: Final[frozenset[str]] = frozenset(
    {"十一五", "十二五", "十三五", "十四五", "十五五", "千千万万", "万万千千", "千万万", "十万火急"}
)
# Idioms of odds made of numeral characters (十之八九, 十有八九 "in most cases"): no figure.
ZH_ODDS_IDIOMS: Final[frozenset[str]] = frozenset({"十之八九", "十有八九"})
# After a bare numeral (no unit, no measure word) only these Han characters may follow; any other
# makes the numeral part of a word (十九大, 五百强, 千方百计, 百姓, 三十而立).
ZH_BARE_FOLLOWERS: Final[frozenset[str]] = frozenset(
    {"的", "了", "之", "至", "到", "和", "与", "與", "或", "及", "是", "为", "為", "、"}
)
# After 块 as money, the characters that may follow (a noun would make 块 a measure word:
# 三块蛋糕 "three pieces of cake", 8块GPU in Latin letters; a digit too, since 6000多块五边形
# counts pentagons: the spoken 八块五 "8.50 yuan" is left unread).
# Regions named by a triangle or a delta: 长三角 (the Yangtze River Delta), 珠三角, 金三角.
ZH_TRIANGLE_REGIONS: Final[frozenset[str]] = frozenset({"长", "長", "珠", "金"})
ZH_KUAI_FOLLOWERS: Final[frozenset[str]] = frozenset({"钱", "錢", "的", "了", "多", "左", "以"})
# After 升 (litre), characters that make it the verb "rise" (升至, 升到, 升为).
ZH_LITRE_NOT_BEFORE: Final[frozenset[str]] = frozenset(
    {"至", "到", "为", "為", "级", "值", "温", "高"}
)
# After 里 (li), the characters that may follow; any other Han character makes it "inside" or part
# of a word (村里, 这3年里 never reach here, but 十里长街 and 二里头 would).
ZH_LI_FOLLOWERS: Final[frozenset[str]] = frozenset({"外", "路", "地", "远", "遠"})
# Speed written as a distance after 时速 ("speed per hour"): 时速350公里 is 350 km/h.
# 每小时 ("each hour") before a distance is the same speed: 以每小时20公里的速度, 限速为每小时120公里.
ZH_SPEED_MARKS: Final[frozenset[str]] = frozenset({"时速", "時速", "每小时", "每小時"})
ZH_SPEED_UNITS: Final[frozenset[str]] = frozenset({"公里", "千米"})
# Words a spec sheet writes between 时速 and the figure: 时速可达250公里, 设计时速为350公里, 时速最高
# 250公里 (a hedge or 达 after them is read as usual).
ZH_SPEED_GAPS: Final[frozenset[str]] = frozenset(
    {"可", "可以", "能", "最高", "最快", "为", "為", "是", "最高可", "最高为", "最高為"}
)
ZH_DATE_MARKS: Final[dict[str, str]] = {
    "年": "year",
    "月": "month",
    "日": "day",
    "号": "day",
    "號": "day",
}

_LOCAL_UNIT_TABLE: Final[dict[str, str]] = {
    **ZH_LATIN_UNITS,
    **ZH_UNITS_AFTER_DIGITS,
    **ZH_QUANTITY_UNITS,
    **ZH_CURRENCIES,
    **ZH_MASS_UNITS,
    **ZH_PERCENT_UNITS,
}
_LOCAL_UNIT: Final[str] = alternation(_LOCAL_UNIT_TABLE)
_KUAI: Final[str] = alternation(ZH_COLLOQUIAL_MONEY)
_KUAI_NEXT: Final[str] = "".join(sorted(ZH_KUAI_FOLLOWERS))
_LITRE_NOT: Final[str] = "".join(sorted(ZH_LITRE_NOT_BEFORE))
_RANGE_SEP_LOCAL: Final[str] = alternation(ZH_RANGE_SEPARATORS)
_IDIOM: Final[str] = alternation(ZH_NUMERAL_IDIOMS | ZH_ODDS_IDIOMS)
_BARE_NEXT: Final[str] = "".join(sorted(ZH_BARE_FOLLOWERS))
_UNIT_CHARS: Final[str] = "".join(
    sorted({*ZH_SMALL_UNITS, *ZH_FORMAL_UNITS, *ZH_MAGNITUDES, *ZH_POINTS, *ZH_CONTRACTED_TENS})
)
# A number with a single space at most before its magnitude, as web text writes it (1,500 万元).
_NUM_SPACED: Final[str] = rf"(?:{_NUM})(?:\ (?=[{_MAGNITUDE_CHARS}])(?:{_NUM}))?+"
# A unit after the figure, with the guards of the ambiguous ones (升 the verb, 块 the measure word).
_LI_NEXT: Final[str] = "".join(sorted(ZH_LI_FOLLOWERS))
_LATIN_NOT: Final[str] = "".join(sorted(ZH_LATIN_UNIT_NOT_BEFORE))
_AFTER_DIGITS: Final[str] = "".join(sorted(ZH_UNITS_AFTER_DIGITS))
# The characters before such a unit inside a longer unit (千 of 千伏), where it stays a unit.
_AFTER_DIGITS_JOINED: Final[str] = "".join(
    sorted({s[-2] for s in _LOCAL_UNIT_TABLE if len(s) > 1 and s[-1] in ZH_UNITS_AFTER_DIGITS})
)
# A network generation before the data it carries (5G流量, 4G流量): no amount of gigabytes. Only
# the data words (流量) after G: a figure with GB is gigabytes whatever its digit (4GB, 5GB).
ZH_NETWORK_GENERATIONS: Final[frozenset[str]] = frozenset({"2G", "3G", "4G", "5G", "6G"})
_GENERATION_DATA: Final[str] = (
    rf"(?:{alternation(ZH_NETWORK_GENERATIONS)})"
    rf"(?:{alternation(s[1:] for s in ZH_QUANTITY_UNITS if s.startswith('G') and not s.isascii())})"
)
_LOCAL_UNIT_AFTER: Final[str] = rf"""
    (?:(?P<unit>{_LOCAL_UNIT})(?!(?<=升)[{_LITRE_NOT}])(?!(?<=元){_YUAN_WORD})
       (?!(?<=[A-Za-z²³㎡])[0-9A-Za-z{_LATIN_NOT}])   # not 5Gbps, 4A级
       (?<!(?<![0-9{_AFTER_DIGITS_JOINED}])[{_AFTER_DIGITS}])   # 220伏, 800千伏; not 三伏
       (?!(?<=(?<!公|海)里)[\p{{Han}}--[{_LI_NEXT}]])
       (?<!(?<![0-9.]){_GENERATION_DATA})           # 5G流量 is data of the 5G network
      |(?P<unit>{_KUAI})(?![\p{{Han}}--[{_KUAI_NEXT}]]|[A-Za-z])   # not 8块GPU, 4块SSD
       (?<!(?:{alternation(ZH_TRIANGLE_REGIONS)})[{_NUMERAL_CHARS}]{{1,3}}+角))   # not 长三角
"""

# Scientific notation: a mantissa times ten to a power (3×10⁸米/秒, 3×10^8, 1.6×10⁻¹⁹库仑), with the
# unit after it or none. The marks of the product: the multiplication sign, a letter x, an asterisk.
ZH_POWER_OF_TEN_MARKS: Final[frozenset[str]] = frozenset({"×", "x", "X", "*"})
# E notation, glued to the mantissa (1.6e-19, 6.02E23), and what follows a 10 that is a power of
# ten written alone (10²², 10^22, 10⁻³): the figure is ten to that power.
ZH_E_NOTATION_MARKS: Final[frozenset[str]] = frozenset({"e", "E"})
ZH_POWER_OF_TEN_EXPONENT_MARKS: Final[frozenset[str]] = frozenset("^⁻⁺⁰¹²³⁴⁵⁶⁷⁸⁹")
_ZH_E_NOTATION_DIGITS: Final[frozenset[str]] = frozenset(
    mark + digit for mark in ZH_E_NOTATION_MARKS for digit in "0123456789"
)


def _power_of_ten(with_unit: bool) -> regex.Pattern[str]:
    unit = rf"\ ?+{_LOCAL_UNIT_AFTER}\ ?+(?P<post>{_Q_AFTER})?+" if with_unit else ""
    return compiled.pattern(
        rf"""
        {_PRE}\ ?+{_EDGE_BEFORE}
        {scientific_figure(ZH_POWER_OF_TEN_MARKS, ZH_E_NOTATION_MARKS)}
        {unit}
        """,
        _FLAGS,
    )


ZH_LOCAL_POWER_OF_TEN_RE: Final[regex.Pattern[str]] = _power_of_ten(with_unit=True)
ZH_LOCAL_POWER_OF_TEN_BARE_RE: Final[regex.Pattern[str]] = _power_of_ten(with_unit=False)

# Every figure core in one scan: a run of ASCII digits (with separators and decimals) and numeral
# characters, with a space allowed only before a magnitude (1,500 万). An unknown digit (几, 数)
# opens no core: 数 is also "number" (总数三十二万亿), and vague amounts are read by the rules above.
_CORE_CHARS: Final[str] = "".join(sorted({*_NUMERAL_CHARS} - ZH_VAGUE_DIGITS))
# The words that open a claim without a numeral run at their start (翻一番, 成千上万, 半数, 半年): a
# core of their own, one character long, so the numerals inside them are still cores.
# Spans of years named by words: 半个世纪 (half a century, 50 years), as "half a century" is read.
ZH_YEAR_SPAN_PHRASES: Final[dict[str, tuple[Decimal, Decimal]]] = {
    "半个世纪": (Decimal(50), Decimal(50)),
    "半個世紀": (Decimal(50), Decimal(50)),
    "半世纪": (Decimal(50), Decimal(50)),
    "半世紀": (Decimal(50), Decimal(50)),
}
ZH_YEAR_SPAN_PHRASE_UNIT: Final[str] = "year"
# The qualifiers of over that hedge a figure's precision (520多 "520-some", 三十出头 "just over
# thirty", 十万+) rather than bound it as 以上, 不低于 and 超过 do (`LangRules.precision_hedges`).
ZH_PRECISION_HEDGES: Final[frozenset[str]] = frozenset(
    {"多", "出头", "出頭", "开外", "開外", "有余", "+", "＋"}
)
# The direction of a change stated right before its figure (同比增长5%, 比上年下降了3亿元, 负增长2%):
# a word of rise or of fall, then at most 了. A level reached (增长到, 升至, 回落至) leaves its
# figure alone, as does a change of a rate of change (降幅收窄, 增速回落, 跌幅扩大: the narrowing of
# a decline is no rise), and 每升 ("per litre"). Read into `Claim.change` (`LangRules.change_before`):
# a figure both sides state as a change in opposite directions is a reversed direction (align.py).
ZH_CHANGE_RISE_WORDS: Final[frozenset[str]] = frozenset(
    {
        "增长", "增長", "增加", "增", "上升", "提高", "提升", "上涨", "上漲", "涨", "漲", "扩大",
        "擴大", "升", "上调", "上調", "攀升", "回升", "升温", "升溫", "升高", "增多", "反弹",
        "反彈",
    }
)  # fmt: skip
ZH_CHANGE_FALL_WORDS: Final[frozenset[str]] = frozenset(
    {
        "下降", "降低", "降", "减少", "減少", "减", "減", "下跌", "跌", "回落", "缩小", "縮小",
        "下滑", "下调", "下調", "降温", "降溫", "负增长", "負增長", "萎缩", "萎縮", "下挫",
        "缩水", "縮水",
    }
)  # fmt: skip
# What may stand before a word of change and make it no change of its figure.
ZH_CHANGE_VETO_BEFORE: Final[frozenset[str]] = frozenset({"幅", "速", "每", "零"})
ZH_CHANGE_BEFORE_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    (?<!{alternation(ZH_CHANGE_VETO_BEFORE)})
    (?:(?P<fall>{alternation(ZH_CHANGE_FALL_WORDS)})|(?P<rise>{alternation(ZH_CHANGE_RISE_WORDS)}))
    了?\Z
    """,
    # Searched backwards from the figure (the engine reads the characters right before it first).
    _FLAGS | regex.REVERSE,
)
# The period an amount of money is stated per (`Claim.period`, `LangRules.period_before` and
# `period_after`): a word of pay, rent or fee of a period right before the figure (月薪8000元,
# 年租12万元), 每 and a period (每月3000元), or a period after a slash or 每 after it (3000元/月,
# 3000元每月). An average per period (月均, 年均) is no rate; a period named by its place or its
# count (上月收入, 本月租金, 3个月租金, 去年收入) is when or how long, not per what.
ZH_MONEY_PERIOD_PAY_WORDS: Final[dict[Period, frozenset[str]]] = {
    Period.DAY: frozenset({"日薪", "日租", "日租金", "日收入", "每天", "每日"}),
    Period.WEEK: frozenset({"周薪", "週薪", "周租", "週租", "每周", "每週", "每星期"}),
    Period.MONTH: frozenset(
        {
            "月薪", "月租", "月租金", "月供", "月费", "月費", "月收入", "月工资", "月工資",
            "月保费", "月保費", "每月", "每个月", "每個月",
        }
    ),
    Period.QUARTER: frozenset({"每季度", "每季"}),
    Period.YEAR: frozenset(
        {
            "年薪", "年租", "年租金", "年费", "年費", "年收入", "年工资", "年工資", "年保费",
            "年保費", "每年",
        }
    ),
}  # fmt: skip
# What may stand before a word of pay of a period and make its period a place or a count.
ZH_MONEY_PERIOD_VETO_BEFORE: Final[frozenset[str]] = frozenset(
    {
        "个", "個", "上", "下", "本", "当", "當", "同", "该", "該", "次", "前", "今", "去", "明",
        "后", "後", "首", "近", "半", "多", "几", "幾", "全", "历", "歷", "往",
        "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "一", "二", "两", "兩", "三", "四", "五",
        "六", "七", "八", "九", "十",
    }
)  # fmt: skip
# Words that may stand between a word of pay of a period and its figure (月薪为8000元).
ZH_MONEY_PERIOD_LINKS: Final[frozenset[str]] = frozenset(
    {"为", "為", "是", "达", "達", "仅", "僅", ":", "：", "约为", "約為", "平均"}
)
# A period after the money, behind a slash or 每 (3000元/月, 3000元每月).
ZH_MONEY_PERIOD_MARKS_AFTER: Final[frozenset[str]] = frozenset({"/", "／", "每"})
ZH_MONEY_PERIOD_UNITS_AFTER: Final[dict[Period, frozenset[str]]] = {
    Period.DAY: frozenset({"天", "日"}),
    Period.WEEK: frozenset({"周", "週", "星期"}),
    Period.MONTH: frozenset({"月", "个月", "個月"}),
    Period.QUARTER: frozenset({"季度", "季"}),
    Period.YEAR: frozenset({"年"}),
}
# How many characters of a verb or noun of pay may stand between 每 and a period and the money
# (每月领取养老金2800元, 每季度支付租金3万元).
ZH_MONEY_PERIOD_EVERY_GAP: Final[int] = 5
# One group per period: its words of pay, or 每 and the period and a few characters of pay.
_ZH_MONEY_PERIOD_BEFORE_GROUPS: Final[str] = "|".join(
    f"(?P<{period.value}>{alternation(words)}|每(?:个|個)?{alternation(ZH_MONEY_PERIOD_UNITS_AFTER[period])}"
    rf"\p{{Han}}{{0,{ZH_MONEY_PERIOD_EVERY_GAP}}})"
    for period, words in ZH_MONEY_PERIOD_PAY_WORDS.items()
)
ZH_MONEY_PERIOD_BEFORE_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    (?<!{alternation(ZH_MONEY_PERIOD_VETO_BEFORE)})
    (?:{_ZH_MONEY_PERIOD_BEFORE_GROUPS})
    (?:{alternation(ZH_MONEY_PERIOD_LINKS)})?\Z
    """,
    # Searched backwards from the figure, as the word of change is.
    _FLAGS | regex.REVERSE,
)
_ZH_MONEY_PERIOD_AFTER_GROUPS: Final[str] = "|".join(
    f"(?P<{period}>{alternation(units)})" for period, units in ZH_MONEY_PERIOD_UNITS_AFTER.items()
)
ZH_MONEY_PERIOD_AFTER_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    (?:{alternation(ZH_MONEY_PERIOD_MARKS_AFTER)})
    (?:{_ZH_MONEY_PERIOD_AFTER_GROUPS})
    (?![均度])
    """,
    _FLAGS,
)
# Dates of the Chinese lunar calendar (农历八月十五, 正月初一, 腊月二十三, 五月初五, 大年初一): a day
# named in that calendar. Read as a date with the role of a name: its month and day are not those
# of the Gregorian calendar, so it pairs with the same lunar date in the translation ("the 15th day
# of the eighth lunar month"), never with August 15, and one left over is a note. The words that
# name the calendar before a month (农历八月):
ZH_LUNAR_CALENDARS: Final[frozenset[str]] = frozenset(
    {"农历", "阴历", "旧历", "夏历", "農曆", "農歷", "陰曆", "舊曆", "夏曆"}
)
# The words that name a lunar month without a numeral (正月 the first, 冬月 the eleventh, 腊月 the
# twelfth), and 大年 before 初N (大年初一, the first day of the first month), with the month each
# names: the months of the language (`LangRules.months`), read where a lunar date names its month.
ZH_LUNAR_MONTH_WORDS: Final[dict[str, int]] = {"正": 1, "冬": 11, "腊": 12, "臘": 12, "大年": 1}
# Where such a word opens a lunar date (a core of the one scan: 正 alone is 正在, 正常).
ZH_LUNAR_MONTH_OPENERS: Final[frozenset[str]] = frozenset(
    {"正月", "冬月", "腊月", "臘月", "大年初"}
)
# The mark of a day of the month's first ten in that calendar (初一 to 初十): never a Gregorian day.
ZH_LUNAR_EARLY_DAY: Final[str] = "初"
ZH_OPENERS: Final[frozenset[str]] = frozenset(
    {
        *(word + "年" for word in ZH_ERA_FIRST_YEAR_WORDS),  # 乾隆元年: no numeral opens it
        *ZH_LUNAR_MONTH_OPENERS,  # 正月初一, 腊月二十三
        *ZH_MULTIPLIERS,
        *ZH_VAGUE_PHRASES,
        *ZH_SHARE_PHRASES,
        *ZH_HALVES,
        *ZH_YEAR_SPAN_PHRASES,
        *ZH_FUSED_COUNTS,  # 我们俩, 仨月
    }
)
ZH_LOCAL_YEAR_SPAN_PHRASE_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    {_PRE}(?P<vague>{alternation(ZH_YEAR_SPAN_PHRASES)})   # 近半个世纪
    (?P<post>{_SPAN_AFTER}|{_Q_AFTER})?+                   # 以来
    """,
    _FLAGS,
)
ZH_CORES_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    [0-9{_CORE_CHARS}]
    (?:(?<![{_HAN_DIGIT_CHARS}--[{_ZERO_CHARS}]])[0-9]|[{_CORE_CHARS}{_OVER_CHARS}{_POINT_CHARS}]
      |[.,](?=[0-9])|\ (?=[{_MAGNITUDE_CHARS}]|[0-9]{{3}}(?![0-9])))*+   # 周五17时: 17 opens a core
  | (?={alternation(ZH_OPENERS)}).             # 翻一番, 成千上万, 一半, 半年
    """,
    _FLAGS,
)
# A figure with a unit, spaces allowed between the parts (12 千米, 1,500 万元, 零下18℃, 35块).
ZH_LOCAL_UNIT_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    {_PRE}\ ?+
    (?P<unitpre>{_CURRENCY_PREFIX})?+\ ?+       # 人民币, ¥
    {_NEG}{_EDGE_BEFORE}{_BARE}                 # 零下, 负; not 第3, not a lone 百
    (?P<num>{_NUM_SPACED})\ ?+                  # 12, 1,500 万, 两千六百五
    {_LOCAL_UNIT_AFTER}                         # 千米, 美元, ℃, 块
    {_OVER_AFTER_UNIT}                          # 两吨多, 5块多
    \ ?+(?P<post>{_Q_AFTER})?+                  # 左右, 以上
    """,
    _FLAGS,
)
# A figure of dimensions sharing the unit written after the last one (30×20×10cm, 30 x 20 x 10 cm):
# the claim is the figure alone, the unit read from a lookahead; the last figure is read with its
# unit (also after a letter x, where ZH_LOCAL_UNIT_RE sees a code: 30x20cm).
_DIMENSION_UNIT: Final[str] = alternation({**ZH_LATIN_UNITS, **ZH_QUANTITY_UNITS})
_DIMENSION_SEP: Final[str] = alternation(ZH_DIMENSION_SEPARATORS)
ZH_LOCAL_DIMENSION_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    (?:(?<=[0-9]\ ?+{_DIMENSION_SEP}\ ?+)(?P<after>)|{_EDGE_BEFORE})  # x20, or a first figure
    (?P<num>(?>{_DIGIT_RUN}))                   # 30
    (?:(?=(?:\ ?+{_DIMENSION_SEP}\ ?+(?>{_DIGIT_RUN})){{1,3}}+  # ×20×10
          \ ?+(?P<unit>{_DIMENSION_UNIT})       # cm
          (?!(?<=[A-Za-z²³㎡])[0-9A-Za-z]))
      |(?(after)\ ?+(?P<unit>{_DIMENSION_UNIT})  # the last figure: 10cm
          (?!(?<=[A-Za-z²³㎡])[0-9A-Za-z])|(?!)))
    """,
    _FLAGS,
)
# 度 after 万 or 亿 is electricity (1.98亿度 = 198 million kWh): degrees of heat or angle are never
# counted in ten-thousands.
ZH_KWH_AFTER_MAGNITUDE: Final[frozenset[str]] = frozenset({"度"})
ZH_LOCAL_KWH_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    {_PRE}\ ?+{_EDGE_BEFORE}
    (?P<num>{_NUM_SPACED})(?<=[{_MAGNITUDE_CHARS}][{_OVER_CHARS}]?+)   # 1.98亿, 700多万
    \ ?+{alternation(ZH_KWH_AFTER_MAGNITUDE)}
    \ ?+(?P<post>{_Q_AFTER})?+
    """,
    _FLAGS,
)
# 度 right after a word of electricity is a kilowatt-hour at any size (年耗电量约800度, 每月用电200度,
# 发电量达500度): within three characters of it, so the 度 of heat further on stays a degree
# (用电高峰期气温达38度).
ZH_ELECTRICITY_WORDS: Final[frozenset[str]] = frozenset(
    {"电量", "電量", "用电", "用電", "耗电", "耗電", "发电", "發電", "节电", "節電", "省电", "省電"}
)
ZH_LOCAL_KWH_CONTEXT_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    (?<=(?:{alternation(ZH_ELECTRICITY_WORDS)})[^，。；,;！？!?\n0-9]{{0,3}})   # 耗电量约
    {_PRE}\ ?+{_EDGE_BEFORE}
    (?P<num>{_NUM_SPACED})                                    # 800
    \ ?+{alternation(ZH_KWH_AFTER_MAGNITUDE)}                 # 度
    \ ?+(?P<post>{_Q_AFTER})?+
    """,
    _FLAGS,
)
# A speed after 时速: 时速350公里, 时速达到145公里.
ZH_LOCAL_SPEED_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    {alternation(ZH_SPEED_MARKS)}\ ?+(?:{alternation(ZH_SPEED_GAPS)})?+\ ?+{_PRE}\ ?+{_EDGE_BEFORE}
    (?P<num>{_NUM_SPACED})\ ?+{alternation(ZH_SPEED_UNITS)}
    (?!/)\ ?+(?P<post>{_Q_AFTER})?+
    """,
    _FLAGS,
)
# Speed written as a distance after 每秒 ("each second"), as weather reports give the wind (风速达每秒
# 45米, 秒速30米): metres a second, as 45米/秒 is.
ZH_SECOND_SPEED_MARKS: Final[frozenset[str]] = frozenset({"每秒", "每秒钟", "每秒鐘", "秒速"})
ZH_SECOND_SPEED_UNITS: Final[frozenset[str]] = frozenset({"米"})
ZH_SECOND_SPEED_UNIT: Final[str] = "meter_per_second"
ZH_LOCAL_SECOND_SPEED_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    {alternation(ZH_SECOND_SPEED_MARKS)}\ ?+{_PRE}\ ?+{_EDGE_BEFORE}         # 每秒, 约
    (?P<num>{_NUM_SPACED})\ ?+{alternation(ZH_SECOND_SPEED_UNITS)}         # 45米
    (?![/{_NUMERAL_CHARS}0-9]){_OVER_AFTER_UNIT}                           # 3米多
    \ ?+(?P<post>{_Q_AFTER})?+                                             # 以上
    """,
    _FLAGS,
)
# A ship's speed in knots: 节 after a word of speed, up to four characters before the figure
# (航速14节, 平均航速降至14节, 船速约20节, 最高时速30节, 速度为每小时25节), is a nautical mile an hour;
# 节 elsewhere is a measure word (5节车厢, 3节课) or a section.
ZH_KNOT_SPEED_MARKS: Final[frozenset[str]] = frozenset({"航速", "船速", "时速", "時速", "速度"})
ZH_KNOT_UNITS: Final[frozenset[str]] = frozenset({"节", "節"})
ZH_KNOT_UNIT: Final[str] = "knot"
ZH_LOCAL_KNOT_SPEED_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    (?<=(?:{alternation(ZH_KNOT_SPEED_MARKS)})[^，。；,;！？!?\n0-9]{{0,4}})   # 航速降至
    {_PRE}\ ?+{_EDGE_BEFORE}
    (?P<num>{_NUM_SPACED})\ ?+{alternation(ZH_KNOT_UNITS)}                # 14节
    (?![{_NUMERAL_CHARS}0-9])\ ?+(?P<post>{_Q_AFTER})?+                   # 以上
    """,
    _FLAGS,
)
# Containers counted in twenty-foot equivalent units, as ports write them in Latin letters glued to
# the figure (1.8万TEU, 18000TEU): a count, as 1.8万标箱 is, where capitals after digits would
# otherwise make a model's code (737NG).
ZH_CONTAINER_COUNT_WORDS: Final[frozenset[str]] = frozenset({"TEU", "TEUs"})
ZH_LOCAL_CONTAINER_COUNT_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    {_PRE}\ ?+{_EDGE_BEFORE}
    (?P<num>{_NUM_SPACED})\ ?+(?-i:{alternation(ZH_CONTAINER_COUNT_WORDS)})(?![A-Za-z0-9])  # 1.8万TEU
    \ ?+(?P<post>{_Q_AFTER})?+                                                            # 以上
    """,
    _FLAGS,
)
# A ship's or a berth's tonnage class: 10万吨级 is a 100,000-tonne class, and 万吨级 or 千吨级 with no
# numeral a class of 10,000 or 1,000 tonnes (万吨级泊位, "10,000-tonne berths"); a hedge after 级
# is the class's (10万吨级及以上 = 100,000 tonnes and above).
ZH_TONNAGE_CLASS_MARKS: Final[frozenset[str]] = frozenset({"吨级", "噸級"})
ZH_TONNAGE_CLASS_BARE: Final[frozenset[str]] = frozenset({"万", "萬", "千"})
ZH_LOCAL_TONNAGE_CLASS_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    (?:{_PRE}\ ?+{_EDGE_BEFORE}(?P<num>{_NUM_SPACED})                              # 10万
      |(?<![{_NUMERAL_CHARS}0-9.])(?P<num>{alternation(ZH_TONNAGE_CLASS_BARE)}))    # 万
    \ ?+{alternation(ZH_TONNAGE_CLASS_MARKS)}                                      # 吨级
    \ ?+(?P<post>{_Q_AFTER})?+                                                     # 及以上
    """,
    _FLAGS,
)
# Speeds of science after 每秒 ("each second"): 以每秒17公里的速度, 光速约为每秒30万公里 are
# kilometres a second, as 30公里/秒 is.
ZH_SECOND_SPEED_KM_UNITS: Final[frozenset[str]] = frozenset({"公里", "千米"})
ZH_SECOND_SPEED_KM_UNIT: Final[str] = "kilometer_per_second"
ZH_LOCAL_SECOND_SPEED_KM_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    {alternation(ZH_SECOND_SPEED_MARKS)}\ ?+{_PRE}\ ?+{_EDGE_BEFORE}         # 每秒, 约
    (?P<num>{_NUM_SPACED})\ ?+{alternation(ZH_SECOND_SPEED_KM_UNITS)}     # 17公里
    (?![/{_NUMERAL_CHARS}0-9])\ ?+(?P<post>{_Q_AFTER})?+                   # 以上
    """,
    _FLAGS,
)
# A rotation speed written as turns after 每分钟 ("each minute"): 最高转速达每分钟6500转 is 6,500 rpm,
# as 6500转/分 is.
ZH_MINUTE_TURN_MARKS: Final[frozenset[str]] = frozenset({"每分钟", "每分鐘"})
ZH_MINUTE_TURN_UNITS: Final[frozenset[str]] = frozenset({"转", "轉"})
ZH_MINUTE_TURN_UNIT: Final[str] = "revolution_per_minute"
ZH_LOCAL_MINUTE_TURNS_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    {alternation(ZH_MINUTE_TURN_MARKS)}\ ?+{_PRE}\ ?+{_EDGE_BEFORE}          # 每分钟, 约
    (?P<num>{_NUM_SPACED})\ ?+{alternation(ZH_MINUTE_TURN_UNITS)}         # 6500转
    (?![/{_NUMERAL_CHARS}0-9])\ ?+(?P<post>{_Q_AFTER})?+                   # 以上
    """,
    _FLAGS,
)
# Verbs of a change by an amount: after one, an amount with its unit stated twice around 至 is the
# change and the level it reaches, no range (增加120亿元至1.5万亿元 is up 12 billion to 1.5
# trillion yuan, 减少30万人至500万人). Not percents, whose % is written at both ends of a range as
# well (增长3%至5% is a range of growth).
ZH_RANGE_CHANGE_VERBS: Final[frozenset[str]] = frozenset(
    {
        "增加",
        "增长",
        "增長",
        "减少",
        "減少",
        "上升",
        "下降",
        "提高",
        "降低",
        "上涨",
        "上漲",
        "下跌",
        "扩大",
        "擴大",
        "缩小",
        "縮小",
        "上调",
        "上調",
        "下调",
        "下調",
        "回落",
        "回升",
        "增",
        "减",
        "減",
        "升",
        "降",
        "涨",
        "漲",
        "跌",
    }
)
_PERCENT_MARKS_RANGE: Final[str] = "%％‰"
# After a range, words that say its ends vary (上涨100元至200元不等 "rose by 100 to 200 yuan"): a
# range even after a verb of change.
ZH_RANGE_SPREAD_MARKS: Final[frozenset[str]] = frozenset({"不等"})
# A range with its unit stated once, spaces allowed (30万至35万元, 4至8英寸, 3～5万吨), or twice the
# same (4英寸至8英寸). Two units tell a change from the level it reaches, no range: 提高2个百分点至35%
# is up 2 points to 35%, 上涨3%至50元 up 3% to 50 yuan; so does one unit stated twice after a verb
# of change (ZH_RANGE_CHANGE_VERBS).
ZH_LOCAL_RANGE_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    (?P<change>(?<=(?:{alternation(ZH_RANGE_CHANGE_VERBS)})\ ?+))?+  # 增加
    {_PRE}\ ?+{_EDGE_BEFORE}
    (?P<num>{_NUM_SPACED})\ ?+(?:(?P<unit1>{_LOCAL_UNIT})\ ?+)?+   # 30万, 4英寸
    (?P<sep>{_RANGE_SEP_LOCAL})\ ?+                     # 至, ～
    (?P<num2>{_NUM_SPACED})\ ?+                         # 35万
    {_LOCAL_UNIT_AFTER}                                 # 元, 英寸
    (?(unit1)(?<=(?P=unit1)))                           # a unit stated twice: the same
    (?(change)(?(unit1)(?:(?<=[{_PERCENT_MARKS_RANGE}])|(?=\ ?+{alternation(ZH_RANGE_SPREAD_MARKS)}))))  # not 增加3亿元至5亿元
    \ ?+(?P<post>{_Q_AFTER})?+
    """,
    _FLAGS,
)
# A span of time with its unit stated once, after the second end (3至5年, 1-14天, 三到五个工作日,
# 20～30分钟): a range in that unit. Not four-digit ends, which are calendar years (2019至2023年).
ZH_LOCAL_DURATION_RANGE_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    (?P<pre>{_SPAN_BEFORE}|{_Q_BEFORE})?+\ ?+     # 头, 约
    {_EDGE_BEFORE}{_BARE}(?![0-9]{{4}})         # not 2019 of 2019至2023年
    (?P<num>{_NUM})\ ?+                         # 3, 三
    (?P<sep>{_RANGE_SEP_LOCAL})\ ?+             # 至, 到, -
    (?![0-9]{{4}})(?P<num2>{_NUM})\ ?+          # 5, 五
    (?P<unit>{_DURATION})                       # 年, 个月, 天, 个工作日
    (?!(?<=年)[{_NOT_YEAR}])                    # not 20-30年代
    (?!{_DURATION_WORD_NOT})                    # not 小时候
    {_SPAN_WITHIN}(?P<post>{_SPAN_AFTER}|{_Q_AFTER})?+   # 内, 左右, 以内
    """,
    _FLAGS,
)
# Statutes and sentences state a range by its two inclusive bounds, the unit on each: 处一万元以上十万元
# 以下罚款 is a fine of 10,000 to 100,000 yuan, 三年以上七年以下有期徒刑 three to seven years. Read as one
# range, as the translation writes it; each bound alone stays a hedged figure (3年以上).
ZH_STATUTE_RANGE_LOW_MARKS: Final[frozenset[str]] = frozenset({"以上"})
ZH_STATUTE_RANGE_HIGH_MARKS: Final[frozenset[str]] = frozenset({"以下"})
# 日 between such bounds counts days (拘留十日以上十五日以下), never names a day of a month.
ZH_STATUTE_RANGE_DAYS: Final[frozenset[str]] = frozenset({"日"})


def _statute_range(unit: str) -> regex.Pattern[str]:
    """A range of two inclusive bounds (一万元以上十万元以下), the same unit of `unit` on each."""
    return compiled.pattern(
        rf"""
        {_PRE}{_EDGE_BEFORE}{_BARE}(?![0-9]{{4}}年)                 # not 2018年以上
        (?P<num>{_NUM})(?P<unit1>{unit})                          # 一万元, 三年
        {alternation(ZH_STATUTE_RANGE_LOW_MARKS)}                 # 以上
        (?P<num2>{_NUM})(?P<unit>{unit})                          # 十万元, 七年
        (?<=(?P=unit1))                                           # the same unit on both bounds
        (?P<post>{alternation(ZH_STATUTE_RANGE_HIGH_MARKS)})      # 以下
        """,
        _FLAGS,
    )


ZH_LOCAL_STATUTE_RANGE_RE: Final[regex.Pattern[str]] = _statute_range(
    rf"(?:{_LOCAL_UNIT}|{_DURATION})"
)
ZH_LOCAL_STATUTE_DAY_RANGE_RE: Final[regex.Pattern[str]] = _statute_range(
    alternation(ZH_STATUTE_RANGE_DAYS)
)
# A multiplier between such bounds (罚款为违法所得一倍以上五倍以下, "one to five times the gains"):
# a multiplier range.
ZH_STATUTE_RANGE_MULTIPLIERS: Final[frozenset[str]] = frozenset({"倍"})
ZH_LOCAL_STATUTE_MULTIPLIER_RANGE_RE: Final[regex.Pattern[str]] = _statute_range(
    alternation(ZH_STATUTE_RANGE_MULTIPLIERS)
)
# A bound written before the whole a share is of, the share after its 的 (不超过合同总额的10% "no
# more than 10% of the contract value", 不低于营业收入的3% "at least 3% of revenue"): the bound is
# the share's, as the translation writes it beside the figure. Only the two-character bounds and
# longer (超过, 不得超过, 低于; not 近, 约), with a noun of Han characters between that holds no bound.
ZH_SHARE_OF_WHOLE_MARKS: Final[frozenset[str]] = frozenset({"的"})
_BOUND_BEFORE_WHOLE: Final[str] = alternation(
    {s for s, a in ZH_QUALIFIERS_BEFORE.items() if a in (Approx.OVER, Approx.UNDER) and len(s) >= 2}
)
ZH_LOCAL_BOUND_OF_WHOLE_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    (?<=(?P<pre>{_BOUND_BEFORE_WHOLE})(?:(?!{_BOUND_BEFORE_WHOLE})\p{{Han}}){{1,12}}
        {alternation(ZH_SHARE_OF_WHOLE_MARKS)})  # 不超过 合同总额 的
    (?P<num>[0-9]{{1,3}}+(?:\.[0-9]{{1,6}}+)?+)(?P<unit>{_PERCENT})   # 10%
    """,
    _FLAGS,
)
# A figure after a Latin word with a capital letter and a space names a model or a version, as the
# English side reads it (iPhone 15, Mate 60系列, Windows 10, Model 3): a code, the figure alone.
# Not one a unit or a percent follows (GDP 5%, CPI 2.1%: those rules read longer claims).
# Names of standards and chips written in Chinese before their version or model, as the English
# side names them (蓝牙5.3 Bluetooth 5.3, 鸿蒙4.0 HarmonyOS 4.0, 麒麟9000 Kirin 9000).
ZH_MODEL_NAMES_IN_HAN: Final[frozenset[str]] = frozenset({"蓝牙", "鸿蒙", "骁龙", "麒麟", "天玑"})
ZH_LOCAL_MODEL_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    (?<=(?<![A-Za-z0-9])[A-Za-z]{{0,11}}[A-Z][A-Za-z]{{0,11}}\ |{alternation(ZH_MODEL_NAMES_IN_HAN)}\ ?)   # iPhone, 蓝牙
    (?P<num>[0-9]{{1,4}}(?:\.[0-9]{{1,2}})?+)                 # 15, 60, a version: 5.0, 17.2
    (?![0-9:/A-Za-z]|[.,][0-9])                               # not 2.1.3, 15:30, 15G
    """,
    _FLAGS,
)
# A count whose measure word is set off by a space (3000 多家 aside: 60 周年, 12 个).
ZH_LOCAL_COUNT_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    {_PRE}\ ?+{_EDGE_BEFORE}{_BARE}
    (?P<num>{_NUM_SPACED})\ (?P<unit>{_MEASURE})
    """,
    _FLAGS,
)
# A range of days that states its month once (3月15-17日, 3月15日至17日): the first day is read with
# the month, its 日 written or not, and the last day takes the month too (ZH_LOCAL_DAY_RANGE_END_RE).
_DAY_RANGE_SEP: Final[str] = alternation(ZH_RANGE_SEPARATORS)
_DAY: Final[str] = rf"(?:\d{{1,2}}|[{_HAN_DIGIT_CHARS}{_TENS_CHARS}]{{1,3}})"
ZH_LOCAL_DAY_RANGE_END_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    (?<=(?<![0-9])(?P<month>\d{{1,2}}|[{_HAN_DIGIT_CHARS}{_TENS_CHARS}]{{1,3}})\ ?+月
        \ ?+{_DAY}\ ?+[日号號]?\ ?+{_DAY_RANGE_SEP}\ ?+)         # 3月15日至
    (?P<day>{_DAY})\ ?+[日号號]                                  # 17日
    """,
    _FLAGS,
)
# A date or a year with spaces between its parts (2019 年 6 月, 3 月15 日).
ZH_LOCAL_DATE_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    {_EDGE_BEFORE}
    (?:(?P<year>\d{{4}})\ ?+年\ ?+)?+
    (?P<month>\d{{1,2}}|[{_HAN_DIGIT_CHARS}{_TENS_CHARS}]{{1,3}})\ ?+月
    (?:\ ?+(?P<day>\d{{1,2}}|[{_HAN_DIGIT_CHARS}{_TENS_CHARS}]{{1,3}})\ ?+
       (?:[日号號]|(?={_DAY_RANGE_SEP}\ ?+{_DAY}\ ?+[日号號])))?+   # 15日, the 15 of 15-17日
    """,
    _FLAGS,
)
ZH_LOCAL_YEAR_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    {_EDGE_BEFORE}(?P<year>(?:1[0-9]|20)[0-9]{{2}})\ 年(?![{_NOT_YEAR}])
    """,
    _FLAGS,
)
# The marks of a day of the month (日, 号): a day in numeral characters (二十八日, 廿五日) is read
# as its number, as 25日 is, by ZH_LOCAL_BARE_RE.
_DAY_MARK_CHARS: Final[str] = "".join(
    sorted(s for s, part in ZH_DATE_MARKS.items() if part == "day")
)
# A figure written in numeral characters with no unit (两千六百五, 六千万, 一万四, 12万3千): it needs
# a unit character (十 百 千 万 亿 or 点), must not be an idiom or a plan's name, and must not run
# on into a word unless it closes with a magnitude (六万万同胞, 十三亿人口: no word opens with a
# figure of ten thousands, where 五百强 and 十九大 are names).
ZH_LOCAL_BARE_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    {_PRE}\ ?+{_NEG_WORD}{_EDGE_BEFORE}{_BARE}
    (?<![0-9{_CORE_CHARS}])(?!{_IDIOM}(?![0-9{_NUMERAL_CHARS}]))
    (?=[0-9{_NUMERAL_CHARS}{_OVER_CHARS}{_POINT_CHARS}]*[{_UNIT_CHARS}])
    (?=[0-9]*[{_NUMERAL_CHARS}])                 # a numeral character among the digits
    (?P<num>{_NUM})(?![0-9{_NUMERAL_CHARS}])
    (?P<post>{_Q_AFTER})?+
    (?:(?<=[{_MAGNITUDE_CHARS}][{_OVER_CHARS}]?+)|(?![\p{{Han}}--[{_BARE_NEXT}]])  # 六万万同胞; not 五百强
      |(?<=[{_TENS_CHARS}][{_UNIT_DIGITS}]?+)(?=[{_DAY_MARK_CHARS}]))   # 二十八日, 廿五日: the day
    """,
    _FLAGS,
)
# A share in tenths with decimals (6.4成 = 64%, 七点五成).
ZH_LOCAL_TENTHS_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    {_PRE}{_EDGE_BEFORE}
    (?P<num>[0-9](?:\.[0-9]{{1,2}})?+|[{_HAN_DIGIT_CHARS}][{_POINT_CHARS}][{_HAN_DIGIT_CHARS}])
    (?P<unit>{_TENTHS})(?![{_TENTHS_NOT}])
    """,
    _FLAGS,
)
# Compound amounts: a major unit, then its minor units (八元四毛 = 8.4 yuan, 20元5角8分 = 20.58,
# 三美元又五美分 = 3.05 dollars), joined by nothing, 又 or 零 (三元零五分). After the colloquial 块 the
# minor unit may be left unsaid (八块五 = 8.5 yuan), but only where no noun follows the digit:
# 6000多块五边形 counts pentagons.
ZH_COMPOUND_MAJORS: Final[frozenset[str]] = frozenset({"元", "块", "塊", "美元"})
ZH_COMPOUND_ELIDING: Final[frozenset[str]] = frozenset({"块", "塊"})
ZH_COMPOUND_JOINERS: Final[frozenset[str]] = frozenset({"又", "零"})
# After a minor unit: 钱 closes the amount (两块五毛钱); 钟 makes 分 "minutes" (5元5分钟).
ZH_MONEY_TAILS: Final[frozenset[str]] = frozenset({"钱", "錢"})
ZH_MINOR_NOT_BEFORE: Final[frozenset[str]] = frozenset({"钟", "鐘", "之"})
# Clock times (kind `time`). The half of the day before a 12-hour figure → the hours it adds
# (下午3点 is 15:00, 中午1点 13:00; 凌晨12点 is midnight). 夜里/夜间 are left out: 夜里11点 is 23:00
# but 夜里2点 is 02:00.
ZH_DAY_HALVES: Final[dict[str, int]] = {
    "上午": 0,
    "早上": 0,
    "早晨": 0,
    "清晨": 0,
    "凌晨": 0,
    "早": 0,
    "中午": 12,
    "下午": 12,
    "傍晚": 12,
    "晚上": 12,
    "晚间": 12,
    "晚間": 12,
    "晚": 12,
}
# 点 is also a decimal point (三点五) and a measure word (三点意见): a time needs the half of the
# day before it, or its minutes (9点15分, 九点半), or 钟 (九点钟) after it. 时 after digits is a time
# (10时, 14时20分) unless it begins a word (2时代, 时速; not 期: 5时期间 is "during 5 o'clock").
ZH_HOUR_MARKS: Final[frozenset[str]] = frozenset({"点", "點", "时", "時"})
ZH_HOUR_CLOCK: Final[frozenset[str]] = frozenset({"钟", "鐘"})
ZH_CLOCK_NOT_AFTER: Final[frozenset[str]] = frozenset(
    {"代", "间", "間", "候", "段", "速", "节", "節", "装", "裝", "空", "态", "態", "尚"}
)
# 10时许 is "about ten o'clock", 4点多 "after four".
ZH_CLOCK_QUALIFIERS: Final[dict[str, Approx]] = {
    "许": Approx.ABOUT,
    "許": Approx.ABOUT,
    "左右": Approx.ABOUT,
    "多": Approx.OVER,
}

_MAJOR: Final[str] = alternation(ZH_COMPOUND_MAJORS)
_MINOR: Final[str] = alternation(ZH_MINOR_MONEY)
_ELIDING: Final[str] = "".join(sorted(ZH_COMPOUND_ELIDING))
_MINOR_NOT: Final[str] = "".join(sorted(ZH_MINOR_NOT_BEFORE))
_PART: Final[str] = rf"(?:[0-9]{{1,2}}+|[{_HAN_DIGIT_CHARS}{_TENS_CHARS}]{{1,3}}+)(?![0-9])"
# A price of speech names what it buys after it, one by one (一块二一个 "1.2 yuan each", 两块五一张):
# the 一 of that one piece ends the price's elided minor digit rather than running on into it.
ZH_PRICE_EACH_ONE: Final[frozenset[str]] = frozenset({"一"})
# "Free shipping" after a price of a listing (九块九包邮 "9.9 yuan with free shipping") ends the
# price's elided minor digit as the one piece does; a threshold before it is yuan (满99包邮).
ZH_FREE_SHIPPING_WORDS: Final[frozenset[str]] = frozenset(
    {"包邮", "包郵", "免邮", "免郵", "免运费", "免運費"}
)
ZH_LOCAL_COMPOUND_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    {_PRE}\ ?+{_EDGE_BEFORE}{_BARE}
    (?P<num>{_NUM})\ ?+(?P<unit>{_MAJOR})          # 八元, 20元, 三美元, 八块
    {alternation(ZH_COMPOUND_JOINERS)}?+         # 又, 零
    (?:
        (?P<part>{_PART})\ ?+(?P<partunit>{_MINOR})(?![{_MINOR_NOT}])       # 四毛, 5角
        (?:(?P<part2>{_PART})\ ?+(?P<partunit2>{_MINOR})(?![{_MINOR_NOT}]))?+  # 8分
        {alternation(ZH_MONEY_TAILS)}?+                                     # 钱
      | (?<=[{_ELIDING}])(?P<part>[1-9{_UNIT_DIGITS}])                     # 八块五
        (?:(?={alternation(ZH_PRICE_EACH_ONE)}{_MEASURE})                  # 一块二一个: each
          |(?={alternation(ZH_FREE_SHIPPING_WORDS)})                         # 九块九包邮
          |(?![0-9{_NUMERAL_CHARS}])(?!(?!{_Q_AFTER})[\p{{Han}}--[{_BARE_NEXT}]]))  # not 五边形
    )
    (?P<post>{_Q_AFTER})?+                         # 左右
    """,
    _FLAGS,
)
# A share of tenths and a digit of hundredths: 四成五 = 45%, 七成五 = 75% (not 三成五成群).
ZH_LOCAL_TENTHS_PART_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    {_PRE}{_EDGE_BEFORE}(?<![{_NUMERAL_CHARS}])
    (?P<num>[1-9]|[{_UNIT_DIGITS}])(?P<unit>{_TENTHS})   # 四成
    (?P<part>[1-9]|[{_UNIT_DIGITS}])(?![0-9{_NUMERAL_CHARS}])  # 五
    (?P<post>{_Q_AFTER})?+
    (?(post)|(?![\p{{Han}}--[{_BARE_NEXT}]]))      # not a word: 三成五成群
    """,
    _FLAGS,
)
# A share of tenths and a half (两成半 = 25%, 三成半 = 35%), as 两吨半 is 2.5 t (not 三成半成品).
ZH_LOCAL_TENTHS_HALF_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    {_PRE}{_EDGE_BEFORE}(?<![{_NUMERAL_CHARS}])
    (?P<num>[1-9]|[{_UNIT_DIGITS}])(?P<unit>{_TENTHS})(?P<half>{_HALF})   # 两成半
    (?P<post>{_Q_AFTER})?+
    (?(post)|(?![\p{{Han}}--[{_BARE_NEXT}]]))      # not a word: 三成半成品
    """,
    _FLAGS,
)
_DAY_HALF: Final[str] = alternation(ZH_DAY_HALVES)
_HOUR_MARK: Final[str] = "".join(sorted(ZH_HOUR_MARKS))
_HOUR_CLOCK: Final[str] = "".join(sorted(ZH_HOUR_CLOCK))
_CLOCK_NOT: Final[str] = "".join(sorted(ZH_CLOCK_NOT_AFTER))
_CLOCK_Q: Final[str] = alternation(ZH_CLOCK_QUALIFIERS)
_HOUR: Final[str] = rf"(?:(?:[01]?[0-9]|2[0-4])(?![0-9])|[{_HAN_DIGIT_CHARS}{_TENS_CHARS}]{{1,3}}+)"
_MINUTE: Final[str] = rf"(?:[0-5]?[0-9](?![0-9])|[{_HAN_DIGIT_CHARS}{_TENS_CHARS}]{{1,3}}+)"
# The minutes after the hour mark: 半 (half past), 一刻/三刻 (quarters), N分.
_MINUTES: Final[str] = rf"""
    (?:(?P<halfhour>{_HALF})|(?P<quarter>[一三])刻|(?P<minute>{_MINUTE})\ ?+分(?![{_MINOR_NOT}]))
"""
# Words of a ratio right before its two figures (师生比为1:18, 医护比为1:1.18, 按2:1分配): there
# either figure may have two digits or a decimal, which elsewhere makes a clock time (10:30). Not
# 比 alone, a comparison before a time (比8:30早).
ZH_RATIO_WORDS_BEFORE_COLON: Final[frozenset[str]] = frozenset(
    {"比为", "比為", "比是", "比例", "比例为", "比例為", "比率为", "比率為", "按", "按照"}
    | {
        "比达",
        "比達",
        "比达到",
        "比達到",
        "比例达",
        "比例達",
        "比例达到",
        "比例達到",
    }  # 竞争比达3000:1
)
_RATIO_BEFORE: Final[str] = alternation(ZH_RATIO_WORDS_BEFORE_COLON)
# HH:MM and HH:MM:SS (14:20, 07:45), not a ratio's 1:50,000 nor a longer run of colons. The
# colon of a label before it (开放时间：8:30, fullwidth or not) opens the time; a ratio's words do not.
_COLON_TIME: Final[str] = rf"""
    (?<![0-9]|[0-9]:|{_RATIO_BEFORE})(?P<num>[01]?[0-9]|2[0-4]):(?P<minute>[0-5][0-9])(?::(?P<second>[0-5][0-9]))?+
    (?![0-9:]|[.,][0-9])
"""
# A clock time with the half of the day before it: 上午9点半, 下午3点, 凌晨2点15分, 晚上8点, 下午3:30.
ZH_LOCAL_TIME_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    (?P<dayhalf>{_DAY_HALF})\ ?+                  # 上午, 晚上
    (?:
        {_COLON_TIME}                             # 3:30
      | (?P<num>{_HOUR})\ ?+[{_HOUR_MARK}][{_HOUR_CLOCK}]?+   # 9点, 三点钟
        (?:{_MINUTES}|(?P<minute>{_MINUTE})(?![{_HOUR_MARK}]))?+  # 半, 15分, 五十
    )
    (?P<post>{_CLOCK_Q})?+                        # 许
    """,
    _FLAGS,
)
# A clock time with no half of the day (a 12-hour reading stays open: 9点15分 may be evening).
ZH_LOCAL_TIME_OPEN_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    {_EDGE_BEFORE}
    (?:
        {_COLON_TIME}                             # 14:20, 07:45
      | (?P<num>{_HOUR})\ ?+[{_HOUR_MARK}]{_MINUTES}          # 14时20分, 九点半
      | (?P<num>{_HOUR})\ ?+[{_HOUR_MARK}][{_HOUR_CLOCK}]     # 九点钟
      | (?P<num>[01]?[0-9]|2[0-4])(?![0-9])\ ?+[{_CLOCK}](?![{_CLOCK_NOT}])  # 10时, not 2时代
      | (?P<num>[01]?[0-9]|2[0-4])                # 0 of 0—24时: the first end borrows the mark
        (?=\ ?+{_RANGE_SEP_LOCAL}\ ?+(?:[01]?[0-9]|2[0-4])\ ?+[{_CLOCK}](?![{_CLOCK_NOT}]))
    )
    (?P<post>{_CLOCK_Q})?+                        # 许
    """,
    _FLAGS,
)
# A minus sign written "-" before a bare figure (-20000, -3.6万): a sign only where it stands alone
# before the digits, not where it joins a name or a figure to a figure (卡-52, 1992年-1997年, 5-6).
ZH_SIGN_NOT_AFTER: Final[frozenset[str]] = frozenset({".", ",", ")", "）", "]", "%", "-", "/"})
# Words after which "-" is a sign even though a Han character precedes it (差额为-20000, 降至-12).
ZH_SIGN_AFTER: Final[frozenset[str]] = frozenset(
    {"为", "為", "是", "达", "達", "约", "約", "至", "到", "仅", "僅"}
)
# Verbs and nouns of change after which "-" is a sign too: 增长-5.2万 is growth of minus 52,000,
# 同比-3.1万 a change on the year (卡-52 is still a model).
ZH_SIGN_AFTER_CHANGE: Final[frozenset[str]] = frozenset(
    {
        "增长",
        "增長",
        "增加",
        "减少",
        "減少",
        "下降",
        "上涨",
        "上漲",
        "下跌",
        "变化",
        "變化",
        "变动",
        "變動",
        "增幅",
        "涨幅",
        "漲幅",
        "降幅",
        "跌幅",
        "增速",
        "增减",
        "增減",
        "同比",
        "环比",
        "環比",
    }
)
_ASCII_SIGNS: Final[str] = alternation(s for s in ZH_NEGATIVE_SIGNS if s.isascii())
ZH_LOCAL_SIGNED_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    (?:(?<=[{"".join(sorted(ZH_SIGN_AFTER))}])                # 为-20000
      |(?<={alternation(ZH_SIGN_AFTER_CHANGE)}\ ?)           # 增长-5.2万
      |(?<![\w{regex.escape("".join(sorted(ZH_SIGN_NOT_AFTER)))}])(?<![0-9]\ ))   # not 卡-52, 3 -2
    (?P<neg>{_ASCII_SIGNS})                     # -
    (?![0]{{1}}[0-9])                           # not a code 0xx
    (?P<num>{_DIGIT_RUN}[{_MAGNITUDE_CHARS}{_OVER_CHARS}]{{0,3}}+)  # 20000, 3.6万
    (?![-/:][0-9])                              # not the head of -010-6536
    (?!{_LABEL_AFTER})
    (?P<post>{_Q_AFTER})?+                      # 以上
    (?![0-9A-Za-z])
    """,
    _FLAGS,
)
# A round figure with no digit before it, followed by a currency: 百亿美元 (10^10 dollars), 千亿元,
# 万亿元. Alone, 百 千 万 open words (百姓, 千万别); before a currency they state the amount.
ZH_LOCAL_ROUND_MONEY_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    {_EDGE_BEFORE}(?<![0-9{_NUMERAL_CHARS}{_OVER_CHARS}{_POINT_CHARS}])
    (?P<num>[{_BARE_CHARS}]{{1,3}}+)            # 百亿, 千万, 万亿
    (?P<unit>{_CURRENCY})(?!(?<=元){_YUAN_WORD})  # 美元, 元; not 一元化
    (?P<post>{_Q_AFTER})?+                      # 左右
    """,
    _FLAGS,
)
# What may follow a range of two digit runs joined by 至 or 到 with no unit (30至40之间, 60至70的,
# 30至40。): with these a bare range is read, not two figures (a year range, 2019至2020, is not).
ZH_BARE_RANGE_ENDS: Final[frozenset[str]] = frozenset({"之间", "之間", "的"})
ZH_BARE_RANGE_END_MARKS: Final[frozenset[str]] = frozenset("，。；！？、,.;!?）)")
# A range of bare figures with no unit, the magnitude stated on the second end or on both:
# 30万到35万, 30万至35万, 3～5万. A unit character is needed on the second end (plain 5-6 is a
# score or a code as often), and no word may follow; with 至 or 到 two digit runs need none where
# a table below ends them. A dash joins the ends only where the second
# ends in a scale character, as pay is advertised (年薪50-80万, 月薪1.5万-2万).
_RANGE_BARE_SEP: Final[str] = alternation(ZH_RANGE_SEPARATORS - {"-", "—", "－"})
_RANGE_BARE_DASHES: Final[str] = "-—－"
# Two plain figures in digits joined by 至, 到 or a tilde are a range too, as statistics write an
# interval (置信区间为1.2至3.4, 在5至10之间): where an end has a decimal or 之间 follows (比分2至3
# may be a score), the ends have three digits before the point at most (not years: 2020至2022)
# and no word of a change stands before (从5到10 is a change); with a dash, only two shares
# written from zero (0.48-0.80: not a score or a code, 5-6).
ZH_RANGE_CHANGE_FROM_WORDS: Final[frozenset[str]] = frozenset({"从", "從", "由"})
ZH_RANGE_BETWEEN_MARKS: Final[frozenset[str]] = frozenset({"之间", "之間"})
_RANGE_PLAIN_SEP: Final[str] = rf"\ ?+{_RANGE_BARE_SEP}\ ?+"
_RANGE_PLAIN_OPEN: Final[str] = rf"""
    (?<=(?<![0-9.,]|{alternation(ZH_RANGE_CHANGE_FROM_WORDS)})[0-9]{{1,3}}+(?:\.[0-9]{{1,4}}+)?+
    {_RANGE_PLAIN_SEP})
    (?=[0-9]{{1,3}}+\.[0-9]{{1,4}}+(?![0-9.,])                        # 1.2至3.4
      |(?<=\.[0-9]{{1,4}}+{_RANGE_PLAIN_SEP})[0-9]{{1,3}}+(?![0-9.,])   # 1.5至3
      |[0-9]{{1,3}}+{alternation(ZH_RANGE_BETWEEN_MARKS)})               # 在5至10之间
"""
_RANGE_ZERO_SHARE: Final[str] = r"(?<![0-9.,])0\.[0-9]{1,4}+"
_RANGE_BARE_SEP_CHARS: Final[str] = "".join(sorted(ZH_RANGE_SEPARATORS - {"-", "—", "－"}))
_RANGE_BARE_ENDS: Final[str] = alternation(ZH_BARE_RANGE_ENDS)
_RANGE_BARE_END_MARKS: Final[str] = regex.escape("".join(sorted(ZH_BARE_RANGE_END_MARKS)))
ZH_LOCAL_BARE_RANGE_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    {_PRE}\ ?+{_EDGE_BEFORE}{_BARE}
    (?<![0-9{_NUMERAL_CHARS}])
    (?P<num>{_NUM_SPACED})\ ?+                  # 30万
    (?:{_RANGE_BARE_SEP}|(?P<dash>[{_RANGE_BARE_DASHES}]))\ ?+   # 到, 至, ～, -
    (?:
        (?=[0-9{_NUMERAL_CHARS}{_OVER_CHARS}{_POINT_CHARS}\ ]*[{_UNIT_CHARS}])
      | {_RANGE_PLAIN_OPEN}                     # 1.2至3.4
      | (?<={_RANGE_ZERO_SHARE}[{_RANGE_BARE_DASHES}])(?={_RANGE_ZERO_SHARE}(?![0-9.,]))  # 0.48-0.80
      | (?(dash)(?!)|(?<!(?:19|20)[0-9]{{2}}\ ?+[{_RANGE_BARE_SEP_CHARS}]\ ?+))   # not 2019至2020
        (?<![（(][0-9]{{3,4}}+\ ?+[{_RANGE_BARE_SEP_CHARS}]\ ?+)   # nor （701~762）, years of a life
        (?=[0-9]{{1,6}}+(?:\.[0-9]{{1,6}}+)?+(?:{_RANGE_BARE_ENDS}|[{_RANGE_BARE_END_MARKS}]))
                                                # 30至40之间, 60至70的, 30至40。 (digits, no unit)
    )
    (?P<num2>{_NUM_SPACED})(?![0-9{_NUMERAL_CHARS}])   # 35万
    (?(dash)(?<=[{_MAGNITUDE_CHARS}]|{_RANGE_ZERO_SHARE}))   # 50-80万, 0.48-0.80; not 5-6
    (?P<post>{_Q_AFTER})?+
    (?![\p{{Han}}--[{_BARE_NEXT}]])             # not 3至5万人次 (a measure word: the count rule)
    """,
    _FLAGS,
)
# A half after a unit of mass or length (两吨半 = 2.5 t, 三公里半), as after a span (两年半): not
# where 半 opens a word (3吨半成品).
_HALF_UNITS: Final[str] = alternation({**ZH_MASS_UNITS, **ZH_QUANTITY_UNITS})
ZH_LOCAL_UNIT_HALF_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    {_PRE}\ ?+{_EDGE_BEFORE}{_BARE}
    (?P<num>{_NUM})\ ?+                         # 两
    (?P<unit>{_HALF_UNITS})(?P<half>{_HALF})    # 吨半
    (?P<post>{_Q_AFTER})?+                      # 左右
    (?(post)|(?![\p{{Han}}--[{_BARE_NEXT}]]))    # not 3吨半成品
    """,
    _FLAGS,
)
# The parts of a span stated in hours, minutes and seconds, as race results and timetables write
# them (2小时8分30秒, 4小时18分, 1分45秒): 分 after an hour span, or before a number of seconds, is
# minutes (alone it is a mark or a fen: 得了18分); 秒 after such minutes is seconds. After a clock
# time's hour (14时20分30秒, 3点5分) both are the time's, read by the time rules.
ZH_SPAN_HOURS: Final[frozenset[str]] = frozenset({"小时", "小時", "钟头", "鐘頭"})
ZH_SPAN_MINUTES: Final[dict[str, str]] = {"分": "minute"}
ZH_SPAN_SECONDS: Final[dict[str, str]] = {"秒": "second"}
# 零 between an hour span and its minutes (1小时零5分); what after 分 makes it another word (分钟 is
# read by the span rule, 三分之一 is a fraction).
ZH_SPAN_MINUTES_GAP: Final[frozenset[str]] = frozenset({"零"})
ZH_SPAN_MINUTES_NOT_BEFORE: Final[frozenset[str]] = frozenset({"钟", "鐘", "之"})
_SPAN_HOURS: Final[str] = alternation(ZH_SPAN_HOURS)
_SPAN_MINUTES: Final[str] = alternation(ZH_SPAN_MINUTES)
_SPAN_SECONDS: Final[str] = alternation(ZH_SPAN_SECONDS)
_SPAN_GAP: Final[str] = alternation(ZH_SPAN_MINUTES_GAP)
_SPAN_MINUTES_NOT: Final[str] = "".join(sorted(ZH_SPAN_MINUTES_NOT_BEFORE))
_SPAN_PART: Final[str] = rf"[0-9{_HAN_DIGIT_CHARS}{_TENS_CHARS}]{{1,3}}"
ZH_LOCAL_SPAN_MINUTES_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    (?:(?<=(?:{_SPAN_HOURS}){_SPAN_GAP}?)             # 4小时18分, 1小时零5分
      |(?<![0-9{_NUMERAL_CHARS}][{_HOUR_MARK}])        # not 14时20分30秒 (用时1分45秒 is a span)
       (?={_SPAN_PART}{_SPAN_MINUTES}{_SPAN_PART}{_SPAN_SECONDS}))  # 1分45秒
    {_EDGE_BEFORE}(?P<num>{_MINUTE})
    (?P<unit>{_SPAN_MINUTES})(?![{_SPAN_MINUTES_NOT}])  # not 分钟, 三分之一
    """,
    _FLAGS,
)
ZH_LOCAL_SPAN_SECONDS_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    (?:(?<=(?:{_SPAN_HOURS}){_SPAN_GAP}?{_SPAN_PART}{_SPAN_MINUTES})   # 2小时8分30秒
      |(?<![0-9{_NUMERAL_CHARS}][{_HOUR_MARK}]{_SPAN_PART}{_SPAN_MINUTES})  # not 14时20分30秒
       (?<=(?<![0-9{_NUMERAL_CHARS}]){_SPAN_PART}{_SPAN_MINUTES}))  # 1分45秒
    (?P<num>{_MINUTE})(?P<unit>{_SPAN_SECONDS})
    """,
    _FLAGS,
)
# A race time with its hundredths after the seconds (9秒83 = 9.83 seconds, 1分05秒12), as results
# are written, or its thousandths as motor racing times a lap (1分18秒750 = 78.750 seconds); not a
# figure with a measure word or unit of its own after it.
ZH_LOCAL_SPAN_HUNDREDTHS_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    {_EDGE_BEFORE}(?P<num>[0-9]{{1,3}})(?P<unit>{_SPAN_SECONDS})   # 9秒
    (?P<part>[0-9]{{1,3}})(?![0-9.%])                            # 83, 750
    (?!\ ?+(?:{_MEASURE}|{_LOCAL_UNIT}|{_DURATION}))             # not 10秒20个, 5秒3天
    """,
    _FLAGS,
)
# A score or a ratio written with a colon (3：0完胜, 以108:102击败, 按1:2的比例): two figures, as 3比1
# is and as "won 3-0" is read in English. Not where the second figure has two digits, which makes
# a clock time (10:30), nor inside a longer run of colons (a time with seconds, 1:2:3).
ZH_SCORE_SEPARATORS: Final[frozenset[str]] = frozenset({":", "：", "∶"})  # ∶ is the ratio sign
_SCORE_SEP: Final[str] = alternation(ZH_SCORE_SEPARATORS)
_SCORE_NOT: Final[str] = rf"(?![0-9.]|{_SCORE_SEP})"
# After a word of a ratio a term may have up to five digits (竞争比例达到3000:1, an exam's
# competition for a post), where a bare score keeps to three.
_RATIO_TERM: Final[str] = r"[0-9]{1,5}+(?:\.[0-9]{1,2}+)?+"
_RATIO_FIRST: Final[str] = rf"(?<={_RATIO_BEFORE})(?<![0-9.])"
ZH_LOCAL_SCORE_FIRST_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    {_RATIO_FIRST}(?P<num>{_RATIO_TERM})(?={_SCORE_SEP}{_RATIO_TERM}{_SCORE_NOT})   # 比为1:18
    |(?<![0-9.]|{_SCORE_SEP})(?P<num>[0-9]{{1,3}})                 # 3
    (?={_SCORE_SEP}(?:[0-9]{{3}}|[0-9]){_SCORE_NOT})            # ：0, :102; not :30
    """,
    _FLAGS,
)
ZH_LOCAL_SCORE_SECOND_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    (?<={_RATIO_FIRST}{_RATIO_TERM}{_SCORE_SEP})(?P<num>{_RATIO_TERM}){_SCORE_NOT}   # 1:18
    |(?<=(?<![0-9.]|{_SCORE_SEP})[0-9]{{1,3}}{_SCORE_SEP})         # 3：
    (?P<num>[0-9]{{3}}|[0-9]){_SCORE_NOT}                        # 0, 102
    """,
    _FLAGS,
)
# A date written in digits with a dot or a slash between its parts, year first, as web and product
# text writes it (2021.3.15, 2021/03/15): the same separator twice. Not 2021.3 alone (a decimal).
ZH_DATE_NUMERIC_SEPARATORS: Final[frozenset[str]] = frozenset({".", "/"})
_DATE_NUMERIC_SEP: Final[str] = "".join(sorted(regex.escape(s) for s in ZH_DATE_NUMERIC_SEPARATORS))
ZH_LOCAL_DATE_NUMERIC_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    (?<![0-9.,/])(?P<year>1[0-9]{{3}}|20[0-9]{{2}})       # 2021
    (?P<sep>[{_DATE_NUMERIC_SEP}])(?P<month>1[0-2]|0?[1-9])   # .3
    (?P=sep)(?P<day>3[01]|[12][0-9]|0?[1-9])              # .15
    (?![0-9]|[.,/][0-9])
    """,
    _FLAGS,
)
# Three or more groups of digits joined by dots are a version or an address, one code (2.3.15,
# 192.168.1.1), not a decimal and what follows it; a date of this shape is read above.
ZH_LOCAL_DOTTED_CODE_RE: Final[regex.Pattern[str]] = compiled.pattern(
    r"""
    (?<![0-9.,])(?P<num>[0-9]{1,4})(?:\.[0-9]{1,4}){2,8}+(?![0-9]|\.[0-9])   # 2.3.15
    """,
    _FLAGS,
)
# A five-year plan named by its rank in full: 第十四个五年规划 and "the 14th Five-Year Plan" (the
# English side reads the name as one ordinal too). The plan's length is part of its name, no span
# of five years; the claim is the rank and the length (第十四个五年), the plan word stays out.
ZH_PLAN_MEASURES: Final[frozenset[str]] = frozenset({"个", "個"})
ZH_PLAN_LENGTHS: Final[frozenset[str]] = frozenset({"五年"})
ZH_PLAN_WORDS: Final[frozenset[str]] = frozenset({"规划", "計劃", "计划", "規劃"})
ZH_LOCAL_PLAN_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    {_ORDINAL}                                                  # 第
    (?P<num>[0-9]{{1,2}}+|[{_NUMERAL_CHARS}]{{1,3}}+)               # 十四, 14
    {alternation(ZH_PLAN_MEASURES)}?+                           # 个
    {alternation(ZH_PLAN_LENGTHS)}                              # 五年
    (?={alternation(ZH_PLAN_WORDS)})                            # 规划
    """,
    _FLAGS,
)
# The base of a rate in statistics, a bare magnitude after 每 before whom it counts: 每千人 "per
# 1,000 people", 每万人口, 每百户 "per 100 households", 每百万人口 "per million population" (每十万人
# is read as a count already). Not before a unit, where 千 may be its prefix (每千克 is per
# kilogram).
ZH_PER_BASE_MARKS: Final[frozenset[str]] = frozenset({"每"})
ZH_PER_BASES: Final[frozenset[str]] = frozenset({"百", "千", "万", "萬", "百万", "百萬"})
ZH_PER_BASE_NOUNS: Final[frozenset[str]] = frozenset(
    {"人", "人口", "户", "戶", "名", "位", "居民", "家庭", "个家庭", "個家庭"}
)
ZH_LOCAL_PER_BASE_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    (?<={alternation(ZH_PER_BASE_MARKS)})                      # 每
    (?P<num>{alternation(ZH_PER_BASES)})                       # 千
    (?={alternation(ZH_PER_BASE_NOUNS)})                       # 人, 户
    """,
    _FLAGS,
)
# The distance a car's consumption is stated over: 百公里油耗5.6升 and 每百公里耗电15度 are "5.6 liters
# per 100 kilometers", "15 kWh/100 km". 百 alone before 公里 is 100 km there.
ZH_PER_DISTANCE_UNITS: Final[frozenset[str]] = frozenset({"公里", "千米"})
ZH_PER_DISTANCE_AFTER: Final[frozenset[str]] = frozenset(
    {"油耗", "耗油", "电耗", "電耗", "耗电", "耗電", "能耗", "综合油耗", "綜合油耗", "平均油耗"}
)
ZH_LOCAL_PER_DISTANCE_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    (?<![0-9{_NUMERAL_CHARS}])
    (?P<num>{alternation(ZH_PER_BASES)})                        # 百
    (?P<unit>{alternation(ZH_PER_DISTANCE_UNITS)})              # 公里
    (?={alternation(ZH_PER_DISTANCE_AFTER)})                    # 油耗
    """,
    _FLAGS,
)
ZH_ACCELERATION_SPEED_UNITS: Final[frozenset[str]] = frozenset({"km/h", "公里/小时", "千米/小时"})
# A car's acceleration is timed from standstill to 100 km/h: 百公里加速3.9秒 and 零百加速 are "0-100
# km/h in 3.9 seconds", read as the speed 100 km/h (as 0-100km/h and "0 to 100 km/h" are).
ZH_ACCELERATION_AFTER: Final[frozenset[str]] = frozenset({"加速"})
ZH_ACCELERATION_ZERO: Final[frozenset[str]] = frozenset({"零"})
ZH_LOCAL_ACCELERATION_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    (?<![0-9{_NUMERAL_CHARS}])
    {alternation(ZH_ACCELERATION_ZERO)}?+                      # 零 of 零百
    (?P<num>百)                                                  # 百
    (?:{alternation(ZH_PER_DISTANCE_UNITS)})?+                 # 公里
    (?={alternation(ZH_ACCELERATION_AFTER)})                   # 加速
    """,
    _FLAGS,
)
# A range from standstill to a speed (0-100km/h加速): the speed it is timed to.
ZH_LOCAL_ACCELERATION_RANGE_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    (?<![0-9.,{_NUMERAL_CHARS}])
    0\ ?+(?:{alternation(ZH_RANGE_SEPARATORS)})\ ?+
    (?P<num>[1-9][0-9]{{1,2}}+)\ ?+
    (?P<unit>{alternation(ZH_ACCELERATION_SPEED_UNITS)})(?![A-Za-z0-9])
    """,
    _FLAGS,
)
# A shop's threshold discount (满300减50 "50 yuan off orders of 300"): both figures are yuan, written
# bare as the promotion is (满200元减30元 states it).
ZH_SPEND_THRESHOLD_MARKS: Final[frozenset[str]] = frozenset({"满", "滿"})
ZH_SPEND_THRESHOLD_CUTS: Final[frozenset[str]] = frozenset({"减", "減"})
# A threshold of free shipping is yuan too (满99包邮 "free shipping on orders over 99 yuan");
# 满3件包邮 counts items and stays the count's. (The words: ZH_FREE_SHIPPING_WORDS.)
_SPEND_MARK: Final[str] = alternation(ZH_SPEND_THRESHOLD_MARKS)
_SPEND_CUT: Final[str] = alternation(ZH_SPEND_THRESHOLD_CUTS)
ZH_LOCAL_SPEND_THRESHOLD_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    (?:(?<={_SPEND_MARK})(?P<num>[1-9][0-9]{{0,5}}+)(?={_SPEND_CUT}[0-9])                 # 满300
      |(?<={_SPEND_MARK})(?P<num>[1-9][0-9]{{0,5}}+)(?={alternation(ZH_FREE_SHIPPING_WORDS)})  # 满99包邮
      |(?<={_SPEND_MARK}[1-9][0-9]{{0,5}}{_SPEND_CUT})(?P<num>[1-9][0-9]{{0,5}}+))     # 减50
    (?![0-9.%])
    """,
    _FLAGS,
)
# The words a core may be preceded by, walked back over by the engine.
ZH_PREFIXES: Final[frozenset[str]] = frozenset(
    {
        *ZH_QUALIFIERS_BEFORE,
        *ZH_QUALIFIERS_ROUND,
        *ZH_QUALIFIERS_SHORT_OF_ROUND,  # 小一万
        *ZH_NEGATIVE_SIGNS,
        # Compared lower-cased, as the reader walks back over them (RMB1.2亿, HK$300).
        *(prefix.lower() for prefix in ZH_CURRENCY_PREFIXES),
        *ZH_SPEED_MARKS,
        *ZH_SPEED_GAPS,  # 时速可达250公里
        *ZH_SECOND_SPEED_MARKS,  # 每秒45米
        *ZH_MINUTE_TURN_MARKS,  # 每分钟6500转
        *ZH_FOREIGN_PREFIXES,  # 港币1000
        *ZH_BEFORE_COMMON_ERA,  # 公元前221年
        *ZH_ERA_YEAR_ZERO,  # 民國110年
        *ZH_REIGN_ERA_YEAR_ZERO,  # 乾隆三年
        *ZH_CELSIUS_BEFORE,  # 攝氏8度
        *ZH_PHONE_OPENERS,  # +86 10 6536 8888
        *ZH_SPAN_BEFORE,  # 头7个月
        *ZH_ORDINAL_MARKS,  # 第3
        *ZH_VAGUE_DIGITS,  # 几十年, 数百万: an unknown digit opens no core of its own
        *ZH_DAY_HALVES,
    }
)

# What each rule's match can begin with (`Rule.begins`): the engine tries a rule only where one of
# these begins. A numeral is a digit or a numeral character (大写 forms, 几 and 数 included); most
# rules may open with a qualifier (`_PRE`), some with a sign or a currency written first.
# Levels of a scale (units.txt): a wind force in Beaufort levels (7级风, 7级大风, 风力7级, 阵风8级,
# 17级台风) and an earthquake's magnitude (里氏6.5级, 6.5级地震, 5.2级余震), read with 级 only where a word
# of wind or of an earthquake stands before the figure or after 级; 级 alone is a grade (三级医院,
# 4A级景区) or a class and stays unread.
ZH_LEVEL_MARKS: Final[frozenset[str]] = frozenset({"级", "級"})
ZH_WIND_BEFORE: Final[frozenset[str]] = frozenset({"风力", "阵风", "风", "風力", "陣風", "風"})
# 间 between two levels of a forecast is "at times" (二三级间四级, 二三间四级 "2-3, at times 4"): the
# levels from the first to the last.
ZH_LEVEL_JOINERS: Final[frozenset[str]] = frozenset({"间", "間", "级间", "級間"})
ZH_WIND_AFTER: Final[frozenset[str]] = frozenset(
    {"风", "大风", "狂风", "强风", "烈风", "阵风", "台风", "飓风", "風", "大風", "颱風", "颶風"}
)
ZH_QUAKE_BEFORE: Final[frozenset[str]] = frozenset({"里氏", "芮氏", "震级", "震級"})
ZH_QUAKE_AFTER: Final[frozenset[str]] = frozenset(
    {"地震", "强震", "余震", "强烈地震", "強震", "餘震"}
)
# What after a word of wind makes it another word (一级风险 is a level of risk, 三级风景区 a grade
# of a park).
ZH_WIND_NOT_BEFORE: Final[frozenset[str]] = frozenset(
    {"险", "格", "景", "采", "貌", "味", "光", "范", "气", "俗", "尚", "潮", "度", "險", "範", "氣"}
)
# What may stand between a word of wind or an earthquake and its level (风力达到7级, 震级为6.5级).
ZH_LEVEL_VERBS: Final[frozenset[str]] = frozenset({"达", "达到", "可达", "为", "達", "達到", "為"})
_LEVEL_MARK: Final[str] = alternation(ZH_LEVEL_MARKS)
_LEVEL_VERB: Final[str] = alternation(ZH_LEVEL_VERBS)


def _level_pattern(before: frozenset[str], after: frozenset[str]) -> regex.Pattern[str]:
    not_after = "".join(sorted(ZH_WIND_NOT_BEFORE))
    return compiled.pattern(
        rf"""
        (?:(?<=(?:{alternation(before)})(?:{_LEVEL_VERB})?)(?P<lead>)|{_EDGE_BEFORE})  # 风力, 里氏
        {_PRE}                                                                      # 达到, 约
        (?P<num>{_NUM})                                                             # 7
        (?:(?:{_RANGE_SEP_LOCAL}|{alternation(ZH_LEVEL_JOINERS)})(?P<num2>{_NUM}))?+  # 至8, 间4
        {_LEVEL_MARK}                                                               # 级
        (?P<post>{_Q_AFTER})?+                                                      # 以上
        (?(lead)|(?=(?:{alternation(after)})(?![{not_after}])))                     # 大风; not 风险
        """,
        _FLAGS,
    )


ZH_LOCAL_WIND_RE: Final[regex.Pattern[str]] = _level_pattern(ZH_WIND_BEFORE, ZH_WIND_AFTER)
ZH_LOCAL_QUAKE_RE: Final[regex.Pattern[str]] = _level_pattern(ZH_QUAKE_BEFORE, ZH_QUAKE_AFTER)
# The first figure of a pair of pressures that states its unit once (血压140/90毫米汞柱): the unit
# written after the second, which the unit rules read.
ZH_PRESSURE_SEPARATORS: Final[frozenset[str]] = frozenset({"/", "／"})
_PRESSURE_UNIT: Final[str] = alternation(
    s for s, u in {**ZH_QUANTITY_UNITS, **ZH_LATIN_UNITS}.items() if u == "millimeter_Hg"
)
ZH_LOCAL_PRESSURE_PAIR_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    {_EDGE_BEFORE}(?P<num>(?>{_DIGIT_RUN}))                               # 140
    (?=\ ?+{alternation(ZH_PRESSURE_SEPARATORS)}\ ?+(?>{_DIGIT_RUN})\ ?+  # /90
       (?P<unit>{_PRESSURE_UNIT}))                                        # 毫米汞柱
    """,
    _FLAGS,
)

# A rate: an amount of money per an amount of mass, area, length or volume (30元/公斤, 30元每公斤,
# 每公斤30元, 2万元/平方米, 每平方米2万元), or a range of them (每平方米3万至4万元). The claim is the money; its unit is the currency per the
# canonical unit of the denominator (CNY/t, CNY/m2), so a rate per another unit is a unit finding.
ZH_PER_MARKS: Final[frozenset[str]] = frozenset({"/", "／", "每"})
ZH_PER_BEFORE: Final[frozenset[str]] = frozenset({"每"})
# A price of a stall or a listing names the one unit it buys after the money (5元一斤, 五块钱一斤
# "5 yuan a jin", 30元一公斤) or right before it (一斤8块): the 一 is the "per" of the rate, before a
# unit of the denominators only, with nothing between the unit and the money in the second form
# (一吨煤炭500元 is two claims); the claim then begins at the 一 (not at 十一斤8块).
ZH_PRICE_PER_ONE: Final[frozenset[str]] = frozenset({"一"})
_RATE_DENOMINATORS: Final[frozenset[str]] = frozenset(
    s for s in {**ZH_MASS_UNITS, **ZH_QUANTITY_UNITS} if "/" not in s and "每" not in s
)
_RATE_DENOMINATOR: Final[str] = alternation(_RATE_DENOMINATORS)
_RATE_MONEY: Final[str] = alternation(
    s for s, u in {**ZH_CURRENCIES, **ZH_COLLOQUIAL_MONEY}.items() if u.isupper()
)
# Between 每公斤 and its money a few words may stand (每公斤售价8元, 每亩增收500元, 每斤收购价1.2元),
# but no numeral (the rate is the first figure after its unit), no mark of another unit, and no
# character that continues a unit (the 时 of 每千瓦时 is the unit's, not a word after 千瓦).
_RATE_GAP_LONGEST: Final[int] = 6
_RATE_GAP_NOT: Final[str] = "".join(
    sorted(
        regex.escape(c)
        for c in {
            *_NUMERAL_CHARS,
            *_OVER_CHARS,
            *ZH_PER_BEFORE,
            *(surface[i] for surface in _RATE_DENOMINATORS for i in range(1, len(surface))),
        }
    )
)
# A rent or fee per a unit of area and per a span of time (每平方米每天8元, 每平方米每月3.5元,
# "8 yuan per square meter per day"): the span may stand right after the unit; the rate is the money
# per the unit of area, as the English reads it.
ZH_RATE_PERIOD_GAPS: Final[frozenset[str]] = frozenset({"每天", "每日", "每月", "每年", "每晚"})
ZH_LOCAL_RATE_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    (?:(?<={alternation(ZH_PER_BEFORE)}(?P<per>{_RATE_DENOMINATOR})           # 每公斤
           (?:\ ?+{alternation(ZH_RATE_PERIOD_GAPS)})?+                       # 每天
           (?:\ ?+[\p{{Han}}--[{_RATE_GAP_NOT}]]{{1,{_RATE_GAP_LONGEST}}}?)?\ ?+)(?P<lead>)
      |(?<![0-9{_NUMERAL_CHARS}]){alternation(ZH_PRICE_PER_ONE)}       # 一斤8块: the unit
           (?P<per>{_RATE_DENOMINATOR})\ ?+(?P<lead>)                  # first, read in the claim
      |)                                                               # 售价
    {_PRE}\ ?+
    (?P<unitpre>{_CURRENCY_PREFIX})?+\ ?+                # 人民币, ¥
    {_EDGE_BEFORE}(?P<num>{_NUM_SPACED})\ ?+             # 30, 2万
    (?:(?:{_RATE_MONEY})?+\ ?+{_RANGE_SEP_LOCAL}\ ?+     # (元)至: a range, its
       (?P<num2>{_NUM_SPACED})\ ?+)?+                   # currency stated once or twice
    (?(unitpre)(?P<unit>{_RATE_MONEY})?+|(?P<unit>{_RATE_MONEY}))   # 元
    (?(lead)|\ ?+(?:{alternation(ZH_PER_MARKS)}|{alternation(ZH_PRICE_PER_ONE)})\ ?+   # /, 一
        (?P<per>{_RATE_DENOMINATOR}))                  # 公斤
    (?!\p{{Han}}(?<=[米里升]\p{{Han}}))                   # not 元/米高的
    \ ?+(?P<post>{_Q_AFTER})?+                           # 左右
    """,
    _FLAGS,
)

_B_NUM: Final[Begins] = Begins.of(
    {*ZH_NUMERALS.words} - {*ZH_FUSED_COUNTS}, _FORMAL_CHARS, digit=True
)
_B_PRE: Final[Begins] = Begins.of(
    ZH_QUALIFIERS_BEFORE, ZH_QUALIFIERS_ROUND, ZH_QUALIFIERS_SHORT_OF_ROUND
)
_B_SIGN: Final[Begins] = Begins.of(ZH_NEGATIVE_SIGNS)
_B_FIGURE: Final[Begins] = _B_PRE | _B_SIGN | _B_NUM  # 近, 负, 3, 三
_B_MONEY: Final[Begins] = _B_FIGURE | Begins.of(ZH_CURRENCY_PREFIXES)  # 人民币, ¥

# The number head the engine reads once per start (`LangRules.head`): a number, with a space
# before its magnitude (1,500 万). What may follow it in each rule's match (`Rule.follows`): the
# surfaces of the tables the rule reads next; a rule that reads something else after its number
# (a bare figure, a clock time, a currency written first) declares nothing and is always tried.
ZH_HEAD_RE: Final[regex.Pattern[str]] = compiled.pattern(_NUM_SPACED, _FLAGS)
_F_RANGE: Final[frozenset[str]] = follows(ZH_RANGE_SEPARATORS, "-~至到")  # 3～5, 3至5万吨
_F_PERCENT_RANGE: Final[frozenset[str]] = _F_RANGE | follows("%")  # 5%-6%
_F_LIST: Final[frozenset[str]] = follows(ZH_LIST_SEPARATORS)  # 3亿、5亿
_F_DATE: Final[frozenset[str]] = follows(ZH_DATE_MARKS, "-~至到、,和")  # 8月, 1至7月
_F_LOCAL_UNIT: Final[frozenset[str]] = follows(_LOCAL_UNIT_TABLE, ZH_COLLOQUIAL_MONEY)
# What a range or a rate reads a few characters past its head (`Rule.then`): the separator of a
# range, after the unit of its first end at most (30万元至35万元); the per mark of a rate, after
# its currency (30元/公斤), or 每 and the unit before its figure (每公斤30元).
_T_LOCAL_RANGE: Final[Then] = Then(
    follows(ZH_RANGE_SEPARATORS),
    within=2 + max(len(s) for s in {*_LOCAL_UNIT_TABLE, *ZH_COLLOQUIAL_MONEY}),
)
# The separator of a range of percents after the first end's % (5%-6%).
_T_PERCENT_RANGE: Final[Then] = Then(follows("-~至到"), within=1)
# The minor unit of an amount stated in parts (八元四毛, 20元5角8分), after its major unit, a joiner
# and a part of at most three characters; or the digit right after a major unit that elides the
# minor one (八块五).
_T_COMPOUND: Final[Then] = Then(
    follows(
        ZH_MINOR_MONEY, {e + d for e in ZH_COMPOUND_ELIDING for d in f"123456789{_UNIT_DIGITS}"}
    ),
    within=2
    + max(len(s) for s in ZH_COMPOUND_MAJORS)
    + max(len(s) for s in ZH_COMPOUND_JOINERS)
    + 3,
)
# The 半 after the unit of a figure and a half (两吨半).
_T_HALF: Final[Then] = Then(
    follows(ZH_HALVES), within=1 + max(len(s) for s in {**ZH_MASS_UNITS, **ZH_QUANTITY_UNITS})
)
# The second end of a range of rates (3万至4万元/平方米) before the per mark: its separator, its
# figure and a currency stated on the first end too.
_RATE_RANGE_LONGEST: Final[int] = 12
_T_RATE: Final[Then] = Then(
    # 一 and the first character of a unit (一斤, 一公斤): a price per one unit.
    follows(
        ZH_PER_MARKS,
        ZH_PER_BEFORE,
        {o + d[0] for o in ZH_PRICE_PER_ONE for d in _RATE_DENOMINATORS},
    ),
    within=2
    + 2 * max(len(s) for s in {**ZH_CURRENCIES, **ZH_COLLOQUIAL_MONEY})
    + _RATE_RANGE_LONGEST,
    # 每, the unit, the words between (每亩地平均增收500元) and a space on each side of them.
    behind=1
    + max(len(s) for s in ZH_PER_BEFORE)
    + max(len(s) for s in _RATE_DENOMINATORS)
    + _RATE_GAP_LONGEST
    + max(len(s) for s in ZH_RATE_PERIOD_GAPS)
    + 3,
)

# A valuation ratio stated in 倍 (市盈率15倍, 市净率约1.2倍, 本益比20倍): the figure is the ratio
# itself, "a price-to-earnings ratio of 15" or "15 times earnings", no multiplier of something
# else; read as a bare figure, within a few characters of the ratio's name (市盈率为, 市盈率(TTM)).
ZH_VALUATION_RATIOS: Final[frozenset[str]] = frozenset(
    {
        "市盈率",
        "市净率",
        "市淨率",
        "市销率",
        "市銷率",
        "市账率",
        "市賬率",
        "本益比",
        "股价净值比",
        "股價淨值比",
        # The price-to-income ratio of homes (房价收入比为12倍, "a price-to-income ratio of 12").
        "房价收入比",
        "房價收入比",
    }
)
_VALUATION_GAP_LONGEST: Final[int] = 6
ZH_LOCAL_VALUATION_RATIO_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    (?<=(?:{alternation(ZH_VALUATION_RATIOS)})[^，。；,;！？!?\n0-9]{{0,{_VALUATION_GAP_LONGEST}}})  # 市盈率为
    {_PRE}\ ?+{_EDGE_BEFORE}
    (?P<num>{_NUM})\ ?+倍                      # 15倍
    (?P<post>{_Q_AFTER})?+                      # 左右
    """,
    _FLAGS,
)
# Hong Kong's first quarters of a year: 首三季 is "the first three quarters" (前三季度 elsewhere), a
# span of quarters after 首, 季度 written or not (首三季度); not 首季度 (the first quarter, a rank)
# nor 首三季报 or 季节 (words).
ZH_HK_QUARTER_SPAN_BEFORE: Final[frozenset[str]] = frozenset({"首"})
ZH_HK_QUARTER_SPAN_UNIT: Final[str] = "quarter"
ZH_LOCAL_HK_QUARTER_SPAN_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    (?<={alternation(ZH_HK_QUARTER_SPAN_BEFORE)})  # 首
    (?P<num>[两兩二三2-3])季(?:度(?!报|報))?+     # 三季, 三季度
    (?![节節报報赛賽])                            # not 首三季报, 季节
    """,
    _FLAGS,
)
_T_VALUATION_RATIO: Final[Then] = Then(
    frozenset(ZH_VALUATION_RATIOS),
    within=0,
    behind=max(len(s) for s in ZH_VALUATION_RATIOS)
    + _VALUATION_GAP_LONGEST
    + max(len(s) for s in ZH_QUALIFIERS_BEFORE)
    + 2,
)

# Priority order (first wins a tie of equal length; see extract.py for the overlap policy).
# A list marker in Chinese numerals opens a line and ends in the enumeration comma: 一、 十二、
ZH_LABEL_MARKS: Final[frozenset[str]] = frozenset({"、"})
ZH_LABEL_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    {roles.LABEL}
  | {roles.LINE_START}(?P<num>[{_HAN_DIGIT_CHARS}十]{{1,3}}){alternation(ZH_LABEL_MARKS)}   # 一、
  | (?<={roles.LINE_START}[(（])(?P<num>[{_HAN_DIGIT_CHARS}十]{{1,3}})[)）]       # （三）
    """,
    _FLAGS,
)
# Numerals inside a name (DESIGN §2, role `name`), read for the figure a translation states:
# 十四五 (the 14th Five-Year Plan) before a word of the plan, 五四 (May Fourth) before the
# movement, 双11 and 双十二 (Double 11, the shopping festivals).
ZH_PLAN_AFTER: Final[frozenset[str]] = frozenset({"规划", "規劃", "时期", "時期", "期间", "期間"})
ZH_MAY_FOURTH_AFTER: Final[frozenset[str]] = frozenset({"运动", "運動", "精神", "青年节"})
ZH_DOUBLE_MARKS: Final[frozenset[str]] = frozenset({"双", "雙"})
# What the names read before a plan or a movement word begin with (ZH_NAME_RE's first two
# branches): 十 and a digit before 五 (十四五), and 五四.
ZH_NAME_OPENERS: Final[frozenset[str]] = frozenset(
    {*(f"十{digit}五" for digit in "一二三四五六七八九"), "五四"}
)
ZH_NAME_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    (?P<num>十[一二三四五六七八九])五(?=[”"」』]?{alternation(ZH_PLAN_AFTER)})   # 十四五规划
  | 五(?P<num>四)(?={alternation(ZH_MAY_FOURTH_AFTER)})                      # 五四运动
  | (?<={alternation(ZH_DOUBLE_MARKS)})(?P<num>1[12]|十[一二])(?![0-9{_NUMERAL_CHARS}])  # 双11
    """,
    _FLAGS,
)
# Codes and list markers (lang/roles.py): first among the rules, to win a tie of length against a
# bare figure, and lose one against a figure with a unit (240USD, 45GB).
ZH_ROLE_RULES: Final[tuple[Rule, ...]] = (
    Rule(
        "zh.code",
        Build.QUANTITY,
        compiled.pattern(roles.CODE, _FLAGS),
        Kind.NUMBER,
        role=Role.CODE,
        begins=Begins(digit=True),
        # A code writes a Latin capital or a hyphen right before its digits (J-20, G20, GB/T
        # 7714) or a capital right after them (737NG, 600606.SH).
        then=Then(frozenset({*string.ascii_uppercase, "-"}), within=1, behind=2, cased=True),
    ),
    Rule(
        "zh.label",
        Build.QUANTITY,
        ZH_LABEL_RE,
        Kind.NUMBER,
        role=Role.LABEL,
        begins=_B_NUM,
        follows=follows(ZH_LABEL_MARKS, roles.LABEL_MARKS),
    ),
    Rule(
        "zh.name",
        Build.QUANTITY,
        ZH_NAME_RE,
        Kind.NUMBER,
        role=Role.NAME,
        # 十四五 (十 and a digit before 五), 五四, and 11 or 十二 after 双.
        begins=Begins.of(ZH_NAME_OPENERS) | Begins.behind(ZH_DOUBLE_MARKS),
    ),
)

# 两 as a unit of mass (a liang, 50 g: 二两酒), alone or after 斤 (三斤二两 = 1.6 jin). As a digit
# 两 is "two" (两千, 两人), so the unit needs a numeral other than 两 before it, and never one that
# names a range with it (一两天 "a day or two", 三两句 "a few words") nor a measure word, a span or
# another numeral after it; 半斤八两 is an idiom.
ZH_LIANG_UNITS: Final[dict[str, str]] = {"两": "liang", "兩": "liang"}
ZH_LIANG_MAJORS: Final[dict[str, str]] = {"斤": "jin", "市斤": "jin"}
ZH_LIANG_RANGE_DIGITS: Final[frozenset[str]] = frozenset({"一", "三"})
ZH_LIANG_NOT_AFTER: Final[frozenset[str]] = frozenset({"半"})
_LIANG: Final[str] = "".join(sorted(ZH_LIANG_UNITS))
_LIANG_NUM: Final[str] = rf"""
    (?:[0-9]{{1,4}}+(?:\.[0-9]{{1,2}}+)?+
      |[{"".join(sorted({*ZH_DIGITS, *ZH_SMALL_UNITS} - {*ZH_LIANG_UNITS}))}]{{1,4}}+)
"""
ZH_LOCAL_LIANG_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    {_PRE}\ ?+{_EDGE_BEFORE}
    (?<![0-9{_NUMERAL_CHARS}{"".join(sorted(ZH_LIANG_NOT_AFTER))}]{alternation(ZH_LIANG_MAJORS)}?)
    (?:
        (?P<num>{_LIANG_NUM})(?P<unit>{alternation(ZH_LIANG_MAJORS)})    # 三斤
        (?:(?P<part>{_LIANG_NUM})(?P<partunit>[{_LIANG}]))?+          # 二两
      | (?![{"".join(sorted(ZH_LIANG_RANGE_DIGITS))}][{_LIANG}])       # not 一两天, 三两句
        (?P<num>{_LIANG_NUM})(?P<unit>[{_LIANG}])                       # 二两
    )
    (?<=[{_LIANG}])                                                     # 两 is read
    (?![0-9{_NUMERAL_CHARS}{_OVER_CHARS}{_POINT_CHARS}])                # not 二两千
    (?!{_MEASURE}|{_DURATION}|{alternation(ZH_DURATION_CLASSIFIERS)}|倍)  # not 一两个, 三两年
    (?P<post>{_Q_AFTER})?+                                              # 左右
    """,
    _FLAGS,
)
# Names with numerals (role `name`), read wherever they stand rather than only before a word of
# the plan (ZH_NAME_RE): a five-year plan named alone (“十四五”, 十四五的目标; not 十四五个 "fourteen
# or fifteen", 十四五岁) and a spacecraft or rocket of a series (神舟十五号, 长征五号, 天宫二号).
ZH_PLAN_NAMES: Final[frozenset[str]] = frozenset({"十一五", "十二五", "十三五", "十四五", "十五五"})
ZH_SERIES_NAMES: Final[frozenset[str]] = frozenset(
    {
        "神舟",
        "北斗",
        "天舟",
        "天宫",
        "嫦娥",
        "长征",
        "長征",
        "天问",
        "天問",
        "风云",
        "風雲",
        "实践",
        "實踐",
        "东方红",
        "東方紅",
        "鹊桥",
        "鵲橋",
    }
)
ZH_SERIES_MARKS: Final[frozenset[str]] = frozenset({"号", "號"})
# Stock indices named by how many shares they hold (标普500 "the S&P 500", 日经225, 沪深300, 罗素2000):
# the figure names the index, as the English side reads "S&P 500"; not a figure a unit, a point
# or a percent follows (标普500点 is a level).
ZH_STOCK_INDEX_NAMES: Final[frozenset[str]] = frozenset(
    {
        "标普",
        "標普",
        "日经",
        "日經",
        "沪深",
        "滬深",
        "中证",
        "中證",
        "上证",
        "上證",
        "深证",
        "深證",
        "富时",
        "富時",
        "科创",
        "科創",
        "纳斯达克",
        "納斯達克",
        "罗素",
        "羅素",
    }
)
# The university projects named by a number (985高校 "Project 985 universities", 211工程, 985、211高校,
# 985/211院校): the number names the project when a word of a school or of the project follows it,
# alone or after the other project's number; not 985所高校 (a count), 1985年 or 985名校友 (a count).
ZH_UNIVERSITY_PROJECT_NUMBERS: Final[frozenset[str]] = frozenset({"985", "211"})
ZH_UNIVERSITY_PROJECT_WORDS: Final[frozenset[str]] = frozenset(
    {"高校", "大学", "大學", "院校", "工程", "计划", "計劃", "学校", "學校"}
)
ZH_UNIVERSITY_PROJECT_JOINERS: Final[frozenset[str]] = frozenset(
    {"、", "/", "和", "与", "與", "或", "及"}
)
# Lists and charts named by how many they rank (公告牌200强 "the Billboard 200", 财富500强 "the
# Fortune 500"): the figure names the list, as the English side reads "Billboard 200"; only before
# 强, so 财富100亿元 (wealth of ten billion yuan) stays an amount.
ZH_RANKED_LIST_NAMES: Final[frozenset[str]] = frozenset({"公告牌", "告示牌", "财富", "財富"})
ZH_RANKED_LIST_MARKS: Final[frozenset[str]] = frozenset({"强", "強"})
ZH_LOCAL_NAME_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    (?:
        (?<![0-9{_NUMERAL_CHARS}])(?={alternation(ZH_PLAN_NAMES)})
        (?P<num>[{_TENS_CHARS}][{_UNIT_DIGITS}])[{_UNIT_DIGITS}]        # 十四五
        (?![0-9{_NUMERAL_CHARS}{_OVER_CHARS}{_POINT_CHARS}])
        (?!{_MEASURE}|{_DURATION}|{_LOCAL_UNIT}|{_KUAI})                # not 十四五个, 十四五年
      | (?<={alternation(ZH_SERIES_NAMES)}\ ?)                         # 神舟
        (?P<num>[0-9]{{1,2}}+|[{_HAN_DIGIT_CHARS}{_TENS_CHARS}]{{1,3}}+)  # 十五
        {alternation(ZH_SERIES_MARKS)}?+(?![0-9{_NUMERAL_CHARS}])       # 号
      | (?<={alternation(ZH_STOCK_INDEX_NAMES)})                       # 标普
        (?P<num>[1-9][0-9]{{1,3}}+)(?![.,:/0-9{_NUMERAL_CHARS}{_OVER_CHARS}])  # 500
        (?!\ ?+(?:点|點|{_LOCAL_UNIT}|{_MEASURE}))                     # not 500点, 300亿元
      | (?<![0-9.,])(?P<num>{alternation(ZH_UNIVERSITY_PROJECT_NUMBERS)})  # 985
        (?=(?:{alternation(ZH_UNIVERSITY_PROJECT_JOINERS)}               # 、211
             {alternation(ZH_UNIVERSITY_PROJECT_NUMBERS)})?+
           {alternation(ZH_UNIVERSITY_PROJECT_WORDS)})                   # 高校, 工程
      | (?<={alternation(ZH_RANKED_LIST_NAMES)})                       # 公告牌
        (?P<num>[1-9][0-9]{{1,3}}+)(?={alternation(ZH_RANKED_LIST_MARKS)})  # 200强
    )
    """,
    _FLAGS,
)
# A year of another era (民國110年 = 2021), alone or with its month and day (民國112年3月15日).
ZH_LOCAL_ERA_YEAR_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    (?:
    (?P<era>{alternation(ZH_ERA_YEAR_ZERO)})\ ?+
    (?P<year>[1-9][0-9]{{0,2}}+|[{_HAN_DIGIT_CHARS}十百]{{1,5}}+|{alternation(ZH_ERA_FIRST_YEAR_WORDS)})\ ?+年
    (?!\ ?+[0-9{_NUMERAL_CHARS}]{{1,3}}+\ ?+月)
      | (?P<era>{alternation(ZH_REIGN_ERA_YEAR_ZERO)})                 # 乾隆
        (?P<year>[{_HAN_DIGIT_CHARS}十]{{1,3}}+|{alternation(ZH_ERA_FIRST_YEAR_WORDS)})年  # 三年, 元年
    )
    """,
    _FLAGS,
)
ZH_LOCAL_ERA_DATE_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    (?P<era>{alternation(ZH_ERA_YEAR_ZERO)})\ ?+
    (?P<year>[1-9][0-9]{{0,2}}+|[{_HAN_DIGIT_CHARS}十百]{{1,5}}+)\ ?+年\ ?+
    (?P<month>[0-9]{{1,2}}+|[{_HAN_DIGIT_CHARS}十]{{1,3}}+)\ ?+月
    (?:\ ?+(?P<day>[0-9]{{1,2}}+|[{_HAN_DIGIT_CHARS}十]{{1,3}}+)\ ?+[日号號])?+
    """,
    _FLAGS,
)
# A year before the common era: 公元前221年 is the year -221 (as "221 BC" is), not 221 years.
ZH_LOCAL_YEAR_BC_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    (?:(?P<bc>{alternation(ZH_BEFORE_COMMON_ERA)})|(?<={alternation(ZH_COMMON_ERA)}))  # 公元前, 公元
    (?P<year>[1-9][0-9]{{0,3}}+|[{_HAN_DIGIT_CHARS}十百千]{{1,8}}+)年
    """,
    _FLAGS,
)
# A span of years named by its years before a season or a year of accounts (2022-2023赛季, 2022/23
# 年度, 2019-20财年): each year a claim, the second in the century of the first when it has two
# digits. Before 年 the year rule reads them (2022-2023年).
ZH_YEAR_SPAN_MARKS: Final[frozenset[str]] = frozenset(
    {"赛季", "賽季", "年度", "财年", "財年", "学年", "學年", "财政年度", "財政年度"}
)
ZH_YEAR_SPAN_SEPARATORS: Final[frozenset[str]] = frozenset({"-", "–", "—", "/", "～", "~", "至"})
_YEAR_SPAN_SEP: Final[str] = alternation(ZH_YEAR_SPAN_SEPARATORS)
_YEAR_SPAN_MARK: Final[str] = alternation(ZH_YEAR_SPAN_MARKS)
ZH_LOCAL_YEAR_SPAN_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    (?<![0-9])
    (?:
        (?P<year>(?:1[89]|20)[0-9]{{2}})
        (?={_YEAR_SPAN_SEP}(?:(?:1[89]|20)[0-9]{{2}}|[0-9]{{2}})(?![0-9]){_YEAR_SPAN_MARK})
      | (?<=(?P<first>(?:1[89]|20)[0-9]{{2}}){_YEAR_SPAN_SEP})
        (?P<year>(?:1[89]|20)[0-9]{{2}}|[0-9]{{2}})(?![0-9])(?={_YEAR_SPAN_MARK})
    )
    """,
    _FLAGS,
)
# A fraction written with a slash (1/3的人, 超过2/3): a share of a whole, as 三分之一 is; a
# denominator of two to ten, not inside a longer run of digits or slashes (7/24, 2021/22).
ZH_FRACTION_SLASH: Final[frozenset[str]] = frozenset({"/"})
# The fractions below one so written: 1/2 … 9/10.
ZH_SLASHED_FRACTIONS: Final[frozenset[str]] = frozenset(
    f"{n}{slash}{d}" for d in range(2, 11) for n in range(1, d) for slash in ZH_FRACTION_SLASH
)
ZH_LOCAL_FRACTION_SLASH_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    {_PRE}(?<![0-9./])
    (?=(?P<num>[1-9]){alternation(ZH_FRACTION_SLASH)}(?P<den>10|[2-9]))
    {alternation(ZH_SLASHED_FRACTIONS)}
    (?![0-9./%]|{alternation(ZH_KITCHEN_MEASURES_AFTER_FRACTION)})
    (?P<post>{_Q_AFTER})?+
    """,
    _FLAGS,
)
# A telephone number written in groups (+86 10 6536 8888, 010-6536 8888, （010）65368888): one
# code, not four figures (as on the English side). It opens with a country code, a trunk zero or a
# bracketed area code.
ZH_LOCAL_PHONE_RE: Final[regex.Pattern[str]] = compiled.pattern(
    r"""
    (?<![0-9A-Za-z.+-])
    (?:\+[1-9][0-9]{0,2}[\ -]?|[(（]0?[0-9]{1,4}[)）]\ ?|0[0-9]{1,3}[\ -])   # +86, （010）, 010-
    (?:[0-9]{1,4}[\ -]){0,3}?                                             # 10
    [0-9]{3,4}[\ -]?(?P<num>[0-9]{4})                                      # 6536 8888
    (?![0-9A-Za-z-]|[.,][0-9])
    """,
    _FLAGS,
)
# Events named by their date with a middle dot (5·12汶川地震, 9·11事件, 3·15晚会): a date that is a
# name (role `name`), the month and day as the English names them ("the May 12 earthquake").
ZH_DATE_NAME_DOTS: Final[frozenset[str]] = frozenset({"·", "•", "・", "‧"})
ZH_LOCAL_DATE_NAME_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    (?<![0-9{_NUMERAL_CHARS}.·•・‧])
    (?P<month>1[0-2]|[1-9])[{"".join(sorted(ZH_DATE_NAME_DOTS))}](?P<day>3[01]|[12][0-9]|[1-9])
    (?![0-9.·•・‧])(?=[”"」』]?\p{{Han}})         # before the name of the event
    """,
    _FLAGS,
)
# 度 after a figure below zero is a degree Celsius (零下18度 = -18 °C); elsewhere 度 alone may be
# an angle, a degree of anything, or a kilowatt-hour, and stays a measure word (气温30度).
ZH_BELOW_ZERO: Final[frozenset[str]] = frozenset({"零下"})
ZH_DEGREE_WORDS: Final[frozenset[str]] = frozenset({"度"})
ZH_BELOW_ZERO_UNIT: Final[str] = "degree_Celsius"
ZH_LOCAL_BELOW_ZERO_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    {_PRE}\ ?+(?P<neg>{alternation(ZH_BELOW_ZERO)})\ ?+{_EDGE_BEFORE}   # 约, 零下
    (?P<num>{_NUM})\ ?+{alternation(ZH_DEGREE_WORDS)}                  # 18度
    (?!{_LOCAL_UNIT})                                                  # not 度电
    (?P<post>{_Q_AFTER})?+                                             # 左右
    """,
    _FLAGS,
)
# The upper end of a range of temperatures that opens below zero (零下5度至3度, 零下3到2度): 度 there is
# a degree Celsius too, as the lower end's is.
ZH_LOCAL_BELOW_ZERO_RANGE_END_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    (?<={alternation(ZH_BELOW_ZERO)}\ ?+[0-9.{_NUMERAL_CHARS}]{{1,5}}
        \ ?+(?:{alternation(ZH_DEGREE_WORDS)})?+\ ?+{_RANGE_BARE_SEP}\ ?+)   # 零下5度至
    (?P<num>{_NUM})\ ?+{alternation(ZH_DEGREE_WORDS)}                  # 3度
    (?!{_LOCAL_UNIT})                                                  # not 度电
    (?P<post>{_Q_AFTER})?+                                             # 左右
    """,
    _FLAGS,
)
# 度 within four characters after a word of heat in a kitchen, a home or a body is a degree Celsius
# (烤箱预热至180度, 上下火170度, 水温设定为40度, 体温达39度): the translation writes "180°C". Not the
# weather's 气温, whose 度 stays a measure word as the comment of ZH_DEGREE_WORDS says.
ZH_HEAT_WORDS: Final[frozenset[str]] = frozenset(
    {
        "预热",
        "預熱",
        "烤箱",
        "上下火",
        "水温",
        "水溫",
        "油温",
        "油溫",
        "体温",
        "體溫",
        "炉温",
        "爐溫",
        "空气炸锅",
        "空氣炸鍋",
    }
)
# The same 度 before a verb of the oven or the fryer (以220度烤15分钟, 用150度低温烘烤, 200度炸): the
# heat a recipe cooks at, "bake at 425°F".
ZH_OVEN_VERBS_AFTER_DEGREE: Final[frozenset[str]] = frozenset(
    {"烤", "烘", "焗", "炸", "低温烤", "低温烘", "低溫烤", "低溫烘"}
)
ZH_LOCAL_HEAT_DEGREE_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    (?:(?<=(?:{alternation(ZH_HEAT_WORDS)})[^，。；,;！？!?\n0-9]{{0,4}})   # 烤箱预热至
    |(?=[^，。；,;！？!?\n度]{{1,12}}度\ ?+(?:{alternation(ZH_OVEN_VERBS_AFTER_DEGREE)})))  # 220度烤
    {_PRE}\ ?+{_EDGE_BEFORE}
    (?P<num>{_NUM})                                                    # 180
    \ ?+{alternation(ZH_DEGREE_WORDS)}                                 # 度
    (?!{_LOCAL_UNIT})                                                  # not 度电
    (?P<post>{_Q_AFTER})?+                                             # 左右
    """,
    _FLAGS,
)
# 摄氏 before a figure and 度 after it (气温降至摄氏8度, 攝氏零下5度): a degree Celsius, as 8摄氏度 is.
ZH_LOCAL_CELSIUS_BEFORE_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    {alternation(ZH_CELSIUS_BEFORE)}\ ?+{_PRE}\ ?+                      # 摄氏, 约
    (?:(?P<neg>{alternation(ZH_BELOW_ZERO)})\ ?+)?+{_EDGE_BEFORE}      # 零下
    (?P<num>{_NUM})                                                    # 8, 20
    (?:\ ?+(?P<sep>{_RANGE_SEP_LOCAL})\ ?+(?P<num2>{_NUM}))?+            # 至25
    \ ?+{alternation(ZH_DEGREE_WORDS)}                                 # 度
    (?!{_LOCAL_UNIT})                                                  # not 度电
    (?P<post>{_Q_AFTER})?+                                             # 左右
    """,
    _FLAGS,
)

# A half after 两 as a unit of mass: 二两半 is 2.5 liang (125 g), as 两吨半 is 2.5 t; 一两半 and
# 三两半 too (a range of 一两/三两 takes no half). Not where 半 opens a word (二两半成品).
ZH_LOCAL_LIANG_HALF_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    {_PRE}\ ?+{_EDGE_BEFORE}
    (?<![0-9{_NUMERAL_CHARS}{"".join(sorted(ZH_LIANG_NOT_AFTER))}]{alternation(ZH_LIANG_MAJORS)}?)
    (?P<num>{_LIANG_NUM})(?P<unit>[{_LIANG}])(?P<half>{_HALF})          # 二两半
    (?P<post>{_Q_AFTER})?+                                              # 左右
    (?(post)|(?![\p{{Han}}--[{_BARE_NEXT}]]))                           # not 半成品
    """,
    _FLAGS,
)
# The years of a life or a reign in brackets after a name, as biographies write them: 李白（701—762）,
# 王羲之（303年－361年）, 鲁迅（1881—1936）. Two years of three or four digits, alone in the
# brackets and joined by a dash, 年 after each or neither: each a year, not a span of 303 years.
ZH_LIFE_SPAN_SEPARATORS: Final[frozenset[str]] = frozenset({"-", "\u2013", "\u2014", "~"})
ZH_LIFE_SPAN_BRACKETS: Final[frozenset[str]] = frozenset({"(", "\uff08"})
_LIFE_OPEN: Final[str] = f"[{regex.escape(''.join(sorted(ZH_LIFE_SPAN_BRACKETS)))}]"
_LIFE_SEP: Final[str] = f"\\ ?[{regex.escape(''.join(sorted(ZH_LIFE_SPAN_SEPARATORS)))}]\\ ?"
ZH_LOCAL_LIFE_SPAN_YEAR_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
        (?<={_LIFE_OPEN})(?P<year>[1-9][0-9]{{2,3}})(?P<nian>年)?+          # （701
        (?={_LIFE_SEP}[1-9][0-9]{{2,3}}(?(nian)年)[)\uff09])               # —762）
      | (?<={_LIFE_OPEN}[1-9][0-9]{{2,3}}(?P<nian>年)?+{_LIFE_SEP})        # （701—
        (?P<year>[1-9][0-9]{{2,3}})(?(nian)年)(?=[)\uff09])                # 762）
    """,
    _FLAGS,
)
# A score written over the top of its scale with a slash (GPA为3.8/4.0, 绩点3.8/4, 评分4.8/5, 豆瓣评分
# 8.5/10, IMDb 7.9/10): the score, with decimals, is the figure; the scale is part of the claim
# (rules.score_over_scale, the pattern both languages read it with).
ZH_SCORE_SCALE_TOPS: Final[frozenset[str]] = frozenset(
    {"4", "4.0", "4.3", "4.5", "5", "5.0", "10", "10.0", "100"}
)
ZH_SCORE_SCALE_SLASHES: Final[frozenset[str]] = frozenset({"/"})
# The labels of a score that a capitalized Latin word before it may be (a version's name may not:
# Android 4.4/5.0): a grade point average and the sites that rate films and books.
ZH_SCORE_SCALE_LABELS: Final[frozenset[str]] = frozenset(
    {"GPA", "IMDb", "IMDB", "Metacritic", "Letterboxd"}
)
ZH_LOCAL_SCORE_OVER_SCALE_RE: Final[regex.Pattern[str]] = compiled.pattern(
    score_over_scale(ZH_SCORE_SCALE_TOPS, ZH_SCORE_SCALE_SLASHES, ZH_SCORE_SCALE_LABELS), _FLAGS
)
# A school grade (六年级 "sixth grade", 12年级 "12th grade") is its rank, as "the 12th" is: an
# ordinal, so that a grade against another grade is a value slip and no finding where it stands
# alone. Not the first two (一年级, 二年级), which English writes with "first" and "second", left
# unread as 第一 is; not 3年级 inside a longer run of digits or numerals, nor a year of a stage
# counted from its start (高三年级, 初中三年级 "ninth grade", 大三年级 "junior year").
ZH_SCHOOL_GRADE_MARKS: Final[frozenset[str]] = frozenset({"年级", "年級"})
ZH_SCHOOL_GRADE_NOT_AFTER: Final[frozenset[str]] = frozenset({"初", "高", "中", "大", "研"})
ZH_LOCAL_SCHOOL_GRADE_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    (?<![0-9.{_NUMERAL_CHARS}{"".join(sorted(ZH_SCHOOL_GRADE_NOT_AFTER))}])
    (?P<num>[3-9]|1[0-2]|[三四五六七八九]|十[一二]?+)           # 六, 12
    (?={alternation(ZH_SCHOOL_GRADE_MARKS)})                  # 年级
    """,
    _FLAGS,
)
# A fused count of speech (俩, 仨) before a span of time (仨月, 俩小时), or alone (我们俩, 俩人).
_FUSED_COUNT: Final[str] = rf"""
    (?<!{alternation(ZH_FUSED_COUNT_NOT_AFTER)})
    (?P<num>[{"".join(sorted(ZH_FUSED_COUNTS))}])(?![{"".join(sorted(ZH_FUSED_COUNT_NOT_BEFORE))}])
"""
ZH_LOCAL_FUSED_COUNT_SPAN_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    {_FUSED_COUNT}
    (?:(?P<unit>{_DURATION})|(?P<unit>{_CLASSIFIED_DURATION}))   # 仨月, 俩小时
    (?!{_DURATION_WORD_NOT})
    """,
    _FLAGS,
)
ZH_LOCAL_FUSED_COUNT_RE: Final[regex.Pattern[str]] = compiled.pattern(_FUSED_COUNT, _FLAGS)
# A count of the great or main ones of a kind, as history, culture and news name them: 四大发明
# "the Four Great Inventions", 三大运营商 "the three major carriers", 五大洲, 八大菜系. One numeral
# from two to ten before 大 and the noun it counts: not a rank (第五大 "the fifth largest"), not
# 一大 (一大早, 一大批), not a congress (十八大: the numeral is longer), nor 大 opening another word,
# nor the deciding game of a series (抢七大战 "a Game 7": ZH_GREAT_COUNT_NOT_AFTER).
ZH_GREAT_COUNT_NUMERALS: Final[dict[str, int]] = {
    "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
}  # fmt: skip
ZH_GREAT_COUNT_MARKS: Final[frozenset[str]] = frozenset({"大"})
# Characters after 大 that make another word of it (大于, 大约, 大量, 大多, 大幅, 大小); 三大部分 and
# 三大类 stay counts ("three major parts").
ZH_GREAT_COUNT_NOT_BEFORE: Final[frozenset[str]] = frozenset(
    {"于", "於", "约", "約", "概", "量", "多", "幅", "都", "小", "的", "了", "大"}
)
ZH_GREAT_COUNT_NOT_AFTER: Final[frozenset[str]] = frozenset({"抢", "搶"})
ZH_LOCAL_GREAT_COUNT_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    (?<![第{_NUMERAL_CHARS}0-9{"".join(sorted(ZH_GREAT_COUNT_NOT_AFTER))}])   # not 第五大, 十八大, 抢七大战
    (?P<num>[{"".join(sorted(ZH_GREAT_COUNT_NUMERALS))}])              # 四
    {alternation(ZH_GREAT_COUNT_MARKS)}                                # 大
    (?![{"".join(sorted(ZH_GREAT_COUNT_NOT_BEFORE))}])(?=\p{{Han}})     # 发明, not 大于
    """,
    _FLAGS,
)
# A rating in stars, as reviews of films, shows, books and hotels give it: 四星半 "four and a half
# stars" (4.5), 五星好评 "five-star reviews", 三颗星的评价. One numeral from one to five before 星
# (or 颗星), then 半 or a word of rating: a score, not a count; not 三星 (Samsung), 三星堆, 两星期
# (two weeks), 五星红旗 (the five-star flag, whose 五 the English side reads), nor 五星级 (a count).
ZH_STAR_RATING_NUMERALS: Final[dict[str, int]] = {
    "一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "1": 1, "2": 2, "3": 3, "4": 4, "5": 5,
}  # fmt: skip
ZH_STAR_RATING_MARKS: Final[frozenset[str]] = frozenset({"星", "颗星", "顆星"})
ZH_STAR_RATING_WORDS_AFTER: Final[frozenset[str]] = frozenset(
    {
        "好评",
        "好評",
        "评价",
        "評價",
        "评分",
        "評分",
        "推荐",
        "推薦",
        "评级",
        "評級",
        "的评价",
        "的評價",
    }
)
ZH_LOCAL_STAR_RATING_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    (?<![第{_NUMERAL_CHARS}0-9.])                                      # not 第五星, 十五星
    (?P<num>[{"".join(sorted(ZH_STAR_RATING_NUMERALS))}])              # 四
    {alternation(ZH_STAR_RATING_MARKS)}                                # 星
    (?:(?P<half>半)|(?={alternation(ZH_STAR_RATING_WORDS_AFTER)}))     # 半, or 好评 after it
    """,
    _FLAGS,
)
# Seasons of a series or a show (播出了十季 "aired ten seasons", 共拍了三季, 12季): a numeral before 季
# counts them, as the English side does. Not 四季 alone (一年四季, 四季如春: the seasons of the year,
# "all year round"), not 第三季 (the ordinal reads it) nor 前三季 (quarters), and not 季 opening
# another word (季度 a quarter, 季节, 季军, 季报, 季末).
ZH_SHOW_SEASON_MARKS: Final[frozenset[str]] = frozenset({"季"})
ZH_SHOW_SEASON_NOT_BEFORE: Final[frozenset[str]] = frozenset(
    {"度", "节", "節", "军", "軍", "报", "報", "末", "初", "风", "風", "稻", "后", "後"}
)
# The tiers of a price list or a scale (门票分为三档 "three tiers", 阶梯电价分三档, 五档变速): a numeral
# before 档 counts them. Not 一档 alone (一档节目 "a show"), not a holiday's release window (五一档,
# 十一档: the numerals name the holiday), nor 档 opening another word (档期, 档案).
ZH_TIER_MARKS: Final[frozenset[str]] = frozenset({"档", "檔"})
ZH_TIER_NOT_BEFORE: Final[frozenset[str]] = frozenset({"期", "案", "次"})
ZH_LOCAL_SEASONS_AND_TIERS_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    (?<![第前{_NUMERAL_CHARS}0-9.])                                     # not 第三季, 前三季
    (?!四季|[五十]?一{alternation(ZH_TIER_MARKS)})                      # not 四季, 一档, 五一档
    (?P<num>[0-9]{{1,2}}+|[{_HAN_DIGIT_CHARS}{_TENS_CHARS}]{{1,3}}+)    # 十
    (?:
        {alternation(ZH_SHOW_SEASON_MARKS)}                             # 季
        (?![{"".join(sorted(ZH_SHOW_SEASON_NOT_BEFORE))}])              # not 季度, 季节
      | {alternation(ZH_TIER_MARKS)}                                    # 档
        (?![{"".join(sorted(ZH_TIER_NOT_BEFORE))}])                     # not 档期
    )
    """,
    _FLAGS,
)
# A date of the lunar calendar (see `ZH_LUNAR_CALENDARS`): a month after a word naming the calendar,
# with or without its day (农历八月十五, 农历8月15日, 农历正月); a month named by a word of that
# calendar (正月十五, 腊月二十三, 冬月); a month of numerals and a day of its first ten (五月初五,
# 九月初九: 初 marks no Gregorian day); the first days of the year (大年初一). Not 五月初 (early
# May), nor a Gregorian 八月十五日 with no word of the calendar before it.
_LUNAR_DAY_NUMERAL: Final[str] = "[一二三四五六七八九十]"
_LUNAR_EARLY: Final[str] = regex.escape(ZH_LUNAR_EARLY_DAY)
_LUNAR_DAY: Final[str] = rf"""
    (?:{_LUNAR_EARLY}(?P<day>{_LUNAR_DAY_NUMERAL})                         # 初五
      | (?P<day>十[一二三四五六七八九]|二十[一二三四五六七八九]?+|廿[一二三四五六七八九]|三十|卅)
    )
    (?![0-9{_NUMERAL_CHARS}])
"""
_LUNAR_MONTH_WORD: Final[str] = alternation(
    word for word in ZH_LUNAR_MONTH_WORDS if word + "月" in ZH_LUNAR_MONTH_OPENERS
)
ZH_LOCAL_LUNAR_DATE_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    (?:
        (?<=(?:{alternation(ZH_LUNAR_CALENDARS)})\ ?)                       # 农历 before it
        (?P<month>十[一二]|[一二三四五六七八九十]|1[0-2]|[1-9]|{_LUNAR_MONTH_WORD})月
        (?:{_LUNAR_DAY}|(?P<day>[12][0-9]|30|[1-9])(?![0-9])日?+)?+
      | (?P<month>{_LUNAR_MONTH_WORD})月(?:{_LUNAR_DAY})?+                    # 正月十五, 腊月
      | (?P<month>十[一二]|[一二三四五六七八九十])月
        {_LUNAR_EARLY}(?P<day>{_LUNAR_DAY_NUMERAL})(?![0-9{_NUMERAL_CHARS}])  # 五月初五
      | (?P<month>大年){_LUNAR_EARLY}(?P<day>{_LUNAR_DAY_NUMERAL})(?![0-9{_NUMERAL_CHARS}])
    )
    """,
    _FLAGS,
)
# 来 between a round figure and what it counts hedges it: 十来个 "ten or so", 二十来岁, 百来人,
# 三十来年, 20来天, 十来块钱. After a span it hedges nothing (10年来 "over the past ten years":
# zh.duration), nor after a measure word (三个人来了). The figure is round: it closes with 十, 百,
# 千, 万 or 亿, or its digits end in 0. After a unit of length or mass 来 hedges the figure before
# an adjective of size (一米来高 "about a metre tall", 三斤来重).
ZH_ROUND_HEDGES: Final[frozenset[str]] = frozenset({"来", "來"})
ZH_SIZE_ADJECTIVES: Final[frozenset[str]] = frozenset(
    {"高", "长", "長", "宽", "寬", "深", "厚", "重", "远", "遠", "粗"}
)
# 把 after a bare 百, 千 or 万 hedges it as 来 does (万把块 "about 10,000 yuan", 千把人 "a thousand or
# so people", 百把个); after a digit 把 is the measure word of things with a handle (一万把伞
# "10,000 umbrellas", 十把椅子), so the magnitude stands alone, with no numeral before it.
ZH_ROUND_HEDGES_OF_BARE_MAGNITUDES: Final[frozenset[str]] = frozenset({"把"})
ZH_MAGNITUDES_HEDGED_BARE: Final[frozenset[str]] = frozenset({"百", "千", "万", "萬"})
_LAI: Final[str] = rf"""(?:{alternation(ZH_ROUND_HEDGES)}
    |(?<=(?<![0-9{_NUMERAL_CHARS}])[{"".join(sorted(ZH_MAGNITUDES_HEDGED_BARE))}])
     {alternation(ZH_ROUND_HEDGES_OF_BARE_MAGNITUDES)})"""
# The 来 of a rough size after its unit (一米来高), as `Rule.then` declares it.
_T_LAI: Final[Then] = Then(
    follows(ZH_ROUND_HEDGES), within=max(len(s) for s in {**ZH_MASS_UNITS, **ZH_QUANTITY_UNITS})
)
_ROUND_FIGURE: Final[str] = rf"""
    (?<![0-9{_NUMERAL_CHARS}{_OVER_CHARS}{_POINT_CHARS}])
    (?P<num>[1-9][0-9]{{0,6}}+(?<=0)                 # 10, 20
      |[{_NUMERAL_CHARS}]{{1,8}}+(?<=[{_TENS_CHARS}{_BARE_CHARS}]))   # 二十, 百
"""
ZH_LOCAL_LAI_COUNT_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    {_PRE}\ ?+{_EDGE_BEFORE}{_ROUND_FIGURE}{_LAI}   # 十来
    (?P<mw>{_MEASURE})                              # 个, 岁, 人
    """,
    _FLAGS,
)
ZH_LOCAL_LAI_UNIT_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    {_PRE}\ ?+{_EDGE_BEFORE}{_ROUND_FIGURE}{_LAI}   # 三十来
    (?:(?P<unit>{_DURATION})                        # 年, 天, 个月
      |{_DURATION_CLASSIFIER}?+(?P<unit>{_CLASSIFIED_DURATION})  # 个小时
      |{_LOCAL_UNIT_AFTER})                         # 块钱, 公里
    (?!{_DURATION_WORD_NOT})                        # not 小时候
    """,
    _FLAGS,
)
ZH_LOCAL_LAI_SIZE_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    {_PRE}\ ?+{_EDGE_BEFORE}(?<![0-9{_NUMERAL_CHARS}])
    (?P<num>{_NUM})(?P<unit>{_HALF_UNITS})          # 一米, 三斤
    {_LAI}(?=[{"".join(sorted(ZH_SIZE_ADJECTIVES))}])  # 来高
    """,
    _FLAGS,
)

# Figures of product and shop text.
# A price with the yen sign written after the figure (1299¥, MT output and some shop pages): the
# sign after a figure only where no figure follows it (1299 ¥999 is a price before another).
ZH_CURRENCY_SIGNS_AFTER: Final[dict[str, str]] = {"¥": "CNY"}
ZH_LOCAL_MONEY_SIGN_AFTER_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    {_PRE}{_NEG}{_EDGE_BEFORE}{_BARE}
    (?P<num>{_NUM})\ ?+                         # 1299
    (?P<unit>{alternation(ZH_CURRENCY_SIGNS_AFTER)})(?!\ ?+[0-9])   # ¥, not the next price's
    (?P<post>{_Q_AFTER})?+                      # 左右
    """,
    _FLAGS,
)
# A discount: N折 is the price paid in tenths of the original, as 成 counts tenths (八折 = 80% of
# the price, 20% off; 七五折 = 75%, 8.5折 = 85%, and in listings 95折 = 95%, 88折 = 88%). Only after
# a digit of one to nine (a second digit, Han or not, or one decimal states the hundredths), not where 折 opens a word (折合 "equivalent to", 折扣,
# 折叠, 折旧, 折算, 折腾), in the idioms 一波三折 and 七折八扣, nor where a numeral follows. The claim's
# rule is named `*.discount`: alignment reads a translation's "20% off" against it as the share
# taken off (see align.py). 对折 ("half price", also "folded in two") has no numeral: unread.
ZH_DISCOUNT_UNITS: Final[dict[str, str]] = {"折": "tenth"}
ZH_DISCOUNT_NOT_BEFORE: Final[frozenset[str]] = frozenset(
    {
        "合",
        "扣",
        "叠",
        "疊",
        "旧",
        "舊",
        "算",
        "腾",
        "騰",
        "射",
        "磨",
        "服",
        "返",
        "回",
        "线",
        "線",
        "痕",
        "纸",
        "紙",
        "中",
        "衷",
        "断",
        "斷",
        "损",
        "損",
        "价",
        "價",
    }
)
ZH_DISCOUNT_NOT_AFTER: Final[frozenset[str]] = frozenset({"波"})
ZH_LOCAL_DISCOUNT_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    {_PRE}{_EDGE_BEFORE}
    (?<![0-9{_NUMERAL_CHARS}{"".join(sorted(ZH_DISCOUNT_NOT_AFTER))}])   # not 一波三折
    (?:
        (?P<num>[1-9](?:\.[0-9])?+)                           # 8, 8.5
      | (?P<num>[{_UNIT_DIGITS}])(?P<part>[{_UNIT_DIGITS}])?+   # 八, 七五
      | (?P<num>[1-9])(?P<part>[1-9])                        # 95, 88: 九五折 in digits
    )
    (?P<unit>{alternation(ZH_DISCOUNT_UNITS)})                # 折
    (?![{"".join(sorted(ZH_DISCOUNT_NOT_BEFORE))}0-9{_NUMERAL_CHARS}])   # not 折合, 七折八扣
    (?P<post>{_Q_AFTER})?+
    """,
    _FLAGS,
)
# A height or a length, a weight stated with its next lower unit left unsaid, as the spoken 八块五
# is 8.5 yuan: 一米六八 is 1.68 m, 一米八 1.8 m, 两米一 2.1 m, 8米95 8.95 m, 一公斤二 1.2 kg, 一斤二
# 1.2 jin (two liang). The unsaid part is of one or two digits (tenths, hundredths), after a
# single digit in the unit, with no noun, measure word or numeral after it (一米五个 is unread).
# A half stays the unit-half rule's (一斤半). A mark of a throw or a jump has two digits of metres
# and two of centimetres (20米58 = 20.58 m, 89米94, 17米57), as results write it: two digits before
# the metres need exactly two after them, and a verb may follow such a mark (以20米58夺冠, 以2米35
# 获胜), not a unit (20米10厘米).
ZH_ELIDED_UNITS: Final[frozenset[str]] = frozenset({"米", "公斤", "斤"})
ZH_FIELD_MARK_METRES: Final[frozenset[str]] = frozenset({"米"})
ZH_LOCAL_ELIDED_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    {_PRE}{_EDGE_BEFORE}(?<![0-9{_NUMERAL_CHARS}])
    (?:
        (?P<num>[1-9][0-9]?+)(?P<unit>{alternation(ZH_FIELD_MARK_METRES)})   # 20米58, 2米35
        (?P<part>[0-9]{{2}})(?![0-9])(?!{_LOCAL_UNIT})(?P<mark>)             # not 20米10厘米
      | (?P<num>[1-9]|[{_UNIT_DIGITS}])                       # 一, 两, 1
        (?P<unit>{alternation(ZH_ELIDED_UNITS)})              # 米, 公斤
        (?P<part>[0-9]{{1,2}}+|[{_UNIT_DIGITS}{_ZERO_CHARS}][{_UNIT_DIGITS}]?+)   # 六八, 八, 75
    )
    (?![0-9{_NUMERAL_CHARS}{_OVER_CHARS}{_POINT_CHARS}.])     # not 一米五十
    (?!{_MEASURE}|{_DURATION})                                # not 一米五个
    (?P<post>{_Q_AFTER})?+                                    # 左右
    (?(post)|(?(mark)|(?![\p{{Han}}--[{_BARE_NEXT}]])))       # not a word; 20米58夺冠 is a mark
    """,
    _FLAGS,
)

# A share stated as a count in each count: 每4个人中约有3个 "about three in every four" (75 %),
# 每十人中就有一人 (10 %); the counterpart of "one in five", "three out of every four". Up to twelve
# characters may name the group between the count and 中 (每4个“90后”中).
ZH_SHARE_EACH: Final[frozenset[str]] = frozenset({"每"})
ZH_SHARE_AMONG: Final[frozenset[str]] = frozenset({"中", "之中", "当中", "當中"})
ZH_SHARE_HAVE: Final[frozenset[str]] = frozenset({"有", "就有"})
_SHARE_GAP_NOT: Final[str] = "".join(
    sorted({*ZH_LIST_SEPARATORS, "，", "。", "；", ",", ";", "\n"})
)
# A group of a thousand or more (每十萬人口中有12.3宗, 每1000人中有3人) is the base of a rate, as
# "12.3 per 100,000 population" writes it: the base and the count, each a figure (see 每千人).
ZH_RATE_BASE_MAGNITUDES: Final[frozenset[str]] = frozenset({"千", "万", "萬", "亿", "億"})
ZH_LOCAL_SHARE_IN_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    (?<={alternation(ZH_SHARE_EACH)})
    (?P<den>{_NUM})                                      # 4, 十
    (?<![{"".join(sorted(ZH_RATE_BASE_MAGNITUDES))}]|[0-9]{{4}})   # not 十萬, 1000: a rate's base
    (?:{_MEASURE})?+                                     # 个, 人
    [^{regex.escape(_SHARE_GAP_NOT)}]{{0,12}}?           # “90后”
    {alternation(ZH_SHARE_AMONG)}                        # 中
    (?P<pre>{_Q_BEFORE})?{alternation(ZH_SHARE_HAVE)}    # 约有 (约, not the qualifier 约有), 就有
    (?P<num>{_NUM})(?:{_MEASURE})?+                      # 3个
    """,
    _FLAGS,
)

# A multiplier written with an x glued after digits, as product pages write a zoom or a speed
# (10X光学变焦, 3x变焦, 2X倍速): only before a word of zoom or speed, since digits and a capital
# X name models as often (小米10X, 荣耀9X).
ZH_MULTIPLIER_SIGNS: Final[frozenset[str]] = frozenset({"x", "X", "×"})
ZH_MULTIPLIER_SIGN_BEFORE: Final[frozenset[str]] = frozenset(
    {"光学", "光學", "变焦", "變焦", "数码", "數碼", "混合", "放大", "倍速", "速度", "快充"}
)
ZH_LOCAL_MULTIPLIER_X_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    {_PRE}{_EDGE_BEFORE}
    (?P<num>[0-9]{{1,3}}+(?:\.[0-9]{{1,2}}+)?+)                # 10, 1.5
    {alternation(ZH_MULTIPLIER_SIGNS)}                        # X
    (?=\ ?+{alternation(ZH_MULTIPLIER_SIGN_BEFORE)})          # 光学变焦
    """,
    _FLAGS,
)

# Pixels of a camera (4800万像素, 1亿像素, 48MP), a unit of their own; not the last figure of a
# screen's dimensions (1920×1080像素: a resolution, left as figures).
ZH_PIXEL_UNITS: Final[dict[str, str]] = {"像素": "pixel", "MP": "megapixel"}
ZH_LOCAL_PIXELS_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    {_PRE}{_EDGE_BEFORE}{_BARE}
    (?<![0-9]\ ?+{_DIMENSION_SEP}\ ?+)                   # not the 1080 of 1920×1080像素
    (?P<num>{_NUM_SPACED})\ ?+                           # 4800万
    (?P<unit>{alternation(ZH_PIXEL_UNITS)})(?!(?<=[A-Za-z])[0-9A-Za-z])   # 像素, MP; not MP3
    (?P<post>{_Q_AFTER})?+                               # 左右
    """,
    _FLAGS,
)
# Always open, 7×24小时 ("24/7"): a name-like claim (role `name`, the figure 24), so that it pairs
# with the translation's "24/7" or "24 hours a day, 7 days a week" and is no span of 24 hours.
ZH_ROUND_THE_CLOCK_SIGNS: Final[frozenset[str]] = frozenset({"×", "x", "X", "*", "/"})
ZH_ROUND_THE_CLOCK_UNITS: Final[frozenset[str]] = frozenset({"小时", "小時", "天"})
_CLOCK_SIGN: Final[str] = alternation(ZH_ROUND_THE_CLOCK_SIGNS - {"/"})
ZH_LOCAL_ROUND_THE_CLOCK_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    (?<![0-9.,])
    (?:
        7\ ?+{_CLOCK_SIGN}\ ?+(?P<num>24)                 # 7×24
      | (?P<num>24)\ ?+{_CLOCK_SIGN}\ ?+7                 # 24×7
      | (?P<num>24)/7(?:/365)?+                          # 24/7
    )
    (?![0-9.=])                                          # not 7×24=168
    {alternation(ZH_ROUND_THE_CLOCK_UNITS)}?+            # 小时
    """,
    _FLAGS,
)
# The lines of a video format (1080p, 720p, 1080i): a name of a format, read as a code, as 1080P
# already is (lang/roles.py); three or four digits, so 50p stays unread.
ZH_VIDEO_LINE_MARKS: Final[frozenset[str]] = frozenset({"p", "i"})
ZH_LOCAL_VIDEO_LINES_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    (?<![0-9A-Za-z.,])(?P<num>[0-9]{{3,4}}+){alternation(ZH_VIDEO_LINE_MARKS)}(?![0-9A-Za-z])
    """,
    _FLAGS,
)
# A quarter of the year named by its rank: 一季度, 二季度, 第三季度, 4季度 are Q1–Q4 (role ordinal),
# as "the first quarter" and "Q1" are in English; not a span of quarters (三个季度, 前三季度 "the first
# three quarters", 连续两季度, 每季度) and no numeral above four.
ZH_QUARTER_NOUNS: Final[frozenset[str]] = frozenset({"季度"})
ZH_QUARTER_RANKS: Final[str] = "一二三四1234"
ZH_QUARTER_NOT_AFTER: Final[frozenset[str]] = frozenset(
    {*ZH_SPAN_BEFORE, "连续", "連續", "每", "个", "個", "两", "兩", "首"}
)
ZH_LOCAL_QUARTER_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    (?<!{alternation(ZH_QUARTER_NOT_AFTER)})          # not 前三季度, 连续两季度
    (?<![{_NUMERAL_CHARS}0-9])                        # not 十二季度; a comma may come before
    (?:{_ORDINAL})?+                                  # 第
    (?P<num>[{ZH_QUARTER_RANKS}])
    (?={alternation(ZH_QUARTER_NOUNS)})               # 季度
    {alternation(ZH_QUARTER_NOUNS)}
    """,
    _FLAGS,
)
# One year before a season or a year of accounts (2022财年, 2022赛季, 2022学年) is that year, as
# "FY2022" and "the 2022 season" are in English (it was read as the bare number 2022); a span of
# them is ZH_LOCAL_YEAR_SPAN_RE's.
ZH_LOCAL_YEAR_MARKED_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    (?<![0-9.,/]|{_YEAR_SPAN_SEP})
    (?P<year>(?:1[0-9]|20)[0-9]{{2}})(?={_YEAR_SPAN_MARK})    # 2022 of 2022财年
    """,
    _FLAGS,
)
# A quarter written Q1–Q4 in Chinese text, after a year (2023年Q3) or opening a phrase (Q1营收):
# the rank, as the English "Q3" is. Not after a name (奥迪Q3 is a car, read as a code).
ZH_QUARTER_LETTERS: Final[frozenset[str]] = frozenset({"Q"})
ZH_QUARTER_LETTER_AFTER: Final[frozenset[str]] = frozenset(
    {"年", "年度", "，", ",", "、", "（", "("}
)
ZH_LOCAL_QUARTER_CODE_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"""
    (?<=(?:^|\s|{alternation(ZH_QUARTER_LETTER_AFTER)}){alternation(ZH_QUARTER_LETTERS)})
    (?P<num>[1-4])(?![0-9A-Za-z]|[.][0-9])               # Q3; not Q10, Q3.5
    """,
    _FLAGS,
)
# A figure with a scale letter of web text (ZH_WEB_SCALES): 1.2w, 3.5W人, 10w+阅读, 3K元.
_WEB_MEASURE: Final[str] = alternation(ZH_MEASURE_WORDS - set(ZH_UNITS) - set(ZH_COLLOQUIAL_MONEY))
_WEB_HEAD: Final[str] = rf"""
    {_PRE}{_EDGE_BEFORE}
    (?P<num>{_DIGIT_RUN})
    (?:(?P<webscale>{alternation(s for s in ZH_WEB_SCALES if s.islower())})
       (?![A-Za-z0-9]|{alternation(ZH_WEB_SCALE_NOT_NEXT)})            # 1.2w, 8k; not 8k视频
      |(?P<webscale>{alternation(s for s in ZH_WEB_SCALES if s.isupper() and s not in ZH_WEB_SCALES_IN_NAMES)})
       (?={_PLUS}|{_WEB_MEASURE}|{_CURRENCY}|{alternation(ZH_WEB_SCALE_NEXT)})   # not 65W快充
      |(?P<webscale>{alternation(ZH_WEB_SCALES_IN_NAMES)})
       (?={_PLUS}|{alternation(ZH_WEB_SCALE_NEXT)})                              # 1.2M播放
      |(?<=(?:{alternation(ZH_WEB_SCALE_COUNTED)})(?:[:：]|\p{{Han}}{{0,3}})\ ?{_DIGIT_RUN})  # 播放量1.2M, 点赞数达1.2M
       (?P<webscale>{alternation(s for s in ZH_WEB_SCALES if s.isupper())})(?![A-Za-z0-9]))
    (?P<post>{_PLUS})?+                                                # 10w+
"""
ZH_LOCAL_WEB_MONEY_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"{_WEB_HEAD}(?P<unit>{_CURRENCY})(?P<post>{_Q_AFTER})?+", _FLAGS
)
ZH_LOCAL_WEB_COUNT_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"{_WEB_HEAD}(?P<mw>{_WEB_MEASURE})(?P<post>{_Q_AFTER})?+", _FLAGS
)
ZH_LOCAL_WEB_NUMBER_RE: Final[regex.Pattern[str]] = compiled.pattern(_WEB_HEAD, _FLAGS)
# A distance in web text's thousands (跑了5k米, "ran 5 km").
ZH_WEB_SCALE_LENGTHS: Final[frozenset[str]] = frozenset({"米"})
ZH_LOCAL_WEB_LENGTH_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"{_WEB_HEAD}(?P<unit>{alternation(ZH_WEB_SCALE_LENGTHS)})", _FLAGS
)
_F_WEB: Final[frozenset[str]] = follows(ZH_WEB_SCALES)
# A range in web text's scale letters, written on its second end or on both (月薪8k-12k, 8-12k,
# 1.5w-2w元): both ends in that scale, the first borrowing the second's where it has none, as 3～5万
# does. A capital letter only where both ends have it (8K-12K, 10K–15K, as job ads write pay; a
# single 8K may be a resolution or a model name).
ZH_WEB_RANGE_CAPITAL_SCALES: Final[frozenset[str]] = frozenset({"K"})
_WEB_RANGE_SCALE: Final[str] = alternation(s for s in ZH_WEB_SCALES if s.islower())
_WEB_RANGE: Final[str] = rf"""
    {_PRE}{_EDGE_BEFORE}
    (?:
        (?P<num>{_DIGIT_RUN})(?P<webscale>{_WEB_RANGE_SCALE})?+\ ?+      # 8k, 8
        {_RANGE_SEP_LOCAL}\ ?+                                             # -, 至
        (?P<num2>{_DIGIT_RUN})(?P<webscale2>{_WEB_RANGE_SCALE})            # 12k
      | (?P<num>{_DIGIT_RUN})(?P<webscale>{alternation(ZH_WEB_RANGE_CAPITAL_SCALES)})\ ?+   # 8K
        {_RANGE_SEP_LOCAL}\ ?+                                             # -, 至
        (?P<num2>{_DIGIT_RUN})(?P<webscale2>(?P=webscale))                 # 12K
    )
    (?![A-Za-z0-9]|{alternation(ZH_WEB_SCALE_NOT_NEXT)})
"""
ZH_LOCAL_WEB_RANGE_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"{_WEB_RANGE}(?P<post>{_Q_AFTER})?+", _FLAGS
)
ZH_LOCAL_WEB_MONEY_RANGE_RE: Final[regex.Pattern[str]] = compiled.pattern(
    rf"{_WEB_RANGE}(?P<unit>{_CURRENCY})(?P<post>{_Q_AFTER})?+",
    _FLAGS,  # 1.5w-2w元
)
# The separator of such a range within reach of its first figure (after its scale letter).
_T_WEB_RANGE: Final[Then] = Then(follows(ZH_RANGE_SEPARATORS), within=2)

RULES: Final[LangRules] = LangRules(
    lang=Lang.ZH,
    rules=(
        *ZH_ROLE_RULES,
        Rule(
            "zh.multiplier.word",
            Build.MULTIPLIER,
            ZH_MULTIPLIER_WORD_RE,
            Kind.MULTIPLIER,
            begins=Begins.of(ZH_MULTIPLIERS),
        ),
        Rule(
            "zh.money.range", Build.QUANTITY, ZH_MONEY_RANGE_RE, begins=_B_MONEY, follows=_F_RANGE
        ),
        Rule(
            "zh.money.foreign",
            Build.QUANTITY,
            ZH_MONEY_FOREIGN_RE,
            begins=_B_PRE | Begins.of(ZH_FOREIGN_PREFIXES),
            needs=frozenset(ZH_FOREIGN_PREFIXES),
        ),
        Rule(
            "zh.money", Build.QUANTITY, ZH_MONEY_RE, begins=_B_MONEY, follows=follows(ZH_CURRENCIES)
        ),
        Rule(
            "zh.money.prefix",
            Build.QUANTITY,
            ZH_MONEY_PREFIX_RE,
            begins=_B_PRE | Begins.of(ZH_CURRENCY_PREFIXES),
            needs=frozenset(ZH_CURRENCY_PREFIXES),
        ),
        Rule("zh.money.list", Build.QUANTITY, ZH_MONEY_LIST_RE, begins=_B_FIGURE, follows=_F_LIST),
        Rule("zh.mass.range", Build.QUANTITY, ZH_MASS_RANGE_RE, begins=_B_FIGURE, follows=_F_RANGE),
        Rule(
            "zh.mass", Build.QUANTITY, ZH_MASS_RE, begins=_B_FIGURE, follows=follows(ZH_MASS_UNITS)
        ),
        Rule("zh.mass.list", Build.QUANTITY, ZH_MASS_LIST_RE, begins=_B_FIGURE, follows=_F_LIST),
        Rule(
            "zh.percent.range",
            Build.QUANTITY,
            ZH_PERCENT_RANGE_RE,
            begins=_B_FIGURE,
            follows=_F_PERCENT_RANGE,
            then=_T_PERCENT_RANGE,
        ),
        Rule(
            "zh.percent",
            Build.QUANTITY,
            ZH_PERCENT_RE,
            begins=_B_FIGURE,
            follows=follows(ZH_PERCENT_UNITS),
        ),
        Rule(
            "zh.percent.prefix.range",
            Build.QUANTITY,
            ZH_PERCENT_PREFIX_RANGE_RE,
            begins=_B_PRE | _B_SIGN | Begins.of(ZH_PERCENT_PREFIXES),
            needs=frozenset(ZH_PERCENT_PREFIXES),
        ),
        Rule(
            "zh.percent.prefix",
            Build.QUANTITY,
            ZH_PERCENT_PREFIX_RE,
            begins=_B_PRE | _B_SIGN | Begins.of(ZH_PERCENT_PREFIXES),
            needs=frozenset(ZH_PERCENT_PREFIXES),
        ),
        Rule(
            "zh.percent.list", Build.QUANTITY, ZH_PERCENT_LIST_RE, begins=_B_FIGURE, follows=_F_LIST
        ),
        Rule(
            "zh.percent.tenths",
            Build.QUANTITY,
            ZH_TENTHS_RE,
            begins=_B_PRE | _B_NUM,
            follows=follows(ZH_TENTHS_UNITS),
        ),
        Rule(
            "zh.percent.fraction",
            Build.QUANTITY,
            ZH_FRACTION_RE,
            unit=ZH_SHARE_UNIT,
            begins=_B_PRE | _B_NUM,
            follows=follows(ZH_FRACTION_MARKS),
        ),
        Rule(
            "zh.percent.share",
            Build.QUANTITY,
            ZH_SHARE_RE,
            unit=ZH_SHARE_UNIT,
            begins=_B_PRE | Begins.of(ZH_SHARE_PHRASES),
            needs=frozenset(ZH_SHARE_PHRASES),
        ),
        Rule(
            "zh.multiplier.range",
            Build.MULTIPLIER,
            ZH_MULTIPLIER_RANGE_RE,
            Kind.MULTIPLIER,
            begins=_B_PRE | _B_NUM,
            follows=_F_RANGE,
        ),
        Rule(
            "zh.multiplier",
            Build.MULTIPLIER,
            ZH_MULTIPLIER_RE,
            Kind.MULTIPLIER,
            begins=_B_PRE | _B_NUM,
            follows=follows("倍"),
        ),
        Rule("zh.date", Build.DATE, ZH_DATE_RE, Kind.DATE, begins=_B_NUM, follows=_F_DATE),
        Rule(
            "zh.date.iso",
            Build.DATE,
            ZH_ISO_DATE_RE,
            Kind.DATE,
            begins=Begins(digit=True),
            follows=follows("-"),
        ),
        Rule(
            "zh.date.day",
            Build.DATE,
            ZH_DAY_RE,
            Kind.DATE,
            begins=Begins.of(
                _TEN_CHAR, _DIGIT_CHARS_OF[2], _DIGIT_CHARS_OF[3], ZH_CONTRACTED_TENS, digit=True
            ),
            follows=follows("日"),
        ),
        Rule(
            "zh.ordinal",
            Build.QUANTITY,
            ZH_ORDINAL_RE,
            Kind.NUMBER,
            role=Role.ORDINAL,
            begins=Begins.of(ZH_ORDINAL_MARKS),
        ),
        Rule(
            "zh.year.decade",
            Build.YEAR,
            ZH_DECADE_RE,
            Kind.YEAR,
            begins=_B_NUM,
            follows=follows(ZH_DECADE_MARKS, ZH_GENERATION_MARKS, ZH_CENTURY_OF_DECADE_MARKS),
        ),
        Rule(
            "zh.year", Build.YEAR, ZH_YEAR_RE, Kind.YEAR, begins=_B_NUM, follows=follows("年-~至到")
        ),
        Rule(
            "zh.duration",
            Build.DURATION,
            ZH_DURATION_RE,
            Kind.DURATION,
            begins=_B_PRE | _B_NUM | Begins.of(ZH_SPAN_BEFORE, ZH_HALVES),
            follows=follows(ZH_DURATION_UNITS, ZH_DURATION_CLASSIFIERS),
        ),
        Rule(
            "zh.duration.list",
            Build.DURATION,
            ZH_DURATION_LIST_RE,
            Kind.DURATION,
            begins=_B_FIGURE,
            follows=_F_LIST,
        ),
        Rule(
            "zh.count.range",
            Build.QUANTITY,
            ZH_COUNT_RANGE_RE,
            Kind.COUNT,
            begins=_B_FIGURE,
            follows=_F_RANGE,
        ),
        Rule(
            "zh.count",
            Build.QUANTITY,
            ZH_COUNT_RE,
            Kind.COUNT,
            begins=_B_FIGURE,
            follows=follows(ZH_MEASURE_WORDS, ZH_QUALIFIERS_PLUS, ZH_LAYOUT_ROOM_WORDS),
        ),
        Rule(
            "zh.count.list",
            Build.QUANTITY,
            ZH_COUNT_LIST_RE,
            Kind.COUNT,
            begins=_B_FIGURE,
            follows=_F_LIST,
        ),
        Rule(
            "zh.count.vague",
            Build.QUANTITY,
            ZH_VAGUE_RE,
            Kind.COUNT,
            begins=Begins.of(ZH_VAGUE_PHRASES, ZH_MARK_SCALE_PHRASES),
        ),
        Rule(
            "zh.number",
            Build.QUANTITY,
            ZH_NUMBER_RE,
            Kind.NUMBER,
            begins=_B_PRE | _B_SIGN | Begins(digit=True),
        ),
        Rule("zh.number.round", Build.QUANTITY, ZH_ROUND_RE, Kind.NUMBER, begins=_B_PRE),
    ),
    cores=ZH_CORES_RE,
    prefixes=ZH_PREFIXES,
    age_words=ZH_AGE_WORDS,
    titles=ZH_TITLES_RE,
    head=ZH_HEAD_RE,
    head_gaps=" ",
    local_rules=(
        Rule(
            "zh.local.web.money",
            Build.QUANTITY,
            ZH_LOCAL_WEB_MONEY_RE,
            begins=_B_FIGURE,
            follows=_F_WEB,
        ),
        Rule(
            "zh.local.web.count",
            Build.QUANTITY,
            ZH_LOCAL_WEB_COUNT_RE,
            Kind.COUNT,
            begins=_B_FIGURE,
            follows=_F_WEB,
        ),
        Rule(
            "zh.local.web.number",
            Build.QUANTITY,
            ZH_LOCAL_WEB_NUMBER_RE,
            Kind.NUMBER,
            begins=_B_FIGURE,
            follows=_F_WEB,
        ),
        Rule(
            "zh.local.speed",
            Build.QUANTITY,
            ZH_LOCAL_SPEED_RE,
            unit="kilometer_per_hour",
            begins=Begins.of(ZH_SPEED_MARKS),
            follows=follows(ZH_SPEED_UNITS),
        ),
        Rule(
            "zh.local.kwh",
            Build.QUANTITY,
            ZH_LOCAL_KWH_RE,
            unit="kilowatt_hour",
            begins=_B_PRE | _B_NUM,
            follows=follows(ZH_KWH_AFTER_MAGNITUDE),
        ),
        # Before zh.local.unit, whose reading of 每公斤30元 as plain money it must win (a tie),
        # and before zh.local.range, likewise for a range of rates (每平方米3万至4万元).
        Rule(
            "zh.local.rate",
            Build.QUANTITY,
            ZH_LOCAL_RATE_RE,
            begins=_B_MONEY,
            follows=_F_LOCAL_UNIT | _F_RANGE,
            then=_T_RATE,
        ),
        # Before zh.local.range, whose reading of 0-100km/h as a range from 0 it must win (a tie).
        Rule(
            "zh.local.acceleration.range",
            Build.QUANTITY,
            ZH_LOCAL_ACCELERATION_RANGE_RE,
            begins=Begins(digit=True),  # 0-100km/h
            follows=follows(ZH_RANGE_SEPARATORS),
            then=Then(ZH_ACCELERATION_SPEED_UNITS, within=8),
        ),
        Rule(
            "zh.local.range",
            Build.QUANTITY,
            ZH_LOCAL_RANGE_RE,
            begins=_B_PRE | _B_NUM,
            follows=_F_LOCAL_UNIT | _F_PERCENT_RANGE,
            then=_T_LOCAL_RANGE,
        ),
        # Before zh.local.unit, whose reading of the same share with no bound it must win (a tie).
        Rule(
            "zh.local.share.bound_of_whole",
            Build.QUANTITY,
            ZH_LOCAL_BOUND_OF_WHOLE_RE,
            Kind.PERCENT,
            begins=Begins.behind(ZH_SHARE_OF_WHOLE_MARKS),  # 合同总额的|10%
            follows=follows(ZH_PERCENT_UNITS),
        ),
        Rule(
            "zh.local.unit",
            Build.QUANTITY,
            ZH_LOCAL_UNIT_RE,
            begins=_B_MONEY,
            follows=_F_LOCAL_UNIT,
        ),
        Rule(
            "zh.local.dimension",
            Build.QUANTITY,
            ZH_LOCAL_DIMENSION_RE,
            begins=Begins(digit=True),
            follows=follows(ZH_DIMENSION_SEPARATORS, ZH_LATIN_UNITS, ZH_QUANTITY_UNITS),
        ),
        Rule(
            "zh.local.tenths",
            Build.QUANTITY,
            ZH_LOCAL_TENTHS_RE,
            begins=_B_PRE | _B_NUM,
            follows=follows(ZH_TENTHS_UNITS),
        ),
        Rule(
            "zh.local.tenths.part",
            Build.COMPOUND,
            ZH_LOCAL_TENTHS_PART_RE,
            begins=_B_PRE | _B_NUM,
            follows=follows(ZH_TENTHS_UNITS),
        ),
        Rule(
            "zh.local.compound",
            Build.COMPOUND,
            ZH_LOCAL_COMPOUND_RE,
            begins=_B_PRE | _B_NUM,
            follows=follows(ZH_COMPOUND_MAJORS),
            then=_T_COMPOUND,
        ),
        Rule(
            "zh.local.time",
            Build.TIME,
            ZH_LOCAL_TIME_RE,
            Kind.TIME,
            begins=Begins.of(ZH_DAY_HALVES),
        ),
        Rule(
            "zh.local.time.open",
            Build.TIME,
            ZH_LOCAL_TIME_OPEN_RE,
            Kind.TIME,
            begins=_B_NUM,
            # 14:20, 10时, 九点半, 0—24时; 14点30分 and 九点一刻 where the head reads 点 as a point.
            follows=follows(ZH_HOUR_MARKS, ZH_RANGE_SEPARATORS, ":", "分刻"),
        ),
        Rule(
            "zh.local.lunar.date",
            Build.DATE,
            ZH_LOCAL_LUNAR_DATE_RE,
            Kind.DATE,
            role=Role.NAME,
            # Before zh.local.date: of two readings of 农历七月, the lunar one.
            # 八月 after 农历; 正月, 大年初; 五月初五 (a numeral month).
            begins=_B_NUM
            | Begins.of(ZH_LUNAR_MONTH_OPENERS)
            | Begins.behind(ZH_LUNAR_CALENDARS, (word + " " for word in ZH_LUNAR_CALENDARS)),
            follows=follows("月"),
            # A numeral month is lunar after a word of the calendar or before 初.
            then=Then(
                frozenset({*ZH_LUNAR_CALENDARS, ZH_LUNAR_EARLY_DAY}),
                within=1,
                behind=max(len(word) for word in ZH_LUNAR_CALENDARS) + 1,
            ),
        ),
        Rule(
            "zh.local.date",
            Build.DATE,
            ZH_LOCAL_DATE_RE,
            Kind.DATE,
            begins=_B_NUM,
            follows=follows("年月"),
        ),
        Rule(
            "zh.local.year",
            Build.YEAR,
            ZH_LOCAL_YEAR_RE,
            Kind.YEAR,
            begins=Begins(digit=True),
            follows=follows("年"),
        ),
        Rule(
            "zh.local.count",
            Build.QUANTITY,
            ZH_LOCAL_COUNT_RE,
            Kind.COUNT,
            begins=_B_PRE | _B_NUM,
            follows=follows(ZH_MEASURE_WORDS),
            then=Then(frozenset({" "}), within=0),  # the space before its measure word
        ),
        Rule(
            "zh.local.signed",
            Build.QUANTITY,
            ZH_LOCAL_SIGNED_RE,
            Kind.NUMBER,
            begins=Begins.of(ZH_NEGATIVE_SIGNS),
        ),
        Rule(
            "zh.local.money.round",
            Build.QUANTITY,
            ZH_LOCAL_ROUND_MONEY_RE,
            begins=_B_NUM,
            follows=follows(ZH_CURRENCIES),
        ),
        Rule(
            "zh.local.range.bare",
            Build.QUANTITY,
            ZH_LOCAL_BARE_RANGE_RE,
            Kind.NUMBER,
            begins=_B_PRE | _B_NUM,
            follows=follows(ZH_RANGE_SEPARATORS),
        ),
        Rule(
            "zh.local.unit.half",
            Build.QUANTITY,
            ZH_LOCAL_UNIT_HALF_RE,
            begins=_B_PRE | _B_NUM,
            follows=follows(ZH_MASS_UNITS, ZH_QUANTITY_UNITS),
            then=_T_HALF,
        ),
        Rule(
            "zh.local.liang",
            Build.COMPOUND,
            ZH_LOCAL_LIANG_RE,
            begins=_B_PRE | _B_NUM,
            # 三斤, 3两; 二两, which the head reads as two.
            follows=follows(ZH_LIANG_MAJORS, ZH_LIANG_UNITS),
            ends=follows(ZH_LIANG_UNITS),
        ),
        Rule(
            "zh.local.name",
            Build.QUANTITY,
            ZH_LOCAL_NAME_RE,
            Kind.NUMBER,
            role=Role.NAME,
            # 十四五; 十五 after 神舟 (or 神舟 and a space).
            begins=Begins.of(ZH_PLAN_NAMES)
            | Begins.behind(ZH_SERIES_NAMES, (name + " " for name in ZH_SERIES_NAMES))
            | Begins.behind(ZH_STOCK_INDEX_NAMES)  # 500 after 标普
            | Begins.of(ZH_UNIVERSITY_PROJECT_NUMBERS)  # 985高校
            | Begins.behind(ZH_RANKED_LIST_NAMES),  # 200 after 公告牌
        ),
        Rule(
            "zh.local.year.bc",
            Build.YEAR,
            ZH_LOCAL_YEAR_BC_RE,
            Kind.YEAR,
            begins=Begins.of(ZH_BEFORE_COMMON_ERA) | Begins.behind(ZH_COMMON_ERA),
        ),
        Rule(
            "zh.local.phone",
            Build.QUANTITY,
            ZH_LOCAL_PHONE_RE,
            Kind.NUMBER,
            role=Role.CODE,
            begins=Begins.of(ZH_PHONE_OPENERS, "0"),  # +86, （010）, 010-
        ),
        Rule(
            "zh.local.year.span",
            Build.YEAR,
            ZH_LOCAL_YEAR_SPAN_RE,
            Kind.YEAR,
            begins=Begins(digit=True),
            # 2022-23赛季: the separator after the first year, the mark after the second.
            follows=follows(ZH_YEAR_SPAN_SEPARATORS, ZH_YEAR_SPAN_MARKS),
        ),
        Rule(
            "zh.local.fraction.slash",
            Build.QUANTITY,
            ZH_LOCAL_FRACTION_SLASH_RE,
            Kind.PERCENT,
            unit=ZH_SHARE_UNIT,
            begins=_B_PRE | Begins(digit=True),
            follows=follows(ZH_FRACTION_SLASH),
        ),
        Rule(
            "zh.local.date.name",
            Build.DATE,
            ZH_LOCAL_DATE_NAME_RE,
            Kind.DATE,
            role=Role.NAME,
            begins=Begins(digit=True),
            follows=follows(ZH_DATE_NAME_DOTS),
        ),
        Rule(
            "zh.local.below_zero",
            Build.QUANTITY,
            ZH_LOCAL_BELOW_ZERO_RE,
            unit=ZH_BELOW_ZERO_UNIT,
            begins=_B_PRE | Begins.of(ZH_BELOW_ZERO),
            follows=follows(ZH_DEGREE_WORDS),
        ),
        Rule(
            "zh.local.liang.half",
            Build.QUANTITY,
            ZH_LOCAL_LIANG_HALF_RE,
            begins=_B_PRE | _B_NUM,
            follows=follows(ZH_LIANG_UNITS, ZH_HALVES),
        ),
        Rule(
            "zh.local.lai.unit",
            Build.QUANTITY,
            ZH_LOCAL_LAI_UNIT_RE,
            approx=Approx.ABOUT,
            begins=_B_PRE | _B_NUM,
            follows=follows(ZH_ROUND_HEDGES, ZH_ROUND_HEDGES_OF_BARE_MAGNITUDES),
        ),
        Rule(
            "zh.local.lai.count",
            Build.QUANTITY,
            ZH_LOCAL_LAI_COUNT_RE,
            Kind.COUNT,
            approx=Approx.ABOUT,
            begins=_B_PRE | _B_NUM,
            follows=follows(ZH_ROUND_HEDGES, ZH_ROUND_HEDGES_OF_BARE_MAGNITUDES),
        ),
        Rule(
            "zh.local.lai.size",
            Build.QUANTITY,
            ZH_LOCAL_LAI_SIZE_RE,
            approx=Approx.ABOUT,
            begins=_B_PRE | _B_NUM,
            follows=follows(ZH_MASS_UNITS, ZH_QUANTITY_UNITS),
            then=_T_LAI,
        ),
        Rule(
            "zh.local.share.in",
            Build.QUANTITY,
            ZH_LOCAL_SHARE_IN_RE,
            Kind.PERCENT,
            unit=ZH_SHARE_UNIT,
            begins=Begins.behind(ZH_SHARE_EACH),  # 每4个
        ),
        Rule(
            "zh.local.money.sign_after",
            Build.QUANTITY,
            ZH_LOCAL_MONEY_SIGN_AFTER_RE,
            begins=_B_FIGURE,
            follows=follows(ZH_CURRENCY_SIGNS_AFTER),
        ),
        Rule(
            "zh.local.discount",
            Build.COMPOUND,
            ZH_LOCAL_DISCOUNT_RE,
            begins=_B_PRE | _B_NUM,
            follows=follows(ZH_DISCOUNT_UNITS),
        ),
        Rule(
            "zh.local.unit.elided",
            Build.COMPOUND,
            ZH_LOCAL_ELIDED_RE,
            begins=_B_PRE | _B_NUM,
            follows=follows(ZH_ELIDED_UNITS),
        ),
        Rule(
            "zh.local.multiplier.x",
            Build.MULTIPLIER,
            ZH_LOCAL_MULTIPLIER_X_RE,
            Kind.MULTIPLIER,
            begins=_B_PRE | Begins(digit=True),
            follows=follows(ZH_MULTIPLIER_SIGNS),
        ),
        Rule(
            "zh.local.pixels",
            Build.QUANTITY,
            ZH_LOCAL_PIXELS_RE,
            begins=_B_PRE | _B_NUM,
            follows=follows(ZH_PIXEL_UNITS),
        ),
        Rule(
            "zh.local.round_the_clock",
            Build.QUANTITY,
            ZH_LOCAL_ROUND_THE_CLOCK_RE,
            Kind.NUMBER,
            role=Role.NAME,
            begins=Begins(digit=True),
            follows=follows(ZH_ROUND_THE_CLOCK_SIGNS),
        ),
        Rule(
            "zh.local.video_lines",
            Build.QUANTITY,
            ZH_LOCAL_VIDEO_LINES_RE,
            Kind.NUMBER,
            role=Role.CODE,
            begins=Begins(digit=True),
            follows=follows(ZH_VIDEO_LINE_MARKS),
        ),
        Rule(
            "zh.local.duration.range",
            Build.QUANTITY,
            ZH_LOCAL_DURATION_RANGE_RE,
            Kind.DURATION,
            begins=_B_PRE | _B_NUM | Begins.of(ZH_SPAN_BEFORE),
            follows=_F_RANGE,
        ),
        Rule(
            "zh.local.model",
            Build.QUANTITY,
            ZH_LOCAL_MODEL_RE,
            Kind.NUMBER,
            role=Role.CODE,
            begins=Begins.behind(
                (letter + " " for letter in string.ascii_lowercase),  # iPhone 15
                ZH_MODEL_NAMES_IN_HAN,  # 蓝牙5.3
                (name + " " for name in ZH_MODEL_NAMES_IN_HAN),
            ),
        ),
        Rule(
            "zh.local.span.minutes",
            Build.QUANTITY,
            ZH_LOCAL_SPAN_MINUTES_RE,
            Kind.DURATION,
            unit="minute",  # 分 alone reads as a fen in the unit table
            begins=_B_NUM,
            follows=follows(ZH_SPAN_MINUTES),
        ),
        Rule(
            "zh.local.span.seconds",
            Build.QUANTITY,
            ZH_LOCAL_SPAN_SECONDS_RE,
            Kind.DURATION,
            begins=_B_NUM,
            follows=follows(ZH_SPAN_SECONDS),
        ),
        Rule(
            "zh.local.span.hundredths",
            Build.COMPOUND,
            ZH_LOCAL_SPAN_HUNDREDTHS_RE,
            Kind.DURATION,
            begins=Begins(digit=True),
            follows=follows(ZH_SPAN_SECONDS),
        ),
        Rule(
            "zh.local.score.first",
            Build.QUANTITY,
            ZH_LOCAL_SCORE_FIRST_RE,
            Kind.NUMBER,
            begins=Begins(digit=True),
            follows=follows(ZH_SCORE_SEPARATORS),
        ),
        Rule(
            "zh.local.score.second",
            Build.QUANTITY,
            ZH_LOCAL_SCORE_SECOND_RE,
            Kind.NUMBER,
            begins=Begins.behind(ZH_SCORE_SEPARATORS),  # the 0 of 3：0, only after its mark
        ),
        Rule(
            "zh.local.date.numeric",
            Build.DATE,
            ZH_LOCAL_DATE_NUMERIC_RE,
            Kind.DATE,
            begins=Begins(digit=True),
            follows=follows(ZH_DATE_NUMERIC_SEPARATORS),
        ),
        Rule(
            "zh.local.span.years",
            Build.QUANTITY,
            ZH_LOCAL_YEAR_SPAN_PHRASE_RE,
            Kind.DURATION,
            unit=ZH_YEAR_SPAN_PHRASE_UNIT,
            begins=_B_PRE | Begins.of(ZH_YEAR_SPAN_PHRASES),
            needs=frozenset(ZH_YEAR_SPAN_PHRASES),  # 近半个世纪: the phrase after the hedge
        ),
        Rule(
            "zh.local.date.range.end",
            Build.DATE,
            ZH_LOCAL_DAY_RANGE_END_RE,
            Kind.DATE,
            # Only right after the separator of a range of days (3月15日至17日, 3月15-17日).
            begins=Begins.behind(
                f"{separator}{space}" for separator in ZH_RANGE_SEPARATORS for space in ("", " ")
            ),
            follows=follows(ZH_DATE_MARKS),
        ),
        Rule(
            "zh.local.dotted.code",
            Build.QUANTITY,
            ZH_LOCAL_DOTTED_CODE_RE,
            Kind.NUMBER,
            role=Role.CODE,
            begins=Begins(digit=True),
            follows=follows("."),
        ),
        Rule(
            "zh.local.wind",
            Build.QUANTITY,
            ZH_LOCAL_WIND_RE,
            Kind.QUANTITY,
            unit="beaufort",
            begins=_B_PRE | _B_NUM,
            follows=follows(ZH_LEVEL_MARKS, ZH_LEVEL_JOINERS) | _F_RANGE,
        ),
        Rule(
            "zh.local.quake",
            Build.QUANTITY,
            ZH_LOCAL_QUAKE_RE,
            Kind.QUANTITY,
            unit="richter",
            begins=_B_PRE | _B_NUM,
            follows=follows(ZH_LEVEL_MARKS, ZH_LEVEL_JOINERS) | _F_RANGE,
        ),
        Rule(
            "zh.local.pressure.pair",
            Build.QUANTITY,
            ZH_LOCAL_PRESSURE_PAIR_RE,
            Kind.QUANTITY,
            begins=Begins(digit=True),
            follows=follows(ZH_PRESSURE_SEPARATORS),
        ),
        Rule(
            "zh.local.plan",
            Build.QUANTITY,
            ZH_LOCAL_PLAN_RE,
            Kind.NUMBER,
            role=Role.ORDINAL,
            begins=Begins.of(ZH_ORDINAL_MARKS),  # 第十四个五年规划
            follows=follows(ZH_PLAN_MEASURES, ZH_PLAN_LENGTHS),
        ),
        Rule(
            "zh.local.per_base",
            Build.QUANTITY,
            ZH_LOCAL_PER_BASE_RE,
            Kind.NUMBER,
            begins=Begins.behind(ZH_PER_BASE_MARKS),  # the 千 of 每千人
            follows=follows(ZH_PER_BASE_NOUNS),
        ),
        Rule(
            "zh.local.per_distance",
            Build.QUANTITY,
            ZH_LOCAL_PER_DISTANCE_RE,
            begins=Begins.of(ZH_PER_BASES),  # the 百 of 百公里油耗
            follows=follows(ZH_PER_DISTANCE_UNITS),
        ),
        Rule(
            "zh.local.kwh.context",
            Build.QUANTITY,
            ZH_LOCAL_KWH_CONTEXT_RE,
            unit="kilowatt_hour",
            begins=_B_PRE | _B_NUM,  # 约800度, 800度 after a word of electricity
            follows=follows(ZH_KWH_AFTER_MAGNITUDE),
        ),
        Rule(
            "zh.local.year.era",
            Build.YEAR,
            ZH_LOCAL_ERA_YEAR_RE,
            Kind.YEAR,
            begins=Begins.of(ZH_ERA_YEAR_ZERO, ZH_REIGN_ERA_YEAR_ZERO),  # 民國110年, 乾隆三年
            follows=follows({"年"}),
        ),
        Rule(
            "zh.local.date.era",
            Build.DATE,
            ZH_LOCAL_ERA_DATE_RE,
            Kind.DATE,
            begins=Begins.of(ZH_ERA_YEAR_ZERO),  # 民國112年3月15日
            follows=follows({"年"}),
        ),
        Rule(
            "zh.local.duration.day_span",
            Build.DURATION,
            ZH_LOCAL_DAY_SPAN_RE,
            Kind.DURATION,
            unit="day",
            begins=_B_NUM,  # 30日内, 拘留十五日
            follows=follows("日"),
            # A word of a span right before the figure, or an ending after its 日.
            then=Then(
                ZH_DAY_SPAN_BEFORE | ZH_DAY_SPAN_VERBS | ZH_DAY_SPAN_ENDINGS,
                within=1,
                behind=max(len(word) for word in ZH_DAY_SPAN_BEFORE | ZH_DAY_SPAN_VERBS),
            ),
        ),
        Rule(
            "zh.local.celsius.before",
            Build.QUANTITY,
            ZH_LOCAL_CELSIUS_BEFORE_RE,
            unit=ZH_BELOW_ZERO_UNIT,
            begins=Begins.of(ZH_CELSIUS_BEFORE),  # 攝氏8度, 攝氏20至25度
            follows=follows(ZH_DEGREE_WORDS, ZH_RANGE_SEPARATORS),
        ),
        Rule(
            "zh.local.tenths.half",
            Build.QUANTITY,
            ZH_LOCAL_TENTHS_HALF_RE,
            begins=_B_PRE | _B_NUM,  # 两成半
            follows=follows(ZH_TENTHS_UNITS),
        ),
        Rule(
            "zh.local.year.marked",
            Build.YEAR,
            ZH_LOCAL_YEAR_MARKED_RE,
            Kind.YEAR,
            begins=Begins(digit=True),
            follows=follows(ZH_YEAR_SPAN_MARKS),  # 2022财年, 2022赛季
        ),
        Rule(
            "zh.local.quarter.code",
            Build.QUANTITY,
            ZH_LOCAL_QUARTER_CODE_RE,
            Kind.NUMBER,
            role=Role.ORDINAL,
            begins=Begins.behind(ZH_QUARTER_LETTERS),  # the 3 of Q3, only after its letter
        ),
        Rule(
            "zh.local.quarter",
            Build.QUANTITY,
            ZH_LOCAL_QUARTER_RE,
            Kind.NUMBER,
            role=Role.ORDINAL,
            begins=Begins.of(ZH_ORDINAL_MARKS, ZH_QUARTER_RANKS),  # 第三季度, 二季度, 2季度
            follows=follows(ZH_QUARTER_NOUNS),
        ),
        Rule(
            "zh.local.acceleration",
            Build.QUANTITY,
            ZH_LOCAL_ACCELERATION_RE,
            unit="kilometer_per_hour",
            begins=Begins.of(ZH_ACCELERATION_ZERO, "百"),  # 百公里加速, 零百加速
            follows=follows(ZH_PER_DISTANCE_UNITS, ZH_ACCELERATION_AFTER),
        ),
        Rule(
            "zh.local.web.length",
            Build.QUANTITY,
            ZH_LOCAL_WEB_LENGTH_RE,
            begins=_B_PRE | Begins(digit=True),  # 5k米 (digits only, as 1.2w is written)
            follows=_F_WEB,
            then=Then(ZH_WEB_SCALE_LENGTHS, within=1),  # the 米 right after 5k
        ),
        Rule(
            "zh.local.spend_threshold",
            Build.QUANTITY,
            ZH_LOCAL_SPEND_THRESHOLD_RE,
            unit="CNY",
            begins=Begins.behind(ZH_SPEND_THRESHOLD_MARKS, ZH_SPEND_THRESHOLD_CUTS),  # 满300减50
        ),
        Rule(
            "zh.local.valuation.ratio",
            Build.QUANTITY,
            ZH_LOCAL_VALUATION_RATIO_RE,
            Kind.NUMBER,
            begins=_B_PRE | _B_NUM,  # 15 of 市盈率15倍, 约 of 市盈率约15倍
            follows=follows("倍"),
            then=_T_VALUATION_RATIO,
        ),
        Rule(
            "zh.local.hk.quarter.span",
            Build.DURATION,
            ZH_LOCAL_HK_QUARTER_SPAN_RE,
            Kind.DURATION,
            unit=ZH_HK_QUARTER_SPAN_UNIT,
            begins=Begins.behind(ZH_HK_QUARTER_SPAN_BEFORE),  # 三 of 首三季
        ),
        Rule(
            "zh.local.multiplier" + TIMES_AS_MUCH_SUFFIX,
            Build.MULTIPLIER,
            ZH_LOCAL_TIMES_AS_MUCH_RE,
            Kind.MULTIPLIER,
            begins=Begins.behind(ZH_TIMES_AS_MUCH_BEFORE),  # 是去年的3倍
            follows=follows("倍"),
        ),
        Rule(
            "zh.local.below_zero.range_end",
            Build.QUANTITY,
            ZH_LOCAL_BELOW_ZERO_RANGE_END_RE,
            unit=ZH_BELOW_ZERO_UNIT,
            begins=Begins.behind(ZH_RANGE_SEPARATORS - {"-", "—", "－"}),  # 3 of 零下5度至3度
            follows=follows(ZH_DEGREE_WORDS),
        ),
        Rule(
            "zh.local.speed.per_second",
            Build.QUANTITY,
            ZH_LOCAL_SECOND_SPEED_RE,
            unit=ZH_SECOND_SPEED_UNIT,
            begins=Begins.of(ZH_SECOND_SPEED_MARKS),  # 每秒45米
            follows=follows(ZH_SECOND_SPEED_UNITS),
        ),
        Rule(
            "zh.local.heat.degree",
            Build.QUANTITY,
            ZH_LOCAL_HEAT_DEGREE_RE,
            unit=ZH_BELOW_ZERO_UNIT,
            begins=_B_PRE | _B_NUM,  # 180度, 约180度 after a word of heat
            follows=follows(ZH_DEGREE_WORDS),
        ),
        # Ports, shipping and environment text.
        Rule(
            "zh.local.speed.knots",
            Build.QUANTITY,
            ZH_LOCAL_KNOT_SPEED_RE,
            unit=ZH_KNOT_UNIT,
            begins=_B_PRE | _B_NUM,  # 14节 after 航速, 约20节 after 船速
            follows=follows(ZH_KNOT_UNITS),
        ),
        Rule(
            "zh.local.containers",
            Build.QUANTITY,
            ZH_LOCAL_CONTAINER_COUNT_RE,
            Kind.COUNT,
            begins=_B_PRE | _B_NUM,  # 1.8万TEU, 约3000万TEU
            follows=follows(ZH_CONTAINER_COUNT_WORDS),
        ),
        Rule(
            "zh.local.tonnage_class",
            Build.QUANTITY,
            ZH_LOCAL_TONNAGE_CLASS_RE,
            unit="t",
            begins=_B_PRE | _B_NUM,  # 10万吨级, 万吨级
            follows=follows(ZH_TONNAGE_CLASS_MARKS),
        ),
        # A range in web scale letters (月薪8k-12k, 1.5w-2w元).
        Rule(
            "zh.local.web.range",
            Build.QUANTITY,
            ZH_LOCAL_WEB_RANGE_RE,
            Kind.NUMBER,
            begins=_B_PRE | Begins(digit=True),
            follows=_F_WEB | _F_RANGE,
            then=_T_WEB_RANGE,
        ),
        Rule(
            "zh.local.web.money.range",
            Build.QUANTITY,
            ZH_LOCAL_WEB_MONEY_RANGE_RE,
            begins=_B_PRE | Begins(digit=True),
            follows=_F_WEB | _F_RANGE,
            then=_T_WEB_RANGE,
        ),
        # Science and engineering (kilometres a second, turns a minute).
        Rule(
            "zh.local.speed.km_per_second",
            Build.QUANTITY,
            ZH_LOCAL_SECOND_SPEED_KM_RE,
            unit=ZH_SECOND_SPEED_KM_UNIT,
            begins=Begins.of(ZH_SECOND_SPEED_MARKS),  # 每秒17公里
            follows=follows(ZH_SECOND_SPEED_KM_UNITS),
        ),
        Rule(
            "zh.local.rotation.per_minute",
            Build.QUANTITY,
            ZH_LOCAL_MINUTE_TURNS_RE,
            unit=ZH_MINUTE_TURN_UNIT,
            begins=Begins.of(ZH_MINUTE_TURN_MARKS),  # 每分钟6500转
            follows=follows(ZH_MINUTE_TURN_UNITS),
        ),
        Rule(
            "zh.local.power_of_ten",
            Build.QUANTITY,
            ZH_LOCAL_POWER_OF_TEN_RE,
            begins=_B_PRE | Begins.of(digit=True),  # 3×10⁸米/秒
            follows=follows(
                ZH_POWER_OF_TEN_MARKS, ZH_E_NOTATION_MARKS, ZH_POWER_OF_TEN_EXPONENT_MARKS
            )
            | _ZH_E_NOTATION_DIGITS,  # 6.02E23: the mark and its first digit, past the head
        ),
        Rule(
            "zh.local.power_of_ten.bare",
            Build.QUANTITY,
            ZH_LOCAL_POWER_OF_TEN_BARE_RE,
            Kind.NUMBER,
            begins=_B_PRE | Begins.of(digit=True),  # 1.6×10⁻¹⁹
            follows=follows(
                ZH_POWER_OF_TEN_MARKS, ZH_E_NOTATION_MARKS, ZH_POWER_OF_TEN_EXPONENT_MARKS
            )
            | _ZH_E_NOTATION_DIGITS,  # 6.02E23: the mark and its first digit, past the head
        ),
        Rule(
            "zh.local.statute.range",
            Build.QUANTITY,
            ZH_LOCAL_STATUTE_RANGE_RE,
            begins=_B_NUM,  # 一万元以上十万元以下, 三年以上七年以下
            follows=_F_LOCAL_UNIT | follows(ZH_DURATION_UNITS),
            then=Then(
                ZH_STATUTE_RANGE_LOW_MARKS,
                within=max(len(u) for u in {*_LOCAL_UNIT_TABLE, *ZH_DURATION_UNITS}),
            ),
        ),
        Rule(
            "zh.local.statute.day_range",
            Build.QUANTITY,
            ZH_LOCAL_STATUTE_DAY_RANGE_RE,
            Kind.DURATION,
            unit="day",
            begins=_B_NUM,  # 十日以上十五日以下
            follows=follows(ZH_STATUTE_RANGE_DAYS),
            then=Then(ZH_STATUTE_RANGE_LOW_MARKS, within=1),
        ),
        Rule(
            "zh.local.fused_count.span",
            Build.QUANTITY,
            ZH_LOCAL_FUSED_COUNT_SPAN_RE,
            begins=Begins.of(ZH_FUSED_COUNTS),  # 仨月, 俩小时
            follows=follows(ZH_DURATION_UNITS, ZH_CLASSIFIED_DURATIONS),
        ),
        Rule(
            "zh.local.fused_count",
            Build.QUANTITY,
            ZH_LOCAL_FUSED_COUNT_RE,
            Kind.NUMBER,
            begins=Begins.of(ZH_FUSED_COUNTS),  # 我们俩, 哥俩, 俩人
            follows=None,  # read alone, whatever follows; tried only at 俩 and 仨
        ),
        # Number forms: multiplier ranges stated by their two bounds.
        Rule(
            "zh.local.statute.range.multiplier",
            Build.MULTIPLIER,
            ZH_LOCAL_STATUTE_MULTIPLIER_RANGE_RE,
            Kind.MULTIPLIER,
            begins=_B_NUM,  # 一倍以上五倍以下
            follows=follows(ZH_STATUTE_RANGE_MULTIPLIERS),
            then=Then(ZH_STATUTE_RANGE_LOW_MARKS, within=1),
        ),
        Rule(
            "zh.local.great_count",
            Build.QUANTITY,
            ZH_LOCAL_GREAT_COUNT_RE,
            Kind.COUNT,
            begins=Begins.of(ZH_GREAT_COUNT_NUMERALS),  # 四大发明, 三大运营商
            follows=follows(ZH_GREAT_COUNT_MARKS),
        ),
        Rule(
            "zh.local.year.life_span",
            Build.YEAR,
            ZH_LOCAL_LIFE_SPAN_YEAR_RE,
            Kind.YEAR,
            # （701—762）: the first year right after the bracket, the second after the dash.
            begins=Begins.behind(
                ZH_LIFE_SPAN_BRACKETS,
                ZH_LIFE_SPAN_SEPARATORS,
                (sep + " " for sep in ZH_LIFE_SPAN_SEPARATORS),
            ),
            follows=follows(ZH_LIFE_SPAN_SEPARATORS, {" ", ")", "\uff09", "年"}),
        ),
        # Education: a school grade (六年级, 12年级), an ordinal.
        Rule(
            "zh.local.school_grade",
            Build.QUANTITY,
            ZH_LOCAL_SCHOOL_GRADE_RE,
            Kind.NUMBER,
            role=Role.ORDINAL,
            begins=Begins(digit=True) | Begins.of("三四五六七八九十"),
            follows=follows(ZH_SCHOOL_GRADE_MARKS),
        ),
        # Education: a score over the top of its scale (3.8/4.0).
        Rule(
            "zh.local.score_over_scale",
            Build.QUANTITY,
            ZH_LOCAL_SCORE_OVER_SCALE_RE,
            Kind.NUMBER,
            begins=Begins(digit=True),
            follows=follows(ZH_SCORE_SCALE_SLASHES),
        ),
        Rule(
            "zh.local.star_rating",
            Build.QUANTITY,
            ZH_LOCAL_STAR_RATING_RE,
            Kind.NUMBER,
            begins=Begins.of(ZH_STAR_RATING_NUMERALS),  # 四星半, 五星好评
            follows=follows(ZH_STAR_RATING_MARKS),
        ),
        Rule(
            "zh.local.seasons_and_tiers",
            Build.QUANTITY,
            ZH_LOCAL_SEASONS_AND_TIERS_RE,
            Kind.COUNT,
            begins=_B_NUM,  # 十季, 12季, 三档
            follows=follows(ZH_SHOW_SEASON_MARKS, ZH_TIER_MARKS),
        ),
    ),
    local_fallbacks=(
        Rule(
            "zh.local.bare",
            Build.QUANTITY,
            ZH_LOCAL_BARE_RE,
            Kind.NUMBER,
            begins=_B_FIGURE,
            # A numeral character in its figure (两千六百五, 4万5000): never digits alone.
            then=Then(frozenset(_NUMERAL_CHARS), within=0),
        ),
    ),
    numerals=ZH_NUMERALS,
    units={
        **ZH_UNITS,
        **ZH_DURATION_UNITS,
        **ZH_CLASSIFIED_DURATIONS,
        **ZH_MINOR_MONEY,
        **ZH_LIANG_UNITS,
        **ZH_LIANG_MAJORS,
        **ZH_CURRENCY_SIGNS_AFTER,
        **ZH_DISCOUNT_UNITS,
        **ZH_PIXEL_UNITS,
    },
    # Span words (头7个月 "the first seven months") state no hedge; 近 keeps its own meaning.
    qualifiers={
        **{s: Approx.EXACT for s in ZH_SPAN_BEFORE | ZH_SPAN_AFTER},
        **ZH_QUALIFIERS,
        **ZH_CLOCK_QUALIFIERS,
    },
    precision_hedges=ZH_PRECISION_HEDGES,
    change_before=ZH_CHANGE_BEFORE_RE,
    period_before=ZH_MONEY_PERIOD_BEFORE_RE,
    period_after=ZH_MONEY_PERIOD_AFTER_RE,
    months=ZH_LUNAR_MONTH_WORDS,
    day_halves=ZH_DAY_HALVES,
    multipliers=ZH_MULTIPLIERS,
    vague={
        **ZH_VAGUE_PHRASES,
        **ZH_SHARE_PHRASES,
        **ZH_YEAR_SPAN_PHRASES,
        **ZH_MARK_SCALE_PHRASES,
    },
    local_script_marks=ZH_TRADITIONAL_SCRIPT_MARKS,
    local_currency_words=ZH_LOCAL_DOLLAR_WORDS,
    local_currency_vetoes=ZH_RENMINBI_NAMES,
    year_eras={**ZH_ERA_YEAR_ZERO, **ZH_REIGN_ERA_YEAR_ZERO},
    ordinal_words=ZH_ERA_FIRST_YEAR_WORDS,
    web_scales=ZH_WEB_SCALES,
)

# Figures bound in order (read by lang/order.py for alignment, not by a rule): the word that binds
# a list to the places named before it (两地分别为3.2亿元和4.5亿元), what may join two figures of
# the list, and the word before the figure a change ends at (从3.5%升至4.2%; the word before the
# figure it starts from is ZH_RANGE_CHANGE_FROM_WORDS).
ZH_ORDER_RESPECTIVELY_WORDS: Final[frozenset[str]] = frozenset({"分别", "分別"})
ZH_ORDER_LIST_JOINERS: Final[frozenset[str]] = frozenset({"、", "和", "与", "與", "及", "，", ","})
ZH_ORDER_CHANGE_TO_WORDS: Final[frozenset[str]] = frozenset({"至", "到"})
