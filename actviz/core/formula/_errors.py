"""The one error a formula raises: a ValueError that knows where in the text it happened."""

from __future__ import annotations


class FormulaError(ValueError):
    """A formula the core refuses, with a message an editor can show as it is.

    Attributes
    ----------
    reason : str
        What is wrong and what is allowed, without the position.
    column : int or None
        The 1-based column in the text as typed, when the problem has a place.
    """

    def __init__(self, reason: str, column: int | None = None) -> None:
        self.reason = reason
        self.column = column
        super().__init__(f"column {column}: {reason}" if column is not None else reason)
