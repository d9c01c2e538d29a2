"""The main window's menus and what only they do: appearance, language (and the restart it needs),
the help page and the About box.

A mixin of MainWindow (which provides worker, show_screen(), current_view(), the run slots and
_set_run_actions()). Its texts are translated in MainWindow's context, which is the class Qt looks
them up under at run time.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QProcess, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QMessageBox

from desktop import i18n, settings, theme

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls


class WindowMenus:
    def _action(self, text: str, shortcut=None, slot=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            action.triggered.connect(slot)
        return action

    def _build_menus(self, screens) -> None:
        """File, the current screen's own menu, View, Training and Help; `screens` are the window's SCREENS."""
        bar = self.menuBar()
        file_menu = self._build_file_menu(bar)
        self.screen_menu = bar.addMenu("")
        self._build_view_menu(bar, screens)
        run_menu = self._build_training_menu(bar)
        help_menu = self._build_help_menu(bar)
        for action in bar.actions() + file_menu.actions() + run_menu.actions() + help_menu.actions():
            self.addAction(action)  # shortcuts work even while the menu bar is hidden
        self.addActions(self.screen_actions)
        self._set_run_actions("idle")

    def _build_file_menu(self, bar: QMenuBar) -> QMenu:
        file_menu = bar.addMenu(translate("MainWindow", "&File"))
        self.open_act = self._action(
            translate("MainWindow", "&Open…"), QKeySequence.StandardKey.Open, lambda: self.current_view().open_action()
        )
        self.save_act = self._action(
            translate("MainWindow", "&Save…"), QKeySequence.StandardKey.Save, lambda: self.current_view().save_action()
        )
        self.quit_act = self._action(translate("MainWindow", "&Quit"), "Ctrl+Q", self.close)
        self.quit_act.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu.addActions([self.open_act, self.save_act])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_act)
        return file_menu

    def _build_view_menu(self, bar: QMenuBar, screens) -> None:
        """A shortcut for each screen (Ctrl+1, Ctrl+2, ...), then appearance and language."""
        view_menu = bar.addMenu(translate("MainWindow", "&View"))
        self.screen_actions = []
        for number, screen in enumerate(screens, start=1):
            action = self._action(
                translate("MainWindow", screen.title),
                f"Ctrl+{number}",
                lambda _checked=False, key=screen.key: self.show_screen(key),
            )
            view_menu.addAction(action)
            self.screen_actions.append(action)
        view_menu.addSeparator()
        self._build_appearance_menu(view_menu)
        self._build_language_menu(view_menu)

    def _build_appearance_menu(self, view_menu: QMenu) -> None:
        theme_menu = view_menu.addMenu(translate("MainWindow", "Appearance"))
        group = QActionGroup(self)
        for choice, text in (
            ("system", translate("MainWindow", "Follow the system")),
            ("light", translate("MainWindow", "Light")),
            ("dark", translate("MainWindow", "Dark")),
        ):
            action = theme_menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(settings.theme() == choice)
            action.triggered.connect(lambda _checked=False, c=choice: self.set_theme(c))
            group.addAction(action)

    def _build_language_menu(self, view_menu: QMenu) -> None:
        language_menu = view_menu.addMenu(translate("MainWindow", "Language"))
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in (("", translate("MainWindow", "System language")),) + i18n.LANGUAGES:
            action = language_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(settings.language() == code)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            group.addAction(action)
            self.language_actions[code] = action

    def _build_training_menu(self, bar: QMenuBar) -> QMenu:
        run_menu = bar.addMenu(translate("MainWindow", "&Training"))
        self.start_act = self._action(translate("MainWindow", "&Start training"), "F5", self.start_from_form)
        self.stop_act = self._action(
            translate("MainWindow", "S&top (save the adapter so far)"), "Shift+F5", self.worker.stop
        )
        self.kill_act = self._action(translate("MainWindow", "&Kill"), None, self.worker.kill)
        run_menu.addActions([self.start_act, self.stop_act, self.kill_act])
        run_menu.addSeparator()
        self.settings_wizard_act = self._action(
            translate("MainWindow", "Settings &wizard…"), None, self.open_settings_wizard
        )
        run_menu.addAction(self.settings_wizard_act)
        return run_menu

    def _build_help_menu(self, bar: QMenuBar) -> QMenu:
        help_menu = bar.addMenu(translate("MainWindow", "&Help"))
        self.first_run_wizard_act = self._action(
            translate("MainWindow", "&Getting started wizard…"), None, self.open_first_run_wizard
        )
        help_menu.addAction(self.first_run_wizard_act)
        help_menu.addSeparator()
        help_menu.addAction(
            self._action(
                translate("MainWindow", "Lorasmith &help"), QKeySequence.StandardKey.HelpContents, self.show_help
            )
        )
        about = self._action(translate("MainWindow", "&About Lorasmith"), None, self.show_about)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(about)
        return help_menu

    # --- appearance and language ---------------------------------------------------------
    def set_theme(self, choice: str) -> None:
        settings.set_theme(choice)
        if theme.manager() is not None:
            theme.manager().apply(choice)

    def set_language(self, code: str) -> None:
        settings.set_language(code)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            translate("MainWindow", "Language"),
            translate("MainWindow", "The new language is used the next time Lorasmith starts."),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        restart = box.addButton(translate("MainWindow", "Restart now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(translate("MainWindow", "Later"), QMessageBox.ButtonRole.RejectRole)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.buttonClicked.connect(lambda button: self.restart() if button is restart else None)
        box.open()
        self.language_box = box

    def restart(self) -> None:
        if getattr(sys, "frozen", False):
            program, args = sys.executable, sys.argv[1:]
        else:
            program, args = sys.executable, ["-m", "desktop.app"] + sys.argv[1:]
        if self.close():
            QProcess.startDetached(program, args)

    # --- help ----------------------------------------------------------------------------
    def show_help(self) -> None:
        from desktop.help import HelpDialog

        HelpDialog(self).show()

    def show_about(self) -> None:
        from desktop.help import about_text

        QMessageBox.about(self, translate("MainWindow", "About Lorasmith"), about_text())
