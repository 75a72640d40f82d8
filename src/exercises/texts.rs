//! The library's own texts around the exercises: headings, labels, the
//! stop rules that hold for every exercise and the reminder that the app
//! does not replace the physiotherapist. One table per language.

use super::{Exercise, Group};
use crate::i18n::Lang;

/// Texts of the list page and the exercise pages.
#[derive(Debug)]
pub struct LibraryTexts {
    /// The list page's opening line.
    pub intro: &'static str,
    /// Said on every page: the app does not replace the physiotherapist.
    pub not_a_replacement: &'static str,
    pub group_mobility: &'static str,
    pub group_strength: &'static str,
    pub group_daily: &'static str,
    /// Label of the usual dose on an exercise page.
    pub dose_label: &'static str,
    pub how_often_label: &'static str,
    /// A dose done once on each side, e.g. "3 × 10 keer per kant".
    pub per_side: fn(dose: &str) -> String,
    /// The accessible name of the pair of drawings.
    pub pictures_label: fn(exercise: &str) -> String,
    pub start: &'static str,
    pub end: &'static str,
    pub steps_heading: &'static str,
    pub feel_heading: &'static str,
    pub stop_heading: &'static str,
    /// When to stop, for every exercise.
    pub stop_rules: &'static [&'static str],
    /// What to do after stopping.
    pub after_stopping: &'static str,
    pub take_care_heading: &'static str,
    pub easier_heading: &'static str,
    pub harder_heading: &'static str,
    /// The button to the diary's "log this exercise" page.
    pub log_button: &'static str,
    /// The link back to the list.
    pub all_exercises: &'static str,
}

static NL: LibraryTexts = LibraryTexts {
    intro: "Oefeningen voor je heupen en bilspieren. Sterke en soepele heupen ontlasten je onderrug. \
            Begin rustig en bouw langzaam op.",
    not_a_replacement: "Deze oefeningen vervangen je fysiotherapeut niet. Heb je met je fysiotherapeut \
                        iets anders afgesproken? Doe dan wat jullie hebben afgesproken.",
    group_mobility: "Soepel bewegen",
    group_strength: "Sterker worden",
    group_daily: "Meer bewegen op een dag",
    dose_label: "Hoeveel",
    how_often_label: "Hoe vaak",
    per_side: |dose| format!("{dose} per kant"),
    pictures_label: |exercise| format!("Tekeningen van {exercise}: begin en eind"),
    start: "Begin",
    end: "Eind",
    steps_heading: "Zo doe je het",
    feel_heading: "Wat voel je?",
    stop_heading: "Stop als",
    stop_rules: &[
        "je een scherpe of stekende pijn voelt.",
        "de pijn uitstraalt naar je bil of been.",
        "je pijn hoger wordt dan 5 op een schaal van 0 tot 10, of hoger dan je met je fysiotherapeut hebt afgesproken.",
        "je been of voet doof wordt of gaat tintelen.",
    ],
    after_stopping: "Gaat het na een paar minuten rust niet over, of komt het steeds terug? \
                     Bespreek het met je fysiotherapeut.",
    take_care_heading: "Let op",
    easier_heading: "Makkelijker",
    harder_heading: "Zwaarder",
    log_button: "Zet in mijn dagboek",
    all_exercises: "Alle oefeningen",
};

/// The library texts in `lang`.
pub fn library_texts(lang: Lang) -> &'static LibraryTexts {
    match lang {
        Lang::Nl => &NL,
    }
}

impl LibraryTexts {
    /// A group's heading on the list page.
    pub fn group_name(&self, group: Group) -> &'static str {
        match group {
            Group::Mobility => self.group_mobility,
            Group::Strength => self.group_strength,
            Group::DailyMovement => self.group_daily,
        }
    }

    /// The usual dose in words, with "per side" where it applies.
    pub fn usual_dose(&self, exercise: &Exercise, lang: Lang) -> String {
        let dose = exercise.usual_dose.describe(lang);
        if exercise.each_side {
            (self.per_side)(&dose)
        } else {
            dose
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::{exercise, ExerciseId};

    #[test]
    fn every_text_is_filled_in_every_language() {
        for &lang in Lang::ALL {
            let t = library_texts(lang);
            let texts = [
                t.intro,
                t.not_a_replacement,
                t.group_mobility,
                t.group_strength,
                t.group_daily,
                t.dose_label,
                t.how_often_label,
                t.start,
                t.end,
                t.steps_heading,
                t.feel_heading,
                t.stop_heading,
                t.after_stopping,
                t.take_care_heading,
                t.easier_heading,
                t.harder_heading,
                t.log_button,
                t.all_exercises,
            ];
            for text in texts.into_iter().chain(t.stop_rules.iter().copied()) {
                assert!(!text.trim().is_empty(), "{lang:?}: an empty text");
            }
            assert!((t.per_side)("X").contains('X'));
            assert!((t.pictures_label)("X").contains('X'));
        }
    }

    #[test]
    fn the_stop_rules_name_sharp_and_radiating_pain_the_pain_limit_and_numbness() {
        let rules = library_texts(Lang::Nl).stop_rules.join(" ");
        for must in [
            "scherpe",
            "uitstraalt",
            "5 op een schaal van 0 tot 10",
            "fysiotherapeut",
            "doof",
            "tintelen",
        ] {
            assert!(rules.contains(must), "stop rules do not mention {must}");
        }
    }

    #[test]
    fn doses_say_per_side_only_for_one_sided_exercises() {
        let t = library_texts(Lang::Nl);
        let cases = [
            (ExerciseId::Bridge, "3 × 10 keer"),
            (ExerciseId::Clamshell, "3 × 12 keer per kant"),
            (
                ExerciseId::HipFlexorStretch,
                "2 × 30 seconden vasthouden per kant",
            ),
            (ExerciseId::Walking, "20 minuten"),
        ];
        for (id, text) in cases {
            assert_eq!(t.usual_dose(exercise(id, Lang::Nl), Lang::Nl), text);
        }
    }
}
