"""Mails print times in Brussels, whatever the time is stored in (UTC from a client):
14:00 in Brussels is 13:00 UTC in winter and 12:00 UTC in summer."""

from datetime import datetime
from datetime import UTC
from fmm_extranet.testing import login_of
from tests.gdpr.test_requests import ask
from tests.registrations.test_registrations import create_activity
from tests.registrations.test_registrations import register
import fmm_extranet.gdpr.store
import pytest


@pytest.mark.parametrize(
    "start, end",
    [
        ("2027-01-14T13:00:00+00:00", "2027-01-14T15:00:00+00:00"),
        ("2027-07-14T12:00:00Z", "2027-07-14T14:00:00Z"),
    ],
    ids=["winter", "summer"],
)
def test_a_confirmation_prints_the_start_in_brussels(as_user, smtp_inbox, start, end):
    url = create_activity(as_user("fede_staff"), start=start, end=end, registration_deadline=None)
    assert register(as_user("nurse_igl"), url).status_code == 201
    (mail,) = smtp_inbox.wait_for_to(login_of("nurse_igl"))
    text = mail.get_body(("plain",)).get_content()
    assert f"({start[8:10]}/{start[5:7]}/2027 14:00)" in text, text


def test_a_gdpr_request_late_in_the_evening_is_dated_in_brussels(as_user, smtp_inbox, monkeypatch):
    # 23:30 UTC on 31 December is already New Year's Day in Brussels.
    monkeypatch.setattr(fmm_extranet.gdpr.store, "now", lambda: datetime(2026, 12, 31, 23, 30, tzinfo=UTC))
    ask(as_user("nurse_igl"), "objection")
    (mail,) = smtp_inbox.wait_for(1)
    assert "le 01/01/2027" in mail.get_content(), mail.get_content()
