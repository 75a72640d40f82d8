//! Messages about keeping the diary safe: a problem with the stored diary,
//! Safari on iPhone (which wipes it unless the app is on the home screen),
//! and the reminder to make a backup.

use leptos::prelude::*;

use super::actions::make_backup;
use super::exercise_name;
use crate::calendar::Day;
use crate::diary::files::download;
use crate::diary::store::use_diary;
use crate::diary::texts::diary_texts;
use crate::exercises::dose_in_words;
use crate::i18n::{dates, use_i18n};
use crate::pwa::texts::pwa_texts;
use crate::pwa::IosInstallSteps;
use crate::shell::device;
use crate::storage::{kept_aside, StorageProblem};

/// A problem found when the diary was loaded, with what the patient can do.
#[component]
pub fn StorageNotice() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_diary();
    let t = diary_texts(i18n.lang());
    let newer_entries = move || {
        store.diary.with(|diary| {
            let foreign = diary.foreign();
            (!foreign.is_empty()).then(|| {
                let lang = i18n.lang();
                let items = foreign
                    .iter()
                    .map(|entry| {
                        let dose = entry
                            .dose
                            .map(|dose| format!(" · {}", dose_in_words(None, dose, lang)));
                        let pain =
                            entry
                                .pain_before
                                .zip(entry.pain_after)
                                .map(|(before, after)| {
                                    format!(
                                        " · {}",
                                        (t.pain_from_to)(before.value(), after.value())
                                    )
                                });
                        view! {
                            <li>
                                {dates::weekday_and_date(entry.day, lang)} ": " {t.newer_exercise}
                                {dose} {pain}
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <div class="notice newer-entries" role="status">
                        <p>{(t.newer_entries)(foreign.len())}</p>
                        <ul>{items}</ul>
                        <ReloadButton />
                    </div>
                }
            })
        })
    };
    let newer_schedule = move || {
        let count = store.schedule.with(|schedule| schedule.newer_exercises());
        (count > 0).then(|| {
            view! {
                <div class="notice newer-schedule" role="status">
                    <p>{(t.newer_schedule)(count)}</p>
                    <ReloadButton />
                </div>
            }
        })
    };
    let problem = move || {
        store.problem.get().map(|problem| {
            let action = match &problem {
                StorageProblem::NewerVersion => Some(
                    view! {
                        <ReloadButton />
                    }
                    .into_any(),
                ),
                StorageProblem::Unreadable { kept_as } => {
                    let kept_as = kept_as.clone();
                    let save_copy = move |_| {
                        if let Some(raw) = kept_aside(&kept_as) {
                            download(t.damaged_file_name, "text/plain", &raw);
                        }
                    };
                    Some(
                        view! {
                            <button type="button" class="button secondary" on:click=save_copy>
                                {t.problem_unreadable_download}
                            </button>
                        }
                        .into_any(),
                    )
                }
                StorageProblem::UnreadableNotMoved | StorageProblem::Unavailable => None,
            };
            view! {
                <div class="notice warning" role="alert">
                    <p>{t.problem(&problem)}</p>
                    {action}
                </div>
            }
        })
    };
    view! { {problem} {newer_entries} {newer_schedule} }
}

/// "Deleted: Bridge. Undo", after an entry was deleted on any diary page.
#[component]
pub fn UndoBar() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_diary();
    let t = diary_texts(i18n.lang());
    let error = RwSignal::new(None::<&'static str>);
    let undo = move |_| match store.undo_remove() {
        Ok(()) => error.set(None),
        Err(failure) => error.set(Some(t.write_error(failure))),
    };
    move || {
        store.last_removed.get().map(|entry| {
            let name = exercise_name(entry.exercise, i18n.lang());
            view! {
                <div class="notice undo-bar" role="status">
                    <p>{(t.deleted)(name)}</p>
                    <p class="form-error" hidden=move || error.get().is_none()>{move || error.get()}</p>
                    <button type="button" class="button" on:click=undo>{t.undo}</button>
                </div>
            }
        })
    }
}

/// On an iPhone, outside the installed app: why and how to put the app on
/// the home screen, before the diary is lost to Safari's seven-day rule.
#[component]
pub fn SafariNotice() -> impl IntoView {
    let i18n = use_i18n();
    let t = diary_texts(i18n.lang());
    device::storage_expires_unless_installed().then(|| {
        view! {
            <section class="notice important safari-notice" aria-labelledby="safari-notice-title">
                <h2 id="safari-notice-title">{t.safari_title}</h2>
                <p>{t.safari_body}</p>
                <details open>
                    <summary>{pwa_texts(i18n.lang()).ios_steps_summary}</summary>
                    <IosInstallSteps />
                </details>
            </section>
        }
    })
}

/// A reminder to make a backup, when there is something to lose and the last
/// backup is more than two weeks old (or there is none).
#[component]
pub fn BackupReminder() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_diary();
    let t = diary_texts(i18n.lang());
    let today = Day::today();
    let busy = RwSignal::new(false);
    let backup = move |_| {
        busy.set(true);
        let lang = i18n.lang();
        leptos::task::spawn_local(async move {
            make_backup(store, lang).await;
            busy.set(false);
        });
    };
    move || {
        store.backup_due(today).then(|| {
            let last = store.backup.with(|info| info.last);
            let status = match last {
                Some(day) => (t.backup_last)(&dates::full_date(day, i18n.lang())),
                None => t.backup_never.to_owned(),
            };
            view! {
                <div class="notice backup-reminder">
                    <p>{status} " " {t.backup_overdue}</p>
                    <button type="button" class="button" on:click=backup disabled=move || busy.get()>
                        {t.backup_now}
                    </button>
                </div>
            }
        })
    }
}

/// "Pagina vernieuwen": loads the page again, to get the newest version of
/// the app or what another tab stored.
#[component]
fn ReloadButton() -> impl IntoView {
    let t = diary_texts(use_i18n().lang());
    view! {
        <button type="button" class="button" on:click=|_| { let _ = window().location().reload(); }>
            {t.reload}
        </button>
    }
}
