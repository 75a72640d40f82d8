//! Draws an exercise as SVG: the floor, a mat or a chair, and a body of
//! round-ended strokes (`body.rs`), either still in one pose or moving
//! through the exercise's timeline (`motion.rs`) with SMIL `<animate>`
//! elements, which play under the strict Content-Security-Policy without
//! any script or style attribute. Colours come from the stylesheet, so the
//! drawings follow dark mode.
//!
//! The inside of each picture is written as one string of markup by plain
//! functions (tested natively) and handed to the `<svg>` element whole: a
//! moving picture has a few dozen paths with long value lists, and as
//! markup it costs a fraction of the code and time that a view per part
//! would.

use std::fmt::Write;

use leptos::prelude::*;

use super::body::{parts, Part, Shade};
use super::figure::{
    Drawing, Frame, Motion, Pose, Prop, CHAIR_BACK, CHAIR_DEPTH, FLOOR_Y, MAT_THICKNESS,
};
use super::motion::{Animation, Phase, Tempo};
use crate::decimal::Fixed;
use crate::shell::first_frame::escape;

/// A coordinate as SVG wants it: one decimal is finer than a pixel.
fn n(value: f32) -> Fixed<1> {
    Fixed(value.into())
}

/// The size of the cue's letters, in drawing units.
const CUE_SIZE: f32 = 6.0;

/// Writes the floor line and the props, which stand behind the figure.
/// Seen from above there is no floor line: the mat is an area.
fn write_scenery(svg: &mut String, props: &[Prop], frame: Frame) {
    let (left, right) = (n(frame.x), n(frame.x + frame.width));
    let floor = n(FLOOR_Y);
    if !props.contains(&Prop::MatFromAbove) {
        let _ = write!(
            svg,
            r#"<path class="ex-floor" d="M{left} {floor}H{right}"/>"#
        );
    }
    for &prop in props {
        let _ = match prop {
            Prop::Chair { seat_front: s } => write!(
                svg,
                r#"<path class="ex-prop" d="M{back} {top}V{floor}M{back} {seat}H{front}V{floor}"/>"#,
                back = n(s.x - CHAIR_DEPTH),
                top = n(s.y - CHAIR_BACK),
                seat = n(s.y),
                front = n(s.x),
            ),
            Prop::Mat => {
                let inset = frame.width * 0.06;
                write!(
                    svg,
                    r#"<path class="ex-mat" d="M{} {y}H{}"/>"#,
                    n(frame.x + inset),
                    n(frame.x + frame.width - inset),
                    y = n(FLOOR_Y + MAT_THICKNESS / 2.0),
                )
            }
            Prop::MatFromAbove => {
                let inset = frame.width * 0.03;
                write!(
                    svg,
                    r#"<rect class="ex-mat-area" x="{}" y="{}" width="{}" height="{}" rx="3"/>"#,
                    n(frame.x + inset),
                    n(frame.y + inset),
                    n(frame.width - 2.0 * inset),
                    n(FLOOR_Y + MAT_THICKNESS - frame.y - inset),
                )
            }
        };
    }
}

/// An arrow as path data: the shaft, then the head.
fn arrow_path(motion: Motion) -> String {
    let [left, right] = motion.head();
    let (from, to) = (motion.from, motion.to);
    format!(
        "M{} {}L{} {}M{} {}L{} {}L{} {}",
        n(from.x),
        n(from.y),
        n(to.x),
        n(to.y),
        n(left.x),
        n(left.y),
        n(to.x),
        n(to.y),
        n(right.x),
        n(right.y),
    )
}

/// A part of the body as path data: one straight stroke.
fn part_path(part: &Part) -> String {
    format!(
        "M{} {}L{} {}",
        n(part.from.x),
        n(part.from.y),
        n(part.to.x),
        n(part.to.y)
    )
}

fn shade_class(shade: Shade) -> &'static str {
    match shade {
        Shade::Far => "ex-part ex-far",
        Shade::Body => "ex-part ex-body",
        Shade::Pelvis => "ex-part ex-pelvis",
        Shade::Near => "ex-part ex-near",
        Shade::Outline => "ex-part ex-outline",
    }
}

fn view_box(frame: Frame) -> String {
    format!(
        "{} {} {} {}",
        n(frame.x),
        n(frame.y),
        n(frame.width),
        n(frame.height)
    )
}

/// The inside of a still picture of `pose`, with the movement's arrow if
/// given.
pub fn still_markup(pose: &Pose, props: &[Prop], frame: Frame, arrow: Option<Motion>) -> String {
    let mut svg = String::with_capacity(2048);
    write_scenery(&mut svg, props, frame);
    for part in parts(pose) {
        let _ = write!(
            svg,
            r#"<path class="{}" d="{}" stroke-width="{}"/>"#,
            shade_class(part.shade),
            part_path(&part),
            n(part.width)
        );
    }
    if let Some(arrow) = arrow {
        let _ = write!(
            svg,
            r#"<path class="ex-motion" d="{}"/>"#,
            arrow_path(arrow)
        );
    }
    svg
}

/// The moving picture's frame: the drawing's, with a band above the
/// figure for a cue, so the cue never covers the body.
pub fn moving_frame(drawing: &Drawing, animation: &Animation, with_cue: bool) -> Frame {
    let mut frame = drawing.frame_around(&animation.frames);
    if with_cue {
        let band = CUE_SIZE * 1.6;
        frame.y -= band;
        frame.height += band;
    }
    frame
}

/// Writes the attributes of an `<animate>` running every `duration`.
fn write_timing(svg: &mut String, times: &str, duration: f32) {
    let _ = write!(
        svg,
        r#" keyTimes="{times}" dur="{}s" repeatCount="indefinite"/>"#,
        Fixed::<2>(duration.into())
    );
}

/// The `keyTimes` of points at `times` (seconds) in a cycle of `duration`.
fn key_times(times: impl Iterator<Item = f32>, duration: f32) -> String {
    let mut list = String::new();
    for (index, at) in times.enumerate() {
        if index > 0 {
            list.push(';');
        }
        let _ = write!(
            list,
            "{}",
            Fixed::<4>((at / duration).clamp(0.0, 1.0).into())
        );
    }
    list
}

/// Writes an opacity animation that shows its element only during `phase`.
fn write_shown_during(svg: &mut String, animation: &Animation, phase: Phase) {
    let points = animation.visible_during(phase);
    let values: Vec<&str> = points
        .iter()
        .map(|&(_, shown)| if shown { "1" } else { "0" })
        .collect();
    let times = key_times(points.iter().map(|&(at, _)| at), animation.duration);
    let _ = write!(
        svg,
        r#"<animate attributeName="opacity" values="{}""#,
        values.join(";")
    );
    write_timing(svg, &times, animation.duration);
}

/// The inside of the moving picture of `drawing` in `frame`: the body
/// moving through `animation`, arrows for the direction, and `cue` (such
/// as "Houd 30 seconden vast") written in while the end pose is held.
pub fn moving_markup(
    drawing: &Drawing,
    animation: &Animation,
    frame: Frame,
    cue: Option<&str>,
) -> String {
    let mut svg = String::with_capacity(32 * 1024);
    write_scenery(&mut svg, drawing.props, frame);
    let times = key_times(animation.keys.iter().map(|key| key.at), animation.duration);
    let frames: Vec<Vec<Part>> = animation.frames.iter().map(parts).collect();
    for (index, part) in frames[0].iter().enumerate() {
        let paths: Vec<String> = animation
            .keys
            .iter()
            .map(|key| part_path(&frames[key.frame][index]))
            .collect();
        let _ = write!(
            svg,
            r#"<path class="{}" d="{}" stroke-width="{}">"#,
            shade_class(part.shade),
            paths[0],
            n(part.width)
        );
        // A part that never moves needs no animation.
        if paths.iter().any(|path| *path != paths[0]) {
            let _ = write!(
                svg,
                r#"<animate attributeName="d" values="{}""#,
                paths.join(";")
            );
            write_timing(&mut svg, &times, animation.duration);
        }
        svg.push_str("</path>");
    }
    let forward = arrow_path(drawing.motion);
    if drawing.tempo == Tempo::Steady {
        // A movement that goes on (walking) keeps its one direction.
        let _ = write!(svg, r#"<path class="ex-motion" d="{forward}"/>"#);
    } else {
        let back = arrow_path(Motion {
            from: drawing.motion.to,
            to: drawing.motion.from,
        });
        for (path, phase) in [(forward, Phase::Out), (back, Phase::Back)] {
            let _ = write!(svg, r#"<path class="ex-motion" d="{path}" opacity="0">"#);
            write_shown_during(&mut svg, animation, phase);
            svg.push_str("</path>");
        }
    }
    if let Some(cue) = cue {
        let _ = write!(
            svg,
            r#"<text class="ex-cue" x="{}" y="{}" font-size="{}" opacity="0">{}"#,
            n(frame.x + CUE_SIZE * 0.4),
            n(frame.y + CUE_SIZE * 1.2),
            n(CUE_SIZE),
            escape(cue)
        );
        write_shown_during(&mut svg, animation, Phase::Hold);
        svg.push_str("</text>");
    }
    svg
}

/// One pose of an exercise, still, showing `frame` of the canvas (the
/// drawing's frame, shared by all its pictures). With `label` it is a
/// picture with that text alternative; without, it is decoration (for
/// example next to the exercise's name in the list).
#[component]
pub fn PoseSvg(
    pose: &'static Pose,
    props: &'static [Prop],
    frame: Frame,
    /// The arrow showing the movement, for the end picture.
    #[prop(default = None)]
    motion: Option<Motion>,
    #[prop(optional)] label: Option<&'static str>,
) -> impl IntoView {
    let (role, hidden) = match label {
        Some(_) => (Some("img"), None),
        None => (None, Some("true")),
    };
    view! {
        <svg
            class="ex-figure"
            viewBox=view_box(frame)
            role=role
            aria-hidden=hidden
            aria-label=label
            focusable="false"
            inner_html=still_markup(pose, props, frame, motion)
        />
    }
}

/// The exercise moving from its start pose to its end pose and back, at
/// its pace (see [`moving_markup`]).
#[component]
pub fn MovingFigure(
    drawing: &'static Drawing,
    label: String,
    cue: Option<String>,
    node_ref: NodeRef<leptos::svg::Svg>,
) -> impl IntoView {
    let animation = Animation::of(drawing);
    let frame = moving_frame(drawing, &animation, cue.is_some());
    let markup = moving_markup(drawing, &animation, frame, cue.as_deref());
    view! {
        <svg
            node_ref=node_ref
            class="ex-figure ex-moving"
            viewBox=view_box(frame)
            role="img"
            aria-label=label
            focusable="false"
            inner_html=markup
        />
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::figure::{drawing, p};
    use crate::exercises::ExerciseId;

    const CANVAS: Frame = Frame {
        x: 0.0,
        y: 0.0,
        width: 120.0,
        height: 100.0,
    };

    #[test]
    fn a_chair_is_a_back_a_seat_and_two_legs_down_to_the_floor() {
        let mut svg = String::new();
        let chair = Prop::Chair {
            seat_front: p(50.0, 75.5),
        };
        write_scenery(&mut svg, &[chair], CANVAS);
        assert!(
            svg.contains(r#"d="M30.0 45.5V95.0M30.0 75.5H50.0V95.0""#),
            "{svg}"
        );
    }

    #[test]
    fn a_figure_seen_from_above_lies_on_a_mat_area_without_a_floor_line() {
        let mut above = String::new();
        write_scenery(&mut above, &[Prop::MatFromAbove], CANVAS);
        assert!(above.contains(r#"class="ex-mat-area""#), "{above}");
        assert!(!above.contains("ex-floor"), "{above}");
        let mut side = String::new();
        write_scenery(&mut side, &[Prop::Mat], CANVAS);
        assert!(side.contains("ex-floor") && !side.contains("ex-mat-area"));
        // The clamshell is drawn from above, the side leg raise from the front.
        assert!(drawing(ExerciseId::Clamshell)
            .props
            .contains(&Prop::MatFromAbove));
        assert!(!drawing(ExerciseId::SideLyingAbduction)
            .props
            .contains(&Prop::MatFromAbove));
    }

    #[test]
    fn key_times_run_from_zero_to_one() {
        assert_eq!(
            key_times([0.0, 1.5, 6.0].into_iter(), 6.0),
            "0.0000;0.2500;1.0000"
        );
    }

    /// How many times `needle` occurs in `haystack`.
    fn count(haystack: &str, needle: &str) -> usize {
        haystack.matches(needle).count()
    }

    #[test]
    fn a_moving_picture_animates_what_moves_with_one_value_per_key() {
        let d = drawing(ExerciseId::Bridge);
        let animation = Animation::of(d);
        let frame = moving_frame(d, &animation, true);
        let svg = moving_markup(d, &animation, frame, Some("Houd 2 tellen vast"));
        let moving_parts = count(&svg, r#"attributeName="d""#);
        // The bridge moves the trunk, pelvis, thighs and shins; the head
        // stays down.
        assert!(
            (6..parts(&d.start).len()).contains(&moving_parts),
            "{moving_parts}"
        );
        let values = svg
            .split(r#"attributeName="d" values=""#)
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .unwrap_or_default();
        assert_eq!(values.split(';').count(), animation.keys.len());
        // Two arrows that take turns, and the cue while held.
        assert_eq!(count(&svg, r#"class="ex-motion""#), 2);
        assert_eq!(count(&svg, r#"attributeName="opacity""#), 3);
        assert!(svg.contains(">Houd 2 tellen vast<animate"));
        assert!(
            !svg.contains("style"),
            "no style attribute the CSP would block"
        );
    }

    #[test]
    fn a_cue_is_escaped_and_walking_keeps_one_arrow() {
        let d = drawing(ExerciseId::Walking);
        let animation = Animation::of(d);
        let frame = moving_frame(d, &animation, true);
        let svg = moving_markup(d, &animation, frame, Some("<b>&"));
        assert!(svg.contains("&lt;b&gt;&amp;"));
        assert_eq!(count(&svg, r#"class="ex-motion""#), 1);
        assert_eq!(
            count(&svg, r#"attributeName="opacity""#),
            1,
            "only the cue fades"
        );
    }

    #[test]
    fn a_still_picture_is_the_body_in_one_pose_with_its_arrow() {
        let d = drawing(ExerciseId::SittingBreak);
        let svg = still_markup(&d.end, d.props, d.frame(), Some(d.motion));
        assert_eq!(count(&svg, "<animate"), 0);
        assert_eq!(count(&svg, r#"class="ex-part"#), parts(&d.end).len());
        assert_eq!(count(&svg, r#"class="ex-prop""#), 1, "the chair");
        assert_eq!(count(&svg, r#"class="ex-motion""#), 1);
    }
}
