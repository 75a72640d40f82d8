//! The installed app in English (plain words, short sentences). The menu
//! items are named exactly as Safari and Chrome show them in English.

use super::texts::PwaTexts;

pub static PWA: PwaTexts = PwaTexts {
    update_available: "There is a new version of the app.",
    update_apply: "Refresh",
    update_kept: "Whatever you are filling in stays where it is.",

    offer_title: "Put the app on your phone",
    offer_why: concat!("Then you open ", clinic_short_name!(), " with one tap, even without internet. And your diary stays safe on your phone."),
    install: "Install",
    help_link: "How to put the app on your phone",

    page_title: "The app on your phone",
    installed_already: "The app is already on your phone. From now on, open it with its icon on your home screen.",
    ios_heading: "iPhone or iPad (Safari)",
    ios_steps_summary: "How to put the app on your home screen",
    ios_steps: &[
        "At the bottom of Safari, tap the share button: the square with an arrow pointing up.",
        "Scroll down a little and tap ‘Add to Home Screen’.",
        "Tap ‘Add’ at the top right. From now on, open the app with the new icon.",
    ],
    android_heading: "Android phone (Chrome)",
    android_prompt: "Your browser can put the app on your phone right away:",
    android_steps: &[
        "At the top right of Chrome, tap the three dots.",
        "Tap ‘Install app’ or ‘Add to Home screen’.",
        "Tap ‘Install’. From now on, open the app with the new icon.",
    ],
    other_browsers: "Not working? Open this page in Safari (iPhone or iPad) or in Chrome (Android) and try again.",
    offline_note: "After the first time, the app also works without internet. Everything you fill in stays on your own phone.",
};
