//! One saved result, at `/zelftest/uitslag/<id>`: the result with its date,
//! as it was shown that day (`Standing`), compared with the one before it, and the ways on (all results, the test
//! again). An unknown id gets "not found".

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

use super::notice::{storage_messages, StorageNotice};
use super::result::ResultView;
use crate::i18n::use_i18n;
use crate::routes::Part;
use crate::self_check::texts::texts;
use crate::self_check::{SavedResults, HISTORY_PATH};
use crate::shell::{use_base_path, NotFound, Page};
use crate::storage;

/// The page of one saved result.
#[component]
pub fn ResultPage() -> impl IntoView {
    let i18n = use_i18n();
    let base = use_base_path();
    let params = use_params_map();
    let loaded = storage::load::<SavedResults>();
    let saved = RwSignal::new(loaded.value);
    let problems = RwSignal::new(loaded.problem.into_iter().collect::<Vec<_>>());
    // Deleted or restored in another tab: follow it.
    storage::watch::<SavedResults>(move |loaded| {
        saved.set(loaded.value);
        if let Some(problem) = loaded.problem {
            problems.update(|problems| problems.push(problem));
        }
    });

    let id = Memo::new(move |_| {
        params
            .read()
            .get("id")
            .and_then(|id| id.parse::<u32>().ok())
    });
    move || {
        let t = texts(i18n.lang());
        let found = id.get().and_then(|id| {
            saved.with(|saved| {
                let result = saved.get(id)?.clone();
                let previous = saved.before(id).cloned();
                Some((result, previous))
            })
        });
        let messages = storage_messages(t, &problems.get(), None);
        let Some((result, previous)) = found else {
            // With nothing readable in storage, "not found" would mislead:
            // say what is wrong instead.
            if messages.is_empty() {
                return view! { <NotFound /> }.into_any();
            }
            return view! {
                <Page title=texts(i18n.lang()).result_title class="self-check">
                    <StorageNotice messages=messages />
                    <p><A href=base.href(HISTORY_PATH) attr:class="link-row">{t.all_results}</A></p>
                </Page>
            }
            .into_any();
        };
        let (Some(score), Some(standing)) = (result.score(), result.standing()) else {
            return view! { <NotFound /> }.into_any();
        };
        let date = result.date;
        let compare: Vec<_> = std::iter::once(result).chain(previous).collect();
        view! {
            <Page title=texts(i18n.lang()).result_title class="self-check">
                <StorageNotice messages=messages />
                <ResultView t date score standing compare take_focus=false />
                <div class="result-actions">
                    <A href=base.href(HISTORY_PATH) attr:class="button button-secondary">{t.all_results}</A>
                    <A href=base.href(Part::SelfCheck.path()) attr:class="button button-secondary">{t.again}</A>
                </div>
            </Page>
        }
        .into_any()
    }
}
