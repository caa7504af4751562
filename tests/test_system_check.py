"""The check that names missing system libraries before Qt fails obscurely."""
import ctypes.util

from pocplanner.ui import system_check


def test_missing_xcb_library_is_named_with_its_debian_package(monkeypatch):
    real = ctypes.util.find_library
    monkeypatch.setattr(ctypes.util, "find_library",
                        lambda name: None if name in ("xcb-cursor", "EGL") else real(name))
    monkeypatch.setenv("DISPLAY", ":0")
    assert system_check.missing_packages("xcb") == ["libegl1", "libxcb-cursor0"]
    assert system_check.missing_packages("offscreen") == ["libegl1"]
    text = system_check.problem("xcb")
    assert "sudo apt-get install -y libegl1 libxcb-cursor0" in text


def test_nothing_missing_here_for_offscreen():
    assert system_check.problem("offscreen") is None
