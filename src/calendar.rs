//! Calendar days as the patient lives them: the date on the phone's own
//! clock, not a UTC instant, so "today", streaks and weekly averages follow
//! the patient across time zones and daylight saving. Stored as
//! `"YYYY-MM-DD"`.
//!
//! Every `Day` can be written that way: the calendar runs from
//! 1 January 0000 to 31 December 9999, and arithmetic that would leave it
//! says so ([`Day::checked_plus_days`] gives `None`) instead of answering
//! with some other day. Which of these days a diary entry can truly have
//! is the diary's question (`diary::plausible_days`), not the calendar's.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use time::{Date, Month};

/// One calendar day, from 1 January 0000 to 31 December 9999.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(Date);

/// The first and last day a four-digit year can write.
const FIRST: Date = ymd(0, Month::January, 1);
const LAST: Date = ymd(9999, Month::December, 31);

/// A date known at compile time (a mistake stops the build, not the app).
const fn ymd(year: i32, month: Month, day: u8) -> Date {
    match Date::from_calendar_date(year, month, day) {
        Ok(date) => date,
        Err(_) => panic!("not a date"),
    }
}

impl Day {
    /// 1 January 2000, the first day a diary entry can have.
    pub const Y2K: Day = Day(ymd(2000, Month::January, 1));
    /// The calendar's last day, 31 December 9999.
    pub const LAST: Day = Day(LAST);

    /// The day with this year (0–9999), month (1–12) and day of the month,
    /// if it exists.
    pub fn from_ymd(year: i32, month: u8, day: u8) -> Option<Day> {
        let month = Month::try_from(month).ok()?;
        Day::within(Date::from_calendar_date(year, month, day).ok()?)
    }

    /// `date` as a day, if a four-digit year can write it.
    fn within(date: Date) -> Option<Day> {
        (FIRST..=LAST).contains(&date).then_some(Day(date))
    }

    /// Reads `"YYYY-MM-DD"`.
    pub fn parse(text: &str) -> Option<Day> {
        let mut parts = text.splitn(3, '-');
        let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
        let digits =
            |part: &str, len: usize| part.len() == len && part.bytes().all(|b| b.is_ascii_digit());
        if !(digits(year, 4) && digits(month, 2) && digits(day, 2)) {
            return None;
        }
        Day::from_ymd(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?)
    }

    /// Writes `"YYYY-MM-DD"`.
    pub fn iso(self) -> String {
        format!(
            "{:04}-{:02}-{:02}",
            self.0.year(),
            u8::from(self.0.month()),
            self.0.day()
        )
    }

    pub fn year(self) -> i32 {
        self.0.year()
    }

    /// The month, 1–12.
    pub fn month(self) -> u8 {
        self.0.month().into()
    }

    /// The day of the month, 1–31.
    pub fn day_of_month(self) -> u8 {
        self.0.day()
    }

    /// Monday is 0, Sunday is 6 (the Dutch week starts on Monday).
    pub fn weekday_from_monday(self) -> u8 {
        self.0.weekday().number_days_from_monday()
    }

    /// The Monday of this day's week; `None` only in the first days of
    /// year 0, whose Monday lies before the calendar.
    pub fn monday(self) -> Option<Day> {
        self.checked_plus_days(-i32::from(self.weekday_from_monday()))
    }

    /// The day `days` later (earlier when negative), or `None` when that
    /// day is outside the calendar (after 31 December 9999, before year 0).
    pub fn checked_plus_days(self, days: i32) -> Option<Day> {
        let julian = self.0.to_julian_day().checked_add(days)?;
        Day::within(Date::from_julian_day(julian).ok()?)
    }

    /// How many days from `self` to `later` (negative if `later` is earlier).
    pub fn days_until(self, later: Day) -> i32 {
        later.0.to_julian_day() - self.0.to_julian_day()
    }

    /// The calendar day at an instant (milliseconds since 1970, UTC) in a
    /// time zone `offset_minutes` ahead of UTC (+60 in Dutch winter time).
    /// A clock set beyond the calendar gives its first or last day.
    pub fn at(utc_millis: i64, offset_minutes: i32) -> Day {
        const MILLIS_PER_DAY: i64 = 86_400_000;
        let local = utc_millis.saturating_add(i64::from(offset_minutes) * 60_000);
        let days_since_1970 = local.div_euclid(MILLIS_PER_DAY);
        // Julian day 2440588 is 1 January 1970.
        let julian = days_since_1970.saturating_add(2_440_588).clamp(
            i64::from(FIRST.to_julian_day()),
            i64::from(LAST.to_julian_day()),
        );
        let date = i32::try_from(julian)
            .ok()
            .and_then(|julian| Date::from_julian_day(julian).ok());
        Day(date.unwrap_or(LAST))
    }

    /// Today on the phone's own clock and time zone (in a browser).
    pub fn today() -> Day {
        let now = js_sys::Date::new_0();
        // getTimezoneOffset is minutes *behind* UTC (-60 in Dutch winter time).
        Day::at(now.get_time() as i64, -(now.get_timezone_offset() as i32))
    }
}

impl Serialize for Day {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.iso())
    }
}

impl<'de> Deserialize<'de> for Day {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Day::parse(&text).ok_or_else(|| serde::de::Error::custom(format!("not a date: \"{text}\"")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> Day {
        Day::parse(text).unwrap()
    }

    #[test]
    fn reads_and_writes_iso_dates() {
        assert_eq!(day("2026-11-25").iso(), "2026-11-25");
        assert_eq!(day("2024-02-29").iso(), "2024-02-29");
        for bad in [
            "",
            "2026-11",
            "2026-13-01",
            "2025-02-29",
            "26-11-25",
            "2026-1-5",
            "2026-11-25x",
            "abcd-ef-gh",
            "+999-01-01",
            "2026-+1-01",
        ] {
            assert_eq!(Day::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn counts_days_across_month_and_year_ends() {
        let plus = |text: &str, days: i32| day(text).checked_plus_days(days);
        assert_eq!(plus("2026-01-31", 1), Some(day("2026-02-01")));
        assert_eq!(plus("2026-12-31", 1), Some(day("2027-01-01")));
        assert_eq!(plus("2024-03-01", -1), Some(day("2024-02-29")));
        assert_eq!(day("2026-11-25").days_until(day("2027-01-05")), 41);
        assert_eq!(day("2027-01-05").days_until(day("2026-11-25")), -41);
    }

    #[test]
    fn the_day_follows_the_local_clock_not_utc() {
        // 25 November 2026, 23:30 UTC.
        let instant = 1_795_649_400_000;
        assert_eq!(Day::at(instant, 0), day("2026-11-25"));
        assert_eq!(
            Day::at(instant, 60),
            day("2026-11-26"),
            "already the 26th in Amsterdam"
        );
        assert_eq!(
            Day::at(instant, -300),
            day("2026-11-25"),
            "still the 25th in New York"
        );
        assert_eq!(Day::at(0, 0), day("1970-01-01"));
        assert_eq!(Day::at(-1, 0), day("1969-12-31"));
    }

    #[test]
    fn arithmetic_that_leaves_the_calendar_says_so() {
        // Before, a day past 9999 came back as the same day, and a loop
        // counting weeks up to such a day never ended.
        assert_eq!(day("9999-12-31").checked_plus_days(1), None);
        assert_eq!(day("9999-12-28").checked_plus_days(7), None);
        assert_eq!(day("0000-01-01").checked_plus_days(-1), None);
        assert_eq!(day("2026-11-25").checked_plus_days(i32::MAX), None);
        assert_eq!(day("2026-11-25").checked_plus_days(i32::MIN), None);
        assert_eq!(
            day("9999-12-24").checked_plus_days(7),
            Some(day("9999-12-31"))
        );
        assert_eq!(
            day("0000-01-08").checked_plus_days(-7),
            Some(day("0000-01-01"))
        );
        // 1 January 0000 is a Saturday: its Monday is before the calendar.
        assert_eq!(day("0000-01-01").monday(), None);
        assert_eq!(day("0001-01-01").monday(), Some(day("0001-01-01")));
        assert_eq!(day("9999-12-31").monday(), Some(day("9999-12-27")));
        assert_eq!(Day::from_ymd(10_000, 1, 1), None);
        assert_eq!(Day::from_ymd(-1, 12, 31), None);
    }

    #[test]
    fn a_clock_beyond_the_calendar_gives_its_first_or_last_day() {
        assert_eq!(Day::at(i64::MAX, 0), day("9999-12-31"));
        assert_eq!(Day::at(i64::MAX, 24 * 60), day("9999-12-31"));
        assert_eq!(Day::at(i64::MIN, -24 * 60), day("0000-01-01"));
        // JavaScript's last instant, in the year 275760.
        assert_eq!(Day::at(8_640_000_000_000_000, 0), day("9999-12-31"));
        assert_eq!(Day::at(253_402_300_799_000, 0), day("9999-12-31"));
    }

    #[test]
    fn weeks_start_on_monday() {
        // 25 November 2026 is a Wednesday.
        assert_eq!(day("2026-11-25").weekday_from_monday(), 2);
        assert_eq!(day("2026-11-25").monday(), Some(day("2026-11-23")));
        assert_eq!(day("2026-11-29").monday(), Some(day("2026-11-23")));
        assert_eq!(day("2026-11-30").monday(), Some(day("2026-11-30")));
    }

    #[test]
    fn serializes_as_an_iso_string() {
        assert_eq!(
            serde_json::to_string(&day("2026-11-25")).unwrap(),
            r#""2026-11-25""#
        );
        assert!(serde_json::from_str::<Day>(r#""2026-02-30""#).is_err());
    }
}
