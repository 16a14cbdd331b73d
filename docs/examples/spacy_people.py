"""Plug a spaCy pipeline into ``parse_article`` as its people finder.

The finder ships in the package as :func:`newsparse.contrib.spacy.spacy_people_finder`
(``pip install "newsparse[spacy]"``); this file, kept for the links to it,
re-exports it and runs it on a file:

    python docs/examples/spacy_people.py article.txt
"""

from __future__ import annotations

from newsparse.contrib.spacy import spacy_people_finder

__all__ = ["spacy_people_finder"]

if __name__ == "__main__":
    import sys
    from pathlib import Path

    import newsparse

    text = Path(sys.argv[1]).read_bytes().decode("utf-8")
    article = newsparse.parse_article(text, people_finder=spacy_people_finder("en_core_web_sm"))
    for person in article.people:
        print(person.name, len(person.mentions))  # noqa: T201
