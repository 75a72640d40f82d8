//! Dutch texts of the app shell (language level B1: short sentences,
//! everyday words).

use super::ShellTexts;

pub static SHELL: ShellTexts = ShellTexts {
    app_name: clinic_short_name!(),
    skip_to_content: "Naar de inhoud",
    main_nav_label: "Hoofdmenu",
    home_link_label: concat!(clinic_short_name!(), " ", clinic_name!(), ", naar de startpagina"),
    tab_explainer: "Uitleg",
    tab_self_check: "Zelftest",
    tab_exercises: "Oefeningen",
    tab_diary: "Dagboek",
    home_title: "Heup en onderrug",
    home_intro: "Deze app legt uit hoe je heup je onderrug beïnvloedt en helpt je thuis te oefenen. \
                 Alles wat je invult, blijft op je eigen telefoon.",
    home_parts_heading: "Wat wil je doen?",
    home_explainer_blurb: "Lees hoe heup en onderrug samenwerken, met een plaatje dat je zelf kunt bewegen.",
    home_self_check_blurb: "Beantwoord vragen over je klachten en doe een paar eenvoudige thuistests. Zo krijg je een idee of \
                            je heup meedoet bij je rugklachten.",
    home_exercises_blurb: "Oefeningen voor je heup en bilspieren, stap voor stap uitgelegd.",
    home_diary_blurb: "Houd bij wat je oefent en hoeveel pijn je hebt. Zo zie je je voortgang.",
    home_not_a_diagnosis: concat!("Deze app vervangt geen onderzoek of behandeling. Twijfel je? Neem contact op met ", clinic_name!(), " of je huisarts."),
    not_found_title: "Pagina niet gevonden",
    not_found_body: "Deze pagina bestaat niet (meer). Misschien is de link niet helemaal goed overgenomen.",
    not_found_home: "Naar de startpagina",
    contact_label: concat!("Contact met ", clinic_name!()),
    contact_call: concat!("Bel ", clinic_name!()),
    contact_hours: "Bereikbaar:",
    contact_address: "Adres:",
    contact_website: "Website:",
    contact_email: "E-mail:",
    page_title: |page| format!(concat!("{} · ", clinic_short_name!()), page),
};
