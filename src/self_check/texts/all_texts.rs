//! Every text of the self-check, listed field by field for the
//! completeness test in `crate::i18n::completeness` and for the content review (`src/bin/content-review.rs`).

use super::texts;
use crate::calendar::Day;
use crate::i18n::completeness::Texts;
use crate::i18n::Lang;
use crate::self_check::question::{QuestionId, QUESTIONS};

/// Every text of the self-check in `lang`, for the completeness test; texts
/// with numbers, dates or answers in them are shown with sample values.
pub(crate) fn every_text(lang: Lang) -> Texts {
    let t = texts(lang);
    let day = Day::parse("2026-03-01").expect("a valid date");
    let mut texts = Texts::default();
    texts
        .add("page_title", t.page_title)
        .add("intro_lead", t.intro_lead)
        .add("intro_length", (t.intro_length)(20, 4))
        .add("intro_safety", t.intro_safety)
        .add("intro_privacy", t.intro_privacy)
        .add("start", t.start)
        .add("earlier_results(1)", (t.earlier_results)(1))
        .add("earlier_results(3)", (t.earlier_results)(3))
        .add("not_a_diagnosis", t.not_a_diagnosis)
        .add("resume_heading", t.resume_heading)
        .add("resume_body", (t.resume_body)("X", 3, 20))
        .add("resume_continue", t.resume_continue)
        .add("restart", t.restart)
        .add("group_safety", t.group_safety)
        .add("group_complaints", t.group_complaints)
        .add("group_self_tests", t.group_self_tests)
        .add("progress", (t.progress)(3, 20))
        .add("back", t.back)
        .add("self_test_care", t.self_test_care)
        .add("gp_now.heading", t.gp_now.heading)
        .add("gp_now.why", t.gp_now.why)
        .add("gp_now.next", t.gp_now.next)
        .add("gp_today.heading", t.gp_today.heading)
        .add("gp_today.why", t.gp_today.why)
        .add("gp_today.next", t.gp_today.next)
        .add("gp_within_days.heading", t.gp_within_days.heading)
        .add("gp_within_days.why", t.gp_within_days.why)
        .add("gp_within_days.next", t.gp_within_days.next)
        .add("gp_test_stops", t.gp_test_stops)
        .add("gp_mention_too", t.gp_mention_too)
        .add("gp_emergency", t.gp_emergency)
        .add("gp_wrong_tap", t.gp_wrong_tap)
        .add("gp_wrong_tap_question", t.gp_wrong_tap_question)
        .add("gp_wrong_tap_confirm", t.gp_wrong_tap_confirm)
        .add("gp_wrong_tap_keep", t.gp_wrong_tap_keep)
        .add("mention_heading", t.mention_heading)
        .add("mention_body", t.mention_body)
        .add("mention_continue", t.mention_continue)
        .add("saving", t.saving)
        .add("retry_saving", t.retry_saving)
        .add("result_title", t.result_title)
        .add("result_date", (t.result_date)("X"))
        .add("band_few", t.band_few)
        .add("band_some", t.band_some)
        .add("band_clear", t.band_clear)
        .add("band_few_body", t.band_few_body)
        .add("band_some_body", t.band_some_body)
        .add("band_clear_body", t.band_clear_body)
        .list("band_scale", &t.band_scale)
        .add("reasons_heading", t.reasons_heading)
        .add("no_reasons", t.no_reasons)
        .add("advice_recent", t.advice_recent)
        .add("advice_weeks", t.advice_weeks)
        .add("advice_long", t.advice_long)
        .add("how_scored_summary", t.how_scored_summary)
        .add("how_scored", (t.how_scored)(4, 30))
        .add("how_bands", (t.how_bands)(5, 10))
        .add("how_sides", t.how_sides)
        .add("how_hip_sign", t.how_hip_sign)
        .add("one_leg_not_counted", t.one_leg_not_counted)
        .add("nerve_root_heading", t.nerve_root_heading)
        .add("nerve_root_body", t.nerve_root_body)
        .add("nerve_root_how", t.nerve_root_how)
        .add("nerve_root_short", t.nerve_root_short)
        .add("earlier_version", t.earlier_version)
        .add("rescored", (t.rescored)("X"))
        .add("rescored_below", t.rescored_below)
        .add("compare_changed", t.compare_changed)
        .add("skipped(1)", (t.skipped)(&["X"]))
        .add("skipped(3)", (t.skipped)(&["X", "Y", "Z"]))
        .add("points(1)", (t.points)(1))
        .add("points(4)", (t.points)(4))
        .add("read_more_heading", t.read_more_heading)
        .add("exercises_heading", t.exercises_heading)
        .add("add_to_schedule", t.add_to_schedule)
        .add("invite_heading", t.invite_heading)
        .add("invite_body", t.invite_body)
        .add("invite_link", t.invite_link)
        .add("compare_heading", t.compare_heading)
        .add("all_results", t.all_results)
        .add("again", t.again)
        .add("history_title", t.history_title)
        .add("history_empty", t.history_empty)
        .add("history_start", t.history_start)
        .add("side_by_side_heading", t.side_by_side_heading)
        .add("side_by_side_intro", t.side_by_side_intro)
        .add("side_by_side_scroll", t.side_by_side_scroll)
        .add("side_by_side_later", t.side_by_side_later)
        .add("table_caption", t.table_caption)
        .add("table_question", t.table_question)
        .add("row_band", t.row_band)
        .add("list_heading", t.list_heading)
        .add("view_result", t.view_result)
        .add("delete", t.delete)
        .add("delete_label", (t.delete_label)("X"))
        .add("deleted", (t.deleted)("X"))
        .add("undo", t.undo)
        .add("problem_unreadable", t.problem_unreadable)
        .add(
            "problem_unreadable_not_moved",
            t.problem_unreadable_not_moved,
        )
        .add("problem_newer_version", t.problem_newer_version)
        .add("problem_unavailable", t.problem_unavailable)
        .add("write_failed", (t.write_failed)("X"))
        .add("why_full", t.why_full)
        .add("why_unavailable", t.why_unavailable)
        .add("why_newer_version", t.why_newer_version)
        .add("why_unreadable", t.why_unreadable)
        .add("why_not_kept", t.why_not_kept)
        .add("date", (t.date)(day))
        .add("date_short", (t.date_short)(day));
    for question in QUESTIONS {
        let q = (t.question)(question.id);
        let name = format!("{:?}", question.id);
        texts
            .add(format!("{name}.prompt"), q.prompt)
            .add(format!("{name}.label"), q.label);
        if let Some(hint) = q.hint {
            texts.add(format!("{name}.hint"), hint);
        }
        for &answer in question.id.options() {
            texts.add(
                format!("{name}.reason({answer:?})"),
                t.reason(question.id, answer),
            );
        }
        if let QuestionId::SelfTest(test) = question.id {
            let s = (t.self_test)(test);
            texts
                .add(format!("{name}.name"), s.name)
                .list(&format!("{name}.steps"), &s.steps)
                .add(format!("{name}.picture"), s.picture)
                .list(&format!("{name}.labels"), s.labels);
        }
    }
    let all_answers = QUESTIONS
        .iter()
        .flat_map(|q| q.id.options().iter().copied());
    let mut seen = Vec::new();
    for answer in all_answers {
        if seen.contains(&answer) {
            continue;
        }
        seen.push(answer);
        let words = (t.answer)(answer);
        texts
            .add(format!("{answer:?}.button"), words.button)
            .add(format!("{answer:?}.short"), words.short)
            .add(format!("{answer:?}.in_sentence"), words.in_sentence);
    }
    texts
}
