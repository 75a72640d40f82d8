//! The library's own texts around the exercises: headings, labels, the
//! stop rules that hold for every exercise and the reminder that the app
//! does not replace the physiotherapist. One table per language.

use super::Group;
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
    /// The accessible name of the pair of drawings.
    pub pictures_label: fn(exercise: &str) -> String,
    pub start: &'static str,
    pub end: &'static str,
    /// The text alternative of the moving drawing: what moves, from the
    /// start position to the end position.
    pub moving_label: fn(start: &str, end: &str) -> String,
    /// The button that stops the moving drawing, and the one that starts
    /// it again.
    pub pause: &'static str,
    pub play: &'static str,
    /// Written in the moving drawing while it holds the end position.
    pub hold_counts: fn(counts: u8) -> String,
    pub hold_seconds: fn(seconds: u16) -> String,
    pub steps_heading: &'static str,
    pub feel_heading: &'static str,
    pub stop_heading: &'static str,
    /// How much pain is fine, measured against the patient's own usual
    /// pain: said after the stop rules.
    pub usual_pain: &'static str,
    /// When to stop, for every exercise, each measured against the
    /// patient's usual pain rather than a fixed score.
    pub stop_rules: &'static [&'static str],
    /// What to do after stopping.
    pub after_stopping: &'static str,
    pub take_care_heading: &'static str,
    /// Shown on exercises that bend or turn the hip far
    /// ([`super::Exercise::ask_first_after_hip_surgery`]).
    pub hip_surgery: &'static str,
    /// Shown on exercises done lying on one side
    /// ([`super::Exercise::lies_on_side`]): after a hip replacement, ask
    /// first, and a pillow between the knees.
    pub side_lying_after_hip_replacement: &'static str,
    pub easier_heading: &'static str,
    pub harder_heading: &'static str,
    /// The button to the guided session with this exercise.
    pub session_button: &'static str,
    /// The button to the diary's "log this exercise" page.
    pub done_button: &'static str,
    /// The button that adds the exercise to the patient's own schedule.
    pub schedule_button: &'static str,
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
    pictures_label: |exercise| format!("Tekeningen van {exercise}: begin en eind"),
    start: "Begin",
    end: "Eind",
    moving_label: |start, end| {
        format!("Bewegende tekening van de oefening, steeds opnieuw. Begin: {start} Eind: {end} Daarna weer terug naar het begin.")
    },
    pause: "Pauzeer",
    play: "Speel af",
    hold_counts: |counts| format!("Houd {counts} tellen vast"),
    hold_seconds: |seconds| format!("Houd {seconds} seconden vast"),
    steps_heading: "Zo doe je het",
    feel_heading: "Wat voel je?",
    stop_heading: "Stop als",
    usual_pain: "Een beetje meer pijn dan je gewend bent mag, tijdens en na het oefenen. \
                 Maar de volgende ochtend moet je pijn weer zijn zoals normaal.",
    stop_rules: &[
        "je pijn duidelijk erger is dan je gewend bent. Bijvoorbeeld meer dan 2 punten hoger op een schaal van 0 tot 10.",
        "de pijn verder uitstraalt dan normaal, of voor het eerst tot onder je knie.",
        "je been of voet doof wordt of gaat tintelen, en je dat nog niet kende.",
        "je een scherpe of stekende pijn voelt die anders is dan je gewone pijn.",
        "je pijn de volgende ochtend nog erger is dan normaal. Begin pas weer als het beter gaat, en doe minder dan eerst.",
    ],
    after_stopping: "Gaat het na een paar minuten rust niet over, of komt het steeds terug? \
                     Bespreek het met je fysiotherapeut. Heb je met je fysiotherapeut een andere grens afgesproken? \
                     Houd je dan aan die grens.",
    take_care_heading: "Let op",
    hip_surgery: "Heb je een nieuwe heup (heupprothese) of een andere operatie aan je heup gehad? \
                  Vraag dan eerst aan je fysiotherapeut of deze oefening goed is voor jou. \
                  Bij deze oefening buig, strek of draai je je heup ver.",
    side_lying_after_hip_replacement: "Heb je een nieuwe heup (heupprothese)? Vraag dan eerst aan je fysiotherapeut \
                                       of chirurg of je al op je zij mag oefenen. Mag het? Leg dan een kussen tussen je knieën, \
                                       zodat je bovenste been niet over het onderste zakt.",
    easier_heading: "Makkelijker",
    harder_heading: "Zwaarder",
    session_button: "Doe mee",
    done_button: "Ik heb deze oefening gedaan",
    schedule_button: "Zet in mijn schema",
    all_exercises: "Alle oefeningen",
};

static EN: LibraryTexts = LibraryTexts {
    intro: "Exercises for your hips and glutes. Strong, supple hips take strain off your lower back. \
            Start gently and build up slowly.",
    not_a_replacement: "These exercises do not replace your physiotherapist. If you have agreed something different \
                        with your physiotherapist, do what you agreed.",
    group_mobility: "Moving easily",
    group_strength: "Getting stronger",
    group_daily: "Moving more during the day",
    dose_label: "How much",
    how_often_label: "How often",
    pictures_label: |exercise| format!("Drawings of {exercise}: start and end"),
    start: "Start",
    end: "End",
    moving_label: |start, end| {
        format!("Moving drawing of the exercise, over and over. Start: {start} End: {end} Then back to the start.")
    },
    pause: "Pause",
    play: "Play",
    hold_counts: |counts| format!("Hold for {counts} counts"),
    hold_seconds: |seconds| format!("Hold for {seconds} seconds"),
    steps_heading: "How to do it",
    feel_heading: "What do you feel?",
    stop_heading: "Stop if",
    usual_pain: "A little more pain than you are used to is fine, during and after exercising. \
                 But by the next morning your pain should be back to normal.",
    stop_rules: &[
        "your pain is clearly worse than you are used to. For example more than 2 points higher on a scale from 0 to 10.",
        "the pain spreads further than usual, or below your knee for the first time.",
        "your leg or foot goes numb or starts to tingle, and this is new to you.",
        "you feel a sharp or stabbing pain that is different from your usual pain.",
        "your pain is still worse than usual the next morning. Only start again when it has settled, and do less than before.",
    ],
    after_stopping: "If it does not settle after a few minutes of rest, or keeps coming back, \
                     talk to your physiotherapist. If you have agreed a different limit with your physiotherapist, \
                     stick to that limit.",
    take_care_heading: "Take care",
    hip_surgery: "Have you had a hip replacement or other surgery on your hip? \
                  Then ask your physiotherapist first whether this exercise is right for you. \
                  It bends, straightens or turns your hip a long way.",
    side_lying_after_hip_replacement: "If you have had a hip replacement, first ask your physiotherapist or surgeon \
                                       whether you may exercise lying on your side yet. If so, put a pillow between your knees, \
                                       so that your top leg does not drop across the other one.",
    easier_heading: "Easier",
    harder_heading: "Harder",
    session_button: "Do it with me",
    done_button: "I did this exercise",
    schedule_button: "Add to my schedule",
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
        .add("pictures_label", (t.pictures_label)("X"))
        .add("moving_label", (t.moving_label)("X", "Y"))
        .add("pause", t.pause)
        .add("play", t.play)
        .add("hold_counts", (t.hold_counts)(2))
        .add("hold_seconds", (t.hold_seconds)(30))
        .add("start", t.start)
        .add("end", t.end)
        .add("steps_heading", t.steps_heading)
        .add("feel_heading", t.feel_heading)
        .add("stop_heading", t.stop_heading)
        .add("usual_pain", t.usual_pain)
        .list("stop_rules", t.stop_rules)
        .add("after_stopping", t.after_stopping)
        .add("take_care_heading", t.take_care_heading)
        .add("hip_surgery", t.hip_surgery)
        .add(
            "side_lying_after_hip_replacement",
            t.side_lying_after_hip_replacement,
        )
        .add("easier_heading", t.easier_heading)
        .add("harder_heading", t.harder_heading)
        .add("session_button", t.session_button)
        .add("done_button", t.done_button)
        .add("schedule_button", t.schedule_button)
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
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_with_a_name_in_them_show_the_name() {
        for &lang in Lang::ALL {
            let t = library_texts(lang);
            assert!((t.pictures_label)("X").contains('X'), "{lang:?}");
        }
    }

    #[test]
    fn the_stop_rules_measure_pain_against_the_patients_usual_pain() {
        // A fixed limit ("above 5 out of 10") would stop a patient whose
        // usual pain is 6 before they start, and "pain to the buttock"
        // one whose usual pain is there; every rule compares with normal.
        let cases = [
            (
                Lang::Nl,
                [
                    "duidelijk erger is dan je gewend bent",
                    "meer dan 2 punten hoger",
                    "verder uitstraalt dan normaal",
                    "voor het eerst tot onder je knie",
                    "doof",
                    "tintelen",
                    "de volgende ochtend nog erger",
                ],
            ),
            (
                Lang::En,
                [
                    "clearly worse than you are used to",
                    "more than 2 points higher",
                    "spreads further than usual",
                    "below your knee for the first time",
                    "numb",
                    "tingle",
                    "still worse than usual the next morning",
                ],
            ),
        ];
        for (lang, musts) in cases {
            let t = library_texts(lang);
            let rules = t.stop_rules.join(" ");
            for must in musts {
                assert!(rules.contains(must), "{lang:?}: stop rules lack {must:?}");
            }
            for fixed in ["5 op", "above 5", "boven de 5", "hoger dan 5"] {
                assert!(!rules.contains(fixed), "{lang:?}: a fixed limit: {fixed}");
            }
            assert_eq!(t.stop_rules.len(), library_texts(Lang::Nl).stop_rules.len());
        }
        assert!(library_texts(Lang::Nl)
            .after_stopping
            .contains("fysiotherapeut"));
        assert!(library_texts(Lang::En)
            .after_stopping
            .contains("physiotherapist"));
    }
}
