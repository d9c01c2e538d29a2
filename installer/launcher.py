"""The frozen app's entry point (PyInstaller runs this script as Lorasmith.exe).

Order matters: freeze_support() first, so multiprocessing children never reach
the app; then give a windowed app real stdout/stderr; then the child engines and
the self-test; otherwise the desktop app as usual.
"""

import multiprocessing
import sys


def _main() -> int:
    multiprocessing.freeze_support()
    from core import crash_log, launch

    crash_log.ensure_std_streams()
    code = launch.dispatch(sys.argv[1:])
    if code is not None:
        return code
    if sys.argv[1:2] == ["--self-test"]:
        from desktop.selftest import main as self_test

        return self_test(sys.argv[2:])
    from desktop.app import main

    return main()


if __name__ == "__main__":
    sys.exit(_main())
