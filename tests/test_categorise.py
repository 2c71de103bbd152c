"""News or not, and the category: our own lexicons on small realistic articles."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from svodka.categorise import CATEGORIES, categorise, story_category
from svodka.categorise.news import HAND_SET, load_news_model, not_news_cues
from svodka.categorise.news_features import news_features
from svodka.categorise.news_fit import example_features, fit_weights
from svodka.cli import app
from svodka.engine import Engine
from svodka.export import full_export
from svodka.model import Article
from svodka.nlp import NlpModels, analyse
from svodka.scripts import mostly_cyrillic
from svodka.store import Store

MATCH = (
    "«Сокол» обыграл «Уральский ураган» в матче чемпионата\n\n"
    "Хоккеисты «Сокола» в среду обыграли «Уральский ураган» со счетом 3:2 в матче регулярного чемпионата. "
    "Победную шайбу за две минуты до конца третьего периода забросил нападающий Илья Лаптев, сообщила "
    "пресс-служба клуба. Главный тренер команды Олег Волков назвал игру лучшей в сезоне."
)
RECIPE = (
    "Как приготовить сырники за 15 минут: 5 советов\n\n"
    "Вам понадобятся творог, яйцо, две столовые ложки муки и сахар по вкусу. Смешайте творог с яйцом, "
    "добавьте муку и перемешайте. Сформируйте небольшие лепешки и обжарьте их на сковороде. Если вы любите "
    "сладкое, подавайте сырники со сметаной или вареньем — ваши гости будут довольны."
)
BANK = (
    "Центробанк повысил ключевую ставку до 18%\n\n"
    "Банк России в пятницу повысил ключевую ставку на два процентных пункта, до 18% годовых, сообщил регулятор. "
    "Решение объясняется ускорением инфляции и ростом кредитования. Аналитики ожидают, что банки поднимут "
    "ставки по вкладам и ипотеке уже на следующей неделе."
)
PHONE = (
    "Nordlight unveils a foldable smartphone with a 7-inch OLED display\n\n"
    "Nordlight on Tuesday announced its first foldable smartphone, with a 7-inch OLED display, a new processor "
    "and a battery that lasts two days, the company said. The device will run Android and get software updates "
    "for five years. Users in Europe can pre-order it from next week."
)


def article_from(text: str, **fields: str) -> Article:
    title, _, body = text.partition("\n\n")
    return Article(id="a", origin="test", title=title, text=body, **fields)


@pytest.mark.parametrize(("text", "category"), [(MATCH, "sports"), (BANK, "economy"), (PHONE, "technology")])
def test_news_reports_get_their_category(models: NlpModels, text: str, category: str) -> None:
    article = article_from(text)
    result = categorise(article, analyse(article, models))
    assert result.news
    assert result.category == category
    assert set(result.scores) == set(CATEGORIES)


def test_a_recipe_is_not_news(models: NlpModels) -> None:
    article = article_from(RECIPE)
    result = categorise(article, analyse(article, models))
    assert not result.news


HOROSCOPE = (
    "Гороскоп на 12 марта: Овнам стоит отдохнуть\n\n"
    "Овнам звезды советуют не спешить с решениями: вам лучше отложить важные разговоры. Тельцам день принесет "
    "приятные встречи, а Близнецам стоит заняться здоровьем. Не торопитесь и берегите силы."
)
DEALS = (
    "Save $80 on the Nordlight X2 headphones this Black Friday\n\n"
    "If you have been waiting for a price drop, this is it: the Nordlight X2 headphones are $80 off at Amazon "
    "right now, the lowest price we have seen. Grab a pair while the deal lasts, and check out our other picks "
    "for your holiday shopping."
)
HISTORY = (
    "Как в средние века лечили зубную боль\n\n"
    "В средние века зубную боль считали карой за грехи. Лекари прикладывали к щеке травы, а цирюльники "
    "вырывали больные зубы прямо на ярмарке. Веками люди верили, что боль вызывает зубной червь, и лишь "
    "много позже медики поняли, откуда она берется на самом деле."
)


def test_news_reports_have_no_service_cues(models: NlpModels) -> None:
    for text in (MATCH, BANK, PHONE):
        article = article_from(text)
        cues = not_news_cues(article, analyse(article, models), 0.0)
        assert not {"horoscope", "service", "history", "howto", "listicle"} & set(cues)
        assert cues["sources"] < 0


BLOG_NEWS = (
    "You can finally pay with your watch on the metro, Transit Board says\n\n"
    "Riders can now tap a smartwatch at every metro gate, the city's Transit Board announced on Monday. "
    "The change follows a six-month trial on two lines, during which 40,000 riders used the feature, the board "
    "said. Officials told reporters that buses would accept watches from March."
)
LISTICLE = (
    "The 8 best rain jackets of 2020 for every budget\n\n"
    "We tested twenty jackets in real downpours to find the ones worth your money. Our top pick keeps you dry "
    "on long hikes and packs into its own pocket. If you only walk to the office, skip the pricey shells: "
    "number six does the job for half the price. Check the sizing guide before you order."
)
REVIEW = (
    "Kestrel Air 14 review: a light laptop with a dim screen\n\n"
    "I carried the Kestrel Air 14 for a fortnight and liked most of it. The keyboard is comfortable and the "
    "battery lasted a full working day. Pros: weight, battery, keyboard. Cons: dim screen, only two ports. "
    "Verdict: four stars out of five for students and travellers."
)
LISTING = (
    "Weekend guide: jazz, a book fair and a night at the museum\n\n"
    "Friday: the Blue Room hosts a jazz trio at 8pm, tickets from $15. Saturday: the book fair opens on "
    "Market Street from 10am to 5pm, entry free. Saturday night: the city museum stays open until midnight, "
    "booking essential. Sunday: children's theatre at the library at 11am."
)


@pytest.mark.parametrize(("text", "cue"), [
    (HOROSCOPE, "horoscope"), (DEALS, "deal"), (HISTORY, "history"),
    (LISTICLE, "listicle"), (REVIEW, "review"), (LISTING, "listing"),
])
def test_horoscopes_deals_essays_listicles_reviews_and_listings_are_not_news(
        models: NlpModels, text: str, cue: str) -> None:
    article = article_from(text)
    analysis = analyse(article, models)
    assert not categorise(article, analysis).news
    assert not_news_cues(article, analysis, 0.0)[cue] > 0


def test_a_report_that_says_you_in_its_headline_is_still_news(models: NlpModels) -> None:
    article = article_from(BLOG_NEWS)
    analysis = analyse(article, models)
    assert categorise(article, analysis).news
    cues = not_news_cues(article, analysis, 0.0)
    assert cues["title_reader"] > 0 and cues["past"] < 0 and cues["sources"] < 0


def test_you_in_quotes_and_the_us_do_not_address_the_reader(models: NlpModels) -> None:
    quoted = article_from("Minister visits port\n\nThe minister told dockers in the US: \"You have built this "
                          "port and your work matters.\" She said the government would invest $2 billion.")
    features = news_features(quoted, analyse(quoted, models), 0.0)
    assert features["reader"] == 0.0 and features["we"] == 0.0
    assert features["past"] == 1.0  # both sentences narrate in the past tense


MATCH_REPORT = (
    "Harbour Hawks beat Rivertown to go top\n\n"
    "Harbour Hawks beat Rivertown 2-1 on Saturday.Kai Morton scored after 12 minutes and Sam Oduya added a "
    "penalty at 4.15 pm. Manager Dana Moss said her side had been tested. We knew they would come at us and we "
    "had to dig in, she told reporters. ``We will enjoy this one,'' captain Leo Varga said. The referee reviewed "
    "the penalty before the verdict stood, and Rivertown lost the tie-break 7/5 in a shoot-out. "
    "Sign up for our free Hawks newsletter. Click here for more information on our match-day offers. "
    "Let us know what you think in the comments."
)


def test_site_furniture_and_a_speakers_words_do_not_make_a_report_service(models: NlpModels) -> None:
    """Sign-up boxes, a manager's unquoted "we", a ``…'' quote, a reviewed penalty and a kick-off
    time are all found on real match reports; none of them speaks against news."""
    article = article_from(MATCH_REPORT)
    analysis = analyse(article, models)
    features = news_features(article, analysis, 0.0)
    assert features["we"] == features["call_to_act"] == features["imperative"] == 0.0
    assert features["review"] == features["listing"] == 0.0
    assert features["past"] == 1.0  # "…on Saturday.Kai Morton scored…" is two sentences, both narrated
    assert categorise(article, analysis).news


INTERVIEW_RU = (
    "Глава Гордеевского района подвел итоги года\n\n"
    "Глава района Олег Сомов подвел итоги года на встрече с журналистами. — Олег Петрович, как вы оцениваете "
    "прошедший год? — Год был трудным, но мы построили две школы. — Что вы планируете на следующий год? — Ремонт "
    "дорог, — ответил Сомов. Вы можете подписаться на наш Telegram-канал. Оперативные новости вашего региона — в "
    "нашем канале и с доставкой в вашу почту."
)
APP_LAUNCH_EN = (
    "Pathly launches a transit app for commuters in Leeds\n\n"
    "Pathly on Monday launched a crowdsourced transit app in Leeds, the company said. Users will be able to share "
    "their delays with other riders, and a driver who arrives in a hurry can check the next bus. Let's look at the "
    "numbers: the app had 40,000 downloads in its first week. Sign up for all the latest news from the city."
)


def test_an_interviews_dialogue_and_a_subscription_box_do_not_address_the_reader(models: NlpModels) -> None:
    """Session 12: a Russian sentence opening with a dash is direct speech (an interview's "вы" is the guest), and a
    subscription box is the site's; an app's feature ("able to share"), "in a hurry" and a writer's "Let's" give no
    order to the reader."""
    for text in (INTERVIEW_RU, APP_LAUNCH_EN):
        article = article_from(text)
        features = news_features(article, analyse(article, models), 0.0)
        assert features["reader"] == features["imperative"] == features["call_to_act"] == 0.0, article.title


def test_an_order_outside_dialogue_still_counts(models: NlpModels) -> None:
    article = article_from("Как выбрать шины\n\nВыбирайте шины по сезону. Вы сэкономите. Hurry, share your tips.")
    features = news_features(article, analyse(article, models), 0.0)
    assert features["reader"] > 0 and features["imperative"] > 0


def test_the_newsrooms_we_still_counts(models: NlpModels) -> None:
    article = article_from(LISTICLE)
    assert news_features(article, analyse(article, models), 0.0)["we"] > 0


EN_BODY = "Firefighters put out the fire on Monday, officials said."
RU_BODY = "Пожарные потушили пожар в среду, сообщили в МЧС."


@pytest.mark.parametrize(("title", "body", "guide"), [
    ("How to clean your oven without harsh chemicals", EN_BODY, True),
    ("Why do we dream?", EN_BODY, True),
    ("Как выбрать зимние шины", RU_BODY, True),
    ("How the Falcons came back from 20 points down to beat Denver", EN_BODY, False),
    ("Почему в Твери отключили электричество", RU_BODY, False),
    ("What we know about the fire at the Westgate plant", EN_BODY, False),
])
def test_a_question_headline_that_narrates_is_not_a_guide(
        models: NlpModels, title: str, body: str, guide: bool) -> None:
    article = Article(id="a", origin="test", title=title, text=body)
    assert news_features(article, analyse(article, models), 0.0)["howto"] == float(guide)


@pytest.mark.parametrize(("title", "guide"), [
    ("The difference between a hurricane and a typhoon", True),
    ("Marta Quill net worth: age, height and career of the singer", True),
    ("Happy New Year 2020: wishes, quotes and messages to share", True),
    ("Поздравления с Днем матери: стихи и открытки", True),
    ("Откуда взялся обычай наряжать елку", True),
    ("10 правил идеального отпуска", True),
    # Rules and a mistake in a report's headline are its subject, not a list of advice.
    ("Правила выдачи субсидий уточнили в области", False),
    ("Медикам из-за технической ошибки пересчитают выплаты", False),
    # Session 8: a headline that orders in Russian's own ending, every form of "какой", the service how-to told as
    # news, and a weekly ranking; not a public discussion of how to do something, nor a noun ending like an order.
    ("Голосуйте за лучший снимок в фотоконкурсе", True),
    ("Какое наказание грозит за езду без прав", True),
    ("Пенсионерам рассказали, как оформить доплату", True),
    ("NFL power rankings: the Ravens climb to first", True),
    ("Жители предложили, как благоустроить парк", False),
    ("Защите прав дольщиков посвятили форум", False),
    # Session 11: a reference page's facets, a page of ideas, the signs that "you" are something; not a report's causes.
    ("Iron deficiency anaemia: symptoms, causes and treatment", True),
    ("Christmas gift ideas for him under £30", True),
    ("Signs your dog is bored", True),
    ("Storm causes damage and flooding across the south", False),
    # Session 12: advice or an order a named person or body gives is reported speech (the markup's "Durov named 7
    # reasons" is news); a role or no one telling keeps the guide. A closing question after told news is rhetorical.
    ("В Роспотребнадзоре рассказали, как хранить лекарства", False),
    ("Не делайте из мухи слона: Собянин ответил на вопрос о пропусках", False),
    ("Семьям рассказали, как хранить лекарства", True),
    ("Не делайте ремонт зимой", True),
    ("Мэрия закрыла рынок на ремонт. И что теперь делать торговцам?", False),
    ("Зачем нужен второй паспорт?", True),
    ("Is it safe to swim in the Thames?", True),
])
def test_reference_pages_and_greeting_cards_have_guide_headlines(models: NlpModels, title: str, guide: bool) -> None:
    article = Article(id="a", origin="test", title=title, text=RU_BODY if mostly_cyrillic(title) else EN_BODY)
    assert news_features(article, analyse(article, models), 0.0)["howto"] == float(guide)


@pytest.mark.parametrize(("title", "guide"), [
    # Session 13: service news asks what will change, or how something will work, on a day it names, with a finite
    # verb; a guide's question has an infinitive, no day, or a target date ("к лету").
    ("Как изменятся тарифы на проезд с 1 января", False),
    ("Как будут работать магазины и банки в новогодние праздники", False),
    ("Какие продукты подорожают в феврале", False),
    ("Какие лекарства исчезнут из аптек в 2021 году", False),
    ("Подорожает ли бензин с 1 марта?", False),
    ("Какая погода будет в Твери на выходных", False),
    ("What will change for drivers from Monday", False),
    ("Как выбрать новогоднюю елку", True),
    ("Как сэкономить на подарках в праздники", True),
    ("Какие продукты помогут похудеть к лету", True),
    ("Как работает иммунитет", True),
    ("Почему кошки мурлычут", True),
    ("What will help you sleep better?", True),
    # "Что" opens a guide before an infinitive only: "Что известно о пожаре", "Что изменится…" are the news site's own.
    ("Что подарить отцу на день рождения", True),
    ("Что делать, если сломался холодильник", True),
    ("Что известно о пожаре на складе в Подольске", False),
    ("Что изменится для пенсионеров с 1 апреля", False),
    # Advice a named body gives or recommends is reported speech, as "рассказали" already was.
    ("Роспотребнадзор дал советы по выбору елочных игрушек", False),
    ("Минздрав рекомендовал, как защититься от гриппа", False),
    ("Советы по выбору елочных игрушек", True),
    # A ranking is a list unless the headline tells of it.
    ("Рейтинг лучших смартфонов 2020 года", True),
    ("Рейтинг доверия к правительству снизился до 30%", False),
    ("Составлен рейтинг самых дорогих городов мира", False),
])
def test_service_news_about_a_named_day_and_a_named_bodys_advice_are_no_guides(
        models: NlpModels, title: str, guide: bool) -> None:
    article = Article(id="a", origin="test", title=title, text=RU_BODY if mostly_cyrillic(title) else EN_BODY)
    assert news_features(article, analyse(article, models), 0.0)["howto"] == float(guide)



# Session 14: service news dressed as a guide, and guides, each a headline with its lead (all fictional). The contest's
# line: a report of a change that also explains how to use it is news; a how-to with no event is not.
SERVICE_NEWS_AND_GUIDES = [
    # A how-to whose headline names the day a change starts reports the change (`news_cues.TITLE_START`).
    ("Как получить новую выплату на детей с 1 июля",
     "С 1 июля семьи с детьми до семи лет могут подать заявление на новую ежемесячную выплату, сообщили в среду в "
     "Пенсионном фонде. Заявление принимают на портале госуслуг и в МФЦ.", False),
    ("Как оформить электронный больничный со 2 января",
     "Со 2 января больничные листы будут выдавать только в электронном виде, сообщил Фонд социального страхования в "
     "пятницу. Бумажный бланк получить больше нельзя.", False),
    ("How to apply for the new energy rebate from April",
     "Households can apply for the new £150 energy rebate from April 1, the Treasury announced on Monday. Councils "
     "will send letters to eligible homes.", False),
    ("How to claim the new childcare support from September",
     "Working parents of two-year-olds can claim 15 free hours of childcare from September, the Department for "
     "Education confirmed on Tuesday.", False),
    # Service news that asks what a named day brings, as in session 13.
    ("Как будет работать метро в ночь на 1 января",
     "Московское метро в новогоднюю ночь будет работать до двух часов, сообщили во вторник в Дептрансе.", False),
    ("Где в Твери перекроют движение в выходные",
     "В субботу и воскресенье в центре Твери перекроют Советскую улицу из-за ремонта путей, сообщила мэрия.", False),
    ("Почему в Омске отключат горячую воду на две недели",
     "Горячую воду в трех районах Омска отключат с 10 июня на время испытаний, сообщила компания в пятницу.", False),
    ("Сколько будет стоить проезд в автобусах Перми с 1 января",
     "Проезд в транспорте Перми с 1 января подорожает до 35 рублей, решила городская дума во вторник.", False),
    ("Какие выплаты получат пенсионеры в декабре",
     "В декабре пенсионеры получат январскую пенсию досрочно, сообщили в Пенсионном фонде в понедельник.", False),
    ("Что нужно знать о новых правилах техосмотра с 1 марта",
     "С 1 марта диагностическую карту будут выдавать только в электронном виде, сообщили в МВД в четверг.", False),
    ("Where roads will be closed for Sunday's marathon",
     "Dozens of roads in central Leeds will be closed from 6am on Sunday for the marathon, the council said.", False),
    ("Why your train may be cancelled this weekend",
     "Services between Bristol and London will be disrupted this weekend after a strike vote, the operator said.", False),
    # Guides: no event, or a recurring day, or a viewing guide to a dated spectacle (no change is reported).
    ("How to watch tonight's lunar eclipse",
     "A partial lunar eclipse will be visible tonight, the Royal Observatory said. Find a dark spot and look east.", True),
    ("Как получить налоговый вычет за лечение",
     "Вычет можно получить, подав декларацию 3-НДФЛ. Вам понадобятся справка из клиники и договор.", True),
    ("Как подготовить машину к зиме",
     "Проверьте аккумулятор и замените масло. Держите в багажнике щетку и скребок.", True),
    ("Почему болит голова после сна",
     "Головная боль по утрам бывает из-за недосыпа или неудобной подушки. Если боль повторяется, обратитесь к врачу.",
     True),
    ("Какие документы нужны для загранпаспорта",
     "Вам понадобятся заявление, паспорт и фотография. Подать документы можно на госуслугах или в МФЦ.", True),
    ("Что приготовить на ужин за 20 минут",
     "Отварите макароны, обжарьте чеснок и добавьте помидоры: паста готова быстрее, чем вы думаете.", True),
    ("Где отдохнуть на майские праздники недорого",
     "Если вы хотите отдохнуть недорого, выбирайте базы отдыха в Подмосковье. Бронируйте заранее.", True),
    ("Как похудеть к 1 июня",
     "Откажитесь от сладкого и гуляйте по часу в день. Пейте больше воды.", True),
    ("How to watch a meteor shower",
     "Find a dark spot away from street lights and give your eyes 20 minutes to adjust.", True),
    ("How to apply for a passport online",
     "You can apply online if you have a digital photo. Fill in the form, pay the fee and post your old passport.", True),
    ("Why your cat ignores you",
     "Cats are less eager to please than dogs, but they do recognise your voice. Try calling at feeding time.", True),
    ("What to pack for a ski holiday",
     "Bring layers, waterproof gloves and sun cream. Pack goggles even if you rent your skis.", True),
    # A how-to whose part after the colon tells what someone named did reports a change (session 15); a role or a
    # question there keeps it a guide or an essay.
    ("Как оформить новое пособие на детей: Госдума приняла закон",
     "Госдума в среду приняла закон о едином пособии. Заявление можно подать на Госуслугах.", False),
    ("Как выбрать зимние шины: эксперты рассказали",
     "Выбирайте шины по размеру, указанному производителем. Проверьте дату выпуска на боковине.", True),
    ("Where to find the best fish and chips on the coast",
     "Fish and chips taste best by the sea. Look for a queue of locals and chips cooked in beef dripping.", True),
]


@pytest.mark.parametrize(("title", "lead", "guide"), SERVICE_NEWS_AND_GUIDES)
def test_service_news_that_explains_a_change_is_no_guide_and_a_guide_stays_one(
        models: NlpModels, title: str, lead: str, guide: bool) -> None:
    article = Article(id="a", origin="test", title=title, text=lead)
    assert news_features(article, analyse(article, models), 0.0)["howto"] == float(guide)


@pytest.mark.parametrize(("title", "lead"), [
    # The headline still reads as a how-to (its told part follows a colon; "mean" neither narrates nor names a day):
    # the lead's event, source and day keep the report news.
    ("Как записаться на прививку от гриппа: в Казани открыли 20 пунктов",
     "В Казани в понедельник открылись 20 мобильных пунктов вакцинации от гриппа, сообщил минздрав Татарстана. "
     "Записаться можно по телефону горячей линии."),
    ("What the new speed limits mean for drivers in Wales",
     "A 20mph default limit came into force on residential roads in Wales on Sunday, the Welsh government said. "
     "Drivers caught speeding will face fines."),
])
def test_service_news_whose_headline_reads_as_a_guide_is_kept_by_its_lead(models: NlpModels, title: str, lead: str) -> None:
    article = Article(id="a", origin="test", title=title, text=lead)
    assert categorise(article, analyse(article, models)).news


SHOPPING = (
    "Harbour & Hale's winter sale: half price boots and fleeces\n\n"
    "Walking boots for £45 instead of £90 and fleeces at half price: most lines are reduced by up to half. The "
    "parka is down from £150 to £79, delivery is free on orders over £40, and stock is limited. Snap up a bargain."
)
EARNINGS = (
    "Harbour & Hale profit falls\n\n"
    "Harbour & Hale said on Friday that its quarterly profit was £12m, down from £15m a year earlier."
)


def test_shopping_copy_is_a_deal_and_an_earnings_report_is_not(models: NlpModels) -> None:
    shopping, earnings = article_from(SHOPPING), article_from(EARNINGS)
    assert news_features(shopping, analyse(shopping, models), 0.0)["deal"] > 0
    assert news_features(earnings, analyse(earnings, models), 0.0)["deal"] == 0.0


SCRAPED_FURNITURE = [
    ("Read also: Mayor resigns. Follow him on Twitter @cityhall. Listen to the full interview here. "
     "Note: material may have been edited for length. Close The council met on Monday."),
    ("Выделите фрагмент с текстом ошибки и нажмите Ctrl+Enter. Подписывайтесь, чтобы не пропустить новости. "
     "Подробнее читайте в материале. Саммит прошел в среду, о защите данных на саммите говорили министры."),
    # Session 11: a pointer to the page's own player is the page's, not advice to the reader.
    ("The mayor spoke for an hour on Monday. Watch the full speech below. Give the band's new single (Pt. 2) "
     "a listen below."),
    # An interview's "вы" before the ending is a question, and the reading tip may name its topic between.
    ("Какие проблемы вы видите? Надеюсь, что Вы увидите результат уже весной. Подробнее об обстановке в регионе "
     "читайте в сводке."),
]


@pytest.mark.parametrize("furniture", SCRAPED_FURNITURE)
def test_a_pages_reading_tips_and_nouns_ending_like_orders_are_no_imperatives(
        models: NlpModels, furniture: str) -> None:
    article = Article(id="a", origin="test", title="Report", text=furniture)
    assert news_features(article, analyse(article, models), 0.0)["imperative"] == 0.0


@pytest.mark.parametrize(("title", "listicle"), [
    ("The prettiest villages in the Yorkshire Dales", True),
    ("Our books of the year", True),
    ("The most romantic restaurants for Valentine's Day", True),
    # News ranks by measure, and an award goes to one.
    ("The most powerful storm in decades hits the coast", False),
    ("Kestrel striker named player of the year", False),
    # Session 12: a list a named person gives is news (the markup's own example); a Russian count headline that tells
    # its event (a past verb or a short participle in its own clause) is a report's count, while a list's verbs tell
    # of its items. English is left out ("10 things we learned" narrates and is a list).
    ("Марина Лисова назвала пять причин уйти из банка", False),
    ("Пять причин уйти из банка", True),
    ("Семь рейсов отменены из-за тумана", False),
    ("Девять школьников победили на олимпиаде", False),
    ("Пять ошибок, которые совершали новички в беге", True),
    ("Семь правил спокойного сна", True),
    ("Seven arrested after the match", True),
])
def test_a_taste_superlative_or_a_years_roundup_promises_a_list(models: NlpModels, title: str, listicle: bool) -> None:
    article = Article(id="a", origin="test", title=title, text=RU_BODY if mostly_cyrillic(title) else EN_BODY)
    assert news_features(article, analyse(article, models), 0.0)["listicle"] == float(listicle)


def test_a_reviews_verdict_box_is_a_review(models: NlpModels) -> None:
    boxed = article_from("Hearth S2 thermostat\n\nIt learns fast. The good: easy to fit. The bad: the app nags.")
    plain = article_from("Storm closes roads\n\nThe bad weather closed roads on Monday, police said.")
    assert news_features(boxed, analyse(boxed, models), 0.0)["review"] > 0
    assert news_features(plain, analyse(plain, models), 0.0)["review"] == 0.0


def test_a_roundups_award_labels_are_a_review(models: NlpModels) -> None:
    roundup = article_from("The best kettles we've tested\n\nBest overall: the Brio 2 boils fast. Best budget: the "
                           "Tilly costs £20 and pours cleanly.")
    award = article_from("Brio wins best overall design prize\n\nThe Brio 2 kettle won the best overall prize at the "
                         "design awards on Monday, the judges said.")
    assert news_features(roundup, analyse(roundup, models), 0.0)["review"] > 0
    assert news_features(award, analyse(award, models), 0.0)["review"] == 0.0


@pytest.mark.parametrize(("text", "review"), [
    ("Обзор Nova 6: камера лучше, батарея хуже\n\nСмартфон снимает хорошо. Вердикт: 8 из 10.", True),
    ("Nordlight X5\n\nWe tried the camera in low light for a week, and it held up.", True),
    # A count goes on to what it counts; juries return verdicts; a witness tries to do something.
    ("Опрос\n\nСемь из 10 россиян не пользуются кешбэком, а четыре из десяти не знают о нем, говорится в обзоре ЦБ.",
     False),
    ("Суд\n\nПрисяжные вынесли вердикт в среду. Всех протестировали на коронавирус.", False),
    ("Girl rescued\n\nA passer-by said: I tried to climb over the fence to reach her.", False),
    # Session 13: Russian stars score only out of five; pros and cons are a verdict box's labels; testing is the
    # reviewer's own. Star players, starred hotels, an expert's pros and cons and mass testing are news.
    ("Наушники Sova\n\nЗвук чистый, посадка удобная. Итог: четыре звезды из пяти.", True),
    ("Наушники Sova\n\nЗвук чистый. Плюсы: звук, цена. Минусы: кейс.", True),
    ("Sova Pro\n\nМы протестировали наушники в метро и на пробежке.", True),
    ("Травмы\n\nТри звезды «Ротора» пропустят матч в субботу, сообщил клуб.", False),
    ("Туризм\n\nЧисло отелей пять звезд в Сочи выросло за год, сообщили в мэрии.", False),
    ("Удаленка\n\nЭксперт назвал плюсы и минусы удаленной работы для бюджета.", False),
    ("Тесты\n\nВ области за неделю протестировали 12 тысяч человек, сообщил оперштаб.", False),
])
def test_a_reviews_score_and_trial_are_not_a_reports_counts_and_attempts(
        models: NlpModels, text: str, review: bool) -> None:
    article = article_from(text)
    assert (news_features(article, analyse(article, models), 0.0)["review"] > 0) == review


# The cues a reader's why names as evidence of a report; every other cue is named as service content's.
NEWS_EVIDENCE = {"past", "sources", "timed", "quotes", "title_named", "dateline"}


def test_every_shipped_weight_points_the_way_its_why_says() -> None:
    """A fitted weight whose sign contradicts its phrase would make the why say "cites its sources" as a reason
    for not news (the body's rate of names did so until session 11). `unanchored` is left out: its weight is
    near zero, and below explain.SILENT it is never shown."""
    weights = load_news_model().weights
    assert all(weights[name] < 0 for name in NEWS_EVIDENCE)
    assert all(weight > 0 for name, weight in weights.items() if name not in NEWS_EVIDENCE | {"unanchored"})


def test_a_headline_that_credits_a_speaker_is_a_source(models: NlpModels) -> None:
    article = Article(id="a", origin="test", title="Ягудин — о переходе фигуристки: мы должны ее поддержать",
                      text="Олимпийский чемпион считает, что спортсменка имеет право на выбор.")
    assert news_features(article, analyse(article, models), 0.0)["sources"] == 1.0


def test_a_no_break_space_does_not_hide_a_source(models: NlpModels) -> None:
    article = article_from("Мэрия закрыла мост\n\nМост закрыли на ремонт, по\xa0словам вице-мэра, на два месяца.")
    assert news_features(article, analyse(article, models), 0.0)["sources"] == 1.0


ADVERT = (
    "Успейте купить зимние шины со скидкой 30%\n\n"
    "Только до воскресенья шины всех размеров по сниженным ценам! Закажите на сайте и получите бесплатную "
    "доставку. Подпишитесь на нашу рассылку, чтобы первыми узнавать об акциях."
)


def test_an_advert_calls_the_reader_to_act(models: NlpModels) -> None:
    article = article_from(ADVERT)
    analysis = analyse(article, models)
    assert not categorise(article, analysis).news
    assert not_news_cues(article, analysis, 0.0)["call_to_act"] > 0


def test_a_dateline_and_named_sources_speak_for_news(models: NlpModels) -> None:
    article = article_from("Мост открыт\n\nСАМАРА, 4 марта /Волжский телеграф/ — " + MATCH.partition("\n\n")[2])
    cues = not_news_cues(article, analyse(article, models), 0.0)
    assert cues["dateline"] < 0 and cues["sources"] < 0


def test_the_shipped_news_weights_are_the_fit_of_the_shipped_examples(models: NlpModels) -> None:
    features, labels = example_features(models)
    assert 0.25 < sum(labels) / len(labels) < 0.75  # both kinds, in both languages, are there to learn from
    fitted = fit_weights(features, labels)
    shipped = load_news_model()
    assert fitted["intercept"] == pytest.approx(shipped.intercept, abs=1e-3)
    assert fitted["weights"] == pytest.approx(shipped.weights, abs=1e-3)


def test_the_outlets_own_section_decides_when_the_text_says_little(models: NlpModels) -> None:
    text = "Итоги дня\n\nВ среду прошли три встречи, сообщили организаторы. Подробности позже."
    plain, in_section = article_from(text), article_from(text, section="Спорт")
    assert categorise(plain, analyse(plain, models)).category != "sports"
    assert categorise(in_section, analyse(in_section, models)).category == "sports"


def test_a_service_section_is_evidence_against_news_but_not_a_verdict(models: NlpModels) -> None:
    """The outlet filing a page under its recipes adds news.HAND_SET; a report narrated with its
    source stays news even there (an outlet files a food-poisoning report under "Еда" too)."""
    report = ("Кафе закрыли после отравления\n\nВ Самаре во вторник закрыли кафе, где отравились 12 посетителей, "
              "сообщили в Роспотребнадзоре. По данным ведомства, возбуждено дело.")
    plain = article_from(report, url="https://example.ru/news/123")
    filed = article_from(report, url="https://example.ru/recipes/123")
    plain_result, filed_result = categorise(plain, analyse(plain, models)), categorise(filed, analyse(filed, models))
    assert filed_result.not_news_score == pytest.approx(plain_result.not_news_score + HAND_SET["marked"], abs=1e-3)
    assert plain_result.news and filed_result.news


def test_an_advertising_label_makes_an_advert_of_a_post_that_borrows_a_report_s_shape(models: NlpModels) -> None:
    """A sponsored post quotes its advertiser and dates its offer; "На правах рекламы" says what it is. An ad
    slot's bare "Реклама" on a news page says nothing of the report."""
    post = ("Банк запустил вклад «Весенний»\n\nВолгакредитбанк 10 марта запустил вклад со ставкой до 14% годовых, "
            "сообщили в банке. «Мы хотим, чтобы деньги клиентов работали», — говорится в сообщении банка. "
            "Открыть вклад можно до 30 апреля в отделениях банка в Самарской и Ульяновской областях.")
    labelled = article_from(post + "\n\nНа правах рекламы")
    slot = article_from(post.replace("\n\n", "\n\nРеклама\n\n", 1))
    assert categorise(article_from(post), analyse(article_from(post), models)).news
    assert not categorise(labelled, analyse(labelled, models)).news
    assert categorise(slot, analyse(slot, models)).news


def write_corpus(folder: Path) -> None:
    folder.mkdir()
    (folder / "match.txt").write_text(MATCH, encoding="utf-8")
    (folder / "recipe.txt").write_text(RECIPE, encoding="utf-8")


def test_not_news_is_stored_but_kept_out_of_stories(engine: Engine, store: Store, tmp_path: Path) -> None:
    write_corpus(tmp_path / "in")
    engine.run([str(tmp_path / "in")])
    export = full_export(store)
    by_title = {a["title"]: a for a in export["articles"]}
    recipe = by_title[RECIPE.partition("\n\n")[0]]
    match = by_title[MATCH.partition("\n\n")[0]]
    assert recipe["news"] is False and recipe["story"] is None
    assert match["news"] is True and match["category"] == "sports" and match["story"]
    [story] = export["stories"]
    assert story["category"] == "sports" and story["rank"] > 0


def test_include_non_news_groups_it_too(store: Store, models: NlpModels, tmp_path: Path) -> None:
    write_corpus(tmp_path / "in")
    Engine(store, models, include_non_news=True).run([str(tmp_path / "in")])
    assert all(stored.story for stored in store.articles())


def test_stories_command_prints_the_front_page_of_a_category(tmp_path: Path) -> None:
    write_corpus(tmp_path / "in")
    (tmp_path / "in" / "bank.txt").write_text(BANK, encoding="utf-8")
    db = str(tmp_path / "s.db")
    runner = CliRunner()
    assert runner.invoke(app, ["run", str(tmp_path / "in"), "--db", db, "-q"]).exit_code == 0
    economy = runner.invoke(app, ["stories", "--db", db, "--top", "5", "--category", "economy"])
    assert economy.exit_code == 0, economy.output
    assert "Центробанк" in economy.stdout and "Сокол" not in economy.stdout
    assert runner.invoke(app, ["stories", "--db", db, "--category", "weather"]).exit_code == 2


def test_a_story_takes_its_articles_majority_category() -> None:
    assert story_category(["sports", "society", "sports"]) == "sports"
    assert story_category(["economy", "society"]) == "economy"  # a tie and no scores: the earliest report's
    assert story_category([None, None]) is None


def test_a_tied_story_goes_where_its_reports_words_lean() -> None:
    """Two reports of a dockers' strike, the earliest filed under economy by a word or two, the later one under society
    by many: the story is society. Equal sums fall back to the earliest report's category."""
    strike = [{"economy": 9.0, "society": 8.0, "sports": 0.0}, {"economy": 2.0, "society": 14.0, "sports": 0.0}]
    assert story_category(["economy", "society"], strike) == "society"
    even = [{"economy": 5.0, "society": 3.0}, {"economy": 3.0, "society": 5.0}]
    assert story_category(["economy", "society"], even) == "economy"
    # The sums break ties only: a majority stands however loud the minority's words.
    outvoted = [{"sports": 4.0, "society": 1.0}, {"sports": 4.0, "society": 1.0}, {"sports": 0.0, "society": 40.0}]
    assert story_category(["sports", "sports", "society"], outvoted) == "sports"
    # An article with no category (not analysed yet) adds no votes, but its scores, if any, still count.
    assert story_category([None, "science", "society"], [{}, {"science": 6.0}, {"society": 7.0}]) == "society"


def test_a_report_no_lexicon_word_speaks_for_abstains_from_its_story_s_category() -> None:
    """A Belarusian and a Ukrainian report (no lexicon: `other`, every score 0) beside one Russian report filed under
    society: the story is society. With no report spoken for, `other` stands."""
    silent = {"society": 0.0, "economy": 0.0, "other": 0.0}
    assert story_category(["other", "other", "society"], [silent, silent, {"society": 5.0}]) == "society"
    assert story_category(["other", "other"], [silent, silent]) == "other"
    # a report whose own words chose `other` still votes
    assert story_category(["other", "other", "society"], [{"other": 3.0}, {"other": 2.0}, {"society": 5.0}]) == "other"


def test_a_headline_alone_is_news_unless_a_cue_speaks(models: NlpModels) -> None:
    """With no text the examples' balance (the intercept) must not decide: nothing to weigh is news."""
    plain = Article(id="a", origin="test", title="Короткая заметка без подробностей", text="")
    horoscope = Article(id="b", origin="test", title="Гороскоп на 12 марта для всех знаков", text="")
    assert categorise(plain, analyse(plain, models)).news
    assert not categorise(horoscope, analyse(horoscope, models)).news


@pytest.mark.parametrize(("text", "named"), [
    ("В Тамбовской области модернизируют службу занятости\n\nНа обновление центров выделят 30 миллионов рублей.", True),
    ("Boris Johnson visits flooded towns in Yorkshire\n\nThe prime minister met residents on Friday.", True),
    ("Маникюр 2020: стильные идеи дизайна на короткие ногти\n\nНюдовые оттенки и матовое покрытие снова в моде.", False),
    ("Как оформить пенсию: пошаговая инструкция\n\nСначала соберите документы о стаже и заработке.", False),
])
def test_a_reports_headline_names_who_or_where_and_a_guides_a_topic(models: NlpModels, text: str, named: bool) -> None:
    article = article_from(text)
    assert news_features(article, analyse(article, models), 0.0)["title_named"] == float(named)


def test_a_clearance_sale_and_a_step_by_step_guide_are_service_words(models: NlpModels) -> None:
    clearance = article_from("Up to 60% off in the big online clearance\n\nJackets and boots are in the online clearance "
                             "with prices cut across the range.")
    guide = article_from("Как получить вычет\n\nПошаговая инструкция: соберите справки и подайте заявление.")
    store_closing = article_from("Retailer to close 20 stores\n\nThe chain said on Monday it would shut 20 stores "
                                 "and cut 400 jobs after sales fell.")
    assert news_features(clearance, analyse(clearance, models), 0.0)["deal"] > 0
    assert news_features(guide, analyse(guide, models), 0.0)["service"] > 0
    assert news_features(store_closing, analyse(store_closing, models), 0.0)["deal"] == 0.0
