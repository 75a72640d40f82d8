//! The explainer's content as typed data: its sections, each a list of
//! blocks (paragraphs, lists, links, questions, the picture), one table per
//! language. Also the order of the sections (previous and next) and their
//! reading time. Pure, so completeness and every link are tested natively.

use super::reading::{count_words, reading_minutes};
use super::{content_en, content_nl, SectionId};
use crate::exercises::ExerciseId;
use crate::i18n::Lang;
use crate::routes::Part;

/// The whole explainer in one language.
#[derive(Debug)]
pub struct Explainer {
    /// The opening of the article, shown on the start page.
    pub intro: &'static [&'static str],
    /// The invitation to have it examined at the clinic.
    pub invitation: Invitation,
    /// Every section, in reading order ([`SectionId::ALL`]).
    pub sections: &'static [Section],
}

/// One section, shown on its own page at `/uitleg/<slug>`.
#[derive(Debug)]
pub struct Section {
    pub id: SectionId,
    /// The page heading, also the entry in the table of contents.
    pub title: &'static str,
    /// One line in the table of contents: what the reader learns here.
    pub summary: &'static str,
    /// The text, in order.
    pub blocks: &'static [Block],
}

/// A piece of a section's text.
#[derive(Debug)]
pub enum Block {
    /// A paragraph.
    Paragraph(&'static str),
    /// A sub-heading (`<h2>`) inside the section.
    Heading(&'static str),
    /// A bulleted list.
    List(&'static [&'static str]),
    /// A list of advice, each with links to the exercises that put it into
    /// practice.
    Advice(&'static [Advice]),
    /// Links to elsewhere in the app, shown as big buttons.
    Links(&'static [Link]),
    /// A remark set apart, such as "this is not a diagnosis".
    Note(&'static str),
    /// Frequently asked questions, each opening to its answer.
    Questions(&'static [Question]),
    /// The interactive picture of pelvis and lower back.
    Picture,
    /// The invitation to have it examined at the clinic
    /// ([`Explainer::invitation`]).
    Invitation,
}

/// One piece of advice and the exercises that go with it.
#[derive(Debug)]
pub struct Advice {
    pub text: &'static str,
    pub links: &'static [Link],
}

/// A frequently asked question and its answer.
#[derive(Debug)]
pub struct Question {
    pub question: &'static str,
    /// The answer's paragraphs.
    pub answer: &'static [&'static str],
    /// Where to read or do more.
    pub links: &'static [Link],
}

/// The clinic's invitation to have the back and hips examined.
#[derive(Debug)]
pub struct Invitation {
    pub title: &'static str,
    pub body: &'static [&'static str],
}

/// A link to another page of the app, with the words the reader sees.
#[derive(Debug)]
pub struct Link {
    pub target: Target,
    pub label: &'static str,
}

/// Where a link leads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    Section(SectionId),
    Exercise(ExerciseId),
    Part(Part),
}

impl Target {
    /// The app path of the target.
    pub fn path(self) -> String {
        match self {
            Target::Section(id) => id.path(),
            Target::Exercise(id) => id.path(),
            Target::Part(part) => part.path().to_owned(),
        }
    }
}

/// The explainer in `lang`.
pub fn explainer(lang: Lang) -> &'static Explainer {
    match lang {
        Lang::Nl => &content_nl::EXPLAINER,
        Lang::En => &content_en::EXPLAINER,
    }
}

impl Explainer {
    /// The section with this id.
    pub fn section(&self, id: SectionId) -> Option<&'static Section> {
        self.sections.iter().find(|section| section.id == id)
    }

    /// Number of words a reader reads in `section`.
    pub fn word_count(&self, section: &Section) -> usize {
        section
            .texts(&self.invitation)
            .iter()
            .map(|text| count_words(text))
            .sum()
    }

    /// Estimated reading time of `section`, in whole minutes.
    pub fn reading_minutes(&self, section: &Section) -> u32 {
        reading_minutes(self.word_count(section))
    }

    /// Estimated reading time of all sections together, in whole minutes.
    pub fn total_reading_minutes(&self) -> u32 {
        reading_minutes(self.sections.iter().map(|s| self.word_count(s)).sum())
    }
}

impl Section {
    /// Where this section stands: 1 for the first.
    pub fn number(&self) -> usize {
        SectionId::ALL
            .iter()
            .position(|&id| id == self.id)
            .map_or(1, |index| index + 1)
    }

    /// The section before this one, if any.
    pub fn previous(&self) -> Option<SectionId> {
        let index = self.number() - 1;
        index.checked_sub(1).map(|i| SectionId::ALL[i])
    }

    /// The section after this one, if any.
    pub fn next(&self) -> Option<SectionId> {
        SectionId::ALL.get(self.number()).copied()
    }

    /// Every text of the section a reader reads, in order.
    pub fn texts(&self, invitation: &Invitation) -> Vec<&'static str> {
        let mut texts = vec![self.title];
        for block in self.blocks {
            match block {
                Block::Paragraph(text) | Block::Heading(text) | Block::Note(text) => {
                    texts.push(text)
                }
                Block::List(items) => texts.extend(items.iter()),
                Block::Advice(advice) => {
                    for item in *advice {
                        texts.push(item.text);
                        texts.extend(item.links.iter().map(|link| link.label));
                    }
                }
                Block::Links(links) => texts.extend(links.iter().map(|link| link.label)),
                Block::Questions(questions) => {
                    for q in *questions {
                        texts.push(q.question);
                        texts.extend(q.answer.iter());
                        texts.extend(q.links.iter().map(|link| link.label));
                    }
                }
                Block::Invitation => {
                    texts.push(invitation.title);
                    texts.extend(invitation.body.iter());
                }
                Block::Picture => {}
            }
        }
        texts
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every link in a section.
    fn links(section: &Section) -> Vec<&'static Link> {
        let mut links = Vec::new();
        for block in section.blocks {
            match block {
                Block::Links(list) => links.extend(list.iter()),
                Block::Advice(advice) => advice.iter().for_each(|a| links.extend(a.links)),
                Block::Questions(questions) => questions.iter().for_each(|q| links.extend(q.links)),
                _ => {}
            }
        }
        links
    }

    /// Six or more digits in a row, spaces and dashes allowed between them.
    fn looks_like_a_phone_number(text: &str) -> bool {
        let mut digits = 0;
        for c in text.chars() {
            match c {
                '0'..='9' => digits += 1,
                ' ' | '-' => {}
                _ => digits = 0,
            }
            if digits >= 6 {
                return true;
            }
        }
        false
    }

    fn all() -> impl Iterator<Item = (Lang, &'static Explainer)> {
        Lang::ALL.iter().map(|&lang| (lang, explainer(lang)))
    }

    #[test]
    fn there_is_one_section_per_id_in_reading_order() {
        for (lang, ex) in all() {
            let ids: Vec<_> = ex.sections.iter().map(|s| s.id).collect();
            assert_eq!(ids, SectionId::ALL, "{lang:?}");
            for id in SectionId::ALL {
                assert_eq!(ex.section(id).map(|s| s.id), Some(id));
            }
        }
    }

    #[test]
    fn every_section_has_a_title_a_summary_and_a_body() {
        for (lang, ex) in all() {
            assert!(!ex.intro.is_empty() && !ex.invitation.body.is_empty());
            for (i, section) in ex.sections.iter().enumerate() {
                let case = format!("{lang:?} {:?}", section.id);
                assert!(!section.title.trim().is_empty(), "{case}: title");
                assert!(!section.summary.trim().is_empty(), "{case}: summary");
                let has_body = section.blocks.iter().any(|block| {
                    matches!(
                        block,
                        Block::Paragraph(_)
                            | Block::List(_)
                            | Block::Advice(_)
                            | Block::Questions(_)
                    )
                });
                assert!(has_body, "{case}: no body text");
                for text in section.texts(&ex.invitation) {
                    assert!(!text.trim().is_empty(), "{case}: an empty text");
                }
                for other in &ex.sections[i + 1..] {
                    assert_ne!(section.title, other.title, "{lang:?}: title twice");
                }
            }
        }
    }

    #[test]
    fn links_to_exercises_use_the_librarys_names() {
        for (lang, ex) in all() {
            for section in ex.sections {
                for link in links(section) {
                    if let Target::Exercise(id) = link.target {
                        let name = crate::exercises::exercise(id, lang).name;
                        assert_eq!(link.label, name, "{lang:?} {:?}", section.id);
                    }
                }
            }
        }
    }

    #[test]
    fn every_link_leads_to_a_page_that_exists() {
        for (lang, ex) in all() {
            for section in ex.sections {
                for link in links(section) {
                    let case = format!("{lang:?} {:?} -> {:?}", section.id, link.target);
                    assert!(!link.label.trim().is_empty(), "{case}: no label");
                    let path = link.target.path();
                    let found = match link.target {
                        Target::Section(id) => {
                            assert_ne!(id, section.id, "{case}: links to itself");
                            path.strip_prefix("/uitleg/")
                                .and_then(SectionId::from_slug)
                                .map(Target::Section)
                        }
                        Target::Exercise(_) => path
                            .strip_prefix("/oefeningen/")
                            .and_then(ExerciseId::from_slug)
                            .map(Target::Exercise),
                        Target::Part(_) => Part::ALL
                            .into_iter()
                            .find(|part| part.path() == path)
                            .map(Target::Part),
                    };
                    assert_eq!(found, Some(link.target), "{case}: {path} leads nowhere");
                }
            }
        }
    }

    #[test]
    fn every_exercise_of_the_article_is_linked_from_the_advice() {
        for (lang, ex) in all() {
            let linked: Vec<_> = ex
                .sections
                .iter()
                .flat_map(links)
                .map(|link| link.target)
                .collect();
            for exercise in ExerciseId::ALL {
                assert!(
                    linked.contains(&Target::Exercise(exercise)),
                    "{lang:?}: {exercise:?} is never linked"
                );
            }
        }
    }

    #[test]
    fn the_picture_sits_with_the_pelvis_and_the_symptoms_lead_to_the_self_check() {
        for (lang, ex) in all() {
            let pictures: Vec<_> = ex
                .sections
                .iter()
                .filter(|s| s.blocks.iter().any(|b| matches!(b, Block::Picture)))
                .map(|s| s.id)
                .collect();
            assert_eq!(pictures, [SectionId::HipSteersBack], "{lang:?}");

            let symptoms = ex.section(SectionId::Symptoms).expect("exists");
            let items = symptoms.blocks.iter().find_map(|b| match b {
                Block::List(items) => Some(items.len()),
                _ => None,
            });
            assert_eq!(items, Some(7), "{lang:?}: the article lists seven symptoms");
            assert!(links(symptoms)
                .iter()
                .any(|link| link.target == Target::Part(Part::SelfCheck)));
        }
    }

    #[test]
    fn the_faq_asks_a_question_for_each_answer_of_the_article() {
        for (lang, ex) in all() {
            let faq = ex.section(SectionId::Faq).expect("exists");
            let questions: Vec<_> = faq
                .blocks
                .iter()
                .filter_map(|b| match b {
                    Block::Questions(questions) => Some(*questions),
                    _ => None,
                })
                .flatten()
                .collect();
            assert_eq!(questions.len(), 5, "{lang:?}: the article answers five");
            for q in questions {
                assert!(q.question.ends_with('?'), "{lang:?}: {}", q.question);
                assert!(!q.answer.is_empty(), "{lang:?}: {}", q.question);
            }
        }
    }

    #[test]
    fn the_clinic_is_invited_without_invented_contact_details() {
        for (lang, ex) in all() {
            for id in [SectionId::Symptoms, SectionId::Conclusion, SectionId::Faq] {
                let section = ex.section(id).expect("exists");
                assert!(
                    section
                        .blocks
                        .iter()
                        .any(|b| matches!(b, Block::Invitation)),
                    "{lang:?} {id:?}: no invitation"
                );
            }
            let invitation = ex.invitation.body.join(" ");
            assert!(invitation.contains("Rugcentrum Hilversum"), "{lang:?}");
            // The article gives no phone number, address or web site.
            let everything = ex.sections.iter().flat_map(|s| s.texts(&ex.invitation));
            for text in everything.chain(ex.intro.iter().copied()) {
                assert!(!looks_like_a_phone_number(text), "{lang:?}: {text}");
                for mark in ["@", "www.", "http", "tel:"] {
                    assert!(
                        !text.to_lowercase().contains(mark),
                        "{lang:?}: {mark} in {text}"
                    );
                }
            }
        }
    }

    #[test]
    fn phone_numbers_are_recognised() {
        let cases = [
            ("035 123 45 67", true),
            ("035-1234567", true),
            ("Heupen draaien (90/90)", false),
            ("binnen één tot drie weken", false),
            ("3 × 10 keer, 2 × 30 seconden", false),
        ];
        for (text, phone) in cases {
            assert_eq!(looks_like_a_phone_number(text), phone, "{text}");
        }
    }

    #[test]
    fn sentences_are_short_and_sections_quick_to_read() {
        for (lang, ex) in all() {
            for section in ex.sections {
                for text in section.texts(&ex.invitation) {
                    for sentence in text.split(['.', '?', '!', ':']) {
                        let words = count_words(sentence);
                        assert!(words <= 20, "{lang:?}: {words} words: {sentence}");
                    }
                }
                let minutes = ex.reading_minutes(section);
                assert!(
                    (1..=3).contains(&minutes),
                    "{lang:?} {:?}: {minutes} min",
                    section.id
                );
            }
            let sum: u32 = ex.sections.iter().map(|s| ex.reading_minutes(s)).sum();
            let total = ex.total_reading_minutes();
            assert!(total >= 5 && total <= sum, "{lang:?}: {total} of {sum}");
        }
    }

    #[test]
    fn previous_and_next_walk_through_every_section_once() {
        let ex = explainer(Lang::Nl);
        let mut id = Some(SectionId::ALL[0]);
        let mut walked = Vec::new();
        while let Some(current) = id {
            let section = ex.section(current).expect("exists");
            assert_eq!(section.number(), walked.len() + 1);
            assert_eq!(section.previous(), walked.last().copied());
            walked.push(current);
            id = section.next();
        }
        assert_eq!(walked, SectionId::ALL);
    }
}
