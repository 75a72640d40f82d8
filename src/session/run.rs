//! A session being done: where on its [`Timeline`] the patient is, paused
//! or running, which exercises were skipped, what began or ended since the
//! last tick (for the count, the sound and the voice), and at the end what
//! was done, exercise by exercise, to put in the diary. Pure: the view
//! feeds it the seconds that passed.

use serde::{Deserialize, Serialize};

use super::timeline::{Doing, Segment, Side, Step, Timeline};
use crate::exercises::Dose;

/// A moment in a session the patient notices.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Event {
    /// Segment `index` began (a repetition, a hold, a rest, walking).
    Began(usize),
    /// The held part of segment `index` ended: let go.
    HoldEnded(usize),
    /// The last segment ended.
    Ended,
}

/// What the screen shows at the current moment.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Now {
    pub index: usize,
    pub segment: Segment,
    /// Seconds into the segment.
    pub into: f64,
    /// Where the moving figure is, in seconds of its picture.
    pub figure_time: f32,
    /// While holding: whole seconds of the hold still to go (at least 1).
    pub holding: Option<u32>,
    /// Whole seconds of the segment still to go (at least 1).
    pub left: u32,
}

/// What was done of one exercise.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Done {
    pub step: Step,
    /// What was done, in the dose's own terms; `None` when nothing was.
    pub dose: Option<Dose>,
    /// The patient tapped "skip" during it.
    pub skipped: bool,
}

/// A session in progress. Serializable, so a reload or a call does not
/// lose it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(from = "SavedRun", into = "SavedRun")]
pub struct Run {
    timeline: Timeline,
    /// Seconds of running time (pauses not counted).
    elapsed: f64,
    paused: bool,
    stopped: bool,
    /// Stretches of the timeline jumped over by skipping, (from, to).
    skips: Vec<(f64, f64)>,
}

/// What is stored of a run: the steps rebuild the timeline. Times are
/// whole milliseconds, so no decimal number is read or written.
#[derive(Clone, Serialize, Deserialize)]
struct SavedRun {
    steps: Vec<Step>,
    elapsed_ms: u64,
    paused: bool,
    stopped: bool,
    skips_ms: Vec<(u64, u64)>,
}

fn to_ms(seconds: f64) -> u64 {
    (seconds * 1000.0).round().max(0.0) as u64
}

fn to_seconds(ms: u64) -> f64 {
    ms as f64 / 1000.0
}

impl From<SavedRun> for Run {
    fn from(saved: SavedRun) -> Run {
        let timeline = Timeline::of(&saved.steps);
        let length = timeline.length();
        Run {
            elapsed: to_seconds(saved.elapsed_ms).min(length),
            timeline,
            paused: saved.paused,
            stopped: saved.stopped,
            skips: saved
                .skips_ms
                .into_iter()
                .map(|(from, to)| (to_seconds(from), to_seconds(to)))
                .collect(),
        }
    }
}

impl From<Run> for SavedRun {
    fn from(run: Run) -> SavedRun {
        SavedRun {
            steps: run.timeline.steps,
            elapsed_ms: to_ms(run.elapsed),
            paused: run.paused,
            stopped: run.stopped,
            skips_ms: run
                .skips
                .into_iter()
                .map(|(from, to)| (to_ms(from), to_ms(to)))
                .collect(),
        }
    }
}

/// A little slack for the sums of seconds.
const EPSILON: f64 = 1e-6;

impl Run {
    /// A session of `steps`, at its very start and paused: it runs from
    /// the patient's first tap.
    pub fn new(steps: &[Step]) -> Run {
        Run {
            timeline: Timeline::of(steps),
            elapsed: 0.0,
            paused: true,
            stopped: false,
            skips: Vec::new(),
        }
    }

    pub fn timeline(&self) -> &Timeline {
        &self.timeline
    }

    pub fn steps(&self) -> &[Step] {
        &self.timeline.steps
    }

    pub fn elapsed(&self) -> f64 {
        self.elapsed
    }

    pub fn is_paused(&self) -> bool {
        self.paused
    }

    /// Whether the session is over: every segment done, or stopped.
    pub fn is_over(&self) -> bool {
        self.stopped || self.elapsed >= self.timeline.length() - EPSILON
    }

    /// Starts or resumes; at the very start, the first segment begins.
    pub fn resume(&mut self) -> Vec<Event> {
        if self.is_over() || !self.paused {
            return Vec::new();
        }
        self.paused = false;
        if self.elapsed <= EPSILON {
            vec![Event::Began(0)]
        } else {
            Vec::new()
        }
    }

    pub fn pause(&mut self) {
        self.paused = true;
    }

    /// Ends the session now; what was done so far stays done.
    pub fn stop(&mut self) {
        self.stopped = true;
        self.paused = true;
    }

    /// Moves on by `seconds` of running time, unless paused; returns what
    /// began and ended on the way, in order.
    pub fn advance(&mut self, seconds: f64) -> Vec<Event> {
        if self.paused || self.is_over() || seconds <= 0.0 {
            return Vec::new();
        }
        let to = (self.elapsed + seconds).min(self.timeline.length());
        self.move_to(to)
    }

    /// Skips the rest of the current exercise: the next one begins (or the
    /// session ends). What was done of it so far still counts.
    pub fn skip_exercise(&mut self) -> Vec<Event> {
        let Some(now) = self.now() else {
            return Vec::new();
        };
        let next = self.timeline.step_start(now.segment.step + 1);
        self.skips.push((self.elapsed, next));
        self.jump_to(next)
    }

    /// Ends a rest early: the next set begins.
    pub fn end_rest(&mut self) -> Vec<Event> {
        match self.now() {
            Some(now) if matches!(now.segment.doing, Doing::Rest { .. }) => {
                self.jump_to(now.segment.end())
            }
            _ => Vec::new(),
        }
    }

    /// Jumps to `to` without crediting what lies between; the segment
    /// starting there begins.
    fn jump_to(&mut self, to: f64) -> Vec<Event> {
        self.elapsed = to;
        match self.timeline.segment_at(to) {
            Some(index) => vec![Event::Began(index)],
            None => vec![Event::Ended],
        }
    }

    /// Runs from the current moment to `to`, collecting the events.
    fn move_to(&mut self, to: f64) -> Vec<Event> {
        let from = self.elapsed;
        let mut events = Vec::new();
        let first = self.timeline.segment_at(from).unwrap_or(usize::MAX);
        for (index, segment) in self.timeline.segments.iter().enumerate().skip(first) {
            if segment.start > to + EPSILON {
                break;
            }
            if let Some((_, held_to)) = segment.held() {
                let at = segment.start + held_to;
                if at > from + EPSILON && at <= to + EPSILON {
                    events.push(Event::HoldEnded(index));
                }
            }
            let next = index + 1;
            if segment.end() > from + EPSILON
                && segment.end() <= to + EPSILON
                && next < self.timeline.segments.len()
            {
                events.push(Event::Began(next));
            }
        }
        self.elapsed = to;
        if self.is_over() && from < self.timeline.length() - EPSILON {
            events.push(Event::Ended);
        }
        events
    }

    /// The current moment; `None` when the session is over.
    pub fn now(&self) -> Option<Now> {
        if self.is_over() {
            return None;
        }
        let index = self.timeline.segment_at(self.elapsed)?;
        let segment = self.timeline.segments[index];
        let into = self.elapsed - segment.start;
        let holding = segment
            .held()
            .filter(|(from, to)| into >= *from && into < *to)
            .map(|(_, to)| whole_seconds_left(to - into));
        Some(Now {
            index,
            segment,
            into,
            figure_time: segment.figure_time(into),
            holding,
            left: whole_seconds_left(segment.length - into),
        })
    }

    /// Until when segment `segment` ran for real: the session's current
    /// moment, or where a skip over it began (its start, when the skip
    /// began before it).
    fn credited_until(&self, segment: &Segment) -> f64 {
        self.skips
            .iter()
            .filter(|&&(from, to)| from < segment.end() && to > segment.start)
            .map(|&(from, _)| from.max(segment.start))
            .fold(self.elapsed, f64::min)
    }

    /// Whether segment `segment` counts as done.
    fn completed(&self, segment: &Segment) -> bool {
        let until = self.credited_until(segment) + EPSILON;
        match segment.held() {
            Some((_, held_to)) if matches!(segment.doing, Doing::Hold { .. }) => {
                until >= segment.start + held_to
            }
            _ => until >= segment.end(),
        }
    }

    /// What was done of each exercise, in the session's order.
    pub fn done(&self) -> Vec<Done> {
        self.timeline
            .steps
            .iter()
            .enumerate()
            .map(|(index, &step)| {
                let segments: Vec<&Segment> = self
                    .timeline
                    .segments
                    .iter()
                    .filter(|segment| segment.step == index)
                    .collect();
                let skipped = segments.iter().any(|segment| {
                    self.skips
                        .iter()
                        .any(|&(from, _)| from >= segment.start && from < segment.end())
                });
                Done {
                    step,
                    dose: self.dose_done(step.dose, &segments),
                    skipped,
                }
            })
            .collect()
    }

    /// The dose done in `segments`, in the terms of the planned `dose`.
    fn dose_done(&self, dose: Dose, segments: &[&Segment]) -> Option<Dose> {
        match dose {
            Dose::Reps { reps, .. } => {
                // Repetitions done per set and side; a set counts what
                // both sides reached.
                let mut done: Vec<(u8, Option<Side>, u8)> = Vec::new();
                for segment in segments {
                    if let Doing::Repetition { set, side, .. } = segment.doing {
                        let credit = u8::from(self.completed(segment));
                        match done.iter_mut().find(|(s, d, _)| (*s, *d) == (set, side)) {
                            Some((_, _, count)) => *count += credit,
                            None => done.push((set, side, credit)),
                        }
                    }
                }
                let mut per_set: Vec<u8> = Vec::new();
                for &(set, _, count) in &done {
                    let set = usize::from(set);
                    if per_set.len() < set {
                        per_set.resize(set, u8::MAX);
                    }
                    per_set[set - 1] = per_set[set - 1].min(count);
                }
                let full = per_set.iter().filter(|&&count| count == reps).count() as u8;
                let partial = per_set.iter().copied().find(|&count| count < reps);
                match (full, partial) {
                    (0, Some(count)) if count > 0 => Some(Dose::Reps {
                        sets: 1,
                        reps: count,
                    }),
                    (0, _) => None,
                    (sets, _) => Some(Dose::Reps { sets, reps }),
                }
            }
            Dose::Hold { seconds, .. } => {
                // A hold counts once done on every side.
                let holds = segments
                    .iter()
                    .filter(|segment| match segment.doing {
                        Doing::Hold { side, .. } => {
                            side != Some(Side::First) && self.completed(segment)
                        }
                        _ => false,
                    })
                    .count() as u8;
                (holds > 0).then_some(Dose::Hold {
                    sets: holds,
                    seconds,
                })
            }
            Dose::Minutes { .. } => {
                let seconds: f64 = segments
                    .iter()
                    .map(|segment| {
                        let until = self.credited_until(segment).min(segment.end());
                        (until - segment.start).max(0.0)
                    })
                    .sum();
                let minutes = (seconds / 60.0 + EPSILON).floor() as u16;
                (minutes > 0).then_some(Dose::Minutes { minutes })
            }
        }
    }
}

/// Seconds still to go as the count shows them: 2.3 s is "3".
fn whole_seconds_left(seconds: f64) -> u32 {
    (seconds - EPSILON).ceil().max(1.0) as u32
}
