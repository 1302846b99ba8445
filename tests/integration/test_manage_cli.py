"""`newswatch subscriptions …` and `newswatch meetings …` as an operator uses them."""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import subprocess
import sys

from sqlalchemy import select

from newswatch import db
from newswatch.consumers.store import write_article
from newswatch.settings import Settings
from tests.integration.test_alerts import BRANDT, OKONKWO, SATO, Receiver, article, meeting


def newswatch(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newswatch.cli", *args], capture_output=True, text=True, timeout=120)


def test_subscriptions_lifecycle(settings: Settings) -> None:
    receiver = Receiver()
    try:
        hook = f"{receiver.url}/T0123/s3cr3t-path-token?key=s3cr3t-query-token"
        added = newswatch("subscriptions", "add", "desk", "--channel", "webhook", "--target", hook,
                          "--country", "ng", "--min-sources", "2", "--updates", "status")
        assert added.returncode == 0, added.stderr
        assert "signing secret" in added.stdout
        bad = newswatch("subscriptions", "add", "oops", "--channel", "email", "--target", "not-an-address")
        assert bad.returncode == 2 and "address" in bad.stderr
        duplicate = newswatch("subscriptions", "add", "desk", "--channel", "console")
        assert duplicate.returncode == 2 and "exists" in duplicate.stderr

        listing = newswatch("subscriptions", "list", "--json").stdout
        assert "s3cr3t" not in listing + newswatch("subscriptions", "list").stdout
        listed = json.loads(listing)
        desk = next(s for s in listed if s["name"] == "desk")
        assert desk["target"] == receiver.url.rsplit("/", 1)[0] + "/hook/…?…"
        assert desk["filters"] == {"countries": ["NG"], "min_sources": 2} and desk["updates"] == "status"
        assert {s["name"] for s in listed} >= {"alerts-topic", "console", "desk"}

        tested = newswatch("subscriptions", "test", "desk")
        assert tested.returncode == 0 and "HTTP 200" in tested.stdout
        assert json.loads(receiver.requests[0][1])["alert_kind"] == "test"

        # A lost secret is replaced: the next alert verifies with the new one only.
        first = re.search(r"\b[0-9a-f]{64}\b", added.stdout)[0]
        rotated = newswatch("subscriptions", "rotate-secret", "desk")
        assert rotated.returncode == 0, rotated.stderr
        second = re.search(r"\b[0-9a-f]{64}\b", rotated.stdout)[0]
        assert second != first
        assert newswatch("subscriptions", "test", "desk").returncode == 0
        headers, body = receiver.requests[-1][0], receiver.requests[-1][1]
        signed = headers["x-newswatch-timestamp"].encode() + b"." + body
        signature = headers["x-newswatch-signature"].removeprefix("sha256=")
        assert signature == hmac.new(second.encode(), signed, hashlib.sha256).hexdigest()
        assert signature != hmac.new(first.encode(), signed, hashlib.sha256).hexdigest()
        console = newswatch("subscriptions", "rotate-secret", "console")
        assert console.returncode == 2 and "only webhooks" in console.stderr

        sessions = db.connect(settings)  # a meeting in Nigeria, reported twice: an alert for desk waits
        write_article(sessions, article(1, "lagosdaily"), [meeting(OKONKWO, BRANDT)])
        write_article(sessions, article(2, "berlinpost"), [meeting(OKONKWO, BRANDT)])
        assert newswatch("subscriptions", "remove", "desk").returncode == 0
        with sessions() as session:
            states = session.scalars(select(db.Delivery.state).join(db.Subscription)
                                     .where(db.Subscription.name == "desk")).all()
        assert states == ["cancelled"]  # never sent to a subscription that is gone
        assert "desk" not in newswatch("subscriptions", "list").stdout
        assert "desk (removed)" in newswatch("subscriptions", "list", "--all").stdout
        assert newswatch("subscriptions", "remove", "nobody").returncode == 2
    finally:
        receiver.close()


def test_meetings_list_and_show(settings: Settings) -> None:
    sessions = db.connect(settings)
    write_article(sessions, article(1, "lagosdaily"), [meeting(OKONKWO, BRANDT)])
    write_article(sessions, article(2, "berlinpost"), [meeting(OKONKWO, BRANDT)])
    write_article(sessions, article(3, "tokyotimes", published="2025-03-12"),
                  [meeting(SATO, BRANDT, kind="phone_call", date="2025-03-12", location=None)])

    table = newswatch("meetings", "list").stdout
    assert table.splitlines()[0].split()[:4] == ["meeting", "date", "kind", "status"]
    assert "Amara Okonkwo (NG)" in table and "2/2" in table

    only_japan = json.loads(newswatch("meetings", "list", "--country", "jp", "--json").stdout)
    assert [m["kind"] for m in only_japan] == ["phone_call"]
    by_person = json.loads(newswatch("meetings", "list", "--participant", "Okonkwo", "--json").stdout)
    assert len(by_person) == 1 and by_person[0]["independent_sources"] == 2

    since = json.loads(newswatch("meetings", "list", "--since", "2025-03-12", "--json").stdout)
    assert [m["kind"] for m in since] == ["phone_call"]
    assert len(json.loads(newswatch("meetings", "list", "--since", "3650 days", "--json").stdout)) == 2
    refused = newswatch("meetings", "list", "--since", "last week")
    assert refused.returncode == 2 and "no day" in refused.stderr  # not "(none)", as if there were no meetings

    shown = json.loads(newswatch("meetings", "show", by_person[0]["meeting_id"]).stdout)
    assert [s["publisher"] for s in shown["sources"]] == ["lagosdaily", "berlinpost"]
    assert {d["state"] for d in shown["deliveries"]} == {"pending"}
    assert all(d["log"] == [] for d in shown["deliveries"])  # nothing attempted yet

    assert newswatch("dispatch", "--once").returncode == 0  # console and topic: each tried once
    shown = json.loads(newswatch("meetings", "show", by_person[0]["meeting_id"]).stdout)
    attempted = [d for d in shown["deliveries"] if d["log"]]
    assert attempted and all(len(d["log"]) == d["attempts"] for d in attempted)
    assert all({"at", "ok", "detail"} <= set(entry) for d in attempted for entry in d["log"])
    assert newswatch("meetings", "show", "0" * 16).returncode == 2


def test_a_subscription_added_after_the_meetings_hears_of_them_by_replay(settings: Settings) -> None:
    sessions = db.connect(settings)
    write_article(sessions, article(1, "lagosdaily"), [meeting(OKONKWO, BRANDT)])
    write_article(sessions, article(3, "tokyotimes", published="2025-03-12"),
                  [meeting(SATO, BRANDT, kind="phone_call", date="2025-03-12", location=None)])
    assert newswatch("subscriptions", "add", "late", "--channel", "console", "--country", "jp").returncode == 0
    owed = select(db.Delivery).join(db.Subscription).where(db.Subscription.name == "late")
    with sessions() as session:
        assert session.scalars(owed).all() == []  # added after: nothing was owed to it
    replayed = newswatch("subscriptions", "replay", "late", "--since", "2025-01-01")
    assert replayed.returncode == 0 and "queued 1 alert" in replayed.stdout, replayed.stderr
    again = newswatch("subscriptions", "replay", "late", "--since", "2025-01-01")
    assert "queued 0 alert" in again.stdout  # no alert twice
    with sessions() as session:
        [delivery] = session.scalars(owed).all()
    assert (delivery.alert_kind, delivery.payload["meeting"]["kind"]) == ("new", "phone_call")
    assert newswatch("subscriptions", "replay", "nobody", "--since", "today").returncode == 2


def test_a_country_a_later_report_fills_in_is_found_by_country(settings: Settings) -> None:
    sessions = db.connect(settings)
    first = meeting(OKONKWO, BRANDT)
    first.participants[1].country = None
    write_article(sessions, article(1, "lagosdaily"), [first])
    assert json.loads(newswatch("meetings", "list", "--country", "DE", "--json").stdout) == []
    write_article(sessions, article(2, "berlinpost"), [meeting(OKONKWO, BRANDT)])
    [found] = json.loads(newswatch("meetings", "list", "--country", "DE", "--json").stdout)
    assert found["reports"] == 2
