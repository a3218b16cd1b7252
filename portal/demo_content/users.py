"""Demo users, one per role; the README tables them. All share factories.DEMO_PASSWORD.
`programme_groups` names the Programme fields holding the programme groups they belong to."""

DEMO_USERS = [
    {
        "username": "regisseur",
        "first_name": "Robin",
        "last_name": "de Regisseur",
        "groups": ["Regisseur"],
        "programme": "radicalisering",
        "programme_groups": ["team_group"],
    },
    {
        "username": "regie-ondersteuner",
        "first_name": "Sam",
        "last_name": "Ondersteuner",
        "groups": ["Regie-ondersteuner"],
        "programme": "top600",
        "programme_groups": ["team_group"],
    },
    {
        "username": "programmamedewerker",
        "first_name": "Pim",
        "last_name": "Programma",
        "groups": ["Programmamedewerker"],
        "programme": "top600",
        "programme_groups": ["team_group", "staff_group"],
    },
    {
        "username": "medewerker-radicalisering",
        "first_name": "Noor",
        "last_name": "Radicalisering",
        "groups": ["Programmamedewerker"],
        "programme": "radicalisering",
        "programme_groups": ["team_group", "staff_group", "editor_group"],
    },
    {
        "username": "manager",
        "first_name": "Mo",
        "last_name": "Manager",
        "groups": ["Manager"],
        "programme": "radicalisering",
        "programme_groups": ["team_group", "manager_group"],
    },
    {
        "username": "nieuwe-medewerker",
        "first_name": "Nina",
        "last_name": "Nieuw",
        "groups": ["Nieuwe medewerker"],
        "programme": "radicalisering",
        "programme_groups": ["team_group"],
    },
    {
        "username": "redactie",
        "first_name": "Rik",
        "last_name": "Redactie",
        "groups": ["Redactie"],
        "programme": "acvz-breed",
        "programme_groups": ["team_group"],
    },
]

SUPERUSER = {"username": "beheerder", "first_name": "Beheer", "last_name": "Portaal"}
