"""Layouts of the frozen held-out group "h22" of the extraction benchmark.

Written at the start of round 19 by someone other than the person tuning the reader and
without reading the reader or its output on these pages; never used for tuning
(docs/benchmarks-extraction.md). Fictional pages in layouts and languages not used by
h2-h21: a Russian district news portal on DataLife Engine (the full story in the inline
``news-id`` div with ``dle_image`` comments, a centred italic caption paragraph, a "read
also" line, a Yandex ad and an update note inside it, typo line, tags, share, Telegram
prompt, related news, three comments, poll, calendar and archive blocks); a Hebrew city
news site on Angular Universal (right to left, ``_ngcontent`` attributes, every body
block its own component, an accessibility button, a flash ticker, a related link, an
ad, an image and a WhatsApp banner inside the body, an update note, numbered talkbacks
with titles, the article again in the ``ng-state`` transfer state); a Persian
international broadcaster's page on a Pangea-like CMS (``wsw`` body with embeds: an
image, an "also read" block, a video and a Telegram prompt; an intro, share list,
related and most-viewed lists, newsletter and circumvention links); a Hindi district
news portal on the JNews WordPress theme (breaking ticker, subtitle, share counters, an
inline related-posts block, an inline ad, a Google News/WhatsApp box, tags, author box,
related posts with excerpts, two comments); a Low German association's news item on
Contao (``mod_newsreader`` with ``ce_text``, ``ce_headline``, ``ce_image``, an info box,
a download and a gallery, ``indexer::stop`` comments, comments, event list, news list,
Oveleon cookie bar); a Belarusian regional outlet on Tilda (the page a run of ``t-rec``
records: text blocks split by ``<br /><br />``, headings as ``div.t-title``, image
records with captions, "read also", donation and Telegram records, share, cards,
cookie popup, "Made on Tilda"); a Georgian regional site on django CMS with
djangocms-blog (text, picture, card and banner plugins, a "read also" line, a Facebook
prompt, tags, share, Facebook comments box, related posts with leads); an English US
health system's newsroom on Sitefinity (alert bar, utility links, a video embed inside
the body, media contact, "About" boilerplate, language-assistance taglines in the
footer); and an English regional transit authority's news item on a Liferay DXP display
page (service alerts, trip planner, fragments and portlets, an update note at the top,
rider-alert prompt, asset publisher "Related news", Title VI footer).
"""

from __future__ import annotations

import calendar
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


def russian(art):
    """DataLife Engine: the full story in the inline ``news-id`` div of ``fullstory``."""
    ps = art["paragraphs"]
    n = len(ps)
    site = "https://solvinsk-vesti.example"
    img = f"""<div style="text-align:center;"><!--dle_image_begin:{site}/uploads/posts/2025-04/1743574211_pereprava.jpg|--><img src="{site}/uploads/posts/2025-04/1743574211_pereprava.jpg" style="max-width:100%;" alt="Ледовая переправа через Сольву"><!--dle_image_end--></div>
<p style="text-align:center;"><i>Ледовая переправа через Сольву в конце марта. Фото: Сергей Лапин</i></p>"""
    also = f'<p><b>Читайте также:</b> <a href="{site}/news/47990-v-zareche-otkryli-fap-posle-remonta.html">В Заречье после ремонта открылся фельдшерско-акушерский пункт</a></p>'
    ad = '<div class="rklm"><div class="rklm-label">Реклама</div><!-- Yandex.RTB R-A-2314567-3 --><div id="yandex_rtb_R-A-2314567-3"></div><script>window.yaContextCb.push(()=>{Ya.Context.AdvManager.render({"blockId": "R-A-2314567-3","renderTo": "yandex_rtb_R-A-2314567-3"})})</script></div>'
    head_note, rest_note = ps[-1].split(". ", 1)
    note = f"<p><b>{e(head_note)}.</b> {e(rest_note)}</p>"
    text = paras(art, h="h3", stop=n - 1, between={0: img, 2: also, 6: ad}) + "\n" + note
    related = "".join(
        f'<li><a href="{site}/news/{slug}.html"><img src="{site}/uploads/posts/2025-0{m}/thumbs/{slug[:5]}.jpg" alt=""><span class="rel-title">{e(t)}</span></a><p>{e(d)}</p></li>'
        for slug, m, t, d in [
            (
                "47990-v-zareche-otkryli-fap-posle-remonta",
                3,
                "В Заречье после ремонта открылся фельдшерско-акушерский пункт",
                "В обновлённом здании есть процедурный кабинет и аптечный пункт, а фельдшер будет принимать пациентов пять дней в неделю.",
            ),
            (
                "48102-pavodok-uroven-vody-v-solve",
                3,
                "Паводок: уровень воды в Сольве может подняться на четыре метра",
                "Гидрологи ожидают пик половодья в конце апреля и советуют жителям низин заранее подготовить дома.",
            ),
            (
                "48177-okruzhnuyu-dorogu-otremontiruyut-letom",
                4,
                "Окружную дорогу через Михайловку отремонтируют летом",
                "На ремонт 18 километров дороги область выделила 96 миллионов рублей, работы должны закончиться к сентябрю.",
            ),
        ]
    )
    comments = "".join(
        f"""<div id='comment-id-{cid}'><div class="comment"><div class="com_info"><b class="name">{e(name)}</b> <span class="date">{when}</span></div><div class="com_content"><div id='comm-id-{cid}'>{e(text)}</div></div><div class="com_tools"><a href="#" onclick="dle_reply('{cid}', '0', '1'); return false;">Ответить</a> <a onmouseover="dle_copy_quote('{e(name)}');" href="#" onclick="dle_ins('{cid}'); return false;">Цитировать</a></div></div></div>
"""
        for cid, name, when, text in [
            (
                "15234",
                "ЛюдаК",
                "2 апреля 2025 12:14",
                "Каждый год одно и то же: всю весну сидим отрезанные. Хорошо хоть автобус пустят, раньше и этого не было.",
            ),
            (
                "15239",
                "Сергей_З",
                "2 апреля 2025 13:40",
                "Мост нам обещают с тех пор, как я в школу ходил. Теперь уже мои дети в школу ходят, а моста всё нет.",
            ),
            (
                "15247",
                "Гость Михаил",
                "2 апреля 2025 15:02",
                "Лёд ещё крепкий, можно было бы неделю подождать. Но понятно, что никто не хочет отвечать, если кто-то провалится.",
            ),
        ]
    )
    popular = "".join(
        f'<li><a href="{site}/news/{i}.html">{e(t)}</a> <span class="views">{v}</span></li>'
        for i, t, v in [
            (48150, "В Сольвинске выбрали лучшего водителя школьного автобуса", "3 904"),
            (48166, "Жители Кирпичной улицы третью неделю живут без газа", "3 377"),
            (48121, "Хоккейная «Сольва» выиграла областной турнир ветеранов", "2 951"),
            (48139, "Когда в районе начнут отключать отопление: график", "2 602"),
        ]
    )
    votes = "".join(
        f'<div class="vote"><input type="radio" name="vote_check" value="{i}" id="vote_check{i}"><label for="vote_check{i}">{e(t)}</label></div>'
        for i, t in enumerate(
            ["На автобусе через Михайловку", "На своей машине", "Жду, пока откроют навигацию"]
        )
    )
    days = "".join(f'<th class="workday">{d}</th>' for d in ["Пн", "Вт", "Ср", "Чт", "Пт"])
    days += "".join(f'<th class="weekday">{d}</th>' for d in ["Сб", "Вс"])
    weeks = []
    for week in calendar.Calendar(0).monthdayscalendar(2025, 4):
        cells = []
        for i, d in enumerate(week):
            cls = "weekday" if i > 4 else "day"
            if d == 0:
                cells.append('<td class="day">&nbsp;</td>')
            elif d <= 2:
                cells.append(
                    f'<td class="{cls}-active-v"><a class="day-active-v" href="{site}/2025/04/{d:02d}/" title="Все публикации за {d} апреля 2025">{d}</a></td>'
                )
            else:
                cells.append(f'<td class="{cls}">{d}</td>')
        weeks.append("<tr>" + "".join(cells) + "</tr>")
    cal = f'<table id="calendar" class="calendar"><tr><th colspan="7" class="monthselect"><a class="monthlink" href="{site}/2025/03/" title="Предыдущий месяц">&laquo;</a>&nbsp;&nbsp;&nbsp;&nbsp;Апрель 2025&nbsp;&nbsp;&nbsp;&nbsp;&raquo;</th></tr><tr>{days}</tr>{"".join(weeks)}</table>'
    content = f"""<div class="wrapper">
<div class="topline"><div class="container"><span class="date">Среда, 2 апреля 2025</span> <span class="weather">Сольвинск: +3°, облачно</span> <span class="currency">USD 84,12 · EUR 91,03</span>
<div class="login-links"><a href="#" onclick="$('#loginpane').toggle(); return false;">Войти</a> · <a href="{site}/index.php?do=register">Регистрация</a></div></div></div>
<div id="loginpane" style="display:none;"><form method="post" action=""><ul class="reset loginbox"><li><label for="login_name">Логин:</label><input type="text" name="login_name" id="login_name"></li><li><label for="login_password">Пароль:</label><input type="password" name="login_password" id="login_password"></li><li><button onclick="submit();" type="submit" title="Войти"><span>Войти</span></button><input name="login" type="hidden" id="login" value="submit"></li></ul><a href="{site}/index.php?do=lostpassword">Забыли пароль?</a></form></div>
<header class="header"><div class="container"><a class="logo" href="{site}/"><img src="/templates/Solva/images/logo.png" alt="Сольвинские вести"></a><div class="slogan">Новости Сольвинска и района</div>
<form method="post" action="" class="search"><input type="hidden" name="do" value="search"><input type="hidden" name="subaction" value="search"><input id="story" name="story" placeholder="Поиск по сайту..." type="search"><button type="submit">Найти</button></form></div></header>
<nav class="topmenu"><div class="container"><ul><li><a href="{site}/">Главная</a></li><li class="active"><a href="{site}/news/">Новости</a></li><li><a href="{site}/obshchestvo/">Общество</a></li><li><a href="{site}/proisshestviya/">Происшествия</a></li><li><a href="{site}/ekonomika/">Экономика</a></li><li><a href="{site}/sport/">Спорт</a></li><li><a href="{site}/obyavleniya/">Объявления</a></li><li><a href="{site}/index.php?do=feedback">Контакты</a></li></ul></div></nav>
<div class="container"><div class="main-cols">
<main class="content"><div id="dle-content">
<div class="speedbar"><span id="dle-speedbar"><span itemscope itemtype="http://data-vocabulary.org/Breadcrumb"><a href="{site}/" itemprop="url"><span itemprop="title">Сольвинские вести</span></a></span> &raquo; <span itemscope itemtype="http://data-vocabulary.org/Breadcrumb"><a href="{site}/news/" itemprop="url"><span itemprop="title">Новости</span></a></span> &raquo; {e(art["title"])}</span></div>
<article class="base fullstory"><div class="dpad">
<h1 class="btl">{e(art["title"])}</h1>
<div class="bhinfo"><span class="baseinfo">Автор: <a onclick="ShowProfile('irina_pakhomova', '{site}/user/irina_pakhomova/', '0'); return false;" href="{site}/user/irina_pakhomova/">{e(art["author"])}</a></span> <span class="date">2-04-2025, 11:05</span> <span class="views" title="Просмотров: 2 418">2 418</span> <span class="coms" title="Комментариев: 3">3</span></div>
<div class="maincont">
<div id='news-id-48213' style='display:inline;'>{text}</div>
<div class="clr"></div>
</div>
<div class="typo-note">Нашли ошибку? Выделите её и нажмите Ctrl+Enter.</div>
<div class="story-tags"><b>Теги:</b> <span><a href="{site}/tags/переправа/">переправа</a></span>, <span><a href="{site}/tags/Заречье/">Заречье</a></span>, <span><a href="{site}/tags/паводок/">паводок</a></span>, <span><a href="{site}/tags/дороги/">дороги</a></span></div>
<div class="share"><span>Поделиться:</span> <div class="ya-share2" data-curtain data-shape="round" data-services="vkontakte,odnoklassniki,telegram,whatsapp"></div></div>
<div class="tg-promo"><a href="https://t.me/solvinsk_vesti">Подписывайтесь на наш Telegram-канал</a> — там новости района появляются первыми.</div>
<div class="mlink"><span class="argback"><a href="javascript:history.go(-1)"><b>Вернуться</b></a></span> <span class="argcat"><i>Категория:</i> <a href="{site}/news/">Новости</a> / <a href="{site}/obshchestvo/">Общество</a></span></div>
</div></article>
<div class="related"><div class="dtop"><b>Похожие новости</b></div><ul class="rel-list">{related}</ul></div>
<div class="comments-block"><div class="dtop"><b>Комментарии (3)</b></div>
<div id="dle-ajax-comments"></div>
{comments}<div class="addcomment"><form method="post" name="dle-comments-form" id="dle-comments-form" action=""><div class="dtop"><b>Добавить комментарий</b></div><input type="text" name="name" id="name" placeholder="Ваше имя"><textarea name="comments" id="comments" rows="6"></textarea><div class="sec-note">Комментарии публикуются после проверки модератором. Оскорбления и реклама удаляются.</div><button type="submit" name="submit">Отправить</button><input type="hidden" name="subaction" value="addcomment"><input type="hidden" name="post_id" id="post_id" value="48213"><input type="hidden" name="user_hash" value="c2a5e10f8e8d11b3f6a7d4b9c0e2f1a8"></form></div>
</div>
</div></main>
<aside class="sidebar">
<div class="block"><div class="btitle">Популярное</div><ul class="toplist">{popular}</ul></div>
<div class="block"><div class="btitle">Опрос</div><div id="vote-layer"><div class="vtitle">Как вы добираетесь в райцентр весной?</div><form method="post" name="vote" action="">{votes}<input type="hidden" name="vote_action" value="vote"><input type="hidden" name="vote_id" id="vote_id" value="17"><button type="submit" onclick="doVote('vote'); return false;">Голосовать</button> <button type="button" onclick="doVote('results'); return false;">Результаты</button></form><div class="vote-count">Всего голосов: 311</div></div></div>
<div class="block"><div class="btitle">Календарь</div><div id="calendar-layer">{cal}</div></div>
<div class="block"><div class="btitle">Архив новостей</div><ul class="archive"><li><a href="{site}/2025/04/">Апрель 2025 (14)</a></li><li><a href="{site}/2025/03/">Март 2025 (96)</a></li><li><a href="{site}/2025/02/">Февраль 2025 (88)</a></li><li><a href="{site}/2025/01/">Январь 2025 (79)</a></li></ul></div>
</aside>
</div></div>
<footer class="footer"><div class="container"><p>© 2025 «Сольвинские вести». Сетевое издание зарегистрировано Роскомнадзором, свидетельство Эл № ФС 77 - 80000.</p>
<p>Главный редактор: Н. В. Горелова. Адрес редакции: г. Сольвинск, ул. Советская, 12. Телефон: +7 (800) 555-01-12.</p>
<p>При использовании материалов ссылка на «Сольвинские вести» обязательна.</p>
<p class="age">16+</p>
<!-- Yandex.Metrika counter --><noscript><div><img src="https://mc.yandex.example/watch/91234567" style="position:absolute; left:-9999px;" alt=""></div></noscript><!-- /Yandex.Metrika counter -->
</div></footer>
</div>
<script>
<!--
var dle_root       = '/';
var dle_admin      = '';
var dle_login_hash = 'c2a5e10f8e8d11b3f6a7d4b9c0e2f1a8';
var dle_group      = 5;
var dle_skin       = 'Solva';
var dle_wysiwyg    = '0';
var quick_wysiwyg  = '0';
var dle_act_lang   = ["Да", "Нет", "Ввод", "Отмена", "Сохранить", "Удалить", "Загрузка. Пожалуйста, подождите..."];
var menu_short     = 'Быстрое редактирование';
var dle_del_agree  = 'Вы действительно хотите удалить? Данное действие невозможно будет отменить';
//-->
</script>
<script src="/engine/classes/min/index.php?g=general&amp;v=2a3f1"></script>
<script src="https://yastatic.example/share2/share.js" async></script>"""
    head = f"""<meta name="description" content="Ледовую переправу через Сольву между Сольвинском и Заречьем закроют для автомобилей в пятницу, 4 апреля.">
<meta name="keywords" content="переправа, Заречье, паводок, дороги">
<meta name="generator" content="DataLife Engine (https://dle-news.ru)">
<link rel="search" type="application/opensearchdescription+xml" href="{site}/index.php?do=opensearch" title="Сольвинские вести">
<link rel="alternate" type="application/rss+xml" title="Сольвинские вести" href="{site}/rss.xml">
<link href="/templates/Solva/css/styles.css" type="text/css" rel="stylesheet">
<link href="/templates/Solva/css/engine.css" type="text/css" rel="stylesheet">
<script>window.yaContextCb=window.yaContextCb||[]</script>
<script src="https://yandex.example/ads/system/context.js" async></script>
"""
    return page(
        art,
        "Сольвинские вести",
        f"{site}/news/48213-ledovuyu-perepravu-cherez-solvu-zakroyut-4-aprelya.html",
        content,
        "ru",
        head=head,
        sep=" » ",
    )


def hebrew(art):
    """Angular Universal (SSR): every body block its own component, ``ng-state`` at the end."""
    ps = art["paragraphs"]
    root, hdr, page_c, blk_p, blk_h, blk_l, blk_x = (
        "ng-c1924388412",
        "ng-c1182914703",
        "ng-c4071526689",
        "ng-c3311047520",
        "ng-c2650139874",
        "ng-c0918273645",
        "ng-c2784401958",
    )
    x_rel, x_ad, x_img, x_wa = blk_x, "ng-c1650772203", "ng-c3099817462", "ng-c0571139825"
    site = "https://kavhahof.example"

    def comp(tag, host, inner, hydr):
        return (
            f'<{tag} _ngcontent-{page_c}="" _nghost-{host}="" ngh="{hydr}">{inner}</{tag}><!---->'
        )

    def para_block(text_html):
        return comp(
            "app-paragraph-block",
            blk_p,
            f'<p _ngcontent-{blk_p}="" class="paragraph">{text_html}</p>',
            1,
        )

    blocks = []
    items = []
    state_blocks = []
    for i, para in enumerate(ps):
        if para.startswith("- "):
            items.append(para[2:])
            continue
        if items:
            lis = "".join(f'<li _ngcontent-{blk_l}="">{e(x)}</li><!---->' for x in items)
            blocks.append(
                comp(
                    "app-list-block", blk_l, f'<ul _ngcontent-{blk_l}="" class="list">{lis}</ul>', 2
                )
            )
            state_blocks.append({"type": "list", "items": list(items)})
            items = []
        if para.startswith("## "):
            blocks.append(
                comp(
                    "app-heading-block",
                    blk_h,
                    f'<h2 _ngcontent-{blk_h}="" class="subtitle">{e(para[3:])}</h2>',
                    1,
                )
            )
            state_blocks.append({"type": "heading", "text": para[3:]})
        elif i == len(ps) - 1:
            label, rest = para.split(": ", 1)
            html_text = f"<strong>{e(label)}:</strong> {e(rest)}"
            blocks.append(para_block(html_text))
            state_blocks.append({"type": "paragraph", "html": html_text})
        else:
            blocks.append(para_block(e(para)))
            state_blocks.append({"type": "paragraph", "html": e(para)})
        if i == 1:
            inner = f'<div _ngcontent-{x_rel}="" class="related-link"><span _ngcontent-{x_rel}="" class="related-link__label">כתבה קשורה:</span> <a _ngcontent-{x_rel}="" href="/news/article/51602">העירייה מאריכה את שעות הרחצה בחופים המוכרזים עד 19:00</a></div>'
            blocks.append(comp("app-related-link-block", x_rel, inner, 3))
            state_blocks.append({"type": "related", "id": 51602})
        if i == 4:
            inner = f'<div _ngcontent-{x_ad}="" class="ad-slot ad-inread"><span _ngcontent-{x_ad}="" class="ad-label">פרסומת</span><div _ngcontent-{x_ad}="" id="div-gpt-ad-1719912345678-2" class="gpt-slot"></div></div>'
            blocks.append(comp("app-ad-slot", x_ad, inner, 0))
            state_blocks.append({"type": "ad", "slot": "inread_1"})
        if i == 3:
            inner = f'<figure _ngcontent-{x_img}="" class="body-image"><img _ngcontent-{x_img}="" src="https://img.kavhahof.example/2025/07/03/lifeguard-tower-w800.jpg" alt="תחנת הצלה בחוף הצדפים" width="800" height="533" loading="lazy"><figcaption _ngcontent-{x_img}="">שלט אזהרה ליד תחנת ההצלה בחוף הצדפים <span _ngcontent-{x_img}="" class="credit">(צילום: דני כהן)</span></figcaption></figure>'
            blocks.append(comp("app-image-block", x_img, inner, 2))
            state_blocks.append({"type": "image", "id": 88312})
        if i == len(ps) - 2:
            inner = f'<a _ngcontent-{x_wa}="" class="whatsapp-banner" href="https://chat.whatsapp.com/KavHaHofNews0000example" target="_blank" rel="noopener"><strong _ngcontent-{x_wa}="">רוצים לקבל את כל העדכונים?</strong> הצטרפו לקבוצת הווטסאפ של קו החוף</a>'
            blocks.append(comp("app-whatsapp-banner", x_wa, inner, 1))
            state_blocks.append({"type": "whatsapp"})
    body = "\n".join(blocks)
    flashes = "".join(
        f'<li _ngcontent-{hdr}=""><time _ngcontent-{hdr}="">{t}</time> <a _ngcontent-{hdr}="" href="/flash/{fid}">{e(x)}</a></li><!---->'
        for t, fid, x in [
            ("17:52", 9931, "עבודות תשתית ברחוב הנביאים: הרחוב ייסגר לתנועה בלילות"),
            ("17:10", 9928, "נעצר חשוד בגניבת אופניים חשמליים מחניון הקניון"),
            ("16:35", 9925, "מחר: הפסקת מים מתוכננת בשכונת הפרחים בין 9:00 ל-13:00"),
        ]
    )
    act = ' class="active"'
    nav = "".join(
        f'<li _ngcontent-{hdr}=""><a _ngcontent-{hdr}="" routerlinkactive="active"{act if h == "/news" else ""} href="{h}">{e(t)}</a></li><!---->'
        for t, h in [
            ("ראשי", "/"),
            ("חדשות", "/news"),
            ("עירוני", "/city"),
            ("חינוך", "/education"),
            ("ספורט", "/sport"),
            ("צרכנות", "/consumer"),
            ('נדל"ן', "/real-estate"),
            ("דעות", "/opinion"),
        ]
    )
    talkbacks = "".join(
        f"""<li _ngcontent-{page_c}="" class="talkback"><div _ngcontent-{page_c}="" class="talkback__head"><span _ngcontent-{page_c}="" class="talkback__num">{n}.</span> <span _ngcontent-{page_c}="" class="talkback__title">{e(t)}</span></div><div _ngcontent-{page_c}="" class="talkback__meta"><span _ngcontent-{page_c}="" class="talkback__name">{e(name)}</span> <span _ngcontent-{page_c}="" class="talkback__date">{when}</span></div><div _ngcontent-{page_c}="" class="talkback__body"><p _ngcontent-{page_c}="">{e(text)}</p></div><div _ngcontent-{page_c}="" class="talkback__actions"><button _ngcontent-{page_c}="" class="like">👍 {up}</button><button _ngcontent-{page_c}="" class="dislike">👎 {down}</button><button _ngcontent-{page_c}="" class="reply">הגיבו</button></div></li><!---->"""
        for n, t, name, when, text, up, down in [
            (
                1,
                "כל הכבוד למצילים",
                "רונית, קריית שחפים",
                "03.07.25 15:02",
                "אתמול הבת שלי נצרבה ברגל, והמציל טיפל בה מהר ובסבלנות. כל הכבוד לצוות של חוף הצדפים.",
                41,
                2,
            ),
            (
                2,
                "כל שנה אותו סיפור",
                "משה",
                "03.07.25 16:20",
                "כל קיץ המדוזות מגיעות ובכל קיץ העירייה מופתעת. אפשר היה לחלק את התרסיסים כבר לפני שבוע.",
                27,
                9,
            ),
            (
                3,
                "שאלה לחוקרים",
                "גלית, חיפה",
                "03.07.25 17:05",
                "האם זה נכון שהמדוזות מתרבות בגלל דיג יתר? שמעתי על זה בהרצאה ואשמח לכתבה על הנושא.",
                12,
                0,
            ),
        ]
    )
    more = "".join(
        f'<a _ngcontent-{page_c}="" class="card" href="/news/article/{aid}"><img _ngcontent-{page_c}="" src="https://img.kavhahof.example/2025/{img}-w400.jpg" alt="" loading="lazy"><h4 _ngcontent-{page_c}="" class="card__title">{e(t)}</h4><p _ngcontent-{page_c}="" class="card__text">{e(d)}</p></a><!---->'
        for aid, img, t, d in [
            (
                51602,
                "06/30/beach-hours",
                "העירייה מאריכה את שעות הרחצה בחופים המוכרזים עד 19:00",
                "ההחלטה תיכנס לתוקף ביום ראשון ותימשך עד סוף אוגוסט, ובחופים יוצבו מצילים נוספים.",
            ),
            (
                51744,
                "07/01/bike-path",
                "שביל האופניים לאורך הטיילת ייפתח בשבוע הבא",
                "השביל באורך 3.2 קילומטרים יחבר את חוף הצדפים לנמל הדייגים.",
            ),
            (
                51790,
                "07/02/kiosks",
                "מכרז חדש לקיוסקים בטיילת: בעלי העסקים חוששים מהעלאת שכר הדירה",
                "לפי תנאי המכרז, דמי השכירות יעלו בכ-40 אחוזים, והזוכים יחויבו לשפץ את המבנים.",
            ),
        ]
    )
    most = "".join(
        f'<li _ngcontent-{page_c}=""><a _ngcontent-{page_c}="" href="/news/article/{aid}">{e(t)}</a></li><!---->'
        for aid, t in [
            (51812, "תאונה בכביש הגישה לעיר: שלושה פצועים קל"),
            (51655, 'ראש העירייה: "נבנה שני גני ילדים חדשים עד ספטמבר"'),
            (51701, "מכבי קריית שחפים החתימה שחקן רכש חדש"),
            (51769, "הקיץ הכי חם? התחזית לסוף השבוע"),
        ]
    )
    state = {
        "3381750243": {
            "b": {
                "id": 51873,
                "title": art["title"],
                "subtitle": "המצילים מזהירים: אל תיכנסו למים כשיש להקה באזור. מומחים: השנה המדוזות הגיעו מוקדם מהרגיל",
                "author": {"name": art["author"], "slug": "noa-almog"},
                "publishedAt": "2025-07-03T14:12:00+03:00",
                "updatedAt": "2025-07-03T18:40:00+03:00",
                "category": {"id": 4, "name": "חדשות"},
                "blocks": state_blocks,
                "tags": ["מדוזות", "חופי רחצה", "קיץ"],
            },
            "h": {},
            "s": 200,
            "st": "OK",
            "u": "https://api.kavhahof.example/v2/articles/51873",
            "rt": "json",
        }
    }
    state_json = json.dumps(state, ensure_ascii=False).replace("<", "\\u003C")
    content = f"""<app-root _nghost-{root}="" ng-version="17.3.8" ngh="9" ng-server-context="ssr">
<app-accessibility-button _ngcontent-{root}="" _nghost-ng-c2210987461="" ngh="0"><button _ngcontent-ng-c2210987461="" class="a11y-toggle" aria-label="פתיחת תפריט נגישות"><span _ngcontent-ng-c2210987461="" class="a11y-icon" aria-hidden="true"></span><span _ngcontent-ng-c2210987461="" class="a11y-text">נגישות</span></button></app-accessibility-button>
<app-header _ngcontent-{root}="" _nghost-{hdr}="" ngh="2"><header _ngcontent-{hdr}="" class="site-header">
<div _ngcontent-{hdr}="" class="top-strip"><span _ngcontent-{hdr}="" class="today">יום חמישי, 3 ביולי 2025 | ז' בתמוז התשפ"ה</span><span _ngcontent-{hdr}="" class="weather">קריית שחפים 31°</span><a _ngcontent-{hdr}="" class="login" href="/login">התחברות</a></div>
<div _ngcontent-{hdr}="" class="brand-row"><a _ngcontent-{hdr}="" class="logo" href="/"><img _ngcontent-{hdr}="" src="/assets/img/logo-kav-hahof.svg" alt="קו החוף - חדשות קריית שחפים והסביבה" width="220" height="56"></a><a _ngcontent-{hdr}="" class="btn-tip" href="/tip">שלחו לנו ידיעה</a><button _ngcontent-{hdr}="" class="search-toggle" aria-label="חיפוש"></button></div>
<nav _ngcontent-{hdr}="" class="main-nav"><ul _ngcontent-{hdr}="">{nav}</ul></nav>
<div _ngcontent-{hdr}="" class="ticker"><span _ngcontent-{hdr}="" class="ticker__title">מבזקים</span><ul _ngcontent-{hdr}="" class="ticker__list">{flashes}</ul></div>
</header></app-header>
<main _ngcontent-{root}="" class="main"><router-outlet _ngcontent-{root}=""></router-outlet><app-article-page _nghost-{page_c}="" ngh="8"><!---->
<app-ad-slot _ngcontent-{page_c}="" _nghost-{x_ad}="" ngh="0"><div _ngcontent-{x_ad}="" class="ad-slot ad-leaderboard"><span _ngcontent-{x_ad}="" class="ad-label">פרסומת</span><div _ngcontent-{x_ad}="" id="div-gpt-ad-1719912345678-0" class="gpt-slot"></div></div></app-ad-slot>
<div _ngcontent-{page_c}="" class="article-layout">
<article _ngcontent-{page_c}="" class="article">
<nav _ngcontent-{page_c}="" class="breadcrumbs" aria-label="פירורי לחם"><a _ngcontent-{page_c}="" href="/">ראשי</a> / <a _ngcontent-{page_c}="" href="/news">חדשות</a> / <span _ngcontent-{page_c}="">סביבה וים</span></nav>
<h1 _ngcontent-{page_c}="" class="article-title">{e(art["title"])}</h1>
<h2 _ngcontent-{page_c}="" class="article-subtitle">המצילים מזהירים: אל תיכנסו למים כשיש להקה באזור. מומחים: השנה המדוזות הגיעו מוקדם מהרגיל</h2>
<div _ngcontent-{page_c}="" class="article-meta"><img _ngcontent-{page_c}="" class="author-img" src="https://img.kavhahof.example/writers/noa-almog-w80.jpg" alt="" width="40" height="40"><span _ngcontent-{page_c}="" class="author">מאת: <a _ngcontent-{page_c}="" href="/writers/noa-almog">{e(art["author"])}</a></span><span _ngcontent-{page_c}="" class="date">פורסם: 03.07.25, 14:12</span><span _ngcontent-{page_c}="" class="updated">עודכן: 03.07.25, 18:40</span></div>
<app-share-bar _ngcontent-{page_c}="" _nghost-ng-c1500398822="" ngh="0"><div _ngcontent-ng-c1500398822="" class="share-bar"><button _ngcontent-ng-c1500398822="" class="share share--whatsapp" aria-label="שיתוף בוואטסאפ">וואטסאפ</button><button _ngcontent-ng-c1500398822="" class="share share--facebook" aria-label="שיתוף בפייסבוק">פייסבוק</button><button _ngcontent-ng-c1500398822="" class="share share--x" aria-label="שיתוף ב-X">X</button><button _ngcontent-ng-c1500398822="" class="share share--copy" aria-label="העתקת קישור">העתקת קישור</button><a _ngcontent-ng-c1500398822="" class="talkback-count" href="#talkbacks">3 תגובות</a></div></app-share-bar>
<figure _ngcontent-{page_c}="" class="main-image"><img _ngcontent-{page_c}="" src="https://img.kavhahof.example/2025/07/03/jellyfish-shore-w1200.jpg" alt="מדוזות על קו המים" width="1200" height="675"><figcaption _ngcontent-{page_c}="">מדוזות על קו המים בחוף הצדפים, הבוקר <span _ngcontent-{page_c}="" class="credit">(צילום: דני כהן)</span></figcaption></figure>
<div _ngcontent-{page_c}="" class="article-body">
{body}
</div>
<div _ngcontent-{page_c}="" class="tags"><span _ngcontent-{page_c}="" class="tags__label">תגיות:</span><a _ngcontent-{page_c}="" href="/tag/מדוזות">מדוזות</a><!----><a _ngcontent-{page_c}="" href="/tag/חופי-רחצה">חופי רחצה</a><!----><a _ngcontent-{page_c}="" href="/tag/קיץ">קיץ</a><!----></div>
</article>
<section _ngcontent-{page_c}="" id="talkbacks" class="talkbacks"><h3 _ngcontent-{page_c}="" class="talkbacks__title">תגובות (3)</h3>
<button _ngcontent-{page_c}="" class="talkbacks__add">הוסיפו תגובה</button>
<ol _ngcontent-{page_c}="" class="talkbacks__list">{talkbacks}</ol>
<p _ngcontent-{page_c}="" class="talkbacks__policy">התגובות מתפרסמות לאחר אישור המערכת. אין לפרסם תוכן פוגעני, מסית או לשון הרע.</p></section>
<section _ngcontent-{page_c}="" class="more-articles"><h3 _ngcontent-{page_c}="">עוד בקו החוף</h3><div _ngcontent-{page_c}="" class="cards">{more}</div></section>
<aside _ngcontent-{page_c}="" class="most-read"><h3 _ngcontent-{page_c}="">הכי נקראים</h3><ol _ngcontent-{page_c}="">{most}</ol>
<app-ad-slot _ngcontent-{page_c}="" _nghost-{x_ad}="" ngh="0"><div _ngcontent-{x_ad}="" class="ad-slot ad-sidebar"><span _ngcontent-{x_ad}="" class="ad-label">פרסומת</span><div _ngcontent-{x_ad}="" id="div-gpt-ad-1719912345678-1" class="gpt-slot"></div></div></app-ad-slot></aside>
</div>
</app-article-page><!----></main>
<app-footer _ngcontent-{root}="" _nghost-ng-c3902117745="" ngh="0"><footer _ngcontent-ng-c3902117745="" class="site-footer"><p _ngcontent-ng-c3902117745="" class="site-footer__about">קו החוף – העיתון המקומי של קריית שחפים והסביבה. יוצא לאור בכל יום שישי ומתעדכן באתר מסביב לשעון.</p><ul _ngcontent-ng-c3902117745="" class="site-footer__links"><li _ngcontent-ng-c3902117745=""><a _ngcontent-ng-c3902117745="" href="/about">אודות</a></li><li _ngcontent-ng-c3902117745=""><a _ngcontent-ng-c3902117745="" href="/contact">צרו קשר</a></li><li _ngcontent-ng-c3902117745=""><a _ngcontent-ng-c3902117745="" href="/advertise">פרסמו אצלנו</a></li><li _ngcontent-ng-c3902117745=""><a _ngcontent-ng-c3902117745="" href="/privacy">מדיניות פרטיות</a></li><li _ngcontent-ng-c3902117745=""><a _ngcontent-ng-c3902117745="" href="/terms">תנאי שימוש</a></li><li _ngcontent-ng-c3902117745=""><a _ngcontent-ng-c3902117745="" href="/accessibility">הצהרת נגישות</a></li></ul><p _ngcontent-ng-c3902117745="" class="site-footer__copy">© כל הזכויות שמורות לקו החוף תקשורת בע"מ, 2025</p></footer></app-footer>
<app-cookie-consent _ngcontent-{root}="" _nghost-ng-c0456712398="" ngh="0"><div _ngcontent-ng-c0456712398="" class="cookie-bar" role="dialog" aria-live="polite"><p _ngcontent-ng-c0456712398="">אנחנו משתמשים בעוגיות כדי לשפר את חוויית הגלישה ולהציג תוכן ופרסומות מותאמים. המשך הגלישה באתר מהווה הסכמה לשימוש בעוגיות.</p><button _ngcontent-ng-c0456712398="" class="cookie-bar__ok">אישור</button><a _ngcontent-ng-c0456712398="" href="/privacy">למידע נוסף</a></div></app-cookie-consent>
</app-root>
<script id="ng-state" type="application/json">{state_json}</script>
<script src="runtime.8f0c1e2a41b3d7e6.js" type="module"></script><script src="polyfills.3b7d2c90a1f4e5d8.js" type="module"></script><script src="main.a91f3c5e7d2b0c64.js" type="module"></script>"""
    head = f"""<base href="/">
<meta name="description" content="המצילים מזהירים: אל תיכנסו למים כשיש להקה באזור. מומחים: השנה המדוזות הגיעו מוקדם מהרגיל">
<meta property="article:published_time" content="{art["date"]}T14:12:00+03:00">
<meta property="article:modified_time" content="{art["date"]}T18:40:00+03:00">
<link rel="preconnect" href="https://img.kavhahof.example">
<link rel="stylesheet" href="styles.5c0e7a19b2d4f836.css" media="all">
<style ng-app-id="ng">.site-header[_ngcontent-{hdr}]{{background:#0a3d62;color:#fff}}.ticker[_ngcontent-{hdr}]{{display:flex;gap:8px}}.paragraph[_ngcontent-{blk_p}]{{font-size:19px;line-height:1.6}}</style>
"""
    return page(
        art,
        "קו החוף",
        f"{site}/news/article/51873",
        content,
        "he",
        head=head,
        sep=" | ",
        html_attrs=' dir="rtl"',
    )


def persian(art):
    """A Pangea-like broadcaster CMS: the body in ``div.wsw`` with ``wsw__embed`` blocks."""
    zw = "\u200c"
    site = "https://www.radionava.example"
    cdn = "https://gdb.radionava.example"
    img = f'<div class="wsw__embed"><figure class="media-pholder media-pholder--image"><div class="img-wrap"><div class="thumb"><img src="{cdn}/01000000-0a00-0242-5b7e-08dc73a1c9f2_w650_r0_s.jpg" alt=""></div></div><figcaption><span class="caption">دیگ{zw}های مسی در یکی از کارگاه{zw}های سنتی گلاب{zw}گیری گلدشت. عکس از آرشیو</span></figcaption></figure></div>'
    also = f'<div class="wsw__embed"><div class="media-block also-read"><a href="{site}/a/33398120.html" class="img-wrap img-wrap--size-3" title="کم{zw}آبی در دشت{zw}های مرکزی؛ چاه{zw}ها یکی پس از دیگری خشک می{zw}شوند"><div class="thumb thumb16_9"><img src="{cdn}/01000000-0aff-0242-9c31-08dc6e2f4a10_w100_r1.jpg" alt=""></div></a><div class="media-block__content"><span class="also-read__text--label">مطلب مرتبط</span><a href="{site}/a/33398120.html"><h4 class="media-block__title media-block__title--size-3" title="کم{zw}آبی در دشت{zw}های مرکزی؛ چاه{zw}ها یکی پس از دیگری خشک می{zw}شوند">کم{zw}آبی در دشت{zw}های مرکزی؛ چاه{zw}ها یکی پس از دیگری خشک می{zw}شوند</h4></a></div></div></div>'
    video = f'<div class="wsw__embed"><div class="media-pholder media-pholder--video media-pholder--embed"><div class="c-sticky-container"><div class="c-sticky-element"><div class="c-mmp c-mmp--enabled c-mmp--loading c-mmp--video c-mmp--detail" data-player_id="" data-title="گلاب{zw}گیری سنتی در گلدشت" data-hq-info-start="0"><div class="c-mmp__poster js-poster"><img src="{cdn}/01000000-0a00-0242-4d22-08dc73a2b8e1_w250_r1.jpg" alt="" class="c-mmp__poster-image-h"></div><video src="https://av.radionava.example/Videoroot/Pangeavideo/2025/05/0/0a/0a1b2c3d-5e6f-4a7b-8c9d-0e1f2a3b4c5d_240p.mp4" data-fallbacksrc="" data-type="video/mp4" data-info="240p" data-lt-on-play="0" data-lt-url="" webkit-playsinline="" playsinline="" poster="{cdn}/01000000-0a00-0242-4d22-08dc73a2b8e1_tv_w250_r1.jpg" title="گلاب{zw}گیری سنتی در گلدشت"></video><div class="c-mmp__overlay c-mmp__overlay--title c-mmp__overlay--partial c-mmp__overlay--disabled c-mmp__overlay--slide-from-top js-c-mmp__title-overlay"><span class="c-mmp__overlay-actions c-mmp__overlay-actions-top js-overlay-actions"><span class="c-mmp__overlay-actions-link c-mmp__overlay-actions-link--embed js-btn-embed-overlay" title="Embed"><span class="c-mmp__overlay-actions-link-ico ico ico-embed-code"></span><span class="c-mmp__overlay-actions-link-text">کد جاسازی</span></span><span class="c-mmp__overlay-actions-link c-mmp__overlay-actions-link--share js-btn-sharing-overlay" title="share"><span class="c-mmp__overlay-actions-link-ico ico ico-share"></span><span class="c-mmp__overlay-actions-link-text">اشتراک{zw}گذاری</span></span></span></div></div></div></div><span class="caption">ویدیو | گلاب{zw}گیری سنتی در گلدشت</span><span class="duration">۲:۱۴</span></div></div>'
    telegram = f'<div class="wsw__embed"><div class="cta cta--telegram"><a href="https://t.me/radionava_fa" target="_blank" rel="noopener" class="cta__link"><span class="ico ico-telegram"></span><span class="cta__title">رادیو نوا را در تلگرام دنبال کنید</span></a><p class="cta__text">برای دریافت تازه{zw}ترین خبرها و گزارش{zw}ها، به کانال ما در تلگرام بپیوندید.</p></div></div>'
    body = paras(
        art,
        h='h2 class="wsw__h2"',
        between={1: img, 2: also, 5: video, len(art["paragraphs"]) - 1: telegram},
    )
    share = "".join(
        f'<li class="share__item share__item--{k}"><a href="{h}" class="btn btn--link btn--{k}" target="_blank" rel="noopener" title="{e(t)}"><span class="ico ico-{k}"></span><span class="btn__text">{e(x)}</span></a></li>'
        for k, h, t, x in [
            (
                "facebook",
                "https://facebook.com/sharer.php?u=https%3A%2F%2Fwww.radionava.example%2Fa%2F33412876.html",
                f"اشتراک{zw}گذاری در فیسبوک",
                "فیسبوک",
            ),
            (
                "telegram",
                "https://telegram.me/share/url?url=https%3A%2F%2Fwww.radionava.example%2Fa%2F33412876.html",
                f"اشتراک{zw}گذاری در تلگرام",
                "تلگرام",
            ),
            (
                "whatsapp",
                "whatsapp://send?text=https%3A%2F%2Fwww.radionava.example%2Fa%2F33412876.html",
                f"اشتراک{zw}گذاری در واتس{zw}اپ",
                f"واتس{zw}اپ",
            ),
            (
                "x",
                "https://x.com/intent/tweet?url=https%3A%2F%2Fwww.radionava.example%2Fa%2F33412876.html",
                f"اشتراک{zw}گذاری در ایکس",
                "ایکس",
            ),
            (
                "email",
                "mailto:?body=https%3A%2F%2Fwww.radionava.example%2Fa%2F33412876.html",
                "ایمیل",
                "ایمیل",
            ),
        ]
    )
    more = "".join(
        f'<li class="col-xs-12 col-sm-12 col-md-12 col-lg-12 mb-grid"><div class="media-block"><a href="{site}/a/{aid}.html" class="img-wrap img-wrap--t-spac img-wrap--size-4 img-wrap--float" title="{e(t)}"><div class="thumb thumb16_9"><img src="{cdn}/{thumb}_w100_r1.jpg" alt=""></div></a><div class="media-block__content media-block__content--h"><a href="{site}/a/{aid}.html"><h4 class="media-block__title media-block__title--size-4" title="{e(t)}">{e(t)}</h4></a><p class="perex perex--size-4">{e(d)}</p><span class="date">{dt}</span></div></div></li>'
        for aid, thumb, t, d, dt in [
            (
                33405511,
                "01000000-0aff-0242-1e0c-08dc70b7d2a3",
                f"زعفران{zw}کاران خراسان: سرمای فروردین نیمی از گل{zw}ها را از بین برد",
                f"کشاورزان می{zw}گویند بیمه محصول تنها بخش کوچکی از خسارت را جبران می{zw}کند.",
                "۱۹ اردیبهشت ۱۴۰۴",
            ),
            (
                33398120,
                "01000000-0aff-0242-9c31-08dc6e2f4a10",
                f"کم{zw}آبی در دشت{zw}های مرکزی؛ چاه{zw}ها یکی پس از دیگری خشک می{zw}شوند",
                f"سطح آب زیرزمینی در برخی دشت{zw}ها در ده سال گذشته بیش از بیست متر پایین رفته است.",
                "۱۶ اردیبهشت ۱۴۰۴",
            ),
            (
                33390047,
                "01000000-0a00-0242-77a5-08dc6b3e9f0d",
                f"بازار عطاری{zw}ها در آستانه بهار؛ گیاهان دارویی گران شدند",
                f"فروشندگان می{zw}گویند افزایش هزینه حمل و کاهش تولید، قیمت{zw}ها را بالا برده است.",
                "۱۲ اردیبهشت ۱۴۰۴",
            ),
        ]
    )
    most = "".join(
        f'<li class="fui-grid__inner"><span class="number">{n}</span><a href="{site}/a/{aid}.html" class="media-block__title">{e(t)}</a></li>'
        for n, aid, t in [
            ("۱", 33410262, f"نرخ تورم ماهانه در اردیبهشت؛ خوراکی{zw}ها پیشتاز گرانی"),
            ("۲", 33411098, f"مهاجرت پرستاران؛ بیمارستان{zw}ها با کمبود نیرو روبه{zw}رو هستند"),
            ("۳", 33409874, f"گزارش ویدیویی: آخرین قایق{zw}سازان بندر کنگ"),
            ("۴", 33412876, art["title"]),
        ]
    )
    langs = "".join(
        f'<li class="lang-list__item"><a href="{h}" lang="{lc}" class="lang-list__link">{e(t)}</a></li>'
        for h, lc, t in [
            ("https://www.radionava.example/en/", "en", "English"),
            ("https://www.radionava.example/ar/", "ar", "العربية"),
            ("https://www.radionava.example/ps/", "ps", "پښتو"),
            ("https://www.radionava.example/ru/", "ru", "Русский"),
        ]
    )
    content = f"""<div class="sticky-top" id="page-header"><div class="hdr-20 hdr-20--big"><div class="hdr-20__inner"><div class="hdr-20__max pos-rel">
<div class="hdr-20__side hdr-20__side--primary d-flex"><label data-for="main-menu-ctrl" data-switcher-trigger="true" data-switch-target="main-menu-ctrl" class="burger hdr-trigger pos-rel trans-trigger" data-trans-evt="click" data-trans-id="menu"><span class="ico ico-close hdr-trigger__ico hdr-trigger__ico--close burger__ico burger__ico--close"></span><span class="ico ico-menu hdr-trigger__ico hdr-trigger__ico--open burger__ico burger__ico--open"></span></label>
<div class="menu-pnl pos-fix trans-target" data-switch-target="main-menu-ctrl" data-trans-id="menu"><div class="menu-pnl__inner"><nav class="main-nav"><ul class="main-nav__list"><li class="main-nav__item"><a class="main-nav__item-name" href="{site}/">صفحه اصلی</a></li><li class="main-nav__item"><a class="main-nav__item-name" href="{site}/z/1729">ایران</a></li><li class="main-nav__item"><a class="main-nav__item-name" href="{site}/z/1730">جهان</a></li><li class="main-nav__item"><a class="main-nav__item-name main-nav__item-name--active" href="{site}/z/1731">اقتصاد</a></li><li class="main-nav__item"><a class="main-nav__item-name" href="{site}/z/1732">فرهنگ و جامعه</a></li><li class="main-nav__item"><a class="main-nav__item-name" href="{site}/z/1733">گزارش</a></li><li class="main-nav__item"><a class="main-nav__item-name" href="{site}/z/1740">ویدیو</a></li><li class="main-nav__item"><a class="main-nav__item-name" href="{site}/z/1741">برنامه{zw}های رادیو</a></li></ul></nav>
<div class="lang-switcher"><span class="lang-switcher__title">وب{zw}سایت{zw}های دیگر</span><ul class="lang-list">{langs}</ul></div></div></div>
<a href="{site}/" class="header__logo"><span class="header__logo-text">رادیو نوا</span><img src="{site}/Content/responsive/RN/fa-IR/img/logo.svg" alt="رادیو نوا"></a></div>
<div class="hdr-20__side hdr-20__side--secondary d-flex"><a href="{site}/live/audio/91" class="btn btn--live"><span class="ico ico-live"></span><span class="btn__text">پخش زنده</span></a><label data-for="top-search-ctrl" class="top-srch-trigger hdr-trigger"><span class="ico ico-search"></span></label><div class="srch-top srch-top--in-header" data-switch-target="top-search-ctrl"><form action="{site}/s" class="srch-top__form" method="get" role="search"><label for="txtHeaderSearch" class="sr-only">جست{zw}وجو</label><input type="text" id="txtHeaderSearch" name="k" placeholder="جست{zw}وجو" accesskey="s" value="" class="srch-top__input analyticstag-event" onkeydown="if (event.keyCode === 13) {{ FireAnalyticsTagEventOnSearch('search', $dom.get('#txtHeaderSearch')[0].value) }}"><button type="submit" class="btn btn--top-srch analyticstag-event" onclick="FireAnalyticsTagEventOnSearch('search', $dom.get('#txtHeaderSearch')[0].value) "><span class="ico ico-search"></span></button></form></div></div>
</div></div></div></div>
<div id="content"><main class="container">
<div class="hdr-container"><div class="row">
<div class="col-category col-xs-12 col-md-2 pull-right"><div class="category js-category"><a class="" href="{site}/z/1733">گزارش</a></div></div>
<div class="col-title col-xs-12 col-md-10 pull-right"><h1 class="title pg-title">{e(art["title"])}</h1></div>
<div class="col-publishing-details col-xs-12 col-sm-12 col-md-2 pull-left"><div class="publishing-details "><div class="links"><ul class="links__list"><li class="links__item"><a class="links__item-link" href="{site}/author/negar-salehi/kmpqoe" title="{e(art["author"])}">{e(art["author"])}</a></li></ul></div><div class="published"><span class="date"><time pubdate="pubdate" datetime="{art["date"]}T09:12:00+03:30">۲۴ اردیبهشت ۱۴۰۴</time></span></div></div></div>
<div class="col-lg-12 separator"><div class="separator"><hr class="title-line"></div></div>
<div class="col-multimedia col-xs-12 col-md-10 pull-right"><div class="cover-media"><figure class="media-image js-media-expand"><div class="img-wrap"><div class="thumb thumb16_9"><img src="{cdn}/01000000-0a00-0242-5b7e-08dc73a0e8c4_w1023_r1_s.jpg" alt="زنان باغدار در حال چیدن گل محمدی در گلدشت"></div></div><figcaption><span class="caption">زنان باغدار در حال چیدن گل محمدی در یکی از باغ{zw}های گلدشت، اردیبهشت ۱۴۰۴</span></figcaption></figure></div></div>
<div class="col-xs-12 col-md-2 pull-left article-share pos-rel"><div class="share--box"><div class="sticky-share-container" style="display:none"><div class="container"><a href="https://www.radionava.example" id="logo-sticky-share">&nbsp;</a><div class="pg-title pg-title--sticky-share">{e(art["title"])}</div></div></div><div class="share-label">اشتراک{zw}گذاری</div><ul class="share__list">{share}</ul></div></div>
</div></div>
<div class="body-container"><div class="row"><div class="col-xs-12 col-sm-12 col-md-10 col-lg-10 pull-right"><div class="row"><div class="col-xs-12 col-sm-12 col-md-8 col-lg-8 pull-left bottom-offset content-offset">
<div class="intro intro--bold"><p>باغداران گلدشت می{zw}گویند کم{zw}آبی و سرمای دیررس بهاری، برداشت گل محمدی را به نصف سال گذشته رسانده است؛ قیمت گلاب بالا رفته و کارگاه{zw}های کوچک بیشترین آسیب را دیده{zw}اند.</p></div>
<div id="article-content" class="content-floated-wrap fb-quotable"><div class="wsw">
{body}
</div></div>
<div class="newsletter-subscription"><div class="newsletter-subscription__title">خبرنامه رادیو نوا</div><p class="newsletter-subscription__text">خلاصه خبرهای روز را هر صبح در صندوق ایمیل خود دریافت کنید.</p><form class="newsletter-subscription__form" action="{site}/subscribe" method="post"><input type="email" name="email" placeholder="نشانی ایمیل" class="newsletter-subscription__input"><button type="submit" class="btn btn--primary">عضویت</button></form></div>
</div>
<div class="col-xs-12 col-sm-12 col-md-4 col-lg-4 pull-left"><div class="media-block-wrap"><h2 class="section-head">مطالب مرتبط</h2><div class="row"><ul>{more}</ul></div></div></div>
</div></div>
<div class="col-xs-12 col-md-2 col-lg-2 pull-left"><div class="media-block-wrap most-viewed"><h2 class="section-head">پربیننده{zw}ترین</h2><ol class="most-viewed__list">{most}</ol></div></div>
</div></div>
</main></div>
<footer role="contentinfo"><div class="container"><div class="row"><div class="foot-follow"><h3 class="foot__title">ما را دنبال کنید</h3><ul class="follow__list"><li><a href="https://t.me/radionava_fa" class="btn btn-icon">تلگرام</a></li><li><a href="https://instagram.example/radionava_fa" class="btn btn-icon">اینستاگرام</a></li><li><a href="https://youtube.example/radionava_fa" class="btn btn-icon">یوتیوب</a></li><li><a href="https://x.com/radionava_fa" class="btn btn-icon">ایکس</a></li></ul></div>
<div class="foot-apps"><a href="{site}/p/6512.html">اپلیکیشن رادیو نوا را دریافت کنید</a></div>
<div class="foot-links"><ul><li><a href="{site}/p/5501.html">درباره ما</a></li><li><a href="{site}/p/5502.html">تماس با ما</a></li><li><a href="{site}/p/5503.html">راهنمای دسترسی امن به سایت</a></li><li><a href="{site}/p/5504.html">حریم خصوصی</a></li><li><a href="{site}/p/5505.html">شرایط استفاده</a></li><li><a href="{site}/rssfeeds">فید خبری</a></li></ul></div>
<p class="foot-copyright">© ۲۰۲۵ رادیو نوا. تمامی حقوق محفوظ است.</p></div></div></footer>
<script type="text/javascript" src="{site}/Scripts/responsive/minified_service.js?cdv=84" defer></script>"""
    head = f"""<meta name="description" content="باغداران گلدشت می{zw}گویند کم{zw}آبی و سرمای دیررس بهاری، برداشت گل محمدی را به نصف سال گذشته رسانده است.">
<meta name="keywords" content="گزارش, گل محمدی, گلاب, خشکسالی">
<meta name="news_keywords" content="گل محمدی, گلاب, خشکسالی">
<meta name="twitter:card" content="summary_large_image">
<meta property="og:image" content="{cdn}/01000000-0a00-0242-5b7e-08dc73a0e8c4_w1200_r1.jpg">
<link rel="stylesheet" href="{site}/Content/responsive/RN/fa-IR/RN-fa-IR.css?&amp;av=0.0.0.0&amp;cdv=84">
<script>var analyticsData = {{url:"{site}/a/33412876.html",property_id:"421",article_uid:"33412876",page_title:"{e(art["title"])}",page_type:"article",content_type:"article",subcontent_type:"article",last_modified:"2025-05-14 06:20:11Z",pub_datetime:"2025-05-14 05:42:00Z",pub_year:"2025",pub_month:"05",pub_day:"14",pub_hour:"05",pub_weekday:"Wednesday",section:"report",english_section:"report",byline:"Negar Salehi",categories:"report,economy",domain:"www.radionava.example",language:"Persian",language_service:"Radio Nava Persian",platform:"web",copied:"no",copied_article:"",copied_title:"",runs_js:"Yes",cms_release:"8.44.0.0.90",enviro_type:"prod",slug:"rosewater-harvest-drought-goldasht",entity:"RN",short_language_service:"FA",platform_short:"W",page_name:"{e(art["title"])}"}};</script>
"""
    return page(
        art,
        "رادیو نوا",
        f"{site}/a/rosewater-harvest-drought-goldasht/33412876.html",
        content,
        "fa-IR",
        head=head,
        body_attrs=' class="pg-article pg-article--single-column nav-no-loaded cc_theme" dir="rtl"',
        html_attrs=' dir="rtl"',
    )


def hindi(art):
    """WordPress with the JNews theme: ``content-inner`` inside ``entry-content``."""
    site = "https://sarsapurtimes.example"
    up = f"{site}/wp-content/uploads/2025/04"
    url = f"{site}/sarsapur/school-timing-changed-heatwave-sarsapur/"
    inline_related = "".join(
        f'<div class="jeg_postsmall jeg_load_more_flag"><article class="jeg_post jeg_pl_sm format-standard"><div class="jeg_thumb"><a href="{site}/{slug}/"><div class="thumbnail-container animate-lazy size-715"><img width="120" height="86" src="{up}/{slug}-120x86.jpg" class="attachment-jnews-120x86 size-jnews-120x86 lazyautosizes lazyloaded" alt="" decoding="async"></div></a></div><div class="jeg_postblock_content"><h3 class="jeg_post_title"><a href="{site}/{slug}/">{e(t)}</a></h3><div class="jeg_post_meta"><div class="jeg_meta_date"><a href="{site}/{slug}/"><i class="fa fa-clock-o"></i> {d}</a></div></div></div></article></div>'
        for slug, t, d in [
            (
                "heatwave-alert-sarsapur-district",
                "सरसपुर में लू का अलर्ट: दोपहर में घर से बाहर निकलने से बचें",
                "अप्रैल 20, 2025",
            ),
            (
                "district-hospital-heatstroke-ward",
                "जिला अस्पताल में हीट स्ट्रोक के मरीजों के लिए अलग वार्ड शुरू",
                "अप्रैल 18, 2025",
            ),
        ]
    )
    inline = f'<div class="jnews_inline_related_post_wrapper left"><div class="jnews_inline_related_post"><div class="jeg_postblock_21 jeg_postblock jeg_module_hook jeg_pagination_disable jeg_col_2o3 jnews_module_48213_0_680755e1b9c1a inline_module"><div class="jeg_block_heading jeg_block_heading_6 jeg_subcat_right"><h3 class="jeg_block_title"><span>यह भी पढ़ें</span></h3></div><div class="jeg_block_container"><div class="jeg_posts">{inline_related}</div></div></div></div></div>'
    ad = '<div class="jeg_ad jeg_ad_article jnews_content_inline_ads  "><div class=\'ads-wrapper align-center \'><div class=\'ads_code\'><span class="ads-text">विज्ञापन</span><ins class="adsbygoogle" style="display:block; text-align:center;" data-ad-layout="in-article" data-ad-format="fluid" data-ad-client="ca-pub-0000000000000000" data-ad-slot="7283019466"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div></div></div>'
    follow = '<div class="follow-box"><p><strong>ताज़ा खबरों के लिए हमें <a href="https://news.google.example/publications/CAAqBwgKMSarsapurTimes" target="_blank" rel="noopener">गूगल न्यूज़</a> पर फॉलो करें और हमारे <a href="https://whatsapp.com/channel/0029VaSarsapurTimes0example" target="_blank" rel="noopener">व्हाट्सऐप चैनल</a> से जुड़ें।</strong></p></div>'
    body = paras(art, between={2: inline, 5: ad}) + "\n" + follow
    ticker = "".join(
        f'<div class="jeg_news_ticker_item jeg_news_ticker_animated{" jeg_news_ticker_active" if i == 0 else ""}"><span><a href="{site}/{slug}/">{e(t)}</a></span><span class="jeg_news_ticker_date">{d}</span></div>'
        for i, (slug, t, d) in enumerate(
            [
                (
                    "mandi-wheat-purchase-target",
                    "गेहूं खरीद: सरसपुर मंडी में अब तक 62 हजार क्विंटल की खरीद",
                    "2 घंटे पहले",
                ),
                (
                    "railway-overbridge-work-starts",
                    "स्टेशन रोड पर रेलवे ओवरब्रिज का काम शुरू, एक महीने तक रूट बदला",
                    "5 घंटे पहले",
                ),
                (
                    "board-result-topper-sarsapur",
                    "बोर्ड परीक्षा परिणाम: सरसपुर की छात्रा ने प्रदेश में पाया पांचवां स्थान",
                    "1 दिन पहले",
                ),
            ]
        )
    )
    menu = "".join(
        f'<li id="menu-item-{n}" class="menu-item menu-item-type-taxonomy menu-item-object-category{" current-post-ancestor current-menu-parent" if t == "सरसपुर" else ""} menu-item-{n}"><a href="{site}/{slug}/">{e(t)}</a></li>'
        for n, slug, t in [
            (101, "", "होम"),
            (102, "desh", "देश"),
            (103, "rajya", "राज्य"),
            (104, "sarsapur", "सरसपुर"),
            (105, "shiksha", "शिक्षा"),
            (106, "khel", "खेल"),
            (107, "manoranjan", "मनोरंजन"),
            (108, "video", "वीडियो"),
        ]
    )
    related = "".join(
        f'<article class="jeg_post jeg_pl_md_2 format-standard"><div class="jeg_thumb"><a href="{site}/{slug}/"><div class="thumbnail-container animate-lazy size-715"><img width="350" height="250" src="{up}/{slug}-350x250.jpg" class="attachment-jnews-350x250 size-jnews-350x250 lazyautosizes lazyloaded" alt="" decoding="async"></div></a></div><div class="jeg_postblock_content"><h3 class="jeg_post_title"><a href="{site}/{slug}/">{e(t)}</a></h3><div class="jeg_post_meta"><div class="jeg_meta_date"><a href="{site}/{slug}/"><i class="fa fa-clock-o"></i> {d}</a></div></div><div class="jeg_post_excerpt"><p>{e(x)}</p></div></div></article>'
        for slug, t, d, x in [
            (
                "drinking-water-tankers-40-villages",
                "सरसपुर में पेयजल संकट: 40 गांवों में टैंकरों से होगी पानी की आपूर्ति",
                "अप्रैल 21, 2025",
                "जल निगम ने बताया कि हैंडपंप सूखने के बाद गांवों में रोज़ दो बार टैंकर भेजे जाएंगे।",
            ),
            (
                "board-result-topper-sarsapur",
                "बोर्ड परीक्षा परिणाम: सरसपुर की छात्रा ने प्रदेश में पाया पांचवां स्थान",
                "अप्रैल 21, 2025",
                "सरकारी कन्या इंटर कॉलेज की छात्रा ने 500 में से 487 अंक हासिल किए।",
            ),
            (
                "district-hospital-heatstroke-ward",
                "जिला अस्पताल में हीट स्ट्रोक के मरीजों के लिए अलग वार्ड शुरू",
                "अप्रैल 18, 2025",
                "अस्पताल में दस बिस्तरों वाला यह वार्ड चौबीसों घंटे खुला रहेगा।",
            ),
        ]
    )
    comments = "".join(
        f"""<li class="comment even thread-even depth-1" id="li-comment-{cid}"><div id="comment-{cid}" class="comment-body"><div class="comment-author vcard"><img alt="" src="https://secure.gravatar.example/avatar/{cid}?s=55&amp;d=mm&amp;r=g" class="avatar avatar-55 photo" height="55" width="55" loading="lazy" decoding="async"><cite class="fn">{e(name)}</cite> <span class="says">कहते हैं:</span></div><div class="comment-meta commentmetadata"><a href="{url}#comment-{cid}">{when}</a></div><p>{e(text)}</p><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{cid}" data-commentid="{cid}" data-postid="48213" data-belowelement="comment-{cid}" data-respondelement="respond" aria-label="{e(name)} को जवाब दें">जवाब दें</a></div></div></li>"""
        for cid, name, when, text in [
            (
                "3318",
                "सुनीता शर्मा",
                "अप्रैल 22, 2025 को 2:14 अपराह्न",
                "बहुत अच्छा फैसला है। छोटे बच्चों के लिए दोपहर की गर्मी में घर लौटना सच में मुश्किल हो गया था।",
            ),
            (
                "3321",
                "मनोज वर्मा",
                "अप्रैल 22, 2025 को 5:40 अपराह्न",
                "गांव के स्कूलों में तो पंखे भी ठीक से नहीं चलते। प्रशासन को बिजली की व्यवस्था पर भी ध्यान देना चाहिए।",
            ),
        ]
    )
    latest = "".join(
        f'<div class="jeg_post jeg_pl_sm format-standard"><div class="jeg_postblock_content"><h3 class="jeg_post_title"><a href="{site}/{slug}/">{e(t)}</a></h3><div class="jeg_post_meta"><div class="jeg_meta_date"><a href="{site}/{slug}/"><i class="fa fa-clock-o"></i> {d}</a></div></div></div></div>'
        for slug, t, d in [
            (
                "mandi-wheat-purchase-target",
                "गेहूं खरीद: सरसपुर मंडी में अब तक 62 हजार क्विंटल की खरीद",
                "अप्रैल 22, 2025",
            ),
            (
                "railway-overbridge-work-starts",
                "स्टेशन रोड पर रेलवे ओवरब्रिज का काम शुरू, एक महीने तक रूट बदला",
                "अप्रैल 22, 2025",
            ),
            ("ipl-local-player-selected", "सरसपुर के तेज गेंदबाज का आईपीएल टीम में चयन", "अप्रैल 21, 2025"),
            (
                "wedding-season-traffic-plan",
                "शादियों के सीजन में शहर का नया ट्रैफिक प्लान",
                "अप्रैल 21, 2025",
            ),
        ]
    )
    share = f'<div class="jeg_sharelist"><a href="https://www.facebook.com/sharer.php?u={url}" rel="nofollow" class="jeg_btn-facebook expanded"><i class="fa fa-facebook-official"></i><span>Share on Facebook</span></a><a href="https://twitter.com/intent/tweet?text=%E0%A4%AD%E0%A5%80%E0%A4%B7%E0%A4%A3&amp;url={url}" rel="nofollow" class="jeg_btn-twitter expanded"><i class="fa fa-twitter"></i><span>Share on Twitter</span></a><a href="//api.whatsapp.com/send?text={url}" rel="nofollow" class="jeg_btn-whatsapp "><i class="fa fa-whatsapp"></i></a><a href="https://telegram.me/share/url?url={url}" rel="nofollow" class="jeg_btn-telegram "><i class="fa fa-telegram"></i></a><div class="share-secondary"><a href="mailto:?subject=%E0%A4%AD%E0%A5%80%E0%A4%B7%E0%A4%A3&amp;body={url}" rel="nofollow" class="jeg_btn-email "><i class="fa fa-envelope"></i></a></div><a href="#" class="jeg_btn-toggle"><i class="fa fa-share"></i></a></div>'
    content = f"""<div class="jeg_viewport">
<div class="jeg_header_wrapper"><div class="jeg_header_instagram_wrapper"></div>
<div class="jeg_header normal">
<div class="jeg_topbar jeg_container jeg_navbar_wrapper dark"><div class="container"><div class="jeg_nav_row"><div class="jeg_nav_col jeg_nav_left jeg_nav_grow"><div class="item_wrap jeg_nav_alignleft"><div class="jeg_nav_item jeg_top_date">मंगलवार, अप्रैल 22, 2025</div></div></div><div class="jeg_nav_col jeg_nav_right jeg_nav_normal"><div class="item_wrap jeg_nav_alignright"><div class="jeg_nav_item socials_widget jeg_social_icon_block nobg"><a href="https://facebook.example/sarsapurtimes" target="_blank" rel="external noopener nofollow" class="jeg_facebook"><i class="fa fa-facebook"></i></a><a href="https://youtube.example/sarsapurtimes" target="_blank" rel="external noopener nofollow" class="jeg_youtube"><i class="fa fa-youtube-play"></i></a><a href="https://instagram.example/sarsapurtimes" target="_blank" rel="external noopener nofollow" class="jeg_instagram"><i class="fa fa-instagram"></i></a></div></div></div></div></div></div>
<div class="jeg_midbar jeg_container jeg_navbar_wrapper normal"><div class="container"><div class="jeg_nav_row"><div class="jeg_nav_col jeg_nav_left jeg_nav_normal"><div class="item_wrap jeg_nav_alignleft"><div class="jeg_nav_item jeg_logo jeg_desktop_logo"><div class="site-title"><a href="{site}/" style="padding: 0 0 0 0;"><img class="jeg_logo_img" src="{site}/wp-content/uploads/2023/08/sarsapur-times-logo.png" alt="सरसपुर टाइम्स" data-light-src="{site}/wp-content/uploads/2023/08/sarsapur-times-logo.png" width="300" height="70"></a></div></div></div></div><div class="jeg_nav_col jeg_nav_right jeg_nav_grow"><div class="item_wrap jeg_nav_alignright"><div class="jeg_nav_item jeg_ad jeg_ad_top jnews_header_ads"><div class='ads-wrapper  '><a href='{site}/go/coaching-centre' rel="noopener" class='adlink ads_image '><img src='{up}/coaching-banner-728x90.jpg' alt='' data-pin-no-hover="true" width="728" height="90"></a></div></div></div></div></div></div></div>
<div class="jeg_bottombar jeg_navbar jeg_container jeg_navbar_wrapper jeg_navbar_normal jeg_navbar_dark"><div class="container"><div class="jeg_nav_row"><div class="jeg_nav_col jeg_nav_left jeg_nav_grow"><div class="item_wrap jeg_nav_alignleft"><div class="jeg_nav_item jeg_main_menu_wrapper"><div class="jeg_mainmenu_wrap"><ul class="jeg_menu jeg_main_menu jeg_menu_style_1" data-animation="animate">{menu}</ul></div></div></div></div><div class="jeg_nav_col jeg_nav_right jeg_nav_normal"><div class="item_wrap jeg_nav_alignright"><div class="jeg_nav_item jeg_search_wrapper search_icon jeg_search_popup_expand"><a href="#" class="jeg_search_toggle"><i class="fa fa-search"></i></a><form action="{site}/" method="get" class="jeg_search_form" target="_top"><input name="s" class="jeg_search_input" placeholder="खोजें..." type="text" value="" autocomplete="off"><button aria-label="Search Button" type="submit" class="jeg_search_button btn"><i class="fa fa-search"></i></button></form></div></div></div></div></div></div>
</div></div>
<div class="jeg_navbar_mobile_wrapper"></div>
<div class="jeg_main "><div class="jeg_container"><div class="jeg_content jeg_singlepage"><div class="container">
<div class="jeg_breaking_news_wrapper"><div class="jeg_news_ticker"><div class="jeg_news_ticker_title"><span>ब्रेकिंग न्यूज़</span></div><div class="jeg_news_ticker_items">{ticker}</div></div></div>
<div class="jeg_ad jeg_article jnews_article_top_ads"><div class='ads-wrapper  '></div></div>
<div class="row"><div class="jeg_main_content col-md-8"><div class="jeg_inner_content">
<div class="jeg_breadcrumbs jeg_breadcrumb_container"><div id="breadcrumbs"><span class=""><a href="{site}">होम</a></span><i class="fa fa-angle-right"></i><span class=""><a href="{site}/rajya/">राज्य</a></span><i class="fa fa-angle-right"></i><span class="breadcrumb_last_link"><a href="{site}/sarsapur/">सरसपुर</a></span></div></div>
<div class="entry-header">
<h1 class="jeg_post_title">{e(art["title"])}</h1>
<h2 class="jeg_post_subtitle">जिलाधिकारी का आदेश: कक्षा 9 से 12 तक की कक्षाएं दोपहर 12 बजे तक, 15 मई तक लागू रहेगा नया समय</h2>
<div class="jeg_meta_container"><div class="jeg_post_meta jeg_post_meta_1"><div class="meta_left"><div class="jeg_meta_author"><img alt="{e(art["author"])}" src="https://secure.gravatar.example/avatar/5a1f?s=80&amp;d=mm&amp;r=g" class="avatar avatar-80 photo" height="80" width="80" decoding="async"><span class="meta_text">द्वारा</span> <a href="{site}/author/sandeep/">{e(art["author"])}</a></div><div class="jeg_meta_date"><a href="{url}">अप्रैल 22, 2025</a></div><div class="jeg_meta_category"><span><span class="meta_text">में</span> <a href="{site}/sarsapur/" rel="category tag">सरसपुर</a><span class="category-separator">, </span><a href="{site}/shiksha/" rel="category tag">शिक्षा</a></span></div></div><div class="meta_right"><div class="jeg_meta_comment"><a href="{url}#comments"><i class="fa fa-comment-o"></i> 2</a></div></div></div></div>
</div>
<div class="jeg_featured featured_image"><a href="{up}/school-children-heat-sarsapur.jpg"><div class="thumbnail-container animate-lazy" style="padding-bottom:56.25%"><img width="750" height="422" src="{up}/school-children-heat-sarsapur-750x422.jpg" class="attachment-jnews-750x422 size-jnews-750x422 lazyautosizes lazyloaded wp-post-image" alt="" decoding="async"></div></a><p class="wp-caption-text">छुट्टी के बाद धूप में घर लौटते स्कूली बच्चे। (प्रतीकात्मक तस्वीर)</p></div>
<div class="jeg_share_top_container"><div class="jeg_share_button clearfix"><div class="jeg_share_stats"><div class="jeg_share_count"><div class="counts">214</div><span class="sharetext">SHARES</span></div><div class="jeg_views_count"><div class="counts">3.1k</div><span class="sharetext">VIEWS</span></div></div>{share}<div class="jeg_share_overlay"></div></div></div>
<div class="jeg_ad jeg_article jnews_content_top_ads "><div class='ads-wrapper  '></div></div>
<div class="entry-content no-share">
<div class="jeg_share_button share-float jeg_sticky_share clearfix share-monocrhome"><div class="jeg_share_float_container"></div></div>
<div class="content-inner ">
{body}
</div>
<div class="jeg_post_tags"><span>Tags:</span> <a href="{site}/tag/garmi/" rel="tag">गर्मी</a><a href="{site}/tag/school-timing/" rel="tag">स्कूल का समय</a><a href="{site}/tag/lu/" rel="tag">लू</a><a href="{site}/tag/sarsapur-news/" rel="tag">सरसपुर न्यूज़</a></div>
</div>
<div class="jeg_share_bottom_container"><div class="jeg_share_button share-bottom clearfix">{share}</div></div>
<div class="jeg_ad jeg_article jnews_content_bottom_ads "><div class='ads-wrapper  '></div></div>
<div class="jnews_prev_next_container"><div class="jeg_prevnext_post"><a href="{site}/mandi-wheat-purchase-target/" class="post prev-post"><span class="caption">पिछली खबर</span><h3 class="post-title">गेहूं खरीद: सरसपुर मंडी में अब तक 62 हजार क्विंटल की खरीद</h3></a><a href="{site}/railway-overbridge-work-starts/" class="post next-post"><span class="caption">अगली खबर</span><h3 class="post-title">स्टेशन रोड पर रेलवे ओवरब्रिज का काम शुरू, एक महीने तक रूट बदला</h3></a></div></div>
<div class="jnews_author_box_container "><div class="jeg_authorbox"><div class="jeg_author_image"><img alt="{e(art["author"])}" src="https://secure.gravatar.example/avatar/5a1f?s=80&amp;d=mm&amp;r=g" class="avatar avatar-80 photo" height="80" width="80" loading="lazy" decoding="async"></div><div class="jeg_author_content"><h3 class="jeg_author_name"><a href="{site}/author/sandeep/">{e(art["author"])}</a></h3><p class="jeg_author_desc">संदीप चौहान सरसपुर टाइम्स में वरिष्ठ संवाददाता हैं और शिक्षा व स्वास्थ्य से जुड़ी खबरें लिखते हैं।</p><div class="jeg_author_socials"><a target="_blank" href="https://x.com/sandeep_sarsapur" class="twitter"><i class="fa fa-twitter"></i></a></div></div></div></div>
<div class="jnews_related_post_container"><div class="jeg_postblock_9 jeg_postblock jeg_module_hook jeg_pagination_disable jeg_col_2o3 jnews_module_48213_1_680755e1bd0f2"><div class="jeg_block_heading jeg_block_heading_6 jeg_subcat_right"><h3 class="jeg_block_title"><span>संबंधित<strong> खबरें</strong></span></h3></div><div class="jeg_block_container"><div class="jeg_posts_wrap"><div class="jeg_posts jeg_load_more_flag">{related}</div></div></div></div></div>
<div class="jnews_popup_post_container"></div>
<div class="jnews_comment_container"><div id="comments" class="comment-wrapper section"><div class="jeg_commentlist_container"><h3 class="comment-heading">2 टिप्पणियाँ</h3><div class="jeg_commentlist_wrapper"><ol class="commentlist">{comments}</ol></div></div>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">एक जवाब दें <small><a rel="nofollow" id="cancel-comment-reply-link" href="{url}#respond" style="display:none;">जवाब रद्द करें</a></small></h3><form action="{site}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">आपका ईमेल पता प्रकाशित नहीं किया जाएगा.</span> <span class="required-field-message">आवश्यक फ़ील्ड चिह्नित हैं <span class="required">*</span></span></p><p class="comment-form-comment"><label for="comment">टिप्पणी <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p><p class="comment-form-author"><label for="author">नाम <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required></p><p class="comment-form-email"><label for="email">ईमेल <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" autocomplete="email" required></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="टिप्पणी करें"> <input type="hidden" name="comment_post_ID" value="48213" id="comment_post_ID"> <input type="hidden" name="comment_parent" id="comment_parent" value="0"></p></form></div>
</div></div>
</div></div>
<div class="jeg_sidebar col-md-4 jeg_sticky_sidebar"><div class="jegStickyHolder"><div class="theiaStickySidebar">
<div class="widget widget_jnews_module_block_5" id="jnews_module_block_5-2"><div class="jeg_postblock_5 jeg_postblock jeg_module_hook"><div class="jeg_block_heading jeg_block_heading_6 jeg_subcat_right"><h3 class="jeg_block_title"><span>ताज़ा खबरें</span></h3></div><div class="jeg_block_container"><div class="jeg_posts jeg_load_more_flag">{latest}</div></div></div></div>
<div class="widget widget_jnews_social_counter"><div class="jeg_block_heading jeg_block_heading_6"><h3 class="jeg_block_title"><span>हमसे जुड़ें</span></h3></div><ul class="jeg_social_counter"><li class="jeg_facebook"><a href="https://facebook.example/sarsapurtimes"><i class="fa fa-facebook"></i><span>48K</span><span>Fans</span></a></li><li class="jeg_youtube"><a href="https://youtube.example/sarsapurtimes"><i class="fa fa-youtube-play"></i><span>126K</span><span>Subscribers</span></a></li></ul></div>
<div class="widget widget_jnews_module_element_ads"><div class='jeg_ad jnews_module_ads'><div class='ads-wrapper  '><a href='{site}/go/hospital' rel="noopener" class='adlink ads_image '><img src='{up}/hospital-300x250.jpg' alt='' width="300" height="250"></a></div></div></div>
</div></div></div>
</div>
</div></div></div></div>
<div class="footer-holder" id="footer"><div class="jeg_footer jeg_footer_1 dark"><div class="jeg_footer_container jeg_container"><div class="jeg_footer_content"><div class="container"><div class="row"><div class="jeg_footer_primary clearfix"><div class="col-md-4 footer_column"><div class="footer_widget widget_jnews_about"><div class="jeg_about"><a class="footer_logo" href="{site}"><img class="lazyload" src="{site}/wp-content/uploads/2023/08/sarsapur-times-logo-white.png" alt="सरसपुर टाइम्स" width="240" height="56"></a><p>सरसपुर टाइम्स सरसपुर और आसपास के जिलों की ताज़ा खबरें, शिक्षा, खेती-किसानी और खेल की रिपोर्ट आप तक पहुंचाता है।</p></div></div></div><div class="col-md-4 footer_column"><div class="footer_widget widget_nav_menu"><div class="jeg_footer_heading jeg_footer_heading_1"><h3 class="jeg_footer_title"><span>श्रेणियां</span></h3></div><div class="menu-footer-container"><ul class="menu"><li><a href="{site}/desh/">देश</a></li><li><a href="{site}/sarsapur/">सरसपुर</a></li><li><a href="{site}/khel/">खेल</a></li></ul></div></div></div></div></div>
<div class="jeg_footer_secondary clearfix"><div class="footer_right"><ul class="jeg_menu_footer"><li><a href="{site}/about-us/">हमारे बारे में</a></li><li><a href="{site}/contact/">संपर्क करें</a></li><li><a href="{site}/privacy-policy/">गोपनीयता नीति</a></li><li><a href="{site}/disclaimer/">अस्वीकरण</a></li></ul></div><p class="copyright">© 2025 सरसपुर टाइम्स - सर्वाधिकार सुरक्षित।</p></div>
</div></div></div></div></div></div>
<div class="jscroll-to-top"><a href="#back-to-top" class="jscroll-to-top_link"><i class="fa fa-angle-up"></i></a></div>
<script type="text/javascript" id="jnews-frontend-js-extra">var jnewsoption = {{"login_reload":"{url}","popup_script":"magnific","single_gallery":"","ismobile":"","isie":"","sidefeed_ajax":"","language":"hi_IN","module_prefix":"jnews_module_ajax_","live_search":"1","postid":"48213","isblog":"1","admin_bar":"0","follow_video":"","follow_position":"top_right","rtl":"0","gif":"","lang":{{"invalid_recaptcha":"Invalid Recaptcha!","empty_username":"Please enter your username!"}}}};</script>
<script type="text/javascript" src="{site}/wp-content/themes/jnews/assets/dist/frontend.min.js?ver=11.6.3" id="jnews-frontend-js"></script>"""
    head = f"""<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1">
<meta name="description" content="लगातार बढ़ती गर्मी को देखते हुए सरसपुर जिला प्रशासन ने सभी सरकारी और निजी स्कूलों का समय बदल दिया है।">
<meta property="article:published_time" content="{art["date"]}T10:35:12+05:30">
<meta property="article:modified_time" content="{art["date"]}T11:02:48+05:30">
<meta name="generator" content="WordPress 6.7.2">
<link rel="stylesheet" id="jnews-frontend-css" href="{site}/wp-content/themes/jnews/assets/dist/frontend.min.css?ver=11.6.3" type="text/css" media="all">
<link rel="stylesheet" id="jnews-style-css" href="{site}/wp-content/themes/jnews/style.css?ver=11.6.3" type="text/css" media="all">
<script async src="https://pagead2.googlesyndication.example/pagead/js/adsbygoogle.js?client=ca-pub-0000000000000000" crossorigin="anonymous"></script>
"""
    return page(
        art,
        "सरसपुर टाइम्स",
        url,
        content,
        "hi-IN",
        head=head,
        body_attrs=' class="post-template-default single single-post postid-48213 single-format-standard wp-embed-responsive jeg_toggle_light jeg_single_tpl_1 jnews jsc_normal"',
        sep=" - ",
    )


def lowgerman(art):
    """Contao: ``mod_newsreader`` > ``layout_full`` with content elements."""
    ps = art["paragraphs"]
    n = len(ps)
    base = "https://www.plattkring-oosterwisch.example/"

    def text(start, stop):
        return '<div class="ce_text block">\n' + paras(art, start=start, stop=stop) + "\n</div>"

    def headline(i):
        return f'<h2 class="ce_headline">\n  {e(ps[i][3:])}</h2>'

    image = '<div class="ce_image block">\n<figure class="image_container float_above">\n<a href="files/plattkring/narichten/2025/wettstriet-kreis-lena.jpg" data-lightbox="cbb8d1">\n<img src="assets/images/7/wettstriet-kreis-lena-4f1e0c2a.jpg" width="800" height="533" alt="Lena Harms bi dat Vörlesen in de Aula">\n</a>\n<figcaption class="caption">Lena Harms bi dat Vörlesen in de Aula vun\'t Gymnasium. (Foto: Plattdüütsch Kring)</figcaption>\n</figure>\n</div>'
    infobox = '<div class="ce_text infobox block">\n<h3>Wat is de Vörleeswettstriet?</h3>\n<p>De Plattdüütsch Vörleeswettstriet warrt siet mehr as 50 Johr alle twee Johr för Schölers vun de Klass 3 bit 13 utricht.</p>\n<p>Eerst leest de Kinner in ehr School, denn op Kreis- un toletzt op Landsebeen.</p>\n</div>'
    download = '<div class="ce_download block">\n<p class="download-element ext-pdf">\n<a href="narichten/vorleeswettstriet-2025.html?file=files/plattkring/wettstriet/resultaten-kreisentscheid-2025.pdf" title="De Datei resultaten-kreisentscheid-2025.pdf rünnerladen" type="application/pdf">All Resultaten vun\'n Kreisentscheid <span class="size">(84,2 KiB)</span></a>\n</p>\n</div>'
    gallery_items = "".join(
        f'<li class="row_0 row_first row_last even col_{i}{" col_first" if i == 0 else ""}{" col_last" if i == 2 else ""}">\n<figure class="image_container">\n<a href="files/plattkring/narichten/2025/{f}.jpg" data-lightbox="lb45">\n<img src="assets/images/{h}/{f}-{k}.jpg" width="260" height="173" alt="">\n</a>\n</figure>\n</li>\n'
        for i, (f, h, k) in enumerate(
            [
                ("wettstriet-kreis-jury", "2", "a0c11e93"),
                ("wettstriet-kreis-aula", "c", "51f2d7b0"),
                ("wettstriet-kreis-winners", "e", "9d03b6f4"),
            ]
        )
    )
    gallery = f'<div class="ce_gallery block">\n<ul class="cols_3">\n{gallery_items}</ul>\n</div>'
    article_html = "\n".join(
        [
            text(0, 2),
            image,
            text(2, 3),
            headline(3),
            text(4, 7),
            infobox,
            headline(7),
            text(8, n),
            download,
            gallery,
        ]
    )
    comments = "".join(
        f'<div class="comment_default {cls}" id="c{cid}">\n<p class="info">Schreven vun {e(name)} | {when}</p>\n<div class="comment">\n<p>{e(text)}</p>\n</div>\n</div>\n'
        for cls, cid, name, when, text in [
            (
                "odd first",
                "7",
                "Hinnerk Ahlers",
                "18.03.2025 09:12",
                "Wat för en schöne Naricht! Ik heff sülvst as Kind bi den Wettstriet mitmaakt un dat nienich vergeten.",
            ),
            (
                "even last",
                "8",
                "Elke B.",
                "18.03.2025 20:47",
                "Veel Glück för Lena in Juni! Dat wi so veel junge Lüüd hebbt, de Platt leest, maakt Moot.",
            ),
        ]
    )
    events = "".join(
        f'<div class="event layout_list upcoming {cls}">\n<p class="time"><time datetime="{iso}">{d}</time></p>\n<h2><a href="termine/{slug}.html" title="{e(t)}">{e(t)}</a></h2>\n<p class="location">{e(loc)}</p>\n</div>\n'
        for cls, iso, d, slug, t, loc in [
            (
                "odd first",
                "2025-03-22T19:00:00+01:00",
                "22.03.2025, 19:00",
                "stammdisch-maerz",
                "Plattdüütsch Stammdisch",
                "Dörpskrog Süderwisch",
            ),
            (
                "even",
                "2025-04-05T19:30:00+02:00",
                "05.04.2025, 19:30",
                "theater-tante-frieda",
                "Theateravend: \u201eDe Hochtiet vun Tante Frieda\u201c",
                "Sporthall Oosterwisch",
            ),
            (
                "odd last",
                "2025-04-27T10:00:00+02:00",
                "27.04.2025, 10:00",
                "plattdueuetsch-gottsdeenst",
                "Plattdüütsch Gottsdeenst",
                "St.-Johannis-Kark",
            ),
        ]
    )
    news = "".join(
        f'<div class="layout_latest arc_2 block {cls}">\n<p class="info"><time datetime="{iso}">{d}</time></p>\n<h2><a href="narichten/{slug}.html" title="Den Artikel lesen: {e(t)}">{e(t)}</a></h2>\n<div class="teaser">\n<p>{e(x)}</p>\n</div>\n<p class="more"><a href="narichten/{slug}.html" title="Den Artikel lesen: {e(t)}">Wieder lesen …<span class="invisible"> {e(t)}</span></a></p>\n</div>\n'
        for cls, iso, d, slug, t, x in [
            (
                "first even",
                "2025-03-10T08:00:00+01:00",
                "10.03.2025",
                "nee-kurs-anfaengers",
                "Nee Plattdüütsch-Kurs för Anfängers",
                "Af April gifft dat in de Volkshoochschool Oosterwisch wedder en Kurs för all, de Platt lehren wüllt. Anmellen köönt ji jo bit to'n 28. März.",
            ),
            (
                "last odd",
                "2025-02-26T08:00:00+01:00",
                "26.02.2025",
                "speeldeel-soecht-verstaerkung",
                "Uns Speeldeel söcht Verstärkung",
                "För dat nee Stück söcht de Theatergrupp noch twee Mannslüüd un een Fro, de geern op de Bühn staht.",
            ),
        ]
    )
    content = f"""<div id="wrapper">
<header id="header"><div class="inside">
<div class="logo"><a href="./"><img src="files/plattkring/layout/logo-plattkring.svg" width="260" height="72" alt="Plattdüütsch Kring Oosterwisch e. V."></a></div>
<!-- indexer::stop -->
<nav class="mod_navigation block" itemscope itemtype="http://schema.org/SiteNavigationElement">
<a href="narichten/vorleeswettstriet-2025.html#skipNavigation1" class="invisible">Navigatschoon överspringen</a>
<ul class="level_1">
<li class="first"><a href="./" title="Start" class="first" itemprop="url"><span itemprop="name">Start</span></a></li>
<li><a href="oever-uns.html" title="Över uns" itemprop="url"><span itemprop="name">Över uns</span></a></li>
<li class="trail"><a href="narichten.html" title="Narichten" class="trail" itemprop="url"><span itemprop="name">Narichten</span></a></li>
<li><a href="termine.html" title="Termine" itemprop="url"><span itemprop="name">Termine</span></a></li>
<li><a href="platt-lehren.html" title="Platt lehren" itemprop="url"><span itemprop="name">Platt lehren</span></a></li>
<li class="last"><a href="kontakt.html" title="Kontakt" class="last" itemprop="url"><span itemprop="name">Kontakt</span></a></li>
</ul>
<span id="skipNavigation1" class="invisible"></span>
</nav>
<!-- indexer::continue -->
</div></header>
<div id="container">
<main id="main"><div class="inside">
<div class="mod_article first last block" id="article-12">
<!-- indexer::stop -->
<div class="mod_breadcrumb block">
<span class="breadcrumb-label">Du büst hier:</span>
<ul itemprop="breadcrumb" itemscope itemtype="http://schema.org/BreadcrumbList">
<li class="first" itemscope itemtype="http://schema.org/ListItem" itemprop="itemListElement"><a href="./" title="Start" itemprop="item"><span itemprop="name">Start</span></a><meta itemprop="position" content="1"></li>
<li itemscope itemtype="http://schema.org/ListItem" itemprop="itemListElement"><a href="narichten.html" title="Narichten" itemprop="item"><span itemprop="name">Narichten</span></a><meta itemprop="position" content="2"></li>
<li class="active last">{e(art["title"])}</li>
</ul>
</div>
<!-- indexer::continue -->
<div class="mod_newsreader block">
<div class="layout_full block">
<h1>{e(art["title"])}</h1>
<p class="info"><time datetime="{art["date"]}T18:30:00+01:00">17.03.2025 18:30</time> vun {e(art["author"])}</p>
{article_html}
</div>
<!-- indexer::stop -->
<div class="share-buttons"><span>Deel dat:</span> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.plattkring-oosterwisch.example%2Fnarichten%2Fvorleeswettstriet-2025.html" target="_blank" rel="noopener">Facebook</a> <a href="https://api.whatsapp.com/send?text=https%3A%2F%2Fwww.plattkring-oosterwisch.example%2Fnarichten%2Fvorleeswettstriet-2025.html" target="_blank" rel="noopener">WhatsApp</a> <a href="mailto:?subject=Plattd%C3%BC%C3%BCtsch%20V%C3%B6rleeswettstriet">E-Mail</a></div>
<p class="back"><a href="javascript:history.go(-1)" title="Trüch">Trüch</a></p>
<!-- indexer::continue -->
<div class="ce_comments block">
<h2>Kommentaren</h2>
{comments}<!-- indexer::stop -->
<div class="form">
<h3>Schriev en Kommentar</h3>
<form action="narichten/vorleeswettstriet-2025.html" id="com_tl_news_45" method="post">
<div class="formbody">
<input type="hidden" name="FORM_SUBMIT" value="com_tl_news_45">
<input type="hidden" name="REQUEST_TOKEN" value="f8P2zQ1Y7rL0vK3wN6mX9tB4cJ5dH2aE">
<div class="widget widget-text mandatory"><label for="ctrl_name" class="mandatory"><span class="invisible">Plichtfeld </span>Naam<span class="mandatory">*</span></label><input type="text" name="name" id="ctrl_name" class="text mandatory" value="" required maxlength="64"></div>
<div class="widget widget-text mandatory"><label for="ctrl_email" class="mandatory"><span class="invisible">Plichtfeld </span>E-Mail (warrt nich wiest)<span class="mandatory">*</span></label><input type="email" name="email" id="ctrl_email" class="text mandatory" value="" required maxlength="255"></div>
<div class="widget widget-textarea mandatory"><label for="ctrl_comment" class="mandatory"><span class="invisible">Plichtfeld </span>Kommentar<span class="mandatory">*</span></label><textarea name="comment" id="ctrl_comment" class="textarea mandatory" rows="4" cols="40" required></textarea></div>
<div class="widget widget-checkbox mandatory"><fieldset id="ctrl_notify" class="checkbox_container"><span><input type="checkbox" name="notify" id="opt_notify_0" class="checkbox" value="1"> <label id="lbl_notify_0" for="opt_notify_0">Mi över nee Kommentaren per E-Mail Bescheed geven</label></span></fieldset></div>
<div class="widget widget-submit"><button type="submit" id="ctrl_submit" class="submit">Kommentar afschicken</button></div>
</div>
</form>
<p class="moderation-note">Kommentaren warrt eerst na en Pröven vun uns freeschalt.</p>
</div>
<!-- indexer::continue -->
</div>
</div>
</div>
</div></main>
<aside id="right"><div class="inside">
<!-- indexer::stop -->
<div class="mod_eventlist block">
<h2>Termine</h2>
{events}</div>
<div class="mod_newslist block">
<h2>Annere Narichten</h2>
{news}</div>
<!-- indexer::continue -->
<div class="ce_text membership-box block">
<h2>Liddmaat warrn</h2>
<p>Du snackst geern Platt oder wullt dat lehren? Denn warr Liddmaat in'n Plattdüütsch Kring Oosterwisch – de Bidrag is 24 Euro in't Johr.</p>
<p><a href="liddmaat-warrn.html" class="btn">Hier anmellen</a></p>
</div>
</div></aside>
</div>
<footer id="footer"><div class="inside">
<p>© 2025 Plattdüütsch Kring Oosterwisch e. V. · <a href="impressum.html">Impressum</a> · <a href="datenschutz.html">Datenschutz</a></p>
<p>Uns Arbeit warrt ünnerstütt vun de Kulturstiftung vun'n Landkreis un de Sparkass Oosterwisch.</p>
</div></footer>
</div>
<!-- indexer::stop -->
<div class="contao-cookiebar cc-middle cc-blocked" role="complementary" aria-describedby="cookiebar-desc" data-nosnippet>
<div class="cc-inner" aria-live="assertive" role="alert">
<div id="cookiebar-desc" class="cc-head">
<h3>Cookie-Instellungen</h3>
<p>Wi bruukt Cookies, dormit uns Websteed good löppt. Anner Cookies helpt uns, de Siet beter to maken. Du kannst sülvst utsöken, wat du tolaten wullt.</p>
</div>
<div class="cc-footer highlight">
<button class="cc-btn save" data-save>Utwahl spiekern</button>
<button class="cc-btn success" data-accept-all>All annehmen</button>
<button class="cc-btn deny" data-deny-all>Blots nödige Cookies</button>
</div>
<div class="cc-info"><a href="impressum.html">Impressum</a><a href="datenschutz.html">Datenschutz</a></div>
</div>
</div>
<!-- indexer::continue -->
<script src="assets/jquery/js/jquery.min.js?v=3.7.1"></script>
<script src="bundles/contaocookiebar/scripts/cookiebar.min.js?v=1f7c0a2b"></script>
<script>var cookiebar = new ContaoCookiebar({{configId:1,pageId:1,hideOnInit:0,blocking:1,focusTrap:1,version:1,lifetime:63072000,consentLog:0,token:'ccb_contao_token',doNotTrack:0,currentPageId:12,excludedPageIds:null,cookies:{{"3":{{"id":3,"type":"script","checked":false,"token":null,"resources":[],"priority":0,"scripts":[]}}}},configs:[],disableTracking:0,texts:{{acceptAndDisplay:'Akzeptieren und anzeigen'}}}});</script>"""
    head = f"""<base href="{base}">
<meta name="robots" content="index,follow">
<meta name="description" content="46 Schölers hebbt bi den Kreisentscheid vun den Plattdüütsch Vörleeswettstriet in Oosterwisch vörleest.">
<meta name="generator" content="Contao Open Source CMS">
<link rel="stylesheet" href="assets/css/layout.min.css,responsive.min.css,colorbox.min.css,cookiebar_default.css-4a8c2e91.css">
<link rel="stylesheet" href="files/plattkring/layout/plattkring.css?v=7b1e2a0f">
"""
    return page(
        art,
        "Plattdüütsch Kring Oosterwisch e. V.",
        f"{base}narichten/vorleeswettstriet-2025.html",
        content,
        "nds",
        head=head,
        body_attrs=' id="top" class="news-detail"',
        sep=" - ",
    )


def belarusian(art):
    """Tilda: the page a run of ``t-rec`` records (text, title, image, button blocks)."""
    ps = art["paragraphs"]
    site = "https://paleski-vesnik.example"
    tcdn = "https://static.tildacdn.example"
    rec_ids = iter(range(761204331, 761204400))

    def rec(inner, rtype, pt=0, pb=30, extra=""):
        rid = next(rec_ids)
        return f'<div id="rec{rid}" class="r t-rec t-rec_pt_{pt} t-rec_pb_{pb}" style="padding-top:{pt}px;padding-bottom:{pb}px;"{extra} data-record-type="{rtype}">\n{inner}\n</div>'

    def text_rec(start, stop, italic=False):
        parts = [e(x) for x in ps[start:stop]]
        if italic:
            parts = [f"<em>{x}</em>" for x in parts]
        inner = (
            '<!-- T004 -->\n<div class="t004"><div class="t-container "><div class="t-col t-col_8 t-prefix_2"><div class="t-text t-text_md " field="text">'
            + "<br /><br />".join(parts)
            + "</div></div></div></div>"
        )
        return rec(inner, 106, 0, 30)

    def title_rec(i):
        inner = f'<!-- T030 -->\n<div class="t030"><div class="t-container t-align_left"><div class="t-col t-col_8 t-prefix_2"><div class="t030__title t-title t-title_xxs" field="title">{e(ps[i][3:])}</div></div></div></div>'
        return rec(inner, 30, 30, 15)

    def image_rec(src, alt, caption):
        inner = f'<!-- T107 -->\n<div class="t107"><div class="t-align_center" itemscope itemtype="http://schema.org/ImageObject"><meta itemprop="image" content="{tcdn}/{src}"><img class="t-img t-width t107__widthauto" src="https://thb.tildacdn.example/{src.replace("/", "/-/resize/20x/", 1)}" data-original="{tcdn}/{src}" imgfield="img" alt="{e(alt)}"></div></div>\n<div class="t-container"><div class="t-col t-col_8 t-prefix_2"><div class="t-text t-text_xs" field="text" style="color:#8a8a8a;">{caption}</div></div></div>'
        return rec(inner, 107, 15, 30)

    def btn(href, label):
        return f'<a href="{href}" target="_blank" class="t-btn t-btn_md" style="color:#ffffff;background-color:#2c5e3f;border-radius:6px;"><table role="presentation" style="width:100%; height:100%;"><tbody><tr><td>{label}</td></tr></tbody></table></a>'

    menu = "".join(
        f'<li class="t228__list_item" style="padding:0 15px;"><a class="t-menu__link-item" href="{h}" data-menu-submenu-hook="" data-menu-item-number="{i}">{t}</a></li>'
        for i, (h, t) in enumerate(
            [
                ("/navіny", "Навіны"),
                ("/historyi", "Гісторыі"),
                ("/foto", "Фота"),
                ("/pra-nas", "Пра нас"),
            ],
            1,
        )
    )
    also = rec(
        f'<!-- T004 -->\n<div class="t004"><div class="t-container "><div class="t-col t-col_8 t-prefix_2"><div class="t-text t-text_md " field="text"><strong>Чытайце таксама:</strong> <a href="{site}/news/zhuravy-2024" style="color:#2c5e3f !important;">Жураўлі вярнуліся на Рачыцкае балота на тыдзень раней</a></div></div></div></div>',
        106,
        0,
        30,
    )
    donate = rec(
        f'<!-- T142 -->\n<div class="t-container t-align_center"><div class="t-col t-col_8 t-prefix_2" style="background:#f1f5ef;padding:30px;border-radius:12px;"><div class="t-title t-title_xs" field="title">Незалежная журналістыка патрабуе падтрымкі</div><div class="t-descr t-descr_sm" field="descr">Мы пішам пра Палессе без цэнзуры і без рэкламы ад улад. Калі вам важныя нашы тэксты, падтрымайце рэдакцыю штомесячным данатам.</div><div class="t-btnwrapper">{btn(site + "/padtrymka", "Падтрымаць")}</div></div></div>',
        142,
        30,
        30,
    )
    tg = rec(
        f'<!-- T142 -->\n<div class="t-container t-align_center"><div class="t-col t-col_8 t-prefix_2"><div class="t-descr t-descr_sm" field="descr">Падпісвайцеся на наш Telegram-канал, каб першымі даведвацца пра навіны Палесся.</div><div class="t-btnwrapper">{btn("https://t.me/paleski_vesnik", "Падпісацца")}</div></div></div>',
        142,
        0,
        30,
    )
    share = rec(
        '<!-- T-share -->\n<div class="t-container"><div class="t-col t-col_8 t-prefix_2"><div class="t-share"><div class="t-share__title t-name t-name_xs">Падзяліцца</div><div class="t-share__buttons"><a class="t-share__item t-share__item_facebook" href="https://www.facebook.com/sharer.php?u=https%3A%2F%2Fpaleski-vesnik.example%2Fnews%2Fbusly-2025" target="_blank" rel="nofollow noopener" aria-label="Facebook"><div class="t-share__icon"><svg viewBox="0 0 24 24" width="24" height="24"><path d="M14 8V6c0-.8.5-1 1-1h2V2h-3c-3 0-4 2-4 4v2H8v3h2v9h4v-9h3l.5-3z"/></svg></div></a><a class="t-share__item t-share__item_telegram" href="https://t.me/share/url?url=https%3A%2F%2Fpaleski-vesnik.example%2Fnews%2Fbusly-2025" target="_blank" rel="nofollow noopener" aria-label="Telegram"><div class="t-share__icon"><svg viewBox="0 0 24 24" width="24" height="24"><path d="M21 3 2 11l6 2 2 7 3-4 5 4z"/></svg></div></a><a class="t-share__item t-share__item_x" href="https://x.com/intent/tweet?url=https%3A%2F%2Fpaleski-vesnik.example%2Fnews%2Fbusly-2025" target="_blank" rel="nofollow noopener" aria-label="X"><div class="t-share__icon"><svg viewBox="0 0 24 24" width="24" height="24"><path d="M3 3h5l13 18h-5z"/></svg></div></a></div></div></div></div>',
        "t-share",
        0,
        45,
    )
    cards = "".join(
        f'<div class="t-card__col t-card__col_withoutbtn t-col t-col_4 t-align_left"><a href="{site}/news/{slug}" class="t-card__link"><div class="t-card__imgwrapper"><div class="t-card__bgimg t-bgimg" data-original="{tcdn}/{img}" style="background-image:url(\'https://thb.tildacdn.example/{img.replace("/", "/-/resizeb/20x/", 1)}\');"></div></div><div class="t-card__textwrapper"><div class="t-card__title t-name t-name_md" field="li_title__{k}">{e(t)}</div><div class="t-card__descr t-descr t-descr_xxs" field="li_descr__{k}">{e(d)}</div></div></a></div>'
        for slug, img, k, t, d in [
            (
                "zhuravy-2024",
                "tild3861-6264-4d35-b961-336430353066/zhuravy.jpg",
                "1723451170000",
                "Жураўлі вярнуліся на Рачыцкае балота на тыдзень раней",
                "Арнітолагі звязваюць ранні прылёт з цёплым сакавіком і ўжо налічылі на балоце каля трохсот птушак.",
            ),
            (
                "rechka-vuzlovaja",
                "tild6532-3963-4b61-a431-623562313238/rechka.jpg",
                "1723451170001",
                "Рэчка Вузлавая зноў перасыхае",
                "Жыхары трох вёсак кажуць, што за апошнія гады рака стала вузейшай на некалькі метраў.",
            ),
            (
                "muzei-vyshyvanki",
                "tild3338-3762-4632-b437-376130623533/muzei.jpg",
                "1723451170002",
                "У Рачыцах адкрыўся музей палескай вышыванкі",
                "Больш за дзвесце ручнікоў і кашуль сабралі мясцовыя настаўніцы за дваццаць гадоў.",
            ),
        ]
    )
    related = rec(
        f'<!-- T776 -->\n<div class="t776"><div class="t-section__container t-container"><div class="t-col t-col_12"><div class="t-section__topwrapper t-align_left"><div class="t-section__title t-title t-title_xs" field="btitle">Іншыя навіны</div></div></div></div><div class="t-card__container t-container">{cards}</div></div>',
        776,
        45,
        60,
    )
    footer = rec(
        f'<!-- T420 -->\n<div class="t420"><div class="t-container"><div class="t420__col t-col t-col_4"><div class="t420__floatbeaker_lr3"><div class="t420__title t-name t-name_xs" field="title">Палескі веснік</div><div class="t420__descr t-descr t-descr_xxs" field="descr">Незалежнае рэгіянальнае выданне пра жыццё Палесся. Пішам па-беларуску з 2017 года.<br />© 2025 Палескі веснік</div></div></div><div class="t420__col t-col t-col_4"><div class="t420__title t-name t-name_xs" field="title2">Рэдакцыя</div><div class="t420__descr t-descr t-descr_xxs" field="descr2"><a href="mailto:redakcyja@paleski-vesnik.example">redakcyja@paleski-vesnik.example</a><br /><a href="{site}/pra-nas">Пра нас</a><br /><a href="{site}/privacy">Палітыка прыватнасці</a></div></div><div class="t420__col t-col t-col_4"><div class="t420__title t-name t-name_xs" field="title3">Сачыце за намі</div><div class="t420__descr t-descr t-descr_xxs" field="descr3"><a href="https://t.me/paleski_vesnik">Telegram</a><br /><a href="https://instagram.example/paleski_vesnik">Instagram</a><br /><a href="https://youtube.example/paleski_vesnik">YouTube</a></div></div></div></div>',
        420,
        60,
        45,
        extra=' data-animationappear="off"',
    )
    cookie = rec(
        '<!-- T657 -->\n<div class="t657" style="position:fixed;bottom:0;"><div class="t657__wrapper t657__wrapper_hidden"><div class="t657__text t-descr t-descr_xs" field="text">Мы выкарыстоўваем файлы cookie, каб сайт працаваў лепш. Працягваючы карыстацца сайтам, вы згаджаецеся з <a href="/privacy">палітыкай прыватнасці</a>.</div><button type="button" class="t657__btn t-btn t-btn_xs t657__btn_close" style="color:#ffffff;background-color:#2c5e3f;"><span class="t657__btn-text">Добра</span></button></div></div>',
        657,
        0,
        0,
    )
    records = "\n".join(
        [
            rec(
                '<!-- T004 -->\n<div class="t004"><div class="t-container "><div class="t-col t-col_8 t-prefix_2"><div class="t-text t-text_xs " field="text" style="color:#2c5e3f;text-transform:uppercase;letter-spacing:1px;">Прырода · 12 жніўня 2025</div></div></div></div>',
                106,
                60,
                15,
            ),
            rec(
                f'<!-- T017 -->\n<div class="t017"><div class="t-container t-align_left"><div class="t-col t-col_8 t-prefix_2"><h1 class="t017__title t-title t-title_md" field="title">{e(art["title"])}</h1><div class="t017__descr t-descr t-descr_md" field="descr">Валанцёры абышлі больш за 120 вёсак і налічылі 847 гнёздаў. Але птушанят сёлета менш, чым звычайна.</div></div></div></div>',
                30,
                0,
                15,
            ),
            rec(
                f'<!-- T004 -->\n<div class="t004"><div class="t-container "><div class="t-col t-col_8 t-prefix_2"><div class="t-text t-text_xs " field="text" style="color:#7a7a7a;">Тэкст: {e(art["author"])}<br />Фота: Алесь Шчыглоў</div></div></div></div>',
                106,
                0,
                30,
            ),
            image_rec(
                "tild6134-3464-4c39-a562-396434666330/busly_rachycy.jpg",
                "Бусел у гняздзе на слупе",
                "Гняздо на слупе каля вёскі Рачыцы. Фота: Алесь Шчыглоў",
            ),
            text_rec(0, 3),
            also,
            title_rec(3),
            text_rec(4, 7),
            image_rec(
                "tild3964-6462-4133-b738-623161363437/vezha.jpg",
                "Воданапорная вежа з чатырма гнёздамі",
                "Старая воданапорная вежа ў Рачыцах, на якой жывуць чатыры сям'і буслоў. Фота: Алесь Шчыглоў",
            ),
            title_rec(7),
            text_rec(8, 10),
            text_rec(10, 11, italic=True),
            donate,
            tg,
            share,
            related,
        ]
    )
    content = f"""<!--allrecords-->
<div id="allrecords" class="t-records" data-hook="blocks-collection-content-node" data-tilda-project-id="8123456" data-tilda-page-id="51234567" data-tilda-page-alias="news/busly-2025" data-tilda-formskey="5b0a1e2f3c4d5e6f7a8b9c0d1e2f3a4b" data-tilda-lazy="yes" data-tilda-root-zone="com" data-tilda-project-headcode="yes">
<!--header-->
<header id="t-header" class="t-records" data-hook="blocks-collection-content-node" data-tilda-project-id="8123456" data-tilda-page-id="41234560" data-tilda-formskey="5b0a1e2f3c4d5e6f7a8b9c0d1e2f3a4b" data-tilda-lazy="yes" data-tilda-root-zone="com">
<div id="rec612000001" class="r t-rec" style=" " data-animationappear="off" data-record-type="257">
<!-- T228 -->
<div id="nav612000001marker"></div>
<div class="tmenu-mobile"><div class="tmenu-mobile__container"><div class="tmenu-mobile__text t-name t-name_md" field="menu_mob_title">Палескі веснік</div><button type="button" class="t-menuburger t-menuburger_first" aria-label="Навігацыйнае меню" aria-expanded="false"><span style="background-color:#000;"></span><span style="background-color:#000;"></span><span style="background-color:#000;"></span><span style="background-color:#000;"></span></button></div></div>
<div id="nav612000001" class="t228 t228__positionstatic tmenu-mobile__menucontent_hidden" style="background-color: rgba(255,255,255,1); height:80px;" data-bgcolor-hex="#ffffff" data-bgcolor-rgba="rgba(255,255,255,1)" data-navmarker="nav612000001marker" data-appearoffset="" data-bgopacity-two="" data-menushadow="" data-menushadow-css="" data-bgopacity="1" data-menu-items-align="center" data-menu="yes"><div class="t228__maincontainer" style="height:80px;">
<div class="t228__leftside"><div class="t228__leftcontainer"><a href="/" class="t228__imgwrapper"><img src="{tcdn}/tild3436-3331-4334-b733-613064356130/logo.svg" class="t228__imglogo t228__imglogomobile" imgfield="img" style="max-width: 160px; width: 160px; min-width: 160px; height: auto; display: block;" alt="Палескі веснік"></a></div></div>
<div class="t228__centerside"><nav class="t228__centercontainer"><ul role="list" class="t228__list t-menu__list t228__list_hidden">{menu}</ul></nav></div>
<div class="t228__rightside"><div class="t228__rightcontainer"><div class="t228__right_buttons"><div class="t228__right_buttons_wrap"><div class="t228__right_buttons_but">{btn(site + "/padtrymka", "Падтрымаць")}</div></div></div></div></div>
</div></div>
</div>
</header>
<!--/header-->
{records}
{cookie}
<!--footer-->
<footer id="t-footer" class="t-records" data-hook="blocks-collection-content-node" data-tilda-project-id="8123456" data-tilda-page-id="41234561" data-tilda-formskey="5b0a1e2f3c4d5e6f7a8b9c0d1e2f3a4b" data-tilda-lazy="yes" data-tilda-root-zone="com">
{footer}
</footer>
<!--/footer-->
</div>
<!--/allrecords-->
<!-- Tilda copyright. Don't remove this line --><div class="t-tildalabel " id="tildacopy" data-tilda-sign="8123456#51234567"><a href="https://tilda.cc/?upm=8123456" class="t-tildalabel__link"><div class="t-tildalabel__wrapper"><div class="t-tildalabel__txtleft">Made on </div><div class="t-tildalabel__wrapimg"><img src="{tcdn}/img/tildacopy.png" class="t-tildalabel__img" fetchpriority="low" alt=""></div><div class="t-tildalabel__txtright">Tilda</div></div></a></div>
<!-- Stat --><script type="text/javascript">if (! window.mainTracker) {{ window.mainTracker = 'tilda'; }} setTimeout(function(){{ (function (d, w, k, o, g) {{ var n=d.getElementsByTagName(o)[0],s=d.createElement(o),f=function(){{n.parentNode.insertBefore(s,n);}}; s.type = "text/javascript"; s.async = true; s.key = k; s.id = "tildastatscript"; s.src=g; if (w.opera=="[object Opera]") {{d.addEventListener("DOMContentLoaded", f, false);}} else {{ f(); }} }})(document, window, '7f3c1d9e2b4a6f8e0d1c3b5a7e9f2d4c','script','https://static.tildacdn.example/js/tilda-stat-1.0.min.js'); }}, 2000);</script>"""
    head = f"""<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<!--metatextblock-->
<meta name="description" content="Валанцёры абышлі больш за 120 вёсак і налічылі 847 гнёздаў белага бусла.">
<meta property="og:description" content="Валанцёры абышлі больш за 120 вёсак і налічылі 847 гнёздаў. Але птушанят сёлета менш, чым звычайна.">
<meta property="og:image" content="{tcdn}/tild6134-3464-4c39-a562-396434666330/busly_rachycy.jpg">
<!--/metatextblock-->
<meta name="format-detection" content="telephone=no">
<meta http-equiv="x-dns-prefetch-control" content="on">
<link rel="dns-prefetch" href="https://ws.tildacdn.example">
<link rel="dns-prefetch" href="https://static.tildacdn.example">
<link rel="stylesheet" href="{tcdn}/css/tilda-grid-3.0.min.css" type="text/css" media="all">
<link rel="stylesheet" href="/tilda-blocks-page51234567.min.css?t=1723451170" type="text/css" media="all">
<link rel="stylesheet" href="{tcdn}/css/tilda-cards-1.0.min.css" type="text/css" media="all">
<script src="{tcdn}/js/tilda-scripts-3.0.min.js" charset="utf-8" defer></script>
<script src="/tilda-blocks-page51234567.min.js?t=1723451170" charset="utf-8" async></script>
<script src="{tcdn}/js/tilda-menu-1.0.min.js" charset="utf-8" async></script>
"""
    return page(
        art,
        "Палескі веснік",
        f"{site}/news/busly-2025",
        content,
        "be",
        head=head,
        body_attrs=' class="t-body" style="margin:0;"',
        sep=" — ",
    )


def georgian(art):
    """django CMS with djangocms-blog: the post content placeholder in ``blog-content``."""
    ps = art["paragraphs"]
    n = len(ps)
    site = "https://velismatsne.example"
    media = "/media/filer_public_thumbnails/filer_public"

    def text(start, stop, extra=""):
        return paras(art, h="h3", start=start, stop=stop) + extra

    picture = f'<figure class="djangocms-picture"><picture class="img-fluid"><img src="{media}/5c/9e/5c9e1f4a-8b2d-4e6f-a1c3-7d9b0e2f4a61/qvevri-sakhelosno.jpg__800x533_q85_crop_subsampling-2_upscale.jpg" alt="ოსტატი და სტუდენტები სახელოსნოში" width="800" height="533" class="img-fluid"></picture><figcaption>ოსტატი ზურაბ კაპანაძე სტუდენტებს ქვევრის კედლის აშენებას ასწავლის. ფოტო: ლევან მაისურაძე</figcaption></figure>'
    also = f'<p><strong>ასევე წაიკითხეთ:</strong> <a href="{site}/ka/news/telavi-axalgazrda-meghvineebi/">თელავში ახალგაზრდა მეღვინეების ფესტივალი გაიმართება</a></p>'
    infobox = '<div class="card info-box"><div class="card-body"><h5 class="card-title">ცნობისთვის</h5><p class="card-text">ქვევრი თიხის დიდი ჭურჭელია, რომელშიც საქართველოში ათასწლეულების განმავლობაში ღვინოს აყენებენ.</p><p class="card-text">2013 წელს ქვევრში ღვინის დაყენების ტრადიციული ქართული მეთოდი იუნესკოს არამატერიალური კულტურული მემკვიდრეობის სიაში შევიდა.</p></div></div>'
    banner = '<div class="banner banner--inline"><span class="banner__label">რეკლამა</span><a href="/banners/click/27/" rel="nofollow sponsored" target="_blank"><img src="/media/banners/ghvinis-festivali-728x90.jpg" alt="" width="728" height="90"></a></div>'
    fb = '<p class="fb-follow"><a href="https://facebook.example/velismatsne" target="_blank" rel="noopener">გამოიწერეთ „ველის მაცნე“ Facebook-ზე</a> და პირველმა გაიგეთ ახალი ამბები.</p>'
    content_html = "\n".join(
        [
            text(0, 2),
            picture,
            text(2, 3, "\n" + also),
            text(3, 7),
            infobox,
            banner,
            text(7, n),
            fb,
        ]
    )
    related = "".join(
        f'<article id="post-{slug}" class="post-item"><header><h3><a href="{site}/ka/news/{slug}/">{e(t)}</a></h3><ul class="post-detail"><li>{d}</li></ul></header><div class="blog-visual"><img src="{media}/{img}__260x170_q85_crop_subsampling-2.jpg" alt="" width="260" height="170"></div><div class="blog-lead"><p>{e(x)}</p></div><footer class="read-more"><a href="{site}/ka/news/{slug}/">ვრცლად »</a></footer></article>'
        for slug, img, t, d, x in [
            (
                "telavi-axalgazrda-meghvineebi",
                "1a/2b/1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d/festivali.jpg",
                "თელავში ახალგაზრდა მეღვინეების ფესტივალი გაიმართება",
                "13.05.2025",
                "ფესტივალზე 40-მდე მცირე მარანი საკუთარ ღვინოს წარადგენს, შესვლა უფასო იქნება.",
            ),
            (
                "kurdznis-mosavlis-prognozi",
                "7e/8f/7e8f9a0b-1c2d-4e3f-8a4b-5c6d7e8f9a0b/venaxi.jpg",
                "ყურძნის მოსავლის წინასწარი პროგნოზი: წელს მოსავალი მეტი იქნება",
                "09.05.2025",
                "სოფლის მეურნეობის სამსახურის შეფასებით, ვენახების უმეტესობამ ზამთარი დაზიანების გარეშე გადაიტანა.",
            ),
            (
                "skolas-sportuli-darbazi",
                "c4/d5/c4d5e6f7-a8b9-4c0d-9e1f-2a3b4c5d6e7f/darbazi.jpg",
                "სოფლის სკოლას ახალი სპორტული დარბაზი აუშენდა",
                "06.05.2025",
                "დარბაზის მშენებლობა ექვს თვეში დასრულდა და მას მეზობელი სოფლების ბავშვებიც გამოიყენებენ.",
            ),
        ]
    )
    feed = "".join(
        f'<li><span class="time">{tm}</span> <a href="{site}/ka/news/{slug}/">{e(t)}</a></li>'
        for tm, slug, t in [
            ("15:20", "gza-gurjaani", "გურჯაანი-ველისციხის გზაზე სარემონტო სამუშაოები იწყება"),
            ("14:05", "bazari-fasebi", "ბოსტნეულის ფასები ადგილობრივ ბაზარზე დაიკლო"),
            ("12:40", "qvevris-skola-kvemo-ghviniet", art["title"]),
            ("11:15", "fekhburti-regioni", "რეგიონის ნაკრები ფეხბურთის ტურნირის ფინალში გავიდა"),
        ]
    )
    most = "".join(
        f'<li><a href="{site}/ka/news/{slug}/">{e(t)}</a><span class="views">{v}</span></li>'
        for slug, t, v in [
            ("gazi-sofelshi", "ხუთ სოფელს ბუნებრივი აირი ზაფხულამდე მიეწოდება", "4 210"),
            ("mastsavleblebi", "რაიონის სკოლებს 30 ახალი მასწავლებელი სჭირდება", "3 655"),
            ("sastumro-alazani", "ალაზნის ნაპირზე ახალი საოჯახო სასტუმრო გაიხსნა", "2 917"),
        ]
    )
    content = f"""<div class="topbar"><div class="container d-flex justify-content-between"><span class="topbar__date">ხუთშაბათი, 15 მაისი, 2025</span><span class="topbar__rates">USD 2.7412 · EUR 3.0815</span><span class="topbar__weather">თელავი +21°C</span>
<form id="language-chooser" class="language-chooser" action="/i18n/setlang/" method="post"><input type="hidden" name="csrfmiddlewaretoken" value="q1W2e3R4t5Y6u7I8o9P0aSdFgHjKlZxCvBnM1q2W3e4R5t6Y7u8I9o0P"><ul class="nav"><li class="lang active"><a href="/ka/news/qvevris-skola-kvemo-ghviniet/" class="active">ქარ</a></li><li class="lang"><a href="/en/news/qvevri-school-kvemo-ghviniet/">ENG</a></li></ul></form></div></div>
<header class="site-header"><div class="container"><a class="navbar-brand" href="/ka/"><img src="/static/img/velis-matsne-logo.svg" alt="ველის მაცნე" width="230" height="60"></a>
<nav class="navbar navbar-expand-lg"><button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#main-nav" aria-controls="main-nav" aria-expanded="false" aria-label="მენიუ"><span class="navbar-toggler-icon"></span></button><div class="collapse navbar-collapse" id="main-nav"><ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/ka/">მთავარი</a></li><li class="nav-item"><a class="nav-link" href="/ka/news/category/regioni/">რეგიონი</a></li><li class="nav-item active"><a class="nav-link active" href="/ka/news/category/sazogadoeba/">საზოგადოება</a></li><li class="nav-item"><a class="nav-link" href="/ka/news/category/ekonomika/">ეკონომიკა</a></li><li class="nav-item"><a class="nav-link" href="/ka/news/category/kultura/">კულტურა</a></li><li class="nav-item"><a class="nav-link" href="/ka/news/category/sporti/">სპორტი</a></li><li class="nav-item"><a class="nav-link" href="/ka/news/category/interviu/">ინტერვიუ</a></li><li class="nav-item"><a class="nav-link" href="/ka/video/">ვიდეო</a></li></ul>
<form class="d-flex search-form" action="/ka/search/" method="get"><input class="form-control" type="search" name="q" placeholder="ძიება" aria-label="ძიება"><button class="btn" type="submit">ძიება</button></form></div></nav></div></header>
<div class="banner banner--top container"><span class="banner__label">რეკლამა</span><a href="/banners/click/25/" rel="nofollow sponsored" target="_blank"><img src="/media/banners/bank-krediti-970x90.jpg" alt="" width="970" height="90"></a></div>
<main class="container"><div class="row">
<div class="col-lg-8 app-djangocms_blog">
<article id="post-qvevris-skola-kvemo-ghviniet" class="post-item post-detail">
<header>
<div class="post-category"><a href="/ka/news/category/sazogadoeba/">საზოგადოება</a></div>
<h1>{e(art["title"])}</h1>
<h3>დამწყები ოსტატები ერთი წლის განმავლობაში ხელობას სოფლის უხუცეს ოსტატებთან ისწავლიან</h3>
<ul class="post-detail"><li class="byline">ავტორი: <a href="/ka/news/author/tamar-japaridze/">{e(art["author"])}</a></li><li class="date">15.05.2025 | 12:40</li><li class="views">ნახვები: 1 842</li></ul>
</header>
<div class="blog-visual"><img src="{media}/3f/7a/3f7a2c91-6d4e-4b8a-9f1e-0c2d5a7b9e13/qvevrebi-marani.jpg__1000x560_q85_crop_subsampling-2_upscale.jpg" alt="ქვევრები ძველ მარანში" width="1000" height="560"><p class="blog-visual__caption">ქვევრები სკოლის შენობაში, ძველ მარანში. ფოტო: ლევან მაისურაძე</p></div>
<div class="blog-content">
{content_html}
</div>
<ul class="post-detail tags"><li class="tags-label">თეგები:</li><li><a href="/ka/news/tag/qvevri/" class="blog-tag">ქვევრი</a></li><li><a href="/ka/news/tag/ghvino/" class="blog-tag">ღვინო</a></li><li><a href="/ka/news/tag/xeloba/" class="blog-tag">ხელობა</a></li><li><a href="/ka/news/tag/ganatleba/" class="blog-tag">განათლება</a></li></ul>
<div class="share-buttons"><span>გაზიარება:</span><a href="https://www.facebook.com/sharer/sharer.php?u={site}/ka/news/qvevris-skola-kvemo-ghviniet/" target="_blank" rel="noopener" class="share-fb">Facebook</a><a href="https://x.com/intent/post?url={site}/ka/news/qvevris-skola-kvemo-ghviniet/" target="_blank" rel="noopener" class="share-x">X</a><a href="https://t.me/share/url?url={site}/ka/news/qvevris-skola-kvemo-ghviniet/" target="_blank" rel="noopener" class="share-tg">Telegram</a><button type="button" class="share-copy" data-url="{site}/ka/news/qvevris-skola-kvemo-ghviniet/">ბმულის კოპირება</button></div>
</article>
<section class="comments"><h2>კომენტარები</h2><div class="fb-comments" data-href="{site}/ka/news/qvevris-skola-kvemo-ghviniet/" data-width="100%" data-numposts="5"></div></section>
<section class="post-detail-list"><h2>მსგავსი სიახლეები</h2>{related}</section>
</div>
<aside class="col-lg-4 sidebar">
<div class="widget widget-feed"><h2>სიახლეების ლენტი</h2><ul>{feed}</ul><a class="all-news" href="/ka/news/">ყველა სიახლე</a></div>
<div class="banner banner--side"><span class="banner__label">რეკლამა</span><a href="/banners/click/26/" rel="nofollow sponsored" target="_blank"><img src="/media/banners/sastumro-300x250.jpg" alt="" width="300" height="250"></a></div>
<div class="widget widget-popular"><h2>ყველაზე კითხვადი</h2><ol>{most}</ol></div>
</aside>
</div></main>
<footer class="site-footer"><div class="container"><div class="row"><div class="col-md-6"><p>„ველის მაცნე“ — რეგიონული ონლაინგამოცემა. ვწერთ კახეთის სოფლებისა და ქალაქების ამბებს 2016 წლიდან.</p><p>მისამართი: თელავი, ერეკლე II-ის ქ. 14. ტელ.: +995 350 00 00 00</p></div><div class="col-md-6"><ul class="footer-links"><li><a href="/ka/chven-shesakheb/">ჩვენ შესახებ</a></li><li><a href="/ka/reklama/">რეკლამა საიტზე</a></li><li><a href="/ka/kontaqti/">კონტაქტი</a></li><li><a href="/ka/konfidencialuroba/">კონფიდენციალურობის პოლიტიკა</a></li></ul></div></div>
<p class="copyright">© 2025 ველის მაცნე. ყველა უფლება დაცულია. საიტზე განთავსებული მასალების გამოყენება დასაშვებია მხოლოდ წყაროს მითითებით.</p></div></footer>
<div id="fb-root"></div>
<script async defer crossorigin="anonymous" src="https://connect.facebook.example/ka_GE/sdk.js#xfbml=1&amp;version=v19.0"></script>
<script src="/static/js/main.8d1f3b2a.js"></script>"""
    head = f"""<meta name="description" content="სოფელ ქვემო ღვინიეთში ქვევრის დამზადების სკოლა გაიხსნა.">
<meta property="og:locale" content="ka_GE">
<meta property="article:published_time" content="{art["date"]}T12:40:00+04:00">
<link rel="alternate" hreflang="en" href="{site}/en/news/qvevri-school-kvemo-ghviniet/">
<link rel="stylesheet" href="/static/css/main.3f2a1c7e.css">
<link rel="stylesheet" href="/static/djangocms_blog/css/djangocms_blog.css">
"""
    return page(
        art,
        "ველის მაცნე",
        f"{site}/ka/news/qvevris-skola-kvemo-ghviniet/",
        content,
        "ka",
        head=head,
        body_attrs=' class="cms-blog post-detail"',
        sep=" - ",
    )


def hospital(art):
    """Sitefinity (MVC widgets): a news item in ``sf_colsIn`` layout columns."""
    site = "https://www.carrowvalleyhealth.example"
    video = '<div class="video-embed"><div class="video-embed__frame"><iframe width="560" height="315" src="https://www.youtube-nocookie.example/embed/cvh-drone-2025" title="Watch: A drone delivers lab samples to Carrow Valley Medical Center" frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture" allowfullscreen></iframe></div><p class="video-embed__caption"><strong>Watch:</strong> A drone lands on the laboratory roof at Carrow Valley Medical Center during a test flight in July.</p></div>'
    body = paras(art, between={2: video})
    utility = "".join(
        f'<li><a href="{h}">{e(t)}</a></li>'
        for h, t in [
            ("https://mychart.carrowvalleyhealth.example/", "MyChart"),
            ("/patients-visitors/pay-a-bill", "Pay a Bill"),
            ("/careers", "Careers"),
            ("/give", "Give"),
            ("/contact-us", "Contact Us"),
        ]
    )
    nav = "".join(
        f'<li class="k-item{" k-state-highlighted" if t == "About Us" else ""}"><a class="k-link" href="{h}">{e(t)}</a></li>'
        for h, t in [
            ("/find-a-doctor", "Find a Doctor"),
            ("/locations", "Locations"),
            ("/services", "Services"),
            ("/patients-visitors", "Patients & Visitors"),
            ("/about-us", "About Us"),
        ]
    )
    related = "".join(
        f'<li class="list-unstyled"><h3 class="sf-news-title"><a href="{site}/about-us/newsroom/news-releases/2025/{slug}">{e(t)}</a></h3><p class="text-muted">{d}</p><p class="sf-news-summary">{e(x)}</p></li>'
        for slug, t, d, x in [
            (
                "07/29/lakemont-emergency-department-expansion",
                "Lakemont Hospital breaks ground on emergency department expansion",
                "July 29, 2025",
                "The $22 million project will add 14 treatment rooms and a separate entrance for ambulances when it opens in late 2026.",
            ),
            (
                "07/15/cvmc-magnet-recognition",
                "Carrow Valley Medical Center earns fourth Magnet recognition for nursing excellence",
                "July 15, 2025",
                "Fewer than one in ten U.S. hospitals hold the designation, which recognizes quality patient care and nursing leadership.",
            ),
            (
                "06/30/free-sports-physicals",
                "Free sports physicals for students return Aug. 9",
                "June 30, 2025",
                "Students in grades 6 through 12 can get a free physical at three Carrow Valley Health locations; no appointment is needed.",
            ),
        ]
    )
    newsroom_menu = "".join(
        f'<li class="{cls}"><a href="/about-us/newsroom/{slug}">{e(t)}</a></li>'
        for cls, slug, t in [
            ("active", "news-releases", "News Releases"),
            ("", "media-contacts", "Media Contacts"),
            ("", "facts-and-figures", "Facts & Figures"),
            ("", "awards", "Awards & Recognition"),
        ]
    )
    content = f"""<form method="post" action="./drone-lab-samples" id="aspnetForm">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTYxMjMwNjU0MmRk7Qe3fZJc0xQ2e5m1Wb8r0PsJ4Yk="></div>
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="F2A7C1B9"></div>
<div id="siteAlert" class="site-alert site-alert--info" role="region" aria-label="Site alert"><div class="container"><p><strong>Visitor update:</strong> Masks are recommended in patient care areas during respiratory virus season. <a href="/patients-visitors/visitor-guidelines">See visitor guidelines</a></p><button type="button" class="site-alert__close" aria-label="Close alert">×</button></div></div>
<a class="sr-only sr-only-focusable" href="#main-content">Skip to main content</a>
<header class="site-header">
<div class="sf_colsOut utility-bar" data-sf-element="Row"><div id="Header_TB3B1F8E2005_Col00" class="sf_colsIn container" data-sf-element="Container" data-placeholder-label="Utility"><div class="sf-navigation utility-nav"><ul class="list-inline">{utility}</ul></div><a class="utility-phone" href="tel:+18005550100">Call 1-800-555-0100</a></div></div>
<div class="sf_colsOut main-header" data-sf-element="Row"><div id="Header_TB3B1F8E2005_Col01" class="sf_colsIn container" data-sf-element="Container" data-placeholder-label="Main header">
<div class="sfContentBlock sf-Long-text logo"><a href="/"><img src="/images/default-source/logos/cvh-logo.svg?sfvrsn=4a1b2c3d_2" alt="Carrow Valley Health" title="Carrow Valley Health" width="240" height="64"></a></div>
<nav class="nav-main" aria-label="Main"><ul class="k-widget k-reset k-header k-menu k-menu-horizontal">{nav}</ul></nav>
<div class="sf-search-box" role="search"><label for="searchText" class="sr-only">Search</label><input type="search" id="searchText" title="Search input" placeholder="Search our site" class="form-control" value="" aria-autocomplete="both"><button type="button" class="btn btn-primary">Search</button></div>
</div></div>
</header>
<main id="main-content">
<div class="sf_colsOut breadcrumb-row" data-sf-element="Row"><div id="Content_TB3B1F8E2005_Col00" class="sf_colsIn container" data-sf-element="Container" data-placeholder-label="Breadcrumb"><nav aria-label="Full path to the current page"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Home</a></li><li class="breadcrumb-item"><a href="/about-us">About Us</a></li><li class="breadcrumb-item"><a href="/about-us/newsroom">Newsroom</a></li><li class="breadcrumb-item"><a href="/about-us/newsroom/news-releases">News Releases</a></li><li class="breadcrumb-item active" aria-current="page">{e(art["title"])}</li></ol></nav></div></div>
<div class="sf_colsOut container" data-sf-element="Row"><div class="row">
<div id="Content_C001_Col00" class="sf_colsIn col-lg-3" data-sf-element="Column 1" data-placeholder-label="Column 1"><nav class="newsroom-nav" aria-label="Newsroom"><h2 class="newsroom-nav__title">Newsroom</h2><ul>{newsroom_menu}</ul></nav></div>
<div id="Content_C001_Col01" class="sf_colsIn col-lg-9" data-sf-element="Column 2" data-placeholder-label="Column 2">
<div class="sf-news-item">
<p class="news-type">News Release</p>
<h1 class="sf-news-title" data-sf-field="Title" data-sf-ftype="ShortText">{e(art["title"])}</h1>
<div class="text-muted">Aug 19, 2025, 09:00 AM by {e(art["author"])}</div>
<div class="sf-share"><span class="sf-share__label">Share this:</span><a class="sf-share__link" href="https://www.facebook.com/sharer/sharer.php?u={site}/about-us/newsroom/news-releases/2025/08/19/drone-lab-samples" target="_blank" rel="noopener">Facebook</a><a class="sf-share__link" href="https://x.com/intent/post?url={site}/about-us/newsroom/news-releases/2025/08/19/drone-lab-samples" target="_blank" rel="noopener">X</a><a class="sf-share__link" href="https://www.linkedin.com/sharing/share-offsite/?url={site}/about-us/newsroom/news-releases/2025/08/19/drone-lab-samples" target="_blank" rel="noopener">LinkedIn</a><a class="sf-share__link" href="mailto:?subject=Carrow%20Valley%20Health%20drone%20flights">Email</a></div>
<figure class="sf-Image news-lead-image"><img loading="lazy" src="/images/default-source/newsroom/2025/drone-rooftop-pad.jpg?sfvrsn=8c2e1f0a_3" title="drone-rooftop-pad" alt="A drone on the rooftop landing pad" width="900" height="506"><figcaption>A drone on the rooftop landing pad at Carrow Valley Medical Center. (Photo courtesy of Carrow Valley Health)</figcaption></figure>
<div class="sf-Long-text" data-sf-field="Content" data-sf-ftype="LongText">{body}</div>
</div>
<div class="sfContentBlock sf-Long-text media-contact"><h2>Media Contact</h2><p>Alicia Moreno<br>Public Relations Manager<br>Carrow Valley Health<br>Phone: 555-0147<br><a href="mailto:amoreno@carrowvalleyhealth.example">amoreno@carrowvalleyhealth.example</a></p></div>
<div class="sfContentBlock sf-Long-text boilerplate"><h2>About Carrow Valley Health</h2><p>Carrow Valley Health is a not-for-profit health system serving five counties with two hospitals, 24 primary care practices and more than 4,800 employees. Learn more at carrowvalleyhealth.example.</p></div>
<p class="back-link"><a href="/about-us/newsroom/news-releases">« All News Releases</a></p>
<section class="related-news"><h2>More News</h2><ul class="sf-news-list">{related}</ul></section>
</div>
</div></div>
<div class="sf_colsOut newsletter-band" data-sf-element="Row"><div class="sf_colsIn container" data-sf-element="Container" data-placeholder-label="Newsletter"><div class="sfContentBlock sf-Long-text"><h2>Healthy Living, delivered</h2><p>Get seasonal health tips, recipes and class schedules from Carrow Valley Health in your inbox once a month.</p></div><div class="form-inline"><label for="nlEmail" class="sr-only">Email address</label><input type="email" id="nlEmail" class="form-control" placeholder="Email address"><button type="button" class="btn btn-secondary">Sign Up</button></div></div></div>
</main>
<footer class="site-footer">
<div class="sf_colsOut" data-sf-element="Row"><div class="sf_colsIn container" data-sf-element="Container" data-placeholder-label="Footer">
<div class="row"><div class="col-md-4"><div class="sfContentBlock sf-Long-text"><p><strong>Carrow Valley Medical Center</strong><br>1200 River Road<br>Carrow Valley, OH 45000<br>555-0100</p></div></div>
<div class="col-md-4"><ul class="footer-links"><li><a href="/patients-visitors/patient-rights">Patient Rights &amp; Responsibilities</a></li><li><a href="/patients-visitors/price-transparency">Price Transparency</a></li><li><a href="/legal/notice-of-privacy-practices">Notice of Privacy Practices</a></li><li><a href="/legal/nondiscrimination">Nondiscrimination Notice</a></li><li><a href="/legal/website-privacy">Website Privacy Policy</a></li></ul></div>
<div class="col-md-4"><ul class="social-links"><li><a href="https://facebook.example/carrowvalleyhealth">Facebook</a></li><li><a href="https://instagram.example/carrowvalleyhealth">Instagram</a></li><li><a href="https://linkedin.example/company/carrowvalleyhealth">LinkedIn</a></li></ul></div></div>
<div class="sfContentBlock sf-Long-text language-assistance"><h2>Language Assistance</h2><p>ATTENTION: If you speak another language, language assistance services, free of charge, are available to you. Call 1-800-555-0199.</p><p lang="es">ATENCIÓN: si habla español, tiene a su disposición servicios gratuitos de asistencia lingüística. Llame al 1-800-555-0199.</p><p lang="vi">CHÚ Ý: Nếu bạn nói Tiếng Việt, có các dịch vụ hỗ trợ ngôn ngữ miễn phí dành cho bạn. Gọi số 1-800-555-0199.</p></div>
<p class="copyright">© 2025 Carrow Valley Health. All rights reserved.</p>
</div></div>
</footer>
<div id="cookieNotice" class="cookie-notice" role="dialog" aria-label="Cookie notice"><p>We use cookies to improve your experience on our website. By continuing to use this site, you agree to our <a href="/legal/website-privacy">Website Privacy Policy</a>.</p><button type="button" class="btn btn-sm btn-light">Accept</button></div>
<script src="/ScriptResource.axd?d=NJmAwtEo3Ipnlaxl6CMhvlXq8dCmB3qV4b9E2rT0yU1&amp;t=6a1b2c3d" type="text/javascript"></script>
<script src="/ResourcePackages/CVH/assets/dist/js/main.min.js?package=CVH&amp;v=MTQuNC44MTQ3LjA%3d" type="text/javascript"></script>
</form>"""
    head = f"""<meta name="Generator" content="Sitefinity 14.4.8147.0 DX">
<meta name="description" content="Carrow Valley Health has begun using drones to carry lab samples from Lakemont Hospital to its central laboratory.">
<meta property="article:published_time" content="{art["date"]}T09:00:00-04:00">
<link href="/ResourcePackages/CVH/assets/dist/css/main.min.css?package=CVH&amp;v=MTQuNC44MTQ3LjA%3d" rel="stylesheet" type="text/css">
<link href="/Telerik.Web.UI.WebResource.axd?d=PMrIT5dOWaVYIcpFWUE4nHCaQ6R5x3Q2KzM7j6hYp0A1&amp;t=638227187520000000&amp;compress=0&amp;_TSM_CombinedScripts_=%3b%3bTelerik.Sitefinity.Resources%3aen%3a5a1d3c2b" type="text/css" rel="stylesheet">
"""
    return page(
        art,
        "Carrow Valley Health",
        f"{site}/about-us/newsroom/news-releases/2025/08/19/drone-lab-samples",
        content,
        "en-US",
        head=head,
        sep=" | ",
    )


def transit(art):
    """Liferay DXP 7.4: a display page of fragments with portlets around it."""
    ps = art["paragraphs"]
    site = "https://www.hrta.example"
    label, rest = ps[0].split(": ", 1)
    note = f'<p class="update-note"><strong>{e(label)}:</strong> {e(rest)}</p>'
    body = note + "\n" + paras(art, start=1)

    def portlet(pid, name, css, title, inner, decorate="portlet-barebone"):
        return f"""<div class="portlet-boundary portlet-boundary_{name}_ portlet-static portlet-static-end {decorate} portlet-{css} " id="p_p_id_{name}_INSTANCE_{pid}_"><span id="p_{name}_INSTANCE_{pid}"></span>
<section class="portlet" id="portlet_{name}_INSTANCE_{pid}"><div class="portlet-content"><div class="autofit-float autofit-row portlet-header"><div class="autofit-col autofit-col-expand"><h2 class="portlet-title-text">{e(title)}</h2></div></div><div class=" portlet-content-container"><div class="portlet-body">{inner}</div></div></div></section></div>"""

    related_inner = "".join(
        f'<div class="asset-abstract"><h3 class="asset-title"><a href="{site}/web/guest/news/-/asset_publisher/relnews/content/{slug}">{e(t)}</a></h3><div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{d}</span></div><div class="asset-summary">{e(x)}</div><div class="asset-more"><a href="{site}/web/guest/news/-/asset_publisher/relnews/content/{slug}">Read More<span class="hide-accessible sr-only">about {e(t)}</span> »</a></div></div>'
        for slug, t, d, x in [
            (
                "new-bus-network-launches-oct-5",
                "Redesigned bus network launches Oct. 5",
                "8/14/25",
                "Twelve routes will run every 15 minutes or better all day, and route numbers will change on the north side.",
            ),
            (
                "riverside-station-elevator-reopens",
                "Riverside Station elevator reopens after upgrade",
                "7/31/25",
                "The elevator, which serves the inbound platform, was out of service for six weeks while crews installed new doors and controls.",
            ),
            (
                "fare-capping-starts-september",
                "Fare capping comes to HRTA this fall",
                "7/22/25",
                "Riders who pay with a contactless card or the HRTA app will never pay more than the price of a monthly pass in a calendar month.",
            ),
        ]
    )
    related = portlet(
        "relnews",
        "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet",
        "asset-publisher",
        "Related news",
        related_inner,
    )
    alerts = portlet(
        "alerts",
        "com_liferay_journal_content_web_portlet_JournalContentPortlet",
        "journal-content",
        "Service alerts",
        f'<div class="journal-content-article" data-analytics-asset-id="411082" data-analytics-asset-title="Service alerts banner" data-analytics-asset-type="web-content"><div class="service-alerts"><ul><li><span class="line-badge line-badge--blue">Blue</span> Delays of up to 10 minutes between Union Square and Riverside due to a signal problem.</li><li><span class="line-badge line-badge--bus">Route 22</span> Detour on Fourth Street through Sept. 12 for water main work.</li></ul><a href="{site}/web/guest/alerts">All service alerts</a></div></div>',
    )
    planner = portlet(
        "planner",
        "com_hrta_tripplanner_web_portlet_TripPlannerPortlet",
        "trip-planner",
        "Plan your trip",
        '<form class="trip-planner" action="https://trips.hrta.example/plan" method="get"><label for="tp-from">From</label><input id="tp-from" name="from" type="text" placeholder="Address, station or landmark"><label for="tp-to">To</label><input id="tp-to" name="to" type="text" placeholder="Address, station or landmark"><label for="tp-when">Leave</label><select id="tp-when" name="when"><option>Now</option><option>Depart at</option><option>Arrive by</option></select><button type="submit" class="btn btn-primary">Plan trip</button></form>',
    )
    signup = portlet(
        "rideralerts",
        "com_liferay_journal_content_web_portlet_JournalContentPortlet",
        "journal-content",
        "Rider Alerts",
        f'<div class="journal-content-article" data-analytics-asset-id="411090" data-analytics-asset-title="Rider alerts promo" data-analytics-asset-type="web-content"><p>Get text or email alerts about delays, detours and station work on the lines you ride.</p><a class="btn btn-secondary" href="{site}/web/guest/rider-alerts">Sign up for Rider Alerts</a></div>',
    )
    nav = "".join(
        f'<li class="lfr-nav-item nav-item{" selected active" if t == "News" else ""}" id="layout_{i}" role="presentation"><a href="{site}/web/guest/{slug}" class="nav-link text-truncate" role="menuitem"><span class="text-truncate">{e(t)}</span></a></li>'
        for i, (slug, t) in enumerate(
            [
                ("schedules-maps", "Schedules & Maps"),
                ("fares", "Fares"),
                ("alerts", "Service Alerts"),
                ("accessibility", "Accessibility"),
                ("news", "News"),
                ("about", "About HRTA"),
            ],
            2,
        )
    )
    content = f"""<nav aria-label="Quick Links" class="bg-dark cadmin quick-access-nav text-center text-white" id="ffhp_quickAccessNav"><a href="#main-content" class="d-block p-2 sr-only sr-only-focusable text-reset">Skip to Main Content</a></nav>
<div class="d-flex flex-column min-vh-100">
<div class="d-flex flex-column flex-fill position-relative" id="wrapper">
<header class="header" id="banner">
<div class="container-fluid container-fluid-max-xl d-flex align-items-center"><a class="logo custom-logo" href="{site}/web/guest" title="Go to Harwick Regional Transit Authority"><img alt="Harwick Regional Transit Authority" height="56" src="/image/layout_set_logo?img_id=38211&amp;t=1754990000000" width="210"></a>
<div class="language-selector"><a href="{site}/es/web/guest/news" lang="es">Español</a> <a href="{site}/vi/web/guest/news" lang="vi">Tiếng Việt</a></div>
<a class="btn btn-sm btn-outline-light sign-in" href="{site}/c/portal/login?p_l_id=20188" data-redirect="false">Sign In</a></div>
<nav class="navbar navbar-expand-md site-navigation" id="navigation" role="navigation" aria-label="Site Pages"><div class="container-fluid container-fluid-max-xl"><ul aria-label="Site Pages" class="navbar-nav" role="menubar">{nav}</ul>
<form action="{site}/web/guest/search" class="form-inline search-bar" method="get"><label class="sr-only" for="_com_liferay_portal_search_web_search_bar_portlet_SearchBarPortlet_INSTANCE_templateSearch_q">Search</label><input class="form-control input-group-inset input-group-inset-after search-bar-keywords-input" id="_com_liferay_portal_search_web_search_bar_portlet_SearchBarPortlet_INSTANCE_templateSearch_q" name="q" placeholder="Search..." type="text" value=""><button class="btn btn-light btn-unstyled" type="submit" aria-label="Submit">Search</button></form></div></nav>
</header>
<section class="flex-fill" id="content">
<h2 class="sr-only" role="heading" aria-level="1">{e(art["title"])}</h2>
<div class="layout-content portlet-layout" id="main-content" role="main">
<div class="lfr-layout-structure-item-container lfr-layout-structure-item-7f3c1e0b-2a4d-6e8f-0a1b-2c3d4e5f6a7b container-fluid container-fluid-max-xl">
<div class="lfr-layout-structure-item-row lfr-layout-structure-item-1b2c3d4e-5f6a-7b8c-9d0e-1f2a3b4c5d6e"><div class="row">
<div class="col col-12 col-lg-8">
<div class="lfr-layout-structure-item-com-liferay-site-navigation-breadcrumb-web-portlet-sitenavigationbreadcrumbportlet"><nav aria-label="Breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a class="breadcrumb-link" href="{site}/web/guest" title="Home"><span class="breadcrumb-text-truncate">Home</span></a></li><li class="breadcrumb-item"><a class="breadcrumb-link" href="{site}/web/guest/news" title="News"><span class="breadcrumb-text-truncate">News</span></a></li><li class="active breadcrumb-item"><span class="breadcrumb-text-truncate">{e(art["title"])}</span></li></ol></nav></div>
<div class="lfr-layout-structure-item-basic-component-paragraph lfr-layout-structure-item-3c4d5e6f"><div class="component-paragraph text-break eyebrow" data-lfr-editable-id="element-text" data-lfr-editable-type="rich-text">Station Improvements</div></div>
<div class="lfr-layout-structure-item-basic-component-heading lfr-layout-structure-item-4d5e6f7a"><div class="component-heading" data-lfr-background-image-id="element-text"><h1 class="component-heading mb-0 text-break" data-lfr-editable-id="element-text" data-lfr-editable-type="text">{e(art["title"])}</h1></div></div>
<div class="lfr-layout-structure-item-basic-component-paragraph lfr-layout-structure-item-5e6f7a8b"><div class="component-paragraph text-break news-meta" data-lfr-editable-id="element-text" data-lfr-editable-type="rich-text"><p>Published Aug. 20, 2025 · Updated Aug. 28, 2025</p></div></div>
<div class="lfr-layout-structure-item-basic-component-image lfr-layout-structure-item-6f7a8b9c"><div class="component-image overflow-hidden"><img class="overflow-hidden" data-lfr-editable-id="image-square" data-lfr-editable-type="image" src="/documents/20121/411077/central-station-east-escalators.jpg/8a0c1e2f-3b4d-5f6a-7b8c-9d0e1f2a3b4c?t=1755610000000" alt="The east entrance escalators at Central Station"></div><div class="component-paragraph text-break caption" data-lfr-editable-id="element-text" data-lfr-editable-type="rich-text">The east entrance escalators at Central Station opened with the station in 1987. (HRTA photo)</div></div>
<div class="lfr-layout-structure-item-com-liferay-fragment-renderer-react-share-social-media lfr-layout-structure-item-7a8b9c0d"><div class="share-bar"><span>Share</span><a href="https://www.facebook.com/sharer/sharer.php?u={site}/web/guest/news/-/central-station-east-entrance-escalators" target="_blank" rel="noopener">Facebook</a><a href="https://x.com/intent/post?url={site}/web/guest/news/-/central-station-east-entrance-escalators" target="_blank" rel="noopener">X</a><a href="mailto:?subject=Central%20Station%20east%20entrance%20closure">Email</a><button type="button" class="btn btn-unstyled" data-copy-url="true">Copy link</button></div></div>
<div class="lfr-layout-structure-item-basic-component-paragraph lfr-layout-structure-item-8b9c0d1e"><div class="component-paragraph text-break" data-lfr-editable-id="element-text" data-lfr-editable-type="rich-text">{body}</div></div>
<div class="lfr-layout-structure-item-basic-component-paragraph lfr-layout-structure-item-9c0d1e2f"><div class="component-paragraph text-break media-contact" data-lfr-editable-id="element-text" data-lfr-editable-type="rich-text"><h3>Media contact</h3><p>HRTA Media Relations<br>555-0162<br><a href="mailto:media@hrta.example">media@hrta.example</a></p></div></div>
{related}
</div>
<div class="col col-12 col-lg-4">
{alerts}
{planner}
{signup}
</div>
</div></div>
</div>
</div>
</section>
<footer id="footer" role="contentinfo"><div class="container-fluid container-fluid-max-xl"><div class="row">
<div class="col-md-4"><p><strong>Harwick Regional Transit Authority</strong><br>400 Quay Street, Harwick<br>Customer Service: 555-0150</p></div>
<div class="col-md-4"><ul class="footer-links"><li><a href="{site}/web/guest/title-vi">Title VI Notice</a></li><li><a href="{site}/web/guest/ada">ADA Paratransit</a></li><li><a href="{site}/web/guest/report-a-safety-concern">Report a safety concern</a></li><li><a href="{site}/web/guest/careers">Careers</a></li><li><a href="{site}/web/guest/board-meetings">Board meetings</a></li></ul></div>
<div class="col-md-4"><p class="title-vi">HRTA operates its programs and services without regard to race, color or national origin in accordance with Title VI of the Civil Rights Act. To request more information or file a complaint, call 555-0150.</p></div>
</div>
<p class="copyright">© 2025 Harwick Regional Transit Authority</p>
<p class="powered-by">Powered By <a href="http://www.liferay.com" rel="external">Liferay</a></p></div></footer>
</div>
</div>
<div class="lfr-cookie-banner cookies-banner cookies-banner-bottom" role="dialog" aria-label="Cookie consent"><div class="container-fluid container-fluid-max-xl"><div class="cookies-banner-content"><p>We use cookies to make this site work and to understand how riders use it. You can accept all cookies or choose which ones to allow.</p><a href="{site}/web/guest/privacy">Privacy Policy</a></div><div class="cookies-banner-buttons"><button class="btn btn-primary btn-sm" type="button">Accept All</button><button class="btn btn-secondary btn-sm" type="button">Decline All</button><button class="btn btn-link btn-sm" type="button">Configuration</button></div></div></div>
<script type="text/javascript">// <![CDATA[
	Liferay.currentURL = '\\x2fweb\\x2fguest\\x2fnews\\x2f-\\x2fcentral-station-east-entrance-escalators';
	Liferay.currentURLEncoded = '\\x252Fweb\\x252Fguest\\x252Fnews';
// ]]></script>
<script src="{site}/o/frontend-js-aui-web/aui/aui/aui.js" type="text/javascript"></script>"""
    head = f"""<meta content="text/html; charset=UTF-8" http-equiv="content-type">
<meta name="description" content="The east entrance of Central Station on Market Street will close from Sept. 8 for about five months while crews replace the station's three escalators.">
<link data-senna-track="temporary" href="{site}/web/guest/news/-/central-station-east-entrance-escalators" hreflang="en-US" rel="alternate">
<link data-senna-track="temporary" href="{site}/es/web/guest/news/-/central-station-east-entrance-escalators" hreflang="es-ES" rel="alternate">
<link class="lfr-css-file" data-senna-track="temporary" href="{site}/o/hrta-theme/css/clay.css?browserId=chrome&amp;themeId=hrtatheme_WAR_hrtatheme&amp;languageId=en_US&amp;t=1754990000000" id="liferayAUICSS" rel="stylesheet" type="text/css">
<link class="lfr-css-file" data-senna-track="temporary" href="{site}/o/hrta-theme/css/main.css?browserId=chrome&amp;themeId=hrtatheme_WAR_hrtatheme&amp;languageId=en_US&amp;t=1754990000000" id="liferayThemeCSS" rel="stylesheet" type="text/css">
<script data-senna-track="permanent" src="{site}/combo?browserId=chrome&amp;minifierType=js&amp;languageId=en_US&amp;t=1754990000000&amp;/o/frontend-js-jquery-web/jquery/jquery.min.js" type="text/javascript"></script>
"""
    return page(
        art,
        "Harwick Regional Transit Authority",
        f"{site}/web/guest/news/-/central-station-east-entrance-escalators",
        content,
        "en-US",
        head=head,
        body_attrs=' class="controls-visible chrome yui3-skin-sam signed-out public-page site"',
        sep=" - ",
    )


LAYOUTS_H22 = {
    "h22-01-russian": ("h22_russian", russian),
    "h22-02-hebrew": ("h22_hebrew", hebrew),
    "h22-03-persian": ("h22_persian", persian),
    "h22-04-hindi": ("h22_hindi", hindi),
    "h22-05-lowgerman": ("h22_lowgerman", lowgerman),
    "h22-06-belarusian": ("h22_belarusian", belarusian),
    "h22-07-georgian": ("h22_georgian", georgian),
    "h22-08-hospital": ("h22_hospital", hospital),
    "h22-09-transit": ("h22_transit", transit),
}
