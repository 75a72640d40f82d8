//! Verslag: the patient's progress back to the physiotherapist, with no
//! account and no server. The diary builds a report (`model`: which weeks,
//! adherence against the schedule, pain before and after, the streak),
//! packs it into a link (`link`, in the envelope the schedule link uses)
//! that the patient shares, copies or shows as a QR code, and `/verslag`
//! shows it at the clinic. Texts per language in `texts`, with the words in
//! `nl` and `en`; the pages in `views`.

mod all_texts;
mod en;
pub mod link;
pub mod model;
mod nl;
pub mod texts;
pub mod views;

/// Every text of the progress report in `lang`, for the completeness test.
pub(crate) fn every_text(lang: crate::i18n::Lang) -> crate::i18n::completeness::Texts {
    all_texts::every_text(lang)
}
