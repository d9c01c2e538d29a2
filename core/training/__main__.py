"""Training child process: python -m core.training RUN_DIR [--resume]

Events go to stdout as '@@lorasmith {json}' lines and to RUN_DIR/metrics.jsonl;
a 'stop' line on stdin ends the run cleanly with the adapter saved.
Exit status: 0 finished or stopped, 1 failed (a 'failed' event says why), 2 bad arguments.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from core.training.child import child_main

    return child_main(sys.argv[1:] if argv is None else argv)


engine_main = main  # started as a child engine (see core.launch)


if __name__ == "__main__":
    sys.exit(main())
