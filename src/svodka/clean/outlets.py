"""One name per outlet: a site's name from its address, and a name that is an address written as that site.

An archive names one outlet several ways: a dump's field holds "www.reuters.com", another record only has its URL
(reuters.com), a mobile copy sits on "m.lenta.ru", a saved page's AMP copy on "amp.rbc.ru". Per-outlet counts split
unless each of these is one name. The rule (README, "Outlets:" under Usage): the name the input gives (a record's `outlet`, a
feed's title for the items on its own site, a page's site name) is kept; a given name that is an address is written
as its site; without a name, the URL's site; a credit in the text ("(Reuters) -") only when there is no URL, since
the site that published a report is the outlet whose telling it is, whoever it credits.

One site still goes by two names when some of its articles give a name and others only their URL (a feed titled
"Reuters" and a dump's reuters.com records): the store's articles of the site that give a name tell it (`site_names`),
and a new article that gave only its URL takes it (`names_for_unnamed`), so that a story counts one outlet there.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from urllib.parse import urlparse

# Hosts of one site's editions for other screens: "www.x.ru", "www2.x.ru", "m.x.ru", "amp.x.ru", "mobile.x.ru".
SCREEN_PREFIX = re.compile(r"^(?:www\d?|m|amp|mobile)\.(?=[^.]+\.)")
# A name written as an address: "www.reuters.com", "https://lenta.ru/", "Lenta.ru" (no spaces, a dotted host).
ADDRESS_LIKE = re.compile(r"(?:https?://)?(?:[\w-]+\.)+[^\W\d_]{2,}(?::\d+)?/?", re.IGNORECASE)


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


def same_site(url: str | None, other: str | None) -> bool:
    """Whether two addresses are on one site: the same site, or one a part of the other (news.x.org, x.org)."""
    first, second = site_of(url), site_of(other)
    if not first or not second:
        return False
    return first == second or first.endswith("." + second) or second.endswith("." + first)


def site_names(outlets_by_url: Iterable[tuple[str, str | None]]) -> dict[str, str]:
    """The name each site goes by, from (url, outlet) of stored articles: the one name all its articles that give
    a name give. A site named two ways has none: an aggregator's items on news.google.com credit Reuters and AP
    (their `<source>`), and a site's channels title themselves apart ("Reuters: World", "Reuters: Business")."""
    given: dict[str, set[str]] = defaultdict(set)
    for url, outlet in outlets_by_url:
        if outlet and not ADDRESS_LIKE.fullmatch(outlet.strip()) and (site := site_of(url)) and outlet != site:
            given[site].add(outlet)
    return {site: names.pop() for site, names in given.items() if len(names) == 1}


def names_for_unnamed(articles: list[tuple[str, str, str | None, bool]]) -> dict[str, str]:
    """From (id, url, outlet, grouped) of the stored articles, id → name for each article not yet grouped that gave
    only its URL (its outlet is the URL's site) and whose site the others name (`site_names`). A record's own
    `outlet` is a name given: kept. Grouped articles keep theirs, since their stories counted them so."""
    waiting = {article_id: site for article_id, url, outlet, grouped in articles
               if not grouped and outlet and (site := site_of(url)) == outlet}
    if not waiting:  # most runs: every new article named, or a dump of URLs alone on a store of them
        return {}
    names = site_names((url, outlet) for _, url, outlet, _ in articles)
    return {article_id: names[site] for article_id, site in waiting.items() if site in names}
