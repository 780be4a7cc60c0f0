"""fmm_extranet: the extranet of the Fédération des maisons médicales."""

from zope.i18nmessageid import MessageFactory


_ = MessageFactory("fmm_extranet")

FEDERATION = "federation"
