"""Per-publisher figures: how much of a site's output derives from others, how often
without credit, how often with meaning changes; the table a content-farm study wants.

An article counts as *derived* when it is a non-origin member of a story's chain; its
figures come from its chain edge (the parent it derives from most strongly), so each
derived article counts once however many relatives it has.

Example:
    >>> chains = [
    ...     {"doc": "w", "site": "wire", "parent": None, "relation": None, "credit": None,
    ...      "derived_share": None, "changes_high": 0, "changes_medium": 0},
    ...     {"doc": "f", "site": "farm", "parent": "w", "relation": "rewrite",
    ...      "credit": "uncredited", "derived_share": 0.6, "changes_high": 1, "changes_medium": 0},
    ... ]
    >>> rows = build_sites(chains, {"wire": 3, "farm": 2})
    >>> [(r["site"], r["derived"], r["derived_share"], r["uncredited_share"]) for r in rows]
    [('farm', 1, 0.5, 1.0), ('wire', 0, 0.0, None)]
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

__all__ = ["build_sites"]


def _share(n: int, d: int) -> float | None:
    return round(n / d, 4) if d else None


def build_sites(
    chains: Iterable[dict[str, Any]], site_articles: Mapping[str, int]
) -> list[dict[str, Any]]:
    """One row per site that published anything; most derived articles first."""
    chains = list(chains)
    site_of = {c["doc"]: c["site"] for c in chains}
    acc: dict[str, dict[str, Any]] = defaultdict(
        lambda: {
            "derived": 0, "copies": 0, "rewrites": 0, "excerpts": 0, "uncredited": 0,
            "with_changes": 0, "high_changes": 0, "shares": [], "origins": 0,
            "reused_by_others": 0, "in_stories": 0, "from_sites": set(),
        }
    )  # fmt: skip
    for c in chains:
        a = acc[c["site"]]
        a["in_stories"] += 1
        if c["parent"] is None:
            a["origins"] += 1
            continue
        a["derived"] += 1
        kind = c.get("relation")
        if kind in ("copy", "rewrite", "excerpt"):
            a[kind + "s" if kind != "copy" else "copies"] += 1
        if c.get("credit") == "uncredited":
            a["uncredited"] += 1
        if (c.get("changes_high") or 0) + (c.get("changes_medium") or 0) > 0:
            a["with_changes"] += 1
        a["high_changes"] += c.get("changes_high") or 0
        if c.get("derived_share") is not None:
            a["shares"].append(c["derived_share"])
        psite = site_of.get(c["parent"])
        if psite is not None and psite != c["site"]:
            acc[psite]["reused_by_others"] += 1
            a["from_sites"].add(psite)
    rows = []
    for site in sorted(set(site_articles) | set(acc)):
        a = acc[site] if site in acc else acc.default_factory()
        total = max(int(site_articles.get(site, 0)), a["in_stories"])
        rows.append(
            {
                "site": site,
                "articles": total,
                "derived": a["derived"],
                "derived_share": _share(a["derived"], total),
                "copies": a["copies"],
                "rewrites": a["rewrites"],
                "excerpts": a["excerpts"],
                "uncredited": a["uncredited"],
                "uncredited_share": _share(a["uncredited"], a["derived"]),
                "with_changes": a["with_changes"],
                "changes_share": _share(a["with_changes"], a["derived"]),
                "high_changes": a["high_changes"],
                "mean_derived_share": round(sum(a["shares"]) / len(a["shares"]), 4)
                if a["shares"]
                else None,
                "origins": a["origins"],
                "reused_by_others": a["reused_by_others"],
                "sources": len(a["from_sites"]),
            }
        )
    rows.sort(key=lambda r: (-r["derived"], -(r["derived_share"] or 0), r["site"]))
    return rows
