//! `/verslag#<payload>`: the report a patient sent, for the
//! physiotherapist, on a desktop or a phone, offline too. The period, the
//! weeks in words and as the diary's calendar, pain before and after as a
//! chart with a table, the schedule it was measured against, the notes if
//! any, and a print layout. It stores nothing; "Pas het schema aan" opens
//! `/kliniek` with this schedule filled in. A link that gives no report
//! gets a message that fits the reason.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

use super::words::{ReportNotes, ReportWords};
use crate::clinic::link as schedule_link;
use crate::clinic::views::summary::ScheduleSummary;
use crate::clinic::views::web;
use crate::diary::chart::pain_chart;
use crate::diary::views::{AdherenceCalendar, PainChartSvg, WeekPainTable};
use crate::i18n::{dates, use_i18n};
use crate::report::link::{decode, ReportError};
use crate::report::model::Report;
use crate::report::texts::report_texts;
use crate::shell::{use_base_path, Page};

/// The path of the clinic's schedule builder; a schedule payload in its
/// fragment fills the form in.
const BUILDER_PATH: &str = "/kliniek";

/// The page for a report link: the report, or why the link gives none.
#[component]
pub fn ReportPage() -> impl IntoView {
    let hash = use_location().hash;
    move || match decode(&hash.get()) {
        Ok(report) => view! { <ReportView report /> }.into_any(),
        Err(error) => view! { <BrokenReport error /> }.into_any(),
    }
}

#[component]
fn ReportView(report: Report) -> impl IntoView {
    let lang = use_i18n().lang();
    let t = report_texts(lang);
    let base = use_base_path();
    let adjust = schedule_link::encode(&report.schedule).map(|payload| {
        view! {
            <A href=format!("{}#{payload}", base.href(BUILDER_PATH)) attr:class="button secondary">{t.adjust}</A>
        }
    });
    let calendar = Signal::stored(report.calendar());
    let notes = (!report.notes.is_empty()).then(|| {
        view! {
            <h2>{t.notes_heading}</h2>
            <ReportNotes report=report.clone() />
        }
    });
    view! {
        <Page title=t.report_title class="report-page">
            <p class="report-logged">{t.report_logged}</p>
            <p class="hint">{(t.report_made_on)(&dates::full_date(report.today, lang))}</p>
            {report.is_empty().then(|| view! { <p class="report-logged">{t.report_empty}</p> })}
            <h2>{t.adherence_heading}</h2>
            <p>{(t.adherence_hint)(report.schedule.days_per_week)}</p>
            <ReportWords report=report.clone() />
            <h2>{t.calendar_heading}</h2>
            <AdherenceCalendar weeks=calendar />
            <h2 id="report-pain-heading">{t.pain_heading}</h2>
            <ReportPain report=report.clone() />
            <h2>{t.schedule_heading}</h2>
            <ScheduleSummary schedule=report.schedule.clone() linked=false />
            {notes}
            <div class="actions no-print">
                <button type="button" class="button" on:click=|_| web::print_page()>{t.print}</button>
                {adjust}
            </div>
            <p class="hint no-print">{t.adjust_hint}</p>
            <p class="hint no-print">{t.report_stores_nothing}</p>
        </Page>
    }
}

/// Pain before and after exercising per week: the chart, its summary and
/// the table alternative.
#[component]
fn ReportPain(report: Report) -> impl IntoView {
    let lang = use_i18n().lang();
    let t = report_texts(lang);
    let weeks: Vec<_> = report
        .weeks
        .iter()
        .filter_map(|week| Some((week.monday, week.pain?)))
        .collect();
    let (Some(first), Some(last)) = (weeks.first(), weeks.last()) else {
        return view! { <p>{t.pain_summary_none}</p> }.into_any();
    };
    let summary = (t.pain_summary)(
        &dates::one_decimal(first.1.before(), lang),
        &dates::one_decimal(last.1.before(), lang),
    );
    // A report's days are in 2000–2255, where the calendar always holds a chart.
    let Some(chart) = pain_chart(&[], &[], report.from(), report.today) else {
        return view! { <p>{t.pain_summary_none}</p> }.into_any();
    };
    let before = chart.week_line_of(weeks.iter().map(|(monday, pain)| (*monday, pain.before())));
    let after = chart.week_line_of(weeks.iter().map(|(monday, pain)| (*monday, pain.after())));
    let rows = weeks
        .iter()
        .map(|(monday, pain)| (*monday, pain.before(), pain.after()))
        .collect();
    view! {
        <figure class="pain-chart">
            <PainChartSvg chart lines=vec![("week-line", before), ("week-line after", after)] labelled_by="report-pain-heading report-pain-summary" />
            <figcaption>
                <span class="legend legend-week">{t.pain_legend_before}</span>
                <span class="legend legend-after">{t.pain_legend_after}</span>
                <span id="report-pain-summary" class="chart-summary">{summary}</span>
            </figcaption>
        </figure>
        <WeekPainTable rows />
    }
    .into_any()
}

/// Why the link gives no report, and what to do.
#[component]
fn BrokenReport(error: ReportError) -> impl IntoView {
    let t = report_texts(use_i18n().lang());
    view! {
        <Page title=t.error_title class="report-page">
            <p class="notice warning report-error" role="alert">{t.link_error(&error)}</p>
            <p>{t.error_ask_again}</p>
        </Page>
    }
}
