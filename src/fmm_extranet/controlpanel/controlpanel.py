"""The "Extranet" control panel, in the classic UI and through @controlpanels."""

from fmm_extranet import _
from fmm_extranet.controlpanel.settings import IExtranetSettings
from fmm_extranet.interfaces import IFmmExtranetLayer
from plone.app.registry.browser.controlpanel import ControlPanelFormWrapper
from plone.app.registry.browser.controlpanel import RegistryEditForm
from plone.restapi.controlpanels import RegistryConfigletPanel
from zope.component import adapter
from zope.interface import Interface


class ExtranetSettingsForm(RegistryEditForm):
    schema = IExtranetSettings
    schema_prefix = "fmm_extranet"
    label = _("Extranet settings")


class ExtranetSettingsView(ControlPanelFormWrapper):
    form = ExtranetSettingsForm


@adapter(Interface, IFmmExtranetLayer)
class ExtranetSettingsConfigletPanel(RegistryConfigletPanel):
    schema = IExtranetSettings
    schema_prefix = "fmm_extranet"
    configlet_id = "fmm_extranet"
    configlet_category_id = "Products"
    title = _("Extranet")
    group = "Products"
