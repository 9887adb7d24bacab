"""Layouts of the frozen held-out group "h8" of the extraction benchmark.

Written after the seventh round and *before* any change of the eighth round; never used
for tuning (docs/benchmarks-extraction.md). ``tests/test_read_bench.py`` pins a digest
of the generated files. Fictional pages in layouts and languages not used by h2-h7: a
Danish regional TV site whose paragraphs are each wrapped in a rich-text div, with a fact
box in the same wrapper and a "latest news" list with times; a Turkish portal with a
spot line, inline related-news card, source line and reader comments; a Greek news site
with a news-feed sidebar, in-read ad slots between paragraphs and an embedded post; a
Croatian handball report with a score box and a match-facts box after the body; a
Vietnamese site whose body paragraphs all carry one class, with a "Xem thêm" line of the
same class and the author's name in bold at the end; an Estonian local story with reader
comments written as sentences and an author box; a Lithuanian business story with a
paywall teaser and a company-history timeline inside the body; a Ukrainian story with a
key-points list above the body, a Telegram prompt in italics and a donation appeal; a
Swahili radio-station page with an audio player, a body split in two sections and an
app promotion.
"""

from __future__ import annotations

import html

from page_parts import teasers

e = html.escape


def paras(art, p="p", h="h2", between=None, wrap=None, start=0, stop=None):
    """The article's paragraphs; ``- `` items become one list, ``wrap`` wraps each block."""
    out: list[str] = []
    items: list[str] = []

    def flush():
        if items:
            out.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in items) + "</ul>")
            items.clear()

    for i, para in enumerate(art["paragraphs"]):
        if i < start or (stop is not None and i >= stop):
            continue
        if para.startswith("- "):
            items.append(para[2:])
        else:
            flush()
            if para.startswith("## "):
                block = f"<{h}>{e(para[3:])}</{h}>"
            else:
                block = f"<{p}>{e(para)}</{p.split()[0]}>"
            out.append(wrap.format(block) if wrap else block)
        if between and i in between:
            flush()
            out.append(between[i])
    flush()
    return "\n".join(out)


def page(art, site, url, content, lang):
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{e(art["title"])} | {e(site)}</title>
<meta property="og:site_name" content="{e(site)}">
<link rel="canonical" href="{url}">
<meta name="author" content="{e(art["author"])}">
<meta property="article:published_time" content="{art["date"]}T06:45:00Z">
<script>window.__cfg={{ads:true}};</script>
</head><body>
{content}
</body></html>
"""


def danish(art):
    wrap = '<div class="rich-text">{}</div>'
    fact = """<div class="rich-text"><div class="fact"><h3>Fakta om stien</h3><p>Stien bliver 6,8 kilometer lang og tre meter bred.</p><p>Den samlede pris er 21 millioner kroner, hvoraf staten betaler 14 millioner.</p><p>Kommunen regner med, at 900 cyklister vil bruge stien på en almindelig hverdag.</p></div></div>"""
    laes = """<div class="rich-text"><a class="inline-link" href="/nyheder/bro"><span>LÆS OGSÅ</span> Broen over Havnbjerg Å lukker i tre uger</a></div>"""
    video = """<div class="video-embed"><div class="player"></div><p class="video-caption">Se video: Sådan kommer den nye cykelsti til at se ud.</p></div>"""
    latest = "".join(
        f"<li><time>{t}</time><a>{e(x)}</a></li>"
        for t, x in [
            ("12.41", "Brand i kornlager ved Tarp: Beboere opfordres til at holde vinduer lukket"),
            ("11.58", "Ny skoleleder på Fjordskolen"),
            ("10.20", "Færgen til Øby sejler igen efter motorstop"),
        ]
    )
    content = f"""<header class="site-top"><a class="logo">TV Fjordland</a><nav><a>Nyheder</a><a>Sport</a><a>Vejret</a><a>Live TV</a></nav><a>Log ind</a></header>
<main><article class="article"><div class="article-header"><a class="tag">Vesterby</a><h1>{e(art["title"])}</h1>
<p class="summary">Kommunen har fået millioner fra staten til en sti langs fjorden.</p>
<div class="byline"><span>{e(art["author"])}</span><time>9. apr. 2025 kl. 07.12</time></div></div>
{video}
<div class="article-body">{paras(art, wrap=wrap, between={1: laes, 4: fact})}</div>
<div class="share"><span>Del artiklen</span><a>Facebook</a><a>Kopiér link</a></div>
<div class="newsletter-box"><h3>Få nyhederne fra Fjordland</h3><p>Tilmeld dig vores gratis nyhedsbrev og få dagens vigtigste historier fra dit område hver eftermiddag.</p><button>Tilmeld</button></div>
</article>
<aside class="latest"><h2>Seneste nyt</h2><ul>{latest}</ul></aside></main>
<footer><p>TV Fjordland · Ansvarshavende chefredaktør: Lars Holm</p><a>Cookiepolitik</a><a>Kontakt</a></footer>"""
    return page(art, "TV Fjordland", "https://tvfjordland.example/vesterby/cykelsti", content, "da")


def turkish(art):
    related = """<div class="related-news"><a href="/haber/iskele"><img src="iskele.jpg" alt=""><span class="label">İLGİLİ HABER</span><span class="title">Yalıköy iskelesinde yenileme çalışması başlıyor</span></a></div>"""
    comments = "".join(
        f'<div class="comment"><b>{e(n)}</b><span>{d}</span><p>{e(t)}</p><a>Yanıtla</a></div>'
        for n, d, t in [
            (
                "Kemal_35",
                "2 gün önce",
                "Çok güzel olmuş, akşamları çocuklarla yürüyüşe çıkıyoruz ama bisiklet yolunda scooter kullananlar tehlikeli.",
            ),
            (
                "deniz.y",
                "1 gün önce",
                "Otopark sorunu çözülmeden hafta sonu sahile gitmek mümkün değil, belediye bunu da düşünmeliydi.",
            ),
        ]
    )
    content = f"""<div class="topbar"><span>İstanbul 19°C</span><span>Dolar 38,42</span><span>Euro 43,10</span></div>
<header><a class="logo">Körfez Postası</a><ul class="menu"><li>Gündem</li><li>Ekonomi</li><li>Spor</li><li>Yaşam</li><li>Video</li><li>Foto Galeri</li></ul></header>
<div class="container"><div class="breadcrumb"><a>Ana Sayfa</a> › <a>Yerel</a></div>
<div class="news-detail"><h1>{e(art["title"])}</h1>
<h2 class="spot">İki yıl süren çalışmaların ardından dört kilometrelik sahil yolu törenle açıldı.</h2>
<div class="info"><span>{e(art["author"])}</span><span>Giriş: 02.06.2025 - 09:14</span><span>Güncelleme: 02.06.2025 - 11:30</span></div>
<div class="gallery"><img src="sahil.jpg" alt=""><span class="counter">1/8</span><a>Galeriyi aç</a></div>
<div class="content-text" itemprop="articleBody">{paras(art, between={2: related})}
<p><strong>{e(art["credits"][0])}</strong></p></div>
<div class="share"><a>Paylaş</a><a>Facebook</a><a>WhatsApp</a><a>Twitter</a></div>
<div class="comments"><h3>Yorumlar (24)</h3>{comments}<a>Tüm yorumları gör</a></div>
</div>
<div class="highlights"><h2>Günün Öne Çıkanları</h2>{teasers([("Feribot seferlerine yaz düzenlemesi", "Haziran ayından itibaren sabah ve akşam saatlerinde ek seferler konulacak."), ("Halk pazarı yeni yerine taşınıyor", "Salı pazarı önümüzdeki ay itfaiye binasının yanındaki alana taşınacak.")])}</div></div>
<footer><p>© 2025 Körfez Postası. Tüm hakları saklıdır.</p><a>Künye</a><a>Gizlilik Politikası</a><a>İletişim</a></footer>"""
    return page(
        art, "Körfez Postası", "https://korfezpostasi.example/yerel/sahil-yolu", content, "tr"
    )


def greek(art):
    inread = '<div class="inread"><div class="ad-slot" id="inread-{}"></div></div>'
    diav = (
        "<p><strong>Διαβάστε επίσης:</strong> <a>Νέο ασθενοφόρο για το νησί μετά από δωρεά</a></p>"
    )
    post = """<blockquote class="social-post"><p>Σήμερα ανοίξαμε τις πόρτες του νέου κέντρου υγείας. Ευχαριστούμε όλους όσοι βοήθησαν!</p>— Δήμος Νέας Άρτακης (@dimos_artakis) 17 Φεβρουαρίου 2025</blockquote>"""
    feed = "".join(
        f'<li><span class="time">{t}</span><a>{e(x)}</a></li>'
        for t, x in [
            ("14:32", "Κλειστός ο δρόμος προς το λιμάνι λόγω έργων"),
            ("13:05", "Νέα δρομολόγια για τα λεωφορεία της γραμμής 2"),
            ("11:47", "Ξεκινά η καθαριότητα των ακτών ενόψει του καλοκαιριού"),
        ]
    )
    content = f"""<header class="header"><a class="logo">Εύβοια Σήμερα</a><ul class="nav"><li>Ειδήσεις</li><li>Πολιτική</li><li>Αθλητικά</li><li>Πολιτισμός</li></ul></header>
<div class="main"><div class="post"><div class="category">ΥΓΕΙΑ</div><h1>{e(art["title"])}</h1>
<div class="meta">{e(art["author"])} | 18.02.2025, 10:15</div>
<div class="featured"><img src="kentro.jpg" alt=""><p class="credit">Φωτογραφία: Αρχείο</p></div>
<div class="main-text">{paras(art, between={0: inread.format(1), 1: diav, 3: post, 4: inread.format(2)})}</div>
<div class="google-news"><a>Ακολουθήστε το Εύβοια Σήμερα στο Google News</a></div>
<div class="tags">Ετικέτες: <a>υγεία</a> <a>Νέα Άρτακη</a></div>
</div>
<div class="sidebar"><h3>Ροή ειδήσεων</h3><ul class="feed">{feed}</ul></div></div>
<footer><p>Εύβοια Σήμερα © 2025 - Με την επιφύλαξη παντός δικαιώματος</p><a>Όροι χρήσης</a></footer>"""
    return page(art, "Εύβοια Σήμερα", "https://evia-simera.example/ygeia/kentro", content, "el")


def croatian(art):
    score = """<table class="scorebox"><tr><td>Jadran</td><td>29:27</td><td>Sloga</td></tr><tr><td colspan="3">Polufinale Kupa, uzvrat · Gripe</td></tr></table>"""
    procitaj = """<div class="related-inline"><p>Pročitajte još</p><ul><li><a>Jurić produžio ugovor do 2028.</a></li><li><a>Sloga bez dvojice reprezentativaca</a></li></ul></div>"""
    facts = """<div class="match-info"><p><b>JADRAN – SLOGA 29:27 (14:15)</b></p><p>Dvorana Gripe, gledatelja 3000. Suci: Petrović i Novak.</p><p>JADRAN: Radić, Barić 7, Jurić 6, Matić 5, Knežević 4, Šimić 4, Vuković 3.</p><p>SLOGA: Lovrić, Perić 8, Grgić 6, Tomić 5, Babić 4, Pavić 4.</p></div>"""
    content = f"""<header><a class="logo">Sportski Jadran</a><nav><a>Nogomet</a><a>Rukomet</a><a>Košarka</a><a>Ostali sportovi</a></nav></header>
<main><div class="article"><span class="kicker">RUKOMET</span><h1>{e(art["title"])}</h1>
{score}
<div class="article__meta">Autor: {e(art["author"])} · 08.05.2025. u 22:41</div>
<div class="article__body">{paras(art, between={3: procitaj})}
{facts}</div>
<div class="comments-link"><a>Komentari (56)</a></div>
<div class="share"><a>Podijeli</a><a>Facebook</a><a>Viber</a></div>
</div>
<aside class="most-read"><h3>Najčitanije</h3><ol><li>Hajduk doveo braniča iz Belgije</li><li>Vaterpolisti Jadrana prvi na tablici</li><li>Teniski turnir u Umagu predstavio sudionike</li></ol></aside></main>
<footer><p>© Sportski Jadran 2025. Sva prava pridržana.</p><a>Impressum</a><a>Uvjeti korištenja</a></footer>"""
    return page(
        art,
        "Sportski Jadran",
        "https://sportskijadran.example/rukomet/jadran-finale",
        content,
        "hr",
    )


def vietnamese(art):
    xem = '<p class="Normal"><strong>Xem thêm:</strong> <a>Đường lên cửa khẩu được sửa chữa trước mùa mưa</a></p>'
    related = "".join(
        f"<li><a>{e(x)}</a></li>"
        for x in [
            "Xe khách mới cho tuyến liên tỉnh Hà Giang – Tuyên Quang",
            "Học sinh vùng cao được hỗ trợ tiền đi lại",
            "Sạt lở đèo Mã Pì Lèng, giao thông bị ách tắc nhiều giờ",
        ]
    )
    content = f"""<header class="header"><a class="logo">Tin Vùng Cao</a><ul><li>Thời sự</li><li>Kinh tế</li><li>Xã hội</li><li>Du lịch</li><li>Thể thao</li></ul></header>
<section class="container"><div class="sidebar-1"><span class="date">Thứ sáu, 21/3/2025, 08:30 (GMT+7)</span>
<h1 class="title-detail">{e(art["title"])}</h1>
<p class="description">Sáu xã vùng cao sẽ có xe buýt lên trung tâm huyện từ tháng tư, giá vé 20.000 đồng.</p>
<article class="fck_detail">{paras(art, p='p class="Normal"', between={2: xem})}
<p class="Normal" style="text-align:right;"><strong>{e(art["author"])}</strong></p></article>
<div class="tags">Tags: <a>xe buýt</a> <a>Hà Giang</a> <a>giao thông</a></div>
<div class="related"><h3>Tin liên quan</h3><ul>{related}</ul></div>
<div class="box-comment"><h3>Ý kiến (12)</h3><textarea placeholder="Chia sẻ ý kiến của bạn"></textarea><button>Gửi</button></div>
</div></section>
<footer><p>© Bản quyền thuộc về Tin Vùng Cao. Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản.</p></footer>"""
    return page(art, "Tin Vùng Cao", "https://tinvungcao.example/xe-buyt-yen-son", content, "vi")


def estonian(art):
    comments = "".join(
        f'<li class="comment"><span class="nick">{e(n)}</span><p>{e(t)}</p></li>'
        for n, t in [
            (
                "Lugeja",
                "Väga hea uudis, pühapäeval on raamatukogu ainus koht, kus lapsed saavad rahulikult õppida.",
            ),
            (
                "Mati K",
                "Aga miks ei avata pühapäeviti ka Kirikla küla raamatukogu, seal elab ju ka palju peresid.",
            ),
            (
                "suvitaja",
                "Tänan, käisin eelmisel suvel iga päev lugemissaalis tööd tegemas ja see oli parim koht linnas.",
            ),
        ]
    )
    content = f"""<header><a class="logo">Järveküla Leht</a><nav><a>Uudised</a><a>Arvamus</a><a>Kultuur</a><a>Sport</a></nav><a>Telli leht</a></header>
<main><article><h1>{e(art["title"])}</h1>
<div class="byline">{e(art["author"])}, 27. mai 2025, 09:00</div>
<div class="article-body">{paras(art)}</div>
<div class="author-box"><p>Kadri Tamm on Järveküla Lehe reporter, kes kirjutab hariduse ja kultuuri teemadel.</p></div>
<div class="loe-ka"><h3>Loe ka</h3><ul><li><a>Kooliõues avati uus mänguväljak</a></li><li><a>Laulupeo rongkäik läbib kesklinna</a></li></ul></div>
<section class="comments"><h3>Kommentaarid (37)</h3><ol>{comments}</ol><a>Näita kõiki kommentaare</a></section>
</article></main>
<footer><p>Järveküla Leht OÜ · Kõik õigused kaitstud</p></footer>"""
    return page(
        art, "Järveküla Leht", "https://jarvekulaleht.example/uudised/raamatukogu", content, "et"
    )


def lithuanian(art):
    pay = """<div class="paywall-inline"><p>Prenumeruokite ir skaitykite visus straipsnius be apribojimų. Pirmas mėnuo – tik 1 euras.</p><a>Prenumeruoti</a></div>"""
    timeline = """<div class="timeline"><h3>Bendrovės istorija</h3><ol><li>1994 m. įkurta bendrovė, pirmoji pieninė pastatyta Alytuje.</li><li>2008 m. pradėtas sūrių eksportas į Vokietiją.</li><li>2019 m. bendrovė įsigijo pieninę Marijampolėje.</li></ol></div>"""
    content = f"""<header class="top"><a class="logo">Verslo Žinios Pietūs</a><nav><a>Naujienos</a><a>Verslas</a><a>Finansai</a><a>Nuomonės</a></nav><a>Prisijungti</a></header>
<main><article class="article"><h1>{e(art["title"])}</h1>
<div class="article-info"><span>{e(art["author"])}</span><span>2025-09-15 08:20</span></div>
<div class="article-photo"><img src="gamykla.jpg" alt=""><span>Bendrovės nuotr.</span></div>
<div class="article-content">{paras(art, between={1: pay, 4: timeline})}</div>
<div class="topics">Temos: <a>pienas</a> <a>investicijos</a> <a>Alytus</a></div>
<div class="share"><a>Dalintis</a><a>Facebook</a><a>LinkedIn</a></div>
</article>
<section class="related"><h2>Susiję straipsniai</h2>{teasers([("Pieno supirkimo kainos rugpjūtį vėl kilo", "Ūkininkams už pieną mokama beveik dešimtadaliu daugiau nei prieš metus."), ("Sūrių gamintojai skundžiasi energijos kainomis", "Didžiausios pieninės sako, kad brangi elektra mažina jų konkurencingumą.")])}</section></main>
<footer><p>© Verslo Žinios Pietūs, 2025. Visos teisės saugomos.</p></footer>"""
    return page(
        art, "Verslo Žinios Pietūs", "https://vzpietus.example/verslas/pienine", content, "lt"
    )


def ukrainian(art):
    key = """<div class="key-points"><h2>Головне</h2><ul><li>Реконструкція тривала два роки і коштувала 92 мільйони гривень.</li><li>У лікарні з'явилися операційна та укриття.</li><li>Бракує хірурга та двох анестезіологів.</li></ul></div>"""
    read = "<p><strong>Читайте також:</strong> <a>У Зеленодольську облаштують ще три укриття біля шкіл</a></p>"
    tg = "<p><em>Підписуйтеся на наш Telegram-канал, щоб першими дізнаватися найважливіші новини Зеленодольська та громади.</em></p>"
    donate = """<div class="support"><h3>Підтримайте нас</h3><p>Ми незалежне місцеве видання і працюємо завдяки підтримці читачів. Якщо вам важлива наша робота, зробіть внесок — навіть невелика сума допомагає нам писати далі.</p><a>Підтримати</a></div>"""
    content = f"""<header><a class="logo">Зеленодольський вісник</a><nav><a>Новини</a><a>Громада</a><a>Економіка</a><a>Культура</a></nav></header>
<main><article><div class="rubric">Здоров'я</div><h1>{e(art["title"])}</h1>
<div class="meta">{e(art["author"])} · 6 жовтня 2025, 12:30</div>
{key}
<figure><img src="likarnia.jpg" alt=""><figcaption>Оновлений корпус лікарні. Фото: міська рада</figcaption></figure>
<div class="text">{paras(art, between={3: read})}
{tg}</div>
{donate}
<div class="tags"><a>медицина</a><a>Зеленодольськ</a></div>
</article>
<section class="more"><h2>Новини за темою</h2>{teasers([("У громаді запрацював новий шкільний автобус", "Автобус возитиме дітей із трьох сіл до опорної школи."), ("Ремонт мосту на Садовій завершать до зими", "Підрядник обіцяє відкрити рух у листопаді.")])}</section></main>
<footer><p>© 2025 Зеленодольський вісник. Усі права захищені.</p></footer>"""
    return page(
        art, "Зеленодольський вісник", "https://zelvisnyk.example/zdorovya/likarnia", content, "uk"
    )


def swahili(art):
    audio = """<div class="audio-player"><button>Sikiliza habari hii</button><span class="duration">03:12</span></div>"""
    soma = '<p class="soma-pia"><b>Soma pia:</b> <a>Bei ya mahindi yashuka katika masoko ya Mbeya</a></p>'
    clip = """<div class="clip"><p>Sauti: Afisa kilimo Joseph Mwakalinga akizungumza na mwandishi wetu</p><audio controls></audio></div>"""
    content = f"""<header><a class="logo">Redio Sauti ya Nyanda</a><nav><a>Habari</a><a>Michezo</a><a>Vipindi</a><a>Sikiliza Mubashara</a></nav></header>
<main><div class="story"><h1>{e(art["title"])}</h1>
<div class="story-meta">Na {e(art["author"])} · 29 Januari 2025</div>
{audio}
<section class="story-body">{paras(art, stop=4, between={1: soma})}</section>
{clip}
<section class="story-body">{paras(art, start=4)}</section>
<div class="app-promo"><p>Pakua App ya Sauti ya Nyanda upate habari za kila siku na usikilize vipindi vyetu popote ulipo.</p><a>Pakua sasa</a></div>
<div class="related"><h2>Habari zinazohusiana</h2>{teasers([("Mvua kubwa zaleta mafuriko Kyela", "Zaidi ya kaya 200 zimeathirika na maji kujaa katika makazi yao."), ("Wafugaji waomba maeneo ya malisho", "Viongozi wa vijiji wamekutana kujadili migogoro kati ya wakulima na wafugaji.")])}</div>
</div></main>
<footer><p>© 2025 Redio Sauti ya Nyanda. Haki zote zimehifadhiwa.</p></footer>"""
    return page(
        art, "Redio Sauti ya Nyanda", "https://sautiyanyanda.example/habari/mbegu", content, "sw"
    )


#: page name -> (article key, layout function)
LAYOUTS_H8 = {
    "h8-01-danish": ("h8_danish", danish),
    "h8-02-turkish": ("h8_turkish", turkish),
    "h8-03-greek": ("h8_greek", greek),
    "h8-04-croatian": ("h8_croatian", croatian),
    "h8-05-vietnamese": ("h8_vietnamese", vietnamese),
    "h8-06-estonian": ("h8_estonian", estonian),
    "h8-07-lithuanian": ("h8_lithuanian", lithuanian),
    "h8-08-ukrainian": ("h8_ukrainian", ukrainian),
    "h8-09-swahili": ("h8_swahili", swahili),
}
