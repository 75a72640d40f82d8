//! The report link: the size of the largest report, examples for every
//! error, and property tests (any report round-trips; any bytes give a
//! report or an error, never a panic).

use proptest::prelude::*;

use super::*;
use crate::clinic::base64url;
use crate::diary::{Diary, DiaryEntry, PlannedExercise, Schedule};
use crate::exercises::Dose;
use crate::report::model::tests::{entry, schedule};
use crate::report::model::Period;

fn day(text: &str) -> Day {
    Day::parse(text).expect("a test date")
}

/// A few weeks of a diary, with a note.
fn report(with_notes: bool) -> Report {
    let diary = Diary::from_entries(vec![
        entry(1, "2026-11-16", ExerciseId::Bridge, 6, 5),
        entry(2, "2026-11-23", ExerciseId::Bridge, 5, 4),
        entry(3, "2026-11-23", ExerciseId::Walking, 5, 3),
        DiaryEntry {
            note: "Trap op ging beter.".into(),
            ..entry(4, "2026-12-01", ExerciseId::Walking, 3, 2)
        },
    ]);
    Report::build(
        &diary,
        &schedule(Some("2026-11-10")),
        day("2026-12-02"),
        Period::SinceStart,
        with_notes,
    )
}

/// Every exercise on every day of twelve weeks, at the widest doses.
fn largest_without_notes() -> Report {
    let today = day("2255-12-30");
    let exercises: Vec<_> = ExerciseId::ALL[..6]
        .iter()
        .map(|&exercise| PlannedExercise {
            exercise,
            dose: Dose::Hold {
                sets: 10,
                seconds: 600,
            },
        })
        .collect();
    let schedule = Schedule {
        exercises: exercises.clone(),
        days_per_week: 7,
        start: today.checked_plus_days(-200),
        note: String::new(),
        from_clinic: true,
    };
    let entries = (0..84)
        .flat_map(|back| {
            exercises
                .iter()
                .enumerate()
                .map(move |(i, planned)| DiaryEntry {
                    day: today
                        .checked_plus_days(-back)
                        .expect("a day on the calendar"),
                    exercise: planned.exercise,
                    ..entry(
                        back as u64 * 10 + i as u64,
                        "2026-01-01",
                        planned.exercise,
                        7,
                        3,
                    )
                })
        })
        .collect();
    Report::build(
        &Diary::from_entries(entries),
        &schedule,
        today,
        Period::Weeks(12),
        false,
    )
}

#[test]
fn a_report_survives_the_trip_through_a_link() {
    for report in [report(false), report(true)] {
        let payload = encode(&report).expect("a report encodes");
        assert_eq!(decode(&payload), Ok(report.clone()));
        assert_eq!(decode(&format!("#{payload}")), Ok(report));
    }
    assert_eq!(report(true).notes.len(), 1);
}

#[test]
fn links_made_by_this_release_keep_opening() {
    // Written by version 1 of the format. Never change this test: if it
    // fails, reports patients have sent stopped opening.
    let frozen = "AFIBACsAGgwCBAABAQMaCwoCAgEDCgoDABQAAAQACIAAkQAB__88MjIjHhR9GyGZ";
    assert_eq!(decode(frozen), Ok(report(false)));
    assert_eq!(encode(&report(false)).as_deref(), Some(frozen));
}

#[test]
fn the_largest_report_without_notes_fits_a_qr_code() {
    let largest = largest_without_notes();
    assert_eq!(largest.weeks.len(), 12);
    assert!(largest.weeks.iter().all(|w| w.per_exercise == vec![7; 6]));
    let payload = encode(&largest).unwrap();
    assert_eq!(payload.len(), 166);
    let url = link_url(
        "https://fysiotherapie-voorbeeldstad.nl",
        crate::routes::BasePath::from_base_href(Some("/heup-rug/")),
        &payload,
    );
    assert_eq!(url.len(), 222);
    assert!(url.len() <= 600);
    assert_eq!(decode(&payload), Ok(largest));
}

#[test]
fn the_largest_report_with_notes_fits_under_the_limit() {
    let mut largest = largest_without_notes();
    largest.schedule.exercises = ExerciseId::ALL
        .iter()
        .map(|&exercise| PlannedExercise::minutes(exercise, 480))
        .collect();
    for week in &mut largest.weeks {
        week.per_exercise = vec![7; ExerciseId::ALL.len()];
    }
    largest.notes = (0..NOTES_MAX)
        .map(|n| ReportNote {
            day: largest
                .today
                .checked_plus_days(-(n as i32))
                .expect("a day on the calendar"),
            exercise: ExerciseId::Bridge,
            text: "𝄞".repeat(NOTE_MAX_CHARS),
        })
        .rev()
        .collect();
    let payload = encode(&largest).unwrap();
    assert_eq!(payload.len(), 3443);
    assert!(payload.len() <= MAX_PAYLOAD_CHARS);
    assert_eq!(decode(&payload), Ok(largest));
}

#[test]
fn links_without_a_report_say_so() {
    let too_long = "A".repeat(MAX_PAYLOAD_CHARS + 1);
    let schedule_link = crate::clinic::link::encode(&schedule(None)).unwrap();
    let cases = [
        ("", ReportError::Empty),
        ("#", ReportError::Empty),
        (too_long.as_str(), ReportError::TooLong),
        ("AFIB+wUa", ReportError::NotALink),
        ("AFIA", ReportError::NotALink),
        ("AA", ReportError::Incomplete),
        (schedule_link.as_str(), ReportError::ScheduleLink),
    ];
    for (payload, error) in cases {
        assert_eq!(decode(payload), Err(error), "{payload:?}");
    }
}

#[test]
fn a_report_link_is_no_schedule_link() {
    let payload = encode(&report(false)).unwrap();
    assert_eq!(
        crate::clinic::link::decode(&payload),
        Err(LinkError::NotALink)
    );
}

#[test]
fn every_cut_off_link_is_reported_as_incomplete() {
    let payload = encode(&report(true)).unwrap();
    for end in 1..payload.len() {
        assert_eq!(
            decode(&payload[..end]),
            Err(ReportError::Incomplete),
            "cut after {end} characters"
        );
    }
}

#[test]
fn every_changed_bit_is_caught() {
    let bytes = base64url::decode(&encode(&report(true)).unwrap()).unwrap();
    for at in 0..bytes.len() {
        for bit in 0..8 {
            let mut changed = bytes.clone();
            changed[at] ^= 1 << bit;
            let result = decode(&base64url::encode(&changed));
            let expected = match at {
                0 | 1 => matches!(
                    result,
                    Err(ReportError::NotALink | ReportError::ScheduleLink)
                ),
                2 => matches!(
                    result,
                    Err(ReportError::NewerVersion(_) | ReportError::NotALink)
                ),
                3 | 4 => matches!(result, Err(ReportError::Incomplete | ReportError::Altered)),
                _ => result == Err(ReportError::Altered),
            };
            assert!(expected, "byte {at} bit {bit}: {result:?}");
        }
    }
}

#[test]
fn a_link_from_a_newer_app_is_recognised_before_anything_else() {
    for version in [2u8, 9, 255] {
        let bytes = [0, b'R', version, 0xde, 0xad];
        assert_eq!(
            decode(&base64url::encode(&bytes)),
            Err(ReportError::NewerVersion(version))
        );
    }
}

#[test]
fn intact_links_with_impossible_contents_are_refused() {
    // Flags, 2 Dec 2026, 1 week, streak 0, then a schedule of one bridge
    // (3 × 10, 3 days a week), then the week.
    let head = [0u8, 26, 12, 2, 1, 0, 0, 0, 3, 1, 2, 1, 3, 10];
    let week = |bits: [u8; 3], pain: [u8; 2]| -> Vec<u8> {
        head.iter().chain(&bits).chain(&pain).copied().collect()
    };
    let ok = week([0b1000_0000, 0, 0b1000_0000], [40, 30]);
    assert!(decode(&frame::seal(Kind::Report, 1, &ok)).is_ok());
    let cases: [(&str, Vec<u8>); 8] = [
        (
            "a day mark of 3",
            week([0b1100_0000, 0, 0b1000_0000], [40, 30]),
        ),
        (
            "a day after today logged",
            week([0b1000_0010, 0, 0b1000_0000], [40, 30]),
        ),
        (
            "the exercise on more days than any",
            week([0b1000_0000, 0b0000_0001, 0], [40, 30]),
        ),
        (
            "padding bits set",
            week([0b1000_0000, 0, 0b1000_0001], [40, 30]),
        ),
        (
            "pain over 10",
            week([0b1000_0000, 0, 0b1000_0000], [101, 30]),
        ),
        (
            "half a missing pain",
            week([0b1000_0000, 0, 0b1000_0000], [255, 30]),
        ),
        ("0 weeks", [&head[..4], &[0], &head[5..]].concat()),
        ("an unknown flag", [&[2], &ok[1..]].concat()),
    ];
    for (what, body) in cases {
        assert_eq!(
            decode(&frame::seal(Kind::Report, 1, &body)),
            Err(ReportError::NotAReport),
            "{what}"
        );
    }
    let trailing = [&ok[..], &[0]].concat();
    assert_eq!(
        decode(&frame::seal(Kind::Report, 1, &trailing)),
        Err(ReportError::NotAReport)
    );
}

#[test]
fn builds_the_full_address_under_any_base() {
    let sub = crate::routes::BasePath::from_base_href(Some("/heup-rug/"));
    assert_eq!(
        link_url("https://rugcentrum.nl", sub, "AFIB"),
        "https://rugcentrum.nl/heup-rug/verslag#AFIB"
    );
}

/// Any diary of up to a hundred days, any schedule, any period.
fn any_report() -> impl Strategy<Value = Report> {
    let exercises =
        proptest::sample::subsequence(ExerciseId::ALL.to_vec(), 1..=ExerciseId::ALL.len())
            .prop_shuffle()
            .prop_map(|ids| {
                ids.into_iter()
                    .map(|id| PlannedExercise::reps(id, 3, 10))
                    .collect::<Vec<_>>()
            });
    let entries = proptest::collection::vec(
        (
            0..100i32,
            0..ExerciseId::ALL.len(),
            0..=10u8,
            0..=10u8,
            proptest::option::of("\\PC{1,200}"),
        ),
        0..60,
    );
    let period = prop_oneof![
        Just(Period::SinceStart),
        (1..=MAX_WEEKS).prop_map(Period::Weeks)
    ];
    (
        exercises,
        1..=7u8,
        proptest::option::of(-120..30i32),
        entries,
        period,
        any::<bool>(),
        0..3000i32,
    )
        .prop_map(
            |(exercises, days_per_week, start, entries, period, notes, today)| {
                let today = day("2026-01-01")
                    .checked_plus_days(today)
                    .expect("a day on the calendar");
                let schedule = Schedule {
                    exercises,
                    days_per_week,
                    start: start.map(|days| {
                        today
                            .checked_plus_days(days)
                            .expect("a day on the calendar")
                    }),
                    note: "Rustig aan.".into(),
                    from_clinic: true,
                };
                let entries = entries
                    .into_iter()
                    .enumerate()
                    .map(|(n, (back, exercise, before, after, note))| DiaryEntry {
                        day: today
                            .checked_plus_days(-back)
                            .expect("a day on the calendar"),
                        note: note.unwrap_or_default(),
                        ..entry(
                            n as u64,
                            "2026-01-01",
                            ExerciseId::ALL[exercise],
                            before,
                            after,
                        )
                    })
                    .collect();
                Report::build(
                    &Diary::from_entries(entries),
                    &schedule,
                    today,
                    period,
                    notes,
                )
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn any_report_survives_the_trip_through_a_link(report in any_report()) {
        let payload = encode(&report).expect("a report encodes");
        prop_assert!(payload.len() <= MAX_PAYLOAD_CHARS);
        prop_assert_eq!(decode(&payload), Ok(report));
    }

    #[test]
    fn any_cut_report_link_is_incomplete(report in any_report(), cut in 1usize..4000) {
        let payload = encode(&report).expect("a report encodes");
        let end = cut % payload.len();
        prop_assume!(end > 0);
        prop_assert_eq!(decode(&payload[..end]), Err(ReportError::Incomplete));
    }

    #[test]
    fn any_bytes_decode_to_a_report_or_an_error(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = decode_bytes(&bytes);
    }

    #[test]
    fn any_sealed_body_decodes_to_a_report_or_an_error(body in proptest::collection::vec(any::<u8>(), 0..300)) {
        // Random bytes rarely pass the checksum; sealing them reaches the body reader.
        if let Ok(report) = decode(&frame::seal(Kind::Report, 1, &body)) {
            prop_assert!(report.schedule.is_valid());
            prop_assert!(encode(&report).is_some());
        }
    }

    #[test]
    fn any_text_decodes_to_a_report_or_an_error(text in "\\PC{0,300}|[A-Za-z0-9_-]{0,900}") {
        let _ = decode(&text);
    }
}
