//! Uitleg: the explainer on how the hip affects the lower back. Owns which
//! sections exist ([`SectionId`]).

mod id;

pub use id::SectionId;
