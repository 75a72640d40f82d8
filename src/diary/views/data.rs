//! `/dagboek/gegevens`: everything about the patient's data. Make a backup,
//! export for the physiotherapist (CSV, printable summary), restore a
//! backup (shown first, merged only after "yes"), the diaries kept aside as
//! damaged (merged back the same way once this version reads them, saved as
//! a file, or removed), and delete everything.

use leptos::prelude::*;
use leptos_router::components::A;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;

use super::actions::make_backup;
use super::notices::StorageNotice;
use super::{summary_exercise, DiaryMenu};
use crate::calendar::Day;
use crate::diary::backup::{
    apply_entries, apply_schedule, plan_import, read_backup, Backup, ImportError, ImportPlan,
    MAX_BACKUP_BYTES,
};
use crate::diary::csv::{diary_csv, CsvHeadings};
use crate::diary::files::{download, read_text, share_or_download, Delivery};
use crate::diary::store::{use_diary, BackupInfo};
use crate::diary::texts::diary_texts;
use crate::diary::{CurrentSchedule, Diary};
use crate::i18n::{dates, use_i18n};
use crate::report::views::ShareProgress;
use crate::shell::{use_base_path, Page};
use crate::storage::{self, decode};

/// Where restoring a backup (or a diary kept aside) is.
#[derive(Clone, Debug, PartialEq)]
enum Restore {
    Idle,
    Reading,
    /// What merging would do; with the key of the kept-aside copy it came
    /// from, removed once merged.
    Preview(Box<ImportPlan>, Option<String>),
    Done(usize),
    Failed(String),
}

#[component]
pub fn DataPage() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_diary();
    let base = use_base_path();
    let t = diary_texts(i18n.lang());

    let backup_status = RwSignal::new(None::<&'static str>);
    let backup = move |_| {
        let lang = i18n.lang();
        leptos::task::spawn_local(async move {
            let delivery = make_backup(store, lang).await;
            backup_status.set(match delivery {
                Delivery::Shared | Delivery::Downloaded => Some(diary_texts(lang).backup_made),
                Delivery::Cancelled => None,
                Delivery::Failed => Some(diary_texts(lang).write_unavailable),
            });
        });
    };
    let last_backup = move || match store.backup.with(|info| info.last) {
        Some(day) => (t.backup_last)(&dates::full_date(day, i18n.lang())),
        None => t.backup_never.to_owned(),
    };

    let export_csv = move |_| {
        let lang = i18n.lang();
        let texts = diary_texts(lang);
        let headings = CsvHeadings {
            date: texts.csv_date,
            exercise: texts.csv_exercise,
            dose: texts.csv_dose,
            pain_before: texts.csv_pain_before,
            pain_after: texts.csv_pain_after,
            note: texts.csv_note,
        };
        let csv = store.diary.with_untracked(|diary| {
            diary_csv(diary, &headings, lang, |line| summary_exercise(line, lang))
        });
        let filename = format!("{}-{}.csv", texts.file_name, Day::today().iso());
        leptos::task::spawn_local(async move {
            share_or_download(&filename, "text/csv", &csv, texts.backup_file_title).await;
        });
    };

    let restore = RwSignal::new(Restore::Idle);
    let choose_file = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|target| target.dyn_into::<HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        // Clear the field, so choosing the same file again works.
        input.set_value("");
        restore.set(Restore::Reading);
        let lang = i18n.lang();
        // A file far bigger than any backup is refused before it is read.
        if file.size() > MAX_BACKUP_BYTES as f64 {
            restore.set(Restore::Failed((diary_texts(lang).import_failed)(
                &ImportError::TooLarge,
            )));
            return;
        }
        leptos::task::spawn_local(async move {
            let texts = diary_texts(lang);
            let outcome = match read_text(&file).await {
                None => Restore::Failed(texts.import_not_a_file.to_owned()),
                Some(text) => match read_backup(&text, Day::today()) {
                    Err(error) => Restore::Failed((texts.import_failed)(&error)),
                    Ok(backup) => {
                        let plan = store.diary.with_untracked(|diary| {
                            store.schedule.with_untracked(|schedule| {
                                plan_import(diary, schedule, &backup, js_sys::Date::now() as u64)
                            })
                        });
                        Restore::Preview(Box::new(plan), None)
                    }
                },
            };
            restore.set(outcome);
        });
    };
    // The diaries kept aside as damaged; re-read after every change here.
    let kept = RwSignal::new(storage::kept_aside_of::<Diary>());
    let confirm_restore = move |plan: ImportPlan, kept_as: Option<String>| {
        let result = store
            .change(|diary| apply_entries(diary, &plan))
            .and_then(|()| store.change_schedule(|schedule| apply_schedule(schedule, &plan)));
        restore.set(match result {
            Ok(()) => {
                // Merged: the copy kept aside has done its work.
                if let Some(key) = kept_as {
                    storage::remove_kept_aside(&key);
                    kept.set(storage::kept_aside_of::<Diary>());
                }
                Restore::Done(plan.new.len() + plan.updated.len() + plan.foreign.len())
            }
            Err(error) => Restore::Failed(t.write_error(error).to_owned()),
        });
    };
    let offer_kept = move |key: String| {
        let Some(diary) = storage::kept_aside(&key).and_then(|raw| decode::<Diary>(&raw).ok())
        else {
            return;
        };
        let backup = Backup {
            made_on: Day::today(),
            diary,
            schedule: CurrentSchedule::default(),
        };
        let plan = store.diary.with_untracked(|here| {
            plan_import(
                here,
                &CurrentSchedule::default(),
                &backup,
                js_sys::Date::now() as u64,
            )
        });
        restore.set(Restore::Preview(Box::new(plan), Some(key)));
    };
    let kept_view = move || {
        let copies = kept.get();
        (!copies.is_empty()).then(|| {
            let lang = i18n.lang();
            let items = copies
                .into_iter()
                .map(|copy| {
                    let date = Day::parse(copy.since.get(..10).unwrap_or_default())
                        .map(|day| dates::full_date(day, lang))
                        .unwrap_or_else(|| copy.since.clone());
                    let readable = storage::kept_aside(&copy.key)
                        .is_some_and(|raw| decode::<Diary>(&raw).is_ok());
                    let confirming = RwSignal::new(false);
                    let failed = RwSignal::new(false);
                    let (restore_key, save_key, remove_key) =
                        (copy.key.clone(), copy.key.clone(), copy.key.clone());
                    let save = move |_| {
                        if let Some(raw) = storage::kept_aside(&save_key) {
                            download(t.damaged_file_name, "text/plain", &raw);
                        }
                    };
                    let remove = move |_| {
                        let gone = storage::remove_kept_aside(&remove_key);
                        failed.set(!gone);
                        confirming.set(false);
                        kept.set(storage::kept_aside_of::<Diary>());
                    };
                    view! {
                        <li class="kept-aside">
                            <p>{(t.kept_item)(&date, copy.bytes.div_ceil(1024))}</p>
                            <p class="hint">{if readable { t.kept_readable } else { t.kept_unreadable }}</p>
                            <div class="actions">
                                {readable.then(|| view! {
                                    <button type="button" class="button" on:click=move |_| offer_kept(restore_key.clone())>
                                        {t.kept_restore}
                                    </button>
                                })}
                                <button type="button" class="button secondary" on:click=save>{t.kept_download}</button>
                                <button type="button" class="button secondary danger" hidden=move || confirming.get()
                                    on:click=move |_| confirming.set(true)>
                                    {t.kept_remove}
                                </button>
                            </div>
                            <div class="notice warning" role="alertdialog" hidden=move || !confirming.get()>
                                <p>{t.kept_remove_question}</p>
                                <div class="actions">
                                    <button type="button" class="button danger-solid" on:click=remove>{t.kept_remove_confirm}</button>
                                    <button type="button" class="button secondary" on:click=move |_| confirming.set(false)>
                                        {t.cancel}
                                    </button>
                                </div>
                            </div>
                            <p class="form-error" role="alert" hidden=move || !failed.get()>{t.kept_remove_failed}</p>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <h3>{t.kept_heading}</h3>
                <p>{t.kept_explain}</p>
                <ul class="kept-aside-list">{items}</ul>
            }
        })
    };
    let restore_view = move || match restore.get() {
        Restore::Idle => None,
        Restore::Reading => Some(view! { <p role="status">{t.import_reading}</p> }.into_any()),
        Restore::Failed(message) => {
            Some(view! { <p class="notice warning" role="alert">{message}</p> }.into_any())
        }
        Restore::Done(count) => {
            Some(view! { <p class="notice" role="status">{(t.import_done)(count)}</p> }.into_any())
        }
        Restore::Preview(plan, kept_as) => {
            let summary = (t.import_preview)(
                plan.new.len() + plan.foreign.len(),
                plan.updated.len(),
                plan.unchanged,
            );
            let with_schedule = plan
                .schedule
                .schedule
                .is_some()
                .then(|| view! { <p>{t.import_with_schedule}</p> });
            Some(if plan.changes_anything() {
                view! {
                    <div class="notice import-preview" role="status">
                        <p>{summary}</p>
                        {with_schedule}
                        <div class="actions">
                            <button type="button" class="button" on:click=move |_| confirm_restore((*plan).clone(), kept_as.clone())>
                                {t.import_confirm}
                            </button>
                            <button type="button" class="button secondary" on:click=move |_| restore.set(Restore::Idle)>
                                {t.cancel}
                            </button>
                        </div>
                    </div>
                }
                .into_any()
            } else {
                view! { <p class="notice" role="status">{t.import_nothing_new}</p> }.into_any()
            })
        }
    };

    let confirming_delete = RwSignal::new(false);
    let delete_status = RwSignal::new(None::<&'static str>);
    let delete_all = move |_| {
        let everything_gone = storage::forget_everything();
        store.diary.set(Diary::default());
        store.schedule.set(CurrentSchedule::default());
        store.backup.set(BackupInfo::default());
        store.last_removed.set(None);
        store.problem.set(None);
        confirming_delete.set(false);
        delete_status.set(Some(if everything_gone {
            t.delete_done
        } else {
            t.delete_failed
        }));
    };

    let persisted = RwSignal::new(false);
    leptos::task::spawn_local(async move { persisted.set(storage::is_persisted().await) });

    view! {
        <Page title=t.data_title class="diary data">
            <DiaryMenu />
            <StorageNotice />
            <section>
                <h2>{t.backup_heading}</h2>
                <p>{t.backup_explain}</p>
                <p class="hint">{last_backup}</p>
                <button type="button" class="button" on:click=backup>{t.backup_make}</button>
                <p role="status">{move || backup_status.get()}</p>
                <p class="hint" hidden=move || !persisted.get()>{t.persisted}</p>
            </section>
            <section>
                <h2>{t.export_heading}</h2>
                <p>{t.export_explain}</p>
                <div class="actions">
                    <button type="button" class="button secondary" on:click=export_csv>{t.export_csv}</button>
                    <A href=base.href("/dagboek/overzicht") attr:class="button secondary">{t.export_print}</A>
                </div>
            </section>
            <ShareProgress />
            <section>
                <h2>{t.import_heading}</h2>
                <p>{t.import_explain}</p>
                <label class="button secondary file-button">
                    {t.import_choose}
                    <input type="file" accept=".json,application/json" class="visually-hidden" on:change=choose_file />
                </label>
                {kept_view}
                {restore_view}
            </section>
            <section>
                <h2>{t.delete_heading}</h2>
                <p>{t.delete_explain}</p>
                <Show
                    when=move || confirming_delete.get()
                    fallback=move || view! {
                        <button type="button" class="button secondary danger" on:click=move |_| {
                            delete_status.set(None);
                            confirming_delete.set(true);
                        }>
                            {t.delete_start}
                        </button>
                    }
                >
                    <div class="notice warning" role="alertdialog" aria-labelledby="delete-question">
                        <p id="delete-question">{t.delete_question}</p>
                        <div class="actions">
                            <button type="button" class="button danger-solid" on:click=delete_all>{t.delete_confirm}</button>
                            <button type="button" class="button secondary" on:click=move |_| confirming_delete.set(false)>
                                {t.cancel}
                            </button>
                        </div>
                    </div>
                </Show>
                <p role="status">{move || delete_status.get()}</p>
            </section>
        </Page>
    }
}
