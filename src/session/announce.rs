//! What the patient hears and what a screen reader is told when something
//! in the session begins or ends: the cue (sound and vibration), the words
//! the phone's voice says, and the line for the polite live region. One
//! line per repetition at most, never one per second. Pure.

use super::run::{Event, Run};
use super::texts::SessionTexts;
use super::timeline::{Doing, Segment};
use crate::device::cues::Cue;
use crate::exercises::ExerciseId;

/// What one event sounds like.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Announcement {
    pub cue: Option<Cue>,
    /// What the voice says, when counting aloud.
    pub spoken: Option<String>,
    /// The line for the live region.
    pub live: Option<String>,
}

/// What `event` of `run` sounds like; `name` gives an exercise's name.
pub fn announce(
    event: Event,
    run: &Run,
    texts: &SessionTexts,
    name: impl Fn(ExerciseId) -> &'static str,
) -> Announcement {
    let segments = &run.timeline().segments;
    match event {
        Event::Ended => Announcement {
            cue: Some(Cue::ExerciseEnd),
            spoken: Some(texts.say_done.to_owned()),
            live: Some(texts.say_done.to_owned()),
        },
        Event::HoldEnded(index) => match segments.get(index).map(|s| s.doing) {
            Some(Doing::Hold { .. }) => Announcement {
                cue: Some(Cue::HoldEnd),
                spoken: Some(texts.say_let_go.to_owned()),
                live: Some(texts.come_back.to_owned()),
            },
            // A short hold inside a repetition: the count says enough.
            _ => Announcement::default(),
        },
        Event::Began(index) => {
            let Some(segment) = segments.get(index) else {
                return Announcement::default();
            };
            let previous = index.checked_sub(1).and_then(|i| segments.get(i));
            let new_exercise = previous.is_none_or(|p| p.step != segment.step);
            let after_rest = previous.is_some_and(|p| matches!(p.doing, Doing::Rest { .. }));
            let cue = if new_exercise {
                previous.map(|_| Cue::ExerciseEnd)
            } else if after_rest {
                Some(Cue::RestEnd)
            } else {
                match segment.doing {
                    Doing::Repetition { .. } => Some(Cue::Repetition),
                    _ => None,
                }
            };
            let what = what_it_is(segment, texts);
            if new_exercise {
                let steps = run.steps();
                let exercise = name(steps[segment.step].exercise);
                let heading = (texts.next_exercise)(exercise);
                Announcement {
                    cue,
                    spoken: Some(heading.clone()),
                    live: Some(format!(
                        "{}. {heading}. {what}",
                        (texts.exercise_of)(segment.step + 1, steps.len())
                    )),
                }
            } else {
                let spoken = match segment.doing {
                    Doing::Repetition { rep, .. } => rep.to_string(),
                    Doing::Rest { .. } => texts.say_rest.to_owned(),
                    _ => what.clone(),
                };
                Announcement {
                    cue,
                    spoken: Some(spoken),
                    live: Some(what),
                }
            }
        }
    }
}

/// The segment in a few words: "3 van 10", "Rust", "Wissel van kant".
pub fn what_it_is(segment: &Segment, texts: &SessionTexts) -> String {
    match segment.doing {
        Doing::Repetition { rep, reps, .. } => (texts.count_of)(rep.into(), reps.into()),
        Doing::Hold { .. } => texts.get_into_position.to_owned(),
        Doing::Steady { seconds } => (texts.time_left)(seconds / 60, seconds % 60),
        Doing::Rest { .. } => texts.rest.to_owned(),
        Doing::Switch => texts.switch_sides.to_owned(),
    }
}
