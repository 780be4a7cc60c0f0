"""A deterministic demo extranet: intergroups, 125 medical houses, groups, people, content.

``create_demo(portal)`` is called once by backend/scripts/create_site.py when
the site is created. The same seed always gives the same data.
"""

from DateTime import DateTime
from datetime import datetime
from datetime import timedelta
from fmm_extranet import FEDERATION
from fmm_extranet.accounts import now
from fmm_extranet.accounts.workers import account_record
from fmm_extranet.accounts.workers import open_account
from fmm_extranet.accounts.workers import REQUESTED
from fmm_extranet.core.utils import unique_id
from fmm_extranet.core.vocabularies import registry_terms
from fmm_extranet.demo import story
from fmm_extranet.demo.geography import FIRST_NAMES
from fmm_extranet.demo.geography import HOUSE_NAMES
from fmm_extranet.demo.geography import LAST_NAMES
from fmm_extranet.demo.geography import MUNICIPALITIES
from fmm_extranet.demo.pdf import text_pdf
from fmm_extranet.medical_houses.directory import distance_km
from fmm_extranet.newsletter.audience import audience as newsletter_audience
from fmm_extranet.newsletter.content import ensure_newsletter_folder
from fmm_extranet.newsletter.sending import finish
from fmm_extranet.people.workers import active_workers
from fmm_extranet.people.workers import create_worker
from fmm_extranet.people.workers import functions
from fmm_extranet.people.workers import worker_of
from fmm_extranet.registrations.easyform_action import registration_form
from fmm_extranet.registrations.questions import questions_of
from fmm_extranet.registrations.questions import read_questions
from fmm_extranet.registrations.questions import write_questions
from plone import api
from plone.app.event.base import default_timezone
from plone.app.textfield.value import RichTextValue
from plone.namedfile.file import NamedBlobFile
from z3c.relationfield import RelationValue
from zope.component import getUtility
from zope.event import notify
from zope.intid.interfaces import IIntIds
from zope.lifecycleevent import ObjectModifiedEvent
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
    # Journey 12 (account review): the coordinator of the intergroup IGL (Liège).
    "coord_intergroupe": (
        "coord.intergroupe@demo.fmm.be",
        "Nadia",
        "Lambert",
        "active",
        "house:62",
        ["coordinateur"],
    ),
    # Journey 13 (Gestion des accès): the manager of house 7 and a colleague she delegates to.
    "gestionnaire_equipe": (
        "gestionnaire.equipe@demo.fmm.be",
        "Inès",
        "Claes",
        "active",
        "house:7",
        ["coordinateur"],
    ),
    "collegue_equipe": ("collegue.equipe@demo.fmm.be", "Tom", "Wouters", "active", "house:7", ["secretaire"]),
    # Journey 22 (people picker): the coordinator of a working group (WORKING_GROUP_COORDINATORS)
    # and the worker she adds to it by name.
    "coord_gt": ("coord.gt@demo.fmm.be", "Élise", "Vandamme", "active", "house:8", ["assistant_social"]),
    "recrue_gt": ("recrue.gt@demo.fmm.be", "Yannick", "Peeters", "active", "house:9", ["infirmier"]),
    # Journey 19 (administration): an administrator (ADMINISTRATORS), and a worker
    # who left whose data she erases.
    "admin_site": ("admin.site@demo.fmm.be", "Anne", "Dubois", "active", FEDERATION, ["gestionnaire"]),
    "depart_rgpd": ("depart.rgpd@demo.fmm.be", "Paul", "Renard", "left", "house:5", ["logopede"]),
}

#: The demo accounts that administer the site (audit log, erasure, control panel).
ADMINISTRATORS = ["admin_site"]

#: The coordinators of intergroups, by code.
INTERGROUP_COORDINATORS = {"igl": ["coord_intergroupe"]}
#: The coordinators of working groups besides the staff, by id.
WORKING_GROUP_COORDINATORS = {"gt-secret": ["coord_gt"]}
#: An account request waiting for 3 days (overdue: reviewers decide within 48 hours).
OVERDUE_REQUEST = {
    "first_name": "Lucas",
    "last_name": "Dubois",
    "email": "lucas.dubois@example.org",
    "house": 80,
    "functions": ["infirmier"],
    "days": 3,
}

#: The job-offer fields of story.ANNOUNCEMENTS["job_offer"], in order: functions, contract, hours.
JOB_OFFERS = [
    (["medecin_generaliste"], "cdi", "19 h par semaine"),
    (["infirmier"], "cdi", "30 h 24 par semaine (4/5e)"),
    (["accueillant"], "replacement", "38 h par semaine, six mois"),
    (["kinesitherapeute"], "freelance", "À convenir"),
]


def job_offer_fields(number, index):
    """The fields of the demo's job offer ``number``: on the public website for weeks to come."""
    functions_, contract, hours = JOB_OFFERS[number % len(JOB_OFFERS)]
    today = datetime.now().date()
    return {
        "job_functions": functions_,
        "contract": contract,
        "working_hours": hours,
        "job_start": today + timedelta(days=45),
        "publication_end": today + timedelta(days=21 + 7 * index),
        "how_to_apply": "Envoyez votre CV et une lettre de motivation à l'accueil de la maison médicale.",
    }


#: The managers of medical houses, by number.
HOUSE_MANAGERS = {1: ["gestionnaire_mm"], 7: ["gestionnaire_equipe"]}

#: A word that exists only inside one PDF, the first document of the nurses'
#: sectoral group: the end-to-end test (backend/scripts/e2e.sh) searches for it.
PDF_ONLY_WORD = "pharmacovigilance"
#: Every third activity (the first one included) takes registrations.
REGISTRATION_EVERY = 3
REGISTRATION_CAPACITY = 20

SECTORAL_LOCAL = {"infirmier": ("igb", "igl"), "medecin_generaliste": ("igb", "igl", "igc")}

#: Where the support form's messages arrive (journey 25 reads them there).
SUPPORT_ADDRESS = "support@demo.fmm.be"

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


#: Journey 24 (the reception desk: which open houses take a patient from 4020?): the
#: houses of Grivegnée also take patients from 4020, across the boundary; the first
#: of them is closed to registrations.
NEIGHBOURING_ZONES = {"4030": ["4020"]}
CLOSED_HOUSE_POSTAL_CODE = "4030"


def create_houses(portal, rnd):
    """125 medical houses, numbered 1.., Brussels first."""
    houses = []
    closed = {CLOSED_HOUSE_POSTAL_CODE}
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
                    open_to_registrations=rnd.random() < 0.6 and postal_code not in closed,
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
                    zone_postal_codes=[postal_code, *NEIGHBOURING_ZONES.get(postal_code, [])],
                    managers=HOUSE_MANAGERS.get(number, []),
                )
            )
            closed.discard(postal_code)
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
    create(
        folder,
        "Document",
        f"{topic} — note de synthèse",
        description="Résumé des échanges.",
        text=rich(f"<p>Synthèse : {topic}.</p>"),
    )
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
            coordinators=INTERGROUP_COORDINATORS.get(code, []),
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
                intergroup=code,
            )
            add_documents(local, rnd, f"GS {label} {code.upper()}", count=2)
    for index, (group_id, title) in enumerate(WORKING_GROUPS):
        group = api.content.create(
            container=portal["groupes-de-travail"],
            type="WorkingGroup",
            id=group_id,
            title=title,
            members=["membre_gt"] if index == 0 else [],
            coordinators=["staff_fede", *WORKING_GROUP_COORDINATORS.get(group_id, [])],
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
    for index, (title, description, paragraphs) in enumerate(story.MOVEMENT_NEWS):
        news = create(
            portal["actualites"],
            "News Item",
            title,
            description=description,
            text=rich(story.html(paragraphs)),
        )
        story.backdate(news, 3 + 4 * index)
    kinds = [token for token, _label in registry_terms("activity_types")]
    tz = default_timezone(portal, as_tzinfo=True)  # dates with a timezone, as the agenda needs
    for index in range(15):
        start = now + timedelta(days=3 * index + 1, hours=9 - now.hour)
        registration = index % REGISTRATION_EVERY == 0
        title, description, location = story.ACTIVITIES[index % len(story.ACTIVITIES)]
        create(
            portal["agenda"],
            "Activity",
            title,
            description=description,
            activity_type=kinds[index % len(kinds)],
            start=tz.localize(start),
            end=tz.localize(start + timedelta(hours=3)),
            location=location,
            registration_enabled=registration,
            capacity=REGISTRATION_CAPACITY if registration else None,
            waiting_list=registration,
        )
    types = [token for token, _label in registry_terms("announcement_types")]
    for index, house in enumerate(houses[:20]):
        kind = types[index % len(types)]
        number = (index // len(types)) % len(story.ANNOUNCEMENTS[kind])
        title, text = story.ANNOUNCEMENTS[kind][number]
        announcement = create(
            house,
            "Announcement",
            title,
            description=house.Title(),
            announcement_type=kind,
            text=rich(f"<p>{text}</p><p>Contactez l'accueil de la maison médicale.</p>"),
            publish_on_website=kind == "job_offer",
            **(job_offer_fields(number, index) if kind == "job_offer" else {}),
        )
        story.backdate(announcement, 1 + 2 * index)
    categories = [token for token, _label in registry_terms("dequap_categories")]
    for index, (title, context, objectives, content, method, audience) in enumerate(story.FORMATIONS):
        status = ["scheduled", "waiting_list", "archived"][index % 3]
        formation = create(
            portal["formations"],
            "Formation",
            title,
            description=objectives,
            context=rich(f"<p>{context}</p>"),
            objectives=rich(f"<p>{objectives}</p>"),
            content=rich(f"<p>{content}</p>"),
            method=rich(f"<p>{method}</p>"),
            audience=audience,
            dequap_category=categories[index % len(categories)],
            formation_status=status,
        )
        if status == "scheduled":  # two sessions, a week apart, three weeks from now
            for session in range(2):
                start = story.days_from_today(21 + 7 * session + index)
                create(
                    formation,
                    "Activity",
                    f"{title} — séance {session + 1}",
                    activity_type="training" if "training" in kinds else kinds[0],
                    start=tz.localize(start),
                    end=tz.localize(start + timedelta(hours=7)),
                    location=story.ACTIVITIES[index][2],
                )
    thematics = {b.getId: b.UID for b in api.content.find(portal_type="Thematic", unrestricted=True)}
    for index, (title, description, themes) in enumerate(story.TOOLS):
        create(
            portal["outils"],
            "Tool",
            title,
            description=description,
            tool_kind=["kit", "canvas", "poster", "video"][index % 4],
            dequap_category=categories[index % len(categories)],
            themes=[thematics[t] for t in themes if t in thematics],
        )


#: An upcoming study day whose registration form asks questions of several types
#: (journey 07 registers to it and its organisers, the staff, edit its questions).
QUESTIONS_ACTIVITY_ID = "journee-accueil-en-maison-medicale"
QUESTIONS_ACTIVITY_DAYS = 10
REGISTRATION_QUESTIONS = [
    {
        "type": "Choice",
        "title": "Régime alimentaire",
        "description": "Pour le repas de midi, préparé par un traiteur local.",
        "required": True,
        "choices": ["Sans restriction", "Végétarien", "Végan", "Sans gluten", "Halal"],
    },
    {"type": "Bool", "title": "Avez-vous déjà suivi ce module ?", "required": True},
    {
        "type": "MultiChoice",
        "title": "Ateliers de l'après-midi qui vous intéressent",
        "choices": [
            "Accueillir les publics précarisés",
            "Le secret professionnel à l'accueil",
            "Prévenir et gérer l'agressivité",
        ],
    },
    {"type": "Int", "title": "Depuis combien d'années travaillez-vous à l'accueil ?", "min": 0, "max": 50},
    {"type": "Date", "title": "Si vous ne pouvez venir, à partir de quelle date êtes-vous disponible ?"},
]


def create_registration_questions(portal):
    """The study day of journey 07: registration open, a form with questions."""
    tz = default_timezone(portal, as_tzinfo=True)
    start = datetime.now().replace(hour=9, minute=30, second=0, microsecond=0)
    start += timedelta(days=QUESTIONS_ACTIVITY_DAYS)
    activity = api.content.create(
        container=portal["agenda"],
        type="Activity",
        id=QUESTIONS_ACTIVITY_ID,
        title="Journée d'étude : l'accueil en maison médicale",
        description="Une journée pour les accueillant·es : échanges de pratiques et ateliers.",
        activity_type=registry_terms("activity_types")[0][0],
        start=tz.localize(start),
        end=tz.localize(start + timedelta(hours=6, minutes=30)),
        location="Namur",
        registration_enabled=True,
        capacity=30,
        waiting_list=True,
    )
    form = registration_form(activity)
    questions = [
        {**question, "choices": [{"label": label} for label in question.get("choices", [])]}
        for question in REGISTRATION_QUESTIONS
    ]
    remarks = [q for q in questions_of(form) if q["name"] == "comments"]
    write_questions(form, read_questions(form, questions + remarks))


#: News put « à la une » (home page): (title, description, days since publication,
#: last hot day relative to today). The last one stopped being hot yesterday
#: (journey 09 checks that the home does not show it).
HOT_NEWS = [
    (
        "Assemblée générale de la Fédération : le mouvement décide de ses priorités",
        "Rendez-vous des maisons médicales pour voter le plan d'action de l'année.",
        2,
        14,
    ),
    (
        "Campagne « La santé, un droit pour toutes et tous »",
        "Affiches, cartes postales et animations pour les salles d'attente.",
        5,
        7,
    ),
    (
        "Journée portes ouvertes des maisons médicales : merci !",
        "Plus de soixante maisons médicales ont ouvert leurs portes au quartier.",
        20,
        -1,
    ),
]


def create_hot_news(portal):
    """News published over the last weeks, featured until days around today."""
    today = datetime.now().date()
    for title, description, age, hot_days in HOT_NEWS:
        news = create(
            portal["actualites"],
            "News Item",
            title,
            description=description,
            text=rich(f"<p>{description}</p>"),
            featured_until=today + timedelta(days=hot_days),
        )
        news.setEffectiveDate(DateTime((datetime.now() - timedelta(days=age)).isoformat()))
        news.reindexObject()


def create_sent_newsletter(portal):
    """A federation issue in the archive, recorded as sent to its audience (no mail)."""
    title, description, intro = story.NEWSLETTER
    catalog = api.portal.get_tool("portal_catalog")
    picked = [
        brain.getObject()
        for portal_type in ("News Item", "Activity", "Formation")
        for brain in catalog(portal_type=portal_type, sort_on="created", sort_limit=2)[:2]
    ]
    intids = getUtility(IIntIds)
    newsletter = create(
        ensure_newsletter_folder(portal),
        "Newsletter",
        title,
        description=description,
        intro=intro,
        items=[RelationValue(intids.getId(item)) for item in picked],
    )
    newsletter.freeze(newsletter_audience(newsletter), now())
    api.content.transition(obj=newsletter, transition="send")
    newsletter.done.update(newsletter.recipients)
    finish(newsletter, now())


def create_overdue_request(houses):
    """A pending account request, made ``OVERDUE_REQUEST["days"]`` days ago."""
    request = OVERDUE_REQUEST
    person = {
        "first_name": request["first_name"],
        "last_name": request["last_name"],
        "email": request["email"],
        "functions": functions(*request["functions"]),
    }
    worker = open_account(person, houses[request["house"] - 1].UID(), REQUESTED)
    record = account_record(worker)
    record["requested"] = record["consent"] = now() - timedelta(days=request["days"])


def create_group_story(portal):
    """What the group pages show (SPEC rule 7): news and minutes inside the sectoral
    groups, activities they organise or are tagged with, synthesis pages of the themes."""
    tz = default_timezone(portal, as_tzinfo=True)
    groups = {
        brain.getObject().profession: brain.getObject()
        for brain in api.content.find(
            portal["groupes-sectoriels"], portal_type="SectoralGroup", depth=1, unrestricted=True
        )
    }
    for profession, entries in story.GROUP_CONTENT.items():
        group = groups[profession]
        minutes = api.content.create(
            container=group, type="Folder", id="comptes-rendus", title="Comptes rendus"
        )
        for kind, title, description, lines, days in entries:
            if kind == "news":
                story.backdate(
                    create(group, "News Item", title, description=description, text=rich(story.html(lines))),
                    -days,
                )
            elif kind == "minutes":
                story.backdate(
                    create(minutes, "Document", title, description=description, text=rich(story.html(lines))),
                    -days,
                )
            elif kind == "pdf":
                story.backdate(
                    create(minutes, "File", title, description=description, file=pdf_file(title, lines)),
                    -days,
                )
            else:  # an activity of the agenda, organised by the group or tagged with its profession
                start = story.days_from_today(days, hour=14)
                create(
                    portal["agenda"],
                    "Activity",
                    title,
                    description=description,
                    activity_type="network",
                    start=tz.localize(start),
                    end=tz.localize(start + timedelta(hours=2)),
                    location=lines[0],
                    organiser=group.UID() if kind == "organised" else None,
                    sectors=[profession] if kind == "tagged" else [],
                    recurrence="RRULE:FREQ=WEEKLY;COUNT=8" if kind == "tagged" else None,
                )
    for code, (title, description, paragraphs, days) in story.INTERGROUP_NEWS.items():
        news = create(
            portal["intergroupes"][code],
            "News Item",
            title,
            description=description,
            text=rich(story.html(paragraphs)),
        )
        story.backdate(news, days)
    for thematic_id, (title, description, paragraphs) in story.SYNTHESES.items():
        create(
            portal["thematiques"][thematic_id],
            "SynthesisPage",
            title,
            description=description,
            text=rich(story.html(paragraphs)),
        )


def create_liege_addictions_gp(portal):
    """The directory's example (the guide's "MG liégeois"): the first active GP working
    in a house of Liège's intergroup is a trainer with addictions as speciality."""
    workers = active_workers(fmm_functions="medecin_generaliste", fmm_intergroup="igl", sort_on="id")
    jobs = (job for worker in workers for job in worker.jobs())
    for job in jobs:
        house = job.workplace_object()
        if house is None or house.intergroup != "igl":
            continue
        if any(row["function"] == "medecin_generaliste" for row in job.functions):
            job.functions = [
                {**row, "complement": "maitre_de_stage", "speciality": "addictions"}
                if row["function"] == "medecin_generaliste"
                else row
                for row in job.functions
            ]
            job.reindexObject()
            return


def create_psychologist_near_the_nurse():
    """Journey 24 (the guide's "quelles maisons médicales autour de la mienne ont un
    psy"): in the nearest other house "au forfait" to the Liège nurse's, the first active
    worker is also a psychologist (the house's disciplines follow: a modified job)."""
    home = worker_of("infirmiere_liege").jobs()[0].workplace_object()
    catalog = api.portal.get_tool("portal_catalog")
    others = [
        brain._unrestrictedGetObject()
        for brain in catalog.unrestrictedSearchResults(portal_type="MedicalHouse")
        if home.UID() != brain.UID
    ]
    nearest = min(
        (house for house in others if house.geolocation and house.payment_mode == "forfait"),
        key=lambda house: distance_km(home.geolocation, house.geolocation),
    )
    workers = active_workers(fmm_workplaces=nearest.UID(), sort_on="id")
    jobs = (job for worker in workers for job in worker.jobs())
    job = next(job for job in jobs if job.workplace == nearest.UID())
    if all(row["function"] != "psychologue" for row in job.functions):
        job.functions = [*job.functions, *functions("psychologue")]
        notify(ObjectModifiedEvent(job))


def create_demo(portal):
    rnd = random.Random(2026)
    houses = create_houses(portal, rnd)
    create_people(portal, houses, rnd)
    for user_id in ADMINISTRATORS:
        api.user.grant_roles(username=user_id, roles=["Manager"])  # the audit log needs Manage portal
    create_liege_addictions_gp(portal)
    create_psychologist_near_the_nurse()
    create_overdue_request(houses)
    create_spaces(portal, rnd)
    create_publications(portal, houses, rnd)
    create_group_story(portal)
    create_hot_news(portal)
    create_sent_newsletter(portal)
    create_registration_questions(portal)
    api.portal.set_registry_record("fmm_extranet.support_address", SUPPORT_ADDRESS)
    logger.info("Demo data created")
