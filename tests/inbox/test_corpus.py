"""Figures on the shared corpora of real-world mail (../shared/corpora). Floors sit a little
below what was measured, so a regression fails; run bench/inbox_corpus.py for the numbers."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CORPORA = REPO / "../shared/corpora"

pytestmark = pytest.mark.skipif(not CORPORA.is_dir(), reason=f"shared corpora not found at {CORPORA.resolve()} (a plain clone has none)")


@pytest.fixture(scope="module")
def figures():  # noqa: ANN201
    spec = importlib.util.spec_from_file_location("inbox_corpus", REPO / "bench/inbox_corpus.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    sys.modules["inbox_corpus"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    fig = module.measure(CORPORA)
    print("\n" + module.report(fig))
    return fig


def test_no_mime_file_crashes_the_parser(figures) -> None:  # noqa: ANN001
    assert figures.mime_crashed == []
    assert figures.mime_parsed >= 110  # the rest are raw TNEF streams, a headerless digest, an Outlook .msg


def test_bounces_are_detected(figures) -> None:  # noqa: ANN001
    assert figures.bounce_detected / figures.bounce_total >= 0.93
    assert figures.bounce_with_recipient / figures.bounce_detected >= 0.9
    assert len(figures.nonbounce_false_positive) <= 2


def test_auto_replies_are_detected(figures) -> None:  # noqa: ANN001
    assert figures.auto_detected == figures.auto_total


def test_visible_text_agrees_with_the_expected_reply(figures) -> None:  # noqa: ANN001
    assert figures.replies_ours / figures.replies_total >= 0.78
    assert figures.replies_ours >= figures.replies_erp  # why we use our own stripper
