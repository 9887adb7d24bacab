"""Layouts of the frozen held-out group "h33" of the extraction benchmark, pages h33-07 to h33-09.

Written at the start of round 30 by someone other than the person tuning the reader and
without reading the reader or its output on these pages; never used for tuning
(docs/benchmarks-extraction.md). Fictional pages in English, on platform variants not
used by h2-h32 (Wagtail, django CMS and Adobe Experience Manager themselves appear in
h18, h22 and h20, there with plain StreamField templates, djangocms-blog and AEM core
components): an English mountain rescue team's news post on Wagtail with CodeRed CMS
(Wagtail CRX 4 on Bootstrap 5: ``crx-articlepage`` body class, ``navbar`` snippet with
dropdowns, ``crx-article`` with the ``article-body`` StreamField of ``crx-grid`` rows
whose rich-text blocks keep Wagtail's ``data-block-key`` attributes, an HTML block, a
card block and button blocks, the "Related" mini-view cards, ``django_comments`` under
the post, a content-wall modal whose StreamField renders as ``block-`` divs, a footer
snippet and a Civic Cookie Control notice); an English nonprofit newsroom's story on
django CMS 4 with djangocms-frontend (``menu`` / ``breadcrumb`` / ``language_chooser``
template tags with ``child ancestor`` / ``child sibling`` classes, the story a
placeholder of plugins: text plugins that write bare ``<p>``, ``<h2>`` and ``<ul>``
elements straight into a grid column between a ``figure`` plugin, a snippet plugin with
an advert and a card plugin; a static alias for the footer); and an English regional
paper's story on Adobe Experience Manager with Edge Delivery Services, saved after the
page was decorated (``header`` / ``footer`` blocks loaded from fragments, ``main`` of
``section`` elements with ``data-section-status``, ``default-content-wrapper`` divs,
``*-wrapper`` > ``* block`` elements with ``data-block-name`` / ``data-block-status``,
automatic heading ids, ``<picture>`` images with an italic caption paragraph, a
newsletter fragment inside the body, a ``cards`` block, a Viafoura comments block and a
Quantcast Choice consent dialog).
"""

from __future__ import annotations

import html
import json
import re

from page_parts import lis, paras

e = html.escape


def ld(data):
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def slug(text):
    """A heading id as Edge Delivery Services writes it (punctuation dropped, spaces to hyphens)."""
    return re.sub(r"\s", "-", re.sub(r"[^\w\s-]", "", text.lower()).strip())


def rescue(art):
    """Wagtail CRX (CodeRed CMS) article page: StreamField rows of rich-text blocks."""
    site = "https://www.fellsidemrt.example"
    url = f"{site}/news/2024-annual-report-record-call-outs/"
    ps = art["paragraphs"]

    def key(i):
        n = (i + 3) * 48271 % 2147483647
        out = ""
        for _ in range(5):
            n, r = divmod(n, 36)
            out += "0123456789abcdefghijklmnopqrstuvwxyz"[r]
        return out

    def rich(start, stop, css=""):
        out: list[str] = []
        items: list[str] = []
        for i in range(start, stop):
            p = ps[i]
            if p.startswith("- "):
                items.append(f'<li data-block-key="{key(i)}">{e(p[2:])}</li>')
                continue
            if items:
                out.append("<ul>" + "".join(items) + "</ul>")
                items = []
            if p.startswith("## "):
                out.append(f'<h2 data-block-key="{key(i)}">{e(p[3:])}</h2>')
            elif p.startswith("Update, "):
                out.append(f'<p data-block-key="{key(i)}"><i>{e(p)}</i></p>')
            else:
                out.append(f'<p data-block-key="{key(i)}">{e(p)}</p>')
        if items:
            out.append("<ul>" + "".join(items) + "</ul>")
        return f'<div class="{css}">\n' + "".join(out) + "\n</div>"

    img = f'<img src="{site}/media/images/raven-crag-stretcher.max-1600x1600.format-webp.webp" class="img-fluid " alt="Raven Crag stretcher carry">'
    caption = '<div class="photo-caption small text-muted">\n<p data-block-key="cap01"><i>Team members carry a casualty down from Raven Crag during a night call-out in November. Photo: Fellside MRT / Tom Ainsworth</i></p>\n</div>'
    advert = f'<div class="sponsor-slot text-center my-4">\n<p class="sponsor-label small text-uppercase text-muted mb-1">Advertisement</p><a href="https://kirkbeckoutdoor.example/?utm_source=fellsidemrt&amp;utm_medium=banner" rel="sponsored noopener" target="_blank"><img src="{site}/media/sponsors/kirkbeck-outdoor-728x90.webp" width="728" height="90" alt="Kirkbeck Outdoor: boots, maps and head torches for the fells. 10% off for team supporters."></a>\n</div>'
    readalso = f'<div class="">\n<p data-block-key="ra001"><b>Read also:</b> <a href="{site}/news/winter-walking-kit-list/">Our winter kit list: what to carry on short days on the fells</a></p>\n</div>'
    appeal = f'<div class="card mb-3 bg-light" id="base-appeal">\n  <img class="card-img-top w-100" src="{site}/media/images/base-site-kirkbeck.2e16d0ba.fill-800x450.format-webp.webp" alt="Base site at Kirkbeck">\n  <div class="card-body">\n    <h5 class="card-title">New base appeal</h5>\n    <h6 class="card-subtitle mb-2 text-muted">£380,000 still to raise</h6>\n    <div class="card-text"><p data-block-key="ap001">Every pound you give goes towards a drying room, a garage for both vehicles and a training room for our volunteers.</p></div>\n    <a href="{site}/support-us/base-appeal/" title="Give to the base appeal" class="btn btn-danger ">Give to the appeal</a>\n  </div>\n</div>'
    buttons = f'<a href="{site}/documents/41/FMRT-annual-report-2024.pdf" title="Download the annual report" class="btn btn-outline-dark ">Download the 2024 annual report (PDF, 3.8 MB)</a>\n<a href="{site}/call-outs/" title="Call-out log" class="btn btn-link ">See every call-out on our log</a>'

    def row(*cols):
        inner = "\n".join(f'<div class="col{c} ">\n{body}\n</div>' for c, body in cols)
        return f'<div class="container crx-grid" >\n  <div class="row ">\n{inner}\n  </div>\n</div>'

    body = "\n".join(
        [
            row(
                (
                    "-lg-12",
                    "\n".join(
                        [rich(0, 2), img, caption, rich(2, 6), advert, readalso, rich(6, 10)]
                    ),
                )
            ),
            row(("-md-8", rich(10, 13)), ("-md-4", appeal)),
            row(("-lg-12", buttons + "\n" + rich(13, 14))),
        ]
    )

    def menu(title, href, subs=(), active=False):
        if not subs:
            return f'<li class="nav-item "><a href="{site}{href}" class="nav-link  {"active" if active else ""} " data-ga-event-label="{title}" data-ga-event-category="Navbar">{title}</a></li>'
        sub = "".join(
            f'<li class=""><a href="{site}{h}" class="dropdown-item   " >{t}</a></li>'
            for t, h in subs
        )
        return f'<li class="nav-item dropdown"><a href="{site}{href}" class="nav-link dropdown-toggle {"active" if active else ""} " data-bs-toggle="dropdown" role="button" aria-haspopup="true" aria-expanded="false" data-ga-event-category="Navbar">{title}</a><ul class="dropdown-menu">{sub}</ul></li>'

    nav = "".join(
        [
            menu(
                "About us",
                "/about/",
                [
                    ("The team", "/about/team/"),
                    ("Our area", "/about/area/"),
                    ("Vehicles and kit", "/about/kit/"),
                    ("Join the team", "/about/join/"),
                ],
            ),
            menu("Call-outs", "/call-outs/"),
            menu("News", "/news/", active=True),
            menu(
                "Staying safe",
                "/staying-safe/",
                [
                    ("Plan your walk", "/staying-safe/plan/"),
                    ("Winter on the fells", "/staying-safe/winter/"),
                    ("What3words and grid references", "/staying-safe/location/"),
                ],
            ),
            menu(
                "Support us",
                "/support-us/",
                [
                    ("Donate", "/support-us/donate/"),
                    ("Base appeal", "/support-us/base-appeal/"),
                    ("Fundraise for us", "/support-us/fundraise/"),
                    ("Leave a gift in your will", "/support-us/legacies/"),
                ],
            ),
            menu("Shop", "/shop/"),
            menu("Contact", "/contact/"),
        ]
    )
    related = "".join(
        f'<div class="col-sm-6 col-lg-4">\n<div class="card mb-3 h-100">\n  <a href="{site}/news/{h}/" title="{e(t)}"><img class="card-img-top w-100" src="{site}/media/images/{h}.fill-800x450.format-webp.webp" alt="{e(t)}"></a>\n  <div class="card-body">\n    <h3 class="h5 card-title"><a href="{site}/news/{h}/">{e(t)}</a></h3>\n    <p class="card-text"><i>{d}</i></p>\n    <p class="card-text">{e(x)}</p>\n  </div>\n</div>\n</div>'
        for h, t, d, x in [
            (
                "winter-walking-kit-list",
                "Our winter kit list for short days",
                "Dec. 2, 2024",
                "A head torch with spare batteries is the single most useful thing you can carry in winter. Here is the rest of the list our members pack for a day out.",
            ),
            (
                "new-recruits-pass-assessment",
                "Five new recruits pass their assessment",
                "Nov. 18, 2024",
                "After eighteen months of training, five trainees are now full team members and will join the call-out rota from December.",
            ),
            (
                "christmas-collection-dates",
                "Christmas collection dates in the valley",
                "Nov. 4, 2024",
                "Look out for team members with buckets at the Kirkbeck and Thornsett supermarkets on the first three Saturdays of December.",
            ),
        ]
    )
    comments = "".join(
        f'<dt id="c{cid}">{d} - {e(n)}</dt>\n<dd>\n<p>{e(t)}</p>\n</dd>\n'
        for cid, d, n, t in [
            (
                "318",
                "Jan. 20, 2025, 7:42 p.m.",
                "Margaret Lund",
                "Thank you all for what you do. You found my husband on Black Scar in October after he twisted his knee, and we will never forget how kind everyone was.",
            ),
            (
                "319",
                "Jan. 21, 2025, 8:15 a.m.",
                "Pete (Thornsett)",
                "Record numbers and all of it done by volunteers. I have set up a monthly donation today and I would urge anyone who walks here to do the same.",
            ),
            (
                "321",
                "Jan. 21, 2025, 12:03 p.m.",
                "D. Airey",
                "The point about phone batteries is spot on. A cheap power bank weighs next to nothing and could save the team a night out looking for you.",
            ),
        ]
    )
    return f"""<!doctype html>
<html prefix="og: http://ogp.me/ns#" lang="en-gb">

<head>
  <!-- Google Tag Manager -->
  <script>
    (function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':
    new Date().getTime(),event:'gtm.js'}});var f=d.getElementsByTagName(s)[0],
    j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=
    'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
    }})(window,document,'script','dataLayer','GTM-F3LL51D');
  </script>
  <!-- End Google Tag Manager -->
  <script>
    cr_site_url = "{site}";
    cr_version = "4.1.1";
    cr_external_new_tab = true;
  </script>

  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(art["title"])} | Fellside Mountain Rescue Team</title>
  <link rel="canonical" href="{url}">
  <meta name="description" content="Our annual report for 2024 is out. The team was called out 142 times, more than in any year since it was founded.">
  <meta name="author" content="{e(art["author"])}">
  <meta property="og:title" content="{e(art["title"])}">
  <meta property="og:description" content="Our annual report for 2024 is out.">
  <meta property="og:image" content="{site}/media/images/annual-report-cover.original.png">
  <meta property="og:site_name" content="Fellside Mountain Rescue Team">
  <meta property="og:url" content="{url}">
  <meta property="og:type" content="article">
  <meta property="article:published_time" content="{art["date"]}T17:30:00+00:00">
  <meta name="twitter:card" content="summary_large_image">
  <meta name="twitter:site" content="@FellsideMRT">
  <link rel="stylesheet" href="{site}/static/coderedcms/vendor/bootstrap/dist/css/bootstrap.min.css?v=4.1.1">
  <link rel="stylesheet" href="{site}/static/coderedcms/css/crx-front.min.css?v=4.1.1">
  <link rel="stylesheet" href="{site}/static/website/css/custom.css">
  <link rel="icon" type="image/webp" href="{site}/media/images/fmrt-badge.2e16d0ba.fill-256x256.format-webp.webp">
  <link rel="apple-touch-icon" href="{site}/media/images/fmrt-badge.2e16d0ba.fill-180x180.format-png.png">
</head>

<body class="crx-articlepage parent-page-6 " id="page-214">
  <noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-F3LL51D" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
  <a class="visually-hidden-focusable" href="#content">Skip navigation</a>

  <div class="emergency-strip bg-danger text-white text-center small py-1">
    <p class="mb-0"><strong>In an emergency</strong> dial 999, ask for Police, then Mountain Rescue. If you cannot call, register with emergencySMS before you set out.</p>
  </div>

<nav class="navbar navbar-expand-lg navbar-light bg-light">
  <div class="container">
    <a class="navbar-brand" href="/">
      <img src="{site}/media/original_images/fmrt-logo.svg" alt="Fellside Mountain Rescue Team">
    </a>
    <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#navbar"
      aria-controls="navbar" aria-expanded="false" aria-label="Toggle navigation">
      <span class="navbar-toggler-icon"></span>
    </button>
    <div class="collapse navbar-collapse" id="navbar">
      <ul class="navbar-nav me-auto" id="main-menu">
        {nav}
      </ul>
      <ul class="navbar-nav " id="donate-menu">
        <li class="nav-item "><a href="{site}/support-us/donate/" class="nav-link   btn btn-danger text-white ms-lg-2" data-ga-event-label="Donate" data-ga-event-category="Navbar">Donate</a></li>
      </ul>
      <form class="d-flex ms-auto" role="search" action="/search/" method="GET">
        <input type="text" name="s" placeholder="Search" class="form-control" id="id_s">
        <button class="btn btn-outline-primary ms-2" type="submit">Search</button>
      </form>
    </div>
  </div>
</nav>

<div class="navbar-fixed-offset navbar-expand-lg"></div>

  <div id="content">
<article class="crx-article">
  <div class="container my-4 text-center">
    <h1>{e(art["title"])}</h1>
    <p class="lead">Our annual report for 2024 is out, and it was a year like no other.</p>
    <p>
      <img class="article-author-img rounded-circle me-2" src="{site}/media/avatars/bhaigh.png">
      <span class="article-author">{e(art["author"])}</span>
      <span class="mx-2">&bull;</span>
      <span class="article-date">Jan. 20, 2025</span>
    </p>
  </div>
  <div class="container mb-5">
    <img src="{site}/media/images/annual-report-cover.2e16d0ba.fill-1600x900.format-webp.webp" class="w-100">
  </div>
  <div class="container mx-auto article-body">
{body}
  </div>

  <div class="container my-4 crx-share">
    <p class="mb-1"><strong>Share this post</strong></p>
    <a class="btn btn-sm btn-outline-secondary" href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" rel="noopener">Facebook</a>
    <a class="btn btn-sm btn-outline-secondary" href="https://x.com/intent/tweet?url={url}" target="_blank" rel="noopener">X</a>
    <a class="btn btn-sm btn-outline-secondary" href="https://wa.me/?text={url}" target="_blank" rel="noopener">WhatsApp</a>
    <a class="btn btn-sm btn-outline-secondary" href="mailto:?subject=Call-outs%20hit%20a%20record&amp;body={url}">Email</a>
    <button class="btn btn-sm btn-outline-secondary" type="button" data-copy="{url}">Copy link</button>
  </div>
  <div class="container my-2">
    <p class="small">Filed under: <a class="badge bg-secondary text-decoration-none" href="{site}/news/?c=annual-reports">Annual reports</a> <a class="badge bg-secondary text-decoration-none" href="{site}/news/?c=call-outs">Call-outs</a> <a class="badge bg-secondary text-decoration-none" href="{site}/news/?c=base-appeal">Base appeal</a></p>
  </div>

  <div class="container">
    <h2 class="text-center my-5">Related</h2>
    <div class="row g-4">
{related}
    </div>
  </div>

  <div class="container my-5" id="comments">
    <h2 class="h4">3 comments</h2>
<dl id="comments-list">
{comments}</dl>
    <h3 class="h5 mt-4">Leave a comment</h3>
    <p class="small text-muted">Comments are checked by a volunteer before they appear. Please do not use the comments to report an emergency: dial 999.</p>
    <form action="/comments/post/" method="post" class="crx-comment-form">
      <input type="hidden" name="csrfmiddlewaretoken" value="pL4Jw2Yx0yq5d9c8uKf7">
      <div class="mb-3"><label class="form-label" for="id_name">Name</label><input type="text" name="name" maxlength="50" class="form-control" required id="id_name"></div>
      <div class="mb-3"><label class="form-label" for="id_email">Email address</label><input type="email" name="email" maxlength="254" class="form-control" required id="id_email"></div>
      <div class="mb-3"><label class="form-label" for="id_comment">Comment</label><textarea name="comment" cols="40" rows="6" maxlength="3000" class="form-control" required id="id_comment"></textarea></div>
      <p style="display:none;"><label for="id_honeypot">If you enter anything in this field your comment will be treated as spam</label> <input type="text" name="honeypot" id="id_honeypot"></p>
      <input type="hidden" name="content_type" value="website.articlepage" id="id_content_type"><input type="hidden" name="object_pk" value="214" id="id_object_pk">
      <button type="submit" name="post" class="btn btn-primary">Post</button> <button type="submit" name="preview" class="btn btn-outline-secondary">Preview</button>
    </form>
  </div>
</article>
  </div>

  <div id="content-walls">
<div class="modal fade content-wall " tabindex="-1" role="dialog" data-cr-wall-id="2"
   data-cr-wall-showonce="true" id="newsletter-wall">
  <div class="modal-dialog modal-lg" role="document">
    <div class="modal-content">
      <div class="modal-header">
        <button type="button" class="btn-close" data-bs-dismiss="modal" title="Close" aria-label="Close"></button>
      </div>
      <div class="modal-body">
        <div class="block-text"><h2 data-block-key="nw001">Fell Notes, once a month</h2><p data-block-key="nw002">Get our call-out round-up, safety advice for the season and news of events in the valley straight to your inbox. We never share your address and you can unsubscribe at any time.</p></div>
        <div class="block-html"><form action="https://fellsidemrt.us21.list-manage.example/subscribe/post?u=8a1f&amp;id=4c2e" method="post" class="d-flex gap-2"><input type="email" name="EMAIL" class="form-control" placeholder="Email address" required><button class="btn btn-primary" type="submit">Sign up</button></form></div>
      </div>
    </div>
  </div>
</div>
  </div>

<footer>
  <div id="footer-main" class="bg-dark text-light py-5">
    <div class="container crx-grid" >
      <div class="row ">
        <div class="col-md-4 "><div class=""><h3 data-block-key="ft001">Fellside Mountain Rescue Team</h3><p data-block-key="ft002">We are a team of forty unpaid volunteers on call day and night, every day of the year, to help anyone lost or hurt in the fells around Kirkbeck and Thornsett.</p></div></div>
        <div class="col-md-4 "><div class=""><p data-block-key="ft003"><b>Registered charity in England and Wales no. 1102745.</b> Member of Mountain Rescue England and Wales.</p><p data-block-key="ft004">Team base: Old Station Garage, Mill Lane, Kirkbeck. This is not an emergency number.</p></div></div>
        <div class="col-md-4 "><ul class="nav flex-column"><li class="nav-item"><a class="nav-link text-light" href="{site}/privacy/">Privacy notice</a></li><li class="nav-item"><a class="nav-link text-light" href="{site}/cookies/">Cookies</a></li><li class="nav-item"><a class="nav-link text-light" href="{site}/accessibility/">Accessibility</a></li><li class="nav-item"><a class="nav-link text-light" href="https://www.facebook.com/FellsideMRT">Facebook</a></li><li class="nav-item"><a class="nav-link text-light" href="https://www.instagram.com/fellsidemrt">Instagram</a></li></ul></div>
      </div>
    </div>
  </div>
  <div id="footer-credit" class="bg-black text-secondary small py-2"><div class="container"><p class="mb-0">&copy; 2025 Fellside Mountain Rescue Team. Website built with <a href="https://www.coderedcorp.com/cms/" class="text-secondary">Wagtail CRX</a>.</p></div></div>
</footer>

  <div id="ccc" role="region" aria-label="Cookie Control">
    <div id="ccc-notify" class="ccc-notify ccc-notify__bottom" role="dialog" aria-labelledby="ccc-notify-title">
      <div class="ccc-notify-text">
        <h3 id="ccc-notify-title">This site uses cookies to store information on your computer.</h3>
        <p>Some of these cookies are essential, while others help us to improve your experience by telling us how the site is being used. You can choose which optional cookies we set.</p>
      </div>
      <div class="ccc-notify-buttons">
        <button class="ccc-notify-button ccc-link ccc-tabbable ccc-accept-button"><span>Accept all</span></button>
        <button class="ccc-notify-button ccc-link ccc-tabbable ccc-reject-button"><span>Reject optional</span></button>
        <button class="ccc-notify-button ccc-link ccc-tabbable ccc-notify-link"><span>Cookie preferences</span></button>
      </div>
    </div>
  </div>

  <script src="{site}/static/coderedcms/vendor/bootstrap/dist/js/bootstrap.bundle.min.js?v=4.1.1"></script>
  <script src="{site}/static/coderedcms/js/crx-front.min.js?v=4.1.1"></script>
  <script src="https://cc.cdn.civiccomputing.com/9/cookieControl-9.x.min.js"></script>
  <script src="{site}/static/website/js/cookie-control-config.js"></script>
  {ld({"@context": "http://schema.org", "@type": "Article", "headline": art["title"], "datePublished": art["date"] + "T17:30:00+00:00", "author": {"@type": "Person", "name": art["author"]}, "publisher": {"@type": "Organization", "name": "Fellside Mountain Rescue Team"}, "mainEntityOfPage": url})}
  {ld({"@context": "http://schema.org", "@type": "NGO", "name": "Fellside Mountain Rescue Team", "url": site})}
</body>

</html>
"""


def nonprofit(art):
    """django CMS 4 with djangocms-frontend: text plugins write bare blocks into a grid column."""
    site = "https://marlowcurrent.example"
    url = f"{site}/en/criminal-justice/county-cuts-jail-phone-rates/"
    ps = art["paragraphs"]
    figure = f'<figure class="figure mb-4"><img class="img-fluid figure-img" src="{site}/media/filer_public_thumbnails/filer_public/7c/2e/7c2e91d4/beckett-calls-home.jpg__1200x800_q85_subsampling-2.jpg" alt="Lorraine Beckett holds a phone bill at her kitchen table" width="1200" height="800" loading="lazy"><figcaption class="figure-caption">Lorraine Beckett, a founder of Calls Home Marlow, at her kitchen table in Eastfield on June 19. Photo: Jesús Ortega for the Marlow Current</figcaption></figure>'
    advert = '<div class="sponsor-message border-top border-bottom py-3 my-4 text-center"><p class="text-uppercase small text-body-secondary mb-2">Advertisement</p><a href="https://marlowccu.example/?utm_source=marlowcurrent" rel="sponsored noopener" target="_blank"><img src="https://marlowcurrent.example/media/sponsors/marlow-ccu-300x250.png" width="300" height="250" alt="Marlow Community Credit Union. Checking with no monthly fees, right here in Marlow County."></a></div>'
    readalso = f'<p><strong>Read also:</strong> <a href="{site}/en/criminal-justice/jail-commissary-prices/">Inside the Marlow County jail, a bag of chips costs $3.40</a></p>'
    donate = f'<div class="card text-bg-light border-0 my-4"><div class="card-body"><h5 class="card-title">This story was free to read. It was not free to report.</h5><p class="card-text">The Marlow Current spent months reading county contracts to bring you this story. We are a nonprofit, and readers like you pay for most of our work. Give today and your gift will be matched up to $25,000.</p><a href="{site}/en/donate/?utm_campaign=inline-story" class="btn btn-primary">Donate now</a> <a href="{site}/en/membership/" class="btn btn-link">Become a member</a></div></div>'
    body = "\n".join(
        [
            paras(art, stop=2),
            figure,
            paras(art, start=2, stop=6),
            advert,
            readalso,
            paras(art, start=6, stop=11),
            donate,
            paras(art, start=11, stop=14),
            f"<hr>\n<p><em>{e(ps[14])}</em></p>",
        ]
    )
    nav = "".join(
        f'<li class="nav-item child{" ancestor" if t == "Criminal justice" else " sibling"}"><a class="nav-link{" active" if t == "Criminal justice" else ""}" href="{site}/en/{h}/">{t}</a></li>'
        for t, h in [
            ("Government", "government"),
            ("Criminal justice", "criminal-justice"),
            ("Education", "education"),
            ("Housing", "housing"),
            ("Environment", "environment"),
            ("Data", "data"),
            ("En español", "es"),
        ]
    )
    most_read = lis(
        [
            "Eastfield school board delays vote on four-day week",
            "How Marlow County spends $412,000 a year in jail phone money",
            "Landlords owe the county $1.1 million in unpaid water bills",
            "Where to find free summer meals for kids in Marlow County",
            "A new bus line to the county hospital starts in September",
        ],
        '<li class="mb-2"><a class="link-dark" href="#">{}</a></li>',
    )
    related = "".join(
        f'<div class="col-md-4"><div class="card h-100 border-0"><img class="card-img-top" src="{site}/media/filer_public_thumbnails/related-{i}.jpg__600x400_q85.jpg" alt=""><div class="card-body px-0"><p class="small text-uppercase text-body-secondary mb-1">{k}</p><h3 class="h5 card-title"><a class="stretched-link link-dark" href="{site}/en/{h}/">{e(t)}</a></h3><p class="card-text">{e(x)}</p></div></div></div>'
        for i, (k, h, t, x) in enumerate(
            [
                (
                    "Criminal justice",
                    "criminal-justice/jail-commissary-prices",
                    "Inside the Marlow County jail, a bag of chips costs $3.40",
                    "Families say prices at the jail store have doubled since a private company took over in 2022. The county says it has no say over what the company charges.",
                ),
                (
                    "Government",
                    "government/commission-budget-hearings",
                    "What to watch at the county's budget hearings this summer",
                    "Commissioners will have less money to spend next year. Here is what is on the table and how you can speak at the hearings in July.",
                ),
                (
                    "Criminal justice",
                    "criminal-justice/pretrial-detention-data",
                    "Half of the people in the county jail have not been convicted",
                    "Our analysis of booking records found that the average stay before trial has grown from 41 days to 73 days in five years.",
                ),
            ],
            1,
        )
    )
    responses = "".join(
        f'<article class="reader-response border-bottom py-3"><p class="mb-1"><strong>{e(n)}</strong> <span class="text-body-secondary small">{w} · {d}</span></p><p class="mb-0">{e(t)}</p></article>'
        for n, w, d, t in [
            (
                "Tanya R.",
                "Eastfield",
                "June 26, 2025",
                "My brother called us every night for six months and we went without a lot to pay for it. Seven cents is still too much, but it is a real change and I am grateful to the families who kept showing up.",
            ),
            (
                "Gordon Feld",
                "Marlow",
                "June 27, 2025",
                "The commission should say now where the lost $412,000 will come from. I support the change, but I do not want to read next year that it came out of the library budget.",
            ),
            (
                "Ana Lucía Reyes",
                "Northgate",
                "June 27, 2025",
                "Thank you for reporting this for two years when nobody else did. I just became a monthly member.",
            ),
        ]
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{e(art["title"])} – Marlow Current</title>
    <meta name="description" content="Calls from the county jail will cost 7 cents a minute from August 1 after a two-year campaign by families.">
    <link rel="canonical" href="{url}">
    <link rel="alternate" hreflang="es" href="{site}/es/justicia-penal/condado-reduce-tarifas-telefonicas-carcel/">
    <meta property="og:type" content="article">
    <meta property="og:title" content="{e(art["title"])}">
    <meta property="og:site_name" content="Marlow Current">
    <meta property="og:image" content="{site}/media/filer_public/7c/2e/7c2e91d4/beckett-calls-home.jpg">
    <meta property="article:published_time" content="{art["date"]}T06:00:00-05:00">
    <meta property="article:section" content="Criminal justice">
    <meta name="author" content="{e(art["author"])}">
    <link rel="stylesheet" href="{site}/static/css/bootstrap.min.css">
    <link rel="stylesheet" href="{site}/static/css/current.css?v=2025.06">
    <link rel="stylesheet" href="{site}/static/djangocms_text/css/cms.text.css">
    <script async src="https://plausible.example/js/script.js" data-domain="marlowcurrent.example"></script>
    {ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": art["title"], "datePublished": art["date"] + "T06:00:00-05:00", "author": [{"@type": "Person", "name": art["author"]}], "publisher": {"@type": "NewsMediaOrganization", "name": "Marlow Current", "url": site}, "isAccessibleForFree": True, "mainEntityOfPage": url})}
</head>
<body class="page-story">
    <a class="visually-hidden-focusable" href="#main">Skip to main content</a>
    <div class="top-bar bg-dark text-white small py-1">
        <div class="container d-flex justify-content-between">
            <span>Nonprofit, nonpartisan news for Marlow County</span>
            <div id="language-chooser"><ul class="list-inline mb-0"><li class="lang active list-inline-item"><a class="link-light" href="{url}">English</a></li><li class="lang list-inline-item"><a class="link-light" href="{site}/es/justicia-penal/condado-reduce-tarifas-telefonicas-carcel/">Español</a></li></ul></div>
        </div>
    </div>
    <header class="site-header border-bottom">
        <nav class="navbar navbar-expand-lg">
            <div class="container">
                <a class="navbar-brand" href="{site}/en/"><img src="{site}/static/img/marlow-current-logo.svg" alt="Marlow Current" height="40"></a>
                <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainnav" aria-controls="mainnav" aria-expanded="false" aria-label="Menu"><span class="navbar-toggler-icon"></span></button>
                <div class="collapse navbar-collapse" id="mainnav">
                    <ul class="navbar-nav me-auto">{nav}</ul>
                    <form class="d-flex me-2" role="search" action="{site}/en/search/" method="get"><input class="form-control form-control-sm" type="search" name="q" placeholder="Search the Current" aria-label="Search"></form>
                    <a class="btn btn-outline-dark btn-sm me-2" href="{site}/en/newsletters/">Newsletters</a>
                    <a class="btn btn-primary btn-sm" href="{site}/en/donate/?utm_campaign=header">Donate</a>
                </div>
            </div>
        </nav>
    </header>

    <main id="main">
        <div class="container mt-3">
            <nav aria-label="breadcrumb"><ol class="breadcrumb small"><li class="breadcrumb-item"><a href="{site}/en/">Home</a></li><li class="breadcrumb-item"><a href="{site}/en/criminal-justice/">Criminal justice</a></li><li class="breadcrumb-item active" aria-current="page">{e(art["title"])}</li></ol></nav>
        </div>
        <div class="container story-header mb-4">
            <p class="story-kicker text-uppercase fw-bold small text-primary">Criminal justice · Calls Home</p>
            <h1 class="display-6">{e(art["title"])}</h1>
            <p class="lead">Families who pushed the county for two years say the cut will save them hundreds of dollars. They want calls to be free.</p>
            <p class="byline small">By <a href="{site}/en/staff/renee-castellanos/">{e(art["author"])}</a> · <time datetime="{art["date"]}">June 26, 2025</time> · 5 min read</p>
            <div class="story-tools d-flex flex-wrap gap-2">
                <a class="btn btn-sm btn-outline-secondary" href="https://www.facebook.com/sharer/sharer.php?u={url}">Share on Facebook</a>
                <a class="btn btn-sm btn-outline-secondary" href="https://bsky.app/intent/compose?text={url}">Share on Bluesky</a>
                <a class="btn btn-sm btn-outline-secondary" href="mailto:?subject=County%20cuts%20jail%20phone%20rates&amp;body={url}">Email</a>
                <button class="btn btn-sm btn-outline-secondary" type="button" data-bs-toggle="modal" data-bs-target="#republish">Republish this story</button>
            </div>
        </div>
        <div class="container">
            <div class="row">
                <div class="col col-lg-8">
{body}
                </div>
                <div class="col col-lg-4">
                    <div class="card border-primary mb-4"><div class="card-body"><h5 class="card-title">The Current, in your inbox</h5><p class="card-text">Our free weekday newsletter brings you the news that matters in Marlow County in five minutes or less. It arrives at 6 a.m., Monday to Friday.</p><form action="{site}/en/newsletters/subscribe/" method="post"><input type="hidden" name="csrfmiddlewaretoken" value="kq3Vt8ZrP0"><input class="form-control mb-2" type="email" name="email" placeholder="Your email address"><button class="btn btn-primary w-100" type="submit">Sign up</button></form></div></div>
                    <div class="most-read mb-4"><h2 class="h6 text-uppercase">Most read</h2><ol class="ps-3">{most_read}</ol></div>
                </div>
            </div>
        </div>
        <div class="container">
            <div class="row"><div class="col col-lg-8">
                <div class="author-bio d-flex gap-3 border-top pt-4 mt-4"><img class="rounded-circle" src="{site}/media/filer_public_thumbnails/staff/castellanos.jpg__96x96_q85_crop.jpg" width="64" height="64" alt=""><div><p class="fw-bold mb-1">{e(art["author"])}</p><p class="small">Renée Castellanos covers courts and jails for the Marlow Current. She joined the newsroom in 2022 after eight years at the Eastfield Daily Register. You can reach her at renee@marlowcurrent.example.</p></div></div>
                <p class="small text-body-secondary">Tags: <a href="{site}/en/tags/jail/">Jail</a>, <a href="{site}/en/tags/county-commission/">County commission</a>, <a href="{site}/en/tags/calls-home/">Calls Home</a></p>
                <section class="reader-responses mt-5"><h2 class="h4">Reader responses (3)</h2><p class="small text-body-secondary">We publish a selection of responses after review. Responses may be edited for length and clarity.</p>{responses}<a class="btn btn-outline-dark mt-3" href="{site}/en/respond/?story=county-cuts-jail-phone-rates">Send us your response</a></section>
            </div></div>
        </div>
        <section class="container related-stories my-5"><h2 class="h4 border-bottom pb-2">More from the Marlow Current</h2><div class="row g-4">{related}</div></section>
    </main>

    <div class="modal fade" id="republish" tabindex="-1" aria-labelledby="republish-label" aria-hidden="true"><div class="modal-dialog modal-lg"><div class="modal-content"><div class="modal-header"><h2 class="modal-title h5" id="republish-label">Republish this story</h2><button type="button" class="btn-close" data-bs-dismiss="modal" aria-label="Close"></button></div><div class="modal-body"><p>You may republish this story for free under a Creative Commons Attribution-NoDerivatives 4.0 licence. You must credit the author and the Marlow Current, and you may not edit the story except to reflect local style.</p><textarea class="form-control" rows="6" readonly>&lt;p&gt;This story was originally published by the Marlow Current.&lt;/p&gt;</textarea></div></div></div></div>

    <footer class="site-footer bg-dark text-white-50 py-5 mt-5">
        <div class="container">
            <div class="row">
                <div class="col-md-5"><img src="{site}/static/img/marlow-current-logo-white.svg" alt="Marlow Current" height="32"><p class="mt-3">The Marlow Current is a nonprofit, nonpartisan newsroom that covers government, courts and schools in Marlow County. We are a 501(c)(3) organization; donations are tax-deductible to the extent allowed by law.</p></div>
                <div class="col-md-3"><h2 class="h6 text-white">About</h2><ul class="list-unstyled"><li><a class="link-light" href="{site}/en/about/">About us</a></li><li><a class="link-light" href="{site}/en/about/staff/">Staff</a></li><li><a class="link-light" href="{site}/en/about/funders/">Our funders</a></li><li><a class="link-light" href="{site}/en/about/ethics/">Ethics policy</a></li><li><a class="link-light" href="{site}/en/about/corrections/">Corrections</a></li></ul></div>
                <div class="col-md-4"><h2 class="h6 text-white">Support</h2><ul class="list-unstyled"><li><a class="link-light" href="{site}/en/donate/">Donate</a></li><li><a class="link-light" href="{site}/en/membership/">Membership</a></li><li><a class="link-light" href="{site}/en/tips/">Send us a tip</a></li><li><a class="link-light" href="{site}/en/privacy/">Privacy policy</a></li></ul><p class="small">Member of the Institute for Nonprofit News.</p></div>
            </div>
            <p class="small border-top border-secondary pt-3 mt-3">© 2025 Marlow Current. Stories may be republished under our Creative Commons licence.</p>
        </div>
    </footer>

    <div class="cookie-bar fixed-bottom bg-light border-top p-3 small" id="cookie-consent">
        <div class="container d-flex flex-wrap align-items-center gap-2">
            <p class="mb-0 me-auto">We use a small number of cookies to keep the site working and to count visitors anonymously. We do not sell your data or show you targeted ads.</p>
            <a href="{site}/en/cookies/accept/" class="cc-cookie-accept btn btn-sm btn-primary">Accept</a>
            <a href="{site}/en/cookies/decline/" class="cc-cookie-decline btn btn-sm btn-outline-secondary">Decline</a>
            <a href="{site}/en/cookies/">Cookie settings</a>
        </div>
    </div>
    <script src="{site}/static/js/bootstrap.bundle.min.js"></script>
    <script src="{site}/static/cookie_consent/cookiebar.module.js" type="module"></script>
</body>
</html>
"""


def regional(art):
    """AEM Edge Delivery Services, saved after decoration: sections, wrappers and blocks."""
    site = "https://www.penhallowmercury.example"
    path = "/news/penhallow/2025/04/cliff-railway-back-on-track"
    url = site + path
    ps = art["paragraphs"]

    def picture(media, alt, w=1600, h=1067, lazy=True):
        src = f"./media_{media}.jpeg"
        return (
            f'<picture><source type="image/webp" srcset="{src}?width=2000&amp;format=webply&amp;optimize=medium" media="(min-width: 600px)">'
            f'<source type="image/webp" srcset="{src}?width=750&amp;format=webply&amp;optimize=medium">'
            f'<source type="image/jpeg" srcset="{src}?width=2000&amp;format=jpeg&amp;optimize=medium" media="(min-width: 600px)">'
            f'<img loading="{"lazy" if lazy else "eager"}" alt="{e(alt)}" src="{src}?width=750&amp;format=jpeg&amp;optimize=medium" width="{w}" height="{h}"></picture>'
        )

    def block(name, inner, extra=""):
        return f'<div class="{name}-wrapper"><div class="{name} block{extra}" data-block-name="{name}" data-block-status="loaded">{inner}</div></div>'

    def chunk(start, stop, after=None):
        out: list[str] = []
        items: list[str] = []
        for i in range(start, stop):
            p = ps[i]
            if p.startswith("- "):
                items.append(f"<li>{e(p[2:])}</li>")
                continue
            if items:
                out.append("<ul>" + "".join(items) + "</ul>")
                items = []
            if p.startswith("## "):
                out.append(f'<h2 id="{slug(p[3:])}">{e(p[3:])}</h2>')
            elif p.startswith("Correction: "):
                out.append(f"<p><em>{e(p)}</em></p>")
            else:
                out.append(f"<p>{e(p)}</p>")
            if after and i in after:
                out.append(after[i])
        if items:
            out.append("<ul>" + "".join(items) + "</ul>")
        return '<div class="default-content-wrapper">' + "".join(out) + "</div>"

    in_body_pic = (
        "<p>"
        + picture(
            "1a7c3e90b2d84f6a5c0e9b1d2f3a4c5e6b7d8f901",
            "Joiners fitting a mahogany panel to one of the cliff railway cars",
        )
        + "</p>"
        "<p><em>Joiners at Penhallow boatyard fit a new mahogany panel to the upper car in February. Picture: Kerensa Vine / Penhallow Mercury</em></p>"
    )
    readalso = f'<p><strong>Read also:</strong> <a href="{site}/news/penhallow/2025/03/harbour-wall-repairs-start">Harbour wall repairs to start after Easter, council confirms</a></p>'
    ad = block(
        "ad",
        '<div class="ad-label">Advertisement</div><div class="ad-slot" id="gpt-ad-mpu-1" data-ad-unit="/21809957/penhallowmercury/news/mpu_1" data-sizes="300x250,336x280" style="min-height:250px"><iframe title="3rd party ad content" width="300" height="250" frameborder="0" scrolling="no" src="about:blank"></iframe></div>',
        " mpu",
    )
    form = block(
        "form",
        f'<form action="{site}/newsletter/subscribe" method="post"><div class="field-wrapper email-wrapper"><label for="nl-email">Email address</label><input type="email" id="nl-email" name="email" required placeholder="you@example.com"></div><div class="field-wrapper submit-wrapper"><button type="submit" class="button">Sign me up</button></div></form>',
    )
    newsletter = block(
        "fragment",
        '<div class="section newsletter-container" data-section-status="loaded"><div class="default-content-wrapper"><p><strong>Get the Morning Mercury</strong></p><p>Sign up for our free newsletter and get the day&#x27;s top stories from Penhallow and West Carrow in your inbox by 7am. You can unsubscribe at any time.</p></div>'
        + form
        + "</div>",
    )
    body = "\n".join(
        [
            chunk(0, 2),
            ad,
            chunk(2, 12, after={4: in_body_pic, 5: readalso}),
            newsletter,
            chunk(12, len(ps)),
        ]
    )
    share = block(
        "share",
        "<ul>"
        + "".join(
            f'<li><a class="share-{k}" href="{h}" target="_blank" rel="noopener" aria-label="Share on {t}"><span class="icon icon-{k}"></span><span>{t}</span></a></li>'
            for k, t, h in [
                ("facebook", "Facebook", f"https://www.facebook.com/sharer/sharer.php?u={url}"),
                ("x", "X", f"https://x.com/intent/post?url={url}"),
                ("whatsapp", "WhatsApp", f"https://wa.me/?text={url}"),
                (
                    "email",
                    "Email",
                    f"mailto:?subject=Cliff%20railway%20back%20on%20track&amp;body={url}",
                ),
            ]
        )
        + '<li><button type="button" class="share-copy" aria-label="Copy link"><span class="icon icon-link"></span><span>Copy link</span></button></li></ul>',
    )
    cards = block(
        "cards",
        "<ul>"
        + "".join(
            f'<li><div class="cards-card-image">{picture(m, "")}</div><div class="cards-card-body"><p><strong><a href="{site}/news/penhallow/2025/{h}">{e(t)}</a></strong></p><p>{e(x)}</p></div></li>'
            for m, h, t, x in [
                (
                    "2b8d4f01c3e95a7b6d1f0e2c3b4a5d6e7f8091a2b",
                    "03/harbour-wall-repairs-start",
                    "Harbour wall repairs to start after Easter, council confirms",
                    "The £640,000 scheme will close part of the north quay to cars for twelve weeks, but the footpath to the lifeboat station will stay open.",
                ),
                (
                    "3c9e5a12d4fa6b8c7e2a1f3d4c5b6e7f8091a2b3c",
                    "03/boatyard-apprentices",
                    "Boatyard takes on three apprentices as orders pick up",
                    "The yard that rebuilt the cliff railway cars says it has enough work booked to keep its joiners busy until the end of next year.",
                ),
                (
                    "4dafb623e50b7c9d8f3b2a4e5d6c7f8091a2b3c4d",
                    "02/town-centre-parking-charges",
                    "Town centre parking charges to rise by 20p an hour",
                    "Councillors approved the increase on Tuesday despite objections from traders on Fore Street, who fear fewer visitors.",
                ),
            ]
        )
        + "</ul>",
    )
    comments = "".join(
        f'<div class="vf-comment" data-vf-comment-id="{cid}"><div class="vf-comment-header"><span class="vf-username">{e(n)}</span> <time class="vf-time" datetime="2025-04-04T{t}:00+01:00">{ago}</time></div><div class="vf-comment-content"><p>{e(x)}</p></div><div class="vf-comment-actions"><button type="button" class="vf-like">Like ({likes})</button><button type="button" class="vf-reply">Reply</button></div></div>'
        for cid, n, t, ago, likes, x in [
            (
                "00000000-0000-4000-8000-000000521061",
                "HarbourGull",
                "10:12",
                "6 hours ago",
                24,
                "Rode it this morning with the grandchildren and it was worth the wait. The cars look better than they have in my lifetime.",
            ),
            (
                "00000000-0000-4000-8000-000000521074",
                "West Carrow Walker",
                "11:30",
                "5 hours ago",
                9,
                "Good to have it back, but £2 each way adds up for a family. I hope the trust keeps the residents' pass at £15 next year.",
            ),
            (
                "00000000-0000-4000-8000-000000521090",
                "mvingoe",
                "13:05",
                "3 hours ago",
                5,
                "Well done to the boatyard joiners. Nice to see local skills used on a local landmark rather than everything going up country.",
            ),
        ]
    )
    most_read = "".join(
        f'<li><a href="{site}/news/{h}">{e(t)}</a></li>'
        for h, t in [
            (
                "penhallow/2025/04/cliff-railway-back-on-track",
                "Cliff railway back on track after £2.3m rebuild",
            ),
            (
                "west-carrow/2025/04/school-bus-route-change",
                "Parents angry at school bus route change in West Carrow",
            ),
            (
                "penhallow/2025/04/fore-street-bakery-closes",
                "Fore Street bakery closes after 62 years",
            ),
            ("sport/2025/04/penhallow-rfc-promotion", "Penhallow RFC one win from promotion"),
            (
                "penhallow/2025/04/lifeboat-shout-easter",
                "Lifeboat called to two yachts in one afternoon",
            ),
        ]
    )

    def drop(t, h, subs):
        sub = "".join(f'<li><a href="{site}/{h}/{slug(x)}">{x}</a></li>' for x in subs)
        return f'<li class="nav-drop" aria-expanded="false"><a href="{site}/{h}">{t}</a><ul>{sub}</ul></li>'

    nav = "".join(
        drop(t, h, subs)
        for t, h, subs in [
            ("News", "news", ["Penhallow", "West Carrow", "Porthlenna", "Courts", "Politics"]),
            ("Sport", "sport", ["Football", "Rugby", "Gig rowing"]),
            ("What's on", "whats-on", ["Events", "Food and drink"]),
            ("Property", "property", []),
            ("Announcements", "announcements", ["Births", "Deaths", "Marriages"]),
            ("E-edition", "e-edition", []),
        ]
    )
    return f"""<!DOCTYPE html>
<html lang="en-GB">
  <head>
    <title>{e(art["title"])} | Penhallow Mercury</title>
    <link rel="canonical" href="{url}">
    <meta name="description" content="Penhallow's Victorian cliff railway has reopened after almost two years and a £2.3 million rebuild.">
    <meta property="og:title" content="{e(art["title"])}">
    <meta property="og:description" content="Penhallow's Victorian cliff railway has reopened after almost two years.">
    <meta property="og:url" content="{url}">
    <meta property="og:image" content="{site}/news/penhallow/2025/04/media_5e0bc734f61c8dae9a4c3b5f6e7d8091a2b3c4d5e.jpeg?width=1200&amp;format=pjpg&amp;optimize=medium">
    <meta name="twitter:card" content="summary_large_image">
    <meta name="template" content="article">
    <meta name="author" content="{e(art["author"])}">
    <meta name="publication-date" content="04/04/2025">
    <meta name="category" content="Penhallow">
    <meta name="tags" content="Transport, Heritage, Tourism">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <script src="/scripts/aem.js" type="module"></script>
    <script src="/scripts/scripts.js" type="module"></script>
    <link rel="stylesheet" href="/styles/styles.css">
    <link rel="stylesheet" href="/styles/fonts.css">
    <link rel="stylesheet" href="/blocks/header/header.css">
    <link rel="stylesheet" href="/blocks/article-header/article-header.css">
    <link rel="stylesheet" href="/blocks/cards/cards.css">
    <link rel="stylesheet" href="/blocks/footer/footer.css">
    <script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
    <script async src="https://cmp.inmobi.com/choice/Kq2Pm7Yf3xW/www.penhallowmercury.example/choice.js?tag_version=V3"></script>
    {ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": art["title"], "datePublished": art["date"] + "T06:00:00+01:00", "author": {"@type": "Person", "name": art["author"]}, "publisher": {"@type": "NewsMediaOrganization", "name": "Penhallow Mercury"}, "mainEntityOfPage": url})}
  </head>
  <body class="article appear">
    <header class="header-wrapper"><div class="header block" data-block-name="header" data-block-status="loaded"><div class="nav-wrapper"><nav id="nav" aria-expanded="false"><div class="nav-hamburger"><button type="button" aria-controls="nav" aria-label="Open navigation"><span class="nav-hamburger-icon"></span></button></div><div class="section nav-brand" data-section-status="loaded"><div class="default-content-wrapper"><p><a href="{site}/" title="Penhallow Mercury">{picture("0f1e2d3c4b5a69788796a5b4c3d2e1f00112233", "Penhallow Mercury", 480, 80, False)}</a></p><p>Serving Penhallow, West Carrow and Porthlenna since 1858</p></div></div><div class="section nav-sections" data-section-status="loaded"><div class="default-content-wrapper"><ul>{nav}</ul></div></div><div class="section nav-tools" data-section-status="loaded"><div class="default-content-wrapper"><form class="nav-search" action="{site}/search" method="get"><label for="nav-q" class="visually-hidden">Search</label><input id="nav-q" type="search" name="q" placeholder="Search"></form><p class="button-container"><a href="{site}/subscribe" title="Subscribe" class="button primary">Subscribe</a></p><p><a href="{site}/account/sign-in">Sign in</a></p></div></div></nav></div></div></header>
    <main>
      <div class="section leaderboard-container" data-section-status="loaded">{block("ad", '<div class="ad-label">Advertisement</div><div class="ad-slot" id="gpt-ad-leaderboard" data-ad-unit="/21809957/penhallowmercury/news/leaderboard" data-sizes="728x90,970x250" style="min-height:90px"></div>', " leaderboard")}</div>
      <div class="section article-header-container" data-section-status="loaded">
        {block("breadcrumbs", f'<nav aria-label="Breadcrumb"><ol><li><a href="{site}/">Home</a></li><li><a href="{site}/news">News</a></li><li><a href="{site}/news/penhallow">Penhallow</a></li></ol></nav>')}
        {block("article-header", f'<div class="article-header-category"><div><p><a href="{site}/news/penhallow">Penhallow</a></p></div></div><div class="article-header-title"><div><h1 id="{slug(art["title"])}">{e(art["title"])}</h1></div></div><div class="article-header-author"><div><p><a href="{site}/authors/owen-treharne">{e(art["author"])}</a></p><p>Heritage and tourism reporter</p><p><time datetime="{art["date"]}T06:00:00+01:00">Friday 4 April 2025, 6:00am</time> · 3 min read</p></div></div><div class="article-header-image"><div>{picture("5e0bc734f61c8dae9a4c3b5f6e7d8091a2b3c4d5e", "The lower car of the cliff railway leaves the harbour station", lazy=False)}</div><div><p>The lower car leaves the harbour station on Thursday morning. Picture: Kerensa Vine / Penhallow Mercury</p></div></div>')}
        {share}
      </div>
      <div class="section article-body-container" data-section-status="loaded">
{body}
      </div>
      <div class="section article-footer-container" data-section-status="loaded">
        {block("tags", f'<p>Topics:</p><ul><li><a href="{site}/topics/transport">Transport</a></li><li><a href="{site}/topics/heritage">Heritage</a></li><li><a href="{site}/topics/tourism">Tourism</a></li></ul>')}
        <div class="default-content-wrapper"><p><em>Have you got a story for us? Email newsdesk@penhallowmercury.example or message us on WhatsApp.</em></p></div>
      </div>
      <div class="section related-container" data-section-status="loaded">
        <div class="default-content-wrapper"><h2 id="more-from-penhallow">More from Penhallow</h2></div>
        {cards}
      </div>
      <div class="section comments-container" data-section-status="loaded">
        {block("comments", f'<h2>Comments (3)</h2><p class="comments-rules">Comments are open to registered readers. Please keep it civil and read our <a href="{site}/community-guidelines">community guidelines</a> before you post.</p><div class="viafoura"><vf-conversations vf-container-id="penhallow-2025-04-cliff-railway"><div class="vf-conversations-list">{comments}</div><button type="button" class="vf-load-more">Load more comments</button></vf-conversations></div>')}
      </div>
      <div class="section most-read-container" data-section-status="loaded">
        <div class="default-content-wrapper"><h2 id="most-read">Most read</h2><ol>{most_read}</ol></div>
        {block("ad", '<div class="ad-label">Advertisement</div><div class="ad-slot" id="gpt-ad-mpu-2" data-ad-unit="/21809957/penhallowmercury/news/mpu_2" data-sizes="300x250" style="min-height:250px"></div>', " mpu")}
      </div>
    </main>
    <footer class="footer-wrapper"><div class="footer block" data-block-name="footer" data-block-status="loaded"><div><div class="section" data-section-status="loaded"><div class="default-content-wrapper"><p><strong>Penhallow Mercury</strong></p><p>Independent local news for Penhallow and the Carrow peninsula. Printed every Thursday and online every day.</p></div></div><div class="section footer-links" data-section-status="loaded"><div class="default-content-wrapper"><ul><li><a href="{site}/about">About us</a></li><li><a href="{site}/contact">Contact us</a></li><li><a href="{site}/advertise">Advertise with us</a></li><li><a href="{site}/complaints">Complaints</a></li><li><a href="{site}/privacy">Privacy notice</a></li><li><a href="{site}/cookies">Cookie policy</a></li><li><a href="{site}/terms">Terms and conditions</a></li></ul></div></div><div class="section" data-section-status="loaded"><div class="default-content-wrapper"><p>The Penhallow Mercury is regulated by IPSO, the Independent Press Standards Organisation. If you have a complaint about our editorial content, please read our complaints policy first.</p><p>© 2025 Carrow Peninsula Newspapers Ltd. Registered in England and Wales no. 00412770.</p></div></div></div></div></footer>
    <div id="qc-cmp2-container" data-nosnippet=""><div class="qc-cmp2-main" role="dialog" aria-modal="true" aria-label="Privacy"><div class="qc-cmp2-consent-info"><div class="qc-cmp2-summary-section"><h2 class="qc-cmp2-summary-tittle">We value your privacy</h2><div class="qc-cmp2-summary-info"><div>We and our partners store and/or access information on a device, such as cookies, and process personal data, such as unique identifiers and standard information sent by a device, for personalised advertising and content, advertising and content measurement, and audience research.</div><div>You may click to consent to our and our 142 partners' processing as described above. Alternatively you may click to refuse to consent or access more detailed information and change your preferences before consenting.</div></div></div><div class="qc-cmp2-summary-buttons"><button mode="secondary" size="large" class=" css-47sehv"><span>MORE OPTIONS</span></button><button mode="secondary" size="large" class=" css-47sehv"><span>DISAGREE</span></button><button mode="primary" size="large" class=" css-47sehv"><span>AGREE</span></button></div></div></div></div>
  </body>
</html>
"""


LAYOUTS_H33C = {
    "h33-07-rescue": ("h33_rescue", rescue),
    "h33-08-nonprofit": ("h33_nonprofit", nonprofit),
    "h33-09-regional": ("h33_regional", regional),
}
