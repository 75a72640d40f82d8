//! "Doe mee": a guided session that counts with the patient. Owns the
//! session's timeline (`timeline.rs`: every repetition, hold, rest and walk
//! with where the moving figure is), the run through it (`run.rs`: pause,
//! skip, stop, what began since the last tick, what was done), and the
//! page at `/dagboek/doe-mee` (`page.rs`). The phone's voice, wake lock and
//! cues are reached through `crate::device`, never directly.

mod run;
mod timeline;

pub use run::{Done, Event, Now, Run};
pub use timeline::{Doing, Segment, Side, Step, Timeline, REST_BETWEEN_SETS, SWITCH_SIDES};

#[cfg(test)]
mod tests;
