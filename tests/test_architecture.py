"""The shape of the code that the redesign (issue 16) set: checked, not hoped for.

* no module over ~900 lines;
* no import cycle among the modules of the package, counting imports inside
  functions too (an import there still makes one module need the other),
  but not those under ``if TYPE_CHECKING:``, which never run;
* no per-block parser (bylines, datelines, dates, captions and their
  helpers) imports a whole-text finder (people, quotes) or the article;
* no word list of a dozen or more words inline in code: tables live in
  ``newsparse/_data/`` and are read by ``newsparse/_lexicon.py`` alone
  (``__all__``, ``Literal`` types and schemas, names ending in ``COLUMNS``
  or ``FIELDS``, are lists of the code's own names, not words).
"""

from __future__ import annotations

import ast
import importlib.util
from pathlib import Path

import pytest

import newsparse

PACKAGE = Path(newsparse.__file__).resolve().parent
MODULES = sorted(p for p in PACKAGE.rglob("*.py"))
MAX_LINES = 900
MIN_LIST = 12
PER_BLOCK = ("bylines", "_byline_parts", "datelines", "dates", "captions")
WHOLE_TEXT = {"people", "_candidates", "quotes", "_attribution", "_cues", "_speakers", "article"}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(("newsparse", *parts))


def imports_of(path: Path) -> set[str]:
    """The package modules ``path`` imports, anywhere in it."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only = {
        id(inner)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
        for inner in ast.walk(node)
    }
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = importlib.util.resolve_name("." * node.level + (node.module or ""), package)
            else:
                base = node.module or ""
            targets = [base] if node.module else []
            targets += [f"{base}.{alias.name}" for alias in node.names]
        elif isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        else:
            continue
        for target in targets:
            if target.startswith("newsparse") and target in KNOWN:
                found.add(target)
    found.discard(name)
    return found


KNOWN = {module_name(p) for p in MODULES}
GRAPH = {module_name(p): imports_of(p) for p in MODULES}


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_no_module_is_over_900_lines(path: Path) -> None:
    assert len(path.read_text(encoding="utf-8").splitlines()) <= MAX_LINES


def test_no_import_cycle() -> None:
    # The package's __init__ imports everything: it is left out, as every
    # module importing `newsparse` itself would be a cycle only by name.
    graph = {m: {t for t in ts if t != "newsparse"} for m, ts in GRAPH.items() if m != "newsparse"}
    done: set[str] = set()
    path: list[str] = []

    def visit(module: str) -> None:
        if module in path:
            cycle = [*path[path.index(module) :], module]
            pytest.fail("import cycle: " + " -> ".join(cycle))
        if module in done:
            return
        path.append(module)
        for target in sorted(graph.get(module, ())):
            visit(target)
        path.pop()
        done.add(module)

    for module in sorted(graph):
        visit(module)


def reaches(module: str) -> set[str]:
    seen: set[str] = set()
    todo = [module]
    while todo:
        for target in GRAPH.get(todo.pop(), ()):
            if target not in seen:
                seen.add(target)
                todo.append(target)
    return seen


@pytest.mark.parametrize("module", PER_BLOCK)
def test_a_per_block_parser_needs_no_whole_text_finder(module: str) -> None:
    reached = {m.rpartition(".")[2] for m in reaches(f"newsparse.{module}")}
    assert not reached & WHOLE_TEXT


def node_is_schema(targets: list[ast.expr]) -> bool:
    return any(
        isinstance(t, ast.Name) and (t.id == "__all__" or t.id.endswith(("COLUMNS", "FIELDS")))
        for t in targets
    )


def inline_word_lists(path: Path) -> list[tuple[int, int]]:
    """(line, size) of every literal collection of >= MIN_LIST strings, and
    of every ``"a b c".split()``, outside ``__all__``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip: set[int] = set()
    for node in ast.walk(tree):
        targets = (
            node.targets
            if isinstance(node, ast.Assign)
            else [node.target]
            if isinstance(node, ast.AnnAssign)
            else []
        )
        if node_is_schema(targets) and getattr(node, "value", None) is not None:
            skip.update(id(n) for n in ast.walk(node.value))
        if (
            isinstance(node, ast.Subscript)
            and isinstance(node.value, ast.Name)
            and node.value.id == "Literal"
        ):
            skip.update(id(n) for n in ast.walk(node.slice))  # a type's values
    found = []
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
            strings = [
                e for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)
            ]
            if len(strings) >= MIN_LIST and all(" " not in s.value.strip() for s in strings):
                found.append((node.lineno, len(strings)))
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "split"
            and isinstance(node.func.value, ast.Constant)
            and isinstance(node.func.value.value, str)
            and len(node.func.value.value.split()) >= MIN_LIST
        ):
            found.append((node.lineno, len(node.func.value.value.split())))
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            # a regex alternation of plain words: (?: said | says | told | ... )
            for group in ast.literal_eval(repr(node.value)).split("(?:")[1:]:
                words = [w.strip() for w in group.split(")")[0].split("|")]
                if len(words) >= MIN_LIST and all(w.isalpha() for w in words):
                    found.append((node.lineno, len(words)))
    return found


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_no_word_list_of_a_dozen_words_inline(path: Path) -> None:
    assert inline_word_lists(path) == []


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_only_the_lexicon_reads_the_tables(path: Path) -> None:
    if path.name == "_lexicon.py" or path.parent.name == "_data":
        return
    source = path.read_text(encoding="utf-8")
    assert "load_words" not in source
    assert "load_columns" not in source
