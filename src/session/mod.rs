//! "Doe mee": a guided session that counts with the patient. Owns the
//! session's timeline (`timeline.rs`: every repetition, hold, rest and walk
//! with where the moving figure is), the run through it (`run.rs`: pause,
//! skip, stop, what began since the last tick, what was done), and the
//! page at `/dagboek/doe-mee` (`page.rs`). The phone's voice, wake lock and
//! cues are reached through `crate::device`, never directly.

mod announce;
mod en;
mod nl;
mod page;
mod run;
mod texts;
mod timeline;

pub use page::{OpenSession, SessionPage};
pub use run::{Done, Event, Now, Run};
pub use texts::{session_texts, SessionTexts};
pub use timeline::{Doing, Segment, Side, Step, Timeline, REST_BETWEEN_SETS, SWITCH_SIDES};

#[cfg(test)]
mod tests;

pub(crate) use texts::every_text;
