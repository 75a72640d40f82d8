//! Every text of the diary, per language: the shape here, the words in
//! `nl.rs` and `en.rs`. Texts with numbers or names in them are small
//! functions.

use super::backup::ImportError;
use crate::i18n::Lang;
use crate::storage::{StorageProblem, WriteError};

/// The diary's texts in one language.
pub struct DiaryTexts {
    // The diary's own menu.
    pub menu_label: &'static str,
    pub menu_today: &'static str,
    pub menu_history: &'static str,
    pub menu_progress: &'static str,
    pub menu_data: &'static str,

    // Problems with the stored diary, and failed saves.
    pub problem_unreadable: &'static str,
    pub problem_unreadable_download: &'static str,
    pub problem_unreadable_not_moved: &'static str,
    pub problem_newer_version: &'static str,
    pub problem_unavailable: &'static str,
    pub reload: &'static str,
    pub write_full: &'static str,
    pub write_unavailable: &'static str,
    pub write_newer_version: &'static str,
    pub write_unreadable: &'static str,
    pub write_not_kept: &'static str,
    pub try_again: &'static str,

    // Keeping the diary safe: iPhone Safari, backups.
    pub safari_title: &'static str,
    pub safari_body: &'static str,
    pub backup_never: &'static str,
    pub backup_last: fn(date: &str) -> String,
    pub backup_overdue: &'static str,
    pub backup_now: &'static str,

    // Today.
    pub title: &'static str,
    pub today_heading: fn(date: &str) -> String,
    pub schedule_from_clinic: fn(days_per_week: u8) -> String,
    pub schedule_own: fn(days_per_week: u8) -> String,
    pub schedule_note: &'static str,
    pub week_progress: fn(days: u8, target: u8) -> String,
    pub planned_heading: &'static str,
    pub recent_heading: &'static str,
    pub no_schedule: &'static str,
    pub schedule_starts: fn(date: &str) -> String,
    pub make_schedule: &'static str,
    pub change_schedule: &'static str,
    pub log: &'static str,
    pub log_label: fn(exercise: &str) -> String,
    pub done: &'static str,
    pub pain_from_to: fn(before: u8, after: u8) -> String,
    pub other_exercise: &'static str,
    pub pick_heading: &'static str,
    pub done_today_heading: &'static str,
    pub nothing_today: &'static str,
    pub streak_days: fn(days: u32) -> String,
    pub streak_none: &'static str,
    pub edit: &'static str,
    pub edit_label: fn(exercise: &str) -> String,

    // Logging an exercise.
    pub log_title: &'static str,
    pub log_unknown_exercise: &'static str,
    pub step: fn(step: u8, of: u8) -> String,
    pub pain_before_question: &'static str,
    pub pain_after_question: &'static str,
    pub pain_scale_hint: &'static str,
    pub pain_option_label: fn(score: u8) -> String,
    pub change_dose: &'static str,
    pub dose_sets: &'static str,
    pub dose_reps: &'static str,
    pub dose_seconds: &'static str,
    pub dose_minutes: &'static str,
    pub dose_invalid: &'static str,
    pub dose_apply: &'static str,
    pub saved: fn(exercise: &str) -> String,
    pub undo: &'static str,
    pub undone: &'static str,
    pub add_note: &'static str,
    pub note_label: &'static str,
    pub note_count: fn(used: usize, max: usize) -> String,
    pub save_note: &'static str,
    pub note_saved: &'static str,
    pub finish: &'static str,
    pub cancel: &'static str,
    pub back: &'static str,
    /// Above the exercises' own stop rules, when the pain after is higher
    /// than before: the diary has no rules of its own.
    pub more_pain_lead: &'static str,

    // Editing.
    pub edit_title: &'static str,
    pub edit_not_found: &'static str,
    pub back_to_diary: &'static str,
    pub day_label: &'static str,
    pub exercise_label: &'static str,
    pub day_in_future: &'static str,
    pub pain_before_label: &'static str,
    pub pain_after_label: &'static str,
    pub save: &'static str,
    pub delete: &'static str,
    pub deleted: fn(exercise: &str) -> String,

    // History.
    pub history_title: &'static str,
    pub history_empty: &'static str,
    /// Entries of a newer app version in the diary: kept, and how to see them.
    pub newer_entries: fn(count: usize) -> String,
    /// What such an entry is called, e.g. "een oefening uit een nieuwere versie van de app".
    pub newer_exercise: &'static str,
    /// Exercises of the schedule from a newer app version, left out here.
    pub newer_schedule: fn(count: usize) -> String,
    pub show_older: &'static str,

    // Progress.
    pub progress_title: &'static str,
    pub progress_empty: &'static str,
    pub streak_current: &'static str,
    pub streak_longest: &'static str,
    pub days_unit: fn(days: u32) -> String,
    pub pain_change_heading: &'static str,
    pub pain_change: fn(first_week: &str, last_week: &str) -> String,
    pub pain_change_better: fn(points: &str) -> String,
    pub pain_change_worse: fn(points: &str) -> String,
    pub pain_change_same: &'static str,
    pub pain_change_wait: &'static str,
    pub exercise_effect_lower: fn(points: &str) -> String,
    pub exercise_effect_higher: fn(points: &str) -> String,
    pub exercise_effect_same: &'static str,
    pub chart_heading: &'static str,
    pub chart_legend_day: &'static str,
    pub chart_legend_week: &'static str,
    pub chart_summary: fn(days: usize, from: &str, to: &str, first: &str, last: &str) -> String,
    pub chart_table_summary: &'static str,
    pub chart_col_week: &'static str,
    pub chart_col_before: &'static str,
    pub chart_col_after: &'static str,
    pub week_of: fn(date: &str) -> String,
    pub calendar_heading: &'static str,
    pub calendar_done: &'static str,
    pub calendar_part: &'static str,
    pub calendar_nothing: &'static str,
    pub calendar_week: fn(days: u8, target: Option<u8>) -> String,

    // Data: backup, export, import, delete.
    pub data_title: &'static str,
    pub backup_heading: &'static str,
    pub backup_explain: &'static str,
    pub backup_make: &'static str,
    pub backup_made: &'static str,
    pub backup_file_title: &'static str,
    pub export_heading: &'static str,
    pub export_explain: &'static str,
    pub export_csv: &'static str,
    pub export_print: &'static str,
    pub import_heading: &'static str,
    pub import_explain: &'static str,
    pub import_choose: &'static str,
    pub import_reading: &'static str,
    pub import_preview: fn(new: usize, updated: usize, unchanged: usize) -> String,
    pub import_with_schedule: &'static str,
    pub import_nothing_new: &'static str,
    pub import_confirm: &'static str,
    pub import_done: fn(added: usize) -> String,
    pub import_not_a_file: &'static str,
    pub import_failed: fn(error: &ImportError) -> String,
    // Values kept aside as damaged: merge back, save or remove.
    pub kept_heading: &'static str,
    pub kept_explain: &'static str,
    pub kept_item: fn(date: &str, kilobytes: usize) -> String,
    pub kept_readable: &'static str,
    pub kept_unreadable: &'static str,
    pub kept_restore: &'static str,
    pub kept_download: &'static str,
    pub kept_remove: &'static str,
    pub kept_remove_question: &'static str,
    pub kept_remove_confirm: &'static str,
    pub kept_remove_failed: &'static str,
    pub delete_heading: &'static str,
    pub delete_explain: &'static str,
    pub delete_start: &'static str,
    pub delete_question: &'static str,
    pub delete_confirm: &'static str,
    pub delete_done: &'static str,
    pub delete_failed: &'static str,
    pub persisted: &'static str,
    pub csv_date: &'static str,
    pub csv_exercise: &'static str,
    pub csv_dose: &'static str,
    pub csv_pain_before: &'static str,
    pub csv_pain_after: &'static str,
    pub csv_note: &'static str,
    /// The start of the backup's and the CSV's file names; the date and
    /// the extension follow.
    pub file_name: &'static str,
    /// The file name of damaged data downloaded for the clinic.
    pub damaged_file_name: &'static str,

    // The printable summary.
    pub print_title: &'static str,
    pub print_button: &'static str,
    pub print_period: fn(from: &str, to: &str) -> String,
    pub print_made_on: fn(date: &str) -> String,
    pub print_entries_heading: &'static str,
    pub print_weeks_heading: &'static str,
    pub print_col_days: &'static str,

    // The schedule.
    pub schedule_title: &'static str,
    pub schedule_clinic_intro: &'static str,
    pub schedule_own_intro: &'static str,
    pub schedule_pick: &'static str,
    pub schedule_days: &'static str,
    pub schedule_save: &'static str,
    pub schedule_saved: &'static str,
    pub schedule_stop: &'static str,
    pub schedule_stopped: &'static str,
    pub schedule_pick_one: &'static str,
    pub schedule_replace_clinic: &'static str,

    // Adding exercises to the own schedule in one tap (exercise page,
    // self-check result).
    /// Exercises added; the number of them.
    pub add_added: fn(count: usize) -> String,
    /// After adding made a new schedule; its days per week.
    pub add_new_schedule: fn(days_per_week: u8) -> String,
    /// Every one is in the schedule already; how many there are.
    pub add_already_in: fn(count: usize) -> String,
    pub add_from_clinic: &'static str,
    pub add_from_newer_version: &'static str,
    pub add_view_schedule: &'static str,
    pub add_write_full: &'static str,
    pub add_write_newer_version: &'static str,
    pub add_write_failed: &'static str,
}

impl DiaryTexts {
    /// Why adding to the schedule did not work; nothing was changed.
    pub fn add_write_error(&self, error: WriteError) -> &'static str {
        match error {
            WriteError::Full => self.add_write_full,
            WriteError::NewerVersion => self.add_write_newer_version,
            WriteError::Unavailable | WriteError::Unreadable | WriteError::NotKept => {
                self.add_write_failed
            }
        }
    }

    /// What to tell the patient about a problem with the stored diary.
    pub fn problem(&self, problem: &StorageProblem) -> &'static str {
        match problem {
            StorageProblem::Unreadable { .. } => self.problem_unreadable,
            StorageProblem::UnreadableNotMoved => self.problem_unreadable_not_moved,
            StorageProblem::NewerVersion => self.problem_newer_version,
            StorageProblem::Unavailable => self.problem_unavailable,
        }
    }

    /// What to tell the patient when a save failed.
    pub fn write_error(&self, error: WriteError) -> &'static str {
        match error {
            WriteError::Full => self.write_full,
            WriteError::Unavailable => self.write_unavailable,
            WriteError::NewerVersion => self.write_newer_version,
            WriteError::Unreadable => self.write_unreadable,
            WriteError::NotKept => self.write_not_kept,
        }
    }
}

/// The diary texts in `lang`.
pub fn diary_texts(lang: Lang) -> &'static DiaryTexts {
    match lang {
        Lang::Nl => &super::nl::DIARY,
        Lang::En => &super::en::DIARY,
    }
}
