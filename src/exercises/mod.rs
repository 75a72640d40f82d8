//! Oefeningen: the exercise library. Owns which exercises exist
//! ([`ExerciseId`]) and how much of one is done ([`Dose`]).

mod dose;
mod id;

pub use dose::Dose;
pub use id::ExerciseId;
