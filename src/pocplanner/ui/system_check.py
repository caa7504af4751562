"""Before Qt starts: are the system libraries its platform plugin needs present?

Qt's own failure ("could not load the Qt platform plugin xcb") tells a field user nothing.
This check names the missing Debian/Ubuntu packages instead. It imports no Qt.
"""
from __future__ import annotations

import ctypes.util
import os
import sys

# library name as ctypes.util.find_library knows it -> Debian 12 package that ships it
_COMMON = {
    "EGL": "libegl1",
    "GL": "libgl1",
    "fontconfig": "libfontconfig1",
    "xkbcommon": "libxkbcommon0",
    "dbus-1": "libdbus-1-3",
    "X11": "libx11-6",
    "glib-2.0": "libglib2.0-0",
}
_XCB = {
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-image": "libxcb-image0",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-shape": "libxcb-shape0",
    "xcb-xkb": "libxcb-xkb1",
    "xkbcommon-x11": "libxkbcommon-x11-0",
    "xcb-cursor": "libxcb-cursor0",
}


def platform_name() -> str:
    """The Qt platform plugin that will be used on this machine."""
    chosen = os.environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.split(":")[0]
    if os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("DISPLAY"):
        return "wayland"
    return "xcb"


def missing_packages(platform: str) -> list[str]:
    """Debian packages whose libraries are missing for this platform plugin (Linux only)."""
    if not sys.platform.startswith("linux"):
        return []
    needed = dict(_COMMON)
    if platform == "xcb":
        needed.update(_XCB)
    return sorted({pkg for lib, pkg in needed.items() if ctypes.util.find_library(lib) is None})


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
