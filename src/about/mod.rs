//! The about page "Over deze app" at `/over` ([`AboutPage`]): where the
//! content comes from (the clinic's article, the guidelines of the warning
//! signs), who checked it and when (`clinic.toml`'s `[review]`, or that
//! nobody has yet), who the app is and is not for (`docs/intended-use.md`),
//! what it stores and where, the clinic's contact details and the app's
//! version.
//!
//! - `sign_off`: which sentences say who checked the content (pure);
//! - `texts`: the shape of the texts, with the words in `nl` and `en`;
//! - `views`: the page.

mod en;
mod nl;
pub mod sign_off;
pub mod texts;
mod views;

pub use sign_off::sign_off;
pub use texts::{about_texts, AboutTexts};
pub use views::AboutPage;

/// The about page's path in the app.
pub const ABOUT_PATH: &str = "/over";

/// Every text of the about page in `lang`, for the completeness test and
/// the printable review.
pub(crate) fn every_text(lang: crate::i18n::Lang) -> crate::i18n::completeness::Texts {
    texts::every_text(lang)
}
