"""What is wrong with the rows of a JSON, JSON Lines or CSV file, said where and what to do.

`ProblemLog` gathers one file's warnings; `checked_row` refuses a row that is not an
object or nests too deep and mends half characters; the rest turn a file that is not a
list of rows (an empty file, a bad CSV header, LLaMA-Factory's dataset registry) into
the problem that explains it. core/data/row_scanner.py reads the rows.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from core.data.problems import DataError, Problem, type_name
from core.data.text_cursor import MAX_NESTING, nested_too_deep, too_deep_problem

LIST_CAP = 20  # repeated warnings of one kind listed before a summary
_ESCAPED_SURROGATE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
LONE_SURROGATE = re.compile("[\ud800-\udfff]")


class ProblemLog:
    """The warnings found in one file; past LIST_CAP of one kind, only how many more."""

    def __init__(self, path: str | None):
        self.path, self.problems, self.counts = path, [], Counter()

    def warn(self, message: str, *, kind: str | None = None, row: int | None = None, line: int | None = None):
        if kind:
            self.counts[kind] += 1
            if self.counts[kind] > LIST_CAP:
                return
        self.problems.append(Problem(message, self.path, row, line, None, "warning"))

    def finish(self) -> list[Problem]:
        more = {
            "duplicate": "{n} more rows repeat earlier rows exactly (only the first {cap} are listed)",
            "surrogate": "{n} more rows hold half of a character (only the first {cap} are listed)",
            "cells": "{n} more rows have a different number of cells than the header (only the first {cap} are listed)",
        }
        for kind, n in self.counts.items():
            if n > LIST_CAP and kind in more:
                self.problems.append(
                    Problem(more[kind].format(n=n - LIST_CAP, cap=LIST_CAP), self.path, severity="warning")
                )
        return self.problems


def _object_or_error(value, row: int, line: int | None, path: str, lines_file: bool) -> dict:
    if isinstance(value, dict):
        return value
    where = "each line of a JSON Lines file must be one object" if lines_file else "every row must be an object"
    hint = (
        '; to train on plain texts, write them as {"text": "..."} rows or put them in a .txt file'
        if isinstance(value, str)
        else ""
    )
    raise DataError(
        Problem(
            f"row {row} is {type_name(value)}, not an object {{...}}; {where}, such as "
            f'{{"instruction": "...", "output": "..."}}{hint}',
            path=path,
            row=row,
            line=line,
        )
    )


def _without_lone_surrogates(value):
    """`value` with every half of a surrogate pair replaced by U+FFFD: a JSON escape such as \\ud83d
    without its partner, or a damaged byte that TextCursor kept. Neither can be saved as UTF-8 or tokenized."""
    if isinstance(value, str):
        return LONE_SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [_without_lone_surrogates(v) for v in value]
    if isinstance(value, dict):
        return {_without_lone_surrogates(k): _without_lone_surrogates(v) for k, v in value.items()}
    return value


def checked_row(
    value,
    text: str,
    start: int,
    end: int,
    *,
    row: int,
    line: int | None,
    path: str,
    lines_file: bool,
    log: ProblemLog,
    escaped: bool,
) -> dict:
    """The row parsed from text[start:end], refused when it is not an object or nested past
    MAX_NESTING, with half characters replaced: those escaped in the JSON (which is said), and
    the damaged bytes of a file read with `escaped` (TextCursor.escaped; its note says so)."""
    row_value = _object_or_error(value, row, line, path, lines_file)
    # Only text with that many brackets can nest that deep, so most rows skip the walk.
    if text.count("[", start, end) + text.count("{", start, end) > MAX_NESTING and nested_too_deep(row_value):
        raise DataError(too_deep_problem(path, row, line))
    half = _ESCAPED_SURROGATE.search(text, start, end) is not None
    if not (half or escaped):
        return row_value
    repaired = _without_lone_surrogates(row_value)
    if half and repaired != row_value:
        log.warn(
            f"row {row} holds half of a character (a \\u escape from \\ud800 to \\udfff without its "
            "partner, often a cut emoji); it was replaced with \ufffd",
            kind="surrogate",
            row=row,
            line=line,
        )
    return repaired


def csv_header(cells: list[str], path: str, line: int) -> list[str]:
    header = [c.strip() for c in cells]
    for i, name in enumerate(header, 1):
        if not name:
            raise DataError(
                Problem(
                    f"column {i} of the header row has no name; give every column a name "
                    "(the first row of a CSV file names the columns)",
                    path=path,
                    line=line,
                )
            )
        if header.index(name) + 1 != i:
            raise DataError(
                Problem(
                    f'the column name "{name}" appears twice in the header row (columns '
                    f"{header.index(name) + 1} and {i}); rename one",
                    path=path,
                    line=line,
                )
            )
    return header


def refuse_registry(doc: dict, path: Path) -> None:
    keys = ("file_name", "hf_hub_url", "ms_hub_url", "script_url", "om_hub_url", "cloud_file_name")
    if doc and all(isinstance(v, dict) for v in doc.values()) and any(k in v for v in doc.values() for k in keys):
        named = [v["file_name"] for v in doc.values() if isinstance(v.get("file_name"), str)][:3]
        example = f", for example {', '.join(named)}" if named else ""
        raise DataError(
            Problem(
                "this is LLaMA-Factory's dataset registry (dataset_info.json): it lists datasets "
                "and their columns but holds no examples itself; drop the data file it names "
                f"instead{example}",
                path=str(path),
            )
        )


def empty_problem(path: Path) -> Problem:
    return Problem(
        "the file is empty (it holds no rows or text); save your examples into it, or choose the file that holds them",
        path=str(path),
    )
