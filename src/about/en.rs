//! The about page in English, translated from the Dutch in `nl.rs`. The
//! article keeps its Dutch title, with its meaning after it.

use super::texts::AboutTexts;

pub static ABOUT: AboutTexts = AboutTexts {
    page_title: "About this app",
    intro: "Here you can read where the information in this app comes from, who the app is for and what it stores.",

    sources_heading: "Where the information comes from",
    article_source: "The explanation is based on the article ‘Hoe de heup de onderrug beïnvloedt’ (‘How the hip \
                     affects the lower back’) by Rugcentrum Hilversum.",
    guidelines_lead: "The warning signs in the self-check and on the help page follow these guidelines:",
    guidelines: &[
        "NHG-Standaard Aspecifieke lagerugpijn (Dutch GPs' guideline on low back pain, 2017)",
        "NHG-Standaard Lumbosacraal radiculair syndroom (Dutch GPs' guideline on sciatica, 2015)",
        "KNGF-richtlijn Lage rugpijn en LRS (Dutch physiotherapists' guideline on low back pain and sciatica, 2021)",
        "NICE CKS: ‘Back pain - low (without radiculopathy)’ and ‘Sciatica (lumbar radiculopathy)’ (England)",
    ],
    exercises_source: "The exercises come from the article. The steps, how often you exercise and when to stop are \
                       what physiotherapists usually advise. Each exercise also says when to call your GP at once. \
                       That follows the guidelines above.",

    check_heading: "Who checked the content",
    checked: |reviewer, registration, date, version| match registration {
        Some(registration) => format!(
            "Content checked by {reviewer} ({registration}) on {date}. Content version {version}."
        ),
        None => format!("Content checked by {reviewer} on {date}. Content version {version}."),
    },
    not_checked: concat!("The content has not yet been checked by ", clinic_name!(), "."),
    next_check: |date| format!("Next check: {date}"),

    audience_heading: "Who is this app for?",
    audience: "This app is for adults with lower back problems. It explains and helps you to do something about \
               your problems yourself.",
    not_a_diagnosis: "The app does not give a diagnosis. It does not replace an examination or treatment by your GP \
                      or physiotherapist.",
    not_for_lead: "Do not use the app:",
    not_for: &[
        "if you are under 18;",
        "if you are pregnant;",
        "soon after an operation on your back or hip, unless your surgeon or physiotherapist says you can;",
        "in an emergency.",
    ],
    help_lead: "When do you need a GP quickly? Read it here:",

    storage_heading: "What the app stores",
    storage: "Everything you enter stays in the browser's storage on this phone.",
    nothing_sent: "The app sends nothing to the clinic or to anyone else. Only when you share a link or a file \
                   yourself does anything go to someone else.",
    no_account: "You do not need an account. The app has no trackers.",
    delete_lead: "Want to delete everything? You do that yourself, on the page with your data:",
    delete_link: "Go to your data",

    contact_heading: concat!("How to reach ", clinic_name!()),
    version: |number| format!("App version: {number}"),
};
