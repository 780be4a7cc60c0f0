"""The "Extranet" settings: one schema for every editable list and option."""

from fmm_extranet import _
from fmm_extranet.core.validation import InvalidValue
from plone import api
from plone.autoform.interfaces import WIDGETS_KEY
from plone.autoform.widgets import ParameterizedWidget
from plone.schema import Email
from urllib.parse import urlsplit
from zope import schema
from zope.interface import Interface
from zope.schema import getFieldsInOrder
from zope.schema.interfaces import ValidationError
import re


TERM_LINE = re.compile(r"^[a-z0-9_]+\|\S.*$")


def valid_term_line(value):
    """A vocabulary line is ``token|Label``, the token in lowercase ascii."""
    if not TERM_LINE.match(value or ""):
        raise InvalidValue(
            _(
                "invalid_term_line",
                default="Each line must read token|Label, the token in lowercase "
                "letters, digits or underscores.",
            )
        )
    return True


def term_lines(title, description, default):
    return schema.List(
        title=title,
        description=description,
        value_type=schema.TextLine(constraint=valid_term_line),
        default=default,
        required=True,
        min_length=1,
    )


def valid_email(value):
    try:
        Email().validate(value)
    except ValidationError:
        raise InvalidValue(_("This is not a valid email address.")) from None
    return True


def valid_public_url(value):
    """An http(s) address with a host, no query nor fragment (links are built on it)."""
    address = urlsplit(value or "")
    if address.scheme not in ("http", "https") or not address.hostname or address.query or address.fragment:
        raise InvalidValue(_("Give the address of the extranet, as https://extranet.example.be"))
    return True


TERMS_HELP = _("One term per line, written token|Label. Never change a token in use.")


def valid_tile_url(value):
    """An https tile template with ``{z}``, ``{x}`` and ``{y}`` (Leaflet's placeholders),
    or nothing (a blank background)."""
    address = urlsplit(value or "")
    if value and (
        address.scheme != "https"
        or not address.hostname
        or not all(part in value for part in ("{z}", "{x}", "{y}"))
    ):
        raise InvalidValue(
            _(
                "Give an https address holding {z}, {x} and {y}, as https://tile.openstreetmap.org/{z}/{x}/{y}.png"
            )
        )
    return True


class IExtranetSettings(Interface):
    """Registry records of the extranet (prefix ``fmm_extranet``)."""

    functions = term_lines(
        _("Functions"),
        TERMS_HELP,
        [
            "medecin_generaliste|médecin généraliste",
            "infirmier|infirmier·ère",
            "kinesitherapeute|kinésithérapeute",
            "accueillant|accueillant·e",
            "assistant_social|assistant·e social·e",
            "psychologue|psychologue",
            "dieteticien|diététicien·ne",
            "logopede|logopède",
            "sante_communautaire|travailleur·euse en santé communautaire",
            "gestionnaire|gestionnaire",
            "coordinateur|coordinateur·rice",
            "secretaire|secrétaire",
        ],
    )
    function_complements = term_lines(
        _("Function complements"),
        TERMS_HELP,
        [
            "maitre_de_stage|maître de stage",
            "assistant|assistant·e",
        ],
    )
    intergroups = term_lines(
        _("Intergroups"),
        TERMS_HELP,
        [
            "igb|IGB — Intergroupe bruxellois",
            "igbw|IGBW — Intergroupe du Brabant wallon",
            "igc|IGC — Intergroupe de Charleroi",
            "igl|IGL — Intergroupe liégeois",
            "igh|IGH — Intergroupe du Hainaut",
            "igsol|IGSOL — Intergroupe du Sud et de l'Ouest du Luxembourg",
            "ign|IGN — Intergroupe namurois",
        ],
    )
    dequap_categories = term_lines(
        _("DEQuaP categories"),
        TERMS_HELP,
        [
            "accessibilite|Accessibilité",
            "continuite|Continuité des soins",
            "globalite|Globalité et intégration",
            "participation|Participation des patients",
            "travail_equipe|Travail en équipe",
            "sante_communautaire|Santé communautaire",
            "gestion|Gestion et organisation",
        ],
    )
    activity_types = term_lines(
        _("Activity types"),
        TERMS_HELP,
        [
            "movement|Activité du mouvement",
            "network|Activité du réseau",
            "training|Formation",
        ],
    )
    announcement_types = term_lines(
        _("Announcement types"),
        TERMS_HELP,
        [
            "job_offer|Offre d'emploi",
            "equipment|Matériel",
            "pooling|Mutualisation",
            "collaboration|Collaboration",
            "activity|Activité",
        ],
    )

    sender_address = schema.ASCIILine(
        title=_("Sender address"),
        description=_("The extranet's emails come from this address. Empty: the site's email address."),
        constraint=valid_email,
        required=False,
    )
    public_url = schema.ASCIILine(
        title=_("Public address"),
        description=_(
            "The address at which people open the extranet. The links in the emails "
            "sent by the scheduled jobs (reminders, purge, newsletter) are built on it."
        ),
        constraint=valid_public_url,
        required=False,
    )
    support_address = schema.ASCIILine(
        title=_("Support address"),
        description=_("The messages of the support form reach this address. Empty: the sender address."),
        constraint=valid_email,
        required=False,
    )
    sender_name = schema.TextLine(
        title=_("Sender name"),
        description=_("Empty: the site's email sender name."),
        required=False,
    )
    approval_delay = schema.Int(
        title=_("Approval delay (hours)"),
        description=_("Account requests waiting longer are shown as overdue."),
        default=48,
        min=1,
        required=True,
    )
    reset_validity = schema.Int(
        title=_("Validity of activation and password links (hours)"),
        default=24,
        min=1,
        required=True,
    )
    invitation_validity = schema.Int(
        title=_("Validity of team invitations (days)"),
        description=_(
            "The activation links that the managers of a team send to its members; "
            "the other links are valid for the hours above."
        ),
        default=7,
        min=1,
        required=True,
    )
    retention_period = schema.Int(
        title=_("Retention period (days)"),
        description=_(
            "The profiles of people who left the movement, or whose request was "
            "rejected, are anonymised this long afterwards."
        ),
        default=730,
        min=1,
        required=True,
    )
    rate_limit = schema.Int(
        title=_("Requests per hour"),
        description=_(
            "How many account requests and password resets are accepted per hour "
            "for one email address, and from one network address."
        ),
        default=5,
        min=1,
        required=True,
    )
    project_lead_address = schema.ASCIILine(
        title=_("Project lead's address (GDPR)"),
        description=_(
            "Objections and erasure requests of workers reach this address and their "
            "intergroup coordinators. Empty: the site's email address."
        ),
        constraint=valid_email,
        required=False,
    )
    session_idle_timeout = schema.Int(
        title=_("Idle timeout of a session (minutes)"),
        description=_("A session unused this long ends: the worker signs in again."),
        default=120,
        min=5,
        required=True,
    )
    session_lifetime = schema.Int(
        title=_("Lifetime of a session (hours)"),
        description=_("A session ends this long after signing in, even when it is in use."),
        default=12,
        min=1,
        required=True,
    )
    session_remember_days = schema.Int(
        title=_("Lifetime of a remembered session (days)"),
        description=_("Signing in with “Remember me” keeps the session this long, without the idle timeout."),
        default=30,
        min=1,
        required=True,
    )
    map_tile_url = schema.ASCIILine(
        title=_("Map tiles"),
        description=_(
            "The address of the map's background tiles, with {z}, {x} and {y}. Empty: a blank "
            "background, the houses and their zones drawn on it."
        ),
        default="https://tile.openstreetmap.org/{z}/{x}/{y}.png",
        constraint=valid_tile_url,
        required=False,
    )
    map_attribution = schema.TextLine(
        title=_("Map attribution"),
        description=_("The credit the tiles' provider asks for, shown on the map."),
        default="© OpenStreetMap",
        required=False,
    )


def setting(name):
    """A record of the Extranet settings, or its default before the upgrade step ran."""
    return api.portal.get_registry_record(f"fmm_extranet.{name}", default=IExtranetSettings[name].default)


#: The vocabularies of the settings (``token|Label`` lines): Volto edits them as rows.
TERM_FIELDS = [
    name
    for name, field in getFieldsInOrder(IExtranetSettings)
    if getattr(getattr(field, "value_type", None), "constraint", None) is valid_term_line
]
IExtranetSettings.setTaggedValue(
    WIDGETS_KEY,
    {name: ParameterizedWidget(None, frontendOptions={"widget": "fmm_term_rows"}) for name in TERM_FIELDS},
)
