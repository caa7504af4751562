"""The layers of docs/architecture.md hold, and the code stays readable in small pieces."""
from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "pocplanner"
LINT = Path(sys.executable).with_name("lint-imports")
MAX_FILE_LINES = 400
MAX_FUNCTION_LINES = 80


def lint_imports(src_parent: Path) -> subprocess.CompletedProcess:
    """lint-imports with the project's contracts, on the package found in src_parent."""
    return subprocess.run([str(LINT), "--config", str(ROOT / "pyproject.toml"), "--no-cache"],
                          cwd=src_parent, capture_output=True, text=True, timeout=120,
                          env={"PYTHONPATH": str(src_parent), "PATH": "/usr/bin:/bin"})


def test_the_layer_contracts_hold():
    result = lint_imports(SRC.parent)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "broken" in result.stdout and "0 broken" in result.stdout


def test_the_contracts_catch_qt_in_the_core(tmp_path):
    copy = tmp_path / "pocplanner"
    shutil.copytree(SRC, copy, ignore=shutil.ignore_patterns("__pycache__"))
    (tmp_path / "pocplanner" / "resources").mkdir(exist_ok=True)
    scoring = copy / "domain" / "scoring.py"
    scoring.write_text(scoring.read_text() + "\nimport PySide6  # noqa\n")
    result = lint_imports(tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "pocplanner.domain.scoring -> PySide6" in result.stdout


def test_the_contracts_catch_an_edge_reaching_storage_directly(tmp_path):
    copy = tmp_path / "pocplanner"
    shutil.copytree(SRC, copy, ignore=shutil.ignore_patterns("__pycache__"))
    (tmp_path / "pocplanner" / "resources").mkdir(exist_ok=True)
    dialog = copy / "ui" / "dialogs" / "history_dialog.py"
    dialog.write_text(dialog.read_text() + "\nfrom pocplanner.storage import PlanStore  # noqa\n")
    result = lint_imports(tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "pocplanner.ui.dialogs.history_dialog -> pocplanner.storage" in result.stdout


def _sources() -> list[Path]:
    return sorted(SRC.rglob("*.py"))


def test_no_source_file_is_over_400_lines():
    long = {str(p.relative_to(SRC)): n for p in _sources()
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_FILE_LINES}
    assert long == {}


def _is_qt_layout_init(node: ast.FunctionDef, path: Path) -> bool:
    return node.name == "__init__" and "ui" in path.relative_to(SRC).parts


def test_no_function_is_over_80_lines():
    long = []
    for path in _sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                length = node.end_lineno - node.lineno + 1
                if length > MAX_FUNCTION_LINES and not _is_qt_layout_init(node, path):
                    long.append(f"{path.relative_to(SRC)}:{node.lineno} {node.name} ({length})")
    assert long == []


def test_every_advisory_code_is_documented_and_has_help():
    from pocplanner import reference
    from pocplanner.domain.checks import CODES
    documented = (ROOT / "docs" / "checks.md").read_text(encoding="utf-8")
    help_codes = set(reference.help_content()["advisories"])
    for code, severity in CODES.items():
        assert f"| `{code}` | {severity} |" in documented, code
        assert code in help_codes, code
    assert help_codes <= set(CODES)
