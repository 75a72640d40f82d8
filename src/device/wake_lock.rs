//! Keeps the screen on while a session runs (Screen Wake Lock API,
//! `navigator.wakeLock`), reached through `js_sys::Reflect` because web-sys
//! marks `WakeLock` unstable.
//!
//! Owns the one lock the app holds (its `WakeLockSentinel`). Without the
//! API the phone dims and locks the screen after its usual time, and the
//! caller says so once. The browser itself releases the lock when the page
//! is hidden; [`is_held`] then turns false, and the caller asks again when
//! the patient is back.

use std::cell::{Cell, RefCell};

use js_sys::{Object, Promise};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::{call, navigator, property};

/// Why the screen may turn off after all.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotKept {
    /// This browser cannot keep the screen on.
    Unsupported,
    /// The browser said no (battery saver, a hidden page, a policy).
    Refused,
}

thread_local! {
    /// The lock held now: its sentinel, until it is released.
    static HELD: RefCell<Option<JsValue>> = const { RefCell::new(None) };
    /// Counts the calls to [`let_screen_sleep`], so a lock that arrives
    /// after the patient paused is let go at once.
    static SLEEP_REQUESTS: Cell<u32> = const { Cell::new(0) };
}

/// Whether this browser can keep the screen on at all.
pub fn supported() -> bool {
    navigator("wakeLock").is_some_and(|lock| property(&lock, "request").is_some())
}

/// Asks to keep the screen on; `Ok(())` when the browser granted it. A
/// second call while held does nothing. When [`let_screen_sleep`] is called
/// while the browser is still deciding, the lock is let go as soon as it
/// arrives (still `Ok(())`: the browser can keep the screen on).
pub async fn keep_screen_on() -> Result<(), NotKept> {
    if is_held() {
        return Ok(());
    }
    let lock = navigator("wakeLock").ok_or(NotKept::Unsupported)?;
    let asked_at = SLEEP_REQUESTS.get();
    let request: Promise = call(&lock, "request", &[&JsValue::from_str("screen")])
        .ok_or(NotKept::Unsupported)?
        .dyn_into()
        .map_err(|_| NotKept::Unsupported)?;
    let sentinel = JsFuture::from(request)
        .await
        .map_err(|_| NotKept::Refused)?;
    if SLEEP_REQUESTS.get() != asked_at || is_held() {
        call(&sentinel, "release", &[]);
        return Ok(());
    }
    forget_when_released(&sentinel);
    HELD.set(Some(sentinel));
    Ok(())
}

/// Lets the screen turn off again (releases the held lock, if any).
pub fn let_screen_sleep() {
    SLEEP_REQUESTS.set(SLEEP_REQUESTS.get().wrapping_add(1));
    if let Some(sentinel) = HELD.take() {
        call(&sentinel, "release", &[]);
    }
}

/// Whether the lock is held now (false after the browser released it, for
/// example on a hidden page: the sentinel's "release" event tells).
pub fn is_held() -> bool {
    HELD.with_borrow(Option::is_some)
}

/// Forgets `sentinel` when the browser releases it (its "release" event),
/// unless another lock has taken its place by then.
fn forget_when_released(sentinel: &JsValue) {
    let released = sentinel.clone();
    let on_release = Closure::once_into_js(move || {
        HELD.with_borrow_mut(|held| {
            if held.as_ref().is_some_and(|h| Object::is(h, &released)) {
                *held = None;
            }
        });
    });
    call(
        sentinel,
        "addEventListener",
        &[&JsValue::from_str("release"), &on_release],
    );
}
