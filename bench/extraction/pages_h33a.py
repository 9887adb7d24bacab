"""Layouts h33-01 to h33-03 of the frozen held-out group "h33" of the extraction benchmark.

Written at the start of round 30 by someone other than the person tuning the reader and
without reading the reader or its output on these pages; never used for tuning
(docs/benchmarks-extraction.md). Fictional pages in layouts and languages not used by
h2-h32: an Aragonese valley news site on Bolt CMS 5 with the base-2021 theme (Tailwind
and Alpine.js chrome, ``#header`` navigation with the scroll ``#progress`` bar, a hero
with ``_record_header_author``, the record's fields in ``article.article`` as
``data-bolt-field`` divs, the HTML body field's CKEditor 5 markup wrapped in a ``<p>``
as the default field block does, a separate note field, the newsletter, author and
prev/next partials, a comments extension, the footer with latest records, search and
"Built with Bolt"); a Venetian neighbourhood paper on Plone 6 Classic UI with the
Barceloneta theme (``#portal-top`` with ``#portal-searchbox`` and the Bootstrap 5
``#portal-globalnav``, ``#portal-breadcrumbs``, ``article#content`` with
``documentFirstHeading``, ``documentByLine`` and ``documentDescription``, the
``newsImageContainer`` figure and ``#parent-fieldname-text`` with a Diazo-injected
advert, ``section-category`` keywords, sc.social.like, document actions,
``#section-related``, a below-content collection portlet, plone.app.discussion
comments and form, ``#portal-column-two`` portlets, ``#portal-footer-wrapper`` with
``#portal-siteactions`` and ``#portal-colophon``, cookiecuttr); and a Crimean Tatar
(Latin) community news site in Dobruja on Umbraco 8 with the legacy grid layout
(Bootstrap 3 ``navbar``, ``breadcrumb``, the body in ``umb-grid`` > ``grid-section`` >
``row clearfix`` > ``column`` cells with rich-text, media (``caption``), headline
(inline-styled ``<h1>``) and macro controls, ``/media/`` crops with ``rnd``, a
surface-controller comment form with ``ufprt``, an Umbraco Forms newsletter).
"""

from __future__ import annotations

import html
import json

from page_parts import lis, paras

e = html.escape


def ld(data):
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def news_ld(art, url, publisher, lang, kind="NewsArticle"):
    return ld(
        {
            "@context": "https://schema.org",
            "@type": kind,
            "headline": art["title"],
            "inLanguage": lang,
            "datePublished": art["date"] + "T08:10:00+00:00",
            "author": {"@type": "Person", "name": art["author"]},
            "publisher": {"@type": "Organization", "name": publisher},
            "mainEntityOfPage": url,
        }
    )


def aragonese(art):
    """Bolt CMS 5 with the base-2021 theme: fields as data-bolt-field divs."""
    site = "https://avozribagorza.example"
    url = f"{site}/entry/a-escuela-de-chuarre-torna-a-ubrir-se"
    link = "px-4 py-2 mt-2 text-sm font-semibold bg-transparent rounded-lg md:mt-0 md:ml-4 hover:text-gray-900 focus:text-gray-900 hover:bg-gray-200 focus:bg-gray-200 focus:outline-none focus:shadow-outline"
    cur = "px-4 py-2 mt-2 text-sm font-semibold text-gray-900 bg-gray-200 rounded-lg md:mt-0 hover:text-gray-900 focus:text-gray-900 hover:bg-gray-200 focus:bg-gray-200 focus:outline-none focus:shadow-outline"
    nav = "".join(
        f'<a href="{site}{h}"\n       class="{cur if t == "Educación" else link}"\n    >\n        {t}\n    </a>\n'
        for t, h in [
            ("Portalada", "/"),
            ("Ribagorza", "/entries/ribagorza"),
            ("Educación", "/entries/educacion"),
            ("Cultura", "/entries/cultura"),
            ("Luenga", "/entries/luenga"),
            ("Agenda", "/entries/agenda"),
            ("Contacto", "/page/contacto"),
        ]
    )
    figure = f'<figure class="image"><img src="{site}/thumbs/1000%C3%97750%C3%97crop/2025-09/aula-chuarre.jpg" alt="Os ninos en l\'aula nueva" width="1000" height="750"><figcaption>Os siete alumnos con a mayestra, Pilar Cosculluela, o primer día de clase. Foto: Sara Latorre</figcaption></figure>'
    ad = '<div class="publicidat not-prose my-8 text-center border-t border-b border-gray-300 py-4"><span class="block text-xs uppercase tracking-widest text-gray-500 mb-2">Publicidat</span><a href="https://adserver.example/click?b=ribagorza-ferreteria" rel="sponsored nofollow"><img src="/files/publicidat/ferreteria-campo-728x90.gif" width="728" height="90" alt="Ferretería Campo, Graus"></a></div>'
    readalso = f'<p><strong>Leye tamién:</strong> <a href="{site}/entry/o-conceyo-de-lierp-reforma-a-vieja-escuela">O conceyo de Lierp reforma a vieja escuela ta tornar-la a ubrir</a></p>'
    teaser = paras(art, stop=1)
    body = paras(
        art, start=1, stop=len(art["paragraphs"]) - 1, between={3: figure, 5: ad, 12: readalso}
    )
    note = e(art["paragraphs"][-1])
    tags = "".join(
        f'<a href="{site}/tags/{s}" class="text-base md:text-sm text-teal no-underline hover:underline">{t}</a> . '
        for t, s in [
            ("escuela", "escuela"),
            ("Val de Lierp", "val-de-lierp"),
            ("despoblación", "despoblacion"),
            ("aragonés", "aragones"),
        ]
    )
    related = "".join(
        f'<div class="p-4 md:w-1/3"><div class="h-full border-2 border-gray-200 rounded-lg overflow-hidden"><img class="lg:h-48 md:h-36 w-full object-cover object-center" src="{site}/thumbs/400%C3%97300%C3%97crop/2025-0{i}/{s}.jpg" alt=""><div class="p-6"><h2 class="tracking-widest text-xs title-font font-medium text-gray-500 mb-1">{c}</h2><h1 class="title-font text-lg font-medium text-gray-900 mb-3"><a href="{site}/entry/{s}">{e(t)}</a></h1><p class="leading-relaxed mb-3">{e(d)}</p><a href="{site}/entry/{s}" class="text-indigo-500 inline-flex items-center md:mb-2 lg:mb-0">Leyer mas</a></div></div></div>'
        for i, (c, s, t, d) in enumerate(
            [
                (
                    "EDUCACIÓN",
                    "graus-estrena-comedor",
                    "A escuela de Graus estrena comedor con productos d'a redolada",
                    "O nuevo comedor servirá cada día cient menús feitos con verdura y carne de casas d'a comarca. As familias pagarán o mesmo que l'anyo pasau.",
                ),
                (
                    "LUENGA",
                    "curso-aragones-benas",
                    "Mas de sisanta personas s'apuntan a o curso d'aragonés de Benás",
                    "O curso ye de baldes y se fará os dimecres a la tarde en a casa d'a cultura. Bi ha plazas ta ninos y ta adultos.",
                ),
                (
                    "RIBAGORZA",
                    "carretera-lierp-obras",
                    "As obras d'a carretera de Lierp rematarán antes de l'hibierno",
                    "A Diputación asegura que o firme nuevo y os quitamiedos serán listos en noviembre, antes d'as primeras nieus.",
                ),
            ],
            6,
        )
    )
    cms = "".join(
        f'<div class="comment flex mb-6" id="comment-{88 + i}"><img class="w-10 h-10 rounded-full mr-4" src="https://www.gravatar.com/avatar/{i}c3f0?s=40&amp;d=mp" alt=""><div class="flex-1"><p class="text-sm"><strong class="text-gray-900">{e(n)}</strong> <span class="text-gray-500">· {d}</span></p><div class="comment-body text-base"><p>{e(t)}</p></div><a href="#comment-form" class="text-xs text-indigo-500" data-reply="{88 + i}">Responder</a></div></div>'
        for i, (n, d, t) in enumerate(
            [
                (
                    "Marieta de Casa Sanz",
                    "12/09/2025 10:41",
                    "Qué goyo leyer isto. Yo fue a ixa escuela de moceta y fa anyos que no pasaba per debant sin que se me metese o corazón en un puño.",
                ),
                (
                    "Antón B.",
                    "12/09/2025 13:05",
                    "Muito bien por o conceyo, pero cal que a Diputación no se'n olbide quan faiga falta pagar a calefacción l'hibierno que viene.",
                ),
                (
                    "Chorche Lanau",
                    "12/09/2025 16:20",
                    "Gracias Antón. L'alcalde nos dició que a calefacción ye pagada por o conceyo ista anyada; ne feremos seguimiento.",
                ),
            ]
        )
    )
    latest = lis(
        [
            "A escuela de Chuarre torna a ubrir-se dimpués de quince anyadas zarrada",
            "As obras d'a carretera de Lierp rematarán antes de l'hibierno",
            "Fiestas de Perarrúa: programa complet",
            "O mercau de Graus tornará a o Barrichós",
        ],
        '<li class="mb-2"><a class="text-gray-600 hover:text-gray-800">{}</a></li>',
    )
    pages = lis(
        ["Quí somos", "Publicidat", "Aviso legal", "Politica de cookies"],
        '<li class="mb-2"><a class="text-gray-600 hover:text-gray-800">{}</a></li>',
    )
    return f"""<!DOCTYPE html>
<html lang="an">
<head>
  <meta charset="UTF-8">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <meta http-equiv="X-UA-Compatible" content="ie=edge">
  <title>A escuela de Chuarre torna a ubrir-se dimpués de quince anyadas zarrada | A Voz d'a Ribagorza</title>
  <meta name="description" content="Siete ninos y ninas tornan a l'aula d'o lugar gracias a tres familias chovens y a o treballo d'o conceyo.">
  <meta name="keywords" content="">
  <meta name="author" content="{e(art["author"])}">
  <meta name="generator" content="Bolt">
  <link rel="canonical" href="{url}">
  <meta property="og:type" content="article">
  <meta property="og:title" content="{e(art["title"])}">
  <meta property="og:image" content="{site}/thumbs/1200%C3%97630%C3%97crop/2025-09/escuela-chuarre.jpg">
  <link rel="preconnect" href="https://fonts.googleapis.com" crossorigin />
  <link href="https://fonts.googleapis.com/css?family=Source+Sans+Pro:400,700" rel="stylesheet">
  <link rel="stylesheet" href="/theme/base-2021/css/styles.css?v=5.2.1" />
  <link rel="stylesheet" href="/theme/base-2021/css/theme_extras.css?v=5.2.1" />
  <style>
    .gradient {{
      background: linear-gradient(to right, #7a1f1f, #d4a017);
    }}
  </style>
  <script async src="https://www.googletagmanager.com/gtag/js?id=G-RIBAG0RZA1"></script>
  {news_ld(art, url, "A Voz d'a Ribagorza", "an")}
</head>

<body class="leading-normal tracking-normal gradient" style="font-family: 'Source Sans Pro', sans-serif;">
  <!--Nav-->
<div id="header" class="text-white fixed top-0 w-full z-30">
  <div x-data="{{ open: false }}"
    class="flex flex-col max-w-screen-xl px-4 mx-auto md:items-center md:justify-between md:flex-row md:px-4">
    <div class="py-4 flex flex-row items-center justify-between">
      <a href="{site}/" class="text-lg font-semibold tracking-widest currentColor uppercase rounded-lg focus:outline-none focus:shadow-outline">
        <svg class="h-8 fill-current inline" viewBox="0 0 24 24"><path d="M12 2L2 22h20L12 2z"/></svg>
        A Voz d'a Ribagorza
      </a>
      <button class="md:hidden rounded-lg focus:outline-none focus:shadow-outline" @click="open = !open" aria-label="Menú">
        <svg fill="currentColor" viewBox="0 0 20 20" class="w-6 h-6"><path x-show="!open" fill-rule="evenodd" d="M3 5a1 1 0 011-1h12a1 1 0 110 2H4a1 1 0 01-1-1zM3 10a1 1 0 011-1h12a1 1 0 110 2H4a1 1 0 01-1-1zM9 15a1 1 0 011-1h6a1 1 0 110 2h-6a1 1 0 01-1-1z" clip-rule="evenodd"></path></svg>
      </button>
    </div>

    <nav :class="{{'flex': open, 'hidden': !open}}"
     class="z-30 top-0 currentColor flex-col flex-grow pb-4 md:pb-0 hidden md:flex md:justify-end md:flex-row">
{nav}
    <form method="get" action="{site}/search" class="md:ml-4 mt-2 md:mt-0"><input type="search" name="searchTerm" placeholder="Buscar…" class="bg-white text-gray-800 rounded px-2 py-1 text-sm"></form>
    </nav>

  </div>

  <div id="progress" class="bg-white h-1 z-40"
    style="background:linear-gradient(to right, #4dc0b5 var(--scroll), transparent 0);"></div>

</div>

<!--Container-->

<section class="bg-gray-100 mt-16 w-full">

  <div class="mb-4 md:mb-0 w-full mx-auto relative" style="height: 32em;">
    <div class="absolute left-0 bottom-0 w-full h-full z-10"
      style="background-image: linear-gradient(180deg,transparent,rgba(0,0,0,.7));">
    </div>
    <img src="{site}/thumbs/1368%C3%971026%C3%97crop/2025-09/escuela-chuarre.jpg" class="absolute left-0 top-0 w-full h-full z-0 object-cover" />

    <div class="flex flex-col p-4 w-full absolute bottom-0 left-0 z-20">
      <div class="w-2/3 md:mx-auto pb-12">
        <h1 class="text-2xl lg:text-4xl font-semibold leading-tight">

        </h1>
        <div class="flex mt-3">
          <img src="{site}/thumbs/40%C3%9740%C3%97crop/usuarios/chorche-lanau.jpg" class="h-10 w-10 rounded-full mr-2 object-cover" />
          <div>
            <p class="font-semibold text-gray-200 text-sm">{e(art["author"])}</p>
            <p class="font-semibold text-gray-400 text-xs">12 de setiembre de 2025 · 4 minutos de lectura</p>
          </div>
        </div>
      </div>
    </div>

    <div class="absolute bottom-0 left-0 w-full z-20"><svg viewBox="0 0 1428 174" xmlns="http://www.w3.org/2000/svg"><path d="M0 0h1428v174H0z" fill="#f7fafc" fill-opacity=".1"/></svg></div>

  </div>

  <div class="container w-full max-w-3xl  mx-auto text-black pt-20">

    <nav class="breadcrumbs text-sm text-gray-600 px-4 md:px-6 mb-4" aria-label="Breadcrumb">
      <a href="{site}/">Portalada</a> &rsaquo; <a href="{site}/entries/educacion">Educación</a> &rsaquo; <span>A escuela de Chuarre torna a ubrir-se</span>
    </nav>

    <div class="w-full px-4 md:px-6 text-xl text-grey-darkest leading-normal">

      <!--Post Content-->

      <h1>{e(art["title"])}</h1>

      <article class="article">
        <div data-bolt-field="teaser">
        <p>{teaser}</p>
    </div>
        <div data-bolt-field="body">
        <p>{body}</p>
    </div>
        <div data-bolt-field="nota">
        <p>{note}</p>
    </div>
      </article>

      <!--/ Post Content-->

    </div>

    <!--Tags -->
    <div class="text-base md:text-sm text-grey px-4 py-6">
      <a href="{site}/entries/educacion" class="px-4 py-1 gradient text-gray-200 inline-flex items-center justify-center mb-2 rounded-md">
            Educación
            Ribagorza
      </a>

      Etiquetas: {tags}
    </div>

    <div class="share px-4 pb-6 text-sm" x-data>
      <span class="font-semibold mr-2">Comparte-lo:</span>
      <a class="text-gray-500 mr-3" href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" rel="noopener">Facebook</a>
      <a class="text-gray-500 mr-3" href="https://twitter.com/intent/tweet?url={url}" target="_blank" rel="noopener">X</a>
      <a class="text-gray-500 mr-3" href="https://api.whatsapp.com/send?text={url}" target="_blank" rel="noopener">WhatsApp</a>
      <a class="text-gray-500 mr-3" href="https://t.me/share/url?url={url}" target="_blank" rel="noopener">Telegram</a>
      <button class="text-gray-500" @click="navigator.clipboard.writeText('{url}')">Copiar o vinclo</button>
    </div>

    <!--Divider-->
    <hr class="border-b-2 border-grey-light mb-8 mx-4">

    <!--Subscribe-->
<div class="container px-4">
    <div class="font-sans bg-white rounded-lg shadow-md p-4 text-center">
        <h2 class="break-normal text-xl md:text-3xl">Suscribe-te a o boletín</h2>
        <h3 class="break-normal font-normal text-grey-dark text-sm md:text-base">Cada viernes te ninviamos as noticias d'a semana d'a Ribagorza. Ye de baldes y te puetz dar de baixa quan quieras.</h3>
        <div class="w-full text-center pt-4">
            <form action="{site}/newsletter/alta" method="post">
                <div class="max-w-sm mx-auto p-1 pr-0 flex flex-wrap items-center">
                    <input type="email" name="email" placeholder="o-tuyo-correu@example.com"
                           class="flex-1 mt-4 appearance-none border border-grey-light rounded shadow-md p-3 text-grey-dark mr-2 focus:outline-none">
                    <button type="submit"
                            class="flex-1 mt-4 block md:inline-block appearance-none gradient text-white text-base font-semibold tracking-wide uppercase py-4 rounded shadow hover:bg-teal-light">Suscribir-me</button>
                </div>
            </form>
        </div>
    </div>
</div>
<!-- /Subscribe-->

    <!--Author-->
    <div class="flex w-full items-center font-sans px-4 py-12">
      <img class="w-10 h-10 rounded-full mr-4" src="{site}/thumbs/40%C3%9740%C3%97crop/usuarios/chorche-lanau.jpg" alt="">
      <div class="flex-1 px-2">
        <p class="text-base font-bold text-base md:text-xl leading-none mb-2">{e(art["author"])}</p>
        <p class="text-gray-600 text-xs md:text-base">Periodista de Graus. Escribe sobre os lugars d'a Ribagorza, a escuela rural y a luenga aragonesa.</p>
      </div>
      <div class="justify-end">
        <a href="{site}/autors/chorche-lanau" class="bg-transparent border border-gray-500 hover:border-teal-500 text-xs text-gray-500 hover:text-teal-500 font-bold py-2 px-4 rounded-full">Mas articlos</a>
      </div>
    </div>
    <!--/Author-->

    <!--Divider-->
    <hr class="border-b-2 border-grey-light mb-8 mx-4">

    <div class="font-sans flex justify-between content-center px-4 pb-12">
      <div class="text-left">
        <span class="text-xs md:text-sm font-normal text-gray-600">&lt; Anterior</span><br>
        <p><a href="{site}/entry/fiestas-de-perarrua" class="break-normal text-base md:text-sm text-teal font-bold no-underline hover:underline">Fiestas de Perarrúa: programa complet</a></p>
      </div>
      <div class="text-right">
        <span class="text-xs md:text-sm font-normal text-gray-600">Siguient &gt;</span><br>
        <p><a href="{site}/entry/mercau-de-graus" class="break-normal text-base md:text-sm text-teal font-bold no-underline hover:underline">O mercau de Graus tornará a o Barrichós</a></p>
      </div>
    </div>

    <section class="related px-4 pb-12">
      <h2 class="text-2xl font-semibold mb-4">Atras noticias que te pueden interesar</h2>
      <div class="flex flex-wrap -m-4">{related}</div>
    </section>

    <section id="comentarios" class="comments px-4 pb-12">
      <h2 class="text-2xl font-semibold mb-4">3 comentarios</h2>
      {cms}
      <form id="comment-form" method="post" action="{site}/comments/post" class="bg-white rounded-lg shadow-md p-4">
        <h3 class="text-lg font-semibold mb-2">Deixa o tuyo comentario</h3>
        <p class="text-sm text-gray-600 mb-4">Os comentarios se publican dimpués que los revise a redacción. No se publicarán insultos ni mensaches publicitarios.</p>
        <input type="hidden" name="record" value="1841"><input type="hidden" name="_token" value="kq0bR1bQ5mXc2n8dLr4pZs7VwYt3Ea9H">
        <label class="block text-sm">Nombre<input type="text" name="name" class="block w-full border rounded p-2"></label>
        <label class="block text-sm mt-2">Adreza de correu<input type="email" name="email" class="block w-full border rounded p-2"></label>
        <label class="block text-sm mt-2">Comentario<textarea name="body" rows="5" class="block w-full border rounded p-2"></textarea></label>
        <button type="submit" class="mt-4 gradient text-white font-semibold py-2 px-6 rounded">Ninviar</button>
      </form>
    </section>

  </div>
</section>
<!--/container-->

<!--Footer-->
<footer class="bg-white text-gray-700 body-font">
    <div class="container px-5 py-24 mx-auto">
        <div class="flex flex-wrap md:text-left text-center order-first">
            <div class="lg:w-1/4 md:w-1/2 w-full px-4">
                <h2 class="title-font font-medium text-gray-900 tracking-widest text-sm mb-3">ZAGUERAS NOTICIAS</h2>
                <nav class="list-none mb-10"><ul>{latest}</ul></nav>
            </div>
            <div class="lg:w-1/4 md:w-1/2 w-full px-4">
                <h2 class="title-font font-medium text-gray-900 tracking-widest text-sm mb-3">PACHINAS</h2>
                <nav class="list-none mb-10"><ul>{pages}</ul></nav>
            </div>
            <div class="lg:w-1/4 md:w-1/2 w-full px-4">
                <h2 class="title-font font-medium text-gray-900 tracking-widest text-sm mb-3">QUÍ SOMOS</h2>
                <p class="text-sm text-gray-600">A Voz d'a Ribagorza ye un diario dichital independient feito en Graus. Publicamos en aragonés y en castellano dende 2019.</p>
            </div>
            <div class="lg:w-1/4 md:w-1/2 w-full px-4">
                <h2 class="title-font font-medium text-gray-900 tracking-widest text-sm mb-3">BUSCAR</h2>
                <div class="flex xl:flex-no-wrap md:flex-no-wrap lg:flex-wrap flex-wrap justify-center md:justify-start">
                    <form method="get" action="{site}/search" enctype="text/plain">
                        <input class="w-30 bg-gray-100 rounded xl:mr-4 lg:mr-0 sm:mr-4 mr-2 border border-gray-400 focus:outline-none focus:border-indigo-500 text-base py-2 px-4"
                               value="" placeholder="Buscar…"
                               type="search">
                        <button class="lg:mt-2 xl:mt-0 flex-shrink-0 inline-flex text-white gradient border-0 py-2 px-6 focus:outline-none hover:bg-indigo-600 rounded">
                            Buscar
                        </button>
                    </form>
                </div>
            </div>
        </div>
    </div>

    <div class="bg-gray-200">
        <div class="container px-5 py-6 mx-auto flex items-center sm:flex-row flex-col">
            <a class="flex title-font font-medium items-center md:justify-start justify-center text-gray-900">
                <svg class="h-8 fill-current inline" viewBox="0 0 24 24"><path d="M12 2L2 22h20L12 2z"/></svg>
                <span class="ml-3 text-xl">A Voz d'a Ribagorza</span>
            </a>

            <p class="text-sm text-gray-500 sm:ml-6 sm:mt-0 mt-4">© 2025 —
                <a href="https://boltcms.io" rel="noopener noreferrer" class="text-gray-600 ml-1" target="_blank">Built with Bolt</a>
            </p>

            <span class="inline-flex sm:ml-auto sm:mt-0 mt-4 justify-center sm:justify-start">
                <a class="text-gray-500" href="https://www.facebook.com/avozribagorza" aria-label="Facebook"><svg class="w-5 h-5" viewBox="0 0 24 24"><path d="M18 2h-3a5 5 0 00-5 5v3H7v4h3v8h4v-8h3l1-4h-4V7a1 1 0 011-1h3z"></path></svg></a>
                <a class="ml-3 text-gray-500" href="https://www.instagram.com/avozribagorza" aria-label="Instagram"><svg class="w-5 h-5" viewBox="0 0 24 24"><rect width="20" height="20" x="2" y="2" rx="5" ry="5"></rect></svg></a>
            </span>
        </div>
    </div>
</footer>

  <div x-data="{{ show: !document.cookie.includes('cookies_ok') }}" x-show="show" class="cookies fixed bottom-0 inset-x-0 z-50 bg-gray-900 text-white p-4 text-sm flex flex-wrap items-center justify-between">
    <p class="mr-4">Iste puesto web fa servir cookies tecnicas y d'analisi ta millorar a esperiencia d'os lectors. Si sigues navegando, entendemos que acceptas a suya utilización. <a href="{site}/page/politica-de-cookies" class="underline">Mas información</a></p>
    <button class="mt-2 md:mt-0 gradient text-white font-semibold py-2 px-4 rounded" @click="document.cookie='cookies_ok=1;path=/;max-age=31536000'; show = false">Acceptar</button>
  </div>

  <script defer src="https://cdn.jsdelivr.net/gh/alpinejs/alpine@v2.x.x/dist/alpine.min.js"></script>
  <script defer src="/theme/base-2021/js/app.js?v=5.2.1"></script>
</body>

</html>
"""


def venetian(art):
    """Plone 6 Classic UI with the Barceloneta theme: news item with discussion."""
    site = "https://voxevenessia.example"
    url = f"{site}/notissie/2025/torna-el-traghetto-de-ca-marin"
    ad = '<div class="banner-inarticle" data-diazo="inject-after-p4"><p class="banner-label">Publicità</p><a href="https://adv.example/click?c=cantina-do-mori" rel="sponsored nofollow noopener"><img src="/++theme++voxe/banners/cantina-300x250.jpg" width="300" height="250" alt="Cantina, Rialto"></a></div>'
    readalso = f'<p class="callout"><strong>Lezi anca:</strong> <a href="{site}/notissie/2025/scola-de-voga-castelo-corso-novo" data-linktype="internal" data-val="8f1c2e">La scola de voga de Castelo verze un corso novo par gondolieri</a></p>'
    body = paras(art, stop=len(art["paragraphs"]) - 1, between={4: ad, 11: readalso})
    note = f'<p class="discreet"><em>{e(art["paragraphs"][-1])}</em></p>'
    cur = "Notissie"
    aria = ' aria-current="page"'
    nav = "".join(
        f'<li class="{s} nav-item{" inPath" if t == cur else ""}"><a href="{site}/{s}" class="state-published nav-link{" current" if t == cur else ""}"{aria if t == cur else ""}>{t}</a></li>'
        for t, s in [
            ("Casa", "index_html"),
            ("Notissie", "notissie"),
            ("Sestieri", "sestieri"),
            ("Cultura", "cultura"),
            ("Laguna", "laguna"),
            ("Eventi", "eventi"),
            ("Chi semo", "chi-semo"),
        ]
    )
    kw = "".join(
        f'<li><a class="badge bg-primary link-category" rel="tag" href="{site}/@@search?Subject%3Alist={t.replace(" ", "%20")}">{t}</a></li>'
        for t in ["traghetti", "gondole", "Canal Grando", "mobilità", "Canaregio"]
    )
    related = lis(
        [
            "La scola de voga de Castelo verze un corso novo par gondolieri",
            "Traghetti in gondola: la mapa de quei che resta",
        ],
        '<li class="list-group-item"><a href="#" class="contenttype-news-item state-published url" title="">{}</a></li>',
    )
    more = "".join(
        f'<article class="portletItem"><a href="{site}/notissie/2025/{s}" class="tile"><span class="title">{e(t)}</span></a><p class="description">{e(d)}</p><p class="portletItemDetails documentByLine">{dt}</p></article>'
        for s, t, d, dt in [
            (
                "vaporeto-linea-uno-orari",
                "Linea 1, da luglio pì corse la sera",
                "L'azienda dei trasporti zonta quatro corse dopo le diese de sera par i residenti che torna a casa tardi. El servizio resta par tuta l'istà.",
                "18/06/2025",
            ),
            (
                "remieri-regata-sestieri",
                "Regata dei sestieri: Canaregio vinse dopo do ani",
                "I vogadori de Canaregio ga vinto la regata de domenega davanti a Castelo. La festa in campo xe andada vanti fin a mezanote.",
                "16/06/2025",
            ),
            (
                "mercato-rialto-banchi",
                "Al mercato de Rialto torna tre banchi del pesse",
                "Tre famegie de pescadori de Buran ga ciapà i banchi lassai vodi l'ano passà. El Comun ga tegnù basso l'afito par do ani.",
                "12/06/2025",
            ),
        ]
    )
    cms = "".join(
        f'<div class="comment replyTreeLevel{lv} state-published row" id="{cid}"><div class="comment-image col-auto"><a href="{site}/author/{u}"><img alt="{e(n)}" class="portraitPhoto" height="32" src="{site}/defaultUser.png" title="{e(n)}" width="32"></a></div><div class="col"><div class="documentByLine"><a href="{site}/author/{u}">{e(n)}</a> el ga dito <span class="commentDate">{d}</span></div><div class="commentBody"><p>{e(t)}</p></div><div class="commentActions"><button class="context reply-to-comment-button hide allowMultiSubmit btn btn-sm btn-primary">Rispondi</button></div></div></div>'
        for lv, cid, u, n, d, t in [
            (
                0,
                "1718962031",
                "bepi.v",
                "Bepi Vianello",
                "21/06/2025 11:02",
                "Finalmente! Par nualtri che stemo in Strada Nova el traghetto xe sempre sta la strada pì curta par andar al mercato. Ogni matina lo ciaparò.",
            ),
            (
                0,
                "1718970544",
                "luisa.tp",
                "Luisa T.",
                "21/06/2025 13:25",
                "Bela notizia, ma l'orario fin a l'una xe poco. Chi che lavora de dopopranzo ga ancora da far el giro del ponte.",
            ),
            (
                1,
                "1718974410",
                "mzanon",
                "Marco Zanon",
                "21/06/2025 14:30",
                "Luisa, l'assessor ne ga dito che d'istà el servizio va vanti fin a le sinque. Agiornemo l'articolo co l'orario novo.",
            ),
        ]
    )
    return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="vec" xml:lang="vec">
  <head>
    <meta charset="utf-8" />
    <title>Torna el traghetto de Ca' Marin: sie gondolieri par traversar el Canal &mdash; La Voxe de Venessia</title>
    <meta name="generator" content="Plone - https://plone.org/" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <meta name="description" content="Dopo sie ani el servizio in gondola tra Strada Nova e la Pescaria torna ativo." />
    <meta property="og:site_name" content="La Voxe de Venessia" />
    <meta property="og:title" content="{e(art["title"])}" />
    <meta property="og:type" content="website" />
    <meta property="og:url" content="{url}" />
    <meta property="og:image" content="{url}/@@images/image-1200-6f0a2b.jpeg" />
    <link rel="canonical" href="{url}" />
    <link rel="preload icon" type="image/vnd.microsoft.icon" href="{site}/favicon.ico" />
    <link rel="search" href="{site}/@@search" title="Serca in sto sito" />
    <link href="{site}/++webresource++d2a1f0e3/++plone++static/plone-fontello.min.css" rel="stylesheet" />
    <link href="{site}/++webresource++5c8a7e11/++plone++static/plone-glyphicons.min.css" rel="stylesheet" />
    <link href="{site}/++theme++voxe/css/barceloneta.min.css" rel="stylesheet" />
    <link href="{site}/++theme++voxe/css/custom.css" rel="stylesheet" />
    <script data-bundle="plone" integrity="sha384-0000" src="{site}/++webresource++a6d1b3c4/++plone++static/bundle-plone/bundle.min.js"></script>
    <link href="{site}/++plone++collective.cookiecuttr/jquery.cookiecuttr.css" rel="stylesheet" />
    {news_ld(art, url, "La Voxe de Venessia", "vec")}
  </head>
  <body class="col-content col-two frontend icons-on pat-markspeciallinks portaltype-news-item section-notissie site-Plone subsection-2025 subsection-2025-torna-el-traghetto-de-ca-marin template-newsitem_view thumbs-on userrole-anonymous viewpermission-view" id="visual-portal-wrapper" dir="ltr" data-base-url="{url}" data-view-url="{url}" data-portal-url="{site}" data-i18ncatalogurl="{site}/plonejsi18n" data-pat-pickadate='{{"date": {{"selectYears": 200}}, "time": {{"interval": 5 }} }}' data-pat-plone-modal='{{"actionOptions": {{"displayInModal": false}}}}'>
    <div class="outer-wrapper">
      <header class="" id="content-header">
        <div class="container d-flex pt-3 flex-column justify-content-between align-items-lg-start flex-lg-row" id="portal-top">
          <div class="mb-3 d-flex justify-content-end" id="portal-anontools">
            <ul class="list-inline">
              <li class="list-inline-item"><a class="pat-plone-modal" href="{site}/login" id="personaltools-login" data-pat-plone-modal='{{"title": "Intra"}}'>Intra</a></li>
            </ul>
          </div>
          <div class="mb-3 order-lg-first" id="portal-logo-wrapper">
            <a id="portal-logo" title="La Voxe de Venessia" href="{site}"><img alt="La Voxe de Venessia" src="{site}/@@site-logo/logo-voxe.svg" title="La Voxe de Venessia" /></a>
          </div>
          <div class="mb-3" id="portal-searchbox">
            <form action="{site}/@@search" class="d-flex pat-livesearch show_images" id="searchGadget_form" role="search" data-pat-livesearch="ajaxUrl:{site}/@@ajax-search">
              <label class="hiddenStructure" for="searchGadget">Serca nel sito</label>
              <div class="flex-fill position-relative"><input class="searchField form-control me-3" id="searchGadget" name="SearchableText" placeholder="Serca nel sito" size="18" title="Serca nel sito" type="text" /></div>
              <button class="searchButton btn btn-outline-light ms-2" type="submit"><svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" fill="currentColor" class="plone-icon bi bi-search" viewBox="0 0 16 16" aria-labelledby="title"><path d="M11.742 10.344a6.5 6.5 0 1 0-1.397 1.398h-.001c.03.04.062.078.098.115l3.85 3.85a1 1 0 0 0 1.415-1.414l-3.85-3.85a1.007 1.007 0 0 0-.115-.1zM12 6.5a5.5 5.5 0 1 1-11 0 5.5 5.5 0 0 1 11 0z"/><title>Serca</title></svg></button>
              <div class="d-none" id="portal-advanced-search"><a href="{site}/@@search">Serca avansada…</a></div>
            </form>
          </div>
          <div id="portal-languageselector" class="mb-3 d-none d-lg-block"><span class="currentLanguage">VEC</span> · <a href="{site}/it">IT</a></div>
        </div>
        <div id="mainnavigation-wrapper">
          <div id="mainnavigation">
            <nav class="navbar navbar-expand-lg navbar-barceloneta pat-navigationmarker" id="portal-globalnav-wrapper">
              <div class="container">
                <div class="offcanvas offcanvas-end" tabindex="-1" id="offcanvasNavbar" aria-labelledby="offcanvasNavbar">
                  <div class="offcanvas-header justify-content-end"><button type="button" class="btn-close btn-close-white text-reset" data-bs-dismiss="offcanvas" aria-label="Sara"></button></div>
                  <div class="offcanvas-body align-items-center">
                    <ul class="navbar-nav me-auto" id="portal-globalnav">{nav}</ul>
                  </div>
                </div>
                <button class="navbar-toggler border-secondary" type="button" data-bs-toggle="offcanvas" data-bs-target="#offcanvasNavbar" aria-controls="offcanvasNavbar" aria-label="Verzi el menù"><span class="navbar-toggler-icon"></span></button>
              </div>
            </nav>
          </div>
        </div>
        <div id="hero" class="principal"></div>
      </header>

      <div id="above-content-wrapper">
        <div id="viewlet-above-content"><nav id="portal-breadcrumbs" aria-label="breadcrumb"><div class="container"><ol class="breadcrumb"><li class="breadcrumb-item"><span class="you-are-here">Ti xe qua:</span> <a href="{site}">Casa</a></li><li class="breadcrumb-item"><a href="{site}/notissie">Notissie</a></li><li class="breadcrumb-item"><a href="{site}/notissie/2025">2025</a></li><li class="breadcrumb-item active" aria-current="page"><span>Torna el traghetto de Ca' Marin</span></li></ol></div></nav></div>
      </div>
      <div class="container">
        <div class="row">
          <aside class="col-12" id="global_statusmessage"></aside>
        </div>
        <main class="row" id="main-container">
          <section id="portal-column-content">
            <article id="content">
              <header>
                <div id="viewlet-above-content-title"><span id="social-tags-body" itemscope itemtype="http://schema.org/WebPage" style="display: none"><span itemprop="name">{e(art["title"])}</span><span itemprop="url">{url}</span></span></div>
                <h1 class="documentFirstHeading">{e(art["title"])}</h1>
                <div id="viewlet-below-content-title">
                  <div class="documentByLine" id="plone-document-byline">
                    <span class="documentAuthor">de <a href="{site}/author/mzanon">{e(art["author"])}</a></span>
                    <span class="documentPublished">&mdash; <span>Publicà</span> 21/06/2025 08:40</span>
                    <span class="documentModified">&mdash; <span>Ultima modifica</span> 22/06/2025 17:15</span>
                  </div>
                  <div class="social-like horizontal" id="viewlet-social-like"><div class="sociallike-network-facebook"><a href="https://www.facebook.com/sharer/sharer.php?u={url}" class="share-facebook" rel="nofollow noopener" target="_blank">Condividi su Facebook</a></div><div class="sociallike-network-twitter"><a href="https://twitter.com/intent/tweet?url={url}" class="share-twitter" rel="nofollow noopener" target="_blank">Posta su X</a></div><div class="sociallike-network-whatsapp"><a href="whatsapp://send?text={url}" class="share-whatsapp" rel="nofollow">Manda su WhatsApp</a></div></div>
                </div>
                <p class="lead documentDescription">Dopo sie ani el servizio in gondola tra Strada Nova e la Pescaria torna ativo.</p>
              </header>
              <div id="viewlet-above-content-body"></div>
              <div id="content-core">
                <figure class="newsImageContainer">
                  <a class="pat-plone-modal" href="{url}/image_view_fullscreen" data-pat-plone-modal="image: true"><img src="{url}/@@images/image-768-1e9d4f.jpeg" alt="El traghetto de Ca' Marin" class="figure-img img-fluid" title="El traghetto de Ca' Marin" height="512" width="768" /></a>
                  <figcaption class="figure-caption">La prima traversada de luni matina, co Giulia Bortoluzzi a pope. (Foto: Nicolò Busetto)</figcaption>
                </figure>
                <div id="parent-fieldname-text" class="">
{body}
{note}
                </div>
              </div>
              <footer>
                <div id="viewlet-below-content">
                  <section class="section section-category" id="section-category">
                    <header class="section-heading">Parole ciave:</header>
                    <ul class="keywords">{kw}</ul>
                  </section>
                  <div class="visualClear"><!-- --></div>
                  <div class="documentActions">
                    <span id="document-action-print"><a href="javascript:this.print();" title="">Stampa</a></span>
                    <span id="document-action-sendto"><a href="{url}/sendto_form" title="" class="pat-plone-modal">Manda a un amigo</a></span>
                  </div>
                  <section class="section section-related" id="section-related">
                    <header class="section-heading">Contenuti ligai</header>
                    <ul class="list-group list-group-flush">{related}</ul>
                  </section>
                  <div id="portlets-below" class="row">
                    <div class="col-12 portletWrapper" id="portletwrapper-706c6f6e652e62656c6f77">
                      <section class="card portlet portletCollection portlet-collection-altre-notissie">
                        <header class="card-header"><a href="{site}/notissie/aggregator">Altre notissie dal sestier</a></header>
                        <div class="card-body"><div class="portlet-content">{more}</div></div>
                        <footer class="card-footer portletFooter"><a href="{site}/notissie/aggregator">Tute le notissie…</a></footer>
                      </section>
                    </div>
                  </div>
                  <div class="discussion">
                    <h2 class="discussion-heading">3 comenti</h2>
                    {cms}
                  </div>
                  <div class="reply">
                    <fieldset>
                      <form class="rowlike enableUnloadProtection enableAutoFocus pat-formunloadalert" action="{url}/@@view" method="post" enctype="multipart/form-data" id="form" data-pat-autotoc="levels: legend; section: fieldset; className: autotabs">
                        <legend>Zonta un comento</legend>
                        <p class="discreet">Ti pol zontar un comento co sto modulo. I comenti vien publicai dopo che la redazion li ga leti; no se publica ofese e reclame.</p>
                        <div class="mb-3 field fieldname-form-widgets-author_name widget-mode-input" id="formfield-form-widgets-author_name"><label for="form-widgets-author_name" class="form-label">Nome</label><input class="form-control text-widget required textline-field" id="form-widgets-author_name" name="form.widgets.author_name" type="text" value="" /></div>
                        <div class="mb-3 field fieldname-form-widgets-author_email widget-mode-input" id="formfield-form-widgets-author_email"><label for="form-widgets-author_email" class="form-label">Email</label><input class="form-control text-widget textline-field" id="form-widgets-author_email" name="form.widgets.author_email" type="text" value="" /></div>
                        <div class="mb-3 field fieldname-form-widgets-text widget-mode-input" id="formfield-form-widgets-text"><label for="form-widgets-text" class="form-label">Comento <span class="required horizontal" title="Obligatorio">&nbsp;</span></label><textarea class="form-control textarea-widget required text-field" id="form-widgets-text" name="form.widgets.text" rows="6"></textarea></div>
                        <input type="hidden" name="_authenticator" value="5f0d6c2b8e1a4f7790a1c3d2e4b5a6f7c8d9e0f1" />
                        <div class="formControls"><input class="submit-widget button-field btn btn-primary context" id="form-buttons-comment" name="form.buttons.comment" type="submit" value="Comenta" /> <input class="submit-widget button-field btn btn-secondary standalone hide" id="form-buttons-cancel" name="form.buttons.cancel" type="submit" value="Anula" /></div>
                      </form>
                    </fieldset>
                  </div>
                </div>
              </footer>
            </article>
          </section>
          <aside id="portal-column-two">
            <div class="portletWrapper" id="portletwrapper-706c6f6e652e7269676874636f6c756d6e0a6e657773">
              <section class="card portlet portletNews">
                <header class="card-header"><a href="{site}/notissie/aggregator" class="tile">Ultime notissie</a></header>
                <ul class="list-group list-group-flush">
                  <li class="list-group-item portletItem odd"><a href="#" class="tile contenttype-news-item state-published" title="">Torna el traghetto de Ca' Marin</a> <span class="portletItemDetails">21/06/2025</span></li>
                  <li class="list-group-item portletItem even"><a href="#" class="tile contenttype-news-item state-published" title="">Linea 1, da luglio pì corse la sera</a> <span class="portletItemDetails">18/06/2025</span></li>
                  <li class="list-group-item portletItem odd"><a href="#" class="tile contenttype-news-item state-published" title="">Regata dei sestieri: Canaregio vinse dopo do ani</a> <span class="portletItemDetails">16/06/2025</span></li>
                </ul>
                <footer class="card-footer portletFooter"><a href="{site}/notissie/aggregator">Tute le notissie…</a></footer>
              </section>
            </div>
            <div class="portletWrapper" id="portletwrapper-706c6f6e652e7269676874636f6c756d6e0a6576656e7473">
              <section class="card portlet portletEvents">
                <header class="card-header"><a href="{site}/eventi" class="tile">Prossimi eventi</a></header>
                <ul class="list-group list-group-flush">
                  <li class="list-group-item portletItem"><a href="#" class="tile">Festa de San Piero de Casteo</a> <span class="portletItemDetails"><span class="location">Campo San Piero</span> 25/06/2025</span></li>
                  <li class="list-group-item portletItem"><a href="#" class="tile">Redentor: i foghi sul bacin</a> <span class="portletItemDetails"><span class="location">Bacin de San Marco</span> 19/07/2025</span></li>
                </ul>
              </section>
            </div>
            <div class="portletWrapper" id="portletwrapper-706c6f6e652e7269676874636f6c756d6e0a6e6c">
              <section class="card portlet portletStaticText portlet-static-newsletter">
                <header class="card-header">Newsletter</header>
                <div class="card-body"><p>Ogni sabo matina te mandemo le notissie pì importanti dei sestieri e l'agenda de la setimana. Scrivi la to email e no te perdi gnente.</p><form action="{site}/@@newsletter-subscribe" method="post"><input class="form-control" type="email" name="email" placeholder="La to email" /><button class="btn btn-primary mt-2" type="submit">Iscrivite</button></form></div>
              </section>
            </div>
          </aside>
        </main>
      </div>
    </div>
    <footer id="portal-footer-wrapper">
      <div class="container" id="portal-footer">
        <div class="doormat row">
          <div class="col-xs-12 col-md-4"><div class="portletWrapper"><div class="portlet portletStaticText"><div class="portletContent"><p><strong>La Voxe de Venessia</strong></p><p>Un giornal de quartier fato da volontari in venessian. Contime na storia del to campo: scrivine a redazion@voxevenessia.example.</p></div></div></div></div>
          <div class="col-xs-12 col-md-4"><div class="portletWrapper"><div class="portlet portletStaticText"><div class="portletContent"><p>Cannaregio 2345, 30121 Venessia</p><p>Iscrizion al Tribunal de Venessia n. 12/2019</p></div></div></div></div>
          <div class="col-xs-12 col-md-4"><div class="portletWrapper"><div class="portlet portletActions"><ul id="portal-siteactions"><li class="portal-siteactions-sitemap"><a href="{site}/sitemap">Mapa del sito</a></li><li class="portal-siteactions-accessibility"><a href="{site}/accessibility-info">Acessibilità</a></li><li class="portal-siteactions-contact"><a href="{site}/contact-info">Contati</a></li><li class="portal-siteactions-privacy"><a href="{site}/privacy">Privacy e cookie</a></li></ul></div></div></div>
        </div>
        <div class="row"><div class="col-12"><div id="portal-colophon"><div class="colophon"><a href="https://plone.org" target="_blank" title="Sto sito el xe fato co Plone, el CMS Open Source.">Powered by Plone &amp; Python</a></div></div></div></div>
        <div class="row"><div class="col-12"><div class="portlet portletStaticText"><p class="text-center small">© 2025 La Voxe de Venessia. I articoli se pol riprodur citando la fonte.</p></div></div></div>
      </div>
    </footer>
    <div class="cc-cookies"><div class="cc-cookies-text">Sto sito el dopara cookie tecnici e, se ti xe d'acordo, cookie de statistica par capir quali articoli vien leti de pì. Ti pol cambiar idea quando che ti vol da la pagina de la privacy.</div> <a href="#accept" class="cc-cookie-accept">Va ben</a> <a href="#decline" class="cc-cookie-decline">No grazie</a> <a href="{site}/privacy" class="cc-cookie-policy">Lezi de pì</a></div>
    <script src="{site}/++plone++collective.cookiecuttr/jquery.cookiecuttr.js"></script>
  </body>
</html>
"""


def crimeantatar(art):
    """Umbraco 8 with the legacy grid layout (Bootstrap3 grid view), two grid sections."""
    site = "https://yanidobruca.example"
    url = f"{site}/haberler/medeniyet/qaratay-koyunde-yaz-mektebi-acildi/"
    n = len(art["paragraphs"])
    hstyle = "<h1 style='font-size: 36px; line-height: 45px; font-weight: bold'>{}</h1>"

    def ctl(block):
        return f"\n                        \n    \n{block}\n\n"

    def row(controls, cols=12, attrs=""):
        return f"""    <div {attrs}>
        <div class="row clearfix">
            <div class="col-md-{cols} column">
                <div >{"".join(ctl(c) for c in controls)}
                </div>
            </div>
        </div>
    </div>
"""

    def rte(start, stop):
        return paras(art, h=hstyle, start=start, stop=stop)

    media = """<img src="/media/q3xk0d2l/qaratay-yaz-mektebi.jpg?width=750&amp;height=420&amp;center=0.41,0.52&amp;mode=crop" alt="Qaratay köyündeki eski mektep binasında birinci ders. Foto: Nevzat Ibraim">
    <p class="caption">Qaratay köyündeki eski mektep binasında birinci ders. Foto: Nevzat Ibraim</p>"""
    ad = """<div class="reklama reklama-inarticle">
    <span class="reklama-label">Reklama</span>
    <a href="https://reklama.example/c/kostence-kitapevi" target="_blank" rel="sponsored nofollow noopener"><img src="/media/b1v9fz0w/kitapevi-728x90.gif" width="728" height="90" alt="Köstence kitapevi"></a>
</div>"""
    readalso = '<p><strong>Ayrıca oquñız:</strong> <a href="/haberler/medeniyet/mecidiyede-qirimtatar-kitaplari-sergisi/" title="Mecidiyede qırımtatar kitapları sergisi">Mecidiyede qırımtatar kitapları sergisi açıldı</a></p>'
    correction = f"<p><em>{e(art['paragraphs'][-1])}</em></p>"
    main_rows = "".join(
        [
            row([rte(0, 2)]),
            row([media]),
            row([hstyle.format(e(art["paragraphs"][2][3:])), rte(3, 4), ad, rte(4, 6)]),
            row([hstyle.format(e(art["paragraphs"][6][3:])), rte(7, 12), readalso]),
            row([hstyle.format(e(art["paragraphs"][12][3:])), rte(13, n - 1), correction]),
        ]
    )
    mostread = lis(
        [
            "Köstencede Qıdırlez bayramı: biñlerce adam toplandı",
            "Mecidiyede qırımtatar kitapları sergisi açıldı",
            "Qaratay köyünde qırımtatar tili yaz mektebi açıldı",
            "Tatlıcaq kölü yanında yañı yol qurulacaq",
        ],
        '<li><a href="#">{}</a></li>',
    )
    side_rows = "".join(
        [
            row(
                [
                    '<div class="widget most-read"><h3 class="widget-title">Eñ çoq oqulğanlar</h3><ol>'
                    + mostread
                    + "</ol></div>"
                ],
                cols=12,
            ),
            row(
                [
                    '<div class="reklama reklama-sidebar"><span class="reklama-label">Reklama</span><img src="/media/ylq2c8rm/banner-300x250.jpg" width="300" height="250" alt=""></div>'
                ],
                cols=12,
            ),
            row(
                [
                    f"""<div class="umbraco-forms-form haberler-bulteni umbraco-forms-bootstrap3-horizontal">
<form action="{url}" enctype="multipart/form-data" method="post"><input name="__RequestVerificationToken" type="hidden" value="q8Zb0W3kR1xLmT5pYc7Hn2Vd9sEfGjA4uKoP6iBwN_XyQ0rS3tU5vM8zC1aD4eF7gH0jK2lL9oI3pO6qR" />
    <input data-val="true" data-val-required="The FormId field is required." id="FormId" name="FormId" type="hidden" value="8c2f7a41-0b5e-4d63-9a1e-3f7d2c6b9e10" />
    <input id="FormName" name="FormName" type="hidden" value="Haberler bülteni" />
    <div class="umbraco-forms-page">
        <h4 class="umbraco-forms-caption">Haftalıq bülten</h4>
        <fieldset class="umbraco-forms-fieldset" id="d1e7c0b2-5f31-4a0c-b6e4-7a2d9c3f1e58">
            <p>Er cuma eñ müim haberlerni e-poçtañızğa yiberemiz. Bülten bedava, istegen vaqtıñızda abonelikni toqtatıp olasıñız.</p>
            <div class="umbraco-forms-container col-md-12">
                <div class="form-group umbraco-forms-field eposta shortanswer mandatory">
                    <label for="a5c3e1f0" class="col-sm-2 control-label umbraco-forms-label">E-poçta <span class="umbraco-forms-indicator">*</span></label>
                    <div class="col-sm-10"><input type="email" name="a5c3e1f0" id="a5c3e1f0" class="form-control text" value="" maxlength="500" data-val="true" data-val-required="Lütfen e-poçtañıznı yazıñız" /></div>
                </div>
            </div>
        </fieldset>
        <div style="display: none" aria-hidden="true"><input type="text" name="8c2f7a410b5e4d639a1e3f7d2c6b9e10" /></div>
        <div class="umbraco-forms-navigation row"><div class="col-md-12"><input type="submit" class="btn primary" value="Yazıl" name="__next" /></div></div>
    </div>
<input name="ufprt" type="hidden" value="9F3A6C2E1B7D4A8F0C5E2D9B6A3F7C1E8D4B2A6F9C3E7D1B5A8F2C6E0D4B9A7F3C1E5D8B2A6F0C4E9D3B7A1F5" /></form>
</div>""",
                ],
                cols=12,
            ),
        ]
    )
    nav = lis(
        [
            "Baş saife",
            "Haberler",
            "Medeniyet",
            "Til ve edebiyat",
            "Cemiyet",
            "Tarih",
            "Sport",
            "Bizim aqqımızda",
        ],
        '<li><a href="#">{}</a></li>',
    )
    related = "".join(
        f'<div class="col-sm-4"><div class="thumbnail related-item"><a href="{site}/haberler/{s}/"><img src="/media/{m}/{s}.jpg?anchor=center&amp;mode=crop&amp;width=360&amp;height=220&amp;rnd=133961{i}4410000000" alt=""></a><div class="caption"><h4><a href="{site}/haberler/{s}/">{e(t)}</a></h4><p>{e(d)}</p><p class="text-muted small">{dt}</p></div></div></div>'
        for i, (s, m, t, d, dt) in enumerate(
            [
                (
                    "mecidiyede-qirimtatar-kitaplari-sergisi",
                    "h7d2ko1p",
                    "Mecidiyede qırımtatar kitapları sergisi açıldı",
                    "Sergide XIX asırdan bugüne qadar basılğan eki yüzden ziyade kitap bar. Sergi ay soñuna qadar er kün açıq olacaq.",
                    "3 iyül 2025",
                ),
                (
                    "kostencede-qidirlez-bayrami",
                    "c0rm4v8e",
                    "Köstencede Qıdırlez bayramı: biñlerce adam toplandı",
                    "Bayramda balalar ve yaşlar beraber horan oynadılar. Aşhane çadırlarında çiberek ve qaytarma sırası saatlerce devam etti.",
                    "8 mayıs 2025",
                ),
                (
                    "medeniyet-cemiyeti-yani-reis",
                    "w2tq9x6n",
                    "Yeşil Ada medeniyet cemiyetine yañı reis saylandı",
                    "Cemiyetniñ umumiy toplaşuvında Ismail Kurtmolla reis olıp saylandı. O, yaşlar içün yañı proyektler başlatacağını ayttı.",
                    "21 mart 2025",
                ),
            ]
        )
    )
    cms = "".join(
        f'<div class="media comment" id="fikir-{412 + i}"><div class="media-left"><img class="media-object img-circle" src="/media/avatar-default.png" width="48" height="48" alt=""></div><div class="media-body"><h5 class="media-heading"><strong>{e(a)}</strong> <small class="text-muted">{d}</small></h5><p>{e(t)}</p><a href="#fikir-formu" class="btn btn-link btn-xs reply">Cevap ber</a></div></div>'
        for i, (a, d, t) in enumerate(
            [
                (
                    "Zarema Abdulla",
                    "7 iyül 2025, 12:14",
                    "Men de balalıqta Qaratayda yaz mektebine barğan edim. Qızımnı bu yıl yazdırdım, er aqşam yañı bir söz ögrenip kele.",
                ),
                (
                    "Enver S.",
                    "7 iyül 2025, 15:38",
                    "Pek yahşı iş! Amma Mecidiyede ve Köstencede de böyle mektepler kerek, anda balalar daa çoq ve til daa tez unutıla.",
                ),
            ]
        )
    )
    return f"""<!DOCTYPE html>
<html lang="crh">
<head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Qaratay köyünde qırımtatar tili yaz mektebi açıldı | Yañı Dobruca</title>
    <meta name="description" content="Qaratay köyünde qırımtatar tili ve medeniyeti yaz mektebi açıldı; qırq bala qayıt yazıldı.">
    <link rel="canonical" href="{url}">
    <meta property="og:title" content="{e(art["title"])}">
    <meta property="og:image" content="{site}/media/q3xk0d2l/qaratay-yaz-mektebi.jpg?anchor=center&amp;mode=crop&amp;width=1200&amp;height=630&amp;rnd=133961244410000000">
    <meta property="og:type" content="article">
    <link href="/css/bootstrap.min.css" rel="stylesheet">
    <link href="/css/yanidobruca.css?v=2.4" rel="stylesheet">
    <link rel="alternate" hreflang="ro" href="{site}/ro/stiri/cultura/scoala-de-vara-karatay/">
    <script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-0000000000000000" crossorigin="anonymous"></script>
    {news_ld(art, url, "Yañı Dobruca", "crh")}
</head>
<body class="page-haberSaifesi">
    <div class="top-bar hidden-xs">
        <div class="container">
            <span class="top-date">Bazar ertesi, 7 iyül 2025</span>
            <ul class="list-inline pull-right lang-switch"><li class="active"><a href="{url}">QT</a></li><li><a href="{site}/ro/">RO</a></li><li><a href="{site}/tr/">TR</a></li></ul>
        </div>
    </div>
    <header class="site-header">
        <div class="container">
            <a class="logo" href="/"><img src="/media/1bz4k0te/logo-yani-dobruca.png" alt="Yañı Dobruca" width="260" height="60"></a>
            <span class="tagline">Romaniyadaki qırımtatarlarnıñ haber saytı</span>
            <form class="navbar-form navbar-right search-form" role="search" action="/qidiruv/" method="get">
                <div class="form-group"><input type="text" name="q" class="form-control" placeholder="Saytta qıdır…"></div>
                <button type="submit" class="btn btn-default">Qıdır</button>
            </form>
        </div>
    </header>
    <nav class="navbar navbar-default navbar-static-top main-nav">
        <div class="container">
            <div class="navbar-header">
                <button type="button" class="navbar-toggle collapsed" data-toggle="collapse" data-target="#main-menu" aria-expanded="false"><span class="sr-only">Menüni aç</span><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span></button>
            </div>
            <div class="collapse navbar-collapse" id="main-menu"><ul class="nav navbar-nav">{nav}</ul></div>
        </div>
    </nav>

    <div class="container">
        <ol class="breadcrumb">
            <li><a href="/">Baş saife</a></li>
            <li><a href="/haberler/">Haberler</a></li>
            <li><a href="/haberler/medeniyet/">Medeniyet</a></li>
            <li class="active">Qaratay köyünde yaz mektebi açıldı</li>
        </ol>
        <div class="article-header">
            <span class="label label-primary category">Medeniyet</span>
            <h1 class="article-title">{e(art["title"])}</h1>
            <p class="article-meta text-muted">Müellif: <a href="/muellifler/ayse-memet/">{e(art["author"])}</a> | Derc etildi: 7 iyül 2025, 10:20 | Oquv vaqtı: 3 daqiqa</p>
            <div class="share-top"><span>Paylaşıñız:</span> <a class="btn btn-sm btn-facebook" href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank">Facebook</a> <a class="btn btn-sm btn-whatsapp" href="https://wa.me/?text={url}" target="_blank">WhatsApp</a> <a class="btn btn-sm btn-telegram" href="https://t.me/share/url?url={url}" target="_blank">Telegram</a></div>
        </div>
    </div>

<div class="umb-grid">
    <div class="container">
    <div class="row clearfix">
            <div class="grid-section">
                <div class="col-md-8 column">
{main_rows}
                </div>
            </div>
            <div class="grid-section">
                <div class="col-md-4 column">
{side_rows}
                </div>
            </div>
    </div>
    </div>
</div>

    <div class="container article-footer">
        <div class="row">
            <div class="col-md-8">
                <p class="tags"><strong>Etiketler:</strong> <a href="/etiket/yaz-mektebi/" class="label label-default">yaz mektebi</a> <a href="/etiket/qaratay/" class="label label-default">Qaratay</a> <a href="/etiket/qirimtatar-tili/" class="label label-default">qırımtatar tili</a> <a href="/etiket/balalar/" class="label label-default">balalar</a></p>
                <div class="share-bottom"><span>Bu haberni paylaşıñız:</span> <a href="https://www.facebook.com/sharer/sharer.php?u={url}">Facebook</a> · <a href="https://twitter.com/intent/tweet?url={url}">X</a> · <a href="https://wa.me/?text={url}">WhatsApp</a> · <a href="mailto:?subject=Qaratay&amp;body={url}">E-poçta</a> · <a href="javascript:window.print()">Basıp çıqar</a></div>
                <section class="related">
                    <h3 class="section-title">Oşa mevzuda haberler</h3>
                    <div class="row">{related}</div>
                </section>
                <section class="comments" id="fikirler">
                    <h3 class="section-title">Fikirler (2)</h3>
                    {cms}
                    <form action="{url}" method="post" id="fikir-formu" class="comment-form">
                        <h4>Fikir qaldırıñız</h4>
                        <p class="help-block">Fikirler redaktsiya tarafından baqılğan soñ derc etile. Aqaretli ve reklama fikirleri derc etilmey.</p>
                        <input name="__RequestVerificationToken" type="hidden" value="Hk3Lm9Pq2Rs5Tu8Vw1Xy4Za7Bc0De3Fg6Hi9Jk2Lm5No8Pq1Rs4Tu7Vw0Xy3Za6Bc9De2Fg5Hi8Jk1Lm4No7Pq0R" />
                        <div class="form-group"><label for="Ad">Adıñız</label><input class="form-control" id="Ad" name="Ad" type="text" value="" /></div>
                        <div class="form-group"><label for="Eposta">E-poçta</label><input class="form-control" id="Eposta" name="Eposta" type="email" value="" /></div>
                        <div class="form-group"><label for="Metin">Fikiriñiz</label><textarea class="form-control" id="Metin" name="Metin" rows="5"></textarea></div>
                        <button type="submit" class="btn btn-primary">Yiber</button>
                        <input name="ufprt" type="hidden" value="4E7B1D9A3C6F0E2B8D5A1C7F3E9B6D2A0C4F8E1B5D7A3C9F6E2B0D8A4C1F7E3B9D5A2C6F0E8B4D1A7C3F9E5B2" />
                    </form>
                </section>
            </div>
        </div>
    </div>

    <footer class="site-footer">
        <div class="container">
            <div class="row">
                <div class="col-sm-4"><h4>Yañı Dobruca</h4><p>Yañı Dobruca Romaniyadaki qırımtatarlarnıñ müstaqil haber saytıdır. Materiallarnı menbasını köstererek qullanmaq mümkün.</p></div>
                <div class="col-sm-4"><h4>Bölümler</h4><ul class="list-unstyled">{nav}</ul></div>
                <div class="col-sm-4"><h4>Bağlantı</h4><p>Köstence, Mircea cel Bătrân soqağı 12<br>redaktsiya@yanidobruca.example</p><p><a href="/gizlilik/">Gizlilik siyaseti</a> · <a href="/cookie/">Cookie siyaseti</a></p></div>
            </div>
            <p class="copyright text-center">© 2025 Yañı Dobruca. Barça aqlar saqlanğan. Sayt milliy azlıqlar fondunıñ yardımı ile çalışa.</p>
        </div>
    </footer>

    <div id="cookie-bar" class="cookie-bar navbar-fixed-bottom" role="dialog" aria-live="polite">
        <div class="container">
            <p>Bu sayt cookie fayllarını qullana. Olar saytnıñ çalışması ve ziyaret statistikası içün kerek. Saytta devam etseñiz, buña razı olğan sayılasıñız.</p>
            <button type="button" class="btn btn-primary btn-sm" id="cookie-accept">Qabul etem</button> <a href="/cookie/" class="btn btn-link btn-sm">Tafsilât</a>
        </div>
    </div>

    <script src="/scripts/jquery-3.5.1.min.js"></script>
    <script src="/scripts/bootstrap.min.js"></script>
    <script src="/App_Plugins/UmbracoForms/Assets/promise-polyfill/dist/polyfill.min.js?v=8.13.4" type="application/javascript"></script>
    <script src="/App_Plugins/UmbracoForms/Assets/aspnet-client-validation/dist/aspnet-validation.min.js?v=8.13.4" type="application/javascript"></script>
    <script src="/scripts/site.js?v=2.4"></script>
</body>
</html>
"""


LAYOUTS_H33A = {
    "h33-01-aragonese": ("h33_aragonese", aragonese),
    "h33-02-venetian": ("h33_venetian", venetian),
    "h33-03-crimeantatar": ("h33_crimeantatar", crimeantatar),
}
