"""HTML reader: extraction, metadata, fallback, limits."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from copydesk.errors import InputError, LimitError
from copydesk.read import ReadOptions, html_to_text, read_file, read_html

FIX = Path(__file__).parent / "fixtures" / "read"
read_html_module = importlib.import_module("copydesk.read.html")


def test_page_extraction_and_metadata():
    a = read_file(FIX / "page.html")
    assert a.source_format == "html"
    assert a.title == "Harbor bill passes"
    assert a.site == "Wirewide"
    assert a.url == "https://wirewide.example/world/harbor-bill"
    assert a.author == "Maren Holt"
    assert a.date == "2024-03-05"
    assert a.language == "en"
    lines = a.text.splitlines()
    assert lines[0].startswith("PORT AVERY (Reuters) - Northland's senate voted")
    assert len(lines) == 3
    assert "(Reporting by Maren Holt; Editing by Piet Sauer)" in a.credit_lines
    assert "PORT AVERY (Reuters) -" in a.credit_lines
    assert "Exporters brace" not in a.text
    assert "Facebook" not in a.text and "All rights reserved" not in a.text


def test_fragment_falls_back_to_dom_text():
    a = read_html("<p>Short note: the vote is on Friday.</p>")
    assert a.text == "Short note: the vote is on Friday."


def test_no_text_is_an_input_error():
    with pytest.raises(InputError, match="x.html: no article text"):
        read_html("<html><body><script>var a=1;</script></body></html>", "x.html")


def test_node_limit():
    html = "<html><body>" + "<div>x</div>" * 500 + "</body></html>"
    with pytest.raises(LimitError, match="max_html_nodes"):
        read_html(html, "big.html", options=ReadOptions(max_html_nodes=100))


def test_html_to_text_skips_hidden_and_scripts():
    from copydesk.read.html import parse

    tree = parse(
        '<html><body><p>One</p><script>var x;</script><div style="display:none">Hidden</div>'
        "<ul><li>Two</li><li>Three</li></ul></body></html>",
        "t",
    )
    assert html_to_text(tree) == "One\nTwo\nThree"


def test_deeply_nested_markup_does_not_crash():
    html = "<div>" * 20000 + "Deep text here." + "</div>" * 20000
    try:
        a = read_html(html, "deep.html")
    except InputError:
        return
    assert "Deep text" in a.text


def test_bold_channel_prompt_between_body_paragraphs_leaves():
    paras = [
        "The harbour board voted on Tuesday to rebuild the north pier, which has been closed since a storm cracked its deck two winters ago.",
        "The work will cost about 4.2 million and should take eighteen months, the board said, with money from a regional fund.",
        "Fishermen welcomed the decision but said they had waited too long, and several boats have moved to other harbours.",
        "The board's chair said the contract would be signed in the spring and that the pier would reopen in stages next year.",
        "A public meeting about the plans will be held next month, and the drawings can be seen at the harbour office.",
    ]
    prompt = "Join our WhatsApp channel for the latest news from the coast."
    body = "".join(f"<p>{x}</p>" for x in paras[:4])
    body += f"<p><strong>{prompt}</strong></p><p>{paras[4]}</p>"
    page = f"<html><body><article><h1>Pier to be rebuilt</h1>{body}</article></body></html>"
    art = read_html(page)
    assert "WhatsApp" not in art.text
    assert paras[4] in art.text


def test_layout_table_is_read_as_blocks_not_table_rows():
    # A page laid out with a table: the article cell holds a heading and many words. The
    # extractor must not render the whole page as "| ... |" rows; a data table stays.
    para = "The council approved a new footpath along the river bank on Thursday evening. " * 4
    page = (
        "<html><body><table class='main'><tr><td colspan='2'>Monday | Weather 24C</td></tr>"
        "<tr><td class='content'><h1>New footpath for the river</h1>"
        f"<div class='text'>{para}<br><br>{para.replace('council', 'mayor')}<br><br>"
        "<table><tr><th>Section</th><th>Length</th></tr><tr><td>North</td><td>1.2 km</td></tr>"
        "<tr><td>South</td><td>1.1 km</td></tr></table></div></td>"
        "<td class='side'><h3>Most read</h3><p>Bus timetable changes</p></td></tr></table>"
        "</body></html>"
    )
    tree = read_html_module.parse(page, "x")
    assert read_html_module.unwrap_layout_tables(tree) == 1
    assert [t for t in tree.iter("table")]  # the data table stays a table
    text = read_html(page).text
    assert "|" not in text.split("Section")[0]
    assert "The council approved" in text and "The mayor approved" in text


def test_safety_net_puts_back_a_paragraph_the_structure_step_dropped():
    # Round 15: each paragraph in a frame of its own (a TYPO3-like page); the one frame
    # without a heading was once read as a box. The plain extraction keeps it, and so
    # does the reader now; a channel prompt in the same place stays out.
    paras = [
        f"Paragraph {n} of the market story tells how the traders of the old market will move to the new hall next month."
        for n in "one two three four five".split()
    ]
    frames = "".join(
        f'<div class="frame frame-text"><header><h2>Section {i}</h2></header><div class="text"><p>{p}</p></div></div>'
        if i != 2
        else f'<div class="frame frame-text"><div class="text"><p>{p}</p></div></div>'
        for i, p in enumerate(paras)
    )
    prompt = (
        "Follow our Telegram channel to get the latest news from the market and the town every day."
    )
    page = (
        "<html><body><main><h1>New market opens</h1>"
        f'<div class="news">{frames}<p>{prompt}</p></div></main></body></html>'
    )
    text = read_html(page).text
    for p in paras:
        assert p in text
    assert "Telegram" not in text


def test_channel_prompt_near_the_end_of_the_final_text_leaves():
    # Reader comments after the article made the prompt look early in the text the
    # line rules read; once the page structure has set them aside it is late, and leaves.
    from copydesk.read.blocks import channel_prompts
    from copydesk.read.clean import Cleaned

    html = importlib.import_module("copydesk.read.html")
    paras = [
        "The harbour board voted on Tuesday to rebuild the north pier, which has been closed since a storm cracked its deck two winters ago.",
        "The work will cost about 4.2 million and should take eighteen months, the board said, with money from a regional fund.",
        "Fishermen welcomed the decision but said they had waited too long, and several boats have moved to other harbours.",
        "The board's chair said the contract would be signed in the spring and that the pier would reopen in stages next year.",
    ]
    prompt = "Join our WhatsApp channel for the latest news from the coast."
    lines = [*paras, prompt, "A public meeting about the pier will be held next month."]
    assert channel_prompts(lines) == [False] * 4 + [True, False]
    c = html._late_prompts(Cleaned(text="\n".join(lines)))
    assert prompt not in c.text and c.boilerplate == [prompt]
    # A quotation naming a network is someone's words, not a prompt.
    quoted = '"Join our WhatsApp group," the harbour master told the fishermen.'
    assert not any(channel_prompts([*paras, quoted, lines[-1]]))


def test_component_prefixes_are_not_furniture_and_over_pruning_falls_back_to_the_page():
    paras = [
        f"The harbour board met on day {i} and voted to spend another sum on the north pier, which has been closed since a storm cracked its deck."
        for i in range(1, 7)
    ]
    # Adobe Experience Manager's core components are all "cmp-…": not a consent box.
    aem = (
        "<html><body>"
        + "".join(
            f'<div class="cmp-container"><div class="cmp-text"><p>{a}</p><p>{b}</p></div></div>'
            for a, b in zip(paras[::2], paras[1::2], strict=True)
        )
        + "</body></html>"
    )
    html = importlib.import_module("copydesk.read.html")
    assert html.prune(html.parse(aem, "aem.html")) == 0
    art = read_html(aem)
    assert art.meta["extraction"] == "trafilatura"
    assert art.text.split("\n") == paras
    # Two wrappers whose class reads as furniture, each under the pruning guard's share,
    # hold the whole article: the extractor reads the page as it came.
    half = 2
    odd = (
        "<html><body>"
        + "".join(
            f'<div class="promo-block"><div>{"".join(f"<p>{x}</p>" for x in part)}</div></div>'
            for part in (paras[:2], paras[2:4], paras[4:])
        )
        + "</body></html>"
    )
    assert html.prune(html.parse(odd, "odd.html")) == 3
    art = read_html(odd)
    assert art.meta["extraction"] == "trafilatura"  # not the DOM fallback
    assert art.text.split("\n")[:half] == paras[:half]
    # ... also when the pruning leaves a line of something else (a breaking-news bar):
    # far fewer words than the plain extraction of the page keeps.
    bar = '<div class="strip"><p>Breaking: the coast road is closed at night this month.</p></div>'
    art = read_html(odd.replace("<body>", f"<body>{bar}"))
    assert art.text.split("\n")[:half] == paras[:half]
    # The page's main landmark is never pruned, nor a block holding most of its text.
    rail = "".join(f"<p>{x.replace('harbour board', 'rowing club')}</p>" for x in paras * 2)
    landmark = (
        f'<html><body>{bar}<section role="main" class="right-rail__main">'
        f'<div class="right-rail__item">{"".join(f"<p>{x}</p>" for x in paras)}</div></section>'
        f'<div class="right-rail">{rail}</div></body></html>'
    )
    work = html.parse(landmark, "main.html")
    html.prune(work)
    assert all(x in html.html_to_text(work) for x in paras)


def test_zero_width_joiners_survive_extraction_and_tidying():
    # Persian spells words with the zero-width non-joiner; trafilatura drops
    # non-printable characters, the reader must not lose it ("می‌گویند", not "میگویند").
    from copydesk.read.normalize import tidy_line

    word = "می\u200cگویند"
    para = f"کارشناسان کشاورزی {word} کاهش بارندگی در سال\u200cهای اخیر باغ\u200cها را خشک کرده است و باغداران نگران هستند."
    page = "<html><body><article>" + f"<p>{para}</p>" * 4 + "</article></body></html>"
    art = read_html(page)
    assert word in art.text and "\u034f" not in art.text
    assert tidy_line(f"a\u200b b\ufeff {word}") == f"a b {word}"


def test_a_list_items_paragraph_opening_with_a_line_break_keeps_its_bullet():
    # Markdown renderers write <li>\n<p>\nText</p>: the bullet must stay on the item's
    # line, not on a line of its own.
    from copydesk.read.html import _join_bullets

    assert _join_bullets("Intro:\n-\nfirst item\n- second item\n-\n\n  third") == (
        "Intro:\n- first item\n- second item\n- third"
    )
    assert _join_bullets("a - b\n-") == "a - b\n-"


WIRE = [
    "TORONTO, Oct 29 (Northfield Newswires) - Northgate Copper Corp reported an 18% drop in third-quarter profit on Wednesday, as lower copper prices offset higher output at its two mines.",
    "Net income fell to $212 million, or 41 cents a share, from $259 million, or 50 cents, a year earlier, the company said in a statement.",
    "Revenue rose 3% to $1.41 billion. Analysts had on average expected earnings of 44 cents a share, according to data compiled by the agency.",
    "The company kept its goal of producing 470,000 tonnes of copper this year and said costs at its newest mine would fall as output rose.",
]


@pytest.mark.parametrize(
    "head",
    [
        "<p>(Corrects third-quarter revenue figure in paragraph 3)</p>",
        '<div class="updates"><p class="article-updates"><em>(Adds union comment in paragraph 4)</em></p></div>',
    ],
)
def test_a_wire_storys_writethru_line_stays_with_it(head, monkeypatch):
    from copydesk.read import blocks, normalize, structure

    clean = importlib.import_module("copydesk.read.clean")
    body = "".join(f"<p>{x}</p>" for x in WIRE)
    html = (
        "<html><body><nav><a>Markets</a><a>Companies</a></nav><article><h1>Northgate profit falls</h1>"
        f'{head}<div class="story-body">{body}</div></article></body></html>'
    )
    line = lxml_text(head)
    assert normalize.writethru(line)
    assert read_html(html).text.split("\n")[0] == line
    for mod in (clean, structure):
        monkeypatch.setattr(mod, "WRITETHRU", False)
    monkeypatch.setattr(blocks, "writethru", lambda _line: False)
    assert line not in read_html(html).text


def lxml_text(fragment: str) -> str:
    import lxml.html

    return lxml.html.fragment_fromstring(fragment).text_content().strip()


def test_writethru_shape():
    from copydesk.read.normalize import writethru

    assert writethru("(Updates with share price in paragraph 5)")
    assert not writethru("(12)")  # a counter
    assert not writethru("(Photo: Archive)")  # a credit: two words
    assert not writethru("The board met. (It adds a line.)")
    assert not writethru("(The board met on Monday. It adds a second sentence here.)")
