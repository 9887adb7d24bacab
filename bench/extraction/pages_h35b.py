"""Layouts of pages h35-04 to h35-06 of the held-out group "h35" of the extraction benchmark.

Written by someone other than the person tuning the reader and without reading the reader
or its output on these pages; never used for tuning (docs/benchmarks-extraction.md).
Fictional pages on a blog host and two static-site generators not used by h2-h34: a
small-town weekly's "notebook" blog post on Typepad (the classic ``container`` /
``banner`` / ``pagebody`` / ``alpha`` / ``beta`` layout, ``date-header``,
``entry-header``, the body in ``entry-body`` inside ``entry-content``, ``asset-img-link``
images, ``entry-footer`` with "Posted at … | Permalink", a Reblog link, TrackBack, Typepad
comments with ``comment-footer``, sidebar ``module`` boxes with a FeedBurner e-mail form);
a volunteer river-monitoring network's news post on MkDocs with Material for MkDocs and
its blog plugin (``md-header``, ``md-tabs``, ``md-sidebar--primary`` with
``md-post__authors`` / ``md-post__meta``, a table of contents, the body in
``md-content__inner md-typeset`` with ``headerlink`` anchors, an admonition and share
buttons made by a hook, ``md-feedback``, ``md-footer`` prev/next links, an ``md-banner``
announcement, the built-in ``md-consent`` cookie form, the ``__config`` JSON); and a
Cantonese community group's news post on Publii with the Simple theme (``top js-header``,
``navbar``, a search overlay, ``hero`` header with ``content__meta``, the body in
``entry-wrapper content__entry`` with a ``post__image`` figure, ``content__footer`` with
tags, share popup and ``content__bio``, ``content__nav``, ``content__related``, a comments
embed, the Publii cookie banner ``pcb`` and Article JSON-LD).
"""

from __future__ import annotations

import html
import json

from page_parts import lis, paras

e = html.escape


def ld(data):
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def typepad(art):
    """Typepad (classic two-column-right layout): ``entry-body`` + ``entry-more``, TrackBack."""
    blog = "https://fenwickcourier.typepad.com/notebook"
    url = f"{blog}/2025/04/fenwick-council-votes-to-sell-mill-street-fire-hall.html"
    xid = "6a00d83451c0ab69e202c8d3b7a41b200d"
    img = "https://fenwickcourier.typepad.com/.a/6a00d83451c0ab69e202c8d3b7a3f9200c-800wi"
    photo = (
        f'<p><a class="asset-img-link" style="display: inline;" href="{img[:-6]}-pi" '
        "onclick=\"window.open( this.href, '_blank', 'width=640,height=480,scrollbars=no,resizable=no,toolbar=no,directories=no,location=no,menubar=no,status=no,left=0,top=0' ); return false\">"
        f'<img class="asset  asset-image at-xid-6a00d83451c0ab69e202c8d3b7a3f9200c img-responsive" alt="Mill Street fire hall" src="{img}" title="Mill Street fire hall" /></a></p>\n'
        '<p style="text-align: center;"><em><span style="font-size: 10pt;">The old Mill Street fire hall, built in 1928, has stood empty since the department moved out. (Courier photo by Dale Hoskins)</span></em></p>'
    )
    earlier = '<p><strong>Earlier on the Notebook:</strong> <a href="https://fenwickcourier.typepad.com/notebook/2025/03/fire-hall-options-narrow-to-two.html">Fire hall options narrow to two as council sets April vote</a></p>'
    top = paras(art, stop=3, between={0: photo})
    more = paras(art, start=3, between={9: earlier})
    comments = [
        (
            "c6a00d83451c0ab69e202c8d3b7b2e1200b",
            "Bev Lindqvist",
            "April 10, 2025 at 07:15 AM",
            "Good for the council. My grandfather was on the department when they built that hall, and he would be glad to see the doors open again instead of falling in.",
        ),
        (
            "c6a00d83451c0ab69e202c8d3b7b31a200d",
            "Tom Pruitt",
            "April 10, 2025 at 08:52 AM",
            "Walt has a point about the auction. One dollar is one dollar, and I would have liked to see what a real sale brought in before we decided.",
        ),
        (
            "c6a00d83451c0ab69e202c8d3b7b35c200c",
            "Anna K.",
            "April 10, 2025 at 12:30 PM",
            "Does anyone know if the co-op will still hold the Saturday classes for kids once they move? My two have been going all winter.",
        ),
    ]
    comment_html = "".join(
        f'<a id="{cid}"></a><div class="comment font-entrybody" id="comment-6a00{cid[5:]}"><div class="comment-content font-entrybody" id="comment-6a00{cid[5:]}-content"><span id="comment-6a00{cid[5:]}-content"><p>{e(text)}</p></span></div><p class="comment-footer font-entryfooter">Posted by: {e(name)} | <a rel="nofollow" href="{url}#comment-6a00{cid[5:]}">{when}</a></p></div>\n'
        for cid, name, when, text in comments
    )
    categories = lis(
        [
            "Village Council",
            "County Board",
            "Schools",
            "Police and Fire",
            "Heritage Days",
            "Business",
            "Letters",
        ],
        '<li class="module-list-item"><a href="https://fenwickcourier.typepad.com/notebook/">{}</a></li>',
    )
    recent = lis(
        [
            "Fenwick council votes 5-2 to sell old Mill Street fire hall to arts co-op for $1",
            "Road commission to start Kettle River bridge repairs after Memorial Day",
            "Fire hall options narrow to two as council sets April vote",
            "Fenwick schools ask voters to renew sinking fund in May",
            "Spring cleanup week set for April 21-26",
        ],
        '<li class="module-list-item"><a href="https://fenwickcourier.typepad.com/notebook/">{}</a></li>',
    )
    archives = lis(
        ["April 2025", "March 2025", "February 2025", "January 2025", "December 2024"],
        '<li class="module-list-item"><a href="https://fenwickcourier.typepad.com/notebook/">{}</a></li>',
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" id="typepad-standard" xmlns:fb="http://www.facebook.com/2008/fbml" lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="generator" content="http://www.typepad.com/" />
<meta name="keywords" content="Fenwick, village council, fire hall, Kettle River Arts Cooperative" />
<meta name="description" content="The Fenwick Village Council voted 5-2 to sell the old Mill Street fire hall to the Kettle River Arts Cooperative for one dollar." />
<meta property="og:title" content="{e(art["title"])}" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="Village Hall Notebook" />
<meta property="og:image" content="{img}" />
<link rel="stylesheet" href="https://fenwickcourier.typepad.com/notebook/styles.css?v=6" type="text/css" media="screen" />
<link rel="stylesheet" href="https://static.typepad.com/.shared:v20250312.02-0-4:typepad:en_us/themes/common/print.css" type="text/css" media="print" />
<link rel="alternate" type="application/atom+xml" title="Posts on 'Village Hall Notebook' (Atom)" href="https://fenwickcourier.typepad.com/notebook/atom.xml" />
<link rel="alternate" type="application/rss+xml" title="Posts on 'Village Hall Notebook' (RSS 1.0)" href="https://fenwickcourier.typepad.com/notebook/index.rdf" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="https://www.typepad.com/services/rsd/6a00d83451c0ab69e2017d3c1a2b4f970c" />
<link rel="canonical" href="{url}" />
<title>{e(art["title"])} - Village Hall Notebook</title>
<script type="text/javascript" src="https://static.typepad.com/.shared:v20250312.02-0-4:typepad:en_us/js/yui/yahoo-dom-event.js"></script>
<script type="text/javascript">var TPApp = TPApp || {{}}; TPApp.app_uri = "https://www.typepad.com/"; TPApp.blog_xid = "6a00d83451c0ab69e2017d3c1a2b4f970c"; TPApp.entry_xid = "{xid}"; TPApp.comments_open = 1;</script>
</head>
<body class="layout-two-column-right post">
<div id="container">
<div id="container-inner" class="pkg">
<div id="banner">
<div id="banner-inner" class="pkg">
<h1 id="banner-header"><a href="https://fenwickcourier.typepad.com/notebook/" accesskey="1">Village Hall Notebook</a></h1>
<h2 id="banner-description">Council meetings, budgets and the business of Fenwick, from the newsroom of The Fenwick Courier.</h2>
</div>
</div>
<div id="nav">
<div id="nav-inner">
<ul class="nav-list pkg">
<li class="nav-list-item"><a href="https://fenwickcourier.typepad.com/notebook/">Home</a></li>
<li class="nav-list-item"><a href="https://fenwickcourier.typepad.com/notebook/archives.html">Archives</a></li>
<li class="nav-list-item"><a href="https://www.fenwickcourier.example/">The Courier</a></li>
<li class="nav-list-item"><a href="https://www.fenwickcourier.example/subscribe">Subscribe to the paper</a></li>
<li class="nav-list-item"><a href="https://fenwickcourier.typepad.com/notebook/atom.xml">Subscribe to this blog's feed</a></li>
</ul>
</div>
</div>
<div id="pagebody">
<div id="pagebody-inner" class="pkg">
<div id="alpha">
<div id="alpha-inner" class="pkg">
<p class="content-nav">
<a href="https://fenwickcourier.typepad.com/notebook/2025/04/road-commission-kettle-river-bridge-repairs.html">&laquo; Road commission to start Kettle River bridge repairs after Memorial Day</a> |
<a href="https://fenwickcourier.typepad.com/notebook/">Main</a>
</p>
<h2 class="date-header">April 09, 2025</h2>
<div class="entry-category-village_council entry-author-dale_hoskins entry-type-post entry" id="entry-{xid}">
<h3 class="entry-header">{e(art["title"])}</h3>
<div class="entry-content">
<div class="entry-body">
{top}
</div>
<div id="more" class="entry-more">
{more}
</div>
</div>
<div class="entry-footer">
<p class="entry-footer-info">
<span class="post-footers">Posted by <a href="https://profile.typepad.com/dalehoskins">Dale Hoskins</a> at 10:48 PM in <a href="https://fenwickcourier.typepad.com/notebook/village_council/">Village Council</a> </span> <span class="separator">|</span> <a class="permalink" href="{url}">Permalink</a>
</p>
<div class="entry-tags"><h3 class="entry-tags-header">Tags</h3><ul class="entry-tags-list"><li class="entry-tag-first"><a rel="tag" href="https://fenwickcourier.typepad.com/notebook/arts/">arts co-op</a></li><li class="entry-tag"><a rel="tag" href="https://fenwickcourier.typepad.com/notebook/fire-hall/">fire hall</a></li><li class="entry-tag-last"><a rel="tag" href="https://fenwickcourier.typepad.com/notebook/village-council/">Fenwick Village Council</a></li></ul></div>
<div class="entry-footer-share">
<span class="entry-footer-share-buttons"><a class="reblog-link" href="https://www.typepad.com/services/reblog/{xid}">Reblog</a> (0) <span class="separator">|</span> <a class="share-facebook" href="https://www.facebook.com/sharer/sharer.php?u={url}">Share on Facebook</a> <span class="separator">|</span> <a class="share-twitter" href="https://twitter.com/intent/tweet?url={url}">Tweet</a> <span class="separator">|</span> <a class="share-email" href="mailto:?subject=Fire%20hall%20vote&amp;body={url}">Email this</a></span>
</div>
</div>
</div>
<div class="trackbacks">
<a id="trackback"></a>
<h3 class="trackbacks-header">TrackBack</h3>
<div class="trackbacks-info">
<p>TrackBack URL for this entry:<br /><span id="trackback-url">https://www.typepad.com/services/trackback/{xid}</span></p>
<p>Listed below are links to weblogs that reference <a rel="bookmark" href="{url}">{e(art["title"])}</a>:</p>
</div>
</div>
<div class="comments" id="comments">
<a id="comments"></a>
<h3 class="comments-header">Comments</h3>
<div class="comments-info">
<p><a href="{blog}/2025/04/fenwick-council-votes-to-sell-mill-street-fire-hall/comments/atom.xml"><img src="https://static.typepad.com/.shared:v20250312.02-0-4:typepad:en_us/images/feed.png" alt="Feed" width="10" height="10" /></a> You can follow this conversation by subscribing to the <a href="{blog}/2025/04/fenwick-council-votes-to-sell-mill-street-fire-hall/comments/atom.xml">comment feed</a> for this post.</p>
</div>
<div class="comments-content" id="comments-content">
{comment_html}</div>
</div>
<div class="comments-open" id="comments-open">
<h2 class="comments-open-header">Post a comment</h2>
<div class="comments-open-content">
<p class="comments-open-moderated">Comments are moderated, and will not appear until the author has approved them.</p>
<p>Please keep comments civil and on topic. The Courier does not publish comments that contain personal attacks, and we may edit comments for length.</p>
<form id="comment-form" method="post" action="https://fenwickcourier.typepad.com/t/comments">
<input type="hidden" name="entry_xid" id="comment-entry-xid" value="{xid}" />
<p>Your Information</p>
<p class="comments-open-info">(Name and email address are required. Email address will not be displayed with the comment.)</p>
<label for="comment-author">Name</label><input id="comment-author" name="author" size="30" /><br />
<label for="comment-email">Email Address</label><input id="comment-email" name="email" size="30" /><br />
<label for="comment-url">Web Site URL</label><input id="comment-url" name="url" size="30" /><br />
<label for="comment-text">Comment</label><textarea id="comment-text" name="text" rows="10" cols="30"></textarea>
<input type="submit" name="preview" id="comment-preview" value="Preview" /> <input type="submit" name="post" id="comment-post" value="Post" />
</form>
</div>
</div>
</div>
</div>
<div id="beta">
<div id="beta-inner" class="pkg">
<div class="module-about module"><h2 class="module-header">About the Notebook</h2><div class="module-content"><p>Village Hall Notebook is written by Courier reporter Dale Hoskins, who has covered Fenwick and Pettibone County government since 2011. Tips and corrections are always welcome.</p></div></div>
<div class="module-email module"><h2 class="module-header">Get the Notebook by email</h2><div class="module-content"><form style="padding:3px;text-align:center;" action="https://feedburner.google.com/fb/a/mailverify" method="post" target="popupwindow"><p>Enter your email address and we'll send you every new post the morning after it is published:</p><p><input type="text" style="width:140px" name="email" /></p><input type="hidden" value="VillageHallNotebook" name="uri" /><input type="hidden" name="loc" value="en_US" /><input type="submit" value="Subscribe" /><p>Delivered by <a href="https://feedburner.google.com" target="_blank">FeedBurner</a></p></form></div></div>
<div class="module-search module"><h2 class="module-header">Search</h2><div class="module-content"><form method="get" action="https://www.google.com/search"><input type="hidden" name="sitesearch" value="fenwickcourier.typepad.com" /><input type="text" name="q" size="16" /> <input type="submit" value="Search this blog" /></form></div></div>
<div class="module-ad module"><h2 class="module-header">Advertisement</h2><div class="module-content"><p><a href="https://www.kettlehardware.example/"><img src="https://fenwickcourier.typepad.com/.a/6a00d83451c0ab69e202b8d2f19c4a200c-200wi" alt="Kettle Hardware" /></a></p><p>Kettle Hardware on Front Street: paint, garden supplies and keys cut while you wait. Open seven days a week.</p></div></div>
<div class="module-categories module"><h2 class="module-header">Categories</h2><div class="module-content"><ul class="module-list">{categories}</ul></div></div>
<div class="module-recent-posts module"><h2 class="module-header">Recent Posts</h2><div class="module-content"><ul class="module-list">{recent}</ul></div></div>
<div class="module-recent-comments module"><h2 class="module-header">Recent Comments</h2><div class="module-content"><ul class="module-list"><li class="module-list-item">Anna K. on <a href="{url}">Fenwick council votes 5-2 to sell old Mill Street fire hall</a></li><li class="module-list-item">Tom Pruitt on <a href="{url}">Fenwick council votes 5-2 to sell old Mill Street fire hall</a></li><li class="module-list-item">Gene Marsh on <a href="{blog}/">Road commission to start Kettle River bridge repairs after Memorial Day</a></li></ul></div></div>
<div class="module-archives module"><h2 class="module-header">Archives</h2><div class="module-content"><ul class="module-list">{archives}<li class="module-list-item"><a href="{blog}/archives.html">More...</a></li></ul></div></div>
<div class="module-custom module"><h2 class="module-header">Support local news</h2><div class="module-content"><p>The Fenwick Courier has covered the village every week since 1887. A print and digital subscription costs $48 a year and pays for reporting like this.</p><p><a href="https://www.fenwickcourier.example/subscribe">Subscribe today</a></p></div></div>
<div class="module-custom module"><h2 class="module-header">Contact the newsroom</h2><div class="module-content"><p>The Fenwick Courier, 212 Front Street, P.O. Box 40, Fenwick. Phone (555) 014-2290.</p><p>All content &copy; 2025 The Fenwick Courier. Posts may not be republished without permission.</p></div></div>
<div class="module-syndicate module"><div class="module-content"><a href="{blog}/atom.xml">Subscribe to this blog's feed</a></div></div>
<div class="module-powered module"><div class="module-content"><a href="https://www.typepad.com/"><img src="https://static.typepad.com/.shared:v20250312.02-0-4:typepad:en_us/images/powered-by-typepad.png" alt="Blog powered by Typepad" width="120" height="31" /></a></div></div>
</div>
</div>
</div>
</div>
</div>
</div>
<script type="text/javascript" src="https://static.typepad.com/.shared:v20250312.02-0-4:typepad:en_us/js/comments.js"></script>
<script type="text/javascript">var extra_happy = Math.floor(1000000000 * Math.random()); document.write('<img src="https://www.typepad.com/t/stats?blog_id=3201847&amp;user_id=1420993&amp;page=' + escape(location.href) + '&amp;referrer=' + escape(document.referrer) + '&amp;i=' + extra_happy + '" width="1" height="1" alt="" style="position: absolute; top: 0; left: 0;" />');</script>
</body>
</html>
"""


def _md_h(text):
    slug = "".join(c if c.isalnum() else "-" for c in text.lower()).strip("-")
    while "--" in slug:
        slug = slug.replace("--", "-")
    return f'<h2 id="{slug}">{e(text)}<a class="headerlink" href="#{slug}" title="Permanent link">&para;</a></h2>'


def material(art):
    """MkDocs + Material for MkDocs, blog plugin: post body in ``md-content__inner``."""
    site = "https://tallis-watch.example"
    slug = "spring-survey-nitrate-levels-fall"
    url = f"{site}/blog/2025/06/12/{slug}/"
    b = "../../../../.."
    svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M3 6h18v2H3V6m0 5h18v2H3v-2m0 5h18v2H3v-2Z"/></svg>'
    fig = f'<figure><img alt="Two volunteers in waders taking a sample from the Senna Brook" loading="lazy" src="{b}/assets/images/blog/2025/senna-brook-sampling.jpg"><figcaption>Volunteers Mo Aziz and Helen Tarrant sampling the Senna Brook below Hatherby in April. Photo: Tallis Catchment Watch</figcaption></figure>'
    tip = f'<div class="admonition tip"><p class="admonition-title">Volunteer with us</p><p>We are recruiting samplers for the autumn survey, especially on the Millrace and the lower Tallis. Training takes one Saturday morning and we provide all the kit. <a href="{b}/get-involved/">Find out how to join</a>.</p></div>'
    related = '<p><strong>Related:</strong> <a href="../../../../2025/02/20/storm-overflows-what-we-know/">Storm overflows on the Tallis: what we know so far</a></p>'
    share = (
        '<p><a class="md-button" href="https://x.com/intent/tweet?text=Spring%20survey%20results&amp;url='
        + url
        + '">Share on <span class="twemoji"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><path d="M389.2 48h70.6L305.6 224.2 487 464H345L233.7 318.6 106.5 464H35.8l164.9-188.5L26.8 48h145.6l100.5 132.9L389.2 48z"/></svg></span></a> '
        '<a class="md-button" href="https://www.facebook.com/sharer/sharer.php?u='
        + url
        + '">Share on <span class="twemoji"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><path d="M512 256C512 114.6 397.4 0 256 0S0 114.6 0 256c0 120 82.7 220.8 194.2 248.5V334.2h-52.8V256h52.8v-33.7c0-87.1 39.4-127.5 125-127.5 16.2 0 44.2 3.2 55.7 6.4V172c-6-.6-16.5-1-29.6-1-42 0-58.2 15.9-58.2 44.2V256h83.6l-14.4 78.2H287v175.3C413.8 494.8 512 386.9 512 256z"/></svg></span></a> '
        '<a class="md-button" href="https://bsky.app/intent/compose?text='
        + url
        + '">Share on Bluesky</a></p>'
    )
    body = paras(art, between={1: fig, 5: tip, 11: related})
    heads = [p[3:] for p in art["paragraphs"] if p.startswith("## ")]
    for h in heads:
        body = body.replace(f"<h2>{e(h)}</h2>", _md_h(h), 1)
    toc = "".join(
        f'<li class="md-nav__item"><a href="#{_md_h(h).split(chr(34))[1]}" class="md-nav__link"><span class="md-ellipsis">{e(h)}</span></a></li>'
        for h in heads
    )
    tabs = "".join(
        f'<li class="md-tabs__item{" md-tabs__item--active" if name == "News" else ""}"><a href="{b}/{path}" class="md-tabs__link">{name}</a></li>'
        for name, path in [
            ("Home", ""),
            ("Our rivers", "rivers/"),
            ("Data", "data/"),
            ("News", "blog/"),
            ("Get involved", "get-involved/"),
            ("About", "about/"),
        ]
    )
    config = json.dumps(
        {
            "base": b,
            "features": [
                "navigation.tabs",
                "navigation.footer",
                "navigation.top",
                "search.highlight",
                "content.code.copy",
                "announce.dismiss",
            ],
            "search": f"{b}/assets/javascripts/workers/search.f8cc74c7.min.js",
            "tags": None,
            "translations": {
                "clipboard.copied": "Copied to clipboard",
                "clipboard.copy": "Copy to clipboard",
                "search.result.more.one": "1 more on this page",
                "search.result.more.other": "# more on this page",
                "search.result.none": "No matching documents",
                "search.result.one": "1 matching document",
                "search.result.other": "# matching documents",
                "search.result.placeholder": "Type to start searching",
                "search.result.term.missing": "Missing",
                "select.version": "Select version",
            },
            "version": None,
        }
    )
    head = f"""<!doctype html>
<html lang="en" class="no-js">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width,initial-scale=1">
    <meta name="description" content="Results of the Tallis Catchment Watch spring 2025 water quality survey.">
    <meta name="author" content="{e(art["author"])}">
    <link href="{url}" rel="canonical">
    <link href="../../../../2025/05/28/new-sampling-sites-on-the-millrace/" rel="prev">
    <link href="../../../../2025/06/30/kingfisher-survey-2025/" rel="next">
    <link rel="alternate" type="application/rss+xml" title="RSS feed" href="{b}/feed_rss_created.xml">
    <link rel="icon" href="{b}/assets/images/favicon.png">
    <meta name="generator" content="mkdocs-1.6.1, mkdocs-material-9.6.14">
    <title>{e(art["title"])} - Tallis Catchment Watch</title>
    <link rel="stylesheet" href="{b}/assets/stylesheets/main.342714a4.min.css">
    <link rel="stylesheet" href="{b}/assets/stylesheets/palette.06af60db.min.css">
    <link rel="preconnect" href="https://fonts.gstatic.com" crossorigin>
    <link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Source+Sans+3:300,300i,400,400i,700,700i%7CJetBrains+Mono:400,400i,700,700i&display=fallback">
    <style>:root{{--md-text-font:"Source Sans 3";--md-code-font:"JetBrains Mono"}}</style>
    <link rel="stylesheet" href="{b}/stylesheets/extra.css">
    <script>__md_scope=new URL("{b}",location),__md_hash=e=>[...e].reduce(((e,_)=>(e<<5)-e+_.charCodeAt(0)),0),__md_get=(e,_=localStorage,t=__md_scope)=>JSON.parse(_.getItem(t.pathname+"."+e)),__md_set=(e,_,t=localStorage,a=__md_scope)=>{{try{{_.setItem(a.pathname+"."+e,JSON.stringify(_))}}catch(e){{}}}}</script>
    <script id="__analytics">function __md_analytics(){{function e(){{dataLayer.push(arguments)}}window.dataLayer=window.dataLayer||[],e("js",new Date),e("config","G-7QK2TW1XLM"),document.addEventListener("DOMContentLoaded",(function(){{document.forms.search&&document.forms.search.query.addEventListener("blur",(function(){{this.value&&e("event","search",{{search_term:this.value}})}}))}}))}}</script>
    <script>"undefined"!=typeof __md_analytics&&__md_analytics()</script>
    <meta property="og:type" content="article">
    <meta property="og:title" content="{e(art["title"])}">
    <meta property="og:image" content="{site}/assets/images/social/blog/posts/2025-06-12-spring-survey.png">
    <meta name="twitter:card" content="summary_large_image">
  </head>"""
    icon = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M9.5 3A6.5 6.5 0 0 1 16 9.5c0 1.61-.59 3.09-1.56 4.23l.27.27h.79l5 5-1.5 1.5-5-5v-.79l-.27-.27A6.516 6.516 0 0 1 9.5 16 6.5 6.5 0 0 1 3 9.5 6.5 6.5 0 0 1 9.5 3m0 2C7 5 5 7 5 9.5S7 14 9.5 14 14 12 14 9.5 12 5 9.5 5Z"/></svg>'
    page = f"""
  <body dir="ltr" data-md-color-scheme="default" data-md-color-primary="teal" data-md-color-accent="light-blue">
    <input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">
    <input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search" autocomplete="off">
    <label class="md-overlay" for="__drawer"></label>
    <div data-md-component="skip">
      <a href="#{slug}" class="md-skip">Skip to content</a>
    </div>
    <div data-md-component="announce">
      <aside class="md-banner">
        <div class="md-banner__inner md-grid md-typeset">
          <button class="md-banner__button md-icon" aria-label="Don't show this again"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M19 6.41 17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12 19 6.41Z"/></svg></button>
          Autumn survey training days are now open for booking. <a href="{b}/get-involved/training/">Book your place</a> before 31 August.
        </div>
      </aside>
    </div>
    <header class="md-header md-header--shadow md-header--lifted" data-md-component="header">
      <nav class="md-header__inner md-grid" aria-label="Header">
        <a href="{b}/" title="Tallis Catchment Watch" class="md-header__button md-logo" aria-label="Tallis Catchment Watch" data-md-component="logo"><img src="{b}/assets/images/logo.svg" alt="logo"></a>
        <label class="md-header__button md-icon" for="__drawer">{svg}</label>
        <div class="md-header__title" data-md-component="header-title">
          <div class="md-header__ellipsis">
            <div class="md-header__topic"><span class="md-ellipsis">Tallis Catchment Watch</span></div>
            <div class="md-header__topic" data-md-component="header-topic"><span class="md-ellipsis">{e(art["title"])}</span></div>
          </div>
        </div>
        <label class="md-header__button md-icon" for="__search">{icon}</label>
        <div class="md-search" data-md-component="search" role="dialog">
          <label class="md-search__overlay" for="__search"></label>
          <div class="md-search__inner" role="search">
            <form class="md-search__form" name="search">
              <input type="text" class="md-search__input" name="query" aria-label="Search" placeholder="Search" autocapitalize="off" autocorrect="off" autocomplete="off" spellcheck="false" data-md-component="search-query" required>
              <label class="md-search__icon md-icon" for="__search">{icon}</label>
              <nav class="md-search__options" aria-label="Search"><button type="reset" class="md-search__icon md-icon" title="Clear" aria-label="Clear" tabindex="-1">&times;</button></nav>
            </form>
            <div class="md-search__output">
              <div class="md-search__scrollwrap" tabindex="0" data-md-scrollfix>
                <div class="md-search-result" data-md-component="search-result">
                  <div class="md-search-result__meta">Initializing search</div>
                  <ol class="md-search-result__list" role="presentation"></ol>
                </div>
              </div>
            </div>
          </div>
        </div>
        <div class="md-header__source">
          <a href="https://github.com/tallis-watch/website" title="Go to repository" class="md-source" data-md-component="source">
            <div class="md-source__icon md-icon"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 448 512"><path d="M439.55 236.05 244 40.45a28.87 28.87 0 0 0-40.81 0l-40.66 40.63 51.52 51.52c27.06-9.14 52.68 16.77 43.39 43.68l49.66 49.66c34.23-11.8 61.18 31 35.47 56.69-26.49 26.49-70.21-2.87-56-37.34L240.22 199v121.85c25.3 12.54 22.26 41.85 9.08 55a34.34 34.34 0 0 1-48.55 0c-17.57-17.6-11.07-46.91 11.25-56v-123c-20.8-8.51-24.6-30.74-18.64-45L142.57 101 8.45 235.14a28.86 28.86 0 0 0 0 40.81l195.61 195.6a28.86 28.86 0 0 0 40.8 0l194.69-194.69a28.86 28.86 0 0 0 0-40.81z"/></svg></div>
            <div class="md-source__repository">tallis-watch/website</div>
          </a>
        </div>
      </nav>
      <nav class="md-tabs" aria-label="Tabs" data-md-component="tabs">
        <div class="md-grid"><ul class="md-tabs__list">{tabs}</ul></div>
      </nav>
    </header>
    <div class="md-container" data-md-component="container">
      <main class="md-main" data-md-component="main">
        <div class="md-main__inner md-grid">
          <div class="md-sidebar md-sidebar--primary" data-md-component="sidebar" data-md-type="navigation">
            <div class="md-sidebar__scrollwrap">
              <div class="md-sidebar__inner">
                <div class="md-post__back"><div class="md-nav__title md-nav__container"><a href="../../../../" class="md-nav__link"><span class="md-ellipsis">Back to index</span></a></div></div>
                <div class="md-post__authors md-typeset">
                  <div class="md-profile md-post__profile">
                    <span class="md-author md-author--long"><img src="{b}/assets/images/authors/ruth.jpg" alt="{e(art["author"])}"></span>
                    <span class="md-profile__description"><strong>{e(art["author"])}</strong><br>Volunteer coordinator</span>
                  </div>
                </div>
                <ul class="md-post__meta md-nav__list">
                  <li class="md-nav__item md-nav__item--section">
                    <div class="md-post__title"><span class="md-ellipsis">Metadata</span></div>
                    <nav class="md-nav"><ul class="md-nav__list">
                      <li class="md-nav__item"><div class="md-nav__link"><time datetime="2025-06-12 00:00:00+00:00" class="md-ellipsis">12 June 2025</time></div></li>
                      <li class="md-nav__item"><div class="md-nav__link"><span class="md-ellipsis">in <a href="../../../../category/survey-results/">Survey results</a>, <a href="../../../../category/senna-brook/">Senna Brook</a></span></div></li>
                      <li class="md-nav__item"><div class="md-nav__link"><span class="md-ellipsis">3 min read</span></div></li>
                    </ul></nav>
                  </li>
                  <li class="md-nav__item md-nav__item--section">
                    <div class="md-post__title"><span class="md-ellipsis">Related links</span></div>
                    <nav class="md-nav"><ul class="md-nav__list">
                      <li class="md-nav__item"><a href="{b}/data/spring-2025/" class="md-nav__link"><span class="md-ellipsis">Spring 2025 data tables</span></a></li>
                      <li class="md-nav__item"><a href="{b}/about/methods/" class="md-nav__link"><span class="md-ellipsis">How we sample</span></a></li>
                      <li class="md-nav__item"><a href="{b}/rivers/senna-brook/" class="md-nav__link"><span class="md-ellipsis">Senna Brook</span></a></li>
                    </ul></nav>
                  </li>
                </ul>
              </div>
            </div>
          </div>
          <div class="md-sidebar md-sidebar--secondary" data-md-component="sidebar" data-md-type="toc">
            <div class="md-sidebar__scrollwrap">
              <div class="md-sidebar__inner">
                <nav class="md-nav md-nav--secondary" aria-label="Table of contents">
                  <label class="md-nav__title" for="__toc"><span class="md-nav__icon md-icon"></span>Table of contents</label>
                  <ul class="md-nav__list" data-md-component="toc" data-md-scrollfix>{toc}</ul>
                </nav>
              </div>
            </div>
          </div>
          <div class="md-content md-content--post" data-md-component="content">
            <article class="md-content__inner md-typeset">
              <h1 id="{slug}">{e(art["title"])}<a class="headerlink" href="#{slug}" title="Permanent link">&para;</a></h1>
{body}
{share}
              <aside class="md-source-file">
                <span class="md-source-file__fact"><span class="md-icon" title="Last update"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M21 13.1c-.1 0-.3.1-.4.2l-1 1 2.1 2.1 1-1c.2-.2.2-.6 0-.8l-1.3-1.3c-.1-.1-.2-.2-.4-.2m-1.9 1.8-6.1 6V23h2.1l6.1-6.1-2.1-2M12.5 7v5.2l4 2.4-1 1L11 13V7h1.5M11 21.9c-5.1-.5-9-4.8-9-9.9C2 6.5 6.5 2 12 2c5.3 0 9.6 4.1 10 9.3-.3-.1-.6-.2-1-.2s-.7.1-1 .2C19.6 7.2 16.2 4 12 4c-4.4 0-8 3.6-8 8 0 4.1 3.1 7.5 7.1 7.9l-.1.2v1.8Z"/></svg></span><span class="git-revision-date-localized-plugin git-revision-date-localized-plugin-date">16 June 2025</span></span>
                <span class="md-source-file__fact"><span class="md-icon" title="Contributors"></span><nav><a href="https://github.com/rokonkwo" class="md-author" title="@rokonkwo">Ruth Okonkwo-Barr</a>, <a href="https://github.com/ifanrusk" class="md-author" title="@ifanrusk">Ifan Rusk</a></nav></span>
              </aside>
              <div class="tcw-newsletter">
                <h3 id="__newsletter">Get river news by email</h3>
                <p>Our monthly newsletter brings you survey results, pollution alerts and volunteer dates from across the catchment. We never share your address, and every email has an unsubscribe link.</p>
                <form action="https://buttondown.com/api/emails/embed-subscribe/tallis-watch" method="post" target="popupwindow" class="embeddable-buttondown-form">
                  <label for="bd-email">Email address</label>
                  <input type="email" name="email" id="bd-email" placeholder="you@example.com">
                  <input type="submit" class="md-button md-button--primary" value="Subscribe">
                </form>
              </div>
              <div class="tcw-more-news">
                <h3 id="__more">More from the blog</h3>
                <div class="tcw-more-news__item"><h4><a href="../../../../2025/05/28/new-sampling-sites-on-the-millrace/">Four new sampling sites on the Millrace</a></h4><p>Volunteers in Pelling have adopted four stretches of the Millrace, filling the biggest gap in our map of the catchment.</p></div>
                <div class="tcw-more-news__item"><h4><a href="../../../../2025/02/20/storm-overflows-what-we-know/">Storm overflows on the Tallis: what we know so far</a></h4><p>We looked at a year of spill records for the eleven overflows that discharge into the river and compared them with our own readings.</p></div>
              </div>
              <form class="md-feedback" name="feedback" hidden>
                <fieldset>
                  <legend class="md-feedback__title">Was this page helpful?</legend>
                  <div class="md-feedback__inner">
                    <div class="md-feedback__list">
                      <button class="md-feedback__icon md-icon" type="submit" title="This page was helpful" data-md-value="1">&#9786;</button>
                      <button class="md-feedback__icon md-icon" type="submit" title="This page could be improved" data-md-value="0">&#9785;</button>
                    </div>
                    <div class="md-feedback__note">
                      <div data-md-value="1" hidden>Thanks for your feedback!</div>
                      <div data-md-value="0" hidden>Thanks for your feedback! Help us improve this page by <a href="https://github.com/tallis-watch/website/issues/new" target="_blank" rel="noopener">telling us what is missing</a>.</div>
                    </div>
                  </div>
                </fieldset>
              </form>
              <h2 id="__comments">Comments</h2>
              <script src="https://giscus.app/client.js" data-repo="tallis-watch/website" data-repo-id="R_kgDOJx41bQ" data-category="Blog comments" data-category-id="DIC_kwDOJx41bc4CXa1p" data-mapping="pathname" data-reactions-enabled="1" data-emit-metadata="0" data-input-position="top" data-theme="light" data-lang="en" crossorigin="anonymous" async></script>
            </article>
          </div>
        </div>
        <script>var target=document.getElementById(location.hash.slice(1));target&&target.name&&(target.checked=target.name.startsWith("__tabbed_"))</script>
      </main>
      <footer class="md-footer">
        <nav class="md-footer__inner md-grid" aria-label="Footer">
          <a href="../../../../2025/05/28/new-sampling-sites-on-the-millrace/" class="md-footer__link md-footer__link--prev" aria-label="Previous: Four new sampling sites on the Millrace"><div class="md-footer__button md-icon">&larr;</div><div class="md-footer__title"><span class="md-footer__direction">Previous</span><div class="md-ellipsis">Four new sampling sites on the Millrace</div></div></a>
          <a href="../../../../2025/06/30/kingfisher-survey-2025/" class="md-footer__link md-footer__link--next" aria-label="Next: Kingfisher survey 2025: call for sightings"><div class="md-footer__title"><span class="md-footer__direction">Next</span><div class="md-ellipsis">Kingfisher survey 2025: call for sightings</div></div><div class="md-footer__button md-icon">&rarr;</div></a>
        </nav>
        <div class="md-footer-meta md-typeset">
          <div class="md-footer-meta__inner md-grid">
            <div class="md-copyright">
              <div class="md-copyright__highlight">Copyright &copy; 2019&ndash;2025 Tallis Catchment Watch, registered charity no. 1190412, c/o The Old Mill, Wharf Lane, Pelling. Text and data on this site are licensed under CC BY 4.0 unless stated otherwise. &ndash; <a href="#__consent">Change cookie settings</a></div>
              Made with <a href="https://squidfunk.github.io/mkdocs-material/" target="_blank" rel="noopener">Material for MkDocs</a>
            </div>
            <div class="md-social">
              <a href="https://bsky.app/profile/tallis-watch.example" target="_blank" rel="noopener" title="bsky.app" class="md-social__link">Bluesky</a>
              <a href="https://www.facebook.com/tallis.watch" target="_blank" rel="noopener" title="www.facebook.com" class="md-social__link">Facebook</a>
              <a href="mailto:hello@tallis-watch.example" target="_blank" rel="noopener" title="" class="md-social__link">Email</a>
            </div>
          </div>
        </div>
      </footer>
    </div>
    <div class="md-dialog" data-md-component="dialog"><div class="md-dialog__inner md-typeset"></div></div>
    <div class="md-consent" data-md-component="consent" id="__consent" hidden>
      <div class="md-consent__overlay"></div>
      <aside class="md-consent__inner">
        <form class="md-consent__form md-grid md-typeset" name="consent">
          <h4>Cookie consent</h4>
          <p>We use cookies to recognise your repeated visits and preferences, and to measure how many people read our survey results. With your consent, you are helping us decide which rivers and which data to write about next.</p>
          <input class="md-toggle" type="checkbox" id="__settings">
          <div class="md-consent__settings">
            <ul class="task-list">
              <li class="task-list-item"><label class="task-list-control"><input type="checkbox" name="analytics" checked><span class="task-list-indicator"></span>Google Analytics</label></li>
              <li class="task-list-item"><label class="task-list-control"><input type="checkbox" name="github" checked><span class="task-list-indicator"></span>GitHub and giscus comments</label></li>
            </ul>
          </div>
          <div class="md-consent__controls">
            <button class="md-button md-button--primary">Accept</button>
            <button type="reset" class="md-button md-button--primary">Reject</button>
            <label class="md-button" for="__settings">Manage settings</label>
          </div>
        </form>
      </aside>
    </div>
    <script>var consent=__md_get("__consent");if(consent)for(var input of document.forms.consent.elements)input.name&&(input.checked=consent[input.name]||!1);else"file:"!==location.protocol&&setTimeout((function(){{document.querySelector("[data-md-component=consent]").hidden=!1}}),250);var form=document.forms.consent;for(var action of["submit","reset"])form.addEventListener(action,(function(e){{if(e.preventDefault(),"reset"===e.type)for(var n of document.forms.consent.elements)n.name&&(n.checked=!1);__md_set("__consent",Object.fromEntries(Array.from(new FormData(form).keys()).map((function(e){{return[e,!0]}})))),location.hash="",location.reload()}}))</script>
    <script id="__config" type="application/json">{config}</script>
    <script src="{b}/assets/javascripts/bundle.13a4f30d.min.js"></script>
  </body>
</html>
"""
    return head + page


def publii(art):
    """Publii (Simple theme), Cantonese: body in ``entry-wrapper content__entry``."""
    site = "https://leikokwan-neighbours.example"
    url = f"{site}/daai-jung-market-renovation.html"
    media = f"{site}/media/posts/34"

    def srcset(name):
        sizes = [("xs", 300), ("sm", 480), ("md", 768), ("lg", 1024), ("xl", 1360), ("2xl", 1600)]
        return ", ".join(f"{media}/responsive/{name}-{s}.jpg {w}w" for s, w in sizes)

    fig = f'<figure class="post__image post__image--center"><img loading="lazy" src="{media}/temporary-market-site.jpg" sizes="(max-width: 48em) 100vw, 768px" srcset="{srcset("temporary-market-site")}" alt="北碼頭停車場，臨時街市嘅位置" width="1600" height="1067"><figcaption>北碼頭停車場會喺六月搭起臨時街市，離大榕街市大約八分鐘車程。（相片：鯉角灣街坊互助社）</figcaption></figure>'
    read_also = '<p><strong>延伸閱讀：</strong><a href="https://leikokwan-neighbours.example/daai-jung-market-power-cuts.html">大榕街市一個夏天停三次電　魚檔一晚損失過萬</a></p>'
    donate = '<div class="post__inline-box"><p><strong>支持互助社</strong></p><p>互助社所有工作都係義工做，靠街坊捐款維持。如果你覺得我哋嘅消息有用，歡迎每月捐五十蚊支持我哋。</p><p><a class="button" href="https://leikokwan-neighbours.example/support.html">我想支持</a></p></div>'
    body = paras(art, between={1: fig, 4: read_also, 10: donate})
    active = ' class="active-parent"'
    menu = "".join(
        f'<li{active if name == "社區消息" else ""}><a href="{site}/{path}" target="_self">{name}</a></li>'
        for name, path in [
            ("主頁", ""),
            ("社區消息", "tags/news/"),
            ("活動", "tags/events/"),
            ("街坊服務", "services.html"),
            ("關於我哋", "about.html"),
            ("聯絡我哋", "contact.html"),
        ]
    )
    tags = "".join(
        f'<li><a href="{site}/tags/{slug}/">{name}</a></li>'
        for slug, name in [("market", "大榕街市"), ("news", "社區消息"), ("transport", "交通")]
    )
    related = "".join(
        f'<article class="feed__item feed__item--centered"><figure class="feed__image"><img loading="lazy" src="{site}/media/posts/{pid}/responsive/{img}-sm.jpg" alt="" width="480" height="320"></figure><div class="feed__content"><header><div class="feed__meta"><a href="{site}/authors/wingchi/" class="feed__author">何詠芝</a> <time datetime="{iso}" class="feed__date">{day}</time></div><h3 class="h2"><a href="{site}/{href}.html">{title}</a></h3></header><p>{text}</p></div></article>'
        for pid, img, iso, day, href, title, text in [
            (
                31,
                "minibus-stop",
                "2025-04-28T10:00",
                "2025年4月28日",
                "minibus-23m-night-trips",
                "23M小巴夜班車減班　街坊聯署反對",
                "由五月起尾班車提早半個鐘開出，互助社一個星期收集咗九百幾個簽名，交咗畀小巴公司。",
            ),
            (
                29,
                "survey-forms",
                "2025-04-02T09:00",
                "2025年4月2日",
                "market-survey-2025",
                "大榕街市問卷調查開始　想聽吓你點講",
                "問卷會做到四月底，街坊可以喺網上填，或者去互助社辦事處攞紙本問卷。",
            ),
        ]
    )
    data = {
        "@context": "http://schema.org",
        "@type": "Article",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": art["title"],
        "image": {
            "@type": "ImageObject",
            "url": f"{media}/market-entrance.jpg",
            "height": 1067,
            "width": 1600,
        },
        "datePublished": "2025-05-20T09:30:00+08:00",
        "dateModified": "2025-05-22T18:05:00+08:00",
        "author": {"@type": "Person", "name": art["author"], "url": f"{site}/authors/wingchi/"},
        "publisher": {
            "@type": "Organization",
            "name": "鯉角灣街坊互助社",
            "logo": {
                "@type": "ImageObject",
                "url": f"{site}/media/website/logo.png",
                "height": 120,
                "width": 320,
            },
        },
    }
    head = f"""<!DOCTYPE html>
<html lang="yue-Hant">
<head>
  <meta charset="utf-8">
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(art["title"])} - 鯉角灣街坊互助社</title>
  <meta name="description" content="大榕街市七月一號起封閉翻新，57個檔口會搬去北碼頭臨時街市。">
  <meta name="generator" content="Publii Open-Source CMS for Static Site">
  <link rel="canonical" href="{url}">
  <link rel="alternate" type="application/atom+xml" href="{site}/feed.xml" title="鯉角灣街坊互助社 - RSS">
  <link rel="alternate" type="application/json" href="{site}/feed.json" title="鯉角灣街坊互助社 - JSON">
  <meta property="og:title" content="{e(art["title"])}">
  <meta property="og:image" content="{media}/market-entrance.jpg">
  <meta property="og:image:width" content="1600">
  <meta property="og:image:height" content="1067">
  <meta property="og:site_name" content="鯉角灣街坊互助社">
  <meta property="og:description" content="大榕街市七月一號起封閉翻新，57個檔口會搬去北碼頭臨時街市。">
  <meta property="og:url" content="{url}">
  <meta property="og:type" content="article">
  <link rel="shortcut icon" href="{site}/media/website/favicon.png" type="image/png">
  <link rel="stylesheet" href="{site}/assets/css/style.css?v=6f3e1c2a9b7d4e58a0c1f2b3d4e5f6a7">
  {ld(data)}
  <noscript><style>img[loading] {{ opacity: 1; }}</style></noscript>
</head>
<body class="post-template">"""
    page = f"""
  <header class="top js-header">
    <a class="logo" href="{site}/"><img src="{site}/media/website/logo.png" alt="鯉角灣街坊互助社" width="320" height="120"></a>
    <nav class="navbar js-navbar">
      <button class="navbar__toggle js-toggle" aria-label="選單" aria-haspopup="true" aria-expanded="false"><span class="navbar__toggle-box"><span class="navbar__toggle-inner">選單</span></span></button>
      <ul class="navbar__menu">{menu}</ul>
    </nav>
    <div class="search">
      <div class="search__overlay js-search-overlay">
        <form action="{site}/search.html" class="search__form">
          <input class="search__input" type="search" name="q" placeholder="搵嘢..." aria-label="搵嘢..." autofocus="autofocus">
        </form>
        <button class="search__close js-search-close" aria-label="關閉">關閉</button>
      </div>
      <button class="search__btn js-search-btn" aria-label="搜尋"><svg xmlns="http://www.w3.org/2000/svg" width="18" height="18" viewBox="0 0 24 24"><circle cx="11" cy="11" r="7" fill="none" stroke="currentColor" stroke-width="2"/><path d="m20 20-4-4" stroke="currentColor" stroke-width="2"/></svg></button>
    </div>
  </header>
  <main class="post">
    <article class="content">
      <div class="hero">
        <figure class="hero__image hero__image--overlay">
          <img src="{media}/market-entrance.jpg" srcset="{srcset("market-entrance")}" sizes="100vw" loading="eager" height="1067" width="1600" alt="大榕街市正門">
        </figure>
        <header class="hero__content hero__content--centered">
          <div class="wrapper">
            <div class="post__meta post__meta--author">
              <a href="{site}/authors/wingchi/" class="feed__author invert">{e(art["author"])}</a>
              <time datetime="2025-05-20T09:30" class="post__date">2025年5月20日</time>
              <span class="post__reading-time">閱讀時間：大約3分鐘</span>
            </div>
            <h1>{e(art["title"])}</h1>
          </div>
        </header>
      </div>
      <div class="hero__caption wrapper"><p>大榕街市由1979年開始營業，係鯉角灣最大嘅街市。（相片：區志明）</p></div>
      <div class="entry-wrapper content__entry">
{body}
      </div>
      <footer class="wrapper entry-wrapper">
        <p class="content__updated">呢篇文章最後更新喺 2025年5月22日</p>
        <div class="content__actions">
          <ul class="content__tag">{tags}</ul>
          <div class="content__share">
            <button class="btn--share" aria-label="分享呢篇文章"><svg width="16" height="16" viewBox="0 0 24 24"><circle cx="18" cy="5" r="3"/><circle cx="6" cy="12" r="3"/><circle cx="18" cy="19" r="3"/></svg>分享</button>
            <div class="js-content__share-popup content__share-popup">
              <a href="https://www.facebook.com/sharer/sharer.php?u={url}" class="js-content__share-button" target="_blank" rel="noreferrer noopener nofollow">Facebook</a>
              <a href="https://api.whatsapp.com/send?text={url}" class="js-content__share-button" target="_blank" rel="noreferrer noopener nofollow">WhatsApp</a>
              <a href="https://t.me/share/url?url={url}" class="js-content__share-button" target="_blank" rel="noreferrer noopener nofollow">Telegram</a>
              <a href="mailto:?subject=%E5%A4%A7%E6%A6%95%E8%A1%97%E5%B8%82&amp;body={url}" class="js-content__share-button" target="_blank" rel="noreferrer noopener nofollow">電郵</a>
            </div>
          </div>
        </div>
        <div class="content__bio bio">
          <figure class="bio__avatar"><img src="{site}/media/website/authors/wingchi.jpg" loading="lazy" height="80" width="80" alt="{e(art["author"])}"></figure>
          <div>
            <h3 class="h4 bio__name"><a href="{site}/authors/wingchi/" class="invert" rel="author">{e(art["author"])}</a></h3>
            <p>互助社義務編輯，喺鯉角灣住咗二十年，平日喺區內小學教中文。有新聞線索可以電郵畀佢。</p>
          </div>
        </div>
      </footer>
      <nav class="content__nav">
        <div class="wrapper">
          <div class="content__nav__prev"><a class="content__nav__link" href="{site}/minibus-23m-night-trips.html" rel="prev"><span>上一篇</span>23M小巴夜班車減班　街坊聯署反對</a></div>
          <div class="content__nav__next"><a class="content__nav__link" href="{site}/summer-fun-day-2025.html" rel="next"><span>下一篇</span>暑期親子同樂日七月廿六號舉行</a></div>
        </div>
      </nav>
    </article>
    <div class="content__related related">
      <div class="wrapper">
        <h2 class="h4 related__title">你可能有興趣</h2>
        {related}
      </div>
    </div>
    <div class="content__comments">
      <div class="wrapper entry-wrapper">
        <h2 class="h4">街坊留言</h2>
        <p class="comments__rules">歡迎留言，但請尊重其他街坊。涉及人身攻擊或者廣告嘅留言會被刪除。</p>
        <div id="disqus_thread"></div>
        <script>var disqus_config = function () {{ this.page.url = "{url}"; this.page.identifier = "post-34"; this.language = "zh_TW"; }}; (function() {{ var d = document, s = d.createElement('script'); s.src = 'https://leikokwan-neighbours.disqus.com/embed.js'; s.setAttribute('data-timestamp', +new Date()); (d.head || d.body).appendChild(s); }})();</script>
        <noscript>Please enable JavaScript to view the <a href="https://disqus.com/?ref_noscript">comments powered by Disqus.</a></noscript>
      </div>
    </div>
  </main>
  <div class="newsletter">
    <div class="wrapper">
      <h2 class="h4">訂閱互助社電子通訊</h2>
      <p>每兩個星期一封，話你知區內最新消息、活動同埋街坊服務。我哋唔會將你嘅電郵交畀任何人，你隨時可以取消訂閱。</p>
      <form action="https://leikokwan-neighbours.us21.list-manage.com/subscribe/post?u=4f1c7a2e9d&amp;id=8b3e0d51aa" method="post" class="newsletter__form" target="_blank">
        <label for="mce-EMAIL">電郵地址</label> <input type="email" name="EMAIL" id="mce-EMAIL" required> <input type="submit" value="訂閱" class="button">
      </form>
    </div>
  </div>
  <footer class="footer">
    <div class="wrapper">
      <div class="footer__social">
        <a href="https://www.facebook.com/leikokwan.neighbours" aria-label="Facebook">Facebook</a>
        <a href="https://www.instagram.com/leikokwan.neighbours" aria-label="Instagram">Instagram</a>
      </div>
      <div class="footer__copyright">
        <p>鯉角灣街坊互助社　地址：鯉角灣大榕街18號地下　辦事處開放時間：星期一至六，朝早十點至夜晚七點。</p>
        <p>© 2025 鯉角灣街坊互助社。未經許可，請勿轉載本網站內容。</p>
        <p>Powered by <a href="https://getpublii.com" target="_blank" rel="nofollow noopener">Publii</a></p>
      </div>
      <button id="backToTop" class="footer__bttop" aria-label="返回頁頂" title="返回頁頂"><svg width="20" height="20" viewBox="0 0 24 24"><path d="m6 15 6-6 6 6"/></svg></button>
    </div>
  </footer>
  <div class="pcb" data-behaviour="badge" data-behaviour-link="#cookie-settings" data-revision="0" data-config-ttl="90" data-debug-mode="false">
    <div role="dialog" aria-modal="true" aria-labelledby="pcb-title" aria-describedby="pcb-txt" class="pcb__banner">
      <div class="pcb__inner">
        <div id="pcb-title" role="heading" aria-level="2" class="pcb__title">Cookie 設定</div>
        <div id="pcb-txt" class="pcb__txt">我哋個網站用 cookies 嚟記住你嘅設定，同埋統計有幾多街坊睇過我哋嘅消息。你可以揀全部接受，或者自己設定想開邊啲 cookies。詳情請睇我哋嘅<a href="{site}/privacy.html">私隱政策</a>。</div>
        <div class="pcb__buttons">
          <button type="button" class="pcb__btn pcb__btn--link pcb__btn--configure">設定</button>
          <button type="button" class="pcb__btn pcb__btn--solid pcb__btn--accept">全部接受</button>
        </div>
      </div>
    </div>
    <div class="pcb__popup" role="dialog" aria-modal="true" aria-labelledby="pcb-popup-title">
      <div class="pcb__popup__wrapper">
        <form class="pcb__popup__form">
          <div class="pcb__popup__heading">
            <div id="pcb-popup-title" role="heading" aria-level="2" class="pcb__title">Cookie 設定</div>
            <button type="button" class="pcb__popup__close" aria-label="關閉">&times;</button>
          </div>
          <div class="pcb__txt">你可以喺度揀開定閂每一類 cookies。必要嘅 cookies 一定要開，網站先可以正常運作。</div>
          <ul class="pcb__groups">
            <li class="pcb__group">
              <div class="pcb__group__title">必要 cookies</div>
              <label class="pcb__switch" for="pcb-group-0"><input type="checkbox" id="pcb-group-0" checked disabled><span class="pcb__switch__slider"></span></label>
              <div class="pcb__group__desc">記住你嘅 cookie 設定，同埋令搜尋功能正常運作。</div>
            </li>
            <li class="pcb__group">
              <div class="pcb__group__title">統計 cookies</div>
              <label class="pcb__switch" for="pcb-group-1"><input type="checkbox" id="pcb-group-1" data-group-name="analytics"><span class="pcb__switch__slider"></span></label>
              <div class="pcb__group__desc">幫我哋知道邊啲消息最多人睇，唔會收集你嘅個人資料。</div>
            </li>
          </ul>
        </form>
        <div class="pcb__buttons">
          <button type="button" class="pcb__btn pcb__btn--link pcb__btn--save">儲存設定</button>
          <button type="button" class="pcb__btn pcb__btn--solid pcb__btn--accept">全部接受</button>
        </div>
      </div>
    </div>
    <button class="pcb__badge" aria-label="Cookie 設定"><svg width="20" height="20" viewBox="0 0 24 24"><circle cx="12" cy="12" r="10"/></svg></button>
  </div>
  <script>window.publiiThemeMenuConfig = {{ mobileMenuMode: 'sidebar', animationSpeed: 300, submenuWidth: 'auto', doubleClickTime: 500, mobileMenuExpandableSubmenus: true, relatedContainerForOverlayMenuSelector: '.top' }};</script>
  <script defer="defer" src="{site}/assets/js/scripts.min.js?v=2c5f1e0a8d7b3a94e6f1c0d2b4a69e13"></script>
  <script>var images = document.querySelectorAll('img[loading]'); for (var i = 0; i < images.length; i++) {{ if (images[i].complete) {{ images[i].classList.add('is-loaded'); }} else {{ images[i].addEventListener('load', function () {{ this.classList.add('is-loaded'); }}, false); }} }}</script>
  <script src="{site}/media/plugins/pcb/pcb.js?v=1.2.3"></script>
  <script type="text/plain" data-consent="analytics" async src="https://www.googletagmanager.com/gtag/js?id=G-L8KW3E7N2Q"></script>
</body>
</html>
"""
    return head + page


LAYOUTS_H35B = {
    "h35-04-townblog": ("h35_b1", typepad),
    "h35-05-riverwatch": ("h35_b2", material),
    "h35-06-cantonese": ("h35_b3", publii),
}
