//! The start page: what the app is, in two sentences, a way into each
//! part, and at the bottom the link to the about page.

use leptos::prelude::*;
use leptos_router::components::A;

use super::{use_base_path, ClinicContact, Page};
use crate::about::{about_texts, ABOUT_PATH};
use crate::i18n::use_i18n;
use crate::pwa::InstallOffer;
use crate::routes::Part;

/// The start page.
#[component]
pub fn Home() -> impl IntoView {
    let i18n = use_i18n();
    let base = use_base_path();
    let cards = Part::ALL.map(|part| {
        view! {
            <li>
                <A href=base.href(part.path()) attr:class="part-card">
                    <span class="part-card-name">{move || i18n.shell().part_name(part)}</span>
                    <span class="part-card-blurb">{move || i18n.shell().part_blurb(part)}</span>
                </A>
            </li>
        }
    });
    view! {
        <Page title=i18n.shell().home_title class="home">
            <p class="lead">{i18n.shell().home_intro}</p>
            <h2>{i18n.shell().home_parts_heading}</h2>
            <ul class="part-cards">{cards.into_iter().collect_view()}</ul>
            <InstallOffer />
            <p class="note">{i18n.shell().home_not_a_diagnosis}</p>
            <p class="to-about">
                <A href=base.href(ABOUT_PATH)>{about_texts(i18n.lang()).page_title}</A>
            </p>
            <ClinicContact />
        </Page>
    }
}
