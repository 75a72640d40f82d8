//! Things several diary pages do: making a backup file.

use leptos::prelude::*;

use crate::calendar::Day;
use crate::diary::backup::write_backup;
use crate::diary::files::{share_or_download, Delivery};
use crate::diary::store::DiaryStore;
use crate::diary::texts::diary_texts;
use crate::i18n::Lang;

/// Makes a backup file of the diary and schedule and hands it to the share
/// sheet (or downloads it); remembers the date when it reached the patient.
pub async fn make_backup(store: DiaryStore, lang: Lang) -> Delivery {
    let today = Day::today();
    let content = write_backup(
        &store.diary.get_untracked(),
        &store.schedule.get_untracked(),
        today,
    );
    let texts = diary_texts(lang);
    let filename = format!("{}-{}.json", texts.file_name, today.iso());
    let title = texts.backup_file_title;
    let delivery = share_or_download(&filename, "application/json", &content, title).await;
    if matches!(delivery, Delivery::Shared | Delivery::Downloaded) {
        // The file exists either way; if the date can't be stored, the
        // reminder simply shows again.
        let _ = store.record_backup(today);
    }
    delivery
}
