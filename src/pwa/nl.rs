//! The installed app in Dutch (B1: short sentences, everyday words). The
//! menu items are named exactly as Safari and Chrome show them in Dutch.

use super::texts::PwaTexts;

pub static PWA: PwaTexts = PwaTexts {
    update_available: "Er is een nieuwe versie van de app.",
    update_apply: "Vernieuwen",
    update_kept: "Wat je aan het invullen bent, blijft staan.",

    offer_title: "Zet de app op je telefoon",
    offer_why: concat!("Dan open je ", clinic_short_name!(), " met één tik, ook zonder internet. En je dagboek blijft veilig op je telefoon."),
    install: "Installeren",
    help_link: "Zo zet je de app op je telefoon",

    page_title: "De app op je telefoon",
    installed_already: "De app staat al op je telefoon. Open hem voortaan met het icoontje op je beginscherm.",
    ios_heading: "iPhone of iPad (Safari)",
    ios_steps_summary: "Zo zet je de app op je beginscherm",
    ios_steps: &[
        "Tik onderin Safari op de deelknop: het vierkantje met een pijltje omhoog.",
        "Scroll een stukje en tik op ‘Zet op beginscherm’.",
        "Tik rechtsboven op ‘Voeg toe’. Open de app voortaan via het nieuwe icoontje.",
    ],
    android_heading: "Android-telefoon (Chrome)",
    android_prompt: "Je browser kan de app meteen op je telefoon zetten:",
    android_steps: &[
        "Tik rechtsboven in Chrome op de drie puntjes.",
        "Tik op ‘App installeren’ of ‘Toevoegen aan startscherm’.",
        "Tik op ‘Installeren’. Open de app voortaan via het nieuwe icoontje.",
    ],
    other_browsers: "Lukt het niet? Open deze pagina dan in Safari (iPhone of iPad) of in Chrome (Android) en probeer het opnieuw.",
    offline_note: "Na de eerste keer werkt de app ook zonder internet. Alles wat je invult, blijft op je eigen telefoon.",
};
