"""Sharing an item by email with other workers, through the extranet's address.

Each recipient gets their own mail: nobody sees another's address, nor the
sender's. Only active workers who may open the item can receive it.
"""

from fmm_extranet import _
from fmm_extranet.accounts.ratelimit import LIMITER
from fmm_extranet.core import mail
from fmm_extranet.core.errors import FieldErrors
from fmm_extranet.people.workers import worker_of
from plone import api
from zope.i18nmessageid import Message


MAX_RECIPIENTS = 20
MESSAGE_MAX_LENGTH = 1000
SHARES_PER_HOUR = 30

SHARE_SUBJECT = _("${sender} shares with you: ${title}")
SHARE_BODY = _(
    "Hello ${name},\n\n"
    "${sender} shares with you an item of the extranet of the medical houses:\n\n"
    "${title}\n${link}\n\n${message}"
)
SHARED = _("Sent to ${count} colleague(s).")


def read_recipients(value, item, errors):
    """The active workers listed by user id who may open ``item``."""
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        errors.add("recipients", _("Choose at least one colleague."))
        return []
    if len(value) > MAX_RECIPIENTS:
        errors.add("recipients", _("Share with at most 20 colleagues at a time."))
        return []
    workers = []
    for user_id in dict.fromkeys(value):
        worker = worker_of(user_id)
        user = api.user.get(userid=user_id)
        if worker is None or worker.status != "active" or user is None:
            errors.add("recipients", _("${id} is not an active worker.", mapping={"id": user_id}))
        elif not api.user.has_permission("View", user=user, obj=item):
            errors.add(
                "recipients",
                _("${name} may not open this item.", mapping={"name": worker.title}),
            )
        else:
            workers.append(worker)
    return workers


def share(item, data, sender):
    """Mail ``item`` to the ``recipients`` of ``data``, with its optional ``message``."""
    LIMITER.attempt([f"share:{sender.user_id}"], SHARES_PER_HOUR)
    errors = FieldErrors()
    recipients = read_recipients(data.get("recipients"), item, errors)
    message = data.get("message") or ""
    if not isinstance(message, str) or len(message) > MESSAGE_MAX_LENGTH:
        errors.add("message", _("The message has at most 1000 characters."))
    errors.refuse_if_any()
    subject = Message(SHARE_SUBJECT, mapping={"sender": sender.title, "title": item.Title()})
    for worker in recipients:
        body = Message(
            SHARE_BODY,
            mapping={
                "name": worker.first_name,
                "sender": sender.title,
                "title": item.Title(),
                "link": item.absolute_url(),
                "message": message.strip(),
            },
        )
        mail.send(worker.email, subject, body)
    return len(recipients)
