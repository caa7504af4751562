"""Long work off the GUI thread: the window keeps repainting and answering while a modal
progress dialog says what is happening and stops any edit meanwhile. The work itself is a
plain function of the Qt-free core that reports progress through a callback (done, total);
the callback is turned into a Qt signal here only."""
from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal()


class _Task(QRunnable):
    def __init__(self, work: Callable[[Callable[[int, int], None]], Any],
                 signals: _Signals) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.work, self.signals = work, signals
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self.work(lambda done, total: self.signals.progress.emit(done, total))
        except BaseException as exc:
            self.error = exc
        finally:
            self.signals.finished.emit()


def run_with_progress(parent: QWidget, label: str,
                      work: Callable[..., Any], cancel_text: str | None = None) -> Any:
    """Run work(progress) in a worker thread behind a modal progress dialog; return its
    result or raise its exception, in the GUI thread. With cancel_text the dialog has a
    button of that name and the work is called as work(progress, cancelled): cancelled()
    turns true once the user pressed it (the work stops and undoes itself)."""
    dialog = QProgressDialog(label, cancel_text or "", 0, 0, parent)
    dialog.setObjectName("progressDialog")
    if cancel_text is None:
        dialog.setCancelButton(None)        # a half-made change is no option: it finishes
    else:
        stop = threading.Event()
        dialog.canceled.connect(stop.set)
        dialog.canceled.connect(lambda: dialog.setLabelText(label + "\n…"))
        plain_work = work
        work = lambda progress: plain_work(progress, stop.is_set)  # noqa: E731
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    signals = _Signals()
    task = _Task(work, signals)
    loop = QEventLoop()

    def progress(done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)

    signals.progress.connect(progress)
    signals.finished.connect(loop.quit)     # queued from the worker: delivered by loop.exec
    dialog.show()
    QThreadPool.globalInstance().start(task)
    loop.exec()
    dialog.close()
    dialog.deleteLater()
    if task.error is not None:
        raise task.error
    return task.result
