"""Emails of the extranet: one recipient each, through the site's MailHost."""

from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formataddr
from fmm_extranet import _
from plone import api


#: The longest message someone writes to be mailed (to the support, a coordinator,
#: the participants of an activity).
MESSAGE_MAX_LENGTH = 5000


def sender():
    """``Name <address>`` from the Extranet settings, else from the site's mail settings."""
    address = api.portal.get_registry_record(
        "fmm_extranet.sender_address", default=None
    ) or api.portal.get_registry_record("plone.email_from_address")
    name = api.portal.get_registry_record(
        "fmm_extranet.sender_name", default=None
    ) or api.portal.get_registry_record("plone.email_from_name", default=None)
    return formataddr((name, address)) if name else address


def in_site_language(text):
    """A message translated into the site's language (plain strings are kept)."""
    return api.portal.translate(text, lang=api.portal.get_default_language())


def read_message(data, errors):
    """The ``message`` of ``data`` someone writes to be mailed, stripped; a field error
    in ``errors`` when it is missing, empty or too long."""
    value = data.get("message")
    value = value.strip() if isinstance(value, str) else ""
    if not value:
        errors.add("message", _("Write your message."))
    elif len(value) > MESSAGE_MAX_LENGTH:
        errors.add("message", _("A message has at most 5000 characters."))
    return value


def send(recipient, subject, body, attachments=(), reply_to=None, html=None, headers=None):
    """Mail one person; the mail leaves when the transaction commits, never otherwise.

    ``attachments``: ``(filename, content type, data)`` triples; the data of a text
    type is a ``str`` (sent in UTF-8), any other ``bytes``. ``reply_to``: where an
    answer goes (the support's answer to whoever wrote). ``html``: an HTML version
    of ``body`` (both parts, multipart/alternative). ``headers``: more headers
    (``{name: value}``).
    """
    message = EmailMessage(policy=SMTP)  # CRLF line ends, as SMTP's dot-stuffing expects
    message["Subject"] = in_site_language(subject)
    message["From"] = sender()
    message["To"] = recipient
    if reply_to:
        message["Reply-To"] = reply_to
    for name, value in (headers or {}).items():
        message[name] = value
    message.set_content(in_site_language(body))
    if html is not None:
        message.add_alternative(html, subtype="html")
    for filename, content_type, data in attachments:
        maintype, subtype = content_type.split("/", 1)
        if isinstance(data, str):
            message.add_attachment(data, subtype=subtype, filename=filename)
        else:
            message.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    api.portal.get_tool("MailHost").send(message, immediate=False)


def use_mail_queue(mailhost, directory):
    """Mails wait in a Maildir queue that a thread delivers (and retries).

    A mail server that is down then delays the mails, never the change that
    sends them: without the queue, Plone's direct delivery makes the whole
    transaction fail when the server does not answer.
    """
    mailhost.smtp_queue = True
    mailhost.smtp_queue_directory = str(directory)
