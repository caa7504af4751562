"""Offline help (F1), the short tour of the steps, and the About box (opened from the Help
menu, help_menu.py). The help pages (pocplanner.help) are built when a dialog opens."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from pocplanner import __version__
from pocplanner.ui.qt_text import qt_format


class HelpDialog(QDialog):
    """The help pages, a topic list on the left; opens on the page asked for."""

    def __init__(self, topic: str, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from pocplanner import help as help_pages

        self.pages = help_pages
        self.lang = lang
        self.setObjectName("helpDialog")
        self.setWindowTitle(self.tr("pocplanner help"))
        self.resize(980, 640)
        self.topics = QListWidget()
        self.topics.setObjectName("helpTopics")
        self.topics.setMaximumWidth(280)
        for key in help_pages.TOPICS:
            self.topics.addItem(help_pages.title(key, lang))
        self.page = QTextBrowser()
        self.page.setObjectName("helpPage")
        self.page.setOpenExternalLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.topics)
        row.addWidget(self.page, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.topics.currentRowChanged.connect(self._show_row)
        self.show_topic(topic)

    def show_topic(self, topic: str) -> None:
        topics = self.pages.TOPICS
        row = topics.index(topic if topic in topics else "overview")
        self.topics.setCurrentRow(row)
        self._show_row(row)

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self.pages.TOPICS):
            self.page.setHtml(self.pages.page_html(self.pages.TOPICS[row], self.lang))

    @property
    def topic(self) -> str:
        return self.pages.TOPICS[self.topics.currentRow()]


class TourDialog(QDialog):
    """A short tour: what pocplanner does, then one page per step."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tourDialog")
        self.setWindowTitle(self.tr("A tour of pocplanner"))
        self.resize(840, 600)
        from pocplanner import help as help_pages

        self.pages = help_pages.tour_pages(lang)
        self.index = 0
        self.heading = QLabel()
        self.heading.setObjectName("tourHeading")
        self.picture = QLabel()  # the screen the page talks about
        self.picture.setObjectName("tourPicture")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = QLabel()
        self.text.setObjectName("tourText")
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.counter = QLabel()
        self.back_button = QPushButton(self.tr("◀ &Back"))
        self.next_button = QPushButton(self.tr("&Next ▶"))
        self.next_button.setObjectName("tourNext")
        self.next_button.setDefault(True)
        close = QPushButton(self.tr("&Close"))
        self.back_button.clicked.connect(lambda: self.go(self.index - 1))
        self.next_button.clicked.connect(self._next)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.counter)
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.picture)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        self.go(0)

    def _next(self) -> None:
        if self.index == len(self.pages) - 1:
            self.accept()
        else:
            self.go(self.index + 1)

    def go(self, index: int) -> None:
        self.index = max(0, min(index, len(self.pages) - 1))
        heading, text, shot = self.pages[self.index]
        self.picture.setPixmap(_tour_picture(shot))
        self.heading.setText(f"<h2>{escape(heading)}</h2>")
        self.text.setText(f"<p style='font-size:11pt'>{escape(text)}</p>")
        self.counter.setText(
            qt_format(self.tr("%1 of %2"), str(self.index + 1), str(len(self.pages)))
        )
        self.back_button.setEnabled(self.index > 0)
        last = self.index == len(self.pages) - 1
        self.next_button.setText(self.tr("&Finish") if last else self.tr("&Next ▶"))


class AboutDialog(QDialog):
    """Version, licences of what is bundled, and where the files are."""

    def __init__(self, paths: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About pocplanner"))
        self.resize(720, 520)
        rows = "".join(
            f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in paths.items()
        )
        items = [
            self.tr(
                "DejaVu fonts, embedded in printed plans: Bitstream Vera licence, DejaVu "
                "changes in the public domain (resources/fonts/LICENSE-DejaVu.txt)."
            ),
            self.tr(
                "Regions and cercles of Mali with their P-codes: OCHA Mali / DNCT via HDX; "
                "geoBoundaries (MLI ADM2, 2017), licence CC BY 4.0."
            ),
            self.tr(
                "Qt and PySide6 (LGPL v3), SQLCipher and sqlcipher3 (BSD-style), "
                "reportlab (BSD), pypdfium2 and PDFium (Apache 2.0 / BSD), cryptography "
                "(Apache 2.0 / BSD), sqlite-utils (Apache 2.0), jsonschema (MIT)."
            ),
        ]
        text = QTextBrowser()
        text.setObjectName("aboutText")
        text.setHtml(
            "".join(
                [
                    f"<h2>pocplanner {escape(__version__)}</h2>",
                    "<p>"
                    + escape(
                        self.tr(
                            "Protection-of-civilians planning for UN peacekeeping "
                            "regional offices, offline."
                        )
                    )
                    + "</p>",
                    "<h3>" + escape(self.tr("Licences")) + "</h3><ul>",
                    "".join(f"<li>{escape(i)}</li>" for i in items),
                    "</ul>",
                    "<h3>" + escape(self.tr("Where your files are")) + "</h3>",
                    f"<table cellpadding='3'>{rows}</table>",
                ]
            )
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)


def _tour_picture(name: str):
    from importlib import resources

    from PySide6.QtGui import QPixmap

    path = resources.files("pocplanner.resources").joinpath("help", "tour", name)
    return QPixmap(str(path))
