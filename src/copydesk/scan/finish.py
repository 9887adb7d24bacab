"""The engine-independent end of a scan: relations -> stories, chains, sites, files.

Both engines call :func:`finish` with the relation rows they computed and the number
of articles per site; everything after that (origins, chains, drift, site figures,
the tables and the HTML summary) is the same code, so the same relations always give
the same outputs.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from copydesk import __version__
from copydesk.scan.output import SCAN_SCHEMA_VERSION, write_json, write_table
from copydesk.scan.sites import build_sites
from copydesk.scan.stories import build_stories

__all__ = ["finish", "sort_relations"]


def sort_relations(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(rows, key=lambda r: (r["source"], r["derivative"]))


def finish(
    relations: Iterable[dict[str, Any]],
    site_articles: Mapping[str, int],
    out: str | Path,
    formats: Sequence[str],
    manifest: dict[str, Any],
    html: bool = True,
) -> dict[str, Any]:
    """Write every table, the summary and ``manifest.json``; return the manifest."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    rels = sort_relations(relations)
    stories, chains = build_stories(rels)
    sites = build_sites(chains, site_articles)
    files: list[str] = []
    for name, rows in (
        ("relations", rels),
        ("stories", stories),
        ("chains", chains),
        ("sites", sites),
    ):
        files += write_table(rows, out, name, formats)
    manifest = dict(manifest)
    manifest.update(
        {
            "schema": "copydesk.scan",
            "schema_version": SCAN_SCHEMA_VERSION,
            "copydesk_version": __version__,
            "finished": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "counts": {
                "articles": int(sum(site_articles.values())),
                "sites": len(site_articles),
                "relations": len(rels),
                "stories": len(stories),
                "derived_articles": sum(1 for c in chains if c["parent"] is not None),
                **manifest.get("counts", {}),
            },
        }
    )
    if html:
        from copydesk.scan.summary_html import render

        path = out / "summary.html"
        tmp = out / ".summary.html.tmp"
        tmp.write_text(render(manifest, stories, chains, sites), encoding="utf-8")
        tmp.replace(path)
        files.append(str(path))
    manifest["files"] = [Path(f).name for f in files] + ["manifest.json"]
    write_json(manifest, out / "manifest.json")
    return manifest
