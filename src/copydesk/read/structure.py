"""Page structure: which kept lines of an HTML page come from the article's own container.

Line shape cannot tell a funeral notice, an investment disclaimer or a glossary box from
article sentences; the page's markup often can. An article's paragraphs sit side by side
in one element (the *body container*), while boxes sit elsewhere: in other elements
after or beside the body, or nested inside it as an element of their own. This module
maps every line the reader kept back to the element it was rendered from and keeps the
lines whose element is a paragraph, heading or list of the body container. The signals
are language-independent: tag names, which element is whose parent, and whether an
element's ``class`` matches that of the body's paragraphs; no class or id *word* is read.

1. The page is rendered block by block (as :func:`copydesk.read.html.html_to_text`
   does), remembering for every line the element it came from.
2. Each kept line is found among the rendered lines (same words, or a run of them).
3. The line's *unit* is its element lifted to the enclosing list or table, and then up
   through wrappers that hold nothing else (``<div class="para"><p>…</p></div>``); the
   unit's parent is the line's *container*.
4. The body container is the container whose paragraph lines carry the most words
   (a ``<p>``, a leaf ``<div>``/``<section>``/``<article>`` with no block inside, as
   in ``<div class="paragraph">``, or text straight inside the container split by
   ``<br>``: round 8); its
   siblings with the same tag and class (an article split by an advert into several
   ``<section class="body-part">``) are body containers too, and so are blocks of its
   kind in a page builder's numbered rows of their own (:func:`_kin`, round 24).
5. A line leaves when its container is not a body container; or when, inside one, its
   unit is a box: a ``<blockquote>``, ``<figure>``, ``<table>``, ``<details>`` or
   ``<aside>`` with a class, or an element of another tag and class than the body's
   paragraphs (a ``<div class="service-details">`` with one paragraph); or a ``<p>`` of
   another class than the body's paragraphs after the last of them (a ``<p
   class="disclaimer">`` at the end) or before the first of them when it is shorter
   than :data:`LEDE_SHARE` of the body's median paragraph (a standfirst; a long
   styled first paragraph, a drop cap, a bold intro, stays). A plain ``<p>`` (no class), a heading, a list, ``<pre>`` and a
   ``<blockquote>`` without a class inside a body container stay, and so does a styled
   ``<p>`` among the body's paragraphs (an interview question); so does a heading in a
   wrapper of its own (``<div class="subheadline"><h2>``) between the body's paragraphs
   and right above one of them (round 10). Text straight inside
   the body container counts as its own kind of paragraph (``LOOSE``): when it carries
   the body, any element nested in it (an agenda ``<div>``) is a box. A heading after
   the body's last paragraph heads no paragraph: it opens an appendix ("Notes to
   editors" and its list), and it and everything after it leave. A unit whose words
   are at least :data:`MAX_LINK_SHARE` link text ("Read also: <a>headline</a>") leaves
   wherever it stands.

:func:`fill` runs before the cleaning, on the extractor's output: an extractor that
cannot find the article's container falls back to collecting ``<p>`` elements and loses
the article's subheadings and lists; the headings and list items of the body
containers that it left out are put back in page order.

Guards: lines that cannot be found in the page stay; nothing is removed when the body
container's paragraphs carry under :data:`MIN_BODY_SHARE` of the kept words or when the
rule would remove more than :data:`MAX_DROP_SHARE` of them (the page is not built the
way this module expects).
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from copydesk.read.normalize import (
    LETTER_CHAR,
    NOTE_LABEL,
    SENTENCE_STOPS,
    WORD_CHAR,
    mostly_names,
    tidy_line,
    writethru,
)

_BLOCK_TAGS = frozenset(
    "address article aside blockquote dd details dialog div dl dt fieldset figcaption "
    "figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section "
    "summary table tbody thead tfoot tr td th ul caption".split()
)
_SKIP_TAGS = frozenset("script style noscript template svg head iframe object canvas".split())
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_LIST_ITEM = frozenset("li dt dd".split())
_TABLE_PART = frozenset("td th tr tbody thead tfoot caption".split())
_HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
_LISTS = frozenset("ul ol dl".split())
#: Leaf blocks of these tags hold running text as a ``<p>`` does.
_LEAF_PARA_TAGS = frozenset("div section article".split())
#: Signature of text straight inside a body container (``<br>``-separated paragraphs).
LOOSE = ("#text", "")
#: Units that are a box inside the body whatever their class.
_BOX_TAGS = frozenset("figure table details aside fieldset form dialog".split())
_WORD = re.compile(rf"{WORD_CHAR}+")

#: The body container's paragraphs must carry at least this share of the kept words.
MIN_BODY_SHARE = 0.4
#: A unit of the body with at least this share of its words in links is a pointer to
#: another page, not article text.
MAX_LINK_SHARE = 0.5
#: Never remove more than this share of the kept words.
MAX_DROP_SHARE = 0.5
#: A kept line must have at least this many words to be found inside a longer rendered
#: line (shorter ones must match a rendered line exactly).
MIN_SUBSTRING_WORDS = 4
#: At most this many places of the same text are looked at.
MAX_PLACES = 8


def _key(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def _tag(node) -> str:
    return node.tag.lower() if isinstance(node.tag, str) else ""


def rendered_lines(tree) -> list[tuple[str, Any]]:
    """(key, element) for every line of the page rendered block by block.

    The element is the innermost block element the line's text belongs to. Scripts,
    styles and inline-hidden elements are skipped. Iterative (no recursion).
    """
    segments: list[tuple[Any, list[str]]] = []
    blocks: list[Any] = [tree]
    segments.append((tree, []))
    stack: list[tuple[Any, bool]] = [(tree, False)]
    while stack:
        node, closing = stack.pop()
        tag = _tag(node)
        if closing:
            if tag in _BLOCK_TAGS:
                blocks.pop()
                segments.append((blocks[-1], []))
            if node.tail:
                segments[-1][1].append(node.tail)
            continue
        if tag in _SKIP_TAGS or not tag:
            if node.tail:
                segments[-1][1].append(node.tail)
            continue
        if node.get("hidden") is not None or _HIDDEN_STYLE.search(node.get("style") or ""):
            if node.tail:
                segments[-1][1].append(node.tail)
            continue
        if tag in _BLOCK_TAGS:
            blocks.append(node)
            segments.append((node, []))
        elif tag == "br":
            segments.append((blocks[-1], []))
        if node.text:
            segments[-1][1].append(node.text)
        stack.append((node, True))
        for child in reversed(node):
            stack.append((child, False))
    out = []
    for owner, parts in segments:
        key = _key(" ".join(parts))
        if key:
            out.append((key, owner))
    return out


class _Finder:
    """Finds a kept line's element among the rendered lines."""

    def __init__(self, rendered: list[tuple[str, Any]]):
        self.exact: dict[str, list[Any]] = {}
        for key, el in rendered:
            self.exact.setdefault(key, []).append(el)
        self.elements = [el for _, el in rendered]
        self.starts: list[int] = []
        pos = 0
        for key, _ in rendered:
            self.starts.append(pos)
            pos += len(key) + 1
        self.text = " ".join(key for key, _ in rendered)
        self._flat: str | None = None
        self._flat_at: list[int] = []

    def find(self, line: str) -> list[Any]:
        key = _key(line)
        if not key:
            return []
        if key in self.exact:
            return self.exact[key]
        if key.count(" ") + 1 < MIN_SUBSTRING_WORDS:
            return []
        found = self._places(key)
        if not found:
            found = self._glued(key)
        return found

    def _glued(self, key: str) -> list[Any]:
        """Where a line stands whose blocks the extractor ran together without a space
        ("Read alsoHeadline of another storyIts dek"): its words are found with the
        spaces between words ignored (round 13). The rendered line holding most of it
        (the card's headline or dek) stands for it."""
        if self._flat is None:
            # The rendered text without spaces, and each of its characters' place in
            # the text with spaces.
            self._flat_at = [i for i, ch in enumerate(self.text) if ch != " "]
            self._flat = self.text.replace(" ", "")
        flat = key.replace(" ", "")
        at = self._flat.find(flat)
        if at < 0 or self._flat.find(flat, at + 1) >= 0:
            return []  # not there, or there more than once: no evidence
        start, end = self._flat_at[at], self._flat_at[at + len(flat) - 1] + 1
        return self._places(self.text[start:end])

    def _places(self, key: str) -> list[Any]:
        found: list[Any] = []
        at = self.text.find(key)
        # Every place the text occurs (a verdict box or a standfirst may repeat a
        # sentence of the body), a few at most.
        while at >= 0 and len(found) < MAX_PLACES:
            first = bisect.bisect_right(self.starts, at) - 1
            last = bisect.bisect_right(self.starts, at + len(key) - 1) - 1
            # The rendered line holding most of the kept line.
            best = max(
                range(first, last + 1),
                key=lambda i, at=at: (
                    min(at + len(key), self.starts[i] + self._len(i)) - max(at, self.starts[i])
                ),
            )
            found.append(self.elements[best])
            at = self.text.find(key, at + 1)
        return found

    def _len(self, i: int) -> int:
        end = self.starts[i + 1] - 1 if i + 1 < len(self.starts) else len(self.text)
        return end - self.starts[i]


def _has_text(node) -> bool:
    return bool("".join(node.itertext()).strip()) if isinstance(node.tag, str) else False


def _text_children(node) -> list:
    """``node``'s child elements that hold text."""
    return [c for c in node if _has_text(c)]


def _beside(node, step: int) -> Any:
    """The nearest sibling element after (``step`` 1) or before (-1) ``node`` that
    holds text, or None."""
    sib = node.getnext() if step > 0 else node.getprevious()
    while sib is not None and not _has_text(sib):
        sib = sib.getnext() if step > 0 else sib.getprevious()
    return sib


def _has_loose_text(node) -> bool:
    """Text straight inside ``node`` (its own text or a child's tail), not in a child."""
    if (node.text or "").strip():
        return True
    return any((c.tail or "").strip() for c in node)


def _para_like(el) -> bool:
    """A line's element that holds running text: a ``<p>``, or a block of another tag
    with no block inside it (``<div class="paragraph">``) that is not a heading, list
    item, table cell or caption."""
    tag = _tag(el)
    if tag == "p":
        return True
    if tag not in _LEAF_PARA_TAGS:
        return False
    return not any(_tag(c) in _BLOCK_TAGS for c in el)


def unit_of(el):
    """The element ``el`` stands for in its container: its list or table, lifted
    through wrappers that hold nothing else."""
    u = _lift(el)
    tag = _tag(u)
    if tag in _LIST_ITEM or tag in _TABLE_PART:
        # An item's paragraph (``<li><p>``) stands for the item, and the item for its
        # list (round 24).
        want = _LISTS if tag in _LIST_ITEM else frozenset({"table"})
        p = u.getparent()
        while p is not None and _tag(p) not in want:
            p = p.getparent()
        if p is not None:
            u = _lift(p)
    return u


def _lift(u):
    """``u`` lifted through wrappers that hold nothing else."""
    while True:
        parent = u.getparent()
        if parent is None or _tag(parent) in ("body", "html"):
            return u
        kids = _text_children(parent)
        if len(kids) != 1 or _has_loose_text(parent):
            return u
        u = parent


def _signature(node) -> tuple[str, str]:
    return _tag(node), " ".join((node.get("class") or "").split())


def _find_all(finder: _Finder, lines: list[str]) -> list[list[tuple[Any, Any, bool]]]:
    """Every element each line may come from (a heading repeated in a table of contents
    has two), as (unit, container, is a <p>) triples."""
    found: list[list[tuple[Any, Any, bool]]] = []
    for line in lines:
        pairs = []
        for el in finder.find(line):
            if any(_tag(c) in _BLOCK_TAGS for c in el):
                # Loose text beside blocks (text and <br> straight inside a <div>): it
                # stands for itself in the element that holds it.
                pairs.append((None, el, True))
                continue
            u = unit_of(el)
            pairs.append((u, u.getparent(), _para_like(el)))
        found.append(pairs)
    return found


def _body_containers(found, counts: list[int]) -> set | None:
    """The body containers (step 4 of the module doc), or None when the kept lines'
    paragraphs do not point to one holding :data:`MIN_BODY_SHARE` of the words."""
    total = sum(counts)
    p_words: dict[Any, int] = {}
    for pairs, n in zip(found, counts, strict=True):
        # Text found in one place only decides where the body is.
        if len(pairs) == 1 and pairs[0][2] and pairs[0][1] is not None:
            p_words[pairs[0][1]] = p_words.get(pairs[0][1], 0) + n
    if not p_words or not total:
        return None
    # Containers of the same tag and class side by side (live-blog entries, an article
    # split by an advert) count as one.
    groups: dict[Any, int] = {}
    for c, n in p_words.items():
        groups[_group(c)] = groups.get(_group(c), 0) + n
    best = max(groups, key=lambda g: groups[g])
    bodies = {c for c in p_words if _group(c) == best}
    body = next(iter(bodies))
    if groups[best] < MIN_BODY_SHARE * total:
        blocks = _block_bodies(p_words, total)
        if blocks is not None or not GRID_KIN:
            return blocks
        # Each paragraph in a grid row of its own (Umbraco's grid): the rows together.
        bodies |= {c for c in p_words if c not in bodies and _grid_kin(c, body)}
        if sum(p_words[c] for c in bodies) < MIN_BODY_SHARE * total:
            return None
    parent = body.getparent()
    if parent is not None:
        bodies.update(s for s in parent if _group(s) == best)
    if SPLIT_WRAPPERS:
        # An article split by a box between two wrappers of one class (a CMS's
        # "rich-text news-body" component, twice, around a "quick facts" component):
        # containers of the body's signature in wrappers of its parent's signature
        # beside it, holding paragraphs the extractor kept, are the body too.
        cousins = _cousins(body)
        if cousins is not None:
            bodies.update(c for c in p_words if _cousins(c) == cousins)
    if KIN_BODIES:
        bodies.update(c for c in p_words if c not in bodies and _kin(c, body))
    if GRID_KIN:
        bodies.update(c for c in p_words if c not in bodies and _grid_kin(c, body))
    return bodies


#: Body containers in the same column of another grid row count as one body (round 31).
GRID_KIN = True


def _position(node) -> int:
    parent = node.getparent()
    if parent is None:
        return 0
    return [c for c in parent if isinstance(c.tag, str)].index(node)


def _grid_kin(node, body) -> bool:
    """``node`` continues the body in another row of a grid: the two have the same
    signature (a bare ``<div>`` too), and their ancestors, level by level up to the
    element they share (at most :data:`KIN_DEPTH` levels), have the same tag and class
    words but for numbers, except at most at one level, where both stand at the same
    place among their siblings (the first column of each row, whose width class
    differs: ``col-lg-12`` above a ``col-md-8`` with a sidebar beside it). A sidebar's
    block stands in another column."""
    if _loose_signature(node) != _loose_signature(body):
        return False
    a, b = node, body
    odd = 0
    for _ in range(KIN_DEPTH):
        pa, pb = a.getparent(), b.getparent()
        if pa is None or pb is None:
            return False
        if pa is pb:
            return a is not node
        if not _same_kind(pa, pb, _loose_signature(pa)):
            if odd or _tag(pa) != _tag(pb) or _position(pa) != _position(pb):
                return False
            odd += 1
        a, b = pa, pb
    return False


#: Body containers in builder rows of their own count as one body (round 24).
KIN_BODIES = True
#: ... up to this many levels below the element the rows share.
KIN_DEPTH = 6
_DIGITS = re.compile(r"\d+")


def _loose_signature(node) -> tuple[str, frozenset[str]]:
    """Tag and class words with their numbers blanked: a page builder numbers each
    instance of a block (``fusion-text-1``, ``fusion-builder-row-3``)."""
    return _tag(node), frozenset(_DIGITS.sub("#", c) for c in (node.get("class") or "").split())


def _loose_id(node) -> str:
    return _DIGITS.sub("#", node.get("id") or "")


def _same_kind(a, b, sig: tuple[str, frozenset[str]]) -> bool:
    """Same tag and class words but for numbers, or ids that differ only in numbers
    (``article-body-1``, ``article-body-2``: a styling word may differ)."""
    if sig == _loose_signature(b):
        return True
    ida = _loose_id(a)
    return bool(ida) and "#" in ida and _tag(a) == _tag(b) and ida == _loose_id(b)


def _kin(node, body) -> bool:
    """``node`` is a block of the same kind as ``body`` in a row of the same kind: the
    two (with a class), and their ancestors level by level up to the element they share
    (at most :data:`KIN_DEPTH` levels up; bare ones such as table rows too), have the
    same tag and class words but for instance numbers. A page builder puts each run of the article's paragraphs in a row of its
    own (``<div class="fusion-fullwidth fusion-builder-row-1">…<div class="fusion-text
    fusion-text-1">``) with an advert's row between them. A modifier word makes
    another kind of block: ``<div class="ce_text infobox">`` beside ``<div
    class="ce_text">`` is a box, and so is, for this rule, a lead marked as one."""
    a, b = node, body
    for _ in range(KIN_DEPTH):
        if a is None or b is None:
            return False
        sig = _loose_signature(a)
        if not _same_kind(a, b, sig) or (a is node and not sig[1] and not _loose_id(a)):
            return False
        a, b = a.getparent(), b.getparent()
        if a is not None and a is b:
            return True
    return False


#: Body containers in sibling wrappers of one signature count as one body (round 19).
SPLIT_WRAPPERS = True


def _cousins(node) -> tuple | None:
    """``node``'s place among content blocks: (its grandparent, its parent's signature,
    its own), or None when it has no grandparent."""
    parent = node.getparent()
    grand = parent.getparent() if parent is not None else None
    if grand is None:
        return None
    return (grand, *_signature(parent), *_signature(node))


def _block_bodies(p_words: dict, total: int) -> set | None:
    """Body containers of an article built of content blocks (round 13): a CMS puts
    each run of paragraphs in a wrapper of its own inside a block of its own
    (``<section class="block--text"><div class="rich-text"><p>…``), with a pull quote
    or a panel in blocks of other classes between them. Containers of one signature
    whose parents share a signature and a parent count as one body when together they
    hold :data:`MIN_BODY_SHARE` of the words; a panel's wrapper of another class is
    not among them."""
    groups: dict[Any, int] = {}
    for c, n in p_words.items():
        g = _cousins(c)
        if g is not None:
            groups[g] = groups.get(g, 0) + n
    if not groups:
        return None
    best = max(groups, key=lambda g: groups[g])
    if groups[best] < MIN_BODY_SHARE * total:
        return None
    grand, ptag, pcls, tag, cls = best
    return {
        c
        for parent in grand
        if isinstance(parent.tag, str) and _signature(parent) == (ptag, pcls)
        for c in parent
        if isinstance(c.tag, str) and _signature(c) == (tag, cls)
    }


def keep_mask(tree, lines: list[str]) -> list[bool]:
    """For each kept line, whether the page's structure keeps it (see the module doc)."""
    mask = [True] * len(lines)
    if not lines:
        return mask
    finder = _Finder(rendered_lines(tree))
    counts = [len(_key(line).split()) for line in lines]
    total = sum(counts)
    found = _find_all(finder, lines)
    bodies = _body_containers(found, counts)
    if bodies is None:
        return mask
    # Each line's unit: the one in a body container when there is one.
    units: list[Any] = []
    loose = [False] * len(lines)
    for i, pairs in enumerate(found):
        inside = [u for u, c, _ in pairs if c in bodies and u is not None]
        if not inside and WRAPPED_BLOCKS:
            inside = [x for u, _c, _ in pairs if (x := _into_body(u, bodies)) is not None]
        if not inside and MIXED_UNITS:
            # Text and a list in one block of the body ("<div class="paragraph">The
            # clinic offers:<br><ul>..."): the line's unit is that block.
            inside = [c for u, c, _ in pairs if _mixed_unit(u, c, bodies)]
        if not inside and GRID_KIN:
            # A block lifted past its container because its column holds other things
            # too (buttons beside it): the body's block in another row of the grid.
            inside = [
                _innermost(u)
                for u, _c, _ in pairs
                if u is not None and any(_grid_kin(u, b) for b in bodies)
            ]
        if not inside and FACT_BOXES:
            inside = [b for _u, c, _ in pairs if (b := _fact_box(c, bodies)) is not None]
        units.append(inside[0] if inside else None)
        loose[i] = not inside and any(u is None and c in bodies for u, c, _ in pairs)
    # The body paragraphs' own signature: the (tag, class) of the units carrying most
    # words in the body containers (text straight inside them counts as LOOSE), and
    # the first and last line with it.
    sigs = [
        _signature(u) if u is not None else LOOSE if loose[i] else None for i, u in enumerate(units)
    ]
    unit_words: dict[tuple[str, str], int] = {}
    for sig, n in zip(sigs, counts, strict=True):
        if sig is not None:
            unit_words[sig] = unit_words.get(sig, 0) + n
    if not unit_words:
        return mask
    main = max(unit_words, key=lambda s: unit_words[s])
    rows = [i for i, sig in enumerate(sigs) if sig == main]
    first, last = rows[0], rows[-1]
    # A styled first paragraph (a drop cap, a lede, a tabloid's bold intro) is nearly
    # as long as the body's own; a standfirst, a kicker or a notice above the body is
    # shorter.
    median = sorted(counts[i] for i in rows)[len(rows) // 2]
    while first > 0 and units[first - 1] is not None and _tag(units[first - 1]) == "p":
        if counts[first - 1] < LEDE_SHARE * median:
            break
        first -= 1
    # A heading after the body's last paragraph heads no paragraph: it opens an
    # appendix ("Notes to editors" and its list), which leaves with what follows it.
    appendix = next(
        (
            i
            for i in range(last + 1, len(lines))
            if units[i] is not None and _tag(units[i]) in _HEADINGS
        ),
        len(lines),
    )
    intro = _intro_lines(found, counts, first, median, bodies) if LEAD_FILL else set()
    body = [lines[r] for r in rows]  # what an end note restates
    dropped = 0
    for i, pairs in enumerate(found):
        if not pairs:
            continue  # not found in the page: no evidence either way
        u = units[i]
        if i >= appendix and (u is not None or loose[i]):
            keep = False
        elif loose[i]:
            keep = True  # loose text of the body container itself
        else:
            keep = u is not None and _in_body_keeps(u, main, first <= i <= last)
            # A heading in a wrapper of its own class ("subheadline-block") among the
            # body's paragraphs heads the paragraph under it, as a bare heading does.
            keep = keep or (
                u is not None and first < i < last and sigs[i + 1] == main and _wrapped_heading(u)
            )
            # A fact box among the body's paragraphs ("By the numbers" and its list).
            keep = keep or (
                FACT_BOXES and u is not None and first < i < last and _fact_box(u, bodies) is u
            )
            # A labelled note of several sentences in a box of its own right above the
            # body's first paragraph ("Correction: An earlier version ... It will ...").
            keep = keep or (u is not None and i == first - 1 and _top_note(u, lines[i]))
            # A styled paragraph after the body's last one that talks about what the
            # body talks about: a correction or an update note, not a disclaimer.
            keep = keep or (
                END_NOTE
                and u is not None
                and i > last
                and _tag(u) == "p"
                and _end_note(lines[i], body)
            )
            # ... or a paragraph in a block of its own right after the body (a CMS's
            # "note" field beside its "body" field).
            keep = keep or (
                END_NOTE_WRAPPED
                and u is None
                and i == last + 1
                and len(pairs) == 1
                and pairs[0][0] is not None
                and _tag(pairs[0][0]) not in _BOX_TAGS
                and _tag(_innermost(pairs[0][0])) == "p"
                and _labelled(lines[i])
                and not mostly_names(lines[i])
                and _end_note(lines[i], body)
            )
            # A labelled note in italics or bold right after the body's last paragraph
            # or right above its first, in a block of its own ("Update, 9 October:
            # ...", "Nota de la redaksion: ...").
            keep = keep or (
                NOTE_BESIDE
                and i in (first - 1, last + 1)
                and _styled_note(pairs[0][0] if u is None else u, lines[i], body)
            )
            # A wire's writethru line right above the body ("(Adds union comment in
            # paragraphs 9-10)"), in whatever box the CMS gives it.
            keep = keep or (WRITETHRU and i == first - 1 and writethru(lines[i]))
            # A line that is mostly a link ("Read also: <a>headline</a>") points
            # elsewhere, whatever its tag.
            keep = keep and (u is None or _link_share(u) < MAX_LINK_SHARE)
            # A lead paragraph standing right before the body container, as long as the
            # body's paragraphs (a short one is a standfirst).
            if LEAD and not keep and i == first - 1 and counts[i] >= LEAD_SHARE * median:
                lead = _lead(pairs, bodies)
                keep = lead is not None and _link_share(lead) < MAX_LINK_SHARE
            # The article's opening paragraphs in a block of their own right before
            # the body container (see :func:`_lead_block`).
            keep = keep or (LEAD_FILL and i in intro)
        if keep and POSTSCRIPT and i == last and u is not None and _postscript(u, lines[i]):
            keep = False
        if keep and CAPTIONS and len(pairs) == 1 and _caption(pairs[0][0], counts[i]):
            keep = False
        if not keep:
            mask[i] = False
            dropped += counts[i]
    if dropped > MAX_DROP_SHARE * total:
        return [True] * len(lines)
    return mask


#: A note's label ("Correction:", "Editor's note:") has at most this many words.
NOTE_LABEL_WORDS = 3
_NOTE_LABEL = re.compile(r"\A[^\W\d_][^:.!?]{0,40}?:\s")
_SENTENCE_END = re.compile(rf"[{SENTENCE_STOPS}][\"'”’»)\]]*\s*\Z")
_SENTENCE_BREAK = re.compile(rf"[{SENTENCE_STOPS}][\"'”’»)]*\s+\S")


def _top_note(u, line: str) -> bool:
    """``u`` is a note on the article at the top of its body: a wrapper of one paragraph
    (no heading, list or box tag) whose text opens with a label of 1 to
    :data:`NOTE_LABEL_WORDS` words and a colon and goes on for two sentences or more
    (a correction, an editor's note). A standfirst or a claim box is one unlabelled
    sentence; an affiliate notice or a summary opens without a label."""
    if _tag(u) in _BOX_TAGS or _tag(u) == "blockquote":
        return False
    if any(_tag(x) in _HEADINGS or _tag(x) in _LISTS for x in u.iter()):
        return False
    m = _NOTE_LABEL.match(line)
    if not m or not 1 <= len(_WORD.findall(m.group())) <= NOTE_LABEL_WORDS:
        return False
    return bool(_SENTENCE_BREAK.search(line[m.end() :]))


#: Keep a styled ``<p>`` after the body's last paragraph when it reads as a note on
#: the article (:func:`_end_note`).
END_NOTE = True
#: ... and a ``<p>`` in a wrapper of its own right after it (round 31).
END_NOTE_WRAPPED = True
#: ... when at least this share of its content words (5+ letters, and numbers since
#: round 29: a correction restates a figure or a year) occur in the body's paragraphs
#: (round 17, on the development groups: update and correction notes 0.38 and 0.54;
#: disclaimers, source and licence lines, a typo prompt 0.00 to 0.14; round 25: 0.3 ->
#: 0.2 for a correction at 0.25, whose formula words "earlier version", "article",
#: "correct figure" the body does not use).
END_NOTE_COHESION = 0.2
#: ... and it has at least this many words.
END_NOTE_WORDS = 8
_CONTENT = re.compile(rf"{LETTER_CHAR}{{5,}}|\d+")


def _end_note(line: str, body: list[str]) -> bool:
    """``line`` is a note on the article at its end (a correction, an update): a
    sentence of :data:`END_NOTE_WORDS` words or more most of whose content words
    (:data:`END_NOTE_COHESION`) the body's paragraphs use, since it restates what the
    article got wrong or what changed. A disclaimer, a licence line or a prompt speaks
    of the site or the reader, in words the article does not use."""
    if len(_WORD.findall(line)) < END_NOTE_WORDS or not _SENTENCE_END.search(line):
        return False
    words = [w.lower() for w in _CONTENT.findall(line)]
    if not words:
        return False
    seen = {w.lower() for x in body for w in _CONTENT.findall(x)}
    share = sum(w in seen for w in words) / len(words)
    return share >= END_NOTE_COHESION


#: Keep a note in italics or bold beside the body (:func:`_styled_note`, round 29).
NOTE_BESIDE = True
#: ... whose label ("Update, 4.40pm:", "Nota de la redaksion:") has at most this many
#: words.
NOTE_BESIDE_LABEL_WORDS = 4
_EMPHASIS = frozenset(("em", "i", "strong", "b"))


def _labelled(line: str) -> bool:
    """``line`` opens with a note's label: 1 to :data:`NOTE_BESIDE_LABEL_WORDS` words and
    a colon ("Update, 4.40pm:", "Corrección:")."""
    m = NOTE_LABEL.match(line)
    return bool(m) and 1 <= len(_WORD.findall(m.group())) <= NOTE_BESIDE_LABEL_WORDS


def _styled_note(u, line: str, body: list[str]) -> bool:
    """``u`` (the element ``line`` comes from) is a note on the article: all its text in
    one ``<em>``, ``<i>``, ``<strong>`` or ``<b>``, opening with a label of 1 to
    :data:`NOTE_BESIDE_LABEL_WORDS` words and a colon, and restating the body as an end
    note does (:func:`_end_note`). Sites set a correction or an update apart so; a
    caption or a disclaimer reads otherwise, and a team sheet after a match report is
    in plain type."""
    if u is None or _tag(u) in _HEADINGS or _link_share(u) >= MAX_LINK_SHARE:
        return False
    if not _all_in_one(_innermost(u), _EMPHASIS):
        return False
    return _labelled(line) and _end_note(line, body)


#: A styled ``<p>`` right above the body's first paragraph stays when it has at least
#: this share of the words of the body's median paragraph (round 13: 1.0 before; a
#: tabloid's bold intro sentence is a little shorter than its paragraphs, an affiliate
#: notice two thirds as long, a kicker or a stamp a fifth).
LEDE_SHARE = 0.8

#: Keep a long ``<p>`` right before the body container (:func:`_lead`).
LEAD = True
#: ... at least this share of the body's median paragraph long (round 31: 1.0 before).
LEAD_SHARE = 0.8
#: ... also in a block of its own (a CMS's "teaser" field before its "body"; round 31).
LEAD_WRAPPED = True


#: A lead paragraph may stand above the byline and the picture (:func:`_lead`, round 25).
LEAD_PAST_META = True
#: A byline block (name, date, reading time, share links) has at most this many words.
META_WORDS = 25


def _meta_block(node) -> bool:
    """``node`` is a byline or meta block, a picture or an advert's slot: at most
    :data:`META_WORDS` words and no sentence (:func:`_slot` for the others)."""
    text = _shown_text(node)
    if _slot(node, text):
        return True
    return (
        len(_WORD.findall(text)) <= META_WORDS
        and not _SENTENCE_BREAK.search(text)
        and not _SENTENCE_END.search(text)
    )


#: A styled short paragraph right under a picture is its caption (round 25).
CAPTIONS = True
#: ... of at most this many words.
CAPTION_LINE_WORDS = 30
_STYLE_TAGS = frozenset("em i small span font".split())


def _all_in_one(node, tags: frozenset[str]) -> bool:
    """All the text ``node`` holds is inside its one child element, whose tag is one of
    ``tags`` (``<p><em>...</em></p>``)."""
    kids = [c for c in node if isinstance(c.tag, str)]
    return len(kids) == 1 and _tag(kids[0]) in tags and not _has_loose_text(node)


#: Drop the body's last paragraph when it is a postscript in italics that speaks to
#: the reader (:func:`_postscript`, round 30).
POSTSCRIPT = True
#: ... or in the body's type after a rule (round 30).
POSTSCRIPT_RULE = True


def _postscript(u, line: str) -> bool:
    """``u`` (the body's last paragraph) is the site's appeal set in small italics
    after the article ("If you would like to give to the appeal, you can ..."): all its
    text in one ``<em>``, ``<i>``, ``<strong>`` or ``<b>`` (through other one-child
    wrappers such as ``<font>`` or ``<small>``), and a word for the reader or for the
    site (the ``[voice]`` words), and no note's label. The article's own last paragraph
    is in the body's plain type; an italic end note opens with its label."""
    from copydesk.read.blocks import voice

    node = _innermost(u)
    styled = False
    while True:
        kids = [c for c in node if isinstance(c.tag, str)]
        if len(kids) != 1 or _has_loose_text(node):
            break
        node = kids[0]
        styled = styled or _tag(node) in _EMPHASIS
    if _labelled(line):
        return False  # a labelled note ("Update, June 5: ... we have corrected it")
    if not styled and POSTSCRIPT_RULE:
        # ... or set off from the body by a rule (an <hr>, an empty divider block).
        prev = u.getprevious()
        while prev is not None and not isinstance(prev.tag, str):
            prev = prev.getprevious()
        styled = (
            prev is not None
            and _tag(prev) in _BLOCK_TAGS
            and not _has_text(prev)
            and not any(True for _ in prev.iter("img", "picture", "iframe", "video"))
        )
    return styled and bool(voice().search(line))


def _caption(u, words: int) -> bool:
    """``u`` is a ``<p>`` of at most :data:`CAPTION_LINE_WORDS` words, all of them in
    italics or small print (``<p><em><span style="font-size: 10pt">``), right under
    an element that shows a picture and no text: a WYSIWYG editor's caption."""
    if u is None or _tag(u) != "p" or words > CAPTION_LINE_WORDS:
        return False
    if not _all_in_one(u, _STYLE_TAGS):
        return False
    prev = u.getprevious()
    while prev is not None and not isinstance(prev.tag, str):
        prev = prev.getprevious()
    return (
        prev is not None and not _has_text(prev) and any(True for _ in prev.iter("img", "picture"))
    )


def _lead(pairs, bodies: set) -> Any:
    """The line's element when it is a ``<p>`` whose next element is a body container,
    but for a byline, a picture or an advert's slot between them: the article's first
    paragraph set apart from the rest (a bold lead, a lead above the byline); else
    None."""
    for u, _c, _ in pairs:
        if u is None or _tag(u) != "p" and not (LEAD_WRAPPED and _tag(_innermost(u)) == "p"):
            continue
        nxt = u.getnext()
        # Past a byline, a picture or an advert's slot (round 25).
        while nxt is not None and (
            not isinstance(nxt.tag, str)
            or (LEAD_PAST_META and nxt not in bodies and _meta_block(nxt))
        ):
            nxt = nxt.getnext()
        if nxt is not None and nxt in bodies:
            return u
    return None


def _wrapped_heading(u) -> bool:
    """``u`` is a wrapper holding a heading and nothing else (no box tag)."""
    if _tag(u) in _BOX_TAGS or _tag(u) == "blockquote":
        return False
    h = next((x for x in u.iter() if _tag(x) in _HEADINGS), None)
    return h is not None and _key("".join(h.itertext())) == _key("".join(u.itertext()))


def _link_share(node) -> float:
    """Share of ``node``'s words that are the text of links inside or around it."""
    total = len(_WORD.findall("".join(node.itertext())))
    if not total:
        return 0.0
    if any(_tag(a) == "a" for a in node.iterancestors()):
        return 1.0
    linked = sum(len(_WORD.findall("".join(a.itertext()))) for a in node.iter("a"))
    return linked / total


def _group(node) -> tuple:
    parent = node.getparent()
    return (parent if parent is not None else node, *_signature(node))


#: Keep a wire's writethru line right above the body (round 30).
WRITETHRU = True

#: Keep a fact box among the body's paragraphs (:func:`_fact_box`, round 30).
FACT_BOXES = True
#: A fact box's items have at most this many words each ...
FACT_ITEM_WORDS = 16
#: ... and its title at most this many.
FACT_TITLE_WORDS = 4
#: The box stands at most this many levels below a body container.
FACT_BOX_DEPTH = 3


def _fact_box(c, bodies: set) -> Any:
    """The box holding ``c`` when it is a fact box in the body, or None.

    Writers put the article's key figures in a box of their own between its paragraphs
    ("By the numbers", "At a glance": a short title over a list of short facts); a
    related-links box, a newsletter prompt or an advert there is a box too, but it
    holds links or sentences (and a timeline box of dated sentences is one of its own).
    So a fact box is a block, a few levels inside a body container, holding at most a
    short title and one list of at least two short items, none a sentence, without
    links."""
    box = c
    for _ in range(FACT_BOX_DEPTH):
        if box is None:
            return None
        parent = box.getparent()
        if parent in bodies:
            break
        box = parent
    else:
        return None
    if box is None or box in bodies or _tag(box) in _HEADINGS or _tag(box) in _LISTS:
        return None
    lists = [x for x in box.iter("ul", "ol") if _has_text(x)]
    if len(lists) != 1 or any(_tag(a) == "a" for a in box.iter()):
        return None
    items = [li for li in lists[0] if _tag(li) == "li" and _has_text(li)]
    texts = ["".join(li.itertext()).strip() for li in items]
    if len(items) < 2 or any(
        len(_WORD.findall(t)) > FACT_ITEM_WORDS or _SENTENCE_END.search(t) for t in texts
    ):
        return None
    listed = len(_WORD.findall("".join(lists[0].itertext())))
    title = len(_WORD.findall("".join(box.itertext()))) - listed
    return box if title <= FACT_TITLE_WORDS else None


#: Find lines lifted past a body container (:func:`_into_body`, round 17).
WRAPPED_BLOCKS = True


#: A line of a block of the body that holds text beside a list has that block for its
#: unit (:func:`_mixed_unit`, round 29).
MIXED_UNITS = True


def _mixed_unit(u, c, bodies: set) -> bool:
    """``c``, the element holding a line, is a block of a body container holding loose
    text and a list: the line is the loose text (``u`` None) or the list's."""
    if c is None or c in bodies or c.getparent() not in bodies:
        return False
    return (u is None or _tag(u) in _LISTS) and any(_tag(x) in _LISTS for x in c)


def _into_body(u, bodies: set) -> Any:
    """The unit in a body container for a line whose unit was lifted past it, or None.

    A CMS that wraps each block of the body (``<div class="frame"><div
    class="bodytext"><p>``) makes a one-paragraph block a wrapper holding nothing else,
    so the paragraph's unit is the whole block and its container the page's column.
    When the unit is or holds a body container (one with a class: bare ``<div>``s side
    by side tell nothing), the line is that container's paragraph; a heading wrapped
    beside a body container, right above it, heads it."""
    if u is None:
        return None
    d = next((x for x in u.iter() if x in bodies), None)
    if d is u and not _signature(u)[1]:
        # A bare <div> among bare <div>s: a bio or a credit line is one of them too.
        return None
    if d is not None:
        inner = _innermost(d)
        return inner if inner is not d else None
    nxt = _beside(u, 1)
    if nxt is not None and nxt in bodies and _wrapped_heading(u):
        return u
    return None


#: A list in wrappers of its own stays in the body as a bare list does (round 17).
WRAPPED_LIST = True


def _innermost(u):
    """The element inside ``u`` that holds its text, down through wrappers holding one
    block each (``u`` itself when it holds text, an inline element or several blocks)."""
    while True:
        kids = _text_children(u)
        if len(kids) != 1 or _has_loose_text(u) or _tag(kids[0]) not in _BLOCK_TAGS:
            return u
        u = kids[0]


def _in_body_keeps(u, main: tuple[str, str], inside_run: bool) -> bool:
    tag, cls = _signature(u)
    if (tag, cls) == main:
        return True
    if tag in _BOX_TAGS:
        return False
    if tag == "blockquote":
        return not cls
    if tag in _HEADINGS or tag in _LISTS or tag == "pre":
        return True
    if WRAPPED_LIST and _tag(_innermost(u)) in _LISTS:
        # A list in a wrapper of its own (``<div class="list-block"><ul>``), as a
        # CMS wraps each block of the body: a list, like a bare one.
        return True
    if tag == "p":
        # A plain paragraph is body text wherever it stands; a styled one only among
        # the body's own paragraphs.
        return inside_run or not cls
    # Another element (a <div class="..."> holding one paragraph) than the body's own.
    return False


#: At most this share of the words may be added back by :func:`fill` (more means the
#: page is not built the way it expects).
MAX_FILL_SHARE = 0.3


#: Put back the article's first paragraphs when they stand in a block of their own
#: right before the body container (:func:`_lead_block`, round 17).
LEAD_FILL = True


#: An intro paragraph lifted to a block of its own beside the body's block stays too
#: (:func:`_intro_lines`, round 24).
INTRO_WRAPPED = True


def _intro_lines(found, counts: list[int], first: int, median: int, bodies: set) -> set[int]:
    """The kept lines right before the body's first paragraph that are the paragraphs
    of an intro block (:func:`_lead_block`): ``<p>``s as long as :data:`LEDE_SHARE` of
    the body's median paragraph, making up one classed block whose next block is a
    body container."""
    out: set[int] = set()
    block = None
    # Or loose ``<p>``s beside the body's containers, in their parent (a Quarto page's
    # opening paragraphs before its ``<section>``s): ``after`` is the last one taken.
    after = None
    # The body may open with a subheading: the intro block stands before it.
    while first > 0 and any(
        u is not None and c in bodies and _tag(u) in _HEADINGS for u, c, _ in found[first - 1]
    ):
        first -= 1
    for i in range(first - 1, -1, -1):
        el = next((u for u, _c, _ in found[i] if u is not None and _tag(u) == "p"), None)
        if el is None and INTRO_WRAPPED:
            # A paragraph alone in a block of its own (``<div class="text-block
            # ingress"><div class="content"><p>``) is lifted to that block.
            el = next((u for u, _c, _ in found[i] if u is not None and _tag(u) != "p"), None)
            el = el if el is not None and _tag(_innermost(el)) == "p" else None
        if el is None or counts[i] < LEDE_SHARE * median or _link_share(el) >= RESCUE_LINK_SHARE:
            break
        parent = el.getparent() if _tag(el) == "p" else el
        if (
            block is None
            and _tag(el) == "p"
            and _next_past_slots(el, bodies) in (bodies if after is None else {after})
        ):
            after = el
            out.add(i)
            continue
        if after is not None:
            break
        if block is None:
            nxt = _next_past_slots(parent, bodies) if parent is not None else None
            if nxt is not None and INTRO_WRAPPED and parent is el:
                nxt = next((x for x in nxt.iter() if x in bodies), None)
            if nxt is None or nxt not in bodies or not _signature(parent)[1]:
                break
            block = parent
        elif parent is not block:
            break
        out.add(i)
    if after is not None:
        return out
    # All of the block: a verdict box's label or a card's headline beside its sentence
    # make it a box.
    if block is None or len(out) != len(_block_children(block)):
        return set()
    return out


def heading_lines(tree) -> frozenset[str]:
    """The text of each subheading of the page (``<h2>`` to ``<h6>``), as a line."""
    return frozenset(tidy_line(_shown_text(h)) for h in tree.iter("h2", "h3", "h4", "h5", "h6"))


def _next_past_slots(node, bodies: set) -> Any:
    """The next sibling of ``node`` that holds text, past an advert's slot or a picture
    standing between an intro and the body (:func:`_slot`)."""
    nxt = _beside(node, 1)
    while nxt is not None and nxt not in bodies and _slot(nxt):
        nxt = _beside(nxt, 1)
    return nxt


#: A picture between an intro block and the body has a caption of at most this many
#: words.
CAPTION_WORDS = 40


def _shown_text(node) -> str:
    """The text ``node`` shows (not its scripts' or styles'), spaces collapsed."""
    shown = node.xpath(".//text()[not(ancestor::script) and not(ancestor::style)]")
    return " ".join("".join(shown).split())


def _slot(node, text: str | None = None) -> bool:
    """``node`` is an advert's slot (it shows one word at most, "Advertisement", "広告",
    not counting scripts) or a picture with its caption; ``text`` is what it shows
    (:func:`_shown_text`), when the caller has it already."""
    words = len(_WORD.findall(_shown_text(node) if text is None else text))
    if words <= 1:
        return True
    return words <= CAPTION_WORDS and any(True for _ in node.iter("img", "picture"))


def _block_children(block) -> list:
    """The text-holding children of an intro block but its pictures (a ``<figure>``
    with its caption among the opening paragraphs, round 24)."""
    return [c for c in _text_children(block) if _tag(c) != "figure"]


def _lead_block(rendered, lo: int, bodies: set, kept_text: str, counts: list[int]):
    """The paragraphs of the block right before the first body container, as (place,
    text), when the extractor kept none of them: an intro block (``<div
    class="intro-text">`` before ``<div class="full-text">``) holding the article's
    opening paragraphs. Each must be a ``<p>`` as long as :data:`LEDE_SHARE` of the
    kept text's median line and carry little link text: a standfirst, a kicker or a
    teaser is shorter or a link."""
    body = rendered[lo][1]
    while body is not None and body not in bodies:
        body = body.getparent()
    if body is None:
        return []
    prev = _beside(body, -1)
    if prev is None or _tag(prev) not in _LEAF_PARA_TAGS or _signature(prev)[1] == "":
        return []
    median = sorted(counts)[len(counts) // 2]
    out = []
    for i in range(lo - 1, -1, -1):
        key, el = rendered[i]
        if el.getparent() is not prev:
            break
        if _tag(el) != "p" or len(key.split()) < LEDE_SHARE * median:
            return []
        if f" {key} " in kept_text or _link_share(el) >= RESCUE_LINK_SHARE:
            return []
        out.append((i, " ".join("".join(el.itertext()).split())))
    if not out or len(out) != len(_block_children(prev)):
        return []
    return out[::-1]


def fill(tree, lines: list[str]) -> list[str]:
    """``lines`` (what an extractor kept) with the body's missing headings and list items.

    An extractor that cannot find the article's container falls back to collecting
    paragraphs (trafilatura's baseline keeps ``<p>`` elements only) and loses the
    article's subheadings and in-body lists. Here the body containers are found from
    the kept lines (as :func:`keep_mask` does), and every heading or list item inside
    them that lies between the first and the last kept body line, and that the
    extractor did not keep anywhere, is put back in page order. Nothing is added when
    no body container is found, or when it would add more than
    :data:`MAX_FILL_SHARE` of the kept words.
    """
    if not lines:
        return lines
    rendered = rendered_lines(tree)
    finder = _Finder(rendered)
    counts = [len(_key(line).split()) for line in lines]
    found = _find_all(finder, lines)
    bodies = _body_containers(found, counts)
    if bodies is None:
        return lines
    first_index: dict[int, int] = {}
    for i, (_, el) in enumerate(rendered):
        first_index.setdefault(id(el), i)
    # Where each kept line stands in the page: its first place inside a body container.
    where: list[int | None] = []
    # Where each kept line stands for putting lines in page order: its first place.
    order: list[int | None] = []
    for pairs, line in zip(found, lines, strict=True):
        at = None
        els = finder.find(line)
        for (_, c, _), el in zip(pairs, els, strict=True):
            if c in bodies and id(el) in first_index:
                at = first_index[id(el)]
                break
        where.append(at)
        places = [first_index[id(el)] for el in els if id(el) in first_index]
        order.append(at if at is not None else min(places, default=None))
    placed = [w for w in where if w is not None]
    if not placed:
        return lines
    lo, hi = min(placed), max(placed)
    kept_text = " " + " ".join(_key(x) for x in lines) + " "

    def in_body(i: int, tags: frozenset) -> str | None:
        key, el = rendered[i]
        if _tag(el) not in tags or unit_of(el).getparent() not in bodies:
            return None
        if f" {key} " in kept_text:
            return ""
        text = " ".join("".join(el.itertext()).split())
        # An item as the extractor writes one, so the line rules read it as a list's.
        return f"- {text}" if FILL_MARKS and _tag(el) in _LIST_ITEM else text

    # The opening paragraphs have their own guards; the share below is for headings
    # and list items.
    lead = _lead_block(rendered, lo, bodies, kept_text, counts) if LEAD_FILL else []
    missing: list[tuple[int, str]] = []
    for i in range(lo + 1, hi):
        text = in_body(i, _HEADINGS | _LIST_ITEM)
        if text:
            missing.append((i, text))
    # A list right after the last kept line ("Three questions to ask:" and its items).
    i = hi + 1
    while i < len(rendered):
        text = in_body(i, _LIST_ITEM)
        if text is None:
            break
        if text:
            missing.append((i, text))
        i += 1
    added = sum(len(_key(t).split()) for _, t in missing)
    if added > MAX_FILL_SHARE * sum(counts):
        missing = []
    missing = lead + missing
    if not missing:
        return lines
    out: list[str] = []
    queue = iter(missing)
    nxt = next(queue, None)
    places = order
    if FILL_BY_BODY:
        # A line from outside the body places lines only when it stands before the
        # next body line on the page (a box inside the body) or comes after the body's
        # last line, not when the extractor kept it first from far below (a reader's
        # quote from the comments).
        places = list(where)
        upcoming = None
        for i in range(len(lines) - 1, -1, -1):
            if where[i] is not None:
                upcoming = where[i]
            elif order[i] is not None and (upcoming is None or order[i] < upcoming):
                places[i] = order[i]
    for line, w in zip(lines, places, strict=True):
        while nxt is not None and w is not None and nxt[0] < w:
            out.append(nxt[1])
            nxt = next(queue, None)
        out.append(line)
    while nxt is not None:
        out.append(nxt[1])
        nxt = next(queue, None)
    return out


#: :func:`fill` places the lines it puts back among the body's own lines only, not
#: before a line from elsewhere on the page that the extractor kept first (round 31).
FILL_BY_BODY = True

#: Mark the list items :func:`fill` puts back as the extractor marks its own ("- ",
#: round 30).
FILL_MARKS = True


#: A line the plain extraction keeps and the reader dropped goes back in only when it
#: has at least this share of the words of the kept text's median paragraph
#: (:func:`rescue`, round 15).
RESCUE_SHARE = 0.5
#: ... and when at most this share of its words is link text.
RESCUE_LINK_SHARE = 0.2
#: Also put back subheadings (:func:`_heading_shape`) between kept lines.
RESCUE_HEADINGS = True
#: A subheading put back has at most this many words.
RESCUE_HEADING_WORDS = 10


def _heading_shape(line: str) -> bool:
    """A subheading's shape: 1 to :data:`RESCUE_HEADING_WORDS` words, opening with a
    capital letter, ending without a sentence end, a colon or a separator."""
    words = _WORD.findall(line)
    s = line.strip()
    return (
        0 < len(words) <= RESCUE_HEADING_WORDS
        and s[:1].isupper()
        and not re.search(r"[.!?…:;|·•,]\W*\Z", s)
    )


#: Also put back lines after the last kept line.
RESCUE_TAIL = False


def rescue(tree, kept: list[str], plain: list[str], prose, furniture=None) -> list[str]:
    """``kept`` with the article paragraphs it lost and the plain extraction kept.

    ``plain`` is what an extractor keeps of the whole page without the reader's pruning
    and cleaning (a second, independent opinion); ``prose(line)`` says whether a line
    has a paragraph's shape and no boilerplate phrase. A line of ``plain`` that
    ``kept`` lacks goes back in, right after the line above it, when all of these hold:

    - it is prose, at least :data:`RESCUE_SHARE` of the kept median paragraph long;
    - it stands in one place of the page (a teaser or a pull quote repeats text) with
      at most :data:`RESCUE_LINK_SHARE` of its words in links;
    - the line above it in ``plain`` is kept or was put back itself, and a kept line
      comes after it, or it follows the last kept line (the article's own last
      paragraphs). A box inside the body or a teaser opens with a label or a headline
      the reader dropped, which breaks the chain; a sidebar or a comment section is
      not next to the article's lines.
    """
    if not kept or not plain:
        return kept
    kept_keys = [_key(x) for x in kept]
    joined = " " + " ".join(kept_keys) + " "
    plain = [x for x in plain if _key(x)]
    pkeys = [_key(x) for x in plain]
    # Where each plain line stands in kept (index of the kept line holding it), or None.
    exact: dict[str, int] = {}
    for j, k in enumerate(kept_keys):
        exact.setdefault(k, j)
    at: list[int | None] = []
    for k in pkeys:
        j = exact.get(k)
        if j is None and f" {k} " in joined:
            j = next((jj for jj, kk in enumerate(kept_keys) if k in kk), None)
        at.append(j)
    placed = [i for i, j in enumerate(at) if j is not None]
    if not placed:
        return kept
    first, last = placed[0], placed[-1]
    paras = sorted(
        len(k.split())
        for k, x in zip(kept_keys, kept, strict=True)
        if len(k.split()) >= 12 and _SENTENCE_END.search(x)
    )
    if not paras:
        return kept
    median = paras[len(paras) // 2]
    finder: _Finder | None = None
    added: dict[int, list[str]] = {}
    restored: set[int] = set()
    anchor: int | None = None  # the kept line the last kept-or-restored plain line is in
    for i in range(first, len(plain) if RESCUE_TAIL else last):
        if at[i] is not None:
            anchor = at[i]
            continue
        prev_ok = at[i - 1] is not None or (i - 1) in restored
        if not prev_ok or anchor is None:
            if i > last:
                break
            continue
        line = plain[i]
        ok = len(pkeys[i].split()) >= RESCUE_SHARE * median and prose(line)
        # A subheading: a short line without a sentence end between kept lines, right
        # above a kept paragraph.
        ok = ok or (
            RESCUE_HEADINGS
            and i + 1 < len(plain)
            and at[i + 1] is not None
            and _heading_shape(line)
        )
        # A kept line run together with a label ("Story continues below this ad ..."):
        # the line is there already.
        ok = ok and not any(k.count(" ") >= 2 and f" {k} " in f" {pkeys[i]} " for k in kept_keys)
        if ok:
            if finder is None:
                finder = _Finder(rendered_lines(tree))
            places = finder.find(line)
            ok = (
                len(places) == 1
                and _link_share(places[0]) <= RESCUE_LINK_SHARE
                and not (furniture and any(furniture(a) for a in places[0].iterancestors()))
                and not (furniture and furniture(places[0]))
                # The page's headline (an <h1>) is the title, not the article's text.
                and not any(_tag(x) == "h1" for x in (places[0], *places[0].iterancestors()))
                # Nor is a picture's caption (round 30: it came back here).
                and not (CAPTIONS and _caption(places[0], len(pkeys[i].split())))
            )
        if ok:
            added.setdefault(anchor, []).append(line)
            restored.add(i)
        elif i > last:
            break
    if not added:
        return kept
    out: list[str] = []
    for j, line in enumerate(kept):
        out.append(line)
        out.extend(added.get(j, []))
    return out
