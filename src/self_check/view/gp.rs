//! The red-flag stop and the inflammatory-pattern screen. The stop says how
//! soon to contact the GP (now, today, or within a few days), why, what to
//! do when the practice is closed, and 112 as its own line for an
//! emergency; nothing competes with it: no result, no links, no further
//! questions. A wrong tap can be taken back, after a confirmation.

use leptos::prelude::*;

use super::test_page::focus_when;
use crate::self_check::texts::SelfCheckTexts;
use crate::self_check::{Answer, QuestionId, RedFlag, Stop, Urgency};

/// Shown when a red flag that needs the GP is answered "yes".
#[component]
pub fn SeeGpScreen(
    t: &'static SelfCheckTexts,
    stop: Stop,
    take_focus: bool,
    on_wrong_tap: Callback<()>,
) -> impl IntoView {
    let heading = NodeRef::<leptos::html::H2>::new();
    focus_when(take_focus, heading);
    let words = t.stop(stop.urgency);
    // Every answer behind the stop, in the order asked: the flags, and the
    // risk factors (or the age) that made a combination.
    let mut reasons: Vec<(QuestionId, Answer)> = stop
        .flags
        .iter()
        .map(|&flag| (QuestionId::RedFlag(flag), Answer::Yes))
        .chain(stop.risks.iter().copied())
        .collect();
    reasons.sort_by_key(|(question, _)| question.index());
    let urgency_class = match stop.urgency {
        Urgency::Now => "see-gp-message urgency-now",
        Urgency::Today => "see-gp-message urgency-today",
        Urgency::WithinDays | Urgency::Mention => "see-gp-message urgency-within-days",
    };
    let mentions = (!stop.mentions.is_empty()).then(|| {
        view! {
            <p>{t.gp_mention_too}</p>
            <FlagReasons t flags=stop.mentions.clone() />
        }
    });
    let confirming = RwSignal::new(false);
    let wrong_tap = move || {
        if confirming.get() {
            view! {
                <div class="wrong-tap-confirm" role="group" aria-labelledby="wrong-tap-question">
                    <p id="wrong-tap-question">{t.gp_wrong_tap_question}</p>
                    <div class="answer-list">
                        <button type="button" class="button button-secondary button-wide" on:click=move |_| on_wrong_tap.run(())>
                            {t.gp_wrong_tap_confirm}
                        </button>
                        <button type="button" class="button button-wide" on:click=move |_| confirming.set(false)>
                            {t.gp_wrong_tap_keep}
                        </button>
                    </div>
                </div>
            }
            .into_any()
        } else {
            view! {
                <button type="button" class="quiet-button" on:click=move |_| confirming.set(true)>
                    {t.gp_wrong_tap}
                </button>
            }
            .into_any()
        }
    };
    view! {
        <section class="see-gp">
            <div class=urgency_class>
                <h2 node_ref=heading tabindex="-1">{words.heading}</h2>
                <AnswerReasons t reasons />
                <p>{words.why}</p>
                <p class="see-gp-next">{words.next}</p>
                {mentions}
                <p>{t.gp_test_stops}</p>
                <p class="emergency-line"><a href="tel:112">{t.gp_emergency}</a></p>
            </div>
            {wrong_tap}
        </section>
    }
}

/// "Je gaf aan dat…" for each flag; also on the result, for the mention.
#[component]
pub(super) fn FlagReasons(t: &'static SelfCheckTexts, flags: Vec<RedFlag>) -> impl IntoView {
    let reasons = flags
        .into_iter()
        .map(|flag| (QuestionId::RedFlag(flag), Answer::Yes))
        .collect();
    view! { <AnswerReasons t reasons /> }
}

/// "Je gaf aan dat…" for each answer.
#[component]
fn AnswerReasons(t: &'static SelfCheckTexts, reasons: Vec<(QuestionId, Answer)>) -> impl IntoView {
    reasons
        .into_iter()
        .map(|(question, answer)| view! { <p class="flag-reason">{t.reason(question, answer)}</p> })
        .collect_view()
}

/// Shown after the inflammatory pattern is answered "yes": worth telling
/// the GP, not urgent; the test goes on (or back to the question).
#[component]
pub fn MentionScreen(
    t: &'static SelfCheckTexts,
    flags: Vec<RedFlag>,
    take_focus: bool,
    on_continue: Callback<()>,
    on_back: Callback<()>,
) -> impl IntoView {
    let heading = NodeRef::<leptos::html::H2>::new();
    focus_when(take_focus, heading);
    view! {
        <section class="mention">
            <div class="notice mention-message">
                <h2 node_ref=heading tabindex="-1">{t.mention_heading}</h2>
                <FlagReasons t flags />
                <p>{t.mention_body}</p>
            </div>
            <button type="button" class="button button-wide" on:click=move |_| on_continue.run(())>
                {t.mention_continue}
            </button>
            <button type="button" class="quiet-button" on:click=move |_| on_back.run(())>
                {t.back}
            </button>
        </section>
    }
}
