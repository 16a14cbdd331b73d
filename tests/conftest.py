"""Shared test settings: hypothesis profiles and the seed article."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

# Timings on shared 2-core machines are noisy; speed is measured in
# benchmarks/, never asserted here.
settings.register_profile("default", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile(
    "ci", deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)
# The long run of the round-trip properties (tests/test_strategies.py):
# HYPOTHESIS_PROFILE=thorough pytest tests/test_strategies.py
settings.register_profile(
    "thorough",
    max_examples=10_000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "default")
)

ROOT = Path(__file__).resolve().parent.parent
# The benchmarks are scripts beside the package, not installed with it; the
# tests import them (``benchmarks.adversarial``) from the checkout. Appended,
# not prepended: ``newsparse`` itself still comes from the installed wheel.
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))
SEED = ROOT / "seeds" / "cbs_afp_2021-08-19_massoud.txt"
CASES = Path(__file__).resolve().parent / "cases"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_bytes().decode("utf-8")


@pytest.fixture(scope="session")
def seed_expected() -> dict[str, Any]:
    return json.loads(SEED.with_suffix("").with_suffix(".expected.json").read_text("utf-8"))
