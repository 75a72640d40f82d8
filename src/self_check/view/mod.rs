//! The self-check's pages, thin views over the pure model: the test itself
//! (`/zelftest`), one saved result (`/zelftest/uitslag/<id>`) and all saved
//! results side by side (`/zelftest/uitslagen`).

mod compare;
mod drawing;
mod gp;
mod notice;
mod question;
mod result;
mod result_page;
mod saved_results;
mod test_page;

pub use result_page::ResultPage;
pub use saved_results::SavedResultsPage;
pub use test_page::{first_frame, SelfCheckPage};
