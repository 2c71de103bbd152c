"""The JSON export: the contract other tools build on (schema/export.schema.json).

Every field is always present; a field with nothing found is empty ([] or null),
never missing, so consumers need no special cases as svodka learns more. The web API
gives the same things under the same names: its story and article records are built
here, and so are the story list's and search's (`listing_record`, `search_record`: `svodka stories --json` and
`svodka search --json` give them too); its own shorter records (the not-news list: svodka.web.app) give times
through `published_fields` and `span_fields`, as these do.

Outlets print times with a zone or without one, and a time printed without one cannot
be placed on the clock (svodka.times): every time `X` therefore comes with `X_utc`, the
instant in UTC when the zone is known (null when not), and `X_zone_known`, so a column of
`X_utc` loads as one zone-aware datetime column (pandas refuses a mix of zoned and
naive strings) while `X` keeps the time as the outlet printed it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from svodka.categorise.explain import Cue, explanation
from svodka.model import Article, Story, to_dict
from svodka.rank import outlet_count
from svodka.story_span import StorySpan, story_span
from svodka.store import Store, StoredArticle
from svodka.store.db import ArticleListing, ArticleVersion, ReportTime, StoryListing

if TYPE_CHECKING:
    from svodka.report.views import SearchGroup
    from svodka.store.search import Query


def article_record(stored: StoredArticle, story: str | None) -> dict[str, Any]:
    """One article as the schema describes it: its URL (when known) stands for its origin; `story` is the exported
    story that lists it (None while a writer has grouped it into a story not yet built with it)."""
    article = stored.article
    return {
        "id": article.id,
        "origin": article.url or article.origin,
        "url": article.url,
        "source_id": article.source_id,
        "author": article.author,
        "outlet": article.outlet,
        "title": article.title,
        **published_fields(article),
        "language": stored.analysis.language,
        "section": article.section,
        "dateline": article.dateline,
        "text": article.text,
        "story": story,
        "news": stored.analysis.news,
        "category": stored.analysis.category,
        "label_source": stored.label_source,
        "why": why_record(stored),
    }


def why_record(stored: StoredArticle) -> dict[str, Any]:
    """The model's evidence for its labels (svodka.categorise.explain)."""
    why = explanation(stored.article, stored.analysis)
    supporting, against = why.loudest(why.news)
    return {
        "news": why.news,
        "not_news_score": why.not_news_score,
        "cues": _cue_records(supporting),
        "cues_against": _cue_records(against),
        "category_scores": why.category_scores,
    }


def _cue_records(cues: list[Cue]) -> list[dict[str, Any]]:
    return [{"cue": cue.name, "phrase": cue.phrase, "share": cue.share} for cue in cues]


def story_record(story: Story, reports: dict[str, ReportTime]) -> dict[str, Any]:
    """One story's schema fields, how it was built (reprints, merged_from) among them: the web API's story record.

    `reports` (Store.report_times) gives its first and last time, each flagged when its year was guessed and when
    it is a day with no time of day, and its outlets, counted as the story list counts them (`outlets`; the rank's
    `rank_components.outlets` is the same count without the articles `reprints` names as copies).
    """
    record = to_dict(story)
    span = story_span(reports[a] for a in story.articles if a in reports)
    return {key: record[key] for key in
            ("id", "title", "articles", "summary", "entities", "quotes", "differences", "timeline",
             "category", "rank", "rank_components", "reprints", "merged_from")} | {
        "outlets": outlet_count(reports[a].outlet for a in story.articles if a in reports),
        **span_fields(span),
    }


def version_record(version: ArticleVersion) -> dict[str, Any]:
    """An earlier version of an article (the same page before an edit): its title, time, text, when svodka stored
    it, and what the version after it changed (`changes`, as a reader says it). The export and the API give it alike."""
    article = version.article
    return {"id": article.id, "title": article.title, **published_fields(article),
            "stored_at": version.stored_at.isoformat(), "text": article.text, "title_changed": version.title_changed,
            "text_changed_percent": version.text_changed, "published_changed": version.published_changed,
            "changes": version.changes()}


def _with_versions(store: Store, record: dict[str, Any], edited: set[str]) -> dict[str, Any]:
    """An article's record with its earlier versions, asked only of the articles that have any (`edited`)."""
    if record["id"] in edited:
        record["versions"] = [version_record(v) for v in store.versions(record["id"])]
    return record


def published_fields(article: Article | ArticleListing) -> dict[str, Any]:
    """An article's time as every record of it gives it: `time_fields` of `published` and the flags saying how
    sure it is (year guessed, day from its URL, day only)."""
    return {**time_fields("published", article.published),
            "published_year_guessed": article.published_year_guessed,
            "published_from_url": article.published_from_url,
            "published_day_only": article.published_day_only}


def listed_article(article: Article | ArticleListing) -> dict[str, Any]:
    """An article as a list names it (the API's search, not-news and gone-story lists, `svodka search --json`): id,
    title, outlet and its time with the flags saying how sure it is."""
    return {"id": article.id, "title": article.title, "outlet": article.outlet, **published_fields(article)}


def listing_record(listing: StoryListing) -> dict[str, Any]:
    """A story of the ranked list as `svodka stories --json` and /api/stories give it: the export's names, with
    the counts the list adds (`reports`, `outlets`); the story in full is `story_record`."""
    return {"id": listing.story_id, "title": listing.title, "rank": listing.rank, "reports": listing.reports,
            "outlets": listing.outlets, **span_fields(listing), "languages": listing.languages,
            "key_entities": listing.entities, "category": listing.category,
            "rank_components": listing.rank_components}


def search_record(q: str, query: Query, total: int, partial: bool, groups: list[SearchGroup]) -> dict[str, Any]:
    """A search's answer as /api/search and `svodka search --json` give it: what the query `q` matched (each word's
    lemmas, the phrases, the words ignored or excluded), how many hits match in all (`total`: a text printed again
    is one hit), whether only some of the words matched (`partial`), and the hits shown grouped by story, each with
    its matching sentence and the ids of its copies (the same text printed again, folded into it: `copies`)."""
    return {"query": q, "terms": [sorted(term.lemmas) for term in query.terms],
            "phrases": [" ".join(phrase.words) for phrase in query.phrases], "ignored": list(query.ignored),
            "excluded": query.excluded_words(), "partial": partial, "total": total,
            "stories": [{"id": group.story_id, "title": group.title if group.story_id else None,
                         "articles": [listed_article(hit.article) | {"sentence": "".join(text for _, text in hit.sentence),
                                                                     "copies": hit.copies}
                                      for hit in group.articles]} for group in groups]}


def span_fields(span: StorySpan | StoryListing) -> dict[str, Any]:
    """A story's first and last time as every record of it gives them, each with its flags: from its reports'
    span (svodka.story_span), or as the story list keeps it."""
    return {**time_fields("first_published", span.first),
            "first_published_year_guessed": span.first_year_guessed,
            "first_published_day_only": span.first_day_only,
            **time_fields("last_published", span.last),
            "last_published_year_guessed": span.last_year_guessed,
            "last_published_day_only": span.last_day_only}


def time_fields(name: str, moment: datetime | str | None) -> dict[str, Any]:
    """A time as printed (`name`, ISO 8601, with its offset when the outlet gave a zone), the instant in UTC
    (`name_utc`, null when the zone is unknown: a wall-clock time is not an instant) and `name_zone_known`."""
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    known = moment is not None and moment.utcoffset() is not None
    return {name: moment.isoformat() if moment else None,
            f"{name}_utc": moment.astimezone(timezone.utc).isoformat() if known else None,
            f"{name}_zone_known": known}


def full_export(store: Store) -> dict[str, Any]:
    """The JSON export: every article, then every built story, highest rank first (as `svodka stories`), read in
    one snapshot, so every article's story is among the stories even while a writer regroups. In memory whole: the
    CLI writes `export_text` instead."""
    with store.reading():
        listed_in = store.listing_stories()
        return {"articles": list(_article_records(store, listed_in)), "stories": list(_story_records(store))}


def export_text(store: Store) -> Iterator[str]:
    """The JSON export's text, piece by piece, as `json.dumps(full_export(store), ensure_ascii=False, indent=2)`
    and a newline write it, byte for byte: one record at a time in memory, so an archive of any size exports in the
    memory of its largest article or story (one snapshot, as full_export)."""
    with store.reading():
        listed_in = store.listing_stories()
        yield '{\n  "articles": '
        yield from _json_array(_article_records(store, listed_in))
        yield ',\n  "stories": '
        yield from _json_array(_story_records(store))
        yield "\n}\n"


def _json_array(records: Iterable[dict[str, Any]]) -> Iterator[str]:
    """A list of records as json.dumps(..., indent=2) writes it one level down in a document: each record's own lines
    indented by two levels (a JSON string holds no raw newline, so every newline is a line break)."""
    opening = "[\n    "
    for record in records:
        yield opening + json.dumps(record, ensure_ascii=False, indent=2).replace("\n", "\n    ")
        opening = ",\n    "
    yield "[]" if opening == "[\n    " else "\n  ]"


def _article_records(store: Store, listed_in: dict[str, str]) -> Iterator[dict[str, Any]]:
    """Every article's record, in the order the store received them; `listed_in`: the story listing each one."""
    edited = store.articles_with_versions()
    for stored in store.articles():
        yield _with_versions(store, article_record(stored, listed_in.get(stored.article.id)), edited)


def _story_records(store: Store) -> Iterator[dict[str, Any]]:
    """Every built story's record, highest rank first, each read and timed alone."""
    for story in store.ranked_stories():
        yield story_record(story, store.report_times(story.articles))


def story_lines(store: Store, left_out: dict[str, int] | None = None) -> Iterator[dict[str, Any]]:
    """JSONL export: one story per line, highest rank first, its articles given in full (one snapshot, as
    full_export), each line read alone. `left_out`, when given, is filled with the articles no line holds
    (Store.left_out_of_stories) as the first line is read, in that snapshot: the count said agrees with the lines
    even while a writer groups more."""
    with store.reading():
        if left_out is not None:
            left_out.update(store.left_out_of_stories())
        listed_in, edited = store.listing_stories(), store.articles_with_versions()
        for story in store.ranked_stories():
            record = story_record(story, store.report_times(story.articles))
            members = (store.article(article_id) for article_id in story.articles)
            record["articles"] = [_with_versions(store, article_record(stored, listed_in.get(stored.article.id)),
                                                 edited) for stored in members if stored is not None]
            yield record


def jsonl_text(lines: Iterable[dict[str, Any]]) -> Iterator[str]:
    """The JSONL export's text: each story line as one line of JSON (UTF-8 as written)."""
    for line in lines:
        yield json.dumps(line, ensure_ascii=False) + "\n"
