//! `/dagboek/bewerk/<id>`: changing everything of one entry (day, exercise,
//! dose, pain, note) or deleting it.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::dose_editor::DoseFields;
use super::pain_scale::PainScale;
use super::{exercise_name, DiaryMenu};
use crate::calendar::Day;
use crate::diary::store::use_diary;
use crate::diary::texts::diary_texts;
use crate::diary::{DiaryEntry, EntryId, NOTE_MAX_CHARS};
use crate::exercises::{exercise, Dose, ExerciseId};
use crate::i18n::use_i18n;
use crate::shell::{use_app_navigate, use_base_path, Page};

/// Whether two doses are of the same kind (so their fields match).
fn same_kind(a: Dose, b: Dose) -> bool {
    std::mem::discriminant(&a) == std::mem::discriminant(&b)
}

/// The edit page; an unknown or deleted id gets a clear message.
#[component]
pub fn EditPage() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_diary();
    let params = use_params_map();
    let t = diary_texts(i18n.lang());
    let found = move || {
        let id = params
            .with(|p| p.get("id"))
            .and_then(|id| EntryId::parse(&id))?;
        store.diary.with_untracked(|diary| diary.get(&id).cloned())
    };
    view! {
        <Page title=t.edit_title>
            <DiaryMenu />
            {move || match found() {
                Some(entry) => view! { <EditForm entry /> }.into_any(),
                None => view! { <NotInDiary /> }.into_any(),
            }}
        </Page>
    }
}

#[component]
fn NotInDiary() -> impl IntoView {
    let i18n = use_i18n();
    let base = use_base_path();
    let t = diary_texts(i18n.lang());
    view! {
        <p class="notice warning">{t.edit_not_found}</p>
        <p><A href=base.href("/dagboek") attr:class="button">{t.back_to_diary}</A></p>
    }
}

#[component]
fn EditForm(entry: DiaryEntry) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_diary();
    let base = use_base_path();
    let query = use_query_map();
    let navigate = use_app_navigate();
    let t = diary_texts(i18n.lang());
    let today = Day::today();

    let day = RwSignal::new(entry.day.iso());
    let chosen_exercise = RwSignal::new(entry.exercise);
    let dose = RwSignal::new(Some(entry.dose));
    // Which dose the fields start from; changes when the exercise's kind of dose changes.
    let dose_start = RwSignal::new(entry.dose);
    let before = RwSignal::new(Some(entry.pain_before));
    let after = RwSignal::new(Some(entry.pain_after));
    let note = RwSignal::new(entry.note.clone());
    let error = RwSignal::new(None::<String>);

    // The app path to return to: where the patient came from.
    let back_to = move || match query.with(|q| q.get("terug")).as_deref() {
        Some("geschiedenis") => "/dagboek/geschiedenis",
        _ => "/dagboek",
    };
    let pick_exercise = move |slug: String| {
        let Some(id) = ExerciseId::from_slug(&slug) else {
            return;
        };
        chosen_exercise.set(id);
        let usual = exercise(id, i18n.lang()).usual_dose;
        if !same_kind(usual, dose_start.get_untracked()) {
            dose_start.set(usual);
            dose.set(Some(usual));
        }
    };

    let original = entry.clone();
    let save = {
        let navigate = navigate.clone();
        move |_| {
            let Some(new_day) = Day::parse(&day.get_untracked()) else {
                error.set(Some(t.day_in_future.to_owned()));
                return;
            };
            if new_day > today {
                error.set(Some(t.day_in_future.to_owned()));
                return;
            }
            let Some(new_dose) = dose.get_untracked() else {
                error.set(Some(t.dose_invalid.to_owned()));
                return;
            };
            let (Some(pain_before), Some(pain_after)) =
                (before.get_untracked(), after.get_untracked())
            else {
                return;
            };
            let updated = DiaryEntry {
                day: new_day,
                exercise: chosen_exercise.get_untracked(),
                dose: new_dose,
                pain_before,
                pain_after,
                note: note.get_untracked().chars().take(NOTE_MAX_CHARS).collect(),
                edited_at: Some(js_sys::Date::now() as u64),
                ..original.clone()
            };
            match store.change(|diary| diary.put(updated)) {
                Ok(()) => navigate(back_to()),
                Err(failure) => error.set(Some(t.write_error(failure).to_owned())),
            }
        }
    };
    let id = entry.id.clone();
    let delete = move |_| match store.remove(&id) {
        Ok(()) => navigate(back_to()),
        Err(failure) => error.set(Some(t.write_error(failure).to_owned())),
    };

    let options = ExerciseId::ALL.map(|id| {
        view! {
            <option value=id.slug() selected=move || chosen_exercise.get() == id>
                {move || exercise_name(id, i18n.lang())}
            </option>
        }
    });
    view! {
        <form class="edit-form" on:submit=|ev| ev.prevent_default()>
            <label>
                <span>{t.day_label}</span>
                <input type="date" max=today.iso() bind:value=day />
            </label>
            <label>
                <span>{t.exercise_label}</span>
                <select on:change=move |ev| pick_exercise(event_target_value(&ev))>
                    {options.into_iter().collect_view()}
                </select>
            </label>
            {move || {
                let start = dose_start.get();
                view! { <DoseFields initial=start on_change=Callback::new(move |typed| dose.set(typed)) /> }
            }}
            <PainScale question=t.pain_before_label chosen=before on_pick=Callback::new(move |s| before.set(Some(s))) />
            <PainScale question=t.pain_after_label chosen=after on_pick=Callback::new(move |s| after.set(Some(s))) />
            <label class="note-field">
                <span>{t.note_label}</span>
                <textarea maxlength=NOTE_MAX_CHARS.to_string() rows="3" bind:value=note></textarea>
                <span class="hint">{move || (t.note_count)(note.with(|n| n.chars().count()), NOTE_MAX_CHARS)}</span>
            </label>
            <p class="notice warning" role="alert" hidden=move || error.get().is_none()>{move || error.get()}</p>
            <div class="actions">
                <button type="submit" class="button" on:click=save>{t.save}</button>
                <A href=move || base.href(back_to()) attr:class="button secondary">{t.cancel}</A>
                <button type="button" class="button secondary danger" on:click=delete>{t.delete}</button>
            </div>
        </form>
    }
}
