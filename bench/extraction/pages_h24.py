"""Layouts of the frozen held-out group "h24" of the extraction benchmark.

Written in round 21 by someone other than the person tuning the reader and without
reading the reader or its output on these pages; never used for tuning
(docs/benchmarks-extraction.md). Fictional pages in layouts and languages not used by
h2-h23: a Tamil district news site on WordPress with the tagDiv Newspaper theme (a Cloud
Library single template of ``tdb_`` blocks, ``td-a-ad`` inline ad, "இதையும் படிக்க:" line
and WhatsApp prompt inside ``tdb_single_content``, author box, prev/next, related posts,
comment form); an Urdu city daily on Laravel with Livewire 3 and Alpine.js (right to left,
``wire:snapshot``/``wire:id`` components, ``x-data`` ticker and share box, an ad and a
"یہ بھی پڑھیں:" line inside the body, comments with a disclaimer); a Nepali portal on
Gatsby (``___gatsby``/``gatsby-focus-wrapper``, CSS-module class names, the body in
several HTML chunks split by ad and "यो पनि पढ्नुहोस्" components, a ``gatsby-image-wrapper``
with a ``noscript`` copy, reactions, registration-number footer); a Mongolian news site on
Ibexa DXP (``ezrichtext-field`` with image, content embed and a fact-box custom tag, a
Symfony ``hx:include`` fragment, comments with masked IP addresses); a Yiddish cultural
magazine on Jekyll (minima-like ``post-content e-content``, kramdown heading ids, SEO-tag
JSON-LD, a figure, a "לייענט אויך:" line and a support box inside the body, a correction
in italics, Mailchimp form, giscus comments); a Corsican news site on Kirby CMS (blocks
wrapped in ``block block-type-*`` with ids, ``/media/pages/`` thumbnails, a related
block and an ad block between them, cookie banner, agenda); an English state fire and
rescue service's media release on Squiz Matrix (AGLS metadata, ``noindex`` comments,
``__data/assets`` paths, an incident-advice bar, media contact, page feedback,
Acknowledgement of Country); an English US school district's news post on Finalsite
(``fsElement``/``fsPostElement`` markup, alert bar, translate select, a captioned image
and a "Related:" line inside ``fsBody``, "More News", non-discrimination notice); and an
English video-game news site on Remix (affiliate disclosure, trailer embed, ad slot and
"Related:" line inside the body, game card, comments, the body again as Portable Text in
``window.__remixContext``).
"""

from __future__ import annotations

import html
import json

from page_parts import paras

e = html.escape


def page(art, site, url, content, lang, head="", body_attrs="", sep=" | ", html_attrs=""):
    return f"""<!DOCTYPE html>
<html lang="{lang}"{html_attrs}><head><meta charset="utf-8"><title>{e(art["title"])}{sep}{e(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="{e(site)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{e(art["title"])}">
<meta property="og:url" content="{url}">
<link rel="canonical" href="{url}">
{head}</head><body{body_attrs}>
{content}
</body></html>
"""


def ld(data):
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>\n'


def tamil(art):
    """WordPress, tagDiv Newspaper theme: a Cloud Library single template of ``tdb_`` blocks."""
    site = "https://www.vaigarai.example"
    pid = 48213
    url = f"{site}/district/kanniyur/velampatti-lake-desilting-completed/"
    uid = iter([40, 42, 43, 44, 45, 46, 48, 50, 52, 53])

    def blk(cls, inner, extra=""):
        n = next(uid)
        return f'<div class="td_block_wrap {cls} tdi_{n} td-pb-border-top td_block_template_1{extra}" data-td-block-uid="tdi_{n}"><div class="tdb-block-inner td-fix-index">{inner}</div></div>'

    ad = '<div class="td-a-ad id_inline_ad0 id_ad_content-horiz-center"><span class="td-adspot-title">- Advertisement -</span><div class="td-visible-desktop"><ins class="adsbygoogle" style="display:inline-block;width:728px;height:90px" data-ad-client="ca-pub-0000000000000000" data-ad-slot="5521904417"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div></div>'
    readalso = f'<p><strong>இதையும் படிக்க:</strong> <a href="{site}/district/kanniyur/14-lakes-desilting-project-report/">கண்ணியூர் மாவட்டத்தில் 14 ஏரிகளைத் தூர்வார ரூ.9 கோடியில் திட்ட அறிக்கை</a></p>'
    inimg = f'<figure id="attachment_48219" aria-describedby="caption-attachment-48219" style="width: 696px" class="wp-caption aligncenter"><img decoding="async" class="size-full wp-image-48219" src="{site}/wp-content/uploads/2025/09/velampatti-sluice-new.jpg" alt="" width="696" height="464" srcset="{site}/wp-content/uploads/2025/09/velampatti-sluice-new.jpg 696w, {site}/wp-content/uploads/2025/09/velampatti-sluice-new-300x200.jpg 300w" sizes="(max-width: 696px) 100vw, 696px"><figcaption id="caption-attachment-48219" class="wp-caption-text">ஏரியில் புதிதாக அமைக்கப்பட்டுள்ள மதகு.</figcaption></figure>'
    whatsapp = '<p style="text-align: center;"><strong>செய்திகளை உடனுக்குடன் அறிய <a href="https://whatsapp.com/channel/0029VaVaigarai00000000" target="_blank" rel="noopener">வைகறை வாட்ஸ்அப் சேனலில் இணையுங்கள்</a></strong></p>'
    body = paras(art, h="h3", between={1: ad, 3: inimg, 5: readalso}) + "\n" + whatsapp
    menu = "".join(
        f'<li id="menu-item-{900 + i}" class="menu-item menu-item-type-taxonomy menu-item-object-category{" current-post-ancestor" if t == "மாவட்டம்" else ""} menu-item-{900 + i}"><a href="{site}/{h}/"><div class="tdb-menu-item-text">{t}</div></a></li>'
        for i, (h, t) in enumerate(
            [
                ("", "முகப்பு"),
                ("tamilnadu", "தமிழகம்"),
                ("india", "இந்தியா"),
                ("world", "உலகம்"),
                ("district", "மாவட்டம்"),
                ("sports", "விளையாட்டு"),
                ("cinema", "சினிமா"),
                ("business", "வணிகம்"),
                ("spiritual", "ஆன்மிகம்"),
            ]
        )
    )
    ticker = "".join(
        f'<div class="tdb-next-post td_module_trending_now td-trending-now-post-{i}{" td-trending-now-post-active" if i == 0 else ""}"><h3 class="entry-title td-module-title"><a href="{site}/{h}/" rel="bookmark" title="{e(t)}">{e(t)}</a></h3></div>'
        for i, (h, t) in enumerate(
            [
                (
                    "tamilnadu/northeast-monsoon-forecast",
                    "வடகிழக்குப் பருவமழை அக்டோபர் 3-வது வாரம் தொடங்கும்: வானிலை மையம்",
                ),
                (
                    "district/kanniyur/bus-stand-renovation",
                    "கண்ணியூர் புதிய பேருந்து நிலையம் டிசம்பரில் திறப்பு",
                ),
                ("sports/district-kabaddi-final", "மாவட்ட கபடிப் போட்டி: புதூர் அணி சாம்பியன்"),
            ]
        )
    )
    share = "".join(
        f'<a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-{k}" href="{h}" title="{t}"><div class="td-social-but-icon"><i class="td-icon-{k}"></i></div><div class="td-social-but-text">{t}</div></a>'
        for k, h, t in [
            ("facebook", f"https://www.facebook.com/sharer.php?u={url}", "Facebook"),
            ("twitter", f"https://twitter.com/intent/tweet?url={url}", "Twitter"),
            ("whatsapp", f"https://api.whatsapp.com/send?text={url}", "WhatsApp"),
            ("telegram", f"https://telegram.me/share/url?url={url}", "Telegram"),
            ("copy", "#", "Copy URL"),
        ]
    )
    tags = "".join(
        f'<li><a href="{site}/tag/{s}/">{t}</a></li>'
        for s, t in [
            ("lake", "ஏரி"),
            ("kanniyur", "கண்ணியூர்"),
            ("farmers", "விவசாயிகள்"),
            ("water-resources", "நீர்வளத் துறை"),
        ]
    )
    related = "".join(
        f'<div class="tdb_module_related td_module_wrap td-animation-stack"><div class="td-module-container"><div class="td-image-container"><div class="td-module-thumb"><a href="{site}/{h}/" rel="bookmark" class="td-image-wrap" title="{e(t)}"><span class="entry-thumb td-thumb-css" style="background-image: url(\'{site}/wp-content/uploads/2025/09/{img}-218x150.jpg\')"></span></a></div></div><div class="td-module-meta-info"><h3 class="entry-title td-module-title"><a href="{site}/{h}/" rel="bookmark" title="{e(t)}">{e(t)}</a></h3><div class="td-editor-date"><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{dt}">{d}</time></span></div><div class="td-excerpt">{e(x)}</div></div></div></div>'
        for h, img, t, dt, d, x in [
            (
                "district/kanniyur/samba-seed-distribution",
                "samba-seeds",
                "சம்பா பருவத்துக்கு 60 டன் விதை நெல் இருப்பு: வேளாண் துறை",
                "2025-09-15T09:12:00+05:30",
                "செப்டம்பர் 15, 2025",
                "மானிய விலையில் விதை நெல் பெற விவசாயிகள் அருகிலுள்ள வேளாண் விரிவாக்க மையங்களை அணுகலாம் என அதிகாரிகள் தெரிவித்தனர்.",
            ),
            (
                "district/kanniyur/pudur-canal-encroachment",
                "pudur-canal",
                "புதூர் வாய்க்கால் ஆக்கிரமிப்புகள் அகற்றம்",
                "2025-09-10T17:40:00+05:30",
                "செப்டம்பர் 10, 2025",
                "வருவாய்த் துறையினர் காவல்துறை பாதுகாப்புடன் 2 கி.மீ. நீளத்துக்கு ஆக்கிரமிப்புகளை அகற்றினர்.",
            ),
            (
                "tamilnadu/groundwater-level-report",
                "groundwater",
                "தமிழகத்தில் நிலத்தடி நீர்மட்டம் 1.2 மீட்டர் உயர்வு",
                "2025-09-06T11:05:00+05:30",
                "செப்டம்பர் 6, 2025",
                "ஆகஸ்ட் மாத அளவீட்டில் 27 மாவட்டங்களில் நீர்மட்டம் கடந்த ஆண்டை விட உயர்ந்துள்ளது.",
            ),
        ]
    )
    popular = "".join(
        f'<div class="td_module_flex td_module_flex_5"><span class="td-block-num">{i}</span><h3 class="entry-title td-module-title"><a href="{site}/{h}/">{e(t)}</a></h3></div>'
        for i, (h, t) in enumerate(
            [
                (
                    "district/kanniyur/bus-stand-renovation",
                    "கண்ணியூர் புதிய பேருந்து நிலையம் டிசம்பரில் திறப்பு",
                ),
                ("tamilnadu/gold-rate-today", "தங்கம் விலை இன்று சவரனுக்கு ரூ.320 உயர்வு"),
                ("cinema/new-releases-this-week", "இந்த வாரம் திரையரங்குகளில் வெளியாகும் படங்கள்"),
                ("district/kanniyur/power-shutdown-saturday", "சனிக்கிழமை மின்தடை ஏற்படும் பகுதிகள்"),
            ],
            1,
        )
    )
    content = f"""<div class="td-scroll-up" data-style="style1"><i class="td-icon-menu-up"></i></div>
<div class="td-menu-background" style="visibility:hidden"></div>
<div id="td-mobile-nav" style="visibility:hidden"><div class="td-mobile-container"><div class="td-menu-socials-wrap"><div class="td-mobile-close"><span><i class="td-icon-close-mobile"></i></span></div></div><div class="td-mobile-content"><ul class="td-mobile-main-menu">{menu}</ul></div></div></div>
<div id="td-outer-wrap" class="td-theme-wrap">
<div class="td-header-template-wrap" style="position: relative"><div class="td-header-desktop-wrap "><div id="tdi_1" class="tdc-zone"><div class="tdc_zone tdi_2 wpb_row td-pb-row tdc-element-style">
<div id="tdi_3" class="tdc-row stretch_row_1200 td-stretch-content"><div class="vc_row tdi_4 wpb_row td-pb-row tdc-element-style"><div class="vc_column tdi_6 wpb_column vc_column_container tdc-column td-pb-span12"><div class="wpb_wrapper">
<div class="td_block_wrap tdb_header_date tdi_7 td-pb-border-top td_block_template_1 tdb-header-align" data-td-block-uid="tdi_7"><div class="tdb-block-inner td-fix-index"><i class="tdb-head-date-icon td-icon-calendar"></i><div class="tdb-head-date-txt">வியாழன், செப்டம்பர் 18, 2025</div></div></div>
<div class="td_block_wrap tdb_header_weather tdi_8 td-pb-border-top td_block_template_1 tdb-header-align" data-td-block-uid="tdi_8"><div class="tdb-block-inner td-fix-index"><div class="td-weather-top-widget"><i class="td-icons broken-clouds-d"></i><div class="td-weather-now"><span class="td-big-degrees">31.4</span><span class="td-weather-unit">C</span></div><div class="td-weather-header"><div class="td-weather-city">கண்ணியூர்</div></div></div></div></div>
<div class="td_block_wrap tdb_header_socials tdi_9 td-pb-border-top td_block_template_1" data-td-block-uid="tdi_9"><div class="tdb-block-inner td-fix-index"><div class="tdm-social-wrapper"><a href="https://www.facebook.com/vaigaraidaily" title="Facebook" class="tdm-social-item"><i class="td-icon-font td-icon-facebook"></i></a><a href="https://www.youtube.com/@vaigaraidaily" title="Youtube" class="tdm-social-item"><i class="td-icon-font td-icon-youtube"></i></a><a href="https://www.instagram.com/vaigaraidaily" title="Instagram" class="tdm-social-item"><i class="td-icon-font td-icon-instagram"></i></a></div></div></div>
</div></div></div></div>
<div id="tdi_11" class="tdc-row stretch_row_1200 td-stretch-content"><div class="vc_row tdi_12 wpb_row td-pb-row"><div class="vc_column tdi_14 wpb_column vc_column_container tdc-column td-pb-span4"><div class="wpb_wrapper">
<div class="td_block_wrap tdb_header_logo tdi_15 td-pb-border-top td_block_template_1 tdb-header-align" data-td-block-uid="tdi_15"><div class="tdb-block-inner td-fix-index"><a class="tdb-logo-a" href="{site}/" title="வைகறை"><span class="tdb-logo-img-wrap"><img class="tdb-logo-img" src="{site}/wp-content/uploads/2024/01/vaigarai-logo.png" alt="வைகறை" title=""></span><span class="tdb-logo-text-wrap"><span class="tdb-logo-text-tagline">உண்மையின் குரல்</span></span></a></div></div>
</div></div><div class="vc_column tdi_16 wpb_column vc_column_container tdc-column td-pb-span8"><div class="wpb_wrapper">
<div class="td_block_wrap tdb_header_menu tdi_17 tds_menu_active1 tds_menu_sub_active1 td-pb-border-top td_block_template_1 tdb-header-align" data-td-block-uid="tdi_17" style=" z-index: 999;"><div id="tdi_17" class="td_block_inner td-fix-index"><div class="tdb-main-sub-icon-fake"><i class="tdb-sub-menu-icon td-icon-down tdb-main-sub-menu-icon"></i></div><ul id="menu-main-menu-1" class="tdb-block-menu tdb-menu tdb-menu-items-visible">{menu}</ul></div></div>
<div class="td_block_wrap tdb_header_search tdi_18 tdb-header-search-trigger-enabled td-pb-border-top td_block_template_1 tdb-header-align" data-td-block-uid="tdi_18"><div class="tdb-block-inner td-fix-index"><div class="tdb-drop-down-search" aria-labelledby="td-header-search-button"><div class="tdb-drop-down-search-inner"><form method="get" class="tdb-search-form" action="{site}/"><div class="tdb-search-form-inner"><input class="tdb-head-search-form-input" placeholder=" " type="text" value="" name="s" autocomplete="off"><button class="wpb_button wpb_btn-inverse btn tdb-head-search-form-btn" title="Search" type="submit" aria-label="Search"><span>தேடு</span></button></div></form></div></div><a href="#" role="button" aria-label="Search" class="tdb-head-search-btn dropdown-toggle" data-toggle="dropdown"><i class="tdb-search-icon td-icon-search"></i></a></div></div>
</div></div></div></div>
<div id="tdi_20" class="tdc-row stretch_row_1200 td-stretch-content"><div class="vc_row tdi_21 wpb_row td-pb-row"><div class="vc_column tdi_23 wpb_column vc_column_container tdc-column td-pb-span12"><div class="wpb_wrapper">
<div class="td_block_wrap td_block_trending_now tdi_24 td-pb-border-top td_block_template_1" data-td-block-uid="tdi_24"><div id="tdi_24" class="td-trending-now-wrapper" data-start=""><div class="td-trending-now-title">பரபரப்பு</div><div class="td-trending-now-display-area">{ticker}</div><div class="td-next-prev-wrap"><a href="#" class="td-ajax-prev-page" aria-label="prev"><i class="td-next-prev-icon td-icon-left"></i></a><a href="#" class="td-ajax-next-page" aria-label="next"><i class="td-next-prev-icon td-icon-right"></i></a></div></div></div>
</div></div></div></div>
</div></div></div></div>
<div id="tdb-autoload-article" data-autoload="off" data-autoload-org-post-id="{pid}" data-autoload-type="" data-autoload-count="5">
<div class="td-main-content-wrap td-container-wrap"><div class="tdc-content-wrap">
<article id="template-id-39551" class="post-39551 tdb_templates type-tdb_templates status-publish post" itemscope itemtype="https://schema.org/Article">
<div id="tdi_30" class="tdc-zone"><div class="tdc_zone tdi_31 wpb_row td-pb-row">
<div id="tdi_32" class="tdc-row"><div class="vc_row tdi_33 wpb_row td-pb-row"><div class="vc_column tdi_35 wpb_column vc_column_container tdc-column td-pb-span8"><div class="wpb_wrapper">
{blk("tdb_breadcrumbs tdb-breadcrumbs", f'<span><a title="" class="tdb-entry-crumb" href="{site}/">முகப்பு</a></span><i class="tdb-bread-sep td-icon-right"></i><span><a title="மாவட்டம்" class="tdb-entry-crumb" href="{site}/district/">மாவட்டம்</a></span><i class="tdb-bread-sep tdb-bred-no-url-last td-icon-right"></i><span class="tdb-bred-no-url-last">{e(art["title"])}</span>')}
<div class="td_block_wrap tdb_single_categories tdi_41 td-pb-border-top td_block_template_1" data-td-block-uid="tdi_41"><div class="tdb-category td-fix-index"><a class="tdb-entry-category" href="{site}/district/kanniyur/"><span class="tdb-cat-bg"></span>கண்ணியூர்</a><a class="tdb-entry-category" href="{site}/district/"><span class="tdb-cat-bg"></span>மாவட்டம்</a></div></div>
{blk("tdb_title tdb-single-title", f'<h1 class="tdb-title-text">{e(art["title"])}</h1><div></div><div class="tdb-title-line"></div>')}
{blk("tdb_single_author tdb-post-meta", f'<a class="tdb-author-photo" href="{site}/author/senthilkumar/" title="{e(art["author"])}"><img alt="{e(art["author"])}" src="{site}/wp-content/uploads/2024/03/senthil-96x96.jpg" class="avatar avatar-96 photo" height="96" width="96"></a><div class="tdb-author-name-wrap"><span class="tdb-author-by">By</span> <a class="tdb-author-name" href="{site}/author/senthilkumar/">{e(art["author"])}</a></div>')}
{blk("tdb_single_date tdb-post-meta", '<i class="tdb-date-icon tdc-font-tdmp tdc-font-tdmp-time"></i><time class="entry-date updated td-module-date" datetime="2025-09-18T10:32:41+05:30">செப்டம்பர் 18, 2025</time>')}
{blk("tdb_single_post_views tdb-post-meta", f'<i class="tdb-views-icon td-icon-views"></i><span class="td-nr-views-{pid}">2,417</span>')}
{blk("tdb_single_comments_count tdb-post-meta", f'<a href="{url}#respond"><i class="tdb-comm-icon td-icon-comments"></i><span>0</span></a>')}
<div class="td_block_wrap tdb_single_post_share tdi_47 td-pb-border-top td_block_template_1" data-td-block-uid="tdi_47"><div id="tdi_47" class="td-post-sharing tdb-block td-ps-bg td-ps-notext td-post-sharing-style1"><div class="td-post-sharing-visible">{share}</div></div></div>
{blk("tdb_single_featured_image", f'<div class="tdb-featured-image-bg"></div><a href="{site}/wp-content/uploads/2025/09/velampatti-lake-full.jpg" class="td-modal-image"><img fetchpriority="high" width="696" height="392" class="entry-thumb" src="{site}/wp-content/uploads/2025/09/velampatti-lake-full-696x392.jpg" alt="" title="velampatti-lake-full"></a><div class="tdb-caption-text">தூர்வாரும் பணிகள் நிறைவடைந்த வேலம்பட்டி பெரிய ஏரி.</div>')}
<div class="td_block_wrap tdb_single_content tdi_49 td-pb-border-top td_block_template_1 td-post-content tagdiv-type" data-td-block-uid="tdi_49"><div class="tdb-block-inner td-fix-index">{body}
</div></div>
{blk("tdb_single_tags", f'<ul class="tdb-tags"><li><span>குறிச்சொற்கள்</span></li>{tags}</ul>')}
<div class="td_block_wrap tdb_single_post_share tdi_51 td-pb-border-top td_block_template_1" data-td-block-uid="tdi_51"><div id="tdi_51" class="td-post-sharing tdb-block td-ps-bg td-post-sharing-style1"><div class="td-post-sharing-visible"><div class="td-social-sharing-button td-social-sharing-button-js td-social-handler td-social-share-text"><div class="td-social-but-icon"><i class="td-icon-share"></i></div><div class="td-social-but-text">பகிர்</div></div>{share}</div></div></div>
{blk("tdb_single_author_box tdb-content-vert-top", f'<div class="tdb-author-img"><a href="{site}/author/senthilkumar/"><img alt="{e(art["author"])}" src="{site}/wp-content/uploads/2024/03/senthil-96x96.jpg" class="avatar avatar-96 photo" height="96" width="96"></a></div><div class="tdb-author-info"><a href="{site}/author/senthilkumar/" class="tdb-author-name">{e(art["author"])}</a><div class="tdb-author-descr">கண்ணியூர் மாவட்டச் செய்தியாளர். விவசாயம், நீர்வளம், உள்ளாட்சி தொடர்பான செய்திகளை எழுதி வருகிறார்.</div><div class="tdb-author-icons"><a class="tdb-author-icon" href="mailto:senthil@vaigarai.example" title="Mail"><i class="td-icon-font td-icon-mail"></i></a></div></div>')}
{blk("tdb_single_next_prev", f'<div class="tdb-next-post tdb-next-post-bg tdb-post-prev"><span>முந்தைய கட்டுரை</span><a href="{site}/district/kanniyur/pudur-canal-encroachment/">புதூர் வாய்க்கால் ஆக்கிரமிப்புகள் அகற்றம்</a></div><div class="tdb-next-post tdb-next-post-bg tdb-post-next"><span>அடுத்த கட்டுரை</span><a href="{site}/district/kanniyur/school-smart-class-inauguration/">அரசுப் பள்ளிகளில் 40 திறன்மிகு வகுப்பறைகள் திறப்பு</a></div>')}
<div class="td_block_wrap tdb_single_related tdi_55 tdb-single-related-posts td-pb-border-top td_block_template_8" data-td-block-uid="tdi_55"><div class="td-block-title-wrap"><h4 class="td-block-title"><span>தொடர்புடைய செய்திகள்</span></h4></div><div id="tdi_55" class="td_block_inner tdb-block-inner td-fix-index">{related}</div></div>
<div class="td_block_wrap tdb_single_comments tdi_56 tdb-comm-layout1 td-pb-border-top td_block_template_1" data-td-block-uid="tdi_56"><div class="tdb-block-inner td-fix-index"><div class="comments" id="comments">
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">மறுமொழி இடவும் <small><a rel="nofollow" id="cancel-comment-reply-link" href="{url}#respond" style="display:none;">பதிலை ரத்து செய்</a></small></h3><form action="{site}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><div class="clearfix"></div><div class="comment-form-input-wrap td-form-comment"><textarea placeholder="கருத்து:" id="comment" name="comment" cols="45" rows="8" aria-required="true"></textarea><div class="td-warning-comment">உங்கள் கருத்தை உள்ளிடவும்!</div></div><div class="comment-form-input-wrap td-form-author"><input class="" id="author" name="author" placeholder="பெயர்:*" type="text" value="" size="30" aria-required="true"><div class="td-warning-author">உங்கள் பெயரை இங்கே உள்ளிடவும்</div></div><div class="comment-form-input-wrap td-form-email"><input class="" id="email" name="email" placeholder="மின்னஞ்சல்:*" type="text" value="" size="30" aria-required="true"><div class="td-warning-email-error">நீங்கள் தவறான மின்னஞ்சல் முகவரியை உள்ளிட்டுள்ளீர்கள்!</div><div class="td-warning-email">உங்கள் மின்னஞ்சல் முகவரியை இங்கே உள்ளிடவும்</div></div><p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"><label for="wp-comment-cookies-consent">அடுத்த முறை நான் கருத்து தெரிவிக்கும்போது இந்த உலாவியில் எனது பெயர், மின்னஞ்சல் மற்றும் இணையதளத்தைச் சேமிக்கவும்.</label></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="கருத்தைப் பதிவிடு"> <input type="hidden" name="comment_post_ID" value="{pid}" id="comment_post_ID"> <input type="hidden" name="comment_parent" id="comment_parent" value="0"></p></form></div>
</div></div></div>
</div></div>
<div class="vc_column tdi_60 wpb_column vc_column_container tdc-column td-pb-span4 td-is-sticky"><div class="wpb_wrapper">
<div class="td-a-rec td-a-rec-id-sidebar"><span class="td-adspot-title">- Advertisement -</span><div id="div-gpt-ad-vaigarai-side-1" style="min-height:250px"></div></div>
<div class="td_block_wrap td_flex_block_5 tdi_62 td-pb-border-top td_block_template_8 td_flex_block" data-td-block-uid="tdi_62"><div class="td-block-title-wrap"><h4 class="td-block-title"><span>அதிகம் படித்தவை</span></h4></div><div id="tdi_62" class="td_block_inner td-mc1-wrap">{popular}</div></div>
<div class="td_block_wrap tdm_block_inline_text tdi_63 td-pb-border-top td_block_template_1" data-td-block-uid="tdi_63"><div class="tdm-descr">வைகறை செய்திகளை கூகுள் நியூஸ் தளத்திலும் பின்தொடரலாம். <a href="https://news.google.com/publications/CAAqBwgKMKz8vQsw0M3VAw">இங்கே கிளிக் செய்யவும்</a></div></div>
</div></div>
</div></div></div></div>
</article>
</div></div>
</div>
<div class="td-footer-template-wrap" style="position: relative"><div class="td-footer-wrap "><div id="tdi_70" class="tdc-zone"><div class="tdc_zone tdi_71 wpb_row td-pb-row">
<div id="tdi_72" class="tdc-row stretch_row_1200 td-stretch-content"><div class="vc_row tdi_73 wpb_row td-pb-row tdc-element-style"><div class="vc_column tdi_75 wpb_column vc_column_container tdc-column td-pb-span4"><div class="wpb_wrapper">
<div class="td_block_wrap tdb_header_logo tdi_76 td-pb-border-top td_block_template_1 tdb-header-align" data-td-block-uid="tdi_76"><div class="tdb-block-inner td-fix-index"><a class="tdb-logo-a" href="{site}/"><span class="tdb-logo-img-wrap"><img class="tdb-logo-img" src="{site}/wp-content/uploads/2024/01/vaigarai-logo-white.png" alt="வைகறை" title=""></span></a></div></div>
<div class="td_block_wrap tdm_block_inline_text tdi_77 td-pb-border-top td_block_template_1" data-td-block-uid="tdi_77"><p class="tdm-descr">வைகறை — கண்ணியூர் மற்றும் சுற்றுவட்டார மாவட்டங்களின் செய்திகளை உடனுக்குடன் வழங்கும் தமிழ்ச் செய்தித் தளம்.</p></div>
</div></div><div class="vc_column tdi_79 wpb_column vc_column_container tdc-column td-pb-span8"><div class="wpb_wrapper">
<div class="td_block_wrap tdb_header_menu tdi_80 td-pb-border-top td_block_template_1 tdb-header-align" data-td-block-uid="tdi_80"><div id="tdi_80" class="td_block_inner td-fix-index"><ul id="menu-footer-menu" class="tdb-block-menu tdb-menu tdb-menu-items-visible"><li class="menu-item"><a href="{site}/about-us/"><div class="tdb-menu-item-text">எங்களைப் பற்றி</div></a></li><li class="menu-item"><a href="{site}/contact/"><div class="tdb-menu-item-text">தொடர்புக்கு</div></a></li><li class="menu-item"><a href="{site}/privacy-policy/"><div class="tdb-menu-item-text">தனியுரிமைக் கொள்கை</div></a></li><li class="menu-item"><a href="{site}/advertise/"><div class="tdb-menu-item-text">விளம்பரம் செய்ய</div></a></li></ul></div></div>
<div class="td_block_wrap tdm_block_inline_text tdi_81 td-pb-border-top td_block_template_1" data-td-block-uid="tdi_81"><p class="tdm-descr">© வைகறை 2025 | அனைத்து உரிமைகளும் பாதுகாக்கப்பட்டவை</p></div>
</div></div></div></div>
</div></div></div></div>
</div>
<script type="text/javascript" src="{site}/wp-content/plugins/td-composer/legacy/Newspaper/js/tagdiv_theme.min.js?ver=12.6.8" id="td-site-min-js"></script>
<script type="text/javascript" src="{site}/wp-content/plugins/td-cloud-library/assets/js/js_files_for_front.min.js?ver=b33652f2535d2f3812f59e306e26300d" id="tdb_js_files_for_front-js"></script>"""
    head = f"""<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1">
<meta name="description" content="வேலம்பட்டி பெரிய ஏரியில் நான்கு மாதங்களாக நடைபெற்ற தூர்வாரும் பணி நிறைவடைந்தது.">
<meta property="og:locale" content="ta_IN">
<meta property="article:section" content="மாவட்டம்">
<meta property="article:published_time" content="{art["date"]}T10:32:41+00:00">
<meta name="author" content="{e(art["author"])}">
<meta name="generator" content="WordPress 6.8.2">
{ld({"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle", "@id": url + "#article", "headline": art["title"], "datePublished": art["date"] + "T10:32:41+05:30", "author": {"@type": "Person", "name": art["author"]}, "articleSection": ["கண்ணியூர்", "மாவட்டம்"], "inLanguage": "ta"}, {"@type": "WebSite", "@id": site + "/#website", "name": "வைகறை", "url": site + "/"}]})}<link rel="stylesheet" id="td-theme-css" href="{site}/wp-content/themes/Newspaper/style.css?ver=12.6.8" type="text/css" media="all">
<link rel="stylesheet" id="tdb_style_cloud_templates_front-css" href="{site}/wp-content/plugins/td-cloud-library/assets/css/tdb_main.css?ver=b33652f2535d2f3812f59e306e26300d" type="text/css" media="all">
<script async src="https://pagead2.googlesyndication.example/pagead/js/adsbygoogle.js?client=ca-pub-0000000000000000" crossorigin="anonymous"></script>
"""
    return page(
        art,
        "வைகறை",
        url,
        content,
        "ta",
        head=head,
        sep=" - ",
        body_attrs=f' class="post-template-default single single-post postid-{pid} single-format-standard td-standard-pack global-block-template-8 tdb_template_39551 tdb-template tdc-header-template tdc-footer-template td-full-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage"',
    )


def urdu(art):
    """Laravel with Livewire 3 and Alpine.js: ``wire:snapshot`` components, ``x-data`` widgets."""
    site = "https://www.sadaeshehar.example"
    nid = 90412
    slug = f"noorabad-electric-bus-service-launched-{nid}"
    url = f"{site}/news/{slug}"

    def snapshot(cid, name, data):
        snap = {
            "data": data,
            "memo": {
                "id": cid,
                "name": name,
                "path": f"news/{slug}",
                "method": "GET",
                "children": [],
                "scripts": [],
                "assets": [],
                "errors": [],
                "locale": "ur",
            },
            "checksum": "5c0b1f3e8a9d2c7b4e6f1a0d3c5b7e9f2a4c6e8b0d1f3a5c7e9b2d4f6a8c0e1b",
        }
        return e(json.dumps(snap, ensure_ascii=False, separators=(",", ":")), quote=True)

    ad = '<div class="ad-slot ad-slot--in-article"><span class="ad-slot__label">اشتہار</span><div id="div-gpt-ad-sada-in-article-1" class="ad-slot__unit" style="min-height:250px"></div></div>'
    readalso = f'<p class="read-also"><strong>یہ بھی پڑھیں:</strong> <a href="{site}/news/noorabad-metro-bus-route-survey-89877">نورآباد میں ماس ٹرانزٹ روٹ کا سروے مکمل، 21 اسٹاپس کی منظوری</a></p>'
    body = paras(art, h="h3", between={2: ad, 5: readalso}, ul='ul class="list-disc"')
    nav = "".join(
        f'<li><a href="{site}/{h}" class="main-nav__link{" is-active" if t == "شہر" else ""}" wire:navigate>{t}</a></li>'
        for h, t in [
            ("", "صفحہ اول"),
            ("pakistan", "پاکستان"),
            ("city", "شہر"),
            ("business", "کاروبار"),
            ("sports", "کھیل"),
            ("showbiz", "شوبز"),
            ("world", "دنیا"),
            ("columns", "کالم"),
            ("videos", "ویڈیوز"),
        ]
    )
    breaking = "".join(
        f'<li x-show="current === {i}"{" x-cloak" if i else ""}><a href="{site}/news/{h}">{e(t)}</a></li>'
        for i, (h, t) in enumerate(
            [
                ("gas-load-shedding-schedule-90398", "شہر میں گیس لوڈشیڈنگ کا نیا شیڈول جاری"),
                ("board-matric-results-date-90405", "میٹرک کے نتائج کا اعلان 15 نومبر کو ہوگا"),
                ("dengue-cases-noorabad-90409", "نورآباد میں ڈینگی کے مزید 12 کیسز رپورٹ"),
            ]
        )
    )
    comments = "".join(
        f'<li class="comment" wire:key="comment-{cid}"><div class="comment__meta"><span class="comment__name">{e(n)}</span><time class="comment__time">{d}</time></div><p class="comment__text">{e(t)}</p></li>'
        for cid, n, d, t in [
            (
                55120,
                "محمد اسلم",
                "2 گھنٹے پہلے",
                "بہت اچھا اقدام ہے، لیکن سٹی بائی پاس والے علاقے کو بھی اس روٹ میں شامل کیا جانا چاہیے۔",
            ),
            (
                55127,
                "فرزانہ کوثر",
                "1 گھنٹہ پہلے",
                "آج صبح پہلی بار سفر کیا، بس صاف ستھری تھی اور وقت پر پہنچی۔ امید ہے یہ معیار برقرار رہے گا۔",
            ),
        ]
    )
    related = "".join(
        f'<article class="card card--related"><a href="{site}/news/{h}" class="card__link" wire:navigate><img class="card__img" src="{site}/storage/news/2025/{img}" alt="" loading="lazy" width="320" height="180"><h3 class="card__title">{e(t)}</h3></a><p class="card__excerpt">{e(x)}</p><time class="card__time">{d}</time></article>'
        for h, img, t, x, d in [
            (
                "noorabad-metro-bus-route-survey-89877",
                "10/route-survey.webp",
                "نورآباد میں ماس ٹرانزٹ روٹ کا سروے مکمل، 21 اسٹاپس کی منظوری",
                "سروے کے مطابق روزانہ 40 ہزار سے زائد مسافر ریلوے اسٹیشن اور صنعتی زون کے درمیان سفر کرتے ہیں۔",
                "22 اکتوبر 2025",
            ),
            (
                "jinnah-chowk-traffic-plan-90011",
                "10/jinnah-chowk.webp",
                "جناح چوک پر ٹریفک کا نیا پلان، بھاری گاڑیوں کا داخلہ بند",
                "ٹریفک پولیس نے صبح آٹھ سے رات آٹھ بجے تک شہر کے مرکزی حصے میں ٹرکوں کے داخلے پر پابندی لگا دی ہے۔",
                "14 اکتوبر 2025",
            ),
            (
                "rickshaw-union-protest-90377",
                "11/rickshaw-union.webp",
                "رکشہ یونین کا کرایوں میں اضافے کا مطالبہ",
                "یونین کا کہنا ہے کہ پٹرول کی قیمت بڑھنے کے بعد پرانے کرایوں پر گزارا ممکن نہیں رہا۔",
                "1 نومبر 2025",
            ),
        ]
    )
    popular = "".join(
        f'<li class="popular__item"><span class="popular__rank">{i}</span><a href="{site}/news/{h}" wire:navigate>{e(t)}</a></li>'
        for i, (h, t) in enumerate(
            [
                ("gas-load-shedding-schedule-90398", "شہر میں گیس لوڈشیڈنگ کا نیا شیڈول جاری"),
                (slug, art["title"]),
                ("gold-price-today-90401", "سونے کی فی تولہ قیمت میں 2 ہزار روپے کمی"),
                ("cricket-district-final-90388", "ضلعی کرکٹ ٹورنامنٹ: نورآباد جم خانہ فائنل میں"),
                ("property-tax-deadline-90360", "پراپرٹی ٹیکس جمع کرانے کی آخری تاریخ میں توسیع"),
            ],
            1,
        )
    )
    comments_snap = snapshot(
        "kQ3zP8xLmN2vR7tY1wE4",
        "news.comments",
        {"newsId": nid, "body": "", "name": "", "perPage": 5},
    )
    newsletter_snap = snapshot(
        "Hf7sD2kLq9Zx1Vb4Nm6P", "newsletter-form", {"email": "", "subscribed": False}
    )
    content = f"""<div class="topbar"><div class="container topbar__inner"><span class="topbar__date">پیر، 3 نومبر 2025</span><span class="topbar__hijri">11 جمادی الاول 1447ھ</span><ul class="topbar__links"><li><a href="{site}/epaper">ای پیپر</a></li><li><a href="{site}/live">لائیو</a></li><li><a href="https://en.sadaeshehar.example" lang="en" dir="ltr">English</a></li></ul></div></div>
<header class="site-header" x-data="{{ menuOpen: false, searchOpen: false }}">
<div class="container site-header__inner"><button type="button" class="site-header__burger" @click="menuOpen = !menuOpen" aria-label="مینیو"><span></span><span></span><span></span></button>
<a href="{site}/" class="site-header__logo" wire:navigate><img src="{site}/images/logo-sada-e-shehar.svg" alt="روزنامہ صدائے شہر" width="240" height="64"></a>
<button type="button" class="site-header__search-btn" @click="searchOpen = true" aria-label="تلاش"></button></div>
<nav class="main-nav" :class="{{ 'is-open': menuOpen }}"><div class="container"><ul class="main-nav__list">{nav}</ul></div></nav>
<div class="search-overlay" x-show="searchOpen" x-cloak @keydown.escape.window="searchOpen = false"><form action="{site}/search" method="GET" class="search-overlay__form"><input type="search" name="q" placeholder="خبریں تلاش کریں" class="search-overlay__input"><button type="submit">تلاش</button></form></div>
</header>
<div class="breaking" x-data="{{ current: 0, total: 3 }}" x-init="setInterval(() => current = (current + 1) % total, 5000)"><div class="container breaking__inner"><span class="breaking__label">بریکنگ نیوز</span><ul class="breaking__list">{breaking}</ul></div></div>
<main class="container page-grid">
<div class="page-grid__main">
<nav class="breadcrumb" aria-label="breadcrumb"><ol><li><a href="{site}/" wire:navigate>صفحہ اول</a></li><li><a href="{site}/city" wire:navigate>شہر</a></li><li><a href="{site}/city/noorabad" wire:navigate>نورآباد</a></li></ol></nav>
<article class="news-detail" data-news-id="{nid}">
<header class="news-detail__header"><a href="{site}/city" class="news-detail__category" wire:navigate>شہر</a>
<h1 class="news-detail__title">{e(art["title"])}</h1>
<div class="news-detail__meta"><span class="news-detail__author"><a href="{site}/author/imran-saleem" wire:navigate>{e(art["author"])}</a></span><span class="news-detail__place">نورآباد</span><time class="news-detail__time" datetime="2025-11-03T11:20:00+05:00">03 نومبر 2025، 11:20 صبح</time><span class="news-detail__updated">اپ ڈیٹ: 03 نومبر 2025، 04:45 شام</span></div>
<div class="share" x-data="{{ copied: false }}"><span class="share__label">شیئر کریں:</span><a class="share__btn share__btn--fb" href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" rel="noopener">فیس بک</a><a class="share__btn share__btn--x" href="https://x.com/intent/post?url={url}" target="_blank" rel="noopener">ایکس</a><a class="share__btn share__btn--wa" href="https://wa.me/?text={url}" target="_blank" rel="noopener">واٹس ایپ</a><button type="button" class="share__btn share__btn--copy" @click="navigator.clipboard.writeText('{url}'); copied = true; setTimeout(() => copied = false, 2000)">لنک کاپی کریں</button><span class="share__copied" x-show="copied" x-cloak>لنک کاپی ہو گیا</span></div>
</header>
<figure class="news-detail__image"><img src="{site}/storage/news/2025/11/e-bus-noorabad-launch.webp" alt="الیکٹرک بسیں" width="960" height="540"><figcaption>جناح چوک بس ٹرمینل پر افتتاحی تقریب سے قبل کھڑی الیکٹرک بسیں — فوٹو: صدائے شہر</figcaption></figure>
<div class="news-detail__body prose">
{body}
</div>
<div class="whatsapp-cta"><p class="whatsapp-cta__text">تازہ ترین خبروں کے لیے صدائے شہر کا واٹس ایپ چینل فالو کریں</p><a class="whatsapp-cta__btn" href="https://whatsapp.com/channel/0029VaSadaeShehar00000" target="_blank" rel="noopener">فالو کریں</a></div>
<div class="tags"><span class="tags__label">ٹیگز:</span><a href="{site}/tag/noorabad" class="tags__item" wire:navigate>نورآباد</a><a href="{site}/tag/electric-bus" class="tags__item" wire:navigate>الیکٹرک بس</a><a href="{site}/tag/public-transport" class="tags__item" wire:navigate>پبلک ٹرانسپورٹ</a><a href="{site}/tag/mass-transit" class="tags__item" wire:navigate>ماس ٹرانزٹ</a></div>
</article>
<div class="ad-slot ad-slot--after-article"><span class="ad-slot__label">اشتہار</span><div id="div-gpt-ad-sada-after-article" class="ad-slot__unit" style="min-height:90px"></div></div>
<div wire:snapshot="{comments_snap}" wire:effects="[]" wire:id="kQ3zP8xLmN2vR7tY1wE4">
<section class="comments" id="comments"><h2 class="section-title">تبصرے (2)</h2>
<p class="comments__disclaimer">ادارے کا قارئین کی رائے سے متفق ہونا ضروری نہیں۔ غیر اخلاقی اور غیر متعلقہ تبصرے شائع نہیں کیے جائیں گے۔</p>
<ul class="comments__list">{comments}</ul>
<form wire:submit="save" class="comments__form"><input type="text" wire:model="name" placeholder="آپ کا نام" class="comments__input"><textarea wire:model="body" rows="4" placeholder="اپنی رائے کا اظہار کریں" class="comments__textarea"></textarea><button type="submit" class="btn btn--primary"><span wire:loading.remove wire:target="save">تبصرہ بھیجیں</span><span wire:loading wire:target="save">بھیجا جا رہا ہے...</span></button></form>
</section>
</div>
<section class="related"><h2 class="section-title">متعلقہ خبریں</h2><div class="related__grid">{related}</div></section>
</div>
<aside class="page-grid__aside">
<div class="ad-slot ad-slot--sidebar"><span class="ad-slot__label">اشتہار</span><div id="div-gpt-ad-sada-sidebar-1" class="ad-slot__unit" style="min-height:250px"></div></div>
<section class="popular"><h2 class="section-title">سب سے زیادہ پڑھی جانے والی</h2><ol class="popular__list">{popular}</ol></section>
<div wire:snapshot="{newsletter_snap}" wire:effects="[]" wire:id="Hf7sD2kLq9Zx1Vb4Nm6P"><section class="newsletter-box"><h2 class="newsletter-box__title">روزانہ نیوز لیٹر</h2><p class="newsletter-box__text">اہم خبریں ہر صبح اپنے ای میل ان باکس میں حاصل کریں۔</p><form wire:submit="subscribe"><input type="email" wire:model="email" placeholder="ای میل ایڈریس" dir="ltr"><button type="submit">سبسکرائب کریں</button></form></section></div>
</aside>
</main>
<footer class="site-footer"><div class="container site-footer__inner">
<div class="site-footer__about"><img src="{site}/images/logo-sada-e-shehar-white.svg" alt="روزنامہ صدائے شہر" width="200" height="54"><p>روزنامہ صدائے شہر نورآباد اور گردونواح کی خبروں کا معتبر ذریعہ ہے۔</p></div>
<ul class="site-footer__links"><li><a href="{site}/about">ہمارے بارے میں</a></li><li><a href="{site}/contact">رابطہ کریں</a></li><li><a href="{site}/privacy-policy">پرائیویسی پالیسی</a></li><li><a href="{site}/advertise">اشتہارات</a></li><li><a href="{site}/careers">ملازمتیں</a></li></ul>
<p class="site-footer__copy">© 2025 روزنامہ صدائے شہر۔ جملہ حقوق محفوظ ہیں۔</p>
</div></footer>
<script src="/vendor/livewire/livewire.min.js?id=df3a17f2" data-csrf="q1W2e3R4t5Y6u7I8o9P0aSdFgHjKlZxCvBnM1234" data-update-uri="/livewire/update" data-navigate-once="true"></script>"""
    head = f"""<meta name="csrf-token" content="q1W2e3R4t5Y6u7I8o9P0aSdFgHjKlZxCvBnM1234">
<meta name="description" content="نورآباد میں 24 الیکٹرک بسوں کے ساتھ پہلی بس سروس شروع، کرایہ 30 روپے مقرر۔">
<meta property="article:published_time" content="{art["date"]}T11:20:00+05:00">
<meta property="og:image" content="{site}/storage/news/2025/11/e-bus-noorabad-launch.webp">
<link rel="preload" as="style" href="{site}/build/assets/app-Bq8x1Z3c.css"><link rel="stylesheet" href="{site}/build/assets/app-Bq8x1Z3c.css">
<script type="module" src="{site}/build/assets/app-D4kL2m9e.js"></script>
<!-- Livewire Styles --><style>[wire\\:loading][wire\\:loading], [wire\\:loading\\.delay][wire\\:loading\\.delay] {{ display: none; }} [wire\\:offline][wire\\:offline] {{ display: none; }} [wire\\:dirty]:not(textarea):not(input):not(select) {{ display: none; }} :root {{ --livewire-progress-bar-color: #2299dd; }} [x-cloak] {{ display: none !important; }}</style>
"""
    return page(
        art,
        "روزنامہ صدائے شہر",
        url,
        content,
        "ur",
        head=head,
        html_attrs=' dir="rtl"',
        body_attrs=' class="font-nastaleeq antialiased"',
    )


def nepali(art):
    """Gatsby 5: ``___gatsby`` root, CSS-module class names, the body in HTML chunks."""
    site = "https://www.khabarpati.example"
    path = "/news/2025/09/29/simalghat-suspension-bridge/"
    url = f"{site}{path}"
    ps = art["paragraphs"]
    n = len(ps)

    def m(mod, local, h):
        return f"{mod}-module--{local}--{h}"

    def chunk(start, stop):
        return f'<div class="{m("article", "html", "Lw3pA")}">{paras(art, start=start, stop=stop)}</div>'

    ad = f'<div class="{m("ad", "slot", "9fKc2")}"><span class="{m("ad", "label", "2Hq1m")}">विज्ञापन</span><div id="div-gpt-ad-khabarpati-inarticle-1" style="min-height:250px"></div></div>'
    also = f'<aside class="{m("related-inline", "box", "7Tt0e")}"><span class="{m("related-inline", "label", "1Pq4z")}">यो पनि पढ्नुहोस्</span><a href="/news/2025/08/14/tuin-accident-student-rescued/" class="{m("related-inline", "link", "3Jr8w")}"><img src="/static/3f1e0a2c9b7d/tuin-rescue-thumb.jpg" alt="" width="120" height="80" loading="lazy"><span>तुइनबाट खसेका विद्यार्थीको उद्धार, झोलुंगे पुलको माग फेरि चर्कियो</span></a></aside>'
    img_src = "/static/8d2b4f6a1c3e5f7a9b0c2d4e6f8a0b1c/5d7f0/simalghat-bridge.jpg"
    svg = "data:image/svg+xml;charset=utf-8,%3Csvg%20height='675'%20width='1200'%20xmlns='http://www.w3.org/2000/svg'%20version='1.1'%3E%3C/svg%3E"
    hero = f'<figure class="{m("article", "hero", "Zp2sW")}"><div data-gatsby-image-wrapper="" class="gatsby-image-wrapper gatsby-image-wrapper-constrained"><div style="max-width:1200px;display:block"><img alt="" role="presentation" aria-hidden="true" src="{svg}" style="max-width:100%;display:block;position:static"/></div><div aria-hidden="true" data-placeholder-image="" style="opacity:1;transition:opacity 500ms linear;background-color:#a8a898;position:absolute;top:0;left:0;bottom:0;right:0"></div><picture><source type="image/webp" data-srcset="/static/8d2b4f6a1c3e5f7a9b0c2d4e6f8a0b1c/ab8b5/simalghat-bridge.webp 300w,/static/8d2b4f6a1c3e5f7a9b0c2d4e6f8a0b1c/a9f6b/simalghat-bridge.webp 600w,/static/8d2b4f6a1c3e5f7a9b0c2d4e6f8a0b1c/8f4a2/simalghat-bridge.webp 1200w" sizes="(min-width: 1200px) 1200px, 100vw"/><img data-gatsby-image-ssr="" data-main-image="" style="opacity:0" sizes="(min-width: 1200px) 1200px, 100vw" decoding="async" loading="eager" data-src="{img_src}" alt="सिमलघाट झोलुंगे पुल"/></picture><noscript><picture><source type="image/webp" srcSet="/static/8d2b4f6a1c3e5f7a9b0c2d4e6f8a0b1c/8f4a2/simalghat-bridge.webp 1200w" sizes="(min-width: 1200px) 1200px, 100vw"/><img data-gatsby-image-ssr="" data-main-image="" style="opacity:0" sizes="(min-width: 1200px) 1200px, 100vw" decoding="async" loading="eager" src="{img_src}" alt="सिमलघाट झोलुंगे पुल"/></picture></noscript><script type="module">const t="undefined"!=typeof HTMLImageElement&&"loading"in HTMLImageElement.prototype;if(t){{const t=document.querySelectorAll("img[data-main-image]");for(let e of t){{e.dataset.src&&(e.setAttribute("src",e.dataset.src),e.removeAttribute("data-src")),e.dataset.srcset&&(e.setAttribute("srcset",e.dataset.srcset),e.removeAttribute("data-srcset"));const t=e.parentNode.querySelectorAll("source[data-srcset]");for(let e of t)e.setAttribute("srcset",e.dataset.srcset),e.removeAttribute("data-srcset");e.complete&&(e.style.opacity=1,e.parentNode.parentNode.querySelector("[data-placeholder-image]").style.opacity=0)}}}}</script></div><figcaption class="{m("article", "caption", "4Vc1x")}">सोमबारदेखि सञ्चालनमा आएको सिमलघाट झोलुंगे पुल। तस्बिर: कमला थापा/खबरपाटी</figcaption></figure>'
    body = "\n".join([chunk(0, 2), ad, chunk(2, 6), also, chunk(6, n)])
    nav = "".join(
        f'<li><a class="{m("header", "navLink", "kT5e1")}{" " + m("header", "active", "Qq8r2") if t == "प्रदेश" else ""}" href="{h}">{t}</a></li>'
        for h, t in [
            ("/", "गृहपृष्ठ"),
            ("/category/news/", "समाचार"),
            ("/category/politics/", "राजनीति"),
            ("/category/province/", "प्रदेश"),
            ("/category/economy/", "अर्थ"),
            ("/category/society/", "समाज"),
            ("/category/sports/", "खेलकुद"),
            ("/category/entertainment/", "मनोरञ्जन"),
            ("/category/opinion/", "विचार"),
            ("/videos/", "भिडियो"),
        ]
    )
    reactions = "".join(
        f'<button type="button" class="{m("reactions", "item", "Jm4d8")}"><span class="{m("reactions", "emoji", "0Lk2c")}">{em}</span><span class="{m("reactions", "name", "Tn1q7")}">{t}</span><span class="{m("reactions", "percent", "Xw9a3")}">{p}</span></button>'
        for em, t, p in [
            ("😀", "खुसी", "७८%"),
            ("😢", "दुःखी", "४%"),
            ("😮", "अचम्मित", "६%"),
            ("🤩", "उत्साहित", "१०%"),
            ("😡", "आक्रोशित", "२%"),
        ]
    )
    related = "".join(
        f'<article class="{m("card", "card", "5hR0p")}"><a href="{h}" class="{m("card", "link", "Bq6n2")}"><h3 class="{m("card", "title", "Ue8s4")}">{e(t)}</h3></a><p class="{m("card", "excerpt", "Gc3z9")}">{e(x)}</p><span class="{m("card", "time", "Ya7k1")}">{d}</span></article>'
        for h, t, x, d in [
            (
                "/news/2025/08/14/tuin-accident-student-rescued/",
                "तुइनबाट खसेका विद्यार्थीको उद्धार, झोलुंगे पुलको माग फेरि चर्कियो",
                "स्थानीयले डोरी र टायरको सहायताले खोलामा बगेका विद्यार्थीलाई करिब आधा घण्टापछि किनारा ल्याएका थिए।",
                "भदौ २९, २०८२",
            ),
            (
                "/news/2025/09/21/setikhola-orange-harvest/",
                "सेतीखोलामा सुन्तला टिप्न सुरु, यस वर्ष उत्पादन बढ्ने अनुमान",
                "कृषि शाखाका अनुसार गाउँपालिकामा यस वर्ष करिब ३ सय टन सुन्तला उत्पादन हुने अनुमान छ।",
                "असोज ५, २०८२",
            ),
            (
                "/news/2025/09/10/rural-road-blacktop-budget/",
                "ग्रामीण सडक कालोपत्रेका लागि १२ करोड विनियोजन",
                "प्रदेश सरकारले चालु आर्थिक वर्षमा पहाडी जिल्लाका सात सडकखण्ड कालोपत्रे गर्ने जनाएको छ।",
                "भदौ २५, २०८२",
            ),
        ]
    )
    latest = "".join(
        f'<li class="{m("sidebar", "latestItem", "Ri4m0")}"><a href="{h}">{e(t)}</a><span>{d}</span></li>'
        for h, t, d in [
            ("/news/2025/09/29/dashain-bus-tickets/", "दसैँका लागि बस टिकट बुकिङ सुरु", "१५ मिनेट अगाडि"),
            (
                "/news/2025/09/29/gold-price-today/",
                "सुनको मूल्य तोलामा १ हजार ३ सयले बढ्यो",
                "४२ मिनेट अगाडि",
            ),
            (
                "/news/2025/09/29/monsoon-exit/",
                "मनसुन बाहिरिने क्रम सुरु, केही दिन वर्षा हुने",
                "१ घण्टा अगाडि",
            ),
        ]
    )
    popular = "".join(
        f'<li><span class="{m("sidebar", "rank", "Hd2w6")}">{r}</span><a href="{h}">{e(t)}</a></li>'
        for r, h, t in [
            ("१", path, art["title"]),
            (
                "२",
                "/news/2025/09/28/dashain-leave-announced/",
                "दसैँ बिदा: सरकारी कार्यालय असोज १६ देखि बन्द",
            ),
            ("३", "/news/2025/09/28/football-qualifier/", "विश्वकप छनोट: नेपालले घरेलु मैदानमा खेल्ने"),
            ("४", "/news/2025/09/27/fuel-price-cut/", "पेट्रोल र डिजेलको मूल्य घट्यो"),
        ]
    )
    content = f"""<div id="___gatsby"><div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper"><div class="{m("layout", "wrapper", "nR2f5")}">
<div class="{m("topbar", "bar", "Vb7t3")}"><div class="{m("layout", "container", "aS1d9")}"><span class="{m("topbar", "date", "Lp0e4")}">सोमबार, असोज १३, २०८२</span><span class="{m("topbar", "date", "Lp0e4")}">Mon, Sep 29, 2025</span><a href="/unicode/" class="{m("topbar", "link", "Ck5u8")}">युनिकोड</a><a href="/login/" class="{m("topbar", "link", "Ck5u8")}">लगइन</a><a href="https://en.khabarpati.example/" class="{m("topbar", "link", "Ck5u8")}">English</a></div></div>
<header class="{m("header", "header", "Fz3j6")}"><div class="{m("layout", "container", "aS1d9")}"><a href="/" class="{m("header", "logo", "Wn4g0")}"><img src="/static/logo-khabarpati.svg" alt="खबरपाटी" width="230" height="60"/></a><div class="{m("header", "ad", "Ej9y2")}"><span>विज्ञापन</span><div id="div-gpt-ad-khabarpati-header" style="min-height:90px"></div></div></div>
<nav class="{m("header", "nav", "Oa6i1")}" aria-label="मुख्य मेनु"><div class="{m("layout", "container", "aS1d9")}"><ul class="{m("header", "navList", "Sx8h5")}">{nav}</ul><button type="button" class="{m("header", "searchButton", "Pu2b7")}" aria-label="खोज्नुहोस्"></button></div></nav></header>
<main class="{m("layout", "main", "Ik7c0")}"><div class="{m("layout", "container", "aS1d9")} {m("article", "grid", "Dm5o2")}">
<article class="{m("article", "article", "Yt0v6")}">
<a href="/category/province/" class="{m("article", "category", "Rb3n8")}">प्रदेश</a>
<h1 class="{m("article", "title", "3kX9b")}">{e(art["title"])}</h1>
<div class="{m("article", "meta", "Nh6l4")}"><div class="{m("article", "author", "Qs1f0")}"><img src="/static/authors/kamala-thapa.jpg" alt="" width="40" height="40"/><div><a href="/author/kamala-thapa/">{e(art["author"])}</a><span class="{m("article", "place", "Ua9w3")}">सिमलघाट</span></div></div><div class="{m("article", "dates", "Kc4r7")}"><time dateTime="2025-09-29T14:25:00+05:45">सोमबार, असोज १३, २०८२, १४:२५</time><span>पढ्न लाग्ने समय: ३ मिनेट</span></div></div>
<div class="{m("share", "share", "Gw2e5")}"><span class="{m("share", "count", "Mv8p1")}">२१४ सेयर</span><a href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" rel="noopener noreferrer" aria-label="Facebook">Facebook</a><a href="https://twitter.com/intent/tweet?url={url}" target="_blank" rel="noopener noreferrer" aria-label="Twitter">Twitter</a><a href="viber://forward?text={url}" aria-label="Viber">Viber</a><a href="https://api.whatsapp.com/send?text={url}" target="_blank" rel="noopener noreferrer" aria-label="WhatsApp">WhatsApp</a></div>
{hero}
<div class="{m("article", "content", "Q2x7d")}">
{body}
</div>
<div class="{m("reactions", "wrapper", "Zd5s0")}"><h2 class="{m("reactions", "title", "Aq1x3")}">यो समाचार पढेर तपाईंलाई कस्तो महसुस भयो?</h2><div class="{m("reactions", "list", "Ob6v9")}">{reactions}</div></div>
<section class="{m("comments", "comments", "Hy4k8")}"><h2 class="{m("comments", "title", "Ws7d2")}">प्रतिक्रिया दिनुहोस्</h2><div class="fb-comments" data-href="{url}" data-width="100%" data-numposts="5"></div></section>
<section class="{m("related", "related", "Cu0t5")}"><h2 class="{m("related", "title", "Er3m1")}">सम्बन्धित खबर</h2><div class="{m("related", "grid", "Ln8y6")}">{related}</div></section>
</article>
<aside class="{m("sidebar", "sidebar", "Pf2q4")}">
<div class="{m("ad", "slot", "9fKc2")}"><span class="{m("ad", "label", "2Hq1m")}">विज्ञापन</span><div id="div-gpt-ad-khabarpati-sidebar-1" style="min-height:250px"></div></div>
<section class="{m("sidebar", "box", "Vj5a7")}"><h2 class="{m("sidebar", "title", "Td9c3")}">ताजा अपडेट</h2><ul>{latest}</ul></section>
<section class="{m("sidebar", "box", "Vj5a7")}"><h2 class="{m("sidebar", "title", "Td9c3")}">धेरै पढिएको</h2><ol>{popular}</ol></section>
</aside>
</div></main>
<footer class="{m("footer", "footer", "Bx6r0")}"><div class="{m("layout", "container", "aS1d9")}">
<div class="{m("footer", "col", "Ni3u8")}"><img src="/static/logo-khabarpati-white.svg" alt="खबरपाटी" width="180" height="48"/><p>खबरपाटी मिडिया प्रा. लि.</p><p>सूचना तथा प्रसारण विभाग दर्ता नं. २१४७/०७९–०८०</p></div>
<div class="{m("footer", "col", "Ni3u8")}"><p>अध्यक्ष: रमेश पौडेल</p><p>प्रधान सम्पादक: सरिता घिमिरे</p><p>सम्पर्क: ०१–५५५०१२३, info@khabarpati.example</p></div>
<div class="{m("footer", "col", "Ni3u8")}"><ul><li><a href="/about/">हाम्रो बारेमा</a></li><li><a href="/team/">हाम्रो टिम</a></li><li><a href="/advertise/">विज्ञापन</a></li><li><a href="/privacy-policy/">गोपनीयता नीति</a></li></ul></div>
<p class="{m("footer", "copy", "Fa1l5")}">© २०२५ खबरपाटी. सर्वाधिकार सुरक्षित.</p>
</div></footer>
</div></div><div id="gatsby-announcer" style="position:absolute;top:0;width:1px;height:1px;padding:0;overflow:hidden;clip:rect(0, 0, 0, 0);white-space:nowrap;border:0" aria-live="assertive" aria-atomic="true"></div></div>
<script id="gatsby-script-loader">/*<![CDATA[*/window.pagePath="{path}";window.___webpackCompilationHash="a1b2c3d4e5f6a7b8c9d0";/*]]>*/</script><script id="gatsby-chunk-mapping">/*<![CDATA[*/window.___chunkMapping="{{\\"app\\":[\\"/app-3c9f1e2d7a5b.js\\"],\\"component---src-templates-news-article-js\\":[\\"/component---src-templates-news-article-js-8a7b6c5d.js\\"]}}";/*]]>*/</script><script src="/app-3c9f1e2d7a5b.js" async=""></script><script src="/framework-1e2f3a4b5c6d.js" async=""></script><script src="/webpack-runtime-9f8e7d6c5b4a.js" async=""></script>"""
    desc = "सेतीखोला गाउँपालिका–४ र ६ लाई जोड्ने सिमलघाट झोलुंगे पुल सोमबारदेखि सञ्चालनमा आएको छ।"
    return f"""<!DOCTYPE html><html lang="ne"><head><meta charSet="utf-8"/><meta http-equiv="x-ua-compatible" content="ie=edge"/><meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"/><meta name="generator" content="Gatsby 5.13.7"/><style data-href="/styles.4f8c2e1a9b3d.css" data-identity="gatsby-global-css">.gatsby-image-wrapper{{position:relative;overflow:hidden}}.gatsby-image-wrapper picture.object-fit-polyfill{{position:static!important}}</style><link rel="sitemap" type="application/xml" href="/sitemap-index.xml"/><link as="script" rel="preload" href="/webpack-runtime-9f8e7d6c5b4a.js"/><link as="script" rel="preload" href="/framework-1e2f3a4b5c6d.js"/><link as="script" rel="preload" href="/app-3c9f1e2d7a5b.js"/><link as="fetch" rel="preload" href="/page-data{path}page-data.json" crossorigin="anonymous"/><link as="fetch" rel="preload" href="/page-data/app-data.json" crossorigin="anonymous"/><title data-gatsby-head="true">{e(art["title"])} | खबरपाटी</title><meta name="description" content="{e(desc)}" data-gatsby-head="true"/><meta property="og:title" content="{e(art["title"])}" data-gatsby-head="true"/><meta property="og:type" content="article" data-gatsby-head="true"/><meta property="og:url" content="{url}" data-gatsby-head="true"/><meta property="og:image" content="{site}{img_src}" data-gatsby-head="true"/><meta property="article:published_time" content="{art["date"]}T14:25:00+05:45" data-gatsby-head="true"/><link rel="canonical" href="{url}" data-gatsby-head="true"/></head><body>
{content}
</body></html>
"""


def mongolian(art):
    """Ibexa DXP 4: the body an ``ezrichtext-field`` with image, content embed and a custom tag."""
    site = "https://www.talynmedee.example"
    cid = 24318
    url = f"{site}/medee/oron-nutag/khukh-uul-sumand-uvuljiltiin-beltgel-80-khuvitai"
    ps = art["paragraphs"]
    n = len(ps)
    img = f'<div class="align-center ibexa-embed-type-image"><figure class="ibexa-embed-image"><img src="{site}/var/site/storage/images/8/1/4/2/2418-1-mon-MN/hadlan-khukh-uul_article_wide.jpg" alt="Өвөлжөөний хашаа" width="960" height="540" loading="lazy"><figcaption>Малчид өвөлжөөний хашаагаа засварлаж байна. Гэрэл зургийг Хөх-Уул сумын ЗДТГ-аас авав.</figcaption></figure></div>'
    embed = f'<div class="ibexa-embed-type-content"><div class="embed-article"><span class="embed-article__label">Холбоотой мэдээ</span><a class="embed-article__link" href="{site}/medee/oron-nutag/ikh-tal-aimagt-zudyn-ersdeltei-sumdyn-too-9-bolov"><img src="{site}/var/site/storage/images/2/7/9/2/2972-1-mon-MN/zud-map_embed_thumb.jpg" alt="" width="120" height="80"><span class="embed-article__title">Их-Тал аймагт зудын эрсдэлтэй сумдын тоо 9 боллоо</span></a></div></div>'
    factbox = '<div class="ibexa-custom-tag ibexa-custom-tag--factbox"><div class="factbox"><h4 class="factbox__title">Тоон мэдээ</h4><div class="factbox__content"><p>Хөх-Уул сум 2024 оны жилийн эцсийн тооллогоор 191.4 мянган толгой малтай байжээ.</p><p>Өнгөрсөн өвөл тус суманд 11 мянга гаруй мал хорогдсон байна.</p></div></div></div>'
    rich = paras(art, between={1: img, 4: embed, n - 2: factbox})
    nav = "".join(
        f'<li class="nav-item{" active" if t == "Орон нутаг" else ""}"><a class="nav-link" href="{site}/medee/{h}">{t}</a></li>'
        for h, t in [
            ("uls-tur", "Улс төр"),
            ("ediin-zasag", "Эдийн засаг"),
            ("niigem", "Нийгэм"),
            ("oron-nutag", "Орон нутаг"),
            ("eruul-mend", "Эрүүл мэнд"),
            ("sport", "Спорт"),
            ("delkhiid", "Дэлхийд"),
            ("video", "Видео"),
        ]
    )
    comments = "".join(
        f'<div class="comment"><div class="comment__head"><span class="comment__name">{e(nm)}</span><span class="comment__ip">IP: {ip}</span><span class="comment__date">{d}</span></div><p class="comment__text">{e(t)}</p><div class="comment__votes"><button type="button" class="comment__like">👍 {u}</button><button type="button" class="comment__dislike">👎 {dn}</button></div></div>'
        for nm, ip, d, t, u, dn in [
            (
                "Зочин",
                "66.181.xxx.xxx",
                "2025.10.28 12:15",
                "Өвс тэжээлийн үнэ их өндөр байна. Хөнгөлөлттэй үнээр олгох тэжээл бүх өрхөд хүрэх болов уу.",
                24,
                2,
            ),
            (
                "малчин",
                "202.131.xxx.xxx",
                "2025.10.28 13:02",
                "Их голын худгийг өнгөрсөн жил ч засна гэж байсан. Энэ удаа ажил хэрэг болоосой.",
                31,
                1,
            ),
            (
                "Батаа",
                "103.57.xxx.xxx",
                "2025.10.28 14:40",
                "Цаг агаарын мэдээ ийм байгаа бол малаа эрт борлуулах нь зөв шийдвэр шүү.",
                12,
                5,
            ),
        ]
    )
    related = "".join(
        f'<li class="related-list__item"><a href="{site}/medee/{h}"><img src="{site}/var/site/storage/images/{p}" alt="" width="160" height="100" loading="lazy"><span class="related-list__title">{e(t)}</span></a><span class="related-list__date">{d}</span></li>'
        for h, p, t, d in [
            (
                "oron-nutag/ikh-tal-aimagt-zudyn-ersdeltei-sumdyn-too-9-bolov",
                "2/7/9/2/2972-1-mon-MN/zud-map_list_thumb.jpg",
                "Их-Тал аймагт зудын эрсдэлтэй сумдын тоо 9 боллоо",
                "2025.10.21",
            ),
            (
                "ediin-zasag/uvs-tejeeliin-une-nemegdev",
                "5/0/3/2/2305-1-mon-MN/uvs-une_list_thumb.jpg",
                "Өвс, тэжээлийн үнэ өнгөрсөн оныхоос 30 хувь нэмэгджээ",
                "2025.10.15",
            ),
            (
                "oron-nutag/malyn-emch-nar-uvchin-sergiileh-ajil",
                "9/8/1/2/2189-1-mon-MN/malyn-emch_list_thumb.jpg",
                "Малын эмч нар намрын сэргийлэх арга хэмжээг эхлүүллээ",
                "2025.10.02",
            ),
        ]
    )
    popular = "".join(
        f'<li><span class="most-read__num">{i}</span><a href="{site}/medee/{h}">{e(t)}</a></li>'
        for i, (h, t) in enumerate(
            [
                (
                    "niigem/ulaanbaatar-zamyn-hodolgoon-shine-juram",
                    "Нийслэлд замын хөдөлгөөний шинэ журам мөрдөгдөнө",
                ),
                ("ediin-zasag/shatakhuunii-une", "Шатахууны үнэ өөрчлөгдөхгүй гэж мэдэгдлээ"),
                ("sport/bokh-aimgiin-avarga", "Аймгийн аварга шалгаруулах барилдаан болно"),
                (
                    "oron-nutag/ikh-tal-aimagt-zudyn-ersdeltei-sumdyn-too-9-bolov",
                    "Их-Тал аймагт зудын эрсдэлтэй сумдын тоо 9 боллоо",
                ),
            ],
            1,
        )
    )
    content = f"""<div class="top-bar"><div class="container"><span class="top-bar__date">2025 оны 10-р сарын 28, Мягмар</span><span class="top-bar__weather">Улаанбаатар −6°C</span><span class="top-bar__rate">USD 3,572.10₮</span><span class="top-bar__rate">CNY 501.34₮</span><a href="{site}/login" class="top-bar__link">Нэвтрэх</a><a href="{site}/en" class="top-bar__link" hreflang="en">English</a></div></div>
<header class="site-header"><div class="container"><a class="site-header__logo" href="{site}/"><img src="{site}/assets/build/images/logo-talyn-medee.svg" alt="Талын Мэдээ" width="220" height="56"></a>
<form class="site-header__search" action="{site}/search" method="get"><input type="search" name="SearchText" placeholder="Хайх..." aria-label="Хайх"><button type="submit">Хайх</button></form></div>
<nav class="navbar navbar-expand-lg main-nav"><div class="container"><button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#main-menu" aria-label="Цэс"><span class="navbar-toggler-icon"></span></button><div class="collapse navbar-collapse" id="main-menu"><ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="{site}/">Нүүр</a></li>{nav}</ul></div></div></nav></header>
<main class="main"><div class="container"><div class="row">
<div class="col-lg-8">
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="{site}/">Нүүр</a></li><li class="breadcrumb-item"><a href="{site}/medee">Мэдээ</a></li><li class="breadcrumb-item"><a href="{site}/medee/oron-nutag">Орон нутаг</a></li><li class="breadcrumb-item active" aria-current="page">{e(art["title"])}</li></ol></nav>
<article class="article-full" data-content-id="{cid}" data-location-id="{cid + 2}">
<div class="article-full__category"><a href="{site}/medee/oron-nutag">Орон нутаг</a></div>
<h1 class="article-full__title"><span class="ezstring-field">{e(art["title"])}</span></h1>
<div class="article-full__meta"><span class="article-full__author"><a href="{site}/setguulch/b-otgonbayar">{e(art["author"])}</a></span><span class="article-full__date"><span class="ezdatetime-field">2025.10.28 11:42</span></span><span class="article-full__views">Үзсэн: 3,218</span></div>
<div class="share-buttons"><span class="share-buttons__label">Хуваалцах:</span><a class="share-buttons__item share-buttons__item--fb" href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" rel="noopener">Facebook</a><a class="share-buttons__item share-buttons__item--x" href="https://x.com/intent/post?url={url}" target="_blank" rel="noopener">X</a><a class="share-buttons__item share-buttons__item--messenger" href="fb-messenger://share/?link={url}">Messenger</a><button type="button" class="share-buttons__item share-buttons__item--copy" data-url="{url}">Линк хуулах</button></div>
<div class="article-full__image"><div class="ezimage-field"><img src="{site}/var/site/storage/images/6/1/4/2/2416-3-mon-MN/uvuljilt-khukh-uul_article_large.jpg" alt="Хадлан" width="1200" height="675"></div><p class="article-full__image-caption">Хөх-Уул сумын малчид хадлан хураалтаа дуусгаж байна. Гэрэл зургийг сумын ЗДТГ-аас авав.</p></div>
<div class="article-full__body"><div class="ezrichtext-field">{rich}
</div></div>
<div class="article-full__tags"><span class="article-full__tags-label">Түлхүүр үг:</span><div class="ezkeyword-field"><ul><li><a href="{site}/tag/uvuljilt">өвөлжилт</a></li><li><a href="{site}/tag/zud">зуд</a></li><li><a href="{site}/tag/ikh-tal">Их-Тал</a></li><li><a href="{site}/tag/malchid">малчид</a></li></ul></div></div>
<div class="article-full__reactions"><button type="button" class="reaction reaction--like">Таалагдсан <span>86</span></button><button type="button" class="reaction reaction--dislike">Таалагдаагүй <span>3</span></button></div>
</article>
<div class="ad-block"><span class="ad-block__label">Сурталчилгаа</span><div id="div-gpt-ad-talyn-medee-article-bottom" style="min-height:120px"></div></div>
<section class="comments" id="comments"><h2 class="section-heading">Сэтгэгдэл (3)</h2>
<p class="comments__warning">Сэтгэгдэлд хүний нэр төр, алдар хүндийг гутаасан, хууль зөрчсөн үг хэллэг ашиглахыг хориглоно. Ийм сэтгэгдлийг устгах болно.</p>
<div class="comments__list">{comments}</div>
<form class="comments__form" action="{site}/comment/add" method="post"><h3 class="comments__form-title">Сэтгэгдэл бичих</h3><input type="text" name="comment[name]" placeholder="Нэр" class="form-control"><textarea name="comment[text]" rows="4" placeholder="Сэтгэгдэл" class="form-control"></textarea><input type="hidden" name="comment[content_id]" value="{cid}"><input type="hidden" name="comment[_token]" value="b7Xq2kP0s9LmN4rT8vY1wZ3cE6fH5jA0"><button type="submit" class="btn btn-primary">Илгээх</button></form></section>
<section class="related-list"><h2 class="section-heading">Холбоотой мэдээ</h2><ul class="related-list__items">{related}</ul></section>
</div>
<aside class="col-lg-4 sidebar">
<div class="ad-block"><span class="ad-block__label">Сурталчилгаа</span><div id="div-gpt-ad-talyn-medee-sidebar-1" style="min-height:250px"></div></div>
<hx:include src="/_fragment?_path=_format%3Dhtml%26_locale%3Dmon-MN%26_controller%3DApp%255CController%255CMostReadController%253A%253AshowAction"><section class="most-read"><h2 class="section-heading">Их уншсан</h2><ol class="most-read__list">{popular}</ol></section></hx:include>
<section class="sidebar-box sidebar-box--app"><h2 class="section-heading">Аппликейшн татах</h2><p>Талын Мэдээний аппликейшныг татаж, шуурхай мэдээг гар утсандаа хүлээн аваарай.</p><a href="https://apps.apple.example/app/talyn-medee" class="btn btn-outline">App Store</a><a href="https://play.google.example/store/apps/details?id=mn.talynmedee" class="btn btn-outline">Google Play</a></section>
</aside>
</div></div></main>
<footer class="site-footer"><div class="container"><div class="row">
<div class="col-md-5"><img src="{site}/assets/build/images/logo-talyn-medee-white.svg" alt="Талын Мэдээ" width="180" height="46"><p>Хаяг: Их-Тал аймаг, Тал сум, 2-р баг, Мэдээллийн төв, 3 давхар</p><p>Утас: 7011-2045, И-мэйл: info@talynmedee.example</p></div>
<div class="col-md-3"><ul class="site-footer__links"><li><a href="{site}/about">Бидний тухай</a></li><li><a href="{site}/advertising">Сурталчилгаа байршуулах</a></li><li><a href="{site}/privacy">Нууцлалын бодлого</a></li><li><a href="{site}/contact">Холбоо барих</a></li></ul></div>
<div class="col-md-4"><ul class="site-footer__social"><li><a href="https://www.facebook.example/talynmedee">Facebook</a></li><li><a href="https://www.youtube.example/@talynmedee">YouTube</a></li></ul></div></div>
<p class="site-footer__copy">© 2025 Талын Мэдээ ХХК. Бүх эрх хуулиар хамгаалагдсан. Мэдээ, мэдээллийг эх сурвалж заан ашиглана уу.</p>
</div></footer>
<script src="{site}/assets/build/runtime.3e7a1c90.js"></script><script src="{site}/assets/build/app.81f4d2b6.js"></script>
<script src="{site}/bundles/app/js/hinclude.min.js"></script>"""
    head = f"""<meta name="description" content="Хөх-Уул сумын малчид өвөлжилтийн бэлтгэлээ 80 хувьтай хангаад байна.">
<meta property="og:image" content="{site}/var/site/storage/images/6/1/4/2/2416-3-mon-MN/uvuljilt-khukh-uul_og.jpg">
<meta property="article:published_time" content="{art["date"]}T11:42:00+08:00">
<link rel="stylesheet" href="{site}/assets/build/app.5c2e9f14.css">
"""
    return page(
        art,
        "Талын Мэдээ",
        url,
        content,
        "mn",
        head=head,
        sep=" - ",
        body_attrs=' class="ibexa-site layout-article"',
    )


def yiddish(art):
    """Jekyll 4 with a minima-like theme: kramdown output in ``post-content e-content``."""
    site = "https://bleter.example"
    path = "/2025/06/12/vekker-arkhiv/"
    url = f"{site}{path}"
    ps = art["paragraphs"]
    n = len(ps)
    fig = '<figure class="post-figure"><img src="/assets/images/2025/vekker-1932.jpg" alt="דער ערשטער זייַט פֿון „דער לינדנפֿעלדער וועקער“, 1932" loading="lazy"><figcaption>דער ערשטער זייַט פֿון „וועקער“ פֿון אַפּריל 1932. פֿאָטאָ: לינדנפֿעלדער ייִדישע ביבליאָטעק</figcaption></figure>'
    also = '<p><strong>לייענט אויך:</strong> <a href="/2025/03/20/der-letster-zetser/">דער לעצטער זעצער: אַ שמועס מיט משה קליין, וואָס האָט געזעצט דעם „וועקער“</a></p>'
    support = '<aside class="support-box"><h3 class="support-box__title">שטיצט די לינדנפֿעלדער בלעטער</h3><p>מיר זענען אַ קליינע, אומאָפּהענגיקע רעדאַקציע. אייַער שטיצע העלפֿט אונדז אַרויסגעבן אַרטיקלען אויף ייִדיש יעדע וואָך.</p><p><a class="button" href="/support/">שטיצט אונדז</a></p></aside>'
    out = []
    hid = 0
    for i, p in enumerate(ps):
        if p.startswith("## "):
            out.append(f'<h2 id="section{"-" + str(hid) if hid else ""}">{e(p[3:])}</h2>')
            hid += 1
        elif i == n - 1:
            out.append(f"<p><em>{e(p)}</em></p>")
        else:
            out.append(f"<p>{e(p)}</p>")
        if i == 1:
            out.append(fig)
        elif i == 4:
            out.append(also)
        elif i == 7:
            out.append(support)
    body = "\n\n".join(out)
    desc = "די ייִדישע ביבליאָטעק אין לינדנפֿעלד האָט געעפֿנט אַן אָנליין־אַרכיוו פֿון דער וואָכנשריפֿט „דער לינדנפֿעלדער וועקער“."
    related = "".join(
        f'<li><span class="post-meta">{d}</span><h3><a class="post-link" href="{h}">{e(t)}</a></h3></li>'
        for h, t, d in [
            (
                "/2025/03/20/der-letster-zetser/",
                "דער לעצטער זעצער: אַ שמועס מיט משה קליין",
                "20סטן מאַרץ 2025",
            ),
            (
                "/2025/05/08/yidish-kurs-vinter/",
                "אַ נייַער ייִדיש־קורס פֿאַר אָנהייבער אין דער ביבליאָטעק",
                "8טן מיי 2025",
            ),
            (
                "/2025/05/29/lider-ovnt/",
                "אַ לידער־אָוונט לכּבֿוד די לינדנפֿעלדער פּאָעטן",
                "29סטן מיי 2025",
            ),
        ]
    )
    data = {
        "@context": "https://schema.org",
        "@type": "BlogPosting",
        "author": {"@type": "Person", "name": art["author"]},
        "dateModified": "2025-06-13T10:20:00-04:00",
        "datePublished": "2025-06-12T09:00:00-04:00",
        "description": desc,
        "headline": art["title"],
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "publisher": {
            "@type": "Organization",
            "logo": {"@type": "ImageObject", "url": f"{site}/assets/images/logo.png"},
            "name": "די לינדנפֿעלדער בלעטער",
        },
        "url": url,
    }
    return f"""<!DOCTYPE html>
<html lang="yi" dir="rtl"><head>
  <meta charset="utf-8">
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="viewport" content="width=device-width, initial-scale=1"><!-- Begin Jekyll SEO tag v2.8.0 -->
<title>{e(art["title"])} | די לינדנפֿעלדער בלעטער</title>
<meta name="generator" content="Jekyll v4.3.4" />
<meta property="og:title" content="{e(art["title"])}" />
<meta name="author" content="{e(art["author"])}" />
<meta property="og:locale" content="yi" />
<meta name="description" content="{e(desc)}" />
<meta property="og:description" content="{e(desc)}" />
<link rel="canonical" href="{url}" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="די לינדנפֿעלדער בלעטער" />
<meta property="og:type" content="article" />
<meta property="article:published_time" content="2025-06-12T09:00:00-04:00" />
<meta name="twitter:card" content="summary" />
<meta property="twitter:title" content="{e(art["title"])}" />
<script type="application/ld+json">
{json.dumps(data, ensure_ascii=False)}</script>
<!-- End Jekyll SEO tag -->
<link rel="stylesheet" href="/assets/main.css"><link type="application/atom+xml" rel="alternate" href="{site}/feed.xml" title="די לינדנפֿעלדער בלעטער" /></head>
<body><header class="site-header" role="banner">

  <div class="wrapper"><a class="site-title" rel="author" href="/">די לינדנפֿעלדער בלעטער</a><nav class="site-nav">
        <input type="checkbox" id="nav-trigger" class="nav-trigger" />
        <label for="nav-trigger">
          <span class="menu-icon">
            <svg viewBox="0 0 18 15" width="18px" height="15px">
              <path d="M18,1.484c0,0.82-0.665,1.484-1.484,1.484H1.484C0.665,2.969,0,2.304,0,1.484l0,0C0,0.665,0.665,0,1.484,0 h15.032C17.335,0,18,0.665,18,1.484L18,1.484z"/>
            </svg>
          </span>
        </label>

        <div class="trigger"><a class="page-link" href="/kultur/">קולטור</a><a class="page-link" href="/geshikhte/">געשיכטע</a><a class="page-link" href="/shprakh/">שפּראַך</a><a class="page-link" href="/vegn-undz/">וועגן אונדז</a><a class="page-link" href="/support/">שטיצט אונדז</a><a class="page-link" href="/en/" lang="en" dir="ltr">English</a></div>
      </nav></div>
</header>
<main class="page-content" aria-label="Content">
      <div class="wrapper">
        <article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting">

  <header class="post-header">
    <p class="post-category"><a href="/geshikhte/">געשיכטע</a></p>
    <h1 class="post-title p-name" itemprop="name headline">{e(art["title"])}</h1>
    <p class="post-meta"><time class="dt-published" datetime="2025-06-12T09:00:00-04:00" itemprop="datePublished">12טן יוני 2025
      </time>• <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span class="p-author h-card" itemprop="name">{e(art["author"])}</span></span> • <span class="reading-time">לייענצייַט: 3 מינוט</span></p>
  </header>

  <div class="post-content e-content" itemprop="articleBody">
    {body}

  </div>

  <div class="post-tags"><span>טעמעס:</span> <a href="/tags/#ארכיוו" class="post-tag">אַרכיוו</a> <a href="/tags/#פרעסע" class="post-tag">ייִדישע פּרעסע</a> <a href="/tags/#ביבליאטעק" class="post-tag">ביבליאָטעק</a></div>

  <div class="share-links"><span>טיילט:</span> <a href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" rel="noopener">פֿייסבוק</a> <a href="https://bsky.app/intent/compose?text={url}" target="_blank" rel="noopener">בלוסקיי</a> <a href="mailto:?subject=%D7%95%D7%95%D7%A2%D7%A7%D7%A2%D7%A8&amp;body={url}">בליצבריוו</a></div>

  <section class="newsletter">
    <div id="mc_embed_signup">
      <form action="https://bleter.us21.list-manage.example/subscribe/post?u=3f8a2c1d9e&amp;id=7b6d5e4f3a" method="post" id="mc-embedded-subscribe-form" name="mc-embedded-subscribe-form" class="validate" target="_blank">
        <div id="mc_embed_signup_scroll"><h2>אַבאָנירט אונדזער וואָכנבריוו</h2><p>יעדן פֿרייַטיק אַ בריוו מיט די נייַע אַרטיקלען פֿון דער וואָך.</p>
          <div class="mc-field-group"><label for="mce-EMAIL">בליצפּאָסט־אַדרעס</label><input type="email" name="EMAIL" class="required email" id="mce-EMAIL" required="" dir="ltr"></div>
          <div aria-hidden="true" style="position: absolute; left: -5000px;"><input type="text" name="b_3f8a2c1d9e_7b6d5e4f3a" tabindex="-1" value=""></div>
          <div class="clear"><input type="submit" name="subscribe" id="mc-embedded-subscribe" class="button" value="אַבאָנירן"></div>
        </div>
      </form>
    </div>
  </section>

  <section class="related">
    <h2>ענלעכע אַרטיקלען</h2>
    <ul class="post-list">{related}</ul>
  </section>

  <section class="comments" id="comments">
    <h2>קאָמענטאַרן</h2>
    <script src="https://giscus.example/client.js" data-repo="lindenfeld-bleter/site-comments" data-repo-id="R_kgDOJx0a1b" data-category="Comments" data-category-id="DIC_kwDOJx0a1c4CXy2z" data-mapping="pathname" data-strict="0" data-reactions-enabled="1" data-emit-metadata="0" data-input-position="top" data-theme="light" data-lang="en" crossorigin="anonymous" async></script>
    <noscript>כּדי צו זען די קאָמענטאַרן, דאַרף מען JavaScript.</noscript>
  </section>

  <a class="u-url" href="{path}" hidden></a>
</article>

      </div>
    </main><footer class="site-footer h-card">
  <data class="u-url" href="/"></data>

  <div class="wrapper">

    <h2 class="footer-heading">די לינדנפֿעלדער בלעטער</h2>

    <div class="footer-col-wrapper">
      <div class="footer-col footer-col-1">
        <ul class="contact-list">
          <li class="p-name">רעדאַקציע: די לינדנפֿעלדער בלעטער</li><li><a class="u-email" href="mailto:redaktsye@bleter.example">redaktsye@bleter.example</a></li></ul>
      </div>

      <div class="footer-col footer-col-2"><ul class="social-media-list"><li><a href="https://www.instagram.example/bleter"><span class="username">bleter</span></a></li><li><a href="/feed.xml"><span class="username">RSS</span></a></li></ul>
</div>

      <div class="footer-col footer-col-3">
        <p>אַ וואָכנשריפֿט פֿאַר ייִדישער קולטור אין לינדנפֿעלד און אַרום, זינט 2019.</p>
      </div>
    </div>

  </div>

</footer>
</body>

</html>
"""


def corsican(art):
    """Kirby CMS 4: the body a blocks field, each block in ``block block-type-*`` with its id."""
    site = "https://www.avocedivalle.example"
    url = f"{site}/attualita/sucieta/u-mulinu-di-petralba"
    media = f"{site}/media/pages/attualita/sucieta/u-mulinu-di-petralba"
    ps = art["paragraphs"]

    def block(uid, kind, inner):
        return f'<div id="{uid}" class="block block-type-{kind}">{inner}</div>'

    def text(uid, a, b):
        return block(uid, "text", "".join(f"<p>{e(p)}</p>" for p in ps[a:b]))

    def heading(uid, i):
        return block(uid, "heading", f"<h2>{e(ps[i][3:])}</h2>")

    blocks = [
        text("b3c1f0a2-6d4e-4f7a-9b21-0c5e8a7d3f10", 0, 2),
        block(
            "e81a9c3d-2b5f-4c60-8d7e-1f2a3b4c5d6e",
            "related",
            f'<aside class="related-inline"><span class="related-inline__label">Da leghje dinù</span><a href="{site}/cultura/patrimoniu/i-mulini-di-a-valle-un-inventariu">I mulini di a Valle: un inventariu per ùn scurdassi di nunda</a></aside>',
        ),
        heading("4f2d7b91-0a3c-4e58-b6d2-7c8e9f0a1b2c", 2),
        text("9a7c5e3b-1d2f-4a6b-8c0d-2e4f6a8b0c1d", 3, 6),
        block(
            "c5d6e7f8-9a0b-4c1d-8e2f-3a4b5c6d7e8f",
            "image",
            f'<figure><img src="{media}/5b2e9d1a7c-1762590118/rota-nova-1200x.jpg" alt="A rota nova di u mulinu" width="1200" height="800" loading="lazy"><figcaption>Lisandru Pieri è i membri di l\'associu davanti à a rota nova. Ritrattu: G. M. Santoni</figcaption></figure>',
        ),
        heading("1b2c3d4e-5f60-4718-a9b0-c1d2e3f4a5b6", 6),
        text("7e8f9a0b-1c2d-4e3f-9a4b-5c6d7e8f9a0b", 7, 9),
        block(
            "0f1e2d3c-4b5a-4968-8776-655443322110",
            "ad",
            '<div class="ad-slot"><span class="ad-slot__label">Publicità</span><ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-0000000000000000" data-ad-slot="7310458821" data-ad-format="auto" data-full-width-responsive="true"></ins></div>',
        ),
        text("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d", 9, len(ps)),
    ]
    body = "\n".join(blocks)
    cur = ' aria-current="page"'
    nav = "".join(
        f'<a href="{site}/{h}"{cur if t == "Attualità" else ""}>{t}</a>'
        for h, t in [
            ("attualita", "Attualità"),
            ("sucieta", "Sucietà"),
            ("cultura", "Cultura"),
            ("lingua", "Lingua"),
            ("sport", "Sport"),
            ("agenda", "Agenda"),
        ]
    )
    related = "".join(
        f'<li class="card"><a href="{site}/{h}"><img src="{site}/media/pages/{h}/{img}" alt="" loading="lazy" width="400" height="260"><h3>{e(t)}</h3></a><p>{e(x)}</p><time datetime="{dt}">{d}</time></li>'
        for h, img, t, x, dt, d in [
            (
                "cultura/patrimoniu/i-mulini-di-a-valle-un-inventariu",
                "2c4e6a8b0d-1759912002/mulini-valle-400x.jpg",
                "I mulini di a Valle: un inventariu per ùn scurdassi di nunda",
                "Un studiente di l'Università di Corsica hà censatu 41 mulini trà u mare è a muntagna, a più parte in ruvina.",
                "2025-10-09",
                "9 d'ottobre",
            ),
            (
                "sucieta/a-fiera-di-a-castagna-torna-in-dicembre",
                "7a9c1e3b5d-1761210030/fiera-castagna-400x.jpg",
                "A fiera di a castagna torna in dicembre",
                "Più di centu espusitori sò aspettati per trè ghjorni, cù una ghjurnata sana cunsacrata à i zitelli.",
                "2025-10-24",
                "24 d'ottobre",
            ),
            (
                "sucieta/castagnicultori-una-racolta-magra",
                "3e5a7c9b1d-1760004511/castagni-400x.jpg",
                "Castagnicultori: una racolta magra dopu à un statu seccu",
                "A seccia di l'estate hà fattu calà a pruduzzione di guasi un terzu in certi paesi di a valle.",
                "2025-10-10",
                "10 d'ottobre",
            ),
        ]
    )
    agenda = "".join(
        f"<li><time>{d}</time><strong>{e(t)}</strong><p>{e(x)}</p></li>"
        for d, t, x in [
            (
                "15.11",
                "Veghja di canti in Petralba",
                "I cantadori di a valle si ritrovanu in a sala di a cumuna à 6 ore di sera.",
            ),
            (
                "22.11",
                "Mercatu di i pruduttori",
                "Farina, casgi è salumi nant'à a piazza di a ghjesgia, tutta a matinata.",
            ),
        ]
    )
    most = "".join(
        f'<li><a href="{site}/{h}">{e(t)}</a></li>'
        for h, t in [
            ("attualita/u-portu-chjosu-per-a-timpesta", "U portu chjosu per via di a timpesta"),
            ("lingua/un-dizziunariu-novu-in-linea", "Un dizziunariu novu in linea per i scularii"),
            ("sport/u-club-di-a-valle-vince-u-derby", "U club di a valle vince u derby"),
        ]
    )
    content = f"""<div class="cookie-banner" data-cookie-banner role="dialog" aria-label="Cookies"><p>Stu situ adopra cookies per misurà l'audienza è migliurà a vostra sperienza. Pudete accettalli o ricusalli quandu vulete.</p><div class="cookie-banner__buttons"><button type="button" data-cookie-accept>Accettà</button><button type="button" data-cookie-deny>Ricusà</button><a href="{site}/vita-privata">Parametri</a></div></div>
<a class="skip" href="#main">Andà à u cuntenutu</a>
<header class="header">
<a class="logo" href="{site}"><img src="{site}/assets/images/logo-avocedivalle.svg" alt="A Voce di a Valle" width="210" height="52"></a>
<nav class="menu">{nav}</nav>
<nav class="languages" aria-label="Lingue"><a href="{url}" hreflang="co" aria-current="true">CO</a><a href="{site}/fr/actualite/societe/le-moulin-de-petralba" hreflang="fr">FR</a></nav>
<a class="btn btn--small" href="{site}/abbunassi">Abbunassi</a>
</header>
<main class="main" id="main">
<div class="layout">
<article class="article">
<header class="article-header">
<a class="article-category" href="{site}/sucieta">Sucietà</a>
<h1 class="article-title">{e(art["title"])}</h1>
<p class="article-intro">Chjosu dapoi u 1993, u vechju mulinu à acqua hè statu rimessu in piedi da una decina di ghjovani di u paese.</p>
<div class="article-meta"><span class="article-author">Da <a href="{site}/autori/ghjuvan-maria-santoni">{e(art["author"])}</a></span><time datetime="2025-11-08T09:30:00+01:00">sabbatu 8 di nuvembre 2025</time><span class="article-reading">Lettura: 3 min</span></div>
<div class="share"><span>Sparte:</span><a href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" rel="noopener">Facebook</a><a href="https://x.com/intent/post?url={url}" target="_blank" rel="noopener">X</a><a href="https://wa.me/?text={url}" target="_blank" rel="noopener">WhatsApp</a><a href="mailto:?subject=U%20mulinu%20di%20Petralba&amp;body={url}">Mail</a></div>
</header>
<figure class="article-cover"><img src="{media}/8c1d3e5f7a-1762590007/mulinu-petralba-1600x.jpg" srcset="{media}/8c1d3e5f7a-1762590007/mulinu-petralba-800x.jpg 800w, {media}/8c1d3e5f7a-1762590007/mulinu-petralba-1600x.jpg 1600w" sizes="(min-width: 60rem) 50rem, 100vw" alt="U mulinu di Petralba" width="1600" height="1000"><figcaption>U mulinu di Petralba, sabbatu, u ghjornu di a prima macinata. Ritrattu: G. M. Santoni</figcaption></figure>
<div class="article-body blocks">
{body}
</div>
<footer class="article-footer"><div class="tags"><span>Etichette:</span><a href="{site}/etichette/mulini">mulini</a><a href="{site}/etichette/castagna">castagna</a><a href="{site}/etichette/patrimoniu">patrimoniu</a><a href="{site}/etichette/petralba">Petralba</a></div></footer>
<aside class="support"><h2>Sustenite A Voce di a Valle</h2><p>Simu un ghjurnale indipendente chì scrive ogni ghjornu in lingua corsa. Cù un abbunamentu, ci aiutate à cuntinuà.</p><a class="btn" href="{site}/abbunassi">Mi abbonu</a></aside>
<section class="related"><h2>Articuli ligati</h2><ul class="cards">{related}</ul></section>
<section class="newsletter"><h2>A lettera di a settimana</h2><p>Ogni venneri, e nutizie di a valle in a vostra casella di posta.</p><form action="{site}/lettera" method="post"><input type="email" name="email" placeholder="U vostru indirizzu email" required><input type="hidden" name="csrf" value="b5d9e1f3a7c2"><button type="submit">Abbunassi</button></form></section>
</article>
<aside class="sidebar">
<section class="agenda"><h2>Agenda</h2><ul>{agenda}</ul></section>
<section class="most-read"><h2>I più letti</h2><ol>{most}</ol></section>
</aside>
</div>
</main>
<footer class="footer">
<p>A Voce di a Valle – ghjurnale in linea in lingua corsa, cù u sustegnu di a Cullettività di Corsica.</p>
<nav><a href="{site}/menzione-legale">Menzione legale</a><a href="{site}/vita-privata">Vita privata</a><a href="{site}/cuntattu">Cuntattu</a><a href="#" data-cookie-settings>Gestione di i cookies</a></nav>
<p class="footer__made">Fattu cù <a href="https://getkirby.com">Kirby</a></p>
</footer>
<script src="{site}/assets/js/index.js" defer></script>"""
    head = f"""<meta name="description" content="Chjosu dapoi u 1993, u vechju mulinu à acqua di Petralba hè statu rimessu in piedi.">
<meta property="og:image" content="{media}/8c1d3e5f7a-1762590007/mulinu-petralba-1200x630-crop.jpg">
<meta property="article:published_time" content="{art["date"]}T09:30:00+01:00">
<link rel="alternate" hreflang="co" href="{url}">
<link rel="alternate" hreflang="fr" href="{site}/fr/actualite/societe/le-moulin-de-petralba">
<link href="{site}/assets/css/index.css" rel="stylesheet">
"""
    return page(art, "A Voce di a Valle", url, content, "co", head=head, sep=" – ")


def fire(art):
    """Squiz Matrix: AGLS metadata, ``noindex`` sections, ``__data/assets`` paths, ``./?a=`` links."""
    site = "https://www.hsfr.example.gov.au"
    url = f"{site}/news-and-media/media-releases/2025/crews-contain-dunmore-factory-fire"
    ps = art["paragraphs"]
    n = len(ps)
    label, rest = ps[-1].split(": ", 1)
    update = f"<p><strong>{e(label)}:</strong> {e(rest)}</p>"
    body = paras(art, stop=n - 1) + "\n" + update
    nav = "".join(
        f'<li class="main-nav__item{" main-nav__item--active" if t == "News and media" else ""}"><a href="{site}/{h}" class="main-nav__link">{t}</a></li>'
        for h, t in [
            ("plan-and-prepare", "Plan and prepare"),
            ("incidents-and-warnings", "Incidents and warnings"),
            ("your-home", "Your home"),
            ("business-and-industry", "Business and industry"),
            ("community-safety", "Community safety"),
            ("careers-and-volunteering", "Careers and volunteering"),
            ("about-us", "About us"),
            ("news-and-media", "News and media"),
        ]
    )
    related = "".join(
        f'<li class="news-card"><a class="news-card__link" href="{site}/news-and-media/media-releases/2025/{s}"><h3 class="news-card__title">{e(t)}</h3></a><p class="news-card__date">{d}</p><p class="news-card__summary">{e(x)}</p></li>'
        for s, t, d, x in [
            (
                "warehouse-fire-safety-campaign",
                "Warehouse owners urged to check fire systems before summer",
                "2 December 2025",
                "Fire safety officers will visit 400 industrial sites across the metropolitan area over the next three months.",
            ),
            (
                "lithium-battery-recycling-fires",
                "Battery fires at recycling centres prompt new warning",
                "18 November 2025",
                "Crews have attended 27 fires caused by lithium-ion batteries thrown into household bins this year.",
            ),
            (
                "dunmore-fire-station-upgrade",
                "Dunmore Fire Station to get second aerial appliance",
                "4 November 2025",
                "The $2.8 million appliance will be based at Dunmore from early next year and serve the western industrial corridor.",
            ),
        ]
    )
    content = f"""<!--noindex-->
<a href="#main-content" class="skip-link">Skip to main content</a>
<div class="emergency-bar"><div class="container"><p class="emergency-bar__call"><strong>In an emergency call Triple Zero (000)</strong></p><ul class="emergency-bar__links"><li><a href="{site}/incidents-and-warnings/current-incidents">Current incidents</a></li><li><a href="{site}/incidents-and-warnings/fire-danger-ratings">Fire Danger Ratings</a></li><li><a href="{site}/incidents-and-warnings/total-fire-bans">Total Fire Bans</a></li></ul></div></div>
<div class="incident-alert incident-alert--advice" role="alert"><div class="container"><p class="incident-alert__level">Advice</p><p class="incident-alert__title">Smoke – Dunmore industrial estate</p><p class="incident-alert__text">Smoke from a factory fire may affect Dunmore, Ferris Park and Lyall. Stay indoors and keep windows and doors closed.</p><a class="incident-alert__link" href="./?a=398117">More information</a></div></div>
<header class="site-header"><div class="container site-header__inner">
<a class="site-header__logo" href="{site}/"><img src="{site}/__data/assets/file/0018/301122/hsfr-logo.svg" alt="Harbour State Fire and Rescue" width="240" height="70"></a>
<form class="site-search" action="https://search.hsfr.example.gov.au/s/search.html" method="get" role="search"><input type="hidden" name="collection" value="hsfr~sp-website"><input type="hidden" name="profile" value="_default"><label class="visuallyhidden" for="site-search-query">Search</label><input type="text" id="site-search-query" name="query" placeholder="Search"><button type="submit" class="site-search__submit">Search</button></form>
</div>
<nav class="main-nav" aria-label="Main"><div class="container"><ul class="main-nav__list">{nav}</ul></div></nav></header>
<nav class="breadcrumbs" aria-label="Breadcrumb"><div class="container"><ol><li><a href="{site}/">Home</a></li><li><a href="{site}/news-and-media">News and media</a></li><li><a href="{site}/news-and-media/media-releases">Media releases</a></li><li aria-current="page">{e(art["title"])}</li></ol></div></nav>
<!--endnoindex-->
<main id="main-content" class="main"><div class="container"><div class="row">
<div class="col-md-8">
<article class="media-release">
<p class="media-release__type">Media release</p>
<h1 class="media-release__title">{e(art["title"])}</h1>
<div class="media-release__meta"><p>Published: <time datetime="2025-12-09T09:40:00+11:00">9 December 2025, 9.40am</time></p><p>Updated: <time datetime="2025-12-09T14:30:00+11:00">9 December 2025, 2.30pm</time></p></div>
<figure class="media-release__image"><img src="{site}/__data/assets/image/0019/398104/Kesterton-Rd-fire-crews.jpg" alt="Firefighters and aerial appliances at a smoking warehouse" width="1200" height="675"><figcaption>Firefighters work to contain the fire on Kesterton Road, Dunmore. Image: HSFR Media</figcaption></figure>
<div id="content" class="content media-release__body">
{body}
</div>
<div class="media-release__contact"><h2>Media enquiries</h2><p>HSFR Media and Communications (24 hours): <a href="tel:0255504100">02 5550 4100</a></p><p>Images and vision from the scene are available to media on request.</p></div>
<div class="share"><h2 class="share__title">Share this page</h2><ul class="share__list"><li><a href="https://www.facebook.com/sharer/sharer.php?u={url}">Facebook</a></li><li><a href="https://x.com/intent/post?url={url}">X</a></li><li><a href="https://www.linkedin.com/sharing/share-offsite/?url={url}">LinkedIn</a></li><li><a href="mailto:?subject=Crews%20contain%20Dunmore%20factory%20fire&amp;body={url}">Email</a></li></ul></div>
</article>
<!--noindex-->
<section class="related-news"><h2>Related news</h2><ul class="news-cards">{related}</ul><a class="btn btn--secondary" href="{site}/news-and-media/media-releases">All media releases</a></section>
<div class="page-feedback"><form action="./?a=376221" method="post" class="page-feedback__form"><h2 class="page-feedback__title">Was this page helpful?</h2><div class="page-feedback__buttons"><button type="button" name="helpful" value="yes">Yes</button><button type="button" name="helpful" value="no">No</button></div><div class="page-feedback__more" hidden><label for="q376221_q2">Tell us how we can improve this page (optional)</label><textarea id="q376221_q2" name="q376221:q2" rows="3"></textarea><p class="page-feedback__note">Please don't include personal information. We can't reply to feedback left here.</p><input type="hidden" name="SQ_FORM_376221_PAGE" value="1"><button type="submit" name="form_email_376221_submit">Submit</button></div></form></div>
<p class="last-updated">Page last updated: 9 December 2025</p>
</div>
<aside class="col-md-4 sidebar">
<div class="promo-tile"><img src="{site}/__data/assets/image/0012/355602/fire-ready-app-tile.png" alt="" width="400" height="240"><h2 class="promo-tile__title">Get the Fire Ready app</h2><p>Receive warnings for the places you care about and check fire danger ratings wherever you are.</p><a class="btn" href="{site}/plan-and-prepare/fire-ready-app">Download the app</a></div>
<div class="link-list"><h2 class="link-list__title">Smoke and your health</h2><ul><li><a href="{site}/plan-and-prepare/smoke-and-your-health">Protecting yourself from smoke</a></li><li><a href="{site}/incidents-and-warnings/air-quality">Check air quality</a></li><li><a href="{site}/plan-and-prepare/asthma-action-plan">Asthma and smoke</a></li></ul></div>
<div class="social-follow"><h2>Follow us</h2><ul><li><a href="https://www.facebook.example/HSFR">Facebook</a></li><li><a href="https://www.instagram.example/hsfr">Instagram</a></li><li><a href="https://www.youtube.example/@HSFR">YouTube</a></li></ul></div>
</aside>
</div></div></main>
<footer class="site-footer"><div class="container">
<div class="site-footer__acknowledgement"><p>Harbour State Fire and Rescue acknowledges the Traditional Custodians of the lands on which we live and work, and pays respect to Elders past and present.</p></div>
<ul class="site-footer__links"><li><a href="{site}/about-us/contact-us">Contact us</a></li><li><a href="{site}/accessibility">Accessibility</a></li><li><a href="{site}/privacy">Privacy</a></li><li><a href="{site}/copyright">Copyright</a></li><li><a href="{site}/disclaimer">Disclaimer</a></li><li><a href="{site}/sitemap">Sitemap</a></li></ul>
<p class="site-footer__copy">© Harbour State Government 2025</p>
</div></footer>
<!--endnoindex-->
<script src="{site}/__data/assets/js_file_folder/0020/371004/main.min.js?v=0.2.41"></script>"""
    head = f"""<meta name="description" content="Firefighters have contained a large fire at a plastics recycling factory in Dunmore's industrial estate.">
<link rel="schema.AGLSTERMS" href="http://www.agls.gov.au/agls/terms/">
<link rel="schema.DCTERMS" href="http://purl.org/dc/terms/">
<meta name="DCTERMS.title" content="{e(art["title"])}">
<meta name="DCTERMS.creator" scheme="AGLSTERMS.GOLD" content="corporateName=Harbour State Fire and Rescue; jurisdiction=Harbour State">
<meta name="DCTERMS.publisher" content="corporateName=Harbour State Fire and Rescue">
<meta name="DCTERMS.created" scheme="DCTERMS.ISO8601" content="2025-12-09T09:40:00+11:00">
<meta name="DCTERMS.modified" scheme="DCTERMS.ISO8601" content="2025-12-09T14:30:00+11:00">
<meta name="DCTERMS.type" scheme="AGLSTERMS.Document" content="Media release">
<meta name="AGLSTERMS.function" scheme="AGLSTERMS.AGIFT" content="Emergency services">
<meta name="DCTERMS.language" scheme="RFC5646" content="en-AU">
<link rel="stylesheet" href="{site}/__data/assets/css_file_folder/0021/371003/styles.min.css?v=0.2.41">
"""
    return page(
        art,
        "Harbour State Fire and Rescue",
        url,
        content,
        "en-AU",
        head=head,
        html_attrs=' class="no-js"',
    )


def school(art):
    """Finalsite: a news post page, ``fsElement``/``fsPostElement`` markup with the post in ``fsBody``."""
    site = "https://www.cedarvalleyusd.example"
    url = (
        f"{site}/about-us/district-news/~board/district-news/post/board-approves-later-start-times"
    )
    ps = art["paragraphs"]
    n = len(ps)
    label, rest = ps[-1].split(": ", 1)
    correction = f"<p><em>{e(label)}: {e(rest)}</em></p>"
    fig = '<figure class="fsImage fsResourceImage"><img src="https://resources.finalsite.example/images/f_auto,q_auto,t_image_size_4/v1733860000/cedarvalleyusdorg/x8kq2mz1abcdp9/CVHS_morning_arrival.jpg" alt="Students walk into Cedar Valley High School in the morning" width="900" height="600"><figcaption class="fsCaption">Students arrive at Cedar Valley High School before the 7:25 a.m. bell.</figcaption></figure>'
    rel = f'<p><strong>Related:</strong> <a href="{site}/fs/resource-manager/view/5d2a9c41-7e3b-4f1a-b8c6-2d0e9f7a3b15">Bell schedule presentation to the Board of Education (PDF)</a></p>'
    body = paras(art, h="h3", stop=n - 1, between={1: fig, 9: rel}) + "\n" + correction

    def nav2(items):
        return "".join(
            f'<li class="fsNavPageInfo"><a href="{site}{h}">{e(t)}</a></li>' for h, t in items
        )

    nav = "".join(
        f'<li class="fsNavParentPage{" fsNavCurrentPageAncestor" if t == "About Us" else ""}"><a href="{site}{h}" class="fsNavLevel1Link">{e(t)}</a><div class="fsNavPageInfo"><ul class="fsNavLevel2">{nav2(subs)}</ul></div></li>'
        for h, t, subs in [
            (
                "/about-us",
                "About Us",
                [
                    ("/about-us/district-news", "District News"),
                    ("/about-us/board-of-education", "Board of Education"),
                    ("/about-us/superintendent", "Superintendent"),
                ],
            ),
            (
                "/schools",
                "Schools",
                [
                    ("/schools/elementary", "Elementary Schools"),
                    ("/schools/secondary", "Middle & High Schools"),
                ],
            ),
            (
                "/families",
                "Families",
                [
                    ("/families/enrollment", "Enrollment"),
                    ("/families/transportation", "Transportation"),
                    ("/families/nutrition", "Nutrition Services"),
                ],
            ),
            (
                "/departments",
                "Departments",
                [("/departments/hr", "Human Resources"), ("/departments/technology", "Technology")],
            ),
            ("/employment", "Employment", [("/employment/openings", "Current Openings")]),
        ]
    )
    quick = "".join(
        f'<li><a href="{site}{h}">{e(t)}</a></li>'
        for h, t in [
            ("/calendar", "Calendar"),
            ("/families/nutrition/menus", "Menus"),
            ("/staff-directory", "Staff Directory"),
            ("/families/parent-portal", "Parent Portal"),
            ("/families/enrollment", "Enrollment"),
        ]
    )
    more = "".join(
        f'<article class="fsStyleHasImage"><div class="fsThumbnail"><img src="https://resources.finalsite.example/images/f_auto,q_auto,t_image_size_1/v1733000000/cedarvalleyusdorg/{img}" alt="" loading="lazy"></div><div class="fsTitle"><a class="fsPostLink" href="{site}/about-us/district-news/~board/district-news/post/{s}">{e(t)}</a></div><time class="fsDate" datetime="{dt}">{d}</time><div class="fsSummary"><p>{e(x)}</p></div><a class="fsReadMoreLink" href="{site}/about-us/district-news/~board/district-news/post/{s}">Read More<span class="fsStyleSROnly"> about {e(t)}</span></a></article>'
        for s, img, t, dt, d, x in [
            (
                "northgate-robotics-state",
                "n3rbt2024state/robotics.jpg",
                "Northgate robotics team heads to state championship",
                "2025-12-08",
                "December 8, 2025",
                "The Iron Owls finished second of 38 teams at the regional qualifier and will compete at the state championship in February.",
            ),
            (
                "winter-meal-program",
                "w1ntrmeals/meals.jpg",
                "Free meals available to all students over winter break",
                "2025-12-04",
                "December 4, 2025",
                "Grab-and-go breakfast and lunch will be served at three school sites on weekdays from Dec. 22 to Jan. 2.",
            ),
            (
                "kindergarten-registration-2026",
                "k1ndrreg26/kinder.jpg",
                "Kindergarten registration for 2026-27 opens Jan. 12",
                "2025-12-01",
                "December 1, 2025",
                "Families of children who turn 5 by Sept. 1 can register online or at any elementary school office.",
            ),
        ]
    )
    content = f"""<div id="fsPageWrapper" class="fsPageWrapper">
<a href="#fsPageContent" class="fsSkipLink">Skip To Main Content</a>
<header id="fsHeader" class="fsHeader" role="banner">
<div class="fsBanner">
<section id="fsEl_1180" class="fsElement fsContent fsAlertBar" aria-label="Alert"><div class="fsElementContent"><p><strong>Reminder:</strong> Winter break begins Monday, Dec. 22. Schools reopen Tuesday, Jan. 6.</p></div></section>
<div class="fsDiv fsHeaderTop">
<section id="fsEl_1181" class="fsElement fsContent fsUtilityNav" aria-label="Utility Links"><div class="fsElementContent"><ul><li><a href="{site}/employment">Careers</a></li><li><a href="{site}/contact-us">Contact Us</a></li><li><a href="https://cedarvalley.schoolpay.example">Pay Fees</a></li></ul></div></section>
<div id="fsEl_1182" class="fsElement fsTranslate"><label for="fsTranslateSelect_1182">Translate</label><select id="fsTranslateSelect_1182" class="fsTranslateSelect"><option value="en" selected>English</option><option value="es">Español</option><option value="vi">Tiếng Việt</option><option value="zh-CN">中文</option><option value="pa">ਪੰਜਾਬੀ</option></select></div>
<div id="fsEl_1183" class="fsElement fsSearch"><form action="{site}/search" method="get" class="fsSearchForm"><label for="fsSearchInput_1183" class="fsStyleSROnly">Search</label><input type="text" id="fsSearchInput_1183" name="keywords" placeholder="Search"><button type="submit" class="fsSearchButton"><span class="fsStyleSROnly">Submit Search</span></button></form></div>
</div>
<div class="fsDiv fsHeaderMain"><div id="fsEl_1184" class="fsElement fsContent fsLogo"><a href="{site}/"><img src="https://resources.finalsite.example/images/v1700000000/cedarvalleyusdorg/logo/cvusd-logo.svg" alt="Cedar Valley Unified School District"></a></div>
<nav id="fsEl_1185" class="fsNavigation fsMegaMenu" aria-label="Main Navigation"><ul class="fsNavLevel1">{nav}</ul></nav></div>
</div>
</header>
<div id="fsPageBodyWrapper" class="fsPageBodyWrapper"><div id="fsPageBody" class="fsStyleAutoclear fsPageBody">
<main id="fsPageContent" class="fsPageContent"><div class="fsPageLayout fsLayout fsTwoColumnLayout fsStyleAutoclear">
<div class="fsDiv fsStyleAutoclear fsLayoutColumn fsMainColumn">
<nav id="fsEl_2401" class="fsElement fsBreadcrumbs" aria-label="Breadcrumb"><ul><li><a href="{site}/">Home</a></li><li><a href="{site}/about-us">About Us</a></li><li><a href="{site}/about-us/district-news">District News</a></li></ul></nav>
<section id="fsEl_2412" class="fsElement fsPostElement fsBoard-district-news" aria-label="District News Post"><div class="fsElementContent">
<article class="fsPost fsStyleHasImage">
<div class="fsCategories"><a href="{site}/about-us/district-news?category=board">Board of Education</a>, <a href="{site}/about-us/district-news?category=high-schools">High Schools</a></div>
<h1 class="fsTitle">{e(art["title"])}</h1>
<div class="fsAuthor">By <span class="fsStyleAuthor">{e(art["author"])}</span>, Communications Coordinator</div>
<time class="fsDate" datetime="2025-12-10T15:00:00-08:00">December 10, 2025</time>
<div class="fsBody">
{body}
</div>
<div class="fsPostShare"><span class="fsPostShareLabel">Share:</span><a href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" rel="noopener">Facebook</a><a href="https://x.com/intent/post?url={url}" target="_blank" rel="noopener">X</a><a href="mailto:?subject=Board%20approves%20later%20start%20times&amp;body={url}">Email</a><button type="button" class="fsCopyLink" data-url="{url}">Copy Link</button></div>
<a class="fsBackLink" href="{site}/about-us/district-news">Back to All News</a>
</article>
</div></section>
<section id="fsEl_2413" class="fsElement fsPostElement fsList fsBoard-district-news" aria-labelledby="fsHeading_2413"><header class="fsElementHeader"><h2 class="fsElementTitle" id="fsHeading_2413">More District News</h2></header><div class="fsElementContent">{more}</div><footer class="fsElementFooterContent"><a href="{site}/about-us/district-news" class="fsButton">View All News</a></footer></section>
</div>
<div class="fsDiv fsStyleAutoclear fsLayoutColumn fsSideColumn">
<section id="fsEl_2420" class="fsElement fsContent fsQuickLinks" aria-labelledby="fsHeading_2420"><header class="fsElementHeader"><h2 class="fsElementTitle" id="fsHeading_2420">Quick Links</h2></header><div class="fsElementContent"><ul>{quick}</ul></div></section>
<section id="fsEl_2421" class="fsElement fsContent fsCallout" aria-labelledby="fsHeading_2421"><header class="fsElementHeader"><h2 class="fsElementTitle" id="fsHeading_2421">Stay Connected</h2></header><div class="fsElementContent"><p>Download the Cedar Valley USD app to get school news, lunch menus and emergency alerts on your phone.</p><p><a class="fsButton" href="{site}/app">Get the App</a></p></div></section>
</div>
</div></main>
</div></div>
<footer id="fsFooter" class="fsFooter" role="contentinfo">
<div class="fsDiv fsFooterMain">
<section id="fsEl_1190" class="fsElement fsContent fsFooterAddress"><div class="fsElementContent"><p><strong>Cedar Valley Unified School District</strong></p><p>1400 Orchard Way, Cedar Valley</p><p>Phone: (555) 010-2200 | Fax: (555) 010-2299</p></div></section>
<section id="fsEl_1191" class="fsElement fsContent fsFooterSocial"><div class="fsElementContent"><ul><li><a href="https://www.facebook.example/CedarValleyUSD">Facebook</a></li><li><a href="https://www.instagram.example/cedarvalleyusd">Instagram</a></li><li><a href="https://www.youtube.example/@CedarValleyUSD">YouTube</a></li></ul></div></section>
</div>
<section id="fsEl_1192" class="fsElement fsContent fsNondiscrimination"><div class="fsElementContent"><p>Cedar Valley Unified School District does not discriminate on the basis of race, color, national origin, sex, disability or age in any of its programs and activities. Questions may be directed to the Title IX Coordinator at (555) 010-2250.</p></div></section>
<div class="fsDiv fsFooterBottom"><ul class="fsFooterLinks"><li><a href="{site}/accessibility">Accessibility Statement</a></li><li><a href="{site}/nondiscrimination">Notice of Non-Discrimination</a></li><li><a href="{site}/privacy">Privacy Policy</a></li></ul><div id="fsEl_1193" class="fsElement fsPoweredByFinalsite"><a href="https://www.finalsite.example" target="_blank" rel="noopener">Powered by Finalsite</a></div></div>
</footer>
</div>
<script src="https://resources.finalsite.example/scripts/jquery/3.7.1/jquery.min.js"></script>
<script>var FS = FS || {{}}; FS.siteId = 4821; FS.pageId = 2; FS.environment = "production";</script>
<script src="{site}/cf_scripts/fs_client.js?v=20251203"></script>"""
    head = f"""<meta name="description" content="The Board of Education voted to move the start of the high school day to 8:30 a.m. beginning in the 2026-27 school year.">
<meta property="og:image" content="https://resources.finalsite.example/images/f_auto,q_auto,t_image_size_4/v1733860000/cedarvalleyusdorg/x8kq2mz1abcdp9/CVHS_morning_arrival.jpg">
<meta property="article:published_time" content="{art["date"]}T15:00:00-08:00">
<link rel="stylesheet" href="{site}/cf_stylesheets/fs_client.css?v=20251203">
<link rel="stylesheet" href="{site}/uploaded/themes/default_22/main.css?v=1733500000">
"""
    return page(
        art,
        "Cedar Valley Unified School District",
        url,
        content,
        "en-US",
        head=head,
        body_attrs=' class="fsBody fsPageType-post fsSectionAbout fsLoggedOut"',
    )


def gaming(art):
    """Remix 2: server-rendered article route, the body again as Portable Text in ``__remixContext``."""
    site = "https://www.playfield.example"
    slug = "harbourlight-delayed-2026-lanternfly-publisher-split"
    path = f"/news/{slug}"
    url = f"{site}{path}"
    ps = art["paragraphs"]
    label, rest = ps[0].split(": ", 1)
    update = f'<p class="article-body__update"><strong>{e(label)}:</strong> {e(rest)}</p>'
    ad = '<div class="ad-slot ad-slot--inline" data-ad-unit="article-mid-1" aria-hidden="false"><span class="ad-slot__label">Advertisement</span><div id="ad-article-mid-1" class="ad-slot__container" style="min-height:250px"></div></div>'
    trailer = '<figure class="embed embed--youtube"><div class="embed__frame"><iframe src="https://www.youtube-nocookie.example/embed/hbl-reveal-2022" title="Harbourlight - Reveal Trailer" loading="lazy" allow="accelerometer; encrypted-media; picture-in-picture" allowfullscreen=""></iframe></div><figcaption class="embed__caption">Harbourlight\'s reveal trailer, first shown in 2022.</figcaption></figure>'
    rel = f'<p class="article-body__related"><strong>Related:</strong> <a href="{site}/features/most-wishlisted-indie-games-summer-showcases">The 25 most-wishlisted indie games from this summer\'s showcases</a></p>'
    body = update + "\n" + paras(art, start=1, between={1: trailer, 3: ad, 7: rel})

    blocks = []
    for i, p in enumerate(ps):
        key = f"b{i:02d}a7f3e1"
        if i == 0:
            children = [
                {"_type": "span", "_key": f"{key}s0", "text": label + ":", "marks": ["strong"]},
                {"_type": "span", "_key": f"{key}s1", "text": " " + rest, "marks": []},
            ]
            blocks.append(
                {
                    "_type": "block",
                    "_key": key,
                    "style": "normal",
                    "markDefs": [],
                    "children": children,
                }
            )
        elif p.startswith("## "):
            blocks.append(
                {
                    "_type": "block",
                    "_key": key,
                    "style": "h2",
                    "markDefs": [],
                    "children": [{"_type": "span", "_key": f"{key}s0", "text": p[3:], "marks": []}],
                }
            )
        else:
            blocks.append(
                {
                    "_type": "block",
                    "_key": key,
                    "style": "normal",
                    "markDefs": [],
                    "children": [{"_type": "span", "_key": f"{key}s0", "text": p, "marks": []}],
                }
            )
        if i == 1:
            blocks.append(
                {
                    "_type": "youtube",
                    "_key": "yt01c9d2",
                    "url": "https://www.youtube-nocookie.example/embed/hbl-reveal-2022",
                    "caption": "Harbourlight's reveal trailer, first shown in 2022.",
                }
            )
    ctx = {
        "url": path,
        "state": {
            "loaderData": {
                "root": {
                    "user": None,
                    "env": {"SANITY_PROJECT_ID": "pf4x9k2m", "SANITY_DATASET": "production"},
                    "nav": ["News", "Reviews", "Guides", "Deals", "Videos", "Podcast"],
                },
                "routes/news.$slug": {
                    "article": {
                        "_id": "article-3f9c2b7e-harbourlight-delay",
                        "title": art["title"],
                        "slug": slug,
                        "dek": "The indie studio says it has taken back the rights to its lighthouse adventure and will finish it without a publisher.",
                        "author": {
                            "name": art["author"],
                            "role": "Senior News Writer",
                            "slug": "priya-castellan",
                        },
                        "publishedAt": "2025-10-30T18:05:00Z",
                        "updatedAt": "2025-10-30T20:10:00Z",
                        "tags": ["Harbourlight", "Lanternfly Games", "Indie games", "Delays"],
                        "body": blocks,
                        "commentCount": 12,
                    },
                    "trending": [
                        "Every game delayed out of 2025 so far",
                        "Steam Next Fest: 12 demos you should not miss",
                        "The best handheld PCs to buy right now",
                    ],
                },
            },
            "actionData": None,
            "errors": None,
        },
        "future": {
            "v3_fetcherPersist": True,
            "v3_relativeSplatPath": True,
            "v3_throwAbortReason": True,
        },
        "isSpaMode": False,
    }
    ctx_json = json.dumps(ctx, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
    nav = "".join(
        f'<li><a class="site-nav__link{" site-nav__link--active" if t == "News" else ""}" href="/{t.lower()}">{t}</a></li>'
        for t in ["News", "Reviews", "Guides", "Deals", "Videos", "Podcast"]
    )
    platforms = "".join(
        f'<li><a href="/{h}">{t}</a></li>'
        for h, t in [
            ("pc", "PC"),
            ("playstation", "PlayStation"),
            ("xbox", "Xbox"),
            ("nintendo", "Nintendo"),
            ("mobile", "Mobile"),
        ]
    )
    comments = "".join(
        f'<li class="comment"><div class="comment__header"><span class="comment__user">{e(u)}</span><time class="comment__time">{t}</time></div><p class="comment__text">{e(x)}</p><div class="comment__actions"><button type="button" class="comment__vote" aria-label="Upvote">▲ {v}</button><button type="button" class="comment__reply">Reply</button></div></li>'
        for u, t, x, v in [
            (
                "foghorn_leggy",
                "1h ago",
                "Honestly good for them. Splitting a narrative game into episodes to sell an expansion on day one sounds awful.",
                148,
            ),
            (
                "Marisol_Plays",
                "58m ago",
                "The demo was one of my favourite things from last summer. I can wait another year if it means the full game stays intact.",
                97,
            ),
            (
                "kettle_of_fish",
                "41m ago",
                "Curious whether the Switch version will hold up, the demo already dropped frames in the storm section on my Deck.",
                23,
            ),
        ]
    )
    trending = "".join(
        f'<li class="trending__item"><span class="trending__num">{i}</span><a href="/news/{h}">{e(t)}</a></li>'
        for i, (h, t) in enumerate(
            [
                ("every-game-delayed-2025", "Every game delayed out of 2025 so far"),
                ("steam-next-fest-demos", "Steam Next Fest: 12 demos you should not miss"),
                ("best-handheld-pc", "The best handheld PCs to buy right now"),
                ("ember-saga-patch-notes", "Ember Saga's 1.4 patch finally fixes co-op saves"),
            ],
            1,
        )
    )
    latest = "".join(
        f'<article class="teaser"><a href="/news/{h}" class="teaser__link"><h3 class="teaser__title">{e(t)}</h3></a><p class="teaser__dek">{e(x)}</p><time class="teaser__time">{d}</time></article>'
        for h, t, x, d in [
            (
                "northwind-interactive-layoffs-report",
                "Northwind Interactive trims 2026 slate after a quiet year",
                "The publisher has cancelled two unannounced projects, according to people familiar with its plans.",
                "3h ago",
            ),
            (
                "coastline-indie-festival-2026-dates",
                "Coastline Indie Festival announces 2026 dates and a new showcase",
                "Submissions for the festival's digital showcase open in December and close at the end of January.",
                "6h ago",
            ),
        ]
    )
    content = f"""<div class="site">
<div class="deals-strip"><p><strong>Deals:</strong> <a href="/deals/steam-autumn-sale-best-picks">The best Steam Autumn Sale picks under $10</a></p></div>
<header class="site-header"><div class="site-header__inner"><a href="/" class="site-header__logo" aria-label="Playfield home"><svg width="132" height="28" viewBox="0 0 132 28" aria-hidden="true"><rect width="132" height="28" rx="4"></rect></svg></a>
<nav class="site-nav" aria-label="Main"><ul class="site-nav__list">{nav}</ul></nav>
<div class="site-header__actions"><button type="button" class="site-header__search" aria-label="Search">Search</button><a href="/account/sign-in" class="site-header__signin">Sign in</a><a href="/newsletter" class="btn btn--accent">Newsletter</a></div></div>
<nav class="platform-nav" aria-label="Platforms"><ul>{platforms}</ul></nav></header>
<main class="page page--article"><div class="page__grid">
<article class="article" data-article-id="article-3f9c2b7e-harbourlight-delay">
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/news">News</a></li><li><a href="/pc">PC</a></li></ol></nav>
<header class="article__header">
<p class="article__kicker">News</p>
<h1 class="article__title">{e(art["title"])}</h1>
<p class="article__dek">The indie studio says it has taken back the rights to its lighthouse adventure and will finish it without a publisher.</p>
<div class="byline"><img class="byline__avatar" src="https://cdn.sanity.example/images/pf4x9k2m/production/2b8e0c5f-priya-castellan-96x96.jpg" alt="" width="40" height="40"><div class="byline__text"><a class="byline__author" href="/authors/priya-castellan">{e(art["author"])}</a><span class="byline__role">Senior News Writer</span></div><div class="byline__dates"><time dateTime="2025-10-30T18:05:00Z">published October 30, 2025</time><time dateTime="2025-10-30T20:10:00Z">updated 4:10 PM ET</time></div></div>
<div class="article__actions"><button type="button" class="article__share">Share</button><a class="article__comments" href="#comments">12 comments</a><button type="button" class="article__save">Save</button></div>
<figure class="article__hero"><img src="https://cdn.sanity.example/images/pf4x9k2m/production/a71c3e9d-harbourlight-keyart-1600x900.jpg?w=1200&amp;auto=format" alt="A lighthouse keeper on a rocky island at dusk" width="1200" height="675"><figcaption class="article__credit">(Image credit: Lanternfly Games)</figcaption></figure>
<p class="affiliate-disclosure">Playfield is supported by its audience. When you purchase through links on our site, we may earn an affiliate commission. <a href="/about/affiliates">Here's how it works</a>.</p>
</header>
<div class="article-body">
{body}
</div>
<aside class="game-card"><img src="https://cdn.sanity.example/images/pf4x9k2m/production/a71c3e9d-harbourlight-keyart-400x225.jpg" alt="" width="400" height="225"><div class="game-card__info"><h2 class="game-card__title">Harbourlight</h2><dl><dt>Developer</dt><dd>Lanternfly Games</dd><dt>Platforms</dt><dd>PC, PS5, Xbox Series X|S, Switch</dd><dt>Release date</dt><dd>2026</dd></dl><a class="btn btn--small" href="https://store.steampowered.example/app/2211870/Harbourlight/" rel="sponsored noopener" target="_blank">Wishlist on Steam</a></div></aside>
<div class="article__tags"><span>Topics</span><ul><li><a href="/tags/harbourlight">Harbourlight</a></li><li><a href="/tags/lanternfly-games">Lanternfly Games</a></li><li><a href="/tags/indie-games">Indie games</a></li><li><a href="/tags/delays">Delays</a></li></ul></div>
<div class="author-bio"><img src="https://cdn.sanity.example/images/pf4x9k2m/production/2b8e0c5f-priya-castellan-96x96.jpg" alt="" width="64" height="64"><div><a class="author-bio__name" href="/authors/priya-castellan">{e(art["author"])}</a><p class="author-bio__text">Priya is Playfield's senior news writer. She has covered the games industry for nine years, with a focus on independent studios and the people who work in them.</p></div></div>
<aside class="community-cta"><h2>Join the Playfield Discord</h2><p>Talk about today's news with thousands of other players in our community server.</p><a class="btn" href="https://discord.example/invite/playfield">Join now</a></aside>
<section class="comments" id="comments"><div class="comments__header"><h2>12 comments</h2><label>Sort by <select><option>Top</option><option>Newest</option></select></label></div>
<p class="comments__guidelines">Please keep comments civil and on topic. Read our <a href="/community-guidelines">community guidelines</a>.</p>
<ul class="comments__list">{comments}</ul><button type="button" class="btn btn--ghost comments__more">Load more comments</button></section>
</article>
<aside class="rail">
<div class="ad-slot ad-slot--rail" data-ad-unit="rail-1"><span class="ad-slot__label">Advertisement</span><div id="ad-rail-1" class="ad-slot__container" style="min-height:600px"></div></div>
<section class="trending"><h2 class="rail__title">Trending</h2><ol>{trending}</ol></section>
<section class="latest"><h2 class="rail__title">Latest news</h2>{latest}</section>
<section class="newsletter-box"><h2>The Daily Save</h2><p>The day's biggest gaming stories, deals and reviews, in your inbox every weekday morning.</p><form method="post" action="/newsletter/subscribe"><input type="email" name="email" placeholder="Your email address" required=""><button type="submit">Sign me up</button></form></section>
</aside>
</div></main>
<footer class="site-footer"><div class="site-footer__inner"><p>Playfield is part of Brightwater Media Group, an international media group and leading digital publisher.</p><ul class="site-footer__links"><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/terms">Terms and conditions</a></li><li><a href="/privacy">Privacy policy</a></li><li><button type="button" class="link">Cookie settings</button></li><li><a href="/accessibility">Accessibility</a></li><li><a href="/careers">Careers</a></li></ul><p class="site-footer__copy">© Brightwater Media Group Ltd. 2025. All rights reserved.</p></div></footer>
</div>
<script>window.__remixContext = {ctx_json};</script>
<script type="module" async="">import "/build/manifest-8F2A3B1C.js";
import * as route0 from "/build/root-HQUIY3ZC.js";
import * as route1 from "/build/routes/news.$slug-RJ6ZB5XS.js";
window.__remixRouteModules = {{"root":route0,"routes/news.$slug":route1}};

import("/build/entry.client-5GXIUQTZ.js");</script>"""
    desc = "The indie studio says it has taken back the rights to its lighthouse adventure and will finish it without a publisher."
    return f"""<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width,initial-scale=1"/><title>{e(art["title"])} | Playfield</title><meta name="description" content="{e(desc)}"/><meta property="og:title" content="{e(art["title"])}"/><meta property="og:type" content="article"/><meta property="og:url" content="{url}"/><meta property="og:site_name" content="Playfield"/><meta property="article:published_time" content="2025-10-30T18:05:00Z"/><link rel="canonical" href="{url}"/><link rel="modulepreload" href="/build/manifest-8F2A3B1C.js"/><link rel="modulepreload" href="/build/entry.client-5GXIUQTZ.js"/><link rel="modulepreload" href="/build/_shared/chunk-ZWGWGGVF.js"/><link rel="modulepreload" href="/build/root-HQUIY3ZC.js"/><link rel="modulepreload" href="/build/routes/news.$slug-RJ6ZB5XS.js"/><link rel="stylesheet" href="/build/_assets/app-7YEW3Q2L.css"/></head><body>
{content}
</body></html>
"""


LAYOUTS_H24 = {
    "h24-01-tamil": ("h24_tamil", tamil),
    "h24-02-urdu": ("h24_urdu", urdu),
    "h24-03-nepali": ("h24_nepali", nepali),
    "h24-04-mongolian": ("h24_mongolian", mongolian),
    "h24-05-yiddish": ("h24_yiddish", yiddish),
    "h24-06-corsican": ("h24_corsican", corsican),
    "h24-07-firerescue": ("h24_fire", fire),
    "h24-08-schooldistrict": ("h24_school", school),
    "h24-09-gaming": ("h24_gaming", gaming),
}
