//! Results side by side: one column per result (newest first), one row per
//! question, so the patient sees what changed. The top row holds the
//! message each result showed that day, marked "*" where the test has
//! changed since, with one line under the table to say so. Scrolls
//! sideways within itself on a narrow phone, with the questions kept in view.

use leptos::prelude::*;

use crate::self_check::texts::SelfCheckTexts;
use crate::self_check::{Group, SavedResult, QUESTIONS};

/// The table of `columns`, each a saved result.
#[component]
pub fn CompareTable(t: &'static SelfCheckTexts, columns: Vec<SavedResult>) -> impl IntoView {
    let header = columns
        .iter()
        .map(|result| view! { <th scope="col">{(t.date_short)(result.date)}</th> })
        .collect_view();
    let standings: Vec<_> = columns.iter().map(SavedResult::standing).collect();
    let changed = standings
        .iter()
        .flatten()
        .any(|standing| standing.is_marked())
        .then(|| view! { <p class="note compare-changed">{t.compare_changed}</p> });
    let bands = standings
        .into_iter()
        .map(|standing| {
            let word = standing.map(|standing| {
                let mark = if standing.is_marked() { " *" } else { "" };
                format!("{}{mark}", t.verdict_short(standing.shown()))
            });
            view! { <td class="compare-band">{word}</td> }
        })
        .collect_view();
    // Saved results never hold a red flag that stops the test, so those
    // rows would all say "nee"; the age band says nothing about the hip.
    let rows = QUESTIONS
        .iter()
        .filter(|question| question.id.group() != Group::Safety)
        .map(|question| {
            let cells = columns
                .iter()
                .map(|result| {
                    let answer = result
                        .answers
                        .get(question.id)
                        .map(|answer| (t.answer)(answer).short);
                    view! { <td>{answer}</td> }
                })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">{(t.question)(question.id).label}</th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="compare-scroll" role="region" aria-label=t.table_caption tabindex="0">
            <table class="compare">
                <caption>{t.table_caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t.table_question}</th>
                        {header}
                    </tr>
                </thead>
                <tbody>
                    <tr class="compare-band-row">
                        <th scope="row">{t.row_band}</th>
                        {bands}
                    </tr>
                    {rows}
                </tbody>
            </table>
        </div>
        {changed}
    }
}
