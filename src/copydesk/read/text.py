"""Plain text (pasted or exported) to Article.

The text is repaired (mojibake), tidied to one paragraph per line, and, unless
``ReadOptions.clean_text`` is off, split into body, boilerplate and credit lines by
:func:`copydesk.read.clean.clean`. Text that is really HTML (a page saved as .txt, HTML
on stdin) goes to the HTML reader.
"""

from __future__ import annotations

import re

from copydesk import lexicon
from copydesk.errors import InputError
from copydesk.model import Article
from copydesk.read.clean import Cleaned, clean
from copydesk.read.decode import repair
from copydesk.read.normalize import tidy
from copydesk.read.options import DEFAULT_OPTIONS, ReadOptions

_WORDS = re.compile(r"[a-z]+")


def guess_language(text: str) -> str | None:
    """ "en" when English function words make up a large share of the text, else None.

    A deliberately small check (copydesk's lexicon is English); real language
    identification is the HTML reader's job (``<html lang>``) or the export's field.
    """
    words = _WORDS.findall(text[:20000].lower())
    if len(words) < 20:
        return None
    stop = lexicon.wordset("stopwords.txt")
    share = sum(1 for w in words if w in stop) / len(words)
    return "en" if share >= 0.3 else None


def read_text(
    text: str,
    name: str = "<text>",
    options: ReadOptions = DEFAULT_OPTIONS,
    *,
    path: str | None = None,
    source_format: str = "text",
) -> Article:
    """One article from a string of text (or HTML, which is detected and extracted).

    >>> a = read_text("Harbor bill passes\\nThe Senate voted 52-48 on Tuesday to approve the harbor bill.\\n— Reuters")
    >>> a.title, a.text, a.credit_lines
    ('Harbor bill passes', 'The Senate voted 52-48 on Tuesday to approve the harbor bill.', ['— Reuters'])
    """
    from copydesk.read.html import looks_like_html, read_html

    if looks_like_html(text):
        art = read_html(text, name, options=options)
        art.path = path if path is not None else art.path
        return art
    body = tidy(repair(text))
    if not body:
        raise InputError(name, "empty text")
    c = clean(body) if options.clean_text else Cleaned(text=body)
    if not c.text:
        raise InputError(name, "no article text found (everything looked like boilerplate)")
    return Article(
        text=c.text,
        id=name,
        path=path if path is not None else (None if name.startswith("<") else name),
        title=c.title,
        author=c.author,
        date=c.date,
        language=guess_language(c.text),
        source_format=source_format,
        boilerplate=c.boilerplate,
        credit_lines=c.credit_lines,
    )
