"""copydesk: find where a news article came from and what the copy changed.

The public API (see docs/api.md)::

    copydesk.read(path_or_text)           -> Article
    copydesk.compare(a, b)                -> Report   (.to_dict() is the JSON schema)

Everything else is internal unless listed in ``__all__``.
"""

# Load the sub-packages that share a name with a public function first: importing
# ``copydesk.read`` later would otherwise rebind ``copydesk.read`` to the package.
import copydesk.read as _read_package  # noqa: F401, I001

from copydesk.api import compare, read
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
