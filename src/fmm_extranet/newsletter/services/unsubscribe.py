"""/@newsletter-unsubscribe/<token> (anonymous): whether the token's worker receives the
newsletter; a POST unsubscribes them in one click.

The one write service that also takes a form POST (``multipart/form-data`` or
``application/x-www-form-urlencoded``, ``List-Unsubscribe=One-Click``): a mail client's
one-click unsubscribe (RFC 8058) sends it. Nothing rides on a session here: only the
token of the URL counts, and the one thing it can do is stop the newsletter.
"""

from fmm_extranet.core.errors import translated
from fmm_extranet.core.errors import UnknownPath
from fmm_extranet.core.services import JsonService
from fmm_extranet.core.services import media_type
from fmm_extranet.newsletter.tokens import worker_of_token
from fmm_extranet.newsletter.unsubscribe import unsubscribe
from fmm_extranet.newsletter.unsubscribe import UNSUBSCRIBED


#: What RFC 8058 lets a mail client send.
FORMS = ("multipart/form-data", "application/x-www-form-urlencoded")


class UnsubscribeService(JsonService):
    def worker(self):
        self.route((None,))
        worker = worker_of_token(self.params[0])
        if worker is None:
            raise UnknownPath("@newsletter-unsubscribe")
        return worker


class UnsubscribeGet(UnsubscribeService):
    def reply(self):
        return {"subscribed": self.worker().newsletter is not False}


class UnsubscribePost(UnsubscribeService):
    def read_json(self):
        """RFC 8058's form POST as well as JSON; its fields say nothing more."""
        return {} if media_type(self.request) in FORMS else super().read_json()

    def reply(self):
        unsubscribe(self.worker())
        return {"subscribed": False, "message": translated(UNSUBSCRIBED)}
