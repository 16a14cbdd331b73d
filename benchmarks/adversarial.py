"""Adversarial inputs composed from a grammar of the tokens the parsers care about.

The hand-written inputs of :mod:`benchmarks.growth` (runs of one character,
one repeated sentence) found the families their authors thought of. The
family of issue 21 (``"He said "Smith told "He said …``: straight marks,
each followed by a clause with a reporting verb and no sentence end) was
not among them, because it needs two token classes in alternation. This
module builds inputs by construction instead: every token class the
patterns look at (quotation marks of every kind, reporting verbs, titles,
capitalised names, credit labels, dates, brackets, dashes, colons, line
breaks, ``By``, agency tags, …) and three ways to compose them:

* ``run:CLASS`` - tokens of one class in random order;
* ``alt:A+B`` - a token of class A, then one of class B, and again;
* ``seq:A+B+C`` - a token of each of three or four classes in turn;
* ``soup:N`` - tokens of a few classes drawn at random (seed N); half the
  soups have no class that ends a sentence, so they are one endless
  sentence.

Every family is deterministic: its text for a size is the prefix of one
endless stream drawn from ``random.Random`` with a fixed seed, so a larger
size holds the smaller one. :data:`FAMILIES` maps a family's name to its
builder ``size -> str``; ``python -m benchmarks.growth --generated`` climbs
each from 100,000 to 1,600,000 characters, and ``tests/test_reliability.py``
runs every family once at a moderate size under a timeout.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable

# The token classes. Each is a handful of tokens written for this file.
CLASSES: dict[str, tuple[str, ...]] = {
    "straight": ('"', "'", '" ', ' "'),
    "curly": ("“", "”", "‘", "’", "“ ", " ”"),
    "guillemets": ("«", "»", "„", "“", "‚", "‘", "「", "」", "‹", "›"),
    "verbs": ("said", "told", "says", "added", "according to", "was quoted as saying", "noting"),
    "pronouns": ("He", "she", "they", "It", "he"),
    "titles": ("Sen.", "President", "Gen.", "Staff Sgt.", "Minister", "Dr.", "Mr."),
    "names": ("John Smith", "Smith", "JANE ROE", "Ahmad Massoud", "van der Berg", "O'Neil", "Ng"),
    "lower": ("the", "that", "and", "of", "a", "with", "in", "on"),
    "labels": ("Photo:", "Credit:", "Foto:", "Image:", "Published", "Updated", "Caption:"),
    "credits": (
        "AP Photo/",
        "REUTERS/",
        "Getty Images",
        "via",
        "/AFP",
        "©",
        "(Reporting by",
        "; Editing by",
        "contributed to this report.",
        "Mitarbeit:",
    ),
    "agencies": ("(AP)", "(Reuters)", "AP", "AFP", "(dpa)", "<ABCD.N>"),
    "dates": ("August 19, 2021", "19.08.2021", "2021-08-19", "Thursday", "19 août 2021", "3:47 PM"),
    "digits": ("1", "23", "2021", "4.5", "71 65", "12:30"),
    "brackets": ("(", ")", "[", "]", "((", "))"),
    "dashes": ("-", "—", "–", "--", " - "),
    "punct": (",", ".", ":", ";", "?", "!", "..."),
    "colons": (":", ": ", " :"),
    "breaks": ("\n", "\n\n", "\r\n", "\r"),
    "by": ("By", "BY", "by", "Von", "Par", "Por"),
    "places": ("KABUL, Afghanistan", "LONDON,", "WASHINGTON", "Kabul"),
    "caps": ("SMITH", "WINS", "NATO", "U.S.", "A.", "J.D."),
}

GLUE = (" ", "", " ", " ", "\n")
"""What may stand between two tokens of a soup: mostly a space."""


def _stream(
    pick: Callable[[random.Random, int], str], glue: Callable[[random.Random], str], seed: int
) -> Callable[[int], str]:
    def build(size: int) -> str:
        rng = random.Random(seed)
        parts: list[str] = []
        length = 0
        for i in itertools.count():
            token = pick(rng, i) + glue(rng)
            parts.append(token)
            length += len(token)
            if length >= size:
                break
        return "".join(parts)[:size]

    return build


def _run(name: str, seed: int) -> Callable[[int], str]:
    tokens = CLASSES[name]
    return _stream(lambda rng, _i: rng.choice(tokens), lambda _rng: " ", seed)


def _cycle(names: tuple[str, ...], seed: int) -> Callable[[int], str]:
    """A token of each class in turn: ``alt`` for two classes, ``seq`` for more."""
    classes = [CLASSES[name] for name in names]
    return _stream(lambda rng, i: rng.choice(classes[i % len(classes)]), _tight, seed)


def _tight(rng: random.Random) -> str:
    """A space, or now and then none: a mark glued to the word after it
    (``"He said "Smith``) opens a quote, one before a space does not."""
    return rng.choice(("", " ", " "))


_ENDS = frozenset({"punct", "breaks"})
"""Classes that end a sentence or a paragraph: a soup without them is one
endless sentence, where a search that reads the whole sentence per item is
n² (issue 21)."""


def _soup(seed: int) -> Callable[[int], str]:
    """Tokens of 2 to 5 classes at random; an even seed leaves out the classes
    that end sentences, and joins with spaces only."""
    chooser = random.Random(seed)
    pool = sorted(CLASSES) if seed % 2 else sorted(set(CLASSES) - _ENDS)
    names = chooser.sample(pool, k=chooser.randint(2, 5))
    tokens = [token for name in names for token in CLASSES[name]]
    glue = GLUE if seed % 2 else (" ",)
    return _stream(lambda rng, _i: rng.choice(tokens), lambda rng: rng.choice(glue), seed)


_MARKS = ("straight", "curly", "guillemets")
_SUBJECTS = ("names", "pronouns", "titles", "caps")

# The pairs worth alternating: every class against the ones a pattern joins
# it with (a mark and a verb, a title and a name, a label and a credit, ...).
_PAIRS = (
    *((mark, other) for mark in _MARKS for other in ("verbs", "names", "pronouns", "colons")),
    ("names", "verbs"), ("pronouns", "verbs"), ("titles", "names"),
    ("names", "punct"), ("verbs", "lower"), ("lower", "names"),
    ("labels", "credits"), ("credits", "names"), ("labels", "names"),
    ("dates", "punct"), ("dates", "labels"), ("digits", "names"),
    ("brackets", "agencies"), ("places", "dashes"), ("places", "agencies"),
    ("by", "names"), ("by", "caps"), ("caps", "punct"), ("breaks", "straight"),
    ("breaks", "names"), ("dashes", "straight"), ("brackets", "straight"),
    ("verbs", "punct"),
)  # fmt: skip
# Sequences of three or four classes that the attribution, byline, caption
# and dateline grammars chain: a quotation mark, a subject and a verb in
# every order a cycle gives (``"He said "Smith told …``), a title before a
# name before a verb, a label, a credit and a name, ...
_SEQUENCES = (
    *((mark, subject, "verbs") for mark in _MARKS for subject in _SUBJECTS),
    *((mark, "verbs", subject) for mark in _MARKS for subject in _SUBJECTS),
    ("straight", "names", "verbs", "lower"), ("curly", "pronouns", "verbs", "punct"),
    ("titles", "names", "verbs"), ("names", "verbs", "lower"), ("verbs", "names", "punct"),
    ("labels", "credits", "names"), ("credits", "names", "dashes"),
    ("by", "names", "agencies"), ("by", "titles", "names", "punct"),
    ("places", "agencies", "dashes"), ("places", "dates", "dashes"),
    ("dates", "labels", "punct"), ("names", "brackets", "digits"),
)  # fmt: skip

_SOUPS = 40


def families() -> dict[str, Callable[[int], str]]:
    """Every generated family, by name, in a fixed order."""
    out: dict[str, Callable[[int], str]] = {}
    for seed, name in enumerate(sorted(CLASSES)):
        out[f"run:{name}"] = _run(name, seed)
    for seed, pair in enumerate(_PAIRS, start=100):
        out["alt:" + "+".join(pair)] = _cycle(pair, seed)
    for seed, sequence in enumerate(_SEQUENCES, start=200):
        out["seq:" + "+".join(sequence)] = _cycle(sequence, seed)
    for seed in range(_SOUPS):
        out[f"soup:{seed}"] = _soup(1000 + seed)
    return out


FAMILIES = families()
