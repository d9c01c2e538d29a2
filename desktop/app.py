"""lorasmith: no arguments (or only window options) opens the window; a subcommand goes to the command line.

Window options:
  --lang CODE          use this language (en, zh_CN, zh_TW) instead of the saved or system one
  --screenshot DIR     draw every screen with sample content into DIR as PNG files, then exit
  --exit-when-shown    open the window, print how long that took, and exit (start-up check)

Importing this module stays cheap: Qt, the views and the command line are
imported only when used, and nothing here imports torch or transformers.
"""

from __future__ import annotations

import sys
import time

_T0 = time.perf_counter()

WINDOW_OPTIONS = {"--lang": True, "--screenshot": True, "--exit-when-shown": False}
USAGE = "usage: lorasmith [--lang CODE] [--screenshot DIR] | lorasmith COMMAND ... (lorasmith --help lists them)"


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and (not argv[0].startswith("-") or argv[0] in ("-h", "--help")):
        from core.cli.main import main as cli_main

        return cli_main(argv)
    options = _window_options(argv)
    if options is None:
        print(USAGE, file=sys.stderr)
        return 2
    return run_window(**options)


def _window_options(argv: list[str]) -> dict | None:
    options = {"language": None, "screenshot_dir": None, "exit_when_shown": False}
    i = 0
    while i < len(argv):
        name, _, inline = argv[i].partition("=")
        if name not in WINDOW_OPTIONS:
            return None
        if WINDOW_OPTIONS[name]:
            if inline:
                value = inline
            elif i + 1 < len(argv):
                i += 1
                value = argv[i]
            else:
                return None
            options["language" if name == "--lang" else "screenshot_dir"] = value
        else:
            options["exit_when_shown"] = True
        i += 1
    return options


def run_window(language: str | None = None, screenshot_dir: str | None = None, exit_when_shown: bool = False) -> int:
    if screenshot_dir:
        from desktop.screenshots import render_screenshots

        return _exit_now(render_screenshots(screenshot_dir, language))
    from desktop.application import create_application

    app = create_application(language)
    from PySide6.QtCore import QTimer

    from desktop.main_window import MainWindow

    window = MainWindow()
    _report_crashes(window)
    window.show()
    if not exit_when_shown and _first_launch():
        QTimer.singleShot(0, window.open_first_run_wizard)
    if exit_when_shown:

        def report() -> None:
            print(f"window shown {time.perf_counter() - _T0:.3f} s after desktop.app was imported", flush=True)
            window.close()
            app.quit()

        QTimer.singleShot(0, report)
    return _exit_now(app.exec())


def _report_crashes(window) -> None:
    """An error nothing caught goes to logs/crash-DATE.log in the user data folder, and the
    user is offered that file (to read, or to send with a bug report) instead of a silent exit."""
    from core import crash_log

    def offer(path) -> None:
        from PySide6.QtCore import QCoreApplication, QUrl
        from PySide6.QtGui import QDesktopServices
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.critical(
            window,
            QCoreApplication.translate("App", "Something went wrong"),
            QCoreApplication.translate(
                "App",
                "Lorasmith hit an error it did not expect. A training run in "
                "progress goes on. The details are in {0}; open it?",
            ).format(path),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
        )
        if answer == QMessageBox.StandardButton.Open:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    crash_log.install_crash_handler(on_crash=offer)


def _first_launch() -> bool:
    """Open the getting-started wizard by itself only once, and never when LORASMITH_NO_WIZARD is set
    (scripted starts, tests and screenshots; the --screenshot path does not get here at all)."""
    import os

    from desktop import settings

    return not os.environ.get("LORASMITH_NO_WIZARD") and not settings.first_run_wizard_shown()


def _exit_now(code: int) -> int:
    """End the process without Python's final garbage collection of Qt objects.

    Everything the user made is saved by the time the window has closed. Tearing
    down thousands of Qt wrappers at interpreter exit can trip refcount bugs in
    the bindings (seen with PySide6 6.12: "Fatal Python error: bool_dealloc"),
    which would turn a clean quit into a crash report.
    """
    import logging
    import os

    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (AttributeError, OSError, ValueError):
            pass
    os._exit(code)


if __name__ == "__main__":
    sys.exit(main())
