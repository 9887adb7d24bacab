"""Stories, origins and derivation chains from the relations table.

A **story** is a connected component of the derived-pair graph (every relation row is
an edge): the articles that reuse one text. Its **origin** is found in this order:

1. every member dated: the earliest day; on one day, a member no relation derives
   from another with a known direction, then the earliest time (``date``,
   ``date+direction``);
2. otherwise (some or all undated) text evidence: the member most similar to all the
   others (sum of derived shares of its relations), plus ``confidence - 0.5`` for each
   confident direction verdict naming it the source, minus the same when it is the
   derivative (``text``);
3. remaining ties: the smallest id, so the answer is deterministic (``tie``).

The **chain** is a tree inside the story: each non-origin member's parent is the member
it derives from most strongly (the relation's ``derived_share``), among members that are
not dated after it and that the direction evidence does not place downstream of it. A
cycle or a member left without an allowed parent is attached Prim-style: the strongest
edge from the part of the tree already hanging from the origin. **Drift** is the change
count summed down the path from the origin, per severity and kind: how meaning changes
accumulate as a story is rewritten again and again.

These functions run on the driver for the Spark engine too: relations are a small, derived
table (derived pairs only, a few per copied article), not the corpus.

Example:
    >>> rows = [
    ...     {"source": "w", "derivative": "a", "derived_share": 0.7, "direction_known": True,
    ...      "source_date": "2026-01-01", "derivative_date": "2026-01-02", "relation": "rewrite"},
    ...     {"source": "a", "derivative": "b", "derived_share": 0.8, "direction_known": True,
    ...      "source_date": "2026-01-02", "derivative_date": "2026-01-03", "relation": "rewrite"},
    ...     {"source": "w", "derivative": "b", "derived_share": 0.4, "direction_known": True,
    ...      "source_date": "2026-01-01", "derivative_date": "2026-01-03", "relation": "rewrite"},
    ... ]
    >>> stories, chains = build_stories(rows)
    >>> stories[0]["origin"], [(c["doc"], c["parent"], c["depth"]) for c in chains]
    ('w', [('w', None, 0), ('a', 'w', 1), ('b', 'a', 2)])
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from copydesk.scan.pairs import CHANGE_KINDS, SEVERITIES

__all__ = ["build_stories", "components", "story_id"]

_DRIFT = list(SEVERITIES) + ["total"] + [k for k in CHANGE_KINDS if k != "credit"]


def story_id(origin: str) -> str:
    return "s-" + hashlib.blake2b(origin.encode("utf-8"), digest_size=6).hexdigest()


def components(edges: Iterable[tuple[str, str]]) -> list[list[str]]:
    """Connected components (union-find), each sorted, largest first then by first id."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[str]] = defaultdict(list)
    for x in list(parent):
        groups[find(x)].append(x)
    return sorted((sorted(g) for g in groups.values()), key=lambda g: (-len(g), g[0]))


def _when(date: str | None) -> tuple[str, str] | None:
    """(day, UTC timestamp or "") for ordering; a date without a time only orders by day."""
    if not date:
        return None
    day = date[:10]
    if len(date) <= 10:
        return day, ""
    try:
        dt = datetime.fromisoformat(date.strip())
    except ValueError:
        return day, ""
    if dt.tzinfo is not None:
        dt = dt.astimezone(UTC).replace(tzinfo=None)
    return dt.date().isoformat(), dt.isoformat()


def _before(x: str | None, y: str | None) -> bool | None:
    """Is date x strictly before date y? None when either is missing or they tie."""
    wx, wy = _when(x), _when(y)
    if wx is None or wy is None:
        return None
    if wx[0] != wy[0]:
        return wx[0] < wy[0]
    if wx[1] and wy[1] and wx[1] != wy[1]:
        return wx[1] < wy[1]
    return None


def _meta(rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    meta: dict[str, dict[str, Any]] = {}
    for r in rows:
        for side in ("source", "derivative"):
            meta.setdefault(
                r[side],
                {k: r.get(f"{side}_{k}") for k in ("site", "date", "title", "url")},
            )
    return meta


def _origin(members, edges, meta) -> tuple[str, str]:
    dates = {m: meta[m].get("date") for m in members}
    # Text evidence: the source of many rewrites is the one most similar to all of
    # them (the medoid), nudged by each confident direction verdict. On
    # bench/scan_bench.py's undated chains this finds 47% of origins against 27% for
    # "the member nothing derives from" (direction on light spins is near a coin toss).
    text: dict[str, float] = defaultdict(float)
    derived_known = set()
    for r in edges:
        share = r.get("derived_share") or 0.0
        text[r["source"]] += share
        text[r["derivative"]] += share
        if r.get("direction_known"):
            nudge = (r.get("direction_confidence") or 0.5) - 0.5
            text[r["source"]] += nudge
            text[r["derivative"]] -= nudge
            derived_known.add(r["derivative"])
    if not all(dates.values()):
        ranked = sorted(members, key=lambda m: (-round(text[m], 9), m))
        tie = len(ranked) > 1 and round(text[ranked[0]], 9) == round(text[ranked[1]], 9)
        return ranked[0], "tie" if tie else "text"

    def rank(m):
        w = _when(dates[m])
        return (w[0], m in derived_known, w[1], -round(text[m], 9), m)

    ranked = sorted(members, key=rank)
    mine = rank(ranked[0])
    runner = rank(ranked[1]) if len(ranked) > 1 else None
    if runner is None or runner[0] != mine[0]:
        method = "date"
    elif runner[1] != mine[1]:
        method = "date+direction"
    elif runner[2] != mine[2] and mine[2]:
        method = "date"
    else:
        method = "tie"
    return ranked[0], method


def _allowed(p: str, m: str, r: dict[str, Any], meta) -> tuple[bool, str]:
    """May ``p`` be the parent of ``m`` over edge ``r``? And the evidence label."""
    order = _before(meta[p].get("date"), meta[m].get("date"))
    if order is False:
        return False, ""
    dated = order is True
    agrees = r.get("direction_known") and r["source"] == p
    against = r.get("direction_known") and r["source"] == m
    if against and not dated:
        return False, ""
    if dated and agrees:
        return True, "date+direction"
    if dated:
        return True, "date"
    if agrees:
        return True, "direction"
    return True, "similarity"


def _tree(members, edges, origin, meta) -> dict[str, tuple[str | None, dict | None, str]]:
    adj: dict[str, list[tuple[str, dict]]] = defaultdict(list)
    for r in edges:
        adj[r["source"]].append((r["derivative"], r))
        adj[r["derivative"]].append((r["source"], r))

    def best_parent(m: str, within: set[str] | None, strict: bool):
        best = None
        for p, r in adj[m]:
            if p == m or (within is not None and p not in within):
                continue
            ok, why = _allowed(p, m, r, meta)
            if not ok and strict:
                continue
            w = (r.get("derived_share") or 0.0) * (1.0 if ok else 0.5)
            # ties: the earlier-dated parent (the wire before its verbatim copies), then id
            when = _when(meta[p].get("date")) or ("~", "~")
            key = (-w, when, p)
            if best is None or key < best[0]:
                best = (key, r, p, why if ok else "similarity (against dates or direction)")
        return None if best is None else (best[2], best[1], best[3])

    parent: dict[str, tuple[str | None, dict | None, str]] = {origin: (None, None, "origin")}
    for m in members:
        if m != origin:
            got = best_parent(m, None, True)
            if got:
                parent[m] = got
    # Keep only members whose parent path reaches the origin; attach the rest Prim-style.
    reached = {origin}
    for m in members:
        path, x = [], m
        while x not in reached and x in parent and x not in path:
            path.append(x)
            x = parent[x][0]
        if x in reached:
            reached.update(path)
    for m in members:
        if m not in reached:
            parent.pop(m, None)
    while len(reached) < len(members):
        found = None
        for strict in (True, False):
            for m in sorted(set(members) - reached):
                got = best_parent(m, reached, strict)
                if got and (
                    found is None
                    or (got[1].get("derived_share") or 0) > (found[1][1].get("derived_share") or 0)
                ):
                    found = (m, got)
            if found:
                break
        if found is None:  # cannot happen in a connected component; stay safe
            m = sorted(set(members) - reached)[0]
            parent[m] = (origin, None, "none")
            reached.add(m)
            continue
        parent[found[0]] = found[1]
        reached.add(found[0])
    return parent


def build_stories(
    relations: Iterable[dict[str, Any]],
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """``(stories, chains)`` rows from relation rows (docs/scan-schema.md)."""
    rows = [r for r in relations if r.get("relation") not in (None, "error")]
    meta = _meta(rows)
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        by_doc[r["source"]].append(r)
    stories: list[dict[str, Any]] = []
    chains: list[dict[str, Any]] = []
    for members in components((r["source"], r["derivative"]) for r in rows):
        mset = set(members)
        edges = [r for m in members for r in by_doc[m] if r["derivative"] in mset]
        origin, method = _origin(members, edges, meta)
        sid = story_id(origin)
        parent = _tree(members, edges, origin, meta)
        direct = {}
        for r in edges:
            if origin in (r["source"], r["derivative"]):
                other = r["derivative"] if r["source"] == origin else r["source"]
                direct[other] = r
        # depth-first from the origin so parents come before children
        children: dict[str, list[str]] = defaultdict(list)
        for m, (p, _, _) in parent.items():
            if p is not None:
                children[p].append(m)
        order, stack = [], [origin]
        while stack:
            x = stack.pop()
            order.append(x)
            stack.extend(sorted(children[x], reverse=True))
        cum: dict[str, dict[str, int]] = {origin: {k: 0 for k in _DRIFT}}
        depth = {origin: 0}
        story_chain = []
        for m in order:
            p, r, why = parent[m]
            row: dict[str, Any] = {
                "story": sid,
                "doc": m,
                "site": meta[m]["site"],
                "date": meta[m]["date"],
                "title": meta[m]["title"],
                "url": meta[m]["url"],
                "parent": p,
                "depth": 0,
                "evidence": why,
                "relation": None,
                "derived_share": None,
                "direction_known": None,
                "credit": None,
            }
            edge = {k: 0 for k in _DRIFT}
            if p is not None:
                depth[m] = depth[p] + 1
                row["depth"] = depth[m]
                if r is not None:
                    row["relation"] = r["relation"]
                    row["derived_share"] = r.get("derived_share")
                    row["direction_known"] = bool(r.get("direction_known")) and r["source"] == p
                    row["credit"] = r.get("credit")
                    edge = {k: int(r.get("changes_" + k) or 0) for k in _DRIFT}
                cum[m] = {k: cum[p][k] + edge[k] for k in _DRIFT}
            for k in SEVERITIES + ("total",):
                row["changes_" + k] = edge[k]
            for k in _DRIFT:
                row["drift_" + k] = cum[m][k]
            d = direct.get(m)
            row["origin_derived_share"] = None if d is None else d.get("derived_share")
            row["origin_changes_total"] = None if d is None else d.get("changes_total")
            story_chain.append(row)
        chains.extend(story_chain)
        dates = sorted(meta[m]["date"] for m in members if meta[m]["date"])
        kids = [c for c in story_chain if c["parent"] is not None]
        stories.append(
            {
                "story": sid,
                "origin": origin,
                "origin_method": method,
                "origin_site": meta[origin]["site"],
                "origin_date": meta[origin]["date"],
                "origin_title": meta[origin]["title"],
                "origin_url": meta[origin]["url"],
                "size": len(members),
                "sites": len({meta[m]["site"] for m in members}),
                "members": list(members),
                "first_date": dates[0] if dates else None,
                "last_date": dates[-1] if dates else None,
                "relations": len(edges),
                "copies": sum(1 for c in kids if c["relation"] == "copy"),
                "rewrites": sum(1 for c in kids if c["relation"] == "rewrite"),
                "excerpts": sum(1 for c in kids if c["relation"] == "excerpt"),
                "uncredited": sum(1 for c in kids if c["credit"] == "uncredited"),
                "max_depth": max(depth.values()),
                "drift_high": max(cum[m]["high"] for m in members),
                "drift_total": max(cum[m]["total"] for m in members),
            }
        )
    return stories, chains
