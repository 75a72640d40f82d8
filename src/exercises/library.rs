//! The library's list page: every exercise by group, each a big link with
//! a small drawing, its name, its goal in one line and its usual dose.

use leptos::prelude::*;
use leptos_router::components::A;

use super::figure::drawing;
use super::picture::PoseSvg;
use super::texts::library_texts;
use super::{dose_in_words, group_exercises, Exercise, Group};
use crate::i18n::use_i18n;
use crate::routes::Part;
use crate::shell::{use_base_path, Page};

/// The list of all exercises, at `/oefeningen`.
#[component]
pub fn LibraryPage() -> impl IntoView {
    let i18n = use_i18n();
    let title = i18n.shell().part_name(Part::Exercises);
    let texts = library_texts(i18n.lang());
    view! {
        <Page title=title class="library">
            <p class="lead">{texts.intro}</p>
            {Group::ALL.map(|group| view! { <GroupSection group /> }).into_iter().collect_view()}
            <p class="note">{texts.not_a_replacement}</p>
        </Page>
    }
}

/// One group: its heading and its exercises.
#[component]
fn GroupSection(group: Group) -> impl IntoView {
    let lang = use_i18n().lang();
    let items = group_exercises(group, lang)
        .map(|exercise| view! { <li><ExerciseCard exercise /></li> })
        .collect_view();
    view! {
        <section class="ex-group">
            <h2>{library_texts(lang).group_name(group)}</h2>
            <ul class="ex-cards">{items}</ul>
        </section>
    }
}

/// A big link to one exercise.
#[component]
fn ExerciseCard(exercise: &'static Exercise) -> impl IntoView {
    let lang = use_i18n().lang();
    let href = use_base_path().href(&exercise.id.path());
    let picture = drawing(exercise.id);
    view! {
        <A href=href attr:class="ex-card">
            <span class="ex-card-picture">
                <PoseSvg pose=&picture.end props=picture.props frame=picture.frame() />
            </span>
            <span class="ex-card-text">
                <span class="ex-card-name">{exercise.name}</span>
                <span class="ex-card-goal">{exercise.goal}</span>
                <span class="ex-card-dose">{dose_in_words(exercise.id, exercise.usual_dose, lang)}</span>
            </span>
        </A>
    }
}
