//! A result: its one message (a band, or the nerve-root pattern instead of
//! any band), whether the test has changed since it was made, that it is
//! no diagnosis, what to mention to the GP, the home tests skipped, the
//! reasons in the patient's own answers, how the points add up, where to
//! read and what to practise (and adding those exercises to the own
//! schedule in one tap), the invitation to the clinic, and the
//! comparison with the previous result.

use leptos::prelude::*;
use leptos_router::components::A;

use super::compare::CompareTable;
use super::gp::FlagReasons;
use super::test_page::focus_when;
use crate::calendar::Day;
use crate::diary::views::AddToSchedule;
use crate::exercises::exercise;
use crate::explainer::{explainer, SectionId};
use crate::i18n::use_i18n;
use crate::self_check::scoring::{CLEAR_FROM, SOME_FROM};
use crate::self_check::texts::SelfCheckTexts;
use crate::self_check::{
    max_points, suggestions, Answer, Band, QuestionId, SavedResult, Score, Standing, Verdict,
};
use crate::shell::{use_base_path, ClinicContact};

/// The result of the test of `date`: `score` by today's rules, `standing`
/// the message it leads with and whether the test has changed since.
/// `compare` holds the results to show side by side (newest first); fewer
/// than two shows no comparison.
#[component]
pub fn ResultView(
    t: &'static SelfCheckTexts,
    date: Day,
    score: Score,
    standing: Standing,
    compare: Vec<SavedResult>,
    take_focus: bool,
) -> impl IntoView {
    let base = use_base_path();
    let heading = NodeRef::<leptos::html::H2>::new();
    focus_when(take_focus, heading);
    let card = match standing.shown() {
        Verdict::NerveRoot => view! {
            <div class="band-card nerve-root">
                <h2 node_ref=heading tabindex="-1">{t.nerve_root_heading}</h2>
                <p>{t.nerve_root_body}</p>
            </div>
        }
        .into_any(),
        Verdict::Few => band_card(t, Band::Few, heading).into_any(),
        Verdict::Some => band_card(t, Band::Some, heading).into_any(),
        Verdict::Clear => band_card(t, Band::Clear, heading).into_any(),
    };
    let changed = match standing {
        Standing::AsSaved(_) => None,
        Standing::Changed { today, .. } => Some(format!(
            "{} {}",
            (t.rescored)(t.verdict(today)),
            t.rescored_below
        )),
        Standing::Rescored(_) => Some(t.earlier_version.to_owned()),
    }
    .map(|line| view! { <p class="note test-changed">{line}</p> });

    let reasons: Vec<String> = if score.nerve_root {
        score
            .nerve_signs
            .iter()
            .map(|&sign| t.reason(QuestionId::Nerve(sign), Answer::Yes))
            .collect()
    } else {
        score
            .reasons
            .iter()
            .map(|reason| t.reason(reason.question, reason.answer))
            .collect()
    };
    let reasons = if reasons.is_empty() {
        view! { <p>{t.no_reasons}</p> }.into_any()
    } else {
        let items = reasons
            .into_iter()
            .map(|reason| view! { <li>{reason}</li> })
            .collect_view();
        view! { <ul class="reasons">{items}</ul> }.into_any()
    };
    let one_leg_not_counted = (score.one_leg_not_counted && !score.nerve_root)
        .then(|| view! { <p class="note one-leg-not-counted">{t.one_leg_not_counted}</p> });
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
    // The skipped tests only weaken a band; the nerve message has none.
    let skipped = (!score.skipped.is_empty() && !score.nerve_root).then(|| {
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
    let suggested = found.exercises.clone();
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
    let how_scored = if score.nerve_root {
        view! { <p>{t.nerve_root_how}</p> }.into_any()
    } else {
        view! {
            <p>{(t.how_scored)(score.points, max_points())}</p>
            <ul class="tally">{tally}</ul>
            <p>{(t.how_bands)(SOME_FROM, CLEAR_FROM)}</p>
            <p>{t.how_sides}</p>
            <p>{t.how_hip_sign}</p>
        }
        .into_any()
    };

    view! {
        <section class="result">
            <p class="result-date">{(t.result_date)(&(t.date)(date))}</p>
            {card}
            {changed}
            {skipped}
            <p class="note not-a-diagnosis">{t.not_a_diagnosis}</p>
            {mention}

            <h2>{t.reasons_heading}</h2>
            {reasons}
            {one_leg_not_counted}
            {duration}
            <details class="how-scored">
                <summary>{t.how_scored_summary}</summary>
                {how_scored}
            </details>

            <h2>{t.read_more_heading}</h2>
            <ul class="link-list">{sections}</ul>
            <h2>{t.exercises_heading}</h2>
            <ul class="link-list">{exercises}</ul>
            <AddToSchedule exercises=suggested label=t.add_to_schedule />

            <div class="invite">
                <h2>{t.invite_heading}</h2>
                <p>{t.invite_body}</p>
                <ClinicContact />
                <A href=base.href(&SectionId::Examination.path()) attr:class="button">{t.invite_link}</A>
            </div>
            {comparison}
        </section>
    }
}

/// The card of a hip band: its heading, the scale of three with this band
/// marked, and what it means.
fn band_card(
    t: &'static SelfCheckTexts,
    band: Band,
    heading: NodeRef<leptos::html::H2>,
) -> impl IntoView {
    let class = match band {
        Band::Few => "band-card band-few",
        Band::Some => "band-card band-some",
        Band::Clear => "band-card band-clear",
    };
    let scale = [Band::Few, Band::Some, Band::Clear]
        .into_iter()
        .map(|step| view! { <li class:current=step == band>{t.band_short(step)}</li> })
        .collect_view();
    view! {
        <div class=class>
            <h2 node_ref=heading tabindex="-1">{t.band(band)}</h2>
            <ol class="band-scale" aria-hidden="true">{scale}</ol>
            <p>{t.band_body(band)}</p>
        </div>
    }
}
