//! Calendar files (iCalendar, RFC 5545) for a repeating reminder: one
//! event in the Europe/Amsterdam time zone with its rules for summer and
//! winter time, repeating daily or on chosen weekdays, with an alarm and a
//! link back to the app. Written by hand: the format is a few lines, and
//! its fussy parts (CRLF line ends, folding at 75 octets without splitting
//! a character, escaping) are tested here.

use crate::calendar::Day;

/// The time zone every reminder is in: the clinic's.
pub const TIME_ZONE: &str = "Europe/Amsterdam";

/// The time zone's definition: CET in winter, CEST from the last Sunday of
/// March (02:00) to the last Sunday of October (03:00), the EU rule since
/// 1996. Calendar apps need it to place `TZID=Europe/Amsterdam` times.
const VTIMEZONE: [&str; 16] = [
    "BEGIN:VTIMEZONE",
    "TZID:Europe/Amsterdam",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19810329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19961027T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
];

/// The weekdays in RFC 5545's words, Monday first.
const WEEKDAYS: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

/// A time on the clock, 00:00–23:59.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TimeOfDay {
    hour: u8,
    minute: u8,
}

impl TimeOfDay {
    /// The time `hour:minute`, if it exists.
    pub fn new(hour: u8, minute: u8) -> Option<TimeOfDay> {
        (hour < 24 && minute < 60).then_some(TimeOfDay { hour, minute })
    }

    /// Reads `"HH:MM"`, as a time field gives it (seconds, if any, ignored).
    pub fn parse(text: &str) -> Option<TimeOfDay> {
        let mut parts = text.trim().split(':');
        let (hour, minute) = (parts.next()?, parts.next()?);
        if hour.len() != 2 || minute.len() != 2 {
            return None;
        }
        TimeOfDay::new(hour.parse().ok()?, minute.parse().ok()?)
    }

    /// `"HH:MM"`, for a time field.
    pub fn field_value(self) -> String {
        format!("{:02}:{:02}", self.hour, self.minute)
    }
}

/// How an event repeats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Repeat {
    Daily,
    /// On the weekdays that are `true`, Monday first.
    Weekly([bool; 7]),
}

/// A repeating event with an alarm at its start.
#[derive(Clone, Debug)]
pub struct RepeatingEvent<'a> {
    /// Stays the same for the same reminder, so downloading it again
    /// updates the event instead of adding a second one.
    pub uid: &'a str,
    /// When the file is made, milliseconds since 1970 (UTC).
    pub made_at_millis: i64,
    /// The first day; it should be one the rule repeats on.
    pub first_day: Day,
    pub time: TimeOfDay,
    pub minutes: u16,
    pub repeat: Repeat,
    pub summary: &'a str,
    pub description: &'a str,
    /// The page the event opens.
    pub url: &'a str,
}

/// Escapes a TEXT value: backslash, semicolon, comma and line breaks.
pub fn escape_text(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len() + 8);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => escaped.push_str("\\\\"),
            ';' => escaped.push_str("\\;"),
            ',' => escaped.push_str("\\,"),
            '\r' => {
                // A CRLF is one line break.
                if chars.peek() != Some(&'\n') {
                    escaped.push_str("\\n");
                }
            }
            '\n' => escaped.push_str("\\n"),
            c => escaped.push(c),
        }
    }
    escaped
}

/// Appends one content line, folded so no line exceeds 75 octets (a
/// continuation starts with a space), never inside a UTF-8 character, and
/// ended with CRLF.
fn push_line(out: &mut String, line: &str) {
    const LIMIT: usize = 75;
    let mut rest = line;
    let mut room = LIMIT;
    loop {
        if rest.len() <= room {
            out.push_str(rest);
            out.push_str("\r\n");
            return;
        }
        let mut cut = room;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        out.push_str(&rest[..cut]);
        out.push_str("\r\n ");
        rest = &rest[cut..];
        // The leading space counts towards the next line's 75.
        room = LIMIT - 1;
    }
}

/// `YYYYMMDD`.
fn date_value(day: Day) -> String {
    format!(
        "{:04}{:02}{:02}",
        day.year(),
        day.month(),
        day.day_of_month()
    )
}

/// A UTC time stamp, `YYYYMMDDTHHMMSSZ`.
fn utc_stamp(millis: i64) -> String {
    let seconds_of_day = millis.div_euclid(1000).rem_euclid(86_400);
    format!(
        "{}T{:02}{:02}{:02}Z",
        date_value(Day::at(millis, 0)),
        seconds_of_day / 3600,
        seconds_of_day / 60 % 60,
        seconds_of_day % 60
    )
}

fn rule(repeat: Repeat) -> String {
    match repeat {
        Repeat::Daily => "RRULE:FREQ=DAILY".to_owned(),
        Repeat::Weekly(days) => {
            let by_day: Vec<&str> = WEEKDAYS
                .iter()
                .zip(days)
                .filter_map(|(name, on)| on.then_some(*name))
                .collect();
            format!("RRULE:FREQ=WEEKLY;BYDAY={}", by_day.join(","))
        }
    }
}

/// The calendar file with `event`, ready to save as `.ics`.
pub fn calendar_file(event: &RepeatingEvent) -> String {
    let mut out = String::with_capacity(1500);
    let lines = [
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        concat!("PRODID:-//", clinic_name!(), "//Heup & Rug//NL").to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
    ];
    for line in lines
        .iter()
        .map(String::as_str)
        .chain(VTIMEZONE)
        .chain(["END:VTIMEZONE"])
    {
        push_line(&mut out, line);
    }
    let summary = escape_text(event.summary);
    let event_lines = [
        "BEGIN:VEVENT".to_owned(),
        format!("UID:{}", event.uid),
        format!("DTSTAMP:{}", utc_stamp(event.made_at_millis)),
        format!(
            "DTSTART;TZID={TIME_ZONE}:{}T{:02}{:02}00",
            date_value(event.first_day),
            event.time.hour,
            event.time.minute
        ),
        format!("DURATION:PT{}M", event.minutes),
        rule(event.repeat),
        format!("SUMMARY:{summary}"),
        format!("DESCRIPTION:{}", escape_text(event.description)),
        format!("URL:{}", event.url),
        "BEGIN:VALARM".to_owned(),
        "ACTION:DISPLAY".to_owned(),
        format!("DESCRIPTION:{summary}"),
        "TRIGGER:PT0M".to_owned(),
        "END:VALARM".to_owned(),
        "END:VEVENT".to_owned(),
        "END:VCALENDAR".to_owned(),
    ];
    for line in &event_lines {
        push_line(&mut out, line);
    }
    out
}

#[cfg(test)]
mod tests;
