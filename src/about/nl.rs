//! The about page in Dutch (B1: short sentences, everyday words).

use super::texts::AboutTexts;

pub static ABOUT: AboutTexts = AboutTexts {
    page_title: "Over deze app",
    intro: "Hier lees je waar de informatie in deze app vandaan komt, voor wie de app is en wat hij bewaart.",

    sources_heading: "Waar de informatie vandaan komt",
    article_source: "De uitleg is gemaakt op basis van het artikel ‘Hoe de heup de onderrug beïnvloedt’ van Rugcentrum \
                     Hilversum.",
    guidelines_lead: "De waarschuwingstekens in de zelftest en op de hulppagina volgen deze richtlijnen:",
    guidelines: &[
        "NHG-Standaard Aspecifieke lagerugpijn (huisartsen, 2017)",
        "NHG-Standaard Lumbosacraal radiculair syndroom (huisartsen, 2015)",
        "KNGF-richtlijn Lage rugpijn en LRS (fysiotherapeuten, 2021)",
        "NICE CKS: ‘Back pain - low (without radiculopathy)’ en ‘Sciatica (lumbar radiculopathy)’ (Engeland)",
    ],
    exercises_source: "De oefeningen komen uit het artikel. De stappen, hoe vaak je oefent en wanneer je stopt, zijn zoals \
                       fysiotherapeuten dat meestal doen. Bij elke oefening staat ook wanneer je meteen je huisarts \
                       belt. Dat volgt de richtlijnen hierboven.",

    check_heading: "Wie de inhoud heeft gecontroleerd",
    checked: |reviewer, registration, date, version| match registration {
        Some(registration) => format!(
            "Inhoud gecontroleerd door {reviewer} ({registration}) op {date}. Inhoudsversie {version}."
        ),
        None => format!("Inhoud gecontroleerd door {reviewer} op {date}. Inhoudsversie {version}."),
    },
    not_checked: concat!("De inhoud is nog niet gecontroleerd door ", clinic_name!(), "."),
    next_check: |date| format!("Volgende controle: {date}"),

    audience_heading: "Voor wie is deze app?",
    audience: "Deze app is voor volwassenen met klachten aan de onderrug. De app geeft uitleg en helpt je om zelf iets \
               aan je klachten te doen.",
    not_a_diagnosis: "De app stelt geen diagnose. Hij vervangt geen onderzoek of behandeling door je huisarts of \
                      fysiotherapeut.",
    not_for_lead: "Gebruik de app niet:",
    not_for: &[
        "als je jonger bent dan 18 jaar;",
        "als je zwanger bent;",
        "kort na een operatie aan je rug of heup, tenzij je chirurg of fysiotherapeut zegt dat het mag;",
        "bij een noodgeval.",
    ],
    help_lead: "Wanneer heb je snel een huisarts nodig? Lees het hier:",

    storage_heading: "Wat de app bewaart",
    storage: "Alles wat je invult, blijft in de opslag van de browser op deze telefoon.",
    nothing_sent: "De app stuurt niets naar de kliniek of naar anderen. Alleen als je zelf een link of een bestand \
                   deelt, gaat er iets naar een ander.",
    no_account: "Je hebt geen account nodig. Er zitten geen trackers in de app.",
    delete_lead: "Wil je alles wissen? Dat doe je zelf, op de pagina met je gegevens:",
    delete_link: "Naar je gegevens",

    contact_heading: concat!("Zo bereik je ", clinic_name!()),
    version: |number| format!("Versie van de app: {number}"),
};
