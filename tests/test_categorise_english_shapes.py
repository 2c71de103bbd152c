"""English service pages in shapes a news dump carries (a research firm's page selling its report, a paid death notice)
are not news, and the newsroom's reports of the same things stay news. Every text is fictional, written for these
tests."""

from __future__ import annotations

from svodka.categorise import categorise
from svodka.categorise.news_features import news_features
from svodka.model import Article
from svodka.nlp import NlpModels, analyse

REPORT_PAGE = (
    "Global Heat Pump Dryer Market 2026-2033: Size, Share, Growth Drivers and Key Players",
    "The global heat pump dryer market is projected to grow at a CAGR of 9.1% during the forecast period, according to "
    "a new study by Kestrel Market Analytics. The report analyses market size, share, trends and opportunities by "
    "product, capacity and region. Key players profiled in the report include Dryvane, Heatloop Appliances, Nordtherm "
    "and Solis Home. Request a sample of the report to view the full table of contents. Customization of the report is "
    "available on request.",
)
REPORT_STORY = (
    "Heat pump dryer sales set to double as energy rules bite, research firm says",
    "Sales of heat pump dryers will roughly double by 2033 as new energy rules push older models off the shelves, "
    "research firm Kestrel Market Analytics said in a report published on Tuesday. Europe accounted for half of last "
    "year's sales, the firm said. \"Shoppers are paying more up front to pay less every month,\" analyst Ruth Okafor "
    "told reporters. The firm valued the market at $4 billion last year.",
)
# A headline with one figure and a body with no order form: the page sells by its boilerplate alone.
REACH_PAGE = (
    "Cargo Drone Market to Reach USD 12.4 Billion by 2032, Growing at a CAGR of 21.3%",
    "The cargo drone market was valued at USD 2.1 billion in 2025 and is projected to reach USD 12.4 billion by 2032, "
    "according to Lakeview Insights. The study offers market segmentation by type, payload, range and region. North "
    "America held the largest share in 2025. Major companies operating in the market include Skyhaul, Parcelwing, "
    "Aerolift Systems and Nimbus Freight. Contact: sales@lakeview-insights.example",
)
DEATH_NOTICE = (
    "Eleanor Mae Hartley, 1936-2026",
    "Eleanor Mae Hartley, 90, of Willow Creek, passed away peacefully on Sunday, surrounded by her family. She taught "
    "piano for 40 years and sang in the church choir. She is survived by her daughter, Anne, and three grandchildren. "
    "Visitation will be held Thursday from 5 to 8 pm at Brookside Funeral Home. In lieu of flowers, memorial "
    "contributions may be made to the Willow Creek library. Online condolences may be shared at the funeral home's "
    "website.",
)
OBITUARY_STORY = (
    "Eleanor Hartley, piano teacher who trained a generation of concert players, dies at 90",
    "Eleanor Hartley, a piano teacher whose pupils went on to play in orchestras across the country, died on Sunday "
    "at her home in Willow Creek. She was 90. Her daughter, Anne, said the cause was pneumonia. Hartley taught for four "
    "decades and was given the town's first arts medal in 1998. \"She heard what you meant to play,\" the pianist Omar "
    "Grant, one of her pupils, said on Monday. She is survived by her daughter and three grandchildren.",
)


def _categorised(models: NlpModels, piece: tuple[str, str]):
    article = Article(id="a", origin="test", title=piece[0], text=piece[1])
    return categorise(article, analyse(article, models))


def _features(models: NlpModels, piece: tuple[str, str]) -> dict[str, float]:
    article = Article(id="a", origin="test", title=piece[0], text=piece[1])
    return news_features(article, analyse(article, models), 0.0)


def test_a_research_firms_page_selling_its_report_is_not_news(models: NlpModels) -> None:
    result = _categorised(models, REPORT_PAGE)
    assert not result.news
    assert result.cues["report_sale"] > 0


def test_a_newsroom_story_about_a_research_report_stays_news(models: NlpModels) -> None:
    assert _features(models, REPORT_STORY)["report_sale"] == 0.0
    assert _categorised(models, REPORT_STORY).news


def test_a_paid_death_notice_is_not_news_and_a_newsroom_obituary_stays_news(models: NlpModels) -> None:
    notice = _categorised(models, DEATH_NOTICE)
    assert not notice.news
    assert notice.cues["listing"] > 0
    assert _features(models, OBITUARY_STORY)["listing"] == 0.0
    assert _categorised(models, OBITUARY_STORY).news


def test_a_research_page_that_sells_by_its_boilerplate_alone_is_not_news(models: NlpModels) -> None:
    result = _categorised(models, REACH_PAGE)
    assert not result.news
    assert result.cues["report_sale"] > 0
