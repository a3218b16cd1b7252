"""Demo learning paths: the onboarding path, mandatory for new employees within 30 days of
joining, and the regisseur training, mandatory for regisseurs by a fixed date."""

import datetime

LEARNING_PATHS = [
    {
        "slug": "onboarding-nieuwe-regisseur",
        "title": "Onboarding nieuwe regisseur",
        "intro": "De basis voor wie net begint bij de AcVZ: wat regie voeren is, de pijlers van "
        "de aanpak en hoe je informatie deelt. Rond dit pad af in je eerste maand.",
        "audience": "nieuwe-medewerker",
        "modules": [
            "regie-voeren-op-een-netwerkaanpak",
            "de-pijlers-straf-zorg-en-brusjes",
            "informatiedeling-en-notificatie",
        ],
        "mandatory_for": [{"group": "Nieuwe medewerker", "due_after_days": 30}],
    },
    {
        "slug": "regisseursopleiding",
        "title": "Regisseursopleiding",
        "intro": "De verdieping voor regisseurs: gesprekken met het gezin, re-integratie na "
        "detentie en werken met de monitors.",
        "audience": "regisseur",
        "modules": [
            "gespreksvoering-met-ouders-en-broers-en-zussen",
            "re-integratie-na-detentie",
            "de-maand-en-halfjaarmonitor",
        ],
        "mandatory_for": [{"group": "Regisseur", "due_date": datetime.date(2026, 10, 1)}],
    },
]
