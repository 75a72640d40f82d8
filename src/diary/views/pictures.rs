//! The progress pictures the diary and the report page share: the pain
//! chart's drawing, its table alternative, and the adherence calendar.

use leptos::prelude::*;

use crate::calendar::Day;
use crate::decimal::{one_decimal, Fixed};
use crate::diary::chart::{axis_x, axis_y, PainChart, Point, HEIGHT, WIDTH};
use crate::diary::stats::{AdherenceWeek, DayMark};
use crate::diary::texts::diary_texts;
use crate::i18n::{dates, use_i18n};

/// The chart's drawing: the grid, the week labels, one polyline per
/// `(class, points)` in `lines`, and the day dots. `labelled_by` names the
/// heading and the text alternative that describe it.
#[component]
pub fn PainChartSvg(
    chart: PainChart,
    lines: Vec<(&'static str, Vec<Point>)>,
    labelled_by: &'static str,
) -> impl IntoView {
    let lang = use_i18n().lang();
    let points = |line: &[Point]| -> String {
        line.iter()
            .map(|p| format!("{},{} ", one_decimal(p.x), one_decimal(p.y)))
            .collect()
    };
    view! {
        <svg viewBox=format!("0 0 {} {}", Fixed::<0>(WIDTH.into()), Fixed::<0>(HEIGHT.into())) role="img" aria-labelledby=labelled_by>
            {chart.pain_lines.iter().map(|(pain, y)| view! {
                <line class="grid-line" x1=one_decimal(axis_x()) x2=one_decimal(WIDTH) y1=one_decimal(*y) y2=one_decimal(*y) />
                <text class="axis-label" x=one_decimal(axis_x() - 6.0) y=one_decimal(*y + 4.0) text-anchor="end">{*pain}</text>
            }).collect_view()}
            {chart.week_marks.iter().map(|(x, monday)| view! {
                <text class="axis-label" x=one_decimal(*x) y=one_decimal(axis_y() + 16.0) text-anchor="middle">{dates::short_date(*monday, lang)}</text>
            }).collect_view()}
            {lines.iter().map(|(class, line)| view! { <polyline class=*class points=points(line) /> }).collect_view()}
            {chart.day_dots.iter().map(|p| view! { <circle class="day-dot" cx=one_decimal(p.x) cy=one_decimal(p.y) r="3" /> }).collect_view()}
        </svg>
    }
}

/// The chart as a table: a row per `(monday, before, after)` week, newest
/// first.
#[component]
pub fn WeekPainTable(rows: Vec<(Day, f32, f32)>) -> impl IntoView {
    let lang = use_i18n().lang();
    let t = diary_texts(lang);
    view! {
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
                    {rows.into_iter().rev().map(|(monday, before, after)| view! {
                        <tr>
                            <th scope="row">{(t.week_of)(&dates::short_date(monday, lang))}</th>
                            <td>{dates::one_decimal(before, lang)}</td>
                            <td>{dates::one_decimal(after, lang)}</td>
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
pub fn AdherenceCalendar(weeks: Signal<Vec<AdherenceWeek>>) -> impl IntoView {
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
                            let day = week.monday.checked_plus_days(i as i32);
                            let class = match mark {
                                DayMark::Done => "mark done",
                                DayMark::Part => "mark part",
                                DayMark::Nothing => "mark nothing",
                                DayMark::Future => "mark future",
                            };
                            let label = match (mark, day) {
                                (DayMark::Future, _) | (_, None) => String::new(),
                                (_, Some(day)) => format!("{}: {}", dates::weekday_and_date(day, lang), mark_text(*mark)),
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
