//! Dutch texts of the self-check's pages (language level B1: short
//! sentences, everyday words). The questions are in `nl_questions.rs`.

use super::{nl_questions, SelfCheckTexts, StopText};
use crate::calendar::Day;

const MONTHS: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];

/// Short month names, for narrow table headings.
const MONTHS_SHORT: [&str; 12] = [
    "jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec.",
];

/// `day` as "3 maart 2026", with the month's name from `months`.
fn in_words(day: Day, months: &[&str; 12]) -> String {
    let month = months
        .get(usize::from(day.month()) - 1)
        .copied()
        .unwrap_or_default();
    format!("{} {month} {}", day.day_of_month(), day.year())
}

pub static SELF_CHECK: SelfCheckTexts = SelfCheckTexts {
    page_title: "Zelftest",
    intro_lead: "Doet je heup mee bij je rugklachten? Met deze test krijg je een idee.",
    intro_length: |questions, home_tests| {
        format!(
            "De test heeft {questions} korte vragen. Bij {home_tests} vragen doe je thuis een kleine beweging. \
             Samen duurt dat ongeveer 5 minuten."
        )
    },
    intro_safety: "Eerst vragen we naar klachten waarbij een huisarts naar je rug moet kijken: soms meteen, soms \
                   vandaag, soms binnen een paar dagen.",
    intro_privacy: "Je antwoorden blijven op je eigen telefoon.",
    start: "Begin de test",
    earlier_results: |count| match count {
        1 => "Bekijk je eerdere uitslag".to_owned(),
        _ => format!("Bekijk je {count} eerdere uitslagen"),
    },
    not_a_diagnosis: "Dit is geen diagnose. Alleen een zorgverlener die je onderzoekt, kan zeggen waar je klachten \
                      vandaan komen. Worden je klachten erger, of twijfel je? Neem dan contact op met je huisarts.",

    resume_heading: "Verder met de test?",
    resume_body: |started, question, total| {
        format!("Je bent op {started} begonnen aan de zelftest. Je was bij vraag {question} van {total}.")
    },
    resume_continue: "Ga verder",
    restart: "Opnieuw beginnen",

    group_safety: "Eerst je veiligheid",
    group_complaints: "Je klachten",
    group_self_tests: "Testjes voor thuis",
    progress: |question, total| format!("Vraag {question} van {total}"),
    back: "Vorige vraag",
    self_test_care: "Doe het rustig. Stop als het veel pijn doet. Lukt het niet? Kies dan ‘Deze test sla ik over’. Heb je \
                     een nieuwe heup of een heupoperatie gehad? Doe dan alleen de tests die je fysiotherapeut goed \
                     vindt.",

    gp_now: StopText {
        heading: "Bel nu je huisarts",
        why: "Deze klachten kunnen betekenen dat een zenuw onder in je rug bekneld zit. Dan moet een arts je snel \
              onderzoeken.",
        next: "Is de praktijk dicht? Bel dan nu de huisartsenpost.",
    },
    gp_today: StopText {
        heading: "Bel vandaag je huisarts",
        why: "Naar deze klachten moet een huisarts vandaag kijken. Het kan bijvoorbeeld gaan om een gebroken wervel \
              of om een ontsteking in je rug.",
        next: "Is de praktijk dicht? Bel dan de huisartsenpost.",
    },
    gp_within_days: StopText {
        heading: "Maak binnen een paar dagen een afspraak met je huisarts",
        why: "Bij deze klachten heeft rugpijn soms een andere oorzaak. Je huisarts kan dat nagaan. Een afspraak \
              in de komende dagen is op tijd.",
        next: "Wordt een been snel zwakker, voelt de huid tussen je benen doof, of heb je nieuwe problemen met \
               plassen of ontlasting? Bel dan meteen je huisarts of de huisartsenpost.",
    },
    gp_test_stops: "De test stopt hier. De test en de oefeningen kunnen wachten tot je huisarts ernaar heeft \
                    gekeken.",
    gp_mention_too: "Vertel je huisarts ook dit:",
    gp_emergency: "Is het een noodgeval? Bel 112",
    gp_wrong_tap: "Verkeerd getikt?",
    gp_wrong_tap_question: "Bedoelde je ‘Nee’? Dan wissen we je ‘Ja’ en stellen we de vraag opnieuw.",
    gp_wrong_tap_confirm: "Ja, stel de vraag opnieuw",
    gp_wrong_tap_keep: "Nee, mijn ‘Ja’ klopt",

    mention_heading: "Noem dit bij je huisarts",
    mention_body: "Rugpijn die voor je 45e begon, waarbij je ’s ochtends langer dan een half uur stijf bent en \
                   die beter wordt als je beweegt, kan passen bij een ontsteking in je rug. Dat is geen spoed. \
                   Vertel het wel aan je huisarts: die kan bekijken of onderzoek nodig is.",
    mention_continue: "Verder met de test",

    saving: "Je uitslag wordt bewaard…",
    retry_saving: "Probeer opnieuw te bewaren",

    result_title: "Uitslag zelftest",
    result_date: |date| format!("Je deed de test op {date}."),
    band_few: "Weinig aanwijzingen dat je heup meedoet",
    band_some: "Enkele aanwijzingen dat je heup meedoet",
    band_clear: "Duidelijke aanwijzingen dat je heup meedoet",
    band_few_body: "Je antwoorden wijzen niet duidelijk naar je heup. Je rugklachten kunnen ook een andere \
                    oorzaak hebben. Blijf in beweging: dat is bij rugklachten meestal goed.",
    band_some_body: "Een paar antwoorden passen bij een heup die minder soepel beweegt of minder sterk is. \
                     Dan moet je onderrug extra werk doen.",
    band_clear_body: "Veel antwoorden passen bij een heup die minder soepel beweegt of minder sterk is. Dan moet \
                      je onderrug extra werk doen. Oefeningen voor je heup kunnen dan helpen.",
    band_scale: ["Weinig", "Enkele", "Duidelijke"],
    reasons_heading: "Waarom deze uitslag?",
    no_reasons: "Je gaf geen antwoorden die op je heup wijzen.",
    advice_recent: "Nieuwe rugklachten worden vaak in een paar weken vanzelf minder, zeker als je in beweging blijft.",
    advice_weeks: "Worden je klachten niet minder? Laat ze dan onderzoeken.",
    advice_long: "Klachten die zo lang duren, kun je het beste laten onderzoeken.",
    how_scored_summary: "Hoe komt deze uitslag tot stand?",
    how_scored: |points, max| {
        format!(
            "Elk antwoord dat op je heup wijst, telt mee met een aantal punten. Jij had {points} van de {max} punten."
        )
    },
    how_bands: |some_from, clear_from| {
        let (below_some, below_clear) = (some_from.saturating_sub(1), clear_from.saturating_sub(1));
        format!(
            "0 tot en met {below_some} punten: weinig aanwijzingen. {some_from} tot en met {below_clear} punten: enkele \
             aanwijzingen. {clear_from} punten of meer: duidelijke aanwijzingen."
        )
    },
    how_sides: "Een thuistest die aan één kant lastig was, telt zwaarder dan een test die aan beide kanten \
                lastig was: een verschil tussen links en rechts zegt meer over je heup. Bij ‘enkel op de knie’ \
                telt pijn zwaarder dan een kant die alleen stijver is. Een stijf, rekkend gevoel aan beide \
                kanten is normaal en telt niet mee. Hoe lang je klachten al duren, telt ook niet mee.",
    how_hip_sign: "Voor ‘duidelijke aanwijzingen’ is minstens één teken van je heup zelf nodig: ‘enkel op de \
                   knie’, ‘knie naar de borst’ of ‘op één been staan’ die lastig was, of een stijve bil. Een \
                   ronde rug bij vooroverbuigen telt maar half mee en is geen teken van je heup zelf: veel \
                   mensen buigen zo, en het is lastig om bij jezelf te zien.",
    one_leg_not_counted: "Op één been staan telt vanaf 50 jaar niet mee. Met de jaren wordt 30 seconden op één \
                          been staan voor veel mensen lastiger, ook zonder heupklachten.",
    nerve_root_heading: "Dit past meer bij een zenuw dan bij je heup",
    nerve_root_body: "Je pijn trekt door tot onder je knie. Dat past meer bij een zenuw in je rug dan bij je \
                      heup, ook als je been niet doof, tintelig of zwakker voelt. Daarom geeft de test geen \
                      uitslag over je heup. Laat je onderzoeken door je huisarts of fysiotherapeut, en begin pas \
                      met krachtoefeningen als die dat goed vindt. Wordt het been snel zwakker, of krijg je \
                      problemen met plassen of ontlasting? Bel dan meteen je huisarts.",
    nerve_root_how: "Pijn die doortrekt tot onder je knie past bij een zenuw in je rug, met of zonder een doof, \
                     tintelig of zwakker been. De vragen en testjes over je heup kunnen dat niet goed van je heup \
                     onderscheiden. Daarom telt de test dan geen punten voor je heup.",
    nerve_root_short: "Past bij zenuw",
    earlier_version: "Deze uitslag is van vóór een wijziging in de test. Welke uitslag je toen zag, is niet \
                      bewaard. Hier staat hij opnieuw berekend met de huidige test.",
    rescored: |verdict| {
        format!("De test is veranderd sinds deze uitslag. Met de huidige test zou deze uitslag ‘{verdict}’ zijn.")
    },
    rescored_below: "De redenen hieronder volgen de huidige test.",
    compare_changed: "* Gemaakt met een eerdere versie van de test. Open die uitslag om te zien wat er veranderd is.",
    skipped: |tests| {
        let names: Vec<String> = tests.iter().map(|name| format!("‘{name}’")).collect();
        let (what, list) = match names.split_last() {
            Some((last, [])) => ("de test", last.clone()),
            Some((last, rest)) => ("de tests", format!("{} en {last}", rest.join(", "))),
            None => return String::new(),
        };
        format!("Je hebt {what} {list} overgeslagen. De uitslag rust daardoor op minder aanwijzingen.")
    },
    points: |points| match points {
        1 => "1 punt".to_owned(),
        _ => format!("{points} punten"),
    },
    read_more_heading: "Lees meer",
    exercises_heading: "Oefeningen die passen bij je antwoorden",
    add_to_schedule: "Zet deze in mijn schema",
    invite_heading: "Laat het onderzoeken",
    invite_body: concat!("Wil je weten of je rugklachten uit je heup komen? Bij ", clinic_name!(), " onderzoeken we hoe je \
                  heupen en onderrug samenwerken. Daarna maken we samen een plan."),
    invite_link: concat!("Zo onderzoekt ", clinic_name!(), " je heup"),
    compare_heading: "Vergeleken met de vorige keer",
    all_results: "Al je uitslagen",
    again: "Doe de test opnieuw",

    history_title: "Mijn uitslagen",
    history_empty: "Je hebt nog geen uitslagen. Doe de zelftest: je uitslag wordt hier bewaard, met de datum.",
    history_start: "Doe de zelftest",
    side_by_side_heading: "Naast elkaar",
    side_by_side_intro: "Zo zie je wat er veranderd is. De nieuwste uitslag staat links.",
    side_by_side_later: "Doe de test later nog eens. Dan zie je hier je uitslagen naast elkaar, en wat er veranderd is.",
    side_by_side_scroll: "Schuif de tabel opzij om oudere uitslagen te zien.",
    table_caption: "Je antwoorden per keer",
    table_question: "Vraag",
    row_band: "Aanwijzingen dat je heup meedoet",
    list_heading: "Alle uitslagen",
    view_result: "Bekijk de uitslag",
    delete: "Verwijderen",
    delete_label: |date| format!("Uitslag van {date} verwijderen"),
    deleted: |date| format!("De uitslag van {date} is verwijderd."),
    undo: "Ongedaan maken",

    problem_unreadable: "Eerder bewaarde gegevens van de zelftest waren beschadigd. We hebben ze apart gezet en \
                         niets gewist. Je kunt gewoon verder.",
    problem_unreadable_not_moved: "Eerder bewaarde gegevens van de zelftest zijn beschadigd, en er is geen ruimte \
                                   om ze apart te zetten. Er wordt niets bewaard tot er weer ruimte is.",
    problem_newer_version: "Je gegevens zijn bewaard door een nieuwere versie van deze app. Laad de pagina opnieuw \
                            om ze te zien.",
    problem_unavailable: "Je browser laat deze app niets bewaren, bijvoorbeeld in een privévenster. De test werkt \
                          wel, maar je antwoorden en je uitslag worden niet bewaard.",
    write_failed: |why| format!("Bewaren lukte niet: {why}. Wat je hebt ingevuld, staat nog op het scherm."),
    why_full: "de opslag van je telefoon is vol",
    why_unavailable: "je browser laat deze app niets bewaren",
    why_newer_version: "een nieuwere versie van de app heeft je gegevens bewaard. Laad de pagina opnieuw",
    why_unreadable: "de bewaarde gegevens zijn beschadigd en er is geen ruimte om ze apart te zetten",
    why_not_kept: "je browser heeft het niet bewaard",

    date: |day| in_words(day, &MONTHS),
    date_short: |day| in_words(day, &MONTHS_SHORT),
    question: nl_questions::question,
    answer: nl_questions::answer,
    self_test: nl_questions::self_test,
};
