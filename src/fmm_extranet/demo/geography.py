"""Municipalities of Brussels and Wallonia: postal code, name, latitude, longitude.

Grouped by intergroup, with how many demo medical houses each intergroup gets
(53 in Brussels, 72 in Wallonia, as in the federation).
"""

MUNICIPALITIES = {
    "igb": (53, [
        ("1000", "Bruxelles", 50.8467, 4.3525), ("1020", "Laeken", 50.8780, 4.3510),
        ("1030", "Schaerbeek", 50.8676, 4.3737), ("1040", "Etterbeek", 50.8333, 4.3890),
        ("1050", "Ixelles", 50.8275, 4.3697), ("1060", "Saint-Gilles", 50.8270, 4.3460),
        ("1070", "Anderlecht", 50.8365, 4.3080), ("1080", "Molenbeek-Saint-Jean", 50.8550, 4.3300),
        ("1081", "Koekelberg", 50.8622, 4.3260), ("1082", "Berchem-Sainte-Agathe", 50.8650, 4.2920),
        ("1083", "Ganshoren", 50.8710, 4.3090), ("1090", "Jette", 50.8780, 4.3260),
        ("1140", "Evere", 50.8700, 4.4020), ("1150", "Woluwe-Saint-Pierre", 50.8300, 4.4320),
        ("1160", "Auderghem", 50.8150, 4.4330), ("1170", "Watermael-Boitsfort", 50.7990, 4.4150),
        ("1180", "Uccle", 50.8030, 4.3380), ("1190", "Forest", 50.8100, 4.3180),
        ("1200", "Woluwe-Saint-Lambert", 50.8420, 4.4300), ("1210", "Saint-Josse-ten-Noode", 50.8540, 4.3730),
    ]),
    "igl": (22, [
        ("4000", "Liège", 50.6326, 5.5797), ("4020", "Liège", 50.6400, 5.5950),
        ("4030", "Grivegnée", 50.6200, 5.6100), ("4100", "Seraing", 50.5830, 5.5000),
        ("4040", "Herstal", 50.6640, 5.6270), ("4800", "Verviers", 50.5890, 5.8620),
        ("4500", "Huy", 50.5180, 5.2400), ("4420", "Saint-Nicolas", 50.6300, 5.5350),
    ]),
    "igc": (14, [
        ("6000", "Charleroi", 50.4108, 4.4446), ("6001", "Marcinelle", 50.3900, 4.4400),
        ("6030", "Marchienne-au-Pont", 50.4100, 4.3950), ("6040", "Jumet", 50.4400, 4.4200),
        ("6060", "Gilly", 50.4200, 4.4800), ("6200", "Châtelet", 50.4030, 4.5250),
    ]),
    "igh": (12, [
        ("7000", "Mons", 50.4542, 3.9567), ("7100", "La Louvière", 50.4800, 4.1870),
        ("7500", "Tournai", 50.6050, 3.3880), ("7700", "Mouscron", 50.7440, 3.2060),
        ("7300", "Boussu", 50.4340, 3.7950),
    ]),
    "igbw": (8, [
        ("1300", "Wavre", 50.7170, 4.6010), ("1340", "Ottignies-Louvain-la-Neuve", 50.6680, 4.6120),
        ("1400", "Nivelles", 50.5980, 4.3280), ("1480", "Tubize", 50.6930, 4.2050),
    ]),
    "ign": (10, [
        ("5000", "Namur", 50.4669, 4.8675), ("5100", "Jambes", 50.4550, 4.8750),
        ("5060", "Sambreville", 50.4400, 4.6300), ("5500", "Dinant", 50.2610, 4.9120),
    ]),
    "igsol": (6, [
        ("6700", "Arlon", 49.6830, 5.8160), ("6900", "Marche-en-Famenne", 50.2270, 5.3440),
        ("6600", "Bastogne", 50.0000, 5.7150), ("6800", "Libramont", 49.9200, 5.3800),
    ]),
}

HOUSE_NAMES = [
    "La Passerelle", "Le Gué", "Santé Plurielle", "L'Atlas", "Les Primevères", "Le Noyer",
    "La Clé", "Le Méridien", "Les Arcades", "Bautista van Schouwen", "Le Renouveau",
    "La Venelle", "Les Marolles", "Le Tilleul", "Calendula", "Espace Santé", "La Glaise",
    "Le Cadran", "Santé Ensemble", "L'Horizon", "Le Goéland", "La Ruche", "Les Riches Claires",
    "Le Jardin", "Médecine pour le Peuple", "La Source", "Le Trèfle", "Les Colibris",
    "La Maison du Parc", "Vie et Santé", "Le Pont", "Entre Nous", "La Fontaine",
    "Le Phare", "Les Tournesols", "Cité Santé",
]

FIRST_NAMES = [
    "Amina", "Julie", "Thomas", "Nadia", "Lucas", "Sarah", "Mehdi", "Claire", "Hugo",
    "Fatima", "Antoine", "Léa", "Youssef", "Camille", "Nicolas", "Inès", "Maxime",
    "Élodie", "Samir", "Charlotte", "Pierre", "Aïcha", "Louis", "Manon", "Karim",
    "Sophie", "Olivier", "Marie", "Jonas", "Zoé",
]
LAST_NAMES = [
    "Dubois", "Lambert", "Peeters", "Janssens", "El Amrani", "Martin", "Dupont", "Lemaire",
    "Renard", "Claes", "Bensaïd", "Leclercq", "Jacobs", "Mertens", "Goossens", "Simon",
    "Laurent", "Hermans", "Diallo", "Wouters", "Collard", "Mahieu", "Bouchez", "Servais",
]
