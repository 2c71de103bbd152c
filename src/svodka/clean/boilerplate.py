"""Line rules that tell boilerplate from body in news copied from sites and agencies.

Each rule names its reason; the cleaner keeps every removed piece with that reason so
a user can check that no body sentence was lost. The line rules match whole short lines;
the glued rules (below) cut prompts, teasers and credits that a scraper glued into a
paragraph, each by the form furniture takes on many sites, never by one site's words.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from svodka.months import EN_MONTH_NAME, RU_MONTH_STEM

# "Подпись к фото - Sputnik Таджикистан, 1920, 23.12.2021": the caption of an image
# (or of a teaser's image), with the outlet, an image width and the article's date.
CAPTION_WITH_OUTLET = re.compile(
    r"^(?P<caption>.*?)\s+[-—–]\s+(?P<outlet>[^,]{2,60}),\s*(?:\d{3,4},\s*)?(?P<date>\d{2}\.\d{2}\.\d{4})\s*$"
)
# A line made only of these words is a row of share buttons.
SHARE_WORDS = {
    "share", "tweet", "email", "e-mail", "facebook", "twitter", "x", "telegram", "vk", "вконтакте", "whatsapp",
    "viber", "ok", "одноклассники", "дзен", "print", "печать", "copy", "link", "копировать", "ссылку", "поделиться",
    "поділитися", "бөлісу", "this", "article", "on", "в", "и",
}
SHARE_SEPARATORS = re.compile(r"[\s|·•/,:]+")
# Longer than this, a line is prose even if it starts like a subscribe prompt.
MAX_PROMPT_CHARS = 120
# A cookie banner or a newsletter box with its fine print: the longest seen ran to ~160 characters.
MAX_BANNER_CHARS = 300
# A credit line names a photo's source ("Фото: РИА Новости / Иван Иванов"), often with the caption after it: the
# wires' captions run to 200-250 characters, one sentence with no closing stop ("© Reuters / Maxim Shemetov. Russian
# President … March 5, 2026"). A line that opens like one and runs on as prose is a text whose paragraphs a scraper
# glued together ("Credit: Pixabay Testing for levels of…", 5,000 characters), whose glued credit PAGE_STAMPS cuts:
# longer than a caption, it holds sentence ends after the credit and ends in a stop, or it runs past any caption.
MAX_CREDIT_LINE_CHARS = 200  # shorter, a credit line whatever follows the credit
MAX_CAPTION_CHARS = 500  # twice the longest wire caption: longer, prose whatever its stops
MIN_GLUED_SENTENCE_ENDS = 2  # a caption holds one after its credit ("… / Иван Иванов. Президент …")
INNER_SENTENCE_END = re.compile(r"[.!?…»\"”](?=\s+[A-ZА-ЯЁ«\"“])")
# A stock library's credit: its pictures illustrate, they show no scene a caption would tell, so a whole sentence
# after one ("Credit: Pixabay Doctors found that…", a tgcontest text of 204 characters) is the text's lead, glued on.
STOCK_CREDIT = r"(?:Фото|Photo|Credit|Image)\s*:\s*(?:Pixabay|Unsplash|Shutterstock|Getty\s+Images|iStock|Depositphotos)"
MAX_CREDIT_CHARS = 60  # a source or photo credit names an outlet, a service or an agency, a few words
MIN_SENTENCE_WORDS = 8  # a stock photo's caption, when there is one, is a few words with no stop ("A nurse at work")
# An English photo credit glued to the lead ("Picture: Reuters The mayor said…", "(Image: PA) Police were…",
# "Photograph: Jane Doe/Reuters …"): where the credit ends a lead's first capitalised word may follow ("Photo: AFP
# Prime Minister…"), so it names an agency, a picture library or "Supplied"/"Handout", a photographer's name before a
# slash, and nothing more; an unknown source stays in the text rather than a lead's words go with it.
# The wires print their own name in capitals ("REUTERS/Evelyn Hockstein").
PHOTO_SOURCE = (r"(?:Getty\s+Images|GETTY\s+IMAGES|AFP|AP|PA(?:\s+(?:Wire|Media|Images))?|Reuters|REUTERS|EPA(?:-EFE)?|"
                r"Alamy|Bloomberg|BLOOMBERG|Xinhua|XINHUA|Anadolu(?:\s+Agency)?|Rex(?:\s+Features)?|REX|SWNS|Supplied|"
                r"Handout|File|Pixabay|Unsplash|Shutterstock|iStock|Depositphotos)")
PHOTOGRAPHER = r"[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){0,2}\s*/\s*"
# A lead's first word that no name holds: before one, up to three capitalised words are the photographer's name
# ("Reuters/Jose Luis Gonzalez The mayor…"); before any other capitalised word the name is taken as a first name and
# a surname, the common credit ("Reuters/Evelyn Hockstein President Biden said…"), else as one word ("AP/Stringer").
LEAD_FUNCTION_WORD = (r"(?:The|A|An|In|On|At|As|After|Before|When|While|This|That|These|Those|It|He|She|They|We|His|"
                      r"Her|Its|Their|Some|Many|More|Most|Two|Three|Police|Officials)\b")
NAME_WORD = rf"(?!{LEAD_FUNCTION_WORD})[A-Z][\w.'’\-]+"
PHOTOGRAPHER_AFTER = (rf"\s*/\s*(?:{PHOTO_SOURCE}|{NAME_WORD}(?:\s+{NAME_WORD}){{0,2}}(?=\s+{LEAD_FUNCTION_WORD})"
                      rf"|{NAME_WORD}(?:\s+{NAME_WORD})?)")
ENGLISH_CREDIT = (rf"(?i:photo(?:graph)?s?|pictures?|pics?|images?|credit)\s*:\s*(?:{PHOTOGRAPHER})?{PHOTO_SOURCE}"
                  rf"(?:{PHOTOGRAPHER_AFTER})?(?:\s+via\s+{PHOTO_SOURCE})?")
BRACKETED_CREDIT = (r"\((?i:photo(?:graph)?s?|pictures?|pics?|images?|credit)\s*:\s*[^()\n]{1,%d}\)"
                    % MAX_CREDIT_CHARS)
# After either credit a whole sentence, ended by its stop, is the lead glued on (a wire's caption after its credit
# ends in its date, with no stop: "Picture: Reuters Rescue workers search the rubble, Antakya, February 7, 2023").
CREDITED_SENTENCE = re.compile(
    rf"^(?:(?i:{STOCK_CREDIT})|{ENGLISH_CREDIT})\s+(?P<sentence>[A-ZА-ЯЁ«\"“].*[.!?…][»\"”]?)$")

# The wires' credits: "Reporting by Jane Doe in Perm; Additional reporting by Bo Chen; Editing by John Smith", as a
# line of its own or after the last sentence, and their older form in brackets ("(Reporting by …"). A run of roles
# and names only: "Reporting by the BBC found that…" is prose.
CREDIT_ROLE = r"(?i:(?:(?:additional|further)\s+)?(?:reporting|writing|reported|written|editing|edited|compiled|" \
              r"graphics|research|translation|translated|fact-checking|production|photography|video)\s+by)"
CREDIT_PERSON = r"[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){0,3}"
CREDIT_PLACE = r"(?:\s+(?:in|from)\s+[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){0,2})?"
CREDIT_NAMES = rf"{CREDIT_PERSON}{CREDIT_PLACE}(?:(?:,\s*(?:and\s+)?|\s+and\s+){CREDIT_PERSON}{CREDIT_PLACE})*"
CREDIT_RUN = rf"{CREDIT_ROLE}\s+{CREDIT_NAMES}(?:\s*[;,]\s*(?:and\s+)?{CREDIT_ROLE}\s+{CREDIT_NAMES})*\s*\.?"
CREDIT_LINE = re.compile(rf"^\({CREDIT_ROLE}\s|^{CREDIT_RUN}$")  # "(Additional reporting by …; Editing by …)" too
# The reporter a credit names is the author; "Additional reporting by" names a helper, and "Writing by" and "Editing
# by" the desk that put the wires' reports together: none of them is the byline.
REPORTER = re.compile(
    r"(?<![\w\s])\s*(?i:(?:reporting|reported|written)\s+by)\s+(?P<name>[^;),]+?)(?:\s+in\s+[A-Z][\w\-]+)?\s*(?:[;),.]|$)")
# A line naming who edited or prepared the text, and nothing else: «Редактор: Иван Иванов», «Подготовила Анна
# Петрова», "Editor: Jane Doe". The names are capitalised: «Редактор газеты сообщил…» is a sentence.
CREDITED_NAME = r"[А-ЯЁA-Z][\w.\-]*(?:\s+[А-ЯЁA-Z][\w.\-]*){0,3}"
NAMED_CREDIT = re.compile(
    r"^(?:(?i:(?:(?:ответственный|выпускающий)\s+)?(?:редактор|корректор|editor)\s*[:—–-])"
    r"|(?P<preparer>(?i:(?:материал\s+)?подготовил[аи]?))\s*:?|(?i:edited by)\s*:?)"
    rf"\s*(?P<names>{CREDITED_NAME}(?:,\s*{CREDITED_NAME})*)\.?$"
)
# The standards note under every Reuters story ("Our Standards: The Thomson Reuters Trust Principles.").
STANDARDS_NOTE = r"Our Standards:[^.]{0,80}\.?(?:,?\s*opens new tab)?"
# AFP's desk codes closing a dispatch: "bur-jm/lb", "ach/rl".
DESK_CODES = r"[a-z]{2,5}(?:-[a-z]{2,5})?(?:/[a-z]{2,5}){1,3}"
# A link standing as a line or a sentence of its own: the page it was copied from ("…помощь. https://…html").
# Inside a sentence ("на сайте https://x.ru") it is the text's own.
BARE_URL = r"(?:https?://|www\.)\S+"


# A caption that tells the scene in figures («Фото: на площадке работают 350 человек и 40 единиц техники») carries the
# report's facts: a number of something, no date. A credit names a source in a few words («Фото: пресс-служба
# акимата», «Фото: Иван Петров / …», «Фото: Иван Петров, 12 марта 2026 года»).
CAPTION_FACT = re.compile(
    rf"^(?:фото|photo)\s*:\s*(?P<caption>[^/©]*\b\d+(?:[ ,]\d+)*\s+"
    rf"(?!{RU_MONTH_STEM}|год|г\.|фото|photo|(?i:{EN_MONTH_NAME}))[а-яёa-z][^/©]*)$",
    re.I)
MIN_FACT_CAPTION_WORDS = 6


def _is_body_after_credit(line: str) -> bool:
    """A line opening as a photo credit that is the text's: a glued text (_is_glued_text) or a caption of facts."""
    caption = CAPTION_FACT.match(line)
    return _is_glued_text(line) or bool(caption) and len(caption.group("caption").split()) >= MIN_FACT_CAPTION_WORDS


def _is_glued_text(line: str) -> bool:
    """A line opening with a photo credit that is a glued text, not a caption (see MAX_CREDIT_LINE_CHARS)."""
    runs_on = line.endswith((".", "!", "?", "…")) and len(INNER_SENTENCE_END.findall(line)) >= MIN_GLUED_SENTENCE_ENDS
    credited = CREDITED_SENTENCE.match(line)
    lead = bool(credited) and len(credited.group("sentence").split()) >= MIN_SENTENCE_WORDS
    return len(line) > MAX_CAPTION_CHARS or len(line) > MAX_CREDIT_LINE_CHARS and runs_on or lead


# A view counter with an eye for its label: «👁 1 234», «👀 512».
VIEW_COUNTER = r"(?:👁\ufe0f?|👀)\s*\d[\d\s]{0,9}"
# A bare label standing over an ad: «Реклама», «Реклама.», «На правах рекламы», "Advertisement". The ad's own lines
# follow it (AD_COPY): a scraper keeps them as the text's paragraphs.
AD_MARKER = re.compile(r"^(?:реклама|на правах рекламы|advertisement|advertising|sponsored)\s*[.:]?$", re.I)
# What a line of an ad holds and a report's sentence does not: an order to buy or call opening it («Купите…»,
# «Звоните…»), a phone number, a discount or a sale, an advertiser's label (erid), or an exclamation.
AD_COPY = re.compile(
    r"^(?:[А-ЯЁ][а-яё]+(?:ите|йте)|Buy|Call|Order|Shop)\b|(?:\+7|\b8)[\s(-]*\d{3}[\s)-]*\d{2,3}[\s-]*\d{2}[\s-]*\d{2}"
    r"|\bскидк\w*|\bакци[яи]\b|\bраспродаж\w*|\bdiscount|\bsale\b|\berid\b|!", re.I)
MAX_AD_LINES = 3  # an ad is a slogan, an offer and a phone; more is the report going on
MAX_AD_LINE_CHARS = 200
# Who said it: a report's sentence on a sale names its source («…, сообщили в администрации»), an ad does not.
AD_LINE_ATTRIBUTED = re.compile(
    r",\s+(?:сообщил|заявил|пояснил|рассказал|отметил|уточнил|добавил|said|told|added)\w*\b", re.I)
# Counted («Комментарии (5)»), the heading is the readers' block; bare, it may head the report's experts' remarks.
COMMENTS_HEADING = re.compile(r"^(?:комментарии|коментарі|comments)(?:\s*\((?P<count>\d+)\))?:?$", re.I)
# A reader's comment under that heading: a name or a nickname, a colon, the words («Гость: а рыбакам что делать?»).
COMMENT_LINE = re.compile(r"^[\w][\w .\-]{0,30}:\s+\S.{0,300}$")
MAX_COMMENT_LINES = 20

# Each rule: its reason, its pattern, and what tells a matching line that is body after all (None: nothing).
LINE_RULES: list[tuple[str, re.Pattern[str], Callable[[str], bool] | None]] = [
    ("photo credit", re.compile(
        r"^(©|\(c\)\s)|перейти в фотобанк|^(фото|photo|источник фото|фотография|image|credit|picture|photograph)\s*[:©]", re.I),
     _is_body_after_credit),
    # «Читайте нас в Дзене» asks the reader to follow the outlet: a prompt, not a teaser heading a block (READ_ALSO).
    ("subscribe or share", re.compile(
        r"^(подписаться|подпишитесь|подписывайтесь|subscribe|follow us|читайте нас|нашли ошибку|присоединяйтесь к нам)\b"
        r".{0,%d}$"
        r"|^(поделиться|поділитися|share|читать далее|read more)$" % MAX_PROMPT_CHARS, re.I), None),
    # «Комментарии (5)» heads the readers' comments: the lines below shaped as one (COMMENT_LINE) go with it.
    ("readers' comments", COMMENTS_HEADING, None),
    # A cookie banner a scraper kept ("This site uses cookies. Read our cookie policy. OK"): the site speaking of its
    # own cookies, first thing, in a short paragraph; a report on cookies names whose site it is.
    ("cookie notice", re.compile(
        r"^(?:this (?:site|website) uses cookies|we (?:and our partners )?use cookies|by (?:continuing to use|using) "
        r"(?:this|our) (?:site|website)\b.{0,40}\bcookies|мы используем (?:файлы )?cookie|(?:наш )?сайт использует "
        r"(?:файлы )?cookie)\b.{0,%d}$" % MAX_BANNER_CHARS, re.I), None),
    # The site builder's or host's own line under a page: «Made on Tilda», «Хостинг от uCoz», "Powered by WordPress".
    ("site footer", re.compile(
        r"^(?:made on tilda|хостинг от ucoz|сайт (?:создан|сделан) (?:на|в) [\w.-]{2,20}|powered by [\w.-]{2,20})$",
        re.I), None),
    # The page's own clock: «2 часа назад», «5 минут назад», "3 hours ago" (a report's time is printed in full).
    ("page header", re.compile(
        r"^(?:(?:\d{1,2}|одну|один|две|два|три)\s+(?:секунд\w*|минут\w*|час\w*|дн\w*|день|недел\w*)\s+назад"
        r"|\d{1,2}\s+(?:seconds?|minutes?|hours?|days?|weeks?)\s+ago)$", re.I), None),
    # A newsletter box as a paragraph: a sign-up prompt, then the e-mail field's words ("Sign up to our free
    # newsletter … Enter your email address. We will use your email address only for…").
    ("subscribe or share", re.compile(
        r"^(?:sign up|subscribe|get our)\b(?=.{0,%d}?\b(?:newsletters?|e-?mail|inbox)\b).{0,%d}$"
        % (MAX_PROMPT_CHARS, MAX_BANNER_CHARS), re.I), None),
    ("news feed link", re.compile(
        r"^(лента новостей|все новости|новости партн[её]ров|последние новости|главные новости|"
        r"more news|latest news|top stories|most read|самое читаемое)$", re.I), None),
    ("advertising", re.compile(
        r"^(реклама|advertisement|advertising|sponsored|партнерский материал|партнёрский материал|на правах рекламы)"
        r"(\b.{0,%d})?$|\berid\s*:" % MAX_PROMPT_CHARS, re.I), None),
    ("counter", re.compile(rf"^[\d\s]{{1,7}}$|^(просмотров|views|комментариев)\s*:?\s*\d+$|^{VIEW_COUNTER}$", re.I),
     None),
    ("source link", re.compile(rf"^{BARE_URL}$"), None),
    ("site footer", re.compile(rf"^{STANDARDS_NOTE}$"), None),
    ("credit line", re.compile(rf"^{DESK_CODES}$"), None),
    ("credit line", NAMED_CREDIT, None),
]
# A "read also" line with a headline is one teaser; alone, it heads a block of them.
READ_ALSO = re.compile(
    r"^(читайте также|смотрите также|по теме|see also|read more|read also|related|also read|"
    r"more on this story)\b[:.]?\s*(?P<rest>.*)$",
    re.I,
)
# A teaser block ends at the first line that reads like prose; it never runs longer.
MAX_TEASERS_IN_BLOCK = 6
MAX_TEASER_CHARS = 200


@dataclass
class LineVerdict:
    reason: str | None  # None: body
    opens_block: bool = False  # "Читайте также:" alone: the teaser lines below go too
    heads: str | None = None  # "advertising" or "readers' comments": the lines below of its shape go too (in_block)


def in_block(heads: str, line: str) -> bool:
    """Whether a line under a bare ad label or a comments heading is the ad's or a comment (AD_COPY, COMMENT_LINE)."""
    stripped = line.strip()
    if heads == "advertising":
        return (len(stripped) <= MAX_AD_LINE_CHARS and bool(AD_COPY.search(stripped))
                and not AD_LINE_ATTRIBUTED.search(stripped))
    return bool(COMMENT_LINE.match(stripped))


# How many lines under its label a block runs to at most.
BLOCK_LINES = {"advertising": MAX_AD_LINES, "readers' comments": MAX_COMMENT_LINES}


def _heads(line: str) -> str | None:
    """The block a removed line heads: a bare ad label its ad's lines, a counted comments heading its comments."""
    if AD_MARKER.match(line):
        return "advertising"
    comments = COMMENTS_HEADING.match(line)
    return "readers' comments" if comments and comments["count"] else None


def judge_line(line: str) -> LineVerdict:
    """Is this line boilerplate, and does it head a block of teasers?"""
    stripped = line.strip()
    match = READ_ALSO.match(stripped)
    if match:
        return LineVerdict("related-article teaser", opens_block=not match.group("rest"))
    if _is_share_bar(stripped):
        return LineVerdict("subscribe or share")
    for reason, pattern, is_body in LINE_RULES:
        if pattern.search(stripped) and not (is_body and is_body(stripped)):
            return LineVerdict(reason, heads=_heads(stripped))
    return LineVerdict(None)


def looks_like_teaser(line: str) -> bool:
    """A headline in a teaser block: short, no full stop, or an image caption with a date."""
    stripped = line.strip()
    return bool(CAPTION_WITH_OUTLET.match(stripped)) or (
        len(stripped) <= MAX_TEASER_CHARS and not stripped.endswith((".", "!", "?", "»", '"', "”"))
    )


def _is_share_bar(line: str) -> bool:
    parts = [part.lower() for part in SHARE_SEPARATORS.split(line) if part]
    return bool(parts) and parts[0] not in {"this", "article", "on", "в", "и"} and all(p in SHARE_WORDS for p in parts)


# --- Furniture glued into a paragraph -------------------------------------------------------------------------
# Scrapers often flatten a page into one paragraph: "…he said.CLICK HERE TO GET THE APP In June…", "…новость
# Подписывайтесь на каналы…", "…protests. – AFP". These rules cut such pieces wherever they stand. A prompt starts
# with a capital (a sentence of its own, or glued to the previous one); "you can sign up for the waitlist" is prose.
# What a sentence holds before its end (a quote's close may end one: «…в материале «Соловей»» is read to its stop).
SENTENCE_WORDS = r"^.!?…»”\n"
SENTENCE_BODY = r"^.!?…\n"  # the same, read ahead from a sentence's start, quotes and all
# Words that open a Russian lead and stand in small letters inside a sentence.
LEAD_OPENERS = "В|Во|На|По|С|Со|К|О|Об|Как|При|После|Для|Из|За|До|Сегодня|Вчера|Накануне|Ранее|Ночью|Утром|Днем|Днём|Вечером"
# A Russian order to the reader («заходите», «подписывайтесь», «подпишись») or a sign-up's verb.
RU_ORDER = r"(?:[А-ЯЁа-яё]+(?:ите|йте|итесь|йтесь|ись|йся)|[Пп]одписыв[а-яё]*)"
# The messengers and networks an outlet runs its channels on.
CHANNELS = (r"(?i:telegram|телеграм|viber|вайбер|instagram|инстаграм|youtube|ютуб|whatsapp|дзен|vk\b|вконтакте|"
            r"facebook|фейсбук|twitter|твиттер|tiktok|тикток|одноклассник)")
# The rest of a furniture sentence: up to a full stop followed by a space (or the end); "Mid-day.com" goes on.
SENTENCE_REST = r"(?:[^.!?]|[.!?…](?=[^\s.!?…]))*[.!?…]*"
# A headline after "Read also:": in quotes, or up to where the prose resumes (see _teaser_end).
TEASER_LEAD = re.compile(
    r"(?:(?:Читайте также|Смотрите также|Читайте по теме|Новости по теме|ALSO READ|Also read|Read also|Read more|"
    r"Previous Post|Next Post|Previous Article|Next Article|More on this story)\s*:?|Read:)(?:&nbsp;?|\s)*"
)
# A headline in capitals: five words or more, thirty characters of capitals, no sentence's stop. Inside a body in
# small letters it is another story's link (Fox's "INDONESIAN MAN WHO HELPED WRITE STRICT ADULTERY LAW PUBLICLY
# FLOGGED FOR AFFAIR" between two sentences); a dateline ("WASHINGTON (AP) —") is shorter and has its brackets, and
# a run of acronyms in a sentence goes on in small letters. ("CLICK HERE TO GET THE APP" is a prompt, cut as one.)
CAPITALS_HEADLINE = r"(?!CLICK HERE)(?=[A-Z0-9'’,:\-$%& ]{30})[A-Z][A-Z0-9'’,:\-$%&]*(?: [A-Z0-9'’,:\-$%&]+){4,}"
# What a sign-up prompt offers: the outlet's own letters ("our newsletter", "The Morning Briefing", "Business Today.",
# a name and the sentence's end). "Sign up for flood alerts from the Environment Agency…", a list's advice, is the text's.
OWN_OFFER = (r"(?=[^.!?\n]{0,60}?\b(?:our|newsletters?|e-?mails?|inbox|briefing|digest)\b"
             r"|(?:the\s+)?[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3}(?:[.!](?:\s|$)|$))")
# A paywall's teaser in place of the rest of the text ("This article is for subscribers only. Subscribe to continue
# reading. Already a subscriber? Log in.", «Этот материал доступен только подписчикам», «Оформите подписку, чтобы
# читать дальше»): no sentence of the story.
PAYWALL = (r"(?:This (?:article|story|content|piece) is (?:only )?(?:for|available to|available only to) (?:paying )?"
           r"(?:subscribers|members)(?: only)?|Subscribe (?:now )?to (?:continue|keep) reading|"
           r"To (?:continue|keep) reading,? (?:please )?(?:subscribe|log in|sign in)\b|"
           r"Already (?:a subscriber|subscribed|a member)\?\s*(?:Log|Sign) in|"
           r"(?:Этот|Данный) (?:материал|текст|контент) доступен только (?:для )?(?:подписчик\w*|платн\w+ подписчик\w*)|"
           r"Оформите подписку,? чтобы (?:читать|прочитать|продолжить)|Чтобы (?:читать|прочитать) (?:дальше|далее|"
           r"полностью|материал|статью)\b[^.!?]{0,60}?подписк\w*|Уже (?:есть подписка|подписаны)\?\s*Войдите)")
# What may follow a paywall's phrase in its sentence: a few words with no comma ("…, please subscribe today."). After a
# comma comes a report's clause ("This article is for subscribers only, the editor wrote…"): the sentence is the text's.
PAYWALL_REST = r"[^.!?,\n]{0,40}(?:[.!?…]+|$)"
# An item's number opening a line: "1.", "2)". A number ending a sentence ("…aged 82. Sign up…") is no item's.
LIST_NUMBER = re.compile(r"^\d{1,2}[.)]$", re.MULTILINE)
GLUED_RULES: list[tuple[str, re.Pattern[str]]] = [
    # After a sentence of the text, before the next one: glued to none, the page's link to another story.
    ("related-article teaser", re.compile(rf"(?<=[.!?…\"”»)]\s){CAPITALS_HEADLINE}(?=\s+[\"“]?[A-Z][a-z])")),
    # A stock library's credit glued before a sentence, where a paragraph or a sentence starts: the credit goes,
    # the sentence stays (see STOCK_CREDIT).
    ("photo credit", re.compile(rf"(?i:{STOCK_CREDIT})(?=\s+[A-ZА-ЯЁ«\"“])")),
    # The English credit in brackets wherever a sentence starts, whatever it names ("(Photo: PA Wire/Stefan
    # Rousseau)": the brackets end it); without them, only before a whole sentence, ended by its stop: the lead. A
    # credit before anything else stays in the text rather than a caption's or a lead's words go with it.
    ("photo credit", re.compile(rf"{BRACKETED_CREDIT}|{ENGLISH_CREDIT}(?=\s+[A-Z«\"“][^.!?…\n]*[.!?…])")),
    ("paywall", re.compile(PAYWALL + PAYWALL_REST)),
    ("subscribe or share", re.compile(
        r"(?:Подписывайтесь|Подпишитесь|Подписывайся|Подпишись|Подписаться на|Вы можете подписаться|"
        r"Жми, чтобы подписаться|Читайте нас\b|Будь(?:те)? в курсе\b(?=[^.!?]{0,80}?(?:новост|событи))|"
        rf"Sign up (?:for|to) {OWN_OFFER}|Subscribe to|Enter your e-?mail|"
        r"Follow (?:us|him|her|me|[A-Z][a-z]+ [A-Z][a-z]+) on|Click here)" + SENTENCE_REST
        + r"|CLICK HERE(?: [A-Z0-9'’]+)+(?![a-z])")),  # in capitals: ends where the glued sentence's case changes
    # "Самые интересные новости теперь в Telegram!", "Самое важное в Telegram-канале Новостей VL.ru"
    ("subscribe or share", re.compile(
        r"(?:Самое|Самые)\s+(?:важное|интересное|главное|важные|интересные|главные|свежие)[^.!?]{0,40}"
        + CHANNELS + SENTENCE_REST)),
    # "Самые важные новости теперь в нашем Telegram-канале.", "Новости дня - в нашем Instagram>>", «Только экстренная
    # и самая важная информация на нашем Telegram-канале»: the outlet's own channel ("our"), whatever leads to it; "to
    # our channel" («на наш канал») only after an order («Заходите на наш Telegram-канал»): «страница, похожая на наш
    # Telegram-канал» is a report's.
    ("subscribe or share", re.compile(
        rf"(?:[А-ЯЁA-Z][{SENTENCE_WORDS}]{{0,120}}?\s)?(?:(?:в|на|in|on)\s+(?:нашем|нашей|our)|"
        rf"{RU_ORDER}\s+(?:в|на)\s+(?:наш|нашу|наши))\s+(?:\S+\s+)?{CHANNELS}" + SENTENCE_REST)),
    # «Оперативные новости вашего региона — в telegram-канале «N», viber-канале «N» и с доставкой в вашу почту»: two
    # channels offered to "you". «Об этом сообщил Telegram-канал Mash» offers nothing: it reports.
    ("subscribe or share", re.compile(
        rf"[А-ЯЁA-Z](?=[{SENTENCE_BODY}]{{0,250}}?\b(?i:ваш|your|подпис|subscribe))"
        rf"(?=[{SENTENCE_BODY}]{{0,250}}?{CHANNELS}[{SENTENCE_BODY}]{{0,120}}?{CHANNELS})" + SENTENCE_REST)),
    # A donation appeal, with the question that leads to it: «Хочешь, чтобы в стране были независимые СМИ? Поддержи
    # Znak.com», "Support independent journalism".
    ("donation appeal", re.compile(
        rf"(?:[А-ЯЁA-Z][{SENTENCE_WORDS}]{{0,120}}\?\s+)?(?:Поддержи(?:те)?\s+(?:нас|наш\w*|[A-ZА-ЯЁ«\"])|"
        r"Support (?:us|our|independent)\b|Donate (?:now|to us)\b)" + SENTENCE_REST)),
    # A pointer to another piece: «Подробнее о закрытии читайте в материале “Ъ FM” «…»», «Подробнее об истории здания
    # можно почитать в нашем материале», «О том, как …, читайте в публикации “Ъ”».
    ("related-article teaser", re.compile(
        rf"(?:(?:Подробнее|Подробности)\b[{SENTENCE_WORDS}]{{0,150}}?\b(?:читайте|почитать|прочитать|узнать|"
        rf"смотрите|посмотреть)|[А-ЯЁ][{SENTENCE_WORDS}]{{0,200}}?,\s+(?:читайте|смотрите)\s+(?:в|на)\s)"
        + SENTENCE_REST)),
    ("source link", re.compile(rf"{BARE_URL}(?=\s+[A-ZА-ЯЁ«\"“]|\s*$)")),
    # A photo's caption glued before a sentence: «Софья и Константин Эрнст В сети поздравляют…». Names (a run of
    # capitalised words) before a capitalised preposition or adverb that opens a lead: in a sentence such a word
    # is written in small letters, so the run stands alone, with no verb: a caption.
    ("photo caption", re.compile(
        r"[А-ЯЁ][а-яё]+(?:(?:\s+и)?\s+[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?){1,4}"
        rf"(?=\s+(?:{LEAD_OPENERS})\s)")),
    ("page widget", re.compile(r"Loading(?:\.\.\.|…)")),  # a player's or a feed's placeholder
    ("error report note", re.compile(
        r"(?:Выделите|Если вы (?:заметили|нашли) ошибку|Нашли ошибку)[^.!?]{0,100}Ctrl\s*\+\s*Enter[.!]?")),
    ("credit line", re.compile(
        rf"\((?:With inputs? from|{CREDIT_ROLE})[^)]{{1,200}}\)"
        r"|(?:The )?[A-Z][\w.]*(?: [A-Z][\w.]*){0,3} contributed to this report\."
        r"|(?:Associated Press|AP|AFP|Reuters|Bloomberg|CNN) (?:staff )?(?:writers?|reporters?|correspondents?|"
        rf"journalists?|photographers?|researchers?|videojournalists?) {CREDIT_NAMES} contributed(?: to this "
        r"(?:report|story))?\."
        r"|This (?:report|story|article) by [^.]{2,60} was first published .{2,40}?\d{4}\."
        r"|This article has been republished from[^.]*\.(?: Note: [^.]*\.)?(?: For further information[^.]*\.)?")),
]
# The page's header glued before the lead: its time and date ("17:13 17.11.2019", "Вчера, 19:11"), a photo credit
# naming a site with the page's counters glued on ("Фото: pixabay.com62 16"), a view counter ("прочитано 829 раз",
# «12.03.2026 14:35👁 1 234»).
# A number alone is a lead's ("6 мая школьники…"): only a time beside a date or a day's name is the page's.
PAGE_STAMPS = re.compile(
    r"^(?:(?:(?:Сегодня|Вчера|Today|Yesterday),?\s+\d{1,2}:\d{2}|\d{1,2}:\d{2}\s+\d{1,2}\.\d{1,2}\.\d{2,4}"
    r"|\d{1,2}\.\d{1,2}\.\d{2,4},?\s+\d{1,2}:\d{2}"
    r"|(?:Фото|Photo)\s*:\s*[\w-]+(?:\.[\w-]+)*?\.[a-zа-яё]{2,6}(?:\d+(?:\s\d+)*)?"
    rf"|{STOCK_CREDIT}"
    r"|(?:прочитано|просмотров|views)\s*:?\s*\d+(?:\s+раза?)?"
    rf"|{VIEW_COUNTER})(?:\s+|$|(?=👁|👀)))+",
    re.IGNORECASE,
)
CLOSED = ".!?…»\"”"  # what a sentence ends in
# What closes a sentence before an outlet's own words: a straight quote mark opens a quotation as often as it closes
# one, and a quoted "we" is a speaker's ('Prices fell. "We reported the breach…"').
CLOSED_BEFORE_OWN_WORDS = ".!?…»”"
# "We" pointing to an older piece: «Также мы сообщали», «Ранее мы писали», «Мы уже рассказывали», "We reported earlier
# that…", "We wrote about…", "As we reported on Monday, …". The English verb must point at a piece (that/about/on, or
# when, then a comma): "We wrote to the ministry" is the outlet's reporting act, and "We have reported the incident
# to the FBI" a speaker's.
OWN_OLDER_PIECE = (r"(?:(?:Также|Ранее|Кроме того,?|Ещё|Еще|Помимо этого,?)\s+(?:на\s+[^\s,.]+\s+)?мы|Мы)\s+(?:уже\s+)?"
                   r"(?:сообщали|писали|рассказывали)\b"
                   r"|(?:(?:As|Earlier,?|Previously,?)\s+we|We)\s+(?:had\s+)?(?:previously\s+|earlier\s+)?"
                   r"(?:reported|wrote)\s+(?:(?:earlier|previously|last\s+\w+|on\s+\w+|in\s+\w+)"
                   r"(?:,|\s+(?:that|about|on)\b|(?=[.!?]))|(?:that|about|on)\b)")
# Closing pieces: a credit ("– AFP", "-with AAP", "The Associated Press") or an AP-style "___" footer.
CLOSING_RULES: list[tuple[str, re.Pattern[str]]] = [
    # The share buttons a feed's description ends in: «… 10 тонн. Поделиться: ВКонтакте», «Поділитися: Facebook».
    ("subscribe or share", re.compile(
        rf"(?<=[{CLOSED}])\s+(?i:поделиться|поділитися|share)\s*:?(?:[\s|·•/,]+(?i:{CHANNELS}|ok|x|e-?mail))*\s*$")),
    # A reader's prompt closing the page: «Интересно?», «Понравилась статья?».
    ("subscribe or share", re.compile(
        rf"(?<=[{CLOSED}])\s+(?:Интересно|Понравилось|Понравилась статья|Понравился материал|Полезно)\?\s*$")),
    # The source or photo credit after the last sentence, an outlet's own or one a reprint appended, terminated or
    # not: «Источник: «Ведомости»», «По материалам: www.spletnik.ru», «Фото: пресс-служба.», "Source: agencies."
    ("source, photo or author note", re.compile(
        rf"(?<=[{CLOSED}])\s+(?:Источник|Источники|По материалам|Фото|Source|Sources|Photo|Photos|Via|Credit)\s*:\s*"
        rf"(?:{BARE_URL}|[^:.!?\n]{{1,{MAX_CREDIT_CHARS}}}(?:\.(?:[a-z]{{2,6}}|[A-Z]{{2,6}}))?)\.?\s*$")),
    ("site footer", re.compile(rf"(?<=[.!?\"”»])\s*{STANDARDS_NOTE}\s*$")),
    ("credit line", re.compile(rf"(?<=[.!?\"”»])(?:\s*{CREDIT_RUN}|\s+{DESK_CODES})\s*$")),
    # The affiliate disclosure ("We may earn a commission for purchases using our links. Learn more.", "FTC: We use
    # income earning auto affiliate links.") stands where the article ends and the site's own links begin.
    ("affiliate disclosure", re.compile(
        r"\b(?:FTC:\s*We|We) (?:may )?(?:earn|receive|use)\b[^.!?]{0,60}?\b(?:commissions?|affiliate links?)\b.*$")),
    ("site footer", re.compile(r"\s_{3,}\s.*$")),
    ("credit line", re.compile(
        r"(?<=[.!?\"”»])\s*(?:[-–—]\s*(?:with\s+)?[A-Z]{2,6}|(?:The )?Associated Press|From an? [\w-]+ report)\s*$")),
    # "GET THE BEST OF … IN FIVE EASY PIECES": a promo in capitals after the last sentence.
    ("site footer", re.compile(r"(?<=[.!?\"”»])\s*[A-Z][A-Z0-9'’&:,\- ]{24,}$")),
    # The outlet pointing to its own older piece as the text's last sentence, a link on its page: «Также мы сообщали,
    # что…», «Ранее на Медикфорум мы писали о том, что…», "We reported earlier that…". Followed by more sentences
    # it recaps for this report and stays, as «Напомним, …» and «Ранее сообщалось, что…» (no "we") always do.
    ("related-article teaser", re.compile(
        rf"(?:(?<=[{CLOSED_BEFORE_OWN_WORDS}])\s*|^)(?:{OWN_OLDER_PIECE})[^.!?…\n]*[.!?…]?[»\"”]?\s*$")),
]
# An unterminated fragment after the last sentence is peeled piece by piece from its end: a source, photo,
# author or tags note runs to the end; what is left goes if it is a name, hashtags or a teaser headline.
TAIL_NOTE = re.compile(
    r"(?:(?<=\s)|(?<=[a-zа-яё])|^)(?:Источник|Source|Via|Фото|Photo|Photos|Обложка|Автор|Author|Редактор|Теги|Tags|Рубрика|"
    r"Написать автору|Добавление комментария)\b\s*(?:[:—-]|на превью|с сайта)?[^:]*$"
)
TAIL_START = re.compile(r"[.!?…»\"”)]\s+(?=[^.!?…»\"”)]*$)")
HASHTAGS = re.compile(r"^(?:\S.{0,40})?(?:#[^#]+){2,}$")
PERSON_NAME = re.compile(r"^[A-ZА-ЯЁ][a-zа-яё]+(?:[ -][A-ZА-ЯЁ][a-zа-яё]+){1,2}$")
# A teaser headline: the tail's headlines ran to 7-14 words; "Итоги конкурса мы подведём 22 ноября" (6 words,
# first person) is an unterminated body sentence, and a list of tips ran to 18 words.
TEASER_WORDS = range(7, 16)
FIRST_OR_SECOND_PERSON = re.compile(r"\b(?:я|мы|вы|наш\w*|I|we|you|our)\b", re.I)
# "Naira Marley’s lewd tweet": two capitals are a name opening a headline; three or more a title-case headline.
MIN_TITLE_CASE_WORDS = 3
PROSE_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
# A block of teasers ending in "…" after "Читайте также": the longest seen held 16 headlines in 1,040 characters.
MAX_TEASER_BLOCK_CHARS = 2000
# Past this, a piece is prose whatever it starts with.
MAX_GLUED_CHARS = 300
# A closing piece cut bares the one before it (nation-news closes on «Интересно? Жми, чтобы подписаться… Автор: …»:
# a second reading finds the prompt): read again, at most this many times, so that no text is read without end.
MAX_CLOSING_PASSES = 3


def glued_furniture(paragraph: str, last: bool) -> tuple[str, list[tuple[str, str]]]:
    """The paragraph without site furniture glued into it, and each piece cut with its reason.

    Only the text's last paragraph is read for a closing credit or an unterminated teaser; once the pieces after
    it are cut, again for a closing credit or prompt («…оружие. Интересно? Жми, чтобы подписаться… Автор: …»), but not
    for an unterminated teaser: a sentence leading into a cut list ("These are the candidates:") is the text's."""
    cuts: list[tuple[int, int, str]] = []
    for reason, pattern in GLUED_RULES:
        cuts += [(m.start(), m.end(), reason) for m in pattern.finditer(paragraph)
                 if len(m.group()) <= MAX_GLUED_CHARS and _starts_sentence(paragraph, m.start())]
    cuts += [(m.start(), _teaser_end(paragraph, m.end()), "related-article teaser") for m in TEASER_LEAD.finditer(paragraph)
             if _starts_sentence(paragraph, m.start())]
    text, removed = _without_cuts(paragraph, cuts + (_closing_cuts(paragraph) if last else []))
    for _ in range(MAX_CLOSING_PASSES if last else 0):
        text, more = _without_cuts(text, _closing_cuts(text, fragments=False))
        if not more:
            break
        removed += more
    return text, removed


def _without_cuts(paragraph: str, cuts: list[tuple[int, int, str]]) -> tuple[str, list[tuple[str, str]]]:
    """The paragraph without the cut pieces (a piece inside an earlier one goes with it), and each piece cut."""
    kept, removed, position = [], [], 0
    starts = {start for start, _, _ in cuts}
    for start, end, reason in sorted(cuts):
        if end <= position or start < position and position in starts:  # a piece of its own starts there
            continue
        start = max(start, position)
        kept.append(paragraph[position:start])
        removed.append((paragraph[start:end].strip(), reason))
        position = end
    kept.append(paragraph[position:])
    return " ".join(" ".join(kept).split()), [piece for piece in removed if piece[0]]


def _starts_sentence(text: str, index: int) -> bool:
    """A prompt opens a sentence, or is glued to the last one ("…новостьПодписывайтесь"); mid-sentence it is prose,
    and so are a list's item after its number ("1. Subscribe to flood warnings…": the text's advice) and a quotation."""
    end = index  # where the text before ends, spaces aside: a walk back, not a copy of all the text before
    while end and text[end - 1].isspace():
        end -= 1
    if LIST_NUMBER.search(text, max(0, end - 4), end):
        return False
    if index == end and end and text[end - 1] in "«“„\"" and (end == 1 or text[end - 2].isspace()):
        return False  # a quotation opens: a speaker's words ('"Будьте в курсе новостей", - сказал он')
    return not end or text[end - 1] in ".!?…»\"”)" or index == end and text[end - 1].islower()


def _teaser_end(text: str, start: int) -> int:
    """Where the teaser headline after "Read also:" ends: its closing quote, else where prose resumes.

    Prose resumes at a capitalised word after a lowercase one that a lowercase word follows ("…гигантов Также в
    комитете…"); in a title-case headline, at its last capitalised word before a lowercase one ("…Brawl Kovac was").
    A rest with no full stop is a headline or a block of them ending in "…": it runs to the paragraph's end."""
    rest = text[start:]
    quoted = re.match(r"[\"“«'‘`]+.{3,200}?[\"”»'’`]+(?=\s|$)", rest)
    if quoted:
        return start + quoted.end()
    if not PROSE_SENTENCE_END.search(rest) and len(rest) <= MAX_TEASER_BLOCK_CHARS:
        return start + len(rest)  # one headline, or a block of them ("…стал стакан… Пригожин: …")
    words = list(re.finditer(r"\S+", rest[:MAX_TEASER_CHARS + 1]))
    capital = [w.group()[0].isupper() for w in words]
    for i in range(1, len(words) - 1):
        if capital[i] and not capital[i + 1]:
            if not capital[i - 1] or i >= MIN_TITLE_CASE_WORDS and all(capital[:i + 1]):
                return start + words[i].start()
    return start + len(rest) if len(rest) <= MAX_TEASER_CHARS else start


def _closing_cuts(paragraph: str, fragments: bool = True) -> list[tuple[int, int, str]]:
    """The closing pieces CLOSING_RULES name, then (with `fragments`) an unterminated fragment after the last
    sentence (a note, a name, a teaser headline: see TAIL_NOTE)."""
    cuts = []
    end = len(paragraph.rstrip())
    for reason, pattern in CLOSING_RULES:
        match = pattern.search(paragraph[:end])
        if match:
            cuts.append((match.start(), end, reason))
            end = match.start()
    tail = TAIL_START.search(paragraph[:end]) if fragments else None
    if not tail:  # the text ends a sentence, or is one unterminated run: no closing fragment
        return cuts
    start = tail.end()
    while start < end:
        piece = paragraph[start:end].strip()
        note = TAIL_NOTE.search(piece)
        if note and note.start() > 0:
            note_start = start + paragraph[start:end].find(note.group())
            cuts.append((note_start, end, "source, photo or author note"))
            end = note_start
            continue
        reason = _tail_reason(piece)
        if reason:
            cuts.append((start, end, reason))
        elif ": " in piece and _tail_reason(after_colon := piece.rsplit(": ", 1)[1]) == "related-article teaser":
            cuts.append((start + paragraph[start:end].rfind(after_colon), end, "related-article teaser"))
        break
    return cuts


def _tail_reason(piece: str) -> str | None:
    """Why an unterminated closing piece is furniture (None: it is prose)."""
    prompt = next((reason for reason, pattern in GLUED_RULES if pattern.match(piece)), None)
    if prompt:
        return prompt
    if TAIL_NOTE.match(piece):
        return "source, photo or author note"
    if HASHTAGS.match(piece):
        return "tags"
    if PERSON_NAME.match(piece):
        return "byline"
    if len(piece.split()) in TEASER_WORDS and not FIRST_OR_SECOND_PERSON.search(piece) and len(piece) <= MAX_TEASER_CHARS:
        return "related-article teaser"
    return None
