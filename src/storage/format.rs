//! How a record is written down: a JSON envelope with the format version and
//! the data, `{"version":2,"data":…}`, and the step-by-step upgrades that
//! turn data of an older version into the current shape. Pure and natively
//! tested; the browser side lives in `browser.rs`.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use serde_json::Value;

/// Something the app keeps in the browser's storage under one key.
pub trait Record: Serialize + DeserializeOwned + Default {
    /// The storage key. Prefixed with `heup-rug:`, because a sub-path
    /// deployment shares its origin (and `localStorage`) with the clinic's site.
    const KEY: &'static str;

    /// The current format version, starting at 1. Bump it whenever the
    /// stored shape changes, and teach [`Record::upgrade`] the step.
    const VERSION: u32;

    /// Upgrades data of format `from` (older than [`Record::VERSION`]) by one
    /// step, to format `from + 1`. Called repeatedly until the data is current.
    fn upgrade(from: u32, data: Value) -> Result<Value, String> {
        let _ = data;
        Err(format!("no upgrade from format {from}"))
    }
}

/// How much text browser storage holds for one site, in characters: 5 Mi
/// in Chromium, Firefox and Safari alike, for all of the site's keys
/// together. Nothing bigger can ever be stored, so nothing bigger is read.
pub const STORAGE_HOLDS_CHARS: usize = 5 * 1024 * 1024;

/// Why a stored value could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// Not an envelope, not JSON, or data that does not fit the format its
    /// version claims: the value is damaged.
    Unreadable(String),
    /// Written by a newer version of the app; this version must not touch it.
    NewerVersion(u32),
}

#[derive(Serialize)]
struct EnvelopeOut<'a, T> {
    version: u32,
    data: &'a T,
}

#[derive(Deserialize)]
struct EnvelopeIn<'a> {
    version: u32,
    /// Kept as text: current data is read straight into the record (ten
    /// years of diary is 2 MB), only older formats go through a `Value`.
    #[serde(borrow)]
    data: &'a RawValue,
}

/// Writes `record` down in the current format.
pub fn encode<R: Record>(record: &R) -> String {
    let envelope = EnvelopeOut {
        version: R::VERSION,
        data: record,
    };
    // Serializing plain data structs to a string cannot fail (no maps with
    // non-string keys, no failing Serialize impls in our records).
    serde_json::to_string(&envelope).unwrap_or_default()
}

/// Reads a stored value, upgrading it from an older format when needed.
pub fn decode<R: Record>(raw: &str) -> Result<R, DecodeError> {
    let envelope: EnvelopeIn = serde_json::from_str(raw)
        .map_err(|error| DecodeError::Unreadable(format!("not a stored record: {error}")))?;
    if envelope.version > R::VERSION {
        return Err(DecodeError::NewerVersion(envelope.version));
    }
    if envelope.version == 0 {
        return Err(DecodeError::Unreadable(
            "format version 0 does not exist".into(),
        ));
    }
    let unreadable = |error: serde_json::Error| {
        DecodeError::Unreadable(format!("format {}: {error}", R::VERSION))
    };
    if envelope.version == R::VERSION {
        return serde_json::from_str(envelope.data.get()).map_err(unreadable);
    }
    let mut data: Value = serde_json::from_str(envelope.data.get()).map_err(unreadable)?;
    for from in envelope.version..R::VERSION {
        data = R::upgrade(from, data).map_err(|reason| {
            DecodeError::Unreadable(format!("upgrade from format {from}: {reason}"))
        })?;
    }
    serde_json::from_value(data).map_err(unreadable)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// A record whose format went through three versions:
    /// 1: `{"names": ["a"]}`, 2: `{"items": ["a"]}`, 3: `{"items": [{"name": "a"}]}`.
    #[derive(Debug, Default, PartialEq, Serialize, Deserialize)]
    struct Shelf {
        items: Vec<Item>,
    }

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Item {
        name: String,
    }

    impl Record for Shelf {
        const KEY: &'static str = "heup-rug:test-shelf";
        const VERSION: u32 = 3;

        fn upgrade(from: u32, data: Value) -> Result<Value, String> {
            match from {
                1 => Ok(json!({ "items": data.get("names").cloned().ok_or("no names")? })),
                2 => {
                    let items = data
                        .get("items")
                        .and_then(Value::as_array)
                        .ok_or("no items")?;
                    let items: Vec<Value> =
                        items.iter().map(|name| json!({ "name": name })).collect();
                    Ok(json!({ "items": items }))
                }
                _ => Err(format!("unknown format {from}")),
            }
        }
    }

    fn shelf(names: &[&str]) -> Shelf {
        Shelf {
            items: names
                .iter()
                .map(|name| Item {
                    name: (*name).into(),
                })
                .collect(),
        }
    }

    #[test]
    fn a_record_reads_back_as_written() {
        let written = shelf(&["bruggetje", "schelp"]);
        let raw = encode(&written);
        assert!(raw.starts_with(r#"{"version":3,"data":"#), "{raw}");
        assert_eq!(decode::<Shelf>(&raw), Ok(written));
    }

    #[test]
    fn every_older_format_is_upgraded_step_by_step() {
        let cases = [
            r#"{"version":1,"data":{"names":["bruggetje","schelp"]}}"#,
            r#"{"version":2,"data":{"items":["bruggetje","schelp"]}}"#,
            r#"{"version":3,"data":{"items":[{"name":"bruggetje"},{"name":"schelp"}]}}"#,
        ];
        for raw in cases {
            assert_eq!(
                decode::<Shelf>(raw),
                Ok(shelf(&["bruggetje", "schelp"])),
                "{raw}"
            );
        }
    }

    #[test]
    fn a_newer_format_is_recognised_and_not_misread() {
        let raw = r#"{"version":4,"data":{"shelves":[]}}"#;
        assert_eq!(decode::<Shelf>(raw), Err(DecodeError::NewerVersion(4)));
    }

    #[test]
    fn damaged_values_are_reported_as_unreadable() {
        let cases = [
            "",
            "null",
            "{",
            "[1,2,3]",
            r#"{"data":{"items":[]}}"#,
            r#"{"version":"3","data":{"items":[]}}"#,
            r#"{"version":0,"data":{"items":[]}}"#,
            r#"{"version":3,"data":{"items":[{"naam":"x"}]}}"#,
            r#"{"version":1,"data":{"items":[]}}"#,
            r#"{"version":3,"data":{"items":[{"name":"brug"#,
        ];
        for raw in cases {
            assert!(
                matches!(decode::<Shelf>(raw), Err(DecodeError::Unreadable(_))),
                "{raw:?}"
            );
        }
    }
}
