//! Oefeningen: the exercise library. Owns which exercises exist
//! ([`ExerciseId`]), how much of one is done ([`Dose`]), what the library
//! says about each ([`Exercise`], from [`exercise`]), how each is drawn
//! ([`figure`]), and the pages: the list ([`LibraryPage`]) and one
//! exercise ([`ExercisePage`]).

mod catalog;
mod dose;
pub mod figure;
mod id;
mod library;
mod nl;
mod page;
mod picture;
mod poses;
mod texts;

pub use catalog::{exercise, group_exercises, Exercise, Group};
pub use dose::Dose;
pub use id::ExerciseId;
pub use library::LibraryPage;
pub use page::ExercisePage;
pub use texts::{library_texts, LibraryTexts};
