//! The clinic link in Dutch (language level B1: short sentences, everyday
//! words). The clinic page speaks to physiotherapists, the rest to patients.

use super::texts::ClinicTexts;

fn days(n: u8) -> String {
    if n == 1 {
        "1 dag".to_owned()
    } else {
        format!("{n} dagen")
    }
}

pub static CLINIC: ClinicTexts = ClinicTexts {
    accept_title: "Je oefenschema",
    accept_intro: "Dit schema staat in de link die je kreeg. Kijk het rustig door.",
    days_per_week: |n| format!("Oefen {} per week.", days(n)),
    starts_on: |date| format!("Je begint op {date}."),
    exercises_heading: "De oefeningen",
    exercises_hint: "Tik op een oefening om te lezen hoe je hem doet.",
    note_heading: "Notitie in de link:",
    accept: "Zet in mijn dagboek",
    replace: "Vervang mijn schema",
    changes_heading: "Wat verandert er?",
    changes_intro: "Je hebt al een schema. Dit nieuwe schema komt in de plaats van je huidige schema:",
    change_added: |exercise, dose| format!("Nieuw: {exercise} ({dose})"),
    change_removed: |exercise| format!("Eraf: {exercise}"),
    change_dose: |exercise, from, to| format!("{exercise}: {to} in plaats van {from}"),
    change_days: |from, to| format!("{} per week in plaats van {}", days(to), days(from)),
    change_start: |date| match date {
        Some(date) => format!("Je begint op {date}"),
        None => "Je begint meteen".to_owned(),
    },
    change_note: "De notitie verandert",
    change_nothing: "De oefeningen en de hoeveelheden blijven hetzelfde.",
    already_accepted: "Dit schema staat al in je dagboek.",
    to_diary: "Naar mijn dagboek",
    accept_privacy: "Je schema blijft op je eigen telefoon. Er gaat niets naar het internet.",
    accept_take_care: "Wordt je pijn duidelijk erger dan je gewend bent, of twijfel je over een oefening? Stop en overleg met je fysiotherapeut. Deze app vervangt geen behandeling.",

    error_title: "Deze link werkt niet",
    error_empty: "In deze link staat geen oefenschema. Misschien is een stukje van de link weggevallen.",
    error_too_long: "Deze link is te lang voor een oefenschema. Misschien is er tekst aan vastgeplakt. Open de link direct vanuit de e-mail.",
    error_not_a_link: concat!("Deze link is beschadigd: er staat geen leesbaar oefenschema in. Open de link direct vanuit de e-mail, of vraag ", clinic_name!(), " om een nieuwe link."),
    error_incomplete: concat!("Deze link is niet compleet. Vaak valt bij het kopiëren of in de e-mail een stukje weg. Open de link direct vanuit de e-mail, of vraag ", clinic_name!(), " om een nieuwe link."),
    error_altered: concat!("Deze link is veranderd, bijvoorbeeld door een tikfout. Daarom gebruikt de app hem niet. Open de link direct vanuit de e-mail, of vraag ", clinic_name!(), " om een nieuwe link."),
    error_newer_version: "Deze link is gemaakt voor een nieuwere versie van de app.",
    error_unknown_exercises: |codes| format!(
        "In deze link staan oefeningen die deze versie van de app nog niet kent (nummer {codes}). De link is goed; de app op je telefoon is nog niet bijgewerkt."
    ),
    error_get_newer_app: concat!("De app zoekt nu de nieuwe versie (daarvoor is internet nodig). Verschijnt bovenaan de knop ‘Vernieuwen’? Tik erop: daarna opent deze link vanzelf. Lukt dat niet? Sluit de app helemaal, open hem opnieuw en tik nog een keer op de link in de e-mail. Werkt de link dan nog niet, vraag ", clinic_name!(), " om een nieuwe link."),
    error_not_a_schedule: concat!("Het schema in deze link klopt niet, bijvoorbeeld omdat er geen oefeningen in staan. Vraag ", clinic_name!(), " om een nieuwe link."),
    error_nothing_changed: "Er is niets veranderd in je dagboek.",
    to_home: "Naar de startpagina",

    clinic_title: "Schema-link maken",
    clinic_intro: "Voor fysiotherapeuten. Kies de oefeningen en hoeveelheden voor je patiënt. Je krijgt een link voor in de e-mail en een QR-code om te printen of te laten scannen. De patiënt zet het schema met één tik in het dagboek.",
    clinic_offline: "In de link staat geen naam of andere persoonsgegevens. Alles gebeurt op dit apparaat; deze pagina werkt ook zonder internet.",
    pick_legend: "Oefeningen en hoeveelheden",
    days_label: "Hoeveel dagen per week?",
    start_label: "Startdatum (mag leeg blijven)",
    note_label: "Notitie voor je patiënt (mag leeg blijven)",
    note_hint: "Zet er geen naam of andere persoonsgegevens in, en geen webadres of telefoonnummer.",
    note_count: |used, max| format!("{used} van {max} tekens"),
    problem_no_exercise: "Kies minstens één oefening. Dan verschijnen hier de link en de QR-code.",
    problem_dose: |exercise| format!("Vul bij {exercise} een hoeveelheid in die past: sets 1 tot 10, keer 1 tot 100, seconden 1 tot 600, minuten 1 tot 480."),
    problem_days: "Kies 1 tot 7 dagen per week.",
    problem_start: "Deze startdatum past niet in een link. Kies een andere datum of laat het veld leeg.",
    problem_note: "De notitie is te lang. Maak hem korter.",
    problem_note_web: "Zet geen webadres in de notitie. Je patiënt kan niet zien wie een link heeft gemaakt. Daarom staat in een notitie nooit een webadres of telefoonnummer.",
    problem_note_phone: "Zet geen telefoonnummer in de notitie. Je patiënt kan niet zien wie een link heeft gemaakt. Daarom staat in een notitie nooit een webadres of telefoonnummer.",
    link_heading: "De link",
    link_label: "Link voor je patiënt",
    copy: "Kopieer de link",
    copied: "De link is gekopieerd.",
    copy_failed: "Kopiëren lukte niet. De link is nu geselecteerd: kopieer hem zelf met Ctrl+C, of houd je vinger erop.",
    print: "Printen",
    sheet_title: "Je oefenschema",
    sheet_scan: concat!("Scan deze code met de camera van je telefoon. Je oefenschema opent in de app ", clinic_short_name!(), ". Tik daar op ‘Zet in mijn dagboek’."),
    qr_label: "QR-code met de link naar het oefenschema",

    reminder_heading: "Herinnering in je agenda",
    reminder_intro_schedule: "Zet je oefendagen in de agenda van je telefoon. Je krijgt dan een melding op die dagen. In de afspraak staat een link naar je dagboek.",
    reminder_intro_daily: "Wil je elke dag een herinnering om te oefenen? Kies een tijd en zet de herinnering in de agenda van je telefoon. In de afspraak staat een link naar je dagboek.",
    reminder_days_legend: |n| format!("Op welke dagen? Kies er {n}."),
    reminder_time: "Hoe laat?",
    reminder_add: "Zet in mijn agenda",
    reminder_done: "Het agendabestand is gedownload. Open het: je agenda vraagt dan of je de herinnering wilt toevoegen.",
    reminder_failed: "Het agendabestand maken lukte niet. Probeer het opnieuw.",
    reminder_wrong_days: |n| format!("Kies precies {}, net zoveel als in je schema.", days(n)),
    reminder_bad_time: "Kies een tijd, bijvoorbeeld 19:00.",
    reminder_privacy: "In je agenda komt alleen deze herinnering. Je dagboek blijft in de app.",
    reminder_summary: "Oefenen voor je heup en rug",
    reminder_description: |url| format!("Tijd voor je oefeningen. Open je dagboek: {url}"),
};
