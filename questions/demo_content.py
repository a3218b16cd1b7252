"""Demo threads under a few seeded knowledge pages: questions answered by the page's content
owner or its programme's editors (one answer marked as the answer), an addition with a reply,
and a question still waiting for approval (so the moderators' list has something to show).

Each thread: the page (by slug, or the first training module), the post, its author, and its
answers as (answerer, text, marked as the answer)."""

FIRST_TRAINING_MODULE = ("training", "trainingmodule")

THREADS = [
    {
        "page": "werkwijze-radicalisering",
        "kind": "vraag",
        "author": "regisseur",
        "moderator": "medewerker-radicalisering",
        "text": "Hoe vaak komt het casusoverleg radicalisering bijeen, en kan een regisseur van "
        "een ander programma aanschuiven als een casus bij beide programma's loopt?",
        "answers": [
            (
                "medewerker-radicalisering",
                "Het casusoverleg komt elke twee weken bijeen. Loopt een casus bij beide "
                "programma's, dan schuift de regisseur van het andere programma aan na afspraak "
                "met de voorzitter van het overleg.",
                True,
            ),
            (
                "redactie",
                "Aanvulling van de redactie: de data van de overleggen staan niet op het portaal, "
                "vraag ze op bij het programmabureau.",
                False,
            ),
        ],
    },
    {
        "page": "werkwijze-radicalisering",
        "kind": "aanvulling",
        "author": "regie-ondersteuner",
        "moderator": "medewerker-radicalisering",
        "text": "Bij de Top600 werkt het goed om de school vooraf te vragen welke signalen zij "
        "zien. Dat kan hier ook helpen.",
        "answers": [
            (
                "medewerker-radicalisering",
                "Dank je, dit nemen we mee bij de volgende herziening van deze pagina.",
                False,
            ),
        ],
    },
    {
        "page": "werkwijze-radicalisering",
        "kind": "vraag",
        "author": "regie-ondersteuner",
        "moderator": None,  # still waiting for approval
        "text": "Is er bij de reclassering een vast aanspreekpunt voor dit programma?",
        "answers": [],
    },
    {
        "page": "samenwerken-met-ketenpartners",
        "kind": "vraag",
        "author": "nieuwe-medewerker",
        "moderator": "redactie",
        "text": "Waar vind ik wie bij de AcVZ de accounthouder van een ketenpartner is?",
        "answers": [
            (
                "redactie",
                "In de partnergids op /partners/ staat bij elke ketenpartner de "
                "accounthouder van de AcVZ, met hoe je hem of haar via het werk bereikt.",
                True,
            ),
        ],
    },
    {
        "page": FIRST_TRAINING_MODULE,
        "kind": "vraag",
        "author": "regisseur",
        "moderator": "redactie",
        "text": "Is deze module ook bedoeld voor regie-ondersteuners, of alleen voor regisseurs?",
        "answers": [
            (
                "redactie",
                "Ook voor regie-ondersteuners: de module gaat over het werken in het netwerk "
                "rond een persoon, en dat doen jullie samen.",
                True,
            ),
        ],
    },
]
