//! The diary's state in the running app: the diary, the schedule and the
//! backup date as signals, loaded once through the storage door and kept in
//! step with other tabs. Every change goes through [`DiaryStore::change`],
//! which writes first and updates the signals only when the write held, so
//! the page never shows something that is not stored.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::schedule::CurrentSchedule;
use super::{Diary, DiaryEntry, EntryId};
use crate::calendar::Day;
use crate::storage::{self, Loaded, Record, StorageProblem, WriteError};

/// When the patient last made a backup.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BackupInfo {
    pub last: Option<Day>,
}

impl Record for BackupInfo {
    const KEY: &'static str = "heup-rug:reservekopie";
    const VERSION: u32 = 1;
}

/// After how many days without a backup the diary reminds the patient.
pub const BACKUP_REMINDER_DAYS: i32 = 14;

/// The diary's shared state; `Copy`, provided by the diary's parent route.
#[derive(Clone, Copy)]
pub struct DiaryStore {
    pub diary: RwSignal<Diary>,
    pub schedule: RwSignal<CurrentSchedule>,
    pub backup: RwSignal<BackupInfo>,
    /// A problem found while loading, to tell the patient about.
    pub problem: RwSignal<Option<StorageProblem>>,
    /// The entry deleted last, so any diary page can offer to undo it.
    pub last_removed: RwSignal<Option<DiaryEntry>>,
    asked_persistence: StoredValue<bool>,
}

/// The loaded value; its problem, if any, goes to the patient's notice.
fn take<R>(problem: RwSignal<Option<StorageProblem>>, loaded: Loaded<R>) -> R {
    if loaded.problem.is_some() {
        problem.set(loaded.problem);
    }
    loaded.value
}

impl DiaryStore {
    /// Loads the diary's records and provides them to the components below.
    pub fn provide() -> DiaryStore {
        let problem = RwSignal::new(None);
        let store = DiaryStore {
            diary: RwSignal::new(take(problem, storage::load::<Diary>())),
            schedule: RwSignal::new(take(problem, storage::load::<CurrentSchedule>())),
            backup: RwSignal::new(take(problem, storage::load::<BackupInfo>())),
            problem,
            last_removed: RwSignal::new(None),
            asked_persistence: StoredValue::new(false),
        };
        // Another tab changed something: show its version (our own writes
        // never need this, so there is nothing to merge here).
        storage::watch::<Diary>(move |loaded| store.diary.set(take(problem, loaded)));
        storage::watch::<CurrentSchedule>(move |loaded| store.schedule.set(take(problem, loaded)));
        storage::watch::<BackupInfo>(move |loaded| store.backup.set(take(problem, loaded)));
        provide_context(store);
        store
    }

    /// Changes the diary as it is stored right now and shows the result.
    pub fn change(&self, change: impl FnOnce(&mut Diary)) -> Result<(), WriteError> {
        let diary = storage::modify::<Diary>(change)?;
        self.diary.set(diary);
        self.ask_persistence_once();
        Ok(())
    }

    /// Deletes an entry, keeping it at hand for "undo".
    pub fn remove(&self, id: &EntryId) -> Result<(), WriteError> {
        let mut removed = None;
        self.change(|diary| removed = diary.remove(id))?;
        self.last_removed.set(removed);
        Ok(())
    }

    /// Puts the last deleted entry back, with the same id.
    pub fn undo_remove(&self) -> Result<(), WriteError> {
        let Some(entry) = self.last_removed.get_untracked() else {
            return Ok(());
        };
        self.change(|diary| diary.put(entry))?;
        self.last_removed.set(None);
        Ok(())
    }

    /// Changes the schedule as it is stored right now and shows the result.
    pub fn change_schedule(
        &self,
        change: impl FnOnce(&mut CurrentSchedule),
    ) -> Result<(), WriteError> {
        let schedule = storage::modify::<CurrentSchedule>(change)?;
        self.schedule.set(schedule);
        Ok(())
    }

    /// Notes that a backup was made today.
    pub fn record_backup(&self, today: Day) -> Result<(), WriteError> {
        let info = storage::modify::<BackupInfo>(|info| info.last = Some(today))?;
        self.backup.set(info);
        Ok(())
    }

    /// Whether the patient should be reminded to make a backup: the last
    /// backup (or, without one, the first entry) is more than two weeks old.
    pub fn backup_due(&self, today: Day) -> bool {
        let since = self.backup.with(|info| info.last).or_else(|| {
            self.diary
                .with(|diary| diary.entries().first().map(|entry| entry.day))
        });
        since.is_some_and(|since| since.days_until(today) > BACKUP_REMINDER_DAYS)
    }

    /// After the first entry, ask the browser to keep our storage even when
    /// space runs low (once per visit; the browser decides).
    fn ask_persistence_once(&self) {
        if self.asked_persistence.get_value() {
            return;
        }
        self.asked_persistence.set_value(true);
        leptos::task::spawn_local(async {
            storage::ask_persistent_storage().await;
        });
    }
}

/// The diary state provided by the diary's parent route.
pub fn use_diary() -> DiaryStore {
    expect_context::<DiaryStore>()
}
