"""Layouts of the frozen held-out group "h26" of the extraction benchmark.

Written in round 23 by someone other than the person tuning the reader and without
reading the reader or its output on these pages; never used for tuning
(docs/benchmarks-extraction.md). Fictional pages in layouts and languages not used by
h2-h25: a Polish town portal on WordPress with the Avada theme (Fusion Builder
containers and ``fusion-text`` elements, a Complianz cookie banner, an inline "Czytaj
także:" line and a "Reklama" slot, ``fusion-sharing-box``, related posts, a comment
list); a Czech regional site on the Nette framework (Latte templates, Naja snippets
``snippet--…``, ``data-nette-rules`` forms with ``_do`` fields, a perex, a "Čtěte také"
box and a "Reklama" slot in the text, "Témata:", a discussion snippet); a Swedish
municipality's news item on Sitevision (``sv-layout`` / ``sv-text-portlet`` with
``svid`` ids, ReadSpeaker "Lyssna", a "Var det här till hjälp?" feedback form, related
news); a Kannada news site on WordPress with GeneratePress and GenerateBlocks
(``inside-article``, ``gb-container`` boxes inside ``entry-content``); a Khmer news site
on October CMS with the RainLab.Blog plugin (AJAX framework ``data-request`` forms,
``/storage/app/media`` images); a Pashto news site on ASP.NET Core MVC (right to left,
the template's cookie-consent alert, ``__RequestVerificationToken`` forms, ``asp-append-
version`` hashes); an English wildlife park's news post on the Duda website builder
(``dmRespRow`` / ``dmNewParagraph`` widgets); an English maritime trade site on WordPress
with the SmartMag theme; and an English hyperlocal newsletter's web post on beehiiv.
"""

from __future__ import annotations

import html
import json

from page_parts import lis, paras, teasers

e = html.escape


def ld(data):
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>\n'


def polish(art):
    """WordPress with Avada: Fusion Builder containers, ``fusion-text`` elements."""
    site = "https://www.borkowice24.example"
    url = f"{site}/2025/10/14/nowa-kladka-nad-wierzbowka/"

    def container(n, inner):
        return (
            f'<div class="fusion-fullwidth fullwidth-box fusion-builder-row-{n} fusion-flex-container nonhundred-percent-fullwidth non-hundred-percent-height-scrolling" style="--awb-flex-wrap:wrap;">'
            f'<div class="fusion-builder-row fusion-row fusion-flex-align-items-flex-start" style="max-width:1248px;margin-left: calc(-4% / 2 );margin-right: calc(-4% / 2 );">'
            f'<div class="fusion-layout-column fusion_builder_column fusion-builder-column-{n} fusion_builder_column_1_1 1_1 fusion-flex-column"><div class="fusion-column-wrapper fusion-flex-justify-content-flex-start fusion-content-layout-column">'
            f"{inner}</div></div></div></div>"
        )

    text1 = paras(art, stop=3)
    read_also = '<div class="fusion-text fusion-text-2"><p><strong>Czytaj także: </strong><a href="/2025/09/30/skrzyzowanie-lipowa-kolejowa-sygnalizacja/">Skrzyżowanie Lipowej i Kolejowej bez świateł. Miasto czeka na decyzję powiatu</a></p></div>'
    ad = '<div class="fusion-widget-area awb-widget-area-element fusion-widget-area-1"><section id="custom_html-7" class="widget_text widget widget_custom_html"><div class="heading"><h4 class="widget-title">Reklama</h4></div><div class="textwidget custom-html-widget"><a href="https://www.salon-meblowy-borkowice.example/" rel="sponsored"><img src="/wp-content/uploads/2025/09/meble-750x200.jpg" alt="Salon Meblowy Dąb - promocja jesienna" width="750" height="200"></a></div></section></div>'
    image = '<div class="fusion-image-element"><span class="fusion-imageframe imageframe-none imageframe-1 hover-type-none"><img fetchpriority="high" decoding="async" width="1024" height="640" src="/wp-content/uploads/2025/10/mostek-wierzbowka-1024x640.jpg" alt="" class="img-responsive wp-image-20418"></span><div class="awb-imageframe-caption-container"><div class="awb-imageframe-caption"><p class="awb-imageframe-caption-text">Stary drewniany mostek jest zamknięty od jesieni ubiegłego roku. Fot. Katarzyna Wróblewska</p></div></div></div>'
    body = (
        container(1, image + f'<div class="fusion-text fusion-text-1">{text1}</div>' + read_also)
        + container(2, ad)
        + container(
            3, f'<div class="fusion-text fusion-text-3">{paras(art, h="h3", start=3)}</div>'
        )
        + container(
            4,
            '<div class="fusion-text fusion-text-4"><p style="text-align: center;"><em>Obserwuj Borkowice24 w <a href="https://news.google.com/publications/borkowice24">Google News</a> i bądź na bieżąco z informacjami z regionu.</em></p></div>',
        )
    )
    related = "".join(
        f'<div class="fusion-carousel-item"><div class="fusion-carousel-item-wrapper"><div class="fusion-image-wrapper"><img src="/wp-content/uploads/2025/{img}-500x383.jpg" alt="{e(t)}"></div><h4 class="fusion-carousel-title"><a class="fusion-related-posts-title-link" href="/{h}/" target="_self" title="{e(t)}">{e(t)}</a></h4><div class="fusion-carousel-meta"><span class="fusion-date">{d}</span><span class="fusion-inline-sep">|</span><span><a href="/{h}/#comments">{c}</a></span></div></div></div>'
        for h, img, t, d, c in [
            (
                "2025/09/30/skrzyzowanie-lipowa-kolejowa-sygnalizacja",
                "09/skrzyzowanie",
                "Skrzyżowanie Lipowej i Kolejowej bez świateł. Miasto czeka na decyzję powiatu",
                "30 września 2025",
                "7 komentarzy",
            ),
            (
                "2025/10/02/budzet-obywatelski-wyniki",
                "10/budzet",
                "Budżet obywatelski: siłownia plenerowa i plac zabaw z największym poparciem",
                "2 października 2025",
                "3 komentarze",
            ),
            (
                "2025/10/09/park-miejski-nowe-alejki",
                "10/park",
                "W parku miejskim powstaną nowe alejki. Część drzew trzeba będzie wyciąć",
                "9 października 2025",
                "21 komentarzy",
            ),
        ]
    )
    comm = "".join(
        f'<li class="comment even thread-even depth-1" id="comment-{i}"><div class="the-comment"><div class="avatar"><img alt="" src="https://secure.gravatar.com/avatar/{i}?s=54&amp;d=mm&amp;r=g" class="avatar avatar-54 photo" height="54" width="54"></div><div class="comment-box"><div class="comment-author meta"><strong>{e(n)}</strong> {d}<a rel="nofollow" class="comment-reply-link" href="#comment-{i}"> - Odpowiedz</a></div><div class="comment-text"><p>{e(t)}</p></div></div></div></li>'
        for i, n, d, t in [
            (
                58812,
                "Marek z Lipowej",
                "14 października 2025 o 10:12",
                "Nareszcie! Ile razy widziałem dzieciaki biegnące przez Kolejową, to aż serce stawało.",
            ),
            (
                58815,
                "Ewa K.",
                "14 października 2025 o 11:47",
                "Szkoda tylko, że znowu wszystko się przeciągnie przez pozwolenia. Obiecywali to już przed wyborami.",
            ),
            (
                58821,
                "rowerzysta_bork",
                "14 października 2025 o 13:05",
                "Ścieżka do parku to świetna sprawa, ale niech ktoś pomyśli też o połączeniu z dworcem.",
            ),
        ]
    )
    menu = "".join(
        f'<li id="menu-item-{100 + i}" class="menu-item menu-item-type-taxonomy menu-item-object-category{" current-post-ancestor current-menu-parent" if t == "Wiadomości" else ""} menu-item-{100 + i}" data-item-id="{100 + i}"><a href="{site}/{h}/" class="fusion-background-highlight"><span class="menu-text">{t}</span></a></li>'
        for i, (h, t) in enumerate(
            [
                ("kategoria/wiadomosci", "Wiadomości"),
                ("kategoria/inwestycje", "Inwestycje"),
                ("kategoria/sport", "Sport"),
                ("kategoria/kultura", "Kultura"),
                ("kategoria/kryminalne", "Kryminalne"),
                ("ogloszenia", "Ogłoszenia"),
                ("kontakt", "Kontakt"),
            ]
        )
    )
    return f"""<!DOCTYPE html>
<html class="avada-html-layout-wide avada-html-header-position-top avada-is-100-percent-template" lang="pl-PL" prefix="og: http://ogp.me/ns# fb: http://ogp.me/ns/fb#">
<head>
	<meta http-equiv="X-UA-Compatible" content="IE=edge" />
	<meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
	<meta name="viewport" content="width=device-width, initial-scale=1" />
	<title>{e(art["title"])} &#8211; Borkowice24</title>
	<link rel="canonical" href="{url}" />
	<meta property="og:locale" content="pl_PL" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="{e(art["title"])}" />
	<meta property="article:published_time" content="2025-10-14T08:30:12+00:00" />
	<meta name="author" content="{e(art["author"])}" />
	<link rel='stylesheet' id='fusion-dynamic-css-css' href='{site}/wp-content/uploads/fusion-styles/5b1e0c2d8a7f.min.css?ver=3.11.10' type='text/css' media='all' />
	<link rel='stylesheet' id='cmplz-general-css' href='{site}/wp-content/plugins/complianz-gdpr/assets/css/cookieblocker.min.css?ver=1727281302' type='text/css' media='all' />
	<script type="text/javascript" src="{site}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
	<meta name="generator" content="WordPress 6.6.2" />
	<style type="text/css" id="css-fb-visibility">@media screen and (max-width: 640px){{.fusion-no-small-visibility{{display:none !important;}}}}</style>
</head>

<body class="post-template-default single single-post postid-20412 single-format-standard cmplz-eu fusion-image-hovers fusion-pagination-sizing fusion-button_type-flat fusion-button_span-no fusion-button_gradient-linear avada-image-rollover-circle-yes avada-image-rollover-yes avada-image-rollover-direction-left fusion-body ltr fusion-sticky-header no-tablet-sticky-header no-mobile-slidingbar no-mobile-totop avada-has-rev-slider-styles fusion-disable-outline fusion-sub-menu-fade mobile-logo-pos-left layout-wide-mode avada-has-boxed-modal-shadow-none layout-scroll-offset-full avada-has-zero-margin-offset-top fusion-top-header menu-text-align-center mobile-menu-design-modern fusion-show-pagination-text fusion-header-layout-v3 avada-responsive avada-footer-fx-none avada-menu-highlight-style-bar fusion-search-form-classic fusion-main-menu-search-dropdown fusion-avatar-square avada-dropdown-styles avada-blog-layout-large avada-blog-archive-layout-large avada-header-shadow-no avada-menu-icon-position-left avada-has-megamenu-shadow avada-has-mainmenu-dropdown-divider avada-has-breadcrumb-mobile-hidden avada-has-titlebar-hide avada-has-pagination-padding avada-flyout-menu-direction-fade avada-ec-views-v1" data-awb-post-id="20412">
	<a class="skip-link screen-reader-text" href="#content">Przejdź do treści</a>

	<div id="boxed-wrapper">
		<div id="wrapper" class="fusion-wrapper">
			<div id="home" style="position:relative;top:-1px;"></div>
			<header class="fusion-header-wrapper">
				<div class="fusion-header-v3 fusion-logo-alignment fusion-logo-left fusion-sticky-menu- fusion-sticky-logo-1 fusion-mobile-logo-1  fusion-mobile-menu-design-modern">
<div class="fusion-secondary-header">
	<div class="fusion-row">
		<div class="fusion-alignleft"><div class="fusion-contact-info"><span class="fusion-contact-info-phone-number">Redakcja: 44 612 30 30</span><span class="fusion-header-separator">|</span><span class="fusion-contact-info-email-address"><a href="mailto:redakcja@borkowice24.example">redakcja@borkowice24.example</a></span></div></div>
		<div class="fusion-alignright"><div class="fusion-social-links-header"><div class="fusion-social-networks"><div class="fusion-social-networks-wrapper"><a class="fusion-social-network-icon fusion-tooltip fusion-facebook awb-icon-facebook" style href="https://www.facebook.com/borkowice24" target="_blank" rel="noreferrer" title="Facebook" aria-label="facebook"></a><a class="fusion-social-network-icon fusion-tooltip fusion-youtube awb-icon-youtube" style href="https://www.youtube.com/@borkowice24" target="_blank" rel="noreferrer" title="YouTube" aria-label="youtube"></a></div></div></div></div>
	</div>
</div>
<div class="fusion-header-sticky-height"></div>
<div class="fusion-header">
	<div class="fusion-row">
		<div class="fusion-logo" data-margin-top="20px" data-margin-bottom="20px" data-margin-left="0px" data-margin-right="0px">
			<a class="fusion-logo-link"  href="{site}/" ><img src="{site}/wp-content/uploads/2023/01/borkowice24-logo.png" srcset="{site}/wp-content/uploads/2023/01/borkowice24-logo.png 1x" width="260" height="60" alt="Borkowice24 Logo" data-retina_logo_url="" class="fusion-standard-logo" /></a>
		</div>
		<nav class="fusion-main-menu" aria-label="Menu główne"><div class="fusion-overlay-search"><form role="search" class="searchform fusion-search-form  fusion-search-form-classic" method="get" action="{site}/"><div class="fusion-search-form-content"><div class="fusion-search-field search-field"><label><span class="screen-reader-text">Szukaj</span><input type="search" value="" name="s" class="s" placeholder="Szukaj..." required aria-required="true" aria-label="Szukaj..."/></label></div></div></form></div><ul id="menu-glowne" class="fusion-menu">{menu}<li class="fusion-custom-menu-item fusion-main-menu-search"><a class="fusion-main-menu-icon" href="#" aria-label="Szukaj" data-title="Szukaj" title="Szukaj" role="button" aria-expanded="false"></a></li></ul></nav>
		<div class="fusion-mobile-menu-icons"><a href="#" class="fusion-icon awb-icon-bars" aria-label="Przełącz menu mobilne" aria-expanded="false"></a></div>
	</div>
</div>
				</div>
				<div class="fusion-clearfix"></div>
			</header>

			<main id="main" class="clearfix ">
				<div class="fusion-row" style="">
<section id="content" style="float: left;">
	<article id="post-20412" class="post post-20412 type-post status-publish format-standard has-post-thumbnail hentry category-inwestycje category-wiadomosci tag-kladka tag-osiedle-sloneczne tag-wierzbowka">
		<div class="fusion-post-title-meta-wrap">
			<h1 class="entry-title fusion-post-title">{e(art["title"])}</h1>
			<div class="fusion-meta-info"><div class="fusion-meta-info-wrapper">Autor: <span class="vcard"><span class="fn"><a href="{site}/author/kwroblewska/" title="Wpisy od {e(art["author"])}" rel="author">{e(art["author"])}</a></span></span><span class="fusion-inline-sep">|</span><span class="updated rich-snippet-hidden">2025-10-14T10:41:55+00:00</span><span>14 października 2025</span><span class="fusion-inline-sep">|</span>Kategorie: <a href="{site}/kategoria/inwestycje/" rel="category tag">Inwestycje</a>, <a href="{site}/kategoria/wiadomosci/" rel="category tag">Wiadomości</a><span class="fusion-inline-sep">|</span><span class="fusion-comments"><a href="{url}#comments">3 komentarze</a></span></div></div>
		</div>
		<div class="post-content">
{body}
		</div>
		<div class="fusion-meta-info"><div class="fusion-meta-info-wrapper"><span class="meta-tags">Tagi: <a href="{site}/tag/kladka/" rel="tag">kładka</a>, <a href="{site}/tag/osiedle-sloneczne/" rel="tag">osiedle Słoneczne</a>, <a href="{site}/tag/wierzbowka/" rel="tag">Wierzbówka</a></span></div></div>
		<div class="fusion-sharing-box fusion-theme-sharing-box fusion-single-sharing-box share-box-1">
			<h4>Udostępnij ten artykuł</h4>
			<div class="fusion-social-networks boxed-icons"><div class="fusion-social-networks-wrapper"><a class="fusion-social-network-icon fusion-tooltip fusion-facebook awb-icon-facebook" href="https://www.facebook.com/sharer.php?u={url}" target="_blank" rel="noreferrer" title="Facebook" aria-label="Facebook"></a><a class="fusion-social-network-icon fusion-tooltip fusion-twitter awb-icon-twitter" href="https://x.com/intent/post?url={url}" target="_blank" rel="noopener noreferrer" title="X" aria-label="X"></a><a class="fusion-social-network-icon fusion-tooltip fusion-mail awb-icon-mail" href="mailto:?body={url}" target="_self" title="Email" aria-label="Email"></a></div></div>
		</div>
		<section class="related-posts single-related-posts">
			<div class="fusion-title fusion-title-size-three sep-double sep-solid" style="margin-top:10px;margin-bottom:15px;"><h3 class="title-heading-left" style="margin:0;">Podobne wpisy</h3></div>
			<div class="awb-carousel awb-swiper awb-swiper-carousel fusion-carousel-title-below-image" data-imagesize="fixed" data-metacontent="yes" data-autoplay="no" data-touchscroll="no" data-columns="3" data-itemmargin="44px" data-itemwidth="180" data-scrollitems=""><div class="swiper-wrapper">{related}</div></div>
		</section>
		<div id="comments" class="comments-container">
			<div class="fusion-title fusion-title-size-three sep-double sep-solid"><h3 class="title-heading-left">3 komentarze</h3></div>
			<ol class="comment-list commentlist">{comm}</ol>
			<div id="respond" class="comment-respond">
				<h3 id="reply-title" class="comment-reply-title">Dodaj komentarz</h3>
				<form action="{site}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Twój adres e-mail nie zostanie opublikowany.</span> Komentarze naruszające regulamin będą usuwane.</p><div id="comment-textarea"><label class="screen-reader-text" for="comment">Komentarz</label><textarea name="comment" id="comment" cols="45" rows="8" aria-required="true" required="required" placeholder="Komentarz..." class="textarea-comment"></textarea></div><div id="comment-input"><input id="author" name="author" type="text" value="" placeholder="Nazwa (wymagane)" size="30" required='required' aria-label="Nazwa (wymagane)"/><input id="email" name="email" type="email" value="" placeholder="Email (wymagane)" size="30"  required='required' aria-label="Email (wymagane)"/></div><p class="form-submit"><input name="submit" type="submit" id="comment-submit" class="fusion-button fusion-button-default fusion-button-default-size" value="Opublikuj komentarz" /><input type='hidden' name='comment_post_ID' value='20412' id='comment_post_ID' /><input type='hidden' name='comment_parent' id='comment_parent' value='0' /></p></form>
			</div>
		</div>
	</article>
</section>
<aside id="sidebar" class="sidebar fusion-widget-area fusion-content-widget-area fusion-sidebar-right fusion-blogsidebar" style="float: right;">
	<section id="recent-posts-3" class="widget widget_recent_entries"><div class="heading"><h4 class="widget-title">Najnowsze</h4></div><ul>{lis(["Radni przyjęli program opieki nad zwierzętami na 2026 rok", "Zmiana rozkładu jazdy linii nr 4 od poniedziałku", "Mecz Sparty Borkowice przełożony z powodu stanu boiska"], '<li><a href="#">{}</a></li>')}</ul></section>
	<section id="custom_html-3" class="widget_text widget widget_custom_html"><div class="heading"><h4 class="widget-title">Newsletter</h4></div><div class="textwidget custom-html-widget"><p>Najważniejsze wiadomości z Borkowic prosto na Twoją skrzynkę, w każdy piątek.</p><form action="https://borkowice24.us21.list-manage.example/subscribe/post" method="post"><input type="email" name="EMAIL" placeholder="Twój e-mail"><input type="submit" value="Zapisz się"></form></div></section>
</aside>
				</div>
			</main>

			<div class="fusion-footer">
				<footer class="fusion-footer-widget-area fusion-widget-area">
					<div class="fusion-row"><div class="fusion-columns fusion-columns-3 fusion-widget-area">
						<div class="fusion-column col-lg-4 col-md-4 col-sm-4"><section class="fusion-footer-widget-column widget widget_text"><h4 class="widget-title">O nas</h4><div class="textwidget"><p>Borkowice24 to niezależny portal informacyjny Borkowic i okolic, wydawany przez Media Lokalne Sp. z o.o.</p></div></section></div>
						<div class="fusion-column col-lg-4 col-md-4 col-sm-4"><section class="fusion-footer-widget-column widget widget_nav_menu"><h4 class="widget-title">Informacje</h4><ul class="menu"><li><a href="{site}/regulamin/">Regulamin</a></li><li><a href="{site}/polityka-prywatnosci/">Polityka prywatności</a></li><li><a href="{site}/reklama/">Reklama</a></li></ul></section></div>
					</div></div>
				</footer>
				<footer id="footer" class="fusion-footer-copyright-area"><div class="fusion-row"><div class="fusion-copyright-content"><div class="fusion-copyright-notice"><div>© Copyright 2025 Borkowice24. Wszelkie prawa zastrzeżone.</div></div></div></div></footer>
			</div>
		</div>
	</div>
	<a class="fusion-one-page-text-link fusion-page-load-link" tabindex="-1" href="#" aria-hidden="true">Page load link</a>
	<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 bottom-right-view-preferences optin cmplz-bottom-right cmplz-categories-type-view-preferences" aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">
		<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Zarządzaj zgodą na pliki cookie</div></div>
		<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">Używamy plików cookie, aby zapewnić najlepszą jakość korzystania z naszej witryny. Zgoda na te technologie pozwoli nam przetwarzać dane, takie jak zachowanie podczas przeglądania.</div></div>
		<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Akceptuję</button><button class="cmplz-btn cmplz-deny">Odmów</button><button class="cmplz-btn cmplz-view-preferences">Zobacz preferencje</button></div>
	</div></div>
	<script type="text/javascript" id="cmplz-cookiebanner-js-extra">var complianz = {{"prefix":"cmplz_","user_banner_id":"1","set_cookies":[],"block_ajax_content":"","banner_version":"21","version":"7.1.0"}};</script>
	<script type="text/javascript" src="{site}/wp-content/themes/Avada/includes/lib/assets/min/js/general/awb-tabs-widget.js?ver=3.11.10" id="awb-tabs-widget-js"></script>
</body>
</html>
"""


def czech(art):
    """Nette framework (Latte), Naja snippets and nette-forms."""
    site = "https://www.posazavsky-denik.example"
    path = "/zpravy/lhotka-nad-sazavici-pivovar-sladovna-a18422"
    box = '<aside class="article-related-box"><span class="article-related-box__label">Čtěte také</span><a class="article-related-box__link" href="/zpravy/sazavske-pivovary-leto-a17906"><img src="/data/images/2025/06/a17906-w160.webp" alt="" loading="lazy" width="160" height="90"><strong>Malé pivovary na Posázaví zažily rekordní léto. Hosté se vrátili i na venkov</strong></a></aside>'
    adv = '<div class="adv adv--in-article" data-adv-position="article-1"><span class="adv__label">Reklama</span><div id="adv-ssp-zone-18422" class="adv__slot"></div></div>'
    image = '<figure class="article-image"><picture><source type="image/webp" srcset="/data/images/2025/09/a18422-sladovna-w800.webp"><img src="/data/images/2025/09/a18422-sladovna-w800.jpg" alt="Budova bývalé sladovny v Lhotce nad Sázavicí" width="800" height="450"></picture><figcaption class="article-image__caption">Budova bývalé sladovny stojí u vjezdu do obce od Sázavy. <span class="article-image__author">Foto: Martin Dvořáček</span></figcaption></figure>'
    body = paras(
        art,
        p='p class="article-text__p"',
        h='h2 class="article-text__h2"',
        between={1: image, 2: box, 6: adv},
    )
    disc = "".join(
        f'<div class="discussion-post" id="post-{i}"><div class="discussion-post__head"><span class="discussion-post__author">{e(n)}</span> <time class="discussion-post__time">{d}</time></div><div class="discussion-post__text"><p>{e(t)}</p></div><div class="discussion-post__actions"><a class="ajax" data-naja-history="off" href="{path}?postId={i}&amp;do=discussion-like">+{lk}</a> <a href="#reply-{i}">Odpovědět</a></div></div>'
        for i, n, d, t, lk in [
            (
                99120,
                "Pavel Krejčí",
                "18. 9. 2025 8:44",
                "Pamatuju, jak jsme jako kluci chodili k sladovně pro mláto pro prasata. Držím palce, ať se to povede.",
                14,
            ),
            (
                99127,
                "jirka_h",
                "18. 9. 2025 9:31",
                "Hezký záměr, ale čtyřicet milionů za pivovar na vesnici se jen tak nevrátí.",
                6,
            ),
        ]
    )
    most = "".join(
        f'<li class="most-read__item"><span class="most-read__num">{i}</span><a href="/zpravy/{h}">{e(t)}</a></li>'
        for i, (h, t) in enumerate(
            [
                (
                    "uzavirka-mostu-pres-sazavu-a18410",
                    "Most přes Sázavu v Chlumci se na měsíc uzavře",
                ),
                ("houbari-rekordni-hrib-a18399", "Houbař našel u Kácova hřib o váze přes dvě kila"),
                ("zdrazeni-vodneho-a18391", "Vodné a stočné v regionu zdraží o deset procent"),
                (
                    "hasici-nova-cisterna-a18380",
                    "Dobrovolní hasiči z Lhotky dostali novou cisternu",
                ),
            ],
            1,
        )
    )
    return f"""<!DOCTYPE html>
<html lang="cs">
<head>
	<meta charset="utf-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<title>{e(art["title"])} | Posázavský deník</title>
	<meta name="description" content="Rodina Benešových koupila bývalou sladovnu a chce v ní otevřít pivovar s restaurací.">
	<meta property="og:title" content="{e(art["title"])}">
	<meta property="og:type" content="article">
	<meta property="og:url" content="{site}{path}">
	<link rel="canonical" href="{site}{path}">
	<link rel="stylesheet" href="/assets/dist/main.css?v=1726579211">
	<script src="/assets/dist/main.js?v=1726579211" defer></script>
	{ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": art["title"], "datePublished": "2025-09-18T06:05:00+02:00", "author": {"@type": "Person", "name": art["author"]}, "publisher": {"@type": "Organization", "name": "Posázavský deník"}})}
</head>
<body class="page-article">
	<a href="#main" class="skip-link">Přejít na obsah</a>
	<div id="snippet--flashes"></div>
	<header class="header">
		<div class="header__top container">
			<span class="header__date">Čtvrtek 18. září 2025, svátek má Olga</span>
			<a href="/predplatne" class="header__subscribe">Předplatné</a>
			<a href="/prihlaseni?backlink=8fk2a" class="header__login">Přihlásit</a>
		</div>
		<div class="header__main container">
			<a href="/" class="header__logo"><img src="/assets/img/logo.svg" alt="Posázavský deník" width="220" height="48"></a>
			<form action="/hledat" method="get" class="header__search" id="frm-searchForm"><input type="search" name="q" id="frm-searchForm-q" placeholder="Hledat" data-nette-rules='[{{"op":":filled","msg":"Zadejte hledaný výraz."}}]'><button type="submit" name="_submit" class="btn">Hledat</button></form>
		</div>
		<nav class="nav container" aria-label="Hlavní navigace"><ul class="nav__list">{lis(["Zprávy", "Region", "Sport", "Kultura", "Ekonomika", "Názory", "Akce"], '<li class="nav__item"><a class="nav__link" href="#">{}</a></li>')}</ul></nav>
	</header>
	<main id="main" class="container layout">
		<div class="layout__main">
			<nav class="breadcrumbs" aria-label="Drobečková navigace"><ol><li><a href="/">Úvod</a></li><li><a href="/zpravy">Zprávy</a></li><li><a href="/region/lhotka-nad-sazavici">Lhotka nad Sázavicí</a></li></ol></nav>
			<article class="article-detail" data-article-id="18422">
				<header class="article-detail__header">
					<h1 class="article-detail__title">{e(art["title"])}</h1>
					<div class="article-detail__meta">
						<span class="article-detail__author">Autor: <a href="/autor/martin-dvoracek">{e(art["author"])}</a></span>
						<time class="article-detail__date" datetime="2025-09-18T06:05:00+02:00">18. září 2025 6:05</time>
						<span class="article-detail__updated">Aktualizováno 18. září 2025 10:20</span>
						<a href="#diskuse" class="article-detail__comments">Diskuse (2)</a>
					</div>
					<p class="article-detail__perex">Rodina Benešových koupila budovu bývalé sladovny. Pivo chce vařit podle receptury, kterou našla v obecním archivu.</p>
				</header>
				<div class="article-text">
{body}
				</div>
				<footer class="article-detail__footer">
					<div class="article-tags"><span class="article-tags__label">Témata:</span> <a href="/tema/pivovary">pivovary</a> <a href="/tema/lhotka-nad-sazavici">Lhotka nad Sázavicí</a> <a href="/tema/pamatky">památky</a></div>
					<div class="share"><span class="share__label">Sdílet:</span> <a class="share__fb" href="https://www.facebook.com/sharer/sharer.php?u={site}{path}" target="_blank" rel="noopener">Facebook</a> <a class="share__x" href="https://x.com/intent/tweet?url={site}{path}" target="_blank" rel="noopener">X</a> <button type="button" class="share__copy" data-copy="{site}{path}">Kopírovat odkaz</button></div>
				</footer>
			</article>
			<section class="newsletter-box">
				<h2 class="newsletter-box__title">Zprávy z Posázaví každé ráno</h2>
				<p>Přihlaste se k odběru našeho newsletteru a nic důležitého vám neuteče.</p>
				<form action="{path}" method="post" id="frm-newsletterForm" class="ajax" data-naja-history="off"><input type="email" name="email" id="frm-newsletterForm-email" required data-nette-rules='[{{"op":":filled","msg":"Vyplňte e-mail."}},{{"op":":email","msg":"Zadejte platný e-mail."}}]' placeholder="váš@email.cz"><input type="submit" name="send" value="Odebírat" class="btn btn--primary"><input type="hidden" name="_do" value="newsletterForm-submit"></form>
			</section>
			<section class="discussion" id="diskuse">
				<h2 class="discussion__title">Diskuse (2)</h2>
				<div id="snippet--discussion">{disc}</div>
				<p class="discussion__rules">Příspěvky porušující <a href="/pravidla-diskuse">pravidla diskuse</a> budou smazány. Pro vložení příspěvku se musíte přihlásit.</p>
			</section>
		</div>
		<aside class="layout__side">
			<section class="most-read"><h2 class="most-read__title">Nejčtenější</h2><ol class="most-read__list">{most}</ol></section>
			<div class="adv adv--side"><span class="adv__label">Reklama</span><div id="adv-ssp-zone-side" class="adv__slot"></div></div>
		</aside>
	</main>
	<footer class="footer">
		<div class="container">
			<p>© 2025 Posázavský deník, vydává Regionální média s.r.o. Jakékoli užití obsahu včetně převzetí článků je bez písemného souhlasu zakázáno.</p>
			<ul class="footer__links"><li><a href="/kontakty">Kontakty</a></li><li><a href="/inzerce">Inzerce</a></li><li><a href="/ochrana-osobnich-udaju">Ochrana osobních údajů</a></li><li><a href="#" data-cookie-settings>Nastavení cookies</a></li></ul>
		</div>
	</footer>
	<div class="cookie-bar" id="snippet--cookieBar" role="dialog" aria-label="Souhlas s cookies">
		<p>Tento web používá soubory cookies k poskytování služeb, personalizaci reklam a analýze návštěvnosti. Používáním webu s tím souhlasíte.</p>
		<a class="ajax btn" href="{path}?do=cookieBar-accept">Souhlasím</a> <a href="/cookies">Více informací</a>
	</div>
</body>
</html>
"""


def swedish(art):
    """Sitevision: ``sv-layout`` / ``sv-text-portlet`` with ``svid`` ids."""
    site = "https://www.stensjo.example"

    def text_portlet(sid, inner, cls=""):
        return f'<div class="sv-text-portlet sv-use-margins{cls}" id="svid12_6d1c7a2e18b4f0e3c5a{sid}"><div id="Text{sid}"></div><div class="sv-text-portlet-content">{inner}</div></div>'

    ps = art["paragraphs"]
    lead = f'<p class="ingress">{e(ps[0])}</p>'
    rest = paras(art, p='p class="normal"', h='h2 class="subheading"', start=1)
    img = '<div class="sv-image-portlet sv-portlet" id="svid12_6d1c7a2e18b4f0e3c5a2e"><div id="Bild"></div><img alt="Ljus lokal med bokhyllor och sittplatser vid stora fönster" class="sv-noborder" width="800" height="450" src="/images/18.6d1c7a2e18b4f0e3c5a9f/1732094432103/bibliotek-stensjo-centrum.jpg"><div class="sv-image-portlet-caption"><p class="bildtext">Det nya biblioteket har stora fönster mot torget. Foto: Stensjö kommun</p></div></div>'
    contact = '<div class="sv-layout sol-contact-card" id="svid10_6d1c7a2e18b4f0e3c5a31"><h2 class="subheading">Kontakt</h2><p class="normal">Maria Lindqvist, bibliotekschef<br>Telefon: 0123-45 67 80<br>E-post: <a href="mailto:maria.lindqvist@stensjo.example">maria.lindqvist@stensjo.example</a></p></div>'
    related = "".join(
        f'<li class="sv-channel-item"><div class="sol-article-item"><span class="sol-article-item-date">{d}</span><a href="/nyheter/{h}.html" class="sol-article-item-heading">{e(t)}</a><p class="sol-article-item-desc">{e(s)}</p></div></li>'
        for d, h, t, s in [
            (
                "13 november 2025",
                "2025-11-13-sagostund-pa-lordagar",
                "Sagostund på lördagar hela vintern",
                "Varje lördag klockan 11 läser bibliotekarierna sagor för barn mellan tre och sex år.",
            ),
            (
                "4 november 2025",
                "2025-11-04-ny-busslinje-till-centrum",
                "Ny busslinje till centrum från årsskiftet",
                "Linje 7 får tätare avgångar och stannar vid torget.",
            ),
        ]
    )
    return f"""<!DOCTYPE html>
<html lang="sv" class="sv-no-js sv-template-nyhetssida">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<script nonce="4f8c2d10-a6c1-11f0-9a3b-5d1e8a6f7c21">(function(c){{c.add('sv-js');c.remove('sv-no-js');}})(document.documentElement.classList)</script>
<title>{e(art["title"])} - Stensjö kommun</title>
<link rel="preload" href="/sitevision/system-resource/3a1f0c6d2e4b8a7c9d5e1f2a3b4c5d6e7f8091a2b3c4d5e6f7a8b9c0d1e2f3a4/js/jquery.js" as="script">
<link rel="stylesheet" type="text/css" href="/2.6d1c7a2e18b4f0e3c5a10/1732011187000/sitevision-responsive-grids.css">
<link rel="stylesheet" type="text/css" href="/2.6d1c7a2e18b4f0e3c5a10/1732011187000/sitevision-spacing.css">
<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1, shrink-to-fit=no">
<meta name="dcterms.identifier" content="{site}">
<meta name="dcterms.language" content="sv">
<meta name="dcterms.format" content="text/html">
<meta name="dcterms.type" content="text">
<meta property="og:title" content="{e(art["title"])}">
<meta property="og:description" content="{e(ps[0][:140])}">
<script src="/sitevision/system-resource/3a1f0c6d2e4b8a7c9d5e1f2a3b4c5d6e7f8091a2b3c4d5e6f7a8b9c0d1e2f3a4/js/jquery.js"></script>
<script>svDocReady(function(){{svAppInit('12.6d1c7a2e18b4f0e3c5a50');}});</script>
<link rel="stylesheet" type="text/css" href="/webapp-files/12.6d1c7a2e18b4f0e3c5a50/1.4.2/css/sol-stensjo.css">
</head>
<body class=" sv-responsive env-m-around--0 env-p-around--0 env-font-family--1">
<div class="sv-layout" id="svid10_6d1c7a2e18b4f0e3c5a1">
<div class="sv-script-portlet sv-portlet" id="svid12_6d1c7a2e18b4f0e3c5a2"><div id="Genvagar"></div><a class="sol-skip-link" href="#innehall">Hoppa till innehållet</a></div>
<header class="sv-layout sol-header" id="svid10_6d1c7a2e18b4f0e3c5a3">
	<div class="sv-layout sol-top-bar" id="svid10_6d1c7a2e18b4f0e3c5a4">
		<ul class="sol-top-links"><li><a href="/kontakt.html">Kontakta oss</a></li><li><a href="/lattlast.html">Lättläst</a></li><li><a href="/other-languages.html">Other languages</a></li><li><button class="sol-translate" type="button" data-sv-translate>Translate</button></li><li><a href="https://e-tjanster.stensjo.example/">Självservice</a></li></ul>
	</div>
	<div class="sv-layout sol-header-main" id="svid10_6d1c7a2e18b4f0e3c5a5">
		<div class="sv-image-portlet sv-portlet" id="svid12_6d1c7a2e18b4f0e3c5a6"><div id="Logotyp"></div><a href="/"><img alt="Stensjö kommun, till startsidan" class="sv-noborder" width="210" height="64" src="/images/18.6d1c7a2e18b4f0e3c5a7/1690354111022/stensjo-logo.svg"></a></div>
		<div class="sv-searchform-portlet sv-portlet" id="svid12_6d1c7a2e18b4f0e3c5a8"><div id="Sok"></div><form method="get" action="/sok.html" class="sv-nomargin" role="search"><label class="env-assistive-text" for="search12_6d1c7a2e18b4f0e3c5a8">Sök</label><input id="search12_6d1c7a2e18b4f0e3c5a8" class="sv-vamiddle" type="search" name="query" placeholder="Vad letar du efter?" autocomplete="off"><button class="sv-vamiddle" type="submit">Sök</button></form></div>
	</div>
	<nav class="sv-layout sol-main-menu" id="svid10_6d1c7a2e18b4f0e3c5a9" aria-label="Huvudmeny"><ul class="sv-menu">{lis(["Barn och utbildning", "Omsorg och stöd", "Bygga, bo och miljö", "Kultur och fritid", "Trafik och infrastruktur", "Kommun och politik"], '<li class="sv-menu-item"><a href="#">{}</a></li>')}</ul></nav>
</header>
<div class="sv-layout sol-breadcrumbs" id="svid10_6d1c7a2e18b4f0e3c5a11"><nav aria-label="Du är här"><ol><li><a href="/">Startsida</a></li><li><a href="/kommunochpolitik.html">Kommun och politik</a></li><li><a href="/nyheter.html">Nyheter</a></li><li aria-current="page">{e(art["title"])}</li></ol></nav></div>
<main class="sv-layout sol-content" id="innehall">
	<div class="sv-readspeaker-portlet sv-portlet" id="svid12_6d1c7a2e18b4f0e3c5a13"><div id="Lyssna"></div><div id="readspeaker_button1" class="rs_skip rsbtn rs_preserve"><a rel="nofollow" class="rsbtn_play" accesskey="L" title="Lyssna på sidans text med ReadSpeaker webReader" href="https://app-eu.readspeaker.example/cgi-bin/rsent?customerid=9876&amp;lang=sv_se&amp;readid=innehall"><span class="rsbtn_left rsimg rspart"><span class="rsbtn_text"><span>Lyssna</span></span></span></a></div></div>
	{text_portlet("14", f'<h1 class="heading" id="h-NyttbibliotekiStensjocentrumoppnarijanuari">{e(art["title"])}</h1>')}
	<div class="sv-text-portlet sv-use-margins" id="svid12_6d1c7a2e18b4f0e3c5a15"><div id="Publicerad"></div><div class="sv-text-portlet-content"><p class="sol-publish-info">Publicerad 20 november 2025</p></div></div>
	{text_portlet("16", lead, " sv-ingress")}
	{img}
	{text_portlet("17", rest)}
	{contact}
	<div class="sv-layout sol-share" id="svid10_6d1c7a2e18b4f0e3c5a32"><span>Dela:</span> <a href="https://www.facebook.com/sharer/sharer.php?u={site}/nyheter/2025-11-20-nytt-bibliotek.html">Facebook</a> <a href="https://www.linkedin.com/shareArticle?url={site}/nyheter/2025-11-20-nytt-bibliotek.html">LinkedIn</a> <a href="mailto:?subject=Nytt%20bibliotek">E-post</a></div>
	<div class="sv-layout sol-related-news" id="svid10_6d1c7a2e18b4f0e3c5a33"><h2 class="subheading">Fler nyheter</h2><ul class="sv-channel">{related}</ul></div>
	<div class="sv-layout sol-feedback" id="svid10_6d1c7a2e18b4f0e3c5a34">
		<form method="post" action="/4.6d1c7a2e18b4f0e3c5a35/12.6d1c7a2e18b4f0e3c5a36.html" class="sol-feedback-form"><fieldset><legend>Var det här till hjälp?</legend><button type="submit" name="helpful" value="yes">Ja</button><button type="submit" name="helpful" value="no">Nej</button></fieldset><input type="hidden" name="sv.target" value="12.6d1c7a2e18b4f0e3c5a36"><input type="hidden" name="sv.12.6d1c7a2e18b4f0e3c5a36.route" value="/"></form>
		<p class="sol-updated">Sidan uppdaterades: 20 november 2025</p>
	</div>
</main>
<footer class="sv-layout sol-footer" id="svid10_6d1c7a2e18b4f0e3c5a40">
	<div class="sv-text-portlet sv-use-margins" id="svid12_6d1c7a2e18b4f0e3c5a41"><div id="Kontaktuppgifter"></div><div class="sv-text-portlet-content"><h2 class="subheading">Stensjö kommun</h2><p class="normal">731 80 Stensjö<br>Besöksadress: Torggatan 2<br>Telefon: 0123-45 60 00<br>E-post: kommun@stensjo.example</p></div></div>
	<div class="sv-text-portlet sv-use-margins" id="svid12_6d1c7a2e18b4f0e3c5a42"><div id="Omwebbplatsen"></div><div class="sv-text-portlet-content"><p class="normal"><a href="/tillganglighetsredogorelse.html">Tillgänglighetsredogörelse</a><br><a href="/kakor.html">Kakor (cookies)</a><br><a href="/personuppgifter.html">Behandling av personuppgifter</a></p></div></div>
</footer>
<div class="sol-cookie-message" role="dialog" aria-labelledby="sol-cookie-heading"><h2 id="sol-cookie-heading">Vi använder kakor</h2><p>Vi använder kakor (cookies) för att webbplatsen ska fungera på ett bra sätt för dig. Genom att klicka på Godkänn alla samtycker du till att vi även använder kakor för besöksstatistik.</p><button type="button" class="sol-btn">Godkänn alla</button> <button type="button" class="sol-btn">Endast nödvändiga</button></div>
</div>
<script src="/sitevision/system-resource/3a1f0c6d2e4b8a7c9d5e1f2a3b4c5d6e7f8091a2b3c4d5e6f7a8b9c0d1e2f3a4/js/sitevision.js"></script>
</body>
</html>
"""


def kannada(art):
    """WordPress with GeneratePress and GenerateBlocks (``inside-article``, ``gb-container``)."""
    site = "https://www.malnadvarthe.example"
    url = f"{site}/tungapura/hosakere-kere-hoolettuva-kamagari/"
    read_also = '<div class="gb-container gb-container-5c1a2f90"><p class="gb-headline gb-headline-8d3e1a77 gb-headline-text"><strong>ಇದನ್ನೂ ಓದಿ:</strong> <a href="/tungapura/mungaru-male-ennike/">ತುಂಗಾಪುರ ತಾಲ್ಲೂಕಿನಲ್ಲಿ ಈ ಬಾರಿ ವಾಡಿಕೆಗಿಂತ ಹೆಚ್ಚು ಮಳೆ ನಿರೀಕ್ಷೆ</a></p></div>'
    ad = '<div class="code-block code-block-2" style="margin: 8px auto; text-align: center; display: block; clear: both;"><p style="font-size:11px;color:#888;margin:0">ಜಾಹೀರಾತು</p><ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-0000000000000000" data-ad-slot="4455667788" data-ad-format="auto" data-full-width-responsive="true"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div>'
    fig = '<figure class="wp-block-image size-large"><img loading="lazy" decoding="async" width="1024" height="576" src="/wp-content/uploads/2025/06/hosakere-kere-1024x576.jpg" alt="" class="wp-image-88213"><figcaption class="wp-element-caption">ಹೂಳೆತ್ತಿದ ನಂತರ ಹೊಸಕೆರೆ ಗ್ರಾಮದ ದೊಡ್ಡಕೆರೆ</figcaption></figure>'
    body = paras(
        art,
        h='h2 class="wp-block-heading"',
        between={1: fig, 2: read_also, 6: ad},
    )
    whatsapp = '<div class="gb-container gb-container-a9e04b12"><div class="gb-inside-container"><p class="gb-headline gb-headline-2f7c91d0 gb-headline-text">ಮಲ್ನಾಡ್ ವಾರ್ತೆಯ ತಾಜಾ ಸುದ್ದಿಗಳಿಗಾಗಿ ನಮ್ಮ ವಾಟ್ಸಾಪ್ ಚಾನೆಲ್ ಸೇರಿ</p><a class="gb-button gb-button-6b1d03aa gb-button-text" href="https://whatsapp.com/channel/0029MalnadVarthe">ಈಗಲೇ ಸೇರಿ</a></div></div>'
    recent = lis(
        [
            "ತುಂಗಾಪುರ: ಅಡಿಕೆ ಧಾರಣೆ ಕ್ವಿಂಟಲ್‌ಗೆ ₹ 500 ಏರಿಕೆ",
            "ಶಾಲಾ ಆರಂಭೋತ್ಸವ: ಮಕ್ಕಳಿಗೆ ಸಿಹಿ ಹಂಚಿದ ಶಿಕ್ಷಕರು",
            "ಹೊಸಕೆರೆ–ತುಂಗಾಪುರ ರಸ್ತೆ ದುರಸ್ತಿಗೆ ಆಗ್ರಹ",
        ],
        '<li><a href="#">{}</a></li>',
    )
    return f"""<!DOCTYPE html>
<html lang="kn">
<head>
	<meta charset="UTF-8">
	<title>{e(art["title"])} - ಮಲ್ನಾಡ್ ವಾರ್ತೆ</title>
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
<meta name="viewport" content="width=device-width, initial-scale=1">
	<link rel="canonical" href="{url}" />
	<meta property="og:locale" content="kn_IN" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="{e(art["title"])}" />
	<meta property="article:published_time" content="2025-06-09T05:12:44+00:00" />
<link rel='stylesheet' id='generate-style-css' href='{site}/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.5.1' media='all' />
<style id='generate-style-inline-css'>body{{background-color:#f7f8f9;color:#222222;}}.entry-content > [class*="wp-block-"]:not(:last-child):not(.wp-block-heading){{margin-bottom:1.5em;}}</style>
<link rel='stylesheet' id='generateblocks-css' href='{site}/wp-content/uploads/generateblocks/style-88210.css?ver=1717913564' media='all' />
<link rel='stylesheet' id='generate-blog-images-css' href='{site}/wp-content/plugins/gp-premium/blog/functions/css/featured-images.min.css?ver=2.5.0' media='all' />
</head>

<body class="post-template-default single single-post postid-88210 single-format-standard wp-custom-logo wp-embed-responsive post-image-above-header post-image-aligned-center sticky-menu-fade right-sidebar nav-below-header separate-containers header-aligned-left dropdown-hover featured-image-active" itemtype="https://schema.org/Blog" itemscope>
	<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>		<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site"  itemtype="https://schema.org/WPHeader" itemscope>
			<div class="inside-header grid-container">
				<div class="site-logo">
					<a href="{site}/" rel="home">
						<img  class="header-image is-logo-image" alt="ಮಲ್ನಾಡ್ ವಾರ್ತೆ" src="{site}/wp-content/uploads/2023/05/malnad-varthe-logo.png" width="300" height="70" />
					</a>
				</div>	<nav class="main-navigation mobile-menu-control-wrapper" id="mobile-menu-control-wrapper" aria-label="Mobile Toggle">
				<button data-nav="site-navigation" class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span class="screen-reader-text">Menu</span></button>
			</nav>
					</div>
		</header>
				<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary"  itemtype="https://schema.org/SiteNavigationElement" itemscope>
			<div class="inside-navigation grid-container">
				<div id="primary-menu" class="main-nav"><ul id="menu-primary" class=" menu sf-menu">{lis(["ಮುಖಪುಟ", "ರಾಜ್ಯ", "ತುಂಗಾಪುರ", "ಕೃಷಿ", "ಶಿಕ್ಷಣ", "ಕ್ರೀಡೆ", "ಸಿನಿಮಾ"], '<li class="menu-item menu-item-type-taxonomy menu-item-object-category"><a href="#">{}</a></li>')}</ul></div>			</div>
		</nav>

	<div class="site grid-container container hfeed" id="page">
				<div class="site-content" id="content">

	<div class="content-area" id="primary">
		<main class="site-main" id="main">

<article id="post-88210" class="post-88210 post type-post status-publish format-standard has-post-thumbnail hentry category-tungapura tag-kere tag-raitaru" itemtype="https://schema.org/CreativeWork" itemscope>
	<div class="inside-article">
		<div class="featured-image  page-header-image-single ">
				<img width="1200" height="675" src="{site}/wp-content/uploads/2025/06/hosakere-kere-thumb.jpg" class="attachment-full size-full" alt="" itemprop="image" decoding="async" />
			</div>			<header class="entry-header">
				<h1 class="entry-title" itemprop="headline">{e(art["title"])}</h1>		<div class="entry-meta">
			<span class="posted-on"><time class="updated" datetime="2025-06-09T11:20:08+05:30" itemprop="dateModified">ಜೂನ್ 9, 2025</time><time class="entry-date published" datetime="2025-06-09T10:42:44+05:30" itemprop="datePublished">ಜೂನ್ 9, 2025</time></span> <span class="byline">by <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n" href="{site}/author/manjunath/" title="View all posts by {e(art["author"])}" rel="author" itemprop="url"><span class="author-name" itemprop="name">{e(art["author"])}</span></a></span></span> 		</div>
					</header>

		<div class="entry-content" itemprop="text">
{body}
{whatsapp}
		</div>

				<footer class="entry-meta" aria-label="Entry meta">
			<span class="cat-links"><span class="screen-reader-text">Categories </span><a href="{site}/category/tungapura/" rel="category tag">ತುಂಗಾಪುರ</a></span> <span class="tags-links"><span class="screen-reader-text">Tags </span><a href="{site}/tag/kere/" rel="tag">ಕೆರೆ</a>, <a href="{site}/tag/raitaru/" rel="tag">ರೈತರು</a></span> 		<nav id="nav-below" class="post-navigation" aria-label="Posts">
			<div class="nav-previous"><span class="prev"><a href="{site}/tungapura/adike-dharane-erike/" rel="prev">ತುಂಗಾಪುರ: ಅಡಿಕೆ ಧಾರಣೆ ಕ್ವಿಂಟಲ್‌ಗೆ ₹ 500 ಏರಿಕೆ</a></span></div><div class="nav-next"><span class="next"><a href="{site}/tungapura/shala-arambhotsava/" rel="next">ಶಾಲಾ ಆರಂಭೋತ್ಸವ: ಮಕ್ಕಳಿಗೆ ಸಿಹಿ ಹಂಚಿದ ಶಿಕ್ಷಕರು</a></span></div>		</nav>
				</footer>
			</div>
</article>

			<div class="comments-area">
				<div id="comments">
		<div id="respond" class="comment-respond">
		<h3 id="reply-title" class="comment-reply-title">ನಿಮ್ಮ ಅಭಿಪ್ರಾಯ ತಿಳಿಸಿ <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3><form action="{site}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-form-comment"><label for="comment" class="screen-reader-text">Comment</label><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p><label for="author" class="screen-reader-text">Name</label><input placeholder="Name *" id="author" name="author" type="text" value="" size="30" required />
<label for="email" class="screen-reader-text">Email</label><input placeholder="Email *" id="email" name="email" type="email" value="" size="30" required />
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment" /> <input type='hidden' name='comment_post_ID' value='88210' id='comment_post_ID' />
</p></form>	</div>
	</div>
</div>
		</main>
	</div>

	<div class="widget-area sidebar is-right-sidebar" id="right-sidebar">
	<div class="inside-right-sidebar">
		<aside id="search-2" class="widget inner-padding widget_search"><form method="get" class="search-form" action="{site}/"><label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" value="" name="s" title="Search for:"></label><button class="search-submit" aria-label="Search"></button></form></aside>
		<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">ಇತ್ತೀಚಿನ ಸುದ್ದಿಗಳು</h2><ul>{recent}</ul></aside>
		<aside id="block-7" class="widget inner-padding widget_block"><div class="gb-container gb-container-0e7b3c55"><p class="gb-headline gb-headline-c44a2e1b gb-headline-text">ಸುದ್ದಿ, ಜಾಹೀರಾತಿಗಾಗಿ ಸಂಪರ್ಕಿಸಿ: 94480 00000</p></div></aside>
	</div>
</div>

	</div>
</div>


<div class="site-footer">
			<footer class="site-info" aria-label="Site"  itemtype="https://schema.org/WPFooter" itemscope>
			<div class="inside-site-info grid-container">
								<div class="copyright-bar">
					&copy; 2025 ಮಲ್ನಾಡ್ ವಾರ್ತೆ. ಎಲ್ಲ ಹಕ್ಕುಗಳನ್ನು ಕಾಯ್ದಿರಿಸಲಾಗಿದೆ. | <a href="{site}/about/">ನಮ್ಮ ಬಗ್ಗೆ</a> | <a href="{site}/privacy-policy/">ಗೌಪ್ಯತಾ ನೀತಿ</a>				</div>
			</div>
		</footer>
		</div>

<script id="generate-a11y">!function(){{"use strict";if("querySelector"in document&&"addEventListener"in window){{var e=document.body;e.addEventListener("mousedown",function(){{e.classList.add("using-mouse")}})}}}}();</script><script id="generate-menu-js" src="{site}/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.5.1"></script>
</body>
</html>
"""


def khmer(art):
    """October CMS with RainLab.Blog (AJAX framework, ``/storage/app/media``)."""
    site = "https://www.kampongnews.example"
    slug = "prey-svay-community-homestay"
    ps = art["paragraphs"]
    read_more = '<p class="read-also"><strong>អានផងដែរ៖</strong> <a href="/blog/post/kampong-leu-rice-harvest">កសិករស្រុកកំពង់លើ ចាប់ផ្តើមច្រូតស្រូវប្រាំង ទិន្នផលកើនឡើង</a></p>'
    ad = '<div class="ad-slot ad-in-article"><small>ពាណិជ្ជកម្ម</small><a href="/ads/click/17" rel="sponsored nofollow"><img src="/storage/app/media/ads/smartbank-728x90.jpg" alt="Smart Bank" width="728" height="90"></a></div>'
    img = '<figure class="post-figure"><img src="/storage/app/media/2025/03/prey-svay-homestay.jpg" alt="ផ្ទះស្នាក់នៅ ភូមិព្រៃស្វាយ" class="img-fluid"><figcaption>ផ្ទះស្នាក់នៅមួយ ក្នុងភូមិព្រៃស្វាយ (រូបថត៖ សុខ ចាន់ធា)</figcaption></figure>'
    body = paras(art, h="h3", between={0: img, 2: read_more, 5: ad})
    related = "".join(
        f'<div class="col-md-4"><div class="card post-card"><a href="/blog/post/{h}"><img src="/storage/app/uploads/public/67e/{h[:3]}/thumb_{h}_400_240_0_0_crop.jpg" class="card-img-top" alt=""></a><div class="card-body"><h5 class="card-title"><a href="/blog/post/{h}">{e(t)}</a></h5><p class="card-text">{e(s)}</p><small class="text-muted">{d}</small></div></div></div>'
        for h, t, s, d in [
            (
                "kampong-leu-rice-harvest",
                "កសិករស្រុកកំពង់លើ ចាប់ផ្តើមច្រូតស្រូវប្រាំង ទិន្នផលកើនឡើង",
                "កសិករនិយាយថា ទិន្នផលឆ្នាំនេះល្អជាងឆ្នាំមុន ដោយសារមានទឹកគ្រប់គ្រាន់។",
                "២៤ មីនា ២០២៥",
            ),
            (
                "provincial-tourism-fair",
                "ខេត្តរៀបចំពិព័រណ៍ទេសចរណ៍សហគមន៍ លើកដំបូង",
                "សហគមន៍ចំនួន ១៥ នឹងចូលរួមបង្ហាញផលិតផល និងសេវាកម្មរបស់ខ្លួន។",
                "១៩ មីនា ២០២៥",
            ),
            (
                "rural-road-repair-plan",
                "ផែនការជួសជុលផ្លូវជនបទ ៣០ គីឡូម៉ែត្រ ក្នុងឆ្នាំនេះ",
                "មន្ទីរអភិវឌ្ឍន៍ជនបទ បានដាក់ផ្លូវចំនួនប្រាំខ្សែ ជាអាទិភាព។",
                "១២ មីនា ២០២៥",
            ),
        ]
    )
    return f"""<!DOCTYPE html>
<html lang="km">
    <head>
        <meta charset="utf-8">
        <title>{e(art["title"])} | កំពង់ញូវស៍</title>
        <meta name="description" content="{e(ps[0][:120])}">
        <meta name="author" content="Kampong News">
        <meta name="viewport" content="width=device-width, initial-scale=1.0">
        <meta name="generator" content="OctoberCMS">
        <meta property="og:title" content="{e(art["title"])}">
        <meta property="og:image" content="{site}/storage/app/media/2025/03/prey-svay-homestay.jpg">
        <link rel="icon" type="image/png" href="{site}/themes/kampongnews/assets/images/favicon.png">
        <link href="https://fonts.googleapis.com/css2?family=Battambang:wght@400;700&amp;family=Moul&amp;display=swap" rel="stylesheet">
        <link href="{site}/combine/8a3f10c92e1d7b4a5c6d0e9f2b1a3c4d-1711092231" rel="stylesheet">
    </head>
    <body class="page-blog-post layout-default">

        <!-- Header -->
        <header id="layout-header">
            <div class="topbar bg-dark text-white small">
                <div class="container d-flex justify-content-between">
                    <span>ថ្ងៃព្រហស្បតិ៍ ទី២៧ ខែមីនា ឆ្នាំ២០២៥</span>
                    <span><a href="{site}/en" class="text-white">English</a> | <a href="https://t.me/kampongnews" class="text-white">Telegram</a> | <a href="https://www.facebook.com/kampongnews" class="text-white">Facebook</a></span>
                </div>
            </div>
            <nav class="navbar navbar-expand-lg navbar-light bg-white border-bottom">
                <div class="container">
                    <a class="navbar-brand" href="{site}/"><img src="{site}/themes/kampongnews/assets/images/logo.png" alt="កំពង់ញូវស៍" height="48"></a>
                    <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#navbarMain" aria-controls="navbarMain" aria-expanded="false" aria-label="Toggle navigation"><span class="navbar-toggler-icon"></span></button>
                    <div class="collapse navbar-collapse" id="navbarMain">
                        <ul class="navbar-nav ms-auto">{lis(["ទំព័រដើម", "ព័ត៌មានជាតិ", "សេដ្ឋកិច្ច", "ទេសចរណ៍", "កសិកម្ម", "កីឡា", "ទំនាក់ទំនង"], '<li class="nav-item"><a class="nav-link" href="#">{}</a></li>')}</ul>
                    </div>
                </div>
            </nav>
        </header>

        <!-- Content -->
        <section id="layout-content">
            <div class="container py-4">
                <div class="row">
                    <div class="col-lg-8">
                        <nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="{site}/">ទំព័រដើម</a></li><li class="breadcrumb-item"><a href="{site}/blog/category/tourism">ទេសចរណ៍</a></li></ol></nav>
                        <div class="post-page">
                            <h1 class="post-title">{e(art["title"])}</h1>
                            <p class="info text-muted">
                                ដោយ <strong>{e(art["author"])}</strong> ·
                                <span class="post-date">២៧ មីនា ២០២៥ ម៉ោង ៩:៣០ ព្រឹក</span> ·
                                ក្នុងប្រភេទ <a href="{site}/blog/category/tourism">ទេសចរណ៍</a>
                            </p>
                            <div class="post-share mb-3"><span>ចែករំលែក៖</span> <a href="https://www.facebook.com/sharer/sharer.php?u={site}/blog/post/{slug}" class="btn btn-sm btn-primary">Facebook</a> <a href="https://t.me/share/url?url={site}/blog/post/{slug}" class="btn btn-sm btn-info">Telegram</a></div>
                            <div class="content">
{body}
                            </div>
                            <div class="telegram-box alert alert-info mt-4">
                                <p class="mb-1"><strong>តាមដានព័ត៌មានថ្មីៗពីកំពង់ញូវស៍</strong> តាមរយៈឆានែល Telegram របស់យើង។</p>
                                <a href="https://t.me/kampongnews" class="btn btn-sm btn-info">ចូលរួមឥឡូវនេះ</a>
                            </div>
                            <p class="post-tags">ស្លាក៖ <a href="{site}/blog/tag/homestay" class="badge bg-secondary">ផ្ទះស្នាក់នៅ</a> <a href="{site}/blog/tag/community-tourism" class="badge bg-secondary">ទេសចរណ៍សហគមន៍</a> <a href="{site}/blog/tag/kampong-leu" class="badge bg-secondary">ស្រុកកំពង់លើ</a></p>
                        </div>
                        <section class="related-posts mt-5">
                            <h4 class="section-title">ព័ត៌មានទាក់ទង</h4>
                            <div class="row">{related}</div>
                        </section>
                    </div>
                    <div class="col-lg-4">
                        <div class="sidebar-widget mb-4">
                            <h4 class="section-title">ព័ត៌មានពេញនិយម</h4>
                            <ol class="popular-list">{lis(["តម្លៃស្រូវ កើនឡើងនៅទូទាំងខេត្ត", "ផ្លូវជាតិលេខ ៧ នឹងបិទមួយផ្នែក ដើម្បីជួសជុល", "ក្រុមបាល់ទាត់ខេត្ត ឈ្នះការប្រកួតលើកដំបូង"], '<li><a href="#">{}</a></li>')}</ol>
                        </div>
                        <div class="sidebar-widget newsletter-widget">
                            <h4 class="section-title">ព្រឹត្តិបត្រព័ត៌មាន</h4>
                            <p>ទទួលបានព័ត៌មានសំខាន់ៗ តាមអ៊ីមែលរៀងរាល់សប្តាហ៍។</p>
                            <form data-request="onSubscribe" data-request-flash data-request-update="'newsletter/result': '#newsletterResult'">
                                <input type="email" name="email" class="form-control mb-2" placeholder="អ៊ីមែលរបស់អ្នក">
                                <button type="submit" class="btn btn-dark w-100">ចុះឈ្មោះ</button>
                            </form>
                            <div id="newsletterResult"></div>
                        </div>
                    </div>
                </div>
            </div>
        </section>

        <!-- Footer -->
        <footer id="layout-footer" class="bg-dark text-white-50 py-4">
            <div class="container">
                <div class="row">
                    <div class="col-md-6"><p>កំពង់ញូវស៍ ជាគេហទំព័រព័ត៌មានក្នុងស្រុក ផ្តោតលើជីវភាពរស់នៅតាមជនបទ។</p></div>
                    <div class="col-md-6 text-md-end"><p>&copy; ២០២៥ កំពង់ញូវស៍។ រក្សាសិទ្ធិគ្រប់យ៉ាង។</p></div>
                </div>
            </div>
        </footer>

        <!-- Scripts -->
        <script src="{site}/themes/kampongnews/assets/vendor/jquery.min.js"></script>
        <script src="{site}/themes/kampongnews/assets/vendor/bootstrap/bootstrap.bundle.min.js"></script>
        <script src="{site}/modules/system/assets/js/framework.combined-min.js?v=3.6.18"></script>
        <link rel="stylesheet" property="stylesheet" href="{site}/modules/system/assets/css/framework.extras-min.css?v=3.6.18">
    </body>
</html>
"""


def pashto(art):
    """ASP.NET Core MVC with Razor views (right to left, Bootstrap RTL)."""
    site = "https://www.sahar-khabar.example"
    token = "CfDJ8N2rQkTb3dZHhV7yq1XcLs0Wm9ePaEuGf4oJt6YBxKiRnAzl"
    ps = art["paragraphs"]
    img = '<figure class="figure w-100 my-3"><img src="/uploads/2025/04/shinkali-school.jpg?v=xq4D8kPzR2" class="figure-img img-fluid rounded" alt="د شین‌کلي نوی ښوونځی"><figcaption class="figure-caption">د شین‌کلي د نجونو نوی ښوونځی | انځور: سحر خبر</figcaption></figure>'
    also = '<div class="read-also border-start border-4 border-success ps-3 my-3"><span class="fw-bold">دا هم ولولئ:</span> <a href="/ps/news/11842/golbagh-road-construction">د ګل‌باغ ولسوالۍ د مرکز د سړک جوړول پیل شول</a></div>'
    ad = '<div class="ad-box text-center my-4"><span class="d-block small text-muted">اعلان</span><a href="/ps/ads/go/31"><img src="/uploads/ads/telecom-728x90.gif" alt="" width="728" height="90" class="img-fluid"></a></div>'
    body = paras(
        art, p='p class="news-text"', h='h2 class="h4 mt-4"', between={0: img, 2: also, 5: ad}
    )
    related = "".join(
        f'<div class="col-md-4"><a href="/ps/news/{i}/{h}" class="card h-100 text-decoration-none"><img src="/uploads/2025/04/{h}-thumb.jpg" class="card-img-top" alt=""><div class="card-body"><h3 class="h6 card-title">{e(t)}</h3><p class="card-text small text-muted">{e(s)}</p></div></a></div>'
        for i, h, t, s in [
            (
                11842,
                "golbagh-road-construction",
                "د ګل‌باغ ولسوالۍ د مرکز د سړک جوړول پیل شول",
                "د سړک اوږدوالی شپږ کیلومتره دی او تمه ده چې په درې میاشتو کې بشپړ شي.",
            ),
            (
                11806,
                "teachers-training-course",
                "په ولایت کې د ښوونکو لپاره د روزنې دوره پای ته ورسېده",
                "په دې دوره کې ۱۲۰ ښوونکو د تدریس نوې لارې چارې زده کړې.",
            ),
            (
                11779,
                "clean-water-project",
                "درې کلیو ته د څښاک د پاکو اوبو رسولو پروژه بشپړه شوه",
                "له دې پروژې څخه شاوخوا دوه زره کورنۍ ګټه پورته کوي.",
            ),
        ]
    )
    return f"""<!DOCTYPE html>
<html lang="ps" dir="rtl">
<head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>{e(art["title"])} - سحر خبر</title>
    <meta name="description" content="{e(ps[0][:140])}" />
    <link rel="canonical" href="{site}/ps/news/11857/golbagh-girls-school-opened" />
    <link rel="alternate" hreflang="fa" href="{site}/fa/news/11857" />
    <link rel="stylesheet" href="/lib/bootstrap/dist/css/bootstrap.rtl.min.css" />
    <link rel="stylesheet" href="/css/site.css?v=pAGv4ietcJNk_EwsQZ5BN9-K4MuNYS2a9wl4Jw-q9D0" />
    <link rel="stylesheet" href="/SaharKhabar.Web.styles.css?v=Hx8Jv0VdZkQd3g6dq1bDhKx7uN3w4ZlM0s9cKfQ2o7A" />
    {ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": art["title"], "datePublished": "2025-04-15T10:20:00+04:30", "author": {"@type": "Person", "name": art["author"]}, "inLanguage": "ps"})}
</head>
<body>
    <header>
        <div class="top-bar bg-success text-white small py-1">
            <div class="container d-flex justify-content-between">
                <span>سه شنبه، ۲۶ حمل ۱۴۰۴</span>
                <span><a class="text-white" href="/fa">دری</a> · <a class="text-white" href="/en">English</a></span>
            </div>
        </div>
        <nav class="navbar navbar-expand-sm navbar-toggleable-sm navbar-light bg-white border-bottom box-shadow mb-3">
            <div class="container">
                <a class="navbar-brand" href="/ps"><img src="/images/logo-ps.svg" alt="سحر خبر" height="44" /></a>
                <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target=".navbar-collapse" aria-controls="navbarSupportedContent" aria-expanded="false" aria-label="Toggle navigation">
                    <span class="navbar-toggler-icon"></span>
                </button>
                <div class="navbar-collapse collapse d-sm-inline-flex justify-content-between">
                    <ul class="navbar-nav flex-grow-1">{lis(["کور", "افغانستان", "ولایتونه", "نړۍ", "اقتصاد", "ورزش", "ویډیو"], '<li class="nav-item"><a class="nav-link text-dark" href="#">{}</a></li>')}</ul>
                    <form class="d-flex" method="get" action="/ps/Search"><input class="form-control me-2" type="search" name="q" placeholder="لټون" aria-label="لټون"></form>
                </div>
            </div>
        </nav>
    </header>
    <div class="container">
        <div id="cookieConsent" class="alert alert-info alert-dismissible fade show" role="alert">
            دا وېب‌پاڼه د غوره تجربې لپاره کوکیز کاروي. <a href="/ps/Home/Privacy">نور معلومات</a>.
            <button type="button" class="accept-policy close" data-bs-dismiss="alert" aria-label="Close" data-cookie-string=".AspNet.Consent=yes; expires=Wed, 15 Apr 2026 05:50:00 GMT; path=/; secure; samesite=none">
                <span aria-hidden="true">منم</span>
            </button>
        </div>
        <main role="main" class="pb-3">
            <div class="row">
                <div class="col-lg-8">
                    <nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/ps">کور</a></li><li class="breadcrumb-item"><a href="/ps/category/provinces">ولایتونه</a></li><li class="breadcrumb-item active" aria-current="page">ښوونه او روزنه</li></ol></nav>
                    <article class="news-detail">
                        <h1 class="news-title mb-3">{e(art["title"])}</h1>
                        <div class="news-meta d-flex flex-wrap gap-3 text-muted small mb-3">
                            <span><i class="bi bi-person"></i> {e(art["author"])}</span>
                            <span><i class="bi bi-calendar"></i> ۲۶ حمل ۱۴۰۴ - ۱۰:۲۰</span>
                            <span><i class="bi bi-eye"></i> ۱۲۴۸ ځلې لیدل شوی</span>
                        </div>
                        <div class="news-body">
{body}
                        </div>
                        <div class="news-tags mt-4"><span class="fw-bold">ټګونه:</span> <a href="/ps/tag/education" class="badge bg-light text-dark">ښوونه او روزنه</a> <a href="/ps/tag/girls-education" class="badge bg-light text-dark">د نجونو زده کړه</a> <a href="/ps/tag/golbagh" class="badge bg-light text-dark">ګل‌باغ</a></div>
                        <div class="share-bar mt-3"><span>شریکول:</span> <a href="https://www.facebook.com/sharer/sharer.php?u={site}/ps/news/11857" class="btn btn-sm btn-outline-primary">فیسبوک</a> <a href="https://wa.me/?text={site}/ps/news/11857" class="btn btn-sm btn-outline-success">واټساپ</a> <a href="https://x.com/intent/tweet?url={site}/ps/news/11857" class="btn btn-sm btn-outline-dark">ایکس</a></div>
                    </article>
                    <section class="related mt-5">
                        <h2 class="h5 section-title">اړوند خبرونه</h2>
                        <div class="row g-3">{related}</div>
                    </section>
                    <section class="comments mt-5" id="comments">
                        <h2 class="h5 section-title">نظرونه</h2>
                        <div class="comment border-bottom py-2"><strong>ملالۍ</strong> <small class="text-muted">۲۶ حمل ۱۴۰۴</small><p class="mb-0">ډېر ښه خبر دی. هیله ده چې نورو کلیو ته هم داسې ښوونځي جوړ شي.</p></div>
                        <form method="post" action="/ps/Comments/Create" class="mt-3">
                            <input type="hidden" name="NewsId" value="11857" />
                            <div class="mb-2"><label class="form-label" for="Name">نوم</label><input class="form-control" type="text" id="Name" name="Name" data-val="true" data-val-required="نوم اړین دی." /><span class="text-danger field-validation-valid" data-valmsg-for="Name" data-valmsg-replace="true"></span></div>
                            <div class="mb-2"><label class="form-label" for="Text">نظر</label><textarea class="form-control" id="Text" name="Text" rows="3"></textarea></div>
                            <button type="submit" class="btn btn-success">ولېږئ</button>
                            <p class="small text-muted mt-2">ستاسو نظر به د خپرېدو مخکې وکتل شي.</p>
                        <input name="__RequestVerificationToken" type="hidden" value="{token}1" /></form>
                    </section>
                </div>
                <aside class="col-lg-4">
                    <div class="card mb-4"><div class="card-header fw-bold">تازه خبرونه</div><ul class="list-group list-group-flush">{lis(["په کابل کې د وريجو بیه لږ څه راټیټه شوه", "د ننګرهار د ترکاریو صادرات زیات شوي", "د ځوانانو د فوټبال سیالۍ پیل شوې"], '<li class="list-group-item"><a href="#">{}</a></li>')}</ul></div>
                    <div class="card"><div class="card-body"><h3 class="h6">خبرپاڼه</h3><p class="small">ورځني مهم خبرونه په خپل برېښنالیک کې ترلاسه کړئ.</p><form method="post" action="/ps/Newsletter/Subscribe"><input class="form-control mb-2" type="email" name="Email" placeholder="برېښنالیک" /><button class="btn btn-dark w-100" type="submit">ګډون</button><input name="__RequestVerificationToken" type="hidden" value="{token}2" /></form></div></div>
                </aside>
            </div>
        </main>
    </div>

    <footer class="border-top footer text-muted">
        <div class="container">
            &copy; 2025 - سحر خبر - ټول حقونه خوندي دي - <a href="/ps/Home/Privacy">د محرمیت تګلاره</a> - <a href="/ps/Home/Contact">اړیکه</a>
        </div>
    </footer>
    <script src="/lib/jquery/dist/jquery.min.js"></script>
    <script src="/lib/bootstrap/dist/js/bootstrap.bundle.min.js"></script>
    <script src="/js/site.js?v=hRQyftXiu1lLX2P9Ly9xa4gHJgLeR1uGN5qegUobtGo"></script>
    <script>
        (function () {{
            var button = document.querySelector("#cookieConsent button[data-cookie-string]");
            button.addEventListener("click", function (event) {{
                document.cookie = button.dataset.cookieString;
            }}, false);
        }})();
    </script>
</body>
</html>
"""


def zoo(art):
    """Duda website builder: ``dmRespRow`` / ``dmRespCol`` / ``dmNewParagraph`` widgets."""
    ps = art["paragraphs"]
    n = [1700000]

    def para_widget(inner):
        n[0] += 137
        return f'<div class="u_{n[0]} dmNewParagraph" data-element-type="paragraph" data-version="5" id="{n[0]}" style="transition: none 0s ease 0s; text-align: left; display: block;">{inner}</div>'

    def row(cols, cls=""):
        n[0] += 29
        return f'<div class="dmRespRow{cls}" id="{n[0]}"><div class="dmRespColsWrapper" id="{n[0] + 1}">{cols}</div></div>'

    def col(inner, w=12):
        n[0] += 11
        return f'<div class="dmRespCol large-{w} medium-{w} small-12" id="{n[0]}">{inner}</div>'

    def text(i, j):
        out = []
        for p in ps[i:j]:
            if p.startswith("## "):
                out.append(
                    f'<h2 class="m-size-22 size-26"><span class="font-size-26 m-font-size-22" style="display: initial;">{e(p[3:])}</span></h2>'
                )
            elif p.startswith("- "):
                out.append(f'<li><span style="display: initial;">{e(p[2:])}</span></li>')
            else:
                out.append(
                    f'<p class="m-size-16 size-18"><span style="display: initial;">{e(p)}</span></p>'
                )
        s = "".join(out)
        s = s.replace("</p><li>", '</p><ul class="defaultList bullet"><li>', 1)
        if "<li>" in s and "</ul>" not in s:
            last = s.rfind("</li>") + 5
            s = s[:last] + "</ul>" + s[last:]
        return para_widget(s)

    caption = '<p class="m-size-13 size-14"><em><span style="display: initial;">Sasha&#x27;s cubs exploring their outdoor enclosure for the first time. Photo: Tom Barlow / Harwick Wildlife Park</span></em></p>'
    img = f'<div class="u_1711402 imageWidget align-center" data-element-type="image" data-widget-type="image" id="1711402"><img src="https://lirp.cdn-website.example/8f2a31c4/dms3rep/multi/opt/amur-leopard-cubs-harwick-1920w.jpg" alt="Two leopard cubs in long grass" id="1711403" class="" data-dm-image-path="https://irp.cdn-website.example/8f2a31c4/dms3rep/multi/amur-leopard-cubs-harwick.jpg" width="1200" height="800" onerror="handleImageLoadError(this)"></div>{para_widget(caption)}'
    adopt_text = '<h3 class="size-24"><span style="display: initial;">Adopt a leopard</span></h3><p><span style="display: initial;">Adopting an Amur leopard supports our conservation work in the field and at the park. Packages start from £35 and make a perfect gift.</span></p>'
    adopt = f'<div class="dmRespRow adopt-callout" style="background-color: rgb(243, 236, 222);" id="1712000"><div class="dmRespColsWrapper"><div class="dmRespCol large-12 medium-12 small-12">{para_widget(adopt_text)}<div class="u_1712010 dmButtonLink dmWidget dmWwr default dmOnlyButton dmDefaultGradient" data-element-type="dButtonLinkId" id="1712010"><a href="/adopt-an-animal" class="dmWidget" data-buttonstyle="FILLED"><span class="text">Adopt now</span></a></div></div></div></div>'
    article_rows = (
        row(col(text(0, 3)))
        + row(col(img))
        + row(col(text(3, 7)))
        + adopt
        + row(col(text(7, len(ps))))
    )
    more = "".join(
        f'<div class="dmRespCol large-4 medium-4 small-12"><div class="blog-teaser"><img src="https://lirp.cdn-website.example/8f2a31c4/dms3rep/multi/opt/{img}-640w.jpg" alt=""><h4><a href="/news/{h}">{e(t)}</a></h4><p>{e(s)}</p></div></div>'
        for h, img, t, s in [
            (
                "red-panda-enclosure-opens",
                "red-panda",
                "New red panda woodland opens in time for summer",
                "Our two red pandas have moved into a new tree-top home near the lakeside caf\u00e9.",
            ),
            (
                "keeper-for-a-day-returns",
                "keeper-day",
                "Keeper for a Day experiences are back",
                "Spend a day behind the scenes with our keepers, from preparing breakfasts to cleaning out the giraffes.",
            ),
            (
                "otter-pups-named",
                "otters",
                "You named our otter pups!",
                "More than 4,000 of you voted, and the winning names are Pebble, Reed and Brook.",
            ),
        ]
    )
    return f"""<!DOCTYPE html>
<html lang="en" class="">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=2, user-scalable=yes, viewport-fit=cover">
    <title>{e(art["title"])} | Harwick Wildlife Park</title>
    <meta name="description" content="{e(ps[0][:150])}">
    <meta property="og:type" content="article">
    <meta property="og:title" content="{e(art["title"])}">
    <meta name="twitter:card" content="summary_large_image">
    <link rel="canonical" href="https://www.harwickwildlife.example/news/amur-leopard-cubs-first-appearance">
    <link rel="preconnect" href="https://lirp.cdn-website.example/">
    <script>var _dm_gaq = {{}}; var dmAPI = {{}}; window.SystemID = 'US_DIRECT_PRODUCTION'; window.Parameters = window.Parameters || {{ SiteAlias: '8f2a31c4', SiteType: atob('RFVEQU9ORQ=='), SubscriptionType: atob('UFJP'), isWLR: false, IsSiteMultilingual: false }};</script>
    <link rel="stylesheet" type="text/css" href="https://static.cdn-website.example/mnlt/production/5710/_dm/s/rt/dist/css/d-css-runtime-desktop-one-package-structured-global.min.css">
    <link rel="stylesheet" type="text/css" href="https://irp.cdn-website.example/8f2a31c4/files/8f2a31c4_1.min.css?v=142">
    <style id="forceCssIncludes">.dmNewParagraph[data-version] .size-18 {{font-size: 18px;}}</style>
</head>
<body id="dmRoot" data-page-alias="news/amur-leopard-cubs-first-appearance" class="dmRoot dmDesktopBody fix-mobile-scrolling addCanvasBorder dmResellerSite dmLargeBody responsiveTablet" style="padding:0;margin:0;">
<div id="dm" class="dmwr">
    <div class="dm_wrapper standard-var5 widgetStyle-3 standard">
        <div dmwrapped="true" id="1901957768" class="dm-home-page" themewaschanged="true">
            <div dmtemplateid="StandardLayoutMultiD" class="standardHeaderLayout dm-bfs dm-layout-sec hasAnimations rows-1200 inMiniHeaderMode hasStickyHeader" id="dm-outer-wrapper">
                <div id="dmStyle_outerContainer" class="dmOuter">
                    <div id="dmStyle_innerContainer" class="dmInner">
                        <div class="dmLayoutWrapper standard-var dmStandardDesktop">
                            <div id="site_content">
                                <div class="p_hfcontainer showOnMedium showOnLarge">
                                    <div id="hcontainer" class="u_hcontainer dmHeader p_hfcontainer" freeheader="true" headerlayout="b58ba5b5703b4cd7b5f5f7951565dc87===horizontal-layout-5" layout="78f5c343822e4eb3aac27f4ad5d13812===header" has-shadow="true">
                                        <div dm:templateorder="85" class="dmHeaderResp dmHeaderStack noSwitch" id="1709005236">
                                            <div class="u_1594117409 dmRespRow" id="1594117409"><div class="dmRespColsWrapper">
                                                <div class="dmRespCol large-3 medium-3 small-12"><div class="u_1594117410 imageWidget align-center" data-element-type="image" id="1594117410"><a href="/"><img src="https://lirp.cdn-website.example/8f2a31c4/dms3rep/multi/opt/harwick-logo-400w.png" alt="Harwick Wildlife Park" width="220" height="80"></a></div></div>
                                                <div class="dmRespCol large-6 medium-6 small-12"><nav class="u_1594117411 effect-none main-navigation unifiednav dmLinksMenu" role="navigation" layout-main="horizontal_nav_layout_1" data-nav-structure="HORIZONTAL" id="1594117411"><ul role="menubar" class="unifiednav__container">{lis(["Plan your visit", "Animals", "Experiences", "Conservation", "News", "Support us"], '<li role="menuitem" class="unifiednav__item-wrap"><a href="#" class="unifiednav__item" target=""><span class="nav-item-text">{}</span></a></li>')}</ul></nav></div>
                                                <div class="dmRespCol large-3 medium-3 small-12"><div class="u_1594117412 dmButtonLink dmWidget dmWwr default dmOnlyButton" data-element-type="dButtonLinkId" id="1594117412"><a href="https://tickets.harwickwildlife.example/" class="dmWidget" target="_blank"><span class="text">Book tickets</span></a></div></div>
                                            </div></div>
                                        </div>
                                    </div>
                                </div>
                                <div dmwrapped="true" id="dmFirstContainer" class="dmBody u_dmStyle_template_news/amur-leopard-cubs-first-appearance">
                                    <div id="allWrapper" class="allWrapper">
                                        <div id="dm_content" class="dmContent" role="main">
                                            <div dm:templateorder="170" class="dmDefaultRespTmpl mainBorder" id="1716942098">
                                                <div class="innerPageTmplBox dmDefaultPage dmBlogPostPage dmRespRowsWrapper" id="1716942099">
                                                    <div class="dmRespRow blog-post-header" id="1710001"><div class="dmRespColsWrapper"><div class="dmRespCol large-12 medium-12 small-12">
                                                        <div class="dmNewParagraph" data-element-type="paragraph" id="1710002"><p class="post-category"><a href="/news/category/animal-news">Animal news</a></p></div>
                                                        <h1 class="dmNewParagraph blog-post-title" data-element-type="paragraph" id="1710003">{e(art["title"])}</h1>
                                                        <div class="dmNewParagraph post-meta" data-element-type="paragraph" id="1710004"><p><span class="post-date">7 August 2025</span> · <span class="post-author">By the Harwick Wildlife Park team</span></p></div>
                                                        <div class="u_1710005 dmShareWidget dmWidget" data-element-type="dShareButtonsId" id="1710005"><span class="share-label">Share this post</span> <a href="https://www.facebook.com/sharer/sharer.php?u=https://www.harwickwildlife.example/news/amur-leopard-cubs-first-appearance">Facebook</a> <a href="https://x.com/intent/post?url=https://www.harwickwildlife.example/news/amur-leopard-cubs-first-appearance">X</a> <a href="mailto:?subject=Amur%20leopard%20cubs">Email</a></div>
                                                    </div></div></div>
                                                    {article_rows}
                                                    <div class="dmRespRow more-news" id="1713000"><div class="dmRespColsWrapper"><div class="dmRespCol large-12 medium-12 small-12"><h3 class="dmNewParagraph" data-element-type="paragraph">More animal news</h3></div>{more}</div></div>
                                                    <div class="dmRespRow newsletter-row" style="background-color: rgb(34, 74, 52);" id="1714000"><div class="dmRespColsWrapper"><div class="dmRespCol large-12 medium-12 small-12">
                                                        <div class="dmNewParagraph" data-element-type="paragraph"><h3 style="color:#fff">Join our newsletter</h3><p style="color:#fff">Be the first to hear about new arrivals, events and special offers.</p></div>
                                                        <div class="dmform default native-inputs" data-element-type="dContactUsRespId" id="1714010"><form method="post" class="dmRespDesignRow" locale="ENGLISH" action="/_dm/s/rt/actions/sites/8f2a31c4/collections/appendFormEntry"><input type="email" name="dmform-email" placeholder="Email address" required><input class="dmformsubmit dmWidget R" value="Sign up" type="submit"><input name="dmformsendto" type="hidden" value="aHVzdGxlQGV4YW1wbGU="><input class="dmActionInput" type="hidden" name="action" value="/_dm/s/rt/widgets/dmform.submit.jsp"></form></div>
                                                    </div></div></div>
                                                </div>
                                            </div>
                                        </div>
                                    </div>
                                </div>
                                <div class="dmFooterContainer">
                                    <div id="fcontainer" class="u_fcontainer f_hcontainer dmFooter p_hfcontainer">
                                        <div dm:templateorder="250" class="dmFooterResp generalFooter" id="1943048428">
                                            <div class="dmRespRow" id="1594117420"><div class="dmRespColsWrapper">
                                                <div class="dmRespCol large-4 medium-4 small-12"><div class="dmNewParagraph" data-element-type="paragraph"><p><strong>Harwick Wildlife Park</strong><br>Fenny Lane, Harwick HW4 7QP<br>Open daily from 9.30am</p></div></div>
                                                <div class="dmRespCol large-4 medium-4 small-12"><div class="dmNewParagraph" data-element-type="paragraph"><p><a href="/contact">Contact us</a><br><a href="/accessibility">Accessibility</a><br><a href="/privacy">Privacy policy</a><br><a href="/careers">Work with us</a></p></div></div>
                                                <div class="dmRespCol large-4 medium-4 small-12"><div class="dmNewParagraph" data-element-type="paragraph"><p>Harwick Wildlife Trust is a registered charity, number 1098765. Every visit supports our conservation work.</p><p>© 2025 Harwick Wildlife Trust</p></div></div>
                                            </div></div>
                                        </div>
                                    </div>
                                </div>
                            </div>
                        </div>
                    </div>
                </div>
            </div>
        </div>
    </div>
</div>
<div id="cookie-notification" class="dmCookieNotification" data-dm-cookie-notification="true"><div class="cookie-notification-text">We use cookies to improve your experience on our website and to understand how it is used. You can change your preferences at any time.</div><div class="cookie-notification-buttons"><a class="cookie-accept">Accept all</a><a class="cookie-reject">Reject</a><a class="cookie-settings">Settings</a></div></div>
<script type="text/javascript" src="https://static.cdn-website.example/mnlt/production/5710/_dm/s/rt/dist/scripts/d-js-one-runtime-unified-desktop.min.js"></script>
</body>
</html>
"""


def maritime(art):
    """WordPress with the SmartMag theme by ThemeSphere."""
    site = "https://www.harbourandtow.example"
    url = f"{site}/news/ports/strand-haven-battery-electric-tugs/"
    related_box = '<div class="wp-block-group inline-related"><p><strong>RELATED:</strong> <a href="/news/vessels/kerrow-shipyard-wins-pilot-boat-order/">Kerrow Shipyard wins order for three hybrid pilot boats</a></p></div>'
    sponsored = '<div class="a-wrap a-wrap-base a-wrap-4"> <div class="label">Advertisement</div><a href="https://www.marine-propulsion-expo.example/" target="_blank" rel="sponsored"><img src="/wp-content/uploads/2025/04/mpe-728x90.png" width="728" height="90" alt="Marine Propulsion Expo 2025"></a></div>'
    event = '<div class="wp-block-group event-promo" style="border:1px solid #d6dde4;padding:16px"><h4>Tug &amp; Harbour Conference 2025</h4><p>Join port operators, tug owners and shipyards in Rotterdam on 14-15 October to discuss the future of harbour towage. Early-bird tickets are available until 30 June.</p><p><a class="wp-block-button__link" href="/events/tug-harbour-conference-2025/">Book your place</a></p></div>'
    body = paras(
        art,
        h='h2 class="wp-block-heading"',
        between={2: related_box, 5: sponsored, 8: event},
    )
    fig = '<div class="featured"><figure class="image-link media-ratio ratio-16-9"><img width="1200" height="675" src="/wp-content/uploads/2025/05/strand-haven-etug-render.jpg" class="attachment-bunyad-main size-bunyad-main wp-post-image" alt="" decoding="async"></figure><div class="wp-caption-text">A rendering of one of the battery-electric tugs. Image: Kerrow Shipyard</div></div>'
    most = "".join(
        f'<div class="l-post small-post m-pos-left"><div class="content"><div class="post-meta"><span class="meta-item date">{d}</span></div><h4 class="is-title post-title"><a href="#">{e(t)}</a></h4></div></div>'
        for t, d in [
            ("Ferry operator orders LNG-ready ro-pax for Irish Sea route", "May 20, 2025"),
            ("Salvage team refloats grounded bulk carrier off Dunmere", "May 19, 2025"),
            ("Pilots' union warns of fatigue as port traffic grows", "May 16, 2025"),
            ("Dredging contract awarded for Strand Haven outer channel", "May 14, 2025"),
        ]
    )
    rel = teasers(
        [
            (
                "Kerrow Shipyard wins order for three hybrid pilot boats",
                "The 17-metre boats will be able to run on batteries alone inside harbour limits.",
            ),
            (
                "Shore power comes to Strand Haven's east quay",
                "The port has connected its first berth to the grid, allowing ships to switch off their engines alongside.",
            ),
            (
                "How electric tugs are changing towage contracts",
                "Owners and charterers are rewriting contracts to share the cost of charging infrastructure.",
            ),
        ],
        tag="h4",
        cls="l-post grid-post grid-base-post",
    )
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{e(art["title"])} - Harbour &amp; Tow</title>
<meta name="description" content="The port plans to replace its entire towage fleet with zero-emission vessels by 2032." />
<link rel="canonical" href="{url}" />
<meta property="og:site_name" content="Harbour &amp; Tow" />
<meta property="article:section" content="Ports" />
<link rel='stylesheet' id='smartmag-core-css' href='{site}/wp-content/themes/smart-mag/style.css?ver=10.2.1' type='text/css' media='all' />
<link rel='stylesheet' id='smartmag-icons-css' href='{site}/wp-content/themes/smart-mag/css/icons/icons.css?ver=10.2.1' type='text/css' media='all' />
<script type="text/javascript" id="smartmag-lazy-inline-js-after">var BunyadLazy={{}};BunyadLazy.load=function(){{}};</script>
</head>

<body class="post-template-default single single-post postid-41207 single-format-standard right-sidebar post-layout-modern post-cat-12 has-lb has-lb-sm ts-img-hov-fade layout-normal elementor-default">

<div class="main-wrap">
	<div class="off-canvas-backdrop"></div>
	<div class="mobile-menu-container off-canvas" id="off-canvas"><div class="off-canvas-head"><a href="#" class="close"><span class="visuallyhidden">Close Menu</span></a></div><div class="off-canvas-content"><ul class="mobile-menu"></ul></div></div>
	<div class="smart-head smart-head-a smart-head-main" id="smart-head" data-sticky="auto" data-sticky-type="smart" data-sticky-full>
		<div class="smart-head-row smart-head-top is-light smart-head-row-full"><div class="inner full">
			<div class="items items-left "><span class="h-date">Thursday, May 22</span><div class="nav-wrap"><nav class="navigation navigation-small nav-hov-a"><ul id="menu-top-links" class="menu">{lis(["Subscribe", "Digital edition", "Events", "Jobs", "Advertise"], '<li class="menu-item"><a href="#">{}</a></li>')}</ul></nav></div></div>
			<div class="items items-right "><div class="spc-social-block spc-social spc-social-a smart-head-social"><a href="https://www.linkedin.com/company/harbourandtow" class="link service s-linkedin" target="_blank" rel="nofollow noopener"><i class="icon tsi tsi-linkedin"></i><span class="visuallyhidden">LinkedIn</span></a></div></div>
		</div></div>
		<div class="smart-head-row smart-head-mid smart-head-row-3 is-light smart-head-row-full"><div class="inner full">
			<div class="items items-left "><a href="{site}/" title="Harbour &amp; Tow" rel="home" class="logo-link ts-logo logo-is-image"><img src="{site}/wp-content/uploads/2022/03/harbour-tow-logo.png" class="logo-image" alt="Harbour &amp; Tow" width="300" height="60" /></a></div>
			<div class="items items-right "><div class="a-wrap a-wrap-base a-wrap-1"><a href="#"><img src="/wp-content/uploads/2025/02/winch-728x90.jpg" width="728" height="90" alt="Advertisement"></a></div></div>
		</div></div>
		<div class="smart-head-row smart-head-bot is-light smart-head-row-full"><div class="inner full"><div class="items items-left "><div class="nav-wrap"><nav class="navigation navigation-main nav-hov-a"><ul id="menu-main-menu" class="menu">{lis(["News", "Ports", "Vessels", "Towage & Salvage", "Offshore", "Decarbonisation", "Opinion"], '<li class="menu-item menu-item-type-taxonomy menu-item-object-category"><a href="#">{}</a></li>')}</ul></nav></div></div>
		<div class="items items-right "><a href="#" class="search-icon has-icon-only is-icon" title="Search"><i class="tsi tsi-search"></i></a></div></div></div>
	</div>

<div class="main ts-contain cf right-sidebar">
	<div class="ts-row">
		<div class="col-8 main-content s-post-contain">
			<div class="the-post-header s-head-modern s-head-modern-a">
				<div class="post-meta post-meta-a post-meta-left post-meta-single has-below"><div class="post-meta-items meta-above"><span class="meta-item cat-labels"><a href="{site}/category/news/ports/" class="category term-color-12" rel="category">Ports</a></span></div>
				<h1 class="is-title post-title">{e(art["title"])}</h1>
				<div class="sub-title">The port plans to replace its entire towage fleet with zero-emission vessels by 2032.</div>
				<div class="post-meta-items meta-below has-author-img"><span class="meta-item post-author has-img"><img alt="" src="https://secure.gravatar.com/avatar/ca11?s=32&amp;d=mm&amp;r=g" class="avatar avatar-32 photo" height="32" width="32" /><span class="by">By</span> <a href="{site}/author/colin-ashdown/" title="Posts by {e(art["author"])}" rel="author">{e(art["author"])}</a></span><span class="meta-item has-next-icon date"><time class="post-date" datetime="2025-05-22T09:15:00+01:00">May 22, 2025</time></span><span class="meta-item read-time has-icon"><i class="tsi tsi-clock"></i>3 Mins Read</span></div></div>
				<div class="post-share post-share-b spc-social-colors post-share-b1"><a href="https://www.linkedin.com/shareArticle?mini=true&amp;url={url}" class="cf service s-linkedin service-lg" target="_blank" rel="nofollow noopener"><i class="tsi tsi-linkedin"></i><span class="label">LinkedIn</span></a><a href="https://x.com/intent/tweet?url={url}" class="cf service s-twitter service-lg" target="_blank" rel="nofollow noopener"><i class="tsi tsi-twitter"></i><span class="label">Twitter</span></a><a href="mailto:?subject={e(art["title"])}&amp;body={url}" class="cf service s-email service-sm" target="_blank" rel="nofollow noopener"><i class="tsi tsi-envelope-o"></i><span class="label">Email</span></a></div>
			</div>
			<div class="single-featured">{fig}</div>
			<div class="the-post s-post-modern">
				<article id="post-41207" class="post-41207 post type-post status-publish format-standard has-post-thumbnail category-ports tag-electric-tugs tag-strand-haven tag-towage">
					<div class="post-content-wrap has-share-float">
						<div class="post-content cf entry-content content-spacious">
{body}
						</div>
					</div>
					<div class="the-post-foot cf">
						<div class="tag-share cf"><div class="post-tags"><span class="tags-label">Tags:</span> <a href="{site}/tag/electric-tugs/" rel="tag">electric tugs</a><a href="{site}/tag/strand-haven/" rel="tag">Strand Haven</a><a href="{site}/tag/towage/" rel="tag">towage</a></div></div>
						<div class="author-box"><section class="author-info"><img alt="" src="https://secure.gravatar.com/avatar/ca11?s=95&amp;d=mm&amp;r=g" class="avatar avatar-95 photo" height="95" width="95" /><div class="description"><a href="{site}/author/colin-ashdown/" title="Posts by {e(art["author"])}" rel="author">{e(art["author"])}</a><ul class="social-icons"></ul><p class="bio">Colin Ashdown is news editor of Harbour &amp; Tow. He spent 12 years at sea as a deck officer before moving into journalism.</p></div></section></div>
					</div>
				</article>
				<section class="related-posts"><div class="block-head block-head-ac block-head-c is-left"><h4 class="heading">Related <span class="color">Posts</span></h4></div><div class="block-content">{rel}</div></section>
				<div class="spc-newsletter spc-newsletter-b spc-newsletter-center spc-newsletter-sm"><div class="bg-wrap"></div><div class="inner"><h3 class="heading">Harbour &amp; Tow Daily</h3><div class="base-text message"><p>The day's top maritime news, straight to your inbox every weekday morning.</p></div><form method="post" action="https://harbourandtow.us5.list-manage.example/subscribe/post" class="form fields-style fields-full" target="_blank"><div class="main-fields"><p class="field-email"><input type="email" name="EMAIL" placeholder="Your email address.." required /></p><p class="field-submit"><input type="submit" value="Subscribe" /></p></div></form></div></div>
				<div class="comments"><div id="comments"><div class="comments-area "><p class="nocomments">Comments are closed.</p></div></div></div>
			</div>
		</div>
		<aside class="col-4 main-sidebar has-sep" data-sticky="1"><div class="inner theiaStickySidebar">
			<div id="bunyad-posts-list-2" class="widget ts-block-widget smartmag-widget-posts-small"><div class="block"><section class="block-wrap block-posts-small block-sc mb-none"><div class="widget-title block-head block-head-ac block-head-b"><h5 class="heading">Most Read</h5></div><div class="block-content"><div class="loop loop-small loop-small-a loop-sep loop-small-sep grid grid-1 md:grid-1 sm:grid-1 xs:grid-1">{most}</div></div></section></div></div>
			<div id="smartmag-block-codes-3" class="widget ts-block-widget smartmag-widget-codes"><div class="block"><div class="a-wrap"> <div class="label">Advertisement</div><a href="#"><img src="/wp-content/uploads/2025/03/fenders-300x250.jpg" width="300" height="250" alt=""></a></div></div></div>
			<div id="custom_html-5" class="widget_text widget widget_custom_html"><div class="widget-title block-head block-head-ac block-head-b"><h5 class="heading">Maritime Jobs</h5></div><div class="textwidget custom-html-widget"><ul><li><a href="#">Tug Master – Strand Haven</a></li><li><a href="#">Marine Superintendent – Rotterdam</a></li><li><a href="#">Chief Engineer (Electric Propulsion) – Southampton</a></li></ul></div></div>
		</div></aside>
	</div>
</div>

<footer class="main-footer cols-gap-lg footer-classic">
	<div class="lower-footer"><div class="ts-contain inner"><div class="copyright">&copy; 2025 Harbour &amp; Tow, published by Quayside Media Ltd. All rights reserved.</div><div class="links"><ul id="menu-footer-links" class="menu"><li><a href="#">About us</a></li><li><a href="#">Privacy policy</a></li><li><a href="#">Terms</a></li><li><a href="#">Contact</a></li></ul></div></div></div>
</footer>
</div>
<div class="search-modal-wrap" data-scheme="dark"><div class="search-modal-box" role="dialog" aria-modal="true"><form method="get" class="search-form" action="{site}/"><input type="search" class="search-field live-search-query" name="s" placeholder="Search..." value="" required /><button type="submit" class="search-submit visuallyhidden">Submit</button><p class="message">Type above and press <em>Enter</em> to search. Press <em>Esc</em> to cancel.</p></form></div></div>
<script type="text/javascript" src="{site}/wp-content/themes/smart-mag/js/theme.js?ver=10.2.1" id="smartmag-theme-js"></script>
</body>
</html>
"""


def hyperlocal(art):
    """beehiiv web post: inline-styled content blocks (``paragraph``, ``heading``)."""
    ps = art["paragraphs"]
    style_p = 'class="paragraph" style="text-align:left;"'
    blocks = []
    items = []

    def flush():
        if items:
            blocks.append(
                '<div style="padding-bottom:12px;padding-left:0px;padding-right:0px;padding-top:12px;"><ul>'
                + "".join(f"<li><p {style_p}>{e(x)}</p></li>" for x in items)
                + "</ul></div>"
            )
            items.clear()

    sponsor = '<div style="background-color:#F4F1EA;border-radius:10px;padding:20px;margin:24px 0;"><p class="paragraph" style="text-align:left;font-size:12px;text-transform:uppercase;letter-spacing:1px;">Together with Eastgate Credit Union</p><p class="paragraph" style="text-align:left;"><b>Saving for something big?</b> Eastgate Credit Union\'s holiday savings account pays 4.1% APY on balances up to $5,000, with no monthly fees. <a class="link" href="https://eastgatecu.example/holiday?utm_source=eastgatedaily" target="_blank" rel="noopener noreferrer nofollow">Open an account in five minutes</a>.</p></div>'
    image = '<div class="image"><img alt="Rosie\'s Bakery" class="image__image" style="" src="https://media.beehiiv.example/cdn-cgi/image/fit=scale-down,format=auto,onerror=redirect,quality=80/uploads/asset/file/8c2d1f4a/rosies-bakery.jpg"/><div class="image__source"><span class="image__source_text"><p>Rosa Delgado in the rebuilt kitchen at Rosie\'s. (Photo: Dana Whitfield)</p></span></div></div>'
    for i, p in enumerate(ps):
        if p.startswith("- "):
            items.append(p[2:])
            continue
        flush()
        if p.startswith("## "):
            slug = "-".join(p[3:].lower().replace("'", "").split())
            blocks.append(
                f'<div style="padding-bottom:12px;padding-left:0px;padding-right:0px;padding-top:12px;"><h2 class="heading" style="text-align:left;" id="{e(slug)}">{e(p[3:])}</h2></div>'
            )
        else:
            blocks.append(
                f'<div style="padding-bottom:12px;padding-left:0px;padding-right:0px;padding-top:12px;"><p {style_p}>{e(p)}</p></div>'
            )
        if i == 1:
            blocks.append(image)
        if i == 8:
            blocks.append(sponsor)
    flush()
    content = "\n".join(blocks)
    keep = "".join(
        f'<a href="/p/{h}" class="flex flex-col gap-2 rounded-wt border border-wt-border p-4"><h3 class="text-lg font-semibold text-wt-text-on-background-color">{e(t)}</h3><p class="text-sm text-wt-text-on-background-color opacity-75">{e(s)}</p><span class="text-xs opacity-60">{d}</span></a>'
        for h, t, s, d in [
            (
                "eastgate-library-late-hours",
                "The Eastgate library is staying open later",
                "Starting next month, the branch on Fulton Street will stay open until 8 p.m. on Tuesdays and Thursdays.",
                "Sep 29, 2025",
            ),
            (
                "14th-street-bike-lane-vote",
                "What's next for the 14th Street bike lane",
                "The neighborhood council votes on the proposal next week. Here's what you need to know.",
                "Sep 25, 2025",
            ),
        ]
    )
    return f"""<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>{e(art["title"])}</title><meta name="description" content="Plus: a look inside the new kitchen, and what a concha costs now."/><meta property="og:title" content="{e(art["title"])}"/><meta property="og:site_name" content="The Eastgate Daily"/><meta name="twitter:card" content="summary_large_image"/><link rel="canonical" href="https://www.eastgatedaily.example/p/rosies-bakery-reopening"/><link rel="stylesheet" href="/build/_assets/tailwind-5XK3P2QF.css"/><link rel="stylesheet" href="/build/_assets/root-QW8R2TZA.css"/><link rel="modulepreload" href="/build/entry.client-6ZB3OQ5H.js"/><link rel="modulepreload" href="/build/routes/p.$slug-3HV2ACNW.js"/></head><body><div class="flex min-h-screen flex-col" style="background-color:#FFFFFF;color:#222222">
<nav class="sticky top-0 z-20 w-full border-b border-wt-border bg-wt-background"><div class="mx-auto flex max-w-6xl items-center justify-between px-4 py-3"><a href="/" class="flex items-center gap-2"><img src="https://media.beehiiv.example/uploads/publication/logo/eastgate-daily.png" alt="The Eastgate Daily" class="h-8 w-8 rounded-md"/><span class="text-lg font-bold">The Eastgate Daily</span></a><div class="flex items-center gap-4"><a href="/archive" class="text-sm">Archive</a><a href="/about" class="text-sm">About</a><a href="/advertise" class="text-sm">Advertise</a><a href="/subscribe" class="rounded-wt bg-wt-primary px-3 py-2 text-sm font-semibold text-white">Subscribe</a></div></div></nav>
<main class="flex-grow"><div class="mx-auto w-full max-w-2xl px-4 py-8">
<div class="flex flex-col gap-4"><h1 class="text-3xl font-bold text-wt-text-on-background-color">{e(art["title"])}</h1><h2 class="text-lg text-wt-text-on-background-color opacity-75">Plus: a look inside the new kitchen, and what a concha costs now.</h2>
<div class="flex items-center gap-2"><img src="https://media.beehiiv.example/uploads/user/profile_picture/dana.jpg" alt="Dana Whitfield" class="h-10 w-10 rounded-full"/><div class="flex flex-col"><span class="text-sm font-semibold">{e(art["author"])}</span><span class="text-xs opacity-70">October 02, 2025</span></div></div>
<div class="flex gap-2"><a href="https://x.com/intent/tweet?url=https://www.eastgatedaily.example/p/rosies-bakery-reopening" class="rounded-full border p-2" aria-label="Share on X"></a><a href="https://www.facebook.com/sharer/sharer.php?u=https://www.eastgatedaily.example/p/rosies-bakery-reopening" class="rounded-full border p-2" aria-label="Share on Facebook"></a><button type="button" class="rounded-full border p-2" aria-label="Copy link">Copy link</button></div></div>
<div class="rendered-post mt-8"><div id="content-blocks">
{content}
<div style="padding-bottom:12px;padding-left:0px;padding-right:0px;padding-top:12px;"><p class="paragraph" style="text-align:left;"><i>Got a tip about something happening on your block? Just reply to this email or write to tips@eastgatedaily.example. See you tomorrow!</i></p><p class="paragraph" style="text-align:left;">— Dana</p></div>
<div class="poll"><p class="paragraph" style="text-align:left;"><b>How did you like today's newsletter?</b></p><ul><li><a href="/polls/8a1c?answer=1">Loved it</a></li><li><a href="/polls/8a1c?answer=2">It was OK</a></li><li><a href="/polls/8a1c?answer=3">Not for me</a></li></ul></div>
</div></div>
<div class="mt-10 rounded-wt border border-wt-border p-6 text-center"><h3 class="text-xl font-bold">Keep up with Eastgate</h3><p class="mt-2 text-sm opacity-80">Join 9,400 neighbors who get The Eastgate Daily in their inbox every weekday morning. It's free.</p><form action="/create_account" method="post" class="mt-4 flex gap-2"><input type="email" name="email" placeholder="Enter your email" class="flex-grow rounded-wt border px-3 py-2" required=""/><input type="hidden" name="ref" value="post-footer"/><button type="submit" class="rounded-wt bg-wt-primary px-4 py-2 font-semibold text-white">Subscribe</button></form></div>
<div class="mt-10"><h3 class="mb-4 text-xl font-bold">Keep reading</h3><div class="grid gap-4 sm:grid-cols-2">{keep}</div></div>
</div></main>
<footer class="border-t border-wt-border py-8"><div class="mx-auto flex max-w-6xl flex-col items-center gap-2 px-4 text-sm opacity-70"><p>© 2025 The Eastgate Daily.</p><p>1420 Millbrook Avenue, Suite 3, Eastgate</p><div class="flex gap-4"><a href="/privacy">Privacy Policy</a><a href="/tos">Terms of Use</a></div><a href="https://www.beehiiv.example/?utm_source=eastgate-daily&amp;utm_medium=footer" class="text-xs">Powered by beehiiv</a></div></footer>
</div><script>window.__remixContext = {{"url":"/p/rosies-bakery-reopening","state":{{"loaderData":{{"routes/p.$slug":{{"post":{{"id":"f5c2e0aa-7b1d-4c3e-9a2f-51d0c7e8b612","slug":"rosies-bakery-reopening","web_title":"{e(art["title"])}","audience":"free"}}}}}}}}}};</script><script src="/build/entry.client-6ZB3OQ5H.js" type="module" async=""></script></body></html>"""


LAYOUTS_H26 = {
    "h26-01-polish": ("h26_polish", polish),
    "h26-02-czech": ("h26_czech", czech),
    "h26-03-swedish": ("h26_swedish", swedish),
    "h26-04-kannada": ("h26_kannada", kannada),
    "h26-05-khmer": ("h26_khmer", khmer),
    "h26-06-pashto": ("h26_pashto", pashto),
    "h26-07-zoo": ("h26_zoo", zoo),
    "h26-08-maritime": ("h26_maritime", maritime),
    "h26-09-hyperlocal": ("h26_hyperlocal", hyperlocal),
}
