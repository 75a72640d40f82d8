//! A schedule in plain words: how many days a week, from when, each
//! exercise with its dose, and the physiotherapist's note. Shown on the
//! accept page and on the clinic's printable sheet.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::clinic::texts::clinic_texts;
use crate::diary::Schedule;
use crate::exercises::{dose_in_words, exercise};
use crate::i18n::{dates, use_i18n};
use crate::shell::use_base_path;

/// The schedule; with `linked`, each exercise links to its page (not on
/// paper, where a link is no use).
#[component]
pub fn ScheduleSummary(schedule: Schedule, linked: bool) -> impl IntoView {
    let lang = use_i18n().lang();
    let t = clinic_texts(lang);
    let base = use_base_path();
    let exercises = schedule
        .exercises
        .iter()
        .map(|planned| {
            let name = exercise(planned.exercise, lang).name;
            let name = if linked {
                view! { <A href=base.href(&planned.exercise.path())>{name}</A> }.into_any()
            } else {
                name.into_any()
            };
            view! {
                <li class="entry">
                    <span class="entry-name">{name}</span>
                    <span>{dose_in_words(planned.exercise, planned.dose, lang)}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="schedule-summary">
            <p class="schedule-days">
                <strong>{(t.days_per_week)(schedule.days_per_week)}</strong>
                {schedule.start.map(|day| view! { " " {(t.starts_on)(&dates::weekday_and_date(day, lang))} })}
            </p>
            <h2>{t.exercises_heading}</h2>
            {linked.then(|| view! { <p class="hint">{t.exercises_hint}</p> })}
            <ul class="entry-list">{exercises}</ul>
            {(!schedule.note.is_empty()).then(|| view! {
                <p class="physio-note"><strong>{t.note_heading}</strong> " " {schedule.note.clone()}</p>
            })}
        </div>
    }
}
