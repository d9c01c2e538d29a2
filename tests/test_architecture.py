"""The design rules the build enforces: import contracts (pyproject.toml [tool.importlinter]) and lint.

A change that breaks a rule fails here with the import chain that breaks it, not in a review.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import tomllib

from tests.locations import REPO

LINT_IMPORTS = [
    sys.executable,
    "-c",
    "from importlinter.cli import lint_imports_command as c; c()",
    "--no-cache",
    "--no-logo",
]


def lint_imports(folder) -> subprocess.CompletedProcess:
    return subprocess.run(
        LINT_IMPORTS, cwd=folder, capture_output=True, text=True, encoding="utf-8", timeout=300, check=False
    )


def test_every_import_contract_is_kept():
    result = lint_imports(REPO)
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    assert "0 broken" in result.stdout


def copy_of_the_tree(tmp_path):
    for package in ("core", "desktop"):
        shutil.copytree(REPO / package, tmp_path / package, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def test_the_contracts_catch_a_view_that_loads_torch_and_core_that_imports_qt(tmp_path):
    tree = copy_of_the_tree(tmp_path)
    # Imports inside a function count too: they run in the same process when called.
    (tree / "desktop" / "views" / "runs" / "leak.py").write_text(
        "def score():\n    from core.inference.evaluate import ModelSession\n    return ModelSession\n"
    )
    (tree / "core" / "data" / "leak.py").write_text("from PySide6.QtCore import QObject\n")
    result = lint_imports(tree)
    assert result.returncode != 0
    assert "desktop.views.runs.leak -> core.inference.evaluate" in result.stdout
    assert "core.data.leak -> PySide6" in result.stdout


def test_the_contracts_catch_a_lower_layer_importing_a_higher_one_and_a_cycle(tmp_path):
    tree = copy_of_the_tree(tmp_path)
    (tree / "core" / "data" / "leak.py").write_text("from core.training import runs\n")
    (tree / "desktop" / "views" / "leak.py").write_text("import desktop.main_window\n")
    result = lint_imports(tree)
    assert result.returncode != 0
    assert "core.data.leak -> core.training" in result.stdout
    assert "No cycles are allowed in desktop" in result.stdout


def test_the_forbidden_list_is_the_one_the_self_test_checks():
    from desktop import GUI_FORBIDDEN_LIBRARIES

    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    gui = next(c for c in contracts if c.get("source_modules") == ["desktop"])
    assert sorted(gui["forbidden_modules"]) == sorted(GUI_FORBIDDEN_LIBRARIES)


def test_ruff_finds_nothing():
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", "."],
        cwd=REPO,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]


def test_the_tree_is_formatted():
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--check", "--no-cache", "."],
        cwd=REPO,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, "run `ruff format .`:\n" + result.stdout[-6000:] + result.stderr[-2000:]


def test_a_badly_formatted_file_fails_the_format_check(tmp_path):
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    (tmp_path / "messy.py").write_text("x = {  'a':1 }\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--check", "--no-cache", "."],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        check=False,
    )
    assert result.returncode != 0
    assert "messy.py" in result.stdout + result.stderr


# Sizes a reader can hold in mind. Translation tables are data, not logic, and are exempt.
LONGEST_FUNCTION = 60
LONGEST_MODULE = 400
SIZE_EXEMPT = {"strings_zh.py"}


def _our_modules():
    for folder in ("core", "desktop", "installer"):
        for path in sorted((REPO / folder).rglob("*.py")):
            if path.name not in SIZE_EXEMPT:
                yield path


def _too_long(path, root=REPO):
    source = path.read_text(encoding="utf-8")
    name = path.relative_to(root).as_posix()
    lines = source.count("\n")
    found = [f"{name}: {lines} lines"] if lines > LONGEST_MODULE else []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            length = node.end_lineno - node.lineno + 1
            if length > LONGEST_FUNCTION:
                found.append(f"{name}:{node.lineno} {node.name}: {length} lines")
    return found


def test_no_function_or_module_grows_past_what_a_reader_holds():
    found = [problem for path in _our_modules() for problem in _too_long(path)]
    assert not found, (
        f"split these (functions up to {LONGEST_FUNCTION} lines, modules up to {LONGEST_MODULE}):\n" + "\n".join(found)
    )


def test_the_size_check_sees_a_long_function_and_a_long_module(tmp_path):
    body = "\n".join(f"    x{n} = {n}" for n in range(LONGEST_FUNCTION))
    filler = "\n" * LONGEST_MODULE
    grown = tmp_path / "grown.py"
    grown.write_text(f"def grown():\n{body}\n{filler}", encoding="utf-8")
    assert _too_long(grown, tmp_path) == [
        f"grown.py: {LONGEST_FUNCTION + 1 + LONGEST_MODULE} lines",
        f"grown.py:1 grown: {LONGEST_FUNCTION + 1} lines",
    ]
