"""Figures of shop and web text on both sides: the fullwidth yen sign of prices, discounts (八折
against "20% off"), multipliers written with an x ("10x zoom"), heights and weights with the next
lower unit left unsaid (一米六八), pixels (4800万像素, "48MP"), always open (7×24小时, "24/7"), video
formats (1080p) and "bucks"; then how the pairs of such figures are checked.

Cases written by us for each phenomenon, not copied from the seeds or any corpus. Known gaps are
strict xfails with the reason.
"""

from __future__ import annotations

import pytest

from tests.helpers import Row, claims_of
from tests.test_classify import Graded, graded
from tradefacts.extract import extract_text
from tradefacts.lang import LANGS
from tradefacts.model import Document, Source
from tradefacts.pipeline import check_document

# Prices with the yen sign, fullwidth (￥, shop text) or not, before the figure (a space allowed)
# or after it; each is the renminbi.
# fmt: off
ZH_YEN = [
    pytest.param("到手价￥59", (("￥59", "money", "59", "CNY", "exact"),), id="fullwidth-before"),
    pytest.param("仅需￥ 2,499", (("￥ 2,499", "money", "2499", "CNY", "exact"),), id="fullwidth-spaced"),
    pytest.param("仅需¥ 2,499", (("¥ 2,499", "money", "2499", "CNY", "exact"),), id="yen-spaced"),
    pytest.param("￥3999起", (("￥3999", "money", "3999", "CNY", "exact"),), id="from-price-qi-unread"),
    pytest.param("券后价89￥", (("89￥", "money", "89", "CNY", "exact"),), id="fullwidth-after"),
    pytest.param("约120¥", (("约120¥", "money", "120", "CNY", "about"),), id="yen-after-hedged"),
    pytest.param("原价199 ￥149", (("199", "number", "199", None, "exact"), ("￥149", "money", "149", "CNY", "exact")), id="sign-of-the-next-price"),
]
EN_YEN = [
    pytest.param("now only ￥59", (("￥59", "money", "59", "CNY", "exact"),), id="fullwidth-before"),
    pytest.param("for ￥ 2,499", (("￥ 2,499", "money", "2499", "CNY", "exact"),), id="fullwidth-spaced"),
    pytest.param("just 89￥ each", (("89￥", "money", "89", "CNY", "exact"),), id="fullwidth-after"),
]

# N折 is the price paid in tenths of the original: 八折 = 80%, 七五折 = 75%, 8.5折 = 85%.
ZH_DISCOUNTS = [
    pytest.param("全场八折", (("八折", "percent", "80", "%", "exact"),), id="ba-zhe"),
    pytest.param("会员打九折", (("九折", "percent", "90", "%", "exact"),), id="da-jiu-zhe"),
    pytest.param("限时七五折", (("七五折", "percent", "75", "%", "exact"),), id="two-digits"),
    pytest.param("新品六折优惠", (("六折", "percent", "60", "%", "exact"),), id="before-youhui"),
    pytest.param("第二件7折", (("7折", "percent", "70", "%", "exact"),), id="digit"),
    pytest.param("满300打8.5折", (("300", "number", "300", None, "exact"), ("8.5折", "percent", "85", "%", "exact")), id="digit-decimal"),
    pytest.param("清仓两折", (("两折", "percent", "20", "%", "exact"),), id="liang"),
    pytest.param("低至三折起", (("三折", "percent", "30", "%", "exact"),), id="qi-unread"),
]
# 折 that opens a word, an idiom, or a figure that is no discount.
ZH_DISCOUNTS_NOT = [
    pytest.param("折合人民币", id="zhehe-equivalent"),
    pytest.param("这件事一波三折", id="idiom-yi-bo-san-zhe"),
    pytest.param("七折八扣之后", id="idiom-qi-zhe-ba-kou"),
    pytest.param("三折叠屏手机", id="folding"),
    pytest.param("打五折扣", id="zhekou"),
    pytest.param("按五折算", id="zhesuan"),
    pytest.param("对折出售", id="duizhe-no-numeral"),
    pytest.param("十折", id="ten-is-no-discount"),
]
EN_DISCOUNTS = [
    pytest.param("now 20% off", (("20% off", "percent", "20", "%", "exact"),), id="percent-off"),
    pytest.param("a 20 percent discount", (("20 percent discount", "percent", "20", "%", "exact"),), id="percent-discount"),
    pytest.param("take 15%-off coupons", (("15%-off", "percent", "15", "%", "exact"),), id="hyphenated"),
    pytest.param("up to 50% off", (("up to 50% off", "percent", "50", "%", "under"),), id="up-to"),
    pytest.param("at 80% of the original price", (("80%", "percent", "80", "%", "exact"),), id="price-paid-plain"),
    pytest.param("a 5% discount rate", (("5%", "percent", "5", "%", "exact"),), id="discount-rate-plain"),
]

# A multiplier written with an x right after the figure.
EN_MULTIPLIERS_X = [
    pytest.param("a 10x optical zoom", (("10x", "multiplier", "10", None, "exact"),), id="x"),
    pytest.param("it is 2x faster", (("2x", "multiplier", "2", None, "exact"),), id="faster"),
    pytest.param("a 3X zoom", (("3X", "multiplier", "3", None, "exact"),), id="capital-x"),
    pytest.param("at 1.5x speed", (("1.5x", "multiplier", "1.5", None, "exact"),), id="decimal"),
    pytest.param("a 10× zoom", (("10×", "multiplier", "10", None, "exact"),), id="times-sign"),
    pytest.param("up to 100x digital zoom", (("up to 100x", "multiplier", "100", None, "under"),), id="hedged"),
]
# Dimensions, names and models: no multiplier.
EN_MULTIPLIERS_X_NOT = [
    pytest.param("a 1920x1080 screen", id="resolution"),
    pytest.param("a 2x4 plank", id="lumber"),
    pytest.param("a 4x4 vehicle", id="four-by-four"),
    pytest.param("a 3x3 grid", id="grid"),
    pytest.param("the Mate 60X phone", id="model-after-name"),
    pytest.param("a 60x40x30cm box", id="dimensions-glued"),
    pytest.param("code 10xA", id="letters-follow"),
]
ZH_MULTIPLIERS_X = [
    pytest.param("支持10X光学变焦", (("10X", "multiplier", "10", None, "exact"),), id="optical-zoom"),
    pytest.param("3x变焦", (("3x", "multiplier", "3", None, "exact"),), id="zoom"),
    pytest.param("2X倍速播放", (("2X", "multiplier", "2", None, "exact"),), id="playback-speed"),
]
# Digits and an X name a model unless a word of zoom or speed follows.
ZH_MULTIPLIERS_X_NOT = [
    pytest.param("小米10X发布", id="model"),
    pytest.param("分辨率1920×1080", id="resolution"),
]

# The next lower unit left unsaid after a unit of length or mass, as after 块.
ZH_ELIDED = [
    pytest.param("身高一米六八", (("一米六八", "quantity", "1.68", "m", "exact"),), id="hundredths"),
    pytest.param("个子一米八", (("一米八", "quantity", "1.8", "m", "exact"),), id="tenths"),
    pytest.param("两米一的床", (("两米一", "quantity", "2.1", "m", "exact"),), id="liang"),
    pytest.param("跳出8米05", (("8米05", "quantity", "8.05", "m", "exact"),), id="digits-zero"),
    pytest.param("身高1米75左右", (("1米75左右", "quantity", "1.75", "m", "about"),), id="digits-hedged"),
    pytest.param("这条鱼一公斤二", (("一公斤二", "mass", "0.0012", "t", "exact"),), id="kilograms"),
    pytest.param("称了三斤四", (("三斤四", "mass", "0.0017", "t", "exact"),), id="jin"),
    pytest.param("买了一斤半", (("一斤半", "mass", "0.00075", "t", "exact"),), id="half-stays"),
]
ZH_ELIDED_NOT = [
    pytest.param("隔一米五个", (("一米", "quantity", "1", "m", "exact"), ("五个", "count", "5", None, "exact")), id="measure-word-follows"),
    pytest.param("长一米五十", (("一米", "quantity", "1", "m", "exact"), ("五十", "number", "50", None, "exact")), id="numeral-follows"),
    pytest.param("宽一米五高", (("一米", "quantity", "1", "m", "exact"),), id="noun-follows"),
    pytest.param("长12米5", (("12米", "quantity", "12", "m", "exact"), ("5", "number", "5", None, "exact")), id="two-digit-unit"),
]

# Pixels: 4800万像素 and "48 megapixels" are the same count of pixels.
ZH_PIXELS = [
    pytest.param("4800万像素主摄", (("4800万像素", "quantity", "48000000", "px", "exact"),), id="wan"),
    pytest.param("1亿像素", (("1亿像素", "quantity", "100000000", "px", "exact"),), id="yi"),
    pytest.param("主摄48MP", (("48MP", "quantity", "48000000", "px", "exact"),), id="mp-glued"),
    pytest.param("1920×1080像素", (("1920", "number", "1920", None, "exact"), ("1080", "number", "1080", None, "exact")), id="resolution-not-pixels"),
]
EN_PIXELS = [
    pytest.param("a 48-megapixel camera", (("48-megapixel", "quantity", "48000000", "px", "exact"),), id="megapixel-hyphen"),
    pytest.param("12 megapixels", (("12 megapixels", "quantity", "12000000", "px", "exact"),), id="megapixels"),
    pytest.param("a 48MP camera", (("48MP", "quantity", "48000000", "px", "exact"),), id="mp-glued"),
    pytest.param("a 48 MP camera", (("48 MP", "quantity", "48000000", "px", "exact"),), id="mp-spaced"),
    # "pixels" alone are left to the dimensions of a screen (1920 x 1080 pixels): a bare figure, which
    # agrees with 4800万像素 as any bare figure agrees with an amount.
    pytest.param("48 million pixels", (("48 million", "number", "48000000", None, "exact"),), id="million-pixels-bare"),
    pytest.param("5 MPs voted", (("5", "number", "5", None, "exact"),), id="members-of-parliament"),
]
# Always open: a name-like claim of the figure 24, on both sides; video formats as codes; "bucks"
# as money.
ZH_NAMES = [
    pytest.param("7×24小时在线", (("7×24小时", "number", "24", None, "exact"),), id="round-the-clock"),
    pytest.param("7x24客服", (("7x24", "number", "24", None, "exact"),), id="round-the-clock-x"),
    pytest.param("24/7服务", (("24/7", "number", "24", None, "exact"),), id="slash"),
    pytest.param("7×24=168", (("7", "number", "7", None, "exact"), ("24", "number", "24", None, "exact"), ("168", "number", "168", None, "exact")), id="arithmetic-not"),
    pytest.param("拍摄1080p视频", (("1080p", "number", "1080", None, "exact"),), id="video-lines-lower"),
    pytest.param("拍摄1080P视频", (("1080P", "number", "1080", None, "exact"),), id="video-lines-upper"),
]
EN_NAMES = [
    pytest.param("open 24/7.", (("24/7", "number", "24", None, "exact"),), id="round-the-clock"),
    pytest.param("open 24 x 7", (("24 x 7", "number", "24", None, "exact"),), id="round-the-clock-x"),
    pytest.param("24/7/365 support", (("24/7/365", "number", "24", None, "exact"),), id="all-year"),
    pytest.param("24 hours a day, 7 days a week", (("24 hours a day, 7 days a week", "number", "24", None, "exact"),), id="spelled-out"),
    pytest.param("twenty-four hours a day, seven days a week", (("twenty-four hours a day, seven days a week", "number", "24", None, "exact"),), id="words"),
    pytest.param("a 1080p video", (("1080p", "number", "1080", None, "exact"),), id="video-lines"),
    pytest.param("a 50p coin", (), id="pence-not-video-lines"),
    pytest.param("5 bucks", (("5 bucks", "money", "5", "USD", "exact"),), id="bucks"),
    pytest.param("a 10-buck ticket", (("10-buck", "money", "10", "USD", "exact"),), id="buck-hyphen"),
    pytest.param("about 20 bucks", (("about 20 bucks", "money", "20", "USD", "about"),), id="bucks-hedged"),
]
# fmt: on


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_round_the_clock_and_video_lines_are_names_and_codes(lang: str) -> None:
    text = "7×24小时, 1080p" if lang == "zh" else "24/7, 1080p"
    roles = [c.role.value if c.role else None for c in extract_text(text, LANGS[lang])]
    assert roles == ["name", "code"]


@pytest.mark.parametrize(
    ("text", "expected"),
    ZH_YEN + ZH_DISCOUNTS + ZH_MULTIPLIERS_X + ZH_ELIDED + ZH_ELIDED_NOT + ZH_PIXELS + ZH_NAMES,
)
def test_zh_product_text(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize(
    ("text", "expected"), EN_YEN + EN_DISCOUNTS + EN_MULTIPLIERS_X + EN_PIXELS + EN_NAMES
)
def test_en_product_text(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "en") == expected


@pytest.mark.parametrize("text", ZH_DISCOUNTS_NOT)
def test_zh_no_discount(text: str) -> None:
    assert [row for row in claims_of(text, "zh") if row[1] == "percent"] == []


@pytest.mark.parametrize("text", EN_MULTIPLIERS_X_NOT)
def test_en_no_x_multiplier(text: str) -> None:
    assert [row for row in claims_of(text, "en") if row[1] == "multiplier"] == []


@pytest.mark.parametrize("text", ZH_MULTIPLIERS_X_NOT)
def test_zh_no_x_multiplier(text: str) -> None:
    assert [row for row in claims_of(text, "zh") if row[1] == "multiplier"] == []


# Pairs: a discount against the share taken off, or the price paid, is silent when it states the
# same price; any other share is a wrong value.
PAIRS = [
    pytest.param("全场八折。", "Everything is 20% off.", (), id="discount-as-off-silent"),
    pytest.param("七五折。", "A 25 percent discount.", (), id="two-digits-off-silent"),
    pytest.param("8.5折。", "15% off.", (), id="decimal-off-silent"),
    pytest.param("全场八折。", "Sold at 80% of the price.", (), id="discount-as-paid-silent"),
    pytest.param("降价20%。", "Now 20% off.", (), id="cut-against-off-as-written"),
    pytest.param("八折。", "Up to 20% off.", (), id="off-hedged-silent"),
    pytest.param(
        "全场八折。",
        "Everything is 80% off.",
        (("value", "error", "八折", "80% off"),),
        id="off-as-paid",
    ),
    pytest.param(
        "全场八折。",
        "Everything is 30% off.",
        (("value", "error", "八折", "30% off"),),
        id="off-wrong",
    ),
    pytest.param(
        "全场八折。",
        "Sold at 20% of the price.",
        (("value", "error", "八折", "20%"),),
        id="paid-read-as-off",
    ),
    pytest.param("支持10倍光学变焦。", "It has 10x optical zoom.", (), id="x-multiplier-silent"),
    pytest.param("支持10X光学变焦。", "It has 10x optical zoom.", (), id="x-both-sides-silent"),
    pytest.param("速度快2倍。", "It is 2x faster.", (), id="faster-silent"),
    pytest.param(
        "支持10倍光学变焦。",
        "It has 12x optical zoom.",
        (("value", "error", "10倍", "12x"),),
        id="x-multiplier-value",
    ),
    pytest.param("他身高一米六八。", "He is 1.68 meters tall.", (), id="height-silent"),
    pytest.param("他身高一米八。", "He is 180 cm tall.", (), id="height-converted-silent"),
    pytest.param(
        "他身高一米八。",
        "He is 1.7 meters tall.",
        (("value", "error", "一米八", "1.7 meters"),),
        id="height-value",
    ),
    pytest.param("售价￥1,299。", "It sells for ¥1,299.", (), id="fullwidth-yen-silent"),
    pytest.param("售价1299￥。", "It sells for 1,299 yuan.", (), id="yen-after-silent"),
    pytest.param("4800万像素主摄。", "A 48-megapixel main camera.", (), id="megapixel-silent"),
    pytest.param("4800万像素主摄。", "A 48MP main camera.", (), id="mp-silent"),
    pytest.param("4800万像素。", "It has 48 million pixels.", (), id="pixels-bare-silent"),
    pytest.param(
        "分辨率1920×1080像素。", "A 1920 x 1080 pixel screen.", (), id="resolution-silent"
    ),
    pytest.param(
        "4800万像素主摄。",
        "A 4.8-megapixel main camera.",
        (("magnitude", "error", "4800万像素", "4.8-megapixel"),),
        id="megapixel-magnitude",
    ),
    pytest.param(
        "提供7×24小时服务。", "Service is available 24/7.", (), id="round-the-clock-silent"
    ),
    pytest.param(
        "提供7×24小时服务。",
        "We are open 24 hours a day, 7 days a week.",
        (),
        id="round-the-clock-spelled-silent",
    ),
    pytest.param(
        "提供7×24小时服务。",
        "Support is available around the clock.",
        (),
        id="round-the-clock-in-words",
    ),
    pytest.param("支持1080P视频。", "It records 1080p video.", (), id="video-lines-silent"),
    pytest.param("门票5块钱。", "Tickets are 5 bucks.", (), id="bucks-for-kuai-silent"),
    pytest.param("售价5美元。", "It costs 5 bucks.", (), id="bucks-for-dollars-silent"),
    pytest.param(
        "门票5块钱。",
        "Tickets are 50 bucks.",
        (("magnitude", "error", "5块钱", "50 bucks"),),
        id="bucks-magnitude",
    ),
]


@pytest.mark.parametrize(("zh", "en", "expected"), PAIRS)
def test_product_text_pairs(zh: str, en: str, expected: Graded) -> None:
    assert graded(zh, en) == expected


SUGGESTIONS = [
    pytest.param("全场八折。", "Everything is 80% off.", "20% off", id="off-from-discount"),
    pytest.param("七五折。", "A 75 percent discount.", "25 percent discount", id="two-digits"),
    pytest.param("全场八折。", "Sold at 20% of the price.", "80%", id="paid"),
    pytest.param("他身高一米八。", "He is 1.7 meters tall.", "1.8 meters", id="height"),
    pytest.param("4800万像素主摄。", "A 64MP camera.", "48MP", id="megapixels"),
    pytest.param("门票5块钱。", "Tickets are 6 bucks.", "5 bucks", id="bucks"),
]


@pytest.mark.parametrize(("zh", "en", "suggestion"), SUGGESTIONS)
def test_product_text_suggestions(zh: str, en: str, suggestion: str) -> None:
    document = Document(
        id="t", path="t", zh=zh, en=en, zh_source=Source(path="t"), en_source=Source(path="t")
    )
    assert [f.suggestion for f in check_document(document).findings] == [suggestion]
