//! The self-check in a real browser: one question per screen, back keeps
//! the answer, a red flag stops the test with the GP message, the draft
//! survives a reload, a finished test is saved with its date, storage
//! problems are explained without losing answers, and a deleted result can
//! be brought back.

use heup_rug::app::App;
use heup_rug::calendar::Day;
use heup_rug::self_check::{
    Answer, Answers, Draft, DraftRecord, QuestionId, SavedResults, Symptom, QUESTIONS,
};
use heup_rug::storage::{encode, load, Record};
use leptos::prelude::*;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

use super::support::{all, fill_quota, mount, one, settle, storage, visit, Mounted};

wasm_bindgen_test_configure!(run_in_browser);

fn text(element: &HtmlElement) -> String {
    element.text_content().unwrap_or_default().trim().to_owned()
}

/// The button under `root` whose text is exactly `label`.
fn button(root: &HtmlElement, label: &str) -> HtmlElement {
    let found: Vec<_> = all(root, "button")
        .into_iter()
        .filter(|b| text(b) == label)
        .collect();
    assert_eq!(found.len(), 1, "expected one button \"{label}\"");
    found.into_iter().next().unwrap()
}

async fn tap(root: &HtmlElement, label: &str) {
    button(root, label).click();
    settle().await;
}

fn progress(root: &HtmlElement) -> String {
    text(&one(root, ".question-progress"))
}

fn pressed(root: &HtmlElement) -> Vec<String> {
    all(root, r#".answer-button[aria-pressed="true"]"#)
        .iter()
        .map(text)
        .collect()
}

/// Opens the self-check with nothing stored.
async fn open_fresh() -> Mounted {
    storage().clear().unwrap();
    open().await
}

async fn open() -> Mounted {
    visit("/zelftest");
    let mounted = mount(App);
    settle().await;
    mounted
}

/// The safety questions: "Nee" to every red flag and risk factor, and an
/// age band.
const SAFE_ANSWERS: [&str; 18] = [
    "Nee",
    "Nee",
    "Nee",
    "Nee",
    "Nee",
    "Nee",
    "Nee",
    "Nee",
    "Nee",
    "Nee",
    "Nee",
    "Nee",
    "Nee",
    "Nee",
    "Nee",
    "Jonger dan 50",
    "Nee",
    "Nee",
];

/// The answers of a whole test with few signs of the hip after the safety
/// questions.
const CALM_RUN: [&str; 14] = [
    "Nooit",
    "Soms",
    "Nooit",
    "Nooit",
    "Vaak",
    "Nooit",
    "Nooit",
    "Nee",
    "Nee",
    "Korter dan 6 weken",
    "Geen van beide",
    "Geen van beide",
    "Rechts",
    "Dat weet ik niet",
];

async fn answer_all(root: &HtmlElement, answers: &[&str]) {
    for answer in SAFE_ANSWERS.iter().chain(answers) {
        tap(root, answer).await;
    }
}

#[wasm_bindgen_test]
async fn answering_moves_on_to_the_next_question() {
    let mounted = open_fresh().await;
    let root = &mounted.root;
    tap(root, "Begin de test").await;
    assert_eq!(progress(root), "Vraag 1 van 32");
    let first = text(&one(root, ".question h2"));
    tap(root, "Nee").await;
    assert_eq!(progress(root), "Vraag 2 van 32");
    assert_ne!(text(&one(root, ".question h2")), first);
    assert_eq!(
        document().active_element().map(|e| e.tag_name()),
        Some("H2".into()),
        "the new question takes focus"
    );
    assert!(pressed(root).is_empty(), "a new question has no answer yet");
}

#[wasm_bindgen_test]
async fn going_back_keeps_and_shows_the_earlier_answer() {
    let mounted = open_fresh().await;
    let root = &mounted.root;
    tap(root, "Begin de test").await;
    answer_all(root, &["Vaak", "Soms"]).await;
    assert_eq!(progress(root), "Vraag 21 van 32");
    tap(root, "Vorige vraag").await;
    assert_eq!(progress(root), "Vraag 20 van 32");
    assert_eq!(pressed(root), ["Soms"]);
    tap(root, "Vorige vraag").await;
    assert_eq!(pressed(root), ["Vaak"]);
    tap(root, "Nooit").await;
    assert_eq!(progress(root), "Vraag 20 van 32");
    assert_eq!(pressed(root), ["Soms"], "later answers are kept too");
}

#[wasm_bindgen_test]
async fn a_red_flag_shows_the_gp_message_and_nothing_else() {
    let mounted = open_fresh().await;
    let root = &mounted.root;
    tap(root, "Begin de test").await;
    tap(root, "Nee").await;
    tap(root, "Ja").await;
    let main = one(root, "main");
    assert_eq!(text(&one(&main, "h2")), "Bel nu je huisarts");
    assert!(text(&main).contains("Je gaf aan dat de huid tussen je benen doof of anders aanvoelt."));
    assert!(text(&main).contains("Bel dan nu de huisartsenpost."));
    assert!(
        !text(&main).contains("hoeft niet ernstig"),
        "no reassurance"
    );
    assert!(all(&main, "a.button").is_empty(), "112 is no main button");
    assert_eq!(
        one(&main, ".emergency-line a")
            .get_attribute("href")
            .as_deref(),
        Some("tel:112")
    );
    assert!(all(&main, ".answer-button").is_empty(), "no more questions");
    assert!(all(&main, ".band-card").is_empty(), "no result");
    let links: Vec<_> = all(&main, "a")
        .iter()
        .filter_map(|a| a.get_attribute("href"))
        .collect();
    assert_eq!(links, ["tel:112"], "nothing else to follow");

    // A wrong tap can be taken back, after a confirmation: the question
    // returns, unanswered.
    tap(root, "Verkeerd getikt?").await;
    tap(root, "Nee, mijn ‘Ja’ klopt").await;
    assert_eq!(text(&one(root, "main h2")), "Bel nu je huisarts", "kept");
    tap(root, "Verkeerd getikt?").await;
    tap(root, "Ja, stel de vraag opnieuw").await;
    assert_eq!(progress(root), "Vraag 2 van 32");
    assert!(pressed(root).is_empty());
}

#[wasm_bindgen_test]
async fn a_reload_resumes_at_the_same_question() {
    let mounted = open_fresh().await;
    tap(&mounted.root, "Begin de test").await;
    for _ in 0..3 {
        tap(&mounted.root, "Nee").await;
    }
    drop(mounted);

    let mounted = open().await;
    assert_eq!(progress(&mounted.root), "Vraag 4 van 32");
    tap(&mounted.root, "Vorige vraag").await;
    assert_eq!(pressed(&mounted.root), ["Nee"]);
}

#[wasm_bindgen_test]
async fn a_test_from_an_earlier_day_asks_before_going_on() {
    storage().clear().unwrap();
    let mut draft = Draft::new(Day::parse("2020-01-06").unwrap());
    draft.answer(Answer::No);
    storage()
        .set_item(
            DraftRecord::KEY,
            &encode(&DraftRecord { draft: Some(draft) }),
        )
        .unwrap();
    let mounted = open().await;
    let root = &mounted.root;
    assert_eq!(text(&one(root, ".resume h2")), "Verder met de test?");
    assert!(text(root).contains("6 januari 2020"));
    assert!(text(root).contains("vraag 2 van 32"));
    tap(root, "Ga verder").await;
    assert_eq!(progress(root), "Vraag 2 van 32");
}

#[wasm_bindgen_test]
async fn a_finished_test_is_saved_with_its_date_and_shows_its_band() {
    let mounted = open_fresh().await;
    let root = &mounted.root;
    tap(root, "Begin de test").await;
    answer_all(root, &CALM_RUN).await;
    settle().await;

    assert_eq!(
        window().location().pathname().unwrap(),
        "/zelftest/uitslag/1"
    );
    assert_eq!(text(&one(root, "h1")), "Uitslag zelftest");
    assert_eq!(
        text(&one(root, ".band-card h2")),
        "Weinig aanwijzingen dat je heup meedoet"
    );
    let reasons: Vec<_> = all(root, ".reasons li").iter().map(text).collect();
    assert_eq!(
        reasons,
        [
            "Je gaf aan dat opstaan uit een stoel soms pijn doet.",
            "Je gaf aan dat vooroverbuigen of tillen vaak pijn doet.",
            "Je gaf aan dat 30 seconden op één been staan rechts niet goed lukte.",
        ]
    );
    assert!(text(root).contains("Dit is geen diagnose."));

    let saved = load::<SavedResults>().value;
    let result = saved.get(1).expect("saved");
    assert_eq!(result.date, Day::today());
    assert_eq!(load::<DraftRecord>().value.draft, None, "the draft is done");
}

#[wasm_bindgen_test]
async fn a_damaged_draft_is_explained_and_the_test_still_works() {
    storage().clear().unwrap();
    storage()
        .set_item(
            DraftRecord::KEY,
            r#"{"version":1,"data":{"draft":{"started":"#,
        )
        .unwrap();
    let mounted = open().await;
    let root = &mounted.root;
    assert!(text(&one(root, ".storage-notice")).contains("beschadigd"));
    tap(root, "Begin de test").await;
    tap(root, "Nee").await;
    assert_eq!(progress(root), "Vraag 2 van 32");
}

#[wasm_bindgen_test]
async fn a_full_storage_is_explained_and_the_answers_stay_on_screen() {
    let mounted = open_fresh().await;
    let root = &mounted.root;
    tap(root, "Begin de test").await;
    tap(root, "Nee").await;
    let ballast = fill_quota();
    tap(root, "Nee").await;
    tap(root, "Nee").await;
    let notice = text(&one(root, ".storage-notice"));
    ballast.remove();
    assert!(
        notice.contains("de opslag van je telefoon is vol"),
        "{notice}"
    );
    assert_eq!(progress(root), "Vraag 4 van 32", "the test goes on");
    tap(root, "Vorige vraag").await;
    assert_eq!(pressed(root), ["Nee"], "the unsaved answer is still there");
}

/// Stores two finished tests and opens the page with all results.
async fn open_history() -> Mounted {
    storage().clear().unwrap();
    let mut saved = SavedResults::default();
    for (date, answer) in [("2026-03-02", Answer::Often), ("2026-05-04", Answer::Never)] {
        let mut answers = Answers::default();
        for question in QUESTIONS {
            let first = question.id.options()[0];
            answers.set(
                question.id,
                if first == Answer::Yes {
                    Answer::No
                } else {
                    first
                },
            );
        }
        answers.set(QuestionId::Symptom(Symptom::Stairs), answer);
        saved.add(Day::parse(date).unwrap(), answers);
    }
    storage()
        .set_item(SavedResults::KEY, &encode(&saved))
        .unwrap();
    visit("/zelftest/uitslagen");
    let mounted = mount(App);
    settle().await;
    mounted
}

#[wasm_bindgen_test]
async fn results_stand_side_by_side_newest_first() {
    let mounted = open_history().await;
    let root = &mounted.root;
    assert_eq!(text(&one(root, "h1")), "Mijn uitslagen");
    let columns: Vec<_> = all(root, ".compare thead th").iter().map(text).collect();
    assert_eq!(columns, ["Vraag", "4 mei 2026", "2 mrt. 2026"]);
    let stairs: Vec<_> = all(root, ".compare tbody tr")
        .into_iter()
        .find(|row| text(&one(row, "th")) == "Moeite met traplopen")
        .map(|row| all(&row, "td").iter().map(text).collect())
        .unwrap_or_default();
    assert_eq!(stairs, ["Nooit", "Vaak"]);
}

#[wasm_bindgen_test]
async fn a_deleted_result_can_be_brought_back() {
    let mounted = open_history().await;
    let root = &mounted.root;
    let delete = one(
        root,
        r#"button[aria-label="Uitslag van 4 mei 2026 verwijderen"]"#,
    );
    delete.click();
    settle().await;
    assert_eq!(all(root, ".result-card").len(), 1);
    assert_eq!(load::<SavedResults>().value.len(), 1);
    assert!(text(&one(root, ".undo-notice")).contains("De uitslag van 4 mei 2026 is verwijderd."));

    tap(root, "Ongedaan maken").await;
    assert_eq!(all(root, ".result-card").len(), 2);
    assert!(load::<SavedResults>().value.get(2).is_some());
    assert!(all(root, ".undo-notice").is_empty());
}
