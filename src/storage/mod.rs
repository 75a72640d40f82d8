//! The one door to the browser's storage. Features never touch
//! `localStorage` themselves: they describe what they keep as a [`Record`]
//! (a key, a format version, the upgrades from older versions) and load,
//! change and watch it through this module.
//!
//! The promises this module keeps, so no patient ever loses an entry:
//! - a value it cannot read is never written over: it is copied aside under
//!   its own key first, the patient is told, and the rest keeps working;
//!   the copies are listed (`kept_aside_of`) so the patient can merge one
//!   back once a version reads it, save it, or remove it;
//! - a value written by a newer version of the app is left alone: this
//!   version only reads what it can and refuses to write;
//! - every write is checked (quota, storage switched off, read back), and a
//!   failed write is reported, so the view can keep what the patient typed;
//! - changes are applied to what is stored at that moment, not to a copy
//!   loaded earlier, so two open tabs never undo each other's work.
//!
//! `format` is the pure part (envelope, versions, upgrades; natively
//! tested); `browser` is the part that talks to `localStorage` (it compiles
//! natively too, so views type-check there, but only runs in a browser).

mod browser;
mod format;

pub use browser::{
    ask_persistent_storage, forget_everything, is_persisted, kept_aside, kept_aside_of, load,
    modify, remove_kept_aside, replace, watch, KeptAside, Loaded, StorageProblem, WriteError,
};
pub use format::{decode, encode, DecodeError, Record, STORAGE_HOLDS_CHARS};
