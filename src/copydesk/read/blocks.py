"""A learned, language-independent check of the lines the cleaning rules kept.

The phrase lists of :mod:`copydesk.read.clean` catch furniture they have seen; on pages
nobody tuned them on, whole boxes still come through (a rating box, a quote table, a
funeral notice, a "send us a letter" call). This module scores each kept line by its
*shape* rather than its wording, in the manner of jusText's block classification:

- length (words, relative to the article's long paragraphs), sentence-likeness (ends
  like a sentence, sentences in it), share of digits, of capitalised words, of
  stop words (the page language's list among jusText's stop lists, picked by the
  highest share over the whole kept text), of separators ("|", "·", ":" labels);
- the site speaking to the reader (the ``[voice]`` words of ``read_boilerplate.txt``);
- position: where the line sits in the kept text, how much prose comes before and
  after it, its neighbours' lengths (furniture sits at the edges and in short runs).

A logistic regression over these features (weights in ``data/read_blocks.json``,
trained by ``bench/extraction/train_blocks.py`` on the tuning groups of the extraction
benchmark) gives each line a probability of being article text; :func:`keep_mask`
drops lines under :data:`THRESHOLD`, except a short line between two confident
article lines (a subheading).

For pasted text (``keep_mask(..., tail=True)``; HTML has its page structure instead),
two rules read who the text speaks to: a box between two sections whose heading or
first sentence addresses the reader (:func:`_drop_reader_boxes`), and the end of the
text from the first late sentence that addresses the reader or speaks as the site,
outside quotations (:func:`_drop_appeal_tail`: helplines, letters calls, disclaimers,
support appeals; when that first sentence's tail fails the guards, the next such
sentence is tried). Second-person words: ``data/read_address.txt``. Short lines whose
label and colon repeat without a sentence end ("Read also: <headline>" twice) leave
(:func:`_drop_repeated_labels`), and so does a single "see also" pointer line between
paragraphs (:func:`_drop_pointers`: a two- or three-word label, then a headline) and a
late line with an e-mail or web address (:func:`_drop_contacts`). A last heading over
nothing or over a few short one-sentence lines leaves (:func:`_drop_tail_box`), and so
do late lines naming the site or opening with the writer's name (:func:`_drop_named`),
and late stamped entries (reader comments: :func:`_drop_stamped_tail`).
In both modes, the subheading that ends a run of low lines inside the text comes back
(:func:`_rescue_subheading`), and so do a list and the sentence introducing it
(:func:`_list_intro`); a one-word advert label leaves (:func:`_drop_word_labels`).
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from functools import cache, lru_cache
from importlib import resources

from copydesk.read.normalize import (
    LETTER_CHAR,
    SENTENCE_STOPS,
    WORD_CHAR,
    introduces_list,
    writethru,
)

#: A word for the reader: letters and digits, with inner apostrophes (clean.py uses it too).
WORD = re.compile(rf"{WORD_CHAR}+(?:['’]{WORD_CHAR}+)*")
_SENT_END = re.compile(rf"[{SENTENCE_STOPS}][\"'”’»)\]]*$|[\"”’]$")
_INNER = re.compile(rf"[{SENTENCE_STOPS}][\"'”’»)]*\s+\S")
_LABEL = re.compile(r"\A[^\W\d_][^:.!?]{0,30}:\s")
_SEP = re.compile(r"[|·•►»]")
_CAP = re.compile(r"\A[^\W\d_]", re.UNICODE)
# Words a select-all copy ran together (a link bar, a byline with its date, a label
# and its headline): three lower-case letters, then a capital or a digit in the same
# token ("Del sakenFacebookE-post", "SolheimPublisert 12.03.2025", "hii03:12"); brand
# names ("iPhone", "McDonald") have fewer lower-case letters before the capital.
_TOKEN_JOIN = re.compile(r"(?=([^\W\d_]{3})([^\W_]{2}))")


def _joined(line: str) -> bool:
    return any(
        a.islower() and (b[0].isupper() or b[0].isdigit()) for a, b in _TOKEN_JOIN.findall(line)
    )


def _caps_label(line: str) -> bool:
    """Two upper-case words, then lower-case text: a label before a headline ("LÆS OGSÅ
    Broen over ...", "İLGİLİ HABERYalıköy ..."), not an acronym opening a sentence."""
    toks = line.split(maxsplit=3)
    if len(toks) < 3 or len(toks[0]) < 2 or not toks[0].isupper():
        return False
    second = toks[1]
    if not (second.isupper() or (second[:2].isupper() and any(c.islower() for c in second))):
        return False
    return any(c.islower() for c in " ".join(toks[1:]))


# An e-mail or web address: how a contact box, a letters call or a source note reaches
# the reader, in any language.
_CONTACT = re.compile(r"[\w.+-]+@[\w-]+\.\w{2,}|\bhttps?://|\bwww\.")

FEATURES = (
    "bias",
    "log_words",
    "ends_sentence",
    "sentences",
    "digit_share",
    "cap_share",
    "stop_share",
    "rel_length",
    "position",
    "prose_before",
    "prose_after",
    "voice",
    "question",
    "label",
    "separators",
    "prev_log_words",
    "next_log_words",
    "first",
    "last",
    "short",
    "cohesion",
    "near_long",
)

#: Lines scored under this probability of being article text leave the body.
THRESHOLD = 0.5
#: An edge run with at least this share of its content words occurring in the other
#: lines stays (the article's own closing or opening lines).
COHESION = 0.5


@cache
def _stoplists() -> tuple[list[frozenset[str]], dict[str, tuple[int, ...]]]:
    """jusText's stop-word lists, and for each word the lists it is in: counting through
    the word's lists costs a few dict lookups per word instead of one set test per word
    and language (~100 of them)."""
    import justext

    lists = [
        frozenset(w.lower() for w in justext.get_stoplist(lang)) for lang in justext.get_stoplists()
    ]
    where: dict[str, list[int]] = {}
    for i, words in enumerate(lists):
        for w in words:
            where.setdefault(w, []).append(i)
    return lists, {w: tuple(ix) for w, ix in where.items()}


@lru_cache(maxsize=4)  # asked twice per article: by features and by _cohesion
def stoplist(text: str) -> frozenset[str]:
    """The stop-word list (of jusText's ~100 languages) covering most of ``text``; on a
    tie, the first in jusText's order."""
    words = [w.lower() for w in WORD.findall(text[:5000])]
    if not words:
        return frozenset()
    lists, where = _stoplists()
    counts = [0] * len(lists)
    for w, n in Counter(words).items():
        for i in where.get(w, ()):
            counts[i] += n
    return lists[max(range(len(lists)), key=counts.__getitem__)]


@cache
def voice() -> re.Pattern[str]:
    """The ``[voice]`` words ("we", "our", "you"), not as the clitic after an apostrophe
    (Welsh "wedi'u", "o'r"): a word joined to the one before it is part of it."""
    from copydesk.read.clean import _combined

    return re.compile(r"(?<!['’])(?:" + _combined("voice").pattern + ")", re.I)


@cache
def weights() -> tuple[float, ...] | None:
    """The trained weights (``data/read_blocks.json``), or None when absent."""
    path = resources.files("copydesk") / "data" / "read_blocks.json"
    try:
        data = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        return None
    if tuple(data["features"]) != FEATURES:
        return None
    return tuple(float(w) for w in data["weights"])


_QUOTED = re.compile(r"“[^”]*”|„[^“”]*[“”]|«[^»]*»|\"[^\"]*\"|‘[^’]*’(?!\w)")
_DASH_QUOTE = re.compile(r"\A\s*[–—-]\s")


def unquoted(line: str) -> str:
    """``line`` without the quotations in it: the site's own words. A line opening with
    a dash (the quotation mark of many languages' news) is all quotation."""
    if _DASH_QUOTE.match(line):
        return ""
    return _QUOTED.sub(" ", line)


@cache
def _reader_words() -> frozenset[str]:
    """Words addressing the reader (``data/read_address.txt``, ``[reader]``)."""
    from copydesk.read.clean import _data_sections

    rows = _data_sections("read_address.txt").get("reader", ())
    return frozenset(w.lower() for row in rows for w in row.split())


def features(lines: list[str]) -> list[list[float]]:
    """One feature vector (:data:`FEATURES`) per line of the kept text."""
    stop = stoplist("\n".join(lines))
    toks = [WORD.findall(x) for x in lines]
    counts = [len(t) for t in toks]
    long = sorted(c for c in counts if c >= 12)
    ref = long[len(long) // 2] if long else max(counts + [1])
    prose = [
        c if c >= 12 and _SENT_END.search(x) else 0 for c, x in zip(counts, lines, strict=False)
    ]
    total = max(1, sum(prose))
    m = len(lines)
    # Content words (not stop words, 4+ letters) and on how many lines each occurs.
    content = [{w.lower() for w in t if len(w) >= 4 and w.lower() not in stop} for t in toks]
    df = Counter(w for c in content for w in c)
    big = [c >= 0.7 * ref and c >= 12 for c in counts]
    out = []
    before = 0
    for i, (line, t, c) in enumerate(zip(lines, toks, counts, strict=False)):
        chars = max(1, len(line) - sum(map(str.isspace, line)))  # non-space characters
        after = total - before - prose[i]
        out.append(
            [
                1.0,
                math.log1p(c),
                1.0 if _SENT_END.search(line) else 0.0,
                min(4, len(_INNER.findall(line)) + 1) / 4 if c else 0.0,
                sum(map(str.isdigit, line)) / chars,
                sum(1 for w in t if _CAP.match(w) and w[:1].isupper()) / max(1, c),
                sum(1 for w in t if w.lower() in stop) / max(1, c),
                min(3.0, c / max(1, ref)),
                i / max(1, m - 1),
                before / total,
                after / total,
                1.0 if voice().search(line) else 0.0,
                1.0 if "?" in line else 0.0,
                1.0 if _LABEL.match(line) else 0.0,
                min(1.0, len(_SEP.findall(line)) / 3),
                math.log1p(counts[i - 1]) if i > 0 else 0.0,
                math.log1p(counts[i + 1]) if i + 1 < m else 0.0,
                1.0 if i == 0 else 0.0,
                1.0 if i == m - 1 else 0.0,
                1.0 if c < 8 else 0.0,
                sum(1 for w in content[i] if df[w] > 1) / len(content[i]) if content[i] else 0.0,
                1.0 if any(big[max(0, i - 1) : i + 2]) else 0.0,
            ]
        )
        before += prose[i]
    return out


def scores(
    lines: list[str], w: tuple[float, ...] | None = None, feats: list[list[float]] | None = None
) -> list[float]:
    """Probability that each line is article text (1.0 each when no weights ship)."""
    w = w if w is not None else weights()
    if w is None:
        return [1.0] * len(lines)
    out = []
    for f in feats if feats is not None else features(lines):
        z = sum(a * b for a, b in zip(w, f, strict=False))
        out.append(1 / (1 + math.exp(-max(-30.0, min(30.0, z)))))
    return out


#: An edge run is judged cohesive only with at least this many content words (round
#: 30; 0 turns the minimum off).
COHESION_WORDS = 3


def _content(lines: list[str]) -> list[str]:
    """The words of ``lines`` of 4 letters or more, lower-cased (:func:`_cohesion`)."""
    return [w.lower() for x in lines for w in WORD.findall(x) if len(w) >= 4]


def _content_count(lines: list[str], i: int, j: int) -> int:
    """How many content words (as :func:`_cohesion` counts them) ``lines[i:j+1]`` has."""
    stop = stoplist("\n".join(lines))
    return sum(1 for w in _content(lines[i : j + 1]) if w not in stop)


def _cohesion(lines: list[str], i: int, j: int) -> float:
    """Share of the content words (4+ letters, not stop words) of ``lines[i:j+1]`` that
    occur in the other lines: high for the article's own lines, low for a box."""
    stop = stoplist("\n".join(lines))
    run = [w for w in _content(lines[i : j + 1]) if w not in stop]
    if not run:
        return 0.0
    rest = set(_content(lines[:i] + lines[j + 1 :]))
    return sum(1 for w in run if w in rest) / len(run)


#: The learned check stands down when it would keep under this share of the words
#: (round 26: 0.4; round 30: 0.45, in the gap between the pasted Xhosa page at 0.41,
#: whose words the check does not know once its caption leaves, and the next page at
#: 0.49).
OUT_OF_DOMAIN = 0.45


def keep_mask(
    lines: list[str],
    w: tuple[float, ...] | None = None,
    threshold: float = THRESHOLD,
    *,
    tail: bool = False,
    sites: tuple[str, ...] = (),
    authors: tuple[str, ...] = (),
    gaps: frozenset[int] = frozenset(),
    stamps: frozenset[int] = frozenset(),
) -> list[bool]:
    """Which lines to keep. Lines scored under ``threshold`` form runs; a run leaves when
    it touches the start or the end of the text (furniture at the edges) or holds two
    lines or more (a box inside the article), unless the line before it ends with a
    colon (a list it introduces). A single low line between kept lines stays (a
    subheading, an interview question). ``sites`` (the site's names, from its
    copyright line) and ``authors`` (the byline's names, from the page head) mark late
    lines as the site's own (:func:`_drop_named`; pasted text). ``gaps``: the lines
    with something set aside right before them (by the cleaning rules); ``stamps``: those
    with a stamp line (a date with a clock time) among what was set aside."""
    m = len(lines)
    if m < 3:
        return [True] * m
    feats = features(lines)
    p = scores(lines, w, feats)
    words = [len(WORD.findall(x)) for x in lines]
    long = sorted(n for n in words if n >= 12)
    ref = long[len(long) // 2] if long else 0
    keep = [x >= threshold for x in p]
    if OUT_OF_DOMAIN:
        if sum(n for n, k in zip(words, keep, strict=True) if k) < OUT_OF_DOMAIN * sum(words):
            # The check sets aside most of the text: lines unlike any it was trained on
            # (a script whose spaces part phrases, not words: Lao, Thai), not a page of
            # boxes, which the rules before it have already cleared. Its scores say
            # nothing here; the rules after it still run.
            keep = [True] * m
    rescued: list[tuple[int, int]] = []
    i = 0
    while i < m:
        if keep[i]:
            i += 1
            continue
        j = i
        while j + 1 < m and not keep[j + 1]:
            j += 1
        edge = i == 0 or j == m - 1
        # A list and the line introducing it: the line before the run ends with a
        # colon, or (inside the text) the run's own first line does.
        listed = (i > 0 and introduces_list(lines[i - 1])) or (
            not edge and j > i and introduces_list(lines[i])
        )
        # A heading over the first paragraph or entry: one short line, then kept text.
        # Not a caption or credit ("Photo: Archive", "Company photo."), nor a player or
        # a stamp run together with its label ("Listen to this03:12").
        heading = (
            i == 0
            and j == 0
            and feats[0][FEATURES.index("short")]
            and keep[1]
            and not (HEAD_CHECK and _not_heading(lines[0]))
        )
        # A wire's writethru line over the first paragraph ("(Adds union comment)").
        heading = heading or (i == j == 0 and keep[1] and writethru(lines[0]))
        # An edge run that talks about what the article talks about (most of its
        # content words occur in other lines) is the article's own close or opening.
        # Two content words are too few to tell ("Reading time 4 min" shares
        # "reading" with an article about water readings).
        cohesive = (
            edge
            and _cohesion(lines, i, j) >= COHESION
            and (not COHESION_WORDS or _content_count(lines, i, j) >= COHESION_WORDS)
        )
        # A final section (a subheading, then sentences) or one closing sentence, neither
        # addressing the reader.
        # The section's sentences must read as paragraphs (SECTION_SHARE of the median
        # long line): a share bar over "Comments are closed for this story." is none.
        section = (
            j == m - 1
            and (j == i or feats[i][FEATURES.index("short")] and not _SENT_END.search(lines[i]))
            and all(
                _SENT_END.search(x)
                and "?" not in x
                and not voice().search(x)
                and (j == i or len(WORD.findall(x)) >= min(12, SECTION_SHARE * ref))
                for x in lines[i + 1 if j > i else i : j + 1]
            )
        )
        # One line between kept lines apart from one-word labels ("Advertisement",
        # "Reklama"): a paragraph next to an advert label scores low for the short line
        # beside it, and the two are no box. The line must read as a paragraph (12+
        # words, a sentence end) and score not far under the threshold: a fact box's
        # one-word heading ("Data", "Info") stands over a short, low-scored sentence.
        labelled = [k for k in range(i, j + 1) if not _one_word(lines[k])]
        if listed or heading or cohesive or section or (not edge and j == i):
            for k in range(i, j + 1):
                keep[k] = True
        elif CLOSING and j == m - 1 and i > 0 and _closing_paragraph(lines, keep, i):
            # The article's last paragraph before a box at the end of the text: it
            # stays, and the rest of the run is read again.
            keep[i] = True
            continue
        elif (
            CLOSING_SECTION
            and not tail
            and j == m - 1
            and i > 0
            and j > i
            and _subheading(lines[i])
            and _closing_paragraph(lines, keep, i + 1)
        ):
            # ... or its last section, a subheading over one such paragraph ("Team
            # news" before the line-ups), in an extractor's output (pasted text has a
            # page's teaser headlines and their deks at its end).
            keep[i] = keep[i + 1] = True
            continue
        elif (
            CLOSING_BEFORE_HEADING
            and not tail
            and not edge
            and j == i + 1
            and _subheading(lines[j])
            and _closing_paragraph(lines, keep, i)
        ):
            # A paragraph that reads as the article's close, then the heading of a box
            # after the article ("Update, 15 February: ..." over "Support us"): the
            # paragraph stays, and the heading is read again. Only in an extractor's
            # output: the page structure then sets the box aside, which pasted text
            # cannot (an appeal in a language without second-person words passes).
            keep[i] = True
            continue
        elif (found := _list_in_run(lines, i, j, m)) is not None:
            # The article's own list (one closing the text, a list of clauses, a
            # bulleted list: a list scores low, line by line) stays, with the sentence
            # introducing it and the subheading over them; the rest of the run is a box.
            a, b = found
            for k in range(a, b + 1):
                keep[k] = True
            if a > i and _subheading(lines[a - 1]):
                keep[a - 1] = True
            if LIST_THEN_HEADING and b + 1 == j < m - 1 and _subheading(lines[j]):
                # The run's last line, between the list and kept text: the next
                # section's subheading.
                keep[j] = True
        elif (
            LABELLED
            and not edge
            and len(labelled) == 1
            and _paragraph(lines[labelled[0]])
            and p[labelled[0]] >= LABELLED_SCORE
        ):
            keep[labelled[0]] = True
        elif RESCUE and not edge:
            intro = _list_intro(lines, i, j) if INTRO else None
            if intro is not None:
                # The list and the sentence introducing it stay, with the subheading
                # over them; what comes before them in the run is a box.
                for k in range(intro, j + 1):
                    keep[k] = True
                if _subheading(lines[intro - 1]):
                    keep[intro - 1] = True
                    j = intro - 2
            if j >= i:
                rescued.extend(_rescue_subheading(lines, keep, i, j, gaps))
        i = j + 1
    if LIST_RUNS:
        _whole_lists(lines, keep)
    if tail and TAIL_APPEAL:
        _drop_repeated_labels(lines, keep)
        if CONTACTS:
            _drop_contacts(lines, keep)
        _drop_reader_boxes(lines, keep)
        _drop_appeal_tail(lines, keep)
        if TAIL_BOX:
            _drop_tail_box(lines, keep)
        if NAMED and (sites or authors):
            _drop_named(lines, keep, sites, authors)
        if STAMPED_TAIL:
            _drop_stamped_tail(lines, keep, stamps)
    if POINTERS:
        # Both readers: in HTML a "Read also:" link run into a body made of <br> lines
        # has the body's own markup.
        _drop_pointers(lines, keep)
    if CHANNELS:
        _drop_channel_prompts(lines, keep)
    if RESCUE:
        _drop_word_labels(lines, keep)
    for k, under in rescued:
        # A subheading put back heads the paragraph under it: when a later rule set
        # that paragraph aside, the subheading was the box's.
        if not keep[under]:
            keep[k] = False
    if not any(keep):
        return [True] * m
    return keep


#: Keep the first items of a list in a low run when the check kept the next one
#: (round 30).
LIST_HEAD = True

#: Keep a closing paragraph over a box's heading inside the text (round 30).
CLOSING_BEFORE_HEADING = True

#: Keep a subheading between a list kept in a low run and the kept text after the run
#: (round 30).
LIST_THEN_HEADING = True

#: Keep the one line of an inner low run besides its one-word labels (an advert label
#: over a paragraph).
LABELLED = True
#: ... when that line scores at least this (a fact box's sentence scores far lower).
LABELLED_SCORE = 0.3


def _paragraph(line: str) -> bool:
    """A line shaped like a paragraph: 12 words or more and a sentence end."""
    return len(WORD.findall(line)) >= 12 and bool(_SENT_END.search(line.rstrip()))


#: The first line is no heading when it is labelled, ends like a sentence or has words
#: run together (:func:`_not_heading`).
HEAD_CHECK = True
#: A final section's sentences have at least this share of the words of the text's
#: median long line (12+ words) each, or 12 words: paragraphs, not a box's short lines.
SECTION_SHARE = 0.5
#: Set aside single "Read also: <headline>" lines between paragraphs (:func:`_drop_pointers`).
POINTERS = True
#: A pointer's label has 2 or 3 words, its headline at least this many.
POINTER_HEADLINE = 4


#: Put back the subheading at the end of a box or label run inside the text
#: (:func:`_rescue_subheading`) and set aside one-word labels (:func:`_drop_word_labels`).
RESCUE = True


def _one_word(line: str) -> bool:
    """A line of one word with no sentence end: an advert's or a button's label."""
    return len(WORD.findall(line)) == 1 and not _SENT_END.search(line.rstrip())


def _subheading(line: str) -> bool:
    """A line shaped like a subheading: 2-10 words, no sentence end or colon at the end,
    no sentence break, bracket, slash or words run together; a one-word label and a
    colon only before 3 words or more ("Coach: This is the whole team's win")."""
    s = line.rstrip()
    n = len(WORD.findall(s))
    if not 2 <= n <= 10 or _SENT_END.search(s) or s.endswith((":", ",", ";")):
        return False
    if _INNER.search(s) or any(c in s for c in "()[]/|") or _joined(s) or not _CAP.match(s):
        return False
    m = _LABEL.match(s)
    return not m or (len(WORD.findall(m.group(1))) == 1 and n - 1 >= 3)


#: Keep a list and the sentence introducing it inside a run of low lines
#: (:func:`_list_intro`).
INTRO = True
#: A list's introducing sentence has at least this many words before its colon.
INTRO_WORDS = 5


def _list_intro(lines: list[str], i: int, j: int) -> int | None:
    """The line inside the low run ``i..j`` (not its first) that introduces a list: a
    clause of :data:`INTRO_WORDS` words or more ending with a colon, with no label
    before it ("The council has promised:").
    A box's label ("Sources:", "Read also:") has one to three words; a list and the
    sentence introducing it are article text in any language, whatever the lines before
    them (a newsletter prompt, a teaser) scored. (The run is inside the text: the list
    goes on in the run or in the kept lines after it.)"""
    for c in range(i + 1, j + 1):
        if _sentence_intro(lines[c], INTRO_WORDS):
            return c
    return None


def _sentence_intro(line: str, words: int) -> bool:
    """``line`` is one clause of ``words`` words or more introducing a list
    (:func:`_introduces`, no sentence break inside): "The council has promised:"."""
    if not _introduces(line):
        return False
    s = line.rstrip()
    breaks = list(_INNER.finditer(s))
    if not breaks:
        return len(WORD.findall(s)) >= words
    # A paragraph whose last sentence introduces the list ("... arrived this week. The
    # mill has set up the following:"), not one speaking to the reader (a prompt).
    last = s[breaks[-1].end() - 1 :]
    return len(WORD.findall(last)) >= words and not voice().search(s)


#: Keep a list that closes the text, with the sentence introducing it
#: (:func:`_closing_list`).
TAIL_LIST = True
#: A closing list's introducing sentence has at least this many words before its colon.
TAIL_LIST_INTRO = 3
#: ... and at least this many items of at least this many words each.
TAIL_LIST_ITEMS = 2
TAIL_LIST_ITEM_WORDS = 3


def _closing_list(lines: list[str], i: int, j: int) -> int | None:
    """The line of the low run ``i..j`` at the end of the text that introduces a list
    closing the article, or None. Unlike a box's label ("Sources:", "Follow us on:"),
    the sentence has :data:`TAIL_LIST_INTRO` words or more and no label, and each of
    the :data:`TAIL_LIST_ITEMS` or more lines after it reads as a clause, not as a
    link or a network's name; none of them speaks to the reader."""
    for c in range(i, j + 1):
        if not _sentence_intro(lines[c], TAIL_LIST_INTRO):
            continue
        items = lines[c + 1 : j + 1]
        if len(items) < TAIL_LIST_ITEMS:
            return None
        if any(len(WORD.findall(x)) < TAIL_LIST_ITEM_WORDS for x in items):
            return None
        if any(voice().search(x) for x in (lines[c], *items)):
            return None
        return c
    return None


#: Keep a list of clauses and the sentence introducing it wherever it stands
#: (:func:`_clause_list`).
CLAUSE_LIST = True
_ITEM_MARK = re.compile(r"\A(?:[-–—•·*]|\d{1,2}[.)])\s+")
_CLAUSE_END = re.compile(r"[;,.][\"'”’»)]*\Z")


def _clause(line: str) -> bool:
    """A list item that goes on the sentence introducing it: after its bullet, it
    starts with a small letter, has :data:`TAIL_LIST_ITEM_WORDS` words or more and ends
    with a semicolon, a comma or a full stop ("- power cuts may occur;"). A headline, a
    link or a network's name starts with a capital or has no such end."""
    s = _ITEM_MARK.sub("", line.strip())
    return (
        bool(s)
        and s[0].islower()
        and len(WORD.findall(s)) >= TAIL_LIST_ITEM_WORDS
        and bool(_CLAUSE_END.search(s))
        and not voice().search(s)
    )


#: Keep the article's closing paragraph in a low run at the end of the text
#: (:func:`_closing_paragraph`, round 18).
CLOSING = True
#: ... and its closing section, a subheading over such a paragraph (round 29).
CLOSING_SECTION = True
#: ... when at least this share of its content stems occur in the kept lines,
CLOSING_COHESION = 0.5
#: ... and it has at least this many words.
CLOSING_WORDS = 8


def _closing_paragraph(lines: list[str], keep: list[bool], i: int) -> bool:
    """Line ``i``, the first of a low run at the end of the text, is the article's
    closing paragraph: a statement (a sentence end, no question, no word speaking to
    the reader) of :data:`CLOSING_WORDS` words or more, most of whose content stems
    (:func:`_stems`, so that inflected languages match) the kept lines use. What
    follows an article (a typo prompt, a comment form, line-ups, a bio) is about
    something else, or is no sentence."""
    line = lines[i].rstrip()
    if len(WORD.findall(line)) < CLOSING_WORDS or not _SENT_END.search(line):
        return False
    if "?" in line or voice().search(line):
        return False
    kept = [x for x, k in zip(lines, keep, strict=True) if k]
    return stem_share([line], kept, stoplist("\n".join(lines))) >= CLOSING_COHESION


def _list_in_run(lines: list[str], i: int, j: int, m: int) -> tuple[int, int] | None:
    """The article's own list in the low run ``i..j`` of ``m`` lines, as (first, last):
    a list closing the text (:func:`_closing_list`), a list of clauses anywhere
    (:func:`_clause_list`), or the sentence introducing a bulleted list right after the
    run."""
    if TAIL_LIST and j == m - 1 and i > 0:
        c = _closing_list(lines, i, j)
        if c is not None:
            return c, j
    if not CLAUSE_LIST:
        return None
    found = _clause_list(lines, i, j)
    if found is None and BULLETED and i > 0 and j < m - 1:
        found = _bulleted(lines, i, j)
    if (
        found is None
        and LIST_HEAD
        and j + 1 < m
        and _ITEM_MARK.match(lines[j])
        and _ITEM_MARK.match(lines[j + 1])
    ):
        # The run ends with the first items of a list whose next item the check kept:
        # they are that list's, with the sentence introducing it (and the subheading
        # over them stays too).
        a = j
        while a > i and _ITEM_MARK.match(lines[a - 1]):
            a -= 1
        if a > i and introduces_list(lines[a - 1]):
            a -= 1
        found = (a, j)
    if found is None and j + 1 < m and _ITEM_MARK.match(lines[j + 1]):
        # The run ends with the sentence introducing the bulleted list after it.
        intro = lines[j]
        if _introduces(intro) and not voice().search(intro):
            if len(WORD.findall(intro)) >= TAIL_LIST_INTRO:
                found = (j, j)
    return found


def _introduces(line: str) -> bool:
    """``line`` ends with a colon and opens with no label ("Sources:", "Lees ook:"): it
    may introduce a list of the article's own."""
    s = line.rstrip()
    return introduces_list(s) and not _LABEL.match(s)


#: A list is kept whole when the check kept some of its items (:func:`_whole_lists`,
#: round 26).
LIST_RUNS = True


def _whole_lists(lines: list[str], keep: list[bool]) -> None:
    """Keep every item of a bulleted list some of whose items are kept, and the
    subheading right over it when the line above that is kept: items score one by one,
    and a short one ("- Starts fell by 4% to 13,400.") or the first under a heading
    ("Main points") scores low though the list is one block. None may speak to the
    reader."""
    m = len(lines)
    i = 0
    while i < m:
        if not _ITEM_MARK.match(lines[i]):
            i += 1
            continue
        j = i
        while j + 1 < m and _ITEM_MARK.match(lines[j + 1]):
            j += 1
        items = range(i, j + 1)
        if any(keep[k] for k in items) and not any(voice().search(lines[k]) for k in items):
            for k in items:
                keep[k] = True
            if i >= 2 and not keep[i - 1] and keep[i - 2] and _subheading(lines[i - 1]):
                keep[i - 1] = True
        i = j + 1


#: Keep a bulleted list inside the text (:func:`_bulleted`, round 19) ...
BULLETED = True
#: ... whose items have at least this many words each.
BULLET_WORDS = 4


def _bulleted(lines: list[str], i: int, j: int) -> tuple[int, int] | None:
    """The bulleted list in the low run ``i..j`` inside the text, as (first, last),
    from the line introducing it when that ends with a colon: :data:`TAIL_LIST_ITEMS`
    items or more, each with a bullet and :data:`BULLET_WORDS` words. Bullets come from the page's own list markup
    (the extractor writes ``<li>`` as "- "), so in HTML the list is the article's as
    much as its paragraphs are, and the page structure decides where it stands (a list
    of links, or one in a box, leaves there); none of its items may speak to the
    reader."""
    items = [k for k in range(i, j + 1) if _ITEM_MARK.match(lines[k])]
    if len(items) < TAIL_LIST_ITEMS or items != list(range(items[0], items[-1] + 1)):
        return None
    if any(voice().search(lines[k]) for k in items):
        return None
    if any(len(WORD.findall(lines[k])) < BULLET_WORDS for k in items):
        return None  # a score box's scorers ("- Hale 31' (pen)"), a tag list
    a = items[0]
    if a > i and _introduces(lines[a - 1]):
        a -= 1
    return a, items[-1]


def _clause_list(lines: list[str], i: int, j: int) -> tuple[int, int] | None:
    """The first list of :data:`TAIL_LIST_ITEMS` or more clauses (:func:`_clause`) in
    the low run ``i..j``, from the sentence introducing it (the line before, when it
    ends with a colon and has no label) to its last item, as (first, last)."""
    k = i
    while k <= j:
        if not _clause(lines[k]):
            k += 1
            continue
        b = k
        while b + 1 <= j and _clause(lines[b + 1]):
            b += 1
        if b - k + 1 >= TAIL_LIST_ITEMS:
            a = k - 1 if k > i and _introduces(lines[k - 1]) else k
            return a, b
        k = b + 1
    return None


def _rescue_subheading(
    lines: list[str], keep: list[bool], i: int, j: int, gaps: frozenset[int] = frozenset()
) -> list[tuple[int, int]]:
    """A run of low lines ``i..j`` inside the text (a caption, an advert label, a poll)
    leaves, but the subheading that ends it stays: the last line of the run that is not
    a one-word label, when it reads as a subheading (:func:`_subheading`) and the line
    before it is not one too (a teaser: "Read also" over a headline, or a list of
    headlines). A box's own lines end with a sentence end or a source label. When
    something was set aside between the two (``k in gaps``: a prompt's sentence and its
    button), the line before was the heading of that box, not a headline over this one."""
    k = j
    while k > i and _one_word(lines[k]):
        k -= 1
    if not _subheading(lines[k]) or j + 1 >= len(lines) or not keep[j + 1]:
        return []
    if not _SENT_END.search(lines[j + 1].rstrip()):
        return []
    if k > i and k not in gaps:
        prev = lines[k - 1].rstrip()
        if prev.endswith(":"):
            return []
        if _subheading(prev) and not _LABEL.match(prev):
            # A headline list over the paragraph, unless this line announces the
            # paragraph under it (most of its words recur there) and the one above
            # does not: a box's last headline names another story.
            stop = stoplist("\n".join(lines))
            if not ANNOUNCE or not (
                _announces(lines[k], lines[j + 1], stop)
                and not _announces(prev, lines[j + 1], stop)
            ):
                return []
    keep[k] = True
    return [(k, j + 1)]


#: Rescue a subheading under a headline-shaped line when it announces its paragraph
#: (:func:`_announces`).
ANNOUNCE = True
_STEM_WORD = re.compile(rf"{LETTER_CHAR}+")


def _stems(line: str, stop: frozenset[str]) -> set[str]:
    """The content words of ``line`` (4+ letters, not stop words; split at apostrophes:
    "d'Ëmleedung") cut to their first five letters, a crude stem for any language."""
    return {
        w[:5]
        for w in (x.lower() for x in _STEM_WORD.findall(line))
        if len(w) >= 4 and w not in stop
    }


def stem_share(own: list[str], other: list[str], stop: frozenset[str]) -> float:
    """Share of the content stems of ``own`` (:func:`_stems`) that ``other`` uses too:
    how much lines talk about what other lines talk about, in any language (0.0 when
    ``own`` has none)."""
    mine = set().union(*(_stems(x, stop) for x in own))
    if not mine:
        return 0.0
    seen = set().union(*(_stems(x, stop) for x in other))
    return len(mine & seen) / len(mine)


def _announces(head: str, para: str, stop: frozenset[str]) -> bool:
    """More than half of ``head``'s content words recur in ``para``."""
    words = _stems(head, stop)
    return bool(words) and len(words & _stems(para, stop)) > 0.5 * len(words)


def _drop_word_labels(lines: list[str], keep: list[bool]) -> None:
    """Set aside a kept one-word line (no sentence end) between two kept sentences when
    the word occurs in no other line and no other one-word line holds another word: an
    advert label ("Annonse", "Mainos", "ADVERTISEMENT"). A one-word subheading names
    what its section talks about ("Deposits" over "Deposits will be capped ...") or is
    one of a series ("Starters", "Mains")."""
    kept = [i for i in range(len(lines)) if keep[i]]
    words = [w.lower() for x in lines for w in WORD.findall(x)]
    singles = {WORD.findall(x)[0].lower() for x in lines if _one_word(x) and WORD.findall(x)}
    for a, b, c in zip(kept, kept[1:], kept[2:], strict=False):
        if not _one_word(lines[b]):
            continue
        word = WORD.findall(lines[b])[0].lower()
        stem = word[: max(4, len(word) - 3)]
        if sum(1 for w in words if w.startswith(stem)) > 1 or len(singles - {word}) > 0:
            continue
        if _SENT_END.search(lines[a].rstrip()) and _SENT_END.search(lines[c].rstrip()):
            keep[b] = False


def _not_heading(line: str) -> bool:
    """A short first line that is a caption, a credit or a player rather than the heading
    of the first entry: a label and a colon, a sentence end, words run together, or a
    list's item ("- Reading time4 min": a meta list above the body)."""
    s = line.rstrip()
    return bool(_LABEL.match(s)) or s.endswith(".") or _joined(s) or bool(_ITEM_MARK.match(s))


def _pointer(line: str) -> bool:
    """A line pointing to another story: a label of 2-3 words and a colon, or two
    upper-case words, then a headline of :data:`POINTER_HEADLINE` words or more, with no
    sentence end ("Read also: Bridge to close for three weeks", "LÆS OGSÅ Broen ...").
    A one-word label ("Coach: ...", "Update: ...") is a subheading's or a quote's."""
    s = line.rstrip()
    n = len(WORD.findall(s))
    if n > 18 or _SENT_END.search(s):
        return False
    m = _LABEL.match(s)
    if m:
        label = len(WORD.findall(m.group(1)))
        return 2 <= label <= LABEL_WORDS and n - label >= POINTER_HEADLINE
    if _caps_label(s):
        toks = s.split()
        caps = 0
        for t in toks:
            if not t[:2].isupper():
                break
            caps += 1
        return n - caps >= POINTER_HEADLINE - 1
    return False


def _drop_pointers(lines: list[str], keep: list[bool]) -> None:
    """Set aside single pointer lines (:func:`_pointer`) between two kept sentences: a
    "see also" teaser inside the body. Its shape (a two- or three-word label, then a
    headline) is the same in every language; an article's own labelled lines are
    sentences or one-word labels."""
    kept = [i for i in range(len(lines)) if keep[i]]
    for a, b, c in zip(kept, kept[1:], kept[2:], strict=False):
        # The line after it may be the next section's subheading.
        if (
            _pointer(lines[b])
            and _SENT_END.search(lines[a].rstrip())
            and (_SENT_END.search(lines[c].rstrip()) or _subheading(lines[c]))
        ):
            keep[b] = False


#: Set aside late lines with an e-mail or web address (:func:`_drop_contacts`).
CONTACTS = True


def _drop_contacts(lines: list[str], keep: list[bool]) -> None:
    """Set aside kept lines of at most 40 words, after :data:`APPEAL_START` of the kept
    words, with an e-mail or web address outside quotations ("To contact the readers'
    editor, email ..."): the page telling the reader where to write. News paragraphs
    name people and places, not addresses."""
    counts, _, late = _late(lines, keep)
    for i, line in enumerate(lines):
        if keep[i] and late[i] and counts[i] <= 40 and _CONTACT.search(unquoted(line)):
            keep[i] = False


#: Set aside a last heading with nothing under it, or over a few short one-sentence
#: lines (:func:`_drop_tail_box`).
TAIL_BOX = True
#: A tail box's lines have fewer words than this share of the median long line.
TAIL_BOX_SHARE = 0.7
TAIL_BOX_LINES = 5


def _drop_tail_box(lines: list[str], keep: list[bool]) -> None:
    """Set aside the end of the text from its last heading (a short line, no sentence
    end, not a question) after a sentence, late in the text, when nothing follows it
    (a share bar, a "how we test" box heading) or 2 to :data:`TAIL_BOX_LINES` lines
    that are each one sentence shorter than :data:`TAIL_BOX_SHARE` of the text's
    median long line: sources, listings and outing tips. An article's last section is
    paragraphs of its usual length, sentences of several clauses, or one closing
    sentence. Up to 3 boxes."""
    for _ in range(3):
        counts, _, late = _late(lines, keep)
        kept = [i for i in range(len(lines)) if keep[i]]
        long = sorted(counts[i] for i in kept if counts[i] >= 12)
        if len(kept) < 4 or not long:
            return
        ref = long[len(long) // 2]
        head = None
        for pos, i in enumerate(kept):
            if (
                pos > 0
                and late[i]
                and _section_heading(lines[i], counts[i])
                and not lines[i].rstrip().endswith("?")
                and _SENT_END.search(lines[kept[pos - 1]].rstrip())
            ):
                head = pos
        if head is None:
            return
        box = kept[head + 1 :]
        if (
            len(box) == 1
            or len(box) > TAIL_BOX_LINES
            or not all(
                _SENT_END.search(lines[i].rstrip())
                and not _INNER.search(lines[i])
                and counts[i] < TAIL_BOX_SHARE * ref
                for i in box
            )
        ):
            return
        for i in kept[head:]:
            keep[i] = False


#: Set aside late lines that name the site or open with the byline's name
#: (:func:`_drop_named`).
NAMED = True


def _name_pattern(names: tuple[str, ...]) -> re.Pattern[str] | None:
    """One case-sensitive pattern for ``names``; each name's last word may end
    differently (an inflected name: "Järveküla Leht" / "Järveküla Lehe")."""
    alts = []
    for name in names:
        toks = name.split()
        if not toks:
            continue
        last = toks[-1]
        stem = (
            re.escape(last[: max(3, len(last) - 1)]) + r"\w*" if len(last) > 3 else re.escape(last)
        )
        alts.append(r"\s+".join([*(re.escape(t) for t in toks[:-1]), stem]))
    if not alts:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")(?!\w)")


def _drop_named(
    lines: list[str], keep: list[bool], sites: tuple[str, ...], authors: tuple[str, ...]
) -> None:
    """Set aside kept lines after :data:`APPEAL_START` of the kept words that are the
    site speaking about itself or its writer: a line without quotations that names the
    site (its copyright line's name: a disclaimer, a funding note, an app or channel
    prompt) and talks about other things than the article (:data:`COHESION`), or a line
    that opens with the byline's name (an author bio). In any language, the article's
    own lines quote people and talk about its subject; a late sentence about the site
    or its writer is the page's. Names that the first part of the text uses are not
    read."""
    counts, _, late = _late(lines, keep)
    # A name the article's first part uses is its subject (a team in a score line, a
    # podcast that names itself), not a signature: it is not read.
    early = [line for i, line in enumerate(lines) if keep[i] and not late[i]]

    def unused(names: tuple[str, ...]) -> re.Pattern[str] | None:
        pats = [(n, _name_pattern((n,))) for n in names]
        return _name_pattern(
            tuple(n for n, p in pats if p is not None and not any(p.search(x) for x in early))
        )

    site = unused(sites)
    author = unused(authors)
    for i, line in enumerate(lines):
        if not keep[i] or not late[i] or counts[i] > 60:
            continue
        if author is not None and (m := author.match(line)) and m.start() == 0:
            keep[i] = False
        elif (
            site is not None
            and unquoted(line) == line
            and site.search(line)
            and _cohesion(lines, i, i) < COHESION
        ):
            keep[i] = False


#: Set aside late short lines naming a social or messaging network
#: (:func:`_drop_channel_prompts`; pasted text and HTML).
CHANNELS = True
#: A channel prompt has at most this many words.
CHANNEL_WORDS = 30


@cache
def _networks() -> re.Pattern[str]:
    """The ``[network]`` names of ``data/read_boilerplate.txt``, case-sensitive, not
    inside another word, with any ending ("Facebookon", "Telegram-канал")."""
    from copydesk.read.clean import _sections

    names = _sections().get("network", ())
    if not names:
        return re.compile(r"(?!)")
    return re.compile(r"(?<![^\W_])(?:" + "|".join(names) + ")")


def _drop_channel_prompts(lines: list[str], keep: list[bool]) -> None:
    """Set aside kept lines after :data:`APPEAL_START` of the kept words, of at most
    :data:`CHANNEL_WORDS` words, without quotations, that name a social or messaging
    network (``[network]``) and share under :data:`COHESION` of their content words
    with the rest of the text: "Join our Telegram channel ...", "Follow us on Facebook
    and Instagram ...", in any language and whatever their markup (a bold or italic
    paragraph of the body, in HTML). An article line naming a network talks about
    what the article talks about (a rumour spread on WhatsApp)."""
    counts, _, late = _late(lines, keep)
    for i, line in enumerate(lines):
        if (
            keep[i]
            and late[i]
            and counts[i] <= CHANNEL_WORDS
            and _networks().search(line)
            and unquoted(line) == line
            and _cohesion(lines, i, i) < COHESION
        ):
            keep[i] = False


def channel_prompts(lines: list[str]) -> list[bool]:
    """Which of ``lines`` (an article's final text) are channel prompts
    (:func:`_drop_channel_prompts`). For HTML, once the page structure has set boxes
    and comments aside: they made a prompt near the end of the article look early."""
    keep = [True] * len(lines)
    if CHANNELS and len(lines) >= 3:
        _drop_channel_prompts(lines, keep)
    return [not k for k in keep]


#: Set aside a late run of stamped entries (reader comments: :func:`_drop_stamped_tail`).
STAMPED_TAIL = True
#: At least this many stamp lines make a run of entries.
STAMPED_ENTRIES = 2


def _drop_stamped_tail(
    lines: list[str], keep: list[bool], stamps: frozenset[int] = frozenset()
) -> None:
    """Set aside the end of the text from the first of :data:`STAMPED_ENTRIES` or more
    stamp lines, kept or not (a name or nothing, a date with a year and a clock time, no
    sentence end: "gozdar19. 8. 2025 ob 10:47") that all come after :data:`APPEAL_START`
    of the kept words, when the text has none before: reader comments, each stamped by the
    page. An article is stamped once, at its head; a live blog stamps its entries from
    the first one on. A stamp the cleaning rules already set aside (a date line they can
    read: "Иван_Сл 18.03.2025 10:14") counts at the line after it (``stamps``)."""
    from copydesk.read.clean import _meta_line

    _, total, late = _late(lines, keep)
    if not total:
        return
    entries: list[int] = []
    for i, line in enumerate(lines):
        if i in stamps or _meta_line(line):
            if not late[i]:
                return
            entries.append(i)
    if len(entries) >= STAMPED_ENTRIES:
        for k in range(entries[0], len(lines)):
            keep[k] = False


#: Drop the tail that starts with a line addressing the reader (:func:`_drop_appeal_tail`).
TAIL_APPEAL = True
#: Ignore the reader words that are function words of the text's language
#: (:func:`common_address_words`). Off: on h16 it puts back all of two pages' lost
#: article text (pasted recall 0.904 -> 0.961) but lets a Māori notice box and a
#: newsletter line through, which the false signal had set aside (leakage 4.0% ->
#: 6.7%, over h16's floor of 5%); see Round 14 in docs/benchmarks-extraction.md.
COMMON = False
#: The tail must start after this share of the kept words, and hold at most
#: :data:`APPEAL_MAX_SHARE` of them.
APPEAL_START = 0.6
APPEAL_MAX_SHARE = 0.25
#: When the tail from the first late line that speaks to the reader fails the guards
#: (an advice column talks to its reader throughout), try the next such line.
APPEAL_NEXT = True


def _late(lines: list[str], keep: list[bool]) -> tuple[list[int], int, list[bool]]:
    """(word count of each line, kept words in all, and for each line whether the kept
    words before it reach :data:`APPEAL_START` of them): the one measure of "late in the
    text" that every rule about the end of a page uses."""
    counts = [len(WORD.findall(x)) for x in lines]
    total = sum(c for c, k in zip(counts, keep, strict=True) if k)
    late: list[bool] = []
    before = 0
    for c, k in zip(counts, keep, strict=True):
        late.append(before >= APPEAL_START * total)
        if k:
            before += c
    return counts, total, late


def addresses_reader(line: str, common: frozenset[str] = frozenset()) -> bool:
    """True when the site's own words (not a quotation) speak to the reader or as the
    site: "you"/"your" in the page's languages (``data/read_address.txt``), or the
    ``[voice]`` words ("we", "our"). ``common``: words of ``[reader]`` to ignore
    (:func:`common_address_words`)."""
    own = unquoted(line)
    if not own.strip():
        return False
    reader = _reader_words() - common if common else _reader_words()
    return any(
        m.group().lower() in reader and not _name_cased(own, m) for m in WORD.finditer(own)
    ) or any(m.group().lower() not in AMBIGUOUS_VOICE for m in voice().finditer(own))


#: A ``[reader]`` word found outside quotations in at least this share of the text's
#: sentences is a function word of the text's own language, not the page speaking to
#: its reader: Māori "te" (the), Yoruba "ti" (that), Breton "ti" (house) are "you" in
#: other languages. A site's prompts are a few lines; the article's language is in
#: most of them.
COMMON_ADDRESS = 0.3
#: ... counted over at least this many sentences.
COMMON_MIN_LINES = 4


def common_address_words(lines: list[str]) -> frozenset[str]:
    """The ``[reader]`` words too common in ``lines`` to say who is spoken to."""
    reader = _reader_words()
    rows = [x for x in lines if len(WORD.findall(x)) >= 5 and _SENT_END.search(x.rstrip())]
    if len(rows) < COMMON_MIN_LINES:
        return frozenset()
    seen: Counter[str] = Counter()
    for x in rows:
        seen.update({w.lower() for w in WORD.findall(unquoted(x))} & reader)
    return frozenset(w for w, c in seen.items() if c >= COMMON_ADDRESS * len(rows))


_OPENS = re.compile(r"(?:\A|[.!?…:;]|\A[\W_]+)[\s\"'“”‘’«»„()\[\]–—-]*\Z")


def _name_cased(text: str, m: re.Match[str]) -> bool:
    """A word written with a capital inside a sentence (not all capitals): a name or a
    title ("Sen. Laura Kemp", "Amartya Sen"), not a pronoun; a second-person pronoun has
    a capital only where a sentence opens."""
    w = m.group()
    if not w[:1].isupper() or (len(w) > 1 and w.isupper()):
        return False
    return not _OPENS.search(text[: m.start()])


#: ``[voice]`` words that are common words of other languages: Dutch "u" (you) is "in"
#: or "at" in Croatian, Serbian, Bosnian, Slovene, Czech and Slovak.
AMBIGUOUS_VOICE = frozenset({"u"})


#: A box between sections holds at most this many lines after its heading.
BOX_LINES = 3


def _section_heading(line: str, n: int) -> bool:
    """A short line that reads as a heading: under 9 words, no sentence end (a question
    mark allowed: "Need help?"). A line ending with a comma or semicolon is a list item
    going on into the next line ("at the church hall;"), not a heading."""
    stripped = line.rstrip()
    if stripped.endswith((",", ";")):
        return False
    return 0 < n <= 8 and (not _SENT_END.search(stripped) or stripped.endswith("?"))


#: A label is at most this many words before a colon; a labelled line at most
#: :data:`LABEL_MAX_WORDS` words.
LABEL_WORDS = 3
LABEL_MAX_WORDS = 20
_LABEL = re.compile(r"^\s*([^\W\d_][^:]{0,40}?):\s+\S")


def _drop_repeated_labels(lines: list[str], keep: list[bool]) -> None:
    """Set aside short lines that start with the same label and a colon two times or
    more, with no sentence end ("Read also: <headline>" teasers between paragraphs):
    the label is the page's, repeated wherever it points elsewhere. An article's own
    labelled lines are sentences ("Q: ... ?", "Update: The fire ... .")."""
    labels: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        m = _LABEL.match(line)
        if not m:
            continue
        label = " ".join(WORD.findall(m.group(1).lower()))
        n = len(WORD.findall(line))
        if not label or label.count(" ") + 1 > LABEL_WORDS or n > LABEL_MAX_WORDS:
            continue
        if _SENT_END.search(line.rstrip()):
            continue
        labels.setdefault(label, []).append(i)
    for rows in labels.values():
        if len(rows) >= 2:
            for i in rows:
                keep[i] = False


def _drop_reader_boxes(lines: list[str], keep: list[bool]) -> None:
    """Set aside a box between two sections of the text: a heading whose first sentence
    (or the heading itself) speaks to the reader outside quotations ("How to have your
    say" / "You can fill in the survey ..."), with the lines after it up to the next
    heading. Article sections talk about their subject; a service box talks to the
    reader. Only between headings, and at most :data:`BOX_LINES` lines."""
    counts = [len(WORD.findall(x)) for x in lines]
    m = len(lines)
    heads = [i for i in range(m) if _section_heading(lines[i], counts[i])]
    common = common_address_words(lines) if COMMON else frozenset()
    for h, nxt in zip(heads, heads[1:], strict=False):
        box = range(h + 1, nxt)
        if not 1 <= len(box) <= BOX_LINES or h == 0:
            continue
        first = lines[h + 1]
        if counts[h + 1] < 5 or not _SENT_END.search(first.rstrip()):
            continue
        if addresses_reader(lines[h], common) or addresses_reader(first, common):
            for k in range(h, nxt):
                keep[k] = False


def _drop_appeal_tail(lines: list[str], keep: list[bool]) -> None:
    """Set aside the end of the text from the first kept line, late in it, that speaks
    to the reader outside quotations: a letters call, a helpline, a disclaimer, a
    support appeal and whatever follows it (a bio, a sign-off). News sentences talk
    about people; the page's furniture talks to the reader."""
    counts, total, late = _late(lines, keep)
    if not total:
        return
    common = common_address_words(lines) if COMMON else frozenset()
    for i, (line, c) in enumerate(zip(lines, counts, strict=True)):
        if not keep[i]:
            continue
        # A sentence (not a heading such as "Our verdict"), and not a question put to
        # someone (an interview's last question).
        if (
            late[i]
            and c >= 5
            and not line.rstrip().endswith("?")
            and addresses_reader(line, common)
        ):
            rest = sum(x for x, k in zip(counts[i:], keep[i:], strict=True) if k)
            # The article's own close may speak to the reader too ("If you walk there
            # this spring, ..."): it talks about what the article talks about, and so
            # does an article paragraph after a box.
            if rest <= APPEAL_MAX_SHARE * total and _cohesion(lines, i, len(lines) - 1) < COHESION:
                if not any(
                    keep[j]
                    and counts[j] >= 12
                    and _SENT_END.search(lines[j])
                    and not addresses_reader(lines[j], common)
                    and _cohesion(lines, j, j) >= COHESION
                    for j in range(i + 1, len(lines))
                ):
                    for k in range(i, len(lines)):
                        keep[k] = False
                    return
            if not APPEAL_NEXT:
                return
