// A clinic link's payload (the part after "schema#") written by the app's
// link format version 1, the frozen link of the native tests: Bruggetje
// 3 × 10, Heupbuiger rekken 2 × 30 s, Wandelen 20 min, 5 days a week from
// 1 December 2026, with a note. Shared by the end-to-end tests and the
// benchmark, so every one of them opens the same schedule.
export const FROZEN_SCHEDULE = "AQA4AwUaDAEDAgEDCgkCAgAeCgMAFAAfUnVzdGlnIG9wYm91d2VuOyBzdG9wIGJpaiBwaWpuLnpXLRI";
