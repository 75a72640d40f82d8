//! Every text of the installed app, listed field by field for the
//! completeness test in `crate::i18n::completeness` and for the content review (`src/bin/content-review.rs`).

use super::texts::pwa_texts;
use crate::i18n::completeness::Texts;
use crate::i18n::Lang;

/// Every text of the installed app in `lang`.
pub(super) fn every_text(lang: Lang) -> Texts {
    let t = pwa_texts(lang);
    let mut texts = Texts::default();
    texts
        .add("update_available", t.update_available)
        .add("update_apply", t.update_apply)
        .add("update_kept", t.update_kept)
        .add("offer_title", t.offer_title)
        .add("offer_why", t.offer_why)
        .add("install", t.install)
        .add("help_link", t.help_link)
        .add("page_title", t.page_title)
        .add("installed_already", t.installed_already)
        .add("ios_heading", t.ios_heading)
        .add("ios_steps_summary", t.ios_steps_summary)
        .list("ios_steps", t.ios_steps)
        .add("android_heading", t.android_heading)
        .add("android_prompt", t.android_prompt)
        .list("android_steps", t.android_steps)
        .add("other_browsers", t.other_browsers)
        .add("offline_note", t.offline_note);
    texts
}
