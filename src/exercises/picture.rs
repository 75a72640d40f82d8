//! Draws a [`Pose`] as an SVG: a floor line, any furniture, and a figure of
//! round-capped strokes with a round head. Colours come from the stylesheet
//! (`currentColor` and tokens), so the drawings follow dark mode.

use leptos::prelude::*;

use super::figure::{
    Bone, Frame, Motion, Pose, Prop, CHAIR_BACK, CHAIR_DEPTH, FLOOR_Y, HEAD_RADIUS, LIMB_WIDTH,
};

/// A coordinate as SVG wants it: one decimal is finer than a pixel.
fn n(value: f32) -> String {
    crate::decimal::one_decimal(value)
}

/// The outline of a prop as an SVG path.
fn prop_path(prop: Prop) -> String {
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

/// One pose of an exercise, showing `frame` of the canvas (the drawing's
/// frame, shared by its start and end). With `label` it is a picture
/// with that text alternative; without, it is decoration (for example
/// next to the exercise's name in the list).
#[component]
pub fn PoseSvg(
    pose: &'static Pose,
    props: &'static [Prop],
    frame: Frame,
    /// The arrow showing the movement, for the end picture.
    #[prop(default = None)]
    motion: Option<Motion>,
    #[prop(optional, into)] label: Option<Signal<String>>,
) -> impl IntoView {
    let view_box = format!(
        "{} {} {} {}",
        n(frame.x),
        n(frame.y),
        n(frame.width),
        n(frame.height)
    );
    let limbs = Bone::ALL.map(|bone| {
        let (from, to) = pose.ends(bone);
        let class = if bone.is_far() {
            "ex-limb ex-limb-far"
        } else {
            "ex-limb"
        };
        view! {
            <line class=class x1=n(from.x) y1=n(from.y) x2=n(to.x) y2=n(to.y) stroke-width=n(LIMB_WIDTH) />
        }
    });
    let furniture = props
        .iter()
        .map(|&prop| view! { <path class="ex-prop" d=prop_path(prop) /> })
        .collect_view();
    let (role, hidden) = match label {
        Some(_) => (Some("img"), None),
        None => (None, Some("true")),
    };
    view! {
        <svg
            class="ex-figure"
            viewBox=view_box
            role=role
            aria-hidden=hidden
            aria-label=move || label.map(|label| label.get())
            focusable="false"
        >
            <line class="ex-floor" x1=n(frame.x) y1=n(FLOOR_Y) x2=n(frame.x + frame.width) y2=n(FLOOR_Y) />
            {furniture}
            {limbs.into_iter().collect_view()}
            <circle class="ex-head" cx=n(pose.head.x) cy=n(pose.head.y) r=n(HEAD_RADIUS) />
            {motion.map(|motion| view! { <path class="ex-motion" d=motion_path(motion) /> })}
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::figure::p;

    #[test]
    fn a_chair_is_a_back_a_seat_and_two_legs_down_to_the_floor() {
        let path = prop_path(Prop::Chair {
            seat_front: p(50.0, 75.5),
        });
        assert_eq!(path, "M30.0 45.5V95.0M30.0 75.5H50.0V95.0");
    }
}
