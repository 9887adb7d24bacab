"""A rule-based article spinner and a synthetic news generator, for retrieval benchmarks.

Spinning (what content farms do to a wire story to dodge duplicate detection) is
simulated with the operations DSpin (Zhang, Wang and Voelker, NDSS 2014) reports spinners
use: synonym swaps of common words, clause and sentence reordering, sentence drops and
merges, and (beyond DSpin, as rewriters do) number/date edits and inserted filler.
Excerpting (a contiguous run of sentences, lightly edited) is the other derivative kind.

Fairness: the spinner's thesaurus is its own (``THESAURUS`` below): about half of its
groups also appear in copydesk's ``data/synonyms.txt``, half do not, and every
mid-frequency generated word has a "synonym" copydesk cannot know (``_pseudo_synonym``).
So copydesk's canonical forms undo only part of the swaps.

The generator makes articles about *events*: each event has people, organisations, a
place, numbers, a date and topic words; several independent articles can be written
about one event (the same-story distractors that share names and numbers with a source
without deriving from it). Text is generated from templates over real function words,
real verbs and nouns, and a Zipf-distributed vocabulary of made-up content words (no
news corpus ships offline). Deterministic for a given seed.

Usage::

    from spin import NewsGenerator, spin
    gen = NewsGenerator(seed=1)
    ev = gen.event()
    src = gen.article(ev)
    der = spin(src, "heavy", seed=7)
"""

from __future__ import annotations

import random
import re
import zlib

__all__ = ["STRENGTHS", "NewsGenerator", "spin", "excerpt"]

# --- the spinner's thesaurus (its own, partly overlapping copydesk's) -----------------
THESAURUS = [
    # also in copydesk data/synonyms.txt
    "big large huge major massive",
    "increase rise grow climb surge",
    "begin start launch commence",
    "buy purchase acquire",
    "help aid assist support",
    "show reveal indicate demonstrate",
    "use utilize employ",
    "problem issue trouble concern",
    "plan proposal scheme strategy",
    "company firm business corporation",
    "official authority administrator",
    "people residents citizens individuals",
    "city town municipality",
    "area region zone district",
    "money funds cash funding",
    "cost price expense",
    "meeting session summit talks",
    "report study survey review",
    "warn caution alert",
    "expect anticipate forecast predict",
    "investigate probe examine",
    "quickly rapidly swiftly",
    "important key crucial vital",
    # not in copydesk's list
    "announce unveil disclose publicize",
    "criticise condemn denounce slam",
    "worker labourer staffer",
    "plant factory facility",
    "weekend break",
    "month period",
    "week spell",
    "decision ruling verdict",
    "dispute row quarrel",
    "crisis emergency predicament",
    "effort push drive bid",
    "figure tally count",
    "rule guideline directive",
    "price tag",
    "fund pot",
    "region territory province",
    "country state",
    "group bloc coalition",
    "call appeal plea",
    "concern worry fear",
    "target goal aim",
    "chance prospect likelihood",
    "move step",
    "speech address",
    "payment disbursement",
    "approve sanction ratify",
    "delay postpone defer",
    "cut trim slash",
    "boost bolster strengthen",
    "review overhaul revamp",
    "stress emphasise underline",
    "claim allege contend",
    "recent latest",
    "senior top high-ranking",
    "local regional",
    "public civic",
    "serious grave severe",
    "strong robust sturdy",
]

STOP = (
    "the a an of to in on for with by at from as that this these those it its is was were be "
    "been has have had will would could should may might and or but not also which who".split()
)
NOUNS = (
    "company city area money cost meeting report plan problem official people plant worker "
    "decision dispute crisis effort figure rule fund region country group call concern target "
    "chance move speech payment month week weekend price".split()
)
VERBS = (
    "increase begin buy help show use announce criticise approve delay cut boost review "
    "stress claim warn expect investigate".split()
)
ADJS = "big important recent senior local public serious strong".split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
MONTHS = (
    "January February March April May June July August September October November December"
).split()

#: Spinning strengths: probabilities of each operation, per word or per sentence.
STRENGTHS: dict[str, dict[str, float]] = {
    "light": dict(
        syn=0.3, pseudo=0.0, clause=0.1, reorder=0.0, drop=0.0, merge=0.0, number=0.0, insert=0.0
    ),
    "medium": dict(
        syn=0.6, pseudo=0.15, clause=0.3, reorder=0.2, drop=0.1, merge=0.1, number=0.1, insert=0.05
    ),
    "heavy": dict(
        syn=0.9, pseudo=0.35, clause=0.6, reorder=0.5, drop=0.2, merge=0.25, number=0.3, insert=0.15
    ),
}

_SYLL = "ba be bi bo bu da de di do ka ke ki ko la le li lo ma me mi mo na ne ni no ra re ri ro sa se si so ta te ti to va ve vi zo".split()
_ENDS = "n r s l t nd st ck sh m".split()


def _word(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(_SYLL) for _ in range(n)) + rng.choice(_ENDS)


class NewsGenerator:
    """Synthetic news articles about events; see the module docstring."""

    def __init__(self, seed: int = 0, vocab: int = 30000):
        rng = random.Random(f"vocab-{seed}")
        words: list[str] = []
        seen: set[str] = set()
        while len(words) < vocab:
            w = _word(rng, rng.choice((1, 2, 2, 3, 3, 4)))
            if w not in seen:
                seen.add(w)
                words.append(w)
        self.vocab = words
        # Zipf weights: a few common made-up words, a long tail of rare ones.
        self._cum = []
        total = 0.0
        for i in range(len(words)):
            total += 1.0 / (i + 10)
            self._cum.append(total)
        surn = [_word(rng, rng.choice((2, 3))).capitalize() for _ in range(6000)]
        self.first = [_word(rng, 2).capitalize() for _ in range(800)]
        self.surnames = surn
        self.orgs = [
            f"{_word(rng, 2).capitalize()} {rng.choice(['Corp', 'Group', 'Holdings', 'Bank', 'Party', 'Council', 'Agency', 'Union'])}"
            for _ in range(4000)
        ]
        self.places = [_word(rng, rng.choice((2, 3))).capitalize() for _ in range(3000)]
        self.rng = random.Random(f"gen-{seed}")
        self._event_no = 0

    def _content(self, rng: random.Random) -> str:
        x = rng.random() * self._cum[-1]
        lo, hi = 0, len(self._cum) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if self._cum[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        return self.vocab[lo]

    def event(self) -> dict:
        """A news event: the facts every article about it shares."""
        rng = self.rng
        self._event_no += 1
        return {
            "no": self._event_no,
            "people": [f"{rng.choice(self.first)} {rng.choice(self.surnames)}" for _ in range(3)],
            "orgs": rng.sample(self.orgs, 2),
            "place": rng.choice(self.places),
            "numbers": [
                str(rng.choice([rng.randint(2, 99), rng.randint(100, 9999)])) for _ in range(4)
            ],
            "weekday": rng.choice(WEEKDAYS),
            "month": rng.choice(MONTHS),
            "year": str(rng.randint(2015, 2025)),
            "topic": [self._content(rng) for _ in range(14)],
        }

    def _np(self, rng: random.Random, ev: dict) -> str:
        r = rng.random()
        if r < 0.35:
            return f"the {rng.choice(ADJS)} {rng.choice(ev['topic'])} {rng.choice(NOUNS)}"
        if r < 0.6:
            return f"the {self._content(rng)} {rng.choice(NOUNS)}"
        if r < 0.8:
            return f"a {self._content(rng)} {self._content(rng)}"
        return f"{rng.choice(STOP[:2])} {rng.choice(NOUNS)} of {rng.choice(ev['topic'])}"

    def _subject(self, rng: random.Random, ev: dict) -> str:
        r = rng.random()
        if r < 0.3:
            return rng.choice(ev["people"])
        if r < 0.5:
            return rng.choice(ev["orgs"])
        if r < 0.6:
            return f"officials in {ev['place']}"
        return self._np(rng, ev).capitalize()

    def sentence(self, rng: random.Random, ev: dict) -> str:
        subj = self._subject(rng, ev)
        verb = rng.choice(VERBS)
        obj = self._np(rng, ev)
        r = rng.random()
        if r < 0.25:
            core = f"{subj} will {verb} {obj} by {rng.choice(ev['numbers'])} percent"
        elif r < 0.45:
            core = f"{subj} said it would {verb} {obj} in {ev['place']}"
        elif r < 0.6:
            core = f"{subj} plans to {verb} {obj} before {rng.choice([ev['weekday'], ev['month'] + ' ' + ev['year']])}"
        elif r < 0.75:
            core = f"{subj} has {rng.choice(['moved', 'tried', 'sought'])} to {verb} {obj} with {self._content(rng)} {rng.choice(ev['topic'])}"
        else:
            core = f"{subj} could {verb} {obj} and {self._content(rng)} {self._np(rng, ev)}"
        tail = rng.random()
        if tail < 0.3:
            core += f", {rng.choice(ev['people'])} said"
        elif tail < 0.5:
            core += f", after {self._np(rng, ev)} {rng.choice(['fell', 'rose', 'stalled'])} on {ev['weekday']}"
        elif tail < 0.65:
            core += f", which {rng.choice(VERBS)}s {rng.choice(ev['numbers'])} {self._content(rng)} {rng.choice(NOUNS)}s"
        return core[0].upper() + core[1:] + "."

    def article(self, ev: dict, n: int | None = None, seed: int | None = None) -> str:
        rng = random.Random(seed) if seed is not None else self.rng
        n = n or rng.randint(12, 24)
        sents = [self.sentence(rng, ev) for _ in range(n)]
        paras, i = [], 0
        while i < len(sents):
            k = rng.randint(1, 3)
            paras.append(" ".join(sents[i : i + k]))
            i += k
        return "\n\n".join(paras)


# --- spinning ---------------------------------------------------------------------------

_TABLE: dict[str, list[str]] = {}
for _g in THESAURUS:
    _ws = _g.split()
    for _w in _ws:
        _TABLE.setdefault(_w, [x for x in _ws if x != _w])
_STOPSET = set(STOP) | {"said", "percent", "after", "before", "officials"}
_WORD = re.compile(r"[A-Za-z][A-Za-z-]*|\d+|[^\sA-Za-z\d]")
_SENT = re.compile(r"(?<=[.!?])\s+")


def _pseudo_synonym(word: str) -> str:
    """A stable made-up 'synonym' for a generated word copydesk has no table for."""
    h = zlib.crc32(word.encode())
    r = random.Random(h)
    return "".join(r.choice(_SYLL) for _ in range(2)) + r.choice(_ENDS)


def _swap(word: str, p: dict, rng: random.Random) -> str:
    lower = word.lower()
    base, suffix = lower, ""
    if lower not in _TABLE and lower.endswith("s") and lower[:-1] in _TABLE:
        base, suffix = lower[:-1], "s"
    if base in _TABLE and rng.random() < p["syn"]:
        new = rng.choice(_TABLE[base]) + suffix
    elif (
        word.islower()
        and lower not in _STOPSET
        and lower not in _TABLE
        and word.isalpha()
        and rng.random() < p["pseudo"]
    ):
        new = _pseudo_synonym(lower)
    else:
        return word
    return new.capitalize() if word[0].isupper() else new


def _join(tokens: list[str]) -> str:
    out = ""
    for t in tokens:
        if out and not (t in ".,;:!?" or out.endswith(("(", "$"))):
            out += " "
        out += t
    return out


def _edit_number(tok: str, rng: random.Random) -> str:
    if tok.isdigit():
        v = int(tok)
        return str(max(1, v + rng.choice([-1, 1]) * max(1, v // 10)))
    if tok in WEEKDAYS:
        return rng.choice(WEEKDAYS)
    return tok


def _sentences(text: str) -> list[str]:
    return [s for s in _SENT.split(text.replace("\n", " ")) if s.strip()]


def _decap(s: str) -> str:
    """Lower-case a sentence's first word unless it is a name."""
    first = s.split(" ", 1)[0]
    return s[0].lower() + s[1:] if first.lower() in _STOPSET or first.lower() in _TABLE else s


def _rotate_clauses(body: str) -> str:
    """ "A, B" -> "B, A"; "A, Jane Doe said" -> "Jane Doe said that A"."""
    head, _, rest = body.partition(", ")
    if not rest:
        return body
    if rest.endswith(" said") and "," not in rest:
        return f"{rest} that {_decap(head)}"
    return rest[0].upper() + rest[1:] + ", " + _decap(head)


def spin(text: str, strength: str = "medium", seed: int = 0) -> str:
    """Spin ``text`` at ``strength`` (``light``, ``medium``, ``heavy``); deterministic."""
    p = STRENGTHS[strength]
    rng = random.Random(f"{seed}-{strength}")
    sents = _sentences(text)
    out: list[str] = []
    for s in sents:
        if len(sents) > 3 and rng.random() < p["drop"]:
            continue
        toks = _WORD.findall(s)
        toks = [_swap(t, p, rng) for t in toks]
        if p["number"]:
            toks = [_edit_number(t, rng) if rng.random() < p["number"] else t for t in toks]
        body = _join(toks).rstrip(".")
        if "," in body and rng.random() < p["clause"]:
            body = _rotate_clauses(body)
        out.append(body + ".")
        if rng.random() < p["insert"]:
            out.append(
                rng.choice(
                    [
                        "This is a developing story.",
                        "Read more about this below.",
                        "Experts say the situation remains unclear.",
                        "The news has sparked debate online.",
                    ]
                )
            )
    # merges
    merged: list[str] = []
    for s in out:
        if merged and rng.random() < p["merge"]:
            merged[-1] = merged[-1].rstrip(".") + ", and " + _decap(s)
        else:
            merged.append(s)
    # local reordering: swap neighbours
    for i in range(len(merged) - 1):
        if rng.random() < p["reorder"] / 2:
            merged[i], merged[i + 1] = merged[i + 1], merged[i]
    paras, i = [], 0
    while i < len(merged):
        k = rng.randint(1, 3)
        paras.append(" ".join(merged[i : i + k]))
        i += k
    return "\n\n".join(paras)


def excerpt(text: str, seed: int = 0, share: tuple[float, float] = (0.3, 0.6)) -> str:
    """A contiguous run of ``share`` of the sentences, lightly spun."""
    rng = random.Random(f"excerpt-{seed}")
    sents = _sentences(text)
    k = max(2, round(len(sents) * rng.uniform(*share)))
    start = rng.randint(0, max(0, len(sents) - k))
    return spin(" ".join(sents[start : start + k]), "light", seed)
