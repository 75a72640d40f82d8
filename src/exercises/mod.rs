//! Oefeningen: the exercise library. Owns which exercises exist
//! ([`ExerciseId`]), how much of one is done ([`Dose`]), what the library
//! says about each ([`Exercise`], from [`exercise`]), how each is drawn
//! ([`figure`]), and the pages: the list ([`LibraryPage`]) and one
//! exercise ([`ExercisePage`]).

pub mod body;
mod catalog;
mod demonstration;
mod dose;
mod en;
pub mod figure;
mod id;
mod library;
pub mod motion;
mod nl;
mod page;
mod picture;
mod poses;
mod texts;

pub use catalog::{exercise, group_exercises, Exercise, Group};
pub use demonstration::{prefers_reduced_motion, Demonstration};
pub use dose::{dose_in_words, Dose, DOSE_KINDS};
pub use id::ExerciseId;
pub use library::LibraryPage;
pub use page::{ExercisePage, StopRules};
pub use picture::MovingFigure;
pub use texts::{library_texts, LibraryTexts};

/// Every text of the exercise library in `lang`, for the completeness test.
pub(crate) fn every_text(lang: crate::i18n::Lang) -> crate::i18n::completeness::Texts {
    let mut texts = crate::i18n::completeness::Texts::default();
    texts
        .nest("library", texts::every_text(lang))
        .nest("dose", dose::every_text(lang));
    for id in ExerciseId::ALL {
        texts.nest(id.slug(), catalog::every_text(id, lang));
    }
    texts
}
