"""Layouts of the frozen held-out group "h25" of the extraction benchmark.

Written at the start of round 22 by someone other than the person tuning the reader and
without reading the reader or its output on these pages; never used for tuning
(docs/benchmarks-extraction.md). Fictional pages in layouts and languages not used by
h2-h24: a Marathi district news site on WordPress with the Publisher theme by
BetterStudio (``single-post-content``, Better Ads inline slots with generated class
prefixes, an inline related-posts box, a WhatsApp-group line, author box, prev/next,
related tabs, comment form); a Kyrgyz news agency on Yii2 (``csrf-param`` meta, Bootstrap
grid, breadcrumb widget, a Pjax comment container and an ActiveForm, hashed ``/assets/``
paths, a "Жарнама" slot and an "Ошондой эле окуңуз:" line inside the text); a Sinhala
news site on WordPress with the ColorMag theme (``cm-`` classes, breaking ticker, an Ad
Inserter block, a ``wp-block-image`` figure and a "මේවාත් කියවන්න:" line inside
``cm-entry-summary``, Sassy Social Share buttons, related posts, two comments); a
Javanese culture magazine on Grav with the Quark theme (Spectre CSS grid, ``h-entry`` /
``e-content``, a Markdown image with an italic caption line, a markdown-notices box and a
"Waca uga:" line inside the content, SimpleSearch and taxonomy sidebar, comments plugin
form); an isiXhosa community paper on Silverstripe CMS 5 with Elemental blocks (``<base
href>``, ``dnadesign__elemental__models__elementcontent`` holders, an image element, a
"Funda nalo" element and an ad element between the content elements, a correction at
the end, silverstripe-comments, a ``SecurityID`` newsletter form); a Telugu news site on
Ruby on Rails with Hotwire (import map, Turbo frames and a Turbo Streams source,
Stimulus ``data-controller`` widgets, the body as Action Text: ``trix-content`` with
``<div>`` blocks split by ``<br><br>``, ``<h1>`` subheadings, and an ad
partial and an ``action-text-attachment`` figure between the blocks; a related frame
after the body); an English collaborative wiki news site on MediaWiki (Vector legacy skin,
``mw-parser-output`` with a date line, an infobox with a map and related news, section
headings carrying "[edit]" links, an original-reporting box, a "Sources" list, categories,
the wiki's sidebar and footer); an English motoring site's recall story on Statamic (Peak-
like Tailwind markup, Glide ``/img/asset/`` URLs, Bard sets for an image, a related
review card, a valuation widget and an ad between the text sets, an editor's note at the
end, ``/!/forms/`` newsletter form, car search widget, finance-regulation footer); and an
English independent music magazine built with Eleventy (eleventy-img ``<picture>``
markup, markdown-it-anchor heading links, an ``<is-land>`` audio embed and a support box
inside the post, an update note at the end, next/previous links, webmentions with two
replies, a Buttondown sign-up form, "Built with Eleventy" footer).
"""

from __future__ import annotations

import html
import json

from page_parts import paras

e = html.escape


def ld(data):
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>\n'


def marathi(art):
    """WordPress with the Publisher theme (BetterStudio): ``single-post-content``, Better Ads."""
    site = "https://www.sahyadrivarta.example"
    pid = 61842
    url = f"{site}/solapur/songaon-sakhar-karkhana-galit-hangam-suru/"
    ad = '<div class="xkmra xkmra-post-inline xkmra-float-center xkmra-align-center xkmra-column-1 xkmra-clearfix no-bg-box-model"><div id="xkmra-61901-1420581726" class="xkmra-container xkmra-type-code " itemscope="" itemtype="https://schema.org/WPAdBlock" data-adid="61901" data-type="code"><p class="xkmra-caption xkmra-caption-above">- जाहिरात -</p><div id="xkmra-61901-1420581726-place"></div><script>var betterads_screen_width = document.body.clientWidth;</script><ins class="adsbygoogle" style="display:inline-block;width:300px;height:250px" data-ad-client="ca-pub-0000000000000000" data-ad-slot="7110452239"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div></div>'
    irp_items = "".join(
        f'<div class="post-{i} type-post format-standard has-post-thumbnail listing-item listing-item-thumbnail listing-item-tb-1 main-term-12"><div class="item-inner clearfix"><div class="featured featured-type-featured-image"><a class="img-holder" href="{site}/{h}/" style="background-image: url({site}/wp-content/uploads/2025/10/{img}-86x64.jpg);"></a></div><p class="title"><a class="post-url post-title" href="{site}/{h}/">{e(t)}</a></p></div></div>'
        for i, h, img, t in [
            (
                61788,
                "solapur/oos-dar-andolan-baithak",
                "oos-dar",
                "ऊस दराच्या प्रश्नावर शेतकरी संघटनांची कारखान्यांशी बैठक निष्फळ",
            ),
            (
                61650,
                "solapur/oostod-kamgar-sakharshala",
                "sakharshala",
                "ऊसतोड कामगारांच्या मुलांसाठी जिल्ह्यात २२ साखरशाळा",
            ),
        ]
    )
    irp = f'<div class="bs-irp left bs-irp-thumbnail-1-full"><div class="bs-irp-heading"><span class="h-text heading-typo">हेही वाचा</span></div><div class="bs-pagination-wrapper main-term-none none"><div class="listing listing-thumbnail listing-tb-1 clearfix columns-2">{irp_items}</div></div></div>'
    whatsapp = '<p style="text-align: center;"><strong>ताज्या बातम्यांसाठी <a href="https://chat.whatsapp.com/SahyadriVartaSolapur" target="_blank" rel="noopener">सह्याद्री वार्ताचा व्हॉट्सॲप ग्रुप</a> जॉईन करा.</strong></p>'
    body = paras(art, h="h3", between={1: ad, 4: irp, 10: ad.replace("1420581726", "2209843317")})
    body += "\n" + whatsapp
    menu = "".join(
        f'<li id="menu-item-{300 + i}" class="menu-term-{i} menu-item menu-item-type-taxonomy menu-item-object-category{" current-post-ancestor current-menu-parent" if t == "सोलापूर" else ""} better-anim-fade menu-item-{300 + i}"><a href="{site}/{h}/">{t}</a></li>'
        for i, (h, t) in enumerate(
            [
                ("", "मुख्यपृष्ठ"),
                ("maharashtra", "महाराष्ट्र"),
                ("solapur", "सोलापूर"),
                ("krushi", "कृषी"),
                ("rajkaran", "राजकारण"),
                ("krida", "क्रीडा"),
                ("manoranjan", "मनोरंजन"),
                ("arthakaran", "अर्थकारण"),
            ]
        )
    )
    ticker = "".join(
        f'<li><a href="{site}/{h}/" class="limit-line">{e(t)}</a></li>'
        for h, t in [
            ("solapur/ujani-dharan-pani-patli", "उजनी धरणाच्या पाणीपातळीत दोन टक्क्यांची वाढ"),
            ("maharashtra/rabbi-pik-vima-mudat", "रब्बी पीक विम्यासाठी १५ डिसेंबरपर्यंत मुदत"),
            ("krida/kabaddi-jilha-spardha", "जिल्हास्तरीय कबड्डी स्पर्धेत वाघोलीचा संघ अजिंक्य"),
        ]
    )
    share = "".join(
        f'<span class="social-item {k}"><a href="{h}" target="_blank" rel="nofollow noreferrer" class="bs-button-el" onclick="window.open(this.href, \'share-{k}\',\'left=50,top=50,width=600,height=320,toolbar=0\'); return false;"><span class="icon"><i class="bf-icon fa fa-{k}"></i></span></a></span>'
        for k, h in [
            ("facebook", f"https://www.facebook.com/sharer.php?u={url}"),
            ("twitter", f"https://twitter.com/share?text=&url={url}"),
            ("whatsapp", f"whatsapp://send?text={url}"),
            ("telegram", f"https://telegram.me/share/url?url={url}"),
        ]
    )
    related = "".join(
        f'<article class="post-{i} type-post format-standard has-post-thumbnail listing-item item-{j} listing-item-grid listing-item-grid-1 main-term-12"><div class="item-inner"><div class="featured clearfix"><a class="img-holder" href="{site}/{h}/" style="background-image: url({site}/wp-content/uploads/2025/10/{img}-210x136.jpg);"></a></div><p class="title"><a class="post-title post-url" href="{site}/{h}/">{e(t)}</a></p><div class="post-meta"><span class="time"><time class="post-published updated" datetime="{dt}">{d}</time></span></div></div></article>'
        for j, (i, h, img, t, dt, d) in enumerate(
            [
                (
                    61788,
                    "solapur/oos-dar-andolan-baithak",
                    "oos-dar",
                    "ऊस दराच्या प्रश्नावर शेतकरी संघटनांची कारखान्यांशी बैठक निष्फळ",
                    "2025-11-03T18:20:00+05:30",
                    "नोव्हें 3, 2025",
                ),
                (
                    61702,
                    "krushi/oos-lagvad-tantra",
                    "oos-lagvad",
                    "पाचट न जाळता ऊस खोडवा व्यवस्थापन कसे करावे?",
                    "2025-10-30T09:05:00+05:30",
                    "ऑक्टो 30, 2025",
                ),
                (
                    61650,
                    "solapur/oostod-kamgar-sakharshala",
                    "sakharshala",
                    "ऊसतोड कामगारांच्या मुलांसाठी जिल्ह्यात २२ साखरशाळा",
                    "2025-10-27T12:40:00+05:30",
                    "ऑक्टो 27, 2025",
                ),
            ],
            1,
        )
    )
    popular = "".join(
        f'<div class="listing-item listing-item-text listing-item-text-2"><div class="item-inner"><p class="title"><span class="num">{i}</span><a href="{site}/{h}/" class="post-title post-url">{e(t)}</a></p></div></div>'
        for i, (h, t) in enumerate(
            [
                ("solapur/ujani-dharan-pani-patli", "उजनी धरणाच्या पाणीपातळीत दोन टक्क्यांची वाढ"),
                ("maharashtra/kanda-bhav-today", "कांद्याचे दर क्विंटलमागे ४०० रुपयांनी घसरले"),
                ("solapur/wagholi-bus-sthanak", "वाघोली बसस्थानकाचे काम अखेर मार्गी"),
                ("krida/kabaddi-jilha-spardha", "जिल्हास्तरीय कबड्डी स्पर्धेत वाघोलीचा संघ अजिंक्य"),
            ],
            1,
        )
    )
    data = {
        "@context": "http://schema.org/",
        "@type": "NewsArticle",
        "headline": art["title"],
        "datePublished": "2025-11-06T14:35:00+05:30",
        "dateModified": "2025-11-06T16:02:00+05:30",
        "author": {"@type": "Person", "name": art["author"]},
        "publisher": {"@type": "Organization", "name": "सह्याद्री वार्ता"},
        "mainEntityOfPage": url,
    }
    return f"""<!DOCTYPE html>
<!--[if IE 8]><html class="ie ie8" lang="mr"> <![endif]-->
<!--[if IE 9]><html class="ie ie9" lang="mr"> <![endif]-->
<!--[if gt IE 9]><!--><html lang="mr"> <!--<![endif]--><head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{e(art["title"])} - सह्याद्री वार्ता</title>
<meta name="description" content="{e(art["paragraphs"][0][:150])}">
<link rel="canonical" href="{url}">
<meta property="og:locale" content="mr_IN">
<meta property="og:type" content="article">
<meta property="og:title" content="{e(art["title"])}">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="सह्याद्री वार्ता">
<meta property="article:section" content="सोलापूर">
<meta property="article:published_time" content="2025-11-06T14:35:00+05:30">
<meta name="generator" content="Powered by WPBakery Page Builder - drag and drop page builder for WordPress.">
<meta name="generator" content="BetterStudio Publisher 7.11.0">
<link rel="stylesheet" id="publisher-css" href="{site}/wp-content/themes/publisher/style-7.11.0.min.css" type="text/css" media="all">
<script type="text/javascript" src="{site}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
{ld(data)}</head>
<body class="post-template-default single single-post postid-{pid} single-format-standard wp-embed-responsive active-light-box ltr close-rh page-layout-2-col page-layout-2-col-right full-width active-sticky-sidebar main-menu-sticky-smart main-menu-full-width single-prim-cat-12 single-cat-12 active-ajax-search wpb-js-composer js-comp-ver-7.6 vc_responsive bs-ll-a" dir="ltr">
<div class="main-wrap content-main-wrap">
<header id="header" class="site-header header-style-2 full-width" itemscope="itemscope" itemtype="https://schema.org/WPHeader">
<section class="topbar topbar-style-1 hidden-xs hidden-xs"><div class="content-wrap"><div class="container"><div class="topbar-inner clearfix">
<div class="section-links"><div class="better-studio-shortcode bsc-clearfix better-social-counter style-button not-colored in-4-col"><ul class="social-list bsc-clearfix"><li class="social-item facebook"><a href="https://www.facebook.com/sahyadrivarta" target="_blank"><i class="item-icon bsfi-facebook"></i><span class="item-title"> Likes </span></a></li><li class="social-item youtube"><a href="https://youtube.com/@sahyadrivarta" target="_blank"><i class="item-icon bsfi-youtube"></i><span class="item-title"> Subscribers </span></a></li></ul></div></div>
<div class="section-menu"><div id="menu-top" class="menu top-menu-wrapper" role="navigation" itemscope="itemscope" itemtype="https://schema.org/SiteNavigationElement"><nav class="top-menu-container"><ul id="top-navigation" class="top-menu menu clearfix bsm-pure"><li id="topbar-date" class="menu-item menu-item-date"><span class="topbar-date">गुरुवार, नोव्हेंबर 6, 2025</span></li><li class="menu-item"><a href="{site}/e-paper/">ई-पेपर</a></li><li class="menu-item"><a href="{site}/about-us/">आमच्याविषयी</a></li><li class="menu-item"><a href="{site}/contact/">संपर्क</a></li></ul></nav></div></div>
</div></div></div></section>
<div class="header-inner"><div class="content-wrap"><div class="container"><div class="row"><div class="row-height"><div class="logo-col col-xs-4"><div class="col-inside">
<div id="site-branding" class="site-branding"><p id="site-title" class="logo h1 img-logo"><a href="{site}/" itemprop="url" rel="home"><img id="site-logo" src="{site}/wp-content/uploads/2024/02/sahyadri-varta-logo.png" alt="सह्याद्री वार्ता" data-bsrjs="{site}/wp-content/uploads/2024/02/sahyadri-varta-logo@2x.png"><span class="site-title">सह्याद्री वार्ता</span></a></p></div>
</div></div><div class="sidebar-col col-xs-8"><div class="col-inside"><aside id="sidebar" class="sidebar" role="complementary" itemscope="itemscope" itemtype="https://schema.org/WPSideBar"><div class="xkmra xkmra-header xkmra-align-right"><div class="xkmra-container xkmra-type-image"><a itemprop="url" class="xkmra-link" href="{site}/go/sahyadri-jewellers" target="_blank" rel="nofollow noopener"><img class="xkmra-image" src="{site}/wp-content/uploads/2025/10/jewellers-728x90.jpg" alt="सह्याद्री ज्वेलर्स" width="728" height="90"></a></div></div></aside></div></div>
</div></div></div></div></div>
<div id="menu-main" class="menu main-menu-wrapper show-search-item menu-actions-btn-width-1" role="navigation" itemscope="itemscope" itemtype="https://schema.org/SiteNavigationElement"><div class="main-menu-inner"><div class="content-wrap"><div class="container">
<nav class="main-menu-container"><ul id="main-navigation" class="main-menu menu bsm-pure clearfix">{menu}</ul></nav>
<div class="menu-action-buttons width-1"><div class="search-container close"><span class="search-handler"><i class="fa fa-search"></i></span><div class="search-box clearfix"><form role="search" method="get" class="search-form clearfix" action="{site}"><input type="search" class="search-field" placeholder="शोधा..." value="" name="s" title="Search for:" autocomplete="off"><input type="submit" class="search-submit" value="Search"></form></div></div></div>
</div></div></div></div>
</header>
<div class="content-wrap"><div class="container"><div class="better-newsticker " data-speed="12000"><p class="heading ">ताज्या बातम्या</p><ul class="news-list">{ticker}</ul><span class="control-nav"><span class="better-newsticker-prev"></span><span class="better-newsticker-next"></span></span></div></div></div>
<nav role="navigation" aria-label="Breadcrumbs" class="bf-breadcrumb clearfix bc-top-style"><div class="container bf-breadcrumb-container"><ul class="bf-breadcrumb-items" itemscope itemtype="http://schema.org/BreadcrumbList"><meta name="numberOfItems" content="3"><meta name="itemListOrder" content="Ascending"><li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem" class="bf-breadcrumb-item bc-item-home"><a itemprop="item" href="{site}" rel="home"><span itemprop="name">मुख्यपृष्ठ</span></a><meta itemprop="position" content="1"></li><li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem" class="bf-breadcrumb-item"><a itemprop="item" href="{site}/solapur/"><span itemprop="name">सोलापूर</span></a><meta itemprop="position" content="2"></li><li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem" class="bf-breadcrumb-item bc-item-last"><span itemprop="name">{e(art["title"])}</span><meta itemprop="position" content="3"></li></ul></div></nav>
<div class="content-wrap"><main id="content" class="content-container"><div class="container layout-2-col layout-2-col-1 layout-right-sidebar layout-bc-before post-template-1"><div class="row main-section">
<div class="col-sm-8 content-column"><div class="single-container">
<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard has-post-thumbnail category-solapur single-post-content has-thumbnail">
<div class="post-header post-tp-1-header">
<div class="post-meta-wrap clearfix"><div class="term-badges "><span class="term-badge term-12"><a href="{site}/solapur/">सोलापूर</a></span><span class="term-badge term-7"><a href="{site}/krushi/">कृषी</a></span></div></div>
<h1 class="single-post-title"><span class="post-title" itemprop="headline">{e(art["title"])}</span></h1>
<div class="post-meta-wrap clearfix"><div class="post-meta single-post-meta"><a href="{site}/author/prashant-k/" title="Browse Author Articles" class="post-author-a post-author-avatar"><img alt="" src="{site}/wp-content/uploads/2024/05/prashant-k-26x26.jpg" class="avatar avatar-26 photo avatar-default" height="26" width="26"><span class="post-author-name">By <b>{e(art["author"])}</b></span></a><span class="time"><time class="post-published updated" datetime="2025-11-06T14:35:00+05:30">On <b>नोव्हें 6, 2025</b></time></span><span class="views post-meta-views rank-default" data-bpv-post="{pid}"><i class="bf-icon fa fa-eye"></i>2,318</span><a href="{url}#comments" class="comments"><i class="fa fa-comments-o"></i> 0</a></div></div>
<div class="single-featured"><figure><a class="post-thumbnail open-lightbox" href="{site}/wp-content/uploads/2025/11/songaon-karkhana-gaalap.jpg"><img width="750" height="430" alt="" data-src="{site}/wp-content/uploads/2025/11/songaon-karkhana-gaalap-750x430.jpg"></a><figcaption class="wp-caption-text">सोनगाव सहकारी साखर कारखान्याच्या गळीत हंगामाचा शुभारंभ करताना अध्यक्ष विश्वासराव जाधव व संचालक मंडळ.</figcaption></figure></div>
</div>
<div class="post-share single-post-share top-share clearfix style-1"><div class="post-share-btn-group"><a href="{url}#respond" class="post-share-btn post-share-btn-comments comments" title="Leave a comment on: “{e(art["title"])}”"><i class="bf-icon fa fa-comments" aria-hidden="true"></i> <b class="number">0</b></a><span class="views post-share-btn post-share-btn-views rank-default" data-bpv-post="{pid}"><i class="bf-icon fa fa-eye"></i> <b class="number">2,318</b></span></div><div class="share-handler-wrap "><span class="share-handler post-share-btn rank-default"><i class="bf-icon fa fa-share-alt"></i> <b class="text">Share</b></span>{share}</div></div>
<div class="entry-content clearfix single-post-content">
{body}
</div>
<div class="entry-terms post-tags clearfix "><span class="terms-label"><i class="fa fa-tags"></i></span><a href="{site}/tag/sakhar-karkhana/" rel="tag">साखर कारखाना</a><a href="{site}/tag/oos/" rel="tag">ऊस</a><a href="{site}/tag/wagholi/" rel="tag">वाघोली</a><a href="{site}/tag/galit-hangam/" rel="tag">गळीत हंगाम</a></div>
<div class="post-share single-post-share bottom-share clearfix style-1"><div class="share-handler-wrap "><span class="share-handler post-share-btn rank-default"><i class="bf-icon fa fa-share-alt"></i> <b class="text">Share</b></span>{share}</div></div>
</article>
<section class="post-author clearfix"><a href="{site}/author/prashant-k/" title="Browse Author Articles"><span class="post-author-avatar" itemprop="image"><img alt="" src="{site}/wp-content/uploads/2024/05/prashant-k-80x80.jpg" class="avatar avatar-80 photo" height="80" width="80"></span></a><div class="author-title heading-typo"><a class="post-author-url" href="{site}/author/prashant-k/"><span class="post-author-name">{e(art["author"])}</span></a><span class="title-counts">312 posts</span><span class="title-counts">0 comments</span></div><div class="author-links"><ul class="author-social-icons"><li class="social-item twitter"><a href="https://twitter.com/prashantk_sv" target="_blank" rel="nofollow noreferrer"><i class="fa fa-twitter"></i></a></li></ul></div><div class="post-author-bio" itemprop="description"><p>प्रशांत कुलकर्णी हे सह्याद्री वार्ताचे वाघोली प्रतिनिधी असून ते सहकार, शेती आणि ग्रामीण प्रश्नांवर लेखन करतात.</p></div></section>
<section class="next-prev-post clearfix"><div class="prev-post"><p class="pre-title heading-typo"><i class="fa fa-arrow-left"></i> Prev Post</p><p class="title heading-typo"><a href="{site}/solapur/wagholi-bus-sthanak/" rel="prev">वाघोली बसस्थानकाचे काम अखेर मार्गी</a></p></div><div class="next-post"><p class="pre-title heading-typo">Next Post <i class="fa fa-arrow-right"></i></p><p class="title heading-typo"><a href="{site}/solapur/jilha-parishad-shala-dighi/" rel="next">जिल्हा परिषद शाळांच्या दुरुस्तीसाठी ४ कोटींचा निधी</a></p></div></section>
</div>
<div class="post-related"><div class="section-heading sh-t1 sh-s1 multi-tab"><a href="#relatedposts_{pid}_1" class="main-link active" data-toggle="tab"><span class="h-text related-posts-heading">संबंधित बातम्या</span></a><a href="#relatedposts_{pid}_2" class="other-link" data-toggle="tab" data-deferred-event="shown.bs.tab" data-deferred-init="relatedposts_{pid}_2"><span class="h-text related-posts-heading">लेखकाच्या आणखी बातम्या</span></a></div>
<div class="tab-content"><div class="tab-pane bs-tab-anim bs-tab-animated active" id="relatedposts_{pid}_1"><div class="bs-pagination-wrapper main-term-none next_prev "><div class="listing listing-thumbnail listing-tb-2 clearfix scolumns-3 simple-grid include-last-mobile">{related}</div></div></div><div class="tab-pane bs-tab-anim bs-deferred-container" id="relatedposts_{pid}_2"><div class="bs-pagination bs-ajax-pagination more_btn_infinity main-term-none clearfix"><a class="btn-bs-pagination" data-id="{pid}" rel="next"><span class="loading">Loading ...</span><span class="load-more">Show More</span></a></div></div></div></div>
<section id="comments-template-{pid}" class="comments-template"><div id="respond" class="comment-respond"><div id="reply-title" class="comment-reply-title"><div class="section-heading sh-t1 sh-s1"><span class="h-text">प्रतिक्रिया द्या</span></div><small><a rel="nofollow" id="cancel-comment-reply-link" href="{url}#respond" style="display:none;">Cancel Reply</a></small></div><form action="{site}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><div class="note-before"><p>Your email address will not be published.</p></div><p class="comment-wrap"><textarea name="comment" class="comment" id="comment" cols="45" rows="10" aria-required="true" placeholder="Your Comment"></textarea></p><p class="author-wrap"><input name="author" class="author" id="author" type="text" value="" size="45" aria-required="true" placeholder="Your Name *"></p><p class="email-wrap"><input name="email" class="email" id="email" type="text" value="" size="45" aria-required="true" placeholder="Your Email *"></p><p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"><label for="wp-comment-cookies-consent">Save my name, email, and website in this browser for the next time I comment.</label></p><p class="form-submit"><input name="submit" type="submit" id="comment-submit" class="comment-submit" value="Post Comment"><input type="hidden" name="comment_post_ID" value="{pid}" id="comment_post_ID"><input type="hidden" name="comment_parent" id="comment_parent" value="0"></p></form></div></section>
</div>
<div class="col-sm-4 sidebar-column sidebar-column-primary"><aside id="sidebar-primary-sidebar" class="sidebar" role="complementary" aria-label="Primary Sidebar Sidebar" itemscope="itemscope" itemtype="https://schema.org/WPSideBar">
<div id="better-ads-3" class="primary-sidebar-widget widget widget_better-ads"><div class="xkmra xkmra-widget xkmra-align-center"><div class="xkmra-container xkmra-type-image"><p class="xkmra-caption xkmra-caption-above">- जाहिरात -</p><a class="xkmra-link" href="{site}/go/krushi-seva-kendra" target="_blank" rel="nofollow noopener"><img class="xkmra-image" src="{site}/wp-content/uploads/2025/09/krushi-300x250.jpg" alt="कृषी सेवा केंद्र" width="300" height="250"></a></div></div></div>
<div id="bs-text-listing-3-2" class="primary-sidebar-widget widget widget_bs-text-listing-3"><div class="section-heading sh-t1 sh-s1"><span class="h-text">लोकप्रिय बातम्या</span></div><div class="bs-listing bs-listing-listing-text-2 bs-listing-single-tab">{popular}</div></div>
<div id="bs-likebox-2" class="primary-sidebar-widget widget widget_bs-likebox"><div class="section-heading sh-t1 sh-s1"><span class="h-text">फेसबुकवर आम्हाला फॉलो करा</span></div><div class="bs-shortcode bs-likebox"><div class="fb-page" data-href="https://www.facebook.com/sahyadrivarta" data-small-header="false" data-adapt-container-width="true" data-show-facepile="true"><div class="the-likebox"><a href="https://www.facebook.com/sahyadrivarta" target="_blank">सह्याद्री वार्ता</a></div></div></div></div>
</aside></div>
</div></div></main></div>
<footer id="site-footer" class="site-footer full-width"><div class="footer-widgets light-text"><div class="content-wrap"><div class="container"><div class="row"><div class="col-sm-6"><aside id="sidebar-footer-1" class="sidebar"><div id="text-2" class="footer-widget footer-column-1 widget widget_text"><div class="section-heading sh-t1 sh-s1"><span class="h-text">सह्याद्री वार्ता</span></div><div class="textwidget"><p>सोलापूर जिल्ह्यातील शेती, सहकार, शिक्षण आणि ग्रामीण विकासाच्या बातम्या देणारे डिजिटल वृत्तपत्र.</p></div></div></aside></div><div class="col-sm-6"><aside id="sidebar-footer-2" class="sidebar"><div id="nav_menu-2" class="footer-widget footer-column-2 widget widget_nav_menu"><div class="menu-footer-container"><ul id="menu-footer" class="menu"><li><a href="{site}/privacy-policy/">गोपनीयता धोरण</a></li><li><a href="{site}/disclaimer/">अस्वीकरण</a></li><li><a href="{site}/advertise/">जाहिरातीसाठी संपर्क</a></li></ul></div></div></aside></div></div></div></div></div>
<div class="copy-footer"><div class="content-wrap"><div class="container"><div class="row footer-copy-row"><div class="copy-1 col-lg-6 col-md-6 col-sm-6 col-xs-12">© 2025 - सह्याद्री वार्ता. सर्व हक्क राखीव.</div><div class="copy-2 col-lg-6 col-md-6 col-sm-6 col-xs-12">Website Design: <a href="https://webkatta.example/" target="_blank">WebKatta</a></div></div></div></div></div>
</footer>
</div>
<span class="back-top"><i class="fa fa-arrow-up"></i></span>
<script type="text/javascript" id="publisher-theme-pagination-js-extra">var bs_pagination_loc = {{"loading":"<div class=\\"bs-loading\\"><div></div><div></div></div>"}};</script>
<script type="text/javascript" src="{site}/wp-content/themes/publisher/includes/libs/better-framework/assets/js/better-framework.min.js?ver=4.0.1" id="better-framework-js"></script>
</body>
</html>
"""


ACTIVE = ' class="active"'


def kyrgyz(art):
    """Yii2 (Bootstrap 3 grid, breadcrumb widget, Pjax comment container, ActiveForm)."""
    site = "https://www.koktoo-kabar.example"
    nid = 41729
    url = f"{site}/ky/news/{nid}"
    csrf = "Zk5xQ2NrQXgvCA0xOA0tJiA7Hw8PKQQLBDMyCSd6NS8DKRI7JBx5Kg=="
    ps = art["paragraphs"]
    also = f'<p><strong>Ошондой эле окуңуз:</strong> <a href="{site}/ky/news/41502">Көк-Тоодо өрүктүн түшүмү былтыркыдан 15 пайызга көп болот</a></p>'
    ad = '<div class="banner-in-text"><span class="banner-label">Жарнама</span><div id="adfox_172330117" class="adfox-slot"></div><script>window.yaContextCb.push(()=>{Ya.adfoxCode.create({ownerId: 300471, containerId: "adfox_172330117", params: {pp: "g", ps: "hjwx", p2: "ilhp"}})})</script></div>'
    telegram = '<p><strong><a href="https://t.me/koktookabar" target="_blank">Көк-Тоо Кабардын Telegram каналына жазылыңыз</a> — эң акыркы жаңылыктар биринчилерден болуп сизде.</strong></p>'
    text = paras(art, h="h3", between={2: also, 5: ad})
    text += f'\n{telegram}\n<p class="news-author"><strong>{e(art["author"])}</strong></p>'
    nav = "".join(
        f'<li{ACTIVE if t == "Аймактар" else ""}><a href="/ky/news/{h}">{t}</a></li>'
        for h, t in [
            ("politics", "Саясат"),
            ("economy", "Экономика"),
            ("society", "Коом"),
            ("regions", "Аймактар"),
            ("culture", "Маданият"),
            ("sport", "Спорт"),
            ("world", "Дүйнө"),
        ]
    )
    similar = "".join(
        f'<div class="similar-item"><a href="/ky/news/{i}"><img src="/uploads/news/2025/08/thumb_{i}.jpg" alt=""></a><div class="similar-item__body"><span class="similar-item__date">{d}</span><a class="similar-item__title" href="/ky/news/{i}">{e(t)}</a></div></div>'
        for i, d, t in [
            (41502, "09.08.2025", "Көк-Тоодо өрүктүн түшүмү былтыркыдан 15 пайызга көп болот"),
            (41388, "02.08.2025", "Айыл чарба кооперативдерине жеңилдетилген насыя берилет"),
            (41170, "24.07.2025", "Жаңы-Талаа айылына ичүүчү суу түтүгү тартылды"),
        ]
    )
    latest = "".join(
        f'<li><span class="time">{t}</span> <a href="/ky/news/{i}">{e(x)}</a></li>'
        for i, t, x in [
            (41741, "13:05", "Бишкекте жылытуу мезгилине даярдык 70 пайызга жетти"),
            (41738, "12:40", "Талас облусунда жол курулушу уланууда"),
            (41735, "12:12", "Улуттук курама эл аралык турнирге жолдомо алды"),
            (41733, "11:58", "Нарында малчыларга ветеринардык кызмат мобилдик болот"),
            (41730, "11:45", "Ош шаарында жаңы мектептин курулушу башталды"),
        ]
    )
    comments = "".join(
        f'<div class="comment-item" data-key="{k}"><div class="comment-item__head"><span class="comment-item__name">{n}</span> <span class="comment-item__date">{d}</span></div><div class="comment-item__text">{e(t)}</div><a class="comment-item__reply" href="#comment-form" data-parent="{k}">Жооп берүү</a></div>'
        for k, n, d, t in [
            (
                8821,
                "Мирлан",
                "14.08.2025 12:47",
                "Азаматтар, ушундай цехтер ар бир айылда болушу керек. Биздин айылда да өрүк көп, бирок баары базарда арзан кетет.",
            ),
            (
                8824,
                "Жылдыз",
                "14.08.2025 13:02",
                "Аялдарга жумуш орду ачылганы абдан жакшы болду, эми жаштар шаарга кетпей калат деп ойлойм.",
            ),
        ]
    )
    return f"""<!DOCTYPE html>
<html lang="ky-KG">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="csrf-param" content="_csrf-frontend">
<meta name="csrf-token" content="{csrf}">
    <title>{e(art["title"])} — Көк-Тоо Кабар</title>
    <meta name="description" content="{e(ps[0][:160])}">
<meta property="og:title" content="{e(art["title"])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{site}/uploads/news/2025/08/{nid}_big.jpg">
<link href="{url}" rel="canonical">
<link href="{site}/ru/news/{nid}" rel="alternate" hreflang="ru">
<link href="/assets/7d1f2c9a/css/bootstrap.css" rel="stylesheet">
<link href="/css/site.css?v=1722412391" rel="stylesheet">
<script>window.yaContextCb = window.yaContextCb || []</script>
</head>
<body>
<div class="wrap">
<div class="top-line"><div class="container"><div class="row">
<div class="col-sm-6"><span class="top-line__date">14-август, 2025-жыл, бейшемби</span> <span class="top-line__weather">Бишкек +31°</span></div>
<div class="col-sm-6 text-right"><span class="top-line__rate">USD 87.45</span> <span class="top-line__rate">EUR 101.92</span> <span class="top-line__rate">RUB 1.09</span> <ul class="lang-switch"><li class="active"><a href="{url}">КЫР</a></li><li><a href="{site}/ru/news/{nid}">РУС</a></li></ul></div>
</div></div></div>
<nav id="w0" class="navbar-inverse navbar-static-top navbar"><div class="container"><div class="navbar-header"><button type="button" class="navbar-toggle" data-toggle="collapse" data-target="#w0-collapse"><span class="sr-only">Toggle navigation</span>
<span class="icon-bar"></span>
<span class="icon-bar"></span>
<span class="icon-bar"></span></button><a class="navbar-brand" href="/ky"><img src="/img/logo.svg" alt="Көк-Тоо Кабар" height="36"></a></div><div id="w0-collapse" class="collapse navbar-collapse"><ul id="w1" class="navbar-nav navbar-left nav">{nav}</ul><form class="navbar-form navbar-right" action="/ky/search" method="get"><input type="text" class="form-control" name="q" placeholder="Издөө"></form></div></div></nav>
<div class="container">
<ul class="breadcrumb"><li><a href="/ky">Башкы бет</a></li>
<li><a href="/ky/news/regions">Аймактар</a></li>
<li class="active">{e(art["title"])}</li>
</ul>
<div class="row">
<div class="col-md-8">
<div class="news-view">
    <h1 class="news-view__title">{e(art["title"])}</h1>
    <div class="news-view__meta">
        <span class="news-view__date"><i class="glyphicon glyphicon-time"></i> 14.08.2025 11:32</span>
        <span class="news-view__views"><i class="glyphicon glyphicon-eye-open"></i> 1 284</span>
        <a class="news-view__category" href="/ky/news/regions">Аймактар</a>
    </div>
    <div class="news-view__image">
        <img class="img-responsive" src="/uploads/news/2025/08/{nid}_big.jpg" alt="{e(art["title"])}">
        <div class="news-view__image-author">Сүрөт: «Алтын-Өрүк» кооперативи</div>
    </div>
    <div class="news-view__text">
{text}
    </div>
    <div class="news-view__tags">Тегдер: <a href="/ky/tag/orik">өрүк</a> <a href="/ky/tag/koktoo">Көк-Тоо району</a> <a href="/ky/tag/kooperativ">кооператив</a> <a href="/ky/tag/eksport">экспорт</a></div>
    <div class="news-view__share"><span>Бөлүшүү:</span> <a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank">Facebook</a> <a class="share-wa" href="https://wa.me/?text={url}" target="_blank">WhatsApp</a> <a class="share-tg" href="https://t.me/share/url?url={url}" target="_blank">Telegram</a> <a class="share-ok" href="https://connect.ok.example/offer?url={url}" target="_blank">Одноклассники</a></div>
</div>
<div class="similar-news"><h3 class="block-title">Окшош жаңылыктар</h3>{similar}</div>
<div class="comments-block"><h3 class="block-title">Комментарийлер (2)</h3>
<div id="p0" data-pjax-container="" data-pjax-push-state data-pjax-timeout="1000"><div id="w2" class="list-view">{comments}</div></div>
<p class="comments-block__rules">Комментарийлер модератор тарабынан текшерилгенден кийин жарыяланат. Сайттын редакциясы окурмандардын пикири үчүн жооп бербейт.</p>
<form id="comment-form" action="/ky/comment/create?news_id={nid}" method="post">
<input type="hidden" name="_csrf-frontend" value="{csrf}"><div class="form-group field-commentform-name required">
<label class="control-label" for="commentform-name">Атыңыз</label>
<input type="text" id="commentform-name" class="form-control" name="CommentForm[name]" maxlength="64" aria-required="true">

<div class="help-block"></div>
</div><div class="form-group field-commentform-text required">
<label class="control-label" for="commentform-text">Комментарий</label>
<textarea id="commentform-text" class="form-control" name="CommentForm[text]" rows="4" aria-required="true"></textarea>

<div class="help-block"></div>
</div><input type="hidden" id="commentform-parent_id" class="form-control" name="CommentForm[parent_id]"><button type="submit" class="btn btn-primary">Жөнөтүү</button></form>
</div>
</div>
<div class="col-md-4">
<div class="sidebar-block sidebar-block--latest"><h3 class="block-title">Акыркы жаңылыктар</h3><ul class="latest-list">{latest}</ul><a class="all-link" href="/ky/news">Бардык жаңылыктар</a></div>
<div class="sidebar-banner"><span class="banner-label">Жарнама</span><a href="/ky/banner/click?id=57" target="_blank" rel="nofollow"><img src="/uploads/banners/aiyl-bank-300x600.jpg" alt="" width="300" height="600"></a></div>
</div>
</div>
</div>
</div>
<footer class="footer"><div class="container"><div class="row">
<div class="col-sm-6"><p>© 2025 «Көк-Тоо Кабар» маалымат агенттиги. Материалдарды толук же жарым-жартылай колдонууда шилтеме милдеттүү.</p></div>
<div class="col-sm-6 text-right"><ul class="footer-links"><li><a href="/ky/site/about">Биз жөнүндө</a></li><li><a href="/ky/site/advert">Жарнама</a></li><li><a href="/ky/site/contact">Байланыш</a></li></ul></div>
</div></div></footer>
<script src="/assets/4b8e3f11/jquery.js"></script>
<script src="/assets/c2d9a7e0/yii.js"></script>
<script src="/assets/c2d9a7e0/yii.validation.js"></script>
<script src="/assets/c2d9a7e0/yii.activeForm.js"></script>
<script src="/assets/1e6f0c52/jquery.pjax.js"></script>
<script src="/assets/7d1f2c9a/js/bootstrap.js"></script>
<script>jQuery(function ($) {{
jQuery(document).pjax("#p0 a", {{"push":true,"replace":false,"timeout":1000,"scrollTo":false,"container":"#p0"}});
jQuery(document).off("submit", "#p0 form[data-pjax]").on("submit", "#p0 form[data-pjax]", function (event) {{jQuery.pjax.submit(event, {{"push":true,"replace":false,"timeout":1000,"scrollTo":false,"container":"#p0"}});}});
jQuery('#comment-form').yiiActiveForm([{{"id":"commentform-name","name":"name","container":".field-commentform-name","input":"#commentform-name","validate":function (attribute, value, messages, deferred, $form) {{yii.validation.required(value, messages, {{"message":"«Атыңыз» талаасын толтуруңуз."}});}}}},{{"id":"commentform-text","name":"text","container":".field-commentform-text","input":"#commentform-text","validate":function (attribute, value, messages, deferred, $form) {{yii.validation.required(value, messages, {{"message":"«Комментарий» талаасын толтуруңуз."}});}}}}], []);
}});</script>
<noscript><div><img src="https://mc.metrika.example/watch/91827364" style="position:absolute; left:-9999px;" alt=""></div></noscript>
</body>
</html>
"""


def sinhala(art):
    """WordPress with the ColorMag theme (ThemeGrill, ``cm-`` classes), Ad Inserter, Sassy Social Share."""
    site = "https://www.pahanpuwath.example"
    pid = 20417
    url = f"{site}/2025/07/22/malwathugama-maternity-ward/"
    img = f'<figure class="wp-block-image size-large"><img decoding="async" width="800" height="533" src="{site}/wp-content/uploads/2025/07/malwathugama-ward-800x533.jpg" alt="" class="wp-image-20421"><figcaption class="wp-element-caption">නව මාතෘ වාට්ටුවේ ඇතුළත දසුනක්</figcaption></figure>'
    ad = '<div class="code-block code-block-2" style="margin: 8px auto; text-align: center; display: block; clear: both;"><p style="font-size:11px;color:#999;margin:0">දැන්වීම</p><ins class="adsbygoogle" style="display:block; text-align:center;" data-ad-layout="in-article" data-ad-format="fluid" data-ad-client="ca-pub-0000000000000000" data-ad-slot="3390771820"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div>'
    also = f'<p><strong>මේවාත් කියවන්න:</strong> <a href="{site}/2025/06/30/district-hospital-doctors-shortage/">දිස්ත්‍රික් මහ රෝහලේ විශේෂඥ වෛද්‍ය හිඟය උග්‍ර වෙයි</a></p>'
    viber = '<p>📲 නවතම පුවත් වහාම දැනගන්න <a href="https://invite.viber.example/?g2=AQBPahanPuwath">පහන් පුවත් Viber සමූහයට</a> එක්වන්න.</p>'
    share = "".join(
        f'<a aria-label="{n}" class="heateor_sss_button_{k}" href="{h}" title="{n}" rel="nofollow noopener" target="_blank" style="font-size:32px!important;box-shadow:none;display:inline-block;vertical-align:middle"><span class="heateor_sss_svg" style="background-color:#3c589a;width:35px;height:35px;border-radius:999px;display:inline-block;opacity:1;float:left;font-size:32px;box-shadow:none;display:inline-block;font-size:16px;padding:0 4px;vertical-align:middle;background-repeat:repeat;overflow:hidden;padding:0;cursor:pointer;box-sizing:content-box"><svg focusable="false" aria-hidden="true" xmlns="http://www.w3.org/2000/svg" width="100%" height="100%" viewBox="-5 -5 42 42"><path d="M17.78 27.5V17.008h3.522l.527-4.09h-4.05v-2.61c0-1.182.33-1.99 2.023-1.99h2.166V4.66c-.375-.05-1.66-.16-3.155-.16-3.123 0-5.26 1.905-5.26 5.405v3.016h-3.53v4.09h3.53V27.5h4.223z" fill="#fff"></path></svg></span></a>'
        for k, n, h in [
            ("facebook", "Facebook", f"https://www.facebook.com/sharer/sharer.php?u={url}"),
            ("whatsapp", "Whatsapp", f"https://api.whatsapp.com/send?text={url}"),
            ("twitter", "X", f"https://twitter.com/intent/tweet?url={url}"),
            ("viber", "Viber", f"viber://forward?text={url}"),
        ]
    )
    sss = f'<div class="heateor_sss_sharing_container heateor_sss_horizontal_sharing" data-heateor-sss-href="{url}"><div class="heateor_sss_sharing_title" style="font-weight:bold">බෙදාගන්න:</div><div class="heateor_sss_sharing_ul">{share}</div><div class="heateorSssClear"></div></div>'
    body = (
        sss
        + "\n"
        + paras(
            art,
            h="h3",
            between={
                1: ad,
                3: img,
                5: also,
                7: ad.replace("code-block-2", "code-block-3").replace("3390771820", "6649902215"),
            },
        )
        + "\n"
        + viber
        + "\n"
        + sss
    )
    menu = "".join(
        f'<li id="menu-item-{50 + i}" class="menu-item menu-item-type-taxonomy menu-item-object-category{" current-post-ancestor current-menu-parent" if t == "සෞඛ්‍ය" else ""} menu-item-{50 + i}"><a href="{site}/category/{h}/">{t}</a></li>'
        for i, (h, t) in enumerate(
            [
                ("local", "දේශීය"),
                ("foreign", "විදෙස්"),
                ("health", "සෞඛ්‍ය"),
                ("education", "අධ්‍යාපන"),
                ("sports", "ක්‍රීඩා"),
                ("business", "ව්‍යාපාර"),
                ("entertainment", "විනෝදාස්වාද"),
            ]
        )
    )
    ticker = "".join(
        f'<li><a href="{site}/{h}/" title="{e(t)}">{e(t)}</a></li>'
        for h, t in [
            ("2025/07/22/tea-leaf-price-up", "දළු කිලෝවක මිල රුපියල් 20කින් ඉහළට"),
            ("2025/07/22/school-vacation-dates", "පාසල් දෙවන වාරය අගෝස්තු 8 දා අවසන්"),
            ("2025/07/21/malwathugama-road-repair", "මල්වතුගම - කඩවත මාර්ගය සංවර්ධනයට මුදල් වෙන් කෙරේ"),
        ]
    )
    related = "".join(
        f'<div class="cm-related-post cm-single-related-post"><figure><a href="{site}/{h}/" title="{e(t)}"><img width="390" height="205" src="{site}/wp-content/uploads/2025/07/{img_}-390x205.jpg" class="attachment-colormag-featured-post-medium size-colormag-featured-post-medium wp-post-image" alt="" decoding="async"></a></figure><div class="cm-post-content"><h3 class="cm-entry-title"><a href="{site}/{h}/" rel="bookmark" title="{e(t)}">{e(t)}</a></h3><div class="cm-below-entry-meta"><span class="cm-post-date"><a href="{site}/{h}/" title="{d}" rel="bookmark"><time class="entry-date published updated" datetime="{dt}">{d}</time></a></span><span class="cm-post-comments"><a href="{site}/{h}/#respond">0</a></span></div></div></div>'
        for h, img_, t, dt, d in [
            (
                "2025/06/30/district-hospital-doctors-shortage",
                "doctors",
                "දිස්ත්‍රික් මහ රෝහලේ විශේෂඥ වෛද්‍ය හිඟය උග්‍ර වෙයි",
                "2025-06-30T09:10:00+05:30",
                "ජූනි 30, 2025",
            ),
            (
                "2025/06/18/ambulance-service-villages",
                "ambulance",
                "දුෂ්කර ගම්මාන 12කට ගිලන්රථ සේවය",
                "2025-06-18T15:42:00+05:30",
                "ජූනි 18, 2025",
            ),
            (
                "2025/05/27/nurses-appointments",
                "nurses",
                "නව හෙදියන් 1,200කට පත්වීම් ලබන මාසයේ",
                "2025-05-27T11:25:00+05:30",
                "මැයි 27, 2025",
            ),
        ]
    )
    comments = "".join(
        f'<li class="comment {cls}" id="li-comment-{k}"><article id="comment-{k}" class="comment cm-comment"><header class="comment-meta comment-author vcard"><img alt="" src="{site}/wp-content/plugins/avatars/blank-74.png" class="avatar avatar-74 photo" height="74" width="74"><div class="comment-author-link"><i class="fa fa-user"></i>{n}</div><div class="comment-date-time"><i class="fa fa-calendar-o"></i>{d}</div><a class="comment-permalink" href="{url}#comment-{k}"><i class="fa fa-link"></i>Permalink</a></header><section class="comment-content comment"><p>{e(t)}</p><a rel="nofollow" class="comment-reply-link" href="#comment-{k}" data-commentid="{k}" data-postid="{pid}" aria-label="Reply to {n}">Reply</a></section></article></li>'
        for k, cls, n, d, t in [
            (
                3312,
                "even thread-even depth-1",
                "සුනිල් බණ්ඩාර",
                "2025 ජූලි 22 at 10:14 පෙ.ව.",
                "හොඳ වැඩක්. හැබැයි හෙදියෝ නැතුව ඇඳන් හිස්ව තියෙන එකේ තේරුමක් නැහැ, ඉක්මනට කාර්ය මණ්ඩලය දෙන්න ඕනේ.",
            ),
            (
                3315,
                "odd alt thread-odd thread-alt depth-1",
                "දිල්හානි",
                "2025 ජූලි 22 at 12:40 ප.ව.",
                "අපේ අම්මාටත් දරුවා ලැබෙන්න ලොකු රෝහලට යන්න වුණා. මේ වාට්ටුව ගමේ අයට ලොකු සහනයක් වේවි.",
            ),
        ]
    )
    popular = "".join(
        f'<div class="cm-post"><a href="{site}/{h}/" title="{e(t)}"><img width="130" height="90" src="{site}/wp-content/uploads/2025/07/{img_}-130x90.jpg" class="attachment-colormag-featured-post-small size-colormag-featured-post-small wp-post-image" alt=""></a><div class="cm-post-content"><h3 class="cm-entry-title"><a href="{site}/{h}/" title="{e(t)}">{e(t)}</a></h3><div class="cm-below-entry-meta"><span class="cm-post-date"><time class="entry-date published">{d}</time></span></div></div></div>'
        for h, img_, t, d in [
            ("2025/07/22/tea-leaf-price-up", "tea", "දළු කිලෝවක මිල රුපියල් 20කින් ඉහළට", "ජූලි 22, 2025"),
            ("2025/07/20/exam-results-released", "exam", "සාමාන්‍ය පෙළ ප්‍රතිඵල නිකුත් වේ", "ජූලි 20, 2025"),
            (
                "2025/07/19/elephant-fence-kadawatha",
                "elephant",
                "කඩවත ප්‍රදේශයට නව අලි වැටක්",
                "ජූලි 19, 2025",
            ),
        ]
    )
    return f"""<!doctype html>
<html lang="si-LK">
<head>
<meta charset="UTF-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="http://gmpg.org/xfn/11"/>
<title>{e(art["title"])} &#8211; පහන් පුවත්</title>
<meta name="robots" content="max-image-preview:large">
<link rel="canonical" href="{url}">
<meta property="og:locale" content="si_LK">
<meta property="og:type" content="article">
<meta property="og:title" content="{e(art["title"])}">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="පහන් පුවත්">
<meta property="article:published_time" content="2025-07-22T07:48:00+00:00">
<link rel="stylesheet" id="colormag_style-css" href="{site}/wp-content/themes/colormag/style.css?ver=3.1.9" type="text/css" media="all">
<link rel="stylesheet" id="heateor_sss_frontend_css-css" href="{site}/wp-content/plugins/sassy-social-share/public/css/sassy-social-share-public.css?ver=3.3.69" type="text/css" media="all">
<meta name="generator" content="WordPress 6.8.2">
</head>
<body class="post-template-default single single-post postid-{pid} single-format-standard wp-custom-logo cm-header-layout-1 adv-style-1 cm-normal-container cm-right-sidebar right-sidebar wide">
<div id="cm-page" class="cm-page">
<a class="skip-link screen-reader-text" href="#cm-content">Skip to content</a>
<header id="cm-masthead" class="cm-header cm-layout-1 cm-layout-1-style-1 cm-full-width">
<div class="cm-top-bar"><div class="cm-container"><div class="cm-row"><div class="cm-top-bar__1">
<div class="date-in-header">2025 ජූලි 22, අඟහරුවාදා</div>
<div class="breaking-news"><strong class="breaking-news-latest">නවතම:</strong><ul class="newsticker">{ticker}</ul></div>
</div><div class="cm-top-bar__2"><div class="social-links"><ul><li><a href="https://www.facebook.com/pahanpuwath" target="_blank"><i class="fa fa-facebook"></i></a></li><li><a href="https://www.youtube.com/@pahanpuwath" target="_blank"><i class="fa fa-youtube"></i></a></li></ul></div></div></div></div></div>
<div class="cm-main-header"><div id="cm-header-1" class="cm-header-1"><div class="cm-container"><div class="cm-row">
<div class="cm-header-col-1"><div id="cm-site-branding" class="cm-site-branding"><a href="{site}/" class="custom-logo-link" rel="home"><img width="300" height="80" src="{site}/wp-content/uploads/2023/11/pahan-puwath-logo.png" class="custom-logo" alt="පහන් පුවත්" decoding="async"></a></div>
<div id="cm-site-info" class=""><h3 class="cm-site-title"><a href="{site}/" title="පහන් පුවත්" rel="home">පහන් පුවත්</a></h3><p class="cm-site-description">ගමේ හඬ රටට</p></div></div>
<div class="cm-header-col-2"><div id="header-right-sidebar" class="clearfix"><aside id="colormag_728x90_advertisement_widget-2" class="widget cm-728x90-advertisemen-widget clearfix widget-colormag_header_sidebar"><div class="advertisement_728x90"><div class="cm-advertisement-content"><a href="{site}/go/lanka-motors" class="single_ad_728x90" target="_blank" rel="nofollow"><img src="{site}/wp-content/uploads/2025/06/lanka-motors-728x90.jpg" width="728" height="90" alt=""></a></div></div></aside></div></div>
</div></div></div>
<div id="cm-header-2" class="cm-header-2"><nav id="cm-primary-nav" class="cm-primary-nav"><div class="cm-container"><div class="cm-row">
<div class="cm-home-icon"><a href="{site}/" title="පහන් පුවත්"><svg class="cm-icon cm-icon--home" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 28 22"><path d="M13.6465 6.01133L5.11148 13.0409V20.6278C5.11148 20.8242 5.18952 21.0126 5.32842 21.1515C5.46733 21.2904 5.65572 21.3685 5.85217 21.3685L11.0397 21.3551Z"></path></svg></a></div>
<div class="cm-header-actions"><div class="cm-top-search"><i class="fa fa-search search-top"></i><div class="search-form-top"><form action="{site}/" class="search-form searchform clearfix" method="get" role="search"><div class="search-wrap"><input type="search" class="s field" name="s" value="" placeholder="සොයන්න"><button class="search-icon" type="submit"></button></div></form></div></div></div>
<p class="cm-menu-toggle" aria-expanded="false"><svg class="cm-icon cm-icon--bars" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M21 19H3a1 1 0 0 1 0-2h18a1 1 0 0 1 0 2Zm0-6H3a1 1 0 0 1 0-2h18a1 1 0 0 1 0 2Zm0-6H3a1 1 0 0 1 0-2h18a1 1 0 0 1 0 2Z"></path></svg></p>
<div class="cm-menu-primary-container"><ul id="cm-primary-menu" class="cm-primary-menu">{menu}</ul></div>
</div></div></nav></div>
</div>
</header>
<div id="cm-content" class="cm-content"><div class="cm-container"><div class="cm-row">
<div id="cm-primary" class="cm-primary"><div class="cm-posts clearfix">
<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard has-post-thumbnail hentry category-health category-local">
<div class="cm-featured-image"><a href="{site}/wp-content/uploads/2025/07/malwathugama-hospital.jpg" class="image-popup"><img width="800" height="445" src="{site}/wp-content/uploads/2025/07/malwathugama-hospital-800x445.jpg" class="attachment-colormag-featured-image size-colormag-featured-image wp-post-image" alt="" decoding="async"></a><span class="featured-image-caption">මල්වතුගම ප්‍රාදේශීය රෝහලේ නව මාතෘ වාට්ටු ගොඩනැගිල්ල</span></div>
<div class="cm-post-content">
<div class="cm-entry-header-meta"><div class="cm-post-categories"><a href="{site}/category/health/" style="background:#1e73be" rel="category tag">සෞඛ්‍ය</a><a href="{site}/category/local/" style="background:#dd3333" rel="category tag">දේශීය</a></div></div>
<header class="cm-entry-header"><h1 class="cm-entry-title">{e(art["title"])}</h1></header>
<div class="cm-below-entry-meta"><span class="cm-post-date"><a href="{url}" title="7:48 පෙ.ව." rel="bookmark"><svg class="cm-icon cm-icon--calendar-fill" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M21.1 6.6v1.6c0 .6-.4 1-1 1H3.9c-.6 0-1-.4-1-1V6.6c0-1.5 1.3-2.8 2.8-2.8h1.7V3c0-.6.4-1 1-1s1 .4 1 1v.8h5.2V3c0-.6.4-1 1-1s1 .4 1 1v.8h1.7c1.5 0 2.8 1.3 2.8 2.8z"></path></svg> <time class="entry-date published updated" datetime="2025-07-22T07:48:00+05:30">ජූලි 22, 2025</time></a></span>
<span class="cm-author cm-vcard"><svg class="cm-icon cm-icon--user" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M7 7c0-2.8 2.2-5 5-5s5 2.2 5 5-2.2 5-5 5-5-2.2-5-5zm9 7H8c-2.8 0-5 2.2-5 5v2c0 .6.4 1 1 1h16c.6 0 1-.4 1-1v-2c0-2.8-2.2-5-5-5z"></path></svg><a class="url fn n" href="{site}/author/nimal/" title="{e(art["author"])}">{e(art["author"])}</a></span>
<span class="cm-post-views"><svg class="cm-icon cm-icon--eye" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M21.9 11.6C21.7 11.2 17.6 4 12 4S2.3 11.2 2.1 11.6c-.2.3-.2.6 0 .9C2.3 12.8 6.4 20 12 20s9.7-7.2 9.9-7.6c.2-.2.2-.6 0-.8z"></path></svg><span class="total-views">3,104 Views</span></span>
<span class="cm-tag-links"><a href="{site}/tag/hospital/" rel="tag">රෝහල්</a>, <a href="{site}/tag/malwathugama/" rel="tag">මල්වතුගම</a></span></div>
<div class="cm-entry-summary">
{body}
</div>
</div>
</article>
</div>
<ul class="default-wp-page"><li class="previous"><a href="{site}/2025/07/21/malwathugama-road-repair/" rel="prev"><span class="meta-nav"><svg class="cm-icon cm-icon--arrow-left-long" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M2 12.38a1 1 0 0 1 0-.76.91.91 0 0 1 .22-.33L6.52 7a1 1 0 0 1 1.42 0 1 1 0 0 1 0 1.41L5.36 11H21a1 1 0 0 1 0 2H5.36l2.58 2.58a1 1 0 0 1 0 1.41 1 1 0 0 1-.71.3 1 1 0 0 1-.71-.3l-4.28-4.28a.91.91 0 0 1-.24-.33Z"></path></svg></span> මල්වතුගම - කඩවත මාර්ගය සංවර්ධනයට මුදල් වෙන් කෙරේ</a></li><li class="next"><a href="{site}/2025/07/22/tea-leaf-price-up/" rel="next">දළු කිලෝවක මිල රුපියල් 20කින් ඉහළට <span class="meta-nav"><svg class="cm-icon cm-icon--arrow-right-long" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M21.92 12.38a1 1 0 0 0 0-.76 1 1 0 0 0-.21-.33L17.42 7A1 1 0 0 0 16 8.42L18.59 11H2.94a1 1 0 1 0 0 2h15.65L16 15.58A1 1 0 0 0 16 17a1 1 0 0 0 1.41 0l4.29-4.28a1 1 0 0 0 .22-.34Z"></path></svg></span></a></li></ul>
<div class="related-posts-wrapper style-one"><h3 class="related-posts-main-title"><i class="fa fa-thumbs-up"></i><span>ඔබ කැමති විය හැකි තවත් පුවත්</span></h3><div class="related-posts">{related}</div></div>
<div id="comments" class="comments-area"><h3 class="comments-title">“{e(art["title"])}” සඳහා ප්‍රතිචාර 2ක්</h3><ul class="comment-list">{comments}</ul>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">ප්‍රතිචාරයක් දක්වන්න <small><a rel="nofollow" id="cancel-comment-reply-link" href="{url}#respond" style="display:none;">Cancel reply</a></small></h3><form action="{site}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> <span class="required-field-message">Required fields are marked <span class="required">*</span></span></p><p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p><p class="comment-form-author"><label for="author">Name <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required></p><p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" autocomplete="email" required></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"> <input type="hidden" name="comment_post_ID" value="{pid}" id="comment_post_ID"> <input type="hidden" name="comment_parent" id="comment_parent" value="0"></p></form></div>
</div>
</div>
<div id="cm-secondary" class="cm-secondary">
<aside id="colormag_featured_posts_vertical_widget-3" class="widget cm-featured-posts cm-featured-posts--style-2 clearfix"><h3 class="cm-widget-title"><span>වැඩියෙන්ම කියවූ</span></h3><div class="cm-featured-posts-vertical">{popular}</div></aside>
<aside id="colormag_300x250_advertisement_widget-2" class="widget cm-300x250-advertisement-widget"><div class="advertisement_300x250"><div class="cm-advertisement-title"><h3 class="cm-widget-title"><span>දැන්වීම්</span></h3></div><div class="cm-advertisement-content"><a href="{site}/go/sampath-hardware" class="single_ad_300x250" target="_blank" rel="nofollow"><img src="{site}/wp-content/uploads/2025/05/hardware-300x250.jpg" width="300" height="250" alt=""></a></div></div></aside>
</div>
</div></div></div>
<footer id="cm-footer" class="cm-footer"><div class="cm-footer-cols"><div class="cm-container"><div class="cm-row"><div class="cm-lower-footer-cols"><div class="cm-lower-footer-col cm-lower-footer-col--1"><aside id="text-3" class="widget widget_text"><h3 class="cm-widget-title"><span>අප ගැන</span></h3><div class="textwidget"><p>පහන් පුවත් යනු කුරුණෑගල දිස්ත්‍රික්කයේ ගම්බද පුවත් ඉදිරිපත් කරන ස්වාධීන වෙබ් අඩවියකි. පුවත් සඳහා අමතන්න: 037 222 0000</p></div></aside></div></div></div></div></div>
<div class="cm-footer-bar cm-footer-bar-style-1"><div class="cm-container"><div class="cm-row"><div class="cm-footer-bar-area"><div class="cm-footer-bar__1"><div class="cm-copyright">Copyright &copy; 2025 <a href="{site}/" title="පහන් පුවත්"><span>පහන් පුවත්</span></a>. All rights reserved. Theme: <a href="https://themegrill.com/themes/colormag" target="_blank" title="ColorMag" rel="nofollow"><span>ColorMag</span></a> by ThemeGrill. Powered by <a href="https://wordpress.org" target="_blank" title="WordPress" rel="nofollow"><span>WordPress</span></a>.</div></div></div></div></div></div>
</footer>
<a href="#cm-masthead" id="scroll-up"><i class="fa fa-chevron-up"></i></a>
</div>
<script type="text/javascript" src="{site}/wp-content/themes/colormag/assets/js/colormag-custom.min.js?ver=3.1.9" id="colormag-custom-js"></script>
</body>
</html>
"""


def javanese(art):
    """Grav with the Quark theme: Spectre CSS grid, ``h-entry`` / ``e-content``, markdown-notices."""
    site = "https://www.panyebar-budaya.example"
    path = "/budaya/wayang-kulit-karangwuni"
    url = f"{site}{path}"
    img = f'<p><img src="{path}/gamelan-karangwuni.jpg" alt="Gamelan pélog-sléndro duwèké Désa Karangwuni" /></p>\n<p><em>Gamelan pélog-sléndro duwèké Désa Karangwuni sing wis didandani. Foto: Panyebar Budaya/Sri Wahyuni</em></p>'
    notice = '<div class="notices yellow">\n<p>Majalah <strong>Panyebar Budaya</strong> édhisi cithak terbit saben Jemuwah. Lengganan sasi iki kena diskon 20 persen, hubungi kantor redaksi.</p>\n</div>'
    also = '<p><strong>Waca uga:</strong> <a href="/budaya/sinau-nembang-macapat">Bocah SD Sidamulya Sregep Sinau Nembang Macapat</a></p>'
    out = []
    for i, p in enumerate(art["paragraphs"]):
        if p.startswith("## "):
            hid = p[3:].lower().replace(" ", "-").replace("é", "e")
            out.append(f'<h2 id="{hid}">{e(p[3:])}</h2>')
        else:
            out.append(f"<p>{e(p)}</p>")
        if i == 1:
            out.append(also)
        elif i == 5:
            out.append(img)
        elif i == 8:
            out.append(notice)
    body = "\n".join(out)
    nav = "".join(
        f'<li><a href="{h}" class="{"active" if t == "Budaya" else ""}">{t}</a></li>'
        for h, t in [
            ("/", "Ngarep"),
            ("/warta", "Warta"),
            ("/budaya", "Budaya"),
            ("/crita-cekak", "Crita Cekak"),
            ("/geguritan", "Geguritan"),
            ("/pawartos-desa", "Pawartos Désa"),
            ("/bab-kita", "Bab Kita"),
        ]
    )
    recent = "".join(
        f'<li><a href="/budaya/{h}">{e(t)}</a> <span class="label label-rounded">{d}</span></li>'
        for h, t, d in [
            ("sinau-nembang-macapat", "Bocah SD Sidamulya Sregep Sinau Nembang Macapat", "29 Agu"),
            (
                "jathilan-festival-kabupaten",
                "Festival Jathilan Kabupatèn Diikuti 24 Grup",
                "21 Agu",
            ),
            ("batik-tulis-wonoasri", "Batik Tulis Wonoasri Mlebu Pasar Manca", "12 Agu"),
        ]
    )
    comments = "".join(
        f'<div class="comment comment-level-1"><div class="comment-left"><img class="comment-avatar" src="https://www.gravatar.example/avatar/{g}?d=identicon&amp;s=48" alt="" /></div><div class="comment-body"><div class="comment-heading"><div class="comment-title"><h4>{n}</h4></div><div class="comment-meta">{d}</div></div><div class="comment-text">{e(t)}</div></div></div>'
        for g, n, d, t in [
            (
                "3c1b9f0e7a2d",
                "Mbah Kromo",
                "6 Sep 2025 08:12",
                "Bungah banget krungu kabar iki. Mugi-mugi para nom-noman tetep semangat nguri-uri budaya Jawa.",
            ),
            (
                "88de41a09c55",
                "Dwi Hartanto",
                "6 Sep 2025 19:47",
                "Aku nonton nganti rampung, suluké Mas Bagus apik tenan. Taun ngarep kudu dianakaké manèh.",
            ),
        ]
    )
    return f"""<!DOCTYPE html>
<html lang="jv">
<head>
    <meta charset="utf-8" />
    <title>{e(art["title"])} | Panyebar Budaya</title>

    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="generator" content="GravCMS" />
<meta name="description" content="Majalah basa Jawa kanggo nguri-uri budaya." />
<meta property="og:title" content="{e(art["title"])}" />
<meta property="og:url" content="{url}" />
    <link rel="icon" type="image/png" href="/user/themes/quark/images/favicon.png" />
    <link rel="canonical" href="{url}" />

    <link href="/user/plugins/markdown-notices/assets/notices.css" type="text/css" rel="stylesheet">
<link href="/user/plugins/form/assets/form-styles.css" type="text/css" rel="stylesheet">
<link href="/user/plugins/simplesearch/css/simplesearch.css" type="text/css" rel="stylesheet">
<link href="/user/plugins/comments/css/comments.css" type="text/css" rel="stylesheet">
<link href="/user/themes/quark/css-compiled/spectre.min.css" type="text/css" rel="stylesheet">
<link href="/user/themes/quark/css-compiled/theme.min.css" type="text/css" rel="stylesheet">
<link href="/user/themes/quark/css/line-awesome.min.css" type="text/css" rel="stylesheet">

    <script src="/system/assets/jquery/jquery-3.x.min.js"></script>

</head>
<body id="top" class=" header-fixed header-animated sticky-footer">
    <div id="page-wrapper">
            <section id="header" class="section">
            <section class="container grid-lg">
                <nav class="navbar">
                    <section class="navbar-section logo">
                        <a href="/" class="navbar-brand mr-10"><img src="/user/themes/quark/images/logo/panyebar-budaya.svg" alt="Panyebar Budaya"></a>
                    </section>
                    <section class="navbar-section desktop-menu">
                        <nav class="dropmenu animated">
                        <ul class="tree">{nav}</ul>
                        </nav>
                    </section>
                </nav>
            </section>
        </section>
        <div class="mobile-menu">
            <div class="button_container" id="toggle">
                <span class="top"></span>
                <span class="middle"></span>
                <span class="bottom"></span>
            </div>
        </div>

        <section id="blog-hero" class="section hero hero-large overlay-dark-gradient text-light" style="background-image: url('{path}/wayang-karangwuni-hero.jpg');">
            <section class="container grid-lg">
                <p class="hero-caption">Bagus Prasetyo nalika nggelar lakon Wahyu Cakraningrat ing latar balé désa Karangwuni.</p>
            </section>
        </section>

        <section id="start">
        <section id="body-wrapper" class="section blog-listing">
        <section class="container grid-lg">
    <div class="columns">
        <div id="item" class="column col-9 col-md-12 extra-spacing">
            <div class="content-item h-entry">
    <div class="content-title text-center">
        <h2 class="p-name mt-1"><a href="{path}" class="u-url">{e(art["title"])}</a></h2>
        <span class="blog-date">
            <time class="dt-published" datetime="2025-09-05T09:00:00+07:00">
                <i class="fa fa-calendar"></i> 05 Sep 2025
            </time>
        </span>
        <span class="p-author h-card">— {e(art["author"])}</span>
        <span class="tags">
            <a class="label label-rounded label-secondary p-category" href="/budaya/tag:wayang">wayang</a>
            <a class="label label-rounded label-secondary p-category" href="/budaya/tag:karawitan">karawitan</a>
            <a class="label label-rounded label-secondary p-category" href="/budaya/tag:sidamulya">Sidamulya</a>
        </span>
    </div>

    <div class="e-content">
        {body}
    </div>
</div>

<p class="prev-next text-center">
    <a class="btn" href="/budaya/sinau-nembang-macapat"><i class="fa fa-angle-left"></i> Artikel Sadurungé</a>
    <a class="btn" href="/budaya/festival-reog-2025">Artikel Sabanjuré <i class="fa fa-angle-right"></i></a>
</p>

<h3>Tanggapan</h3>
<div class="comments">{comments}</div>
<h3>Tulisen tanggapan panjenengan</h3>
<form name="comments" action="{path}" method="POST" class="comments-form">
    <div class="form-field ">
        <div class="form-data" data-grav-field="textarea" data-grav-disabled="" data-grav-default="null">
            <div class="form-textarea-wrapper  ">
                <textarea name="data[text]" class="form-control" placeholder="Tulis tanggapan ing kéné" required="required"></textarea>
            </div>
        </div>
    </div>
    <div class="form-field ">
        <div class="form-data" data-grav-field="text" data-grav-disabled="" data-grav-default="null">
            <div class="form-input-wrapper ">
                <input name="data[name]" value="" type="text" class="form-input " placeholder="Jeneng" required="required" />
            </div>
        </div>
    </div>
    <input type="hidden" name="__form-name__" value="comments" />
    <input type="hidden" name="__unique_form_id__" value="b5i0q4zo2lqk0xgnsxhv" />
    <input type="hidden" name="form-nonce" value="7e0d5c0f4b7d3f6b2f91d2a8d7c1e6a3" />
    <div class="buttons">
        <button class="button" type="submit">Kirim</button>
    </div>
</form>
        </div>
        <div id="sidebar" class="column col-3 col-md-12">
            <div class="sidebar-content">
    <h4>Golèk</h4>
    <div class="search-wrapper">
    <form name="search" data-simplesearch-form>
        <input name="searchfield" class="search-input" type="text" data-min="3" required placeholder="Golèk …" value="" data-search-invalid="Please add at least 3 characters" data-search-separator=":" data-search-input="/search/query" />
        <button type="submit" class="search-submit"><img src="/user/plugins/simplesearch/assets/search.svg" /></button>
    </form>
    </div>
</div>
<div class="sidebar-content">
    <h4>Rubrik</h4>
    <ul class="related-pages menu">
        <li><a href="/budaya" class="active">Budaya <span class="label label-rounded">86</span></a></li>
        <li><a href="/warta">Warta <span class="label label-rounded">214</span></a></li>
        <li><a href="/crita-cekak">Crita Cekak <span class="label label-rounded">57</span></a></li>
        <li><a href="/geguritan">Geguritan <span class="label label-rounded">41</span></a></li>
    </ul>
</div>
<div class="sidebar-content">
    <h4>Artikel Anyar</h4>
    <ul>{recent}</ul>
</div>
<div class="sidebar-content syndicate">
    <h4>Langganan Kabar</h4>
    <a class="btn" href="/budaya.atom"><i class="fa fa-rss-square"></i> Atom 1.0</a>
    <a class="btn" href="/budaya.rss"><i class="fa fa-rss-square"></i> RSS</a>
</div>
        </div>
    </div>
        </section>
        </section>
    </section>
    </div>

    <section id="footer" class="section bg-gray">
        <section class="container grid-lg">
            <p>&copy; 2025 Majalah Panyebar Budaya. Redaksi: Jl. Pendhapa 12, Sidamulya. <a href="http://getgrav.org">Grav</a> was <i class="fa fa-code"></i> with <i class="fa fa-heart-o pulse "></i> by <a href="https://trilby.media">Trilby Media</a>.</p>
        </section>
    </section>

    <div class="mobile-container">
        <div class="overlay" id="overlay">
            <div class="mobile-logo"><img src="/user/themes/quark/images/logo/panyebar-budaya.svg" alt="Panyebar Budaya"></div>
            <nav class="overlay-menu">
                <ul class="tree">{nav}</ul>
            </nav>
        </div>
    </div>

<script src="/user/plugins/simplesearch/js/simplesearch.js"></script>
<script src="/user/plugins/comments/js/comments.js"></script>
<script src="/user/themes/quark/js/jquery.treemenu.js"></script>
<script src="/user/themes/quark/js/site.js"></script>

</body>
</html>
"""


def xhosa(art):
    """Silverstripe CMS 5 with Elemental: ``<base href>``, element holders, silverstripe-comments."""
    site = "https://www.ilizwi-lasempuma.example"
    path = "iindaba/iigadi-zoluntu-zasemthonjeni-zifumana-amatanki/"
    url = f"{site}/{path}"
    ps = art["paragraphs"]
    n = len(ps)
    sid = "f3a9c1d07e5b48c2a6d1e0b9f8a7c6d5e4f3a2b1"

    def content(eid, start, stop, title=None):
        inner = paras(art, h="h3", start=start, stop=stop)
        head = f'<h2 class="content-element__title">{e(title)}</h2>' if title else ""
        return f'<div class="element dnadesign__elemental__models__elementcontent" id="e{eid}">\n\t<div class="element__content">{head}<div class="content-element__content typography">\n{inner}\n</div></div>\n</div>'

    image = '<div class="element app__elements__imageelement" id="e219">\n\t<div class="element__content"><figure class="image-element"><img src="/assets/Iindaba/2025/10/amatanki-mthonjeni__FillWzgwMCw0NTBd.jpg" alt="Amatanki amanzi emvula kwigadi yoluntu" width="800" height="450" loading="lazy"><figcaption class="image-element__caption">Amalungu eqela lolutsha efaka itanki kwigadi yaseMthonjeni. Umfanekiso: Ilizwi LaseMpuma</figcaption></figure></div>\n</div>'
    also = '<div class="element app__elements__relatedelement" id="e220">\n\t<div class="element__content"><aside class="related-element"><p class="related-element__label">Funda nalo</p><a class="related-element__link" href="iindaba/imbalela-ichaphazela-abalimi-bengqushwa/"><span class="related-element__title">Imbalela ichaphazela abalimi abancinci kumaphandle eNgqushwa</span></a></aside></div>\n</div>'
    advert = '<div class="element app__elements__advertelement" id="e221">\n\t<div class="element__content"><div class="advert advert--mpu"><span class="advert__label">Intengiso</span><a href="adverts/click/14" rel="sponsored nofollow" target="_blank"><img src="/assets/Adverts/mthonjeni-hardware-300x250.jpg" alt="" width="300" height="250"></a></div></div>\n</div>'
    whatsapp = '<div class="element app__elements__calltoactionelement" id="e223">\n\t<div class="element__content"><div class="cta cta--whatsapp"><p>Joyina ijelo lethu le-WhatsApp ufumane iindaba zasekuhlaleni qho ngentsasa.</p><a class="cta__button" href="https://whatsapp.com/channel/0029IlizwiLaseMpuma" target="_blank">Joyina ngoku</a></div></div>\n</div>'
    correction = f'<div class="element dnadesign__elemental__models__elementcontent element--correction" id="e224">\n\t<div class="element__content"><div class="content-element__content typography">\n<p><em>{e(ps[n - 1])}</em></p>\n</div></div>\n</div>'
    elements = "\n".join(
        [
            content(217, 0, 2),
            image,
            content(218, 2, 4),
            also,
            content(222, 4, 5),
            advert,
            content(225, 5, n - 1),
            correction,
            whatsapp,
        ]
    )
    nav = "".join(
        f'<li class="{c}"><a href="{h}" title="{t}" class="{c}">{t}</a></li>'
        for h, t, c in [
            ("", "Ekhaya", "link"),
            ("iindaba/", "Iindaba", "section"),
            ("ezemidlalo/", "Ezemidlalo", "link"),
            ("ezolimo/", "Ezolimo", "link"),
            ("inkcubeko/", "Inkcubeko", "link"),
            ("izimvo/", "Izimvo", "link"),
            ("qhagamshelana-nathi/", "Qhagamshelana nathi", "link"),
        ]
    )
    more = "".join(
        f'<li class="news-teaser"><a href="iindaba/{h}/"><img src="/assets/Iindaba/2025/{img}__FillWzMyMCwxODBd.jpg" alt="" width="320" height="180" loading="lazy"></a><div class="news-teaser__body"><h3><a href="iindaba/{h}/">{e(t)}</a></h3><p class="news-teaser__date">{d}</p><p>{e(s)}</p></div></li>'
        for h, img, t, d, s in [
            (
                "imbalela-ichaphazela-abalimi-bengqushwa",
                "09/imbalela",
                "Imbalela ichaphazela abalimi abancinci kumaphandle eNgqushwa",
                "24 Septemba 2025",
                "Abalimi abaninzi bathi baphulukene nesiqingatha sesivuno sabo sombona kulo nyaka.",
            ),
            (
                "isikolo-samabanga-aphantsi-sifumana-ilayibrari",
                "10/ilayibrari",
                "Isikolo samabanga aphantsi saseMthonjeni sifumana ilayibrari entsha",
                "8 Okthobha 2025",
                "Iincwadi ezingaphezu kwe-2 000 ngesiXhosa nangesiNgesi zinikelwe ngabahlali nabahlobo besikolo.",
            ),
            (
                "intlanganiso-yombane-wasezilalini",
                "10/umbane",
                "Abahlali bafuna impendulo ngokuqhawuka kombane",
                "11 Okthobha 2025",
                "Intlanganiso kaMasipala iza kubanjwa eholweni yoluntu ngoLwesithathu olandelayo.",
            ),
        ]
    )
    comments = "".join(
        f'<li class="comment {c}"><div class="comment" id="comment-{k}"><p class="info"><span class="author">{n}</span> <span class="date">{d}</span></p><div class="comment-text" id="comment-text-{k}"><p>{e(t)}</p></div><div class="comment-action-links"><div class="comment-reply-link-wrapper"><button class="comment-reply-link" type="button" aria-controls="comment-reply-form-holder-{k}" aria-expanded="false">Phendula ku-{n}</button></div></div></div></li>'
        for k, c, n, d, t in [
            (
                412,
                "even first",
                "Sipho M.",
                "15/10/2025 10:21",
                "Le yinto entle kakhulu. Nakwilali yethu sidinga amatanki anje, imvula iyana kodwa amanzi ayabaleka nje.",
            ),
            (
                415,
                "odd last",
                "Nomvula",
                "15/10/2025 14:05",
                "Enkosi kulutsha olufake amatanki. Ndiyathemba ukuba uqeqesho luza kuqhubeka nakwezinye iigadi.",
            ),
        ]
    )
    return f"""<!DOCTYPE html>
<html lang="xh-ZA">
<head>
<base href="{site}/"><!--[if lte IE 6]></base><![endif]-->
<title>{e(art["title"])} &raquo; Ilizwi LaseMpuma</title>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="generator" content="Silverstripe CMS 5.2">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="description" content="{e(ps[0][:155])}">
<link rel="canonical" href="{url}">
<meta property="og:title" content="{e(art["title"])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<link rel="stylesheet" type="text/css" href="/_resources/themes/ilizwi/css/main.css?m=1727180211">
<link rel="stylesheet" type="text/css" href="/_resources/vendor/silverstripe/comments/client/css/comments.css?m=1719831744">
</head>
<body class="NewsArticlePage" dir="ltr">
<div id="cookie-consent" class="cookie-consent" role="dialog" aria-live="polite"><p>Le webhusayithi isebenzisa iicookies ukuphucula amava akho. Ngokuqhubeka, uyavuma ukusetyenziswa kwazo.</p><a class="cookie-consent__more" href="umgaqo-wabucala/">Funda ngakumbi</a><button type="button" class="cookie-consent__accept">Ndiyavuma</button></div>
<a href="{url}#main" class="skip-link">Tsibela kumxholo</a>
<header class="header" role="banner">
<div class="header__top"><div class="inner"><span class="header__date">ULwesithathu, 15 Okthobha 2025</span><a class="header__epaper" href="iphepha-ledijithali/">I-E-Edition</a></div></div>
<div class="inner">
<a href="{site}/" class="brand" rel="home"><img src="/_resources/themes/ilizwi/images/logo.svg" alt="Ilizwi LaseMpuma"><span class="brand__tagline">Iphephandaba loluntu laseMpuma Koloni</span></a>
<form id="Form_SearchForm" action="/home/SearchForm" method="get" enctype="application/x-www-form-urlencoded" class="search-form"><fieldset><div id="Form_SearchForm_Search_Holder" class="field text nolabel"><div class="middleColumn"><input type="text" name="Search" class="text nolabel" id="Form_SearchForm_Search" placeholder="Khangela"></div></div><input type="submit" name="action_results" value="Khangela" class="action" id="Form_SearchForm_action_results"></fieldset></form>
<nav class="primary" aria-label="Main"><span class="nav-open-button">²</span><ul>{nav}</ul></nav>
</div>
</header>
<div class="main" role="main" id="main"><div class="inner typography line">
<nav class="breadcrumbs" aria-label="Breadcrumb"><a href="{site}/" class="breadcrumb-1">Ekhaya</a> &raquo; <a href="iindaba/" class="breadcrumb-2">Iindaba</a> &raquo; <span class="breadcrumb-3">{e(art["title"])}</span></nav>
<div class="content-container unit size3of4 lastUnit">
<article class="news-article">
<p class="news-article__category"><a href="iindaba/?category=ezolimo">Ezolimo</a></p>
<h1>{e(art["title"])}</h1>
<p class="news-article__meta">Ngu <a href="ababhali/nosipho-mgxashe/">{e(art["author"])}</a> &middot; <time datetime="2025-10-15T08:30:00+02:00">15 Okthobha 2025</time></p>
<div class="elemental-area">
{elements}
</div>
<div class="news-article__tags">Iithegi: <a href="iindaba/tag/ezolimo/">ezolimo</a>, <a href="iindaba/tag/amanzi/">amanzi</a>, <a href="iindaba/tag/mthonjeni/">Mthonjeni</a></div>
<div class="share-links"><span>Yabelana:</span> <a href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" rel="noopener">Facebook</a> <a href="https://wa.me/?text={url}" target="_blank" rel="noopener">WhatsApp</a> <a href="mailto:?subject={e(art["title"])}&amp;body={url}">I-imeyile</a></div>
</article>
<div id="comments-holder" class="comments-holder-container">
<h4>Izimvo (2)</h4>
<div class="comments-holder"><ul class="comments-list root-level">{comments}</ul></div>
<p class="commenting-policy">Izimvo zijongwa ngumhleli phambi kokuba zipapashwe. Sicela uhlonele abanye abafundi.</p>
<h4>Shiya uluvo</h4>
<form id="CommentsForm_CommentsForm" action="/comments/CommentsForm" method="POST" enctype="application/x-www-form-urlencoded" class="comments-form">
<fieldset>
<div id="CommentsForm_CommentsForm_Name_Holder" class="field text"><label class="left" for="CommentsForm_CommentsForm_Name">Igama lakho</label><div class="middleColumn"><input type="text" name="Name" class="text" id="CommentsForm_CommentsForm_Name" required="required" aria-required="true"></div></div>
<div id="CommentsForm_CommentsForm_Email_Holder" class="field email text"><label class="left" for="CommentsForm_CommentsForm_Email">I-imeyile yakho</label><div class="middleColumn"><input type="email" name="Email" class="email text" id="CommentsForm_CommentsForm_Email" required="required" aria-required="true"></div><p class="description">Ayizokupapashwa.</p></div>
<div id="CommentsForm_CommentsForm_Comment_Holder" class="field textarea"><label class="left" for="CommentsForm_CommentsForm_Comment">Izimvo</label><div class="middleColumn"><textarea name="Comment" class="textarea" id="CommentsForm_CommentsForm_Comment" required="required" aria-required="true" rows="5" cols="20"></textarea></div></div>
<input type="hidden" name="ParentID" value="88" class="hidden" id="CommentsForm_CommentsForm_ParentID">
<input type="hidden" name="SecurityID" value="{sid}" class="hidden" id="CommentsForm_CommentsForm_SecurityID">
</fieldset>
<div class="btn-toolbar"><input type="submit" name="action_doPostComment" value="Thumela" class="action" id="CommentsForm_CommentsForm_action_doPostComment"></div>
</form>
</div>
<section class="more-news"><h2>Amanqaku ahambelanayo</h2><ul class="news-teasers">{more}</ul></section>
</div>
<aside class="sidebar unit size1of4">
<nav class="secondary"><h3>Iindaba</h3><ul><li class="current"><a href="iindaba/">Zonke iindaba</a></li><li class="link"><a href="iindaba/?category=ezolimo">Ezolimo</a></li><li class="link"><a href="iindaba/?category=ezempilo">Ezempilo</a></li><li class="link"><a href="iindaba/?category=imfundo">Imfundo</a></li></ul></nav>
<div class="newsletter-box"><h3>Incwadana yeendaba</h3><p>Fumana iindaba ezintsha zasekuhlaleni kwi-imeyile yakho qho ngoLwesihlanu.</p>
<form id="Form_NewsletterForm" action="/home/NewsletterForm" method="post" enctype="application/x-www-form-urlencoded"><fieldset><div id="Form_NewsletterForm_Email_Holder" class="field email text"><label class="left" for="Form_NewsletterForm_Email">I-imeyile</label><div class="middleColumn"><input type="email" name="Email" class="email text" id="Form_NewsletterForm_Email" required="required" aria-required="true"></div></div><input type="hidden" name="SecurityID" value="{sid}" class="hidden" id="Form_NewsletterForm_SecurityID"></fieldset><div class="btn-toolbar"><input type="submit" name="action_subscribe" value="Bhalisa" class="action" id="Form_NewsletterForm_action_subscribe"></div></form></div>
<div class="advert advert--skyscraper"><span class="advert__label">Intengiso</span><a href="adverts/click/9" rel="sponsored nofollow" target="_blank"><img src="/assets/Adverts/eastern-cape-tourism-300x600.jpg" alt="" width="300" height="600"></a></div>
</aside>
</div></div>
<footer class="footer" role="contentinfo"><div class="inner">
<div class="footer__about"><p>Ilizwi LaseMpuma liphephandaba loluntu elingajonganga ngeniso, elisebenza kwiilali zaseMpuma Koloni ukususela ngo-2009.</p><p>Ilungu leBhunga leMithombo yoLuntu. Izikhalazo malunga nemigangatho yobuntatheli zingathunyelwa kumhleli.</p></div>
<ul class="footer__links"><li><a href="malunga-nathi/">Malunga nathi</a></li><li><a href="ukupapasha-intengiso/">Papasha intengiso</a></li><li><a href="umgaqo-wabucala/">Umgaqo wabucala</a></li></ul>
<p class="footer__copyright">&copy; 2025 Ilizwi LaseMpuma</p>
</div></footer>
<script src="/_resources/themes/ilizwi/javascript/main.js?m=1727180211"></script>
<script src="/_resources/vendor/silverstripe/comments/client/dist/js/CommentsInterface.js?m=1719831744"></script>
</body>
</html>
"""


def telugu(art):
    """Ruby on Rails with Hotwire: import map, Turbo frames, Stimulus, an Action Text body."""
    site = "https://www.palleprabha.example"
    slug = "kondapalli-solar-plant-rythula-kosam"
    url = f"{site}/articles/{slug}"
    ps = art["paragraphs"]
    token = "q9Lr2Vt8xN4bK0pZ7sW1cF6yH3jD5mA-eUoGiTlQvXnRkYbEwPzSdCfJhMgO"
    # Action Text (Trix) keeps consecutive paragraphs in one <div> split by <br><br>
    # and offers only <h1> for headings.
    blocks = []
    run = []
    for p in ps:
        if p.startswith("## "):
            if run:
                blocks.append(run)
                run = []
            blocks.append(p)
        else:
            run.append(p)
    if run:
        blocks.append(run)
    attachment = f'<action-text-attachment sgid="eyJfcmFpbHMiOnsiZGF0YSI6ImdpZDovL3BhbGxlcHJhYmhhL0FjdGl2ZVN0b3JhZ2U6OkJsb2IvODgyMT9leHBpcmVzX2luIiwicHVyIjoiYXR0YWNoYWJsZSJ9fQ==--7a1c" content-type="image/jpeg" url="{site}/rails/active_storage/blobs/redirect/eyJfcmFpbHMiOnsiZGF0YSI6ODgyMSwicHVyIjoiYmxvYl9pZCJ9fQ==--c0ffee/kondapalli-panels.jpg" filename="kondapalli-panels.jpg" filesize="412883" width="1600" height="900" previewable="true" presentation="gallery" caption="కొండపల్లి సౌర విద్యుత్ కేంద్రంలో అమర్చిన సోలార్ ప్యానెళ్లు"><figure class="attachment attachment--preview attachment--jpg"><img src="{site}/rails/active_storage/representations/redirect/eyJfcmFpbHMiOnsiZGF0YSI6ODgyMSwicHVyIjoiYmxvYl9pZCJ9fQ==--c0ffee/eyJfcmFpbHMiOnsiZGF0YSI6eyJmb3JtYXQiOiJqcGciLCJyZXNpemVfdG9fbGltaXQiOlsxMDI0LDc2OF19fX0=--b1a5/kondapalli-panels.jpg"><figcaption class="attachment__caption">కొండపల్లి సౌర విద్యుత్ కేంద్రంలో అమర్చిన సోలార్ ప్యానెళ్లు</figcaption></figure></action-text-attachment>'
    ad = '<div class="ad-slot ad-slot--in-article" data-controller="ad" data-ad-unit-value="/2290145/palleprabha/article_inline_1"><span class="ad-slot__label">ప్రకటన</span><div id="div-gpt-ad-article_inline_1" data-ad-target="slot"></div></div>'
    related = f'<turbo-frame id="inline_related_3411" src="/articles/{slug}/related?inline=1" loading="lazy" target="_top"><aside class="inline-related"><p class="inline-related__label">ఇవి కూడా చదవండి:</p><a href="/articles/chintalavagu-bore-wells-ground-water" class="inline-related__link">చింతలవాగు మండలంలో పెరిగిన భూగర్భ జలాలు: రైతుల్లో ఆనందం</a></aside></turbo-frame>'
    parts = []
    for i, b in enumerate(blocks):
        if isinstance(b, str):
            parts.append(f"<h1>{e(b[3:])}</h1>")
        else:
            parts.append("<div>" + "<br><br>".join(e(p) for p in b) + "</div>")
        if i == 0:
            parts.append(ad)
        elif i == 2:
            parts.append(f"<div>{attachment}</div>")
    body = "\n".join(parts)
    nav = "".join(
        f'<li><a href="/sections/{h}" class="site-nav__link{" site-nav__link--active" if t == "జిల్లాలు" else ""}" data-turbo-frame="_top">{t}</a></li>'
        for h, t in [
            ("andhra-pradesh", "ఆంధ్రప్రదేశ్"),
            ("telangana", "తెలంగాణ"),
            ("districts", "జిల్లాలు"),
            ("agriculture", "వ్యవసాయం"),
            ("national", "జాతీయం"),
            ("sports", "క్రీడలు"),
            ("cinema", "సినిమా"),
        ]
    )
    more = "".join(
        f'<li class="story-card"><a href="/articles/{h}" class="story-card__link"><img src="{site}/rails/active_storage/representations/redirect/{img}/thumb.jpg" alt="" loading="lazy" width="240" height="135"><h3 class="story-card__title">{e(t)}</h3></a><p class="story-card__summary">{e(s)}</p><time class="story-card__time" datetime="{dt}">{d}</time></li>'
        for h, img, t, s, dt, d in [
            (
                "chintalavagu-bore-wells-ground-water",
                "eyJfcmFpbHMiOnsiZGF0YSI6ODc5MH19--a1",
                "చింతలవాగు మండలంలో పెరిగిన భూగర్భ జలాలు: రైతుల్లో ఆనందం",
                "గత ఏడాదితో పోలిస్తే మండలంలో భూగర్భ జలమట్టం సగటున రెండు మీటర్లు పెరిగింది.",
                "2025-09-28T10:15:00+05:30",
                "సెప్టెంబర్ 28",
            ),
            (
                "paddy-procurement-centres-open",
                "eyJfcmFpbHMiOnsiZGF0YSI6ODgwNH19--b2",
                "జిల్లాలో 42 ధాన్యం కొనుగోలు కేంద్రాలు ప్రారంభం",
                "రైతులు తేమ శాతం 17 లోపు ఉండేలా చూసుకోవాలని అధికారులు సూచించారు.",
                "2025-09-30T16:40:00+05:30",
                "సెప్టెంబర్ 30",
            ),
        ]
    )
    comments = "".join(
        f'<div id="comment_{k}" class="comment"><div class="comment__meta"><strong class="comment__author">{n}</strong> <time datetime="{dt}" data-controller="local-time">{d}</time></div><p class="comment__body">{e(t)}</p></div>'
        for k, n, dt, d, t in [
            (
                20931,
                "రమేష్ బాబు",
                "2025-10-02T11:02:00+05:30",
                "2 గంటల క్రితం",
                "చాలా మంచి నిర్ణయం. మా మండలంలో కూడా ఇలాంటి కేంద్రం పెడితే రాత్రి పొలాలకు వెళ్లే బాధ తప్పుతుంది.",
            ),
            (
                20934,
                "సుజాత",
                "2025-10-02T12:26:00+05:30",
                "1 గంట క్రితం",
                "గ్రామ యువకులకే ఉద్యోగాలు ఇవ్వడం బాగుంది. నిర్వహణ సరిగ్గా జరిగితేనే ఫలితం ఉంటుంది.",
            ),
        ]
    )
    importmap = {
        "imports": {
            "application": "/assets/application-6b1f4c2e.js",
            "@hotwired/turbo-rails": "/assets/turbo.min-4c8b2a1d.js",
            "@hotwired/stimulus": "/assets/stimulus.min-0e7f3d9a.js",
            "@hotwired/stimulus-loading": "/assets/stimulus-loading-1fc53fe7.js",
            "trix": "/assets/trix-5a3b9c0d.js",
            "@rails/actiontext": "/assets/actiontext.esm-2d8e7f1b.js",
            "controllers/application": "/assets/controllers/application-368d9826.js",
            "controllers/share_controller": "/assets/controllers/share_controller-9e2c4a7b.js",
            "controllers/consent_controller": "/assets/controllers/consent_controller-3f6a1d2e.js",
            "controllers/ad_controller": "/assets/controllers/ad_controller-7c4b8e5f.js",
        }
    }
    return f"""<!DOCTYPE html>
<html lang="te">
  <head>
    <meta charset="utf-8">
    <title>{e(art["title"])} | పల్లె ప్రభ</title>
    <meta name="viewport" content="width=device-width,initial-scale=1">
    <meta name="apple-mobile-web-app-capable" content="yes">
    <meta name="csrf-param" content="authenticity_token" />
<meta name="csrf-token" content="{token}" />
    <meta name="turbo-refresh-method" content="morph">
    <meta name="turbo-refresh-scroll" content="preserve">
    <meta name="description" content="{e(ps[0][:150])}">
    <meta property="og:title" content="{e(art["title"])}">
    <meta property="og:type" content="article">
    <meta property="og:url" content="{url}">
    <link rel="canonical" href="{url}">
    <link rel="stylesheet" href="/assets/application-8d2f6a1c.css" data-turbo-track="reload" />
    <script type="importmap" data-turbo-track="reload">{json.dumps(importmap)}</script>
<link rel="modulepreload" href="/assets/application-6b1f4c2e.js">
<link rel="modulepreload" href="/assets/turbo.min-4c8b2a1d.js">
<link rel="modulepreload" href="/assets/stimulus.min-0e7f3d9a.js">
<script type="module">import "application"</script>
  </head>

  <body data-controller="consent" class="articles articles--show">
    <div class="consent-banner" data-consent-target="banner" hidden><p>మీ అనుభవాన్ని మెరుగుపరచడానికి మేము కుకీలను ఉపయోగిస్తాము.</p><button type="button" data-action="consent#accept">అంగీకరిస్తున్నాను</button></div>
    <div class="top-strip"><div class="container"><span class="top-strip__date">గురువారం, 2 అక్టోబర్ 2025</span><a href="/epaper" class="top-strip__link">ఈ-పేపర్</a><a href="/session/new" class="top-strip__link">లాగిన్</a></div></div>
    <header class="site-header">
      <div class="container site-header__inner">
        <a href="/" class="site-header__logo" data-turbo-frame="_top"><img src="/assets/logo-palleprabha-5f2e1c9b.svg" alt="పల్లె ప్రభ" width="220" height="56"></a>
        <form class="site-search" action="/search" accept-charset="UTF-8" method="get"><input type="search" name="q" id="q" placeholder="వెతకండి" aria-label="వెతకండి"></form>
      </div>
      <nav class="site-nav" aria-label="ప్రధాన మెనూ"><div class="container"><ul class="site-nav__list">{nav}</ul></div></nav>
    </header>
    <turbo-frame id="breaking_news" src="/breaking_news" target="_top"><div class="breaking"><div class="container"><span class="breaking__label">బ్రేకింగ్ న్యూస్</span><a href="/articles/heavy-rain-alert-coastal-districts">తీర ప్రాంత జిల్లాలకు భారీ వర్ష సూచన</a></div></div></turbo-frame>

    <main class="container article-layout">
      <nav class="breadcrumbs" aria-label="breadcrumb"><ol><li><a href="/">హోమ్</a></li><li><a href="/sections/districts">జిల్లాలు</a></li><li><a href="/sections/districts/chintalavagu">చింతలవాగు</a></li></ol></nav>
      <article id="article_3411" class="article">
        <header class="article__header">
          <a href="/sections/agriculture" class="article__section">వ్యవసాయం</a>
          <h1 class="article__title">{e(art["title"])}</h1>
          <div class="article__byline"><span class="article__author">{e(art["author"])}, చింతలవాగు</span> <span class="article__time">ప్రచురణ: <time datetime="2025-10-02T09:20:00+05:30">అక్టోబర్ 2, 2025, 09:20 IST</time></span></div>
          <div class="share" data-controller="share" data-share-url-value="{url}" data-share-title-value="{e(art["title"])}">
            <button type="button" class="share__button" data-action="share#whatsapp">వాట్సాప్</button>
            <button type="button" class="share__button" data-action="share#facebook">ఫేస్‌బుక్</button>
            <button type="button" class="share__button" data-action="share#x">X</button>
            <button type="button" class="share__button" data-action="share#copy">లింక్ కాపీ</button>
            <span class="share__notice" data-share-target="notice" hidden>లింక్ కాపీ అయింది</span>
          </div>
        </header>
        <figure class="article__hero"><img src="{site}/rails/active_storage/representations/redirect/eyJfcmFpbHMiOnsiZGF0YSI6ODgyMH19--d3/kondapalli-plant-opening.jpg" alt="" width="1024" height="576"><figcaption>కొండపల్లిలో సౌర విద్యుత్ కేంద్రాన్ని ప్రారంభిస్తున్న అధికారులు, ప్రజాప్రతినిధులు</figcaption></figure>
        <div class="article__body">
          <div class="trix-content">
{body}
</div>
          {related}
          <p class="article__whatsapp"><a href="https://whatsapp.com/channel/0029PallePrabha" target="_blank" rel="noopener">తాజా వార్తల కోసం పల్లె ప్రభ వాట్సాప్ ఛానల్‌ను ఫాలో అవ్వండి</a></p>
        </div>
        <footer class="article__footer">
          <ul class="tags"><li><a href="/tags/solar-power">సౌర విద్యుత్</a></li><li><a href="/tags/farmers">రైతులు</a></li><li><a href="/tags/chintalavagu">చింతలవాగు</a></li></ul>
        </footer>
      </article>

      <turbo-cable-stream-source channel="Turbo::StreamsChannel" signed-stream-name="ImdpZDovL3BhbGxlcHJhYmhhL0FydGljbGUvMzQxMTpjb21tZW50cyI=--9f1e0c7d6b5a4e3f2d1c0b9a8f7e6d5c4b3a2f1e"></turbo-cable-stream-source>
      <section class="comments" aria-labelledby="comments-title">
        <h2 id="comments-title">వ్యాఖ్యలు (2)</h2>
        <div id="article_3411_comments">{comments}</div>
        <turbo-frame id="new_comment">
          <form class="new_comment" id="new_comment" action="/articles/{slug}/comments" accept-charset="UTF-8" method="post"><input type="hidden" name="authenticity_token" value="{token}" autocomplete="off" />
            <label for="comment_body">మీ అభిప్రాయం</label>
            <textarea name="comment[body]" id="comment_body" rows="3"></textarea>
            <p class="comments__rules">వ్యాఖ్యలు మోడరేషన్ తర్వాత ప్రచురితమవుతాయి. అసభ్య పదజాలం ఉన్న వ్యాఖ్యలను తొలగిస్తాము.</p>
            <input type="submit" name="commit" value="పంపండి" data-disable-with="పంపుతోంది..." />
          </form>
        </turbo-frame>
      </section>

      <section class="more-stories"><h2>మరిన్ని వార్తలు</h2><ul class="story-list">{more}</ul></section>
      <aside class="rail">
        <turbo-frame id="most_read" src="/articles/most_read" loading="lazy"><p class="rail__loading">లోడ్ అవుతోంది…</p></turbo-frame>
        <div class="ad-slot ad-slot--rail" data-controller="ad" data-ad-unit-value="/2290145/palleprabha/rail_1"><span class="ad-slot__label">ప్రకటన</span><div id="div-gpt-ad-rail_1" data-ad-target="slot"></div></div>
      </aside>
    </main>

    <footer class="site-footer"><div class="container">
      <p class="site-footer__about">పల్లె ప్రభ — గ్రామీణ తెలుగు ప్రజల గొంతుక. ఎడిటర్: వి. రామకృష్ణ. చిరునామా: మెయిన్ రోడ్, చింతలవాగు.</p>
      <ul class="site-footer__links"><li><a href="/pages/about">మా గురించి</a></li><li><a href="/pages/privacy">గోప్యతా విధానం</a></li><li><a href="/pages/advertise">ప్రకటనల కోసం</a></li></ul>
      <p>© 2025 పల్లె ప్రభ మీడియా ప్రైవేట్ లిమిటెడ్. సర్వహక్కులు ప్రత్యేకించబడ్డాయి.</p>
    </div></footer>
  </body>
</html>
"""


def wiki(art):
    """MediaWiki with the Vector legacy skin: a collaborative wiki news article."""
    site = "https://en.newswiki.example"
    page_name = art["title"].replace(" ", "_")
    url = f"{site}/wiki/{page_name}"
    edit = f"{site}/w/index.php?title={page_name}&amp;action=edit"

    def heading(text, n):
        hid = text.replace(" ", "_")
        return f'<h2><span class="mw-headline" id="{hid}">{e(text)}</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="{edit}&amp;section={n}" title="Edit section: {e(text)}">edit</a><span class="mw-editsection-bracket">]</span></span></h2>'

    out = []
    sec = 0
    for p in art["paragraphs"]:
        if p.startswith("## "):
            sec += 1
            out.append(heading(p[3:], sec))
        else:
            out.append(f"<p>{e(p)}\n</p>")
    body = "\n".join(out)
    infobox = f"""<table class="infobox" style="float:right; clear:right; width:260px; margin:0 0 1em 1em; border:1px solid #a2a9b1; background:#f8f9fa; font-size:88%;">
<tbody><tr><td style="text-align:center;"><span typeof="mw:File"><a href="/wiki/File:River_Tarn_Harwick_locator_map.svg" class="mw-file-description"><img alt="" src="/upload/thumb/3/3c/River_Tarn_Harwick_locator_map.svg/250px-River_Tarn_Harwick_locator_map.svg.png" decoding="async" width="250" height="238" class="mw-file-element"></a></span>
<div class="thumbcaption">Harwick and the River Tarn, in the north of England.<br><small>Image: Newswiki contributors.</small></div></td></tr>
<tr><th style="background:#eaecf0;">Related news</th></tr>
<tr><td><ul><li><span style="white-space:nowrap;">29 January 2025:</span> <a href="/wiki/Storm_Ilse_brings_gales_and_heavy_rain_to_northern_England" title="Storm Ilse brings gales and heavy rain to northern England">Storm Ilse brings gales and heavy rain to northern England</a></li>
<li><span style="white-space:nowrap;">14 November 2024:</span> <a href="/wiki/Harwick_council_approves_new_flood_warning_sirens" title="Harwick council approves new flood warning sirens">Harwick council approves new flood warning sirens</a></li></ul></td></tr>
<tr><th style="background:#eaecf0;">Sister links</th></tr>
<tr><td><ul><li><a class="extiw" href="https://en.wikipedia.example/wiki/River_Tarn_(England)" title="w:River Tarn (England)">River Tarn</a> on Wikipedia</li><li><a class="extiw" href="https://commons.wikimedia.example/wiki/Category:Harwick" title="commons:Category:Harwick">Media related to Harwick</a> on Commons</li></ul></td></tr>
<tr><th style="background:#eaecf0;">Share this story</th></tr>
<tr><td class="plainlinks"><a rel="nofollow" class="external text" href="https://www.facebook.com/sharer.php?u={url}">Facebook</a> · <a rel="nofollow" class="external text" href="https://twitter.com/intent/tweet?url={url}">X</a> · <a rel="nofollow" class="external text" href="https://www.reddit.com/submit?url={url}">Reddit</a></td></tr>
</tbody></table>"""
    original = f"""<div class="noprint metadata" style="margin:1em 0; border:1px solid #a2a9b1; background:#f0f6fa; padding:0.5em;"><table role="presentation"><tbody><tr><td><span typeof="mw:File"><img alt="" src="/upload/thumb/5/5f/Crystal_Clear_app_kedit.svg/40px-Crystal_Clear_app_kedit.svg.png" decoding="async" width="40" height="40" class="mw-file-element"></span></td><td><b>This article features first-hand journalism by Newswiki members.</b> See the <a href="/wiki/Talk:{page_name}" title="Talk:{e(art["title"])}">collaboration page</a> for more details.</td></tr></tbody></table></div>"""
    sources = "".join(
        f'<li><span class="sourceTemplate"><span class="published">{d}</span> {s} — "<a rel="nofollow" class="external text" href="{h}">{e(t)}</a>" — <i>{o}</i></span></li>'
        for d, s, h, t, o in [
            (
                "February 10, 2025.",
                "Environment agency.",
                "https://flood-warnings.example/warnings/122WAF942",
                "Severe flood warning: River Tarn at Harwick and Ellerby",
                "Regional Environment Agency",
            ),
            (
                "February 10, 2025.",
                "Tom Pell.",
                "https://tarnvalleygazette.example/news/harwick-bridge-closed",
                "Harwick Bridge shut as river hits record level",
                "Tarn Valley Gazette",
            ),
            (
                "February 11, 2025.",
                "",
                "https://harwick-council.example/news/flood-update-11-feb",
                "Flood update: rest centres and road closures",
                "Harwick Town Council",
            ),
        ]
    )
    config = {
        "wgCanonicalNamespace": "",
        "wgPageName": page_name,
        "wgTitle": art["title"],
        "wgCurRevisionId": 4822193,
        "wgArticleId": 1020447,
        "wgIsArticle": True,
        "wgAction": "view",
        "wgCategories": [
            "February 11, 2025",
            "England",
            "Disasters and accidents",
            "Weather",
            "Original reporting",
            "Published",
        ],
        "wgPageContentLanguage": "en",
        "wgRelevantPageName": page_name,
    }
    portlet = "".join(
        f'<li id="{i}" class="mw-list-item"><a href="{h}"><span>{t}</span></a></li>'
        for i, h, t in [
            ("n-mainpage-description", "/wiki/Main_Page", "Main page"),
            ("n-Latest-news", "/wiki/Special:NewsFeed", "Latest news"),
            ("n-Write-an-article", "/wiki/Newswiki:Writing_an_article", "Write an article"),
            ("n-Newsroom", "/wiki/Newswiki:Newsroom", "Newsroom"),
            ("n-Water-cooler", "/wiki/Newswiki:Water_cooler", "Water cooler"),
            ("n-randompage", "/wiki/Special:Random", "Random article"),
            ("n-help", "/wiki/Help:Contents", "Help"),
            ("n-sitesupport", "https://donate.newswiki.example/", "Donate"),
        ]
    )
    return f"""<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr">
<head>
<meta charset="UTF-8">
<title>{e(art["title"])} - Newswiki, the free news source</title>
<script>(function(){{var className="client-js";var cookie=document.cookie.match(/(?:^|; )enwikinewsmwclientpreferences=([^;]+)/);if(cookie){{cookie[1].split('%2C').forEach(function(pref){{className=className.replace(new RegExp('(^| )'+pref.replace(/-clientpref-\\w+$|[^\\w-]+/g,'')+'-clientpref-\\\\w+( |$)'),'$1'+pref+'$2');}});}}document.documentElement.className=className;}}());RLCONF={json.dumps(config)};RLSTATE={{"site.styles":"ready","user.styles":"ready","user":"ready","user.options":"loading","skins.vector.styles.legacy":"ready"}};RLPAGEMODULES=["ext.cite.ux-enhancements","site","mediawiki.page.ready","skins.vector.legacy.js"];</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=ext.cite.styles%7Cskins.vector.styles.legacy&amp;only=styles&amp;skin=vector">
<meta name="generator" content="MediaWiki 1.43.0">
<meta name="referrer" content="origin-when-cross-origin">
<meta name="robots" content="max-image-preview:standard">
<meta property="og:title" content="{e(art["title"])} - Newswiki, the free news source">
<meta property="og:type" content="website">
<link rel="alternate" type="application/x-wiki" title="Edit" href="{site}/w/index.php?title={page_name}&amp;action=edit">
<link rel="search" type="application/opensearchdescription+xml" href="/w/rest.php/v1/search" title="Newswiki (en)">
<link rel="license" href="https://creativecommons.org/licenses/by/2.5/">
<link rel="canonical" href="{url}">
</head>
<body class="skin-vector-legacy mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject mw-editable page-{page_name} rootpage-{page_name} skin-vector action-view"><div id="mw-page-base" class="noprint"></div>
<div id="mw-head-base" class="noprint"></div>
<div id="content" class="mw-body" role="main">
	<a id="top"></a>
	<div id="siteNotice"><div id="centralNotice"></div><!-- CentralNotice --><div id="localNotice" data-nosnippet=""><div class="sitenotice" lang="en" dir="ltr"><p>Newswiki needs reporters in your town. <a href="/wiki/Newswiki:Writing_an_article" title="Newswiki:Writing an article">Write a story today!</a></p></div></div></div>
	<div class="mw-indicators">
	<div id="mw-indicator-published" class="mw-indicator"><span typeof="mw:File"><a href="/wiki/Newswiki:Published" title="This article has been reviewed and published."><img alt="Published" src="/upload/thumb/f/fb/Yes_check.svg/16px-Yes_check.svg.png" decoding="async" width="16" height="16" class="mw-file-element"></a></span></div>
	</div>
	<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">{e(art["title"])}</span></h1>
	<div id="bodyContent" class="vector-body">
		<div id="siteSub" class="noprint">From Newswiki, the free news source you can write!</div>
		<div id="contentSub"><div id="mw-content-subtitle"></div></div>
		<div id="contentSub2"></div>
		<div id="jump-to-nav"></div>
		<a class="mw-jump-link" href="#mw-head">Jump to navigation</a>
		<a class="mw-jump-link" href="#searchInput">Jump to search</a>
		<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">{infobox}
<p><strong class="published"><span id="publishDate" class="value-title" title="2025-02-11"></span>Tuesday, February 11, 2025</strong>
</p>
{body}
{original}
{heading("Sources", sec + 1)}
<ul>{sources}</ul>
<div class="noprint" style="border:1px solid #c8ccd1; padding:0.4em; margin-top:1em; background:#f8f9fa;"><p>Have an opinion on this story? <a href="/wiki/Comments:{page_name}" title="Comments:{e(art["title"])}">Share it!</a>
</p></div>
<div class="noprint" style="border:1px solid #c8ccd1; padding:0.4em; margin-top:0.5em;"><p>This page is archived, and is no longer publicly editable. Articles presented on Newswiki reflect the specific time at which they were written and published, and do not attempt to encompass events or knowledge which occur or become known after their publication. Got a correction? Add the template <code>{{{{editprotected}}}}</code> to the talk page along with your corrections, and it will be brought to the attention of the administrators.
</p></div>
<!--
NewPP limit report
Parsed by mw-web.eqiad.main-6d7c8f9b5-x2k4p
Cached time: 20250213091422
CPU time usage: 0.112 seconds
-->
</div>
<noscript><img src="https://login.newswiki.example/wiki/Special:CentralAutoLogin/start?type=1x1" alt="" width="1" height="1" style="border: none; position: absolute;"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr" href="{site}/w/index.php?title={page_name}&amp;oldid=4822193">{site}/w/index.php?title={page_name}&amp;oldid=4822193</a>"</div></div>
		<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories" title="Special:Categories">Categories</a>: <ul><li><a href="/wiki/Category:February_11,_2025" title="Category:February 11, 2025">February 11, 2025</a></li><li><a href="/wiki/Category:England" title="Category:England">England</a></li><li><a href="/wiki/Category:Disasters_and_accidents" title="Category:Disasters and accidents">Disasters and accidents</a></li><li><a href="/wiki/Category:Weather" title="Category:Weather">Weather</a></li><li><a href="/wiki/Category:Original_reporting" title="Category:Original reporting">Original reporting</a></li><li><a href="/wiki/Category:Published" title="Category:Published">Published</a></li></ul></div></div>
	</div>
</div>

<div id="mw-navigation">
	<h2>Navigation menu</h2>
	<div id="mw-head">
		<nav id="p-personal" class="mw-portlet mw-portlet-personal vector-user-menu-legacy vector-menu" aria-labelledby="p-personal-label" role="navigation">
	<h3 id="p-personal-label" class="vector-menu-heading"><span class="vector-menu-heading-label">Personal tools</span></h3>
	<div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="pt-anonuserpage" class="mw-list-item"><span title="The user page for the IP address you are editing as">Not logged in</span></li><li id="pt-anontalk" class="mw-list-item"><a href="/wiki/Special:MyTalk" title="Discussion about edits from this IP address [n]" accesskey="n"><span>Talk</span></a></li><li id="pt-anoncontribs" class="mw-list-item"><a href="/wiki/Special:MyContributions" title="A list of edits made from this IP address [y]" accesskey="y"><span>Contributions</span></a></li><li id="pt-createaccount" class="mw-list-item"><a href="/w/index.php?title=Special:CreateAccount&amp;returnto={page_name}" title="You are encouraged to create an account and log in; however, it is not mandatory"><span>Create account</span></a></li><li id="pt-login" class="mw-list-item"><a href="/w/index.php?title=Special:UserLogin&amp;returnto={page_name}" title="You are encouraged to log in; however, it is not mandatory [o]" accesskey="o"><span>Log in</span></a></li></ul></div>
</nav>
		<div id="left-navigation">
			<nav id="p-namespaces" class="mw-portlet mw-portlet-namespaces vector-menu-tabs vector-menu-tabs-legacy vector-menu" aria-labelledby="p-namespaces-label" role="navigation">
	<h3 id="p-namespaces-label" class="vector-menu-heading"><span class="vector-menu-heading-label">Namespaces</span></h3>
	<div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="ca-nstab-main" class="selected mw-list-item"><a href="/wiki/{page_name}" title="View the content page [c]" accesskey="c"><span>Article</span></a></li><li id="ca-talk" class="mw-list-item"><a href="/wiki/Talk:{page_name}" rel="discussion" title="Discussion about the content page [t]" accesskey="t"><span>Collaborate</span></a></li><li id="ca-comments" class="mw-list-item"><a href="/wiki/Comments:{page_name}"><span>Opinions</span></a></li></ul></div>
</nav>
		</div>
		<div id="right-navigation">
			<nav id="p-views" class="mw-portlet mw-portlet-views vector-menu-tabs vector-menu-tabs-legacy vector-menu" aria-labelledby="p-views-label" role="navigation">
	<h3 id="p-views-label" class="vector-menu-heading"><span class="vector-menu-heading-label">Views</span></h3>
	<div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="ca-view" class="selected mw-list-item"><a href="/wiki/{page_name}"><span>Read</span></a></li><li id="ca-viewsource" class="mw-list-item"><a href="{edit}" title="This page is protected.&#10;You can view its source [e]" accesskey="e"><span>View source</span></a></li><li id="ca-history" class="mw-list-item"><a href="/w/index.php?title={page_name}&amp;action=history" title="Past revisions of this page [h]" accesskey="h"><span>View history</span></a></li></ul></div>
</nav>
			<div id="p-search" role="search" class="vector-search-box-vue  vector-search-box-show-thumbnail vector-search-box">
	<h3>Search</h3>
	<form action="/w/index.php" id="searchform" class="vector-search-box-form"><div id="simpleSearch" class="vector-search-box-inner" data-search-loc="header-navigation"><input class="vector-search-box-input" type="search" name="search" placeholder="Search Newswiki" aria-label="Search Newswiki" autocapitalize="sentences" title="Search Newswiki [f]" accesskey="f" id="searchInput"><input type="hidden" name="title" value="Special:Search"><input class="searchButton mw-fallbackSearchButton" type="submit" name="fulltext" title="Search the pages for this text" id="mw-searchButton" value="Search"><input class="searchButton" type="submit" name="go" title="Go to a page with this exact name if it exists" id="searchButton" value="Go"></div></form>
</div>
		</div>
	</div>
	<div id="mw-panel" class="vector-legacy-sidebar">
		<div id="p-logo" role="banner"><a class="mw-wiki-logo" href="/wiki/Main_Page" title="Visit the main page"></a></div>
		<nav id="p-navigation" class="mw-portlet mw-portlet-navigation vector-menu-portal portal vector-menu" aria-labelledby="p-navigation-label" role="navigation">
	<h3 id="p-navigation-label" class="vector-menu-heading"><span class="vector-menu-heading-label">Navigation</span></h3>
	<div class="vector-menu-content"><ul class="vector-menu-content-list">{portlet}</ul></div>
</nav>
		<nav id="p-tb" class="mw-portlet mw-portlet-tb vector-menu-portal portal vector-menu" aria-labelledby="p-tb-label" role="navigation">
	<h3 id="p-tb-label" class="vector-menu-heading"><span class="vector-menu-heading-label">Tools</span></h3>
	<div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="t-whatlinkshere" class="mw-list-item"><a href="/wiki/Special:WhatLinksHere/{page_name}" title="A list of all wiki pages that link here [j]" accesskey="j"><span>What links here</span></a></li><li id="t-recentchangeslinked" class="mw-list-item"><a href="/wiki/Special:RecentChangesLinked/{page_name}" rel="nofollow" title="Recent changes in pages linked from this page [k]" accesskey="k"><span>Related changes</span></a></li><li id="t-permalink" class="mw-list-item"><a href="/w/index.php?title={page_name}&amp;oldid=4822193" title="Permanent link to this revision of this page"><span>Permanent link</span></a></li><li id="t-info" class="mw-list-item"><a href="/w/index.php?title={page_name}&amp;action=info" title="More information about this page"><span>Page information</span></a></li><li id="t-cite" class="mw-list-item"><a href="/w/index.php?title=Special:CiteThisPage&amp;page={page_name}&amp;id=4822193" title="Information on how to cite this page"><span>Cite this page</span></a></li></ul></div>
</nav>
		<nav id="p-lang" class="mw-portlet mw-portlet-lang vector-menu-portal portal vector-menu" aria-labelledby="p-lang-label" role="navigation">
	<h3 id="p-lang-label" class="vector-menu-heading"><span class="vector-menu-heading-label">In other languages</span></h3>
	<div class="vector-menu-content"><ul class="vector-menu-content-list"><li class="interlanguage-link interwiki-de mw-list-item"><a href="https://de.newswiki.example/wiki/Hochwasser_in_Harwick" title="Hochwasser in Harwick – German" lang="de" hreflang="de" class="interlanguage-link-target"><span>Deutsch</span></a></li></ul></div>
</nav>
	</div>
</div>

<footer id="footer" class="mw-footer" role="contentinfo">
	<ul id="footer-info">
	<li id="footer-info-lastmod"> This page was last edited on 13 February 2025, at 09:14.</li>
	<li id="footer-info-copyright">All text created after September 25, 2005 available under the terms of the <a class="external" rel="nofollow" href="https://creativecommons.org/licenses/by/2.5/">Creative Commons Attribution 2.5 License</a> unless otherwise noted. Content published before that date is in the public domain.</li>
</ul>
	<ul id="footer-places">
	<li id="footer-places-privacy"><a href="https://foundation.newswiki.example/wiki/Privacy_policy">Privacy policy</a></li>
	<li id="footer-places-about"><a href="/wiki/Newswiki:About">About Newswiki</a></li>
	<li id="footer-places-disclaimers"><a href="/wiki/Newswiki:General_disclaimer">Disclaimers</a></li>
	<li id="footer-places-mobileview"><a href="//en.m.newswiki.example/wiki/{page_name}" class="noprint stopMobileRedirectToggle">Mobile view</a></li>
</ul>
	<ul id="footer-icons" class="noprint">
	<li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img src="/w/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li>
</ul>
</footer>

<script>(RLQ=window.RLQ||[]).push(function(){{mw.config.set({{"wgBackendResponseTime":142,"wgHostname":"mw-web.eqiad.main-6d7c8f9b5-x2k4p"}});}});</script>
</body>
</html>
"""


def motoring(art):
    """Statamic 5 with a Peak-like starter kit: Tailwind classes, Glide URLs, Bard sets."""
    site = "https://www.carfield.example"
    path = "/news/aldwyn-terra-recall-rear-seat-belt"
    url = f"{site}{path}"
    ps = art["paragraphs"]
    n = len(ps)
    token = "Jq8TzVbN2xKpL4mW7sRdF1gH5yC0aE3uI9oPlZkX"

    def text(start, stop):
        inner = paras(
            art,
            start=start,
            stop=stop,
            h='<h2 class="text-2xl font-bold mt-10 mb-4">{}</h2>',
            ul='ul class="list-disc pl-6 space-y-1"',
        )
        return f'<div class="bard-text prose prose-lg max-w-none">\n{inner}\n</div>'

    def glide(name, w):
        return f"/img/asset/bWFpbi9uZXdzLzIwMjUvMTEv{name}?w={w}&amp;fit=crop&amp;s=5c0e1f9a2b7d4c3e8f6a1b0d9c2e7f4a"

    image = f'<figure class="bard-set bard-set--image my-10"><picture><source type="image/webp" srcset="{glide("dGVycmEtcmVhci1iZW5jaC5qcGc=", 800)}&amp;fm=webp 800w, {glide("dGVycmEtcmVhci1iZW5jaC5qcGc=", 1600)}&amp;fm=webp 1600w" sizes="(min-width: 1024px) 800px, 100vw"><img src="{glide("dGVycmEtcmVhci1iZW5jaC5qcGc=", 800)}" alt="Rear seats of an Aldwyn Terra" width="800" height="450" loading="lazy" class="w-full rounded-lg"></picture><figcaption class="mt-2 text-sm text-neutral-600">The rear centre belt on the Terra is mounted in the seat base. <span class="text-neutral-400">Picture: Aldwyn</span></figcaption></figure>'
    review = f'<aside class="bard-set bard-set--related my-10 flex gap-4 rounded-lg border border-neutral-200 p-4"><a href="/reviews/aldwyn/terra" class="shrink-0"><img src="{glide("dGVycmEtcmV2aWV3LmpwZw==", 240)}" alt="" width="120" height="80" class="rounded"></a><div><p class="text-xs font-bold uppercase tracking-wide text-brand-600">Review</p><a href="/reviews/aldwyn/terra" class="font-bold hover:underline">Aldwyn Terra review</a><p class="text-sm text-neutral-600">Roomy, comfortable and cheap to run, the Terra is one of our favourite family SUVs. Rated 4 out of 5.</p></div></aside>'
    valuation = '<div class="bard-set bard-set--valuation my-10 rounded-lg bg-brand-50 p-6"><h3 class="text-lg font-bold">What is your car worth?</h3><p class="text-sm">Get a free, instant valuation in 30 seconds and a guaranteed offer from our buying partners.</p><form action="/valuation" method="get" class="mt-3 flex gap-2"><label for="vrm" class="sr-only">Registration number</label><input id="vrm" name="vrm" type="text" placeholder="ENTER REG" class="uppercase"><button type="submit" class="btn btn-primary">Value my car</button></form></div>'
    ad = '<div class="bard-set bard-set--ad my-10 text-center" data-ad-slot="article_mpu_1"><p class="text-[10px] uppercase tracking-widest text-neutral-400">Advertisement</p><div id="gpt-article_mpu_1" class="mx-auto h-[250px] w-[300px]"></div></div>'
    note = (
        f'<div class="bard-text prose prose-lg max-w-none">\n<p><em>{e(ps[n - 1])}</em></p>\n</div>'
    )
    body = "\n".join(
        [text(0, 3), image, text(3, 9), review, text(9, 11), valuation, text(11, n - 1), ad, note]
    )
    nav = "".join(
        f'<li><a href="{h}" class="block px-3 py-2 font-semibold{" text-brand-600" if t == "News" else ""}">{t}</a></li>'
        for h, t in [
            ("/cars-for-sale", "Cars for sale"),
            ("/reviews", "Reviews"),
            ("/news", "News"),
            ("/advice", "Advice"),
            ("/electric-cars", "Electric cars"),
            ("/valuation", "Car valuation"),
        ]
    )
    latest = "".join(
        f'<article class="rounded-lg border border-neutral-200"><a href="/news/{h}"><img src="{glide(img, 400)}" alt="" width="400" height="225" loading="lazy" class="rounded-t-lg"></a><div class="p-4"><p class="text-xs font-bold uppercase text-brand-600">{c}</p><h3 class="font-bold"><a href="/news/{h}">{e(t)}</a></h3><p class="mt-1 text-sm text-neutral-600">{e(s)}</p><time class="mt-2 block text-xs text-neutral-500" datetime="{dt}">{d}</time></div></article>'
        for h, img, c, t, s, dt, d in [
            (
                "fuel-prices-november-2025",
                "ZnVlbC5qcGc=",
                "News",
                "Petrol prices fall for third month running",
                "The average price of unleaded is now at its lowest level since the spring, but drivers in rural areas are still paying more.",
                "2025-11-19",
                "19 November 2025",
            ),
            (
                "bexley-motors-ev-van-price",
                "dmFuLmpwZw==",
                "Electric cars",
                "Bexley cuts price of electric Porta van by £3,000",
                "The price cut brings the small van's cost closer to that of its diesel sister model for the first time.",
                "2025-11-18",
                "18 November 2025",
            ),
            (
                "mot-changes-2026",
                "bW90LmpwZw==",
                "Advice",
                "MOT test changes: what drivers need to know for 2026",
                "New checks on headlight alignment and emissions equipment will be added to the test from next spring.",
                "2025-11-17",
                "17 November 2025",
            ),
        ]
    )
    data = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "headline": art["title"],
                "datePublished": "2025-11-20T12:05:00+00:00",
                "dateModified": "2025-11-21T09:40:00+00:00",
                "author": [{"@type": "Person", "name": art["author"]}],
                "publisher": {"@type": "Organization", "name": "Carfield"},
                "mainEntityOfPage": url,
            },
            {
                "@type": "BreadcrumbList",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Home", "item": site},
                    {"@type": "ListItem", "position": 2, "name": "News", "item": f"{site}/news"},
                ],
            },
        ],
    }
    return f"""<!doctype html>
<html lang="en-GB" class="antialiased">
    <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{e(art["title"])} | Carfield</title>
        <meta name="description" content="Aldwyn is recalling more than 41,000 Terra SUVs in the UK because a rear seat belt buckle can release in a crash.">
        <link rel="canonical" href="{url}">
        <meta property="og:site_name" content="Carfield">
        <meta property="og:type" content="article">
        <meta property="og:title" content="{e(art["title"])}">
        <meta property="og:url" content="{url}">
        <meta property="og:image" content="{site}{glide("dGVycmEtaGVyby5qcGc=", 1200)}">
        <meta name="twitter:card" content="summary_large_image">
        {ld(data)}        <link rel="preload" as="style" href="{site}/build/assets/site-3c9a1f0e.css"><link rel="stylesheet" href="{site}/build/assets/site-3c9a1f0e.css">
        <link rel="modulepreload" href="{site}/build/assets/site-8b2d7e41.js"><script type="module" src="{site}/build/assets/site-8b2d7e41.js"></script>
    </head>
    <body class="flex min-h-screen flex-col bg-white text-neutral-900 selection:bg-brand-600 selection:text-white">
        <a class="sr-only focus:not-sr-only" href="#content">Skip to content</a>
        <div class="bg-neutral-900 text-center text-sm text-white"><p class="py-2">Sell your car in 24 hours. <a href="/sell-my-car" class="underline">Get an instant offer</a></p></div>
        <header class="border-b border-neutral-200" x-data="{{ open: false }}">
            <div class="fluid-container flex items-center justify-between py-4">
                <a href="/" aria-label="Carfield home"><svg class="h-8 w-36" viewBox="0 0 144 32" aria-hidden="true"><path d="M0 16h144"/></svg><span class="sr-only">Carfield</span></a>
                <nav aria-label="Main" class="hidden md:block"><ul class="flex gap-2">{nav}</ul></nav>
                <div class="flex items-center gap-3"><a href="/search" class="p-2" aria-label="Search"><svg class="h-5 w-5" aria-hidden="true" viewBox="0 0 20 20"><circle cx="8" cy="8" r="6"/></svg></a><a href="/account/login" class="font-semibold">Sign in</a><button class="md:hidden" @click="open = !open" aria-label="Menu">Menu</button></div>
            </div>
            <nav x-show="open" x-cloak class="md:hidden" aria-label="Mobile"><ul>{nav}</ul></nav>
        </header>

        <main id="content" class="flex-grow">
            <article class="fluid-container grid grid-cols-12 gap-x-6 py-8">
                <div class="col-span-12 lg:col-span-8">
                    <nav aria-label="Breadcrumbs" class="mb-4 text-sm text-neutral-500"><ol class="flex gap-2"><li><a href="/">Home</a></li><li aria-hidden="true">/</li><li><a href="/news">News</a></li><li aria-hidden="true">/</li><li><a href="/news/recalls">Recalls</a></li></ol></nav>
                    <p class="text-sm font-bold uppercase tracking-wide text-brand-600">Recalls</p>
                    <h1 class="mt-2 text-4xl font-extrabold leading-tight">{e(art["title"])}</h1>
                    <p class="mt-4 text-xl text-neutral-700">Rear centre belt buckle can crack in cold weather; owners told not to use the middle seat until it is fixed</p>
                    <div class="mt-6 flex items-center gap-3 border-y border-neutral-200 py-3">
                        <img src="{glide("dG9tLWhhZGxleS5qcGc=", 96)}" alt="" width="48" height="48" class="rounded-full">
                        <div class="text-sm"><a href="/authors/tom-hadley" class="font-bold">{e(art["author"])}</a> <span class="text-neutral-500">News Editor</span><br><time datetime="2025-11-20T12:05:00+00:00">20 November 2025</time> <span class="text-neutral-500">· Updated 21 November 2025</span></div>
                        <div class="ml-auto flex gap-2" aria-label="Share"><a href="https://www.facebook.com/sharer/sharer.php?u={url}" class="p-2" aria-label="Share on Facebook"><svg class="h-4 w-4" aria-hidden="true" viewBox="0 0 16 16"><path d="M8 0v16"/></svg></a><a href="https://twitter.com/intent/tweet?url={url}" class="p-2" aria-label="Share on X"><svg class="h-4 w-4" aria-hidden="true" viewBox="0 0 16 16"><path d="M0 0l16 16"/></svg></a><a href="mailto:?subject={e(art["title"])}&amp;body={url}" class="p-2" aria-label="Share by email"><svg class="h-4 w-4" aria-hidden="true" viewBox="0 0 16 16"><path d="M0 4h16"/></svg></a></div>
                    </div>
                    <figure class="mt-6"><img src="{glide("dGVycmEtaGVyby5qcGc=", 1200)}" alt="Aldwyn Terra SUV" width="1200" height="675" class="w-full rounded-lg"><figcaption class="mt-2 text-sm text-neutral-600">The Aldwyn Terra has been on sale since 2023. <span class="text-neutral-400">Picture: Carfield/Ben Marsh</span></figcaption></figure>
                    <div class="mt-8">
{body}
                    </div>
                    <div class="mt-8 flex flex-wrap gap-2"><a href="/tags/aldwyn" class="rounded-full bg-neutral-100 px-3 py-1 text-sm">Aldwyn</a><a href="/tags/recalls" class="rounded-full bg-neutral-100 px-3 py-1 text-sm">Recalls</a><a href="/tags/suvs" class="rounded-full bg-neutral-100 px-3 py-1 text-sm">SUVs</a><a href="/tags/car-safety" class="rounded-full bg-neutral-100 px-3 py-1 text-sm">Car safety</a></div>
                    <div class="mt-8 flex gap-4 rounded-lg bg-neutral-50 p-6"><img src="{glide("dG9tLWhhZGxleS5qcGc=", 160)}" alt="" width="80" height="80" class="rounded-full"><div><p class="font-bold">{e(art["author"])}</p><p class="text-sm text-neutral-600">Tom has been reporting on the car industry for 15 years and runs Carfield's news desk. He drives a ten-year-old estate car and has strong views on cupholders.</p></div></div>
                </div>
                <aside class="col-span-12 mt-10 lg:col-span-4 lg:mt-0">
                    <div class="rounded-lg border border-neutral-200 p-5"><h2 class="text-lg font-bold">Find your next car</h2><form action="/cars-for-sale" method="get" class="mt-3 space-y-3"><label class="block text-sm">Make<select name="make"><option value="">Any make</option><option>Aldwyn</option><option>Bexley</option><option>Corran</option></select></label><label class="block text-sm">Model<select name="model"><option value="">Any model</option></select></label><label class="block text-sm">Max price<select name="price_to"><option value="">No max</option><option value="10000">£10,000</option><option value="20000">£20,000</option></select></label><button type="submit" class="btn btn-primary w-full">Search 48,211 cars</button></form></div>
                    <div class="mt-6 text-center" data-ad-slot="sidebar_mpu"><p class="text-[10px] uppercase tracking-widest text-neutral-400">Advertisement</p><div id="gpt-sidebar_mpu" class="mx-auto h-[600px] w-[300px]"></div></div>
                </aside>
            </article>

            <section class="bg-neutral-50 py-10"><div class="fluid-container"><h2 class="text-2xl font-bold">Latest car news</h2><div class="mt-6 grid gap-6 md:grid-cols-3">{latest}</div></div></section>

            <section class="bg-brand-600 py-10 text-white"><div class="fluid-container max-w-2xl"><h2 class="text-2xl font-bold">The Carfield newsletter</h2><p class="mt-2">The week's biggest car news, reviews and buying advice, every Friday.</p>
                <form method="POST" action="/!/forms/newsletter" class="mt-4 flex gap-2"><input type="hidden" name="_token" value="{token}"><input type="text" name="winnie" class="hidden" tabindex="-1" autocomplete="off"><label for="newsletter-email" class="sr-only">Email address</label><input id="newsletter-email" type="email" name="email" required placeholder="Your email address" class="flex-grow text-neutral-900"><button type="submit" class="btn btn-dark">Sign up</button></form>
                <p class="mt-2 text-xs">By signing up you agree to our <a href="/privacy" class="underline">privacy policy</a>. You can unsubscribe at any time.</p></div></section>
        </main>

        <footer class="bg-neutral-900 py-10 text-sm text-neutral-300"><div class="fluid-container grid gap-6 md:grid-cols-4">
            <div><h3 class="font-bold text-white">Buying</h3><ul><li><a href="/cars-for-sale">Used cars</a></li><li><a href="/new-cars">New cars</a></li><li><a href="/car-finance">Car finance</a></li></ul></div>
            <div><h3 class="font-bold text-white">Selling</h3><ul><li><a href="/sell-my-car">Sell my car</a></li><li><a href="/valuation">Free car valuation</a></li></ul></div>
            <div><h3 class="font-bold text-white">Carfield</h3><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact us</a></li><li><a href="/privacy">Privacy notice</a></li><li><a href="/cookies">Cookie settings</a></li></ul></div>
            <div><p>Carfield Media Ltd is an appointed representative of Keel Finance Ltd, which is authorised and regulated by the Financial Conduct Authority. Carfield is a credit broker, not a lender.</p><p class="mt-2">&copy; 2025 Carfield Media Ltd. Registered in England and Wales No. 09876543.</p></div>
        </div></footer>
    </body>
</html>
"""


def music(art):
    """Eleventy (11ty) static site: eleventy-img pictures, markdown-it-anchor, ``<is-land>``."""
    site = "https://pressingmatters.example"
    path = "/news/2025/glasshouse-festival-2026-cancelled/"
    url = f"{site}{path}"
    ps = art["paragraphs"]
    n = len(ps)

    def pic(h, alt, w, ht, lazy=True):
        load = ' loading="lazy"' if lazy else ""
        return f'<picture><source type="image/avif" srcset="/img/{h}-640.avif 640w, /img/{h}-1280.avif 1280w" sizes="(min-width: 48em) 44em, 100vw"><source type="image/webp" srcset="/img/{h}-640.webp 640w, /img/{h}-1280.webp 1280w" sizes="(min-width: 48em) 44em, 100vw"><img alt="{alt}"{load} decoding="async" src="/img/{h}-640.jpeg" width="{w}" height="{ht}" srcset="/img/{h}-640.jpeg 640w, /img/{h}-1280.jpeg 1280w" sizes="(min-width: 48em) 44em, 100vw"></picture>'

    embed = '<is-land on:visible><figure class="embed"><iframe title="Glasshouse 2025 – Live from the Orangery" style="border:0; width:100%; height:120px;" src="https://bandcamp.example/EmbeddedPlayer/album=2248190311/size=large/bgcol=ffffff/linkcol=0687f5/tracklist=false/artwork=small/transparent=true/" seamless loading="lazy"></iframe><figcaption>Listen: <a href="https://glasshousefestival.bandcamp.example/album/live-from-the-orangery-2025">Glasshouse 2025 – Live from the Orangery</a>, the festival\'s live compilation, sold in aid of its bursary fund.</figcaption></figure></is-land>'
    support = '<aside class="support-box"><p><strong>Pressing Matters is reader-funded.</strong> We don\'t run ads or sponsored posts. If you value independent music journalism, <a href="/support/">become a supporter</a> from £3 a month.</p></aside>'
    out = []
    for i, p in enumerate(ps):
        if p.startswith("## "):
            hid = p[3:].lower().replace(" ", "-")
            out.append(
                f'<h2 id="{hid}" tabindex="-1">{e(p[3:])} <a class="header-anchor" href="#{hid}" aria-hidden="true">#</a></h2>'
            )
        elif i == n - 1:
            out.append(f'<p class="update-note"><em>{e(p)}</em></p>')
        else:
            out.append(f"<p>{e(p)}</p>")
        if i == 3:
            out.append(embed)
        elif i == 6:
            out.append(support)
    body = "\n".join(out)
    more = "".join(
        f'<li class="postlist-item"><a href="{h}" class="postlist-link">{e(t)}</a> <time class="postlist-date" datetime="{dt}">{d}</time><p class="postlist-dek">{e(s)}</p></li>'
        for h, t, dt, d, s in [
            (
                "/news/2025/orangery-stage-alumni/",
                "Where are they now? Ten acts who started out on the Orangery stage",
                "2025-08-29",
                "29 August 2025",
                "From bedroom pop to festival headliners, we trace the careers of the bands who played Glasshouse's smallest tent.",
            ),
            (
                "/news/2025/independent-venues-rates-relief/",
                "Small venues call for rates relief as closures mount",
                "2025-09-12",
                "12 September 2025",
                "Venue owners say business-rate bills have become the single biggest threat to grassroots live music.",
            ),
            (
                "/reviews/2025/glasshouse-2025-review/",
                "Glasshouse 2025 review: rain, brass bands and a perfect Sunday",
                "2025-08-18",
                "18 August 2025",
                "A muddy but joyful weekend in the walled gardens, capped by a singalong nobody will forget.",
            ),
        ]
    )
    return f"""<!doctype html>
<html lang="en-GB">
	<head>
		<meta charset="utf-8">
		<meta name="viewport" content="width=device-width, initial-scale=1.0">
		<title>{e(art["title"])} · Pressing Matters</title>
		<meta name="description" content="The walled-garden festival will not run next year, its founders say, after costs rose by 38 per cent in three years.">
		<link rel="alternate" href="/feed/feed.xml" type="application/atom+xml" title="Pressing Matters">
		<meta name="generator" content="Eleventy v3.0.0">
		<link rel="canonical" href="{url}">
		<meta property="og:title" content="{e(art["title"])}">
		<meta property="og:url" content="{url}">
		<meta property="og:image" content="{site}/img/Hn4kQ2pXa1-1280.jpeg">
		<link rel="webmention" href="https://webmention.example/pressingmatters.example/webmention">
		<style>/* This is an arbitrary CSS string added to the bundle */
:root{{--font-family:-apple-system,system-ui,sans-serif;--color-gray-20:#e0e0e0;--background-color:#fff;--text-color:#1b1b1b}}
.visually-hidden:not(:focus):not(:active){{clip:rect(0 0 0 0);clip-path:inset(50%);height:1px;overflow:hidden;position:absolute;white-space:nowrap;width:1px}}
is-land:not(:defined){{display:block}}</style>
		<script type="module" src="/js/is-land.js"></script>
	</head>
	<body>
		<a href="#skip" class="visually-hidden">Skip to main content</a>

		<header>
			<a href="/" class="home-link">Pressing Matters</a>
			<nav>
				<h2 class="visually-hidden" id="top-level-navigation-menu">Top level navigation menu</h2>
				<ul class="nav">
					<li class="nav-item"><a href="/news/" aria-current="page">News</a></li>
					<li class="nav-item"><a href="/reviews/">Reviews</a></li>
					<li class="nav-item"><a href="/features/">Features</a></li>
					<li class="nav-item"><a href="/gig-guide/">Gig guide</a></li>
					<li class="nav-item"><a href="/about/">About</a></li>
					<li class="nav-item nav-item--support"><a href="/support/">Support us</a></li>
				</ul>
			</nav>
		</header>

		<main id="skip">
			<heading-anchors>
<p class="post-kicker"><a href="/news/">News</a></p>
<h1 id="glasshouse-festival-takes-2026-off-as-costs-soar">{e(art["title"])}</h1>
<p class="post-dek">The walled-garden festival in Penmarrow Park will not run next year. Its founders say it is the only way to save it.</p>

<ul class="post-metadata">
	<li>Words by <a href="/authors/ruth-adeyemi/">{e(art["author"])}</a></li>
	<li><time datetime="2025-09-24">24 September 2025</time></li>
	<li><a href="/tags/festivals/" class="post-tag">festivals</a>, </li>
	<li><a href="/tags/live-music/" class="post-tag">live music</a></li>
</ul>

<figure class="post-hero">{pic("Hn4kQ2pXa1", "Crowd in front of a small stage inside a walled garden at dusk", 1280, 853, lazy=False)}<figcaption>The Orangery stage at Glasshouse 2025. Photo: Jess Tamworth for Pressing Matters</figcaption></figure>

{body}

			</heading-anchors>

<ul class="post-share">
	<li><a href="https://bsky.app/intent/compose?text={url}">Share on Bluesky</a></li>
	<li><a href="https://mastodonshare.example/?text={url}">Share on Mastodon</a></li>
	<li><button type="button" class="copy-link" data-url="{url}">Copy link</button></li>
</ul>

<ul class="links-nextprev">
	<li class="links-nextprev-prev">← Previous<br> <a href="/news/2025/independent-venues-rates-relief/">Small venues call for rates relief as closures mount</a></li>
	<li class="links-nextprev-next">Next →<br><a href="/news/2025/tidewater-records-reissues/">Tidewater Records to reissue its first ten singles on vinyl</a></li>
</ul>

<section class="webmentions" id="webmentions">
	<h2>Webmentions</h2>
	<p class="webmentions__counts">41 likes · 9 reposts · 2 replies</p>
	<ol class="webmentions__list">
		<li class="webmention webmention--reply"><div class="webmention__meta"><a class="webmention__author" href="https://social.example/@kitefield">Kitefield</a> <time class="webmention__date" datetime="2025-09-24T19:12:00Z">24 Sep 2025</time></div><div class="webmention__content"><p>Gutted. We played the Orangery in 2019 and it was the friendliest festival we have ever been to. See you in 2027.</p></div></li>
		<li class="webmention webmention--reply"><div class="webmention__meta"><a class="webmention__author" href="https://social.example/@maryfromtheback">Mary O.</a> <time class="webmention__date" datetime="2025-09-24T21:40:00Z">24 Sep 2025</time></div><div class="webmention__content"><p>Rolling my ticket over without a second thought. Better a year off than losing it for good.</p></div></li>
	</ol>
	<p class="webmentions__note">Replied to this post on your own site? <a href="/webmentions/">Send a webmention</a>.</p>
</section>

<section class="more-posts">
	<h2>More news</h2>
	<ol reversed class="postlist">{more}</ol>
</section>

<section class="newsletter">
	<h2>The Pressing Matters newsletter</h2>
	<p>New music, gig picks and the week's news from the independent scene, every Sunday morning.</p>
	<form action="https://buttondown.example/api/emails/embed-subscribe/pressingmatters" method="post" target="popupwindow" class="embeddable-buttondown-form">
		<label for="bd-email">Enter your email</label>
		<input type="email" name="email" id="bd-email">
		<input type="submit" value="Subscribe">
		<p><a href="https://buttondown.example/refer/pressingmatters" target="_blank">Powered by Buttondown.</a></p>
	</form>
</section>
		</main>

		<footer>
			<p>Pressing Matters is an independent music magazine run by a small team in Bristol. <a href="/feed/feed.xml">RSS</a> · <a href="/privacy/">Privacy</a></p>
			<p><em>Built with <a href="https://www.11ty.dev/">Eleventy v3.0.0</a></em></p>
		</footer>

		<!-- This page `{path}` was built on 2025-09-25T10:02:11.482Z -->
		<script type="module" src="/js/copy-link.js"></script>
	</body>
</html>
"""


LAYOUTS_H25 = {
    "h25-01-marathi": ("h25_marathi", marathi),
    "h25-02-kyrgyz": ("h25_kyrgyz", kyrgyz),
    "h25-03-sinhala": ("h25_sinhala", sinhala),
    "h25-04-javanese": ("h25_javanese", javanese),
    "h25-05-xhosa": ("h25_xhosa", xhosa),
    "h25-06-telugu": ("h25_telugu", telugu),
    "h25-07-wiki": ("h25_wiki", wiki),
    "h25-08-motoring": ("h25_motoring", motoring),
    "h25-09-music": ("h25_music", music),
}
