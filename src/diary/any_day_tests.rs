//! Property tests over any day the calendar holds: the calendar's own
//! arithmetic, the pain chart, the progress page's model and the progress
//! report, fed diaries and phone dates anywhere from 1 January 0000 to
//! 31 December 9999 (year 0001, the last days of 9999, days far after
//! "today" and a phone set years wrong), must each finish within seconds
//! and give a picture that makes sense.

use proptest::prelude::*;

use super::chart::{pain_chart, tests::finishes, HEIGHT, WIDTH};
use super::model::tests::entry;
use super::progress::{Progress, CALENDAR_WEEKS};
use super::stats::DayMark;
use super::{plausible_days, Diary, DiaryEntry, PlannedExercise, Schedule};
use crate::calendar::Day;
use crate::exercises::ExerciseId;
use crate::report::link;
use crate::report::model::{Period, Report, MAX_WEEKS};

/// The calendar's first day.
fn first() -> Day {
    Day::from_ymd(0, 1, 1).expect("1 January 0000")
}

/// Days from the calendar's first to its last.
fn calendar_days() -> i32 {
    first().days_until(Day::LAST)
}

/// Any day, most often near the calendar's ends, near 2000 or near today's
/// dates, where arithmetic and ranges have their edges.
fn any_day() -> impl Strategy<Value = Day> {
    let from = |start: Day, days: std::ops::RangeInclusive<i32>| {
        days.prop_map(move |n| start.checked_plus_days(n).expect("a day on the calendar"))
    };
    let y0001 = Day::from_ymd(1, 1, 1).expect("1 January 0001");
    let y2026 = Day::from_ymd(2026, 11, 25).expect("25 November 2026");
    prop_oneof![
        from(first(), 0..=calendar_days()),
        from(first(), 0..=800),
        from(y0001, -30..=400),
        from(Day::LAST, -800..=0),
        from(Day::Y2K, -400..=400),
        from(y2026, -400..=400),
    ]
}

/// A diary of up to 40 entries on any days.
fn any_diary() -> impl Strategy<Value = Diary> {
    let entries = proptest::collection::vec(
        (any_day(), 0..ExerciseId::ALL.len(), 0..=10u8, 0..=10u8),
        0..40,
    );
    entries.prop_map(|entries| {
        Diary::from_entries(
            (0..)
                .zip(entries)
                .map(|(n, (day, exercise, before, after))| DiaryEntry {
                    day,
                    note: "Notitie".into(),
                    ..entry(n, "2026-01-01", ExerciseId::ALL[exercise], before, after)
                })
                .collect(),
        )
    })
}

/// A schedule of the first exercises, starting on any day or none.
fn any_schedule() -> impl Strategy<Value = Schedule> {
    (1..=4usize, 1..=7u8, proptest::option::of(any_day())).prop_map(|(count, days, start)| {
        Schedule {
            exercises: ExerciseId::ALL[..count]
                .iter()
                .map(|&exercise| PlannedExercise::reps(exercise, 3, 10))
                .collect(),
            days_per_week: days,
            start,
            note: String::new(),
            from_clinic: true,
        }
    })
}

/// Whether a point lies on the chart's canvas.
fn on_canvas(x: f32, y: f32) -> bool {
    (0.0..=WIDTH).contains(&x) && (0.0..=HEIGHT).contains(&y)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn calendar_arithmetic_is_exact_or_says_it_cannot(day in any_day(), days in -4_000_000..=4_000_000i32) {
        match day.checked_plus_days(days) {
            Some(later) => {
                prop_assert_eq!(day.days_until(later), days);
                prop_assert_eq!(later.checked_plus_days(-days), Some(day));
            }
            None => {
                let target = first().days_until(day).checked_add(days);
                prop_assert!(target.is_none_or(|n| !(0..=calendar_days()).contains(&n)));
            }
        }
        prop_assert_eq!(Day::parse(&day.iso()), Some(day));
        if let Some(monday) = day.monday() {
            prop_assert_eq!(monday.weekday_from_monday(), 0);
            prop_assert!((0..7).contains(&monday.days_until(day)));
        }
    }

    #[test]
    fn a_chart_over_any_days_finishes_and_stays_on_its_canvas(from in any_day(), to in any_day()) {
        let chart = finishes(move || pain_chart(&[], &[], from, to));
        let chart = chart.expect("the calendar always holds two weeks");
        prop_assert!(chart.from.days_until(chart.to) >= 13);
        let span_weeks = usize::try_from(chart.from.days_until(chart.to) / 7).unwrap_or(0);
        prop_assert!(chart.week_marks.len() <= span_weeks / 2 + 1);
        for (x, monday) in &chart.week_marks {
            prop_assert_eq!(monday.weekday_from_monday(), 0);
            prop_assert!(*monday >= chart.from && *monday <= chart.to);
            prop_assert!(on_canvas(*x, chart.pain_lines[0].1));
        }
    }

    #[test]
    fn the_progress_page_over_any_days_finishes_and_counts_only_possible_days(
        diary in any_diary(),
        schedule in proptest::option::of(any_schedule()),
        today in any_day(),
    ) {
        let plausible = plausible_days(today);
        let mut counted: Vec<Day> = diary
            .entries()
            .iter()
            .map(|e| e.day)
            .filter(|day| plausible.contains(day))
            .collect();
        counted.dedup();
        let (progress, diary) = finishes(move || {
            (Progress::build(&diary, schedule.as_ref(), today), diary)
        });
        prop_assert_eq!(progress.chart.is_some(), !counted.is_empty());
        let possible_days = counted.len();
        prop_assert!(progress.streaks.current <= progress.streaks.longest);
        prop_assert!(progress.streaks.longest as usize <= possible_days);
        if progress.streaks.current > 0 {
            let last = counted.last().copied();
            prop_assert!(last.is_some_and(|last| (0..=1).contains(&last.days_until(today))));
        }
        if let Some(chart) = &progress.chart {
            prop_assert!(chart.from < chart.to);
            prop_assert!(chart.day_dots.len() <= possible_days);
            for point in chart.day_dots.iter().chain(&chart.week_line) {
                prop_assert!(on_canvas(point.x, point.y), "{:?}", point);
            }
            prop_assert!(chart.week_marks.len() <= 7, "twelve weeks have at most 7 labels");
        }
        prop_assert!(progress.calendar.len() <= CALENDAR_WEEKS as usize);
        for week in &progress.calendar {
            prop_assert_eq!(week.monday.weekday_from_monday(), 0);
            for (offset, mark) in (0..).zip(week.days) {
                let Some(day) = week.monday.checked_plus_days(offset) else {
                    prop_assert_eq!(mark, DayMark::Future);
                    continue;
                };
                if day > today {
                    prop_assert_eq!(mark, DayMark::Future);
                } else if matches!(mark, DayMark::Done | DayMark::Part) {
                    prop_assert!(plausible.contains(&day));
                    prop_assert!(!diary.on_day(day).is_empty());
                }
            }
        }
    }

    #[test]
    fn a_report_over_any_days_finishes_and_reads_back(
        diary in any_diary(),
        schedule in any_schedule(),
        today in any_day(),
        weeks in prop_oneof![Just(Period::SinceStart), (1..=MAX_WEEKS).prop_map(Period::Weeks)],
    ) {
        let report = finishes(move || Report::build(&diary, &schedule, today, weeks, true));
        prop_assert!(!report.weeks.is_empty() || today.monday().is_none());
        prop_assert!(report.weeks.len() <= usize::from(MAX_WEEKS));
        for pair in report.weeks.windows(2) {
            prop_assert_eq!(pair[0].monday.days_until(pair[1].monday), 7);
        }
        if let Some(last) = report.weeks.last() {
            prop_assert_eq!(Some(last.monday), today.monday());
        }
        let plausible = plausible_days(today);
        for note in &report.notes {
            prop_assert!(plausible.contains(&note.day) && note.day >= report.from());
        }
        // A report of a phone date the link can carry reads back as it was.
        let carried = |day: Day| (2000..=2255).contains(&day.year());
        if carried(today) && report.schedule.start.is_none_or(carried) {
            let payload = link::encode(&report).expect("a report from 2000 to 2255 encodes");
            prop_assert_eq!(link::decode(&payload), Ok(report.clone()));
            let page_chart = pain_chart(&[], &[], report.from(), report.today);
            prop_assert!(page_chart.is_some());
        }
    }
}
