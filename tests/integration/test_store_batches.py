"""A batch of articles written in one transaction: what one article of the batch stored is there
for the next, and two consumer processes writing at once take turns, so a meeting both were given
a report of is stored once."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import sessionmaker

from newswatch import db
from newswatch.consumers.store import write_articles
from newswatch.consumers.store import write
from newswatch.settings import Settings
from tests.integration.conftest import BACKENDS
from tests.integration.test_alerts import BRANDT, OKONKWO, SATO, article, meeting

pytestmark = pytest.mark.parametrize("backend", BACKENDS)


def count(sessions: sessionmaker, table: type[db.Base]) -> int:
    with sessions() as session:
        return session.scalar(select(func.count()).select_from(table))


def test_one_batch_merges_its_own_reports_and_counts_a_repeated_article_once(database_url: str, tmp_path: Path) -> None:
    sessions = db.connect(Settings(database_url=database_url, state_dir=tmp_path))
    first, second = article(1, "lagosdaily"), article(2, "berlinpost")
    written = write_articles(sessions, [(first, [meeting(OKONKWO, BRANDT)]), (second, [meeting(OKONKWO, BRANDT)]),
                                        (first, [meeting(OKONKWO, BRANDT)])])
    assert written[1].meeting_ids == written[0].meeting_ids and written[1].changed  # a second source
    assert written[2].already_processed and written[2].meeting_ids == written[0].meeting_ids
    assert count(sessions, db.Meeting) == 1 and count(sessions, db.Article) == 2


def test_two_writers_at_once_store_one_meeting(database_url: str, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    settings = Settings(database_url=database_url, state_dir=tmp_path)
    db.connect(settings)  # migrated once
    # Two engines, as two consumer processes have.
    first, second = (sessionmaker(db.make_engine(database_url), expire_on_commit=False) for _ in range(2))
    first_inside = threading.Event()
    real_write = write._write

    def slow_first(session, article, *args):
        written = real_write(session, article, *args)
        if article.article_id == "1".zfill(16):  # the first writer stays in its transaction a while
            first_inside.set()
            time.sleep(0.5)  # the second writer comes meanwhile
        return written

    monkeypatch.setattr(write, "_write", slow_first)
    writer = threading.Thread(target=write_articles, args=(first, [(article(1, "lagosdaily"),
                                                                    [meeting(OKONKWO, BRANDT, SATO)])]))
    writer.start()
    assert first_inside.wait(10)
    written = write_articles(second, [(article(2, "berlinpost"), [meeting(OKONKWO, BRANDT, SATO)])])
    writer.join()
    assert not written[0].new and count(first, db.Meeting) == 1
    for sessions in (first, second):
        sessions.kw["bind"].dispose()
