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

project = "newsparse"
author = "The newsparse developers"
copyright = f"2026, {author}"  # noqa: A001 - the name Sphinx reads
try:
    release = importlib.metadata.version("newsparse")
except importlib.metadata.PackageNotFoundError:  # building from a tree not installed
    release = "0.0.0"
version = release

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

# No intersphinx: CI has no network, and an inventory that cannot be fetched
# is a warning (an error under -W). References to the standard library and
# to attrs types stay plain text, which is why nitpicky mode is off.

html_theme = "furo"
html_title = f"newsparse {release}"
html_static_path: list[str] = []
