# ruff: noqa: E501  (prose and judgment strings wrap where the sentence does, not at column 100)
"""Glossary entries of the independent corpus: abbreviations of the trade that the demo glossary
does not have, and plain terms (their "abbreviation" is the term as people write it).
``programme`` is a programme slug, or None for terms used across the AcVZ."""


def entry(key, abbreviation, full_term, explanation, programme=None):
    return {
        "key": key,
        "abbreviation": abbreviation,
        "full_term": full_term,
        "explanation": explanation,
        "programme": programme,
    }


GLOSSARY = [
    entry(
        "ind-begrip-ots",
        "OTS",
        "ondertoezichtstelling",
        "Kinderbeschermingsmaatregel waarbij de kinderrechter bepaalt dat een gezin hulp moet "
        "accepteren van een jeugdbeschermer. Duurt meestal een jaar en kan worden verlengd.",
        "top400",
    ),
    entry(
        "ind-begrip-gi",
        "GI",
        "gecertificeerde instelling",
        "Organisatie die kinderbeschermingsmaatregelen en jeugdreclassering mag uitvoeren, "
        "zoals de jeugdbescherming in de regio. De jeugdbeschermer werkt bij een GI.",
        "top400",
    ),
    entry(
        "ind-begrip-rmc",
        "RMC",
        "Regionaal Meld- en Coördinatiepunt voortijdig schoolverlaten",
        "Volgt jongeren tot drieëntwintig die zonder startkwalificatie van school gaan en "
        "begeleidt hen terug naar onderwijs of naar werk.",
        "top400",
    ),
    entry(
        "ind-begrip-vsv",
        "VSV",
        "voortijdig schoolverlaten",
        "Een jongere verlaat het onderwijs zonder startkwalificatie (minimaal een diploma op "
        "mbo-niveau 2, havo of vwo). Voortijdig schoolverlaters lopen meer risico op werkloosheid "
        "en criminaliteit.",
        "top400",
    ),
    entry(
        "ind-begrip-mo",
        "MO",
        "maatschappelijke opvang",
        "Tijdelijke opvang en begeleiding voor dak- en thuislozen, geregeld door de gemeente "
        "onder de Wmo. Vaak een tussenstap na detentie als er geen woning is.",
    ),
    entry(
        "ind-begrip-bw",
        "BW",
        "beschermd wonen",
        "Wonen met intensieve begeleiding voor mensen met psychische problemen die (nog) niet "
        "zelfstandig kunnen wonen; de gemeente indiceert het onder de Wmo.",
    ),
    entry(
        "ind-begrip-shv",
        "SHV",
        "schuldhulpverlening",
        "De hulp van de gemeente bij problematische schulden: van stabilisatie en budgetbeheer "
        "tot een schuldregeling. Iedereen kan zich aanmelden; de gemeente moet binnen korte tijd "
        "een eerste gesprek bieden.",
    ),
    entry(
        "ind-begrip-thv",
        "THV",
        "tijdelijk huisverbod",
        "Maatregel van de burgemeester bij huiselijk geweld: de pleger moet tien dagen de woning "
        "uit en mag geen contact opnemen met de gezinsleden; verlenging tot vier weken is mogelijk.",
    ),
    entry(
        "ind-begrip-mi",
        "MI",
        "motiverende gespreksvoering (motivational interviewing)",
        "Gespreksmethode die iemands eigen redenen om te veranderen versterkt, met open vragen, "
        "reflecties en samenvattingen. Veel gebruikt bij verslaving en delictgedrag.",
    ),
    entry(
        "ind-begrip-bv",
        "BV",
        "bijzondere voorwaarden",
        "Voorwaarden die de rechter of het OM verbindt aan een voorwaardelijke straf of "
        "invrijheidstelling, zoals een contactverbod, een locatieverbod of meewerken aan "
        "behandeling. De reclassering houdt toezicht.",
    ),
    entry(
        "ind-begrip-vi",
        "v.i.",
        "voorwaardelijke invrijheidstelling",
        "Vervroegde vrijlating aan het einde van een langere gevangenisstraf, onder voorwaarden. "
        "Wie de voorwaarden overtreedt, kan het restant van de straf alsnog moeten uitzitten.",
        "detentie-en-terugkeer",
    ),
    entry(
        "ind-begrip-em",
        "EM",
        "elektronische monitoring",
        "Toezicht met een enkelband, waarmee de reclassering controleert of iemand zich houdt aan "
        "een locatieverbod of een gebiedsgebod.",
        "detentie-en-terugkeer",
    ),
    entry(
        "ind-begrip-mco",
        "MCO",
        "multidisciplinair casusoverleg",
        "Het overleg van de aanpak Radicalisering waarin gemeente, politie, OM, reclassering en "
        "zorgpartners samen casussen wegen en interventies afspreken.",
        "radicalisering",
    ),
    entry(
        "ind-begrip-ta",
        "TA",
        "terroristenafdeling",
        "Speciale afdeling in een penitentiaire inrichting voor gedetineerden die verdacht of "
        "veroordeeld zijn voor terroristische misdrijven, of die anderen kunnen radicaliseren.",
        "radicalisering",
    ),
    entry(
        "ind-begrip-fg",
        "FG",
        "functionaris gegevensbescherming",
        "De onafhankelijke toezichthouder binnen de gemeente op de naleving van de AVG. Adviseert "
        "over privacyvragen en is betrokken bij datalekken.",
    ),
    entry(
        "ind-begrip-ap",
        "AP",
        "Autoriteit Persoonsgegevens",
        "De landelijke toezichthouder op de bescherming van persoonsgegevens, waar organisaties "
        "ernstige datalekken binnen 72 uur moeten melden.",
    ),
    entry(
        "ind-begrip-ovj",
        "OvJ",
        "officier van justitie",
        "Vertegenwoordiger van het Openbaar Ministerie die beslist over vervolging en afdoening, "
        "en die onder de Wvggz een zorgmachtiging bij de rechter aanvraagt.",
    ),
    entry(
        "ind-begrip-hvb",
        "HvB",
        "huis van bewaring",
        "Deel van een penitentiaire inrichting voor mensen in voorlopige hechtenis, die nog niet "
        "zijn veroordeeld.",
        "detentie-en-terugkeer",
    ),
    entry(
        "ind-begrip-jr",
        "JR",
        "jeugdreclassering",
        "Begeleiding en toezicht bij jongeren die met justitie in aanraking zijn gekomen, "
        "uitgevoerd door een gecertificeerde instelling.",
        "top400",
    ),
    entry(
        "ind-begrip-nazorg",
        "nazorg",
        "nazorg na detentie",
        "Alle hulp rond de terugkeer van een gedetineerde in de gemeente: identiteitsbewijs, "
        "onderdak, inkomen, schulden en zorg. Begint al tijdens de detentie.",
        "detentie-en-terugkeer",
    ),
    entry(
        "ind-begrip-warme-overdracht",
        "warme overdracht",
        "warme overdracht",
        "Een overdracht waarbij de oude en de nieuwe hulpverlener of regisseur samen met de "
        "persoon om tafel zitten, in plaats van alleen een dossier door te sturen.",
    ),
    entry(
        "ind-begrip-doorzettingsmacht",
        "doorzettingsmacht",
        "doorzettingsmacht",
        "De bevoegdheid om een knoop door te hakken als partners het niet eens worden of een "
        "casus vastloopt. In de AcVZ ligt die uiteindelijk bij de stuurgroep.",
    ),
    entry(
        "ind-begrip-briefadres",
        "briefadres",
        "briefadres",
        "Een postadres in de BRP voor iemand zonder vaste woon- of verblijfplaats, bij een "
        "persoon of instelling die de post doorgeeft.",
        "detentie-en-terugkeer",
    ),
    entry(
        "ind-begrip-thuiszitter",
        "thuiszitter",
        "thuiszitter",
        "Een leerplichtige jongere die zonder vrijstelling langer dan vier weken niet naar school "
        "gaat.",
        "top400",
    ),
    entry(
        "ind-begrip-housing-first",
        "Housing First",
        "Housing First",
        "Woonaanpak waarbij dak- en thuislozen met complexe problemen direct een eigen woning "
        "krijgen, met intensieve begeleiding aan huis.",
    ),
    entry(
        "ind-begrip-gedragsaanwijzing",
        "gedragsaanwijzing",
        "gedragsaanwijzing",
        "Een bevel van de burgemeester aan iemand die ernstige woonoverlast veroorzaakt, om "
        "bepaald gedrag te laten of juist hulp te accepteren (Wet aanpak woonoverlast).",
        "treiter",
    ),
    entry(
        "ind-begrip-zorgmachtiging",
        "zorgmachtiging",
        "zorgmachtiging",
        "Beslissing van de rechter onder de Wvggz dat iemand verplichte ggz krijgt, op verzoek van "
        "de officier van justitie na een verkennend onderzoek van de gemeente.",
    ),
    entry(
        "ind-begrip-meldcode",
        "meldcode",
        "meldcode huiselijk geweld en kindermishandeling",
        "Stappenplan dat professionals verplicht volgen bij vermoedens van huiselijk geweld of "
        "kindermishandeling, met een afwegingskader voor melden bij Veilig Thuis.",
    ),
]
