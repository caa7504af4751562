"""The plan-in-motion windows fit field laptops (1280×720) in English and French with long
texts: the alert dialog, the review dialog, the sequencing step's status tab."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from pocplanner import reference
from pocplanner.exchange import load_document

pytestmark = pytest.mark.gui

LONG = ("Attaques à l'engin explosif improvisé sur l'axe Mopti–Douentza–Boni–Hombori contre "
        "les convois civils, les forains et les camions de marchandises ")


def long_motion_plan(lang):
    plan = load_document(reference.demo_plan_bytes(lang, "motion")).plan
    for t in plan.threats:
        t.title = LONG[:120]
    for ind in plan.early_warning:
        ind.indicator = LONG[:160]
    for a in plan.activities:
        a.title = LONG[:120]
    return plan


def test_the_alert_and_review_dialogs_fit(qtbot, language):
    from pocplanner.ui.dialogs.review_dialog import ReviewDialog
    from pocplanner.ui.pages.alert_dialog import AlertDialog
    plan = long_motion_plan(language)
    for dialog in (AlertDialog(plan, language), ReviewDialog(plan, language)):
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        hint = dialog.minimumSizeHint()
        assert hint.width() <= 1280 and hint.height() <= 700, (dialog.objectName(),
                                                               hint.toTuple())
        dialog.resize(1280, 700)
        assert dialog.width() <= 1280 and dialog.height() <= 720


def test_the_status_tab_fits(qtbot, language, library_of, store):
    plan = long_motion_plan(language)
    store.save(plan)
    window = library_of(store, language).open_plan(plan.id)
    window.resize(1280, 720)
    window.go("sequencing")
    page = window.pages["sequencing"]
    page.views.setCurrentWidget(page.status_view)
    QApplication.processEvents()
    hint = window.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 720, hint.toTuple()
