"""Plug a spaCy pipeline into ``parse_article`` as its people finder.

    pip install "newsparse[spacy]" && python -m spacy download en_core_web_sm

``parse_article(text, people_finder=...)`` calls the finder as
``finder(text, windows=[Span, ...])`` with the spans of the body paragraphs
and caption texts, and takes back a tuple of ``Person`` records whose
mention spans index ``text``. This finder gives every PERSON entity of each
window to a ``Person`` named as written; newsparse's own ``extract_people``
adds roles, the given/family split and surname clustering.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from newsparse import Mention, Person, Span


def spacy_people_finder(nlp: Any) -> Callable[..., tuple[Person, ...]]:
    """Return a people finder that runs ``nlp`` (a spaCy ``Language``) on each window."""

    def find(text: str, *, windows: Sequence[Span] | None = None) -> tuple[Person, ...]:
        spans = windows if windows is not None else [Span(start=0, end=len(text))]
        mentions: dict[str, list[Mention]] = {}
        for window in spans:
            doc = nlp(text[window.start : window.end])
            for ent in doc.ents:
                if ent.label_ != "PERSON":
                    continue
                start = window.start + ent.start_char
                end = window.start + ent.end_char
                mentions.setdefault(ent.text, []).append(
                    Mention(text=text[start:end], span=Span(start=start, end=end))
                )
        return tuple(Person(name=name, mentions=found) for name, found in mentions.items())

    return find


if __name__ == "__main__":
    import sys
    from pathlib import Path

    import spacy

    import newsparse

    nlp = spacy.load("en_core_web_sm")
    text = Path(sys.argv[1]).read_bytes().decode("utf-8")
    article = newsparse.parse_article(text, people_finder=spacy_people_finder(nlp))
    for person in article.people:
        print(person.name, len(person.mentions))  # noqa: T201
