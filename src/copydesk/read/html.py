"""HTML to Article: main-content extraction with trafilatura, metadata, and cleanup.

Pipeline for one page:

1. Parse with lxml (recovering parser, comments dropped). Pages with more than
   ``ReadOptions.max_html_nodes`` elements are refused (:class:`LimitError`): extraction
   cost grows with the tree and deep trees are a known denial-of-service vector.
2. :func:`prune` removes page furniture from a copy of the tree (landmark tags and
   roles, class/id names such as ``author-bio`` or ``mostRead``, link lists), never a
   block holding most of the page's text. Then ``trafilatura.bare_extraction`` runs with
   metadata and comments excluded (its default keeps them, which leaks reader comments
   into the text). Title, site name, canonical URL, author and date come from
   trafilatura (which uses htmldate for the date); language from ``<html lang>`` or
   ``og:locale`` / ``content-language``.
3. The extracted text goes through :func:`copydesk.read.clean.clean` in ``"extracted"``
   mode: credit lines ("— Reuters"), inline "Read more:" teasers and ad labels the
   extractor kept are set aside. Then :func:`copydesk.read.structure.keep_mask` sets
   aside the kept lines that the page's structure puts outside the article's body
   container or in a box nested inside it (funeral notices, disclaimers, glossaries).
4. If the extractor returns nothing (a fragment, a tiny page), the page is rendered to
   text like a browser's select-all copy (:func:`html_to_text`) and cleaned as pasted
   text.

Measured on bench/extraction (docs/benchmarks-extraction.md).
"""

from __future__ import annotations

import copy
import re
from typing import Any

import lxml.etree as etree
import lxml.html

from copydesk.errors import InputError, LimitError
from copydesk.model import Article
from copydesk.read import structure
from copydesk.read.blocks import addresses_reader, channel_prompts
from copydesk.read.clean import LONG, Cleaned, classify, clean
from copydesk.read.normalize import tidy, tidy_line
from copydesk.read.options import DEFAULT_OPTIONS, ReadOptions

# Page furniture removed before extraction (:func:`prune`). A class or id is split into
# words at "-", "_", spaces and camelCase humps ("author-bio", "authorBio" -> author, bio)
# and matched word by word, so a class "commentary" is not "comment"; a few compound
# names that sites write as one word are listed whole.
_FURNITURE_WORDS = frozenset(
    """
    share sharing sharebar sharetools social socials follow
    related recommended recommendation recommendations recirculation onward onwards
    trending popular mostread mostpopular mostviewed morelike readnext readmore
    newsletter newsletters signup subscribe subscription subscriber paywall meter
    promo promos promotion promoted sponsored sponsor partner outbrain taboola
    ad ads advert adverts advertisement adslot adunit gpt dfp
    comments comment commentcount disqus reactions
    cookie cookies consent gdpr
    breadcrumb breadcrumbs crumbs skip
    bio authorbio authorbox authorcard
    tags tag taglist topics keywords schlagworte etiquetas
    widget sidebar rail toolbar tools pagination pager
    app apppromo download
    """.split()
)
# Two-word names: furniture only as a pair ("more-stories", "most-read", "author-bio").
_FURNITURE_PAIRS = frozenset(
    tuple(x.split("-"))
    for x in """
    more-stories more-news more-from more-like more-on most-read most-viewed most-shared
    most-popular read-more read-next see-also also-read author-bio author-box author-card
    about-author site-header site-footer key-events post-navigation next-article
    """.split()
)
# ARIA landmark roles and tags that are never the article.
_FURNITURE_ROLES = frozenset(
    "navigation complementary contentinfo banner dialog alertdialog search menu menubar toolbar".split()
)
_FURNITURE_TAGS = frozenset("aside nav footer form figcaption button select textarea".split())
# A block whose text is at least this share link text (and has >= 3 links) is a link
# list: menus, "Most read", teaser rails. Chosen on bench/extraction (tuned pages).
LINK_DENSITY = 0.5
# Never remove a block holding more than this share of the page's text: whatever its
# class says, it holds the article (a <main class="has-social-bar">).
MAX_PRUNED_SHARE = 0.4

_HUMP = re.compile(r"(?<=[a-z])(?=[A-Z])")
_SPLIT = re.compile(r"[^A-Za-z0-9]+")


def _words(value: str) -> list[str]:
    return [w.lower() for w in _SPLIT.split(_HUMP.sub("-", value)) if w]


def furniture_name(value: str) -> bool:
    """True when a class or id value names page furniture. A word after "no" or
    "without" is a setting, not a box ("entry-content no-share").

    >>> furniture_name("c-author-bio"), furniture_name("mostRead"), furniture_name("commentary")
    (True, True, False)
    >>> furniture_name("entry-content no-share"), furniture_name("share-bar")
    (False, True)
    """
    words = _words(value)
    if any(
        w in _FURNITURE_WORDS and (i == 0 or words[i - 1] not in _NEGATIONS)
        for i, w in enumerate(words)
    ):
        return True
    return any(pair in _FURNITURE_PAIRS for pair in zip(words, words[1:], strict=False))


_NEGATIONS = frozenset("no without disable disabled".split())
# Class and id names of the article's own container across common CMSs (WordPress's
# "entry-content", "articleBody", "story-body", "post-content"): such a block is never
# pruned, whatever other word its class carries ("entry-content no-share").
_CONTENT_PAIRS = frozenset(
    tuple(x.split("-"))
    for x in """
    entry-content post-content post-body article-body article-content article-text
    story-body story-content news-body news-content
    """.split()
)
_CONTENT_WORDS = frozenset("articlebody storybody postbody entrycontent postcontent".split())


def content_name(value: str) -> bool:
    """True when a class or id value names the article's own container.

    >>> content_name("entry-content no-share"), content_name("article__body"), content_name("related")
    (True, True, False)
    """
    words = _words(value)
    if any(w in _CONTENT_WORDS for w in words):
        return True
    return any(pair in _CONTENT_PAIRS for pair in zip(words, words[1:], strict=False))


def prune(tree) -> int:
    """Remove page furniture from ``tree`` in place; return how many blocks went.

    A block goes when its tag or ARIA role is a landmark that is never the article
    (aside, nav, footer, form, figcaption; role=navigation, complementary, dialog ...),
    when its class or id names furniture (:func:`furniture_name`), when it is hidden
    (``aria-hidden``), or when it is a link list (at least 3 links making up at least
    :data:`LINK_DENSITY` of its text). Guards: a block holding more than
    :data:`MAX_PRUNED_SHARE` of the page's text stays, whatever its name, and so do the
    page's main landmark (``<main>``, ``role="main"``, ``itemprop="articleBody"``, a
    class naming the article's container: :func:`content_name`), the blocks around it
    and the blocks holding most of its text.
    """
    body = tree.find("body")
    root = body if body is not None else tree
    nodes = [x for x in root.iter() if isinstance(x.tag, str)]
    size: dict = {}
    links: dict = {}
    nlinks: dict = {}
    for node in reversed(nodes):
        own = len((node.text or "").strip())
        kids = [c for c in node if isinstance(c.tag, str)]
        total = own + sum(size[c] + len((c.tail or "").strip()) for c in kids)
        # Comment/PI children carry tails too.
        total += sum(len((c.tail or "").strip()) for c in node if not isinstance(c.tag, str))
        size[node] = total
        if node.tag == "a":
            links[node], nlinks[node] = total, 1
        else:
            links[node] = sum(links[c] for c in kids)
            nlinks[node] = sum(nlinks[c] for c in kids)
    page = max(1, size.get(root, 0))
    # The page's main landmark and the blocks holding it stay, whatever their names
    # (Arc XP's "fusion-app" and "b-right-rail" layout wrappers hold the article).
    # Inside it, as on the page, a block holding most of its text stays.
    mains = [
        x
        for x in nodes
        if x.tag.lower() == "main"
        or (x.get("role") or "").lower() == "main"
        or (x.get("itemprop") or "").lower() == "articlebody"
        or content_name(x.get("class") or "")
        or content_name(x.get("id") or "")
    ]
    kept = {a for x in mains for a in (x, *x.iterancestors())}
    for m in mains:
        kept.update(x for x in m.iter() if x in size and size[x] > MAX_PRUNED_SHARE * size[m])
    doomed = []
    for node in nodes:
        if node is root or node in kept or size[node] > MAX_PRUNED_SHARE * page:
            continue
        if named_furniture(node) or (
            node.tag.lower() not in ("p", "a", "h1", "h2", "h3", "h4", "h5", "h6")
            and nlinks[node] >= 3
            and links[node] >= LINK_DENSITY * max(1, size[node])
        ):
            doomed.append(node)
    gone = 0
    removed: set = set()
    for node in doomed:
        if any(a in removed for a in node.iterancestors()):
            continue
        removed.add(node)
        node.drop_tree()
        gone += 1
    return gone


_HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
_TABLE_PARTS = frozenset("table tbody thead tfoot tr td th".split())
#: A table cell holding at least this many words is page layout, not a data cell.
LAYOUT_CELL_WORDS = 100


def _cells(table) -> list:
    """The cells of ``table`` itself, not of the tables nested in it."""
    out = []
    for row in table.iter("tr"):
        if next((a for a in row.iterancestors("table")), None) is table:
            out.extend(c for c in row if isinstance(c.tag, str) and c.tag in ("td", "th"))
    return out


def unwrap_layout_tables(tree) -> int:
    """Turn tables used for layout into plain blocks, in place; return how many.

    An extractor renders a table as rows of cells ("| ... | ... |"), right for data,
    wrong for a page laid out with tables: the whole page (menus, article, comments,
    sidebar) comes out as a few huge table rows. A table is layout when it has one cell
    only (a box around a photo or an advert), or when one of its own cells holds a
    heading, another table, or at least :data:`LAYOUT_CELL_WORDS` words: a data cell
    holds a value or a short phrase. Its rows and cells become ``<div>`` blocks.
    """
    count = 0
    for table in list(tree.iter("table")):
        cells = _cells(table)
        if not cells:
            continue
        layout = any(
            any(
                isinstance(d.tag, str) and d.tag in _HEADINGS | {"table"}
                for d in c.iterdescendants()
            )
            or len(c.text_content().split()) >= LAYOUT_CELL_WORDS
            for c in cells
        )
        if not layout:
            continue
        count += 1
        for node in [table, *table.iterdescendants()]:
            if node is table or (
                isinstance(node.tag, str)
                and node.tag in _TABLE_PARTS
                and node.tag != "table"
                and next((a for a in node.iterancestors("table")), None) is table
            ):
                node.tag = "div"
    return count


_BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd details dialog div dl dt fieldset figcaption "
    "figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section "
    "summary table tbody thead tfoot tr td th ul option title".split()
)
_SKIP_TAGS = frozenset("script style noscript template svg head iframe object canvas".split())
_HTML_SNIFF = re.compile(
    r"<\s*(?:!doctype\s+html|html|head|body|article|div|p|br|span|section|main|h[1-6]|a\s+href|table|ul|li|meta|title)\b",
    re.I,
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def looks_like_html(text: str) -> bool:
    """True when ``text`` is markup rather than prose with an occasional ``<``."""
    head = text[:4096].lstrip().lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")) and "<html" in text[:8192].lower():
        return True
    return len(_HTML_SNIFF.findall(text[:20000])) >= 2


def parse(html: str | bytes, where: str, options: ReadOptions = DEFAULT_OPTIONS):
    """An lxml tree for ``html``; :class:`InputError` if nothing parses."""
    # huge_tree: without it libxml2 silently drops any text node over 10,000,000 bytes,
    # so a page whose body is one huge paragraph read as "no article text". The size
    # of what is parsed is bounded by the reader's own limits instead (max_file_bytes
    # or max_record_bytes before parsing, max_html_nodes below).
    parser = lxml.html.HTMLParser(
        remove_comments=True, remove_pis=True, recover=True, huge_tree=True
    )
    try:
        if isinstance(html, str):
            # lxml refuses str with an encoding declaration; strip the XML prolog.
            html = re.sub(r"^\s*<\?xml[^>]*>", "", html, count=1)
        tree = lxml.html.document_fromstring(html, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as e:
        raise InputError(where, f"cannot parse HTML ({e})") from None
    if tree is None:
        raise InputError(where, "cannot parse HTML (empty document)")
    count = 0
    for _ in tree.iter():
        count += 1
        if count > options.max_html_nodes:
            raise LimitError(
                where,
                f"HTML has more than {options.max_html_nodes:,} elements (max_html_nodes)",
            )
    return tree


def html_to_text(tree) -> str:
    """The page as a browser's select-all copy renders it: one block per line.

    Scripts, styles and hidden elements are skipped; block elements start new lines.
    Iterative (no recursion), so deeply nested markup cannot overflow the stack.
    """
    parts: list[str] = []
    stack: list[tuple[Any, bool]] = [(tree, False)]
    while stack:
        node, closing = stack.pop()
        tag = node.tag if isinstance(node.tag, str) else ""
        tag = tag.lower()
        if closing:
            if tag in _BLOCK_TAGS:
                parts.append("\n")
            if node.tail:
                parts.append(node.tail)
            continue
        if tag in _SKIP_TAGS or not isinstance(node.tag, str):
            if node.tail:
                parts.append(node.tail)
            continue
        if node.get("hidden") is not None or _HIDDEN_STYLE.search(node.get("style") or ""):
            if node.tail:
                parts.append(node.tail)
            continue
        if tag in _BLOCK_TAGS:
            parts.append("\n")
        if tag in ("td", "th"):
            parts.append(" ")
        if node.text:
            parts.append(node.text)
        stack.append((node, True))
        for child in reversed(node):
            stack.append((child, False))
    return tidy("".join(parts))


def _language(tree) -> str | None:
    lang = tree.get("lang") or tree.get("xml:lang")
    if not lang:
        for xp in (
            "//meta[@property='og:locale']/@content",
            "//meta[@http-equiv='content-language' or @http-equiv='Content-Language']/@content",
            "//meta[@name='language']/@content",
        ):
            found = tree.xpath(xp)
            if found:
                lang = found[0]
                break
    if not lang:
        return None
    lang = str(lang).strip().replace("_", "-").split("-")[0].lower()
    return lang if re.fullmatch(r"[a-z]{2,3}", lang) else None


def _canonical(tree) -> str | None:
    for xp in ("//link[@rel='canonical']/@href", "//meta[@property='og:url']/@content"):
        found = tree.xpath(xp)
        if found and str(found[0]).startswith(("http://", "https://")):
            return str(found[0]).strip()
    return None


def extract(tree, url: str | None = None, *, precision: bool = False):
    """trafilatura's structured result for ``tree`` (None when it finds no article)."""
    import trafilatura  # imported on first use: it costs ~0.4 s, and plain text needs none of it

    joined = _protect_joiners(tree)
    try:
        doc = trafilatura.bare_extraction(
            tree,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            favor_precision=precision,
            deduplicate=False,
            # Dates only from the page's markup (meta tags, <time>, JSON-LD): the
            # extensive search also reads copyright years and guesses "2024-01-01".
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except (ValueError, TypeError, AttributeError, etree.LxmlError, RecursionError):
        return None
    if doc is not None and doc.text:
        doc.text = _extracted_text(doc.text, joined)
    return doc


def _extracted_text(text: str, joined: bool) -> str:
    """trafilatura's text with the joiners back (when ``joined``: :func:`_protect_joiners`
    put stand-ins in) and its lone bullets joined to their items."""
    return _join_bullets(_restore_joiners(text) if joined else text)


# A list item's bullet alone on its line: trafilatura writes "- " and then the item's
# text as it stands in the page, so a paragraph inside the item that opens with a line
# break (``<li>\n<p>\nText</p>``, as Markdown renderers write it) leaves the bullet
# on a line of its own (round 25).
_LONE_BULLET = re.compile(r"(?m)^([ \t]*[-•*])[ \t]*\n\s*(?=\S)")


def _join_bullets(text: str) -> str:
    """``text`` with each lone bullet joined to the line that follows it."""
    return _LONE_BULLET.sub(r"\1 ", text)


#: trafilatura drops non-printable characters, among them the zero-width non-joiner and
#: joiner that spell Persian, Kurdish and Indic words ("می‌گویند" would become
#: "میگویند"). They go through it as rare printable stand-ins (combining marks) and
#: come back after.
_JOINERS = {"\u200c": "\u034f", "\u200d": "\u0362"}
_TO_STAND_IN = str.maketrans(_JOINERS)
_FROM_STAND_IN = str.maketrans({v: k for k, v in _JOINERS.items()})


def _protect_joiners(tree) -> bool:
    """Replace the joiners in ``tree``'s text by their stand-ins, in place; True when
    there were any."""
    found = False
    for el in tree.iter():
        for attr in ("text", "tail"):
            value = getattr(el, attr, None)
            if value and ("\u200c" in value or "\u200d" in value):
                setattr(el, attr, value.translate(_TO_STAND_IN))
                found = True
    return found


def _restore_joiners(text: str) -> str:
    return text.translate(_FROM_STAND_IN)


def read_html(
    html: str | bytes,
    name: str = "<html>",
    *,
    url: str | None = None,
    options: ReadOptions = DEFAULT_OPTIONS,
    source_format: str = "html",
) -> Article:
    """One HTML page (str, or bytes already decoded to str) as an Article.

    >>> page = "<html><body><article><p>" + "The council met on Monday. " * 10 + "</p></article></body></html>"
    >>> read_html(page).text.startswith("The council met on Monday.")
    True
    """
    tree = parse(html, name, options)
    lang = _language(tree)
    canonical = _canonical(tree)
    # trafilatura modifies the tree it is given; keep ours for the fallback.
    work = _copy(tree)
    prune(work)
    unwrap_layout_tables(work)
    pruned = _copy(work) if options.clean_text else None
    doc = extract(work, url=url or canonical)
    # The plain extraction of the whole page: a second opinion for the safety net.
    plain = plain_lines(tree) if options.clean_text and RESCUE else []
    got = len(_WORD.findall(doc.text)) if doc is not None and doc.text else 0
    if options.clean_text and got < UNPRUNED_SHARE * len(_WORD.findall(" ".join(plain))):
        # The pruning took the article with it (a wrapper whose class reads as
        # furniture): extract from the page as it came, before the DOM fallback.
        pruned = _copy(tree)
        unwrap_layout_tables(pruned)
        doc = extract(_copy(pruned), url=url or canonical)
    text = doc.text if doc is not None and doc.text else ""
    title = _clean_meta(doc.title) if doc is not None else None
    lines = tidy(text).splitlines()
    if lines and title and tidy_line(lines[0]).lower() == title.lower():
        lines = lines[1:]
    if pruned is not None and lines:
        # Subheadings and in-body lists an extractor fell back to paragraphs for.
        lines = structure.fill(pruned, lines)
    mode = "extracted"
    if not lines and options.html_fallback:
        lines = html_to_text(tree).splitlines()
        mode = "pasted"
    if not any(line.strip() for line in lines):
        raise InputError(name, "no article text found in the HTML")
    if options.clean_text:
        c = clean("\n".join(lines), mode=mode, headings=structure.heading_lines(tree))
        if mode == "extracted" and c.text:
            c = _by_structure(tree, c)
            if RESCUE and c.text:
                c = _rescue(tree, c, plain)
            c = _late_prompts(c)
    else:
        c = Cleaned(text="\n".join(lines))
    if not c.text:
        raise InputError(name, "no article text found in the HTML")
    art = Article(
        text=c.text,
        id=name,
        path=name if not name.startswith("<") else None,
        url=url or canonical or (doc.url if doc is not None else None),
        title=title or c.title,
        site=_clean_meta(doc.sitename) if doc is not None else None,
        author=(_clean_meta(doc.author) if doc is not None else None) or c.author,
        date=(doc.date if doc is not None and doc.date else None) or c.date,
        language=lang,
        source_format=source_format,
        boilerplate=c.boilerplate,
        credit_lines=c.credit_lines,
    )
    if doc is not None and doc.description:
        art.meta["description"] = doc.description
    art.meta["extraction"] = "trafilatura" if mode == "extracted" else "fallback"
    return art


def _by_structure(tree, c: Cleaned) -> Cleaned:
    """``c`` without the lines the page's structure puts outside the article body."""
    lines = c.text.split("\n")
    if len(lines) < 2:
        return c  # one line is its own body: nothing to set aside
    return _set_aside(c, lines, structure.keep_mask(tree, lines))


def _set_aside(c: Cleaned, lines: list[str], keep: list[bool]) -> Cleaned:
    """``c`` with ``lines`` (its text, split) reduced to those ``keep`` marks; the others
    join its boilerplate."""
    if all(keep):
        return c
    c.text = tidy("\n".join(x for x, k in zip(lines, keep, strict=True) if k))
    gone = [x for x, k in zip(lines, keep, strict=True) if not k and x.strip()]
    c.boilerplate = [*c.boilerplate, *gone]
    return c


def _late_prompts(c: Cleaned) -> Cleaned:
    """``c`` without the channel prompts at the end of its final text
    (:func:`copydesk.read.blocks.channel_prompts`)."""
    lines = c.text.split("\n")
    return _set_aside(c, lines, [not g for g in channel_prompts(lines)])


#: Extract from the unpruned page when the pruned one gives under this share of the
#: words the plain extraction of the whole page keeps (the pruning took the article).
UNPRUNED_SHARE = 0.5
_WORD = re.compile(r"\w+")


#: Put back the article paragraphs the plain extraction keeps and the reader dropped
#: (:func:`_rescue`, round 15).
RESCUE = True
#: The plain pass without trafilatura's fallback extractors (readability, jusText):
#: a second opinion at a third of the cost.
PLAIN_FAST = False


def plain_lines(tree) -> list[str]:
    """What trafilatura keeps of the whole page with its own defaults (no pruning, no
    line cleaning), comments left out, one block a line; ``tree`` is not changed."""
    import trafilatura

    work = _copy(tree)
    joined = _protect_joiners(work)
    try:
        doc = trafilatura.bare_extraction(
            work,
            fast=PLAIN_FAST,
            with_metadata=False,
            include_comments=False,
            include_tables=True,
            deduplicate=False,
        )
    except (ValueError, TypeError, AttributeError, etree.LxmlError, RecursionError):
        return []
    if doc is None or not doc.text:
        return []
    return tidy(_extracted_text(doc.text, joined)).splitlines()


def named_furniture(node) -> bool:
    """``node`` is furniture by its tag, ARIA role or class/id name (as :func:`prune`
    reads them), or hidden."""
    if not isinstance(node.tag, str):
        return False
    return (
        node.tag.lower() in _FURNITURE_TAGS
        or (node.get("role") or "").lower() in _FURNITURE_ROLES
        or node.get("aria-hidden") == "true"
        or furniture_name(node.get("class") or "")
        or furniture_name(node.get("id") or "")
    )


def _prose(line: str) -> bool:
    """A paragraph (12+ words, a sentence end) that no boilerplate rule reads as page
    furniture and that does not speak to the reader."""
    return classify(line) == LONG and not addresses_reader(line)


def _rescue(tree, c: Cleaned, plain: list[str]) -> Cleaned:
    """``c`` with the article paragraphs that the plain extraction of the page keeps and
    the reader dropped (:func:`copydesk.read.structure.rescue`): a safety net for
    layouts the pruning, the line rules or the structure step misread."""
    lines = c.text.split("\n")
    out = structure.rescue(tree, lines, plain, _prose, named_furniture)
    if len(out) == len(lines):
        return c
    # The second opinion: the line rules, reading the lines put back in their place
    # among the kept ones, keep them too (a channel prompt or an appeal inside the
    # body leaves again).
    have = set(lines)
    agreed = set(clean("\n".join(out), mode="extracted").text.split("\n"))
    out = [x for x in out if x in have or x in agreed]
    back = set(out) - have
    if not back:
        return c
    c.text = tidy("\n".join(out))
    c.boilerplate = [x for x in c.boilerplate if x not in back]
    return c


def _copy(tree):
    return copy.deepcopy(tree)


def _clean_meta(value: str | None) -> str | None:
    if not value:
        return None
    value = tidy_line(str(value))
    return value or None
