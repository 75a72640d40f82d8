//! The few browser calls the clinic link needs: the site's origin (links
//! and QR codes must carry the full address), the clipboard and the clock.

use js_sys::{Function, Promise, Reflect};
use leptos::prelude::window;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The site's origin, e.g. `https://rugcentrum.nl`.
pub fn origin() -> String {
    window().location().origin().unwrap_or_default()
}

/// Now, in milliseconds since 1970 (UTC).
pub fn now_millis() -> i64 {
    js_sys::Date::now() as i64
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
