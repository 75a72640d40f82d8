//! The messages about stored data: a problem found while loading, or a
//! change that could not be written. Shown above the page's content, while
//! everything the patient entered stays on screen.

use leptos::prelude::*;

use crate::self_check::texts::SelfCheckTexts;
use crate::storage::{StorageProblem, WriteError};

/// The messages to show for the problems found while loading and the last
/// failed write. A failed write is not repeated when a loading problem
/// already says that nothing can be stored.
pub fn storage_messages(
    t: &SelfCheckTexts,
    problems: &[StorageProblem],
    write_error: Option<WriteError>,
) -> Vec<String> {
    let mut messages: Vec<String> = Vec::new();
    for problem in problems {
        let message = t.storage_problem(problem).to_owned();
        if !messages.contains(&message) {
            messages.push(message);
        }
    }
    let explained = problems.iter().any(|problem| {
        matches!(
            problem,
            StorageProblem::Unavailable
                | StorageProblem::NewerVersion
                | StorageProblem::UnreadableNotMoved
        )
    });
    if let Some(error) = write_error.filter(|_| !explained) {
        messages.push(t.write_error(error));
    }
    messages
}

/// A box with the storage messages; nothing when there are none.
#[component]
pub fn StorageNotice(#[prop(into)] messages: Signal<Vec<String>>) -> impl IntoView {
    move || {
        let messages = messages.get();
        (!messages.is_empty()).then(|| {
            view! {
                <div class="storage-notice" role="alert">
                    {messages.into_iter().map(|message| view! { <p>{message}</p> }).collect_view()}
                </div>
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::self_check::texts::texts;

    #[test]
    fn each_problem_is_told_once_and_a_failed_write_only_when_not_yet_explained() {
        let t = texts(Lang::Nl);
        let unavailable = t.storage_problem(&StorageProblem::Unavailable).to_owned();
        let full = t.write_error(WriteError::Full);
        let damaged = StorageProblem::Unreadable {
            kept_as: "heup-rug:self-check-draft:onleesbaar:1".into(),
        };
        let cases = [
            (vec![], None, vec![]),
            (vec![], Some(WriteError::Full), vec![full.clone()]),
            (
                vec![StorageProblem::Unavailable, StorageProblem::Unavailable],
                Some(WriteError::Unavailable),
                vec![unavailable],
            ),
            (
                vec![damaged.clone()],
                Some(WriteError::Full),
                vec![t.storage_problem(&damaged).to_owned(), full],
            ),
        ];
        for (problems, write_error, expected) in cases {
            assert_eq!(storage_messages(t, &problems, write_error), expected);
        }
    }
}
