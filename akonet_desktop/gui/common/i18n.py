"""Runtime language switching: one app translator, swapped on demand; views retranslate on
QEvent.LanguageChange."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QSettings, QTranslator, Signal

from akonet_desktop.resources import resource_path
from akonet_desktop.rules import LANGUAGES, best_language

UI_LANGUAGES = ("fr", "en", "es", "de", "it", "pt")
SETTINGS_KEY = "ui/language"


def system_language() -> str:
    return best_language(",".join(QLocale.system().uiLanguages()))


def ui_locale(language: str, region: QLocale | None = None) -> QLocale:
    """The interface language written the way the computer's region writes dates and numbers.

    English on a computer set up for Spain gives en_ES (25/11/2026), not en_US (11/25/26), as
    desktop applications do; where Qt knows no such pair, the language's own default.
    """
    spoken = QLocale(language)
    regional = QLocale(spoken.language(), (region or QLocale.system()).territory())
    return regional if regional.language() == spoken.language() else spoken


class Translations(QObject):
    language_changed = Signal(str)

    def __init__(self, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._installed: list[QTranslator] = []
        self.language = ""

    def initial_language(self) -> str:
        saved = self._settings.value(SETTINGS_KEY, "", str)
        return saved if saved in LANGUAGES else system_language()

    def set_language(self, language: str, *, remember: bool = True) -> None:
        if language not in LANGUAGES:
            language = "en"
        app = QCoreApplication.instance()
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = []
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, directory in (
            (f"akonet_{language}", str(resource_path("translations"))),
            (f"qtbase_{language}", qt_dir),
        ):
            translator = QTranslator(self)
            if translator.load(name, directory):
                app.installTranslator(translator)
                self._installed.append(translator)
        QLocale.setDefault(ui_locale(language))
        self.language = language
        if remember:
            self._settings.setValue(SETTINGS_KEY, language)
        self.language_changed.emit(language)
