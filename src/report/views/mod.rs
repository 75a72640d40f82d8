//! The progress report's views: the section in the diary that makes the
//! link (`share.rs`), the clinic's page that opens it (`page.rs`), and the
//! report in plain words that both show (`words.rs`), so the patient sees
//! exactly what the physiotherapist will read.

mod page;
mod share;
mod words;

pub use page::ReportPage;
pub use share::ShareProgress;
