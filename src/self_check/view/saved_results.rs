//! All saved results, at `/zelftest/uitslagen`: side by side to see what
//! changed, and as a list to open or delete one. A deleted result can be
//! brought back with "undo" until the next deletion.

use leptos::prelude::*;
use leptos_router::components::A;

use super::compare::CompareTable;
use super::notice::{storage_messages, StorageNotice};
use crate::i18n::use_i18n;
use crate::routes::Part;
use crate::self_check::texts::{texts, SelfCheckTexts};
use crate::self_check::{result_path, SavedResult, SavedResults, Standing};
use crate::shell::{use_base_path, Page};
use crate::storage::{self, WriteError};

/// The page with every saved result.
#[component]
pub fn SavedResultsPage() -> impl IntoView {
    let i18n = use_i18n();
    let loaded = storage::load::<SavedResults>();
    let saved = RwSignal::new(loaded.value);
    let problems = RwSignal::new(loaded.problem.into_iter().collect::<Vec<_>>());
    let write_error = RwSignal::new(None::<WriteError>);
    let deleted = RwSignal::new(None::<SavedResult>);
    storage::watch::<SavedResults>(move |loaded| {
        saved.set(loaded.value);
        if let Some(problem) = loaded.problem {
            problems.update(|problems| problems.push(problem));
        }
    });

    let delete = Callback::new(move |id: u32| {
        let mut removed = None;
        match storage::modify::<SavedResults>(|results| removed = results.remove(id)) {
            Ok(now) => {
                saved.set(now);
                write_error.set(None);
                deleted.set(removed);
            }
            Err(error) => write_error.set(Some(error)),
        }
    });
    let undo = Callback::new(move |()| {
        let Some(result) = deleted.get_untracked() else {
            return;
        };
        match storage::modify::<SavedResults>(|results| results.restore(result)) {
            Ok(now) => {
                saved.set(now);
                write_error.set(None);
                deleted.set(None);
            }
            Err(error) => write_error.set(Some(error)),
        }
    });

    let base = use_base_path();
    let content = move || {
        let t = texts(i18n.lang());
        let results = saved.with(SavedResults::newest_first);
        if results.is_empty() {
            return view! { <Empty t /> }.into_any();
        }
        // One result has nothing to stand beside yet.
        let side_by_side = if results.len() > 1 {
            let scrolls = results.len() > 2;
            let columns = results.clone();
            view! {
                <p>{t.side_by_side_intro} {scrolls.then_some(" ")} {scrolls.then_some(t.side_by_side_scroll)}</p>
                <CompareTable t columns />
            }
            .into_any()
        } else {
            view! { <p>{t.side_by_side_later}</p> }.into_any()
        };
        view! {
            <p class="note not-a-diagnosis">{t.not_a_diagnosis}</p>
            <h2>{t.side_by_side_heading}</h2>
            {side_by_side}
            <h2>{t.list_heading}</h2>
            <ul class="result-list">
                {results.into_iter().map(|result| view! { <ResultCard t result on_delete=delete /> }).collect_view()}
            </ul>
            <A href=base.href(Part::SelfCheck.path()) attr:class="button button-secondary">{t.again}</A>
        }
        .into_any()
    };

    view! {
        <Page title=texts(i18n.lang()).history_title class="self-check">
            <StorageNotice messages=Signal::derive(move || {
                storage_messages(texts(i18n.lang()), &problems.get(), write_error.get())
            }) />
            {move || deleted.get().map(|result| {
                view! { <UndoNotice t=texts(i18n.lang()) result on_undo=undo /> }
            })}
            {content}
        </Page>
    }
}

/// No results yet: what this page will hold, and the way to the test.
#[component]
fn Empty(t: &'static SelfCheckTexts) -> impl IntoView {
    let base = use_base_path();
    view! {
        <p>{t.history_empty}</p>
        <A href=base.href(Part::SelfCheck.path()) attr:class="button">{t.history_start}</A>
    }
}

/// One saved result in the list: its date and the message it showed that
/// day, a line when the test has changed since, a link to it, and "delete".
#[component]
fn ResultCard(
    t: &'static SelfCheckTexts,
    result: SavedResult,
    on_delete: Callback<u32>,
) -> impl IntoView {
    let base = use_base_path();
    let date = (t.date)(result.date);
    let standing = result.standing();
    let band = standing.map(|standing| t.verdict(standing.shown()));
    let changed = standing.and_then(|standing| match standing {
        Standing::AsSaved(_) => None,
        Standing::Changed { today, .. } => Some((t.rescored)(t.verdict(today))),
        Standing::Rescored(_) => Some(t.earlier_version.to_owned()),
    });
    let id = result.id;
    view! {
        <li class="result-card">
            <h3>{date.clone()}</h3>
            <p>{band}</p>
            {changed.map(|line| view! { <p class="note test-changed">{line}</p> })}
            <div class="result-card-actions">
                <A href=base.href(&result_path(id)) attr:class="button button-secondary">{t.view_result}</A>
                <button
                    type="button"
                    class="button button-quiet"
                    aria-label=(t.delete_label)(&date)
                    on:click=move |_| on_delete.run(id)
                >
                    {t.delete}
                </button>
            </div>
        </li>
    }
}

/// "Deleted", with the button to bring the result back. It takes focus, as
/// the button that was pressed is gone.
#[component]
fn UndoNotice(
    t: &'static SelfCheckTexts,
    result: SavedResult,
    on_undo: Callback<()>,
) -> impl IntoView {
    let button = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        if let Some(button) = button.get() {
            // Focus only fails on a detached node; nothing to do then.
            let _ = button.focus();
        }
    });
    view! {
        <div class="undo-notice" role="status">
            <p>{(t.deleted)(&(t.date)(result.date))}</p>
            <button type="button" class="button" node_ref=button on:click=move |_| on_undo.run(())>
                {t.undo}
            </button>
        </div>
    }
}
