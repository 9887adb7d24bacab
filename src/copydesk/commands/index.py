"""``copydesk index add CORPUS...`` and ``copydesk index stats``: build and inspect the
corpus index (one SQLite file, default ``./copydesk.db``)."""

from __future__ import annotations

import json
import os
import sys

from copydesk.commands._common import add_read_args, read_options, write_output


def _db_arg(p) -> None:
    p.add_argument(
        "--db", metavar="FILE", default="copydesk.db", help="index file (default: %(default)s)"
    )


def add_parser(sub):
    p = sub.add_parser(
        "index",
        help="build or inspect the corpus index that 'trace' searches",
        description="Build or inspect the corpus index: one SQLite file holding articles, "
        "metadata and fingerprints.",
    )
    isub = p.add_subparsers(dest="index_command", metavar="ACTION")
    isub.required = True

    a = isub.add_parser(
        "add",
        help="add articles (files, folders, globs, WARC, JSONL, CSV; - for stdin)",
        description="Add articles to the index (created if missing). Incremental: an article "
        "already stored (same URL or same text) is skipped. Safe to interrupt: every batch "
        "is committed atomically and a re-run completes the job. A bad file is reported "
        "and skipped; the exit status is 1 when any input failed, 0 otherwise.",
    )
    a.add_argument("corpus", nargs="+", metavar="CORPUS", help="inputs to add")
    _db_arg(a)
    a.add_argument(
        "--batch",
        type=int,
        default=500,
        metavar="N",
        help="articles per committed batch; bounds memory (default: %(default)s)",
    )
    a.add_argument(
        "--cache-mb",
        type=int,
        default=64,
        metavar="MB",
        help="SQLite page cache while writing (default: %(default)s)",
    )
    a.add_argument(
        "--jobs",
        "-j",
        type=int,
        default=None,
        metavar="N",
        help="processes reading and computing keys while one writes (default: one per CPU)",
    )
    a.add_argument(
        "--semantic",
        action="store_true",
        help="also store one sentence-embedding vector per article, which trace then "
        "searches for rewrites that changed nearly every word (needs the 'semantic' "
        "extra; about 7-50 articles/s on 2 cores). Recorded in the index: later adds and "
        "traces use it. On an existing lexical index, its articles are embedded first",
    )
    a.add_argument("--format", "-f", choices=("text", "json"), default="text")
    a.add_argument("--quiet", "-q", action="store_true", help="no progress or notes on stderr")
    add_read_args(a)

    s = isub.add_parser("stats", help="what the index holds", description="Index statistics.")
    _db_arg(s)
    s.add_argument("--format", "-f", choices=("text", "json"), default="text")
    return p


def run(args) -> int:
    return _add(args) if args.index_command == "add" else _stats(args)


def _progress(quiet: bool):
    """A tqdm bar on stderr when it is a terminal and not --quiet (the readers' rule)."""
    from copydesk.read import ReadOptions, progress_enabled

    if not progress_enabled(ReadOptions(quiet=quiet)):
        return None
    from tqdm import tqdm

    return tqdm(desc="indexing", unit=" articles", file=sys.stderr, dynamic_ncols=True)


def _add(args) -> int:
    from dataclasses import replace

    from copydesk.errors import InputError
    from copydesk.index import IndexOptions, open_index
    from copydesk.read import iter_articles
    from copydesk.read.pending import resolve

    if args.batch < 1:
        raise InputError("--batch", "must be at least 1")
    bar = _progress(args.quiet)
    done = [0]

    def on_progress(s) -> None:
        if bar is not None:
            bar.update(s.seen - done[0])
            done[0] = s.seen
            bar.set_postfix(added=s.added, dup=s.duplicates, failed=s.failed, refresh=False)

    def on_failure(line: str) -> None:
        if not args.quiet:
            msg = f"copydesk: skipped {line}"
            (bar.write(msg, file=sys.stderr) if bar is not None else print(msg, file=sys.stderr))

    opts = replace(IndexOptions(), batch=args.batch, semantic=bool(args.semantic))
    if args.semantic:
        from copydesk.index.vectors import require_extra

        require_extra("--semantic")
    # The index's own bar counts articles; the reader's notes go through on_failure.
    jobs = max(1, args.jobs or os.cpu_count() or 1)
    ropts = read_options(args).replace(quiet=True, progress=False, defer=jobs > 1)
    # With several jobs, pages and records are extracted and cleaned on worker
    # processes too (copydesk.read.pending): reading costs more than indexing.
    items = resolve(iter_articles(args.corpus, ropts), jobs)
    with open_index(args.db, options=opts, cache_mb=args.cache_mb) as idx:
        try:
            summary = idx.add(
                items,
                jobs=jobs,
                on_progress=on_progress,
                on_failure=on_failure,
                inputs=list(args.corpus),
            )
        finally:
            if bar is not None:
                bar.close()
        total = idx.storage.count()
    if args.format == "json":
        out = summary.to_dict() | {"index": str(args.db), "articles": total}
        write_output(json.dumps(out, indent=2) + "\n", None)
    elif not args.quiet:
        print(
            f"added {summary.added}, duplicates {summary.duplicates}, failed {summary.failed} "
            f"in {summary.seconds:.1f} s ({summary.rate:.0f} articles/s); "
            f"{args.db} now holds {total} articles",
            file=sys.stderr,
        )
    return 1 if summary.failed else 0


def _stats(args) -> int:
    from copydesk.index import open_index

    with open_index(args.db, create=False) as idx:
        st = idx.stats()
    if args.format == "json":
        write_output(json.dumps(st, indent=2) + "\n", None)
        return 0
    lines = [
        f"index:        {st['path']} (schema {st['schema_version']}, created {st['created']})",
        f"articles:     {st['articles']}",
        f"keys:         {st['key_rows']}"
        + (
            f" in {st['key_runs']} sorted run{'' if st['key_runs'] == 1 else 's'}"
            if "key_runs" in st
            else ""
        ),
        f"size:         {st['bytes'] / 1e6:.1f} MB"
        + (f" ({st['bytes_per_article']} bytes per article)" if st["bytes_per_article"] else ""),
        "settings:     " + ", ".join(f"{k}={v}" for k, v in st["options"].items()),
    ]
    if "vectors" in st:
        lines.insert(3, f"vectors:      {st['vectors']} (semantic retrieval)")
    for r in st["recent_runs"]:
        lines.append(
            f"run {r['id']}:        {r['status']}, added {r['added']}, duplicates "
            f"{r['duplicates']}, failed {r['failed']}"
        )
    write_output("\n".join(lines) + "\n", None)
    return 0
