"""Which reports are the same meeting (pure logic of consumers/store/merge.py and consumers/identity.py)."""

from newswatch.consumers.extraction.people import normalize
from newswatch.consumers.identity import same_person
from newswatch.consumers.store.merge import Known, find_same, new_meeting_id, same_people
from newswatch.schemas.models import Meeting, Participant


def _meeting(*names: str, kind: str = "in_person", date: str | None = "2025-11-16") -> Meeting:
    return Meeting(kind=kind, status="occurred", location=None, date=date, topics=[], evidence="x",
                   participants=[Participant(name=n, title=None, country=None) for n in names])


def _known(meeting_id: str, *people: str, kind: str = "in_person", date: str | None = "2025-11-16",
           anchor: str | None = None) -> Known:
    return Known(meeting_id, kind, date, anchor or date, [normalize(p) for p in people])


def test_surname_alone_is_the_same_person_but_another_first_name_is_not() -> None:
    assert same_person("vladimir putin", "putin")
    assert same_person("v putin", "vladimir putin")
    assert not same_person("ana lima", "bo lima")
    assert not same_person("ana lima", "ana costa")


def test_one_report_may_name_fewer_parties_if_two_are_shared() -> None:
    assert same_people(["a x", "b y"], ["b y", "a x", "c z"])
    assert not same_people(["a x", "d w"], ["a x", "b y", "c z"])
    assert not same_people(["a x"], ["a x"])


def test_same_people_same_kind_within_the_window_merge() -> None:
    known = [_known("m1", "ana lima", "bo chen")]
    assert find_same(_meeting("Bo Chen", "Ana Lima"), "2025-11-17", known, window=1).meeting_id == "m1"
    assert find_same(_meeting("Ana Lima", "Bo Chen", date="2025-11-17"), "2025-11-17", known, window=1).meeting_id == "m1"


def test_same_people_on_days_further_apart_are_different_meetings() -> None:
    known = [_known("m1", "ana lima", "bo chen")]
    assert find_same(_meeting("Ana Lima", "Bo Chen", date="2025-11-20"), "2025-11-20", known, window=1) is None
    assert find_same(_meeting("Ana Lima", "Bo Chen", kind="phone_call"), "2025-11-16", known, window=1) is None


def test_undated_report_is_placed_by_its_publication_day() -> None:
    known = [_known("m1", "ana lima", "bo chen")]
    undated = _meeting("Ana Lima", "Bo Chen", date=None)
    assert find_same(undated, "2025-11-18", known, window=1).meeting_id == "m1"
    assert find_same(undated, "2025-11-30", known, window=1) is None


def test_the_closest_meeting_wins_when_several_fit() -> None:
    known = [_known("early", "ana lima", "bo chen", date="2025-11-14"),
             _known("late", "ana lima", "bo chen", date="2025-11-17")]
    assert find_same(_meeting("Ana Lima", "Bo Chen", date=None), "2025-11-17", known, window=1).meeting_id == "late"


def test_new_ids_are_stable_for_the_same_report() -> None:
    m = _meeting("Ana Lima", "Bo Chen")
    assert new_meeting_id(m, "2025-11-17", "a1") == new_meeting_id(_meeting("Bo Chen", "Ana Lima"), "2025-11-17", "a1")
    assert new_meeting_id(m, "2025-11-17", "a1") != new_meeting_id(m, "2025-11-17", "a2")
