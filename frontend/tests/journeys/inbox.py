"""The mails the journeys' SMTP server received, as JSON, oldest first.

    python inbox.py MAILDIR

backend/scripts/e2e.sh runs aiosmtpd with its Maildir handler: every mail the
backend sends lands in MAILDIR. fixtures.mjs runs this script to read them (Python
decodes the headers and bodies as the mail clients do).
"""

from email import message_from_bytes
from email.policy import default
import json
import mailbox
import sys


def mails(folder):
    box = mailbox.Maildir(folder, factory=None, create=False)
    found = []
    for key in box.iterkeys():
        delivered = box.get_message(key).get_date()
        message = message_from_bytes(box.get_bytes(key), policy=default)
        body = message.get_body(preferencelist=("plain", "html"))
        found.append(
            {
                "delivered": delivered,
                "to": str(message["To"] or ""),
                "from": str(message["From"] or ""),
                "reply_to": str(message["Reply-To"] or ""),
                "subject": str(message["Subject"] or ""),
                "body": body.get_content() if body is not None else "",
            }
        )
    return sorted(found, key=lambda mail: mail["delivered"])


if __name__ == "__main__":
    print(json.dumps(mails(sys.argv[1]), ensure_ascii=False))
