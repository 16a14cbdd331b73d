"""The exceptions newsparse raises.

Parsers never raise on text: absent structure is ``None`` or ``()``. A
non-``str`` argument raises :class:`TypeError`; a value that has the right
type but cannot be used raises :class:`NewsparseError`.
"""

from __future__ import annotations

__all__ = ["NewsparseError", "check_text"]


class NewsparseError(ValueError):
    """A value newsparse was given cannot be used; the message says which."""


def check_text(value: object, name: str = "text") -> str:
    """Return ``value`` if it is a ``str``, else raise a clear ``TypeError``."""
    if isinstance(value, str):
        return value
    if isinstance(value, (bytes, bytearray, memoryview)):
        msg = (
            f"{name} must be str, got {type(value).__name__}: "
            f"decode it first, e.g. {name}.decode('utf-8')"
        )
    else:
        msg = f"{name} must be str, got {type(value).__name__}"
    raise TypeError(msg)
