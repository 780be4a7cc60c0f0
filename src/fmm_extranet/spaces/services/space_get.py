"""GET of a group space: its page is open to every active worker (SPEC rule 7).

plone.restapi's content GET asks for ``View``, which a sectoral or working group
keeps for those in it (its contents acquire it). The space itself answers to the
permission ``fmm_extranet: View group page`` instead; what it lists of its
contents (``items``) is still searched with the reader's rights.
"""

from fmm_extranet.spaces.page_access import check_page_access
from plone.restapi.services.content.get import ContentGet


class SpaceGet(ContentGet):
    def reply(self):
        check_page_access(self.context)
        return super().reply()
