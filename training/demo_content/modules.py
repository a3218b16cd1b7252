"""Demo training modules. The originals were built for Top600; other programmes adopted them,
often adapted. All cases are made up: no lesson describes a real person or family."""

from ..factories import callout, case_study, heading, knowledge_check, paragraph, reflection

REGIE_LESSONS = [
    {
        "slug": "wat-is-regie",
        "title": "Wat is regie voeren?",
        "intro": "Regie voeren is iets anders dan zelf alle hulp bieden.",
        "body": [
            paragraph(
                "<p>Rond een persoon in de aanpak werken vaak tien of meer partners: politie, "
                "Openbaar Ministerie, reclassering, jeugdbescherming, leerplicht, schuldhulp en "
                "zorgaanbieders. De regisseur zorgt dat zij één plan uitvoeren. Je bent de spil, "
                "niet de hulpverlener: je maakt afspraken, bewaakt ze en schaalt op als ze niet "
                "worden nagekomen.</p>"
            ),
            callout(
                "Doorzettingsmacht",
                "<p>Komt een partner een afspraak niet na, dan bespreek je dat eerst met die "
                "partner. Lukt het dan niet, dan schaal je op via je teamleider naar de "
                "ketenpartner op managementniveau.</p>",
            ),
            knowledge_check(
                "Wat is de kerntaak van de regisseur?",
                [
                    (
                        "Zorgen dat alle partners één plan uitvoeren en afspraken nakomen",
                        True,
                        "Juist: de regisseur is de spil van het netwerk.",
                    ),
                    (
                        "Zelf de hulpverlening aan de persoon en het gezin bieden",
                        False,
                        "Nee: de hulp komt van de partners; jij voert regie.",
                    ),
                    (
                        "Beslissen over vervolging",
                        False,
                        "Nee: dat is aan het Openbaar Ministerie.",
                    ),
                ],
            ),
        ],
    },
    {
        "slug": "het-netwerk-in-kaart",
        "title": "Het netwerk in kaart brengen",
        "intro": "Wie is er betrokken, en wie zou betrokken moeten zijn?",
        "body": [
            paragraph(
                "<p>Begin elke casus met een netwerkkaart: welke partners zijn betrokken, wie is "
                "de contactpersoon, wat is hun opdracht en welke informatie mogen zij delen? Kijk "
                "ook naar wie er ontbreekt, bijvoorbeeld de school van een broertje of zusje.</p>"
            ),
            case_study(
                "Casus: vijf hulpverleners, geen overzicht",
                "<p>Een jongvolwassene (22) heeft een reclasseringstoezicht, een "
                "schuldhulptraject en een ambulant zorgtraject. Zijn moeder heeft een eigen "
                "maatschappelijk werker. Niemand weet van elkaars afspraken.</p>",
                "<ul><li>Welke partners nodig je uit voor het eerste casusoverleg?</li>"
                "<li>Wie ontbreekt er nog?</li></ul>",
                "<p>Nodig alle partners uit, ook de hulpverlener van moeder. Leg in het overleg "
                "één plan vast met per doel één eigenaar.</p>",
            ),
            knowledge_check(
                "Welke partners horen op de netwerkkaart? (meerdere antwoorden)",
                [
                    ("De reclassering", True, "Juist: die houdt toezicht."),
                    ("De schuldhulpverlener", True, "Juist: schulden zijn vaak een risico."),
                    (
                        "Een buurman die de familie goed kent",
                        False,
                        "Nee: alleen professionele partners met een rol in het plan.",
                    ),
                ],
            ),
        ],
    },
    {
        "slug": "het-casusoverleg",
        "title": "Het casusoverleg voorzitten",
        "intro": "Een goed overleg eindigt met afspraken: wie doet wat, wanneer.",
        "body": [
            heading("Voorbereiden, voorzitten, vastleggen"),
            paragraph(
                "<p>Stuur de agenda vooraf rond, vraag partners om een korte stand van zaken en "
                "leg na afloop de afspraken vast in het plan van aanpak. Bespreek alleen wat "
                "nodig is voor het doel van het overleg.</p>"
            ),
            reflection(
                "Denk aan je laatste casusoverleg. Welke afspraak werd niet nagekomen, en wat "
                "had je anders kunnen doen?",
                "Schrijf het op in je eigen woorden, zonder namen of andere persoonsgegevens.",
            ),
            knowledge_check(
                "Waarmee eindigt een casusoverleg?",
                [
                    (
                        "Met afspraken: wie doet wat, wanneer",
                        True,
                        "Juist: zonder concrete afspraken gebeurt er niets.",
                    ),
                    (
                        "Met een uitgebreid verslag van alles wat besproken is",
                        False,
                        "Nee: leg afspraken vast, niet alles wat gezegd is.",
                    ),
                ],
            ),
        ],
    },
]

INFORMATIEDELING_LESSONS = [
    {
        "slug": "grondslag-voor-informatiedeling",
        "title": "De grondslag voor informatiedeling",
        "intro": "Je deelt alleen wat nodig is, met wie het nodig heeft, op een grondslag.",
        "body": [
            paragraph(
                "<p>Informatie over personen in de aanpak is gevoelig: het gaat vaak om "
                "strafrechtelijke en medische gegevens (AVG artikel 9 en 10). Deel alleen op "
                "basis van het convenant van de aanpak, en alleen wat de partner nodig heeft voor "
                "zijn deel van het plan.</p>"
            ),
            callout(
                "Let op",
                "<p>Twijfel je of je iets mag delen? Vraag het de privacyadviseur voordat je "
                "deelt, niet erna.</p>",
                kind="warning",
            ),
            knowledge_check(
                "Wanneer mag je informatie delen met een partner?",
                [
                    (
                        "Als het convenant het toestaat en de partner het nodig heeft",
                        True,
                        "Juist: grondslag én noodzaak.",
                    ),
                    (
                        "Altijd, want alle partners zitten in hetzelfde overleg",
                        False,
                        "Nee: ook binnen het overleg geldt: alleen wat nodig is.",
                    ),
                    (
                        "Alleen als de persoon schriftelijk toestemming geeft",
                        False,
                        "Niet per se: het convenant kan een grondslag zonder toestemming bieden.",
                    ),
                ],
            ),
        ],
    },
    {
        "slug": "notificaties",
        "title": "Notificaties: op tijd weten wat er gebeurt",
        "intro": "Een notificatie meldt een gebeurtenis, zoals een aanhouding of vrijlating.",
        "body": [
            paragraph(
                "<p>Partners melden belangrijke gebeurtenissen aan de regisseur: een aanhouding, "
                "een vrijlating, een schorsing van school. Zo kun je binnen een dag bijsturen. "
                "Spreek per partner af welke gebeurtenissen zij notificeren.</p>"
            ),
            knowledge_check(
                "Welke gebeurtenissen horen in de notificatieafspraken? (meerdere antwoorden)",
                [
                    ("Een aanhouding", True, "Juist."),
                    (
                        "Een vrijlating uit detentie",
                        True,
                        "Juist: daar moet je op voorbereid zijn.",
                    ),
                    (
                        "Elk gesprek van een hulpverlener",
                        False,
                        "Nee: dat is te veel; notificeer gebeurtenissen die het plan raken.",
                    ),
                ],
            ),
        ],
    },
    {
        "slug": "vastleggen-in-het-dossier",
        "title": "Vastleggen in het dossier",
        "intro": "Schrijf feiten op, geen meningen, en alleen wat nodig is.",
        "body": [
            paragraph(
                "<p>Leg in het dossier vast wat er is afgesproken en wat er is gebeurd, met de "
                "bron erbij. Iedereen die in de aanpak zit, heeft recht op inzage in zijn "
                "dossier: schrijf dus zo dat je het met de persoon zou kunnen bespreken.</p>"
            ),
            knowledge_check(
                "Wat schrijf je in het dossier?",
                [
                    ("Feiten en afspraken, met de bron", True, "Juist."),
                    (
                        "Je persoonlijke indruk van de familie",
                        False,
                        "Nee: schrijf feiten, geen meningen.",
                    ),
                ],
            ),
        ],
    },
]

PIJLERS_LESSONS = [
    {
        "slug": "straf",
        "title": "De pijler straf",
        "intro": "Snel en consequent reageren op strafbaar gedrag.",
        "body": [
            paragraph(
                "<p>De aanpak combineert straf en zorg. De pijler straf betekent dat politie en "
                "Openbaar Ministerie snel en consequent optreden bij nieuwe delicten, zodat de "
                "persoon merkt dat gedrag gevolgen heeft. De regisseur zorgt dat straf en zorg "
                "op elkaar aansluiten, bijvoorbeeld met bijzondere voorwaarden.</p>"
            ),
            knowledge_check(
                "Wat is de rol van de regisseur bij de pijler straf?",
                [
                    (
                        "Zorgen dat straf en zorg op elkaar aansluiten",
                        True,
                        "Juist: bijvoorbeeld door bijzondere voorwaarden voor te stellen.",
                    ),
                    ("De strafmaat bepalen", False, "Nee: dat doet de rechter."),
                ],
            ),
        ],
    },
    {
        "slug": "zorg",
        "title": "De pijler zorg",
        "intro": "Hulp bij wat achter het gedrag zit: schulden, verslaving, psychische problemen.",
        "body": [
            paragraph(
                "<p>Achter het gedrag zitten vaak problemen op meerdere gebieden tegelijk. De "
                "pijler zorg zorgt voor passende hulp: onderdak, inkomen, schulden, "
                "dagbesteding, verslavingszorg en ggz.</p>"
            ),
            knowledge_check(
                "Welke leefgebieden horen bij de pijler zorg? (meerdere antwoorden)",
                [
                    ("Schulden", True, "Juist."),
                    ("Psychische gezondheid", True, "Juist."),
                    ("Opsporing", False, "Nee: dat hoort bij de pijler straf."),
                ],
            ),
        ],
    },
    {
        "slug": "brusjes",
        "title": "De pijler brusjes",
        "intro": "Broertjes en zusjes lopen een groot risico om hetzelfde pad te volgen.",
        "body": [
            paragraph(
                "<p>Broers en zussen ('brusjes') van personen in de aanpak lopen een verhoogd "
                "risico. Daarom kijkt de regisseur ook naar hen: gaan ze naar school, hebben ze "
                "een veilige plek, is er hulp nodig? Zo doorbreek je de overdracht van "
                "criminaliteit binnen het gezin.</p>"
            ),
            case_study(
                "Casus: het broertje van twaalf",
                "<p>Het broertje (12) van een jongere in de aanpak spijbelt de laatste weken "
                "vaak en wordt gezien met oudere jongens uit de buurt.</p>",
                "<ul><li>Welke partner schakel je in?</li><li>Hoe betrek je de ouders?</li></ul>",
                "<p>Schakel leerplicht en de school in, en bespreek met de ouders welke hulp "
                "zij voor hun zoon willen.</p>",
            ),
            knowledge_check(
                "Waarom kijkt de regisseur ook naar de brusjes?",
                [
                    (
                        "Om te voorkomen dat zij hetzelfde pad gaan volgen",
                        True,
                        "Juist: preventie binnen het gezin.",
                    ),
                    (
                        "Omdat zij ook verdachte zijn",
                        False,
                        "Nee: het gaat om bescherming en preventie, niet om verdenking.",
                    ),
                ],
            ),
        ],
    },
]

GESPREKSVOERING_LESSONS = [
    {
        "slug": "het-eerste-gesprek",
        "title": "Het eerste gesprek met ouders",
        "intro": "Ouders zijn partner, ook als ze wantrouwig zijn.",
        "body": [
            paragraph(
                "<p>Veel ouders hebben slechte ervaringen met instanties. Begin het gesprek met "
                "uitleg over de aanpak en je rol, luister naar hun zorgen en maak samen een "
                "eerste afspraak die je zeker kunt nakomen.</p>"
            ),
            knowledge_check(
                "Hoe begin je het eerste gesprek met ouders?",
                [
                    (
                        "Met uitleg over de aanpak en je rol, en luisteren naar hun zorgen",
                        True,
                        "Juist: vertrouwen begint met duidelijkheid.",
                    ),
                    (
                        "Met een opsomming van de delicten van hun kind",
                        False,
                        "Nee: daarmee zet je ouders in de verdediging.",
                    ),
                ],
            ),
        ],
    },
    {
        "slug": "gesprekken-met-broers-en-zussen",
        "title": "Gesprekken met broers en zussen",
        "intro": "Aansluiten bij leeftijd en belevingswereld.",
        "body": [
            paragraph(
                "<p>Praat met broers en zussen in een omgeving waar zij zich veilig voelen, "
                "bijvoorbeeld op school of thuis, en altijd met toestemming van de ouders. Stel "
                "open vragen en beloof geen geheimhouding die je niet kunt waarmaken.</p>"
            ),
            knowledge_check(
                "Wat beloof je een broertje of zusje niet?",
                [
                    (
                        "Dat je alles geheimhoudt",
                        True,
                        "Juist: bij zorgen over veiligheid moet je soms iets delen.",
                    ),
                    ("Dat je naar ze luistert", False, "Dat mag je juist wel beloven."),
                ],
            ),
        ],
    },
    {
        "slug": "moeilijke-boodschappen",
        "title": "Moeilijke boodschappen brengen",
        "intro": "Zeg wat er is, leg uit wat het betekent, en wat er nu gebeurt.",
        "body": [
            paragraph(
                "<p>Soms moet je ouders vertellen dat er een melding bij Veilig Thuis is gedaan "
                "of dat hun kind is aangehouden. Breng de boodschap direct, in het begin van het "
                "gesprek, en geef daarna ruimte voor de reactie.</p>"
            ),
            reflection(
                "Welke moeilijke boodschap vond je zelf het lastigst om te brengen, en waarom?",
                "Alleen jij ziet je antwoord.",
            ),
            knowledge_check(
                "Wanneer breng je een moeilijke boodschap?",
                [
                    ("Direct, aan het begin van het gesprek", True, "Juist."),
                    (
                        "Aan het eind, als het gesprek goed is gegaan",
                        False,
                        "Nee: dan voelen ouders zich misleid.",
                    ),
                ],
            ),
        ],
    },
]

MONITOR_LESSONS = [
    {
        "slug": "de-maandmonitor",
        "title": "De maandmonitor",
        "intro": "Elke maand de stand van zaken per persoon.",
        "body": [
            paragraph(
                "<p>In de maandmonitor leg je per persoon vast hoe het plan ervoor staat: welke "
                "doelen zijn behaald, waar loopt het vast, welke partner moet in actie komen. De "
                "teamleider bespreekt de monitor met de regisseurs.</p>"
            ),
            knowledge_check(
                "Wat leg je vast in de maandmonitor?",
                [
                    ("De voortgang van het plan per persoon", True, "Juist."),
                    ("Alle contacten van de afgelopen maand", False, "Nee: alleen de voortgang."),
                ],
            ),
        ],
    },
    {
        "slug": "de-halfjaarmonitor",
        "title": "De halfjaarmonitor",
        "intro": "Elk half jaar: werkt de aanpak?",
        "body": [
            paragraph(
                "<p>De halfjaarmonitor telt op wat de maandmonitors laten zien: recidive, "
                "schooldeelname, schulden, onderdak. Het programmabureau gebruikt hem om de "
                "aanpak bij te sturen en erover te rapporteren aan de driehoek.</p>"
            ),
            knowledge_check(
                "Waarvoor gebruikt het programmabureau de halfjaarmonitor?",
                [
                    ("Om de aanpak bij te sturen en te rapporteren", True, "Juist."),
                    ("Om regisseurs te beoordelen", False, "Nee: het gaat om de aanpak."),
                ],
            ),
        ],
    },
    {
        "slug": "van-cijfers-naar-verbetering",
        "title": "Van cijfers naar verbetering",
        "intro": "Wat doe je met wat de monitor laat zien?",
        "body": [
            paragraph(
                "<p>Een cijfer is het begin van een gesprek. Zie je dat veel personen vastlopen "
                "op onderdak, bespreek dat dan in het teamoverleg en meld het als knelpunt, zodat "
                "het programma het met de partners kan oplossen.</p>"
            ),
            knowledge_check(
                "Veel personen lopen vast op onderdak. Wat doe je?",
                [
                    ("Het bespreken in het team en melden als knelpunt", True, "Juist."),
                    ("Niets: de monitor is alleen voor het programmabureau", False, "Nee."),
                ],
            ),
        ],
    },
]

REINTEGRATIE_LESSONS = [
    {
        "slug": "de-eerste-dag",
        "title": "De eerste dag na detentie",
        "intro": "Wat moet er op de dag van vrijlating geregeld zijn?",
        "body": [
            paragraph(
                "<p>De eerste dag na vrijlating bepaalt veel. Zorg dat de basisvoorwaarden "
                "geregeld zijn: een identiteitsbewijs, onderdak, inkomen of een uitkering, "
                "zorgverzekering en een afspraak met de reclassering.</p>"
            ),
            knowledge_check(
                "Wat moet er geregeld zijn op de dag van vrijlating? (meerdere antwoorden)",
                [
                    ("Een identiteitsbewijs", True, "Juist: zonder ID lukt bijna niets."),
                    ("Onderdak", True, "Juist."),
                    ("Een baan", False, "Mooi als het lukt, maar geen basisvoorwaarde."),
                ],
            ),
        ],
    },
    {
        "slug": "samenwerken-met-de-inrichting",
        "title": "Samenwerken met de inrichting",
        "intro": "De casemanager in de inrichting is je eerste partner.",
        "body": [
            paragraph(
                "<p>Neem al tijdens de detentie contact op met de casemanager van de "
                "penitentiaire inrichting. Spreek af wie wat regelt voor de terugkeer, en "
                "wanneer je een notificatie krijgt van de datum van vrijlating.</p>"
            ),
            knowledge_check(
                "Wanneer neem je contact op met de inrichting?",
                [
                    ("Al tijdens de detentie", True, "Juist: dan is er tijd om te regelen."),
                    ("Op de dag van vrijlating", False, "Nee: dan ben je te laat."),
                ],
            ),
        ],
    },
    {
        "slug": "terugval-voorkomen",
        "title": "Terugval voorkomen",
        "intro": "De eerste drie maanden zijn het kwetsbaarst.",
        "body": [
            paragraph(
                "<p>In de eerste maanden na vrijlating is het risico op terugval het grootst. "
                "Houd dan vaker contact, let op signalen (oude contacten, geen dagbesteding) en "
                "schakel snel als er iets misgaat.</p>"
            ),
            knowledge_check(
                "Wanneer is het risico op terugval het grootst?",
                [
                    ("In de eerste maanden na vrijlating", True, "Juist."),
                    ("Na een jaar", False, "Nee: het risico is juist in het begin het grootst."),
                ],
            ),
        ],
    },
]


def adapted(lessons: list[dict], *, intro_note: str) -> list[dict]:
    """The lessons of an adopted module: the original's, with the adopter's note in front."""
    return [
        {**lesson, "body": [callout("Aangepast", f"<p>{intro_note}</p>", "info"), *lesson["body"]]}
        if index == 0
        else lesson
        for index, lesson in enumerate(lessons)
    ]


TOP600_MODULES = [
    {
        "slug": "regie-voeren-op-een-netwerkaanpak",
        "title": "Regie voeren op een netwerkaanpak",
        "summary": "De basis van het werk als regisseur: het netwerk rond een persoon in kaart "
        "brengen, het casusoverleg voorzitten en afspraken bewaken.",
        "goals": [
            "Je legt uit wat regie voeren is en wat niet.",
            "Je brengt het netwerk rond een persoon in kaart.",
            "Je zit een casusoverleg voor dat eindigt met afspraken.",
        ],
        "programme": "top600",
        "tags": ["regie", "netwerkaanpak", "casusoverleg"],
        "audiences": ["regisseur", "nieuwe-medewerker"],
        "duration": 90,
        "version": "2.1",
        "lessons": REGIE_LESSONS,
    },
    {
        "slug": "informatiedeling-en-notificatie",
        "title": "Informatiedeling en notificatie",
        "summary": "Wat je wel en niet deelt met partners, op welke grondslag, en hoe "
        "notificaties zorgen dat je op tijd weet wat er gebeurt.",
        "goals": [
            "Je kent de grondslag voor informatiedeling in de aanpak.",
            "Je maakt notificatieafspraken met partners.",
            "Je legt feiten en afspraken zorgvuldig vast.",
        ],
        "programme": "top600",
        "tags": ["informatiedeling", "privacy"],
        "audiences": ["regisseur", "regie-ondersteuner"],
        "duration": 60,
        "version": "1.4",
        # Published at 1.3 first: Top400 adopted that version and is one version behind, with
        # a revision to compare against.
        "earlier_versions": ["1.3"],
        # What version 1.4 changed, lesson by lesson: the adoption ledger shows these to Top400.
        "lesson_changes": {
            "1.4": {
                "notificaties": {
                    "intro": "Een notificatie meldt een gebeurtenis, zoals een aanhouding, "
                    "vrijlating of verhuizing, binnen een werkdag aan de afgesproken partners.",
                },
                "vastleggen-in-het-dossier": {
                    "intro": "Schrijf feiten op, geen meningen, en alleen wat nodig is; "
                    "vermeld bij elke afspraak wie hem maakte en wanneer.",
                },
            }
        },
        "lessons": INFORMATIEDELING_LESSONS,
        "prerequisites": ["regie-voeren-op-een-netwerkaanpak"],
    },
    {
        "slug": "de-pijlers-straf-zorg-en-brusjes",
        "title": "De pijlers straf, zorg en brusjes",
        "summary": "De drie pijlers van de persoonsgerichte aanpak en hoe de regisseur ze met "
        "elkaar verbindt.",
        "goals": [
            "Je legt de drie pijlers uit.",
            "Je verbindt straf en zorg in één plan.",
            "Je betrekt broers en zussen bij de aanpak.",
        ],
        "programme": "top600",
        "tags": ["straf en zorg", "brusjes"],
        "audiences": ["regisseur", "nieuwe-medewerker"],
        "duration": 75,
        "version": "3.0",
        "lessons": PIJLERS_LESSONS,
    },
    {
        "slug": "gespreksvoering-met-ouders-en-broers-en-zussen",
        "title": "Gespreksvoering met ouders en broers en zussen",
        "summary": "Gesprekken met het gezin: vertrouwen winnen, aansluiten bij kinderen en "
        "moeilijke boodschappen brengen.",
        "goals": [
            "Je voert een eerste gesprek met ouders.",
            "Je praat met broers en zussen op hun niveau.",
            "Je brengt een moeilijke boodschap helder en respectvol.",
        ],
        "programme": "top600",
        "tags": ["gespreksvoering", "gezin", "brusjes"],
        "audiences": ["regisseur"],
        "duration": 80,
        "version": "1.2",
        "lessons": GESPREKSVOERING_LESSONS,
    },
    {
        "slug": "de-maand-en-halfjaarmonitor",
        "title": "De maand- en halfjaarmonitor",
        "summary": "Hoe je de maandmonitor invult, wat de halfjaarmonitor laat zien en hoe je "
        "cijfers gebruikt om de aanpak te verbeteren.",
        "goals": [
            "Je vult de maandmonitor volledig en op tijd in.",
            "Je leest de halfjaarmonitor.",
            "Je zet cijfers om in verbeteracties.",
        ],
        "programme": "top600",
        "tags": ["monitoring"],
        "audiences": ["regisseur", "regie-ondersteuner", "manager"],
        "duration": 45,
        "version": "2.0",
        "lessons": MONITOR_LESSONS,
    },
]

OTHER_MODULES = [
    {
        "slug": "re-integratie-na-detentie",
        "title": "Re-integratie na detentie",
        "summary": "De terugkeer na detentie voorbereiden: de eerste dag, samenwerken met de "
        "inrichting en terugval voorkomen.",
        "goals": [
            "Je regelt de basisvoorwaarden voor de dag van vrijlating.",
            "Je werkt samen met de casemanager van de inrichting.",
            "Je herkent signalen van terugval.",
        ],
        "programme": "detentie-en-terugkeer",
        "also_relevant_for": ["top600", "top400"],
        "tags": ["re-integratie", "detentie"],
        "audiences": ["regisseur"],
        "duration": 60,
        "version": "1.0",
        "lessons": REINTEGRATIE_LESSONS,
    },
]

ADOPTED_MODULES = [
    {
        "slug": "regie-voeren-radicalisering",
        "title": "Regie voeren op een netwerkaanpak (Radicalisering)",
        "summary": "De Top600-module over regie, aangepast voor het multidisciplinaire "
        "casusoverleg radicalisering.",
        "goals": [
            "Je legt uit wat regie voeren is binnen de aanpak radicalisering.",
            "Je brengt het netwerk in kaart, inclusief de partners voor weerbaarheid.",
            "Je zit een casusoverleg voor.",
        ],
        "programme": "radicalisering",
        "tags": ["regie", "netwerkaanpak", "radicalisering"],
        "audiences": ["regisseur", "nieuwe-medewerker"],
        "duration": 90,
        "version": "1.0",
        "adopted_from": "regie-voeren-op-een-netwerkaanpak",
        "adopted_version": "2.1",
        "adaptation_notes": "Voorbeelden en casus vervangen door situaties uit de aanpak "
        "radicalisering. Het casusoverleg heet hier het multidisciplinair casusoverleg; de "
        "partners voor weerbaarheid en ideologische begeleiding zijn toegevoegd aan de "
        "netwerkkaart.",
        "note": "Binnen de aanpak radicalisering zitten ook partners voor weerbaarheid en "
        "ideologische begeleiding aan tafel.",
        "lessons": REGIE_LESSONS,
    },
    {
        "slug": "informatiedeling-top400",
        "title": "Informatiedeling en notificatie voor de Top400",
        "summary": "De Top600-module over informatiedeling, aangepast voor jongeren van 12 tot "
        "23 jaar en hun ouders.",
        "goals": [
            "Je kent de grondslag voor informatiedeling bij minderjarigen.",
            "Je maakt notificatieafspraken met school en leerplicht.",
            "Je legt feiten en afspraken zorgvuldig vast.",
        ],
        "programme": "top400",
        "tags": ["informatiedeling", "privacy", "jeugd"],
        "audiences": ["regisseur"],
        "duration": 60,
        "version": "1.1",
        "adopted_from": "informatiedeling-en-notificatie",
        "adopted_version": "1.3",
        "adaptation_notes": "Aangevuld met de regels voor minderjarigen: ouders met gezag worden "
        "geïnformeerd, en school en leerplicht zijn vaste notificatiepartners.",
        "note": "Bij minderjarigen informeer je ook de ouders met gezag.",
        "lessons": INFORMATIEDELING_LESSONS,
    },
    {
        "slug": "straf-zorg-en-brusjes-in-criminele-families",
        "title": "Straf, zorg en brusjes in criminele families",
        "summary": "De drie pijlers van de Top600, toegepast op families waarin criminaliteit "
        "van generatie op generatie wordt doorgegeven.",
        "goals": [
            "Je legt de drie pijlers uit in de context van een familie.",
            "Je verbindt straf en zorg voor meerdere gezinsleden.",
            "Je beschermt de kinderen in de familie.",
        ],
        "programme": "criminele-families",
        "tags": ["straf en zorg", "brusjes", "gezin"],
        "audiences": ["regisseur"],
        "duration": 75,
        "version": "1.0",
        "adopted_from": "de-pijlers-straf-zorg-en-brusjes",
        "adopted_version": "3.0",
        "adaptation_notes": "De pijler brusjes is verbreed naar alle kinderen in de familie, ook "
        "neven en nichten. Straf richt zich hier ook op het afpakken van crimineel vermogen.",
        "note": "In criminele families kijk je naar alle kinderen in de familie.",
        "lessons": PIJLERS_LESSONS,
    },
    {
        "slug": "gespreksvoering-treiter",
        "title": "Gespreksvoering met ouders en buurtbewoners",
        "summary": "De Top600-module over gespreksvoering, aangepast voor de aanpak van "
        "treiterende jongeren in de buurt.",
        "goals": [
            "Je voert een eerste gesprek met ouders.",
            "Je praat met broers en zussen op hun niveau.",
            "Je brengt een moeilijke boodschap helder en respectvol.",
        ],
        "programme": "treiter",
        "tags": ["gespreksvoering", "gezin", "buurt"],
        "audiences": ["regisseur"],
        "duration": 70,
        "version": "1.0",
        "adopted_from": "gespreksvoering-met-ouders-en-broers-en-zussen",
        "adopted_version": "1.2",
        "adaptation_notes": "Een les over gesprekken met buurtbewoners en de woningcorporatie "
        "komt erbij in de volgende versie; de voorbeelden gaan over overlast in de buurt.",
        "note": "In de aanpak Treiter gaat het vaak om overlast in de buurt.",
        "lessons": GESPREKSVOERING_LESSONS,
    },
    {
        "slug": "monitoren-radicalisering",
        "title": "De maand- en halfjaarmonitor (Radicalisering)",
        "summary": "De monitors van de Top600, aangepast voor de aanpak radicalisering.",
        "goals": [
            "Je vult de maandmonitor van de aanpak radicalisering in.",
            "Je leest de halfjaarmonitor.",
            "Je zet cijfers om in verbeteracties.",
        ],
        "programme": "radicalisering",
        "tags": ["monitoring", "radicalisering"],
        "audiences": ["regisseur", "manager"],
        "duration": 45,
        "version": "1.0",
        "adopted_from": "de-maand-en-halfjaarmonitor",
        "adopted_version": "2.0",
        # Certificates expire: whoever works with the monitor's figures renews every year.
        "validity_months": 12,
        "adaptation_notes": "Recidive is vervangen door de risicotaxatie van het casusoverleg; "
        "de halfjaarmonitor gaat naar de stuurgroep radicalisering.",
        "note": "Binnen de aanpak radicalisering meet de monitor de risicotaxatie.",
        "lessons": MONITOR_LESSONS,
        "prerequisites": ["regie-voeren-radicalisering"],
    },
]

MODULES = [*TOP600_MODULES, *OTHER_MODULES, *ADOPTED_MODULES]

# Adopted integrally through "Overnemen voor mijn programma" (training.adoption.adopt_module):
# the adoption follows every update of its original. (original slug, programme slug)
INTEGRAL_ADOPTIONS = [("de-maand-en-halfjaarmonitor", "top400")]

# The adoption ledger's demo: Top400 kept its own lesson for one change of version 1.4 of
# "Informatiedeling en notificatie"; the other change is still to be decided.
LEDGER_DECISIONS = [
    {
        "adaptation": "informatiedeling-top400",
        "lesson": "notificaties",
        "choice": "kept_own",
        "reason": "Onze les noemt school en leerplicht al als vaste notificatiepartners.",
    }
]

# Versions published after the demo learners completed the module (seeded after their
# progress). A substantive change: the regisseur, who completed version 1.0, sees "Wat is er
# veranderd sinds jij deze module afrondde" with the changed lesson, to redo with its check.
NEW_VERSIONS = [
    {
        "module": "regie-voeren-radicalisering",
        "version": "1.1",
        "kind": "substantive",
        "lesson_changes": {
            "het-netwerk-in-kaart": {
                "intro": "Wie is er betrokken, en wie zou betrokken moeten zijn? Sinds versie "
                "1.1 hoort de partner voor ideologische begeleiding vast op de netwerkkaart.",
            }
        },
    }
]

# Certificates that expire soon: the regisseur's monitor certificate expires within a month,
# so "Vernieuwen" is offered. (username, module slug, days until it expires)
EXPIRING_CERTIFICATES = [("regisseur", "monitoren-radicalisering", 20)]

CATALOGUE_INTRO = (
    "<p>Modules voor regisseurs en medewerkers van de AcVZ. Veel modules zijn ontwikkeld voor "
    "de Top600 en overgenomen door andere programma's; bij elke module zie je waar hij "
    "vandaan komt en wat er is aangepast.</p>"
)
