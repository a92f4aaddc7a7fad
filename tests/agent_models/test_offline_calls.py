"""The offline reader's cost per message (issue 17): one prediction per reply read alone, none after a read-ahead,
and the same answer either way; remembered dates are handed out as each caller's own list."""

from __future__ import annotations

from agent.dates import find_dates
from agent.models.offline import OfflineModel
from core.contracts import ClassifyInput

SENT = "2026-03-04T10:00:00+01:00"
TWO_THINGS = ClassifyInput(subject="Re: Payment reminder", sent_at=SENT,
                           text="Hi,\n\nThe quantity on INV-2026-1002 is wrong. The other invoice will be paid on Friday.\n\nJo")
ONE_THING = ClassifyInput(subject="Re: Payment reminder", sent_at=SENT, text="We will pay on Friday.")


def _counted(model: OfflineModel) -> list[int]:
    calls: list[int] = []
    predict = model._predict

    def counting(texts: list[str]):  # noqa: ANN202
        calls.append(len(texts))
        return predict(texts)

    model._predict = counting
    return calls


def test_a_reply_read_alone_is_predicted_once_with_its_sentences():
    model = OfflineModel()
    calls = _counted(model)
    model.classify(TWO_THINGS)
    model.classify(ONE_THING)
    assert len(calls) == 2 and calls[0] > 1  # the whole reply and its sentences together, not one call each


def test_after_a_read_ahead_nothing_is_predicted_and_the_answer_is_the_same():
    alone = [OfflineModel().classify(item) for item in (TWO_THINGS, ONE_THING)]
    model = OfflineModel()
    model.read_ahead([TWO_THINGS, ONE_THING])
    calls = _counted(model)
    assert [model.classify(item) for item in (TWO_THINGS, ONE_THING)] == alone
    assert calls == []


def test_remembered_dates_are_each_callers_own_list():
    first = find_dates("We pay on Friday, 13 March.", SENT, "en")
    first.clear()
    assert find_dates("We pay on Friday, 13 March.", SENT, "en")
