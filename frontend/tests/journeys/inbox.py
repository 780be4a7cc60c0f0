"""The mails the journeys' SMTP server received, as JSON, oldest first.

    python inbox.py MAILDIR
    python inbox.py --to ADDRESS MAILDIR   (only the mails to ADDRESS, with their HTML
                                           part and List-Unsubscribe headers)

backend/scripts/e2e.sh runs aiosmtpd with its Maildir handler: every mail the
backend sends lands in MAILDIR. fixtures.mjs runs this script to read them (Python
decodes the headers and bodies as the mail clients do).
"""

from email import message_from_bytes
from email.policy import default
import json
import mailbox
import sys


def mails(folder, to=None):
    box = mailbox.Maildir(folder, factory=None, create=False)
    found = []
    for key in box.iterkeys():
        delivered = box.get_message(key).get_date()
        message = message_from_bytes(box.get_bytes(key), policy=default)
        if to and to.lower() not in str(message["To"] or "").lower():
            continue
        body = message.get_body(preferencelist=("plain", "html"))
        mail = {
            "delivered": delivered,
            "to": str(message["To"] or ""),
            "from": str(message["From"] or ""),
            "reply_to": str(message["Reply-To"] or ""),
            "subject": str(message["Subject"] or ""),
            "body": body.get_content() if body is not None else "",
        }
        if to:
            html = message.get_body(preferencelist=("html",))
            mail["html"] = html.get_content() if html is not None else ""
            for header in ("List-Unsubscribe", "List-Unsubscribe-Post"):
                mail[header.lower().replace("-", "_")] = str(message[header] or "")
        found.append(mail)
    return sorted(found, key=lambda mail: mail["delivered"])


if __name__ == "__main__":
    to = sys.argv[2] if sys.argv[1] == "--to" else None
    print(json.dumps(mails(sys.argv[-1], to), ensure_ascii=False))
