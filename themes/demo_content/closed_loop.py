"""Demo content: one bottleneck whose loop is closed (Dutch, fictional): escalated to the
accounthouder, the programme manager and the steering group, solved with evidence of effect,
and the module and page it changed."""

CLOSED_LOOP = {
    "lesson": "politie-signalen-niet-bij-regisseur",
    "evidence": (
        "De regisseurs krijgen elke maandag de signaallijst van de politie. In de maandmonitor "
        "daalde het aantal incidenten dat de regisseur pas na het maandoverleg hoorde van 14 "
        "naar 2 per maand; de evaluatie met de wijkteams bevestigt dat."
    ),
    # (level, chain partner slug or None, days after reporting, note)
    "escalation": [
        ("accounthouder", "politie", 20, "Gevraagd om een vaste route voor nieuwe signalen."),
        ("programmamanager", None, 60, "Afspraak met de politie over een wekelijkse lijst."),
        ("stuurgroep", None, 120, "Besluit: signaallijst wordt de standaard voor Top600."),
    ],
    # Pages the loop changed: (app label, model, slug).
    "changed_pages": [
        ("training", "trainingmodule", "regie-voeren-op-een-netwerkaanpak"),
        ("portal", "standardpage", "samenwerken-met-ketenpartners"),
    ],
}
