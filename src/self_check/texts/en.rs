//! English texts of the self-check's pages (plain English at language level
//! B1: short sentences, everyday words). The questions are in
//! `en_questions.rs`.

use super::{en_questions, SelfCheckTexts, StopText};
use crate::i18n::{dates, Lang};

pub static SELF_CHECK: SelfCheckTexts = SelfCheckTexts {
    page_title: "Self-check",
    intro_lead: "Does your hip play a part in your back pain? This test gives you an idea.",
    intro_length: |questions, home_tests| {
        format!(
            "The test has {questions} short questions. For {home_tests} questions you do a small movement at home. \
             Together this takes about 5 minutes."
        )
    },
    intro_safety: "First we ask about symptoms for which a GP should look at your back: sometimes at once, \
                   sometimes today, sometimes within a few days.",
    intro_privacy: "Your answers stay on your own phone.",
    start: "Start the test",
    earlier_results: |count| match count {
        1 => "See your earlier result".to_owned(),
        _ => format!("See your {count} earlier results"),
    },
    not_a_diagnosis: "This is not a diagnosis. Only a care provider who examines you can say where your symptoms \
                      come from. If your symptoms get worse, or you are not sure, contact your GP.",

    resume_heading: "Continue the test?",
    resume_body: |started, question, total| {
        format!("You started the self-check on {started}. You were at question {question} of {total}.")
    },
    resume_continue: "Continue",
    restart: "Start again",

    group_safety: "Your safety first",
    group_complaints: "Your symptoms",
    group_self_tests: "Small tests at home",
    progress: |question, total| format!("Question {question} of {total}"),
    back: "Previous question",
    self_test_care: "Take it easy. Stop if it hurts a lot. If you can't do it, choose ‘I'll skip this test’. If you have had a \
                     hip replacement or hip surgery, only do the tests your physiotherapist agrees with.",

    gp_now: StopText {
        heading: "Call your GP now",
        why: "These symptoms can mean that a nerve low in your back is squeezed. Then a doctor needs to \
              examine you soon.",
        next: "If the GP practice is closed, call the out-of-hours GP service (huisartsenpost) now.",
    },
    gp_today: StopText {
        heading: "Call your GP today",
        why: "A GP should look at these symptoms today. It may be, for example, a broken bone in your spine or \
              an infection in your back.",
        next: "If the GP practice is closed, call the out-of-hours GP service (huisartsenpost).",
    },
    gp_within_days: StopText {
        heading: "Make an appointment with your GP within a few days",
        why: "With these symptoms, back pain sometimes has another cause. Your GP can check this. An \
              appointment in the next few days is soon enough.",
        next: "If a leg quickly gets weaker, the skin between your legs feels numb, or you get new problems with \
               your bladder or bowels, call your GP or the out-of-hours GP service at once.",
    },
    gp_test_stops: "The test stops here. The test and the exercises can wait until your GP has looked at this.",
    gp_mention_too: "Also tell your GP this:",
    gp_emergency: "Is it an emergency? Call 112",
    gp_wrong_tap: "Tapped the wrong answer?",
    gp_wrong_tap_question: "If you meant ‘No’, we clear your ‘Yes’ and ask the question again.",
    gp_wrong_tap_confirm: "Yes, ask the question again",
    gp_wrong_tap_keep: "No, my ‘Yes’ is right",

    mention_heading: "Mention this to your GP",
    mention_body: "Back pain that started before you were 45, with more than half an hour of stiffness in the \
                   morning, that gets better when you move, can fit an inflammation in your back. It is not \
                   urgent. But do tell your GP: they can decide whether tests are needed.",
    mention_continue: "Continue the test",

    saving: "Saving your result…",
    retry_saving: "Try saving again",

    result_title: "Self-check result",
    result_date: |date| format!("You did the test on {date}."),
    band_few: "Few signs that your hip plays a part",
    band_some: "Some signs that your hip plays a part",
    band_clear: "Clear signs that your hip plays a part",
    band_few_body: "Your answers do not clearly point to your hip. Your back pain can also have another \
                    cause. Keep moving: with back pain, that is usually good.",
    band_some_body: "A few answers fit a hip that moves less easily or is less strong. \
                     Then your lower back has to do extra work.",
    band_clear_body: "Many answers fit a hip that moves less easily or is less strong. Then your lower back \
                      has to do extra work. Exercises for your hip can help with that.",
    band_scale: ["Few", "Some", "Clear"],
    reasons_heading: "Why this result?",
    no_reasons: "You gave no answers that point to your hip.",
    advice_recent: "New back pain often gets better by itself within a few weeks, especially if you keep moving.",
    advice_weeks: "If your symptoms are not getting better, have them examined.",
    advice_long: "Symptoms that last this long are best examined.",
    how_scored_summary: "How is this result worked out?",
    how_scored: |points, max| {
        format!(
            "Every answer that points to your hip counts for a number of points. You had {points} of the {max} points."
        )
    },
    how_bands: |some_from, clear_from| {
        let (below_some, below_clear) = (some_from.saturating_sub(1), clear_from.saturating_sub(1));
        format!(
            "0 to {below_some} points: few signs. {some_from} to {below_clear} points: some signs. \
             {clear_from} points or more: clear signs."
        )
    },
    how_sides: "A home test that was difficult on one side counts more than a test that was difficult on both \
                sides: a difference between left and right says more about your hip. In ‘ankle on knee’, pain \
                counts more than a side that is only stiffer. A stiff, stretching feeling on both sides is normal \
                and does not count. How long you have had your symptoms does not count either.",
    how_hip_sign: "For ‘clear signs’ you need at least one sign of the hip itself: ‘ankle on knee’, ‘knee to \
                   chest’ or ‘standing on one leg’ that was difficult, or a stiff buttock. A rounded back when \
                   bending forward counts only half and is not a sign of the hip itself: many people bend like \
                   that, and it is hard to see in yourself.",
    one_leg_not_counted: "Standing on one leg does not count from the age of 50. With the years, standing on one \
                          leg for 30 seconds gets harder for many people, also without hip problems.",
    nerve_root_heading: "This fits a nerve better than your hip",
    nerve_root_body: "Your pain goes down to below your knee. That fits a nerve in your back better than your hip, \
                      also when your leg does not feel numb, tingly or weaker. So the test gives no result about \
                      your hip. Have it examined by your GP or physiotherapist, and only start strengthening \
                      exercises when they agree. If the leg is quickly getting weaker, or you get problems with \
                      your bladder or bowels, call your GP at once.",
    nerve_root_how: "Pain that goes down to below your knee fits a nerve in your back, with or without a numb, \
                     tingly or weaker leg. The questions and home tests about your hip cannot tell that apart from \
                     your hip well. So the test then counts no points for your hip.",
    nerve_root_short: "Fits a nerve",
    earlier_version: "This result is from before a change to the test. Which result you saw then was not saved. \
                      Here it is worked out again with the current test.",
    rescored: |verdict| {
        format!("The test has changed since this result. With the current test, this result would be ‘{verdict}’.")
    },
    rescored_below: "The reasons below follow the current test.",
    compare_changed: "* Made with an earlier version of the test. Open that result to see what has changed.",
    skipped: |tests| {
        let names: Vec<String> = tests.iter().map(|name| format!("‘{name}’")).collect();
        let (what, list) = match names.split_last() {
            Some((last, [])) => ("the test", last.clone()),
            Some((last, rest)) => ("the tests", format!("{} and {last}", rest.join(", "))),
            None => return String::new(),
        };
        format!("You skipped {what} {list}. So the result rests on fewer signs.")
    },
    points: |points| match points {
        1 => "1 point".to_owned(),
        _ => format!("{points} points"),
    },
    read_more_heading: "Read more",
    exercises_heading: "Exercises that fit your answers",
    add_to_schedule: "Add these to my schedule",
    invite_heading: "Have it examined",
    invite_body: concat!("Would you like to know if your back pain comes from your hip? At ", clinic_name!(), " we examine \
                  how your hips and lower back work together. Then we make a plan together."),
    invite_link: concat!("How ", clinic_name!(), " examines your hip"),
    compare_heading: "Compared with last time",
    all_results: "All your results",
    again: "Do the test again",

    history_title: "My results",
    history_empty: "You have no results yet. Do the self-check: your result is kept here, with the date.",
    history_start: "Do the self-check",
    side_by_side_heading: "Side by side",
    side_by_side_intro: "This shows what has changed. The newest result is on the left.",
    side_by_side_later: "Do the test again later. Then you see your results side by side here, and what has changed.",
    side_by_side_scroll: "Slide the table sideways to see older results.",
    table_caption: "Your answers each time",
    table_question: "Question",
    row_band: "Signs that your hip plays a part",
    list_heading: "All results",
    view_result: "See the result",
    delete: "Delete",
    delete_label: |date| format!("Delete the result of {date}"),
    deleted: |date| format!("The result of {date} has been deleted."),
    undo: "Undo",

    problem_unreadable: "Self-check data saved earlier was damaged. We have put it aside and deleted nothing. \
                         You can carry on as normal.",
    problem_unreadable_not_moved: "Self-check data saved earlier is damaged, and there is no room to put it \
                                   aside. Nothing will be saved until there is room again.",
    problem_newer_version: "Your data was saved by a newer version of this app. Reload the page to see it.",
    problem_unavailable: "Your browser does not let this app save anything, for example in a private window. \
                          The test works, but your answers and your result are not saved.",
    write_failed: |why| format!("Saving did not work: {why}. What you filled in is still on the screen."),
    why_full: "your phone's storage is full",
    why_unavailable: "your browser does not let this app save anything",
    why_newer_version: "a newer version of the app saved your data. Reload the page",
    why_unreadable: "the saved data is damaged and there is no room to put it aside",
    why_not_kept: "your browser did not keep it",

    date: |day| dates::full_date(day, Lang::En),
    date_short: |day| format!("{} {}", dates::short_date(day, Lang::En), day.year()),
    question: en_questions::question,
    answer: en_questions::answer,
    self_test: en_questions::self_test,
};
