"""The JSON API's answers as JSON Schema in /openapi.json, so that a generated client gets types.

The export's schema (schema/export.schema.json) is the reference: its $defs become the OpenAPI components as they
are (a story is the export's `story`, an article the export's `article`), and the API's own answers (the story
list, search, not news, an error) are built here from the export's fields by name, with the deprecated names the
API still sends beside the new ones marked `deprecated`. tests/test_web_api_schema.py validates real answers
against it, so the description cannot drift from what is sent.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from pydantic import BaseModel, ConfigDict

# The names the API gave before it took the export's, still sent beside the new ones for this release (0.1.x) and
# documented as deprecated (here and in the export schema's $comment); old name -> new name.
DEPRECATED_STORY_NAMES = {"story_id": "id", "first": "first_published", "last": "last_published",
                          "first_year_guessed": "first_published_year_guessed",
                          "last_year_guessed": "last_published_year_guessed",
                          "first_day_only": "first_published_day_only", "last_day_only": "last_published_day_only"}
# The list's key entity names: the export's `entities` are objects (name, type, articles).
DEPRECATED_LISTING_NAMES = DEPRECATED_STORY_NAMES | {"entities": "key_entities"}
DEPRECATED_ARTICLE_NAMES = {"article": "id"}  # a correction's answer, POST /api/articles
DEPRECATED_SEARCH_NAMES = {"story": "id"}  # a story group of /api/search
DEPRECATED_NOT_NEWS_NAMES = {"why": "news_reason"}  # the export's `why` is the model's evidence as an object
COMPONENTS = "#/components/schemas/"

ERRORS_DESCRIPTION = (
    "Every error of /api/ answers JSON whose `detail` is one readable string (404 \"no story …\", 415, 422 …);"
    " a request that fails validation (422: a bad query parameter, path id or body field) adds `errors`, one"
    " object per problem with its `loc`, `msg` and `type`. A few errors add fields of their own (410: `articles`;"
    " 503 of POST /api/articles: what was stored). Paged lists (/api/stories, /api/search, /api/not-news) answer"
    " a page past the last with 404, as the pages do; page 1 of an empty list is 200 with total 0.")


class ValidationProblem(BaseModel):
    """One thing wrong with a request: where (`loc`: "query", "path" or "body", then the field), and what."""

    loc: list[str | int]
    msg: str
    type: str


class ApiError(BaseModel):
    """The body of every error of /api/ (ERRORS_DESCRIPTION)."""

    model_config = ConfigDict(extra="allow")
    detail: str
    errors: list[ValidationProblem] | None = None  # only when the request failed validation (422)


ERROR_NAMES = {404: "No such thing, or a page past the last", 409: "An id's start that more than one id has",
               410: "Gone", 413: "Body too large", 415: "Not application/json",
               422: "Invalid request (`errors` says what)", 503: "Store busy: try again"}


def error_responses(*codes: int, **descriptions: str) -> dict[int | str, dict[str, Any]]:
    """`responses=` of a route: each error code with ApiError as its body (descriptions by "e404"=…)."""
    return {code: {"model": ApiError, "description": descriptions.get(f"e{code}") or ERROR_NAMES[code]}
            for code in codes}


def answer(schema: str, description: str = "Successful Response") -> dict[int | str, dict[str, Any]]:
    """`responses=` of a route whose 200 answer is the component `schema` (api_components)."""
    return {200: {"description": description, "content": {"application/json": {"schema": _ref(schema)}}}}


@cache
def export_schema() -> dict[str, Any]:
    return json.loads(resources.files("svodka.schema").joinpath("export.schema.json").read_text(encoding="utf-8"))


def api_components() -> dict[str, dict[str, Any]]:
    """The export's $defs (their $refs pointed at the components) and the API's answers built on them."""
    defs = json.loads(json.dumps(export_schema()["$defs"]).replace('"#/$defs/', f'"{COMPONENTS}'))
    story, article = defs["story_fields"]["properties"], defs["article"]["properties"]
    published = {name: value for name, value in article.items() if name.startswith("published")}
    span = {name: value for name, value in story.items() if name.startswith(("first_published", "last_published"))}
    listed_article = {"id": _ref("id"), "title": {"type": "string"}, "outlet": article["outlet"], **published}
    listing = {"id": _ref("id"), "title": story["title"], "rank": story["rank"], "reports": _count("its articles"),
               "outlets": story["outlets"], **span, "languages": _strings("its languages, most articles first"),
               "key_entities": _strings("its most reported entities' names"), "category": story["category"],
               "rank_components": story["rank_components"]}
    judged = {**listed_article, "news": article["news"], "category": article["category"],
              "news_source": {"enum": ["model", "user"]}, "label_source": article["label_source"],
              "news_reason": {"type": "string", "description": "the model's why, in words"}}
    search_group = {
        "id": {"anyOf": [_ref("id"), {"type": "null"}], "description": "null: articles in no story"},
        "title": {"type": ["string", "null"], "description": "the story's title; null with no story"},
        "articles": {"type": "array", "items": _object(listed_article | {"sentence": {"type": "string"}, "copies": {
            "type": "array", "items": _ref("id"), "description": "the same text's other hits, folded into this one"}})}}
    day = {"type": ["string", "null"], "description": "ISO time; null: not known"}
    entity_story = _object({"story_id": _ref("id"), "title": {"type": "string"}, "first": day, "last": day,
                            "reports": _count("the story's reports"), "naming": _count("its reports naming the entity"),
                            "outlets": _strings("the story's outlets")})
    wording = _object({"article": _ref("id"), "outlet": {"type": ["string", "null"]}, "text": {"type": "string"}})
    entity_quote = _object({"story_id": _ref("id"), "story_title": {"type": "string"}, "article": _ref("id"),
                            "outlet": {"type": ["string", "null"]}, "published": day, "text": {"type": "string"},
                            "kind": {"enum": ["direct", "indirect"]},
                            "variants": {"type": "array", "items": wording,
                                         "description": "the story's other wordings of the quote"}})
    entity_profile = {"key": {"type": "string"}, "name": {"type": "string"}, "type": {"enum": ["PER", "ORG", "LOC"]},
                      "forms": _strings("the other names reports give it"), "articles": _count("reports naming it"),
                      "mentions": _count("times they name it"), "stories": {"type": "array", "items": entity_story},
                      "quotes": {"type": "array", "items": entity_quote},
                      "outside_stories": _count("reports naming it in no story")}
    entity_match = {"key": {"type": "string"}, "name": {"type": "string"}, "type": {"enum": ["PER", "ORG", "LOC"]},
                    "articles": _count("reports naming it"), "whole": {
                        "type": "boolean", "description": "the words name it whole (a person's surname), not a word"},
                    "forms": _strings("every name reports give it, the most mentioned first")}
    return defs | {
        "ApiStory": _with_aliases(defs["story"], _aliases(story, DEPRECATED_STORY_NAMES),
                                  "The export's story record, and the deprecated names beside the new ones"),
        "ApiArticle": _object(article | {  # `versions` as the export's (there only on an edited page's record)
            "analysis": {"type": "object", "description": "the whole analysis (svodka.model.Analysis)"},
            "article": {"type": "object", "deprecated": True,
                        "description": "the article nested (svodka.model.Article), as before the export's names"}},
            "The export's article record, with the whole analysis and the page's earlier versions"),
        "StoryListing": _object(listing | _aliases(listing, DEPRECATED_LISTING_NAMES), "A story of the list"),
        "StoryPage": _page_of("stories", "StoryListing"),
        "JudgedArticle": _object(judged | _aliases(judged, DEPRECATED_NOT_NEWS_NAMES)),
        "NotNewsPage": _page_of("articles", "JudgedArticle", {
            "corrected_to_news": {"type": "array", "items": _ref("JudgedArticle")}}),
        "SearchStory": _object(search_group | _aliases(search_group, DEPRECATED_SEARCH_NAMES)),
        "SearchPage": _page_of("stories", "SearchStory", {
            "query": {"type": "string"}, "terms": {"type": "array", "items": _strings("a word's forms")},
            "phrases": _strings("the quoted phrases"), "ignored": _strings("words searched for nothing"),
            "excluded": _strings("words after NOT"), "partial": {
                "type": "boolean", "description": "true: no article has every word; those with most are listed"}}),
        "EntityMatches": _object({"query": {"type": "string"}, "chosen": {
            "type": ["string", "null"], "description": "the key of the one entity the name answers to; null: none or"
                                                       " several (pick one of `matches`)"},
            "matches": {"type": "array", "items": _ref("EntityMatch")}}),
        "EntityMatch": _object(entity_match, "An entity a name answers to"),
        "EntityProfile": _object(entity_profile, "Everything about one entity (svodka.store.entities)"),
        "NearestReports": _object({"id": _ref("id"), "nearest": {"type": "array", "items": _object({
            "article": _ref("id"), "story": {"anyOf": [_ref("id"), {"type": "null"}]}, "near_story": _ref("id"),
            "neighbour": _ref("id"), "probability": {"type": "number"},
            "signals": {"type": "object", "additionalProperties": {"type": "number"}},
            "kept_out": _strings("each check it failed, in words")})}}),
    }


def install(app: Any) -> None:
    """Give `app` an /openapi.json holding the components that the routes' `answer(...)` name."""
    plain = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = plain()
            components = schema.setdefault("components", {}).setdefault("schemas", {})
            ours = api_components()
            if clash := set(components) & set(ours):
                raise RuntimeError(f"OpenAPI components named twice: {sorted(clash)}")
            components.update(ours)
        return app.openapi_schema

    app.openapi = openapi


def _ref(name: str) -> dict[str, str]:
    return {"$ref": COMPONENTS + name}


def _count(description: str) -> dict[str, Any]:
    return {"type": "integer", "minimum": 0, "description": description}


def _strings(description: str) -> dict[str, Any]:
    return {"type": "array", "items": {"type": "string"}, "description": description}


def _object(properties: dict[str, Any], description: str | None = None) -> dict[str, Any]:
    """A record with every property always present (the API, as the export, sends null or [] for nothing found)."""
    return {"type": "object", "additionalProperties": False, "required": list(properties), "properties": properties,
            **({"description": description} if description else {})}


def _aliases(properties: dict[str, Any], names: dict[str, str]) -> dict[str, Any]:
    """Each deprecated name's schema: the new name's, marked deprecated."""
    return {old: properties[new] | {"deprecated": True, "description": f"deprecated: {new}"}
            for old, new in names.items() if new in properties}


def _with_aliases(record: dict[str, Any], aliases: dict[str, Any], description: str) -> dict[str, Any]:
    """An export record's schema that also takes the deprecated names (its own unevaluatedProperties forbids any
    other: they are added inside it, not around it)."""
    return record | {"description": description, "required": [*record.get("required", []), *aliases],
                     "properties": record.get("properties", {}) | aliases}


def _page_of(key: str, item: str, more: dict[str, Any] | None = None) -> dict[str, Any]:
    """One page of a paged list, with its counts."""
    return _object({"total": _count("how many in all (every page)"), "page": {"type": "integer", "minimum": 1},
                    "pages": {"type": "integer", "minimum": 1}, "page_size": {"type": "integer", "minimum": 1},
                    key: {"type": "array", "items": _ref(item)}, **(more or {})})
