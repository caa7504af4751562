"""The check that names missing system libraries before Qt fails obscurely."""
import ctypes.util

from pocplanner.ui import system_check


def test_missing_xcb_library_is_named_with_its_debian_package(monkeypatch):
    monkeypatch.setattr(system_check, "LIB_DIRS", [])     # nothing found as files: ask ldconfig
    real = system_check.installed_sonames()
    assert real and any(n.startswith("libc.so") for n in real)
    already = set(system_check.missing_packages("xcb"))   # this machine may lack some X11 ones
    monkeypatch.setattr(system_check, "installed_sonames", lambda: {
        n for n in real if n not in ("libxcb-cursor.so.0", "libEGL.so.1")})
    monkeypatch.setenv("DISPLAY", ":0")
    missing = sorted(already | {"libegl1", "libxcb-cursor0"})
    assert system_check.missing_packages("xcb") == missing
    assert system_check.missing_packages("offscreen") == ["libegl1"]
    text = system_check.problem("xcb")
    assert "sudo apt-get install -y " + " ".join(missing) in text


def test_without_ldconfig_ctypes_is_asked(monkeypatch):
    monkeypatch.setattr(system_check, "LIB_DIRS", [])
    monkeypatch.setattr(system_check, "installed_sonames", lambda: None)
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: None if name == "X11" else "x")
    assert system_check.missing_packages("offscreen") == ["libx11-6"]


def test_nothing_missing_here_for_offscreen():
    assert system_check.problem("offscreen") is None
