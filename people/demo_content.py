"""Demo colleagues of the partner directory: fictional, with a work role and work channels
only. Each partner gets an accounthouder and regie-specialisten for two programmes."""

# username, first name, last name, role, programme slug, expertise tags
COLLEAGUES = [
    (
        "accounthouder-politie",
        "Alex",
        "Accounthouder",
        "Accounthouder politie en OM",
        "acvz-breed",
        ["ketenpartners", "politie"],
    ),
    (
        "accounthouder-zorg",
        "Bo",
        "Zorgpartners",
        "Accounthouder zorgpartners",
        "acvz-breed",
        ["ggz", "zorg"],
    ),
    (
        "accounthouder-jeugd",
        "Charlie",
        "Jeugdketen",
        "Accounthouder jeugdketen",
        "acvz-breed",
        ["jeugd", "onderwijs"],
    ),
    (
        "accounthouder-wonen",
        "Dani",
        "Wonen",
        "Accounthouder wonen en inkomen",
        "acvz-breed",
        ["wonen", "schulden"],
    ),
    (
        "specialist-top600",
        "Eef",
        "Specialist",
        "Regie-specialist Top600",
        "top600",
        ["re-integratie", "detentie"],
    ),
    (
        "specialist-top400",
        "Fenna",
        "Specialist",
        "Regie-specialist Top400",
        "top400",
        ["jeugd", "groepsaanpak"],
    ),
    (
        "specialist-radicalisering",
        "Gijs",
        "Specialist",
        "Regie-specialist Radicalisering",
        "radicalisering",
        ["radicalisering", "ggz"],
    ),
]

WORK_CHANNELS = "Teams, of het functionele postvak van het programma"

# partner slug: (accounthouder username, what it does, desk, functional mailbox, specialists)
PARTNERS = {
    "politie": (
        "accounthouder-politie",
        "Signaleert, handhaaft en deelt informatie in het casusoverleg.",
        "Zorg- en veiligheidsdesk politie",
        "zorgdesk@politie.invalid",
    ),
    "om": (
        "accounthouder-politie",
        "Vervolgt en stemt strafrechtelijke interventies af met de regisseur.",
        "Parketsecretariaat persoonsgerichte aanpak",
        "pga-desk@om.invalid",
    ),
    "reclassering": (
        "accounthouder-politie",
        "Houdt toezicht en begeleidt bij voorwaarden en re-integratie.",
        "Adviesunit reclassering",
        "advies@reclassering.invalid",
    ),
    "dji": (
        "accounthouder-politie",
        "Voert vrijheidsbeneming uit en bereidt terugkeer voor met de gemeente.",
        "Casemanagement penitentiaire inrichtingen",
        "casemanagement@dji.invalid",
    ),
    "raad-voor-de-kinderbescherming": (
        "accounthouder-jeugd",
        "Onderzoekt en adviseert bij zorgen over de veiligheid van kinderen.",
        "Servicedesk Raad",
        "servicedesk@rvdk.invalid",
    ),
    "ggd": (
        "accounthouder-zorg",
        "Bemoeizorg, openbare geestelijke gezondheidszorg en advies.",
        "Meldpunt zorg en overlast",
        "meldpunt@ggd.invalid",
    ),
    "wijkteam": (
        "accounthouder-zorg",
        "Hulp en ondersteuning in de wijk voor gezinnen en volwassenen.",
        "Wijkteam, via de centrale intake",
        "intake@wijkteams.invalid",
    ),
    "woningcorporatie": (
        "accounthouder-wonen",
        "Woonruimte, huurachterstanden en overlast.",
        "Team bijzondere huisvesting",
        "bijzondere-huisvesting@corporatie.invalid",
    ),
    "school": (
        "accounthouder-jeugd",
        "Onderwijs, verzuim en zorg op school.",
        "Zorgcoördinatie via het samenwerkingsverband",
        "zorgteam@onderwijs.invalid",
    ),
    "veilig-thuis": (
        "accounthouder-jeugd",
        "Advies en meldingen bij huiselijk geweld en kindermishandeling.",
        "Adviesdesk Veilig Thuis",
        "advies@veiligthuis.invalid",
    ),
    "leerplicht": (
        "accounthouder-jeugd",
        "Handhaaft de leerplicht en zoekt met school naar een passende plek.",
        "Bureau leerplicht",
        "bureau@leerplicht.invalid",
    ),
    "jeugdbescherming": (
        "accounthouder-jeugd",
        "Voert kinderbeschermingsmaatregelen en jeugdreclassering uit.",
        "Frontoffice jeugdbescherming",
        "frontoffice@jeugdbescherming.invalid",
    ),
    "ggz": (
        "accounthouder-zorg",
        "Behandeling en begeleiding bij psychische problemen.",
        "Consultatiedesk GGZ",
        "consultatie@ggz.invalid",
    ),
    "werk-en-inkomen": (
        "accounthouder-wonen",
        "Uitkering, schuldhulp en werk.",
        "Ketenloket werk en inkomen",
        "ketenloket@wi.invalid",
    ),
    "zorg-en-veiligheidshuis": (
        "accounthouder-politie",
        "Verbindt zorg en straf in complexe casussen.",
        "Procesregie ZVH",
        "procesregie@zvh.invalid",
    ),
}

SPECIALISTS = [("top600", "specialist-top600"), ("radicalisering", "specialist-radicalisering")]
JEUGD_SPECIALISTS = [("top400", "specialist-top400"), ("top600", "specialist-top600")]
JEUGD_PARTNERS = {
    "raad-voor-de-kinderbescherming",
    "school",
    "veilig-thuis",
    "leerplicht",
    "jeugdbescherming",
}
