"""Layouts of the frozen held-out group "h23" of the extraction benchmark.

Written at the start of round 20 by someone other than the person tuning the reader and
without reading the reader or its output on these pages; never used for tuning
(docs/benchmarks-extraction.md). Fictional pages in layouts and languages not used by
h2-h22: a Japanese regional paper on Movable Type 7 (``entry-asset`` with the entry
body and the extended entry in ``asset-body`` and ``asset-more``, an ``mt-figure``
image, an in-read ad between them, an update note, the writer's name in brackets,
reaction buttons, related and "PR" teasers, ranking, LINE prompt, MT search form); a
Korean county weekly on a Korean news-publishing solution (``articleView.html?idxno=``,
``article-view-content-div``, subheadings as bold "◇" paragraphs, a photo, an ad and a
"related article" box inside the body, writer box, copyright line, keywords, reaction
counts, comment box, registration footer); a Simplified Chinese county news site on
DedeCMS (default article template: info line with a script click counter, the
``intro`` summary, the body in a table cell with full-width-space indents and a
centred caption paragraph, editor line, prev/next, digg, related, Baidu share, the
DedeCMS feedback form, "推荐内容" with summaries); a Thai regional news site on the Zox
News WordPress theme (``mvp-`` ids, a PDPA cookie banner, a captioned attachment and
an ad inside the content, an inline "read also" line and a LINE prompt, English theme
strings, author box, "You may like", comment form); an Armenian regional site on MODX
Revolution (``<base href>``, relative links, pdoMenu/pdoCrumbs, Tickets comments,
AjaxForm newsletter, a banner and a "read also" line inside the content, a correction
in italics); a Bengali daily on Quintype (Arrow story cards, title and also-read
elements, an ad between cards, Google News prompt, tags, Metype comments, the story
again in the ``initial-state`` JSON, "Powered by Quintype"); an Amharic regional site on
the Soledad WordPress theme (``penci-`` classes, top-bar ticker, Ethiopian-calendar
dates, inline "read more" and ad, Telegram prompt, author box, prev/next, related
carousel, two comments, off-canvas menu); an English electric cooperative's newsroom on
Optimizely CMS 12 (outage banner, ``globalassets`` images, a callout block and a video
block inside the XHTML body, an editor's note, media contact, an ``EPiServerForms``
newsletter form, equal-opportunity footer); and an English diocesan newspaper on
ExpressionEngine 7 (EE search and comment forms with ``ACT``/``csrf_token`` hidden
fields, gallery and donation boxes and a Mass-times box inside the body, today's
readings, events, obituaries, comment policy and two comments).
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


def japanese(art):
    """Movable Type 7: entry body and extended entry in ``asset-body`` / ``asset-more``."""
    ps = art["paragraphs"]
    n = len(ps)
    site = "https://www.yamabuki-shimpo.example"
    url = f"{site}/news/2025/10/post-31842.html"
    fig = f'<figure class="mt-figure mt-image-center" style="display: inline-block;"><img alt="クマが登った跡が残る柿の木" src="{site}/news/assets_c/2025/10/kuma-kaki-thumb-720x480-58213.jpg" width="720" height="480" class="asset asset-image at-xid-58213"><figcaption>クマが登った跡が残る柿の木（11日、杉原町上野で）＝町提供</figcaption></figure>'
    label, rest = ps[-1].split("】", 1)
    note = f"<p><strong>{e(label)}】</strong>{e(rest)}</p>"
    body_html = paras(art, h="h3", stop=3, between={0: fig})
    more_html = paras(art, h="h3", start=3, stop=n - 1) + "\n" + note
    inread = '<div class="ad-inread"><p class="ad-label">広告</p><div id="div-gpt-ad-yamabuki-inread-1" style="min-height:250px;"></div><script>googletag.cmd.push(function(){googletag.display("div-gpt-ad-yamabuki-inread-1");});</script></div>'
    cur = ' class="current"'
    nav = "".join(
        f'<li{cur if t == "地域" else ""}><a href="{site}{h}">{t}</a></li>'
        for t, h in [
            ("トップ", "/"),
            ("ニュース", "/news/"),
            ("地域", "/news/area/"),
            ("社会", "/news/society/"),
            ("政治・経済", "/news/economy/"),
            ("スポーツ", "/news/sports/"),
            ("くらし", "/life/"),
            ("動画", "/movie/"),
            ("おくやみ", "/okuyami/"),
            ("イベント", "/event/"),
        ]
    )
    related = "".join(
        f'<li><a href="{site}/news/2025/{p}.html">{e(t)}</a><span class="date">{d}</span></li>'
        for p, t, d in [
            ("10/post-31790", "クマ目撃、上野小近くの畑で　町が防災無線で注意喚起", "10月11日"),
            ("10/post-31655", "ブナの実「大凶作」　県がツキノワグマ出没警報", "10月2日"),
            ("09/post-31402", "杉原町、空き家の柿の木伐採に補助　獣害対策で", "9月24日"),
        ]
    )
    pr = "".join(
        f'<li class="pr-item"><a href="https://ad.example/click?cid={cid}" rel="nofollow sponsored"><img src="https://ad.example/img/{cid}.jpg" alt=""><span class="pr-title">{e(t)}</span><span class="pr-text">{e(d)}</span><span class="pr-label">PR</span></a></li>'
        for cid, t, d in [
            (
                "a81234",
                "冬の光熱費、まだ払いすぎていませんか",
                "料金プランを見直すだけで、年間の電気代が2万円以上安くなった家庭もあります。無料の診断は1分で終わります。",
            ),
            (
                "a81239",
                "50代からの資産づくり、まず何から始める？",
                "専門家が、老後に向けて今からできるお金の準備をわかりやすく解説します。",
            ),
        ]
    )
    ranking = "".join(
        f'<li><span class="rank">{i}</span><a href="{site}/news/2025/10/post-{pid}.html">{e(t)}</a></li>'
        for i, (pid, t) in enumerate(
            [
                (31842, art["title"]),
                (31811, "山吹川の堤防工事、年内に完了へ　県が説明会"),
                (31827, "秋の高校野球県大会　杉原高が初の4強"),
                (31799, "新米の出荷始まる　今年は「上々の出来」"),
                (31836, "国道の一部区間、来月から夜間通行止め"),
            ],
            1,
        )
    )
    latest = "".join(
        f'<li><span class="time">{tm}</span><a href="{site}/news/2025/10/post-{pid}.html">{e(t)}</a></li>'
        for tm, pid, t in [
            ("17:40", 31851, "市立病院の駐車場、来月から有料化"),
            ("16:55", 31849, "中学生が地元企業で職場体験　３日間"),
            ("15:20", 31846, "秋祭りの山車巡行、今年は規模縮小"),
        ]
    )
    content = f"""<div id="cookie-consent" class="cookie-consent" role="dialog" aria-live="polite"><p>当サイトでは、利便性の向上や広告配信のためにCookieを使用しています。サイトを閲覧いただくことで、Cookieの使用に同意したものとみなします。<a href="{site}/privacy/">詳しくはこちら</a></p><button type="button" class="cookie-consent__agree">同意する</button></div>
<div id="container"><div id="container-inner">
<div id="header"><div id="header-inner">
<div class="header-top"><p class="today">2025年10月14日（火）</p><ul class="member-links"><li><a href="{site}/member/login/">電子版ログイン</a></li><li><a href="{site}/member/entry/">会員登録</a></li><li><a href="{site}/subscribe/">購読のお申し込み</a></li></ul></div>
<div id="header-content"><h2 id="header-name"><a href="{site}/" accesskey="1"><img src="{site}/common/img/logo.png" alt="山吹新報" width="260" height="56"></a></h2><div id="header-description">山吹地方の地域ニュース</div>
<form method="get" action="{site}/mt/mt-search.cgi" class="search-form"><label for="search" class="screen-reader">サイト内検索</label><input type="text" id="search" class="ti" name="search" value="" placeholder="キーワードを入力"><input type="hidden" name="IncludeBlogs" value="3"><input type="hidden" name="limit" value="20"><input type="submit" accesskey="4" value="検索"></form></div>
<nav id="global-nav"><ul>{nav}</ul></nav>
</div></div>
<div class="notice-bar"><p><a href="{site}/info/2025/10/maintenance.html">【お知らせ】10月18日（土）午前2時～5時、システムメンテナンスのため電子版がご利用いただけません</a></p></div>
<div id="content"><div id="content-inner">
<div id="alpha"><div id="alpha-inner">
<ol class="breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList"><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="{site}/"><span itemprop="name">ホーム</span></a><meta itemprop="position" content="1"></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="{site}/news/"><span itemprop="name">ニュース</span></a><meta itemprop="position" content="2"></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="{site}/news/area/"><span itemprop="name">地域</span></a><meta itemprop="position" content="3"></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="{site}/news/area/sugihara/"><span itemprop="name">杉原町</span></a><meta itemprop="position" content="4"></li></ol>
<div id="entry-31842" class="entry-asset asset hentry">
<div class="asset-header">
<p class="entry-category"><a href="{site}/news/area/">地域</a></p>
<h1 id="page-title" class="asset-name entry-title">{e(art["title"])}</h1>
<div class="asset-meta"><span class="byline"><abbr class="published" title="2025-10-14T11:42:00+09:00">2025年10月14日 11:42</abbr></span> <span class="updated">（最終更新 10月14日 17:55）</span></div>
<ul class="share-buttons"><li class="x"><a href="https://twitter.com/intent/tweet?url={url}" target="_blank" rel="noopener">ポスト</a></li><li class="facebook"><a href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" rel="noopener">シェア</a></li><li class="line"><a href="https://social-plugins.line.me/lineit/share?url={url}" target="_blank" rel="noopener">LINEで送る</a></li><li class="hatena"><a href="https://b.hatena.ne.jp/entry/{url}" target="_blank" rel="noopener">ブックマーク</a></li><li class="copy"><button type="button" data-url="{url}">URLをコピー</button></li></ul>
</div>
<div class="asset-content entry-content" itemprop="articleBody">
<div class="asset-body">
{body_html}
</div>
{inread}
<div id="more" class="asset-more">
{more_html}
</div>
<p class="writer">（{e(art["author"])}）</p>
</div>
<div class="asset-footer">
<div class="reaction"><p class="reaction__title">この記事についてどう思いましたか？</p><ul><li><button type="button" data-reaction="useful">役に立った <span>24</span></button></li><li><button type="button" data-reaction="more">もっと知りたい <span>11</span></button></li><li><button type="button" data-reaction="think">考えさせられた <span>7</span></button></li></ul></div>
<div class="entry-tags"><h4 class="entry-tags-header">関連キーワード</h4><ul class="entry-tags-list"><li class="entry-tag"><a href="{site}/mt/mt-search.cgi?IncludeBlogs=3&amp;tag=%E3%82%AF%E3%83%9E&amp;limit=20" rel="tag">クマ</a></li><li class="entry-tag"><a href="{site}/mt/mt-search.cgi?IncludeBlogs=3&amp;tag=%E6%9D%89%E5%8E%9F%E7%94%BA&amp;limit=20" rel="tag">杉原町</a></li><li class="entry-tag"><a href="{site}/mt/mt-search.cgi?IncludeBlogs=3&amp;tag=%E7%8D%A3%E5%AE%B3&amp;limit=20" rel="tag">獣害</a></li><li class="entry-tag"><a href="{site}/mt/mt-search.cgi?IncludeBlogs=3&amp;tag=%E6%95%99%E8%82%B2&amp;limit=20" rel="tag">教育</a></li></ul></div>
</div>
</div>
<p class="content-nav"><a class="previous-link" href="{site}/news/2025/10/post-31839.html">« 杉原町議会、補正予算案を可決　除雪車を更新</a> | <a href="{site}/news/area/">地域ニュース一覧</a> | <a class="next-link" href="{site}/news/2025/10/post-31845.html">山吹駅前に観光案内所がオープン »</a></p>
<div class="related-entries"><h2 class="widget-header">関連記事</h2><ul>{related}</ul></div>
<div class="pr-box"><h2 class="widget-header">おすすめ情報</h2><ul>{pr}</ul></div>
<p class="copyright-note">山吹新報のサイトに掲載している記事・写真等の無断転載を禁じます。</p>
</div></div>
<div id="beta"><div id="beta-inner">
<div class="widget-ad"><p class="ad-label">広告</p><div id="div-gpt-ad-yamabuki-side-1" style="min-height:250px;"></div></div>
<div class="widget-ranking widget"><h3 class="widget-header">アクセスランキング</h3><div class="widget-content"><ol>{ranking}</ol></div></div>
<div class="widget-latest widget"><h3 class="widget-header">新着記事</h3><div class="widget-content"><ul>{latest}</ul></div></div>
<div class="widget-line widget"><h3 class="widget-header">山吹新報 公式LINE</h3><div class="widget-content"><p>友だち追加で、地域の最新ニュースや防災情報をお届けします。</p><a href="https://line.me/R/ti/p/@yamabuki-shimpo" class="btn-line">友だち追加</a></div></div>
</div></div>
</div></div>
<div id="footer"><div id="footer-inner">
<ul class="footer-links"><li><a href="{site}/company/">会社概要</a></li><li><a href="{site}/privacy/">個人情報保護方針</a></li><li><a href="{site}/copyright/">著作権について</a></li><li><a href="{site}/ad/">広告掲載</a></li><li><a href="{site}/contact/">お問い合わせ</a></li></ul>
<p class="copyright">Copyright © The Yamabuki Shimpo. All rights reserved.</p>
</div></div>
</div></div>
<script src="{site}/mt-static/jquery/jquery.min.js"></script>
<script src="{site}/mt.js"></script>
<script>
  mtAttachEvent('load', mtUpdateScores);
  mtAttachEvent('load', mtEntryOnLoad);
  mtAttachEvent('unload', mtEntryOnUnload);
</script>"""
    head = f"""<meta name="generator" content="Movable Type 7 r.5405">
<meta name="description" content="杉原町で今月に入り、ツキノワグマの目撃情報が相次いでいる。">
<link rel="stylesheet" href="{site}/styles.css" type="text/css">
<link rel="start" href="{site}/" title="Home">
<link rel="alternate" type="application/atom+xml" title="Recent Entries" href="{site}/atom.xml">
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{site}/rsd.xml">
<link rel="prev bookmark" href="{site}/news/2025/10/post-31839.html" title="杉原町議会、補正予算案を可決　除雪車を更新">
<link rel="next bookmark" href="{site}/news/2025/10/post-31845.html" title="山吹駅前に観光案内所がオープン">
<meta property="article:published_time" content="{art["date"]}T11:42:00+09:00">
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script>
<script>window.googletag = window.googletag || {{cmd: []}};</script>
"""
    return page(
        art,
        "山吹新報",
        url,
        content,
        "ja",
        head=head,
        sep="｜",
        body_attrs=' id="classic-blog" class="mt-entry-archive layout-wt"',
    )


def korean(art):
    """Korean news-publishing solution: ``articleView.html?idxno=`` and ``article-view-content-div``."""
    site = "https://www.haerimnews.example"
    idx = 58214
    url = f"{site}/news/articleView.html?idxno={idx}"
    photo = f'<figure class="photo-layout image photo-center" data-idxno="40112" data-type="photo" style="width:700px;"><img src="https://cdn.haerimnews.example/news/photo/202509/{idx}_40112_3012.jpg" alt="송하초 학생들이 학교 텃밭에서 고구마 순을 심고 있다. /사진=해림교육지원청"><figcaption>송하초 학생들이 학교 텃밭에서 고구마 순을 심고 있다. /사진=해림교육지원청</figcaption></figure>'
    ad = '<div class="ad-template"><div class="IMGFLOATING" style="text-align:center;margin:20px auto;"><span class="ad-mark">AD</span><!-- 기사 본문 중간 광고 --><ins class="adsbygoogle" style="display:inline-block;width:300px;height:250px" data-ad-client="ca-pub-0000000000000000" data-ad-slot="4812345670"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div></div>'
    inline_rel = f'<div class="relation-article-box"><strong class="title">관련기사</strong><ul><li><a href="{site}/news/articleView.html?idxno=57530">해림군, 빈집 고쳐 농촌유학 가족에 임대…6채 리모델링 착수</a></li></ul></div>'
    body = paras(
        art,
        p="p",
        h="<p><strong>◇{}</strong></p>",
        between={0: photo, 2: inline_rel, 6: ad},
    )
    nav = "".join(
        f'<li><a href="{site}/news/articleList.html?sc_section_code={c}&amp;view_type=sm" class="{"on" if t == "교육" else ""}">{t}</a></li>'
        for c, t in [
            ("S1N1", "정치"),
            ("S1N2", "행정"),
            ("S1N3", "경제"),
            ("S1N4", "사회"),
            ("S1N5", "교육"),
            ("S1N6", "문화"),
            ("S1N7", "스포츠"),
            ("S1N8", "오피니언"),
            ("S1N9", "포토"),
        ]
    )
    relation = "".join(
        f'<li><a href="{site}/news/articleView.html?idxno={i}"><em class="auto-titles">{e(t)}</em></a></li>'
        for i, t in [
            (57530, "해림군, 빈집 고쳐 농촌유학 가족에 임대…6채 리모델링 착수"),
            (56911, "학생 수 10명 이하 작은학교 12곳…해림 교육계 '통폐합' 고민"),
            (55804, '송하면 주민들 "학교가 사라지면 마을도 사라진다"'),
        ]
    )
    most = "".join(
        f'<li class="item"><a href="{site}/news/articleView.html?idxno={i}"><span class="number">{n}</span><em class="auto-titles">{e(t)}</em></a></li>'
        for n, (i, t) in enumerate(
            [
                (58190, "해림읍 중앙로 보행자 전용거리 10월부터 주말 운영"),
                (idx, art["title"]),
                (58177, "해림군의회, 추경 예산 312억 원 의결"),
                (58201, "가을 전어 축제 13일 개막…맨손잡기 체험 인기"),
                (58166, '군내버스 노선 개편 첫날 "정류장 헷갈려요"'),
            ],
            1,
        )
    )
    latest = "".join(
        f'<li class="item"><a href="{site}/news/articleView.html?idxno={i}"><em class="auto-titles">{e(t)}</em><em class="auto-sections">{s}</em></a></li>'
        for i, t, s in [
            (58219, "해림군 '찾아가는 건강버스' 섬 지역 순회 진료", "사회"),
            (58217, "해림고 야구부, 전국체전 도 대표 선발", "스포츠"),
            (58216, "[기고] 작은 학교가 마을을 살린다", "오피니언"),
        ]
    )
    content = f"""<div id="user-wrap">
<header id="user-header" class="user-header">
<div class="header-top"><div class="float-center max-width-1080"><span class="today">2025년 9월 3일 (수)</span>
<ul class="header-top-links"><li><a href="{site}/member/login.html">로그인</a></li><li><a href="{site}/member/join.html">회원가입</a></li><li><a href="{site}/com/jebo.html">기사제보</a></li><li><a href="{site}/com/subscribe.html">구독신청</a></li></ul></div></div>
<div class="header-logo float-center max-width-1080"><h1 class="logo"><a href="{site}/"><img src="{site}/image/logo/toplogo_20240312.png" alt="해림신문"></a></h1>
<form name="search-form" method="get" action="{site}/news/articleList.html" class="header-search"><input type="hidden" name="sc_area" value="A"><input type="hidden" name="view_type" value="sm"><label for="search-keyword" class="show-for-sr">검색어 입력</label><input type="text" name="sc_word" id="search-keyword" placeholder="검색어를 입력하세요"><button type="submit" class="icon-search"><span class="show-for-sr">검색</span></button></form></div>
<nav id="user-nav" class="user-nav"><div class="float-center max-width-1080"><ul class="nav-menu"><li><a href="{site}/news/articleList.html?view_type=sm">전체기사</a></li>{nav}</ul></div></nav>
</header>
<div id="user-container">
<div class="float-center max-width-1080">
<div class="user-content">
<section class="article-view">
<header class="article-view-header">
<nav class="breadcrumbs"><ul><li><a href="{site}/">HOME</a></li><li><a href="{site}/news/articleList.html?sc_section_code=S1N5&amp;view_type=sm">교육</a></li></ul></nav>
<h3 class="heading">{e(art["title"])}</h3>
<h4 class="subheading">빈집 6채 고쳐 유학 가족에 제공<br>교육청, 10월 2026학년도 1학기 유학생 모집</h4>
<article class="info-group"><ul class="infomation"><li><i class="icon-user-o"></i> {e(art["author"])} 기자</li><li><i class="icon-clock-o"></i> 입력 2025.09.03 16:12</li><li><i class="icon-clock-o"></i> 수정 2025.09.03 17:30</li><li><i class="icon-comment"></i> 댓글 0</li></ul>
<div class="button-group"><button type="button" class="icon-share" title="기사공유하기"><span class="show-for-sr">기사공유하기</span></button><button type="button" class="icon-listen" title="기사 읽어주기"><span class="show-for-sr">기사 읽어주기</span></button><button type="button" class="icon-font-plus" title="글씨키우기"><span class="show-for-sr">글씨키우기</span></button><button type="button" class="icon-font-minus" title="글씨줄이기"><span class="show-for-sr">글씨줄이기</span></button><button type="button" class="icon-print" title="인쇄하기"><span class="show-for-sr">인쇄하기</span></button><button type="button" class="icon-scrap" title="기사 스크랩"><span class="show-for-sr">기사 스크랩</span></button></div>
<div class="share-layer" style="display:none;"><ul><li><a href="#" class="share-kakaotalk">카카오톡</a></li><li><a href="#" class="share-facebook">페이스북</a></li><li><a href="#" class="share-twitter">X(트위터)</a></li><li><a href="#" class="share-band">밴드</a></li><li><a href="#" class="share-url">URL 복사</a></li></ul></div>
</article>
</header>
<section class="article-view-content">
<div class="article-body">
<!-- 기사본문 -->
<article id="article-view-content-div" class="article-veiw-body view-page font-size17" itemprop="articleBody">
{body}
</article>
<!-- //기사본문 -->
<article class="writer"><div class="profile-images"><img src="{site}/image/user/mina.jpg" alt="{e(art["author"])} 기자"></div><div class="profile-info"><strong class="names">{e(art["author"])} 기자</strong> <a href="mailto:mina@haerimnews.example" class="email">mina@haerimnews.example</a> <a href="{site}/news/articleList.html?sc_area=I&amp;sc_word=mina&amp;view_type=sm" class="more">다른기사 보기</a></div></article>
<article class="copyright">저작권자 © 해림신문 무단전재 및 재배포 금지</article>
</div>
<article class="relation"><header><h2 class="title">관련기사</h2></header><ul>{relation}</ul></article>
<article class="keyword"><strong class="title">키워드</strong> <a href="{site}/news/articleList.html?sc_area=A&amp;view_type=sm&amp;sc_word=%23%EB%86%8D%EC%B4%8C%EC%9C%A0%ED%95%99">#농촌유학</a> <a href="{site}/news/articleList.html?sc_area=A&amp;view_type=sm&amp;sc_word=%23%EC%86%A1%ED%95%98%EC%B4%88">#송하초</a> <a href="{site}/news/articleList.html?sc_area=A&amp;view_type=sm&amp;sc_word=%23%EC%9E%91%EC%9D%80%ED%95%99%EA%B5%90">#작은학교</a> <a href="{site}/news/articleList.html?sc_area=A&amp;view_type=sm&amp;sc_word=%23%EB%B9%88%EC%A7%91">#빈집</a></article>
<article class="reaction"><p class="reaction-title">이 기사를 추천합니다</p><ul class="reaction-list"><li><button type="button">좋아요 <span>18</span></button></li><li><button type="button">훈훈해요 <span>9</span></button></li><li><button type="button">슬퍼요 <span>0</span></button></li><li><button type="button">화나요 <span>1</span></button></li><li><button type="button">후속기사 원해요 <span>4</span></button></li></ul></article>
<article class="share-bottom"><p>이 기사를 공유합니다</p><ul><li><a href="#" class="share-kakaotalk">카카오톡</a></li><li><a href="#" class="share-facebook">페이스북</a></li><li><a href="#" class="share-url">URL 복사</a></li></ul></article>
</section>
<section class="comment-box" id="comment-box">
<header><h2 class="title">댓글 <span class="count">0</span></h2><div class="sort"><a href="#" class="on">최신순</a> <a href="#">추천순</a></div></header>
<form name="comment-form" class="comment-form" method="post" action="{site}/news/commentAct.html"><input type="hidden" name="idxno" value="{idx}"><textarea name="comment" placeholder="로그인 후 댓글을 작성할 수 있습니다." readonly></textarea><div class="comment-form-foot"><span class="byte">0 / 400</span><button type="submit">등록</button></div></form>
<p class="no-comment">첫 댓글을 남겨주세요.</p>
<div id="comment-delete-layer" class="layer" style="display:none;"><p>댓글삭제</p><p>삭제한 댓글은 다시 복구할 수 없습니다. 그래도 삭제하시겠습니까?</p><button type="button">삭제</button><button type="button">닫기</button></div>
</section>
</section>
</div>
<aside id="user-side" class="user-side">
<div class="side-banner"><span class="ad-mark">AD</span><a href="https://ad.example/haerim-fest" target="_blank"><img src="{site}/banner/2025/fest_300x250.jpg" alt="제15회 해림 전어축제"></a></div>
<section class="auto-article"><header><h2 class="title">많이 본 뉴스</h2></header><ul class="auto-most">{most}</ul></section>
<section class="auto-article"><header><h2 class="title">최신기사</h2></header><ul>{latest}</ul></section>
</aside>
</div>
</div>
<footer id="user-footer" class="user-footer">
<div class="float-center max-width-1080">
<ul class="footer-menu"><li><a href="{site}/com/company.html">회사소개</a></li><li><a href="{site}/com/jebo.html">기사제보</a></li><li><a href="{site}/com/ad.html">광고문의</a></li><li><a href="{site}/com/report.html">불편신고</a></li><li><a href="{site}/member/privacy.html"><strong>개인정보처리방침</strong></a></li><li><a href="{site}/member/youth.html">청소년보호정책</a></li><li><a href="{site}/member/email.html">이메일무단수집거부</a></li></ul>
<address class="footer-address">주소 : 해림군 해림읍 중앙로 12, 3층 | 대표전화 : 061-000-1234 | 팩스 : 061-000-1235 | 청소년보호책임자 : 이정훈<br>법인명 : (주)해림신문 | 제호 : 해림신문 | 등록번호 : 아 00123 | 등록일 : 2012-05-14 | 발행일 : 2012-05-14 | 발행인 : 최상철 | 편집인 : 최상철</address>
<p class="footer-copyright">해림신문 모든 콘텐츠(영상, 기사, 사진)는 저작권법의 보호를 받은바, 무단 전재와 복사, 배포 등을 금합니다.<br>Copyright © 2025 해림신문. All rights reserved. mail to <a href="mailto:news@haerimnews.example">news@haerimnews.example</a></p>
</div>
</footer>
</div>
<script async src="https://pagead2.googlesyndication.example/pagead/js/adsbygoogle.js?client=ca-pub-0000000000000000" crossorigin="anonymous"></script>
<script src="{site}/js/user.min.js?v=2509"></script>"""
    head = f"""<meta name="description" content="전교생이 3명까지 줄어 폐교 위기에 놓였던 해림군 송하면 송하초등학교가 2학기 농촌유학생 11명을 맞으며 다시 활기를 되찾고 있다.">
<meta property="og:image" content="https://cdn.haerimnews.example/news/photo/202509/{idx}_40112_3012.jpg">
<meta property="article:section" content="교육">
<meta property="article:published_time" content="{art["date"]}T16:12:00+09:00">
<meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="{site}/css/style.min.css?v=2509">
<link rel="alternate" type="application/rss+xml" title="해림신문 전체기사" href="{site}/rss/allArticle.xml">
"""
    return page(art, "해림신문", url, content, "ko", head=head, sep=" - ")


def chinese(art):
    """DedeCMS default article template: the body in a table cell of ``div.content``."""
    site = "https://www.qxnews.example"
    aid = 18765
    url = f"{site}/xwzx/xqyw/20250324/{aid}.html"
    img = '<p style="text-align: center;"><img alt="" src="/uploads/allimg/250324/1-250324102H50-L.jpg" style="width: 600px; height: 400px;" /></p>\n<p style="text-align: center;">云岭镇上坪村茶农在茶园里采摘明前茶。（通讯员 周文涛 摄）</p>'
    img2 = '<p style="text-align: center;"><img alt="" src="/uploads/allimg/250324/1-250324102U10-L.jpg" style="width: 600px; height: 400px;" /></p>\n<p style="text-align: center;">返乡青年陈思雨在茶园直播介绍明前茶。（记者 林晓燕 摄）</p>'
    body = paras(
        art,
        p="<p>　　{}</p>",
        h="<p>　　<strong>{}</strong></p>",
        between={0: img, 2: img2},
    )
    this = " class='thisclass'"
    nav = "".join(
        f"<li><a href='{h}'{this if t == '清溪要闻' else ''}>{t}</a></li>"
        for h, t in [
            ("/", "网站首页"),
            ("/xwzx/xqyw/", "清溪要闻"),
            ("/xwzx/xzdt/", "乡镇动态"),
            ("/xwzx/bmxx/", "部门信息"),
            ("/xwzx/msrd/", "民生热点"),
            ("/spxw/", "视频新闻"),
            ("/tpxw/", "图片新闻"),
            ("/ztzl/", "专题专栏"),
        ]
    )
    related = "".join(
        f"<li><a href='/xwzx/xqyw/{d}/{i}.html'>{e(t)}</a><span>{d[4:6]}-{d[6:]}</span></li>"
        for d, i, t in [
            ("20250318", 18702, "清溪县召开春茶生产工作推进会"),
            ("20250311", 18640, "云岭镇农村电商服务站开展直播带货培训"),
            ("20250227", 18533, "我县茶叶区域公用品牌发布"),
            ("20250214", 18451, "清溪县2024年农村网络零售额突破5亿元"),
        ]
    )
    commend = "".join(
        f"<li><a href='/xwzx/{p}/{d}/{i}.html'>{e(t)}</a><p>{e(x)}</p></li>"
        for p, d, i, t, x in [
            (
                "xqyw",
                "20250321",
                18741,
                "县城至云岭镇公路改造工程全面开工",
                "改造后的公路全长21.6公里，按二级公路标准建设，预计年底前建成通车，届时车程将缩短约20分钟。",
            ),
            (
                "msrd",
                "20250320",
                18733,
                "城区新增3处“口袋公园”",
                "新建的口袋公园利用街角闲置地块改造而成，设有健身器材和休闲座椅，方便周边居民就近休闲。",
            ),
        ]
    )
    hot = "".join(
        f"<li><span>{n}</span><a href='/xwzx/xqyw/{d}/{i}.html'>{e(t)}</a></li>"
        for n, (d, i, t) in enumerate(
            [
                ("20250320", 18730, "清溪县2025年春季义务植树活动启动"),
                ("20250319", 18718, "县人民医院新门诊楼投入使用"),
                ("20250317", 18695, "关于城区部分路段临时交通管制的通告"),
                ("20250315", 18677, "清溪一中学子在省级科技创新大赛中获奖"),
            ],
            1,
        )
    )
    content = f"""<div class="header_top"><div class="w960 center"><span id="time" class="time">欢迎访问清溪新闻网！今天是2025年3月24日 星期一</span><div class="toplinks"><a href="/" onclick="this.style.behavior='url(#default#homepage)';this.setHomePage('{site}');return false;">设为首页</a> | <a href="javascript:window.external.AddFavorite('{site}','清溪新闻网')">加入收藏</a> | <a href="/m/">手机版</a> | <a href="http://epaper.qxnews.example/">数字报</a></div></div></div>
<div class="header"><div class="top w960 center"><div class="title"><h1><a href="/"><img src="/templets/qxnews/images/logo.png" height="64" width="320" alt="清溪新闻网"/></a></h1></div>
<div class="banner"><script src='/plus/ad_js.php?aid=3' language='javascript'></script></div></div>
<div class="module blue mT10 wrapper w963"><div class="top"><div id="navMenu"><ul>{nav}</ul></div>
<div class="search"><form name="formsearch" action="/plus/search.php"><div class="form"><h4>搜索</h4><input type="hidden" name="kwtype" value="0" /><input name="q" type="text" class="search-keyword" id="search-keyword" value="在这里搜索..." onfocus="if(this.value=='在这里搜索...'){{this.value='';}}" onblur="if(this.value==''){{this.value='在这里搜索...';}}" /><select name="searchtype" class="search-option" id="search-option"><option value="title" selected='1'>检索标题</option><option value="titlekeyword">智能模糊</option></select><button type="submit" class="search-submit">搜索</button></div></form></div></div></div></div>
<div class="w960 center clear mt1">
<div class="pleft">
<div class="place"><strong>当前位置:</strong> <a href='/'>主页</a> > <a href='/xwzx/'>新闻中心</a> > <a href='/xwzx/xqyw/'>清溪要闻</a> > </div>
<div class="viewbox">
<div class="title"><h2>{e(art["title"])}</h2></div>
<div class="info"><small>时间:</small>2025-03-24 10:26<small>来源:</small>清溪县融媒体中心 <small>作者:</small>{e(art["author"])} <small>点击:</small><script src="/plus/count.php?view=yes&amp;aid={aid}&amp;mid=1" type='text/javascript' language="javascript"></script>次 <span class="fontsize">【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</span></div>
<div class="intro">3月22日清晨，清溪县云岭镇的茶山上薄雾未散，数百名茶农已背着竹篓穿行在茶垄间，采摘今年第一批明前茶。...</div>
<div class="content"><table width='100%'><tr><td>
{body}
</td></tr></table></div>
<div class="editor">（责任编辑：王丽　审核：张建国）</div>
<div class="dede_pages"><ul class="pagelist"></ul></div>
<div class="boxoff"><strong>------分隔线----------------------------</strong></div>
<div class="handle">
<div class="context"><ul><li>上一篇：<a href='/xwzx/xqyw/20250323/18758.html'>县委理论学习中心组召开专题学习会</a> </li><li>下一篇：<a href='/xwzx/xqyw/20250324/18769.html'>清溪县启动2025年“春风行动”专场招聘会</a> </li></ul></div>
<div class="actbox"><ul><li id="act-fav"><a href="/plus/stow.php?aid={aid}" target="_blank">收藏</a></li><li id="act-err"><a href="/plus/erraddsave.php?aid={aid}&amp;title=%E6%B8%85%E6%BA%AA%E5%8E%BF%E6%98%8E%E5%89%8D%E8%8C%B6%E5%BC%80%E9%87%87" target="_blank">挑错</a></li><li id="act-pus"><a href="/plus/recommend.php?aid={aid}" target="_blank">推荐</a></li><li id="act-pnt"><a href="#" onclick="window.print();">打印</a></li></ul></div>
</div>
<div class="bdsharebuttonbox"><a href="#" class="bds_more" data-cmd="more">分享到：</a><a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a><a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a><a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a><a href="#" class="bds_sqq" data-cmd="sqq" title="分享到QQ好友"></a></div>
<script>window._bd_share_config={{"common":{{"bdSnsKey":{{}},"bdText":"","bdMini":"2","bdPic":"","bdStyle":"0","bdSize":"16"}},"share":{{}}}};</script>
<div class="newdigg" id="newdigg"><div class="diggbox digg_good" onmousemove="this.style.backgroundPosition='left bottom';" onmouseout="this.style.backgroundPosition='left top';" onclick="javascript:postDigg('good',{aid})"><div class="digg_act">顶一下</div><div class="digg_num">(26)</div><div class="digg_percent"><div class="digg_percent_bar"><span style="width:93%"></span></div><div class="digg_percent_num">92.86%</div></div></div><div class="diggbox digg_bad" onmousemove="this.style.backgroundPosition='right bottom';" onmouseout="this.style.backgroundPosition='right top';" onclick="javascript:postDigg('bad',{aid})"><div class="digg_act">踩一下</div><div class="digg_num">(2)</div><div class="digg_percent"><div class="digg_percent_bar"><span style="width:7%"></span></div><div class="digg_percent_num">7.14%</div></div></div></div>
</div>
<div class="xgydbox"><dl class="tbox"><dt><strong>相关文章</strong></dt><dd><ul class="d1 ico3 fl">{related}</ul></dd></dl></div>
<div class="wxcode"><img src="/templets/qxnews/images/qrcode.jpg" alt="" width="100" height="100"/><p>扫一扫　关注“清溪发布”微信公众号</p></div>
<div id="commetcontentNew"></div>
<div class="mt1"><dl class="tbox"><dt><strong>发表评论</strong><span class="more"></span></dt><dd>
<div class="dede_comment_post">
<form action="#" method="post" name="feedback"><input type="hidden" name="dopost" value="send" /><input type="hidden" name="comtype" value="comments"><input type="hidden" name="aid" value="{aid}" /><input type="hidden" name="fid" id='feedbackfid' value="0" />
<div class="dcmp-title"><small>请自觉遵守互联网相关的政策法规，严禁发布色情、暴力、反动的言论。</small></div>
<div class="dcmp-stand"><strong>评价:</strong><input type="radio" name="feedbacktype" checked="1" value="feedback" id="dcmp-stand-neu" /><label for="dcmp-stand-neu"><img src="/templets/images/cmt-neu.gif" />中立</label><input type="radio" name="feedbacktype" value="good" id="dcmp-stand-good" /><label for="dcmp-stand-good"><img src="/templets/images/cmt-good.gif" />好评</label><input type="radio" name="feedbacktype" value="bad" id="dcmp-stand-bad" /><label for="dcmp-stand-bad"><img src="/templets/images/cmt-bad.gif" />差评</label></div>
<div class="dcmp-content"><textarea cols="60" name="msg" rows="5" class="ipt-txt"></textarea></div>
<div class="dcmp-post"><div class="dcmp-userinfo" id="_ajax_feedback">验证码:<input type="text" name="validate" size="4" class="ipt-txt" style="text-transform:uppercase;"/><img src="/include/vdimgck.php" id="validateimg" style="cursor:pointer" onclick="this.src=this.src+'?'" title="点击我更换图片" alt="点击我更换图片" /><input type="checkbox" name="notuser" id="dcmp-submit-guest" /><label for="dcmp-submit-guest">匿名? </label></div>
<div class="dcmp-submit"><button type="button" onclick='PostComment()'>发表评论</button></div></div>
</form></div>
</dd></dl></div>
<div class="mt1"><dl class="tbox"><dt><strong>最新评论</strong><span class="more"><a href="/plus/feedback.php?aid={aid}">进入详细评论页&gt;&gt;</a></span></dt><dd><div class="dede_comment"><div class="decmt-box1"><ul id="commetcontent"></ul></div></div></dd></dl></div>
</div>
<div class="pright">
<div><dl class="tbox"><dt><strong>栏目列表</strong></dt><dd><ul class="d6"><li><a href='/xwzx/xqyw/' class='thisclass'>清溪要闻</a></li><li><a href='/xwzx/xzdt/'>乡镇动态</a></li><li><a href='/xwzx/bmxx/'>部门信息</a></li><li><a href='/xwzx/msrd/'>民生热点</a></li></ul></dd></dl></div>
<div class="commend mt1"><dl class="tbox light"><dt class='light'><strong>推荐内容</strong></dt><dd class='light'><ul class="d4">{commend}</ul></dd></dl></div>
<div id="contentRtPicAD" style="margin:10px auto"><script src='/plus/ad_js.php?aid=5' language='javascript'></script></div>
<div class="hot mt1"><dl class="tbox light"><dt class='light'><strong>热点内容</strong></dt><dd class='light'><ul class="c1 ico2">{hot}</ul></dd></dl></div>
</div>
</div>
<div class="footer w960 center mt1 clear">
<div class="footer_left"></div>
<div class="footer_body"><p class="powered">主办：中共清溪县委宣传部　承办：清溪县融媒体中心<br />地址：清溪县城关镇人民路88号　邮编：000000　新闻热线：0000-1234567<br />版权所有：清溪县融媒体中心　未经授权禁止复制或建立镜像<br /><a href="https://beian.miit.example/" target="_blank">X ICP备00000000号-1</a></p>
<div class="copyright">Copyright &copy; 2025 qxnews.example 清溪新闻网 All Rights Reserved.</div></div>
<div class="footer_right"></div></div>
<script src="/plus/digg_ajax.js" type="text/javascript"></script>
<script type="text/javascript">
//<![CDATA[
function CheckLogin(){{ var taget_obj = document.getElementById('_ajax_feedback'); }}
function LoadCommets(page){{ var taget_obj = document.getElementById('commetcontent'); }}
//]]>
</script>
<!-- /Powered by DedeCMS -->"""
    head = """<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="keywords" content="明前茶,直播带货,电商服务站,清溪县,云岭镇" />
<meta name="description" content="3月22日清晨，清溪县云岭镇的茶山上薄雾未散，数百名茶农已背着竹篓穿行在茶垄间，采摘今年第一批明前茶。" />
<link href="/templets/default/style/dedecms.css" rel="stylesheet" media="screen" type="text/css" />
<script language="javascript" type="text/javascript" src="/include/dedeajax2.js"></script>
<script language="javascript" type="text/javascript">
<!--
function postDigg(ftype,aid)
{
	var taget_obj = document.getElementById('newdigg');
	var saveid = GetCookie('diggid');
	if(saveid != null)
	{
		var saveids = saveid.split(',');
	}
}
function doZoom(size){ document.getElementById('contentBody').style.fontSize=size+'px'; }
-->
</script>
"""
    return page(art, "清溪新闻网", url, content, "zh-CN", head=head, sep="_")


def thai(art):
    """Zox News WordPress theme: ``mvp-content-main`` in ``mvp-post-main``."""
    site = "https://www.khaonuea.example"
    url = f"{site}/news/91187/"
    also = f'<p><strong>อ่านข่าวที่เกี่ยวข้อง :</strong> <a href="{site}/news/90842/">ชาวบ้านแม่ลานคำรวมตัวขอให้แก้ปัญหาช้างป่า หลังพืชผลเสียหายต่อเนื่อง</a></p>'
    fig = f'<figure id="attachment_91203" aria-describedby="caption-attachment-91203" style="width: 800px" class="wp-caption aligncenter"><img loading="lazy" decoding="async" class="size-full wp-image-91203" src="{site}/wp-content/uploads/2025/11/elephant-trench-800x533.jpg" alt="" width="800" height="533" srcset="{site}/wp-content/uploads/2025/11/elephant-trench-800x533.jpg 800w, {site}/wp-content/uploads/2025/11/elephant-trench-300x200.jpg 300w" sizes="(max-width: 800px) 100vw, 800px"><figcaption id="caption-attachment-91203" class="wp-caption-text">เจ้าหน้าที่อุทยานแห่งชาติดอยผาแดงสำรวจแนวขุดคูกันช้างป่า (ภาพ: อุทยานแห่งชาติดอยผาแดง)</figcaption></figure>'
    ad = '<div class="mvp-post-ad-wrap"><span class="mvp-ad-label">โฆษณา</span><div class="mvp-post-ad"><ins class="adsbygoogle" style="display:block; text-align:center;" data-ad-layout="in-article" data-ad-format="fluid" data-ad-client="ca-pub-0000000000000000" data-ad-slot="7712093344"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div></div>'
    line = f'<p style="text-align: center;"><a href="https://line.me/R/ti/p/@khaonuea" target="_blank" rel="noopener"><img loading="lazy" class="aligncenter size-full" src="{site}/wp-content/uploads/2024/01/line-add-friend.png" alt="เพิ่มเพื่อน" width="232" height="72"></a></p>\n<p style="text-align: center;"><strong>ติดตามข่าวสารทันเหตุการณ์ได้ที่ LINE @khaonuea</strong></p>'
    body = paras(art, h="h3", between={2: also, 3: ad, 6: fig}) + "\n" + line
    menu = "".join(
        f'<li class="menu-item menu-item-type-taxonomy menu-item-object-category{" current-post-ancestor" if t == "ข่าวภูมิภาค" else ""}"><a href="{site}/category/{s}/">{t}</a></li>'
        for s, t in [
            ("hot-news", "ข่าวเด่น"),
            ("region", "ข่าวภูมิภาค"),
            ("politics", "การเมือง"),
            ("economy", "เศรษฐกิจ"),
            ("agriculture", "เกษตร"),
            ("tourism", "ท่องเที่ยว"),
            ("sport", "กีฬา"),
            ("video", "วิดีโอ"),
        ]
    )
    like = "".join(
        f'<a href="{site}/news/{i}/" rel="bookmark"><li><div class="mvp-related-img left relative"><img width="400" height="240" src="{site}/wp-content/uploads/2025/{m}/{img}-400x240.jpg" class="mvp-reg-img wp-post-image" alt="" loading="lazy"></div><div class="mvp-related-text left relative"><p>{e(t)}</p></div></li></a>'
        for i, m, img, t in [
            (
                90842,
                "10",
                "villagers-meeting",
                "ชาวบ้านแม่ลานคำรวมตัวขอให้แก้ปัญหาช้างป่า หลังพืชผลเสียหายต่อเนื่อง",
            ),
            (90977, "10", "sugarcane-price", "โรงงานน้ำตาลประกาศราคาอ้อยเบื้องต้นฤดูหีบใหม่ ชาวไร่ยังไม่พอใจ"),
            (91105, "11", "doi-pha-daeng", "ดอยผาแดงเปิดรับนักท่องเที่ยวขึ้นชมทะเลหมอก เริ่ม 15 พ.ย."),
        ]
    )
    latest = "".join(
        f'<div class="mvp-feat1-list-text"><span class="mvp-cd-date">{t}</span><a href="{site}/news/{i}/"><h2>{e(x)}</h2></a></div>'
        for i, t, x in [
            (91192, "1 ชั่วโมง ที่ผ่านมา", "จังหวัดเตรียมจัดงานลอยกระทงริมแม่น้ำ คาดนักท่องเที่ยวกว่า 2 หมื่นคน"),
            (91190, "2 ชั่วโมง ที่ผ่านมา", "ตำรวจทางหลวงเตือนหมอกลงหนาบนถนนสายภูเขา ช่วงเช้ามืด"),
            (91185, "4 ชั่วโมง ที่ผ่านมา", "เกษตรกรผู้ปลูกลำไยรวมกลุ่มส่งออกผลผลิตอบแห้ง"),
        ]
    )
    content = f"""<div id="mvp-fly-wrap"><div id="mvp-fly-menu-top" class="left relative"><div class="mvp-fly-top-out left relative"><div class="mvp-fly-top-in"><div id="mvp-fly-logo" class="left relative"><a href="{site}/"><img src="{site}/wp-content/uploads/2024/01/logo-khaonuea.png" alt="ข่าวเหนือวันนี้"></a></div></div><div class="mvp-fly-but-wrap mvp-fly-but-menu mvp-fly-but-click"><span></span><span></span><span></span><span></span></div></div></div>
<div id="mvp-fly-menu-wrap"><nav class="mvp-fly-nav-menu left relative"><div class="menu-main-menu-container"><ul id="menu-main-menu-1" class="menu">{menu}</ul></div></nav></div>
<div id="mvp-fly-soc-wrap"><span class="mvp-fly-soc-head">Connect with us</span><ul class="mvp-fly-soc-list left relative"><li><a href="https://www.facebook.com/khaonuea" target="_blank" class="fab fa-facebook-f"></a></li><li><a href="https://www.youtube.com/@khaonuea" target="_blank" class="fab fa-youtube"></a></li></ul></div></div>
<div id="mvp-site" class="left relative"><div id="mvp-search-wrap"><div id="mvp-search-box"><form method="get" id="searchform" action="{site}/"><input type="text" name="s" id="s" value="Search" onfocus='if (this.value == "Search") {{ this.value = ""; }}' onblur='if (this.value == "") {{ this.value = "Search"; }}'><input type="hidden" id="searchsubmit" value="Search"></form></div><div class="mvp-search-but-wrap mvp-search-click"><span></span><span></span></div></div>
<div id="mvp-site-wall" class="left relative"><div id="mvp-site-main" class="left relative">
<header id="mvp-main-head-wrap" class="left relative"><nav id="mvp-main-nav-wrap" class="left relative"><div id="mvp-main-nav-top" class="left relative"><div class="mvp-main-box"><div id="mvp-nav-top-wrap" class="left relative"><div class="mvp-nav-top-right-out left relative"><div class="mvp-nav-top-right-in"><div class="mvp-nav-top-cont left relative"><div class="mvp-nav-top-left-out relative"><div class="mvp-nav-top-left"><div class="mvp-nav-soc-wrap"><a href="https://www.facebook.com/khaonuea" target="_blank"><span class="mvp-nav-soc-but fab fa-facebook-f"></span></a><a href="https://line.me/R/ti/p/@khaonuea" target="_blank"><span class="mvp-nav-soc-but fab fa-line"></span></a></div><div class="mvp-fly-but-wrap mvp-fly-but-click left relative"><span></span><span></span><span></span><span></span></div></div>
<div class="mvp-nav-top-left-in"><div class="mvp-nav-top-mid left relative" itemscope itemtype="http://schema.org/Organization"><a class="mvp-nav-logo-reg" itemprop="url" href="{site}/"><img itemprop="logo" src="{site}/wp-content/uploads/2024/01/logo-khaonuea.png" alt="ข่าวเหนือวันนี้" data-rjs="2"></a><h2 class="mvp-logo-title">ข่าวเหนือวันนี้</h2></div></div></div></div></div>
<div class="mvp-nav-top-right"><span class="mvp-nav-search-but fa fa-search fa-2 mvp-search-click"></span></div></div></div></div></div>
<div id="mvp-main-nav-bot" class="left relative"><div id="mvp-main-nav-bot-cont" class="left"><div class="mvp-main-box"><div id="mvp-nav-bot-wrap" class="left"><div class="mvp-nav-bot-right-out left"><div class="mvp-nav-bot-right-in"><div class="mvp-nav-bot-cont left"><div class="mvp-nav-bot-left-out"><div class="mvp-nav-bot-left left relative"><div class="mvp-fly-but-wrap mvp-fly-but-click left relative"><span></span><span></span><span></span><span></span></div></div><div class="mvp-nav-bot-left-in"><div class="mvp-nav-menu left"><div class="menu-main-menu-container"><ul id="menu-main-menu" class="menu">{menu}</ul></div></div></div></div></div></div></div></div></div></div></div>
</nav></header>
<div id="mvp-main-body-wrap" class="left relative">
<article id="mvp-article-wrap" itemscope itemtype="http://schema.org/NewsArticle"><meta itemscope itemprop="mainEntityOfPage" itemType="https://schema.org/WebPage" itemid="{url}">
<div id="mvp-article-cont" class="left relative"><div class="mvp-main-box"><div id="mvp-post-main" class="left relative">
<header id="mvp-post-head" class="left relative"><h3 class="mvp-post-cat left relative"><a class="mvp-post-cat-link" href="{site}/category/region/"><span class="mvp-post-cat left">ข่าวภูมิภาค</span></a></h3><h1 class="mvp-post-title left entry-title" itemprop="headline">{e(art["title"])}</h1>
<div class="mvp-author-info-wrap left relative"><div class="mvp-author-info-thumb left relative"><img alt="" src="{site}/wp-content/uploads/2024/03/thanaphon-96x96.jpg" class="avatar avatar-46 photo" height="46" width="46"></div><div class="mvp-author-info-text left relative"><div class="mvp-author-info-date left relative"><p>Published</p> <span class="mvp-post-date">6 พ.ย. 2568</span> <p>on</p> <span class="mvp-post-date updated"><time class="post-date updated" itemprop="datePublished" datetime="2025-11-06">14:20 น.</time></span><meta itemprop="dateModified" content="2025-11-06 15:02:41"></div><div class="mvp-author-info-name left relative" itemprop="author" itemscope itemtype="https://schema.org/Person"><p>By</p> <span class="author-name vcard fn author" itemprop="name"><a href="{site}/author/thanaphon/" title="Posts by {e(art["author"])}" rel="author">{e(art["author"])}</a></span></div></div></div>
</header>
<div id="mvp-post-content" class="left relative">
<div id="mvp-post-feat-img" class="left relative mvp-post-feat-img-wide2" itemprop="image" itemscope itemtype="https://schema.org/ImageObject"><img width="1000" height="600" src="{site}/wp-content/uploads/2025/11/elephants-sugarcane-1000x600.jpg" class="attachment- size- wp-post-image" alt="" decoding="async"><meta itemprop="url" content="{site}/wp-content/uploads/2025/11/elephants-sugarcane.jpg"><meta itemprop="width" content="1000"><meta itemprop="height" content="600"><div class="mvp-post-img-cap left relative"><span class="mvp-post-img-cap-text">ร่องรอยความเสียหายในไร่อ้อยของชาวบ้านหมู่ 4 บ้านโป่งคำ หลังโขลงช้างป่าเข้ามาหากินเมื่อคืนวันที่ 4 พ.ย. (ภาพ: ธนพล ศรีสวัสดิ์)</span></div></div>
<div id="mvp-content-wrap" class="left relative"><div class="mvp-post-soc-out right relative"><div class="mvp-post-soc-wrap left relative"><ul class="mvp-post-soc-list left relative"><a href="#" onclick="window.open('https://www.facebook.com/sharer.php?u={url}&amp;t=share', 'facebookShare', 'width=626,height=436'); return false;" title="Share on Facebook"><li class="mvp-post-soc-fb"><i class="fab fa-facebook-f" aria-hidden="true"></i></li></a><a href="#" onclick="window.open('https://twitter.com/share?url={url}', 'twitterShare', 'width=626,height=436'); return false;" title="Tweet This Post"><li class="mvp-post-soc-twit"><i class="fab fa-twitter" aria-hidden="true"></i></li></a><a href="https://social-plugins.line.me/lineit/share?url={url}" target="_blank" title="Share on LINE"><li class="mvp-post-soc-line"><i class="fab fa-line" aria-hidden="true"></i></li></a><a href="mailto:?subject=%E0%B8%8A%E0%B9%89%E0%B8%B2%E0%B8%87%E0%B8%9B%E0%B9%88%E0%B8%B2&amp;BODY=I found this article interesting and thought of sharing it with you. Check it out: {url}"><li class="mvp-post-soc-email"><i class="fa fa-envelope" aria-hidden="true"></i></li></a><a href="#mvp-comments-button"><li class="mvp-post-soc-com mvp-com-click"><i class="far fa-comment" aria-hidden="true"></i></li></a></ul></div></div>
<div class="mvp-post-soc-in"><div id="mvp-content-body" class="left relative"><div id="mvp-content-body-top" class="left relative">
<div id="mvp-content-main" class="left relative">
{body}
</div>
<div id="mvp-content-bot" class="left">
<div class="mvp-post-tags"><span class="mvp-post-tags-header">Related Topics:</span><span itemprop="keywords"><a href="{site}/tag/%e0%b8%8a%e0%b9%89%e0%b8%b2%e0%b8%87%e0%b8%9b%e0%b9%88%e0%b8%b2/" rel="tag">ช้างป่า</a><a href="{site}/tag/doi-pha-daeng/" rel="tag">อุทยานแห่งชาติดอยผาแดง</a><a href="{site}/tag/mae-lan-kham/" rel="tag">แม่ลานคำ</a><a href="{site}/tag/sugarcane/" rel="tag">ไร่อ้อย</a></span></div>
<div class="posts-nav-link"></div>
<div id="mvp-author-box-wrap" class="left relative"><div class="mvp-author-box-out right relative"><div id="mvp-author-box-img" class="left relative"><img alt="" src="{site}/wp-content/uploads/2024/03/thanaphon-60x60.jpg" class="avatar avatar-60 photo" height="60" width="60"></div><div class="mvp-author-box-in"><div id="mvp-author-box-head" class="left relative"><span class="mvp-author-box-name left relative"><a href="{site}/author/thanaphon/" title="Posts by {e(art["author"])}" rel="author">{e(art["author"])}</a></span><div id="mvp-author-box-soc-wrap" class="left relative"><a href="https://www.facebook.com/thanaphon.reporter" alt="Facebook" target="_blank"><span class="mvp-author-box-soc fab fa-facebook-square"></span></a></div></div></div></div><div id="mvp-author-box-text" class="left relative"><p>ผู้สื่อข่าวภูมิภาค ประจำพื้นที่อำเภอแม่ลานคำและอำเภอใกล้เคียง ติดตามประเด็นเกษตรและสิ่งแวดล้อมมากว่าสิบปี</p></div></div>
<div class="mvp-org-wrap" itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><div class="mvp-org-logo" itemprop="logo" itemscope itemtype="https://schema.org/ImageObject"><img src="{site}/wp-content/uploads/2024/01/logo-khaonuea.png"><meta itemprop="url" content="{site}/wp-content/uploads/2024/01/logo-khaonuea.png"></div><meta itemprop="name" content="ข่าวเหนือวันนี้"></div>
</div></div>
<div id="mvp-comments-button" class="left relative mvp-com-click"><span class="mvp-comment-but-text">Click to comment</span></div>
<div id="comments" class="mvp-comments-wrap left relative" style="display:none;"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title"><span class="mvp-widget-home-title">แสดงความคิดเห็น</span> <small><a rel="nofollow" id="cancel-comment-reply-link" href="/news/91187/#respond" style="display:none;">ยกเลิกการตอบ</a></small></h3><form action="{site}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">อีเมลของคุณจะไม่แสดงให้คนอื่นเห็น</span> <span class="required-field-message">ช่องข้อมูลจำเป็นถูกทำเครื่องหมาย <span class="required">*</span></span></p><p class="comment-form-comment"><label for="comment">ความเห็น <span class="required">*</span></label><textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p><p class="comment-form-author"><label for="author">ชื่อ <span class="required">*</span></label><input id="author" name="author" type="text" value="" size="30" maxlength="245" required></p><p class="comment-form-email"><label for="email">อีเมล <span class="required">*</span></label><input id="email" name="email" type="email" value="" size="30" maxlength="100" required></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="แสดงความคิดเห็น"><input type="hidden" name="comment_post_ID" value="91187" id="comment_post_ID"><input type="hidden" name="comment_parent" id="comment_parent" value="0"></p></form></div></div>
</div></div></div></div>
<div id="mvp-post-add-box"><div class="mvp-post-ad-wrap"><span class="mvp-ad-label">โฆษณา</span><div class="mvp-post-ad"><a href="https://ad.example/thai-bank" target="_blank" rel="nofollow"><img src="{site}/wp-content/uploads/2025/10/banner-728x90.jpg" alt="" width="728" height="90"></a></div></div></div>
</div>
<div class="mvp-cont-read-wrap"><div class="mvp-cont-read-but-wrap left relative"><span class="mvp-cont-read-but">Continue Reading</span></div><div id="mvp-related-posts" class="left relative"><h4 class="mvp-widget-home-title"><span class="mvp-widget-home-title">You may like</span></h4><ul class="mvp-related-posts-list left related">{like}</ul></div></div>
<div id="mvp-side-wrap" class="left relative theiaStickySidebar"><section id="mvp_catlist_widget-2" class="mvp-side-widget mvp_catlist_widget"><div class="mvp-widget-home-head"><h4 class="mvp-widget-home-title"><span class="mvp-widget-home-title">ข่าวล่าสุด</span></h4></div><div class="mvp-widget-feat1-list left relative">{latest}</div></section>
<section id="custom_html-3" class="widget_text mvp-side-widget widget_custom_html"><div class="textwidget custom-html-widget"><iframe src="https://www.facebook.com/plugins/page.php?href=https%3A%2F%2Fwww.facebook.com%2Fkhaonuea&amp;tabs&amp;width=300&amp;height=130" width="300" height="130" style="border:none;overflow:hidden" scrolling="no" frameborder="0" title="Facebook"></iframe></div></section></div>
</div></div>
</article>
</div>
<footer id="mvp-foot-wrap" class="left relative"><div id="mvp-foot-top" class="left relative"><div class="mvp-main-box"><div id="mvp-foot-logo" class="left relative"><a href="{site}/"><img src="{site}/wp-content/uploads/2024/01/logo-khaonuea-white.png" alt="ข่าวเหนือวันนี้"></a></div><div id="mvp-foot-soc" class="left relative"><ul class="mvp-foot-soc-list left relative"><li><a href="https://www.facebook.com/khaonuea" target="_blank" class="fab fa-facebook-f"></a></li><li><a href="https://www.youtube.com/@khaonuea" target="_blank" class="fab fa-youtube"></a></li></ul></div><div id="mvp-foot-menu-wrap" class="left relative"><div id="mvp-foot-menu" class="left relative"><div class="menu-footer-menu-container"><ul id="menu-footer-menu" class="menu"><li><a href="{site}/about/">เกี่ยวกับเรา</a></li><li><a href="{site}/advertise/">ติดต่อโฆษณา</a></li><li><a href="{site}/privacy-policy/">นโยบายความเป็นส่วนตัว</a></li><li><a href="{site}/contact/">ติดต่อเรา</a></li></ul></div></div></div></div></div>
<div id="mvp-foot-bot" class="left relative"><div class="mvp-main-box"><div id="mvp-foot-copy" class="left relative"><p>Copyright © 2025 ข่าวเหนือวันนี้. All rights reserved.</p></div></div></div></footer>
</div></div></div>
<div class="mvp-fly-top back-to-top"><i class="fa fa-angle-up fa-3"></i></div><div class="mvp-fly-fade mvp-fly-but-click"></div>
<div id="pdpa-consent" class="pdpa-popup pdpa-popup--bottom"><div class="pdpa-popup__text"><p>เราใช้คุกกี้เพื่อเพิ่มประสบการณ์ที่ดีในการใช้เว็บไซต์ของท่าน และเพื่อวิเคราะห์การเข้าชมเว็บไซต์ ท่านสามารถศึกษารายละเอียดได้ที่ <a href="{site}/privacy-policy/">นโยบายความเป็นส่วนตัว</a></p></div><div class="pdpa-popup__buttons"><button type="button" class="pdpa-btn pdpa-btn--settings">ตั้งค่าคุกกี้</button><button type="button" class="pdpa-btn pdpa-btn--accept">ยอมรับทั้งหมด</button></div></div>
<script type="text/javascript" src="{site}/wp-content/themes/zox-news/js/mvpcustom.js?ver=3.16.0" id="mvp-custom-js"></script>
<script type="text/javascript" src="{site}/wp-content/themes/zox-news/js/scripts.js?ver=3.16.0" id="zox-scripts-js"></script>
<script type="text/javascript" src="{site}/wp-includes/js/comment-reply.min.js?ver=6.8.3" id="comment-reply-js" async="async" data-wp-strategy="async"></script>"""
    head = f"""<meta name="description" content="ชาวบ้านตำบลห้วยน้ำริน อำเภอแม่ลานคำ ร้องเรียนว่าโขลงช้างป่าออกจากเขตอุทยานฯ มาหากินในไร่อ้อยติดต่อกันเกือบทุกคืน">
<meta property="article:published_time" content="{art["date"]}T14:20:00+07:00">
<meta property="article:section" content="ข่าวภูมิภาค">
<meta name="generator" content="WordPress 6.8.3">
<link rel="stylesheet" id="mvp-custom-style-css" href="{site}/wp-content/themes/zox-news/style.css?ver=3.16.0" type="text/css" media="all">
<link rel="stylesheet" id="mvp-fonts-css" href="//fonts.googleapis.example/css?family=Sarabun%3A400%2C700&amp;subset=thai&amp;display=swap" type="text/css" media="all">
<link rel="https://api.w.org/" href="{site}/wp-json/"><link rel="alternate" title="JSON" type="application/json" href="{site}/wp-json/wp/v2/posts/91187">
<link rel="shortlink" href="{site}/?p=91187">
<script async src="https://pagead2.googlesyndication.example/pagead/js/adsbygoogle.js?client=ca-pub-0000000000000000" crossorigin="anonymous"></script>
"""
    return page(
        art,
        "ข่าวเหนือวันนี้",
        url,
        content,
        "th",
        head=head,
        sep=" - ",
        body_attrs=' class="wp-singular post-template-default single single-post postid-91187 single-format-standard wp-theme-zox-news"',
    )


def armenian(art):
    """MODX Revolution: ``<base href>``, relative links, pdoMenu, Tickets comments, AjaxForm."""
    ps = art["paragraphs"]
    n = len(ps)
    site = "https://horizonnews.example/"
    url = f"{site}hy/news/culture/lusabats-kinotatron.html"
    also = '<p><strong>Կարդացեք նաև՝</strong> <a href="hy/news/culture/bardzrashat-ergchakh-mrcuyt.html">Բարձրաշատում կանցկացվի երգչախմբերի առաջին մրցույթը</a></p>'
    banner = '<div class="banner banner--inline"><span class="banner__label">Գովազդ</span><a href="hy/banner/click/14" target="_blank" rel="nofollow"><img src="assets/images/banners/2025/shinanyut-728x90.jpg" alt="" width="728" height="90"></a></div>'
    img = '<figure class="content-img"><img src="assets/images/news/2025/06/lusabats-dahlich.jpg" alt="" width="800" height="533"><figcaption>Կինոթատրոնի վերանորոգված դահլիճը։ Լուսանկարը՝ Տիգրան Ավետիսյանի</figcaption></figure>'
    text = (
        paras(art, h="h3", stop=n - 1, between={2: also, 5: banner, 6: img})
        + f"\n<p><em>{e(ps[-1])}</em></p>"
    )
    menu = "".join(
        f'<li class="{c}"><a href="hy/{h}" >{t}</a></li>'
        for c, h, t in [
            ("first", "", "Գլխավոր"),
            ("active", "news/", "Լուրեր"),
            ("", "news/society/", "Հասարակություն"),
            ("", "news/economy/", "Տնտեսություն"),
            ("", "news/culture/", "Մշակույթ"),
            ("", "news/sport/", "Սպորտ"),
            ("", "interview/", "Հարցազրույց"),
            ("last", "contacts.html", "Կապ"),
        ]
    )
    feed = "".join(
        f'<li class="feed__item"><time class="feed__time">{t}</time> <a href="hy/news/{h}.html">{e(x)}</a></li>'
        for t, h, x in [
            ("16:45", "society/dproci-bak", "Դպրոցներից մեկի բակում կբացվի նոր խաղահրապարակ"),
            ("15:30", "economy/tsirani-berq", "Ծիրանի բերքահավաքը սկսվել է, գները դեռ բարձր են"),
            (
                "14:10",
                "society/avtobus-grafik",
                "Միջքաղաքային ավտոբուսները կաշխատեն նոր ժամանակացույցով",
            ),
            ("12:55", "sport/futbol-kadetner", "Տեղի պատանեկան թիմը դուրս եկավ մարզային եզրափակիչ"),
        ]
    )
    popular = "".join(
        f'<li><a href="hy/news/{h}.html">{e(x)}</a> <span class="views">{v}</span></li>'
        for h, x, v in [
            ("society/jrmugh-norogum", "Քաղաքի երեք թաղամասում կվերանորոգվի ջրագիծը", "3 412"),
            ("culture/lusabats-kinotatron", art["title"], "2 987"),
            ("economy/shuka-nor", "Կենտրոնական շուկան կտեղափոխվի նոր շենք", "2 104"),
        ]
    )
    similar = "".join(
        f'<div class="similar__item"><a href="hy/news/culture/{h}.html" class="similar__title">{e(t)}</a><span class="similar__date">{d}</span><p>{e(x)}</p></div>'
        for h, t, d, x in [
            (
                "bardzrashat-ergchakh-mrcuyt",
                "Բարձրաշատում կանցկացվի երգչախմբերի առաջին մրցույթը",
                "12.06.2025",
                "Մրցույթին կմասնակցեն մարզի տասներկու երգչախմբեր, իսկ հաղթողը կելույթ ունենա աշնանային փառատոնում։",
            ),
            (
                "gradaran-nor-grqer",
                "Քաղաքային գրադարանը ստացել է 1200 նոր գիրք",
                "04.06.2025",
                "Գրքերի մեծ մասը մանկական գրականություն է, որը նվիրաբերել են դպրոցների շրջանավարտները։",
            ),
        ]
    )
    comments = "".join(
        f"""<li class="ticket-comment" id="comment-{cid}" data-parent="0" data-newparent="0" data-id="{cid}"><div class="ticket-comment-body"><div class="ticket-comment-header"><div class="ticket-comment-dot-wrapper"><div class="ticket-comment-dot"></div></div><img src="https://www.gravatar.example/avatar/{av}?s=24&amp;d=mm" class="ticket-avatar" alt=""><span class="ticket-comment-author">{e(name)}</span><span class="ticket-comment-createdon">{when}</span><span class="ticket-comment-link"><a href="{url}#comment-{cid}">#</a></span></div><div class="ticket-comment-text">{e(text)}</div></div><div class="comment-reply"><a href="#" class="reply">Պատասխանել</a></div><ol class="comments-list"></ol></li>
"""
        for cid, av, name, when, text in [
            (
                "341",
                "2f7c3a1b",
                "Գայանե",
                "18 հունիսի 2025, 14:02",
                "Մանկությանս ամենասիրելի վայրն էր։ Շնորհակալություն բոլոր նրանց, ովքեր օգնեցին, որ այն նորից բացվի։",
            ),
            (
                "344",
                "9d14e0aa",
                "Վահե Ս.",
                "18 հունիսի 2025, 15:37",
                "Լավ նորություն է, բայց հույս ունեմ, որ ֆիլմերը կլինեն նաև նոր, ոչ միայն հին։ Երիտասարդներին պետք է հետաքրքրել։",
            ),
        ]
    )
    content = f"""<div class="cookie-notice" id="cookieNotice"><p>Կայքը օգտագործում է cookie ֆայլեր՝ ձեր փորձառությունը բարելավելու համար։ Շարունակելով օգտվել կայքից՝ դուք համաձայնում եք դրան։</p><button type="button" class="btn btn-sm btn-light" id="cookieAccept">Համաձայն եմ</button></div>
<header class="header">
<div class="header__top"><div class="container d-flex justify-content-between"><span class="header__date">Չորեքշաբթի, 18 հունիսի 2025</span><span class="header__rates">USD 387.40 · EUR 447.15 · RUB 4.92</span><ul class="lang"><li class="active"><a href="hy/news/culture/lusabats-kinotatron.html">ՀԱՅ</a></li><li><a href="ru/news/culture/lusabats-kinotatron.html">РУС</a></li><li><a href="en/news/culture/lusabats-kinotatron.html">ENG</a></li></ul></div></div>
<div class="header__main"><div class="container d-flex align-items-center"><a class="logo" href="hy/"><img src="assets/templates/horizon/img/logo.svg" alt="Հորիզոն" width="210" height="48"></a>
<form action="hy/search.html" method="get" class="header__search"><input type="text" name="query" placeholder="Որոնում..." value=""><input type="hidden" name="id" value="9"><button type="submit">Որոնել</button></form></div></div>
<nav class="nav"><div class="container"><ul class="nav__list">{menu}</ul></div></nav>
</header>
<main class="main"><div class="container"><div class="row">
<div class="col-lg-8">
<ol class="breadcrumb"><li class="breadcrumb-item"><a href="hy/">Գլխավոր</a></li><li class="breadcrumb-item"><a href="hy/news/">Լուրեր</a></li><li class="breadcrumb-item"><a href="hy/news/culture/">Մշակույթ</a></li><li class="breadcrumb-item active">{e(art["title"])}</li></ol>
<article class="news-item">
<div class="news-item__meta"><a class="news-item__cat" href="hy/news/culture/">Մշակույթ</a> <time datetime="2025-06-18T12:40">18.06.2025 | 12:40</time> <span class="news-item__views" title="Դիտումներ">1 204</span></div>
<h1 class="news-item__title">{e(art["title"])}</h1>
<div class="news-item__author">Հեղինակ՝ <a href="hy/authors/ani-grigoryan.html">{e(art["author"])}</a></div>
<figure class="news-item__img"><img src="assets/images/news/2025/06/lusabats.jpg" alt="{e(art["title"])}" width="1200" height="675"><figcaption>«Լուսաբաց» կինոթատրոնի շենքը վերանորոգումից հետո։ Լուսանկարը՝ «Հորիզոն»</figcaption></figure>
<div class="news-item__content">
{text}
</div>
<div class="news-item__tags">Պիտակներ՝ <a href="hy/tags.html?tag=կինո">կինո</a>, <a href="hy/tags.html?tag=մշակույթ">մշակույթ</a>, <a href="hy/tags.html?tag=Բարձրաշատ">Բարձրաշատ</a>, <a href="hy/tags.html?tag=վերանորոգում">վերանորոգում</a></div>
<div class="news-item__share"><span>Կիսվել՝</span> <a class="share share--fb" href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" rel="noopener">Facebook</a> <a class="share share--tg" href="https://t.me/share/url?url={url}" target="_blank" rel="noopener">Telegram</a> <a class="share share--wa" href="https://wa.me/?text={url}" target="_blank" rel="noopener">WhatsApp</a> <a class="share share--x" href="https://x.com/intent/post?url={url}" target="_blank" rel="noopener">X</a> <button type="button" class="share share--copy" data-url="{url}">Պատճենել հղումը</button></div>
<div class="tg-promo"><a href="https://t.me/horizonnews_am" target="_blank">Հետևեք «Հորիզոն»-ին Telegram-ում</a>՝ մարզի լուրերն առաջինը իմանալու համար։</div>
</article>
<section class="similar"><h2 class="section-title">Նմանատիպ նյութեր</h2>{similar}</section>
<section class="comments"><h2 class="title">Մեկնաբանություններ (2)</h2>
<div id="comments-wrapper"><ol class="comment-list" id="comments">
{comments}</ol></div>
<div id="comments-tpanel"><div id="tpanel-refresh"></div><div id="tpanel-new"></div></div>
<h4 id="comment-new-link"><a href="#" class="btn btn-default">Գրել մեկնաբանություն</a></h4>
<div id="comment-form-placeholder"><form id="comment-form" action="" method="post" class="well"><div id="comment-preview-placeholder"></div><input type="hidden" name="thread" value="resource-1842"><input type="hidden" name="parent" value="0"><input type="hidden" name="id" value="0"><div class="form-group"><label for="comment-name">Անուն</label><input type="text" name="name" value="" id="comment-name" class="form-control"></div><div class="form-group"><label for="comment-editor"></label><textarea name="text" id="comment-editor" cols="30" rows="5" class="form-control"></textarea></div><p class="comments-note">Մեկնաբանությունները հրապարակվում են մոդերացիայից հետո։ Վիրավորական և գովազդային մեկնաբանությունները կհեռացվեն։</p><div class="form-actions"><input type="button" class="btn btn-default preview" value="Նախադիտում" title="Ctrl + Enter"><input type="submit" class="btn btn-primary submit" value="Ուղարկել" title="Ctrl + Shift + Enter"></div></form></div>
</section>
</div>
<aside class="col-lg-4 sidebar">
<div class="widget feed"><h3 class="widget__title">Լրահոս</h3><ul class="feed__list">{feed}</ul><a href="hy/news/" class="feed__all">Բոլոր լուրերը</a></div>
<div class="widget banner banner--side"><span class="banner__label">Գովազդ</span><a href="hy/banner/click/9" target="_blank" rel="nofollow"><img src="assets/images/banners/2025/bank-300x250.jpg" alt="" width="300" height="250"></a></div>
<div class="widget popular"><h3 class="widget__title">Ամենաընթերցվածը</h3><ol>{popular}</ol></div>
<div class="widget subscribe"><h3 class="widget__title">Բաժանորդագրվեք</h3><p>Ստացեք շաբաթվա կարևոր լուրերը ձեր էլ. փոստին ամեն ուրբաթ։</p><form action="" method="post" class="ajax_form af_subscribe"><input type="email" name="email" placeholder="Էլ. փոստ" value=""><button type="submit">Բաժանորդագրվել</button><input type="hidden" name="af_action" value="8e2d4f1b9c0a7e6d5c4b3a2918f7e6d5"></form></div>
</aside>
</div></div></main>
<footer class="footer"><div class="container">
<div class="footer__menu"><a href="hy/about.html">Մեր մասին</a> <a href="hy/advertising.html">Գովազդ</a> <a href="hy/contacts.html">Կապ</a> <a href="hy/privacy.html">Գաղտնիության քաղաքականություն</a></div>
<p>Հասցե՝ Բարձրաշատ, Կենտրոնական հրապարակ 3, հեռ.՝ +374 00 000 000, էլ. փոստ՝ info@horizonnews.example</p>
<p>© 2025 «Հորիզոն» լրատվական կայք։ Նյութերի մասնակի կամ ամբողջական օգտագործման դեպքում հղումը «Հորիզոն»-ին պարտադիր է։</p>
</div></footer>
<script src="assets/templates/horizon/js/jquery.min.js"></script>
<script src="assets/components/tickets/js/web/default.js?v=ca2b3f"></script>
<script src="assets/components/ajaxform/js/default.js?v=71c0d2"></script>
<script>if (typeof TicketsConfig == "undefined")  {{TicketsConfig={{"ctx":"hy","jsUrl":"\\/assets\\/components\\/tickets\\/js\\/web\\/","cssUrl":"\\/assets\\/components\\/tickets\\/css\\/web\\/","actionUrl":"\\/assets\\/components\\/tickets\\/action.php","close_all_message":"close all notifications","tpanel":1,"enable_editor":0}};}} else {{MergeConfig={{"enable_editor":0}}; for (var attrname in MergeConfig) {{ TicketsConfig[attrname] = MergeConfig[attrname]; }}}}</script>
<script>AjaxForm.initialize({{"assetsUrl":"\\/assets\\/components\\/ajaxform\\/","actionUrl":"\\/assets\\/components\\/ajaxform\\/action.php","closeMessage":"close all","formSelector":"form.ajax_form","pageId":1842}});</script>"""
    head = f"""<base href="{site}">
<meta name="description" content="Բարձրաշատի «Լուսաբաց» կինոթատրոնը, որը փակ էր 1994 թվականից, վերանորոգումից հետո կրկին կբացվի հունիսի 21-ին։">
<meta property="article:published_time" content="{art["date"]}T12:40:00+04:00">
<link rel="alternate" hreflang="ru" href="{site}ru/news/culture/lusabats-kinotatron.html">
<link rel="alternate" hreflang="en" href="{site}en/news/culture/lusabats-kinotatron.html">
<link rel="stylesheet" href="assets/templates/horizon/css/bootstrap.min.css">
<link rel="stylesheet" href="assets/templates/horizon/css/main.css?v=1.7">
<link rel="stylesheet" href="assets/components/tickets/css/web/default.css" type="text/css">
<link rel="stylesheet" href="assets/components/ajaxform/css/default.css" type="text/css">
"""
    return page(art, "Հորիզոն", url, content, "hy", head=head, sep=" — ")


def bengali(art):
    """Quintype (Malibu/Arrow): story cards of text, title and also-read elements."""
    ps = art["paragraphs"]
    site = "https://www.charbarta.example"
    slug = "bangladesh/district/k3p9x2vq1z"
    url = f"{site}/{slug}"
    story_id = "5b0e1f7a-93c4-4d2e-8a61-0c7f3b9e2d14"
    img_base = "https://images.charbarta.example/charbarta/2025-08"

    def text_el(items):
        inner = "".join(f"<p>{e(x)}</p>" for x in items)
        return f'<div class="arr--element-container"><div data-test-id="text" class="arr--text-element text-m"><div>{inner}</div></div></div>'

    def title_el(x):
        return f'<div class="arr--element-container"><h2 data-test-id="title-element" class="arr--title-element">{e(x)}</h2></div>'

    also = f'<div class="arr--element-container"><div data-test-id="also-read" class="arr--also-read"><h3 class="arr--also-read-title">আরও পড়ুন</h3><a class="arr--also-read-link" href="{site}/bangladesh/district/q81mz0rt5d">উজানের ঢলে চরপলাশের নিম্নাঞ্চল প্লাবিত, পানিবন্দী ৫ হাজার পরিবার</a></div></div>'
    image = f'<div class="arr--element-container"><figure data-test-id="image" class="arr--image-element"><div class="qt-image-16x9"><img class="qt-image" src="{img_base}/7d2c91e4-school-erosion.jpg?rect=0%2C0%2C1280%2C720&amp;auto=format%2Ccompress&amp;fmt=webp&amp;w=640" alt="" loading="lazy"></div><figcaption class="arr--image-caption">ভাঙনের মুখে দক্ষিণ কান্দি সরকারি প্রাথমিক বিদ্যালয়। গতকাল মঙ্গলবার দুপুরে <span class="arr--image-attribution">ছবি: চরবার্তা</span></figcaption></figure></div>'
    ad = '<div class="story-ad ad-between-cards"><span class="ad-label">বিজ্ঞাপন</span><div id="div-gpt-ad-1690000000000-2" class="gpt-ad" style="min-height:250px"></div></div>'
    # Cards as the editor split them: [0-2], [title 3, 4-5], [title 6, 7-8], [9-10].
    cards = [
        text_el(ps[0:2]) + also + text_el(ps[2:3]),
        title_el(ps[3][3:]) + text_el(ps[4:5]) + image + text_el(ps[5:6]),
        title_el(ps[6][3:]) + text_el(ps[7:9]),
        text_el(ps[9:11]),
    ]
    body = ""
    for i, c in enumerate(cards):
        body += f'<div class="arr--story-card" data-test-id="story-card" id="card-{i}">{c}</div>\n'
        if i in (0, 2):
            body += ad + "\n"
    nav = "".join(
        f'<li class="arr--menu-item"><a href="{site}/{h}" class="arr--menu-link">{t}</a></li>'
        for h, t in [
            ("latest", "সর্বশেষ"),
            ("bangladesh", "বাংলাদেশ"),
            ("politics", "রাজনীতি"),
            ("world", "বিশ্ব"),
            ("business", "বাণিজ্য"),
            ("sports", "খেলা"),
            ("entertainment", "বিনোদন"),
            ("opinion", "মতামত"),
            ("lifestyle", "জীবনযাপন"),
        ]
    )
    more = "".join(
        f'<div class="arr--story-card-small"><a href="{site}/bangladesh/district/{s}" aria-label="{e(t)}"><img src="{img_base}/{s}.jpg?w=300&amp;auto=format%2Ccompress" alt="" loading="lazy"><h3 class="arr--headline">{e(t)}</h3></a><p class="arr--sub-headline">{e(d)}</p><time class="arr--publish-time">{tm}</time></div>'
        for s, t, d, tm in [
            (
                "q81mz0rt5d",
                "উজানের ঢলে চরপলাশের নিম্নাঞ্চল প্লাবিত, পানিবন্দী ৫ হাজার পরিবার",
                "নদীর পানি বিপৎসীমার ৩০ সেন্টিমিটার ওপর দিয়ে প্রবাহিত হচ্ছে, ডুবে গেছে আমনের বীজতলা।",
                "২৫ আগস্ট ২০২৫",
            ),
            (
                "m5vt7c2w8n",
                "চরের শিশুদের জন্য নৌকায় ভাসমান স্কুল",
                "একটি বেসরকারি সংস্থার উদ্যোগে চালু হওয়া তিনটি নৌকা-স্কুলে পড়ছে ৯০ শিশু।",
                "১৯ আগস্ট ২০২৫",
            ),
            (
                "x2hd9p4q0s",
                "বাঁধ মেরামতের দাবিতে মানববন্ধন",
                "ভাঙন রোধে স্থায়ী বাঁধ নির্মাণের দাবিতে উপজেলা পরিষদের সামনে মানববন্ধন করেছেন কয়েকটি গ্রামের বাসিন্দারা।",
                "১১ আগস্ট ২০২৫",
            ),
        ]
    )
    most = "".join(
        f'<li><span class="arr--rank">{r}</span><a href="{site}/{s}">{e(t)}</a></li>'
        for r, s, t in [
            ("১", "bangladesh/4tq0w8z1ma", "রাজধানীতে মেট্রোরেলের নতুন স্টেশন চালু"),
            ("২", slug, art["title"]),
            ("৩", "sports/cricket/9wd3r5b2kx", "শেষ ওভারের নাটকীয়তায় জিতল বাংলাদেশ"),
            ("৪", "business/j6yp1n7c3e", "চালের দাম কেজিতে বেড়েছে ৪ টাকা"),
        ]
    )
    state = {
        "qt": {
            "pageType": "story-page",
            "data": {
                "story": {
                    "id": story_id,
                    "headline": art["title"],
                    "slug": slug,
                    "author-name": art["author"],
                    "published-at": 1756287000000,
                    "sections": [{"name": "জেলা", "slug": "district"}],
                    "tags": [{"name": "নদীভাঙন"}, {"name": "চরপলাশ"}, {"name": "বন্যা"}],
                    "cards": [
                        {
                            "story-elements": [
                                {"type": "text", "text": "".join(f"<p>{x}</p>" for x in ps[0:3])}
                            ]
                        },
                        {
                            "story-elements": [
                                {"type": "title", "text": ps[3][3:]},
                                {"type": "text", "text": "".join(f"<p>{x}</p>" for x in ps[4:6])},
                            ]
                        },
                        {
                            "story-elements": [
                                {"type": "title", "text": ps[6][3:]},
                                {"type": "text", "text": "".join(f"<p>{x}</p>" for x in ps[7:9])},
                            ]
                        },
                        {
                            "story-elements": [
                                {"type": "text", "text": "".join(f"<p>{x}</p>" for x in ps[9:11])}
                            ]
                        },
                    ],
                }
            },
            "config": {"publisher-name": "charbarta", "cdn-image": "images.charbarta.example"},
        }
    }
    state_json = json.dumps(state, ensure_ascii=False).replace("</", "<\\/")
    content = f"""<div id="container">
<div class="arr--top-bar"><span>বুধবার, ২৭ আগস্ট ২০২৫</span> <a href="{site}/epaper">ই-পেপার</a> <a href="{site}/english">English</a></div>
<header class="arr--header"><div class="arr--logo"><a href="{site}/" aria-label="চরবার্তা"><img src="{site}/static/logo-charbarta.svg" alt="চরবার্তা" width="180" height="44"></a></div>
<nav class="arr--nav" aria-label="primary menu"><ul class="arr--menu">{nav}</ul></nav>
<button class="arr--hamburger" aria-label="hamburger menu"></button><a class="arr--search" href="{site}/search" aria-label="search"></a></header>
<div class="breaking-news-container"></div>
<main><div class="story-wrapper" data-story-content-id="{story_id}" data-test-id="story-wrapper">
<div class="arr--story-page-card-wrapper">
<div class="arr--section-name"><a href="{site}/bangladesh/district">জেলা</a></div>
<h1 class="headline arr--headline" data-test-id="headline">{e(art["title"])}</h1>
<div class="arr--author-details"><div class="arr--author-name" data-test-id="author-name"><a href="{site}/author/nasir-uddin">{e(art["author"])}</a></div><div class="arr--author-role">চরপলাশ প্রতিনিধি</div></div>
<div class="arr--publish-details"><time datetime="2025-08-27T15:30:00+06:00" data-test-id="publish-time">প্রকাশ: ২৭ আগস্ট ২০২৫, ১৫: ৩০</time></div>
<div class="arr--share" data-test-id="social-share"><a href="https://www.facebook.com/sharer.php?u={url}" aria-label="facebook share" target="_blank" rel="noopener"></a><a href="https://twitter.com/intent/tweet?url={url}" aria-label="twitter share" target="_blank" rel="noopener"></a><a href="https://api.whatsapp.com/send?text={url}" aria-label="whatsapp share" target="_blank" rel="noopener"></a><a href="#" aria-label="copy link"></a></div>
<a class="arr--google-news-follow" href="https://news.google.example/publications/charbarta" target="_blank" rel="noopener">অনুসরণ করুন</a>
<figure class="arr--hero-image" data-test-id="hero-image"><div class="qt-image-16x9"><img class="qt-image" src="{img_base}/4b1f0c3a-rupsagar-erosion.jpg?rect=0%2C0%2C1200%2C675&amp;auto=format%2Ccompress&amp;fmt=webp&amp;w=640" alt="{e(art["title"])}"></div><figcaption class="arr--hero-caption">রূপসাগরের ভাঙনে বিলীন হচ্ছে দক্ষিণ কান্দি গ্রামের বসতভিটা। গতকাল মঙ্গলবার বিকেলে <span class="arr--hero-attribution">ছবি: চরবার্তা</span></figcaption></figure>
<div class="arr--story-cards">
{body}</div>
<div class="arr--google-news-cta"><p>সর্বশেষ খবর পেতে চরবার্তার গুগল নিউজ চ্যানেল <a href="https://news.google.example/publications/charbarta" target="_blank" rel="noopener">ফলো করুন</a></p></div>
<div class="arr--tag-container" data-test-id="tags"><ul><li><a class="arr--tag" href="{site}/topic/নদীভাঙন">নদীভাঙন</a></li><li><a class="arr--tag" href="{site}/topic/চরপলাশ">চরপলাশ</a></li><li><a class="arr--tag" href="{site}/topic/বন্যা">বন্যা</a></li><li><a class="arr--tag" href="{site}/topic/পানি-উন্নয়ন-বোর্ড">পানি উন্নয়ন বোর্ড</a></li></ul></div>
<div class="app-download"><p>চরবার্তার অ্যাপ ডাউনলোড করুন</p><a href="https://play.google.example/store/apps/details?id=com.charbarta.app">Google Play</a> <a href="https://apps.apple.example/app/charbarta/id0000000000">App Store</a></div>
<div class="comments-section"><h2 class="comments-title">মন্তব্য করুন</h2><div class="metype-container"><div id="metype-container" class="iframe-container" data-metype-account-id="1042" data-metype-host="https://www.metype.example/" data-metype-page-url="{url}" data-metype-primary-color="#1a5d3c"></div></div></div>
</div>
<section class="arr--collection" data-test-id="collection"><h2 class="arr--collection-name">এ বিভাগের আরও খবর</h2><div class="arr--collection-stories">{more}</div></section>
</div>
<aside class="arr--sidebar"><div class="story-ad"><span class="ad-label">বিজ্ঞাপন</span><div id="div-gpt-ad-1690000000000-5" class="gpt-ad" style="min-height:600px"></div></div><div class="arr--most-read"><h2>সর্বাধিক পঠিত</h2><ol>{most}</ol></div></aside>
</main>
<footer class="arr--footer"><div class="arr--footer-links"><a href="{site}/about-us">আমাদের সম্পর্কে</a> <a href="{site}/contact-us">যোগাযোগ</a> <a href="{site}/advertise">বিজ্ঞাপন</a> <a href="{site}/privacy-policy">গোপনীয়তা নীতি</a> <a href="{site}/terms">শর্তাবলি</a></div>
<p>সম্পাদক ও প্রকাশক: মাহমুদা রহমান। চরবার্তা কার্যালয়, ১২ নদীতীর সড়ক, চরপলাশ।</p>
<p>© স্বত্ব চরবার্তা ২০২৫। অনুমতি ছাড়া এই ওয়েবসাইটের কোনো লেখা, ছবি বা ভিডিও ব্যবহার বেআইনি।</p>
<p class="powered-by"><a href="https://www.quintype.example/" target="_blank" rel="noopener">Powered by Quintype</a></p></footer>
</div>
<script type="application/json" id="initial-state">{state_json}</script>
<script>window.qtReady = window.qtReady || [];</script>
<script src="/charbarta/assets/app-7a3c1d2e.js" defer></script>"""
    head = f"""<meta name="description" content="রূপসাগর নদীর তীব্র ভাঙনে চরপলাশ উপজেলার দক্ষিণ কান্দি গ্রামে গত এক সপ্তাহে অন্তত ৪০টি বসতভিটা নদীতে বিলীন হয়ে গেছে।">
<meta property="og:image" content="{img_base}/4b1f0c3a-rupsagar-erosion.jpg?rect=0%2C0%2C1200%2C630&amp;w=1200">
<meta property="article:published_time" content="{art["date"]}T15:30:00+06:00">
<meta name="twitter:card" content="summary_large_image">
<link rel="amphtml" href="{site}/amp/story/{slug}">
<link rel="stylesheet" href="/charbarta/assets/app-7a3c1d2e.css">
""" + ld(
        {
            "@context": "http://schema.org",
            "@type": "NewsArticle",
            "headline": art["title"],
            "datePublished": "2025-08-27T15:30:00+06:00",
            "author": [{"@type": "Person", "name": art["author"]}],
            "publisher": {"@type": "Organization", "name": "চরবার্তা"},
            "articleSection": "জেলা",
            "mainEntityOfPage": url,
        }
    )
    return page(art, "চরবার্তা", url, content, "bn", head=head, sep=" | ")


def amharic(art):
    """Soledad WordPress theme: ``inner-post-entry entry-content`` in ``penci-main-sticky-sidebar``."""
    site = "https://debubmeskot.example"
    url = f"{site}/2025/12/02/arore-coffee-washing-station/"
    more = f'<p><strong>ተጨማሪ ያንብቡ፦</strong> <a href="{site}/2025/11/18/coffee-price-farmers/">የቡና ዋጋ መጨመር አርሶ አደሮችን ተጠቃሚ አድርጓል?</a></p>'
    ad = '<div class="penci-google-adsense-1"><span class="penci-ad-label">ማስታወቂያ</span><ins class="adsbygoogle" style="display:block; text-align:center;" data-ad-layout="in-article" data-ad-format="fluid" data-ad-client="ca-pub-0000000000000000" data-ad-slot="3391204455"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div>'
    tg = '<p><strong>ወቅታዊ ዜናዎችን በፍጥነት ለማግኘት የቴሌግራም ቻናላችንን ይቀላቀሉ፦ <a href="https://t.me/debubmeskot">t.me/debubmeskot</a></strong></p>'
    body = paras(art, h="h3", between={2: more, 5: ad}) + "\n" + tg
    menu = "".join(
        f'<li id="menu-item-{i}" class="menu-item menu-item-type-taxonomy menu-item-object-category{" current-post-ancestor current-menu-parent" if t == "ኢኮኖሚ" else ""} menu-item-{i}"><a href="{site}/category/{s}/">{t}</a></li>'
        for i, s, t in [
            (101, "news", "ዜና"),
            (102, "economy", "ኢኮኖሚ"),
            (103, "politics", "ፖለቲካ"),
            (104, "society", "ማኅበራዊ"),
            (105, "health", "ጤና"),
            (106, "sport", "ስፖርት"),
            (107, "video", "ቪዲዮ"),
        ]
    )
    ticker = "".join(
        f'<a class="penci-topbar-post" href="{site}/2025/12/{d}/{s}/" title="{e(t)}">{e(t)}</a>'
        for d, s, t in [
            ("02", "main-road-repair", "የከተማዋ ዋና መንገድ ጥገና በሚቀጥለው ሳምንት ይጀመራል"),
            ("01", "school-meals", "በ24 ትምህርት ቤቶች የምገባ መርሐ ግብር ተጀመረ"),
            ("01", "market-prices", "የጤፍ ዋጋ በገበያው ላይ መጠነኛ ቅናሽ አሳየ"),
        ]
    )
    related = "".join(
        f'<div class="item-related"><a class="related-thumb penci-image-holder" href="{site}/2025/{m}/{s}/" title="{e(t)}" style="background-image: url({site}/wp-content/uploads/2025/{m}/{s}-263x175.jpg);"></a><h3><a href="{site}/2025/{m}/{s}/">{e(t)}</a></h3><span class="date"><time class="entry-date published">{d}</time></span></div>'
        for m, s, t, d in [
            ("11", "coffee-price-farmers", "የቡና ዋጋ መጨመር አርሶ አደሮችን ተጠቃሚ አድርጓል?", "ኅዳር 9, 2018"),
            ("10", "coffee-seedlings", "በዞኑ 12 ሚሊዮን የቡና ችግኞች ተዘጋጁ", "ጥቅምት 21, 2018"),
            ("09", "cooperative-loan", "ለኅብረት ሥራ ማኅበራት የብድር አገልግሎት ተመቻቸ", "መስከረም 18, 2018"),
        ]
    )
    comments = "".join(
        f'<div class="thecomment" id="comment-{cid}"><div class="author-img"><img alt="" src="https://secure.gravatar.example/avatar/{av}?s=100&amp;d=mm" class="avatar avatar-100 photo" height="100" width="100"></div><div class="comment-text"><span class="author">{e(name)}</span><span class="date"><i class="penci-faicon fa fa-clock-o"></i>{when}</span><div class="comment-content"><p>{e(text)}</p></div><span class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{cid}" data-commentid="{cid}" data-postid="2871" aria-label="Reply to {e(name)}">መልስ</a></span></div></div>'
        for cid, av, name, when, text in [
            (
                "412",
                "c3a91f0e",
                "ታደሰ በቀለ",
                "ኅዳር 23, 2018 at 4:15 ከሰዓት",
                "በጣም ጥሩ ጅምር ነው። ሌሎች ወረዳዎችም ከዚህ ማኅበር ልምድ ቢወስዱ አርሶ አደሩ ተጠቃሚ ይሆናል።",
            ),
            (
                "415",
                "7be20d44",
                "ሀና",
                "ኅዳር 23, 2018 at 7:02 ከሰዓት",
                "የውኃ ብክለቱ ጉዳይ በትክክል ክትትል ሊደረግበት ይገባል። ወንዙን የሚጠቀሙ ብዙ ቤተሰቦች አሉ።",
            ),
        ]
    )
    latest = "".join(
        f'<li><a href="{site}/2025/{m}/{s}/">{e(t)}</a><span class="side-item-meta">{d}</span></li>'
        for m, s, t, d in [
            ("12", "main-road-repair", "የከተማዋ ዋና መንገድ ጥገና በሚቀጥለው ሳምንት ይጀመራል", "ኅዳር 23, 2018"),
            ("12", "school-meals", "በ24 ትምህርት ቤቶች የምገባ መርሐ ግብር ተጀመረ", "ኅዳር 22, 2018"),
            ("11", "clinic-ambulance", "ለጤና ጣቢያው ሁለት አምቡላንሶች ተበረከቱ", "ኅዳር 20, 2018"),
        ]
    )
    content = f"""<a id="close-sidebar-nav" class="header-6"><i class="penci-faicon fa fa-close"></i></a>
<nav id="sidebar-nav" class="header-6" role="navigation" itemscope itemtype="https://schema.org/SiteNavigationElement"><div id="sidebar-nav-logo"><a href="{site}/"><img class="penci-lazy" src="{site}/wp-content/uploads/2024/05/logo-debubmeskot.png" alt="ደቡብ መስኮት"></a></div><ul id="menu-main-menu-1" class="menu">{menu}</ul></nav>
<div class="wrapper-boxed header-style-header-6">
<div class="penci-header-wrap"><div class="penci-top-bar topbar-menu"><div class="container"><div class="penci-headline"><div class="pctopbar-item penci-topbar-ctime">ማክሰኞ ኅዳር 23 ቀን 2018 ዓ.ም</div><div class="pctopbar-item penci-topbar-trending"><span class="headline-title nticker-style-1">ትኩስ ዜና</span><span class="penci-trending-nav"></span><div class="penci-owl-carousel penci-headline-posts" data-auto="true">{ticker}</div></div><div class="pctopbar-item penci-topbar-social"><div class="inner-header-social"><a href="https://www.facebook.com/debubmeskot" aria-label="Facebook" rel="noreferrer" target="_blank"><i class="penci-faicon fa fa-facebook"></i></a><a href="https://t.me/debubmeskot" aria-label="Telegram" rel="noreferrer" target="_blank"><i class="penci-faicon fa fa-telegram"></i></a><a href="https://www.youtube.com/@debubmeskot" aria-label="Youtube" rel="noreferrer" target="_blank"><i class="penci-faicon fa fa-youtube-play"></i></a></div></div></div></div></div>
<header id="header" class="header-header-6 has-bottom-line" itemscope="itemscope" itemtype="https://schema.org/WPHeader"><nav id="navigation" class="header-layout-bottom header-6 menu-style-1" role="navigation" itemscope itemtype="https://schema.org/SiteNavigationElement"><div class="container"><div class="button-menu-mobile header-6"><i class="penci-faicon fa fa-bars"></i></div><div id="logo"><a href="{site}/"><img class="penci-mainlogo penci-limg" src="{site}/wp-content/uploads/2024/05/logo-debubmeskot.png" alt="ደቡብ መስኮት" width="300" height="60"></a></div><ul id="menu-main-menu" class="menu">{menu}</ul><div id="top-search" class="penci-top-search pcheader-icon top-search-classes"><a class="search-click" aria-label="Search"><i class="penciicon-magnifiying-glass"></i></a><div class="show-search"><form role="search" method="get" class="pc-searchform" action="{site}/"><div class="pc-searchform-inner"><input type="text" class="search-input" placeholder="ፈልግ..." name="s"><i class="penciicon-magnifiying-glass"></i><button type="submit" class="searchsubmit">ፈልግ</button></div></form><a class="search-click close-search"><i class="penci-faicon fa fa-close"></i></a></div></div></div></nav></header></div>
<div class="penci-single-wrapper"><div class="penci-single-block">
<div class="container penci-breadcrumb single-breadcrumb"><span><a class="crumb" href="{site}/">ዋና ገጽ</a></span><i class="penci-faicon fa fa-angle-right"></i><span><a class="crumb" href="{site}/category/economy/">ኢኮኖሚ</a></span><i class="penci-faicon fa fa-angle-right"></i><span>{e(art["title"])}</span></div>
<div class="container container-single penci_sidebar right-sidebar penci-enable-lightbox">
<div id="main" class="penci-main-sticky-sidebar"><div class="theiaStickySidebar">
<article id="post-2871" class="post type-post status-publish format-standard has-post-thumbnail hentry category-economy tag-coffee tag-cooperative">
<div class="header-standard header-classic single-header"><div class="penci-standard-cat"><span class="cat"><a class="penci-cat-name penci-cat-12" href="{site}/category/economy/" rel="category tag"><span>ኢኮኖሚ</span></a></span></div>
<h1 class="post-title single-post-title entry-title">{e(art["title"])}</h1>
<div class="penci-hide-tagupdated"><span class="author-italic author vcard">በ <a class="author-url url fn n" href="{site}/author/selamawit/">{e(art["author"])}</a></span><time class="entry-date updated" datetime="2025-12-02T16:40:12+03:00">ኅዳር 23, 2018</time></div>
<div class="post-box-meta-single"><span class="author-post byline"><span class="author vcard">በ <a class="author-url url fn n" href="{site}/author/selamawit/">{e(art["author"])}</a></span></span><span><time class="entry-date published" datetime="2025-12-02T10:05:33+03:00">ኅዳር 23, 2018</time></span><span>2 አስተያየቶች</span><span><i class="penci-post-countview-number">418</i> ዕይታ</span></div></div>
<div class="post-image"><a href="{site}/wp-content/uploads/2025/12/arore-washing-station.jpg" data-rel="penci-gallery-image-content"><img class="attachment-penci-full-thumb size-penci-full-thumb penci-lazy wp-post-image" width="1170" height="658" src="{site}/wp-content/uploads/2025/12/arore-washing-station-1170x658.jpg" alt=""></a><div class="penci-featured-caption">በአሮሬ ወረዳ አዲስ የተገነባው የቡና ማጠቢያ ጣቢያ ሠራተኞች እሸት ቡና ሲለዩ (ፎቶ፦ ደቡብ መስኮት)</div></div>
<div class="post-entry blockquote-style-2"><div class="inner-post-entry entry-content" id="penci-post-entry-inner">
{body}
<div class="penci-single-link-pages"></div>
<div class="post-tags"><a href="{site}/tag/coffee/" rel="tag">ቡና</a><a href="{site}/tag/cooperative/" rel="tag">ኅብረት ሥራ ማኅበር</a><a href="{site}/tag/arore/" rel="tag">አሮሬ</a><a href="{site}/tag/export/" rel="tag">የቡና ንግድ</a></div>
</div></div>
<div class="tags-share-box single-post-share tags-share-box-s1 center-box"><span class="single-comment-o"><i class="penci-faicon fa fa-comment-o"></i>2 አስተያየቶች</span><div class="post-share"><span class="post-share-item post-share-plike"><span class="count-number-like">7</span><a href="#" aria-label="Like this post" class="penci-post-like single-like-button" data-post_id="2871"><i class="penci-faicon fa fa-heart-o"></i></a></span><div class="list-posts-share"><a class="post-share-item post-share-facebook" aria-label="Share on Facebook" target="_blank" rel="noreferrer" href="https://www.facebook.com/sharer/sharer.php?u={url}"><i class="penci-faicon fa fa-facebook"></i><span class="dt-share">Facebook</span></a><a class="post-share-item post-share-twitter" aria-label="Share on Twitter" target="_blank" rel="noreferrer" href="https://twitter.com/intent/tweet?text=Check%20out%20this%20article:%20{url}"><i class="penci-faicon fa fa-twitter"></i><span class="dt-share">Twitter</span></a><a class="post-share-item post-share-telegram" aria-label="Share on Telegram" target="_blank" rel="noreferrer" href="https://telegram.me/share/url?url={url}"><i class="penci-faicon fa fa-telegram"></i><span class="dt-share">Telegram</span></a><a class="post-share-item post-share-whatsapp" aria-label="Share on Whatsapp" target="_blank" rel="noreferrer" href="https://api.whatsapp.com/send?text={url}"><i class="penci-faicon fa fa-whatsapp"></i><span class="dt-share">Whatsapp</span></a></div></div></div>
<div class="post-author abio-style-1 bioimg-round"><div class="author-img"><img alt="" src="https://secure.gravatar.example/avatar/5e1b7c9a?s=100&amp;d=mm" class="avatar avatar-100 photo" height="100" width="100"></div><div class="author-content"><h5><a href="{site}/author/selamawit/" title="Author {e(art["author"])}" rel="author">{e(art["author"])}</a></h5><p>ሰላማዊት ተስፋዬ የደቡብ መስኮት የኢኮኖሚና የግብርና ዘጋቢ ናት። በቡና፣ በገበያና በኅብረት ሥራ ማኅበራት ዙሪያ ትዘግባለች።</p><div class="bio-social"><a target="_blank" class="author-social" href="https://t.me/selamawit_reports"><i class="penci-faicon fa fa-telegram"></i></a></div></div></div>
<div class="post-pagination"><div class="prev-post"><div class="prev-post-inner"><div class="prev-post-title"><span>ቀዳሚ ጽሑፍ</span></div><a href="{site}/2025/12/01/school-meals/"><div class="pagi-text"><h5 class="prev-title">በ24 ትምህርት ቤቶች የምገባ መርሐ ግብር ተጀመረ</h5></div></a></div></div><div class="next-post"><div class="next-post-inner"><div class="prev-post-title next-post-title"><span>ቀጣይ ጽሑፍ</span></div><a href="{site}/2025/12/02/main-road-repair/"><div class="pagi-text"><h5 class="next-title">የከተማዋ ዋና መንገድ ጥገና በሚቀጥለው ሳምንት ይጀመራል</h5></div></a></div></div></div>
<div class="post-related"><div class="post-title-box"><h4 class="post-box-title">ተዛማጅ ጽሑፎች</h4></div><div class="penci-owl-carousel penci-owl-carousel-slider penci-related-carousel" data-lazy="true" data-item="3" data-desktop="3" data-tablet="2" data-tabsmall="2" data-auto="false" data-speed="300" data-dots="true" data-nav="false">{related}</div></div>
<div class="post-comments" id="comments"><div class="post-title-box"><h4 class="post-box-title">2 አስተያየቶች</h4></div>{comments}
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title"><span>ምላሽ ይስጡ</span> <small><a rel="nofollow" id="cancel-comment-reply-link" href="/2025/12/02/arore-coffee-washing-station/#respond" style="display:none;">ምላሹን ሰርዝ</a></small></h3><form action="{site}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-form-comment"><textarea id="comment" name="comment" cols="45" rows="8" placeholder="አስተያየትዎን እዚህ ይጻፉ..." aria-label="አስተያየትዎን እዚህ ይጻፉ..."></textarea></p><p class="comment-form-author"><input id="author" name="author" type="text" value="" placeholder="ስም*" size="30" aria-label="ስም*"></p><p class="comment-form-email"><input id="email" name="email" type="text" value="" placeholder="ኢሜል*" size="30" aria-label="ኢሜል*"></p><p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"><span class="comment-form-cookies-text">ለሚቀጥለው አስተያየቴ ስሜንና ኢሜሌን በዚህ አሳሽ አስቀምጥ።</span></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="አስተያየት ላክ"><input type="hidden" name="comment_post_ID" value="2871" id="comment_post_ID"><input type="hidden" name="comment_parent" id="comment_parent" value="0"></p></form></div></div>
</article>
</div></div>
<div id="sidebar" class="penci-sidebar-right penci-sidebar-content style-1 pcalign-center penci-sticky-sidebar"><div class="theiaStickySidebar">
<aside id="penci_latest_news_widget-2" class="widget penci_latest_news_widget"><h3 class="widget-title penci-border-arrow"><span class="inner-arrow">የቅርብ ጊዜ ዜናዎች</span></h3><ul class="side-newsfeed">{latest}</ul></aside>
<aside id="media_image-3" class="widget widget_media_image"><h3 class="widget-title penci-border-arrow"><span class="inner-arrow">ማስታወቂያ</span></h3><a href="https://ad.example/bank-debub"><img width="300" height="250" src="{site}/wp-content/uploads/2025/09/bank-ad-300x250.jpg" class="image wp-image-2544 attachment-full size-full" alt=""></a></aside>
<aside id="penci_facebook_widget-2" class="widget penci_facebook_widget"><h3 class="widget-title penci-border-arrow"><span class="inner-arrow">ፌስቡክ ላይ ይከተሉን</span></h3><div class="fb-page" data-href="https://www.facebook.com/debubmeskot" data-height="290" data-small-header="false" data-hide-cover="false" data-show-facepile="true" data-show-posts="false" data-adapt-container-width="true"></div></aside>
</div></div>
</div></div></div>
<footer id="footer-section" class="penci-footer-social-media penci-lazy footer-social-remove-radius"><div class="container"><div class="footer-logo-copyright footer-not-logo"><div id="footer-text"><p class="footer-about">ደቡብ መስኮት ከደቡብ ኢትዮጵያ ክልሎች ወቅታዊ ዜናዎችን፣ ትንታኔዎችንና ዘገባዎችን የሚያቀርብ የግል የመገናኛ ብዙኃን ተቋም ነው።</p><p>© 2025 ደቡብ መስኮት። መብቱ በሕግ የተጠበቀ ነው።</p></div><div class="go-to-top-parent"><a href="#" class="go-to-top"><span><i class="penci-faicon fa fa-angle-up"></i><br>ወደ ላይ</span></a></div></div></div></footer>
</div>
<script type="text/javascript" src="{site}/wp-content/themes/soledad/js/libs-script.min.js?ver=8.6.4" id="penci-libs-js-js"></script>
<script type="text/javascript" src="{site}/wp-content/themes/soledad/js/main.js?ver=8.6.4" id="main-scripts-js"></script>
<script type="text/javascript" id="penci_ajax_like_post-js-extra">var ajax_var_more = {{"url":"https:\\/\\/debubmeskot.example\\/wp-admin\\/admin-ajax.php","nonce":"b2e8c1d4a9","errorPass":"<p class=\\"message error\\">Password does not match the confirm password<\\/p>","login":"Email Address","password":"Password","headerstyle":"default","reading_bar_pos":"footer","reading_bar_h":"5","carousel_e":"swiper","slider_e":"swiper","fcarousel_e":"swiper","fslider_e":"swiper","vfloat":"","vfloatp":"bottom-right","redirect_url":""}};</script>"""
    head = f"""<meta name="description" content="በአሮሬ ወረዳ የሚገኙ ቡና አምራች አርሶ አደሮች በጋራ ያቋቋሙት አዲስ የቡና ማጠቢያ ጣቢያ ሰኞ ዕለት በይፋ ሥራ ጀመረ።">
<meta property="article:published_time" content="{art["date"]}T10:05:33+03:00">
<meta property="article:section" content="ኢኮኖሚ">
<meta name="generator" content="WordPress 6.8.3">
<meta name="generator" content="Soledad 8.6.4">
<link rel="stylesheet" id="penci-main-style-css" href="{site}/wp-content/themes/soledad/main.css?ver=8.6.4" type="text/css" media="all">
<link rel="stylesheet" id="penci-font-awesome-css" href="{site}/wp-content/themes/soledad/css/font-awesome.4.7.0.swap.min.css?ver=4.7.0" type="text/css" media="all">
<link rel="https://api.w.org/" href="{site}/wp-json/"><link rel="shortlink" href="{site}/?p=2871">
<script async src="https://pagead2.googlesyndication.example/pagead/js/adsbygoogle.js?client=ca-pub-0000000000000000" crossorigin="anonymous"></script>
"""
    return page(
        art,
        "ደቡብ መስኮት",
        url,
        content,
        "am",
        head=head,
        sep=" - ",
        body_attrs=' class="wp-singular post-template-default single single-post postid-2871 single-format-standard wp-theme-soledad penci-body-single-style-1 penci-fawesome-ver5"',
    )


def cooperative(art):
    """Optimizely CMS 12: an article page, XHTML body with inline blocks, ContentArea below."""
    ps = art["paragraphs"]
    n = len(ps)
    site = "https://www.ridgelineelectric.example"
    url = f"{site}/news/2025/ridgeline-to-bury-38-miles-of-power-lines/"
    callout = '<div class="block calloutblock callout callout--info"><div class="callout__inner"><h3 class="callout__title">Did you know?</h3><div class="callout__text rich-text"><p>Underground lines cost about five times as much to build as overhead lines, but they are rarely affected by wind, ice or falling trees.</p></div></div></div>'
    video = '<div class="block videoblock"><div class="video-block"><div class="video-block__embed ratio ratio-16x9"><iframe src="https://www.youtube-nocookie.example/embed/rlec-underground-2025" title="How we install underground power lines" loading="lazy" allow="accelerometer; encrypted-media; picture-in-picture" allowfullscreen></iframe></div><p class="video-block__caption">Video: How Ridgeline crews install underground power lines without digging open trenches. (2:14)</p></div></div>'
    label, rest = ps[-1].split(": ", 1)
    note = f"<p><em>{e(label)}: {e(rest)}</em></p>"
    body = (
        paras(art, stop=n - 1, between={4: callout, 8: video}, ul='ul class="list-bullets"')
        + "\n"
        + note
    )
    utility = "".join(
        f'<li><a href="{site}{h}">{e(t)}</a></li>'
        for h, t in [
            ("/my-account/pay-my-bill/", "Pay My Bill"),
            ("/my-account/member-portal/", "Member Portal"),
            ("/about-us/careers/", "Careers"),
            ("/contact-us/", "Contact Us"),
        ]
    )

    def drop(h, subs):
        return "".join(f'<li><a href="{site}{h}{s}/">{e(x)}</a></li>' for s, x in subs)

    main_nav = "".join(
        f'<li class="main-nav__item{" is-active" if t == "About Us" else ""}"><a class="main-nav__link" href="{site}{h}/">{e(t)}</a><div class="main-nav__dropdown" hidden><ul>{drop(h, subs)}</ul></div></li>'
        for h, t, subs in [
            (
                "/my-account",
                "My Account",
                [
                    ("/start-stop-service", "Start or Stop Service"),
                    ("/billing-options", "Billing Options"),
                ],
            ),
            (
                "/outages-safety",
                "Outages & Safety",
                [("/outage-map", "Outage Map"), ("/storm-safety", "Storm Safety")],
            ),
            (
                "/energy-solutions",
                "Energy Solutions",
                [("/rebates", "Rebates"), ("/solar", "Solar")],
            ),
            (
                "/community",
                "Community",
                [("/scholarships", "Scholarships"), ("/round-up", "Operation Round Up")],
            ),
            ("/about-us", "About Us", [("/board", "Board of Directors"), ("/news", "Newsroom")]),
        ]
    )
    related = "".join(
        f'<li class="news-list__item"><a class="news-list__link" href="{site}/news/2025/{s}/"><span class="news-list__title">{e(t)}</span></a><time class="news-list__date">{d}</time><p class="news-list__summary">{e(x)}</p></li>'
        for s, t, d, x in [
            (
                "capital-credits-2025",
                "Ridgeline returns $2.1 million in capital credits to members",
                "September 30, 2025",
                "Members who received service in 1998 and 2019 will see a credit on their October bills; former members will receive checks by mail.",
            ),
            (
                "right-of-way-fall-schedule",
                "Fall right-of-way trimming begins in Cold Spring district",
                "September 12, 2025",
                "Contract crews will clear trees and brush along 140 miles of line between September and December.",
            ),
            (
                "youth-tour-2026",
                "Applications open for 2026 Youth Tour to Washington",
                "August 28, 2025",
                "High school juniors whose families are co-op members can apply for a free week-long trip to the nation's capital.",
            ),
        ]
    )
    quick = "".join(
        f'<li><a href="{site}{h}">{e(t)}</a></li>'
        for h, t in [
            ("/outages-safety/report-an-outage/", "Report an outage"),
            ("/outages-safety/outage-map/", "Outage map"),
            ("/outages-safety/storm-safety/", "Storm safety tips"),
            ("/outages-safety/right-of-way/", "Right-of-way maintenance"),
        ]
    )
    form_guid = "4b1e0c2a-7d93-4f51-9e6a-2c8d0b7f3a15"
    content = f"""<div id="CybotCookiebotDialog" class="cookie-dialog" role="dialog" aria-modal="true" aria-label="Cookie consent"><div class="cookie-dialog__body"><h2 class="cookie-dialog__title">This website uses cookies</h2><p>We use cookies to make our website work, to remember your settings and to understand how the site is used. You can choose which cookies to allow.</p></div><div class="cookie-dialog__buttons"><button type="button" id="CybotCookiebotDialogBodyButtonDecline">Deny</button><button type="button" id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowallSelection">Allow selection</button><button type="button" id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll">Allow all</button></div></div>
<a class="skip-link" href="#main">Skip to main content</a>
<div class="outage-banner" role="region" aria-label="Outage information"><div class="container"><p><strong>Power out?</strong> Call 1-800-555-0142 or report it in the Ridgeline app. <a href="{site}/outages-safety/outage-map/">View the outage map</a></p></div></div>
<header class="site-header">
<div class="utility-bar"><div class="container"><ul class="utility-nav">{utility}</ul></div></div>
<div class="container site-header__main"><a class="site-header__logo" href="{site}/"><img src="/globalassets/logos/ridgeline-electric-logo.svg" alt="Ridgeline Electric Cooperative" width="220" height="60"></a>
<nav class="main-nav" aria-label="Main navigation"><ul class="main-nav__list">{main_nav}</ul></nav>
<form class="site-search" action="/search/" method="get" role="search"><label for="site-search-q" class="visually-hidden">Search</label><input id="site-search-q" type="search" name="q" placeholder="Search"><button type="submit" class="btn btn--icon"><span class="visually-hidden">Submit search</span></button></form></div>
</header>
<main id="main" class="main">
<div class="container">
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb__item"><a href="{site}/">Home</a></li><li class="breadcrumb__item"><a href="{site}/about-us/">About Us</a></li><li class="breadcrumb__item"><a href="{site}/news/">Newsroom</a></li><li class="breadcrumb__item" aria-current="page">{e(art["title"])}</li></ol></nav>
<div class="row">
<div class="col-lg-8">
<article class="article-page">
<div class="article-page__header"><p class="article-page__category">Co-op News</p><h1 class="article-page__title">{e(art["title"])}</h1><p class="article-page__meta"><span class="article-page__author">By {e(art["author"])}, Communications Specialist</span> <span class="article-page__sep">|</span> <time datetime="{art["date"]}">October 21, 2025</time></p></div>
<figure class="article-page__image"><picture><source srcset="/globalassets/news/2025/underground-line-crew.jpg?width=1200&amp;format=webp" type="image/webp"><img src="/globalassets/news/2025/underground-line-crew.jpg?width=1200" alt="A boring machine next to a rural road" width="1200" height="675"></picture><figcaption class="article-page__caption">A Ridgeline crew bores a path for underground cable along Ketchum Road during a pilot project in 2024.</figcaption></figure>
<div class="article-page__body rich-text">
{body}
</div>
<div class="share-links"><span class="share-links__label">Share this article</span><a class="share-links__link" href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" rel="noopener">Facebook</a><a class="share-links__link" href="https://x.com/intent/post?url={url}" target="_blank" rel="noopener">X</a><a class="share-links__link" href="https://www.linkedin.com/sharing/share-offsite/?url={url}" target="_blank" rel="noopener">LinkedIn</a><a class="share-links__link" href="mailto:?subject=Ridgeline%20Electric%20to%20bury%2038%20miles%20of%20power%20lines&amp;body={url}">Email</a><button type="button" class="share-links__link" onclick="window.print()">Print</button></div>
</article>
<div class="content-area">
<div class="block contactblock"><div class="contact-block"><h2 class="contact-block__title">Media contact</h2><p class="contact-block__text">{e(art["author"])}<br>Communications Specialist<br><a href="mailto:malder@ridgelineelectric.example">malder@ridgelineelectric.example</a><br>555-0188</p></div></div>
<div class="block newsletterblock"><div class="newsletter-block">
<form method="post" novalidate="novalidate" data-f-metadata="" enctype="multipart/form-data" class="EPiServerForms" data-f-type="form" id="{form_guid}">
<script type="text/javascript" src="/Util/EPiServer.Forms/EPiServerForms.min.js"></script>
<h2 class="Form__Title">Get co-op news by email</h2>
<aside class="Form__Description">Sign up for Ridgeline Currents, our monthly email with outage updates, rebates and energy-saving tips.</aside>
<div class="Form__Status"><div role="status" class="Form__Status__Message hide"></div></div>
<div data-f-mainbody class="Form__MainBody">
<section id="__field_" data-f-type="step" data-f-element-name="__field_" class="Form__Element FormStep Form__Element--NonData" data-f-stepindex="0" data-f-element-nondata>
<div class="Form__Element FormTextbox FormTextbox--Email ValidationRequired" data-f-element-name="__field_2201" data-f-type="textbox"><label for="5a0c3e7b-2d1f-4b8a-9c6e-1f0d2b3a4c5d" class="Form__Element__Caption">Email address</label><input name="__field_2201" id="5a0c3e7b-2d1f-4b8a-9c6e-1f0d2b3a4c5d" type="email" class="FormTextbox__Input" aria-describedby="__field_2201_desc" placeholder="you@example.com" data-f-datainput required aria-required="true"><span data-f-linked-name="__field_2201" data-f-validationerror="" class="Form__Element__ValidationError" id="__field_2201_desc" role="alert" style="display:none;">This field is required.</span></div>
<button id="9c2b7a1e-4f3d-4e0a-8b6c-5d4e3f2a1b0c" name="submit" type="submit" value="9c2b7a1e-4f3d-4e0a-8b6c-5d4e3f2a1b0c" data-f-is-finalized="false" data-f-is-progress="false" data-f-type="submitbutton" class="Form__Element FormExcludeDataRebind FormSubmitButton">Subscribe</button>
</section>
</div>
<input type="hidden" class="Form__Element Form__SystemElement FormHidden FormHideInSummarized" name="__FormGuid" value="{form_guid}" data-f-type="hidden">
<input type="hidden" class="Form__Element Form__SystemElement FormHidden FormHideInSummarized" name="__FormHostedPage" value="4125" data-f-type="hidden">
<input type="hidden" class="Form__Element Form__SystemElement FormHidden FormHideInSummarized" name="__FormLanguage" value="en" data-f-type="hidden">
<input type="hidden" class="Form__Element Form__SystemElement FormHidden FormHideInSummarized" name="__FormCurrentStepIndex" value="0" data-f-type="hidden">
<input type="hidden" class="Form__Element Form__SystemElement FormHidden FormHideInSummarized" name="__FormSubmissionId" value="" data-f-type="hidden">
<input name="__RequestVerificationToken" type="hidden" value="CfDJ8Hk2sQm7Z0xV9b1nA4c3E5tYvP8rL2wK6jD0uF1gH3iJ5kM7nO9pQ1rS3tU5vW7xY9zA">
</form>
</div></div>
<div class="block relatednewsblock"><section class="news-list"><h2 class="news-list__heading">More co-op news</h2><ul class="news-list__items">{related}</ul><a class="btn btn--secondary" href="{site}/news/">View all news</a></section></div>
</div>
</div>
<aside class="col-lg-4 sidebar">
<div class="block linklistblock"><div class="link-list"><h2 class="link-list__title">Outages &amp; Safety</h2><ul>{quick}</ul></div></div>
<div class="block promoblock"><div class="promo"><img src="/globalassets/promos/ridgeline-app.png?width=400" alt="" width="400" height="225"><h2 class="promo__title">Get the Ridgeline app</h2><p class="promo__text">Pay your bill, track your energy use and report outages from your phone.</p><a class="btn btn--primary" href="{site}/my-account/ridgeline-app/">Download the app</a></div></div>
</aside>
</div>
</div>
</main>
<footer class="site-footer"><div class="container">
<div class="row"><div class="col-md-4"><p class="site-footer__name">Ridgeline Electric Cooperative</p><address>400 Depot Street<br>Cold Spring<br>1-800-555-0140</address><p>Office hours: Monday–Friday, 7:30 a.m.–4:30 p.m.</p></div>
<div class="col-md-4"><ul class="site-footer__links"><li><a href="{site}/about-us/board/">Board of Directors</a></li><li><a href="{site}/about-us/bylaws/">Bylaws &amp; Policies</a></li><li><a href="{site}/about-us/careers/">Careers</a></li><li><a href="{site}/privacy-policy/">Privacy Policy</a></li><li><a href="{site}/accessibility/">Accessibility</a></li></ul></div>
<div class="col-md-4"><ul class="site-footer__social"><li><a href="https://www.facebook.example/ridgelineelectric" aria-label="Facebook"></a></li><li><a href="https://www.instagram.example/ridgelineelectric" aria-label="Instagram"></a></li></ul></div></div>
<p class="site-footer__eoe">Ridgeline Electric Cooperative is an equal opportunity provider and employer.</p>
<p class="site-footer__copyright">© 2025 Ridgeline Electric Cooperative. All rights reserved.</p>
</div></footer>
<script src="/dist/js/site.min.js?v=20251014"></script>
<script>var epi = epi||{{}}; epi.EPiServer = epi.EPiServer||{{}}; epi.EPiServer.Forms = epi.EPiServer.Forms||{{}}; epi.EPiServer.Forms.InjectFormOwnJQuery = true; epi.EPiServer.Forms.OriginalJQuery = typeof jQuery !== 'undefined' ? jQuery : undefined;</script>"""
    head = f"""<meta name="description" content="Ridgeline Electric Cooperative will move 38 miles of overhead power lines underground over the next three years.">
<meta property="og:image" content="{site}/globalassets/news/2025/underground-line-crew.jpg?width=1200">
<meta property="article:published_time" content="{art["date"]}T10:00:00-04:00">
<link rel="stylesheet" href="/dist/css/site.min.css?v=20251014">
<script id="Cookiebot" src="https://consent.cookiebot.example/uc.js" data-cbid="00000000-0000-0000-0000-000000000000" type="text/javascript" async></script>
"""
    return page(art, "Ridgeline Electric Cooperative", url, content, "en", head=head, sep=" | ")


def diocesan(art):
    """ExpressionEngine 7: channel entry template, EE search and comment forms."""
    site = "https://www.westmarchcatholic.example"
    url_title = "bells-of-st-columba-ring-again-in-ashgrove"
    url = f"{site}/news/article/{url_title}"
    csrf = "7f3e9b1c0a2d4e6f8a1b3c5d7e9f0a2b4c6d8e0f"
    gallery = f'<div class="inline-gallery"><a href="{site}/galleries/album/st-columba-bells-blessing"><img src="/images/uploads/galleries/2025/st-columba-bells/thumb_01.jpg" alt="" width="300" height="200"><span class="inline-gallery__label">Photo gallery: The blessing of the bells at St. Columba (18 photos)</span></a></div>'
    support = f'<aside class="support-box"><h4>Support Catholic journalism</h4><p>The Westmarch Catholic is delivered free to every registered household in the diocese. Your gift helps us keep telling the stories of our parishes and schools.</p><a class="btn" href="{site}/support">Donate today</a></aside>'
    related_inline = f'<p class="related-inline"><strong>Related:</strong> <a href="{site}/news/article/ashgrove-parish-launches-ring-again-campaign">Ashgrove parish launches &#8216;Ring Again&#8217; campaign to restore silent bells</a></p>'
    body = paras(art, between={2: gallery, 5: related_inline, 6: support})
    active = ' class="active"'
    mass_box = '<div class="info-box"><h3>If you go</h3><p>St. Columba Church is at 212 Chapel Street in Ashgrove. Sunday Masses are celebrated at 8 a.m. and 10:30 a.m., with a Saturday vigil Mass at 5 p.m.</p></div>'
    nav = "".join(
        f'<li{active if h == "news/local" else ""}><a href="{site}/{h}">{e(t)}</a></li>'
        for h, t in [
            ("news/local", "Local"),
            ("news/nation-world", "Nation & World"),
            ("news/vatican", "Vatican"),
            ("faith", "Faith & Life"),
            ("schools", "Schools"),
            ("opinion", "Opinion"),
            ("obituaries", "Obituaries"),
            ("events", "Events"),
            ("espanol", "En Español"),
        ]
    )
    comments = "".join(
        f'<div class="comment" id="comment_{cid}"><p class="comment__meta"><strong class="comment__name">{e(name)}</strong> <span class="comment__location">{e(loc)}</span> <span class="comment__date">{when}</span></p><div class="comment__body"><p>{e(text)}</p></div></div>'
        for cid, name, loc, when, text in [
            (
                "9184",
                "Margaret O'Hara",
                "Ashgrove",
                "Nov 13, 2025 at 09:41 AM",
                "I was married at St. Columba in 1979, just before the bells went quiet. Hearing them again on Sunday brought me to tears. Thank you to everyone who worked so hard on this.",
            ),
            (
                "9187",
                "Deacon Paul Sandoval",
                "Holy Family, Westmarch",
                "Nov 13, 2025 at 12:15 PM",
                "What a witness from a small parish. Our parish has a cracked bell of its own, and Joan Mercer's campaign gives us ideas for how to start.",
            ),
        ]
    )
    more = "".join(
        f'<article class="teaser"><a href="{site}/news/article/{s}"><img src="/images/uploads/news/2025/{s}_thumb.jpg" alt="" width="240" height="160"></a><h3><a href="{site}/news/article/{s}">{e(t)}</a></h3><p class="teaser__date">{d}</p><p>{e(x)}</p></article>'
        for s, t, d, x in [
            (
                "holy-family-food-pantry-expands",
                "Holy Family food pantry doubles its hours as demand grows",
                "November 6, 2025",
                "Volunteers now open the pantry three evenings a week, and the parish is asking for donations of canned protein and diapers.",
            ),
            (
                "st-brigid-school-150-years",
                "St. Brigid School celebrates 150 years with alumni Mass",
                "October 30, 2025",
                "More than 600 graduates, some from the class of 1951, returned for a Mass and a picnic on the school grounds.",
            ),
            (
                "cathedral-organ-concert-series",
                "Cathedral launches Advent organ concert series",
                "October 23, 2025",
                "Four free concerts on the Sundays of Advent will feature organists from across the region.",
            ),
        ]
    )
    events = "".join(
        f'<li><span class="event-date">{d}</span><a href="{site}/events/detail/{s}">{e(t)}</a><p>{e(x)}</p></li>'
        for d, s, t, x in [
            (
                "Nov. 15",
                "advent-retreat-holy-family",
                "Advent day of reflection",
                "A morning of prayer and talks at Holy Family Parish; registration is required by Nov. 12.",
            ),
            (
                "Nov. 22",
                "st-columba-bell-tower-open-house",
                "Bell tower open house",
                "Climb the restored bell tower at St. Columba Church in Ashgrove.",
            ),
            (
                "Dec. 6",
                "catholic-charities-gala",
                "Catholic Charities winter gala",
                "Dinner and auction to support the diocesan emergency housing fund.",
            ),
        ]
    )
    content = f"""<div class="consent-banner" id="ee-consent" role="region" aria-label="Cookie consent"><p>We use cookies to remember your preferences and to understand how our site is used. Read our <a href="{site}/privacy">privacy policy</a>.</p><form method="post" action="{site}/"><div class="hiddenFields"><input type="hidden" name="ACT" value="31"><input type="hidden" name="RET" value="{url}"><input type="hidden" name="consent_request[]" value="ee:cookies_functionality"><input type="hidden" name="consent_request[]" value="ee:cookies_performance"><input type="hidden" name="csrf_token" value="{csrf}"></div><button type="submit" name="consent" value="grant">Accept</button> <button type="submit" name="consent" value="withdraw">Decline</button></form></div>
<div class="top-bar"><div class="wrap"><ul><li><a href="{site}/e-edition">E-Edition</a></li><li><a href="{site}/subscribe">Subscribe</a></li><li><a href="{site}/advertise">Advertise</a></li><li><a href="{site}/submit-news">Submit News</a></li></ul>
<form id="search" method="post" action="{site}/" class="site-search"><div class="hiddenFields"><input type="hidden" name="ACT" value="21"><input type="hidden" name="RES" value=""><input type="hidden" name="meta" value="q2lYk1bZ0Xs9N3pQ7vR8tUwE4yH6jK5mL1oP0aS2dF4gH6jK8lZ0xC2vB4nM6"><input type="hidden" name="site_id" value="1"><input type="hidden" name="csrf_token" value="{csrf}"></div><label for="keywords" class="sr-only">Search</label><input type="text" name="keywords" id="keywords" value="" size="18" maxlength="100" placeholder="Search"><button type="submit">Go</button></form></div></div>
<header class="masthead"><div class="wrap"><a href="{site}/" class="masthead__logo"><img src="/themes/user/westmarch/img/masthead.svg" alt="The Westmarch Catholic" width="420" height="70"></a><p class="masthead__tagline">Official newspaper of the Diocese of Westmarch since 1921</p></div>
<nav class="primary-nav" aria-label="Sections"><div class="wrap"><ul>{nav}</ul></div></nav></header>
<div class="wrap page">
<main class="main-col">
<article class="story">
<p class="story__kicker"><a href="{site}/news/category/parish-life">Parish Life</a></p>
<h1 class="story__headline">{e(art["title"])}</h1>
<p class="story__dek">Parishioners raised $186,000 to repair the tower and restore three bells cast in 1911</p>
<p class="story__byline">By <a href="{site}/staff/bernadette-quill">{e(art["author"])}</a> | Staff writer</p>
<p class="story__date">November 13, 2025</p>
<ul class="story__tools"><li><a href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" rel="noopener">Facebook</a></li><li><a href="https://x.com/intent/post?url={url}" target="_blank" rel="noopener">X</a></li><li><a href="mailto:?subject=Bells%20of%20St.%20Columba&amp;body={url}">Email</a></li><li><a href="javascript:window.print()">Print</a></li></ul>
<figure class="story__photo"><img src="/images/uploads/news/2025/st-columba-bells-blessing.jpg" alt="Bishop blesses a church bell" width="960" height="640"><figcaption>Bishop Thomas Rennick blesses the largest of the three restored bells at St. Columba Church in Ashgrove Nov. 9. <span class="credit">(Westmarch Catholic photo/Paul Ridley)</span></figcaption></figure>
<div class="story__body">
{body}
{mass_box}
</div>
<div class="story__topics"><span>Topics:</span> <a href="{site}/news/tag/st-columba">St. Columba</a>, <a href="{site}/news/tag/ashgrove">Ashgrove</a>, <a href="{site}/news/tag/parish-life">Parish Life</a>, <a href="{site}/news/tag/church-bells">Church bells</a></div>
</article>
<section class="comments" id="comments"><h2>Comments (2)</h2>
<p class="comments__policy">Comments are moderated and will appear after approval. Please keep comments charitable and on topic; we do not publish anonymous comments.</p>
{comments}
<form id="comment_form" method="post" action="{site}/"><div class="hiddenFields"><input type="hidden" name="ACT" value="5"><input type="hidden" name="RET" value="{url}"><input type="hidden" name="URI" value="news/article/{url_title}"><input type="hidden" name="PRV" value=""><input type="hidden" name="entry_id" value="4815"><input type="hidden" name="site_id" value="1"><input type="hidden" name="csrf_token" value="{csrf}"></div>
<h3>Leave a comment</h3>
<p><label for="name">Name:</label><br><input type="text" name="name" id="name" value="" size="50"></p>
<p><label for="email">Email:</label><br><input type="text" name="email" id="email" value="" size="50"></p>
<p><label for="location">Location:</label><br><input type="text" name="location" id="location" value="" size="50"></p>
<p><label for="comment">Comment:</label><br><textarea name="comment" id="comment" cols="70" rows="10"></textarea></p>
<p><input type="checkbox" name="save_info" value="yes"> Remember my personal information</p>
<p><input type="checkbox" name="notify_me" value="yes"> Notify me of follow-up comments?</p>
<p><input type="submit" name="submit" value="Submit"></p>
</form></section>
<section class="more-stories"><h2>More Parish Life</h2>{more}</section>
</main>
<aside class="sidebar">
<div class="widget readings"><h2>Today&#8217;s Readings</h2><p class="readings__day">Thursday, November 13, 2025<br>Memorial of St. Frances Xavier Cabrini, virgin</p><ul><li>Wisdom 7:22b&#8211;8:1</li><li>Psalm 119:89-91, 130, 135, 175</li><li>Luke 17:20-25</li></ul></div>
<div class="widget ad"><p class="ad__label">Advertisement</p><a href="https://ad.example/st-joseph-funeral-home" rel="nofollow sponsored"><img src="/images/uploads/ads/funeral-home-300x250.jpg" alt="" width="300" height="250"></a></div>
<div class="widget events"><h2>Upcoming Events</h2><ul>{events}</ul><a href="{site}/events">Full calendar</a></div>
<div class="widget obits"><h2>Clergy &amp; Religious Obituaries</h2><ul><li><a href="{site}/obituaries/detail/father-edmund-keane">Father Edmund Keane, 88</a></li><li><a href="{site}/obituaries/detail/sister-mary-agnes-dunleavy">Sister Mary Agnes Dunleavy, SSJ, 94</a></li></ul></div>
<div class="widget newsletter"><h2>Weekly Digest</h2><p>Get the week&#8217;s diocesan news, the bishop&#8217;s column and upcoming events in your inbox every Friday.</p><form method="post" action="{site}/" class="freeform-form"><div class="hiddenFields"><input type="hidden" name="ACT" value="44"><input type="hidden" name="formHash" value="Yq3Ww8Bv_1a2b3c4d5e6f"><input type="hidden" name="csrf_token" value="{csrf}"></div><input type="email" name="email" placeholder="Email address"><button type="submit">Sign up</button></form></div>
</aside>
</div>
<footer class="site-footer"><div class="wrap">
<p><strong>The Westmarch Catholic</strong> is published by the Diocese of Westmarch, 1400 Cathedral Square, Westmarch. Phone 555-0170.</p>
<ul class="site-footer__links"><li><a href="{site}/about">About us</a></li><li><a href="{site}/staff">Staff</a></li><li><a href="{site}/contact">Contact</a></li><li><a href="{site}/privacy">Privacy policy</a></li><li><a href="https://www.dioceseofwestmarch.example/">Diocese of Westmarch</a></li><li><a href="https://www.dioceseofwestmarch.example/safe-environment">Report abuse</a></li></ul>
<p class="site-footer__copy">© 2025 The Westmarch Catholic. All rights reserved.</p>
</div></footer>
<script src="/themes/user/westmarch/js/site.js?v=7.5.12"></script>"""
    head = f"""<meta name="description" content="For the first time since 1982, the three bells of St. Columba Church in Ashgrove rang out on Sunday morning.">
<meta property="og:image" content="{site}/images/uploads/news/2025/st-columba-bells-blessing.jpg">
<meta property="article:published_time" content="{art["date"]}T06:00:00-05:00">
<link rel="stylesheet" href="/themes/user/westmarch/css/site.css?v=7.5.12">
<link rel="alternate" type="application/rss+xml" title="The Westmarch Catholic" href="{site}/rss/news">
"""
    return page(art, "The Westmarch Catholic", url, content, "en-US", head=head, sep=" - ")


LAYOUTS_H23 = {
    "h23-01-japanese": ("h23_japanese", japanese),
    "h23-02-korean": ("h23_korean", korean),
    "h23-03-chinese": ("h23_chinese", chinese),
    "h23-04-thai": ("h23_thai", thai),
    "h23-05-armenian": ("h23_armenian", armenian),
    "h23-06-bengali": ("h23_bengali", bengali),
    "h23-07-amharic": ("h23_amharic", amharic),
    "h23-08-cooperative": ("h23_cooperative", cooperative),
    "h23-09-diocesan": ("h23_diocesan", diocesan),
}
