"""Plain-text reader: boilerplate, credit lines, bylines, encodings, offsets."""

from __future__ import annotations

from pathlib import Path

import pytest

from copydesk.errors import InputError
from copydesk.read import analysis_form, read_file, read_text
from copydesk.read.clean import byline, clean, credit_kind, dateline_credit, parse_date_line

FIX = Path(__file__).parent / "fixtures" / "read"


def test_pasted_page_body_boilerplate_and_credits():
    a = read_file(FIX / "pasted.txt")
    lines = a.text.splitlines()
    assert lines[0].startswith("KESTWICK (AP) — The island ferry operator")
    assert lines[-1].startswith("Families on Skerra said")
    assert "Local schools" in lines  # a subheading inside the body stays
    assert a.title == "Ferry operator cuts winter sailings to two islands"
    assert a.author == "Rhea Moss"
    assert a.date == "2024-01-09"
    assert "By Rhea Moss, Associated Press" in a.credit_lines
    assert "Associated Press writer Tomas Berg contributed to this report." in a.credit_lines
    assert "KESTWICK (AP) —" in a.credit_lines  # dateline credit recorded, text intact
    for junk in ("Advertisement", "Related posts", "3 Comments", "Facebook", "Menu"):
        assert junk in a.boilerplate
        assert junk not in lines
    assert not any("Museum reopens" in x for x in lines)
    assert not any("newsletter" in x for x in lines)
    assert not any("Read more" in x for x in lines)
    assert a.language == "en"


def test_dateline_stays_in_body():
    text = (
        "WASHINGTON (Reuters) - The Senate voted 52-48 on Tuesday to approve the harbor bill "
        "after a long debate.\nThe House takes it up next week, leaders said on Tuesday evening."
    )
    a = read_text(text)
    assert a.text.startswith("WASHINGTON (Reuters) - The Senate voted")
    assert a.credit_lines == ["WASHINGTON (Reuters) -"]


@pytest.mark.parametrize(
    "line",
    [
        "— Reuters",
        "-- AP",
        "—AFP",
        "(Reporting by Jane Doe; Editing by John Roe)",
        "Reporting by Jane Doe in London; Additional reporting by Ann Lee",
        "The Associated Press contributed to this report.",
        "This story was originally published by the Kestwick Courier.",
    ],
)
def test_trailing_credit_lines_leave_the_body(line):
    body = "The council voted on Monday to close the bridge for four months of repairs."
    a = read_text(body + "\n" + line)
    assert a.text == body
    assert a.credit_lines == [line]


def test_credit_helpers():
    assert credit_kind("— Associated Press") == "trailing"
    assert credit_kind("The AP said it would appeal the ruling on Monday.") is None
    assert byline("By JANE DOE, Associated Press") == "Jane Doe"
    assert byline("By Jane Doe and John Roe | Reuters") == "Jane Doe and John Roe"
    assert byline("By the way, this is not a byline at all because it is a sentence.") is None
    assert dateline_credit("LONDON, March 3 (AFP) — Prices rose.") == "LONDON, March 3 (AFP) —"
    assert dateline_credit("The (AP) style guide says so.") is None
    assert parse_date_line("Published March 3, 2024 at 9:00 a.m. ET") == "2024-03-03"
    assert parse_date_line("Sun, June 9th 2024, 7:45 PM PDT") == "2024-06-09"
    assert parse_date_line("The vote is on March 3, 2024.") is None


def test_short_snippets_come_back_whole():
    assert read_text("Profits doubled.").text == "Profits doubled."
    assert read_text("Search").text == "Search"
    two = "Sales rose 5% in May.\nThe company said demand was strong."
    assert read_text(two).text == two


def test_clean_article_text_is_not_trimmed():
    paras = [
        "The company said on Monday that profits doubled in the third quarter, beating forecasts.",
        "Analysts had expected a rise of about 40 percent, according to a survey by the exchange.",
        "Shares rose 6%.",
        "The chief executive said the results reflected strong demand in Asia and lower costs.",
    ]
    a = read_text("\n\n".join(paras))
    assert a.text.splitlines() == paras
    assert a.boilerplate == []


def test_clean_text_off_keeps_everything():
    from copydesk.read import ReadOptions

    a = read_text(
        "Menu\nThe council voted on Monday to close the bridge.",
        options=ReadOptions(clean_text=False),
    )
    assert a.text == "Menu\nThe council voted on Monday to close the bridge."


def test_pull_quote_and_repeats_set_aside():
    text = "\n".join(
        [
            'Marlow paused when asked about the island. "I miss the quiet," he said. "Not the stairs."',
            "“I miss the quiet. Not the stairs.”",
            "He now lives in Kestwick, where a brass lamp from the lighthouse sits on his kitchen table.",
        ]
    )
    c = clean(text)
    assert "“I miss the quiet. Not the stairs.”" in c.boilerplate


def test_cp1252_and_mojibake_are_decoded():
    a = read_file(FIX / "cp1252.txt")
    assert "“not this year” —" in a.text
    assert a.meta["encoding"] == "cp1252"
    b = read_file(FIX / "mojibake.txt")
    assert "minister’s office" in b.text and "“on track”" in b.text


def test_analysis_form_is_length_preserving():
    s = "“Twice” — he said ‘no’ – fine\u00a0ok"
    f = analysis_form(s)
    assert len(f) == len(s)
    assert f == "\"Twice\" - he said 'no' - fine ok"


def test_html_given_as_text_is_extracted():
    html = (FIX / "page.html").read_text()
    a = read_text(html, "<stdin>")
    assert a.source_format == "html"
    assert a.text.startswith("PORT AVERY (Reuters)")


def test_empty_text_is_an_input_error():
    with pytest.raises(InputError, match="<text>: empty text"):
        read_text("  \n\t ")


_BODY = [
    "The harbour board approved a plan on Monday to dredge the northern channel of "
    "Port Selby, where silt has left larger fishing boats stranded at low tide.",
    "The work will cost about 4 million and take eleven weeks, the board said, and the "
    "channel will stay open to small boats while the dredgers work in the harbour.",
    "Fishermen in Port Selby have asked for the dredging for years. Several boats have "
    "been moved to other harbours because the channel is too shallow at low tide.",
    "Board chair Ines Walcott said the harbour could not afford to lose more boats and "
    "that the dredging would start in the autumn, after the tourist season.",
]


def test_author_bio_and_site_notes_at_the_end_leave():
    page = [
        "Selby Coast Times",
        "NewsSportOpinion",
        "Harbour board backs dredging of the northern channel",
        "Marta Lindqvist, Harbour Correspondent",
        *_BODY,
        "Marta Lindqvist has reported on the coast for twelve years and lives in Hull.",
        "Selby Coast Times receives support from the Northern Press Fund for local reporting.",
        "© 2025 Selby Coast Times. All rights reserved.",
    ]
    assert read_text("\n".join(page)).text.splitlines() == _BODY


def test_site_named_early_in_the_article_is_its_subject():
    page = [
        "Selby Coast Times",
        "Harbour board backs dredging of the northern channel",
        "Marta Lindqvist, Harbour Correspondent",
        "Selby Coast Times has asked the harbour board for the dredging plan for a year, and "
        "the board published it on Monday after a vote of its members.",
        *_BODY,
        "Selby Coast Times will publish the full dredging timetable when the board sends it.",
        "© 2025 Selby Coast Times. All rights reserved.",
    ]
    assert read_text("\n".join(page)).text.splitlines() == page[3:-1]


def test_words_that_only_look_like_the_reader_being_addressed():
    # "US" (the country), German "sie"/"ihre" (she, they, their) and Portuguese "nos"
    # ("in the") address no reader; "us", "Sie" and "Ihre" do.
    from copydesk.read.blocks import voice

    for line in (
        "The US government said so.",
        "Er sagte, sie habe ihre Arbeit beendet.",
        "nos meses de verão",
    ):
        assert not voice().search(line), line
    for line in ("Tell us what you think.", "Melden Sie sich an.", "Ihre Daten sind sicher."):
        assert voice().search(line), line
    # A Portuguese article's list and closing paragraph (with "nos") stay.
    paras = [
        "A câmara municipal de Vila Nova aprovou ontem a construção de uma nova ponte pedonal sobre o rio Lima, uma obra esperada há mais de dez anos pelos moradores.",
        "A obra vai custar cerca de 2,4 milhões de euros e deverá estar concluída no final do próximo ano, segundo o presidente da autarquia, que falou aos jornalistas.",
        "Os moradores das freguesias vizinhas queixam-se há muito tempo da falta de uma travessia segura, sobretudo para as crianças que vão a pé para a escola.",
        "O projeto inclui também:",
        "- uma ciclovia de dois quilómetros nos dois lados do rio;",
        "- iluminação pública nos acessos à ponte;",
        "As obras começam em março e os trabalhos vão decorrer sobretudo nos meses de verão, quando o caudal do rio é mais baixo, explicou o engenheiro responsável.",
    ]
    text = "\n".join(
        ["Ponte pedonal aprovada em Vila Nova", "Por Ana Silva", *paras, "Partilhe este artigo"]
    )
    assert read_text(text).text.splitlines() == paras


def test_teaser_label_run_into_its_title_without_a_space():
    # A select-all copy joins a link's label and title: "Read moreBakers warn ...", a
    # teaser prefix like "Read more: Bakers warn ..."; "Read moreover" is none.
    import importlib

    cleaning = importlib.import_module("copydesk.read.clean")
    assert cleaning._classify("Read moreBakers warn of more closures") == cleaning._PREFIX
    assert cleaning._classify("Read more: Bakers warn of more closures") == cleaning._PREFIX
    assert cleaning._classify("Read moreover the small print") != cleaning._PREFIX


def test_pasted_wire_story_keeps_its_writethru_line(monkeypatch):
    import importlib

    from tests.test_read_html import WIRE

    note = "(Corrects third-quarter revenue figure in paragraph 3)"
    page = "\n".join(["Markets", "Companies", "Search", "Northgate profit falls", note, *WIRE])
    assert read_text(page).text.split("\n")[0] == note
    monkeypatch.setattr(importlib.import_module("copydesk.read.clean"), "WRITETHRU", False)
    assert note not in read_text(page).text
