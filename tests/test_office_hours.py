import datetime as dt

import pytest

from hirfa.office_hours import MOROCCO, OfficeHours
from hirfa.settings import Settings, SettingsError

HOURS = OfficeHours.parse("mon-fri 08:30-16:30")


def at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    """A moment in December 2026, Moroccan time (Dec 1 is a Tuesday, Dec 4 a Friday, Dec 7 a Monday)."""
    return dt.datetime(2026, 12, day, hour, minute, tzinfo=MOROCCO)


def test_open_inside_the_hours_of_a_working_day() -> None:
    assert HOURS.is_open(at(1, 8, 30))
    assert HOURS.is_open(at(1, 16, 29))
    assert not HOURS.is_open(at(1, 16, 30))
    assert not HOURS.is_open(at(1, 7, 59))


def test_next_opening_is_the_same_morning_or_after_the_weekend() -> None:
    assert HOURS.next_opening(at(1, 7, 0)) == at(1, 8, 30)
    assert HOURS.next_opening(at(1, 18, 0)) == at(2, 8, 30)
    # Friday evening (Dec 4) → Monday morning (Dec 7).
    assert HOURS.next_opening(at(4, 17, 0)) == at(7, 8, 30)
    assert HOURS.next_opening(at(1, 10, 0)) == at(1, 10, 0)


def test_utc_moments_are_read_in_moroccan_time() -> None:
    # 08:00 UTC is 09:00 in Morocco (UTC+1).
    assert HOURS.is_open(dt.datetime(2026, 12, 1, 8, 0, tzinfo=dt.timezone.utc))


def test_a_week_that_wraps_round_sunday() -> None:
    hours = OfficeHours.parse("sat-mon 09:00-12:00")
    assert hours.days == frozenset({5, 6, 0})


@pytest.mark.parametrize("text", ["", "every day", "mon-fri 9-17", "mon-xyz 08:00-12:00", "mon 12:00-08:00", "mon 25:00-26:00"])
def test_bad_hours_are_refused_with_the_setting_named(text: str) -> None:
    with pytest.raises(ValueError):
        OfficeHours.parse(text)
    if text:
        with pytest.raises(SettingsError, match="HIRFA_OFFICE_HOURS"):
            Settings.from_env({"HIRFA_OFFICE_HOURS": text})


def test_the_staff_port_must_be_a_number() -> None:
    assert Settings.from_env({"HIRFA_WEB_PORT": "8123"}).web_port == 8123
    with pytest.raises(SettingsError, match="HIRFA_WEB_PORT"):
        Settings.from_env({"HIRFA_WEB_PORT": "web"})


def test_open_all_day_every_day() -> None:
    hours = OfficeHours.parse("mon-sun 00:00-24:00")
    assert hours.is_open(at(6, 23, 59)) and hours.is_open(at(7, 0, 0))
