// A clinic link's payload (the part after "schema#") written by the app's
// link format version 1, the frozen link of the native tests: Bruggetje
// 3 × 10, Heupbuiger rekken 2 × 30 s, Wandelen 20 min, 5 days a week from
// 1 December 2026, with a note. Shared by the end-to-end tests and the
// benchmark, so every one of them opens the same schedule.
export const FROZEN_SCHEDULE = "AQA4AwUaDAEDAgEDCgkCAgAeCgMAFAAfUnVzdGlnIG9wYm91d2VuOyBzdG9wIGJpaiBwaWpuLnpXLRI";

// A progress report's payload (the part after "verslag#") written by the
// report link's format version 1, the frozen link of the native test
// `report::link::tests::links_made_by_this_release_keep_opening`: made on Wednesday
// 2 December 2026, Bruggetje and Wandelen since 10 November.
export const FROZEN_REPORT = "AFIBACsAGgwCBAABAQMaCwoCAgEDCgoDABQAAAQACIAAkQAB__88MjIjHhR9GyGZ";
