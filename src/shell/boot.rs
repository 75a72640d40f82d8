//! The few direct touches of the page outside Leptos' view tree: the loading
//! notice from `index.html` and a page's static first frame, the `<base>`
//! element, the document title and `<html lang>`. Kept here so components
//! stay free of raw DOM calls.

use leptos::prelude::document;

use crate::routes::BasePath;

/// Removes what the page's HTML shows until the app runs: the "De app wordt
/// geladen…" notice of `index.html`, and a content page's static first
/// frame (`first_frame.rs`), which the app then draws again in the same place.
pub fn clear_boot_notice() {
    for id in ["boot", "first-frame"] {
        if let Some(element) = document().get_element_by_id(id) {
            element.remove();
        }
    }
}

/// The deployment's base path, from `<base href>` (written by Trunk).
pub fn base_path() -> BasePath {
    let href = document()
        .query_selector("base[href]")
        .ok()
        .flatten()
        .and_then(|base| base.get_attribute("href"));
    BasePath::from_base_href(href.as_deref())
}

/// Sets the browser tab's title.
pub fn set_document_title(title: &str) {
    document().set_title(title);
}

/// Sets `<html lang>`, so screen readers pronounce the text right.
pub fn set_html_lang(tag: &str) {
    if let Some(html) = document().document_element() {
        // Failing to set an attribute on <html> is not something a user can act on.
        let _ = html.set_attribute("lang", tag);
    }
}
