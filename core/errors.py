"""UserError: the one path from a user's mistake to one line and exit status 2.

Each domain's error (DataError, PlanError, ExportError, HubError, the command
line's UsageError) is a UserError, and every command's entry point runs its
body through `run_command`. So a mistake found anywhere below reaches the user
as `lorasmith: <what, where, what to do>`, while anything else is a bug and
keeps its traceback. Code that finds a user's mistake raises a UserError there;
it never relies on an entry point treating ValueError or OSError as the user's.
"""

from __future__ import annotations

import sys

EXIT_USER_MISTAKE = 2
EXIT_INTERRUPTED = 130


class UserError(Exception):
    """The one path from a user's mistake to one line and exit 2: str() says what, where and what to do."""


def one_line(text: object) -> str:
    """The message on one line, however it was written."""
    return " ".join(part.strip() for part in str(text).splitlines() if part.strip())


def report_user_error(exc: UserError, prog: str = "lorasmith") -> int:
    text = one_line(exc)
    # A subcommand's usage error names itself already ("lorasmith eval: ..."): no second prefix.
    print(text if text.startswith((f"{prog}: ", f"{prog} ")) else f"{prog}: {text}", file=sys.stderr, flush=True)
    return EXIT_USER_MISTAKE


def run_command(command, argv, *, prog: str = "lorasmith") -> int:
    """command(argv) -> exit status; a UserError becomes one line on stderr and 2,
    Ctrl+C becomes 130, and any other exception (a bug) propagates with its traceback."""
    try:
        return command(argv)
    except UserError as exc:
        return report_user_error(exc, prog)
    except KeyboardInterrupt:
        print(f"{prog}: interrupted", file=sys.stderr, flush=True)
        return EXIT_INTERRUPTED
