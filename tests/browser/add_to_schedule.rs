//! "Zet in mijn schema" in a real browser: an exercise page's button puts
//! the exercise in the patient's own schedule (making one when there is
//! none) and says so, a second tap adds nothing, the clinic's schedule is
//! left alone with a way to make an own one, a full storage says so and
//! changes nothing, and the self-check result adds all its exercises in one
//! tap.

use heup_rug::app::App;
use heup_rug::calendar::Day;
use heup_rug::diary::{CurrentSchedule, PlannedExercise, Schedule};
use heup_rug::exercises::{exercise, ExerciseId};
use heup_rug::i18n::Lang;
use heup_rug::self_check::{Answer, Answers, SavedResults, QUESTIONS};
use heup_rug::storage::{encode, load, Record};
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

use super::support::{
    all, button, fill_quota, find_button, mount, one, settle, storage, text, visit,
};

wasm_bindgen_test_configure!(run_in_browser);

/// The stored schedule, if any.
fn stored() -> Option<Schedule> {
    load::<CurrentSchedule>().value.schedule
}

fn store(schedule: Schedule) {
    storage()
        .set_item(
            CurrentSchedule::KEY,
            &encode(&CurrentSchedule::following(Some(schedule))),
        )
        .unwrap();
}

/// What the one-tap addition says, with its link, spaces as read.
fn status(root: &HtmlElement) -> String {
    text(&one(root, ".add-to-schedule-status"))
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn usual(id: ExerciseId) -> PlannedExercise {
    PlannedExercise {
        exercise: id,
        dose: exercise(id, Lang::Nl).usual_dose,
    }
}

#[wasm_bindgen_test]
async fn an_exercise_page_puts_the_exercise_in_a_new_own_schedule_once() {
    storage().clear().unwrap();
    visit("/oefeningen/bruggetje");
    let mounted = mount(App);
    settle().await;
    let root = &mounted.root;
    assert!(
        one(root, ".add-to-schedule-status").hidden(),
        "nothing to say yet"
    );

    button(root, "Zet in mijn schema").click();
    settle().await;
    let schedule = stored().expect("a schedule was made");
    assert_eq!(schedule.exercises, [usual(ExerciseId::Bridge)]);
    assert_eq!(schedule.days_per_week, 5);
    assert!(!schedule.from_clinic);
    assert_eq!(
        status(root),
        "De oefening staat nu in je schema. Je nieuwe schema: 5 dagen per week. Dat kun je aanpassen. Bekijk je schema"
    );
    let link = one(root, ".add-to-schedule-status a");
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("/dagboek/schema")
    );
    assert!(
        button(root, "Zet in mijn schema").hidden(),
        "done: no button"
    );

    // A second tap (the button is hidden; a stale page could still send it).
    button(root, "Zet in mijn schema").click();
    settle().await;
    assert_eq!(stored().unwrap().exercises, [usual(ExerciseId::Bridge)]);
    assert_eq!(
        status(root),
        "Deze oefening staat in je schema. Bekijk je schema"
    );
    drop(mounted);

    // Back on the page later, it says so straight away.
    visit("/oefeningen/bruggetje");
    let mounted = mount(App);
    settle().await;
    assert_eq!(
        status(&mounted.root),
        "Deze oefening staat in je schema. Bekijk je schema"
    );
    assert!(button(&mounted.root, "Zet in mijn schema").hidden());
}

#[wasm_bindgen_test]
async fn an_own_schedule_gets_the_exercise_beside_what_it_had() {
    storage().clear().unwrap();
    let walking = PlannedExercise::minutes(ExerciseId::Walking, 30);
    store(Schedule {
        exercises: vec![walking],
        days_per_week: 3,
        start: None,
        note: String::new(),
        from_clinic: false,
    });
    visit("/oefeningen/schelp");
    let mounted = mount(App);
    settle().await;
    button(&mounted.root, "Zet in mijn schema").click();
    settle().await;
    let schedule = stored().unwrap();
    assert_eq!(schedule.exercises, [walking, usual(ExerciseId::Clamshell)]);
    assert_eq!(schedule.days_per_week, 3, "the patient's days stay");
    assert_eq!(
        status(&mounted.root),
        "De oefening staat nu in je schema. Bekijk je schema"
    );
}

#[wasm_bindgen_test]
async fn the_clinics_schedule_is_not_changed_and_an_own_one_is_offered() {
    storage().clear().unwrap();
    let clinic = Schedule {
        exercises: vec![PlannedExercise::reps(ExerciseId::Clamshell, 2, 8)],
        days_per_week: 4,
        start: None,
        note: "Rustig aan".into(),
        from_clinic: true,
    };
    store(clinic.clone());
    visit("/oefeningen/bruggetje");
    let mounted = mount(App);
    settle().await;
    let root = &mounted.root;
    assert_eq!(
        status(root),
        "Je volgt het schema van de kliniek. Dat veranderen we hier niet. Eigen schema maken in plaats van dit schema"
    );
    assert!(button(root, "Zet in mijn schema").hidden());
    button(root, "Zet in mijn schema").click();
    settle().await;
    assert_eq!(stored(), Some(clinic), "the clinic's schedule as given");

    // The offer opens the schedule page's own-schedule editor.
    let link = one(root, ".add-to-schedule-status a");
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("/dagboek/schema?eigen=1")
    );
    link.click();
    settle().await;
    assert_eq!(text(&one(root, "h1")), "Mijn schema");
    assert!(
        find_button(root, "Schema opslaan").is_some(),
        "the editor is open"
    );
    assert!(!text(root).contains("Dit schema stond in de link die je kreeg."));
}

#[wasm_bindgen_test]
async fn a_full_storage_says_so_and_changes_nothing() {
    storage().clear().unwrap();
    visit("/oefeningen/bruggetje");
    let mounted = mount(App);
    settle().await;
    let root = &mounted.root;
    let ballast = fill_quota();
    button(root, "Zet in mijn schema").click();
    settle().await;
    let said = status(root);
    ballast.remove();
    assert_eq!(
        said,
        "Toevoegen lukt niet: de opslag van je telefoon voor deze app is vol. Je schema is niet veranderd. Maak ruimte vrij en probeer het opnieuw."
    );
    assert_eq!(stored(), None);
    assert!(!button(root, "Zet in mijn schema").hidden(), "try again");

    button(root, "Zet in mijn schema").click();
    settle().await;
    assert_eq!(stored().unwrap().exercises, [usual(ExerciseId::Bridge)]);
}

#[wasm_bindgen_test]
async fn the_self_check_result_adds_its_exercises_in_one_tap() {
    storage().clear().unwrap();
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
    let mut saved = SavedResults::default();
    saved.add(Day::today(), answers);
    storage()
        .set_item(SavedResults::KEY, &encode(&saved))
        .unwrap();
    visit("/zelftest/uitslag/1");
    let mounted = mount(App);
    settle().await;
    let root = &mounted.root;
    let listed: Vec<ExerciseId> = all(root, ".result .link-list a[href^='/oefeningen/']")
        .iter()
        .filter_map(|a| {
            let href = a.get_attribute("href")?;
            ExerciseId::from_slug(href.trim_start_matches("/oefeningen/"))
        })
        .collect();
    assert!(listed.len() >= 3, "{listed:?}");

    // The first one is in the own schedule already.
    let first = PlannedExercise::reps(listed[0], 1, 5);
    store(Schedule {
        exercises: vec![first],
        days_per_week: 4,
        start: None,
        note: String::new(),
        from_clinic: false,
    });
    button(root, "Zet deze in mijn schema").click();
    settle().await;
    let schedule = stored().unwrap();
    let mut expected = vec![first];
    expected.extend(listed[1..].iter().map(|&id| usual(id)));
    assert_eq!(
        schedule.exercises, expected,
        "each once, the planned dose kept"
    );
    assert_eq!(
        status(root),
        format!(
            "{} oefeningen staan nu in je schema. Bekijk je schema",
            listed.len() - 1
        )
    );
    assert!(button(root, "Zet deze in mijn schema").hidden());
}
