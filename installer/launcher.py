"""The frozen app's entry point (PyInstaller runs this script as Lorasmith.exe).

Order matters: freeze_support() first, so multiprocessing children never reach
the app; then give a windowed app real stdout/stderr; then the child engines and
the self-test; otherwise the desktop app as usual.
"""
import multiprocessing
import sys


def _main() -> int:
    multiprocessing.freeze_support()
    from core import launch as frozen

    frozen.ensure_std_streams()
    code = frozen.dispatch(sys.argv[1:])
    if code is not None:
        return code
    from desktop.app import main
    return main()


if __name__ == "__main__":
    sys.exit(_main())
