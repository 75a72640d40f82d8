//! The explainer's pages: the start page with the table of contents, and
//! one page per section at `/uitleg/<slug>` with previous and next.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

use super::blocks::blocks_view;
use super::content::{explainer, Explainer, Section};
use super::texts::texts;
use super::SectionId;
use crate::i18n::{use_i18n, Lang};
use crate::routes::Part;
use crate::shell::{use_base_path, NotFound, Page};

/// `/uitleg`: the article's opening, a way to start reading, and the table
/// of contents with each section's reading time.
#[component]
pub fn ExplainerStart() -> impl IntoView {
    let i18n = use_i18n();
    let base = use_base_path();
    let lang = i18n.lang();
    let (ex, t) = (explainer(lang), texts(lang));
    let title = i18n.shell().part_name(Part::Explainer);
    let intro = ex
        .intro
        .iter()
        .map(|text| view! { <p class="lead">{*text}</p> });
    let entries = ex.sections.iter().map(move |section| {
        view! {
            <li>
                <A href=base.href(&section.id.path()) attr:class="toc-link">
                    <span class="toc-title">{section.title}</span>
                    <span class="toc-summary">{section.summary}</span>
                    <span class="toc-time">{(t.reading_time)(ex.reading_minutes(section))}</span>
                </A>
            </li>
        }
    });
    view! {
        <Page title=title class="explainer-start">
            {intro.collect_view()}
            <p>{(t.guide)(ex.sections.len())}</p>
            <p>
                <A href=base.href(&SectionId::ALL[0].path()) attr:class="button">{t.begin}</A>
            </p>
            <nav class="toc" aria-labelledby="toc-heading">
                <h2 id="toc-heading">{t.toc_heading}</h2>
                <ol class="toc-list">{entries.collect_view()}</ol>
                <p class="toc-total">{(t.total_reading_time)(ex.total_reading_minutes())}</p>
            </nav>
            // The article's author: the one name a build for another clinic keeps
            // (tests/e2e/other-clinic.spec.ts skips `data-attribution`).
            <p class="note" data-attribution="">{t.source_note}</p>
        </Page>
    }
}

/// `/uitleg/:section`: one section, or "not found" for an unknown slug.
#[component]
pub fn SectionPage() -> impl IntoView {
    let params = use_params_map();
    // A memo, so the page is only rebuilt when the section really changes.
    let section = Memo::new(move |_| {
        params
            .read()
            .get("section")
            .and_then(|slug| SectionId::from_slug(&slug))
    });
    move || match section.get() {
        Some(id) => view! { <SectionView id /> }.into_any(),
        None => view! { <NotFound /> }.into_any(),
    }
}

#[component]
fn SectionView(id: SectionId) -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang();
    let ex = explainer(lang);
    let Some(section) = ex.section(id) else {
        return view! { <NotFound /> }.into_any();
    };
    let meta = section_meta(lang, section);
    view! {
        <Page title=section.title class="explainer-section">
            <p class="section-meta">{meta}</p>
            {blocks_view(section.blocks, &ex.invitation)}
            <Pager ex section />
        </Page>
    }
    .into_any()
}

/// "Deel 2 van 10 · 3 minuten lezen": where a section stands and how long
/// it takes to read.
pub(super) fn section_meta(lang: Lang, section: &Section) -> String {
    let ex = explainer(lang);
    (texts(lang).section_meta)(
        section.number(),
        ex.sections.len(),
        ex.reading_minutes(section),
    )
}

/// Previous and next section, and the way back to the table of contents.
#[component]
fn Pager(ex: &'static Explainer, section: &'static Section) -> impl IntoView {
    let i18n = use_i18n();
    let base = use_base_path();
    let t = texts(i18n.lang());
    let link =
        move |id: SectionId, direction: &'static str, class: &'static str, rel: &'static str| {
            ex.section(id).map(|target| {
            view! {
                <A href=base.href(&id.path()) attr:class=format!("pager-link {class}") attr:rel=rel>
                    <span class="pager-direction">{direction}</span>
                    <span class="pager-title">{target.title}</span>
                </A>
            }
        })
        };
    view! {
        <nav class="pager" aria-label=t.pager_label>
            {section.previous().and_then(|id| link(id, t.previous, "pager-previous", "prev"))}
            {section.next().and_then(|id| link(id, t.next, "pager-next", "next"))}
        </nav>
        <p class="all-topics">
            <A href=base.href(Part::Explainer.path()) attr:class="explainer-link">{t.all_topics}</A>
        </p>
    }
}
