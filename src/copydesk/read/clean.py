"""Set boilerplate and credit lines aside from article text (pasted or extracted).

Text copied from a browser with select-all carries the page around the article: menus,
search prompts, share bars, "Related posts" blocks with teaser paragraphs, newsletter
prompts, comments, disclaimers and copyright lines. :func:`clean` splits it into the
article body (``text``), what was set aside (``boilerplate``), credit lines and a few
fields (title, author, date) found in the lines around the body.

The rules work line by line (a pasted page keeps one block per line):

1. Classify each line: *pattern* boilerplate (``data/read_boilerplate.txt``: ``[line]``
   and ``[phrase]``), a one-line teaser (``[prefix]``), a section heading that ends the
   article (``[end]``) or starts an inline link block (``[block]``), a credit line
   (``data/read_credits.txt``), a byline, a date line, *prose* (ends like a sentence and
   has at least 5 words) or *long* prose (at least 12 words).
2. The body starts at the first long prose line (extended back over adjacent prose) after
   the last byline/date line of the page head, and ends before the first ``[end]``
   heading that follows it, then is trimmed back to its last prose line. It extends
   back over at most one short line (an entry heading; a run of them is a box). Blocks of
   prose cut off by a gap of short lines after the article's largest block are dropped
   while the prose still to come is less than half that block (:func:`_main_end`), and
   a last paragraph that is an author bio or a promo card leaves (:func:`_tail_boxes`);
   in ``"extracted"`` mode too.
3. Inside the body, pattern lines and inline blocks are set aside; short lines that are
   no pattern (subheadings, list items) stay. Outside it everything is boilerplate except
   credit lines, which go to ``credit_lines``, a byline (``author``) and the headline
   (``title``: the last heading-like line before the body).

Credit lines: a standalone line ("— Reuters", "(Reporting by Jane Doe; Editing by John
Roe)", "By Jane Doe, Associated Press", "Associated Press writer X contributed to this
report.") leaves the body. A dateline at the start of a paragraph ("WASHINGTON
(Reuters) - The Senate voted...") stays in the body, because it opens a sentence; its
credit part ("WASHINGTON (Reuters) -") is *also* recorded in ``credit_lines``.

Text that shows no page structure (no long prose line, or fewer than three lines) is
only relieved of credit lines and pattern lines, never trimmed, so a short snippet
comes back whole.

``mode="extracted"`` is for text an HTML extractor already cut to the article: it skips
the head/tail trimming (the extractor did that) and keeps the rest of the rules.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from copydesk.read.blocks import WORD, keep_mask
from copydesk.read.normalize import (
    NOTE_LABEL,
    SENTENCE_STOPS,
    WORD_CHAR,
    introduces_list,
    mostly_names,
    tidy_line,
    writethru,
)

#: Run the learned line check (:mod:`copydesk.read.blocks`) over the body the rules
#: kept. Off only to measure or retrain it (bench/extraction/train_blocks.py).
LEARNED = True

_SENT_END = re.compile(rf"[{SENTENCE_STOPS}:;][\"'”’»)\]]*$|[\"”’]$")
_LETTERS = re.compile(r"[^\W\d_]")


def _data_sections(name: str) -> dict[str, tuple[str, ...]]:
    """The lines of a ``data/`` file by ``[section]``; blank lines and ``#`` comments
    dropped, lines before the first section ignored."""
    text = (resources.files("copydesk") / "data" / name).read_text("utf-8")
    out: dict[str, list[str]] = {}
    section = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
            out.setdefault(section, [])
        elif section is not None:
            out[section].append(line)
    return {k: tuple(v) for k, v in out.items()}


@cache
def _sections() -> dict[str, tuple[str, ...]]:
    """The raw patterns of ``data/read_boilerplate.txt`` by section."""
    return _data_sections("read_boilerplate.txt")


def _has_phrase(line: str) -> bool:
    """Whether a pattern of the "phrase" section occurs anywhere in ``line``.

    The patterns are lower-case and searched one by one in the lower-cased line: each
    then starts with a literal or a small set of letters the regex engine skips to, where
    one case-insensitive alternation of all of them is tried at every position of the
    line (6x slower; reading was dominated by it)."""
    low = line.lower()
    return any(p.search(low) for p in _phrases())


@cache
def _phrases() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in _sections().get("phrase", ()))


@cache
def _combined(section: str) -> re.Pattern[str]:
    """One regex for a section; whole-line sections are anchored at the end."""
    body = "|".join(f"(?:{p})" for p in _sections().get(section, ()))
    if not body:
        return re.compile(r"(?!)")
    tail = r"\Z" if section in ("line", "end", "block") else ""
    return re.compile(f"(?:{body}){tail}", re.I)


@cache
def _agencies() -> tuple[str, ...]:
    text = (resources.files("copydesk") / "data" / "read_credits.txt").read_text("utf-8")
    names = [x.strip() for x in text.splitlines() if x.strip() and not x.startswith("#")]
    return tuple(sorted(set(names), key=len, reverse=True))


@cache
def _credit_patterns() -> dict[str, re.Pattern[str]]:
    short = [re.escape(a) for a in _agencies() if len(a) <= 4]
    long = [re.escape(a) for a in _agencies() if len(a) > 4]
    # Short all-caps names case-sensitive, long names case-insensitive.
    agency = rf"(?:(?i:{'|'.join(long)})|{'|'.join(short)})"
    agencies = rf"{agency}(?:\s*(?:,|/|and|&)\s*{agency})*"
    dash = r"(?:[-–—―]{1,3}|\u2014)"
    name = r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|da|del|la|le|bin|al|el)){0,4}"
    upname = r"[A-Z][A-Z.'’-]*(?:\s+[A-Z][A-Z.'’-]*){0,4}"
    return {
        # "— Reuters", "-- AP", "(AFP)", "Reuters", "— The Associated Press contributed."
        "trailing": re.compile(
            rf"(?:{dash}\s*)?\(?\s*{agencies}\s*\)?(?:\s+contributed(?: to this report)?)?\s*[.]?\Z"
        ),
        # A credit to a service not in the list: a dash then a short capitalised name
        # ("— Wirepress", "-- Harbour News Service"), or the name alone in brackets.
        "generic": re.compile(rf"(?:{dash}\s*{name}|\(\s*{name}\s*\))\s*\Z"),
        # "(Reporting by Jane Doe; Additional reporting by ...; Editing by John Roe)"
        "wiretag": re.compile(
            r"\(?\s*(?:(?:additional |further )?reporting|writing|editing|compiled|graphics|"
            r"research|production|translation|translated|fact-checking|video)\s+by\s+.{2,300}\)?\s*\Z",
            re.I,
        ),
        # "Associated Press writer Jane Doe in Paris contributed to this report."
        "contributed": re.compile(
            r".{0,160}\b(?:contributed|contributed reporting|contributed to this (?:report|story|article))\.?\s*\Z",
            re.I,
        ),
        # "This story was originally published by ..." / "This article first appeared in ..."
        "republished": re.compile(
            r"(?:this|the) (?:story|article|report|piece|post) (?:was |is |has been )?"
            r"(?:originally |first )?(?:published|appeared|produced|reprinted|republished|"
            r"distributed)\b.{0,200}\Z",
            re.I,
        ),
        # "By Jane Doe", "By JANE DOE, Associated Press", "By Jane Doe and John Roe | Reuters"
        "byline": re.compile(
            rf"(?i:by|written by|words by|reporting by|story by|von|par|por|door)\s+(?P<name>(?:{name}|{upname})"
            rf"(?:\s*(?:,|(?i:and)|&)\s*(?:{name}|{upname}))*)"
            rf"(?:\s*(?:,|\||{dash}|·|•)\s*(?P<org>.{{1,60}}))?\s*\Z",
        ),
        # "WASHINGTON (Reuters) -", "LONDON, March 3 (AFP) —", "(AP) —"
        "dateline": re.compile(
            rf"\A(?:[A-Z][A-Za-z.'’ -]{{1,40}}(?:,\s*[A-Z][A-Za-z.'’ ]{{1,30}})?"
            rf"(?:,\s*[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}})?\s*)?\(\s*{agencies}\s*\)\s*{dash}\s*"
        ),
    }


_DATE_LINE = re.compile(
    r"\A(?:(?:published|posted|updated|last updated|first published|date)\s*(?:on|at)?:?\s*)?"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    r"(?P<date>(?P<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d{2})"
    r"|(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mon2>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+(?P<year2>(?:19|20)\d{2})"
    r"|(?P<iso>(?:19|20)\d{2}-\d{2}-\d{2}))"
    r"(?:[\s,|·•at]+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?"
    r"(?:\s*[|·•]\s*(?:updated|published).{0,60})?\s*\Z",
    re.I,
)
_MONTHS = {
    m: i
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1
    )
}


def parse_date_line(line: str) -> str | None:
    """ISO date from a standalone date line ("Published March 3, 2024 at 9:00 a.m."), or None."""
    m = _DATE_LINE.match(line.strip())
    if not m:
        return date_line(line)[1]
    if m.group("iso"):
        return m.group("iso")
    mon = (m.group("mon") or m.group("mon2")).lower()[:3]
    day = int(m.group("day") or m.group("day2"))
    year = int(m.group("year") or m.group("year2"))
    if not 1 <= day <= 31:
        return None
    return f"{year:04d}-{_MONTHS[mon]:02d}-{day:02d}"


@cache
def _date_vocab() -> tuple[dict[str, int], frozenset[str], frozenset[str]]:
    """(month name -> number, weekday names, label words) from ``data/read_dates.txt``."""
    sections = _data_sections("read_dates.txt")
    months: dict[str, int] = {}
    for line in sections.get("months", ()):
        for i, w in enumerate(line.split()[:12], 1):
            months.setdefault(w, i)
    weekdays = frozenset(w for line in sections.get("weekdays", ()) for w in line.split())
    labels = frozenset(w for line in sections.get("labels", ()) for w in line.split())
    return months, weekdays, labels


@cache
def _date_patterns() -> tuple[re.Pattern[str], ...]:
    names = "|".join(re.escape(m) for m in sorted(_date_vocab()[0], key=len, reverse=True))
    year = r"(?P<y>(?:19|20)\d{2})"
    return (
        re.compile(r"\b(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})\b"),
        # 3 June 2024, 3. Juni 2024, 15 de octubre de 2024, 1er mars 2025
        re.compile(
            rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th|er|º|\.)?\s+(?:de\s+)?(?P<mn>{names})\.?,?\s+(?:de\s+)?{year}\b",
            re.I,
        ),
        # June 3, 2024
        re.compile(rf"\b(?P<mn>{names})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{year}\b", re.I),
        # 08.05.2024, 15/10/2024
        re.compile(r"\b(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d{2})\b"),
    )


# Times of day and relative stamps: 17:45, 12.15, 08h15, 4 p.m., 39m ago.
_CLOCK = re.compile(
    r"\b\d{1,2}[:.h]\d{2}\b(?:\s*[ap]\.?\s?m\b\.?)?|\b\d{1,2}\s*[ap]\.?\s?m\b\.?"
    r"|\b\d+\s?(?:s|m|min|mins|h|hrs?|hours?|minutes?|d|days?)\s+ago\b",
    re.I,
)
# Words run together by a select-all copy ("22:10Key event74m ago", "ShareUpdated").
_JOINS = re.compile(r"(?<=[a-z\d])(?=[A-Z])|(?<=[A-Za-z]{2})(?=\d)")


def _leftover(line: str, spans: list[tuple[int, int]]) -> list[str]:
    """Words of ``line`` outside ``spans`` that are not date vocabulary, numbers or
    time-zone abbreviations."""
    months, weekdays, labels = _date_vocab()
    chars = list(line)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    rest = _CLOCK.sub(" ", "".join(chars))
    out = []
    for w in WORD.findall(rest):
        low = w.lower()
        if low in labels or low in weekdays or low in months or w.isdigit():
            continue
        if w.isupper() and 2 <= len(w) <= 5:  # CEST, BST, UTC; also an agency (AFP)
            continue
        out.append(w)
    return out


def date_line(line: str) -> tuple[bool, str | None]:
    """Whether ``line`` is a date line of a page head, in any of the languages of
    ``data/read_dates.txt``, and its ISO date when the line gives it unambiguously.

    A date line holds a date, optionally times, a time zone, label words ("Publié le",
    "Updated at", "Uhr") and at most a four-word name or place; anything else (a list
    item "Rent rules from 1 July 2024", a sentence) is not one.

    >>> date_line("Rosalind Achterberg Mon 3 Jun 2024 12.15 CEST")
    (True, '2024-06-03')
    >>> date_line("08.05.2024, 17:45 Uhr"), date_line("Rent rules from 1 July 2024")[0]
    ((True, '2024-05-08'), False)
    """
    if word_count(line) > 16:
        return False, None
    s = _JOINS.sub(" ", line)
    spans: list[tuple[int, int]] = []
    iso = None
    months = _date_vocab()[0]
    for k, pat in enumerate(_date_patterns()):
        for m in pat.finditer(s):
            spans.append(m.span())
            if iso is not None:
                continue
            y = int(m.group("y"))
            if k == 0:
                mo, d = int(m.group("m")), int(m.group("d"))
            elif k in (1, 2):
                mo, d = months[m.group("mn").lower()], int(m.group("d"))
            else:
                a, b = int(m.group("a")), int(m.group("b"))
                # Day first (Europe) unless that cannot be; a slash date that could be
                # either (03/04/2024) gives no date.
                if a > 12 or (m.group("sep") == "." and b <= 12):
                    d, mo = a, b
                elif b > 12:
                    d, mo = b, a
                else:
                    continue
            if 1 <= mo <= 12 and 1 <= d <= 31:
                iso = f"{y:04d}-{mo:02d}-{d:02d}"
    if not spans:
        return False, None
    rest = _leftover(s, spans)
    ok = len(rest) <= 4 and all(w[:1].isupper() for w in rest)
    return ok, iso if ok else None


def stamp_line(line: str) -> bool:
    """True for a live-blog entry's time stamp ("22:58 39m ago", "Updated at 22:58
    CEST", "10:10 Key event"): a time and nothing but label words."""
    if word_count(line) > 8:
        return False
    s = _JOINS.sub(" ", line)
    return bool(_CLOCK.search(s)) and not _leftover(s, [])


#: Count the words of Chinese and Japanese by their characters (round 32).
HAN_WORDS = True
# Han and kana: about two characters a word.
_HAN_KANA = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def word_count(line: str) -> int:
    """Words in ``line``; a run of Han or kana counts as the words its characters make
    (a Chinese sentence is one run of letters, not one word). Thai, Lao, Burmese and
    Khmer, also written without spaces between words, part phrases with spaces and
    keep counting by runs: measured, counting their characters too lost a Thai page's
    article in both readers and let a Lao page's menus through (round 32)."""
    if not HAN_WORDS:
        return len(WORD.findall(line))
    n = 0
    for m in WORD.finditer(line):
        han = len(_HAN_KANA.findall(m.group()))
        n += max(1, round(han / 2)) if han else 1
    return n


@dataclass(slots=True)
class Cleaned:
    """What :func:`clean` found: the body and everything set aside."""

    text: str
    boilerplate: list[str] = field(default_factory=list)
    credit_lines: list[str] = field(default_factory=list)
    title: str | None = None
    author: str | None = None
    date: str | None = None


# Line kinds.
_BLANK, _PATTERN, _PREFIX, _END, _BLOCK, _CREDIT, _BYLINE, _DATE, _LONG, _PROSE, _SHORT = range(11)
# A live-blog time stamp: boilerplate, transparent between entries.
_STAMPED = 11


def credit_kind(line: str) -> str | None:
    """The kind of standalone credit line ``line`` is, or None."""
    pats = _credit_patterns()
    n = word_count(line)
    if n <= 8 and pats["trailing"].match(line):
        return "trailing"
    if n <= 4 and pats["generic"].match(line):
        return "trailing"
    if n <= 60 and pats["wiretag"].match(line) and (line.startswith("(") or n <= 30):
        return "wiretag"
    if n <= 30 and pats["contributed"].match(line):
        return "contributed"
    if n <= 40 and pats["republished"].match(line):
        return "republished"
    return None


def byline(line: str) -> str | None:
    """The author name(s) of a byline ("By Jane Doe, Reuters" -> "Jane Doe"), or None."""
    if word_count(line) > 16:
        return None
    m = _credit_patterns()["byline"].match(line)
    if not m:
        return None
    names = []
    for part in re.split(r"\s*(?:,|\band\b|&)\s*", m.group("name").strip()):
        part = part.strip()
        if not part or part in _agencies() or _ROLE.search(part):
            continue
        names.append(part.title() if part.isupper() else part)
    if not names:
        return None
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


_ROLE = re.compile(
    r"\b(?:staff|writer|reporter|correspondent|editor|contributor|columnist|news|press|"
    r"times|post|herald|tribune|journal|daily|media|agency|service)\b",
    re.I,
)


def dateline_credit(line: str) -> str | None:
    """The credit prefix of a dateline paragraph ("WASHINGTON (Reuters) -"), or None."""
    m = _credit_patterns()["dateline"].match(line)
    return m.group().strip() if m else None


def _is_prose(line: str, n: int) -> bool:
    return n >= 5 and bool(_SENT_END.search(line)) and line[:1] not in "|•·»›"


def _classify(line: str) -> int:
    if not line:
        return _BLANK
    n = word_count(line)
    if credit_kind(line):
        return _CREDIT
    if n <= 12 and _credit_patterns()["byline"].match(line):
        return _BYLINE
    if n <= 16 and (parse_date_line(line) or date_line(line)[0]):
        return _DATE
    if n <= 8 and stamp_line(line):
        return _STAMPED
    if n <= 12 and _combined("end").match(line):
        return _END
    if n <= 8 and _combined("block").match(line):
        return _BLOCK
    if n <= 40 and _combined("line").match(line):
        return _PATTERN
    if n <= 40 and _has_phrase(line):
        return _PATTERN
    if n <= 40 and _photo_credit(line):
        return _PATTERN
    if n <= 150 and _notice(line):
        return _PATTERN
    if n <= 30 and _combined("prefix").match(line):
        return _PREFIX
    if not _LETTERS.search(line):
        return _PATTERN
    if n >= 12 and _is_prose(line, n):
        return _LONG
    if _is_prose(line, n):
        return _PROSE
    return _SHORT


#: The kind of a paragraph-shaped line (:func:`classify`).
LONG = _LONG


def classify(line: str) -> int:
    """The kind the line rules give ``line`` on its own (:data:`LONG`: a paragraph of
    12 words or more with a sentence end, no boilerplate phrase, credit or date)."""
    return _classify(tidy_line(line))


# The signature line of an embedded social post: "— Eastmere Council (@EastmereCC)
# March 20, 2025"; the line before it is the post's text.
_EMBED_SIG = re.compile(r"\A[—–-]\s*[^()]{1,60}\(@\w{1,30}\)")


def _context(lines: list[str], kinds: list[int], headings: frozenset[str]) -> list[int]:
    """Kinds that depend on the neighbours: an embedded post (its signature line and the
    text above it) and the button under an in-page prompt (a line of at most 3 words
    right after a pattern line of 8 words or more: "Je m'abonne", "See options"), unless
    the page shows it as a heading (a prompt whose link sits in its sentence, then the
    next subheading: "Why it happened")."""
    kinds = list(kinds)
    sig = False
    for i, line in enumerate(lines):
        after_sig, sig = sig, False
        if _EMBED_SIG.match(line):
            kinds[i] = _PATTERN
            sig = True
            if i > 0 and kinds[i - 1] in (_SHORT, _PROSE, _LONG):
                kinds[i - 1] = _PATTERN
        elif (
            i > 0
            and not after_sig  # under a post's signature: the next subheading, no button
            and kinds[i] == _SHORT
            and line not in headings
            and word_count(line) <= 3
            and kinds[i - 1] == _PATTERN
            and word_count(lines[i - 1]) >= 8
            and not _photo_credit(lines[i - 1])  # a caption has no button under it
        ):
            kinds[i] = _PATTERN
    return kinds


def _notice(line: str) -> bool:
    """A cookie or consent notice: it names cookies, asks for consent (accept, partners,
    personalise ...) and speaks as the site ("we", "our", "you"), in any language of the
    ``[consent]`` and ``[voice]`` sections of ``data/read_boilerplate.txt``."""
    return bool(
        _COOKIE.search(line)
        and _combined("consent").search(line)
        and _combined("voice").search(line)
    )


_COOKIE = re.compile(r"\bcookies?\b", re.I)
# The credit that ends a photo caption: "Agency/Photographer" or "Photographer/Agency"
# after the caption's last sentence ("... on Wednesday. AFP/Lena Brix", "EFE/Archivo").
_SLASH_CREDIT = re.compile(r"(?:\A|[.!?)»”\"]\s+)(?P<a>[^\s/.][^/.]{0,40})/(?P<b>[^/.]{1,40})\Z")


def _photo_credit(line: str) -> bool:
    """A caption ending with a credit: a slash credit naming a wire service, or (round
    30) a label and a name after the caption's sentence, bare or in parentheses
    ("... at the end of March. Фото: Сергей Лапин", "... (Ta'anga: Lidia Ayala)"). An
    article's sentence ends with a stop; a label and a name after it, with none, is
    the picture's credit in any language."""
    if _label_credit(line):
        return True
    m = _SLASH_CREDIT.search(line)
    if not m or word_count(m.group()) > 6:
        return False
    agencies = set(_agencies())
    return any(x.strip() in agencies for x in (m.group("a"), m.group("b")))


#: Read "<sentence>. Label: Name" and "<sentence> (Label: Name)" as a caption with its
#: credit (:func:`_photo_credit`, round 30) ...
LABEL_CREDITS = True
#: ... when the name has at most this many words.
LABEL_CREDIT_WORDS = 5


def _label_credit(line: str) -> bool:
    """A caption whose credit is a label and a name (see :func:`_photo_credit`)."""
    if not LABEL_CREDITS:
        return False
    m = _LABEL_CREDIT.search(line)
    if not m:
        return False
    name = m.group("name") or m.group("pname")
    if m.group("stop") and not all(w[0].isupper() for w in _NAME_TOKEN.findall(name)):
        # "Cost: 4 million pounds, she added." is a sentence; "Фото: Гөлназ
        # Ишмөхәмәтова." a credit with a stop after the name.
        return False
    return word_count(name) <= LABEL_CREDIT_WORDS


# A label of one or two words, whose letters may carry combining marks ("ফটো", round 32).
_LABEL = rf"[^\W\d_](?:{WORD_CHAR}|['’-])*(?:\s(?:{WORD_CHAR}|['’-])+)?"
_LABEL_CREDIT = re.compile(
    rf"[{SENTENCE_STOPS}][\"'”’»)]*\s+{_LABEL}\s?[:：]\s*"
    rf"(?P<name>(?:[^\W\d_]\.\s?)?[^{SENTENCE_STOPS}:()]{{2,60}}?)(?P<stop>\.?)\Z"
    rf"|\s\(\s*{_LABEL}\s?:\s*(?P<pname>[^{SENTENCE_STOPS}():]{{2,60}})\)\s*[{SENTENCE_STOPS}]?\Z"
)


#: Re-join hard-wrapped lines (:func:`unwrap`) before the line rules read them.
UNWRAP = True
#: A hard-wrapped text shows at least this many lines broken inside a sentence.
WRAP_PAIRS = 3
#: Lines longer than this are paragraphs, never lines of a hard-wrapped text.
WRAP_MAX = 100
#: Lines this close to a broken pair are part of the wrapped text.
WRAP_NEAR = 3
#: In the wrapped text, a line filled to this share of the wrap width, ending
#: mid-sentence, goes on in the next line when the next one's first word would not
#: have fitted in that share (writers and mailers break a little before the width).
WRAP_FILL = 0.85
#: A broken line is at least this long (a short line ends a paragraph or is a heading).
WRAP_MIN = 40
_WRAP_END = re.compile(rf"[{SENTENCE_STOPS}:;][\"'”’»)\]]*$|[\"”’»)]$")


def _broken(a: str, b: str) -> bool:
    """``a`` ends mid-sentence and ``b`` goes on with it in lower case. (A line opening
    with a digit may be a date or a stamped headline as well as a sentence going on.)"""
    return (
        WRAP_MIN <= len(a) <= WRAP_MAX
        and len(b) <= WRAP_MAX
        and not _WRAP_END.search(a)
        and b[:1].islower()
    )


def unwrap(lines: list[str]) -> list[str]:
    """``lines`` with hard-wrapped paragraphs joined back into one line each.

    A wire story in a ``<pre>``, a plain-text e-mail: each paragraph broken into lines
    of about the same width, which the line rules would read as short lines (headings,
    menu items) and set aside. The text counts as hard-wrapped only when at least
    :data:`WRAP_PAIRS` lines of :data:`WRAP_MIN`-:data:`WRAP_MAX` characters end
    mid-sentence with the next line going on in lower case; the widest of those is the
    wrap width. Then a line joins the next when the next goes on in lower case, or when, within :data:`WRAP_NEAR` lines
    of such a pair, it is filled to :data:`WRAP_FILL` of the width, ends mid-sentence
    and the next one's first word would not have fitted ("... Chief" / "Executive
    ..."). A line wider than the width (a headline above the text) joins nothing. A paragraph line is
    longer than :data:`WRAP_MAX`, and a page of such lines is returned as it is.
    """
    pairs = [i for i in range(len(lines) - 1) if _broken(lines[i], lines[i + 1])]
    if len(pairs) < WRAP_PAIRS:
        return lines
    width = max(len(lines[i]) for i in pairs)
    near = {k for i in pairs for k in range(i - WRAP_NEAR, i + WRAP_NEAR + 2)}
    out: list[str] = []
    joining = False
    for i, line in enumerate(lines):
        if joining:
            out[-1] = out[-1] + " " + line
        else:
            out.append(line)
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        joining = bool(nxt) and (
            _broken(line, nxt)
            or (
                i in near
                and WRAP_FILL * width <= len(line) <= width
                and len(nxt) <= width
                and len(line) + 1 + len(nxt.split(" ", 1)[0]) > WRAP_FILL * width
                and not _WRAP_END.search(line)
                and _joinable(line)
                and nxt[:1] not in _ITEM_START
                and credit_kind(line) is None
            )
        )
    return out


# A line opening with one of these starts an item or a trailer ("-- net debt ...",
# "(END)"), not the rest of a sentence.
_ITEM_START = frozenset("([{-–—•*·")


def _joinable(line: str) -> bool:
    """A line that may be the first part of a wrapped one: letters, no table bars."""
    return bool(_LETTERS.search(line)) and "|" not in line


def _heading_like(line: str) -> bool:
    n = word_count(line)
    return 3 <= n <= 25 and not line.endswith((".", ",", ";", ":")) and line[:1].isupper()


def clean(text: str, mode: str = "pasted", headings: frozenset[str] = frozenset()) -> Cleaned:
    """Split ``text`` (one block per line) into body, boilerplate and credits.

    ``headings``: the lines the page shows as headings, when it is HTML."""
    lines = [tidy_line(x) for x in text.splitlines()]
    lines = [x for x in lines if x]
    if UNWRAP:
        lines = unwrap(lines)
    kinds = _context(lines, [_classify(x) for x in lines], headings)
    out = Cleaned(text="")
    n = len(lines)
    if n == 0:
        return out

    has_long = _LONG in kinds
    structured = mode == "pasted" and has_long and n >= 3
    if structured:
        start, end = _body_bounds(lines, kinds)
        if WRITETHRU and start > 0 and writethru(lines[start - 1]):
            start -= 1
    else:
        start, end = 0, n
        if mode == "extracted" and has_long and n >= 3:
            end = _tail_boxes(lines, kinds, 0, _main_end(lines, kinds, 0, n, labels=True))
        if mode == "extracted" and has_long:
            # An extractor may keep the dek (standfirst) and the byline/date lines at
            # the top: what precedes a byline/date line among the first lines is head.
            for i in range(min(n, 5)):
                if kinds[:i].count(_LONG) >= 2:
                    break  # a date under paragraphs (an embedded post) is no page head
                if kinds[i] in (_BYLINE, _DATE) and _LONG in kinds[i + 1 :]:
                    start = i + 1
            start, end = _extracted_edges(lines, kinds, start, end)

    bp: list[tuple[int, str]] = []
    cr: list[tuple[int, str]] = []
    # Head and tail: fields and boilerplate.
    title_idx = None
    if structured:
        for i in range(start - 1, -1, -1):
            if kinds[i] in (_SHORT, _PROSE) and _heading_like(lines[i]) and kinds[i] != _PATTERN:
                title_idx = i
                break
    for i in list(range(0, start)) + list(range(end, n)):
        line, kind = lines[i], kinds[i]
        if i == title_idx:
            out.title = line
        elif kind == _CREDIT:
            cr.append((i, line))
        elif kind == _BYLINE:
            out.author = out.author or byline(line)
            cr.append((i, line))
        else:
            if kind == _DATE and out.date is None:
                out.date = parse_date_line(line)
            bp.append((i, line))

    body: list[tuple[int, str]] = []
    in_block = False
    card: int | None = None
    after_end = False
    seen_long = False
    for i in range(start, end):
        line, kind = lines[i], kinds[i]
        if after_end:
            if kind == _CREDIT:
                cr.append((i, line))
            else:
                bp.append((i, line))
            continue
        if (
            kind == _END
            and seen_long
            and mode == "extracted"
            and not (EXTRACTED_EARLY_END and _early_end(lines, kinds, start, i))
        ):
            after_end = True
            bp.append((i, line))
            continue
        if in_block:
            if kind in (_LONG, _PROSE, _CREDIT):
                in_block = False
                if card is not None and _card_dek(lines, kinds, i, card):
                    # The one-sentence dek under the card's headline.
                    bp.append((i, line))
                    card = None
                    continue
                card = None
            else:
                bp.append((i, line))
                continue
        if kind == _CREDIT:
            cr.append((i, line))
        elif kind == _BYLINE:
            out.author = out.author or byline(line)
            cr.append((i, line))
        elif kind in (_END, _BLOCK):
            in_block = True
            # An [end] heading inside the body (see _early_end) opens a card.
            card = _median_long(lines, kinds, start, end) if kind == _END else None
            bp.append((i, line))
        elif kind in (_PATTERN, _PREFIX, _STAMPED):
            bp.append((i, line))
        elif kind == _DATE:
            out.date = out.date or parse_date_line(line)
            bp.append((i, line))
        else:
            if kind == _LONG:
                seen_long = True
            body.append((i, line))
            prefix = dateline_credit(line)
            if prefix:
                cr.append((i, prefix))
    body = _drop_repeats(body, bp)
    if LATE_NOTES and mode == "extracted" and end < n and len(body) >= 3:
        # A labelled note on the article after a box at its end ("Update, 21 January:
        # This post now includes ..."): the page structure, which HTML has, then judges
        # where it stands.
        said = [x for _, x in body]
        late = [(i, lines[i]) for i in range(end, n) if _late_note(lines[i], said)]
        if late:
            body = sorted(body + late)
            bp = [b for b in bp if b not in late]
    if LEARNED and has_long and len(body) >= 3 and (structured or mode == "extracted"):
        # The appeal tail only for pasted text: in HTML the page structure sets boxes
        # aside without reading any words.
        sites: tuple[str, ...] = ()
        authors: tuple[str, ...] = ()
        if mode == "pasted" and structured:
            sites = site_names(lines)
            authors = head_names(lines, kinds, start, out.author)
        # The body lines with a line set aside right before them.
        gaps = frozenset(k for k in range(1, len(body)) if body[k][0] != body[k - 1][0] + 1)
        # ... and those with a stamp (a date and a clock time) among what was set aside.
        stamps = frozenset(
            k
            for k in gaps
            if any(_meta_line(lines[j]) for j in range(body[k - 1][0] + 1, body[k][0]))
        )
        keep = keep_mask(
            [x for _, x in body],
            tail=mode == "pasted",
            sites=sites,
            authors=authors,
            gaps=gaps,
            stamps=stamps,
        )
        if PASTED_NOTES and mode == "pasted":
            # A note on the article among the last lines of its text ("Update (18:40):
            # ..."), which the check set aside with a prompt above it.
            said = [x for (_, x), k in zip(body, keep, strict=False) if k]
            for k in range(max(0, len(body) - PASTED_NOTE_LINES), len(body)):
                if not keep[k] and _late_note(body[k][1], said):
                    keep[k] = True
        if NOTE_ENDS and mode in ("pasted", "extracted"):
            _end_at_note(body, keep)
        bp.extend(b for b, k in zip(body, keep, strict=False) if not k)
        body = [b for b, k in zip(body, keep, strict=False) if k]
    if not body and lines and not structured:
        # Nothing but "boilerplate": a snippet, not a page. Give it back whole.
        body = [(i, x) for i, x in enumerate(lines) if credit_kind(x) is None]
        body = body or list(enumerate(lines))
        bp = []
    out.boilerplate = [x for _, x in sorted(bp)]
    out.credit_lines = [x for _, x in sorted(cr)]
    out.text = "\n".join(x for _, x in body)
    return out


_COPYRIGHT = re.compile(r"©|\(c\)|\bcopyright\b", re.I)
_NAME_TOKEN = re.compile(r"[^\W\d_][\w'’&-]*|\S")


def site_names(lines: list[str]) -> tuple[str, ...]:
    """The site's name as its copyright lines give it ("© 2025 Redio Sauti ya Nyanda.",
    "Copyright @ 2025 Kabar Riau Hari Ini."): the capitalised words after the sign and
    the year, with short lower-case words between them ("ya", "della"); the name
    without its first word too ("Daily Spoon", "Sauti ya Nyanda"). A one-word name only
    when the page's first line is that word (the masthead)."""
    out: list[str] = []
    for line in lines:
        m = _COPYRIGHT.search(line)
        if not m or word_count(line) > 30:
            continue
        toks: list[str] = []
        for t in _NAME_TOKEN.findall(line[m.end() :]):
            if not toks and (t in "©@" or t.isdigit() or t.lower() == "copyright"):
                continue
            if t[:1].isupper() and _LETTERS.match(t):
                toks.append(t)
            elif toks and t.islower() and len(t) <= 5 and _LETTERS.match(t):
                toks.append(t)
            else:
                break
        while toks and toks[-1].islower():
            toks.pop()
        if len(toks) == 1 and (not lines or lines[0].strip() != toks[0] or len(toks[0]) < 4):
            continue
        if 1 <= len(toks) <= 5:
            out.append(" ".join(toks))
            if len(toks) >= 3:
                out.append(" ".join(toks[1:]))
    return tuple(dict.fromkeys(out))


_HEAD_NAME = re.compile(
    r"(?:[^\W\d_]{1,12}:?\s+)?(?P<name>[A-ZÀ-ÖØ-ÞĀ-ſ][^\W\d_]+(?:[ -][A-ZÀ-ÖØ-ÞĀ-ſ][^\W\d_]+){1,2})"
    r"\s*(?:\Z|[,·|•–—-])"
)


def head_names(
    lines: list[str], kinds: list[int], start: int, author: str | None
) -> tuple[str, ...]:
    """The byline's names: the author the byline rules read, and in the page head a
    short line that is a name of 2-3 capitalised words alone next to a date line, or
    followed by a comma or separator (a role, a date: "Kadri Tamm, 27. mai 2025",
    "Gideon Thrupp, Senior Correspondent")."""
    out = [author] if author else []
    for i in range(min(start, len(lines))):
        line = lines[i]
        if word_count(line) > 12 or _SENT_END.search(line.rstrip()):
            continue
        m = _HEAD_NAME.match(line)
        if not m:
            continue
        alone = m.end("name") == len(line.rstrip())
        beside = any(
            0 <= k < len(lines) and (kinds[k] == _DATE or _meta_line(lines[k]))
            for k in (i - 1, i + 1)
        )
        if not alone or beside:
            out.append(m.group("name"))
    return tuple(dict.fromkeys(out))


_QUOTE_START = tuple("\"'“‘«„")


def _drop_repeats(body: list[tuple[int, str]], bp: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Move repeated lines and pull quotes (a quoted line whose words all occur in one
    other paragraph, or a sentence found word for word inside a longer paragraph) from
    the body to the boilerplate."""
    bags = [Counter(w.lower() for w in WORD.findall(x)) for _, x in body]
    keys = [" ".join(WORD.findall(x.lower())) for _, x in body]
    seen: set[str] = set()
    keep = []
    for j, (i, line) in enumerate(body):
        key = " ".join(WORD.findall(line.lower()))
        n = sum(bags[j].values())
        repeat = key in seen and n <= 60
        pull = (
            not repeat
            and line.startswith(_QUOTE_START)
            and 3 <= n <= 40
            and any(
                k != j and sum(b.values()) > n and not (bags[j] - b) for k, b in enumerate(bags)
            )
        )
        # A pull quote without quotation marks: a whole sentence of 6+ words that is
        # word for word part of a longer paragraph.
        pull = pull or (
            not repeat
            and 6 <= n <= 40
            and bool(_SENT_END.search(line.rstrip()))
            and any(k != j and f" {key} " in f" {other} " for k, other in enumerate(keys))
        )
        if repeat or pull:
            bp.append((i, line))
        else:
            keep.append((i, line))
        seen.add(key)
    return keep


def _body_bounds(lines: list[str], kinds: list[int]) -> tuple[int, int]:
    n = len(lines)
    # The page head ends at the last byline/date line in the first half of the page that
    # precedes a long prose line.
    first_long = kinds.index(_LONG)
    head_end = 0
    # A byline or date line inside or under the article's largest block of prose (a
    # forum post's "Last edited", a reply's date) is no page head.
    biggest = max(_blocks(lines, kinds, 0, n), key=lambda b: b[2]) if HEAD_BEFORE_BLOCK else None
    for i in range(n):
        meta = kinds[i] in (_BYLINE, _DATE) or (kinds[i] == _SHORT and _meta_line(lines[i]))
        if (
            meta
            and i < max(first_long + 1, n // 2)
            and not (biggest and i > biggest[0] and head_end)
            # A date under most of the article (a wire story's trailer) is no page head.
            and not (
                TRAILER_DATE
                and _long_words(lines, kinds, 0, i) > _long_words(lines, kinds, i + 1, n)
            )
        ):
            later_long = _LONG in kinds[i + 1 :]
            if later_long:
                head_end = i + 1
    # Skip a block opened by an [end]/[block] heading before the body (trending bars).
    start = None
    blocked = False
    for i in range(head_end, n):
        k = kinds[i]
        if k in (_END, _BLOCK) and head_end == 0:
            blocked = True
            continue
        if blocked and k in (_LONG, _PROSE):
            # A teaser paragraph under a pre-body heading: body starts only when a run of
            # prose follows without another heading.
            if _run_is_body(kinds, i):
                blocked = False
            else:
                continue
        if k == _LONG:
            start = i
            break
    if start is None:
        start = first_long
    # Extend back over prose, and over subheadings when a byline/date line marks the
    # page head (a live blog opens with an entry heading); pattern lines are transparent.
    # At most one short line: a run of short lines right before the first paragraph is
    # a box ("Key points", a teaser list), not an entry heading.
    i = start
    shorts = 0
    while i > head_end:
        k = kinds[i - 1]
        if k == _PROSE:
            i -= 1
            start = i
        elif head_end and k == _SHORT and _entry_heading(lines[i - 1]) and shorts == 0:
            if i - 2 >= 0 and kinds[i - 2] == _SHORT:
                break
            shorts += 1
            i -= 1
            start = i
        elif k in (_PATTERN, _PREFIX, _STAMPED) and not _label_credit(lines[i - 1]):
            # (A picture's caption stands between the page head and the body: what is
            # above it is no paragraph of the body.)
            i -= 1
        else:
            break
    end = n
    for i in range(start + 1, n):
        if kinds[i] == _END and not _early_end(lines, kinds, start, i):
            end = i
            break
    end = _main_end(lines, kinds, start, end)
    end = _tail_boxes(lines, kinds, start, end)
    # Trim the tail back to the last prose line (short footer lines leave the body).
    last = start
    for i in range(start, end):
        if kinds[i] in (_LONG, _PROSE):
            last = i
    # Keep credit lines that sit right after the last prose line inside the tail pass.
    return start, last + 1


#: The page head ends before the largest block of prose (round 32).
HEAD_BEFORE_BLOCK = True

#: A byline or date line with more long prose above it than below it closes the
#: article (a wire trailer) and does not mark the page head.
TRAILER_DATE = True


def _long_words(lines: list[str], kinds: list[int], i: int, j: int) -> int:
    return sum(word_count(lines[k]) for k in range(i, j) if kinds[k] == _LONG)


#: An ``[end]`` heading ("Related", "More on this") ends the article only when at least
#: this share of the long prose between the body's start and the next ``[end]`` heading
#: (or the end of the page) comes before it. A card of related stories placed after the
#: article's first paragraphs has much of the article under it; a "Related" rail, a
#: comments section or a teaser list after the article holds less than it does. Round
#: 18: 0.4 -> 0.55 (a trade site's "Related" card after three paragraphs had 48% of
#: the long prose under it; no other development page moved).
EARLY_END = 0.55
#: In extracted text (HTML) too, an ``[end]`` heading with most of the article under
#: it opens a card (:func:`_early_end`) rather than ending the article.
EXTRACTED_EARLY_END = True


def _early_end(lines: list[str], kinds: list[int], start: int, i: int) -> bool:
    """``[end]`` heading ``i`` opens a card inside the article: what follows it, up to the
    next ``[end]`` heading, holds at least three long prose lines and more long prose
    than the body above it (at most :data:`EARLY_END` of the two together comes before)."""
    nxt = next((k for k in range(i + 1, len(lines)) if kinds[k] == _END), len(lines))
    if sum(1 for k in range(i + 1, nxt) if kinds[k] == _LONG) < 3:
        return False
    before = _long_words(lines, kinds, start, i)
    after = _long_words(lines, kinds, i + 1, nxt)
    return before <= EARLY_END * (before + after)


def _median_long(lines: list[str], kinds: list[int], start: int, end: int) -> int:
    longs = sorted(word_count(lines[k]) for k in range(start, end) if kinds[k] == _LONG)
    return longs[len(longs) // 2] if longs else 0


def _card_dek(lines: list[str], kinds: list[int], i: int, median: int) -> bool:
    """Line ``i``, the first prose after an ``[end]`` heading inside the body, is the dek
    of the card's headline: right under a short line (the headline), one sentence, and
    shorter than the body's median long line. The article going on after a card is a
    paragraph of its usual length, or does not follow a headline."""
    return (
        i > 0
        and kinds[i - 1] == _SHORT
        and not _INNER_STOP.search(lines[i])
        and word_count(lines[i]) < median
    )


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_TIME = re.compile(r"(?<!\d)\d{1,2}[:.]\d{2}(?!\d)")


def _meta_line(line: str) -> bool:
    """A byline or date line the date rules cannot read (a name, a role and two stamps
    run together, a date in an order they do not know): at most 16 words, no sentence
    end, a year and a clock time. In any language a page head stamps the article so;
    an article sentence with a year and a time ends like a sentence."""
    if word_count(line) > 16 or _SENT_END.search(line.rstrip()):
        return False
    s = _JOINS.sub(" ", line)
    return bool(_YEAR.search(s)) and bool(_TIME.search(s))


def _extracted_edges(lines: list[str], kinds: list[int], start: int, end: int) -> tuple[int, int]:
    """Head and tail lines an extractor kept around the article: a run of short lines
    before the first paragraph (kicker, dek, caption) unless it is one entry heading of
    at most 10 words, and short lines after the last paragraph (a box heading) unless
    that paragraph ends with a colon (a closing list)."""
    prose = [i for i in range(start, end) if kinds[i] in (_LONG, _PROSE)]
    if not prose:
        return start, end
    lead = [i for i in range(start, prose[0]) if kinds[i] == _SHORT]
    if len(lead) >= 2 or (
        lead and not (_entry_heading(lines[lead[0]]) and word_count(lines[lead[0]]) <= 10)
    ):
        start = prose[0]
        if WRITETHRU and prose[0] - 1 in lead and writethru(lines[prose[0] - 1]):
            start -= 1
    last = prose[-1]
    if not introduces_list(lines[last]):
        tail = [i for i in range(last + 1, end) if kinds[i] not in (_CREDIT, _BYLINE)]
        if tail and all(kinds[i] != _LONG for i in tail):
            end = min(tail)
    return start, end


_INNER_STOP = re.compile(r"[.!?]\s+\S")

#: Keep a labelled note on the article after a box at the end of an extractor's
#: output (:func:`_late_note`, round 31) ...
LATE_NOTES = True
#: ... when at least this share of its content stems occur in the body.
LATE_NOTE_COHESION = 0.3


def _late_note(line: str, body: list[str]) -> bool:
    """``line`` is a note on the article: a label of one to four words and a colon
    ("Update, 21 January:", "Correction:"), then a sentence or more (8 words in all),
    talking about what the body talks about. A box's heading has no colon; an appeal
    or a disclaimer talks about the site or the reader."""
    from copydesk.read.blocks import stem_share, stoplist

    m = NOTE_LABEL.match(line)
    if not m or not 1 <= word_count(m.group()) <= 4:
        return False
    if word_count(line) < 8 or not _SENT_END.search(line.rstrip()) or "?" in line:
        return False
    if mostly_names(line) or line[m.end() :].startswith(_QUOTE_START):
        # A team sheet, or a quotation under its speaker ("He said: “...”").
        return False
    label = m.group().casefold()
    if any(x != line and x.casefold().startswith(label) for x in body):
        # A label other lines share is a speaker's ("Q:", "A:" in an interview).
        return False
    stop = stoplist("\n".join(body))
    return stem_share([line[m.end() :]], body, stop) >= LATE_NOTE_COHESION


#: In pasted text, a labelled note on the article among the last
#: :data:`PASTED_NOTE_LINES` lines of the body stays when the learned check set it
#: aside (:func:`_late_note`, round 32): a share or newsletter prompt above it makes the
#: two a low run at the text's end.
PASTED_NOTES = True
PASTED_NOTE_LINES = 3

#: A labelled note on the article late in its text ends it, in pasted text and in an
#: extractor's output (:func:`_end_at_note`, round 32) ...
NOTE_ENDS = True
#: ... when at least this share of the kept words comes before it.
NOTE_ENDS_START = 0.6


def _end_at_note(body: list[tuple[int, str]], keep: list[bool]) -> None:
    """Set aside what the check kept after the last note on the article in the late
    part of the text ("Correction: ...", "Editor's note: ..."; :func:`_late_note`). A
    standards note closes the article; under it a page pasted from the browser goes on
    with a bio, a reading list, teasers whose headline and dek ran together into one
    line, none of which the rules before tell from paragraphs. A quotation under its
    speaker ("He said: “...”") is no note."""
    said = [x for (_, x), k in zip(body, keep, strict=False) if k]
    counts = [word_count(x) for _, x in body]
    total = sum(c for c, k in zip(counts, keep, strict=False) if k)
    before = 0
    note = None
    for k, ((_, x), c) in enumerate(zip(body, counts, strict=False)):
        if keep[k] and before >= NOTE_ENDS_START * total and _late_note(x, said):
            note = k
        if keep[k]:
            before += c
    if note is None:
        return
    for k in range(note + 1, len(body)):
        keep[k] = False


#: Keep a wire story's writethru line right above its first paragraph (round 30).
WRITETHRU = True


def _entry_heading(line: str) -> bool:
    """A short line that can be the heading of the first entry or section: a few words,
    no sentence break inside (a caption with its credit), no counter "(12)" or slash
    credit."""
    return (
        2 <= word_count(line) <= 14
        and not _INNER_STOP.search(line)
        and not any(c in line for c in "()/|")
    )


def _run_is_body(kinds: list[int], i: int) -> bool:
    """True when line ``i`` starts at least three prose lines before the next heading."""
    prose = 0
    for k in kinds[i:]:
        if k in (_END, _BLOCK):
            break
        if k in (_LONG, _PROSE):
            prose += 1
            if prose >= 3:
                return True
    return False


# Lines that neither make nor break a run of prose: page furniture already recognised,
# credits, bylines and dates between paragraphs.
_TRANSPARENT = frozenset((_BLANK, _PATTERN, _PREFIX, _CREDIT, _BYLINE, _DATE, _STAMPED))
#: A block of prose after the article's main block, cut from it by a gap of at least
#: :data:`GAP_LINES` short lines, stays only when it has at least this share of the
#: main block's prose words (a split article keeps its second half; a teaser rail,
#: an events box, a footer blurb are much shorter than the article). Tuned on
#: bench/extraction 01-09 and h10-h12.
TAIL_SHARE = 0.5
#: Consecutive short non-prose lines that cut a block of prose: one is a subheading,
#: two or more are a box ("People also read" + a teaser headline, an events list).
GAP_LINES = 2
_STAMP = re.compile(
    r"\b\d{1,2}[:.]\d{2}\b|\b\d+\s?(?:s|m|min|mins|h|hrs?|hours?|minutes?)\s+ago\b", re.I
)


#: One-word labels (round 19) and labelled links (round 24) do not count towards a gap
#: (:func:`_blocks`).
GAP_SKIPS_LABELS = True


#: A label and a headline: "Read also: Fourteen lakes to be dredged" (round 24).
_LABELLED_LINK = re.compile(rf"\A[^\W\d_][^:.!?\d]{{0,30}}:\s?\S.*[^{SENTENCE_STOPS}\s]\Z")


def _gap_label(line: str) -> bool:
    """A line of one word with no sentence end ("Advertisement", "Publicidá"), or a
    label and a headline with no sentence end ("இதையும் படிக்க: <headline>")."""
    if _SENT_END.search(line.rstrip()):
        return False
    return word_count(line) == 1 or bool(_LABELLED_LINK.match(line))


def _blocks(
    lines: list[str], kinds: list[int], start: int, end: int, labels: bool = False
) -> list[tuple[int, int, int]]:
    """Blocks of prose in ``lines[start:end]`` as (first, last, prose words).

    A block ends at a gap of :data:`GAP_LINES` or more short lines, unless the prose
    line before the gap ends with a colon: that introduces a list, which belongs to it.
    With ``labels`` (extracted text), one-word labels do not count towards a gap.
    """
    out: list[tuple[int, int, int]] = []
    first = last = None
    words = 0
    gap = 0
    colon = False
    for i in range(start, end):
        k = kinds[i]
        if k in (_LONG, _PROSE):
            if first is not None and gap >= GAP_LINES and not colon:
                out.append((first, last, words))
                first, words = None, 0
            if first is None:
                first = i
            last = i
            words += word_count(lines[i])
            gap = 0
            colon = introduces_list(lines[i])
        elif k in _TRANSPARENT or _STAMP.search(lines[i]) and word_count(lines[i]) <= 6:
            # A time stamp ("22:58 39m ago", "Updated at 22:58") is entry metadata.
            continue
        elif labels and GAP_SKIPS_LABELS and k == _SHORT and _gap_label(lines[i]):
            # In an extractor's output, an advert's label between two paragraphs
            # ("Publicidá", "Reklama") or a labelled link ("Read also: <headline>") is
            # no box heading: the article goes on under it. (Pasted text has a page's
            # labels everywhere: they count there.)
            continue
        else:
            gap += 1
            # A short clause introducing a list ("The clinic will offer -" in Burmese,
            # whose words run together): the list and what follows belong to the block.
            colon = colon or (
                first is not None
                and i + 1 < end
                and lines[i + 1].startswith("- ")
                and introduces_list(lines[i])
                and word_count(lines[i]) >= SHORT_INTRO_WORDS
            )
    if first is not None:
        out.append((first, last, words))
    return out


#: A short line introducing a list inside a block has at least this many words
#: (:func:`_blocks`; "Follow us:" is a label).
SHORT_INTRO_WORDS = 4


def _main_end(
    lines: list[str], kinds: list[int], start: int, end: int, labels: bool = False
) -> int:
    """Where the article ends: after the largest block of prose and any later block
    at least :data:`TAIL_SHARE` its size; smaller blocks after a gap are page furniture."""
    blocks = _blocks(lines, kinds, start, end, labels)
    if len(blocks) < 2:
        return end
    main = max(range(len(blocks)), key=lambda j: blocks[j][2])
    median = _median_long(lines, kinds, blocks[main][0], blocks[main][1] + 1)
    stop = main
    for j in range(main + 1, len(blocks)):
        if TEASER_RUNS and not labels and _teaser_run(lines, kinds, blocks, j, median):
            break
        # All the prose still to come, not block j alone: live-blog entries are small
        # one by one and large together.
        if sum(b[2] for b in blocks[j:]) >= TAIL_SHARE * blocks[main][2]:
            stop = j
        elif labels and TAIL_SECTION and _tail_section(lines, kinds, blocks, main, j):
            stop = j
        else:
            break
    if stop == len(blocks) - 1:
        return end
    return blocks[stop][1] + 1


#: In pasted text, the article ends before a block of teasers (:func:`_teaser_run`,
#: round 32), whatever prose comes after it.
TEASER_RUNS = True
#: ... and before two blocks in a row of one teaser's dek each, both under
#: :data:`TEASER_DEK_SHARE` of the article's median paragraph (round 32).
TEASER_CHAINS = True
TEASER_DEK_SHARE = 0.6


def _teaser_run(
    lines: list[str], kinds: list[int], blocks: list[tuple[int, int, int]], j: int, median: int
) -> bool:
    """Block ``j`` after the main block is a run of teasers: each of its paragraphs
    stands alone under a short line (a headline, a name, a date; :func:`_standalone`),
    and it has two of them, or one with another such block after it. An article's
    paragraphs follow one another; a "Related" rail, a comment thread or a newsletter
    box under teaser headlines gives one paragraph to each headline. Whatever prose
    comes after (more teasers, comments) no longer keeps the block in the article, as
    its size would (:data:`TAIL_SHARE`)."""
    longs = _standalone(lines, kinds, blocks[j])
    if longs is None:
        return False
    if longs >= 2:
        return True
    if j + 1 >= len(blocks):
        return False
    if (
        TEASER_CHAINS
        and _standalone(lines, kinds, blocks[j + 1]) == 1
        and all(word_count(lines[b[0]]) < TEASER_DEK_SHARE * median for b in blocks[j : j + 2])
    ):
        # Two blocks of one paragraph each, both well under the article's median
        # paragraph: two teasers' deks (an article split by pictures and subheadings
        # into one paragraph a block has paragraphs of its own length).
        return True
    return _teaser_run(lines, kinds, blocks, j + 1, median)


def _standalone(lines: list[str], kinds: list[int], block: tuple[int, int, int]) -> int | None:
    """The number of long paragraphs in ``block`` when each stands alone under a short
    line and none introduces a list; None otherwise."""
    first, last, _ = block
    longs = [k for k in range(first, last + 1) if kinds[k] == _LONG]
    if not longs or any(introduces_list(lines[k]) for k in longs):
        return None
    for k in longs[1:] if longs[0] == first else longs:
        prev = next((m for m in range(k - 1, first - 1, -1) if kinds[m] not in _TRANSPARENT), None)
        if prev is None or kinds[prev] in (_LONG, _PROSE):
            return None
    return len(longs)


#: In an extractor's output, a later block of two paragraphs or more that talks about
#: what the article talks about is its last section (:func:`_tail_section`, round 22).
TAIL_SECTION = True
#: ... at least this share of its content stems occur in the main block (round 22, on
#: the development pages: the one such section 0.30; the later blocks of two paragraphs
#: or more that are not article text 0.08 to 0.19).
TAIL_SECTION_COHESION = 0.25


def _tail_section(
    lines: list[str], kinds: list[int], blocks: list[tuple[int, int, int]], main: int, j: int
) -> bool:
    """Block ``j`` after a gap is the article's own last section (a "read also" line of
    a language no list knows, then a subheading, cut it off): two long paragraphs or
    more, none speaking to the reader, most of whose content stems the main block uses.
    What an extractor keeps after an article (a bio, a prompt, a teaser's sentence) is
    one paragraph, or about something else."""
    from copydesk.read.blocks import stem_share, stoplist, voice

    first, last, _ = blocks[j]
    paras = [lines[k] for k in range(first, last + 1) if kinds[k] == _LONG]
    if len(paras) < 2 or any(voice().search(x) for x in paras):
        return False
    a, b, _ = blocks[main]
    share = stem_share(paras, lines[a : b + 1], stoplist("\n".join(lines)))
    return share >= TAIL_SECTION_COHESION


# An author bio: a paragraph that opens with a person's name and says what they do
# ("Tove Brandt reports on planning for the Post.", "Jane Roe is a senior writer ...").
_BIO = re.compile(
    r"\A(?!(?:The|A|An|This|That|Our|Its)\s)(?:[A-Z][\w'’.-]+\s+){2,3}"
    r"(?:is (?:a|an|the)\b.{0,80}\b(?:writer|reporter|correspondent|editor|journalist|"
    r"columnist|photographer|producer|contributor|critic)|"
    r"(?:reports|writes) (?:on|about|for)\b|covers\b)"
)
# A reader addressed directly: the call to action of a newsletter or app box.
_YOU = re.compile(r"\b(?:you|your|yours)\b", re.I)


def _is_card(lines: list[str], kinds: list[int], i: int) -> bool:
    """Line ``i`` is a promo card: a short paragraph addressing the reader, under a
    heading and over a button-like short line ("Morning briefing" / "Start your day
    ..." / "Sign me up")."""
    if word_count(lines[i]) > 25 or not _YOU.search(lines[i]):
        return False
    above = i > 0 and kinds[i - 1] == _SHORT
    below = next((k for k in kinds[i + 1 :] if k != _BLANK), None)
    return above and below in (_SHORT, _PATTERN, _END)


def _tail_boxes(lines: list[str], kinds: list[int], start: int, end: int) -> int:
    """Move ``end`` before author bios and promo cards among the last paragraphs."""
    for _ in range(3):
        prose = [i for i in range(start, end) if kinds[i] in (_LONG, _PROSE)]
        if len(prose) < 3:
            break
        last = prose[-1]
        if _BIO.match(lines[last]) or _is_card(lines, kinds, last):
            end = last - 1 if kinds[last - 1] == _SHORT and last - 1 > prose[-2] else last
        else:
            break
    return end
