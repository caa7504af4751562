#!/usr/bin/env python3
"""Set up pocplanner in a private virtual environment, then run it or test it.

    python3 dev.py run     install (first time only) and start the desktop app
    python3 dev.py test    install (first time only) and run the whole test suite headless
    python3 dev.py test --fast    only the Qt-free tests that run in seconds (not gui, not slow)
    python3 dev.py test --cov     the whole suite with the coverage of src/pocplanner measured
    python3 dev.py lint    ruff over the tree and mypy over the core (domain, storage, exchange,
                           reports, services and the small modules), as CI runs them
    python3 dev.py bench   install (first time only) and run the benchmark (bench/run.py)
    python3 dev.py translations   refresh the Qt .ts files from the sources and compile the .qm
    python3 dev.py package        build the one-folder app in dist/pocplanner/ and self-test it

Needs nothing but Python 3.11 or newer: the environment lives in .venv/ beside this file.
Where Debian's python3 ships without ensurepip (the python3-venv package), pip is fetched
from the Python Package Index instead, so no administrator rights are needed.
"""
from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import tempfile
import urllib.parse
import urllib.request
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".pocplanner-installed"
BUNDLE_BUDGET = 250e6      # bytes: the one-folder app must fit a small USB stick with room


def say(text: str) -> None:
    print(f"[dev.py] {text}", flush=True)


def fail(text: str) -> "NoReturn":  # noqa: F821
    print(f"[dev.py] error: {text}", file=sys.stderr, flush=True)
    raise SystemExit(2)


def _fetch_pip_wheel(dest: Path) -> Path:
    """Download the newest pip wheel from PyPI and check its published sha256."""
    index = "https://pypi.org/pypi/pip/json"
    with urllib.request.urlopen(index, timeout=60) as answer:
        info = json.load(answer)
    wheel = next(f for f in info["urls"] if f["packagetype"] == "bdist_wheel")
    target = dest / wheel["filename"]
    with urllib.request.urlopen(urllib.parse.urljoin(index, wheel["url"]), timeout=120) as answer:
        data = answer.read()
    if hashlib.sha256(data).hexdigest() != wheel["digests"]["sha256"]:
        fail("the downloaded pip wheel does not match its published checksum")
    target.write_bytes(data)
    return target


def ensure_venv() -> None:
    if PY.exists() and subprocess.run([str(PY), "-m", "pip", "--version"],
                                      capture_output=True).returncode == 0:
        return
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py runs under any python3
        fail(f"Python 3.11 or newer is needed, this is {sys.version.split()[0]}")
    say(f"creating the virtual environment in {VENV}")
    try:
        import ensurepip  # noqa: F401
        has_ensurepip = True
    except ImportError:
        has_ensurepip = False
    venv.EnvBuilder(with_pip=has_ensurepip, clear=True).create(VENV)
    if not has_ensurepip:
        say("this Python has no ensurepip; fetching pip from PyPI")
        with tempfile.TemporaryDirectory() as tmp:
            wheel = _fetch_pip_wheel(Path(tmp))
            # A pip wheel can run itself: python pip.whl/pip install pip
            subprocess.run([str(PY), str(wheel / "pip"), "install", "--quiet", str(wheel)],
                           check=True)


def ensure_installed(extra: str) -> None:
    ensure_venv()
    wanted = f"{extra}:{(ROOT / 'pyproject.toml').stat().st_mtime_ns}"
    if STAMP.exists() and STAMP.read_text() == wanted:
        return
    say("installing pocplanner and its dependencies (first time: a few minutes)")
    target = f"{ROOT}[{extra}]" if extra else str(ROOT)
    subprocess.run([str(PY), "-m", "pip", "install", "--quiet", "--upgrade", "pip"], check=True)
    subprocess.run([str(PY), "-m", "pip", "install", "--quiet", "-e", target], check=True)
    _drop_the_fork()
    STAMP.write_text(wanted)


def _drop_the_fork() -> None:
    """sqlcipher3-wheels (the SQLCipher fork used before) and upstream sqlcipher3 install the
    same `sqlcipher3` package: an environment made before the switch loses the fork, then gets
    upstream's files whole again."""
    pip = [str(PY), "-m", "pip"]
    if subprocess.run([*pip, "show", "--quiet", "sqlcipher3-wheels"],
                      capture_output=True).returncode != 0:
        return
    import tomllib
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    wanted = next(d for d in config["project"]["dependencies"] if d.startswith("sqlcipher3"))
    say("replacing the sqlcipher3-wheels fork with upstream sqlcipher3")
    subprocess.run([*pip, "uninstall", "--quiet", "--yes", "sqlcipher3-wheels"], check=True)
    subprocess.run([*pip, "install", "--quiet", "--force-reinstall", "--no-deps", wanted],
                   check=True)


def compile_sources() -> None:
    """Bytecode for the sources, as a regular install has it: where PYTHONDONTWRITEBYTECODE
    is set, an editable install would compile every module at every start."""
    subprocess.run([str(PY), "-m", "compileall", "-q", str(ROOT / "src" / "pocplanner")],
                   check=False, stdout=subprocess.DEVNULL)


def cmd_run(args: list[str]) -> int:
    ensure_installed("")
    compile_sources()
    return subprocess.call([str(BIN / "pocplanner"), "gui", *args])


def cmd_test(args: list[str]) -> int:
    ensure_installed("test")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if "--cov" in args:       # coverage of the package (pytest-cov); the floor is in pyproject
        args = [a for a in args if a != "--cov"] + [
            "--cov=pocplanner", "--cov-report=term:skip-covered", "--cov-fail-under=" +
            str(_coverage_floor())]
    if "--fast" in args:      # the core's tests while working on it; CI runs everything
        args = [a for a in args if a != "--fast"] + ["-m", "not gui and not slow"]
        return subprocess.call([str(PY), "-m", "pytest", *args], cwd=ROOT, env=env)
    problem = subprocess.run([str(PY), "-m", "pocplanner.ui.system_check", "offscreen"],
                             env=env).returncode
    if problem:
        return problem
    return subprocess.call([str(PY), "-m", "pytest", *args], cwd=ROOT, env=env)


def _coverage_floor() -> int:
    """The lowest total coverage CI accepts (pyproject.toml [tool.coverage.report])."""
    import tomllib
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return int(config["tool"]["coverage"]["report"]["fail_under"])


def cmd_lint(args: list[str]) -> int:
    """ruff check (rules in pyproject.toml) over everything, then mypy over the core."""
    ensure_installed("test")
    ruff = subprocess.call([str(BIN / "ruff"), "check", "src", "tests", "scripts", "bench",
                            "dev.py", *args], cwd=ROOT)
    mypy = subprocess.call([str(BIN / "mypy")], cwd=ROOT)
    return ruff or mypy


def cmd_bench(args: list[str]) -> int:
    ensure_installed("test")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.call([str(PY), str(ROOT / "bench" / "run.py"), *args], cwd=ROOT, env=env)


def cmd_translations(args: list[str]) -> int:
    ensure_installed("")
    return subprocess.call([str(PY), str(ROOT / "scripts" / "translations.py"), *args], cwd=ROOT)


def cmd_package(args: list[str]) -> int:
    """PyInstaller one-folder bundle from packaging/pocplanner.spec, then its self-test."""
    ensure_installed("package")
    subprocess.run([str(PY), "-m", "PyInstaller", "--noconfirm", "--clean", "--distpath",
                    str(ROOT / "dist"), "--workpath", str(ROOT / "build"),
                    str(ROOT / "packaging" / "pocplanner.spec")], cwd=ROOT, check=True)
    bundle = ROOT / "dist" / "pocplanner"
    program = bundle / ("pocplanner-cli.exe" if os.name == "nt" else "pocplanner")
    if os.name != "nt":       # the Linux installer: install.sh, menu entry and icon beside it
        import shutil
        for extra in (ROOT / "packaging" / "linux" / "install.sh",
                      ROOT / "packaging" / "linux" / "pocplanner.desktop",
                      ROOT / "resources" / "icons" / "pocplanner.png"):
            shutil.copy2(extra, bundle / extra.name)
    size = sum(f.lstat().st_size for f in bundle.rglob("*") if not f.is_symlink() and f.is_file())
    say(f"bundle: {bundle} ({size / 1e6:.0f} MB)")
    if size > BUNDLE_BUDGET:
        fail(f"the bundle is {size / 1e6:.0f} MB, over its {BUNDLE_BUDGET / 1e6:.0f} MB budget")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    failed = subprocess.call([str(program), "--self-test"], env=env)
    if failed or os.name == "nt":
        return failed
    import re
    import tarfile
    version = re.search(r'__version__ = "([^"]+)"',
                        (ROOT / "src" / "pocplanner" / "__init__.py").read_text()).group(1)
    archive = ROOT / "dist" / f"pocplanner-{version}-linux-x86_64.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(bundle, arcname=f"pocplanner-{version}")
    say(f"installer archive: {archive} ({archive.stat().st_size / 1e6:.0f} MB); unpack it, "
        "then run ./install.sh")
    return 0


def main(argv: list[str]) -> int:
    commands = {"run": cmd_run, "test": cmd_test, "bench": cmd_bench,
                "translations": cmd_translations, "package": cmd_package,
                "lint": cmd_lint}
    if not argv or argv[0] not in commands:
        print(__doc__.strip())
        return 2
    try:
        return commands[argv[0]](argv[1:])
    except subprocess.CalledProcessError as exc:
        fail(f"step failed ({' '.join(map(str, exc.cmd))}), exit code {exc.returncode}")
    except (OSError, ValueError) as exc:   # includes network errors while fetching pip
        fail(str(exc))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
