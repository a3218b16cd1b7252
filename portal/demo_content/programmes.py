"""The AcVZ's programmes as seeded in a new portal. Colours are dark enough for white text."""

PROGRAMMES = [
    {
        "name": "Top600",
        "short_name": "Top600",
        "slug": "top600",
        "colour": "#c00000",
        "description": (
            "De Top600 is de persoonsgerichte aanpak van Amsterdammers die herhaaldelijk "
            "high impact crimes plegen: overvallen, straatroven, geweld. Een regisseur brengt "
            "zorg en straf samen rond de persoon, het gezin en de broertjes en zusjes."
        ),
        "contact_name": "Programmabureau Top600",
    },
    {
        "name": "Top400",
        "short_name": "Top400",
        "slug": "top400",
        "colour": "#8a0064",
        "description": (
            "De Top400 richt zich op jongeren van 12 tot 23 jaar die dreigen af te glijden naar "
            "zware criminaliteit. Vroeg ingrijpen met hulp, begeleiding en een duidelijke grens."
        ),
        "contact_name": "Programmabureau Top400",
    },
    {
        "name": "Radicalisering",
        "short_name": "Radicalisering",
        "slug": "radicalisering",
        "colour": "#004699",
        "description": (
            "De persoonsgerichte aanpak van personen over wie zorgen bestaan rond radicalisering "
            "of gewelddadig extremisme: een multidisciplinair casusoverleg en regie op zorg, "
            "veiligheid en weerbaarheid."
        ),
        "contact_name": "Team Radicalisering",
    },
    {
        "name": "Detentie & Terugkeer",
        "short_name": "D&T",
        "slug": "detentie-en-terugkeer",
        "colour": "#00703c",
        "description": (
            "Begeleiding van Amsterdammers die uit detentie terugkeren, zodat onderdak, inkomen, "
            "een identiteitsbewijs, zorg en dagbesteding vanaf de eerste dag geregeld zijn."
        ),
        "contact_name": "Team Detentie & Terugkeer",
    },
    {
        "name": "Criminele Families",
        "short_name": "Criminele Families",
        "slug": "criminele-families",
        "colour": "#a34700",
        "description": (
            "De aanpak van families waarin criminaliteit van generatie op generatie wordt "
            "doorgegeven, met bijzondere aandacht voor de kinderen in deze gezinnen."
        ),
        "contact_name": "Programmabureau Criminele Families",
    },
    {
        "name": "Treiter",
        "short_name": "Treiter",
        "slug": "treiter",
        "colour": "#5c3d99",
        "description": (
            "De aanpak van treiteraars: personen en groepen die buurtbewoners langdurig "
            "intimideren en overlast bezorgen. Bescherming van bewoners en een persoonsgerichte "
            "aanpak van de plegers."
        ),
        "contact_name": "Team Treiteraanpak",
    },
    {
        "name": "AcVZ-breed",
        "short_name": "AcVZ-breed",
        "slug": "acvz-breed",
        "colour": "#434343",
        "description": (
            "Kennis en materiaal dat voor alle programma's van het Actiecentrum Veiligheid en "
            "Zorg geldt: werkwijze, privacy, samenwerking met ketenpartners."
        ),
        "contact_name": "Actiecentrum Veiligheid en Zorg",
    },
]
