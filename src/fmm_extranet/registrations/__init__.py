"""Registrations to activities: storage, rules, notices, and what attendance opens.

Each Activity keeps its registrations in an annotation, a ``RegistrationBook``.
Every change rewrites the book itself (its ``revision``) and the book has
no conflict resolution: two transactions changing the registrations of one
activity at the same time conflict, and Zope retries the later one, which then
sees the places the first one took. Capacity is never exceeded, nobody is lost.
The services first ``wait_for_the_book``, so that a burst of registrations queues
instead of exhausting Zope's retries.
"""

from Acquisition import aq_chain
from Acquisition import aq_inner
from BTrees.OOBTree import OOBTree
from datetime import datetime
from datetime import UTC
from fmm_extranet import _
from fmm_extranet.access.local_roles import apply_local_roles
from fmm_extranet.access.local_roles import may_hold_roles
from fmm_extranet.activities.content import IActivity
from fmm_extranet.catalogue.content import IFormation
from fmm_extranet.core.errors import Refusal
from fmm_extranet.core.locks import exclusive
from fmm_extranet.core.mail import send
from fmm_extranet.core.utils import localized
from fmm_extranet.core.vocabularies import term_label
from fmm_extranet.people.workers import worker_of
from fmm_extranet.registrations.behaviors import IParticipantsOnly
from persistent import Persistent
from plone import api
from plone.base.interfaces import IWorkflowChain
from plone.event.interfaces import IEventAccessor
from plone.event.interfaces import IICalendar
from plone.event.interfaces import IRecurrenceSupport
from plone.indexer import indexer
from Products.CMFCore.interfaces import IFolderish
from Products.CMFCore.interfaces import IWorkflowTool
from Products.CMFPlone.workflow import ToolWorkflowChain
from zope.annotation.interfaces import IAnnotations
from zope.component import adapter
from zope.i18nmessageid import Message
from zope.interface import implementer
from zope.interface import Interface


CONFIRMED = "confirmed"
WAITING = "waiting"
CANCELLED = "cancelled"
ACTIVE_STATES = (CONFIRMED, WAITING)
ANNOTATION_KEY = "fmm_extranet.registrations"
RESTRICTED_WORKFLOW = "fmm_restricted_workflow"
SESSION_CANCELLED = _("This session is cancelled.")


class RegistrationRefused(Refusal):
    """A registration rule says no; ``message`` (translatable) says why (a 400)."""


class IRegistration(Interface):
    """One worker's registration to one activity."""


@implementer(IRegistration)
class Registration(Persistent):
    __doc__ = IRegistration.__doc__

    def __init__(self, user_id, state, answers, number):
        self.user_id = user_id
        self.state = state
        self.answers = dict(answers or {})
        self.number = number  # order of arrival: the waiting list is served by it
        self.registered = datetime.now(UTC)
        self.cancelled = None
        self.attended = False


class RegistrationBook(Persistent):
    """The registrations of one activity, by user id."""

    def __init__(self):
        self.entries = OOBTree()
        self.revision = 0

    def changed(self):
        """Write the book itself, so that concurrent changes conflict."""
        self.revision += 1

    def get(self, user_id):
        return self.entries.get(user_id)

    def in_state(self, state):
        return sorted(
            (r for r in self.entries.values() if r.state == state),
            key=lambda r: r.number,
        )

    def all(self):
        return sorted(self.entries.values(), key=lambda r: r.number)


def book_of(activity, create=False):
    annotations = IAnnotations(activity)
    book = annotations.get(ANNOTATION_KEY)
    if book is None and create:
        book = annotations[ANNOTATION_KEY] = RegistrationBook()
    return book


def wait_for_the_book(activity):
    """Go on in a fresh transaction once no other request changes this activity's
    registrations (``core.locks.exclusive``, across the processes of a cluster)."""
    exclusive(f"registrations:{activity.UID()}")


def registrations_of(activity):
    """Every registration of an activity, cancelled ones included, in order of arrival."""
    book = book_of(activity)
    return book.all() if book is not None else []


def registration_of(activity, user_id):
    book = book_of(activity)
    return book.get(user_id) if book is not None else None


def remaining_places(activity):
    """Free places, or None when registration is closed or places are unlimited."""
    if not activity.registration_enabled or not activity.capacity:
        return None
    book = book_of(activity)
    taken = len(book.in_state(CONFIRMED)) if book is not None else 0
    return max(activity.capacity - taken, 0)


def registration_closes(activity):
    """The deadline, or else the start of the activity (its first occurrence)."""
    return localized(activity.registration_deadline or activity.start)


# Rules


def register(activity, user_id, answers=None):
    """Register a worker: confirmed while places remain, then waiting or refused."""
    if activity.session_cancelled:
        raise RegistrationRefused(SESSION_CANCELLED)
    if not activity.registration_enabled:
        raise RegistrationRefused(_("Registration is not open for this activity."))
    if datetime.now(UTC) > registration_closes(activity):
        raise RegistrationRefused(_("Registration for this activity is closed."))
    if worker_of(user_id) is None:
        raise RegistrationRefused(_("Only workers with a profile may register."))
    book = book_of(activity, create=True)
    previous = book.get(user_id)
    if previous is not None and previous.state in ACTIVE_STATES:
        raise RegistrationRefused(_("You are already registered to this activity."))
    if remaining_places(activity) != 0:
        state = CONFIRMED
    elif activity.waiting_list:
        state = WAITING
    else:
        raise RegistrationRefused(_("This activity is full."))
    book.changed()
    registration = Registration(user_id, state, answers, number=book.revision)
    book.entries[user_id] = registration
    activity.reindexObject(idxs=["fmm_registrants"])
    send_notice(activity, registration, state)
    return registration


def cancel(activity, user_id):
    """Cancel a registration; a freed place goes to the first person waiting."""
    registration = registration_of(activity, user_id)
    if registration is None or registration.state not in ACTIVE_STATES:
        raise RegistrationRefused(_("You are not registered to this activity."))
    had_attended = registration.attended
    registration.state = CANCELLED
    registration.cancelled = datetime.now(UTC)
    registration.attended = False
    book_of(activity).changed()
    send_notice(activity, registration, CANCELLED)
    fill_places(activity)
    if had_attended:
        open_formation_documents(activity)
    return registration


def fill_places(activity):
    """Confirm waiting people, first come first served, while places remain."""
    book = book_of(activity)
    if book is None:
        return []
    promoted = []
    for registration in book.in_state(WAITING):
        if remaining_places(activity) == 0:
            break
        registration.state = CONFIRMED
        promoted.append(registration)
        send_notice(activity, registration, "promoted")
    if promoted:
        book.changed()
    return promoted


def mark_attendance(activity, user_ids, attended=True):
    """Mark confirmed participants as having attended (or not); all or nothing."""
    book = book_of(activity)
    registrations = [book.get(user_id) if book is not None else None for user_id in user_ids]
    strangers = [
        user_id
        for user_id, registration in zip(user_ids, registrations, strict=True)
        if registration is None or registration.state != CONFIRMED
    ]
    if strangers:
        raise RegistrationRefused(
            _(
                "Not confirmed participants of this activity: ${users}",
                mapping={"users": ", ".join(strangers)},
            )
        )
    for registration in registrations:
        registration.attended = attended
    if registrations:
        book.changed()
        open_formation_documents(activity)
    return registrations


def cancel_session(activity):
    """The organisers cancel the activity: registration closes, every confirmed and
    waiting person is told (one mail each); the registrations are kept, cancelled."""
    if activity.session_cancelled:
        raise RegistrationRefused(_("This session is already cancelled."))
    told = [r for r in registrations_of(activity) if r.state in ACTIVE_STATES]
    now = datetime.now(UTC)
    for registration in told:
        registration.state = CANCELLED
        registration.cancelled = now
        send_notice(activity, registration, "session_cancelled")
    if told:
        book_of(activity).changed()
    activity.session_cancelled = True
    activity.registration_enabled = False
    activity.reindexObject()
    return told


def message_participants(activity, subject, text, states):
    """Mail the organisers' message to the participants in ``states``, one mail each
    from the extranet's address (nobody sees another's address); returns how many."""
    recipients = [r for r in registrations_of(activity) if r.state in states]
    sent = 0
    for registration in recipients:
        worker = worker_of(registration.user_id)
        if worker is None or not worker.email:
            continue
        body = Message(
            ORGANISERS_MESSAGE,
            mapping={**notice_mapping(activity, worker), "message": text},
        )
        send(worker.email, subject, body)
        sent += 1
    return sent


# Who registered


def participant_details(user_id, with_mobile=False):
    """Names, workplaces and functions of a participant (never the email), from their
    profile; their GSM too ``with_mobile`` (the staff's right only, SPEC rule 8)."""
    worker = worker_of(user_id)
    if worker is None:
        details = {"first_name": "", "last_name": user_id, "workplaces": [], "functions": []}
        return {**details, "mobile": ""} if with_mobile else details
    jobs = worker.jobs()
    functions = {f.get("function") for job in jobs for f in job.functions or []}
    details = {
        "first_name": worker.first_name,
        "last_name": worker.last_name,
        "workplaces": [job.workplace_title() for job in jobs],
        "functions": sorted(term_label("functions", token) for token in functions),
    }
    if with_mobile:
        details["mobile"] = worker.mobile or ""
    return details


@indexer(IActivity)
def registrants(activity):
    """User ids of everyone with a registration (any state): "my registrations"."""
    book = book_of(activity)
    return list(book.entries.keys()) if book is not None else []


def is_over(activity):
    """Whether the last occurrence of an activity has ended."""
    now = datetime.now(UTC)
    upcoming = IRecurrenceSupport(activity).occurrences(range_start=now)
    return next(iter(upcoming), None) is None


# Notices by email

NOTICES = {
    CONFIRMED: (
        _("notice_confirmed_subject", default="Registration confirmed: ${title}"),
        _(
            "notice_confirmed_body",
            default='Hello ${name},\n\nYour registration to "${title}" (${when}) is confirmed.\n\n${url}',
        ),
    ),
    WAITING: (
        _("notice_waiting_subject", default="Waiting list: ${title}"),
        _(
            "notice_waiting_body",
            default='Hello ${name},\n\n"${title}" (${when}) is full. You are on the '
            "waiting list; we will write to you as soon as a place is free.\n\n${url}",
        ),
    ),
    "promoted": (
        _("notice_promoted_subject", default="A place is free: ${title}"),
        _(
            "notice_promoted_body",
            default="Hello ${name},\n\nA place became free: your registration to "
            '"${title}" (${when}) is now confirmed.\n\n${url}',
        ),
    ),
    CANCELLED: (
        _("notice_cancelled_subject", default="Registration cancelled: ${title}"),
        _(
            "notice_cancelled_body",
            default='Hello ${name},\n\nYour registration to "${title}" (${when}) is cancelled.\n\n${url}',
        ),
    ),
    "session_cancelled": (
        _("notice_session_cancelled_subject", default="Session cancelled: ${title}"),
        _(
            "notice_session_cancelled_body",
            default='Hello ${name},\n\nThe organisers have cancelled "${title}" (${when}). '
            "Your registration is cancelled; there is nothing else to do.\n\n${url}",
        ),
    ),
}
#: The notices that carry the activity in an ``.ics`` file (the participant takes part).
WITH_CALENDAR = (CONFIRMED, "promoted")
ORGANISERS_MESSAGE = _(
    "notice_organisers_message_body",
    default='${message}\n\n--\nA message from the organisers of "${title}" (${when}), '
    "to its participants.\n${url}",
)


def starts_at(activity):
    """The start of ``activity`` as mails print it: Brussels time, whatever it is stored in."""
    return localized(IEventAccessor(activity).start).strftime("%d/%m/%Y %H:%M")


def notice_mapping(activity, worker):
    return {
        "name": worker.first_name,
        "title": activity.Title(),
        "when": starts_at(activity),
        "url": activity.absolute_url(),
    }


def calendar_file(activity):
    """The activity as an ``.ics`` attachment (plone.app.event's export, as the agenda's)."""
    calendar = IICalendar(activity)
    calendar.add("method", "PUBLISH")
    return (f"{activity.getId()}.ics", "text/calendar", calendar.to_ical().decode("utf-8"))


def send_notice(activity, registration, kind):
    """Mail the participant what happened to their registration (sent on commit)."""
    worker = worker_of(registration.user_id)
    if worker is None or not worker.email:
        return
    mapping = notice_mapping(activity, worker)
    subject, body = (Message(message, mapping=mapping) for message in NOTICES[kind])
    attachments = [calendar_file(activity)] if kind in WITH_CALENDAR else []
    send(worker.email, subject, body, attachments)


# Formation documents reserved to attendees


def formation_of(obj):
    """The Formation holding ``obj``, if any."""
    for item in aq_chain(aq_inner(obj))[1:]:
        if IFormation.providedBy(item):
            return item
    return None


def formation_sessions(container):
    """The activities inside ``container`` at any depth, read from the containers.

    Never from the catalog: the formation's indexer calls this, and a search through
    the catalog tool would process the pending indexing queue from inside it.
    """
    for item in container.objectValues():
        if IActivity.providedBy(item):
            yield item
        if IFolderish.providedBy(item):
            yield from formation_sessions(item)


def formation_attendees(formation):
    """User ids marked as having attended one of the formation's sessions."""
    return sorted(
        {
            registration.user_id
            for activity in formation_sessions(formation)
            for registration in registrations_of(activity)
            if registration.attended
        }
    )


class AttendeesReadFormation:
    """Attendees of a formation's sessions read it all, restricted folders included."""

    def __init__(self, formation):
        self.formation = formation

    @property
    def roles(self):
        return {
            user_id: ("Reader",) for user_id in formation_attendees(self.formation) if may_hold_roles(user_id)
        }


attendees_index = indexer(IFormation)(formation_attendees)


@adapter(IParticipantsOnly, IWorkflowTool)
@implementer(IWorkflowChain)
def participants_workflow_chain(folder, workflow_tool):
    """A folder of a formation reserved to participants follows the restricted workflow."""
    if folder.participants_only and formation_of(folder) is not None:
        return (RESTRICTED_WORKFLOW,)
    return ToolWorkflowChain(folder, workflow_tool)


def apply_folder_workflow(folder, event):
    """Reserving or opening a folder changes its workflow: apply its permissions."""
    workflow_tool = api.portal.get_tool("portal_workflow")
    reserved = workflow_tool.getChainFor(folder) == (RESTRICTED_WORKFLOW,)
    acquires_view = bool(folder.acquiredRolesAreUsedBy("View"))
    if reserved != acquires_view:
        return  # the permissions already follow the folder's workflow
    for workflow in workflow_tool.getWorkflowsFor(folder):
        workflow.updateRoleMappingsFor(folder)
    folder.reindexObject(idxs=["review_state"])
    folder.reindexObjectSecurity()


def open_formation_documents(activity):
    """Recompute who reads the formation this activity is a session of."""
    formation = formation_of(activity)
    if formation is not None:
        apply_local_roles(formation)
        formation.reindexObject(idxs=["fmm_space_people"])
