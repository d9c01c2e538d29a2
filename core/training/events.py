"""Events a training (or generation) child process emits, one JSON object per line.

The same records are appended to the run's metrics.jsonl so a finished run's
curves reload exactly. Add fields freely; never rename one.
"""

from __future__ import annotations

import json
import math
import time
from typing import Any, Collection, Iterator

EVENT_TYPES = (
    "started",
    "progress",
    "eval",
    "checkpoint",
    "warning",
    "finished",
    "cancelled",
    "failed",
    "log",
    "settings_changed",
)

# Prefix that marks an event line on the child's stdout, so stray prints from
# libraries can never be mistaken for an event.
EVENT_PREFIX = "@@lorasmith "


def make_event(type_: str, **fields: Any) -> dict:
    if type_ not in EVENT_TYPES:
        raise ValueError(f"unknown event type {type_!r}")
    return {"type": type_, "time": round(time.time(), 3), **fields}


def _clean(value: Any) -> Any:
    # JSON has no NaN or Infinity; write them as strings a reader can spot.
    if isinstance(value, float) and not math.isfinite(value):
        return "nan" if math.isnan(value) else ("inf" if value > 0 else "-inf")
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_clean(v) for v in value]
    return value


def to_line(event: dict) -> str:
    return json.dumps(_clean(event), ensure_ascii=False, separators=(",", ":"))


def parse_line(line: str, *, types: Collection[str] | None = EVENT_TYPES, prefixed: bool = False) -> dict | None:
    """An event from one line of child output or metrics.jsonl; None for anything else.

    `types`: the event types to accept (None: any, as the generation child has its own);
    `prefixed`: only lines that carry EVENT_PREFIX (a child's stdout, where libraries print too).
    """
    line = line.strip()
    if line.startswith(EVENT_PREFIX):
        line = line[len(EVENT_PREFIX) :]
    elif prefixed:
        return None
    if not line.startswith("{"):
        return None
    try:
        event = json.loads(line)
    except json.JSONDecodeError:
        return None
    if not isinstance(event, dict) or not isinstance(event.get("type"), str):
        return None
    return event if types is None or event["type"] in types else None


def read_metrics(path) -> Iterator[dict]:
    """Events from a metrics.jsonl; a torn last line (a killed run) is skipped."""
    try:
        fh = open(path, encoding="utf-8")
    except FileNotFoundError:
        return
    with fh:
        for line in fh:
            event = parse_line(line)
            if event is not None:
                yield event
