//! `/dagboek/voortgang`: the progress pictures. Streaks, the change in pain
//! since the first week, a pain chart with a weekly average line (with a
//! text and table alternative) and the adherence calendar of recent weeks.

use leptos::prelude::*;

use super::notices::StorageNotice;
use super::DiaryMenu;
use crate::calendar::Day;
use crate::decimal::{one_decimal, Fixed};
use crate::diary::chart::{axis_x, axis_y, pain_chart, PainChart, HEIGHT, WIDTH};
use crate::diary::stats::{
    adherence, pain_change, pain_change_while_exercising, pain_per_day, pain_per_week, streaks,
    AdherenceWeek, DayMark,
};
use crate::diary::store::use_diary;
use crate::diary::texts::diary_texts;
use crate::i18n::{dates, use_i18n};
use crate::shell::Page;

/// How far back the chart looks.
const CHART_DAYS: i32 = 12 * 7;
/// How many weeks the calendar shows.
const CALENDAR_WEEKS: i32 = 6;
/// Over how many days the effect of exercising on pain is averaged.
const EFFECT_DAYS: i32 = 30;
/// Changes smaller than this (in points on the 0–10 scale) count as "the same".
const SAME_WITHIN: f32 = 0.5;

#[component]
pub fn ProgressPage() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_diary();
    let t = diary_texts(i18n.lang());
    let today = Day::today();
    let lang = move || i18n.lang();

    let streak = Memo::new(move |_| store.diary.with(|d| streaks(d, today)));
    let change = Memo::new(move |_| store.diary.with(|d| pain_change(d, today)));
    let effect = Memo::new(move |_| {
        store
            .diary
            .with(|d| pain_change_while_exercising(d, today, EFFECT_DAYS))
    });
    let weeks = Memo::new(move |_| store.diary.with(pain_per_week));
    let chart = Memo::new(move |_| {
        store.diary.with(|diary| {
            let first = diary.entries().first()?.day;
            let from = first.max(today.plus_days(-CHART_DAYS));
            Some(pain_chart(&pain_per_day(diary), &weeks.get(), from, today))
        })
    });
    let calendar = Memo::new(move |_| {
        let schedule = store.schedule.with(|s| s.schedule.clone());
        store
            .diary
            .with(|d| adherence(d, schedule.as_ref(), today, CALENDAR_WEEKS))
    });
    let empty = move || store.diary.with(|d| d.is_empty());

    let change_text = move || match change.get() {
        None => view! { <p>{t.pain_change_wait}</p> }.into_any(),
        Some(change) => {
            let improvement = change.improvement();
            let points = dates::one_decimal(improvement.abs(), lang());
            let verdict = if improvement.abs() < SAME_WITHIN {
                t.pain_change_same.to_owned()
            } else if improvement > 0.0 {
                (t.pain_change_better)(&points)
            } else {
                (t.pain_change_worse)(&points)
            };
            view! {
                <p class="pain-change">
                    {(t.pain_change)(&dates::one_decimal(change.first_week, lang()), &dates::one_decimal(change.last_week, lang()))}
                    " " <strong>{verdict}</strong>
                </p>
            }
            .into_any()
        }
    };
    let effect_text = move || {
        effect.get().map(|delta| {
            let points = dates::one_decimal(delta.abs(), lang());
            let text = if delta.abs() < SAME_WITHIN {
                t.exercise_effect_same.to_owned()
            } else if delta < 0.0 {
                (t.exercise_effect_lower)(&points)
            } else {
                (t.exercise_effect_higher)(&points)
            };
            view! { <p>{text}</p> }
        })
    };

    view! {
        <Page title=t.progress_title class="diary progress">
            <DiaryMenu />
            <StorageNotice />
            <Show when=move || !empty() fallback=move || view! { <p>{t.progress_empty}</p> }>
                <div class="streak-tiles">
                    <p class="tile">
                        <span class="tile-label">{t.streak_current}</span>
                        <span class="tile-value">{move || (t.days_unit)(streak.get().current)}</span>
                    </p>
                    <p class="tile">
                        <span class="tile-label">{t.streak_longest}</span>
                        <span class="tile-value">{move || (t.days_unit)(streak.get().longest)}</span>
                    </p>
                </div>
                <h2>{t.pain_change_heading}</h2>
                {change_text}
                {effect_text}
                <h2 id="pain-chart-heading">{t.chart_heading}</h2>
                {move || chart.get().map(|chart| view! { <PainChartView chart weeks /> })}
                <h2>{t.calendar_heading}</h2>
                <AdherenceCalendar weeks=calendar />
            </Show>
        </Page>
    }
}

/// The SVG chart, its legend, and its text and table alternatives.
#[component]
fn PainChartView(
    chart: PainChart,
    weeks: Memo<Vec<crate::diary::stats::WeekPain>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = diary_texts(i18n.lang());
    let lang = i18n.lang();
    let shown_weeks: Vec<_> = weeks
        .get_untracked()
        .into_iter()
        .filter(|w| w.monday.plus_days(6) >= chart.from)
        .collect();
    let summary = {
        let first = shown_weeks
            .first()
            .map(|w| dates::one_decimal(w.before, lang))
            .unwrap_or_default();
        let last = shown_weeks
            .last()
            .map(|w| dates::one_decimal(w.before, lang))
            .unwrap_or_default();
        (t.chart_summary)(
            chart.day_dots.len(),
            &dates::short_date(chart.from, lang),
            &dates::short_date(chart.to, lang),
            &first,
            &last,
        )
    };
    let line: String = chart
        .week_line
        .iter()
        .map(|p| format!("{},{} ", one_decimal(p.x), one_decimal(p.y)))
        .collect();
    view! {
        <figure class="pain-chart">
            <svg viewBox=format!("0 0 {} {}", Fixed::<0>(WIDTH.into()), Fixed::<0>(HEIGHT.into())) role="img" aria-labelledby="pain-chart-heading pain-chart-summary">
                {chart.pain_lines.iter().map(|(pain, y)| view! {
                    <line class="grid-line" x1=one_decimal(axis_x()) x2=one_decimal(WIDTH) y1=one_decimal(*y) y2=one_decimal(*y) />
                    <text class="axis-label" x=one_decimal(axis_x() - 6.0) y=one_decimal(*y + 4.0) text-anchor="end">{*pain}</text>
                }).collect_view()}
                {chart.week_marks.iter().map(|(x, monday)| view! {
                    <text class="axis-label" x=one_decimal(*x) y=one_decimal(axis_y() + 16.0) text-anchor="middle">{dates::short_date(*monday, lang)}</text>
                }).collect_view()}
                <polyline class="week-line" points=line />
                {chart.day_dots.iter().map(|p| view! { <circle class="day-dot" cx=one_decimal(p.x) cy=one_decimal(p.y) r="3" /> }).collect_view()}
            </svg>
            <figcaption>
                <span class="legend legend-day">{t.chart_legend_day}</span>
                <span class="legend legend-week">{t.chart_legend_week}</span>
                <span id="pain-chart-summary" class="chart-summary">{summary}</span>
            </figcaption>
        </figure>
        <details class="chart-table">
            <summary>{t.chart_table_summary}</summary>
            <table>
                <thead>
                    <tr>
                        <th scope="col">{t.chart_col_week}</th>
                        <th scope="col">{t.chart_col_before}</th>
                        <th scope="col">{t.chart_col_after}</th>
                    </tr>
                </thead>
                <tbody>
                    {shown_weeks.into_iter().rev().map(|week| view! {
                        <tr>
                            <th scope="row">{(t.week_of)(&dates::short_date(week.monday, lang))}</th>
                            <td>{dates::one_decimal(week.before, lang)}</td>
                            <td>{dates::one_decimal(week.after, lang)}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </details>
    }
}

/// Recent weeks as a table: a row per week, a cell per day, marked "all
/// done", "part done" or "not exercised", and the week's total.
#[component]
fn AdherenceCalendar(weeks: Memo<Vec<AdherenceWeek>>) -> impl IntoView {
    let i18n = use_i18n();
    let t = diary_texts(i18n.lang());
    let lang = i18n.lang();
    let mark_text = move |mark: DayMark| match mark {
        DayMark::Done => t.calendar_done,
        DayMark::Part => t.calendar_part,
        DayMark::Nothing => t.calendar_nothing,
        DayMark::Future => "",
    };
    view! {
        <table class="calendar">
            <thead>
                <tr>
                    <td></td>
                    {(0..7).map(|i| view! { <th scope="col">{dates::weekday_short(i, lang)}</th> }).collect_view()}
                </tr>
            </thead>
            <tbody>
                {move || weeks.get().into_iter().map(|week| view! {
                    <tr>
                        <th scope="row">
                            {dates::short_date(week.monday, lang)}
                            <span class="week-total">{(t.calendar_week)(week.exercised_days, week.target_days)}</span>
                        </th>
                        {week.days.iter().enumerate().map(|(i, mark)| {
                            let day = week.monday.plus_days(i as i32);
                            let class = match mark {
                                DayMark::Done => "mark done",
                                DayMark::Part => "mark part",
                                DayMark::Nothing => "mark nothing",
                                DayMark::Future => "mark future",
                            };
                            let label = match mark {
                                DayMark::Future => String::new(),
                                _ => format!("{}: {}", dates::weekday_and_date(day, lang), mark_text(*mark)),
                            };
                            view! {
                                <td class=class>
                                    <MarkDot label />
                                </td>
                            }
                        }).collect_view()}
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
        <p class="calendar-legend">
            <span class="mark done"><MarkDot label=String::new() />{t.calendar_done}</span>
            <span class="mark part"><MarkDot label=String::new() />{t.calendar_part}</span>
            <span class="mark nothing"><MarkDot label=String::new() />{t.calendar_nothing}</span>
        </p>
    }
}

/// A day's mark in the calendar, drawn in SVG: a filled circle for "all
/// done", a half-filled one for "part done", an empty ring for "not
/// exercised" (the table cell's class picks which). `label` names the day
/// for screen readers; an empty label marks a decorative copy (the legend).
#[component]
fn MarkDot(label: String) -> impl IntoView {
    let decorative = label.is_empty();
    view! {
        <svg class="mark-dot" viewBox="0 0 20 20" role=(!decorative).then_some("img")
            aria-label=(!decorative).then(|| label.clone()) aria-hidden=decorative.then_some("true")>
            {(!decorative).then(|| view! { <title>{label.clone()}</title> })}
            <circle class="mark-ring" cx="10" cy="10" r="8.5" />
            <path class="mark-half" d="M10 1.5a8.5 8.5 0 0 0 0 17z" />
            <circle class="mark-fill" cx="10" cy="10" r="8.5" />
        </svg>
    }
}
