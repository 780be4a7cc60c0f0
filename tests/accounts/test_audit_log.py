"""@audit-log: filtered by actor, action and dates, in pages; admins only."""

from datetime import datetime
from datetime import UTC
from fmm_extranet.accounts.audit import audit_log
from fmm_extranet.accounts.audit import key_of
from tests.accounts.test_requests import DENIED
import pytest
import transaction


def write(when, actor, action, about):
    audit_log()[key_of(when)] = {
        "date": when,
        "actor": actor,
        "action": action,
        "about": about,
        "details": {},
    }


@pytest.fixture
def logged(world_portal):
    write(datetime(2026, 3, 1, 23, 59, tzinfo=UTC), "fede_staff", "approved", "gp_igb")
    write(datetime(2026, 3, 2, 0, 0, tzinfo=UTC), "fede_staff", "status_changed", "gp_igb")
    write(datetime(2026, 3, 3, 12, 0, tzinfo=UTC), "site_admin", "erased", "ancien-1")
    write(datetime(2026, 3, 4, 0, 0, tzinfo=UTC), "fede_staff", "approved", "nurse_igl")
    transaction.commit()


def listed(response):
    assert response.status_code == 200, response.text
    return [(e["date"][:10], e["action"]) for e in response.json()["items"]]


def test_filters_by_dates_both_included(as_user, logged):
    admin = as_user("site_admin")
    between = admin.get("@audit-log", params={"start": "2026-03-02", "end": "2026-03-03"})
    assert listed(between) == [("2026-03-03", "erased"), ("2026-03-02", "status_changed")]
    since = admin.get("@audit-log", params={"start": "2026-03-03", "action": "approved"})
    assert [e for e in listed(since) if e[0].startswith("2026")] == [("2026-03-04", "approved")]
    until = admin.get("@audit-log", params={"end": "2026-03-01", "actor": "fede_staff"})
    assert listed(until) == [("2026-03-01", "approved")]


def test_pages_newest_first(as_user, logged):
    admin = as_user("site_admin")
    first = admin.get("@audit-log", params={"end": "2026-03-31", "b_size": 3}).json()
    assert first["items_total"] == 4
    assert [e["date"][:10] for e in first["items"]] == ["2026-03-04", "2026-03-03", "2026-03-02"]
    second = admin.get(first["batching"]["next"]).json()
    assert [e["date"][:10] for e in second["items"]] == ["2026-03-01"]


@pytest.mark.parametrize("params", [{"start": "01/03/2026"}, {"end": "2026-13-01"}, {"start": ["a", "b"]}])
def test_wrong_dates_are_refused(as_user, params):
    response = as_user("site_admin").get("@audit-log", params=params)
    assert response.status_code == 400
    assert {e["field"] for e in response.json()["errors"]} == set(params)
    assert "AAAA-MM-JJ" in response.json()["errors"][0]["message"]


@pytest.mark.parametrize("who", [None, "fede_staff", "gp_igb"])
def test_others_do_not_read_it(as_user, who):
    assert as_user(who).get("@audit-log", params={"start": "2026-03-01"}).status_code in DENIED
