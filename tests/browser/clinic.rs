//! The clinic link in a real browser: a link's schedule goes into the
//! diary with one tap and today's list follows it; a link's note is plain
//! text, never a link, and is not put in the physiotherapist's mouth;
//! replacing a schedule lists what changes first; unknown exercises are
//! named and nothing is stored; the clinic page builds the link (with the
//! full address) and its QR code, and refuses a note with a web address or
//! a phone number; the reminder asks for as many weekdays as the schedule
//! has.

use heup_rug::app::App;
use heup_rug::calendar::Day;
use heup_rug::clinic::link::{self, seal};
use heup_rug::clinic::qr::qr_picture;
use heup_rug::diary::{CurrentSchedule, PlannedExercise, Schedule};
use heup_rug::exercises::ExerciseId;
use heup_rug::storage::{load, replace, Record};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement, HtmlTextAreaElement};

use super::support::{all, button, mount, one, settle, storage, text, visit};

wasm_bindgen_test_configure!(run_in_browser);

/// The checkbox in the row labelled with `name`.
fn checkbox(root: &HtmlElement, name: &str) -> HtmlInputElement {
    let row = all(root, "label.check-row")
        .into_iter()
        .find(|row| text(row).starts_with(name))
        .unwrap_or_else(|| panic!("no row {name:?}"));
    one(&row, "input").unchecked_into()
}

fn from_clinic(exercises: Vec<PlannedExercise>, days_per_week: u8) -> Schedule {
    Schedule {
        exercises,
        days_per_week,
        start: None,
        note: "Rustig opbouwen.".into(),
        from_clinic: true,
    }
}

fn bridge(sets: u8, reps: u8) -> PlannedExercise {
    PlannedExercise::reps(ExerciseId::Bridge, sets, reps)
}

fn walking(minutes: u16) -> PlannedExercise {
    PlannedExercise::minutes(ExerciseId::Walking, minutes)
}

#[wasm_bindgen_test]
async fn a_linked_schedule_goes_into_the_diary_with_one_tap() {
    storage().clear().unwrap();
    let schedule = from_clinic(vec![bridge(2, 15), walking(30)], 4);
    visit(&format!("/schema#{}", link::encode(&schedule).unwrap()));
    let mounted = mount(App);
    settle().await;
    let root = &mounted.root;
    let page = text(root);
    for shown in [
        "Je oefenschema",
        "Oefen 4 dagen per week.",
        "Bruggetje",
        "2 × 15 keer",
        "Wandelen",
        "30 minuten",
        "Rustig opbouwen.",
    ] {
        assert!(page.contains(shown), "{shown} missing in {page}");
    }
    assert!(!page.contains("Wat verandert er?"), "nothing to replace");

    button(root, "Zet in mijn dagboek").click();
    settle().await;
    assert_eq!(load::<CurrentSchedule>().value.schedule, Some(schedule));
    assert_eq!(window().location().pathname().unwrap(), "/dagboek");
    let diary = text(root);
    assert!(diary.contains("Op je schema"), "{diary}");
    assert!(
        diary.contains("Je schema uit de link: 4 dagen per week."),
        "{diary}"
    );
    assert_eq!(all(root, ".log-row").len(), 2);
}

#[wasm_bindgen_test]
async fn a_note_from_a_link_is_plain_text_and_says_where_it_comes_from() {
    storage().clear().unwrap();
    // Anyone can make a link: this one was not made with the clinic's form.
    let note = r#"Je afspraak is verzet, kijk op https://evil.example of <a href="https://evil.example">hier</a>"#;
    let schedule = Schedule {
        note: note.into(),
        ..from_clinic(vec![bridge(2, 15)], 4)
    };
    visit(&format!("/schema#{}", link::encode(&schedule).unwrap()));
    let mounted = mount(App);
    settle().await;
    let root = &mounted.root;
    let shown = one(root, ".physio-note");
    assert_eq!(text(&shown), format!("Notitie in de link: {note}"));
    assert!(all(&shown, "a").is_empty(), "the note holds no link");
    assert!(
        all(root, r#"a[href*="evil"]"#).is_empty(),
        "no link to the address anywhere"
    );
    let page = text(root);
    assert!(
        page.contains("Dit schema staat in de link die je kreeg."),
        "{page}"
    );
    assert!(!page.contains("fysiotherapeut heeft"), "{page}");
    assert!(!page.contains("Van je fysiotherapeut"), "{page}");

    button(root, "Zet in mijn dagboek").click();
    settle().await;
    let diary = one(root, ".physio-note");
    assert_eq!(text(&diary), format!("Notitie bij je schema: {note}"));
    assert!(
        all(&diary, "a").is_empty(),
        "the diary shows it as text too"
    );
}

#[wasm_bindgen_test]
async fn a_schedule_that_starts_later_is_announced_in_the_diary() {
    storage().clear().unwrap();
    let later = Day::today()
        .checked_plus_days(3)
        .expect("a day on the calendar");
    let schedule = Schedule {
        start: Some(later),
        ..from_clinic(vec![bridge(3, 10)], 3)
    };
    visit(&format!("/schema#{}", link::encode(&schedule).unwrap()));
    let mounted = mount(App);
    settle().await;
    let when = heup_rug::i18n::dates::weekday_and_date(later, heup_rug::i18n::Lang::Nl);
    assert!(text(&mounted.root).contains(&format!("Je begint op {when}.")));
    button(&mounted.root, "Zet in mijn dagboek").click();
    settle().await;
    let diary = text(&mounted.root);
    assert!(
        diary.contains(&format!("Je schema begint op {when}.")),
        "{diary}"
    );
    assert!(
        !diary.contains("Op je schema"),
        "not on today's list before it starts"
    );
}

#[wasm_bindgen_test]
async fn replacing_a_schedule_shows_what_changes_first() {
    storage().clear().unwrap();
    let old = Schedule {
        from_clinic: false,
        note: String::new(),
        ..from_clinic(vec![bridge(3, 10), walking(20)], 3)
    };
    replace(&CurrentSchedule::following(Some(old.clone()))).unwrap();
    let new = from_clinic(vec![bridge(3, 12)], 5);
    visit(&format!("/schema#{}", link::encode(&new).unwrap()));
    let mounted = mount(App);
    settle().await;
    let root = &mounted.root;
    let changes: Vec<String> = all(root, ".schedule-changes li").iter().map(text).collect();
    assert_eq!(
        changes,
        [
            "Eraf: Wandelen",
            "Bruggetje: 3 × 12 keer in plaats van 3 × 10 keer",
            "5 dagen per week in plaats van 3 dagen",
            "De notitie verandert",
        ]
    );
    assert_eq!(
        load::<CurrentSchedule>().value.schedule,
        Some(old),
        "nothing changes before the tap"
    );
    button(root, "Vervang mijn schema").click();
    settle().await;
    assert_eq!(load::<CurrentSchedule>().value.schedule, Some(new));
}

#[wasm_bindgen_test]
async fn a_link_with_unknown_exercises_names_them_and_stores_nothing() {
    storage().clear().unwrap();
    // Bridge, and exercise 12 that a later release might add.
    visit(&format!(
        "/schema#{}",
        seal(&[0, 3, 2, 2, 1, 3, 10, 12, 3, 0, 15])
    ));
    let mounted = mount(App);
    settle().await;
    let alert = one(&mounted.root, r#"[role="alert"]"#);
    assert!(text(&alert).contains("(nummer 12)"), "{}", text(&alert));
    assert!(text(&alert).contains("Er is niets veranderd in je dagboek."));
    let page = one(&mounted.root, "main");
    assert!(all(&page, "button").is_empty(), "nothing to accept");
    assert_eq!(storage().get_item(CurrentSchedule::KEY).unwrap(), None);
}

#[wasm_bindgen_test]
async fn the_clinic_page_builds_the_full_link_and_its_qr_code() {
    storage().clear().unwrap();
    visit("/kliniek");
    let mounted = mount(App);
    settle().await;
    let root = &mounted.root;
    assert!(text(root).contains("Kies minstens één oefening."));
    assert!(
        all(root, ".link-field").is_empty(),
        "no link without exercises"
    );

    checkbox(root, "Bruggetje").click();
    checkbox(root, "Wandelen").click();
    settle().await;
    let note: HtmlTextAreaElement = one(root, "textarea:not(.link-field)").unchecked_into();
    note.set_value("Elke dag even wandelen.");
    note.dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    settle().await;
    assert!(text(root).contains("23 van 300 tekens"));

    let field: HtmlTextAreaElement = one(root, ".link-field").unchecked_into();
    let url = field.value();
    let origin = window().location().origin().unwrap();
    let payload = url
        .strip_prefix(&format!("{origin}/schema#"))
        .unwrap_or_else(|| panic!("{url} is not a full schedule link"));
    let schedule = link::decode(payload).unwrap();
    assert_eq!(
        schedule.exercises,
        [bridge(3, 10), walking(20)],
        "usual doses, library order"
    );
    assert_eq!(schedule.days_per_week, 5);
    assert_eq!(schedule.note, "Elke dag even wandelen.");

    let drawn = one(root, "svg.qr-code path").get_attribute("d");
    assert_eq!(
        drawn,
        qr_picture(&url).map(|qr| qr.path),
        "the QR code holds the full link"
    );
    let sheet = text(&one(root, ".clinic-sheet"));
    assert!(
        sheet.contains("Bruggetje") && sheet.contains("Elke dag even wandelen."),
        "{sheet}"
    );
}

#[wasm_bindgen_test]
async fn the_clinic_page_refuses_a_note_with_a_web_address_or_a_phone_number() {
    storage().clear().unwrap();
    visit("/kliniek");
    let mounted = mount(App);
    settle().await;
    let root = &mounted.root;
    checkbox(root, "Bruggetje").click();
    settle().await;
    let note: HtmlTextAreaElement = one(root, "textarea:not(.link-field)").unchecked_into();
    let write = |text: &str| {
        note.set_value(text);
        note.dispatch_event(&web_sys::Event::new("input").unwrap())
            .unwrap();
    };
    for (written, reason) in [
        (
            "Je afspraak is verzet, kijk op evil.example",
            "Zet geen webadres in de notitie.",
        ),
        (
            "Bel ons op 035 123 45 67.",
            "Zet geen telefoonnummer in de notitie.",
        ),
    ] {
        write(written);
        settle().await;
        assert!(
            all(root, ".link-field").is_empty(),
            "no link for {written:?}"
        );
        let problem = one(root, "#clinic-problem");
        assert!(text(&problem).starts_with(reason), "{}", text(&problem));
        assert_eq!(note.get_attribute("aria-invalid").as_deref(), Some("true"));
        assert_eq!(
            note.get_attribute("aria-describedby").as_deref(),
            Some("clinic-problem")
        );
    }

    write("Rustig opbouwen.");
    settle().await;
    assert_eq!(
        all(root, ".link-field").len(),
        1,
        "an ordinary note is fine"
    );
    assert_eq!(note.get_attribute("aria-invalid"), None);
}

#[wasm_bindgen_test]
async fn the_reminder_asks_for_as_many_days_as_the_schedule_has() {
    storage().clear().unwrap();
    replace(&CurrentSchedule::following(Some(Schedule {
        start: Day::parse("2026-12-01"),
        ..from_clinic(vec![bridge(3, 10)], 3)
    })))
    .unwrap();
    visit("/dagboek/schema");
    let mounted = mount(App);
    settle().await;
    let root = &mounted.root;
    let section = one(root, "section.reminder");
    assert!(text(&section).contains("Op welke dagen? Kies er 3."));
    let ticked: Vec<String> = all(&section, "label.check-row")
        .into_iter()
        .filter(|row| {
            one(row, "input")
                .unchecked_into::<HtmlInputElement>()
                .checked()
        })
        .map(|row| text(&row))
        .collect();
    assert_eq!(ticked, ["maandag", "woensdag", "vrijdag"]);

    checkbox(&section, "zondag").click();
    settle().await;
    button(&section, "Zet in mijn agenda").click();
    settle().await;
    assert!(text(&section).contains("Kies precies 3 dagen, net zoveel als in je schema."));
}
