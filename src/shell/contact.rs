//! The clinic's contact details (`clinic.toml`'s `[contact]`), shown
//! wherever a patient is asked to contact the clinic: the explainer's
//! invitation, the self-check result, the start page and the about page.
//! Each part appears only when the clinic gave it, and nothing at all
//! when it gave none: no empty labels, nothing made up.

use leptos::prelude::*;

use crate::config::{Contact, CLINIC};
use crate::i18n::use_i18n;

/// The contact block for this build's clinic.
#[component]
pub fn ClinicContact() -> impl IntoView {
    contact_view(CLINIC.contact)
}

/// The contact block for `contact` (the browser tests pass another
/// clinic's details).
pub fn contact_view(contact: Contact) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.shell();
    contact.any().then(|| {
        let phone = contact.phone.map(|phone| {
            view! {
                <p>
                    <a class="button secondary contact-call" href=format!("tel:{}", phone.dial)>{t.contact_call}</a>
                    " "
                    <span class="contact-number">{phone.shown}</span>
                </p>
            }
        });
        let hours = contact.hours.map(|hours| {
            view! { <p><span class="contact-label">{t.contact_hours}</span>" "{hours}</p> }
        });
        let address = contact.address.map(|address| {
            let lines = address.lines().map(|line| view! { <span class="contact-line">{line}</span> }).collect_view();
            view! { <p><span class="contact-label">{t.contact_address}</span>" "{lines}</p> }
        });
        let website = contact.website.map(|website| {
            let shown = website.trim_start_matches("https://").trim_end_matches('/');
            view! {
                <p>
                    <span class="contact-label">{t.contact_website}</span>" "
                    <a href=website rel="noopener" target="_blank">{shown.to_owned()}</a>
                </p>
            }
        });
        let email = contact.email.map(|email| {
            view! {
                <p>
                    <span class="contact-label">{t.contact_email}</span>" "
                    <a href=format!("mailto:{email}")>{email}</a>
                </p>
            }
        });
        view! {
            <address class="clinic-contact" aria-label=t.contact_label>
                {phone}
                {hours}
                {address}
                {website}
                {email}
            </address>
        }
    })
}
