from datetime import UTC, datetime, timedelta

from newswatch import db
from newswatch.flows import schedule
from newswatch.flows.feeds import FeedSpec
from newswatch.settings import Settings

NOW = datetime(2025, 11, 17, 12, tzinfo=UTC)
FEED = FeedSpec(url="https://a.example/rss", name="A", interval_minutes=10)


class _Session:
    """Just enough of a SQLAlchemy session for the schedule's bookkeeping."""

    def __init__(self) -> None:
        self.rows: dict[str, db.FeedState] = {}

    def get(self, _model: type, key: str) -> db.FeedState | None:
        return self.rows.get(key)

    def add(self, row: db.FeedState) -> None:
        self.rows[row.feed_url] = row


def test_success_schedules_the_next_poll_within_the_jitter_and_never_late() -> None:
    session, settings = _Session(), Settings(poll_jitter=0.2)
    for _ in range(50):
        schedule.record_success(session, FEED, settings, NOW, status="changed", saved=schedule.Validators('"e"', None), backlog=0)
        due = session.rows[FEED.url].next_poll_at
        assert NOW + timedelta(minutes=8) <= due <= NOW + timedelta(minutes=10)
    assert session.rows[FEED.url].etag == '"e"'


def test_failures_back_off_exponentially_up_to_the_cap_and_keep_the_error() -> None:
    session, settings = _Session(), Settings(poll_backoff_max_seconds=3600)
    waits = []
    for n in range(1, 9):
        assert schedule.record_failure(session, FEED, settings, NOW, f"HTTP 503 #{n}") == n
        waits.append(session.rows[FEED.url].next_poll_at - NOW)
    assert waits[:3] == [timedelta(minutes=m) for m in (10, 20, 40)]
    assert set(waits[3:]) == {timedelta(hours=1)}
    assert session.rows[FEED.url].last_error == "HTTP 503 #8"
    schedule.record_success(session, FEED, settings, NOW, status="not_modified", saved=None, backlog=0)
    assert session.rows[FEED.url].consecutive_failures == 0 and session.rows[FEED.url].last_error is None


def test_a_backlog_makes_the_feed_due_at_once_and_drops_the_validators() -> None:
    session = _Session()
    schedule.record_success(session, FEED, Settings(), NOW, status="changed", saved=schedule.Validators('"e"', "x"), backlog=5)
    state = session.rows[FEED.url]
    assert state.next_poll_at == NOW and (state.etag, state.last_modified) == (None, None)
    assert schedule.is_due(state, NOW) and not schedule.is_due(
        db.FeedState(feed_url="x", next_poll_at=(NOW + timedelta(seconds=1)).replace(tzinfo=None)), NOW)
