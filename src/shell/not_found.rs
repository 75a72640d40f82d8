//! The friendly page for an address that does not exist.

use leptos::prelude::*;
use leptos_router::components::A;

use super::{use_base_path, Page};
use crate::i18n::use_i18n;

/// Shown for any unknown path, with a clear way back home.
#[component]
pub fn NotFound() -> impl IntoView {
    let i18n = use_i18n();
    let base = use_base_path();
    view! {
        <Page title=i18n.shell().not_found_title class="not-found">
            <p class="lead">{i18n.shell().not_found_body}</p>
            <p>
                <A href=base.href("/") attr:class="button">{i18n.shell().not_found_home}</A>
            </p>
        </Page>
    }
}
