"""Layouts of the frozen held-out group "h32" of the extraction benchmark.

Written at the start of round 29 by someone other than the person tuning the reader and
without reading the reader or its output on these pages; never used for tuning
(docs/benchmarks-extraction.md). Fictional pages in layouts and languages not used by
h2-h31: a Sicilian news and culture blog on Serendipity (s9y) 2.x with the 2k11 theme
(``serendipity_entry`` with the body split into ``serendipity_entry_body`` and the
extended entry, freetag and shariff plugins, trackbacks, ``serendipity_comment``s and the
comment form, ``sidebar_plugin`` sections); a Konkani (Devanagari) village news site on
WordPress with the Hueman theme (``#wrapper``, ``nav-container`` menus, ``page-title``
with ``meta-single``, ``post-inner`` with ``post-byline`` and ``entry-inner``, WP QUADS
ads, YARPP related posts, Sharrre bar, ``author-bio``, ``post-nav``, ``related-posts``,
comment tabs, the AlxTabs sidebar widget, Moove GDPR bar); a Sesotho (Lesotho) news site
on Textpattern 4.8 with the four-point-eight theme (``site-header``,
``site-navigation``, ``itemprop="articleBody"``, ``article-comments`` with the
``txpCommentInputForm``, ``complementary-content``); a Tetum (Timor-Leste) municipal
news blog on Dotclear 2 with the Berlin theme (``#prelude``, ``#top``, ``post-content``,
``post-info``, ``post-tags-list``, a ``<dl>`` of comments, ``#blognav`` /
``#blogextra`` widgets, Portuguese system strings); a Chuvash district paper's
community journal on LiveJournal (``s-header``, ``b-singlepost-`` entry with the body
split by ``<br /><br />``, ``ljtags``, ``b-linkbar``, ``b-xylem``, a ``b-tree`` of
``b-leaf`` comments, Russian interface strings); an English island community forum's news
thread on XenForo 2.2 (``p-`` page chrome, ``message--post`` articles with the post in a
``bbWrapper`` of lines split by ``<br />``, ``bbHeading``s, an unfurled link, a quoting
reply, a signature in its own ``bbWrapper``, reactions, notices, widgets); an English
river newsletter's story on Notion published with Super (``super-navbar``,
``notion-header``, ``notion-root`` of ``notion-text`` / ``notion-heading`` /
``notion-callout`` / ``notion-quote`` blocks, a gallery of linked pages, ``__NEXT_DATA__``);
an English historical society's news post on Wild Apricot (``zone`` layout,
``WaGadget`` gadgets, ``WaGadgetBlogStateDetails`` with the post in
``boxBodyContentContainer``, comments, upcoming events, "Powered by Wild Apricot"); and an
English volunteer coastal observatory's news post built with Pelican and the
notmyidea theme (``#banner``, ``#menu``, ``entry-content`` opening with the
``post-info`` footer, admonitions, share links, related posts, static comments,
``#extras`` and ``#contentinfo``).
"""

from __future__ import annotations

import html
import json

from page_parts import lis, paras

e = html.escape


def ld(data):
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def news_ld(art, url, publisher, lang, kind="NewsArticle"):
    return ld(
        {
            "@context": "https://schema.org",
            "@type": kind,
            "headline": art["title"],
            "inLanguage": lang,
            "datePublished": art["date"] + "T08:10:00+00:00",
            "author": {"@type": "Person", "name": art["author"]},
            "publisher": {"@type": "Organization", "name": publisher},
            "mainEntityOfPage": url,
        }
    )


def sicilian(art):
    """Serendipity (s9y) 2.x with the 2k11 theme: entry body plus extended entry."""
    site = "https://lupuntali.example"
    url = f"{site}/archives/412-A-Punta-Ruvettu-riapri-la-vecchia-tunnara.html"
    ad = '<div class="s9y_ads ads_inline"><span class="ads_label">Pubblicità</span><ins class="adsbygoogle" style="display:block; text-align:center;" data-ad-layout="in-article" data-ad-format="fluid" data-ad-client="ca-pub-0000000000000000" data-ad-slot="7712040"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div>'
    readalso = '<p><strong>Leggi puru:</strong> <a href="/archives/398-Li-tunnari-di-Sicilia-na-storia-di-mari-e-di-fami.html">Li tunnari di Sicilia, na storia di mari e di fami</a></p>'
    lead = paras(art, stop=2)
    more = paras(art, h="h3", start=2, between={5: ad, 11: readalso})
    cur = ' class="current"'
    nav = "".join(
        f'<li><a{cur if t == "Cultura" else ""} href="{site}{h}">{t}</a></li>'
        for t, h in [
            ("Casa", "/"),
            ("Nutizzii", "/categories/1-Nutizzii"),
            ("Cultura", "/categories/3-Cultura"),
            ("Lingua", "/categories/4-Lingua"),
            ("Mari e pisca", "/categories/6-Mari-e-pisca"),
            ("Cu semu", "/pages/cu-semu.html"),
            ("Cuntattu", "/pages/cuntattu.html"),
        ]
    )
    tags = ", ".join(
        f'<a href="{site}/plugin/tag/{t.replace(" ", "+")}" title="{t}" rel="tag">{t}</a>'
        for t in ["tunnara", "museu", "Punta Ruvettu", "pisca", "Tràpani"]
    )
    related = lis(
        [
            "Li tunnari di Sicilia, na storia di mari e di fami",
            "Punta Ruvettu: lu portu novu è prontu pî varchi di pisca",
            "Na mostra di fotografii supra li rais dâ costa occidintali",
        ],
        '<li><a href="' + site + '/archives/3xx.html" title="{0}">{0}</a></li>',
    )
    cms = "".join(
        f'<li id="comment-{1870 + i}" class="comment {"odd" if i % 2 == 0 else "even"} commentlevel-0"><article id="c{1870 + i}" class="clearfix serendipity_comment{" serendipity_comment_author_self" if n == "Turi Lo Cascio" else ""}"><h4><img class="comment_avatar" src="{site}/templates_c/serendipity_event_gravatar/{i}a7f.png" alt="" title="{e(n)}"><cite>{e(n)}</cite> <span class="comment_date">{d}</span></h4><div class="clearfix content serendipity_commentBody"><p>{e(t)}</p></div><footer class="clearfix"><a class="comment_source_trace" href="#c{1870 + i}">#{i + 1}</a> <a class="comment_reply" href="#serendipity_CommentForm" id="serendipity_reply_{1870 + i}" onclick="document.getElementById(\'serendipity_replyTo\').value=\'{1870 + i}\'; return true;">Arrispunni</a></footer></article></li>'
        for i, (n, d, t) in enumerate(
            [
                (
                    "Carmelina",
                    "17/05/2025 13:04",
                    "Ci fui sàbbatu cû me figghi. La sala pî picciriddi è bedda assai, e li guidi spiegaru tuttu cu pacenza. Turnamu dumìnica cû li nanni.",
                ),
                (
                    "Gianni Ficarra",
                    "17/05/2025 18:22",
                    "Finalmenti! Però lu Cumuni avissi a pinsari puru ô parcheggiu, picchì sàbbatu li machini èranu pi tutta la strata dû portu.",
                ),
                (
                    "Turi Lo Cascio",
                    "17/05/2025 19:40",
                    "Grazzii Gianni. Lu sìnnacu ni dissi ca lu parcheggiu novu darreri la chiesa apri a giugnu; ni scrivemu appena avemu li dati.",
                ),
            ]
        )
    )
    latest_cms = lis(
        [
            "Carmelina ô: A Punta Ruvettu riapri la vecchia tunnara",
            "Pippo S. ô: Lu dizziunariu sicilianu di Traina torna 'n stampa",
            "Rusalia ô: La festa di San Vitu a lu quarteri Cappuccini",
        ],
        "<li>{}</li>",
    )
    return f"""<!DOCTYPE html>
<html class="no-js" lang="scn">
<head>
    <meta charset="UTF-8">
    <title>A Punta Ruvettu riapri la vecchia tunnara: addiventa un museu dû mari | Lu Puntali</title>
    <meta name="generator" content="Serendipity v.2.5.0">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="index,follow">
    <link rel="canonical" href="{url}">
    <meta property="og:title" content="{e(art["title"])}">
    <meta property="og:site_name" content="Lu Puntali">
    <meta property="article:published_time" content="{art["date"]}T09:30:00+02:00">
    <meta name="author" content="{e(art["author"])}">
    <link rel="stylesheet" href="{site}/serendipity.css?v=1715000000">
    <script src="{site}/templates/2k11/js/modernizr-2.7.1.min.js"></script>
    <link rel="alternate" type="application/rss+xml" title="Lu Puntali RSS feed" href="{site}/feeds/index.rss2">
    <link rel="alternate" type="application/x.atom+xml" title="Lu Puntali Atom feed" href="{site}/feeds/atom.xml">
    <link rel="pingback" href="{site}/comment.php?type=pingback&amp;entry_id=412">
    <link rel="stylesheet" href="{site}/plugins/serendipity_event_social/shariff.complete.css">
    <script src="{site}/templates/jquery.js"></script>
    <script>jQuery.noConflict();</script>
    <script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-0000000000000000" crossorigin="anonymous"></script>
    <link rel="stylesheet" type="text/css" href="{site}/plugins/serendipity_event_cookieconsent/cookieconsent.min.css">
    <script src="{site}/plugins/serendipity_event_cookieconsent/cookieconsent.min.js"></script>
    <script>window.addEventListener("load", function(){{ window.cookieconsent.initialise({{"palette":{{"popup":{{"background":"#2b2b2b"}},"button":{{"background":"#c8102e"}}}},"theme":"block","position":"bottom","content":{{"message":"Stu situ usa cookie tècnici e di statìstica.","dismiss":"Va beni!","link":"Cchiù nfurmazzioni","href":"{site}/pages/privacy.html"}}}})}});</script>
    {news_ld(art, url, "Lu Puntali", "scn", kind="BlogPosting")}
</head>
<body>
    <a class="visuallyhidden" href="#content"><span lang="en">Skip to content</span></a>
    <div id="page" class="clearfix container">
        <header id="banner" class="clearfix col_12">
            <div id="identity">
                <a href="{site}/">
                    <h1>Lu Puntali</h1>
                    <h2>Nutizzii e cultura 'n lingua siciliana</h2>
                </a>
            </div>
            <form id="searchform" action="{site}/index.php" method="get">
                <input type="hidden" name="serendipity[action]" value="search">
                <label for="serendipityQuickSearchTermField" class="visuallyhidden">Quicksearch</label>
                <input id="serendipityQuickSearchTermField" name="serendipity[searchTerm]" type="search" placeholder="Cerca nt&ocirc; blog&hellip;" value="">
                <input id="searchsend" name="serendipity[searchButton]" type="submit" value="Vai">
            </form>
            <div id="LSResult" style="display: none;"><div id="LSShadow"></div></div>
        </header>
        <nav id="primary-nav" class="clearfix col_12">
            <h2 class="visuallyhidden">Navigation</h2>
            <ul class="clearfix">{nav}</ul>
        </nav>
        <main id="content" class="clearfix col_8">
            <article id="post_412" class="clearfix serendipity_entry serendipity_entry_author_Turi-Lo-Cascio">
                <header class="clearfix">
                    <h2><a href="{url}">{e(art["title"])}</a></h2>
                    <span class="serendipity_byline block_level"><span class="single_user">Pubblicatu di <a href="{site}/authors/2-Turi-Lo-Cascio">{e(art["author"])}</a> lu </span><time datetime="{art["date"]}T09:30:00+02:00">Sàbbatu, 17 di Maiu 2025</time> | <a href="{url}#comments" title="3 Cummenti, 0 Trackbacks">3 Cummenti</a></span>
                </header>
                <div class="clearfix content serendipity_entry_body">
                <figure class="serendipity_imageComment_center" style="width: 1024px"><div class="serendipity_imageComment_img"><a class="serendipity_image_link" href="{site}/uploads/2025/tunnara-punta-ruvettu.jpg"><img class="serendipity_image_center" width="1024" height="640" src="{site}/uploads/2025/tunnara-punta-ruvettu.serendipityThumb.jpg" alt=""></a></div><figcaption class="serendipity_imageComment_txt">La tunnara di Punta Ruvettu vista dû molu, sàbbatu matina. (Foto: T. Lo Cascio)</figcaption></figure>
                {lead}
                </div>
                <div id="extended" class="clearfix content">
                <a id="extended"></a>
                {more}
                </div>
                <footer class="clearfix">
                    <span class="visuallyhidden">Catigurii: </span><a class="post_category" href="{site}/categories/3-Cultura">Cultura</a>, <a class="post_category" href="{site}/categories/6-Mari-e-pisca">Mari e pisca</a>
                    | <a href="{url}#comments" title="3 Cummenti, 0 Trackbacks">3 Cummenti</a>
                    <div class="serendipity_freeTag">Etichetti pi st'articulu: {tags}</div>
                    <div class="serendipity_freetag_taglist"><p class="serendipity_freetag_taglist_related">Articuli currilati pi etichetti:</p><ul class="plainList">{related}</ul></div>
                    <div class="shariff" data-url="{url}" data-services="[&quot;facebook&quot;,&quot;twitter&quot;,&quot;whatsapp&quot;,&quot;mail&quot;]" data-lang="it" data-mail-url="mailto:"><ul class="theme-standard orientation-horizontal col-4"><li class="shariff-button facebook"><a href="https://www.facebook.com/sharer/sharer.php?u={url}" rel="popup" title="Sparti nta Facebook"><span class="fab fa-facebook-f"></span><span class="share_text">sparti</span></a></li><li class="shariff-button whatsapp"><a href="whatsapp://send?text={url}" title="Sparti nta WhatsApp"><span class="fab fa-whatsapp"></span><span class="share_text">sparti</span></a></li><li class="shariff-button mail"><a href="mailto:?body={url}" title="Manna pi e-mail"><span class="fas fa-envelope"></span><span class="share_text">e-mail</span></a></li></ul></div>
                </footer>
            </article>
            <nav class="serendipity_pagination block_level">
                <h2 class="visuallyhidden">Navigazzioni</h2>
                <ul class="clearfix">
                    <li class="prev"><a href="{site}/archives/411-Lu-dizziunariu-sicilianu-di-Traina-torna-n-stampa.html">&larr; Lu dizziunariu sicilianu di Traina torna 'n stampa</a></li>
                    <li class="next"><a href="{site}/archives/413-La-festa-di-San-Vitu.html">La festa di San Vitu a lu quarteri Cappuccini &rarr;</a></li>
                </ul>
            </nav>
            <section id="trackbacks" class="serendipity_comments serendipity_section_trackbacks">
                <h3>Trackbacks</h3>
                <a rel="nofollow" class="trackback_uri" href="{site}/comment.php?type=trackback&amp;entry_id=412" onclick="alert('This link is not meant to be clicked. It contains the trackback URI for this entry.'); return false;" title="This link is not meant to be clicked. It contains the trackback URI for this entry.">URI di trackback pi st'articulu</a>
                <p class="serendipity_center nocontent">Nuddu trackback.</p>
            </section>
            <section id="comments" class="serendipity_comments serendipity_section_comments">
                <h3>Cummenti</h3>
                <p class="manage_comments">Ammustra li cummenti comu <a href="{url}?serendipity[cview]=linear#comments" rel="nofollow" title="Linear">(Linear</a> | Threaded)</p>
                <ul class="comment-list plainList">{cms}</ul>
            </section>
            <section id="reply" class="serendipity_comments">
                <h3 id="serendipity_CommentForm">Lassa un cummentu</h3>
                <div class="serendipity_commentForm">
                    <a id="serendipity_CommentForm"></a>
                    <form id="serendipity_comment" action="{url}#feedback" method="post">
                        <div><input type="hidden" name="serendipity[entry_id]" value="412"></div>
                        <div class="form_field"><label for="serendipity_commentform_name">Nomu</label><input id="serendipity_commentform_name" type="text" name="serendipity[name]" value="" placeholder="Nomu"></div>
                        <div class="form_field"><label for="serendipity_commentform_email">E-mail</label><input id="serendipity_commentform_email" type="email" name="serendipity[email]" value="" placeholder="E-mail"></div>
                        <div class="form_field"><label for="serendipity_commentform_url">Situ web</label><input id="serendipity_commentform_url" type="url" name="serendipity[url]" value="" placeholder="Situ web"></div>
                        <div class="form_select"><label for="serendipity_replyTo">Arrispunni a</label><select id="serendipity_replyTo" name="serendipity[replyTo]"><option value="0">[ Supra ]</option><option value="1870">#1: Carmelina</option><option value="1871">#2: Gianni Ficarra</option><option value="1872">#3: Turi Lo Cascio</option></select></div>
                        <div class="form_area"><label for="serendipity_commentform_comment">Cummentu</label><textarea id="serendipity_commentform_comment" rows="10" name="serendipity[comment]" placeholder="Scrivi ccà lu to cummentu"></textarea></div>
                        <div class="form_tarea serendipity_commentDirection">Pi scriviri pò usari lu BBCode. Li cummenti nun cumpàrinu subbitu: prima li talìa la redazzioni.</div>
                        <div class="form_toolbar"><div class="form_box"><input id="checkbox_remember" type="checkbox" name="serendipity[remember]"><label for="checkbox_remember">Arricòrdati di mia</label></div><div class="form_box"><input id="checkbox_subscribe" type="checkbox" name="serendipity[subscribe]"><label for="checkbox_subscribe">Avvìsami pi e-mail quannu cc'è n'àutru cummentu</label></div></div>
                        <div class="serendipity_commentDirection serendipity_comment_captcha"><label for="captcha">Protezzioni contru lu spam: scrivi li lìttiri ca vidi nta la fiura.</label><img src="{site}/plugin/captcha_8e2f1a.png" title="captcha" alt="CAPTCHA"><input id="captcha" class="input_textbox" type="text" size="5" name="serendipity[captcha]" value=""></div>
                        <div class="form_button"><input id="serendipity_submit" type="submit" name="serendipity[submit]" value="Manna"> <input id="serendipity_preview" type="submit" name="serendipity[preview]" value="Antiprima"></div>
                    </form>
                </div>
            </section>
        </main>
        <aside id="sidebar_right" class="clearfix col_4">
            <h2 class="visuallyhidden">Sidebar</h2>
            <section class="sidebar_plugin clearfix odd serendipity_plugin_html_nugget">
                <h3>Cu semu</h3>
                <div class="sidebar_content clearfix"><p>Lu Puntali è nu blog di nutizzii e di cultura scrittu tuttu 'n sicilianu. Lu facemu di vuluntari, senza pùbbrica amministrazzioni e senza partiti darreri.</p></div>
            </section>
            <section class="sidebar_plugin clearfix even serendipity_plugin_comments">
                <h3>Ùrtimi cummenti</h3>
                <div class="sidebar_content clearfix"><ul class="plainList">{latest_cms}</ul></div>
            </section>
            <section class="sidebar_plugin clearfix odd serendipity_plugin_categories">
                <h3>Catigurii</h3>
                <div class="sidebar_content clearfix"><ul id="serendipity_categories_list" class="plainList"><li class="category_depth0"><a href="{site}/categories/1-Nutizzii">Nutizzii</a></li><li class="category_depth0"><a href="{site}/categories/3-Cultura">Cultura</a></li><li class="category_depth0"><a href="{site}/categories/4-Lingua">Lingua</a></li><li class="category_depth0"><a href="{site}/categories/6-Mari-e-pisca">Mari e pisca</a></li></ul></div>
            </section>
            <section class="sidebar_plugin clearfix even serendipity_plugin_archives">
                <h3>Archiviu</h3>
                <div class="sidebar_content clearfix"><ul class="plainList"><li><a href="{site}/archives/2025/05.html">Maiu 2025</a></li><li><a href="{site}/archives/2025/04.html">Aprili 2025</a></li><li><a href="{site}/archives/2025/03.html">Marzu 2025</a></li><li><a href="{site}/archive">Tuttu l'archiviu</a></li></ul></div>
            </section>
            <section class="sidebar_plugin clearfix odd serendipity_plugin_html_nugget">
                <h3>Newsletter</h3>
                <div class="sidebar_content clearfix"><p>Ogni simana ti mannamu l'articuli novi e na palora siciliana spiegata. Scrivi la to e-mail e nun ti perdi nenti.</p><form action="{site}/plugin/newsletter/subscribe" method="post"><input type="email" name="email" placeholder="La to e-mail"><input type="submit" value="Abbunati"></form></div>
            </section>
            <section class="sidebar_plugin clearfix even serendipity_plugin_syndication">
                <h3>Abbunamentu</h3>
                <div class="sidebar_content clearfix"><ul class="plainList"><li><a class="serendipity_xml_button" href="{site}/feeds/index.rss2">RSS 2.0</a></li><li><a class="serendipity_xml_button" href="{site}/feeds/atom.xml">ATOM 1.0</a></li></ul></div>
            </section>
        </aside>
        <footer id="colophon" class="clearfix col_12">
            <p>© 2025 Lu Puntali &middot; L'articuli si ponnu ripigghiari citannu la fonti. &middot; <a href="{site}/pages/privacy.html">Privacy</a></p>
            <p lang="en">Powered by <a href="https://s9y.org">Serendipity</a> &amp; the <i>2k11</i> theme.</p>
        </footer>
    </div>
    <div role="dialog" aria-live="polite" aria-label="cookieconsent" aria-describedby="cookieconsent:desc" class="cc-window cc-banner cc-type-info cc-theme-block cc-bottom cc-color-override-1138571" style=""><span id="cookieconsent:desc" class="cc-message">Stu situ usa cookie tècnici e di statìstica. Si cuntinui a navigari, accetti ca li usamu. <a aria-label="learn more about cookies" role="button" tabindex="0" class="cc-link" href="{site}/pages/privacy.html" rel="noopener noreferrer nofollow" target="_blank">Cchiù nfurmazzioni</a></span><div class="cc-compliance"><a aria-label="dismiss cookie message" role="button" tabindex="0" class="cc-btn cc-dismiss">Va beni!</a></div></div>
    <script src="{site}/templates/2k11/js/2k11.min.js"></script>
    <script src="{site}/plugins/serendipity_event_social/shariff.complete.js"></script>
</body>
</html>
"""


def konkani(art):
    """WordPress with the Hueman theme, WP QUADS ads, YARPP, Moove GDPR bar."""
    site = "https://sanvreshvarta.example"
    url = f"{site}/2025/08/09/sanvresh-vachnalay/"

    def ad(n):
        return f'<div class="quads-location quads-ad{n}" id="quads-ad{n}" style="float:none;margin:10px 0 10px 0;text-align:center;"><p class="quads-label" style="font-size:11px;color:#999;">जायरात</p><ins class="adsbygoogle" style="display:inline-block;width:336px;height:280px;" data-ad-client="ca-pub-0000000000000000" data-ad-slot="44120{n}"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({{}});</script></div>'

    readalso = '<p><strong>हेंय वाचात:</strong> <a href="/2025/07/28/sanvresh-shala-bhurgim/">सांव्रेश शाळेंत भुरग्यां खातीर नवी बस; पालकांनी उलो मारलो</a></p>'
    body = paras(art, between={1: ad(1), 5: readalso, 11: ad(2)})
    menu_items = [
        ("मुखेल पान", "/"),
        ("गांव", "/category/ganv/"),
        ("गोंय", "/category/goem/"),
        ("शेतकी", "/category/shetki/"),
        ("शिक्षण", "/category/shikshan/"),
        ("खेळ", "/category/khell/"),
        ("संस्कृताय", "/category/sanskrutai/"),
    ]

    def menu(prefix):
        return "".join(
            f'<li id="menu-item-{prefix}{i}" class="menu-item menu-item-type-taxonomy menu-item-object-category{" current-post-ancestor current-menu-parent" if t == "गांव" else ""} menu-item-{prefix}{i}"><a href="{site}{h}"><span class="screen-reader-text">{t}</span>{t}</a></li>'
            for i, (t, h) in enumerate(menu_items, 1)
        )

    top = lis(
        ["आमचे विशीं", "जायरात दियात", "खबर धाडात", "संपर्क"],
        '<li class="menu-item menu-item-type-post_type menu-item-object-page"><a href="#">{}</a></li>',
    )
    yarpp = "".join(
        f'<li><a href="{site}/2025/0{m}/{d}/p{i}/" rel="bookmark" title="{e(t)}">{e(t)}</a> <small>{e(x)}</small></li>'
        for i, (m, d, t, x) in enumerate(
            [
                (
                    7,
                    28,
                    "सांव्रेश शाळेंत भुरग्यां खातीर नवी बस",
                    "पंचायतीन आनी पालक संघटनेन मेळून घेतिल्ली नवी बस सोमारा सावन भुरग्यांक शाळेंत व्हरतली. हाका लागून पयस रावपी भुरग्यांक चलत वचपाची गरज ना.",
                ),
                (
                    7,
                    12,
                    "पावसांत तळ्याक उदक भरलें; शेतकारांक दिलासो",
                    "ह्या वर्सा बरो पावस पडिल्ल्यान गांवच्या तळ्यांत उदक भरलां. दुसऱ्या पिकाक उदकाची अडचण जावची ना, अशें शेतकारांनी सांगलें.",
                ),
                (
                    6,
                    30,
                    "गांवच्या फेस्ताक हजारांनी भक्त",
                    "गांवच्या देवळाच्या फेस्ताक ह्या वर्सा भोवतेक लोक आयिल्ले. पंचायतीन येरादारी आनी उदकाची खास वेवस्था केल्ली.",
                ),
            ],
            1,
        )
    )
    related = "".join(
        f'<li class="related post-hover"><article class="post-{5500 + i} post type-post status-publish format-standard has-post-thumbnail hentry category-ganv"><div class="post-thumbnail"><a href="{site}/p/{5500 + i}/" class="hu-rel-post-thumb"><img width="520" height="245" src="{site}/wp-content/uploads/2025/07/rel{i}-520x245.jpg" class="attachment-thumb-medium size-thumb-medium wp-post-image" alt="" decoding="async" loading="lazy"></a></div><div class="related-inner"><h4 class="post-title entry-title"><a href="{site}/p/{5500 + i}/" rel="bookmark">{e(t)}</a></h4><div class="post-meta group"><p class="post-date"><time class="published updated" datetime="2025-07-{10 + i}T09:00:00+05:30">{d}</time></p></div></div></article></li>'
        for i, (t, d) in enumerate(
            [
                ("पंचायतीच्या ग्रामसभेंत कचऱ्याचो प्रस्न", "जुलय 21, 2025"),
                ("सांव्रेशच्या चलयांक राज्य खो-खो स्पर्धेंत भांगर", "जुलय 17, 2025"),
                ("गांवांत नवें आरोग्य केंद्र फुडल्या म्हयन्यांत", "जुलय 11, 2025"),
            ],
            1,
        )
    )
    cms = "".join(
        f'<li class="comment {"even thread-even" if i % 2 == 0 else "odd alt thread-odd"} depth-1" id="li-comment-{881 + i}"><div id="comment-{881 + i}" class="comment-body"><div class="comment-author vcard"><img alt="" src="https://secure.gravatar.com/avatar/{i}?s=48&amp;d=mm&amp;r=g" class="avatar avatar-48 photo" height="48" width="48" loading="lazy" decoding="async"><cite class="fn">{e(n)}</cite> <span class="says">म्हणटा:</span></div><div class="comment-meta commentmetadata"><a href="{url}#comment-{881 + i}">{d}</a></div><p>{e(t)}</p><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{881 + i}" data-commentid="{881 + i}" data-postid="5521" data-belowelement="comment-{881 + i}" data-respondelement="respond" data-replyto="{e(n)} क जाप दियात" aria-label="{e(n)} क जाप दियात">जाप दियात</a></div></div></li>'
        for i, (n, d, t) in enumerate(
            [
                (
                    "संदेश गावस",
                    "ऑगस्ट 9, 2025 सकाळीं 11:15 वर",
                    "खूब बरें काम केलां पंचायतीन. म्हजो पूत आयतारा सकाळीं वाचनालयांत गेल्लो आनी दोन बुकां घेवन आयलो.",
                ),
                (
                    "मारिया फर्नांडिस",
                    "ऑगस्ट 9, 2025 दनपारां 2:40 वर",
                    "सोमारा वाचनालय बंद कित्याक? कामाचे लोक फकत आयतारा आनी सोमारा मोकळे आसतात, तेन्ना वेळ बदलपाचो विचार करचो.",
                ),
                (
                    "अनिल नायक",
                    "ऑगस्ट 10, 2025 सकाळीं 8:05 वर",
                    "म्हज्या घरांत कोंकणी बुकांचो एक पेटो आसा. तीं दान दिवपाक कोणाक मेळचें, ताची म्हायती दिल्यार बरें जातलें.",
                ),
            ]
        )
    )
    tab_recent = "".join(
        f'<li><div class="tab-item-thumbnail"><a href="{site}/r/{i}/"><img width="80" height="80" src="{site}/wp-content/uploads/2025/08/r{i}-80x80.jpg" class="attachment-thumb-small size-thumb-small wp-post-image" alt="" loading="lazy"></a></div><div class="tab-item-inner group"><p class="tab-item-category"><a href="{site}/category/{c[1]}/" rel="category tag">{c[0]}</a></p><p class="tab-item-title"><a href="{site}/r/{i}/" rel="bookmark">{e(t)}</a></p><p class="tab-item-date">{d}</p></div></li>'
        for i, (c, t, d) in enumerate(
            [
                (("गोंय", "goem"), "म्हापशें बाजारांत भाजयेचे दर देंवले", "ऑगस्ट 8, 2025"),
                (("शेतकी", "shetki"), "काजू बागायतदारांक नवें अनुदान जाहीर", "ऑगस्ट 7, 2025"),
                (("खेळ", "khell"), "गांवच्या फुटबॉल संघाची जिल्हा स्पर्धेंत जैत", "ऑगस्ट 5, 2025"),
            ],
            1,
        )
    )
    tab_comments = "".join(
        f'<li><div class="tab-item-avatar"><a href="{site}/c/{i}/"><img alt="" src="https://secure.gravatar.com/avatar/t{i}?s=96&amp;d=mm&amp;r=g" class="avatar avatar-96 photo" height="96" width="96" loading="lazy"></a></div><div class="tab-item-inner group"><div class="tab-item-name">{e(n)} म्हणटा:</div><div class="tab-item-comment"><a href="{site}/c/{i}/">{e(t)}</a></div></div></li>'
        for i, (n, t) in enumerate(
            [
                ("अनिल नायक", "म्हज्या घरांत कोंकणी बुकांचो एक पेटो आसा…"),
                ("रोहिदास शेट", "बस वेळार पावता मूं? कालच अर्द वर उशीर जालो…"),
            ],
            1,
        )
    )
    return f"""<!DOCTYPE html>
<html class="no-js" lang="kok-IN">
<head>
  <meta charset="UTF-8">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <link rel="profile" href="https://gmpg.org/xfn/11" />
  <link rel="pingback" href="{site}/xmlrpc.php">
  <title>{e(art["title"])} &#8211; सांव्रेश वार्ता</title>
<meta name='robots' content='max-image-preview:large' />
<script>document.documentElement.className = document.documentElement.className.replace("no-js","js");</script>
<link rel="canonical" href="{url}" />
<meta property="og:locale" content="kok_IN" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{e(art["title"])}" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="सांव्रेश वार्ता" />
<meta property="article:published_time" content="{art["date"]}T07:45:00+05:30" />
<meta name="author" content="{e(art["author"])}" />
<link rel='stylesheet' id='hueman-main-style-css' href='{site}/wp-content/themes/hueman/assets/front/css/main.min.css?ver=3.7.25' type='text/css' media='all' />
<style id='hueman-main-style-inline-css' type='text/css'>
body {{ font-size:1.00rem; }}@media only screen and (min-width: 720px) {{ .nav > li {{ font-size:1.00rem; }} }}.sidebar .widget {{ padding-left: 20px; padding-right: 20px; padding-top: 20px; }}::selection {{ background-color: #b8461b; }}
</style>
<link rel='stylesheet' id='hueman-font-awesome-css' href='{site}/wp-content/themes/hueman/assets/front/css/font-awesome.min.css?ver=3.7.25' type='text/css' media='all' />
<link rel='stylesheet' id='yarppRelatedCss-css' href='{site}/wp-content/plugins/yet-another-related-posts-plugin/style/related.css?ver=5.30.11' type='text/css' media='all' />
<link rel='stylesheet' id='moove_gdpr_frontend-css' href='{site}/wp-content/plugins/gdpr-cookie-compliance/dist/styles/gdpr-main.css?ver=4.15.6' type='text/css' media='all' />
<script src="{site}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script id="hu-init-js-js-extra">var HUParams = {{"_disabled":[],"SmoothScroll":{{"Enabled":false,"Options":{{"touchpadSupport":false}}}},"centerAllImg":"1","timerSaveOptions":100,"sidebarOneWidth":340,"sidebarTwoWidth":260,"isWPMobile":"","menuStickyUserSettings":{{"desktop":"stick_up","mobile":"stick_up"}},"mobileSubmenuExpandOnClick":"1","submenuTogglerIcon":"<i class=\\"fas fa-angle-down\\"><\\/i>","isDevMode":"","ajaxUrl":"{site}\\/?huajax=1","frontNonce":{{"id":"HuFrontNonce","handle":"5a2e91c0d4"}},"isWelcomeNoteOn":false,"welcomeContent":"","i18n":{{"collapsibleExpand":"Expand","collapsibleCollapse":"Collapse"}},"deferFontAwesome":false,"fontAwesomeUrl":"{site}\\/wp-content\\/themes\\/hueman\\/assets\\/front\\/webfonts\\/","mainScriptUrl":"{site}\\/wp-content\\/themes\\/hueman\\/assets\\/front\\/js\\/scripts.min.js?3.7.25","flexSliderNeeded":false,"flexSliderOptions":{{"is_rtl":false,"has_touch_support":true,"is_slideshow":false,"slideshow_speed":5000}}}};</script>
<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-0000000000000000" crossorigin="anonymous"></script>
{news_ld(art, url, "सांव्रेश वार्ता", "kok")}
</head>

<body class="post-template-default single single-post postid-5521 single-format-standard wp-custom-logo wp-embed-responsive col-2cl full-width topbar-enabled header-desktop-sticky header-mobile-sticky hueman-3-7-25 chrome">
<div id="wrapper">
  <a class="screen-reader-text skip-link" href="#content">मुखेल मजकुराचेर वचात</a>
  <header id="header" class="top-menu-mobile-on one-mobile-menu top_menu header-ads-desktop topbar-transparent no-header-img">
        <nav class="nav-container group mobile-menu mobile-sticky" id="nav-mobile" data-menu-id="header-1">
  <div class="mobile-title-logo-in-header"><p class="site-title"><a class="custom-logo-link" href="{site}/" rel="home" title="सांव्रेश वार्ता | मुखेल पान">सांव्रेश वार्ता</a></p></div>
        <button class="ham__navbar-toggler-two collapsed" title="Menu" aria-expanded="false"><span class="ham__navbar-span-wrapper"><span class="line line-1"></span><span class="line line-2"></span><span class="line line-3"></span></span></button>
    <div class="nav-text"></div>
  <div class="nav-wrap container">
    <ul class="nav container-inner group mobile-search"><li><form role="search" method="get" class="search-form" action="{site}/"><label><span class="screen-reader-text">सोदात:</span><input type="search" class="search-field" placeholder="सोदात &hellip;" value="" name="s" /></label><input type="submit" class="search-submit" value="सोद" /></form></li></ul>
    <ul id="menu-main-menu" class="nav container-inner group">{menu("m")}</ul>
  </div>
</nav>
    <nav class="nav-container group desktop-menu" id="nav-topbar" data-menu-id="header-2">
    <div class="nav-text"></div>
  <div class="topbar-toggle-down"><i class="fas fa-angle-double-down" aria-hidden="true" data-toggle="down" title="Expand menu"></i><i class="fas fa-angle-double-up" aria-hidden="true" data-toggle="up" title="Collapse menu"></i></div>
  <div class="nav-wrap container"><ul id="menu-top" class="nav container-inner group">{top}</ul></div>
  <div id="topbar-header-search" class="container"><div class="container-inner"><button class="toggle-search"><i class="fas fa-search"></i></button><div class="search-expand"><div class="search-expand-inner"><form role="search" method="get" class="search-form" action="{site}/"><label><span class="screen-reader-text">सोदात:</span><input type="search" class="search-field" placeholder="सोदात &hellip;" value="" name="s" /></label><input type="submit" class="search-submit" value="सोद" /></form></div></div></div></div>
</nav>
      <div class="container group">
        <div class="container-inner">
          <div class="group hu-pad central-header-zone">
            <div class="logo-tagline-group">
              <p class="site-title"><a class="custom-logo-link" href="{site}/" rel="home" title="सांव्रेश वार्ता | मुखेल पान"><img src="{site}/wp-content/uploads/2023/01/sanvresh-varta-logo.png" alt="सांव्रेश वार्ता" width="300" height="70"/></a></p>
              <p class="site-description">आमच्या गांवची खबर, आमच्या भाशेंत</p>
            </div>
            <div id="header-widgets"><div id="custom_html-2" class="widget_text widget widget_custom_html"><div class="textwidget custom-html-widget"><a href="{site}/advertise/"><img src="{site}/wp-content/uploads/2025/06/kamat-hardware-728x90.jpg" width="728" height="90" alt="कामत हार्डवेअर, सांव्रेश"></a></div></div></div>
          </div>
          <nav class="nav-container group desktop-menu" id="nav-header" data-menu-id="header-3">
    <div class="nav-text"></div>
  <div class="nav-wrap container"><ul id="menu-main-menu-1" class="nav container-inner group">{menu("d")}</ul></div>
</nav>
        </div>
      </div>
  </header>
  <div class="container" id="page">
    <div class="container-inner">
      <div class="main">
        <div class="main-inner group">
<main class="content" id="content">
  <div class="page-title hu-pad group">
                <ul class="meta-single group">
                <li class="category"><a href="{site}/category/ganv/" rel="category tag">गांव</a> <span>/</span> <a href="{site}/category/shikshan/" rel="category tag">शिक्षण</a></li>
                                <li class="comments"><a href="{url}#comments"><i class="far fa-comments"></i>3</a></li>
                            </ul>
  </div>
  <div class="hu-pad group">
          <article class="post-5521 post type-post status-publish format-standard has-post-thumbnail hentry category-ganv category-shikshan tag-vachnalay tag-panchayat">
    <div class="post-inner group">
      <h1 class="post-title entry-title">{e(art["title"])}</h1>
  <p class="post-byline">
       by     <span class="vcard author"><span class="fn"><a href="{site}/author/priya/" title="{e(art["author"])} हांचे पोस्ट" rel="author">{e(art["author"])}</a></span></span> &middot;
            Published <time class="published" datetime="{art["date"]}T07:45:00+05:30">ऑगस्ट 9, 2025</time>
                  &middot; Last modified <time class="updated" datetime="2025-08-10T09:12:00+05:30">ऑगस्ट 10, 2025</time>
      </p>
      <div class="image-container"><img width="720" height="340" src="{site}/wp-content/uploads/2025/08/vachnalay-720x340.jpg" class="attachment-thumb-large size-thumb-large wp-post-image" alt="" decoding="async" fetchpriority="high"><div class="image-caption">सांव्रेश पंचायतीचें नवें वाचनालय, आयतारा उक्तावणा उपरांत. (फोटो: सांव्रेश वार्ता)</div></div>
      <div class="clear"></div>
      <div class="entry themeform share">
        <div class="entry-inner">
          {body}
<div class='yarpp yarpp-related yarpp-related-website yarpp-template-list'>
<h3>हेय खबरो लेगीत वाचात:</h3><ol>{yarpp}</ol>
</div>
          <nav class="pagination group"></nav>
        </div>
        <div class="sharrre-container sharrre-header group">
          <span>वांटून घेयात</span>
          <div id="twitter" data-url="{url}" data-text="{e(art["title"])}" data-title="Tweet"><a class="box" href="#"><div class="count" href="#"><i class="fas fa-plus"></i></div><div class="share"><i class="fab fa-x-twitter"></i></div></a></div>
          <div id="facebook" data-url="{url}" data-text="{e(art["title"])}" data-title="Like"><a class="box" href="#"><div class="count" href="#"><i class="fas fa-plus"></i></div><div class="share"><i class="fab fa-facebook-square"></i></div></a></div>
          <div id="whatsapp" data-url="{url}"><a class="box" href="https://api.whatsapp.com/send?text={url}"><div class="share"><i class="fab fa-whatsapp"></i></div></a></div>
        </div>
        <div class="clear"></div>
      </div>
    </div>
  </article>
  <div class="clear"></div>
<p class="post-tags"><span>Tags:</span> <a href="{site}/tag/vachnalay/" rel="tag">वाचनालय</a><a href="{site}/tag/panchayat/" rel="tag">पंचायत</a><a href="{site}/tag/sanvresh/" rel="tag">सांव्रेश</a></p>
  <div class="author-bio">
    <div class="bio-avatar"><img alt="" src="https://secure.gravatar.com/avatar/priya?s=128&amp;d=mm&amp;r=g" class="avatar avatar-128 photo" height="128" width="128" loading="lazy"></div>
    <p class="bio-name">{e(art["author"])}</p>
    <p class="bio-desc">प्रिया नायक सांव्रेश वार्तेची वार्ताहर. ती गांवांतल्या शिक्षण, पंचायत आनी भलायकेच्या खबरो बरयता.</p>
    <div class="clear"></div>
  </div>
	<ul class="post-nav group">
		<li class="next"><strong>फुडली खबर&nbsp;</strong><a href="{site}/2025/08/10/ganv-rasto/" rel="next"><i class="fas fa-chevron-right"></i><span>गांवच्या मुखेल रस्त्याचें काम पावसा उपरांत</span></a></li>
		<li class="previous"><strong>आदली खबर&nbsp;</strong><a href="{site}/2025/08/08/kaju-anudan/" rel="prev"><i class="fas fa-chevron-left"></i><span>काजू बागायतदारांक नवें अनुदान जाहीर</span></a></li>
	</ul>
<h4 class="heading"><i class="far fa-hand-point-right"></i>तुमकां हें लेगीत आवडटलें...</h4>
<ul class="related-posts group">{related}</ul>
<section id="comments" class="themeform">
	<h3 class="heading">3 प्रतिसाद</h3>
	<ul class="comment-tabs group">
		<li class="active"><a href="#commentlist-container"><i class="far fa-comments"></i>Comments<span>3</span></a></li>
		<li><a href="#pinglist-container"><i class="fas fa-share"></i>Pingbacks<span>0</span></a></li>
	</ul>
	<div id="commentlist-container" class="comment-tab">
		<ol class="commentlist">{cms}</ol>
		<nav class="comments-nav group"><div class="nav-previous"></div><div class="nav-next"></div></nav>
	</div>
	<div id="respond" class="comment-respond">
		<h3 id="reply-title" class="comment-reply-title">तुमचो अभिप्राय दियात <small><a rel="nofollow" id="cancel-comment-reply-link" href="{url}#respond" style="display:none;">जाप रद्द करात</a></small></h3><form action="{site}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">तुमचो ईमेल पत्तो उजवाडाक येवचो ना.</span> <span class="required-field-message">गरजेच्यो सुवाती <span class="required">*</span> ह्या चिन्नान दाखयल्यात</span></p><p class="comment-form-comment"><label for="comment">अभिप्राय <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p><p class="comment-form-author"><label for="author">नांव <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p><p class="comment-form-email"><label for="email">ईमेल <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" autocomplete="email" required /></p><p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /> <label for="wp-comment-cookies-consent">फुडल्या खेपे खातीर म्हजें नांव आनी ईमेल ह्या ब्राउजरांत सांबाळून दवरात.</label></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="अभिप्राय धाडात" /> <input type='hidden' name='comment_post_ID' value='5521' id='comment_post_ID' /><input type='hidden' name='comment_parent' id='comment_parent' value='0' /></p></form>
	</div>
</section>
  </div>
</main>
	<div class="sidebar s1 collapsed" data-position="right" data-layout="col-2cl" data-sb-id="s1">
		<button class="sidebar-toggle" title="Expand Sidebar"><i class="fas sidebar-toggle-arrows"></i></button>
		<div class="sidebar-content">
                        <div class="sidebar-top group">
                        <p>आमकां फॉलो करात:</p>
                    <ul class="social-links"><li><a rel="nofollow noopener noreferrer" class="social-tooltip" title="Facebook" aria-label="fab fa-facebook" href="https://facebook.com/sanvreshvarta" target="_blank" style="color:#3b5998"><i class="fab fa-facebook"></i></a></li><li><a rel="nofollow noopener noreferrer" class="social-tooltip" title="YouTube" aria-label="fab fa-youtube" href="https://youtube.com/@sanvreshvarta" target="_blank" style="color:#e62117"><i class="fab fa-youtube"></i></a></li></ul>  			</div>
			<div id="alxtabs-2" class="widget widget_hu_tabs">
<h3 class="widget-title"></h3><ul class="alx-tabs-nav group tab-count-2"><li class="alx-tab tab-recent"><a href="#tab-recent-2" title="नव्यो खबरो"><i class="far fa-clock"></i><span>नव्यो खबरो</span></a></li><li class="alx-tab tab-comments"><a href="#tab-comments-2" title="नवे अभिप्राय"><i class="far fa-comments"></i><span>नवे अभिप्राय</span></a></li></ul>
	<div class="alx-tabs-container">
			<ul id="tab-recent-2" class="alx-tab group thumbs-enabled">{tab_recent}</ul>
			<ul id="tab-comments-2" class="alx-tab group avatars-enabled">{tab_comments}</ul>
	</div>
</div>
<div id="text-3" class="widget widget_text"><h3 class="widget-title">खबर धाडात</h3><div class="textwidget"><p>तुमच्या वाड्यार कितें नवें घडलां? फोटो आनी खबर आमच्या वॉट्सॲप क्रमांकाचेर 90000 11111 धाडात. दर खबर आमी तपासून उजवाडाक हाडटात.</p></div></div>
<div id="custom_html-4" class="widget_text widget widget_custom_html"><h3 class="widget-title">जायरात</h3><div class="textwidget custom-html-widget"><a href="{site}/advertise/"><img src="{site}/wp-content/uploads/2025/05/naik-medical-300x250.jpg" width="300" height="250" alt="नायक मेडिकल स्टोअर"></a></div></div>
		</div>
	</div>
        </div>
      </div>
    </div>
  </div>
  <footer id="footer">
    <section class="container" id="footer-widgets">
          <div class="container-inner">
            <div class="hu-pad group">
                <div class="footer-widget-1 grid one-third "><div id="text-5" class="widget widget_text"><h3 class="widget-title">सांव्रेश वार्ता विशीं</h3><div class="textwidget"><p>सांव्रेश वार्ता हें 2019 सावन गांवांतल्या तरणाट्यांनी चलयल्लें कोंकणी खबरांचें संकेतस्थळ. आमी खंयच्याय राजकी पक्षाकडेन जोडिल्ले नात.</p></div></div></div>
                <div class="footer-widget-2 grid one-third "><div id="nav_menu-2" class="widget widget_nav_menu"><h3 class="widget-title">गरजेचे लिंक</h3><div class="menu-footer-container"><ul id="menu-footer" class="menu"><li class="menu-item"><a href="{site}/privacy-policy/">गुपीतपण धोरण</a></li><li class="menu-item"><a href="{site}/corrections/">सुदारणा धोरण</a></li><li class="menu-item"><a href="{site}/contact/">संपर्क</a></li></ul></div></div></div>
                <div class="footer-widget-3 grid one-third last"><div id="text-6" class="widget widget_text"><h3 class="widget-title">संपर्क</h3><div class="textwidget"><p>पंचायत घरा लागीं, सांव्रेश, गोंय 403 000. ईमेल: news@sanvreshvarta.example</p></div></div></div>
            </div>
          </div>
    </section>
    <nav class="nav-container group" id="nav-footer" data-menu-id="footer-4"><div class="nav-text"></div><div class="nav-wrap"><ul id="menu-footer-1" class="nav container group">{top}</ul></div></nav>
    <section class="container" id="footer-bottom">
      <div class="container-inner">
        <a id="back-to-top" href="#"><i class="fas fa-angle-up"></i></a>
        <div class="hu-pad group">
          <div class="grid one-half">
            <div id="copyright"><p>सांव्रेश वार्ता &copy; 2025. सगळे हक्क राखून दवरल्यात.</p></div>
            <div id="credit" style=""><p>Powered by&nbsp;<a class="thick" href="https://wordpress.org" title="WordPress" rel="nofollow">WordPress</a>. Theme by&nbsp;<a href="https://presscustomizr.com" title="Press Customizr">Press Customizr</a>.</p></div>
          </div>
          <div class="grid one-half last"><ul class="social-links"><li><a rel="nofollow noopener noreferrer" class="social-tooltip" title="Facebook" href="https://facebook.com/sanvreshvarta" target="_blank"><i class="fab fa-facebook"></i></a></li></ul></div>
        </div>
      </div>
    </section>
  </footer>
</div>
<aside id="moove_gdpr_cookie_info_bar" class="moove-gdpr-info-bar-hidden moove-gdpr-align-center moove-gdpr-dark-scheme gdpr_infobar_postion_bottom" aria-label="GDPR Cookie Banner">
    <div class="moove-gdpr-info-bar-container">
      <div class="moove-gdpr-info-bar-content">
        <div class="moove-gdpr-cookie-notice">
  <p>आमी ह्या संकेतस्थळार कुकीज वापरतात, जाका लागून तुमकां बरो अणभव मेळटलो. तुमी संकेतस्थळ वापरप चालूच दवरल्यार, कुकीज वापरपाक तुमची मान्यताय आसा अशें आमी मानतले.</p>
  <p>चड म्हायती आमच्या <button data-href="#moove_gdpr_cookie_modal" class="change-settings-button">कुकी सेटिंग्ज</button> हांगा मेळटली.</p>
        </div>
        <div class="moove-gdpr-button-holder">
          <button class="mgbutton moove-gdpr-infobar-allow-all gdpr-fbo-0" aria-label="मान्य" role="button">मान्य</button>
          <button class="mgbutton moove-gdpr-infobar-reject-btn gdpr-fbo-1" aria-label="नाकारात" role="button">नाकारात</button>
        </div>
      </div>
    </div>
</aside>
<script id="moove_gdpr_frontend-js-extra">var moove_frontend_gdpr_scripts = {{"ajaxurl":"{site}\\/wp-admin\\/admin-ajax.php","post_id":"5521","plugin_dir":"{site}\\/wp-content\\/plugins\\/gdpr-cookie-compliance","show_icons":"all","is_page":"","ajax_cookie_removal":"false","strict_init":"2","enabled_default":{{"third_party":0,"advanced":0}},"geo_location":"false","force_reload":"false","is_single":"1","hide_save_btn":"false","current_user":"0","cookie_expiration":"365","script_delay":"2000","close_btn_action":"1","close_btn_rdr":"","scripts_defined":"{{\\"cache\\":true,\\"header\\":\\"\\",\\"body\\":\\"\\",\\"footer\\":\\"\\",\\"thirdparty\\":{{\\"header\\":\\"\\",\\"body\\":\\"\\",\\"footer\\":\\"\\"}},\\"advanced\\":{{\\"header\\":\\"\\",\\"body\\":\\"\\",\\"footer\\":\\"\\"}}}}","gdpr_scor":"true","wp_lang":""}};</script>
<script src="{site}/wp-content/plugins/gdpr-cookie-compliance/dist/scripts/main.js?ver=4.15.6" id="moove_gdpr_frontend-js"></script>
<script src="{site}/wp-content/themes/hueman/assets/front/js/scripts.min.js?ver=3.7.25" id="hu-front-scripts-js" defer></script>
<script src="{site}/wp-includes/js/comment-reply.min.js?ver=6.7.1" id="comment-reply-js" async data-wp-strategy="async"></script>
</body>
</html>
"""


def sesotho(art):
    """Textpattern 4.8 with the four-point-eight theme: article, comments, aside."""
    site = "https://thebeeaborwa.example"
    url = f"{site}/litaba/1184/metsi-a-hloekileng-a-fihla-ha-ramokhele"
    ad = '<div class="ad-inline" role="complementary" aria-label="Papatso"><p class="ad-label"><small>Papatso</small></p><a href="https://maluti-hardware.example/" rel="sponsored"><img src="/images/214.jpg" alt="Maluti Hardware, Mafeteng" width="600" height="120"></a></div>'
    readalso = '<p class="read-also"><strong>Bala hape:</strong> <a href="/litaba/1161/sekolo-sa-ha-ramokhele-se-fumana-litafole-tse-ncha" rel="bookmark">Sekolo sa Ha Ramokhele se fumana litafole tse ncha</a></p>'
    body = paras(art, between={1: ad, 5: readalso})
    act = ' class="active"'
    nav = "".join(
        f'<li{act if t == "Litaba" else ""}><a href="{site}/{h}">{t}</a></li>'
        for t, h in [
            ("Lehae", ""),
            ("Litaba", "litaba/"),
            ("Temo", "temo/"),
            ("Lipapali", "lipapali/"),
            ("Maikutlo", "maikutlo/"),
            ("Ka rona", "ka-rona/"),
        ]
    )
    cms = "".join(
        f'<li class="comment{" comments-author" if n == art["author"] else ""}" id="c{10482 + i:06d}"><article class="comment-body"><h4 class="comment-author">{e(n)}</h4><p class="comment-meta"><a rel="nofollow" href="{url}#c{10482 + i:06d}"><time datetime="2025-07-{14 + i // 2}T1{3 + i}:2{i}:00+02:00">{d}</time></a></p><div class="comment-content"><p>{e(t)}</p></div></article></li>'
        for i, (n, d, t) in enumerate(
            [
                (
                    "Lineo M.",
                    "14 Phupu 2025 ka 13:20",
                    "Ke thabetse baahi ba Ha Ramokhele haholo. Nkhono oa ka o ne a ntse a re o lakatsa ho bona metsi a tla motseng pele a hlokahala.",
                ),
                (
                    "Thabo Mokhothu",
                    "14 Phupu 2025 ka 14:21",
                    "Morero o motle, empa maloti a leshome ka khoeli a ka ba mangata ho malapa a mang. Komiti e ke e nahane ka ba sa khoneng ho lefa.",
                ),
                (
                    "Palesa Ntšekhe",
                    "15 Phupu 2025 ka 15:22",
                    "Kea leboha Thabo. Komiti e re bolella hore malapa a sa khoneng a tla buisanoa le ona ka bonngoe; re tla ngola ha ho na le tse ncha.",
                ),
            ]
        )
    )
    latest = lis(
        [
            "Sekolo sa Ha Ramokhele se fumana litafole tse ncha",
            "Lehoatata le ama lijalo tsa poone Mafeteng",
            "Bacha ba thehile sehlopha sa bolo ea maoto sa basali",
            "Lekhotla le qala ho lokisa tsela ea Tsoaing",
        ],
        '<li><a href="/litaba/" rel="bookmark">{}</a></li>',
    )
    related = "".join(
        f'<li><a href="/litaba/{1150 + i}/" rel="bookmark">{e(t)}</a><p>{e(x)}</p></li>'
        for i, (t, x) in enumerate(
            [
                (
                    "Lehoatata le ama lijalo tsa poone Mafeteng",
                    "Lihoai tse ngata seterekeng li re pula e fokolang ea selemo sena e fokolisitse kotulo ea poone ka halofo.",
                ),
                (
                    "Metsi Bophelo e rera merero e meng e mehlano",
                    "Mokhatlo o re o batla ho tlisa lipompo metseng e mehlano e meng ea Mafeteng pele ho ntlha ea selemo se tlang.",
                ),
            ]
        )
    )
    return f"""<!doctype html>
<html lang="st" dir="ltr">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
    <title>{e(art["title"])} | Thebe ea Borwa</title>
    <meta name="description" content="Baahi ba Ha Ramokhele ba qalile ho kha metsi a hloekileng lipompong tse ncha.">
    <meta name="generator" content="Textpattern CMS">
    <meta name="robots" content="index, follow, noodp, noydir">
    <link rel="canonical" href="{url}">
    <meta property="og:site_name" content="Thebe ea Borwa">
    <meta property="og:type" content="article">
    <meta property="og:title" content="{e(art["title"])}">
    <meta property="og:url" content="{url}">
    <meta name="author" content="{e(art["author"])}">
    <link rel="alternate" type="application/rss+xml" title="RSS feed" href="{site}/rss/">
    <link rel="alternate" type="application/atom+xml" title="Atom feed" href="{site}/atom/">
    <link rel="stylesheet" href="{site}/css.php?n=default&amp;t=four-point-eight">
    {news_ld(art, url, "Thebe ea Borwa", "st")}
</head>
<body class="article-page" itemscope itemtype="https://schema.org/WebPage">
    <div class="cookie-note" id="cookie-note" role="dialog" aria-label="Cookies">
        <p>Webosaete ena e sebelisa li-cookie ho bala hore na ke batho ba bakae ba e balang. Ha ho na tlhahisoleseling ea hau e rekisoang ho mang kapa mang.</p>
        <button type="button" class="cookie-accept">Ke utloisisa</button> <a href="{site}/ka-rona/lekunutu">Bala haholoanyane</a>
    </div>
    <a class="skip-link" href="#main">Eya litabeng</a>
    <header class="site-header">
        <h1><a rel="home" href="{site}/" title="Lehae">Thebe ea Borwa</a></h1>
        <h3>Litaba tsa Mafeteng le Mohale's Hoek ka Sesotho</h3>
    </header>
    <nav class="site-navigation" aria-label="Tsamaiso ea sebaka">
        <div>
            <ul class="section_list">{nav}</ul>
            <form class="search-form" role="search" method="get" action="{site}/">
                <p><label class="accessibility" for="search-textbox">Batla</label><input id="search-textbox" name="q" placeholder="Batla" required type="search"><input type="submit" value="Batla"></p>
            </form>
        </div>
    </nav>
    <div class="wrapper">
        <div class="container">
            <main id="main" aria-label="Litaba tse ka sehloohong">
                <div class="container">
                    <article class="article" itemprop="mainEntity" itemscope itemtype="https://schema.org/Article">
                        <meta itemprop="mainEntityOfPage" content="{url}">
                        <meta itemprop="datePublished" content="{art["date"]}T09:15:00+02:00">
                        <h1 itemprop="headline"><a href="{url}" title="Sehokelo sa ka ho sa feleng">{e(art["title"])}</a></h1>
                        <p class="author"><span class="footnote">Ka</span> <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name"><a rel="author" href="{site}/author/palesa-ntsekhe">{e(art["author"])}</a></span></span> &#183; <time datetime="{art["date"]}T09:15:00+02:00" itemprop="datePublished">14 Phupu 2025</time> &#183; <span class="footnote">Sehlopha:</span> <a rel="tag" href="{site}/litaba/?c=metse">Metse</a></p>
                        <figure class="article-image"><img src="{site}/images/1184.jpg" alt="" width="960" height="540" loading="lazy" itemprop="image"><figcaption class="caption">'Mè Mathabo Lerotholi o kha metsi pompong e ncha. Setšoantšo: Thebe ea Borwa</figcaption></figure>
                        <div itemprop="articleBody">
{body}
                        </div>
                        <p><strong>Mantsoe a sehlooho:</strong> <a rel="tag" href="{site}/litaba/?keywords=metsi">metsi</a>, <a rel="tag" href="{site}/litaba/?keywords=mafeteng">Mafeteng</a>, <a rel="tag" href="{site}/litaba/?keywords=lekhotla">lekhotla la sebaka</a></p>
                        <p class="share-links"><strong>Arolelana:</strong> <a href="https://www.facebook.com/sharer/sharer.php?u={url}">Facebook</a> &#183; <a href="https://api.whatsapp.com/send?text={url}">WhatsApp</a> &#183; <a href="mailto:?subject=Thebe%20ea%20Borwa&amp;body={url}">E-mail</a></p>
                    </article>
                    <nav class="paginator" aria-label="Litaba tse ling">
                        <a rel="prev" href="{site}/litaba/1183/lehoatata-le-ama-lijalo-tsa-poone" title="Lehoatata le ama lijalo tsa poone Mafeteng">Taba e fetileng</a>
                        <a rel="next" href="{site}/litaba/1185/bacha-ba-theha-sehlopha" title="Bacha ba thehile sehlopha sa bolo ea maoto sa basali">Taba e latelang</a>
                    </nav>
                    <section class="related-articles" aria-labelledby="related-head">
                        <h2 id="related-head">Litaba tse amanang</h2>
                        <ul class="article_list">{related}</ul>
                    </section>
                    <section class="article-comments" aria-labelledby="comments-head">
                        <h2 id="comments-head">Maikutlo (3)</h2>
                        <ol class="comments-list" aria-label="Maikutlo a babali">{cms}</ol>
                        <form id="txpCommentInputForm" method="post" action="{url}#cpreview">
                            <div class="comments-wrapper">
                                <h3 class="comments-form-heading">Fana ka maikutlo</h3>
                                <p class="footnote">Aterese ea hau ea e-mail e ke ke ea phatlalatsoa. Maikutlo a hlahlojoa ke mohlophisi pele a hlaha.</p>
                                <p class="comment-name"><label for="name">Lebitso</label><input class="comment_name_input" id="name" name="name" type="text" size="25" maxlength="255" value="" required></p>
                                <p class="comment-email"><label for="email">E-mail</label><input class="comment_email_input" id="email" name="email" type="email" size="25" maxlength="254" value="" required></p>
                                <p class="comment-web"><label for="web">Webosaete</label><input class="comment_web_input" id="web" name="web" type="text" size="25" maxlength="255" value=""></p>
                                <p class="comment-remember"><input class="checkbox" id="remember" name="remember" type="checkbox" value="1"><label for="remember">Hopola</label></p>
                                <p class="comment-message"><label for="message">Molaetsa</label><textarea class="txpCommentInputMessage" id="message" name="message" cols="25" rows="5" required></textarea></p>
                                <p class="comment-submit"><input class="button" name="preview" type="submit" value="Sheba pele"> <input class="button" name="submit" type="submit" value="Romela"></p>
                                <input type="hidden" name="parentid" value="1184"><input type="hidden" name="backpage" value="{url}"><input type="hidden" name="nonce" value="b3d1e8c9a47f20c6d59e1a0f7b82c314">
                            </div>
                        </form>
                    </section>
                </div>
            </main>
            <aside class="complementary-content">
                <section class="aside-section" aria-label="Batla">
                    <h4>Batla</h4>
                    <form class="search-form" role="search" method="get" action="{site}/"><p><input name="q" placeholder="Batla" required type="search"><input type="submit" value="Batla"></p></form>
                </section>
                <section class="aside-section" aria-label="Litaba tsa morao-rao">
                    <h4>Litaba tsa morao-rao</h4>
                    <ul class="article_list">{latest}</ul>
                </section>
                <section class="aside-section" aria-label="Lihlopha">
                    <h4>Lihlopha</h4>
                    <ul class="category_list"><li><a href="{site}/litaba/?c=metse">Metse</a></li><li><a href="{site}/litaba/?c=temo">Temo</a></li><li><a href="{site}/litaba/?c=thuto">Thuto</a></li><li><a href="{site}/litaba/?c=lipapali">Lipapali</a></li></ul>
                </section>
                <section class="aside-section" aria-label="Re tšehetse">
                    <h4>Re tšehetse</h4>
                    <p>Thebe ea Borwa ke koranta e ikemetseng e sa etsetseng phaello. Monehelo oa hau o re thusa ho tsoela pele ho tlaleha litaba tsa metse ea habo rona.</p>
                    <p><a class="button" href="{site}/ka-rona/neheletsa">Neheletsa kajeno</a></p>
                </section>
                <section class="aside-section" aria-label="Mangolo a litaba">
                    <h4>Lengolo la beke</h4>
                    <p>Fumana litaba tsa beke ka e-mail Labohlano le leng le le leng.</p>
                    <form method="post" action="{site}/lengolo"><input type="email" name="email" placeholder="E-mail ea hau"><input type="submit" value="Ingolise"></form>
                </section>
                <section class="aside-section" aria-label="RSS">
                    <h4>Latela</h4>
                    <p><a class="feed-rss" href="{site}/rss/">RSS</a> / <a class="feed-atom" href="{site}/atom/">Atom</a></p>
                </section>
            </aside>
        </div>
    </div>
    <footer class="site-footer">
        <p><small>&copy; 2025 Thebe ea Borwa, Mafeteng. Litokelo tsohle li sirelelitsoe.</small></p>
        <p><small>Published with <a href="https://textpattern.com/" title="Go to the Textpattern website">Textpattern CMS</a>.</small></p>
    </footer>
    <script src="{site}/js/cookie-note.js"></script>
</body>
</html>
"""


def tetum(art):
    """Dotclear 2 with the Berlin theme: excerpt and content, a <dl> of comments."""
    site = "https://lianermera.example"
    url = f"{site}/index.php?post/2025/09/02/Merkadu-foun-iha-Bauhatu"
    ad = '<div class="pub"><p class="pub-label">Anúnsiu</p><a href="https://kafe-ermera.example/"><img src="/public/pub/kafe-ermera-600x150.jpg" alt="Kooperativa Kafé Ermera" width="600" height="150"></a></div>'
    readalso = '<p><strong>Lee mós:</strong> <a href="/index.php?post/2025/08/20/Dalan-Gleno-Bauhatu">Dalan Gleno–Bauhatu sei hadia iha fulan Outubru</a></p>'
    excerpt = paras(art, stop=1)
    content = paras(art, h="h3", start=1, between={5: ad, 10: readalso})
    source = "".join(f"<p><em>{e(c)}</em></p>" for c in art["credits"])
    cms = "".join(
        f'<dt id="c{241 + i}" class="{"odd" if i % 2 == 0 else "even"}{" first" if i == 0 else ""}"><a href="{url}#c{241 + i}" class="comment-number">{i + 1}.</a> Em {d} por <a href="#" rel="nofollow">{e(n)}</a></dt><dd class="{"odd" if i % 2 == 0 else "even"}{" first" if i == 0 else ""}"><p>{e(t)}</p></dd>'
        for i, (n, d, t) in enumerate(
            [
                (
                    "Rosa Belo",
                    "02/09/2025, 14:10",
                    "Di'ak tebes! Ha'u nia inan fa'an modo iha merkadu ne'e, no nia dehan fatin foun ne'e moos no di'ak liu duké dalan ninin.",
                ),
                (
                    "Zeca M.",
                    "02/09/2025, 19:42",
                    "Merkadu furak, maibé dalan ba merkadu seidauk di'ak. Bainhira udan tun, dalan sai lamas tebes no karreta la bele liu.",
                ),
            ]
        )
    )
    last = lis(
        [
            "Dalan Gleno–Bauhatu sei hadia iha fulan Outubru",
            "Kolleita kafé tinan ne'e aumenta iha Ermera",
            "Eskola Primária Lauana hetan sala foun rua",
            "Festa Suku Bauhatu: joven sira halibur osan ba igreja",
        ],
        '<li><a href="/index.php?post/2025/08/">{}</a></li>',
    )
    return f"""<!DOCTYPE html>
<html lang="tet">
<head>
  <meta charset="UTF-8">
  <meta name="ROBOTS" content="INDEX, FOLLOW">
  <title>{e(art["title"])} - Lian Ermera</title>
  <meta name="description" lang="tet" content="Fa'an-na'in liu atus ida iha Suku Bauhatu komesa fa'an iha merkadu foun.">
  <meta name="copyright" content="Lian Ermera">
  <meta name="author" content="{e(art["author"])}">
  <meta name="date" content="{art["date"]}T10:05:00+09:00">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <link rel="schema.dc" href="http://purl.org/dc/elements/1.1/">
  <meta name="dc.title" lang="tet" content="{e(art["title"])}">
  <meta name="dc.language" content="tet">
  <meta name="dc.publisher" content="Lian Ermera">
  <meta name="dc.date" content="{art["date"]}T10:05:00+09:00">
  <link rel="canonical" href="{url}">
  <link rel="contents" href="{site}/index.php?archive" title="Arquivo">
  <link rel="alternate" type="application/atom+xml" title="Atom 1.0" href="{site}/index.php?feed/atom">
  <link rel="stylesheet" type="text/css" href="{site}/themes/berlin/style.css" media="screen">
  <link rel="stylesheet" type="text/css" href="{site}/index.php?pf=print.css" media="print">
  <script src="{site}/index.php?pf=jquery/3.7.1/jquery.js"></script>
  <script src="{site}/index.php?pf=util.js"></script>
  <script>var dotclear_berlin_show_menu = "Hatudu menu"; var dotclear_berlin_hide_menu = "Subar menu"; var dotclear_berlin_navigation = "Navegasaun";</script>
  <script src="{site}/themes/berlin/js/berlin.js"></script>
  <link rel="pingback" href="{site}/index.php?xmlrpc/default">
  {news_ld(art, url, "Lian Ermera", "tet", kind="BlogPosting")}
</head>
<body class="dc-post">
<div id="page">
  <ul id="prelude">
    <li><a href="#main">Ir para o conteúdo</a></li>
    <li><a href="#blognav">Ir para o menu</a></li>
    <li><a href="#search">Ir para a pesquisa</a></li>
  </ul>
  <header id="top" role="banner">
    <h1><span><a href="{site}/index.php?">Lian Ermera</a></span></h1>
    <p id="blogdesc">Notísia husi Munisípiu Ermera iha lian Tetun</p>
  </header>
  <nav class="header__nav" role="navigation"><h2 class="widget-title">Menu</h2><ul class="simple-menu"><li class="li1 active"><a href="{site}/index.php?"><span class="simple-menu-label">Uma</span></a></li><li class="li2"><a href="{site}/index.php?category/Ekonomia"><span class="simple-menu-label">Ekonomia</span></a></li><li class="li3"><a href="{site}/index.php?category/Edukasaun"><span class="simple-menu-label">Edukasaun</span></a></li><li class="li4"><a href="{site}/index.php?category/Saude"><span class="simple-menu-label">Saúde</span></a></li><li class="li5"><a href="{site}/index.php?category/Kultura"><span class="simple-menu-label">Kultura</span></a></li><li class="li6"><a href="{site}/index.php?pages/Kona-ba-ami"><span class="simple-menu-label">Kona-ba ami</span></a></li></ul></nav>
  <div id="wrapper">
    <div id="main" role="main">
      <div id="content">
        <p id="navlinks" class="navlinks">
          <a href="{site}/index.php?post/2025/08/27/Kolleita-kafe" title="Kolleita kafé tinan ne'e aumenta iha Ermera" class="prev">&#171; Kolleita kafé tinan ne'e aumenta iha Ermera</a>
          <span>-</span> <a href="{site}/index.php?post/2025/09/04/Eskola-Lauana" title="Eskola Primária Lauana hetan sala foun rua" class="next">Eskola Primária Lauana hetan sala foun rua &#187;</a>
        </p>
        <div id="p1318" class="post" role="article">
          <h2 class="post-title">{e(art["title"])}</h2>
          <p class="post-info">Por <a href="{site}/index.php?author/ermelinda">{e(art["author"])}</a>, Terça-feira 2 setembro 2025 <span>::</span> <a href="{site}/index.php?category/Ekonomia">Ekonomia</a> <span>::</span> <a href="{url}" title="Ligação permanente para: {e(art["title"])}">#1318</a> <span>::</span> <a href="{site}/index.php?feed/atom/comments/1318" title="Fluxo Atom dos comentários desta entrada" class="comments-feed">rss</a></p>
          <p class="post-photo"><img src="{site}/public/2025/09/merkadu-bauhatu.jpg" alt="" width="900" height="560"><br><em>Fa'an-na'in sira iha merkadu foun Bauhatu, loron Segunda. (Foto: Lian Ermera)</em></p>
          <div class="post-excerpt">{excerpt}</div>
          <div class="post-content">{content}
{source}</div>
          <p class="post-info-co"><a href="{url}#comments" class="comment_count">2 comentários</a> <span>-</span> <a href="{url}#pings" class="ping_count">sem trackback</a></p>
          <ul class="post-tags-list"><li class="post-tags-item"><a href="{site}/index.php?tag/merkadu" class="post-tag">merkadu</a></li><li class="post-tags-item"><a href="{site}/index.php?tag/Bauhatu" class="post-tag">Bauhatu</a></li><li class="post-tags-item"><a href="{site}/index.php?tag/fa%27an-na%27in" class="post-tag">fa'an-na'in</a></li></ul>
          <p class="share-post">Fahe: <a href="https://www.facebook.com/sharer.php?u={url}" class="share-facebook">Facebook</a> <a href="https://api.whatsapp.com/send?text={url}" class="share-whatsapp">WhatsApp</a> <a href="mailto:?body={url}" class="share-mail">E-mail</a></p>
        </div>
        <div id="comments">
          <h3>Comentários</h3>
          <dl>{cms}</dl>
        </div>
        <form action="{url}#pr" method="post" id="comment-form" role="form">
          <h3>Adicionar um comentário</h3>
          <fieldset>
            <p class="field"><label for="c_name">Nome ou pseudónimo&nbsp;:</label><input name="c_name" id="c_name" type="text" size="30" maxlength="255" value=""></p>
            <p class="field"><label for="c_mail">Endereço de email&nbsp;:</label><input name="c_mail" id="c_mail" type="email" size="30" maxlength="255" value=""></p>
            <p class="field"><label for="c_site">Sítio web (opcional)&nbsp;:</label><input name="c_site" id="c_site" type="url" size="30" maxlength="255" value=""></p>
            <p style="display:none"><input name="f_mail" type="text" size="30" maxlength="255" value=""></p>
            <p class="field"><label for="c_content">Comentário&nbsp;:</label><textarea name="c_content" id="c_content" cols="35" rows="7"></textarea></p>
            <p class="form-help">Komentáriu sira sei hatudu depois redasaun lee. Favor hakerek ho respeitu.</p>
          </fieldset>
          <fieldset>
            <p class="remember"><input type="checkbox" id="c_remember" name="c_remember"> <label for="c_remember">Lembrar-se de mim neste blog</label></p>
            <p class="buttons"><input type="submit" class="preview" name="preview" value="Pré-visualizar"> <input type="submit" class="submit" value="Enviar"></p>
          </fieldset>
        </form>
        <div id="pings"><h3>Trackbacks</h3><p>O URL de trackback para esta entrada é: <code>{site}/index.php?trackback/1318</code></p></div>
      </div>
    </div>
    <div id="sidebar" role="complementary">
      <div id="blognav">
        <div class="widget" id="search"><h2><label for="q">Pesquisar</label></h2><form action="{site}/index.php?" method="get" role="search"><p><input type="text" size="10" maxlength="255" id="q" name="q" value=""><input type="submit" class="submit" value="ok" title="Pesquisar"></p></form></div>
        <div class="widget" id="topnav"><h2>Navegação</h2><ul><li class="topnav-home"><a href="{site}/index.php?">Início</a></li><li class="topnav-arch"><a href="{site}/index.php?archive">Arquivo</a></li></ul></div>
        <div class="widget categories"><h2>Categorias</h2><ul><li class="category-current"><a href="{site}/index.php?category/Ekonomia">Ekonomia</a></li><li><a href="{site}/index.php?category/Edukasaun">Edukasaun</a></li><li><a href="{site}/index.php?category/Saude">Saúde</a></li><li><a href="{site}/index.php?category/Kultura">Kultura</a></li></ul></div>
      </div>
      <div id="blogextra">
        <div class="widget text"><h2>Kona-ba Lian Ermera</h2><p>Lian Ermera mak blog notísia ki'ik ida ne'ebé jornalista foin-sa'e na'in tolu halo iha Gleno. Ami hakerek kona-ba moris loron-loron iha suku sira Munisípiu Ermera nian.</p></div>
        <div class="widget lastposts"><h2>Últimas entradas</h2><ul>{last}</ul></div>
        <div class="widget tags"><h2>Etiquetas</h2><ul><li><a href="{site}/index.php?tag/kafé" class="tag50">kafé</a></li><li><a href="{site}/index.php?tag/merkadu" class="tag30">merkadu</a></li><li><a href="{site}/index.php?tag/eskola" class="tag20">eskola</a></li><li><a href="{site}/index.php?tag/dalan" class="tag10">dalan</a></li></ul><p><strong><a href="{site}/index.php?tags">Todas as etiquetas</a></strong></p></div>
        <div class="widget pub-side"><h2>Anúnsiu</h2><p><a href="https://gleno-motor.example/"><img src="/public/pub/gleno-motor-300x250.jpg" alt="Gleno Motor" width="300" height="250"></a></p></div>
        <div class="widget syndicate"><h2>Subscrever</h2><ul><li><a type="application/atom+xml" href="{site}/index.php?feed/atom" title="Este blog no formato Atom" class="feed">Fluxo Atom das entradas</a></li><li><a type="application/atom+xml" href="{site}/index.php?feed/atom/comments" title="Os comentários deste blog no formato Atom" class="feed">Fluxo Atom dos comentários</a></li></ul></div>
      </div>
    </div>
  </div>
  <footer id="footer" role="contentinfo">
    <p>Lian Ermera &#169; 2025. Ita bele fahe ami nia artigu se ita hakerek ami nia naran no ligasaun.</p>
    <p>Propulsionado por <a href="https://dotclear.org/">Dotclear</a></p>
  </footer>
  <p id="gotop"><a href="#prelude">Topo da página</a></p>
</div>
<div id="cookie-consent" class="cookie-consent" role="dialog" aria-live="polite">
  <p>Blog ne'e uza cookie atu sura vizitante sira. Ami la fahe ita-boot nia informasaun ho ema seluk.</p>
  <button type="button" class="cookie-ok">Di'ak</button> <a href="{site}/index.php?pages/Privasidade">Lee tan</a>
</div>
</body>
</html>
"""


def chuvash(art):
    """A LiveJournal community entry: b-singlepost body split by <br />, b-tree comments."""
    journal = "ulap_hypar"
    site = "https://ulap-hypar.livejournal.com"
    url = f"{site}/48213.html"
    pics = f"https://ic.pics.livejournal.com/{journal}/71820344"
    ad = '<div class="b-adv b-adv-inentry" lj-adv-slot="inpage"><span class="b-adv-label">Реклама</span><div id="adfox_171894033" class="adfox-banner"></div><script>window.Ya.adfoxCode.create({ownerId: 1, containerId: "adfox_171894033", params: {pp: "inentry"}});</script></div>'
    readalso = f'Ҫавӑн пекех вулӑр: <a href="{site}/47904.html" target="_blank">Улӑп районӗнче ҫӗнӗ фельдшер пункчӗ уҫӑлчӗ</a>'
    parts: list[str] = []
    items: list[str] = []
    for i, p in enumerate(art["paragraphs"]):
        if p.startswith("- "):
            items.append(f"<li>{e(p[2:])}</li>")
            continue
        if items:
            parts.append("<ul>" + "".join(items) + "</ul>")
            items = []
        if p.startswith("## "):
            parts.append(f"<b>{e(p[3:])}</b>")
        else:
            parts.append(e(p))
        if i == 0:
            parts[-1] += '<a name="cutid1"></a>'
        if i == 2:
            parts.append(
                f'<img src="{pics}/4821/4821_900.jpg" alt="" title="" width="900" height="600" fetchpriority="high" /><br /><i>Сӑнӳкерчӗк: Николай Семенов. Ҫӗнӗ кӗпер уҫӑлнӑ кун.</i>'
            )
        if i == 5:
            parts.append(ad)
        if i == 10:
            parts.append(readalso)
    body = ""
    for part in parts:
        if body and not body.endswith("</ul>") and not part.startswith("<ul>"):
            body += "<br /><br />"
        body += part
    comment_data = [
        (
            "sergej_ahrat",
            "2025-10-15 15:02 (UTC)",
            "Саламлатӑп ял ҫыннисене! Ҫак кӗпере чылай кӗтрӗмӗр, халӗ ачасем шкула часах ҫитеҫҫӗ.",
            0,
        ),
        (
            "marina_sem",
            "2025-10-15 17:40 (UTC)",
            "Кӗпер лайӑх, анчах ҫул питӗ начар. Ҫумӑр ҫусан машинӑпа кӗпер патне ҫитме ҫук, ҫакна та ҫырмалла.",
            0,
        ),
        (
            journal,
            "2025-10-15 18:05 (UTC)",
            "Район администрацийӗнче пире ҫула юсама укҫа уйӑрнине пӗлтерчӗҫ. Ӗҫсем пуҫлансан каллех ҫырӑпӑр.",
            1,
        ),
    ]
    cms = "".join(
        f'<div class="b-tree-twig b-tree-twig-{lvl + 1}" style="margin-left: {lvl * 30}px" data-tid="t{7700 + i}"><div id="t{7700 + i}" class="b-leaf {"b-leaf-poster" if n == journal else ""} comment" data-username="{n}" data-displayname="{n}" data-updated-ts="17605{i}0000" data-full="1"><div class="b-leaf-inner"><div class="b-leaf-header"><div class="b-leaf-userpic"><span><img src="https://l-userpic.livejournal.com/{90000 + i}/{3000 + i}" alt="" /></span></div><div class="b-leaf-details"><p class="b-leaf-username"><span class="b-leaf-username-name"><span class="ljuser i-ljuser i-ljuser-type-P" data-ljuser="{n}" lj:user="{n}"><a href="https://{n.replace("_", "-")}.livejournal.com/profile/" target="_self" class="i-ljuser-profile"><img class="i-ljuser-userhead" src="https://l-stat.livejournal.net/img/userinfo_v8.svg?v=17080" /></a><a href="https://{n.replace("_", "-")}.livejournal.com/" class="i-ljuser-username" target="_self"><b>{n}</b></a></span></span></p><p class="b-leaf-meta"><a href="{url}?thread={7700 + i}#t{7700 + i}" class="b-leaf-permalink" title="Ссылка на комментарий"><span class="b-leaf-createdtime">{d}</span></a></p></div></div><div class="b-leaf-article">{e(t)}</div><div class="b-leaf-footer"><div class="b-leaf-actions"><ul class="b-leaf-actions-list"><li class="b-leaf-actions-item b-leaf-actions-reply"><a href="{url}?replyto={7700 + i}" rel="nofollow">Ответить</a></li><li class="b-leaf-actions-item b-leaf-actions-thread"><a href="{url}?thread={7700 + i}#t{7700 + i}">Ветвь дискуссии</a></li><li class="b-leaf-actions-item b-leaf-actions-link"><a href="{url}?thread={7700 + i}#t{7700 + i}">Ссылка</a></li></ul></div></div></div></div></div>'
        for i, (n, d, t, lvl) in enumerate(comment_data)
    )
    recent = "".join(
        f'<li class="b-journalposts-item"><a href="{site}/{h}.html" class="b-journalposts-link">{e(t)}</a><p class="b-journalposts-lead">{e(x)}</p></li>'
        for h, t, x in [
            (
                "47904",
                "Улӑп районӗнче ҫӗнӗ фельдшер пункчӗ уҫӑлчӗ",
                "Кивӗ Ҫырма ялӗнче пурӑнакансем халӗ тухтӑр патне район центрне ҫӳремесӗр те пулӑшу илме пултараҫҫӗ.",
            ),
            (
                "47652",
                "Ҫӗр ӗҫченӗсем ҫӗрулмине пуҫтарса кӗртрӗҫ",
                "Район хуҫалӑхӗсем кӑҫал пӗлтӗрхинчен ытларах ҫӗрулми пуҫтарса илнӗ, анчах хаклӑх йӳнелнӗ.",
            ),
        ]
    )
    popular = "".join(
        f'<li class="b-lenta-item"><a class="b-lenta-item-link" href="https://www.livejournal.com/media/{i}.html"><span class="b-lenta-item-title">{e(t)}</span><span class="b-lenta-item-lead">{e(x)}</span></a></li>'
        for i, (t, x) in enumerate(
            [
                (
                    "Как я восстановил дедушкин дом в деревне",
                    "Три года выходных, две бригады и одна печь, которую пришлось сложить заново. Рассказываю, сколько это стоило.",
                ),
                (
                    "Десять малых городов Поволжья, куда стоит съездить осенью",
                    "Набережные, краеведческие музеи и пекарни, о которых знают только местные жители.",
                ),
            ],
            1,
        )
    )
    return f"""<!DOCTYPE html>
<html lang="ru" class="html-schemius html-adaptive">
<head>
<meta charset="utf-8">
<title>{e(art["title"])}: {journal} — LiveJournal</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Улӑп районӗнчи Ҫӗнӗ Пуҫ ялӗ патӗнче Кӗтне юханшывӗ урлӑ ҫӗнӗ кӗпер уҫӑлчӗ.">
<meta property="og:title" content="{e(art["title"])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="LiveJournal">
<meta property="article:published_time" content="{art["date"]}T14:20:00Z">
<link rel="canonical" href="{url}">
<link rel="stylesheet" type="text/css" href="https://l-stat.livejournal.net/??lj_base.css,s2/schemius/schemius.css,widgets/lj-like.css?v=1728912000">
<script>Site = window.Site || {{}}; (function(){{ var p = {{"remote_is_identity":null,"remote_is_maintainer":0,"currentJournal":"{journal}","currentJournalBase":"{site}","journal":{{"is_community":true,"username":"{journal}","display_username":"{journal}","journal_url":"{site}/"}},"entry":{{"ditemid":48213,"subject":"{e(art["title"])}","comments":3,"url":"{url}"}},"server_time":1760538000,"locale":"ru_RU","v":1728912000}}; for (var k in p) Site[k] = p[k]; }})();</script>
<script src="https://l-stat.livejournal.net/??jquery/jquery-3.7.1.min.js,basic.js,livejournal.js,entry.js?v=1728912000"></script>
<script src="https://yandex.ru/ads/system/context.js" async></script>
{news_ld(art, url, "Улӑп хыпарӗ", "cv", kind="BlogPosting")}
</head>
<body class="s-schemius b-journal-community p-page-entry index-page">
<header class="s-header s-header--mini" id="js-header">
<div class="s-header-inner">
<a class="s-header-logo" href="https://www.livejournal.com/" title="LiveJournal"><span class="s-header-logo-text">LiveJournal</span></a>
<nav class="s-header-nav"><ul class="s-header-nav-list"><li class="s-header-nav-item"><a href="https://www.livejournal.com/media/">Главное</a></li><li class="s-header-nav-item"><a href="https://www.livejournal.com/ratings/">Рейтинг</a></li><li class="s-header-nav-item"><a href="https://www.livejournal.com/shop/">Магазин</a></li></ul></nav>
<form class="s-header-search" action="https://www.livejournal.com/search/" method="get"><input type="search" name="q" placeholder="Поиск по ЖЖ" class="s-header-search-input"></form>
<div class="s-header-user"><a href="https://www.livejournal.com/login.bml?returnto={url}" class="s-header-item__link s-header-item__link--login">Войти</a> <a href="https://www.livejournal.com/create" class="s-header-item__link s-header-item__link--create">Создать блог</a> <a href="#" class="s-header-item__link s-header-item__link--lang">RU</a></div>
</div>
</header>
<div class="s-schemius-journal">
<div class="s-schemius-head">
<h2 class="s-schemius-title"><a href="{site}/">Улӑп хыпарӗ</a></h2>
<p class="s-schemius-subtitle">Улӑп районӗн «Ял пурнӑҫӗ» хаҫачӗн сообществи. Хыпарсем, сӑнӳкерчӗксем, ял ҫыннисен ҫырӑвӗсем.</p>
<ul class="s-schemius-nav"><li><a href="{site}/">Последние записи</a></li><li><a href="{site}/calendar/">Архив</a></li><li><a href="{site}/friends/">Друзья</a></li><li><a href="https://www.livejournal.com/profile/?userid=71820344&amp;t=I">Профиль</a></li><li><a href="{site}/tag/">Метки</a></li></ul>
</div>
<div class="s-schemius-content">
<div class="b-singlepost-wrapper">
<div class="b-singlepost-standout"><h1 class="b-singlepost-title entry-title p-name">{e(art["title"])}</h1></div>
<div class="b-singlepost-author">
<span class="b-singlepost-author-userpic"><img src="https://l-userpic.livejournal.com/131482114/71820344" alt="" width="50" height="50" /></span>
<span class="b-singlepost-author-user"><span class="ljuser i-ljuser i-ljuser-type-P" data-ljuser="nadezhda_ahrat" lj:user="nadezhda_ahrat"><a href="https://nadezhda-ahrat.livejournal.com/profile/" class="i-ljuser-profile"><img class="i-ljuser-userhead" src="https://l-stat.livejournal.net/img/userinfo_v8.svg?v=17080" /></a><a href="https://nadezhda-ahrat.livejournal.com/" class="i-ljuser-username"><b>nadezhda_ahrat</b></a></span> пишет в <span class="ljuser i-ljuser i-ljuser-type-C" data-ljuser="{journal}" lj:user="{journal}"><a href="{site}/profile/" class="i-ljuser-profile"><img class="i-ljuser-userhead" src="https://l-stat.livejournal.net/img/community_v3.svg?v=556" /></a><a href="{site}/" class="i-ljuser-username"><b>{journal}</b></a></span></span>
<time class="b-singlepost-author-date published dt-published" datetime="{art["date"]}T14:20:00Z">2025-10-15 17:20:00</time>
</div>
<article class="b-singlepost-body entry-content e-content" lj-style="text-align: justify" lang="cv">{body}</article>
<div class="b-singlepost-tags ljtags"><span class="b-singlepost-tags-label">Метки:</span> <a href="{site}/tag/%D0%BA%D3%97%D0%BF%D0%B5%D1%80" rel="tag">кӗпер</a>, <a href="{site}/tag/%D2%AB%C4%95%D0%BD%C4%95%20%D0%BF%D1%83%D2%AB" rel="tag">Ҫӗнӗ Пуҫ</a>, <a href="{site}/tag/%D1%85%D1%8B%D0%BF%D0%B0%D1%80%D1%81%D0%B5%D0%BC" rel="tag">хыпарсем</a></div>
<div class="lj-like"><div class="lj-like-item lj-like-item-repost"><a href="https://www.livejournal.com/update.bml?repost={url}" class="lj-like-item-link">Репост</a></div><div class="lj-like-item lj-like-item-facebook"><a href="https://www.facebook.com/sharer.php?u={url}">Facebook</a></div><div class="lj-like-item lj-like-item-vk"><a href="https://vk.com/share.php?url={url}">ВКонтакте</a></div><div class="lj-like-item lj-like-item-tg"><a href="https://t.me/share/url?url={url}">Telegram</a></div></div>
<div class="b-linkbar"><ul class="b-linkbar-list"><li class="b-linkbar-item"><a class="b-controls b-controls-comment" href="{url}?mode=reply#add_comment" rel="nofollow">Оставить комментарий</a></li><li class="b-linkbar-item"><a class="b-controls b-controls-share" href="#" data-url="{url}">Поделиться</a></li><li class="b-linkbar-item"><a class="b-controls b-controls-memories" href="https://www.livejournal.com/tools/memadd.bml?journal={journal}&amp;itemid=48213" rel="nofollow">В избранное</a></li><li class="b-linkbar-item b-linkbar-item-count"><span class="b-linkbar-count">3 комментария</span></li></ul></div>
<div class="b-xylem"><ul class="b-xylem-list"><li class="b-xylem-cell b-xylem-cell-prev"><a class="b-xylem-link b-xylem-link-prev" href="{site}/47904.html">Предыдущая запись</a></li><li class="b-xylem-cell b-xylem-cell-next"><a class="b-xylem-link b-xylem-link-next" href="{site}/48499.html">Следующая запись</a></li></ul></div>
</div>
<div class="b-grove"><h3 class="b-grove-title">3 комментария</h3>
<div id="comments" class="b-tree b-tree-root">{cms}</div>
<div class="b-addcomment"><p class="b-addcomment-notice">Комментарии в этом сообществе модерируются. Анонимные комментарии отключены.</p><a class="b-addcomment-button" href="{url}?mode=reply#add_comment" rel="nofollow">Оставить комментарий</a></div>
</div>
</div>
<aside class="s-schemius-sidebar">
<div class="s-schemius-widget"><h3 class="s-schemius-widget-title">Последние записи</h3><ul class="b-journalposts">{recent}</ul></div>
<div class="s-schemius-widget"><h3 class="s-schemius-widget-title">Сообщество</h3><p>Хаҫат редакцийӗ: Улӑп ялӗ, Совет урамӗ, 5. Ҫырусене ulap-hypar@example.ru адреспа ярӑр. Хаҫата почта уйрӑмӗсенче ҫырӑнма пулать.</p></div>
<div class="s-schemius-widget b-adv b-adv-sidebar"><span class="b-adv-label">Реклама</span><div id="adfox_171894034" class="adfox-banner"></div></div>
</aside>
</div>
<section class="b-lenta"><h3 class="b-lenta-title">Популярное в ЖЖ</h3><ul class="b-lenta-list">{popular}</ul></section>
<footer class="s-footer"><div class="s-footer-inner"><ul class="s-footer-list"><li><a href="https://www.livejournal.com/about/">О компании</a></li><li><a href="https://www.livejournal.com/legal/tos-russian.bml">Пользовательское соглашение</a></li><li><a href="https://www.livejournal.com/legal/privacy-russian.bml">Политика конфиденциальности</a></li><li><a href="https://www.livejournal.com/support/">Помощь</a></li></ul><p class="s-footer-copy">© 1999–2025 LiveJournal, Inc. Все права защищены.</p></div></footer>
<div class="b-cookies-notice" role="dialog"><p class="b-cookies-notice-text">Мы используем файлы cookie, чтобы сайт работал правильно и показывал интересные вам материалы. Продолжая пользоваться сайтом, вы соглашаетесь с этим.</p><button class="b-cookies-notice-button" type="button">Понятно</button></div>
<script src="https://l-stat.livejournal.net/??comments/tree.js,lj-like.js?v=1728912000"></script>
</body>
</html>
"""


def forum(art):
    """XenForo 2.2: a news thread, the first post in a bbWrapper of <br />-split lines."""
    site = "https://forum.ravensholm.example"
    url = f"{site}/threads/community-buyout-of-holm-stores-approved.1872/"
    gif = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
    unfurl = f'<div class="bbCodeBlock bbCodeBlock--unfurl    js-unfurl fauxBlockLink" data-unfurl="true" data-result-id="88" data-url="https://ravensholmtrust.example/shop-buyout/" data-host="ravensholmtrust.example" data-pending="false"><div class="contentRow"><div class="contentRow-figure contentRow-figure--fixedSmall js-unfurl-figure"><img src="{site}/proxy.php?image=https%3A%2F%2Fravensholmtrust.example%2Fimg%2Fshop.jpg&amp;hash=4f1c" alt="ravensholmtrust.example" data-onerror="hide-parent"/></div><div class="contentRow-main"><h3 class="contentRow-header js-unfurl-title"><a href="https://ravensholmtrust.example/shop-buyout/" class="link link--external fauxBlockLink-blockLink" target="_blank" rel="nofollow ugc noopener" data-proxy-href="{site}/proxy.php?link=https%3A%2F%2Fravensholmtrust.example%2Fshop-buyout%2F&amp;hash=9b2e">Holm Stores buyout: questions and answers</a></h3><div class="contentRow-snippet js-unfurl-desc">Everything islanders need to know about the buyout, the share offer and what happens to the post office counter and the fuel pump.</div><div class="contentRow-minor contentRow-minor--hideLinks"><span class="js-unfurl-favicon"><img src="{site}/proxy.php?image=https%3A%2F%2Fravensholmtrust.example%2Ffavicon.ico&amp;hash=11ad" alt="ravensholmtrust.example" class="bbCodeBlockUnfurl-icon" data-onerror="hide-parent"/></span> ravensholmtrust.example</div></div></div></div>'
    lines: list[str] = [
        f'<div class="bbImageWrapper  js-lbImage" title="holm-stores.jpg" data-src="{site}/attachments/holm-stores-jpg.4410/" data-lb-sidebar-href="" data-lb-caption-extra-html="" data-single-image="1"><img src="{site}/attachments/holm-stores-jpg.4410/" data-url="" class="bbImage" data-zoom-target="1" style="" alt="holm-stores.jpg" title="holm-stores.jpg" width="1200" height="800" loading="lazy" /></div>',
        "<i>Holm Stores on the harbour front at Kirkton. Photo: K. Manson</i>",
    ]
    items: list[str] = []
    for i, p in enumerate(art["paragraphs"]):
        if p.startswith("- "):
            items.append(f'<li data-xf-list-type="ul">{e(p[2:])}</li>')
            continue
        if items:
            lines.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            items = []
        if p.startswith("## "):
            lines.append(f'<h3 class="bbHeading">{e(p[3:])}</h3>')
        else:
            lines.append(e(p))
        if i == 5:
            lines.append(
                f'<b>Also on the forum:</b> <a href="{site}/threads/trust-sets-out-share-offer-plans.1861/" class="link link--internal">Trust sets out share offer plans ahead of vote</a>'
            )
        if i == 11:
            lines.append(unfurl)
    body = ""
    for line in lines:
        if body:
            block = line.startswith(("<ul>", "<h3", "<div")) or body.endswith(
                ("</ul>", "</h3>", "</div>")
            )
            body += "\n" if block else "<br />\n<br />\n"
        body += line

    def user_cell(uid, name, title, joined, msgs, loc, staff=False):
        banner = (
            '<div class="userBanner userBanner--staff message-userBanner" dir="auto" itemprop="jobTitle"><span class="userBanner-before"></span><strong>Staff member</strong><span class="userBanner-after"></span></div>'
            if staff
            else ""
        )
        cls = "username--staff username--moderator" if staff else ""
        return f'<div class="message-cell message-cell--user"><section class="message-user" itemprop="author" itemscope itemtype="https://schema.org/Person" itemid="{site}/members/{uid}/"><meta itemprop="url" content="{site}/members/{uid}/" /><div class="message-avatar "><div class="message-avatar-wrapper"><a href="{site}/members/{uid}/" class="avatar avatar--m" data-user-id="{uid.split(".")[-1]}" data-xf-init="member-tooltip"><img src="{site}/data/avatars/m/0/{uid.split(".")[-1]}.jpg?1700000000" alt="{e(name)}" class="avatar-u{uid.split(".")[-1]}-m" width="96" height="96" loading="lazy" itemprop="image" /></a></div></div><div class="message-userDetails"><h4 class="message-name"><a href="{site}/members/{uid}/" class="username " dir="auto" data-user-id="{uid.split(".")[-1]}" data-xf-init="member-tooltip"><span class="{cls}" itemprop="name">{e(name)}</span></a></h4><h5 class="userTitle message-userTitle" dir="auto" itemprop="jobTitle">{e(title)}</h5>{banner}</div><div class="message-userExtras"><dl class="pairs pairs--justified"><dt>Joined</dt><dd>{joined}</dd></dl><dl class="pairs pairs--justified"><dt>Messages</dt><dd>{msgs}</dd></dl><dl class="pairs pairs--justified"><dt>Location</dt><dd><a href="{site}/misc/location-info?location={loc.replace(" ", "+")}" rel="nofollow noreferrer" target="_blank" class="u-concealed">{loc}</a></dd></dl></div><span class="message-userArrow"></span></section></div>'

    def post(
        pid,
        n,
        uid,
        name,
        title,
        joined,
        msgs,
        loc,
        when,
        iso,
        content,
        sig="",
        edited="",
        reactions="",
        staff=False,
    ):
        last = (
            f'<div class="message-lastEdit">Last edited: <time class="u-dt" dir="auto" datetime="{edited[0]}" data-time="1741531200" data-date-string="{edited[1]}" data-time-string="10:40" title="{edited[1]} at 10:40">{edited[1]}</time></div>'
            if edited
            else ""
        )
        signature = (
            f'<aside class="message-signature"><div class="bbWrapper">{sig}</div></aside>'
            if sig
            else ""
        )
        reacts = (
            f'<div class="reactionsBar js-reactionsList is-active"><ul class="reactionSummary"><li><span class="reaction reaction--small reaction--1" data-reaction-id="1"><i aria-hidden="true"></i><img src="{gif}" class="reaction-sprite js-reaction" alt="Like" title="Like" /></span></li></ul><span class="u-srOnly">Reactions:</span><a class="reactionsBar-link" href="{site}/posts/{pid}/reactions" data-xf-click="overlay" data-cache="false" rel="nofollow">{reactions}</a></div>'
            if reactions
            else ""
        )
        return f"""<article class="message message--post js-post js-inlineModContainer  " data-author="{e(name)}" data-content="post-{pid}" id="js-post-{pid}" itemscope itemtype="https://schema.org/{"DiscussionForumPosting" if n == 1 else "Comment"}">
<span class="u-anchorTarget" id="post-{pid}"></span>
<div class="message-inner">
{user_cell(uid, name, title, joined, msgs, loc, staff)}
<div class="message-cell message-cell--main">
<div class="message-main js-quickEditTarget">
<header class="message-attribution message-attribution--split"><ul class="message-attribution-main listInline "><li class="u-concealed"><a href="{url}post-{pid}" rel="nofollow" itemprop="url"><time class="u-dt" dir="auto" datetime="{iso}" data-date-string="{when}" title="{when}" itemprop="datePublished">{when}</time></a></li></ul><ul class="message-attribution-opposite message-attribution-opposite--list "><li><a href="{url}post-{pid}" class="message-attribution-gadget" data-xf-init="share-tooltip" data-href="{site}/posts/{pid}/share" aria-label="Share" rel="nofollow"><i class="fa--xf far fa-share-alt" aria-hidden="true"></i></a></li><li><a href="{url}post-{pid}" rel="nofollow">#{n}</a></li></ul></header>
<div class="message-content js-messageContent">
<div class="message-userContent lbContainer js-lbContainer " data-lb-id="post-{pid}" data-lb-caption-desc="{e(name)} &middot; {when}">
<article class="message-body js-selectToQuote">
<div itemprop="text">
<div class="bbWrapper">{content}</div>
</div>
<div class="js-selectToQuoteEnd">&nbsp;</div>
</article>
</div>
{last}
{signature}
</div>
<footer class="message-footer"><div class="message-actionBar actionBar"><div class="actionBar-set actionBar-set--external"><a href="{site}/posts/{pid}/react?reaction_id=1" class="reaction actionBar-action actionBar-action--reaction" data-xf-click="reaction" data-reaction-id="1"><i aria-hidden="true"></i><img src="{gif}" class="reaction-sprite js-reaction" alt="Like" title="Like" /><bdi class="reaction-text js-reactionText">Like</bdi></a><a href="{url}reply?quote={pid}" class="actionBar-action actionBar-action--reply" title="Reply, quoting this message" rel="nofollow" data-xf-click="quote" data-quote-href="{site}/posts/{pid}/quote">Reply</a></div></div>{reacts}<div class="js-historyTarget message-historyTarget toggleTarget" data-href="trigger-href"></div></footer>
</div>
</div>
</div>
</article>"""

    quote = f'<blockquote data-attributes="member: 12" data-quote="Kirsty Manson" data-source="post: 9034" class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch"><div class="bbCodeBlock-title"><a href="{site}/goto/post?id=9034" class="bbCodeBlock-sourceJump" rel="nofollow" data-xf-click="attribution" data-content-selector="#post-9034">Kirsty Manson said:</a></div><div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent js-expandContent ">Without the shop, islanders would face a 50-minute ferry crossing for basic groceries, and the post office counter and the island&#039;s only fuel pump would also close.</div><div class="bbCodeBlock-expandLink js-expandLink"><a role="button" tabindex="0">Click to expand...</a></div></div></blockquote>'
    posts = "\n".join(
        [
            post(
                9034,
                1,
                "kirsty-manson.12",
                "Kirsty Manson",
                "News editor",
                "Feb 12, 2016",
                "3,412",
                "Kirkton",
                "Mar 8, 2025",
                "2025-03-08T19:42:11+0000",
                body,
                sig='Ravensholm Community Forum &middot; news desk<br />\nGot a story? Use the <a href="/misc/contact" class="link link--internal">contact form</a> or send me a message.',
                edited=("2025-03-09T10:40:00+0000", "Mar 9, 2025"),
                reactions="<bdi>Ingrid Sinclair</bdi>, <bdi>Tam Rendall</bdi> and 46 others",
                staff=True,
            ),
            post(
                9036,
                2,
                "tam-rendall.88",
                "Tam Rendall",
                "Well-known member",
                "Jun 3, 2017",
                "1,207",
                "North End",
                "Mar 8, 2025",
                "2025-03-08T20:05:40+0000",
                quote
                + "Exactly this. My mother is 88 and does not drive, and without Holm Stores she would have had to move to the mainland. Great result, and well done to everyone on the trust.",
                sig="North End, Ravensholm. Ferry delays? Check the ferry status thread before you leave home.",
                reactions="<bdi>Fiona L</bdi>, <bdi>Kirsty Manson</bdi> and 12 others",
            ),
            post(
                9041,
                3,
                "ewan-drever.203",
                "Ewan Drever",
                "Member",
                "Jan 19, 2021",
                "86",
                "Kirkton",
                "Mar 8, 2025",
                "2025-03-08T21:17:02+0000",
                "Will members of the share offer get a vote on who runs the shop? I am happy to put money in, but I would like some say in the opening hours, especially in winter.",
            ),
            post(
                9044,
                4,
                "kirsty-manson.12",
                "Kirsty Manson",
                "News editor",
                "Feb 12, 2016",
                "3,412",
                "Kirkton",
                "Mar 8, 2025",
                "2025-03-08T21:40:19+0000",
                f'<a href="{site}/members/ewan-drever.203/" class="username" data-xf-init="member-tooltip" data-user-id="203" data-username="@Ewan Drever">@Ewan Drever</a> Yes. Every shareholder gets one vote at the annual meeting, however many shares they hold. The trust will publish the full rules with the share offer in April.',
                sig='Ravensholm Community Forum &middot; news desk<br />\nGot a story? Use the <a href="/misc/contact" class="link link--internal">contact form</a> or send me a message.',
                reactions="<bdi>Ewan Drever</bdi> and 3 others",
                staff=True,
            ),
            post(
                9052,
                5,
                "fiona-l.311",
                "Fiona L",
                "Member",
                "Apr 2, 2023",
                "41",
                "South Voe",
                "Mar 9, 2025",
                "2025-03-09T08:12:55+0000",
                "Voted yes and will buy shares. Could the trust also think about a small café corner? There is nowhere on the island to sit down with a coffee after the ferry comes in.",
            ),
        ]
    )
    featured = "".join(
        f'<li class="block-row"><div class="contentRow"><div class="contentRow-figure"><a href="{site}/members/kirsty-manson.12/" class="avatar avatar--xs" data-user-id="12"><img src="{site}/data/avatars/s/0/12.jpg" alt="Kirsty Manson" class="avatar-u12-s" width="48" height="48" loading="lazy" /></a></div><div class="contentRow-main contentRow-main--close"><a href="{site}/threads/{h}/">{e(t)}</a><div class="contentRow-snippet">{e(x)}</div><div class="contentRow-minor contentRow-minor--hideLinks"><ul class="listInline listInline--bullet"><li>{d}</li><li>Replies: {r}</li></ul></div></div></div></li>'
        for h, t, x, d, r in [
            (
                "new-pier-lights-switched-on.1866",
                "New pier lights switched on at Kirkton",
                "The council's harbour team finished the work two weeks early, and the 18:30 ferry docked under the new lights on Tuesday for the first time.",
                "Mar 5, 2025",
                9,
            ),
            (
                "school-roll-rises-to-23.1859",
                "Island school roll rises to 23",
                "Two families moving to South Voe this spring mean the school will open a second classroom after the Easter holidays.",
                "Feb 27, 2025",
                17,
            ),
        ]
    )
    similar = "".join(
        f'<div class="structItem structItem--thread js-inlineModContainer" data-author="{a}"><div class="structItem-cell structItem-cell--icon"><div class="structItem-iconContainer"><a href="{site}/members/{a.lower().replace(" ", "-")}/" class="avatar avatar--s avatar--default avatar--default--dynamic" data-user-id="0" style="background-color: #7a4fb8; color: #d2c1e6"><span class="avatar-u0-s" role="img" aria-label="{a}">{a[0]}</span></a></div></div><div class="structItem-cell structItem-cell--main" data-xf-init="touch-proxy"><div class="structItem-title"><a href="{site}/threads/{h}/" class="" data-tp-primary="on" data-xf-init="preview-tooltip" data-preview-url="{site}/threads/{h}/preview">{e(t)}</a></div><div class="structItem-minor"><ul class="structItem-parts"><li><a href="{site}/members/x/" class="username " dir="auto">{a}</a></li><li class="structItem-startDate"><a href="{site}/threads/{h}/" rel="nofollow"><time class="u-dt" dir="auto">{d}</time></a></li><li><a href="{site}/forums/island-news.4/">Island news</a></li></ul></div></div><div class="structItem-cell structItem-cell--meta"><dl class="pairs pairs--justified"><dt>Replies</dt><dd>{r}</dd></dl><dl class="pairs pairs--justified structItem-minor"><dt>Views</dt><dd>{v}</dd></dl></div></div>'
        for h, t, a, d, r, v in [
            (
                "trust-sets-out-share-offer-plans.1861",
                "Trust sets out share offer plans ahead of vote",
                "Kirsty Manson",
                "Feb 28, 2025",
                31,
                "2K",
            ),
            (
                "holm-stores-owners-to-retire.1702",
                "Holm Stores owners to retire at the end of the year",
                "Kirsty Manson",
                "Sep 14, 2024",
                64,
                "4K",
            ),
            (
                "shop-opening-hours-over-winter.1790",
                "Shop opening hours over winter?",
                "Ewan Drever",
                "Nov 22, 2024",
                12,
                "811",
            ),
        ]
    )
    nav = "".join(
        f'<li><div class="p-navEl {"is-selected" if t == "Forums" else ""}" data-has-children="true"><a href="{site}{h}" class="p-navEl-link p-navEl-link--splitMenu " data-nav-id="{t.lower().replace(" ", "")}">{t}</a><a data-xf-key="{k}" data-xf-click="menu" data-menu-pos-ref="< .p-navEl" class="p-navEl-splitTrigger" role="button" tabindex="0" aria-label="Toggle expanded" aria-expanded="false" aria-haspopup="true"></a></div></li>'
        for k, (t, h) in enumerate(
            [
                ("Forums", "/"),
                ("What's new", "/whats-new/"),
                ("Ferry status", "/pages/ferry/"),
                ("Members", "/members/"),
            ],
            1,
        )
    )
    return f"""<!DOCTYPE html>
<html id="XF" lang="en-GB" dir="LTR" data-xf="2.2" data-app="public" data-variation-default="default" data-variation-alternate="" data-template="thread_view" data-container-key="node-4" data-content-key="thread-1872" data-logged-in="false" data-cookie-prefix="xf_" data-csrf="1741512000,3f9c0d6b2e8a7714c5d1f0e2b9a63c18" class="has-no-js template-thread_view">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=Edge" />
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<title>{e(art["title"])} | Ravensholm Community Forum</title>
<link rel="manifest" href="{site}/webmanifest.php">
<meta name="theme-color" content="#1d4e6b" />
<meta name="apple-mobile-web-app-title" content="Ravensholm Forum">
<meta name="description" content="Ravensholm&#039;s only shop will pass into community ownership this summer after residents voted 212 to 9 in favour of a buyout." />
<meta property="og:site_name" content="Ravensholm Community Forum" />
<meta property="og:type" content="website" />
<meta property="og:title" content="{e(art["title"])}" />
<meta property="og:url" content="{url}" />
<link rel="canonical" href="{url}" />
<link rel="next" href="{url}page-2" />
<link rel="stylesheet" href="{site}/css.php?css=public%3Anormalize.css%2Cpublic%3Afa.css%2Cpublic%3Acore.less%2Cpublic%3Aapp.less&amp;s=1&amp;l=1&amp;d=1741000000&amp;k=1b9f0e3c2a" />
<link rel="stylesheet" href="{site}/css.php?css=public%3Abb_code.less%2Cpublic%3Amessage.less%2Cpublic%3Anotices.less%2Cpublic%3Ashare_controls.less%2Cpublic%3Astructured_list.less%2Cpublic%3Aextra.less&amp;s=1&amp;l=1&amp;d=1741000000&amp;k=8e44a1d702" />
<script src="{site}/js/xf/preamble.min.js?_v=6c0a2e41"></script>
<script type="application/ld+json">{json.dumps({"@context": "https://schema.org", "@type": "DiscussionForumPosting", "@id": url, "headline": art["title"], "articleSection": "Island news", "author": {"@type": "Person", "name": art["author"]}, "datePublished": "2025-03-08T19:42:11+00:00", "dateModified": "2025-03-09T10:40:00+00:00", "interactionStatistic": {"@type": "InteractionCounter", "interactionType": "https://schema.org/CommentAction", "userInteractionCount": 23}}, ensure_ascii=False)}</script>
</head>
<body data-template="thread_view">
<div class="p-pageWrapper" id="top">
<header class="p-header" id="header"><div class="p-header-inner"><div class="p-header-content"><div class="p-header-logo p-header-logo--image"><a href="{site}/"><img src="{site}/data/assets/logo/ravensholm-forum.png" srcset="{site}/data/assets/logo/ravensholm-forum-2x.png 2x" alt="Ravensholm Community Forum" width="220" height="40" /></a></div></div></div></header>
<div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header">
<nav class="p-nav"><div class="p-nav-inner"><button type="button" class="button--plain p-nav-menuTrigger button" data-xf-click="off-canvas" data-menu=".js-headerOffCanvasMenu" tabindex="0" aria-label="Menu"><span class="button-text"><i aria-hidden="true"></i></span></button>
<div class="p-nav-smallLogo"><a href="{site}/"><img src="{site}/data/assets/logo/ravensholm-forum.png" alt="Ravensholm Community Forum" width="220" height="40" /></a></div>
<div class="p-nav-scroller hScroller" data-xf-init="h-scroller" data-auto-scroll=".p-navEl.is-selected"><div class="hScroller-scroll"><ul class="p-nav-list js-offCanvasNavSource">{nav}</ul></div></div>
<div class="p-nav-opposite"><div class="p-navgroup p-account p-navgroup--guest"><a href="{site}/login/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--logIn" data-xf-click="overlay" data-follow-redirects="on"><span class="p-navgroup-linkText">Log in</span></a><div class="p-navgroup-divider"></div><a href="{site}/register/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--register" data-xf-click="overlay" data-follow-redirects="on"><span class="p-navgroup-linkText">Register</span></a></div>
<div class="p-navgroup p-discovery"><a href="{site}/whats-new/" class="p-navgroup-link p-navgroup-link--iconic p-navgroup-link--whatsnew" aria-label="What&#039;s new" title="What&#039;s new"><i aria-hidden="true"></i><span class="p-navgroup-linkText">What's new</span></a><a href="{site}/search/" class="p-navgroup-link p-navgroup-link--iconic p-navgroup-link--search" data-xf-click="menu" data-xf-key="/" aria-label="Search" aria-expanded="false" aria-haspopup="true" title="Search"><i aria-hidden="true"></i><span class="p-navgroup-linkText">Search</span></a></div></div>
</div></nav>
</div>
<div class="p-sectionLinks"><div class="p-sectionLinks-inner hScroller" data-xf-init="h-scroller"><div class="hScroller-scroll"><ul class="p-sectionLinks-list"><li><div class="p-navEl "><a href="{site}/whats-new/posts/" class="p-navEl-link " data-xf-key="alt+1" data-nav-id="newPosts">New posts</a></div></li><li><div class="p-navEl "><a href="{site}/search/?type=post" class="p-navEl-link " data-xf-key="alt+2" data-nav-id="searchForums">Search forums</a></div></li></ul></div></div></div>
<div class="offCanvasMenu offCanvasMenu--nav js-headerOffCanvasMenu" data-menu="menu" aria-hidden="true" data-ocm-builder="navigation"><div class="offCanvasMenu-backdrop" data-menu-close="true"></div><div class="offCanvasMenu-content"><div class="offCanvasMenu-header">Menu<a class="offCanvasMenu-closer" data-menu-close="true" role="button" tabindex="0" aria-label="Close"></a></div><div class="p-offCanvasRegisterLink"><div class="offCanvasMenu-linkHolder"><a href="{site}/login/" class="offCanvasMenu-link" data-xf-click="overlay" data-menu-close="true">Log in</a></div><hr class="offCanvasMenu-separator" /><div class="offCanvasMenu-linkHolder"><a href="{site}/register/" class="offCanvasMenu-link" data-xf-click="overlay" data-menu-close="true">Register</a></div></div><div class="js-offCanvasNavTarget"></div></div></div>
<div class="p-body">
<div class="p-body-inner">
<ul class="notices notices--block  js-notices" data-xf-init="notices" data-type="block" data-scroll-interval="6"><li class="notice js-notice notice--primary" data-notice-id="3" data-delay-duration="0" data-display-duration="0" data-auto-dismiss="" data-visibility=""><div class="notice-content"><a href="{site}/account/dismiss-notice?notice_id=3" class="notice-dismiss js-noticeDismiss" data-xf-init="tooltip" title="Dismiss notice"></a>Welcome to the Ravensholm Community Forum. Islanders and friends of the island can register for free to post, reply and get alerts about ferry disruption.</div></li></ul>
<ul class="p-breadcrumbs " itemscope itemtype="https://schema.org/BreadcrumbList"><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="{site}/" itemprop="item"><span itemprop="name">Forums</span></a><meta itemprop="position" content="1" /></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="{site}/#island-life.2" itemprop="item"><span itemprop="name">Island life</span></a><meta itemprop="position" content="2" /></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="{site}/forums/island-news.4/" itemprop="item"><span itemprop="name">Island news</span></a><meta itemprop="position" content="3" /></li></ul>
<div class="p-body-header">
<div class="p-title "><h1 class="p-title-value"><span class="label label--green" dir="auto">News</span><span class="label-append">&nbsp;</span>{e(art["title"])}</h1></div>
<div class="p-description"><ul class="listInline listInline--bullet"><li><i class="fa--xf far fa-user" aria-hidden="true" title="Thread starter"></i><span class="u-srOnly">Thread starter</span> <a href="{site}/members/kirsty-manson.12/" class="username  u-concealed" dir="auto" data-user-id="12" data-xf-init="member-tooltip">{e(art["author"])}</a></li><li><i class="fa--xf far fa-clock" aria-hidden="true" title="Start date"></i><span class="u-srOnly">Start date</span> <a href="{url}" class="u-concealed"><time class="u-dt" dir="auto" datetime="2025-03-08T19:42:11+0000" data-date-string="Mar 8, 2025" title="Mar 8, 2025 at 7:42 PM">Mar 8, 2025</time></a></li><li><i class="fa--xf far fa-tags" aria-hidden="true" title="Tags"></i><span class="u-srOnly">Tags</span> <a href="{site}/tags/holm-stores/" class="tagItem tagItem--tag_holm-stores" dir="auto">holm stores</a> <a href="{site}/tags/buyout/" class="tagItem tagItem--tag_buyout" dir="auto">buyout</a></li></ul></div>
</div>
<div class="p-body-main p-body-main--withSidebar ">
<div class="p-body-content">
<div class="p-body-pageContent">
<div class="block block--messages" data-xf-init="" data-type="post" data-href="{site}/inline-mod/" data-search-target="*">
<div class="block-outer"><div class="block-outer-main"><nav class="pageNavWrapper pageNavWrapper--mixed "><div class="pageNav  "><ul class="pageNav-main"><li class="pageNav-page pageNav-page--current "><a href="{url}">1</a></li><li class="pageNav-page "><a href="{url}page-2">2</a></li></ul><a href="{url}page-2" class="pageNav-jump pageNav-jump--next">Next</a></div></nav></div></div>
<div class="block-container lbContainer" data-xf-init="lightbox select-to-quote" data-message-selector=".js-post" data-lb-id="thread-1872" data-lb-universal="0">
<div class="block-body js-replyNewMessageContainer">
{posts}
</div>
</div>
<div class="block-outer block-outer--after"><div class="block-outer-main"><nav class="pageNavWrapper pageNavWrapper--mixed "><div class="pageNav  "><ul class="pageNav-main"><li class="pageNav-page pageNav-page--current "><a href="{url}">1</a></li><li class="pageNav-page "><a href="{url}page-2">2</a></li></ul><a href="{url}page-2" class="pageNav-jump pageNav-jump--next">Next</a></div></nav></div><div class="block-outer-opposite"><a href="{site}/login/" class="button--link button--wrap button" data-xf-click="overlay"><span class="button-text">You must log in or register to reply here.</span></a></div></div>
</div>
<div class="block"><div class="block-container"><h3 class="block-header">Similar threads</h3><div class="block-body"><div class="structItemContainer">{similar}</div></div></div></div>
<div class="blockMessage blockMessage--none"><div class="shareButtons shareButtons--iconic" data-xf-init="share-buttons" data-page-url="" data-page-title="" data-page-desc="" data-page-image=""><span class="shareButtons-label">Share:</span><div class="shareButtons-buttons"><a class="shareButtons-button shareButtons-button--brand shareButtons-button--facebook" data-href="https://www.facebook.com/sharer.php?u={{url}}"><i aria-hidden="true"></i><span>Facebook</span></a><a class="shareButtons-button shareButtons-button--brand shareButtons-button--whatsApp" data-href="https://api.whatsapp.com/send?text={{url}}"><i aria-hidden="true"></i><span>WhatsApp</span></a><a class="shareButtons-button shareButtons-button--email" data-href="mailto:?subject={{title}}&amp;body={{url}}"><i aria-hidden="true"></i><span>Email</span></a><a class="shareButtons-button shareButtons-button--link is-hidden" data-clipboard="{{url}}"><i aria-hidden="true"></i><span>Link</span></a></div></div></div>
</div>
</div>
<div class="p-body-sidebar">
<div class="block" data-widget-id="21" data-widget-key="ferry_status" data-widget-definition="html"><div class="block-container"><h3 class="block-minorHeader">Ferry status</h3><div class="block-body block-row">The 07:10 sailing from Kirkton is running to timetable. Check the ferry status page before travelling in high winds.</div></div></div>
<div class="block" data-widget-id="22" data-widget-key="featured_news" data-widget-definition="featured_content"><div class="block-container"><h3 class="block-minorHeader"><a href="{site}/featured/" rel="nofollow">Featured news</a></h3><ul class="block-body">{featured}</ul></div></div>
<div class="block" data-widget-id="6" data-widget-key="forum_overview_members_online" data-widget-definition="members_online"><div class="block-container"><h3 class="block-minorHeader"><a href="{site}/online/">Members online</a></h3><div class="block-body"><div class="block-row block-row--minor"><ul class="listInline listInline--comma"><li><a href="{site}/members/tam-rendall.88/" class="username " dir="auto" data-user-id="88">Tam Rendall</a></li><li><a href="{site}/members/fiona-l.311/" class="username " dir="auto" data-user-id="311">Fiona L</a></li></ul></div></div><div class="block-footer">Total: 37 (members: 2, guests: 35)</div></div></div>
<div class="block" data-widget-id="9" data-widget-key="forum_overview_forum_statistics" data-widget-definition="forum_statistics"><div class="block-container"><h3 class="block-minorHeader">Forum statistics</h3><div class="block-body block-row"><dl class="pairs pairs--justified count--threads"><dt>Threads</dt><dd>2,104</dd></dl><dl class="pairs pairs--justified count--messages"><dt>Messages</dt><dd>38,911</dd></dl><dl class="pairs pairs--justified count--users"><dt>Members</dt><dd>611</dd></dl><dl class="pairs pairs--justified"><dt>Latest member</dt><dd><a href="{site}/members/rona-b.612/" class="username " dir="auto" data-user-id="612">Rona B</a></dd></dl></div></div></div>
</div>
</div>
<ul class="p-breadcrumbs p-breadcrumbs--bottom" itemscope itemtype="https://schema.org/BreadcrumbList"><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="{site}/" itemprop="item"><span itemprop="name">Forums</span></a><meta itemprop="position" content="1" /></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="{site}/#island-life.2" itemprop="item"><span itemprop="name">Island life</span></a><meta itemprop="position" content="2" /></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="{site}/forums/island-news.4/" itemprop="item"><span itemprop="name">Island news</span></a><meta itemprop="position" content="3" /></li></ul>
</div>
</div>
<footer class="p-footer" id="footer"><div class="p-footer-inner">
<div class="p-footer-row"><div class="p-footer-row-main"><ul class="p-footer-linkList"><li><a href="{site}/misc/style" data-xf-click="overlay" data-xf-init="tooltip" title="Style chooser" rel="nofollow"><i class="fa--xf far fa-paint-brush" aria-hidden="true"></i> Default style</a></li></ul></div>
<div class="p-footer-row-opposite"><ul class="p-footer-linkList"><li><a href="{site}/misc/contact" data-xf-click="overlay">Contact us</a></li><li><a href="{site}/help/terms/">Terms and rules</a></li><li><a href="{site}/help/privacy-policy/">Privacy policy</a></li><li><a href="{site}/help/">Help</a></li><li><a href="{site}/">Home</a></li><li><a href="{site}/forums/-/index.rss" target="_blank" class="p-footer-rssLink" title="RSS"><span aria-hidden="true"><i class="fa--xf far fa-rss" aria-hidden="true"></i><span class="u-srOnly">RSS</span></span></a></li></ul></div></div>
<div class="p-footer-copyright"><a href="https://xenforo.com" class="u-concealed" dir="ltr" target="_blank" rel="sponsored noopener">Community platform by XenForo<sup>&reg;</sup> <span class="copyright">&copy; 2010-2024 XenForo Ltd.</span></a></div>
<div class="p-footer-debug">The Ravensholm Community Forum is run by volunteers on behalf of the Ravensholm Development Trust, registered charity SC000000.</div>
</div></footer>
</div>
<div class="u-bottomFixer js-bottomFixTarget"><ul class="notices notices--bottom_fixer  js-notices" data-xf-init="notices" data-type="bottom_fixer" data-scroll-interval="6"><li class="notice js-notice notice--primary notice--cookie" data-notice-id="-1" data-delay-duration="0" data-display-duration="0" data-auto-dismiss="0" data-visibility=""><div class="notice-content"><div class="u-alignCenter">This site uses cookies to help personalise content, tailor your experience and to keep you logged in if you register.<br />By continuing to use this site, you are consenting to our use of cookies.</div><div class="u-inputSpacer u-alignCenter"><a href="{site}/account/dismiss-notice" class="js-noticeDismiss button--notice button"><span class="button-text">Accept</span></a><a href="{site}/help/cookies" class="button--notice button"><span class="button-text">Learn more…</span></a></div></div></li></ul></div>
<script src="{site}/js/vendor/jquery/jquery-3.5.1.min.js?_v=6c0a2e41"></script>
<script src="{site}/js/xf/core-compiled.js?_v=6c0a2e41"></script>
<script>jQuery.extend(true, XF.config, {{"userId": 0, "enablePush": false, "url": {{"fullBase": "{site}/", "basePath": "/", "css": "/css.php?css=__SENTINEL__&s=1&l=1&d=1741000000", "keepAlive": "/login/keep-alive"}}, "cookie": {{"path": "/", "domain": "", "prefix": "xf_", "secure": true}}, "csrf": "1741512000,3f9c0d6b2e8a7714c5d1f0e2b9a63c18", "js": {{}}, "css": {{}}, "time": {{"now": 1741512000, "today": 1741478400, "todayDow": 0}}}});</script>
<form style="display:none" hidden="hidden"><input type="text" name="_xfClientLoadTime" value="" id="_xfClientLoadTime" title="_xfClientLoadTime" tabindex="-1" /></form>
</body>
</html>
"""


def notion(art):
    """A Notion page published with Super: notion-text / heading / callout / quote blocks."""
    site = "https://dispatch.tamsin.example"
    url = f"{site}/stories/elver-pool-tests"
    ps = art["paragraphs"]
    bid = iter(f"{0x3A7F00 + i:x}-5c1e-4d0b-9a2f-{i:012d}" for i in range(1, 80))

    def text(p):
        return f'<p id="block-{next(bid)}" class="notion-text notion-text__content notion-semantic-string">{e(p)}</p>'

    def heading(p):
        b = next(bid)
        return f'<span class="notion-heading__anchor" id="{b}"></span><h2 id="block-{b}" class="notion-heading notion-semantic-string">{e(p)}</h2>'

    def items(lst):
        return (
            '<ul class="notion-bulleted-list">'
            + "".join(
                f'<li id="block-{next(bid)}" class="notion-list-item notion-semantic-string">{e(x[2:])}</li>'
                for x in lst
            )
            + "</ul>"
        )

    image = f'<div id="block-{next(bid)}" class="notion-image align-start page-width"><span data-full-size="{site}/_next/image?url=https%3A%2F%2Fimages.spr.so%2Fcdn-cgi%2Fimagedelivery%2Felver-pool.jpeg&amp;w=3840&amp;q=80" data-lightbox-src="{site}/_next/image?url=https%3A%2F%2Fimages.spr.so%2Fcdn-cgi%2Fimagedelivery%2Felver-pool.jpeg&amp;w=3840&amp;q=80" style="display:contents"><img alt="image" loading="lazy" width="1600" height="1000" decoding="async" data-nimg="1" style="color:transparent;height:auto" src="{site}/_next/image?url=https%3A%2F%2Fimages.spr.so%2Fcdn-cgi%2Fimagedelivery%2Felver-pool.jpeg&amp;w=1920&amp;q=80"/></span><span class="notion-caption notion-semantic-string">Swimmers at Elver Pool in July. Photo: Tamsin Riverwatch</span></div>'
    glance = f'<div id="block-{next(bid)}" class="notion-callout bg-blue-light border"><div class="notion-callout__icon"><span class="notion-icon text" style="width:20px;height:20px;font-size:20px;fill:var(--color-text-default-light)">📊</span></div><div class="notion-callout__content"><span class="notion-semantic-string"><strong>{e(ps[2][3:])}</strong></span>{items(ps[3:6])}</div></div>'
    support = f'<div id="block-{next(bid)}" class="notion-callout bg-yellow-light border"><div class="notion-callout__icon"><span class="notion-icon text" style="width:20px;height:20px;font-size:20px;fill:var(--color-text-default-light)">💌</span></div><div class="notion-callout__content"><span class="notion-semantic-string">The Tamsin Dispatch is free to read and paid for by its readers. If this story was useful, <a href="/support" class="notion-link link">become a supporter</a> for the price of a coffee a month.</span></div></div>'
    quote = f'<blockquote id="block-{next(bid)}" class="notion-quote"><span class="notion-semantic-string">{e(ps[8])}</span></blockquote>'
    signup = text(
        "Get every new story by email. We send one short letter a week and never share your address."
    )
    embed = f'<div id="block-{next(bid)}" class="notion-embed" style="width:100%"><div class="notion-embed__content"><iframe src="https://tally.so/embed/wQ4pZ1?alignLeft=1&amp;hideTitle=1&amp;transparentBackground=1" title="Newsletter sign-up" loading="lazy" width="100%" height="180" frameborder="0"></iframe></div></div>'
    divider = f'<div id="block-{next(bid)}" class="notion-divider"></div>'
    blocks = [
        text(ps[0]),
        text(ps[1]),
        image,
        glance,
        heading(ps[6][3:]),
        text(ps[7]),
        quote,
        text(ps[9]),
        support,
        heading(ps[10][3:]),
        text(ps[11]),
        text(ps[12]),
        text(ps[13]),
        divider,
        signup,
        embed,
    ]
    gallery = "".join(
        f'<a href="/stories/{h}" class="notion-link notion-collection-card gallery"><div class="notion-collection-card__cover small"><img alt="" loading="lazy" width="600" height="340" src="{site}/_next/image?url=https%3A%2F%2Fimages.spr.so%2F{h}.jpeg&amp;w=640&amp;q=80"/></div><div class="notion-collection-card__content"><div class="notion-property notion-property__title notion-semantic-string"><span class="notion-property__title__icon-wrapper"></span>{e(t)}</div></div><div class="notion-collection-card__property-list"><div class="notion-collection-card__property"><span class="notion-property notion-property__text notion-semantic-string">{e(x)}</span></div><div class="notion-collection-card__property"><span class="notion-property notion-property__date">{d}</span></div></div></a>'
        for h, t, x, d in [
            (
                "millbrook-overflow-hours",
                "Millbrook overflow spilled for longer than any other on the river",
                "Data obtained by Riverwatch shows the overflow upstream of the town ran for more hours last year than the next three combined.",
                "August 14, 2025",
            ),
            (
                "otters-back-at-hollowell",
                "Otters are back at Hollowell weir",
                "A trail camera set up by two schoolchildren recorded an otter and two cubs twice in the same week in July.",
                "July 30, 2025",
            ),
            (
                "riverwatch-needs-samplers",
                "Riverwatch is looking for new samplers",
                "Volunteers need no experience, only an hour a week and a pair of wellies; training takes place at Hollowell library.",
                "July 2, 2025",
            ),
        ]
    )
    next_data = json.dumps(
        {
            "props": {
                "pageProps": {
                    "siteId": "b1e4c7a2-0f3d-4b89-9c11-5de2a6f7e013",
                    "domain": "dispatch.tamsin.example",
                    "path": "/stories/elver-pool-tests",
                    "pageTitle": art["title"],
                    "pageDescription": ps[0][:150],
                }
            },
            "page": "/[[...slug]]",
            "query": {"slug": ["stories", "elver-pool-tests"]},
            "buildId": "k2Pq8s1XzV0mRt4cN9aYh",
            "isFallback": False,
            "gssp": True,
            "scriptLoader": [],
        },
        ensure_ascii=False,
    )
    return f"""<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>{e(art["title"])} | The Tamsin Dispatch</title><meta name="description" content="{e(ps[0][:150])}"/><meta property="og:title" content="{e(art["title"])}"/><meta property="og:site_name" content="The Tamsin Dispatch"/><meta property="og:url" content="{url}"/><meta property="og:type" content="article"/><meta name="twitter:card" content="summary_large_image"/><link rel="canonical" href="{url}"/><link rel="icon" href="https://images.spr.so/cdn-cgi/imagedelivery/favicon-tamsin.png"/><link rel="preload" as="font" href="/_next/static/media/inter-latin.woff2" crossorigin="anonymous" type="font/woff2"/><link rel="stylesheet" href="/_next/static/css/3e1c0a8b4f2d9a71.css" data-n-g=""/><link rel="stylesheet" href="https://assets.super.so/6f1d2c3b/styles/notion.css"/><link rel="stylesheet" href="https://assets.super.so/6f1d2c3b/styles/super.css"/><style>:root{{--navbar-height:64px;--layout-max-width:720px}} .notion-callout.bg-yellow-light{{background:#fbf3db}}</style>{news_ld(art, url, "The Tamsin Dispatch", "en")}<script async="" src="https://plausible.io/js/script.js" data-domain="dispatch.tamsin.example"></script></head><body class="super-body"><div id="__next"><div class="super-root"><div class="notion-navbar"><nav class="super-navbar simple" style="position:sticky;box-shadow:var(--navbar-shadow)"><div class="super-navbar__content"><a href="/" class="notion-link super-navbar__logo"><div class="super-navbar__logo-image"><img alt="" src="https://images.spr.so/cdn-cgi/imagedelivery/logo-tamsin.png" width="32" height="32"/></div><span class="super-navbar__logo-text">The Tamsin Dispatch</span></a><div class="super-navbar__item-list"><a href="/stories" class="notion-link super-navbar__item">Stories</a><a href="/data" class="notion-link super-navbar__item">River data</a><a href="/about" class="notion-link super-navbar__item">About</a><a href="/support" class="notion-link super-navbar__item">Support us</a></div><div class="super-navbar__actions"><a href="/subscribe" class="notion-link super-navbar__button">Subscribe</a></div><div class="super-navbar__menu-wrapper"><div class="super-navbar__menu-open"><svg viewBox="0 0 20 20" width="20" height="20"><path d="M3 5h14M3 10h14M3 15h14" stroke="currentColor"></path></svg></div></div></div></nav></div><main class="super-content page__stories-elver-pool-tests parent-page__stories"><div class="notion-header collection-page"><div class="notion-header__cover no-cover no-icon"></div><div class="notion-header__content max-width no-cover no-icon"><div class="notion-header__title-wrapper"><h1 class="notion-header__title">{e(art["title"])}</h1></div></div></div><article id="block-elver-pool-tests" class="notion-root max-width has-footer"><div class="notion-collection-page-properties"><ul class="notion-page__properties"><li class="notion-page__property"><div class="notion-page__property-name-wrapper"><div class="notion-page__property-name"><span>Author</span></div></div><div class="notion-property notion-property__person notion-semantic-string"><span class="individual-with-image"><div class="individual-letter-avatar">J</div><span>{e(art["author"])}</span></span></div></li><li class="notion-page__property"><div class="notion-page__property-name-wrapper"><div class="notion-page__property-name"><span>Published</span></div></div><div class="notion-property notion-property__date"><span class="date">September 5, 2025</span></div></li><li class="notion-page__property"><div class="notion-page__property-name-wrapper"><div class="notion-page__property-name"><span>Topics</span></div></div><div class="notion-property notion-property__multi_select"><span class="notion-pill pill-green">Rivers</span><span class="notion-pill pill-red">Health</span></div></li><li class="notion-page__property"><div class="notion-page__property-name-wrapper"><div class="notion-page__property-name"><span>Reading time</span></div></div><div class="notion-property notion-property__text notion-semantic-string">4 min</div></li></ul><div class="notion-divider"></div></div>{"".join(blocks)}<div class="notion-collection inline"><div class="notion-collection__header-wrapper"><h3 class="notion-collection__header"><span class="notion-semantic-string">More from the Dispatch</span></h3></div><div class="notion-collection-gallery small">{gallery}</div></div></article><footer class="super-footer"><div class="super-footer__content"><div class="super-footer__logo"><span>The Tamsin Dispatch</span><p>Independent news about the River Tamsin and the towns along it, published by Tamsin Riverwatch CIC.</p></div><div class="super-footer__links"><a href="/about">About</a><a href="/corrections">Corrections policy</a><a href="/privacy">Privacy</a><a href="mailto:hello@tamsin.example">Contact</a></div><p class="super-footer__copyright">© 2025 Tamsin Riverwatch CIC</p></div></footer><a class="super-badge" href="https://super.so/?utm_source=dispatch.tamsin.example" target="_blank" rel="noopener"><span>Made with Super</span></a></div></div><div id="cookie-banner" class="cookie-banner" role="dialog" aria-label="Cookie notice"><p>We use a privacy-friendly analytics tool that does not set cookies. The newsletter form on this page is provided by Tally, which may set a cookie when you use it.</p><button type="button" onclick="this.parentNode.remove()">OK</button></div><script id="__NEXT_DATA__" type="application/json">{next_data}</script><script src="/_next/static/chunks/webpack-7c2a1d0e9b.js" defer=""></script><script src="/_next/static/chunks/framework-0f3e5a.js" defer=""></script><script src="/_next/static/chunks/pages/%5B%5B...slug%5D%5D-c41b8e.js" defer=""></script></body></html>
"""


def society(art):
    """Wild Apricot: zone layout of WaGadgets, a blog post in its details state."""
    site = "https://lansteadhistory.example"
    url = f"{site}/news/13512087"
    theme = f"{site}/BuiltTheme/homestead_ink.v3.0/current/4c1d9e07"
    body = paras(art)
    menu = "".join(
        f'<li class="{c}"><div class="item"><a href="{site}/{h}" title="{t}"><span>{t}</span></a>{sub}</div></li>'
        for c, t, h, sub in [
            (" ", "Home", "", ""),
            (
                " dir",
                "About us",
                "about",
                f'<ul class="secondLevel"><li class=" "><div class="item"><a href="{site}/committee" title="Committee"><span>Committee</span></a></div></li><li class=" "><div class="item"><a href="{site}/history-of-the-society" title="Our history"><span>Our history</span></a></div></li></ul>',
            ),
            (" sel", "News", "news", ""),
            (" ", "Events", "events", ""),
            (" ", "Toll house appeal", "toll-house", ""),
            (" ", "Archive", "archive", ""),
            (" ", "Join", "join", ""),
            (" ", "Contact", "contact", ""),
        ]
    )
    cms = "".join(
        f'<div class="blogCommentOuterContainer" id="comment_{7731 + i}"><div class="blogCommentHeader"><span class="blogCommentAuthor">{e(n)}</span><span class="blogCommentDetailsDivider"> | </span><span class="blogCommentDate">{d}</span></div><div class="blogCommentBody"><p>{e(t)}</p></div><div class="blogCommentActions"><a class="blogCommentReply" href="{url}#reply_{7731 + i}">Reply</a></div></div>'
        for i, (n, d, t) in enumerate(
            [
                (
                    "Margaret Ellison",
                    "03 Nov 2025 6:12 PM",
                    "Wonderful news. My grandfather was the last roadman to live in the toll house, and I still have a photograph of him at the door in 1938. I would be glad to lend it for the exhibition.",
                ),
                (
                    "Peter Vance",
                    "04 Nov 2025 9:40 AM",
                    "Congratulations to the committee. Will there be a chance for members to look inside before the work starts? I would like to see the original fireplace.",
                ),
            ]
        )
    )
    events = "".join(
        f'<li><div class="title"><a href="{site}/event-{6021 + i}">{e(t)}</a></div><div class="date">{d}</div><div class="location"><span>{loc}</span></div></li>'
        for i, (t, d, loc) in enumerate(
            [
                ("Open meeting: the toll house", "20 Nov 2025 7:30 PM", "Lanstead Library"),
                ("Talk: Turnpikes of the county", "11 Dec 2025 7:30 PM", "St Mary's Church Hall"),
                ("Christmas social", "18 Dec 2025 6:00 PM", "The Old Forge, Lanstead"),
            ]
        )
    )
    recent = "".join(
        f'<li><a href="{site}/news/{h}">{e(t)}</a><p>{e(x)}</p></li>'
        for h, t, x in [
            (
                "13477410",
                "Oral history project records its fortieth voice",
                "Volunteers have now recorded forty Lanstead residents talking about life in the village before 1960, and the recordings will go online in the spring.",
            ),
            (
                "13421955",
                "Mill Lane milestone returned to its place",
                "The cast-iron milestone removed during roadworks last year is back beside the lane, cleaned and repainted by members.",
            ),
        ]
    )
    return f"""<!DOCTYPE html>
<!--[if lt IE 7 ]><html lang="en" class="no-js ie6 "><![endif]-->
<!--[if IE 7 ]><html lang="en" class="no-js ie7 "> <![endif]-->
<!--[if IE 8 ]><html lang="en" class="no-js ie8 "> <![endif]-->
<!--[if IE 9 ]><html lang="en" class="no-js ie9 "><![endif]-->
<!--[if (gt IE 9)|!(IE)]><!--><html lang="en" class="no-js "> <!--<![endif]-->
<head>
  <title>Lanstead and District Historical Society - {e(art["title"])}</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta property="og:type" content="article" />
  <meta property="og:title" content="{e(art["title"])}" />
  <meta property="og:site_name" content="Lanstead and District Historical Society" />
  <meta property="og:url" content="{url}" />
  <meta property="og:image" content="{site}/resources/Pictures/News/toll-house-2025.jpg" />
  <meta name="author" content="{e(art["author"])}" />
  <link rel="canonical" href="{url}" />
  <link href="{theme}/Styles/combined.css" rel="stylesheet" type="text/css" />
  <link href="{site}/resources/theme/user.css?t=638662000000000000" rel="stylesheet" type="text/css" />
  <link href="https://live-sf.wildapricot.org/WebUI/built9.14.2-7d1f3a2/scripts/public/react/index-84b33b4.css" rel="stylesheet" type="text/css" />
  <link href="https://live-sf.wildapricot.org/WebUI/built9.14.2-7d1f3a2/css/shared/ui/shared-ui-compiled.css" rel="stylesheet" type="text/css" />
  <script type="text/javascript" language="javascript" id="idJavaScriptEnvironment">
    var bonaPage_BuildVer='9.14.2-7d1f3a2';
    var bonaPage_AdminBackendUrl = '/admin/';
    var bonaPage_StatRes='https://live-sf.wildapricot.org/WebUI/';
    var bonaPage_InternalPageType = {{ isUndefinedPage : false, isWebPage : false, isAdminPage : false, isDialogPage : false, isSystemPage : true, isErrorPage : false, isError404Page : false }};
    var bonaPage_PageView = {{ isAnonymousView : true, isMemberView : false, isAdminView : false }};
    var WidgetMode = 0;
    var bonaPage_IsUserAnonymous = true;
    var bonaPage_ThemeVer='4c1d9e07'; var bonaPage_ThemeId = 'homestead_ink.v3.0'; var bonaPage_ThemeVersion = '3.0';
    var bonaPage_id='2734512'; version_id='';
    if (bonaPage_InternalPageType && (bonaPage_InternalPageType.isSystemPage || bonaPage_InternalPageType.isWebPage) && window.self !== window.top) {{ var success = true; try {{ var tmp = top.location.href; if (!tmp) {{ top.location = self.location; }} }} catch (err) {{ try {{ if (self != top) {{ top.location = self.location; }} }} catch (err) {{ try {{ if (self != top) {{ top = self; }} success = false; }} catch (err) {{ success = false; }} }} success = false; }} if (!success) {{ window.onload = function() {{ document.open('text/html', 'replace'); document.write('<ht'+'ml><he'+'ad></he'+'ad><bo'+'dy><h1>Wrong document context!</h1></bo'+'dy></ht'+'ml>'); document.close(); }} }} }}
    try {{ function waMetricsGlobalHandler(args) {{ if (WA.topWindow.waMetricsOuterGlobalHandler && typeof(WA.topWindow.waMetricsOuterGlobalHandler) === 'function') {{ WA.topWindow.waMetricsOuterGlobalHandler(args); }} }} }} catch(err) {{}}
  </script>
  <script type="text/javascript" src="https://live-sf.wildapricot.org/WebUI/built9.14.2-7d1f3a2/scripts/shared/ui/shared-ui-compiled.js"></script>
  <script type="text/javascript" src="https://live-sf.wildapricot.org/WebUI/built9.14.2-7d1f3a2/scripts/public/react/index-84b33b4.js"></script>
  {news_ld(art, url, "Lanstead and District Historical Society", "en", kind="BlogPosting")}
</head>
<body id="PAGEID_2734512" class="publicContentView LayoutMain">
<div class="mLayout layoutMain state1" id="mLayout">
<script type="text/javascript">jq$(function() {{ if (!WA.Gadgets.BaseGadget) return; }});</script>
<div class="zoneHeader1 zoneHeaderOuter zoneOuter"><div class="zoneHeader container_12"><div class="zoneHeaderInner zoneInner s1_grid_12 s2_grid_12 s3_grid_12"><div class="color"></div><div class="gradient"></div><div class="image"></div><div class="pattern"></div><div class="content">
<div id="id_Header1" data-componentId="Header1" class="WaPlaceHolder WaPlaceHolderHeader1" style=""><div style="padding-top:18px;padding-bottom:10px;">
<div id="id_3Fw7qGz" class="WaGadgetFirst WaGadgetContent  gadgetStyleNone" style="" data-componentId="3Fw7qGz"><div class="gadgetStyleBody gadgetContentEditableArea" style="" data-editableArea="0" data-areaHeight="auto"><p><a href="{site}/"><img src="{site}/resources/Pictures/Site/ldhs-logo.png" alt="Lanstead and District Historical Society" title="" border="0" width="320" height="86"></a></p><p><font color="#6b5a45"><em>Keeping the story of Lanstead, Brayford and the villages between since 1962</em></font></p></div></div>
<div id="id_Kp2n1Rz" class="WaGadgetLast WaGadgetLoginButton  gadgetStyleNone" style="" data-componentId="Kp2n1Rz"><div class="alignRight"><div class="loginBoxLinkContainer"><a class="loginBoxLinkButton" href="{site}/Sys/Login">Log in</a></div></div></div>
</div></div>
</div></div></div></div>
<div class="zoneHeader2 zoneHeaderOuter zoneOuter"><div class="zoneHeader2 container_12"><div class="zoneHeader2Inner zoneInner s1_grid_12 s2_grid_12 s3_grid_12"><div class="content">
<div id="id_Header2" data-componentId="Header2" class="WaPlaceHolder WaPlaceHolderHeader2" style=""><div style="">
<div id="id_Q9xMnb4" class="WaGadgetOnly WaGadgetMenuHorizontal  menuStyle001" style="" data-componentId="Q9xMnb4"><div class="menuBackground"></div><div class="menuInner"><ul class="firstLevel">{menu}</ul></div>
<script type="text/javascript">jq$(function() {{ WebFont.load({{ custom: {{ families: ['Merriweather'] }} }}); }});</script>
</div>
</div></div>
</div></div></div></div>
<div class="zoneContent1 zoneContentOuter zoneOuter"><div class="zoneContent container_12"><div class="zoneContentInner zoneInner s1_grid_12 s2_grid_12 s3_grid_12"><div class="content">
<div id="id_Content" data-componentId="Content" class="WaPlaceHolder WaPlaceHolderContent" style=""><div style="">
<div id="id_Bc4rb" class="WaGadgetFirst WaGadgetBreadcrumbs  gadgetStyleNone" style="" data-componentId="Bc4rb"><div class="gadgetStyleBody " style="" data-areaHeight="auto"><ul><li><a href="{site}/">Home</a></li><li><a href="{site}/news">News</a></li><li class="last">{e(art["title"])}</li></ul></div></div>
<div class="WaLayoutContainerLast" style=""><table cellspacing="0" cellpadding="0" class="WaLayoutTable" style=""><tr data-componentId="Lr1" class="WaLayoutRow"><td data-componentId="Li1" class="WaLayoutItem" style="width:68%;"><div id="id_Li1" class="WaLayoutPlaceHolder placeHolderContainer" data-componentId="Li1" style=""><div style="">
<div id="id_Bl0gD7t" class="WaGadgetOnly WaGadgetBlog  gadgetStyleNone WaGadgetBlogStateDetails" style="" data-componentId="Bl0gD7t">
<div class="boxOuterContainer boxBaseView">
<div class="boxHeaderOuterContainer"><div class="boxHeaderContainer">
<h3 class="boxHeaderTitle">{e(art["title"])}</h3>
<div class="boxHeaderDetails"><span class="boxHeaderDetailsDateContainer"><span class="boxHeaderDetailsDate">03 Nov 2025 9:15 AM</span></span><span class="boxHeaderDetailsDividerContainer"> | </span><span class="boxHeaderDetailsAuthorContainer"><span class="boxHeaderDetailsAuthor">{e(art["author"])} (Administrator)</span></span></div>
</div></div>
<div class="boxBodyOuterContainer"><div class="boxBodyContainer"><div class="boxBodyInfoOuterContainer boxBodyInfoViewFill"><div class="boxBodyContentOuterContainer"><div class="boxBodyContentContainer fixedHeight"><div class=" gadgetContentEditableArea" style="" data-editableArea="0" data-areaHeight="auto">
<p><img src="{site}/resources/Pictures/News/toll-house-2025.jpg" alt="The Brayford Road toll house" title="" border="0" width="600" height="400"><br><font size="2"><em>The toll house on Brayford Road in October. Photo: Douglas Amory</em></font></p>
{body}
<p>&nbsp;</p>
<p><font size="2"><em>If you would like to give to the toll house appeal, you can <a href="{site}/toll-house" target="_blank">donate online</a> or send a cheque payable to LDHS to the treasurer. Every gift, however small, goes towards the roof.</em></font></p>
</div></div></div></div></div></div>
<div class="boxFooterOuterContainer"><div class="boxFooterContainer">
<div class="blogCommentsOuterContainer"><h4 class="blogCommentsTitle">2 comments</h4>{cms}<div class="blogCommentsFooter"><a class="addCommentLink" href="{site}/Sys/Login?ReturnUrl={url}%23addComment">Log in to add a comment</a></div></div>
</div></div>
</div>
<div class="boxActionContainer"><div class="inner"><a class="backToList" href="{site}/news">Back to list</a></div></div>
<div class="navigationOuterContainer"><div class="navigationContainer"><a class="navigationFirst" href="{site}/news/13609114">&laquo; First</a> <a class="navigationPrevious" href="{site}/news/13609114">&lsaquo; Previous</a> <span class="navigationDivider">|</span> <a class="navigationNext" href="{site}/news/13477410">Next &rsaquo;</a> <a class="navigationLast" href="{site}/news/11902245">Last &raquo;</a></div></div>
<div class="blogSubscribeContainer"><a class="blogSubscribeLink" href="{site}/news/RSS">RSS</a> <span>Subscribe to this blog by email or RSS to hear about new posts as soon as they appear.</span></div>
</div>
</div></div></td><td class="WaLayoutSeparator" style="width:30px;"><div style="width: inherit;"></div></td><td data-componentId="Li2" class="WaLayoutItem" style="width:32%;"><div id="id_Li2" class="WaLayoutPlaceHolder placeHolderContainer" data-componentId="Li2" style=""><div style="">
<div id="id_Ue8tWq" class="WaGadgetFirst WaGadgetUpcomingEvents  gadgetStyle002" style="" data-componentId="Ue8tWq"><div class="gadgetStyleTitle" style=""><h4 class="gadgetTitleH4">Upcoming events</h4></div><div class="gadgetStyleBody " style="" data-areaHeight="auto"><ul>{events}</ul><div class="boxActionContainer"><a href="{site}/events">All events</a></div></div></div>
<div id="id_Rn3pLm" class="WaGadget WaGadgetContent  gadgetStyle002" style="" data-componentId="Rn3pLm"><div class="gadgetStyleTitle" style=""><h4 class="gadgetTitleH4">More news</h4></div><div class="gadgetStyleBody gadgetContentEditableArea" style="" data-editableArea="0" data-areaHeight="auto"><ul>{recent}</ul></div></div>
<div id="id_Jn9sQa" class="WaGadget WaGadgetContent  gadgetStyle001" style="" data-componentId="Jn9sQa"><div class="gadgetStyleBody gadgetContentEditableArea" style="" data-editableArea="0" data-areaHeight="auto"><h4>Join the society</h4><p>Membership costs £15 a year, or £22 for a household. Members receive the quarterly journal, free entry to talks and first choice of places on our summer outings.</p><p><a href="{site}/join" class="stylizedButton buttonStyle001">Join today</a></p></div></div>
<div id="id_Mx5kVb" class="WaGadgetLast WaGadgetContent  gadgetStyle001" style="" data-componentId="Mx5kVb"><div class="gadgetStyleBody gadgetContentEditableArea" style="" data-editableArea="0" data-areaHeight="auto"><h4>Stay in touch</h4><p>Our monthly e-newsletter brings society news, new finds from the archive and dates for your diary.</p><p><a href="{site}/newsletter-signup" class="stylizedButton buttonStyle002">Sign up for the newsletter</a></p></div></div>
</div></div></td></tr></table></div>
</div></div>
</div></div></div></div>
<div class="zoneFooter1 zoneFooterOuter zoneOuter"><div class="zoneFooter container_12"><div class="zoneFooterInner zoneInner s1_grid_12 s2_grid_12 s3_grid_12"><div class="content">
<div id="id_Footer1" data-componentId="Footer1" class="WaPlaceHolder WaPlaceHolderFooter1" style=""><div style="padding-top:20px;">
<div id="id_Ft7cn" class="WaGadgetFirst WaGadgetContent  gadgetStyleNone" style="" data-componentId="Ft7cn"><div class="gadgetStyleBody gadgetContentEditableArea" style="" data-editableArea="0" data-areaHeight="auto"><p>Lanstead and District Historical Society, c/o Lanstead Library, High Street, Lanstead.<br>Registered charity no. 1000000. <a href="{site}/privacy">Privacy policy</a> &middot; <a href="{site}/contact">Contact us</a></p></div></div>
<div id="id_So2ci" class="WaGadgetLast WaGadgetSocialProfile  gadgetStyleNone" style="" data-componentId="So2ci"><div class="gadgetStyleBody " style="" data-areaHeight="auto"><ul class="orientationHorizontal  alignLeft"><li><a href="https://www.facebook.com/lansteadhistory" title="Facebook" class="Facebook" target="_blank"></a></li><li><a href="https://www.instagram.com/lansteadhistory" title="Instagram" class="Instagram" target="_blank"></a></li></ul></div></div>
</div></div>
</div></div></div></div>
<div class="zoneBranding zoneOuter"><div class="zoneBranding container_12"><div class="zoneBrandingInner zoneInner s1_grid_12 s2_grid_12 s3_grid_12"><div class="content"><div id="idFooterPoweredByContainer"><span id="idFooterPoweredByWA">Powered by <a href="http://www.wildapricot.com" target="_blank">Wild Apricot</a> Membership Software</span></div></div></div></div></div>
</div>
<div id="idCookieConsentBanner" class="cookieConsentBanner cookieConsentBannerBottom" role="dialog" aria-live="polite"><div class="cookieConsentBannerInner"><div class="cookieConsentBannerText">This website uses cookies to keep you logged in and to remember your preferences. By continuing to browse the site you agree to our use of cookies.</div><div class="cookieConsentBannerButtons"><a class="cookieConsentAccept" href="#">Accept</a> <a class="cookieConsentMore" href="{site}/privacy">More information</a></div></div></div>
<script type="text/javascript">if (window.WA && WA.CookieConsent) {{ WA.CookieConsent.init({{ position: 'bottom' }}); }}</script>
</body>
</html>
"""


def observatory(art):
    """Pelican with the notmyidea theme: post-info footer inside entry-content, admonitions."""
    site = "https://observatory.slowmere.example"
    url = f"{site}/2025/02/tide-gauge-century.html"
    out: list[str] = []
    items: list[str] = []
    in_box = False
    for i, p in enumerate(art["paragraphs"]):
        if p.startswith("- "):
            items.append(f"<li>{e(p[2:])}</li>")
            continue
        if items:
            out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            items = []
            if in_box:
                out.append("</div>")
                in_box = False
        if p == "## By the numbers":
            out.append(f'<div class="admonition note">\n<p class="admonition-title">{e(p[3:])}</p>')
            in_box = True
        elif p.startswith("## "):
            out.append(f"<h2>{e(p[3:])}</h2>")
        else:
            out.append(f"<p>{e(p)}</p>")
        if i == 1:
            out.append(
                f'<figure class="figure"><img alt="The tide gauge hut at the end of Slowmere pier" src="{site}/images/2025/tide-gauge-hut.jpg" width="960" height="640"><figcaption>The tide gauge hut at the end of Slowmere pier, photographed in January. Photo: Colin Mabry</figcaption></figure>'
            )
        if i == 4:
            out.append(
                f'<p><em>See also: <a href="{site}/2024/11/ledger-volunteers.html">Volunteers wanted to transcribe the harbour ledgers</a></em></p>'
            )
    body = "\n".join(out)
    related = "".join(
        f'<li><a href="{site}/{h}.html">{e(t)}</a><p class="summary">{e(x)}</p></li>'
        for h, t, x in [
            (
                "2024/11/ledger-volunteers",
                "Volunteers wanted to transcribe the harbour ledgers",
                "We are looking for patient people with a laptop and a few spare evenings to help turn fifty years of handwritten tide readings into a spreadsheet.",
            ),
            (
                "2024/08/storm-surge-records",
                "What the August storm surge looked like at the pier",
                "The gauge recorded a surge of 71 centimetres above the predicted tide, the third highest since the station was automated.",
            ),
        ]
    )
    cms = "".join(
        f'<article class="comment" id="comment-{cid}"><header class="comment-header"><img class="avatar" src="{site}/images/identicon/{cid}.png" alt="" width="40" height="40"><b class="comment-author">{e(n)}</b> wrote on <time datetime="{iso}">{d}</time>:</header><div class="comment-content"><p>{e(t)}</p></div><p class="comment-reply"><a href="mailto:comments@slowmere.example?subject=Re%3A%20{cid}">Reply by email</a></p></article>'
        for cid, n, iso, d, t in [
            (
                "c4a1",
                "Jean Halloway",
                "2025-02-14T18:22:00+00:00",
                "Fri 14 February 2025",
                "Thank you to everyone who typed up the ledgers. My father kept some of them in the 1950s, and it is moving to see his handwriting turned into a graph at last.",
            ),
            (
                "c4a2",
                "R. Denholm",
                "2025-02-15T08:05:00+00:00",
                "Sat 15 February 2025",
                "Has the record been corrected for any sinking of the pier itself? Old structures settle, and a few millimetres a decade would matter here.",
            ),
            (
                "c4a3",
                "Helen Arkwright",
                "2025-02-15T10:40:00+00:00",
                "Sat 15 February 2025",
                "Good question. The gauge was levelled against the benchmark on the harbour wall every few years, and the analysis notes explain how we used those checks.",
            ),
        ]
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
        <meta charset="utf-8" />
        <meta name="generator" content="Pelican" />
        <title>{e(art["title"])}</title>
        <link rel="stylesheet" href="{site}/theme/css/main.css" />
        <link href="{site}/feeds/all.atom.xml" type="application/atom+xml" rel="alternate" title="Slowmere Bay Coastal Observatory Full Atom Feed" />
        <link href="{site}/feeds/news.atom.xml" type="application/atom+xml" rel="alternate" title="Slowmere Bay Coastal Observatory Categories Atom Feed" />
        <meta name="author" content="{e(art["author"])}" />
        <meta name="keywords" content="sea level,tide gauge,data" />
        <meta name="description" content="A century of readings from the tide gauge on Slowmere pier shows that the average sea level in the bay has risen by 23 centimetres since 1921." />
        <link rel="canonical" href="{url}" />
        <script defer data-domain="observatory.slowmere.example" src="https://plausible.io/js/script.js"></script>
</head>

<body id="index" class="home">
        <div class="site-notice"><p>The observatory's visitor hut on the pier is closed until March while the pier deck is repaired. Live readings are still online.</p></div>
        <header id="banner" class="body">
                <h1><a href="{site}/">Slowmere Bay Coastal Observatory <strong>Notes from a volunteer field station</strong></a></h1>
        </header><!-- /#banner -->
        <nav id="menu"><ul>
            <li><a href="{site}/pages/about.html">About</a></li>
            <li><a href="{site}/pages/live-readings.html">Live readings</a></li>
            <li><a href="{site}/pages/visit.html">Visit</a></li>
            <li><a href="{site}/pages/volunteer.html">Volunteer</a></li>
            <li class="active"><a href="{site}/category/news.html">News</a></li>
            <li><a href="{site}/category/data.html">Data</a></li>
        </ul></nav><!-- /#menu -->
<section id="content" class="body">
  <article>
    <header>
      <h1 class="entry-title">
        <a href="{url}" rel="bookmark"
           title="Permalink to {e(art["title"])}">{e(art["title"])}</a></h1>
    </header>

    <div class="entry-content">
<footer class="post-info">
        <abbr class="published" title="{art["date"]}T10:00:00+00:00">
                Published: Fri 14 February 2025
        </abbr>
		<br />
        <abbr class="modified" title="2025-02-15T09:30:00+00:00">
                Updated: Sat 15 February 2025
        </abbr>

        <address class="vcard author">
                By                         <a class="url fn" href="{site}/author/helen-arkwright.html">{e(art["author"])}</a>
        </address>
<p>In <a href="{site}/category/news.html">News</a>.</p>
<p>tags: <a href="{site}/tag/sea-level.html">sea level</a> <a href="{site}/tag/tide-gauge.html">tide gauge</a> <a href="{site}/tag/open-data.html">open data</a> </p>
</footer><!-- /.post-info -->      {body}
<div class="admonition tip">
<p class="admonition-title">Support the observatory</p>
<p>The observatory is run entirely by volunteers and paid for by its members and a small grant from the town council. Membership costs £20 a year and helps keep the instruments on the pier running.</p>
</div>
<p id="post-share-links">
    Share on:
    <a href="https://bsky.app/intent/compose?text={e(art["title"])}%20{url}" target="_blank" rel="nofollow noopener noreferrer" title="Share on Bluesky">Bluesky</a>
    ❄
    <a href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" rel="nofollow noopener noreferrer" title="Share on Facebook">Facebook</a>
    ❄
    <a href="mailto:?subject={e(art["title"])}&amp;body={url}" target="_blank" rel="nofollow noopener noreferrer" title="Share via Email">Email</a>
</p>
<div class="related-posts">
<h4>Related posts:</h4>
<ul>{related}</ul>
</div>
<section class="comments" id="comments">
<h2>Comments</h2>
{cms}
<p class="comment-note">Comments are moderated and added to the site by hand. To comment, email <a href="mailto:comments@slowmere.example">comments@slowmere.example</a> with the title of the post.</p>
</section>
    </div><!-- /.entry-content -->

  </article>
</section>
        <section id="extras" class="body">
                <div class="blogroll">
                        <h2>links</h2>
                        <ul>
                            <li><a href="https://www.psmsl.example/">Permanent Service for Mean Sea Level</a></li>
                            <li><a href="https://slowmere-council.example/seafront">Slowmere seafront flood plan</a></li>
                            <li><a href="https://github.example/slowmere-observatory/tide-ledgers">Tide ledgers data set</a></li>
                        </ul>
                </div><!-- /.blogroll -->
                <div class="social">
                        <h2>social</h2>
                        <ul>
                            <li><a href="{site}/feeds/all.atom.xml" type="application/atom+xml" rel="alternate">atom feed</a></li>
                            <li><a href="https://mastodon.example/@slowmereobs">Mastodon</a></li>
                            <li><a href="https://bsky.app/profile/slowmereobs.example">Bluesky</a></li>
                        </ul>
                </div><!-- /.social -->
                <div class="newsletter">
                        <h2>newsletter</h2>
                        <form action="https://buttondown.email/api/emails/embed-subscribe/slowmereobs" method="post" target="popupwindow" class="embeddable-buttondown-form">
                            <p>Get our monthly letter with new readings, field notes and volunteer days. No spam, unsubscribe whenever you like.</p>
                            <label for="bd-email">Your email</label> <input type="email" name="email" id="bd-email" /> <input type="submit" value="Subscribe" />
                        </form>
                </div>
        </section><!-- /#extras -->

        <footer id="contentinfo" class="body">
                <address id="about" class="vcard body">
                Proudly powered by <a rel="nofollow" href="https://getpelican.com/">Pelican</a>, which takes great advantage of <a rel="nofollow" href="https://www.python.org/">Python</a>.
                </address><!-- /#about -->

                <p>The theme is by <a rel="nofollow" href="https://www.smashingmagazine.com/2009/08/designing-a-html-5-layout-from-scratch/">Smashing Magazine</a>, thanks!</p>
                <p>Text and data on this site are published under CC BY 4.0 unless stated otherwise. Slowmere Bay Coastal Observatory is a registered charity.</p>
        </footer><!-- /#contentinfo -->

</body>
</html>
"""


LAYOUTS_H32 = {
    "h32-01-sicilian": ("h32_sicilian", sicilian),
    "h32-02-konkani": ("h32_konkani", konkani),
    "h32-03-sesotho": ("h32_sesotho", sesotho),
    "h32-04-tetum": ("h32_tetum", tetum),
    "h32-05-chuvash": ("h32_chuvash", chuvash),
    "h32-06-forum": ("h32_forum", forum),
    "h32-07-notion": ("h32_notion", notion),
    "h32-08-society": ("h32_society", society),
    "h32-09-observatory": ("h32_observatory", observatory),
}
