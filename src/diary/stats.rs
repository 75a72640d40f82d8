//! What the progress pictures show, computed from the diary: streaks, pain
//! per day and per week, the change in pain since the first week, the
//! effect of exercising on pain, and the adherence calendar. Everything
//! counts in the patient's own calendar days, and only entries on days
//! that can be true ([`super::plausible_days`]): an entry dated in 1999 or
//! in 9999 is kept in the diary, but counts for nothing here.

use super::schedule::Schedule;
use super::{plausible_days, Diary, DiaryEntry};
use crate::calendar::Day;

/// Days in a row with at least one exercise logged.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Streaks {
    /// The run that ends today, or yesterday (today is not over yet).
    pub current: u32,
    /// The longest run ever.
    pub longest: u32,
}

/// The entries of each day, oldest day first.
fn by_day(entries: &[DiaryEntry]) -> impl Iterator<Item = (Day, &[DiaryEntry])> {
    entries
        .chunk_by(|a, b| a.day == b.day)
        .filter_map(|day| Some((day.first()?.day, day)))
}

/// The streaks on `today`.
pub fn streaks(diary: &Diary, today: Day) -> Streaks {
    let mut longest = 0;
    let mut run = 0;
    let mut previous: Option<Day> = None;
    for (day, _) in by_day(diary.plausible_entries(today)) {
        run = match previous {
            Some(previous) if previous.days_until(day) == 1 => run + 1,
            _ => 1,
        };
        longest = longest.max(run);
        previous = Some(day);
    }
    let current = match previous {
        Some(last) if (0..=1).contains(&last.days_until(today)) => run,
        _ => 0,
    };
    Streaks { current, longest }
}

/// The average pain of one day's entries.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DayPain {
    pub day: Day,
    pub before: f32,
    pub after: f32,
}

/// The average pain of a week (Monday to Sunday).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct WeekPain {
    pub monday: Day,
    pub before: f32,
    pub after: f32,
    /// How many entries the average is over.
    pub entries: u32,
}

fn mean(values: impl Iterator<Item = u8>) -> Option<f32> {
    let (sum, count) = values.fold((0u32, 0u32), |(sum, count), value| {
        (sum + u32::from(value), count + 1)
    });
    (count > 0).then(|| sum as f32 / count as f32)
}

/// The average pain before and after exercising on each day with entries,
/// oldest first.
pub fn pain_per_day(diary: &Diary, today: Day) -> Vec<DayPain> {
    by_day(diary.plausible_entries(today))
        .filter_map(|(day, entries)| {
            Some(DayPain {
                day,
                before: mean(entries.iter().map(|e| e.pain_before.value()))?,
                after: mean(entries.iter().map(|e| e.pain_after.value()))?,
            })
        })
        .collect()
}

/// The average pain per week with entries, oldest first.
pub fn pain_per_week(diary: &Diary, today: Day) -> Vec<WeekPain> {
    let mut weeks: Vec<WeekPain> = Vec::new();
    let mut totals: Vec<(Day, u32, u32, u32)> = Vec::new();
    // Plausible days are from 2000 on, so each has its Monday.
    let entries = diary.plausible_entries(today);
    for (monday, entry) in entries.iter().filter_map(|e| Some((e.day.monday()?, e))) {
        match totals.last_mut() {
            Some(week) if week.0 == monday => {
                week.1 += u32::from(entry.pain_before.value());
                week.2 += u32::from(entry.pain_after.value());
                week.3 += 1;
            }
            _ => totals.push((
                monday,
                entry.pain_before.value().into(),
                entry.pain_after.value().into(),
                1,
            )),
        }
    }
    for (monday, before, after, count) in totals {
        weeks.push(WeekPain {
            monday,
            before: before as f32 / count as f32,
            after: after as f32 / count as f32,
            entries: count,
        });
    }
    weeks
}

/// Average pain (before exercising: the everyday level) in the first week
/// of the diary against the last seven days.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PainChange {
    /// The first day of the diary; the first week is it and the six after.
    pub first_day: Day,
    pub first_week: f32,
    pub last_week: f32,
}

impl PainChange {
    /// Positive when pain went down.
    pub fn improvement(&self) -> f32 {
        self.first_week - self.last_week
    }
}

/// The change in average pain since the first week, once the diary spans
/// two weeks and the last seven days have entries.
pub fn pain_change(diary: &Diary, today: Day) -> Option<PainChange> {
    let entries = diary.plausible_entries(today);
    let first_day = entries.first()?.day;
    let first_week_end = first_day.checked_plus_days(6)?;
    let last_week_start = today.checked_plus_days(-6)?;
    if last_week_start <= first_week_end {
        return None;
    }
    let in_range = |from: Day, to: Day| {
        mean(
            entries
                .iter()
                .filter(move |e| e.day >= from && e.day <= to)
                .map(|e| e.pain_before.value()),
        )
    };
    Some(PainChange {
        first_day,
        first_week: in_range(first_day, first_week_end)?,
        last_week: in_range(last_week_start, today)?,
    })
}

/// How much pain changes during exercising, on average over the last
/// `days` days: after minus before (negative means exercising eases pain).
pub fn pain_change_while_exercising(diary: &Diary, today: Day, days: i32) -> Option<f32> {
    let since = today.checked_plus_days(-(days - 1))?;
    let recent = diary
        .plausible_entries(today)
        .iter()
        .filter(|e| e.day >= since && e.day <= today);
    let (sum, count) = recent.fold((0i32, 0i32), |(sum, count), e| {
        (
            sum + i32::from(e.pain_after.value()) - i32::from(e.pain_before.value()),
            count + 1,
        )
    });
    (count > 0).then(|| sum as f32 / count as f32)
}

/// One day of the adherence calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DayMark {
    /// Nothing logged.
    Nothing,
    /// Some exercises logged, but not every planned one.
    Part,
    /// Every planned exercise logged (or, without a schedule, anything).
    Done,
    /// After today.
    Future,
}

/// One week (Monday to Sunday) of the adherence calendar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AdherenceWeek {
    pub monday: Day,
    pub days: [DayMark; 7],
    /// Days with anything logged.
    pub exercised_days: u8,
    /// The schedule's days per week, if there is a schedule for this week.
    pub target_days: Option<u8>,
}

/// The last `weeks` weeks up to and including this one, oldest first.
/// Weeks the calendar cannot hold (before year 0) are left out; days after
/// its end are marked as future.
pub fn adherence(
    diary: &Diary,
    schedule: Option<&Schedule>,
    today: Day,
    weeks: i32,
) -> Vec<AdherenceWeek> {
    let Some(this_monday) = today.monday() else {
        return Vec::new();
    };
    (0..weeks.max(0))
        .rev()
        .filter_map(|weeks_ago| this_monday.checked_plus_days(-7 * weeks_ago))
        .map(|monday| {
            let mut days = [DayMark::Nothing; 7];
            let mut exercised_days = 0;
            for (offset, mark) in (0..).zip(days.iter_mut()) {
                *mark = monday
                    .checked_plus_days(offset)
                    .map_or(DayMark::Future, |day| day_mark(diary, schedule, day, today));
                if matches!(mark, DayMark::Part | DayMark::Done) {
                    exercised_days += 1;
                }
            }
            let target_days = schedule
                .filter(|schedule| schedule_covers_week(schedule, monday))
                .map(|schedule| schedule.days_per_week);
            AdherenceWeek {
                monday,
                days,
                exercised_days,
                target_days,
            }
        })
        .collect()
}

/// Whether `schedule` applies by the end of the week of `monday` (a week
/// running past the calendar's end is after any start day).
pub fn schedule_covers_week(schedule: &Schedule, monday: Day) -> bool {
    monday
        .checked_plus_days(6)
        .is_none_or(|sunday| schedule.applies_on(sunday))
}

fn day_mark(diary: &Diary, schedule: Option<&Schedule>, day: Day, today: Day) -> DayMark {
    if day > today {
        return DayMark::Future;
    }
    if !plausible_days(today).contains(&day) {
        return DayMark::Nothing;
    }
    let entries = diary.on_day(day);
    if entries.is_empty() {
        return DayMark::Nothing;
    }
    match schedule.filter(|schedule| schedule.applies_on(day)) {
        Some(schedule) => {
            let all_planned_done = schedule
                .exercises
                .iter()
                .all(|planned| entries.iter().any(|e| e.exercise == planned.exercise));
            if all_planned_done {
                DayMark::Done
            } else {
                DayMark::Part
            }
        }
        None => DayMark::Done,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diary::model::tests::entry;
    use crate::diary::schedule::PlannedExercise;
    use crate::exercises::{Dose, ExerciseId};

    fn day(text: &str) -> Day {
        Day::parse(text).unwrap()
    }

    /// A diary with one bridge entry on each of `days` (pain before 5, after 4).
    fn diary_on(days: &[&str]) -> Diary {
        Diary::from_entries(
            (0..)
                .zip(days)
                .map(|(n, d)| entry(n, d, ExerciseId::Bridge, 5, 4))
                .collect(),
        )
    }

    #[test]
    fn streaks_count_calendar_days_in_a_row() {
        let cases: [(&[&str], &str, u32, u32); 8] = [
            (&[], "2026-11-25", 0, 0),
            (&["2026-11-25"], "2026-11-25", 1, 1),
            (&["2026-11-24"], "2026-11-25", 1, 1),
            (&["2026-11-23"], "2026-11-25", 0, 1),
            (
                &[
                    "2026-11-20",
                    "2026-11-21",
                    "2026-11-23",
                    "2026-11-24",
                    "2026-11-25",
                ],
                "2026-11-25",
                3,
                3,
            ),
            (
                &[
                    "2026-11-01",
                    "2026-11-02",
                    "2026-11-03",
                    "2026-11-04",
                    "2026-11-24",
                ],
                "2026-11-25",
                1,
                4,
            ),
            // Across a month end and a year end.
            (
                &["2026-10-30", "2026-10-31", "2026-11-01"],
                "2026-11-01",
                3,
                3,
            ),
            (
                &["2026-12-30", "2026-12-31", "2027-01-01", "2027-01-02"],
                "2027-01-03",
                4,
                4,
            ),
        ];
        for (days, today, current, longest) in cases {
            assert_eq!(
                streaks(&diary_on(days), day(today)),
                Streaks { current, longest },
                "{days:?} on {today}"
            );
        }
    }

    #[test]
    fn several_entries_on_one_day_count_once() {
        let diary = Diary::from_entries(vec![
            entry(1, "2026-11-24", ExerciseId::Bridge, 5, 4),
            entry(2, "2026-11-24", ExerciseId::Walking, 5, 4),
            entry(3, "2026-11-25", ExerciseId::Bridge, 5, 4),
        ]);
        assert_eq!(
            streaks(&diary, day("2026-11-25")),
            Streaks {
                current: 2,
                longest: 2
            }
        );
    }

    #[test]
    fn a_time_zone_change_does_not_break_a_streak() {
        // Logged at 20:00 local time each evening: in Amsterdam (UTC+1), then
        // after flying to New York (UTC-5), then back. Each entry's day is the
        // phone's calendar day when it was logged, so the run is unbroken
        // even though the UTC instants are not 24 hours apart.
        let evening = |utc_millis: i64, offset: i32| Day::at(utc_millis, offset);
        let amsterdam_1 = evening(1_795_546_800_000, 60); // 24 Nov 20:00 CET
        let new_york = evening(1_795_654_800_000, -300); // 25 Nov 20:00 EST (30 h later)
        let amsterdam_2 = evening(1_795_719_600_000, 60); // 26 Nov 20:00 CET (18 h later)
        let days = [amsterdam_1.iso(), new_york.iso(), amsterdam_2.iso()];
        assert_eq!(days, ["2026-11-24", "2026-11-25", "2026-11-26"]);
        let diary = diary_on(&days.iter().map(String::as_str).collect::<Vec<_>>());
        assert_eq!(
            streaks(&diary, day("2026-11-26")),
            Streaks {
                current: 3,
                longest: 3
            }
        );
        // Daylight saving time ends on 25 October 2026: still consecutive days.
        let dst = diary_on(&["2026-10-24", "2026-10-25", "2026-10-26"]);
        assert_eq!(streaks(&dst, day("2026-10-26")).current, 3);
    }

    #[test]
    fn pain_is_averaged_per_day_and_per_week() {
        let diary = Diary::from_entries(vec![
            entry(1, "2026-11-23", ExerciseId::Bridge, 6, 4), // Monday
            entry(2, "2026-11-23", ExerciseId::Walking, 4, 4),
            entry(3, "2026-11-29", ExerciseId::Bridge, 2, 1), // Sunday, same week
            entry(4, "2026-11-30", ExerciseId::Bridge, 3, 3), // next Monday
        ]);
        assert_eq!(
            pain_per_day(&diary, day("2026-12-01")),
            [
                DayPain {
                    day: day("2026-11-23"),
                    before: 5.0,
                    after: 4.0
                },
                DayPain {
                    day: day("2026-11-29"),
                    before: 2.0,
                    after: 1.0
                },
                DayPain {
                    day: day("2026-11-30"),
                    before: 3.0,
                    after: 3.0
                },
            ]
        );
        assert_eq!(
            pain_per_week(&diary, day("2026-12-01")),
            [
                WeekPain {
                    monday: day("2026-11-23"),
                    before: 4.0,
                    after: 3.0,
                    entries: 3
                },
                WeekPain {
                    monday: day("2026-11-30"),
                    before: 3.0,
                    after: 3.0,
                    entries: 1
                },
            ]
        );
        assert!(pain_per_day(&Diary::default(), day("2026-12-01")).is_empty());
        assert!(pain_per_week(&Diary::default(), day("2026-12-01")).is_empty());
    }

    #[test]
    fn pain_change_compares_the_first_week_with_the_last_seven_days() {
        let diary = Diary::from_entries(vec![
            entry(1, "2026-11-01", ExerciseId::Bridge, 7, 6),
            entry(2, "2026-11-07", ExerciseId::Bridge, 5, 5), // still the first week
            entry(3, "2026-11-08", ExerciseId::Bridge, 9, 9), // in between: not counted
            entry(4, "2026-11-19", ExerciseId::Bridge, 4, 3),
            entry(5, "2026-11-25", ExerciseId::Bridge, 2, 2),
        ]);
        let change = pain_change(&diary, day("2026-11-25")).unwrap();
        assert_eq!(change.first_day, day("2026-11-01"));
        assert_eq!(change.first_week, 6.0);
        assert_eq!(change.last_week, 3.0);
        assert_eq!(change.improvement(), 3.0);
    }

    #[test]
    fn pain_change_waits_for_two_weeks_and_recent_entries() {
        let young = diary_on(&["2026-11-20", "2026-11-25"]);
        assert_eq!(
            pain_change(&young, day("2026-11-25")),
            None,
            "not yet two weeks"
        );
        let lapsed = diary_on(&["2026-10-01", "2026-10-10"]);
        assert_eq!(
            pain_change(&lapsed, day("2026-11-25")),
            None,
            "nothing in the last 7 days"
        );
        assert_eq!(pain_change(&Diary::default(), day("2026-11-25")), None);
    }

    #[test]
    fn the_effect_of_exercising_is_after_minus_before() {
        let diary = Diary::from_entries(vec![
            entry(1, "2026-10-01", ExerciseId::Bridge, 2, 9), // too long ago
            entry(2, "2026-11-20", ExerciseId::Bridge, 6, 4),
            entry(3, "2026-11-25", ExerciseId::Bridge, 5, 4),
        ]);
        assert_eq!(
            pain_change_while_exercising(&diary, day("2026-11-25"), 30),
            Some(-1.5)
        );
        assert_eq!(
            pain_change_while_exercising(&Diary::default(), day("2026-11-25"), 30),
            None
        );
    }

    #[test]
    fn the_calendar_marks_days_against_the_schedule() {
        let schedule = Schedule {
            exercises: vec![
                PlannedExercise {
                    exercise: ExerciseId::Bridge,
                    dose: Dose::Reps { sets: 3, reps: 10 },
                },
                PlannedExercise {
                    exercise: ExerciseId::Walking,
                    dose: Dose::Minutes { minutes: 20 },
                },
            ],
            days_per_week: 3,
            start: None,
            note: String::new(),
            from_clinic: true,
        };
        let diary = Diary::from_entries(vec![
            entry(1, "2026-11-23", ExerciseId::Bridge, 5, 4),
            entry(2, "2026-11-23", ExerciseId::Walking, 5, 4),
            entry(3, "2026-11-24", ExerciseId::Bridge, 5, 4),
            entry(4, "2026-11-19", ExerciseId::Walking, 5, 4),
        ]);
        use DayMark::*;
        let weeks = adherence(&diary, Some(&schedule), day("2026-11-25"), 2);
        assert_eq!(weeks.len(), 2);
        assert_eq!(weeks[0].monday, day("2026-11-16"));
        assert_eq!(
            weeks[0].days,
            [Nothing, Nothing, Nothing, Part, Nothing, Nothing, Nothing]
        );
        assert_eq!(weeks[0].exercised_days, 1);
        assert_eq!(
            weeks[1].days,
            [Done, Part, Nothing, Future, Future, Future, Future]
        );
        assert_eq!(weeks[1].exercised_days, 2);
        assert_eq!(weeks[1].target_days, Some(3));

        let without = adherence(&diary, None, day("2026-11-25"), 1);
        assert_eq!(
            without[0].days,
            [Done, Done, Nothing, Future, Future, Future, Future]
        );
        assert_eq!(without[0].target_days, None);
    }

    #[test]
    fn entries_on_impossible_days_count_for_nothing() {
        let real = ["2026-11-18", "2026-11-19", "2026-11-24", "2026-11-25"];
        let with_impossible = diary_on(&[
            "1999-12-31",
            real[0],
            real[1],
            real[2],
            real[3],
            "2026-11-27",
            "9999-12-28",
        ]);
        let today = day("2026-11-25");
        let alone = diary_on(&real);
        assert_eq!(with_impossible.len(), 7, "all are kept");
        assert_eq!(streaks(&with_impossible, today), streaks(&alone, today));
        assert_eq!(streaks(&with_impossible, today).current, 2);
        assert_eq!(
            pain_per_day(&with_impossible, today),
            pain_per_day(&alone, today)
        );
        assert_eq!(
            pain_per_week(&with_impossible, today),
            pain_per_week(&alone, today)
        );
        assert_eq!(
            pain_change_while_exercising(&with_impossible, today, 30),
            pain_change_while_exercising(&alone, today, 30)
        );
        assert_eq!(
            adherence(&with_impossible, None, today, 2),
            adherence(&alone, None, today, 2)
        );
        // Early in January 2000, the last days of 1999 are no exercise days.
        let y2k = diary_on(&["1999-12-30", "1999-12-31", "2000-01-03"]);
        let weeks = adherence(&y2k, None, day("2000-01-04"), 2);
        use DayMark::*;
        assert_eq!(
            weeks[0].days,
            [Nothing, Nothing, Nothing, Nothing, Nothing, Nothing, Nothing]
        );
        assert_eq!(weeks[1].days[0], Done);
        assert_eq!(streaks(&y2k, day("2000-01-04")).longest, 1);
    }

    #[test]
    fn the_calendar_at_the_ends_of_time_stays_a_calendar() {
        let diary = diary_on(&["0001-01-01", "9999-12-28"]);
        // The last weeks of year 9999: the days after its end are future.
        let end = adherence(&diary, None, day("9999-12-31"), 3);
        assert_eq!(end.len(), 3);
        assert_eq!(end[2].monday, day("9999-12-27"));
        assert_eq!(
            end[2].days[1],
            DayMark::Done,
            "9999-12-28 is plausible then"
        );
        assert_eq!(&end[2].days[5..], [DayMark::Future, DayMark::Future]);
        // Before 2000 nothing counts, and weeks before year 0 do not exist.
        let start = adherence(&diary, None, day("0000-01-09"), 3);
        assert_eq!(start.len(), 1, "only the week of 3 January 0000");
        assert!(start[0].days.iter().all(|mark| *mark != DayMark::Done));
        assert_eq!(adherence(&diary, None, day("0000-01-01"), 3), []);
    }
}
