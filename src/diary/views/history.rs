//! `/dagboek/geschiedenis`: every day with entries, newest first, a few
//! weeks at a time, each entry with "change" and "delete" (with undo).

use leptos::prelude::*;
use leptos_router::components::A;

use super::notices::{StorageNotice, UndoBar};
use super::{exercise_name, DiaryMenu};
use crate::calendar::Day;
use crate::diary::store::use_diary;
use crate::diary::texts::diary_texts;
use crate::diary::DiaryEntry;
use crate::exercises::dose_in_words;
use crate::i18n::{dates, use_i18n};
use crate::shell::{use_base_path, Page};

/// How many days the page shows at first, and adds per "show older".
const DAYS_PER_PAGE: usize = 14;

/// The history page.
#[component]
pub fn HistoryPage() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_diary();
    let t = diary_texts(i18n.lang());
    let shown = RwSignal::new(DAYS_PER_PAGE);
    let this_year = Day::today().year();
    // Only the days on screen are copied out of the diary; ten years of
    // entries stay where they are.
    let days = Memo::new(move |_| {
        store.diary.with(|diary| {
            let all = diary.days_newest_first();
            let more = all.len() > shown.get();
            let page: Vec<(Day, Vec<DiaryEntry>)> = all
                .into_iter()
                .take(shown.get())
                .map(|(day, entries)| (day, entries.to_vec()))
                .collect();
            (page, more)
        })
    });
    let day_heading = move |day: Day| {
        let words = dates::weekday_and_date(day, i18n.lang());
        if day.year() == this_year {
            words
        } else {
            format!("{words} {}", day.year())
        }
    };
    view! {
        <Page title=t.history_title class="diary">
            <DiaryMenu />
            <StorageNotice />
            <UndoBar />
            {move || {
                let (page, more) = days.get();
                if page.is_empty() {
                    return view! { <p>{t.history_empty}</p> }.into_any();
                }
                view! {
                    {page
                        .into_iter()
                        .map(|(day, entries)| view! {
                            <section class="history-day">
                                <h2>{day_heading(day)}</h2>
                                <ul class="entry-list">
                                    {entries.into_iter().map(|entry| view! { <HistoryEntry entry /> }).collect_view()}
                                </ul>
                            </section>
                        })
                        .collect_view()}
                    <button type="button" class="button secondary wide" hidden=!more
                        on:click=move |_| shown.update(|n| *n += DAYS_PER_PAGE)>
                        {t.show_older}
                    </button>
                }
                .into_any()
            }}
        </Page>
    }
}

#[component]
fn HistoryEntry(entry: DiaryEntry) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_diary();
    let base = use_base_path();
    let t = diary_texts(i18n.lang());
    let name = exercise_name(entry.exercise, i18n.lang());
    let error = RwSignal::new(None::<&'static str>);
    let id = entry.id.clone();
    let delete = move |_| {
        if let Err(failure) = store.remove(&id) {
            error.set(Some(t.write_error(failure)));
        }
    };
    let edit_href = base.href(&format!(
        "/dagboek/bewerk/{}?terug=geschiedenis",
        entry.id.as_str()
    ));
    view! {
        <li class="entry">
            <span class="entry-name">{name}</span>
            <span>
                {dose_in_words(entry.exercise, entry.dose, i18n.lang())} " · "
                {(t.pain_from_to)(entry.pain_before.value(), entry.pain_after.value())}
            </span>
            {(!entry.note.is_empty()).then(|| view! { <span class="entry-note">{entry.note.clone()}</span> })}
            <span class="entry-actions">
                <A href=edit_href attr:aria-label=(t.edit_label)(name)>{t.edit}</A>
                <button type="button" class="link-button" on:click=delete>{t.delete}</button>
            </span>
            <span class="form-error" hidden=move || error.get().is_none()>{move || error.get()}</span>
        </li>
    }
}
