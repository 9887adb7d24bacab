"""copydesk: find where a news article came from and what the copy changed.

The public API (see docs/api.md)::

    copydesk.read(path_or_text)           -> Article
    copydesk.iter_articles(paths)         -> Article | ReadFailure, for folders, WARC, JSONL
    copydesk.compare(a, b)                -> Report   (.to_dict() is the JSON schema)
    copydesk.open_index(path)             -> Index    (.add(articles), .trace(article))
    copydesk.trace(article, index=path)   -> Trace    (hits, each with its Report)
    copydesk.scan(inputs, out)            -> manifest (tables written to out/)
    copydesk.to_frame(report | trace | out_dir) -> pandas DataFrame

Everything else is internal unless listed in ``__all__``.
"""

# Load the sub-packages that share a name with a public function first: importing
# ``copydesk.read`` later would otherwise rebind ``copydesk.read`` to the package.
import copydesk.read as _read_package  # noqa: F401, I001
import copydesk.scan as _scan_package  # noqa: F401, I001

from copydesk.api import compare, read, scan, to_frame, trace
from copydesk.index import Index, IndexOptions, Trace, TraceHit, open_index
from copydesk.read import ReadFailure, ReadOptions, iter_articles
from copydesk.scan import ScanOptions
from copydesk.errors import CopydeskError, InputError, LimitError
from copydesk.model import (
    AlignedPair,
    Alignment,
    Article,
    Change,
    CreditVerdict,
    Direction,
    Relation,
    Report,
    Span,
)
from copydesk.options import Options

__version__ = "0.1.0"

__all__ = [
    "AlignedPair",
    "Index",
    "IndexOptions",
    "ReadFailure",
    "ReadOptions",
    "ScanOptions",
    "Trace",
    "TraceHit",
    "iter_articles",
    "open_index",
    "scan",
    "to_frame",
    "trace",
    "Alignment",
    "Article",
    "Change",
    "CopydeskError",
    "CreditVerdict",
    "Direction",
    "InputError",
    "LimitError",
    "Options",
    "Relation",
    "Report",
    "Span",
    "__version__",
    "compare",
    "read",
]
