"""Tools ▸ Mission network driven offscreen: setting an office laptop up (a real Syncthing
key pair is made), its device id as text and QR code, adding peers, "Receive now" naming a
refused file, and the window fitting 1280×720 in French."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from qt_helpers import choose, click, modal, type_into

HQ_ID = "-".join(["HQHQHQH"] * 8).replace("H", "A", 3)


def set_up(qtbot, dialog, name="Mopti office"):
    choose(qtbot, dialog.role, dialog.tr("Regional office"))
    dialog.name.setText(name)          # typed keys cannot carry accents offscreen
    type_into(qtbot, dialog.listen, "tcp://127.0.0.1:22999")
    type_into(qtbot, dialog.secret, "mission network words")
    assert dialog.set_up()


def test_an_office_is_set_up_and_shows_its_device_id_as_text_and_qr(qtbot, library):
    dialog = library.tools.show_network(show=False)
    qtbot.addWidget(dialog)
    assert not dialog.receive_button.isEnabled() and not dialog.setup_box.isHidden()
    set_up(qtbot, dialog)
    device = dialog.net.settings["device_id"]
    assert device in dialog.identity.text() and dialog.setup_box.isHidden()
    assert len(dialog.qr.modules) >= 21 and all(dialog.qr.modules[0][:7])   # a finder pattern
    QTimer.singleShot(0, lambda: modal().close())
    type_into(qtbot, dialog.peer_id, "not-an-id")
    type_into(qtbot, dialog.peer_address, "tcp://127.0.0.1:22000")
    type_into(qtbot, dialog.peer_name, "HQ")
    assert not dialog.add_peer()                      # refused, said in a message box
    type_into(qtbot, dialog.peer_id, HQ_ID)
    assert dialog.add_peer()
    assert dialog.peers.rowCount() == 1 and dialog.peers.item(0, 0).text() == "HQ"
    assert dialog.peers.item(0, 2).text() == dialog.tr("no")
    assert dialog.peers.item(0, 5).text() == "0"


def test_receive_now_names_a_refused_file(qtbot, library):
    dialog = library.tools.show_network(show=False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    set_up(qtbot, dialog)
    (dialog.net.layout.notes / "f00d.pocplan.enc").write_bytes(b"PPLNENC1" + b"\0" * 20)
    click(qtbot, dialog.receive_button)
    assert "f00d.pocplan.enc" in dialog.state.text()
    assert (dialog.net.layout.refused / "f00d.pocplan.enc").exists()


@pytest.mark.parametrize("width, height", [(1280, 720), (1366, 768)])
def test_the_network_window_fits_in_french(qtbot, french, library, width, height):
    dialog = library.tools.show_network(show=False)
    qtbot.addWidget(dialog)
    set_up(qtbot, dialog, "Bureau régional de Mopti, laptop du conseiller POC " * 2)
    dialog.resize(width, height)
    QApplication.processEvents()
    hint = dialog.minimumSizeHint()
    assert hint.width() <= width and hint.height() <= height


def test_the_library_marks_plans_from_the_network_until_opened(qtbot, library, tmp_path):
    from pocplanner.services.network import Network
    from pocplanner.storage import network as ledger
    from test_network_versions import HQ_ID as HQ
    from test_network_versions import a_plan, carry, laptop, office_id, save
    hq = Network(library.plans)
    ledger.set_settings(hq.db, {"role": "hq", "name": "HQ", "listen": "tcp://127.0.0.1:1",
                                "api": "127.0.0.1:9", "api_key": "k", "device_id": HQ,
                                "passphrase": "mission network words", "discovery": "off"})
    ledger.add_peer(hq.db, office_id("B"), "Mopti", "tcp://127.0.0.1:2")
    mopti = laptop(tmp_path / "office", "mopti", "office", office_id("B"), [(HQ, "HQ")])
    p = a_plan()
    save(mopti, p)
    from pocplanner.services.network import publish
    publish(mopti, p.id)
    carry(mopti, hq)
    dialog = library.tools.show_network(show=False)
    qtbot.addWidget(dialog)
    assert dialog.receive_now().new_plans
    status = library.model.item(0, 3).text()
    assert "new version received" in status
    window = library.open_plan(p.id)
    window.close()
    library.refresh()
    assert "from the network" in library.model.item(0, 3).text()


def test_saving_a_plan_in_its_window_publishes_it(qtbot, library, tmp_path):
    from pocplanner.services.network import Network
    from pocplanner.storage import network as ledger
    from test_network_versions import a_plan, office_id
    office = Network(library.plans)
    ledger.set_settings(office.db, {"role": "office", "name": "Mopti", "listen":
                                    "tcp://127.0.0.1:1", "api": "127.0.0.1:9", "api_key": "k",
                                    "device_id": office_id("B"),
                                    "passphrase": "mission network words", "discovery": "off"})
    p = a_plan()
    library.store.save(p)
    library.refresh()
    window = library.open_plan(p.id)
    window.session.plan.title = "Mopti, edited in the window"
    window.session.save()
    sent = list(office.layout.outbox.glob("*.pocplan.enc"))
    assert len(sent) == 1 and b"Mopti" not in sent[0].read_bytes()
    window.session.save()                          # nothing changed: nothing more to send
    assert len(list(office.layout.outbox.glob("*.pocplan.enc"))) == 1
    window.close()
