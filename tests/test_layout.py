"""The package layout: no import circles among zhbrief's modules, the English rules never
import the model-based translation, and `import zhbrief` stays light.

Imports are read from the source with `ast`, inside functions too (a lazy import that closes
a loop is still a loop); imports under `if TYPE_CHECKING:` are never executed and are left out.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "zhbrief"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(path): path for path in PACKAGE.rglob("*.py")}


def _resolve(name: str) -> str | None:
    """The zhbrief module an imported name lives in: `zhbrief.a.b.func` -> `zhbrief.a.b`."""
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name or None


def _type_checking_nodes(tree: ast.AST) -> set[int]:
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skipped |= {id(inner) for statement in node.body for inner in ast.walk(statement)}
    return skipped


def _imported_names(module: str, node: ast.AST) -> list[str]:
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if not isinstance(node, ast.ImportFrom):
        return []
    base = node.module or ""
    if node.level:
        package = module.split(".") if MODULES[module].name == "__init__.py" else module.split(".")[:-1]
        package = package[: len(package) - node.level + 1]
        base = ".".join(package + ([node.module] if node.module else []))
    return [f"{base}.{alias.name}" for alias in node.names]


def import_graph() -> dict[str, dict[str, int]]:
    """module -> {zhbrief module it imports: line of the first such import}."""
    graph: dict[str, dict[str, int]] = {}
    for module, path in MODULES.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skipped = _type_checking_nodes(tree)
        edges: dict[str, int] = {}
        for node in ast.walk(tree):
            if id(node) in skipped:
                continue
            for name in _imported_names(module, node):
                target = _resolve(name)
                if target and target != module:
                    edges.setdefault(target, node.lineno)
        graph[module] = edges
    return graph


def cycles(graph: dict[str, dict[str, int]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for target in graph[module]:
            if target not in index:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            group = []
            while not group or group[-1] != module:
                group.append(stack.pop())
            if len(group) > 1:
                found.append(sorted(group))

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return found


def _describe(group: list[str], graph: dict[str, dict[str, int]]) -> str:
    edges = [f"  {a}:{line} -> {b}" for a in group for b, line in sorted(graph[a].items()) if b in group]
    return "\n".join([" <-> ".join(group), *edges])


def test_no_import_cycles_among_zhbrief_modules():
    graph = import_graph()
    assert len(graph) > 50 and graph["zhbrief.pipeline"], "the scan found the modules and their imports"
    found = cycles(graph)
    assert not found, "import cycles:\n" + "\n".join(_describe(group, graph) for group in found)


def test_the_cycle_finder_finds_a_lazy_cycle():
    graph = {"a": {"b": 1}, "b": {"c": 3}, "c": {"a": 9}, "d": {"a": 2}}
    assert cycles(graph) == [["a", "b", "c"]]
    assert cycles({"a": {"b": 1}, "b": {}}) == []


def test_english_never_imports_translate():
    """translate/ may use the English rules (names, the glossary); they never use it back."""
    graph = import_graph()
    english = [m for m in graph if m == "zhbrief.english" or m.startswith("zhbrief.english.")]
    assert "zhbrief.english.structured" in english
    back = {m: sorted(t for t in graph[m] if t.startswith("zhbrief.translate")) for m in english}
    assert not {m: t for m, t in back.items() if t}


def test_import_zhbrief_stays_light():
    code = (
        "import sys, zhbrief; "
        "print(' '.join(m for m in ('torch', 'transformers', 'lxml', 'ray') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"`import zhbrief` imported: {result.stdout.strip()}"
