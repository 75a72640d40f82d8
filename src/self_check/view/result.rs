//! A result: the band, what it means, that it is no diagnosis, what to
//! mention to the GP, the nerve-root advice, the home tests skipped, the
//! reasons in the patient's own answers, how the points add up, where to read and
//! what to practise, the invitation to the clinic, and the comparison with
//! the previous result.

use leptos::prelude::*;
use leptos_router::components::A;

use super::compare::CompareTable;
use super::gp::FlagReasons;
use super::test_page::focus_when;
use crate::calendar::Day;
use crate::exercises::exercise;
use crate::explainer::{explainer, SectionId};
use crate::i18n::use_i18n;
use crate::self_check::scoring::{CLEAR_FROM, SOME_FROM};
use crate::self_check::texts::SelfCheckTexts;
use crate::self_check::{max_points, suggestions, Answers, Band, QuestionId, Score};
use crate::shell::use_base_path;

/// The result of the test of `date`. `compare` holds the results to show
/// side by side (newest first); fewer than two shows no comparison.
#[component]
pub fn ResultView(
    t: &'static SelfCheckTexts,
    date: Day,
    score: Score,
    compare: Vec<(Day, Answers)>,
    take_focus: bool,
) -> impl IntoView {
    let base = use_base_path();
    let heading = NodeRef::<leptos::html::H2>::new();
    focus_when(take_focus, heading);
    let band = score.band;
    let band_class = match band {
        Band::Few => "band-card band-few",
        Band::Some => "band-card band-some",
        Band::Clear => "band-card band-clear",
    };
    let scale = [Band::Few, Band::Some, Band::Clear]
        .into_iter()
        .map(|step| view! { <li class:current=step == band>{t.band_short(step)}</li> })
        .collect_view();

    let reasons = if score.reasons.is_empty() {
        view! { <p>{t.no_reasons}</p> }.into_any()
    } else {
        let items = score
            .reasons
            .iter()
            .map(|reason| view! { <li>{t.reason(reason.question, reason.answer)}</li> })
            .collect_view();
        view! { <ul class="reasons">{items}</ul> }.into_any()
    };
    let duration = score.duration.map(|duration| {
        let advice = t.duration_advice(duration).unwrap_or_default();
        view! { <p class="duration">{t.reason(QuestionId::Duration, duration)} " " {advice}</p> }
    });
    let mention = (!score.mentions.is_empty()).then(|| {
        let flags = score.mentions.clone();
        view! {
            <div class="notice result-mention">
                <h2>{t.mention_heading}</h2>
                <FlagReasons t flags />
                <p>{t.mention_body}</p>
            </div>
        }
    });
    let nerve_root = score.nerve_root.then(|| {
        view! {
            <div class="notice important nerve-root">
                <h2>{t.nerve_root_heading}</h2>
                <p>{t.nerve_root_body}</p>
            </div>
        }
    });
    let skipped = (!score.skipped.is_empty()).then(|| {
        let names: Vec<&str> = score
            .skipped
            .iter()
            .map(|&test| (t.self_test)(test).name)
            .collect();
        view! { <p class="note skipped-tests">{(t.skipped)(&names)}</p> }
    });
    let tally = score
        .reasons
        .iter()
        .map(|reason| {
            view! {
                <li>
                    <span>{(t.question)(reason.question).label}</span>
                    <span class="tally-points">{(t.points)(reason.points)}</span>
                </li>
            }
        })
        .collect_view();

    let lang = use_i18n().lang();
    let found = suggestions(&score);
    let sections = found
        .sections
        .into_iter()
        .map(|section| {
            view! { <li><A href=base.href(&section.path()) attr:class="link-row">{explainer(lang).section(section).map(|s| s.title)}</A></li> }
        })
        .collect_view();
    let exercises = found
        .exercises
        .into_iter()
        .map(|id| {
            view! { <li><A href=base.href(&id.path()) attr:class="link-row">{exercise(id, lang).name}</A></li> }
        })
        .collect_view();

    let comparison = (compare.len() >= 2).then(|| {
        view! {
            <h2>{t.compare_heading}</h2>
            <CompareTable t columns=compare />
        }
    });

    view! {
        <section class="result">
            <p class="result-date">{(t.result_date)(&(t.date)(date))}</p>
            <div class=band_class>
                <h2 node_ref=heading tabindex="-1">{t.band(band)}</h2>
                <ol class="band-scale" aria-hidden="true">{scale}</ol>
                <p>{t.band_body(band)}</p>
            </div>
            {skipped}
            <p class="note not-a-diagnosis">{t.not_a_diagnosis}</p>
            {nerve_root}
            {mention}

            <h2>{t.reasons_heading}</h2>
            {reasons}
            {duration}
            <details class="how-scored">
                <summary>{t.how_scored_summary}</summary>
                <p>{(t.how_scored)(score.points, max_points())}</p>
                <ul class="tally">{tally}</ul>
                <p>{(t.how_bands)(SOME_FROM, CLEAR_FROM)}</p>
                <p>{t.how_sides}</p>
                <p>{t.how_hip_sign}</p>
            </details>

            <h2>{t.read_more_heading}</h2>
            <ul class="link-list">{sections}</ul>
            <h2>{t.exercises_heading}</h2>
            <ul class="link-list">{exercises}</ul>

            <div class="invite">
                <h2>{t.invite_heading}</h2>
                <p>{t.invite_body}</p>
                <A href=base.href(&SectionId::Examination.path()) attr:class="button">{t.invite_link}</A>
            </div>
            {comparison}
        </section>
    }
}
