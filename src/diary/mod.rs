//! Dagboek: the exercise diary that never loses an entry. The model
//! (entries, the diary, statistics, backups, CSV) is pure and natively
//! tested; the views only wire it to the page.

pub mod backup;
pub mod chart;
pub mod csv;
mod entry;
pub mod files;
mod model;
mod nl;
pub mod schedule;
pub mod stats;
pub mod store;
pub mod texts;
pub mod views;

pub use entry::{DiaryEntry, EntryId, PainScore, NOTE_MAX_CHARS};
pub use model::Diary;
pub use schedule::{CurrentSchedule, PlannedExercise, Schedule};
