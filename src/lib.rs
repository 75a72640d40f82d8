//! Heup & Rug: a phone-first web app for patients of a back clinic.
//!
//! The crate is split into pure models (natively tested, no web-sys) and thin
//! Leptos views. See `ARCHITECTURE.md` for the map.

#![forbid(unsafe_code)]

// `clinic_name!()`: the clinic's name from `clinic.toml`, for `concat!` in
// every text table below (written by `build.rs`; see `config`).
include!(concat!(env!("OUT_DIR"), "/clinic_macros.rs"));

pub mod about;
pub mod app;
pub mod calendar;
pub mod clinic;
pub mod config;
pub mod decimal;
/// The browser's speech voice, screen wake lock and sound/vibration cues.
pub mod device;
pub mod diary;
pub mod exercises;
pub mod explainer;
pub mod i18n;
pub mod pwa;
pub mod read_aloud;
pub mod report;
pub mod review;
pub mod routes;
pub mod safety;
pub mod self_check;
pub mod session;
pub mod shell;
pub mod storage;

/// Starts the app in the browser: mounts the shell into `<body>` and removes
/// the "loading" notice that `index.html` shows until WebAssembly is running.
pub fn start() {
    console_error_panic_hook::set_once();
    shell::boot::clear_boot_notice();
    leptos::mount::mount_to_body(app::App);
}
