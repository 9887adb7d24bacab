"""Text normalization, with the offset contract spelled out.

Two forms of an article's text exist:

``Article.text`` (what the readers produce, and what every offset refers to)
    The decoded, mojibake-repaired body. The readers tidy layout only: one paragraph per
    line, runs of spaces and tabs inside a line collapsed to one space, lines stripped,
    blank lines dropped, non-breaking and other Unicode spaces turned into plain spaces.
    Characters are otherwise the page's own: curly quotes and dashes stay, so a report
    quotes the article as published.

``analysis_form(Article.text)``
    A 1:1 character map (same length, same offsets) that folds typographic variants for
    matching: curly and angle quotes to ``"`` / ``'``, the dash family to ``-``, the
    ellipsis character stays (one character cannot become three). Any later step may
    use it and report offsets straight into ``Article.text``.

>>> s = "“Twice” — he said"
>>> analysis_form(s)
'"Twice" - he said'
>>> len(analysis_form(s)) == len(s)
True
"""

from __future__ import annotations

import re
import unicodedata

# Same-length folds only: every key and value is one character.
_FOLD = {
    "\u2018": "'",  # ‘
    "\u2019": "'",  # ’
    "\u201a": "'",  # ‚
    "\u201b": "'",  # ‛
    "\u2032": "'",  # ′
    "\u00b4": "'",  # ´
    "\u0060": "'",  # `
    "\u201c": '"',  # “
    "\u201d": '"',  # ”
    "\u201e": '"',  # „
    "\u201f": '"',  # ‟
    "\u2033": '"',  # ″
    "\u00ab": '"',  # «
    "\u00bb": '"',  # »
    "\u2039": "'",  # ‹
    "\u203a": "'",  # ›
    "\u2010": "-",  # hyphen
    "\u2011": "-",  # non-breaking hyphen
    "\u2012": "-",  # figure dash
    "\u2013": "-",  # en dash
    "\u2014": "-",  # em dash
    "\u2015": "-",  # horizontal bar
    "\u2212": "-",  # minus sign
    "\u00a0": " ",
    "\u2007": " ",
    "\u202f": " ",
    "\t": " ",
}
_TABLE = str.maketrans(_FOLD)
assert all(len(k) == 1 and len(v) == 1 for k, v in _FOLD.items())

#: Characters that end a sentence, in the scripts the readers meet: the Latin ones and
#: the Devanagari danda (Hindi, Marathi, Nepali), CJK full-width stops, the Arabic
#: question mark and Urdu full stop, the Armenian, Ethiopic and Burmese full stops, the
#: Tibetan shad and the Khmer khan (round 28). A Hindi paragraph ends with "।", not ".".
SENTENCE_STOPS = ".!?…।॥。！？؟۔։።။།༎។៕"


def _mark_class() -> str:
    """A regex character class body of the combining marks (Unicode categories Mn, Mc,
    Me) up to U+1FFFF, as ranges: ``re``'s ``\\w`` leaves them out, so a Kannada or
    Hindi word ("ಜಾಹೀರಾತು", "विज्ञापन") would count as several (round 24)."""
    out = []
    start = prev = -2
    for cp in range(0x300, 0x20000):
        if unicodedata.category(chr(cp))[0] != "M":
            continue
        if cp != prev + 1:
            if start >= 0:
                out.append((start, prev))
            start = cp
        prev = cp
    out.append((start, prev))
    return "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in out)


#: Body of a character class of the combining marks.
MARKS = _mark_class()
#: One character of a word in any script: a letter or digit, a combining mark, or a
#: zero-width (non-)joiner inside a Persian or Indic word.
WORD_CHAR = rf"(?:[^\W_]|[{MARKS}\u200c\u200d])"
#: ... the same but for digits.
LETTER_CHAR = rf"(?:[^\W\d_]|[{MARKS}\u200c\u200d])"
_LIST_INTRO = re.compile(r"(?::|\s[-–—])\s*\Z")


def introduces_list(line: str) -> bool:
    """``line`` ends as a line introducing a list does: with a colon, or with a dash
    after a space, which Burmese and others write where English writes a colon (round
    29). A label between two dashes ("- Advertisement -") introduces nothing."""
    s = line.strip()
    return bool(_LIST_INTRO.search(s)) and (s.endswith(":") or s[:1] not in "-–—")


#: A note's label and its colon at the start of a line: a letter, then up to 40
#: characters without a sentence stop or a colon, but for a clock time's ("Update,
#: 4.40pm:", "Corrección:"). Shared by the structure step and the cleaning (round 31).
NOTE_LABEL = re.compile(r"\A[^\W\d_](?:[^:.!?]|(?<=\d)[.:](?=\d)){0,40}?:\s")


#: A note whose words after its label are at least this share capitalised is a list of
#: names (a team sheet, a citation), not a note (:func:`mostly_names`, round 31).
NAMES_SHARE = 0.4
_CAP_WORD = re.compile(r"\A[^\W\d_]")
_NAME_WORD = re.compile(rf"{WORD_CHAR}+")


def mostly_names(line: str) -> bool:
    """After its label, ``line``'s words are mostly capitalised: a team sheet
    ("Valsorda (4-3-3): Bassi; Greco, ..."), a reference ("Reference: Varga, I. et al.
    ..."). A correction or an update is a sentence or two in running text."""
    m = NOTE_LABEL.match(line)
    words = [w for w in _NAME_WORD.findall(line[m.end() if m else 0 :]) if not w.isdigit()]
    if not words:
        return False
    caps = sum(1 for w in words if _CAP_WORD.match(w) and w[0].isupper())
    return caps >= NAMES_SHARE * len(words)


_WRITETHRU = re.compile(r"\(\s*[^\W\d_][^()]{10,200}\)")
_INNER_STOP = re.compile(r"[.!?]\s+\S")


def writethru(line: str) -> bool:
    """``line`` is a writethru: one parenthesised phrase of 3 to 30 words with no
    sentence break inside, opening with a letter ("(Corrects third-quarter revenue in
    paragraph 3)", "(Adds union comment)"). Wires put it over a story they have
    updated, as part of the story (round 30); a caption credit or a counter is shorter
    or has a sentence before it."""
    s = line.strip()
    return (
        bool(_WRITETHRU.fullmatch(s))
        and 3 <= len(re.findall(rf"{WORD_CHAR}+", s)) <= 30
        and not _INNER_STOP.search(s)
    )


_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
# Invisible characters that carry nothing: zero-width space, word joiner, BOM, soft
# hyphen. The zero-width non-joiner and joiner (U+200C, U+200D) stay: they spell words
# in Persian, Kurdish and Indic scripts ("می‌گویند") and emoji sequences.
_ZERO_WIDTH = re.compile(r"[\u200b\u2060\ufeff\u00ad]")


def analysis_form(text: str) -> str:
    """``text`` with quotes, dashes and odd spaces folded, same length (see module doc)."""
    return text.translate(_TABLE)


def tidy_line(line: str) -> str:
    """One line with invisible characters removed (not the joiners) and spaces
    collapsed and stripped."""
    return _SPACES.sub(" ", _ZERO_WIDTH.sub("", line)).strip()


def tidy(text: str) -> str:
    """Layout normalization for ``Article.text``: one paragraph per non-empty line."""
    out = []
    for line in text.splitlines():
        line = tidy_line(line)
        if line:
            out.append(line)
    return "\n".join(out)
