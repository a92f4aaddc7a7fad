"""The generated splits do not leak wording into each other: what test measures was never trained on."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from evals.generate.dates import held_out

DATASETS = Path(__file__).resolve().parents[2] / "evals" / "datasets"


@given(st.lists(st.text(min_size=1, max_size=8), min_size=2, max_size=30, unique=True))
def test_no_phrasing_of_a_bank_is_shared_between_train_and_the_held_out_splits(bank):
    train, dev, test = (set(held_out(bank, s)) for s in ("train", "dev", "test"))
    assert not train & test and not train & dev
    assert test and dev and train | dev | test == set(bank)


def _bounce_openings(split: str) -> set[str]:
    out = set()
    for line in (DATASETS / split / "threads.jsonl").read_text(encoding="utf-8").splitlines():
        thread = json.loads(line)
        if thread["expected"]["intent"] == "bounce":
            out.add(thread["messages"][-1]["body"].strip().splitlines()[0])
    return out


def test_test_bounces_use_delivery_reports_the_model_never_trained_on():
    assert _bounce_openings("test") and not _bounce_openings("test") & _bounce_openings("train")


def _promise_phrase_shapes(split: str) -> set[tuple[str, str]]:
    """Every promise-date phrase the generator writes for a split, names and numbers replaced by slots."""
    import random
    import re
    from datetime import date, timedelta

    from evals.generate import dates as D

    rng = random.Random(11)
    shapes = set()
    for _ in range(6000):
        lang = rng.choice(D.LANGS)
        text, _ = D.promise_expr(rng, lang, date(2026, 9, 1) + timedelta(days=rng.randint(0, 150)),
                                 far=rng.random() < 0.1, split=split)
        for name in [*D.WEEKDAYS[lang], *(w.split("-")[0] for w in D.WEEKDAYS[lang]), *D.MONTHS[lang]]:
            text = text.replace(name, "<name>")
        text = re.sub(r"\b(?:" + "|".join(D.MON3[lang]) + r")\b", "<mon>", text)
        shapes.add((lang, re.sub(r"\d", "9", re.sub(r"\d+(?:st|nd|rd|th)", "<ord>", text))))
    return shapes


def test_no_promise_date_phrasing_of_test_is_written_in_training():
    # "this Monday" replaced once Monday has passed, the unnamed "end of next month", "4.12." vs "04.12.":
    # each of these once carried one wording into every split
    assert not _promise_phrase_shapes("train") & _promise_phrase_shapes("test")


def _past_and_return_shapes(split: str) -> set[tuple[str, str, str]]:
    """Every payment-date and out-of-office return-date phrase the generator writes for a split, slotted."""
    import random
    import re
    from datetime import date, timedelta

    from evals.generate import dates as D

    rng = random.Random(12)
    shapes = set()
    for _ in range(4000):
        lang = rng.choice(D.LANGS)
        d = date(2026, 9, 1) + timedelta(days=rng.randint(0, 150))
        for kind, (text, _) in (("paid", D.past_expr(rng, lang, d, split=split)), ("back", D.return_expr(rng, lang, d, split=split))):
            for name in [*D.WEEKDAYS[lang], *D.MONTHS[lang]]:
                text = text.replace(name, "<name>")
            text = re.sub(r"\b(?:" + "|".join(D.MON3[lang]) + r")\b", "<mon>", text)
            shapes.add((kind, lang, re.sub(r"\d", "9", re.sub(r"\d+(?:st|nd|rd|th)", "<ord>", text))))
    return shapes


def test_payment_and_return_date_phrasings_of_test_are_not_written_in_training():
    # "paid last Tuesday", "back on 02/12/2026": once shared by every split (issue 14)
    train, test = _past_and_return_shapes("train"), _past_and_return_shapes("test")
    shared = train & test
    assert not shared, sorted(shared)[:10]
