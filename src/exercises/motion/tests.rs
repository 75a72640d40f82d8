//! The moving pictures' timelines: the pace, the holds, a loop without a
//! jump, and feet that stay where they stand.

use super::*;
use crate::exercises::figure::drawing;
use crate::exercises::ExerciseId;

/// How far two poses are apart: the largest distance between a joint
/// and the same joint in the other.
fn apart(a: &Pose, b: &Pose) -> f32 {
    let joints = |pose: &Pose| [pose.head].into_iter().chain(pose.joints());
    joints(a)
        .zip(joints(b))
        .map(|(a, b)| a.distance(b))
        .fold(0.0, f32::max)
}

/// The pose shown at `at` seconds, as the browser plays the keys.
fn shown_at(animation: &Animation, at: f32) -> Pose {
    let keys = &animation.keys;
    let next = keys
        .iter()
        .position(|key| key.at >= at)
        .unwrap_or(keys.len() - 1);
    if next == 0 {
        return animation.frames[keys[0].frame];
    }
    let (a, b) = (keys[next - 1], keys[next]);
    let share = if b.at > a.at {
        (at - a.at) / (b.at - a.at)
    } else {
        1.0
    };
    // The browser moves every coordinate in a straight line between keys.
    let (from, to) = (&animation.frames[a.frame], &animation.frames[b.frame]);
    let mix = |x: Point, y: Point| x.towards(y, share);
    Pose {
        head: mix(from.head, to.head),
        shoulder: mix(from.shoulder, to.shoulder),
        hip: mix(from.hip, to.hip),
        near_arm: arm(
            mix(from.near_arm.elbow, to.near_arm.elbow),
            mix(from.near_arm.hand, to.near_arm.hand),
        ),
        far_arm: arm(
            mix(from.far_arm.elbow, to.far_arm.elbow),
            mix(from.far_arm.hand, to.far_arm.hand),
        ),
        near_leg: leg(
            mix(from.near_leg.knee, to.near_leg.knee),
            mix(from.near_leg.ankle, to.near_leg.ankle),
            mix(from.near_leg.toe, to.near_leg.toe),
        ),
        far_leg: leg(
            mix(from.far_leg.knee, to.far_leg.knee),
            mix(from.far_leg.ankle, to.far_leg.ankle),
            mix(from.far_leg.toe, to.far_leg.toe),
        ),
        foreshortened: from.foreshortened,
    }
}

#[test]
fn every_timeline_starts_at_zero_ends_at_its_duration_and_never_goes_back_in_time() {
    for id in ExerciseId::ALL {
        let animation = Animation::of(drawing(id));
        let keys = &animation.keys;
        assert_eq!(keys[0].at, 0.0, "{id:?}");
        assert!(
            (keys[keys.len() - 1].at - animation.duration).abs() < 1e-4,
            "{id:?}"
        );
        assert!(
            keys.windows(2).all(|pair| pair[0].at <= pair[1].at),
            "{id:?}"
        );
        assert!(
            keys.iter().all(|key| key.frame < animation.frames.len()),
            "{id:?}"
        );
    }
}

#[test]
fn every_loop_begins_and_ends_in_the_start_pose_so_it_repeats_without_a_jump() {
    for id in ExerciseId::ALL {
        let d = drawing(id);
        let animation = Animation::of(d);
        let first = &animation.frames[animation.keys[0].frame];
        let last = &animation.frames[animation.keys[animation.keys.len() - 1].frame];
        assert!(apart(first, &d.start) < 0.01, "{id:?}");
        assert!(apart(last, &d.start) < 0.01, "{id:?}");
    }
}

#[test]
fn the_movement_passes_through_the_end_pose_and_real_in_between_poses() {
    for id in ExerciseId::ALL {
        let d = drawing(id);
        let animation = Animation::of(d);
        let closest_to_end = animation
            .frames
            .iter()
            .map(|pose| apart(pose, &d.end))
            .fold(f32::MAX, f32::min);
        assert!(closest_to_end < 0.01, "{id:?} never reaches its end pose");
        let halfway = shown_at(&animation, animation.halfway());
        assert!(
            apart(&halfway, &d.start) > 3.0,
            "{id:?}: halfway is still the start"
        );
        assert!(
            apart(&halfway, &d.end) > 3.0,
            "{id:?}: halfway is already the end"
        );
    }
}

#[test]
fn a_repetition_holds_as_many_seconds_as_its_steps_count() {
    let bridge = Animation::of(drawing(ExerciseId::Bridge));
    let holds: Vec<_> = bridge.windows(Phase::Hold).collect();
    assert_eq!(holds.len(), 1);
    let (from, to) = holds[0];
    assert!((to - from - 2.0).abs() < 1e-4, "{holds:?}");
    let end = &drawing(ExerciseId::Bridge).end;
    for tenth in 0..=10 {
        let at = from + (to - from) * tenth as f32 / 10.0;
        assert!(
            apart(&shown_at(&bridge, at), end) < 0.01,
            "moved during the hold at {at}"
        );
    }
    // Out and back at a calm pace: two seconds each.
    for phase in [Phase::Out, Phase::Back] {
        let (from, to) = bridge.windows(phase).next().unwrap();
        assert!((to - from - 2.0).abs() < 1e-4, "{phase:?}");
    }
}

#[test]
fn a_stretch_is_held_not_bounced() {
    let d = drawing(ExerciseId::HipFlexorStretch);
    let stretch = Animation::of(d);
    let (from, to) = stretch.windows(Phase::Hold).next().unwrap();
    assert!(to - from >= 3.0, "held for {}", to - from);
    for tenth in 0..=10 {
        let at = from + (to - from) * tenth as f32 / 10.0;
        assert!(apart(&shown_at(&stretch, at), &d.end) < 0.01);
    }
    // On the way in, every moment is nearer the end pose than the one
    // before: no bouncing.
    let (from, to) = stretch.windows(Phase::Out).next().unwrap();
    let distances: Vec<f32> = (0..=20)
        .map(|step| {
            apart(
                &shown_at(&stretch, from + (to - from) * step as f32 / 20.0),
                &d.end,
            )
        })
        .collect();
    assert!(
        distances.windows(2).all(|pair| pair[1] <= pair[0] + 1e-3),
        "{distances:?}"
    );
}

#[test]
fn walking_steps_with_one_leg_then_the_other_without_stopping() {
    let d = drawing(ExerciseId::Walking);
    let walking = Animation::of(d);
    assert_eq!(walking.windows(Phase::Hold).count(), 0);
    assert_eq!(walking.windows(Phase::Out).count(), 2);
    let other = d.end.other_side();
    let closest = |target: &Pose| {
        walking
            .frames
            .iter()
            .map(|pose| apart(pose, target))
            .fold(f32::MAX, f32::min)
    };
    assert!(closest(&d.end) < 0.01 && closest(&other) < 0.01);
}

#[test]
fn a_foot_on_the_floor_in_both_poses_stays_there_all_the_way() {
    let d = drawing(ExerciseId::Bridge);
    let bridge = Animation::of(d);
    for pose in &bridge.frames {
        assert!(
            pose.near_leg.ankle.distance(d.start.near_leg.ankle) < 0.05,
            "{pose:?}"
        );
        assert!(pose.far_leg.ankle.distance(d.start.far_leg.ankle) < 0.05);
    }
    // The hips rise in an arc around the shoulders, which stay down.
    for pose in &bridge.frames {
        assert!(pose.shoulder.distance(d.start.shoulder) < 0.05);
    }
}

/// The angle at a knee, in degrees: 180 is a straight leg.
fn knee_angle(hip: Point, leg: Leg) -> f32 {
    let (thigh, shin) = ((hip - leg.knee).unit(), (leg.ankle - leg.knee).unit());
    let cos = thigh.x * shin.x + thigh.y * shin.y;
    cos.clamp(-1.0, 1.0).acos().to_degrees()
}

#[test]
fn the_clamshell_opens_with_the_top_knee_bent_all_the_way_and_the_feet_together() {
    let d = drawing(ExerciseId::Clamshell);
    let clam = Animation::of(d);
    for pose in &clam.frames {
        let angle = knee_angle(pose.hip, pose.near_leg);
        assert!(angle < 145.0, "the top leg looks straight: {angle:.0}°");
        assert!(pose.near_leg.ankle.distance(d.start.near_leg.ankle) < 0.05);
        assert!(pose.far_leg.knee.distance(d.start.far_leg.knee) < 0.05);
    }
}

/// The pose shown every twentieth of a second through the cycle, with its
/// time, as the browser plays the timeline.
fn played(animation: &Animation) -> Vec<(f32, Pose)> {
    let samples = (animation.duration * 20.0).round() as usize;
    (0..=samples)
        .map(|sample| {
            let at = animation.duration * sample as f32 / samples as f32;
            (at, shown_at(animation, at))
        })
        .collect()
}

#[test]
fn the_clamshell_knee_turns_towards_the_viewer_on_its_way_up_and_back() {
    let d = drawing(ExerciseId::Clamshell);
    let clam = Animation::of(d);
    let (lying, open) = (d.start.near_leg.knee, d.end.near_leg.knee);
    let window = |phase| clam.windows(phase).next().expect("the phase is played");
    let (out, hold, back) = (window(Phase::Out), window(Phase::Hold), window(Phase::Back));
    let during = |(from, to): (f32, f32), at: f32| at > from && at <= to;
    let knee_and_thigh = |pose: &Pose| (pose.near_leg.knee, pose.hip.distance(pose.near_leg.knee));
    let played = played(&clam);
    for pair in played.windows(2) {
        let ((_, before), (at, pose)) = (&pair[0], &pair[1]);
        let at = *at;
        let ((was, was_thigh), (knee, thigh)) = (knee_and_thigh(before), knee_and_thigh(pose));
        if at <= out.0 || at >= back.1 {
            assert!(
                knee.distance(lying) < 0.01,
                "at {at}: {knee:?} before it opens"
            );
        }
        if at >= hold.0 && at <= hold.1 {
            // Open like a shell, well away from the bottom knee.
            assert!(knee.distance(open) < 0.01, "at {at}: {knee:?} while held");
            assert!(knee.distance(pose.far_leg.knee) > 8.0, "at {at}");
        }
        if during(out, at) || during(back, at) {
            // Coming towards the viewer, the knee slides along the line
            // from where it lies to where it opens, and never past it.
            let off_line = distance_to_segment(knee, lying, open);
            assert!(off_line < 0.1, "at {at}: {off_line:.2} off the line");
        }
        if during(out, at) {
            // Up in the picture, the thigh looking shorter as it turns.
            assert!(
                knee.y <= was.y + 1e-3,
                "at {at}: the knee sinks on the way up"
            );
            assert!(
                thigh <= was_thigh + 1e-3,
                "at {at}: the thigh grows on the way up"
            );
        }
        if during(back, at) {
            assert!(
                knee.y >= was.y - 1e-3,
                "at {at}: the knee rises on the way back"
            );
            assert!(
                thigh >= was_thigh - 1e-3,
                "at {at}: the thigh shrinks on the way back"
            );
        }
    }
    // Halfway out the knee is on its way, not still lying or already open.
    let halfway = shown_at(&clam, clam.halfway()).near_leg.knee;
    assert!(
        halfway.distance(lying) > 2.0 && halfway.distance(open) > 2.0,
        "{halfway:?}"
    );
}

#[test]
fn the_side_leg_raise_lies_on_the_floor_and_lifts_a_straight_top_leg() {
    let d = drawing(ExerciseId::SideLyingAbduction);
    for pose in &Animation::of(d).frames {
        // Lying, not held up on an arm: the trunk is on the floor.
        for joint in [pose.hip, pose.shoulder] {
            assert!(
                joint.y > FLOOR_Y - 6.0,
                "the body is off the floor: {joint:?}"
            );
        }
        let angle = knee_angle(pose.hip, pose.near_leg);
        assert!(angle > 170.0, "the top leg bends: {angle:.0}°");
    }
    assert!(
        d.end.near_leg.ankle.y < d.end.hip.y - 15.0,
        "the leg is lifted"
    );
}

#[test]
fn two_bones_reach_a_point_in_range_and_bend_to_the_side_asked() {
    let base = p(0.0, 0.0);
    let (middle, end) = reach(base, p(30.0, 0.0), (20.0, 20.0), p(15.0, -5.0));
    assert!((middle.distance(base) - 20.0).abs() < 1e-3);
    assert!((middle.distance(end) - 20.0).abs() < 1e-3);
    assert!(end.distance(p(30.0, 0.0)) < 1e-3);
    assert!(middle.y < 0.0, "bends up, as asked: {middle:?}");
    let (middle, _) = reach(base, p(30.0, 0.0), (20.0, 20.0), p(15.0, 5.0));
    assert!(middle.y > 0.0);
    // Out of reach: straight towards the target, lengths kept.
    let (middle, end) = reach(base, p(50.0, 0.0), (20.0, 20.0), p(15.0, 5.0));
    assert!((middle.distance(base) - 20.0).abs() < 1e-3);
    assert!((end.x - 40.0).abs() < 1e-3);
}

#[test]
fn a_cue_shows_only_while_the_pose_is_held() {
    let stretch = Animation::of(drawing(ExerciseId::HipFlexorStretch));
    let points = stretch.visible_during(Phase::Hold);
    let (from, to) = stretch.windows(Phase::Hold).next().unwrap();
    for &(at, shown) in &points {
        if shown {
            assert!(at > from && at < to, "shown at {at}, outside {from}–{to}");
        }
    }
    assert!(points.iter().any(|&(_, shown)| shown));
    assert_eq!(points.first(), Some(&(0.0, false)));
    assert_eq!(points.last(), Some(&(stretch.duration, false)));
    assert!(points.windows(2).all(|pair| pair[0].0 <= pair[1].0));
}

#[test]
fn a_body_that_sits_or_lies_in_both_poses_never_lifts_off_on_the_way() {
    for id in ExerciseId::ALL {
        let d = drawing(id);
        let keys = [&d.start, &d.end].into_iter().chain(d.between);
        if keys
            .clone()
            .any(|pose| pose.hip.distance(d.start.hip) > 0.01)
        {
            continue;
        }
        for pose in &Animation::of(d).frames {
            // Less than a unit: a foot may push the body up a hair.
            assert!(
                pose.hip.distance(d.start.hip) < 1.0,
                "{id:?}: the hip floats to {:?}",
                pose.hip
            );
        }
    }
}

#[test]
fn the_leg_back_foot_points_down_or_back_never_up_towards_the_shin() {
    for pose in &Animation::of(drawing(ExerciseId::HipExtension)).frames {
        for leg in [pose.near_leg, pose.far_leg] {
            assert!(
                leg.toe.y >= leg.ankle.y - 0.1,
                "the toe is above the ankle: {leg:?}"
            );
        }
    }
}

/// How far `point` is from the line between `a` and `b`.
fn distance_to_segment(point: Point, a: Point, b: Point) -> f32 {
    let along = b - a;
    let share = ((point.x - a.x) * along.x + (point.y - a.y) * along.y)
        / (along.x * along.x + along.y * along.y);
    point.distance(a.towards(b, share.clamp(0.0, 1.0)))
}

#[test]
fn knee_to_chest_brings_the_knee_close_to_the_chest() {
    let end = &drawing(ExerciseId::HipMobility).end;
    // The chest is the upper half of the trunk; drawn around it, the
    // chest and the thigh touch when the knee is this close to its line.
    let chest = distance_to_segment(
        end.near_leg.knee,
        end.shoulder,
        end.hip.towards(end.shoulder, 0.5),
    );
    assert!(chest < 14.0, "the knee stays {chest:.1} from the chest");
    // And the hands hold the thigh near the knee.
    for hand in [end.near_arm.hand, end.far_arm.hand] {
        assert!(hand.distance(end.near_leg.knee) < 6.0, "{hand:?}");
    }
}

#[test]
fn the_90_90_leans_on_both_hands_behind_the_hips_all_the_way() {
    for pose in &Animation::of(drawing(ExerciseId::HipRotation)).frames {
        for hand in [pose.near_arm.hand, pose.far_arm.hand] {
            assert!(
                hand.x < pose.hip.x - 5.0,
                "the hand is not behind: {hand:?}"
            );
            assert!(
                hand.y > FLOOR_Y - 5.0,
                "the hand is not on the floor: {hand:?}"
            );
        }
    }
}
