//! The report link's format: a [`Report`] packed into bytes and written as
//! base64url in the URL fragment, `<app>/verslag#<payload>`. The fragment
//! never reaches a server. The envelope (kind, version, length, CRC-32) is
//! the one the schedule link uses ([`crate::clinic::frame`]); a report
//! starts with `0 'R'`, so neither link is ever taken for the other.
//!
//! Body, version 1 (numbers big-endian):
//!
//! | bytes | what |
//! | --- | --- |
//! | 1 | flags: bit 0 notes follow; other bits 0 |
//! | 3 | the day the report was made: year − 2000, month, day |
//! | 1 | weeks (1–12); the last is the one that day falls in |
//! | 2 | current streak in days |
//! | n | the schedule, as in the schedule link's body, without its note |
//! | bits | per week, Monday first: 7 days of 2 bits (0 nothing, 1 part, 2 all done; days after the report's day 0), then per exercise of the schedule 3 bits, the days it was logged (0–7); all weeks in one run, the last byte padded with 0 bits |
//! | 2 per week | average pain before and after, in tenths (0–100); 255 255 when nothing was logged |
//! | if flagged | how many notes (1–5), then per note: days since the first Monday, exercise link code, length in bytes as u16, UTF-8 (at most 120 characters) |
//!
//! The largest report without notes (12 weeks, 6 exercises) is 124 bytes,
//! 166 characters (measured in the tests): with a clinic's address in front
//! the whole link stays far under the 600 characters that keep its QR code
//! easy to scan from a phone screen.

use super::model::{
    PainAverage, Report, ReportNote, ReportWeek, MAX_WEEKS, NOTES_MAX, NOTE_MAX_CHARS,
};
use crate::calendar::Day;
use crate::clinic::frame::{self, FrameError, Kind, Reader};
use crate::clinic::link::{read_schedule, write_schedule, LinkError};
use crate::diary::stats::DayMark;
use crate::exercises::ExerciseId;

/// The format version this release writes and the newest it reads.
pub const FORMAT_VERSION: u8 = 1;

/// The app path that opens a report link; the payload is its fragment.
pub const REPORT_PATH: &str = "/verslag";

/// The longest payload (in characters) the app reads. The largest report
/// (12 weeks, all 11 exercises, 5 notes of 120 four-byte characters) takes
/// 3,443; anything over this limit is refused before it is decoded.
pub const MAX_PAYLOAD_CHARS: usize = 4000;

const FLAG_NOTES: u8 = 0b1;
const NO_PAIN: u8 = 255;
const MAX_TENTHS: u8 = 100;

/// Why a link gives no report. The page says which, in plain words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReportError {
    /// Nothing after the `#`.
    Empty,
    /// Longer than any report can be.
    TooLong,
    /// Characters or bytes no report link has.
    NotALink,
    /// A schedule link, opened as a report.
    ScheduleLink,
    /// Shorter than it says it is: cut off.
    Incomplete,
    /// The checksum does not match: the link was changed.
    Altered,
    /// Made by a newer version of the app (this format version).
    NewerVersion(u8),
    /// Exercises this version of the app does not know, by link code.
    UnknownExercises(Vec<u8>),
    /// Intact, but not a report that can be (a week with 9 days, …).
    NotAReport,
}

impl From<FrameError> for ReportError {
    fn from(error: FrameError) -> ReportError {
        match error {
            FrameError::Empty => ReportError::Empty,
            FrameError::TooLong => ReportError::TooLong,
            FrameError::NotALink => ReportError::NotALink,
            FrameError::OtherKind => ReportError::ScheduleLink,
            FrameError::Incomplete => ReportError::Incomplete,
            FrameError::Altered => ReportError::Altered,
            FrameError::NewerVersion(version) => ReportError::NewerVersion(version),
        }
    }
}

/// The payload for `report`: what follows `#` in the link. `None` for a
/// report the format cannot carry (a year outside 2000–2255, more weeks or
/// notes than a report has).
pub fn encode(report: &Report) -> Option<String> {
    let weeks = u8::try_from(report.weeks.len()).ok()?;
    if !(1..=MAX_WEEKS).contains(&weeks)
        || report.notes.len() > NOTES_MAX
        || !report.schedule.note.is_empty()
    {
        return None;
    }
    let mut body = Vec::with_capacity(64);
    let flags = if report.notes.is_empty() {
        0
    } else {
        FLAG_NOTES
    };
    body.push(flags);
    write_day(report.today, &mut body)?;
    body.push(weeks);
    body.extend(report.current_streak.to_be_bytes());
    write_schedule(&report.schedule, &mut body)?;
    let mut bits = Bits::default();
    for week in &report.weeks {
        for mark in week.days {
            bits.push(mark_bits(mark), 2);
        }
        for &days in &week.per_exercise {
            bits.push(days.min(7), 3);
        }
    }
    body.extend(bits.bytes);
    for week in &report.weeks {
        match week.pain {
            Some(pain) => body.extend([pain.before_tenths, pain.after_tenths]),
            None => body.extend([NO_PAIN, NO_PAIN]),
        }
    }
    if !report.notes.is_empty() {
        body.push(u8::try_from(report.notes.len()).ok()?);
        for note in &report.notes {
            body.push(u8::try_from(report.from().days_until(note.day)).ok()?);
            body.push(note.exercise.code());
            body.extend(u16::try_from(note.text.len()).ok()?.to_be_bytes());
            body.extend(note.text.as_bytes());
        }
    }
    Some(frame::seal(Kind::Report, FORMAT_VERSION, &body))
}

/// Reads a payload (the fragment, with or without its `#`) back into the
/// report it carries.
pub fn decode(payload: &str) -> Result<Report, ReportError> {
    decode_bytes(&frame::payload_bytes(payload, MAX_PAYLOAD_CHARS)?)
}

/// Reads the bytes of a payload. Every byte string gives either a report
/// or an error (property-tested).
pub fn decode_bytes(bytes: &[u8]) -> Result<Report, ReportError> {
    let (_, body) = frame::open(Kind::Report, FORMAT_VERSION, bytes)?;
    let mut reader = Reader(body);
    let head = (|| {
        let flags = reader.byte()?;
        let today = read_day(&mut reader)?;
        let weeks = reader.byte()?;
        let streak = reader.u16()?;
        (flags & !FLAG_NOTES == 0 && (1..=MAX_WEEKS).contains(&weeks))
            .then_some((flags, today, weeks, streak))
    })();
    let (flags, today, weeks, current_streak) = head.ok_or(ReportError::NotAReport)?;
    let schedule = read_schedule(&mut reader).map_err(|error| match error {
        LinkError::UnknownExercises(codes) => ReportError::UnknownExercises(codes),
        _ => ReportError::NotAReport,
    })?;
    if !schedule.note.is_empty() {
        return Err(ReportError::NotAReport);
    }
    let exercises = schedule.exercises.len();
    let mut report = Report {
        today,
        schedule,
        current_streak,
        weeks: Vec::new(),
        notes: Vec::new(),
    };
    read_weeks(&mut reader, &mut report, weeks, exercises).ok_or(ReportError::NotAReport)?;
    if flags & FLAG_NOTES != 0 {
        read_notes(&mut reader, &mut report)?;
    }
    if !reader.is_done() {
        return Err(ReportError::NotAReport);
    }
    Ok(report)
}

/// Reads the weeks' bits and pain bytes, checking that each week could be.
fn read_weeks(reader: &mut Reader, report: &mut Report, weeks: u8, exercises: usize) -> Option<()> {
    let bit_count = usize::from(weeks) * (7 * 2 + 3 * exercises);
    let mut bits = BitReader::new(reader.take(bit_count.div_ceil(8))?);
    // The report's day is in 2000–2255, so every day here is on the calendar.
    let first_monday = report
        .today
        .monday()?
        .checked_plus_days(-7 * (i32::from(weeks) - 1))?;
    for n in 0..i32::from(weeks) {
        let monday = first_monday.checked_plus_days(7 * n)?;
        let mut days = [DayMark::Nothing; 7];
        for (offset, mark) in (0..).zip(days.iter_mut()) {
            let future = monday.checked_plus_days(offset)? > report.today;
            *mark = match (bits.take(2), future) {
                (0, true) => DayMark::Future,
                (0, false) => DayMark::Nothing,
                (1, false) => DayMark::Part,
                (2, false) => DayMark::Done,
                _ => return None,
            };
        }
        let mut week = ReportWeek {
            monday,
            days,
            per_exercise: Vec::with_capacity(exercises),
            pain: None,
        };
        for _ in 0..exercises {
            let logged = bits.take(3);
            // An exercise is logged only on a day with something logged.
            if logged > week.exercised_days() {
                return None;
            }
            week.per_exercise.push(logged);
        }
        report.weeks.push(week);
    }
    if !bits.rest_is_zero() {
        return None;
    }
    for week in &mut report.weeks {
        week.pain = match [reader.byte()?, reader.byte()?] {
            [NO_PAIN, NO_PAIN] => None,
            [before, after] if before <= MAX_TENTHS && after <= MAX_TENTHS => Some(PainAverage {
                before_tenths: before,
                after_tenths: after,
            }),
            _ => return None,
        };
    }
    Some(())
}

/// Reads the notes, each in the period and short enough.
fn read_notes(reader: &mut Reader, report: &mut Report) -> Result<(), ReportError> {
    let invalid = ReportError::NotAReport;
    let count = usize::from(reader.byte().ok_or(invalid.clone())?);
    if !(1..=NOTES_MAX).contains(&count) {
        return Err(invalid);
    }
    let from = report.from();
    for _ in 0..count {
        let (offset, code, length) =
            (|| Some((reader.byte()?, reader.byte()?, reader.u16()?)))().ok_or(invalid.clone())?;
        let day = from
            .checked_plus_days(i32::from(offset))
            .ok_or(invalid.clone())?;
        let text = reader
            .take(usize::from(length))
            .and_then(|text| std::str::from_utf8(text).ok())
            .filter(|text| !text.is_empty() && text.chars().count() <= NOTE_MAX_CHARS)
            .ok_or(invalid.clone())?;
        if day > report.today {
            return Err(invalid);
        }
        let exercise =
            ExerciseId::from_code(code).ok_or(ReportError::UnknownExercises(vec![code]))?;
        report.notes.push(ReportNote {
            day,
            exercise,
            text: text.to_owned(),
        });
    }
    Ok(())
}

fn write_day(day: Day, body: &mut Vec<u8>) -> Option<()> {
    let year = u8::try_from(day.year().checked_sub(2000)?).ok()?;
    body.extend([year, day.month(), day.day_of_month()]);
    Some(())
}

fn read_day(reader: &mut Reader) -> Option<Day> {
    let [year, month, day] = [reader.byte()?, reader.byte()?, reader.byte()?];
    Day::from_ymd(2000 + i32::from(year), month, day)
}

fn mark_bits(mark: DayMark) -> u8 {
    match mark {
        DayMark::Nothing | DayMark::Future => 0,
        DayMark::Part => 1,
        DayMark::Done => 2,
    }
}

/// Small numbers packed into bytes, most significant bit first.
#[derive(Default)]
struct Bits {
    bytes: Vec<u8>,
    /// How many bits of the last byte are taken (0 when it is full).
    used: u8,
}

impl Bits {
    fn push(&mut self, value: u8, width: u8) {
        for bit in (0..width).rev() {
            if self.used == 0 {
                self.bytes.push(0);
            }
            let set = (value >> bit) & 1;
            if let Some(last) = self.bytes.last_mut() {
                *last |= set << (7 - self.used);
            }
            self.used = (self.used + 1) % 8;
        }
    }
}

/// Reads what [`Bits`] wrote. The caller took exactly enough bytes, so
/// every read is in range; reading past the end gives 0 bits.
struct BitReader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> BitReader<'a> {
    fn new(bytes: &'a [u8]) -> BitReader<'a> {
        BitReader { bytes, at: 0 }
    }

    fn take(&mut self, width: u8) -> u8 {
        (0..width).fold(0, |value, _| {
            let byte = self.bytes.get(self.at / 8).copied().unwrap_or(0);
            let bit = (byte >> (7 - self.at % 8)) & 1;
            self.at += 1;
            (value << 1) | bit
        })
    }

    /// Whether the padding after the last value is all 0 bits.
    fn rest_is_zero(&mut self) -> bool {
        let rest = (self.bytes.len() * 8).saturating_sub(self.at);
        (0..rest).all(|_| self.take(1) == 0)
    }
}

/// The full address of a report link, under the app's base path.
pub fn link_url(origin: &str, base: crate::routes::BasePath, payload: &str) -> String {
    format!("{origin}{}#{payload}", base.href(REPORT_PATH))
}

// Native only: the property tests use proptest, a native dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
