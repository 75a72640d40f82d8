//! The clinic link's pages: accepting a schedule from a link (`/schema`),
//! the clinic's link builder (`/kliniek`, not in the patient's
//! navigation), and the calendar reminder section of the diary's schedule
//! page. Thin: the decisions live in the pure modules one level up.

mod accept;
mod builder;
mod link_field;
mod reminder;
pub mod summary;
pub mod web;

pub use accept::AcceptPage;
pub use builder::ClinicPage;
pub use link_field::{LinkField, LinkFieldTexts, QrCode};
pub use reminder::ReminderSection;
