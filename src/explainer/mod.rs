//! Uitleg: the explainer on how the hip affects the lower back.
//!
//! - [`SectionId`] (`id.rs`): which sections exist and their slugs.
//! - `content.rs` with `content_nl.rs` and `content_en.rs`: the article as
//!   typed data per language, the order of the sections; `reading.rs`:
//!   reading time.
//! - `posture.rs` and `figure.rs`: the interactive picture's model and
//!   geometry (pure); `texts.rs`: the interface texts per language.
//! - `pages.rs`, `blocks.rs`, `picture.rs`: the thin views.

mod all_texts;
mod blocks;
mod content;
mod content_en;
mod content_nl;
mod figure;
mod first_frame;
mod id;
mod pages;
mod picture;
mod posture;
mod reading;
mod texts;

pub use content::explainer;
pub use first_frame::first_frames;
pub use id::SectionId;
pub use pages::{ExplainerStart, SectionPage};

/// Every text of the explainer in `lang`, for the completeness test.
pub(crate) fn every_text(lang: crate::i18n::Lang) -> crate::i18n::completeness::Texts {
    all_texts::every_text(lang)
}
