"""The OpenAPI 3.1 document of the JSON API, served at ``/api/openapi.json``.

The report bodies are described loosely here (``type: object`` with the top-level keys);
docs/schema.md is the full, versioned description of the compare report.
"""

from __future__ import annotations

from typing import Any

from copydesk import __version__
from copydesk.model import SCHEMA_VERSION

__all__ = ["openapi"]

_ARTICLE = {
    "oneOf": [
        {"type": "string", "description": "pasted text (HTML is detected and extracted)"},
        {
            "type": "object",
            "properties": {
                "text": {"type": "string", "description": "text, or HTML (detected)"},
                "html": {"type": "string", "description": "an HTML page"},
                "name": {"type": "string", "description": "a label shown in the report"},
                "url": {"type": "string", "description": "metadata only; never fetched"},
            },
            "additionalProperties": False,
        },
    ]
}

_ERROR = {
    "type": "object",
    "required": ["error"],
    "properties": {
        "error": {
            "type": "object",
            "required": ["status", "code", "message"],
            "properties": {
                "status": {"type": "integer"},
                "code": {
                    "type": "string",
                    "enum": [
                        "bad_request",
                        "invalid_json",
                        "invalid_input",
                        "unsupported_media_type",
                        "too_large",
                        "not_found",
                        "method_not_allowed",
                        "request_timeout",
                        "not_available",
                        "busy",
                        "timeout",
                        "internal",
                    ],
                },
                "message": {"type": "string"},
            },
        }
    },
}


def _errors(*codes: int) -> dict[str, Any]:
    what = {
        400: "malformed request (not JSON, not an object)",
        413: "request body or an article over the size limits",
        415: "body is not application/json",
        422: "valid JSON that is not a valid request, or an article that cannot be read",
        501: "the server cannot do this (no index configured)",
        503: "all workers busy; retry after the Retry-After seconds",
        504: "processing ran past the time limit",
    }
    ref = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
    return {str(c): {"description": what[c], **ref} for c in codes}


def openapi(*, max_body_bytes: int, timeout_s: float) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "copydesk",
            "version": __version__,
            "description": (
                "Find where a news article came from and what the copy changed. "
                f"Report schema copydesk.compare {SCHEMA_VERSION} (docs/schema.md). "
                f"Requests are limited to {max_body_bytes} bytes and {timeout_s:g} s of "
                "processing."
            ),
        },
        "paths": {
            "/api/compare": {
                "post": {
                    "summary": "Compare two articles",
                    "parameters": [
                        {
                            "name": "format",
                            "in": "query",
                            "schema": {"type": "string", "enum": ["json", "html"]},
                            "description": "json (default) or the self-contained HTML report",
                        }
                    ],
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/CompareRequest"}
                            }
                        },
                    },
                    "responses": {
                        "200": {
                            "description": "the compare report (same schema as the CLI)",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/CompareReport"}
                                },
                                "text/html": {"schema": {"type": "string"}},
                            },
                        },
                        **_errors(400, 413, 415, 422, 503, 504),
                    },
                }
            },
            "/api/trace": {
                "post": {
                    "summary": "Trace one article against the server's index",
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/TraceRequest"}
                            }
                        },
                    },
                    "responses": {
                        "200": {
                            "description": "candidate sources (the CLI's trace JSON)",
                            "content": {"application/json": {"schema": {"type": "object"}}},
                        },
                        **_errors(400, 413, 415, 422, 501, 503, 504),
                    },
                }
            },
            "/healthz": {
                "get": {
                    "summary": "Liveness",
                    "responses": {"200": {"description": "ok"}},
                }
            },
        },
        "components": {
            "schemas": {
                "Article": _ARTICLE,
                "CompareRequest": {
                    "type": "object",
                    "required": ["a", "b"],
                    "properties": {
                        "a": {"$ref": "#/components/schemas/Article"},
                        "b": {"$ref": "#/components/schemas/Article"},
                        "source": {
                            "type": ["string", "null"],
                            "enum": ["a", "b", None],
                            "description": "which input is the original (else inferred)",
                        },
                    },
                    "additionalProperties": False,
                },
                "TraceRequest": {
                    "type": "object",
                    "required": ["article"],
                    "properties": {
                        "article": {"$ref": "#/components/schemas/Article"},
                        "limit": {"type": "integer", "minimum": 1, "maximum": 50, "default": 5},
                        "copies": {
                            "type": "boolean",
                            "default": False,
                            "description": "find articles derived from this one instead",
                        },
                    },
                    "additionalProperties": False,
                },
                "CompareReport": {
                    "type": "object",
                    "description": "docs/schema.md",
                    "required": [
                        "schema",
                        "schema_version",
                        "verdict",
                        "relation",
                        "direction",
                        "source",
                        "derivative",
                        "alignment",
                        "changes",
                        "credit",
                    ],
                    "properties": {
                        "schema": {"const": "copydesk.compare"},
                        "schema_version": {"type": "string"},
                    },
                },
                "Error": _ERROR,
            }
        },
    }
