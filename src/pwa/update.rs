//! "Er is een nieuwe versie van de app — Vernieuwen": shown on every page
//! while a new version waits. The app switches only when the patient taps;
//! other open tabs of the app then switch with it (old code must not write
//! beside the new). `public/pwa.js` keeps what is in each page's form fields
//! across the reload, and everything saved is in storage already.

use leptos::prelude::*;

use super::bridge::{self, Offer};
use super::texts::pwa_texts;
use crate::i18n::use_i18n;

/// The notice at the top of every page while a new version is waiting.
/// The live region is always there, so screen readers announce the notice
/// when it appears.
#[component]
pub fn UpdateNotice() -> impl IntoView {
    let t = pwa_texts(use_i18n().lang());
    let waiting = bridge::offer_signal(Offer::Update);
    let switching = RwSignal::new(false);
    let apply = move |_| {
        switching.set(true);
        bridge::take(Offer::Update);
    };
    view! {
        <div class="update-slot" role="status">
            <Show when=move || waiting.get()>
                <div class="update-notice">
                    <p>
                        <strong>{t.update_available}</strong>
                        " "
                        <span class="hint">{t.update_kept}</span>
                    </p>
                    <button type="button" class="button" on:click=apply disabled=move || switching.get()>
                        {t.update_apply}
                    </button>
                </div>
            </Show>
        </div>
    }
}
