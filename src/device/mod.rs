//! The browser's doors a guided exercise session needs, one small door per
//! API: the phone's speech voice (`speech`), keeping the screen on
//! (`wake_lock`) and a sound and vibration at each change (`cues`).
//!
//! Each door reaches its API through `js_sys::Reflect`, so a browser without
//! it (Safari has no vibration, older phones no wake lock) gets a quiet "not
//! here" instead of a panic, and tests can put a fake in its place at the
//! JavaScript boundary. Nothing else in the app calls these APIs.

pub mod cues;
pub mod speech;
pub mod wake_lock;

use js_sys::{Array, Function, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// `target[name]`, or `None` when it is missing (undefined or null) or
/// reading it throws.
fn property(target: &JsValue, name: &str) -> Option<JsValue> {
    Reflect::get(target, &JsValue::from_str(name))
        .ok()
        .filter(|value| !value.is_undefined() && !value.is_null())
}

/// Calls the method `name` of `target` with `args`; `None` when there is
/// no such method or it throws.
fn call(target: &JsValue, name: &str, args: &[&JsValue]) -> Option<JsValue> {
    let method: Function = property(target, name)?.dyn_into().ok()?;
    let list = Array::new();
    for arg in args {
        list.push(arg);
    }
    method.apply(target, &list).ok()
}

/// `window.<name>` (`speechSynthesis`, `AudioContext`, …), if this browser
/// has it.
fn global(name: &str) -> Option<JsValue> {
    property(&js_sys::global(), name)
}

/// `navigator.<name>` (`wakeLock`, `vibrate`, …), if this browser has it.
fn navigator(name: &str) -> Option<JsValue> {
    property(&global("navigator")?, name)
}
