"""The worker's own profile, and the shortcuts ("blue buttons") it generates."""

from Acquisition import aq_parent
from fmm_extranet import _
from fmm_extranet.accounts import now
from fmm_extranet.accounts.person import clean_name
from fmm_extranet.accounts.workers import account_record
from fmm_extranet.accounts.workers import read_account_record
from fmm_extranet.core.errors import FieldErrors
from fmm_extranet.core.errors import Refusal
from fmm_extranet.core.vocabularies import medical_house_label
from fmm_extranet.spaces.content import ISectoralGroup
from plone import api
from plone.restapi.interfaces import IDeserializeFromJson
from zExceptions import BadRequest
from zope.component import getMultiAdapter
from zope.interface import Interface


#: What a worker changes in their profile (their email changes through an activation link).
PROFILE_FIELDS = (
    "first_name",
    "last_name",
    "mobile",
    "photo",
    "subscriptions",
    "expertise",
    "internship_supervisor",
    "newsletter",
    "digest",
)
#: What the guide asks a new worker to fill in at first login ("Votre meilleur profil").
COMPLETION_FIELDS = ("photo", "mobile", "subscriptions")


def update_profile(worker, data, request):
    """Change the worker's own fields, validated like any edit of the Worker."""
    errors = FieldErrors()
    for name in sorted(set(data) - set(PROFILE_FIELDS)):
        errors.add(name, _("This field cannot be changed in the profile."))
    for name in ("first_name", "last_name"):
        if name in data:
            data[name] = clean_name(data[name], name, errors)
    errors.refuse_if_any()
    deserializer = getMultiAdapter((worker, request), IDeserializeFromJson)
    try:
        deserializer(data=data)
    except BadRequest as error:
        problems = error.args[0] if error.args and isinstance(error.args[0], list) else []
        raise Refusal(
            _("Some fields are not valid."),
            [{"field": p.get("field"), "message": p["message"]} for p in problems],
        ) from None
    account_record(worker)["profile_completed"] = now()


def profile_completion(worker):
    """Until the worker first saves their profile, the frontend leads them to it."""
    return {
        "required": "profile_completed" not in read_account_record(worker),
        "missing": [name for name in COMPLETION_FIELDS if not getattr(worker, name, None)],
    }


class IShortcutDetails(Interface):
    """What another capability adds to the shortcuts of ``@my-shortcuts`` (named utility)."""

    def add(worker, items):
        """Add keys to the shortcut ``items`` (``{"title", "@id", "kind", "UID"}``), in place."""


def shortcut(brain, kind, title=None):
    return {"title": title or brain.Title, "@id": brain.getURL(), "kind": kind, "UID": brain.UID}


def shortcuts(worker):
    """The worker's intergroups, MMs, sectoral groups and subscribed themes they may open."""
    catalog = api.portal.get_tool("portal_catalog")
    jobs = worker.jobs()
    houses = [h for h in (job.workplace_object() for job in jobs) if h is not None]
    intergroup_codes = {house.intergroup for house in houses}
    functions = {entry.get("function") for job in jobs for entry in job.functions or []}
    items = [
        shortcut(brain, "intergroup")
        for brain in catalog(portal_type="Intergroup", sort_on="sortable_title")
        if brain.getObject().code in intergroup_codes
    ]
    if houses:
        items += [
            shortcut(brain, "medical_house", medical_house_label(brain))
            for brain in catalog(UID=[h.UID() for h in houses], sort_on="sortable_title")
        ]
    items += [
        shortcut(brain, "sectoral_group")
        for brain in catalog(portal_type="SectoralGroup", sort_on="sortable_title")
        if is_profession_group(brain.getObject(), functions)
    ]
    if worker.subscriptions:
        items += [
            shortcut(brain, "thematic")
            for brain in catalog(
                UID=list(worker.subscriptions), portal_type="Thematic", sort_on="sortable_title"
            )
        ]
    return items


def is_profession_group(group, functions):
    """A profession's main group (not one of its local sub-groups) for these functions."""
    return group.profession in functions and not ISectoralGroup.providedBy(aq_parent(group))
