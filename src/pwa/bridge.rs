//! The one place that talks to `public/pwa.js`, the script that runs the
//! service worker and holds the browser's install prompt. The script sets
//! attributes on `<html>` (read when a component starts, since the script
//! may have spoken before the app was running) and fires events on
//! `window` when they change; the app answers with events of its own.

use leptos::prelude::*;

/// Something the script can tell the app, as an attribute on `<html>` and
/// an event on `window`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Offer {
    /// A new version of the app is waiting (`data-update="ready"`).
    Update,
    /// The browser can install the app (`data-install="ready"`).
    Install,
}

impl Offer {
    /// The attribute on `<html>` that is `"ready"` while the offer stands.
    pub fn attribute(self) -> &'static str {
        match self {
            Offer::Update => "data-update",
            Offer::Install => "data-install",
        }
    }

    /// The event on `window` that says the offer changed.
    pub fn event(self) -> &'static str {
        match self {
            Offer::Update => "heup-rug:update-ready",
            Offer::Install => "heup-rug:install-ready",
        }
    }

    /// What the app sends when the patient takes the offer.
    pub fn take_event(self) -> &'static str {
        match self {
            Offer::Update => "heup-rug:update-apply",
            Offer::Install => "heup-rug:install-prompt",
        }
    }
}

/// The event `public/pwa.js` sends once the browser has installed the app.
pub const INSTALLED_EVENT: &str = "heup-rug:installed";

fn stands(offer: Offer) -> bool {
    document()
        .document_element()
        .and_then(|html| html.get_attribute(offer.attribute()))
        .is_some_and(|value| value == "ready")
}

/// Whether `offer` stands, kept up to date for as long as the calling
/// component lives.
pub fn offer_signal(offer: Offer) -> ReadSignal<bool> {
    let (standing, set_standing) = signal(stands(offer));
    on_event(offer.event(), move || set_standing.set(stands(offer)));
    standing
}

/// Tells the script that the patient takes `offer` (tapped "vernieuwen" or
/// "installeren").
pub fn take(offer: Offer) {
    send(offer.take_event());
}

/// Runs `action` each time `event` reaches `window`, for as long as the
/// calling component lives.
pub fn on_event(event: &'static str, action: impl Fn() + 'static) {
    let handle = window_event_listener_untyped(event, move |_| action());
    on_cleanup(move || handle.remove());
}

/// Asks the script to look for a new version now, instead of at the next
/// hourly check: for a link or file that only a newer version can read.
/// A version found shows the usual "vernieuwen" notice.
pub fn look_for_update() {
    send("heup-rug:update-check");
}

fn send(name: &str) {
    if let Ok(event) = web_sys::Event::new(name) {
        // Dispatching only fails for an event that is already being dispatched.
        let _ = window().dispatch_event(&event);
    }
}
