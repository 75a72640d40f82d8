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

static EN: LibraryTexts = LibraryTexts {
    intro: "Exercises for your hips and glutes. Strong, supple hips take strain off your lower back. \
            Start gently and build up slowly.",
    not_a_replacement: "These exercises do not replace your physiotherapist. Did you agree on something else \
                        with your physiotherapist? Then do what you agreed.",
    group_mobility: "Moving easily",
    group_strength: "Getting stronger",
    group_daily: "Moving more during the day",
    dose_label: "How much",
    how_often_label: "How often",
    per_side: |dose| format!("{dose} each side"),
    pictures_label: |exercise| format!("Drawings of {exercise}: start and end"),
    start: "Start",
    end: "End",
    steps_heading: "How to do it",
    feel_heading: "What do you feel?",
    stop_heading: "Stop if",
    stop_rules: &[
        "you feel a sharp or stabbing pain.",
        "the pain spreads to your buttock or leg.",
        "your pain goes above 5 on a scale from 0 to 10, or above what you agreed with your physiotherapist.",
        "your leg or foot goes numb or starts to tingle.",
    ],
    after_stopping: "Does it not go away after a few minutes of rest, or does it keep coming back? \
                     Talk to your physiotherapist about it.",
    take_care_heading: "Take care",
    easier_heading: "Easier",
    harder_heading: "Harder",
    log_button: "Add to my diary",
    all_exercises: "All exercises",
};

/// The library texts in `lang`.
pub fn library_texts(lang: Lang) -> &'static LibraryTexts {
    match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    }
}

/// Every library text in `lang`, for the completeness test.
#[cfg(test)]
pub(super) fn every_text(lang: Lang) -> crate::i18n::completeness::Texts {
    let t = library_texts(lang);
    let mut texts = crate::i18n::completeness::Texts::default();
    texts
        .add("intro", t.intro)
        .add("not_a_replacement", t.not_a_replacement)
        .add("group_mobility", t.group_mobility)
        .add("group_strength", t.group_strength)
        .add("group_daily", t.group_daily)
        .add("dose_label", t.dose_label)
        .add("how_often_label", t.how_often_label)
        .add("per_side", (t.per_side)("X"))
        .add("pictures_label", (t.pictures_label)("X"))
        .add("start", t.start)
        .add("end", t.end)
        .add("steps_heading", t.steps_heading)
        .add("feel_heading", t.feel_heading)
        .add("stop_heading", t.stop_heading)
        .list("stop_rules", t.stop_rules)
        .add("after_stopping", t.after_stopping)
        .add("take_care_heading", t.take_care_heading)
        .add("easier_heading", t.easier_heading)
        .add("harder_heading", t.harder_heading)
        .add("log_button", t.log_button)
        .add("all_exercises", t.all_exercises);
    texts
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
    fn texts_with_a_name_in_them_show_the_name() {
        for &lang in Lang::ALL {
            let t = library_texts(lang);
            assert!((t.per_side)("X").contains('X'), "{lang:?}");
            assert!((t.pictures_label)("X").contains('X'), "{lang:?}");
        }
    }

    #[test]
    fn the_english_stop_rules_say_the_same() {
        let rules = library_texts(Lang::En).stop_rules.join(" ");
        for must in [
            "sharp",
            "spreads",
            "5 on a scale from 0 to 10",
            "physiotherapist",
            "numb",
            "tingle",
        ] {
            assert!(rules.contains(must), "stop rules do not mention {must}");
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
        let t = library_texts(Lang::En);
        let cases = [
            (ExerciseId::Bridge, "3 sets of 10"),
            (ExerciseId::Clamshell, "3 sets of 12 each side"),
            (
                ExerciseId::HipFlexorStretch,
                "hold 2 × 30 seconds each side",
            ),
            (ExerciseId::Walking, "20 minutes"),
        ];
        for (id, text) in cases {
            assert_eq!(t.usual_dose(exercise(id, Lang::En), Lang::En), text);
        }
    }
}
