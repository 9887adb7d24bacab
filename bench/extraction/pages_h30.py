"""Layouts of the frozen held-out group "h30" of the extraction benchmark.

Written at the start of round 27 by someone other than the person tuning the reader and
without reading the reader or its output on these pages; never used for tuning
(docs/benchmarks-extraction.md). Fictional pages in layouts and languages not used by
h2-h29: a Sindhi town news site on WordPress with the OceanWP theme (right to left,
``#outer-wrap``/``#wrap``, ``single-post-article`` with ``entry-content clr``,
Advanced Ads slots, share box, related posts, comments, sidebar widgets, Complianz
banner); a Tibetan exile-community news site on DNN (DotNetNuke) with the EasyDNNnews
module (the page one WebForms ``<form id="Form">``, ``dnn_`` panes and skin objects,
``edn_`` article markup); a Luganda community radio station's news blog on Jimdo
Creator (``cc-matrix`` of ``j-module`` text, header, image, HTML-code and comment
modules); a Sakha (Yakut) district newspaper on InstantCMS 2 (``content_item`` with
an ``ft_html f_content`` field, ``info_bar``, comments widget, Russian system
strings); a Maithili news portal on Django with htmx and Bulma (``hx-`` attributes,
``csrfmiddlewaretoken``, lazy-loaded blocks); an English public broadcaster's story
server-rendered by Ember FastBoot (``ember-view`` components, FastBoot boundary
scripts and a shoebox payload repeating the body); an English regional daily on a
Saxotech-like newspaper SaaS (``/article/YYYYMMDD/NEWS01/…`` paths, inline ad slots
and "Related" boxes, metered-paywall prompt, obituaries and e-edition rails); an
English horticulture trade magazine built with Framer (``framer-`` classes,
``data-framer-component-type="RichTextContainer"`` body, handover data); and an
English university news office's release on Modern Campus CMS (OU Campus editable
region comments, DirectEdit link, ``/_resources/`` paths).
"""

from __future__ import annotations

import html
import json
from urllib.parse import quote

from page_parts import comments, lis, paras, teasers

e = html.escape


def ld(data):
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def news_ld(art, url, publisher, lang):
    return ld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": art["title"],
            "inLanguage": lang,
            "datePublished": art["date"] + "T07:30:00+00:00",
            "author": {"@type": "Person", "name": art["author"]},
            "publisher": {"@type": "Organization", "name": publisher},
            "mainEntityOfPage": url,
        }
    )


def sindhi(art):
    """WordPress with OceanWP, Advanced Ads and Complianz (right to left)."""
    site = "https://www.kandhrotimes.example"
    url = f"{site}/2025/11/03/clean-water-plant-kandhro/"

    def ad(n):
        return f'<div class="kandhro-content_{n}" id="kandhro-{48210 + n}"><span class="ad-label">اشتهار</span><ins class="adsbygoogle" style="display:block;text-align:center" data-ad-layout="in-article" data-ad-format="fluid" data-ad-client="ca-pub-0000000000000000" data-ad-slot="771{n}"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({{}});</script></div>'

    readalso = '<p class="read-also"><strong>هي به پڙهو:</strong> <a href="/2025/10/28/kandhro-canal-desilting/">ڪنڌرو واهه جي صفائي جو ڪم آخري مرحلي ۾ داخل</a></p>'
    body = paras(art, h='h2 class="wp-block-heading"', between={1: ad(1), 4: readalso, 7: ad(2)})
    menu = lis(
        ["مکيه صفحو", "مقامي خبرون", "سنڌ", "پاڪستان", "راند", "ڪالم", "وڊيو", "رابطو"],
        '<li class="menu-item menu-item-type-taxonomy"><a href="#" class="menu-link"><span class="text-wrap">{}</span></a></li>',
    )
    related = "".join(
        f'<article class="related-post clr col span_1_of_3 col-{i}"><figure class="related-post-media clr"><a href="/p/{i}" class="related-thumb"><img src="/wp-content/uploads/2025/10/r{i}-300x200.jpg" class="attachment-medium size-medium wp-post-image" alt=""></a></figure><h3 class="related-post-title"><a href="/p/{i}" rel="bookmark">{e(t)}</a></h3><time class="published" datetime="2025-10-2{i}">{e(d)}</time></article>'
        for i, (t, d) in enumerate(
            [
                (
                    "شهر جي پراڻي بازار ۾ نئين نيڪال لائين وڇائڻ جو ڪم شروع ٿي ويو",
                    "آڪٽوبر 24، 2025",
                ),
                ("ضلعي اسپتال ۾ ٻارن جو نئون وارڊ کوليو ويو، ويهه بسترا شامل", "آڪٽوبر 21، 2025"),
                ("ڪنڌرو جي ڪرڪيٽ ٽيم صوبائي مقابلي جي سيمي فائنل ۾ پهچي وئي", "آڪٽوبر 20، 2025"),
            ],
            1,
        )
    )
    cms = comments(
        [
            (
                "علي نواز",
                "نومبر 3، 2025 تي 2:14 شام",
                "اهو تمام سٺو قدم آهي، پر اسان جي وارڊ نمبر ٻارهن ۾ اڃا پائپ لائين ئي ناهي وڇايل.",
                "جواب ڏيو",
            ),
            (
                "شازيه ميمڻ",
                "نومبر 3، 2025 تي 5:40 شام",
                "اميد ته هي پلانٽ ٻين منصوبن وانگر ٻن مهينن بعد بند نه ٿيندو ۽ سار سنڀال صحيح ٿيندي.",
                "جواب ڏيو",
            ),
        ],
        cls="comment-body",
    )
    return f"""<!DOCTYPE html>
<html class="html" dir="rtl" lang="sd-PK">
<head>
<meta charset="UTF-8">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>{e(art["title"])} &#8211; ڪنڌرو ٽائمز</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="{url}">
<meta property="og:locale" content="sd_PK">
<meta property="og:type" content="article">
<meta property="og:title" content="{e(art["title"])}">
<meta property="og:site_name" content="ڪنڌرو ٽائمز">
<meta property="article:published_time" content="{art["date"]}T09:12:00+05:00">
<link rel="stylesheet" id="oceanwp-style-css" href="{site}/wp-content/themes/oceanwp/assets/css/style.min.css?ver=4.0.2" media="all">
<link rel="stylesheet" id="oceanwp-rtl-css" href="{site}/wp-content/themes/oceanwp/assets/css/rtl.min.css?ver=4.0.2" media="all">
<link rel="stylesheet" id="cmplz-general-css" href="{site}/wp-content/plugins/complianz-gdpr/assets/css/cookieblocker.min.css?ver=1730123456" media="all">
<script src="{site}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
{news_ld(art, url, "ڪنڌرو ٽائمز", "sd")}
</head>
<body class="rtl post-template-default single single-post postid-48211 single-format-standard wp-custom-logo wp-embed-responsive oceanwp-theme dropdown-mobile has-sidebar content-left-sidebar post-in-category-local-news page-header-disabled has-breadcrumbs" itemscope="itemscope" itemtype="https://schema.org/Article">
<div id="outer-wrap" class="site clr">
<a class="skip-link screen-reader-text" href="#main">مواد ڏانهن وڃو</a>
<div id="wrap" class="clr">
<div id="top-bar-wrap" class="clr"><div id="top-bar" class="clr container"><div id="top-bar-inner" class="clr">
<div id="top-bar-content" class="clr has-content top-bar-right"><span class="topbar-content">سومر، 3 نومبر 2025 | ڪنڌرو جو موسم: 31°</span></div>
<div id="top-bar-social" class="clr top-bar-left"><ul class="clr" aria-label="سوشل ميڊيا لنڪس"><li class="oceanwp-facebook"><a href="#" aria-label="Facebook"><i class="fab fa-facebook" aria-hidden="true"></i></a></li><li class="oceanwp-youtube"><a href="#" aria-label="YouTube"><i class="fab fa-youtube" aria-hidden="true"></i></a></li></ul></div>
</div></div></div>
<header id="site-header" class="minimal-header clr" data-height="74" itemscope="itemscope" itemtype="https://schema.org/WPHeader" role="banner">
<div id="site-header-inner" class="clr container">
<div id="site-logo" class="clr" itemscope itemtype="https://schema.org/Brand"><div id="site-logo-inner" class="clr"><a href="{site}/" class="custom-logo-link" rel="home"><img width="260" height="70" src="{site}/wp-content/uploads/2024/02/kandhro-times-logo.png" class="custom-logo" alt="ڪنڌرو ٽائمز"></a></div></div>
<div id="site-navigation-wrap" class="clr"><nav id="site-navigation" class="navigation main-navigation clr" itemscope="itemscope" itemtype="https://schema.org/SiteNavigationElement" role="navigation">
<ul id="menu-main" class="main-menu dropdown-menu sf-menu">{menu}<li class="search-toggle-li"><a href="#" class="site-search-toggle search-dropdown-toggle" aria-label="ويب سائيٽ ۾ ڳوليو"><i class="icon-magnifier" aria-hidden="true"></i></a></li></ul>
<div id="searchform-dropdown" class="header-searchform-wrap clr"><form role="search" method="get" class="searchform" action="{site}/"><label for="ocean-search-form-1"><span class="screen-reader-text">هن ويب سائيٽ ۾ ڳوليو</span></label><input type="search" id="ocean-search-form-1" class="field" autocomplete="off" placeholder="ڳوليو" name="s"></form></div>
</nav></div>
<div class="oceanwp-mobile-menu-icon clr mobile-right"><a href="#mobile-menu-toggle" class="mobile-menu" aria-label="موبائل مينيو"><i class="fa fa-bars" aria-hidden="true"></i><span class="oceanwp-text">مينيو</span></a></div>
</div>
</header>
<main id="main" class="site-main clr" role="main">
<div id="content-wrap" class="container clr">
<div id="primary" class="content-area clr">
<div id="content" class="site-content clr">
<nav role="navigation" aria-label="Breadcrumbs" class="site-breadcrumbs clr position-"><ol class="trail-items" itemscope itemtype="http://schema.org/BreadcrumbList"><li class="trail-item trail-begin"><a href="{site}/"><span>مکيه صفحو</span></a></li><li class="trail-item"><a href="{site}/category/local-news/"><span>مقامي خبرون</span></a></li><li class="trail-item trail-end"><span>{e(art["title"])}</span></li></ol></nav>
<article id="post-48211" class="post-48211 post type-post status-publish format-standard has-post-thumbnail hentry category-local-news entry has-media">
<div class="single-post-article clr">
<header class="entry-header clr"><h1 class="single-post-title entry-title" itemprop="headline">{e(art["title"])}</h1></header>
<ul class="meta ospm-default clr">
<li class="meta-author" itemprop="name"><span class="screen-reader-text">پوسٽ ليکڪ:</span><i class="icon-user" aria-hidden="true"></i><a href="{site}/author/abdulsattar/" rel="author">{e(art["author"])}</a></li>
<li class="meta-date" itemprop="datePublished"><span class="screen-reader-text">پوسٽ شايع ٿي:</span><i class="icon-clock" aria-hidden="true"></i>نومبر 3، 2025</li>
<li class="meta-cat"><span class="screen-reader-text">پوسٽ ڪيٽيگري:</span><i class="icon-folder" aria-hidden="true"></i><a href="{site}/category/local-news/" rel="category tag">مقامي خبرون</a></li>
<li class="meta-comments"><span class="screen-reader-text">پوسٽ تبصرا:</span><i class="icon-bubble" aria-hidden="true"></i><a href="#comments" class="comments-link">2 تبصرا</a></li>
</ul>
<div class="thumbnail"><img width="1200" height="675" src="{site}/wp-content/uploads/2025/11/water-plant-kandhro.jpg" class="attachment-full size-full wp-post-image" alt="" itemprop="image"><div class="thumbnail-caption">ڪنڌرو ۾ صاف پاڻي جو نئون پلانٽ. (فوٽو: ڪنڌرو ٽائمز)</div></div>
<div class="entry-content clr" itemprop="text">
{body}
</div>
<div class="entry-share clr minimal side"><h3 class="theme-heading social-share-title"><span class="text" aria-hidden="true">هي پوسٽ شيئر ڪريو</span></h3>
<ul class="oss-social-share clr" aria-label="سوشل شيئرنگ جا آپشن"><li class="twitter"><a href="#" aria-label="X تي شيئر ڪريو"><span class="ss-icon-wrap"></span></a></li><li class="facebook"><a href="#" aria-label="Facebook تي شيئر ڪريو"></a></li><li class="whatsapp"><a href="#" aria-label="WhatsApp تي شيئر ڪريو"></a></li></ul></div>
<nav class="navigation post-navigation" aria-label="وڌيڪ پڙهو"><h2 class="screen-reader-text">پوسٽ نيويگيشن</h2><div class="nav-links"><div class="nav-previous"><a href="/2025/11/02/kandhro-bus-stand/" rel="prev"><span class="title"><i class="fas fa-long-arrow-alt-right" aria-hidden="true"></i>اڳيون پوسٽ</span><span class="post-title">بس اسٽينڊ جي نئين عمارت جو ڪم ٽن مهينن ۾ مڪمل ٿيندو</span></a></div></div></nav>
<section id="related-posts" class="clr"><h3 class="theme-heading related-posts-title"><span class="text">توهان کي اهي به پسند اچي سگهن ٿيون</span></h3><div class="oceanwp-row clr">{related}</div></section>
<section id="comments" class="comments-area clr has-comments"><div class="comments-title-wrap"><h3 class="theme-heading comments-title"><span class="text">2 تبصرا</span></h3></div>
<ol class="comment-list">{cms}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">تبصرو ڪريو</h3><form action="{site}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">توهان جو اي ميل ايڊريس شايع نه ڪيو ويندو.</p><textarea name="comment" id="comment" placeholder="توهان جو تبصرو"></textarea><p class="form-submit"><input name="submit" type="submit" id="comment-submit" class="submit" value="تبصرو موڪليو"></p></form></div>
</section>
</div>
</article>
</div>
</div>
<aside id="left-sidebar" class="sidebar-container widget-area sidebar-primary" itemscope="itemscope" itemtype="https://schema.org/WPSideBar" role="complementary" aria-label="پرائمري سائيڊبار">
<div id="left-sidebar-inner" class="clr">
<div id="ocean_recent_posts-2" class="sidebar-box widget-oceanwp-recent-posts recent-posts-widget clr"><h4 class="widget-title">تازيون خبرون</h4><ul class="oceanwp-recent-posts clr"><li class="clr"><a href="#">ڪنڌرو پريس ڪلب جي نئين باڊي حلف کنيو</a></li><li class="clr"><a href="#">ڪپهه جي اگهه ۾ واڌ، هارين ۾ خوشي جي لهر</a></li><li class="clr"><a href="#">ڇوڪرين جي اسڪول ۾ سائنس ليبارٽري قائم</a></li></ul></div>
<div id="custom_html-3" class="widget_text sidebar-box widget_custom_html clr"><h4 class="widget-title">اسان جو واٽس ايپ چينل</h4><div class="textwidget custom-html-widget"><p>ڪنڌرو جون تازيون خبرون سڌو پنهنجي فون تي حاصل ڪرڻ لاءِ اسان جو واٽس ايپ چينل جوائن ڪريو.</p><a class="button" href="#">جوائن ڪريو</a></div></div>
</div></aside>
</div>
</main>
<footer id="footer" class="site-footer" itemscope="itemscope" itemtype="https://schema.org/WPFooter" role="contentinfo">
<div id="footer-inner" class="clr">
<div id="footer-widgets" class="oceanwp-row clr"><div class="footer-widgets-inner container"><div class="footer-box span_1_of_3 col col-1"><div class="footer-widget widget_text clr"><h4 class="widget-title">اسان بابت</h4><div class="textwidget"><p>ڪنڌرو ٽائمز 2009ع کان ڪنڌرو ۽ ڀرپاسي جي ڳوٺن جون خبرون سنڌي ٻولي ۾ پهچائي رهيو آهي.</p></div></div></div></div></div>
<div id="footer-bottom" class="clr"><div id="footer-bottom-inner" class="container clr"><div id="footer-bottom-menu" class="navigation clr"><ul id="menu-footer" class="menu"><li><a href="#">اسان بابت</a></li><li><a href="#">رازداري پاليسي</a></li><li><a href="#">رابطو</a></li></ul></div>
<div id="copyright" class="clr" role="contentinfo">© 2025 ڪنڌرو ٽائمز. سڀ حق محفوظ آهن.</div></div></div>
</div>
</footer>
</div>
</div>
<a aria-label="صفحي جي مٿين حصي ڏانهن وڃو" href="#" id="scroll-top" class="scroll-top-right"><i class="fa fa-angle-up" aria-hidden="true" role="img"></i></a>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" aria-modal="true" data-nosnippet="true" role="dialog"><div class="cmplz-header"><div class="cmplz-title">ڪوڪيز جي رضامندي</div></div><div class="cmplz-body"><div class="cmplz-message"><p>اسان هن ويب سائيٽ کي بهتر بڻائڻ ۽ اشتهار ڏيکارڻ لاءِ ڪوڪيز استعمال ڪريون ٿا. ويب سائيٽ استعمال ڪرڻ سان توهان ان سان متفق ٿيو ٿا.</p></div></div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">قبول ڪريو</button><button class="cmplz-btn cmplz-deny">رد ڪريو</button></div></div></div>
<script id="oceanwp-main-js-extra">var oceanwpLocalize = {{"nonce":"4f1c2a9b7e","isRTL":"1","menuSearchStyle":"drop_down","mobileMenuSearchStyle":"disabled","sidrSource":null,"sidrDisplace":"1","sidrSide":"left"}};</script>
<script src="{site}/wp-content/themes/oceanwp/assets/js/theme.min.js?ver=4.0.2" id="oceanwp-main-js"></script>
</body>
</html>
"""


def tibetan(art):
    """DNN (DotNetNuke) 9 with the EasyDNNnews module."""
    site = "https://www.sonamling-news.example"
    url = f"{site}/news/ArticleID/812/new-library-opens-in-sonamling"
    body = paras(art, h="h3")
    menu = "".join(
        f'<li class="item{" active" if i == 1 else ""}"><a href="{site}/{p}">{t}</a></li>'
        for i, (p, t) in enumerate(
            [
                ("", "དབུ་ཤོག"),
                ("news", "གསར་འགྱུར།"),
                ("community", "སྤྱི་ཚོགས།"),
                ("education", "སློབ་གསོ།"),
                ("culture", "རིག་གཞུང་།"),
                ("contact", "འབྲེལ་གཏུག"),
            ]
        )
    )
    rel = "".join(
        f'<li class="edn_relatedArticle"><a href="{site}/news/ArticleID/{n}">{t}</a><p>{d}</p></li>'
        for n, t, d in [
            (
                809,
                "གཞིས་ཆགས་ཀྱི་སློབ་གྲྭར་ཉི་མའི་གློག་ཤུགས་འཕྲུལ་ཆས་བཙུགས་པ།",
                "སློབ་གྲྭའི་ཁང་ཐོག་ཏུ་ཉི་ཤེལ་སྒྲོམ་བཞི་བཅུ་བཙུགས་ཡོད་པས་ཟླ་རེར་གློག་གི་འགྲོ་གྲོན་ཕྱེད་ཀ་ཙམ་ཉུང་དུ་འགྲོ་རྒྱུ་རེད།",
            ),
            (
                803,
                "ན་གཞོན་རྩེད་འགྲན་ལ་རུ་ཁག་བཅུ་གཉིས་ཞུགས་པ།",
                "གཞིས་ཆགས་ཁག་ལྔའི་ན་གཞོན་རྩེད་མོ་བ་ཚོས་ཉིན་གསུམ་རིང་རྐང་རྩེད་དང་སྒོར་རྩེད་འགྲན་བསྡུར་བྱས།",
            ),
        ]
    )
    return f"""<!DOCTYPE html>
<html lang="bo-IN">
<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<title>{e(art["title"])} | བསོད་ནམས་གླིང་གསར་འགྱུར།</title>
<meta id="MetaDescription" name="DESCRIPTION" content="བསོད་ནམས་གླིང་བོད་མིའི་གཞིས་ཆགས་སུ་དཔེ་མཛོད་གསར་པ་ཞིག་སྒོ་ཕྱེ་བ།" />
<meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" />
<link href="/Resources/Shared/stylesheets/dnndefault/7.0.0/default.css?cdv=312" type="text/css" rel="stylesheet"/>
<link href="/DesktopModules/EasyDNNnews/Templates/_default/Ozone/Ozone.css?cdv=312" type="text/css" rel="stylesheet"/>
<link href="/Portals/_default/skins/sonamling/skin.css?cdv=312" type="text/css" rel="stylesheet"/>
<script src="/Resources/libraries/jQuery/03_05_01/jquery.js?cdv=312" type="text/javascript"></script>
<link rel="canonical" href="{url}" />
<meta property="og:title" content="{e(art["title"])}" />
<meta property="og:type" content="article" />
<meta property="og:site_name" content="བསོད་ནམས་གླིང་གསར་འགྱུར།" />
{news_ld(art, url, "Sonamling News", "bo")}
</head>
<body id="Body">
<form method="post" action="/news/ArticleID/812/new-library-opens-in-sonamling" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="n8Q2vJ0c1XQ4eUqH3yY6bS7kL0pR9tW2mZ5aD8fG1hJ4kL7nP0qS3uV6xA9cE2gI5jM8oR1tU4wY7zB0dF3hK6lN9pQ2sV5yX8aC1eH4jL7mO0rT3vW6" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['Form'];
function __doPostBack(eventTarget, eventArgument) {{ if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{ theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit(); }} }}
//]]>
</script>
<script src="/js/dnn.js?cdv=312" type="text/javascript"></script><script src="/js/dnn.servicesframework.js?cdv=312" type="text/javascript"></script>
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" /></div>
<div id="siteWrapper">
<div id="topbar"><div class="container"><span class="topDate">༢༠༢༥ ཟླ་ ༩ ཚེས་ ༢༢</span>
<div id="search-top" class="pull-right"><span id="dnn_dnnSEARCH_ClassicSearch"><span class="searchInputContainer" data-moreresults="See More Results" data-noresult="No Results Found"><input name="dnn$dnnSEARCH$txtSearch" type="text" maxlength="255" size="20" id="dnn_dnnSEARCH_txtSearch" class="NormalTextBox" aria-label="Search" autocomplete="off" placeholder="འཚོལ་བ།" /></span><a id="dnn_dnnSEARCH_cmdSearch" class="SearchButton" href="javascript:__doPostBack(&#39;dnn$dnnSEARCH$cmdSearch&#39;,&#39;&#39;)">འཚོལ།</a></span></div>
<div id="login" class="pull-right"><div class="loginGroup"><a id="dnn_dnnLOGIN_loginLink" title="Login" class="secondaryActionsList" rel="nofollow" onclick="return dnnModal.show('{site}/Login?returnurl=/news&amp;popUp=true',/*showReturn*/true,300,650,true,'');" href="{site}/Login?returnurl=%2fnews">ནང་འཛུལ།</a></div></div>
</div></div>
<header id="header"><div class="container"><a id="dnn_dnnLOGO_hypLogo" title="བསོད་ནམས་གླིང་གསར་འགྱུར།" aria-label="བསོད་ནམས་གླིང་གསར་འགྱུར།" href="{site}/"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/sonamling-logo.png?ver=2024-03-11-101512-000" alt="བསོད་ནམས་གླིང་གསར་འགྱུར།" /></a>
<nav id="mainMenu" class="navbar"><ul class="nav navbar-nav topLevel">{menu}</ul></nav></div></header>
<div id="breadcrumb" class="container"><span id="dnn_dnnBREADCRUMB_lblBreadCrumb" itemprop="breadcrumb" itemscope="" itemtype="https://schema.org/breadcrumb"><span itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="{site}/news" class="breadcrumbLink" itemprop="item"><span itemprop="name">གསར་འགྱུར།</span></a><meta itemprop="position" content="1" /></span></span></span></div>
<div id="dnn_BannerPane" class="bannerPane"><div class="DnnModule DnnModule-DNN_HTML DnnModule-1410"><a name="1410"></a><div class="DNNContainer_noTitle"><div id="dnn_ctr1410_ContentPane"><div id="dnn_ctr1410_ModuleContent" class="DNNModuleContent ModDNNHTMLC"><div id="dnn_ctr1410_HtmlModule_lblContent" class="Normal"><p class="notice">གཞིས་ཆགས་ཀྱི་ལོ་རེའི་ཚོགས་འདུ་ཆེན་མོ་ཟླ་བ་བཅུ་པའི་ཚེས་ ༥ ཉིན་འཚོགས་རྒྱུ་ཡིན། མི་མང་ཚང་མ་ཕེབས་དགོས་པའི་རེ་བ་ཞུ།</p></div></div></div></div></div></div>
<div id="content" class="container"><div class="row">
<div id="dnn_ContentPane" class="col-md-8 contentPane">
<div class="DnnModule DnnModule-EasyDNNnews DnnModule-1422"><a name="1422"></a>
<div class="DNNContainer_noTitle"><div id="dnn_ctr1422_ContentPane">
<div id="dnn_ctr1422_ModuleContent" class="DNNModuleContent ModEasyDNNnewsC">
<div class="eds_news_module_1422 news eds_subCollection_news eds_news_Ozone eds_template_Details_Article_Default eds_templateGroup_articleDetails eds_styleSwitchCriteria_module-1422">
<div id="dnn_ctr1422_ViewEasyDNNNewsMain_ctl00_pnlViewArticle">
<div class="edn_article edn_clearFix">
<h1 class="edn_articleTitle">{e(art["title"])}</h1>
<div class="edn_metaDetails"><span class="edn_author">རྩོམ་པ་པོ། <a href="{site}/news/Author/14/tenzin-norbu">{e(art["author"])}</a></span> <time class="edn_date" datetime="{art["date"]}">༢༠༢༥ ཟླ་ ༩ ཚེས་ ༢༢</time> <span class="edn_category"><a href="{site}/news/Category/3/community" class="Category_3">སྤྱི་ཚོགས།</a></span> <span class="edn_views">ལྟ་ཐེངས། 1,204</span></div>
<div class="edn_mediaContainer"><img alt="" src="/Portals/0/EasyDNNnews/812/600600p1422EDNmainlibrary-opening.jpg" /><p class="edn_mediaCaption">དཔེ་མཛོད་གསར་པའི་དབུ་འབྱེད་མཛད་སྒོ། པར། བསོད་ནམས་གླིང་གསར་འགྱུར།</p></div>
<div class="edn_articleContent">
{body}
</div>
<div class="edn_socialPrintWrapper"><span class="edn_shareTitle">བརྒྱུད་སྤེལ།</span><a class="edn_facebook" href="#">Facebook</a><a class="edn_twitter" href="#">X</a><a class="edn_email" href="#">Email</a><a class="edn_print" href="#" onclick="window.print();return false;">པར་སྐྲུན།</a></div>
<div class="edn_articleTags"><span>ཁ་བྱང་།</span> <a href="{site}/news/Tag/21/library">དཔེ་མཛོད།</a> <a href="{site}/news/Tag/8/education">སློབ་གསོ།</a></div>
<div class="edn_relatedArticles"><h2>འབྲེལ་ཡོད་གནས་ཚུལ།</h2><ul>{rel}</ul></div>
<div class="edn_commentsWrapper"><h2 class="edn_commentsTitle">བསམ་ཚུལ། (1)</h2><div class="edn_comment"><span class="edn_commentAuthor">ཚེ་དབང་</span> <span class="edn_commentDate">2025-09-22 18:40</span><p>འདི་ནི་ང་ཚོའི་ཕྲུ་གུ་ཚོར་ཕན་ཐོགས་ཆེན་པོ་ཡོད། དཔེ་མཛོད་དུ་དུས་ཚོད་རིང་ཙམ་ལ་སྒོ་ཕྱེ་ན་ཡག་པོ་འདུག</p></div>
<div class="edn_commentForm"><textarea name="dnn$ctr1422$ViewEasyDNNNewsMain$ctl00$tbCommentText" rows="4" placeholder="ཁྱེད་ཀྱི་བསམ་ཚུལ་འདིར་འབྲི།"></textarea><a class="edn_submitComment" href="javascript:__doPostBack(&#39;dnn$ctr1422$ViewEasyDNNNewsMain$ctl00$btnAddComment&#39;,&#39;&#39;)">བསམ་ཚུལ་འབུལ།</a></div></div>
</div>
</div>
</div>
</div></div></div></div>
</div>
<div id="dnn_RightPane" class="col-md-4 rightPane">
<div class="DnnModule DnnModule-EasyDNNnews DnnModule-1423"><a name="1423"></a><div class="DNNContainer_Title_h2"><h2><span id="dnn_ctr1423_dnnTITLE_titleLabel" class="TitleH2">གསར་འགྱུར་གསར་ཤོས།</span></h2><div id="dnn_ctr1423_ContentPane"><div id="dnn_ctr1423_ModuleContent" class="DNNModuleContent ModEasyDNNnewsC"><ul class="edn_latestList"><li><a href="#">གཞིས་ཆགས་ཀྱི་སྨན་ཁང་དུ་སྨན་པ་གསར་པ་གཉིས་ཕེབས་པ།</a></li><li><a href="#">ལོ་གསར་གྱི་ཟློས་གར་ལ་སྦྱོང་བརྡར་འགོ་ཚུགས་པ།</a></li><li><a href="#">གཞིས་ཆགས་ལམ་ཁའི་བཟོ་བཅོས་ལས་ཀ་མཇུག་སྒྲིལ་བ།</a></li></ul></div></div></div></div>
<div class="DnnModule DnnModule-DNN_HTML DnnModule-1424"><a name="1424"></a><div class="DNNContainer_Title_h2"><h2><span id="dnn_ctr1424_dnnTITLE_titleLabel" class="TitleH2">ཞལ་འདེབས།</span></h2><div id="dnn_ctr1424_ContentPane"><div id="dnn_ctr1424_ModuleContent" class="DNNModuleContent ModDNNHTMLC"><div id="dnn_ctr1424_HtmlModule_lblContent" class="Normal"><p>ང་ཚོའི་གསར་འགྱུར་ལས་དོན་ནི་ཀློག་པ་པོའི་ཞལ་འདེབས་ཁོ་ནས་འཚོ་བ་ཡིན། ཁྱེད་ཀྱིས་རོགས་རམ་གནང་ན་ཐུགས་རྗེ་ཆེ།</p><a class="btn" href="#">ཞལ་འདེབས་འབུལ།</a></div></div></div></div></div>
</div>
</div></div>
<footer id="footer"><div class="container">
<div id="dnn_FooterPane" class="footerPane"><div class="Normal"><p>བསོད་ནམས་གླིང་གསར་འགྱུར་ནི་གཞིས་ཆགས་ཚོགས་པའི་འགན་འཛིན་འོག་ཡོད་པའི་གསར་འགྱུར་དྲ་ཚིགས་ཤིག་ཡིན།</p></div></div>
<span id="dnn_dnnCOPYRIGHT_lblCopyright" class="SkinObject">Copyright 2025 by Sonamling Community Association</span>
<a id="dnn_dnnTERMS_hypTerms" class="SkinObject" rel="nofollow" href="{site}/Terms">Terms Of Use</a>
<a id="dnn_dnnPRIVACY_hypPrivacy" class="SkinObject" rel="nofollow" href="{site}/Privacy">Privacy Statement</a>
</div></footer>
</div>
<input name="ScrollTop" type="hidden" id="ScrollTop" />
<input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" value="`{{`__scdoff`:`1`,`sf_siteRoot`:`/`,`sf_tabId`:`57`}}" />
<input name="__RequestVerificationToken" type="hidden" value="Tq8sLw2YkVb0n3XcR5pZ1aG7hJ4mN6qE9uI0oP" />
<script src="/DesktopModules/EasyDNNnews/static/eds_jquery/eds_jq.js?cdv=312" type="text/javascript"></script>
<script type="text/javascript">eds3_5_jq(function ($) {{ $('.edn_article').EDSgallery(); }});</script>
</form>
</body>
</html>
"""


def luganda(art):
    """Jimdo Creator blog post (``cc-matrix`` of ``j-module`` elements)."""
    site = "https://www.radiokasenyi.example"
    url = f"{site}/2025/08/19/akatale-akapya-ak-ebyennyanja-ku-mwalo-gw-e-kasenyi-mpoma/"
    ps = art["paragraphs"]
    mid = [19021230]

    def mod(kind, inner):
        mid[0] += 7
        return f'<div id="cc-m-{mid[0]}" class="j-module n {kind} ">{inner}</div>'

    def text(a, b):
        return mod("j-text", paras(art, start=a, stop=b))

    blocks = [
        text(0, 2),
        mod(
            "j-imageSubtitle",
            f'<figure class="cc-imagewrapper cc-m-image-align-1"><img srcset="https://image.jimcdn.example/app/cms/image/transf/dimension=320x10000:format=jpg/path/s8a1c2/image/i4d2/version/1755600000/image.jpg 320w" id="cc-m-imagesubtitle-image-{mid[0]}" src="https://image.jimcdn.example/app/cms/image/transf/dimension=640x10000:format=jpg/path/s8a1c2/image/i4d2/version/1755600000/image.jpg" alt="" class="" data-src-width="1280" data-src-height="853"/><figcaption style="width: 640px">Akatale akapya ku mwalo gw\'e Kasenyi-Mpoma. (Ekifaananyi: Radio Kasenyi)</figcaption></figure>',
        ),
        text(2, 4),
        mod(
            "j-htmlCode",
            '<div class="kalango"><p style="font-size:10px;color:#999">KALANGO</p><a href="https://www.bulyambamotors.example/"><img src="/s/ads/bulyamba-motors-468x60.gif" alt="Bulyamba Motors - pikipiki empya ku bbeeyi ensaamusaamu" width="468" height="60"/></a></div>',
        ),
        mod("j-header", f'<h2 class="" id="cc-m-header-{mid[0]}">{e(ps[4][3:])}</h2>'),
        text(5, 9),
        mod(
            "j-text",
            '<p><strong>Soma ne:</strong> <a href="/2025/08/12/amazzi-g-ennyanja-gakendedde/" title="Amazzi g\'ennyanja gakendedde">Amazzi g\'ennyanja gakendedde, abavubi beeraliikirivu</a></p>',
        ),
        text(9, len(ps)),
        mod("j-hr", "<hr/>"),
        mod(
            "j-text",
            "<p><em>Wuliriza amawulire gaffe buli lunaku ku ssaawa emu ey'okumakya ne ssaawa emu ey'akawungeezi ku 94.6 FM.</em></p>",
        ),
    ]
    nav = "".join(
        f'<li id="cc-nav-view-{2068412340 + i}" class="jmd-nav__list-item-0{" cc-nav-current j-nav-current jmd-nav__item--current" if i == 1 else ""}"><a href="{site}/{p}" data-link-title="{t}">{t}</a></li>'
        for i, (p, t) in enumerate(
            [
                ("", "Awaka"),
                ("amawulire/", "Amawulire"),
                ("emizannyo/", "Emizannyo"),
                ("programu/", "Programu"),
                ("tuwandiikire/", "Tuwandiikire"),
            ]
        )
    )
    return f"""<!DOCTYPE html>
<html lang="lg-UG" class="jimdo-creator">
<head>
<meta http-equiv="content-type" content="text/html; charset=utf-8"/>
<title>{e(art["title"])} - Radio Kasenyi 94.6 FM</title>
<meta name="description" content="Abavubi n'abasuubuzi b'ebyennyanja ku mwalo gw'e Kasenyi-Mpoma bafunye akatale akapya."/>
<meta name="robots" content="index, follow, archive"/>
<meta property="og:title" content="{e(art["title"])}"/>
<meta property="og:type" content="article"/>
<meta property="og:site_name" content="Radio Kasenyi 94.6 FM"/>
<link rel="canonical" href="{url}"/>
<link href="https://assets.jimstatic.example/web.css.7f1b2e9d.css" rel="stylesheet" type="text/css" media="all"/>
<link href="https://u.jimcdn.example/cms/o/s8a1c2/layout/dm_3f0a/css/layout.css?t=1755600000" rel="stylesheet" type="text/css" id="jimdo_layout_css"/>
<script type="text/javascript">
//<![CDATA[
var jimdoData = {{"isTestserver":false,"isLcJimdoCom":false,"isJimdoHelpCenter":false,"isProtectedPage":false,"cstok":"","cacheJsKey":"3d1a9e0b","cacheCssKey":"3d1a9e0b","cdnUrl":"https:\\/\\/assets.jimstatic.example\\/","minUrl":"https:\\/\\/assets.jimstatic.example\\/app\\/cdn\\/min\\/file\\/","authUrl":"https:\\/\\/a.jimdo.example\\/","webPath":"https:\\/\\/www.jimdo.example\\/","appUrl":"https:\\/\\/a.jimdo.example\\/","cmsLanguage":"en_US","isFreePackage":false,"mobile":false,"isDevkitTemplateUsed":true,"isTemplateResponsive":true,"websiteId":"s8a1c2d4e5f6a7b8","pageId":2068412341,"packageId":2,"shop":{{"deliveryTimeTexts":{{}}}},"isAdult":false,"isStagingSite":false}};
//]]>
</script>
</head>
<body class="body cc-page cc-page-blog j-m-gallery-styles j-m-video-styles j-m-hr-styles j-m-header-styles j-m-text-styles j-m-emotionheader-styles j-m-htmlCode-styles j-m-rss-styles j-m-form-styles j-m-table-styles j-m-textWithImage-styles j-m-downloadDocument-styles j-m-imageSubtitle-styles j-m-comment-styles j-m-blogSelection-styles cc-pagemode-default cc-content-parent" id="page-2068412341">
<div id="cc-inner" class="cc-content-parent">
<div class="jtpl-topbar"><p>Radio Kasenyi 94.6 FM &middot; Eddoboozi ly'abantu b'e Bulyamba &middot; Wuliriza ku mutimbagano</p></div>
<header class="jtpl-header"><div class="jtpl-logo"><a href="{site}/"><img src="https://image.jimcdn.example/app/cms/image/transf/none/path/s8a1c2/image/logo/version/1700000000/image.png" alt="Radio Kasenyi"/></a></div>
<nav class="jtpl-navigation" data-container="navigation"><div class="j-nav-variant-nested"><ul class="cc-nav-level-0 j-nav-level-0">{nav}</ul></div></nav></header>
<div class="jtpl-content">
<div id="content_area" data-container="content"><div id="content_start"></div>
<article class="j-blog" itemscope itemtype="http://schema.org/BlogPosting">
<div class="n j-blog-meta j-blog-post--header"><div class="j-text j-module n"><a href="{site}/amawulire/" class="j-blog-post--category">Amawulire</a> <span class="j-text j-blog-post--date">Lwakubiri, 19 Agusito 2025</span></div>
<h1 class="j-blog-header j-blog-headline j-blog-post--headline" itemprop="headline">{e(art["title"])}</h1>
<div class="j-blog-post--author">Yawandiikiddwa: {e(art["author"])}</div></div>
<div class="post j-blog-content" itemprop="articleBody">
<div id="cc-matrix-3712001234">{"".join(blocks)}</div>
</div>
<div class="j-blog-post--tags-wrapper"><div class="j-blog-post--tags"><ul class="j-blog-post--tags-list"><li><a class="j-blog-post--tag" href="{site}/amawulire/?tag=abavubi">abavubi</a></li><li><a class="j-blog-post--tag" href="{site}/amawulire/?tag=bulyamba">Bulyamba</a></li></ul></div></div>
<div class="j-blog-post--share"><span>Gabana:</span> <a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">X</a></div>
<div id="commentsModule" class="j-module n j-comment"><h3>Ebirowoozo 2</h3>
<ul class="com-list-noava">
<li class="commententry"><div class="com-meta"><strong>Mukasa Ronald</strong> <span>(Lwakubiri, 19 Agusito 2025 15:22)</span></div><p>Kino kirungi nnyo, naye mwebuuze ku bavubi b'e Lwaje nabo babadde basaba akatale okumala emyaka mingi.</p></li>
<li class="commententry"><div class="com-meta"><strong>Namutebi Agnes</strong> <span>(Lwakusatu, 20 Agusito 2025 08:05)</span></div><p>Twebaza ab'obuyinza, kati tujja kutunda ebyennyanja nga tetutya musana n'enkuba.</p></li>
</ul>
<form class="com-form" action="" method="post"><label>Erinnya lyo</label><input type="text" name="name"/><label>Ekirowoozo kyo</label><textarea name="text"></textarea><input type="submit" value="Weereza ekirowoozo"/></form></div>
</article>
</div>
</div>
<aside class="jtpl-sidebar" data-container="sidebar"><div id="cc-matrix-3712000001"><div class="j-module n j-header"><h2>Ku mpewo kati</h2></div><div class="j-module n j-text"><p>Amawulire g'akawungeezi ne Ssemakula Joseph, okuva ku ssaawa emu okutuuka ku ssaawa bbiri.</p></div><div class="j-module n j-header"><h2>Amawulire amalala</h2></div><div class="j-module n j-text"><ul><li><a href="#">Ssomero lya Kasenyi lifunye ebitabo ebipya</a></li><li><a href="#">Enkuba etandise, abalimi basanyufu</a></li></ul></div></div></aside>
<footer class="jtpl-footer"><div id="contentfooter" data-container="footer"><div class="leftrow"><a rel="nofollow" href="javascript:window.print();">Kuba mu kyapa</a> | <a href="{site}/about/" rel="nofollow">Ebitukwatako</a> | <a href="{site}/sitemap/">Sitemap</a></div><div class="rightrow"><a href="https://a.jimdo.example/app/cms/login" rel="nofollow" class="login">Log in</a></div></div>
<div class="jtpl-copyright"><p>&copy; 2025 Radio Kasenyi 94.6 FM, Bulyamba. Eddembe lyonna ligereddwa.</p></div></footer>
</div>
<div id="cookie-policy" class="cc-cookie-policy" role="dialog"><p>Omukutu guno gukozesa cookies okulongoosa by'olaba. Bw'ogenda mu maaso okugukozesa, okkirizza enkozesa ya cookies.</p><button class="cc-cookie-accept">Nzikirizza</button><a href="{site}/j/privacy">Ebisingawo</a></div>
<script type="text/javascript" src="https://assets.jimstatic.example/ckies.js.2b1c9e.js"></script>
<script type="text/javascript" src="https://assets.jimstatic.example/web.js.91d0aa.js"></script>
</body>
</html>
"""


def sakha(art):
    """InstantCMS 2 (``content_item`` with an ``ft_html`` field, Russian system strings)."""
    site = "https://kederulus.example"
    url = f"{site}/news/khalyma-orukhunen-kyhyngy-suol-ahylynna.html"
    ps = art["paragraphs"]
    body = "\n".join(
        [
            paras(art, stop=4),
            '<p><strong>Эмиэ ааҕыҥ:</strong> <a href="/news/muus-khalynga-beriebierkeleenne.html">Өрүс муустарын халыҥын бэрэбиэркэлээтилэр</a></p>',
            f"<h3>{e(ps[4][3:])}</h3>",
            paras(art, start=5, stop=7),
            f"<p><em>{e(ps[7])}</em></p>",
        ]
    )
    cms = "".join(
        f'<div id="comment_{n}" class="comment"><div class="info"><div class="name"><a class="user" href="{site}/users/{u}">{e(who)}</a></div><div class="date">{d}</div><div class="rating"><span class="value zero">0</span></div></div><div class="text">{e(t)}</div><div class="links"><a href="#reply" class="reply">Ответить</a></div></div>'
        for n, u, who, d, t in [
            (
                4411,
                218,
                "Туйаара",
                "18 декабря 2025 в 16:02",
                "Сотору аһыллыбыт, быйыл эрдэ. Суол сулууспатыгар махтал!",
            ),
            (
                4412,
                95,
                "Степан К.",
                "18 декабря 2025 в 19:47",
                "Сыллаах аттыгар муус куһаҕан дииллэр этэ, айанньыттар сэрэхтээх буолуҥ.",
            ),
        ]
    )
    return f"""<!DOCTYPE html>
<html lang="sah">
<head>
<title>{e(art["title"])} — Кэдэр сонуннара</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="keywords" content="кыһыҥҥы суол, Халыма, Кэдэр улууһа">
<meta name="description" content="Кэдэр улууһугар Халыма өрүһүнэн кыһыҥҥы суол массыыналарга аһылынна.">
<meta property="og:title" content="{e(art["title"])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<link rel="canonical" href="{url}">
<link rel="stylesheet" type="text/css" href="/templates/default/css/theme-text.css?1733991000">
<link rel="stylesheet" type="text/css" href="/templates/default/css/theme-layout.css?1733991000">
<link rel="stylesheet" type="text/css" href="/templates/default/css/theme-widgets.css?1733991000">
<link rel="stylesheet" type="text/css" href="/templates/default/css/theme-content.css?1733991000">
<script src="/templates/default/js/jquery.js?1733991000"></script>
<script src="/templates/default/js/core.js?1733991000"></script>
<script src="/templates/default/js/modal.js?1733991000"></script>
<script src="/templates/default/js/comments.js?1733991000"></script>
<script>var LANG_SEND = 'Отправить'; var LANG_CONTINUE = 'Продолжить'; var LANG_CLOSE = 'Закрыть'; var LANG_SAVE = 'Сохранить'; var LANG_CANCEL = 'Отмена'; var LANG_LOADING = 'Загрузка...'; var LANG_ERROR = 'Ошибка'; var LANG_COMMENT_DELETE_CONFIRM = 'Удалить комментарий?';</script>
{news_ld(art, url, "Кэдэр сонуннара", "sah")}
</head>
<body id="desktop_device_type" class="">
<div id="layout">
<div id="widget_pos_top"><div class="widget_html_block"><div class="top-line">Бэйэтигэр: 18 ахсынньы, 2025 с. · Кэдэр: −47 °C · <a href="/pages/gazeta.html">Хаһыат PDF</a></div></div></div>
<header>
<div id="logo"><a href="/"><span>Кэдэр сонуннара</span></a><div class="slogan">Кэдэр улууһун хаһыата, 1934 сылтан</div></div>
<div class="widget_ajax_wrap" id="widget_pos_header"><ul class="menu"><li class="ajax-modal key"><a title="Вход" class="item" href="/auth/login"><span class="wrap">Вход</span></a></li><li class="user_add"><a title="Регистрация" class="item" href="/auth/register"><span class="wrap">Регистрация</span></a></li></ul></div>
</header>
<nav><div class="widget_ajax_wrap" id="widget_pos_menu"><ul class="menu">
<li><a class="item" href="/"><span class="wrap">Сүрүн</span></a></li>
<li class="active"><a class="item" href="/news"><span class="wrap">Сонуннар</span></a></li>
<li><a class="item" href="/articles"><span class="wrap">Ыстатыйалар</span></a></li>
<li><a class="item" href="/photos"><span class="wrap">Хаартыскалар</span></a></li>
<li><a class="item" href="/board"><span class="wrap">Биллэриилэр</span></a></li>
<li><a class="item" href="/search"><span class="wrap">Поиск</span></a></li>
</ul></div></nav>
<div id="body">
<div id="breadcrumbs"><ul itemscope itemtype="https://schema.org/BreadcrumbList"><li class="home" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/" title="Главная" itemprop="item"><meta itemprop="name" content="Главная"></a></li><li class="sep"></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/news" itemprop="item"><span itemprop="name">Сонуннар</span></a></li><li class="sep"></li><li><span>{e(art["title"])}</span></li></ul></div>
<section>
<article>
<div id="controller_wrap">
<h1>{e(art["title"])}</h1>
<div class="content_item news_item">
<div class="field ft_image f_photo auto_field"><div class="value"><a class="ajax-modal" href="/upload/001/u95/4/a/winter-road.jpg"><img src="/upload/001/u95/4/a/winter-road_big.jpg" title="{e(art["title"])}" alt="{e(art["title"])}"></a></div></div>
<div class="field ft_caption f_photo_caption"><div class="value">Халыма өрүһүнэн кыһыҥҥы суол. Хаартыска: Кэдэр улууһун суол сулууспата</div></div>
<div class="field ft_html f_content auto_field"><div class="value">
{body}
</div></div>
<div class="field ft_string f_author"><div class="title_left">Автор: </div><div class="value">{e(art["author"])}</div></div>
</div>
<div class="info_bar">
<div class="bar_item bi_date_pub" title="Дата публикации"><time datetime="{art["date"]}T14:20:00+09:00">18.12.2025</time> <span class="time">14:20</span></div>
<div class="bar_item bi_user" title="Автор"><a href="/users/95">kederadmin</a></div>
<div class="bar_item bi_hits" title="Просмотры">1283</div>
<div class="bar_item bi_comments"><a href="#comments" title="Комментарии">2</a></div>
</div>
<div class="tags_bar"><a href="/tags/kyhyngy-suol">кыһыҥҥы суол</a>, <a href="/tags/khalyma">Халыма</a>, <a href="/tags/transport">тырааныспар</a></div>
<div class="share"><span>Тарҕатыҥ:</span> <a href="#" class="vk">ВКонтакте</a> <a href="#" class="ok">Одноклассники</a> <a href="#" class="tg">Telegram</a></div>
<a name="comments"></a>
<div id="comments_widget" class="tabs-menu"><span id="comments"></span>
<ul class="tabbed"><li><a href="#tab-icms">Комментарии</a></li></ul>
<div id="tab-icms" class="tab"><div id="comments_list">{cms}</div>
<div id="comments_add_link"><a href="#add" class="ajaxlink" onclick="return icms.comments.add()">Добавить комментарий</a></div>
<div class="comments_guest_note">Кэпсээҥҥэ санааҕытын суруйаргытыгар сайтка киириҥ эбэтэр бэлиэтэниҥ.</div></div>
</div>
</div>
</article>
</section>
<aside>
<div class="widget"><div class="title">Саамай элбэхтик ааҕыллыбыт</div><div class="body"><div class="widget_content_list"><div class="item"><a href="#">Оҕо саадыгар саҥа тутуу саҕаланна</a><div class="details"><span class="date">16.12.2025</span></div></div><div class="item"><a href="#">Улуус олимпиадатыгар 48 оскуола оҕото кытынна</a><div class="details"><span class="date">14.12.2025</span></div></div></div></div></div>
<div class="widget"><div class="title">Биһигини кытта сибээс</div><div class="body"><p>Сонун баар буоллаҕына редакцияҕа суруйуҥ эбэтэр эрийиҥ. Эһиги суруккутун барытын ааҕабыт.</p></div></div>
</aside>
</div>
<footer><div id="copyright">© 2025 «Кэдэр сонуннара» хаһыат. Материаллары туһанарга сигэ булгуччулаах.</div><div id="info"><span class="item">Работает на <a href="https://instantcms.ru/">InstantCMS</a></span> <span class="item">Время: 0,071 с</span></div></footer>
</div>
<script>(function(m,e,t,r,i,k,a){{m[i]=m[i]||function(){{(m[i].a=m[i].a||[]).push(arguments)}};m[i].l=1*new Date();k=e.createElement(t),a=e.getElementsByTagName(t)[0],k.async=1,k.src=r,a.parentNode.insertBefore(k,a)}})(window, document, "script", "https://mc.yandex.example/metrika/tag.js", "ym"); ym(90123456, "init", {{clickmap:true, trackLinks:true}});</script>
<noscript><div><img src="https://mc.yandex.example/watch/90123456" style="position:absolute; left:-9999px;" alt=""></div></noscript>
</body>
</html>
"""


def maithili(art):
    """Django with htmx and Bulma (``hx-`` attributes, lazy-loaded blocks)."""
    site = "https://www.mithilasamachar.example"
    url = f"{site}/samachar/2025/07/09/belhigam-makhana-sahkari-samiti/"
    ad = '<div class="box has-text-centered vigyapan" hx-get="/ads/slot/inarticle/?p=belhigam" hx-trigger="revealed" hx-swap="innerHTML"><p class="is-size-7 has-text-grey">विज्ञापन</p></div>'
    also = '<p class="is-size-6"><strong>ईहो पढ़ू:</strong> <a href="/samachar/2025/06/30/makhana-dam/" hx-boost="true">मखानक दाम मे एहि बेर बीस प्रतिशत उछाल</a></p>'
    body = paras(art, h='h2 class="title is-4"', between={3: ad, 8: also})
    return f"""<!DOCTYPE html>
<html lang="mai">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(art["title"])} | मिथिला समाचार</title>
<meta name="description" content="बेलहीगाम आ आसपासक पाँच गामक मखान किसान सभ मिलि कऽ नव सहकारी समिति बनौलनि।">
<link rel="canonical" href="{url}">
<meta property="og:title" content="{e(art["title"])}">
<meta property="og:site_name" content="मिथिला समाचार">
<meta property="og:locale" content="mai_IN">
<link rel="stylesheet" href="/static/css/bulma.min.1f3c2a9e.css">
<link rel="stylesheet" href="/static/css/site.8b21d0c4.css">
<script src="/static/js/htmx.min.2.0.3.js" defer></script>
<script src="/static/js/site.7a1e0b2f.js" defer></script>
{news_ld(art, url, "मिथिला समाचार", "mai")}
</head>
<body hx-headers='{{"X-CSRFToken": "kq3XvL8yT0wR2bN6mZ1cP5sH9dF4gJ7a"}}'>
<div id="cookie-notice" class="notification is-dark cookie-notice" hx-get="/consent/banner/" hx-trigger="load" hx-swap="outerHTML"><p>ई वेबसाइट कुकीज केर उपयोग करैत अछि जाहि सँ अहाँक अनुभव नीक होअय। आगाँ बढ़ला पर अहाँ एहि सँ सहमत मानल जायब।</p><button class="button is-small" hx-post="/consent/accept/" hx-target="#cookie-notice" hx-swap="delete">ठीक अछि</button></div>
<div class="topbar"><div class="container"><span>बुधदिन, 9 जुलाई 2025</span> <a href="/epaper/">ई-पेपर</a> <a href="/en/">English</a></div></div>
<nav class="navbar is-white" role="navigation" aria-label="main navigation" hx-boost="true">
<div class="navbar-brand"><a class="navbar-item" href="/"><img src="/static/img/logo.4c2d.svg" alt="मिथिला समाचार" width="180" height="40"></a><a role="button" class="navbar-burger" aria-label="menu" aria-expanded="false" data-target="mainNav"><span aria-hidden="true"></span><span aria-hidden="true"></span><span aria-hidden="true"></span></a></div>
<div id="mainNav" class="navbar-menu"><div class="navbar-start"><a class="navbar-item" href="/">मुख्य पृष्ठ</a><a class="navbar-item is-active" href="/samachar/">समाचार</a><a class="navbar-item" href="/krishi/">कृषि</a><a class="navbar-item" href="/sahitya/">साहित्य</a><a class="navbar-item" href="/khel/">खेल</a><a class="navbar-item" href="/video/">वीडियो</a></div>
<div class="navbar-end"><div class="navbar-item"><form action="/khoj/" method="get" hx-get="/khoj/suggest/" hx-trigger="keyup changed delay:300ms from:#q" hx-target="#suggest"><input id="q" class="input is-small" type="search" name="q" placeholder="खोजू..."></form><div id="suggest"></div></div></div></div>
</nav>
<section class="section"><div class="container"><div class="columns">
<div class="column is-8">
<nav class="breadcrumb is-small" aria-label="breadcrumbs"><ul><li><a href="/">मुख्य पृष्ठ</a></li><li><a href="/samachar/">समाचार</a></li><li class="is-active"><a href="#" aria-current="page">कृषि</a></li></ul></nav>
<article class="article-detail" id="article-8841">
<p class="tag is-warning is-light">कृषि</p>
<h1 class="title is-2">{e(art["title"])}</h1>
<div class="article-meta level is-mobile"><div class="level-left"><span class="level-item">{e(art["author"])}, दरभंगा</span><time class="level-item" datetime="{art["date"]}T10:15:00+05:30">9 जुलाई 2025, 10:15</time><span class="level-item">पढ़बा मे 3 मिनट</span></div>
<div class="level-right share-buttons"><a class="level-item" href="#">फेसबुक</a><a class="level-item" href="#">व्हाट्सएप</a><a class="level-item" href="#">एक्स</a></div></div>
<figure class="image is-16by9"><img src="/media/articles/2025/07/makhana-belhigam.jpg" alt=""></figure>
<p class="caption is-size-7 has-text-grey">बेलहीगामक प्रसंस्करण केन्द्र मे मखान भुजैत किसान। फोटो: मिथिला समाचार</p>
<div class="content article-body">
{body}
</div>
<div class="tags"><span class="tag">मखान</span><span class="tag">सहकारी समिति</span><span class="tag">दरभंगा</span></div>
<div class="box author-box"><p class="has-text-weight-bold">{e(art["author"])}</p><p>रामनारायण झा मिथिला समाचारक दरभंगा संवाददाता छथि आ कृषि तथा ग्रामीण विकास पर लिखैत छथि।</p></div>
<div class="box newsletter"><h3 class="title is-5">मिथिला समाचार सीधा अहाँक इनबॉक्स मे</h3><p>प्रतिदिन भोर मे मिथिलाक मुख्य समाचार पढ़बाक लेल अपन ईमेल लिखू।</p>
<form hx-post="/newsletter/subscribe/" hx-target="#nl-result" hx-swap="innerHTML"><input type="hidden" name="csrfmiddlewaretoken" value="Qm7r2YbX9kLp0sT4vW8zC1nH5dJ3gF6a"><input class="input" type="email" name="email" placeholder="अहाँक ईमेल"><button class="button is-link" type="submit">सदस्यता लिअ</button></form><div id="nl-result"></div></div>
<section class="comments" id="comments"><h3 class="title is-5">प्रतिक्रिया (2)</h3>
<article class="media"><div class="media-content"><p><strong>विनोद मिश्र</strong> <small>9 जुलाई 2025</small><br>बहुत नीक पहल। हमरो गाम मे एहन समिति बनबाक चाही, किसान सभ बहुत दिन सँ ठकाइत रहलाह अछि।</p></div></article>
<article class="media"><div class="media-content"><p><strong>पूजा कुमारी</strong> <small>9 जुलाई 2025</small><br>ऑनलाइन दोकान कहिया सँ शुरू होयत, से जानकारी देल जाय।</p></div></article>
<div hx-get="/comments/8841/?page=2" hx-trigger="click" hx-swap="outerHTML" class="button is-small is-light">आओर प्रतिक्रिया देखू</div>
</section>
</article>
</div>
<aside class="column is-4">
<div class="box"><h3 class="title is-5">सभ सँ बेसी पढ़ल गेल</h3><ol class="most-read"><li><a href="#">कमला नदीक तटबंध पर फेर रिसाव, गाम सभ मे चिंता</a></li><li><a href="#">मधुबनी पेंटिंग प्रदर्शनी मे चारि हजार दर्शक पहुँचलाह</a></li><li><a href="#">दरभंगा हवाई अड्डा सँ दू नव उड़ान शुरू होयत</a></li></ol></div>
<div id="related" hx-get="/samachar/related/8841/" hx-trigger="revealed" hx-swap="innerHTML"><div class="box"><h3 class="title is-5">सम्बन्धित समाचार</h3>{teasers([("पोखरि सभक जीर्णोद्धार लेल नव योजना", "जिला प्रशासन चालीस पुरान पोखरिक मरम्मत करत, जाहि मे मखान खेती सेहो होइत अछि।"), ("किसान उत्पादक संगठन केँ सस्त ऋण", "सहकारी बैंक किसान संगठन सभ केँ चारि प्रतिशत ब्याज पर ऋण देबाक घोषणा कयलक।")], tag="h4", cls="related-item")}</div></div>
</aside>
</div></div></section>
<footer class="footer"><div class="content has-text-centered"><p><strong>मिथिला समाचार</strong> — मैथिली मे मिथिलाक समाचार, 2016 सँ।</p><p><a href="/hamra-bare/">हमरा बारे मे</a> · <a href="/niji-niti/">गोपनीयता नीति</a> · <a href="/samprak/">सम्पर्क</a></p><p>© 2025 मिथिला समाचार। सर्वाधिकार सुरक्षित।</p></div></footer>
</body>
</html>
"""


def broadcaster(art):
    """English public broadcaster's story server-rendered by Ember FastBoot."""
    site = "https://news.tbc.example"
    url = f"{site}/news/tavui/2025/10/27/cyclone-shelters-solar-water"
    ps = art["paragraphs"]
    config = quote(
        json.dumps(
            {
                "modulePrefix": "tbc-news",
                "environment": "production",
                "rootURL": "/",
                "locationType": "history",
                "APP": {"name": "tbc-news", "version": "4.12.0+9c1e2f0a"},
                "fastboot": {"hostWhitelist": ["news.tbc.example"]},
            },
            separators=(",", ":"),
        )
    )
    eid = [100]

    def ev():
        eid[0] += 3
        return f"ember{eid[0]}"

    def para(p):
        if p.startswith("## "):
            return f'<h2 id="{ev()}" class="story-subhead ember-view">{e(p[3:])}</h2>'
        return f'<p class="story-paragraph">{e(p)}</p>'

    out = [
        f'<div id="{ev()}" class="story-update-note ember-view"><p class="story-paragraph story-paragraph--update"><strong>{e(ps[0])}</strong></p></div>'
    ]
    i = 1
    while i < len(ps):
        if ps[i].startswith("- "):
            items = []
            while i < len(ps) and ps[i].startswith("- "):
                items.append(f"<li>{e(ps[i][2:])}</li>")
                i += 1
            out.append(f'<ul class="story-list">{"".join(items)}</ul>')
            continue
        out.append(para(ps[i]))
        if i == 4:
            out.append(
                f'<div id="{ev()}" class="story-embed story-embed--audio ember-view"><div class="audio-player"><button class="audio-player__play" aria-label="Play">Play</button><span class="audio-player__title">Listen: Ratu Epeli Koroi speaks to TBC Radio One Breakfast</span><span class="audio-player__duration">6:42</span></div></div>'
            )
        if i == 10:
            out.append(
                f'<aside id="{ev()}" class="story-related-inline ember-view"><span class="story-related-inline__label">Related story</span><a href="/news/tavui/2024/12/02/cyclone-hina-one-year">Cyclone Hina: a year on, families in Savudrau still rebuilding</a></aside>'
            )
        i += 1
    body = "\n".join(out)
    shoebox = json.dumps(
        {
            "data": {
                "type": "story",
                "id": "tbc-2025-10-27-4471",
                "attributes": {
                    "headline": art["title"],
                    "byline": art["author"],
                    "published": art["date"] + "T02:10:00Z",
                    "updated": art["date"] + "T04:40:00Z",
                    "section": "Tavui",
                    "body": [{"type": "paragraph", "text": p} for p in ps],
                },
            }
        },
        ensure_ascii=False,
    ).replace("<", "\\u003c")
    top = "".join(
        f'<li class="story-card story-card--small"><a href="/news/{s}"><h3 class="story-card__headline">{e(t)}</h3><p class="story-card__summary">{e(d)}</p></a></li>'
        for s, t, d in [
            (
                "national/2025/10/27/budget-ferry-subsidy",
                "Ferry subsidy to rise in next year's budget, minister confirms",
                "Operators on the northern routes will get an extra $4 million to keep fares for students and pensioners at current levels.",
            ),
            (
                "sport/2025/10/26/sevens-squad-named",
                "National sevens squad named for the Pacific series",
                "Four uncapped players from the island competitions have been named in the 14-man squad for the opening round.",
            ),
            (
                "tavui/2025/10/25/nakuru-market-reopens",
                "Nakuru market reopens after three months of repairs",
                "Vendors say trade returned to normal on the first day, with crowds arriving on the early ferry from the mainland.",
            ),
        ]
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{e(art["title"])} | TBC News</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="tbc-news/config/environment" content="{config}">
<link rel="canonical" href="{url}">
<meta property="og:title" content="{e(art["title"])}">
<meta property="og:site_name" content="TBC News">
<meta property="og:type" content="article">
<meta name="description" content="All eleven cyclone evacuation centres on Tavui Island will be fitted with solar power and rainwater tanks before the wet season.">
<link integrity="" rel="stylesheet" href="/assets/vendor-5c0a3e1f.css">
<link integrity="" rel="stylesheet" href="/assets/tbc-news-91b7d2c4.css">
{news_ld(art, url, "Tavui Broadcasting Corporation", "en")}
</head>
<body class="ember-application">
<script type="x/boundary" id="fastboot-body-start"></script>
<div id="ember3" class="ember-view app-shell">
<a id="ember5" class="skip-link ember-view" href="#main-content">Skip to main content</a>
<header id="ember8" class="site-header ember-view">
<div class="site-header__top"><a href="/" id="ember9" class="site-header__logo ember-view"><span class="visually-hidden">TBC News home</span><svg aria-hidden="true" width="96" height="32"><use href="#tbc-logo"></use></svg></a>
<ul class="site-header__services"><li><a href="https://www.tbc.example/radio">TBC Radio</a></li><li><a href="https://www.tbc.example/tv">TBC TV</a></li><li><a href="https://www.tbc.example/listen-live">Listen live</a></li></ul>
<button id="ember11" class="site-header__search-toggle ember-view" type="button" aria-expanded="false">Search</button></div>
<nav id="ember14" class="primary-nav ember-view" aria-label="Primary"><ul><li><a href="/news" class="active">News</a></li><li><a href="/news/national">National</a></li><li><a href="/news/tavui" class="active">Tavui</a></li><li><a href="/news/pacific">Pacific</a></li><li><a href="/news/business">Business</a></li><li><a href="/news/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>
</header>
<div id="ember17" class="alert-banner alert-banner--warning ember-view" role="region" aria-label="Weather warning"><p>Strong wind warning in force for Tavui coastal waters until 6pm Tuesday.</p><a href="/weather/warnings">See all warnings</a></div>
<main id="main-content" tabindex="-1">
<article id="ember21" class="story ember-view">
<header class="story-header"><a class="story-header__section" href="/news/tavui">Tavui</a>
<h1 class="story-header__headline">{e(art["title"])}</h1>
<div class="story-header__meta"><span class="story-header__byline">{e(art["author"])}, Tavui reporter</span> <time datetime="{art["date"]}T02:10:00Z">Monday 27 October 2025, 3:10pm</time> <span class="story-header__updated">Updated 5:40pm</span></div>
<div id="ember24" class="share-tools ember-view"><button type="button">Share</button><a href="#">Facebook</a><a href="#">WhatsApp</a><a href="#">Email</a><button type="button">Copy link</button></div></header>
<figure id="ember27" class="story-image ember-view"><img src="https://images.tbc.example/story/4471/hero-1280.jpg" alt="Workers lift a water tank at the Nakuru community hall" loading="eager"><figcaption>Workers install a rainwater tank at the Nakuru community hall. <span class="credit">Photo: TBC / Mere Naivalu</span></figcaption></figure>
<div id="ember30" class="story-body ember-view">
{body}
<p class="story-credit">{e(art["credits"][0])}</p>
</div>
<div id="ember60" class="story-topics ember-view"><h2>Topics</h2><ul><li><a href="/topics/disaster-management">Disaster management</a></li><li><a href="/topics/tavui">Tavui</a></li><li><a href="/topics/climate">Climate</a></li></ul></div>
<div id="ember63" class="story-feedback ember-view"><p>Got a news tip? Contact the TBC newsroom in confidence, or send us your photos and video.</p></div>
</article>
<section id="ember66" class="top-stories ember-view"><h2>Top stories</h2><ul>{top}</ul></section>
<section id="ember69" class="radio-promo ember-view"><h2>TBC Radio One</h2><p>Catch up on the day's interviews with the Breakfast team, Monday to Friday from 6am.</p><a href="https://www.tbc.example/radio/one">Listen now</a></section>
</main>
<footer id="ember72" class="site-footer ember-view"><ul><li><a href="https://www.tbc.example/about">About TBC</a></li><li><a href="https://www.tbc.example/editorial-standards">Editorial standards</a></li><li><a href="https://www.tbc.example/complaints">Complaints</a></li><li><a href="https://www.tbc.example/privacy">Privacy</a></li></ul><p>&copy; 2025 Tavui Broadcasting Corporation. TBC is the islands' public broadcaster, funded by the people of Tavui.</p></footer>
</div>
<script type="x/boundary" id="fastboot-body-end"></script>
<script type="fastboot/shoebox" id="shoebox-story">{shoebox}</script>
<script src="/assets/vendor-2e7f1d90.js"></script>
<script src="/assets/tbc-news-6a3b8c21.js"></script>
</body>
</html>
"""


def regionaldaily(art):
    """English regional daily on a Saxotech-like newspaper SaaS (Naviga Web)."""
    site = "https://www.harlanfallsrecord.example"
    path = "/article/20250312/NEWS01/303129987"
    url = site + path

    def slot(n):
        return f'<div class="ad-wrapper ad-inline" id="ad-inline-{n}"><div class="ad-label">Advertisement</div><div id="div-gpt-ad-inline{n}" data-size="300x250,728x90"><script>googletag.cmd.push(function(){{googletag.display("div-gpt-ad-inline{n}");}});</script></div></div>'

    related = '<div class="related-inline"><h4>RELATED</h4><ul><li><a href="/article/20250211/NEWS01/302119904">Courthouse roof leaks again as commissioners weigh annex</a></li><li><a href="/article/20241119/NEWS01/241119882">Harlan County clerk: records vault "one storm away" from disaster</a></li></ul></div>'
    body = paras(
        art,
        p='p class="body-text"',
        h='h3 class="body-subhead"',
        between={2: slot(1), 5: related, 9: slot(2)},
    )
    obits = "".join(
        f'<li><a href="/obituaries/{i}">{e(n)}</a></li>'
        for i, n in enumerate(
            [
                "Harold J. Pruitt, 84, of Harlan Falls",
                "Evelyn M. Doane, 91, formerly of Cray Township",
                "Walter 'Buddy' Lindqvist, 67, of North Fork",
            ]
        )
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{e(art["title"])} | The Harlan Falls Record</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="{url}">
<meta property="og:title" content="{e(art["title"])}">
<meta property="og:site_name" content="The Harlan Falls Record">
<meta property="og:image" content="{site}/storyimage/HF/20250312/NEWS01/303129987/AR/0/AR-303129987.jpg">
<meta name="Dateline" content="HARLAN FALLS">
<meta name="section" content="NEWS01">
<meta name="profile" content="HF">
<link rel="stylesheet" href="/Global/css/site.css?v=20250301">
<link rel="stylesheet" href="/Global/css/article.css?v=20250301">
<script>var pbs = {{"siteCode":"HF","category":"NEWS01","artno":"303129987","pubdate":"20250312","premium":"metered"}};</script>
<script>var _sf_async_config = {{uid: 60112, domain: "harlanfallsrecord.example", sections: "News", authors: "{e(art["author"])}"}};</script>
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script>
<script>window.googletag = window.googletag || {{cmd: []}};</script>
{news_ld(art, url, "The Harlan Falls Record", "en-US")}
</head>
<body class="article-page section-NEWS01 profile-HF">
<div id="ad-leaderboard" class="ad-wrapper"><div class="ad-label">Advertisement</div><div id="div-gpt-ad-leader"></div></div>
<div class="utility-bar"><span class="utility-date">Wednesday, March 12, 2025</span><a href="/weather">41°F Harlan Falls</a><a href="https://eedition.harlanfallsrecord.example/">e-Edition</a><a href="/subscribe?source=topbar" class="btn-subscribe">Subscribe</a><a href="/login" class="btn-login">Log In</a></div>
<header class="masthead"><a href="/" class="logo"><img src="/Global/images/head/nameplate/hf-logo.svg" alt="The Harlan Falls Record"></a>
<nav class="main-nav"><ul><li class="active"><a href="/section/NEWS01">Local News</a></li><li><a href="/section/SPORTS">Sports</a></li><li><a href="/section/BUSINESS">Business</a></li><li><a href="/section/OPINION">Opinion</a></li><li><a href="/section/LIFE">Life</a></li><li><a href="/obituaries">Obituaries</a></li><li><a href="/section/CLASSIFIEDS">Classifieds</a></li><li><a href="/section/LEGALS">Public Notices</a></li></ul></nav>
<form class="site-search" action="/search" method="get"><input type="text" name="q" placeholder="Search"><button type="submit">Go</button></form></header>
<div id="main-container" class="container">
<div id="art-main" class="col-main">
<div class="art-section-label"><a href="/section/NEWS01">Local News</a></div>
<h1 class="art-headline">{e(art["title"])}</h1>
<h2 class="art-subheadline">Annex will house clerk, treasurer and records vault; lone no vote says voters should have decided</h2>
<div class="art-byline"><span class="byline-name">By {e(art["author"])}</span> <span class="byline-title">Staff Writer</span><br><span class="byline-email"><a href="mailto:dwhitcomb@harlanfallsrecord.example">dwhitcomb@harlanfallsrecord.example</a></span></div>
<div class="art-dates"><span class="posted">Posted Mar 12, 2025 at 6:00 AM</span> <span class="updated">Updated Mar 12, 2025 at 11:48 AM</span></div>
<ul class="art-tools"><li><a href="#" class="share-fb">Facebook</a></li><li><a href="#" class="share-x">X</a></li><li><a href="#" class="share-email">Email</a></li><li><a href="#" class="share-print">Print</a></li><li><a href="#comments" class="share-comments">Comments</a></li></ul>
<div class="art-image"><img src="{site}/storyimage/HF/20250312/NEWS01/303129987/AR/0/AR-303129987.jpg&amp;MaxW=780" alt=""><p class="art-image-caption">Residents fill the Harlan Falls Community Center for Tuesday's hearing on the proposed courthouse annex. <span class="art-image-credit">[Dana Whitcomb/Record]</span></p></div>
<div id="art-text" class="art-text">
{body}
</div>
<div class="art-contact"><p><em>Reach Dana Whitcomb at 555-0148 or dwhitcomb@harlanfallsrecord.example. Follow her on X at @DWhitcombRecord.</em></p></div>
<div id="meter-prompt" class="paywall-meter" style="display:none"><p>You have read 3 of your 5 free articles this month. Subscribe today for unlimited access to local news for 99 cents for the first month.</p><a href="/subscribe?source=meter">Subscribe now</a></div>
<div id="comments" class="art-comments"><h3>Comments</h3><p class="comments-policy">Comments are moderated. Please keep your remarks civil and on topic; we remove posts that include personal attacks.</p>
<div class="comment"><p class="comment-user">HFresident1970</p><p class="comment-text">I work in that courthouse and the wiring really is scary. Glad they finally did something before somebody gets hurt.</p></div>
<div class="comment"><p class="comment-user">northforkfarmer</p><p class="comment-text">Branford is right. Fourteen million is a lot of money for a county this size and we should have voted on it.</p></div></div>
</div>
<aside id="art-rail" class="col-rail">
<div class="ad-wrapper"><div class="ad-label">Advertisement</div><div id="div-gpt-ad-rail1"></div></div>
<div class="rail-box most-popular"><h3>Most Popular</h3><ol><li><a href="#">Harlan Falls High wins first regional title since 1998</a></li><li><a href="#">Main Street bakery to close after 42 years</a></li><li><a href="#">Sheriff: Scam callers posing as deputies target seniors</a></li></ol></div>
<div class="rail-box obits"><h3>Obituaries</h3><ul>{obits}</ul><a href="/obituaries">View all obituaries</a></div>
<div class="rail-box eedition"><h3>Today's e-Edition</h3><p>Read the full print edition of The Record on your phone, tablet or computer, page by page.</p><a href="https://eedition.harlanfallsrecord.example/">Read now</a></div>
<div class="rail-box newsletter"><h3>Record Daily Headlines</h3><p>Get the day's top local stories delivered to your inbox every morning at 6 a.m.</p><form action="/newsletters/signup" method="post"><input type="email" name="email" placeholder="Email address"><button>Sign up</button></form></div>
</aside>
</div>
<footer class="site-footer"><div class="footer-links"><a href="/contact">Contact Us</a> <a href="/subscribe">Subscribe</a> <a href="/advertise">Advertise</a> <a href="/submit-news">Submit News</a> <a href="/privacy">Privacy Policy</a> <a href="/terms">Terms of Service</a></div>
<p>The Harlan Falls Record ~ 220 Mill Street, Harlan Falls ~ 555-0100</p><p>Original content available for non-commercial use under a Creative Commons license, except where noted. &copy; 2025 Harlan Falls Record. All rights reserved.</p></footer>
<script src="/Global/js/site.js?v=20250301"></script>
<script src="https://static.chartbeat.example/js/chartbeat.js" async></script>
</body>
</html>
"""


def trademag(art):
    """English horticulture trade magazine built with Framer (CMS collection page)."""
    site = "https://www.glasshousegrower.example"
    url = f"{site}/articles/growers-turn-to-dynamic-led-schedules"
    ps = art["paragraphs"]
    preset = {
        "p": "framer-styles-preset-21ogod",
        "h2": "framer-styles-preset-1lgha58",
        "li": "framer-styles-preset-21ogod",
    }
    out = []
    items = []

    def flush():
        if items:
            out.append(
                '<ul class="framer-text">'
                + "".join(
                    f'<li class="framer-text" data-preset-tag="p"><p class="framer-text {preset["li"]}" data-styles-preset="Ab12Cd3Ef">{e(x)}</p></li>'
                    for x in items
                )
                + "</ul>"
            )
            items.clear()

    for p in ps:
        if p.startswith("- "):
            items.append(p[2:])
            continue
        flush()
        if p.startswith("## "):
            out.append(
                f'<h2 class="framer-text {preset["h2"]}" data-styles-preset="Qx7Lm2Pz9">{e(p[3:])}</h2>'
            )
        elif p.startswith("Editor's note:"):
            out.append(
                f'<p class="framer-text {preset["p"]}" data-styles-preset="Ab12Cd3Ef"><em class="framer-text">{e(p)}</em></p>'
            )
        else:
            out.append(
                f'<p class="framer-text {preset["p"]}" data-styles-preset="Ab12Cd3Ef">{e(p)}</p>'
            )
    flush()
    body = "".join(out)

    def rt(cls, name, inner):
        return f'<div class="{cls}" data-framer-name="{name}" style="outline:none;display:flex;flex-direction:column;justify-content:flex-start;flex-shrink:0;transform:none" data-framer-component-type="RichTextContainer">{inner}</div>'

    cards = "".join(
        f'<a class="framer-1r6k3vb framer-v-1r6k3vb" data-framer-name="Card" href="./articles/{s}"><div class="framer-9ghs2c" data-framer-name="Image"><img src="https://framerusercontent.example/images/{s}.jpg" alt="" style="display:block;width:100%;height:100%;object-fit:cover"></div>'
        + rt(
            "framer-1qe1g8o",
            "Category",
            f'<p class="framer-text framer-styles-preset-7b2k1q">{c}</p>',
        )
        + rt(
            "framer-15x2zt1",
            "Title",
            f'<h3 class="framer-text framer-styles-preset-1f0xg2h">{e(t)}</h3>',
        )
        + rt(
            "framer-yq8s3n",
            "Excerpt",
            f'<p class="framer-text framer-styles-preset-7b2k1q">{e(d)}</p>',
        )
        + "</a>"
        for s, c, t, d in [
            (
                "cucumber-prices-february",
                "Markets",
                "Cucumber prices hold firm as Spanish supply tightens",
                "Auction prices for long cucumbers stayed above last year's level for a sixth week as cold weather slowed imports.",
            ),
            (
                "biocontrol-thrips-trial",
                "Crop protection",
                "Trial shows predatory mites cut thrips damage in sweet pepper",
                "A two-season trial at the Marrow Valley research station found releases in early spring halved fruit damage.",
            ),
            (
                "heat-storage-buffer-tanks",
                "Energy",
                "Why more growers are adding heat buffer tanks",
                "Large insulated tanks let greenhouses store heat from cheap hours and use it later, suppliers say.",
            ),
        ]
    )
    handover = json.dumps(
        {
            "routeId": "xY3kzPq1",
            "pathVariables": {"slug": "growers-turn-to-dynamic-led-schedules"},
            "localeId": "default",
            "breakpoints": [
                {"hash": "72rtr7", "mediaQuery": "(min-width: 1200px)"},
                {"hash": "1x7wt8o", "mediaQuery": "(max-width: 1199px)"},
            ],
        }
    )
    return f"""<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<meta name="generator" content="Framer 3b4f2c8">
<title>{e(art["title"])} — Glasshouse Grower</title>
<meta name="description" content="Greenhouse vegetable growers are switching their LEDs on and off by the hour to follow wholesale power prices.">
<meta name="framer-search-index" content="https://framerusercontent.example/sites/5Xk2aQ/searchIndex-Lm7t2.json">
<link rel="canonical" href="{url}">
<meta property="og:type" content="website">
<meta property="og:title" content="{e(art["title"])}">
<meta property="og:site_name" content="Glasshouse Grower">
<style data-framer-breakpoint-css>@media(min-width: 1200px){{.hidden-72rtr7{{display:none!important}}}}@media(max-width: 1199px){{.hidden-1x7wt8o{{display:none!important}}}}</style>
<style data-framer-css-ssr-minified data-framer-components="framer-XbkQp PropertyOverrides">html,body,#main{{margin:0;padding:0;box-sizing:border-box}}.framer-text{{word-break:break-word}}</style>
<link href="https://fonts.gstatic.example/s/inter/v18/UcC73FwrK3iLTeHuS_nVMrMxCp50SjIa1ZL7.woff2" rel="preload" as="font" type="font/woff2" crossorigin>
<script async src="https://events.framer.example/script" data-fid="5Xk2aQ7b1c9"></script>
</head>
<body>
<script src="https://framer.example/edit/init.mjs" type="module" defer></script>
<div id="main" data-framer-hydrate-v2="{e(handover)}" data-framer-ssr-released-at="2025-01-28T10:12:44.118Z" data-framer-page-optimized-at="2025-02-05T08:31:09.402Z" data-framer-generated-page>
<div class="framer-XbkQp framer-1ttj0xq" data-framer-name="Desktop" style="min-height:100vh;width:auto">
<div class="framer-1m3z7ha" data-framer-name="Banner">{rt("framer-1i1vdaw", "Banner text", '<p class="framer-text framer-styles-preset-7b2k1q">Glasshouse Grower Live returns to Fennick on 18–19 June. <a class="framer-text" href="./events/live-2025">Register for a free trade pass</a></p>')}</div>
<nav class="framer-10sbx2j" data-framer-name="Navigation"><a class="framer-1wd0zm3 framer-lux5qc" data-framer-name="Logo" href="./"><img src="https://framerusercontent.example/images/gg-logo.svg" alt="Glasshouse Grower" width="170" height="32"></a>
<div class="framer-1f9gq2y" data-framer-name="Links">{rt("framer-12qd0ir", "News", '<p class="framer-text"><a class="framer-text" href="./news">News</a></p>')}{rt("framer-1kpz6lm", "Crops", '<p class="framer-text"><a class="framer-text" href="./crops">Crops</a></p>')}{rt("framer-1hnb4qa", "Energy", '<p class="framer-text"><a class="framer-text" href="./energy">Energy</a></p>')}{rt("framer-y7c2gk", "Technology", '<p class="framer-text"><a class="framer-text" href="./technology">Technology</a></p>')}{rt("framer-ut4o9d", "Jobs", '<p class="framer-text"><a class="framer-text" href="./jobs">Jobs</a></p>')}</div>
<a class="framer-1c7t0d8" data-framer-name="Subscribe Button" href="./subscribe">{rt("framer-1dwykf2", "Label", '<p class="framer-text">Subscribe to the magazine</p>')}</a></nav>
<header class="framer-8xj2kd" data-framer-name="Article Header">
{rt("framer-14u6m0e", "Category", '<p class="framer-text framer-styles-preset-7b2k1q"><a class="framer-text" href="./energy">Energy</a> · Winter energy series</p>')}
{rt("framer-1u2y2f4", "Title", f'<h1 class="framer-text framer-styles-preset-1a8vjnx" data-styles-preset="Rt5Yb8Kw1">{e(art["title"])}</h1>')}
{rt("framer-o4hb3q", "Subtitle", '<p class="framer-text framer-styles-preset-1q7sdzf">With peak-hour tariffs up sharply, growers are lighting crops by the market rather than the clock.</p>')}
<div class="framer-1v0qj1x" data-framer-name="Meta">{rt("framer-1gm9kdo", "Author", f'<p class="framer-text framer-styles-preset-7b2k1q">By {e(art["author"])}</p>')}{rt("framer-k8tvhx", "Date", '<p class="framer-text framer-styles-preset-7b2k1q">5 February 2025 · 6 min read</p>')}</div>
<div class="framer-1q5yv7d" data-framer-name="Hero Image"><img decoding="async" src="https://framerusercontent.example/images/led-greenhouse-night.jpg" alt="Tomato greenhouse lit by LED fixtures at night" style="display:block;width:100%;height:100%;object-fit:cover"></div>
{rt("framer-3l9hpm", "Caption", '<p class="framer-text framer-styles-preset-1qe1cdl">Lights at a truss tomato greenhouse near Fennick now often run through the night. Photo: Glasshouse Grower</p>')}
</header>
<div class="framer-1n0v1xq" data-framer-name="Article Layout">
<article class="framer-1ewm6hq" data-framer-name="Body">
{rt("framer-1u7c9ke", "Content", body)}
</article>
<aside class="framer-q2v9sg" data-framer-name="Sidebar">
<div class="framer-1y4t8hb" data-framer-name="Sponsor">{rt("framer-z1n2bx", "Label", '<p class="framer-text framer-styles-preset-7b2k1q">Sponsored</p>')}{rt("framer-a8k2ms", "Sponsor text", '<p class="framer-text">Luxagro Systems: hybrid lighting controllers that follow hourly power prices. Book a free energy scan for your greenhouse.</p>')}</div>
<div class="framer-1p4kqj2" data-framer-name="Webinar">{rt("framer-1b0ysvf", "Webinar title", '<h4 class="framer-text">Webinar: Lighting strategies for 2025</h4>')}{rt("framer-9ct1lk", "Webinar text", '<p class="framer-text">Join our panel of growers and consultants on 20 February at 10:00 to discuss night lighting, climate and crop response.</p>')}</div>
<div class="framer-17zv4mp" data-framer-name="Newsletter"><form class="framer-1vj3l5d" action="https://api.framer.example/forms/v1/forms/5Xk2aQ/submit" method="POST">{rt("framer-e1r2t9", "Newsletter text", '<p class="framer-text">The Grower Weekly: market prices, crop news and jobs every Thursday morning.</p>')}<input type="email" name="email" placeholder="you@greenhouse.com" class="framer-form-input"><button type="submit" class="framer-form-button">Sign up</button></form></div>
</aside>
</div>
<div class="framer-1o5b8qg" data-framer-name="Share">{rt("framer-16c8lhc", "Share label", '<p class="framer-text">Share this article</p>')}<a href="#">LinkedIn</a><a href="#">X</a><a href="#">Email</a></div>
<div class="framer-ox2j4k" data-framer-name="Author Card">{rt("framer-1m0gd0c", "Author bio", f'<p class="framer-text"><strong class="framer-text">{e(art["author"])}</strong> is technology editor at Glasshouse Grower and has covered greenhouse energy and lighting since 2016.</p>')}</div>
<section class="framer-1ac4e5w" data-framer-name="More Articles">{rt("framer-1m4e0ux", "Section title", '<h2 class="framer-text framer-styles-preset-1lgha58">More from Glasshouse Grower</h2>')}<div class="framer-1t5ugx0" data-framer-name="Collection List">{cards}</div></section>
<footer class="framer-9kxh3f" data-framer-name="Footer">{rt("framer-1dq6v4u", "About", '<p class="framer-text">Glasshouse Grower is the independent trade magazine for commercial greenhouse horticulture, published ten times a year.</p>')}{rt("framer-1kx6b1z", "Links", '<p class="framer-text"><a class="framer-text" href="./advertise">Advertise</a> · <a class="framer-text" href="./contact">Contact</a> · <a class="framer-text" href="./privacy">Privacy</a></p>')}{rt("framer-1r2jz8d", "Copyright", '<p class="framer-text">© 2025 Glasshouse Media Ltd. All rights reserved.</p>')}</footer>
</div>
<div id="overlay"></div>
</div>
<script type="framer/handover" id="__framer__handoverData">[{{"routeId":1,"localeId":2}},"xY3kzPq1","default"]</script>
<script>(()=>{{function u(){{function n(t,e,i){{let r=document.createElement("a");r.href=t,r.target=i,r.rel=e,document.body.appendChild(r),r.click(),r.remove()}}}}return u}})()</script>
<div id="__framer-badge-container"></div>
</body>
</html>
"""


def university(art):
    """English university news office's release on Modern Campus CMS (OU Campus)."""
    site = "https://www.ashgrove.example"
    url = f"{site}/news/2025/05/hedgerow-soil-carbon.php"
    quote_box = '<blockquote class="pull-quote"><p>&ldquo;Hedgerows are quietly building up carbon in the ground year after year.&rdquo;</p><cite>Dr. Amara Fenwick</cite></blockquote>'
    body = paras(art, between={3: quote_box})
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(art["title"])} | Ashgrove University News</title>
<link rel="canonical" href="{url}">
<meta property="og:title" content="{e(art["title"])}">
<meta property="og:site_name" content="Ashgrove University">
<link rel="stylesheet" href="/_resources/css/bootstrap.min.css">
<link rel="stylesheet" href="/_resources/css/ashgrove.css?v=2025.4">
<link rel="stylesheet" href="/_resources/css/oustyles.css">
<script src="/_resources/js/jquery.min.js"></script>
{news_ld(art, url, "Ashgrove University", "en-US")}
</head>
<body class="news-article">
<a class="visually-hidden-focusable skip" href="#main">Skip to main content</a>
<div id="ou-alert" class="alert-bar" hidden><!-- com.omniupdate.div label="alert" group="Everyone" button="hide" --><p>Campus alert: There are no active emergencies at this time.</p><!-- /com.omniupdate.div --></div>
<header class="site-header">
<div class="utility-nav"><ul><li><a href="/students/">Students</a></li><li><a href="/faculty-staff/">Faculty &amp; Staff</a></li><li><a href="/alumni/">Alumni</a></li><li><a href="/give/">Give</a></li><li><a href="https://my.ashgrove.example/">MyAshgrove</a></li></ul></div>
<div class="container"><a class="logo" href="/"><img src="/_resources/images/ashgrove-wordmark.svg" alt="Ashgrove University"></a>
<nav class="main-nav" aria-label="Main"><ul><li><a href="/admissions/">Admissions</a></li><li><a href="/academics/">Academics</a></li><li><a href="/research/">Research</a></li><li><a href="/campus-life/">Campus Life</a></li><li><a href="/athletics/">Athletics</a></li><li><a href="/about/">About</a></li></ul></nav>
<form class="search-form" action="/search/" method="get" role="search"><label for="q" class="visually-hidden">Search Ashgrove</label><input id="q" type="search" name="q" placeholder="Search Ashgrove"><button type="submit">Search</button></form></div>
</header>
<div class="section-banner"><div class="container"><p class="section-title"><a href="/news/">Ashgrove News</a></p><nav class="section-nav"><a href="/news/">Latest News</a> <a href="/news/research/">Research</a> <a href="/news/experts/">Find an Expert</a> <a href="/news/media/">For Media</a></nav></div></div>
<main id="main" class="container">
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Home</a></li><li class="breadcrumb-item"><a href="/news/">News</a></li><li class="breadcrumb-item active" aria-current="page">{e(art["title"])}</li></ol></nav>
<div class="row">
<div class="col-lg-8">
<article class="news-story">
<p class="news-category"><a href="/news/research/">Research</a> &middot; <a href="/news/topics/environment/">Environment</a></p>
<h1>{e(art["title"])}</h1>
<p class="news-meta">By {e(art["author"])} &middot; <time datetime="{art["date"]}">May 21, 2025</time></p>
<figure class="figure news-hero"><img class="img-fluid" src="/news/2025/05/_images/hedgerow-soil-core.jpg" alt="A researcher takes a soil core beside a hawthorn hedgerow"><figcaption class="figure-caption">Doctoral student Tobias Rinn takes a soil core beside a hedgerow on a farm in the Calder region. (Photo by Lena Morrow/Ashgrove University)</figcaption></figure>
<!-- com.omniupdate.div label="maincontent" group="Everyone" button="707" break="break" --><!-- ouc:editor csspath="/_resources/ou/editor/maincontent.css" cssmenu="/_resources/ou/editor/styles.txt" width="798" -->
<div class="news-body">
{body}
</div>
<!-- /com.omniupdate.div -->
<div class="about-study card"><div class="card-body"><h2 class="h5">About the study</h2><p>The study, "Soil organic carbon under farm hedgerows of different ages," was published in the Journal of Agricultural Soil Science. It was funded by the Calder Rural Trust and the university's Sustainability Seed Grant program.</p></div></div>
<div class="media-contact card"><div class="card-body"><h2 class="h5">Media contact</h2><p>Jordan Pike, University Communications, 555-0172, jpike@ashgrove.example</p></div></div>
<div class="share-links"><span>Share this story:</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div>
<p class="news-tags">Tags: <a href="/news/tags/soil-science/">soil science</a>, <a href="/news/tags/agriculture/">agriculture</a>, <a href="/news/tags/climate/">climate</a></p>
</article>
</div>
<aside class="col-lg-4">
<div class="sidebar-block"><h2 class="h5">Related news</h2>{teasers([("New greenhouse gives plant scientists year-round growing space", "The 6,000-square-foot facility on the north campus opened this spring with room for 40 research projects."), ("Students map pollinators on 30 local farms", "An undergraduate field course recorded more than 90 species of bees and hoverflies over the summer.")], tag="h3", cls="related-news-item")}</div>
<div class="sidebar-block"><h2 class="h5">Upcoming events</h2><ul class="event-list"><li><span class="event-date">May 28</span> <a href="/events/soil-health-field-day/">Soil Health Field Day at the University Farm</a></li><li><span class="event-date">Jun 4</span> <a href="/events/climate-lecture/">Public lecture: Farming in a warmer Calder</a></li></ul></div>
<div class="sidebar-block program-promo"><h2 class="h5">Study environmental science</h2><p>Ashgrove's B.S. in Environmental Science puts students in the field from their first semester. Learn more about the program and how to apply.</p><a class="btn btn-primary" href="/academics/environmental-science/">Explore the program</a></div>
<div class="sidebar-block"><h2 class="h5">Get Ashgrove Today</h2><p>Sign up for our weekly email with the latest news, research and events from across campus.</p><a class="btn btn-outline-primary" href="/news/subscribe/">Subscribe</a></div>
</aside>
</div>
</main>
<footer class="site-footer">
<div class="container"><div class="row"><div class="col-md-4"><p><strong>Ashgrove University</strong><br>1200 College Avenue<br>Ashgrove, NC 27000<br>555-0100</p></div>
<div class="col-md-4"><ul class="footer-links"><li><a href="/directory/">Directory</a></li><li><a href="/maps/">Maps &amp; Directions</a></li><li><a href="/jobs/">Jobs</a></li><li><a href="/accessibility/">Accessibility</a></li><li><a href="/privacy/">Privacy</a></li><li><a href="/title-ix/">Title IX</a></li></ul></div>
<div class="col-md-4"><p>Ashgrove University is an equal opportunity institution. We acknowledge that our campus sits on the ancestral lands of the Calder River peoples.</p></div></div>
<p class="copyright">&copy; 2025 Ashgrove University. <span id="directedit"><a id="de" href="https://a.cms.omniupdate.example/11/?skin=oucampus&amp;account=ashgrove&amp;site=www&amp;action=de&amp;path=/news/2025/05/hedgerow-soil-carbon.pcf" rel="nofollow">Last updated</a></span> May 21, 2025</p></div>
</footer>
<div id="cookie-consent" class="cookie-banner" role="dialog" aria-live="polite"><p>Ashgrove University uses cookies to improve your experience on our websites and to understand how they are used. By continuing to use this site, you agree to our use of cookies.</p><button type="button" class="btn btn-sm btn-light">I agree</button> <a href="/privacy/">Privacy statement</a></div>
<script src="/_resources/js/bootstrap.bundle.min.js"></script>
<script src="/_resources/js/direct-edit.js"></script>
<script src="/_resources/js/ashgrove.js?v=2025.4"></script>
</body>
</html>
"""


LAYOUTS_H30 = {
    "h30-01-sindhi": ("h30_sindhi", sindhi),
    "h30-02-tibetan": ("h30_tibetan", tibetan),
    "h30-03-luganda": ("h30_luganda", luganda),
    "h30-04-sakha": ("h30_sakha", sakha),
    "h30-05-maithili": ("h30_maithili", maithili),
    "h30-06-broadcaster": ("h30_broadcaster", broadcaster),
    "h30-07-regionaldaily": ("h30_regionaldaily", regionaldaily),
    "h30-08-trademag": ("h30_trademag", trademag),
    "h30-09-university": ("h30_university", university),
}
