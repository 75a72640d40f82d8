//! Files in and out of the browser: saving a backup or a CSV (through the
//! phone's share sheet where there is one, so it can go to the patient's own
//! mail, notes or cloud; otherwise as a download) and reading a chosen file.

use js_sys::{Array, Function, Object, Promise, Reflect};
use leptos::prelude::{document, window};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, File, FilePropertyBag, HtmlAnchorElement, Url};

/// How a file reached the patient.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Delivery {
    /// Handed to the share sheet, and the patient picked a place for it.
    Shared,
    /// Saved as a download.
    Downloaded,
    /// The patient closed the share sheet without choosing.
    Cancelled,
    /// The browser refused.
    Failed,
}

fn blob_options(mime: &str) -> BlobPropertyBag {
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    options
}

/// Saves `content` as a download called `filename`.
pub fn download(filename: &str, mime: &str, content: &str) -> Delivery {
    let parts = Array::of1(&JsValue::from_str(content));
    let Ok(blob) = Blob::new_with_str_sequence_and_options(&parts, &blob_options(mime)) else {
        return Delivery::Failed;
    };
    let Ok(url) = Url::create_object_url_with_blob(&blob) else {
        return Delivery::Failed;
    };
    let delivered = document()
        .create_element("a")
        .ok()
        .and_then(|element| element.dyn_into::<HtmlAnchorElement>().ok())
        .map(|link| {
            link.set_href(&url);
            link.set_download(filename);
            link.click();
        })
        .is_some();
    // The click has started the download; the URL is no longer needed.
    let _ = Url::revoke_object_url(&url);
    if delivered {
        Delivery::Downloaded
    } else {
        Delivery::Failed
    }
}

/// Offers `content` to the phone's share sheet as a file (so it can go to
/// the patient's mail, notes or cloud drive); falls back to a download
/// where the browser cannot share files.
pub async fn share_or_download(filename: &str, mime: &str, content: &str, title: &str) -> Delivery {
    match share_file(filename, mime, content, title) {
        Some(sharing) => match JsFuture::from(sharing).await {
            Ok(_) => Delivery::Shared,
            Err(error) => {
                let name = Reflect::get(&error, &JsValue::from_str("name"))
                    .ok()
                    .and_then(|name| name.as_string());
                if name.as_deref() == Some("AbortError") {
                    Delivery::Cancelled
                } else {
                    download(filename, mime, content)
                }
            }
        },
        None => download(filename, mime, content),
    }
}

/// Starts `navigator.share({files, title})` if this browser can share such a
/// file. Called through `Reflect` because web-sys keeps the Web Share API
/// behind an unstable flag.
fn share_file(filename: &str, mime: &str, content: &str, title: &str) -> Option<Promise> {
    let navigator = window().navigator();
    let method = |name: &str| -> Option<Function> {
        Reflect::get(&navigator, &JsValue::from_str(name))
            .ok()?
            .dyn_into()
            .ok()
    };
    let (can_share, share) = (method("canShare")?, method("share")?);
    let options = FilePropertyBag::new();
    options.set_type(mime);
    let parts = Array::of1(&JsValue::from_str(content));
    let file = File::new_with_str_sequence_and_options(&parts, filename, &options).ok()?;
    let data = Object::new();
    Reflect::set(&data, &JsValue::from_str("files"), &Array::of1(&file)).ok()?;
    Reflect::set(
        &data,
        &JsValue::from_str("title"),
        &JsValue::from_str(title),
    )
    .ok()?;
    let allowed = can_share
        .call1(&navigator, &data)
        .ok()?
        .as_bool()
        .unwrap_or(false);
    if !allowed {
        return None;
    }
    share.call1(&navigator, &data).ok()?.dyn_into().ok()
}

/// Reads a file the patient chose, as text. `None` when the browser could
/// not read it (or it is not text).
pub async fn read_text(file: &File) -> Option<String> {
    JsFuture::from(file.text()).await.ok()?.as_string()
}
