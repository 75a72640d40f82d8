//! Results side by side: one column per result (newest first), one row per
//! question, so the patient sees what changed. Scrolls sideways within
//! itself on a narrow phone, with the questions kept in view.

use leptos::prelude::*;

use crate::calendar::Day;
use crate::self_check::texts::SelfCheckTexts;
use crate::self_check::{score, Answers, Group, Outcome, QUESTIONS};

/// The table of `columns`, each a result's day and answers.
#[component]
pub fn CompareTable(t: &'static SelfCheckTexts, columns: Vec<(Day, Answers)>) -> impl IntoView {
    let header = columns
        .iter()
        .map(|(date, _)| view! { <th scope="col">{(t.date_short)(*date)}</th> })
        .collect_view();
    let bands = columns
        .iter()
        .map(|(_, answers)| {
            let word = match score(answers) {
                Outcome::Scored(score) => t.band_short(score.band),
                Outcome::SeeGp(_) => "",
            };
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
                .map(|(_, answers)| {
                    let answer = answers
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
    }
}
