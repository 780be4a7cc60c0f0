"""The "Extranet" settings: one schema for every editable list and option."""

from fmm_extranet import _
from zope import schema
from zope.interface import Interface
from fmm_extranet.validation import InvalidValue

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


TERMS_HELP = _("One term per line, written token|Label. Never change a token in use.")


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
