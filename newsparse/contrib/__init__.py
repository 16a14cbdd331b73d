"""Bridges to other libraries, each behind its own extra.

:mod:`newsparse.contrib.spacy`: a people finder built on a spaCy pipeline
(``pip install "newsparse[spacy]"``). ``import newsparse`` imports none of
them.
"""
