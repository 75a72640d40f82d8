//! The progress report: what the patient logged over a period, measured
//! against their schedule, in the shape the report link carries and the
//! clinic's page shows. Built from the diary with the same statistics as
//! the progress page (`diary::stats`), so both show the same figures.
//!
//! Like the progress page, it counts only entries on days that can be true
//! ([`crate::diary::plausible_days`]).
//!
//! A report holds no name, no birth date and no free text unless the
//! patient ticks their notes in; then at most [`NOTES_MAX`] of them, each
//! cut to [`NOTE_MAX_CHARS`] characters.

use crate::calendar::Day;
use crate::diary::stats::{
    adherence, pain_per_week, schedule_covers_week, streaks, AdherenceWeek, DayMark,
};
use crate::diary::{plausible_days, Diary, Schedule};
use crate::exercises::ExerciseId;

/// The longest period a report spans, in weeks (Monday to Sunday).
pub const MAX_WEEKS: u8 = 12;
/// The fixed periods the patient can choose, in weeks.
pub const PERIOD_WEEKS: [u8; 3] = [4, 8, 12];
/// At most this many notes go along, the newest.
pub const NOTES_MAX: usize = 5;
/// Each note is cut to this many characters.
pub const NOTE_MAX_CHARS: usize = 120;

/// Which weeks a report covers: whole weeks, Monday to Sunday, up to and
/// including this one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Period {
    /// From the week the schedule started (at most [`MAX_WEEKS`] weeks).
    SinceStart,
    /// The last so many weeks.
    Weeks(u8),
}

impl Period {
    /// How many weeks the period spans on `today`.
    pub fn weeks(self, schedule: &Schedule, today: Day) -> u8 {
        let weeks = match self {
            Period::Weeks(weeks) => i32::from(weeks),
            Period::SinceStart => match (schedule.start.and_then(Day::monday), today.monday()) {
                (Some(start), Some(this_week)) => start.days_until(this_week) / 7 + 1,
                _ => 1,
            },
        };
        u8::try_from(weeks.clamp(1, i32::from(MAX_WEEKS))).unwrap_or(MAX_WEEKS)
    }
}

/// The average pain of a week's entries, in tenths of a point (0–100),
/// rounded as the progress page rounds its one-decimal figures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PainAverage {
    pub before_tenths: u8,
    pub after_tenths: u8,
}

impl PainAverage {
    pub fn before(self) -> f32 {
        f32::from(self.before_tenths) / 10.0
    }

    pub fn after(self) -> f32 {
        f32::from(self.after_tenths) / 10.0
    }
}

/// One week of the report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReportWeek {
    pub monday: Day,
    /// Each day as in the diary's adherence calendar.
    pub days: [DayMark; 7],
    /// On how many days each exercise of the schedule was logged, in the
    /// schedule's order.
    pub per_exercise: Vec<u8>,
    /// `None` when nothing was logged that week.
    pub pain: Option<PainAverage>,
}

impl ReportWeek {
    /// Days with anything logged.
    pub fn exercised_days(&self) -> u8 {
        let exercised = self
            .days
            .iter()
            .filter(|mark| matches!(mark, DayMark::Part | DayMark::Done))
            .count();
        u8::try_from(exercised).unwrap_or(7)
    }
}

/// A patient's note that goes along, when they choose so.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReportNote {
    pub day: Day,
    pub exercise: ExerciseId,
    pub text: String,
}

/// What the patient logged over a period, against their schedule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    /// The day the report was made; the last week is the one it falls in.
    pub today: Day,
    /// The schedule the weeks are measured against, without its note.
    pub schedule: Schedule,
    /// Days in a row with something logged, up to `today`.
    pub current_streak: u16,
    /// Oldest first; the last is `today`'s week.
    pub weeks: Vec<ReportWeek>,
    /// Oldest first; empty unless the patient ticked them in.
    pub notes: Vec<ReportNote>,
}

impl Report {
    /// The report of `diary` against `schedule` over `period` on `today`.
    pub fn build(
        diary: &Diary,
        schedule: &Schedule,
        today: Day,
        period: Period,
        with_notes: bool,
    ) -> Report {
        let weeks = period.weeks(schedule, today);
        let pain = pain_per_week(diary, today);
        let weeks = adherence(diary, Some(schedule), today, i32::from(weeks))
            .into_iter()
            .map(|week| ReportWeek {
                per_exercise: schedule
                    .exercises
                    .iter()
                    .map(|planned| days_with(diary, planned.exercise, week.monday, today))
                    .collect(),
                pain: pain
                    .iter()
                    .find(|pain| pain.monday == week.monday)
                    .map(|pain| PainAverage {
                        before_tenths: tenths(pain.before),
                        after_tenths: tenths(pain.after),
                    }),
                monday: week.monday,
                days: week.days,
            })
            .collect::<Vec<_>>();
        let from = weeks.first().map_or(today, |week| week.monday);
        let notes = if with_notes {
            notes_between(diary, from, today)
        } else {
            Vec::new()
        };
        Report {
            today,
            schedule: Schedule {
                note: String::new(),
                ..schedule.clone()
            },
            current_streak: u16::try_from(streaks(diary, today).current).unwrap_or(u16::MAX),
            weeks,
            notes,
        }
    }

    /// The first day of the period: the Monday of its first week.
    pub fn from(&self) -> Day {
        self.weeks.first().map_or(self.today, |week| week.monday)
    }

    /// The weeks as the diary's adherence calendar draws them.
    pub fn calendar(&self) -> Vec<AdherenceWeek> {
        self.weeks
            .iter()
            .map(|week| AdherenceWeek {
                monday: week.monday,
                days: week.days,
                exercised_days: week.exercised_days(),
                target_days: schedule_covers_week(&self.schedule, week.monday)
                    .then_some(self.schedule.days_per_week),
            })
            .collect()
    }

    /// Whether anything at all was logged in the period.
    pub fn is_empty(&self) -> bool {
        self.weeks.iter().all(|week| week.exercised_days() == 0)
    }
}

/// On how many days from `monday` to the end of that week (and no later
/// than `today`) `exercise` was logged.
fn days_with(diary: &Diary, exercise: ExerciseId, monday: Day, today: Day) -> u8 {
    let plausible = plausible_days(today);
    let days = (0..7)
        .filter_map(|offset| monday.checked_plus_days(offset))
        .filter(|day| *day <= today && plausible.contains(day))
        .filter(|day| diary.on_day(*day).iter().any(|e| e.exercise == exercise))
        .count();
    u8::try_from(days).unwrap_or(7)
}

/// A one-decimal figure in tenths, rounded exactly as the progress page
/// writes it (`decimal::Fixed<1>` of the same `f32`).
fn tenths(average: f32) -> u8 {
    let tenths = (f64::from(average) * 10.0).round();
    // Pain averages lie between 0 and 10, so this is 0–100.
    tenths.clamp(0.0, 100.0) as u8
}

/// The newest [`NOTES_MAX`] notes from `from` to `to`, oldest first, each
/// cut to [`NOTE_MAX_CHARS`] characters.
fn notes_between(diary: &Diary, from: Day, to: Day) -> Vec<ReportNote> {
    let mut notes: Vec<ReportNote> = diary
        .plausible_entries(to)
        .iter()
        .rev()
        .filter(|e| e.day >= from && e.day <= to && !e.note.trim().is_empty())
        .take(NOTES_MAX)
        .map(|e| ReportNote {
            day: e.day,
            exercise: e.exercise,
            text: e.note.trim().chars().take(NOTE_MAX_CHARS).collect(),
        })
        .collect();
    notes.reverse();
    notes
}

#[cfg(test)]
pub(crate) mod tests;
