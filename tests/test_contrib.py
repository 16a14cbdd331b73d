"""newsparse.contrib.spacy: the spaCy people finder ships in the package."""

from __future__ import annotations

import doctest
import subprocess
import sys
from typing import Any

import pytest

import newsparse
from newsparse.contrib import spacy as contrib_spacy
from newsparse.contrib.spacy import spacy_people_finder


class FakeEntity:
    def __init__(self, text: str, start: int, label: str = "PERSON") -> None:
        self.text, self.label_, self.start_char, self.end_char = (
            text,
            label,
            start,
            start + len(text),
        )


def fake_nlp(names: list[str]) -> Any:
    """A stand-in for a spaCy pipeline that finds ``names`` (and one place) wherever they are."""

    class Doc:
        def __init__(self, text: str) -> None:
            self.ents = []
            for name in [*names, "Kabul"]:
                at = text.find(name)
                while at >= 0:
                    self.ents.append(FakeEntity(name, at, "GPE" if name == "Kabul" else "PERSON"))
                    at = text.find(name, at + 1)

    return Doc


def test_the_finder_plugs_into_parse_article(seed_text: str) -> None:
    finder = spacy_people_finder(fake_nlp(["Sergei Lavrov", "Ahmad Massoud"]))
    article = newsparse.parse_article(seed_text, people_finder=finder)
    assert {p.name for p in article.people} == {"Sergei Lavrov", "Ahmad Massoud"}
    for person in article.people:
        assert all(m.span.slice(seed_text) == m.text == person.name for m in person.mentions)
    assert article.captions[0].people == ("Ahmad Massoud",)


def test_the_module_imports_without_spacy_and_its_example_runs() -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, newsparse.contrib.spacy; print('spacy' in sys.modules)",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == "False"
    assert doctest.testmod(contrib_spacy).failed == 0


def test_a_pipeline_name_needs_spacy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "spacy", None)
    with pytest.raises(ImportError, match=r'pip install "newsparse\[spacy\]"'):
        spacy_people_finder("en_core_web_sm")


def test_with_a_real_spacy_pipeline(seed_text: str) -> None:
    """A blank pipeline with an entity ruler stands in for a trained model: nothing to download."""
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "PERSON", "pattern": "Sergei Lavrov"}])
    article = newsparse.parse_article(seed_text, people_finder=spacy_people_finder(nlp))
    assert [p.name for p in article.people] == ["Sergei Lavrov"]
