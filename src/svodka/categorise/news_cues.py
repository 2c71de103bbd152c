"""The words and shapes that tell a report from service content, as patterns.

Written from general knowledge of the genres (news reports, wire copy, guides,
listicles, reviews, shopping deals, adverts, event listings, horoscopes), in Russian
and English; `news_features` counts them. A pattern names a cue, never a topic: a
review of a phone and a review of a film share "pros and cons", not vocabulary.
"""

from __future__ import annotations

import re

from svodka.months import EN_MONTH_FULL, EN_NAMES, RU_MONTH_GENITIVE, RU_MONTH_IN, RU_MONTH_NOMINATIVE

# The languages these patterns are written in (`Analysis.language`): a text in any other is weighed without them.
CUE_LANGUAGES = frozenset({"ru", "en"})

# Quoted speech: what someone else said does not address the reader. Single quotes only
# when they open after a space, so "it's" and "GOT7's" are apostrophes, not quotes; ``…''
# is how some scrapers write a double quote. A Russian sentence that opens with a dash is direct speech by the
# language's typography (an interview's questions and answers, "— Мы готовы, — сказал он"): the speaker's words, to the
# end of that sentence.
QUOTED = re.compile(
    r"(?:^|(?<=[.!?…]\s)|(?<=\n))\s*[—–]\s(?=[А-ЯЁ])[^.!?…\n]*[.!?…]?|«[^»]*»|\"[^\"]*\"|“[^”]*”|„[^“”]*[“”]|``[^`]*?(?:''|(?=``)|$)|‘[^’\n]*’|(?<![\w'’])'[^'\n]{1,80}'(?!\w)"
)
# Site furniture: the sign-up boxes, share buttons and disclosures a site prints under every
# article, reports included. Taken out before the cues are counted, so a report's page does
# not "speak to the reader" or "call to act" through the site's own boilerplate.
FURNITURE = re.compile(
    r"(?:sign up (?:for|to) (?:our|the) [^.!?\n]{0,60}?(?:newsletter|alerts?|emails?|updates)|sign up for our [^.!?\n]{0,60}|"
    r"(?:click|tap) here (?:for|to) [^.!?\n]{0,80}|let us know what you think[^.!?\n]{0,40}|"
    r"(?:follow|like) (?:us|him|her|them|me) (?:on|at) [^.!?\n]{0,60}|(?:read|learn|find out|see) more\b[:.]?|"
    r"share (?:this|the) (?:article|story|page)[^.!?\n]{0,40}|subscribe to our [^.!?\n]{0,60}|"
    # "Read also:", "Listen to the podcast here", "Note: material may have been edited", a video's "Close" button.
    r"\b(?:also )?read(?: also| next)?:|read the full [^.!?\n]{0,40}|(?:listen|watch|read)\b[^.!?\n]{0,60}\bhere\b:?|"
    r"note: (?:this )?(?:material|content|story|article) may have been edited[^.!?\n]{0,60}|get the best of [^.!?\n]{0,60}|"
    r"(?<=[.!?)\]] )(?-i:Close)(?= +(?-i:[A-Z]))|"
    # A pointer to the page's own player ("Watch the video below", "Give the tape a listen below"): a report
    # of a speech, a trailer or a release embeds it, so the order is the page's, not advice. Periods allowed
    # inside ("Pt. 3"): the media noun and "below"/"above" bound it.
    r"(?:watch|listen to|stream|hear|check out|see|view|give)\b[^!?\n]{0,60}?\b(?:a listen|a spin|videos?|clips?|"
    r"trailer|song|track|album|mixtape|tape|mv|performance|footage|episode|teaser|photos?|pictures?|tweet|post|speech)\b"
    r"[^.!?\n]{0,30}?\b(?:below|above)\b[^.!?\n]{0,40}|"
    # A subscription box in the text: "Вы можете подписаться на наш Telegram", "новости вашего региона — в
    # telegram-канале… и с доставкой в вашу почту", "Мы отправили на ваш email письмо", "Sign up for all the latest news".
    r"(?:вы можете )?подписаться на наш[^.!?\n]{0,60}|новости вашего региона[^.!?\n]{0,120}|с доставкой в вашу почту|"
    r"(?:мы )?отправили на ваш (?:email|e-mail|адрес|почт\w*)[^.!?\n]{0,60}|sign up for all the latest[^.!?\n]{0,60}|"
    r"(?:подробнее )?(?:об этой истории |об этом )?вы можете прочитать здесь|"
    r"подпи(?:сывайтесь|шитесь)(?: на|,? чтобы) [^.!?\n]{0,60}|присоединяйтесь к нам[^.!?\n]{0,60}|следите за (?:обновлениями|новостями)|"
    r"выделите (?:фрагмент|текст|ошибку)[^\n]{0,80}?ctrl\s?\+\s?enter|"
    r"(?:подробнее )?читайте (?:также|нас в|нас на|новости в|в (?:материале|публикации|статье)|по теме)[^.!?\n]{0,60}|"
    # "Подробнее об обстановке читайте в сводке": the reading tip with its topic between.
    r"подробнее (?:о|об|про) [^.!?\n]{0,60}?читайте[^.!?\n]{0,60})[.!?]?",
    re.IGNORECASE,
)
# "себе" is left out: it is reflexive ("взял на себя"), not an address to the reader.
READER_WORDS = re.compile(
    r"\b(?:вы|вас|вам|вами|ваш|ваша|ваше|ваши|вашего|вашей|вашу|вашим|ваших|you|your|yours|yourself|you're|you've|"
    r"you'll|you'd)\b",
    re.IGNORECASE,
)
EN_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|myself)\b")
# A review or a roundup speaks for the newsroom: "we tested", "our pick". Any other "we" is
# left out: a report quotes a club's or a minister's "we", often without quotation marks
# (an interview run as prose, a statement pasted whole), so only what a newsroom does counts.
EN_WE = re.compile(
    r"\b(?:[Ww]e(?:'ve|’ve| have)?(?: also| all| really| just| personally)? (?:tested|tried|reviewed|recommend|"
    r"rounded up|picked|chose|compared|ranked|rated|spent (?:a|two|three|several|weeks|months|hours|days)|"
    r"found (?:the|that the)|love|loved|like|liked|think you|reckon)|[Oo]ur (?:top |favou?rite |best |budget |"
    r"upgrade )?(?:picks?|favou?rites?|verdict|testers?|testing|choice|recommendations?|rankings?|roundup|"
    r"review(?:er)?s?|guide)|[Ww]e(?:'ve|’ve) (?:ever )?seen)\b"
)
# Not the nouns that end like one ("на саммите", "в защите", "по кредите"): their stems are listed.
RU_IMPERATIVE_WORD = (
    r"(?!(?:защ|самм|кред|виз|лим|депоз|транз|орб|эл|аппет|гран|реквиз|фавор|дефиц|профиц|бандит|паразит|магн|колор|"
    r"алфав|гепат|арт|бронх)ите\b)[а-яё]{3,}(?:йте|ите)(?:сь)?"
)
# After "вы" the same ending is the present or future ("вы видите", "Вы увидите"): an interview's question, not an order.
RU_IMPERATIVE = re.compile(rf"(?<!вы )\b{RU_IMPERATIVE_WORD}\b", re.IGNORECASE)
# English has no imperative ending: a sentence that opens with a bare verb (or "Don't", "Always") gives an order.
# Not "Expect": a launch or a preview tells what is coming ("Expect 100 songs in each playlist").
EN_IMPERATIVE_START = re.compile(
    r"(?:^|[.!?:]\s+|\n\s*)(?:try|make|use|add|take|get|keep|avoid|choose|check|remember|don't|do|buy|play|watch|read|"
    r"start|stop|let(?!['’]s\b|\s+us\b)|mix|cook|bake|put|go|grab|save|pick|shop|order|head|look|consider|find|learn|enjoy|whisk|heat|"
    r"serve|close|plan|answer|share|sign|set|lay|drink|leave|skip|swap|spread|remove|soak|season|sear|toss|stir|"
    r"apply|cleanse|seal|move|water|group|wipe|turn|ask|enter|join|register|scroll|vote|tell|listen|send|call|cut|"
    r"think|lie|finish|hold|talk|walk|eat|book|visit|compare|spend|trust|delete|celebrate|follow|pay|never|always|"
    r"be|give|bring|meet|sit|wear|wash|drop|pop|chop|slice|pour|place|fill|note|write|download|install|"
    r"discover|explore|treat|protect|boost|upgrade|prepare|say|imagine|picture|forget|beat|fix)\b",
    re.IGNORECASE,
)
# A count of years, months, weeks or days: "девять лет", "20 years", "три месяца", "ten days".
TIME_SPAN = r"(?:лет|год(?:а|ам|ах)?|месяц\w*|недел\w+|дн(?:я|ей|ям|ях)|сут(?:ок|ки)|years?|months?|weeks?|days?)"
LISTICLE_TITLE = re.compile(
    r"(?:^|[.:!?]\s+|\b(?:эти|these|the|our)\s+)(?:(?:топ|top)\b|(?:\d{1,2}|три|четыре|пять|шесть|семь|восемь|девять|десять|"
    r"three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)\s+(?!(?:январ|феврал|март|апрел|ма[яй]|июн|июл|август|"
    r"сентябр|октябр|ноябр|декабр|процент|млн|млрд|тыс|человек|percent|million|billion|people|killed|dead)|"
    # A span of time is a term, an age or an anniversary, not a list ("Девять лет для Воронцова", "Nine years for…",
    # "20 years after the flood"), unless a clause names what filled it ("10 лет, которые изменили…", "5 days that…").
    rf"{TIME_SPAN}\b(?!,?\s+(?:котор\w+|that|which)\b)))|"
    # "The best TV deals", "лучшие смартфоны 2020 года": a ranking is a shopping list, not an event.
    r"\b(?:(?:the\s+)?best|лучш(?:ие|их))\s+[\w\-’' ]{2,40}?(?:of\s+20\d\d|20\d\d\s+года|under\s+\$?\d+|до\s+\d+|for\s+\w+|"
    r"to\s+(?:buy|watch|read|play|try)|right now|you can buy)\b|"
    # A taste superlative over a plural ("the prettiest villages", "the cosiest pubs") ranks places and things to
    # visit; a year-end roundup ranks the year's works ("our books of the year", "albums of 2020"). News ranks
    # by measure ("the largest", "the most powerful storm"), and an award is singular ("player of the year").
    r"\b(?:prettiest|loveliest|cosiest|cutest|tastiest|dreamiest|most (?:beautiful|romantic|charming|stylish|"
    r"instagrammable))\s+[\w\-]+s\b|\b(?:books|albums|films|movies|songs|podcasts|novels|reads|records) of "
    r"(?:the year|20\d\d)\b",
    re.IGNORECASE,
)
# Where a Russian count headline's own clause ends and a clause about the counted things begins ("Пять ошибок, которые
# мешают…", "5 причин, почему…"): a verb after these tells of the list's items, not of an event.
RU_CLAUSE_OPENER = re.compile(r"\b(?:котор\w*|где|почему|как|чтобы|если|когда|что)\b", re.IGNORECASE)
# A headline that asks opens a guide ("Как выбрать…", "Why do we dream?") unless it narrates:
# "Как прошел форум", "How the Falcons came back", "Why the bank held rates" tell an event in
# the past tense, which `news_features` checks in the clause that follows (group "clause").
# "What we know about…" is the news site's own headline for a developing event. "Что" opens a guide only before an
# infinitive ("Что подарить…", "Что делать, если…"): "Что известно о пожаре", "Что изменится с 1 марта" are news.
QUESTION_TITLE = re.compile(
    r"(?:^|[.:!?]\s+)(?:как|почему|зачем|что такое|что(?=\s+[а-яё]+(?:ть|ти|чь)(?:ся)?\b)|чем|сколько|как(?:ой|ая|ое|ие|ую|их|им|ого|ому)|где|стоит ли|нужно ли|"
    r"можно ли|правда ли|how|why|what(?! we know)|which|where|when|should you|do you|can you|is it)\b"
    r"(?P<clause>[^.:!?]*)",
    re.IGNORECASE,
)
# "How to…" and "Как сделать…" give instructions whatever follows.
INSTRUCTION_CLAUSE = re.compile(r"^\s+(?:to\b|[а-яё]+(?:ть|ти|чь)(?:ся)?\b)", re.IGNORECASE)
# The day a question headline's change or schedule falls on: "Как изменятся пенсии с 1 января", "Какие продукты
# подорожают в феврале", "Как будут работать магазины в новогодние праздники", "What will change for drivers from
# Monday". Service news asks what will happen on a named day; a guide's question is timeless. Not a guide's target
# ("похудеть к лету", "к 8 марта", "by Christmas"): only a day the event itself falls on, or a year.
# A month before a day's number, May left out as before: "may" there reads as the modal verb.
EN_MONTH_NOT_MAY = "|".join(name for name in EN_NAMES if name != "May")
TITLE_WHEN = re.compile(
    rf"(?<!\bк )(?<!\bко )(?<!\bby )\b(?:(?:\d{{1,2}}\s+)?(?:{RU_MONTH_NOMINATIVE}|{RU_MONTH_GENITIVE}|{RU_MONTH_IN})|"
    r"(?:19|20)\d\d(?:\s+год\w*)?|"
    r"(?:в|с|во|до|на) (?:понедельник|вторник|сред[уы]|четверг|пятниц[уы]|суббот[уы]|воскресень[ея])\w*|"
    r"(?:в|на) выходны\w+|(?:в|на) (?:новогодн\w+|майск\w+|праздничн\w+) (?:праздник\w*|дни|ночь|выходны\w+)|"
    r"в праздник\w*|в новогоднюю ночь|завтра|сегодня|(?:на|в) (?:этой|следующей) неделе|в (?:этом|следующем) (?:году|месяце)|"
    r"(?:этой|этим) (?:зимой|летом|осенью|весной)|"
    r"(?:on|from|this|next|by) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|this weekend|"
    rf"(?:this|next) (?:week|month|year)|today|tonight|tomorrow|(?:in|from|since) (?:{EN_MONTH_FULL})|"
    rf"(?:{EN_MONTH_NOT_MAY}) \d{{1,2}}|\d{{1,2}} (?:{EN_MONTH_FULL}))\b",
    re.IGNORECASE,
)
# The day a change of rules starts, in a how-to headline: "Как получить новую выплату с 1 июля", "How to apply for the new
# rebate from April". A report of a new payment, tariff or rule that also says how to use it is news; a how-to with no
# start is a guide, and so is one for a dated spectacle ("How to watch tonight's eclipse": a viewing guide, no change).
# Not a recurring day ("в праздники", "на выходных", "в 2021 году"): a seasonal guide names those too.
TITLE_START = re.compile(
    rf"\b(?:со?\s+(?:\d{{1,2}}\s+)?(?:{RU_MONTH_GENITIVE}|понедельника|вторника|среды|четверга|пятницы|субботы|"
    rf"воскресенья)|from\s+(?:\d{{1,2}}\s+)?(?:{EN_MONTH_FULL})(?:\s+\d{{1,2}})?|from\s+(?:monday|tuesday|wednesday|"
    rf"thursday|friday|saturday|sunday|next (?:week|month|year)))\b",
    re.IGNORECASE,
)
# An English question clause about what will happen ("What will change…", "How the rules are set to work…").
EN_WILL = re.compile(r"\b(?:will|won't|is set to|are set to|is going to|are going to)\b", re.IGNORECASE)
# Not "here are": "Here are the 14 games at launch" reports a lineup. A headline ending in a question is checked
# apart (`news_features`): a report may close on a rhetorical one after its news ("… засекретили дело. И что, законно?").
GUIDE_TITLE = re.compile(
    r"\b(?:everything you need|all you need|explained|guide|tips|ways to|things to|reasons|what you need to know|"
    # "5 причин, почему…" promises a list; "в чем причина пожара" asks what a report answers.
    # Rules and mistakes as a list ("10 правил", "главные ошибки"), not "правила субсидий уточнили", "ошибка в расчетах".
    r"инструкция|гид|советы|(?:\d+|главн\w+|простых|простые|золот\w+|основн\w+|частые|типичные) (?:правил|ошиб)\w*|"
    r"\d+ причин\w*|причин\w*,? (?:почему|по которым)|ошибк\w*, котор\w*|power rankings?|"
    # "Пенсионерам рассказали, как оформить…": the service headline's how-to, told as news. Not "предложили, как
    # благоустроить парк": only the verbs that hand the reader advice.
    r"(?:рассказа|объясни|подсказа|напомни|посоветова)\w*,\s+как\s+[а-яё]+(?:ть|ти|чь)(?:ся)?|"
    # Reference pages: what a thing is or where it came from, a celebrity's vital statistics, a
    # travel guide, the signs of a condition, cards of greetings. None has an event to report.
    r"(?:the )?difference between|(?:secret|brief|short|curious|untold) history of|net worth|age, height|biography|"
    r"where to (?:eat|stay|sleep|go|shop|find|spot)|what to (?:do|see|eat|buy|pack)|(?:signs?|symptoms?) (?:in|on) your|"
    r"(?:wishes|quotes|messages|greetings|images)(?:,| and) (?:wishes|quotes|messages|greetings|images|sms|status)|"
    # A health or food reference page lists its facets ("Anaemia: symptoms, causes and treatment"); a gift or a
    # costume page offers ideas; a quiz-like page lists the signs that "you" or "your" dog are something.
    r"(?:causes|symptoms|treatments?|diagnosis|types|benefits|side effects|risks|uses|dosage|nutrition|prevention)"
    r"(?:,| and| &) (?:and )?(?:causes|symptoms|treatments?|diagnosis|types|benefits|side effects|risks|uses|dosage|"
    r"nutrition|prevention|recipes?)|(?:gift|costume|outfit|decorating|party|hairstyle|nail|makeup)s? ideas|"
    r"signs (?:that )?(?:you|your)|идеи (?:подарк\w*|для|дизайна|маникюра|костюм\w*|декора)|признак\w* того, что (?:вы|ваш)\w*|"
    r"откуда (?:взял|пошл|появил)\w*|чем отлича\w*|биография|куда сходить|что посмотреть|где поесть|"
    r"признак\w*, (?:на )?котор\w*|поздравлени\w*[^.!?]{0,30}?(?::|,| и) (?:стих|открытк|картинк|смс)\w*)\b",
    re.IGNORECASE,
)
# A ranking promises a list ("Рейтинг лучших смартфонов 2020 года") unless the headline tells of it as an event ("Рейтинг
# доверия к правительству снизился", "Составлен рейтинг самых дорогих городов"): `news_features` checks for a predicate.
RANKING_TITLE = re.compile(r"\bрейтинг\w*", re.IGNORECASE)
# Who tells, in a headline: "В ВОЗ рассказали, как…", "Durov named 7 reasons…", "Кличко ответил…". The markup counts a
# list or advice a named person or body gives as news (its instructions' own example: "Durov named 7 reasons"); a
# guide's teller is a role or no one ("рассказал кондитер", "украинцам рассказали").
TITLE_TELLER = re.compile(
    r"\b(?:рассказа|назва|объясни|ответи|заяви|перечисли|раскры|посоветова|предупреди|призва|поделил|напомни|"
    r"подсказа|рекомендова|рекомендует|рекомендуют)\w*|\bда(?:л|ла|ли) (?:совет|рекомендац|инструкц)\w*|"
    r"\b(?:named|reveal(?:s|ed)|list(?:s|ed)|explain(?:s|ed)|told|says|said|answer(?:s|ed)|respond(?:s|ed)|"
    r"warn(?:s|ed)|urge[sd]|share[sd]|advise[sd]|recommend(?:s|ed)|issued)\b",
    re.IGNORECASE,
)
# A headline that tells the reader what to do ("Avoid the…", "Голосуйте за…") is a guide, an advert or a
# call to take part. Russian shows the order by its ending: any headline that opens with one.
TITLE_IMPERATIVE = re.compile(
    r"(?:^|[.:!?]\s+)(?:avoid|try|make|get|keep|choose|save|buy|shop|grab|stop|learn|discover|protect|boost|"
    r"optimi[sz]e|upgrade|prepare|don't|never|subscribe|sign up|join|listen|meet|win|enter|take|watch|не делайте|"
    rf"{RU_IMPERATIVE_WORD})\b",
    re.IGNORECASE,
)
# "…рассказал кондитер", "объясняет психолог": an expert's advice, not an event.
EXPERT_TITLE = re.compile(
    r"\b(?:рассказ\w*|объясн\w*|совету\w*|ответил\w*|отвечает|назвал\w*|колонка|experts?|doctors?|dietitians?)\s+"
    r"(?:психолог|врач|диетолог|эксперт|кондитер|повар|шеф-повар|стилист|юрист|косметолог|дерматолог|"
    r"нутрициолог|тренер|астролог|сексолог|say|says|explain\w*|recommend\w*)\w*|"
    r"\b(?:психолог|врач|диетолог|косметолог|нутрициолог)\w*\s+(?:объяснил|рассказал|назвал|посоветовал)\w*|"
    r"\b(?:мнение|совет\w*|отвечает)\s+(?:психолог|врач|диетолог|эксперт|юрист|стилист)\w*|"
    r"\b(?:an? )?(?:doctor|expert|stylist|dietitian|psychologist|therapist|nutritionist|lawyer)'?s?\s+"
    r"(?:explains|guide|advice|tips)\b|\bexperts weigh in\b",
    re.IGNORECASE,
)
HISTORY_WORDS = re.compile(
    r"\b(?:в древности|в старину|в средние века|в средневековье|веками|много веков|века назад|столетия назад|"
    r"in ancient times|in the middle ages|centuries ago|for centuries|"
    # A daily almanac dates today, but every event it lists is old.
    r"today in history|this day in history|on this date|on this day in|в этот день в истории|этот день в истории)\b",
    re.IGNORECASE,
)
HOROSCOPE_WORDS = re.compile(
    r"\b(?:гороскоп\w*|астролог\w*|таро|нумеролог\w*|horoscope\w*|astrolog\w*|zodiac\w*|tarot|numerolog\w*)\b", re.IGNORECASE
)
# A horoscope without the word: the signs of the zodiac, one after another.
ZODIAC_SIGNS = re.compile(
    r"\b(?:(?:Овн|Тельц|Близнец|Льв(?:ам|ы)|Скорпион|Стрельц|Козерог|Водоле)\w*|Рак(?:ам|и)|Дев(?:ам|ы)|Вес(?:ам|ы)|"
    r"Рыб(?:ам|ы)|Aries|Taurus|Gemini|Cancer|Leo|Virgo|Libra|Scorpio|Sagittarius|Capricorn|Aquarius|Pisces)\b"
)
# A review weighs a product: a verdict, stars, pros and cons, "I/we tested".
# Not a bare "review" or "verdict": ministers review situations and juries return verdicts.
# Not a bare "7/5" either: that is a tie-break.
REVIEW_WORDS = re.compile(
    r"\b(?:review(?=:)|(?:our|this|full|in-depth|quick|first|long-term) review|hands-on|verdict(?=:)|our verdict|"
    # "The good: … The bad: …": the verdict box of a gadget review. Not a bare "good" or "bad".
    r"pros and cons|pros(?=:)|cons(?=:)|the good(?=:)|the bad(?=:)|our pick|top pick|editors?'? choice|"
    # Not "I tried to…", "we used to…": an attempt or a habit, which a witness or a player tells a reporter.
    r"(?:we|i)(?:'ve|’ve| have)? tested|(?:we|i) (?:have )?(?:used|tried)(?! to\b)|"
    # A roundup's award labels: "Best overall: …", "Best budget: …", "Best for carpets: …".
    r"best (?:overall|budget|value|buy|premium|splurge|for [\w\-]+(?: [\w\-]+)?)(?=:)|out of (?:5|five|10|ten)\b(?! (?:games|matches|cases|people))|"
    r"\d(?:\.\d)?/10|\d\.\d/5|"
    r"(?:\d(?:\.\d)?|one|two|three|four|five) stars|плюсы(?=:)|минусы(?=:)|итог(?=:)|"
    # A review's verdict and its score stand alone ("Вердикт:", "8 из 10."); a count goes on to what it counts ("из
    # десяти сыгранных", "из 10 россиян"), and juries and systems return verdicts too. "Обзор" heads a review's
    # headline or line ("Обзор: …", "Обзор Nova 6"); inside a text it is a market's or a newsletter's review.
    # Russian stars are a score only out of five ("четыре звезды из пяти"): "три звезды «Зенита»", "звезды эстрады",
    # "отель пять звезд", "три звезды Мишлен" are players, celebrities, hotels and awards in news. The pros and cons are
    # a verdict box's labels ("Плюсы: …"), not "эксперт назвал плюсы и минусы удаленки". Testing is a reviewer's in
    # the first person or opening a line ("Мы протестировали…", "Протестировали Nova 6:"), not "в области
    # протестировали 12 тысяч человек".
    r"(?:^|(?<=\n)|(?<=: ))обзор\w*|вердикт(?=:)|наш вердикт|из (?:пяти|5|десяти|10)\b(?!\s*[а-яёa-z])|"
    r"(?:одна|две|три|четыре|пять|\d) звезд\w* из (?:пяти|5)|(?:мы|я) протестировал\w*|(?:^|(?<=\n))протестировал\w*)\b",
    re.IGNORECASE,
)
# Shopping: prices cut for the reader, codes, affiliate disclosures. Not a bare "deal", "discount",
# "on sale" or "акции": mergers, price cuts, product launches and shares are news.
DEAL_WORDS = re.compile(
    r"(?:\d+\s?% off|\$\d+ off|save \$\d+|скидк\w*|промокод\w*|рассрочк\w*|в подарок|по сниженным ценам)|"
    r"\b(?:(?:best|top|today's|this|early) deals?|deals? (?:alert|ends?|of the day)|promo code|coupon\w*|discount code|black friday|cyber monday|lowest price|price drop|"
    r"affiliate|(?:earn|receive) a commission|(?:at|from|on) (?:amazon|walmart|best buy|target|argos|currys)(?= (?:right now|today|for))|"
    r"while stocks? lasts?|prices? (?:may change|may vary|were accurate|was accurate|correct at)|цены актуальны|количество товаров ограничено|акция действует|"
    # Shopping copy: the price a reader pays now against the one before, and how to get it. Not
    # "down from $…": earnings reports compare so; down from a list price is a shop's.
    # A clearance is a shop's: "the online clearance", "end of season sale".
    r"(?:clearance|end[- ]of[- ]season) sales?|(?:online|summer|winter|warehouse|stock) clearance|"
    r"half price|down from(?= (?:an? rrp|its (?:usual|normal|full|list)))|rrp|was £[\d.]+,? now|snap up|bargains?|free (?:delivery|returns|shipping)|stock is limited|"
    r"за полцены|(?:бесплатная доставка|доставка бесплатная))\b",
    re.IGNORECASE,
)
# What's-on listings: hours, tickets, entry, booking. A range of opening hours ("10am to 5pm"),
# not a single time: reports time events to the minute.
LISTING_WORDS = re.compile(
    r"\b(?:\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm)?\s?(?:-|–|to|until|till)\s?\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm)|"
    r"tickets? (?:from|cost|are)|(?:entry|admission) (?:is )?free|free entry|"
    r"booking (?:essential|required)|doors open|вход свободный|билеты от|начало в \d|запись по телефону|"
    r"с \d{1,2} до \d{1,2} часов)\b",
    re.IGNORECASE,
)
SERVICE_WORDS = re.compile(
    r"\b(?:рецепт\w*|ингредиент\w*|столов\w+ ложк\w*|чайн\w+ ложк\w*|по вкусу|советы|совет\w* эксперт\w*|лайфхак\w*|"
    r"подборк\w*|чек-лист|рассылк\w*|отписаться|"
    r"читайте в нашем материале|предлагаем|рассказываем|разбираемся|пройдите тест|"
    r"recipe\w*|ingredients?|tablespoons?|teaspoons?|to taste|tips|how to|step-by-step|пошагов\w*|"
    r"crossword|sudoku|we recommend|we've rounded up|newsletter|unsubscribe|"
    r"wherever you get your podcasts|terms and conditions apply|competition closes|take our quiz|in your inbox|"
    # Betting tips and the health explainer's hedge ("could point to low iron"), both timeless.
    r"betting tips|our prediction|gamble responsibly|odds (?:are )?correct|could (?:point to|be a sign)|may be a sign|"
    r"прогноз и ставк\w*|ставк\w* на спорт|мо(?:жет|гут) говорить о|может быть признаком|мы собрали)\b",
    re.IGNORECASE,
)
# The outlet's own declaration that the page is an advertisement, which Russian law (the "Реклама" mark with its
# erid since 2022) and the codes of English publishers require: page-level phrases only. An ad slot's bare "Реклама"
# or "Advertisement", a recommendation widget's "Sponsored content" and a podcast's "brought to you by" sit on news
# pages too, and are not counted. An erid is a label only with its token ("erid: 2VtzqvXa9k"): a report on the
# marking rules names the field with none ("строку вида erid: с кодом").
AD_MARK = re.compile(
    r"\b(?:на правах рекламы|партн[её]рский материал|рекламн\w+ материал|материал (?:подготовлен|предоставлен) "
    r"(?:при поддержке|партн[её]ром|рекламодател\w+)|реклама\.?\s*\d{1,2}\s?\+|erid\s*:\s*[A-Za-z0-9]{5,}|"
    r"paid (?:content|post|partnership|promotion|for by)|advertisement feature|advertorial|partner content|"
    r"(?:produced|created|written) (?:in (?:partnership|association) with|by our partner)|"
    r"this (?:article|content|post) (?:is|was) (?:sponsored|paid for))",
    re.IGNORECASE,
)
# The advertiser a Russian ad's label names by its legal form: «Реклама. ООО «Ромашка-Трейд». erid: …», «ПАО Сбербанк».
ADVERTISER = re.compile(
    r"\b(?:ООО|ОАО|ПАО|ЗАО|НАО|АО|ИП|АНО|НКО)\.?\s+(?P<name>«[^»]{2,60}»|\"[^\"]{2,60}\"|“[^”]{2,60}”|"
    r"[A-ZА-ЯЁ][\w\-]+(?:\s+[A-ZА-ЯЁ][\w\-]*){0,2})"
)
# A market-research firm's page selling its report: the offer ("Request a sample", "Buy the full report", "Inquire
# before buying") and the report's own boilerplate (a CAGR over a "forecast period", the "key players profiled"). A
# newsroom's story about such a report quotes its figures and its firm, not its order form or its table of contents.
REPORT_SALE = re.compile(
    r"\b(?:request (?:a |for )?(?:free )?sample|(?:download|get) (?:a |the |your )?(?:free )?sample|"
    r"buy (?:the |this )?(?:full |complete )?report|(?:inquire|enquire|ask) (?:before|for) (?:buying|purchas\w*|"
    r"customi[sz]ation)|customi[sz]ation of the report|(?:single|multi)-user licen[cs]e|table of contents|report scope|"
    r"key (?:players|companies|vendors) (?:profiled|covered|included|include|operating)|(?:major|leading|prominent) "
    r"(?:companies|players|vendors) (?:covered|profiled)|(?:during|over|in|for) the forecast period|at a CAGR|"
    r"a CAGR of|(?:companies|players|vendors) operating in the (?:global )?market|"
    r"segmentation by (?:type|application|region|product)|"
    # The same in Russian: «Запросить образец отчета», «получить демоверсию отчёта», «Купить полный отчет», «доли
    # ключевых игроков», «среднегодовой темп роста (CAGR)», «в течение прогнозного периода», «сегментация по типу».
    r"(?:запросит\w*|получит\w*|скачат\w*|скачайте|заказат\w*|закажите)\s+(?:бесплатн\w+\s+)?(?:образ(?:ец|цы)|"
    r"демо-?верси\w+|пробн\w+\s+верси\w+)|(?:образ(?:ец|цы)|демо-?верси\w+)\s+(?:отч[её]т|исследовани)\w*|"
    r"(?:купит\w*|приобрест\w*|купите|приобретите)\s+(?:полн\w+\s+)?(?:верси\w+\s+)?(?:отч[её]т|исследовани)\w*|"
    r"(?:дол\w+|профил\w+|обзор\w*|анализ\w*)\s+ключев\w+\s+(?:игрок|участник|производител)\w*|"
    r"ключев\w+\s+(?:игрок|участник)\w*(?:\s+рынка)?(?=:)|(?<=\()CAGR(?=\))|"
    r"(?:в течение|на протяжении) прогнозного периода|(?:в|на|за) прогнозный период|"
    r"сегментаци\w+ по (?:тип|регион|применени|продукт)\w*|"
    # A report's headline: a market, a span of years and the facets it sells ("Smart Lock Market 2026-2032: Size, Share,
    # Growth", «Рынок умных колонок 2026–2032: объём, доля, прогноз»). A newsroom's forecast story names one figure.
    r"(?:market|рын(?:ок|ка|ке|ку))\b[^\n:]{0,80}?\b(?:19|20)\d\d\s?[–—-]\s?(?:19|20)\d\d\b[^\n]{0,40}?"
    r"\b(?:size|share|объ[её]м|дол[яи]|размер)\w*\s*(?:,|and|&|и)\s*(?:size|share|growth|trends?|forecast|analysis|"
    r"объ[её]м|дол[яи]|прогноз|тенденци|анализ|рост)\w*)\b",
    re.IGNORECASE,
)
# A paid death notice's arrangements: where and when to pay respects, and where to give instead of flowers. A
# newsroom's obituary tells a life and who confirmed the death; it names no visitation hours.
DEATH_NOTICE = re.compile(
    r"\b(?:in lieu of flowers|(?:online )?condolences may be (?:shared|left|offered|sent)|visitation will be held|"
    r"memorial (?:contributions|donations) may be made|(?:funeral|memorial) (?:services?|mass) will be held|"
    r"celebration of life will be held|arrangements (?:are|were) (?:entrusted to|under the direction of))\b",
    re.IGNORECASE,
)
# A call to act on the spot: buy, order, subscribe, share, sign up. A report tells; an advert asks.
CALL_TO_ACT = re.compile(
    r"\b(?:купите|закажите|заказывайте|успейте|подпишитесь|подписывайтесь|делитесь|поделитесь|переходите|"
    r"скачайте|регистрируйтесь|зарегистрируйтесь|звоните|спешите|оставьте свой|buy now|shop now|order now|"
    r"order today|call now|book now|register today|sign up|subscribe|click here|don't miss|"
    # Not what a feature lets users do ("you'll be able to share your…") nor a witness "in a hurry".
    r"(?<!to )(?<!can )(?<!will )(?<!'ll )share (?:it|this|your)|(?<!in a )(?<!no )hurry|grab (?:one|yours|it|a)|check out|let us know|tell us|scroll (?:down|through)|shop our)\b",
    re.IGNORECASE,
)
NEWS_SOURCE = re.compile(
    r"\((?:reuters|ap|afp|ians|pti|ani|рейтер|тасс|риа новости|интерфакс)\)|"
    r"\b(?:сообщил\w*|заявил\w*|рассказал\w*|отметил\w*|передает|передают|сообщает|сообщают|информирует|пишет|"
    r"по данным|по словам|по мнению|по оценк\w+|по информации|говорится в|как стало известно|пресс-служб\w+|"
    r"said|says|told|announced|according to|reported|reportedly|confirmed|spokes(?:man|woman|person))\b",
    re.IGNORECASE,
)
# A headline that credits its words: "Липпи: «…»", "Ягудин — о переходе Трусовой: …". Sports and
# politics sites run interviews so, with the speech set off by dashes that no quotation pattern sees.
TITLE_SPEAKER = re.compile(
    r"^[A-ZА-ЯЁ][\w\-]+(?:\s[A-ZА-ЯЁ][\w\-]+)?(?::\s*[«\"“]|\s[—–-]\s(?:о|об|про|on|about)\s)"
)
NEWS_TIME = re.compile(
    r"\b(?:вчера|сегодня|накануне|в понедельник|во вторник|в среду|в четверг|в пятницу|в субботу|в воскресенье|"
    r"yesterday|today|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|last week|this week)\b",
    re.IGNORECASE,
)
# A report narrates what happened: past-tense verbs. English by its regular ending and the
# common irregular verbs of reports; Russian by the past ending of a verb stem (-ал, -ил, -ел…).
EN_PAST = re.compile(
    r"\b(?:[a-z]{2,}(?<!e)ed|said|told|won|lost|made|took|gave|came|went|was|were|had|did|fell|rose|hit|beat|met|"
    r"left|began|became|found|got|held|led|paid|sold|ran|saw|spoke|wrote|struck|threw|broke|chose|drove|"
    r"brought|bought|built|caught|fought|kept|put|set|shut|sent|spent|stood|withdrew|grew|knew|quit)\b",
    re.IGNORECASE,
)
RU_PAST = re.compile(
    r"\b(?:[а-яё]+(?:ал|ял|ил|ел|ул|ыл)(?:а|о|и)?(?:сь|ся)?|[а-яё]*(?:шел|шла|шло|шли|мог|могла|могли|умер|умерла|"
    r"рос|росла|росли|вез|везла|несла|нес))\b",
    re.IGNORECASE,
)
# "МОСКВА, 3 апреля.", "LONDON (Reuters) -", "/ТАСС/.": where and when the wire filed it.
DATELINE = re.compile(
    r"^\s*(?:[A-ZА-ЯЁ][A-ZА-ЯЁ .\-]{2,30},\s+\d{1,2}\s+[а-яё]+|[A-ZА-ЯЁ][A-ZА-ЯЁ .\-]{2,30}(?:,\s+[A-Za-z]+\.?\s+\d{1,2})?"
    r"\s*\([A-Za-zА-Яа-яЁё ]+\)\s*[-–—]|.{0,60}/[А-ЯЁA-Z][^/\n]{1,40}/\.)",
)
