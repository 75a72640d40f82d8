//! The clinic link in English (plain words, short sentences). The clinic
//! page speaks to physiotherapists, the rest to patients.

use super::texts::ClinicTexts;

fn days(n: u8) -> String {
    if n == 1 {
        "1 day".to_owned()
    } else {
        format!("{n} days")
    }
}

pub static CLINIC: ClinicTexts = ClinicTexts {
    accept_title: "Your exercise plan",
    accept_intro: "This exercise plan is in the link you received. Take your time to read it.",
    days_per_week: |n| format!("Exercise {} a week.", days(n)),
    starts_on: |date| format!("You start on {date}."),
    exercises_heading: "The exercises",
    exercises_hint: "Tap an exercise to read how to do it.",
    note_heading: "Note in the link:",
    accept: "Put it in my diary",
    replace: "Replace my plan",
    changes_heading: "What changes?",
    changes_intro: "You already have a plan. This new plan takes the place of your current one:",
    change_added: |exercise, dose| format!("New: {exercise} ({dose})"),
    change_removed: |exercise| format!("Dropped: {exercise}"),
    change_dose: |exercise, from, to| format!("{exercise}: {to} instead of {from}"),
    change_days: |from, to| format!("{} a week instead of {}", days(to), days(from)),
    change_start: |date| match date {
        Some(date) => format!("You start on {date}"),
        None => "You start straight away".to_owned(),
    },
    change_note: "The note changes",
    change_nothing: "The exercises and the amounts stay the same.",
    already_accepted: "This plan is already in your diary.",
    to_diary: "To my diary",
    accept_privacy: "Your plan stays on your own phone. Nothing goes to the internet.",
    accept_take_care: "Is your pain clearly worse than you are used to, or are you not sure about an exercise? Stop and talk to your physiotherapist. This app does not replace treatment.",

    error_title: "This link does not work",
    error_empty: "There is no exercise plan in this link. Perhaps a piece of the link went missing.",
    error_too_long: "This link is too long for an exercise plan. Perhaps some text got stuck to it. Open the link straight from the e-mail.",
    error_not_a_link: concat!("This link is damaged: there is no readable exercise plan in it. Open the link straight from the e-mail, or ask ", clinic_name!(), " for a new link."),
    error_incomplete: concat!("This link is not complete. A piece often goes missing when copying or in the e-mail. Open the link straight from the e-mail, or ask ", clinic_name!(), " for a new link."),
    error_altered: concat!("This link has been changed, for example by a typing mistake. That is why the app does not use it. Open the link straight from the e-mail, or ask ", clinic_name!(), " for a new link."),
    error_newer_version: "This link was made for a newer version of the app.",
    error_unknown_exercises: |codes| format!(
        "This link has exercises this version of the app does not know yet (number {codes}). The link is fine; the app on your phone has not been updated yet."
    ),
    error_get_newer_app: concat!("The app is looking for the new version now (this needs the internet). Does a ‘Refresh’ button appear at the top? Tap it: the link then opens by itself. Not working? Close the app completely, open it again and tap the link in the e-mail once more. If the link still does not work, ask ", clinic_name!(), " for a new link."),
    error_not_a_schedule: concat!("The plan in this link is not right, for example because it has no exercises. Ask ", clinic_name!(), " for a new link."),
    error_nothing_changed: "Nothing has changed in your diary.",
    to_home: "To the start page",

    clinic_title: "Make a plan link",
    clinic_intro: "For physiotherapists. Choose the exercises and amounts for your patient. You get a link for the e-mail and a QR code to print or to scan. The patient puts the plan in the diary with one tap.",
    clinic_offline: "The link holds no name or other personal data. Everything happens on this device; this page also works without internet.",
    pick_legend: "Exercises and amounts",
    days_label: "How many days a week?",
    start_label: "Start date (may stay empty)",
    note_label: "Note for your patient (may stay empty)",
    note_hint: "Do not put a name or other personal data in it, nor a web address or phone number.",
    note_count: |used, max| format!("{used} of {max} characters"),
    problem_no_exercise: "Choose at least one exercise. Then the link and the QR code appear here.",
    problem_dose: |exercise| format!("Fill in an amount for {exercise} that fits: sets 1 to 10, times 1 to 100, seconds 1 to 600, minutes 1 to 480."),
    problem_days: "Choose 1 to 7 days a week.",
    problem_start: "This start date does not fit in a link. Choose another date or leave the field empty.",
    problem_note: "The note is too long. Make it shorter.",
    problem_note_web: "Do not put a web address in the note. Your patient cannot see who made a link. So a note never holds a web address or phone number.",
    problem_note_phone: "Do not put a phone number in the note. Your patient cannot see who made a link. So a note never holds a web address or phone number.",
    link_heading: "The link",
    link_label: "Link for your patient",
    copy: "Copy the link",
    copied: "The link has been copied.",
    copy_failed: "Copying did not work. The link is now selected: copy it yourself with Ctrl+C, or press and hold it.",
    print: "Print",
    sheet_title: "Your exercise plan",
    sheet_scan: concat!("Scan this code with your phone's camera. Your exercise plan opens in the ", clinic_short_name!(), " app. Tap ‘Put it in my diary’ there."),
    qr_label: "QR code with the link to the exercise plan",

    reminder_heading: "Reminder in your calendar",
    reminder_intro_schedule: "Put your exercise days in your phone's calendar. You then get a reminder on those days. The event has a link to your diary.",
    reminder_intro_daily: "Would you like a reminder to exercise every day? Choose a time and put the reminder in your phone's calendar. The event has a link to your diary.",
    reminder_days_legend: |n| format!("On which days? Choose {n}."),
    reminder_time: "At what time?",
    reminder_add: "Put it in my calendar",
    reminder_done: "The calendar file has been downloaded. Open it: your calendar then asks whether to add the reminder.",
    reminder_failed: "Making the calendar file did not work. Please try again.",
    reminder_wrong_days: |n| format!("Choose exactly {}, as many as in your plan.", days(n)),
    reminder_bad_time: "Choose a time, for example 19:00.",
    reminder_privacy: "Only this reminder goes into your calendar. Your diary stays in the app.",
    reminder_summary: "Exercises for your hip and back",
    reminder_description: |url| format!("Time for your exercises. Open your diary: {url}"),
};
