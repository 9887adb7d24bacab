"""Layouts of pages h36-07 to h36-09 of the held-out group "h36" of the extraction benchmark.

Written by someone other than the person tuning the reader and without reading the reader
or its output on these pages; never used for tuning (docs/benchmarks-extraction.md).
Fictional pages on site builders and sector platforms not used by h2-h35: a US school
district's news article on Edlio (``<meta name="generator" content="Edlio CMS">``,
``/apps/news/article/<id>`` URLs, ``N.files.edl.io/…`` images, the ``#header_main`` /
``#content_main`` / ``site-footer`` frame, a district alert bar,
the story in ``article.cf`` with ``header.cf``, ``div.article-content`` and a
``summary cf`` lead, an inline photo with a caption and a "Related:" line, the
"Other News" list, ParentSquare and Google Translate widgets, "Powered by Edlio");
a small publisher's news post on WordPress with WooCommerce and the Storefront theme
(``theme-storefront woocommerce-active`` body classes, the ``woocommerce-store-notice``,
``site-header`` with ``woocommerce-product-search`` and ``site-header-cart``,
``storefront-primary-navigation``, ``storefront-breadcrumb`` with
``woocommerce-breadcrumb``, ``hentry`` with Storefront's ``entry-meta`` aside and the body
in ``entry-content`` with a ``wp-block-image`` and a ``wp-block-woocommerce-…`` product
block, ``post-navigation``, ``comments-area``, product widgets in ``#secondary``,
``storefront-handheld-footer-bar``, ``wc_add_to_cart_params``); and a Swiss German
gymnastics club's blog post on SITE123 (``s123-js-pjax`` meta tags, ``#websiteHeader``
with ``#mainNav`` / ``#mainNavMobile``, ``#s123PjaxMainContainer`` with the post in
``s123-content-area s123-page-container`` and a ``s123-module-blog`` section, the body in
``blog-post-content``, ``cdn-cms.f-static.net`` uploads, ``s123-share-buttons``,
``s123-comments``, hidden settings inputs, the ``translations`` script and the
``global_footer`` with "Erstellt mit SITE123").
"""

from __future__ import annotations

import html
import json

from page_parts import comments, lis, paras

e = html.escape


def ld(data):
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


EDL = "https://4.files.edl.io"


def edlio_nav():
    groups = [
        ("About Us", ["Superintendent", "Board of Education", "District Map", "Employment"]),
        (
            "Departments",
            ["Business Services", "Human Resources", "Nutrition Services", "Transportation"],
        ),
        ("Schools", ["Cedar Flats High", "Marlow Ridge High", "Vista Oaks High", "All Schools"]),
        ("Families", ["Enrollment", "School Calendar", "Student Wellness", "ParentSquare"]),
        ("Staff", ["Staff Directory", "Staff Portal", "Professional Learning"]),
    ]
    out = []
    for i, (name, subs) in enumerate(groups):
        sub = "".join(
            f'<li class="sub-nav-item"><a href="/apps/pages/index.jsp?uREC_ID=3{i}1{j}&amp;type=d" class="sub-nav-link">{e(s)}</a></li>'
            for j, s in enumerate(subs)
        )
        out.append(
            f'<li class="nav-item"><a href="javascript:;" class="nav-item-link" aria-haspopup="true" aria-expanded="false">{e(name)}</a>'
            f'<div class="sub-nav"><ul class="sub-nav-group">{sub}</ul></div></li>'
        )
    return "".join(out)


def edlio_body(art):
    photo = (
        f'<p><img src="{EDL}/8c2e/25/11/13/221947-5b1f0c7a-93d2-4e61-a0b8-2f64c1d7e9aa.jpg" '
        'alt="Students walking to class at Cedar Flats High School in the morning" width="900" height="600"></p>'
        "<p><em>Students arrive at Cedar Flats High School shortly before the 7:35 a.m. bell "
        "last month. Under the new plan, the first bell will ring at 8:30 a.m.</em> "
        "<em>Photo: Marlow Ridge USD Communications</em></p>"
    )
    related = (
        '<p><strong>Related:</strong> <a href="/apps/news/article/2241873">'
        "Read the Start Time Committee's final report and survey results</a></p>"
    )
    lead = f'<div class="summary cf"><p>{e(art["paragraphs"][0])}</p></div>'
    rest = paras(art, start=1, between={1: photo, 12: related})
    return lead, rest


def edlio_other_news():
    items = [
        ("2241903", "Vista Oaks robotics team heads to state championship", "Nov 12, 2025"),
        ("2241655", "Free flu vaccine clinics at four school sites this month", "Nov 10, 2025"),
        ("2241410", "Nutrition Services wins state award for scratch-cooked meals", "Nov 6, 2025"),
        (
            "2241102",
            "Marlow Ridge High choir to perform at county veterans ceremony",
            "Nov 3, 2025",
        ),
    ]
    return "".join(
        f'<li class="news-item cf"><a href="/apps/news/article/{i}" class="title">{e(t)}</a>'
        f'<span class="date">{d}</span></li>'
        for i, t, d in items
    )


def edlio(art):
    """Edlio: a district news article in ``article.cf`` with a summary and ``article-content``."""
    site = "https://www.marlowridgeusd.org"
    url = f"{site}/apps/news/article/2241980"
    lead, rest = edlio_body(art)
    quick = lis(
        ["Enroll", "Calendar", "Menus", "Aeries Parent Portal", "Bus Routes", "Careers"],
        '<li><a href="/apps/pages/index.jsp?uREC_ID=3202&amp;type=d">{}</a></li>',
    )
    social = lis(
        ["Facebook", "Instagram", "YouTube"],
        '<li><a href="https://www.example.com/marlowridgeusd" target="_blank"><span class="visuallyhidden">{}</span></a></li>',
    )
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": art["title"],
        "datePublished": f"{art['date']}T10:12:00-08:00",
        "author": {"@type": "Organization", "name": "Marlow Ridge Unified School District"},
        "mainEntityOfPage": url,
    }
    return f"""<!DOCTYPE html>
<html lang="en-US" class="">
<head>
<title>{e(art["title"])} | Marlow Ridge Unified School District</title>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="generator" content="Edlio CMS">
<meta name="description" content="The board voted 4-1 to move high school start times to 8:30 a.m. beginning in the 2026-27 school year.">
<meta property="og:title" content="{e(art["title"])}">
<meta property="og:image" content="{EDL}/8c2e/25/11/13/221947-5b1f0c7a-93d2-4e61-a0b8-2f64c1d7e9aa.jpg">
<link rel="canonical" href="{url}">
<link rel="alternate" type="application/rss+xml" title="District News" href="/apps/news/news_rss.jsp?id=0">
<link rel="stylesheet" href="/apps/shared/main.css?v=4.11.2">
<link rel="stylesheet" href="/apps/webapps/global/public/css/site.css?v=4.11.2">
<link rel="stylesheet" href="/apps/webapps/global/marlowridge/css/site.css?v=1731542210">
<script src="/apps/webapps/common/js/jquery-3.6.0.min.js"></script>
{ld(data)}
</head>
<body class="news-article-page">
<a id="skip-to-content" href="#content_main">Skip To Main Content</a>
<div id="alert_bar" class="alert-bar cf" role="region" aria-label="District alert">
<div class="alert-inner"><span class="alert-title">Thanksgiving Break</span> <span class="alert-text">All schools and district offices will be closed November 24-28. Classes resume Monday, December 1.</span> <a href="/apps/news/article/2241502" class="read-more">Read More</a><button class="close-alert" type="button"><span class="visuallyhidden">Dismiss alert</span></button></div>
</div>
<header id="header_main" class="site-header1a" aria-label="Main Site Header">
<div class="header-main-inner">
<a class="school-logo" href="/"><img src="{EDL}/a41f/22/08/01/173512-2c0f4d9e-61b8-4b2e-9d50-7d2e8f3a0c11.png" alt="Marlow Ridge Unified School District Logo"><div class="school-name"><span class="school-name-inner">Marlow Ridge Unified School District</span><span class="school-tagline">Every Student, Every Day</span></div></a>
<nav id="topbar-nav" class="topbar-nav" aria-label="Utility Navigation"><ul class="nav-menu">{quick}</ul></nav>
<div id="google_translate_element" class="translate-holder"><label for="translate-select">Translate</label><select id="translate-select" class="goog-te-combo"><option value="">Select Language</option><option value="es">Español</option><option value="vi">Tiếng Việt</option><option value="zh-CN">中文</option></select></div>
<div class="search-holder"><form action="/apps/search" id="search" class="site-search" role="search"><label for="searchBox" class="visuallyhidden">Search Site</label><input type="text" id="searchBox" name="q" placeholder="Search..." autocomplete="off"><button type="submit" class="icon-only"><span class="visuallyhidden">Submit Search</span></button></form></div>
<nav id="sitenav-main" class="sitenav-main nav-group megamenu" aria-label="Main Site Navigation"><button id="sitenav-main-mobile-toggle" name="Main Menu Toggle" aria-controls="sitenav-main" aria-expanded="false"><span class="visuallyhidden">Main Menu Toggle</span></button><ul class="nav-menu">{edlio_nav()}</ul></nav>
</div>
</header>
<main id="content_main" class="site-content" aria-label="Main Content">
<div class="content-wrap">
<nav id="breadcrumbs" class="breadcrumbs" aria-label="Breadcrumb"><ul><li><a href="/">Home</a></li><li><a href="/apps/news/">News</a></li><li><a href="/apps/news/category/19843">District News</a></li><li class="current">Later start times approved</li></ul></nav>
<div class="content-columns cf">
<div class="content-main">
<article class="cf">
<header class="cf">
<h1 class="title">{e(art["title"])}</h1>
<div class="article-information"><span class="author">Posted by {e(art["author"])}, Communications Office</span> <span class="date">Date Posted: November 14, 2025</span> <span class="category">Category: <a href="/apps/news/category/19843">District News</a></span></div>
</header>
{lead}
<div class="article-content">
{rest}
</div>
<div class="article-sharing cf"><span class="label">Share this article</span><ul class="share-links"><li><a href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank">Facebook</a></li><li><a href="https://x.com/intent/post?url={url}" target="_blank">X</a></li><li><a href="mailto:?subject=Later%20start%20times&amp;body={url}">Email</a></li><li><a href="javascript:window.print()">Print</a></li></ul></div>
<div class="news-nav cf"><a href="/apps/news/article/2241903" class="prev">Previous Article: Vista Oaks robotics team heads to state championship</a> <a href="/apps/news/" class="back">Back to All News</a></div>
</article>
</div>
<aside class="content-sidebar" aria-label="More News">
<section class="other-news"><h2>Other News</h2><ul class="news-list">{edlio_other_news()}</ul><a href="/apps/news/" class="more-link">View All News</a></section>
<section class="parentsquare-promo"><h2>Stay Connected</h2><p>Marlow Ridge USD uses ParentSquare to send news, alerts and messages from your child's teachers. Download the free app and sign in with the email or phone number you gave your school.</p><a href="/apps/pages/index.jsp?uREC_ID=3214&amp;type=d" class="btn">Learn More</a></section>
<section class="upcoming-events"><h2>Upcoming Events</h2><ul class="event-list"><li><span class="date">Nov 19</span> <a href="/apps/events/2025/11/19/">Board of Education Study Session, 6 p.m.</a></li><li><span class="date">Nov 24-28</span> <a href="/apps/events/2025/11/24/">Thanksgiving Break, No School</a></li><li><span class="date">Dec 10</span> <a href="/apps/events/2025/12/10/">Regular Board Meeting, 6 p.m.</a></li></ul><a href="/apps/events/" class="more-link">View Calendar</a></section>
</aside>
</div>
</div>
</main>
<footer class="site-footer" aria-label="Site Footer">
<div class="footer-inner">
<div class="footer-address"><h2>Marlow Ridge Unified School District</h2><p>1420 Almond Grove Road, Marlow Ridge, CA 95999</p><p>Phone: (555) 017-4400 | Fax: (555) 017-4419</p><p>District office hours are 7:30 a.m. to 4:30 p.m., Monday through Friday, except on school holidays.</p></div>
<ul class="social-links">{social}</ul>
<div class="footer-statements"><p>Marlow Ridge Unified School District prohibits discrimination, harassment, intimidation and bullying in all district activities, programs and employment. Questions or complaints may be directed to the district's Title IX and Equity Coordinator at (555) 017-4431.</p><p>We are committed to making our website accessible to all users. If you have trouble reading any page or document on this site, please contact our webmaster and we will provide the information in another format.</p></div>
<div class="footer-bottom cf"><p class="copyright">Copyright © 2025 Marlow Ridge Unified School District. All rights reserved.</p><a href="http://www.edlio.com" target="_blank" class="powered-by-edlio-logo edlio-logo-horiz"><span class="visuallyhidden">Schools CMS</span> Powered by Edlio</a> <a href="/apps/user/login?redirect=%2Fapps%2Fnews%2Farticle%2F2241980" class="edlio-login-link"><span class="edlio-logo"></span>Edlio Login</a></div>
</div>
</footer>
<div id="cookie_notice" class="cookie-notice" role="dialog" aria-label="Cookie notice"><p>This website uses cookies to remember your language choice and to count visits so that we can improve it. By continuing to use the site, you agree to our use of cookies.</p><a href="/apps/pages/index.jsp?uREC_ID=3230&amp;type=d">Privacy Policy</a><button type="button" class="cookie-accept">OK</button></div>
<script src="/apps/webapps/common/js/edlio.min.js?v=4.11.2"></script>
<script>var edlio = window.edlio || {{}}; edlio.pageID = "news-article"; edlio.newsArticleID = 2241980; edlio.categoryID = 19843; edlio.siteID = 781;</script>
<script src="//translate.google.com/translate_a/element.js?cb=googleTranslateElementInit"></script>
</body>
</html>
"""


WC_PRICE = '<span class="woocommerce-Price-amount amount"><bdi><span class="woocommerce-Price-currencySymbol">&pound;</span>{}</bdi></span>'


def storefront_body(art):
    up = "https://www.saltgrasspress.example/wp-content/uploads/2025/09"
    fig = (
        '<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" '
        f'src="{up}/corn-exchange-hall-1024x683.jpg" alt="The empty trading hall of the Corn Exchange with its cast-iron columns" '
        f'class="wp-image-3184" srcset="{up}/corn-exchange-hall-1024x683.jpg 1024w, {up}/corn-exchange-hall-300x200.jpg 300w" '
        'sizes="(max-width: 1024px) 100vw, 1024px" /><figcaption class="wp-element-caption">The trading hall of the Corn Exchange, '
        "which will become the main hall and reading room. Photo: Ewan Lusk</figcaption></figure>"
    )
    product = (
        '<div data-block-name="woocommerce/handpicked-products" data-products="2291" class="wp-block-woocommerce-handpicked-products wc-block-handpicked-products">'
        '<div class="wc-block-grid wp-block-handpicked-products wc-block-handpicked-products has-1-columns"><ul class="wc-block-grid__products">'
        '<li class="wc-block-grid__product"><a href="https://www.saltgrasspress.example/product/the-long-haul/" class="wc-block-grid__product-link">'
        f'<div class="wc-block-grid__product-image"><img loading="lazy" src="{up}/long-haul-cover-300x300.jpg" alt="Cover of The Long Haul" /></div>'
        '<div class="wc-block-grid__product-title">The Long Haul: Songs of the Dunmerrow Fleet</div></a>'
        f'<div class="wc-block-grid__product-price price">{WC_PRICE.format("12.99")}</div>'
        '<div class="wp-block-button wc-block-grid__product-add-to-cart"><a href="?add-to-cart=2291" aria-label="Add to basket: &ldquo;The Long Haul&rdquo;" data-quantity="1" data-product_id="2291" rel="nofollow" class="wp-block-button__link add_to_cart_button ajax_add_to_cart">Add to basket</a></div>'
        "</li></ul></div></div>"
    )
    also = (
        '<p class="has-small-font-size"><strong>You might also like:</strong> '
        '<a href="https://www.saltgrasspress.example/2025/06/riso-workshops-summer/">Our summer risograph workshops are back</a></p>'
    )
    return paras(art, between={1: fig, 5: product, 11: also})


def storefront_sidebar():
    books = [
        ("The Long Haul: Songs of the Dunmerrow Fleet", "12.99"),
        ("Salt Marsh Hours by Ailsa Mennie", "9.99"),
        ("Tidelines: New Coastal Writing 2025", "14.00"),
    ]
    items = "".join(
        f'<li><a href="https://www.saltgrasspress.example/product/{i}/"><img width="150" height="150" src="/wp-content/uploads/2025/0{i + 4}/cover-{i}-150x150.jpg" class="attachment-woocommerce_gallery_thumbnail size-woocommerce_gallery_thumbnail" alt="" />'
        f'<span class="product-title">{e(t)}</span></a>{WC_PRICE.format(p)}</li>'
        for i, (t, p) in enumerate(books, 1)
    )
    posts = lis(
        [
            "Tidelines 2025 is out now",
            "Meet our new poetry editor, Gwen Arbuthnot",
            "Our summer risograph workshops are back",
            "Salt Marsh Hours longlisted for the Brannoch Prize",
        ],
        '<li><a href="https://www.saltgrasspress.example/news/">{}</a></li>',
    )
    return f"""<div id="secondary" class="widget-area" role="complementary">
<div id="woocommerce_products-2" class="widget woocommerce widget_products"><span class="gamma widget-title">New from Saltgrass</span><ul class="product_list_widget">{items}</ul></div>
<div id="recent-posts-2" class="widget widget_recent_entries"><span class="gamma widget-title">Recent Posts</span><ul>{posts}</ul></div>
<div id="mc4wp_form_widget-2" class="widget widget_mc4wp_form_widget"><span class="gamma widget-title">The Saltgrass Letter</span><form id="mc4wp-form-1" class="mc4wp-form mc4wp-form-3102" method="post" data-id="3102" data-name="Newsletter"><div class="mc4wp-form-fields"><p>Once a month we send news of our books, readings and workshops, plus a poem we love. We never share your address and you can unsubscribe at any time.</p><p><label for="mc4wp-email">Email address</label><input type="email" id="mc4wp-email" name="EMAIL" placeholder="Your email address" required /></p><p><input type="submit" value="Sign up" /></p></div><div class="mc4wp-response"></div></form></div>
<div id="text-3" class="widget widget_text"><span class="gamma widget-title">Visit us</span><div class="textwidget"><p>Until the Corn Exchange opens you will find us at Dunmerrow farmers' market on the first Saturday of every month.</p></div></div>
</div>"""


def storefront_comments():
    items = [
        (
            "Kirsty Lamont",
            "23 September 2025 at 3:12 pm",
            "Brilliant news. I remember dances in that hall when I was a girl, and it will be lovely to see it full of people again. Will the hall be free to book for charities?",
        ),
        (
            "Saltgrass Press",
            "23 September 2025 at 4:40 pm",
            "Thank you, Kirsty! Charities and community groups will be able to book the hall at a reduced rate, and we'll publish the details in October.",
        ),
        (
            "Alan Birse",
            "24 September 2025 at 9:05 am",
            "Proud to have backed this. Any chance of a late opening for those of us who work in Port Caddon all day?",
        ),
    ]
    out = []
    for n, (name, when, text) in enumerate(items, 1):
        cls = "comment byuser bypostauthor" if name == "Saltgrass Press" else "comment"
        out.append(
            f'<li class="{cls} even thread-even depth-1" id="li-comment-{880 + n}"><div class="comment-body">'
            f'<div class="comment-meta commentmetadata"><div class="comment-author vcard"><img alt="" src="https://secure.gravatar.com/avatar/{n}a9f?s=128&amp;d=mm&amp;r=g" class="avatar avatar-128 photo" height="128" width="128" loading="lazy" /><cite class="fn">{e(name)}</cite></div>'
            f'<a href="#comment-{880 + n}" class="comment-date"><time datetime="2025-09-23T15:12:00+01:00">{when}</time></a></div>'
            f'<div id="div-comment-{880 + n}" class="comment-content"><div class="comment-text"><p>{e(text)}</p></div></div>'
            f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{880 + n}" data-commentid="{880 + n}" aria-label="Reply to {e(name)}">Reply</a></div></div></li>'
        )
    return "".join(out)


def storefront(art):
    """WooCommerce + Storefront: a publisher's news post in ``entry-content`` of a ``hentry``."""
    site = "https://www.saltgrasspress.example"
    url = f"{site}/2025/09/corn-exchange-bookshop-reading-room/"
    menu = lis(
        [
            "Books",
            "Poetry",
            "Coastal Writing",
            "Pamphlets",
            "Gift Cards",
            "News",
            "About",
            "Submissions",
        ],
        '<li class="menu-item menu-item-type-post_type menu-item-object-page"><a href="'
        + site
        + '/shop/">{}</a></li>',
    )
    foot = lis(
        ["Delivery & Returns", "Privacy Policy", "Terms & Conditions", "Trade Orders", "Contact"],
        '<li class="menu-item"><a href="' + site + '/help/">{}</a></li>',
    )
    params = json.dumps(
        {
            "ajax_url": "/wp-admin/admin-ajax.php",
            "wc_ajax_url": "/?wc-ajax=%%endpoint%%",
            "i18n_view_cart": "View basket",
            "cart_url": f"{site}/basket/",
            "is_cart": "",
            "cart_redirect_after_add": "no",
        }
    )
    data = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "BlogPosting",
                "headline": art["title"],
                "datePublished": f"{art['date']}T11:30:00+01:00",
                "author": {"@type": "Person", "name": art["author"]},
                "publisher": {"@type": "Organization", "name": "Saltgrass Press"},
                "mainEntityOfPage": url,
            }
        ],
    }
    return f"""<!doctype html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="http://gmpg.org/xfn/11">
<title>{e(art["title"])} &#8211; Saltgrass Press</title>
<meta name="robots" content="max-image-preview:large">
<link rel="canonical" href="{url}">
<meta property="og:type" content="article">
<meta property="og:title" content="{e(art["title"])}">
<meta property="og:site_name" content="Saltgrass Press">
{ld(data)}
<link rel="stylesheet" id="wc-blocks-style-css" href="{site}/wp-content/plugins/woocommerce/assets/client/blocks/wc-blocks.css?ver=wc-10.1.2" media="all">
<link rel="stylesheet" id="storefront-style-css" href="{site}/wp-content/themes/storefront/style.css?ver=4.6.1" media="all">
<link rel="stylesheet" id="storefront-woocommerce-style-css" href="{site}/wp-content/themes/storefront/assets/css/woocommerce/woocommerce.css?ver=4.6.1" media="all">
<meta name="generator" content="WordPress 6.8.2">
<meta name="generator" content="WooCommerce 10.1.2">
<noscript><style>.woocommerce-product-gallery{{ opacity: 1 !important; }}</style></noscript>
</head>
<body class="wp-singular post-template-default single single-post postid-3181 single-format-standard wp-custom-logo wp-embed-responsive theme-storefront woocommerce-demo-store woocommerce-no-js storefront-align-wide right-sidebar woocommerce-active">
<p role="complementary" aria-label="Store notice" class="woocommerce-store-notice demo_store" data-notice-id="5c1e0a" style="display:none;">Free UK delivery on all orders over &pound;25 until the end of October. <a role="button" href="#" class="woocommerce-store-notice__dismiss-link">Dismiss</a></p>
<div id="page" class="hfeed site">
<header id="masthead" class="site-header" role="banner" style="">
<div class="col-full">
<a class="skip-link screen-reader-text" href="#site-navigation">Skip to navigation</a>
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="site-branding"><a href="{site}/" class="custom-logo-link" rel="home"><img width="470" height="110" src="{site}/wp-content/uploads/2023/02/saltgrass-logo.png" class="custom-logo" alt="Saltgrass Press"></a></div>
<div class="site-search"><div class="widget woocommerce widget_product_search"><form role="search" method="get" class="woocommerce-product-search" action="{site}/"><label class="screen-reader-text" for="woocommerce-product-search-field-0">Search for:</label><input type="search" id="woocommerce-product-search-field-0" class="search-field" placeholder="Search products&hellip;" value="" name="s"><button type="submit" value="Search" class="">Search</button><input type="hidden" name="post_type" value="product"></form></div></div>
</div>
<div class="storefront-primary-navigation"><div class="col-full">
<nav id="site-navigation" class="main-navigation" role="navigation" aria-label="Primary Navigation">
<button id="site-navigation-menu-toggle" class="menu-toggle" aria-controls="site-navigation" aria-expanded="false"><span>Menu</span></button>
<div class="primary-navigation"><ul id="menu-main" class="menu">{menu}</ul></div>
<div class="handheld-navigation"><ul id="menu-main-1" class="menu">{menu}</ul></div>
</nav>
<ul id="site-header-cart" class="site-header-cart menu">
<li class=""><a class="cart-contents" href="{site}/basket/" title="View your shopping basket">{WC_PRICE.format("0.00")} <span class="count">0 items</span></a></li>
<li><div class="widget woocommerce widget_shopping_cart"><div class="widget_shopping_cart_content"><p class="woocommerce-mini-cart__empty-message">No products in the basket.</p></div></div></li>
</ul>
</div></div>
</header>
<div class="storefront-breadcrumb"><div class="col-full"><nav class="woocommerce-breadcrumb" aria-label="breadcrumbs"><a href="{site}">Home</a><span class="breadcrumb-separator"> / </span><a href="{site}/category/news/">News</a><span class="breadcrumb-separator"> / </span>{e(art["title"])}</nav></div></div>
<div id="content" class="site-content" tabindex="-1">
<div class="col-full">
<div class="woocommerce"></div>
<div id="primary" class="content-area">
<main id="main" class="site-main" role="main">
<article id="post-3181" class="post-3181 post type-post status-publish format-standard has-post-thumbnail hentry category-news tag-corn-exchange tag-crowdfunding">
<header class="entry-header">
<span class="posted-on">Posted on <a href="{url}" rel="bookmark"><time class="entry-date published" datetime="{art["date"]}T11:30:00+01:00">23 September 2025</time><time class="updated" datetime="2025-09-24T08:50:00+01:00">24 September 2025</time></a></span> <span class="post-author">by <a href="{site}/author/harriet/" class="url fn" rel="author">{e(art["author"])}</a></span> <span class="post-comments">&mdash; <a href="#comments">3 Comments</a></span>
<h1 class="entry-title">{e(art["title"])}</h1>
</header>
<img width="980" height="540" src="{site}/wp-content/uploads/2025/09/corn-exchange-front-980x540.jpg" class="attachment- size- wp-post-image" alt="" decoding="async">
<div class="entry-content">
{storefront_body(art)}
</div>
<aside class="entry-taxonomy"><div class="cat-links">Category: <a href="{site}/category/news/" rel="category tag">News</a></div><div class="tags-links">Tags: <a href="{site}/tag/corn-exchange/" rel="tag">Corn Exchange</a>, <a href="{site}/tag/crowdfunding/" rel="tag">crowdfunding</a></div></aside>
<nav id="post-navigation" class="navigation post-navigation" role="navigation" aria-label="Post Navigation"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div class="nav-previous"><a href="{site}/2025/09/tidelines-2025-out-now/" rel="prev"><span class="screen-reader-text">Previous post: </span>Tidelines 2025 is out now</a></div><div class="nav-next"><a href="{site}/2025/10/gwen-arbuthnot-poetry-editor/" rel="next"><span class="screen-reader-text">Next post: </span>Meet our new poetry editor, Gwen Arbuthnot</a></div></div></nav>
<section id="comments" class="comments-area" aria-label="Post Comments">
<div class="comments-title-wrap"><h2 class="comments-title">3 thoughts on &ldquo;<span>{e(art["title"])}</span>&rdquo;</h2></div>
<ol class="comment-list">{storefront_comments()}</ol>
<div id="respond" class="comment-respond"><span id="reply-title" class="gamma comment-reply-title">Leave a Reply <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></span><form action="{site}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> <span class="required-field-message">Required fields are marked <span class="required">*</span></span></p><p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label><textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p><p class="comment-form-author"><label for="author">Name <span class="required">*</span></label><input id="author" name="author" type="text" size="30" maxlength="245" required></p><p class="comment-form-email"><label for="email">Email <span class="required">*</span></label><input id="email" name="email" type="email" size="30" maxlength="100" required></p><p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"><label for="wp-comment-cookies-consent">Save my name, email, and website in this browser for the next time I comment.</label></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div>
</section>
</article>
</main>
</div>
{storefront_sidebar()}
</div>
</div>
<footer id="colophon" class="site-footer" role="contentinfo">
<div class="col-full">
<div class="footer-widgets row-1 col-3 fix">
<div class="block footer-widget-1"><div id="text-5" class="widget widget_text"><span class="gamma widget-title">Saltgrass Press</span><div class="textwidget"><p>Saltgrass Press Ltd, Unit 4, Harbour Sheds, Shore Road, Dunmerrow DN7 2QA. Registered in Scotland, company number SC000481.</p><p>We publish poetry and writing about the sea and the people who live beside it.</p></div></div></div>
<div class="block footer-widget-2"><div id="nav_menu-2" class="widget widget_nav_menu"><span class="gamma widget-title">Help</span><div class="menu-footer-container"><ul id="menu-footer" class="menu">{foot}</ul></div></div></div>
<div class="block footer-widget-3"><div id="text-6" class="widget widget_text"><span class="gamma widget-title">Trade and libraries</span><div class="textwidget"><p>Booksellers and libraries can order our titles through Tern Lane Distribution or directly from us at trade terms.</p></div></div></div>
</div>
<div class="site-info">&copy; Saltgrass Press 2025<br><a class="privacy-policy-link" href="{site}/privacy-policy/" rel="privacy-policy">Privacy Policy</a><span role="separator" aria-hidden="true"></span><a href="https://woocommerce.com" target="_blank" title="WooCommerce - The Best eCommerce Platform for WordPress" rel="noreferrer nofollow">Built with WooCommerce</a>.</div>
</div>
</footer>
<div class="storefront-handheld-footer-bar"><ul class="columns-3"><li class="my-account"><a href="{site}/my-account/">My Account</a></li><li class="search"><a href="">Search</a><div class="site-search"><div class="widget woocommerce widget_product_search"><form role="search" method="get" class="woocommerce-product-search" action="{site}/"><label class="screen-reader-text" for="woocommerce-product-search-field-1">Search for:</label><input type="search" id="woocommerce-product-search-field-1" class="search-field" placeholder="Search products&hellip;" name="s"><button type="submit" value="Search">Search</button><input type="hidden" name="post_type" value="product"></form></div></div></li><li class="cart"><a class="footer-cart-contents" href="{site}/basket/" title="View your shopping basket"><span class="count">0</span></a></li></ul></div>
</div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" aria-modal="true" data-nosnippet="true" role="dialog" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin"><div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage cookie consent</div></div><div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">We use cookies to keep your basket working and, with your permission, to see which pages and books visitors look at. You can change your choice at any time from the link at the bottom of every page.</div></div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button><button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script type="text/javascript" id="wc-add-to-cart-js-extra">var wc_add_to_cart_params = {params};</script>
<script type="text/javascript" id="storefront-navigation-js-extra">var storefrontScreenReaderText = {{"expand":"Expand child menu","collapse":"Collapse child menu"}};</script>
<script src="{site}/wp-content/themes/storefront/assets/js/navigation.min.js?ver=4.6.1" id="storefront-navigation-js"></script>
<script src="{site}/wp-content/plugins/woocommerce/assets/js/frontend/add-to-cart.min.js?ver=10.1.2" id="wc-add-to-cart-js" defer data-wp-strategy="defer"></script>
</body>
</html>
"""


S123_UP = "https://cdn-cms.f-static.net/uploads/5123408"


def site123_menu(cls):
    pages = [
        ("5d2f1a0c3b7e1", "Verein"),
        ("5d2f1a0c3b7e2", "Riege"),
        ("5d2f1a0c3b7e3", "Jugi"),
        ("5d2f1a0c3b7e4", "Agenda"),
        ("5d2f1a0c3b7e5", "Neuigkeite"),
        ("5d2f1a0c3b7e6", "Turnerabig"),
        ("5d2f1a0c3b7e7", "Sponsore"),
        ("5d2f1a0c3b7e8", "Kontakt"),
    ]
    items = "".join(
        f'<li class="moduleMenu{" active" if name == "Neuigkeite" else ""}" data-menu-module-id="{mid}"><a class="page-scroll" href="/{name.lower()}"><span class="txt-container">{e(name)}</span></a></li>'
        for mid, name in pages
    )
    return f'<ul class="{cls}"><li class="moduleMenu"><a class="page-scroll homepageMenu" href="/">Startsiite</a></li>{items}</ul>'


def site123_body(art):
    photo = (
        '<div class="blog-post-image"><img class="img-responsive lazyload" '
        f'data-src="{S123_UP}/1000_6858e1c4a2b7f.jpg" src="{S123_UP}/200_6858e1c4a2b7f.jpg" '
        'alt="Die Turnerinne und Turner vom TV Wislige bi de Schulstufebarre"></div>'
        '<p style="text-align: center;"><span style="font-size: 13px;"><em>D Sektion bi de Schulstufebarre am Samschtigmorge. '
        "Für die Übig hämmer 9,41 Pünkt übercho. Bild: Beat Ammann</em></span></p>"
    )
    sponsor = (
        '<p style="text-align: center;"><span style="font-size: 13px;">Üses Feschtwuchenend isch '
        "unterstützt worde vo de Spar- und Leihkasse Wislige. Merci villmal!</span></p>"
    )
    also = (
        '<p><strong>Lies au:</strong> <a href="/neuigkeite/5d2f1a0c3b7e5/jugi-sporttag-2025">'
        "Jugi-Sporttag 2025: 83 Chind am Start</a></p>"
    )
    return paras(art, between={1: photo, 5: sponsor, 10: also})


def site123_sidebar():
    recent = [
        (
            "jugi-sporttag-2025",
            "Jugi-Sporttag 2025: 83 Chind am Start",
            "Bi schönem Wätter händ sich d Jugi-Chind im Sprint, im Weitsprung und im Ballwurf gmässe.",
        ),
        (
            "neui-leiterin-geraeteriege",
            "Neui Leiterin für d Geräteriege",
            "D Sandra Küng übernimmt ab August d Leitig vo de Geräteriege und bringt zäh Jahr Erfahrig mit.",
        ),
        (
            "generalversammlung-2025",
            "Rückblick uf d Generalversammlig",
            "A de GV im Februar sind 71 Mitglieder debi gsi und händ s Budget für s Kantonalfescht guetgheisse.",
        ),
    ]
    items = "".join(
        f'<div class="blog-side-item"><a href="/neuigkeite/5d2f1a0c3b7e5/{slug}"><h4 class="blog-side-title">{e(t)}</h4></a><p class="blog-side-summary">{e(s)}</p></div>'
        for slug, t, s in recent
    )
    cats = lis(
        ["Wettkämpf", "Jugi", "Verein", "Aalass"],
        '<li><a href="/neuigkeite/5d2f1a0c3b7e5?category=1">{}</a></li>',
    )
    return f"""<div class="col-xs-12 col-md-4 blog-sidebar">
<div class="blog-side-box"><h3 class="blog-side-header">Neuschti Biiträg</h3>{items}</div>
<div class="blog-side-box"><h3 class="blog-side-header">Kategorie</h3><ul class="list-unstyled blog-categories">{cats}</ul></div>
</div>"""


def site123_comments():
    items = [
        (
            "Ursula Bissig",
            "23.06.2025",
            "Herzliche Gratulation a alli! Mir händ vo de Tribüne us mitgfieberet, und d Barre-Übig isch wunderschön gsi.",
            "Antworte",
        ),
        (
            "Thomi Grob",
            "23.06.2025",
            "Super gmacht, Lüüt. Und e spezielle Gruess a d Jugi, ihr sind es Vorbild für üs Alti Herre.",
            "Antworte",
        ),
        (
            "Karin Wyrsch",
            "24.06.2025",
            "Merci a alli Leiterinne und Leiter, wo s ganz Wuchenend für d Chind da gsi sind. De Jonas redt vo nüt anderem meh!",
            "Antworte",
        ),
    ]
    return comments(items, cls="s123-comment")


def site123(art):
    """SITE123: a club blog post in ``s123-page-container`` / ``s123-module-blog``."""
    site = "https://www.tv-wislige.ch"
    url = f"{site}/neuigkeite/5d2f1a0c3b7e5/kantonalturnfescht-brueggwil-2025"
    title = e(art["title"])
    pj = 'class="s123-js-pjax"'
    settings = e(
        json.dumps(
            {
                "active": True,
                "items": {"whatsApp": {"order": 1, "value": "+41790000000"}},
                "siteName": "TV Wislige",
            }
        )
    )
    tr = json.dumps(
        {
            "sent": "Gesendet!",
            "loading": "Laden...",
            "more": "MEHR",
            "blogReviewMessage": "Danke! Ihr Kommentar wird nach der Genehmigung durch den Administrator veröffentlicht.",
            "linkCopiedToClipboard": "Link in die Zwischenablage kopiert",
            "search": "Suche",
        },
        ensure_ascii=True,
    )
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="gsw" class="inside_page inside_page_header_design s_layout1 isFreePackage">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="dns-prefetch preconnect" href="https://cdn-cms-s.f-static.net/" crossorigin="anonymous">
<link rel="dns-prefetch preconnect" href="https://cdn-cms.f-static.net/" crossorigin="anonymous">
<link rel="shortcut icon" href="{S123_UP}/favicon_6858e0a1b2c3d.png" type="image/x-icon">
<meta name="theme-color" content="#c0392b">
<title {pj}>{title} - TV Wislige - Turnverein Wislige sit 1896</title>
<meta name="description" content="Drüü Medaille und de 12. Rang im Sektionswettkampf: de TV Wislige am Kantonalturnfescht z Brüggwil." {pj}>
<link rel="canonical" href="{url}" {pj}>
<meta property="og:url" content="{url}" {pj}>
<meta property="og:image" content="{S123_UP}/800_6858e1c4a2b7f.jpg" {pj}>
<meta property="og:title" content="{title}" {pj}>
<meta property="og:site_name" content="TV Wislige" {pj}>
<meta name="twitter:card" content="summary" {pj}>
<meta name="twitter:title" content="{title}" {pj}>
<style>:root {{ --global_main_color: #c0392b; --home_text_color: #ffffff; --layout_text_align: left; }}</style>
<link rel="stylesheet" href="https://cdn-cms-s.f-static.net/versions/2/css/minimize_main.css?v=s7521" type="text/css" crossorigin="anonymous">
<link rel="stylesheet" href="https://cdn-cms-s.f-static.net/versions/2/css/websiteCSS.css?w=5123408&amp;v=s7521" class="reloadable-css" type="text/css">
</head>
<body id="page-top">
<div class="body">
<div id="websiteHeader">
<nav id="mainNav" class="hidden-xs navbar-default navbar-fixed-top columnHeader opacity-no">
<div class="site_container">
<div class="navbar-header"><a class="navbar-brand page-scroll logo_name weight700" href="/"><img src="{S123_UP}/400_6858e0f5d9a12.png" alt="TV Wislige" class="website-logo"><span class="website-name">TV Wislige</span></a></div>
<div id="top-menu" class="affix-top">{site123_menu("navPages nav navbar-nav")}
<ul class="navActions nav navbar-nav"><li class="header-email-wrapper"><a class="actionButton" role="button" data-toggle="email_menuCallActionIcons"><i class="fa fa-envelope"></i></a></li><li class="header-search-wrapper"><a class="actionButton" role="button" data-toggle="search_menuCallActionIcons"><i class="fa fa-search"></i><span class="sr-only">Sueche</span></a></li></ul>
</div>
</div>
</nav>
<input type="hidden" id="stickyMenu" name="stickyMenu" value="on">
</div>
<nav id="mainNavMobile" class="navbar-fixed-top"><div class="navPagesLeft"><div class="header-menu-wrapper"><a class="mobile-menu-btn actionButton" role="button" data-toggle="menuCallActionIcons"><i class="fa fa-bars"></i></a></div></div><div class="navbar-header"><a class="navbar-brand page-scroll logo_name weight700" href="/"><span class="website-name">TV Wislige</span></a></div></nav>
<div id="top-menu-mobile" style="display:none;">{site123_menu("")}</div>
<div id="s123PjaxMainContainer">
<div class="s123-content-area s123-page-container">
<section id="section-5d2f1a0c3b7e5" class="s123-module s123-module-blog s123-page-data layout-1 bg-primary" data-module-id="5d2f1a0c3b7e5" data-module-type-num="11">
<div class="container-fluid page_header_style page_header_style_">
<div class="breadcrumb-wrap"><ol class="breadcrumb container"><li><a href="/">Startsiite</a></li><li><a href="/neuigkeite">Neuigkeite</a></li><li class="active">Kantonalturnfescht Brüggwil</li></ol></div>
<div class="row"><div class="container moduleTitleContainer"><div class="row modulesTitle"><div class="col-xs-12"><div class="page-header-wrap"><h1 id="section-5d2f1a0c3b7e5-title" class="s123-page-header">{title}</h1><hr class="small"></div></div></div></div></div>
</div>
<div class="container">
<div class="row">
<div class="col-xs-12 col-md-8 blog-post-main">
<div class="blog-post-info"><span class="blog-post-date"><i class="fa fa-calendar"></i> 23. Juni 2025</span> <span class="blog-post-author"><i class="fa fa-user"></i> {e(art["author"])}, Aktuar</span> <span class="blog-post-category"><i class="fa fa-folder-open"></i> <a href="/neuigkeite/5d2f1a0c3b7e5?category=1">Wettkämpf</a></span></div>
<div class="blog-post-content s123-page-data-item">
{site123_body(art)}
</div>
<div class="s123-share-buttons"><span class="share-title">Teile:</span> <a class="btn btn-primary share-facebook" href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank"><i class="fa fa-facebook"></i> Facebook</a> <a class="btn btn-primary share-whatsapp" href="https://wa.me/?text={url}" target="_blank"><i class="fa fa-whatsapp"></i> WhatsApp</a> <a class="btn btn-primary share-email" href="mailto:?subject=Kantonalturnfescht&amp;body={url}"><i class="fa fa-envelope"></i> E-Mail</a> <a class="btn btn-primary s123-copy-link" role="button"><i class="fa fa-link"></i> Link kopiere</a></div>
<div class="blog-prev-next"><a href="/neuigkeite/5d2f1a0c3b7e5/jugi-sporttag-2025" class="prev-post">&laquo; Vorheriger Biitrag</a> <a href="/neuigkeite" class="all-posts">Alli Neuigkeite</a></div>
<div class="s123-comments" id="comments">
<h3 class="comments-title">3 Kommentär</h3>
<div class="s123-comments-list">{site123_comments()}</div>
<form class="s123-comments-form" novalidate="novalidate"><h4>Kommentar schriibe</h4><p class="help-block">Dini E-Mail-Adrässe wird nöd veröffentlicht. Kommentär werded vom Vorstand freigschaltet, bevor sie erschiined.</p><div class="form-group"><input type="text" name="name" class="form-control" placeholder="Name" required></div><div class="form-group"><input type="email" name="email" class="form-control" placeholder="E-Mail" required></div><div class="form-group"><textarea name="message" class="form-control" placeholder="Kommentar" required></textarea></div><button type="submit" class="btn btn-primary">Absende</button><input type="hidden" name="w" value="5123408"><input type="hidden" name="moduleID" value="5d2f1a0c3b7e5"><input type="hidden" name="itemID" value="6858e1a07c3d2"></form>
</div>
</div>
{site123_sidebar()}
</div>
</div>
</section>
<section id="section-5d2f1a0c3b7f9" class="s123-module s123-module-mailingList layout-2" data-module-id="5d2f1a0c3b7f9" data-module-type-num="24">
<div class="container"><div class="row modulesTitle text-center"><h2 class="s123-page-header">Vereinsnachrichte abonniere</h2><hr class="small"></div><p class="text-center">Eimal im Monet schicked mir dir Resultat, Träningsziite und d Date vo üsne Aalass. Du chasch dich jederziit wieder abmälde.</p><form class="mailingListForm form-inline text-center"><input type="email" name="email" class="form-control" placeholder="Dini E-Mail-Adrässe"><button type="submit" class="btn btn-primary">Abonniere</button><input type="hidden" name="w" value="5123408"></form></div>
</section>
</div>
<footer class="global_footer footer_1">
<div class="container"><div class="row">
<div class="side1 col-xs-12 col-sm-6 col-md-6"><div><span class="footer_name website-name-preview-helper">TV Wislige</span></div><p class="footer-address">Turnverein Wislige, Postfach 12, 8999 Wislige. Training jede Ziischtig und Dunschtig ab 18.30 Uhr i de Turnhalle Dorf.</p><p class="footer-copyright">© 2025 Turnverein Wislige. Alli Rächt vorbehalte.</p></div>
<div class="side2 col-xs-12 col-sm-6 col-md-6">{site123_menu("navPages nav navbar-nav hidden-xs")}</div>
</div></div>
</footer>
<div class="s123-free-branding"><a href="https://www.site123.com/?utm_source=promotion&amp;utm_medium=link&amp;utm_campaign=5123408" target="_blank" rel="nofollow">Erstellt mit SITE123 – Kostenlose Webseiten-Baukasten</a></div>
</div>
</div>
<div id="cookiesNotificationBar" class="cookies-notification-bar"><p>Die Websiite bruucht Cookies, dass sie richtig funktioniert und mir gseend, wie vill Lüüt üsi Biiträg läsed. Wänn du wiitersurfsch, bisch du demit iiverstande.</p><a href="/datenschutz" class="cookies-more">Datenschutz</a> <button type="button" class="btn btn-primary cookies-accept">Iiverstande</button></div>
<div class="magic-button-container"><input type="hidden" id="magicButtonSettings" value="{settings}"><div class="all-magic-buttons"></div></div>
<script>var menuScrollOffset = 60; var subDomainUrl = 'site123.me'; var languageCode = 'de'; var websiteID = 5123408; var $GLOBALS = {{ 'cdn-user-files' : '//cdn-cms.f-static.net', 'cdn-system-files' : '//cdn-cms-s.f-static.net', 'v-cache' : 's7521' }};</script>
<script>var translations = {tr};</script>
<script src="https://cdn-cms-s.f-static.net/versions/2/js/minimize.js?v=s7521" crossorigin="anonymous"></script>
<div class="s123-front-last-element hidden"></div>
</body>
</html>
"""


LAYOUTS_H36C = {
    "h36-07-district": ("h36_c1", edlio),
    "h36-08-bookshop": ("h36_c2", storefront),
    "h36-09-turnverein": ("h36_c3", site123),
}
