//! `/dagboek/voortgang`: the progress pictures. Streaks, the change in pain
//! since the first week, a pain chart with a weekly average line (with a
//! text and table alternative) and the adherence calendar of recent weeks.

use leptos::prelude::*;

use super::notices::StorageNotice;
use super::pictures::{AdherenceCalendar, PainChartSvg, WeekPainTable};
use super::DiaryMenu;
use crate::calendar::Day;
use crate::diary::chart::PainChart;
use crate::diary::progress::Progress;
use crate::diary::stats::WeekPain;
use crate::diary::store::use_diary;
use crate::diary::texts::diary_texts;
use crate::i18n::{dates, use_i18n};
use crate::report::views::ShareProgress;
use crate::shell::Page;

/// Changes smaller than this (in points on the 0–10 scale) count as "the same".
const SAME_WITHIN: f32 = 0.5;

#[component]
pub fn ProgressPage() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_diary();
    let t = diary_texts(i18n.lang());
    let today = Day::today();
    let lang = move || i18n.lang();

    let progress = Memo::new(move |_| {
        let schedule = store.schedule.with(|s| s.schedule.clone());
        store
            .diary
            .with(|diary| Progress::build(diary, schedule.as_ref(), today))
    });
    let streak = Memo::new(move |_| progress.with(|p| p.streaks));
    let change = Memo::new(move |_| progress.with(|p| p.change));
    let effect = Memo::new(move |_| progress.with(|p| p.effect));
    let chart =
        Memo::new(move |_| progress.with(|p| p.chart.clone().map(|c| (c, p.chart_weeks.clone()))));
    let calendar = Memo::new(move |_| progress.with(|p| p.calendar.clone()));
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
                {move || chart.get().map(|(chart, weeks)| view! { <PainChartView chart weeks /> })}
                <h2>{t.calendar_heading}</h2>
                <AdherenceCalendar weeks=Signal::from(calendar) />
                <ShareProgress />
            </Show>
        </Page>
    }
}

/// The SVG chart, its legend, and its text and table alternatives.
#[component]
fn PainChartView(chart: PainChart, weeks: Vec<WeekPain>) -> impl IntoView {
    let i18n = use_i18n();
    let t = diary_texts(i18n.lang());
    let lang = i18n.lang();
    let summary = {
        let first = weeks
            .first()
            .map(|w| dates::one_decimal(w.before, lang))
            .unwrap_or_default();
        let last = weeks
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
    let rows = weeks
        .into_iter()
        .map(|week| (week.monday, week.before, week.after))
        .collect();
    let line = chart.week_line.clone();
    view! {
        <figure class="pain-chart">
            <PainChartSvg chart lines=vec![("week-line", line)] labelled_by="pain-chart-heading pain-chart-summary" />
            <figcaption>
                <span class="legend legend-day">{t.chart_legend_day}</span>
                <span class="legend legend-week">{t.chart_legend_week}</span>
                <span id="pain-chart-summary" class="chart-summary">{summary}</span>
            </figcaption>
        </figure>
        <WeekPainTable rows />
    }
}
