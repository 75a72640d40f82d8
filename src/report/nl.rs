//! The progress report in Dutch. The share section speaks to patients
//! (language level B1), the report page to physiotherapists.

use super::texts::ReportTexts;

fn days(n: impl Into<u32>) -> String {
    match n.into() {
        1 => "1 dag".to_owned(),
        n => format!("{n} dagen"),
    }
}

fn exercises_count(n: usize) -> String {
    match n {
        1 => "1 oefening".to_owned(),
        n => format!("{n} oefeningen"),
    }
}

pub static REPORT: ReportTexts = ReportTexts {
    share_heading: "Stuur je voortgang naar je fysiotherapeut",
    share_intro: "Maak een link met wat je in je dagboek hebt bijgehouden. Je fysiotherapeut kan hem openen zonder app of account.",
    share_needs_schedule: "Dit kan zodra je een oefenschema in je dagboek hebt: de link laat zien hoe je oefent tegenover je schema.",
    period_legend: "Over welke periode?",
    period_since_start: "Sinds je schema begon (hooguit 12 weken)",
    period_weeks: |weeks| format!("De laatste {weeks} weken"),
    notes_label: |count, chars| {
        format!("Stuur ook mijn notities mee (de laatste {count}, elk hooguit {chars} tekens)")
    },
    preview_heading: "Dit staat er in de link",
    preview_never: "Er staat nooit je naam, je geboortedatum of iets anders over wie je bent in.",
    preview_schedule: |exercises, n| {
        format!("Je schema: {}, {} per week, zonder de notitie bij je schema.", exercises_count(exercises), days(n))
    },
    preview_notes: |count| match count {
        1 => "1 notitie:".to_owned(),
        n => format!("{n} notities:"),
    },
    preview_no_notes: "Geen notities.",
    share_privacy: "Iedereen die deze link krijgt, kan lezen wat erin staat. Stuur hem alleen naar je fysiotherapeut.",
    make_link: "Maak de link",
    share: "Delen",
    share_title: "Mijn voortgang",
    shared: "Gedeeld.",
    copy: "Kopieer de link",
    copied: "De link staat op het klembord.",
    copy_failed: "Kopiëren lukte niet. De link is geselecteerd: kopieer hem zelf.",
    link_label: "De link",
    qr_label: "QR-code met de link naar je voortgang",
    qr_hint: "Bij je afspraak kan je fysiotherapeut deze code scannen van je scherm.",

    period: |weeks, from, to| format!("{weeks} weken: van {from} tot en met {to}."),
    week_heading: |date| format!("Week van {date}"),
    days_practised: |n, target| match target {
        Some(target) => format!("{} van de {target} geoefend", days(n)),
        None => format!("{} geoefend (het schema liep nog niet)", days(n)),
    },
    exercise_days: |exercise, n| format!("{exercise}: {}", days(n)),
    pain_week: |before, after| format!("Pijn gemiddeld {before} voor en {after} na het oefenen"),
    pain_none: "Geen pijn bijgehouden",
    streak: |n| format!("Huidige reeks: {} op rij met een oefening.", days(n)),

    report_title: "Verslag van oefenen en pijn",
    report_logged: concat!("Dit is wat de patiënt zelf in de app ", clinic_short_name!(), " heeft bijgehouden. Het is geen meting."),
    report_made_on: |date| format!("Gemaakt op {date}."),
    report_stores_nothing: "Deze pagina bewaart niets: het verslag staat alleen in de link. Druk het af (of bewaar het als pdf) voor het dossier.",
    report_empty: "In deze periode is niets bijgehouden.",
    adherence_heading: "Dagen geoefend per week",
    adherence_total: "Totaal",
    adherence_hint: |n| format!("Het schema vraagt {} per week.", days(n)),
    calendar_heading: "Per dag",
    pain_heading: "Pijn voor en na het oefenen",
    pain_legend_before: "Voor het oefenen",
    pain_legend_after: "Na het oefenen",
    pain_summary: |first, last| {
        format!("Gemiddelde pijn voor het oefenen (0–10), per week: {first} in de eerste week met gegevens, {last} in de laatste.")
    },
    pain_summary_none: "In deze periode is geen pijn bijgehouden.",
    schedule_heading: "Gemeten tegen dit schema",
    notes_heading: "Notities van de patiënt",
    print: "Afdrukken",
    adjust: "Pas het schema aan",
    adjust_hint: "Opent de schemabouwer met dit schema al ingevuld. Pas aan wat nodig is en geef de patiënt de nieuwe link.",

    error_title: "Dit verslag kan niet worden geopend",
    error_empty: "Er staat geen verslag in deze link.",
    error_too_long: "Deze link is langer dan een verslag kan zijn.",
    error_not_a_link: "Dit is geen link naar een verslag.",
    error_schedule_link: "Dit is een link naar een oefenschema, geen verslag. Open hem via /schema.",
    error_incomplete: "De link is niet compleet: waarschijnlijk is hij afgebroken, bijvoorbeeld in een e-mail.",
    error_altered: "De link is veranderd: een teken klopt niet meer.",
    error_newer: "Dit verslag is gemaakt met een nieuwere versie van de app. Vernieuw deze pagina.",
    error_not_a_report: "De link is heel, maar bevat geen verslag dat klopt.",
    error_ask_again: "Vraag de patiënt de link opnieuw te sturen, of scan de QR-code op de telefoon.",
};
