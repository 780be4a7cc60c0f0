"""A medical house (maison médicale): a member centre of the federation."""

from fmm_extranet import _
from fmm_extranet.core.fields import CheckedJSONField
from fmm_extranet.core.fields import user_ids
from fmm_extranet.core.validation import InvalidValue
from plone.autoform import directives
from plone.dexterity.content import Container
from plone.supermodel import model
from zope import schema
from zope.interface import implementer
import json
import re


def belgian_postal_code(value):
    if not re.fullmatch(r"[1-9]\d{3}", value or ""):
        raise InvalidValue(_("A Belgian postal code has four digits."))
    return True


GEOLOCATION_SCHEMA = json.dumps(
    {
        "type": "object",
        "required": ["latitude", "longitude"],
        "properties": {
            "latitude": {"type": "number", "minimum": -90, "maximum": 90},
            "longitude": {"type": "number", "minimum": -180, "maximum": 180},
        },
        "additionalProperties": False,
    }
)

GEOJSON_POLYGON_SCHEMA = json.dumps(
    {
        "type": "object",
        "required": ["type", "coordinates"],
        "properties": {
            "type": {"enum": ["Polygon", "MultiPolygon"]},
            "coordinates": {"type": "array"},
        },
    }
)


class IMedicalHouse(model.Schema):
    number = schema.Int(title=_("Number"), min=1, required=True)
    street = schema.TextLine(title=_("Street and number"), required=True)
    postal_code = schema.TextLine(title=_("Postal code"), constraint=belgian_postal_code, required=True)
    municipality = schema.TextLine(title=_("Municipality"), required=True)
    intergroup = schema.Choice(title=_("Intergroup"), vocabulary="fmm_extranet.Intergroups", required=True)
    phone = schema.TextLine(title=_("General phone"), required=False)
    email = schema.TextLine(title=_("General email"), required=False)
    website = schema.URI(title=_("Website"), required=False)
    payment_mode = schema.Choice(
        title=_("Payment mode"), vocabulary="fmm_extranet.PaymentModes", required=True
    )
    open_to_registrations = schema.Bool(
        title=_("Open to new patient registrations"), required=False, default=True
    )
    directives.widget("managers", frontendOptions={"widget": "fmm_people"})
    managers = user_ids(
        _("Managers"),
        _("Coordinator, gestionnaire or delegates: they edit this page and publish its announcements."),
    )
    directives.widget("geolocation", frontendOptions={"widget": "fmm_geolocation"})
    geolocation = CheckedJSONField(
        _("The location gives a latitude (from -90 to 90) and a longitude (from -180 to 180)."),
        title=_("Location"),
        schema=GEOLOCATION_SCHEMA,
        required=False,
    )
    directives.widget("zone", frontendOptions={"widget": "fmm_geojson"})
    zone = CheckedJSONField(
        _("The registration zone is a GeoJSON Polygon or MultiPolygon, with its coordinates."),
        title=_("Registration zone (GeoJSON polygon)"),
        schema=GEOJSON_POLYGON_SCHEMA,
        required=False,
    )
    zone_postal_codes = schema.List(
        title=_("Registration zone (postal codes)"),
        value_type=schema.TextLine(constraint=belgian_postal_code),
        required=False,
        default=[],
    )
    disciplines = schema.List(
        title=_("Disciplines present (declared)"),
        description=_(
            "Functions practised here that the extranet accounts do not show; those of the "
            "active workers are added by themselves."
        ),
        value_type=schema.Choice(vocabulary="fmm_extranet.Functions"),
        required=False,
        default=[],
    )
    directives.write_permission(left_on="fmm_extranet.AddMedicalHouse")  # the federation's staff
    left_on = schema.Date(
        title=_("Left the federation or closed on"),
        description=_("From this day on, its job offers leave the public feed."),
        required=False,
    )


@implementer(IMedicalHouse)
class MedicalHouse(Container):
    """Shown as "Name (number)"."""

    #: Worker UID → the functions that worker holds here (``medical_houses.disciplines``);
    #: a class default, so that reading it on a house nobody works in stays cheap.
    _fmm_discipline_sources = None
