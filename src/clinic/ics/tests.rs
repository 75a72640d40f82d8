//! The calendar file against RFC 5545: CRLF line ends, folding at 75
//! octets, TEXT escaping, the repeat rules, the time zone blocks.

use super::*;

fn event(repeat: Repeat) -> RepeatingEvent<'static> {
    RepeatingEvent {
        uid: "oefenherinnering@rugcentrum.nl",
        // 25 November 2026, 18:15:30 UTC.
        made_at_millis: 1_795_630_530_000,
        first_day: Day::parse("2026-11-30").unwrap(),
        time: TimeOfDay::new(19, 5).unwrap(),
        minutes: 15,
        repeat,
        summary: "Oefenen: heup, rug; en meer",
        description:
            "Tijd voor je oefeningen.\nOpen je dagboek: https://rugcentrum.nl/heup-rug/dagboek",
        url: "https://rugcentrum.nl/heup-rug/dagboek",
    }
}

/// The content lines of a file: unfolded (RFC 5545 §3.1), without CRLF.
fn unfolded(file: &str) -> Vec<String> {
    file.replace("\r\n ", "")
        .split("\r\n")
        .filter(|line| !line.is_empty())
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_line_ends_in_crlf_and_no_line_is_longer_than_75_octets() {
    let file = calendar_file(&event(Repeat::Daily));
    assert!(file.ends_with("\r\n"));
    assert!(
        !file.replace("\r\n", "").contains(['\r', '\n']),
        "a bare CR or LF"
    );
    for line in file.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
    }
}

#[test]
fn long_lines_fold_without_splitting_a_character() {
    for text in [
        "a".repeat(200),
        "é".repeat(100),
        "x€".repeat(60),
        "😀".repeat(40),
    ] {
        let mut out = String::new();
        push_line(&mut out, &format!("DESCRIPTION:{text}"));
        let physical: Vec<&str> = out.trim_end_matches("\r\n").split("\r\n").collect();
        assert!(physical.len() > 1, "{text} was not folded");
        for (i, line) in physical.iter().enumerate() {
            assert!(line.len() <= 75, "{} octets", line.len());
            assert_eq!(
                i > 0,
                line.starts_with(' '),
                "continuations start with a space"
            );
        }
        // Lines are filled: only a character that does not fit moves on.
        assert!(physical[0].len() > 71, "{}", physical[0].len());
        assert_eq!(unfolded(&out), vec![format!("DESCRIPTION:{text}")]);
    }
}

#[test]
fn a_line_of_exactly_75_octets_is_not_folded() {
    let line = format!("SUMMARY:{}", "a".repeat(67));
    let mut out = String::new();
    push_line(&mut out, &line);
    assert_eq!(out, format!("{line}\r\n"));
}

#[test]
fn text_values_are_escaped() {
    let cases = [
        ("gewoon", "gewoon"),
        ("a,b;c", "a\\,b\\;c"),
        ("C:\\map", "C:\\\\map"),
        ("regel 1\nregel 2", "regel 1\\nregel 2"),
        ("regel 1\r\nregel 2", "regel 1\\nregel 2"),
        ("regel 1\rregel 2", "regel 1\\nregel 2"),
        ("https://x.nl/a?b=1", "https://x.nl/a?b=1"),
    ];
    for (text, escaped) in cases {
        assert_eq!(escape_text(text), escaped, "{text:?}");
    }
}

#[test]
fn a_weekly_reminder_repeats_on_the_chosen_days_in_amsterdam_time() {
    let days = [true, false, true, false, true, false, false];
    let lines = unfolded(&calendar_file(&event(Repeat::Weekly(days))));
    let expected = [
        "UID:oefenherinnering@rugcentrum.nl",
        "DTSTAMP:20261125T181530Z",
        "DTSTART;TZID=Europe/Amsterdam:20261130T190500",
        "DURATION:PT15M",
        "RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR",
        "SUMMARY:Oefenen: heup\\, rug\\; en meer",
        "DESCRIPTION:Tijd voor je oefeningen.\\nOpen je dagboek: https://rugcentrum.nl/heup-rug/dagboek",
        "URL:https://rugcentrum.nl/heup-rug/dagboek",
    ];
    for line in expected {
        assert!(lines.iter().any(|l| l == line), "missing {line}");
    }
}

#[test]
fn a_daily_reminder_repeats_every_day() {
    let lines = unfolded(&calendar_file(&event(Repeat::Daily)));
    assert!(lines.iter().any(|l| l == "RRULE:FREQ=DAILY"));
    // One rule for the event; the time zone's yearly rules aside.
    let rules = lines
        .iter()
        .filter(|l| l.starts_with("RRULE:") && !l.contains("YEARLY"));
    assert_eq!(rules.count(), 1);
}

#[test]
fn the_file_is_a_calendar_with_a_time_zone_an_event_and_an_alarm() {
    let lines = unfolded(&calendar_file(&event(Repeat::Daily)));
    assert_eq!(lines.first().map(String::as_str), Some("BEGIN:VCALENDAR"));
    assert_eq!(lines.last().map(String::as_str), Some("END:VCALENDAR"));
    assert!(lines.contains(&"VERSION:2.0".to_owned()));
    assert!(lines.iter().any(|l| l.starts_with("PRODID:")));
    // Components open and close in order.
    let mut open = Vec::new();
    for line in &lines {
        if let Some(name) = line.strip_prefix("BEGIN:") {
            open.push(name.to_owned());
        } else if let Some(name) = line.strip_prefix("END:") {
            assert_eq!(
                open.pop().as_deref(),
                Some(name),
                "END:{name} closes nothing"
            );
        }
    }
    assert!(open.is_empty(), "{open:?} left open");
    let block = |name: &str| -> Vec<String> {
        let start = lines
            .iter()
            .position(|l| *l == format!("BEGIN:{name}"))
            .unwrap();
        let end = lines
            .iter()
            .position(|l| *l == format!("END:{name}"))
            .unwrap();
        lines[start + 1..end].to_vec()
    };
    let timezone = block("VTIMEZONE");
    assert!(timezone.contains(&"TZID:Europe/Amsterdam".to_owned()));
    let summer = block("DAYLIGHT");
    for line in [
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    ] {
        assert!(summer.contains(&line.to_owned()), "summer time: {line}");
    }
    let winter = block("STANDARD");
    for line in [
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    ] {
        assert!(winter.contains(&line.to_owned()), "winter time: {line}");
    }
    let alarm = block("VALARM");
    assert!(alarm.contains(&"ACTION:DISPLAY".to_owned()));
    assert!(alarm.contains(&"TRIGGER:PT0M".to_owned()));
    assert!(
        alarm.iter().any(|l| l.starts_with("DESCRIPTION:")),
        "a display alarm needs a text"
    );
}

#[test]
fn times_of_day_are_read_from_a_time_field() {
    let cases = [
        ("19:00", Some((19, 0))),
        ("07:30", Some((7, 30))),
        ("00:00", Some((0, 0))),
        ("23:59:30", Some((23, 59))),
        ("24:00", None),
        ("12:60", None),
        ("7:30", None),
        ("", None),
        ("zeven uur", None),
    ];
    for (text, expected) in cases {
        let parsed = TimeOfDay::parse(text);
        assert_eq!(
            parsed,
            expected.and_then(|(h, m)| TimeOfDay::new(h, m)),
            "{text}"
        );
        if let Some(time) = parsed {
            assert_eq!(TimeOfDay::parse(&time.field_value()), Some(time));
        }
    }
}

#[test]
fn time_stamps_are_in_utc() {
    assert_eq!(utc_stamp(0), "19700101T000000Z");
    assert_eq!(utc_stamp(1_795_649_400_000), "20261125T233000Z");
}
