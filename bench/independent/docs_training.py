# ruff: noqa: E501  (prose and judgment strings wrap where the sentence does, not at column 100)
"""Training modules of the independent corpus, each with its lessons (pages below the module).
Written from scratch for the judged set; every case is made up."""

# A knowledge check is (question, [(answer, correct, feedback), ...]).

MODULES = [
    {
        "key": "ind-mod-terugkeer-voorbereiden",
        "programme": "detentie-en-terugkeer",
        "also": ["top600", "radicalisering"],
        "title": "Terugkeer voorbereiden vanuit de inrichting",
        "summary": "Praktische module voor regisseurs en nazorgcoördinatoren: wat je tijdens de "
        "detentie al regelt zodat iemand niet met lege handen buiten staat.",
        "goals": [
            "Je weet hoe een identiteitsbewijs tijdens de detentie wordt aangevraagd.",
            "Je kunt een briefadres regelen voor iemand zonder woonadres.",
            "Je zet de aanvraag voor levensonderhoud in gang vóór de ontslagdatum.",
        ],
        "tags": ["nazorg", "detentie", "re-integratie", "basisvoorwaarden"],
        "duration": 75,
        "lessons": [
            {
                "key": "ind-les-id-kaart-aanvragen-tijdens-detentie",
                "title": "Een ID-kaart aanvragen tijdens de detentie",
                "intro": "Zonder geldig identiteitsbewijs kom je na ontslag nergens binnen. "
                "Zo regel je het al binnen de muren.",
                "paras": [
                    "Vraag eerst bij de casemanager van de penitentiaire inrichting na of de "
                    "gedetineerde nog een geldig paspoort of geldige identiteitskaart heeft. Vaak "
                    "is het document verlopen, kwijt of in beslag genomen. Controleer ook of de "
                    "persoon nog staat ingeschreven in de Basisregistratie Personen, want zonder "
                    "inschrijving kan de gemeente geen document uitgeven.",
                    "De aanvraag loopt via de inrichting: de casemanager meldt de aanvraag aan bij "
                    "de gemeente waar de persoon staat ingeschreven, er wordt in de inrichting een "
                    "pasfoto gemaakt en een medewerker van Burgerzaken komt langs of de persoon "
                    "wordt onder begeleiding naar het stadsloket gebracht. Reken op vier tot zes "
                    "weken doorlooptijd; begin dus ruim voor de ontslagdatum.",
                    "De kosten zijn een terugkerend struikelblok. Gedetineerden hebben zelden geld "
                    "op hun rekening. Bespreek met het team Detentie & Terugkeer of de kosten "
                    "worden voorgeschoten of via bijzondere bijstand worden vergoed, en leg vast "
                    "wie het opgehaalde document bewaart tot de dag van ontslag.",
                ],
                "check": (
                    "Wanneer start je de aanvraag van een identiteitsbewijs?",
                    [
                        ("Ruim voor de ontslagdatum, via de casemanager", True, "Juist."),
                        ("Op de eerste dag na ontslag", False, "Dan verlies je weken."),
                    ],
                ),
            },
            {
                "key": "ind-les-briefadres-regelen",
                "title": "Een briefadres regelen",
                "intro": "Wie geen vaste woon- of verblijfplaats heeft, heeft toch een adres nodig "
                "voor post van instanties.",
                "paras": [
                    "Een briefadres is een postadres bij een persoon of instelling, voor iemand die "
                    "geen woonadres heeft. Zonder adres in de BRP stopt bijna alles: de uitkering, "
                    "de zorgtoeslag en de post van het CJIB. Voor mensen die uit detentie komen "
                    "zonder woonplek is het briefadres dus vaak de eerste stap.",
                    "Zo vraag je het aan: de persoon doet zelf de aangifte bij de gemeente, met "
                    "schriftelijke toestemming van de briefadresgever. Dat kan een familielid zijn, "
                    "maar in Amsterdam ook een instelling voor maatschappelijke opvang of een "
                    "hulpverleningsorganisatie die briefadressen aanbiedt. De gemeente vraagt waar "
                    "de persoon feitelijk verblijft en kan een huisbezoek afleggen.",
                    "Tip uit de praktijk: regel de toestemming van de briefadresgever al tijdens de "
                    "detentie, zodat de aangifte op de dag van ontslag kan. Spreek met de "
                    "briefadresgever af hoe en wanneer de post wordt opgehaald.",
                ],
            },
            {
                "key": "ind-les-uitkering-aanvragen-voor-ontslag",
                "title": "Levensonderhoud regelen vóór het ontslag",
                "intro": "De eerste weken zonder inkomen zijn de gevaarlijkste. Zo voorkom je een "
                "gat tussen vrijlating en eerste betaling.",
                "paras": [
                    "Een bijstandsuitkering kan pas ingaan vanaf de dag van ontslag, maar de "
                    "voorbereiding kan eerder. Verzamel tijdens de detentie de stukken die Werk en "
                    "Inkomen vraagt: identiteitsbewijs, bankrekening, ontslagbrief van de inrichting "
                    "en gegevens over woonsituatie of briefadres.",
                    "Maak samen met de casemanager van de inrichting een afspraak bij Werk en "
                    "Inkomen voor de eerste werkdag na ontslag. Vraag direct een voorschot aan als "
                    "de beslissing langer duurt, en controleer of er recht is op zorgtoeslag en "
                    "huurtoeslag.",
                    "Leg in het plan van aanpak vast wie de persoon die eerste dag begeleidt. "
                    "Regisseurs merken dat een afspraak die nog niet concreet is, in de drukte van "
                    "de eerste dag verloren gaat.",
                ],
            },
        ],
    },
    {
        "key": "ind-mod-wonen-na-detentie",
        "programme": "detentie-en-terugkeer",
        "also": ["top600"],
        "title": "Wonen na detentie",
        "summary": "Welke woonroutes er zijn voor iemand die terugkeert uit de gevangenis, hoe je "
        "urgentie aanvraagt en hoe je het risico van terugkeer naar de oude buurt weegt.",
        "goals": [
            "Je kent de routes naar een woonplek na ontslag.",
            "Je weet wanneer een urgentieaanvraag kans maakt.",
            "Je weegt de veiligheid van slachtoffers mee bij de keuze van een woonplek.",
        ],
        "tags": ["huisvesting", "wonen", "nazorg", "re-integratie"],
        "duration": 60,
        "lessons": [
            {
                "key": "ind-les-woonplek-zoeken",
                "title": "De routes naar een woonplek",
                "intro": "Van nachtopvang tot eigen huurwoning: welke route past bij wie?",
                "paras": [
                    "Er is zelden één oplossing. Voor wie zelfstandig kan wonen is een reguliere "
                    "huurwoning via een woningcorporatie het doel, maar de wachttijd is lang. "
                    "Tussenoplossingen zijn een kamer bij familie, een plek in de maatschappelijke "
                    "opvang, begeleid wonen of beschermd wonen voor wie intensieve begeleiding nodig "
                    "heeft. Housing First is er voor mensen die direct een eigen woning met "
                    "begeleiding aan huis krijgen.",
                    "Zo pak je het aan: breng eerst in kaart wat iemand zelf kan (huur betalen, "
                    "huishouden, omgaan met buren) en welke zorg nodig is. Vraag daarna een "
                    "indicatie aan bij het loket voor opvang en beschermd wonen, en meld de persoon "
                    "tegelijk aan bij de uitstroomregeling van de corporaties als dat mogelijk is.",
                    "Kies nooit voor een adres waar je weet dat de persoon zijn oude netwerk "
                    "terugvindt zonder dat daar in het plan iets tegenover staat.",
                ],
                "check": (
                    "Voor wie is Housing First bedoeld?",
                    [
                        (
                            "Voor mensen die direct een eigen woning met begeleiding aan huis "
                            "krijgen",
                            True,
                            "Juist.",
                        ),
                        ("Voor iedereen die uit detentie komt", False, "Nee, het is maatwerk."),
                    ],
                ),
            },
            {
                "key": "ind-les-urgentie-aanvragen",
                "title": "Urgentie aanvragen voor een woning",
                "intro": "Urgentie is schaars. Zo vergroot je de kans dat een aanvraag slaagt.",
                "paras": [
                    "Een urgentieverklaring geeft voorrang bij het toewijzen van een sociale "
                    "huurwoning. Detentie op zich is geen grond: de commissie kijkt of de "
                    "woonsituatie buiten de eigen schuld om onhoudbaar is en of iemand zelfstandig "
                    "kan wonen. Een ontruiming wegens huurschuld of overlast wordt vaak als "
                    "verwijtbaar gezien.",
                    "Onderbouw de aanvraag met een verklaring van de reclassering of de regisseur "
                    "over de begeleiding die na ontslag doorloopt, en laat zien dat er een plan is "
                    "voor inkomen en schulden. Een aanvraag zonder begeleidingsplan wordt zelden "
                    "toegekend.",
                    "Wordt de aanvraag afgewezen, bespreek dan met de accounthouder van de "
                    "corporaties of er een uitstroomplek uit de maatschappelijke opvang of een "
                    "plek met een begeleidingscontract mogelijk is.",
                ],
            },
            {
                "key": "ind-les-terug-naar-oude-buurt",
                "title": "Terug naar de oude buurt?",
                "intro": "Een vertrouwde omgeving kan steun geven, maar ook een risico zijn.",
                "paras": [
                    "Veel mensen willen na hun straf terug naar de wijk waar familie en vrienden "
                    "wonen. Dat kan goed zijn voor de binding, maar het oude netwerk kan ook terug "
                    "de criminaliteit in trekken. En soms woont het slachtoffer om de hoek.",
                    "Weeg daarom samen met de reclassering en de politie af: is er een "
                    "gebiedsverbod of contactverbod als bijzondere voorwaarde, wat vindt het "
                    "slachtoffer ervan via slachtofferhulp, en welke positieve contacten zijn er in "
                    "de buurt? Leg de afweging vast in het plan van aanpak.",
                ],
            },
        ],
    },
    {
        "key": "ind-mod-schulden-aanpakken",
        "programme": "top600",
        "also": ["detentie-en-terugkeer", "criminele-families"],
        "title": "Schulden in kaart brengen en aanpakken",
        "summary": "Hoe een regisseur schulden snel in beeld krijgt, iemand aanmeldt bij de "
        "schuldhulpverlening en een regeling treft met het CJIB.",
        "goals": [
            "Je maakt met de persoon een volledig schuldenoverzicht.",
            "Je meldt iemand aan bij de gemeentelijke schuldhulpverlening.",
            "Je weet hoe een betalingsregeling met het CJIB werkt.",
        ],
        "tags": ["schulden", "schuldhulpverlening", "inkomen", "financiën"],
        "duration": 60,
        "lessons": [
            {
                "key": "ind-les-schuldenoverzicht-maken",
                "title": "Een schuldenoverzicht maken",
                "intro": "Wie zijn de schuldeisers, hoeveel is het, en wat is het dringendst?",
                "paras": [
                    "Begin met een doos: vraag de persoon alle brieven, aanmaningen en "
                    "deurwaardersbrieven te verzamelen, ook de ongeopende. Veel mensen in de aanpak "
                    "openen hun post niet meer. Sorteer samen per schuldeiser.",
                    "Vul het overzicht aan met bronnen die je met toestemming kunt raadplegen: "
                    "openstaande boetes en schadevergoedingsmaatregelen bij het CJIB, "
                    "terugvorderingen van toeslagen, achterstanden bij de zorgverzekeraar en de "
                    "woningcorporatie. Zet bij elke schuld of er beslag ligt of een ontruiming of "
                    "afsluiting dreigt: die gaan voor.",
                    "Een volledig overzicht is het toegangskaartje voor schuldhulp. Een half "
                    "overzicht leidt tot een traject dat halverwege strandt.",
                ],
            },
            {
                "key": "ind-les-aanmelden-schuldhulpverlening",
                "title": "Aanmelden bij de schuldhulpverlening",
                "intro": "Zo meld je iemand aan, en zo krijg je voorrang als het plan ervan afhangt.",
                "paras": [
                    "De aanmelding loopt via de gemeentelijke schuldhulpverlening of het "
                    "buurtteam. De persoon moet zelf toestemming geven en meewerken aan het "
                    "intakegesprek. Neem het schuldenoverzicht, het identiteitsbewijs en de "
                    "inkomensgegevens mee naar de intake.",
                    "In de eerste fase werkt de schuldhulpverlener aan stabilisatie: vaste lasten "
                    "worden betaald, beslagen worden zo nodig gestopt met een moratorium en het "
                    "inkomen wordt beschermd, bijvoorbeeld met budgetbeheer. Pas daarna volgt een "
                    "schuldregeling.",
                    "Hangen andere doelen in het plan van aanpak af van de schulden, vraag dan via "
                    "de accounthouder om voorrang. Leg uit waarom: zonder stabiel inkomen is de "
                    "kans op nieuwe delicten groter.",
                ],
                "check": (
                    "Wat komt in een schuldhulptraject eerst?",
                    [
                        ("Stabilisatie van inkomen en vaste lasten", True, "Juist."),
                        ("Meteen een schuldregeling met alle schuldeisers", False, "Nee."),
                    ],
                ),
            },
            {
                "key": "ind-les-cjib-betalingsregeling",
                "title": "Een betalingsregeling met het CJIB",
                "intro": "Openstaande boetes en maatregelen lopen snel op. Zo treft u een regeling.",
                "paras": [
                    "Het Centraal Justitieel Incassobureau int boetes, schadevergoedingsmaatregelen "
                    "en ontnemingen. Bij niet betalen volgen verhogingen en bij sommige vorderingen "
                    "gijzeling of vervangende hechtenis. Daarom hoort het CJIB vroeg in het "
                    "schuldenoverzicht.",
                    "Een betalingsregeling vraag je aan via het CJIB zelf, met de persoon erbij. "
                    "Geef aan dat er schuldhulp loopt; het CJIB kan dan een regeling treffen die "
                    "past bij het inkomen. Voor schadevergoedingen aan slachtoffers gelden aparte "
                    "regels: die worden niet zomaar kwijtgescholden.",
                ],
            },
        ],
    },
    {
        "key": "ind-mod-opschalen-in-de-keten",
        "programme": "acvz-breed",
        "also": [],
        "title": "Opschalen en doorzettingsmacht",
        "summary": "Wat je doet als een ketenpartner een afspraak niet nakomt: wanneer je "
        "opschaalt, de stappen van de escalatieladder en hoe je een escalatie afrondt.",
        "goals": [
            "Je herkent wanneer opschalen nodig is.",
            "Je doorloopt de escalatieladder van de AcVZ.",
            "Je legt een escalatie vast en rondt haar af.",
        ],
        "tags": ["escalatie", "regie", "ketensamenwerking", "doorzettingsmacht"],
        "duration": 45,
        "lessons": [
            {
                "key": "ind-les-wanneer-opschalen",
                "title": "Wanneer schaal je op?",
                "intro": "Niet elke gemiste afspraak is een escalatie waard.",
                "paras": [
                    "Je schaalt op als een partner een afspraak uit het plan van aanpak niet nakomt, "
                    "jij dat met de uitvoerder zelf hebt besproken en het daarna nog steeds niet "
                    "gebeurt, terwijl de veiligheid of de voortgang van het plan ervan afhangt. Een "
                    "vertraagde terugbelafspraak is geen escalatie; een woning die niet wordt "
                    "toegewezen terwijl de ontslagdatum nadert wel.",
                    "Vraag jezelf af: wat gebeurt er als dit twee weken langer blijft liggen? Is het "
                    "antwoord dat er risico ontstaat voor de persoon, het gezin of de omgeving, "
                    "dan wacht je niet.",
                ],
            },
            {
                "key": "ind-les-escalatieladder",
                "title": "De escalatieladder stap voor stap",
                "intro": "Van de uitvoerder tot de stuurgroep: zo loop je de ladder af.",
                "paras": [
                    "Stap één: bespreek het probleem rechtstreeks met de uitvoerend professional en "
                    "maak een nieuwe, concrete afspraak met een datum. Stap twee: lukt dat niet, "
                    "leg het voor aan diens leidinggevende en informeer je eigen teamleider.",
                    "Stap drie: blijft het hangen, dan schakelt je teamleider de accounthouder van "
                    "de AcVZ voor die partnerorganisatie in. De accounthouder kent de lijnen naar "
                    "het management van de partner. Stap vier is de programmamanager, die in het "
                    "uiterste geval de stuurgroep of de driehoek vraagt om een besluit met "
                    "doorzettingsmacht.",
                    "Sla geen stappen over. Partners accepteren een escalatie beter als zij eerst "
                    "de kans kregen het zelf op te lossen.",
                ],
                "check": (
                    "Wie schakel je in na je eigen teamleider als een partner niet beweegt?",
                    [
                        ("De accounthouder van die partner", True, "Juist."),
                        ("Direct de burgemeester", False, "Nee, dat is de laatste stap."),
                    ],
                ),
            },
            {
                "key": "ind-les-escalatie-vastleggen",
                "title": "Een escalatie vastleggen en afronden",
                "intro": "Een escalatie is pas klaar als het probleem is opgelost of als knelpunt "
                "is gemeld.",
                "paras": [
                    "Leg bij elke stap vast wat de afspraak was, wie er is benaderd en wat het "
                    "antwoord was. Dat voorkomt dat een escalatie bij een wisseling van regisseur "
                    "opnieuw begint.",
                    "Koppel de uitkomst terug aan alle partners in het casusoverleg. Zit het "
                    "probleem in de manier waarop de keten is ingericht, en niet in één casus, meld "
                    "het dan als knelpunt of systeemfout op het Kennisportaal, zodat het programma "
                    "het structureel oppakt.",
                ],
            },
        ],
    },
    {
        "key": "ind-mod-huiselijk-geweld",
        "programme": "criminele-families",
        "also": ["top600", "top400"],
        "title": "Huiselijk geweld: melden en beschermen",
        "summary": "De meldcode, een veiligheidsplan en het tijdelijk huisverbod: wat een "
        "regisseur moet weten als er geweld in het gezin speelt.",
        "goals": [
            "Je doorloopt de stappen van de meldcode.",
            "Je stelt samen met het gezin een veiligheidsplan op.",
            "Je weet wanneer een tijdelijk huisverbod kan worden opgelegd.",
        ],
        "tags": ["huiselijk geweld", "veiligheid", "meldcode", "gezin"],
        "duration": 70,
        "lessons": [
            {
                "key": "ind-les-melden-bij-veilig-thuis",
                "title": "Melden bij Veilig Thuis volgens de meldcode",
                "intro": "Zo doorloop je de vijf stappen als je vermoedt dat er thuis geweld is.",
                "paras": [
                    "Stap 1: breng de signalen in kaart en schrijf feitelijk op wat je ziet en "
                    "hoort. Stap 2: overleg met een collega of aandachtsfunctionaris en vraag zo "
                    "nodig advies aan Veilig Thuis; dat kan anoniem over de situatie. Stap 3: "
                    "bespreek je zorgen met de betrokkene, tenzij dat de veiligheid in gevaar "
                    "brengt.",
                    "Stap 4: weeg het geweld of de kindermishandeling met het afwegingskader. Stap "
                    "5: beslis. Bij acute of structurele onveiligheid doe je altijd een melding bij "
                    "Veilig Thuis. Kun je zelf voldoende hulp organiseren, dan bied je die hulp en "
                    "volg je of de onveiligheid stopt.",
                    "Een melding in de persoonsgerichte aanpak doe je in afstemming met de "
                    "regisseur, zodat niet drie partners los van elkaar over hetzelfde gezin "
                    "melden.",
                ],
                "check": (
                    "Wat doe je bij acute onveiligheid in het gezin?",
                    [
                        ("Altijd melden bij Veilig Thuis", True, "Juist."),
                        ("Eerst een half jaar zelf hulp bieden", False, "Nee."),
                    ],
                ),
            },
            {
                "key": "ind-les-veiligheidsplan-opstellen",
                "title": "Een veiligheidsplan opstellen",
                "intro": "Concreet, met het gezin samen gemaakt, en regelmatig bijgesteld.",
                "paras": [
                    "Een veiligheidsplan beschrijft wat er moet gebeuren zodat iedereen in het gezin "
                    "veilig is: welke afspraken gelden, wie de kinderen opvangt als het thuis "
                    "misgaat, wie gebeld wordt en welke signalen aangeven dat het weer mis dreigt "
                    "te gaan.",
                    "Maak het plan met het gezin en het steunnetwerk samen, in gewone taal. "
                    "Betrokkenen tekenen voor de afspraken. Laat de partners in het casusoverleg "
                    "weten welke afspraken er zijn en wie controleert of ze werken; evalueer het "
                    "plan na een incident en in elk geval elke drie maanden.",
                ],
            },
            {
                "key": "ind-les-tijdelijk-huisverbod",
                "title": "Het tijdelijk huisverbod",
                "intro": "De burgemeester kan een pleger tijdelijk uit huis plaatsen.",
                "paras": [
                    "Bij ernstig of dreigend huiselijk geweld kan de burgemeester een tijdelijk "
                    "huisverbod opleggen. De uithuisgeplaatste mag tien dagen niet in de woning "
                    "komen en geen contact zoeken met de achterblijvers. Het verbod kan worden "
                    "verlengd tot maximaal vier weken.",
                    "De politie beoordeelt de situatie met een risicotaxatie; daarna biedt de "
                    "hulpverlening direct hulp aan beide kanten. Voor de regisseur is het huisverbod "
                    "een kans: in die tien dagen is er ruimte om hulp te organiseren die eerder "
                    "werd afgehouden.",
                ],
            },
        ],
    },
    {
        "key": "ind-mod-signalen-radicalisering",
        "programme": "radicalisering",
        "also": ["top400"],
        "title": "Zorgen over radicalisering duiden en melden",
        "summary": "Hoe je signalen van radicalisering weegt zonder te stigmatiseren, hoe je een "
        "zorg meldt en hoe het casusoverleg een risicotaxatie maakt.",
        "goals": [
            "Je onderscheidt zorgelijke signalen van een afwijkende mening.",
            "Je weet hoe en waar je een zorg meldt.",
            "Je kent de rol van de risicotaxatie in het multidisciplinair casusoverleg.",
        ],
        "tags": ["radicalisering", "extremisme", "signalering", "melden"],
        "duration": 60,
        "lessons": [
            {
                "key": "ind-les-signalen-herkennen",
                "title": "Signalen herkennen zonder te stigmatiseren",
                "intro": "Een uitgesproken mening is geen radicalisering. Waar let je dan wel op?",
                "paras": [
                    "Geloof, activisme of boosheid over onrecht zijn op zichzelf geen reden tot "
                    "zorg. Zorgelijk wordt het als iemand anderen ontmenselijkt, geweld goedpraat, "
                    "zich in korte tijd afsluit van familie en vrienden, of contact zoekt met "
                    "groepen die geweld verheerlijken.",
                    "Kijk altijd naar het geheel: een combinatie van signalen en een verandering in "
                    "korte tijd zegt meer dan één uitspraak. Bespreek wat je ziet met een collega "
                    "voordat je conclusies trekt, en wees bewust van je eigen beeld over "
                    "bepaalde groepen.",
                ],
            },
            {
                "key": "ind-les-zorgmelding-doen",
                "title": "Een zorg over radicalisering melden",
                "intro": "Twijfel je? Dan overleg je eerst. Zo loopt een melding.",
                "paras": [
                    "Professionals melden zorgen over mogelijke radicalisering bij het team "
                    "Radicalisering van de AcVZ, via het vaste meldformulier of de functionele "
                    "mailbox. Gebruik geen persoonlijke mailboxen van collega's: meldingen die "
                    "daar blijven liggen, worden niet gewogen.",
                    "Beschrijf in de melding feitelijk wat je hebt gezien of gehoord, wanneer en in "
                    "welke context, en wat je zelf al hebt gedaan. Het team neemt binnen enkele "
                    "werkdagen contact op, vraagt zo nodig informatie bij partners op en besluit "
                    "of de casus in het multidisciplinair casusoverleg wordt besproken.",
                    "Je krijgt terugkoppeling of de melding is opgepakt. Inhoudelijke informatie "
                    "over de persoon krijg je alleen als je een rol hebt in het plan.",
                ],
            },
            {
                "key": "ind-les-risicotaxatie",
                "title": "De risicotaxatie in het casusoverleg",
                "intro": "Samen wegen, met een vast instrument, en opnieuw wegen als er iets "
                "verandert.",
                "paras": [
                    "In het multidisciplinair casusoverleg (MCO) wegen politie, OM, reclassering, "
                    "zorgpartners en de gemeente samen het risico. Zij gebruiken een gestructureerd "
                    "instrument met risicofactoren en beschermende factoren, zoals werk, een "
                    "steunend gezin of een band met school.",
                    "De uitkomst bepaalt de interventies: van ondersteuning bij opvoeding en "
                    "weerbaarheid tot bestuurlijke of strafrechtelijke maatregelen. Herhaal de "
                    "taxatie na elke belangrijke gebeurtenis, zoals een vrijlating of een breuk met "
                    "het gezin.",
                ],
            },
        ],
    },
    {
        "key": "ind-mod-school-en-leerplicht",
        "programme": "top400",
        "also": ["criminele-families"],
        "title": "Werken met school en leerplicht",
        "summary": "Schoolverzuim, thuiszitters en de overstap naar het mbo: hoe de regisseur "
        "samen met school en leerplicht voorkomt dat een jongere uitvalt.",
        "goals": [
            "Je weet wanneer school verzuim moet melden en wat leerplicht dan doet.",
            "Je helpt een thuiszitter terug naar onderwijs.",
            "Je begeleidt de overstap naar het mbo.",
        ],
        "tags": ["onderwijs", "leerplicht", "verzuim", "jongeren"],
        "duration": 60,
        "lessons": [
            {
                "key": "ind-les-verzuim-melden",
                "title": "Schoolverzuim melden en opvolgen",
                "intro": "Spijbelen is vaak het eerste signaal. Zo loopt de route.",
                "paras": [
                    "Scholen moeten ongeoorloofd verzuim melden bij het verzuimloket als een "
                    "leerling binnen vier weken zestien uur of meer zonder geldige reden afwezig is. "
                    "De leerplichtambtenaar neemt de melding in behandeling, nodigt de jongere en de "
                    "ouders uit voor een gesprek en kan bij herhaling een proces-verbaal opmaken.",
                    "Als regisseur vraag je aan het begin van het traject toestemming en afspraken "
                    "om verzuim direct van school of leerplicht te horen, en niet pas in het "
                    "maandoverleg. Spreek af dat ook geoorloofd maar opvallend verzuim, zoals veel "
                    "ziekmeldingen, wordt gedeeld.",
                ],
            },
            {
                "key": "ind-les-thuiszitter-terug-naar-school",
                "title": "Een thuiszitter terug naar school",
                "intro": "Hoe langer een jongere thuis zit, hoe moeilijker de weg terug.",
                "paras": [
                    "Een thuiszitter is een leerplichtige jongere die langer dan vier weken niet naar "
                    "school gaat zonder vrijstelling. Vaak speelt er meer: een conflict met school, "
                    "angst, een leerprobleem of onveiligheid onderweg.",
                    "Breng in één overleg de school, het samenwerkingsverband passend onderwijs, "
                    "leerplicht, de ouders en de jongere bij elkaar. Spreek een concreet "
                    "terugkeerplan af, bijvoorbeeld eerst een paar uur per dag met een vaste "
                    "begeleider, en leg vast wie de voortgang elke week controleert.",
                    "Lukt terugkeer naar de eigen school niet, vraag dan een plek in een "
                    "onderwijs-zorgarrangement aan via het samenwerkingsverband.",
                ],
            },
            {
                "key": "ind-les-overstap-naar-mbo",
                "title": "De overstap naar het mbo begeleiden",
                "intro": "Tussen het examen en de eerste schooldag vallen jongeren uit beeld.",
                "paras": [
                    "De zomer tussen vmbo en mbo is een bekend uitvalmoment. De oude school voelt "
                    "zich niet meer verantwoordelijk en de nieuwe school kent de jongere nog niet. "
                    "Zorg daarom vóór de zomer voor een inschrijving en een warme overdracht naar "
                    "de mbo-instelling, met toestemming van de jongere en de ouders.",
                    "Vraag of de mbo-school een loopbaanbegeleider of jongerencoach heeft die in de "
                    "eerste weken extra contact houdt. Jongeren boven de achttien zonder "
                    "startkwalificatie vallen onder het RMC-traject; betrek dan het RMC.",
                ],
            },
        ],
    },
    {
        "key": "ind-mod-treiteren-aanpakken",
        "programme": "treiter",
        "also": ["top600"],
        "title": "Treiteren aanpakken en bewoners beschermen",
        "summary": "Een overlastdossier opbouwen met bewoners, de gedragsaanwijzing van de "
        "burgemeester inzetten en bewoners informeren zonder ze in gevaar te brengen.",
        "goals": [
            "Je bouwt samen met bewoners en corporatie een bruikbaar dossier op.",
            "Je weet wanneer een gedragsaanwijzing mogelijk is.",
            "Je organiseert een bewonersbijeenkomst die bewoners sterker maakt.",
        ],
        "tags": ["overlast", "treiteren", "bewoners", "woonoverlast"],
        "duration": 55,
        "lessons": [
            {
                "key": "ind-les-overlastdossier-opbouwen",
                "title": "Een overlastdossier opbouwen",
                "intro": "Zonder dossier geen maatregel. Zo help je bewoners het vast te leggen.",
                "paras": [
                    "Vraag bewoners een logboek bij te houden: datum, tijd, wat er gebeurde, wie het "
                    "zag en wat het met hen deed. Geef een eenvoudig formulier, op papier en "
                    "digitaal. Eén bewoner die alles opschrijft is kwetsbaar; meerdere bewoners "
                    "maken het dossier sterk en spreiden het risico.",
                    "Verzamel daarnaast meldingen bij de corporatie, de politie en de gemeente, en "
                    "vraag de wijkagent en de handhavers om hun eigen waarnemingen vast te leggen. "
                    "Bespreek het dossier elke maand in het casusoverleg Treiter.",
                ],
            },
            {
                "key": "ind-les-gedragsaanwijzing",
                "title": "De gedragsaanwijzing bij woonoverlast",
                "intro": "Een maatregel van de burgemeester die gedrag verbiedt of hulp verplicht.",
                "paras": [
                    "Met de Wet aanpak woonoverlast kan de burgemeester een gedragsaanwijzing "
                    "geven aan iemand die ernstige en herhaaldelijke overlast veroorzaakt vanuit of "
                    "rond zijn woning. De aanwijzing kan bijvoorbeeld verbieden om in het "
                    "trappenhuis te komen, of verplichten om mee te werken aan begeleiding.",
                    "Voorwaarde is dat eerdere, lichtere interventies niet hebben gewerkt en dat de "
                    "overlast goed is gedocumenteerd. Spreek vooraf met handhaving af wie toezicht "
                    "houdt: een aanwijzing die niet wordt gecontroleerd, verliest haar werking.",
                    "Als laatste stap kan de burgemeester een tijdelijk verbod opleggen om in de "
                    "woning te verblijven.",
                ],
            },
            {
                "key": "ind-les-bewonersbijeenkomst",
                "title": "Een bewonersbijeenkomst organiseren",
                "intro": "Bewoners informeren zonder de veroorzaker te benoemen of hen bloot te "
                "stellen.",
                "paras": [
                    "Een bewonersbijeenkomst laat zien dat de overlast serieus wordt genomen. "
                    "Organiseer haar samen met de corporatie en de wijkagent, op neutraal terrein, "
                    "en bespreek de aanpak in algemene termen: nooit details over de persoon die "
                    "overlast veroorzaakt.",
                    "Leg uit hoe bewoners veilig kunnen melden en wat er met meldingen gebeurt. "
                    "Spreek een vervolgmoment af; bewoners die niets meer horen, melden niet meer.",
                ],
            },
        ],
    },
    {
        "key": "ind-mod-verslaving-en-zorg",
        "programme": "top600",
        "also": ["treiter", "detentie-en-terugkeer"],
        "title": "Middelengebruik en verslavingszorg",
        "summary": "Het gesprek over middelengebruik aangaan, iemand doorverwijzen naar "
        "verslavingszorg en weten wat verplichte zorg onder de Wvggz betekent.",
        "goals": [
            "Je maakt middelengebruik bespreekbaar met motiverende gespreksvoering.",
            "Je weet de weg naar verslavingszorg en ggz.",
            "Je kent de route naar verplichte zorg.",
        ],
        "tags": ["verslaving", "ggz", "zorg", "middelengebruik"],
        "duration": 65,
        "lessons": [
            {
                "key": "ind-les-gebruik-bespreekbaar-maken",
                "title": "Middelengebruik bespreekbaar maken",
                "intro": "Niet preken, maar nieuwsgierig vragen. Zo open je het gesprek.",
                "paras": [
                    "Veel mensen in de aanpak gebruiken cannabis, alcohol of andere middelen om "
                    "spanning te dempen of om erbij te horen. Wie begint met een oordeel, krijgt "
                    "een dichte deur. Vraag wat het middel hen oplevert en wat het kost.",
                    "Motiverende gespreksvoering helpt: je stelt open vragen, vat samen wat je hoort "
                    "en versterkt de eigen redenen om te veranderen. Ambivalentie is normaal; "
                    "iemand kan tegelijk willen stoppen en niet willen stoppen. Jouw taak is die "
                    "twijfel hoorbaar te maken, niet haar weg te praten.",
                ],
            },
            {
                "key": "ind-les-verwijzen-verslavingszorg",
                "title": "Doorverwijzen naar verslavingszorg",
                "intro": "Van huisarts tot kliniek: welke route en wat regel je zelf?",
                "paras": [
                    "Voor ambulante verslavingszorg of ggz is meestal een verwijzing van de "
                    "huisarts nodig. Heeft iemand geen huisarts, regel dat dan eerst: na detentie "
                    "of een verhuizing is dat vaak het ontbrekende stuk. Bij een reclasseringstoezicht "
                    "kan de verslavingsreclassering de zorg als bijzondere voorwaarde laten "
                    "opnemen; dan loopt de indicatie via het NIFP.",
                    "Zijn er wachtlijsten, vraag dan om overbruggingszorg en houd zelf het contact "
                    "warm. Meld lange wachttijden die de veiligheid raken als knelpunt, zodat het "
                    "programma het met de zorgaanbieders bespreekt.",
                ],
            },
            {
                "key": "ind-les-verplichte-zorg-wvggz",
                "title": "Verplichte zorg: crisismaatregel en zorgmachtiging",
                "intro": "Als vrijwillige zorg niet lukt en er ernstig nadeel dreigt.",
                "paras": [
                    "Onder de Wet verplichte ggz kan iedereen, ook een regisseur, een melding doen "
                    "bij de gemeente als iemand door een psychische stoornis ernstig nadeel "
                    "veroorzaakt voor zichzelf of anderen. De gemeente doet dan een verkennend "
                    "onderzoek en kan de officier van justitie vragen een zorgmachtiging bij de "
                    "rechter aan te vragen.",
                    "Bij acuut gevaar kan de burgemeester een crisismaatregel nemen, op advies van "
                    "een psychiater. Die geldt kort; daarna is een machtiging van de rechter nodig. "
                    "Een zorgmachtiging regelt welke verplichte zorg mag, thuis of met opname.",
                    "Bereid een melding goed voor: beschrijf feitelijk het gedrag, de risico's en "
                    "wat vrijwillig al is geprobeerd.",
                ],
            },
        ],
    },
    {
        "key": "ind-mod-privacy-in-de-praktijk",
        "programme": "acvz-breed",
        "also": [],
        "title": "Privacy in de praktijk van de persoonsgerichte aanpak",
        "summary": "Het convenant toepassen, omgaan met het beroepsgeheim van zorgpartners en een "
        "verzoek om inzage in het dossier afhandelen.",
        "goals": [
            "Je past doelbinding en proportionaliteit toe op een concrete vraag.",
            "Je weet hoe je omgaat met een partner die zich op het beroepsgeheim beroept.",
            "Je handelt een inzageverzoek binnen de termijn af.",
        ],
        "tags": ["privacy", "informatiedeling", "AVG", "beroepsgeheim"],
        "duration": 50,
        "lessons": [
            {
                "key": "ind-les-convenant-toepassen",
                "title": "Het convenant toepassen",
                "intro": "Welke gegevens mag je delen voor dit doel, met deze partner?",
                "paras": [
                    "Het convenant van de aanpak beschrijft het doel van de samenwerking, welke "
                    "partners meedoen en welke gegevens zij mogen uitwisselen. Stel bij elke vraag "
                    "om informatie drie vragen: past het bij het doel (doelbinding), is het nodig "
                    "voor de taak van deze partner (noodzaak) en kan het met minder gegevens "
                    "(proportionaliteit)?",
                    "Gegevens over gezondheid en over strafrechtelijke zaken zijn bijzondere en "
                    "strafrechtelijke persoonsgegevens. Deel die alleen als het echt nodig is en "
                    "noteer in het dossier wat je met wie hebt gedeeld en waarom.",
                ],
            },
            {
                "key": "ind-les-beroepsgeheim-zorgpartners",
                "title": "Omgaan met het beroepsgeheim",
                "intro": "Een huisarts of behandelaar mag niet zomaar delen. Wat kan wel?",
                "paras": [
                    "Artsen, psychologen en andere hulpverleners hebben een beroepsgeheim. Het "
                    "convenant heft dat niet op. Vraag daarom eerst of de persoon toestemming wil "
                    "geven voor het delen van specifieke informatie; leg uit waarvoor.",
                    "Zonder toestemming kan een hulpverlener alleen delen bij een conflict van "
                    "plichten: als zwijgen ernstige schade voor de persoon of anderen oplevert. Die "
                    "afweging maakt de hulpverlener zelf. Vraag dus niet naar de diagnose, maar "
                    "naar wat de partners moeten weten om veilig te handelen, bijvoorbeeld of er "
                    "behandeling loopt en of er risico's zijn.",
                ],
            },
            {
                "key": "ind-les-inzageverzoek-afhandelen",
                "title": "Een inzageverzoek afhandelen",
                "intro": "Iedereen heeft recht op inzage in de eigen gegevens. Zo handel je het af.",
                "paras": [
                    "Een persoon in de aanpak kan vragen welke gegevens de gemeente over hem "
                    "verwerkt. Stuur het verzoek dezelfde dag door naar het privacyteam; de "
                    "termijn is een maand en kan alleen bij complexe verzoeken worden verlengd.",
                    "Het privacyteam stelt vast wie de aanvrager is, verzamelt de gegevens uit het "
                    "dossier en beoordeelt of informatie van derden, zoals politie-informatie, moet "
                    "worden afgeschermd. Schrijf daarom altijd zo in het dossier dat je het de "
                    "persoon zou kunnen laten lezen.",
                ],
            },
        ],
    },
    {
        "key": "ind-mod-kinderen-in-criminele-families",
        "programme": "criminele-families",
        "also": ["top400", "top600"],
        "title": "Kinderen in criminele families beschermen",
        "summary": "Signalen bij kinderen herkennen, de Raad voor de Kinderbescherming om "
        "onderzoek vragen en rekening houden met de kinderen bij bestuurlijke maatregelen.",
        "goals": [
            "Je herkent signalen dat een kind in het criminele netwerk wordt betrokken.",
            "Je dient een onderbouwd verzoek tot onderzoek in bij de Raad.",
            "Je beperkt de schade voor kinderen bij sluiting van een woning of beslag.",
        ],
        "tags": ["kinderen", "jeugdbescherming", "gezin", "ondermijning"],
        "duration": 70,
        "lessons": [
            {
                "key": "ind-les-signalen-bij-kinderen",
                "title": "Signalen bij kinderen",
                "intro": "Loyaliteit, zwijgen en dure spullen: waar let je op?",
                "paras": [
                    "Kinderen in criminele families groeien op met loyaliteit aan de familie en "
                    "wantrouwen tegenover instanties. Ze zwijgen vaak uit angst of trots. Signalen "
                    "dat een kind wordt ingezet zijn onder meer onverklaarbaar geld of dure "
                    "spullen, laat thuiskomen, boodschappen doen voor volwassenen en een plotselinge "
                    "verandering van vrienden.",
                    "Jonge kinderen worden soms ingezet als koerier of uitkijk, omdat zij niet "
                    "strafrechtelijk vervolgd kunnen worden. Dat heet ronselen; het is uitbuiting "
                    "en vraagt om bescherming, niet om straf.",
                ],
            },
            {
                "key": "ind-les-verzoek-tot-onderzoek-raad",
                "title": "Een verzoek tot onderzoek bij de Raad",
                "intro": "Wanneer vraag je de Raad voor de Kinderbescherming om onderzoek, en hoe?",
                "paras": [
                    "Als vrijwillige hulp niet genoeg is om een kind te beschermen, kan de Raad "
                    "voor de Kinderbescherming onderzoeken of een maatregel nodig is, zoals een "
                    "ondertoezichtstelling. Een verzoek tot onderzoek dien je in na overleg met "
                    "Veilig Thuis of de jeugdbescherming; in de aanpak doet de regisseur dat samen "
                    "met de betrokken hulpverleners.",
                    "Een goed verzoek beschrijft feitelijk de zorgen over de ontwikkeling en "
                    "veiligheid van het kind, wat er vrijwillig al is geprobeerd en met welk "
                    "resultaat, en welke partners betrokken zijn. Verzoeken die alleen over de "
                    "criminaliteit van de ouders gaan, worden teruggelegd.",
                ],
            },
            {
                "key": "ind-les-bestuurlijke-maatregelen-en-kinderen",
                "title": "Bestuurlijke maatregelen en de kinderen",
                "intro": "Een woningsluiting treft ook de kinderen. Hoe beperk je de schade?",
                "paras": [
                    "De burgemeester kan een woning sluiten als daar drugs worden verhandeld of "
                    "opgeslagen, op grond van artikel 13b van de Opiumwet. De gemeente kan ook via "
                    "de Wet Bibob vergunningen weigeren. Zulke maatregelen zijn bedoeld om de "
                    "criminaliteit te raken, maar treffen ook de kinderen in het gezin.",
                    "Zorg dat het programma vóór de sluiting weet dat er kinderen wonen, en regel "
                    "met de jeugdbescherming en het buurtteam waar zij terechtkunnen, hoe ze naar "
                    "school blijven gaan en wie hen de dag van de sluiting opvangt.",
                ],
            },
        ],
    },
    {
        "key": "ind-mod-werk-na-detentie",
        "programme": "detentie-en-terugkeer",
        "also": ["top600"],
        "adopted_from": "top600",
        "adaptation": "De Top600-versie ging over jongvolwassenen; deze versie richt zich op "
        "volwassenen die uit een langere straf komen en bevat een les over de VOG.",
        "title": "Werk en dagbesteding na detentie",
        "summary": "Een VOG aanvragen met een justitieel verleden, een leerwerktraject regelen "
        "en dagbesteding vinden als betaald werk nog te ver weg is.",
        "goals": [
            "Je weet wanneer een VOG nodig is en hoe de aanvraag verloopt.",
            "Je regelt een leerwerktraject met een werkgever.",
            "Je vindt zinvolle dagbesteding als werk nog niet haalbaar is.",
        ],
        "tags": ["werk", "dagbesteding", "re-integratie", "VOG"],
        "duration": 55,
        "lessons": [
            {
                "key": "ind-les-vog-aanvragen",
                "title": "Een VOG aanvragen met een strafblad",
                "intro": "Een justitieel verleden betekent niet automatisch een weigering.",
                "paras": [
                    "Een Verklaring Omtrent het Gedrag vraagt de werkgever of de persoon zelf aan, "
                    "online of bij de gemeente. Justis beoordeelt per functie of de justitiële "
                    "gegevens een risico vormen: een oud vermogensdelict hoeft geen bezwaar te zijn "
                    "voor werk in de bouw, wel voor een functie met geld of kwetsbare mensen.",
                    "Check vóór de sollicitatie welke functieaspecten de werkgever aankruist en of "
                    "een weigering waarschijnlijk is. Bij een voornemen tot weigering kan de "
                    "aanvrager een zienswijze indienen; de reclassering kan helpen die te "
                    "onderbouwen met wat er sindsdien is veranderd.",
                ],
            },
            {
                "key": "ind-les-leerwerktraject-regelen",
                "title": "Een leerwerktraject regelen",
                "intro": "Werken en leren tegelijk, met een werkgever die weet wat hij aangaat.",
                "paras": [
                    "Een leerwerktraject combineert een mbo-opleiding met een betaalde baan of "
                    "stage. Werk en Inkomen en de werkgeversservicepunten kennen werkgevers die "
                    "openstaan voor mensen met een justitieel verleden. Vraag ook naar subsidies "
                    "zoals loonkostensubsidie of een no-riskpolis.",
                    "Spreek met de werkgever een vaste contactpersoon af en wat er gebeurt als het "
                    "misgaat. Eerlijkheid vooraf over het verleden, met toestemming van de persoon, "
                    "voorkomt dat een baan stukloopt op een later verhaal.",
                ],
            },
            {
                "key": "ind-les-dagbesteding-vinden",
                "title": "Dagbesteding als werk nog te ver weg is",
                "intro": "Structuur in de dag is een beschermende factor, ook zonder salaris.",
                "paras": [
                    "Niet iedereen kan direct na ontslag aan het werk. Dan helpt dagbesteding: "
                    "vrijwilligerswerk, een werkplaats, een sportprogramma of een taalcursus. Het "
                    "doel is een vast ritme en contact met mensen buiten het oude netwerk.",
                    "Dagbesteding met begeleiding wordt vaak via de Wmo geregeld; vraag dat aan bij "
                    "het buurtteam. Plan de eerste dag al voor de vrijlating, zodat er geen lege "
                    "weken ontstaan.",
                ],
            },
        ],
    },
]
