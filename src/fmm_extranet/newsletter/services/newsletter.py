"""<newsletter>/@newsletter: its state and progress, the preview, a test to oneself, the sending."""

from fmm_extranet import _
from fmm_extranet.core.errors import Refusal
from fmm_extranet.core.errors import translated
from fmm_extranet.core.services import JsonService
from fmm_extranet.newsletter.letter import letter
from fmm_extranet.newsletter.sending import send_test
from fmm_extranet.newsletter.sending import start_sending
from fmm_extranet.newsletter.sending import status
from fmm_extranet.newsletter.sending import TESTED
from fmm_extranet.people.workers import worker_of
from fmm_extranet.scheduler import NoPublicAddress
from plone import api


NO_PUBLIC_ADDRESS = _("The public address of the extranet is not set (Extranet settings): mails need it.")


def with_public_address(build, *args):
    """``build(*args)``, refused clearly when the links of the mail cannot be made."""
    try:
        return build(*args)
    except NoPublicAddress:
        raise Refusal(NO_PUBLIC_ADDRESS) from None


class NewsletterGet(JsonService):
    def reply(self):
        if self.route((), ("preview",)) == 0:
            return status(self.context)
        user = api.user.get_current()
        built = with_public_address(letter, self.context, user, worker_of(user.getId()))
        return {key: built[key] for key in ("subject", "html", "text")}


class NewsletterPost(JsonService):
    def reply(self):
        if self.route(("test",), ("send",)) == 0:
            with_public_address(send_test, self.context)
            return {"message": translated(TESTED)}
        start_sending(self.context)
        return status(self.context)
