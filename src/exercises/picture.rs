//! Draws an exercise as SVG: the floor, a mat or a chair, and a body of
//! round-ended strokes (`body.rs`), either still in one pose or moving
//! through the exercise's timeline (`motion.rs`) with SMIL `<animate>`
//! elements, which play under the strict Content-Security-Policy without
//! any script or style attribute. Colours come from the stylesheet, so the
//! drawings follow dark mode.

use leptos::prelude::*;

use super::body::{parts, Part, Shade};
use super::figure::{
    Drawing, Frame, Motion, Pose, Prop, CHAIR_BACK, CHAIR_DEPTH, FLOOR_Y, MAT_THICKNESS,
};
use super::motion::{Animation, Phase, Tempo};
use crate::decimal::Fixed;

/// A coordinate as SVG wants it: one decimal is finer than a pixel.
fn n(value: f32) -> String {
    crate::decimal::one_decimal(value)
}

/// The outline of a prop as an SVG path, in `frame`.
fn prop_path(prop: Prop, frame: Frame) -> String {
    match prop {
        Prop::Chair { seat_front: s } => {
            let back = s.x - CHAIR_DEPTH;
            format!(
                "M{back} {top}V{floor}M{back} {seat}H{front}V{floor}",
                back = n(back),
                top = n(s.y - CHAIR_BACK),
                floor = n(FLOOR_Y),
                seat = n(s.y),
                front = n(s.x),
            )
        }
        Prop::Mat => {
            let y = FLOOR_Y + MAT_THICKNESS / 2.0;
            let inset = frame.width * 0.06;
            format!(
                "M{} {y}H{}",
                n(frame.x + inset),
                n(frame.x + frame.width - inset),
                y = n(y)
            )
        }
    }
}

fn prop_class(prop: Prop) -> &'static str {
    match prop {
        Prop::Chair { .. } => "ex-prop",
        Prop::Mat => "ex-mat",
    }
}

/// The arrow as an SVG path: the shaft, then the head.
fn motion_path(motion: Motion) -> String {
    let [left, right] = motion.head();
    format!(
        "M{} {}L{} {}M{} {}L{} {}L{} {}",
        n(motion.from.x),
        n(motion.from.y),
        n(motion.to.x),
        n(motion.to.y),
        n(left.x),
        n(left.y),
        n(motion.to.x),
        n(motion.to.y),
        n(right.x),
        n(right.y),
    )
}

/// A part of the body as an SVG path: one straight stroke.
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

/// The floor line and the props, behind the figure.
fn scenery(props: &'static [Prop], frame: Frame) -> impl IntoView {
    let furniture = props
        .iter()
        .map(|&prop| view! { <path class=prop_class(prop) d=prop_path(prop, frame) /> })
        .collect_view();
    view! {
        <line class="ex-floor" x1=n(frame.x) y1=n(FLOOR_Y) x2=n(frame.x + frame.width) y2=n(FLOOR_Y) />
        {furniture}
    }
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
    let body = parts(pose)
        .iter()
        .map(|part| {
            view! { <path class=shade_class(part.shade) d=part_path(part) stroke-width=n(part.width) /> }
        })
        .collect_view();
    let (role, hidden) = match label {
        Some(_) => (Some("img"), None),
        None => (None, Some("true")),
    };
    view! {
        <svg class="ex-figure" viewBox=view_box(frame) role=role aria-hidden=hidden aria-label=label focusable="false">
            {scenery(props, frame)}
            {body}
            {motion.map(|motion| view! { <path class="ex-motion" d=motion_path(motion) /> })}
        </svg>
    }
}

/// The size of the cue's letters, in drawing units.
const CUE_SIZE: f32 = 6.0;

/// Seconds as SMIL wants them.
fn seconds(value: f32) -> String {
    format!("{}s", Fixed::<2>(value.into()))
}

/// The `keyTimes` of points at `times` (seconds) in a cycle of `duration`.
fn key_times(times: impl Iterator<Item = f32>, duration: f32) -> String {
    times
        .map(|at| Fixed::<4>((at / duration).clamp(0.0, 1.0).into()).to_string())
        .collect::<Vec<_>>()
        .join(";")
}

/// An `<animate>` of `attribute` through `values` at `times`, repeating
/// every `duration` seconds.
fn animate(attribute: &'static str, values: String, times: String, duration: f32) -> impl IntoView {
    view! {
        <animate attributeName=attribute values=values keyTimes=times dur=seconds(duration) repeatCount="indefinite" />
    }
}

/// The opacity of something shown only during `phase`.
fn shown_during(animation: &Animation, phase: Phase) -> impl IntoView {
    let points = animation.visible_during(phase);
    let values = points
        .iter()
        .map(|&(_, shown)| if shown { "1" } else { "0" })
        .collect::<Vec<_>>()
        .join(";");
    let times = key_times(points.iter().map(|&(at, _)| at), animation.duration);
    animate("opacity", values, times, animation.duration)
}

/// The exercise moving from its start pose to its end pose and back, at
/// its pace, with arrows for the direction and `cue` (such as "Houd 30
/// seconden vast") written in while the end pose is held.
#[component]
pub fn MovingFigure(
    drawing: &'static Drawing,
    label: String,
    cue: Option<String>,
    node_ref: NodeRef<leptos::svg::Svg>,
) -> impl IntoView {
    let animation = Animation::of(drawing);
    let mut frame = drawing.frame_around(&animation.frames);
    if cue.is_some() {
        // A band above the figure for the cue, so it never covers the body.
        let band = CUE_SIZE * 1.6;
        frame.y -= band;
        frame.height += band;
    }
    let times = key_times(animation.keys.iter().map(|key| key.at), animation.duration);
    let frames: Vec<Vec<Part>> = animation.frames.iter().map(parts).collect();
    let body = frames[0]
        .iter()
        .enumerate()
        .map(|(index, part)| {
            let paths: Vec<String> = animation
                .keys
                .iter()
                .map(|key| part_path(&frames[key.frame][index]))
                .collect();
            // A part that never moves needs no animation.
            let moves = paths.iter().any(|path| *path != paths[0]);
            let motion = moves.then(|| animate("d", paths.join(";"), times.clone(), animation.duration));
            view! {
                <path class=shade_class(part.shade) d=part_path(part) stroke-width=n(part.width)>{motion}</path>
            }
        })
        .collect_view();
    let back = Motion {
        from: drawing.motion.to,
        to: drawing.motion.from,
    };
    let arrows = if drawing.tempo != Tempo::Steady {
        view! {
            <path class="ex-motion" d=motion_path(drawing.motion) opacity="0">{shown_during(&animation, Phase::Out)}</path>
            <path class="ex-motion" d=motion_path(back) opacity="0">{shown_during(&animation, Phase::Back)}</path>
        }
        .into_any()
    } else {
        // A movement that goes on (walking) keeps its one direction.
        view! { <path class="ex-motion" d=motion_path(drawing.motion) /> }.into_any()
    };
    let cue = cue.map(|cue| {
        view! {
            <text class="ex-cue" x=n(frame.x + CUE_SIZE * 0.4) y=n(frame.y + CUE_SIZE * 1.2) font-size=n(CUE_SIZE) opacity="0">
                {cue}
                {shown_during(&animation, Phase::Hold)}
            </text>
        }
    });
    view! {
        <svg node_ref=node_ref class="ex-figure ex-moving" viewBox=view_box(frame) role="img" aria-label=label focusable="false">
            {scenery(drawing.props, frame)}
            {body}
            {arrows}
            {cue}
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::figure::p;

    #[test]
    fn a_chair_is_a_back_a_seat_and_two_legs_down_to_the_floor() {
        let frame = Frame {
            x: 0.0,
            y: 0.0,
            width: 120.0,
            height: 100.0,
        };
        let path = prop_path(
            Prop::Chair {
                seat_front: p(50.0, 75.5),
            },
            frame,
        );
        assert_eq!(path, "M30.0 45.5V95.0M30.0 75.5H50.0V95.0");
    }

    #[test]
    fn key_times_run_from_zero_to_one() {
        assert_eq!(
            key_times([0.0, 1.5, 6.0].into_iter(), 6.0),
            "0.0000;0.2500;1.0000"
        );
    }
}
