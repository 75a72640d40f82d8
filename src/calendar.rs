//! Calendar days as the patient lives them: the date on the phone's own
//! clock, not a UTC instant, so "today", streaks and weekly averages follow
//! the patient across time zones and daylight saving. Stored as
//! `"YYYY-MM-DD"`.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use time::{Date, Month};

/// One calendar day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(Date);

impl Day {
    /// The day with this year, month (1–12) and day of the month, if it exists.
    pub fn from_ymd(year: i32, month: u8, day: u8) -> Option<Day> {
        let month = Month::try_from(month).ok()?;
        Date::from_calendar_date(year, month, day).ok().map(Day)
    }

    /// Reads `"YYYY-MM-DD"`.
    pub fn parse(text: &str) -> Option<Day> {
        let mut parts = text.splitn(3, '-');
        let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
        if year.len() != 4 || month.len() != 2 || day.len() != 2 {
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

    /// The Monday of this day's week.
    pub fn monday(self) -> Day {
        self.plus_days(-i32::from(self.weekday_from_monday()))
    }

    /// The day `days` later (earlier when negative).
    pub fn plus_days(self, days: i32) -> Day {
        Day(Date::from_julian_day(self.0.to_julian_day() + days).unwrap_or(self.0))
    }

    /// How many days from `self` to `later` (negative if `later` is earlier).
    pub fn days_until(self, later: Day) -> i32 {
        later.0.to_julian_day() - self.0.to_julian_day()
    }

    /// Today on the phone's own clock and time zone. Browser only (it asks
    /// JavaScript's `Date`); it compiles natively so views that use it do.
    pub fn today() -> Day {
        let now = js_sys::Date::new_0();
        // The JS date of "now" is always a valid calendar day.
        Day::from_ymd(
            now.get_full_year() as i32,
            now.get_month() as u8 + 1,
            now.get_date() as u8,
        )
        .unwrap_or(Day(Date::MIN))
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
        ] {
            assert_eq!(Day::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn counts_days_across_month_and_year_ends() {
        assert_eq!(day("2026-01-31").plus_days(1), day("2026-02-01"));
        assert_eq!(day("2026-12-31").plus_days(1), day("2027-01-01"));
        assert_eq!(day("2024-03-01").plus_days(-1), day("2024-02-29"));
        assert_eq!(day("2026-11-25").days_until(day("2027-01-05")), 41);
        assert_eq!(day("2027-01-05").days_until(day("2026-11-25")), -41);
    }

    #[test]
    fn weeks_start_on_monday() {
        // 25 November 2026 is a Wednesday.
        assert_eq!(day("2026-11-25").weekday_from_monday(), 2);
        assert_eq!(day("2026-11-25").monday(), day("2026-11-23"));
        assert_eq!(day("2026-11-29").monday(), day("2026-11-23"));
        assert_eq!(day("2026-11-30").monday(), day("2026-11-30"));
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
