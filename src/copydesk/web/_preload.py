"""Imported once by the worker fork server: load and warm everything a job needs.

The first compare in a fresh process takes over a second (the HTML extractor, word
lists, compiled patterns); done here, every worker forked from the server starts warm,
so a worker replaced after a timeout answers the next request at full speed.
"""

from __future__ import annotations

from copydesk.web.jobs import warm

warm()
