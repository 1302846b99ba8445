from newswatch.consumers.merge import meeting_id
from newswatch.schemas.models import Meeting, Participant


def _meeting(*names: str, kind: str = "in_person", date: str | None = "2025-11-16") -> Meeting:
    return Meeting(kind=kind, status="occurred", location=None, date=date, topics=[], evidence="x",
                   participants=[Participant(name=n, title=None, country=None) for n in names])


def test_same_people_same_day_same_kind_is_one_meeting_in_any_order() -> None:
    assert meeting_id(_meeting("Ana Lima", "Bo Chen"), None) == meeting_id(_meeting("Bo Chen", "Ana Lima"), None)


def test_spelling_variants_merge_through_the_normalised_form() -> None:
    a = _meeting("Ana Lima", "Bo Chen")
    b = _meeting("Ana Lima", "Bo Chen")
    b.participants[1] = Participant(name="Bo-Chén", normalized="bo chen", title=None, country=None)
    assert meeting_id(a, None) == meeting_id(b, None)


def test_other_day_or_kind_is_another_meeting() -> None:
    base = meeting_id(_meeting("Ana Lima", "Bo Chen"), None)
    assert meeting_id(_meeting("Ana Lima", "Bo Chen", date="2025-11-17"), None) != base
    assert meeting_id(_meeting("Ana Lima", "Bo Chen", kind="phone_call"), None) != base


def test_undated_meetings_fall_back_to_the_report_date() -> None:
    undated = _meeting("Ana Lima", "Bo Chen", date=None)
    assert meeting_id(undated, "2025-11-16") == meeting_id(_meeting("Ana Lima", "Bo Chen"), None)
    assert meeting_id(undated, "2025-11-17") != meeting_id(undated, "2025-11-16")
