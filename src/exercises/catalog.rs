//! The exercise library's content: for every [`ExerciseId`] its name, goal,
//! usual dose, steps, what you should feel, what to watch out for and its
//! easier and harder variants, in each language. The texts themselves live
//! in one file per language (`nl.rs`, `en.rs`); this module owns their shape and the
//! order in which the library shows them.

use super::{en, nl, Dose, ExerciseId};
use crate::i18n::Lang;

/// What an exercise mainly trains; the library lists exercises by group.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Group {
    /// Light mobility and stretching, best done every day.
    Mobility,
    /// Strength and control of the glutes and hips.
    Strength,
    /// Moving more during the day: walking and breaking up sitting.
    DailyMovement,
}

impl Group {
    /// The groups in the order the library shows them.
    pub const ALL: [Group; 3] = [Group::Mobility, Group::Strength, Group::DailyMovement];
}

/// One exercise of the library, in one language.
#[derive(Debug)]
pub struct Exercise {
    pub id: ExerciseId,
    /// A short, everyday name, e.g. "Bruggetje" ("Bridge").
    pub name: &'static str,
    /// Which group the library lists it under.
    pub group: Group,
    /// What the exercise is for, in one line.
    pub goal: &'static str,
    /// The dose a physiotherapist would usually start with.
    pub usual_dose: Dose,
    /// Whether the dose is per side (per leg): done once left, once right.
    pub each_side: bool,
    /// How often, e.g. "Elke dag".
    pub how_often: &'static str,
    /// Numbered steps, one short instruction each.
    pub steps: &'static [&'static str],
    /// What you should feel, and where.
    pub feel: &'static str,
    /// Whether the exercise bends, straightens or turns the hip far (deep
    /// hip bending or rotation, a long stride): after a hip replacement or
    /// other hip surgery the patient asks the physiotherapist first. The
    /// page shows the library's one text for it.
    pub ask_first_after_hip_surgery: bool,
    /// Points to watch for this exercise, on top of the library's stop rules.
    pub take_care: &'static [&'static str],
    /// Easier variants, when the exercise is too hard or hurts.
    pub easier: &'static [&'static str],
    /// Harder variants, once the exercise goes easily.
    pub harder: &'static [&'static str],
    /// Text alternative of the drawing of the start position.
    pub start_picture: &'static str,
    /// Text alternative of the drawing of the end position.
    pub end_picture: &'static str,
}

/// The exercise `id` in `lang`.
pub fn exercise(id: ExerciseId, lang: Lang) -> &'static Exercise {
    match lang {
        Lang::Nl => nl::exercise(id),
        Lang::En => en::exercise(id),
    }
}

/// Every text of exercise `id` in `lang`, for the completeness test.
pub(super) fn every_text(id: ExerciseId, lang: Lang) -> crate::i18n::completeness::Texts {
    let e = exercise(id, lang);
    let mut texts = crate::i18n::completeness::Texts::default();
    texts
        .add("name", e.name)
        .add("goal", e.goal)
        .add("how_often", e.how_often)
        .list("steps", e.steps)
        .add("feel", e.feel)
        .list("take_care", e.take_care)
        .list("easier", e.easier)
        .list("harder", e.harder)
        .add("start_picture", e.start_picture)
        .add("end_picture", e.end_picture);
    texts
}

impl Exercise {
    /// Whether the patient lies on one side for this exercise. After a hip
    /// replacement that needs the physiotherapist's or surgeon's go-ahead
    /// and a pillow between the knees, so the top leg does not drop across
    /// the other: the page shows the library's one text for it.
    pub fn lies_on_side(&self) -> bool {
        matches!(
            self.id,
            ExerciseId::Clamshell | ExerciseId::SideLyingAbduction
        )
    }
}

/// The exercises of `group` in `lang`, in the library's order.
pub fn group_exercises(group: Group, lang: Lang) -> impl Iterator<Item = &'static Exercise> {
    ExerciseId::ALL
        .into_iter()
        .map(move |id| exercise(id, lang))
        .filter(move |exercise| exercise.group == group)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Sentences in a text: pieces ending in '.', '?' or '!'.
    fn sentences(text: &str) -> usize {
        text.matches(['.', '?', '!']).count()
    }

    #[test]
    fn exactly_the_exercises_whose_first_step_lies_on_the_side_are_side_lying() {
        for (lang, on_side) in [(Lang::Nl, "op je zij liggen"), (Lang::En, "on your side")] {
            for id in ExerciseId::ALL {
                let e = exercise(id, lang);
                let first_step = e.steps.first().copied().unwrap_or_default();
                assert_eq!(
                    first_step.contains(on_side),
                    e.lies_on_side(),
                    "{lang:?} {id:?}: {first_step}"
                );
            }
        }
    }

    #[test]
    fn every_exercise_is_complete_in_every_language() {
        for &lang in Lang::ALL {
            for id in ExerciseId::ALL {
                let e = exercise(id, lang);
                assert_eq!(e.id, id, "{lang:?}: {id:?} returns another exercise");
                assert!(!e.name.trim().is_empty(), "{id:?}: no name");
                assert!(e.name.chars().count() <= 28, "{id:?}: name too long");
                assert!(!e.goal.trim().is_empty(), "{id:?}: no goal");
                assert_eq!(sentences(e.goal), 1, "{id:?}: goal is not one line");
                assert!(e.usual_dose.is_plausible(), "{id:?}: {:?}", e.usual_dose);
                assert!(!e.how_often.trim().is_empty(), "{id:?}: no how often");
                assert!(
                    (3..=7).contains(&e.steps.len()),
                    "{id:?}: {} steps",
                    e.steps.len()
                );
                for step in e.steps {
                    // B1: a step is one or two short sentences.
                    assert!((1..=2).contains(&sentences(step)), "{id:?}: {step}");
                    assert!(step.chars().count() <= 130, "{id:?}: long step: {step}");
                }
                assert!(!e.feel.trim().is_empty(), "{id:?}: no feel");
                assert!(!e.take_care.is_empty(), "{id:?}: nothing to watch for");
                assert!(!e.easier.is_empty(), "{id:?}: no easier variant");
                let texts = [e.feel, e.start_picture, e.end_picture]
                    .into_iter()
                    .chain(e.take_care.iter().copied())
                    .chain(e.easier.iter().copied())
                    .chain(e.harder.iter().copied());
                for text in texts {
                    assert!(!text.trim().is_empty(), "{id:?}: empty text");
                }
                assert_ne!(e.start_picture, e.end_picture, "{id:?}");
            }
        }
    }

    #[test]
    fn names_are_unique_so_the_diary_can_tell_them_apart() {
        for &lang in Lang::ALL {
            let names: Vec<_> = ExerciseId::ALL
                .iter()
                .map(|&id| exercise(id, lang).name)
                .collect();
            for (i, name) in names.iter().enumerate() {
                assert!(!names[i + 1..].contains(name), "{lang:?}: {name} twice");
            }
        }
    }

    #[test]
    fn doses_fit_the_kind_of_exercise() {
        // Strength is counted in repetitions, walking and sitting breaks in
        // minutes; per-side doses only make sense for one-leg exercises.
        let cases = [
            (ExerciseId::Bridge, Group::Strength, false),
            (ExerciseId::Clamshell, Group::Strength, true),
            (ExerciseId::Lunge, Group::Strength, true),
            (ExerciseId::HipFlexorStretch, Group::Mobility, true),
            (ExerciseId::Walking, Group::DailyMovement, false),
            (ExerciseId::SittingBreak, Group::DailyMovement, false),
        ];
        for (id, group, each_side) in cases {
            let e = exercise(id, Lang::Nl);
            assert_eq!(e.group, group, "{id:?}");
            assert_eq!(e.each_side, each_side, "{id:?}");
        }
        for id in ExerciseId::ALL {
            let e = exercise(id, Lang::Nl);
            let minutes = matches!(e.usual_dose, Dose::Minutes { .. });
            assert_eq!(minutes, e.group == Group::DailyMovement, "{id:?}");
            if e.group == Group::Strength {
                assert!(matches!(e.usual_dose, Dose::Reps { .. }), "{id:?}");
            }
        }
    }

    #[test]
    fn language_independent_facts_agree_across_languages() {
        for &lang in Lang::ALL {
            for id in ExerciseId::ALL {
                let (here, dutch) = (exercise(id, lang), exercise(id, Lang::Nl));
                assert_eq!(here.usual_dose, dutch.usual_dose, "{lang:?} {id:?}");
                assert_eq!(here.each_side, dutch.each_side, "{lang:?} {id:?}");
                assert_eq!(here.group, dutch.group, "{lang:?} {id:?}");
                assert_eq!(
                    here.ask_first_after_hip_surgery, dutch.ask_first_after_hip_surgery,
                    "{lang:?} {id:?}"
                );
            }
        }
    }

    #[test]
    fn exercises_that_bend_or_turn_the_hip_far_say_ask_first_after_hip_surgery() {
        // Knee to chest and the hip hinge bend the hip deeply, the 90/90
        // turns it, the hip flexor stretch and the lunge take it far into a
        // stride: after hip surgery these wait for the physiotherapist.
        let carrying: Vec<_> = ExerciseId::ALL
            .into_iter()
            .filter(|&id| exercise(id, Lang::Nl).ask_first_after_hip_surgery)
            .collect();
        assert_eq!(
            carrying,
            [
                ExerciseId::HipMobility,
                ExerciseId::HipHinge,
                ExerciseId::Lunge,
                ExerciseId::HipRotation,
                ExerciseId::HipFlexorStretch,
            ]
        );
    }

    #[test]
    fn the_groups_list_every_exercise_exactly_once() {
        for &lang in Lang::ALL {
            let mut listed: Vec<_> = Group::ALL
                .iter()
                .flat_map(|&group| group_exercises(group, lang).map(|e| e.id))
                .collect();
            listed.sort();
            assert_eq!(listed, ExerciseId::ALL, "{lang:?}");
            for group in Group::ALL {
                assert!(group_exercises(group, lang).count() >= 2, "{group:?}");
            }
        }
    }
}
