//! The few browser calls the clinic link needs: the site's origin (links
//! and QR codes must carry the full address), printing, the share sheet,
//! the clipboard and the clock.

use js_sys::{Function, Promise, Reflect};
use leptos::prelude::window;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::config::CLINIC;

/// The site every link and QR code starts with: the clinic's `site_url`
/// (`clinic.toml`) when it gives one, so a link made on a test copy or a
/// laptop still points patients at the real app; else the origin this
/// page was opened at, e.g. `https://rugcentrum.nl`.
pub fn origin() -> String {
    match CLINIC.site_url {
        Some(site) => site.to_owned(),
        None => window().location().origin().unwrap_or_default(),
    }
}

/// Now, in milliseconds since 1970 (UTC).
pub fn now_millis() -> i64 {
    js_sys::Date::now() as i64
}

/// Opens the print dialog. Without one (some phones) the sheet or report
/// is simply on screen, so there is nothing to report.
pub fn print_page() {
    let _ = window().print();
}

/// Whether this browser has a share sheet (`navigator.share`).
pub fn can_share() -> bool {
    Reflect::get(&window().navigator(), &JsValue::from_str("share"))
        .is_ok_and(|share| share.is_function())
}

/// Offers `url` to the phone's share sheet under `title`. Returns whether
/// the patient shared it (false when they closed the sheet, or the browser
/// refused). Called through `Reflect`, like the clipboard below.
pub async fn share_link(title: &str, url: &str) -> bool {
    let Some(promise) = start_share(title, url) else {
        return false;
    };
    JsFuture::from(promise).await.is_ok()
}

fn start_share(title: &str, url: &str) -> Option<Promise> {
    let navigator = window().navigator();
    let share: Function = Reflect::get(&navigator, &JsValue::from_str("share"))
        .ok()?
        .dyn_into()
        .ok()?;
    let data = js_sys::Object::new();
    Reflect::set(
        &data,
        &JsValue::from_str("title"),
        &JsValue::from_str(title),
    )
    .ok()?;
    Reflect::set(&data, &JsValue::from_str("url"), &JsValue::from_str(url)).ok()?;
    share.call1(&navigator, &data).ok()?.dyn_into().ok()
}

/// Puts `text` on the clipboard (`navigator.clipboard.writeText`). Returns
/// whether it worked; older browsers and insecure pages have no clipboard
/// API, and the browser may refuse. Called through `Reflect` because
/// web-sys keeps the Clipboard API behind an unstable flag.
pub async fn copy_text(text: &str) -> bool {
    let Some(promise) = start_copy(text) else {
        return false;
    };
    JsFuture::from(promise).await.is_ok()
}

fn start_copy(text: &str) -> Option<Promise> {
    let clipboard = Reflect::get(&window().navigator(), &JsValue::from_str("clipboard")).ok()?;
    if clipboard.is_undefined() {
        return None;
    }
    let write: Function = Reflect::get(&clipboard, &JsValue::from_str("writeText"))
        .ok()?
        .dyn_into()
        .ok()?;
    write
        .call1(&clipboard, &JsValue::from_str(text))
        .ok()?
        .dyn_into()
        .ok()
}
