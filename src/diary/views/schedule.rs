//! `/dagboek/schema`: the schedule today's list follows. A schedule from
//! the clinic is shown as given (the patient can stop it or replace it with
//! their own); otherwise the patient picks exercises and days per week.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::notices::StorageNotice;
use super::{exercise_name, DiaryMenu};
use crate::clinic::views::ReminderSection;
use crate::diary::own_schedule::OWN_SCHEDULE_DAYS_PER_WEEK;
use crate::diary::store::use_diary;
use crate::diary::texts::diary_texts;
use crate::diary::{PlannedExercise, Schedule};
use crate::exercises::{dose_in_words, exercise, ExerciseId};
use crate::i18n::use_i18n;
use crate::shell::Page;

#[component]
pub fn SchedulePage() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_diary();
    let t = diary_texts(i18n.lang());
    let message = RwSignal::new(None::<&'static str>);
    // `?eigen=1` (from "make my own" outside the diary) opens the editor
    // straight away, as the button below does.
    let editing = RwSignal::new(use_query_map().with_untracked(|q| q.get("eigen").is_some()));
    let from_clinic = move || {
        store
            .schedule
            .with(|s| s.schedule.as_ref().is_some_and(|s| s.from_clinic))
    };

    let stop = move |_| match store.change_schedule(|current| current.schedule = None) {
        Ok(()) => message.set(Some(t.schedule_stopped)),
        Err(error) => message.set(Some(t.write_error(error))),
    };
    let clinic_view = move || {
        store.schedule.with(|current| {
            current.schedule.clone().map(|schedule| {
                let lang = i18n.lang();
                view! {
                    <p>{t.schedule_clinic_intro}</p>
                    <p><strong>{(t.schedule_from_clinic)(schedule.days_per_week)}</strong></p>
                    <ul class="entry-list">
                        {schedule.exercises.iter().map(|planned| view! {
                            <li class="entry">
                                <span class="entry-name">{exercise_name(planned.exercise, lang)}</span>
                                <span>{dose_in_words(planned.exercise, planned.dose, lang)}</span>
                            </li>
                        }).collect_view()}
                    </ul>
                    {(!schedule.note.is_empty()).then(|| view! {
                        <p class="physio-note"><strong>{t.schedule_note}</strong> " " {schedule.note.clone()}</p>
                    })}
                    <div class="actions">
                        <button type="button" class="button secondary" on:click=move |_| editing.set(true)>
                            {t.schedule_replace_clinic}
                        </button>
                        <button type="button" class="button secondary danger" on:click=stop>{t.schedule_stop}</button>
                    </div>
                }
            })
        })
    };
    view! {
        <Page title=t.schedule_title class="diary">
            <DiaryMenu />
            <StorageNotice />
            <p class="notice" role="status" hidden=move || message.get().is_none()>{move || message.get()}</p>
            {move || if from_clinic() && !editing.get() {
                clinic_view().into_any()
            } else {
                view! { <OwnScheduleForm message /> }.into_any()
            }}
            <ReminderSection />
        </Page>
    }
}

/// Picking exercises (at their usual dose, or the dose already planned)
/// and the days per week.
#[component]
fn OwnScheduleForm(message: RwSignal<Option<&'static str>>) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_diary();
    let t = diary_texts(i18n.lang());
    let current = store.schedule.get_untracked().schedule;
    let picked = RwSignal::new(
        current
            .as_ref()
            .map(|s| s.exercises.iter().map(|p| p.exercise).collect::<Vec<_>>())
            .unwrap_or_default(),
    );
    let days = RwSignal::new(
        current
            .as_ref()
            .map_or(OWN_SCHEDULE_DAYS_PER_WEEK, |s| s.days_per_week)
            .to_string(),
    );
    let has_schedule = current.is_some();

    let toggle = move |id: ExerciseId| {
        picked.update(|list| match list.iter().position(|p| *p == id) {
            Some(at) => {
                list.remove(at);
            }
            None => list.push(id),
        })
    };
    let save = move |_| {
        let lang = i18n.lang();
        let planned_dose = |id| current.as_ref().and_then(|s: &Schedule| s.dose_of(id));
        let exercises: Vec<PlannedExercise> = ExerciseId::ALL
            .into_iter()
            .filter(|id| picked.with_untracked(|list| list.contains(id)))
            .map(|id| PlannedExercise {
                exercise: id,
                dose: planned_dose(id).unwrap_or(exercise(id, lang).usual_dose),
            })
            .collect();
        let schedule = Schedule {
            exercises,
            days_per_week: days
                .get_untracked()
                .parse()
                .unwrap_or(OWN_SCHEDULE_DAYS_PER_WEEK),
            start: None,
            note: String::new(),
            from_clinic: false,
        };
        if !schedule.is_valid() {
            message.set(Some(t.schedule_pick_one));
            return;
        }
        message.set(Some(
            match store.change_schedule(|current| current.schedule = Some(schedule)) {
                Ok(()) => t.schedule_saved,
                Err(error) => t.write_error(error),
            },
        ));
    };
    let stop = move |_| match store.change_schedule(|current| current.schedule = None) {
        Ok(()) => {
            picked.set(Vec::new());
            message.set(Some(t.schedule_stopped));
        }
        Err(error) => message.set(Some(t.write_error(error))),
    };
    view! {
        <p>{t.schedule_own_intro}</p>
        <fieldset class="schedule-pick">
            <legend>{t.schedule_pick}</legend>
            {ExerciseId::ALL.into_iter().map(|id| view! {
                <label class="check-row">
                    <input type="checkbox" prop:checked=move || picked.with(|list| list.contains(&id)) on:change=move |_| toggle(id) />
                    <span>
                        {move || exercise_name(id, i18n.lang())}
                        <span class="hint">{move || dose_in_words(id, exercise(id, i18n.lang()).usual_dose, i18n.lang())}</span>
                    </span>
                </label>
            }).collect_view()}
        </fieldset>
        <DaysPerWeekField label=t.schedule_days days />
        <div class="actions">
            <button type="button" class="button" on:click=save>{t.schedule_save}</button>
            {has_schedule.then(|| view! {
                <button type="button" class="button secondary danger" on:click=stop>{t.schedule_stop}</button>
            })}
        </div>
    }
}

/// "On how many days a week": a choice of 1 to 7, for the patient's own
/// schedule and the clinic's link builder. `days` holds the chosen number
/// as text, as the select gives it.
#[component]
pub fn DaysPerWeekField(label: &'static str, days: RwSignal<String>) -> impl IntoView {
    view! {
        <label>
            <span>{label}</span>
            <select bind:value=days>
                {(1..=7).map(|n| view! { <option value=n.to_string()>{n}</option> }).collect_view()}
            </select>
        </label>
    }
}
