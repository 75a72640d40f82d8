//! The app bar at the top: the app's name over the clinic's, linking home, the link to the
//! help page ("Wanneer direct hulp?") and the language switch.

use leptos::prelude::*;
use leptos_router::components::A;

use super::{use_base_path, LanguageSwitch};
use crate::config::CLINIC;
use crate::i18n::use_i18n;
use crate::safety::{safety_texts, HELP_PATH};

/// The logo's lines (pelvis and spine) over its disc; also in the static
/// first frame (`first_frame.rs`).
pub(super) const LOGO_LINE: &str = "M16 5v7M16 12c-4 0-7 3-7 6s3 5 7 5 7-2 7-5-3-6-7-6zM16 23v4";

/// The header with the app name (the way back to the start page), the link
/// to the help page, one tap from every page, and the switch to the other
/// language.
#[component]
pub fn AppHeader() -> impl IntoView {
    let i18n = use_i18n();
    let base = use_base_path();
    view! {
        <header class="app-header">
            <A href=base.href("/") exact=true attr:class="app-name" attr:aria-label=i18n.shell().home_link_label>
                <svg class="app-logo" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
                    <circle cx="16" cy="16" r="15" class="app-logo-disc" />
                    <path d=LOGO_LINE class="app-logo-line" />
                </svg>
                <span class="app-title">
                    <span class="app-short-name">{i18n.shell().app_name}</span>
                    // Read as two words ("Heup & Rug Rugcentrum Hilversum"),
                    // as the link's label says them.
                    " "
                    <span class="app-clinic">{CLINIC.name}</span>
                </span>
            </A>
            <A href=base.href(HELP_PATH) attr:class="help-link">
                {safety_texts(i18n.lang()).header_link}
            </A>
            <LanguageSwitch />
        </header>
    }
}
