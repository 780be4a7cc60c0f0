"""A real SMTP server on loopback (aiosmtpd) behind Plone's MailHost.

The ``smtp_inbox`` fixture (made available by conftest.py) starts the server on
a free port, points the MailHost at it and commits; messages that
arrive are parsed ``email.message.EmailMessage`` objects in ``inbox.messages``.
"""

from aiosmtpd.controller import Controller
from email import message_from_bytes
from email.policy import default as default_policy
from plone import api
from tests.helpers import free_port
import pytest
import threading
import time
import transaction


SENDER = "extranet@fmm.be"


class Inbox:
    """Collects every message the SMTP server accepts."""

    def __init__(self):
        self.messages = []
        self.arrived = threading.Condition()

    async def handle_DATA(self, server, session, envelope):
        message = message_from_bytes(envelope.content, policy=default_policy)
        with self.arrived:
            self.messages.append(message)
            self.arrived.notify_all()
        return "250 Message accepted"

    def wait_for(self, count, timeout=10):
        """The first ``count`` messages, waiting for them to arrive."""
        deadline = time.monotonic() + timeout
        with self.arrived:
            while len(self.messages) < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"{len(self.messages)} message(s) arrived, {count} expected")
                self.arrived.wait(left)
            return list(self.messages[:count])

    def to(self, address):
        return [m for m in self.messages if m["To"] == address]

    def wait_for_to(self, address, count=1, timeout=10):
        """The first ``count`` messages to ``address``, waiting for them to arrive."""
        deadline = time.monotonic() + timeout
        with self.arrived:
            while len(self.to(address)) < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"{len(self.to(address))} message(s) to {address}, {count} expected")
                self.arrived.wait(left)
            return self.to(address)[:count]

    def clear(self):
        with self.arrived:
            self.messages.clear()


@pytest.fixture
def smtp_inbox(world_portal):
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        mailhost = world_portal.MailHost
        mailhost.smtp_host = "127.0.0.1"
        mailhost.smtp_port = controller.port
        api.portal.set_registry_record("plone.smtp_host", "127.0.0.1")
        api.portal.set_registry_record("plone.smtp_port", controller.port)
        api.portal.set_registry_record("plone.email_from_address", SENDER)
        transaction.commit()
        yield inbox
    finally:
        controller.stop()
