"""The movement's story in the demo: French news, activities, announcements, formations,
tools, minutes and synthesis pages, dated around today, in the spaces of the personas.

Everything here is fixed text: the same demo every time, only its dates follow today.
"""

from DateTime import DateTime
from datetime import datetime
from datetime import timedelta


#: The news of the movement (actualites folder): (title, description, paragraphs).
MOVEMENT_NEWS = [
    (
        "Les maisons médicales fêtent 40 ans de soins de première ligne",
        "Retour sur quatre décennies d'un mouvement qui défend une santé globale et accessible.",
        [
            "Des premières équipes pluridisciplinaires des années 1970 aux 125 maisons médicales "
            "d'aujourd'hui, le mouvement a grandi sans perdre son cap : soigner, prévenir et agir "
            "sur les déterminants sociaux de la santé.",
            "Une exposition itinérante circulera dans les sept intergroupes jusqu'à l'été.",
        ],
    ),
    (
        "Forfait : le nombre de patient·es inscrit·es a encore progressé",
        "Les chiffres de l'INAMI confirment l'intérêt pour le paiement forfaitaire.",
        [
            "Plus de 500 000 patient·es sont aujourd'hui inscrit·es dans une maison médicale au "
            "forfait. La Fédération publie une note d'analyse à l'intention des équipes.",
        ],
    ),
    (
        "Nouvelle brochure : accueillir les patient·es sans titre de séjour",
        "Un guide pratique pour les équipes d'accueil, réalisé avec le GT Accueil.",
        [
            "L'aide médicale urgente reste mal connue. La brochure reprend les démarches, les "
            "interlocuteurs des CPAS et des exemples de bonnes pratiques.",
        ],
    ),
    (
        "Santé et climat : les maisons médicales s'engagent",
        "Vagues de chaleur, qualité de l'air : des équipes témoignent de leurs actions.",
        [
            "Le GT Écologie et santé a recensé les initiatives des équipes : plans canicule, "
            "consultations à vélo, potagers communautaires.",
        ],
    ),
    (
        "Recrutement de médecins généralistes : un appel commun",
        "Les intergroupes bruxellois et wallons unissent leurs efforts.",
        [
            "Une campagne commune présente le travail en maison médicale aux assistant·es en "
            "médecine générale, avec des stages et des journées découverte.",
        ],
    ),
    (
        "Le secret professionnel partagé, une question d'équipe",
        "Synthèse de la journée d'étude de la thématique Secret professionnel.",
        [
            "Qui peut savoir quoi, et pourquoi ? Les participant·es ont travaillé sur des "
            "situations concrètes rencontrées à l'accueil et en consultation.",
        ],
    ),
    (
        "Santé mentale en première ligne : les psychologues conventionné·es",
        "Point sur la convention et sur son application dans les maisons médicales.",
        [
            "La convention permet des séances à tarif réduit. Les équipes partagent leurs "
            "modèles d'organisation et leurs questions.",
        ],
    ),
    (
        "Lettre des intergroupes : les nouvelles de la rentrée",
        "Assemblées, formations et projets communautaires dans les régions.",
        [
            "L'IGL prépare une journée sur la santé communautaire, l'IGB relance ses groupes "
            "locaux et l'IGH accueille deux nouvelles maisons médicales.",
        ],
    ),
    (
        "Accessibilité : des consultations en langue des signes",
        "Une maison médicale bruxelloise partage son expérience.",
        [
            "Avec un interprète présent deux demi-journées par semaine, l'équipe a ouvert ses "
            "consultations aux patient·es sourd·es du quartier.",
        ],
    ),
    (
        "Assuétudes : un outil pour parler de l'alcool en consultation",
        "La thématique Assuétudes propose un canevas d'entretien testé par six équipes.",
        [
            "Le canevas aide à ouvrir la conversation sans jugement et à orienter vers le réseau.",
        ],
    ),
    (
        "Un nouveau logiciel de dossier patient partagé à l'essai",
        "Cinq maisons médicales testent l'outil pendant six mois.",
        [
            "La Fédération accompagne le test et publiera une évaluation à destination des gestionnaires.",
        ],
    ),
    (
        "Bienvenue aux nouvelles maisons médicales membres",
        "Trois équipes ont rejoint la Fédération ce trimestre.",
        [
            "Elles se présentent dans le répertoire des maisons médicales ; n'hésitez pas à prendre contact.",
        ],
    ),
]

#: The agenda (activities folder), one per generated activity: (title, description, location).
ACTIVITIES = [
    ("Assemblée des intergroupes", "Les coordinations des sept intergroupes font le point.", "Bruxelles"),
    ("Soirée d'échanges : le travail au forfait", "Pour les nouvelles équipes et les curieux.", "Namur"),
    ("Formation : premiers secours en santé mentale", "Deux jours pour repérer et orienter.", "Liège"),
    ("Rencontre des accueillant·es de l'IGB", "Échanges de pratiques à l'accueil.", "Bruxelles"),
    ("Webinaire : la réforme de l'aide médicale urgente", "Ce qui change pour les équipes.", "En ligne"),
    ("Journée santé communautaire", "Projets de quartier et participation des patient·es.", "Charleroi"),
    ("Atelier : animer une salle d'attente", "Affiches, vidéos et animations.", "Mons"),
    ("Groupe de parole des coordinateur·rices", "Un temps pour souffler et partager.", "Namur"),
    ("Formation : l'entretien motivationnel", "Bases et mises en situation.", "Liège"),
    (
        "Conférence : inégalités sociales de santé",
        "Avec des chercheur·es de l'ULB et de l'ULiège.",
        "Bruxelles",
    ),
    ("Visite d'une maison médicale rurale", "Découvrir une équipe de l'IGLux.", "Marche-en-Famenne"),
    ("Atelier gestion : budget et forfait", "Pour les gestionnaires.", "Namur"),
    ("Formation : le secret professionnel partagé", "Cas pratiques en petits groupes.", "Bruxelles"),
    ("Rencontre du réseau santé mentale", "Avec les services de santé mentale de la région.", "Liège"),
    ("Journée d'étude : vieillir chez soi", "Soins à domicile et aidant·es proches.", "Charleroi"),
]

#: Announcements of medical houses by announcement type: (title, text).
ANNOUNCEMENTS = {
    "job_offer": [
        ("Nous recrutons un·e médecin généraliste (mi-temps)", "CDI, équipe de 14 personnes, au forfait."),
        ("Offre d'emploi : infirmier·ère à 4/5e", "Soins à domicile et consultations infirmières."),
        ("Accueillant·e recherché·e pour remplacement", "Contrat de six mois, horaires de jour."),
        ("Kinésithérapeute indépendant·e bienvenu·e", "Cabinet équipé, patientèle au forfait."),
    ],
    "equipment": [
        ("À donner : table d'examen électrique", "En bon état, à venir chercher sur place."),
        ("Recherche : tensiomètre de consultation", "Pour notre nouvelle salle de soins."),
        ("Vends : armoire à dossiers", "Huit tiroirs, prix symbolique."),
        ("Matériel de kinésithérapie disponible", "Ballons, élastiques, espaliers."),
    ],
    "pooling": [
        ("Mutualisation d'un·e assistant·e social·e", "Nous cherchons une maison médicale voisine."),
        ("Achat groupé de vaccins antigrippaux", "Commande commune avant la fin du mois."),
        ("Partage d'un local de réunion", "Disponible les mardis et jeudis soir."),
        ("Service de traduction partagé", "Interprètes en arabe, turc et dari."),
    ],
    "collaboration": [
        ("Projet diabète : cherchons partenaires", "Éducation thérapeutique en groupe."),
        ("Recherche-action sur l'accueil", "Avec une haute école, deux équipes recherchées."),
        ("Collaboration avec une école de devoirs", "Ateliers santé pour les enfants du quartier."),
        ("Réseau de sages-femmes", "Suivi pré- et postnatal partagé."),
    ],
    "activity": [
        ("Fête de quartier de la maison médicale", "Stands santé, goûter et musique."),
        ("Marche santé du dimanche", "Départ devant la maison médicale à 10 h."),
        ("Atelier cuisine à petit budget", "Avec notre diététicienne, sur inscription."),
        ("Séance d'information : l'inscription au forfait", "Pour les habitant·es du quartier."),
    ],
}

#: Formations: (title, context, objectives, content, method, audience).
FORMATIONS = [
    (
        "Travailler en équipe pluridisciplinaire",
        "Les équipes grandissent et se renouvellent.",
        "Clarifier les rôles, préparer une réunion d'équipe efficace.",
        "Outils de concertation, intervision, prise de décision.",
        "Apports théoriques et jeux de rôle.",
        "Toutes les fonctions.",
    ),
    (
        "Accueillir en maison médicale",
        "L'accueil est la porte d'entrée de la maison médicale.",
        "Soigner la relation, gérer les situations difficiles.",
        "Communication, droits des patient·es, secret professionnel.",
        "Mises en situation, partage d'expériences.",
        "Accueillant·es et secrétaires.",
    ),
    (
        "La santé communautaire, concrètement",
        "Agir sur les déterminants de la santé avec les habitant·es.",
        "Monter un projet avec un groupe de patient·es.",
        "Diagnostic communautaire, partenariats, évaluation.",
        "Visite d'un projet et ateliers.",
        "Toutes les fonctions.",
    ),
    (
        "Gestion et financement au forfait",
        "Le forfait demande une gestion attentive des inscriptions.",
        "Comprendre le calcul du forfait et piloter son budget.",
        "Règles INAMI, tableaux de bord, cas pratiques.",
        "Exposés et exercices.",
        "Gestionnaires et coordinateur·rices.",
    ),
    (
        "Prévenir l'épuisement professionnel",
        "Les équipes de première ligne sont exposées.",
        "Repérer les signaux, construire une prévention d'équipe.",
        "Charge de travail, soutien entre collègues, supervision.",
        "Ateliers en petits groupes.",
        "Toutes les fonctions.",
    ),
    (
        "Participation des patient·es",
        "Les patient·es ont leur mot à dire sur l'organisation des soins.",
        "Mettre en place un comité de patient·es.",
        "Méthodes participatives, témoignages d'équipes.",
        "Échanges et préparation d'un projet.",
        "Toutes les fonctions.",
    ),
]

#: Tools: (title, description, thematic ids it is tagged with).
TOOLS = [
    (
        "Kit d'animation « Vague de chaleur »",
        "Affiches et fiches pour préparer les patient·es à la canicule.",
        ["ecologie-et-sante"],
    ),
    ("Canevas d'entretien sur l'alcool", "Pour ouvrir la conversation en consultation.", ["assuetudes"]),
    (
        "Affiche « Le secret professionnel à l'accueil »",
        "À afficher derrière le comptoir.",
        ["secret-professionnel"],
    ),
    ("Vidéo : c'est quoi une maison médicale ?", "Trois minutes pour présenter l'équipe et le forfait.", []),
    ("Jeu de cartes « Parlons santé mentale »", "Pour animer un groupe de patient·es.", ["sante-mentale"]),
    (
        "Canevas de diagnostic communautaire",
        "Les étapes pour connaître son quartier.",
        ["sante-communautaire"],
    ),
    ("Affiche « Qualité de l'air intérieur »", "Conseils simples pour les logements.", ["ecologie-et-sante"]),
    (
        "Kit « Premiers pas en réduction des risques »",
        "Matériel et fiches pour les équipes.",
        ["assuetudes", "sante-mentale"],
    ),
]

#: The group pages' own content, by sectoral profession: news inside the group,
#: minutes (pages), PDFs and activities stored in, organised by or tagged with it.
#: (kind, title, description, text lines, days from today)
GROUP_CONTENT = {
    "infirmier": [
        (
            "news",
            "Les infirmier·ères se retrouvent à Namur",
            "Une journée pour parler soins à domicile.",
            ["Plus de soixante infirmier·ères de tous les intergroupes ont partagé leurs pratiques."],
            -6,
        ),
        (
            "minutes",
            "PV de la réunion du groupe infirmier·ère de septembre",
            "Ordre du jour : soins de plaies, tournées, matériel partagé.",
            [
                "Présent·es : onze infirmier·ères de six maisons médicales.",
                "Décision : un protocole commun pour les soins de plaies chroniques.",
                "Suivi : le groupe prépare une intervision en novembre.",
            ],
            -40,
        ),
        (
            "pdf",
            "Charte des soins infirmiers à domicile",
            "Le cadre commun des tournées des maisons médicales.",
            [
                "Les soins à domicile respectent le rythme et les choix des patient·es.",
                "Chaque tournée est préparée en équipe et partagée dans le dossier.",
            ],
            -75,
        ),
        (
            "organised",
            "Intervision infirmière : les soins de plaies",
            "Partage de cas et de protocoles entre infirmier·ères.",
            ["Namur"],
            4,
        ),
        (
            "tagged",
            "Permanence des infirmier·ères référent·es diabète",
            "Chaque mardi, une infirmier·ère répond aux questions des équipes.",
            ["En ligne"],
            6,
        ),
    ],
    "medecin_generaliste": [
        (
            "news",
            "Médecine générale : la garde de nuit réorganisée",
            "Ce qui change pour les médecins des maisons médicales.",
            ["Les postes de garde se regroupent ; les maisons médicales participent aux rôles."],
            -3,
        ),
        (
            "minutes",
            "PV de la réunion des médecins généralistes d'octobre",
            "Garde, prévention, recrutement des assistant·es.",
            [
                "Présent·es : neuf médecins de cinq maisons médicales.",
                "Décision : un guide d'accueil pour les assistant·es en médecine générale.",
            ],
            -25,
        ),
        (
            "organised",
            "Soirée clinique : l'antibiothérapie raisonnée",
            "Cas cliniques et recommandations récentes.",
            ["Bruxelles"],
            8,
        ),
    ],
}

#: News inside intergroups, by code: (title, description, paragraphs, days ago).
INTERGROUP_NEWS = {
    "igl": (
        "L'IGL prépare sa journée santé communautaire",
        "Les maisons médicales liégeoises présentent leurs projets de quartier.",
        ["Inscriptions ouvertes aux équipes de l'intergroupe ; les autres régions sont bienvenues."],
        2,
    ),
    "igb": (
        "IGB : relance des groupes locaux bruxellois",
        "Infirmier·ères et médecins généralistes se retrouvent par intergroupe.",
        ["Les groupes locaux se réunissent tous les deux mois ; leurs comptes rendus sont en ligne."],
        9,
    ),
}

#: Synthesis pages, by thematic area id: (title, description, paragraphs).
SYNTHESES = {
    "sante-mentale": (
        "Santé mentale en maison médicale : nos ressources",
        "Outils, formations et contacts réunis par la thématique.",
        ["Repérer, accompagner, orienter : les ressources utiles aux équipes."],
    ),
    "ecologie-et-sante": (
        "Climat et santé : ce que peuvent faire les équipes",
        "Plans canicule, mobilité, alimentation : une synthèse.",
        ["Les actions possibles, des plus simples aux projets de quartier."],
    ),
}


def html(paragraphs):
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def days_from_today(days, hour=9):
    today = datetime.now().replace(minute=0, second=0, microsecond=0)
    return (today + timedelta(days=days)).replace(hour=hour)


def backdate(obj, days):
    """Created and published ``days`` before today (a deterministic past)."""
    when = DateTime(days_from_today(-days, hour=10).isoformat())
    obj.creation_date = when
    obj.setEffectiveDate(when)
    obj.reindexObject()


#: The federation's sent newsletter (lettre-electronique): title, description, intro.
NEWSLETTER = (
    "Lettre électronique de la Fédération — les nouvelles du mois",
    "Les actualités, activités et formations du mouvement.",
    "Bonjour à toutes et à tous,\n\nVoici les nouvelles du mouvement de ces dernières "
    "semaines : bonne lecture !",
)
