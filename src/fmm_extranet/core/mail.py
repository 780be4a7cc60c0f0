"""Emails of the extranet: one recipient each, through the site's MailHost."""

from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formataddr
from plone import api


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


def send(recipient, subject, body, attachments=(), reply_to=None):
    """Mail one person; the mail leaves when the transaction commits, never otherwise.

    ``attachments``: ``(filename, content type, data)`` triples; the data of a text
    type is a ``str`` (sent in UTF-8), any other ``bytes``. ``reply_to``: where an
    answer goes (the support's answer to whoever wrote).
    """
    message = EmailMessage(policy=SMTP)  # CRLF line ends, as SMTP's dot-stuffing expects
    message["Subject"] = in_site_language(subject)
    message["From"] = sender()
    message["To"] = recipient
    if reply_to:
        message["Reply-To"] = reply_to
    message.set_content(in_site_language(body))
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
