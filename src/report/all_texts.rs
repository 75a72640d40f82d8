//! Every text of the progress report, listed field by field for the
//! completeness test in `crate::i18n::completeness` and for the content review (`src/bin/content-review.rs`).

use super::texts::report_texts;
use crate::i18n::completeness::Texts;
use crate::i18n::Lang;

/// Every report text in `lang`; texts with numbers or names in them are
/// shown with sample values.
pub(super) fn every_text(lang: Lang) -> Texts {
    let t = report_texts(lang);
    let mut texts = Texts::default();
    texts
        .add("share_heading", t.share_heading)
        .add("share_intro", t.share_intro)
        .add("share_needs_schedule", t.share_needs_schedule)
        .add("period_legend", t.period_legend)
        .add("period_since_start", t.period_since_start)
        .add("period_weeks", (t.period_weeks)(3))
        .add("notes_label", (t.notes_label)(2, 2))
        .add("preview_heading", t.preview_heading)
        .add("preview_never", t.preview_never)
        .add("preview_schedule", (t.preview_schedule)(2, 3))
        .add("preview_schedule(1)", (t.preview_schedule)(1, 1))
        .add("preview_notes", (t.preview_notes)(2))
        .add("preview_notes(1)", (t.preview_notes)(1))
        .add("preview_no_notes", t.preview_no_notes)
        .add("share_privacy", t.share_privacy)
        .add("make_link", t.make_link)
        .add("share", t.share)
        .add("share_title", t.share_title)
        .add("shared", t.shared)
        .add("copy", t.copy)
        .add("copied", t.copied)
        .add("copy_failed", t.copy_failed)
        .add("link_label", t.link_label)
        .add("qr_label", t.qr_label)
        .add("qr_hint", t.qr_hint)
        .add("period", (t.period)(2, "X", "Y"))
        .add("week_heading", (t.week_heading)("X"))
        .add("days_practised(Some)", (t.days_practised)(2, Some(3)))
        .add("days_practised(None)", (t.days_practised)(2, None))
        .add("exercise_days", (t.exercise_days)("X", 3))
        .add("pain_week", (t.pain_week)("X", "Y"))
        .add("pain_none", t.pain_none)
        .add("streak", (t.streak)(4))
        .add("streak(1)", (t.streak)(1))
        .add("report_title", t.report_title)
        .add("report_logged", t.report_logged)
        .add("report_made_on", (t.report_made_on)("X"))
        .add("report_stores_nothing", t.report_stores_nothing)
        .add("report_empty", t.report_empty)
        .add("adherence_heading", t.adherence_heading)
        .add("adherence_total", t.adherence_total)
        .add("adherence_hint", (t.adherence_hint)(3))
        .add("calendar_heading", t.calendar_heading)
        .add("pain_heading", t.pain_heading)
        .add("pain_legend_before", t.pain_legend_before)
        .add("pain_legend_after", t.pain_legend_after)
        .add("pain_summary", (t.pain_summary)("X", "Y"))
        .add("pain_summary_none", t.pain_summary_none)
        .add("schedule_heading", t.schedule_heading)
        .add("notes_heading", t.notes_heading)
        .add("print", t.print)
        .add("adjust", t.adjust)
        .add("adjust_hint", t.adjust_hint)
        .add("error_title", t.error_title)
        .add("error_empty", t.error_empty)
        .add("error_too_long", t.error_too_long)
        .add("error_not_a_link", t.error_not_a_link)
        .add("error_schedule_link", t.error_schedule_link)
        .add("error_incomplete", t.error_incomplete)
        .add("error_altered", t.error_altered)
        .add("error_newer", t.error_newer)
        .add("error_not_a_report", t.error_not_a_report)
        .add("error_ask_again", t.error_ask_again);
    texts
}
