"""copydesk: find where a news article came from and what the copy changed."""

__version__ = "0.1.0"
