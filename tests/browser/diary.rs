//! The diary in a real browser: the three-tap flow writes a checked entry,
//! a full quota keeps what the patient entered and "try again" does not
//! duplicate it, another tab's entries appear without a reload and are
//! never overwritten, and a damaged stored diary is kept aside.

use heup_rug::app::App;
use heup_rug::calendar::Day;
use heup_rug::diary::{CurrentSchedule, Diary, DiaryEntry, EntryId, PainScore};
use heup_rug::exercises::{dose_in_words, Dose, ExerciseId};
use heup_rug::i18n::Lang;
use heup_rug::storage::{encode, load, Record};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, StorageEvent, StorageEventInit};

use super::support::{
    all, button, fill_quota, find_button, mount, settle, storage, text, visit, StorageStub,
};

wasm_bindgen_test_configure!(run_in_browser);

async fn log_bridge(root: &HtmlElement, before: u8, after: u8) {
    // An empty diary shows every exercise at once; otherwise open the list.
    if let Some(other) = find_button(root, "Andere oefening loggen") {
        other.click();
        settle().await;
    }
    button(root, "Bruggetje").click();
    settle().await;
    button(root, &format!("Pijn {before}")).click();
    settle().await;
    button(root, &format!("Pijn {after}")).click();
    settle().await;
}

/// The rows under "Vandaag gedaan": what was logged today, each with its
/// dose and pain. The empty diary has none (its picker names every
/// exercise, so a name alone proves nothing).
fn done_today(root: &HtmlElement) -> Vec<String> {
    all(root, "ul.entry-list > li.entry")
        .iter()
        .map(text)
        .collect()
}

/// The rows of today's list to log from: the schedule's exercises, or
/// those done recently.
fn to_log(root: &HtmlElement) -> Vec<String> {
    all(root, "ul.log-list > li.log-row")
        .iter()
        .map(text)
        .collect()
}

fn other_tab_entry() -> DiaryEntry {
    DiaryEntry {
        id: EntryId::random(),
        day: Day::today(),
        exercise: ExerciseId::Walking,
        dose: Dose::Minutes { minutes: 25 },
        pain_before: PainScore::new(3).unwrap(),
        pain_after: PainScore::new(2).unwrap(),
        note: String::new(),
        logged_at: js_sys::Date::now() as u64,
        edited_at: None,
    }
}

#[wasm_bindgen_test]
async fn three_taps_store_a_checked_entry() {
    storage().clear().unwrap();
    visit("/dagboek");
    let mounted = mount(App);
    settle().await;
    assert!(
        text(&mounted.root).contains("Vandaag, woensdag 25 november"),
        "the page's clock is fixed (support::fix_clock): {}",
        text(&mounted.root)
    );
    log_bridge(&mounted.root, 6, 4).await;
    assert!(text(&mounted.root).contains("Opgeslagen: Bruggetje."));
    let stored = load::<Diary>().value;
    assert_eq!(stored.len(), 1);
    let entry = &stored.entries()[0];
    assert_eq!(
        (
            entry.exercise,
            entry.pain_before.value(),
            entry.pain_after.value()
        ),
        (ExerciseId::Bridge, 6, 4)
    );
    assert_eq!(entry.day, Day::from_ymd(2026, 11, 25).unwrap());
}

#[wasm_bindgen_test]
async fn a_full_quota_keeps_the_entry_on_screen_and_retry_saves_it_once() {
    storage().clear().unwrap();
    visit("/dagboek");
    let mounted = mount(App);
    settle().await;
    let ballast = fill_quota();
    log_bridge(&mounted.root, 7, 5).await;
    let page = text(&mounted.root);
    assert!(
        page.contains("de opslag van je telefoon voor deze app is vol"),
        "{page}"
    );
    assert!(
        page.contains("pijn van 7 naar 5"),
        "what was entered stays on screen"
    );
    assert!(load::<Diary>().value.is_empty());

    ballast.remove();
    button(&mounted.root, "Opnieuw proberen").click();
    settle().await;
    assert!(text(&mounted.root).contains("Opgeslagen: Bruggetje."));
    assert_eq!(
        load::<Diary>().value.len(),
        1,
        "the retry did not duplicate the entry"
    );
}

#[wasm_bindgen_test]
async fn blocked_storage_is_explained_and_the_entry_waits_on_screen() {
    storage().clear().unwrap();
    visit("/dagboek");
    let blocked = StorageStub::throwing();
    let mounted = mount(App);
    settle().await;
    let opened = text(&mounted.root);
    log_bridge(&mounted.root, 6, 3).await;
    let after_logging = text(&mounted.root);
    blocked.restore();

    assert!(
        opened.contains("Je browser staat niet toe dat de app iets bewaart"),
        "{opened}"
    );
    assert!(
        after_logging.contains("Opslaan lukt niet: je browser staat het niet toe."),
        "{after_logging}"
    );
    assert!(
        after_logging.contains("pijn van 6 naar 3"),
        "{after_logging}"
    );

    // Storage allowed again (the patient left the private window's limits):
    // the same entry is saved once.
    button(&mounted.root, "Opnieuw proberen").click();
    settle().await;
    assert!(text(&mounted.root).contains("Opgeslagen: Bruggetje."));
    assert_eq!(load::<Diary>().value.len(), 1);
}

#[wasm_bindgen_test]
async fn a_write_the_browser_drops_is_not_reported_as_saved() {
    storage().clear().unwrap();
    visit("/dagboek");
    let mounted = mount(App);
    settle().await;
    let forgetful = StorageStub::dropping_writes();
    log_bridge(&mounted.root, 5, 4).await;
    let page = text(&mounted.root);
    forgetful.restore();

    assert!(
        page.contains("Je browser heeft het niet bewaard."),
        "{page}"
    );
    assert!(!page.contains("Opgeslagen: Bruggetje."), "{page}");
    assert!(
        page.contains("pijn van 5 naar 4"),
        "what was entered stays on screen"
    );
    assert!(load::<Diary>().value.is_empty());
}

#[wasm_bindgen_test]
async fn another_tabs_entry_appears_and_both_are_kept() {
    storage().clear().unwrap();
    visit("/dagboek");
    let mounted = mount(App);
    settle().await;

    // Another tab writes its entry and the browser tells this tab.
    let theirs = other_tab_entry();
    let mut diary = Diary::default();
    diary.put(theirs.clone());
    let raw = encode(&diary);
    storage().set_item(Diary::KEY, &raw).unwrap();
    let init = StorageEventInit::new();
    init.set_key(Some(Diary::KEY));
    init.set_new_value(Some(&raw));
    let event = StorageEvent::new_with_event_init_dict("storage", &init).unwrap();
    window().dispatch_event(event.unchecked_ref()).unwrap();
    settle().await;
    let done = done_today(&mounted.root);
    let walk = dose_in_words(ExerciseId::Walking, theirs.dose, Lang::Nl);
    assert!(
        matches!(done.as_slice(), [row] if row.contains("Wandelen")
            && row.contains(&walk)
            && row.contains("pijn van 3 naar 2")),
        "the other tab's entry shows without a reload: {done:?}"
    );

    log_bridge(&mounted.root, 4, 3).await;
    let stored = load::<Diary>().value;
    assert_eq!(stored.len(), 2, "neither tab overwrote the other");
    assert!(stored.get(&theirs.id).is_some());
}

#[wasm_bindgen_test]
async fn a_damaged_diary_is_kept_aside_and_the_patient_is_told() {
    storage().clear().unwrap();
    storage()
        .set_item(Diary::KEY, "{\"version\":1,\"data\":")
        .unwrap();
    visit("/dagboek");
    let mounted = mount(App);
    settle().await;
    let page = text(&mounted.root);
    assert!(page.contains("We hebben het apart bewaard"), "{page}");
    let aside: Vec<String> = (0..storage().length().unwrap())
        .filter_map(|i| storage().key(i).unwrap())
        .filter(|key| key.starts_with("heup-rug:dagboek:onleesbaar:"))
        .collect();
    assert_eq!(aside.len(), 1);
    assert_eq!(
        storage().get_item(&aside[0]).unwrap().as_deref(),
        Some("{\"version\":1,\"data\":")
    );
}

#[wasm_bindgen_test]
async fn an_exercise_from_a_newer_version_is_kept_shown_and_not_called_damage() {
    storage().clear().unwrap();
    let today = Day::today().iso();
    let newer = format!(
        r#"{{"id":"00000000-0000-4000-8000-000000000002","day":"{today}","exercise":"opstappen","dose":{{"kind":"reps","sets":2,"reps":8}},"pain_before":6,"pain_after":3,"logged_at":1795000000002}}"#
    );
    let stored = format!(r#"{{"version":1,"data":{{"entries":[{newer}]}}}}"#);
    storage().set_item(Diary::KEY, &stored).unwrap();
    visit("/dagboek");
    let mounted = mount(App);
    settle().await;
    let page = text(&mounted.root);
    assert!(!page.contains("beschadigd"), "no damage notice: {page}");
    assert!(
        page.contains("Er staat 1 oefening uit een nieuwere versie van de app in je dagboek."),
        "{page}"
    );
    assert!(page.contains("2 × 8 keer"), "its dose: {page}");
    assert!(page.contains("pijn van 6 naar 3"), "its pain: {page}");
    let aside = (0..storage().length().unwrap())
        .filter_map(|i| storage().key(i).unwrap())
        .filter(|key| key.contains(":onleesbaar:"))
        .count();
    assert_eq!(aside, 0, "nothing moved aside");

    // Logging another exercise keeps the newer entry, byte for byte.
    log_bridge(&mounted.root, 4, 3).await;
    let written = storage().get_item(Diary::KEY).unwrap().unwrap_or_default();
    assert!(written.contains(&newer), "{written}");
    assert_eq!(
        load::<Diary>().value.len(),
        1,
        "the bridge, beside the kept entry"
    );
    drop(mounted);

    // The printed overview for the physiotherapist lists it too.
    visit("/dagboek/overzicht");
    let mounted = mount(App);
    settle().await;
    let rows: Vec<String> = super::support::all(&mounted.root, ".print-table tbody tr")
        .iter()
        .map(text)
        .collect();
    assert!(
        rows.iter().any(|row| row
            .contains("een oefening uit een nieuwere versie van de app (opstappen)")
            && row.contains("2 × 8 keer")),
        "{rows:?}"
    );
    assert!(rows.iter().any(|row| row.contains("Bruggetje")), "{rows:?}");
}

#[wasm_bindgen_test]
async fn a_diary_kept_aside_is_offered_back_once_readable_and_can_be_removed() {
    storage().clear().unwrap();
    // An older version kept this diary aside because of an exercise it did
    // not know; this version reads it.
    let readable_key = "heup-rug:dagboek:onleesbaar:2026-11-30T10:00:00.000Z";
    let newer = r#"{"id":"00000000-0000-4000-8000-000000000002","day":"2026-11-21","exercise":"opstappen","dose":{"kind":"reps","sets":2,"reps":8},"pain_before":6,"pain_after":3,"logged_at":1795000000002}"#;
    let bridge = r#"{"id":"00000000-0000-4000-8000-000000000003","day":"2026-11-22","exercise":"bruggetje","dose":{"kind":"reps","sets":3,"reps":10},"pain_before":5,"pain_after":4,"logged_at":1795000000003}"#;
    let kept = format!(r#"{{"version":1,"data":{{"entries":[{newer},{bridge}]}}}}"#);
    storage().set_item(readable_key, &kept).unwrap();
    let damaged_key = "heup-rug:dagboek:onleesbaar:2026-12-01T10:00:00.000Z";
    storage()
        .set_item(damaged_key, "{\"version\":1,\"data\":")
        .unwrap();
    let mut diary = Diary::default();
    diary.put(other_tab_entry());
    storage().set_item(Diary::KEY, &encode(&diary)).unwrap();

    visit("/dagboek/gegevens");
    let mounted = mount(App);
    settle().await;
    let root = &mounted.root;
    let page = text(root);
    assert!(page.contains("Apart gezette gegevens"), "{page}");
    assert!(page.contains("Apart gezet op 30 november 2026"), "{page}");
    assert!(
        page.contains("kan ze nog niet lezen"),
        "the damaged one says so: {page}"
    );

    button(root, "Terugzetten in mijn dagboek").click();
    settle().await;
    assert!(text(root).contains("2 oefeningen nieuw"), "{}", text(root));
    button(root, "Toevoegen aan mijn dagboek").click();
    settle().await;
    let stored = load::<Diary>().value;
    assert_eq!(stored.len(), 2, "the walk and the bridge");
    assert_eq!(
        stored.foreign().len(),
        1,
        "the newer exercise, kept as it was"
    );
    assert_eq!(
        storage().get_item(readable_key).unwrap(),
        None,
        "merged, so gone"
    );

    // The damaged copy is removed only after a confirmation.
    button(root, "Verwijderen").click();
    settle().await;
    assert!(storage().get_item(damaged_key).unwrap().is_some());
    button(root, "Ja, wissen").click();
    settle().await;
    assert_eq!(storage().get_item(damaged_key).unwrap(), None);
    assert!(!text(root).contains("Apart gezette gegevens"));
}

#[wasm_bindgen_test]
async fn a_schedule_of_a_newer_version_is_followed_for_what_is_known_and_kept() {
    storage().clear().unwrap();
    let stored = r#"{"version":1,"data":{"schedule":{"exercises":[{"exercise":"bruggetje","dose":{"kind":"reps","sets":3,"reps":10}},{"exercise":"opstappen","dose":{"kind":"reps","sets":2,"reps":8}}],"days_per_week":4,"from_clinic":true}}}"#;
    storage().set_item(CurrentSchedule::KEY, stored).unwrap();
    visit("/dagboek");
    let mounted = mount(App);
    settle().await;
    let page = text(&mounted.root);
    assert!(!page.contains("beschadigd"), "no damage notice: {page}");
    assert!(
        page.contains("Je schema heeft 1 oefening uit een nieuwere versie van de app."),
        "{page}"
    );
    // Only the known exercise is on today's list, with the schedule's dose.
    let planned = to_log(&mounted.root);
    let bridge = dose_in_words(
        ExerciseId::Bridge,
        Dose::Reps { sets: 3, reps: 10 },
        Lang::Nl,
    );
    assert!(
        matches!(planned.as_slice(), [row] if row.contains("Bruggetje") && row.contains(&bridge)),
        "the known exercise is on today's list, with its dose: {planned:?}"
    );
    // Logging keeps the stored schedule exactly as it was.
    log_bridge(&mounted.root, 4, 3).await;
    assert_eq!(
        storage().get_item(CurrentSchedule::KEY).unwrap().as_deref(),
        Some(stored)
    );
    assert_eq!(load::<Diary>().value.len(), 1);
}

#[wasm_bindgen_test]
async fn another_tab_clearing_everything_empties_this_tab_too() {
    storage().clear().unwrap();
    let mut diary = Diary::default();
    diary.put(other_tab_entry());
    storage().set_item(Diary::KEY, &encode(&diary)).unwrap();
    visit("/dagboek");
    let mounted = mount(App);
    settle().await;
    assert_eq!(done_today(&mounted.root).len(), 1, "the walk is done today");

    // Another tab cleared all storage: the event has no key.
    storage().clear().unwrap();
    let event =
        StorageEvent::new_with_event_init_dict("storage", &StorageEventInit::new()).unwrap();
    window().dispatch_event(event.unchecked_ref()).unwrap();
    settle().await;
    assert_eq!(
        done_today(&mounted.root),
        Vec::<String>::new(),
        "the cleared entry is gone here too, so nothing writes it back"
    );
    log_bridge(&mounted.root, 4, 3).await;
    assert_eq!(load::<Diary>().value.len(), 1, "only what was logged after");
}

#[wasm_bindgen_test]
async fn a_diary_of_a_newer_format_is_left_alone_and_logging_is_refused() {
    storage().clear().unwrap();
    let newer = r#"{"version":9,"data":{"dagen":[]}}"#;
    storage().set_item(Diary::KEY, newer).unwrap();
    visit("/dagboek");
    let mounted = mount(App);
    settle().await;
    assert!(
        text(&mounted.root).contains("bijgewerkt door een nieuwere versie van de app"),
        "{}",
        text(&mounted.root)
    );
    log_bridge(&mounted.root, 4, 3).await;
    assert_eq!(
        storage().get_item(Diary::KEY).unwrap().as_deref(),
        Some(newer),
        "nothing written over it"
    );
    let page = text(&mounted.root);
    assert!(
        page.contains("Opslaan kan nu niet: een nieuwere versie van de app"),
        "the patient is told, and what was entered stays: {page}"
    );
}
