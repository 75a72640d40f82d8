//! The language switch in the header: one button per other language, named
//! in that language ("English" on a Dutch page, "Nederlands" on an English
//! one), so a reader finds their own language whatever the page is in.

use leptos::prelude::*;

use crate::i18n::{switch_language, use_i18n, Lang};

/// The globe's lines over its circle; also in the static first frame
/// (`first_frame.rs`).
pub(super) const GLOBE_LINES: &str =
    "M3 12h18M12 3c2.5 2.5 3.5 5.5 3.5 9s-1 6.5-3.5 9c-2.5-2.5-3.5-5.5-3.5-9s1-6.5 3.5-9z";

/// The buttons to the other languages. A tap reloads the app in that
/// language and remembers the choice.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let current = use_i18n().lang();
    Lang::ALL
        .iter()
        .copied()
        .filter(|&lang| lang != current)
        .map(|lang| {
            view! {
                <button
                    type="button"
                    class="language-switch"
                    lang=lang.tag()
                    on:click=move |_| switch_language(lang)
                >
                    // A globe: the sign for "language" people know from other apps.
                    <svg class="language-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                        <circle cx="12" cy="12" r="9" />
                        <path d=GLOBE_LINES />
                    </svg>
                    <span>{lang.own_name()}</span>
                </button>
            }
        })
        .collect_view()
}
