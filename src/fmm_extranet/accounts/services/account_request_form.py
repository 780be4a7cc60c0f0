"""@account-request-form: what the anonymous account request form offers to pick from.

SPEC rule 1: anonymous visitors see only what the form needs — each medical house's
"Name (number)" and municipality, the federation, the function labels and
complements — and the address the extranet's mails come from (to find them in the
spam folder). Nothing else: no email, phone, address or person.
"""

from email.utils import parseaddr
from fmm_extranet import FEDERATION
from fmm_extranet.core import mail
from fmm_extranet.core.services import JsonService
from fmm_extranet.core.vocabularies import FEDERATION_LABEL
from fmm_extranet.core.vocabularies import medical_house_label
from fmm_extranet.core.vocabularies import registry_terms
from plone import api


def workplace_choices():
    """The federation, then every medical house by title: token, title, municipality."""
    catalog = api.portal.get_tool("portal_catalog")
    federation = api.portal.translate(FEDERATION_LABEL, lang=api.portal.get_default_language())
    choices = [{"token": FEDERATION, "title": federation, "municipality": None}]
    for brain in catalog.unrestrictedSearchResults(portal_type="MedicalHouse", sort_on="sortable_title"):
        house = brain._unrestrictedGetObject()
        choices.append(
            {
                "token": brain.UID,
                "title": medical_house_label(brain),
                "municipality": house.municipality or None,
            }
        )
    return choices


def terms(field_name):
    return [{"token": token, "title": title} for token, title in registry_terms(field_name)]


class AccountRequestFormGet(JsonService):
    def reply(self):
        self.route(())
        return {
            "workplaces": workplace_choices(),
            "functions": terms("functions"),
            "complements": terms("function_complements"),
            "sender_address": parseaddr(mail.sender())[1] or None,
        }
