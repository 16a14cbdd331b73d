"""Measurements of newsparse: accuracy (``evaluate``) and speed (``bench``)."""
