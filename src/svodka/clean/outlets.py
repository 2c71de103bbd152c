"""One name per outlet: a site's name from its address, and a name that is an address written as that site.

An archive names one outlet several ways: a dump's field holds "www.reuters.com", another record only has its URL
(reuters.com), a mobile copy sits on "m.lenta.ru", a saved page's AMP copy on "amp.rbc.ru". Per-outlet counts split
unless each of these is one name. The rule (README, "Outlets:" under Usage): the name the input gives (a record's `outlet`, a
feed's title for the items on its own site, a page's site name) is kept; a given name that is an address is written
as its site; without a name, the URL's site; a credit in the text ("(Reuters) -") only when there is no URL, since
the site that published a report is the outlet whose telling it is, whoever it credits.

One site still goes by two names when some of its articles give a name and others only their URL (a feed titled
"Reuters" and a dump's reuters.com records): the store's articles of the site that give a name tell it (`site_names`),
and every article that gave only its URL takes it (`names_for_unnamed`), whenever it came, so that a story counts one
outlet there; a name so assigned is no vote for the site's name (the names given decide, the assigned follow them). A
site whose articles give several names is named by the part they share before a feed's section ("Reuters: World" and
"Reuters" are "Reuters"), else by the commonest name that spells its address ("BBC News" over "BBC" on bbc.co.uk); an
aggregator's items credit outlets that are not the site ("Reuters", "AP" on news.google.com): no name.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Set
from functools import lru_cache
from urllib.parse import urlparse

from svodka.clean.names import KNOWN_WIRES

# Hosts of one site's editions for other screens: "www.x.ru", "www2.x.ru", "m.x.ru", "amp.x.ru", "mobile.x.ru".
SCREEN_PREFIX = re.compile(r"^(?:www\d?|m|amp|mobile)\.(?=[^.]+\.)")
# A name written as an address: "www.reuters.com", "https://lenta.ru/", "Lenta.ru" (no spaces, a dotted host ending in
# a domain: Latin letters in one case, or a Cyrillic one). A brand with a dot is its name as written: «Прикамье.ру»
# («ру» is no domain), «Сибирь.Онлайн», «Екатеринбург.День» (a capital after the dot).
CYRILLIC_DOMAINS = r"рф|бел|укр|қаз|срб|мкд|рус|москва|онлайн|сайт"
ADDRESS_LIKE = re.compile(r"(?:https?://|www\.)\S+|(?:[\w-]+\.)+(?:[a-z]{2,}|[A-Z]{2,}|" + CYRILLIC_DOMAINS
                          + r")(?::\d+)?/?")
# What sets a feed's section off its outlet's name: "Reuters: World", "BBC News - World", "Guardian | Sport".
SECTION_SEPARATOR = re.compile(r"\s*[:|]\s+|\s+[-–—]\s+")
# An address's labels that name no outlet before its country's domain: "bbc.co.uk" is BBC's, "abc.net.au" ABC's.
SECOND_LEVEL_LABELS = {"co", "com", "org", "net", "gov", "edu", "ac"}


def site_of(url: str | None) -> str | None:
    """The site of an address, as its outlet's name: "https://www.reuters.com/article/x" → "reuters.com"."""
    if not url:
        return None
    try:
        host = (urlparse(url if "//" in url else f"//{url}").hostname or "").lower().rstrip(".")
    except ValueError:  # "http://[bad": no host to name
        return None
    return SCREEN_PREFIX.sub("", host) if "." in host else None  # "news/1", a relative link, names no site


def outlet_name(given: str) -> str:
    """A given outlet name, an address written as its site ("www.reuters.com" → "reuters.com"), others as given."""
    return (site_of(given) or given) if ADDRESS_LIKE.fullmatch(given.strip()) else given


def feed_outlet(title: str, home: str | None) -> str:
    """A feed's title as its outlet's name: "Reuters: World News" on reuters.com → "Reuters", so that its items count
    under the outlet's name. The part before the separator is the outlet only when it is a known wire or spells the
    feed's site ("AP News - Top Stories" on apnews.com); else the title is the name ("Storm Watch: Wales" on a blog,
    "Sport: Latest news" on rt.com)."""
    head = SECTION_SEPARATOR.split(title.strip(), maxsplit=1)[0].strip()
    site = site_of(home)
    spelled = bool(site) and _spells_site(head, site)
    return head if head and (spelled or head.lower() in KNOWN_WIRES) else title


def same_site(url: str | None, other: str | None) -> bool:
    """Whether two addresses are on one site: the same site, or one a part of the other (news.x.org, x.org)."""
    first, second = site_of(url), site_of(other)
    if not first or not second:
        return False
    return first == second or first.endswith("." + second) or second.endswith("." + first)


def site_names(outlets_by_url: Iterable[tuple[str, str | None]]) -> dict[str, str]:
    """The name each site goes by, from (url, outlet) of stored articles: the name its articles that give a name
    give (`reader_name` when they give several)."""
    given: dict[str, Counter[str]] = defaultdict(Counter)
    for url, outlet in outlets_by_url:
        if outlet and not ADDRESS_LIKE.fullmatch(outlet.strip()) and (site := _stored_site(url)) and outlet != site:
            given[site][outlet] += 1
    return {site: name for site, names in given.items() if (name := reader_name(site, names))}


def reader_name(site: str, names: Counter[str]) -> str | None:
    """The name a reader knows a site by, from the names its articles give and how often: the one name; the part
    every name shares before a feed's section ("Reuters: World", "Reuters: Business" → "Reuters"); else the
    commonest of those that spell the site's address ("BBC News" ×3, "BBC" on bbc.co.uk → "BBC News"). None when
    no name is the site's own: an aggregator's items credit the outlets they come from."""
    if len(names) == 1:
        return next(iter(names))
    heads = {SECTION_SEPARATOR.split(name, maxsplit=1)[0].strip() for name in names}
    if len(heads) == 1 and (head := heads.pop()):
        return head
    spelled = Counter({name: count for name, count in names.items() if _spells_site(name, site)}).most_common(2)
    return spelled[0][0] if spelled and (len(spelled) == 1 or spelled[0][1] > spelled[1][1]) else None


def names_for_unnamed(articles: Iterable[tuple[str, str, str | None]],
                      assigned: Set[str] = frozenset()) -> dict[str, str]:
    """From (id, url, outlet) of the stored articles, id → name for each article that gave only its URL (its outlet
    is the URL's site, or a name `assigned` to it here before) and whose site the others name (`site_names`),
    grouped or not, when the name differs: a name learnt later reaches the articles stored before it. A record's
    own `outlet` is a name given: kept. Only the names given vote: an assigned name repeats them, and counting it
    would let a site's many URL-only articles outvote the names its own feeds and records give later."""
    articles = list(articles)
    waiting = {article_id: (site, outlet) for article_id, url, outlet in articles
               if outlet and (site := _stored_site(url)) and (site == outlet or article_id in assigned)}
    if not waiting:  # most runs: every article named, or a dump of URLs alone on a store of them
        return {}
    names = site_names((url, outlet) for article_id, url, outlet in articles if article_id not in assigned)
    return {article_id: names[site] for article_id, (site, outlet) in waiting.items()
            if site in names and names[site] != outlet}


def _stored_site(url: str) -> str | None:
    """`site_of` for every stored article at each run: an absolute URL's host cut out by hand and its site
    remembered: parsing each URL (urllib) took 2.4 s for 60,000 articles, this 0.5 s."""
    scheme, slashes, rest = url.partition("//")
    if not slashes or scheme not in ("http:", "https:", ""):
        return site_of(url)
    return _host_site(rest.partition("/")[0].partition("?")[0].partition("#")[0])


@lru_cache(maxsize=1 << 16)
def _host_site(host: str) -> str | None:
    return site_of("//" + host)


def _spells_site(name: str, site: str) -> bool:
    """Whether a name opens with its site's label, letters and digits alone ("AP News" on apnews.com, "BBC News" on
    bbc.co.uk): a word that merely holds a short label ("Sport" on rt.com) names a section."""
    return "".join(filter(str.isalnum, name.lower())).startswith(_own_label(site))


def _own_label(site: str) -> str:
    """The label of an address an outlet's name spells: "bbc.co.uk" → "bbc", "news.google.com" → "google"."""
    labels = site.split(".")[:-1]
    while len(labels) > 1 and labels[-1] in SECOND_LEVEL_LABELS:
        labels.pop()
    return labels[-1]
