//! The installed, offline app, on the app's side: the "new version"
//! notice, help with putting the app on the home screen (the browser's own
//! install prompt where there is one, illustrated steps for iPhone and
//! Android where there is not), and asking the browser to keep our storage
//! once the app is installed.
//!
//! The service worker and the browser's install events live in
//! `public/pwa.js` (and the worker itself in `public/service-worker.js`,
//! filled in by `scripts/pwa-build.mjs`); `bridge` is the one place that
//! talks to that script. Texts in `texts` with the words in `nl` and `en`.

mod all_texts;
pub mod bridge;
mod en;
mod install;
mod nl;
mod pictures;
pub mod texts;
mod update;

pub use install::{keep_storage_once_installed, InstallOffer, InstallPage, IosInstallSteps};
pub use update::UpdateNotice;

/// Every text of the installed app in `lang`, for the completeness test.
pub(crate) fn every_text(lang: crate::i18n::Lang) -> crate::i18n::completeness::Texts {
    all_texts::every_text(lang)
}
