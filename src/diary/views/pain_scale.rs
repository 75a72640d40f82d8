//! The 0–10 pain scale as big buttons, one tap to answer.

use leptos::prelude::*;

use crate::diary::texts::diary_texts;
use crate::diary::PainScore;
use crate::i18n::use_i18n;

/// Eleven buttons, 0 to 10, grouped as one choice. `on_pick` runs on a tap.
#[component]
pub fn PainScale(
    /// The question, which labels the group.
    question: &'static str,
    /// The score chosen so far, shown as pressed.
    #[prop(into)]
    chosen: Signal<Option<PainScore>>,
    on_pick: Callback<PainScore>,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = diary_texts(i18n.lang());
    let buttons = PainScore::ALL.map(|score| {
        let pressed = move || chosen.get() == Some(score);
        view! {
            <button
                type="button"
                class=format!("pain-option pain-{}", score.value())
                aria-pressed=move || pressed().to_string()
                aria-label=move || (t.pain_option_label)(score.value())
                on:click=move |_| on_pick.run(score)
            >
                {score.value()}
            </button>
        }
    });
    view! {
        <fieldset class="pain-scale">
            <legend>{question}</legend>
            <p class="hint">{t.pain_scale_hint}</p>
            <div class="pain-options">{buttons.into_iter().collect_view()}</div>
        </fieldset>
    }
}
