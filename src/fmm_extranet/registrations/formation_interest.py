"""Interest in a formation, as the registrations see it: a new session of the formation
is announced (once) to the workers who said they were interested."""

from fmm_extranet import _
from fmm_extranet.catalogue.interest import announce_once
from fmm_extranet.catalogue.interest import interested
from fmm_extranet.core.mail import send
from fmm_extranet.people.workers import worker_of
from fmm_extranet.registrations import formation_of
from fmm_extranet.registrations import formation_sessions
from fmm_extranet.registrations import is_over
from fmm_extranet.registrations import notice_mapping
from zope.i18nmessageid import Message


SUBJECT = _("notice_session_scheduled_subject", default="A session is scheduled: ${formation}")
BODY = _(
    "notice_session_scheduled_body",
    default='Hello ${name},\n\nYou were interested in the formation "${formation}": '
    'a session is scheduled, "${title}" (${when}). Register on its page:\n\n${url}',
)


def upcoming_sessions(formation):
    """The formation's sessions not over yet, cancelled ones left out."""
    return [
        session
        for session in formation_sessions(formation)
        if not session.session_cancelled and not is_over(session)
    ]


def announce_session(activity, event):
    """A session added to a formation: mail each interested worker (once per session)."""
    formation = formation_of(activity)
    if formation is None or not announce_once(formation, activity.UID()):
        return
    for user_id, _since in interested(formation):
        worker = worker_of(user_id)
        if worker is None or not worker.email:
            continue
        mapping = {**notice_mapping(activity, worker), "formation": formation.Title()}
        send(worker.email, Message(SUBJECT, mapping=mapping), Message(BODY, mapping=mapping))
