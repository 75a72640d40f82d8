//! English texts of the app shell (plain English at language level B1:
//! short sentences, everyday words).

use super::ShellTexts;

pub static SHELL: ShellTexts = ShellTexts {
    app_name: clinic_short_name!(),
    skip_to_content: "Skip to content",
    main_nav_label: "Main menu",
    home_link_label: concat!(clinic_short_name!(), " ", clinic_name!(), ", to the start page"),
    tab_explainer: "Learn",
    tab_self_check: "Self-check",
    tab_exercises: "Exercises",
    tab_diary: "Diary",
    home_title: "Hip and lower back",
    home_intro: "This app explains how your hip affects your lower back and helps you exercise at home. \
                 Everything you enter stays on your own phone.",
    home_parts_heading: "What would you like to do?",
    home_explainer_blurb: "Read how your hip and lower back work together, with a picture you can move yourself.",
    home_self_check_blurb: "Answer questions about your symptoms and do a few simple tests at home. That gives you an idea \
                            of whether your hip plays a part in your back pain.",
    home_exercises_blurb: "Exercises for your hip and glutes, explained step by step.",
    home_diary_blurb: "Keep track of your exercises and how much pain you have. That way you see your progress.",
    home_not_a_diagnosis: concat!("This app does not replace an examination or treatment. Not sure? Contact ", clinic_name!(), " or your GP."),
    not_found_title: "Page not found",
    not_found_body: "This page does not exist (any more). Perhaps the link was not copied completely.",
    not_found_home: "To the start page",
    contact_label: concat!("Contacting ", clinic_name!()),
    contact_call: concat!("Call ", clinic_name!()),
    contact_hours: "Open:",
    contact_address: "Address:",
    contact_website: "Website:",
    contact_email: "E-mail:",
    page_title: |page| format!(concat!("{} · ", clinic_short_name!()), page),
};
