"""The learned line check of the reader (copydesk.read.blocks)."""

from __future__ import annotations

import importlib

from copydesk.read import blocks, read_text

cleaning = importlib.import_module("copydesk.read.clean")

ARTICLE = [
    "The harbour board approved a plan on Monday to dredge the northern channel of "
    "Port Selby, where silt has left larger fishing boats stranded at low tide.",
    "The work will cost about 4 million and take eleven weeks, the board said, and the "
    "channel will stay open to small boats while the dredgers work in the harbour.",
    "Fishermen in Port Selby have asked for the dredging for years. Several boats have "
    "been moved to other harbours because the channel is too shallow at low tide.",
    "Board chair Ines Walcott said the harbour could not afford to lose more boats and "
    "that the dredging would start in the autumn, after the tourist season.",
]


def test_weights_ship_and_match_features():
    assert blocks.weights() is not None
    assert len(blocks.weights()) == len(blocks.FEATURES)


def test_stoplist_follows_the_language():
    polish = "Miasto zamknie most na cztery miesiące, a objazd poprowadzi przez drugi most."
    assert "na" in blocks.stoplist(polish)
    assert "the" in blocks.stoplist(ARTICLE[0])


TAIL_BOX = ["Guest book", "Sign the guest book and share your memories with the family."]


def test_tail_box_leaves():
    keep = blocks.keep_mask(ARTICLE + TAIL_BOX)
    assert keep == [True] * 4 + [False, False]


def test_short_closing_paragraph_of_the_article_stays():
    lines = ARTICLE + ["The board will publish the dredging timetable in the harbour office."]
    assert all(blocks.keep_mask(lines))


def test_subheading_between_paragraphs_stays():
    lines = ARTICLE[:2] + ["What happens next"] + ARTICLE[2:]
    assert all(blocks.keep_mask(lines))


def test_cohesion_of_a_run():
    lines = ARTICLE + ["Market data delayed by at least 15 minutes."]
    assert blocks._cohesion(lines, 4, 4) < blocks._cohesion(lines, 1, 1)
    assert blocks._cohesion(lines, 4, 4) == 0.0


def test_clean_applies_the_check_and_can_turn_it_off():
    text = "\n".join(["Harbour dredging approved", "By Ann Lee"] + ARTICLE + TAIL_BOX)
    assert "guest book" not in read_text(text).text
    cleaning.LEARNED = False
    try:
        assert "guest book" in read_text(text).text
    finally:
        cleaning.LEARNED = True


def test_list_with_its_introducing_line_stays_inside_the_text():
    lines = (
        ARTICLE[:3]
        + [
            "Three questions are worth asking before you sign up:",
            "How soon will you need the money?",
            "Could you sleep if the value fell by a fifth?",
        ]
        + ARTICLE[3:]
    )
    assert all(blocks.keep_mask(lines))


def test_quotations_are_not_the_site_speaking():
    assert blocks.unquoted('"We will fight this," she said.').strip() == "she said."
    assert blocks.unquoted("– Vi har hatt lange strømbrudd her før, sier hun.") == ""
    assert not blocks.addresses_reader('"You never forget a storm like that," he said.')
    assert blocks.addresses_reader("If you enjoy the show, you can support us every month.")
    assert blocks.addresses_reader("Si tienes dudas, escríbenos y te responderemos.")
    assert not blocks.addresses_reader("The council said the bridge would reopen in May.")


HELPLINE = (
    "If you have been affected by the issues in this story, free confidential support is "
    "available from the county helpline on 0808 555 0134, open every day of the week."
)


def test_appeal_tail_of_pasted_text_leaves():
    lines = ARTICLE + ARTICLE[:2] + [HELPLINE]
    assert blocks.keep_mask(lines, tail=True)[-1] is False
    # Off by default (HTML reads boxes from the page's structure instead).
    assert blocks.keep_mask(lines)[-1] is True


def test_article_close_speaking_to_the_reader_stays():
    close = (
        "If you walk the harbour wall this autumn, watch the dredgers work the northern "
        "channel of Port Selby at low tide."
    )
    lines = ARTICLE + ARTICLE[:2] + [close]
    assert all(blocks.keep_mask(lines, tail=True))
    # An interview's last question is put to someone, not to the reader.
    qa = ARTICLE + ARTICLE[:2] + ["Would you stay on as chair if asked?", ARTICLE[3]]
    assert all(blocks.keep_mask(qa, tail=True))


def test_reader_box_between_sections_of_pasted_text_leaves():
    box = [
        "How to have your say",
        "You can fill in the online survey on the harbour board's website until the end of August.",
        "Paper copies are available at the library and at the harbour office on Quay Street.",
    ]
    section = ["What happens next", *ARTICLE[1:]]
    lines = ARTICLE[:3] + box + section
    keep = blocks.keep_mask(lines, tail=True)
    assert keep == [True] * 3 + [False] * 3 + [True] * 4
    # The learned check alone keeps the box's last sentence.
    assert blocks.keep_mask(lines)[5] is True
    # An article section under a heading stays: it talks about its subject.
    plain = ARTICLE[:2] + ["Fishermen worried", ARTICLE[2]] + section
    assert all(blocks.keep_mask(plain, tail=True))
