//! The progress report in English, a translation of `nl.rs`.

use super::texts::ReportTexts;

fn days(n: impl Into<u32>) -> String {
    match n.into() {
        1 => "1 day".to_owned(),
        n => format!("{n} days"),
    }
}

fn exercises_count(n: usize) -> String {
    match n {
        1 => "1 exercise".to_owned(),
        n => format!("{n} exercises"),
    }
}

pub static REPORT: ReportTexts = ReportTexts {
    share_heading: "Send your progress to your physiotherapist",
    share_intro: "Make a link with what you have logged in your diary. Your physiotherapist can open it without an app or an account.",
    share_needs_schedule: "You can do this once your diary has an exercise schedule: the link shows how you exercise against your schedule.",
    period_legend: "Which period?",
    period_since_start: "Since your schedule started (at most 12 weeks)",
    period_weeks: |weeks| format!("The last {weeks} weeks"),
    notes_label: |count, chars| {
        format!("Also send my notes (the last {count}, each at most {chars} characters)")
    },
    preview_heading: "This is what the link holds",
    preview_never: "It never holds your name, your date of birth or anything else about who you are.",
    preview_schedule: |exercises, n| {
        format!("Your schedule: {}, {} a week, without the note with your schedule.", exercises_count(exercises), days(n))
    },
    preview_notes: |count| match count {
        1 => "1 note:".to_owned(),
        n => format!("{n} notes:"),
    },
    preview_no_notes: "No notes.",
    share_privacy: "Anyone who gets this link can read what it holds. Only send it to your physiotherapist.",
    make_link: "Make the link",
    share: "Share",
    share_title: "My progress",
    shared: "Shared.",
    copy: "Copy the link",
    copied: "The link is on the clipboard.",
    copy_failed: "Copying did not work. The link is selected: copy it yourself.",
    link_label: "The link",
    qr_label: "QR code with the link to your progress",
    qr_hint: "At your appointment, your physiotherapist can scan this code from your screen.",

    period: |weeks, from, to| format!("{weeks} weeks: from {from} to {to} inclusive."),
    week_heading: |date| format!("Week of {date}"),
    days_practised: |n, target| match target {
        Some(target) => format!("Exercised on {} of the {target}", days(n)),
        None => format!("Exercised on {} (before the schedule started)", days(n)),
    },
    exercise_days: |exercise, n| format!("{exercise}: {}", days(n)),
    pain_week: |before, after| format!("Average pain {before} before and {after} after exercising"),
    pain_none: "No pain logged",
    streak: |n| format!("Current streak: {} in a row with an exercise.", days(n)),

    report_title: "Report of exercise and pain",
    report_logged: concat!("This is what the patient logged in the ", clinic_short_name!(), " app themselves. It is not a measurement."),
    report_made_on: |date| format!("Made on {date}."),
    report_stores_nothing: "This page stores nothing: the report is only in the link. Print it (or save it as a PDF) for the patient file.",
    report_empty: "Nothing was logged in this period.",
    adherence_heading: "Days exercised per week",
    adherence_total: "Total",
    adherence_hint: |n| format!("The schedule asks for {} a week.", days(n)),
    calendar_heading: "Per day",
    pain_heading: "Pain before and after exercising",
    pain_legend_before: "Before exercising",
    pain_legend_after: "After exercising",
    pain_summary: |first, last| {
        format!("Average pain before exercising (0–10), per week: {first} in the first week with data, {last} in the last.")
    },
    pain_summary_none: "No pain was logged in this period.",
    schedule_heading: "Measured against this schedule",
    notes_heading: "The patient's notes",
    print: "Print",
    adjust: "Adjust the schedule",
    adjust_hint: "Opens the schedule builder with this schedule already filled in. Change what is needed and give the patient the new link.",

    error_title: "This report cannot be opened",
    error_empty: "There is no report in this link.",
    error_too_long: "This link is longer than a report can be.",
    error_not_a_link: "This is not a link to a report.",
    error_schedule_link: "This is a link to an exercise schedule, not a report. Open it through /schema.",
    error_incomplete: "The link is not complete: it was probably cut off, for example in an e-mail.",
    error_altered: "The link has been changed: a character is no longer right.",
    error_newer: "This report was made with a newer version of the app. Refresh this page.",
    error_not_a_report: "The link is intact, but holds no report that adds up.",
    error_ask_again: "Ask the patient to send the link again, or scan the QR code on their phone.",
};
