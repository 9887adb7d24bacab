"""Layouts of the frozen held-out group "h6" of the extraction benchmark.

Written after the fifth round and *before* any change of the sixth round (filtering
HTML by page structure); never used for tuning (docs/benchmarks-extraction.md).
``tests/test_read_bench.py`` pins a digest of the generated files. Fictional pages,
each with furniture written as full sentences inside boxes: an obituary with a funeral
notice and a guest book, an investment column with a disclaimer and a letters box, a
German science story with a glossary box, a Spanish fact-check with a verdict box, a
council report split by an advert with a "how to have your say" box, a French travel
story with a practical-information box, a Dutch health story with a "where to get help"
box, a Portuguese laptop review-news hybrid with a spec table and a method box, and an
Italian match report with line-ups and a podcast promo.
"""

from __future__ import annotations

import html

e = html.escape


def paras(art, p="p", h="h2", between=None, wrap=None):
    """The article's paragraphs; ``- `` items become one list, ``wrap`` wraps each block."""
    out: list[str] = []
    items: list[str] = []

    def flush():
        if items:
            out.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in items) + "</ul>")
            items.clear()

    for i, para in enumerate(art["paragraphs"]):
        if para.startswith("- "):
            items.append(para[2:])
        else:
            flush()
            if para.startswith("## "):
                block = f"<{h}>{e(para[3:])}</{h}>"
            else:
                block = f"<{p}>{e(para)}</{p}>"
            out.append(wrap.format(block) if wrap else block)
        if between and i in between:
            flush()
            out.append(between[i])
    flush()
    return "\n".join(out)


def page(art, site, url, content, lang="en"):
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{e(art["title"])} - {e(site)}</title>
<meta property="og:site_name" content="{e(site)}">
<link rel="canonical" href="{url}">
<meta name="author" content="{e(art["author"])}">
<meta property="article:published_time" content="{art["date"]}T06:45:00Z">
<script>window.pv=1;</script>
</head><body>
{content}
</body></html>
"""


def obituary(art):
    service = """<div class="service-details"><h3>Funeral arrangements</h3><p>A service of thanksgiving will be held at St Mary's Church, Harrow Bend, on Friday 13 June at 11am, followed by a private burial. Family flowers only; donations, if desired, may be made to the River Rescue Trust.</p></div>"""
    guest = "".join(
        f'<div class="gb-entry"><p>{t}</p><p class="gb-sign">{s}</p></div>'
        for t, s in [
            (
                "She took me across every morning to school for six years and never let us forget our homework. Rest well, Agnes.",
                "Jean Hollis, Fenmouth · 3 June",
            ),
            (
                "A true character of the river. Our thoughts are with Colin and all the family at this sad time.",
                "The Harrow Bend Sailing Club · 3 June",
            ),
            (
                "My father was one of the anglers she pulled out of the water in 1978. We owe her more than we can say.",
                "Mark Denholm · 2 June",
            ),
        ]
    )
    content = f"""<div class="masthead"><a class="logo">Harrow Gazette</a><div class="nav-links"><a>News</a><a>Sport</a><a>Announcements</a><a>Jobs</a></div><a>Sign in</a></div>
<div class="page"><article class="obit"><p class="kicker">Obituary</p><h1>{e(art["title"])}</h1>
<p class="byline">By {e(art["author"])} · 2 June 2025</p>
<img src="agnes.jpg" alt=""><p class="pic-caption">Agnes Whitlock at the ferry landing in 1985. Picture: Whitlock family</p>
<div class="obit-body">{paras(art, between={3: service})}</div>
<section class="guestbook"><h3>Guest book</h3><p>Leave a message of condolence for the family. Messages are checked before they appear.</p>{guest}<a>Sign the guest book</a></section>
<div class="memory"><p>Did you know Agnes? Share your memories of her with us and we may include them in a tribute in next week's paper.</p></div>
</article>
<div class="notices"><h3>Family announcements</h3><p>To place a death notice or an announcement in the Harrow Gazette, call our family notices team on 01632 960 412, Monday to Friday.</p></div></div>
<div class="bottom"><p>© Harrow Gazette 2025</p><a>Contact</a><a>Privacy</a></div>"""
    return page(art, "Harrow Gazette", "https://harrowgazette.example/obituaries/whitlock", content)


def investing(art):
    pull = '<blockquote class="pull-quote"><p>None of this means that bonds will keep beating shares.</p></blockquote>'
    content = f"""<div class="top-strip"><a>The Weekend Courier</a><div><a>Money</a><a>Property</a><a>Pensions</a><a>Tax</a></div><a>Subscribe</a></div>
<div class="grid"><div class="story-col"><p class="rubric">Money Matters</p><h1>{e(art["title"])}</h1>
<p class="standfirst">Rate cuts gave plain funds their best year in a decade</p>
<p class="author-line">{e(art["author"])} · Monday 9 June 2025</p>
<div class="col-text">{paras(art, between={4: pull})}
<p class="data-note">Fund figures: Kestrel Data, total returns in sterling for the 12 months to 6 June 2025, with income reinvested.</p>
<p class="disclaimer"><em>This column is for general information only and is not personal financial advice. The value of investments can fall as well as rise, and you may get back less than you invested. Past performance is not a reliable guide to future returns.</em></p>
</div>
<div class="columnist"><p>Priya Landau writes the Money Matters column every Monday. She worked as an independent financial adviser for fifteen years before she became a journalist.</p></div>
<div class="letters"><h4>Got a money question?</h4><p>Write to Money Matters at the address below or email money@weekendcourier.example. We cannot give individual advice, but we may answer your question in a future column.</p></div>
</div>
<div class="side-col"><h3>Best buys</h3><p>Easy access savings: 4.6%</p><p>One-year fixed bond: 4.9%</p><p>Cash ISA: 4.4%</p></div></div>
<div class="legal-foot"><p>The Weekend Courier is regulated by the independent press standards body.</p></div>"""
    return page(
        art, "The Weekend Courier", "https://weekendcourier.example/money/bond-funds", content
    )


def science(art):
    glossary = """<div class="infobox"><h3>Begriffe erklärt</h3><p><b>Winterstarre:</b> Zustand, in dem wechselwarme Tiere ihren Stoffwechsel stark herunterfahren, um die kalte Jahreszeit zu überstehen.</p><p><b>Moorfrosch:</b> Kleiner Froschlurch, der in Mooren und feuchten Wiesen lebt; die Männchen färben sich in der Paarungszeit blau.</p></div>"""
    content = f"""<div class="kopf"><a class="marke">Nordkurier Wissen</a><div class="rubriken"><a>Natur</a><a>Medizin</a><a>Technik</a><a>Klima</a></div></div>
<main><div class="beitrag"><span class="dachzeile">Artenschutz</span><h1>{e(art["title"])}</h1>
<p class="autorin">Von {e(art["author"])} | 18.03.2025, 10:30 Uhr</p>
<div class="inhalt">{paras(art, between={2: glossary}, wrap='<div class="textblock">{}</div>')}</div>
<p class="quelle">Die Studie ist in der Fachzeitschrift Journal of Amphibian Ecology erschienen (doi: 10.5555/jae.2025.0412).</p>
<p class="foerderung">Die Recherche zu diesem Beitrag wurde von der Stiftung Wissen im Norden gefördert. Die Stiftung hatte keinen Einfluss auf den Inhalt.</p>
<div class="leserfrage"><p>Haben Sie eine Frage an unsere Wissenschaftsredaktion? Schreiben Sie uns, wir beantworten ausgewählte Fragen jeden Samstag in unserer Rubrik.</p></div>
</div></main>
<div class="fuss"><a>Impressum</a><a>Datenschutz</a><p>© Nordkurier Wissen 2025</p></div>"""
    return page(
        art, "Nordkurier Wissen", "https://nordkurier-wissen.example/moorfrosch", content, "de"
    )


def factcheck(art):
    content = f"""<div class="cabecera"><a>Verifica Sur</a><div><a>Bulos</a><a>Política</a><a>Salud</a><a>Metodología</a></div></div>
<div class="contenedor"><div class="verificacion"><h1>{e(art["title"])}</h1><p class="firma">{e(art["author"])} · 22 de abril de 2025</p>
<div class="veredicto"><p class="etiqueta">FALSO</p><p>El agua del grifo de Valdeserra cumple el límite legal de plomo. Los análisis de marzo dan valores entre 0,8 y 2,1 microgramos por litro, muy por debajo del máximo permitido.</p></div>
<div class="cuerpo">{paras(art)}</div>
<div class="fuentes"><h3>Fuentes</h3><ul><li>Empresa municipal de aguas de Valdeserra, resultados de los análisis de marzo de 2025.</li><li>Ayuntamiento de Valdeserra, informe sobre la renovación de la red de 2016.</li><li>Estudio sobre tuberías de plomo en Torrelobos, 2019.</li></ul></div>
<div class="metodo"><p>Esta verificación sigue nuestra metodología pública. Si crees que hemos cometido un error, escríbenos y revisaremos el artículo.</p></div>
<div class="bulo"><p>¿Te ha llegado un mensaje dudoso? Reenvíalo a nuestro número de WhatsApp y lo comprobaremos por ti.</p></div>
</div></div>
<div class="pie"><p>Verifica Sur es miembro de la red internacional de verificadores.</p><a>Aviso legal</a></div>"""
    return page(art, "Verifica Sur", "https://verificasur.example/agua-valdeserra", content, "es")


def council(art):
    n = len(art["paragraphs"])
    part1 = {"paragraphs": art["paragraphs"][:4]}
    part2 = {"paragraphs": art["paragraphs"][4:8]}
    part3 = {"paragraphs": art["paragraphs"][8:n]}
    box = """<div class="box box--info"><h3>How to have your say</h3><p>You can fill in the online survey on the council's website until 26 August. Paper copies are available at Aldmoor library and at the council offices in Market Square.</p><p>Two drop-in sessions will be held at the town hall on 15 July and 2 August, from 2pm to 7pm, where council officers will answer questions.</p></div>"""
    content = f"""<div class="header"><a>Aldmoor Observer</a><div><a>News</a><a>Politics</a><a>Business</a><a>Your Area</a></div></div>
<div class="content"><div class="article"><h1>{e(art["title"])}</h1><p class="meta">{e(art["author"])}, Local Democracy Reporter · 1 July 2025</p>
<section class="body-part">{paras(part1)}</section>
<div class="ad-slot"><span>Advertisement</span></div>
<section class="body-part">{paras(part2)}</section>
{box}
<section class="body-part">{paras(part3)}</section>
<p class="partnership">This story was produced by a reporter funded by the Community News Partnership, which pays for journalists to cover councils across the region.</p>
<div class="comments-note"><p>Comments on this story are moderated according to our community guidelines.</p></div>
</div></div>
<div class="footer"><p>© Aldmoor Observer</p><a>Terms</a></div>"""
    return page(
        art, "Aldmoor Observer", "https://aldmoorobserver.example/news/corn-street", content
    )


def travel(art):
    box = """<div class="encadre"><h3>Pratique</h3><p>Le train circule tous les jours en juillet et en août, et les week-ends le reste de la saison. Le billet aller-retour coûte 16 euros pour les adultes et 9 euros pour les enfants.</p><p>Départs de la gare de Saint-Aubrac à 10 heures et à 14 h 30. La réservation est conseillée, surtout le dimanche.</p></div>"""
    content = f"""<div class="bandeau"><a>L'Écho des Causses</a><div><a>Actualité</a><a>Sorties</a><a>Sports</a><a>Annonces</a></div><a>Se connecter</a></div>
<div class="mise-en-page"><article><p class="rubrique">Tourisme</p><h1>{e(art["title"])}</h1>
<p class="auteur">{e(art["author"])}</p><p class="date">Le 27 mai 2025</p>
<div class="article-content">{paras(art, between={3: box})}</div>
<div class="idees"><h3>Nos idées de sortie</h3><p>Les gorges de la Jonte à pied : une boucle de trois heures pour les marcheurs en forme.</p><p>Le marché de nuit de Millau revient tous les jeudis de l'été.</p></div>
<div class="lettre"><p>Cet article vous a plu ? Inscrivez-vous à notre lettre Évasion pour recevoir chaque jeudi nos idées de balades et de sorties.</p></div>
</article></div>
<div class="bas"><p>© L'Écho des Causses 2025</p><a>Mentions légales</a></div>"""
    return page(
        art, "L'Écho des Causses", "https://echodescausses.example/train-orbe", content, "fr"
    )


def health(art):
    box = """<div class="hulp-kader" role="note"><p><strong>Hulp nodig?</strong></p><p>Wil je anoniem met iemand praten? Bel of chat met de Kindertelefoon via 0800-0432, elke dag van 11.00 tot 21.00 uur. Bij acuut gevaar bel je 112.</p><p>Ouders die zich zorgen maken, kunnen terecht bij het centrum voor jeugd en gezin in hun gemeente.</p></div>"""
    content = f"""<div class="kop"><a>Dagblad Westerkwartier</a><div><a>Nieuws</a><a>Regio</a><a>Sport</a><a>112</a></div></div>
<div class="pagina"><div class="artikel"><h1>{e(art["title"])}</h1><p class="info">{e(art["author"])} · 11 februari 2025, 14:05</p>
<div class="article-body">{paras(art, between={3: box})}</div>
<p class="let-op">Dit artikel geeft algemene informatie en is geen vervanging voor advies van een arts of hulpverlener.</p>
<div class="tip"><p>Heb je een tip of zie je een fout in dit artikel? Mail de redactie, we lezen alles wat binnenkomt.</p></div>
</div></div>
<div class="voet"><p>© Dagblad Westerkwartier</p><a>Privacy</a></div>"""
    return page(
        art,
        "Dagblad Westerkwartier",
        "https://dagbladwk.example/jeugdzorg-wachttijd",
        content,
        "nl",
    )


def tech(art):
    specs = "".join(
        f"<tr><th>{k}</th><td>{v}</td></tr>"
        for k, v in [
            ("Processador", "Lumeo N3, 8 núcleos"),
            ("Memória", "16 GB"),
            ("Armazenamento", "512 GB SSD"),
            ("Ecrã", "14 polegadas, 1920 x 1200, sem toque"),
            ("Bateria", "70 Wh, até 22 horas segundo a marca"),
            ("Peso", "1,19 kg"),
        ]
    )
    method = """<div class="como-testamos"><h4>Como testamos</h4><p>Usamos cada portátil durante pelo menos uma semana como máquina de trabalho principal. A autonomia é medida com um vídeo em repetição e o brilho do ecrã a metade.</p></div>"""
    content = f"""<div class="topo"><a>Byte Atlântico</a><div><a>Notícias</a><a>Análises</a><a>Guias</a><a>Ofertas</a></div></div>
<div class="principal"><div class="artigo"><p class="categoria">Portáteis</p><h1>{e(art["title"])}</h1>
<p class="assinatura">{e(art["author"])} · 15 set 2025</p>
<div class="post-content"><p class="aviso-afiliados">Este artigo pode conter ligações de afiliados. Se comprar através delas, podemos receber uma comissão, sem custo adicional para si.</p>
{paras(art, between={2: f'<table class="specs">{specs}</table>', 5: method})}
<div class="veredito"><p>Gostámos: bateria, teclado, peso</p><p>Não gostámos: ecrã pouco brilhante, só duas portas USB</p><p>Nota: 7/10</p></div></div>
</div>
<div class="lateral"><h3>Mais lidas</h3><a>Os melhores auscultadores de 2025</a><a>Como limpar o teclado do portátil</a></div></div>
<div class="rodape"><p>© Byte Atlântico</p></div>"""
    return page(art, "Byte Atlântico", "https://byteatlantico.example/lumeo-arco-14", content, "pt")


def match(art):
    content = f"""<div class="testata"><a>Il Corriere della Valle</a><div><a>Cronaca</a><a>Sport</a><a>Cultura</a></div></div>
<div class="corpo-pagina"><div class="articolo"><p class="occhiello">Calcio, Serie D</p><h1>{e(art["title"])}</h1>
<p class="autore">di {e(art["author"])}</p>
<div class="testo">{paras(art)}</div>
<div class="tabellino"><h3>Il tabellino</h3><p>Valsorda (4-3-3): Bassi; Greco, Moretti, Conti, Villa; Rossetti, Ferretti, Galli; Colombo, Neri, Mancini. Allenatore: Ghedini.</p><p>Montegrillo (3-5-2): Lodi; Pace, Santoro, Bruni; Rinaldi, Fabbri, Costa, Marino, De Luca; Ricci, Gatti. Allenatore: Serra.</p><p>Arbitro: Sala di Lecco. Ammoniti Galli e Rinaldi, espulso Pace al 78' per doppia ammonizione.</p></div>
<div class="pagelle"><h3>Le pagelle</h3><ul><li>Ferretti 8: un gol splendido e tanta corsa per tutta la partita.</li><li>Colombo 7: sempre nel posto giusto al momento giusto.</li><li>Bassi 6: incolpevole sul gol subito.</li></ul></div>
<div class="podcast"><h4>Ascolta Calcio Valle</h4><p>Nella nuova puntata del nostro podcast parliamo del derby con l'ex capitano Dario Mele, che racconta le stracittadine degli anni Novanta.</p></div>
</div></div>
<div class="piede"><p>© Il Corriere della Valle, riproduzione riservata</p></div>"""
    return page(
        art, "Il Corriere della Valle", "https://corrieredellavalle.example/derby", content, "it"
    )


#: page name -> (article key, layout function)
LAYOUTS_H6 = {
    "h6-01-obituary": ("h6_obituary", obituary),
    "h6-02-investing": ("h6_investing", investing),
    "h6-03-science": ("h6_science", science),
    "h6-04-factcheck": ("h6_factcheck", factcheck),
    "h6-05-council": ("h6_council", council),
    "h6-06-travel": ("h6_travel", travel),
    "h6-07-health": ("h6_health", health),
    "h6-08-tech": ("h6_tech", tech),
    "h6-09-match": ("h6_match", match),
}
