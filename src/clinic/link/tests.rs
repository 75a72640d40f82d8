//! The clinic link's format: examples for every error, a link from this
//! release frozen so later releases keep opening it, and property tests
//! (every byte string decodes to a valid schedule or an error, never a
//! panic; encoding then decoding gives back every valid schedule).

use proptest::prelude::*;

use super::*;
use crate::clinic::base64url;

fn planned(exercise: ExerciseId, dose: Dose) -> PlannedExercise {
    PlannedExercise { exercise, dose }
}

fn schedule() -> Schedule {
    Schedule {
        exercises: vec![
            planned(ExerciseId::Bridge, Dose::Reps { sets: 3, reps: 10 }),
            planned(
                ExerciseId::HipFlexorStretch,
                Dose::Hold {
                    sets: 2,
                    seconds: 30,
                },
            ),
            planned(ExerciseId::Walking, Dose::Minutes { minutes: 20 }),
        ],
        days_per_week: 5,
        start: Day::parse("2026-12-01"),
        note: "Rustig opbouwen; stop bij pijn.".into(),
        from_clinic: true,
    }
}

/// The bytes of a payload, to change them by hand.
fn bytes_of(payload: &str) -> Vec<u8> {
    base64url::decode(payload).expect("a payload the encoder wrote")
}

#[test]
fn a_schedule_survives_the_trip_through_a_link() {
    let cases = [
        schedule(),
        Schedule {
            start: None,
            note: String::new(),
            ..schedule()
        },
        Schedule {
            exercises: vec![planned(
                ExerciseId::SittingBreak,
                Dose::Minutes { minutes: 1 },
            )],
            days_per_week: 7,
            note: "Één keer per uur opstaan, ook op zondag ☀".into(),
            ..schedule()
        },
    ];
    for schedule in cases {
        let payload = encode(&schedule).expect("a valid schedule encodes");
        assert!(
            payload
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'),
            "{payload} needs no escaping in a URL"
        );
        assert_eq!(decode(&payload), Ok(schedule.clone()));
        assert_eq!(decode(&format!("#{payload}")), Ok(schedule));
    }
}

#[test]
fn links_made_by_this_release_keep_opening() {
    // Written by release 1 of the format. Never change this test: if it
    // fails, links in patients' mailboxes have stopped working.
    let frozen = "AQA4AwUaDAEDAgEDCgkCAgAeCgMAFAAfUnVzdGlnIG9wYm91d2VuOyBzdG9wIGJpaiBwaWpuLnpXLRI";
    assert_eq!(decode(frozen), Ok(schedule()));
    assert_eq!(encode(&schedule()).as_deref(), Some(frozen));
}

#[test]
fn a_typical_schedule_makes_a_short_link() {
    let payload = encode(&schedule()).unwrap();
    assert!(payload.len() < 100, "{} characters", payload.len());
}

#[test]
fn the_largest_schedule_fits_under_the_limit() {
    let largest = Schedule {
        exercises: ExerciseId::ALL
            .into_iter()
            .map(|id| {
                planned(
                    id,
                    Dose::Hold {
                        sets: 10,
                        seconds: 600,
                    },
                )
            })
            .collect(),
        days_per_week: 7,
        start: Day::parse("2255-12-31"),
        note: "𝄞".repeat(crate::diary::schedule::SCHEDULE_NOTE_MAX_CHARS),
        from_clinic: true,
    };
    let payload = encode(&largest).unwrap();
    assert_eq!(payload.len(), 1694);
    assert!(payload.len() <= MAX_PAYLOAD_CHARS);
    assert_eq!(decode(&payload), Ok(largest));
}

#[test]
fn schedules_a_link_cannot_carry_are_not_encoded() {
    let cases = [
        Schedule {
            exercises: vec![],
            ..schedule()
        },
        Schedule {
            start: Day::parse("1999-12-31"),
            ..schedule()
        },
        Schedule {
            start: Day::parse("2256-01-01"),
            ..schedule()
        },
    ];
    for schedule in cases {
        assert_eq!(encode(&schedule), None, "{schedule:?}");
    }
}

#[test]
fn links_without_a_schedule_say_so() {
    let too_long = "A".repeat(MAX_PAYLOAD_CHARS + 1);
    let cases = [
        ("", LinkError::Empty),
        ("#", LinkError::Empty),
        ("  ", LinkError::Empty),
        (too_long.as_str(), LinkError::TooLong),
        ("AQAy+wUa", LinkError::NotALink),
        ("AQAy%20", LinkError::NotALink),
        ("AA", LinkError::NotALink),
    ];
    for (payload, error) in cases {
        assert_eq!(decode(payload), Err(error), "{payload:?}");
    }
}

#[test]
fn every_cut_off_link_is_reported_as_incomplete() {
    let payload = encode(&schedule()).unwrap();
    for end in 1..payload.len() {
        assert_eq!(
            decode(&payload[..end]),
            Err(LinkError::Incomplete),
            "cut after {end} characters"
        );
    }
}

#[test]
fn every_changed_bit_is_caught() {
    let bytes = bytes_of(&encode(&schedule()).unwrap());
    for at in 0..bytes.len() {
        for bit in 0..8 {
            let mut changed = bytes.clone();
            changed[at] ^= 1 << bit;
            let result = decode(&base64url::encode(&changed));
            let expected = match at {
                0 => matches!(
                    result,
                    Err(LinkError::NewerVersion(_) | LinkError::NotALink)
                ),
                1 | 2 => matches!(result, Err(LinkError::Incomplete | LinkError::Altered)),
                _ => result == Err(LinkError::Altered),
            };
            assert!(expected, "byte {at} bit {bit}: {result:?}");
        }
    }
}

#[test]
fn a_changed_character_or_added_text_is_caught() {
    let payload = encode(&schedule()).unwrap();
    // A typo in the middle: one character swapped for another.
    let mut typo = payload.clone().into_bytes();
    typo[30] = if typo[30] == b'x' { b'y' } else { b'x' };
    let typo = String::from_utf8(typo).unwrap();
    assert_eq!(decode(&typo), Err(LinkError::Altered));
    assert_eq!(decode(&format!("{payload}AAAA")), Err(LinkError::Altered));
}

#[test]
fn a_link_from_a_newer_app_is_recognised_before_anything_else() {
    for version in [2u8, 9, 255] {
        // A newer format may change everything after its first byte.
        let mut bytes = vec![version];
        bytes.extend([0xde, 0xad, 0xbe, 0xef]);
        assert_eq!(
            decode(&base64url::encode(&bytes)),
            Err(LinkError::NewerVersion(version))
        );
    }
}

#[test]
fn unknown_exercises_are_named_not_dropped() {
    // Bridge (2) and two codes a later release might add.
    let body = [0, 3, 3, 2, 1, 3, 10, 12, 1, 2, 8, 200, 3, 0, 15];
    assert_eq!(
        decode(&seal(&body)),
        Err(LinkError::UnknownExercises(vec![12, 200]))
    );
}

#[test]
fn intact_links_with_impossible_contents_are_refused() {
    let cases: [(&str, &[u8]); 12] = [
        ("no exercises", &[0, 3, 0]),
        ("0 days a week", &[0, 0, 1, 2, 1, 3, 10]),
        ("8 days a week", &[0, 8, 1, 2, 1, 3, 10]),
        ("0 sets", &[0, 3, 1, 2, 1, 0, 10]),
        ("an exercise twice", &[0, 3, 2, 2, 1, 3, 10, 2, 1, 2, 10]),
        ("an unknown dose kind", &[0, 3, 1, 2, 9, 3, 10]),
        (
            "a day that does not exist",
            &[1, 3, 26, 2, 30, 1, 2, 1, 3, 10],
        ),
        ("a byte too many", &[0, 3, 1, 2, 1, 3, 10, 0]),
        ("too few bytes", &[0, 3, 1, 2, 1, 3]),
        (
            "a note that is not UTF-8",
            &[2, 3, 1, 2, 1, 3, 10, 0, 2, 0xc3, 0x28],
        ),
        ("an empty note", &[2, 3, 1, 2, 1, 3, 10, 0, 0]),
        ("an unknown flag", &[4, 3, 1, 2, 1, 3, 10]),
    ];
    for (what, body) in cases {
        assert_eq!(decode(&seal(body)), Err(LinkError::NotASchedule), "{what}");
    }
    let long_note = "x".repeat(crate::diary::schedule::SCHEDULE_NOTE_MAX_CHARS + 1);
    let mut body = vec![2, 3, 1, 2, 1, 3, 10];
    body.extend(u16::try_from(long_note.len()).unwrap().to_be_bytes());
    body.extend(long_note.as_bytes());
    assert_eq!(decode(&seal(&body)), Err(LinkError::NotASchedule));
}

#[test]
fn builds_the_full_address_under_any_base() {
    let sub = crate::routes::BasePath::from_base_href(Some("/heup-rug/"));
    assert_eq!(
        link_url("https://rugcentrum.nl", sub, "AQAy"),
        "https://rugcentrum.nl/heup-rug/schema#AQAy"
    );
    assert_eq!(
        link_url(
            "http://127.0.0.1:8080",
            crate::routes::BasePath::ROOT,
            "AQAy"
        ),
        "http://127.0.0.1:8080/schema#AQAy"
    );
}

fn any_dose() -> impl Strategy<Value = Dose> {
    prop_oneof![
        (1..=10u8, 1..=100u8).prop_map(|(sets, reps)| Dose::Reps { sets, reps }),
        (1..=10u8, 1..=600u16).prop_map(|(sets, seconds)| Dose::Hold { sets, seconds }),
        (1..=480u16).prop_map(|minutes| Dose::Minutes { minutes }),
    ]
}

/// Any schedule a physiotherapist can make: any exercises in any order.
fn any_valid_schedule() -> impl Strategy<Value = Schedule> {
    let exercises =
        proptest::sample::subsequence(ExerciseId::ALL.to_vec(), 1..=ExerciseId::ALL.len())
            .prop_shuffle()
            .prop_flat_map(|ids| {
                let count = ids.len();
                (Just(ids), proptest::collection::vec(any_dose(), count))
            })
            .prop_map(|(ids, doses)| {
                ids.into_iter()
                    .zip(doses)
                    .map(|(exercise, dose)| PlannedExercise { exercise, dose })
                    .collect::<Vec<_>>()
            });
    let start = proptest::option::of((2000..=2255i32, 1..=12u8, 1..=31u8))
        .prop_map(|date| date.and_then(|(y, m, d)| Day::from_ymd(y, m, d)));
    let note = proptest::collection::vec(any::<char>(), 0..=300).prop_map(String::from_iter);
    (exercises, 1..=7u8, start, note).prop_map(|(exercises, days_per_week, start, note)| Schedule {
        exercises,
        days_per_week,
        start,
        note,
        from_clinic: true,
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn encoding_then_decoding_gives_back_every_valid_schedule(schedule in any_valid_schedule()) {
        let payload = encode(&schedule).expect("a valid schedule encodes");
        prop_assert!(payload.len() <= MAX_PAYLOAD_CHARS);
        prop_assert_eq!(decode(&payload), Ok(schedule));
    }

    #[test]
    fn any_bytes_decode_to_a_valid_schedule_or_an_error(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        if let Ok(schedule) = decode_bytes(&bytes) {
            prop_assert!(schedule.is_valid() && schedule.from_clinic);
        }
    }

    #[test]
    fn any_sealed_body_decodes_to_a_valid_schedule_or_an_error(body in proptest::collection::vec(any::<u8>(), 0..400)) {
        // Random bytes rarely pass the checksum; sealing them reaches the body reader.
        if let Ok(schedule) = decode(&seal(&body)) {
            prop_assert!(schedule.is_valid() && schedule.from_clinic);
        }
    }

    #[test]
    fn any_text_decodes_to_a_valid_schedule_or_an_error(text in "\\PC{0,300}|[A-Za-z0-9_-]{0,2100}") {
        if let Ok(schedule) = decode(&text) {
            prop_assert!(schedule.is_valid());
        }
    }
}
