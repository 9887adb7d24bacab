"""Layouts of pages h36-04 to h36-06 of the held-out group "h36" of the extraction benchmark.

Written by someone other than the person tuning the reader and without reading the reader
or its output on these pages; never used for tuning (docs/benchmarks-extraction.md).
Fictional pages on wiki, knowledge-base and documentation platforms not used by h2-h35: an
English library consortium's news post as a blog post in a public space of Confluence Data
Center 8 (AUI header, ``ajs-`` meta tags and ``WRM._unparsedData``, the space sidebar with
its blog tree, ``#main-header`` with breadcrumbs and ``title-text``, ``#content.blogpost``
with ``page-metadata`` and the body in ``#main-content.wiki-content``: a server-side
``toc-macro``, headings with generated ids, a ``confluence-embedded-image`` with an
italic caption paragraph, a ``panel`` macro with a "Read also:" line, the update note in a
``confluence-information-macro-note``; likes, labels, ``comment-threads`` and the
"Powered by Atlassian Confluence" footer); a Norwegian (Bokmål) broadband co-operative's
announcement in the Announcements section of a Zendesk Guide help centre on the Copenhagen
theme (``sub-nav`` breadcrumbs and search, ``article-container`` with
``article-sidebar`` "Artikler i denne delen", ``article-header`` with the author avatar
and ``meta-group``, the body in ``article-body``, ``article-votes``,
``article-more-questions``, ``related-articles`` / ``recent-articles``, the
``comment-section`` with ``comment-list``, the ``HelpCenter`` script object and the web
widget snippet); and a Latin-language community news wiki's story on DokuWiki with the
default "dokuwiki" template (``#dokuwiki__site`` / ``__header`` / ``__content``,
``tools`` lists, the ``youarehere`` breadcrumb, the body as ``level1`` / ``level2``
sections after ``sectionedit`` headings, ``secedit`` edit buttons, a ``mediacenter``
image, a "wrap" plugin box with a "Lege etiam:" line, the ``dw__toc`` table of contents,
``docInfo``, ``JSINFO``, the discussion plugin's comments and the ``wikilink`` pagelist
of other news).
"""

from __future__ import annotations

import html
import json
import re

from page_parts import lis

e = html.escape


def camel(text):
    """Confluence's heading ids: the text without spaces and punctuation."""
    return re.sub(r"[^A-Za-z0-9]", "", text)


def confluence_body(art, slug):
    """The storage format as Confluence 8 renders it in ``#main-content``."""
    base = "/download/attachments/98304117"
    out = []
    items = []
    heads = [p[3:] for p in art["paragraphs"] if p.startswith("## ")]
    toc = "".join(f'<li><a href="#{slug}-{camel(h)}">{e(h)}</a></li>' for h in heads)
    out.append(
        f'<p><style type="text/css">/*<![CDATA[*/div.rbtoc1741770233904 {{padding: 0px;}} div.rbtoc1741770233904 ul {{margin-left: 0px;}} div.rbtoc1741770233904 li {{margin-left: 0px;padding-left: 0px;}}/*]]>*/</style></p><div class="toc-macro rbtoc1741770233904 conf-macro output-block" data-hasbody="false" data-macro-name="toc" data-macro-id="5f0c2a77-41d9-4b1e-9d2e-7a3c6b0e9a11" data-layout="default" data-local-id="5f0c2a77-41d9-4b1e-9d2e-7a3c6b0e9a11"><ul class="toc-indentation">{toc}</ul></div>'
    )
    image = f'<p><span class="confluence-embedded-file-wrapper image-center-wrapper confluence-embedded-manual-size"><img class="confluence-embedded-image image-center" draggable="false" width="680" loading="lazy" src="{base}/kelsby-central-returns-shelves.jpg?version=1&amp;modificationDate=1741769821337&amp;api=v2" data-image-src="{base}/kelsby-central-returns-shelves.jpg?version=1&amp;modificationDate=1741769821337&amp;api=v2" data-unresolved-comment-count="0" data-linked-resource-id="98304125" data-linked-resource-version="1" data-linked-resource-type="attachment" data-linked-resource-default-alias="kelsby-central-returns-shelves.jpg" data-base-url="https://wiki.marrowdalelibraries.example" data-linked-resource-content-type="image/jpeg" data-linked-resource-container-id="98304117" data-linked-resource-container-version="3" alt="Returned books waiting to be shelved at Kelsby Central Library" title="Returned books waiting to be shelved at Kelsby Central Library"></span></p><p style="text-align: center;"><em><sub>Returned books on the sorting shelves at Kelsby Central Library. Photo: Marrowdale Libraries Consortium</sub></em></p>'
    panel = '<div class="panel conf-macro output-block" style="background-color: #F4F5F7;border-color: #C1C7D0;border-width: 1px;" data-hasbody="true" data-macro-name="panel" data-macro-id="c3d18e02-9b5f-4a61-8f0e-2b7d41a6c5e9"><div class="panelContent" style="background-color: #F4F5F7;"><p><strong>Read also:</strong> <a href="/display/NEWS/2024/11/21/Consortium+board+agrees+shared+catalogue">Consortium board agrees shared catalogue after two-year review</a></p></div></div>'
    n = len(art["paragraphs"])
    for i, p in enumerate(art["paragraphs"]):
        if p.startswith("- "):
            items.append(f"<li>{e(p[2:])}</li>")
            continue
        if items:
            out.append("<ul>" + "".join(items) + "</ul>")
            items = []
        if p.startswith("## "):
            out.append(f'<h2 id="{slug}-{camel(p[3:])}">{e(p[3:])}</h2>')
        elif i == n - 1 and p.startswith("Update"):
            out.append(
                f'<div class="confluence-information-macro confluence-information-macro-note conf-macro output-block" data-hasbody="true" data-macro-name="note" data-macro-id="0b6e4f1d-7c28-4e55-a1f3-93d8c2e4b760"><span class="aui-icon aui-icon-small aui-iconfont-warning confluence-information-macro-icon"></span><div class="confluence-information-macro-body"><p>{e(p)}</p></div></div>'
            )
        else:
            out.append(f"<p>{e(p)}</p>")
        if i == 1:
            out.append(image)
        if i == 10:
            out.append(panel)
    if items:
        out.append("<ul>" + "".join(items) + "</ul>")
    return "\n".join(out)


def confluence_sidebar():
    posts = {
        "March": [
            "Marrowdale libraries move to one shared catalogue after Easter, with a four-day borrowing pause",
            "Spring reading challenge for adults opens on 1 April",
        ],
        "February": [
            "Saltcote Library roof repairs finish two weeks early",
            "New digital newspapers service: 7,000 titles free with your card",
            "Half-term Lego club returns to five branches",
        ],
        "January": [
            "Library staff begin testing the shared catalogue",
            "Ashby Bridge home library service looking for volunteer drivers",
        ],
    }
    months = []
    for month, titles in posts.items():
        links = "".join(
            f'<li><span class="plugin_pagetree_children_span"><a href="/display/NEWS/2025/">{e(t)}</a></span></li>'
            for t in titles
        )
        months.append(
            f'<li class="sidebar-blog-tree-month"><span class="sidebar-blog-tree-month-name">{month}</span><ul>{links}</ul></li>'
        )
    return f'<ul class="sidebar-blog-tree"><li class="sidebar-blog-tree-year expanded"><span class="sidebar-blog-tree-year-name">2025</span><ul>{"".join(months)}</ul></li><li class="sidebar-blog-tree-year collapsed"><span class="sidebar-blog-tree-year-name">2024</span></li><li class="sidebar-blog-tree-year collapsed"><span class="sidebar-blog-tree-year-name">2023</span></li></ul>'


def confluence_comments():
    rows = [
        (
            "lmorcombe",
            "Linda Morcombe",
            "Mar 12, 2025",
            "Will the reading group sets move to the shared catalogue as well? Our group at Ashby Bridge borrows a set of ten copies every month.",
        ),
        (
            "gadeyemi",
            "Gwen Adeyemi",
            "Mar 12, 2025",
            "Hi Linda, yes, reading group sets will be in the new catalogue and groups will be able to request sets held at any branch. Your next set will be ready as normal.",
        ),
        (
            "dfairclough",
            "Dev Fairclough",
            "Mar 13, 2025",
            "Great news about the children's fines. Could the drop-in sessions include the app for older readers? My dad struggles with the current one.",
        ),
    ]
    out = []
    for k, (user, name, date, text) in enumerate(rows):
        cid = 98304201 + k * 7
        out.append(
            f'<li id="comment-thread-{cid}" class="comment-thread"><div class="comment  " id="comment-{cid}"><p class="comment-user-logo"><a class="userLogoLink" data-username="{user}" href="/display/~{user}" title=""><img class="userLogo logo" src="/images/icons/profilepics/default.svg" alt="User icon: {user}" title=""></a></p><div class="comment-header"><h4 class="author"><a href="/display/~{user}" class="url fn confluence-userlink userlink-{k + 1}" data-username="{user}" title="" data-user-hover-bound="true">{e(name)}</a></h4></div><div class="comment-body"><div class="comment-content wiki-content"><p>{e(text)}</p></div><div class="comment-actions"><ul class="comment-actions-secondary"></ul><ul class="comment-actions-primary"><li class="first action-reply"><a href="#" class="comment-action-reply">Reply</a></li><li class="comment-action-like"><a href="#" class="like-button"><span class="aui-icon aui-icon-small aui-iconfont-like"></span><span class="like-button-text">Like</span></a></li><li class="comment-date"><a href="/display/NEWS/2025/03/12/Marrowdale+libraries+move+to+one+shared+catalogue?focusedCommentId={cid}#comment-{cid}"><span title="{date}">{date}</span></a></li></ul></div></div></div></li>'
        )
    return "".join(out)


def confluence(art):
    """Confluence Data Center 8.5: a blog post in a public space, body in ``#main-content``."""
    site = "https://wiki.marrowdalelibraries.example"
    path = "/display/NEWS/2025/03/12/Marrowdale+libraries+move+to+one+shared+catalogue+after+Easter"
    slug = camel(art["title"])
    body = confluence_body(art, slug)
    wrm = "/s/d41d8cd98f00b204e9800998ecf8427e-CDN/-6k1x3v/8703/1n9gqzu/_/download"
    banner = json.dumps(
        {
            "daysBeforeLicenseExpiry": 0,
            "daysBeforeMaintenanceExpiry": 0,
            "showLicenseExpiryBanner": False,
        }
    )
    labels = lis(
        ["catalogue", "library-cards", "easter", "consortium-news"],
        '<li class="aui-label " data-label-id="98"><a class="aui-label-split-main" href="/label/NEWS/{0}" rel="tag">{0}</a></li>',
    )
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
    <title>{e(art["title"])} - Consortium News - Marrowdale Libraries Wiki</title>
    <meta http-equiv="X-UA-Compatible" content="IE=EDGE,chrome=IE7">
    <meta charset="UTF-8">
    <meta id="confluence-context-path" name="confluence-context-path" content="">
    <meta id="confluence-base-url" name="confluence-base-url" content="{site}">
    <meta id="atlassian-token" name="atlassian-token" content="6b1e0c44f0a9d2b7e3c58a17d2f4e901bb3c7a62">
    <meta id="confluence-space-key" name="confluence-space-key" content="NEWS">
    <script type="text/javascript">
        var contextPath = '';
    </script>
    <meta name="confluence-request-time" content="1741938214551">
    <meta name="ajs-build-number" content="9012">
    <meta name="ajs-version-number" content="8.5.16">
    <meta name="ajs-page-id" content="98304117">
    <meta name="ajs-latest-page-id" content="98304117">
    <meta name="ajs-content-type" content="blogpost">
    <meta name="ajs-page-title" content="{e(art["title"])}">
    <meta name="ajs-space-key" content="NEWS">
    <meta name="ajs-space-name" content="Consortium News">
    <meta name="ajs-remote-user" content="">
    <meta name="ajs-current-user-fullname" content="">
    <meta name="ajs-context-path" content="">
    <meta name="ajs-base-url" content="{site}">
    <meta name="ajs-user-locale" content="en_GB">
    <meta name="ajs-is-confluence-admin" content="false">
    <meta name="ajs-can-remove-page" content="false">
    <meta name="ajs-page-version" content="3">
    <meta name="ajs-enabled-dark-features" content="site-wide.shared-drafts,confluence.view.edit.transition,notification.batch">
    <meta name="ajs-atl-token" content="6b1e0c44f0a9d2b7e3c58a17d2f4e901bb3c7a62">
    <link rel="shortcut icon" href="{wrm}/resources/com.atlassian.confluence.plugins.confluence-lookandfeel:favicon/favicon.ico">
    <link rel="search" type="application/opensearchdescription+xml" href="/opensearch/osd.action" title="Marrowdale Libraries Wiki">
    <link type="text/css" rel="stylesheet" href="{wrm}/contextbatch/css/_super/batch.css" data-wrm-key="_super" data-wrm-batch-type="context" media="all">
    <link type="text/css" rel="stylesheet" href="{wrm}/contextbatch/css/blogpost,main,viewcontent,atl.general,atl.comments,-_super/batch.css?highlightactions=true&amp;hostenabled=true" data-wrm-key="blogpost,main,viewcontent,atl.general,atl.comments,-_super" data-wrm-batch-type="context" media="all">
    <script>
window.WRM=window.WRM||{{}};window.WRM._unparsedData=window.WRM._unparsedData||{{}};window.WRM._unparsedErrors=window.WRM._unparsedErrors||{{}};
WRM._unparsedData["com.atlassian.confluence.plugins.confluence-license-banner:confluence-license-banner-resources.license-details"]={json.dumps(banner)};
WRM._unparsedData["com.atlassian.analytics.analytics-client:policy-update-init.policy-update-data-provider"]="false";
WRM._unparsedData["com.atlassian.confluence.plugins.confluence-feature-discovery-plugin:confluence-feature-discovery-plugin-resources.test-mode"]="false";
</script>
    <script type="text/javascript" src="{wrm}/contextbatch/js/_super/batch.js?locale=en-GB" data-wrm-key="_super" data-wrm-batch-type="context" data-initially-rendered></script>
    <link rel="canonical" href="{site}{path}">
    <link rel="shortlink" href="{site}/x/dQDbBQ">
    <meta name="wikilink" content="[NEWS:/2025/03/12/{e(art["title"])}]">
    <meta name="page-version" content="3">
    <meta name="ajs-page-id" content="98304117">
    <link rel="alternate" type="application/rss+xml" title="Consortium News blog" href="/spaces/createrssfeed.action?types=blogpost&amp;spaces=NEWS&amp;maxResults=15&amp;title=Consortium+News+blog&amp;publicFeed=true">
</head>
<body id="com-atlassian-confluence" class="theme-default  aui-layout aui-theme-default">
<div id="stp-licenseStatus-banner"></div>
<ul id="assistive-skip-links" class="assistive">
    <li><a href="#title-heading">Skip to content</a></li>
    <li><a href="#breadcrumbs">Skip to breadcrumbs</a></li>
    <li><a href="#header-menu-bar">Skip to header menu</a></li>
    <li><a href="#navigation">Skip to action menu</a></li>
    <li><a href="#quick-search-query">Skip to quick search</a></li>
</ul>
<div id="page">
<div id="full-height-container">
    <div id="header-precursor">
        <div class="cell">
            <div class="mlc-site-notice" role="region" aria-label="Site notice"><strong>Library opening hours over Easter:</strong> most branches are closed on Good Friday and Easter Sunday. Check the opening hours page before you travel.</div>
        </div>
    </div>
    <header id="header" role="banner">
        <a class="aui-skip-link" href="/login.action?os_destination=%2Fdisplay%2FNEWS%2F2025%2F03%2F12%2FMarrowdale%2Blibraries">Log in</a>
        <nav class="aui-header aui-dropdown2-trigger-group" aria-label="Site"><div class="aui-header-inner">
            <div class="aui-header-before"><button class=" aui-dropdown2-trigger app-switcher-trigger aui-dropdown2-trigger-arrowless" aria-controls="app-switcher" aria-haspopup="true" role="button" data-aui-trigger href="#app-switcher"><span class="aui-icon aui-icon-small aui-iconfont-appswitcher">Linked Applications</span></button><div id="app-switcher" class="aui-dropdown2 aui-style-default" role="menu" hidden data-is-switcher="true" data-environment="{{&quot;isUserAdmin&quot;:false,&quot;isAppSuggestionAvailable&quot;:false,&quot;isSiteAdminUser&quot;:false}}"><div class="app-switcher-loading">Loading&hellip;</div></div></div>
            <div class="aui-header-primary">
                <span id="logo" class="aui-header-logo aui-header-logo-custom"><a href="/" aria-label="Go to home page"><img src="/download/attachments/327681/atl.site.logo?version=2&amp;modificationDate=1699354410216&amp;api=v2" alt="Marrowdale Libraries Wiki"><span class="aui-header-logo-text">Marrowdale Libraries Wiki</span></a></span>
                <ul class="aui-nav">
                    <li><a id="space-directory-link" href="/spacedirectory/view.action" class=" aui-nav-imagelink" title="Spaces"><span>Spaces</span></a></li>
                    <li><a href="/display/NEWS/Opening+hours" class="aui-nav-link">Opening hours</a></li>
                    <li><a href="/display/NEWS/Find+a+library" class="aui-nav-link">Find a library</a></li>
                    <li><a href="https://catalogue.marrowdalelibraries.example/" class="aui-nav-link">Library catalogue</a></li>
                </ul>
            </div>
            <div class="aui-header-secondary">
                <ul class="aui-nav">
                    <li><div id="search-ui" class="aui-quicksearch dont-default-focus header-quicksearch"><button id="quick-search-query-button" aria-label="Search" aria-haspopup="dialog" aria-controls="search_drawer"></button><input id="quick-search-query" aria-label="Search" placeholder="Search" type="text" accesskey="q" autocomplete="off" name="queryString"><div id="quick-search-alert" role="alert">Hit enter to search</div><button id="quick-search-clear-button" aria-label="Clear search"></button></div></li>
                    <li><a id="help-menu-link" class="aui-dropdown2-trigger aui-dropdown2-trigger-arrowless" href="#" aria-haspopup="true" aria-owns="help-menu-link-content" title="Help"><span class="aui-icon aui-icon-small aui-iconfont-question-filled">Help</span></a></li>
                    <li><a href="/login.action?os_destination=%2Fdisplay%2FNEWS%2F2025%2F03%2F12" class="aui-nav-link login-link">Log in</a></li>
                </ul>
            </div>
        </div></nav>
    </header>
    <div class="ia-splitter">
        <div class="ia-splitter-left">
            <div class="ia-fixed-sidebar" role="complementary" aria-label="sidebar">
                <div class="acs-side-bar ia-scrollable-section">
                    <div class="acs-side-bar-space-info tipsy-enabled" data-configure-tooltip="Edit space details">
                        <div class="avatar"><div class="space-logo" data-key="NEWS" data-name="Consortium News" data-entity-type="confluence.space"><div class="avatar-inner"><a href="/display/NEWS/Consortium+News+Home"><img src="/download/attachments/98304001/NEWS?version=1&amp;modificationDate=1672916400000&amp;api=v2" alt=""></a></div></div></div>
                        <div class="space-information-container"><div class="name"><a href="/display/NEWS/Consortium+News+Home" title="Consortium News">Consortium News</a></div><div class="flyout-handle icon aui-icon aui-icon-small aui-iconfont-edit"></div></div>
                    </div>
                    <div class="acs-side-bar-content">
                        <div class="acs-nav-wrapper"><div class="acs-nav" data-has-create-permission="false" data-quick-links-state="null" data-page-tree-state="null" data-nav-type="page-tree">
                            <div class="acs-nav-sections">
                                <a class="acs-nav-item wiki" href="/collector/pages.action?key=NEWS" data-collector-key="spacebar-pages"><span class="icon"></span><span class="acs-nav-item-label">Pages</span></a>
                                <a class="acs-nav-item blog current-item" aria-current="page" href="/pages/viewrecentblogposts.action?key=NEWS" data-collector-key="spacebar-blogs"><span class="icon"></span><span class="acs-nav-item-label">Blog</span></a>
                            </div>
                        </div></div>
                        <div class="ia-secondary-container tipsy-enabled" data-tree-type="blogs">
                            <div class="ia-secondary-header"><h2 class="ia-secondary-header-title blog"><span class="icon"></span><span class="label">Blog</span></h2></div>
                            <div class="ia-secondary-content">{confluence_sidebar()}</div>
                        </div>
                    </div>
                    <div class="hidden"><a href="/collector/pages.action?key=NEWS" id="space-pages-link"></a></div>
                </div>
                <div class="ia-splitter-handle tipsy-enabled" data-tooltip="Collapse sidebar ( [ )" title=" ([)"><div class="ia-splitter-handle-highlight confluence-icon-grab-handle"></div></div>
                <div class="acs-side-bar-footer"><div class="acs-side-bar-flyout"><a href="/spaces/viewspacesummary.action?key=NEWS" class="aui-button aui-button-subtle space-tools-link">Space tools</a></div><a class="expand-collapse-trigger aui-icon aui-icon-small aui-iconfont-chevron-double-left" data-tooltip="Collapse sidebar ( [ )"></a></div>
            </div>
        </div>
        <div id="main" class=" aui-page-panel">
            <div id="main-header">
                <div id="navigation" class="content-navigation view" role="region" aria-label="Page tools">
                    <ul class="ajs-menu-bar">
                        <li class="ajs-button normal"><a id="watch-content-button" href="/users/viewnotifications.action" rel="nofollow" class="aui-button aui-button-subtle" title="Watch this blog"><span>Watch</span></a></li>
                        <li class="ajs-button normal"><a id="shareContentLink" href="#" rel="nofollow" class="aui-button aui-button-subtle share" title="Share this blog post with others"><span>Share</span></a></li>
                        <li class="normal ajs-menu-item"><a id="action-menu-link" class="action aui-dropdown2-trigger-arrowless aui-button aui-button-subtle ajs-menu-title aui-dropdown2-trigger" href="#" aria-haspopup="true" aria-owns="action-menu"><span><span class="aui-icon aui-icon-small aui-iconfont-more" aria-label="More options">&#8230;</span></span></a>
                            <div id="action-menu" class="aui-dropdown2 aui-style-default" role="menu"><div class="aui-dropdown2-section"><ul id="action-menu-primary" class="section-primary first"><li><a id="view-attachments-link" href="/pages/viewpageattachments.action?pageId=98304117" class="action-view-attachments"><span>Attachments (1)</span></a></li><li><a id="action-view-history-link" href="/pages/viewpreviousversions.action?pageId=98304117"><span>Page History</span></a></li></ul></div><div class="aui-dropdown2-section"><ul id="action-menu-secondary" class="section-secondary"><li><a id="view-in-hierarchy-link" href="/pages/reorderpages.action?key=NEWS"><span>View in Hierarchy</span></a></li><li><a id="action-export-pdf-link" href="/spaces/flyingpdf/pdfpageexport.action?pageId=98304117"><span>Export to PDF</span></a></li><li><a id="action-export-word-link" href="/exportword?pageId=98304117"><span>Export to Word</span></a></li></ul></div></div>
                        </li>
                    </ul>
                </div>
                <div id="title-heading" class="pagetitle with-breadcrumbs">
                    <div id="breadcrumb-section"><nav aria-label="Breadcrumbs"><ol id="breadcrumbs"><li class="first"><span class=""><a href="/display/NEWS/Consortium+News+Home">Consortium News</a></span></li><li><span class=""><a href="/pages/viewrecentblogposts.action?key=NEWS">Blog</a></span></li><li><span class=""><a href="/display/NEWS/2025">2025</a></span></li><li><span class=""><a href="/display/NEWS/2025/03">March</a></span></li></ol></nav></div>
                    <h1 id="title-text" class="with-breadcrumbs"><a href="{path}">{e(art["title"])}</a></h1>
                </div>
            </div>
            <div id="sidebar-container"></div>
            <div id="content" class="blogpost view">
                <div id="action-messages"></div>
                <div class="page-metadata"><ul><li class="page-metadata-modification-info">Created by <span class="author"><a href="/display/~phalloran" class="url fn confluence-userlink userlink-0" data-username="phalloran" title="" data-user-hover-bound="true">{e(art["author"])}</a></span>, last modified on <a class="last-modified" aria-label="modified on Mar 14, 2025, select to show changes" title="Show changes" href="/pages/diffpagesbyversion.action?pageId=98304117&amp;selectedPageVersions=3&amp;selectedPageVersions=2">Mar 14, 2025</a></li></ul></div>
                <div id="main-content" class="wiki-content">
{body}
                </div>
                <div id="likes-and-labels-container"><div id="likes-section"><a href="" class="like-button"><span class="aui-icon aui-icon-small aui-iconfont-like"></span><span class="like-button-text">Like</span></a><div class="like-summary">7 people like this</div></div>
                    <div id="labels-section" class="pageSection group"><div class="labels-section-content content-column" entityid="98304117" entitytype="blogpost"><div class="labels-content"><ul class="label-list label-list-right  has-pen">{labels}</ul></div></div></div>
                </div>
                <div id="comments-section" class="pageSection group">
                    <div class="section-header"><h2 id="comments-section-title" class="section-title">3 Comments</h2></div>
                    <ol class="comment-threads top-level" id="page-comments">{confluence_comments()}</ol>
                    <div class="quick-comment-container comment add"><p class="comment-user-logo"><img class="userLogo logo anonymous" src="/images/icons/profilepics/anonymous.svg" alt="User icon: Add a picture of yourself" title="Add a picture of yourself"></p><div class="quick-comment-body"><form method="post" action="/login.action" name="inlinecommentform" class="quick-comment-form aui"><div title="Add a comment (m)" class="quick-comment-prompt"><span>Log in to write a comment&hellip;</span></div></form></div></div>
                </div>
            </div>
        </div>
    </div>
    <div id="footer" role="contentinfo">
        <section class="footer-body">
            <div class="mlc-custom-footer">
                <div class="mlc-newsletter"><h3>Get Consortium News by email</h3><p>Click <strong>Watch</strong> at the top of any blog post to get new posts by email, or sign up below for our monthly library newsletter with new books, events and changes to opening hours.</p><form action="https://newsletter.marrowdalelibraries.example/subscribe" method="post"><label for="mlc-email">Email address</label><input id="mlc-email" type="email" name="email"><button type="submit" class="aui-button">Sign up</button></form></div>
                <p>Marrowdale Libraries Consortium is a partnership of Kelsby Borough Council, Saltcote District Council and Ashby Bridge Town Council. Consortium office: Kelsby Central Library, 2 Foundry Row, Kelsby KB4 7LN.</p>
                <p><a href="/display/NEWS/Accessibility">Accessibility</a> · <a href="/display/NEWS/Privacy+notice">Privacy notice</a> · <a href="/display/NEWS/Cookies">Cookies</a> · <a href="/display/NEWS/Contact+us">Contact us</a></p>
            </div>
            <ul id="poweredby">
                <li class="noprint">Powered by <a href="https://www.atlassian.com/software/confluence" class="hover-footer-link" rel="nofollow">Atlassian Confluence</a> <span id="footer-build-information">8.5.16</span></li>
                <li class="print-only">Printed by Atlassian Confluence 8.5.16</li>
                <li class="noprint"><a href="https://support.atlassian.com/help/confluence" class="hover-footer-link" rel="nofollow">Report a bug</a></li>
                <li class="noprint"><a href="https://www.atlassian.com/company" class="hover-footer-link" rel="nofollow">Atlassian News</a></li>
            </ul>
            <div id="footer-logo"><a href="https://www.atlassian.com/" rel="nofollow">Atlassian</a></div>
        </section>
    </div>
</div>
</div>
<div id="mlc-cookie-notice" class="aui-message aui-message-info closeable" role="dialog" aria-label="Cookies"><p class="title"><strong>Cookies on this wiki</strong></p><p>We use cookies that are needed to keep you logged in and to remember your settings. With your permission we would also like to use analytics cookies to see which news posts and help pages people read most.</p><button type="button" class="aui-button aui-button-primary">Accept analytics cookies</button> <button type="button" class="aui-button">Necessary cookies only</button></div>
<script type="text/javascript" src="{wrm}/contextbatch/js/blogpost,main,viewcontent,atl.general,atl.comments,-_super/batch.js?locale=en-GB&amp;highlightactions=true&amp;hostenabled=true" data-wrm-key="blogpost,main,viewcontent,atl.general,atl.comments,-_super" data-wrm-batch-type="context" data-initially-rendered></script>
</body>
</html>
"""


def zendesk_body(art):
    """The article body as the Zendesk Guide editor saves it (``article-body``)."""
    att = "/hc/article_attachments/31877402914833"
    fig = f'<figure class="image"><img src="{att}" alt="Fiberkabel legges i grøft langs fylkesveien" width="720" height="405" loading="lazy"><figcaption>Fiberrør legges langs fylkesvei 412 ved Brekkestrand. Utbyggingen i Storlia følger samme trasé. Foto: Fjellnett SA</figcaption></figure>'
    read_also = '<p><strong>Les også:</strong> <a href="/hc/no/articles/30544190127761-Slik-bytter-du-ruter">Slik bytter du ruter</a></p>'
    out = []
    items = []
    for i, p in enumerate(art["paragraphs"]):
        if p.startswith("- "):
            items.append(f"<li>{e(p[2:])}</li>")
            continue
        if items:
            out.append("<ul>" + "".join(items) + "</ul>")
            items = []
        if p.startswith("## "):
            anchor = re.sub(r"[^a-z0-9]+", "-", p[3:].lower()).strip("-")
            out.append(f'<h2 id="h_01HX{i:02d}{anchor[:10].upper()}">{e(p[3:])}</h2>')
        elif p.startswith("Oppdatert"):
            out.append(f"<p><em>{e(p)}</em></p>")
        else:
            out.append(f"<p>{e(p)}</p>")
        if i == 1:
            out.append(fig)
        if i == 7:
            out.append(read_also)
    return "".join(out)


def zendesk_comments():
    rows = [
        (
            "Torstein Lie",
            "2025-05-05T18:22:10Z",
            "for 2 dager siden",
            "Gjelder den nye hastigheten også for oss som har bedriftsabonnement? Jeg finner ikke noe om det i saken.",
        ),
        (
            "Fjellnett kundeservice",
            "2025-05-06T07:41:55Z",
            "for 1 dag siden",
            "Hei Torstein! Bedriftsabonnementene får også doblet hastighet fra 1. juni. Du får en egen e-post med detaljer i løpet av neste uke.",
        ),
        (
            "Marit Sandvoll",
            "2025-05-06T10:03:12Z",
            "for 1 dag siden",
            "Endelig! Vi bor i Øvre Brekke og har meldt oss på. Blir det mulig å få graving inn til huset gjort av egen entreprenør?",
        ),
    ]
    out = []
    for k, (name, iso, ago, text) in enumerate(rows):
        cid = 31902274455313 + k * 1021
        out.append(
            f'<li id="{cid}" class="comment"><div class="comment-wrapper"><div class="comment-info"><div class="comment-author"><div class="avatar comment-avatar"><img src="https://fjellnett.zendesk.com/system/photos/default_avatar.png" alt="" class="user-avatar"></div><div class="comment-meta"><span title="{e(name)}"><a href="/hc/no/profiles/{cid - 9000}-{e(name.replace(" ", "-"))}">{e(name)}</a></span><ul class="meta-group"><li class="meta-data"><time datetime="{iso}" title="{iso[:10]} {iso[11:16]}" data-datetime="relative">{ago}</time></li></ul></div></div><section class="comment-body"><p>{e(text)}</p></section></div><div class="comment-vote vote" role="group"><button type="button" class="vote-up" aria-label="Denne kommentaren var nyttig" aria-pressed="false"></button><span class="vote-sum">{2 - k if k < 2 else 4}</span><button type="button" class="vote-down" aria-label="Denne kommentaren var ikke nyttig" aria-pressed="false"></button></div><div class="comment-actions-container"><div class="comment-actions"><a href="/hc/no/community/posts/new" rel="nofollow">Svar</a></div></div></div></li>'
        )
    return "".join(out)


def zendesk_lists():
    section = [
        "Fjellnett dobler hastigheten for alle medlemmer og bygger fiber til 340 husstander i Storlia",
        "Innkalling til årsmøte i Fjellnett SA 2025",
        "Ny kundeportal: Slik logger du inn med BankID",
        "Prisjustering for TV-pakker fra 1. april",
        "Driftsstans i Holmvik er rettet",
    ]
    side = "".join(
        f'<li><a href="/hc/no/articles/31877{k}" class="sidenav-item{" current-article" if k == 0 else ""}">{e(t)}</a></li>'
        for k, t in enumerate(section)
    )
    related = "".join(
        f'<li><a href="/hc/no/related/click?data={k}" class="related-article" rel="nofollow">{e(t)}</a></li>'
        for k, t in enumerate(
            [
                "Hva koster det å koble seg til fiber?",
                "Slik bytter du ruter",
                "Hvorfor får jeg ikke full hastighet på trådløst nett?",
            ]
        )
    )
    recent = "".join(
        f'<li><a href="/hc/no/articles/2990{k}">{e(t)}</a></li>'
        for k, t in enumerate(
            ["Driftsmeldinger og planlagt vedlikehold", "Slik melder du flytting"]
        )
    )
    return side, related, recent


def zendesk(art):
    """Zendesk Guide, Copenhagen theme: an announcement article, body in ``article-body``."""
    site = "https://hjelp.fjellnett.example"
    aid = "31877402914833"
    url = f"{site}/hc/no/articles/{aid}-Fjellnett-dobler-hastigheten-for-alle-medlemmer"
    side, related, recent = zendesk_lists()
    account = {"subdomain": "fjellnett", "environment": "production", "name": "Fjellnett SA"}
    user = {
        "identifier": "da39a3ee5e6b4b0d3255bfef95601890afd80709",
        "email": None,
        "name": "",
        "role": "anonymous",
        "avatar_url": "https://assets.zendesk.com/hc/assets/default_avatar.png",
        "is_admin": False,
        "organizations": [],
        "groups": [],
    }
    internal = {
        "asset_url": "//static.zdassets.com/hc/assets/",
        "web_widget_asset_composer_url": "https://static.zdassets.com/ekr/snippet.js",
        "current_session": {"locale": "no", "csrf_token": None, "shared_csrf_token": None},
        "usd_to_local_currency_rate": 10.41,
        "settings": {"zopim_enabled": False, "spam_filter_enabled": True},
        "current_record_id": aid,
        "current_record_url": f"/hc/no/articles/{aid}",
        "current_record_title": art["title"],
        "current_text_direction": "ltr",
        "current_brand_id": 360004127751,
        "current_brand_name": "Fjellnett SA",
        "current_brand_url": "https://fjellnett.zendesk.com",
        "current_brand_active": True,
        "current_path": f"/hc/no/articles/{aid}",
        "show_autocomplete_breadcrumbs": True,
        "user_info_changing_enabled": False,
        "has_user_profiles_enabled": True,
        "has_end_user_attachments": True,
        "user_aliases_enabled": False,
        "has_anonymous_kb_voting": True,
        "has_multi_language_help_center": True,
        "show_at_mentions": False,
        "embeddables_config": {"embeddables_web_widget": True, "embeddables_connect_ipms": False},
        "base_domain": "zendesk.com",
        "version": "v28941",
    }
    theme = "//theme.zdassets.com/theme_assets/11244613/6c9f8e2a4b1d07e3f5a9c28d41b7e0f3a2c6d915"
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="no">
<head>
  <meta charset="utf-8" />
  <!-- v28941 -->
  <title>{e(art["title"])} &ndash; Fjellnett kundesenter</title>
  <meta content="width=device-width, initial-scale=1.0" name="viewport" />
  <meta content="Fra 1. juni får alle medlemmene i Fjellnett SA dobbelt så høy hastighet uten at månedsprisen øker." name="description" />
  <meta content="{e(art["title"])}" property="og:title" />
  <meta content="article" property="og:type" />
  <meta content="{url}" property="og:url" />
  <meta content="Fjellnett kundesenter" property="og:site_name" />
  <link rel="canonical" href="{url}">
  <link rel="alternate" hreflang="no" href="{url}">
  <link rel="alternate" hreflang="x-default" href="{url}">
  <link rel="stylesheet" href="//static.zdassets.com/hc/assets/application-9c6f2e18a0d4b57e3f1c.css" media="all" id="stylesheet" />
  <link rel="stylesheet" type="text/css" href="{theme}/style.css?digest=31770528841105" />
  <link rel="icon" type="image/x-icon" href="//theme.zdassets.com/theme_assets/11244613/8a1e4fd05c27b9e3a6d0f14c2b7e9035d6a8c411.png" />
  <script src="//static.zdassets.com/hc/assets/jquery-ed472032c65bb4295993684c673d706a.js"></script>
  <script type="text/javascript">
  /*

    Greetings sourcecode lurker!

    This is for internal Zendesk and legacy usage,
    we don't support or guarantee any of these values
    so please don't build stuff on top of them.

  */

  HelpCenter = {{}};
  HelpCenter.account = {json.dumps(account)};
  HelpCenter.user = {json.dumps(user)};
  HelpCenter.internal = {json.dumps(internal, ensure_ascii=False)};
  </script>
  <script src="//static.zdassets.com/hc/assets/moment-3b62525bdab669b7b17d1a9d8b5d46b4.js"></script>
  <script src="//static.zdassets.com/hc/assets/hc_enduser-5b1e7c0a93d24f68e1a2.js"></script>
  <script type="text/javascript" src="{theme}/script.js?digest=31770528841105"></script>
</head>
<body class="">
  <a class="skip-navigation" tabindex="1" href="#main-content">Gå til hovedinnhold</a>
  <div class="fn-driftsbanner" role="status"><p><strong>Driftsmelding:</strong> Vi har redusert kapasitet på kundetelefonen mandag 12. mai på grunn av opplæring. Bruk gjerne chat eller skjemaet for forespørsler.</p></div>
  <header class="header">
    <div class="logo">
      <a title="Hjem" href="/hc/no"><img src="//theme.zdassets.com/theme_assets/11244613/0f3c9a1e5d7b24c8a6e1f90b3d52c7a8e4f16b09.svg" alt="Startside for Fjellnett kundesenter"><span aria-hidden="true">Fjellnett kundesenter</span></a>
    </div>
    <div class="nav-wrapper-desktop">
      <nav class="user-nav" id="user-nav" aria-label="Brukernavigasjon">
        <ul class="user-nav-list">
          <li><a href="https://www.fjellnett.example/">Til fjellnett.example</a></li>
          <li><a href="/hc/no/sections/360011845711-Driftsmeldinger">Driftsmeldinger</a></li>
          <li><a class="submit-a-request" href="/hc/no/requests/new">Send inn en forespørsel</a></li>
          <li><a class="sign-in" rel="nofollow" data-auth-action="signin" title="Åpner en dialogboks" role="button" href="/hc/no/signin?return_to=%2Fhc%2Fno%2Farticles%2F{aid}">Logg på</a></li>
        </ul>
      </nav>
    </div>
    <div class="nav-wrapper-mobile">
      <button class="menu-button-mobile" aria-controls="user-nav-mobile" aria-expanded="false" aria-label="Veksle navigeringsmeny"><svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" focusable="false" viewBox="0 0 16 16" class="icon-menu"><path fill="none" stroke="currentColor" stroke-linecap="round" d="M1.5 3.5h13m-13 4h13m-13 4h13"/></svg></button>
      <nav class="menu-list-mobile" id="user-nav-mobile" aria-expanded="false"><ul class="menu-list-mobile-items"><li class="item"><a class="sign-in" rel="nofollow" href="/hc/no/signin">Logg på</a></li><li class="nav-divider"></li><li class="item"><a href="/hc/no/requests/new">Send inn en forespørsel</a></li></ul></nav>
    </div>
  </header>
  <main role="main">
    <div class="container-divider"></div>
    <div class="container">
      <div class="sub-nav">
        <nav aria-label="Brødsmuler"><ol class="breadcrumbs"><li title="Fjellnett kundesenter"><a href="/hc/no">Fjellnett kundesenter</a></li><li title="Nyheter og driftsmeldinger"><a href="/hc/no/categories/360004982231-Nyheter-og-driftsmeldinger">Nyheter og driftsmeldinger</a></li><li title="Kunngjøringer"><a href="/hc/no/sections/360011845691-Kunngjøringer">Kunngjøringer</a></li></ol></nav>
        <div class="search-container">
          <svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" focusable="false" viewBox="0 0 12 12" class="search-icon" aria-hidden="true"><circle cx="4.5" cy="4.5" r="4" fill="none" stroke="currentColor"/><path stroke="currentColor" stroke-linecap="round" d="M11 11L7.5 7.5"/></svg>
          <form role="search" class="search" data-search="" action="/hc/no/search" accept-charset="UTF-8" method="get"><input type="hidden" name="utf8" value="&#x2713;" autocomplete="off" /><input type="search" name="query" id="query" placeholder="Søk" autocomplete="off" aria-label="Søk" /></form>
        </div>
      </div>
      <div class="article-container" id="article-container">
        <aside class="article-sidebar" aria-labelledby="section-articles-title">
          <div class="collapsible-sidebar">
            <button type="button" class="collapsible-sidebar-toggle" aria-labelledby="section-articles-title" aria-expanded="false"><svg xmlns="http://www.w3.org/2000/svg" width="20" height="20" focusable="false" viewBox="0 0 12 12" aria-hidden="true" class="collapsible-sidebar-toggle-icon chevron-icon"><path fill="none" stroke="currentColor" stroke-linecap="round" d="M3 4.5l2.6 2.6c.2.2.5.2.7 0L9 4.5"/></svg></button>
            <h2 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Artikler i denne delen</h2>
            <div class="collapsible-sidebar-body">
              <ul>{side}</ul>
              <a href="/hc/no/sections/360011845691-Kunngjøringer" class="article-sidebar-item">Se mer</a>
            </div>
          </div>
        </aside>
        <article id="main-content" class="article">
          <header class="article-header">
            <h1 title="{e(art["title"])}" class="article-title">{e(art["title"])}</h1>
            <div class="article-author">
              <div class="avatar article-avatar">
                <svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" focusable="false" viewBox="0 0 12 12" class="icon-agent"><path fill="currentColor" d="M6 0C2.7 0 0 2.7 0 6s2.7 6 6 6 6-2.7 6-6-2.7-6-6-6zm0 2c1.1 0 2 .9 2 2s-.9 2-2 2-2-.9-2-2 .9-2 2-2zm2.3 7.2C7.7 9.7 6.9 10 6 10s-1.7-.3-2.3-.8c-.3-.3-.2-.7.1-.9C4.5 7.9 5.2 7.7 6 7.7s1.5.2 2.2.6c.3.2.4.6.1.9z"/></svg>
                <img src="https://fjellnett.zendesk.com/system/photos/3601/9927/1234/silje_profil.jpg" alt="" class="user-avatar" />
              </div>
              <div class="article-meta">
                <a href="/hc/no/profiles/378120945511-Silje-Aamodt">{e(art["author"])}</a>
                <ul class="meta-group">
                  <li class="meta-data"><time datetime="2025-05-06T08:15:42Z" title="2025-05-06 08:15" data-datetime="relative">6. mai 2025 10:15</time></li>
                  <li class="meta-data">Oppdatert</li>
                </ul>
              </div>
            </div>
            <div class="article-subscribe"><div data-helper="subscribe" data-json="{{&quot;item&quot;:&quot;article&quot;,&quot;url&quot;:&quot;/hc/no/articles/{aid}/subscription.json&quot;,&quot;follow_label&quot;:&quot;Følg&quot;,&quot;unfollow_label&quot;:&quot;Slutt å følge&quot;,&quot;following_label&quot;:&quot;Følger&quot;,&quot;can_subscribe&quot;:true,&quot;is_subscribed&quot;:false}}"><a class="article-subscribe" title="Åpner en påloggingsdialogboks" rel="nofollow" role="button" data-auth-action="signin" aria-selected="false" href="/hc/no/articles/{aid}/subscription">Følg</a></div></div>
          </header>
          <section class="article-info">
            <div class="article-content">
              <div class="article-body">{zendesk_body(art)}</div>
            </div>
          </section>
          <footer>
            <div class="article-footer">
              <div class="article-share"><ul class="share"><li><a href="https://www.facebook.com/share.php?title={e(art["title"])}&amp;u={url}" class="share-facebook" aria-label="Facebook">Facebook</a></li><li><a href="https://twitter.com/share?lang=no&amp;text={e(art["title"])}&amp;url={url}" class="share-twitter" aria-label="X Corp">X Corp</a></li><li><a href="https://www.linkedin.com/shareArticle?mini=true&amp;source=Fjellnett+SA&amp;title={e(art["title"])}&amp;url={url}" class="share-linkedin" aria-label="LinkedIn">LinkedIn</a></li></ul></div>
              <a href="#article-comments" class="article-comment-count"><svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" focusable="false" viewBox="0 0 16 16" class="icon-comments"><path fill="currentColor" d="M1 .5h14c.3 0 .5.2.5.5v10c0 .3-.2.5-.5.5H6l-3.7 3.7c-.3.3-.8.1-.8-.4V11.5H1c-.3 0-.5-.2-.5-.5V1c0-.3.2-.5.5-.5z"/></svg> 3</a>
            </div>
            <div class="article-votes">
              <span class="article-votes-question" id="article-votes-label">Var denne artikkelen nyttig?</span>
              <div class="article-votes-controls" role="group" aria-labelledby="article-votes-label">
                <button type="button" class="button article-vote article-vote-up" data-helper="vote" data-item="article" data-type="up" data-id="{aid}" data-upvote-count="57" data-vote-count="61" data-vote-sum="53" data-vote-url="/hc/no/articles/{aid}/vote" data-value="null" data-label="57 av 61 syntes dette var nyttig" data-selected-class="button-primary" aria-label="Denne artikkelen var nyttig" aria-pressed="false">Ja</button>
                <button type="button" class="button article-vote article-vote-down" data-helper="vote" data-item="article" data-type="down" data-id="{aid}" data-vote-url="/hc/no/articles/{aid}/vote" data-value="null" data-selected-class="button-primary" aria-label="Denne artikkelen var ikke nyttig" aria-pressed="false">Nei</button>
              </div>
              <small class="article-votes-count"><span class="article-vote-label" data-helper="vote" data-item="article" data-type="label" data-id="{aid}">57 av 61 syntes dette var nyttig</span></small>
            </div>
            <div class="article-more-questions">Har du flere spørsmål? <a href="/hc/no/requests/new">Send inn en forespørsel</a></div>
            <div class="article-return-to-top"><a href="#article-container">Gå tilbake til toppen<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20" focusable="false" viewBox="0 0 12 12" class="article-return-to-top-icon" aria-hidden="true"><path fill="none" stroke="currentColor" stroke-linecap="round" d="M3 4.5l2.6 2.6c.2.2.5.2.7 0L9 4.5"/></svg></a></div>
          </footer>
          <div class="article-relatives">
            <div data-recent-articles><section class="recent-articles"><h2>Nylig viste artikler</h2><ul>{recent}</ul></section></div>
            <section class="related-articles"><h2 class="related-articles-title">Relaterte artikler</h2><ul>{related}</ul></section>
          </div>
          <div class="article-comments" id="article-comments">
            <section class="comment-section">
              <div class="comment-overview">
                <h2 class="comment-heading">Kommentarer</h2>
                <p class="comment-callout">3 kommentarer</p>
                <div class="dropdown comment-sorter"><button class="dropdown-toggle" aria-haspopup="true">Sorter etter</button><span class="dropdown-menu" role="menu"><a aria-selected="true" href="?sort_by=created_at" role="menuitem">Dato</a><a aria-selected="false" href="?sort_by=votes" role="menuitem">Stemmer</a></span></div>
              </div>
              <ul id="comments" class="comment-list">{zendesk_comments()}</ul>
              <p class="comment-callout">Du må <a data-auth-action="signin" rel="nofollow" href="/hc/no/signin">logge på</a> for å legge igjen en kommentar. Vi svarer på spørsmål i kommentarfeltet på hverdager mellom klokken 08 og 16.</p>
            </section>
          </div>
        </article>
      </div>
    </div>
  </main>
  <section class="fn-varsler">
    <div class="container"><h2>Få driftsmeldinger på SMS og e-post</h2><p>Meld deg på varslingstjenesten, så får du beskjed når det er feil eller planlagt arbeid på nettet der du bor. Du kan når som helst melde deg av igjen.</p><a class="button button-large" href="https://www.fjellnett.example/varsling">Meld meg på</a></div>
  </section>
  <footer class="footer">
    <div class="footer-inner">
      <a title="Hjem" href="/hc/no">Fjellnett kundesenter</a>
      <p class="fn-footer-adresse">Fjellnett SA, Stasjonsvegen 4, 3680 Brekkestrand. Org.nr. 912 345 678. Kundeservice: 35 00 41 00, hverdager 08–16.</p>
      <p class="fn-footer-copy">© 2025 Fjellnett SA. Alle rettigheter forbeholdt.</p>
      <div class="footer-language-selector"><div class="dropdown language-selector"><button class="dropdown-toggle" aria-haspopup="true">Norsk (bokmål)<svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" focusable="false" viewBox="0 0 12 12" class="dropdown-chevron-icon"><path fill="none" stroke="currentColor" stroke-linecap="round" d="M3 4.5l2.6 2.6c.2.2.5.2.7 0L9 4.5"/></svg></button><span class="dropdown-menu dropdown-menu-end" role="menu"><a href="/hc/change_language/en-us?return_to=%2Fhc%2Fen-us" dir="ltr" rel="nofollow" role="menuitem">English (US)</a></span></div></div>
    </div>
  </footer>
  <div id="fn-cookie-samtykke" class="fn-cookie" role="dialog" aria-labelledby="fn-cookie-tittel"><h2 id="fn-cookie-tittel">Vi bruker informasjonskapsler</h2><p>Kundesenteret bruker nødvendige informasjonskapsler for at innlogging og chat skal fungere. Vi vil også bruke analysekapsler for å forstå hvilke artikler som hjelper medlemmene våre. Du kan endre valget ditt når som helst.</p><button type="button" class="button button-primary">Godta alle</button><button type="button" class="button">Bare nødvendige</button></div>
  <script src="//static.zdassets.com/hc/assets/no.0f4e2a91b7c35d68e1b2.js"></script>
  <script type="text/javascript">
  (function() {{
    var script = document.createElement('script');
    script.type = 'text/javascript';
    script.async = true;
    script.src = '//static.zdassets.com/hc/assets/hc_auto_tracking-3d9c41e0a7b2f58c6e14.js';
    document.getElementsByTagName('head')[0].appendChild(script);
  }})();
  </script>
  <script id="ze-snippet" src="https://static.zdassets.com/ekr/snippet.js?key=4b8e2f1c-7a93-4d05-b6e1-2c9f0a7d3e58"></script>
</body>
</html>
"""


def dw_id(text):
    """DokuWiki's section ids: lower case, other characters as underscores."""
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


def dw_secedit(n, title, start, stop):
    return f'<div class="secedit editbutton_section editbutton_{n}"><form class="button btn_secedit" method="post" action="/doku.php?id=nuntii:2025:09:thesaurus_thornlea"><div class="no"><input type="hidden" name="do" value="edit" /><input type="hidden" name="rev" value="1758273120" /><input type="hidden" name="summary" value="[{e(title)}] " /><input type="hidden" name="target" value="section" /><input type="hidden" name="hid" value="{dw_id(title)}" /><input type="hidden" name="codeblockOffset" value="0" /><input type="hidden" name="range" value="{start}-{stop}" /><button type="submit" title="{e(title)}">Recensere</button></div></form></div>'


def dokuwiki_body(art):
    """The rendered wiki page: ``level1`` / ``level2`` sections after ``sectionedit`` headings."""
    media = "nuntii:2025:09:olla_thornlea.jpg"
    byline = f'<div class="wrap_byline wrap_lo plugin_wrap"><p>Scripsit <a href="/user/iashcombe" class="wikilink1" title="user:iashcombe" data-wiki-id="user:iashcombe">{e(art["author"])}</a> · die 18 mensis Septembris anno 2025 · <a href="/nuntii/res_antiquae" class="wikilink1" title="nuntii:res_antiquae" data-wiki-id="nuntii:res_antiquae">Res antiquae</a></p></div>'
    image = f'<div class="thumb2 tcenter" style="width:560px"><div class="thumbinner"><a href="/lib/exe/detail.php?id=nuntii%3A2025%3A09%3Athesaurus_thornlea&amp;media={media}" class="media" title="{media}"><img src="/lib/exe/fetch.php?w=550&amp;tok=8c1f4e&amp;media={media}" class="mediabox2" loading="lazy" alt="Olla fictilis cum nummis in terra" width="550" /></a><div class="thumbcaption"><div class="magnify"><a class="internal" title="Augere" href="/lib/exe/detail.php?id=nuntii%3A2025%3A09%3Athesaurus_thornlea&amp;media={media}"><img width="15" height="11" alt="" src="/lib/plugins/imagebox/magnify-clip.png" /></a></div>Olla, antequam e terra levata est, in agro prope Thornleam. Imago: Museum Civicum Ravenfordiense</div></div></div>'
    read_also = '<div class="wrap_info wrap_round plugin_wrap"><p><strong>Lege etiam:</strong> <a href="/nuntii/2025/06/via_romana_ravenfordia" class="wikilink1" title="nuntii:2025:06:via_romana_ravenfordia" data-wiki-id="nuntii:2025:06:via_romana_ravenfordia">Via Romana sub foro Ravenfordiae reperta</a></p></div>'
    out = [
        f'<h1 class="sectionedit1" id="{dw_id(art["title"])}">{e(art["title"])}</h1>',
        '<div class="level1">',
        byline,
    ]
    items = []
    sec = 1
    pos = 1
    title = art["title"]
    for i, p in enumerate(art["paragraphs"]):
        if p.startswith("- "):
            items.append(f'<li class="level1"><div class="li"> {e(p[2:])}</div>\n</li>')
            continue
        if items:
            out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            items = []
        if p.startswith("## "):
            out.append("</div>")
            out.append(dw_secedit(sec, title, pos, pos + 600))
            pos += 601
            sec += 1
            title = p[3:]
            out.append(f'<h2 class="sectionedit{sec}" id="{dw_id(title)}">{e(title)}</h2>')
            out.append('<div class="level2">')
        else:
            out.append(f"\n<p>\n{e(p)}\n</p>\n")
        if i == 1:
            out.append(image)
        if i == 8:
            out.append(read_also)
    if items:
        out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
    out.append("</div>")
    out.append(dw_secedit(sec, title, pos, ""))
    return "\n".join(out)


def dokuwiki_toc(art):
    heads = [p[3:] for p in art["paragraphs"] if p.startswith("## ")]
    sub = "\n".join(
        f'<li class="level2"><div class="li"><a href="#{dw_id(h)}">{e(h)}</a></div></li>'
        for h in heads
    )
    return f'<!-- TOC START -->\n<div id="dw__toc" class="dw__toc">\n<h3 class="toggle">Index capitum</h3>\n<div>\n\n<ul class="toc">\n<li class="level1"><div class="li"><a href="#{dw_id(art["title"])}">{e(art["title"])}</a></div>\n<ul class="toc">\n{sub}\n</ul>\n</li>\n</ul>\n</div>\n</div>\n<!-- TOC END -->'


def dokuwiki_comments():
    rows = [
        (
            "Marcus Trevelyan",
            "2025-09-18T16:04:00Z",
            "2025/09/18 16:04",
            "Gratias pro nuntio! Scitisne iam quorum imperatorum imagines in nummis argenteis appareant?",
        ),
        (
            "Iulia Ashcombe",
            "2025-09-18T19:37:00Z",
            "2025/09/18 19:37",
            "Nondum, Marce. Curatrix dixit nummos argenteos primum purgandos esse; cum plura cognoverimus, paginam augebimus.",
        ),
        (
            "Sabina Okonkwo",
            "2025-09-19T08:12:00Z",
            "2025/09/19 08:12",
            "Discipuli mei hunc nuntium in schola legerunt et valde gavisi sunt. Utinam museum etiam diebus Saturni aperiatur!",
        ),
    ]
    out = []
    for k, (name, iso, shown, text) in enumerate(rows):
        cid = f"c{'3b7e0a1f9d2c'[k:] + str(k)}"
        out.append(
            f'<div class="hentry"><a class="comment_anchor" id="comment_{cid}"></a><div class="comment_head"><img src="https://www.gravatar.com/avatar/{k}e4d1?s=40&amp;d=identicon" class="medialeft photo fn" title="{e(name)}" alt="{e(name)}" width="40" height="40" /><span class="vcard author"><span class="fn">{e(name)}</span></span>, <abbr class="published" title="{iso}">{shown}</abbr></div><div class="comment_body entry-content">\n<p>\n{e(text)}\n</p>\n</div><div class="comment_buttons"><form class="button discussion__reply" method="get" action="/nuntii/2025/09/thesaurus_thornlea#discussion__comment_form"><div class="no"><input type="hidden" name="reply" value="{cid}" /><input type="hidden" name="do" value="show" /><button type="submit">Respondere</button></div></form></div></div>'
        )
    return "\n".join(out)


def dokuwiki_sidebar():
    recent = [
        (
            "nuntii:2025:09:pons_novus_ravenfordia",
            "Pons novus trans flumen Ravum post biennium apertus",
            "Pons pedestris, qui trecentos metros longus est, die Lunae a praefecto urbis dedicatus est.",
        ),
        (
            "nuntii:2025:09:bibliotheca_thornlea",
            "Bibliotheca Thornleana horas laboris auget",
            "A mense Octobri bibliotheca vici etiam vesperi diebus Martis et Iovis patebit.",
        ),
        (
            "nuntii:2025:08:certamen_latinum",
            "Certamen Latinum scholarum: victores nuntiati",
            "Quadraginta discipuli ex undecim scholis carmina et orationes Latine composuerunt.",
        ),
    ]
    rows = "\n".join(
        f'<li class="level1"><div class="li"><a href="/{pid.replace(":", "/")}" class="wikilink1" title="{pid}" data-wiki-id="{pid}">{e(t)}</a><br /><span class="pl_desc">{e(d)}</span></div></li>'
        for pid, t, d in recent
    )
    nav = lis(
        [
            "Pagina prima",
            "Nuntii recentes",
            "Res antiquae",
            "Res urbanae",
            "Litterae et artes",
            "Auxilium scribendi",
        ],
        '<li class="level1"><div class="li"><a href="/nuntii/start" class="wikilink1">{}</a></div></li>',
    )
    return f"""<h3 class="sectionedit1" id="paginae">Paginae</h3>
<div class="level3"><ul>{nav}</ul></div>
<h3 class="sectionedit2" id="nuntii_recentes">Nuntii recentes</h3>
<div class="level3"><ul class="plugin_pagelist">
{rows}
</ul></div>
<h3 class="sectionedit3" id="epistula_hebdomadalis">Epistula hebdomadalis</h3>
<div class="level3"><div class="wrap_box plugin_wrap"><p>Singulis diebus Solis epistulam electronicam mittimus cum nuntiis septimanae Latine scriptis. Inscriptionem tuam numquam cum aliis communicabimus.</p><form class="plugin_subscribe" action="/nuntii/start" method="post"><label for="ep_email">Inscriptio electronica</label><input id="ep_email" type="email" name="email" class="edit" /><button type="submit">Subscribere</button></form></div></div>"""


def dokuwiki(art):
    """DokuWiki with the default "dokuwiki" template, the Latin language pack and plugins."""
    site = "https://ephemerides-vicanae.example"
    pid = "nuntii:2025:09:thesaurus_thornlea"
    path = "/nuntii/2025/09/thesaurus_thornlea"
    jsinfo = {
        "plugins": {
            "discussion": {"comments": 3},
            "tag": {"tags": ["archaeologia", "thornlea", "nummi"]},
        },
        "id": pid,
        "namespace": "nuntii:2025:09",
        "ACT": "show",
        "useHeadingNavigation": 1,
        "useHeadingContent": 1,
    }
    svg = '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"><path d="M5,3C3.89,3 3,3.89 3,5V19A2,2 0 0,0 5,21H19A2,2 0 0,0 21,19V5A2,2 0 0,0 19,3H5Z" /></svg>'
    tags = ", ".join(
        f'<a href="/tag/{t}?do=showtag&amp;tag={t}" class="wikilink1" title="tag:{t}" rel="tag">{t}</a>'
        for t in ["archaeologia", "thornlea", "nummi", "museum_ravenfordiense"]
    )
    return f"""<!DOCTYPE html>
<html lang="la" dir="ltr" class="no-js">
<head>
    <meta charset="utf-8" />
    <title>{e(art["title"])} [Ephemerides Vicanae]</title>
    <script>(function(H){{H.className=H.className.replace(/\\bno-js\\b/,'js')}})(document.documentElement)</script>
    <meta name="generator" content="DokuWiki"/>
<meta name="theme-color" content="#7a2a1d"/>
<meta name="robots" content="index,follow"/>
<meta name="keywords" content="nuntii,2025,09,thesaurus_thornlea"/>
<link rel="search" type="application/opensearchdescription+xml" href="/lib/exe/opensearch.php" title="Ephemerides Vicanae"/>
<link rel="start" href="/"/>
<link rel="contents" href="{path}?do=index" title="Indices"/>
<link rel="manifest" href="/lib/exe/manifest.php"/>
<link rel="alternate" type="application/rss+xml" title="Nuper mutata" href="/feed.php"/>
<link rel="alternate" type="application/rss+xml" title="Genus nominis currens" href="/feed.php?mode=list&amp;ns=nuntii:2025:09"/>
<link rel="alternate" type="text/html" title="Plain HTML" href="/_export/xhtml{path}"/>
<link rel="alternate" type="text/plain" title="Wiki Markup" href="/_export/raw{path}"/>
<link rel="canonical" href="{site}{path}"/>
<link rel="stylesheet" href="/lib/exe/css.php?t=dokuwiki&amp;tseed=4c1d8b2e9f07a36e5b12d9c0f48a7e61"/>
<!--[if gte IE 9]><!-->
<script >/*<![CDATA[*/var NS='nuntii:2025:09';var JSINFO = {json.dumps(jsinfo)};
/*!]]>*/</script>
<script src="/lib/exe/jquery.php?tseed=8faf3dc90234d51a499f4f428a0eae43" defer="defer"></script>
<script src="/lib/exe/js.php?t=dokuwiki&amp;tseed=4c1d8b2e9f07a36e5b12d9c0f48a7e61" defer="defer"></script>
<!--<![endif]-->
    <meta name="viewport" content="width=device-width,initial-scale=1" />
    <link rel="shortcut icon" href="/lib/exe/fetch.php?media=favicon.ico" />
<link rel="apple-touch-icon" href="/lib/tpl/dokuwiki/images/apple-touch-icon.png" />
</head>

<body>
    <div id="dokuwiki__site"><div id="dokuwiki__top" class="site dokuwiki mode_show tpl_dokuwiki    showSidebar hasSidebar">

<!-- ********** HEADER ********** -->
<header id="dokuwiki__header"><div class="pad group">

    <div class="headings group">
        <ul class="a11y skip">
            <li><a href="#dokuwiki__content">ad contentum transire</a></li>
        </ul>

        <h1 class="logo"><a href="/start"  accesskey="h" title="Pagina prima [h]"><img src="/lib/exe/fetch.php?media=wiki:logo.png" width="64" height="64" alt="" /><span>Ephemerides Vicanae</span></a></h1>
        <p class="claim">Nuntii Latini a civibus scripti et emendati</p>
    </div>

    <div class="tools group">
        <!-- USER TOOLS -->
        <div id="dokuwiki__usertools">
            <h3 class="a11y">Instrumenta usoris</h3>
            <ul>
                <li class="action register"><a href="{path}?do=register" title="Nomen dare" rel="nofollow"><span>Nomen dare</span>{svg}</a></li><li class="action login"><a href="{path}?do=login&amp;sectok=" title="Intrare" rel="nofollow"><span>Intrare</span>{svg}</a></li>
            </ul>
        </div>

        <!-- SITE TOOLS -->
        <div id="dokuwiki__sitetools">
            <h3 class="a11y">Instrumenta situs</h3>
            <form action="/start" method="get" role="search" class="search doku_form" id="dw__search" accept-charset="utf-8"><input type="hidden" name="do" value="search" /><input type="hidden" name="id" value="{pid}" /><div class="no"><input name="q" type="text" class="edit" title="[F]" accesskey="f" placeholder="Quaerere" autocomplete="on" id="qsearch__in" value="" /><button value="1" type="submit" title="Quaerere">Quaerere</button><div id="qsearch__out" class="ajax_qsearch JSpopup"></div></div></form>
            <div class="mobileTools">
                <form action="/doku.php" method="get" accept-charset="utf-8"><div class="no"><input type="hidden" name="id" value="{pid}" /><select name="do" class="edit quickselect" title="Instrumenta"><option value="">Instrumenta</option><optgroup label="Instrumenta paginae"><option value="edit">Fontem uidere</option><option value="revisions">Veteres recensiones</option><option value="backlink">Nexus ad paginam</option></optgroup><optgroup label="Instrumenta situs"><option value="recent">Nuper mutata</option><option value="media">Administratio imaginum</option><option value="index">Indices</option></optgroup><optgroup label="Instrumenta usoris"><option value="register">Nomen dare</option><option value="login">Intrare</option></optgroup></select><button type="submit">&gt;</button></div></form>
            </div>
            <ul>
                <li class="action recent"><a href="{path}?do=recent" title="Nuper mutata [r]" rel="nofollow" accesskey="r">Nuper mutata</a></li><li class="action media"><a href="{path}?do=media&amp;ns=nuntii%3A2025%3A09" title="Administratio imaginum" rel="nofollow">Administratio imaginum</a></li><li class="action index"><a href="{path}?do=index" title="Indices [x]" rel="nofollow" accesskey="x">Indices</a></li>
            </ul>
        </div>

    </div>

    <!-- BREADCRUMBS -->
    <div class="breadcrumbs">
        <div class="youarehere"><span class="bchead">Hic es: </span><span class="home"><bdi><a href="/start" class="wikilink1" title="start" data-wiki-id="start">Pagina prima</a></bdi></span> » <bdi><a href="/nuntii/start" class="wikilink1" title="nuntii:start" data-wiki-id="nuntii:start">Nuntii</a></bdi> » <bdi><a href="/nuntii/2025/start" class="wikilink2" title="nuntii:2025:start" rel="nofollow" data-wiki-id="nuntii:2025:start">2025</a></bdi> » <bdi><a href="/nuntii/2025/09/start" class="wikilink1" title="nuntii:2025:09:start" data-wiki-id="nuntii:2025:09:start">September</a></bdi> » <bdi><span class="curid"><a href="{path}" class="wikilink1" title="{pid}" data-wiki-id="{pid}">{e(art["title"])}</a></span></bdi></div>
        <div class="trace"><span class="bchead">Vestigium:</span> <span class="bcsep">•</span> <bdi><a href="/nuntii/start" class="breadcrumbs" title="nuntii:start">Nuntii</a></bdi> <span class="bcsep">•</span> <span class="curid"><bdi><a href="{path}" class="breadcrumbs" title="{pid}">thesaurus_thornlea</a></bdi></span></div>
    </div>

    <div class="notify">Nuntios scribere vis? Quivis civis, postquam nomen dedit, nuntium proponere potest; redactores omnes paginas intra diem legunt et emendant.</div>

    <hr class="a11y" />
</div></header><!-- /header -->

        <div class="wrapper group">

            <!-- ********** ASIDE ********** -->
            <nav id="dokuwiki__aside" aria-label="Tabula lateralis"><div class="pad aside include group">
                <h3 class="toggle">Tabula lateralis</h3>
                <div class="content"><div class="group">
{dokuwiki_sidebar()}
                </div></div>
            </div></nav><!-- /aside -->

            <!-- ********** CONTENT ********** -->
            <main id="dokuwiki__content"><div class="pad group">

                <div class="pageId"><span>{pid}</span></div>

                <div class="page group">
                    <!-- wikipage start -->
{dokuwiki_toc(art)}

{dokuwiki_body(art)}
<div class="tags"><span>
	{tags}
</span></div>
<div class="comment_wrapper" id="comment_wrapper">
  <h2><a id="discussion">Disputatio</a></h2>
  <div class="level2 hfeed">
{dokuwiki_comments()}
    <div class="comment_form">
      <p class="comment_note">Ut sententiam scribas, intra aut nomen da. Sententiae a redactoribus leguntur antequam proponuntur; convicia et res alienae delentur.</p>
      <form id="discussion__comment_form" method="post" action="{path}" accept-charset="utf-8"><div class="no"><input type="hidden" name="id" value="{pid}" /><input type="hidden" name="do" value="show" /><input type="hidden" name="comment" value="add" /><textarea class="edit" name="text" cols="80" rows="10" id="discussion__comment_text" tabindex="5" disabled="disabled"></textarea><input class="button comment_submit" id="discussion__btn_submit" type="submit" name="submit" accesskey="s" value="Mittere" title="Mittere [S]" tabindex="7" disabled="disabled" /></div></form>
    </div>
  </div>
</div>
                    <!-- wikipage stop -->
                </div>

                <div class="docInfo"><bdi>nuntii/2025/09/thesaurus_thornlea.txt</bdi> · Extrema mutatio: 2025/09/19 09:12 a <bdi>iashcombe</bdi></div>

            </div></main><!-- /content -->

            <hr class="a11y" />

            <!-- PAGE ACTIONS -->
            <nav id="dokuwiki__pagetools" aria-labelledby="dokuwiki__pagetools__heading">
                <h3 class="a11y" id="dokuwiki__pagetools__heading">Instrumenta paginae</h3>
                <div class="tools">
                    <ul>
                        <li class="source"><a href="{path}?do=edit" title="Fontem uidere [v]" rel="nofollow" accesskey="v"><span>Fontem uidere</span>{svg}</a></li><li class="revs"><a href="{path}?do=revisions" title="Veteres recensiones [o]" rel="nofollow" accesskey="o"><span>Veteres recensiones</span>{svg}</a></li><li class="backlink"><a href="{path}?do=backlink" title="Nexus ad paginam" rel="nofollow"><span>Nexus ad paginam</span>{svg}</a></li><li class="top"><a href="#dokuwiki__top" title="Ad summum [t]" rel="nofollow" accesskey="t"><span>Ad summum</span>{svg}</a></li>
                    </ul>
                </div>
            </nav>
        </div><!-- /wrapper -->

<!-- ********** FOOTER ********** -->
<footer id="dokuwiki__footer"><div class="pad">
    <div class="license">Nisi aliter notatur, contentum huius uici licentia sequenti tegitur: <bdi><a href="https://creativecommons.org/licenses/by-sa/4.0/deed.la" rel="license" class="urlextern">CC Attribution-Share Alike 4.0 International</a></bdi></div>
    <p class="ev-colophon">Ephemerides Vicanae a Societate Amicorum Linguae Latinae Ravenfordiensi curantur. Epistulas mittite ad Societatem, Domus Collegii, Via Scholastica 12, Ravenfordia.</p>
    <div class="buttons">
        <a href="https://creativecommons.org/licenses/by-sa/4.0/deed.la" rel="license"><img src="/lib/images/license/button/cc-by-sa.png" width="80" height="15" alt="CC Attribution-Share Alike 4.0 International" /></a>
        <a href="https://www.dokuwiki.org/donate" title="Donare" ><img src="/lib/tpl/dokuwiki/images/button-donate.gif" width="80" height="15" alt="Donare" /></a>
        <a href="https://php.net" title="Powered by PHP" ><img src="/lib/tpl/dokuwiki/images/button-php.gif" width="80" height="15" alt="Powered by PHP" /></a>
        <a href="//validator.w3.org/check/referer" title="Valid HTML5" ><img src="/lib/tpl/dokuwiki/images/button-html5.png" width="80" height="15" alt="Valid HTML5" /></a>
        <a href="//jigsaw.w3.org/css-validator/check/referer?profile=css3" title="Valid CSS" ><img src="/lib/tpl/dokuwiki/images/button-css.png" width="80" height="15" alt="Valid CSS" /></a>
        <a href="https://dokuwiki.org/" title="Driven by DokuWiki" ><img src="/lib/tpl/dokuwiki/images/button-dw.png" width="80" height="15" alt="Driven by DokuWiki" /></a>
    </div>
</div></footer><!-- /footer -->

    </div></div><!-- /site -->

    <div class="no"><img src="/lib/exe/taskrunner.php?id=nuntii%3A2025%3A09%3Athesaurus_thornlea&amp;1758296301" width="2" height="1" alt="" /></div>
    <div id="screen__mode" class="no"></div>
    <div id="cookielaw" class="cookielaw-banner cookielaw-bottom"><p>Hic situs crustula (cookies) adhibet ut intrare possis et ut sciamus quot lectores quasque paginas legant. Si pergis legere, hoc tibi placere putabimus.</p><a href="/wiki/crustula" class="wikilink1">Plura de crustulis</a> <button type="button">Assentior</button></div>
</body>
</html>
"""


LAYOUTS_H36B = {
    "h36-04-libraries": ("h36_b1", confluence),
    "h36-05-broadband": ("h36_b2", zendesk),
    "h36-06-latin": ("h36_b3", dokuwiki),
}
