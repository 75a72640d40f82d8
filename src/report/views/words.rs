//! A report in plain words: the period, the streak, and per week the days
//! practised against the schedule, each exercise's days and the pain.

use leptos::prelude::*;

use crate::exercises::exercise;
use crate::i18n::{dates, use_i18n};
use crate::report::model::Report;
use crate::report::texts::report_texts;

/// The report's figures, newest week first.
#[component]
pub fn ReportWords(report: Report) -> impl IntoView {
    let lang = use_i18n().lang();
    let t = report_texts(lang);
    let calendar = report.calendar();
    let weeks = report
        .weeks
        .iter()
        .zip(calendar)
        .rev()
        .map(|(week, marks)| {
            let exercises = report
                .schedule
                .exercises
                .iter()
                .zip(&week.per_exercise)
                .map(|(planned, days)| {
                    let name = exercise(planned.exercise, lang).name;
                    view! { <li>{(t.exercise_days)(name, *days)}</li> }
                })
                .collect_view();
            let pain = match week.pain {
                Some(pain) => (t.pain_week)(
                    &dates::one_decimal(pain.before(), lang),
                    &dates::one_decimal(pain.after(), lang),
                ),
                None => t.pain_none.to_owned(),
            };
            view! {
                <li class="report-week">
                    <h3>{(t.week_heading)(&dates::short_date(week.monday, lang))}</h3>
                    <p class="report-days">{(t.days_practised)(marks.exercised_days, marks.target_days)}</p>
                    <ul class="report-exercises">{exercises}</ul>
                    <p class="report-pain">{pain}</p>
                </li>
            }
        })
        .collect_view();
    let period = (t.period)(
        report.weeks.len(),
        &dates::weekday_and_date(report.from(), lang),
        &dates::weekday_and_date(report.today, lang),
    );
    view! {
        <p class="report-period">{period}</p>
        <p class="report-streak">{(t.streak)(report.current_streak)}</p>
        <ul class="report-weeks">{weeks}</ul>
    }
}

/// The patient's notes that go along, oldest first.
#[component]
pub fn ReportNotes(report: Report) -> impl IntoView {
    let lang = use_i18n().lang();
    let notes = report
        .notes
        .iter()
        .map(|note| {
            view! {
                <li>
                    <strong>{dates::short_date(note.day, lang)} ", " {exercise(note.exercise, lang).name} ": "</strong>
                    {note.text.clone()}
                </li>
            }
        })
        .collect_view();
    view! { <ul class="report-notes">{notes}</ul> }
}
