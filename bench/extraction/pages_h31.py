"""Layouts of the frozen held-out group "h31" of the extraction benchmark.

Written at the start of round 28 by someone other than the person tuning the reader and
without reading the reader or its output on these pages; never used for tuning
(docs/benchmarks-extraction.md). Fictional pages in layouts and languages not used by
h2-h30: a Bhojpuri district news site on WordPress with the Genesis Framework and the
Magazine Pro child theme (``site-container``, ``genesis-skip-link``, ``entry-content``
with Ad Inserter blocks, Jetpack sharing and related posts, author box, eNews widget,
comments); a Bashkir district newspaper on ProcessWire 3 with UIkit 3 (the
site-regular profile: ``uk-article``, ``uk-article-meta``, ``/site/assets/files/``
images, FieldtypeComments list and form with a CSRF token, PrivacyWire banner); a
Standard Moroccan Tamazight (Tifinagh) news site on WordPress with Bricks Builder
(``brx-body``, ``#brx-header``, ``#brx-content``, ``brxe-`` elements: post title,
meta, content, taxonomy, sharing, author, related posts, comments; CookieYes banner);
an Ilocano provincial news site on Joomla 5 with the Cassiopeia template
(``container-header``, ``site-grid``, ``com-content-article item-page`` with
``itemprop="articleBody"``, ``article-info``, tags, page navigation, module cards);
a Twi (Akan) regional news site on WordPress with Beaver Builder and Beaver Themer
(``fl-row`` / ``fl-col`` / ``fl-module`` nodes, the body in ``fl-module-fl-post-content``,
post info, author bio, post grid, comments); an English community site's post on
Forem (``crayons-`` layout, ``article-body`` with anchored headings and a
``ltag__link`` card, reactions, comment trees, "Read next"); an English nonprofit
data desk's story built with Quarto (``quarto-title-block``, ``level2`` sections with
anchored headings, figure captions, a callout, margin table of contents, the
citation appendix and a listing); an English orchard co-operative's news post on
Shopify with the Dawn theme (announcement bar, ``article-template__content rte``,
share button, comments and form, featured products, footer newsletter and payment
icons); and an English county weekly on WordPress with the Twenty Twenty-One theme
(``entry-content`` with a pull quote and Ad Inserter blocks, Jetpack sharing,
"Like this:", related posts, author bio, post navigation, comments, footer widgets).
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
            "datePublished": art["date"] + "T07:30:00+00:00",
            "author": {"@type": "Person", "name": art["author"]},
            "publisher": {"@type": "Organization", "name": publisher},
            "mainEntityOfPage": url,
        }
    )


def bhojpuri(art):
    """WordPress with the Genesis Framework (Magazine Pro child theme), Jetpack."""
    site = "https://www.belharasamachar.example"
    url = f"{site}/2025/11/10/koili-nadi-naya-pul/"

    def ad(n):
        return f'<div class="code-block code-block-{n}" style="margin: 8px auto; text-align: center; display: block; clear: both;"><p class="ad-label">विज्ञापन</p><ins class="adsbygoogle" style="display:inline-block;width:300px;height:250px" data-ad-client="ca-pub-0000000000000000" data-ad-slot="55012{n}"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({{}});</script></div>'

    readalso = '<p><strong>इहो पढ़ीं:</strong> <a href="/2025/11/02/belhara-bazar-naya-niyam/">बेलहरा बाजार में हाट के दिन बदलल, अब सोमार आ बियफे के लागी हाट</a></p>'
    body = paras(art, h='h2 class="wp-block-heading"', between={1: ad(1), 5: readalso, 7: ad(2)})
    menu = lis(
        ["होम", "बेलहरा", "गाँव-जवार", "खेती-किसानी", "सिक्षा", "खेल", "मनोरंजन", "संपर्क"],
        '<li class="menu-item menu-item-type-taxonomy menu-item-object-category"><a href="#" itemprop="url"><span itemprop="name">{}</span></a></li>',
    )
    related = "".join(
        f'<div class="jp-relatedposts-post jp-relatedposts-post{i} jp-relatedposts-post-thumbs" data-post-id="{9300 + i}" data-post-format="false"><a class="jp-relatedposts-post-a" href="/p/{9300 + i}/" title="{e(t)}" rel="nofollow" data-origin="9321" data-position="{i}"><img decoding="async" class="jp-relatedposts-post-img" loading="lazy" src="{site}/wp-content/uploads/2025/10/rel{i}.jpg?resize=350%2C200&amp;ssl=1" width="350" height="200" alt="{e(t)}"></a><h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="/p/{9300 + i}/" title="{e(t)}" rel="nofollow" data-origin="9321" data-position="{i}">{e(t)}</a></h4><p class="jp-relatedposts-post-excerpt">{e(x)}</p><p class="jp-relatedposts-post-date">{d}</p><p class="jp-relatedposts-post-context">&quot;गाँव-जवार&quot; में</p></div>'
        for i, (t, x, d) in enumerate(
            [
                (
                    "मझौली में नया स्वास्थ्य उपकेंद्र, अब गाँवे में मिली दवाई",
                    "मझौली आ आसपास के सात गाँव के लोग के अब छोट-मोट बेमारी खातिर बेलहरा ना जाए के पड़ी। उपकेंद्र में एगो नर्स आ एगो डॉक्टर हफ्ता में तीन दिन बइठिहें।",
                    "5 नवंबर 2025",
                ),
                (
                    "बाढ़ से टूटल सड़क के मरम्मत खातिर पइसा मंजूर",
                    "जिला प्रशासन बेलहरा-मझौली सड़क के मरम्मत खातिर दू करोड़ रुपया मंजूर कइले बा। काम दिसंबर में सुरू होई।",
                    "29 अक्टूबर 2025",
                ),
                (
                    "छठ घाट के सफाई में जुटल नवही",
                    "कोइली नदी के किनारे के घाट पर गाँव के नवही लोग तीन दिन ले सफाई अभियान चलवलें।",
                    "24 अक्टूबर 2025",
                ),
            ]
        )
    )
    cms = "".join(
        f'<li class="comment {"even thread-even" if i % 2 == 0 else "odd alt thread-odd"} depth-1" id="comment-{771 + i}"><article id="article-comment-{771 + i}" itemprop="comment" itemscope itemtype="https://schema.org/Comment"><header class="comment-header"><p class="comment-author" itemprop="author" itemscope itemtype="https://schema.org/Person"><img alt="" src="https://secure.gravatar.com/avatar/{i}?s=48&amp;d=mm&amp;r=g" class="avatar avatar-48 photo" height="48" width="48" loading="lazy"><span class="comment-author-name" itemprop="name">{e(n)}</span> <span class="says">कहलें:</span></p><p class="comment-meta"><time class="comment-time" datetime="2025-11-10T1{i + 4}:0{i}:00+05:30" itemprop="datePublished"><a class="comment-time-link" href="#comment-{771 + i}" itemprop="url">{d}</a></time></p></header><div class="comment-content" itemprop="text"><p>{e(t)}</p></div><div class="comment-reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{771 + i}" data-commentid="{771 + i}" data-postid="9321" aria-label="{e(n)} के जवाब दीं">जवाब दीं</a></div></article></li>'
        for i, (n, d, t) in enumerate(
            [
                (
                    "संजय पांडेय",
                    "10 नवंबर 2025 के 4:00 बजे",
                    "बहुत बढ़िया खबर बा। हमनी के गाँव से नदी पार करे में पहिले घंटा भर लाग जात रहे, अब दस मिनट में बाजार पहुँच जाइब।",
                ),
                (
                    "कुसुम सिंह",
                    "10 नवंबर 2025 के 5:01 बजे",
                    "पुल त बन गइल, बाकिर सड़क कब बनी? बरसात में त पुल तक पहुँचल भी मुसकिल हो जाई।",
                ),
                (
                    "अवधेश राम",
                    "10 नवंबर 2025 के 6:02 बजे",
                    "बत्ती वाला माँग एकदम सही बा। रात में ओह पार से आवे वाला लोग खातिर ई बहुत जरूरी बा।",
                ),
            ]
        )
    )
    popular = "".join(
        f'<article class="post-{9200 + i} post type-post status-publish format-standard entry" aria-label="{e(t)}"><a href="/p/{9200 + i}/" class="alignleft" aria-hidden="true" tabindex="-1"><img width="100" height="100" src="{site}/wp-content/uploads/2025/10/pop{i}-100x100.jpg" class="entry-image attachment-post" alt="" itemprop="image" decoding="async" loading="lazy"></a><header class="entry-header"><h4 class="entry-title" itemprop="headline"><a href="/p/{9200 + i}/">{e(t)}</a></h4></header></article>'
        for i, t in enumerate(
            [
                "बेलहरा के बेटी के राज्य स्तर के कुस्ती में सोना",
                "धान खरीद केंद्र पर किसानन के लमहर लाइन, तौल में देरी",
                "प्रखंड कार्यालय में नया ऑनलाइन सेवा केंद्र सुरू",
            ]
        )
    )
    return f"""<!DOCTYPE html>
<html lang="bho-IN">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{e(art["title"])} - बेलहरा समाचार</title>
<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1" />
<link rel="canonical" href="{url}" />
<meta property="og:locale" content="hi_IN" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{e(art["title"])}" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="बेलहरा समाचार" />
<meta property="article:published_time" content="{art["date"]}T10:20:00+00:00" />
<meta name="author" content="{e(art["author"])}" />
<script type="application/ld+json" class="yoast-schema-graph">{json.dumps({"@context": "https://schema.org", "@graph": [{"@type": "Article", "@id": url + "#article", "isPartOf": {"@id": url}, "author": {"name": art["author"]}, "headline": art["title"], "datePublished": art["date"] + "T10:20:00+00:00", "mainEntityOfPage": {"@id": url}, "wordCount": 412, "commentCount": 3, "articleSection": ["गाँव-जवार"], "inLanguage": "bho-IN"}, {"@type": "WebSite", "@id": site + "/#website", "url": site + "/", "name": "बेलहरा समाचार", "inLanguage": "bho-IN"}]}, ensure_ascii=False)}</script>
<link rel='stylesheet' id='magazine-pro-css' href='{site}/wp-content/themes/magazine-pro/style.css?ver=3.7.2' type='text/css' media='all' />
<link rel='stylesheet' id='wp-block-library-css' href='{site}/wp-includes/css/dist/block-library/style.min.css?ver=6.7.1' type='text/css' media='all' />
<link rel='stylesheet' id='jetpack_css-css' href='{site}/wp-content/plugins/jetpack/css/jetpack.css?ver=14.1' type='text/css' media='all' />
<link rel='stylesheet' id='cookie-notice-front-css' href='{site}/wp-content/plugins/cookie-notice/css/front.min.css?ver=2.5.5' type='text/css' media='all' />
<script type="text/javascript" src="{site}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script type="text/javascript" id="cookie-notice-front-js-before">var cnArgs = {{"ajaxUrl":"{site}\\/wp-admin\\/admin-ajax.php","nonce":"a71c0e2f9b","hideEffect":"fade","position":"bottom","onScroll":false,"onScrollOffset":100,"onClick":false,"cookieName":"cookie_notice_accepted","cookieTime":2592000,"cookieTimeRejected":2592000,"globalCookie":false,"redirection":false,"cache":true,"revokeCookies":false,"revokeCookiesOpt":"automatic"}};</script>
<link rel="pingback" href="{site}/xmlrpc.php" />
<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-0000000000000000" crossorigin="anonymous"></script>
</head>
<body class="post-template-default single single-post postid-9321 single-format-standard wp-embed-responsive cookies-not-set header-full-width content-sidebar genesis-breadcrumbs-visible genesis-footer-widgets-visible primary-nav" itemscope itemtype="https://schema.org/WebPage"><div class="site-container"><ul class="genesis-skip-link"><li><a href="#genesis-nav-primary" class="screen-reader-shortcut"> मुख्य मेनू पर जाईं</a></li><li><a href="#genesis-content" class="screen-reader-shortcut"> मुख्य सामग्री पर जाईं</a></li><li><a href="#genesis-sidebar-primary" class="screen-reader-shortcut"> मुख्य साइडबार पर जाईं</a></li></ul><nav class="nav-secondary" aria-label="Secondary" id="genesis-nav-secondary" itemscope itemtype="https://schema.org/SiteNavigationElement"><div class="wrap"><ul id="menu-top" class="menu genesis-nav-menu menu-secondary js-superfish"><li class="menu-item"><a href="/about/" itemprop="url"><span itemprop="name">हमनी के बारे में</span></a></li><li class="menu-item"><a href="/advertise/" itemprop="url"><span itemprop="name">विज्ञापन दीं</span></a></li><li class="menu-item"><a href="/e-paper/" itemprop="url"><span itemprop="name">ई-पेपर</span></a></li></ul></div></nav><header class="site-header" itemscope itemtype="https://schema.org/WPHeader"><div class="wrap"><div class="title-area"><p class="site-title" itemprop="headline"><a href="{site}/">बेलहरा समाचार</a></p><p class="site-description" itemprop="description">भोजपुरी में आपन इलाका के खबर</p></div><div class="widget-area header-widget-area"><section id="custom_html-2" class="widget_text widget widget_custom_html"><div class="widget_text widget-wrap"><div class="textwidget custom-html-widget"><div class="header-ad"><span>विज्ञापन</span><a href="#"><img src="{site}/wp-content/uploads/2025/09/shree-tractors-728x90.jpg" width="728" height="90" alt="श्री ट्रैक्टर्स, बेलहरा"></a></div></div></div></section>
</div></div></header><nav class="nav-primary" aria-label="Main" itemscope itemtype="https://schema.org/SiteNavigationElement" id="genesis-nav-primary"><div class="wrap"><ul id="menu-main" class="menu genesis-nav-menu menu-primary js-superfish">{menu}</ul></div></nav><div class="site-inner"><div class="content-sidebar-wrap"><main class="content" id="genesis-content"><div class="breadcrumb" itemscope itemtype="https://schema.org/BreadcrumbList">रउआ इहाँ बानी: <span class="breadcrumb-link-wrap" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a class="breadcrumb-link" href="{site}/" itemprop="item"><span class="breadcrumb-link-text-wrap" itemprop="name">होम</span></a><meta itemprop="position" content="1"></span> <span aria-label="breadcrumb separator">/</span> <span class="breadcrumb-link-wrap" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a class="breadcrumb-link" href="{site}/category/gaon-jawar/" itemprop="item"><span class="breadcrumb-link-text-wrap" itemprop="name">गाँव-जवार</span></a><meta itemprop="position" content="2"></span> <span aria-label="breadcrumb separator">/</span> {e(art["title"])}</div><article class="post-9321 post type-post status-publish format-standard has-post-thumbnail category-gaon-jawar tag-koili-nadi tag-pul entry" aria-label="{e(art["title"])}" itemscope itemtype="https://schema.org/CreativeWork"><header class="entry-header"><h1 class="entry-title" itemprop="headline">{e(art["title"])}</h1>
<p class="entry-meta"><time class="entry-time" itemprop="datePublished" datetime="{art["date"]}T10:20:00+05:30">10 नवंबर 2025</time> द्वारा <span class="entry-author" itemprop="author" itemscope itemtype="https://schema.org/Person"><a href="{site}/author/rameshtiwari/" class="entry-author-link" rel="author" itemprop="url"><span class="entry-author-name" itemprop="name">{e(art["author"])}</span></a></span> <span class="entry-comments-link"><a href="{url}#comments">3 टिप्पणी</a></span> </p></header><div class="entry-content" itemprop="text"><figure class="wp-block-image size-large"><img fetchpriority="high" decoding="async" width="1024" height="576" src="{site}/wp-content/uploads/2025/11/koili-pul-1024x576.jpg" alt="" class="wp-image-9322" /><figcaption class="wp-element-caption">कोइली नदी पर बनल नया पुल, सोमार के उद्घाटन के बाद। फोटो: बेलहरा समाचार</figcaption></figure>
{body}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">शेयर करीं:</h3><div class="sd-content"><ul><li class="share-facebook"><a rel="nofollow noopener noreferrer" data-shared="sharing-facebook-9321" class="share-facebook sd-button share-icon" href="{url}?share=facebook" target="_blank" title="Facebook पर शेयर करीं"><span>Facebook</span></a></li><li class="share-x"><a rel="nofollow noopener noreferrer" data-shared="sharing-x-9321" class="share-x sd-button share-icon" href="{url}?share=x" target="_blank" title="X पर शेयर करीं"><span>X</span></a></li><li class="share-jetpack-whatsapp"><a rel="nofollow noopener noreferrer" data-shared="" class="share-jetpack-whatsapp sd-button share-icon" href="{url}?share=jetpack-whatsapp" target="_blank" title="WhatsApp पर भेजीं"><span>WhatsApp</span></a></li><li class="share-end"></li></ul></div></div></div>
<div id='jp-relatedposts' class='jp-relatedposts' ><h3 class="jp-relatedposts-headline"><em>संबंधित खबर</em></h3><div class="jp-relatedposts-items jp-relatedposts-items-visual jp-relatedposts-grid">{related}</div></div></div><footer class="entry-footer"><p class="entry-meta"><span class="entry-categories">श्रेणी: <a href="{site}/category/gaon-jawar/" rel="category tag">गाँव-जवार</a>, <a href="{site}/category/belhara/" rel="category tag">बेलहरा</a></span> <span class="entry-tags">टैग: <a href="{site}/tag/koili-nadi/" rel="tag">कोइली नदी</a>, <a href="{site}/tag/pul/" rel="tag">पुल</a>, <a href="{site}/tag/jila-parishad/" rel="tag">जिला परिषद</a></span></p></footer></article><section class="author-box" itemprop="author" itemscope itemtype="https://schema.org/Person"><img alt='' src='https://secure.gravatar.com/avatar/rt?s=70&#038;d=mm&#038;r=g' class='avatar avatar-70 photo' height='70' width='70' loading='lazy' decoding='async'/><h4 class="author-box-title">लेखक के बारे में <span itemprop="name">{e(art["author"])}</span></h4><div class="author-box-content" itemprop="description"><p>रमेश कुमार तिवारी बेलहरा समाचार के वरिष्ठ संवाददाता हईं आ पंद्रह बरिस से गाँव-जवार, खेती आ पंचायत के खबर लिखत बानी। उहाँ से ramesh@belharasamachar.example पर संपर्क कर सकत बानी।</p></div></section><div class="after-entry widget-area"><section id="enews-ext-2" class="widget enews-widget"><div class="widget-wrap"><div class="enews enews-2-fields"><h3 class="widgettitle widget-title">रोज के खबर ईमेल पर</h3>
<p>हर सबेरे बेलहरा आ आसपास के सबसे जरूरी खबर सीधे आपन ईमेल में पाईं। ई सेवा एकदम मुफ्त बा।</p>
<form id="subscribeenews-ext-2" class="enews-form" action="https://belharasamachar.us1.list-manage.example/subscribe/post?u=0a1b2c&amp;id=3d4e5f" method="post" target="_blank" name="enews-ext-2"><input type="text" id="subbox1" class="enews-subbox enews-fname" value="" aria-label="नाम" placeholder="नाम" name="FNAME" /><input type="email" value="" id="subbox" class="enews-email" aria-label="ईमेल पता" placeholder="ईमेल पता" name="EMAIL" required="required" /><input type="submit" value="सदस्य बनीं" id="subbutton" class="enews-submit" /></form></div></div></section>
</div><div class="entry-comments" id="comments"><h3>3 टिप्पणी</h3><ol class="comment-list">{cms}</ol></div><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">आपन राय दीं <small><a rel="nofollow" id="cancel-comment-reply-link" href="{url}#respond" style="display:none;">जवाब रद्द करीं</a></small></h3><form action="{site}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">राउर ईमेल पता प्रकाशित ना कइल जाई।</span> <span class="required-field-message">जरूरी फील्ड पर <span class="required">*</span> के निसान बा</span></p><p class="comment-form-comment"><label for="comment">टिप्पणी <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required="required"></textarea></p><p class="comment-form-author"><label for="author">नाम <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required="required" /></p><p class="comment-form-email"><label for="email">ईमेल <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" autocomplete="email" required="required" /></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="टिप्पणी भेजीं" /> <input type='hidden' name='comment_post_ID' value='9321' id='comment_post_ID' /><input type='hidden' name='comment_parent' id='comment_parent' value='0' /></p></form></div></main><aside class="sidebar sidebar-primary widget-area" role="complementary" aria-label="Primary Sidebar" itemscope itemtype="https://schema.org/WPSideBar" id="genesis-sidebar-primary"><h2 class="genesis-sidebar-title screen-reader-text">Primary Sidebar</h2><section id="search-3" class="widget widget_search"><div class="widget-wrap"><form class="search-form" method="get" action="{site}/" role="search" itemprop="potentialAction" itemscope itemtype="https://schema.org/SearchAction"><label class="search-form-label screen-reader-text" for="searchform-1">एह वेबसाइट में खोजीं</label><input class="search-form-input" type="search" name="s" id="searchform-1" placeholder="एह वेबसाइट में खोजीं" itemprop="query-input"><input class="search-form-submit" type="submit" value="खोजीं"><meta content="{site}/?s={{s}}" itemprop="target"></form></div></section>
<section id="featured-post-3" class="widget featured-content featuredpost"><div class="widget-wrap"><h3 class="widgettitle widget-title">सबसे जादा पढ़ल गइल</h3>
{popular}</div></section>
<section id="custom_html-5" class="widget_text widget widget_custom_html"><div class="widget_text widget-wrap"><h3 class="widgettitle widget-title">खबर भेजीं</h3><div class="textwidget custom-html-widget"><p>राउर गाँव में कुछ खास भइल बा? फोटो आ खबर हमनी के व्हाट्सएप नंबर 90000 00000 पर भेजीं।</p></div></div></section>
</aside></div></div><div class="footer-widgets" id="genesis-footer-widgets"><h2 class="genesis-sidebar-title screen-reader-text">Footer</h2><div class="wrap"><div class="widget-area footer-widgets-1 footer-widget-area"><section id="text-4" class="widget widget_text"><div class="widget-wrap"><h3 class="widgettitle widget-title">बेलहरा समाचार</h3>
<div class="textwidget"><p>बेलहरा समाचार 2016 से बेलहरा प्रखंड आ आसपास के गाँवन के खबर भोजपुरी में पहुँचा रहल बा। हमनी के कवनो राजनीतिक दल से जुड़ल नइखीं।</p></div></div></section>
</div><div class="widget-area footer-widgets-2 footer-widget-area"><section id="nav_menu-2" class="widget widget_nav_menu"><div class="widget-wrap"><h3 class="widgettitle widget-title">जरूरी लिंक</h3><div class="menu-footer-container"><ul id="menu-footer" class="menu"><li class="menu-item"><a href="/privacy-policy/">गोपनीयता नीति</a></li><li class="menu-item"><a href="/corrections/">सुधार नीति</a></li><li class="menu-item"><a href="/contact/">संपर्क</a></li></ul></div></div></section>
</div></div></div><footer class="site-footer" itemscope itemtype="https://schema.org/WPFooter"><div class="wrap"><p>Copyright &#x000A9;&nbsp;2025 · <a href="https://my.studiopress.com/themes/magazine/">Magazine Pro</a> on <a href="https://www.studiopress.com/">Genesis Framework</a> · <a href="https://wordpress.org/">WordPress</a> · <a rel="nofollow" href="{site}/wp-login.php">Log in</a></p></div></footer></div>
<div id="cookie-notice" role="dialog" class="cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice" style="background-color: rgba(50,50,58,1);"><div class="cookie-notice-container" style="color: #fff"><span id="cn-notice-text" class="cn-text-container">हमनी के वेबसाइट पर कुकीज के इस्तेमाल होला ताकि रउआ के बढ़िया अनुभव मिल सके। वेबसाइट के आगे इस्तेमाल कइला पर मानल जाई कि रउआ एह से सहमत बानी।</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button" aria-label="ठीक बा" style="background-color: #00a99d">ठीक बा</a><a href="{site}/privacy-policy/" target="_blank" id="cn-more-info" class="cn-more-info cn-button" aria-label="गोपनीयता नीति" style="background-color: #00a99d">गोपनीयता नीति</a></span><span id="cn-close-notice" data-cookie-set="accept" class="cn-close-icon" title="नहीं"></span></div></div>
<script type="text/javascript" src="{site}/wp-content/themes/genesis/lib/js/skip-links.min.js?ver=3.5.0" id="skip-links-js"></script>
<script type="text/javascript" src="{site}/wp-content/themes/magazine-pro/js/responsive-menus.min.js?ver=3.7.2" id="magazine-pro-responsive-menu-js"></script>
<script type="text/javascript" id="jetpack-related-posts-js-extra">var related_posts_js_options = {{"post_heading":"h4"}};</script>
<script type="text/javascript" src="{site}/wp-content/plugins/cookie-notice/js/front.min.js?ver=2.5.5" id="cookie-notice-front-js"></script>
</body></html>
"""


def bashkir(art):
    """ProcessWire 3 with UIkit 3 (site-regular profile), FieldtypeComments, PrivacyWire."""
    site = "https://tashlytau-tany.example"
    url = f"{site}/yanylyqtar/bal-yarminkahy-2025/"

    def ad(n):
        return f'<div class="uk-margin uk-text-center banner-inline"><span class="uk-text-meta">Реклама</span><a href="{site}/reklama/click/{n}/"><img src="{site}/site/assets/files/1088/banner-{n}.600x0.jpg" alt="" width="600" height="150"></a></div>'

    active = ' class="uk-active"'
    readalso = '<p class="uk-text-bold">Шулай уҡ уҡығыҙ: <a href="/yanylyqtar/umartasylar-seminary/">Умартасылар өсөн семинар Яңы Ҡайында үтте</a></p>'
    body = paras(art, h="h3", between={2: ad(1), 6: readalso})
    nav = "".join(
        f'<li{active if t == "Яңылыҡтар" else ""}><a href="{site}/{p}/">{t}</a></li>'
        for t, p in [
            ("Баш бит", ""),
            ("Яңылыҡтар", "yanylyqtar"),
            ("Ауыл хужалығы", "auyl-khuzhalygy"),
            ("Мәҙәниәт", "madaniat"),
            ("Спорт", "sport"),
            ("Иғландар", "iglandar"),
            ("Беҙҙең тураһында", "bezzen-turahynda"),
        ]
    )
    cms = "".join(
        f"<li id='Comment{4410 + i}' class='CommentListItem' data-comment='{4410 + i}'><p class='CommentHeader'><span class='CommentCite'>{e(n)}</span> <small class='CommentCreated'>{d}</small> </p><div class='CommentText'><p>{e(t)}</p></div><div class='CommentFooter'><p class='CommentAction'><a class='CommentActionReply' data-comment-id='{4410 + i}' href='#Comment{4410 + i}'>Яуап биреү</a></p></div></li>"
        for i, (n, d, t) in enumerate(
            [
                (
                    "Фәрит",
                    "15.09.2025, 18:42",
                    "Быйыл ысынлап та бал күп булды. Беҙҙең ауылда ла умартасылар ҡәнәғәт.",
                ),
                (
                    "Айгөл Х.",
                    "15.09.2025, 20:10",
                    "Йәрминкә бик матур үтте, рәхмәт ойоштороусыларға. Киләһе йылда балалар өсөн дә сара уйлаһағыҙ ине.",
                ),
                (
                    "Ринат",
                    "16.09.2025, 08:05",
                    "Субсидия тураһында ҡайҙа белешергә була? Улым да умарта тоторға теләй.",
                ),
            ]
        )
    )
    latest = "".join(
        f'<li><a href="{site}/yanylyqtar/{i}/">{e(t)}</a><br><span class="uk-text-meta">{d}</span></li>'
        for i, (t, d) in enumerate(
            [
                ("Ташлытау мәктәбенә яңы автобус бирелде", "14.09.2025"),
                ("Район үҙәгендә юл ремонты тамамланды", "12.09.2025"),
                ("Ҡаранйылға ауылында ауыл көнө үтте", "10.09.2025"),
                ("Һабантуй еңеүселәре Өфөгә барасаҡ", "08.09.2025"),
            ]
        )
    )
    return f"""<!DOCTYPE html>
<html lang="ba">
<head id="html-head">
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title id="html-title">{e(art["title"])} | «Ташлытау таңы» гәзите</title>
<meta name="description" content="Ташлытау районында бал йәрминкәһе үтте.">
<link rel="canonical" href="{url}">
<meta property="og:title" content="{e(art["title"])}">
<meta property="og:image" content="{site}/site/assets/files/2291/bal-yarminka.1200x630.jpg">
<link rel="stylesheet" href="/site/templates/uikit/dist/css/uikit.min.css" />
<link rel="stylesheet" href="/site/templates/styles/main.css" />
<link rel="stylesheet" href="/site/modules/PrivacyWire/css/PrivacyWire.css?v=1.1.7" />
<script src="/wire/modules/Jquery/JqueryCore/JqueryCore.js"></script>
<script src="/site/templates/uikit/dist/js/uikit.min.js"></script>
<script src="/site/templates/uikit/dist/js/uikit-icons.min.js"></script>
<script>var PrivacyWireSettings={{"version":"3","dnt":"0","bots":"0","customFunction":"","messageTimeout":1500,"consentByClass":"0","cookieGroups":{{"necessary":"Кәрәкле","functional":"Функциональ","statistics":"Статистика","marketing":"Маркетинг","external_media":"Тышҡы медиа"}}}};</script>
{news_ld(art, url, "«Ташлытау таңы»", "ba")}
</head>
<body id="html-body" class="template-blog-post page-2291">
<div id="offcanvas-nav" data-uk-offcanvas="overlay: true"><div class="uk-offcanvas-bar"><button class="uk-offcanvas-close" type="button" data-uk-close></button><ul class="uk-nav uk-nav-default uk-nav-parent-icon" data-uk-nav>{nav}</ul></div></div>
<header class="uk-background-muted">
<div id="masthead" class="uk-container">
<div class="uk-flex uk-flex-between uk-flex-middle uk-text-small uk-padding-small"><span>Дүшәмбе, 15 сентябрь 2025</span><span>Ташлытау: +9°, болотло</span></div>
<h2 id="masthead-logo" class="uk-text-center uk-margin-medium-top uk-margin-small-bottom"><a href="{site}/"><img src="/site/templates/images/tashlytau-tany-logo.png" alt="«Ташлытау таңы»" width="320" height="64"></a></h2>
<p id="masthead-tagline" class="uk-text-center uk-text-small uk-text-muted uk-margin-remove">Ташлытау районының ижтимағи-сәйәси гәзите. 1931 йылдан сыға.</p>
<nav id="masthead-navbar" class="uk-navbar-container uk-navbar-transparent" data-uk-navbar>
<div class="uk-navbar-left uk-hidden@m"><a class="uk-navbar-toggle" data-uk-navbar-toggle-icon href="#offcanvas-nav" data-uk-toggle title="Меню"></a></div>
<div class="uk-navbar-center uk-visible@m"><ul class="uk-navbar-nav">{nav}</ul></div>
<div class="uk-navbar-right"><a class="uk-navbar-toggle" data-uk-search-icon href="#"></a><div class="uk-drop" data-uk-drop="mode: click; pos: left-center; offset: 0"><form class="uk-search uk-search-navbar uk-width-1-1" action="{site}/search/" method="get"><input class="uk-search-input" type="search" name="q" placeholder="Эҙләү…" autofocus></form></div></div>
</nav>
</div>
</header>
<main id="main" class="uk-container uk-margin uk-margin-large-bottom">
<div class="uk-grid-large" data-uk-grid>
<div id="content" class="uk-width-expand">
<ul class="uk-breadcrumb"><li><a href="{site}/">Баш бит</a></li><li><a href="{site}/yanylyqtar/">Яңылыҡтар</a></li></ul>
<article class="uk-article blog-post blog-post-full">
<h1 class="uk-article-title">{e(art["title"])}</h1>
<p class="uk-article-meta"><span data-uk-icon="icon: future"></span> <time datetime="{art["date"]}">15.09.2025</time> &nbsp; <span data-uk-icon="icon: user"></span> <a href="{site}/avtorlar/gulnaz-ishmukhametova/">{e(art["author"])}</a> &nbsp; <span data-uk-icon="icon: comment"></span> <a href="#comments">3 комментарий</a> &nbsp; <span data-uk-icon="icon: eye"></span> 812</p>
<figure class="blog-post-image uk-margin"><img src="{site}/site/assets/files/2291/bal-yarminka.1200x0.jpg" alt="" width="1200" height="800"><figcaption class="uk-text-meta uk-margin-small-top">Йәрминкәлә йүкә балы иң күп һатылды. Фото: Гөлназ Ишмөхәмәтова.</figcaption></figure>
<div class="blog-post-body">
{body}
</div>
<p class="blog-categories uk-text-small"><span data-uk-icon="icon: tag"></span> Рубрикалар: <a href="{site}/categories/auyl-khuzhalygy/">Ауыл хужалығы</a>, <a href="{site}/categories/yarminkalar/">Йәрминкәләр</a></p>
<div class="share-buttons uk-margin"><span class="uk-text-meta">Бүлешергә:</span> <a href="https://vk.com/share.php?url={url}" class="uk-icon-button" data-uk-icon="vk" title="ВКонтакте"></a> <a href="https://connect.ok.ru/offer?url={url}" class="uk-icon-button" title="Одноклассники">OK</a> <a href="https://t.me/share/url?url={url}" class="uk-icon-button" data-uk-icon="telegram" title="Telegram"></a></div>
</article>
<div class="uk-card uk-card-primary uk-card-body uk-margin-medium"><h3 class="uk-card-title">Гәзитебеҙгә яҙылығыҙ!</h3><p>«Ташлытау таңы» гәзитенә 2026 йылдың беренсе яртыһына яҙылыу дауам итә. Яҙылыу хаҡы — 540 һум. Почта бүлексәләрендә һәм редакцияла яҙыла алаһығыҙ.</p></div>
<h3 id="comments">Комментарийҙар (3)</h3>
<ul class='CommentList'>{cms}</ul>
<div id='CommentForm' class='CommentForm_new'><h3>Комментарий яҙырға</h3><form id='CommentForm_form' action='./#CommentForm' method='post'><p class='CommentFormCite CommentForm_cite'><label for='CommentForm_cite'>Исемегеҙ</label><input type='text' name='cite' class='required uk-input' required='required' id='CommentForm_cite' value='' maxlength='128' /></p><p class='CommentFormEmail CommentForm_email'><label for='CommentForm_email'>E-mail (баҫылмай)</label><input type='email' name='email' class='required email uk-input' required='required' id='CommentForm_email' value='' maxlength='255' /></p><p class='CommentFormText CommentForm_text'><label for='CommentForm_text'>Комментарий</label><textarea name='text' class='required uk-textarea' required='required' id='CommentForm_text' rows='5' cols='50'></textarea></p><p class='CommentFormNotes uk-text-meta'>Комментарийҙар модератор тикшергәндән һуң баҫыла. Кешеләрҙе рәнйеткән яҙмалар баҫылмай.</p><p class='CommentFormSubmit CommentForm_submit'><button type='submit' name='CommentForm_submit' id='CommentForm_submit' value='1' class='uk-button uk-button-primary'>Ебәрергә</button><input type='hidden' name='page_id' value='2291' /><input type='hidden' name='TOKEN1987412365X1757926800' value='Xq8/Hj3.kLp9mWz2Rt5vNb' class='_post_token' /></p></form></div>
</div>
<aside id="sidebar" class="uk-width-1-3@m">
<div class="uk-card uk-card-default uk-card-body uk-margin-bottom"><h3 class="uk-card-title">Һуңғы яңылыҡтар</h3><ul class="uk-list uk-list-divider">{latest}</ul></div>
<div class="uk-card uk-card-default uk-card-body uk-margin-bottom"><h3 class="uk-card-title">Гәзиттең PDF-версияһы</h3><p>Һуңғы һанды PDF форматында уҡығыҙ. № 37, 12 сентябрь 2025.</p><a class="uk-button uk-button-default" href="{site}/site/assets/files/1120/tt-2025-37.pdf">Йөкләргә</a></div>
<div class="uk-card uk-card-default uk-card-body"><h3 class="uk-card-title">Редакцияға хат</h3><p>Һеҙҙең ауылда ниндәй яңылыҡтар бар? Яҙығыҙ, шылтыратығыҙ: 8 (34700) 2-11-00.</p></div>
</aside>
</div>
</main>
<footer class="uk-section uk-section-secondary uk-margin-large-top">
<div id="footer" class="uk-container">
<div class="uk-grid-small uk-child-width-1-3@m" data-uk-grid>
<div><p class="uk-text-small">Гәзитте ойоштороусы — Башҡортостан Республикаһының Матбуғат һәм киң мәғлүмәт саралары агентлығы. Баш мөхәррир — Р. Ф. Ғиләжев.</p></div>
<div><ul class="uk-list uk-text-small"><li><a href="{site}/bezzen-turahynda/">Беҙҙең тураһында</a></li><li><a href="{site}/reklama/">Реклама</a></li><li><a href="{site}/privacy/">Шәхси мәғлүмәттәр сәйәсәте</a></li></ul></div>
<div><p class="uk-text-small">453000, Ташлытау ауылы, Ленин урамы, 12. E-mail: tany@tashlytau-tany.example</p></div>
</div>
<p class="uk-text-small uk-text-muted uk-margin-medium-top">© 2025 «Ташлытау таңы». Материалдарҙы файҙаланғанда һылтанма мотлаҡ. 12+ &nbsp;·&nbsp; Powered by <a href="https://processwire.com">ProcessWire CMS</a></p>
</div>
</footer>
<div class="privacywire-wrapper" id="privacywire-wrapper"><div class="privacywire-page-wrapper"><div class="privacywire privacywire-banner"><div class="privacywire-header">Беҙ cookie-файлдар ҡулланабыҙ</div><div class="privacywire-body"><div class="privacywire-text"><p>Сайт эшләһен өсөн һәм уны яҡшыртыу маҡсатында беҙ cookie-файлдар ҡулланабыҙ. Сайтты ҡулланыуҙы дауам итеп, һеҙ быға ризалыҡ белдерәһегеҙ.</p></div><div class="privacywire-buttons"><button class="allow-all">Барыһын да ҡабул итергә</button><button class="allow-necessary">Тик кәрәклеләрен</button><button class="choose">Һайларға</button></div></div></div></div></div>
<script src="/site/modules/PrivacyWire/js/PrivacyWire.js?v=1.1.7"></script>
<script src="/site/templates/scripts/main.js"></script>
<script>(function(m,e,t,r,i,k,a){{m[i]=m[i]||function(){{(m[i].a=m[i].a||[]).push(arguments)}};m[i].l=1*new Date();k=e.createElement(t),a=e.getElementsByTagName(t)[0],k.async=1,k.src=r,a.parentNode.insertBefore(k,a)}})(window, document, "script", "https://mc.yandex.ru/metrika/tag.js", "ym");ym(90000001, "init", {{clickmap:true, trackLinks:true, accurateTrackBounce:true}});</script>
</body>
</html>
"""


def tamazight(art):
    """WordPress with Bricks Builder (``brxe-`` elements), CookieYes (Tifinagh)."""
    site = "https://tasafut.example"
    url = f"{site}/tizi-n-wassif-tinml-tamaynut/"

    def ad(n):
        return f'<div class="brxe-shortcode ad-slot" data-slot="{n}"><p class="ad-label">إشهار</p><ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-0000000000000000" data-ad-slot="9023{n}" data-ad-format="auto" data-full-width-responsive="true"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({{}});</script></div>'

    readalso = '<p class="read-also"><strong>ⵖⵔ ⴷⴰⵖ:</strong> <a href="/ayt-wirra-tasbitart/">ⵜⴰⵙⴳⴰ ⵏ ⴰⵢⵜ ⵡⵉⵔⵔⴰ ⵜⵓⴼⴰ ⵜⴰⵙⴱⵉⵜⴰⵔⵜ ⵜⴰⵎⴰⵢⵏⵓⵜ</a></p>'
    body = paras(art, h='h2 class="wp-block-heading"', between={1: ad(1), 4: readalso, 7: ad(2)})
    menu = "".join(
        f'<li class="menu-item menu-item-type-taxonomy menu-item-object-category"><a href="{site}/{p}/">{t}</a></li>'
        for t, p in [
            ("ⴰⵙⵏⵓⴱⴳ", ""),
            ("ⵜⵉⵏⵖⵎⵉⵙⵉⵏ", "category/news"),
            ("ⵜⵉⵎⵏⴰⴹⵉⵏ", "category/regions"),
            ("ⵜⴰⴷⵍⵙⴰ", "category/culture"),
            ("ⵜⵓⵙⵙⵏⴰ", "category/education"),
            ("ⴰⴷⴷⴰⵍ", "category/sport"),
            ("ⴰⵏⴻⵔⵎⵉⵙ", "contact"),
        ]
    )
    related = "".join(
        f'<li class="repeater-item"><figure><a href="{site}/p/{i}/"><img width="400" height="250" src="{site}/wp-content/uploads/2025/09/rel-{i}-400x250.jpg" class="css-filter size-medium" alt="" decoding="async" loading="lazy"></a></figure><div class="post-content"><a href="{site}/p/{i}/"><h3 class="post-title">{t}</h3></a><div class="post-excerpt">{x}</div></div></li>'
        for i, (t, x) in enumerate(
            [
                (
                    "ⵜⴰⵙⴳⴰ ⵏ ⴰⵢⵜ ⵡⵉⵔⵔⴰ ⵜⵓⴼⴰ ⵜⴰⵙⴱⵉⵜⴰⵔⵜ ⵜⴰⵎⴰⵢⵏⵓⵜ",
                    "ⵜⴰⵙⴱⵉⵜⴰⵔⵜ ⴰⴷ ⵜⵇⴱⵍ ⵉⵎⵓⴹⴰⵏ ⵏ ⵢⵉⵖⵔⵎⴰⵏ ⵏ ⵓⴷⵔⴰⵔ ⴳ ⴽⵔⴰⵢⴳⴰⵜ ⴰⵙⵙ, ⵖⴰⵙ ⴳ ⵜⴳⵔⵙⵜ.",
                ),
                (
                    "ⵉⵎⵣⴷⴰⵖ ⵏ ⵜⴰⴳⴰⵏⵜ ⵙⵙⵏⴽⴻⵔⵏ ⴰⵙⵏⴼⴰⵔ ⵏ ⵡⴰⵎⴰⵏ",
                    "ⵙⵙⵏⴽⴻⵔⵏ ⵉⵎⵣⴷⴰⵖ ⴰⵙⵏⴼⴰⵔ ⴰⵎⴰⵢⵏⵓ ⴱⴰⵛ ⴰⴷ ⴰⵡⴹⵏ ⵡⴰⵎⴰⵏ ⵉⵚⴼⴰⵏ ⵙ ⴽⵓⵍⵍⵓ ⵜⵉⴷⴷⴰⵔ.",
                ),
                (
                    "ⵜⴰⵏⵎⵎⵉⵔⵜ ⵉ ⵢⵉⵙⵍⵎⴰⴷⵏ ⵏ ⵓⴷⵔⴰⵔ",
                    "ⵜⵜⵡⴰⵙⵏⵎⵎⴻⵔⵏ ⵢⵉⵙⵍⵎⴰⴷⵏ ⵍⵍⵉ ⵉⵜⵜⵅⴷⴰⵎⵏ ⴳ ⵢⵉⵖⵔⵎⴰⵏ ⵉⵎⴳⴳⵓⵔⴰⵏⴻⵏ ⵏ ⵜⵎⴰⵣⵉⵔⵜ.",
                ),
            ],
            1,
        )
    )
    cms = "".join(
        f'<li id="comment-{310 + i}" class="comment even thread-even depth-1"><div class="comment-wrapper"><div class="comment-avatar"><img alt="" src="https://secure.gravatar.com/avatar/{i}?s=60&amp;d=mm&amp;r=g" class="avatar avatar-60 photo" height="60" width="60" loading="lazy"></div><div class="comment-data"><div class="comment-author"><h5 class="fn">{n}</h5><a href="{url}#comment-{310 + i}" class="comment-meta"><span>{d}</span></a></div><div class="comment-content"><p>{t}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{310 + i}" data-commentid="{310 + i}" data-postid="2201">ⵔⴰⵔ</a></div></div></div></li>'
        for i, (n, d, t) in enumerate(
            [
                (
                    "ⴰⵢⵢⵓⵔ ⴰⵢⵜ ⵍⵃⵓ",
                    "6 ⵓⴽⵜⵓⴱⵕ 2025 16:20",
                    "ⵜⴰⵏⵎⵎⵉⵔⵜ ⵉ ⴽⵓⵍⵍⵓ ⵡⵉⴷ ⵉⵙⴽⵔⵏ ⵜⵉⵏⵎⵍ ⴰⴷ. ⵏⵔⴰ ⴰⴷ ⵉⴳ ⵓⴱⵔⵉⴷ ⵓⵍⴰ ⴷ ⵏⴻⵜⵜⴰ ⵖ ⵓⵙⴳⴳⴰⵙ ⴰⴷ.",
                ),
                (
                    "ⵜⵓⴷⴰ ⴰⵢⵜ ⴱⵔⴰⵀⵉⵎ",
                    "6 ⵓⴽⵜⵓⴱⵕ 2025 19:05",
                    "ⵉⵍⵍⵉ ⴰⵔ ⵜⵖⵔⴰ ⴳ ⵜⵉⵏⵎⵍ ⵜⴰⵇⴷⵉⵎⵜ, ⴰⵔ ⵜⵙⵙⴰⵔⴰ ⵙ ⵓⴹⴰⵔ ⴽⵔⴰⵢⴳⴰⵜ ⴰⵙⵙ. ⵖⴰⵙⵙⴰⴷ ⴰⴷ ⵜⴽⵀⵍⵓ. ⵜⴰⵏⵎⵎⵉⵔⵜ.",
                ),
            ]
        )
    )
    latest = "".join(
        f'<div class="brxe-block latest-item"><a class="brxe-text-link" href="{site}/l/{i}/">{t}</a><div class="brxe-text-basic">{d}</div></div>'
        for i, (t, d) in enumerate(
            [
                ("ⴰⵎⵓⵙⵙⵓ ⵏ ⵜⵎⵖⴰⵔⵉⵏ ⵏ ⵜⴰⴳⴰⵏⵜ ⴰⵔ ⵉⵜⵜⵏⴼⴰⵍⵏ ⴰⵣⵎⵎⵓⵔ", "5 ⵓⴽⵜⵓⴱⵕ 2025"),
                ("ⵜⴰⵎⵖⵔⴰ ⵏ ⵢⵉⵔⴷⴻⵏ ⴳ ⴰⵢⵜ ⵡⵉⵔⵔⴰ: ⴰⵟⴰⵙ ⵏ ⵉⵎⵣⴷⴰⵖ", "3 ⵓⴽⵜⵓⴱⵕ 2025"),
                ("ⴰⴳⵔⴰⵡ ⵏ ⵉⵎⴷⵢⴰⵣⵏ ⴳ ⵜⵎⴷⵉⵏⵜ ⵏ ⵜⵉⵣⵉ", "1 ⵓⴽⵜⵓⴱⵕ 2025"),
            ]
        )
    )
    return f"""<!doctype html>
<html lang="zgh" dir="ltr">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(art["title"])} &#8211; ⵜⴰⵙⴰⴼⵓⵜ</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="canonical" href="{url}" />
<meta property="og:title" content="{e(art["title"])}" />
<meta property="og:site_name" content="ⵜⴰⵙⴰⴼⵓⵜ" />
<link rel='stylesheet' id='bricks-frontend-css' href='{site}/wp-content/themes/bricks/assets/css/frontend-light-layer.min.css?ver=1733145600' media='all' />
<link rel='stylesheet' id='bricks-child-css' href='{site}/wp-content/themes/bricks-child/style.css?ver=1.2' media='all' />
<link rel='stylesheet' id='bricks-font-awesome-6-brands-css' href='{site}/wp-content/themes/bricks/assets/css/libs/font-awesome-6-brands-layer.min.css?ver=1733145600' media='all' />
<link rel='stylesheet' id='bricks-post-2201-css' href='{site}/wp-content/uploads/bricks/css/post-2201.min.css?ver=1759740000' media='all' />
<link rel='stylesheet' id='cookie-law-info-css' href='{site}/wp-content/plugins/cookie-law-info/lite/frontend/css/script.min.css?ver=3.2.8' media='all' />
<style id="bricks-frontend-inline-inline-css">#brxe-hdrsec {{background-color: #14213d}} #brxe-psttitle {{font-size: 3.2rem}} .brxe-post-content {{line-height: 1.9}}</style>
{news_ld(art, url, "Tasafut", "zgh")}
</head>
<body class="post-template-default single single-post postid-2201 single-format-standard brx-body bricks-is-frontend wp-embed-responsive">		<a class="skip-link" href="#brx-content">Skip to main content</a>
<header id="brx-header"><section id="brxe-hdrsec" class="brxe-section"><div id="brxe-hdrcnt" class="brxe-container"><a id="brxe-logo" class="brxe-logo" href="{site}"><img width="220" height="60" src="{site}/wp-content/uploads/2024/03/tasafut-logo.svg" class="bricks-site-logo css-filter" alt="ⵜⴰⵙⴰⴼⵓⵜ" loading="eager" decoding="async" /></a><div id="brxe-nav" data-script-id="nav" class="brxe-nav-menu"><nav class="bricks-nav-menu-wrapper mobile_landscape"><ul id="menu-main" class="bricks-nav-menu">{menu}</ul></nav><button class="bricks-mobile-menu-toggle" aria-haspopup="true" aria-label="Open mobile menu" aria-expanded="false"><span class="bar-top"></span><span class="bar-center"></span><span class="bar-bottom"></span></button><nav class="bricks-mobile-menu-wrapper left"><ul id="menu-main-1" class="bricks-mobile-menu">{menu}</ul></nav><div class="bricks-mobile-menu-overlay"></div></div><div id="brxe-srch" class="brxe-search"><form role="search" method="get" class="bricks-search-form" action="{site}/"><label for="search-input-srch" class="screen-reader-text"><span>ⵙⵉⴳⴳⵍ</span></label><input type="search" placeholder="ⵙⵉⴳⴳⵍ…" value="" name="s" aria-label="ⵙⵉⴳⴳⵍ" id="search-input-srch" /><button type="submit" class="bricks-search-submit"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" class="overlay-trigger"><path d="M505 442.7L405.3 343c-4.5-4.5-10.6-7-17-7H372"/></svg></button></form></div></div></section><section id="brxe-datebar" class="brxe-section"><div class="brxe-container"><div class="brxe-text-basic">ⴰⵙⵉⵏⴰⵙ, 6 ⵓⴽⵜⵓⴱⵕ 2025 · ⵜⵉⵣⵉ 17°</div></div></section></header>
<main id="brx-content"><section id="brxe-pstsec" class="brxe-section"><div id="brxe-pstcnt" class="brxe-container"><div id="brxe-pstmain" class="brxe-block"><nav id="brxe-crumbs" class="brxe-breadcrumbs" aria-label="Breadcrumb"><a class="item" href="{site}">ⴰⵙⵏⵓⴱⴳ</a><span class="separator">/</span><a class="item" href="{site}/category/regions/">ⵜⵉⵎⵏⴰⴹⵉⵏ</a><span class="separator">/</span><span class="item" aria-current="page">{e(art["title"])}</span></nav><h1 id="brxe-psttitle" class="brxe-post-title">{e(art["title"])}</h1><div id="brxe-pstmeta" class="brxe-post-meta post-meta"><span class="item"><a href="{site}/author/lhusayn/">{e(art["author"])}</a></span><span class="separator">•</span><span class="item">6 ⵓⴽⵜⵓⴱⵕ 2025</span><span class="separator">•</span><span class="item"><a href="#comments">ⵜⵉⵡⵏⵏⵉⵜⵉⵏ (2)</a></span></div><figure id="brxe-pstimg" class="brxe-image tag"><img width="1200" height="675" src="{site}/wp-content/uploads/2025/10/tinml-tizi-n-wassif.jpg" class="css-filter size-full" alt="" decoding="async" fetchpriority="high" /><figcaption class="bricks-image-caption">ⵜⵉⵏⵎⵍ ⵜⴰⵎⴰⵢⵏⵓⵜ ⴳ ⵜⵉⵣⵉ ⵏ ⵡⴰⵙⵙⵉⴼ. ⵜⴰⵡⵍⴰⴼⵜ: ⵜⴰⵙⴰⴼⵓⵜ</figcaption></figure><div id="brxe-pstcontent" class="brxe-post-content">{body}</div><ul id="brxe-tax" class="brxe-post-taxonomy category"><li><a class="bricks-button" href="{site}/category/regions/">ⵜⵉⵎⵏⴰⴹⵉⵏ</a></li><li><a class="bricks-button" href="{site}/category/education/">ⵜⵓⵙⵙⵏⴰ</a></li></ul><ul id="brxe-share" class="brxe-post-sharing"><li class="facebook"><a href="https://www.facebook.com/sharer.php?u={url}" rel="nofollow" aria-label="Facebook" target="_blank"><svg viewBox="0 0 320 512"><path d="M279.14 288l14.22-92.66h-88.91"/></svg></a></li><li class="whatsapp"><a href="https://api.whatsapp.com/send?text={url}" rel="nofollow" aria-label="WhatsApp" target="_blank"><svg viewBox="0 0 448 512"><path d="M380.9 97.1C339 55.1 283.2 32"/></svg></a></li><li class="email"><a href="mailto:?body={url}" rel="nofollow" aria-label="Email"><svg viewBox="0 0 512 512"><path d="M48 64C21.5 64 0 85.5"/></svg></a></li></ul><div id="brxe-author" class="brxe-post-author"><div class="avatar-wrapper"><img alt="" src="https://secure.gravatar.com/avatar/lh?s=60&amp;d=mm&amp;r=g" class="avatar avatar-60 photo" height="60" width="60" loading="lazy"></div><div class="content"><a href="{site}/author/lhusayn/" class="name">{e(art["author"])}</a><div class="bio">ⵍⵃⵓⵙⴰⵢⵏ ⴰⵢⵜ ⵄⵍⵉ ⴷ ⴰⵎⴰⵥⵔⴰⴳ ⵏ ⵜⴰⵙⴰⴼⵓⵜ ⴳ ⵜⵎⵏⴰⴹⵜ ⵏ ⴰⵢⵜ ⵡⵉⵔⵔⴰ, ⴰⵔ ⵉⵜⴰⵔⴰ ⴼ ⵜⵖⵓⵔⵉ ⴷ ⵜⵓⴷⵔⵜ ⵏ ⵢⵉⵖⵔⵎⴰⵏ ⵏ ⵓⴷⵔⴰⵔ.</div></div></div><div id="brxe-relhead" class="brxe-heading"><h3>ⵉⵎⴰⴳⵔⴰⴷⴻⵏ ⵢⴰⴹⵏⵉⵏ</h3></div><div id="brxe-related" class="brxe-related-posts"><ul class="related-posts">{related}</ul></div><div id="brxe-comments" class="brxe-post-comments"><div id="comments" class="comments-title-wrapper"><h2 class="comments-title">ⵜⵉⵡⵏⵏⵉⵜⵉⵏ (2)</h2></div><ol class="comment-list">{cms}</ol><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">ⴰⵔⴰ ⴰⵡⵏⵏⵉⵜ</h3><form action="{site}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">ⵓⵔ ⵔⴰⴷ ⵉⵜⵜⵡⴰⵙⵙⵏ ⵜⴰⵏⵙⴰ ⵏⵏⴽ ⵏ ⵉⵎⴰⵢⵍ.</p><p class="comment-form-comment"><textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="ⴰⵣⵏ" /><input type='hidden' name='comment_post_ID' value='2201' id='comment_post_ID' /></p></form></div></div></div><aside id="brxe-sidebar" class="brxe-block"><div class="brxe-heading"><h3>ⵜⵉⵏⵖⵎⵉⵙⵉⵏ ⵜⵉⵎⴰⵢⵏⵓⵜⵉⵏ</h3></div>{latest}<div id="brxe-nlbox" class="brxe-div newsletter-box"><h4 class="brxe-heading">ⵜⴰⴱⵔⴰⵜ ⵏ ⵜⴰⵙⴰⴼⵓⵜ</h4><p class="brxe-text-basic">ⵟⵟⴼ ⵜⵉⵏⵖⵎⵉⵙⵉⵏ ⵏ ⵢⵉⵎⴰⵍⴰⵙⵙ ⴳ ⵜⴰⵏⴰⴽⴰ ⵏⵏⴽ ⵏ ⵉⵎⴰⵢⵍ, ⴽⵔⴰⵢⴳⴰⵜ ⴰⵙⵙ ⵏ ⵙⵙⴱⵜ.</p><form class="brxe-form" method="post" data-element-id="nlbox"><input type="email" name="form-field-email" placeholder="Email" required><button type="submit" class="bricks-button bricks-background-primary"><span class="text">ⵎⵎⴰⵜⵜⵉ</span></button></form></div></aside></div></section></main>
<footer id="brx-footer"><section id="brxe-ftrsec" class="brxe-section"><div id="brxe-ftrcnt" class="brxe-container"><div class="brxe-text-basic">ⵜⴰⵙⴰⴼⵓⵜ ⴷ ⴰⵙⵎⴻⵍ ⵏ ⵜⵉⵏⵖⵎⵉⵙⵉⵏ ⵙ ⵜⵎⴰⵣⵉⵖⵜ, ⴰⵔ ⵉⵜⴰⵔⴰ ⴼ ⵜⵎⵏⴰⴹⵉⵏ ⵏ ⵓⴷⵔⴰⵔ ⴷ ⵜⵓⴷⵔⵜ ⵏ ⵉⵎⵣⴷⴰⵖ ⵏⵏⵙⵏ.</div><ul class="brxe-nav-nested footer-links"><li><a href="{site}/about/">ⵎⴰⵢⵍⵍⵉ ⵏⴳⴰ</a></li><li><a href="{site}/privacy/">سياسة الخصوصية</a></li><li><a href="{site}/contact/">ⴰⵏⴻⵔⵎⵉⵙ</a></li></ul><div class="brxe-text-basic copyright">© 2025 ⵜⴰⵙⴰⴼⵓⵜ — ⴰⴽⴽ ⵉⵣⵔⴼⴰⵏ ⵃⴱⵙⵏ.</div></div></section></footer>
<div class="cky-consent-container cky-banner-bottom" tabindex="0"><div class="cky-consent-bar" data-cky-tag="notice"><div class="cky-notice"><p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">ⵏⵙⵙⵎⵔⴰⵙ ⵉⴽⵓⴽⵉⵢⵏ</p><div class="cky-notice-group"><div class="cky-notice-des" data-cky-tag="description"><p>ⵏⵙⵙⵎⵔⴰⵙ ⵉⴽⵓⴽⵉⵢⵏ ⴱⴰⵛ ⴰⴷ ⵏⵙⵏⴼⵍ ⵜⵉⵔⵎⵉⵜ ⵏⵏⴽ ⴳ ⵓⵙⵎⴻⵍ ⴰⴷ ⴷ ⴰⴷ ⵏⵥⵔ ⵎⴰⵎⵏⴽ ⴰⵙ ⵜⵙⵙⵎⵔⴰⵙⵜ. ⵎⴰ ⵜⵇⴱⴻⵍⵜ, ⵙⵉⵜ ⴼ «ⵇⴱⵍ».</p></div><div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons"><button class="cky-btn cky-btn-customize" aria-label="ⵙⴳⴷ" data-cky-tag="settings-button">ⵙⴳⴷ</button> <button class="cky-btn cky-btn-reject" aria-label="ⴰⴳⵢ" data-cky-tag="reject-button">ⴰⴳⵢ</button> <button class="cky-btn cky-btn-accept" aria-label="ⵇⴱⵍ" data-cky-tag="accept-button">ⵇⴱⵍ</button></div></div></div></div></div>
<script id="bricks-scripts-js-extra">var bricksData = {{"debug":"","locale":"zgh","ajaxUrl":"{site}\\/wp-admin\\/admin-ajax.php","restApiUrl":"{site}\\/wp-json\\/bricks\\/v1\\/","nonce":"5c0b7d1e2a","formNonce":"a9e3f47c10","wpRestNonce":"8d2c5e9b41","postId":"2201","recaptchaIds":[],"animatedTypingInstances":[],"videoInstances":[],"splideInstances":[],"tocbotInstances":[],"swiperInstances":[],"queryLoopInstances":[],"interactions":[],"filterInstances":[],"isotopeInstances":[],"mapStyles":{{}},"facebookAppId":"","headerPosition":"top","offsetLazyLoad":"300","baseUrl":"{url}","useQueryFilter":"","pageFilters":[],"language":"","wpmlUrlFormat":"","multilangPlugin":"","mainQueryId":""}};</script>
<script src="{site}/wp-content/themes/bricks/assets/js/bricks.min.js?ver=1733145600" id="bricks-scripts-js"></script>
<script src="{site}/wp-content/plugins/cookie-law-info/lite/frontend/js/script.min.js?ver=3.2.8" id="cookie-law-info-js"></script>
</body></html>
"""


def ilocano(art):
    """Joomla 5 with the Cassiopeia template (com_content article view)."""
    site = "https://www.damagtiamianan.example"
    url = f"{site}/damag/probinsia/1482-nairingpas-ti-irigasion-ti-dadalaan"

    def ad(n):
        return f'<div class="moduletable ad-inarticle"><div id="mod-custom{140 + n}" class="mod-custom custom"><p style="text-align: center;"><small>ADVERTISEMENT</small></p><p style="text-align: center;"><a href="{site}/index.php?option=com_banners&amp;task=click&amp;id={n}"><img src="/images/banners/agri-supply-{n}.jpg" alt="" width="468" height="60" loading="lazy"></a></p></div></div>'

    readalso = '<p><strong>BASAEN MET:</strong> <a href="/damag/probinsia/1466-bagyo-dinadael-ti-kanal">Bagyo, dinadael ti kanal ti irigasion iti tallo a barangay ti Santa Lucena</a></p>'
    body = paras(art, h="h3", between={1: ad(1), 5: readalso, 7: ad(2)})
    cur = (" current active", ' aria-current="location"')
    menu = "".join(
        f'<li class="nav-item item-{101 + i}{cur[0] if t == "Damag" else ""}"><a href="{site}/{p}"{cur[1] if t == "Damag" else ""}>{t}</a></li>'
        for i, (t, p) in enumerate(
            [
                ("Umuna", ""),
                ("Damag", "damag"),
                ("Agrikultura", "agrikultura"),
                ("Edukasion", "edukasion"),
                ("Salun-at", "salun-at"),
                ("Isports", "isports"),
                ("Opinion", "opinion"),
                ("Kontaken", "kontaken"),
            ]
        )
    )
    related = lis(
        [
            "Bagyo, dinadael ti kanal ti irigasion iti tallo a barangay ti Santa Lucena",
            "Libre a bukel ti pagay, naiwaras kadagiti mannalon ti Dadalaan",
            "Presio ti pagay iti merkado, immatiddog ti pannakababana",
        ],
        '<li><a href="#">{}</a></li>',
    )
    mostread = lis(
        [
            "Baro a pagadalan ti high school, nailukat iti San Isidro",
            "Festival ti Bagnet, ramanen ti nasurok a sangaribu a bisita",
            "Dua a mannalon, naabak iti kompetision ti kabaknangan ti apit",
            "Kalsada iti Barangay Lumbaan, maisemento inton Disiembre",
        ],
        '<li itemscope itemtype="https://schema.org/Article"><a href="#" itemprop="url"><span itemprop="name">{}</span></a></li>',
    )
    options = json.dumps(
        {
            "joomla.jtext": {
                "ERROR": "Error",
                "MESSAGE": "Message",
                "NOTICE": "Notice",
                "WARNING": "Warning",
                "JCLOSE": "Close",
                "JOK": "OK",
                "JOPEN": "Open",
            },
            "system.paths": {
                "root": "",
                "rootFull": site + "/",
                "base": "",
                "baseFull": site + "/",
            },
            "csrf.token": "9f1c3e7a0b2d4c6e8a1f3b5d7c9e0a2b",
        }
    )
    return f"""<!DOCTYPE html>
<html lang="en-gb" dir="ltr">
<head>
    <meta charset="utf-8">
	<meta name="author" content="{e(art["author"])}">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<meta name="description" content="Nairingpas ti pannakatarimaan ti kanal ti irigasion ti Barangay Dadalaan.">
	<meta name="generator" content="Joomla! - Open Source Content Management">
	<title>{e(art["title"])} - Damag ti Amianan</title>
	<link href="/media/templates/site/cassiopeia/images/joomla-favicon.svg" rel="icon" type="image/svg+xml">
	<link href="{url}" rel="canonical">
    <link href="/media/system/css/joomla-fontawesome.min.css?b3a8c1" rel="lazy-stylesheet"><noscript><link href="/media/system/css/joomla-fontawesome.min.css?b3a8c1" rel="stylesheet"></noscript>
	<link href="/media/templates/site/cassiopeia/css/template.min.css?b3a8c1" rel="stylesheet">
	<link href="/media/templates/site/cassiopeia/css/global/colors_standard.min.css?b3a8c1" rel="stylesheet">
	<link href="/media/templates/site/cassiopeia/css/vendor/joomla-custom-elements/joomla-alert.min.css?0.4.1" rel="stylesheet">
	<style>:root {{
		--hue: 214;
		--template-bg-light: #f0f4fb;
		--template-text-dark: #495057;
		--template-text-light: #ffffff;
		--template-link-color: var(--link-color);
		--template-special-color: #001B4C;
	}}</style>
    <script type="application/json" class="joomla-script-options new">{options}</script>
	<script src="/media/system/js/core.min.js?a3d8f8"></script>
	<script src="/media/templates/site/cassiopeia/js/template.min.js?b3a8c1" type="module"></script>
	<script src="/media/vendor/bootstrap/js/collapse.min.js?5.3.3" type="module"></script>
	<script src="/media/system/js/messages.min.js?9a4811" type="module"></script>
	{news_ld(art, url, "Damag ti Amianan", "ilo")}
</head>
<body class="site com_content wrapper-static view-article no-layout no-task itemid-102 has-sidebar-right">
	<header class="header container-header full-width position-sticky">
			<div class="container-topbar">
			<div id="mod-custom117" class="mod-custom custom">
    <p>Martes, Oktubre 21, 2025 · Laoag: 31°C, nasipnget</p></div>
			</div>
					<div class="grid-child">
				<div class="navbar-brand">
					<a class="brand-logo" href="/">
						<img loading="eager" decoding="async" src="{site}/images/logo-damag.png" alt="Damag ti Amianan" width="320" height="80">					</a>
											<div class="site-description">Damag ken padamag iti pagsasao nga Ilokano</div>
									</div>
			</div>
					<div class="grid-child container-nav">
									<nav class="navbar navbar-expand-lg" aria-label="Main Menu">
    <button class="navbar-toggler navbar-toggler-right" type="button" data-bs-toggle="collapse" data-bs-target="#navbar1" aria-controls="navbar1" aria-expanded="false" aria-label="Toggle Navigation">
        <span class="icon-menu" aria-hidden="true"></span>
    </button>
    <div class="collapse navbar-collapse" id="navbar1">
        <ul class="mod-menu mod-list nav ">{menu}</ul>
    </div>
</nav>
													<div class="container-search">
						<form class="mod-finder js-finder-searchform form-search" action="/sapulen" method="get" role="search">
    <label for="mod-finder-searchword118" class="visually-hidden finder">Sapulen</label><div class="mod-finder__search input-group"><input type="text" name="q" id="mod-finder-searchword118" class="js-finder-search-query form-control" value="" placeholder="Sapulen..."><button class="btn btn-primary" type="submit"><span class="icon-search icon-white" aria-hidden="true"></span> Sapulen</button></div>
            </form>
					</div>
							</div>
			</header>
	<div class="site-grid">
		<div class="grid-child container-component">
			<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs">
    <ol class="mod-breadcrumbs breadcrumb px-3 py-2">
                    <li class="mod-breadcrumbs__here float-start">
                Adda ka ditoy: &#160;
            </li>
                    <li class="mod-breadcrumbs__item breadcrumb-item"><a href="/" class="pathway"><span>Umuna</span></a></li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/damag" class="pathway"><span>Damag</span></a></li><li class="mod-breadcrumbs__item breadcrumb-item active"><span>Probinsia</span></li>    </ol>
    </nav>

			<div id="system-message-container" aria-live="polite"></div>

			<main>
			<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
    <meta itemprop="inLanguage" content="ilo-PH">

    <div class="page-header">
        <h1 itemprop="headline">
            {e(art["title"])}        </h1>
                            </div>

            <dl class="article-info text-muted">

            <dt class="article-info-term">
                        Detalye                    </dt>

                    <dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">
    <span class="icon-user icon-fw" aria-hidden="true"></span>
                    Insurat ni: <span itemprop="name">{e(art["author"])}</span>    </dd>

                    <dd class="category-name">
    <span class="icon-folder-open icon-fw" aria-hidden="true"></span>                        Kategoria: <a href="/damag/probinsia" itemprop="genre">Probinsia</a>    </dd>

                    <dd class="published">
    <span class="icon-calendar icon-fw" aria-hidden="true"></span>
    <time datetime="{art["date"]}T08:30:00+08:00" itemprop="datePublished">
        Naipablaak: 21 Oktubre 2025    </time>
</dd>

                    <dd class="hits">
    <span class="icon-eye icon-fw" aria-hidden="true"></span>
    <meta itemprop="interactionCount" content="UserPageVisits:1532">
    Nabuya: 1532</dd>
            </dl>

                    <figure class="left item-image">
    <img src="/images/2025/10/kanal-dadalaan.jpg" itemprop="image" width="1200" height="800" loading="lazy" alt="">            <figcaption class="caption">Ti natarimaan a kanal ti irigasion iti Barangay Dadalaan. (Ladawan: Damag ti Amianan)</figcaption>
    </figure>

    <div itemprop="articleBody" class="com-content-article__body">
        {body}
    </div>

                                        <ul class="tags list-inline">
                                                                    <li class="list-inline-item tag-14 tag-list0" itemprop="keywords">
                    <a href="/component/tags/tag/irigasion" class="btn-sm btn-info">
                        irigasion                    </a>
                </li>
                                                                                <li class="list-inline-item tag-22 tag-list1" itemprop="keywords">
                    <a href="/component/tags/tag/mannalon" class="btn-sm btn-info">
                        mannalon                    </a>
                </li>
                                                                                <li class="list-inline-item tag-31 tag-list2" itemprop="keywords">
                    <a href="/component/tags/tag/santa-lucena" class="btn-sm btn-info">
                        Santa Lucena                    </a>
                </li>
                        </ul>

<nav class="pagenavigation" aria-label="Page Navigation">
    <span class="pagination ms-0">
                <a class="btn btn-sm btn-secondary previous" href="/damag/probinsia/1481-bagnet-festival" rel="prev">
            <span class="visually-hidden">
                Napalabas nga artikulo: Festival ti Bagnet, ramanen ti nasurok a sangaribu a bisita            </span>
            <span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Napalabas</span>            </a>
                    <a class="btn btn-sm btn-secondary next" href="/damag/probinsia/1483-kalsada-lumbaan" rel="next">
            <span class="visually-hidden">
                Sumaruno nga artikulo: Kalsada iti Barangay Lumbaan, maisemento inton Disiembre            </span>
            <span aria-hidden="true">Sumaruno</span> <span class="icon-chevron-right" aria-hidden="true"></span>            </a>
        </span>
</nav>
                                        </div>

			</main>
			<div class="main-bottom card ">
            <h3 class="card-header ">Dagiti kapadpada a damag</h3>        <div class="card-body">
                <ul class="mod-relateditems relateditems mod-list">{related}</ul>    </div>
</div>
<div class="main-bottom card ">
            <h3 class="card-header ">Ipatulodmo ti damagmo</h3>        <div class="card-body">
                <div id="mod-custom133" class="mod-custom custom">
    <p>Adda kadi napasamak iti barangaymo? Ipatulodmo kadakami ti damag ken ladawan babaen ti email a balita@damagtiamianan.example wenno iti Facebook page mi.</p></div>
    </div>
</div>

		</div>
				<div class="grid-child container-sidebar-right">
			<div class="sidebar-right card ">
            <h3 class="card-header ">Kaaduan a nabasa</h3>        <div class="card-body">
                <ul class="mostread mod-list">{mostread}</ul>
    </div>
</div>
<div class="sidebar-right card ">
            <h3 class="card-header ">Newsletter</h3>        <div class="card-body">
                <div id="mod-custom121" class="mod-custom custom">
    <p>Agpalista iti libre a newsletter mi tapno umay iti email-mo dagiti kangrunaan a damag ti lawas, tunggal Sabado iti bigat.</p>
<p><a class="btn btn-primary" href="/newsletter">Agpalista</a></p></div>
    </div>
</div>
<div class="sidebar-right card ">
        <div class="card-body">
                <div id="mod-custom122" class="mod-custom custom">
    <p><small>ADVERTISEMENT</small></p>
<p><img src="/images/banners/rural-bank-300x250.jpg" alt="Rural Bank ti Santa Lucena" width="300" height="250" loading="lazy"></p></div>
    </div>
</div>

		</div>
			</div>
			<footer class="container-footer footer full-width">
			<div class="grid-child">
				<div id="mod-custom120" class="mod-custom custom">
    <p>© 2025 Damag ti Amianan. Amin a karbengan ket nailaksid.</p>
<p><a href="/maipapan-kadakami">Maipapan kadakami</a> · <a href="/privacy">Privacy Policy</a> · <a href="/kontaken">Kontaken</a></p></div>
			</div>
		</footer>
				<a href="#top" id="back-top" class="back-to-top-link" aria-label="Back to Top">
			<span class="icon-arrow-up icon-fw" aria-hidden="true"></span>
		</a>
	<div id="cookie-bar" class="cookie-bar alert alert-info" role="dialog" aria-label="Cookies"><p>Agus-usar daytoy a website iti cookies tapno mapasayaat ti panagbasam. No ituloymo ti panagusar iti daytoy a site, umanamongka iti panagusarmi iti cookies.</p><button type="button" class="btn btn-sm btn-primary">Umanamongak</button> <a href="/privacy">Ad-adu pay</a></div>
</body>
</html>
"""


def twi(art):
    """WordPress with Beaver Builder and Beaver Themer (``fl-`` rows, columns, modules)."""
    site = "https://www.asuomnsem.example"
    url = f"{site}/2025/08/23/asuom-kesee-gua-adan-fofor/"

    def node(n):
        return f"{(n * 2654435761) % 16**13:013x}"

    def mod(kind, n, inner):
        return f'<div class="fl-module fl-module-{kind} fl-node-{node(n)}" data-node="{node(n)}"><div class="fl-module-content fl-node-content">{inner}</div></div>'

    def ad(n):
        return f'<div class="asuom-ad" style="text-align:center;margin:20px 0"><small>ADVERTISEMENT</small><div id="div-gpt-ad-17200000{n}-0" style="min-width:300px;min-height:250px;"></div></div>'

    readalso = '<p><strong>KENKAN BIO:</strong> <a href="/2025/02/14/asuom-gua-ogya/">Ogya hyee Asuom Kɛseɛ gua so, adwadifoɔ hweree wɔn nneɛma</a></p>'
    body = paras(art, between={1: ad(1), 4: readalso, 9: ad(2)})
    menu = lis(
        ["Fie", "Amanneɛbɔ", "Amansan", "Sikasɛm", "Agodie", "Anigyeɛ", "Nsɛm a ɛfa yɛn ho"],
        '<li class="menu-item menu-item-type-taxonomy menu-item-object-category"><a href="#">{}</a></li>',
    )
    grid = "".join(
        f'<div class="fl-post-column"><div class="fl-post-grid-post fl-post-align-default post-{5500 + i} post type-post status-publish format-standard has-post-thumbnail" itemscope itemtype="https://schema.org/BlogPosting"><div class="fl-post-grid-image"><a href="{site}/p/{5500 + i}/" rel="bookmark" title="{e(t)}"><img width="300" height="200" src="{site}/wp-content/uploads/2025/08/g{i}-300x200.jpg" class="attachment-medium size-medium wp-post-image" alt="" decoding="async" loading="lazy"></a></div><div class="fl-post-grid-text"><h2 class="fl-post-grid-title" itemprop="headline"><a href="{site}/p/{5500 + i}/" title="{e(t)}">{e(t)}</a></h2><div class="fl-post-grid-meta"><span class="fl-post-grid-date">{d}</span></div><div class="fl-post-grid-content"><p>{e(x)}</p><a class="fl-post-grid-more" href="{site}/p/{5500 + i}/" title="{e(t)}" aria-hidden="true" tabindex="-1">Kenkan bio</a></div></div></div></div>'
        for i, (t, x, d) in enumerate(
            [
                (
                    "Asuom kwan foforɔ no adwuma bɛfiri aseɛ bosome a ɛdi hɔ",
                    "Mansin no ka sɛ kwan a ɛfiri Asuom kɔ Kade no, wɔbɛsiesie no ansa na osuo berɛ bɛba.",
                    "August 20, 2025",
                ),
                (
                    "Kuayɛfoɔ nya aba foforɔ wɔ Asuom kuayɛ dwumadie ase",
                    "Kuayɛfoɔ bɛboro ahanum na wɔnyaa kokoo ne aburo aba a wɔmfa sika biara.",
                    "August 16, 2025",
                ),
                (
                    "Asuom ayaresabea foforɔ no abue n'ano ama nkurɔfoɔ",
                    "Ayaresabea no wɔ mpa aduasa ne adwumayɛfoɔ a wɔasua adwuma no yie.",
                    "August 11, 2025",
                ),
            ]
        )
    )
    cms = "".join(
        f'<li class="comment byuser comment-author-{i} even thread-even depth-1" id="li-comment-{880 + i}"><div id="comment-{880 + i}" class="comment-body clearfix"><div class="comment-meta"><span class="comment-avatar"><img alt="" src="https://secure.gravatar.com/avatar/{i}?s=80&amp;d=mm&amp;r=g" class="avatar avatar-80 photo" height="80" width="80" loading="lazy"></span><span class="comment-author-link">{e(n)}</span> <span class="comment-date">{d}</span></div><div class="comment-content clearfix"><p>{e(t)}</p></div><div class="comment-reply-link"><a rel="nofollow" class="comment-reply-link" href="#comment-{880 + i}" data-commentid="{880 + i}" data-postid="5532">Bua</a></div></div></li>'
        for i, (n, d, t) in enumerate(
            [
                (
                    "Yaw Mensah",
                    "August 23, 2025 at 2:15 pm",
                    "Yɛda Nana ne aban ase. Nanso ɛsɛ sɛ wɔhwɛ sɛ ogyadum nneɛma no yɛ adwuma berɛ biara.",
                ),
                (
                    "Adwoa Ampofo",
                    "August 23, 2025 at 4:40 pm",
                    "Me maame nso hweree ne nneɛma wɔ ogya no mu. Ɛyɛ me dɛ sɛ ɔbɛsan anya baabi atɔn.",
                ),
                (
                    "Kojo",
                    "August 24, 2025 at 8:02 am",
                    "Adan no nnɔɔso ampa. Ɛsɛ sɛ wɔsi afoforɔ ma wɔn a wɔda so tɔn wɔ abɔnten so no.",
                ),
            ]
        )
    )
    latest = lis(
        [
            "Asuom Kɛseɛ sukuu mmofra di nkonim wɔ mansin akansie mu",
            "Kokoo bo foforɔ: kuayɛfoɔ ani agye",
            "Ahemfie hɔ dwumadie: Nana Ampem de nkwankyerɛ ama mmabun",
            "Nsuo ho nsɛm: ɛpɔmpe foforɔ abɛn Asuom Zongo",
        ],
        '<li><a href="#">{}</a></li>',
    )
    main_col = "".join(
        [
            mod(
                "heading",
                0x5A1,
                f'<h1 class="fl-heading"><span class="fl-heading-text">{e(art["title"])}</span></h1>',
            ),
            mod(
                "fl-post-info",
                0x5A2,
                f'<span class="fl-post-info-author"><a href="{site}/author/kwabena/">{e(art["author"])}</a></span><span class="fl-post-info-sep"> | </span><span class="fl-post-info-date">August 23, 2025</span><span class="fl-post-info-sep"> | </span><span class="fl-post-info-terms"><a href="{site}/category/amanneebo/" rel="tag" class="amanneebo">Amanneɛbɔ</a></span><span class="fl-post-info-sep"> | </span><span class="fl-post-info-comments"><a href="{url}#comments" tabindex="-1" aria-hidden="true"><span aria-label="Nsɛm: 3">3 Nsɛm</span></a></span>',
            ),
            mod(
                "photo",
                0x5A3,
                f'<div class="fl-photo fl-photo-align-center" itemscope itemtype="https://schema.org/ImageObject"><div class="fl-photo-content fl-photo-img-jpg"><img loading="lazy" decoding="async" class="fl-photo-img wp-image-5533 size-full" src="{site}/wp-content/uploads/2025/08/asuom-gua-adan.jpg" alt="" itemprop="image" height="675" width="1200"></div><div class="fl-photo-caption fl-photo-caption-below" itemprop="caption">Adan foforɔ a wɔasi wɔ Asuom Kɛseɛ gua so. Mfonini: Asuom Nsɛm</div></div>',
            ),
            mod("fl-post-content", 0x5A4, body),
            mod(
                "html",
                0x5A5,
                f'<div class="fl-html"><div class="share-row"><span>Kyɛ ma afoforɔ:</span> <a href="https://www.facebook.com/sharer/sharer.php?u={url}">Facebook</a> <a href="https://wa.me/?text={url}">WhatsApp</a> <a href="https://x.com/intent/tweet?url={url}">X</a></div></div>',
            ),
            mod(
                "fl-author-bio",
                0x5A6,
                f'<div class="fl-author-bio-thumb"><img alt="" src="https://secure.gravatar.com/avatar/ko?s=100&amp;d=mm&amp;r=g" class="avatar avatar-100 photo" height="100" width="100" loading="lazy"></div><div class="fl-author-bio-content"><h3 class="fl-author-bio-name">{e(art["author"])}</h3><div class="fl-author-bio-text">Kwabena Owusu-Ansah yɛ Asuom Nsɛm amanneɛbɔfoɔ panin. Ɔkyerɛw fa mansin no mu nsɛm, gua so nsɛm ne kuayɛ ho nsɛm.</div><a class="fl-author-bio-link" href="{site}/author/kwabena/">Hwɛ ne nsɛm nyinaa</a></div>',
            ),
            mod(
                "fl-post-navigation",
                0x5A7,
                f'<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Nsɛm a ɛdi so</h2><div class="nav-links"><div class="nav-previous"><a href="{site}/2025/08/20/asuom-kwan/" rel="prev">&larr; Asuom kwan foforɔ no adwuma bɛfiri aseɛ bosome a ɛdi hɔ</a></div><div class="nav-next"><a href="{site}/2025/08/25/kokoo-bo/" rel="next">Kokoo bo foforɔ: kuayɛfoɔ ani agye &rarr;</a></div></div></nav>',
            ),
            mod(
                "heading",
                0x5A8,
                '<h3 class="fl-heading"><span class="fl-heading-text">Nsɛm a ɛfa ho</span></h3>',
            ),
            mod(
                "post-grid",
                0x5A9,
                f'<div class="fl-post-grid" itemscope="itemscope" itemtype="https://schema.org/Collection">{grid}</div><div class="fl-post-grid-empty"></div>',
            ),
            mod(
                "fl-comments",
                0x5AA,
                f'<div class="fl-comments"><div class="fl-comments-list"><h2 class="fl-comments-list-title" id="comments">3 Nsɛm</h2><ol id="comments-list">{cms}</ol></div><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title fl-comments-respond-title">Ka wo adwene</h3><form action="{site}/wp-comments-post.php" method="post" id="fl-comment-form" class="fl-comment-form"><label for="fl-comment">Wo nsɛm</label><textarea id="fl-comment" name="comment" class="form-control" cols="60" rows="8"></textarea><br /><label for="fl-author">Wo din (ɛhia)</label><input type="text" id="fl-author" name="author" class="form-control" value="" /><br /><input name="submit" type="submit" id="fl-comment-form-submit" class="btn btn-primary" value="Fa kɔ" /><input type=\'hidden\' name=\'comment_post_ID\' value=\'5532\' id=\'comment_post_ID\' /></form></div></div>',
            ),
        ]
    )
    side_col = "".join(
        [
            mod(
                "widget",
                0x5B1,
                f'<div class="fl-widget"><div class="widget widget_recent_entries"><h2 class="widgettitle">Nsɛm a ɛyɛ foforɔ</h2><ul>{latest}</ul></div></div>',
            ),
            mod(
                "html",
                0x5B2,
                '<div class="fl-html"><small>ADVERTISEMENT</small><div id="div-gpt-ad-1720000099-0" style="min-width:300px;min-height:600px;"></div></div>',
            ),
            mod(
                "rich-text",
                0x5B3,
                '<div class="fl-rich-text"><h4>Bra yɛn WhatsApp Channel so</h4><p>Nya Asuom Nsɛm amanneɛbɔ foforɔ biara ntɛm ara wɔ wo fon so. Bɔ yɛn WhatsApp Channel no so na fa ka ho.</p></div>',
            ),
        ]
    )
    return f"""<!DOCTYPE html>
<html lang="ak">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<link rel="profile" href="https://gmpg.org/xfn/11" />
<title>{e(art["title"])} &#8211; Asuom Nsɛm</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="canonical" href="{url}" />
<link rel='stylesheet' id='fl-builder-layout-bundle-3c1f8a0e2b-css' href='{site}/wp-content/uploads/bb-plugin/cache/3c1f8a0e2b-layout-bundle.css?ver=2.8.3.2-1.4.10' type='text/css' media='all' />
<link rel='stylesheet' id='base-css' href='{site}/wp-content/themes/bb-theme/css/base.min.css?ver=1.7.16' type='text/css' media='all' />
<link rel='stylesheet' id='fl-automator-skin-css' href='{site}/wp-content/uploads/bb-theme/skin-66a1b2c3d4e5f.css?ver=1.7.16' type='text/css' media='all' />
<link rel='stylesheet' id='moove_gdpr_frontend-css' href='{site}/wp-content/plugins/gdpr-cookie-compliance/dist/styles/gdpr-main.css?ver=4.15.5' type='text/css' media='all' />
<script type="text/javascript" src="{site}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
{news_ld(art, url, "Asuom Nsɛm", "ak")}
</head>
<body class="post-template-default single single-post postid-5532 single-format-standard fl-builder-2-8-3-2 fl-themer-1-4-10 fl-theme-1-7-16 fl-no-js fl-theme-builder-header fl-theme-builder-header-header fl-theme-builder-footer fl-theme-builder-footer-footer fl-theme-builder-singular fl-theme-builder-singular-single-post fl-framework-base fl-preset-default fl-full-width fl-scroll-to-top fl-search-active" itemscope="itemscope" itemtype="https://schema.org/WebPage">
<a aria-label="Skip to content" class="fl-screen-reader-text" href="#fl-main-content">Skip to Content</a><div class="fl-page">
<header class="fl-builder-content fl-builder-content-101 fl-builder-global-templates-locked" data-post-id="101" data-type="header" data-sticky="1" data-sticky-on="" data-sticky-breakpoint="medium" data-shrink="0" data-overlay="0" data-overlay-bg="transparent" data-shrink-image-height="50px" role="banner" itemscope="itemscope" itemtype="http://schema.org/WPHeader"><div class="fl-row fl-row-full-width fl-row-bg-color fl-node-{node(0x101)} fl-row-default-height fl-row-align-center" data-node="{node(0x101)}"><div class="fl-row-content-wrap"><div class="fl-row-content fl-row-fixed-width fl-node-content"><div class="fl-col-group fl-node-{node(0x102)} fl-col-group-equal-height fl-col-group-align-center" data-node="{node(0x102)}"><div class="fl-col fl-node-{node(0x103)} fl-col-small" data-node="{node(0x103)}"><div class="fl-col-content fl-node-content">{mod("photo", 0x104, f'<div class="fl-photo fl-photo-align-left"><div class="fl-photo-content fl-photo-img-png"><a href="{site}/" itemprop="url"><img class="fl-photo-img" src="{site}/wp-content/uploads/2024/01/asuom-nsem-logo.png" alt="Asuom Nsɛm" width="240" height="64"></a></div></div>')}</div></div><div class="fl-col fl-node-{node(0x105)}" data-node="{node(0x105)}"><div class="fl-col-content fl-node-content">{mod("menu", 0x106, f'<div class="fl-menu fl-menu-responsive-toggle-mobile"><button class="fl-menu-mobile-toggle hamburger" aria-label="Menu"><span class="fl-menu-icon svg-container"><svg version="1.1" class="hamburger-menu" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><rect class="fl-hamburger-menu-top" width="512" height="102"/></svg></span></button><div class="fl-clear"></div><nav aria-label="Menu" itemscope="itemscope" itemtype="https://schema.org/SiteNavigationElement"><ul id="menu-main" class="menu fl-menu-horizontal fl-toggle-none">{menu}</ul></nav></div>')}{mod("search", 0x107, f'<div class="fl-search-form fl-search-form-input fl-search-form-width-full"><div class="fl-search-form-wrap"><div class="fl-search-form-fields"><div class="fl-search-form-input-wrap"><form role="search" aria-label="Search form" method="get" action="{site}/"><div class="fl-form-field"><input type="search" aria-label="Search input" placeholder="Hwehwɛ..." value="" name="s" /></div></form></div></div></div></div>')}</div></div></div></div></div></div></header>
<div id="fl-main-content" class="fl-page-content" itemprop="mainContentOfPage" role="main">
<div class="fl-builder-content fl-builder-content-202 fl-builder-global-templates-locked" data-post-id="202"><div class="fl-row fl-row-fixed-width fl-row-bg-none fl-node-{node(0x201)} fl-row-default-height fl-row-align-center" data-node="{node(0x201)}"><div class="fl-row-content-wrap"><div class="fl-row-content fl-row-fixed-width fl-node-content"><div class="fl-col-group fl-node-{node(0x202)}" data-node="{node(0x202)}"><div class="fl-col fl-node-{node(0x203)}" data-node="{node(0x203)}"><div class="fl-col-content fl-node-content">{main_col}</div></div><div class="fl-col fl-node-{node(0x204)} fl-col-small" data-node="{node(0x204)}"><div class="fl-col-content fl-node-content">{side_col}</div></div></div></div></div></div></div>
</div>
<footer class="fl-builder-content fl-builder-content-103 fl-builder-global-templates-locked" data-post-id="103" data-type="footer" itemscope="itemscope" itemtype="http://schema.org/WPFooter"><div class="fl-row fl-row-full-width fl-row-bg-color fl-node-{node(0x301)} fl-row-default-height fl-row-align-center" data-node="{node(0x301)}"><div class="fl-row-content-wrap"><div class="fl-row-content fl-row-fixed-width fl-node-content"><div class="fl-col-group fl-node-{node(0x302)}" data-node="{node(0x302)}"><div class="fl-col fl-node-{node(0x303)}" data-node="{node(0x303)}"><div class="fl-col-content fl-node-content">{mod("rich-text", 0x304, '<div class="fl-rich-text"><p>Asuom Nsɛm de Akyem Abuakwa mantam mu amanneɛbɔ brɛ wo wɔ Twi kasa mu firi afe 2019. Yɛn adwuma ne sɛ yɛbɛka nokware no.</p><p>© 2025 Asuom Nsɛm. Yɛakora ho kwan nyinaa. | <a href="/privacy-policy/">Privacy Policy</a> | <a href="/contact/">Contact</a></p></div>')}</div></div></div></div></div></div></footer>
</div>
<a href="#" id="fl-to-top"><span class="sr-only">Scroll To Top</span><i class="fas fa-chevron-up" aria-hidden="true"></i></a>
<aside id="moove_gdpr_cookie_info_bar" class="moove-gdpr-info-bar-hidden moove-gdpr-align-center moove-gdpr-dark-scheme gdpr_infobar_postion_bottom" aria-label="GDPR Cookie Banner" style="display: none;"><div class="moove-gdpr-info-bar-container"><div class="moove-gdpr-info-bar-content"><div class="moove-gdpr-cookie-notice"><p>We are using cookies to give you the best experience on our website.</p><p>You can find out more about which cookies we are using or switch them off in <button data-href="#moove_gdpr_cookie_modal" class="change-settings-button">settings</button>.</p></div><div class="moove-gdpr-button-holder"><button class="mgbutton moove-gdpr-infobar-allow-all gdpr-fbo-0" aria-label="Accept">Accept</button></div></div></div></aside>
<script type="text/javascript" id="fl-automator-js-extra">var themeopts = {{"medium_breakpoint":"992","mobile_breakpoint":"768","lightbox":"enabled","scrollTopPosition":"800"}};</script>
<script type="text/javascript" src="{site}/wp-content/uploads/bb-plugin/cache/7b2e9d1a4c-layout-bundle.js?ver=2.8.3.2-1.4.10" id="fl-builder-layout-bundle-7b2e9d1a4c-js"></script>
<script type="text/javascript" src="{site}/wp-content/themes/bb-theme/js/theme.min.js?ver=1.7.16" id="fl-automator-js"></script>
</body>
</html>
"""


def community(art):
    """Forem (the DEV community software): crayons layout, anchored Markdown headings."""
    site = "https://community.hollinmakers.example"
    slug = "hollin-valleys-volunteer-mesh-network-now-reaches-400-homes-3kf9"
    url = f"{site}/pcastellane/{slug}"

    def heading(text):
        anchor = "-".join("".join(c for c in text.lower() if c.isalnum() or c == " ").split())
        return f'<h2>\n  <a name="{anchor}" href="#{anchor}">\n  </a>\n  {text}\n</h2>'

    card = (
        '<div class="ltag__link">\n  <a href="/hvmesh/how-we-climbed-the-church-tower-safely-1b2c" class="ltag__link__link">\n'
        '    <div class="ltag__link__org__pic">\n      <img src="https://media.hollinmakers.example/uploads/organization/profile_image/12/mesh.png" alt="Hollin Valley Mesh">\n    </div>\n  </a>\n'
        '  <a href="/hvmesh/how-we-climbed-the-church-tower-safely-1b2c" class="ltag__link__link">\n    <div class="ltag__link__content">\n'
        "      <h2>How we put a node on St Aidan's tower (safely)</h2>\n      <h3>Owen Fairlie for Hollin Valley Mesh ・ Mar 3 '24</h3>\n"
        '      <div class="ltag__link__taglist">\n        <span class="ltag__link__tag">#community</span>\n        <span class="ltag__link__tag">#networking</span>\n      </div>\n    </div>\n  </a>\n</div>'
    )
    out = []
    items = []
    for i, para in enumerate(art["paragraphs"]):
        if para.startswith("- "):
            items.append(f"<li>{e(para[2:])}</li>")
            continue
        if items:
            out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            items = []
        out.append(heading(e(para[3:])) if para.startswith("## ") else f"<p>{e(para)}</p>")
        if i == 5:
            out.append(card)
    if items:
        out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
    body = "\n\n".join(out)
    tags = "".join(
        f'<a class="crayons-tag crayons-tag--monochrome " style="--tag-bg: rgba(46, 125, 50, 0.10); --tag-prefix: #2e7d32;" href="/t/{t}"><span class="crayons-tag__prefix">#</span>{t}</a>'
        for t in ["community", "networking", "rural", "volunteering"]
    )
    cms = "".join(
        f'<details class="comment-wrapper js-comment-wrapper comment-wrapper--deep-0 root-comment" open><summary aria-label="Toggle this comment (and replies)" data-tracking-name="expand_comment_toggle"><span class="inline-block align-middle ">•</span></summary><div id="comment-node-{2001 + i}" class="comment single-comment-node root comment-deep-0" data-comment-id="{2001 + i}" data-path="/{u}/comment/{2001 + i}" data-comment-author-id="{300 + i}" data-content-user-id="412" data-testid="comment"><div class="comment__inner"><a href="/{u}" class="shrink-0 crayons-avatar m:crayons-avatar--l mt-4 m:mt-3"><img class="crayons-avatar__image" width="32" height="32" src="https://media.hollinmakers.example/uploads/user/profile_image/{300 + i}/a.png" alt="{u} profile image" loading="lazy" /></a><div class="inner-comment comment__details"><div class="comment__content crayons-card"><div class="comment__header"><a href="/{u}" class="crayons-link crayons-link--secondary flex items-center fw-medium m:hidden"><span class="js-comment-username">{e(n)}</span></a><div class="profile-preview-card hidden m:block"><button id="comment-profile-preview-trigger-{2001 + i}" aria-controls="comment-profile-preview-content-{2001 + i}" class="profile-preview-card__trigger p-1 -my-1 -ml-1 crayons-btn crayons-btn--ghost" aria-label="{e(n)} profile details">{e(n)}</button></div><span class="color-base-30 px-2 m:pl-0" role="presentation">&bull;</span><a href="/{u}/comment/{2001 + i}" class="comment-date crayons-link crayons-link--secondary fs-s"><time datetime="2025-06-1{2 + i // 2}T09:0{i}:44Z" class="date-no-year">{d}</time></a></div><div class="comment__body text-styles-comment text-styles text-styles--secondary body"><p>{e(t)}</p></div></div><footer class="comment__footer"><button class="crayons-btn crayons-btn--ghost crayons-btn--icon-left crayons-btn--s mr-1 reaction-like inline-flex reaction-button" id="button-for-comment-{2001 + i}" data-comment-id="{2001 + i}" aria-label="Like comment: {e(t[:40])}"><span class="reactions-count" id="reactions-count-{2001 + i}">{li}</span><span class="reactions-label hidden m:inline-block">likes</span></button><a class="js actions crayons-btn crayons-btn--ghost crayons-btn--s crayons-btn--icon-left toggle-reply-form mr-1 inline-flex" href="#/pcastellane/{slug}/comments/new/{2001 + i}" data-comment-id="{2001 + i}" rel="nofollow"><span class="hidden m:inline-block">Reply</span></a></footer></div></div></div></details>'
        for i, (n, u, d, t, li) in enumerate(
            [
                (
                    "Owen Fairlie",
                    "owenfairlie",
                    "Jun 12",
                    "Thanks for writing this up, Priya. A huge thank you to the Tarrow Bridge crew who did eleven installs in one weekend in the rain.",
                    14,
                ),
                (
                    "Sara Okoro",
                    "saraokoro",
                    "Jun 12",
                    "Is there a waiting list for Cold Ashby yet? My parents live at the top of the lane and still rely on a satellite dish that drops out whenever it snows.",
                    6,
                ),
                (
                    "Dev Marlow",
                    "devmarlow",
                    "Jun 13",
                    "The point about writing everything down is so true. We lost a whole afternoon last year because nobody remembered the password for the silo node.",
                    9,
                ),
                (
                    "Hollin Valley Mesh",
                    "hvmesh",
                    "Jun 13",
                    "Sara, yes: the sign-up form for Cold Ashby is on our site and we will contact everyone on it before the survey in August.",
                    3,
                ),
            ]
        )
    )
    readnext = "".join(
        f'<div class="crayons-story crayons-story--featured"><a href="/p/{i}" class="flex items-center"><img class="crayons-avatar crayons-avatar--l mr-2 shrink-0" src="https://media.hollinmakers.example/uploads/user/profile_image/{40 + i}/b.png" width="32" height="32" alt="" loading="lazy" /><div><h3 class="fs-base mb-0 fw-bold lh-tight">{e(t)}</h3><p class="fs-s color-base-60 m-0">{e(a)} - {d}</p></div></a></div>'
        for i, (t, a, d) in enumerate(
            [
                ("Building a seed library out of an old card catalogue", "Ruth Ingram", "May 30"),
                (
                    "Our repair café fixed 61 things in March. Here is what broke",
                    "Dev Marlow",
                    "Apr 8",
                ),
                (
                    "A beginner's guide to soldering, from someone who was scared of it",
                    "Sara Okoro",
                    "Mar 21",
                ),
            ]
        )
    )
    return f"""<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>{e(art["title"])} - Hollin Valley Makers</title>
    <meta name="last-updated" content="2025-06-13 10:02:11 UTC">
    <meta name="user-signed-in" content="false">
    <meta name="head-cached-at" content="1749809000">
    <meta name="environment" content="production">
    <link rel="stylesheet" href="https://assets.hollinmakers.example/assets/minimal-9a1b2c3d.css" media="all" id="main-minimal-stylesheet">
    <link rel="stylesheet" href="https://assets.hollinmakers.example/assets/views-4e5f6a7b.css" media="all" id="main-views-stylesheet">
    <link rel="stylesheet" href="https://assets.hollinmakers.example/assets/crayons-8c9d0e1f.css" media="all" id="main-crayons-stylesheet">
    <script src="https://assets.hollinmakers.example/assets/base-2a3b4c5d.js" defer="defer"></script>
    <script src="https://assets.hollinmakers.example/assets/application-6e7f8a9b.js" defer="defer"></script>
    <meta name="viewport" content="width=device-width, initial-scale=1.0, viewport-fit=cover">
    <link rel="canonical" href="{url}" />
    <meta name="description" content="Three years after a handful of neighbours bolted their first rooftop radios to a grain silo...">
    <meta name="keywords" content="community, networking, rural, volunteering">
    <meta property="og:type" content="article" />
    <meta property="og:url" content="{url}" />
    <meta property="og:title" content="{e(art["title"])}" />
    <meta property="og:site_name" content="Hollin Valley Makers" />
    <meta name="twitter:card" content="summary_large_image">
    <meta name="csrf-param" content="authenticity_token" />
    <meta name="csrf-token" content="q7V1xZ0bJ3mWc9T2kPp8yR4uLd6sHf0aEe5gNn2iKj" />
    <meta name="forem:name" content="Hollin Valley Makers" />
    <meta name="forem:domain" content="community.hollinmakers.example" />
    <meta name="apple-mobile-web-app-title" content="community.hollinmakers.example">
  </head>
  <body class="sans-serif-article-body default-header" data-user-status="logged-out" data-is-root-subforem="false" data-side-nav-visible="true" data-community-name="Hollin Valley Makers" data-locale="en" data-honeybadger-key="" data-deployed-at="2025-06-10T13:40:12Z" data-latest-commit-id="4f9c2a7d" data-ga-tracking="" data-cookie-banner-user-context="off" data-cookie-banner-platform-context="off" data-algolia-id="" data-algolia-search-key="" data-dynamic-url-component="bb">
    <div id="body-styles"><style>:root {{ --accent-brand: #2e7d32; --accent-brand-darker: #1b5e20; --accent-brand-lighter: #4caf50; --accent-brand-a10: rgba(46, 125, 50, 0.1); --accent-brand-rgb: 46, 125, 50; }}</style></div>
    <div id="audiocontent" data-podcast=""></div>
    <header class="crayons-header print-hidden">
  <span id="route-change-target" tabindex="-1"></span>
  <a href="#main-content" class="skip-content-link">Skip to content</a>
  <div class="crayons-header__container">
    <span class="inline-block m:hidden ">
      <button class="c-btn c-btn--icon-alone js-hamburger-trigger mx-2" aria-label="Navigation menu"><svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" role="img" aria-labelledby="am1" class="crayons-icon"><title id="am1">Navigation menu</title><path d="M3 4h18v2H3V4zm0 7h18v2H3v-2zm0 7h18v2H3v-2z"></path></svg></button>
    </span>
    <a href="/" class="site-logo" aria-label="Hollin Valley Makers Home"><img class="site-logo__img" src="https://media.hollinmakers.example/uploads/logos/resized_logo_hvm.png" style="width: auto; max-height: 40px;" alt="Hollin Valley Makers"></a>
    <div class="crayons-header--search js-search-form" id="header-search">
      <form accept-charset="UTF-8" method="get" action="/search" role="search">
        <div class="crayons-fields crayons-fields--horizontal">
          <div class="crayons-field flex-1 relative">
            <input id="search-input" class="crayons-header--search-input crayons-textfield js-search-input" type="text" name="q" placeholder="Search..." autocomplete="off" />
            <button type="submit" aria-label="Search" class="c-btn c-btn--icon-alone absolute inset-px right-auto mt-0 py-0"><svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" role="img" aria-labelledby="as1" class="crayons-icon"><title id="as1">Search</title><path d="M18.031 16.617l4.283 4.282-1.415 1.415-4.282-4.283A8.96 8.96 0 0111 20c-4.968 0-9-4.032-9-9s4.032-9 9-9 9 4.032 9 9a8.96 8.96 0 01-1.969 5.617z"></path></svg></button>
          </div>
        </div>
      </form>
    </div>
    <div class="flex items-center h-100 ml-auto">
      <div class="flex" id="authentication-top-nav-actions">
        <span class="hidden m:block"><a href="/enter" class="c-link c-link--block mr-2 whitespace-nowrap ml-auto" data-no-instant>Log in</a></span>
        <a href="/enter?state=new-user" data-tracking-id="ca_top_nav" data-tracking-source="top_navbar" class="c-cta c-cta--branded whitespace-nowrap mr-2" data-no-instant>Create account</a>
      </div>
    </div>
  </div>
</header>
    <div id="page-content" class="wrapper stories stories-show articles-show" data-current-page="stories-show">
      <div id="page-content-inner">
        <div id="page-route-change" class="screen-reader-only" aria-live="polite" aria-atomic="true"></div>
<div class="crayons-layout crayons-layout--3-cols crayons-layout--article">
  <aside class="crayons-layout__sidebar-left" aria-label="Article actions">
    <div class="crayons-article-actions print-hidden">
      <div class="crayons-article-actions__inner">
        <div class="crayons-reaction-pill">
          <button id="reaction-butt-like" aria-label="Like" aria-pressed="false" class="crayons-reaction crayons-tooltip__activator relative" data-category="like"><span class="crayons-reaction__icon crayons-reaction__icon--inactive"><svg width="24" height="24" xmlns="http://www.w3.org/2000/svg" class="crayons-icon"><path d="M5.645 8.032c.895-.895 2.183-1.432 3.218-1.432"/></svg></span><span class="crayons-reaction__count" id="reaction-number-like">86</span><span data-testid="tooltip" class="crayons-tooltip__content">Like</span></button>
        </div>
        <a href="#comments" class="crayons-reaction crayons-reaction--comment crayons-tooltip__activator relative" data-category="comment"><span class="crayons-reaction__icon crayons-reaction__icon--inactive"><svg width="24" height="24" xmlns="http://www.w3.org/2000/svg" class="crayons-icon"><path d="M10 3h4a8 8 0 010 16v3.5c-5-2-12-5-12-11.5a8 8 0 018-8z"/></svg></span><span class="crayons-reaction__count" id="reaction-number-comment" data-count="4">4</span><span data-testid="tooltip" class="crayons-tooltip__content">Jump to Comments</span></a>
        <button id="reaction-butt-readinglist" aria-label="Add to reading list" aria-pressed="false" class="crayons-reaction crayons-reaction--readinglist crayons-tooltip__activator relative" data-category="readinglist"><span class="crayons-reaction__count" id="reaction-number-readinglist">12</span><span data-testid="tooltip" class="crayons-tooltip__content">Save</span></button>
      </div>
    </div>
  </aside>
  <main id="main-content" class="crayons-layout__content grid gap-4">
    <div class="article-wrapper">
      <article class="crayons-card crayons-article mb-4" id="article-show-container" data-article-id="1893221" data-article-slug="{slug}" data-author-id="412" data-author-name="Priya Castellane" data-author-username="pcastellane" data-co-author-ids="" data-path="/pcastellane/{slug}" data-pin-path="/stories/feed/pinned_article" data-pinned-article-id="" data-published="true" data-scheduled="false" data-unpublishing="false">
        <header class="crayons-article__header" id="main-title">
          <div class="crayons-article__cover"><img src="https://media.hollinmakers.example/uploads/articles/silo-node.jpg" width="1000" height="420" style="aspect-ratio: auto 1000 / 420;" class="crayons-article__cover__image" alt="Cover image for {e(art["title"])}"></div>
          <div class="crayons-article__header__meta">
            <div class="flex s:items-start flex-col s:flex-row">
              <div id="action-space" class="crayons-article__actions mb-4 s:mb-0 s:order-last"></div>
              <div class="flex flex-1 mb-5 items-start">
                <div class="relative"><a href="/pcastellane"><img class="radius-full align-middle" src="https://media.hollinmakers.example/uploads/user/profile_image/412/p.jpg" width="40" height="40" alt="Priya Castellane" /></a></div>
                <div class="pl-3 flex-1">
                  <a href="/pcastellane" class="crayons-link fw-bold">Priya Castellane</a>
                  <span class="c-indicator c-indicator--subtle ml-1">for <a href="/hvmesh" class="crayons-link">Hollin Valley Mesh</a></span>
                  <p class="fs-xs color-base-60">Posted on <time datetime="{art["date"]}T08:15:31Z" class="date-no-year">Jun 12</time><span class="fs-xs color-base-60"> • Edited on <time datetime="2025-06-13T10:02:11Z" class="date-no-year">Jun 13</time></span></p>
                </div>
              </div>
            </div>
            <div class="crayons-article__header__meta__reactions flex items-center mb-4"><span class="fs-s">86 reactions</span></div>
            <h1 class="fs-3xl m:fs-4xl l:fs-5xl fw-bold s:fw-heavy lh-tight mb-2 long">
              {e(art["title"])}
            </h1>
            <div class="spec__tags flex flex-wrap">{tags}</div>
          </div>
        </header>
        <div class="crayons-article__main ">
          <div class="crayons-article__body text-styles spec__body" data-article-id="1893221" id="article-body">
{body}

          </div>
        </div>
        <section id="comments" data-follow-button-container="true" data-updated-at="2025-06-13T11:20:00Z" class="text-padding mb-4 border-t-1 border-0 border-solid border-base-10">
          <header class="relative flex justify-between items-center mb-6">
            <h2 class="crayons-subtitle-1">Top comments (4)</h2>
            <div id="comment-subscription" class="print-hidden"><button class="crayons-btn crayons-btn--outlined">Subscribe</button></div>
          </header>
          <form class="comment-form" id="new_comment" action="/comments" method="post"><div class="comment-form__inner"><textarea placeholder="Add to the discussion" name="comment[body_markdown]" class="crayons-textfield comment-textarea crayons-textfield--ghost" aria-label="Add a comment to the discussion" id="text-area"></textarea></div></form>
          <div class="comments" id="comment-trees-container">{cms}</div>
          <div class="fs-s print-hidden mt-4"><a href="/code-of-conduct" class="crayons-link crayons-link--secondary">Code of Conduct</a> <span class="opacity-25 px-1" role="presentation">•</span> <a href="/report-abuse?url={url}" class="crayons-link crayons-link--secondary">Report abuse</a></div>
        </section>
      </article>
      <section class="crayons-card crayons-card--secondary text-padding print-hidden" aria-label="Read next">
        <h2 class="crayons-subtitle-1 mb-4">Read next</h2>
        {readnext}
      </section>
    </div>
  </main>
  <aside class="crayons-layout__sidebar-right" aria-label="Right sidebar navigation">
    <div class="crayons-article-sticky grid gap-4 break-word" id="article-show-primary-sticky-nav">
      <div class="crayons-card crayons-card--secondary branded-7 p-4 pt-0 gap-4 grid" style="border-top-color: #2e7d32;">
        <div class="-mt-4"><a href="/pcastellane" class="flex"><span class="crayons-avatar crayons-avatar--xl mr-2 shrink-0"><img src="https://media.hollinmakers.example/uploads/user/profile_image/412/p.jpg" class="crayons-avatar__image" alt="" loading="lazy" /></span><span class="crayons-link crayons-subtitle-2 mt-5">Priya Castellane</span></a></div>
        <div class="print-hidden"><button name="button" type="button" data-info='{{"id":412,"className":"User","style":"full","name":"Priya Castellane"}}' class="crayons-btn follow-action-button whitespace-nowrap w-100 follow-user" aria-label="Follow user: Priya Castellane">Follow</button></div>
        <div class="color-base-70">Writes about the people keeping Hollin Valley connected. Edits the mesh group's volunteer newsletter.</div>
        <div class="user-metadata-details"><ul class="key-value-list"><li><div class="key">Location</div><div class="value">Tarrow Bridge</div></li><li><div class="key">Joined</div><div class="value"><time datetime="2023-02-10T10:00:00Z" class="date">Feb 10, 2023</time></div></li></ul></div>
      </div>
      <div class="crayons-card crayons-card--secondary">
        <header class="crayons-card__header"><h3 class="crayons-subtitle-2">More from <a class="c-link c-link--branded" href="/hvmesh">Hollin Valley Mesh</a></h3></header>
        <div>
          <a href="/hvmesh/our-2024-accounts-in-plain-english-4h1k" class="crayons-link crayons-link--contentful">Our 2024 accounts, in plain English<div class="-ml-1"><span class="crayons-tag crayons-tag--filled">#community</span></div></a>
          <a href="/hvmesh/what-to-do-when-your-node-goes-dark-2p0q" class="crayons-link crayons-link--contentful">What to do when your node goes dark<div class="-ml-1"><span class="crayons-tag crayons-tag--filled">#networking</span></div></a>
        </div>
      </div>
    </div>
  </aside>
</div>
      </div>
    </div>
    <footer id="footer" class="crayons-footer print-hidden">
  <div id="footer-container" class="crayons-footer__container">
    <p class="fs-s crayons-footer__description"><a class="c-link c-link--branded fw-medium" aria-label="Hollin Valley Makers Home" href="/">Hollin Valley Makers</a> — A friendly place for the valley's tinkerers, growers and radio people to share what they are building.</p>
    <ul class="footer__nav-links flex justify-center flex-wrap fs-s p-0"><li class="footer__nav-link flex items-center"><a href="/" class="c-link c-link--branded">Home</a></li><li class="footer__nav-link flex items-center"><a href="/tags" class="c-link c-link--branded">Tags</a></li><li class="footer__nav-link flex items-center"><a href="/code-of-conduct" class="c-link c-link--branded">Code of Conduct</a></li><li class="footer__nav-link flex items-center"><a href="/privacy" class="c-link c-link--branded">Privacy Policy</a></li><li class="footer__nav-link flex items-center"><a href="/terms" class="c-link c-link--branded">Terms of Use</a></li></ul>
    <div class="fs-s">
      <p>Built on <a class="c-link c-link--branded" target="_blank" rel="noopener" href="https://www.forem.com">Forem</a> — the <a target="_blank" rel="noopener" class="c-link c-link--branded" href="https://dev.to/t/opensource">open source</a> software that powers <a target="_blank" rel="noopener" class="c-link c-link--branded" href="https://dev.to">DEV</a> and other inclusive communities.</p>
      <p>Made with love and <a target="_blank" rel="noopener" class="c-link c-link--branded" href="https://dev.to/t/rails">Ruby on Rails</a>. Hollin Valley Makers <span title="copyright">&copy;</span> 2023 - 2025.</p>
    </div>
  </div>
</footer>
    <div id="snack-zone"></div>
    <div id="global-signup-modal" class="hidden"><div class="global-signup-modal"><header class="mb-6"><h2 class="crayons-title">Join the Hollin Valley Makers</h2><p class="color-base-70">A space for everyone in the valley who likes to make, mend and grow things. Sign up to comment and follow your neighbours.</p></header><a href="/enter?state=new-user" class="crayons-btn">Create account</a> <a href="/enter" class="crayons-btn crayons-btn--ghost">Log in</a></div></div>
    <script>document.body.dataset.loaded = "true";</script>
  </body>
</html>
"""


def datadesk(art):
    """A Quarto website (Bootstrap theme): title block, level2 sections, appendix, listing."""
    base = "https://datadesk.marrowby.example"
    url = f"{base}/stories/2025-04-ambulance-response/"
    ps = art["paragraphs"]
    out = []
    open_section = False
    for i, para in enumerate(ps):
        if para.startswith("## "):
            text = para[3:]
            anchor = "-".join("".join(c for c in text.lower() if c.isalnum() or c == " ").split())
            if open_section:
                out.append("</section>")
            out.append(
                f'<section id="{anchor}" class="level2">\n<h2 class="anchored" data-anchor-id="{anchor}">{e(text)}</h2>'
            )
            open_section = True
        else:
            out.append(f"<p>{e(para)}</p>")
        if i == 1:
            out.append(
                '<div class="cell" data-layout-align="default">\n<div class="cell-output-display">\n<div id="fig-median" class="quarto-float quarto-figure quarto-figure-center anchored">\n<figure class="quarto-float quarto-float-fig figure">\n<div aria-describedby="fig-median-caption-0ceaefa1-69ba-4598-a22c-09a6ac19f8ca">\n<img src="index_files/figure-html/fig-median-1.png" class="img-fluid figure-img" width="672">\n</div>\n<figcaption class="quarto-float-caption-bottom quarto-float-caption quarto-float-fig" id="fig-median-caption-0ceaefa1-69ba-4598-a22c-09a6ac19f8ca">\nFigure&nbsp;1: Median response time to urgent calls in town and rural areas, 2016 to 2024. Source: Marrowby County Ambulance Service dispatch records.\n</figcaption>\n</figure>\n</div>\n</div>\n</div>'
            )
        if i == 5:
            out.append(
                '<div class="callout callout-style-default callout-tip callout-titled">\n<div class="callout-header d-flex align-content-center">\n<div class="callout-icon-container">\n<i class="callout-icon"></i>\n</div>\n<div class="callout-title-container flex-fill">\nGet our stories by email\n</div>\n</div>\n<div class="callout-body-container callout-body">\n<p>The Data Desk sends one email a fortnight with our latest investigations and the data behind them. <a href="../../newsletter/">Sign up for free</a>.</p>\n</div>\n</div>'
            )
    out.append("</section>")
    body = "\n".join(out)
    toc = "".join(
        f'<li><a href="#{a}" id="toc-{a}" class="nav-link{" active" if j == 0 else ""}" data-scroll-target="#{a}">{e(t)}</a></li>'
        for j, (t, a) in enumerate(
            (p[3:], "-".join("".join(c for c in p[3:].lower() if c.isalnum() or c == " ").split()))
            for p in ps
            if p.startswith("## ")
        )
    )
    listing = "".join(
        f'<div class="quarto-post image-right" data-index="{i}" data-categories="{c}" data-listing-date-sort="{s}" data-listing-file-modified-sort="{s}" data-listing-date-modified-sort="NaN" data-listing-reading-time-sort="{4 + i}" data-listing-word-count-sort="{900 + i * 120}"><div class="thumbnail"><a href="../../stories/{h}/" class="no-external"><p class="card-img-top"><img src="../../stories/{h}/thumbnail.png" class="thumbnail-image card-img"></p></a></div><div class="body"><h3 class="no-anchor listing-title"><a href="../../stories/{h}/" class="no-external">{e(t)}</a></h3><div class="listing-categories"><div class="listing-category" onclick="window.quartoListingCategory(\'{c}\'); return false;">{c}</div></div><div class="delink listing-description"><a href="../../stories/{h}/" class="no-external">{e(x)}</a></div></div><div class="metadata"><a href="../../stories/{h}/" class="no-external"><div class="listing-date">{d}</div><div class="listing-author">{e(au)}</div></a></div></div>'
        for i, (h, t, x, c, d, s, au) in enumerate(
            [
                (
                    "2025-03-bus-cuts",
                    "One in five rural bus stops in Marrowby has lost its service since 2019",
                    "We mapped every timetable change the county approved in six years. The villages hit hardest are also the ones with the oldest residents.",
                    "transport",
                    "Mar 12, 2025",
                    "1741737600000",
                    "Lena Bright",
                ),
                (
                    "2025-02-school-roofs",
                    "Forty schools are waiting for roof repairs the county says are urgent",
                    "Inspection reports obtained by the Data Desk show leaks in classrooms, halls and two kitchens.",
                    "education",
                    "Feb 20, 2025",
                    "1740009600000",
                    "Tomás Ellery",
                ),
            ]
        )
    )
    return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en"><head>

<meta charset="utf-8">
<meta name="generator" content="quarto-1.6.39">

<meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=yes">

<meta name="author" content="{e(art["author"])}">
<meta name="dcterms.date" content="{art["date"]}">
<meta name="description" content="Urgent calls in the county's upland parishes now wait far longer for an ambulance than calls in its towns.">

<title>{e(art["title"])} – Marrowby Data Desk</title>
<style>
code{{white-space: pre-wrap;}}
span.smallcaps{{font-variant: small-caps;}}
div.columns{{display: flex; gap: min(4vw, 1.5em);}}
div.column{{flex: auto; overflow-x: auto;}}
div.hanging-indent{{margin-left: 1.5em; text-indent: -1.5em;}}
ul.task-list{{list-style: none;}}
</style>


<script src="../../site_libs/quarto-nav/quarto-nav.js"></script>
<script src="../../site_libs/quarto-nav/headroom.min.js"></script>
<script src="../../site_libs/clipboard/clipboard.min.js"></script>
<script src="../../site_libs/quarto-search/autocomplete.umd.js"></script>
<script src="../../site_libs/quarto-search/fuse.min.js"></script>
<script src="../../site_libs/quarto-search/quarto-search.js"></script>
<meta name="quarto:offset" content="../../">
<script src="../../site_libs/quarto-listing/list.min.js"></script>
<script src="../../site_libs/quarto-listing/quarto-listing.js"></script>
<script src="../../site_libs/quarto-html/quarto.js"></script>
<script src="../../site_libs/quarto-html/popper.min.js"></script>
<script src="../../site_libs/quarto-html/tippy.umd.min.js"></script>
<script src="../../site_libs/quarto-html/anchor.min.js"></script>
<link href="../../site_libs/quarto-html/tippy.css" rel="stylesheet">
<link href="../../site_libs/quarto-html/quarto-syntax-highlighting-2f5df379a58b258e96c21c0638c20c03.css" rel="stylesheet" id="quarto-text-highlighting-styles">
<script src="../../site_libs/bootstrap/bootstrap.min.js"></script>
<link href="../../site_libs/bootstrap/bootstrap-icons.css" rel="stylesheet">
<link href="../../site_libs/bootstrap/bootstrap-a1c4b5e2d3f67890.min.css" rel="stylesheet" append-hash="true" id="quarto-bootstrap" data-mode="light">
<script id="quarto-search-options" type="application/json">{{
  "location": "navbar",
  "copy-button": false,
  "collapse-after": 3,
  "panel-placement": "end",
  "type": "overlay",
  "limit": 50,
  "keyboard-shortcut": [
    "f",
    "/",
    "s"
  ],
  "show-item-context": false,
  "language": {{
    "search-no-results-text": "No results",
    "search-matching-documents-text": "matching documents",
    "search-copy-link-title": "Copy link to search",
    "search-hide-matches-text": "Hide additional matches",
    "search-more-match-text": "more match in this document",
    "search-more-matches-text": "more matches in this document",
    "search-clear-button-title": "Clear",
    "search-text-placeholder": "",
    "search-detached-cancel-button-title": "Cancel",
    "search-submit-button-title": "Submit",
    "search-label": "Search"
  }}
}}</script>
<script async="" src="https://www.googletagmanager.com/gtag/js?id=G-0000000000"></script>
<script type="text/javascript">
window.dataLayer = window.dataLayer || [];
function gtag(){{dataLayer.push(arguments);}}
gtag('js', new Date());
gtag('config', 'G-0000000000', {{ 'anonymize_ip': true}});
</script>

<meta property="og:title" content="{e(art["title"])} – Marrowby Data Desk">
<meta property="og:description" content="Urgent calls in the county's upland parishes now wait far longer for an ambulance than calls in its towns.">
<meta property="og:image" content="{base}/stories/2025-04-ambulance-response/index_files/figure-html/fig-median-1.png">
<meta property="og:site_name" content="Marrowby Data Desk">
<meta name="twitter:card" content="summary_large_image">
</head>

<body class="nav-fixed">

<div id="quarto-search-results"></div>
  <header id="quarto-header" class="headroom fixed-top">
    <nav class="navbar navbar-expand-lg " data-bs-theme="dark">
      <div class="navbar-container container-fluid">
      <div class="navbar-brand-container mx-auto">
    <a href="../../index.html" class="navbar-brand navbar-brand-logo">
    <img src="../../images/mdd-logo.png" alt="" class="navbar-logo">
    </a>
    <a class="navbar-brand" href="../../index.html">
    <span class="navbar-title">Marrowby Data Desk</span>
    </a>
  </div>
            <div id="quarto-search" class="" title="Search"></div>
          <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#navbarCollapse" aria-controls="navbarCollapse" role="menu" aria-expanded="false" aria-label="Toggle navigation" onclick="if (window.quartoToggleHeadroom) {{ window.quartoToggleHeadroom(); }}">
  <span class="navbar-toggler-icon"></span>
</button>
          <div class="collapse navbar-collapse" id="navbarCollapse">
            <ul class="navbar-nav navbar-nav-scroll me-auto">
  <li class="nav-item">
    <a class="nav-link" href="../../index.html">
<span class="menu-text">Stories</span></a>
  </li>
  <li class="nav-item">
    <a class="nav-link" href="../../data/index.html">
<span class="menu-text">Data library</span></a>
  </li>
  <li class="nav-item">
    <a class="nav-link" href="../../about.html">
<span class="menu-text">About</span></a>
  </li>
  <li class="nav-item">
    <a class="nav-link" href="../../support.html">
<span class="menu-text">Support us</span></a>
  </li>
</ul>
            <ul class="navbar-nav navbar-nav-scroll ms-auto">
  <li class="nav-item compact">
    <a class="nav-link" href="https://code.marrowby.example/datadesk"> <i class="bi bi-github" role="img" aria-label="Source code">
</i>
<span class="menu-text"></span></a>
  </li>
  <li class="nav-item compact">
    <a class="nav-link" href="../../index.xml"> <i class="bi bi-rss" role="img" aria-label="RSS feed">
</i>
<span class="menu-text"></span></a>
  </li>
</ul>
          </div> <!-- /navcollapse -->
            <div class="quarto-navbar-tools">
</div>
      </div> <!-- /container-fluid -->
    </nav>
</header>
<!-- content -->
<div class="support-banner">The Marrowby Data Desk is a nonprofit newsroom funded by readers. <a href="../../support.html">Become a member from £3 a month.</a></div>
<header id="title-block-header" class="quarto-title-block default page-columns page-full">
  <div class="quarto-title-banner page-columns page-full">
    <div class="quarto-title column-body">
      <h1 class="title">{e(art["title"])}</h1>
                  <div>
        <div class="description">
          Urgent calls in the county's upland parishes now wait far longer for an ambulance than calls in its towns.
        </div>
      </div>
                          <div class="quarto-categories">
                <div class="quarto-category">health</div>
                <div class="quarto-category">emergency services</div>
              </div>
                  </div>
  </div>


  <div class="quarto-title-meta">

      <div>
      <div class="quarto-title-meta-heading">Author</div>
      <div class="quarto-title-meta-contents">
               <p>{e(art["author"])} </p>
            </div>
    </div>

      <div>
      <div class="quarto-title-meta-heading">Published</div>
      <div class="quarto-title-meta-contents">
        <p class="date">April 2, 2025</p>
      </div>
    </div>

      <div>
      <div class="quarto-title-meta-heading">Modified</div>
      <div class="quarto-title-meta-contents">
        <p class="date-modified">April 3, 2025</p>
      </div>
    </div>

    </div>


  </header><div id="quarto-content" class="quarto-container page-columns page-rows-contents page-layout-article page-navbar">
<!-- sidebar -->
<!-- margin-sidebar -->
    <div id="quarto-margin-sidebar" class="sidebar margin-sidebar">
        <nav id="TOC" role="doc-toc" class="toc-active">
    <h2 id="toc-title">On this page</h2>

  <ul>{toc}</ul>
<div class="toc-actions"><ul><li><a href="https://code.marrowby.example/datadesk/edit/main/stories/2025-04-ambulance-response/index.qmd" class="toc-action"><i class="bi bi-github"></i>Edit this page</a></li><li><a href="https://code.marrowby.example/datadesk/issues/new" class="toc-action"><i class="bi empty"></i>Report an issue</a></li></ul></div></nav>
    </div>
<!-- main -->
<main class="content quarto-banner-title-block" id="quarto-document-content">





{body}
<section id="more-from-the-data-desk" class="level2 unlisted">
<h2 class="unlisted anchored" data-anchor-id="more-from-the-data-desk">More from the Data Desk</h2>
<div id="listing-listing" class="quarto-listing quarto-listing-container-default">
<div class="list quarto-listing-default">
{listing}
</div>
</div>
</section>

<div id="quarto-appendix" class="default"><section class="quarto-appendix-contents" id="quarto-reuse"><h2 class="anchored quarto-appendix-heading">Reuse</h2><div class="quarto-appendix-contents"><div><a rel="license" href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a></div></div></section><section class="quarto-appendix-contents" id="quarto-citation"><h2 class="anchored quarto-appendix-heading">Citation</h2><div><div class="quarto-appendix-secondary-label">BibTeX citation:</div><pre class="sourceCode code-with-copy quarto-appendix-bibtex"><code class="sourceCode bibtex">@online{{ellery2025,
  author = {{Ellery, Tomás}},
  title = {{Ambulances in Rural {{Marrowby}} {{County}} Now Take 18\\% Longer to Arrive}},
  date = {{2025-04-02}},
  url = {{{url}}},
  langid = {{en}}
}}
</code></pre><div class="quarto-appendix-secondary-label">For attribution, please cite this work as:</div><div id="ref-ellery2025" class="csl-entry quarto-appendix-citeas" role="listitem">
Ellery, Tomás. 2025. <span>“Ambulances in Rural Marrowby County Now Take 18% Longer to Arrive.”</span> April 2, 2025. <a href="{url}">{url}</a>.
</div></div></section></div></main> <!-- /main -->
<script id="quarto-html-after-body" type="application/javascript">
window.document.addEventListener("DOMContentLoaded", function (event) {{
  const toggleBodyColorMode = (bsSheetEl) => {{
    const mode = bsSheetEl.getAttribute("data-mode");
    const bodyEl = window.document.querySelector("body");
    if (mode === "dark") {{ bodyEl.classList.add("quarto-dark"); bodyEl.classList.remove("quarto-light"); }} else {{ bodyEl.classList.add("quarto-light"); bodyEl.classList.remove("quarto-dark"); }}
  }}
  const icon = "";
  const anchorJS = new window.AnchorJS();
  anchorJS.options = {{ placement: 'right', icon: icon }};
  anchorJS.add('.anchored');
  const isCodeAnnotation = (el) => {{ for (const clz of el.classList) {{ if (clz.startsWith('code-annotation-')) {{ return true; }} }} return false; }}
}});
</script>
</div> <!-- /content -->
<footer class="footer">
  <div class="nav-footer">
    <div class="nav-footer-left">
<p>© 2025 Marrowby Data Desk, a nonprofit newsroom. Registered charity no. 1190000. Stories are licensed CC BY 4.0.</p>
</div>
    <div class="nav-footer-center">
      &nbsp;
    </div>
    <div class="nav-footer-right">
<p>Built with <a href="https://quarto.org/">Quarto</a></p>
</div>
  </div>
</footer>




</body></html>
"""


def coop(art):
    """Shopify with the Dawn theme: a blog article template."""
    site = "https://wendlevale.example"
    url = f"{site}/blogs/news/our-cider-press-is-back"
    cdn = "//wendlevale.example/cdn/shop/t/4/assets"
    sec = "template--17301234567890__main"
    body = paras(art, h="h3")
    cur = (' aria-current="page"', ' class="header__active-menu-item"')
    menu = "".join(
        f'<li><a id="HeaderMenu-{t.lower().replace(" ", "-")}" href="{h}" class="header__menu-item list-menu__item link link--text focus-inset"{cur[0] if t == "News" else ""}><span{cur[1] if t == "News" else ""}>{t}</span></a></li>'
        for t, h in [
            ("Shop", "/collections/all"),
            ("Pressing days", "/pages/pressing-days"),
            ("Orchards", "/pages/orchards"),
            ("News", "/blogs/news"),
            ("Become a member", "/pages/membership"),
            ("Contact", "/pages/contact"),
        ]
    )
    comments_html = "".join(
        f'<div class="article-template__comments-comment"><p>{e(t)}</p><p class="circle-divider caption">{e(n)} <span><time datetime="2025-09-{18 + i}T1{i}:20:00Z">September {18 + i}, 2025</time></span></p></div>'
        for i, (n, t) in enumerate(
            [
                (
                    "Hugh Penrose",
                    "Wonderful news. We have been pressing at the co-op since the children were small and missed it terribly last autumn. Booked for the 11th!",
                ),
                (
                    "Annie Colbert",
                    "Is there still space for a group from the primary school on a weekday? The Year 5 class would love to see the press working.",
                ),
            ]
        )
    )
    products = "".join(
        f'<li id="Slide-template--17301234567890__featured_collection-{i}" class="grid__item"><div class="card-wrapper product-card-wrapper underline-links-hover"><div class="card card--standard card--media" style="--ratio-percent: 100.0%;"><div class="card__inner color-scheme-2 gradient ratio" style="--ratio-percent: 100.0%;"><div class="card__media"><div class="media media--transparent media--hover-effect"><img srcset="//wendlevale.example/cdn/shop/files/{h}.jpg?v=1726000000&amp;width=165 165w, //wendlevale.example/cdn/shop/files/{h}.jpg?v=1726000000&amp;width=360 360w" src="//wendlevale.example/cdn/shop/files/{h}.jpg?v=1726000000&amp;width=533" sizes="(min-width: 1200px) 267px, (min-width: 990px) calc((100vw - 130px) / 4), (min-width: 750px) calc((100vw - 120px) / 3), calc((100vw - 35px) / 2)" alt="{e(t)}" class="motion-reduce" loading="lazy" width="1000" height="1000"></div></div></div><div class="card__content"><div class="card__information"><h3 class="card__heading h5" id="title-template--17301234567890__featured_collection-{i}"><a href="/products/{h}" id="CardLink-template--17301234567890__featured_collection-{i}" class="full-unstyled-link" aria-labelledby="CardLink-template--17301234567890__featured_collection-{i} Badge-template--17301234567890__featured_collection-{i}">{e(t)}</a></h3><div class="card-information"><span class="caption-large light"></span><div class="price "><div class="price__container"><div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span><span class="price-item price-item--regular">{p}</span></div></div></div></div></div></div></div></div></li>'
        for i, (h, t, p) in enumerate(
            [
                ("dry-cider-75cl", "Wendle Vale Dry Cider, 75cl", "£7.50 GBP"),
                ("apple-juice-1l", "Pressed Apple Juice, 1 litre", "£3.80 GBP"),
                ("pressing-day-gift-voucher", "Pressing Day Gift Voucher", "£25.00 GBP"),
                ("orchard-tea-towel", "Orchard Map Tea Towel", "£9.00 GBP"),
            ],
            1,
        )
    )
    return f"""<!doctype html>
<html class="js" lang="en">
  <head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width,initial-scale=1">
    <meta name="theme-color" content="">
    <link rel="canonical" href="{url}"><link rel="preconnect" href="https://cdn.shopify.com" crossorigin><title>
      {e(art["title"])}
 &ndash; Wendle Vale Orchard Co-op</title>
      <meta name="description" content="After eleven months of repairs, the Wendle Vale Orchard Co-operative's community cider press is working again.">
<meta property="og:site_name" content="Wendle Vale Orchard Co-op">
<meta property="og:url" content="{url}">
<meta property="og:title" content="{e(art["title"])}">
<meta property="og:type" content="article">
<meta name="twitter:card" content="summary_large_image">
    <script src="{cdn}/constants.js?v=132983761750457495441726000000" defer="defer"></script>
    <script src="{cdn}/pubsub.js?v=158357773527763999511726000000" defer="defer"></script>
    <script src="{cdn}/global.js?v=88558128918567037191726000000" defer="defer"></script>
    <script src="{cdn}/details-disclosure.js?v=13653116266235556501726000000" defer="defer"></script>
    <script src="{cdn}/details-modal.js?v=25581673532751508451726000000" defer="defer"></script>
    <script src="{cdn}/search-form.js?v=133129549252120666541726000000" defer="defer"></script>
    <script>window.performance && window.performance.mark && window.performance.mark('shopify.content_for_header.start');</script><meta id="shopify-digital-wallet" name="shopify-digital-wallet" content="/61234567890/digital_wallets/dialog">
<link rel="alternate" type="application/atom+xml" title="Feed" href="/blogs/news.atom" />
<script async="async" src="/checkouts/internal/preloads.js?locale=en-GB"></script>
<script id="shopify-features" type="application/json">{{"accessToken":"3f9d1c0a7b6e5d4c3b2a1f0e9d8c7b6a","betas":["rich-media-storefront-analytics"],"domain":"wendlevale.example","predictiveSearch":true,"shopId":61234567890,"locale":"en"}}</script>
<script>var Shopify = Shopify || {{}};
Shopify.shop = "wendle-vale-orchard.myshopify.com";
Shopify.locale = "en";
Shopify.currency = {{"active":"GBP","rate":"1.0"}};
Shopify.country = "GB";
Shopify.theme = {{"name":"Dawn","id":131234567890,"schema_name":"Dawn","schema_version":"15.2.0","theme_store_id":887,"role":"main"}};
Shopify.theme.handle = "null";
Shopify.theme.style = {{"id":null,"handle":null}};
Shopify.cdnHost = "wendlevale.example/cdn";
Shopify.routes = Shopify.routes || {{}};
Shopify.routes.root = "/";</script>
<script>window.performance && window.performance.mark && window.performance.mark('shopify.content_for_header.end');</script>
    <style data-shopify>
      @font-face {{ font-family: Assistant; font-weight: 400; font-style: normal; font-display: swap; src: url("//wendlevale.example/cdn/fonts/assistant/assistant_n4.9120912a469cad1cc292572851508ca49d12e768.woff2") format("woff2"); }}
      :root {{ --font-body-family: Assistant, sans-serif; --font-body-style: normal; --font-body-weight: 400; --page-width: 120rem; --page-width-margin: 0rem; }}
    </style>
    <link href="{cdn}/base.css?v=144968985024194912401726000000" rel="stylesheet" type="text/css" media="all" />
    <link rel="stylesheet" href="{cdn}/component-predictive-search.css?v=118923337488134913561726000000" media="print" onload="this.media='all'">
  </head>
  <body class="gradient">
    <a class="skip-to-content-link button visually-hidden" href="#MainContent">
      Skip to content
    </a>
<!-- BEGIN sections: header-group -->
<div id="shopify-section-sections--17301234567891__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section"><link href="{cdn}/component-slideshow.css?v=41568389003077754171726000000" rel="stylesheet" type="text/css" media="all" />
<div class="utility-bar color-scheme-4 gradient utility-bar--bottom-border"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region" aria-label="Announcement"><div class="page-width"><p class="announcement-bar__message h5"><span>Pressing days are back from October 4 &ndash; members book free of charge online</span></p></div></div></div></div>
</div><div id="shopify-section-sections--17301234567891__header" class="shopify-section shopify-section-group-header-group section-header"><link rel="stylesheet" href="{cdn}/component-list-menu.css?v=151968516119678728991726000000" media="print" onload="this.media='all'">
<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left header--mobile-center page-width header--has-menu header--has-social header--has-account">
<header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container"><summary class="header__icon header__icon--menu header__icon--summary link focus-inset" aria-label="Menu"><span><svg xmlns="http://www.w3.org/2000/svg" fill="none" class="icon icon-hamburger" viewBox="0 0 18 16"><path fill="currentColor" d="M1 .5a.5.5 0 1 0 0 1h15.71a.5.5 0 0 0 0-1zM.5 8a.5.5 0 0 1 .5-.5h15.71a.5.5 0 0 1 0 1H1A.5.5 0 0 1 .5 8m0 7a.5.5 0 0 1 .5-.5h15.71a.5.5 0 0 1 0 1H1a.5.5 0 0 1-.5-.5"/></svg></span></summary><div id="menu-drawer" class="gradient menu-drawer motion-reduce color-scheme-1"><div class="menu-drawer__inner-container"><div class="menu-drawer__navigation-container"><nav class="menu-drawer__navigation"><ul class="menu-drawer__menu has-submenu list-menu" role="list">{menu}</ul></nav><div class="menu-drawer__utility-links"><a href="/account/login" class="menu-drawer__account link focus-inset h5 medium-hide large-up-hide">Log in</a></div></div></div></div></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper"><img src="//wendlevale.example/cdn/shop/files/wendle-logo.png?v=1700000000&amp;width=600" alt="Wendle Vale Orchard Co-op" srcset="//wendlevale.example/cdn/shop/files/wendle-logo.png?v=1700000000&amp;width=150 150w, //wendlevale.example/cdn/shop/files/wendle-logo.png?v=1700000000&amp;width=225 225w" width="150" height="60.0" loading="eager" class="header__heading-logo motion-reduce" sizes="(max-width: 300px) 50vw, 150px"></div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">{menu}</ul></nav>
<div class="header__icons header__icons--localization header-localization">
<details-modal class="header__search"><details><summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search"><span><svg xmlns="http://www.w3.org/2000/svg" fill="none" class="icon icon-search" viewBox="0 0 18 19"><path fill="currentColor" fill-rule="evenodd" d="M11.03 11.68A5.784 5.784 0 1 1 2.85 3.5a5.784 5.784 0 0 1 8.18 8.18"/></svg></span></summary><div class="search-modal modal__content gradient" role="dialog" aria-modal="true" aria-label="Search"><div class="modal-overlay"></div><div class="search-modal__content search-modal__content-bottom" tabindex="-1"><predictive-search class="search-modal__form" data-loading-text="Loading..."><form action="/search" method="get" role="search" class="search search-modal__form"><div class="field"><input class="search__input field__input" id="Search-In-Modal" type="search" name="q" value="" placeholder="Search" role="combobox" aria-expanded="false" aria-owns="predictive-search-results" aria-controls="predictive-search-results" aria-haspopup="listbox" aria-autocomplete="list" autocorrect="off" autocomplete="off" autocapitalize="off" spellcheck="false"><label class="field__label" for="Search-In-Modal">Search</label><input type="hidden" name="options[prefix]" value="last"><button class="search__button field__button" aria-label="Search"><svg class="icon icon-search" viewBox="0 0 18 19"><path d="M11.03 11.68"/></svg></button></div><div class="predictive-search predictive-search--header" tabindex="-1" data-predictive-search><div class="predictive-search__loading-state"><svg class="spinner" viewBox="0 0 66 66"><circle stroke-width="6" cx="33" cy="33" r="30" fill="none" class="path"></circle></svg></div></div><span class="predictive-search-status visually-hidden" role="status" aria-hidden="true"></span></form></predictive-search><button type="button" class="search-modal__close-button modal__close-button link link--text focus-inset" aria-label="Close"><svg class="icon icon-close" viewBox="0 0 18 17"><path d="M.865 15.978"/></svg></button></div></div></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><svg xmlns="http://www.w3.org/2000/svg" fill="none" class="icon icon-account" viewBox="0 0 18 19"><path fill="currentColor" d="M6 4.5a3 3 0 1 1 6 0 3 3 0 0 1-6 0"/></svg><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><svg xmlns="http://www.w3.org/2000/svg" fill="none" class="icon icon-cart-empty" viewBox="0 0 40 40"><path fill="currentColor" d="m15.75 11.8h-3.16l-.77 11.6"/></svg><span class="visually-hidden">Cart</span></a>
</div></header></sticky-header>
<script type="application/ld+json">{{"@context": "http://schema.org","@type": "Organization","name": "Wendle Vale Orchard Co-op","logo": "https:\\/\\/wendlevale.example\\/cdn\\/shop\\/files\\/wendle-logo.png?v=1700000000\\u0026width=500","url": "https:\\/\\/wendlevale.example"}}</script>
</div>
<!-- END sections: header-group -->
    <main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
      <section id="shopify-section-{sec}" class="shopify-section section"><link href="{cdn}/section-blog-post.css?v=48403929069050597661726000000" rel="stylesheet" type="text/css" media="all" />
<article class="article-template" itemscope itemtype="http://schema.org/BlogPosting"><div class="article-template__hero-container">
          <div class="article-template__hero-medium media" itemprop="image" style="padding-bottom: 66.66666666666667%;">
            <img srcset="//wendlevale.example/cdn/shop/articles/cider-press-rebuilt.jpg?v=1726650000&amp;width=350 350w, //wendlevale.example/cdn/shop/articles/cider-press-rebuilt.jpg?v=1726650000&amp;width=750 750w, //wendlevale.example/cdn/shop/articles/cider-press-rebuilt.jpg?v=1726650000&amp;width=1100 1100w" sizes="(min-width: 1200px) 1100px, (min-width: 750px) calc(100vw - 10rem), 100vw" src="//wendlevale.example/cdn/shop/articles/cider-press-rebuilt.jpg?v=1726650000&amp;width=1100" loading="eager" fetchpriority="high" width="1100" height="733" alt="The rebuilt cider press in the cart shed">
          </div>
        </div><header class="page-width page-width--narrow">
          <h1 class="article-template__title" itemprop="headline">{e(art["title"])}</h1>
            <span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished"><time datetime="{art["date"]}T09:00:00Z">September 18, 2025</time></span>
            <span class="caption-with-letter-spacing" itemprop="author">by {e(art["author"])}</span>
        </header><div class="article-template__social-sharing page-width page-width--narrow">
          <share-button id="Share-{sec}" class="share-button quick-add-hidden">
            <button class="share-button__button hidden"><svg class="icon icon-share" viewBox="0 0 13 12"><path d="M1.625 8.125V10.2"/></svg>Share</button>
            <details id="Details-share-{sec}">
              <summary class="share-button__button"><svg class="icon icon-share" viewBox="0 0 13 12"><path d="M1.625 8.125V10.2"/></svg>Share</summary>
              <div class="share-button__fallback motion-reduce">
                <div class="field">
                  <span id="ShareMessage-{sec}" class="share-button__message hidden" role="status"></span>
                  <input type="text" class="field__input" id="ShareUrl-{sec}" value="{url}" placeholder="Link" onclick="this.select();" readonly>
                  <label class="field__label" for="ShareUrl-{sec}">Link</label>
                </div>
                <button class="share-button__close hidden no-js-hidden"><svg class="icon icon-close" viewBox="0 0 18 17"><path d="M.865 15.978"/></svg><span class="visually-hidden">Close share</span></button>
                <button class="share-button__copy no-js-hidden"><svg class="icon icon-copy" viewBox="0 0 11 13"><path d="M2 1a1 1 0 0 1 1-1h7"/></svg><span class="visually-hidden">Copy link</span></button>
              </div>
            </details>
          </share-button>
          <script src="{cdn}/share.js?v=13024540447964430191726000000" defer="defer"></script>
        </div><div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
            {body}
          </div><div class="article-template__back element-margin-top center">
    <a href="/blogs/news" class="article-template__link link animate-arrow"><span class="icon-wrap"><svg xmlns="http://www.w3.org/2000/svg" fill="none" class="icon icon-arrow" viewBox="0 0 14 10"><path fill="currentColor" d="M8.537.808a.5.5 0 0 1 .817-.162l4 4"/></svg></span>Back to blog</a>
  </div><div class="article-template__comment-wrapper background-secondary">
      <div id="comments" class="page-width page-width--narrow"><h2 id="Comments-{sec}">2 comments</h2><div class="article-template-comments">{comments_html}</div><form method="post" action="/blogs/news/our-cider-press-is-back/comments#comment_form" id="comment_form" accept-charset="UTF-8" class="comment-form"><input type="hidden" name="form_type" value="new_comment" /><input type="hidden" name="utf8" value="✓" /><h2>Leave a comment</h2>
          <div class="article-template__comment-fields">
            <div class="field field--with-error"><input type="text" name="comment[author]" id="CommentForm-author" class="field__input" autocomplete="name" value="" aria-required="true" required placeholder="Name"><label class="field__label" for="CommentForm-author">Name <span aria-hidden="true">*</span></label></div>
            <div class="field field--with-error"><input type="email" name="comment[email]" id="CommentForm-email" autocomplete="email" class="field__input" value="" autocorrect="off" autocapitalize="off" aria-required="true" required placeholder="Email"><label class="field__label" for="CommentForm-email">Email <span aria-hidden="true">*</span></label></div>
          </div>
          <div class="field field--with-error"><textarea rows="5" id="CommentForm-body" class="text-area field__input" name="comment[body]" aria-required="true" required placeholder="Comment"></textarea><label class="form__label field__label" for="CommentForm-body">Comment <span aria-hidden="true">*</span></label></div>
          <p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p>
          <input type="submit" class="button" value="Post comment"></form></div>
    </div></article>

<script type="application/ld+json">{json.dumps({"@context": "http://schema.org/", "@type": "Article", "articleBody": " ".join(p.lstrip("#- ") for p in art["paragraphs"])[:320] + "...", "mainEntityOfPage": {"@type": "WebPage", "@id": url}, "headline": art["title"], "datePublished": art["date"] + "T09:00:00Z", "author": {"@type": "Person", "name": art["author"]}, "publisher": {"@type": "Organization", "name": "Wendle Vale Orchard Co-op"}})}</script>
</section><section id="shopify-section-template--17301234567890__featured_collection" class="shopify-section section"><div class="color-scheme-1 isolate gradient"><div class="collection section-template--17301234567890__featured_collection-padding"><div class="collection__title title-wrapper title-wrapper--no-top-margin page-width"><h2 class="title inline-richtext h2 scroll-trigger animate--slide-in">From the farm shop</h2><div class="collection__description body rte scroll-trigger animate--slide-in"><p>Everything we sell is made from fruit grown in the vale's community orchards. Profits go back into looking after the trees.</p></div></div><slider-component class="slider-mobile-gutter page-width page-width-desktop scroll-trigger animate--slide-in"><ul id="Slider-template--17301234567890__featured_collection" class="grid product-grid contains-card contains-card--product contains-card--standard grid--4-col-desktop grid--2-col-tablet-down" role="list" aria-label="Slider">{products}</ul></slider-component><div class="center collection__view-all scroll-trigger animate--slide-in"><a href="/collections/all" class="button" id="ViewAll-template--17301234567890__featured_collection" aria-labelledby="ViewAll-template--17301234567890__featured_collection SectionHeading-template--17301234567890__featured_collection">View all</a></div></div></div></section>
    </main>
<!-- BEGIN sections: footer-group -->
<div id="shopify-section-sections--17301234567892__footer" class="shopify-section shopify-section-group-footer-group">
<link href="{cdn}/section-footer.css?v=60110173139531295301726000000" rel="stylesheet" type="text/css" media="all" />
<footer class="footer color-scheme-1 gradient section-sections--17301234567892__footer-padding"><div class="footer__content-top page-width"><div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet scroll-trigger animate--slide-in"><div class="footer-block grid__item scroll-trigger animate--slide-in"><h2 class="footer-block__heading inline-richtext">About the co-op</h2><div class="footer-block__details-content rte"><p>Wendle Vale Orchard Co-operative is owned by 380 members who look after eleven community orchards in the vale. Anyone who lives or works in the parish can join.</p></div></div><div class="footer-block grid__item footer-block--menu scroll-trigger animate--slide-in"><h2 class="footer-block__heading inline-richtext">Quick links</h2><ul class="footer-block__details-content list-unstyled"><li><a href="/search" class="link link--text list-menu__item list-menu__item--link">Search</a></li><li><a href="/pages/pressing-days" class="link link--text list-menu__item list-menu__item--link">Pressing days</a></li><li><a href="/pages/membership" class="link link--text list-menu__item list-menu__item--link">Membership</a></li><li><a href="/pages/delivery" class="link link--text list-menu__item list-menu__item--link">Delivery and collection</a></li></ul></div></div><div class="footer-block--newsletter scroll-trigger animate--slide-in"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Join our mailing list</h2><form method="post" action="/contact#ContactFooter" id="ContactFooter" accept-charset="UTF-8" class="footer__newsletter newsletter-form"><input type="hidden" name="form_type" value="customer" /><input type="hidden" name="utf8" value="✓" /><input type="hidden" name="contact[tags]" value="newsletter"><div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--sections--17301234567892__footer" type="email" name="contact[email]" class="field__input" value="" aria-required="true" autocorrect="off" autocapitalize="off" autocomplete="email" placeholder="Email" required><label class="field__label" for="NewsletterForm--sections--17301234567892__footer">Email</label><button type="submit" class="newsletter-form__button field__button" name="commit" id="Subscribe" aria-control="ContactFooter" aria-label="Subscribe"><svg class="icon icon-arrow" viewBox="0 0 14 10"><path d="M8.537.808"/></svg></button></div></div></form></div><ul class="footer__list-social list-unstyled list-social" role="list"><li class="list-social__item"><a href="https://www.instagram.com/wendlevalecoop" class="link list-social__link"><svg class="icon icon-instagram" viewBox="0 0 20 20"><path d="M13.23 3.492c-.84-.037"/></svg><span class="visually-hidden">Instagram</span></a></li><li class="list-social__item"><a href="https://www.facebook.com/wendlevalecoop" class="link list-social__link"><svg class="icon icon-facebook" viewBox="0 0 20 20"><path d="M18 10.049C18 5.603"/></svg><span class="visually-hidden">Facebook</span></a></li></ul></div></div>
<div class="footer__content-bottom scroll-trigger animate--slide-in"><div class="footer__content-bottom-wrapper page-width"><div class="footer__column footer__localization isolate"></div><div class="footer__column footer__column--info"><div class="footer__payment"><span class="visually-hidden">Payment methods</span><ul class="list list-payment" role="list"><li class="list-payment__item"><svg class="icon icon--full-color" viewBox="0 0 38 24" xmlns="http://www.w3.org/2000/svg" role="img" width="38" height="24" aria-labelledby="pi-master"><title id="pi-master">Mastercard</title><path opacity=".07" d="M35 0H3C1.3 0 0 1.3 0 3v18"/></svg></li><li class="list-payment__item"><svg class="icon icon--full-color" viewBox="0 0 38 24" xmlns="http://www.w3.org/2000/svg" role="img" width="38" height="24" aria-labelledby="pi-visa"><title id="pi-visa">Visa</title><path opacity=".07" d="M35 0H3C1.3 0 0 1.3 0 3v18"/></svg></li><li class="list-payment__item"><svg class="icon icon--full-color" xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 38 24" width="38" height="24" aria-labelledby="pi-shopify_pay"><title id="pi-shopify_pay">Shop Pay</title><path opacity=".07" d="M35 0H3C1.3 0 0 1.3 0 3v18"/></svg></li></ul></div></div><div class="footer__copyright caption"><small class="copyright__content">&copy; 2025, <a href="/" title="">Wendle Vale Orchard Co-op</a></small><small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore">Powered by Shopify</a></small><ul class="policies list-unstyled"><li><a href="/policies/privacy-policy">Privacy policy</a></li><li><a href="/policies/refund-policy">Refund policy</a></li><li><a href="/policies/terms-of-service">Terms of service</a></li><li><a href="/policies/contact-information">Contact information</a></li></ul></div></div></div>
</footer>
</div>
<!-- END sections: footer-group -->
    <ul hidden>
      <li id="a11y-refresh-page-message">Choosing a selection results in a full page refresh.</li>
      <li id="a11y-new-window-message">Opens in a new window.</li>
    </ul>
    <script>
      window.shopUrl = '{site}';
      window.routes = {{ cart_add_url: '/cart/add', cart_change_url: '/cart/change', cart_update_url: '/cart/update', cart_url: '/cart', predictive_search_url: '/search/suggest' }};
      window.cartStrings = {{ error: `There was an error while updating your cart. Please try again.`, quantityError: `You can only add [quantity] of this item to your cart.` }};
      window.variantStrings = {{ addToCart: `Add to cart`, soldOut: `Sold out`, unavailable: `Unavailable`, unavailable_with_option: `[value] - Unavailable` }};
    </script>
    <div id="shopify-pc__banner" class="shopify-pc__banner__dialog" role="alertdialog" aria-labelledby="shopify-pc__banner__body-title" aria-describedby="shopify-pc__banner__body-policy-link"><div class="shopify-pc__banner__body"><h2 class="shopify-pc__banner__body-title" id="shopify-pc__banner__body-title">Cookie policy</h2><p id="shopify-pc__banner__body-policy-link">We use cookies and similar technologies to give you a better experience, improve performance, analyse traffic and personalise content. By continuing to browse this website you agree to our use of cookies. <a href="/policies/privacy-policy" target="_blank" rel="noopener" aria-label="Privacy Policy, opens in new window">Privacy Policy</a></p></div><div class="shopify-pc__banner__btns"><button type="button" class="shopify-pc__banner__btn-manage-prefs" id="shopify-pc__banner__btn-manage-prefs">Manage preferences</button><button type="button" class="shopify-pc__banner__btn-decline" id="shopify-pc__banner__btn-decline">Decline</button><button type="button" class="shopify-pc__banner__btn-accept" id="shopify-pc__banner__btn-accept">Accept</button></div></div>
  </body>
</html>
"""


def countyweekly(art):
    """WordPress with the Twenty Twenty-One theme, Jetpack sharing, likes and related posts."""
    site = "https://fenwickledger.example"
    url = f"{site}/2025/07/24/fenwick-fire-station-vote/"

    def ad(n):
        return f'<div class="code-block code-block-{n}" style="margin: 8px 0; clear: both;"><p class="ad-label" style="font-size:11px;text-align:center;">ADVERTISEMENT</p><div id="ledger-inline-{n}" class="ledger-ad" data-slot="/21700000/fenwick/inline_{n}" style="min-height:250px;"></div></div>'

    pull = '<figure class="wp-block-pullquote"><blockquote><p>We are parking a 40-ton truck in a garage designed for a pickup.</p><cite>Fire Chief Darlene Vasko</cite></blockquote></figure>'
    related = '<p><strong>RELATED:</strong> <a href="/2025/05/02/fire-company-truck/">Fenwick fire company&#8217;s new engine barely fits through the station door</a></p>'
    body = paras(
        art,
        p='p class="wp-block-paragraph"',
        h='h2 class="wp-block-heading"',
        between={1: ad(1), 3: pull, 6: related, 8: ad(2)},
    )
    jprel = "".join(
        f'<div class="jp-relatedposts-post jp-relatedposts-post{i} jp-relatedposts-post-thumbs" data-post-id="{7700 + i}" data-post-format="false"><a class="jp-relatedposts-post-a" href="{site}/p/{7700 + i}/" title="{e(t)}" rel="nofollow" data-origin="7741" data-position="{i}"><img class="jp-relatedposts-post-img" loading="lazy" src="{site}/wp-content/uploads/2025/06/r{i}.jpg?resize=350%2C200&amp;ssl=1" width="350" height="200" alt="{e(t)}"></a><h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="{site}/p/{7700 + i}/" title="{e(t)}" rel="nofollow" data-origin="7741" data-position="{i}">{e(t)}</a></h4><p class="jp-relatedposts-post-excerpt">{e(x)}</p><p class="jp-relatedposts-post-date">{d}</p><p class="jp-relatedposts-post-context">In &quot;Township&quot;</p></div>'
        for i, (t, x, d) in enumerate(
            [
                (
                    "Fenwick fire company's new engine barely fits through the station door",
                    "Firefighters say they have to fold in the mirrors every time the truck leaves the Mill Street station.",
                    "May 2, 2025",
                ),
                (
                    "Township budget hearing draws questions about road repairs",
                    "Residents of Hollow Road asked supervisors why their street has been left off the paving list for a third year.",
                    "June 11, 2025",
                ),
                (
                    "Volunteer firefighters are getting older, and fewer young people are joining",
                    "The average age of Fenwick's active volunteers is now 51, up from 38 two decades ago.",
                    "March 19, 2025",
                ),
            ]
        )
    )
    cms = "".join(
        f'<li id="comment-{1201 + i}" class="comment {"even thread-even" if i % 2 == 0 else "odd alt thread-odd"} depth-1"><article id="div-comment-{1201 + i}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><img alt="" src="https://secure.gravatar.com/avatar/{i}?s=60&amp;d=mm&amp;r=g" class="avatar avatar-60 photo" height="60" width="60" loading="lazy" decoding="async"><b class="fn">{e(n)}</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="{url}#comment-{1201 + i}"><time datetime="2025-07-2{4 + i // 2}T2{i}:10:00-04:00">{d}</time></a></div></footer><div class="comment-content"><p>{e(t)}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{1201 + i}" data-commentid="{1201 + i}" data-postid="7741" data-belowelement="div-comment-{1201 + i}" data-respondelement="respond" aria-label="Reply to {e(n)}">Reply</a></div></article></li>'
        for i, (n, d, t) in enumerate(
            [
                (
                    "Marjorie Quill",
                    "July 24, 2025 at 8:10 pm",
                    "I was at the meeting. Chief Vasko made the best case I have heard in years, and I hope the grant writer finds the money quickly.",
                ),
                (
                    "Tom Bruckner",
                    "July 24, 2025 at 9:10 pm",
                    "Doubling the fire tax on people with fixed incomes is not a small thing. Glad the supervisors took a breath.",
                ),
                (
                    "R. Delacroix",
                    "July 25, 2025 at 6:10 am",
                    "Widening the door for $38,000 seems like money thrown away if we are building a new station in two years anyway.",
                ),
            ]
        )
    )
    return f"""<!doctype html>
<html lang="en-US" >
<head>
	<meta charset="UTF-8" />
	<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
	<title>{e(art["title"])} &#8211; The Fenwick Ledger</title>
	<link rel="canonical" href="{url}" />
	<meta property="og:locale" content="en_US" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="{e(art["title"])}" />
	<meta property="og:site_name" content="The Fenwick Ledger" />
	<meta property="article:published_time" content="{art["date"]}T09:05:00+00:00" />
	<meta name="author" content="{e(art["author"])}" />
	{news_ld(art, url, "The Fenwick Ledger", "en-US")}
<link rel='stylesheet' id='wp-block-library-css' href='{site}/wp-includes/css/dist/block-library/style.min.css?ver=6.7.1' media='all' />
<link rel='stylesheet' id='twenty-twenty-one-style-css' href='{site}/wp-content/themes/twentytwentyone/style.css?ver=2.4' media='all' />
<link rel='stylesheet' id='twenty-twenty-one-print-style-css' href='{site}/wp-content/themes/twentytwentyone/assets/css/print.css?ver=2.4' media='print' />
<link rel='stylesheet' id='jetpack_likes-css' href='{site}/wp-content/plugins/jetpack/modules/likes/style.css?ver=14.1' media='all' />
<link rel='stylesheet' id='sharedaddy-css' href='{site}/wp-content/plugins/jetpack/modules/sharedaddy/sharing.css?ver=14.1' media='all' />
<script src="https://securepubads.g.doubleclick.net/tag/js/gpt.js" async></script>
</head>

<body class="post-template-default single single-post postid-7741 single-format-standard wp-embed-responsive is-light-theme no-js singular has-main-navigation">
<div id="page" class="site">
	<a class="skip-link screen-reader-text" href="#content">
		Skip to content	</a>


<header id="masthead" class="site-header has-title-and-tagline has-menu">



<div class="site-branding">


						<p class="site-title"><a href="{site}/" rel="home">The Fenwick Ledger</a></p>

			<p class="site-description">
			Independent news for Fenwick Township and the Upper Dunmore Valley since 1911		</p>
	</div><!-- .site-branding -->

	<nav id="site-navigation" class="primary-navigation" aria-label="Primary menu">
		<div class="menu-button-container">
			<button id="primary-mobile-menu" class="button" aria-controls="primary-menu-list" aria-expanded="false">
				<span class="dropdown-icon open">Menu					<svg class="svg-icon" width="24" height="24" aria-hidden="true" role="img" focusable="false" viewBox="0 0 24 24" fill="none" xmlns="http://www.w3.org/2000/svg"><path fill-rule="evenodd" clip-rule="evenodd" d="M4.5 6H19.5V7.5H4.5V6ZM4.5 12H19.5V13.5H4.5V12ZM19.5 18H4.5V19.5H19.5V18Z" fill="currentColor"/></svg>				</span>
				<span class="dropdown-icon close">Close					<svg class="svg-icon" width="24" height="24" aria-hidden="true" role="img" focusable="false" viewBox="0 0 24 24" fill="none" xmlns="http://www.w3.org/2000/svg"><path fill-rule="evenodd" clip-rule="evenodd" d="M12 10.9394L5.53033 4.46973L4.46967 5.53039L10.9393 12.0001L4.46967 18.4697L5.53033 19.5304L12 13.0607L18.4697 19.5304L19.5303 18.4697L13.0607 12.0001L19.5303 5.53039L18.4697 4.46973L12 10.9394Z" fill="currentColor"/></svg>				</span>
			</button><!-- #primary-mobile-menu -->
		</div><!-- .menu-button-container -->
		<div class="primary-menu-container"><ul id="primary-menu-list" class="menu-wrapper"><li id="menu-item-21" class="menu-item menu-item-type-taxonomy menu-item-object-category current-post-ancestor current-menu-parent menu-item-21"><a href="{site}/category/township/">Township</a></li>
<li id="menu-item-22" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-22"><a href="{site}/category/schools/">Schools</a></li>
<li id="menu-item-23" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-23"><a href="{site}/category/sports/">Sports</a></li>
<li id="menu-item-24" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-24"><a href="{site}/category/obituaries/">Obituaries</a></li>
<li id="menu-item-25" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-25"><a href="{site}/subscribe/">Subscribe</a></li>
<li id="menu-item-26" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-26"><a href="{site}/donate/">Donate</a></li>
</ul></div>	</nav><!-- #site-navigation -->

</header><!-- #masthead -->

	<div id="content" class="site-content">
		<div id="primary" class="content-area">
			<main id="main" class="site-main">

<article id="post-7741" class="post-7741 post type-post status-publish format-standard has-post-thumbnail hentry category-township tag-fire-company tag-supervisors entry">

	<header class="entry-header alignwide">
		<h1 class="entry-title">{e(art["title"])}</h1>

			<figure class="post-thumbnail">
				<img width="1568" height="882" src="{site}/wp-content/uploads/2025/07/mill-street-station-1568x882.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" decoding="async" fetchpriority="high" style="width:100%;height:56.25%;max-width:2000px;" />									<figcaption class="wp-caption-text">The Fenwick Township Volunteer Fire Company&#8217;s station on Mill Street was built in 1952. (Carl Mendrick / The Fenwick Ledger)</figcaption>
							</figure><!-- .post-thumbnail -->

				</header><!-- .entry-header -->

	<div class="entry-content">
		{body}
<div class="wp-block-group has-background support-box" style="background-color:#eef3f7"><div class="wp-block-group__inner-container is-layout-flow wp-block-group-is-layout-flow"><p class="has-small-font-size"><strong>The Ledger is reader-supported.</strong> Our reporters cover every township meeting so you don&#8217;t have to. If this story helped you, please consider a donation of any size. <a href="{site}/donate/">Donate today</a>.</p></div></div>
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul><li class="share-facebook"><a rel="nofollow noopener noreferrer" data-shared="sharing-facebook-7741" class="share-facebook sd-button share-icon" href="{url}?share=facebook" target="_blank" title="Click to share on Facebook"><span>Facebook</span></a></li><li class="share-email"><a rel="nofollow noopener noreferrer" data-shared="" class="share-email sd-button share-icon" href="mailto:?subject=%5BShared%20Post%5D&amp;body={url}&amp;share=email" target="_blank" title="Click to email a link to a friend" data-email-share-error-title="Do you have email set up?" data-email-share-error-text="If you&#039;re having problems sharing via email, you might not have email set up for your browser."><span>Email</span></a></li><li class="share-print"><a rel="nofollow noopener noreferrer" data-shared="" class="share-print sd-button share-icon" href="{url}#print" target="_blank" title="Click to print"><span>Print</span></a></li><li class="share-end"></li></ul></div></div></div><div class='sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded' id='like-post-wrapper-190000000-7741-66a0b1c2d3e4f' data-src='https://widgets.wp.com/likes/?ver=14.1#blog_id=190000000&amp;post_id=7741&amp;origin=fenwickledger.example&amp;obj_id=190000000-7741-66a0b1c2d3e4f' data-name='like-post-frame-190000000-7741-66a0b1c2d3e4f' data-title='Like or Reblog'><h3 class="sd-title">Like this:</h3><div class='likes-widget-placeholder post-likes-widget-placeholder' style='height: 55px;'><span class='button'><span>Like</span></span> <span class="loading">Loading...</span></div><span class='sd-text-color'></span><a class='sd-link-color'></a></div>
<div id='jp-relatedposts' class='jp-relatedposts' ><h3 class="jp-relatedposts-headline"><em>Related</em></h3><div class="jp-relatedposts-items jp-relatedposts-items-visual jp-relatedposts-grid">{jprel}</div></div>	</div><!-- .entry-content -->

	<footer class="entry-footer default-max-width">
		<div class="posted-by"><span class="posted-on">Published <time class="entry-date published" datetime="{art["date"]}T09:05:00-04:00">July 24, 2025</time></span><span class="byline">By <a href="{site}/author/cmendrick/" rel="author">{e(art["author"])}</a></span></div><div class="post-taxonomies"><span class="cat-links">Categorized as <a href="{site}/category/township/" rel="category tag">Township</a> </span><span class="tags-links">Tagged <a href="{site}/tag/fire-company/" rel="tag">fire company</a>, <a href="{site}/tag/supervisors/" rel="tag">supervisors</a></span></div>	</footer><!-- .entry-footer -->

				<div class="author-bio show-avatars">
		<img alt='' src='https://secure.gravatar.com/avatar/cm?s=85&#038;d=mm&#038;r=g' class='avatar avatar-85 photo' height='85' width='85' loading='lazy' decoding='async'/>		<div class="author-bio-content">
			<h2 class="author-title">By {e(art["author"])}</h2>
			<p class="author-description"> Carl Mendrick covers Fenwick Township government, the fire company and the valley&#8217;s schools. He has reported for the Ledger since 2016. Reach him at carl@fenwickledger.example.</p><!-- .author-description -->
			<a class="author-link" href="{site}/author/cmendrick/" rel="author">View all of {e(art["author"])}&#8217;s posts.</a>		</div><!-- .author-bio-content -->
	</div><!-- .author-bio -->

</article><!-- #post-7741 -->

<div id="comments" class="comments-area default-max-width show-avatars">

			<h2 class="comments-title">
			3 comments		</h2><!-- .comments-title -->

		<ol class="comment-list">{cms}</ol><!-- .comment-list -->

			<div id="respond" class="comment-respond">
		<h2 id="reply-title" class="comment-reply-title">Leave a comment <small><a rel="nofollow" id="cancel-comment-reply-link" href="{url}#respond" style="display:none;">Cancel reply</a></small></h2><form action="{site}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> <span class="required-field-message">Required fields are marked <span class="required">*</span></span></p><p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="5" maxlength="65525" required></textarea></p><p class="comment-form-author"><label for="author">Name <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p><p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" aria-describedby="email-notes" autocomplete="email" required /></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment" /> <input type='hidden' name='comment_post_ID' value='7741' id='comment_post_ID' />
<input type='hidden' name='comment_parent' id='comment_parent' value='0' />
</p></form>	</div><!-- #respond -->

</div><!-- #comments -->

	<nav class="navigation post-navigation" aria-label="Posts">
		<h2 class="screen-reader-text">Post navigation</h2>
		<div class="nav-links"><div class="nav-previous"><a href="{site}/2025/07/22/dunmore-library-hours/" rel="prev"><p class="meta-nav"><svg class="svg-icon" width="24" height="24" aria-hidden="true" role="img" focusable="false" viewBox="0 0 24 24" fill="none" xmlns="http://www.w3.org/2000/svg"><path fill-rule="evenodd" clip-rule="evenodd" d="M20 13v-2H8l4-4-1-2-7 7 7 7 1-2-4-4z" fill="currentColor"/></svg>Previous post</p><p class="post-title">Dunmore library adds Saturday hours through the fall</p></a></div><div class="nav-next"><a href="{site}/2025/07/25/county-fair-preview/" rel="next"><p class="meta-nav">Next post<svg class="svg-icon" width="24" height="24" aria-hidden="true" role="img" focusable="false" viewBox="0 0 24 24" fill="none" xmlns="http://www.w3.org/2000/svg"><path fill-rule="evenodd" clip-rule="evenodd" d="m4 13v-2h12l-4-4 1-2 7 7-7 7-1-2 4-4z" fill="currentColor"/></svg></p><p class="post-title">What to see at the 98th Upper Dunmore County Fair</p></a></div></div>
	</nav>			</main><!-- #main -->
		</div><!-- #primary -->
	</div><!-- #content -->


	<aside class="widget-area">
		<section id="block-3" class="widget widget_block"><div class="wp-block-group is-layout-flow wp-block-group-is-layout-flow"><h2 class="wp-block-heading">Get the Ledger in your inbox</h2><p>Our free Thursday newsletter brings you every township, school board and sports story from the week. Sign up in seconds.</p><form class="newsletter-signup" action="{site}/newsletter/" method="post"><input type="email" name="email" placeholder="Email address" aria-label="Email address"><button type="submit">Sign up</button></form></div></section><section id="block-4" class="widget widget_block"><div class="wp-block-group is-layout-flow wp-block-group-is-layout-flow"><h2 class="wp-block-heading">Most read this week</h2><ul class="wp-block-latest-posts__list wp-block-latest-posts"><li><a class="wp-block-latest-posts__post-title" href="{site}/2025/07/21/hollow-road-bridge/">Hollow Road bridge to close for six weeks starting Aug. 4</a></li>
<li><a class="wp-block-latest-posts__post-title" href="{site}/2025/07/19/valley-softball/">Valley softball team wins first district title since 2009</a></li>
<li><a class="wp-block-latest-posts__post-title" href="{site}/2025/07/17/obit-harold-kemp/">Harold Kemp, longtime Fenwick postmaster, dies at 88</a></li>
</ul></div></section>	</aside><!-- .widget-area -->


	<footer id="colophon" class="site-footer">

					<nav aria-label="Secondary menu" class="footer-navigation">
				<ul class="footer-navigation-wrapper">
					<li id="menu-item-31" class="menu-item menu-item-31"><a href="{site}/about/"><span>About us</span></a></li>
<li id="menu-item-32" class="menu-item menu-item-32"><a href="{site}/corrections/"><span>Corrections policy</span></a></li>
<li id="menu-item-33" class="menu-item menu-item-33"><a href="{site}/advertise/"><span>Advertise</span></a></li>
<li id="menu-item-34" class="menu-item menu-item-34"><a href="{site}/privacy/"><span>Privacy</span></a></li>
				</ul><!-- .footer-navigation-wrapper -->
			</nav><!-- .footer-navigation -->
				<div class="site-info">
			<div class="site-name">
																						<a href="{site}/">The Fenwick Ledger</a>
																		</div><!-- .site-name -->

			<div class="privacy-policy"><a class="privacy-policy-link" href="{site}/privacy/" rel="privacy-policy">Privacy Policy</a></div>
			<div class="powered-by">
				Proudly powered by <a href="https://wordpress.org/">WordPress</a>.			</div><!-- .powered-by -->

		</div><!-- .site-info -->
	</footer><!-- #colophon -->

</div><!-- #page -->

<script>document.body.classList.remove("no-js");</script>	<script>
	if ( -1 !== navigator.userAgent.indexOf( 'MSIE' ) || -1 !== navigator.appVersion.indexOf( 'Trident/' ) ) {{
		document.body.classList.add( 'is-IE' );
	}}
	</script>
	<script src="{site}/wp-content/themes/twentytwentyone/assets/js/primary-navigation.js?ver=2.4" id="twenty-twenty-one-primary-navigation-script-js" defer data-wp-strategy="defer"></script>
<script src="{site}/wp-content/plugins/jetpack/_inc/build/likes/queuehandler.min.js?ver=14.1" id="jetpack_likes_queuehandler-js"></script>
</body>
</html>
"""


LAYOUTS_H31 = {
    "h31-01-bhojpuri": ("h31_bhojpuri", bhojpuri),
    "h31-02-bashkir": ("h31_bashkir", bashkir),
    "h31-03-tamazight": ("h31_tamazight", tamazight),
    "h31-04-ilocano": ("h31_ilocano", ilocano),
    "h31-05-twi": ("h31_twi", twi),
    "h31-06-community": ("h31_community", community),
    "h31-07-datadesk": ("h31_datadesk", datadesk),
    "h31-08-coop": ("h31_coop", coop),
    "h31-09-countyweekly": ("h31_countyweekly", countyweekly),
}
