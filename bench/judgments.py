"""The tuning set: the judged queries that search's weights and word lists were tuned on (so
its figures flatter search; independent sets measure it honestly). Dutch queries a regisseur
or programme employee would type, with the pages (by slug) and glossary entries
("begrip:<abbreviation>") that answer them, graded 0-3 (3: exactly this, 2: clearly relevant,
1: related, unlisted: 0; written before lessons were results, so no lesson is graded). Over
the demo content (portal/demo_content) plus bench/corpus.py. A glossary entry answers "what
does this abbreviation mean", not the question behind it: clearly relevant (2) for the
abbreviation."""

JUDGMENTS = [
    # stemming: plural/singular, verb forms
    (
        "jongeren",
        {
            "werkwijze-top400": 3,
            "jongere-op-school-houden": 3,
            "weerbaarheid-van-jongeren": 2,
            "minderjarigen-in-de-top400": 2,
        },
    ),
    ("jongere op school", {"jongere-op-school-houden": 3, "werkwijze-top400": 2}),
    ("gemeenten huisvesting", {"huisvesting-na-detentie": 3}),
    ("schulden", {"schuldhulpverlening-na-detentie": 3}),
    ("regisseurs inwerken", {"inwerkprogramma-regisseurs": 3, "jouw-eerste-week": 2}),
    # compounds
    (
        "aanpak radicalisering",
        {
            "radicaliseringsaanpak-nieuw-west": 3,
            "aanpak-van-radicalisering-bij-ouders": 3,
            "werkwijze-radicalisering": 2,
            "weerbaarheid-van-jongeren": 1,
            "privacy-bij-casusoverleg": 1,
        },
    ),
    (
        "radicaliseringsaanpak",
        {
            "radicaliseringsaanpak-nieuw-west": 3,
            "aanpak-van-radicalisering-bij-ouders": 3,
            "werkwijze-radicalisering": 2,
        },
    ),
    (
        "treiteraanpak",
        {
            "werkwijze-treiter": 3,
            "treiteraars-en-woningcorporaties": 2,
            "overlast-in-de-buurt-meten": 2,
        },
    ),
    (
        "casusoverleg",
        {
            "casusoverleg-voorbereiden": 3,
            "privacy-bij-casusoverleg": 3,
            "werkwijze-radicalisering": 2,
            "werkwijze-top600": 1,
        },
    ),
    (
        "overleg",
        {
            "casusoverleg-voorbereiden": 2,
            "privacy-bij-casusoverleg": 2,
            "werkwijze-radicalisering": 1,
        },
    ),
    (
        "toezicht reclassering",
        {"reclassering-en-toezicht": 3, "werkwijze-detentie-en-terugkeer": 1},
    ),
    ("verslaving", {"verslavingszorg-regelen": 3}),
    ("zorg", {"verslavingszorg-regelen": 2, "werkwijze-top600": 2, "werkwijze-radicalisering": 1}),
    # synonyms and abbreviations
    (
        "brusjes",
        {
            "broertjes-en-zusjes-in-beeld": 3,
            "werkwijze-top600": 2,
            "werkwijze-criminele-families": 1,
        },
    ),
    (
        "RvdK",
        {
            "advies-raad-voor-de-kinderbescherming": 3,
            "werkwijze-criminele-families": 2,
            "begrip:RvdK": 2,
        },
    ),
    (
        "reintegratie",
        {
            "terugkeer-in-de-samenleving": 3,
            "werkwijze-detentie-en-terugkeer": 2,
            "huisvesting-na-detentie": 2,
            "schuldhulpverlening-na-detentie": 2,
        },
    ),
    ("minderjarige", {"minderjarigen-in-de-top400": 3, "jongere-op-school-houden": 1}),
    ("iPGA", {"de-persoonsgerichte-aanpak": 3, "begrip:iPGA": 2}),
    ("schuldhulp", {"schuldhulpverlening-na-detentie": 3}),
    # cross-programme questions
    (
        "wonen na detentie",
        {
            "huisvesting-na-detentie": 3,
            "werkwijze-detentie-en-terugkeer": 2,
            "terugkeer-in-de-samenleving": 1,
        },
    ),
    (
        "ouders betrekken",
        {"aanpak-van-radicalisering-bij-ouders": 3, "minderjarigen-in-de-top400": 1},
    ),
    (
        "informatie delen privacy",
        {
            "privacy-en-informatiedeling": 3,
            "privacy-bij-casusoverleg": 3,
            "casusoverleg-voorbereiden": 2,
        },
    ),
    (
        "overlast woningcorporatie",
        {
            "treiteraars-en-woningcorporaties": 3,
            "werkwijze-treiter": 2,
            "overlast-in-de-buurt-meten": 1,
        },
    ),
    (
        "kinderen criminele families",
        {
            "intergenerationele-criminaliteit": 3,
            "werkwijze-criminele-families": 3,
            "advies-raad-voor-de-kinderbescherming": 1,
        },
    ),
    ("politie samenwerking", {"politie-als-ketenpartner": 3, "samenwerken-met-ketenpartners": 2}),
    (
        "ketenpartners",
        {
            "samenwerken-met-ketenpartners": 3,
            "politie-als-ketenpartner": 2,
            "reclassering-en-toezicht": 1,
        },
    ),
    (
        "maandmonitor",
        {"maandmonitor-lezen": 3, "maandmonitor-toelichting-2024": 2, "werkwijze-top600": 1},
    ),
    ("schooluitval voorkomen", {"jongere-op-school-houden": 3}),
    ("werk na straf", {"terugkeer-in-de-samenleving": 3}),
    # a typo
    (
        "radicalisring",
        {
            "werkwijze-radicalisering": 2,
            "radicaliseringsaanpak-nieuw-west": 2,
            "aanpak-van-radicalisering-bij-ouders": 2,
        },
    ),
]
