//! One exercise's page, at `/oefeningen/<slug>`: the moving drawing (or
//! start and end side by side), the dose, its three actions (do it along in
//! the guided session, log it as done in the diary, add it to the own
//! schedule), the hip-surgery lines where they apply, the steps, what you
//! should feel, when to stop (new numbness between the legs or in both legs
//! points to the help page), the safety line, and easier and harder
//! variants.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

use super::demonstration::{prefers_reduced_motion, Demonstration};
use super::texts::{library_texts, LibraryTexts};
use super::{dose_in_words, exercise, Exercise, ExerciseId};
use crate::diary::views::AddToSchedule;
use crate::i18n::use_i18n;
use crate::routes::{log_exercise_path, session_path, Part};
use crate::safety::{safety_texts, SafetyLine, HELP_PATH};
use crate::shell::{use_base_path, NotFound, Page};

/// The page for the exercise named in the path; an unknown name gets
/// "not found".
#[component]
pub fn ExercisePage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| {
        params
            .read()
            .get_str("exercise")
            .and_then(ExerciseId::from_slug)
    });
    move || match id.get() {
        Some(id) => view! { <ExerciseDetail id /> }.into_any(),
        None => view! { <NotFound /> }.into_any(),
    }
}

/// Everything about exercise `id`.
#[component]
fn ExerciseDetail(id: ExerciseId) -> impl IntoView {
    let i18n = use_i18n();
    let base = use_base_path();
    let lang = i18n.lang();
    let (e, texts) = (exercise(id, lang), library_texts(lang));
    view! {
        <Page title=e.name class="exercise">
            <p class="lead">{e.goal}</p>
            <Demonstration id still=prefers_reduced_motion() />
            <dl class="ex-dose">
                <div>
                    <dt>{texts.dose_label}</dt>
                    <dd>{dose_in_words(id, e.usual_dose, lang)}</dd>
                </div>
                <div>
                    <dt>{texts.how_often_label}</dt>
                    <dd>{e.how_often}</dd>
                </div>
            </dl>
            <div class="ex-actions">
                <A href=base.href(&session_path(Some(id))) attr:class="button ex-session">
                    {texts.session_button}
                </A>
                <A href=base.href(&log_exercise_path(id)) attr:class="button secondary ex-log">
                    {texts.done_button}
                </A>
                <AddToSchedule exercises=vec![id] label=texts.schedule_button />
            </div>
            <HipSurgery exercise=e texts />
            <h2>{texts.steps_heading}</h2>
            <ol class="ex-steps">{list_items(e.steps)}</ol>
            <h2>{texts.feel_heading}</h2>
            <p>{e.feel}</p>
            <h2>{texts.take_care_heading}</h2>
            <ul>{list_items(e.take_care)}</ul>
            <StopRules texts />
            <SafetyLine />
            <Variants heading=texts.easier_heading items=e.easier />
            <Variants heading=texts.harder_heading items=e.harder />
            <p class="note">{texts.not_a_replacement}</p>
            <p>
                <A href=base.href(Part::Exercises.path()) attr:class="ex-back">
                    {texts.all_exercises}
                </A>
            </p>
        </Page>
    }
}

/// `<li>`s for a list of texts.
fn list_items(items: &'static [&'static str]) -> impl IntoView {
    items
        .iter()
        .map(|&item| view! { <li>{item}</li> })
        .collect_view()
}

/// "After hip surgery, ask your physiotherapist first", before the steps of
/// an exercise that bends or turns the hip far, and "ask first, and a
/// pillow between your knees" before those done lying on one side; nothing
/// on the others.
#[component]
fn HipSurgery(exercise: &'static Exercise, texts: &'static LibraryTexts) -> impl IntoView {
    let lines = [
        (exercise.ask_first_after_hip_surgery, texts.hip_surgery),
        (
            exercise.lies_on_side(),
            texts.side_lying_after_hip_replacement,
        ),
    ];
    lines
        .into_iter()
        .filter(|&(applies, _)| applies)
        .map(|(_, text)| view! { <p class="notice important ex-hip-surgery">{text}</p> })
        .collect_view()
}

/// When to stop: the same for every exercise, so it is in the texts table.
/// The list completes the heading ("Stop als …"); how much pain is fine
/// follows it, then what to do after stopping, and that new numbness
/// between the legs or in both legs is for the GP now (the help page).
/// The diary's log screen shows the same section when a patient logs more
/// pain after than before, so the rules read the same in both places.
#[component]
pub fn StopRules(texts: &'static LibraryTexts) -> impl IntoView {
    let base = use_base_path();
    let help = safety_texts(use_i18n().lang());
    view! {
        <section class="ex-stop" aria-labelledby="stoppen">
            <h2 id="stoppen">{texts.stop_heading}</h2>
            <ul>{list_items(texts.stop_rules)}</ul>
            <p>{texts.usual_pain}</p>
            <p>{texts.after_stopping}</p>
            <p class="ex-stop-help">
                {help.numbness_help}" "
                <A href=base.href(HELP_PATH)>{help.page_title}</A>
            </p>
        </section>
    }
}

/// An easier or harder way to do the exercise; nothing when there is none.
#[component]
fn Variants(heading: &'static str, items: &'static [&'static str]) -> impl IntoView {
    (!items.is_empty()).then(|| {
        view! {
            <h2>{heading}</h2>
            <ul>{list_items(items)}</ul>
        }
    })
}
