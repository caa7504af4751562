"""The app with an encrypted database: passphrase at start, protecting a database later,
locking after idle time or on request."""
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit

from pocplanner.exchange import load_file
from pocplanner.settings import Settings
from pocplanner.storage import PlanStore, is_encrypted, open_database
from pocplanner.ui.library.main_window import MainWindow
from qt_helpers import choose, click, discard_and_close, modal, type_into

PASS = "correct horse battery staple"


@pytest.fixture
def encrypted(db_path, sample_path):
    store = PlanStore(open_database(db_path, passphrase=PASS))
    store.add_imported(load_file(sample_path).plan)
    return store


@pytest.fixture
def library(library_of, encrypted):
    return library_of(encrypted)


def test_lock_now_hides_everything_until_the_passphrase_is_given(qtbot, library):
    plan_window = library.open_plan(library.store.list()[0].id)
    assert library.tools.lock_action.isEnabled()
    library.tools.lock_action.trigger()
    lock = library.tools.app_lock
    assert lock.is_locked and library.store.db.locked
    assert not library.isVisible() and not plan_window.isVisible()
    dialog = lock.dialog
    assert dialog.isVisible()

    type_into(qtbot, dialog.passphrase, "a wrong guess")
    click(qtbot, dialog.unlock_button)
    assert dialog.error.isVisible() and "does not open" in dialog.error.text()
    assert lock.is_locked and not library.isVisible()

    type_into(qtbot, dialog.passphrase, PASS)
    click(qtbot, dialog.unlock_button)
    assert not lock.is_locked and not library.store.db.locked
    assert library.isVisible() and plan_window.isVisible()
    assert library.model.rowCount() == 1
    plan_window.session.plan.title = "Changed after unlocking"
    plan_window.session.save()
    assert library.store.load(plan_window.session.plan.id).title == "Changed after unlocking"
    discard_and_close(plan_window)


def test_idle_time_locks_the_app_and_saves_open_plans(qtbot, library):
    plan_window = library.open_plan(library.store.list()[0].id)
    plan_window.go("context")
    type_into(qtbot, plan_window.findChild(QLineEdit, "field_office"), "Bureau de Gao")
    assert plan_window.session.dirty
    lock = library.tools.app_lock
    lock.set_minutes(0.002)                    # about 120 ms without input
    qtbot.waitUntil(lambda: lock.is_locked, timeout=3000)
    assert not plan_window.session.dirty       # saved before the database closed
    assert not plan_window.isVisible()
    lock.set_minutes(15)
    type_into(qtbot, lock.dialog.passphrase, PASS)
    click(qtbot, lock.dialog.unlock_button)
    assert library.store.load(plan_window.session.plan.id).office == "Bureau de Gao"
    discard_and_close(plan_window)


def test_a_plain_database_has_nothing_to_lock(qtbot, store, db_path):
    window = MainWindow(store, db_path)
    qtbot.addWidget(window)
    assert not window.tools.lock_action.isEnabled()
    assert window.tools.app_lock.lock() is False
    assert not window.tools.app_lock.watcher.watching      # no idle watching, no lock


def test_protecting_the_database_later_from_the_tools_menu(qtbot, store, db_path, sample_path):
    window = MainWindow(store, db_path)
    qtbot.addWidget(window)
    window.show()
    window.import_file(str(sample_path))
    assert window.tools.passphrase_action.text() == "Protect with a &passphrase…"
    seen = []

    def fill():
        dialog = modal()
        seen.append(dialog.objectName())
        type_into(qtbot, dialog.first, "too short")
        type_into(qtbot, dialog.second, "different")
        qtbot.keyClick(dialog.second, "\r")
        seen.append(dialog.error.text())
        type_into(qtbot, dialog.first, PASS)
        type_into(qtbot, dialog.second, PASS)
        qtbot.keyClick(dialog.second, "\r")
    QTimer.singleShot(50, fill)
    assert window.tools.passphrase_action.trigger() is None
    qtbot.waitUntil(lambda: is_encrypted(db_path), timeout=5000)
    assert seen == ["newPassphraseDialog", "The two passphrases differ."]
    assert window.store.db.encrypted and window.tools.lock_action.isEnabled()
    assert window.tools.app_lock.watcher.watching          # auto-lock armed from now on
    assert window.tools.passphrase_action.text() == "Change the &passphrase…"
    assert window.model.rowCount() == 1
    window.store.db.close()
    assert len(PlanStore(open_database(db_path, passphrase=PASS)).list()) == 1


def test_the_app_asks_for_the_passphrase_at_start(qtbot, qapp, encrypted, db_path):
    from pocplanner.ui.app import open_library_at_start
    encrypted.db.close()
    errors = []

    def answer():
        dialog = modal()
        errors.append(dialog.error.text())          # the wrong one given on the command line
        type_into(qtbot, dialog.passphrase, PASS)
        click(qtbot, dialog.unlock_button)
    QTimer.singleShot(50, answer)
    store = open_library_at_start(qapp, db_path, "en", "wrong passphrase", interactive=True)
    assert "does not open" in errors[0]
    assert store is not None and len(store.plans()) == 1
    store.db.close()
    assert open_library_at_start(qapp, db_path, "en", None, interactive=False) is None


def test_settings_change_the_lock_time_and_the_language(qtbot, library):
    def edit():
        dialog = modal()
        choose(qtbot, dialog.language, "Français")
        type_into(qtbot, dialog.lock_minutes, "5")
        qtbot.keyClick(dialog.lock_minutes, "\r")
    QTimer.singleShot(50, edit)
    assert library.tools.edit_settings() is True
    assert Settings.load().lock_minutes == 5 and Settings.load().language == "fr"
    assert library.tools.app_lock.watcher.timer.interval() == 5 * 60_000


@pytest.mark.parametrize("protect", [True, False])
def test_the_first_start_offers_to_protect_the_new_database(qtbot, qapp, db_path, protect):
    from pocplanner.ui.app import open_library_at_start
    asked = []

    def answer():
        box = modal()
        asked.append(box.text())
        chosen = next(b for b in box.buttons() if ("Protect" in b.text()) == protect)
        click(qtbot, chosen)
        if protect:
            QTimer.singleShot(50, fill)

    def fill():
        dialog = modal()
        type_into(qtbot, dialog.first, PASS)
        type_into(qtbot, dialog.second, PASS)
        qtbot.keyClick(dialog.second, "\r")
    QTimer.singleShot(50, answer)
    store = open_library_at_start(qapp, db_path, "en", None, interactive=True)
    assert "lost or seized laptop" in asked[0]
    assert store.db.encrypted is protect and is_encrypted(db_path) is protect


def test_a_damaged_encrypted_database_offers_its_newest_backup(qtbot, qapp, encrypted, db_path):
    from PySide6.QtWidgets import QMessageBox

    from pocplanner.storage import list_backups, make_backup
    from pocplanner.ui.app import open_library_at_start
    from test_history_backups import damage
    make_backup(encrypted.db, "manual")
    encrypted.db.close()
    damage(db_path)
    asked = []

    def unlock():
        dialog = modal()
        type_into(qtbot, dialog.passphrase, PASS)
        QTimer.singleShot(100, restore)
        click(qtbot, dialog.unlock_button)

    def restore():
        box = modal()
        asked.append(box.text())
        click(qtbot, box.button(QMessageBox.StandardButton.Yes))
    QTimer.singleShot(50, unlock)
    store = open_library_at_start(qapp, db_path, "en", None, interactive=True)
    assert "Restore the newest good backup" in asked[0]
    assert store is not None and len(store.plans()) == 1 and store.db.encrypted
    assert len(list_backups(db_path)) >= 1


def test_the_passphrase_change_runs_behind_a_progress_dialog(qtbot, encrypted, db_path):
    from pocplanner.storage import make_backup
    for reason in ("a", "b", "c", "d", "e"):
        make_backup(encrypted.db, reason)
    window = MainWindow(encrypted, db_path)
    qtbot.addWidget(window)
    window.show()
    order, seen = [], []

    def during():                           # runs only if the window's events flow meanwhile
        order.append("event loop ran")
        dialog = QApplication.activeModalWidget()
        seen.append(dialog.objectName() if dialog else None)
    QTimer.singleShot(0, during)
    assert window.tools.change_passphrase(PASS, "a brand new passphrase")
    order.append("change done")
    assert order == ["event loop ran", "change done"]
    assert seen == ["progressDialog"]        # modal: nothing can be edited meanwhile
    assert window.store.db.encrypted and len(window.store.list()) == 1
