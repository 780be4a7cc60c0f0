"""A deterministic demo extranet: intergroups, 125 medical houses, groups, people, content.

``create_demo(portal)`` is called once by backend/scripts/create_site.py when
the site is created. The same seed always gives the same data.
"""

from datetime import datetime
from datetime import timedelta
from fmm_extranet import FEDERATION
from fmm_extranet.core.utils import unique_id
from fmm_extranet.core.vocabularies import registry_terms
from fmm_extranet.demo.geography import FIRST_NAMES
from fmm_extranet.demo.geography import HOUSE_NAMES
from fmm_extranet.demo.geography import LAST_NAMES
from fmm_extranet.demo.geography import MUNICIPALITIES
from fmm_extranet.demo.pdf import text_pdf
from fmm_extranet.people.workers import create_worker
from fmm_extranet.people.workers import functions
from plone import api
from plone.app.event.base import default_timezone
from plone.app.textfield.value import RichTextValue
from plone.namedfile.file import NamedBlobFile
import logging
import random


logger = logging.getLogger("fmm_extranet.demo")

DEMO_PASSWORD = "extranet-demo"

#: The demo accounts listed in README.md: user id → (email, first, last, status,
#: workplace ("house:<n>" or federation), function tokens).
DEMO_ACCOUNTS = {
    "infirmiere_liege": (
        "infirmiere.liege@demo.fmm.be",
        "Julie",
        "Renard",
        "active",
        "house:60",
        ["infirmier"],
    ),
    "medecin_bruxelles": (
        "medecin.bruxelles@demo.fmm.be",
        "Karim",
        "Bensaïd",
        "active",
        "house:1",
        ["medecin_generaliste"],
    ),
    "gestionnaire_mm": (
        "gestionnaire.mm@demo.fmm.be",
        "Claire",
        "Lemaire",
        "active",
        "house:1",
        ["gestionnaire"],
    ),
    "coord_thematique": (
        "coord.thematique@demo.fmm.be",
        "Samir",
        "Diallo",
        "active",
        "house:61",
        ["psychologue"],
    ),
    "membre_gt": ("membre.gt@demo.fmm.be", "Léa", "Mertens", "active", "house:2", ["accueillant"]),
    "staff_fede": ("staff.fede@demo.fmm.be", "Sophie", "Collard", "active", FEDERATION, ["coordinateur"]),
    "en_attente": ("en.attente@demo.fmm.be", "Hugo", "Simon", "pending", "house:3", ["kinesitherapeute"]),
    "parti": ("parti@demo.fmm.be", "Marie", "Goossens", "left", "house:4", ["infirmier"]),
}

#: A word that exists only inside one PDF, the first document of the nurses'
#: sectoral group: the end-to-end test (backend/scripts/e2e.sh) searches for it.
PDF_ONLY_WORD = "pharmacovigilance"
#: Every third activity (the first one included) takes registrations.
REGISTRATION_EVERY = 3
REGISTRATION_CAPACITY = 20

SECTORAL_LOCAL = {"infirmier": ("igb", "igl"), "medecin_generaliste": ("igb", "igl", "igc")}

THEMATICS = [
    ("sante-mentale", "Santé mentale"),
    ("ecologie-et-sante", "Écologie et santé"),
    ("secret-professionnel", "Secret professionnel"),
    ("sante-communautaire", "Santé communautaire"),
    ("assuetudes", "Assuétudes"),
]
WORKING_GROUPS = [
    ("gt-ecologie", "GT Écologie et santé"),
    ("gt-secret", "GT Secret professionnel"),
    ("gt-accueil", "GT Accueil"),
]
FUNCTION_WEIGHTS = {
    "medecin_generaliste": 5,
    "infirmier": 4,
    "kinesitherapeute": 3,
    "accueillant": 4,
    "assistant_social": 2,
    "psychologue": 2,
    "dieteticien": 1,
    "logopede": 1,
    "sante_communautaire": 1,
    "gestionnaire": 1,
    "coordinateur": 1,
    "secretaire": 1,
}


def create(container, portal_type, title, **fields):
    """Content with an id from its title (no temporary id, no rename)."""
    base = api.portal.get().plone_utils.normalizeString(title)[:60]
    return api.content.create(
        container=container,
        type=portal_type,
        id=unique_id(container, base),
        title=title,
        **fields,
    )


def rich(html):
    return RichTextValue(html, "text/html", "text/x-html-safe")


def pdf_file(title, lines):
    return NamedBlobFile(
        data=text_pdf([title, ""] + lines),
        contentType="application/pdf",
        filename=f"{api.portal.get().plone_utils.normalizeString(title)}.pdf",
    )


def create_houses(portal, rnd):
    """125 medical houses, numbered 1.., Brussels first."""
    houses = []
    number = 0
    for intergroup, (count, places) in MUNICIPALITIES.items():
        for index in range(count):
            number += 1
            postal_code, municipality, lat, lon = places[index % len(places)]
            lat += rnd.uniform(-0.01, 0.01)
            lon += rnd.uniform(-0.015, 0.015)
            name = f"Maison médicale {HOUSE_NAMES[number % len(HOUSE_NAMES)]}"
            if index >= len(places) or number > len(HOUSE_NAMES):
                name = f"{name} – {municipality}"
            d = 0.008
            houses.append(
                create(
                    portal["maisons-medicales"],
                    "MedicalHouse",
                    name,
                    number=number,
                    street=f"Rue de la Santé {number}",
                    postal_code=postal_code,
                    municipality=municipality,
                    intergroup=intergroup,
                    phone=(
                        f"0{rnd.randint(2, 9)} {rnd.randint(100, 999)} "
                        f"{rnd.randint(10, 99)} {rnd.randint(10, 99)}"
                    ),
                    email=f"accueil.mm{number}@demo.fmm.be",
                    payment_mode="forfait" if rnd.random() < 0.8 else "acte",
                    open_to_registrations=rnd.random() < 0.6,
                    geolocation={"latitude": round(lat, 5), "longitude": round(lon, 5)},
                    zone={
                        "type": "Polygon",
                        "coordinates": [
                            [
                                [lon - d, lat - d],
                                [lon + d, lat - d],
                                [lon + d, lat + d],
                                [lon - d, lat + d],
                                [lon - d, lat - d],
                            ]
                        ],
                    },
                    zone_postal_codes=[postal_code],
                    managers=["gestionnaire_mm"] if number == 1 else [],
                )
            )
    return houses


def workplace_uid(houses, workplace):
    if workplace == FEDERATION:
        return FEDERATION
    return houses[int(workplace.split(":")[1]) - 1].UID()


def create_people(portal, houses, rnd):
    """The demo accounts, then two to four workers per house, some with two jobs."""
    for user_id, (email, first, last, status, workplace, tokens) in DEMO_ACCOUNTS.items():
        create_worker(
            portal["travailleurs"],
            user_id,
            email,
            first,
            last,
            jobs=[(workplace_uid(houses, workplace), functions(*tokens))],
            status=status,
            password=DEMO_PASSWORD,
            mobile="+32 470 12 34 56",
        )
    tokens, weights = zip(*FUNCTION_WEIGHTS.items(), strict=True)
    serial = 0
    for house in houses:
        for _ in range(rnd.randint(2, 4)):
            serial += 1
            first, last = rnd.choice(FIRST_NAMES), rnd.choice(LAST_NAMES)
            jobs = [(house.UID(), functions(*sorted(set(rnd.choices(tokens, weights, k=rnd.randint(1, 2))))))]
            if rnd.random() < 0.1:
                jobs.append((rnd.choice(houses).UID(), functions(rnd.choices(tokens, weights)[0])))
            create_worker(
                portal["travailleurs"],
                f"worker{serial:04d}",
                f"{api.portal.get().plone_utils.normalizeString(first)}.{serial}@demo.fmm.be",
                first,
                last,
                jobs=jobs,
                password=DEMO_PASSWORD,
            )
    logger.info("Demo: %s workers", serial + len(DEMO_ACCOUNTS))


def add_documents(space, rnd, topic, count=3, pdf_only_word=None):
    """Pages and PDF files in a space's "Documents" folder.

    ``pdf_only_word`` goes into the text of the first PDF only (not its title
    nor its description).
    """
    folder = api.content.create(container=space, type="Folder", id="documents", title="Documents")
    for index in range(count):
        lines = [
            f"Compte rendu de la réunion du groupe {space.Title()}.",
            f"Sujet : {topic.lower()}. Présences, décisions et suites.",
            "Mot repère pour la recherche : " + rnd.choice(["concertation", "prévention", "accessibilité"]),
        ]
        if pdf_only_word and index == 0:
            lines.append(f"Point suivant : la {pdf_only_word} dans les soins à domicile.")
        create(
            folder,
            "File",
            f"{topic} — document {index + 1}",
            description=f"Document de travail du groupe « {space.Title()} ».",
            file=pdf_file(f"{topic} — document {index + 1}", lines),
        )
    create(
        folder,
        "Document",
        f"{topic} — note de synthèse",
        description="Résumé des échanges.",
        text=rich(f"<p>Synthèse : {topic}.</p>"),
    )


def create_spaces(portal, rnd):
    intergroups = {}
    for code, label in registry_terms("intergroups"):
        intergroups[code] = api.content.create(
            container=portal["intergroupes"],
            type="Intergroup",
            id=code,
            title=label.split(" — ")[-1],
            description=label,
            code=code,
        )
    for token, label in registry_terms("functions"):
        group = create(
            portal["groupes-sectoriels"],
            "SectoralGroup",
            f"Groupe sectoriel : {label}",
            profession=token,
        )
        add_documents(
            group,
            rnd,
            f"GS {label}",
            pdf_only_word=PDF_ONLY_WORD if token == "infirmier" else None,
        )
        for code in SECTORAL_LOCAL.get(token, ()):
            local = api.content.create(
                container=group,
                type="SectoralGroup",
                id=code,
                title=f"{label} — {code.upper()}",
                profession=token,
            )
            add_documents(local, rnd, f"GS {label} {code.upper()}", count=2)
    for index, (group_id, title) in enumerate(WORKING_GROUPS):
        group = api.content.create(
            container=portal["groupes-de-travail"],
            type="WorkingGroup",
            id=group_id,
            title=title,
            members=["membre_gt"] if index == 0 else [],
            coordinators=["staff_fede"],
        )
        add_documents(group, rnd, title)
    for thematic_id, title in THEMATICS:
        thematic = api.content.create(
            container=portal["thematiques"],
            type="Thematic",
            id=thematic_id,
            title=title,
            coordinators=["coord_thematique"],
        )
        add_documents(thematic, rnd, title, count=2)
    return intergroups


def create_publications(portal, houses, rnd):
    now = datetime.now().replace(minute=0, second=0, microsecond=0)
    for index in range(12):
        create(
            portal["actualites"],
            "News Item",
            f"Actualité du mouvement n°{index + 1}",
            description="Les nouvelles des maisons médicales.",
            text=rich("<p>Des nouvelles du secteur social-santé.</p>"),
        )
    kinds = [token for token, _label in registry_terms("activity_types")]
    tz = default_timezone(portal, as_tzinfo=True)  # dates with a timezone, as the agenda needs
    for index in range(15):
        start = now + timedelta(days=3 * index + 1, hours=9 - now.hour)
        registration = index % REGISTRATION_EVERY == 0
        create(
            portal["agenda"],
            "Activity",
            f"Activité {index + 1} : rencontre intergroupe",
            activity_type=kinds[index % len(kinds)],
            start=tz.localize(start),
            end=tz.localize(start + timedelta(hours=3)),
            location="Bruxelles",
            registration_enabled=registration,
            capacity=REGISTRATION_CAPACITY if registration else None,
            waiting_list=registration,
        )
    types = [token for token, _label in registry_terms("announcement_types")]
    for index, house in enumerate(houses[:20]):
        create(
            house,
            "Announcement",
            f"{house.Title()} : annonce {index + 1}",
            announcement_type=types[index % len(types)],
            text=rich("<p>Contactez l'accueil de la maison médicale.</p>"),
        )
    categories = [token for token, _label in registry_terms("dequap_categories")]
    for index in range(6):
        create(
            portal["formations"],
            "Formation",
            f"Formation {index + 1} : travail en équipe pluridisciplinaire",
            dequap_category=categories[index % len(categories)],
            formation_status=["scheduled", "waiting_list", "archived"][index % 3],
        )
    for index in range(8):
        create(
            portal["outils"],
            "Tool",
            f"Outil d'animation {index + 1}",
            tool_kind=["kit", "canvas", "poster", "video"][index % 4],
            dequap_category=categories[index % len(categories)],
        )


def create_demo(portal):
    rnd = random.Random(2026)
    houses = create_houses(portal, rnd)
    create_people(portal, houses, rnd)
    create_spaces(portal, rnd)
    create_publications(portal, houses, rnd)
    logger.info("Demo data created")
