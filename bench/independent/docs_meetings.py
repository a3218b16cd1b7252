# ruff: noqa: E501  (prose and judgment strings wrap where the sentence does, not at column 100)
"""Theme meetings of the independent corpus, past ones with a report and takeaways and upcoming
ones with an agenda. Speakers are named by role only. Start times are fixed (deterministic)."""

MEETINGS = [
    {
        "key": "ind-mt-wonen-na-detentie",
        "programme": "detentie-en-terugkeer",
        "invited": ["top600", "treiter"],
        "title": "Wonen na detentie: van opvang tot eigen voordeur",
        "summary": "Regisseurs, corporaties en de opvang over de vraag waar mensen na hun straf "
        "kunnen wonen, en waarom dat zo vaak misgaat.",
        "start": "2026-03-12T14:00",
        "tags": ["huisvesting", "nazorg", "re-integratie"],
        "agenda": [
            ("14:00", "Cijfers: hoeveel mensen komen zonder woonplek vrij?", "Team D&T"),
            ("14:30", "Uitstroom uit de opvang", "Coördinator maatschappelijke opvang"),
            ("15:15", "Housing First in de praktijk", "Begeleider Housing First"),
        ],
        "report": [
            "Ongeveer een derde van de terugkeerders heeft bij ontslag geen vaste woonplek. De "
            "meeste mensen komen in de nachtopvang of slapen bij kennissen, wat de kans op "
            "terugval vergroot.",
            "De corporaties lieten zien dat een begeleidingscontract de drempel verlaagt: zij "
            "willen wel verhuren als er iemand is die begeleidt en aanspreekbaar is. Urgentie "
            "blijkt voor deze groep zelden een oplossing.",
            "Deelnemers uit de Top600 vertelden over Housing First: intensief, maar het werkt voor "
            "mensen die in de opvang steeds vastlopen.",
        ],
        "takeaways": [
            "Begin met het zoeken naar een woonplek bij de start van de detentie.",
            "Een begeleidingscontract opent deuren bij corporaties.",
            "Urgentie is voor terugkeerders zelden haalbaar; kies vroeg een andere route.",
        ],
        "actions": ["Overzicht woonroutes na detentie maken voor regisseurs."],
    },
    {
        "key": "ind-mt-schulden-en-cjib",
        "programme": "top600",
        "invited": ["detentie-en-terugkeer", "criminele-families"],
        "title": "Schulden, boetes en het CJIB",
        "summary": "Hoe regisseurs omgaan met justitiële vorderingen, beslagen en wachttijden "
        "bij de schuldhulp.",
        "start": "2026-05-19T13:00",
        "tags": ["schulden", "CJIB", "schuldhulpverlening"],
        "agenda": [
            ("13:00", "Wat int het CJIB en wat gebeurt er bij niet betalen?", "Adviseur CJIB"),
            ("13:45", "Stabiliseren voor het regelen", "Schuldhulpverlener"),
            ("14:30", "Casussen uit de programma's", "Regisseurs"),
        ],
        "report": [
            "De adviseur van het CJIB legde uit dat regelingen mogelijk zijn als er contact is. "
            "Juist mensen die niet reageren lopen verhogingen en vervangende hechtenis op.",
            "De schuldhulpverlener benadrukte dat stabilisatie voorgaat: eerst de vaste lasten en "
            "het inkomen beschermen, dan pas regelen. Regisseurs herkenden dat hun plannen vaak "
            "stranden op schulden die pas laat in beeld kwamen.",
        ],
        "takeaways": [
            "Zet justitiële vorderingen vroeg op het schuldenoverzicht.",
            "Bel samen met de persoon het CJIB voor een regeling.",
            "Vraag voorrang bij schuldhulp via de accounthouder.",
        ],
        "actions": ["Voorrangsafspraak schuldhulp uitbreiden naar alle programma's."],
    },
    {
        "key": "ind-mt-escaleren-en-doorzettingsmacht",
        "programme": "acvz-breed",
        "invited": ["top600", "top400", "radicalisering", "treiter"],
        "title": "Escaleren zonder te verharden",
        "summary": "Wanneer en hoe schaal je op als partners afspraken niet nakomen, en wie heeft "
        "doorzettingsmacht?",
        "start": "2026-02-05T15:00",
        "tags": ["escalatie", "doorzettingsmacht", "ketensamenwerking"],
        "agenda": [
            ("15:00", "De escalatieladder", "Programmamanager AcVZ"),
            ("15:30", "Ervaringen van accounthouders", "Accounthouders"),
            ("16:15", "Wie beslist?", "Lid stuurgroep"),
        ],
        "report": [
            "Regisseurs vertelden dat ze opschalen spannend vinden: ze zijn bang de relatie met de "
            "partner te beschadigen. De accounthouders lieten zien dat een escalatie via hen meestal "
            "zonder gedoe wordt opgelost, juist omdat zij de organisatie kennen.",
            "Er bleek onduidelijkheid over de laatste stap: wie neemt een besluit als drie "
            "organisaties naar elkaar wijzen? De stuurgroep neemt die vraag mee.",
        ],
        "takeaways": [
            "Sla geen stappen over op de escalatieladder.",
            "Schakel de accounthouder in zodra een casus stilstaat.",
            "Leg elke stap vast.",
        ],
        "actions": [
            "Escalatieprotocol herzien met termijnen.",
            "Doorzettingsmacht per programma beschrijven.",
        ],
    },
    {
        "key": "ind-mt-huiselijk-geweld-in-het-gezinssysteem",
        "programme": "criminele-families",
        "invited": ["top600", "top400"],
        "title": "Huiselijk geweld in het hele gezinssysteem",
        "summary": "Veilig Thuis, jeugdbescherming en regisseurs over geweld in gezinnen waar "
        "ook criminaliteit speelt.",
        "start": "2026-04-16T14:00",
        "tags": ["huiselijk geweld", "gezin", "Veilig Thuis", "veiligheid"],
        "agenda": [
            ("14:00", "Systeemgericht werken", "Gedragswetenschapper Veilig Thuis"),
            ("14:45", "Het veiligheidsplan", "Jeugdbeschermer"),
            ("15:30", "Afstemming van meldingen", "Regisseur Criminele Families"),
        ],
        "report": [
            "Geweld in deze gezinnen staat zelden op zichzelf: het hangt samen met criminaliteit, "
            "schulden en loyaliteit. Een systeemgerichte aanpak kijkt naar alle gezinsleden, ook "
            "naar de pleger.",
            "De deelnemers waren het eens dat meldingen bij Veilig Thuis moeten worden afgestemd "
            "met de regisseur. Drie meldingen over hetzelfde gezin leiden tot terugtrekken, niet "
            "tot meer veiligheid.",
        ],
        "takeaways": [
            "Maak het veiligheidsplan met het gezin samen.",
            "Stem meldingen af met de regisseur.",
            "Bied ook de pleger hulp.",
        ],
        "actions": ["Werkafspraak meldingen in het casusformat opnemen."],
    },
    {
        "key": "ind-mt-polarisatie-en-online-propaganda",
        "programme": "radicalisering",
        "invited": ["top400"],
        "title": "Polarisatie en propaganda na internationale conflicten",
        "summary": "Wat betekenen internationale spanningen voor jongeren in de stad, en hoe "
        "helpen we ouders en scholen?",
        "start": "2026-01-22T15:00",
        "tags": ["radicalisering", "polarisatie", "online", "ouders"],
        "agenda": [
            ("15:00", "Het actuele dreigingsbeeld", "Analist Team Radicalisering"),
            ("15:40", "Gesprekken in de klas", "Docent burgerschap"),
            ("16:20", "Ouders ondersteunen", "Opvoedondersteuner"),
        ],
        "report": [
            "Na internationale conflicten zien scholen meer spanning in de klas en delen jongeren "
            "gewelddadige beelden in groepsapps. Meestal gaat het om boosheid en onmacht, niet om "
            "radicalisering.",
            "Docenten willen het gesprek voeren, maar vinden het lastig. Ouders reageren vaak met "
            "verbieden. Beide groepen hebben baat bij concrete handvatten en bij een plek waar ze "
            "met twijfels terechtkunnen.",
        ],
        "takeaways": [
            "Niet elke boze uitspraak is radicalisering.",
            "Bij twijfel eerst advies vragen.",
            "Ouders zijn partner, niet alleen doelgroep.",
        ],
        "actions": ["Handreiking voor gesprekken in de klas verspreiden onder scholen."],
    },
    {
        "key": "ind-mt-thuiszitters-en-verzuim",
        "programme": "top400",
        "invited": ["criminele-families", "treiter"],
        "title": "Thuiszitters en schoolverzuim",
        "summary": "Leerplicht, scholen en regisseurs over jongeren die niet naar school gaan: "
        "hoe signaleren we eerder en hoe krijgen we ze terug?",
        "start": "2027-02-11T14:00",
        "tags": ["onderwijs", "verzuim", "thuiszitters", "leerplicht"],
        "agenda": [
            ("14:00", "Verzuimcijfers van de Top400", "Programmabureau Top400"),
            ("14:30", "De rol van leerplicht", "Leerplichtambtenaar"),
            ("15:15", "Onderwijs-zorgarrangementen", "Samenwerkingsverband passend onderwijs"),
        ],
        "report": [],
        "takeaways": [],
        "actions": [],
    },
    {
        "key": "ind-mt-woonoverlast-en-gedragsaanwijzing",
        "programme": "treiter",
        "invited": ["top600"],
        "title": "Woonoverlast: de gedragsaanwijzing in de praktijk",
        "summary": "Juristen, handhaving en corporaties over de inzet en het toezicht van "
        "gedragsaanwijzingen bij treiteren.",
        "start": "2026-06-25T10:00",
        "tags": ["woonoverlast", "gedragsaanwijzing", "overlast", "handhaving"],
        "agenda": [
            ("10:00", "De Wet aanpak woonoverlast", "Jurist openbare orde"),
            ("10:45", "Toezicht op naleving", "Teamleider handhaving"),
            ("11:30", "Bewoners in het dossier", "Consulent woningcorporatie"),
        ],
        "report": [
            "Een gedragsaanwijzing is alleen mogelijk met een goed dossier, waarin blijkt dat "
            "lichtere middelen niet hebben gewerkt. Logboeken van meerdere bewoners zijn daarbij "
            "onmisbaar.",
            "Het grootste knelpunt is toezicht: wie controleert na het opleggen? Handhaving en "
            "politie spraken af per aanwijzing een vaste handhaver aan te wijzen.",
        ],
        "takeaways": [
            "Zonder dossier geen gedragsaanwijzing.",
            "Wijs vooraf een vaste handhaver aan.",
        ],
        "actions": ["Sjabloon gedragsaanwijzing aanvullen met een toezichtparagraaf."],
    },
    {
        "key": "ind-mt-dubbele-diagnose",
        "programme": "top600",
        "invited": ["treiter", "detentie-en-terugkeer"],
        "title": "Dubbele diagnose: verslaving en psychiatrie",
        "summary": "Over personen met zowel een verslaving als psychische problemen, die tussen "
        "verslavingszorg en ggz in vallen.",
        "start": "2026-09-10T13:00",
        "tags": ["verslaving", "ggz", "zorg", "wachtlijsten"],
        "agenda": [
            ("13:00", "Wat is dubbele diagnose?", "Psychiater verslavingszorg"),
            ("13:45", "Verwijsroutes en wachttijden", "Zorgcoördinator"),
            ("14:30", "Verplichte zorg als het niet anders kan", "Jurist Wvggz"),
        ],
        "report": [
            "Mensen met een verslaving én een psychische stoornis worden vaak van het ene loket "
            "naar het andere gestuurd: de ggz wil eerst dat ze stoppen met gebruik, de "
            "verslavingszorg vindt de psychiatrie te zwaar.",
            "Geïntegreerde behandeling werkt beter, maar de plekken zijn schaars. Regisseurs kunnen "
            "helpen door een huisarts te regelen, overbruggingszorg te vragen en wachttijden die de "
            "veiligheid raken als knelpunt te melden.",
        ],
        "takeaways": [
            "Vraag om geïntegreerde behandeling.",
            "Regel overbruggingszorg bij wachttijd.",
            "Verplichte zorg is een laatste middel.",
        ],
        "actions": ["Wachttijden voor klinische plekken bespreken met zorgaanbieders."],
    },
    {
        "key": "ind-mt-privacy-datalekken-en-inzage",
        "programme": "acvz-breed",
        "invited": ["top600", "top400", "radicalisering", "detentie-en-terugkeer"],
        "title": "Privacy in de praktijk: datalekken en inzageverzoeken",
        "summary": "De privacyfunctionaris over wat je doet als het misgaat en hoe je omgaat met "
        "verzoeken van personen om hun gegevens.",
        "start": "2027-01-21T14:00",
        "tags": ["privacy", "datalek", "AVG", "inzageverzoek"],
        "agenda": [
            ("14:00", "Een datalek: de eerste uren", "Functionaris gegevensbescherming"),
            ("14:45", "Inzage, correctie en verwijdering", "Privacyjurist"),
            ("15:30", "Vragen uit de programma's", "Voorzitter"),
        ],
        "report": [],
        "takeaways": [],
        "actions": [],
    },
    {
        "key": "ind-mt-werkgevers-aan-tafel",
        "programme": "detentie-en-terugkeer",
        "invited": ["top600"],
        "title": "Werkgevers aan tafel",
        "summary": "Werkgevers die mensen met een strafblad in dienst nemen vertellen wat zij "
        "nodig hebben van regisseurs.",
        "start": "2027-03-04T10:00",
        "tags": ["werk", "re-integratie", "werkgevers", "VOG"],
        "agenda": [
            ("10:00", "Waarom wij een tweede kans geven", "Directeur leerwerkbedrijf"),
            ("10:40", "De VOG en kansrijke functies", "Adviseur Justis"),
            ("11:20", "Subsidies en begeleiding", "Werkgeversservicepunt"),
        ],
        "report": [],
        "takeaways": [],
        "actions": [],
    },
    {
        "key": "ind-mt-ronselen-van-kinderen",
        "programme": "criminele-families",
        "invited": ["top400", "top600"],
        "title": "Ronselen van kinderen voor de drugshandel",
        "summary": "Hoe kinderen worden ingezet als koerier of uitkijk, en hoe we hen als "
        "slachtoffer beschermen.",
        "start": "2027-02-25T14:00",
        "tags": ["kinderen", "uitbuiting", "ondermijning", "jeugdbescherming"],
        "agenda": [
            ("14:00", "Beeld van de politie", "Jeugdrechercheur"),
            ("14:45", "Uitbuiting herkennen", "Expertisecentrum mensenhandel"),
            ("15:30", "Wat kan de jeugdbescherming?", "Jeugdbeschermer"),
        ],
        "report": [],
        "takeaways": [],
        "actions": [],
    },
    {
        "key": "ind-mt-kruisbestuiving-tussen-programmas",
        "programme": "acvz-breed",
        "invited": [
            "top600",
            "top400",
            "radicalisering",
            "detentie-en-terugkeer",
            "criminele-families",
            "treiter",
        ],
        "title": "Kruisbestuiving: wat de programma's van elkaar leren",
        "summary": "De jaarlijkse bijeenkomst van alle programma's over gedeelde knelpunten, "
        "personen die in meerdere aanpakken vallen en modules die worden overgenomen.",
        "start": "2026-10-08T13:00",
        "tags": ["kruisbestuiving", "samenwerking", "regie"],
        "agenda": [
            ("13:00", "Eén persoon, meerdere programma's", "Programmamanager AcVZ"),
            ("13:45", "Modules overnemen van de Top600", "Programmamedewerkers"),
            ("14:30", "Gedeelde knelpunten", "Regisseurs uit alle programma's"),
        ],
        "report": [
            "Meerdere programma's blijken dezelfde knelpunten te hebben: wachttijden bij de "
            "schuldhulp, woonplekken na detentie en informatie die te laat komt. Het gezamenlijk "
            "melden van zulke knelpunten geeft meer gewicht richting partners.",
            "Voor personen die in twee aanpakken vallen, is afgesproken dat één programma leidt en "
            "het andere adviseert. Modules van de Top600 worden steeds vaker overgenomen; "
            "programma's vragen om duidelijk te vermelden wat er is aangepast.",
        ],
        "takeaways": [
            "Meld gedeelde knelpunten samen.",
            "Eén persoon, één leidend programma.",
            "Vermeld bij een overgenomen module wat is aangepast.",
        ],
        "actions": ["Register van gedeelde knelpunten bijhouden op het Kennisportaal."],
    },
    {
        "key": "ind-mt-eenvoudige-taal",
        "programme": "acvz-breed",
        "invited": ["top600", "treiter"],
        "title": "Schrijven in eenvoudige taal",
        "summary": "Brieven, plannen en afspraken die mensen echt begrijpen: oefenen met taalniveau "
        "B1 en met beeld.",
        "start": "2026-07-02T13:00",
        "tags": ["communicatie", "eenvoudige taal", "lvb"],
        "agenda": [
            ("13:00", "Waarom B1?", "Taaladviseur gemeente"),
            ("13:30", "Een plan van aanpak herschrijven", "Trainer"),
            ("14:30", "Afspraken met pictogrammen", "Gedragsdeskundige"),
        ],
        "report": [
            "Veel brieven en plannen zijn geschreven voor professionals, niet voor de persoon om "
            "wie het gaat. Zeker bij mensen met een licht verstandelijke beperking of laaggeletterdheid "
            "leidt dat tot gemiste afspraken.",
            "Deelnemers herschreven een plan van aanpak tot één pagina met korte zinnen, actieve "
            "werkwoorden en per afspraak wie, wat en wanneer.",
        ],
        "takeaways": [
            "Schrijf op taalniveau B1.",
            "Eén afspraak per zin: wie, wat, wanneer.",
            "Controleer of de persoon het kan navertellen.",
        ],
        "actions": ["Sjabloon plan van aanpak in eenvoudige taal maken."],
    },
    {
        "key": "ind-mt-terugkeer-na-terroristisch-misdrijf",
        "programme": "radicalisering",
        "invited": ["detentie-en-terugkeer"],
        "title": "Terugkeer na een terroristisch misdrijf",
        "summary": "Re-integratie van mensen die van de terroristenafdeling terugkeren in de "
        "stad: huisvesting, toezicht, exitbegeleiding en de buurt.",
        "start": "2026-11-12T14:00",
        "tags": ["radicalisering", "re-integratie", "nazorg", "detentie"],
        "agenda": [
            ("14:00", "De terroristenafdeling en het ontslag", "Casemanager DJI"),
            ("14:40", "Toezicht en bijzondere voorwaarden", "Reclasseringswerker"),
            ("15:20", "Exitbegeleiding", "Landelijk Steunpunt Extremisme"),
        ],
        "report": [
            "Terugkeer van deze groep vraagt een lange voorbereiding: huisvesting is extra lastig "
            "omdat buurt en corporatie zich zorgen maken, en het toezicht kent vaak strenge "
            "bijzondere voorwaarden zoals een locatieverbod en elektronische monitoring.",
            "Exitbegeleiding werkt het best als er vóór ontslag al een vertrouwensrelatie is. "
            "Partners spraken af de terugkeerplanning een halfjaar voor het einde van de straf te "
            "starten in het multidisciplinair casusoverleg.",
        ],
        "takeaways": [
            "Start de terugkeerplanning ruim voor ontslag.",
            "Exitbegeleiding begint binnen de muren.",
        ],
        "actions": ["Terugkeerplanning als vast agendapunt in het MCO."],
    },
    {
        "key": "ind-mt-meisjes-en-uitbuiting",
        "programme": "top400",
        "invited": ["criminele-families", "radicalisering"],
        "title": "Meisjes, loverboys en seksuele uitbuiting",
        "summary": "Signalen van uitbuiting bij meisjes in de Top400 en hoe hulpverleners en "
        "politie samen beschermen.",
        "start": "2027-04-15T14:00",
        "tags": ["uitbuiting", "jongeren", "meisjes", "mensenhandel"],
        "agenda": [
            ("14:00", "Signalen van mensenhandel", "Zorgcoördinator mensenhandel"),
            ("14:45", "Ervaringen uit de Top400", "Regisseur Top400"),
        ],
        "report": [],
        "takeaways": [],
        "actions": [],
    },
    {
        "key": "ind-mt-samen-met-de-buurtteams",
        "programme": "treiter",
        "invited": ["top400", "criminele-families"],
        "title": "Samenwerken met de buurtteams",
        "summary": "Hoe de treiteraanpak en de buurtteams hulp en grenzen combineren rond "
        "overlastgevers.",
        "start": "2026-08-27T10:00",
        "tags": ["wijkteam", "overlast", "samenwerking", "zorg"],
        "agenda": [
            ("10:00", "Wat doet een buurtteam?", "Teamleider buurtteam"),
            ("10:40", "Zorg en drang bij treiteraars", "Regisseur Treiter"),
        ],
        "report": [
            "Buurtteams zien de overlastgever vaak als hulpvrager, het treiterteam ziet vooral de "
            "slachtoffers. Beide beelden kloppen. Samen werken betekent hulp bieden en tegelijk een "
            "grens stellen, bijvoorbeeld via afspraken in het huurcontract.",
            "Afgesproken is dat het buurtteam bij elke treitercasus een vaste contactpersoon "
            "levert en dat verhuizingen altijd met een overdracht tussen buurtteams gaan.",
        ],
        "takeaways": [
            "Hulp en grens gaan samen.",
            "Een verhuizing zonder overdracht verplaatst het probleem.",
        ],
        "actions": ["Vaste contactpersonen per buurtteam vastleggen."],
    },
    {
        "key": "ind-mt-zorg-na-ontslag",
        "programme": "detentie-en-terugkeer",
        "invited": ["top600", "radicalisering"],
        "title": "Zorg na ontslag: verzekering, huisarts en medicijnen",
        "summary": "De medische kant van terugkeer: waarom mensen zonder medicatie en "
        "zorgverzekering buiten staan, en wat regisseurs kunnen regelen.",
        "start": "2026-09-24T14:00",
        "tags": ["zorg", "zorgverzekering", "medicatie", "nazorg"],
        "agenda": [
            ("14:00", "De medische dienst van de inrichting", "Verpleegkundige PI"),
            ("14:40", "Heractiveren van de zorgverzekering", "Medewerker zorgverzekeraar"),
            ("15:20", "Een huisarts vinden", "Huisarts daklozenzorg"),
        ],
        "report": [
            "Tijdens detentie is de zorgverzekering geschorst. Na ontslag moet de persoon zelf de "
            "verzekeraar informeren; dat gebeurt vaak niet, waardoor medicijnen en behandeling "
            "stoppen.",
            "Het helpt als de regisseur de week vóór ontslag een huisarts regelt, de medische "
            "overdracht opvraagt en op de dag van ontslag samen met de persoon de verzekeraar belt.",
        ],
        "takeaways": [
            "Regel een huisarts voor het ontslag.",
            "Bel op de dag van ontslag de zorgverzekeraar.",
            "Vraag de medische overdracht van de inrichting op.",
        ],
        "actions": ["Afspraken met verzekeraars over snelle heractivering."],
    },
    {
        "key": "ind-mt-halfjaarcijfers-2026",
        "programme": "acvz-breed",
        "invited": ["top600", "top400", "detentie-en-terugkeer"],
        "title": "De halfjaarcijfers besproken",
        "summary": "Recidive, uitstroom en de voortgang van plannen: wat zeggen de cijfers van het "
        "eerste halfjaar en wat doen we ermee?",
        "start": "2026-09-03T15:00",
        "tags": ["monitoring", "cijfers", "recidive"],
        "agenda": [
            ("15:00", "De cijfers", "Onderzoeker AcVZ"),
            ("15:40", "Wat herkennen de teams?", "Teamleiders"),
        ],
        "report": [
            "De recidive onder personen in de Top600 daalde licht, maar de uitstroom bleef achter "
            "bij de verwachting. Het meest genoemde obstakel in de plannen is huisvesting, gevolgd "
            "door schulden.",
            "Teams vroegen om de cijfers per stadsdeel en om minder indicatoren, zodat het gesprek "
            "over de inhoud kan gaan.",
        ],
        "takeaways": [
            "Huisvesting en schulden blokkeren de meeste plannen.",
            "Minder indicatoren, meer gesprek.",
        ],
        "actions": ["Monitor vereenvoudigen voor het tweede halfjaar."],
    },
]
