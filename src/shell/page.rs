//! The wrapper every page is rendered in: one `<h1>`, the browser tab's
//! title, and focus moved to the heading after an in-app navigation so a
//! screen reader announces the new page.

use leptos::html::H1;
use leptos::prelude::*;

use super::boot;
use crate::i18n::use_i18n;

/// Whether a page has been shown before in this visit. The first page keeps
/// the browser's own focus handling; later pages pull focus to their heading.
#[derive(Clone, Copy)]
struct PageShownBefore(StoredValue<bool>);

/// Starts the "first page of this visit" bookkeeping; called once by the
/// shell, above the routes, so the flag outlives each page.
pub fn provide_page_focus() {
    provide_context(PageShownBefore(StoredValue::new(false)));
}

/// A page: its `<h1>` and content. `title` is the heading and, with the app
/// name, the browser tab's title. A plain text, not a signal: every page
/// title comes from a text table, fixed for the visit (the language is).
#[component]
pub fn Page(
    /// The page heading.
    title: &'static str,
    /// An extra class on the page's `<article>`, for page-specific layout.
    #[prop(optional)]
    class: &'static str,
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    let heading = NodeRef::<H1>::new();

    Effect::new(move |_| boot::set_document_title(&(i18n.shell().page_title)(title)));

    let shown_before = expect_context::<PageShownBefore>();
    Effect::new(move |_| {
        if shown_before.0.get_value() {
            if let Some(h1) = heading.get() {
                // Focus can fail on a detached node; nothing to tell the user then.
                let _ = h1.focus();
            }
        }
        shown_before.0.set_value(true);
    });

    view! {
        <article class=format!("page-body {class}")>
            <h1 node_ref=heading tabindex="-1">{title}</h1>
            {children()}
        </article>
    }
}
