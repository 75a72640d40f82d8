//! The corpus of hostile inputs in `tests/hostile/`: backups, schedule
//! links, report links and stored values that are damaged, cut, changed or
//! forged, each with the typed error and the Dutch message it must give
//! (`cases.json`). Each input goes to the decoder the app gives it to,
//! and its message comes from the same text tables the page shows.
//!
//! Included by the native test (`tests/hostile.rs`) and the browser test
//! (`tests/browser/hostile.rs`), so both check the same cases the same way.
//! How to add a case: `tests/hostile/README.md`.

use std::fmt::Debug;

use heup_rug::calendar::Day;
use heup_rug::clinic::texts::clinic_texts;
use heup_rug::diary::backup::read_backup;
use heup_rug::diary::texts::diary_texts;
use heup_rug::diary::Diary;
use heup_rug::i18n::Lang;
use heup_rug::report::texts::report_texts;
use heup_rug::storage::{decode, encode, DecodeError, StorageProblem};
use heup_rug::{clinic, report};
use serde::Deserialize;

/// The manifest: every case, with what it must give.
const MANIFEST: &str = include_str!("cases.json");

/// Every input file, built in so the browser test has them too. The native
/// test checks this list against the folder and the manifest.
pub const FILES: &[(&str, &str)] = &[
    ("backup-1999.json", include_str!("backup-1999.json")),
    (
        "backup-array-of-empty-keys.json",
        include_str!("backup-array-of-empty-keys.json"),
    ),
    (
        "backup-nested-10000-deep.json",
        include_str!("backup-nested-10000-deep.json"),
    ),
    (
        "backup-newer-format.json",
        include_str!("backup-newer-format.json"),
    ),
    ("backup-pain-11.json", include_str!("backup-pain-11.json")),
    (
        "backup-truncated.json",
        include_str!("backup-truncated.json"),
    ),
    (
        "backup-year-9999.json",
        include_str!("backup-year-9999.json"),
    ),
    ("report-cut.txt", include_str!("report-cut.txt")),
    (
        "report-flipped-character.txt",
        include_str!("report-flipped-character.txt"),
    ),
    (
        "report-is-a-schedule.txt",
        include_str!("report-is-a-schedule.txt"),
    ),
    ("schedule-cut.txt", include_str!("schedule-cut.txt")),
    (
        "schedule-flipped-character.txt",
        include_str!("schedule-flipped-character.txt"),
    ),
    (
        "schedule-is-a-report.txt",
        include_str!("schedule-is-a-report.txt"),
    ),
    ("schedule-script.txt", include_str!("schedule-script.txt")),
    (
        "stored-diary-newer-format.json",
        include_str!("stored-diary-newer-format.json"),
    ),
    (
        "stored-diary-not-json.txt",
        include_str!("stored-diary-not-json.txt"),
    ),
    (
        "stored-diary-year-9999.json",
        include_str!("stored-diary-year-9999.json"),
    ),
];

/// Where an input goes in the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// A backup file chosen on the diary's data page.
    Backup,
    /// What follows `#` in a schedule link (`/schema#…`).
    ScheduleLink,
    /// What follows `#` in a report link (`/verslag#…`).
    ReportLink,
    /// The diary's value in the browser's storage.
    StoredDiary,
}

/// One line of the manifest.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    /// The input's file name in `tests/hostile/`.
    pub file: String,
    pub kind: Kind,
    /// What is hostile about it, in a few words.
    pub about: String,
    /// The typed error's variant (`Damaged`, `Altered`, …), or `Ok` for an
    /// input the app must take (and keep whole).
    pub error: String,
    /// Part of the Dutch message the patient sees; empty for `Ok`.
    pub message: String,
}

/// What the app makes of an input: its typed error's variant (`Ok` when
/// taken) and the Dutch message the patient would read.
#[derive(Debug, PartialEq, Eq)]
pub struct Outcome {
    pub error: String,
    pub message: String,
}

/// Every case of the manifest.
pub fn cases() -> Vec<Case> {
    serde_json::from_str(MANIFEST).expect("cases.json is a list of cases")
}

/// The text of the input file `name`.
pub fn input(name: &str) -> Option<&'static str> {
    FILES
        .iter()
        .find(|(file, _)| *file == name)
        .map(|(_, text)| *text)
}

/// The phone's date in these cases: Wednesday 25 November 2026, the
/// browser tests' fixed clock.
pub fn today() -> Day {
    Day::from_ymd(2026, 11, 25).expect("25 November 2026")
}

/// A link file holds one payload on its first line.
fn payload(text: &str) -> &str {
    text.lines().next().unwrap_or_default()
}

/// A refusal: the typed error's variant name (read off its `Debug` form)
/// and the message.
fn refused(error: &impl Debug, message: impl Into<String>) -> Outcome {
    let debug = format!("{error:?}");
    let variant = debug
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default();
    Outcome {
        error: variant.to_owned(),
        message: message.into(),
    }
}

fn taken() -> Outcome {
    Outcome {
        error: "Ok".into(),
        message: String::new(),
    }
}

/// What the problem with a stored value is called, as the storage door
/// reports it (`storage::load`) after keeping a damaged value aside.
pub fn storage_problem(error: &DecodeError) -> StorageProblem {
    match error {
        DecodeError::Unreadable(_) => StorageProblem::Unreadable {
            kept_as: String::new(),
        },
        DecodeError::NewerVersion(_) => StorageProblem::NewerVersion,
    }
}

/// What the app makes of `text` as an input of `kind`, in Dutch.
pub fn outcome(kind: Kind, text: &str) -> Outcome {
    match kind {
        Kind::Backup => match read_backup(text, today()) {
            Ok(_) => taken(),
            Err(error) => refused(&error, (diary_texts(Lang::Nl).import_failed)(&error)),
        },
        Kind::ScheduleLink => match clinic::link::decode(payload(text)) {
            Ok(_) => taken(),
            Err(error) => refused(&error, clinic_texts(Lang::Nl).link_error(&error)),
        },
        Kind::ReportLink => match report::link::decode(payload(text)) {
            Ok(_) => taken(),
            Err(error) => refused(&error, report_texts(Lang::Nl).link_error(&error)),
        },
        Kind::StoredDiary => match decode::<Diary>(text) {
            Ok(diary) if kept_whole(text, &diary) => taken(),
            Ok(_) => Outcome {
                error: "EntriesDropped".into(),
                message: String::new(),
            },
            Err(error) => refused(
                &error,
                diary_texts(Lang::Nl).problem(&storage_problem(&error)),
            ),
        },
    }
}

/// Whether `diary`, read from `text`, holds every entry the text has and
/// writes them all back.
fn kept_whole(text: &str, diary: &Diary) -> bool {
    let stored = serde_json::from_str::<serde_json::Value>(text)
        .ok()
        .and_then(|value| Some(value.pointer("/data/entries")?.as_array()?.len()));
    let read = diary.entries().len() + diary.foreign().len();
    stored == Some(read) && decode::<Diary>(&encode(diary)).as_ref() == Ok(diary)
}

/// Every case whose outcome is not the one its manifest line names, as
/// lines to print; empty when all hold.
pub fn mismatches() -> Vec<String> {
    cases()
        .iter()
        .filter_map(|case| {
            let Some(text) = input(&case.file) else {
                return Some(format!("{}: not in corpus::FILES", case.file));
            };
            let got = outcome(case.kind, text);
            let holds = got.error == case.error
                && got.message.contains(&case.message)
                && (case.error == "Ok") == case.message.is_empty();
            (!holds).then(|| {
                format!(
                    "{} ({}): expected {} \"{}\", got {:?}",
                    case.file, case.about, case.error, case.message, got
                )
            })
        })
        .collect()
}
