//! The exercise reminder in the phone's own calendar: with a schedule, on
//! the weekdays the patient picks (as many as the schedule's days per
//! week); without one, every day. The app makes a calendar file; the
//! phone's calendar does the reminding, so no account or push server is
//! needed. Only a generic reminder goes into the calendar (which may sync
//! to a cloud), never the diary itself.

use super::ics::{self, Repeat, RepeatingEvent, TimeOfDay};
use crate::calendar::Day;

/// The name of the downloaded file.
pub const FILE_NAME: &str = "heup-rug-herinnering.ics";

/// How long the reminder's event lasts in the calendar.
const MINUTES: u16 = 15;

/// The time the time field starts at.
pub const DEFAULT_TIME: &str = "19:00";

/// Weekdays picked for the reminder, Monday first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Weekdays([bool; 7]);

impl Weekdays {
    /// A sensible first choice for `days_per_week`, spread over the week so
    /// there is rest in between (Monday, Wednesday, Friday for three).
    pub fn spread(days_per_week: u8) -> Weekdays {
        let picked: &[usize] = match days_per_week {
            0 | 1 => &[2],
            2 => &[0, 3],
            3 => &[0, 2, 4],
            4 => &[0, 1, 3, 4],
            5 => &[0, 1, 2, 3, 4],
            6 => &[0, 1, 2, 3, 4, 5],
            _ => &[0, 1, 2, 3, 4, 5, 6],
        };
        let mut days = [false; 7];
        for &day in picked {
            days[day] = true;
        }
        Weekdays(days)
    }

    /// Whether weekday `index` (Monday 0) is picked.
    pub fn is_on(self, index: usize) -> bool {
        self.0.get(index).copied().unwrap_or(false)
    }

    /// The same choice with weekday `index` switched.
    pub fn toggled(self, index: usize) -> Weekdays {
        let mut days = self.0;
        if let Some(day) = days.get_mut(index) {
            *day = !*day;
        }
        Weekdays(days)
    }

    /// How many weekdays are picked.
    pub fn count(self) -> u8 {
        self.0.iter().filter(|on| **on).count() as u8
    }

    /// The first picked day on or after `day`, if any is picked.
    fn first_on_or_after(self, day: Day) -> Option<Day> {
        (0..7)
            .filter_map(|offset| day.checked_plus_days(offset))
            .find(|candidate| self.is_on(usize::from(candidate.weekday_from_monday())))
    }
}

/// Why the reminder cannot be made yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReminderProblem {
    /// The time field holds no time.
    Time,
    /// Not as many weekdays picked as the schedule has days per week.
    Days { wanted: u8 },
}

/// A reminder ready to be written as a calendar file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reminder {
    pub repeat: Repeat,
    pub first_day: Day,
    pub time: TimeOfDay,
}

/// What the reminder says, in the patient's language.
pub struct ReminderWords<'a> {
    pub summary: &'a str,
    pub description: &'a str,
}

impl Reminder {
    /// The reminder for a schedule of `days_per_week` on `weekdays` (or,
    /// with no schedule, `None`: every day) at the time in `time_field`,
    /// starting today or on the schedule's later start day.
    pub fn plan(
        days_per_week: Option<u8>,
        weekdays: Weekdays,
        time_field: &str,
        today: Day,
        schedule_start: Option<Day>,
    ) -> Result<Reminder, ReminderProblem> {
        let time = TimeOfDay::parse(time_field).ok_or(ReminderProblem::Time)?;
        let from = schedule_start.map_or(today, |start| start.max(today));
        let (repeat, first_day) = match days_per_week {
            None => (Repeat::Daily, from),
            Some(wanted) => {
                let first = weekdays
                    .first_on_or_after(from)
                    .filter(|_| weekdays.count() == wanted)
                    .ok_or(ReminderProblem::Days { wanted })?;
                (Repeat::Weekly(weekdays.0), first)
            }
        };
        Ok(Reminder {
            repeat,
            first_day,
            time,
        })
    }

    /// The calendar file. `origin` is the site (`https://rugcentrum.nl`),
    /// `diary_url` the diary's full address, which the event opens.
    pub fn calendar_file(
        &self,
        origin: &str,
        diary_url: &str,
        words: &ReminderWords,
        made_at_millis: i64,
    ) -> String {
        let host = origin.split_once("://").map_or(origin, |(_, host)| host);
        // One reminder per site: downloading it again updates the event.
        let uid = format!("heup-rug-oefenherinnering@{host}");
        ics::calendar_file(&RepeatingEvent {
            uid: &uid,
            made_at_millis,
            first_day: self.first_day,
            time: self.time,
            minutes: MINUTES,
            repeat: self.repeat,
            summary: words.summary,
            description: words.description,
            url: diary_url,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> Day {
        Day::parse(text).unwrap()
    }

    #[test]
    fn spreads_the_days_over_the_week() {
        let names = ["ma", "di", "wo", "do", "vr", "za", "zo"];
        let cases = [
            (1, "wo"),
            (2, "ma do"),
            (3, "ma wo vr"),
            (4, "ma di do vr"),
            (5, "ma di wo do vr"),
            (6, "ma di wo do vr za"),
            (7, "ma di wo do vr za zo"),
        ];
        for (days, expected) in cases {
            let spread = Weekdays::spread(days);
            let picked: Vec<&str> = (0..7)
                .filter(|&i| spread.is_on(i))
                .map(|i| names[i])
                .collect();
            assert_eq!(picked.join(" "), expected);
            assert_eq!(spread.count(), days);
        }
    }

    #[test]
    fn a_weekly_reminder_starts_on_the_first_picked_day() {
        // 25 November 2026 is a Wednesday.
        let today = day("2026-11-25");
        let mon_wed_fri = Weekdays::spread(3);
        let cases = [
            (None, "2026-11-25"),
            (Some("2026-11-26"), "2026-11-27"),
            (Some("2026-12-01"), "2026-12-02"),
            (Some("2026-11-01"), "2026-11-25"),
        ];
        for (start, first) in cases {
            let reminder =
                Reminder::plan(Some(3), mon_wed_fri, "19:00", today, start.map(day)).unwrap();
            assert_eq!(reminder.first_day, day(first), "start {start:?}");
            assert_eq!(
                reminder.repeat,
                Repeat::Weekly([true, false, true, false, true, false, false])
            );
        }
    }

    #[test]
    fn without_a_schedule_the_reminder_is_daily_from_today() {
        let reminder =
            Reminder::plan(None, Weekdays::spread(3), "07:30", day("2026-11-25"), None).unwrap();
        assert_eq!(reminder.repeat, Repeat::Daily);
        assert_eq!(reminder.first_day, day("2026-11-25"));
        assert_eq!(reminder.time, TimeOfDay::new(7, 30).unwrap());
    }

    #[test]
    fn says_what_to_fix() {
        let today = day("2026-11-25");
        let two = Weekdays::spread(3).toggled(4);
        assert_eq!(two.count(), 2);
        let cases = [
            (Some(3), two, "19:00", ReminderProblem::Days { wanted: 3 }),
            (Some(3), Weekdays::spread(3), "", ReminderProblem::Time),
            (
                Some(1),
                Weekdays::spread(1).toggled(2),
                "19:00",
                ReminderProblem::Days { wanted: 1 },
            ),
        ];
        for (days, weekdays, time, problem) in cases {
            assert_eq!(
                Reminder::plan(days, weekdays, time, today, None),
                Err(problem)
            );
        }
    }

    #[test]
    fn the_file_opens_the_diary_and_keeps_one_identity_per_site() {
        let reminder = Reminder::plan(
            Some(3),
            Weekdays::spread(3),
            "19:00",
            day("2026-11-25"),
            None,
        )
        .unwrap();
        let words = ReminderWords {
            summary: "Oefenen",
            description: "Open je dagboek: https://rugcentrum.nl/heup-rug/dagboek",
        };
        let file = reminder.calendar_file(
            "https://rugcentrum.nl",
            "https://rugcentrum.nl/heup-rug/dagboek",
            &words,
            0,
        );
        let unfolded = file.replace("\r\n ", "");
        assert!(unfolded.contains("\r\nUID:heup-rug-oefenherinnering@rugcentrum.nl\r\n"));
        assert!(unfolded.contains("\r\nURL:https://rugcentrum.nl/heup-rug/dagboek\r\n"));
        assert!(unfolded.contains("\r\nDTSTART;TZID=Europe/Amsterdam:20261125T190000\r\n"));
        assert!(unfolded.contains("\r\nRRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR\r\n"));
    }
}
