"""The product's own Syncthing instance (DOMAIN §14): where it lives, starting and stopping
it, and its REST API spoken with the standard library (urllib) on 127.0.0.1 with a key.

The database is the source of truth: `configure` pushes the whole wanted configuration
(options, devices, folders) each time the engine starts or a peer is added, so a lost or
stale Syncthing configuration mends itself."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

from pocplanner.messages import Message, UserError


class SyncthingMissing(UserError):
    def __init__(self) -> None:
        super().__init__(Message(
            "Syncthing is not installed, so the mission network cannot run (everything else "
            "works). Install it: on Debian or Ubuntu 'sudo apt-get install syncthing'; on "
            "Windows reinstall pocplanner (its installer ships syncthing.exe) or put "
            "syncthing.exe beside pocplanner.exe; or set POCPLANNER_SYNCTHING to its path."))


class EngineError(UserError):
    """The engine did not answer or refused a request; the message says which."""


def find_syncthing() -> str:
    """$POCPLANNER_SYNCTHING, syncthing(.exe) beside the program (the Windows bundle), or
    on the PATH (the Linux bundle uses the system's)."""
    chosen = os.environ.get("POCPLANNER_SYNCTHING")
    if chosen:
        if Path(chosen).is_file():
            return chosen
        raise SyncthingMissing()
    name = "syncthing.exe" if sys.platform == "win32" else "syncthing"
    beside = Path(sys.executable).resolve().parent / name
    if getattr(sys, "frozen", False) and beside.is_file():
        return str(beside)
    found = shutil.which("syncthing")
    if not found:
        raise SyncthingMissing()
    return found


def generate(home: Path) -> str:
    """Keys and a first configuration in home; returns the device id."""
    exe = find_syncthing()
    if not (home / "cert.pem").exists():
        _run([exe, "generate", f"--home={home}", "--no-default-folder"])
    return device_id(home)


def device_id(home: Path) -> str:
    return _run([find_syncthing(), "serve", f"--home={home}", "--device-id"]).strip()


def _run(argv: list[str]) -> str:
    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=60,
                              env=_environment())
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise EngineError(Message("Syncthing could not be run: {reason}", reason=exc)) from None
    if done.returncode != 0:
        raise EngineError(Message("Syncthing could not be run: {reason}",
                                  reason=(done.stderr or done.stdout).strip()[-300:]))
    return done.stdout


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    env.update(STNODEFAULTFOLDER="1", STNOUPGRADE="1", STNORESTART="1")
    return env


class Api:
    """The REST API of one running instance."""

    def __init__(self, address: str, key: str, timeout: float = 10.0) -> None:
        self.base = f"http://{address}"
        self.key = key
        self.timeout = timeout

    def call(self, method: str, path: str, body: Any = None) -> Any:
        data = None if body is None else json.dumps(body).encode("utf-8")
        request = urllib.request.Request(self.base + path, data=data, method=method,
                                         headers={"X-API-Key": self.key,
                                                  "Content-Type": "application/json"})
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # never a proxy
        try:
            with opener.open(request, timeout=self.timeout) as response:
                text = response.read().decode("utf-8")
        except urllib.error.HTTPError as exc:
            raise EngineError(Message("Syncthing refused {path}: {reason}", path=path,
                                      reason=exc.code)) from None
        except (urllib.error.URLError, OSError) as exc:
            raise EngineError(Message("Syncthing does not answer at {address}: {reason}",
                                      address=self.base, reason=getattr(exc, "reason", exc))
                              ) from None
        return json.loads(text) if text.strip() else None

    def running(self) -> bool:
        try:
            return (self.call("GET", "/rest/system/ping") or {}).get("ping") == "pong"
        except EngineError:
            return False


def start(home: Path, api: Api, address: str, log: Path) -> int:
    """Start the instance in the background (it outlives this command); returns its pid."""
    exe = find_syncthing()
    _write_gui_settings(home / "config.xml", address, api.key)
    argv = [exe, "serve", f"--home={home}", "--no-browser", "--no-restart", "--no-upgrade"]
    flags: dict[str, Any] = {}
    if sys.platform == "win32":
        flags["creationflags"] = 0x00000008 | 0x00000200   # DETACHED_PROCESS | NEW_GROUP
    else:
        flags["start_new_session"] = True
    with open(log, "ab") as out:
        process = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=out, stderr=out,
                                   env=_environment(), **flags)
    (home / "pocplanner.pid").write_text(str(process.pid))
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if api.running():
            return process.pid
        if process.poll() is not None:
            break
        time.sleep(0.2)
    raise EngineError(Message("Syncthing did not start; its log is {log}.", log=log))


def _write_gui_settings(config: Path, address: str, key: str) -> None:
    """The API's address and key into the engine's own configuration (readable by this user
    only) rather than on its command line, which other accounts of the computer can read."""
    import xml.etree.ElementTree as ET

    from pocplanner.files import private_file, write_atomically
    tree = ET.parse(config)
    gui = tree.getroot().find("gui")
    if gui is None:
        gui = ET.SubElement(tree.getroot(), "gui", {"enabled": "true", "tls": "false"})
    for tag, value in (("address", address), ("apikey", key)):
        node = gui.find(tag)
        if node is None:
            node = ET.SubElement(gui, tag)
        node.text = value
    import io
    out = io.BytesIO()
    tree.write(out, encoding="utf-8", xml_declaration=False)
    write_atomically(config, out.getvalue())
    private_file(config)


def stop(home: Path, api: Api) -> bool:
    """Ask the instance to shut down (or end the process this product started); returns
    whether one was running."""
    was = api.running()
    if was:
        try:
            api.call("POST", "/rest/system/shutdown")
        except EngineError:
            pass
        deadline = time.monotonic() + 15
        while api.running() and time.monotonic() < deadline:
            time.sleep(0.2)
    pid_file = home / "pocplanner.pid"
    if pid_file.exists():
        _end(pid_file)
    return was


def _end(pid_file: Path) -> None:
    try:
        pid = int(pid_file.read_text().strip())
    except (OSError, ValueError):
        return
    if sys.platform != "win32" and _is_syncthing(pid):
        import signal
        try:
            os.kill(pid, signal.SIGTERM)
        except OSError:
            pass
    pid_file.unlink(missing_ok=True)


def _is_syncthing(pid: int) -> bool:
    try:
        return "syncthing" in Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace")
    except OSError:
        return False
