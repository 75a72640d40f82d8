//! The report's weeks, adherence, averages and notes, case by case.

use super::*;
use crate::diary::{DiaryEntry, EntryId, PainScore, PlannedExercise};
use crate::exercises::Dose;

fn day(text: &str) -> Day {
    Day::parse(text).expect("a test date")
}

/// An entry for tests: `n` makes the id and the time unique.
pub(crate) fn entry(n: u64, on: &str, exercise: ExerciseId, before: u8, after: u8) -> DiaryEntry {
    DiaryEntry {
        id: EntryId::parse(&format!("00000000-0000-4000-8000-{n:012}")).expect("a test id"),
        day: day(on),
        exercise,
        dose: Dose::Reps { sets: 3, reps: 10 },
        pain_before: PainScore::new(before).expect("a test score"),
        pain_after: PainScore::new(after).expect("a test score"),
        note: String::new(),
        logged_at: 1_795_000_000_000 + n,
        edited_at: None,
    }
}

pub(crate) fn schedule(start: Option<&str>) -> Schedule {
    Schedule {
        exercises: vec![
            PlannedExercise::reps(ExerciseId::Bridge, 3, 10),
            PlannedExercise::minutes(ExerciseId::Walking, 20),
        ],
        days_per_week: 3,
        start: start.map(day),
        note: "Rustig opbouwen.".into(),
        from_clinic: true,
    }
}

/// Wednesday 2 December 2026.
const TODAY: &str = "2026-12-02";

#[test]
fn the_period_is_whole_weeks_up_to_this_one() {
    let today = day(TODAY);
    let cases = [
        (Period::Weeks(4), None, 4, "2026-11-09"),
        (Period::Weeks(12), None, 12, "2026-09-14"),
        (Period::SinceStart, Some("2026-11-18"), 3, "2026-11-16"),
        (Period::SinceStart, Some("2026-12-02"), 1, "2026-11-30"),
        // Started long ago: the last twelve weeks.
        (Period::SinceStart, Some("2025-01-01"), 12, "2026-09-14"),
        // Not started yet, or no start day known: this week.
        (Period::SinceStart, Some("2026-12-20"), 1, "2026-11-30"),
        (Period::SinceStart, None, 1, "2026-11-30"),
    ];
    for (period, start, weeks, first_monday) in cases {
        let report = Report::build(&Diary::default(), &schedule(start), today, period, false);
        assert_eq!(report.weeks.len(), weeks, "{period:?} from {start:?}");
        assert_eq!(
            report.from(),
            day(first_monday),
            "{period:?} from {start:?}"
        );
        assert_eq!(
            report.weeks.last().map(|w| w.monday),
            Some(day("2026-11-30"))
        );
    }
}

#[test]
fn counts_the_days_each_exercise_was_done_against_the_schedule() {
    let diary = Diary::from_entries(vec![
        entry(1, "2026-11-23", ExerciseId::Bridge, 5, 4),
        entry(2, "2026-11-23", ExerciseId::Walking, 5, 3),
        // Twice on one day is one day.
        entry(3, "2026-11-25", ExerciseId::Bridge, 4, 4),
        entry(4, "2026-11-25", ExerciseId::Bridge, 4, 2),
        // Not in the schedule: a day practised, but no exercise of it.
        entry(5, "2026-11-27", ExerciseId::Clamshell, 3, 3),
        entry(6, "2026-12-01", ExerciseId::Walking, 2, 2),
    ]);
    let report = Report::build(
        &diary,
        &schedule(Some("2026-11-01")),
        day(TODAY),
        Period::Weeks(2),
        false,
    );
    let [last_week, this_week] = &report.weeks[..] else {
        panic!("two weeks: {:?}", report.weeks);
    };
    assert_eq!(last_week.per_exercise, vec![2, 1]);
    assert_eq!(last_week.exercised_days(), 3);
    use DayMark::*;
    assert_eq!(
        last_week.days,
        [Done, Nothing, Part, Nothing, Part, Nothing, Nothing]
    );
    assert_eq!(this_week.per_exercise, vec![0, 1]);
    assert_eq!(
        this_week.days,
        [Nothing, Part, Nothing, Future, Future, Future, Future]
    );
    let calendar = report.calendar();
    assert_eq!(calendar[0].exercised_days, 3);
    assert_eq!(calendar[0].target_days, Some(3));
}

#[test]
fn averages_pain_per_week_as_the_progress_page_writes_it() {
    let diary = Diary::from_entries(vec![
        entry(1, "2026-11-23", ExerciseId::Bridge, 4, 3),
        entry(2, "2026-11-24", ExerciseId::Bridge, 4, 3),
        entry(3, "2026-11-26", ExerciseId::Bridge, 5, 2),
        entry(4, "2026-12-01", ExerciseId::Walking, 7, 6),
        entry(5, "2026-12-02", ExerciseId::Walking, 6, 6),
    ]);
    let report = Report::build(&diary, &schedule(None), day(TODAY), Period::Weeks(3), false);
    let pain: Vec<_> = report.weeks.iter().map(|week| week.pain).collect();
    let average = |before_tenths, after_tenths| {
        Some(PainAverage {
            before_tenths,
            after_tenths,
        })
    };
    // 13/3 = 4.33 and 8/3 = 2.67; 6.5 rounds up as the page does.
    assert_eq!(pain, vec![None, average(43, 27), average(65, 60)]);
    let progress_page: Vec<_> = pain_per_week(&diary, day(TODAY))
        .iter()
        .map(|w| crate::decimal::one_decimal(w.before))
        .collect();
    let report_page: Vec<_> = report
        .weeks
        .iter()
        .filter_map(|w| w.pain)
        .map(|p| crate::decimal::one_decimal(p.before()))
        .collect();
    assert_eq!(report_page, progress_page);
}

#[test]
fn an_empty_period_is_all_nothing() {
    let diary = Diary::from_entries(vec![entry(1, "2026-01-05", ExerciseId::Bridge, 4, 3)]);
    let report = Report::build(&diary, &schedule(None), day(TODAY), Period::Weeks(4), true);
    assert!(report.is_empty());
    assert_eq!(report.current_streak, 0);
    assert!(report.notes.is_empty());
    for week in &report.weeks {
        assert_eq!(week.per_exercise, vec![0, 0]);
        assert_eq!(week.pain, None);
        assert_eq!(week.exercised_days(), 0);
    }
}

#[test]
fn weeks_before_a_schedule_changed_mid_period_have_no_target() {
    // The current schedule started in the third of four weeks; what was
    // logged before it still counts as days practised.
    let diary = Diary::from_entries(vec![
        entry(1, "2026-11-10", ExerciseId::Clamshell, 5, 5),
        entry(2, "2026-11-24", ExerciseId::Bridge, 4, 4),
        entry(3, "2026-11-24", ExerciseId::Walking, 4, 4),
    ]);
    let report = Report::build(
        &diary,
        &schedule(Some("2026-11-24")),
        day(TODAY),
        Period::Weeks(4),
        false,
    );
    let targets: Vec<_> = report.calendar().iter().map(|w| w.target_days).collect();
    assert_eq!(targets, vec![None, None, Some(3), Some(3)]);
    assert_eq!(report.weeks[0].days[1], DayMark::Done);
    assert_eq!(report.weeks[0].per_exercise, vec![0, 0]);
    assert_eq!(report.weeks[2].per_exercise, vec![1, 1]);
}

#[test]
fn notes_stay_out_unless_ticked_in_and_then_are_bounded() {
    let long = "Knie voelde stijf aan. ".repeat(10);
    let entries = (1..=7)
        .map(|n| DiaryEntry {
            note: if n == 7 {
                long.clone()
            } else {
                format!("Notitie {n}")
            },
            ..entry(n, &format!("2026-11-2{n}"), ExerciseId::Bridge, 3, 3)
        })
        .chain([DiaryEntry {
            note: "Van lang geleden".into(),
            ..entry(9, "2026-01-05", ExerciseId::Bridge, 3, 3)
        }])
        .collect();
    let diary = Diary::from_entries(entries);
    let schedule = schedule(None);
    let without = Report::build(&diary, &schedule, day(TODAY), Period::Weeks(4), false);
    assert!(without.notes.is_empty());
    assert!(
        without.schedule.note.is_empty(),
        "the physio's note stays out too"
    );
    let with = Report::build(&diary, &schedule, day(TODAY), Period::Weeks(4), true);
    let texts: Vec<_> = with.notes.iter().map(|n| n.text.as_str()).collect();
    assert_eq!(texts.len(), NOTES_MAX);
    assert_eq!(
        texts[..4],
        ["Notitie 3", "Notitie 4", "Notitie 5", "Notitie 6"]
    );
    assert_eq!(texts[4].chars().count(), NOTE_MAX_CHARS);
    assert!(long.starts_with(texts[4]));
}

#[test]
fn the_streak_is_the_diary_s() {
    let diary = Diary::from_entries(vec![
        entry(1, "2026-11-30", ExerciseId::Bridge, 3, 3),
        entry(2, "2026-12-01", ExerciseId::Bridge, 3, 3),
    ]);
    let report = Report::build(&diary, &schedule(None), day(TODAY), Period::Weeks(4), false);
    assert_eq!(
        u32::from(report.current_streak),
        streaks(&diary, day(TODAY)).current
    );
    assert_eq!(report.current_streak, 2);
}

#[test]
fn entries_on_impossible_days_are_not_reported() {
    let noted = |n, on: &str, note: &str| DiaryEntry {
        note: note.into(),
        ..entry(n, on, ExerciseId::Bridge, 3, 3)
    };
    let real = vec![
        noted(1, "2026-11-30", "Ging goed"),
        noted(2, "2026-12-01", ""),
    ];
    let mut all = real.clone();
    all.extend([
        noted(3, "1999-12-31", "Oud"),
        noted(4, "2026-12-04", "Overmorgen"),
        noted(5, "9999-12-28", "Ver weg"),
    ]);
    let today = day(TODAY);
    let report = |entries| {
        Report::build(
            &Diary::from_entries(entries),
            &schedule(None),
            today,
            Period::Weeks(4),
            true,
        )
    };
    let with_impossible = report(all);
    assert_eq!(with_impossible, report(real));
    assert_eq!(with_impossible.current_streak, 2);
    let notes: Vec<_> = with_impossible
        .notes
        .iter()
        .map(|n| n.text.as_str())
        .collect();
    assert_eq!(notes, ["Ging goed"]);
}
