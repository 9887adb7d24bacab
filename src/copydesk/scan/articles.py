"""Articles as the scan carries them: a stable id, a publisher, and a JSON form.

Both engines must name an article the same way, whatever path or URI they read it from
(``examples/x.html`` locally, ``file:/data/x.html`` or ``s3a://bucket/x.html`` on
Spark). :func:`doc_id` therefore never uses a path: it takes the record's own id, else
its URL, else a hash of its text.

Example:
    >>> from copydesk.model import Article
    >>> doc_id(Article("Some text.", id="a1", path="feed.jsonl"), "feed.jsonl")
    'a1'
    >>> doc_id(Article("Some text.", id="pages/x.html", path="pages/x.html"), "pages/x.html")
    'sha:72858aaf6a5806ba13de'
    >>> site_of(Article("t", url="https://www.Example.com/a", site="Example News"))
    'example.com'
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlsplit

from copydesk.index.fingerprints import content_hash
from copydesk.model import Article

__all__ = [
    "doc_id",
    "site_of",
    "article_to_json",
    "article_from_json",
    "content_hex",
    "UNKNOWN_SITE",
]

UNKNOWN_SITE = "(unknown)"


def content_hex(article: Article) -> str:
    return content_hash(article.text).hex()


def doc_id(article: Article, where: str) -> str:
    """A path-free id: the record's id, else its URL, else ``sha:`` and a text hash.

    ``where`` is the file the reader read (an id the reader made from it, such as
    ``feed.jsonl:12``, is not stable across engines and is not used).
    """
    aid = article.id or ""
    path_made = (
        not aid
        or aid == where
        or aid.startswith(where)
        or (article.path is not None and aid.startswith(article.path))
    )
    if not path_made:
        return aid
    if article.url:
        return article.url
    return "sha:" + content_hex(article)[:20]


def site_of(article: Article) -> str:
    """The publisher: the URL's host (lower case, ``www.`` dropped), else the ``site``
    field, else ``(unknown)``. Hosts first, because a content-farm study counts domains
    and ``site`` fields mix names ("The Harbour Herald") with domains."""
    if article.url:
        try:
            host = (urlsplit(article.url).hostname or "").lower()
        except ValueError:
            host = ""
        if host:
            return host.removeprefix("www.")
    if article.site and article.site.strip():
        return article.site.strip()
    return UNKNOWN_SITE


_FIELDS = (
    "text", "id", "path", "url", "title", "site", "author", "date", "language",
    "source_format", "boilerplate", "credit_lines", "meta",
)  # fmt: skip


def article_to_json(article: Article) -> str:
    return json.dumps({k: getattr(article, k) for k in _FIELDS}, ensure_ascii=False, default=str)


def article_from_json(data: str) -> Article:
    d: dict[str, Any] = json.loads(data)
    return Article(**{k: d[k] for k in _FIELDS if k in d})


def read_blob(data: bytes, where: str, options=None):
    """Every article in one file's bytes (any format the readers know, gzipped or not),
    as :class:`~copydesk.model.Article` or :class:`~copydesk.read.ReadFailure`; the
    Spark engine's reader (``binaryFiles`` hands it whole files), the same code the local
    engine runs through :func:`copydesk.read.iter_articles`."""
    import io
    from collections import Counter

    from copydesk.errors import InputError
    from copydesk.read import ReadFailure
    from copydesk.read.batch import _MEDIA, _failure, _read_stream, format_from_name
    from copydesk.read.options import DEFAULT_OPTIONS

    options = options or DEFAULT_OPTIONS
    name = where.rsplit("/", 1)[-1].lower().removesuffix(".gz")
    if "." in name and "." + name.rsplit(".", 1)[-1] in _MEDIA:
        return
    fmt, _gz = format_from_name(where)
    try:
        for item, offset in _read_stream(io.BytesIO(data), where, options, fmt, Counter()):
            yield item if isinstance(item, Article) else _failure(item, where, offset)
    except InputError as e:
        yield _failure(e, where, None)
    except RecursionError:
        yield ReadFailure(where, "input too deeply nested")
