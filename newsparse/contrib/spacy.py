"""Plug a spaCy pipeline into ``parse_article`` as its people finder.

    pip install "newsparse[spacy]" && python -m spacy download en_core_web_sm

``parse_article(text, people_finder=...)`` calls the finder as
``finder(text, windows=[Span, ...])`` with the spans of the body paragraphs
and caption texts, and takes back a tuple of ``Person`` records whose
mention spans index ``text``. :func:`spacy_people_finder` gives every PERSON
entity of each window to a ``Person`` named as written; newsparse's own
``extract_people`` adds roles, the given/family split and surname
clustering, which spaCy's entities do not have.

    import newsparse
    from newsparse.contrib.spacy import spacy_people_finder

    finder = spacy_people_finder("en_core_web_sm")  # or a spacy.Language you loaded
    article = newsparse.parse_article(text, people_finder=finder)

spaCy is imported only when a pipeline is named by a string; this module
imports without it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from newsparse._types import Mention, Person, Span

__all__ = ["spacy_people_finder"]


def spacy_people_finder(
    nlp: Any = "en_core_web_sm", *, label: str = "PERSON"
) -> Callable[..., tuple[Person, ...]]:
    """Return a people finder that runs ``nlp`` on each window of the text.

    ``nlp`` is a spaCy ``Language`` (``spacy.load(...)``, ``spacy.blank(...)``
    with an entity ruler) or the name of an installed pipeline, loaded here.
    Entities labelled ``label`` become people; each distinct entity text is
    one ``Person`` with a ``Mention`` for every place it occurs.

    >>> class Ent:  # a stand-in for spaCy's entities, so the example needs no model
    ...     def __init__(self, text, start):
    ...         self.text, self.label_, self.start_char = text, "PERSON", start
    ...         self.end_char = start + len(text)
    >>> class Doc:
    ...     def __init__(self, text):
    ...         self.ents = [Ent("Lena Ortiz", text.find("Lena Ortiz"))] if "Lena" in text else []
    >>> find = spacy_people_finder(Doc)
    >>> text = "Storm hits\\n\\nMayor Lena Ortiz said the port would open."
    >>> [(p.name, [(m.text, m.span.start) for m in p.mentions])
    ...  for p in find(text, windows=[Span(start=12, end=len(text))])]
    [('Lena Ortiz', [('Lena Ortiz', 18)])]
    """
    if isinstance(nlp, str):
        try:
            import spacy  # noqa: PLC0415 - optional, and slow to import
        except ImportError as exc:
            msg = 'spacy_people_finder() needs spaCy: pip install "newsparse[spacy]"'
            raise ImportError(msg) from exc
        nlp = spacy.load(nlp)

    def find(text: str, *, windows: Sequence[Span] | None = None) -> tuple[Person, ...]:
        spans = windows if windows is not None else [Span(start=0, end=len(text))]
        mentions: dict[str, list[Mention]] = {}
        for window in spans:
            doc = nlp(text[window.start : window.end])
            for ent in doc.ents:
                if ent.label_ != label:
                    continue
                start = window.start + ent.start_char
                end = window.start + ent.end_char
                mentions.setdefault(ent.text, []).append(
                    Mention(text=text[start:end], span=Span(start=start, end=end))
                )
        return tuple(Person(name=name, mentions=found) for name, found in mentions.items())

    return find
