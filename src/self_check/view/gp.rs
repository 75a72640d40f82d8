//! The red-flag stop: a calm, plain message to call the GP today, or 112 in
//! an emergency, and nothing else that competes with it: no result, no
//! links, no further questions. Only a quiet way back for a wrong tap.

use leptos::prelude::*;

use super::test_page::focus_when;
use crate::self_check::texts::SelfCheckTexts;
use crate::self_check::{Answer, QuestionId, RedFlag};

/// Shown as soon as a red flag is answered "yes".
#[component]
pub fn SeeGpScreen(
    t: &'static SelfCheckTexts,
    flags: Vec<RedFlag>,
    take_focus: bool,
    on_wrong_tap: Callback<()>,
) -> impl IntoView {
    let heading = NodeRef::<leptos::html::H2>::new();
    focus_when(take_focus, heading);
    let reasons = flags
        .into_iter()
        .map(|flag| view! { <p>{t.reason(QuestionId::RedFlag(flag), Answer::Yes)}</p> })
        .collect_view();
    view! {
        <section class="see-gp">
            <div class="see-gp-message">
                <h2 node_ref=heading tabindex="-1">{t.gp_heading}</h2>
                {reasons}
                <p>{t.gp_body}</p>
                <p>{t.gp_closed}</p>
                <p>{t.gp_emergency}</p>
                <a class="button button-wide" href="tel:112">{t.gp_call_112}</a>
            </div>
            <button type="button" class="quiet-button" on:click=move |_| on_wrong_tap.run(())>
                {t.gp_wrong_tap}
            </button>
        </section>
    }
}
