//! Putting the app on the home screen: the offer on the start page and in
//! the diary (the browser's own install prompt where there is one, else a
//! link to the help), the help page `/installeren` with illustrated steps
//! for iPhone and Android, and asking the browser to keep our storage once
//! the app is installed.
//!
//! On an iPhone this matters most: Safari wipes a site's storage after
//! seven days without a visit, unless the app is on the home screen. The
//! diary says so before the first entry (`diary::views::notices`), with
//! [`IosInstallSteps`].

use leptos::prelude::*;
use leptos_router::components::A;

use super::bridge::{self, Offer, INSTALLED_EVENT};
use super::pictures::{StepDrawing, StepPicture};
use super::texts::pwa_texts;
use crate::i18n::use_i18n;
use crate::shell::{device, use_base_path, Page};
use crate::storage;

/// The help page's path.
pub const INSTALL_PATH: &str = "/installeren";

/// Asks the browser to keep our storage when the app runs from the home
/// screen, and again the moment it is installed (browsers grant it to
/// installed apps). Called once by the app.
pub fn keep_storage_once_installed() {
    let ask = || {
        leptos::task::spawn_local(async {
            storage::ask_persistent_storage().await;
        })
    };
    if device::is_installed() {
        ask();
    }
    bridge::on_event(INSTALLED_EVENT, ask);
}

/// The offer to install: with the browser's prompt a button, otherwise a
/// link to the help page. Nothing when the app is installed already. With
/// `only_with_prompt` (the diary, opened every day) it shows only while the
/// browser can install the app with one tap.
#[component]
pub fn InstallOffer(#[prop(optional)] only_with_prompt: bool) -> impl IntoView {
    let t = pwa_texts(use_i18n().lang());
    let base = use_base_path();
    let can_prompt = bridge::offer_signal(Offer::Install);
    // Installing reloads the app in its own window, so this holds for the visit.
    let installed = device::is_installed();
    let shown = move || !installed && (can_prompt.get() || !only_with_prompt);
    view! {
        <Show when=shown>
            <section class="notice install-offer" aria-labelledby="install-offer-title">
                <h2 id="install-offer-title">{t.offer_title}</h2>
                <p>{t.offer_why}</p>
                <Show when=move || can_prompt.get()>
                    <InstallButton />
                </Show>
                <p><A href=base.href(INSTALL_PATH)>{t.help_link}</A></p>
            </section>
        </Show>
    }
}

/// "Installeren": opens the browser's own install prompt.
#[component]
fn InstallButton() -> impl IntoView {
    let t = pwa_texts(use_i18n().lang());
    view! {
        <div class="actions">
            <button type="button" class="button" on:click=|_| bridge::take(Offer::Install)>
                {t.install}
            </button>
        </div>
    }
}

/// The iPhone steps, each with its drawing.
#[component]
pub fn IosInstallSteps() -> impl IntoView {
    let t = pwa_texts(use_i18n().lang());
    view! { <Steps texts=t.ios_steps pictures=StepPicture::IOS /> }
}

/// A numbered list of steps with a drawing beside each.
#[component]
fn Steps(texts: &'static [&'static str], pictures: [StepPicture; 3]) -> impl IntoView {
    view! {
        <ol class="install-steps">
            {texts
                .iter()
                .zip(pictures)
                .map(|(text, picture)| view! {
                    <li>
                        <StepDrawing picture />
                        <span>{*text}</span>
                    </li>
                })
                .collect_view()}
        </ol>
    }
}

/// `/installeren`: how to put the app on the phone, for iPhone and Android,
/// with the browser's own button where it has one.
#[component]
pub fn InstallPage() -> impl IntoView {
    let t = pwa_texts(use_i18n().lang());
    let can_prompt = bridge::offer_signal(Offer::Install);
    let installed = device::is_installed();
    view! {
        <Page title=t.page_title class="install-help">
            {if installed {
                view! { <p class="lead notice">{t.installed_already}</p> }.into_any()
            } else {
                view! { <p class="lead">{t.offer_why}</p> }.into_any()
            }}
            <Show when=move || can_prompt.get()>
                <div class="notice install-offer">
                    <p>{t.android_prompt}</p>
                    <InstallButton />
                </div>
            </Show>
            <section aria-labelledby="install-ios">
                <h2 id="install-ios">{t.ios_heading}</h2>
                <IosInstallSteps />
            </section>
            <section aria-labelledby="install-android">
                <h2 id="install-android">{t.android_heading}</h2>
                <Steps texts=t.android_steps pictures=StepPicture::ANDROID />
            </section>
            <p class="hint">{t.other_browsers}</p>
            <p>{t.offline_note}</p>
        </Page>
    }
}
