//! Dagboek: the exercise diary that never loses an entry. The model
//! (entries, the diary, statistics, backups, CSV) is pure and natively
//! tested; the views only wire it to the page.

mod all_texts;
// Property tests need proptest, a native-only dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod any_day_tests;
pub mod backup;
pub mod chart;
pub mod csv;
mod en;
mod entry;
pub mod files;
mod model;
mod nl;
pub mod own_schedule;
pub mod progress;
pub mod schedule;
pub mod stats;
pub mod store;
pub mod texts;
pub mod views;

pub use entry::{plausible_days, DiaryEntry, EntryId, PainScore, NOTE_MAX_CHARS};
pub use model::{Diary, ForeignEntry};
pub use schedule::{CurrentSchedule, PlannedExercise, Schedule};
pub use views::{DoseFields, PainScale};

/// Every text of the diary in `lang`, for the completeness test.
pub(crate) fn every_text(lang: crate::i18n::Lang) -> crate::i18n::completeness::Texts {
    all_texts::every_text(lang)
}
