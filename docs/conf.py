"""Sphinx configuration of the newsparse documentation.

Build with ``sphinx-build -W --keep-going -b html docs docs/_build`` (CI
runs exactly that, warnings as errors, after installing the ``docs``
dependency group).

Why Sphinx + MyST + furo rather than mkdocs(-material): the API reference
comes from the docstrings through autodoc, imported by the same Python that
runs the tests, so it cannot drift from the code; the pages were already
plain Markdown with ``>>>`` examples, which MyST reads unchanged (and
``tests/test_docs.py`` runs as doctests); napoleon reads the Google-style
docstrings the code is written in; and ``-W`` turns every broken
cross-reference, bad docstring and missing page into a CI failure.
"""

from __future__ import annotations

import importlib.metadata
from typing import Any

import sphinx.ext.napoleon

project = "newsparse"
author = "The newsparse developers"
copyright = f"2026, {author}"  # noqa: A001 - the name Sphinx reads
try:
    release = importlib.metadata.version("newsparse")
except importlib.metadata.PackageNotFoundError:  # building from a tree not installed
    release = "0.0.0"
version = release.split("+")[0]  # without the local part (+g1234abc.d20261202)

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.viewcode",
]

source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build", "examples", "**/.ipynb_checkpoints"]

# MyST: ``{include}`` of the changelog, heading anchors for #links between pages.
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

# autodoc: the signature stays short, the types go into the description.
autodoc_typehints = "description"
autodoc_member_order = "bysource"
autodoc_default_options = {"members": True, "undoc-members": False}
napoleon_google_docstring = True
napoleon_numpy_docstring = False

# napoleon reads an attribute's docstring as "type: description", so the
# records' field docs ("The clean name: no rank or title, ...") would render
# with "The clean name" as the type. The types come from the annotations
# here, so attribute docstrings are left to autodoc as plain reST.
_napoleon_process_docstring = sphinx.ext.napoleon._process_docstring  # noqa: SLF001


def _process_docstring(
    app: Any, what: str, name: str, obj: Any, options: Any, lines: list[str]
) -> None:
    if what != "attribute":
        _napoleon_process_docstring(app, what, name, obj, options, lines)


# napoleon's setup() connects the module's function when Sphinx loads the
# extension, after this file runs, so it connects this wrapper instead.
sphinx.ext.napoleon._process_docstring = _process_docstring  # noqa: SLF001

# nitpicky: every cross-reference to a newsparse name must resolve, so a
# renamed function breaks the build (-W) instead of leaving a dead link.
# Without intersphinx (CI has no network, and an inventory that cannot be
# fetched is a warning) names outside newsparse (datetime, collections.abc,
# hypothesis, attrs) cannot resolve, nor can unqualified names in docstrings
# (:class:`Span` inside newsparse.article); they stay plain text. Private
# modules and TypeVars are not documented.
nitpicky = True
nitpick_ignore_regex = [
    (r"py:.*", r"(?!newsparse\b).*"),
    (r"py:.*", r"newsparse\.(.*\.)?_.*"),
    (r"py:class", r"newsparse\..*\.[A-Z]"),
]

html_theme = "furo"
html_title = f"newsparse {version}"
html_static_path: list[str] = []
