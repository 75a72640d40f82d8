//! The diary's pages. Each is thin: it reads the [`DiaryStore`] and the
//! pure model, and calls the store to change anything.
//!
//! [`DiaryStore`]: super::store::DiaryStore

mod actions;
mod add_to_schedule;
mod area;
mod data;
mod dose_editor;
mod edit;
mod history;
mod notices;
mod pain_scale;
mod pictures;
mod print;
mod progress;
mod quick_log;
mod schedule;
mod today;

use area::DiaryMenu;

pub use add_to_schedule::AddToSchedule;
pub use area::DiaryArea;
pub use data::DataPage;
pub use dose_editor::DoseFields;
pub use edit::EditPage;
pub use history::HistoryPage;
pub use pain_scale::PainScale;
pub use pictures::{AdherenceCalendar, PainChartSvg, WeekPainTable};
pub use print::PrintPage;
pub use progress::ProgressPage;
pub use quick_log::LogPage;
pub use schedule::{DaysPerWeekField, SchedulePage};
pub use today::TodayPage;

use crate::diary::model::SummaryLine;
use crate::diary::texts::diary_texts;
use crate::exercises::{exercise, ExerciseId};
use crate::i18n::Lang;

/// The exercise's name as the patient sees it.
fn exercise_name(id: ExerciseId, lang: Lang) -> &'static str {
    exercise(id, lang).name
}

/// The exercise of a summary line: its name, or for an exercise of a newer
/// app version that fact and the name it was stored under.
fn summary_exercise(line: &SummaryLine, lang: Lang) -> String {
    match line {
        SummaryLine::Known(entry) => exercise_name(entry.exercise, lang).to_owned(),
        SummaryLine::Newer(entry) => {
            format!("{} ({})", diary_texts(lang).newer_exercise, entry.exercise)
        }
    }
}
