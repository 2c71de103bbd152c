"""One name per outlet: a site's name from its address, and a name that is an address written as that site.

An archive names one outlet several ways: a dump's field holds "www.reuters.com", another record only has its URL
(reuters.com), a mobile copy sits on "m.lenta.ru", a saved page's AMP copy on "amp.rbc.ru". Per-outlet counts split
unless each of these is one name. The rule (README, "Outlets:" under Usage): the name the input gives (a record's `outlet`, a
feed's title for the items on its own site, a page's site name) is kept; a given name that is an address is written
as its site; without a name, the URL's site; a credit in the text ("(Reuters) -") only when there is no URL, since
the site that published a report is the outlet whose telling it is, whoever it credits.
"""

from __future__ import annotations

import re
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
