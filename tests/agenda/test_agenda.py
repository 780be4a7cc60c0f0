"""The agenda through plone.restapi: @agenda, @agenda/ical and @ical.

Dates are Brussels time: summer time begins on 31 March 2030 and ends on
27 October 2030, so weekly activities around those days keep their local hour
while their UTC offset changes.
"""

from datetime import datetime
from fmm_extranet.upgrades import to_1010
from fmm_extranet.upgrades import to_1011
from icalendar import Calendar
from plone import api
import pytest
import transaction


NURSES = "groupes-sectoriels/infirmiers"
THEMATIC = "thematiques/sante-environnement"
WORKING_GROUP = "groupes-de-travail/gt-ecologie-test"
DENIED = (401, 403)


def uid(portal, path):
    return portal.unrestrictedTraverse(path).UID()


@pytest.fixture
def agenda(world_portal, as_user):
    """Activities of spring and autumn 2030, created by the staff through the API."""
    staff = as_user("fede_staff")
    activities = {
        "nurses_meeting": (
            "agenda",
            {
                "title": "Réunion des infirmier·ère·s",
                "activity_type": "movement",
                "start": "2030-03-21T19:00:00+01:00",
                "end": "2030-03-21T21:00:00+01:00",
                "recurrence": "RRULE:FREQ=WEEKLY;COUNT=4",
                "organiser": uid(world_portal, NURSES),
                "sectors": ["infirmier"],
                "location": "Liège",
            },
        ),
        "dequap_training": (
            "agenda",
            {
                "title": "Formation à l'écoute active",
                "activity_type": "training",
                "start": "2030-04-02T09:00:00+02:00",
                "end": "2030-04-02T17:00:00+02:00",
                "organiser": uid(world_portal, THEMATIC),
                "themes": [uid(world_portal, THEMATIC)],
                "sectors": ["psychologue", "infirmier"],
                "location": "Bruxelles",
            },
        ),
        "network_congress": (
            "agenda",
            {
                "title": "Colloque du réseau santé",
                "activity_type": "network",
                "start": "2030-03-30T00:00:00+01:00",
                "end": "2030-03-30T23:59:00+01:00",
                "whole_day": True,
                "location": "Namur",
            },
        ),
        "autumn_supervision": (
            "agenda",
            {
                "title": "Intervision d'automne",
                "activity_type": "movement",
                "start": "2030-10-17T10:00:00+02:00",
                "end": "2030-10-17T12:00:00+02:00",
                "recurrence": "RRULE:FREQ=WEEKLY;COUNT=3",
                "sectors": ["kinesitherapeute"],
            },
        ),
        "working_group_meeting": (
            WORKING_GROUP,
            {
                "title": "Réunion du GT Écologie",
                "activity_type": "movement",
                "start": "2030-03-25T14:00:00+02:00",
                "end": "2030-03-25T16:00:00+02:00",
            },
        ),
    }
    urls = {}
    for key, (container, body) in activities.items():
        response = staff.post(container, json={"@type": "Activity", **body})
        assert response.status_code == 201, response.text
        urls[key] = response.json()["@id"]
    return urls


def agenda_items(session, path="@agenda", **params):
    response = session.get(path, params=params)
    assert response.status_code == 200, response.text
    return response.json()["items"]


def starts_of(items, url):
    return [item["start"] for item in items if item["@id"] == url]


def test_weekly_recurrence_crosses_month_end_and_spring_dst(as_user, agenda):
    items = agenda_items(as_user("nurse_igl"), start="2030-03-20", end="2030-04-15")
    assert starts_of(items, agenda["nurses_meeting"]) == [
        "2030-03-21T19:00:00+01:00",
        "2030-03-28T19:00:00+01:00",
        "2030-04-04T19:00:00+02:00",
        "2030-04-11T19:00:00+02:00",
    ]
    ends = [i["end"] for i in items if i["@id"] == agenda["nurses_meeting"]]
    assert ends[2] == "2030-04-04T21:00:00+02:00"
    assert [i["title"] for i in items].count("Réunion des infirmier·ère·s") == 4


def test_weekly_recurrence_crosses_autumn_dst(as_user, agenda):
    items = agenda_items(as_user("gp_igb"), start="2030-10-15", end="2030-11-05")
    assert starts_of(items, agenda["autumn_supervision"]) == [
        "2030-10-17T10:00:00+02:00",
        "2030-10-24T10:00:00+02:00",
        "2030-10-31T10:00:00+01:00",
    ]


def test_without_dates_the_agenda_shows_the_coming_month(as_user, world_portal):
    response = as_user("nurse_igl").get("@agenda")
    assert response.status_code == 200, response.text
    agenda = response.json()
    start, end = (datetime.fromisoformat(agenda[key]) for key in ("start", "end"))
    assert (end - start).days == 31
    assert start.date() <= datetime.now(start.tzinfo).date()
    url = world_portal.unrestrictedTraverse("agenda/activity").absolute_url()
    assert url in {i["@id"] for i in agenda["items"]}


def test_only_occurrences_inside_the_range(as_user, agenda):
    items = agenda_items(as_user("gp_igb"), start="2030-03-27", end="2030-04-05")
    assert starts_of(items, agenda["nurses_meeting"]) == [
        "2030-03-28T19:00:00+01:00",
        "2030-04-04T19:00:00+02:00",
    ]
    assert agenda["autumn_supervision"] not in {i["@id"] for i in items}


def test_a_range_keeps_the_days_it_covers_of_its_months(as_user, agenda):
    """Activities are found by month, then kept by day: the training of 2 April is not in
    the agenda, nor in the iCal export, of 3–30 April."""
    nurse = as_user("nurse_igl")
    params = {"start": "2030-04-03", "end": "2030-04-30"}
    items = agenda_items(nurse, **params)
    assert agenda["dequap_training"] not in {i["@id"] for i in items}
    assert starts_of(items, agenda["nurses_meeting"]) == [
        "2030-04-04T19:00:00+02:00",
        "2030-04-11T19:00:00+02:00",
    ]
    calendar = parse_calendar(nurse.get("@agenda/ical", params=params))
    assert [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")] == ["Réunion des infirmier·ère·s"]


def test_an_activity_over_two_months_is_in_both(as_user, agenda):
    body = {
        "@type": "Activity",
        "title": "Week-end de formation",
        "activity_type": "training",
        "start": "2030-05-31T18:00:00+02:00",
        "end": "2030-06-01T12:00:00+02:00",
    }
    response = as_user("fede_staff").post("agenda", json=body)
    assert response.status_code == 201, response.text
    url = response.json()["@id"]
    nurse = as_user("nurse_igl")
    for start, end in (("2030-05-01", "2030-05-31"), ("2030-06-01", "2030-06-30")):
        assert starts_of(agenda_items(nurse, start=start, end=end), url) == ["2030-05-31T18:00:00+02:00"]
    assert starts_of(agenda_items(nurse, start="2030-06-02", end="2030-06-30"), url) == []


def test_short_lines_are_what_the_month_grid_shows(as_user, agenda):
    nurse = as_user("nurse_igl")
    params = {"start": "2030-03-01", "end": "2030-04-30"}
    full = agenda_items(nurse, **params)
    short = agenda_items(nurse, lines="short", **params)
    shown = ("@id", "title", "start", "end", "whole_day", "activity_type", "session_cancelled")
    assert all(sorted(line) == sorted(shown) for line in short)
    assert short == [{key: line[key] for key in shown} for line in full]
    assert len(short) == 7  # 4 nurses' meetings, the training, the congress, the GT's meeting


def test_items_are_sorted_and_complete(as_user, agenda, world_portal):
    items = agenda_items(as_user("wg_outsider"), start="2030-03-20", end="2030-04-15")
    starts = [datetime.fromisoformat(i["start"]) for i in items]
    assert starts == sorted(starts)
    training = next(i for i in items if i["@id"] == agenda["dequap_training"])
    assert training["activity_type"] == {"token": "training", "title": "Formation"}
    assert training["organiser"]["title"] == "Santé et environnement"
    assert training["location"] == "Bruxelles"
    assert training["whole_day"] is False
    assert training["remaining_places"] is None
    congress = next(i for i in items if i["@id"] == agenda["network_congress"])
    assert congress["whole_day"] is True
    assert congress["start"].startswith("2030-03-30T00:00:00")


FILTER_CASES = {
    "type": ({"activity_type": "network"}, {"network_congress"}),
    "sector": ({"sector": "infirmier"}, {"nurses_meeting", "dequap_training"}),
    "type_and_sector": (
        {"activity_type": "movement", "sector": "infirmier"},
        {"nurses_meeting"},
    ),
    "organiser": ({"organiser": NURSES}, {"nurses_meeting"}),
    "theme_and_sector": (
        {"theme": THEMATIC, "sector": "psychologue"},
        {"dequap_training"},
    ),
    "theme_and_type_exclude": ({"theme": THEMATIC, "activity_type": "movement"}, set()),
    "words": ({"SearchableText": "colloque"}, {"network_congress"}),
    "words_and_type": (
        {"SearchableText": "réunion", "activity_type": "movement"},
        {"nurses_meeting", "working_group_meeting"},
    ),
    "two_types": ({"activity_type": ["network", "training"]}, {"network_congress", "dequap_training"}),
}


@pytest.mark.parametrize("case", FILTER_CASES, ids=list(FILTER_CASES))
def test_filters_combine(as_user, agenda, world_portal, case):
    params, expected = FILTER_CASES[case]
    params = {
        key: uid(world_portal, value) if key in ("organiser", "theme") else value
        for key, value in params.items()
    }
    items = agenda_items(as_user("nurse_igl"), start="2030-03-01", end="2030-12-31", **params)
    found = {key for key, url in agenda.items() if url in {i["@id"] for i in items}}
    assert found == expected


def test_group_space_agenda_keeps_what_it_organises_or_holds(as_user, agenda):
    organised = agenda_items(as_user("nurse_igl"), f"{NURSES}/@agenda", start="2030-03-01", end="2030-12-31")
    assert {i["@id"] for i in organised} == {agenda["nurses_meeting"]}
    held = agenda_items(
        as_user("wg_member"), f"{WORKING_GROUP}/@agenda", start="2030-03-01", end="2030-12-31"
    )
    assert {i["@id"] for i in held} == {agenda["working_group_meeting"]}


def test_agenda_of_a_restricted_space_follows_the_space(as_user, agenda):
    """Its activities stay in the main agenda, but the space's page is its members'."""
    outsider = as_user("wg_outsider")
    assert outsider.get(f"{WORKING_GROUP}/@agenda").status_code in DENIED
    items = agenda_items(outsider, start="2030-03-01", end="2030-12-31")
    assert agenda["working_group_meeting"] in {i["@id"] for i in items}


def test_a_line_follows_the_edits_of_its_activity(as_user, agenda, world_portal):
    """Lines are made from the catalog: an edit shows at once, filters included."""
    url = agenda["dequap_training"]
    edit = {"sectors": ["kinesitherapeute"], "organiser": uid(world_portal, NURSES), "whole_day": True}
    assert as_user("fede_staff").patch(url, json=edit).status_code == 204
    nurse = as_user("nurse_igl")
    line = next(i for i in agenda_items(nurse, start="2030-04-01", end="2030-04-03") if i["@id"] == url)
    assert line["sectors"] == ["kinesitherapeute"]
    assert line["organiser"]["title"] == "Infirmier·ère·s"
    assert line["whole_day"] is True
    found = agenda_items(nurse, start="2030-03-01", end="2030-12-31", sector="psychologue")
    assert url not in {i["@id"] for i in found}
    organised = agenda_items(nurse, f"{NURSES}/@agenda", start="2030-03-01", end="2030-12-31")
    assert url in {i["@id"] for i in organised}


def test_upgrade_1010_gives_an_older_site_its_lines(as_user, agenda, world_portal):
    transaction.begin()  # sees the activities the fixture made through HTTP
    catalog = api.portal.get_tool("portal_catalog")
    catalog.delColumn("fmm_activity_facts")  # as before 1010
    transaction.commit()
    to_1010(api.portal.get_tool("portal_setup"))
    transaction.commit()
    items = agenda_items(as_user("nurse_igl"), start="2030-03-20", end="2030-04-15")
    training = next(i for i in items if i["@id"] == agenda["dequap_training"])
    assert (training["sectors"], training["activity_type"]["token"]) == (
        ["psychologue", "infirmier"],
        "training",
    )
    assert len(starts_of(items, agenda["nurses_meeting"])) == 4


def test_upgrade_1011_finds_an_older_sites_activities_by_month(as_user, agenda):
    transaction.begin()
    api.portal.get_tool("portal_catalog").delIndex("fmm_agenda_months")  # as before 1011
    transaction.commit()
    to_1011(api.portal.get_tool("portal_setup"))
    transaction.commit()
    items = agenda_items(as_user("nurse_igl"), start="2030-10-01", end="2030-10-31")
    assert starts_of(items, agenda["autumn_supervision"]) == [
        "2030-10-17T10:00:00+02:00",
        "2030-10-24T10:00:00+02:00",
        "2030-10-31T10:00:00+01:00",
    ]


BAD_REQUESTS = {
    "bad_date": ({"start": "2030-13-45"}, "2030-13-45"),
    "not_a_date": ({"start": "demain"}, "demain"),
    "end_before_start": ({"start": "2030-04-01", "end": "2030-03-01"}, None),
    "range_too_long": ({"start": "2030-01-01", "end": "2031-06-01"}, None),
    "unknown_type": ({"activity_type": "party"}, "party"),
    "unknown_sector": ({"sector": "astronaute"}, "astronaute"),
    "unknown_organiser": ({"organiser": "no-such-uid"}, "no-such-uid"),
    "unknown_theme": ({"theme": "no-such-theme"}, "no-such-theme"),
    "two_texts": ({"SearchableText": ["réunion", "colloque"]}, None),
    "two_starts": ({"start": ["2030-01-01", "2030-02-01"]}, None),
    "unknown_lines": ({"lines": "long"}, "short"),
}


@pytest.mark.parametrize("case", BAD_REQUESTS, ids=list(BAD_REQUESTS))
def test_bad_input_is_a_clear_400(as_user, case):
    params, mentioned = BAD_REQUESTS[case]
    response = as_user("nurse_igl").get("@agenda", params=params)
    assert response.status_code == 400, response.text
    message = response.json()["message"]
    assert message
    if mentioned:
        assert mentioned in message


@pytest.mark.parametrize("who", [None, "pending_worker", "left_worker"])
def test_agenda_is_closed_to_outsiders(as_user, agenda, who):
    session = as_user(who)
    assert session.get("@agenda").status_code in DENIED
    assert session.get("@agenda/ical").status_code in DENIED
    assert session.get(f"{agenda['nurses_meeting']}/@ical").status_code in DENIED


def parse_calendar(response):
    assert response.status_code == 200, response.text
    assert response.headers["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content)


def test_ical_of_one_activity_keeps_its_recurrence(as_user, agenda):
    response = as_user("gp_igb").get(f"{agenda['nurses_meeting']}/@ical")
    calendar = parse_calendar(response)
    events = calendar.walk("VEVENT")
    assert len(events) == 1
    event = events[0]
    assert str(event["SUMMARY"]) == "Réunion des infirmier·ère·s"
    assert str(event["LOCATION"]) == "Liège"
    start = event.decoded("DTSTART")
    assert (start.hour, start.utcoffset().total_seconds()) == (19, 3600)
    assert event["RRULE"]["FREQ"] == ["WEEKLY"] and event["RRULE"]["COUNT"] == [4]
    assert str(event["URL"]) == agenda["nurses_meeting"]


def test_agenda_ical_exports_the_filtered_activities(as_user, agenda):
    response = as_user("nurse_igl").get(
        "@agenda/ical",
        params={"start": "2030-03-01", "end": "2030-12-31", "sector": "infirmier"},
    )
    calendar = parse_calendar(response)
    summaries = sorted(str(e["SUMMARY"]) for e in calendar.walk("VEVENT"))
    assert summaries == ["Formation à l'écoute active", "Réunion des infirmier·ère·s"]
    assert calendar.walk("VTIMEZONE")[0]["TZID"] == "Europe/Brussels"


def test_agenda_ical_refuses_bad_input(as_user):
    response = as_user("nurse_igl").get("@agenda/ical", params={"sector": "astronaute"})
    assert response.status_code == 400
    assert "astronaute" in response.json()["message"]
    assert as_user("nurse_igl").get("@agenda/other").status_code == 404
