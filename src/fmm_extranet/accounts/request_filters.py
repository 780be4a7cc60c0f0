"""Filters of the account requests a reviewer sees: intergroup, house, function.

``read_filters`` refuses unknown values (400, in the one error shape);
``filter_choices`` offers what the reviewer's requests hold, so that every
choice finds something.
"""

from fmm_extranet import _
from fmm_extranet.accounts.requests import intergroups_of
from fmm_extranet.core.errors import FieldErrors
from fmm_extranet.core.vocabularies import registry_terms
from plone import api


FILTERS = ("intergroup", "house", "function")
UNKNOWN = {
    "intergroup": _("Unknown intergroup."),
    "house": _("Unknown medical house."),
    "function": _("Unknown function."),
}


def house_titles(uids):
    """{UID: title} of the medical houses among ``uids``."""
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog.unrestrictedSearchResults(portal_type="MedicalHouse", UID=list(uids))
    return {brain.UID: brain.Title for brain in brains}


def read_filters(form):
    """{name: value} of the filters given in the query string; unknown values are refused."""
    known = {
        "intergroup": lambda value: value in dict(registry_terms("intergroups")),
        "house": lambda value: bool(house_titles([value])),
        "function": lambda value: value in dict(registry_terms("functions")),
    }
    given = {name: form.get(name) for name in FILTERS if form.get(name)}
    errors = FieldErrors()
    for name, value in given.items():
        if not isinstance(value, str):
            errors.add(name, _("Give one value only."))
        elif not known[name](value):
            errors.add(name, UNKNOWN[name])
    errors.refuse_if_any()
    return given


def functions_of(worker):
    return {entry.get("function") for job in worker.jobs() for entry in job.functions or []}


def houses_of(worker):
    return {job.workplace for job in worker.jobs() if job.workplace}


def matches(worker, filters):
    """Whether a request passes every given filter."""
    return (
        ("intergroup" not in filters or filters["intergroup"] in intergroups_of(worker))
        and ("house" not in filters or filters["house"] in houses_of(worker))
        and ("function" not in filters or filters["function"] in functions_of(worker))
    )


def choices(labels, tokens):
    """[{token, title}] of the ``tokens`` that have a label, by title."""
    found = [{"token": token, "title": labels[token]} for token in tokens if token in labels]
    return sorted(found, key=lambda item: item["title"].lower())


def filter_choices(requests):
    """The values of each filter that some of ``requests`` hold."""
    intergroups, houses, functions = set(), set(), set()
    for worker in requests:
        intergroups |= intergroups_of(worker)
        houses |= houses_of(worker)
        functions |= functions_of(worker)
    return {
        "intergroup": choices(dict(registry_terms("intergroups")), intergroups),
        "house": choices(house_titles(houses) if houses else {}, houses),
        "function": choices(dict(registry_terms("functions")), functions),
    }
