//! The about page's texts, per language: the shape here, the Dutch words
//! in `nl.rs` (B1: short sentences, everyday words), the English in
//! `en.rs`. Values that differ per build (the reviewer, dates, versions)
//! are arguments of the `fn` texts, never sentences from `clinic.toml`.

use crate::i18n::completeness::Texts;
use crate::i18n::Lang;

/// Every text of the about page in one language.
#[derive(Debug)]
pub struct AboutTexts {
    /// The heading, also the words of every link to the page.
    pub page_title: &'static str,
    /// What the page tells, in one sentence.
    pub intro: &'static str,

    // Where the content comes from.
    pub sources_heading: &'static str,
    /// The explainer's article and whose it is: always Rugcentrum
    /// Hilversum's, whichever clinic the app is built for.
    pub article_source: &'static str,
    /// Above the guidelines the warning signs follow.
    pub guidelines_lead: &'static str,
    /// The guidelines docs/content-sources.md cites for the warning signs,
    /// and no others.
    pub guidelines: &'static [&'static str],
    /// Where the exercises come from: the article's kinds of exercise, and
    /// the usual physiotherapy practice for their steps and doses.
    pub exercises_source: &'static str,

    // Who checked the content.
    pub check_heading: &'static str,
    /// The reviewer (and registration, when given) with the date in words
    /// and the content version.
    pub checked:
        fn(reviewer: &str, registration: Option<&str>, date: &str, version: &str) -> String,
    /// When the clinic has not checked the content yet.
    pub not_checked: &'static str,
    /// The next check's date in words.
    pub next_check: fn(date: &str) -> String,

    // Who the app is for, and not for (docs/intended-use.md).
    pub audience_heading: &'static str,
    pub audience: &'static str,
    pub not_a_diagnosis: &'static str,
    /// Above the list of who should not use the app.
    pub not_for_lead: &'static str,
    pub not_for: &'static [&'static str],
    /// Before the link to the help page.
    pub help_lead: &'static str,

    // What the app stores, and where.
    pub storage_heading: &'static str,
    pub storage: &'static str,
    pub nothing_sent: &'static str,
    pub no_account: &'static str,
    /// Before the link to the diary's data page.
    pub delete_lead: &'static str,
    pub delete_link: &'static str,

    /// Above the clinic's contact details.
    pub contact_heading: &'static str,
    /// The app's version number.
    pub version: fn(number: &str) -> String,
}

/// The about page's texts in `lang`.
pub fn about_texts(lang: Lang) -> &'static AboutTexts {
    match lang {
        Lang::Nl => &super::nl::ABOUT,
        Lang::En => &super::en::ABOUT,
    }
}

/// Every text of the about page in `lang`, field by field.
pub(super) fn every_text(lang: Lang) -> Texts {
    let t = about_texts(lang);
    let mut texts = Texts::default();
    texts
        .add("page_title", t.page_title)
        .add("intro", t.intro)
        .add("sources_heading", t.sources_heading)
        .add("article_source", t.article_source)
        .add("guidelines_lead", t.guidelines_lead)
        .list("guidelines", t.guidelines)
        .add("exercises_source", t.exercises_source)
        .add("check_heading", t.check_heading)
        .add("checked", (t.checked)("X", Some("Y"), "Z", "V"))
        .add(
            "checked_without_registration",
            (t.checked)("X", None, "Z", "V"),
        )
        .add("not_checked", t.not_checked)
        .add("next_check", (t.next_check)("Z"))
        .add("audience_heading", t.audience_heading)
        .add("audience", t.audience)
        .add("not_a_diagnosis", t.not_a_diagnosis)
        .add("not_for_lead", t.not_for_lead)
        .list("not_for", t.not_for)
        .add("help_lead", t.help_lead)
        .add("storage_heading", t.storage_heading)
        .add("storage", t.storage)
        .add("nothing_sent", t.nothing_sent)
        .add("no_account", t.no_account)
        .add("delete_lead", t.delete_lead)
        .add("delete_link", t.delete_link)
        .add("contact_heading", t.contact_heading)
        .add("version", (t.version)("1.2.3"));
    texts
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The guidelines as docs/content-sources.md lists them under
    /// "Sources:" of the self-check's red flags, on one line.
    fn cited_guidelines() -> String {
        let list = include_str!("../../docs/content-sources.md")
            .split_once("\nSources:\n")
            .and_then(|(_, rest)| rest.split_once("### Red flags"))
            .expect("the Sources list in docs/content-sources.md")
            .0;
        list.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn the_guidelines_are_the_ones_the_sources_page_cites_and_no_others() {
        let cited = cited_guidelines();
        for &lang in Lang::ALL {
            let guidelines = about_texts(lang).guidelines;
            assert_eq!(guidelines.len(), 4, "{lang:?}");
            for guideline in guidelines {
                // The name before the first bracket or colon, and every
                // quoted title, stand in the sources page's list.
                let name = guideline
                    .split([':', '('])
                    .next()
                    .unwrap_or_default()
                    .trim();
                assert!(cited.contains(name), "{lang:?} {name}");
                let titles = guideline
                    .split('‘')
                    .skip(1)
                    .filter_map(|rest| rest.split_once('’'));
                for (title, _) in titles {
                    assert!(cited.contains(title), "{lang:?} {title}");
                }
            }
            assert!(
                !guidelines.iter().any(|g| g.contains("NG59")),
                "NICE NG59 is no longer cited for the signs"
            );
        }
    }

    #[test]
    fn the_article_is_rugcentrum_hilversum_s_whatever_the_clinic() {
        for &lang in Lang::ALL {
            let source = about_texts(lang).article_source;
            assert!(
                source.contains("‘Hoe de heup de onderrug beïnvloedt’"),
                "{source}"
            );
            assert!(source.contains("Rugcentrum Hilversum"), "{source}");
        }
    }

    #[test]
    fn the_limits_of_the_intended_use_are_all_stated() {
        // docs/intended-use.md, "Not for": under 18, pregnancy, soon after
        // surgery without advice, emergencies.
        let words = [
            (Lang::Nl, ["18", "zwanger", "operatie", "noodgeval"]),
            (Lang::En, ["18", "pregnant", "operation", "emergency"]),
        ];
        for (lang, needles) in words {
            let not_for = about_texts(lang).not_for;
            assert_eq!(not_for.len(), needles.len(), "{lang:?}");
            for (item, needle) in not_for.iter().zip(needles) {
                assert!(item.contains(needle), "{lang:?}: {item}");
            }
        }
    }
}
