//! The browser side of the storage door: `localStorage`, with every failure
//! turned into a typed problem the views can explain, and damaged values
//! copied aside before anything is written over them.
//!
//! gloo-storage is not used on purpose: its `LocalStorage::raw()` panics
//! when the browser blocks storage, and its typed reads drop the raw text
//! of a value they cannot parse, which is exactly what we must keep.

use std::any::Any;
use std::cell::RefCell;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{DomException, Storage};

use super::format::{decode, encode, DecodeError, Record};

/// A stored record as loaded, with anything the patient must be told.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded<R> {
    pub value: R,
    pub problem: Option<StorageProblem>,
}

/// Something about a stored record that the patient must be told.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageProblem {
    /// The stored value was damaged. It was copied aside under `kept_as`
    /// (nothing is deleted) and the record starts empty.
    Unreadable { kept_as: String },
    /// The stored value was damaged and could not be copied aside (storage
    /// full). It stays where it is, and nothing is written until there is room.
    UnreadableNotMoved,
    /// Written by a newer version of the app: this (older) version leaves it
    /// alone until the app is refreshed.
    NewerVersion,
    /// The browser does not allow storage here (switched off, or a private
    /// window that forbids it): nothing can be kept.
    Unavailable,
}

/// Why a change could not be written. The change is not stored; the view
/// keeps what the patient entered so nothing typed is lost.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteError {
    /// The phone's storage for this app is full.
    Full,
    /// The browser does not allow storage here.
    Unavailable,
    /// A newer version of the app wrote this record; refresh first.
    NewerVersion,
    /// The stored value is damaged and could not be copied aside.
    Unreadable,
    /// The browser accepted the write but did not keep it.
    NotKept,
}

fn local_storage() -> Option<Storage> {
    window().local_storage().ok().flatten()
}

thread_local! {
    /// Per key, the raw text this tab last read or wrote and the record it
    /// decodes to. [`load`] and [`modify`] read what is stored *now*; when
    /// that is still the text this tab saw last, decoding it again (tens of
    /// milliseconds for ten years of diary) would only give the same record.
    /// Another tab's write changes the text, and then it is decoded afresh.
    static LAST_SEEN: RefCell<Vec<Seen>> = const { RefCell::new(Vec::new()) };
}

/// One record as this tab last saw it in storage.
struct Seen {
    key: &'static str,
    raw: String,
    value: Box<dyn Any>,
}

fn remember<R: Record + Clone + 'static>(raw: String, value: &R) {
    LAST_SEEN.with_borrow_mut(|seen| {
        seen.retain(|record| record.key != R::KEY);
        seen.push(Seen {
            key: R::KEY,
            raw,
            value: Box::new(value.clone()),
        });
    });
}

/// The record `raw` decodes to, if it is the text this tab last saw.
fn recall<R: Record + Clone + 'static>(raw: &str) -> Option<R> {
    LAST_SEEN.with_borrow(|seen| {
        seen.iter()
            .find(|record| record.key == R::KEY && record.raw == raw)
            .and_then(|record| record.value.downcast_ref::<R>().cloned())
    })
}

fn is_quota_error(error: &wasm_bindgen::JsValue) -> bool {
    error.dyn_ref::<DomException>().is_some_and(|exception| {
        // Chromium and Safari name it; older Firefox used its own name; code 22 is the legacy constant.
        matches!(
            exception.name().as_str(),
            "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED"
        ) || exception.code() == 22
    })
}

/// Writes `raw` under `key` and reads it back.
fn write_checked(storage: &Storage, key: &str, raw: &str) -> Result<(), WriteError> {
    storage.set_item(key, raw).map_err(|error| {
        if is_quota_error(&error) {
            WriteError::Full
        } else {
            WriteError::Unavailable
        }
    })?;
    match storage.get_item(key) {
        Ok(Some(stored)) if stored == raw => Ok(()),
        _ => Err(WriteError::NotKept),
    }
}

/// Copies a damaged value aside under a key of its own (never reused), then
/// clears the record's key so the app can start afresh. Returns the key it
/// was kept under, or `None` when it could not be copied (then nothing moved).
fn keep_aside(storage: &Storage, key: &str, raw: &str) -> Option<String> {
    let stamp = js_sys::Date::new_0()
        .to_iso_string()
        .as_string()
        .unwrap_or_default();
    let mut aside = format!("{key}:onleesbaar:{stamp}");
    let mut attempt = 1;
    while matches!(storage.get_item(&aside), Ok(Some(_))) {
        attempt += 1;
        aside = format!("{key}:onleesbaar:{stamp}:{attempt}");
    }
    write_checked(storage, &aside, raw).ok()?;
    // The copy is safe; if removing the original fails, the next load copies it again.
    let _ = storage.remove_item(key);
    Some(aside)
}

/// Loads record `R`. Never fails: problems come back next to an empty
/// record, and damaged values are kept aside first.
pub fn load<R: Record + Clone + 'static>() -> Loaded<R> {
    let fresh = |problem| Loaded {
        value: R::default(),
        problem,
    };
    let Some(storage) = local_storage() else {
        return fresh(Some(StorageProblem::Unavailable));
    };
    let raw = match storage.get_item(R::KEY) {
        Ok(Some(raw)) => raw,
        Ok(None) => return fresh(None),
        Err(_) => return fresh(Some(StorageProblem::Unavailable)),
    };
    if let Some(value) = recall::<R>(&raw) {
        return Loaded {
            value,
            problem: None,
        };
    }
    match decode::<R>(&raw) {
        Ok(value) => {
            remember(raw, &value);
            Loaded {
                value,
                problem: None,
            }
        }
        Err(DecodeError::NewerVersion(_)) => fresh(Some(StorageProblem::NewerVersion)),
        Err(DecodeError::Unreadable(_)) => match keep_aside(&storage, R::KEY, &raw) {
            Some(kept_as) => fresh(Some(StorageProblem::Unreadable { kept_as })),
            None => fresh(Some(StorageProblem::UnreadableNotMoved)),
        },
    }
}

/// Applies `change` to what is stored right now (not to a copy loaded
/// earlier, so another tab's work is never undone), writes the result and
/// checks it. Returns the new value.
pub fn modify<R: Record + Clone + 'static>(change: impl FnOnce(&mut R)) -> Result<R, WriteError> {
    let storage = local_storage().ok_or(WriteError::Unavailable)?;
    let mut value = match storage.get_item(R::KEY) {
        Ok(None) => R::default(),
        Ok(Some(raw)) => match recall::<R>(&raw).map_or_else(|| decode::<R>(&raw), Ok) {
            Ok(value) => value,
            Err(DecodeError::NewerVersion(_)) => return Err(WriteError::NewerVersion),
            Err(DecodeError::Unreadable(_)) => {
                keep_aside(&storage, R::KEY, &raw).ok_or(WriteError::Unreadable)?;
                R::default()
            }
        },
        Err(_) => return Err(WriteError::Unavailable),
    };
    change(&mut value);
    let raw = encode(&value);
    write_checked(&storage, R::KEY, &raw)?;
    remember(raw, &value);
    Ok(value)
}

/// Replaces record `R` with `value`, with the same checks as [`modify`].
pub fn replace<R: Record + Clone + 'static>(value: &R) -> Result<(), WriteError> {
    modify::<R>(|stored| *stored = value.clone()).map(|_| ())
}

/// The raw text of a damaged value that [`load`] kept aside under `key`, so
/// the patient can download it for the clinic.
pub fn kept_aside(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

/// A damaged value [`load`] kept aside, as the data page lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeptAside {
    /// The key it is kept under, `<record key>:onleesbaar:<time>`.
    pub key: String,
    /// When it was kept aside (ISO time, UTC), read from the key.
    pub since: String,
    /// Its size in storage, in bytes (UTF-16, as the browser counts it).
    pub bytes: usize,
}

/// Every value of record `R` kept aside as damaged, oldest first.
pub fn kept_aside_of<R: Record>() -> Vec<KeptAside> {
    let Some(storage) = local_storage() else {
        return Vec::new();
    };
    let prefix = format!("{}:onleesbaar:", R::KEY);
    let mut kept: Vec<KeptAside> = our_keys(&storage)
        .unwrap_or_default()
        .into_iter()
        .filter_map(|key| {
            let since = key.strip_prefix(&prefix)?.to_owned();
            let raw = storage.get_item(&key).ok().flatten()?;
            Some(KeptAside {
                bytes: 2 * raw.encode_utf16().count(),
                since,
                key,
            })
        })
        .collect();
    kept.sort_by(|a, b| a.since.cmp(&b.since));
    kept
}

/// Removes a value kept aside (after the patient merged, saved or gave it
/// up). Returns whether it is gone.
pub fn remove_kept_aside(key: &str) -> bool {
    let Some(storage) = local_storage() else {
        return false;
    };
    storage.remove_item(key).is_ok() && matches!(storage.get_item(key), Ok(None))
}

/// The prefix of every key this app stores.
const APP_PREFIX: &str = "heup-rug:";

/// Removes everything this app ever stored on this phone (every record and
/// every damaged value kept aside), and nothing of other apps on the same
/// site. Returns whether it all went.
pub fn forget_everything() -> bool {
    let Some(storage) = local_storage() else {
        return false;
    };
    // A storage that cannot even be listed may still hold our keys: that is
    // no success.
    let Some(ours) = our_keys(&storage) else {
        return false;
    };
    let removed_all = ours.iter().all(|key| storage.remove_item(key).is_ok());
    removed_all && our_keys(&storage).is_some_and(|left| left.is_empty())
}

/// Every key of this app in `storage`, or `None` when it cannot be listed.
fn our_keys(storage: &Storage) -> Option<Vec<String>> {
    let count = storage.length().ok()?;
    let mut ours = Vec::new();
    for i in 0..count {
        if let Some(key) = storage.key(i).ok()? {
            if key.starts_with(APP_PREFIX) {
                ours.push(key);
            }
        }
    }
    Some(ours)
}

/// Calls `on_change` with the freshly loaded record whenever another tab
/// changes it. The listener lives as long as the calling component.
pub fn watch<R: Record + Clone + 'static>(on_change: impl Fn(Loaded<R>) + 'static) {
    let handle = window_event_listener(leptos::ev::storage, move |event| {
        // `key` is None when another tab cleared all storage.
        if event.key().is_none_or(|key| key == R::KEY) {
            on_change(load::<R>());
        }
    });
    on_cleanup(move || handle.remove());
}

/// Whether the browser has promised to keep this app's storage
/// (`navigator.storage.persisted()`).
pub async fn is_persisted() -> bool {
    let Ok(promise) = window().navigator().storage().persisted() else {
        return false;
    };
    JsFuture::from(promise)
        .await
        .ok()
        .and_then(|granted| granted.as_bool())
        .unwrap_or(false)
}

/// Asks the browser to keep this app's storage even when the phone runs low
/// on space (`navigator.storage.persist()`). Returns whether it agreed;
/// browsers without the API count as "no".
pub async fn ask_persistent_storage() -> bool {
    let storage = window().navigator().storage();
    let Ok(promise) = storage.persist() else {
        return false;
    };
    JsFuture::from(promise)
        .await
        .ok()
        .and_then(|granted| granted.as_bool())
        .unwrap_or(false)
}
