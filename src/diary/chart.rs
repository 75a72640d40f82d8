//! The geometry of the pain chart: where each day's dot and the weekly
//! average line go in the SVG. Pure, so the picture can be tested; every
//! loop in it is bounded by the days it spans, so a day at the end of the
//! calendar draws a chart instead of hanging the page.

use super::stats::{DayPain, WeekPain};
use crate::calendar::Day;

/// The chart's size in SVG units (it scales to the screen width).
pub const WIDTH: f32 = 320.0;
pub const HEIGHT: f32 = 180.0;
const LEFT: f32 = 28.0;
const RIGHT: f32 = 8.0;
const TOP: f32 = 8.0;
const BOTTOM: f32 = 24.0;

/// The shortest period the chart spans, so a few days don't fill the width.
const MIN_SPAN_DAYS: i32 = 13;

/// A point in SVG units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub x: f32,
    pub y: f32,
}

/// Everything the chart view draws.
#[derive(Clone, Debug, PartialEq)]
pub struct PainChart {
    pub from: Day,
    pub to: Day,
    /// One dot per day with entries.
    pub day_dots: Vec<Point>,
    /// The weekly averages, joined by a line, placed mid-week.
    pub week_line: Vec<Point>,
    /// Horizontal grid lines: (pain value, y).
    pub pain_lines: Vec<(u8, f32)>,
    /// Labels along the bottom: (x, first day of that week).
    pub week_marks: Vec<(f32, Day)>,
}

fn y_of(pain: f32) -> f32 {
    TOP + (10.0 - pain.clamp(0.0, 10.0)) / 10.0 * (HEIGHT - TOP - BOTTOM)
}

/// The chart of pain (before exercising) from `from` to `to`, at least two
/// weeks wide (at the end of the calendar, its last two weeks). `None`
/// only if the calendar cannot hold two weeks there, which it always can.
pub fn pain_chart(days: &[DayPain], weeks: &[WeekPain], from: Day, to: Day) -> Option<PainChart> {
    let (from, to) = if from.days_until(to) >= MIN_SPAN_DAYS {
        (from, to)
    } else {
        let to = from.checked_plus_days(MIN_SPAN_DAYS).unwrap_or(Day::LAST);
        (to.checked_plus_days(-MIN_SPAN_DAYS)?, to)
    };
    let in_range = |day: Day| day >= from && day <= to;
    let day_dots = days
        .iter()
        .filter(|d| in_range(d.day))
        .map(|d| Point {
            x: x_of(from, to, d.day),
            y: y_of(d.before),
        })
        .collect();
    let week_line = line_through(from, to, weeks.iter().map(|w| (w.monday, w.before)));
    let pain_lines = [0u8, 5, 10]
        .into_iter()
        .map(|pain| (pain, y_of(pain.into())))
        .collect();
    // A label every other week keeps them readable on a phone: the
    // Mondays from the first one on or after `from`, no more than fit.
    let first_monday = from.checked_plus_days((7 - i32::from(from.weekday_from_monday())) % 7);
    let week_marks = (0..=from.days_until(to) / 7)
        .step_by(2)
        .filter_map(|n| first_monday?.checked_plus_days(7 * n))
        .filter(|monday| *monday <= to)
        .map(|monday| (x_of(from, to, monday), monday))
        .collect();
    Some(PainChart {
        from,
        to,
        day_dots,
        week_line,
        pain_lines,
        week_marks,
    })
}

/// Where `day` goes on a chart from `from` to `to`.
fn x_of(from: Day, to: Day, day: Day) -> f32 {
    let span = from.days_until(to) as f32;
    LEFT + (from.days_until(day) as f32 / span).clamp(0.0, 1.0) * (WIDTH - LEFT - RIGHT)
}

/// A line through weekly averages (`(monday, pain)`), each placed mid-week,
/// leaving out weeks whose middle is outside the chart.
fn line_through(from: Day, to: Day, weeks: impl IntoIterator<Item = (Day, f32)>) -> Vec<Point> {
    weeks
        .into_iter()
        .filter_map(|(monday, pain)| Some((monday.checked_plus_days(3)?, pain)))
        .filter(|(middle, _)| *middle >= from && *middle <= to)
        .map(|(middle, pain)| Point {
            x: x_of(from, to, middle),
            y: y_of(pain),
        })
        .collect()
}

impl PainChart {
    /// Another weekly line on this chart (pain after exercising, say).
    pub fn week_line_of(&self, weeks: impl IntoIterator<Item = (Day, f32)>) -> Vec<Point> {
        line_through(self.from, self.to, weeks)
    }
}

/// The bottom of the plotting area, where the week labels go.
pub fn axis_y() -> f32 {
    HEIGHT - BOTTOM
}

/// The left edge of the plotting area.
pub fn axis_x() -> f32 {
    LEFT
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    fn day(text: &str) -> Day {
        Day::parse(text).unwrap()
    }

    fn day_pain(text: &str, before: f32) -> DayPain {
        DayPain {
            day: day(text),
            before,
            after: before,
        }
    }

    #[test]
    fn more_pain_is_drawn_higher_and_later_days_further_right() {
        let days = [
            day_pain("2026-11-02", 8.0),
            day_pain("2026-11-10", 4.0),
            day_pain("2026-11-20", 0.0),
        ];
        let chart = pain_chart(&days, &[], day("2026-11-01"), day("2026-11-25")).unwrap();
        let dots = &chart.day_dots;
        assert_eq!(dots.len(), 3);
        assert!(dots[0].x < dots[1].x && dots[1].x < dots[2].x);
        assert!(
            dots[0].y < dots[1].y && dots[1].y < dots[2].y,
            "higher pain, smaller y"
        );
        for dot in dots {
            assert!(
                (0.0..=WIDTH).contains(&dot.x) && (0.0..=HEIGHT).contains(&dot.y),
                "{dot:?}"
            );
        }
        assert_eq!(dots[2].y, axis_y(), "pain 0 sits on the axis");
    }

    #[test]
    fn week_averages_sit_mid_week_and_days_outside_the_period_are_left_out() {
        let weeks = [
            WeekPain {
                monday: day("2026-10-26"),
                before: 9.0,
                after: 9.0,
                entries: 2,
            },
            WeekPain {
                monday: day("2026-11-02"),
                before: 6.0,
                after: 5.0,
                entries: 4,
            },
            WeekPain {
                monday: day("2026-11-09"),
                before: 4.0,
                after: 3.0,
                entries: 4,
            },
        ];
        let days = [day_pain("2026-10-27", 9.0), day_pain("2026-11-03", 6.0)];
        let chart = pain_chart(&days, &weeks, day("2026-11-01"), day("2026-11-25")).unwrap();
        assert_eq!(chart.day_dots.len(), 1);
        assert_eq!(
            chart.week_line.len(),
            2,
            "the week of 26 October is mostly before the period"
        );
        let thursday = pain_chart(
            &[day_pain("2026-11-05", 6.0)],
            &[],
            day("2026-11-01"),
            day("2026-11-25"),
        )
        .unwrap();
        assert_eq!(chart.week_line[0].x, thursday.day_dots[0].x);
        assert!(chart.week_line[0].y < chart.week_line[1].y);
    }

    #[test]
    fn a_short_diary_still_spans_two_weeks() {
        let chart = pain_chart(
            &[day_pain("2026-11-24", 5.0)],
            &[],
            day("2026-11-24"),
            day("2026-11-25"),
        )
        .unwrap();
        assert_eq!(chart.to, day("2026-12-07"));
        assert!(chart.day_dots[0].x <= axis_x() + 1.0);
    }

    #[test]
    fn grid_lines_mark_0_5_and_10_and_weeks_are_labelled() {
        let chart = pain_chart(&[], &[], day("2026-09-01"), day("2026-11-25")).unwrap();
        let values: Vec<u8> = chart.pain_lines.iter().map(|(pain, _)| *pain).collect();
        assert_eq!(values, [0, 5, 10]);
        assert!(chart.week_marks.len() >= 5);
        assert!(chart
            .week_marks
            .iter()
            .all(|(_, monday)| monday.weekday_from_monday() == 0));
    }

    /// Runs `draw` on its own thread and fails if it has not finished
    /// within five seconds: a chart that never ends fails instead of
    /// hanging the test run.
    pub(crate) fn finishes<T: Send + 'static>(draw: impl FnOnce() -> T + Send + 'static) -> T {
        let (done, finished) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let _ = done.send(draw());
        });
        finished
            .recv_timeout(std::time::Duration::from_secs(5))
            .expect("finished within five seconds")
    }

    #[test]
    fn a_day_at_the_end_of_the_calendar_draws_a_chart_and_ends() {
        // Before, the week labels counted Mondays up to the end, but a
        // Monday past 9999 came back as the same day: the page hung.
        let chart = finishes(|| {
            pain_chart(
                &[day_pain("9999-12-28", 5.0)],
                &[],
                day("9999-12-28"),
                day("2026-11-25"),
            )
        })
        .unwrap();
        assert_eq!(
            (chart.from, chart.to),
            (day("9999-12-18"), day("9999-12-31")),
            "the calendar's last two weeks"
        );
        assert_eq!(chart.day_dots.len(), 1);
        assert!(chart.day_dots[0].x.is_finite() && chart.day_dots[0].x <= WIDTH);
        assert_eq!(
            chart.week_marks.iter().map(|(_, m)| *m).collect::<Vec<_>>(),
            [day("9999-12-20")]
        );
        assert_eq!(chart.week_line_of([(day("9999-12-27"), 5.0)]).len(), 1);
        let start =
            finishes(|| pain_chart(&[], &[], day("0000-01-01"), day("0000-01-02"))).unwrap();
        assert_eq!(start.to, day("0000-01-14"));
        assert_eq!(start.week_marks[0].1, day("0000-01-03"));
    }
}
