# ruff: noqa: E501  (prose and judgment strings wrap where the sentence does, not at column 100)
"""Lessons learned of the independent corpus: good practices, bottlenecks (knelpunten) and system
errors (systeemfouten) with their follow-up. Written from scratch; situations in general terms."""


def lesson(key, programme, kind, title, summary, context, happened, worked, advice, *, tags,
           partners=(), source="casusoverleg", status="", owner="", actions="", also=()):  # fmt: skip
    return {
        "key": key,
        "programme": programme,
        "kind": kind,
        "title": title,
        "summary": summary,
        "context": context,
        "happened": happened,
        "worked": worked,
        "advice": advice,
        "tags": list(tags),
        "partners": list(partners),
        "source": source,
        "status": status,
        "owner": owner,
        "actions": actions,
        "also": list(also),
    }


GOOD = "goede-praktijk"
KNELPUNT = "knelpunt"
FOUT = "systeemfout"

LESSONS = [
    lesson(
        "ind-ll-gemeenteloket-in-de-pi",
        "detentie-en-terugkeer",
        GOOD,
        "Burgerzaken komt naar de inrichting",
        "Een vast spreekuur van Burgerzaken in de penitentiaire inrichting zorgde dat bijna "
        "iedereen met een geldig identiteitsbewijs vrijkwam.",
        "Veel gedetineerden uit onze gemeente hadden bij ontslag geen geldig identiteitsbewijs, "
        "waardoor de aanvraag van een uitkering en een woonplek weken vertraging opliep.",
        "Na overleg met de inrichting komt een medewerker van Burgerzaken eens per maand langs. "
        "Pasfoto's worden vooraf in de inrichting gemaakt en de kosten worden via bijzondere "
        "bijstand betaald.",
        "De vaste frequentie werkte: casemanagers plannen de aanvragen rond het spreekuur. Wat "
        "minder goed ging, was het bewaren van de opgehaalde documenten.",
        "Maak met elke inrichting in de regio een vaste afspraak over een spreekuur voor "
        "identiteitsbewijzen en leg vast wie het document tot het ontslag bewaart.",
        tags=["nazorg", "identiteitsbewijs", "detentie", "basisvoorwaarden"],
        partners=["dji"],
        source="evaluatie",
    ),
    lesson(
        "ind-ll-briefadres-geweigerd",
        "detentie-en-terugkeer",
        KNELPUNT,
        "Briefadres geweigerd na vrijlating",
        "Mensen die zonder woonplek vrijkomen krijgen niet altijd een briefadres, waardoor de "
        "uitkeringsaanvraag stilvalt.",
        "Bij terugkeer uit detentie zonder woning is een briefadres vaak de enige manier om "
        "bereikbaar te zijn voor instanties.",
        "In meerdere casussen weigerde de gemeente de aangifte van een briefadres omdat niet "
        "duidelijk was waar de persoon feitelijk sliep. Zonder adres kon Werk en Inkomen de "
        "aanvraag niet afronden.",
        "Een verklaring van de opvanginstelling over de verblijfplaats hielp in een deel van de "
        "gevallen.",
        "Regel de briefadresgever en een verklaring over de verblijfplaats vóór het ontslag en "
        "neem die mee naar de aangifte.",
        tags=["briefadres", "nazorg", "uitkering", "huisvesting"],
        partners=["werk-en-inkomen"],
        status="in-behandeling",
        owner="Team Detentie & Terugkeer",
        actions="Gesprek met Burgerzaken over een vaste route voor briefadressen na detentie.",
    ),
    lesson(
        "ind-ll-bijstand-pas-na-ontslag",
        "detentie-en-terugkeer",
        FOUT,
        "Bijstandsaanvraag kan pas na ontslag worden ingediend",
        "Door de regels start de aanvraag pas op de dag van vrijlating, waardoor mensen weken "
        "zonder inkomen zitten.",
        "Direct na ontslag hebben mensen geld nodig voor eten, reiskosten en een kamer.",
        "Het aanvraagsysteem accepteert geen aanvraag met een toekomstige ingangsdatum. De "
        "beslistermijn loopt daardoor pas vanaf de vrijlating en het eerste geld komt soms pas na "
        "een maand.",
        "Regisseurs die op de eerste dag samen met de persoon een voorschot aanvroegen, "
        "overbrugden het gat.",
        "Maak een voorschot op de eerste dag standaard onderdeel van het ontslagplan en vraag het "
        "Rijk om aanvragen vanuit detentie mogelijk te maken.",
        tags=["uitkering", "inkomen", "nazorg", "detentie"],
        partners=["werk-en-inkomen", "dji"],
        source="monitor",
        status="open",
        owner="Ketenoverleg nazorg",
    ),
    lesson(
        "ind-ll-zorgverzekering-geschorst",
        "detentie-en-terugkeer",
        FOUT,
        "Zorgverzekering na detentie niet hersteld",
        "De zorgverzekering is tijdens detentie geschorst en gaat na vrijlating niet vanzelf "
        "weer lopen; medicatie en behandeling stoppen.",
        "Tijdens detentie valt de zorg onder de inrichting en wordt de zorgverzekering geschorst.",
        "Na ontslag bleek de verzekering bij meerdere mensen nog geschorst. De apotheek gaf geen "
        "medicijnen mee en een afspraak bij de ggz werd afgezegd.",
        "Wie de verzekeraar zelf op de dag van ontslag belde met de ontslagbrief, had binnen een "
        "dag weer dekking.",
        "Neem het herstel van de zorgverzekering op in de checklist voor de laatste week en geef "
        "de ontslagbrief een kopie mee voor de verzekeraar.",
        tags=["zorgverzekering", "nazorg", "medicatie", "zorg"],
        partners=["dji", "ggz"],
        source="ketenoverleg",
        status="in-behandeling",
        owner="Ketenoverleg nazorg",
        actions="Afspraak met twee grote verzekeraars over een snelle heractivering in concept.",
    ),
    lesson(
        "ind-ll-medicatie-bij-ontslag",
        "detentie-en-terugkeer",
        KNELPUNT,
        "Drie dagen medicijnen bij ontslag",
        "Wie de inrichting verlaat, krijgt medicatie voor enkele dagen mee. Daarna ontstaat een "
        "gat tot de eerste afspraak bij een nieuwe huisarts.",
        "Een deel van de terugkeerders gebruikt psychiatrische medicatie of substitutiemiddelen.",
        "Na een paar dagen was de medicatie op, er was nog geen huisarts en de persoon raakte in "
        "crisis.",
        "Een overdracht van de medisch dienst van de inrichting naar een huisarts en apotheek "
        "vóór ontslag.",
        "Regel een huisarts en een medische overdracht voordat iemand vrijkomt en controleer dat "
        "de apotheek het recept heeft.",
        tags=["medicatie", "nazorg", "ggz", "zorg"],
        partners=["dji", "ggz"],
        status="open",
        owner="Team Detentie & Terugkeer",
        also=["top600"],
    ),
    lesson(
        "ind-ll-housing-first-werkt",
        "top600",
        GOOD,
        "Eigen woning met begeleiding aan huis",
        "Met Housing First kregen enkele personen uit de Top600 direct een eigen woning met "
        "intensieve begeleiding; de overlast en nieuwe delicten namen af.",
        "Voor een kleine groep lukte niets zolang zij zwierven tussen opvang, vrienden en straat.",
        "De corporatie stelde woningen beschikbaar met een begeleidingscontract; een vaste "
        "begeleider kwam meerdere keren per week langs.",
        "Direct een sleutel, zonder eerst te moeten bewijzen dat iemand kan wonen, gaf rust. Wat "
        "we onderschatten was eenzaamheid in de nieuwe wijk.",
        "Zet Housing First in voor wie in de trappen van opvang steeds terugvalt, en regel naast "
        "begeleiding ook dagbesteding en contacten in de buurt.",
        tags=["huisvesting", "wonen", "housing first", "re-integratie"],
        partners=["woningcorporatie"],
        source="evaluatie",
        also=["detentie-en-terugkeer"],
    ),
    lesson(
        "ind-ll-urgentie-afgewezen",
        "top600",
        KNELPUNT,
        "Urgentie afgewezen omdat woningverlies verwijtbaar is",
        "Aanvragen voor urgentie na detentie worden bijna altijd afgewezen, omdat het verlies "
        "van de woning als eigen schuld wordt gezien.",
        "Regisseurs vragen urgentie aan zodat een persoon na de straf een eigen plek krijgt.",
        "De commissie wees de aanvragen af: de woning was door de detentie of door een "
        "ontruiming wegens overlast verloren, en dat geldt als verwijtbaar.",
        "Een plek via de uitstroom uit de maatschappelijke opvang was wel haalbaar, met een "
        "langere wachttijd.",
        "Vraag geen urgentie aan als de grond ontbreekt, maar kies vroeg de route via opvang of "
        "een begeleidingscontract, en meld blijvende gaten bij het programma.",
        tags=["huisvesting", "urgentie", "wonen", "detentie"],
        partners=["woningcorporatie"],
        status="niet-op-te-lossen",
        owner="Programmabureau Top600",
        actions="Besproken met beleid wonen: de urgentieregels worden niet aangepast.",
        also=["detentie-en-terugkeer"],
    ),
    lesson(
        "ind-ll-corporatie-weigert-na-ontruiming",
        "treiter",
        KNELPUNT,
        "Corporatie weigert nieuwe huurder na eerdere ontruiming",
        "Wie eerder is ontruimd wegens overlast, komt jaren niet in aanmerking voor een nieuwe "
        "woning bij dezelfde corporaties.",
        "Na een ontruiming wegens treiteren moet de persoon ergens anders wonen.",
        "De corporaties hanteren een registratie van ontruimde huurders. Daardoor viel de "
        "persoon tussen wal en schip en verplaatste de overlast zich naar de opvang.",
        "Een huurcontract met begeleiding en een proefperiode bij een andere corporatie.",
        "Spreek met de corporaties af onder welke voorwaarden iemand na een ontruiming een "
        "tweede kans krijgt, met begeleiding en duidelijke afspraken.",
        tags=["huisvesting", "overlast", "woningcorporatie", "ontruiming"],
        partners=["woningcorporatie"],
        source="ketenoverleg",
        status="open",
        owner="Team Treiteraanpak",
    ),
    lesson(
        "ind-ll-slachtoffer-en-woonplek",
        "detentie-en-terugkeer",
        GOOD,
        "Rekening houden met het slachtoffer bij de woonplek",
        "Door vroeg met slachtofferhulp te overleggen, kwam een terugkeerder niet in de straat "
        "van het slachtoffer te wonen.",
        "De persoon wilde na zijn straf terug naar de wijk waar zijn familie woont, dicht bij het "
        "slachtoffer.",
        "Via de reclassering en slachtofferhulp werd duidelijk dat het slachtoffer bang was. Er "
        "kwam een gebiedsverbod als bijzondere voorwaarde en een woonplek in een ander stadsdeel.",
        "Het overleg vóór de vrijlating maakte een afweging mogelijk die na de vrijlating te laat "
        "was geweest.",
        "Vraag bij elke terugkeer na een delict met een bekend slachtoffer naar de woonwens van "
        "het slachtoffer en neem die mee in de keuze van de woonplek.",
        tags=["slachtoffer", "huisvesting", "nazorg", "bijzondere voorwaarden"],
        partners=["reclassering", "politie"],
    ),
    lesson(
        "ind-ll-wachttijd-schuldhulp",
        "top600",
        KNELPUNT,
        "Maanden wachten op schuldhulp",
        "De wachttijd voor een intake bij de schuldhulpverlening is zo lang dat mensen "
        "afhaken en nieuwe schulden maken.",
        "Bijna iedereen in de aanpak heeft schulden; zonder schuldhulp is werk financieel "
        "onaantrekkelijk.",
        "Na aanmelding duurde het enkele maanden voor de intake. In die tijd liepen beslagen en "
        "incassokosten op.",
        "Een voorrangsafspraak via de accounthouder voor personen in de Top600.",
        "Maak de voorrangsafspraak voor alle programma's van de AcVZ en meld vertraging bij de "
        "accounthouder.",
        tags=["schulden", "schuldhulpverlening", "wachtlijsten", "inkomen"],
        partners=["werk-en-inkomen"],
        source="monitor",
        status="in-behandeling",
        owner="Actiecentrum Veiligheid en Zorg",
        actions="Voorstel voor een AcVZ-brede voorrangsregel ligt bij Werk en Inkomen.",
        also=["detentie-en-terugkeer", "criminele-families"],
    ),
    lesson(
        "ind-ll-cjib-regeling-op-maat",
        "detentie-en-terugkeer",
        GOOD,
        "Regeling met het CJIB voorkwam vervangende hechtenis",
        "Een tijdige betalingsregeling met het CJIB voorkwam dat iemand kort na vrijlating "
        "opnieuw vastzat voor onbetaalde boetes.",
        "Na een lange straf stonden er nog boetes en een schadevergoedingsmaatregel open.",
        "Er dreigde vervangende hechtenis, wat werk en woonplek in gevaar bracht.",
        "De regisseur belde samen met de persoon het CJIB, liet zien dat er schuldhulp liep en "
        "kreeg een regeling die bij het inkomen paste.",
        "Zet het CJIB in de eerste week na ontslag op het schuldenoverzicht en bel samen met de "
        "persoon voor een regeling.",
        tags=["schulden", "CJIB", "nazorg", "boetes"],
        partners=["werk-en-inkomen"],
        source="evaluatie",
        also=["top600"],
    ),
    lesson(
        "ind-ll-toeslagen-terugvordering-gezin",
        "criminele-families",
        KNELPUNT,
        "Terugvordering van toeslagen ontwricht het gezin",
        "Een grote terugvordering van toeslagen legde het gezinsbudget lam en zette de afspraken "
        "over de kinderen onder druk.",
        "In een gezin in de aanpak werd een eerder ontvangen toeslag teruggevorderd, met "
        "verrekening op de lopende toeslagen.",
        "Het gezin had geen geld voor schoolspullen en huur; de ouders trokken zich terug uit de "
        "hulp.",
        "Budgetbeheer en een verzoek om een persoonlijke betalingsregeling gaven weer ruimte.",
        "Vraag bij elk gezin naar toeslagen en terugvorderingen en schakel direct "
        "schuldhulpverlening in als er verrekend wordt.",
        tags=["schulden", "toeslagen", "gezin", "financiën"],
        partners=["werk-en-inkomen", "wijkteam"],
        status="open",
        owner="Programmabureau Criminele Families",
    ),
    lesson(
        "ind-ll-escalatie-zonder-eigenaar",
        "acvz-breed",
        FOUT,
        "Escalatie blijft hangen zonder iemand met doorzettingsmacht",
        "Opgeschaalde problemen bleven maanden liggen omdat niemand in de keten het besluit kon "
        "of wilde nemen.",
        "Bij problemen tussen meerdere partners schalen regisseurs op via hun teamleider.",
        "Een woning, een zorgplek en een uitkering hingen van drie organisaties af. Elke "
        "organisatie wees naar een andere en de escalatie kwam niet verder dan het middenmanagement.",
        "Pas toen de programmamanager het in de stuurgroep inbracht, kwam er een besluit.",
        "Leg per programma vast wie doorzettingsmacht heeft en binnen welke termijn een "
        "opgeschaalde casus in de stuurgroep komt.",
        tags=["escalatie", "doorzettingsmacht", "regie", "ketensamenwerking"],
        partners=["zorg-en-veiligheidshuis"],
        source="ketenoverleg",
        status="in-behandeling",
        owner="Actiecentrum Veiligheid en Zorg",
        actions="Escalatieprotocol herzien; termijnen voor de stuurgroep in concept.",
    ),
    lesson(
        "ind-ll-accounthouder-lost-op",
        "top400",
        GOOD,
        "De accounthouder opent deuren",
        "Een vastgelopen aanmelding bij de jeugdbescherming was binnen een week geregeld nadat "
        "de accounthouder werd ingeschakeld.",
        "Een regisseur kreeg weken geen reactie op een verzoek om een jeugdbeschermer toe te wijzen.",
        "Na twee herinneringen schakelde de teamleider de accounthouder in, die de juiste "
        "leidinggevende kende.",
        "Korte lijnen en een accounthouder die de organisatie van binnen kent.",
        "Wacht niet te lang: schakel de accounthouder in zodra een afspraak twee keer is gemist "
        "en de casus erdoor stilstaat.",
        tags=["escalatie", "accounthouder", "jeugdbescherming", "ketensamenwerking"],
        partners=["jeugdbescherming"],
    ),
    lesson(
        "ind-ll-dubbele-meldingen-veilig-thuis",
        "criminele-families",
        KNELPUNT,
        "Drie meldingen over hetzelfde gezin",
        "Meerdere partners deden los van elkaar een melding bij Veilig Thuis over hetzelfde gezin, "
        "zonder afstemming met de regisseur.",
        "Rond een gezin in de aanpak werken veel hulpverleners tegelijk.",
        "School, huisarts en het buurtteam meldden allemaal. Het gezin kreeg drie brieven en sloot "
        "de deur voor alle hulp.",
        "Een afspraak in het casusoverleg dat meldingen via één partner lopen, in overleg met de "
        "regisseur.",
        "Spreek per gezin af wie meldt bij Veilig Thuis en informeer de andere partners; de "
        "meldplicht van ieder blijft, maar afstemming voorkomt schade.",
        tags=["huiselijk geweld", "Veilig Thuis", "meldcode", "afstemming"],
        partners=["veilig-thuis", "school", "wijkteam"],
        status="opgelost",
        owner="Programmabureau Criminele Families",
        actions="Werkafspraak meldingen opgenomen in het casusformat.",
    ),
    lesson(
        "ind-ll-huisverbod-als-kans",
        "top600",
        GOOD,
        "Het huisverbod als moment voor hulp",
        "De tien dagen van een tijdelijk huisverbod gebruikten we om hulp te starten die het "
        "gezin eerder weigerde.",
        "In een gezin van een persoon in de Top600 was herhaaldelijk geweld, maar het gezin hield "
        "hulp af.",
        "Na een incident legde de burgemeester een huisverbod op. Binnen twee dagen zaten de "
        "hulpverleners van beide ouders en de kinderen aan tafel.",
        "Snelheid en een vaste regisseur die de uithuisgeplaatste ook opzocht.",
        "Zorg dat er bij een huisverbod binnen twee dagen hulp start voor alle gezinsleden, ook "
        "voor de pleger.",
        tags=["huiselijk geweld", "huisverbod", "gezin", "veiligheid"],
        partners=["veilig-thuis", "politie"],
        also=["criminele-families"],
    ),
    lesson(
        "ind-ll-docent-signaal-radicalisering",
        "radicalisering",
        GOOD,
        "Een docent die eerst overlegde",
        "Een docent met zorgen over een leerling overlegde eerst met het team Radicalisering; "
        "zo werd een stigmatiserende melding voorkomen en kwam er toch hulp.",
        "Een docent hoorde een leerling uitspraken doen die geweld leken te rechtvaardigen.",
        "In plaats van direct te melden, belde de docent het adviespunt. Samen bekeken ze de "
        "signalen: er was vooral sprake van boosheid en isolement.",
        "Het adviesgesprek en daarna een gesprek van de mentor met de leerling en de ouders.",
        "Stimuleer scholen om bij twijfel eerst advies te vragen; niet elke zorg hoeft een "
        "melding te worden.",
        tags=["radicalisering", "onderwijs", "signalering", "melden"],
        partners=["school"],
        also=["top400"],
    ),
    lesson(
        "ind-ll-melding-in-persoonlijke-mailbox",
        "radicalisering",
        FOUT,
        "Melding bleef liggen in een persoonlijke mailbox",
        "Een zorgmelding over mogelijke radicalisering werd naar een collega gestuurd die "
        "afwezig was; de melding werd weken niet gewogen.",
        "Partners melden zorgen soms bij de collega die ze kennen in plaats van via de vaste "
        "route.",
        "De collega was langdurig afwezig en er was geen vervanging ingesteld op de mailbox.",
        "Na ontdekking is de melding direct gewogen; er bleek geen acuut risico.",
        "Communiceer aan partners één functionele meldroute en stel bij afwezigheid altijd "
        "doorsturen in.",
        tags=["radicalisering", "melden", "vervanging", "informatiedeling"],
        partners=["politie", "school"],
        source="evaluatie",
        status="opgelost",
        owner="Team Radicalisering",
        actions="Meldformulier en functionele mailbox opnieuw verspreid onder partners.",
    ),
    lesson(
        "ind-ll-ouders-en-online-propaganda",
        "radicalisering",
        GOOD,
        "Ouders helpen het gesprek over online filmpjes te voeren",
        "Ouders die hun kind extremistische filmpjes zagen delen, kregen handvatten om het "
        "gesprek aan te gaan in plaats van de telefoon af te pakken.",
        "Na internationale conflicten zagen we meer jongeren die gewelddadige beelden delen in "
        "groepsapps.",
        "Ouders reageerden met verbieden en straffen, waarna de jongeren zich verder afsloten.",
        "Een paar gesprekken met een ervaren opvoedondersteuner: vragen wat het kind ziet en "
        "voelt, en samen bronnen bekijken.",
        "Bied ouders opvoedondersteuning bij online radicalisering en betrek hen als partner.",
        tags=["radicalisering", "online", "ouders", "opvoeding"],
        partners=["wijkteam"],
        source="themabijeenkomst",
        also=["top400"],
    ),
    lesson(
        "ind-ll-verzuim-te-laat-gemeld",
        "top400",
        FOUT,
        "Verzuim pas na weken gemeld",
        "Scholen melden ongeoorloofd verzuim pas als de wettelijke grens ruim is overschreden; "
        "de regisseur hoort het te laat.",
        "Voor jongeren in de Top400 is spijbelen een van de eerste signalen dat het misgaat.",
        "De school registreerde verzuim wel, maar meldde pas aan het verzuimloket na vele weken. "
        "Intussen was de jongere betrokken bij een incident.",
        "Een afspraak met twee scholen om verzuim van jongeren in de aanpak wekelijks met de "
        "regisseur te delen.",
        "Maak met alle scholen in het convenant afspraken over snelle signalering van verzuim "
        "aan de regisseur.",
        tags=["verzuim", "onderwijs", "leerplicht", "vroegsignalering"],
        partners=["school", "leerplicht"],
        source="monitor",
        status="in-behandeling",
        owner="Programmabureau Top400",
        actions="Convenanttekst over verzuimsignalen in bespreking met schoolbesturen.",
    ),
    lesson(
        "ind-ll-thuiszitter-maatwerk",
        "top400",
        GOOD,
        "Maatwerk bracht een thuiszitter terug",
        "Een jongere die maanden thuis zat, ging weer naar school dankzij een onderwijs-"
        "zorgarrangement en een vaste begeleider.",
        "Na een conflict met school zat een leerplichtige jongere al maanden thuis.",
        "Eerdere pogingen strandden omdat elke partner een eigen plan had.",
        "Eén overleg met school, samenwerkingsverband, leerplicht en ouders, en een opbouw van "
        "twee uur per dag naar een volle week.",
        "Zorg bij elke thuiszitter voor één gezamenlijk plan met een vaste begeleider en een "
        "wekelijkse check.",
        tags=["thuiszitters", "onderwijs", "leerplicht", "jongeren"],
        partners=["school", "leerplicht"],
        also=["criminele-families"],
    ),
    lesson(
        "ind-ll-uitval-zomer-mbo",
        "top400",
        KNELPUNT,
        "Uitval in de zomer tussen vmbo en mbo",
        "Jongeren die in juni nog op school zaten, bleken in september nergens ingeschreven.",
        "Bij de overstap van vmbo naar mbo verliest de oude school de verantwoordelijkheid.",
        "Een aantal jongeren in de aanpak had zich niet of te laat ingeschreven, of haakte in de "
        "eerste weken af. Niemand merkte het tot de monitor.",
        "Waar de regisseur de inschrijving in het voorjaar controleerde en een warme overdracht "
        "regelde, ging het goed.",
        "Controleer in het voorjaar de inschrijving voor het mbo en plan een overdracht met de "
        "nieuwe school.",
        tags=["onderwijs", "voortijdig schoolverlaten", "jongeren", "overdracht"],
        partners=["school", "leerplicht"],
        source="monitor",
        status="open",
        owner="Programmabureau Top400",
    ),
    lesson(
        "ind-ll-logboek-van-bewoners",
        "treiter",
        GOOD,
        "Logboeken van meerdere bewoners maakten het verschil",
        "Doordat vijf bewoners een logboek bijhielden, kon de burgemeester een gedragsaanwijzing "
        "opleggen.",
        "Een portiek had maandenlang last van intimidatie door een bewoner, maar er lagen weinig "
        "meldingen.",
        "Na een bewonersavond hielden meerdere huishoudens een logboek bij, ondersteund door de "
        "corporatie.",
        "Een eenvoudig formulier, een vast aanspreekpunt en regelmatige terugkoppeling aan bewoners.",
        "Vraag niet één bewoner maar meerdere bewoners om vast te leggen wat er gebeurt, en houd "
        "hen op de hoogte.",
        tags=["overlast", "treiteren", "bewoners", "dossier"],
        partners=["woningcorporatie", "politie"],
        source="evaluatie",
    ),
    lesson(
        "ind-ll-gedragsaanwijzing-zonder-toezicht",
        "treiter",
        KNELPUNT,
        "Gedragsaanwijzing zonder toezicht",
        "Een gedragsaanwijzing werd opgelegd, maar niemand controleerde de naleving; de overlast "
        "hield aan.",
        "Na een lang traject legde de burgemeester een gedragsaanwijzing op.",
        "Handhaving en politie wisten niet wie toezicht moest houden en overtredingen werden niet "
        "geregistreerd.",
        "Toen een handhaver vast aan de casus werd gekoppeld, werden overtredingen binnen een "
        "week vastgelegd.",
        "Leg bij elke gedragsaanwijzing vooraf vast wie toezicht houdt en hoe overtredingen worden "
        "gemeld.",
        tags=["overlast", "gedragsaanwijzing", "handhaving", "woonoverlast"],
        partners=["politie", "woningcorporatie"],
        status="opgelost",
        owner="Team Treiteraanpak",
        actions="Toezichtparagraaf toegevoegd aan het sjabloon voor gedragsaanwijzingen.",
    ),
    lesson(
        "ind-ll-verhuizing-verplaatst-overlast",
        "treiter",
        FOUT,
        "Verhuizing verplaatst het treiteren",
        "Een treiteraar die werd verhuisd, veroorzaakte in de nieuwe buurt dezelfde overlast.",
        "Bij aanhoudende woonoverlast is verhuizen voor corporaties vaak de snelste oplossing.",
        "De persoon kreeg een woning in een ander stadsdeel, zonder overdracht aan het team daar. "
        "Binnen enkele maanden klaagden de nieuwe buren.",
        "Pas toen het nieuwe buurtteam en de wijkagent werden ingelicht, kwam er begeleiding.",
        "Koppel een verhuizing altijd aan een overdracht en begeleiding; een nieuw adres alleen "
        "lost gedrag niet op.",
        tags=["overlast", "treiteren", "verhuizing", "overdracht"],
        partners=["woningcorporatie", "wijkteam"],
        source="ketenoverleg",
        status="open",
        owner="Team Treiteraanpak",
    ),
    lesson(
        "ind-ll-wachtlijst-verslavingskliniek",
        "top600",
        KNELPUNT,
        "Wachtlijst voor klinische verslavingszorg",
        "Een gemotiveerde persoon wachtte maanden op een klinische opname en was bij de "
        "oproep weer aan het gebruiken.",
        "Na een aanhouding was er een moment van motivatie om aan de verslaving te werken.",
        "De wachttijd voor een klinische plek was lang en er was geen overbrugging geregeld.",
        "Wekelijks contact met de verslavingsreclassering hield de motivatie deels vast.",
        "Regel overbruggingszorg zodra een opname is aangevraagd en maak afspraken met "
        "zorgaanbieders over voorrang bij een justitiële titel.",
        tags=["verslaving", "wachtlijsten", "zorg", "ggz"],
        partners=["ggz", "reclassering"],
        source="monitor",
        status="open",
        owner="Ketenregie zorg en veiligheid",
        also=["treiter"],
    ),
    lesson(
        "ind-ll-verkennend-onderzoek-duurde-lang",
        "treiter",
        KNELPUNT,
        "Melding verplichte ggz duurde te lang",
        "Na een melding onder de Wvggz duurde het verkennend onderzoek weken, terwijl een "
        "psychisch verwarde bewoner de buren bleef bedreigen.",
        "Overlast in een portiek bleek voort te komen uit een ernstige psychische stoornis.",
        "De melding bij de gemeente was onvolledig: er ontbrak een feitelijke beschrijving van "
        "de risico's. Het onderzoek vroeg daarom eerst aanvullende informatie op.",
        "Een tweede, goed onderbouwde melding met logboeken en politiemeldingen werd snel "
        "opgepakt.",
        "Onderbouw een melding verplichte ggz met feiten over gedrag en risico, en wat er "
        "vrijwillig al is geprobeerd.",
        tags=["ggz", "verplichte zorg", "overlast", "Wvggz"],
        partners=["ggd", "politie", "woningcorporatie"],
        status="opgelost",
        owner="Team Treiteraanpak",
        actions="Handreiking voor meldingen verplichte ggz gedeeld met het team.",
    ),
    lesson(
        "ind-ll-motiverende-gesprekken",
        "top600",
        GOOD,
        "Motiverende gespreksvoering opende het gesprek over blowen",
        "Door niet te oordelen maar door te vragen, vertelde een jongvolwassene voor het eerst "
        "wat het blowen hem opleverde en kostte.",
        "Eerdere hulpverleners hadden gewaarschuwd en gedreigd; het gesprek liep steeds vast.",
        "De regisseur gebruikte open vragen en reflecties en liet de twijfel bestaan.",
        "De jongvolwassene koos zelf voor een paar gesprekken bij de verslavingszorg.",
        "Train regisseurs in motiverende gespreksvoering en geef ruimte voor ambivalentie.",
        tags=["verslaving", "gespreksvoering", "motivatie"],
        partners=["ggz"],
        source="evaluatie",
    ),
    lesson(
        "ind-ll-toestemming-voor-delen",
        "acvz-breed",
        GOOD,
        "Toestemming vragen loste het beroepsgeheim op",
        "Een behandelaar die niets wilde delen, deelde wel wat nodig was nadat de persoon zelf "
        "toestemming gaf.",
        "In een casusoverleg bleef het beeld van de zorg onvolledig door het beroepsgeheim.",
        "De regisseur besprak met de persoon waarom de informatie nodig was en welke informatie "
        "precies.",
        "Een concrete, beperkte toestemming, schriftelijk vastgelegd.",
        "Vraag toestemming voor precies de informatie die nodig is en leg uit waarom; vraag niet "
        "om het hele dossier.",
        tags=["privacy", "beroepsgeheim", "informatiedeling", "toestemming"],
        partners=["ggz"],
    ),
    lesson(
        "ind-ll-mail-naar-verkeerde-ontvanger",
        "acvz-breed",
        FOUT,
        "Casusinformatie naar de verkeerde ontvanger gemaild",
        "Een verslag van een casusoverleg werd per ongeluk naar een externe ontvanger met "
        "dezelfde voornaam gestuurd: een datalek.",
        "Verslagen van casusoverleggen worden per mail gedeeld met de deelnemers.",
        "Door het automatisch aanvullen van adressen ging het verslag naar een verkeerde persoon. "
        "De fout werd pas de volgende dag ontdekt.",
        "Direct melden bij de privacyfunctionaris, de ontvanger vragen het bericht te "
        "verwijderen en dat te bevestigen; de melding bij de toezichthouder werd binnen de termijn "
        "gedaan.",
        "Deel verslagen via de beveiligde omgeving in plaats van per mail en meld een datalek "
        "altijd meteen, ook als je twijfelt.",
        tags=["datalek", "privacy", "AVG", "informatiebeveiliging"],
        source="evaluatie",
        status="opgelost",
        owner="Actiecentrum Veiligheid en Zorg",
        actions="Verslagen worden alleen nog via de beveiligde samenwerkingsomgeving gedeeld.",
    ),
    lesson(
        "ind-ll-inzageverzoek-termijn-verlopen",
        "acvz-breed",
        KNELPUNT,
        "Inzageverzoek niet binnen de termijn beantwoord",
        "Een verzoek van een persoon om zijn dossier in te zien bleef liggen bij de regisseur; "
        "de wettelijke termijn verliep.",
        "Personen in de aanpak hebben het recht hun gegevens in te zien.",
        "Het verzoek kwam binnen via een brief aan de regisseur, die niet wist dat er een "
        "termijn van een maand geldt en het meenam naar het volgende overleg.",
        "Na doorsturen naar het privacyteam kwam er binnen twee weken een antwoord, met excuses.",
        "Stuur elk inzageverzoek dezelfde dag door naar het privacyteam.",
        tags=["privacy", "inzageverzoek", "AVG", "dossier"],
        status="opgelost",
        owner="Actiecentrum Veiligheid en Zorg",
        actions="Werkinstructie inzageverzoeken opgenomen in het inwerkprogramma.",
    ),
    lesson(
        "ind-ll-kinderen-als-koerier",
        "criminele-families",
        KNELPUNT,
        "Jonge kinderen ingezet als koerier",
        "Kinderen uit families in de aanpak werden ingezet om pakketjes rond te brengen; de "
        "jeugdbescherming was niet betrokken.",
        "In families met drugscriminaliteit zien we dat jongere kinderen klusjes doen voor "
        "volwassenen.",
        "De politie zag de kinderen als getuige of verdachte, maar niemand zag hen als slachtoffer "
        "van uitbuiting. Er volgde geen melding.",
        "In één casus leidde een gezamenlijke weging met Veilig Thuis tot een verzoek tot "
        "onderzoek bij de Raad.",
        "Behandel het inzetten van kinderen in de criminaliteit als uitbuiting en doe altijd een "
        "weging met Veilig Thuis en de jeugdbescherming.",
        tags=["kinderen", "uitbuiting", "ronselen", "jeugdbescherming"],
        partners=["politie", "veilig-thuis", "jeugdbescherming"],
        status="in-behandeling",
        owner="Programmabureau Criminele Families",
        actions="Werkafspraak met politie over signalering van ronselen in voorbereiding.",
        also=["top400"],
    ),
    lesson(
        "ind-ll-onderbouwd-verzoek-raad",
        "criminele-families",
        GOOD,
        "Een goed onderbouwd verzoek bij de Raad",
        "Een verzoek tot onderzoek dat feitelijk beschreef wat de kinderen misten, werd direct in "
        "behandeling genomen.",
        "Eerdere verzoeken over kinderen in families in de aanpak werden teruggelegd.",
        "Die verzoeken gingen vooral over de criminaliteit van de ouders.",
        "Het nieuwe verzoek beschreef schoolverzuim, gebrek aan toezicht en wat vrijwillige hulp "
        "had opgeleverd.",
        "Schrijf een verzoek tot onderzoek vanuit het kind: wat mist het en wat is al geprobeerd.",
        tags=["jeugdbescherming", "Raad voor de Kinderbescherming", "kinderen"],
        partners=["raad-voor-de-kinderbescherming"],
    ),
    lesson(
        "ind-ll-woningsluiting-en-kinderen",
        "criminele-families",
        KNELPUNT,
        "Woningsluiting zonder plan voor de kinderen",
        "Bij de sluiting van een drugspand stonden kinderen die dag zonder opvang op straat.",
        "De burgemeester sloot een woning waar drugs waren gevonden.",
        "Het team dat de sluiting voorbereidde wist niet dat er kinderen woonden. Er was geen "
        "opvang geregeld.",
        "Het buurtteam regelde dezelfde dag opvang bij familie.",
        "Controleer voor elke sluiting of er kinderen wonen en regel opvang en school vooraf.",
        tags=["ondermijning", "kinderen", "woningsluiting", "13b"],
        partners=["politie", "wijkteam"],
        source="ketenoverleg",
        status="in-behandeling",
        owner="Programmabureau Criminele Families",
        actions="Checklist kinderen toegevoegd aan het sluitingsprotocol in concept.",
    ),
    lesson(
        "ind-ll-vog-geweigerd",
        "detentie-en-terugkeer",
        KNELPUNT,
        "VOG geweigerd na aangenomen baan",
        "Een terugkeerder kreeg een baan bij een beveiligingsbedrijf, maar de VOG werd geweigerd.",
        "Werk na detentie is een sterke beschermende factor.",
        "De werkgever vroeg pas na het aannemen een VOG aan. Voor de functie was het delict een "
        "weigeringsgrond.",
        "Een tweede baan in de logistiek, waar de VOG geen probleem was.",
        "Bekijk vooraf welke functies kansrijk zijn gezien het delict en bespreek de VOG vroeg "
        "met de werkgever.",
        tags=["VOG", "werk", "re-integratie"],
        partners=["reclassering"],
        status="opgelost",
        owner="Team Detentie & Terugkeer",
        actions="Voorlichting over kansrijke functies toegevoegd aan de module werk.",
    ),
    lesson(
        "ind-ll-netwerk-werkgevers",
        "top600",
        GOOD,
        "Een netwerk van werkgevers die een tweede kans geven",
        "Een vaste groep werkgevers die openstaat voor mensen met een strafblad, maakte "
        "werktrajecten veel sneller.",
        "Regisseurs zochten per casus opnieuw een werkgever.",
        "Met Werk en Inkomen is een netwerk opgezet van werkgevers met een vaste contactpersoon.",
        "Eerlijkheid vooraf en een snelle lijn naar de regisseur als het misgaat.",
        "Bouw en onderhoud een werkgeversnetwerk per stadsdeel en deel het tussen programma's.",
        tags=["werk", "re-integratie", "werkgevers"],
        partners=["werk-en-inkomen"],
        source="evaluatie",
        also=["detentie-en-terugkeer"],
    ),
    lesson(
        "ind-ll-geen-vervanging-bij-ziekte",
        "top400",
        FOUT,
        "Geen vervanging bij ziekte van de regisseur",
        "Tijdens een lange ziekte van een regisseur las niemand de notificaties; een aanhouding "
        "bleef weken onopgemerkt.",
        "Elke jongere in de aanpak heeft één vaste regisseur.",
        "Bij langdurige afwezigheid was niet geregeld wie de casussen overnam. Notificaties van "
        "politie en school kwamen in een ongelezen mailbox.",
        "Na ontdekking werden de casussen verdeeld en kreeg elke jongere een tijdelijke regisseur.",
        "Wijs bij elke afwezigheid van meer dan een week een vervanger aan en laat notificaties "
        "naar een teammailbox gaan.",
        tags=["vervanging", "continuiteit", "regie", "notificaties"],
        source="evaluatie",
        status="opgelost",
        owner="Programmabureau Top400",
        actions="Vervangingsregeling en teammailbox ingevoerd.",
    ),
    lesson(
        "ind-ll-professionele-tolk",
        "acvz-breed",
        GOOD,
        "Een professionele tolk in plaats van een kind",
        "Met een professionele tolk kwam in een gesprek met ouders veel meer op tafel dan toen "
        "een kind vertaalde.",
        "Met ouders die weinig Nederlands spreken, vertaalde vaak een van de kinderen.",
        "Het kind liet dingen weg en de ouders durfden niet alles te zeggen.",
        "Een telefonische tolk via de tolkenvoorziening van de gemeente.",
        "Laat nooit een kind tolken in gesprekken over zorgen of delicten; regel een "
        "professionele tolk.",
        tags=["tolk", "gespreksvoering", "ouders", "communicatie"],
        source="evaluatie",
        also=["criminele-families", "top400"],
    ),
    lesson(
        "ind-ll-vrijlating-op-vrijdagmiddag",
        "detentie-en-terugkeer",
        FOUT,
        "Vrijlating op vrijdagmiddag",
        "Wie op vrijdagmiddag vrijkomt, vindt alle loketten gesloten en brengt het weekend "
        "zonder geld of slaapplek door.",
        "Ontslagdata worden bepaald door de strafduur, niet door openingstijden.",
        "Meerdere personen kwamen op vrijdag vrij; opvang, Werk en Inkomen en de apotheek waren "
        "niet meer bereikbaar.",
        "Een noodpakket en een plek in de nachtopvang die de regisseur vooraf reserveerde.",
        "Kijk bij elke ontslagdatum op welke dag het valt en regel bij een vrijdag of feestdag "
        "alles een dag eerder.",
        tags=["nazorg", "detentie", "ontslag", "opvang"],
        partners=["dji", "werk-en-inkomen"],
        source="monitor",
        status="niet-op-te-lossen",
        owner="Ketenoverleg nazorg",
        actions="Ontslagdata liggen wettelijk vast; werkwijze met noodpakket vastgelegd.",
    ),
    lesson(
        "ind-ll-acties-themabijeenkomsten-niet-opgevolgd",
        "acvz-breed",
        KNELPUNT,
        "Actiepunten van themabijeenkomsten verdwijnen",
        "Afspraken uit themabijeenkomsten werden niet opgevolgd omdat niemand eigenaar was.",
        "Na elke themabijeenkomst staan er actiepunten in het verslag.",
        "Bij een evaluatie bleek dat de meeste actiepunten van het afgelopen jaar nooit waren "
        "uitgevoerd.",
        "Bij de bijeenkomsten waar elk actiepunt een eigenaar en datum had, werd het meeste "
        "gedaan.",
        "Geef elk actiepunt een eigenaar en een datum en bespreek de stand aan het begin van de "
        "volgende bijeenkomst.",
        tags=["themabijeenkomst", "opvolging", "kruisbestuiving"],
        source="themabijeenkomst",
        status="in-behandeling",
        owner="Actiecentrum Veiligheid en Zorg",
        actions="Actielijst met eigenaren toegevoegd aan het verslagsjabloon.",
    ),
]
