//! The clinic this build is for: its name, contact details and content
//! sign-off, from `clinic.toml` (or the file `CLINIC=` names) at build time.
//!
//! `file.rs` reads and checks the file (native only); `build.rs` writes
//! the checked values into `CLINIC` below and into the `clinic_name!()`
//! macro that texts use inside `concat!`. The app never reads the file
//! itself: what a patient sees is fixed when the app is built.

#[cfg(not(target_arch = "wasm32"))]
pub mod file;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod file_tests;

/// The clinic's details the app shows. Every part but the names is
/// optional: what the clinic has not given is not shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clinic {
    /// The full name, as in "Maak een afspraak bij …".
    pub name: &'static str,
    /// The app's name on the home screen and in the header.
    pub short_name: &'static str,
    /// Where the app is served (`https://…`, no trailing slash); links and
    /// QR codes start with it. Without it they use the address the app
    /// was opened at.
    pub site_url: Option<&'static str>,
    /// The folder of the site the app is built for (`/` or `/heup-rug/`).
    pub base_path: &'static str,
    pub contact: Contact,
    pub review: Option<Review>,
}

/// How a patient reaches the clinic; each part only when the clinic gave it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Contact {
    pub phone: Option<Phone>,
    pub address: Option<&'static str>,
    pub website: Option<&'static str>,
    pub email: Option<&'static str>,
    pub hours: Option<&'static str>,
}

impl Contact {
    /// True when the clinic gave any way to reach it.
    pub fn any(&self) -> bool {
        self.phone.is_some()
            || self.address.is_some()
            || self.website.is_some()
            || self.email.is_some()
            || self.hours.is_some()
    }
}

/// A phone number as written, and as dialled (`tel:` link).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Phone {
    pub shown: &'static str,
    pub dial: &'static str,
}

/// Who at the clinic checked the content, and when.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Review {
    pub reviewer: &'static str,
    /// A registration such as a BIG number.
    pub registration: Option<&'static str>,
    /// `YYYY-MM-DD`.
    pub date: &'static str,
    pub content_version: &'static str,
    /// `YYYY-MM-DD`.
    pub next_review: Option<&'static str>,
}

include!(concat!(env!("OUT_DIR"), "/clinic.rs"));
