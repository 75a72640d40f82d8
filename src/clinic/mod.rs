//! The clinic link: a physiotherapist's exercise schedule carried in a
//! link (and a QR code) that the patient accepts into the diary with one
//! tap, the clinic's page that builds such links, and reminders in the
//! phone's own calendar (an `.ics` file) without accounts or push servers.
//!
//! Pure and natively tested: the link format (`link`, in the envelope
//! `frame` it shares with the progress report, with `base64url`),
//! what changes when a schedule replaces another (`changes`), the clinic
//! form (`form`) and what its note may hold (`note`: no web address, no
//! phone number), the QR code as SVG (`qr`), the calendar file (`ics`) and
//! the reminder it holds (`reminder`). Texts per language in `texts`, with
//! the words in `nl` and `en`. The pages and the reminder section live in
//! `views`.

mod all_texts;
pub(crate) mod base64url;
pub mod changes;
mod en;
pub mod form;
pub mod frame;
pub mod ics;
pub mod link;
mod nl;
pub mod note;
pub mod qr;
pub mod reminder;
pub mod texts;
pub mod views;

/// Every text of the clinic link in `lang`, for the completeness test.
pub(crate) fn every_text(lang: crate::i18n::Lang) -> crate::i18n::completeness::Texts {
    all_texts::every_text(lang)
}
