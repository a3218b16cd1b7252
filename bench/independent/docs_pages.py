# ruff: noqa: E501  (prose and judgment strings wrap where the sentence does, not at column 100)
"""Standard pages of the independent corpus (ways of working, checklists, explanations), each
under its programme's landing page. Written from scratch."""


def page(key, programme, title, summary, tags, *paras, also=()):
    return {
        "key": key,
        "programme": programme,
        "title": title,
        "summary": summary,
        "tags": list(tags),
        "paras": list(paras),
        "also": list(also),
    }


PAGES = [
    page(
        "ind-sp-checklist-laatste-weken-voor-ontslag",
        "detentie-en-terugkeer",
        "Checklist: de laatste zes weken voor ontslag",
        "Wat er geregeld moet zijn voordat iemand de inrichting verlaat, week voor week.",
        ["nazorg", "detentie", "checklist", "basisvoorwaarden"],
        "Zes weken voor ontslag: controleer het identiteitsbewijs en de inschrijving in de BRP, "
        "vraag zo nodig een nieuw document aan via de casemanager. Bespreek de woonsituatie en "
        "regel een briefadres als er geen woonadres is.",
        "Vier weken voor ontslag: verzamel de stukken voor de bijstandsaanvraag en plan een "
        "afspraak bij Werk en Inkomen op de eerste werkdag. Zet het schuldenoverzicht klaar en "
        "regel een huisarts.",
        "In de laatste week: vraag de medische overdracht en het recept op, spreek af wie de "
        "persoon ophaalt, en zorg dat de zorgverzekering op de dag van ontslag weer actief wordt "
        "gemaakt. Valt het ontslag op een vrijdag of voor een feestdag, regel dan alles een dag "
        "eerder.",
        also=["top600", "radicalisering"],
    ),
    page(
        "ind-sp-wie-doet-wat-in-de-nazorg",
        "detentie-en-terugkeer",
        "Wie doet wat in de nazorg",
        "De rollen van de inrichting, de gemeente, de reclassering en Werk en Inkomen bij de "
        "terugkeer van gedetineerden.",
        ["nazorg", "ketenpartners", "detentie"],
        "De casemanager van de inrichting (DJI) brengt tijdens de detentie in kaart wat er nodig "
        "is en meldt de terugkeer aan bij de gemeente. De gemeente, in Amsterdam het team "
        "Detentie & Terugkeer, zorgt dat de basisvoorwaarden worden geregeld: identiteitsbewijs, "
        "onderdak, inkomen, schulden en zorg.",
        "De reclassering houdt toezicht als er bijzondere voorwaarden zijn, bijvoorbeeld bij een "
        "voorwaardelijke invrijheidstelling. Werk en Inkomen beslist over de uitkering en "
        "begeleiding naar werk. Staat iemand ook in de Top600 of een andere aanpak, dan houdt de "
        "regisseur van dat programma de regie.",
        also=["top600"],
    ),
    page(
        "ind-sp-escalatieprotocol",
        "acvz-breed",
        "Escalatieprotocol van de AcVZ",
        "De afspraken over opschalen als een casus vastloopt omdat een partner niet levert.",
        ["escalatie", "doorzettingsmacht", "regie"],
        "Dit protocol geldt voor alle programma's. Een regisseur schaalt op als een afspraak uit "
        "het plan van aanpak niet wordt nagekomen en de voortgang of veiligheid daardoor in gevaar "
        "komt. Eerst spreekt de regisseur de uitvoerder aan, daarna diens leidinggevende.",
        "Helpt dat niet binnen twee weken, dan schakelt de teamleider de accounthouder van de "
        "partner in. Blijft een oplossing uit, dan legt de programmamanager de casus voor aan de "
        "stuurgroep, die doorzettingsmacht heeft. Elke stap wordt vastgelegd in het dossier.",
        "Een casus die structureel vastloopt op dezelfde oorzaak, wordt daarnaast als knelpunt "
        "gemeld, zodat het programma het met de partners oplost.",
    ),
    page(
        "ind-sp-accounthouders",
        "acvz-breed",
        "Accounthouders per ketenpartner",
        "Wat een accounthouder doet en wanneer je hem of haar inschakelt.",
        ["accounthouder", "ketenpartners", "samenwerking"],
        "Voor elke grote partnerorganisatie, zoals politie, OM, reclassering, DJI, de "
        "jeugdbescherming en de woningcorporaties, heeft de AcVZ een vaste accounthouder. De "
        "accounthouder onderhoudt de relatie op managementniveau en kent de weg binnen de "
        "organisatie.",
        "Schakel de accounthouder in als een casus vastloopt op de samenwerking met die partner, "
        "als je niet weet wie je moet benaderen, of als je een terugkerend probleem ziet. De "
        "accounthouder neemt geen casus over, maar helpt de weg vrij te maken. Je vindt de "
        "accounthouders in het overzicht van partnerorganisaties.",
    ),
    page(
        "ind-sp-meldcode-in-vijf-stappen",
        "acvz-breed",
        "De meldcode huiselijk geweld en kindermishandeling",
        "De vijf stappen van de meldcode, en hoe ze in de persoonsgerichte aanpak worden "
        "toegepast.",
        ["meldcode", "huiselijk geweld", "kindermishandeling", "Veilig Thuis"],
        "Iedere professional van de AcVZ werkt met de meldcode. De vijf stappen zijn: signalen in "
        "kaart brengen, collegiale consultatie en zo nodig advies van Veilig Thuis, een gesprek "
        "met de betrokkene, het wegen van het geweld met het afwegingskader, en beslissen over "
        "hulp organiseren en/of melden.",
        "Bij acute en structurele onveiligheid is melden bij Veilig Thuis altijd nodig. In de "
        "aanpak stem je een melding af met de regisseur en de andere partners, zodat er één "
        "melding komt die het hele beeld geeft. De aandachtsfunctionaris van je team helpt bij "
        "twijfel.",
        also=["criminele-families", "top600", "top400"],
    ),
    page(
        "ind-sp-wat-te-doen-bij-een-datalek",
        "acvz-breed",
        "Wat te doen bij een datalek",
        "Een mail naar de verkeerde ontvanger, een kwijtgeraakte laptop of een gedeeld dossier: "
        "zo handel je direct.",
        ["datalek", "privacy", "AVG", "informatiebeveiliging"],
        "Een datalek is elke inbreuk op de beveiliging waardoor persoonsgegevens bij iemand "
        "terechtkomen die ze niet mag hebben, of verloren gaan. Denk aan een verslag dat naar een "
        "verkeerd adres is gemaild, een verloren telefoon of papieren die zijn blijven liggen.",
        "Meld het direct bij het privacyloket van de gemeente, ook buiten kantoortijd en ook als je "
        "twijfelt. De gemeente moet een ernstig lek binnen 72 uur melden bij de Autoriteit "
        "Persoonsgegevens, dus elk uur telt. Vraag een verkeerde ontvanger het bericht te "
        "verwijderen en dat te bevestigen.",
        "Beschrijf in je melding wat er is gebeurd, welke gegevens het betreft en wat je al hebt "
        "gedaan. Je krijgt geen verwijt voor het melden; wel voor het verzwijgen.",
    ),
    page(
        "ind-sp-inzage-en-correctie",
        "acvz-breed",
        "Inzage- en correctieverzoeken",
        "Personen in de aanpak mogen hun gegevens inzien en laten corrigeren. Zo gaan we daarmee om.",
        ["privacy", "inzageverzoek", "AVG", "dossier"],
        "Op grond van de AVG kan iedereen vragen welke gegevens een organisatie over hem verwerkt, "
        "en onjuiste gegevens laten corrigeren. Zo'n verzoek kan mondeling, per brief of per mail "
        "binnenkomen, ook bij een regisseur.",
        "Stuur elk verzoek dezelfde dag door naar het privacyteam: de termijn is een maand. Het "
        "privacyteam stelt de identiteit vast, verzamelt de gegevens en beoordeelt welke "
        "informatie van derden moet worden afgeschermd. De regisseur helpt bij het toelichten van "
        "het dossier.",
    ),
    page(
        "ind-sp-aanmelden-top400",
        "top400",
        "Aanmelden voor de Top400",
        "Welke jongeren in aanmerking komen en hoe een partner iemand aanmeldt.",
        ["aanmelding", "jongeren", "criteria"],
        "De Top400 is er voor jongeren van twaalf tot drieëntwintig bij wie zorgen bestaan dat zij "
        "afglijden naar zware criminaliteit, bijvoorbeeld door contacten met oudere criminelen, "
        "eerste delicten, schooluitval of wapenbezit. Partners zoals politie, leerplicht, de "
        "jeugdbescherming en de buurtteams kunnen een jongere aandragen.",
        "Het programmabureau weegt de aanmelding met de partners in het selectieoverleg. Bij "
        "instroom krijgt de jongere een regisseur die binnen enkele weken met het gezin en de "
        "partners een plan van aanpak maakt. Ouders worden geïnformeerd over de aanpak en wat die "
        "voor hen betekent.",
    ),
    page(
        "ind-sp-uitstroom-top600",
        "top600",
        "Uitstroom uit de Top600",
        "Wanneer iemand de aanpak verlaat en hoe de overdracht naar reguliere hulp verloopt.",
        ["uitstroom", "overdracht", "regie"],
        "Iemand stroomt uit de Top600 als er een langere periode geen nieuwe delicten zijn "
        "gepleegd en de belangrijkste leefgebieden stabiel zijn: wonen, inkomen, dagbesteding en "
        "zorg. De regisseur stelt uitstroom voor in het casusoverleg; het programmabureau besluit.",
        "Uitstroom betekent niet dat alle hulp stopt. Plan een warme overdracht naar het buurtteam "
        "of een andere vaste hulpverlener, en spreek af bij welke signalen iemand weer kan worden "
        "aangemeld. Een te abrupte uitstroom is een bekende oorzaak van terugval.",
    ),
    page(
        "ind-sp-adviespunt-radicalisering",
        "radicalisering",
        "Het adviespunt en de meldroute radicalisering",
        "Waar professionals terechtkunnen met vragen en zorgen over radicalisering en extremisme.",
        ["radicalisering", "melden", "advies", "extremisme"],
        "Professionals die zich zorgen maken over een persoon, kunnen eerst advies vragen bij het "
        "adviespunt van het team Radicalisering. Samen wordt bekeken of het gaat om zorgelijke "
        "signalen of om een mening die past bij de vrijheid van meningsuiting.",
        "Is er reden tot zorg, dan volgt een melding via het vaste meldformulier of de functionele "
        "mailbox. Het team weegt de melding, vraagt informatie op bij partners en beslist of de "
        "casus naar het multidisciplinair casusoverleg gaat. De melder krijgt terugkoppeling.",
        also=["top400"],
    ),
    page(
        "ind-sp-treitercasus-aanmelden",
        "treiter",
        "Een treitercasus aanmelden",
        "Wanneer overlast treiteren is en hoe corporaties, politie en buurtteams een casus "
        "aanmelden.",
        ["treiteren", "aanmelding", "overlast"],
        "Van treiteren spreken we als een persoon of groep buurtbewoners langdurig en bewust "
        "intimideert, bedreigt of pest, zodat bewoners zich niet meer veilig voelen in hun eigen "
        "huis of straat. Gewone burenruzie of geluidsoverlast valt er niet onder.",
        "Een corporatie, de politie of een buurtteam meldt de casus aan bij het team "
        "Treiteraanpak met een korte beschrijving en de meldingen die er al zijn. Het team "
        "bespreekt de casus binnen twee weken in het casusoverleg en wijst een regisseur aan.",
    ),
    page(
        "ind-sp-gezinsgerichte-aanpak",
        "criminele-families",
        "Eén gezin, één plan",
        "Hoe de aanpak Criminele Families werkt met een gezinsplan en een regisseur per familie.",
        ["gezinsaanpak", "gezin", "kinderen", "regie"],
        "In families waar criminaliteit wordt doorgegeven, werken vaak tientallen hulpverleners "
        "langs elkaar heen. De aanpak Criminele Families zet daar één regisseur en één gezinsplan "
        "tegenover, met daarin per gezinslid doelen en een verantwoordelijke partner.",
        "De kinderen krijgen daarbij bijzondere aandacht: een eigen plan en waar nodig een eigen "
        "hulpverlener. Straf en bestuurlijke maatregelen tegen volwassen familieleden worden "
        "afgestemd met de hulp aan de kinderen, zodat een maatregel hen niet onnodig raakt.",
        also=["top600", "top400"],
    ),
    page(
        "ind-sp-woonvormen",
        "acvz-breed",
        "Overzicht van woonvormen",
        "Van nachtopvang tot Housing First: welke woonvorm past bij wie?",
        ["huisvesting", "wonen", "opvang", "beschermd wonen"],
        "Nachtopvang en de maatschappelijke opvang bieden een tijdelijk bed voor mensen zonder "
        "woning. Begeleid wonen is een eigen kamer of woning met begeleiding op afspraak. Beschermd "
        "wonen is er voor mensen met psychische problemen die intensieve begeleiding nodig hebben "
        "en wordt via de Wmo geïndiceerd.",
        "Housing First geeft mensen die in de opvang vastlopen direct een eigen woning met "
        "intensieve begeleiding aan huis. Een reguliere huurwoning vraagt een inschrijving bij de "
        "corporaties en lange wachttijd; urgentie is alleen mogelijk bij een niet-verwijtbare "
        "noodsituatie.",
        also=["detentie-en-terugkeer", "top600", "treiter"],
    ),
    page(
        "ind-sp-route-schuldhulp",
        "acvz-breed",
        "De route naar schuldhulpverlening",
        "Hoe regisseurs van alle programma's iemand snel bij de schuldhulp krijgen.",
        ["schulden", "schuldhulpverlening", "inkomen"],
        "Meld iemand met schulden zo vroeg mogelijk aan bij de gemeentelijke "
        "schuldhulpverlening, samen met de persoon zelf. Neem een zo volledig mogelijk "
        "schuldenoverzicht mee. Voor personen in de Top600 geldt een voorrangsafspraak; voor andere "
        "programma's loopt een verzoek via de accounthouder.",
        "In de eerste fase wordt het inkomen gestabiliseerd, bijvoorbeeld met budgetbeheer, en "
        "worden dreigende ontruimingen of afsluitingen voorkomen. Justitiële vorderingen van het "
        "CJIB vragen een aparte regeling.",
        also=["top600", "detentie-en-terugkeer", "criminele-families"],
    ),
    page(
        "ind-sp-verwijsroute-verslaving-ggz",
        "top600",
        "Verwijsroute verslavingszorg en ggz",
        "Welke weg je volgt naar behandeling bij verslaving of psychische problemen, vrijwillig of "
        "in een justitieel kader.",
        ["verslaving", "ggz", "zorg", "verwijzing"],
        "Vrijwillige behandeling begint bij de huisarts, die verwijst naar de basis-ggz, de "
        "specialistische ggz of de verslavingszorg. Bij een justitieel kader, zoals bijzondere "
        "voorwaarden, loopt de indicatie voor forensische zorg via het NIFP en zorgt de "
        "reclassering voor de plaatsing.",
        "Bij acute crisis bel je de crisisdienst. Is er geen vrijwillige zorg mogelijk en dreigt "
        "ernstig nadeel, dan kan een melding verplichte ggz worden gedaan bij de gemeente.",
        also=["treiter", "detentie-en-terugkeer"],
    ),
    page(
        "ind-sp-melding-verplichte-ggz",
        "acvz-breed",
        "Een melding verplichte ggz doen",
        "Hoe je onder de Wvggz een melding doet bij de gemeente en wat er daarna gebeurt.",
        ["verplichte zorg", "Wvggz", "ggz", "melding"],
        "Iedereen die zich zorgen maakt over iemand met psychische problemen die ernstig nadeel "
        "veroorzaakt, kan een melding doen bij het meldpunt van de gemeente. Beschrijf het gedrag, "
        "de risico's voor de persoon en de omgeving, en wat er vrijwillig is geprobeerd.",
        "De gemeente start binnen twee weken een verkennend onderzoek. Als verplichte zorg nodig "
        "lijkt, vraagt de gemeente de officier van justitie een zorgmachtiging aan te vragen bij "
        "de rechter. Bij acuut gevaar kan de burgemeester een crisismaatregel nemen.",
        also=["treiter", "top600"],
    ),
    page(
        "ind-sp-je-eerste-maand-als-regisseur",
        "acvz-breed",
        "Je eerste maand als regisseur",
        "Inwerken bij de AcVZ: meelopen, modules volgen en je eerste eigen casussen.",
        ["inwerken", "onboarding", "regisseur"],
        "In je eerste weken loop je mee met een ervaren regisseur, die je buddy is. Je zit als "
        "toehoorder bij casusoverleggen en maakt kennis met de accounthouders van de belangrijkste "
        "partners.",
        "Volg in je eerste maand de verplichte modules van je leerpad, waaronder privacy en "
        "opschalen in de keten. Na ongeveer zes weken neem je de eerste casussen over, samen met je "
        "buddy. Bespreek elke week met je teamleider waar je tegenaan loopt.",
    ),
    page(
        "ind-sp-schrijfwijzer-geleerde-les",
        "acvz-breed",
        "Schrijfwijzer: een geleerde les zonder persoonsgegevens",
        "Zo beschrijf je een les, knelpunt of systeemfout zodat anderen ervan leren en niemand "
        "herkenbaar is.",
        ["geleerde lessen", "privacy", "schrijven"],
        "Beschrijf de situatie in algemene termen: het type casus, de partners en wat er gebeurde. "
        "Laat namen, adressen, geboortedata, zaaknummers van personen en herkenbare details weg. "
        "Schrijf niet 'de jongen uit de flat bij het station', maar 'een jongere in de aanpak'.",
        "Maak duidelijk wat werkte of niet, en wat je anderen aanraadt. Een knelpunt of systeemfout "
        "krijgt een eigenaar voor de opvolging. Je kunt ervoor kiezen om zonder naam te publiceren.",
    ),
    page(
        "ind-sp-leerplicht-en-kwalificatieplicht",
        "top400",
        "Leerplicht en kwalificatieplicht in het kort",
        "Tot wanneer een jongere naar school moet, en wie er daarna op let.",
        ["leerplicht", "onderwijs", "jongeren", "RMC"],
        "Kinderen zijn leerplichtig vanaf vijf jaar tot het einde van het schooljaar waarin zij "
        "zestien worden. Daarna geldt de kwalificatieplicht tot achttien, tenzij de jongere al een "
        "startkwalificatie heeft: een diploma op havo-, vwo- of mbo-niveau 2.",
        "Jongeren tot drieëntwintig zonder startkwalificatie die niet naar school gaan, worden "
        "gevolgd door het RMC, dat hen terug naar school of naar werk begeleidt. De "
        "leerplichtambtenaar handhaaft de leerplicht en de kwalificatieplicht.",
        also=["criminele-families"],
    ),
    page(
        "ind-sp-vog-wat-werkgevers-mogen-vragen",
        "detentie-en-terugkeer",
        "De VOG: wat werkgevers mogen vragen",
        "Uitleg over de Verklaring Omtrent het Gedrag voor regisseurs die mensen naar werk "
        "begeleiden.",
        ["VOG", "werk", "re-integratie"],
        "Een werkgever mag een VOG vragen als dat past bij de functie. Justis toetst alleen "
        "justitiële gegevens die relevant zijn voor die functie en kijkt een beperkt aantal jaren "
        "terug. Niet elk strafblad leidt dus tot een weigering.",
        "Bespreek met de persoon welke functies kansrijk zijn en moedig eerlijkheid tegenover de "
        "werkgever aan. Een weigering kan worden aangevochten met een zienswijze en daarna bezwaar.",
        also=["top600"],
    ),
    page(
        "ind-sp-bestuurlijke-instrumenten-ondermijning",
        "criminele-families",
        "Bestuurlijke instrumenten tegen ondermijning",
        "Welke middelen de burgemeester heeft tegen criminele families en hun bedrijven.",
        ["ondermijning", "bestuurlijke aanpak", "Bibob", "13b"],
        "Naast het strafrecht kan de gemeente bestuurlijk optreden. Met de Wet Bibob kan een "
        "vergunning worden geweigerd of ingetrokken als er een risico is dat die voor criminele "
        "doelen wordt gebruikt. Met artikel 13b Opiumwet kan de burgemeester een pand of woning "
        "sluiten waar drugs worden verhandeld.",
        "Deze middelen worden ingezet in overleg met het RIEC en de regisseur van de familie. "
        "Wonen er kinderen in een woning die wordt gesloten, dan regelt het programma vooraf "
        "opvang en continuïteit van school.",
    ),
    page(
        "ind-sp-jeugdbeschermingsmaatregelen",
        "top400",
        "Jeugdbeschermingsmaatregelen op een rij",
        "Ondertoezichtstelling, uithuisplaatsing en gezagsbeëindiging: wat ze betekenen voor "
        "de regie.",
        ["jeugdbescherming", "OTS", "gezin"],
        "Bij een ondertoezichtstelling (OTS) beslist de kinderrechter, na onderzoek van de Raad "
        "voor de Kinderbescherming, dat een gezin hulp moet accepteren. Een jeugdbeschermer van een "
        "gecertificeerde instelling voert de maatregel uit en kan schriftelijke aanwijzingen geven.",
        "Een uithuisplaatsing kan binnen een OTS worden uitgesproken. Bij een gezagsbeëindigende "
        "maatregel verliezen ouders het gezag. De regisseur stemt het plan van aanpak af met de "
        "jeugdbeschermer, die de eindverantwoordelijkheid heeft voor de veiligheid van het kind.",
        also=["criminele-families"],
    ),
    page(
        "ind-sp-vervanging-en-overdracht",
        "acvz-breed",
        "Vervanging en overdracht bij afwezigheid",
        "Wat je regelt voor je vakantie, bij ziekte of als je een casus overdraagt.",
        ["vervanging", "overdracht", "continuiteit"],
        "Ben je langer dan een week afwezig, wijs dan samen met je teamleider een vervanger aan "
        "voor elke casus. Stel je mailbox in om door te sturen naar de teammailbox en informeer "
        "de partners wie het aanspreekpunt is. Notificaties mogen nooit ongelezen blijven.",
        "Bij een definitieve overdracht voer je een gezamenlijk gesprek met de persoon en de nieuwe "
        "regisseur. Werk vooraf het plan van aanpak bij en zet openstaande escalaties en afspraken "
        "op een rij.",
    ),
    page(
        "ind-sp-werken-met-een-tolk",
        "acvz-breed",
        "Werken met een tolk",
        "Wanneer en hoe je een professionele tolk inzet in gesprekken met personen en gezinnen.",
        ["tolk", "communicatie", "gespreksvoering"],
        "Zet een professionele tolk in als een persoon of ouder de taal onvoldoende beheerst om "
        "een gesprek over zorgen, afspraken of gevolgen te volgen. Laat nooit kinderen, familieleden "
        "of buren tolken: zij zijn niet neutraal en het gesprek belast hen.",
        "Een telefonische tolk kun je vaak dezelfde dag inzetten via de tolkenvoorziening van de "
        "gemeente; voor een gesprek op locatie plan je een paar dagen vooruit. Spreek in korte "
        "zinnen en richt je tot de persoon, niet tot de tolk.",
        also=["criminele-families", "top400"],
    ),
]
