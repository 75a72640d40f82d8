//! Browser tests (layer 2): components mounted in headless Chromium by
//! `cargo test --target wasm32-unknown-unknown`. Natively this file is empty.
#![cfg(target_arch = "wasm32")]

mod browser {
    mod about;
    mod add_to_schedule;
    mod clinic;
    mod device;
    mod diary;
    mod exercises;
    mod explainer;
    mod hostile;
    mod language;
    mod pwa;
    mod self_check;
    mod session;
    mod shell;
    mod storage;
    pub mod support;
}
