"""Tools ▸ Mission network (DOMAIN §14): set this laptop up (role, name, where peers reach
it, the network passphrase), show its device id as text and as a QR code for HQ to read, the
peers with their last contact and the files waiting each way, add a peer, start or stop the
engine, and "Receive now". The work is in services/network; this is its window."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pocplanner.messages import UserError
from pocplanner.services import network
from pocplanner.services.network.status import device_qr, inbox_waiting
from pocplanner.services.network.status import status as network_status
from pocplanner.ui.qt_text import qt_format


class QrCode(QWidget):
    """The device id as a QR code (modules drawn square, with the quiet zone)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deviceQr")
        self.modules = device_qr(text) if text else []
        self.setFixedSize(QSize(180, 180))
        self.setToolTip(text)

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("white"))
        n = len(self.modules) + 8
        cell = min(self.width(), self.height()) / n
        for r, row in enumerate(self.modules):
            for c, dark in enumerate(row):
                if dark:
                    p.fillRect(int((c + 4) * cell), int((r + 4) * cell),
                               int(cell + 1), int(cell + 1), QColor("black"))
        p.end()


class NetworkDialog(QDialog):
    received = Signal()

    def __init__(self, library, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.net, self.lang = network.Network(library), lang
        self.setObjectName("missionNetwork")
        self.setWindowTitle(self.tr("Mission network"))
        self.resize(900, 600)
        layout = QVBoxLayout(self)
        about = QLabel(self.tr(
            "Plans travel by themselves between this laptop and HQ (or the offices) over "
            "Syncthing, encrypted with the mission network passphrase. Nothing is merged "
            "silently: two versions made from the same one are both kept."))
        about.setWordWrap(True)
        layout.addWidget(about)
        self.setup_box = self._setup_box()
        layout.addWidget(self.setup_box)
        self.identity = QLabel()
        self.identity.setObjectName("deviceId")
        self.identity.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.identity.setWordWrap(True)
        self.qr_row = QHBoxLayout()
        self.qr_row.addWidget(self.identity, 1)
        layout.addLayout(self.qr_row)
        self.qr: QrCode | None = None
        self.peers = QTableWidget(0, 6)
        self.peers.setObjectName("networkPeers")
        self.peers.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Device id"),
                                              self.tr("Connected"), self.tr("Last seen"),
                                              self.tr("Waiting to go"),
                                              self.tr("Arrived, not read")])
        self.peers.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.peers.verticalHeader().setVisible(False)
        self.peers.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.peers.horizontalHeader().setSectionResizeMode(      # the whole id, unbroken
            1, QHeaderView.ResizeMode.ResizeToContents)
        self.peers.setWordWrap(False)
        layout.addWidget(self.peers, 1)
        layout.addWidget(self._peer_box())
        self.state = QLabel()
        self.state.setObjectName("networkState")
        self.state.setWordWrap(True)
        layout.addWidget(self.state)
        buttons = QHBoxLayout()
        self.start_button = QPushButton(self.tr("&Start the engine"))
        self.stop_button = QPushButton(self.tr("S&top the engine"))
        self.receive_button = QPushButton(self.tr("&Receive now"))
        self.receive_button.setObjectName("receiveNow")
        for b, slot in ((self.start_button, self.start), (self.stop_button, self.stop),
                        (self.receive_button, self.receive_now)):
            b.clicked.connect(slot)
            buttons.addWidget(b)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.refresh()

    def _setup_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Set this laptop up"))
        form = QFormLayout(box)
        self.role = QComboBox()
        self.role.setObjectName("networkRole")
        self.role.addItem(self.tr("Regional office"), "office")
        self.role.addItem(self.tr("HQ"), "hq")
        self.name = QLineEdit()
        self.name.setObjectName("networkName")
        self.listen = QLineEdit("tcp://0.0.0.0:22000")
        self.listen.setObjectName("networkListen")
        self.secret = QLineEdit()
        self.secret.setObjectName("networkPassphrase")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Name on the network"), self.name)
        form.addRow(self.tr("Reached at"), self.listen)
        form.addRow(self.tr("Mission network passphrase"), self.secret)
        setup = QPushButton(self.tr("Set &up"))
        setup.setObjectName("networkSetUp")
        setup.clicked.connect(self.set_up)
        form.addRow("", setup)
        return box

    def _peer_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Add a peer (HQ for an office; each office for HQ)"))
        row = QHBoxLayout(box)
        self.peer_id = QLineEdit()
        self.peer_id.setObjectName("peerDeviceId")
        self.peer_id.setPlaceholderText(self.tr("Device id"))
        self.peer_address = QLineEdit()
        self.peer_address.setObjectName("peerAddress")
        self.peer_address.setPlaceholderText(self.tr("tcp://HOST:PORT"))
        self.peer_name = QLineEdit()
        self.peer_name.setObjectName("peerName")
        self.peer_name.setPlaceholderText(self.tr("Name"))
        add = QPushButton(self.tr("&Add"))
        add.setObjectName("addPeer")
        add.clicked.connect(self.add_peer)
        remove = QPushButton(self.tr("Re&move the selected peer"))
        remove.setObjectName("removePeer")
        remove.clicked.connect(self.remove_peer)
        for w, stretch in ((self.peer_id, 3), (self.peer_address, 2), (self.peer_name, 1),
                           (add, 0), (remove, 0)):
            row.addWidget(w, stretch)
        self.peer_box = box
        return box

    # -- actions ---------------------------------------------------------------------------
    def _do(self, work) -> bool:
        from PySide6.QtWidgets import QApplication
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            work()
            return True
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Mission network"), exc.text(self.lang))
            return False
        finally:
            QApplication.restoreOverrideCursor()
            self.refresh()

    def set_up(self) -> bool:
        return self._do(lambda: self.net.init(self.role.currentData(), self.name.text(),
                                              self.secret.text(), self.listen.text().strip()))

    def add_peer(self) -> bool:
        done = self._do(lambda: self.net.add_peer(self.peer_id.text(), self.peer_address.text()
                                                  .strip(), self.peer_name.text()))
        if done:
            for w in (self.peer_id, self.peer_address, self.peer_name):
                w.clear()
        return done

    def remove_peer(self) -> bool:
        row = self.peers.currentRow()
        if row < 0:
            return False
        device = self.peers.item(row, 1).text()
        answer = QMessageBox.question(self, self.tr("Mission network"), qt_format(
            self.tr("Unplug %1? Nothing more will go to it or come from it; what it sent "
                    "stays in the library."), self.peers.item(row, 0).text()))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self._do(lambda: self.net.remove_peer(device))

    def start(self) -> bool:
        return self._do(self.net.start)

    def stop(self) -> bool:
        return self._do(self.net.stop)

    def receive_now(self):
        result: list = []
        if self._do(lambda: result.append(network.receive(self.net))):
            r = result[0]
            self.state.setText(qt_format(
                self.tr("%1 file(s) read: %2 new plan(s), %3 new version(s), %4 fork(s), "
                        "%5 refused."), r.received, len(r.new_plans), len(r.new_versions),
                len(r.forks), len(r.refused)) + "\n" + self.state.text())
            self.received.emit()
            return r
        return None

    # -- showing ---------------------------------------------------------------------------
    def refresh(self) -> None:
        set_up = self.net.is_set_up()
        self.setup_box.setVisible(not set_up)
        self.peer_box.setEnabled(set_up)
        for b in (self.start_button, self.stop_button, self.receive_button):
            b.setEnabled(set_up)
        if not set_up:
            self.identity.setText(self.tr("This laptop is not on the mission network yet."))
            return
        try:
            s = network_status(self.net)
        except UserError as exc:
            self.state.setText(exc.text(self.lang))
            return
        role = self.tr("HQ") if s["role"] == "hq" else self.tr("Regional office")
        self.identity.setText(qt_format(self.tr("%1 (%2). This laptop's device id, to give "
                                                "to its peers:\n%3"), s["name"], role,
                                        s["device_id"]))
        if self.qr is None:
            self.qr = QrCode(s["device_id"], self)
            self.qr_row.addWidget(self.qr)
        self._show_peers(s)

    def _show_peers(self, s: dict) -> None:
        self.peers.setRowCount(len(s["peers"]))
        for r, p in enumerate(s["peers"]):
            waiting = network.status_waiting(self.net, p["device_id"]) if s["running"] else None
            cells = [p["name"], p["device_id"], self.tr("yes") if p["connected"]
                     else self.tr("no"), p["last_seen"] or "—",
                     "—" if waiting is None else str(waiting),
                     str(inbox_waiting(self.net, p["device_id"]))]
            for c, text in enumerate(cells):
                self.peers.setItem(r, c, QTableWidgetItem(text))
        engine = self.tr("The engine is running.") if s["running"] else \
            self.tr("The engine is stopped: nothing travels until it is started.")
        self.state.setText(engine + " " + qt_format(
            self.tr("Files arrived and not read yet: %1. Files refused: %2."),
            s["inbox_waiting"], len(s["refused"])) + "".join(
            "\n" + qt_format(self.tr("Refused: %1 (%2)"), r["file"], r["reason"])
            for r in s["refused"][-5:]))
