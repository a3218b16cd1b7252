"""Demo users, one per role; the README tables them. All share factories.DEMO_PASSWORD."""

DEMO_USERS = [
    {
        "username": "regisseur",
        "first_name": "Robin",
        "last_name": "de Regisseur",
        "groups": ["Regisseur"],
        "staff_of": None,
    },
    {
        "username": "regie-ondersteuner",
        "first_name": "Sam",
        "last_name": "Ondersteuner",
        "groups": ["Regie-ondersteuner"],
        "staff_of": None,
    },
    {
        "username": "programmamedewerker",
        "first_name": "Pim",
        "last_name": "Programma",
        "groups": ["Programmamedewerker"],
        "staff_of": "top600",
    },
    {
        "username": "medewerker-radicalisering",
        "first_name": "Noor",
        "last_name": "Radicalisering",
        "groups": ["Programmamedewerker"],
        "staff_of": "radicalisering",
    },
    {
        "username": "manager",
        "first_name": "Mo",
        "last_name": "Manager",
        "groups": ["Manager"],
        "staff_of": None,
    },
    {
        "username": "nieuwe-medewerker",
        "first_name": "Nina",
        "last_name": "Nieuw",
        "groups": ["Nieuwe medewerker"],
        "staff_of": None,
    },
    {
        "username": "redactie",
        "first_name": "Rik",
        "last_name": "Redactie",
        "groups": ["Redactie"],
        "staff_of": None,
    },
]

SUPERUSER = {"username": "beheerder", "first_name": "Beheer", "last_name": "Portaal"}
