//! The help page at `/hulp` and the safety line. Thin: what they say comes
//! from `help` and the self-check's stop texts.

use leptos::prelude::*;
use leptos_router::components::A;

use super::help::{combination_words, help_groups, safety_line, sign, HelpGroup};
use super::{safety_texts, SafetyTexts, HELP_PATH};
use crate::about::{about_texts, ABOUT_PATH};
use crate::i18n::use_i18n;
use crate::self_check::{texts, SelfCheckTexts, Urgency};
use crate::shell::{use_base_path, Page};

/// "Wanneer direct hulp?": the warning signs grouped by how soon to
/// contact the GP, what to do for each group, 112 on its own line, and
/// the link to the about page (which says where the signs come from).
#[component]
pub fn HelpPage() -> impl IntoView {
    let lang = use_i18n().lang();
    let base = use_base_path();
    let (t, check) = (safety_texts(lang), texts(lang));
    let groups = help_groups()
        .into_iter()
        .map(|group| view! { <HelpSection t check group /> })
        .collect_view();
    view! {
        <Page title=t.page_title class="help">
            <p class="lead">{t.intro}</p>
            {groups}
            <p class="emergency-line"><a href="tel:112">{check.gp_emergency}</a></p>
            <p class="to-about">
                <A href=base.href(ABOUT_PATH)>{about_texts(lang).page_title}</A>
            </p>
        </Page>
    }
}

/// One urgency: the stop screen's heading, the signs, why and what to do.
#[component]
fn HelpSection(
    t: &'static SafetyTexts,
    check: &'static SelfCheckTexts,
    group: HelpGroup,
) -> impl IntoView {
    let lang = use_i18n().lang();
    let words = check.stop(group.urgency);
    let class = match group.urgency {
        Urgency::Now => "help-group urgency-now",
        Urgency::Today => "help-group urgency-today",
        Urgency::WithinDays | Urgency::Mention => "help-group urgency-within-days",
    };
    let signs = (!group.flags.is_empty() || !group.combinations.is_empty()).then(|| {
        let flags = group
            .flags
            .iter()
            .map(|&flag| view! { <li>{sign(lang, flag)}</li> })
            .collect_view();
        let combinations = group
            .combinations
            .iter()
            .map(|combination| view! { <li>{combination_words(lang, combination)}</li> })
            .collect_view();
        let items = (flags, combinations);
        view! {
            <p>{t.signs_lead}</p>
            <ul class="help-signs">{items}</ul>
        }
    });
    view! {
        <section class=class>
            <h2>{words.heading}</h2>
            {signs}
            <p>{words.why}</p>
            <p class="help-next">{words.next}</p>
        </section>
    }
}

/// The one short line with the "call now" signs and the link to the help
/// page, the same wherever a patient exercises or logs.
#[component]
pub fn SafetyLine() -> impl IntoView {
    let lang = use_i18n().lang();
    let base = use_base_path();
    let t = safety_texts(lang);
    view! {
        <p class="safety-line">
            {safety_line(lang)}" "
            <A href=base.href(HELP_PATH)>{t.page_title}</A>
        </p>
    }
}
