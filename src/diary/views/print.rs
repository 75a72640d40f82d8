//! `/dagboek/overzicht`: a summary to print (or save as PDF) and bring to
//! the appointment: the period, the schedule, pain and exercise days per
//! week, and the entries of the last weeks. The print stylesheet hides the
//! app's frame.

use leptos::prelude::*;

use super::{exercise_name, summary_exercise};
use crate::calendar::Day;
use crate::diary::plausible_days;
use crate::diary::stats::{adherence, pain_per_week, streaks};
use crate::diary::store::use_diary;
use crate::diary::texts::diary_texts;
use crate::exercises::dose_in_words;
use crate::i18n::{dates, use_i18n};
use crate::shell::Page;

/// How many weeks of detail the summary prints.
const WEEKS: i32 = 12;

#[component]
pub fn PrintPage() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_diary();
    let t = diary_texts(i18n.lang());
    let lang = i18n.lang();
    let today = Day::today();
    // The Monday twelve weeks back (today itself only on a phone whose
    // clock is set to the first days of the calendar).
    let from = today
        .checked_plus_days(-(WEEKS * 7) + 1)
        .and_then(Day::monday)
        .unwrap_or(today);
    let shown = plausible_days(today);

    let print = |_| {
        // Printing can only fail when the browser has no print dialog; the
        // page itself is the summary then.
        let _ = window().print();
    };
    let schedule = move || {
        store.schedule.with(|current| {
            current.schedule.as_ref().map(|schedule| {
                let summary = if schedule.from_clinic {
                    (t.schedule_from_clinic)(schedule.days_per_week)
                } else {
                    (t.schedule_own)(schedule.days_per_week)
                };
                view! {
                    <h2>{t.schedule_title}</h2>
                    <p>{summary}</p>
                    <ul>
                        {schedule.exercises.iter().map(|planned| view! {
                            <li>{exercise_name(planned.exercise, lang)} ": " {dose_in_words(planned.exercise, planned.dose, lang)}</li>
                        }).collect_view()}
                    </ul>
                }
            })
        })
    };
    let weeks = move || {
        let schedule = store.schedule.with(|s| s.schedule.clone());
        store.diary.with(|diary| {
            let pain = pain_per_week(diary, today);
            adherence(diary, schedule.as_ref(), today, WEEKS)
                .into_iter()
                .rev()
                .map(|week| {
                    let week_pain = pain.iter().find(|p| p.monday == week.monday);
                    let avg = |value: Option<f32>| value.map(|v| dates::one_decimal(v, lang)).unwrap_or_else(|| "–".into());
                    view! {
                        <tr>
                            <th scope="row">{(t.week_of)(&dates::short_date(week.monday, lang))}</th>
                            <td>{(t.calendar_week)(week.exercised_days, week.target_days)}</td>
                            <td>{avg(week_pain.map(|p| p.before))}</td>
                            <td>{avg(week_pain.map(|p| p.after))}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let entries = move || {
        store.diary.with(|diary| {
            diary
                .summary_lines()
                .into_iter()
                .filter(|line| line.day() >= from && shown.contains(&line.day()))
                .rev()
                .map(|line| {
                    let pain = line.pain();
                    view! {
                        <tr>
                            <td>{dates::short_date(line.day(), lang)}</td>
                            <td>{summary_exercise(&line, lang)}</td>
                            <td>{line.dose_in_words(lang)}</td>
                            <td>{pain.map(|(before, _)| before.value())}</td>
                            <td>{pain.map(|(_, after)| after.value())}</td>
                            <td>{line.note().to_owned()}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let streak = move || store.diary.with(|diary| streaks(diary, today));

    view! {
        <Page title=t.print_title class="diary print-summary">
            <p class="no-print">
                <button type="button" class="button" on:click=print>{t.print_button}</button>
            </p>
            <p>{move || (t.print_period)(&dates::full_date(from, lang), &dates::full_date(today, lang))}</p>
            <p>
                {t.streak_current} ": " {move || (t.days_unit)(streak().current)} ". "
                {t.streak_longest} ": " {move || (t.days_unit)(streak().longest)} "."
            </p>
            {schedule}
            <h2>{t.print_weeks_heading}</h2>
            <table class="print-table">
                <thead>
                    <tr>
                        <th scope="col">{t.chart_col_week}</th>
                        <th scope="col">{t.print_col_days}</th>
                        <th scope="col">{t.chart_col_before}</th>
                        <th scope="col">{t.chart_col_after}</th>
                    </tr>
                </thead>
                <tbody>{weeks}</tbody>
            </table>
            <h2>{t.print_entries_heading}</h2>
            <table class="print-table">
                <thead>
                    <tr>
                        <th scope="col">{t.csv_date}</th>
                        <th scope="col">{t.csv_exercise}</th>
                        <th scope="col">{t.csv_dose}</th>
                        <th scope="col">{t.chart_col_before}</th>
                        <th scope="col">{t.chart_col_after}</th>
                        <th scope="col">{t.csv_note}</th>
                    </tr>
                </thead>
                <tbody>{entries}</tbody>
            </table>
            <p class="hint">{move || (t.print_made_on)(&dates::full_date(today, lang))}</p>
        </Page>
    }
}
