//! The about page at `/over`. Thin: its words come from `texts`, the
//! sentences about the content check from `sign_off`, the contact details
//! from the shell's `ClinicContact`.

use leptos::prelude::*;
use leptos_router::components::A;

use super::{about_texts, sign_off};
use crate::config::CLINIC;
use crate::i18n::use_i18n;
use crate::safety::{safety_texts, HELP_PATH};
use crate::shell::{use_base_path, ClinicContact, Page};

/// The diary's data page (`diary::views::DataPage`), where a patient
/// makes a backup or deletes everything.
const DIARY_DATA_PATH: &str = "/dagboek/gegevens";

/// "Over deze app": sources, the content check, who the app is for, what
/// it stores, the clinic's contact details and the app's version.
#[component]
pub fn AboutPage() -> impl IntoView {
    let lang = use_i18n().lang();
    let base = use_base_path();
    let t = about_texts(lang);
    let guidelines = t
        .guidelines
        .iter()
        .map(|&guideline| view! { <li>{guideline}</li> })
        .collect_view();
    let not_for = t
        .not_for
        .iter()
        .map(|&limit| view! { <li>{limit}</li> })
        .collect_view();
    let check = sign_off(CLINIC.review, lang)
        .into_iter()
        .map(|sentence| view! { <p>{sentence}</p> })
        .collect_view();
    let contact = CLINIC.contact.any().then(|| {
        view! {
            <section class="about-section about-contact">
                <h2>{t.contact_heading}</h2>
                <ClinicContact />
            </section>
        }
    });
    view! {
        <Page title=t.page_title class="about">
            <p class="lead">{t.intro}</p>
            <section class="about-section">
                <h2>{t.sources_heading}</h2>
                // The article's author: the one name a build for another clinic keeps
                // (tests/e2e/other-clinic.spec.ts skips `data-attribution`).
                <p data-attribution="">{t.article_source}</p>
                <p>{t.guidelines_lead}</p>
                <ul class="about-guidelines">{guidelines}</ul>
                <p>{t.exercises_source}</p>
            </section>
            <section class="about-section about-check">
                <h2>{t.check_heading}</h2>
                {check}
            </section>
            <section class="about-section">
                <h2>{t.audience_heading}</h2>
                <p>{t.audience}</p>
                <p>{t.not_a_diagnosis}</p>
                <p>{t.not_for_lead}</p>
                <ul class="about-not-for">{not_for}</ul>
                <p class="about-link">
                    {t.help_lead}" "
                    <A href=base.href(HELP_PATH)>{safety_texts(lang).page_title}</A>
                </p>
            </section>
            <section class="about-section">
                <h2>{t.storage_heading}</h2>
                <p>{t.storage}</p>
                <p>{t.nothing_sent}</p>
                <p>{t.no_account}</p>
                <p class="about-link">
                    {t.delete_lead}" "
                    <A href=base.href(DIARY_DATA_PATH)>{t.delete_link}</A>
                </p>
            </section>
            {contact}
            <p class="about-version">{(t.version)(env!("CARGO_PKG_VERSION"))}</p>
        </Page>
    }
}
