"""``GET @faq``: the questions and answers anyone may read, from the login page too."""

from fmm_extranet.core.services import JsonService
from fmm_extranet.helpdesk import faq
from plone import api


class FaqGet(JsonService):
    def reply(self):
        self.route(())
        page = faq()
        text = page.text.output if page.text else ""
        return {
            "@id": page.absolute_url(),
            "title": page.Title(),
            "text": text,
            "can_edit": api.user.has_permission("Modify portal content", obj=page),
        }
