//! Logging an exercise in three taps: pick it (on the diary's home), tap
//! the pain before, tap the pain after, and it is saved, with "undo", a
//! note and "change" right there. The dose is filled in from the schedule,
//! or from last time, or the library's usual dose. The safety line (the
//! "call now" signs) stays under the flow, and under the list to pick from.

use leptos::html::Div;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

use super::dose_editor::DoseFields;
use super::pain_scale::PainScale;
use super::{exercise_name, DiaryMenu};
use crate::calendar::Day;
use crate::diary::store::{use_diary, DiaryStore};
use crate::diary::texts::diary_texts;
use crate::diary::{DiaryEntry, PainScore, NOTE_MAX_CHARS};
use crate::exercises::{dose_in_words, exercise, library_texts, Dose, ExerciseId, StopRules};
use crate::i18n::use_i18n;
use crate::safety::SafetyLine;
use crate::shell::{use_app_navigate, use_base_path, Page};
use crate::storage::WriteError;

/// Where the three-tap flow is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Step {
    PainBefore,
    PainAfter,
    Saved,
    Failed(WriteError),
    Undone,
}

/// The dose to start from: the schedule's, else last time's, else the usual one.
fn starting_dose(store: DiaryStore, id: ExerciseId, usual: Dose) -> Dose {
    store
        .schedule
        .with_untracked(|current| current.schedule.as_ref().and_then(|s| s.dose_of(id)))
        .or_else(|| {
            store
                .diary
                .with_untracked(|diary| diary.last_of(id).map(|e| e.dose))
        })
        .unwrap_or(usual)
}

fn now_millis() -> u64 {
    js_sys::Date::now() as u64
}

/// The three-tap logging flow for one exercise. `on_close` runs when the
/// patient is done (or cancels).
#[component]
pub fn QuickLog(id: ExerciseId, on_close: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_diary();
    let base = use_base_path();
    let t = diary_texts(i18n.lang());
    let name = move || exercise_name(id, i18n.lang());

    let dose = RwSignal::new(starting_dose(
        store,
        id,
        exercise(id, i18n.lang()).usual_dose,
    ));
    let editing_dose = RwSignal::new(false);
    // The dose being typed; `None` while the numbers don't fit.
    let typed_dose = RwSignal::new(Some(dose.get_untracked()));
    let dose_error = RwSignal::new(false);
    let before = RwSignal::new(None::<PainScore>);
    let after = RwSignal::new(None::<PainScore>);
    let step = RwSignal::new(Step::PainBefore);
    // The entry being saved keeps its id, so "try again" never duplicates it.
    let entry = StoredValue::new(None::<DiaryEntry>);
    let note = RwSignal::new(String::new());
    let note_open = RwSignal::new(false);
    let note_message = RwSignal::new(None::<String>);

    // The log opens at its top (its name and dose), wherever on the list
    // the patient tapped.
    Effect::new(move |_| window().scroll_to_with_x_and_y(0.0, 0.0));

    // Move focus to each new step, so keyboard and screen-reader users
    // follow along instead of landing on a button that just disappeared.
    let step_area = NodeRef::<Div>::new();
    Effect::new(move |previous: Option<Step>| {
        let current = step.get();
        if previous.is_some_and(|previous| previous != current) {
            if let Some(area) = step_area.get() {
                let _ = area.focus();
            }
        }
        current
    });

    let save = move || {
        let (Some(pain_before), Some(pain_after)) = (before.get_untracked(), after.get_untracked())
        else {
            return;
        };
        let saved = entry.with_value(|existing| match existing {
            Some(existing) => DiaryEntry {
                dose: dose.get_untracked(),
                pain_before,
                pain_after,
                ..existing.clone()
            },
            None => DiaryEntry::logged(
                Day::today(),
                id,
                dose.get_untracked(),
                (pain_before, pain_after),
                now_millis(),
            ),
        });
        entry.set_value(Some(saved.clone()));
        match store.change(|diary| diary.put(saved)) {
            Ok(()) => step.set(Step::Saved),
            Err(error) => step.set(Step::Failed(error)),
        }
    };

    let pick_before = Callback::new(move |score| {
        before.set(Some(score));
        step.set(Step::PainAfter);
    });
    let pick_after = Callback::new(move |score| {
        after.set(Some(score));
        save();
    });
    let undo = move |_| {
        let Some(saved) = entry.get_value() else {
            return;
        };
        match store.change(|diary| {
            diary.remove(&saved.id);
        }) {
            Ok(()) => step.set(Step::Undone),
            Err(error) => step.set(Step::Failed(error)),
        }
    };
    let save_note = move |_| {
        let Some(saved) = entry.get_value() else {
            return;
        };
        let text: String = note.get_untracked().chars().take(NOTE_MAX_CHARS).collect();
        let updated = DiaryEntry {
            note: text,
            edited_at: Some(now_millis()),
            ..saved
        };
        match store.change(|diary| diary.put(updated.clone())) {
            Ok(()) => {
                entry.set_value(Some(updated));
                note_open.set(false);
                note_message.set(Some(t.note_saved.to_owned()));
            }
            Err(error) => note_message.set(Some(t.write_error(error).to_owned())),
        }
    };
    let back = move |_| match step.get_untracked() {
        Step::PainAfter => step.set(Step::PainBefore),
        _ => on_close.run(()),
    };

    let dose_line = move || dose_in_words(id, dose.get(), i18n.lang());
    let summary = move || {
        let pains = match (before.get(), after.get()) {
            (Some(b), Some(a)) => format!(" · {}", (t.pain_from_to)(b.value(), a.value())),
            _ => String::new(),
        };
        format!("{}{pains}", dose_line())
    };
    let more_pain = move || match (before.get(), after.get()) {
        (Some(b), Some(a)) => a > b,
        _ => false,
    };

    let question = move || {
        match step.get() {
        Step::PainBefore => view! {
            <p class="step-count">{(t.step)(1, 2)}</p>
            <PainScale question=t.pain_before_question chosen=before on_pick=pick_before />
        }
        .into_any(),
        Step::PainAfter => view! {
            <p class="step-count">{(t.step)(2, 2)}</p>
            <PainScale question=t.pain_after_question chosen=after on_pick=pick_after />
        }
        .into_any(),
        Step::Saved => view! {
            <p class="saved" role="status">{(t.saved)(name())}</p>
            <p>{summary}</p>
            <Show when=more_pain>
                <p class="notice warning">{t.more_pain_lead}</p>
                <StopRules texts=library_texts(i18n.lang()) />
            </Show>
            <Show when=move || note_open.get()>
                <label class="note-field">
                    <span>{t.note_label}</span>
                    <textarea maxlength=NOTE_MAX_CHARS.to_string() rows="3" bind:value=note></textarea>
                    <span class="hint">{move || (t.note_count)(note.with(|n| n.chars().count()), NOTE_MAX_CHARS)}</span>
                </label>
                <button type="button" class="button" on:click=save_note>{t.save_note}</button>
            </Show>
            <p class="hint" role="status">{move || note_message.get()}</p>
            <div class="actions">
                <button type="button" class="button" on:click=move |_| on_close.run(())>{t.finish}</button>
                <button type="button" class="button secondary" hidden=move || note_open.get() on:click=move |_| note_open.set(true)>
                    {t.add_note}
                </button>
                <A href=move || base.href(&format!("/dagboek/bewerk/{}", entry.with_value(|e| e.as_ref().map(|e| e.id.as_str().to_owned()).unwrap_or_default()))) attr:class="button secondary">
                    {t.edit}
                </A>
                <button type="button" class="button secondary" on:click=undo>{t.undo}</button>
            </div>
        }
        .into_any(),
        Step::Failed(error) => view! {
            <p class="notice warning" role="alert">{t.write_error(error)}</p>
            <p>{summary}</p>
            <div class="actions">
                <button type="button" class="button" on:click=move |_| save()>{t.try_again}</button>
                <button type="button" class="button secondary" on:click=move |_| on_close.run(())>{t.cancel}</button>
            </div>
        }
        .into_any(),
        Step::Undone => view! {
            <p class="saved" role="status">{t.undone}</p>
            <button type="button" class="button" on:click=move |_| on_close.run(())>{t.finish}</button>
        }
        .into_any(),
    }
    };

    let choosing = move || matches!(step.get(), Step::PainBefore | Step::PainAfter);
    view! {
        <section class="quick-log" aria-labelledby="quick-log-name">
            <h2 id="quick-log-name">{name}</h2>
            <p class="dose-line">
                <span>{dose_line}</span>
                <button type="button" class="link-button" hidden=move || !choosing() || editing_dose.get()
                    on:click=move |_| editing_dose.set(true)>
                    {t.change_dose}
                </button>
            </p>
            <Show when=move || editing_dose.get() && choosing()>
                <div class="dose-editor">
                    <DoseFields initial=dose.get_untracked() on_change=Callback::new(move |typed| typed_dose.set(typed)) />
                    <p class="form-error" role="alert" hidden=move || !dose_error.get()>{t.dose_invalid}</p>
                    <button type="button" class="button" on:click=move |_| match typed_dose.get_untracked() {
                        Some(new_dose) => {
                            dose.set(new_dose);
                            dose_error.set(false);
                            editing_dose.set(false);
                        }
                        None => dose_error.set(true),
                    }>
                        {t.dose_apply}
                    </button>
                </div>
            </Show>
            <div class="quick-log-step" tabindex="-1" node_ref=step_area>{question}</div>
            <Show when=choosing>
                <button type="button" class="link-button back" on:click=back>
                    {move || if step.get() == Step::PainAfter { t.back } else { t.cancel }}
                </button>
            </Show>
            <SafetyLine />
        </section>
    }
}

/// `/dagboek/nieuw?oefening=<slug>`: logging an exercise chosen elsewhere
/// (an exercise page's "add to my diary"), or picking one.
#[component]
pub fn LogPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let navigate = use_app_navigate();
    let t = diary_texts(i18n.lang());
    let chosen = RwSignal::new(None::<ExerciseId>);
    let asked = move || query.with(|q| q.get("oefening"));
    Effect::new(move |_| chosen.set(asked().and_then(|slug| ExerciseId::from_slug(&slug))));
    let unknown = move || asked().is_some() && chosen.get().is_none();
    let go_home = Callback::new(move |()| navigate("/dagboek"));
    view! {
        <Page title=t.log_title>
            <DiaryMenu />
            {move || match chosen.get() {
                Some(id) => view! { <QuickLog id on_close=go_home /> }.into_any(),
                None => view! {
                    <p class="notice warning" hidden=move || !unknown()>{t.log_unknown_exercise}</p>
                    <super::today::ExercisePicker on_pick=Callback::new(move |id| chosen.set(Some(id))) />
                    <SafetyLine />
                }
                .into_any(),
            }}
        </Page>
    }
}
