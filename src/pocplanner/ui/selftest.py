"""`pocplanner --self-test`: proves that an installed or bundled pocplanner has everything it
needs, headless, without touching the user's data.

In a temporary folder it creates an encrypted database, imports both bundled demo plans,
checks them, writes and reads back their PDF (the embedded fonts), builds every help page in
both languages, then starts the Qt library window offscreen with the French translation.
Exit 0 when every step passed.
"""
from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path


def _steps(folder: Path) -> list[tuple[str, Callable[[], str]]]:
    from pocplanner import reference
    from pocplanner.domain.checks import has_errors, run_checks
    from pocplanner.exchange import load_document
    from pocplanner.services.database import PlanStore, open_database

    state: dict = {}

    def database() -> str:
        state["store"] = PlanStore(open_database(folder / "selftest.db", passphrase="self test "
                                                 "passphrase"))
        return "encrypted database created"

    def demo() -> str:
        ids = []
        for lang in ("en", "fr"):
            plan = load_document(reference.demo_plan_bytes(lang), strict=True).plan
            if has_errors(run_checks(plan)):
                raise AssertionError(f"the {lang} demo plan has errors")
            ids.append(state["store"].add_imported(plan))
        state["ids"] = ids
        retrait = load_document(reference.demo_plan_bytes("fr", "retrait"), strict=True).plan
        if has_errors(run_checks(retrait)):
            raise AssertionError("the drawdown example has errors")
        return "demo plans imported and checked: " + ", ".join(ids) + "; drawdown example checked"

    def pdf() -> str:
        import pypdfium2 as pdfium

        from pocplanner.reports import render_pdf
        sizes = []
        for plan_id, lang in zip(state["ids"], ("en", "fr")):
            out = render_pdf(state["store"].load(plan_id), folder / f"{plan_id}.pdf", lang)
            doc = pdfium.PdfDocument(str(out))
            text = doc[0].get_textpage().get_text_range()
            doc.close()
            if ("EXAMPLE" if lang == "en" else "EXEMPLE") not in text:
                raise AssertionError(f"{out.name}: the title cannot be read back")
            sizes.append(out.stat().st_size)
        return "PDFs written and read back (" + ", ".join(f"{s // 1024} KB" for s in sizes) + ")"

    def gui() -> str:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false;default.warning=false")
        from PySide6.QtWidgets import QApplication

        from pocplanner.ui.library.main_window import MainWindow
        from pocplanner.ui.translation import install_translators
        app = QApplication.instance() or QApplication(["pocplanner"])
        if not install_translators(app, "fr"):
            raise AssertionError("the French translation (.qm) is missing")
        window = MainWindow(state["store"], folder / "selftest.db", "fr")
        window.show()
        app.processEvents()
        rows = window.model.rowCount()
        window.close()
        state["store"].db.close()
        if rows != 2:
            raise AssertionError(f"the library shows {rows} plans instead of 2")
        return f"library window shown offscreen ({os.environ['QT_QPA_PLATFORM']}), in French"

    def help_pages() -> str:
        from importlib import resources

        from pocplanner import help as pages
        for lang in ("en", "fr"):
            for topic in pages.TOPICS:
                pages.page_html(topic, lang)
        icon = resources.files("pocplanner.resources").joinpath("icons", "pocplanner.png")
        if not icon.is_file():
            raise AssertionError("the application icon is missing")
        return f"{len(pages.TOPICS)} help pages in English and French, icon present"

    return [("database", database), ("demo", demo), ("pdf", pdf), ("help", help_pages),
            ("gui", gui)]


def run(say: Callable[[str], None] = print) -> int:
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="pocplanner-selftest-") as tmp:
        for name, step in _steps(Path(tmp)):
            try:
                say(f"ok    {name}: {step()}")
            except Exception as exc:
                say(f"FAIL  {name}: {type(exc).__name__}: {exc}")
                return 1
    say(f"self-test passed in {time.perf_counter() - started:.1f} s")
    return 0
