//! "Lees voor": reading the explainer, the exercises and the self-check
//! aloud with the phone's own voice. Pure so far: which pieces a text is
//! read in ([`pieces`]: its sentences, a long one in parts a voice finishes
//! before Chrome cuts it off) and what the voice is given to say for each
//! ([`for_speech`]: "0–10", "3 × 10", "±", "bijv." written out, from one
//! small table per language). Speaking goes through `crate::device::speech`.

mod pieces;
mod spoken;
// Native only: the property test's crate is not built for wasm.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;

pub use pieces::{pieces, MAX_PIECE_CHARS};
pub use spoken::for_speech;
