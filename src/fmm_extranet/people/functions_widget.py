"""The classic-UI widget of ``Job.functions``: one row per function, with its
complement and speciality, instead of a JSON text area."""

from fmm_extranet.core.vocabularies import registry_terms
from plone.schema.jsonfield import IJSONField
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from z3c.form.converter import BaseDataConverter
from z3c.form.interfaces import IFieldWidget
from z3c.form.interfaces import INPUT_MODE
from z3c.form.interfaces import IWidget
from z3c.form.interfaces import NO_VALUE
from z3c.form.widget import FieldWidget
from z3c.form.widget import Widget
from zope.component import adapter
from zope.interface import implementer


class IFunctionsWidget(IWidget):
    """Checkboxes of the functions of the settings, each with complement and speciality."""


@implementer(IFunctionsWidget)
class FunctionsWidget(Widget):
    input_template = ViewPageTemplateFile("templates/functions_input.pt")
    display_template = ViewPageTemplateFile("templates/functions_display.pt")

    def render(self):
        if self.mode == INPUT_MODE:
            return self.input_template()
        return self.display_template()

    def extract(self, default=NO_VALUE):
        """The checked functions as ``Job.functions`` entries; ``default`` when not submitted."""
        form = self.request.form
        if f"{self.name}.submitted" not in form:
            return default
        return [
            {
                "function": token,
                "complement": form.get(f"{self.name}.{token}.complement") or None,
                "speciality": form.get(f"{self.name}.{token}.speciality", "").strip(),
            }
            for token in form.get(f"{self.name}.function", [])
        ]

    def held(self):
        """{function token: entry} of the value shown."""
        return {entry["function"]: entry for entry in self.value or ()}

    def rows(self):
        """One row per function of the settings: held or not, complement, speciality."""
        held = self.held()
        return [
            {
                "token": token,
                "label": label,
                "id": f"{self.id}-{token}",
                "checked": token in held,
                "complement": held.get(token, {}).get("complement") or "",
                "speciality": held.get(token, {}).get("speciality") or "",
            }
            for token, label in registry_terms("functions")
        ]

    def complements(self):
        return registry_terms("function_complements")

    def labels(self):
        """ "function (complement, speciality)" of each function held, for display."""
        functions = dict(registry_terms("functions"))
        complements = dict(self.complements())
        labels = []
        for token, entry in self.held().items():
            details = [complements.get(entry.get("complement")), entry.get("speciality")]
            details = ", ".join(d for d in details if d)
            label = functions.get(token, token)
            labels.append(f"{label} ({details})" if details else label)
        return labels


@implementer(IFieldWidget)
def FunctionsFieldWidget(field, request):
    return FieldWidget(field, FunctionsWidget(request))


@adapter(IJSONField, IFunctionsWidget)
class FunctionsConverter(BaseDataConverter):
    """The widget's entries are the field's value: the field validates them, none
    checked included (``known_functions``)."""

    def toWidgetValue(self, value):
        return value or []

    def toFieldValue(self, value):
        return value
