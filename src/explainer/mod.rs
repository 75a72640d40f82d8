//! Uitleg: the explainer on how the hip affects the lower back.
//!
//! - [`SectionId`] (`id.rs`): which sections exist and their slugs.
//! - `content.rs` with `content_nl.rs`: the article as typed data per
//!   language, the order of the sections; `reading.rs`: reading time.
//! - `posture.rs` and `figure.rs`: the interactive picture's model and
//!   geometry (pure); `texts.rs`: the interface texts per language.
//! - `pages.rs`, `blocks.rs`, `picture.rs`: the thin views.

mod blocks;
mod content;
mod content_nl;
mod figure;
mod id;
mod pages;
mod picture;
mod posture;
mod reading;
mod texts;

pub use content::explainer;
pub use id::SectionId;
pub use pages::{ExplainerStart, SectionPage};
