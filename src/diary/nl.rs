//! The diary in Dutch (language level B1: short sentences, everyday words).

use super::backup::{ImportError, MAX_BACKUP_BYTES};
use super::texts::DiaryTexts;
use crate::i18n::dates::full_date;
use crate::i18n::Lang;

fn times(n: u32, one: &str, more: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {more}")
    }
}

fn import_failed(error: &ImportError) -> String {
    match error {
        ImportError::TooLarge => format!(
            concat!("Dit bestand is groter dan {} MB. Zoveel kan je browser niet bewaren, dus het kan geen reservekopie van ", clinic_short_name!(), " zijn. Er is niets veranderd."),
            MAX_BACKUP_BYTES / (1024 * 1024)
        ),
        ImportError::Damaged => "Dit bestand is beschadigd of niet compleet, of het is geen reservekopie. Er is niets veranderd. Probeer een ander bestand.".into(),
        ImportError::NotABackup => concat!("Dit bestand is geen reservekopie van het ", clinic_short_name!(), "-dagboek. Er is niets veranderd.").into(),
        ImportError::NewerVersion => "Deze reservekopie is gemaakt met een nieuwere versie van de app. Vernieuw de app en probeer het opnieuw. Er is niets veranderd.".into(),
        ImportError::InvalidEntries(count) => format!(
            "In deze reservekopie {} met onmogelijke waarden (bijvoorbeeld pijn boven de 10). Er is niets veranderd.",
            if *count == 1 { "staat 1 oefening".to_owned() } else { format!("staan {count} oefeningen") }
        ),
        ImportError::ImpossibleDays { first, count: 1 } => format!(
            "In deze reservekopie staat een oefening op {}. Die datum kan niet kloppen. Er is niets veranderd. Kijk of de datum op je telefoon goed staat, of probeer een andere reservekopie.",
            full_date(*first, Lang::Nl)
        ),
        ImportError::ImpossibleDays { first, count } => format!(
            "In deze reservekopie staan {count} oefeningen op een datum die niet kan kloppen. De eerste staat op {}. Er is niets veranderd. Kijk of de datum op je telefoon goed staat, of probeer een andere reservekopie.",
            full_date(*first, Lang::Nl)
        ),
    }
}

pub static DIARY: DiaryTexts = DiaryTexts {
    menu_label: "Dagboek-menu",
    menu_today: "Vandaag",
    menu_history: "Geschiedenis",
    menu_progress: "Voortgang",
    menu_data: "Gegevens",

    problem_unreadable: "Een deel van je opgeslagen dagboek was beschadigd en kon niet worden gelezen. We hebben het apart bewaard: er is niets weggegooid. De app werkt gewoon verder. Wil je het laten bekijken? Download het en neem het mee naar het rugcentrum.",
    problem_unreadable_download: "Beschadigde gegevens downloaden",
    problem_unreadable_not_moved: "Je opgeslagen dagboek is beschadigd en je telefoon heeft geen ruimte om het apart te bewaren. Om niets kwijt te raken, slaat de app nu niets op. Maak ruimte vrij op je telefoon en open de app opnieuw.",
    problem_newer_version: "Je dagboek is bijgewerkt door een nieuwere versie van de app, bijvoorbeeld in een ander venster. Vernieuw de pagina om verder te gaan.",
    problem_unavailable: "Je browser staat niet toe dat de app iets bewaart, bijvoorbeeld in een privévenster. Wat je nu invult, is weg als je de app sluit.",
    reload: "Pagina vernieuwen",
    write_full: "Opslaan lukt niet: de opslag van je telefoon voor deze app is vol. Wat je invulde, staat hieronder nog. Maak een reservekopie en ruimte vrij, en probeer het opnieuw.",
    write_unavailable: "Opslaan lukt niet: je browser staat het niet toe. Wat je invulde, staat hieronder nog.",
    write_newer_version: "Opslaan kan nu niet: een nieuwere versie van de app heeft je dagboek bijgewerkt. Vernieuw de pagina. Wat je invulde, staat hieronder nog.",
    write_unreadable: "Opslaan lukt niet: je opgeslagen dagboek is beschadigd en kon niet apart worden bewaard. Wat je invulde, staat hieronder nog.",
    write_not_kept: "Je browser heeft het niet bewaard. Wat je invulde, staat hieronder nog. Probeer het opnieuw.",
    try_again: "Opnieuw proberen",

    safari_title: "Zet de app op je beginscherm",
    safari_body: "Op een iPhone of iPad wist Safari je dagboek als je de app 7 dagen niet opent. Staat de app op je beginscherm, dan gebeurt dat niet.",
    backup_never: "Je hebt nog geen reservekopie gemaakt.",
    backup_last: |date| format!("Je laatste reservekopie is van {date}."),
    backup_overdue: "Maak af en toe een reservekopie. Dan raak je niets kwijt als je telefoon kapotgaat of de browser je gegevens wist.",
    backup_now: "Reservekopie maken",

    title: "Dagboek",
    today_heading: |date| format!("Vandaag, {date}"),
    schedule_from_clinic: |days| format!("Je schema uit de link: {} per week.", times(days.into(), "dag", "dagen")),
    schedule_own: |days| format!("Je eigen schema: {} per week.", times(days.into(), "dag", "dagen")),
    schedule_note: "Notitie bij je schema:",
    week_progress: |days, target| format!("Deze week: {days} van {target} dagen geoefend."),
    planned_heading: "Op je schema",
    recent_heading: "Laatst gedaan",
    no_schedule: "Je hebt nog geen schema. Log een oefening die je gedaan hebt, of stel je eigen schema samen.",
    schedule_starts: |date| format!("Je schema begint op {date}. Tot die tijd kun je loggen wat je doet."),
    make_schedule: "Eigen schema maken",
    change_schedule: "Schema bekijken",
    log: "Loggen",
    log_label: |exercise| format!("{exercise} loggen"),
    done: "Gedaan",
    pain_from_to: |before, after| format!("pijn van {before} naar {after}"),
    other_exercise: "Andere oefening loggen",
    pick_heading: "Welke oefening heb je gedaan?",
    done_today_heading: "Vandaag gedaan",
    nothing_today: "Je hebt vandaag nog niets gelogd.",
    streak_days: |days| format!("{} op rij geoefend.", times(days, "dag", "dagen")),
    streak_none: "Oefen vandaag en begin een reeks.",
    edit: "Aanpassen",
    edit_label: |exercise| format!("{exercise} aanpassen"),

    log_title: "Oefening loggen",
    log_unknown_exercise: "Deze oefening kennen we niet. Kies hieronder welke oefening je gedaan hebt.",
    step: |step, of| format!("Stap {step} van {of}"),
    pain_before_question: "Hoeveel pijn had je vóór het oefenen?",
    pain_after_question: "En hoeveel pijn heb je nu, na het oefenen?",
    pain_scale_hint: "0 is geen pijn, 10 is de ergste pijn die je je kunt voorstellen.",
    pain_option_label: |score| format!("Pijn {score}"),
    change_dose: "Andere hoeveelheid",
    dose_sets: "Aantal sets",
    dose_reps: "Keer per set",
    dose_seconds: "Seconden vasthouden",
    dose_minutes: "Minuten",
    dose_invalid: "Vul overal een getal in dat past: sets 1 tot 10, keer 1 tot 100, seconden 1 tot 600, minuten 1 tot 480.",
    dose_apply: "Gebruik deze hoeveelheid",
    saved: |exercise| format!("Opgeslagen: {exercise}."),
    undo: "Ongedaan maken",
    undone: "Teruggezet.",
    add_note: "Notitie toevoegen",
    note_label: "Notitie (mag leeg blijven)",
    note_count: |used, max| format!("{used} van {max} tekens"),
    save_note: "Notitie opslaan",
    note_saved: "Notitie opgeslagen.",
    finish: "Klaar",
    cancel: "Annuleren",
    back: "Terug",
    more_pain_lead: "Had je meer pijn door de oefening? Lees dan nog eens wanneer je stopt. Het staat ook bij elke oefening.",

    edit_title: "Oefening aanpassen",
    edit_not_found: "Deze oefening staat niet (meer) in je dagboek. Misschien is ze verwijderd, ook in een ander venster.",
    back_to_diary: "Terug naar je dagboek",
    day_label: "Datum",
    exercise_label: "Oefening",
    day_in_future: "Kies een datum van vandaag of eerder.",
    pain_before_label: "Pijn vóór het oefenen",
    pain_after_label: "Pijn na het oefenen",
    save: "Opslaan",
    delete: "Verwijderen",
    deleted: |exercise| format!("Verwijderd: {exercise}."),

    history_title: "Geschiedenis",
    history_empty: "Je dagboek is nog leeg. Wat je logt, zie je hier terug.",
    newer_entries: |count| {
        let what = match count {
            1 => "1 oefening".to_owned(),
            _ => format!("{count} oefeningen"),
        };
        format!(
            "Er staat {what} uit een nieuwere versie van de app in je dagboek. Daarvan gaat niets verloren. \
             Laad de pagina opnieuw om de nieuwste versie van de app te krijgen."
        )
    },
    newer_exercise: "een oefening uit een nieuwere versie van de app",
    newer_schedule: |count| {
        format!(
            "Je schema heeft {} uit een nieuwere versie van de app. Die staan hier nog niet bij, maar blijven \
             bewaard. Laad de pagina opnieuw om de nieuwste versie van de app te krijgen.",
            times(count as u32, "oefening", "oefeningen")
        )
    },
    show_older: "Oudere dagen tonen",

    progress_title: "Voortgang",
    progress_empty: "Hier zie je je voortgang zodra je een paar oefeningen hebt gelogd.",
    streak_current: "Dagen op rij",
    streak_longest: "Langste reeks",
    days_unit: |days| times(days, "dag", "dagen"),
    pain_change_heading: "Je pijn sinds je eerste week",
    pain_change: |first, last| format!("Je gemiddelde pijn vóór het oefenen was {first} in je eerste week en {last} in de afgelopen 7 dagen."),
    pain_change_better: |points| format!("Dat is {points} punt minder. Goed bezig!"),
    pain_change_worse: |points| format!("Dat is {points} punt meer. Bespreek dit met je fysiotherapeut."),
    pain_change_same: "Dat is ongeveer gelijk gebleven.",
    pain_change_wait: "Na twee weken zie je hier hoe je pijn veranderd is sinds je eerste week. Sommige mensen merken al na een paar weken verschil, bij anderen duurt het langer. Regelmatig oefenen helpt.",
    exercise_effect_lower: |points| format!("In de afgelopen 30 dagen was je pijn na het oefenen gemiddeld {points} punt lager dan ervoor."),
    exercise_effect_higher: |points| format!("In de afgelopen 30 dagen was je pijn na het oefenen gemiddeld {points} punt hoger dan ervoor. Bespreek dit met je fysiotherapeut."),
    exercise_effect_same: "In de afgelopen 30 dagen was je pijn na het oefenen ongeveer even hoog als ervoor.",
    chart_heading: "Pijn vóór het oefenen",
    chart_legend_day: "Gemiddelde per dag",
    chart_legend_week: "Gemiddelde per week",
    chart_summary: |days, from, to, first, last| format!("Grafiek van je pijn op {days} dagen, van {from} tot {to}. Het weekgemiddelde ging van {first} naar {last}."),
    chart_table_summary: "De cijfers per week",
    chart_col_week: "Week",
    chart_col_before: "Pijn vooraf",
    chart_col_after: "Pijn achteraf",
    week_of: |date| format!("week van {date}"),
    calendar_heading: "Oefendagen",
    calendar_done: "alles gedaan",
    calendar_part: "een deel gedaan",
    calendar_nothing: "niet geoefend",
    calendar_week: |days, target| match target {
        Some(target) => format!("{days} van {target} dagen"),
        None => times(days.into(), "dag", "dagen"),
    },

    data_title: "Gegevens",
    backup_heading: "Reservekopie",
    backup_explain: "Een reservekopie is een bestand met je hele dagboek en je schema. Bewaar het in je mail, je notities of je cloud. Dan raak je niets kwijt als je telefoon kapotgaat of de browser je gegevens wist.",
    backup_make: "Reservekopie maken",
    backup_made: "Je reservekopie is gemaakt.",
    backup_file_title: concat!("Reservekopie ", clinic_short_name!(), "-dagboek"),
    export_heading: "Voor je fysiotherapeut",
    export_explain: "Neem je dagboek mee naar je afspraak: als bestand voor Excel, of geprint.",
    export_csv: "Downloaden voor Excel (CSV)",
    export_print: "Overzicht om te printen",
    import_heading: "Reservekopie terugzetten",
    import_explain: "Kies een reservekopie. Je ziet eerst wat erbij komt; pas als je bevestigt, verandert er iets. Wat al in je dagboek staat, blijft staan.",
    import_choose: "Bestand kiezen",
    import_reading: "Bestand lezen…",
    import_preview: |new, updated, unchanged| format!(
        "In deze reservekopie: {} nieuw, {} bijgewerkt, {} al in je dagboek.",
        times(new as u32, "oefening", "oefeningen"),
        updated,
        unchanged
    ),
    import_with_schedule: "Je krijgt ook het schema uit de reservekopie, want je hebt nu geen schema.",
    import_nothing_new: "Alles uit deze reservekopie staat al in je dagboek. Er verandert niets.",
    import_confirm: "Toevoegen aan mijn dagboek",
    import_done: |added| format!("Klaar: {} toegevoegd of bijgewerkt.", times(added as u32, "oefening", "oefeningen")),
    import_not_a_file: "Dit bestand kon niet worden gelezen. Er is niets veranderd.",
    import_failed,
    kept_heading: "Apart gezette gegevens",
    kept_explain: "Deze gegevens konden eerder niet gelezen worden. Ze zijn apart gezet; er is niets gewist.",
    kept_item: |date, kilobytes| format!("Apart gezet op {date} ({kilobytes} kB)."),
    kept_readable: "Deze versie van de app kan ze nu lezen. Zet ze terug: je ziet eerst wat erbij komt.",
    kept_unreadable: "Deze versie van de app kan ze nog niet lezen. Bewaar ze als bestand voor de kliniek, of laat \
                      ze staan: een nieuwere versie kan ze misschien wel lezen.",
    kept_restore: "Terugzetten in mijn dagboek",
    kept_download: "Opslaan als bestand",
    kept_remove: "Verwijderen",
    kept_remove_question: "Deze apart gezette gegevens wissen? Dat kun je niet ongedaan maken.",
    kept_remove_confirm: "Ja, wissen",
    kept_remove_failed: "Wissen lukte niet: je browser stond het niet toe.",
    delete_heading: "Alles wissen",
    delete_explain: "Wis je dagboek, je schema en je zelftest-uitslagen van deze telefoon. Maak eerst een reservekopie als je iets wilt bewaren.",
    delete_start: "Alle gegevens wissen",
    delete_question: "Weet je het zeker? Alles wat je in deze app hebt ingevuld, wordt van deze telefoon gewist. Dit kun je niet ongedaan maken.",
    delete_confirm: "Ja, wis alles",
    delete_done: "Al je gegevens zijn van deze telefoon gewist.",
    delete_failed: "Wissen lukte niet helemaal: je browser stond het niet toe. Probeer het opnieuw.",
    persisted: "Je browser wist je gegevens niet zelf, ook niet als je telefoon ruimte nodig heeft. Alleen jij kunt ze wissen.",
    csv_date: "Datum",
    csv_exercise: "Oefening",
    csv_dose: "Hoeveelheid",
    csv_pain_before: "Pijn vooraf (0-10)",
    csv_pain_after: "Pijn achteraf (0-10)",
    csv_note: "Notitie",
    file_name: "heup-rug-dagboek",
    damaged_file_name: "heup-rug-beschadigde-gegevens.txt",

    print_title: "Overzicht voor je fysiotherapeut",
    print_button: "Printen",
    print_period: |from, to| format!("Van {from} tot en met {to}"),
    print_made_on: |date| format!(concat!("Gemaakt op {} met ", clinic_short_name!(), "."), date),
    print_entries_heading: "Alle oefeningen",
    print_weeks_heading: "Per week",
    print_col_days: "Dagen geoefend",

    schedule_title: "Mijn schema",
    schedule_clinic_intro: "Dit schema stond in de link die je kreeg. Je dagboek laat elke dag deze oefeningen zien.",
    schedule_own_intro: "Kies de oefeningen die je wilt doen en hoeveel dagen per week. Je dagboek laat ze dan elke dag zien. Heb je een schema van je fysiotherapeut? Volg dat.",
    schedule_pick: "Welke oefeningen?",
    schedule_days: "Hoeveel dagen per week?",
    schedule_save: "Schema opslaan",
    schedule_saved: "Je schema is opgeslagen.",
    schedule_stop: "Schema stoppen",
    schedule_stopped: "Je hebt nu geen schema meer. Je dagboek en wat je gelogd hebt, blijven staan.",
    schedule_pick_one: "Kies minstens één oefening.",
    schedule_replace_clinic: "Eigen schema maken in plaats van dit schema",

    add_added: |count| match count {
        1 => "De oefening staat nu in je schema.".to_owned(),
        _ => format!("{count} oefeningen staan nu in je schema."),
    },
    add_new_schedule: |days| format!("Je nieuwe schema: {} per week. Dat kun je aanpassen.", times(days.into(), "dag", "dagen")),
    add_already_in: |count| match count {
        1 => "Deze oefening staat in je schema.".to_owned(),
        _ => "Deze oefeningen staan in je schema.".to_owned(),
    },
    add_from_clinic: "Je volgt het schema van de kliniek. Dat veranderen we hier niet.",
    add_from_newer_version: "Je schema is gemaakt met een nieuwere versie van de app. Dat veranderen we hier niet.",
    add_view_schedule: "Bekijk je schema",
    add_write_full: "Toevoegen lukt niet: de opslag van je telefoon voor deze app is vol. Je schema is niet veranderd. Maak ruimte vrij en probeer het opnieuw.",
    add_write_newer_version: "Toevoegen lukt nu niet: een nieuwere versie van de app heeft je schema bijgewerkt. Je schema is niet veranderd. Vernieuw de pagina.",
    add_write_failed: "Toevoegen lukt niet: je browser bewaart het niet. Je schema is niet veranderd.",
};
