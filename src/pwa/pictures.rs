//! Small drawings for the install steps, one per step: what the patient
//! looks for on the screen, with the thing to tap picked out. Drawn in
//! code, in the page's colours (CSS classes, never inline styles). The
//! steps' text says everything, so the drawings are hidden from screen
//! readers.

use leptos::prelude::*;

/// Which drawing: the three iPhone steps, then the three Android steps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepPicture {
    /// Safari's bottom bar with the share button.
    IosShareButton,
    /// The share sheet's "Zet op beginscherm" row.
    IosAddToHomeScreen,
    /// "Voeg toe", and the new icon on the home screen.
    IosConfirm,
    /// Chrome's address bar with the three-dot menu.
    AndroidMenu,
    /// The menu's "App installeren" row.
    AndroidInstallItem,
    /// The "Installeren" button, and the new icon.
    AndroidConfirm,
}

impl StepPicture {
    /// The iPhone steps, in order.
    pub const IOS: [StepPicture; 3] = [
        StepPicture::IosShareButton,
        StepPicture::IosAddToHomeScreen,
        StepPicture::IosConfirm,
    ];
    /// The Android steps, in order.
    pub const ANDROID: [StepPicture; 3] = [
        StepPicture::AndroidMenu,
        StepPicture::AndroidInstallItem,
        StepPicture::AndroidConfirm,
    ];
}

/// One step's drawing, 72 × 56.
#[component]
pub fn StepDrawing(picture: StepPicture) -> impl IntoView {
    let drawing = match picture {
        StepPicture::IosShareButton => view! {
            <rect class="screen" x="2" y="30" width="68" height="24" rx="6" />
            <path class="line" d="M12 42l-4 -4 4 -4M22 34l4 4 -4 4" />
            <circle class="pick" cx="36" cy="42" r="10" />
            <path class="on-pick" d="M31 41v6h10v-6M36 36v7M33 38.5l3 -3 3 3" />
            <rect class="line" x="50" y="36" width="8" height="10" rx="1" />
            <rect class="line" x="60" y="37" width="7" height="8" rx="1" />
            <path class="hint-arrow" d="M36 6v16M30 16l6 6 6 -6" />
        }
        .into_any(),
        StepPicture::IosAddToHomeScreen => view! {
            <rect class="screen" x="2" y="6" width="68" height="14" rx="4" />
            <rect class="pick-row" x="2" y="22" width="68" height="14" rx="4" />
            <rect class="screen" x="2" y="38" width="68" height="14" rx="4" />
            <path class="line" d="M8 13h30M8 45h26" />
            <path class="on-pick" d="M8 29h34" />
            <rect class="on-pick" x="54" y="24" width="10" height="10" rx="2.5" />
            <path class="on-pick" d="M59 26.5v5M56.5 29h5" />
        }
        .into_any(),
        StepPicture::IosConfirm => view! {
            <rect class="screen" x="2" y="2" width="68" height="14" rx="4" />
            <rect class="pick" x="46" y="4" width="22" height="10" rx="5" />
            <rect class="tile" x="6" y="24" width="13" height="13" rx="3.5" />
            <rect class="tile" x="23" y="24" width="13" height="13" rx="3.5" />
            <rect class="tile" x="40" y="24" width="13" height="13" rx="3.5" />
            <rect class="app-tile" x="6" y="41" width="13" height="13" rx="3.5" />
            <circle class="on-app" cx="12.5" cy="47.5" r="2.5" />
        }
        .into_any(),
        StepPicture::AndroidMenu => view! {
            <rect class="screen" x="2" y="4" width="68" height="18" rx="5" />
            <rect class="line" x="8" y="9" width="44" height="8" rx="4" />
            <circle class="pick" cx="62" cy="13" r="8" />
            <circle class="on-pick-dot" cx="62" cy="9" r="1.4" />
            <circle class="on-pick-dot" cx="62" cy="13" r="1.4" />
            <circle class="on-pick-dot" cx="62" cy="17" r="1.4" />
            <path class="hint-arrow" d="M62 50v-20M56 36l6 -6 6 6" />
        }
        .into_any(),
        StepPicture::AndroidInstallItem => view! {
            <rect class="screen" x="14" y="2" width="56" height="52" rx="5" />
            <path class="line" d="M22 11h30M22 45h26" />
            <rect class="pick-row" x="16" y="20" width="52" height="16" rx="4" />
            <rect class="on-pick" x="21" y="23" width="7" height="11" rx="1.5" />
            <path class="on-pick" d="M24.5 25.5v5M22.8 29l1.7 1.7 1.7 -1.7M33 28h28" />
        }
        .into_any(),
        StepPicture::AndroidConfirm => view! {
            <rect class="screen" x="2" y="2" width="68" height="30" rx="5" />
            <path class="line" d="M8 11h40M8 18h28" />
            <rect class="pick" x="46" y="22" width="20" height="8" rx="4" />
            <rect class="tile" x="6" y="40" width="13" height="13" rx="3.5" />
            <rect class="tile" x="23" y="40" width="13" height="13" rx="3.5" />
            <rect class="app-tile" x="40" y="40" width="13" height="13" rx="3.5" />
            <circle class="on-app" cx="46.5" cy="46.5" r="2.5" />
        }
        .into_any(),
    };
    view! {
        <svg class="step-drawing" viewBox="0 0 72 56" width="72" height="56" aria-hidden="true" focusable="false">
            {drawing}
        </svg>
    }
}
