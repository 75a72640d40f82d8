//! The envelope every link payload travels in: the schedule link
//! (`/schema#…`) and the progress report (`/verslag#…`) share it, so both
//! catch a cut, changed or newer link the same way.
//!
//! Layout (numbers big-endian):
//!
//! | bytes | what |
//! | --- | --- |
//! | 0 or 2 | kind: nothing for a schedule (its first byte is its version, 1 and up); `0`, then a kind byte for anything else (`R` for a report) |
//! | 1 | format version of that kind (1 and up) |
//! | 2 | how many bytes follow, checksum included |
//! | n | the body, read by the kind's own module |
//! | 4 | CRC-32 of everything before it |
//!
//! Schedule links came first and start straight with their version, so a
//! schedule link from the first release stays byte for byte what it was.
//! A version byte is never 0, which is why a leading 0 can announce a kind:
//! a report link opened as a schedule (in this release or an older one) is
//! "not a schedule link", never "made by a newer app".

use super::base64url;

/// Which kind of payload a frame holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Schedule,
    Report,
}

impl Kind {
    /// The bytes before the version.
    fn prefix(self) -> &'static [u8] {
        match self {
            Kind::Schedule => &[],
            Kind::Report => &[0, b'R'],
        }
    }
}

/// Why a payload gives no body. Each kind's own error wraps these.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FrameError {
    /// Nothing after the `#`.
    Empty,
    /// Longer than any payload of this kind can be.
    TooLong,
    /// Characters or a start that no payload of this kind has.
    NotALink,
    /// A payload of another kind (a schedule link where a report was expected).
    OtherKind,
    /// Shorter than it says it is: cut off, for example by an e-mail program.
    Incomplete,
    /// The checksum does not match: the payload was changed.
    Altered,
    /// Made by a newer version of the app (this format version).
    NewerVersion(u8),
}

const LENGTH_BYTES: usize = 2;
const CHECKSUM_BYTES: usize = 4;

/// Wraps a body of `kind` in its prefix, `version`, the length and the
/// checksum, as base64url.
pub fn seal(kind: Kind, version: u8, body: &[u8]) -> String {
    let prefix = kind.prefix();
    let length = u16::try_from(body.len() + CHECKSUM_BYTES).unwrap_or(u16::MAX);
    let mut bytes = Vec::with_capacity(prefix.len() + 3 + body.len() + CHECKSUM_BYTES);
    bytes.extend(prefix);
    bytes.push(version);
    bytes.extend(length.to_be_bytes());
    bytes.extend(body);
    bytes.extend(crc32(&bytes).to_be_bytes());
    base64url::encode(&bytes)
}

/// Reads a payload (with or without its `#`) of at most `max_chars`
/// characters into its bytes, checking nothing else yet.
pub fn payload_bytes(payload: &str, max_chars: usize) -> Result<Vec<u8>, FrameError> {
    let payload = payload.trim();
    let payload = payload.strip_prefix('#').unwrap_or(payload);
    if payload.is_empty() {
        return Err(FrameError::Empty);
    }
    if payload.len() > max_chars {
        return Err(FrameError::TooLong);
    }
    base64url::decode(payload).ok_or(FrameError::NotALink)
}

/// The version and body of a frame of `kind` whose length and checksum
/// match. The version is at most `newest`; a newer one is reported before
/// anything after it is read, since a newer format may change all of that.
pub fn open(kind: Kind, newest: u8, bytes: &[u8]) -> Result<(u8, &[u8]), FrameError> {
    let prefix = kind.prefix();
    let start = bytes.len().min(prefix.len());
    if bytes[..start] != prefix[..start] {
        return Err(match bytes.first() {
            Some(0) | None => FrameError::NotALink,
            Some(_) => FrameError::OtherKind,
        });
    }
    let header = prefix.len() + 1 + LENGTH_BYTES;
    match bytes.get(prefix.len()) {
        None => return Err(FrameError::Incomplete),
        Some(0) => return Err(FrameError::NotALink),
        Some(&version) if version > newest => return Err(FrameError::NewerVersion(version)),
        Some(_) => {}
    }
    let Some(length) = bytes.get(prefix.len() + 1..header) else {
        return Err(FrameError::Incomplete);
    };
    let length = usize::from(u16::from_be_bytes([length[0], length[1]]));
    let rest = bytes.len() - header;
    if rest < length {
        return Err(FrameError::Incomplete);
    }
    if rest > length || length < CHECKSUM_BYTES {
        return Err(FrameError::Altered);
    }
    let (sealed, checksum) = bytes.split_at(bytes.len() - CHECKSUM_BYTES);
    if crc32(sealed).to_be_bytes() != checksum {
        return Err(FrameError::Altered);
    }
    Ok((bytes[prefix.len()], &sealed[header..]))
}

/// Reads a body front to back; `None` when it runs out.
pub struct Reader<'a>(pub &'a [u8]);

impl Reader<'_> {
    pub fn take(&mut self, count: usize) -> Option<&[u8]> {
        if self.0.len() < count {
            return None;
        }
        let (taken, rest) = self.0.split_at(count);
        self.0 = rest;
        Some(taken)
    }

    pub fn byte(&mut self) -> Option<u8> {
        self.take(1).map(|bytes| bytes[0])
    }

    pub fn u16(&mut self) -> Option<u16> {
        self.take(2)
            .map(|bytes| u16::from_be_bytes([bytes[0], bytes[1]]))
    }

    /// Whether every byte has been read.
    pub fn is_done(&self) -> bool {
        self.0.is_empty()
    }
}

/// CRC-32 as in zip and PNG (IEEE 802.3, reflected, polynomial 0xEDB88320),
/// bit by bit: payloads are a few hundred bytes, so a lookup table would
/// cost more wasm than it saves time.
pub fn crc32(bytes: &[u8]) -> u32 {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_matches_the_standard_check_value() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
    }

    #[test]
    fn each_kind_opens_only_its_own_frames() {
        let body = [7u8, 8, 9];
        let report = base64url::decode(&seal(Kind::Report, 1, &body)).unwrap();
        let schedule = base64url::decode(&seal(Kind::Schedule, 1, &body)).unwrap();
        assert_eq!(open(Kind::Report, 1, &report), Ok((1, &body[..])));
        assert_eq!(open(Kind::Schedule, 1, &schedule), Ok((1, &body[..])));
        assert_eq!(open(Kind::Schedule, 1, &report), Err(FrameError::NotALink));
        assert_eq!(open(Kind::Report, 1, &schedule), Err(FrameError::OtherKind));
    }

    #[test]
    fn a_report_frame_cut_anywhere_is_incomplete() {
        let bytes = base64url::decode(&seal(Kind::Report, 1, &[1, 2, 3])).unwrap();
        for end in 1..bytes.len() {
            assert_eq!(
                open(Kind::Report, 1, &bytes[..end]),
                Err(FrameError::Incomplete),
                "cut after {end} bytes"
            );
        }
        assert_eq!(open(Kind::Report, 1, &[]), Err(FrameError::Incomplete));
    }

    #[test]
    fn a_newer_version_of_a_kind_is_named() {
        let bytes = base64url::decode(&seal(Kind::Report, 3, &[1])).unwrap();
        assert_eq!(
            open(Kind::Report, 1, &bytes),
            Err(FrameError::NewerVersion(3))
        );
        assert_eq!(
            open(Kind::Report, 1, &[0, b'R', 0]),
            Err(FrameError::NotALink)
        );
    }
}
