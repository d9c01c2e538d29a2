"""Argument types the command-line parsers share, so every command words a bad number alike."""

from __future__ import annotations

import argparse


def whole_number(minimum: int = 0):
    """An argparse type: a whole number of at least `minimum`, else argparse's one-line usage error."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if value < minimum:
            raise argparse.ArgumentTypeError(f"{value} must be at least {minimum}")
        return value

    return parse
