"""Layouts h33-04 to h33-06 of the frozen held-out group "h33" of the extraction benchmark.

Fictional pages in layouts not used by earlier groups: a Hiligaynon fisheries news blog
on Micro.blog (Hugo theme with ``h-entry`` / ``e-content`` microformats, IndieWeb links,
replies rendered by ``conversation.js``); a Lingala town news blog on Write.as
(``#blog-title`` header, ``#post-body`` ``h-entry`` article, hashtags, email
subscription form, "published with write.as" footer); and an English river basin
commission's news post on Hashnode (Next.js page with Tailwind classes, the body in
``#post-content-wrapper``, comments, newsletter box, "More articles", ``__NEXT_DATA__``).
"""

from __future__ import annotations

import html
import json
import re

from page_parts import lis, paras

e = html.escape


def ld(data):
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def hiligaynon(art):
    """Micro.blog with a Hugo theme: ``h-entry`` post, replies from ``conversation.js``."""
    site = "https://balitabaybayon.example"
    url = f"{site}/2025/03/18/bago-nga-cold-storage.html"
    ps = art["paragraphs"]
    ad = '<div class="mb-ad"><p class="mb-ad-label">Paanunsyo</p><ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-0000000000000000" data-ad-slot="4408132" data-ad-format="auto"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div>'
    readalso = f'<p><strong>Basaha man:</strong> <a href="{site}/2025/02/27/presyo-sang-galunggong.html">Presyo sang galunggong nagtaas sa merkado sang Iloilo</a></p>'
    body = paras(art, h="h2", stop=len(ps) - 1, between={5: ad, 11: readalso})
    note = f"<p><em>{e(ps[-1])}</em></p>"
    nav = "".join(
        f'<li><a href="{site}{h}">{t}</a></li>'
        for t, h in [
            ("Puloy-an", "/"),
            ("Balita", "/categories/balita/"),
            ("Pangisda", "/categories/pangisda/"),
            ("Kultura", "/categories/kultura/"),
            ("Archive", "/archive/"),
            ("Parte sa amon", "/about/"),
        ]
    )
    related = "".join(
        f'<li class="related-post"><a href="{site}{h}">{e(t)}</a><p>{e(d)}</p></li>'
        for t, h, d in [
            (
                "Mga mangingisda sang Tabuc nagtukod sang kooperatiba",
                "/2025/01/09/kooperatiba-tabuc.html",
                "Sang 2021, napulo ka pamilya ang nagtingob para magbakal sang isa ka pump boat. Subong, 180 na ang ila miyembro.",
            ),
            (
                "Presyo sang galunggong nagtaas sa merkado sang Iloilo",
                "/2025/02/27/presyo-sang-galunggong.html",
                "Suno sa mga negosyante, ang kulang nga kuha sang Pebrero amo ang rason sang pagtaas sang presyo.",
            ),
            (
                "Plano para sa mas daku nga pantalan, ginpresentar",
                "/2025/03/04/plano-pantalan.html",
                "Ginpakita sang munisipyo sa publiko ang plano kag nagpamangkot sila sang opinyon sang mga taga-baybay.",
            ),
        ]
    )
    replies = "".join(
        f'<div class="microblog_post"><div class="microblog_user"><img class="microblog_avatar" src="https://avatars.micro.blog/avatars/2025/{i}1.jpg" width="24" height="24" alt=""> <a class="microblog_fullname" href="https://micro.blog/{u}">{e(n)}</a> <span class="microblog_username">@{u}</span></div><div class="microblog_text"><p>{e(t)}</p></div><div class="microblog_time"><a href="https://micro.blog/{u}/{5512000 + i}">{d}</a></div></div>'
        for i, (n, u, d, t) in enumerate(
            [
                (
                    "Nonoy Caspe",
                    "nonoycaspe",
                    "Mar 18, 2025",
                    "Salamat gid sa sini nga balita. Ang akon tatay mangingisda man sa Tabuc, kag malipay gid siya nga indi na niya ihaboy ang isda.",
                ),
                (
                    "Grace Alunan",
                    "gracealunan",
                    "Mar 18, 2025",
                    "Maayo ini, pero sana may lugar man para sa mga indi miyembro sang kooperatiba. Madamo pa ang wala kabalo paano magpamiyembro.",
                ),
                (
                    "Balita sang Baybayon",
                    "baybayon",
                    "Mar 19, 2025",
                    "Salamat, Grace. Suno sa kooperatiba, bukas ang ila opisina kada Sabado para sa mga gusto magpamiyembro.",
                ),
            ]
        )
    )
    cats = ", ".join(
        f'<a class="p-category" href="{site}/categories/{c.lower()}/">{c}</a>'
        for c in ["Balita", "Pangisda"]
    )
    return f"""<!DOCTYPE html>
<html lang="hil">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(art["title"])} - Balita sang Baybayon</title>
  <meta name="generator" content="Hugo 0.117.0">
  <meta name="description" content="Ginbuksan na sang Lunes ang bag-o nga cold storage facility sa pantalan sang Santa Remedios.">
  <meta property="og:title" content="{e(art["title"])}">
  <meta property="og:site_name" content="Balita sang Baybayon">
  <meta property="article:published_time" content="{art["date"]}T09:42:00+08:00">
  <link rel="canonical" href="{url}">
  <link rel="stylesheet" href="{site}/css/main.css?v=1710720000">
  <link rel="stylesheet" href="{site}/custom.css">
  <link rel="alternate" type="application/rss+xml" title="Balita sang Baybayon" href="{site}/feed.xml">
  <link rel="alternate" type="application/json" title="Balita sang Baybayon" href="{site}/feed.json">
  <link rel="me" href="https://micro.blog/baybayon">
  <link rel="authorization_endpoint" href="https://micro.blog/indieauth/auth">
  <link rel="token_endpoint" href="https://micro.blog/indieauth/token">
  <link rel="micropub" href="https://micro.blog/micropub">
  <link rel="microsub" href="https://micro.blog/microsub">
  <link rel="webmention" href="https://micro.blog/webmention">
  <link rel="subscribe" href="https://micro.blog/users/follow">
  <script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-0000000000000000" crossorigin="anonymous"></script>
  {ld({"@context": "https://schema.org", "@type": "BlogPosting", "headline": art["title"], "inLanguage": "hil", "datePublished": art["date"] + "T09:42:00+08:00", "author": {"@type": "Person", "name": art["author"]}, "mainEntityOfPage": url})}
</head>
<body>
  <div id="cookie-notice" class="cookie-notice" role="dialog" aria-label="Cookies">
    <p>Nagagamit ini nga website sang cookies para mahibal-an namon kon pila ang nagabasa kag para mapauswag ang site. Kon magpadayon ka sa pagbasa, nagasugot ka sa amon paggamit sini.</p>
    <button type="button" class="cookie-accept" onclick="document.getElementById('cookie-notice').remove();localStorage.setItem('cookies-ok','1');">Sige</button> <a href="{site}/privacy/">Dugang nga impormasyon</a>
  </div>
  <div class="container">
    <header class="masthead">
      <h1 class="masthead-title"><a href="{site}/" title="Puloy-an">Balita sang Baybayon</a></h1>
      <p class="masthead-description">Balita para sa mga mangingisda kag komunidad sang baybay sang Iloilo</p>
      <nav class="site-nav"><ul>{nav}</ul></nav>
      <form class="site-search" action="{site}/search/" method="get" role="search">
        <label for="search-input" class="screen-reader-text">Pangita</label>
        <input id="search-input" type="search" name="q" placeholder="Pangita sa blog&hellip;"> <button type="submit">Pangita</button>
      </form>
    </header>
    <div class="content">
      <article class="post h-entry">
        <h1 class="post-title p-name">{e(art["title"])}</h1>
        <div class="post-meta">
          <span class="post-author p-author h-card">Ginsulat ni <a class="u-url" href="{site}/about/">{e(art["author"])}</a></span> &middot;
          <a class="post-date u-url" href="{url}"><time class="dt-published" datetime="{art["date"]} 09:42:00 +0800">Marso 18, 2025</time></a>
        </div>
        <div class="e-content">
          <figure class="post-photo"><img src="{site}/uploads/2025/3f8a1c2b7d.jpg" width="600" height="400" alt="Cold storage sa pantalan"><figcaption>Ang bag-o nga cold storage sa pantalan sang Santa Remedios sang adlaw sang pagbukas. (Litrato: Ramon Dela Peña)</figcaption></figure>
{body}
{note}
        </div>
        <p class="post-categories">Kategorya: {cats}</p>
        <div class="share-bar"><span>Ipaambit:</span> <a href="https://www.facebook.com/sharer/sharer.php?u={url}" rel="nofollow">Facebook</a> <a href="fb-messenger://share?link={url}">Messenger</a> <a href="https://twitter.com/intent/tweet?url={url}" rel="nofollow">X</a> <a href="mailto:?subject=Cold%20storage&amp;body={url}">Email</a></div>
      </article>
      <section class="replies">
        <h3>Mga sabat</h3>
        <div class="microblog_conversation">{replies}</div>
        <p class="microblog_reply_button"><a href="https://micro.blog/baybayon/5511999">Sabat sa Micro.blog</a></p>
        <script type="text/javascript" src="https://micro.blog/conversation.js?url={url}" defer></script>
      </section>
      <section class="related-posts"><h3>Kaangay nga mga sulat</h3><ul>{related}</ul></section>
      <section class="newsletter">
        <h3>Magpasakop sa amon newsletter</h3>
        <p>Ipadala namon sa imo email ang mga bag-o nga balita kada Biyernes. Indi namon ipaambit ang imo email sa iban.</p>
        <form action="https://micro.blog/users/follow_email" method="post"><input type="hidden" name="username" value="baybayon"><input type="email" name="email" placeholder="Imo email" required> <input type="submit" value="Magpasakop"></form>
      </section>
    </div>
    <footer class="footer">
      <ul class="footer-links"><li><a href="{site}/about/">Parte sa amon</a></li><li><a href="{site}/privacy/">Privacy</a></li><li><a href="{site}/feed.xml">RSS</a></li><li><a href="https://micro.blog/baybayon">@baybayon sa Micro.blog</a></li></ul>
      <p>&copy; 2025 Balita sang Baybayon. Ginapadalagan sa <a href="https://micro.blog/">Micro.blog</a>.</p>
    </footer>
  </div>
</body>
</html>
"""


def lingala(art):
    """Write.as blog on a custom domain: ``#post-body`` ``h-entry`` with hashtags."""
    site = "https://nsangombanza.example"
    slug = "lopitalo-ya-mbanza-sika-ezwi-kura-ya-moi"
    url = f"{site}/{slug}"
    ps = art["paragraphs"]
    ad = '<div class="piblisite"><span class="piblisite-label">Piblisite</span><ins class="adsbygoogle" style="display:block; text-align:center;" data-ad-layout="in-article" data-ad-format="fluid" data-ad-client="ca-pub-0000000000000000" data-ad-slot="9061244"></ins></div>'
    readalso = f'<p><strong>Tánga lisusu:</strong> <a href="{site}/mangwele-ya-bana-ekomi-na-vilaze-nyonso">Mangwele ya bana ekómi na vilaze nyonso ya teritware</a></p>'
    body = paras(art, h="h2", stop=len(ps) - 1, between={4: ad, 11: readalso})
    note = f"<p><em>{e(ps[-1])}</em></p>"
    tags = " ".join(
        f'<a href="{site}/tag:{t}" class="hashtag"><span>#</span><span class="p-category">{t}</span></a>'
        for t in ["lopitalo", "MbanzaSika", "kura", "bokolongono"]
    )
    related = "".join(
        f'<div class="related-item"><h3><a href="{site}/{h}">{e(t)}</a></h3><p>{e(d)}</p></div>'
        for t, h, d in [
            (
                "Mangwele ya bana ekómi na vilaze nyonso ya teritware",
                "mangwele-ya-bana-ekomi-na-vilaze-nyonso",
                "Baminganga bakendaki na vilaze ntuku mibale na poso mibale mpo na kopesa bana mangwele.",
            ),
            (
                "Nzela ya Mbanza-Sika ebongisami liboso ya mbula",
                "nzela-ya-mbanza-sika-ebongisami",
                "Bato ya mboka basalaki elongo na komine mpo na kotondisa mabulu ya nzela monene.",
            ),
            (
                "Eteyelo ya sika efungwami na quartier Bolingo",
                "eteyelo-ya-sika-efungwami",
                "Bana nkama misato bakoki sikawa kotánga kelasi pene na ndako na bango.",
            ),
        ]
    )
    cms = "".join(
        f'<div class="remark-comment" id="c{3301 + i}"><p class="remark-meta"><strong>{e(n)}</strong> <time>{d}</time></p><p>{e(t)}</p><a class="remark-reply" href="https://remark.as/p/nsangombanza/{slug}#c{3301 + i}">Kozongisa</a></div>'
        for i, (n, d, t) in enumerate(
            [
                (
                    "Papy Kalonji",
                    "23 Apr 2025",
                    "Nzambe apambola bana ya mboka oyo basalisaki! Mama na ngai abotaki na lopitalo wana na mwinda ya lamba, mpe tozalaki kobanga mingi.",
                ),
                (
                    "Christelle M.",
                    "23 Apr 2025",
                    "Ezali malamu mingi. Kasi leta esengeli mpe kosalisa mpo na mayi ya pɔmpi, mpamba te basali ya lopitalo bazali kotoka mayi na ebale.",
                ),
                (
                    "Serge Ilunga",
                    "24 Apr 2025",
                    "Tozali kozela ete lopitalo ya Kinzau mpe ezwa kura ya moi lokola oyo. Bato ya kuna bazali na mposa monene.",
                ),
            ]
        )
    )
    latest = lis(
        [
            "Komine ya Mbanza-Sika ekoponi bakambi ya sika ya zando",
            "Mbula ebebisi bandako zomi na quartier Libanga",
            "Ekipe ya mboka elongi lisano ya nsuka ya mpira",
        ],
        '<li><a href="' + site + '/">{}</a></li>',
    )
    return f"""<!DOCTYPE HTML>
<html lang="ln">
<head>
  <meta charset="utf-8">
  <title>{e(art["title"])} — Nsango ya Mbanza-Sika</title>
  <link rel="stylesheet" type="text/css" href="https://write.as/css/write.css?v=7c2b9">
  <link rel="shortcut icon" href="https://write.as/favicon.ico">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <link rel="canonical" href="{url}">
  <link rel="alternate" type="application/rss+xml" title="Nsango ya Mbanza-Sika" href="{site}/feed/">
  <meta name="generator" content="Write.as">
  <meta name="title" content="{e(art["title"])} — Nsango ya Mbanza-Sika">
  <meta name="description" content="Lopitalo monene ya Mbanza-Sika ezwi sikoyo kura ya moi.">
  <meta name="author" content="{e(art["author"])}">
  <meta property="og:title" content="{e(art["title"])}">
  <meta property="og:site_name" content="Nsango ya Mbanza-Sika">
  <meta property="og:type" content="article">
  <meta property="og:url" content="{url}">
  <meta property="article:published_time" content="{art["date"]}T07:15:00Z">
  <link rel="alternate" type="application/activity+json" href="https://write.as/api/collections/nsangombanza/posts/8k2wq1zr0c">
  <style type="text/css">body#post article h2{{font-size:1.3em;}} .piblisite{{margin:2em 0;text-align:center;}} #cookie-bar{{position:fixed;bottom:0;}}</style>
  <script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-0000000000000000" crossorigin="anonymous"></script>
</head>
<body id="post">
<div id="overlay"></div>
<div id="cookie-bar"><p>Site oyo esalelaka ba cookies mpo na koyeba motango ya batángi mpe mpo na kolakisa piblisite. Soki ozali kokoba kotánga, ondimi yango.</p><button id="cookie-ok">Nandimi</button> <a href="{site}/privacy">Koyeba mingi</a></div>
<header>
  <h1 dir="auto" id="blog-title"><a rel="author" href="{site}/" class="h-card p-author">Nsango ya Mbanza-Sika</a></h1>
  <nav>
    <a class="pinned" href="{site}/">Ebandeli</a><a class="pinned" href="{site}/tag:nsango">Nsango</a><a class="pinned" href="{site}/tag:bokolongono">Bokolongono</a><a class="pinned" href="{site}/mpo-na-biso">Mpo na biso</a><a class="pinned" href="{site}/kokutana-na-biso">Kokutana na biso</a>
  </nav>
  <form class="site-search" action="https://duckduckgo.com/" method="get"><input type="hidden" name="sites" value="nsangombanza.example"><input type="search" name="q" placeholder="Luka nsango…"><button type="submit">Luka</button></form>
</header>
<article id="post-body" class="norm h-entry" itemscope itemtype="http://schema.org/BlogPosting">
  <h2 id="title" class="p-name" itemprop="name headline">{e(art["title"])}</h2>
  <p class="byline">Na <span class="p-author">{e(art["author"])}</span> · <time class="dt-published" datetime="{art["date"]}T07:15:00Z" pubdate itemprop="datePublished">23 Apr 2025</time></p>
  <div class="e-content">
<figure><img src="https://i.snap.as/Kp3xQz1a.jpg" alt="Bapanelo ya moi"><figcaption>Bapanelo ya moi likolo ya ndako ya lopitalo ya Mbanza-Sika. (Foto: Patrick Mongo)</figcaption></figure>
{body}
{note}
<p>{tags}</p>
  </div>
</article>
<div class="share-bar"><span>Kabola:</span> <a href="https://www.facebook.com/sharer/sharer.php?u={url}">Facebook</a> · <a href="https://wa.me/?text={url}">WhatsApp</a> · <a href="https://twitter.com/intent/tweet?url={url}">X</a></div>
<div id="emailsub">
  <p><strong>Zwa nsango na email na yo.</strong> Tokotindela yo nsango ya sika ya Mbanza-Sika mbala moko na poso.</p>
  <form method="post" action="https://write.as/api/collections/nsangombanza/email/subscribe"><input type="hidden" name="slug" value="{slug}"><input type="hidden" name="web" value="1"><input type="email" name="email" placeholder="me@example.com"><input type="submit" id="subscribe-btn" value="Komikomisa"></form>
</div>
<section id="remark-comments"><h3>Maloba ya batángi (3)</h3>{cms}<p><a href="https://remark.as/p/nsangombanza/{slug}">Koma liloba…</a></p></section>
<section id="related"><h3>Nsango mosusu</h3>{related}</section>
<section id="latest"><h3>Nsango ya sika</h3><ul>{latest}</ul></section>
<footer dir="ltr">
  <hr>
  <nav>
    <p>&copy; 2025 Nsango ya Mbanza-Sika · <a href="{site}/privacy">Privacy</a> · <a href="{site}/feed/">RSS</a></p>
    <p style="font-size: 0.9em">published with <a class="home pubd" href="https://write.as/">write.as</a></p>
  </nav>
</footer>
<script type="text/javascript">document.getElementById('cookie-ok').onclick=function(){{document.getElementById('cookie-bar').style.display='none';}};</script>
</body>
</html>
"""


def _hn_ids(block):
    """Hashnode gives every heading an id ``heading-<slug>``."""

    def sub(m):
        slug = re.sub(r"[^a-z0-9]+", "-", html.unescape(m.group(1)).lower()).strip("-")
        return f'<h2 id="heading-{slug}">{m.group(1)}</h2>'

    return re.sub(r"<h2>(.*?)</h2>", sub, block)


def basin(art):
    """Hashnode blog (Next.js, Tailwind): the body in ``#post-content-wrapper``."""
    site = "https://news.tririverbasin.example"
    slug = "fish-passage-at-corliss-dam-opens"
    url = f"{site}/{slug}"
    ps = art["paragraphs"]
    ad = '<div class="hn-embed-widget" id="corliss-ad"><p class="text-xs uppercase tracking-wide text-slate-500">Advertisement</p><ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-0000000000000000" data-ad-slot="3127755" data-ad-format="auto"></ins></div>'
    readalso = f'<p><strong>Read also:</strong> <a href="{site}/spring-herring-counts-begin-april-20">Spring herring counts begin April 20 at three basin sites</a></p>'
    body = _hn_ids(paras(art, h="h2", stop=len(ps) - 1, between={5: ad, 12: readalso}))
    note = f"<blockquote><p>{e(ps[-1])}</p></blockquote>"
    photo = '<p><img src="https://cdn.hashnode.com/res/hashnode/image/upload/v1747036800000/9c1e7b52-corliss-bypass.jpeg?auto=compress,format&amp;format=webp" alt="Bypass channel at Corliss Dam" class="image--center mx-auto" /></p><p><em>Boulder steps and resting pools of the new bypass channel on the east side of Corliss Dam. (Photo: Tri-River Basin Commission / Mark Oduya)</em></p>'
    card = "rounded-lg border border-slate-200 p-4 dark:border-slate-800"
    related = "".join(
        f'<div class="{card}"><h3 class="font-heading text-lg font-bold text-slate-900"><a href="{site}/{h}">{e(t)}</a></h3><p class="mt-2 text-slate-600">{e(d)}</p></div>'
        for t, h, d in [
            (
                "Spring herring counts begin April 20 at three basin sites",
                "spring-herring-counts-begin-april-20",
                "Volunteers will count fish for ten minutes at a time at Mill Falls, Hadley Bridge and the Corliss tailrace.",
            ),
            (
                "Commission adopts 2025 water quality monitoring plan",
                "2025-water-quality-monitoring-plan",
                "The plan adds eight new sampling stations on tributaries of the upper Wendell River.",
            ),
            (
                "Corliss Dam bypass: construction update for winter",
                "corliss-dam-bypass-winter-update",
                "Crews placed the last boulder weirs before the river froze in January.",
            ),
        ]
    )
    cms = "".join(
        f'<div class="flex flex-col gap-2 border-b border-slate-200 py-4" id="comment-{c}"><div class="flex items-center gap-2"><img class="h-8 w-8 rounded-full" src="https://cdn.hashnode.com/res/hashnode/image/upload/{c}.png?w=64&amp;h=64" alt="{e(n)}"><span class="font-semibold text-slate-900">{e(n)}</span><span class="text-sm text-slate-500">{d}</span></div><div class="prose prose-sm"><p>{e(t)}</p></div><div class="flex gap-3 text-sm text-slate-500"><button type="button">Like</button><button type="button">Reply</button></div></div>'
        for c, n, d, t in [
            (
                "66a1f0c2",
                "Ray Kowalczyk",
                "May 12, 2025",
                "Great news. I have fished the Wendell below the dam every spring for thirty years and watched the herring pile up there. Can't wait to see the first counts.",
            ),
            (
                "66a1f3d9",
                "Ellen Marsh",
                "May 12, 2025",
                "Will the viewing platform be accessible for wheelchairs? The greenway trail near the old mill is still gravel.",
            ),
            (
                "66a20b17",
                "Tri-River Basin Commission",
                "May 13, 2025",
                "Thanks, Ellen. The platform and the last stretch of trail are paved and meet accessibility standards; the mill section is scheduled for paving this fall.",
            ),
        ]
    )
    nav = "".join(
        f'<a class="rounded-full px-2 py-1 text-white hover:bg-white/10" href="{site}{h}">{t}</a>'
        for t, h in [
            ("Home", "/"),
            ("News", "/series/news"),
            ("Fish passage", "/series/fish-passage"),
            ("Water quality", "/series/water-quality"),
            ("About the Commission", "/about"),
        ]
    )
    nd = {
        "props": {
            "pageProps": {
                "post": {
                    "id": "6821c0f4a9e3b27d1c5e8a01",
                    "slug": slug,
                    "title": art["title"],
                    "brief": "The Tri-River Basin Commission opened a new fish passage at Corliss Dam on Monday...",
                    "readTimeInMinutes": 3,
                    "publishedAt": art["date"] + "T13:00:00.000Z",
                    "author": {"name": art["author"], "username": "dwhitlock"},
                    "tags": [{"name": "Fish passage"}, {"name": "Wendell River"}],
                },
                "publication": {"title": "Tri-River Basin Commission News", "url": site},
            }
        },
        "page": "/[...slug]",
        "query": {"slug": [slug]},
        "buildId": "hn-20250510",
        "isFallback": False,
        "gssp": True,
    }
    return f"""<!DOCTYPE html><html lang="en" class=""><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>{e(art["title"])}</title><meta name="description" content="The Tri-River Basin Commission opened a new fish passage at Corliss Dam on Monday."><link rel="canonical" href="{url}"><meta property="og:title" content="{e(art["title"])}"><meta property="og:site_name" content="Tri-River Basin Commission News"><meta property="og:image" content="https://hashnode.com/utility/r?url=https%3A%2F%2Fcdn.hashnode.com%2Fres%2Fhashnode%2Fimage%2Fupload%2Fv1747036800000%2F9c1e7b52-corliss-bypass.jpeg"><meta name="twitter:card" content="summary_large_image"><meta property="article:published_time" content="{art["date"]}T13:00:00.000Z"><link rel="preload" href="https://cdn.hashnode.com/static/fonts/inter/Inter-var.woff2" as="font" type="font/woff2" crossorigin="anonymous"><link rel="stylesheet" href="/_next/static/css/4b1e0c9a2d7f3e18.css"><link rel="alternate" type="application/rss+xml" href="{site}/rss.xml">{ld({"@context": "https://schema.org/", "@type": "BlogPosting", "headline": art["title"], "datePublished": art["date"] + "T13:00:00.000Z", "author": {"@type": "Person", "name": art["author"]}, "url": url})}</head>
<body class="bg-white dark:bg-slate-950"><div id="__next"><div class="blog-post-page">
<div id="cookie-consent" class="fixed bottom-4 left-4 z-50 max-w-md rounded-lg bg-slate-900 p-4 text-sm text-white shadow-xl" role="dialog"><p>We use cookies to understand how readers use this site and to improve it. You can accept all cookies or keep only the ones the site needs to work.</p><div class="mt-3 flex gap-2"><button type="button" class="rounded bg-blue-600 px-3 py-1">Accept all</button><button type="button" class="rounded border border-white/40 px-3 py-1">Only necessary</button></div></div>
<header class="blog-header relative z-50 w-full border-b border-black/10 bg-blue-700 bg-opacity-70 dark:border-white/10"><div class="container mx-auto px-2 md:px-4 2xl:px-10"><div class="relative z-40 flex flex-row items-center justify-between pb-2 pt-8 md:mb-4"><div class="flex flex-row items-center py-1"><h1 class="blog-title font-heading text-2xl font-semibold text-white"><a href="{site}/" aria-label="Tri-River Basin Commission News home page">Tri-River Basin Commission News</a></h1></div><div class="flex flex-row items-center gap-2"><button type="button" aria-label="Open blog search" class="blog-search-button rounded-full p-2 text-white">Search</button><a href="{site}/newsletter" class="rounded-full bg-white px-3 py-1 text-sm font-semibold text-blue-700">Subscribe</a></div></div><nav class="blog-sub-header flex flex-row items-center gap-4 pb-2 text-sm">{nav}</nav><form role="search" class="hidden" action="{site}/search"><input type="text" name="q" placeholder="Start typing to search" aria-label="Search articles"></form></div></header>
<main class="blog-post-detail-card pb-24"><article class="flex flex-col items-center"><div class="relative mb-8 w-full"><img class="w-full" src="https://cdn.hashnode.com/res/hashnode/image/upload/v1747036800000/9c1e7b52-cover.jpeg?w=1600&amp;h=840&amp;fit=crop" alt=""></div><div class="w-full px-4 md:px-5"><h1 class="font-heading mb-8 px-4 text-center text-4xl font-extrabold leading-snug text-slate-900 dark:text-white md:text-5xl" data-query="post-title"><span>{e(art["title"])}</span></h1>
<div class="relative z-20 mb-8 flex flex-row flex-wrap items-center justify-center px-4 md:-mt-7 md:mb-14 md:text-lg"><div class="mb-5 flex w-full flex-row items-center justify-center md:mb-0 md:w-auto md:justify-start"><a href="https://hashnode.com/@dwhitlock" class="font-semibold text-slate-900">{e(art["author"])}</a></div><span class="mx-3 hidden font-bold text-slate-500 md:block">·</span><a href="{url}" class="tooltip-handle text-slate-700"><span>May 12, 2025</span></a><span class="mx-3 block font-bold text-slate-500">·</span><p class="flex flex-row items-center text-slate-700"><span>3 min read</span></p></div>
<div id="post-content-parent" class="relative mb-10 pb-14"><div id="post-content-wrapper" class="prose prose-lg mx-auto mb-10 min-h-30 break-words dark:prose-dark xl:prose-xl">
{photo}
{body}
{note}
</div>
<div class="mx-auto flex w-full max-w-3xl flex-wrap gap-2 px-4"><a href="{site}/tag/fish-passage" class="rounded-lg border px-2 py-1 text-sm">Fish passage</a><a href="{site}/tag/wendell-river" class="rounded-lg border px-2 py-1 text-sm">Wendell River</a></div>
<div class="share-bar mx-auto mt-6 flex max-w-3xl items-center gap-3 px-4 text-sm text-slate-600"><span>Share this</span><a href="https://twitter.com/intent/tweet?url={url}" aria-label="Share on X">X</a><a href="https://www.linkedin.com/shareArticle?url={url}" aria-label="Share on LinkedIn">LinkedIn</a><a href="https://www.facebook.com/sharer/sharer.php?u={url}" aria-label="Share on Facebook">Facebook</a><button type="button">Copy link</button></div></div>
<div id="comments-list" class="mx-auto w-full max-w-3xl px-4"><h2 class="font-heading text-xl font-bold">Comments (3)</h2><form class="my-4"><textarea placeholder="Write a comment..." class="w-full rounded border p-2"></textarea></form>{cms}</div>
</div></article>
<section class="newsletter mx-auto mt-10 w-full max-w-3xl rounded-xl bg-slate-50 p-8 text-center"><h2 class="font-heading text-2xl font-bold text-slate-900">Subscribe to our newsletter</h2><p class="mt-2 text-slate-600">Read articles from Tri-River Basin Commission News directly inside your inbox. Subscribe to the newsletter, and don't miss out.</p><form class="mt-4 flex justify-center gap-2"><input type="email" placeholder="Enter your email address" class="rounded-full border px-4 py-2"><button type="submit" class="rounded-full bg-blue-700 px-4 py-2 text-white">Subscribe</button></form></section>
<section class="mx-auto mt-10 w-full max-w-5xl px-4"><h2 class="font-heading mb-4 text-2xl font-bold">More articles</h2><div class="grid gap-4 md:grid-cols-3">{related}</div></section>
</main>
<footer class="blog-footer-area -mt-px border-t bg-slate-100 px-5 py-10 text-center text-slate-600"><div class="mb-4 flex flex-wrap justify-center gap-4 text-sm"><a href="{site}/archive">Archive</a><a href="{site}/privacy">Privacy policy</a><a href="{site}/terms">Terms</a><a href="{site}/rss.xml">RSS</a></div><p>&copy;2025 Tri-River Basin Commission News</p><p class="mt-2 text-sm"><a href="https://hashnode.com/onboard?unlock-blog=true&amp;source=blog-footer">Publish with Hashnode</a> · Powered by <a href="https://hashnode.com/">Hashnode</a> - Build your developer hub.</p></footer>
</div></div><script id="__NEXT_DATA__" type="application/json">{json.dumps(nd, ensure_ascii=False)}</script></body></html>
"""


LAYOUTS_H33D = {
    "h33-04-hiligaynon": ("h33_hiligaynon", hiligaynon),
    "h33-05-lingala": ("h33_lingala", lingala),
    "h33-06-basin": ("h33_basin", basin),
}
