//! Oefeningen: the exercise library. Owns which exercises exist
//! ([`ExerciseId`]), how much of one is done ([`Dose`]) and what the library
//! says about each ([`Exercise`], from [`exercise`]).

mod catalog;
mod dose;
mod id;
mod nl;

pub use catalog::{exercise, group_exercises, Exercise, Group};
pub use dose::Dose;
pub use id::ExerciseId;
