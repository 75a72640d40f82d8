//! The clinic link's format: a schedule (exercises with their doses, days
//! per week, an optional start day and an optional note from the
//! physiotherapist) packed into a few bytes and written as base64url in the
//! URL fragment, `<app>/schema#<payload>`. The fragment never reaches a
//! server, so no web server log ever holds a schedule. A link carries no
//! name or other personal data.
//!
//! Layout, version 1 (numbers big-endian):
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

use super::base64url;
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
/// Version and length.
const HEADER_BYTES: usize = 3;
const CHECKSUM_BYTES: usize = 4;

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
    Some(seal(&body))
}

/// Wraps a body in the version, the length and the checksum, as base64url.
/// [`encode`] uses it for schedules; tests use it to make links a correct
/// encoder would never write.
pub fn seal(body: &[u8]) -> String {
    let length = u16::try_from(body.len() + CHECKSUM_BYTES).unwrap_or(u16::MAX);
    let mut bytes = Vec::with_capacity(HEADER_BYTES + body.len() + CHECKSUM_BYTES);
    bytes.push(FORMAT_VERSION);
    bytes.extend(length.to_be_bytes());
    bytes.extend(body);
    bytes.extend(crc32(&bytes).to_be_bytes());
    base64url::encode(&bytes)
}

/// Reads a payload (the fragment, with or without its `#`) back into the
/// schedule it carries, marked as coming from the clinic.
pub fn decode(payload: &str) -> Result<Schedule, LinkError> {
    let payload = payload.trim();
    let payload = payload.strip_prefix('#').unwrap_or(payload);
    if payload.is_empty() {
        return Err(LinkError::Empty);
    }
    if payload.len() > MAX_PAYLOAD_CHARS {
        return Err(LinkError::TooLong);
    }
    let bytes = base64url::decode(payload).ok_or(LinkError::NotALink)?;
    decode_bytes(&bytes)
}

/// Reads the bytes of a payload. Every byte string gives either a valid
/// schedule or an error (property-tested).
pub fn decode_bytes(bytes: &[u8]) -> Result<Schedule, LinkError> {
    match bytes.first() {
        None => return Err(LinkError::Incomplete),
        Some(0) => return Err(LinkError::NotALink),
        Some(&version) if version > FORMAT_VERSION => return Err(LinkError::NewerVersion(version)),
        Some(_) => {}
    }
    let Some(length) = bytes.get(1..HEADER_BYTES) else {
        return Err(LinkError::Incomplete);
    };
    let length = usize::from(u16::from_be_bytes([length[0], length[1]]));
    let rest = bytes.len() - HEADER_BYTES;
    if rest < length {
        return Err(LinkError::Incomplete);
    }
    if rest > length || length < CHECKSUM_BYTES {
        return Err(LinkError::Altered);
    }
    let (sealed, checksum) = bytes.split_at(bytes.len() - CHECKSUM_BYTES);
    if crc32(sealed).to_be_bytes() != checksum {
        return Err(LinkError::Altered);
    }
    read_body(&sealed[HEADER_BYTES..])
}

/// Reads the schedule from a body whose checksum matched.
fn read_body(body: &[u8]) -> Result<Schedule, LinkError> {
    let mut reader = Reader(body);
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
        if !reader.0.is_empty() {
            return None;
        }
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

/// Reads a body front to back; `None` when it runs out.
struct Reader<'a>(&'a [u8]);

impl Reader<'_> {
    fn take(&mut self, count: usize) -> Option<&[u8]> {
        if self.0.len() < count {
            return None;
        }
        let (taken, rest) = self.0.split_at(count);
        self.0 = rest;
        Some(taken)
    }

    fn byte(&mut self) -> Option<u8> {
        self.take(1).map(|bytes| bytes[0])
    }

    fn u16(&mut self) -> Option<u16> {
        self.take(2)
            .map(|bytes| u16::from_be_bytes([bytes[0], bytes[1]]))
    }
}

/// CRC-32 as in zip and PNG (IEEE 802.3, reflected, polynomial 0xEDB88320),
/// bit by bit: payloads are a few hundred bytes, so a lookup table would
/// cost more wasm than it saves time.
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &byte in bytes {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            let mask = (crc & 1).wrapping_neg();
            crc = (crc >> 1) ^ (0xEDB8_8320 & mask);
        }
    }
    !crc
}

/// The full address of a schedule link: `origin` (`https://rugcentrum.nl`),
/// the app's base path (`/heup-rug`, or `""` at the root) and the payload.
pub fn link_url(origin: &str, base: crate::routes::BasePath, payload: &str) -> String {
    format!("{origin}{}#{payload}", base.href(SCHEDULE_PATH))
}

// Native only: the property tests use proptest, a native dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
