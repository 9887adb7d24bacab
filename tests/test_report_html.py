"""The self-contained HTML report (copydesk.report.html): content, structure, safety."""

from __future__ import annotations

import base64
import copy
import hashlib
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from copydesk.cli import main
from copydesk.model import Article
from copydesk.pipeline import compare
from copydesk.report.html import CSS, csp, render
from copydesk.report.json import report_to_dict

ROOT = Path(__file__).resolve().parent.parent

WIRE = (ROOT / "examples/pair/wire.txt").read_text(encoding="utf-8")
REWRITE = (ROOT / "examples/pair/rewrite.txt").read_text(encoding="utf-8")

HOSTILE = [
    "<script>alert('x')</script>",
    '<img src=x onerror="alert(1)">',
    '<a href="javascript:alert(2)">click</a>',
    '"><svg onload=alert(3)>',
    "</style><style>body{display:none}</style>",
    "<meta http-equiv=refresh content='0;url=javascript:alert(4)'>",
    "<iframe src=//evil.example></iframe>",
]

#: Elements the report is allowed to contain. Anything else came from the input.
ALLOWED_TAGS = {
    "html", "head", "meta", "title", "style", "body", "header", "main", "section", "footer",
    "nav", "h1", "h2", "p", "a", "span", "strong", "em", "small", "br", "dl", "dt", "dd",
    "ul", "ol", "li", "div", "mark", "meter", "details", "summary",
}  # fmt: skip


class _Collect(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.styles: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_style = tag == "style"

    def handle_endtag(self, tag):
        self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.styles.append(data)
        else:
            self.text.append(data)


def _parse(page: str) -> _Collect:
    p = _Collect()
    p.feed(page)
    p.close()
    return p


def assert_safe(page: str) -> _Collect:
    """No element, attribute, script, link or style that the report did not put there."""
    p = _parse(page)
    ids = [a["id"] for _, a in p.tags if a.get("id")]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for tag, attrs in p.tags:
        assert tag in ALLOWED_TAGS, f"unexpected element <{tag}>"
        for name, value in attrs.items():
            assert not name.startswith("on"), f"event handler {name} on <{tag}>"
            assert name != "style", "inline style attribute"
            if name in ("href", "src", "action", "formaction"):
                assert value is not None and value.startswith("#"), f"{name}={value!r}"
        if tag == "meta" and attrs.get("http-equiv"):
            assert attrs["http-equiv"] == "Content-Security-Policy"
        if tag == "a" and attrs.get("href", "").startswith("#"):
            assert attrs["href"][1:] in ids, f"dangling anchor {attrs['href']}"
    assert len(p.styles) == 1 and p.styles[0] == CSS
    return p


def _report(a: str, b: str, **kw) -> dict:
    return report_to_dict(compare(Article(a, id="a.txt"), Article(b, id="b.txt"), **kw))


def _span(text: str, needle: str) -> dict:
    i = text.index(needle)
    return {"start": i, "end": i + len(needle), "text": needle}


@pytest.fixture(scope="module")
def data() -> dict:
    """The example pair, with meaning changes and a credit verdict written in (the audit
    steps land separately; the report must show whatever the dict carries)."""
    d = _report(WIRE, REWRITE, source="a")
    st, dt = d["source"]["text"], d["derivative"]["text"]
    d["changes"] = [
        {
            "kind": "number",
            "subkind": "multiplier",
            "severity": "high",
            "message": "'double' became 'quadruple'",
            "pair": 0,
            "source": _span(st, "double"),
            "derivative": _span(dt, "quadruple"),
        },
        {
            "kind": "time",
            "subkind": "relative",
            "severity": "medium",
            "message": "'last month' became 'earlier this month'",
            "pair": 0,
            "source": _span(st, "last month"),
            "derivative": _span(dt, "earlier this month"),
        },
        {
            "kind": "claim",
            "subkind": "added",
            "severity": "low",
            "message": "a cause the source never gave",
            "pair": None,
            "source": None,
            "derivative": _span(dt, "insurers had threatened"),
        },
    ]
    d["verdict"]["changes"] = {"high": 1, "medium": 1, "low": 1}
    d["verdict"]["credit"] = "uncredited"
    d["credit"] = {
        "verdict": "uncredited",
        "message": "the source credits Wirepress; the derivative does not",
        "source_credits": [{"agency": "Wirepress", "kind": "dateline", "text": "(Wirepress)"}],
        "derivative_credits": [],
    }
    d["derivative"]["boilerplate"] = ["Share this article: Facebook | Twitter | Email"]
    return d


def test_verdict_comes_first(data):
    page = render(data)
    p = assert_safe(page)
    text = " ".join(" ".join(p.text).split())
    order = [text.index(s) for s in ("Verdict", "Meaning changes", "Side by side", "Set aside")]
    assert order == sorted(order)
    assert "rewrite" in text and "uncredited" in text
    assert "1 high" in text and "1 medium" in text and "1 low" in text
    assert "of the derivative comes from the source" in text


def test_every_sentence_shown_once_per_side(data):
    page = render(data)
    for prefix, info in (("s", data["source"]), ("d", data["derivative"])):
        for s in info["sentences"]:
            assert page.count(f'id="{prefix}-{s["index"]}"') == 1


def test_pairs_link_partners(data):
    page = render(data)
    for k, pair in enumerate(data["alignment"]["pairs"]):
        m = re.search(rf'<div class="row k-{pair["kind"]}" id="p-{k}">(.*?)</div></div>', page)
        assert m, f"row for pair {k}"
        row = m.group(1)
        for i in pair["source"]:
            assert f'id="s-{i}"' in row
        for j in pair["derivative"]:
            assert f'id="d-{j}"' in row and f'href="#d-{j}"' in row


def test_changes_marked_with_both_spans(data):
    page = render(data)
    for side in ("s", "d"):
        m = re.search(rf'<mark class="chg sev-high[^"]*" id="c-1{side}"[^>]*>([^<]*)</mark>', page)
        assert m, side
    assert re.search(r'id="c-1s"[^>]*>double<', page)
    assert re.search(r'id="c-1d"[^>]*>quadruple<', page)
    assert 'href="#c-1s"' in page and 'href="#c-1d"' in page  # list entry -> both spans
    assert 'href="#c-1"' in page  # span -> list entry
    # a span that covers several shared-wording pieces is marked over its whole length
    assert "earlier this month" in "".join(
        re.findall(r'<mark class="chg sev-medium[^"]*"[^>]*>([^<]*)</mark>', page)
    ).replace("  ", " ")


def test_additions_and_omissions_visible(data):
    page = render(data)
    aln = data["alignment"]
    assert aln["additions"] and aln["omissions"]
    for j in aln["additions"]:
        assert f'class="row k-addition" id="a-{j}"' in page
    for i in aln["omissions"]:
        assert f'class="row k-omission" id="o-{i}"' in page
    assert "<details><summary>derivative: 1 boilerplate dropped</summary>" in page


def test_csp_allows_no_script_and_only_our_style(data):
    page = render(data)
    meta = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', page)
    assert meta
    policy = meta.group(1).replace("&#x27;", "'")
    assert policy == csp()
    digest = base64.b64encode(hashlib.sha256(CSS.encode()).digest()).decode()
    assert f"style-src 'sha256-{digest}'" in policy
    assert "script-src 'none'" in policy and "default-src 'none'" in policy
    assert "unsafe-inline" not in policy
    assert "<script" not in page.lower()


@pytest.mark.parametrize("payload", HOSTILE)
def test_hostile_article_text_stays_text(payload):
    src = f"The council voted on Tuesday to double the budget. {payload} Officials agreed."
    der = f"The council voted on Tuesday to triple the budget. {payload} Officials agreed."
    d = _report(src, der, source="a")
    page = render(d)
    p = assert_safe(page)
    assert payload in "".join(p.text)  # shown to the reader, as text


def test_hostile_metadata_and_changes_stay_text(data):
    d = copy.deepcopy(data)
    evil = '<script>alert(1)</script><a href="javascript:alert(1)" onclick="x()">y</a>'
    for info in (d["source"], d["derivative"]):
        info["name"] = evil
        info["title"] = evil
        info["url"] = "javascript:alert(document.cookie)"
        info["author"] = evil
        info["boilerplate"] = [evil]
        info["credit_lines"] = [evil]
    d["changes"][0]["message"] = evil
    d["changes"][0]["kind"] = evil
    d["changes"][0]["severity"] = '"><script>alert(5)</script>'
    d["relation"]["reasons"] = [evil]
    d["credit"]["message"] = evil
    d["credit"]["source_credits"][0]["agency"] = evil
    d["verdict"]["relation"] = '"><img src=x onerror=alert(6)>'
    d["mode"] = evil
    page = render(d)
    p = assert_safe(page)
    shown = "".join(p.text)
    assert evil in shown and "javascript:alert(document.cookie)" in shown


def test_unrelated_and_empty_inputs_render():
    d = _report(
        "The harbour festival opens on Friday with music and food stalls.",
        "Shares in the mining company fell sharply after the earnings report.",
    )
    assert d["verdict"]["relation"] == "unrelated"
    page = render(d)
    assert_safe(page)
    assert "direction unknown" in page
    assert "No meaning change found." in page
    assert_safe(render({}))  # a malformed dict degrades, never crashes


def test_overlapping_and_cross_sentence_spans(data):
    d = copy.deepcopy(data)
    st = d["source"]["text"]
    s0, s1 = d["source"]["sentences"][0], d["source"]["sentences"][1]
    # a span from inside sentence 0 into sentence 1, overlapping another change
    start, end = s0["end"] - 10, s1["start"] + 10
    d["changes"].append(
        {
            "kind": "quote",
            "subkind": "altered",
            "severity": "medium",
            "message": "crosses sentences",
            "pair": None,
            "source": {"start": start, "end": end, "text": st[start:end]},
            "derivative": None,
        }
    )
    page = render(d)
    assert page.count('id="c-4s"') == 1
    assert_safe(page)
    text = "".join(_parse(re.sub(r'<a class="cref"[^>]*>[^<]*</a>', "", page)).text)
    for s in d["source"]["sentences"]:
        assert " ".join(st[s["start"] : s["end"]].split()) in " ".join(text.split())


def test_cli_writes_html(tmp_path):
    out = tmp_path / "report.html"
    wire, rewrite = ROOT / "examples/pair/wire.txt", ROOT / "examples/pair/rewrite.txt"
    rc = main(["compare", str(wire), str(rewrite), "--format", "html", "-o", str(out)])
    assert rc == 0
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>")
    assert_safe(page)
