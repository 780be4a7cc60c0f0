"""The people a space's forms pick by name (members, coordinators, managers).

The fields hold user ids; the editor sees names and houses. Searching goes through
the worker directory (active workers, by name, as the current user sees them);
the values already held are named whatever the worker's status to those who may
edit the item (a departed member can still be recognised and removed), and only
while active to others. Never an email nor a GSM (SPEC rule 8).
"""

from fmm_extranet import _
from fmm_extranet.core.errors import FieldErrors
from fmm_extranet.core.services import form_values
from fmm_extranet.people.directory import directory
from fmm_extranet.people.workers import worker_of
from plone import api


#: At most this many people answer a search: the editor types more letters.
SEARCH_LIMIT = 20
MIN_QUERY = 2


def person(worker, user_id=None):
    """What the picker shows of a worker: name and houses."""
    return {
        "user_id": user_id or worker.user_id,
        "title": worker.Title(),
        "houses": [job.workplace_title() for job in worker.jobs()],
        "active": worker.status == "active",
    }


def search_people(form):
    """Active workers whose name matches ``q`` (two letters at least)."""
    query = (form.get("q") or "").strip() if isinstance(form.get("q"), str) else None
    if query is None or len(query) < MIN_QUERY:
        errors = FieldErrors()
        errors.add("q", _("Type at least two letters of a name."))
        errors.refuse_if_any()
    found = []
    workers, _record_ids = directory({"q": query})
    for brain in workers:
        worker = brain.getObject()
        if worker.user_id:
            found.append(person(worker))
        if len(found) == SEARCH_LIMIT:
            break
    return found


def named_people(context, form):
    """The user ids given (``user_id=…`` repeated), each with its name; an id naming
    no worker one may see keeps itself as its name."""
    may_edit = api.user.has_permission("Modify portal content", obj=context)
    people = []
    for user_id in form_values(form, "user_id"):
        worker = worker_of(user_id) if isinstance(user_id, str) else None
        if worker is not None and (may_edit or worker.status == "active"):
            people.append(person(worker, user_id))
        else:
            people.append({"user_id": str(user_id), "title": str(user_id), "houses": [], "active": False})
    return people
