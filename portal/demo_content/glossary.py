"""Abbreviations of the trade as seeded in a new portal: the ones a new AcVZ employee meets in the
first weeks, from case meetings, partner organisations and the law. ``programme`` is the short name
of the programme where the term is mostly used, or None for terms used across the AcVZ."""

GLOSSARY_ENTRIES = [
    # The AcVZ and its way of working
    {
        "abbreviation": "AcVZ",
        "full_term": "Actiecentrum Veiligheid en Zorg",
        "explanation": (
            "Het gemeentelijke centrum dat de persoonsgerichte aanpakken van Amsterdam regisseert, "
            "zoals de Top600, de Top400 en de aanpak Radicalisering."
        ),
        "programme": None,
    },
    {
        "abbreviation": "iPGA",
        "full_term": "integrale persoonsgerichte aanpak",
        "explanation": (
            "Een aanpak waarin zorg, straf en ondersteuning rond één persoon en diens netwerk "
            "samenkomen in één plan, met één regisseur die de partners aanstuurt."
        ),
        "programme": None,
    },
    {
        "abbreviation": "PGA",
        "full_term": "persoonsgerichte aanpak",
        "explanation": (
            "Werken vanuit de persoon in plaats van vanuit het delict of de organisatie: wat is "
            "er bij deze persoon nodig om overlast en criminaliteit te stoppen?"
        ),
        "programme": None,
    },
    {
        "abbreviation": "OOV",
        "full_term": "Openbare Orde en Veiligheid",
        "explanation": (
            "De directie van de gemeente Amsterdam die werkt aan openbare orde en veiligheid in "
            "de stad en onder wie het AcVZ valt."
        ),
        "programme": None,
    },
    {
        "abbreviation": "PvA",
        "full_term": "plan van aanpak",
        "explanation": (
            "Het plan per persoon waarin de partners vastleggen welke doelen en interventies "
            "worden ingezet en wie waarvoor verantwoordelijk is."
        ),
        "programme": None,
    },
    {
        "abbreviation": "MDO",
        "full_term": "multidisciplinair overleg",
        "explanation": (
            "Overleg waarin professionals van verschillende organisaties samen een casus "
            "bespreken en afspraken maken over de aanpak."
        ),
        "programme": None,
    },
    {
        "abbreviation": "HIC",
        "full_term": "high impact crime",
        "explanation": (
            "Delicten met grote impact op slachtoffers en hun omgeving: overvallen, straatroof, "
            "woninginbraak, zwaar geweld en moord of doodslag. De Top600 richt zich op plegers "
            "hiervan."
        ),
        "programme": "Top600",
    },
    {
        "abbreviation": "PIT",
        "full_term": "Preventief Interventie Team",
        "explanation": (
            "Amsterdams team dat jongeren die dreigen af te glijden naar criminaliteit en hun "
            "gezinnen begeleidt; partner in de Top600 en Top400."
        ),
        "programme": "Top400",
    },
    {
        "abbreviation": "LVB",
        "full_term": "licht verstandelijke beperking",
        "explanation": (
            "Een beperking in het verstandelijk en sociaal functioneren die vaak niet direct "
            "opvalt; een deel van de Top600-doelgroep heeft een LVB, wat vraagt om eenvoudige "
            "taal en concrete afspraken."
        ),
        "programme": "Top600",
    },
    # Justice partners
    {
        "abbreviation": "OM",
        "full_term": "Openbaar Ministerie",
        "explanation": (
            "De organisatie die strafbare feiten vervolgt; de officier van justitie beslist over "
            "vervolging en afdoening."
        ),
        "programme": None,
    },
    {
        "abbreviation": "RvdK",
        "full_term": "Raad voor de Kinderbescherming",
        "explanation": (
            "Onderzoekt of een kind bescherming nodig heeft en adviseert de rechter; is bij "
            "minderjarige verdachten betrokken bij het strafproces."
        ),
        "programme": None,
    },
    {
        "abbreviation": "DJI",
        "full_term": "Dienst Justitiële Inrichtingen",
        "explanation": (
            "De uitvoeringsorganisatie van het ministerie van Justitie en Veiligheid die "
            "gevangenissen, justitiële jeugdinrichtingen en tbs-klinieken beheert."
        ),
        "programme": "D&T",
    },
    {
        "abbreviation": "PI",
        "full_term": "penitentiaire inrichting",
        "explanation": (
            "Een gevangenis of huis van bewaring. Vanuit de PI wordt met de gemeente de terugkeer "
            "in de samenleving voorbereid."
        ),
        "programme": "D&T",
    },
    {
        "abbreviation": "JJI",
        "full_term": "justitiële jeugdinrichting",
        "explanation": (
            "Een inrichting voor jongeren die in voorlopige hechtenis zitten, jeugddetentie "
            "ondergaan of een PIJ-maatregel hebben gekregen."
        ),
        "programme": "D&T",
    },
    {
        "abbreviation": "3RO",
        "full_term": "de drie reclasseringsorganisaties",
        "explanation": (
            "Reclassering Nederland, Stichting Verslavingsreclassering GGZ en Leger des Heils "
            "Jeugdbescherming & Reclassering, die samen het reclasseringswerk uitvoeren."
        ),
        "programme": None,
    },
    {
        "abbreviation": "RN",
        "full_term": "Reclassering Nederland",
        "explanation": (
            "De grootste van de drie reclasseringsorganisaties: adviseert de rechter en houdt "
            "toezicht op daders met bijzondere voorwaarden of een werkstraf."
        ),
        "programme": None,
    },
    {
        "abbreviation": "SVG",
        "full_term": "Stichting Verslavingsreclassering GGZ",
        "explanation": (
            "Reclasseringsorganisatie voor cliënten met een verslaving, ondergebracht bij "
            "instellingen voor verslavingszorg."
        ),
        "programme": None,
    },
    {
        "abbreviation": "LJ&R",
        "full_term": "Leger des Heils Jeugdbescherming & Reclassering",
        "explanation": (
            "Onderdeel van het Leger des Heils dat jeugdbescherming, jeugdreclassering en "
            "reclassering uitvoert, vaak voor mensen zonder vaste woon- of verblijfplaats."
        ),
        "programme": None,
    },
    {
        "abbreviation": "ZSM",
        "full_term": "Zo Snel, Slim, Selectief, Simpel, Samen en Samenlevingsgericht Mogelijk",
        "explanation": (
            "Werkwijze van politie, OM en ketenpartners waarin na een aanhouding binnen korte "
            "tijd wordt besloten over de afdoening van veelvoorkomende criminaliteit."
        ),
        "programme": None,
    },
    {
        "abbreviation": "ZVH",
        "full_term": "Zorg- en Veiligheidshuis",
        "explanation": (
            "Regionaal samenwerkingsverband waarin partners uit zorg, veiligheid en het sociaal "
            "domein complexe casuïstiek gezamenlijk aanpakken."
        ),
        "programme": None,
    },
    {
        "abbreviation": "NIFP",
        "full_term": "Nederlands Instituut voor Forensische Psychiatrie en Psychologie",
        "explanation": (
            "Adviseert justitie over de geestelijke gezondheid van verdachten, bijvoorbeeld met "
            "een pro Justitia-rapportage, en stelt indicaties voor forensische zorg."
        ),
        "programme": None,
    },
    {
        "abbreviation": "CJIB",
        "full_term": "Centraal Justitieel Incassobureau",
        "explanation": (
            "Int boetes en schadevergoedingsmaatregelen; openstaande vorderingen zijn een bekend "
            "knelpunt bij schuldhulpverlening na detentie."
        ),
        "programme": "D&T",
    },
    {
        "abbreviation": "HKS",
        "full_term": "Herkenningsdienstsysteem",
        "explanation": (
            "Het politiesysteem met gegevens over verdachten van misdrijven en hun antecedenten, "
            "een bron van politie-informatie in de persoonsgerichte aanpak."
        ),
        "programme": "Top600",
    },
    {
        "abbreviation": "BOA",
        "full_term": "buitengewoon opsporingsambtenaar",
        "explanation": (
            "Handhaver met beperkte opsporingsbevoegdheden, bijvoorbeeld van de gemeente; "
            "signaleert overlast in de wijk."
        ),
        "programme": "Treiter",
    },
    {
        "abbreviation": "Halt",
        "full_term": "Het ALTernatief",
        "explanation": (
            "Organisatie die jongeren na licht strafbaar gedrag een Halt-straf laat doen: een "
            "leertraject en excuses of herstel, in plaats van een strafzaak."
        ),
        "programme": "Top400",
    },
    # Sanctions and measures
    {
        "abbreviation": "ISD",
        "full_term": "Inrichting voor Stelselmatige Daders",
        "explanation": (
            "Maatregel waarmee een zeer actieve veelpleger tot twee jaar kan worden opgesloten, "
            "met de mogelijkheid van behandeling en een traject naar terugkeer."
        ),
        "programme": "D&T",
    },
    {
        "abbreviation": "PIJ",
        "full_term": "Plaatsing in een Inrichting voor Jeugdigen",
        "explanation": (
            "Jeugdstrafrechtelijke maatregel waarbij een jongere in een justitiële "
            "jeugdinrichting wordt behandeld, vergelijkbaar met tbs voor volwassenen."
        ),
        "programme": "Top400",
    },
    {
        "abbreviation": "tbs",
        "full_term": "terbeschikkingstelling",
        "explanation": (
            "Maatregel voor daders van ernstige delicten die een stoornis hebben en een groot "
            "risico op herhaling; zij worden in een tbs-kliniek behandeld."
        ),
        "programme": None,
    },
    {
        "abbreviation": "VOG",
        "full_term": "Verklaring Omtrent het Gedrag",
        "explanation": (
            "Verklaring van Justis dat iemands justitiële verleden geen bezwaar is voor een "
            "bepaalde functie; vaak een drempel bij werk na detentie."
        ),
        "programme": "D&T",
    },
    # Care, youth and safety at home
    {
        "abbreviation": "GGD",
        "full_term": "Gemeentelijke Gezondheidsdienst",
        "explanation": (
            "De GGD Amsterdam screent personen in de Top600 en Top400 op onder meer gezondheid, "
            "verstandelijk vermogen en verslaving en levert regisseurs."
        ),
        "programme": None,
    },
    {
        "abbreviation": "GGZ",
        "full_term": "geestelijke gezondheidszorg",
        "explanation": (
            "Zorg bij psychische problemen en verslaving, vrijwillig of gedwongen, ambulant of "
            "met opname."
        ),
        "programme": None,
    },
    {
        "abbreviation": "VT",
        "full_term": "Veilig Thuis",
        "explanation": (
            "Het advies- en meldpunt voor huiselijk geweld en kindermishandeling, waar "
            "professionals en burgers zorgen kunnen melden."
        ),
        "programme": None,
    },
    {
        "abbreviation": "MDA++",
        "full_term": "multidisciplinaire aanpak van huiselijk geweld en kindermishandeling",
        "explanation": (
            "Werkwijze voor complexe en langdurige situaties van huiselijk geweld en "
            "kindermishandeling, waarin zorg en veiligheid samen het hele gezinssysteem aanpakken."
        ),
        "programme": None,
    },
    {
        "abbreviation": "JBRA",
        "full_term": "Jeugdbescherming Regio Amsterdam",
        "explanation": (
            "Voert in de regio Amsterdam kinderbeschermingsmaatregelen en jeugdreclassering uit; "
            "een vaste partner bij minderjarigen in de Top400."
        ),
        "programme": "Top400",
    },
    {
        "abbreviation": "OKT",
        "full_term": "Ouder- en Kindteam",
        "explanation": (
            "Amsterdamse teams in de wijk en op scholen waar ouders en jongeren terechtkunnen met "
            "vragen over opvoeden en opgroeien."
        ),
        "programme": "Top400",
    },
    {
        "abbreviation": "WPI",
        "full_term": "Werk, Participatie en Inkomen",
        "explanation": (
            "Het onderdeel van de gemeente Amsterdam dat uitkeringen, schuldhulpverlening en "
            "begeleiding naar werk regelt; belangrijk voor inkomen direct na detentie."
        ),
        "programme": "D&T",
    },
    # Laws and registers
    {
        "abbreviation": "Wvggz",
        "full_term": "Wet verplichte geestelijke gezondheidszorg",
        "explanation": (
            "Wet sinds 2020 die regelt wanneer iemand met een psychische stoornis verplichte zorg "
            "kan krijgen, thuis of met een opname."
        ),
        "programme": None,
    },
    {
        "abbreviation": "Wzd",
        "full_term": "Wet zorg en dwang psychogeriatrische en verstandelijk gehandicapte cliënten",
        "explanation": (
            "Wet sinds 2020 voor onvrijwillige zorg aan mensen met dementie of een verstandelijke "
            "beperking; verving samen met de Wvggz de Wet Bopz."
        ),
        "programme": None,
    },
    {
        "abbreviation": "Bopz",
        "full_term": "Wet bijzondere opnemingen in psychiatrische ziekenhuizen",
        "explanation": (
            "De wet voor gedwongen opname die in 2020 is vervangen door de Wvggz en de Wzd; komt "
            "nog voor in oudere dossiers."
        ),
        "programme": None,
    },
    {
        "abbreviation": "Wmo",
        "full_term": "Wet maatschappelijke ondersteuning",
        "explanation": (
            "Wet waarmee de gemeente ondersteuning regelt, zoals begeleiding, maatschappelijke "
            "opvang en beschermd wonen."
        ),
        "programme": None,
    },
    {
        "abbreviation": "AVG",
        "full_term": "Algemene verordening gegevensbescherming",
        "explanation": (
            "De Europese privacywet. Gegevens over gezondheid en strafrecht zijn extra beschermd; "
            "daarom horen er geen persoonsgegevens in lessen en verslagen."
        ),
        "programme": None,
    },
    {
        "abbreviation": "Wpg",
        "full_term": "Wet politiegegevens",
        "explanation": (
            "Regelt wat de politie met politiegegevens mag doen en wanneer zij die met partners "
            "in een casusoverleg mag delen."
        ),
        "programme": None,
    },
    {
        "abbreviation": "Bibob",
        "full_term": "Wet bevordering integriteitsbeoordelingen door het openbaar bestuur",
        "explanation": (
            "Wet waarmee de gemeente een vergunning of subsidie kan weigeren als het risico "
            "bestaat dat die voor criminele doelen wordt gebruikt."
        ),
        "programme": "Criminele Families",
    },
    {
        "abbreviation": "RIEC",
        "full_term": "Regionaal Informatie- en Expertisecentrum",
        "explanation": (
            "Samenwerkingsverband van gemeenten, politie, OM en Belastingdienst tegen "
            "ondermijnende criminaliteit, met bestuurlijke en strafrechtelijke middelen."
        ),
        "programme": "Criminele Families",
    },
    {
        "abbreviation": "BSN",
        "full_term": "burgerservicenummer",
        "explanation": (
            "Het persoonsnummer van iedere ingeschreven inwoner. Hoort nooit in lessen, verslagen "
            "of presentaties op dit portaal."
        ),
        "programme": None,
    },
    {
        "abbreviation": "BRP",
        "full_term": "Basisregistratie Personen",
        "explanation": (
            "De registratie van persoonsgegevens van inwoners; inschrijving in de BRP is nodig "
            "voor een identiteitsbewijs, uitkering en zorgverzekering na detentie."
        ),
        "programme": "D&T",
    },
    # Radicalisation
    {
        "abbreviation": "NCTV",
        "full_term": "Nationaal Coördinator Terrorismebestrijding en Veiligheid",
        "explanation": (
            "Coördineert landelijk de bestrijding van terrorisme en extremisme en publiceert het "
            "Dreigingsbeeld Terrorisme Nederland."
        ),
        "programme": "Radicalisering",
    },
    {
        "abbreviation": "AIVD",
        "full_term": "Algemene Inlichtingen- en Veiligheidsdienst",
        "explanation": (
            "De inlichtingendienst die dreigingen tegen de nationale veiligheid onderzoekt, "
            "waaronder gewelddadig extremisme."
        ),
        "programme": "Radicalisering",
    },
    {
        "abbreviation": "LSE",
        "full_term": "Landelijk Steunpunt Extremisme",
        "explanation": (
            "Biedt deradicaliserings- en exitbegeleiding aan personen en advies aan professionals "
            "die met extremisme te maken krijgen."
        ),
        "programme": "Radicalisering",
    },
    {
        "abbreviation": "VNG",
        "full_term": "Vereniging van Nederlandse Gemeenten",
        "explanation": (
            "De vereniging van alle gemeenten, die onder meer handreikingen maakt voor de "
            "persoonsgerichte aanpak en zorg- en veiligheidshuizen."
        ),
        "programme": None,
    },
    {
        "abbreviation": "WODC",
        "full_term": "Wetenschappelijk Onderzoek- en Datacentrum",
        "explanation": (
            "Het onderzoekscentrum van het ministerie van Justitie en Veiligheid, dat onder meer "
            "de effecten van de Top600-aanpak heeft onderzocht."
        ),
        "programme": None,
    },
]
