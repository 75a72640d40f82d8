//! The clinic link's format: a schedule (exercises with their doses, days
//! per week, an optional start day and an optional note from the
//! physiotherapist) packed into a few bytes and written as base64url in the
//! URL fragment, `<app>/schema#<payload>`. The fragment never reaches a
//! server, so no web server log ever holds a schedule. A link carries no
//! name or other personal data.
//!
//! Layout, version 1 (numbers big-endian; the version, the length and the
//! checksum are the envelope in [`super::frame`], which the progress
//! report shares):
//!
//! | bytes | what |
//! | --- | --- |
//! | 1 | format version (1) |
//! | 2 | how many bytes follow, checksum included |
//! | 1 | flags: bit 0 a start day follows, bit 1 a note follows; other bits 0 |
//! | 1 | days per week (1–7) |
//! | 3 | start day, if flagged: year − 2000, month, day |
//! | 1 | how many exercises |
//! | per exercise | link code ([`ExerciseId::code`]), dose kind (1 sets × repetitions: sets, reps; 2 sets × hold: sets, seconds as u16; 3 minutes: u16) |
//! | 2 + n | note, if flagged: its length in bytes, then UTF-8 |
//! | 4 | CRC-32 of everything before it |
//!
//! The first byte is the one promise every future version keeps: a newer
//! link is recognised as newer (and the patient told to refresh the app)
//! before anything else is read, and version 1 links keep opening in every
//! later release. The length catches a link cut off in an e-mail; the
//! checksum catches a link changed by accident (a typo, a mangled
//! character).
//!
//! A checksum is not a signature: anyone can make a valid link. That is
//! harmless, because a link only *proposes* plausible exercises from our
//! own library, which the patient sees in full and must accept.

use super::frame::{self, FrameError, Kind, Reader};
use crate::calendar::Day;
use crate::diary::{PlannedExercise, Schedule};
use crate::exercises::{Dose, ExerciseId};

/// The format version this release writes and the newest it reads.
pub const FORMAT_VERSION: u8 = 1;

/// The app path that opens a schedule link; the payload is its fragment.
pub const SCHEDULE_PATH: &str = "/schema";

/// The longest payload (in characters) the app reads. The largest schedule
/// version 1 can carry (all 11 exercises, a start day and a 300-character
/// note of 4-byte characters) takes 1,694; anything over this limit is
/// refused before it is decoded.
pub const MAX_PAYLOAD_CHARS: usize = 2000;

const FLAG_START: u8 = 0b01;
const FLAG_NOTE: u8 = 0b10;
const KIND_REPS: u8 = 1;
const KIND_HOLD: u8 = 2;
const KIND_MINUTES: u8 = 3;

/// Why a link does not give a schedule. Whatever the reason, nothing is
/// changed: the patient is told, in words that fit the reason.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkError {
    /// The link has no schedule in it at all.
    Empty,
    /// Longer than any schedule can be.
    TooLong,
    /// Characters that a schedule link never contains.
    NotALink,
    /// Shorter than it says it is: cut off, for example by an e-mail program.
    Incomplete,
    /// The checksum does not match: the link was changed.
    Altered,
    /// Made by a newer version of the app (this format version).
    NewerVersion(u8),
    /// Exercises this version of the app does not know, by link code.
    UnknownExercises(Vec<u8>),
    /// Intact, but not a schedule the app can use (no exercises, an
    /// impossible dose, a day that does not exist, …).
    NotASchedule,
}

impl From<FrameError> for LinkError {
    fn from(error: FrameError) -> LinkError {
        match error {
            FrameError::Empty => LinkError::Empty,
            FrameError::TooLong => LinkError::TooLong,
            // A report link is not a schedule link.
            FrameError::NotALink | FrameError::OtherKind => LinkError::NotALink,
            FrameError::Incomplete => LinkError::Incomplete,
            FrameError::Altered => LinkError::Altered,
            FrameError::NewerVersion(version) => LinkError::NewerVersion(version),
        }
    }
}

impl LinkError {
    /// Whether a newer version of the app can read this link: news, not
    /// damage. The link itself is fine; the app on the phone is behind.
    pub fn needs_newer_app(&self) -> bool {
        matches!(
            self,
            LinkError::NewerVersion(_) | LinkError::UnknownExercises(_)
        )
    }
}

/// The payload for `schedule`: what follows `#` in the link. `None` when
/// the schedule is not valid or its start year is outside 2000–2255.
pub fn encode(schedule: &Schedule) -> Option<String> {
    if !schedule.is_valid() {
        return None;
    }
    let mut body = Vec::with_capacity(16 + schedule.note.len());
    write_schedule(schedule, &mut body)?;
    Some(seal(&body))
}

/// Wraps a body in the version, the length and the checksum, as base64url.
/// [`encode`] uses it for schedules; tests use it to make links a correct
/// encoder would never write.
pub fn seal(body: &[u8]) -> String {
    frame::seal(Kind::Schedule, FORMAT_VERSION, body)
}

/// Reads a payload (the fragment, with or without its `#`) back into the
/// schedule it carries, marked as coming from the clinic.
pub fn decode(payload: &str) -> Result<Schedule, LinkError> {
    decode_bytes(&frame::payload_bytes(payload, MAX_PAYLOAD_CHARS)?)
}

/// Reads the bytes of a payload. Every byte string gives either a valid
/// schedule or an error (property-tested).
pub fn decode_bytes(bytes: &[u8]) -> Result<Schedule, LinkError> {
    let (_, body) = frame::open(Kind::Schedule, FORMAT_VERSION, bytes)?;
    let mut reader = Reader(body);
    let schedule = read_schedule(&mut reader)?;
    if !reader.is_done() {
        return Err(LinkError::NotASchedule);
    }
    Ok(schedule)
}

/// Writes `schedule` as a link body (the layout above, between the length
/// and the checksum). `None` when its start year is outside 2000–2255 or
/// it has too many exercises or too long a note. The progress report
/// carries the schedule it measured against in these same bytes.
pub(crate) fn write_schedule(schedule: &Schedule, body: &mut Vec<u8>) -> Option<()> {
    let note = !schedule.note.is_empty();
    let flags = if schedule.start.is_some() {
        FLAG_START
    } else {
        0
    } | if note { FLAG_NOTE } else { 0 };
    body.extend([flags, schedule.days_per_week]);
    if let Some(start) = schedule.start {
        let year = u8::try_from(start.year().checked_sub(2000)?).ok()?;
        body.extend([year, start.month(), start.day_of_month()]);
    }
    body.push(u8::try_from(schedule.exercises.len()).ok()?);
    for planned in &schedule.exercises {
        body.push(planned.exercise.code());
        match planned.dose {
            Dose::Reps { sets, reps } => body.extend([KIND_REPS, sets, reps]),
            Dose::Hold { sets, seconds } => {
                body.extend([KIND_HOLD, sets]);
                body.extend(seconds.to_be_bytes());
            }
            Dose::Minutes { minutes } => {
                body.push(KIND_MINUTES);
                body.extend(minutes.to_be_bytes());
            }
        }
    }
    if note {
        body.extend(u16::try_from(schedule.note.len()).ok()?.to_be_bytes());
        body.extend(schedule.note.as_bytes());
    }
    Some(())
}

/// Reads a schedule written by [`write_schedule`] from the front of a body
/// whose checksum matched, leaving what follows it in `reader`.
pub(crate) fn read_schedule(reader: &mut Reader) -> Result<Schedule, LinkError> {
    let parsed = (|| {
        let flags = reader.byte()?;
        if flags & !(FLAG_START | FLAG_NOTE) != 0 {
            return None;
        }
        let days_per_week = reader.byte()?;
        let start = if flags & FLAG_START != 0 {
            let [year, month, day] = [reader.byte()?, reader.byte()?, reader.byte()?];
            Some(Day::from_ymd(2000 + i32::from(year), month, day)?)
        } else {
            None
        };
        let count = reader.byte()?;
        let mut exercises = Vec::with_capacity(usize::from(count));
        let mut unknown = Vec::new();
        for _ in 0..count {
            let code = reader.byte()?;
            let dose = match reader.byte()? {
                KIND_REPS => Dose::Reps {
                    sets: reader.byte()?,
                    reps: reader.byte()?,
                },
                KIND_HOLD => Dose::Hold {
                    sets: reader.byte()?,
                    seconds: reader.u16()?,
                },
                KIND_MINUTES => Dose::Minutes {
                    minutes: reader.u16()?,
                },
                _ => return None,
            };
            match ExerciseId::from_code(code) {
                Some(exercise) => exercises.push(PlannedExercise { exercise, dose }),
                None => unknown.push(code),
            }
        }
        let note = if flags & FLAG_NOTE != 0 {
            let length = reader.u16()?;
            let note = std::str::from_utf8(reader.take(usize::from(length))?).ok()?;
            if note.is_empty() {
                return None;
            }
            note.to_owned()
        } else {
            String::new()
        };
        let schedule = Schedule {
            exercises,
            days_per_week,
            start,
            note,
            from_clinic: true,
        };
        Some((schedule, unknown))
    })();
    match parsed {
        None => Err(LinkError::NotASchedule),
        // Named, never dropped: the patient must not follow half a schedule.
        Some((_, unknown)) if !unknown.is_empty() => Err(LinkError::UnknownExercises(unknown)),
        Some((schedule, _)) if schedule.is_valid() => Ok(schedule),
        Some(_) => Err(LinkError::NotASchedule),
    }
}

/// The full address of a schedule link: `origin` (`https://rugcentrum.nl`),
/// the app's base path (`/heup-rug`, or `""` at the root) and the payload.
pub fn link_url(origin: &str, base: crate::routes::BasePath, payload: &str) -> String {
    format!("{origin}{}#{payload}", base.href(SCHEDULE_PATH))
}

// Native only: the property tests use proptest, a native dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
