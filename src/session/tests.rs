//! The session model: timelines from doses, the run through them, and what
//! is logged at the end.

use super::*;
use crate::exercises::figure::drawing;
use crate::exercises::motion::{Animation, Phase};
use crate::exercises::{Dose, ExerciseId};

fn step(exercise: ExerciseId, dose: Dose) -> Step {
    Step { exercise, dose }
}

fn bridge(sets: u8, reps: u8) -> Step {
    step(ExerciseId::Bridge, Dose::Reps { sets, reps })
}

fn cycle(exercise: ExerciseId) -> f64 {
    f64::from(Animation::of(drawing(exercise)).duration)
}

/// Runs `run` for `seconds` in ticks of a tenth of a second, as the page
/// does, collecting the events.
fn run_for(run: &mut Run, seconds: f64) -> Vec<Event> {
    let mut events = Vec::new();
    let ticks = (seconds * 10.0).round() as usize;
    for _ in 0..ticks {
        events.extend(run.advance(0.1));
    }
    events
}

/// Starts `run` and runs it to its end, collecting the events.
fn run_to_the_end(run: &mut Run) -> Vec<Event> {
    let mut events = run.resume();
    let length = run.timeline().length();
    events.extend(run_for(run, length + 1.0));
    events
}

#[test]
fn repetitions_are_cycles_of_the_moving_picture_with_rests_between_sets() {
    let timeline = Timeline::of(&[bridge(2, 3)]);
    let doing: Vec<Doing> = timeline.segments.iter().map(|s| s.doing).collect();
    let rep = |set, rep| Doing::Repetition {
        set,
        sets: 2,
        rep,
        reps: 3,
        side: None,
    };
    assert_eq!(
        doing,
        [
            rep(1, 1),
            rep(1, 2),
            rep(1, 3),
            Doing::Rest {
                next_set: 2,
                sets: 2
            },
            rep(2, 1),
            rep(2, 2),
            rep(2, 3),
        ]
    );
    let length = cycle(ExerciseId::Bridge);
    assert_eq!(timeline.length(), 6.0 * length + REST_BETWEEN_SETS);
}

#[test]
fn the_count_changes_exactly_when_the_figure_starts_its_next_cycle() {
    let mut run = Run::new(&[bridge(1, 3)]);
    run.resume();
    let length = cycle(ExerciseId::Bridge);
    let animation = Animation::of(drawing(ExerciseId::Bridge));
    let (out_from, _) = animation.windows(Phase::Out).next().unwrap();
    // Halfway through the way out of repetition 2, the figure is halfway
    // through the way out of its picture.
    run.advance(length + f64::from(out_from) + 1.0);
    let now = run.now().unwrap();
    assert!(matches!(
        now.segment.doing,
        Doing::Repetition { rep: 2, .. }
    ));
    assert!((now.figure_time - (out_from + 1.0)).abs() < 1e-3, "{now:?}");
    // Just before the end of repetition 2 the figure is back at the end of
    // its cycle; just after, repetition 3 and the start of the cycle.
    run.advance(length - f64::from(out_from) - 1.0 - 0.01);
    let before = run.now().unwrap();
    assert!(matches!(
        before.segment.doing,
        Doing::Repetition { rep: 2, .. }
    ));
    assert!((f64::from(before.figure_time) - (length - 0.01)).abs() < 1e-3);
    let events = run.advance(0.02);
    assert_eq!(events, [Event::Began(2)]);
    let after = run.now().unwrap();
    assert!(matches!(
        after.segment.doing,
        Doing::Repetition { rep: 3, .. }
    ));
    assert!(after.figure_time < 0.02 + 1e-3, "{after:?}");
}

#[test]
fn a_repetition_that_holds_counts_down_while_the_figure_holds() {
    // The bridge holds its top position for two counts.
    let animation = Animation::of(drawing(ExerciseId::Bridge));
    let (hold_from, hold_to) = animation.windows(Phase::Hold).next().unwrap();
    assert_eq!(hold_to - hold_from, 2.0);
    let mut run = Run::new(&[bridge(1, 2)]);
    run.resume();
    run.advance(f64::from(hold_from) + 0.5);
    assert_eq!(run.now().unwrap().holding, Some(2));
    assert_eq!(run.advance(1.0), []);
    assert_eq!(run.now().unwrap().holding, Some(1));
    assert_eq!(run.advance(1.0), [Event::HoldEnded(0)]);
    assert_eq!(run.now().unwrap().holding, None);
}

#[test]
fn a_hold_goes_into_the_position_stays_for_the_dose_and_comes_back() {
    let stretch = step(
        ExerciseId::HipFlexorStretch,
        Dose::Hold {
            sets: 1,
            seconds: 30,
        },
    );
    let timeline = Timeline::of(&[stretch]);
    let animation = Animation::of(drawing(ExerciseId::HipFlexorStretch));
    let (out_from, out_to) = animation.windows(Phase::Out).next().unwrap();
    let (back_from, back_to) = animation.windows(Phase::Back).next().unwrap();
    // Done on each side: first side, a turn, the other side.
    let doing: Vec<Doing> = timeline.segments.iter().map(|s| s.doing).collect();
    let hold = |side| Doing::Hold {
        set: 1,
        sets: 1,
        seconds: 30,
        side: Some(side),
    };
    assert_eq!(doing, [hold(Side::First), Doing::Switch, hold(Side::Other)]);
    let first = timeline.segments[0];
    let going = f64::from(out_to - out_from);
    assert_eq!(first.length, going + 30.0 + f64::from(back_to - back_from));
    // The figure goes out, stays still at the held pose for 30 seconds
    // while the count goes down, and comes back.
    assert_eq!(
        first.figure_time(going / 2.0),
        out_from + (out_to - out_from) / 2.0
    );
    for t in [going, going + 10.0, going + 29.9] {
        assert_eq!(first.figure_time(t), out_to, "{t}");
    }
    assert_eq!(first.figure_time(first.length), back_to);
    let mut run = Run::new(&[stretch]);
    run.resume();
    run.advance(going + 0.1);
    assert_eq!(run.now().unwrap().holding, Some(30));
    run.advance(20.0);
    assert_eq!(run.now().unwrap().holding, Some(10));
    assert_eq!(run.advance(10.0), [Event::HoldEnded(0)]);
    let _ = back_from;
}

#[test]
fn walking_loops_the_picture_for_the_minutes_of_the_dose() {
    let walk = step(ExerciseId::Walking, Dose::Minutes { minutes: 20 });
    let timeline = Timeline::of(&[walk]);
    assert_eq!(timeline.segments.len(), 1);
    assert_eq!(timeline.length(), 1200.0);
    let duration = cycle(ExerciseId::Walking) as f32;
    let segment = timeline.segments[0];
    assert!((segment.figure_time(f64::from(duration) * 3.0 + 0.5) - 0.5).abs() < 1e-3);
    let mut run = Run::new(&[walk]);
    run.resume();
    run.advance(7.0 * 60.0 + 30.0);
    assert_eq!(run.now().unwrap().left, 12 * 60 + 30);
    run.stop();
    assert_eq!(run.done()[0].dose, Some(Dose::Minutes { minutes: 7 }));
}

#[test]
fn nothing_moves_before_the_first_tap_or_while_paused_and_resuming_keeps_the_place() {
    let mut run = Run::new(&[bridge(1, 3)]);
    assert!(run.is_paused());
    assert_eq!(run.advance(5.0), []);
    assert_eq!(run.elapsed(), 0.0);
    assert_eq!(run.resume(), [Event::Began(0)]);
    run.advance(3.0);
    run.pause();
    let place = run.now();
    assert_eq!(run.advance(60.0), []);
    assert_eq!(run.now(), place);
    assert_eq!(run.resume(), [], "resuming is no new beginning");
    run.advance(1.0);
    assert_eq!(run.elapsed(), 4.0);
}

#[test]
fn a_whole_session_begins_every_segment_once_in_order_and_ends_once() {
    let steps = [
        bridge(2, 2),
        step(ExerciseId::Walking, Dose::Minutes { minutes: 1 }),
    ];
    let mut run = Run::new(&steps);
    let events = run_to_the_end(&mut run);
    let began: Vec<usize> = events
        .iter()
        .filter_map(|event| match event {
            Event::Began(index) => Some(*index),
            _ => None,
        })
        .collect();
    let count = run.timeline().segments.len();
    assert_eq!(began, (0..count).collect::<Vec<_>>());
    assert_eq!(events.iter().filter(|e| **e == Event::Ended).count(), 1);
    assert_eq!(events.last(), Some(&Event::Ended));
    assert!(run.is_over());
    let done: Vec<Option<Dose>> = run.done().iter().map(|done| done.dose).collect();
    assert_eq!(done, [Some(steps[0].dose), Some(steps[1].dose)]);
}

#[test]
fn skipping_goes_to_the_next_exercise_and_keeps_what_was_done() {
    let walk = step(ExerciseId::Walking, Dose::Minutes { minutes: 5 });
    let mut run = Run::new(&[bridge(2, 10), walk]);
    run.resume();
    // Four repetitions and a bit, then "skip this exercise".
    run.advance(4.5 * cycle(ExerciseId::Bridge));
    let events = run.skip_exercise();
    let walking = run.timeline().segments.len() - 1;
    assert_eq!(events, [Event::Began(walking)]);
    assert!(matches!(
        run.now().unwrap().segment.doing,
        Doing::Steady { .. }
    ));
    run.advance(300.0);
    assert!(run.is_over());
    let done = run.done();
    assert_eq!(done[0].dose, Some(Dose::Reps { sets: 1, reps: 4 }));
    assert!(done[0].skipped);
    assert_eq!(done[1].dose, Some(walk.dose));
    assert!(!done[1].skipped);
}

#[test]
fn a_rest_can_end_early_and_a_stopped_session_logs_what_was_done() {
    let mut run = Run::new(&[bridge(3, 2), bridge(1, 1)]);
    run.resume();
    run.advance(2.0 * cycle(ExerciseId::Bridge) + 1.0);
    assert!(matches!(
        run.now().unwrap().segment.doing,
        Doing::Rest { next_set: 2, .. }
    ));
    assert_eq!(run.end_rest(), [Event::Began(3)]);
    run.advance(2.0 * cycle(ExerciseId::Bridge));
    run.stop();
    assert!(run.is_over());
    assert_eq!(run.advance(100.0), [], "a stopped session stays stopped");
    let done = run.done();
    assert_eq!(done[0].dose, Some(Dose::Reps { sets: 2, reps: 2 }));
    assert!(!done[0].skipped);
    assert_eq!(done[1].dose, None, "not reached");
}

#[test]
fn an_exercise_on_each_side_counts_a_set_when_both_sides_did_it() {
    // The clamshell is done on each side.
    let clamshell = step(ExerciseId::Clamshell, Dose::Reps { sets: 2, reps: 3 });
    let timeline = Timeline::of(&[clamshell]);
    let sides: Vec<Option<Side>> = timeline
        .segments
        .iter()
        .filter_map(|segment| match segment.doing {
            Doing::Repetition { side, .. } => Some(side),
            _ => None,
        })
        .collect();
    assert_eq!(
        sides,
        [[Some(Side::First); 3], [Some(Side::Other); 3]]
            .concat()
            .repeat(2)
    );
    let mut run = Run::new(&[clamshell]);
    run.resume();
    // The first side of set 1 and two of the other side.
    run.advance(5.0 * cycle(ExerciseId::Clamshell) + SWITCH_SIDES + 0.1);
    run.stop();
    assert_eq!(run.done()[0].dose, Some(Dose::Reps { sets: 1, reps: 2 }));
}

#[test]
fn a_run_survives_being_stored_and_read_back() {
    let mut run = Run::new(&[
        bridge(2, 5),
        step(ExerciseId::Walking, Dose::Minutes { minutes: 3 }),
    ]);
    run.resume();
    run.advance(12.3);
    run.skip_exercise();
    run.advance(20.0);
    run.pause();
    let text = serde_json::to_string(&run).unwrap();
    let back: Run = serde_json::from_str(&text).unwrap();
    assert_eq!(back, run);
    assert_eq!(back.done(), run.done());
}

mod what_is_said {
    use super::*;
    use crate::device::cues::Cue;
    use crate::exercises::exercise;
    use crate::i18n::Lang;
    use crate::session::announce::{announce, Announcement};
    use crate::session::session_texts;

    fn said(run: &Run, event: Event, lang: Lang) -> Announcement {
        announce(event, run, session_texts(lang), |id| {
            exercise(id, lang).name
        })
    }

    #[test]
    fn each_repetition_is_counted_aloud_and_each_exercise_named_in_the_apps_language() {
        let steps = [
            bridge(2, 2),
            step(ExerciseId::Walking, Dose::Minutes { minutes: 1 }),
        ];
        let mut run = Run::new(&steps);
        let events = run_to_the_end(&mut run);
        let spoken: Vec<String> = events
            .iter()
            .filter_map(|&event| said(&run, event, Lang::Nl).spoken)
            .collect();
        assert_eq!(
            spoken,
            [
                "Nu: Bruggetje",
                "2",
                "Rust",
                "1",
                "2",
                "Nu: Wandelen",
                "Klaar"
            ]
        );
        let english: Vec<String> = events
            .iter()
            .filter_map(|&event| said(&run, event, Lang::En).spoken)
            .collect();
        assert_eq!(english[0], "Now: Bridge");
        assert_eq!(english.last().map(String::as_str), Some("Done"));
    }

    #[test]
    fn cues_mark_each_repetition_the_end_of_a_rest_and_of_an_exercise() {
        let mut run = Run::new(&[bridge(2, 2), bridge(1, 1)]);
        let events = run_to_the_end(&mut run);
        let cues: Vec<Cue> = events
            .iter()
            .filter_map(|&event| said(&run, event, Lang::Nl).cue)
            .collect();
        assert_eq!(
            cues,
            [
                Cue::Repetition,
                Cue::RestEnd,
                Cue::Repetition,
                Cue::ExerciseEnd,
                Cue::ExerciseEnd
            ]
        );
    }

    #[test]
    fn a_screen_reader_hears_one_line_per_repetition_not_one_per_second() {
        let mut run = Run::new(&[bridge(1, 10)]);
        let mut events = run.resume();
        events.extend(run_for(&mut run, 70.0));
        let lines: Vec<String> = events
            .iter()
            .filter_map(|&event| said(&run, event, Lang::Nl).live)
            .collect();
        assert_eq!(lines.len(), 11, "{lines:?}");
        assert_eq!(lines[0], "Oefening 1 van 1. Nu: Bruggetje. 1 van 10");
        assert_eq!(lines[1], "2 van 10");
    }

    #[test]
    fn a_hold_says_when_to_let_go() {
        let stretch = step(
            ExerciseId::HipFlexorStretch,
            Dose::Hold {
                sets: 1,
                seconds: 30,
            },
        );
        let mut run = Run::new(&[stretch]);
        let events = run_to_the_end(&mut run);
        let spoken: Vec<String> = events
            .iter()
            .filter_map(|&event| said(&run, event, Lang::Nl).spoken)
            .collect();
        assert_eq!(
            spoken,
            [
                "Nu: Heupbuiger rekken",
                "Loslaten",
                "Wissel van kant",
                "Ga rustig in de houding",
                "Loslaten",
                "Klaar"
            ]
        );
    }
}
