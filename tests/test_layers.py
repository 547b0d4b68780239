"""The layers import one way: content -> render -> ui -> handout, with Qt services apart.

`handout`, `render`, `content`, `search`, `check` and the Qt services (`qt`) never
import the window's package (`ui`); `content`, `render`, `search` and `check` import no
Qt at all, so they are tested, reused by the checker and run in the handout command
without a display. Read from the source (every import statement, also inside
functions) and checked again in a fresh interpreter (what importing really loads).
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "edu_app"
NOT_UI = ("content", "render", "search", "check", "handout", "qt")
NO_QT = ("content", "render", "search", "check")  # at import; the checker's command line
# reads the clinic folder saved in the app's settings (edu_app.qt) when it runs


def imported(path: Path, root: Path = PACKAGE.parent, top_only: bool = False) -> set[str]:
    """Every module `path` (a file of a package under `root`) imports, relative imports
    resolved; with `top_only`, only what importing the module itself loads (not the
    imports inside functions, made when they run)."""
    module = ".".join(path.relative_to(root).with_suffix("").parts)
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    names: set[str] = set()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    if top_only:
        for function in [n for n in ast.walk(tree)
                         if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)]:
            function.body = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")
            if node.level:
                base = base[:len(base) - node.level + 1]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            names.add(target)
            names.update(f"{target}.{alias.name}" for alias in node.names)
    return names


def sources(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).rglob("*.py"))


@pytest.mark.parametrize("layer", NOT_UI)
def test_no_layer_below_the_window_imports_ui(layer: str) -> None:
    found = {str(p.relative_to(PACKAGE)): sorted(
        n for n in imported(p) if n == "edu_app.ui" or n.startswith("edu_app.ui."))
        for p in sources(layer)}
    assert {k: v for k, v in found.items() if v} == {}


@pytest.mark.parametrize("layer", NO_QT)
def test_plain_python_layers_import_no_qt(layer: str) -> None:
    found = {str(p.relative_to(PACKAGE)): sorted(n for n in imported(p, top_only=True)
                                                 if n.startswith(("PySide6", "edu_app.qt")))
             for p in sources(layer)}
    assert {k: v for k, v in found.items() if v} == {}


def test_the_resolver_sees_a_relative_import_of_ui(tmp_path: Path) -> None:
    """The control: the check above would see `from ..ui import x` in handout/."""
    probe = tmp_path / "edu_app" / "handout" / "probe.py"
    probe.parent.mkdir(parents=True)
    probe.write_text("def later():\n    from ..ui import window\n", encoding="utf-8")
    assert {"edu_app.ui", "edu_app.ui.window"} <= imported(probe, tmp_path)


def test_importing_the_lower_layers_loads_no_ui() -> None:
    code = ("import json, sys\n"
            "import edu_app.content, edu_app.render, edu_app.search, edu_app.check\n"
            "import edu_app.check.checker, edu_app.search.index, edu_app.render.pages\n"
            "qt = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
            "import edu_app.handout.cli, edu_app.handout.layout, edu_app.handout.pdf\n"
            "print(json.dumps([qt, sorted(m for m in sys.modules"
            " if m.startswith('edu_app.ui'))]))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, cwd=PACKAGE.parent)
    assert done.returncode == 0, done.stderr
    qt, ui = json.loads(done.stdout.strip().splitlines()[-1])
    assert qt == [] and ui == []
