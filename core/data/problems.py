"""Problems found in user data, worded for the user: what, where, what to do."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from core.errors import UserError


@dataclass(frozen=True)
class Problem:
    message: str
    path: str | None = None
    row: int | None = None  # 1-based row of the dataset (JSON array item, CSV data row, JSONL line)
    line: int | None = None  # 1-based line in the file, when known
    column: int | None = None  # 1-based column, when known
    severity: str = "error"  # "error" stops training; "warning" is shown and training goes on

    def location(self) -> str:
        name = Path(self.path).name if self.path else ""
        if self.line is not None:
            where = f"{name}:{self.line}" + (f":{self.column}" if self.column else "")
        elif self.row is not None:
            where = f"{name} row {self.row}"
        else:
            where = name
        return where

    def __str__(self) -> str:
        where = self.location()
        return f"{where}: {self.message}" if where else self.message

    def to_json(self) -> dict:
        out: dict = {"message": self.message, "severity": self.severity}
        if self.row is not None:
            out["row"] = self.row
        if self.line is not None:
            out["line"] = self.line
        if self.column is not None:
            out["column"] = self.column
        return out


def with_path(problem: Problem, path: str | None, row: int | None) -> Problem:
    """The problem with the file and row filled in where it does not name its own."""
    return replace(problem, path=problem.path or path, row=problem.row or row)


class DataError(UserError):
    """A user's data cannot be used. str() is the message to show; no traceback."""

    def __init__(self, problem: Problem | str, *, path: str | None = None):
        if isinstance(problem, str):
            problem = Problem(problem, path=path)
        self.problem = problem
        super().__init__(str(problem))


def type_name(value) -> str:
    """How a JSON value's type is named in a problem: "an object", "a text", "null", ..."""
    if value is None or isinstance(value, bool):
        return "null" if value is None else "true/false"
    return {dict: "an object", list: "a list", str: "a text"}.get(type(value), "a number")
