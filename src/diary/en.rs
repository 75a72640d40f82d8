//! The diary in English (plain English at language level B1: short
//! sentences, everyday words), a translation of `nl.rs`.

use super::backup::{ImportError, MAX_BACKUP_BYTES};
use super::texts::DiaryTexts;
use crate::i18n::dates::full_date;
use crate::i18n::Lang;

fn times(n: u32, one: &str, more: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {more}")
    }
}

fn import_failed(error: &ImportError) -> String {
    match error {
        ImportError::TooLarge => format!(
            concat!("This file is larger than {} MB. Your browser cannot keep that much, so it cannot be a ", clinic_short_name!(), " backup. Nothing has changed."),
            MAX_BACKUP_BYTES / (1024 * 1024)
        ),
        ImportError::Damaged => "This file is damaged or not complete, or it is not a backup. Nothing has changed. Try another file.".into(),
        ImportError::NotABackup => concat!("This file is not a backup of the ", clinic_short_name!(), " diary. Nothing has changed.").into(),
        ImportError::NewerVersion => "This backup was made with a newer version of the app. Update the app and try again. Nothing has changed.".into(),
        ImportError::InvalidEntries(count) => format!(
            "This backup contains {} with impossible values (for example pain above 10). Nothing has changed.",
            times(*count as u32, "exercise", "exercises")
        ),
        ImportError::ImpossibleDays { first, count: 1 } => format!(
            "This backup has an exercise on {}. That date cannot be right. Nothing has changed. Check that the date on your phone is right, or try another backup.",
            full_date(*first, Lang::En)
        ),
        ImportError::ImpossibleDays { first, count } => format!(
            "This backup has {count} exercises on a date that cannot be right. The first is on {}. Nothing has changed. Check that the date on your phone is right, or try another backup.",
            full_date(*first, Lang::En)
        ),
    }
}

pub static DIARY: DiaryTexts = DiaryTexts {
    menu_label: "Diary menu",
    menu_today: "Today",
    menu_history: "History",
    menu_progress: "Progress",
    menu_data: "My data",

    problem_unreadable: "Part of your saved diary was damaged and could not be read. We have kept it aside: nothing has been thrown away. The app keeps working as normal. Would you like someone to look at it? Download it and take it to the clinic.",
    problem_unreadable_download: "Download the damaged data",
    problem_unreadable_not_moved: "Your saved diary is damaged and your phone has no room to keep it aside. So that nothing is lost, the app saves nothing for now. Free up some space on your phone and open the app again.",
    problem_newer_version: "Your diary was updated by a newer version of the app, for example in another window. Reload the page to carry on.",
    problem_unavailable: "Your browser does not allow the app to save anything, for example in a private window. What you enter now is gone when you close the app.",
    reload: "Reload the page",
    write_full: "Saving does not work: your phone's storage for this app is full. What you entered is still below. Make a backup, free up some space and try again.",
    write_unavailable: "Saving does not work: your browser does not allow it. What you entered is still below.",
    write_newer_version: "Saving is not possible now: a newer version of the app has updated your diary. Reload the page. What you entered is still below.",
    write_unreadable: "Saving does not work: your saved diary is damaged and could not be kept aside. What you entered is still below.",
    write_not_kept: "Your browser did not keep it. What you entered is still below. Try again.",
    try_again: "Try again",

    safari_title: "Put the app on your home screen",
    safari_body: "On an iPhone or iPad, Safari deletes your diary if you do not open the app for 7 days. If the app is on your home screen, that does not happen.",
    backup_never: "You have not made a backup yet.",
    backup_last: |date| format!("Your last backup is from {date}."),
    backup_overdue: "Make a backup now and then. Then you lose nothing if your phone breaks or the browser deletes your data.",
    backup_now: "Make a backup",

    title: "Diary",
    today_heading: |date| format!("Today, {date}"),
    schedule_from_clinic: |days| format!("Your schedule from the link: {} a week.", times(days.into(), "day", "days")),
    schedule_own: |days| format!("Your own schedule: {} a week.", times(days.into(), "day", "days")),
    schedule_starts: |date| format!("Your plan starts on {date}. Until then you can log what you do."),
    schedule_note: "Note with your schedule:",
    week_progress: |days, target| format!("This week: exercised on {days} of {target} days."),
    planned_heading: "On your schedule",
    recent_heading: "Recently done",
    no_schedule: "You do not have a schedule yet. Log an exercise you have done, or make your own schedule.",
    make_schedule: "Make my own schedule",
    change_schedule: "View schedule",
    log: "Log",
    log_label: |exercise| format!("Log {exercise}"),
    done: "Done",
    pain_from_to: |before, after| format!("pain from {before} to {after}"),
    other_exercise: "Log another exercise",
    pick_heading: "Which exercise did you do?",
    done_today_heading: "Done today",
    nothing_today: "You have not logged anything today yet.",
    streak_days: |days| format!("Exercised {} in a row.", times(days, "day", "days")),
    streak_none: "Exercise today and start a streak.",
    edit: "Edit",
    edit_label: |exercise| format!("Edit {exercise}"),

    log_title: "Log an exercise",
    log_unknown_exercise: "We do not know this exercise. Choose below which exercise you did.",
    step: |step, of| format!("Step {step} of {of}"),
    pain_before_question: "How much pain did you have before exercising?",
    pain_after_question: "And how much pain do you have now, after exercising?",
    pain_scale_hint: "0 is no pain, 10 is the worst pain you can imagine.",
    pain_option_label: |score| format!("Pain {score}"),
    change_dose: "A different amount",
    dose_sets: "Number of sets",
    dose_reps: "Times per set",
    dose_seconds: "Seconds to hold",
    dose_minutes: "Minutes",
    dose_invalid: "Fill in a number that fits everywhere: sets 1 to 10, times 1 to 100, seconds 1 to 600, minutes 1 to 480.",
    dose_apply: "Use this amount",
    saved: |exercise| format!("Saved: {exercise}."),
    undo: "Undo",
    undone: "Undone.",
    add_note: "Add a note",
    note_label: "Note (can stay empty)",
    note_count: |used, max| format!("{used} of {max} characters"),
    save_note: "Save note",
    note_saved: "Note saved.",
    finish: "Finished",
    cancel: "Cancel",
    back: "Back",
    more_pain_lead: "If the exercise gave you more pain, read again when to stop. It is also on every exercise page.",

    edit_title: "Edit exercise",
    edit_not_found: "This exercise is not in your diary (any more). Perhaps it was deleted, maybe in another window.",
    back_to_diary: "Back to your diary",
    day_label: "Date",
    exercise_label: "Exercise",
    day_in_future: "Choose today's date or an earlier one.",
    pain_before_label: "Pain before exercising",
    pain_after_label: "Pain after exercising",
    save: "Save",
    delete: "Delete",
    deleted: |exercise| format!("Deleted: {exercise}."),

    history_title: "History",
    history_empty: "Your diary is still empty. What you log, you will see here.",
    newer_entries: |count| {
        let what = match count {
            1 => "1 exercise".to_owned(),
            _ => format!("{count} exercises"),
        };
        format!(
            "Your diary has {what} from a newer version of the app. None of it is lost. Reload the page to get \
             the newest version of the app."
        )
    },
    newer_exercise: "an exercise from a newer version of the app",
    newer_schedule: |count| {
        format!(
            "Your schedule has {} from a newer version of the app. They are not shown here yet, but they are \
             kept. Reload the page to get the newest version of the app.",
            times(count as u32, "exercise", "exercises")
        )
    },
    show_older: "Show older days",

    progress_title: "Progress",
    progress_empty: "Here you will see your progress once you have logged a few exercises.",
    streak_current: "Days in a row",
    streak_longest: "Longest streak",
    days_unit: |days| times(days, "day", "days"),
    pain_change_heading: "Your pain since your first week",
    pain_change: |first, last| format!("Your average pain before exercising was {first} in your first week and {last} in the last 7 days."),
    pain_change_better: |points| format!("That is {points} points less. Well done!"),
    pain_change_worse: |points| format!("That is {points} points more. Talk about this with your physiotherapist."),
    pain_change_same: "That has stayed about the same.",
    pain_change_wait: "After two weeks you will see here how your pain has changed since your first week. Some people notice a difference after a few weeks, for others it takes longer. Exercising regularly helps.",
    exercise_effect_lower: |points| format!("In the last 30 days your pain after exercising was on average {points} points lower than before."),
    exercise_effect_higher: |points| format!("In the last 30 days your pain after exercising was on average {points} points higher than before. Talk about this with your physiotherapist."),
    exercise_effect_same: "In the last 30 days your pain after exercising was about the same as before.",
    chart_heading: "Pain before exercising",
    chart_legend_day: "Average per day",
    chart_legend_week: "Average per week",
    chart_summary: |days, from, to, first, last| format!("Chart of your pain on {days} days, from {from} to {to}. The weekly average went from {first} to {last}."),
    chart_table_summary: "The numbers per week",
    chart_col_week: "Week",
    chart_col_before: "Pain before",
    chart_col_after: "Pain after",
    week_of: |date| format!("week of {date}"),
    calendar_heading: "Exercise days",
    calendar_done: "all done",
    calendar_part: "partly done",
    calendar_nothing: "no exercise",
    calendar_week: |days, target| match target {
        Some(target) => format!("{days} of {target} days"),
        None => times(days.into(), "day", "days"),
    },

    data_title: "My data",
    backup_heading: "Backup",
    backup_explain: "A backup is a file with your whole diary and your schedule. Keep it in your e-mail, your notes or your cloud. Then you lose nothing if your phone breaks or the browser deletes your data.",
    backup_make: "Make a backup",
    backup_made: "Your backup has been made.",
    backup_file_title: concat!("Backup of the ", clinic_short_name!(), " diary"),
    export_heading: "For your physiotherapist",
    export_explain: "Take your diary to your appointment: as a file for Excel, or printed.",
    export_csv: "Download for Excel (CSV)",
    export_print: "Summary to print",
    import_heading: "Restore a backup",
    import_explain: "Choose a backup. You first see what will be added; only when you confirm does anything change. What is already in your diary stays.",
    import_choose: "Choose a file",
    import_reading: "Reading the file…",
    import_preview: |new, updated, unchanged| format!(
        "In this backup: {} new, {} updated, {} already in your diary.",
        times(new as u32, "exercise", "exercises"),
        updated,
        unchanged
    ),
    import_with_schedule: "You also get the schedule from the backup, because you have no schedule now.",
    import_nothing_new: "Everything in this backup is already in your diary. Nothing changes.",
    import_confirm: "Add to my diary",
    import_done: |added| format!("Done: {} added or updated.", times(added as u32, "exercise", "exercises")),
    import_not_a_file: "This file could not be read. Nothing has changed.",
    import_failed,
    kept_heading: "Data kept aside",
    kept_explain: "This data could not be read before. It was kept aside; nothing was deleted.",
    kept_item: |date, kilobytes| format!("Kept aside on {date} ({kilobytes} kB)."),
    kept_readable: "This version of the app can read it now. Put it back: you first see what it adds.",
    kept_unreadable: "This version of the app cannot read it yet. Save it as a file for the clinic, or leave it: a \
                      newer version may be able to read it.",
    kept_restore: "Put back in my diary",
    kept_download: "Save as a file",
    kept_remove: "Remove",
    kept_remove_question: "Delete this data that was kept aside? You cannot undo this.",
    kept_remove_confirm: "Yes, delete",
    kept_remove_failed: "Deleting did not work: your browser did not allow it.",
    delete_heading: "Delete everything",
    delete_explain: "Delete your diary, your schedule and your self-check results from this phone. Make a backup first if you want to keep anything.",
    delete_start: "Delete all data",
    delete_question: "Are you sure? Everything you have entered in this app will be deleted from this phone. You cannot undo this.",
    delete_confirm: "Yes, delete everything",
    delete_done: "All your data has been deleted from this phone.",
    delete_failed: "Deleting did not fully work: your browser did not allow it. Try again.",
    persisted: "Your browser will not delete your data by itself, not even when your phone needs space. Only you can delete it.",
    csv_date: "Date",
    csv_exercise: "Exercise",
    csv_dose: "Amount",
    csv_pain_before: "Pain before (0-10)",
    csv_pain_after: "Pain after (0-10)",
    csv_note: "Note",
    file_name: "heup-rug-diary",
    damaged_file_name: "heup-rug-damaged-data.txt",

    print_title: "Summary for your physiotherapist",
    print_button: "Print",
    print_period: |from, to| format!("From {from} to {to}"),
    print_made_on: |date| format!(concat!("Made on {} with ", clinic_short_name!(), "."), date),
    print_entries_heading: "All exercises",
    print_weeks_heading: "Week by week",
    print_col_days: "Days exercised",

    schedule_title: "My schedule",
    schedule_clinic_intro: "This schedule was in the link you got. Your diary shows these exercises every day.",
    schedule_own_intro: "Choose the exercises you want to do and how many days a week. Your diary then shows them every day. Do you have a schedule from your physiotherapist? Follow that one.",
    schedule_pick: "Which exercises?",
    schedule_days: "How many days a week?",
    schedule_save: "Save schedule",
    schedule_saved: "Your schedule has been saved.",
    schedule_stop: "Stop schedule",
    schedule_stopped: "You no longer have a schedule. Your diary and what you logged stay.",
    schedule_pick_one: "Choose at least one exercise.",
    schedule_replace_clinic: "Make my own schedule instead of this one",

    add_added: |count| match count {
        1 => "The exercise is now in your schedule.".to_owned(),
        _ => format!("{count} exercises are now in your schedule."),
    },
    add_new_schedule: |days| format!("Your new schedule: {} a week. You can change that.", times(days.into(), "day", "days")),
    add_already_in: |count| match count {
        1 => "This exercise is in your schedule.".to_owned(),
        _ => "These exercises are in your schedule.".to_owned(),
    },
    add_from_clinic: "You follow the clinic's schedule. We do not change it here.",
    add_from_newer_version: "Your schedule was made with a newer version of the app. We do not change it here.",
    add_view_schedule: "See your schedule",
    add_write_full: "Adding does not work: your phone's storage for this app is full. Your schedule has not changed. Free up some space and try again.",
    add_write_newer_version: "Adding does not work now: a newer version of the app updated your schedule. Your schedule has not changed. Refresh the page.",
    add_write_failed: "Adding does not work: your browser does not keep it. Your schedule has not changed.",
};
