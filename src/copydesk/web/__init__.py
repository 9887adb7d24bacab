"""web: the HTTP face of copydesk (``copydesk serve``), needs ``copydesk[web]``.

``app.py`` (routes, limits, security headers: :func:`create_app`, :class:`WebOptions`),
``pages.py`` (the server-rendered form and result pages), ``jobs.py`` (compare and trace
as plain functions the workers run), ``workers.py`` (worker processes with a hard time
limit), ``openapi.py`` (the API document). The side-by-side report itself is
:mod:`copydesk.report.html`, shared with ``copydesk compare --format html``.
"""
