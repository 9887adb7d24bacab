"""Layouts of pages h36-01 to h36-03 of the held-out group "h36" of the extraction benchmark.

Written by someone other than the person tuning the reader and without reading the reader
or its output on these pages; never used for tuning (docs/benchmarks-extraction.md).
Fictional pages on community and forum platforms not used by h2-h35: a US valley
community forum's announcement topic on Discourse 3.3 as its server-rendered crawler view
(``body.crawler``, theme header and footer HTML around the core ``<header>`` logo,
``#main-outlet`` with ``#topic-title`` and the ``BreadcrumbList`` category badge,
``discourse-tags``, the first post as ``#post_1.topic-body.crawler-post`` inside a
``DiscussionForumPosting`` with ``crawler-post-meta`` / ``crawler-post-infos`` and the
cooked body in ``div.post[itemprop=text]``: ``<h2>`` headings with ``anchor`` links, a
``lightbox-wrapper`` image with its filename ``meta`` and an italic caption paragraph, an
``onebox`` link preview and a ``poll`` between the paragraphs; replies as
``itemprop=comment`` posts with an ``aside.quote``, ``post-likes``, the ``next page``
navigation, the ``#related-topics`` topic-list table, ``crawler-nav`` and
``powered-by-link``); a Nigerian Pidgin community union's news topic on phpBB 3.3 with
the prosilver style and a community-made Pidgin language pack (``#wrap``,
``#page-header`` with ``headerbar`` and the ``navbar`` / ``nav-breadcrumbs``, the
board-announcements extension's ``phpbb_announcement``, ``#page-body``,
``h2.topic-title``, ``action-bar bar-top`` with pagination, the first post
``div.post.has-profile.bg2`` with ``postprofile`` and ``postbody`` / ``div.content``
where the paragraphs are runs of text split by ``<br>``, ``[size]`` subheadings, a BBCode
list, an ``inline-attachment`` image with its file line, an italic caption line and a
"Make you read am too:" link line, ``signature``; replies with a ``blockquote``, the
similar-topics ``forabg`` list, ``jumpbox``, "Who dey online", ``#page-footer`` with the
phpBB copyright, the cookieconsent script and its ``cc-window`` banner); and an English
heritage railway society's news article in the Articles database of Invision Community
4.7 Pages (``ipsApp`` body, ``ipsLayout_header`` with ``elUserNav`` and the
``ipsNavBar_primary`` menu, ``ipsBreadcrumb``, ``ipsPageHeader`` with
``ipsType_pageTitle`` and an ``ipsPhotoPanel`` byline, the record body in a
``section.ipsType_richText`` with bold sized paragraphs as subheadings, an
``ipsAttachLink_image`` image with an italic caption paragraph, a "Read also:" line and a
``data-embedcontent`` embed iframe; ``ipsTags``, ``ipsItemControls`` with reactions and
the share menu, an ``ipsAdvertisement``, ``ipsPager`` previous and next article,
``ipsComment`` comments, the ``cGuestTeaser`` sign-in box, ``ipsLayout_sidebar``
widgets, ``ipsLayout_footer`` with ``elCopyright``, the ``elGuestTerms`` cookie bar, the
``ipsSettings`` script).
"""

from __future__ import annotations

import html
import json

from page_parts import lis

e = html.escape


def ld(data):
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def anchor_slug(text):
    out = "".join(c.lower() if c.isalnum() else "-" for c in text)
    return "-".join(x for x in out.split("-") if x)


def discourse_cooked(art, between):
    """Discourse's cooked post HTML: ``<h2>`` with anchor links, ``<p>``, ``<ul>``."""
    out, items = [], []

    def flush():
        if items:
            out.append("<ul>\n" + "\n".join(f"<li>{e(x)}</li>" for x in items) + "\n</ul>")
            items.clear()

    for i, para in enumerate(art["paragraphs"]):
        if para.startswith("- "):
            items.append(para[2:])
        else:
            flush()
            if para.startswith("## "):
                a = anchor_slug(para[3:]) + "-" + str(len(out) + 1)
                out.append(f'<h2><a name="{a}" class="anchor" href="#{a}"></a>{e(para[3:])}</h2>')
            else:
                out.append(f"<p>{e(para)}</p>")
        if i in between:
            flush()
            out.append(between[i])
    flush()
    return "\n".join(out)


def discourse_post(n, user, name, when, iso, likes, body, first=False):
    scope = "" if first else " itemprop='comment' itemscope itemtype='http://schema.org/Comment'"
    full = f"\n                  ({e(name)})" if name else ""
    like = (
        f"""
            <div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
              <meta itemprop="interactionType" content="http://schema.org/LikeAction"/>
              <meta itemprop="userInteractionCount" content="{likes}" />
              <span class='post-likes'>{likes} Like{"" if likes == 1 else "s"}</span>
            </div>"""
        if likes
        else ""
    )
    return f"""
          <div id='post_{n}'{scope} class='topic-body crawler-post'>
            <div class='crawler-post-meta'>
              <span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
                <a itemprop="url" rel='nofollow' href='https://forum.tamsettvalley.org/u/{user}'><span itemprop='name'>{user}</span></a>{full}
              </span>
              <link itemprop="mainEntityOfPage" href="https://forum.tamsettvalley.org/t/route-9-bus-to-harlow-falls-will-return-in-march-after-county-approves-funding/4127">
              <span class="crawler-post-infos">
                  <time {"itemprop='datePublished' " if not first else ""}datetime='{iso}' class='post-time'>
                    {when}
                  </time>
                  <meta itemprop='dateModified' content='{iso}'>
              <span itemprop='position'>{n}</span>
              </span>
            </div>
            <div class='post' itemprop='text'>
{body}
            </div>{like}
          </div>"""


def discourse(art):
    """Discourse 3.3: an announcement topic as the server-rendered crawler view."""
    site = "https://forum.tamsettvalley.org"
    path = "/t/route-9-bus-to-harlow-falls-will-return-in-march-after-county-approves-funding/4127"
    up = f"{site}/uploads/default/original/2X/7/7c41e0b9a2f3d8165e4c0a9b7d21f3e6c5a8b940.jpeg"
    image = f"""<p><div class="lightbox-wrapper"><a class="lightbox" href="{up}" data-download-href="/uploads/default/7c41e0b9a2f3d8165e4c0a9b7d21f3e6c5a8b940" title="route9-stop-mill-street"><img src="{site}/uploads/default/optimized/2X/7/7c41e0b9a2f3d8165e4c0a9b7d21f3e6c5a8b940_2_690x460.jpeg" alt="route9-stop-mill-street" data-base62-sha1="hJq2XbT0wQ5cR8nA1zYv3kLmP4d" width="690" height="460" srcset="{site}/uploads/default/optimized/2X/7/7c41e0b9a2f3d8165e4c0a9b7d21f3e6c5a8b940_2_690x460.jpeg, {up} 1.5x" data-dominant-color="8A8F93"><div class="meta"><svg class="fa d-icon d-icon-far-image svg-icon" aria-hidden="true"><use href="#far-image"></use></svg><span class="filename">route9-stop-mill-street</span><span class="informations">1200×800 214 KB</span><svg class="fa d-icon d-icon-discourse-expand svg-icon" aria-hidden="true"><use href="#discourse-expand"></use></svg></div></a></div></p>
<p><em>The old Route 9 stop on Mill Street has stood empty since the spring of 2022. Photo: Dana Whitlock</em></p>"""
    onebox = """<aside class="onebox allowlistedgeneric" data-onebox-src="https://www.hollisareatransit.org/route-9-restoration">
  <header class="source">
      <img src="https://forum.tamsettvalley.org/uploads/default/original/2X/1/1f0a77c2e4b9d3a6f85c21e0d94b7a3c6e2f8d01.png" class="site-icon" width="32" height="32">
      <a href="https://www.hollisareatransit.org/route-9-restoration" target="_blank" rel="noopener nofollow ugc">hollisareatransit.org</a>
  </header>
  <article class="onebox-body">
    <img src="https://forum.tamsettvalley.org/uploads/default/original/2X/3/3b8e21d0c7f4a95e6d1b2c0a8f7e4d3c2b1a0f9e.jpeg" class="thumbnail onebox-avatar" width="400" height="400">
<h3><a href="https://www.hollisareatransit.org/route-9-restoration" target="_blank" rel="noopener nofollow ugc">Route 9 Restoration | Hollis Area Transit</a></h3>
  <p>See the draft weekday schedule for the restored Tamsett to Harlow Falls route, leave a comment on the proposed stops and find out how to ride free with a senior or student pass.</p>
  </article>
  <div class="onebox-metadata"></div>
  <div style="clear: both"></div>
</aside>"""
    options = [
        ("b7e2c1", "Yes, most weekdays"),
        ("0f9a3d", "Now and then"),
        ("5c4e8b", "Only the evening trips"),
        ("e21d7a", "Probably not"),
    ]
    opts = "\n".join(f'<li data-poll-option-id="{i}">{t}</li>' for i, t in options)
    poll = f"""<div class="poll" data-poll-status="open" data-poll-name="poll" data-poll-type="regular" data-poll-results="always" data-poll-public="false" data-poll-chart-type="bar">
<div class="poll-container">
<p>Will you ride the restored Route 9?</p>
<ul>
{opts}
</ul>
</div>
<div class="poll-info">
<div class="info-text"><span class="info-number">0</span><span class="info-label">voters</span></div>
</div>
</div>"""
    body = discourse_cooked(art, {1: image, 7: onebox, 11: poll})
    quote = """<aside class="quote no-group" data-username="dwhitlock" data-post="1" data-topic="4127">
<div class="title">
<div class="quote-controls"></div>
<img loading="lazy" alt="" width="24" height="24" src="https://forum.tamsettvalley.org/user_avatar/forum.tamsettvalley.org/dwhitlock/48/2214_2.png" class="avatar"> dwhitlock:</div>
<blockquote>
<p>wanted the county to try a smaller on-demand van service first</p>
</blockquote>
</aside>"""
    replies = [
        (
            2,
            "marta_h",
            "Marta Huang",
            "January 16, 2025,  7:42pm",
            "2025-01-17T00:42:18Z",
            9,
            "<p>This is huge for the night shift at Valley Regional. The 10:05 trip gets me home after a 2-to-10 shift without begging my brother for a ride every week.</p>",
        ),
        (
            3,
            "oldmillroad",
            "",
            "January 16, 2025,  9:15pm",
            "2025-01-17T02:15:40Z",
            4,
            quote
            + "\n<p>Bexley County tried the van thing for a year and you couldn't book a ride before noon the day before. A bus you can plan your life around is worth the money.</p>",
        ),
        (
            4,
            "dwhitlock",
            "Dana Whitlock",
            "January 17, 2025,  8:03am",
            "2025-01-17T13:03:11Z",
            2,
            "<p>Thanks, everyone. I fixed the vote count in the post above. I'll share the final schedule here as soon as the transit board approves it on Feb. 12.</p>",
        ),
    ]
    posts = discourse_post(
        1,
        "dwhitlock",
        "Dana Whitlock",
        "January 16, 2025,  6:20pm",
        "2025-01-16T23:20:05Z",
        23,
        body,
        True,
    ) + "".join(discourse_post(*r) for r in replies)
    return discourse_page(art, site, path, posts)


def discourse_related(site):
    rows = [
        (
            "4131",
            "Open house on the new Route 9 schedule – Feb. 8 at Town Hall",
            "Announcements",
            "0088CC",
            3,
            412,
            "Jan 2025",
        ),
        (
            "4119",
            "Mill Street bridge closed overnight for repairs through January",
            "Roads & Traffic",
            "F1592A",
            12,
            "1.1k",
            "Jan 2025",
        ),
        (
            "4088",
            "Harlow Falls library adds Sunday hours this winter",
            "Announcements",
            "0088CC",
            5,
            688,
            "Dec 2024",
        ),
        (
            "4124",
            "Anyone carpooling to Carver CC for the spring semester?",
            "Rideshare",
            "3AB54A",
            21,
            940,
            "Jan 2025",
        ),
    ]
    out = []
    for n, (tid, title, cat, color, posts, views, act) in enumerate(rows, 1):
        out.append(f"""
              <tr class="topic-list-item">
                <td class="main-link" itemprop='itemListElement' itemscope itemtype='http://schema.org/ListItem'>
                  <meta itemprop='position' content='{n}'>
                  <span class="link-top-line">
                    <a itemprop='url' href='{site}/t/{anchor_slug(title)}/{tid}' class='title raw-link raw-topic-link'>{e(title)}</a>
                  </span>
                  <div class="link-bottom-line">
                      <a href='/c/{anchor_slug(cat)}/{n + 4}' class='badge-wrapper bullet'>
                        <span class='badge-category-bg' style='background-color: #{color}'></span>
                        <span class='badge-category clear-badge'>
                          <span class='category-name'>{e(cat)}</span>
                        </span>
                      </a>
                  </div>
                </td>
                <td class="replies">
                  <span class='posts' title='posts'>{posts}</span>
                </td>
                <td class="views">
                  <span class='views' title='views'>{views}</span>
                </td>
                <td>
                  {act}
                </td>
              </tr>""")
    return "".join(out)


def discourse_page(art, site, path, posts):
    url = site + path
    title = e(art["title"])
    website = ld(
        {
            "@context": "http://schema.org",
            "@type": "WebSite",
            "url": site,
            "potentialAction": {
                "@type": "SearchAction",
                "target": f"{site}/search?q={{search_term_string}}",
                "query-input": "required name=search_term_string",
            },
        }
    )
    nav = lis(
        [
            "Latest",
            "Announcements",
            "Events calendar",
            "Lost & found",
            "Buy, sell, free",
            "Town of Tamsett",
        ],
        '<li class="tvf-nav__item"><a href="/">{}</a></li>',
    )
    return f"""<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>{title} - Announcements - Tamsett Valley Forum</title>
    <meta name="description" content="Hollis County commissioners voted 4-1 on Tuesday night to restore weekday bus service on Route 9 between Tamsett and Harlow Falls, nearly three years after the route was cut during a driver shortage. The Hollis Area &hellip;">
    <meta name="generator" content="Discourse 3.3.2 - https://github.com/discourse/discourse version 8a5c3f9d71e2b0a4c6d85e1f72a9b3c04d6e8f17">
<link rel="icon" type="image/png" href="{site}/uploads/default/optimized/1X/5d2e9a0c3b7f18e64a1c0d9b2e7f3a8c6d5b4e21_2_32x32.png">
<link rel="apple-touch-icon" type="image/png" href="{site}/uploads/default/optimized/1X/9e1f4b7c2a0d38e56c9b1a0f7d2e4c3b8a6f5d90_2_180x180.png">
<meta name="theme-color" media="all" content="#ffffff">
<meta name="color-scheme" content="light">
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, user-scalable=yes, viewport-fit=cover">
<link rel="canonical" href="{url}" />
<link rel="search" type="application/opensearchdescription+xml" href="{site}/opensearch.xml" title="Tamsett Valley Forum Search">
    <link href="/stylesheets/color_definitions_tamsett-light_7_3_4f2c1e8a9b0d7c6e5f4a3b2c1d0e9f8a7b6c5d4e.css?__ws=forum.tamsettvalley.org" media="all" rel="stylesheet" class="light-scheme"/>
<link href="/stylesheets/desktop_e0c7b9a2d4f1e8c3b6a5d0f9e2c1b4a7d8e5f3c0.css?__ws=forum.tamsettvalley.org" media="all" rel="stylesheet" data-target="desktop"  />
<link href="/stylesheets/poll_e0c7b9a2d4f1e8c3b6a5d0f9e2c1b4a7d8e5f3c0.css?__ws=forum.tamsettvalley.org" media="all" rel="stylesheet" data-target="poll"  />
<link href="/stylesheets/desktop_theme_7_1c9e4a0b7d2f5e8c3a6b9d0e1f4c7a2b5d8e0f3a.css?__ws=forum.tamsettvalley.org" media="all" rel="stylesheet" data-target="desktop_theme" data-theme-id="7" data-theme-name="tamsett valley"/>
    {website}
    <link rel="alternate nofollow" type="application/rss+xml" title="RSS feed of &#39;{title}&#39;" href="{url}.rss" />
    <meta property="og:site_name" content="Tamsett Valley Forum" />
<meta property="og:type" content="website" />
<meta name="twitter:card" content="summary_large_image" />
<meta name="twitter:image" content="{site}/uploads/default/optimized/2X/7/7c41e0b9a2f3d8165e4c0a9b7d21f3e6c5a8b940_2_1024x682.jpeg" />
<meta property="og:url" content="{url}" />
<meta name="twitter:url" content="{url}" />
<meta property="og:title" content="{title}" />
<meta name="twitter:title" content="{title}" />
<meta property="article:published_time" content="2025-01-16T23:20:05+00:00" />
<meta property="og:ignore_canonical" content="true" />
        <link rel="next" href="{path}?page=2">
  </head>
  <body class="crawler browser-update">
    <div class="tvf-header" role="banner">
      <div class="tvf-alert"><strong>Snow emergency:</strong> Parking is banned on Mill Street and Main Street from 10 p.m. tonight until plowing is finished. Cars left on the street will be towed at the owner's expense.</div>
      <nav class="tvf-nav" aria-label="Forum sections"><ul>{nav}</ul></nav>
    </div>
    <header>
      <a href="/">
        <img src="{site}/uploads/default/original/1X/4a8c2e0f7b1d93e65c8a2b0d1f7e3c9a4b6d5e02.png" alt="Tamsett Valley Forum" id="site-logo" style="max-width: 150px;">
      </a>
    </header>
    <div id="main-outlet" class="wrap" role="main">
{discourse_outlet(art, site, path, posts)}
    </div>
{discourse_footer(site)}
  </body>
</html>
"""


def discourse_outlet(art, site, path, posts):
    url = site + path
    title = e(art["title"])
    tags = "".join(
        f"<a href='{site}/tag/{t}' class='discourse-tag' rel=\"tag\">{t}</a>\n"
        for t in ("transit", "hollis-county", "route-9")
    )
    return f"""      <div id="topic-title">
        <h1>
          <a href="{path}">{title}</a>
        </h1>
          <div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
              <span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
                <a href="/c/announcements/5" class="badge-wrapper bullet" itemprop="item">
                  <span class='badge-category-bg' style='background-color: #0088CC'></span>
                  <span class='badge-category clear-badge'>
                    <span class='category-name' itemprop='name'>Announcements</span>
                  </span>
                </a>
                <meta itemprop="position" content="1" />
              </span>
          </div>
          <div class="topic-category">
            <div class='discourse-tags list-tags'>
              {tags}
            </div>
          </div>
      </div>
      <div itemscope itemtype='http://schema.org/DiscussionForumPosting'>
        <meta itemprop='headline' content='{title}'>
        <link itemprop='url' href='{url}'>
        <meta itemprop='datePublished' content='2025-01-16T23:20:05Z'>
          <meta itemprop='articleSection' content='Announcements'>
        <meta itemprop='keywords' content='transit, hollis-county, route-9'>
        <div itemprop='publisher' itemscope itemtype="http://schema.org/Organization">
          <meta itemprop='name' content='Tamsett Valley Neighbors Association'>
            <div itemprop='logo' itemscope itemtype="http://schema.org/ImageObject">
              <meta itemprop='url' content='{site}/uploads/default/original/1X/4a8c2e0f7b1d93e65c8a2b0d1f7e3c9a4b6d5e02.png'>
            </div>
        </div>
{posts}
      </div>

      <div role='navigation' itemscope itemtype='http://schema.org/SiteNavigationElement' class="topic-body crawler-post">
          <span itemprop='name'><b><a rel="next" itemprop="url" href="{path}?page=2">next page →</a></b></span>
      </div>

    <div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title">
      <h3 id="related-topics-title" class="more-topics__list-title">
        Related topics
      </h3>
      <div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'>
        <meta itemprop='itemListOrder' content='http://schema.org/ItemListOrderDescending'>
        <table class='topic-list'>
          <thead>
            <tr>
              <th>Topic</th>
              <th></th>
              <th class="replies">Replies</th>
              <th class="views">Views</th>
              <th>Activity</th>
            </tr>
          </thead>
          <tbody>{discourse_related(site)}
          </tbody>
        </table>
      </div>
    </div>"""


def discourse_footer(site):
    crawl = "".join(
        f"""
          <li itemscope itemtype='http://schema.org/SiteNavigationElement'>
            <span itemprop='name'>
              <a href='{href}' itemprop="url">{name} </a>
            </span>
          </li>"""
        for href, name in (
            ("/", "Home"),
            ("/categories", "Categories"),
            ("/guidelines", "Guidelines"),
            ("/tos", "Terms of Service"),
            ("/privacy", "Privacy Policy"),
        )
    )
    return f"""    <footer class="container wrap">
      <nav class='crawler-nav'>
        <ul>{crawl}
        </ul>
      </nav>
      <p class='powered-by-link'>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p>
    </footer>
    <div class="tvf-footer">
      <div class="tvf-footer__newsletter">
        <h2>Get the Valley Weekly</h2>
        <p>Every Friday morning we send one short email with the week's announcements, road closures and events. It's free, and you can unsubscribe with one click.</p>
        <form action="https://tamsettvalley.us21.list-manage.example/subscribe/post" method="post"><input type="email" name="EMAIL" placeholder="you@example.com" aria-label="Email address"><button type="submit">Sign me up</button></form>
      </div>
      <p class="tvf-footer__about">The Tamsett Valley Forum is run by volunteers of the Tamsett Valley Neighbors Association, a 501(c)(3) nonprofit. Posts reflect the views of their authors, not of the association or its board.</p>
      <p class="tvf-footer__address">Tamsett Valley Neighbors Association · 212 Mill Street, Suite 3 · Tamsett · <a href="mailto:hello@tamsettvalley.org">hello@tamsettvalley.org</a></p>
      <p class="tvf-footer__copy">© 2025 Tamsett Valley Neighbors Association. Photos belong to the people who posted them.</p>
    </div>
    <div id="tvf-cookie-notice" class="tvf-cookie-notice" role="dialog" aria-label="Cookie notice">
      <p>We use a few cookies to keep you logged in and to count visits. We don't sell your data and we never show ads. <a href="{site}/privacy">Read our privacy policy</a>.</p>
      <button type="button" class="btn btn-primary tvf-cookie-notice__ok">OK, got it</button>
    </div>"""


def phpbb_content(art, between):
    """phpBB's rendered BBCode: text runs split by ``<br>``, ``[size]`` headings, ``[list]``."""
    out, items = [], []

    def flush():
        if items:
            out.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in items) + "</ul>")
            items.clear()

    for i, para in enumerate(art["paragraphs"]):
        if para.startswith("- "):
            items.append(para[2:])
        else:
            flush()
            if para.startswith("## "):
                out.append(
                    '<span style="font-size:150%;line-height:116%"><strong class="text-strong">'
                    f"{e(para[3:])}</strong></span>"
                )
            else:
                out.append(e(para))
        if i in between:
            flush()
            out.append(between[i])
    flush()
    return "<br>\n<br>\n".join(out)


def phpbb_post(
    pid, uid, user, color, rank, posts, joined, where, when, iso, content, sig="", bg=2, first=False
):
    h3 = ' class="first"' if first else ""
    ucls = ' style="color: #AA0000;" class="username-coloured"' if color else ' class="username"'
    av = (
        f'<div class="avatar-container">\n\t\t\t\t\t\t<a href="./memberlist.php?mode=viewprofile&amp;u={uid}" class="avatar"><img class="avatar" src="./download/file.php?avatar={uid}_1712{uid}0457.png" width="90" height="90" alt="Avatar of di user" /></a>\n\t\t\t\t\t</div>'
        if first
        else ""
    )
    signature = f'\n\t\t\t<div id="sig{pid}" class="signature">{sig}</div>' if sig else ""
    return f"""
<div id="p{pid}" class="post has-profile bg{bg}">
	<div class="inner">
		<dl class="postprofile" id="profile{pid}">
			<dt class="has-profile-rank{" has-avatar" if first else " no-avatar"}">
				{av}
				<a href="./memberlist.php?mode=viewprofile&amp;u={uid}"{ucls}>{user}</a>
			</dt>
			<dd class="profile-rank">{rank}</dd>
			<dd class="profile-posts"><strong>Post dem:</strong> <a href="./search.php?author_id={uid}&amp;sr=posts">{posts}</a></dd>
			<dd class="profile-joined"><strong>E join:</strong> {joined}</dd>
			<dd class="profile-custom-field profile-phpbb_location"><strong>Where e dey:</strong> {where}</dd>
		</dl>
		<div class="postbody">
			<div id="post_content{pid}">
			<h3{h3}><a href="./viewtopic.php?p={pid}#p{pid}">{"" if first else "Re: "}Ogbe-Nta new water project don finish, tap go start to run from 2 June</a></h3>
				<ul class="post-buttons">
					<li>
						<a href="./posting.php?mode=quote&amp;p={pid}" title="Answer wit quote" class="button button-icon-only">
							<i class="icon fa-quote-left fa-fw" aria-hidden="true"></i><span class="sr-only">Quote</span>
						</a>
					</li>
				</ul>
			<p class="author">
				<a class="unread" href="./viewtopic.php?p={pid}#p{pid}" title="Post">
					<i class="icon fa-file fa-fw icon-lightgray icon-md" aria-hidden="true"></i><span class="sr-only">Post</span>
				</a>
				<span class="responsive-hide">na <strong><a href="./memberlist.php?mode=viewprofile&amp;u={uid}"{ucls}>{user}</a></strong> &raquo; </span><time datetime="{iso}">{when}</time>
			</p>
			<div class="content">{content}</div>{signature}
			</div>
		</div>
		<div class="back2top">
			<a href="#top" class="top" title="Go up">
				<i class="icon fa-chevron-circle-up fa-fw icon-gray" aria-hidden="true"></i>
				<span class="sr-only">Go up</span>
			</a>
		</div>
	</div>
</div>
<hr class="divider" />"""


def phpbb(art):
    """phpBB 3.3 with prosilver and a Pidgin language pack: a news topic's first post."""
    attach = """<div class="inline-attachment">
		<dl class="file">
			<dt class="attach-image"><img class="postimage" src="./download/file.php?id=1182" alt="tank-amaezi.jpg" onclick="viewableArea(this);" /></dt>
						<dd>tank-amaezi.jpg (142.6 KiB) Pipo don look am 311 times</dd>
		</dl>
		</div>
<em class="text-italics">Di new 150,000-litre tank for Amaezi quarter, wey workers finish on Thursday. Foto: Ogbe-Nta Progressive Union</em>"""
    also = '<strong class="text-strong">Make you read am too:</strong> <a href="./viewtopic.php?t=2244" class="postlink-local">General meeting: see wetin di union decide about di new market stalls</a>'
    content = phpbb_content(art, {1: attach, 11: also})
    sig = '<span style="color:#008000"><strong class="text-strong">Chinedu Okafor-Bello</strong></span> | PRO, Ogbe-Nta Progressive Union (Home Branch)<br>\n<em class="text-italics">Unity na strength. Ogbe-Nta go better.</em>'
    quote = """<blockquote cite="./viewtopic.php?p=8812#p8812"><div><cite><a href="./memberlist.php?mode=viewprofile&amp;u=54">PRO_OgbeNta</a> wrote: <a href="./viewtopic.php?p=8812#p8812" aria-label="See di post wey dem quote" data-post-id="8812" onclick="if(document.getElementById(hash.substr(1)))href=hash"><i class="icon fa-arrow-circle-up fa-fw" aria-hidden="true"></i></a><span class="responsive-hide">Sat May 24, 2025 5:05 pm</span></cite>Di one wey remain na make we take care of am, make e no spoil like di old one.</div></blockquote>"""
    posts = phpbb_post(
        8812,
        54,
        "PRO_OgbeNta",
        True,
        "Union PRO",
        1204,
        "Tue Mar 08, 2016 9:14 am",
        "Ogbe-Nta",
        "Sat May 24, 2025 5:05 pm",
        "2025-05-24T16:05:00+00:00",
        content,
        sig,
        2,
        True,
    )
    posts += phpbb_post(
        8815,
        311,
        "AdaobiInHouston",
        False,
        "Member",
        287,
        "Sun Jan 14, 2018 2:40 am",
        "Houston, Texas",
        "Sat May 24, 2025 7:31 pm",
        "2025-05-24T18:31:22+00:00",
        "God don do am! Houston branch go dey for di opening. Abeg make una post di account number for di maintenance levy, make we wey dey abroad fit pay for our mama dem.",
        "",
        1,
    )
    posts += phpbb_post(
        8819,
        97,
        "Nnamdi_Umuoji",
        False,
        "Senior member",
        2031,
        "Wed Jun 01, 2016 8:02 pm",
        "Umu-Oji / Lagos",
        "Sun May 25, 2025 8:12 am",
        "2025-05-25T07:12:45+00:00",
        quote
        + "<br>\nNa true talk. Di 2011 borehole spoil because nobody dey in charge of am. I hope say dis water committee go dey give account every three months.",
        "",
        2,
    )
    posts += phpbb_post(
        8821,
        54,
        "PRO_OgbeNta",
        True,
        "Union PRO",
        1204,
        "Tue Mar 08, 2016 9:14 am",
        "Ogbe-Nta",
        "Sun May 25, 2025 10:47 am",
        "2025-05-25T09:47:03+00:00",
        "@Nnamdi_Umuoji di committee go read dia account for every general meeting. I don also correct di cost for di first post, na ₦48.6 million.",
        "",
        1,
    )
    return phpbb_page(art, posts)


def phpbb_head(art):
    title = e(art["title"])
    quick = "".join(
        f'\n\t\t\t\t\t\t\t<li><a href="./search.php?search_id={sid}" role="menuitem"><i class="icon fa-file-o fa-fw icon-{col}" aria-hidden="true"></i><span>{label}</span></a></li>'
        for sid, col, label in (
            ("unanswered", "gray", "Topic wey nobody answer"),
            ("active_topics", "blue", "Topic wey dey hot"),
            ("newposts", "red", "New post dem"),
        )
    )
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="pcm">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1" />

<title>{title} - Ogbe-Nta Community Forum</title>

	<link rel="alternate" type="application/atom+xml" title="Feed - Ogbe-Nta Community Forum" href="/app.php/feed">
	<link rel="alternate" type="application/atom+xml" title="Feed - Community News" href="/app.php/feed/forum/3">
	<link rel="alternate" type="application/atom+xml" title="Feed - Topic - {title}" href="/app.php/feed/topic/2291">
	<link rel="canonical" href="https://forum.ogbenta.ng/viewtopic.php?t=2291">

<link href="./assets/css/font-awesome.min.css?assets_version=41" rel="stylesheet">
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=41" rel="stylesheet">
<link href="./styles/prosilver/theme/pcm/stylesheet.css?assets_version=41" rel="stylesheet">
<link href="./assets/cookieconsent/cookieconsent.min.css?assets_version=41" rel="stylesheet">
<link href="./ext/phpbb/boardannouncements/styles/all/theme/boardannouncements.css?assets_version=41" rel="stylesheet" media="screen">
</head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr ">
<div id="wrap" class="wrap">
	<a id="top" class="top-anchor" accesskey="t"></a>
	<div id="page-header">
		<div class="headerbar" role="banner">
			<div class="inner">
			<div id="site-description" class="site-description">
				<a id="logo" class="logo" href="./index.php" title="Forum House"><span class="site_logo"></span></a>
				<h1>Ogbe-Nta Community Forum</h1>
				<p>Di meeting place for Ogbe-Nta sons and daughters for house and abroad</p>
				<p class="skiplink"><a href="#start_here">Jump go di content</a></p>
			</div>
			<div id="search-box" class="search-box search-header" role="search">
				<form action="./search.php" method="get" id="search">
				<fieldset>
					<input name="keywords" id="keywords" type="search" maxlength="128" title="Find word" class="inputbox search tiny" size="20" value="" placeholder="Find…" />
					<button class="button button-search" type="submit" title="Find"><i class="icon fa-search fa-fw" aria-hidden="true"></i><span class="sr-only">Find</span></button>
					<a href="./search.php" class="button button-search-end" title="Find well-well"><i class="icon fa-cog fa-fw" aria-hidden="true"></i><span class="sr-only">Find well-well</span></a>
				</fieldset>
				</form>
			</div>
			</div>
		</div>
		<div class="navbar" role="navigation">
			<div class="inner">
			<ul id="nav-main" class="nav-main linklist" role="menubar">
				<li id="quick-links" class="quick-links dropdown-container responsive-menu" data-skip-responsive="true">
					<a href="#" class="dropdown-trigger"><i class="icon fa-bars fa-fw" aria-hidden="true"></i><span>Quick link dem</span></a>
					<div class="dropdown">
						<div class="pointer"><div class="pointer-inner"></div></div>
						<ul class="dropdown-contents" role="menu">
							<li class="separator"></li>{quick}
							<li class="separator"></li>
							<li><a href="./memberlist.php" role="menuitem"><i class="icon fa-group fa-fw" aria-hidden="true"></i><span>Members</span></a></li>
							<li><a href="./memberlist.php?mode=team" role="menuitem"><i class="icon fa-shield fa-fw" aria-hidden="true"></i><span>Di team</span></a></li>
						</ul>
					</div>
				</li>
				<li data-skip-responsive="true"><a href="/app.php/help/faq" rel="help" title="Question wey pipo dey ask well-well" role="menuitem"><i class="icon fa-question-circle fa-fw" aria-hidden="true"></i><span>FAQ</span></a></li>
				<li data-skip-responsive="true"><a href="/app.php/page/union-constitution" role="menuitem"><i class="icon fa-book fa-fw" aria-hidden="true"></i><span>Union constitution</span></a></li>
				<li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=login&amp;redirect=viewtopic.php%3Ft%3D2291" title="Enter" accesskey="x" role="menuitem"><i class="icon fa-power-off fa-fw" aria-hidden="true"></i><span>Enter</span></a></li>
				<li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=register" role="menuitem"><i class="icon fa-pencil-square-o  fa-fw" aria-hidden="true"></i><span>Register</span></a></li>
			</ul>
			<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar">
				<li class="breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">
					<span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope><a itemprop="item" href="./index.php" accesskey="h" data-navbar-reference="index"><i class="icon fa-home fa-fw"></i><span itemprop="name">Forum House</span></a><meta itemprop="position" content="1" /></span>
					<span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope data-forum-id="1"><a itemprop="item" href="./viewforum.php?f=1"><span itemprop="name">Town Matter</span></a><meta itemprop="position" content="2" /></span>
					<span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope data-forum-id="3"><a itemprop="item" href="./viewforum.php?f=3"><span itemprop="name">Community News</span></a><meta itemprop="position" content="3" /></span>
				</li>
				<li class="rightside responsive-search"><a href="./search.php" title="See di advanced search option dem" role="menuitem"><i class="icon fa-search fa-fw" aria-hidden="true"></i><span class="sr-only">Find</span></a></li>
			</ul>
			</div>
		</div>
	</div>
	<a id="start_here" class="anchor"></a>
	<div id="page-body" class="page-body" role="main">
		<div id="phpbb_announcement" style="background-color:#FFF4CC">
			<a href="/app.php/boardannouncements/close?hash=6d1f0a2c&amp;sid=0" data-ajax="close_announcement" data-overlay="false" class="close" title="Close di announcement"><i class="icon fa-times fa-fw"></i></a>
			<div><strong class="text-strong">Reminder:</strong> Di August general meeting go hold for di town hall on Saturday, 16 August. All branch secretary make dem send dia report before 31 July.</div>
		</div>
"""


def phpbb_similar():
    rows = [
        (
            "2244",
            "General meeting: see wetin di union decide about di new market stalls",
            "Secretary_ONPU",
            "Sun May 18, 2025 6:22 pm",
            14,
            702,
        ),
        (
            "2230",
            "Houston branch fundraising: we don pass our target for di water project",
            "AdaobiInHouston",
            "Mon Apr 28, 2025 1:10 am",
            9,
            455,
        ),
        (
            "2197",
            "Road from Nta junction to di market: state contractor return to site",
            "PRO_OgbeNta",
            "Thu Mar 20, 2025 11:04 am",
            22,
            1318,
        ),
    ]
    return "".join(
        f"""
		<li>
			<dl class="row-item topic_read">
				<dt title="No unread post">
					<div class="list-inner">
						<a href="./viewtopic.php?t={t}" class="topictitle">{e(title)}</a>
						<br /><span class="responsive-hide">na <a href="./memberlist.php?mode=viewprofile&amp;u=12" class="username">{u}</a> &raquo; {d} &raquo; for <a href="./viewforum.php?f=3">Community News</a></span>
					</div>
				</dt>
				<dd class="posts">Answer: <strong>{r}</strong><br />Look: <strong>{v}</strong></dd>
				<dd class="lastpost"><span><dfn>Last post </dfn>na <a href="./memberlist.php?mode=viewprofile&amp;u=97" class="username">Nnamdi_Umuoji</a><br />{d}</span></dd>
			</dl>
		</li>"""
        for t, title, u, d, r, v in rows
    )


def phpbb_page(art, posts):
    title = e(art["title"])
    forums = "".join(
        f'<li><a href="./viewforum.php?f={f}" class="jumpbox-sub-link" data-forum-id="{f}"><span class="spacer"></span> <span>&#8627; &nbsp;</span> <span>{name}</span></a></li>'
        for f, name in (
            (3, "Community News"),
            (4, "Branch dem (Abroad)"),
            (5, "Death and burial announcement"),
            (6, "Market and business"),
            (7, "Job and scholarship"),
        )
    )
    return (
        phpbb_head(art)
        + f"""
<h2 class="topic-title"><a href="./viewtopic.php?t=2291">{title}</a></h2>
<!-- NOTE: remove the style="display: none" when you want to have the forum description on the topic body -->
<div style="display: none !important;">Official news from di Ogbe-Nta Progressive Union and di town council.<br /></div>

<div class="action-bar bar-top">
	<a href="./posting.php?mode=reply&amp;t=2291" class="button" title="Answer dis topic"><span>Answer am</span> <i class="icon fa-reply fa-fw" aria-hidden="true"></i></a>
	<div class="dropdown-container dropdown-button-control topic-tools">
		<span title="Topic tool dem" class="button button-secondary dropdown-trigger dropdown-select"><i class="icon fa-wrench fa-fw" aria-hidden="true"></i><span class="caret"><i class="icon fa-sort-down fa-fw" aria-hidden="true"></i></span></span>
		<div class="dropdown"><div class="pointer"><div class="pointer-inner"></div></div><ul class="dropdown-contents"><li><a href="./viewtopic.php?t=2291&amp;view=print" title="Print am" accesskey="p"><i class="icon fa-print fa-fw" aria-hidden="true"></i><span>Print am</span></a></li></ul></div>
	</div>
	<div class="search-box" role="search">
		<form method="get" id="topic-search" action="./search.php">
		<fieldset>
			<input class="inputbox search tiny" type="search" name="keywords" id="search_keywords" size="20" placeholder="Find inside dis topic…" />
			<button class="button button-search" type="submit" title="Find"><i class="icon fa-search fa-fw" aria-hidden="true"></i><span class="sr-only">Find</span></button>
			<input type="hidden" name="t" value="2291" />
			<input type="hidden" name="sf" value="msgonly" />
		</fieldset>
		</form>
	</div>
	<div class="pagination">
		4 post
		&bull; Page <strong>1</strong> of <strong>1</strong>
	</div>
</div>
{posts}

<div class="action-bar bar-bottom">
	<a href="./posting.php?mode=reply&amp;t=2291" class="button" title="Answer dis topic"><span>Answer am</span> <i class="icon fa-reply fa-fw" aria-hidden="true"></i></a>
	<form method="post" action="./viewtopic.php?t=2291">
		<div class="dropdown-container dropdown-container-left dropdown-button-control sort-tools">
			<span title="Arrange and show option dem" class="button button-secondary dropdown-trigger dropdown-select"><i class="icon fa-sort-amount-asc fa-fw" aria-hidden="true"></i><span class="caret"><i class="icon fa-sort-down fa-fw" aria-hidden="true"></i></span></span>
		</div>
	</form>
	<div class="pagination">
		4 post
		&bull; Page <strong>1</strong> of <strong>1</strong>
	</div>
</div>

<div class="forabg">
	<div class="inner">
	<ul class="topiclist">
		<li class="header">
			<dl class="row-item">
				<dt><div class="list-inner">Topic wey resemble dis one</div></dt>
				<dd class="posts">Stats</dd>
				<dd class="lastpost"><span>Last post</span></dd>
			</dl>
		</li>
	</ul>
	<ul class="topiclist topics">{phpbb_similar()}
	</ul>
	</div>
</div>

<div class="action-bar actions-jump">
		<p class="jumpbox-return">
		<a href="./viewforum.php?f=3" class="left-box arrow-left" accesskey="r"><i class="icon fa-angle-left fa-fw icon-black" aria-hidden="true"></i><span>Go back to “Community News”</span></a>
	</p>
		<div class="jumpbox dropdown-container dropdown-container-right dropdown-up dropdown-left dropdown-button-control" id="jumpbox">
			<span title="Jump go" class="button button-secondary dropdown-trigger dropdown-select"><span>Jump go</span><span class="caret"><i class="icon fa-sort-down fa-fw" aria-hidden="true"></i></span></span>
		<div class="dropdown"><div class="pointer"><div class="pointer-inner"></div></div><ul class="dropdown-contents">
			<li><a href="./viewforum.php?f=1" class="jumpbox-cat-link"><span>Town Matter</span></a></li>{forums}
		</ul></div>
	</div>
</div>

<div class="stat-block online-list">
	<h3>Who dey online</h3>
	<p>Pipo wey dey look dis forum: No registered member and 7 guest</p>
</div>
"""
        + phpbb_footer()
    )


def phpbb_footer():
    consent = json.dumps(
        {
            "palette": {"popup": {"background": "#0F538A"}, "button": {"background": "#E5E5E5"}},
            "theme": "classic",
            "content": {
                "message": "Dis forum dey use cookies to give you better experience. If you wan use di forum, e mean say you gree wit di policy.",
                "dismiss": "I don hear",
                "link": "Learn more",
                "href": "./ucp.php?mode=privacy",
            },
        },
        ensure_ascii=False,
    )
    return f"""		<div class="panel bg3 onpu-box">
			<div class="inner">
			<h3>Make you no miss any town news</h3>
			<p>Di union PRO dey send all di official announcement to our WhatsApp broadcast list every Sunday evening. Send JOIN to di union secretariat number wey dey di contact page, and dem go add you.</p>
			</div>
		</div>
	</div>

<div id="page-footer" class="page-footer" role="contentinfo">
	<div class="navbar" role="navigation">
	<div class="inner">
	<ul id="nav-footer" class="nav-footer linklist" role="menubar">
		<li class="breadcrumbs">
			<span class="crumb"><a href="./index.php" data-navbar-reference="index"><i class="icon fa-home fa-fw" aria-hidden="true"></i><span>Forum House</span></a></span>
		</li>
		<li class="rightside">All di time na <span title="UTC+1">UTC+01:00</span></li>
		<li class="rightside"><a href="./ucp.php?mode=delete_cookies" data-ajax="true" data-refresh="true" role="menuitem"><i class="icon fa-trash fa-fw" aria-hidden="true"></i><span>Clear cookies</span></a></li>
		<li class="rightside" data-last-responsive="true"><a href="./memberlist.php?mode=team" role="menuitem"><i class="icon fa-shield fa-fw" aria-hidden="true"></i><span>Di team</span></a></li>
		<li class="rightside" data-last-responsive="true"><a href="./memberlist.php?mode=contactadmin" role="menuitem"><i class="icon fa-envelope fa-fw" aria-hidden="true"></i><span>Contact us</span></a></li>
	</ul>
	</div>
	</div>

	<div class="copyright">
		<p class="footer-row onpu-address">Ogbe-Nta Progressive Union (Home Branch), Town Hall Road, Ogbe-Nta. Dis forum na for members and friends of di town, so abeg make everybody respect each other for here.</p>
		<p class="footer-row">
			<span class="footer-copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>&reg; Forum Software &copy; phpBB Limited</span>
		</p>
		<p class="footer-row">
			<span class="footer-copyright">Pidgin language pack na di Ogbe-Nta forum volunteers do am</span>
		</p>
		<p class="footer-row" role="menu">
			<a class="footer-link" href="./ucp.php?mode=privacy" title="Privacy" role="menuitem"><span class="footer-link-text">Privacy</span></a>
			|
			<a class="footer-link" href="./ucp.php?mode=terms" title="Rules" role="menuitem"><span class="footer-link-text">Rules</span></a>
		</p>
	</div>

	<div id="darkenwrapper" class="darkenwrapper" data-ajax-error-title="AJAX wahala" data-ajax-error-text="Something no work well as we dey do wetin you ask." data-ajax-error-text-abort="User don stop di request." data-ajax-error-text-timeout="Di request don pass time; abeg try again." data-ajax-error-text-parsererror="Something no correct wit di request and di server send bad answer.">
		<div id="darken" class="darken">&nbsp;</div>
	</div>

	<div id="phpbb_alert" class="phpbb_alert" data-l-err="Wahala" data-l-timeout-processing-req="Di request don pass time.">
		<a href="#" class="alert_close"><i class="icon fa-times-circle fa-fw" aria-hidden="true"></i></a>
		<h3 class="alert_title">&nbsp;</h3><p class="alert_text"></p>
	</div>
	<div id="phpbb_confirm" class="phpbb_alert">
		<a href="#" class="alert_close"><i class="icon fa-times-circle fa-fw" aria-hidden="true"></i></a>
		<div class="alert_text"></div>
	</div>
</div>

</div>

<div>
	<a id="bottom" class="anchor" accesskey="z"></a>
	<img class="sr-only" aria-hidden="true" src="./app.php/cron/cron.task.core.tidy_sessions" width="1" height="1" alt="">
</div>

<script src="./assets/javascript/jquery-3.7.1.min.js?assets_version=41"></script>
<script src="./assets/javascript/core.js?assets_version=41"></script>
<script src="./assets/cookieconsent/cookieconsent.min.js?assets_version=41"></script>
<script>
	if (typeof window.cookieconsent === "object") {{
		window.addEventListener("load", function(){{
			window.cookieconsent.initialise({consent});
		}});
	}}
</script>
<script src="./styles/prosilver/template/forum_fn.js?assets_version=41"></script>
<script src="./styles/prosilver/template/ajax.js?assets_version=41"></script>
<script src="./ext/phpbb/boardannouncements/styles/all/template/js/boardannouncements.js?assets_version=41"></script>
<div role="dialog" aria-live="polite" aria-label="cookieconsent" aria-describedby="cookieconsent:desc" class="cc-window cc-banner cc-type-info cc-theme-classic cc-bottom "><!--googleoff: all--><span id="cookieconsent:desc" class="cc-message">Dis forum dey use cookies to give you better experience. If you wan use di forum, e mean say you gree wit di policy. <a aria-label="learn more about cookies" role="button" tabindex="0" class="cc-link" href="./ucp.php?mode=privacy" rel="noopener noreferrer nofollow" target="_blank">Learn more</a></span><div class="cc-compliance"><a aria-label="dismiss cookie message" role="button" tabindex="0" class="cc-btn cc-dismiss">I don hear</a></div><!--googleon: all--></div>
</body>
</html>
"""


def ips_body(art, between):
    """Invision Community rich text: ``<p>``, bold sized paragraphs as subheadings, ``<ul>``."""
    out, items = [], []

    def flush():
        if items:
            out.append(
                "<ul>\n" + "\n".join(f"\t<li>\n\t\t{e(x)}\n\t</li>" for x in items) + "\n</ul>"
            )
            items.clear()

    for i, para in enumerate(art["paragraphs"]):
        if para.startswith("- "):
            items.append(para[2:])
        else:
            flush()
            if para.startswith("## "):
                out.append(
                    f'<p>\n\t<strong><span style="font-size:18px;">{e(para[3:])}</span></strong>\n</p>'
                )
            else:
                out.append(f"<p>\n\t{e(para)}\n</p>")
        if i in between:
            flush()
            out.append(between[i])
    flush()
    return "\n\n".join(out)


def ips_comment(cid, name, uid, when, iso, text, likes):
    react = (
        f"""<div class='ipsReact ipsPos_right'><div class='ipsReact_blurb' data-role='reactionBlurb'><ul class='ipsReact_reactions'><li class='ipsReact_reactCount'><span data-ipsTooltip title="Like"><span><img src='https://www.avrsociety.org.uk/uploads/reactions/react_like.png' alt="Like" loading="lazy"></span><span>{likes}</span></span></li></ul></div></div>"""
        if likes
        else ""
    )
    return f"""
<a id='comment-{cid}'></a>
<article id='elComment_{cid}' class='ipsComment ipsComment_parent ipsClearfix ipsClear '>
	<div id='comment-{cid}_wrap' data-controller='core.front.core.comment' data-commentApp='cms' data-commentType='cms-records12' data-commentID="{cid}" class='ipsComment_content ipsType_medium'>
		<div class='ipsComment_header ipsPhotoPanel ipsPhotoPanel_mini'>
			<a href="https://www.avrsociety.org.uk/profile/{uid}-{anchor_slug(name)}/" rel="nofollow" data-ipsHover data-ipsHover-width="370" class="ipsUserPhoto ipsUserPhoto_mini" title="Go to {e(name)}'s profile"><img src='https://www.avrsociety.org.uk/uploads/set_resources_3/84c1e40ea0e759e3f1505eb1788ddf3c_default_photo.png' alt='{e(name)}' loading="lazy"></a>
			<div>
				<h3 class='ipsComment_author ipsType_blendLinks'>
					<strong class='ipsType_normal'><a href='https://www.avrsociety.org.uk/profile/{uid}-{anchor_slug(name)}/' rel="nofollow" data-ipsHover class="ipsType_break">{e(name)}</a></strong>
				</h3>
				<p class='ipsComment_meta ipsType_light ipsType_medium'>
					<a href='https://www.avrsociety.org.uk/news/locomotives/cotterill-back-in-steam-r318/?tab=comments#comment-{cid}' class='ipsType_blendLinks'>Posted <time datetime='{iso}' title='{when}' data-short='1 d'>{when}</time></a>
				</p>
			</div>
		</div>
		<div class='cComment_content ipsSpacer_top ipsSpacer_half'>
			<div data-role='commentContent' class='ipsType_normal ipsType_richText ipsContained' data-controller='core.front.core.lightboxedImages'>
<p>
	{e(text)}
</p>
			</div>
			<div class='ipsItemControls'>
				{react}
				<ul class='ipsComment_controls ipsClearfix ipsItemControls_left' data-role="commentControls">
					<li class='ipsHide' data-role='commentLoading'><span class='ipsLoading ipsLoading_tiny ipsLoading_noAnim'></span></li>
				</ul>
			</div>
		</div>
	</div>
</article>"""


def ips_widgets():
    latest = "".join(
        f"""
				<li class='ipsDataItem'>
					<div class='ipsDataItem_main'>
						<a href='https://www.avrsociety.org.uk/news/' class='ipsDataItem_title ipsType_break'>{e(t)}</a>
						<p class='ipsType_reset ipsType_light ipsType_small'><time datetime='2025-{d}T10:00:00Z'>{w}</time></p>
						<p class='ipsType_reset ipsType_medium ipsType_light'>{e(s)}</p>
					</div>
				</li>"""
        for t, d, w, s in (
            (
                "Volunteers needed for the Autumn Steam Gala",
                "09-10",
                "September 10",
                "We need guards, car park marshals and tea room helpers for both days of the gala.",
            ),
            (
                "Brenning Yard open day raises £9,400 for the wheel lathe",
                "08-27",
                "August 27",
                "More than 800 visitors toured the workshops and rode the demonstration line.",
            ),
            (
                "Haddow Halt platform extension approved",
                "08-14",
                "August 14",
                "The district council has approved plans to lengthen the platform to take five coaches.",
            ),
        )
    )
    return f"""
		<aside id='ipsLayout_sidebar' class='ipsLayout_sidebarright ' data-controller='core.front.widgets.sidebar'>
			<div data-role='widgetReceiver' data-orientation='vertical' data-widgetArea='sidebar'>
				<ul class='ipsList_reset'>
					<li class='ipsWidget ipsWidget_vertical ipsBox  ipsResponsive_block' data-blockID='app_cms_Database_r7v1qm4x' data-blockConfig="true" data-blockTitle="Database Entry Feed" data-controller='core.front.widgets.block'>
						<h3 class='ipsWidget_title ipsType_reset'>Latest news</h3>
						<div class='ipsWidget_inner'>
							<ul class='ipsDataList ipsDataList_reducedSpacing'>{latest}
							</ul>
						</div>
					</li>
					<li class='ipsWidget ipsWidget_vertical ipsBox  ipsResponsive_block' data-blockID='app_cms_Blocks_k2n8w3za' data-blockTitle="Custom Blocks" data-controller='core.front.widgets.block'>
						<h3 class='ipsWidget_title ipsType_reset'>Join the society</h3>
						<div class='ipsWidget_inner ipsPad'>
							<p>Members get free travel on ordinary running days, the quarterly Ashcombe Valley Steam magazine and a vote at the annual general meeting. Adult membership costs £32 a year, and under-18s join for £10.</p>
							<p><a href='https://www.avrsociety.org.uk/join/' class='ipsButton ipsButton_primary ipsButton_small'>Become a member</a></p>
						</div>
					</li>
					<li class='ipsWidget ipsWidget_vertical ipsBox  ipsResponsive_block' data-blockID='app_core_newsletter_p1x9' data-blockTitle="Custom Blocks" data-controller='core.front.widgets.block'>
						<h3 class='ipsWidget_title ipsType_reset'>The Valley Line e-newsletter</h3>
						<div class='ipsWidget_inner ipsPad'>
							<p>Get running days, gala news and volunteering calls in your inbox once a month. We never share your address, and every email has an unsubscribe link.</p>
							<form action='https://www.avrsociety.org.uk/newsletter/subscribe/' method='post'><input type='email' name='email' placeholder='Email address' class='ipsField_fullWidth'> <button type='submit' class='ipsButton ipsButton_light ipsButton_small'>Subscribe</button></form>
						</div>
					</li>
				</ul>
			</div>
		</aside>"""


def invision(art):
    """Invision Community 4.7 Pages: an article record in the Articles database."""
    site = "https://www.avrsociety.org.uk"
    url = f"{site}/news/locomotives/cotterill-back-in-steam-r318/"
    up = f"{site}/uploads/monthly_2025_09"
    image = f"""<p>
	<a class="ipsAttachLink ipsAttachLink_image" href="{up}/cotterill-test-run-haddow.jpg.5d8e2f0a7c1b94e3.jpg" data-fileid="5521" data-fileext="jpg" rel=""><img alt="cotterill-test-run-haddow.jpg" class="ipsImage ipsImage_thumbnailed" data-fileid="5521" data-ratio="66.67" width="1000" src="{up}/cotterill-test-run-haddow.thumb.jpg.a03f7c2e91d8b5c6.jpg" loading="lazy" height="667"></a>
</p>

<p>
	<em>No. 4 Cotterill passes Haddow Halt on her second test run on Tuesday afternoon. Photo: Marcus Bell</em>
</p>"""
    also = f"""<p>
	<strong>Read also:</strong> <a href="{site}/news/events/brenning-yard-open-day-raises-9400-r311/" rel="">Brenning Yard open day raises £9,400 for the wheel lathe</a>
</p>"""
    embed = f"""<iframe allowfullscreen="" data-controller="core.front.core.autosizeiframe" data-embedauthorid="12" data-embedcontent="" data-embedid="embed4418207" src="{site}/events/event/96-autumn-steam-gala/?do=embed" style="height:196px;max-width:502px;"></iframe>"""
    body = ips_body(art, {1: image, 4: also, 10: embed})
    tags = "".join(
        f"<li><a href='{site}/tags/{t}/' class='ipsTag' title=\"Find other content tagged with '{t}'\" rel=\"tag\" data-tag-label=\"{t}\"><span>{t}</span></a></li>"
        for t in ("cotterill", "locomotives", "brenning yard", "gala")
    )
    shares = "".join(
        f'<li><a href="{href}" class="cShareLink cShareLink_{k}" target="_blank" data-role="shareLink" title=\'{title}\' data-ipsTooltip rel=\'noopener nofollow\'><i class="fa fa-{k}"></i></a></li>'
        for k, title, href in (
            (
                "facebook",
                "Share on Facebook",
                f"https://www.facebook.com/sharer/sharer.php?u={url}",
            ),
            ("x", "Share on X", f"https://x.com/share?url={url}"),
            ("envelope", "Share via email", f"{site}/email/?url={url}"),
        )
    )
    comments = "".join(
        ips_comment(*c)
        for c in (
            (
                7731,
                "Norman Petch",
                208,
                "September 12",
                "2025-09-12T18:42:10Z",
                "I fired her on her last day in service in 2014 and never thought I would see her move again. A magnificent job by everyone at Brenning.",
                17,
            ),
            (
                7734,
                "Sue Rendle",
                1190,
                "September 12",
                "2025-09-12T20:05:51Z",
                "The maroon looks wonderful. Will she be in steam for the Santa specials this year, or is that too soon after running in?",
                4,
            ),
            (
                7740,
                "Gareth Pennock",
                12,
                "September 13",
                "2025-09-13T08:16:33Z",
                "Thanks Sue. The loco department hopes so, but the rosters for December will not be set until the end of October. We will post them here first.",
                6,
            ),
        )
    )
    main = f"""
				<div class='ipsPageHeader ipsResponsive_pull ipsBox ipsPadding sm:ipsPadding:half ipsMargin_bottom'>
					<div class='ipsFlex ipsFlex-ai:center ipsFlex-fw:wrap ipsGap:4'>
						<div class='ipsFlex-flex:11'>
							<h1 class='ipsType_pageTitle ipsContained_container'>
								<span class='ipsContained ipsType_break'>{e(art["title"])}</span>
							</h1>
						</div>
					</div>
					<hr class='ipsHr'>
					<div class='ipsPageHeader__meta ipsFlex ipsFlex-jc:between ipsFlex-ai:center ipsFlex-fw:wrap ipsGap:3'>
						<div class='ipsFlex-flex:11'>
							<div class='ipsPhotoPanel ipsPhotoPanel_mini ipsPhotoPanel_notPhone ipsClearfix'>
								<a href="{site}/profile/12-gareth-pennock/" rel="nofollow" data-ipsHover data-ipsHover-width="370" class="ipsUserPhoto ipsUserPhoto_mini" title="Go to Gareth Pennock's profile"><img src='{site}/uploads/monthly_2021_03/gp.thumb.jpg.9c0e4d.jpg' alt='Gareth Pennock' loading="lazy"></a>
								<div>
									<p class='ipsType_reset ipsType_blendLinks'>
										<span class='ipsType_normal'>By <a href='{site}/profile/12-gareth-pennock/' rel="nofollow" data-ipsHover class="ipsType_break">Gareth Pennock</a>, press officer</span>
									</p>
									<ul class='ipsList_inline'>
										<li><time datetime='2025-09-12T17:30:00Z' title='12/09/25 18:30 ' data-short='1 d'>September 12</time></li>
										<li class='ipsType_light'>1,284 views</li>
										<li><a href='#comments'>3 comments</a></li>
									</ul>
								</div>
							</div>
						</div>
						<div class='ipsFlex-flex:01 ipsResponsive_hidePhone'>
							<a href='{site}/news/locomotives/cotterill-back-in-steam-r318/?do=follow' class="ipsFollow ipsPos_middle ipsButton ipsButton_light ipsButton_verySmall" data-role="followButton" data-ipsDialog data-ipsDialog-title="Follow this article" rel="nofollow"><span>Follow</span> <span class='ipsCommentCount'>6</span></a>
						</div>
					</div>
				</div>
				<article class='ipsBox ipsResponsive_pull ipsPadding ipsClearfix'>
					<section class='ipsType_normal ipsType_richText ipsContained ipsType_break' data-controller='core.front.core.lightboxedImages'>
{body}
					</section>
					<ul class='ipsTags ipsList_inline ipsSpacer_top'>{tags}</ul>
					<div class='ipsItemControls ipsSpacer_top'>
						<div data-controller='core.front.core.reaction' class='ipsItemControls_right ipsClearfix '>
							<div class='ipsReact ipsPos_right'>
								<div class='ipsReact_blurb' data-role='reactionBlurb'>
									<ul class='ipsReact_reactions'>
										<li class='ipsReact_overview ipsType_blendLinks'><a href='{site}/profile/208-norman-petch/'>Norman Petch</a>, <a href='{site}/profile/1190-sue-rendle/'>Sue Rendle</a> and 41 others</li>
										<li class='ipsReact_reactCount'><span data-ipsTooltip title="Thanks"><span><img src='{site}/uploads/reactions/react_thanks.png' alt="Thanks" loading="lazy"></span><span>38</span></span></li>
										<li class='ipsReact_reactCount'><span data-ipsTooltip title="Like"><span><img src='{site}/uploads/reactions/react_like.png' alt="Like" loading="lazy"></span><span>5</span></span></li>
									</ul>
								</div>
							</div>
						</div>
						<ul class='ipsComment_controls ipsClearfix ipsItemControls_left'>
							<li><a href='#elShareItem_1948200318_menu' id='elShareItem_1948200318' data-ipsMenu class='ipsShareButton ipsButton ipsButton_verySmall ipsButton_link ipsButton_link--light'><span><i class='fa fa-share-alt'></i></span> &nbsp;Share</a>
								<div class='ipsPadding ipsMenu ipsMenu_normal ipsHide' id='elShareItem_1948200318_menu' data-controller="core.front.core.sharelink"><ul class='ipsList_inline'>{shares}</ul></div>
							</li>
						</ul>
					</div>
				</article>
				<div class='ipsSpacer_both ipsSpacer_half'><ul class='ipsList_inline ipsType_center ipsList_reset ipsList_noSpacing'><li class='ipsAdvertisement ipsResponsive_showDesktop ipsResponsive_inlineBlock ipsAreaBackground_light'><a href='{site}/index.php?app=core&amp;module=system&amp;controller=redirect&amp;do=advertisement&amp;ad=14' target='_blank' rel='nofollow noopener'><img src='{site}/uploads/monthly_2025_08/ashcombe-tearooms-728x90.png.e1c9.png' alt="Ashcombe Station Tea Rooms – cream teas served every running day" class='ipsImage ipsContained' loading="lazy"></a></li></ul></div>
				<div class='ipsGrid ipsGrid_collapsePhone ipsPager ipsClearfix ipsSpacer_top ipsContained'>
					<div class="ipsGrid_span6 ipsType_left ipsPager_prev"><a href="{site}/news/events/brenning-yard-open-day-raises-9400-r311/" title="Previous article" rel="prev"><span class="ipsPager_type">Previous article</span><span class="ipsPager_title ipsType_light ipsType_break">Brenning Yard open day raises £9,400 for the wheel lathe</span></a></div>
					<div class="ipsGrid_span6 ipsType_right ipsPager_next"><a href="{site}/news/events/volunteers-needed-autumn-steam-gala-r319/" title="Next article" rel="next"><span class="ipsPager_type">Next article</span><span class="ipsPager_title ipsType_light ipsType_break">Volunteers needed for the Autumn Steam Gala</span></a></div>
				</div>
				<div class='ipsResponsive_pull ipsBox ipsPadding ipsMargin_top'>
					<div id='comments' data-controller='core.front.core.commentFeed,core.front.core.ignoredComments' data-autoPoll data-baseURL='{url}' data-lastPage data-feedID='records12-318'>
						<h2 class='ipsType_sectionTitle ipsType_reset'>3 Comments</h2>
						<div data-role='commentFeed' data-controller='core.front.core.moderation'>{comments}
						</div>
					</div>
				</div>"""
    return ips_page(art, site, url, main)


def ips_page(art, site, url, main):
    title = e(art["title"])
    navs = "".join(
        f"""<li id='elNavSecondary_{n}' data-role="navBarItem" data-navApp="{app}" data-navExt="{ext}"{' class="ipsNavBar_active" data-active' if n == 2 else ""}><a href="{site}/{href}" data-navItem-id="{n}">{label}<span class='ipsNavBar_active__identifier'></span></a></li>"""
        for n, app, ext, href, label in (
            (1, "core", "CustomItem", "", "Home"),
            (2, "cms", "Pages", "news/", "News"),
            (3, "cms", "Pages", "timetable/", "Timetable &amp; fares"),
            (4, "calendar", "Calendar", "events/", "Events"),
            (5, "forums", "Forums", "forums/", "Members' forums"),
            (6, "cms", "Pages", "volunteer/", "Volunteer"),
            (7, "core", "CustomItem", "shop/", "Shop"),
        )
    )
    crumbs = "".join(
        f"""<li{' itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"'}><a title="{t}" href='{site}/{h}' itemprop="item"><span itemprop="name">{t} <i class='fa fa-angle-right'></i></span></a><meta itemprop="position" content="{n}"></li>"""
        for n, (t, h) in enumerate(
            (("Home", ""), ("News", "news/"), ("Locomotive news", "news/locomotives/")), 1
        )
    )
    data = {
        "@context": "http://schema.org",
        "@type": "Article",
        "url": url,
        "discussionUrl": url + "#comments",
        "mainEntityOfPage": url,
        "name": art["title"],
        "headline": art["title"],
        "dateCreated": "2025-09-12T17:30:00+0000",
        "datePublished": "2025-09-12T17:30:00+0000",
        "author": {
            "@type": "Person",
            "name": art["author"],
            "url": f"{site}/profile/12-gareth-pennock/",
        },
        "publisher": {"@id": f"{site}/#organization"},
        "commentCount": 3,
        "interactionStatistic": [
            {
                "@type": "InteractionCounter",
                "interactionType": "http://schema.org/ViewAction",
                "userInteractionCount": 1284,
            }
        ],
    }
    settings = json.dumps(
        {
            "cookie_path": "/",
            "cookie_prefix": "ips4_",
            "cookie_ssl": True,
            "essential_cookies": [
                "oauth_authorize",
                "member_id",
                "login_key",
                "clearAutosave",
                "lastSearch",
                "device_key",
                "IPSSessionFront",
                "loggedIn",
                "noCache",
                "hasJS",
                "cookie_consent",
                "cookie_consent_optional",
                "guestTermsDismissed",
                "language",
                "theme",
                "ipsTimezone",
            ],
            "upload_imgURL": "",
            "message_imgURL": "",
            "notification_imgURL": "",
            "baseURL": "//www.avrsociety.org.uk/",
            "jsURL": "//www.avrsociety.org.uk/applications/core/interface/js/js.php",
            "csrfKey": "5f1c0e9d8b7a6c4e3d2f1a0b9c8d7e6f",
            "antiCache": "7c2e4a91d0",
            "jsAntiCache": "7c2e4a91d0_1757001234",
            "disableNotificationSounds": True,
            "useCompiledFiles": True,
            "links_external": True,
            "memberID": 0,
            "lazyLoadEnabled": True,
            "blankImg": "//www.avrsociety.org.uk/applications/core/interface/js/spacer.png",
        }
    )
    return f"""<!DOCTYPE html>
<html lang="en-GB" dir="ltr">
	<head>
		<meta charset="utf-8">
		<title>{title} - Locomotive news - Ashcombe Valley Railway Society</title>
		<!--[if lt IE 9]><script src="//www.avrsociety.org.uk/applications/core/interface/html5shiv/html5shiv.js"></script><![endif]-->
		<script type="application/ld+json">{json.dumps(data)}</script>
		<meta name="viewport" content="width=device-width, initial-scale=1">
		<meta property="og:title" content="{title}">
		<meta property="og:type" content="website">
		<meta property="og:url" content="{url}">
		<meta name="description" content="The Ashcombe Valley Railway's oldest working locomotive, the 1924 saddle tank No. 4 Cotterill, moved under her own steam on Tuesday for the first time since 2014.">
		<meta property="og:updated_time" content="2025-09-13T08:02:11Z">
		<meta property="og:site_name" content="Ashcombe Valley Railway Society">
		<meta property="og:locale" content="en_GB">
		<link rel="canonical" href="{url}">
		<link rel="stylesheet" href="{site}/uploads/css_built_3/341e4a57816af3ba440d891ca87450ff_framework.css?v=7c2e4a91d01757001234" media="all">
		<link rel="stylesheet" href="{site}/uploads/css_built_3/05e81b71abe4f22d6eb8d1a929494829_responsive.css?v=7c2e4a91d01757001234" media="all">
		<link rel="stylesheet" href="{site}/uploads/css_built_3/90eb5adf50a8c640f633d47fd7eb1778_core.css?v=7c2e4a91d01757001234" media="all">
		<link rel="stylesheet" href="{site}/uploads/css_built_3/ec0c06d47f161faa24112e8cbf0665bc_records.css?v=7c2e4a91d01757001234" media="all">
		<script type='text/javascript'>var ipsDebug = false; var CKEDITOR_BASEPATH = '//www.avrsociety.org.uk/applications/core/interface/ckeditor/ckeditor/'; var ipsSettings = {settings};</script>
		<script type='text/javascript' src='{site}/uploads/javascript_global/root_library.js?v=7c2e4a91d01757001234' data-ips></script>
	</head>
	<body class='ipsApp ipsApp_front ipsJS_none ipsClearfix' data-controller='core.front.core.app' data-message="" data-pageApp='cms' data-pageLocation='front' data-pageModule='pages' data-pageController='page' data-pageID='4'>
		<a href='#ipsLayout_mainArea' class='ipsHide' title='Go to main content on this page' accesskey='m'>Jump to content</a>
		<div id='ipsLayout_header' class='ipsClearfix'>
			<header>
				<div class='ipsLayout_container'>
					<a href='{site}/' id='elLogo' accesskey='1'><img src="{site}/uploads/monthly_2023_02/avrs-logo.png.3d1c8f0e.png" alt='Ashcombe Valley Railway Society'></a>
					<ul id='elUserNav' class='ipsList_inline cSignedOut ipsResponsive_showDesktop'>
						<li id='elSignInLink'><a href='{site}/login/' data-ipsMenu-closeOnClick="false" data-ipsMenu id='elUserSignIn'>Existing user? Sign In &nbsp;<i class='fa fa-caret-down'></i></a></li>
						<li><a href='{site}/register/' data-ipsDialog data-ipsDialog-size='narrow' data-ipsDialog-title='Sign Up' id='elRegisterButton' class='ipsButton ipsButton_normal ipsButton_primary'>Sign Up</a></li>
					</ul>
					<ul class='ipsMobileHamburger ipsList_reset ipsResponsive_hideDesktop'><li data-ipsDrawer data-ipsDrawer-drawerElem='#elMobileDrawer'><a href='#'><i class='fa fa-navicon'></i></a></li></ul>
				</div>
			</header>
			<nav data-controller='core.front.core.navBar' class='ipsNavBar_noSubBars ipsResponsive_showDesktop'>
				<div class='ipsNavBar_primary ipsLayout_container ipsNavBar_noSubBars'>
					<ul data-role="primaryNavBar" class='ipsClearfix'>{navs}
						<li class='ipsHide' id='elNavigationMore' data-role='navMore'><a href='#' data-ipsMenu data-ipsMenu-appendTo='#elNavigationMore' id='elNavigationMore_dropdown'>More</a></li>
					</ul>
					<div id="elSearchWrapper">
						<div id='elSearch' data-controller="core.front.core.quickSearch">
							<form accept-charset='utf-8' action='//www.avrsociety.org.uk/search/?do=quicksearch' method='post'>
								<input type='search' id='elSearchField' placeholder='Search...' name='q' autocomplete='off' aria-label='Search'>
								<button class='cSearchSubmit' type="submit" aria-label='Search'><i class="fa fa-search"></i></button>
							</form>
						</div>
					</div>
				</div>
			</nav>
		</div>
		<main id='ipsLayout_body' class='ipsLayout_container'>
			<div id='ipsLayout_contentArea'>
				<div id='ipsLayout_contentWrapper'>
					<nav class='ipsBreadcrumb ipsBreadcrumb_top ipsFaded_withHover'>
						<ul data-role="breadcrumbList" itemscope itemtype="http://schema.org/BreadcrumbList">{crumbs}<li>{title}</li></ul>
					</nav>
					<div id='ipsLayout_mainArea'>{main}
{ips_guest_teaser(site)}
					</div>
				</div>{ips_widgets()}
			</div>
		</main>
{ips_footer(site)}
	</body>
</html>
"""


def ips_guest_teaser(site):
    return f"""				<div class='ipsBox ipsPadding ipsResponsive_pull ipsMargin_top' data-role='replyArea'>
					<div class='cGuestTeaser'>
						<h2 class='ipsType_pageTitle'>Create an account or sign in to comment</h2>
						<p class='ipsType_large ipsType_reset ipsType_richText ipsType_light'>You need to be a member in order to leave a comment</p>
						<div class='ipsBox ipsPad ipsSpacer_top'>
							<div class='ipsGrid ipsGrid_collapsePhone'>
								<div class='ipsGrid_span6 cGuestTeaser_left'>
									<h2 class='ipsType_sectionHead'>Create an account</h2>
									<p class='ipsType_normal ipsType_reset ipsType_light ipsSpacer_bottom'>Sign up for a new account in our community. It's easy!</p>
									<a href='{site}/register/' class='ipsButton ipsButton_primary ipsButton_small' data-ipsDialog data-ipsDialog-size='narrow' data-ipsDialog-title='Sign Up'>Register a new account</a>
								</div>
								<div class='ipsGrid_span6 cGuestTeaser_right'>
									<h2 class='ipsType_sectionHead'>Sign in</h2>
									<p class='ipsType_normal ipsType_reset ipsType_light ipsSpacer_bottom'>Already have an account? Sign in here.</p>
									<a href='{site}/login/?ref=aHR0cHM6Ly93d3cuYXZyc29jaWV0eS5vcmcudWsvbmV3cy8=' data-ipsDialog data-ipsDialog-size='medium' data-ipsDialog-remoteVerify="false" data-ipsDialog-title="Sign In Now" class='ipsButton ipsButton_primary ipsButton_small'>Sign In Now</a>
								</div>
							</div>
						</div>
					</div>
				</div>
				<div class='ipsResponsive_showDesktop ipsMargin_top'>
					<nav class='ipsBreadcrumb ipsBreadcrumb_bottom ipsFaded_withHover'>
						<ul class='ipsList_inline ipsPos_right'><li><a data-ipsTooltip rel="nofollow" data-ipsMenu data-ipsMenu-closeOnClick="false" href='#elRSS' id='elRSS' title='Available RSS feeds and lists'><i class='fa fa-rss'></i></a></li><li><a href='{site}/discover/'><i class="fa fa-newspaper-o" aria-hidden="true"></i> <span>All Activity</span></a></li></ul>
						<ul><li><a title="Home" href='{site}/'><span><i class='fa fa-home'></i> Home <i class='fa fa-angle-right'></i></span></a></li><li><a href='{site}/news/'><span>News <i class='fa fa-angle-right'></i></span></a></li><li><a href='{site}/news/locomotives/'><span>Locomotive news <i class='fa fa-angle-right'></i></span></a></li><li>Cotterill back in steam after an eleven-year overhaul</li></ul>
					</nav>
				</div>"""


def ips_footer(site):
    links = "".join(
        f"<li><a href='{site}/{h}'>{t}</a></li>"
        for t, h in (
            ("Theme", "theme/"),
            ("Contact Us", "contact/"),
            ("Privacy Policy", "privacy/"),
            ("Cookies", "cookies/"),
            ("Terms of Use", "terms/"),
        )
    )
    return f"""		<footer id='ipsLayout_footer' class='ipsClearfix'>
			<div class='ipsLayout_container'>
				<div class='avrs-footer ipsGrid ipsGrid_collapsePhone'>
					<div class='ipsGrid_span6'>
						<h3>Find us</h3>
						<p>Brenning Station, Station Approach, Brenning, AS7 4RB. The booking office is open from 9.30am on every running day, and the car park is free for passengers.</p>
					</div>
					<div class='ipsGrid_span6'>
						<h3>About the society</h3>
						<p>The Ashcombe Valley Railway Society Ltd is a company limited by guarantee and a registered charity. The railway is run and maintained by more than 400 volunteers.</p>
					</div>
				</div>
				<ul id='elFooterSocialLinks' class='ipsList_inline ipsType_center ipsSpacer_top'><li class='cUserNav_icon'><a href='https://www.facebook.com/ashcombevalleyrailway' class='cShareLink cShareLink_facebook' target='_blank' data-ipsTooltip title='Facebook' rel='noopener noreferrer'><i class='fa fa-facebook'></i></a></li><li class='cUserNav_icon'><a href='https://www.youtube.com/@ashcombevalleyrailway' class='cShareLink cShareLink_youtube' target='_blank' data-ipsTooltip title='YouTube' rel='noopener noreferrer'><i class='fa fa-youtube-play'></i></a></li></ul>
				<ul class='ipsList_inline ipsType_center ipsSpacer_top' id="elFooterLinks">{links}</ul>
				<p id='elCopyright'>
					<span id='elCopyright_userLine'>Copyright © 2025 Ashcombe Valley Railway Society Ltd. All photographs are the copyright of their owners and may not be reused without permission.</span>
					<a rel='nofollow' title='Invision Community' href='https://www.invisioncommunity.com/'>Powered by Invision Community</a>
				</p>
			</div>
		</footer>
		<div id='elGuestTerms' class='ipsPad ipsJS_hide' data-role='guestTermsBar' data-controller='core.front.core.guestTerms'>
			<div class='ipsLayout_container cGuestTerms'>
				<div class='ipsGrid ipsGrid_collapsePhone'>
					<div class='ipsGrid_span10 cGuestTerms_contents'>
						<h2 class='ipsType_sectionTitle ipsType_reset ipsType_large'>Important Information</h2>
						<p class='ipsType_reset ipsType_medium cGuestTerms_contents'>We have placed <a href='{site}/cookies/'>cookies</a> on your device to help make this website better. You can <a href='{site}/cookies/'>adjust your cookie settings</a>, otherwise we'll assume you're okay to continue.</p>
					</div>
					<div class='ipsGrid_span2 cGuestTerms_dismiss'>
						<a href='{site}/index.php?app=core&amp;module=system&amp;controller=terms&amp;do=dismiss' rel='nofollow' data-action="dismissTerms" class="ipsButton ipsButton_veryLight ipsButton_large ipsButton_fullWidth"><i class='fa fa-check'></i>&nbsp; I accept</a>
					</div>
				</div>
			</div>
		</div>
		<div id='elMobileDrawer' class='ipsDrawer ipsHide'>
			<div class='ipsDrawer_menu'>
				<a href='#' class='ipsDrawer_close' data-action='close'><span>&times;</span></a>
				<div class='ipsDrawer_content ipsFlex ipsFlex-fd:column'>
					<ul class='ipsToolList ipsToolList_vertical ipsPadding'><li class='ipsFlex-flex:11'><a href='{site}/login/' id='elSigninButton_mobile' class='ipsButton ipsButton_light ipsButton_small ipsButton_fullWidth'>Existing user? Sign In</a></li><li class='ipsFlex-flex:11'><a href='{site}/register/' class='ipsButton ipsButton_small ipsButton_fullWidth ipsButton_important'>Sign Up</a></li></ul>
				</div>
			</div>
		</div>
		<script type='text/javascript' src='{site}/uploads/javascript_global/root_framework.js?v=7c2e4a91d01757001234' data-ips></script>
		<script type='text/javascript' src='{site}/uploads/javascript_core/front_front_core.js?v=7c2e4a91d01757001234' data-ips></script>
		<script type='text/javascript' src='{site}/uploads/javascript_cms/front_front_records.js?v=7c2e4a91d01757001234' data-ips></script>
		<script type='text/javascript'>ips.setSetting( 'date_format', jQuery.parseJSON('"dd\\/mm\\/yy"') );ips.setSetting( 'date_first_day', jQuery.parseJSON('0') );ips.setSetting( 'ipb_url_filter_option', jQuery.parseJSON('"none"') );ips.setSetting( 'url_filter_any_action', jQuery.parseJSON('"allow"') );ips.setSetting( 'bypass_profanity', jQuery.parseJSON('0') );ips.setSetting( 'emoji_style', jQuery.parseJSON('"native"') );</script>"""


LAYOUTS_H36A = {
    "h36-01-valleybus": ("h36_a1", discourse),
    "h36-02-pidgin": ("h36_a2", phpbb),
    "h36-03-railway": ("h36_a3", invision),
}
