"""Feature extractors: numbers, times, quotes, credits (offsets, values, edge cases)."""

from __future__ import annotations

import doctest

import pytest

from copydesk.analyze import analyze, credits, numbers, quotes, times
from copydesk.model import Article


def A(text, **kw):
    return analyze(Article(text, **kw))


@pytest.mark.parametrize("mod", [numbers, times, quotes, credits])
def test_docstring_examples_run(mod):
    assert doctest.testmod(mod).failed == 0


@pytest.mark.parametrize(
    "text, value, unit, kind",
    [
        ("It cost 3.5 million dollars.", 3_500_000, "USD", "money"),
        ("It cost 3,500,000 dollars.", 3_500_000, "USD", "money"),
        ("It cost £5m.", 5_000_000, "GBP", "money"),
        ("There were twenty-five buses.", 25, None, "number"),
        ("Two hundred and fifty cars.", 250, None, "number"),
        ("A 300-strong unit left.", 300, None, "number"),
        ("They drove 500 miles.", 500, "mi", "number"),
        ("Turnout was 45%.", 45, "%", "percent"),
        ("Turnout was 45 per cent.", 45, "%", "percent"),
        ("Prices doubled.", 2, None, "multiplier"),
        ("They will halve it.", 0.5, None, "multiplier"),
        ("Output is three times higher.", 3, None, "multiplier"),
        ("Costs were cut by a third.", 0.6667, None, "multiplier"),
        ("Sales fell 5%.", 0.95, None, "multiplier"),
        ("Two-thirds of voters agreed.", 0.6667, None, "fraction"),
        ("Dozens of people came.", 20, None, "vague"),
        ("It is the second-largest city.", 2, None, "ordinal"),
    ],
)
def test_quantity_values(text, value, unit, kind):
    q = A(text).quantities
    assert len(q) == 1, q
    assert q[0].value == pytest.approx(value, rel=1e-3)
    assert (q[0].unit, q[0].kind) == (unit, kind)


def test_quantity_offsets_and_sentences():
    text = "Nothing here. Then 40 km and more than 300 homes."
    art = A(text)
    for q in art.quantities:
        assert text[q.start : q.end] == q.text
        assert q.sentence == 1
    assert [q.text for q in art.quantities] == ["40 km", "more than 300"]
    assert art.quantities[1].low == 300 and art.quantities[1].high is None


def test_ranges_and_vague_bounds():
    q = A("Between 300 and 400 km, hundreds of people.").quantities
    assert (q[0].low, q[0].high, q[0].unit) == (300, 400, "km")
    assert (q[1].low, q[1].high) == (200, 999)


def test_years_and_dates_are_not_quantities():
    art = A("In 2019 the plant opened on March 14 at 10 a.m. and employs 2,000 people.")
    assert [q.text for q in art.quantities] == ["2,000"]
    assert [t.value for t in art.times] == ["year:2019", "date:3-14", "time:10:00"]


@pytest.mark.parametrize(
    "text, kind, value",
    [
        ("It happened last week.", "relative", "week:-1"),
        ("It happened earlier this week.", "relative", "week:+0"),
        ("It happened two days ago.", "relative", "day:-2"),
        ("It happened on Tuesday.", "weekday", "weekday:2"),
        ("It happens in March.", "month", "month:3"),
        ("It happened in May 2021.", "month", "month:2021-5"),
        ("It happens this spring.", "season", "season:spring"),
        ("It ends in the fall.", "season", "season:autumn"),
        ("A goal to meet by 2030.", "deadline", "year:2030"),
        ("It was popular in the 1990s.", "decade", "decade:1990"),
        ("It opens at noon.", "time", "time:12:00"),
        ("It opens on 14 March 2030.", "date", "date:2030-3-14"),
    ],
)
def test_time_keys(text, kind, value):
    t = A(text).times
    assert [(x.kind, x.value) for x in t] == [(kind, value)]
    assert text[t[0].start : t[0].end] == t[0].text


def test_not_times():
    assert A("He may go. The fall of the regime was swift.").times == []


def test_quotes_and_speakers():
    text = (
        '"We will rebuild," said Mayor Ana Lopez.\n'
        'Finance Minister Tom Berg told reporters: "The budget is safe." He added, "We expect growth."\n'
        "“It is a disaster,” the union said. Rock 'n' roll."
    )
    qs = A(text).quotes
    assert [(q.text, q.speaker) for q in qs] == [
        ("We will rebuild,", "Mayor Ana Lopez"),
        ("The budget is safe.", "Finance Minister Tom Berg"),
        ("We expect growth.", "Finance Minister Tom Berg"),  # "He" resolved
        ("It is a disaster,", "the union"),
    ]
    for q in qs:
        assert text[q.start : q.end] == q.text
    assert text[qs[2].speaker_start : qs[2].speaker_end] == "He"


def test_unclosed_quote_runs_to_paragraph_end():
    qs = A('She said: "We will not stop.\n"Never," she added.').quotes
    assert qs[0].text == "We will not stop."


def test_credits_in_text_and_lines():
    text = "By Jane Doe\nPARIS (AFP) - Talks resumed, officials told AP.\nIt is, according to Reuters, over.\n— dpa"
    cr = A(text, credit_lines=["Reporting by Tom Berg"]).credits
    got = [(c.agency, c.kind) for c in cr]
    assert got == [
        ("Jane Doe", "byline"),
        ("Agence France-Presse", "dateline"),
        ("Associated Press", "attribution"),
        ("Reuters", "mention"),
        ("dpa", "trailing"),
        ("Tom Berg", "byline"),
    ]
    for c in cr:
        if c.start is not None:
            assert text[c.start : c.end] == c.text
    assert cr[-1].start is None


def test_credits_case_and_prose():
    # "ap"/"pa" in prose are not agencies; "By Monday ..." is not a byline.
    text = "By Monday the talks had stalled and nobody knew what would happen next at the plant.\nThe pa system and an ap course."
    assert A(text).credits == []


def test_canonical_agency_aliases():
    assert credits.canonical_agency("The Associated Press") == "Associated Press"
    assert credits.canonical_agency("AP") == "Associated Press"
    assert credits.canonical_agency("agence france-presse") == "Agence France-Presse"
    assert credits.canonical_agency("ap") is None
