//! What the progress page shows, computed from the diary and the schedule
//! on a day: the streaks, the change in pain since the first week, the
//! effect of exercising, the pain chart over the last twelve weeks with its
//! weekly averages, and the adherence calendar. Pure, so the page's
//! figures are tested here and the view (`views/progress.rs`) only draws
//! them. Entries on days that cannot be true count for nothing
//! ([`super::plausible_days`]).

use super::chart::{pain_chart, PainChart};
use super::stats::{
    adherence, pain_change, pain_change_while_exercising, pain_per_day, pain_per_week, streaks,
    AdherenceWeek, PainChange, Streaks, WeekPain,
};
use super::{Diary, Schedule};
use crate::calendar::Day;

/// How far back the chart looks.
pub const CHART_DAYS: i32 = 12 * 7;
/// How many weeks the calendar shows.
pub const CALENDAR_WEEKS: i32 = 6;
/// Over how many days the effect of exercising on pain is averaged.
pub const EFFECT_DAYS: i32 = 30;

/// Everything the progress page shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Progress {
    pub streaks: Streaks,
    pub change: Option<PainChange>,
    /// Pain after minus before exercising over [`EFFECT_DAYS`].
    pub effect: Option<f32>,
    /// `None` until something is logged on a day that counts.
    pub chart: Option<PainChart>,
    /// The weeks the chart shows, oldest first, for its summary and table.
    pub chart_weeks: Vec<WeekPain>,
    /// The last [`CALENDAR_WEEKS`] weeks, oldest first.
    pub calendar: Vec<AdherenceWeek>,
}

impl Progress {
    /// The progress of `diary` against `schedule` on `today`.
    pub fn build(diary: &Diary, schedule: Option<&Schedule>, today: Day) -> Progress {
        let weeks = pain_per_week(diary, today);
        let chart = diary.plausible_entries(today).first().and_then(|first| {
            let from = today
                .checked_plus_days(-CHART_DAYS)
                .map_or(first.day, |start| first.day.max(start));
            pain_chart(&pain_per_day(diary, today), &weeks, from, today)
        });
        let chart_weeks = match &chart {
            Some(chart) => weeks
                .into_iter()
                .filter(|week| {
                    week.monday
                        .checked_plus_days(6)
                        .is_none_or(|sunday| sunday >= chart.from)
                })
                .collect(),
            None => Vec::new(),
        };
        Progress {
            streaks: streaks(diary, today),
            change: pain_change(diary, today),
            effect: pain_change_while_exercising(diary, today, EFFECT_DAYS),
            chart,
            chart_weeks,
            calendar: adherence(diary, schedule, today, CALENDAR_WEEKS),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diary::model::tests::entry;
    use crate::exercises::ExerciseId;

    fn day(text: &str) -> Day {
        Day::parse(text).unwrap()
    }

    #[test]
    fn the_chart_spans_the_last_twelve_weeks_and_its_table_the_weeks_it_shows() {
        let diary = Diary::from_entries(vec![
            entry(1, "2026-06-01", ExerciseId::Bridge, 8, 7),
            entry(2, "2026-09-02", ExerciseId::Bridge, 6, 5),
            entry(3, "2026-11-24", ExerciseId::Bridge, 4, 3),
        ]);
        let today = day("2026-11-25");
        let progress = Progress::build(&diary, None, today);
        let chart = progress.chart.as_ref().unwrap();
        assert_eq!((chart.from, chart.to), (day("2026-09-02"), today));
        assert_eq!(chart.day_dots.len(), 2);
        let mondays: Vec<_> = progress.chart_weeks.iter().map(|w| w.monday).collect();
        assert_eq!(mondays, [day("2026-08-31"), day("2026-11-23")]);
        assert_eq!(progress.calendar.len(), 6);
        assert_eq!(progress.streaks.current, 1);
    }

    #[test]
    fn a_diary_of_impossible_days_shows_no_chart_and_no_figures() {
        let diary = Diary::from_entries(vec![
            entry(1, "1999-12-31", ExerciseId::Bridge, 8, 7),
            entry(2, "9999-12-28", ExerciseId::Bridge, 6, 5),
        ]);
        let progress = Progress::build(&diary, None, day("2026-11-25"));
        assert_eq!(progress.chart, None);
        assert!(progress.chart_weeks.is_empty());
        assert_eq!(progress.streaks, Streaks::default());
        assert_eq!((progress.change, progress.effect), (None, None));
        assert!(progress
            .calendar
            .iter()
            .all(|week| week.exercised_days == 0));
    }
}
