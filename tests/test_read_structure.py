"""Page-structure filtering of HTML (read/structure.py): boxes leave, article parts stay."""

from __future__ import annotations

import lxml.html

from copydesk.read import read_html
from copydesk.read.structure import fill, keep_mask, rendered_lines

BODY = [
    "The harbour board voted on Tuesday to rebuild the north pier, which has been closed since a storm cracked its deck two winters ago and left the fishing fleet short of berths.",
    "The work will cost about 4.2 million and should take eighteen months, the board said, with most of the money coming from a regional fund for coastal towns.",
    "Fishermen welcomed the decision but said they had waited too long. Several boats have moved to other harbours along the coast while the pier stayed shut.",
    "The board's chair said the contract would be signed in the spring and that the pier would reopen in stages, starting with the berths nearest the fish market.",
    "A public meeting about the plans will be held next month, and the drawings can already be seen at the harbour office during opening hours.",
]
BOX = "Funeral arrangements will be announced by the family, and donations may be made to the lifeboat station in her memory instead of flowers."


def mask(html: str, lines: list[str]) -> list[bool]:
    return keep_mask(lxml.html.document_fromstring(html), lines)


def ps(items, cls=None):
    attr = f' class="{cls}"' if cls else ""
    return "".join(f"<p{attr}>{x}</p>" for x in items)


def test_box_after_body_and_nested_box_leave():
    html = (
        f'<html><body><article><div class="body">{ps(BODY[:3])}'
        f'<div class="details"><h3>Notice</h3><p>{BOX}</p></div>{ps(BODY[3:])}</div>'
        f'<section class="guests"><p>{BOX.replace("family", "club")}</p></section>'
        "</article></body></html>"
    )
    lines = [*BODY[:3], "Notice", BOX, *BODY[3:], BOX.replace("family", "club")]
    got = mask(html, lines)
    assert got == [True] * 3 + [False, False] + [True] * 2 + [False]


def test_single_paragraph_box_with_its_own_class_leaves():
    box = f'<div class="service"><p>{BOX}</p></div>'
    html = f'<html><body><div class="copy">{ps(BODY[:2])}{box}{ps(BODY[2:])}</div></body></html>'
    got = mask(html, [*BODY[:2], BOX, *BODY[2:]])
    assert got == [True, True, False, True, True, True]


def test_headings_lists_and_plain_blockquotes_of_the_body_stay():
    quote = "We have waited long enough for this pier, and now we will hold them to the date."
    html = (
        f'<html><body><div class="text">{ps(BODY[:2])}<h2>What happens next</h2>'
        f"<ul><li>Contracts in spring</li><li>First berths in autumn</li></ul>"
        f"<blockquote><p>{quote}</p></blockquote>{ps(BODY[2:])}</div></body></html>"
    )
    lines = [*BODY[:2], "What happens next", "Contracts in spring", "First berths in autumn"]
    lines += [quote, *BODY[2:]]
    assert all(mask(html, lines))


def test_pull_quote_and_table_inside_the_body_leave():
    pull = "Several boats have moved to other harbours along the coast."
    html = (
        f'<html><body><div class="text">{ps(BODY[:2])}'
        f'<blockquote class="pull"><p>{pull}</p></blockquote>'
        f"<table><tr><td>Berths</td><td>42 before the storm, 17 now</td></tr></table>"
        f"{ps(BODY[2:])}</div></body></html>"
    )
    lines = [*BODY[:2], pull, "Berths 42 before the storm, 17 now", *BODY[2:]]
    assert mask(html, lines) == [True, True, False, False, True, True, True]


def test_styled_paragraph_after_the_body_leaves_but_inside_it_stays():
    note = "This article is for information only and is not advice; figures may change."
    question = "Why did the board take so long to decide on the north pier repairs?"
    html = (
        f'<html><body><div class="text">{ps(BODY[:2])}<p class="q">{question}</p>'
        f'{ps(BODY[2:])}<p class="disclaimer">{note}</p></div></body></html>'
    )
    got = mask(html, [*BODY[:2], question, *BODY[2:], note])
    assert got == [True, True, True, True, True, True, False]


def test_long_styled_first_paragraph_stays_short_standfirst_leaves():
    first = "On a grey morning at the harbour, " + BODY[0]
    html = (
        f'<html><body><div class="text"><p class="standfirst">Pier to reopen by 2027</p>'
        f'<p class="has-drop-cap">{first}</p>{ps(BODY[1:])}</div></body></html>'
    )
    got = mask(html, ["Pier to reopen by 2027", first, *BODY[1:]])
    assert got == [False, True, True, True, True, True]


def test_article_split_by_an_advert_and_wrapped_paragraphs_stay():
    wrapped = "".join(f'<div class="para"><p>{x}</p></div>' for x in BODY[:3])
    html = (
        f'<html><body><div class="story"><section class="part">{wrapped}</section>'
        f'<div class="ad"><span>Advertisement</span></div>'
        f'<section class="part">{ps(BODY[3:])}</section>'
        f'<div class="glossary"><p>{BOX}</p><p>Pier: a raised platform.</p></div>'
        "</div></body></html>"
    )
    got = mask(html, [*BODY, BOX, "Pier: a raised platform."])
    assert got == [True] * 5 + [False, False]


def test_live_blog_entries_side_by_side_all_stay():
    entries = "".join(
        f'<div class="entry"><span>{9 + i}:00</span><p>{x}</p><a>Share</a></div>'
        for i, x in enumerate(BODY)
    )
    html = f'<html><body><div class="feed">{entries}</div></body></html>'
    assert all(mask(html, BODY))


def test_lines_not_found_and_pages_without_a_body_are_left_alone():
    html = f"<html><body><div>{ps(BODY[:1])}</div><div>{ps(BODY[1:2])}</div></body></html>"
    assert all(mask(html, [BODY[0], BODY[1], "A line the page does not hold at all."]))
    assert mask(html, []) == []


def test_rendered_lines_skip_scripts_and_hidden_blocks():
    tree = lxml.html.document_fromstring(
        '<html><body><p>Seen text here</p><p style="display:none">Hidden</p>'
        "<script>var x = 1;</script><div>Tail <b>bold</b> words</div></body></html>"
    )
    keys = [k for k, _ in rendered_lines(tree)]
    assert keys == ["seen text here", "tail bold words"]


def test_read_html_sets_a_box_aside():
    box = f'<div class="funeral"><h3>Funeral</h3><p>{BOX}</p></div>'
    html = (
        "<html><head><title>Pier</title></head><body><article>"
        f'<h1>Harbour pier to be rebuilt</h1><div class="body">{ps(BODY[:3])}{box}'
        f"{ps(BODY[3:])}</div></article></body></html>"
    )
    art = read_html(html)
    assert "lifeboat station" not in art.text
    assert all(x in art.text for x in BODY)
    assert any("lifeboat station" in b for b in art.boilerplate)


def test_body_sentence_repeated_in_a_box_above_stays_in_the_body():
    # The verdict box repeats a body sentence inside a longer text: the body's copy counts.
    verdict = f"<div class='verdict'><p>FALSE. {BODY[1]} So the claim fails.</p></div>"
    line = BODY[1][:-1] + " and more, the board added."
    html = (
        f"<html><body>{verdict}<div class='text'>{ps([BODY[0]])}<p>{line}</p>"
        f"{ps(BODY[2:])}</div></body></html>"
    )
    # The extractor trimmed the body line back to the sentence the box also holds.
    assert all(mask(html, [BODY[0], BODY[1], *BODY[2:]]))


def test_loose_text_of_the_body_container_stays():
    html = (
        f'<html><body><div class="text">{BODY[0]}<br><br>{BODY[1]}{ps(BODY[2:])}</div>'
        f'<div class="box">{BOX}<p>Our box has a paragraph too.</p></div></body></html>'
    )
    got = mask(html, [BODY[0], BODY[1], *BODY[2:], BOX])
    assert got == [True] * 5 + [False]


def _fill(html: str, lines: list[str]) -> list[str]:
    return fill(lxml.html.document_fromstring(html), lines)


def test_fill_puts_back_headings_and_list_items_an_extractor_dropped():
    intro = "Three questions are worth asking before the pier reopens:"
    html = (
        f'<html><body><div class="col">{ps(BODY[:2])}<h2>What happens next</h2>'
        f"{ps(BODY[2:4])}<p>{intro}</p><ul><li>Who pays for the berths?</li>"
        f"<li>When do the boats come back?</li></ul></div>"
        f'<div class="side"><h3>Best buys</h3><ul><li>Cash ISA 4.4%</li></ul></div>'
        "</body></html>"
    )
    # What a paragraph-only extractor keeps: every <p>, no heading, no list.
    got = _fill(html, [*BODY[:4], intro])
    assert got == [
        *BODY[:2],
        "What happens next",
        *BODY[2:4],
        intro,
        "- Who pays for the berths?",
        "- When do the boats come back?",
    ]
    # The items carry the extractor's own mark, so the line rules read them as a list.
    from copydesk.read import structure

    structure.FILL_MARKS = False
    try:
        assert _fill(html, [*BODY[:4], intro])[-1] == "When do the boats come back?"
    finally:
        structure.FILL_MARKS = True


def test_fill_adds_nothing_outside_the_body_or_already_kept():
    html = (
        f'<html><body><div class="col">{ps(BODY[:2])}<h2>Next</h2>{ps(BODY[2:])}</div>'
        f'<div class="more"><h3>Most read</h3><ul><li>Storm closes the ferry</li></ul></div>'
        "</body></html>"
    )
    lines = [*BODY[:2], "Next", *BODY[2:]]
    assert _fill(html, lines) == lines
    # A page whose text is not found at all is left alone.
    assert _fill(html, ["Something else entirely, a line that is not on the page."]) == [
        "Something else entirely, a line that is not on the page."
    ]


def test_read_html_keeps_subheading_and_list_of_a_page_without_article_container():
    intro = "Three questions are worth asking before the pier reopens:"
    html = (
        '<html><body><div class="top"><a>Home</a></div><div class="grid"><div class="c1">'
        f'<div class="t">{ps(BODY[:3])}<h2>What happens next</h2>{ps(BODY[3:4])}'
        f"<p>{intro}</p><ul><li>Who pays for the new berths?</li>"
        f"<li>When will the boats come back to the harbour?</li></ul>{ps(BODY[4:])}</div></div>"
        '<div class="c2"><p>Easy access savings: 4.6%</p></div></div></body></html>'
    )
    text = read_html(html).text
    assert "What happens next" in text
    assert "Who pays for the new berths?" in text
    assert text.index("What happens next") < text.index(BODY[3])
    assert text.index("Who pays for the new berths?") < text.index(BODY[4])


def test_fill_puts_a_final_list_before_the_boxes_after_the_body():
    intro = "Residents can ask for a free test of their water:"
    html = (
        f'<html><body><div class="body">{ps(BODY)}<p>{intro}</p>'
        "<ul><li>by calling the water company,</li><li>or at the town hall.</li></ul></div>"
        f'<div class="method"><p>{BOX}</p></div></body></html>'
    )
    got = _fill(html, [*BODY, intro, BOX])
    assert got == [*BODY, intro, "- by calling the water company,", "- or at the town hall.", BOX]


# Round 8: bodies written as <div> paragraphs or as <br>-split text, appendix sections
# after the body, and lines that are mostly a link.


def test_div_paragraph_body_is_found_and_its_box_leaves():
    # No <p> at all: the paragraphs are leaf <div>s; a box of other <div>s sits inside.
    paras = "".join(f'<div class="paragraph">{x}</div>' for x in BODY)
    box = f'<div class="facts"><div class="row">{BOX}</div><div class="row">Staff 1 240</div></div>'
    html = f'<html><body><div class="text">{paras}{box}</div></body></html>'
    got = mask(html, [*BODY, BOX, "Staff 1 240"])
    assert got == [True] * 5 + [False, False]


def test_br_split_body_is_found_and_a_nested_box_leaves():
    text = "<br><br>".join(BODY)
    box = f'<div class="highlight"><strong>Dates</strong><br>{BOX}<br>4 July: opening night.</div>'
    html = f'<html><body><div class="text">{text}<br><br>{box}</div></body></html>'
    lines = [*BODY, "Dates", BOX, "4 July: opening night."]
    assert mask(html, lines) == [True] * 5 + [False] * 3


def test_br_split_body_keeps_its_plain_paragraphs_and_headings():
    text = "<br><br>".join(BODY[:3])
    html = (
        f'<html><body><div class="text">{text}<h2>What happens next</h2>'
        f"{'<br><br>'.join(BODY[3:])}</div></body></html>"
    )
    lines = [*BODY[:3], "What happens next", *BODY[3:]]
    assert all(mask(html, lines))


def test_heading_after_the_last_body_paragraph_opens_an_appendix():
    notes = ["The fund is part of the recovery programme.", "Interviews via the press office."]
    html = (
        f'<html><body><div class="speak">{ps(BODY)}<h2>Notes to editors</h2>'
        f"<ol>{''.join(f'<li>{n}</li>' for n in notes)}</ol></div></body></html>"
    )
    got = mask(html, [*BODY, "Notes to editors", *notes])
    assert got == [True] * 5 + [False] * 3


def test_list_right_after_the_last_paragraph_and_inner_sections_stay():
    # No heading between the last paragraph and the list: the list is the article's.
    html = (
        f'<html><body><div class="speak">{ps(BODY[:2])}<h2>Who can apply</h2>{ps(BODY[2:])}'
        "<ul><li>farmers with five hectares,</li><li>tenants of upland land.</li></ul>"
        "</div></body></html>"
    )
    lines = [*BODY[:2], "Who can apply", *BODY[2:]]
    lines += ["farmers with five hectares,", "tenants of upland land."]
    assert all(mask(html, lines))


def test_line_that_is_mostly_a_link_leaves_and_a_paragraph_with_a_link_stays():
    teaser = "Read also: Three more fires broke out in the industrial zone last year"
    linked = BODY[2].replace("the pier", '<a href="/pier">the pier</a>', 1)
    html = (
        f'<html><body><div class="body">{ps(BODY[:2])}'
        '<p><strong>Read also:</strong> <a href="/x">Three more fires broke out in the '
        f"industrial zone last year</a></p><p>{linked}</p>{ps(BODY[3:])}</div></body></html>"
    )
    got = mask(html, [*BODY[:2], teaser, *BODY[2:]])
    assert got == [True, True, False, True, True, True]


def test_read_html_reads_a_div_paragraph_page_without_its_fact_box():
    box = (
        '<div class="fact-box"><div class="t">Key figures</div>'
        '<div class="r">Revenue rose to 184 million euros in the quarter, from 164 million euros a year earlier, the company said.</div>'
        '<div class="r">Operating profit grew to 14.2 million euros, against 9.8 million euros in the same quarter of last year.</div></div>'
    )
    # The box stands between two paragraphs.
    parts = [f'<div class="paragraph">{x}</div>' for x in BODY]
    html = (
        "<html><body><div class='article'><h1>Pier to be rebuilt</h1>"
        f"<div class='article-text'>{''.join(parts[:2])}{box}{''.join(parts[2:])}</div>"
        "</div></body></html>"
    )
    text = read_html(html).text
    assert "Revenue" not in text and "Operating profit" not in text
    assert all(x in text for x in BODY)


def test_heading_in_a_wrapper_of_its_own_class_between_body_paragraphs_stays():
    # Every paragraph and the subheading sit in component wrappers; the subheading's
    # wrapper has another class than the paragraphs' wrappers.
    def text_block(x):
        return f'<div class="text-block"><div class="rich"><p>{x}</p></div></div>'

    html = (
        "<html><body><article>"
        + "".join(text_block(x) for x in BODY[:3])
        + '<div class="sub-block"><h2>What happens next</h2></div>'
        + "".join(text_block(x) for x in BODY[3:])
        + '<div class="sub-block"><h2>Related topics</h2></div>'
        + "</article></body></html>"
    )
    lines = [*BODY[:3], "What happens next", *BODY[3:], "Related topics"]
    assert mask(html, lines) == [True] * 6 + [False]


def test_labelled_note_in_a_box_above_the_body_stays():
    note = (
        "Correction: An earlier version of this article said the pier would reopen in "
        "May. It will reopen in June."
    )
    wrap = "".join(f'<div class="para"><p>{x}</p></div>' for x in BODY)
    html = f'<html><body><div class="copy"><div class="note"><p>{note}</p></div>{wrap}</div></body></html>'
    assert mask(html, [note, *BODY]) == [True] * 6
    # One unlabelled sentence above the body (a standfirst) is still a box, and so is a
    # labelled box of one sentence (a claim) or a note with a heading of its own.
    dek = "The north pier will be rebuilt after two winters closed to the fleet."
    html = f'<html><body><div class="copy"><div class="dek"><p>{dek}</p></div>{wrap}</div></body></html>'
    assert mask(html, [dek, *BODY]) == [False] + [True] * 5
    claim = "Claim: The north pier will cost ten times its budget."
    html = f'<html><body><div class="copy"><div class="claim"><p>{claim}</p></div>{wrap}</div></body></html>'
    assert mask(html, [claim, *BODY]) == [False] + [True] * 5


def test_long_lead_paragraph_before_the_body_container_stays():
    lead = (
        "Work on the new bridge will take a year longer than planned, the roads agency "
        "said on Monday. The crossing was to open next autumn and will now open in 2026."
    )
    html = (
        f'<html><body><article><p class="lead"><strong>{lead}</strong></p>'
        f'<div class="text">{ps(BODY)}</div></article></body></html>'
    )
    assert mask(html, [lead, *BODY]) == [True] * (1 + len(BODY))
    # A short standfirst in the same place still leaves.
    short = "The bridge opens a year late."
    html = html.replace(lead, short)
    assert mask(html, [short, *BODY])[0] is False


def test_card_the_extractor_ran_together_is_found_and_leaves():
    # The extractor glued a card's label, headline and dek into one line without
    # spaces; the words are still found (round 13), outside the body.
    card = (
        '<div class="card"><span>Read also</span><a href="/x">'
        "<div>Harbour town counts the cost of the winter storms</div>"
        "<div>Repairs to the sea wall will take most of the year.</div></a></div>"
    )
    html = f'<html><body><div class="copy">{ps(BODY[:2])}{card}{ps(BODY[2:])}</div></body></html>'
    glued = (
        "Read alsoHarbour town counts the cost of the winter storms"
        "Repairs to the sea wall will take most of the year."
    )
    got = mask(html, [*BODY[:2], glued, *BODY[2:]])
    assert got == [True, True, False, True, True, True]


def test_glued_body_paragraph_stays_and_unfound_glue_is_left_alone():
    html = (
        f'<html><body><div class="copy">{ps(BODY)}</div><aside><p>{BOX}</p></aside></body></html>'
    )
    # A body paragraph whose inline parts lost their spaces is found in the body.
    glued = BODY[1].replace("million and", "millionand")
    assert all(mask(html, [BODY[0], glued, *BODY[2:]]))
    # Text that is not on the page, spaces or not, is no evidence: it stays.
    assert mask(html, [*BODY, "Nothingof thisis onthe pageat all"]) == [True] * 6


def test_body_of_content_blocks_is_found_and_a_panel_block_leaves():
    # A CMS page: each run of paragraphs in a wrapper inside a block of its own, a
    # pull quote and an "about the study" panel in blocks of other classes.
    def block(items, heading=""):
        h = f"<h2>{heading}</h2>" if heading else ""
        return (
            f'<section class="block block--text"><div class="rich">{h}{ps(items)}</div></section>'
        )

    quote = "We have waited long enough for this pier."
    html = (
        "<html><body><article>"
        f"{block(BODY[:2])}{block(BODY[2:3], 'What happens next')}"
        f'<section class="block block--quote"><blockquote class="pull"><p>{quote}</p></blockquote></section>'
        f"{block(BODY[3:])}"
        f'<section class="block block--panel"><div class="panel"><h3>About the plan</h3><p>{BOX}</p></div></section>'
        "</article></body></html>"
    )
    lines = [*BODY[:2], "What happens next", BODY[2], quote, *BODY[3:], "About the plan", BOX]
    got = mask(html, lines)
    assert got == [True] * 4 + [False] + [True] * 2 + [False, False]


def test_bold_intro_a_little_shorter_than_the_body_stays_a_notice_leaves():
    # A tabloid's bold intro sentence is nearly as long as the body's paragraphs.
    intro = (
        "Fishermen could not believe their luck when the harbour board finally voted"
        " on Tuesday night to rebuild the old north pier after two long winters."
    )
    html = (
        f'<html><body><div class="text"><p class="intro"><strong>{intro}</strong></p>'
        f"{ps(BODY[1:])}</div></body></html>"
    )
    assert all(mask(html, [intro, *BODY[1:]]))
    # A notice above the body half as long as its paragraphs still leaves.
    notice = "This article may contain affiliate links to shops we earn from."
    html = html.replace(f"<strong>{intro}</strong>", notice)
    assert mask(html, [notice, *BODY[1:]]) == [False, True, True, True, True]


# Round 15: the recall safety net (structure.rescue), on made-up lines.
def _prose(line: str) -> bool:
    return len(line.split()) >= 12 and line.rstrip().endswith(".")


def _page(inner: str):
    return lxml.html.document_fromstring(f"<html><body><article>{inner}</article></body></html>")


def test_rescue_puts_back_a_lost_paragraph_in_place():
    from copydesk.read.structure import rescue

    tree = _page(ps(BODY))
    kept = [BODY[0], BODY[1], BODY[3], BODY[4]]
    assert rescue(tree, kept, BODY, _prose) == BODY


def test_rescue_leaves_a_labelled_box_and_the_tail_out():
    from copydesk.read.structure import rescue

    label = "Facts in figures"
    tail = "The harbour office is open on weekdays from nine until five, and it closes at noon on Fridays."
    tree = _page(
        ps(BODY[:3])
        + f'<div class="box"><p><b>{label}</b></p><p>{BOX}</p></div>'
        + ps(BODY[3:])
        + ps([tail])
    )
    plain = [*BODY[:3], label, BOX, *BODY[3:], tail]
    # A box that opens with a label the reader dropped, and a line after the article's
    # last kept line, stay out.
    assert rescue(tree, BODY, plain, _prose) == BODY


def test_rescue_leaves_linked_repeated_and_named_furniture_out():
    from copydesk.read.structure import rescue

    teaser = (
        "Another story about the harbour board and its long history of arguments over the pier."
    )
    html = ps(BODY[:2]) + f'<p><a href="/x">{teaser}</a></p>' + ps(BODY[2:])
    tree = _page(html)
    kept = BODY
    plain = [*BODY[:2], teaser, *BODY[2:]]
    assert rescue(tree, kept, plain, _prose) == BODY
    # Text found twice on the page (a pull quote) is no evidence.
    tree = _page(ps(BODY[:2]) + ps([BOX]) + ps(BODY[2:]) + ps([BOX]))
    assert rescue(tree, kept, [*BODY[:2], BOX, *BODY[2:]], _prose) == BODY
    # A block whose class names furniture.
    tree = _page(ps(BODY[:2]) + f'<div class="promo"><p>{BOX}</p></div>' + ps(BODY[2:]))
    named = lambda el: "promo" in (el.get("class") or "")  # noqa: E731
    assert rescue(tree, kept, [*BODY[:2], BOX, *BODY[2:]], _prose, named) == BODY


def test_rescue_puts_back_a_subheading_above_a_kept_paragraph():
    from copydesk.read.structure import rescue

    head = "What the fishermen want"
    tree = _page(ps(BODY[:2]) + f"<h2>{head}</h2>" + ps(BODY[2:]))
    assert rescue(tree, BODY, [*BODY[:2], head, *BODY[2:]], _prose) == [*BODY[:2], head, *BODY[2:]]
    # ... not a page headline (<h1>).
    tree = _page(ps(BODY[:2]) + f"<h1>{head}</h1>" + ps(BODY[2:]))
    assert rescue(tree, BODY, [*BODY[:2], head, *BODY[2:]], _prose) == BODY


def test_update_note_after_the_body_stays_a_disclaimer_leaves():
    # Both are styled paragraphs after the body's last one; the note restates what
    # the article is about, the disclaimer speaks of the site.
    note = "This article was updated to say the north pier will reopen in stages, starting with the berths nearest the fish market."
    disclaimer = "This page is for information only and does not constitute legal or financial guidance of any sort."
    html = (
        f'<html><body><div class="text">{ps(BODY)}<p class="update">{note}</p>'
        f'<p class="disclaimer">{disclaimer}</p></div></body></html>'
    )
    got = mask(html, [*BODY, note, disclaimer])
    assert got == [True] * 5 + [True, False]


def test_labelled_note_in_italics_in_a_block_of_its_own_beside_the_body_stays():
    # A correction in a block after the body's container, an update above it: each in
    # italics or bold, with a label and a colon, restating a figure of the body. A
    # disclaimer so styled, or a note in plain type, leaves.
    fix = "Correction: An earlier version gave the cost as 2.4 million; it is 4.2 million."
    update = "Update, 4.40pm: The board confirmed the berths nearest the fish market open first."
    disclaimer = "Disclaimer: This page is for information only and is not legal guidance."

    def page(top, end):
        return (
            f'<html><body><article><div class="note">{top}</div>'
            f'<div class="text">{ps(BODY)}</div><div class="note">{end}</div>'
            "</article></body></html>"
        )

    html = page(f"<p><strong>{update}</strong></p>", f"<p><em>{fix}</em></p>")
    assert mask(html, [update, *BODY, fix]) == [True] * 7
    html = page(f"<p>{update}</p>", f"<p><em>{disclaimer}</em></p>")
    assert mask(html, [update, *BODY, disclaimer]) == [False] + [True] * 5 + [False]
    from copydesk.read import structure

    structure.NOTE_BESIDE = structure.END_NOTE_WRAPPED = False
    try:
        html = page(f"<p><strong>{update}</strong></p>", f"<p><em>{fix}</em></p>")
        assert mask(html, [update, *BODY, fix]) == [False] + [True] * 5 + [False]
    finally:
        structure.NOTE_BESIDE = structure.END_NOTE_WRAPPED = True


def test_list_in_a_wrapper_of_its_own_stays_like_a_bare_list():
    items = ["a raised road with a new drainage channel;", "a flood wall with two gates."]
    html = (
        '<html><body><div class="body">'
        + "".join(f'<div class="para-block"><p>{x}</p></div>' for x in BODY[:3])
        + '<div class="list-block"><ul>'
        + "".join(f"<li>{x}</li>" for x in items)
        + "</ul></div>"
        + "".join(f'<div class="para-block"><p>{x}</p></div>' for x in BODY[3:])
        + '<div class="card-block"><p>'
        + BOX
        + "</p></div></div></body></html>"
    )
    got = mask(html, [*BODY[:3], *items, *BODY[3:], BOX])
    assert got == [True] * 7 + [False]


def test_one_paragraph_blocks_lifted_past_their_body_container_stay():
    # A CMS wraps every block: a block of one paragraph is a wrapper holding nothing
    # else, and a block's heading sits beside its text container.
    def frame(items, heading=""):
        h = f"<header><h2>{heading}</h2></header>" if heading else ""
        return f'<div class="frame"><a id="c1"></a>{h}<div class="bodytext">{ps(items)}</div></div>'

    html = (
        "<html><body><article>"
        f"{frame(BODY[:2])}{frame(BODY[2:3])}{frame(BODY[3:], 'What happens next')}"
        f'<div class="frame frame-info"><div class="bodytext infobox">{ps([BOX])}</div></div>'
        "</article></body></html>"
    )
    lines = [*BODY[:3], "What happens next", *BODY[3:], BOX]
    got = mask(html, lines)
    assert got == [True] * 6 + [False]


def test_opening_paragraphs_in_an_intro_block_before_the_body_stay():
    # Joomla K2 and others: the first paragraphs in an intro block, the rest in the
    # full-text block. An extractor that drops the intro block gets it back (fill), and
    # the structure step keeps it; a verdict box (a label and a sentence) is no intro.
    intro = f'<div class="item-intro">{ps(BODY[:2])}</div>'
    html = (
        f"<html><body><article><h1>Pier to be rebuilt</h1>{intro}"
        f'<div class="item-full">{ps(BODY[2:])}</div></article></body></html>'
    )
    tree = lxml.html.document_fromstring(html)
    assert fill(tree, BODY[2:]) == BODY
    assert mask(html, BODY) == [True] * 5
    assert read_html(html).text.split("\n") == BODY
    verdict = f'<div class="verdict"><p class="label">FALSE</p><p>{BODY[0]}</p></div>'
    html = f'<html><body>{verdict}<div class="item-full">{ps(BODY[1:])}</div></body></html>'
    assert fill(lxml.html.document_fromstring(html), BODY[1:]) == BODY[1:]
    assert mask(html, BODY) == [False] + [True] * 4


def test_intro_block_with_a_picture_before_an_advert_and_a_subheading_stays():
    # Movable Type and others: the opening paragraphs (with a picture among them) in an
    # intro block, an advert's slot, then the full text opening with a subheading.
    figure = (
        '<figure class="mt-figure"><img src="pier.jpg"><figcaption>The pier.</figcaption></figure>'
    )
    intro = f'<div class="asset-body"><p>{BODY[0]}</p>{figure}<p>{BODY[1]}</p></div>'
    advert = '<div class="ad-inread">Advertisement<script>show_ad("inread")</script></div>'
    body = f'<div class="asset-more"><h3>What happens next</h3>{ps(BODY[2:])}</div>'
    html = f"<html><body><article>{intro}{advert}{body}</article></body></html>"
    lines = [*BODY[:2], "What happens next", *BODY[2:]]
    assert mask(html, lines) == [True] * 6
    # A box of two sentences in the same place (another block between) still leaves.
    box = f'<div class="asset-body">{ps(BODY[:2])}</div><div class="poll"><p>Vote now</p></div>'
    html = f"<html><body><article>{box}{body}</article></body></html>"
    assert mask(html, lines) == [False, False, True, True, True, True]


def test_intro_paragraph_in_a_text_block_of_its_own_before_a_picture_stays():
    # Sitevision and others: each text in a portlet of its own; the opening paragraph
    # (as long as the body's) in one, a picture in the next, the body in the third.
    def portlet(cls, inner):
        return f'<div class="{cls}"><div class="portlet-content">{inner}</div></div>'

    picture = '<div class="image-portlet"><img src="library.jpg"><p>The new library.</p></div>'
    html = (
        "<html><body><main>"
        + portlet("text-portlet ingress", f'<p class="ingress">{BODY[0]}</p>')
        + picture
        + portlet("text-portlet", ps(BODY[1:]))
        + "</main></body></html>"
    )
    assert mask(html, BODY) == [True] * 5
    from copydesk.read import structure

    structure.INTRO_WRAPPED = False
    try:
        assert mask(html, BODY) == [False] + [True] * 4
    finally:
        structure.INTRO_WRAPPED = True


def test_italic_correction_in_a_block_of_the_bodys_own_class_stays():
    # A block holding one paragraph in italics: its unit is the paragraph, not the <i>.
    note = "Correction: an earlier version said the board would pay half; it will pay all of it."
    blocks = "".join(f'<div class="col bodytext">{ps(BODY[k : k + 2])}</div>' for k in (0, 2))
    html = (
        f"<html><body><article>{blocks}"
        f'<div class="col bodytext"><p><i>{note}</i></p></div></article></body></html>'
    )
    assert mask(html, [*BODY[:4], note]) == [True] * 5


def test_body_split_between_two_wrappers_of_one_class_by_a_box_stays_whole():
    # Sitecore SXA and others: the article in two "rich-text" components around a
    # "quick facts" component; the box leaves, both parts of the body stay.
    def part(items):
        return f'<div class="component rich-text news-body"><div class="content">{ps(items)}</div></div>'

    facts = f'<div class="component promo quick-facts"><div class="content"><h2>Quick facts</h2>{ps([BOX])}</div></div>'
    html = f"<html><body><main>{part(BODY[:2])}{facts}{part(BODY[2:])}</main></body></html>"
    got = mask(html, [*BODY[:2], "Quick facts", BOX, *BODY[2:]])
    assert got == [True, True, False, False, True, True, True]


def builder_row(n: int, inner: str) -> str:
    """A page builder's row: a numbered container, row and column around one block."""
    return (
        f'<div class="fw-container fw-row-{n}"><div class="fw-row">'
        f'<div class="fw-column fw-column-{n}">{inner}</div></div></div>'
    )


def test_body_runs_in_numbered_builder_rows_stay_and_a_modified_block_leaves():
    box = ["Pier: a raised platform built out over the water.", "Berth: a place to moor."]
    html = (
        '<html><body><article><div class="post-content">'
        + builder_row(1, f'<div class="fw-text fw-text-1">{ps(BODY[:2])}</div>')
        + builder_row(2, '<div class="ad-slot"><span>Advertisement</span></div>')
        + builder_row(3, f'<div class="fw-text fw-text-3">{ps(BODY[2:])}</div>')
        + builder_row(4, f'<div class="fw-text fw-text-4 infobox">{ps(box)}</div>')
        + "</div></article></body></html>"
    )
    assert mask(html, [*BODY, *box]) == [True] * 5 + [False, False]
    # Without the rule (nor the grid rule, which covers these rows too), the first run
    # (in a row of its own) leaves with the box.
    from copydesk.read import structure

    structure.KIN_BODIES = structure.GRID_KIN = False
    try:
        assert mask(html, [*BODY, *box]) == [False, False, True, True, True, False, False]
    finally:
        structure.KIN_BODIES = structure.GRID_KIN = True


def test_body_runs_in_text_tables_of_a_newsletter_stay():
    # An e-mail newsletter's web version: each run of the article in a text block
    # table of its own (bare rows and cells around a classed cell), a picture's table
    # between them.
    def text_block(items):
        return (
            '<table class="textBlock"><tbody><tr>'
            f'<td class="textContent">{ps(items)}</td></tr></tbody></table>'
        )

    picture = (
        '<table class="imageBlock"><tr><td><img src="bins.jpg"><p>Brown bins.</p></td></tr></table>'
    )
    html = f"<html><body><div>{text_block(BODY[:2])}{picture}{text_block(BODY[2:])}</div></body></html>"
    assert mask(html, [*BODY, "Brown bins."]) == [True] * 5 + [False]


def test_body_blocks_with_numbered_ids_are_one_body_when_a_styling_word_differs():
    # Two "prose" blocks around a poll, one with an extra margin class: their ids say
    # they are the same kind of block.
    def prose(n, extra, items):
        return f'<div id="article-body-{n}" class="prose prose-lg{extra}">{ps(items)}</div>'

    poll = '<div class="poll"><p>Should the ferry run at night?</p><button>Yes</button></div>'
    html = (
        f"<html><body><article>{prose(1, ' mt-8', BODY[:2])}{poll}{prose(2, '', BODY[2:])}"
        "</article></body></html>"
    )
    assert mask(html, [*BODY, "Should the ferry run at night?"]) == [True] * 5 + [False]


def test_list_items_holding_paragraphs_stay_with_their_list():
    items = ["a dozen seats inside, up from four", "a walk-up window for coffee"]

    def wrap(texts):
        return "".join(
            f'<div style="padding:12px"><p class="paragraph">{x}</p></div>' for x in texts
        )

    lis = "".join(f'<li><p class="paragraph">{x}</p></li>' for x in items)
    html = (
        f'<html><body><div class="content-blocks">{wrap(BODY[:3])}'
        f'<div style="padding:12px"><ul>{lis}</ul></div>{wrap(BODY[3:])}'
        "</div></body></html>"
    )
    assert mask(html, [*BODY, *items]) == [True] * 7


def test_styled_note_after_the_body_stays_when_it_restates_the_article():
    # A correction in a small-print <p> after the body's last paragraph stays; a
    # disclaimer in the same place, in words the article does not use, leaves.
    note = "Correction: An earlier version of this article said the storm cracked the pier's deck three winters ago."
    disclaimer = (
        "This column is general information only and is not personal financial advice of any kind."
    )
    html = (
        f'<html><body><div class="text">{ps(BODY)}<p class="small">{note}</p>'
        f'<p class="small">{disclaimer}</p></div></body></html>'
    )
    assert mask(html, [*BODY, note, disclaimer]) == [True] * 6 + [False]


def test_lead_above_the_byline_and_picture_stays_a_short_standfirst_leaves():
    # A lead as long as the body's paragraphs, above the byline block and the picture:
    # the article's first paragraph. A standfirst in the same place is shorter.
    byline = (
        '<div class="meta"><a href="/authors/jr">Jane Roe</a><time>4 Nov 2025, 08:30</time>'
        "<span>3 min read</span><a>WhatsApp</a><a>Facebook</a></div>"
    )
    picture = '<figure><img src="pier.jpg"><figcaption>The pier.</figcaption></figure>'

    def page(lead):
        return (
            f'<html><body><article><h1>Pier to be rebuilt</h1><p class="lead">{lead}</p>'
            f'{byline}{picture}<div class="body">{ps(BODY[1:])}</div></article></body></html>'
        )

    assert mask(page(BODY[0]), BODY) == [True] * 5
    standfirst = "The harbour board backs a rebuild."
    assert mask(page(standfirst), [standfirst, *BODY[1:]]) == [False] + [True] * 4


def test_words_of_scripts_with_combining_marks_count_once_in_the_page_structure():
    from copydesk.read import structure

    assert len(structure._WORD.findall("അനിത രാധാകൃഷ്ണൻ")) == 2


def test_styled_short_paragraph_under_a_picture_is_a_caption():
    # A WYSIWYG editor's picture: an image alone in a <p>, its caption in italics in
    # the next one. An italic paragraph elsewhere (a note) is not a caption.
    caption = "The reading room in the old mansion. Picture: Lok Lehar"
    html = (
        f'<html><body><div class="text">{ps(BODY[:2])}<p><img src="room.jpg"></p>'
        f'<p style="text-align: center"><em><span style="font-size: 10pt">{caption}</span></em></p>'
        f"{ps(BODY[2:4])}<p><em>{BODY[4]}</em></p></div></body></html>"
    )
    assert mask(html, [*BODY[:2], caption, *BODY[2:]]) == [True, True, False, True, True, True]


def test_end_note_content_words_of_a_script_with_combining_marks():
    # Thaana writes its vowels as combining marks: without them a word was cut into
    # letters under five, and an update note shared no content word with the body.
    from copydesk.read import structure

    assert structure._CONTENT.findall("ކުންފުނިން ބުނީ") == ["ކުންފުނިން"]


def test_opening_paragraphs_beside_the_bodys_sections_stay():
    # Quarto and others: the opening paragraphs loose in <main>, a figure, then the body
    # in one <section> per subheading. A box between them and the sections still leaves.
    more = [b.replace("board", "council") for b in BODY]
    figure = (
        '<div class="cell"><figure><img src="berths.png">'
        "<figcaption>Figure 1: Berths in use by year.</figcaption></figure></div>"
    )
    sections = "".join(
        f'<section class="level2"><h2>Part {k}</h2>{ps(more[k : k + 2])}</section>' for k in (0, 2)
    )
    lines = [*BODY[:2], "Part 0", *more[0:2], "Part 2", *more[2:4]]
    html = f"<html><body><main>{ps(BODY[:2])}{figure}{sections}</main></body></html>"
    assert mask(html, lines) == [True] * 8
    prompt = "Get our stories by email every fortnight, with the figures behind them and more."
    box = f'<div class="newsletter"><p>{prompt}</p></div>'
    html = f"<html><body><main>{ps(BODY[:2])}{box}{sections}</main></body></html>"
    assert mask(html, [*BODY[:2], prompt, *lines[2:]]) == [False] * 3 + [True] * 6


def test_text_and_a_list_in_one_block_of_the_body_stay():
    # Weebly and others: each block of the body a <div class="paragraph">; one holds
    # the sentence introducing a list, a line break and the list.
    items = ["basic treatment and medicines", "monthly checks for mothers"]
    intro = "The new clinic on the harbour road will offer the following services -"
    listed = "".join(f"<li>{x}</li>" for x in items)
    blocks = "".join(f'<div class="paragraph">{x}</div>' for x in BODY[:3])
    blocks += f'<div class="paragraph">{intro}<br><ul>{listed}</ul></div>'
    blocks += "".join(f'<div class="paragraph">{x}</div>' for x in BODY[3:])
    html = f'<html><body><div class="blog-content">{blocks}</div></body></html>'
    lines = [*BODY[:3], intro, *(f"- {x}" for x in items), *BODY[3:]]
    assert mask(html, lines) == [True] * 8
    from copydesk.read import structure

    structure.MIXED_UNITS = False
    try:
        assert mask(html, lines) == [True] * 3 + [False] * 3 + [True] * 2
    finally:
        structure.MIXED_UNITS = True


def test_a_fact_box_among_the_body_paragraphs_stays():
    # "By the numbers" over a list of short facts, in a box of its own between two
    # paragraphs: the article's figures. A box of dated sentences (a timeline) and a
    # box of links stay boxes.
    facts = ["104 years of records", "412,000 hourly readings transcribed by hand"]
    listed = "".join(f"<li>{x}</li>" for x in facts)
    box = f'<div class="admonition note"><p class="admonition-title">By the numbers</p><ul>{listed}</ul></div>'
    html = f'<html><body><div class="entry-content">{ps(BODY[:2])}{box}{ps(BODY[2:])}</div></body></html>'
    lines = [*BODY[:2], "By the numbers", *(f"- {x}" for x in facts), *BODY[2:]]
    assert mask(html, lines) == [True] * 8
    dated = ["1994: the dairy opened in the town.", "2008: it began to export cheese."]
    timeline = html.replace(listed, "".join(f"<li>{x}</li>" for x in dated))
    lines = [*BODY[:2], "By the numbers", *(f"- {x}" for x in dated), *BODY[2:]]
    assert mask(timeline, lines) == [True] * 2 + [False] * 3 + [True] * 3
    linked = html.replace(listed, "".join(f"<li><a>{x}</a></li>" for x in facts))
    lines = [*BODY[:2], "By the numbers", *(f"- {x}" for x in facts), *BODY[2:]]
    assert mask(linked, lines) == [True] * 2 + [False] * 3 + [True] * 3
    from copydesk.read import structure

    structure.FACT_BOXES = False
    try:
        assert mask(html, lines) == [True] * 2 + [False] * 3 + [True] * 3
    finally:
        structure.FACT_BOXES = True


def test_an_italic_postscript_speaking_to_the_reader_leaves():
    # The body's last <p>, all in small italics, asks the reader for money: the site's
    # appeal. A labelled italic note and a plain last paragraph stay.
    appeal = "If you would like to give to the pier appeal, you can send a cheque to the treasurer."
    note = "Update, June 5: an earlier version said the pier closed in 2021. We have corrected it."
    for last, kept in (
        (f"<p><font size='2'><em>{appeal}</em></font></p>", False),
        (f"<p><em>{note}</em></p>", True),
        (f"<p>{appeal}</p>", True),
    ):
        text = appeal if "appeal" in last else note
        html = f'<html><body><div class="entry">{ps(BODY)}{last}</div></body></html>'
        assert mask(html, [*BODY, text]) == [True] * 5 + [kept]
    from copydesk.read import structure

    structure.POSTSCRIPT = False
    try:
        html = (
            f"<html><body><div class='entry'>{ps(BODY)}<p><em>{appeal}</em></p></div></body></html>"
        )
        assert mask(html, [*BODY, appeal])[-1] is True
    finally:
        structure.POSTSCRIPT = True


def test_rescue_does_not_put_back_a_pictures_caption():
    # An italic caption under a picture that the structure step dropped: the plain
    # extraction keeps it, and it reads as prose, but it is no article paragraph.
    from copydesk.read import structure
    from copydesk.read.structure import rescue

    cap = "The ice crossing over the river at the end of March, seen from the harbour office. Photo: Sergei Lapin."
    picture = f'<div style="text-align:center"><img src="ice.jpg"></div><p><i>{cap}</i></p>'
    tree = _page(ps(BODY[:2]) + picture + ps(BODY[2:]))
    plain = [*BODY[:2], cap, *BODY[2:]]
    assert rescue(tree, BODY, plain, _prose) == BODY
    structure.CAPTIONS = False
    try:
        assert rescue(tree, BODY, plain, _prose) == plain
    finally:
        structure.CAPTIONS = True


def test_a_prompt_after_a_rule_at_the_end_of_the_body_leaves():
    # The body's last <p>, in the body's own type, set off by a divider and speaking
    # to the reader: a newsletter prompt. Without the divider it is the article's close.
    prompt = "Get every new story by email. We send one short letter a week and never share your address."
    body = ps(BODY)
    html = f'<html><body><div class="page">{body}<div class="divider"></div><p>{prompt}</p></div></body></html>'
    assert mask(html, [*BODY, prompt]) == [True] * 5 + [False]
    plain = f'<html><body><div class="page">{body}<p>{prompt}</p></div></body></html>'
    assert mask(plain, [*BODY, prompt]) == [True] * 6
    from copydesk.read import structure

    structure.POSTSCRIPT_RULE = False
    try:
        assert mask(html, [*BODY, prompt]) == [True] * 6
    finally:
        structure.POSTSCRIPT_RULE = True


def test_the_body_goes_on_in_the_first_column_of_another_grid_row():
    # A CMS grid: the article's first blocks in a full-width row, the rest in the first
    # column of a later row with a sidebar beside it, and an update note in a last row
    # after two buttons. Each block is a bare <div>.
    def row(*cols):
        return '<div class="container grid"><div class="row">' + "".join(cols) + "</div></div>"

    def col(cls, inner):
        return f'<div class="{cls}">{inner}</div>'

    note = "Update, 21 January: this post now includes the pier's berths, missing from the first version."
    side = "Our volunteers answer the harbour phone line every day of the year, even at Christmas."
    first = col("col-lg-12", f"<div>{ps(BODY[:3])}</div><div><p><a>Read more news</a></p></div>")
    second = col("col-md-8", f"<div><h2>What next</h2>{ps(BODY[3:])}</div>") + col(
        "col-md-4", f"<div>{ps([side])}</div>"
    )
    third = col("col-lg-12", f"<a>Download the report</a><a>See the log</a><div>{ps([note])}</div>")
    html = f"<html><body><main>{row(first)}{row(second)}{row(third)}</main></body></html>"
    lines = [*BODY[:3], "What next", *BODY[3:], side, note]
    assert mask(html, lines) == [True] * 6 + [False, True]
    from copydesk.read import structure

    structure.GRID_KIN = False
    try:
        assert mask(html, lines)[3:6] == [False] * 3
    finally:
        structure.GRID_KIN = True


def test_a_cms_teaser_field_and_note_field_beside_the_body_stay():
    # Bolt and the like: the article's first paragraph in a "teaser" field, the body in
    # a "body" field, a correction in a "note" field, each a bare <div> of its own. A
    # team sheet in the same place is a list of names and leaves.
    lead = "The village school of Chuarre opened its doors again this Monday with seven pupils, fifteen years after it closed for lack of children in the valley."
    note = "Correction: an earlier version of this article said the harbour board voted on Monday; it voted on Tuesday."
    sheet = "Rovers (4-3-3): Marsh; Kell, Dunne, Abara, Hale; Rossi, Conti, Galli; Neri, Bassi, Mancini."
    for last, kept in ((note, True), (sheet, False)):
        html = (
            f"<html><body><article><div><p>{lead}</p></div><div>{ps(BODY)}</div>"
            f"<div><p>{last}</p></div></article></body></html>"
        )
        assert mask(html, [lead, *BODY, last]) == [True] * 6 + [kept]
    from copydesk.read import structure

    structure.LEAD_WRAPPED = structure.END_NOTE_WRAPPED = False
    try:
        got = mask(html.replace(sheet, note), [lead, *BODY, note])
        assert got[0] is False and got[-1] is False
    finally:
        structure.LEAD_WRAPPED = structure.END_NOTE_WRAPPED = True


def test_fill_places_lines_among_the_body_when_the_extractor_kept_a_far_line_first():
    # The extractor kept a reader's comment from the foot of the page first, and a box
    # inside the body: the subheading and list it dropped go back between the body's
    # own lines, after the box, not at the top.
    comment = "Thank you for reporting this for two years when nobody else did, I am a member now."
    box = "The Current spent months on this story, and we are a nonprofit newsroom funded by you."
    html = (
        f'<html><body><div class="col">{ps(BODY[:2])}<h2>What changes</h2><p>{box}</p>'
        f"<ul><li>calls will cost less</li><li>fees are capped</li></ul>{ps(BODY[2:])}</div>"
        f'<div class="comments"><p>{comment}</p></div></body></html>'
    )
    got = _fill(html, [comment, *BODY[:2], box, *BODY[2:]])
    assert got == [
        comment,
        *BODY[:2],
        "What changes",
        box,
        "- calls will cost less",
        "- fees are capped",
        *BODY[2:],
    ]
    from copydesk.read import structure

    structure.FILL_BY_BODY = False
    try:
        assert _fill(html, [comment, *BODY[:2], box, *BODY[2:]])[0] == "What changes"
    finally:
        structure.FILL_BY_BODY = True


def test_paragraphs_each_in_a_grid_row_of_their_own_make_one_body():
    # Umbraco's grid: every block in a row of its own, bare <div>s all the way down; a
    # boxed block (another class) among them leaves.
    def row(inner):
        return f'<div><div class="row clearfix"><div class="col-md-12 column"><div>{inner}</div></div></div></div>'

    box = "Donate to the summer school fund and help forty children learn their language."
    promo = f'<div class="promo"><p>{box}</p><p><a>Give now</a></p></div>'
    rows = [row(ps(BODY[:2]))]
    rows.append(
        f'<div><div class="row clearfix"><div class="col-md-12 column">{promo}</div></div></div>'
    )
    rows += [row(f"<h1>Songs and games</h1>{ps([BODY[2]])}"), row(ps(BODY[3:]))]
    html = f'<html><body><div class="umb-grid">{"".join(rows)}</div></body></html>'
    lines = [*BODY[:2], box, "Songs and games", *BODY[2:]]
    assert mask(html, lines) == [True, True, False, True, True, True, True]
    from copydesk.read import structure

    structure.GRID_KIN = False
    try:
        assert mask(html, lines) == [True] * 7  # no body found: nothing removed
    finally:
        structure.GRID_KIN = True
