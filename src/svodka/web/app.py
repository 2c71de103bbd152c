"""The web app: the store's stories, articles and search as pages and as JSON.

A thin layer of views over `Store` (no SQL here) rendered with the static report's
templates. Routes take ids — 16 hex digits — never paths. Pages allow no script
(Content-Security-Policy), so an article's markup can only ever be text.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
import threading
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from ipaddress import ip_address
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import parse_qs, quote, urlencode, urlsplit

from fastapi import APIRouter, Depends, FastAPI, HTTPException, Query, Request, Response
from fastapi import Path as RoutePath
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse
from pydantic import BaseModel, BeforeValidator, ConfigDict, StrictBool, ValidationError, model_validator
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from svodka import __version__
from svodka.categorise import CATEGORIES
from svodka.engine import Engine
from svodka.export import (article_record, listed_article, listing_record, published_fields, search_record,
                           story_record, version_record)
from svodka.ingest import read_bytes
from svodka.model import Article, IngestError, Story, to_dict
from svodka.nlp import NlpModels
from svodka.report.html import render_page
from svodka.report.nearest import NearReport, grouping_index, nearest_outside
from svodka.report.views import (FILTER_TEXT_MAX, GoneStory, JudgedRow, gone_story, not_news_listing, original_text,
                                 search_groups, story_view, text_language)
from svodka.settings import MIN_ID_PREFIX
from svodka.store import Label, NoSuchArticle, Store, StoreBusy, StoreError, StoredArticle, label_source
from svodka.store.db import ArticleListing, StoryFilter, StoryListing
from svodka.store.entities import (STORIES_SHOWN, EntityProfile, chosen, entities_matching, entity_profile,
                                   has_entity_index)
from svodka.store.search import HITS_PER_PAGE, parse_query, russian_lemmatizer, search, spelled_across_scripts
from svodka.web.schema import (DEPRECATED_ARTICLE_NAMES, DEPRECATED_LISTING_NAMES, DEPRECATED_NOT_NEWS_NAMES,
                               DEPRECATED_SEARCH_NAMES, DEPRECATED_STORY_NAMES, ERRORS_DESCRIPTION, answer,
                               error_responses, install)

ID_DIGITS = 16
ID_PATTERN = rf"^[0-9a-f]{{{ID_DIGITS}}}$"
STORY_ID_PATTERN = rf"^[0-9a-fA-F]{{{MIN_ID_PREFIX},{ID_DIGITS}}}$"  # in capitals too, as `show` takes it
PAGE_SIZE = 30
MAX_PAGE_SIZE = 100  # /api/stories?page_size=: a client pages through hundreds of stories in a few requests
MAX_PAGE = 10_000
# One article, however long, fits; a larger body is a mistake or an attack.
MAX_POST_BYTES = 2 * 1024 * 1024
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}  # they change nothing: open to any origin
# A correction is two short fields (and the form's token): anything longer is not one.
MAX_LABEL_BYTES = 4096
# A write (an article, a correction) waits this long for another svodka's grouping (a `run` beside `serve`), then
# answers 503: a reader is told to try again rather than left waiting on a page that never loads.
WRITE_WAIT_SECONDS = 20.0
WEB_LINKS = {"home": "/", "story": "/stories/{}", "article": "/articles/{}", "raw": "/articles/{}/raw",
             "search": "/search", "entities": "/", "label": "/articles/{}/label", "not_news": "/not-news",
             "nearest": "/stories/{}/nearest", "entity": "/entities/{}",
             "entity_lookup": "/entities"}
# The article page's form says "news"/"not news" as yes/no and leaves a label to the model as "".
FORM_NEWS = {"": None, "yes": True, "no": False}
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:;"
                               " form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}

# An entity's key as the analysis gives it ("PER:vorontsov"), in a link percent-encoded (`entity_link`); a route's
# `{key:path}`, as a key may hold a "/" ("ORG:l/dnr") that the server decodes before routing.
EntityKey = Annotated[str, RoutePath(pattern=r"^(PER|ORG|LOC):.{1,200}$",
                                     description='An entity\'s key: its type and its name\'s key, "PER:vorontsov".')]
EntityWords = Annotated[str, Query(min_length=1, max_length=FILTER_TEXT_MAX, description=(
    "A name in any case, script or with a title («Воронцову», Vorontsov, «губернатор Воронцов»)."))]
EntityType = Annotated[str | None, Query(alias="type", pattern="^(PER|ORG|LOC)$",
                                        description="Only entities of this type: PER, ORG or LOC.")]
StoryId = Annotated[str, RoutePath(pattern=ID_PATTERN, description="A story id: 16 hex digits.")]
StoryIdStart = Annotated[str, RoutePath(pattern=STORY_ID_PATTERN, description=(
    f"A story id (16 hex digits), or its first {MIN_ID_PREFIX} or more: 404 when no story's id starts so, 409 when"
    " several do."))]
ArticleId = Annotated[str, RoutePath(pattern=ID_PATTERN, description="An article id: 16 hex digits.")]
# The filter form sends the days it leaves empty as "": no filter, not a malformed day.
Day = Annotated[date | None, BeforeValidator(lambda value: value or None),
                Query(description="ISO day, e.g. 2026-03-07.")]
Text = Annotated[str | None, Query(max_length=FILTER_TEXT_MAX)]
Category = Annotated[str | None, Query(pattern=f"^({'|'.join(CATEGORIES)})?$",
                                       description=f"One of {', '.join(CATEGORIES)}.")]
PageNumber = Annotated[int, Query(ge=1, le=MAX_PAGE)]
PageSize = Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE,
                                description=f"Stories per page, 1 to {MAX_PAGE_SIZE} (default {PAGE_SIZE}).")]
MAX_QUERY_CHARS = 500  # a search box's query, not a document
SearchQuery = Annotated[str, Query(max_length=MAX_QUERY_CHARS,
                                   description='Words to find, in any inflected form; "a quoted phrase" as written;'
                                               ' OR between two words for either; NOT before a word leaves out the'
                                               ' articles with it.')]
# A category as a reader may type it: "Economy" is economy (as `svodka label --category` takes it).
CategoryName = Annotated[Literal[CATEGORIES],
                         BeforeValidator(lambda value: value.lower() if isinstance(value, str) else value)]


class LabelCorrection(BaseModel):
    """A reader's correction as the API takes it: null (or absent) leaves that label as it is."""

    model_config = ConfigDict(extra="forbid")
    news: StrictBool | None = None  # true or false only: "no" or 0 is a mistake, not a "false"
    category: CategoryName | None = None

    @model_validator(mode="after")
    def corrects_something(self) -> LabelCorrection:
        if self.news is None and self.category is None:
            raise ValueError("nothing to correct: set news (true or false) or category, or both")
        return self

    def label(self) -> Label:
        return Label(self.news, self.category)


def page_count(total: int, size: int) -> int:
    """How many pages `total` items fill: at least one, so an empty listing is page 1 of 1."""
    return max(1, -(-total // size))


def pager(number: int, count: int, url: Callable[[int], str]) -> dict[str, Any]:
    """What a listing's pager shows: page `number` of `count`, with links to the neighbours that exist; a page past
    the last is no page (404), not an empty "page 3 of 2"."""
    if number > count:
        raise HTTPException(404, f"no page {number}: there {'is' if count == 1 else 'are'} {count}"
                                 f" (the first: {url(1)})")
    def link(neighbour: int) -> str | None:
        return url(neighbour) if 1 <= neighbour <= count else None
    return {"number": number, "count": count, "previous": link(number - 1), "next": link(number + 1)}


def loopback_names(host: str) -> list[str] | None:
    """The names this machine's browser may use for a server listening on `host`: for a loopback address only
    (on another address the pages are served to whoever reaches it, by whatever name). TrustedHostMiddleware
    compares the Host header without its port, an IPv6 address in its brackets: "[::1]:8000" is "[::1]"."""
    if host == "localhost":
        return ["127.0.0.1", "[::1]", "localhost"]
    try:
        address = ip_address(host.removeprefix("[").removesuffix("]"))
    except ValueError:
        return None
    if not address.is_loopback:
        return None
    return [f"[{address.compressed}]" if address.version == 6 else address.compressed, "localhost"]


def create_app(db: str | Path, models: NlpModels | None = None, hosts: list[str] | None = None,
               read_only: bool = False, frozen: bool = False) -> FastAPI:
    """The app over one store file; models (for search and ingest) load on first use. `hosts`: the only names
    a request may address it by (a page of another site that points its own name at this machine, DNS
    rebinding, could otherwise read the pages and the correction form's token); None accepts any. `read_only`:
    writes (corrections, new articles) answer 403, for a server anyone may reach. `frozen`: the file may not be
    written (Store's `frozen`), so read-only too. The stores' connections close when the server stops, so no
    -wal or -shm is left beside a file it may write."""
    site = Site(db, models or NlpModels(), read_only or frozen, frozen)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        site.close()

    app = FastAPI(title="svodka", version=__version__, docs_url=None, redoc_url=None, lifespan=lifespan,
                  description="Stories grouped from many outlets' news, and how each outlet told them.\n\n"
                              + ERRORS_DESCRIPTION,
                  dependencies=[Depends(_same_origin_write), Depends(site.refuse_write)])
    if hosts is not None:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=hosts)
    app.add_middleware(HeadAsGet)
    app.middleware("http")(_security_headers)
    _error_handlers(app)
    app.include_router(_page_routes(site))
    app.include_router(_api_routes(site))
    install(app)
    return app


class Site:
    """What every route of one app shares: the store (a connection per worker thread), the models, the writer lock,
    the correction form's token, and the lookups and writes that several routes make."""

    def __init__(self, db: str | Path, models: NlpModels, read_only: bool = False, frozen: bool = False) -> None:
        self.db, self.models, self.read_only, self.frozen = db, models, read_only, frozen
        self.local = threading.local()
        self.opened: list[Store] = []  # every thread's, closed together when the server stops
        self.opened_lock = threading.Lock()
        self.ingest_lock = threading.Lock()
        # The article page's correction form carries it back: a page of another site cannot read it, so cannot
        # forge the form (the JSON route needs no token: another site cannot send it JSON without a preflight,
        # never granted).
        self.form_token = secrets.token_urlsafe(32)
        if not frozen:  # it writes only what an older svodka's store lacks, and a frozen file takes no write
            with Store(db) as catching_up:
                try:
                    catching_up.catch_up_indexes()
                except sqlite3.DatabaseError as error:  # a damaged page the opening did not read
                    raise StoreError(f"{db}: damaged ({error})") from None
        self.russian_lemmas = russian_lemmatizer(models)
        # The nearest reports are scored on one thread of the app's own: the grouping index is kept per Store while
        # the store is unchanged (report.nearest.grouping_index), and a web worker thread, with its Store, ends after
        # 10 s idle (anyio) and is one of up to 40, each of which would profile the store anew. This thread lives as
        # long as the app; concurrent requests queue for it rather than profile the same store twice at once.
        self.nearest_thread = _nearest_thread()

    def store(self) -> Store:
        """One connection per worker thread: sqlite3 connections stay in their thread."""
        if getattr(self.local, "store", None) is None:
            self.local.store = Store(self.db, frozen=self.frozen, any_thread=True)
            with self.opened_lock:
                self.opened.append(self.local.store)
        return self.local.store

    def close(self) -> None:
        """The server stops: every connection closed, so the last one checkpoints the -wal into the file and
        removes it and the -shm (a file left with them is not safe to move or replace). The app can start again
        (each test client's session starts it): a fresh nearest thread and fresh per-thread connections then."""
        self.nearest_thread.shutdown(wait=True)
        self.nearest_thread = _nearest_thread()
        with self.opened_lock:
            for store in self.opened:
                store.close()
            self.opened.clear()
            self.local = threading.local()  # no thread keeps a closed connection

    def refuse_write(self, request: Request) -> None:
        """Every route's guard on a read-only server (`svodka serve --read-only`): a write answers 403."""
        if self.read_only and request.method not in SAFE_METHODS:
            raise HTTPException(403, "this server is read-only: corrections and new articles are refused"
                                     " (`svodka label` and `svodka run` write the store)")

    def found_story(self, story_id: str) -> Story | GoneStory:
        """The story an id leads to, or what became of it when the reader's corrections emptied it; else 404."""
        found = self.store().story(story_id) or gone_story(self.store(), story_id)
        if found is None:
            raise HTTPException(404, f"no story {story_id}")
        if isinstance(found, GoneStory) and found.reformed is not None:
            return found.reformed  # its reports together again under another id: it leads there, as a merge does
        return found

    def story_by_start(self, start: str) -> Story | GoneStory:
        """As found_story, the id given whole or by its first MIN_ID_PREFIX or more digits (as `svodka show` takes
        it): 404 when no story's id starts so, 409 when several do."""
        start = start.lower()
        if len(start) == ID_DIGITS:
            return self.found_story(start)
        ids = self.store().story_ids_starting(start)
        if len(ids) > 1:
            raise HTTPException(409, f"{start} starts the ids of {len(ids)} stories: {', '.join(ids)}")
        if not ids:
            raise HTTPException(404, f"no story {start}")
        return self.found_story(ids[0])

    def found_article(self, article_id: str) -> StoredArticle:
        stored = self.store().article(article_id)
        if stored is None:
            raise HTTPException(404, f"no article {article_id}")
        return stored

    def kept_for(self, document_id: str) -> str | None:
        """The id of the article the store shows for a document: its own, or, for an earlier version of a page,
        the version kept (None: not stored)."""
        return document_id if self.store().has_article(document_id) else self.store().version_of(document_id)

    def story_page(self, filters: StoryFilter, number: int, size: int | None = None) -> dict[str, Any]:
        size = size or PAGE_SIZE
        listings, total = self.store().story_list(filters, (number - 1) * size, size)
        return {"listings": listings, "total": total, "filters": filters, "number": number,
                "count": page_count(total, size)}

    def nearest_reports(self, story_id: str) -> list[NearReport]:
        """Scored on request, not on the story page itself: every stored article profiled (~0.4 ms each) when the
        store changed since the last request (`grouping_index`), then each outside report scored."""
        return self.nearest_thread.submit(lambda: nearest_outside(grouping_index(self.store(), self.models.embedding),
                                                                  story_id)).result()

    def search_page(self, q: str, number: int) -> dict[str, Any]:
        """One page of the articles matching a query, grouped by story, a text printed again folded into its best hit
        (its `copies`; unfolded in a frozen older store, which keeps no copy texts), with how many hits (`total`:
        the pages') and articles match in all."""
        query = spelled_across_scripts(self.store().db, parse_query(q, self.russian_lemmas), self.russian_lemmas)
        found = search(self.store().db, query, HITS_PER_PAGE, (number - 1) * HITS_PER_PAGE,
                       fold_copies=self.store().keeps_copies())
        return {"query": query, "total": found.total, "articles": found.matching_articles, "partial": found.partial,
                "pages": page_count(found.total, HITS_PER_PAGE),
                "groups": search_groups(self.store(), found.hits, query, self.russian_lemmas)}

    def entity(self, key: str, since: date | None, until: date | None) -> EntityProfile:
        """One entity's view, its newest stories in a window of days; 404 when no article names it."""
        with self.store().reading():
            self.entity_index()
            profile = entity_profile(self.store().db, key, since.isoformat() if since else None,
                                     until.isoformat() if until else None)  # the newest STORIES_SHOWN
        if profile is None:
            raise HTTPException(404, f"no entity {key}")
        return profile

    def entity_index(self) -> None:
        """A store served frozen that an older svodka wrote has no entity index (it cannot be written to add one)."""
        if not has_entity_index(self.store().db):
            raise HTTPException(404, "this store keeps no entity index: `svodka stories --db FILE` adds it")

    def corrected(self, article_id: str, label: Label) -> StoredArticle:
        """The article after a reader's correction, its stories brought up to date (Engine.correct)."""
        self.found_article(article_id)
        with self.ingest_lock:  # grouping is one writer at a time, as for ingest
            try:
                Engine(self.store(), self.models, wait_limit=WRITE_WAIT_SECONDS).correct(article_id, label)
            except NoSuchArticle:  # removed since found_article
                raise HTTPException(404, f"no article {article_id}") from None
        return self.found_article(article_id)

    def ingest(self, body: bytes) -> JSONResponse:
        """POST /api/articles: one article stored and grouped, answered as its id and its story's."""
        documents = list(read_bytes("POST /api/articles", body))
        errors = [d for d in documents if isinstance(d, IngestError)]
        if errors:
            raise HTTPException(422, errors[0].reason)
        if len(documents) != 1:
            raise HTTPException(422, f"send one article per request, not {len(documents)}")
        document = documents[0]
        with self.ingest_lock:  # grouping places articles one at a time
            try:
                report = Engine(self.store(), self.models, wait_limit=WRITE_WAIT_SECONDS).process([document])
            except StoreBusy as busy:  # the article is stored before the writer lock is asked for: say so
                if (kept := self.kept_for(document.id)) is None:
                    raise
                return JSONResponse({"detail": f"stored, not yet grouped ({busy}): the next run groups it, or send"
                                               " it again (safe: an article is stored once, by its bytes)",
                                     **_kept_record(document.id, kept), "grouped": False, "story": None},
                                    status_code=503, headers={"Retry-After": "10"})
        if report.rejected:
            raise HTTPException(422, report.rejected[0].reason)
        kept = self.kept_for(document.id) or document.id  # an older version of a stored page: the newer is shown
        stored = self.store().article(kept)
        story = self.store().story(stored.story) if stored and stored.story else None
        new = report.added or document.id in report.versions  # stored now: as the article, or as history
        return JSONResponse(_deprecated({**_kept_record(document.id, kept), "grouped": story is not None,
                                         "story": story.id if story else None}, DEPRECATED_ARTICLE_NAMES),
                            status_code=201 if new else 200, headers={"Location": f"/api/articles/{kept}"})


def entity_link(key: str) -> str:
    """An entity's page, its key percent-encoded ("PER:vorontsov", "ORG:vorontsov i partneri")."""
    return WEB_LINKS["entity"].format(quote(key, safe=":"))


def _page(name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    return HTMLResponse(render_page(name, WEB_LINKS, **context), status_code=status_code)


def _nearest_thread() -> ThreadPoolExecutor:
    return ThreadPoolExecutor(max_workers=1, thread_name_prefix="svodka-nearest")


def _filters_of(since: date | None, until: date | None, outlet: str | None, language: str | None,
                entity: str | None, category: str | None) -> StoryFilter:
    return StoryFilter(since.isoformat() if since else None, until.isoformat() if until else None,
                       outlet or None, language or None, entity or None, category or None)


def _query_of(filters: StoryFilter) -> dict[str, str]:
    """The filters set, as a link to another page of the list repeats them."""
    return {key: value for key, value in vars(filters).items() if value}


async def _security_headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
    response = await call_next(request)
    response.headers.update(SECURITY_HEADERS)
    return response


def _error_handlers(app: FastAPI) -> None:
    """Errors as the asker reads them: JSON under /api/, else an error page (a malformed id is no page: 404)."""

    @app.exception_handler(StarletteHTTPException)  # ours, and the router's "no such route"
    async def http_error(request: Request, error: StarletteHTTPException) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": error.detail}, status_code=error.status_code, headers=error.headers)
        response = _page("error.html", error.status_code, status=error.status_code, message=error.detail)
        response.headers.update(error.headers or {})  # e.g. a 405's Allow
        return response

    @app.exception_handler(StoreBusy)  # another svodka held the writer lock past WRITE_WAIT_SECONDS
    async def store_busy(request: Request, error: StoreBusy) -> Response:
        busy = StarletteHTTPException(503, f"store busy, try again: {error}", {"Retry-After": "10"})
        return await http_error(request, busy)

    @app.exception_handler(Exception)  # a bug: the API still answers its one error shape (web.schema.ApiError)
    async def internal_error(request: Request, error: Exception) -> Response:
        """Answered outside the middleware that adds the security headers (Starlette's ServerErrorMiddleware): so here."""
        response = await http_error(request, StarletteHTTPException(500, f"internal error: {type(error).__name__}"))
        response.headers.update(SECURITY_HEADERS)
        return response

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, error: RequestValidationError) -> Response:
        """A page asked for by a malformed id does not exist (404); a bad query is 422. The API answers JSON: one
        readable `detail`, as every API error, and the problems one by one in `errors`."""
        if request.url.path.startswith("/api/"):
            problems = [{"loc": list(problem["loc"]), "msg": problem["msg"], "type": problem["type"]}
                        for problem in error.errors()]
            return JSONResponse({"detail": "invalid request: " + "; ".join(map(_problem_text, problems)),
                                 "errors": problems}, status_code=422)
        if any(problem["loc"][:1] == ("path",) for problem in error.errors()):
            return _page("error.html", 404, status=404, message="no such page: ids are 16 hex digits")
        fields = ", ".join(str(problem["loc"][-1]) if len(problem["loc"]) > 1 else problem["msg"]
                           for problem in error.errors())
        sent = "form" if error.errors()[0]["loc"][:1] == ("body",) else "query"
        return _page("error.html", 422, status=422, message=f"invalid {sent}: {fields}")


def _problem_text(problem: dict[str, Any]) -> str:
    """One validation problem as a reader says it: "query page: Input should be greater than or equal to 1"."""
    return f"{' '.join(map(str, problem['loc']))}: {problem['msg']}"


def _page_routes(site: Site) -> APIRouter:
    """The pages: the story list, a story, its nearest reports, an article and its original, search, not news."""
    router = APIRouter()

    @router.get("/", response_class=HTMLResponse, summary="The ranked story list")
    def index(since: Day = None, until: Day = None, outlet: Text = None, language: Text = None,
              entity: Text = None, category: Category = None,
              page_number: Annotated[PageNumber, Query(alias="page")] = 1) -> HTMLResponse:
        filters = _filters_of(since, until, outlet, language, entity, category)
        listed = site.story_page(filters, page_number)
        query = _query_of(filters)
        pages = pager(page_number, listed["count"], lambda number: "/?" + urlencode(query | {"page": number}))
        return _page("index.html", listings=listed["listings"], total=listed["total"], filters=filters, page=pages,
                     outlets=sorted(site.store().facet_values("outlet", None), key=str.casefold),  # all: typed
                     languages=site.store().facet_values("language"),
                     categories=CATEGORIES, not_news=site.store().judged_count(news=False),
                     not_news_grouped=site.store().groups_non_news())

    @router.get("/not-news", response_class=HTMLResponse,
                summary="The articles kept out of stories as not news, newest first, each with the model's why")
    def not_news_html(page_number: Annotated[PageNumber, Query(alias="page")] = 1) -> HTMLResponse:
        listed = not_news_listing(site.store(), (page_number - 1) * PAGE_SIZE, PAGE_SIZE)
        pages = pager(page_number, page_count(listed.total, PAGE_SIZE),
                      lambda number: WEB_LINKS["not_news"] + "?" + urlencode({"page": number}))
        return _page("not_news.html", **vars(listed), page=pages)

    @router.get("/stories/{story_id}", response_class=HTMLResponse,
                summary="One story, its outlets compared (an article's id leads to its story's page, at the article)")
    def story_html(story_id: StoryId) -> Response:
        with site.store().reading():  # the story and what its page reads of its reports, from one state of the store
            try:
                story = site.found_story(story_id)
            except HTTPException:
                stored = site.store().article(story_id)
                if stored is None or not stored.story or not site.store().has_story(stored.story):
                    raise
                return RedirectResponse(WEB_LINKS["story"].format(stored.story) + f"#a-{story_id}", status_code=302)
            if isinstance(story, GoneStory):
                return _page("gone.html", 410, gone=story)
            if story.id != story_id:  # merged into an older story: its page lives there now
                return RedirectResponse(WEB_LINKS["story"].format(story.id), status_code=301)
            return _page("story.html", view=story_view(site.store(), story))

    @router.get("/stories/{story_id}/nearest", response_class=HTMLResponse,
                summary="The reports nearest a story but kept out of it: probability, signals, the check each failed")
    def nearest_html(story_id: StoryId) -> Response:
        story = site.found_story(story_id)
        if isinstance(story, GoneStory):
            return _page("gone.html", 410, gone=story)
        if story.id != story_id:
            return RedirectResponse(WEB_LINKS["nearest"].format(story.id), status_code=301)
        nearest = site.nearest_reports(story.id)
        languages = [member.analysis.language for member in site.store().story_members(story.id)]
        return _page("nearest.html", story=story, nearest=nearest,
                     articles={n.article: site.store().article(n.article) for n in nearest},
                     built={n.story for n in nearest if n.story and site.store().has_story(n.story)},
                     title_language=text_language(story.title, languages))

    @router.get("/articles/{article_id}", response_class=HTMLResponse, response_model=None,
                summary="One cleaned article, with its earlier versions (an earlier version's id leads to it)")
    def article_html(article_id: ArticleId) -> Response:
        if (current := site.store().version_of(article_id)) is not None:
            return RedirectResponse(WEB_LINKS["article"].format(current), status_code=302)
        stored = site.found_article(article_id)
        story_id = stored.story if stored.story and site.store().has_story(stored.story) else None
        return _page("article.html", stored=stored, story_id=story_id, categories=CATEGORIES,
                     form_token=None if site.read_only else site.form_token,  # no form where it would be refused
                     versions=site.store().versions(article_id))

    @router.get("/articles/{article_id}/raw", response_class=PlainTextResponse, response_model=None,
                summary="The original as received: plain text, or to a browser (Accept: text/html) a page that"
                        " wraps it")
    def article_raw(article_id: ArticleId, request: Request) -> Response:
        stored = site.found_article(article_id)
        text = original_text(site.store().raw(article_id) or b"", stored.encoding)
        vary = {"Vary": "Accept"}
        if "text/html" in request.headers.get("accept", ""):  # a phone shows plain text 980 px wide, unwrapped
            response = _page("raw.html", stored=stored, text=text)
            response.headers.update(vary)
            return response
        return PlainTextResponse(text, headers=vary)

    @router.post("/articles/{article_id}/label", response_class=RedirectResponse, status_code=303,
                 summary="The article page's correction form (urlencoded, with the page's token); back to the page",
                 responses={403: {"description": "Not the token of this server's article page"}})
    async def label_form(article_id: ArticleId, request: Request) -> RedirectResponse:
        body = await _limited_body(request, MAX_LABEL_BYTES)
        fields = {name: values[0] for name, values in
                  parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True).items()}
        if not secrets.compare_digest(fields.get("token", "").encode(), site.form_token.encode()):
            raise HTTPException(403, "this form was not sent from this server's article page: reload it and try again")
        news = fields.get("news", "")
        correction = _correction({"news": FORM_NEWS.get(news, news), "category": fields.get("category") or None})
        await run_in_threadpool(site.corrected, article_id, correction)
        return RedirectResponse(WEB_LINKS["article"].format(article_id), status_code=303)

    @router.get("/search", response_class=HTMLResponse, summary="Full-text search, grouped by story")
    def search_html(q: str = "", page_number: Annotated[PageNumber, Query(alias="page")] = 1) -> HTMLResponse:
        """The search page; a query over MAX_QUERY_CHARS is not searched but kept in the box, with why (422)."""
        if len(q) > MAX_QUERY_CHARS:
            return _page("search.html", 422, query=q, parsed=parse_query("", site.russian_lemmas), hits=0,
                         partial=False, groups=[], page=pager(1, 1, str), too_long=MAX_QUERY_CHARS)
        found = site.search_page(q, page_number)
        pages = pager(page_number, found["pages"], lambda number: "/search?" + urlencode({"q": q, "page": number}))
        return _page("search.html", query=q, parsed=found["query"], hits=found["articles"], partial=found["partial"],
                     groups=found["groups"], page=pages)

    @router.get("/entities", response_class=HTMLResponse, response_model=None,
                summary="The entities a name answers to: the one entity's page, or a list to pick from")
    def entities_html(q: EntityWords, kind: EntityType = None) -> Response:
        site.entity_index()
        matches = [m for m in entities_matching(site.store().db, q) if kind in (None, m.type)]
        if (found := chosen(matches)) is not None:
            return RedirectResponse(entity_link(found.key), status_code=302)
        return _page("entity.html", 200 if matches else 404, profile=None, matches=matches, query=None, words=q,
                     entity_link=entity_link)

    @router.get("/entities/{key:path}", response_class=HTMLResponse,
                summary="Everything about one person, organisation or place: its stories and its quotes")
    def entity_html(key: EntityKey, since: Day = None, until: Day = None) -> HTMLResponse:
        profile = site.entity(key, since, until)
        others = [m for m in entities_matching(site.store().db, profile.name) if m.key != key]
        return _page("entity.html", profile=profile, others=others, since=since, until=until,
                     entity_link=entity_link, shown=STORIES_SHOWN)

    @router.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        """Nothing (the pages name an empty icon): a browser or crawler asking anyway gets no 404 to log."""
        return Response(status_code=204)

    return router


def _api_routes(site: Site) -> APIRouter:
    """The JSON API (/api/…): the export's records (svodka.export) and the list's, search's and not-news' own."""
    router = APIRouter()

    @router.get("/api/stories", summary="The ranked story list, filtered and paginated (a page past the last: 404)",
                response_model=None, responses=answer("StoryPage") | error_responses(404, 422))
    def stories_json(since: Day = None, until: Day = None, outlet: Text = None, language: Text = None,
                     entity: Text = None, category: Category = None,
                     page_number: Annotated[PageNumber, Query(alias="page")] = 1,
                     page_size: PageSize | None = None) -> dict:
        size = page_size or PAGE_SIZE
        filters = _filters_of(since, until, outlet, language, entity, category)
        listed = site.story_page(filters, page_number, size)
        query = _query_of(filters) | ({"page_size": size} if page_size else {})
        pager(page_number, listed["count"], lambda number: "/api/stories?" + urlencode(query | {"page": number}))
        return {"total": listed["total"], "page": page_number, "pages": listed["count"], "page_size": size,
                "stories": [_listing_record(listing) for listing in listed["listings"]]}

    @router.get("/api/stories/{story_id}", summary="One story in full (a merged id gives the story it joined; an id's"
                                                   f" first {MIN_ID_PREFIX} or more digits, the story whose id they"
                                                   " start)",
                response_model=None, responses=answer("ApiStory") | error_responses(
                    404, 409, 410, 422, e404="No such story", e410="Gone: the reader's corrections emptied it;"
                                                                  " `articles` says where each of its reports is now"))
    def story_json(story_id: StoryIdStart) -> dict | JSONResponse:
        with site.store().reading():  # the story and its reports' times from one state of the store
            story = site.story_by_start(story_id)
            if isinstance(story, GoneStory):
                return JSONResponse({"detail": story.reason,
                                     "articles": [_gone_record(story, a) for a in story.articles]}, status_code=410)
            return story_api_record(story)

    def story_api_record(story: Story) -> dict[str, Any]:
        """The export's story record (by construction)."""
        return _deprecated(story_record(story, site.store().report_times(story.articles)), DEPRECATED_STORY_NAMES)

    @router.get("/api/stories/{story_id}/nearest", summary="The reports nearest a story but kept out of it, and why",
                response_model=None, responses=answer("NearestReports") | error_responses(
                    404, 409, 410, 422, e404="No such story"))
    def nearest_json(story_id: StoryIdStart) -> dict:
        story = site.story_by_start(story_id)
        if isinstance(story, GoneStory):
            raise HTTPException(410, story.reason)
        return {"id": story.id, "nearest": to_dict(site.nearest_reports(story.id))}

    @router.get("/api/entities", summary="The entities a name answers to, those it names whole first; `chosen`: the"
                                         " one it names, null when it names none or several",
                response_model=None, responses=answer("EntityMatches") | error_responses(404, 422))
    def entities_json(q: EntityWords, kind: EntityType = None) -> dict:
        site.entity_index()
        matches = [m for m in entities_matching(site.store().db, q) if kind in (None, m.type)]
        found = chosen(matches)
        return {"query": q, "chosen": found.key if found else None, "matches": to_dict(matches)}

    @router.get("/api/entities/{key:path}", summary="Everything about one entity: its names, stories and quotes",
                response_model=None, responses=answer("EntityProfile") | error_responses(
                    404, 422, e404="No such entity"))
    def entity_json(key: EntityKey, since: Day = None, until: Day = None) -> dict:
        return to_dict(site.entity(key, since, until))

    @router.get("/api/articles/{article_id}", summary="One article: cleaned text, metadata, analysis and earlier"
                                                      " versions (an earlier version's id leads to the article)",
                response_model=None, responses=answer("ApiArticle") | error_responses(404, 422, e404="No such article")
                | {302: {"description": "An earlier version's id: to the article as kept now"}})
    def article_json(article_id: ArticleId) -> dict | RedirectResponse:
        """The export's article record, with the whole analysis and the page's earlier `versions` (oldest first,
        each with what the version after it changed); `article` (the article nested, as before the API took the
        export's names) is deprecated."""
        if (current := site.store().version_of(article_id)) is not None:
            return RedirectResponse(f"/api/articles/{current}", status_code=302)
        stored = site.found_article(article_id)
        return article_record(stored, stored.story) | {
            "versions": [version_record(version) for version in site.store().versions(article_id)],
            "analysis": to_dict(stored.analysis), "article": to_dict(stored.article)}

    @router.get("/api/not-news", summary="The articles kept out of stories as not news (as corrected), newest first,"
                                         " and those the reader corrected to news (a page past the last: 404)",
                response_model=None, responses=answer("NotNewsPage") | error_responses(404, 422))
    def not_news_json(page_number: Annotated[PageNumber, Query(alias="page")] = 1) -> dict:
        listed = not_news_listing(site.store(), (page_number - 1) * PAGE_SIZE, PAGE_SIZE)
        pages = pager(page_number, page_count(listed.total, PAGE_SIZE), lambda number: f"/api/not-news?page={number}")
        return {"total": listed.total, "page": page_number, "pages": pages["count"],
                "page_size": PAGE_SIZE, "articles": [_judged_record(row) for row in listed.rows],
                "corrected_to_news": [_judged_record(row) for row in listed.to_news]}

    @router.get("/api/search", summary="Full-text search over lemmas, grouped by story (a page past the last: 404)",
                response_model=None, responses=answer("SearchPage") | error_responses(404, 422))
    def search_json(q: SearchQuery = "", page_number: Annotated[PageNumber, Query(alias="page")] = 1) -> dict:
        found = site.search_page(q, page_number)
        pager(page_number, found["pages"], lambda number: "/api/search?" + urlencode({"q": q, "page": number}))
        record = search_record(q, found["query"], found["total"], found["partial"], found["groups"])
        return record | {"page": page_number, "pages": found["pages"], "page_size": HITS_PER_PAGE,
                         "stories": [_deprecated(group, DEPRECATED_SEARCH_NAMES) for group in record["stories"]]}

    @router.post("/api/articles/{article_id}/label",
                 summary="Correct an article's news label or category for good; its stories follow at once",
                 openapi_extra={"requestBody": {"required": True, "content": {
                     "application/json": {"schema": LabelCorrection.model_json_schema()}}}},
                 responses=error_responses(404, 415, 422, e404="No such article",
                                           e422="Nothing to correct, or a bad field (`errors` names it)"))
    async def label_json(article_id: ArticleId, request: Request) -> dict:
        if _media_type(request) != "application/json":  # a form of another site can send anything but this
            raise HTTPException(415, "send the correction as application/json")
        body = await _limited_body(request, MAX_LABEL_BYTES)
        try:
            sent = json.loads(body or b"{}")
        except ValueError as error:
            raise HTTPException(422, f"the body is not JSON: {error}") from None
        stored = await run_in_threadpool(site.corrected, article_id, _correction(sent))
        return _labels_record(stored)

    @router.post("/api/articles", status_code=201,
                 summary="Ingest one article (text, HTML or JSON); answers its id and its story's, as"
                         " /api/articles/{id} names them (the story in full: /api/stories/{story})",
                 responses={200: {"description": "Already stored"}} | error_responses(
                     413, 422, 503, e413="Body too large", e422="Not one readable article",
                     e503="Stored but not yet grouped (another svodka holds the store): the next run groups it;"
                          " sending it again is safe and groups it now"))
    async def add_article(request: Request) -> JSONResponse:
        body = await _limited_body(request, MAX_POST_BYTES)
        return await run_in_threadpool(site.ingest, body)

    return router


class HeadAsGet:
    """Answers HEAD as the GET it stands for, without the body: link checkers and `curl -I` ask with HEAD, and
    FastAPI routes GET only (a route that takes no GET still says 405, with its Allow)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def without_body(message: Message) -> None:
            await send({**message, "body": b""} if message["type"] == "http.response.body" else message)

        await self.app({**scope, "method": "GET"}, receive, without_body)


def _correction(sent: object) -> Label:
    """The reader's correction in `sent` (JSON, or the form as JSON), or 422 naming each bad field."""
    try:
        return LabelCorrection.model_validate(sent).label()
    except ValidationError as error:
        raise RequestValidationError([problem | {"loc": ("body", *problem["loc"])}
                                      for problem in error.errors(include_url=False, include_context=False)]) from None


def _deprecated(record: dict[str, Any], names: dict[str, str]) -> dict[str, Any]:
    """The record with each deprecated name beside the new one it was renamed to (DEPRECATED_STORY_NAMES)."""
    return record | {old: record[new] for old, new in names.items() if new in record}


def _listing_record(listing: StoryListing) -> dict[str, Any]:
    """A story of the list as `svodka stories --json` gives it, with the deprecated names beside."""
    return _deprecated(listing_record(listing), DEPRECATED_LISTING_NAMES)


def _labels_record(stored: StoredArticle) -> dict[str, Any]:
    """An article's news label and category, who set each ("user" or "model"), and its story."""
    return _deprecated({"id": stored.article.id, "news": stored.analysis.news,
                        "news_source": label_source(stored.label, "news"), "category": stored.analysis.category,
                        "category_source": label_source(stored.label, "category"),
                        "label_source": stored.label_source, "story": stored.story}, DEPRECATED_ARTICLE_NAMES)


def _kept_record(document_id: str, kept: str) -> dict[str, Any]:
    """What POST /api/articles stored of a document: itself as the article shown (`version` "current"), or an
    earlier version of the page kept as `current` (its history: /api/articles/{current}'s `versions`)."""
    return {"id": document_id, "stored": True, "version": "current" if kept == document_id else "earlier",
            "current": kept}


def _gone_record(gone: GoneStory, stored: StoredArticle) -> dict[str, Any]:
    """One report of a story that is gone: its news label as corrected, and the story it is in now (or null)."""
    story = gone.now_in.get(stored.article.id)
    return listed_article(stored.article) | {"news": stored.analysis.news,
                                              "news_source": label_source(stored.label, "news"),
                                              "story": story.id if story else None}


def _judged_record(row: JudgedRow) -> dict[str, Any]:
    """One article of the not-news listing as the API gives it."""
    return _deprecated(listed_article(row.listing) | {
        "news": row.listing.news, "category": row.listing.category, "news_source": row.news_source,
        "label_source": row.listing.label_source, "news_reason": row.why}, DEPRECATED_NOT_NEWS_NAMES)


def _media_type(request: Request) -> str:
    """The request's Content-Type without its parameters: 'application/json' of 'application/json; charset=utf-8'."""
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


def _same_origin_write(request: Request) -> None:
    """Every route's guard: a write a page of another site sent is refused (403, as JSON under /api/, else a page)."""
    if request.method not in SAFE_METHODS and not _same_origin(request):
        raise HTTPException(403, "a page of another site may not change this store")


def _same_origin(request: Request) -> bool:
    """Whether a browser sent the request from this server's own pages, so that a cross-site form's plain text
    (POST /api/articles reads any body) is refused. Browsers say where a request comes from: Sec-Fetch-Site,
    else Origin (our pages' no-referrer policy makes their own Origin "null", so it cannot decide when
    Sec-Fetch-Site is there). Scripts and curl send neither, and are not browsers visiting another site."""
    site = request.headers.get("sec-fetch-site")
    if site is not None:
        return site in ("same-origin", "none")  # "none": typed or bookmarked by the user
    origin = request.headers.get("origin")
    return origin is None or urlsplit(origin).netloc == request.headers.get("host")


async def _limited_body(request: Request, limit: int) -> bytes:
    """The request body, refused with 413 as soon as it passes the limit."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise HTTPException(413, f"body larger than {limit} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise HTTPException(413, f"body larger than {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)
