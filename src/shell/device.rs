//! What kind of browser the app runs in, where that changes what we must
//! tell the patient (Safari on iPhone wipes the storage of sites that are
//! not on the home screen after seven days without a visit).

use leptos::prelude::window;
use wasm_bindgen::JsValue;

/// Whether the app was opened from the home screen (installed), not in a
/// browser tab.
pub fn is_installed() -> bool {
    let standalone_display = window()
        .match_media("(display-mode: standalone)")
        .ok()
        .flatten()
        .is_some_and(|query| query.matches());
    // Safari on iOS reports home-screen apps through navigator.standalone.
    let ios_standalone =
        js_sys::Reflect::get(&window().navigator(), &JsValue::from_str("standalone"))
            .ok()
            .and_then(|value| value.as_bool())
            .unwrap_or(false);
    standalone_display || ios_standalone
}

/// Whether this is Safari's engine on an iPhone or iPad (every browser on
/// iOS is), where storage of sites not on the home screen is wiped after
/// seven days without a visit.
pub fn is_ios() -> bool {
    let navigator = window().navigator();
    let agent = navigator.user_agent().unwrap_or_default();
    let ipad_as_mac = agent.contains("Macintosh") && navigator.max_touch_points() > 1;
    agent.contains("iPhone") || agent.contains("iPad") || agent.contains("iPod") || ipad_as_mac
}

/// Whether the patient must be told to install the app to keep the diary.
pub fn storage_expires_unless_installed() -> bool {
    is_ios() && !is_installed()
}
