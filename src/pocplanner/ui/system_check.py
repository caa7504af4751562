"""Before Qt starts: are the system libraries its platform plugin needs present?

Qt's own failure ("could not load the Qt platform plugin xcb") tells a field user nothing.
This check names the missing Debian/Ubuntu packages instead. It imports no Qt.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

# the file the dynamic linker loads -> Debian 12 package that ships it
_COMMON = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libX11.so.6": "libx11-6",
    "libglib-2.0.so.0": "libglib2.0-0",
}
_XCB = {
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
}


def platform_name() -> str:
    """The Qt platform plugin that will be used on this machine."""
    chosen = os.environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.split(":")[0]
    if os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("DISPLAY"):
        return "wayland"
    return "xcb"


def installed_sonames() -> set[str] | None:
    """The shared libraries the dynamic linker knows (one `ldconfig -p`), or None."""
    import subprocess
    for ldconfig in ("/sbin/ldconfig", "/usr/sbin/ldconfig"):
        try:
            out = subprocess.run([ldconfig, "-p"], capture_output=True, text=True,
                                 timeout=10).stdout
        except (OSError, subprocess.SubprocessError):
            continue
        return {line.split()[0] for line in out.splitlines()[1:] if line.strip()}
    return None


_MULTIARCH = f"{os.uname().machine if hasattr(os, 'uname') else ''}-linux-gnu"
# Where Debian and most distributions keep shared libraries: looked at first, as files,
# because asking the dynamic linker (ldconfig) costs time at every start of the app.
LIB_DIRS = [Path(d) for d in (f"/usr/lib/{_MULTIARCH}", f"/lib/{_MULTIARCH}", "/usr/lib64",
                              "/lib64", "/usr/lib", "/lib", "/usr/local/lib")]


def _on_disk(soname: str) -> bool:
    return any((d / soname).exists() for d in LIB_DIRS)


def missing_packages(platform_name: str) -> list[str]:
    """Debian packages whose libraries are missing for this platform plugin (Linux only)."""
    if not sys.platform.startswith("linux"):
        return []
    needed = dict(_COMMON)
    if platform_name == "xcb":
        needed.update(_XCB)
    unseen = {so: pkg for so, pkg in needed.items() if not _on_disk(so)}
    if not unseen:
        return []
    sonames = installed_sonames()            # not where expected: ask the linker to be sure
    if sonames is None:
        import ctypes.util
        return sorted({pkg for so, pkg in unseen.items()
                       if ctypes.util.find_library(so[3:so.index(".so")]) is None})
    return sorted({pkg for so, pkg in unseen.items() if so not in sonames})


def problem(platform: str | None = None) -> str | None:
    """A plain-language description of what stops the GUI from starting, or None."""
    platform = platform or platform_name()
    if (sys.platform.startswith("linux") and platform == "xcb"
            and not os.environ.get("DISPLAY")):
        return ("No graphical display was found (DISPLAY is not set). Start pocplanner from a "
                "desktop session, or set QT_QPA_PLATFORM=offscreen for headless use.")
    missing = missing_packages(platform)
    if missing:
        return ("The desktop app needs system libraries that are not installed. "
                "Install them with:\n    sudo apt-get install -y " + " ".join(missing))
    return None


def main(argv: list[str]) -> int:
    text = problem(argv[0] if argv else None)
    if text:
        print(f"pocplanner: {text}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
