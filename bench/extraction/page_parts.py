"""Page parts the frozen extraction groups share (h8 onwards): the article's
paragraphs as blocks, teaser lists, reader comments and link lists.

The groups' own files keep what makes each page (its layout, its ``page`` head); these
parts are the same in all of them, and the generated files do not depend on where the
code lives (their digests are pinned in ``floors.json``).
"""

from __future__ import annotations

import html

e = html.escape


def paras(art, p="p", h="h2", between=None, wrap=None, ul="ul", start=0, stop=None):
    """The article's paragraphs ``start:stop``; ``- `` items become one list.

    ``h`` and ``p`` are tag names (with attributes), or format strings with one ``{}``;
    ``wrap`` wraps each block.
    """
    out: list[str] = []
    items: list[str] = []

    def flush():
        if items:
            tag = ul.split()[0]
            block = f"<{ul}>" + "".join(f"<li>{e(x)}</li>" for x in items) + f"</{tag}>"
            out.append(wrap.format(block) if wrap else block)
            items.clear()

    ps = art["paragraphs"]
    stop = len(ps) if stop is None else stop
    for i in range(start, stop):
        para = ps[i]
        if para.startswith("- "):
            items.append(para[2:])
        else:
            flush()
            if para.startswith("## "):
                text = e(para[3:])
                block = h.format(text) if "{}" in h else f"<{h}>{text}</{h.split()[0]}>"
            elif "{}" in p:
                block = p.format(e(para))
            else:
                block = f"<{p}>{e(para)}</{p.split()[0]}>"
            out.append(wrap.format(block) if wrap else block)
        if between and i in between:
            flush()
            out.append(between[i])
    flush()
    return "\n".join(out)


def teasers(items, tag="h3", cls="teaser"):
    return "".join(
        f'<div class="{cls}"><{tag}><a>{e(t)}</a></{tag}><p>{e(d)}</p></div>' for t, d in items
    )


def comments(items, cls="comment"):
    return "".join(
        f'<div class="{cls}"><p class="{cls}-meta"><b>{e(n)}</b> <span>{d}</span></p><p>{e(t)}</p><a>{r}</a></div>'
        for n, d, t, r in items
    )


def lis(items, fmt="<li><a>{}</a></li>"):
    return "".join(fmt.format(e(x)) for x in items)
