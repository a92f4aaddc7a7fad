"""DUNMAIL_TOUCH_LIMIT_PER_WEEK is the touch limit the outbound check holds drafts to."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from dunmail.settings import Settings
from dunmail.wiring import outbound_limits
from guardrails.api import SentTouch
from guardrails.touch import too_many

NOW = datetime(2026, 11, 20, 10, 0, tzinfo=timezone.utc)


def _sent(*days_ago: int) -> list[SentTouch]:
    return [SentTouch(sent_at=NOW - timedelta(days=d)) for d in days_ago]


def test_a_limit_of_three_lets_a_third_message_this_week_through_and_holds_a_fourth(tmp_path) -> None:
    limits = outbound_limits(Settings(touch_limit_per_week=3, data_dir=tmp_path))
    assert too_many(_sent(1, 4), NOW, limits) is None
    assert "the limit is 3" in (too_many(_sent(1, 4, 6), NOW, limits) or "")


def test_messages_older_than_the_week_do_not_count(tmp_path) -> None:
    limits = outbound_limits(Settings(touch_limit_per_week=1, data_dir=tmp_path))
    assert too_many(_sent(8, 12), NOW, limits) is None
    assert too_many(_sent(2), NOW, limits) is not None
