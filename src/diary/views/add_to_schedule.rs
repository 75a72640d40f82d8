//! The one-tap "add to my schedule" of an exercise page and of the
//! self-check result. Before the tap it shows what a tap would do (the
//! button, or that the exercises are in the schedule already, or that the
//! clinic's schedule is not changed here); after it, what was done, with a
//! link to the schedule. The rules and the write are in
//! `diary::own_schedule`: these pages are outside the diary's parent route.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::diary::own_schedule::{
    add_to_own_schedule, preview_addition, Addition, OWN_SCHEDULE_DAYS_PER_WEEK,
};
use crate::diary::texts::diary_texts;
use crate::diary::PlannedExercise;
use crate::exercises::{exercise, ExerciseId};
use crate::i18n::use_i18n;
use crate::routes::{MAKE_OWN_SCHEDULE_PATH, OWN_SCHEDULE_PATH};
use crate::shell::use_base_path;
use crate::storage::WriteError;

/// Where the one-tap addition stands.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Stage {
    /// Not tapped yet: what a tap would do.
    Before(Addition),
    /// Tapped: what it did.
    Done(Addition),
    /// Tapped, and the write failed: nothing changed.
    Failed(WriteError),
}

/// The button `label` that adds `exercises` (at their usual dose) to the
/// patient's own schedule, and what came of it.
#[component]
pub fn AddToSchedule(exercises: Vec<ExerciseId>, label: &'static str) -> impl IntoView {
    let lang = use_i18n().lang();
    let base = use_base_path();
    let t = diary_texts(lang);
    let count = exercises.len();
    let planned: Vec<PlannedExercise> = exercises
        .into_iter()
        .map(|id| PlannedExercise {
            exercise: id,
            dose: exercise(id, lang).usual_dose,
        })
        .collect();
    let stage = RwSignal::new(Stage::Before(preview_addition(&planned)));
    let status = NodeRef::<leptos::html::P>::new();
    let add = move |_| {
        stage.set(match add_to_own_schedule(&planned) {
            Ok(addition) => Stage::Done(addition),
            Err(error) => Stage::Failed(error),
        });
        // The button is gone (or stays after a failure): the patient's
        // focus goes to what happened, once it is drawn.
        request_animation_frame(move || {
            if let Some(status) = status.get_untracked() {
                // Focus only fails on a detached node: then there is nothing to read.
                let _ = status.focus();
            }
        });
    };
    let shows_button = move || {
        matches!(
            stage.get(),
            Stage::Before(Addition::Added { .. }) | Stage::Failed(_)
        )
    };
    let message = move || match stage.get() {
        Stage::Before(Addition::Added { .. }) => None,
        Stage::Done(Addition::Added {
            count,
            new_schedule,
        }) => Some(match new_schedule {
            true => format!(
                "{} {}",
                (t.add_added)(count),
                (t.add_new_schedule)(OWN_SCHEDULE_DAYS_PER_WEEK)
            ),
            false => (t.add_added)(count),
        }),
        Stage::Before(Addition::AlreadyIn) | Stage::Done(Addition::AlreadyIn) => {
            Some((t.add_already_in)(count))
        }
        Stage::Before(Addition::FromClinic) | Stage::Done(Addition::FromClinic) => {
            Some(t.add_from_clinic.to_owned())
        }
        Stage::Before(Addition::FromNewerVersion) | Stage::Done(Addition::FromNewerVersion) => {
            Some(t.add_from_newer_version.to_owned())
        }
        Stage::Failed(error) => Some(t.add_write_error(error).to_owned()),
    };
    let link = move || {
        match stage.get() {
            Stage::Before(Addition::Added { .. }) | Stage::Failed(_) => None,
            Stage::Before(Addition::FromClinic) | Stage::Done(Addition::FromClinic) => {
                Some((MAKE_OWN_SCHEDULE_PATH, t.schedule_replace_clinic))
            }
            _ => Some((OWN_SCHEDULE_PATH, t.add_view_schedule)),
        }
        .map(|(path, text)| view! { " " <A href=base.href(path)>{text}</A> })
    };
    let failed = move || matches!(stage.get(), Stage::Failed(_));
    view! {
        <div class="add-to-schedule">
            <button type="button" class="button secondary add-to-schedule-button" hidden=move || !shows_button() on:click=add>
                {label}
            </button>
            <p class="notice add-to-schedule-status" class:warning=failed role="status" tabindex="-1" node_ref=status hidden=move || message().is_none()>
                {message}{link}
            </p>
        </div>
    }
}
