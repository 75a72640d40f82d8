//! Every text of the clinic link, listed field by field for the
//! completeness test in `crate::i18n::completeness` and for the content review (`src/bin/content-review.rs`).

use super::texts::clinic_texts;
use crate::i18n::completeness::Texts;
use crate::i18n::Lang;

/// Every clinic text in `lang`; texts with numbers or names in them are
/// shown with sample values.
pub(super) fn every_text(lang: Lang) -> Texts {
    let t = clinic_texts(lang);
    let mut texts = Texts::default();
    texts
        .add("accept_title", t.accept_title)
        .add("accept_intro", t.accept_intro)
        .add("days_per_week(1)", (t.days_per_week)(1))
        .add("days_per_week(3)", (t.days_per_week)(3))
        .add("starts_on", (t.starts_on)("X"))
        .add("exercises_heading", t.exercises_heading)
        .add("exercises_hint", t.exercises_hint)
        .add("note_heading", t.note_heading)
        .add("accept", t.accept)
        .add("replace", t.replace)
        .add("changes_heading", t.changes_heading)
        .add("changes_intro", t.changes_intro)
        .add("change_added", (t.change_added)("X", "Y"))
        .add("change_removed", (t.change_removed)("X"))
        .add("change_dose", (t.change_dose)("X", "Y", "Z"))
        .add("change_days", (t.change_days)(2, 3))
        .add("change_start(Some)", (t.change_start)(Some("X")))
        .add("change_start(None)", (t.change_start)(None))
        .add("change_note", t.change_note)
        .add("change_nothing", t.change_nothing)
        .add("already_accepted", t.already_accepted)
        .add("to_diary", t.to_diary)
        .add("accept_privacy", t.accept_privacy)
        .add("accept_take_care", t.accept_take_care)
        .add("error_title", t.error_title)
        .add("error_empty", t.error_empty)
        .add("error_too_long", t.error_too_long)
        .add("error_not_a_link", t.error_not_a_link)
        .add("error_incomplete", t.error_incomplete)
        .add("error_altered", t.error_altered)
        .add("error_newer_version", t.error_newer_version)
        .add("error_unknown_exercises", (t.error_unknown_exercises)("12"))
        .add("error_get_newer_app", t.error_get_newer_app)
        .add("error_not_a_schedule", t.error_not_a_schedule)
        .add("error_nothing_changed", t.error_nothing_changed)
        .add("to_home", t.to_home)
        .add("clinic_title", t.clinic_title)
        .add("clinic_intro", t.clinic_intro)
        .add("clinic_offline", t.clinic_offline)
        .add("pick_legend", t.pick_legend)
        .add("days_label", t.days_label)
        .add("start_label", t.start_label)
        .add("note_label", t.note_label)
        .add("note_hint", t.note_hint)
        .add("note_count", (t.note_count)(10, 300))
        .add("problem_no_exercise", t.problem_no_exercise)
        .add("problem_dose", (t.problem_dose)("X"))
        .add("problem_days", t.problem_days)
        .add("problem_start", t.problem_start)
        .add("problem_note", t.problem_note)
        .add("problem_note_web", t.problem_note_web)
        .add("problem_note_phone", t.problem_note_phone)
        .add("link_heading", t.link_heading)
        .add("link_label", t.link_label)
        .add("copy", t.copy)
        .add("copied", t.copied)
        .add("copy_failed", t.copy_failed)
        .add("print", t.print)
        .add("sheet_title", t.sheet_title)
        .add("sheet_scan", t.sheet_scan)
        .add("qr_label", t.qr_label)
        .add("reminder_heading", t.reminder_heading)
        .add("reminder_intro_schedule", t.reminder_intro_schedule)
        .add("reminder_intro_daily", t.reminder_intro_daily)
        .add("reminder_days_legend(1)", (t.reminder_days_legend)(1))
        .add("reminder_days_legend(3)", (t.reminder_days_legend)(3))
        .add("reminder_time", t.reminder_time)
        .add("reminder_add", t.reminder_add)
        .add("reminder_done", t.reminder_done)
        .add("reminder_failed", t.reminder_failed)
        .add("reminder_wrong_days(1)", (t.reminder_wrong_days)(1))
        .add("reminder_wrong_days(3)", (t.reminder_wrong_days)(3))
        .add("reminder_bad_time", t.reminder_bad_time)
        .add("reminder_privacy", t.reminder_privacy)
        .add("reminder_summary", t.reminder_summary)
        .add(
            "reminder_description",
            (t.reminder_description)("https://x.nl/dagboek"),
        );
    texts
}
