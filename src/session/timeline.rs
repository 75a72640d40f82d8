//! A guided session as a timeline: every repetition, hold, rest and
//! stretch of walking, one after the other, each with where the moving
//! figure is during it. Built from the exercises' moving pictures
//! ([`Animation`]), so the count and the figure come from the same clock
//! and never disagree: a repetition is one cycle of the picture, a hold is
//! the picture's way out, the held pose for the dose's seconds, and its way
//! back. Pure, natively tested.

use crate::exercises::figure::drawing;
use crate::exercises::motion::{Animation, Phase};
use crate::exercises::{exercise, Dose};
use crate::i18n::Lang;

/// The rest between two sets, in seconds: the app's pacing, not advice
/// from the article; the patient can go on sooner.
pub const REST_BETWEEN_SETS: f64 = 30.0;
/// The time to turn round to the other side, in seconds.
pub const SWITCH_SIDES: f64 = 5.0;

/// One exercise of a session, with the dose to do: a schedule's planned
/// exercise, so a kept session is stored as a schedule is.
pub use crate::diary::PlannedExercise as Step;

/// What the patient does during a segment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Doing {
    /// Repetition `rep` of `reps`, in set `set` of `sets` (all from 1),
    /// on `side` for an exercise done on each side.
    Repetition {
        set: u8,
        sets: u8,
        rep: u8,
        reps: u8,
        side: Option<Side>,
    },
    /// Set `set` of `sets` of a hold of `seconds`: into the position,
    /// holding it, and back.
    Hold {
        set: u8,
        sets: u8,
        seconds: u16,
        side: Option<Side>,
    },
    /// Turning round to do the same on the other side.
    Switch,
    /// Moving steadily (walking) for `seconds`.
    Steady { seconds: u32 },
    /// Resting before set `next_set` of `sets`.
    Rest { next_set: u8, sets: u8 },
}

/// Which side of an exercise done on each side.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    First,
    Other,
}

/// Where the figure is during a segment, as a time in its moving picture.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Figure {
    /// One cycle of the picture, from its start.
    Cycle,
    /// Into the position along the picture's way out (`out`), still in the
    /// reached pose for the hold, back along its way back (`back`).
    Hold { out: (f32, f32), back: (f32, f32) },
    /// The picture round and round.
    Looping { duration: f32 },
    /// The start pose.
    Still,
}

/// A stretch of the session.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Segment {
    /// The index of the exercise in the session's steps.
    pub step: usize,
    pub doing: Doing,
    /// When the segment starts, in seconds from the session's start.
    pub start: f64,
    /// How long it lasts, in seconds.
    pub length: f64,
    figure: Figure,
    /// For a repetition that holds its end pose: when in the segment
    /// the hold starts and ends.
    hold_within: Option<(f64, f64)>,
}

impl Segment {
    pub fn end(&self) -> f64 {
        self.start + self.length
    }

    /// When, in seconds from the segment's start, the held part of a hold
    /// or of a repetition that holds begins and ends.
    pub fn held(&self) -> Option<(f64, f64)> {
        match (self.doing, self.figure) {
            (Doing::Hold { seconds, .. }, Figure::Hold { out, .. }) => {
                let from = f64::from(out.1 - out.0);
                Some((from, from + f64::from(seconds)))
            }
            _ => self.hold_within,
        }
    }

    /// The time in the moving picture at `t` seconds into the segment.
    pub fn figure_time(&self, t: f64) -> f32 {
        // Not `clamp`: its check that the bounds are in order would bring
        // the formatting of decimal numbers into the app (about 10 KB).
        let t = t.max(0.0).min(self.length) as f32;
        match self.figure {
            Figure::Cycle => t,
            Figure::Still => 0.0,
            Figure::Looping { duration } => t % duration,
            Figure::Hold { out, back } => {
                let going = out.1 - out.0;
                let held = going + (self.length as f32 - going - (back.1 - back.0));
                if t < going {
                    out.0 + t
                } else if t < held {
                    out.1
                } else {
                    (back.0 + (t - held)).min(back.1)
                }
            }
        }
    }
}

/// The whole session, segment after segment.
#[derive(Clone, Debug, PartialEq)]
pub struct Timeline {
    pub steps: Vec<Step>,
    pub segments: Vec<Segment>,
}

impl Timeline {
    /// The timeline of `steps`, in their order.
    pub fn of(steps: &[Step]) -> Timeline {
        let mut segments = Vec::new();
        let mut now = 0.0;
        for (index, step) in steps.iter().enumerate() {
            let animation = Animation::of(drawing(step.exercise));
            for mut segment in step_segments(index, *step, &animation) {
                segment.start = now;
                now += segment.length;
                segments.push(segment);
            }
        }
        Timeline {
            steps: steps.to_vec(),
            segments,
        }
    }

    /// How long the whole session takes without pauses, in seconds.
    pub fn length(&self) -> f64 {
        self.segments.last().map_or(0.0, Segment::end)
    }

    /// The index of the segment running at `at` seconds; `None` at or
    /// after the end.
    pub fn segment_at(&self, at: f64) -> Option<usize> {
        let index = self.segments.partition_point(|segment| segment.end() <= at);
        (index < self.segments.len()).then_some(index)
    }

    /// When exercise `step` starts, or the session's end for a step past
    /// the last.
    pub fn step_start(&self, step: usize) -> f64 {
        self.segments
            .iter()
            .find(|segment| segment.step >= step)
            .map_or(self.length(), |segment| segment.start)
    }
}

/// The segments of one exercise at `dose`, each starting at 0.
fn step_segments(step: usize, planned: Step, animation: &Animation) -> Vec<Segment> {
    let segment = |doing, length: f64, figure| Segment {
        step,
        doing,
        start: 0.0,
        length,
        figure,
        hold_within: None,
    };
    let sides: &[Option<Side>] = if exercise(planned.exercise, Lang::Nl).each_side {
        &[Some(Side::First), Some(Side::Other)]
    } else {
        &[None]
    };
    // Rests between sets and turns between sides, around what one set on
    // one side is.
    let sets = |sets: u8, one: &dyn Fn(u8, Option<Side>) -> Vec<Segment>| {
        let mut segments = Vec::new();
        for set in 1..=sets {
            if set > 1 {
                segments.push(segment(
                    Doing::Rest {
                        next_set: set,
                        sets,
                    },
                    REST_BETWEEN_SETS,
                    Figure::Still,
                ));
            }
            for (n, &side) in sides.iter().enumerate() {
                if n > 0 {
                    segments.push(segment(Doing::Switch, SWITCH_SIDES, Figure::Still));
                }
                segments.extend(one(set, side));
            }
        }
        segments
    };
    match planned.dose {
        Dose::Reps { sets: count, reps } => {
            let hold_within = animation
                .windows(Phase::Hold)
                .next()
                .filter(|(from, to)| to - from >= 1.0)
                .map(|(from, to)| (f64::from(from), f64::from(to)));
            sets(count, &|set, side| {
                (1..=reps)
                    .map(|rep| Segment {
                        hold_within,
                        ..segment(
                            Doing::Repetition {
                                set,
                                sets: count,
                                rep,
                                reps,
                                side,
                            },
                            f64::from(animation.duration),
                            Figure::Cycle,
                        )
                    })
                    .collect()
            })
        }
        Dose::Hold {
            sets: count,
            seconds,
        } => {
            let out = animation.windows(Phase::Out).next().unwrap_or((0.0, 0.0));
            let back = animation
                .windows(Phase::Back)
                .find(|(from, _)| *from >= out.1)
                .unwrap_or((out.1, out.1));
            let length = f64::from(out.1 - out.0) + f64::from(seconds) + f64::from(back.1 - back.0);
            sets(count, &|set, side| {
                vec![segment(
                    Doing::Hold {
                        set,
                        sets: count,
                        seconds,
                        side,
                    },
                    length,
                    Figure::Hold { out, back },
                )]
            })
        }
        Dose::Minutes { minutes } => {
            let seconds = u32::from(minutes) * 60;
            vec![segment(
                Doing::Steady { seconds },
                f64::from(seconds),
                Figure::Looping {
                    duration: animation.duration,
                },
            )]
        }
    }
}
