//! The moving picture of an exercise as plain data: the in-between poses on
//! the way from the start pose to the end pose (and through any pose the
//! drawing names in between), and the timeline that plays them at the
//! exercise's pace, holding where the exercise holds.
//!
//! In-between poses keep every limb's length: each bone turns from its
//! start angle to its end angle, hanging from whichever of hip and
//! shoulder stays more in place. A bone seen end-on in a key pose turns
//! out of the picture's plane: it, and the rest of its limb, moves
//! straight to its new place and looks shorter on the way. A hand or a foot that is in the same spot
//! in both poses stays planted there: the knee or elbow is placed so that
//! both bones keep their lengths (two-bone inverse kinematics).

use super::body;
use super::figure::{arm, leg, p, Bone, Drawing, Leg, Point, Pose, FLOOR_Y};

/// How an exercise is played.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tempo {
    /// Repetitions: move out, hold for `hold_counts` counts (as the
    /// steps say; a count is a second), move back, a breath at the start.
    Repetitions { hold_counts: u8 },
    /// A stretch: move in slowly and stay there. The hold is played
    /// shorter than the real one, with the real one written beside it.
    Stretch,
    /// A continuous movement (walking): start to end and back, then the
    /// same with the other arm and leg, without stopping.
    Steady,
}

/// What the figure is doing in a stretch of the timeline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// At the start position, before the next repetition.
    Rest,
    /// On the way from the start to the end position.
    Out,
    /// Holding the end position.
    Hold,
    /// On the way back to the start.
    Back,
}

/// One point of the timeline: at `at` seconds the figure is in
/// `frames[frame]`; between two keys it moves evenly.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Key {
    pub at: f32,
    pub frame: usize,
}

/// A whole cycle of the moving picture, which repeats.
#[derive(Debug)]
pub struct Animation {
    /// Every distinct pose the picture passes through.
    pub frames: Vec<Pose>,
    /// When each pose is reached, from 0 to `duration`.
    pub keys: Vec<Key>,
    /// Each phase with its start and end, in seconds.
    pub phases: Vec<(Phase, f32, f32)>,
    /// The length of one cycle, in seconds.
    pub duration: f32,
}

/// Poses sampled per movement: enough that the straight steps between
/// them keep limbs within a tenth of a unit of their length.
const SAMPLES: usize = 14;
/// A hand or foot that moves less than this between the key poses stays
/// where it is.
const PLANTED: f32 = 0.6;

/// Seconds per phase.
const REST: f32 = 1.0;
const REPETITION_MOVE: f32 = 2.0;
const STRETCH_MOVE: f32 = 3.0;
const STRETCH_HOLD: f32 = 5.0;
const STEP: f32 = 0.8;
/// How long an arrow or a cue takes to appear or go.
pub const FADE: f32 = 0.2;
/// The shortest pause at the end of a repetition without a hold, so the
/// turn is visible.
const TURN: f32 = 0.4;

impl Animation {
    /// The moving picture of `drawing`.
    pub fn of(drawing: &Drawing) -> Animation {
        let mut out = vec![drawing.start];
        out.extend_from_slice(drawing.between);
        out.push(drawing.end);
        let back: Vec<Pose> = out.iter().rev().copied().collect();
        let mut builder = Builder::new(drawing.start);
        match drawing.tempo {
            Tempo::Repetitions { hold_counts } => {
                builder.stay(Phase::Rest, REST);
                builder.go(Phase::Out, &out, REPETITION_MOVE);
                builder.stay(Phase::Hold, f32::from(hold_counts).max(TURN));
                builder.go(Phase::Back, &back, REPETITION_MOVE);
            }
            Tempo::Stretch => {
                builder.stay(Phase::Rest, REST);
                builder.go(Phase::Out, &out, STRETCH_MOVE);
                builder.stay(Phase::Hold, STRETCH_HOLD);
                builder.go(Phase::Back, &back, STRETCH_MOVE);
            }
            Tempo::Steady => {
                let other = [drawing.start, drawing.end.other_side()];
                builder.go(Phase::Out, &out, STEP);
                builder.go(Phase::Back, &back, STEP);
                builder.go(Phase::Out, &other, STEP);
                builder.go(Phase::Back, &[other[1], other[0]], STEP);
            }
        }
        builder.finish()
    }

    /// The times when the figure is in `phase`, as (start, end) pairs.
    pub fn windows(&self, phase: Phase) -> impl Iterator<Item = (f32, f32)> + '_ {
        self.phases
            .iter()
            .filter(move |(p, _, _)| *p == phase)
            .map(|&(_, from, to)| (from, to))
    }

    /// When something shown only during `phase` (an arrow, a cue) is
    /// fully there (`true`) or gone, as points between which it fades:
    /// in and out over [`FADE`] at each end of each window.
    pub fn visible_during(&self, phase: Phase) -> Vec<(f32, bool)> {
        let mut points = vec![(0.0, false)];
        for (from, to) in self.windows(phase) {
            let fade = FADE.min((to - from) / 2.0);
            points.extend([
                (from, false),
                (from + fade, true),
                (to - fade, true),
                (to, false),
            ]);
        }
        points.push((self.duration, false));
        points
    }

    /// A moment in the middle of the first movement out, for pictures of
    /// "halfway".
    pub fn halfway(&self) -> f32 {
        self.windows(Phase::Out)
            .next()
            .map_or(0.0, |(from, to)| (from + to) / 2.0)
    }
}

/// Puts the timeline together phase by phase.
struct Builder {
    frames: Vec<Pose>,
    keys: Vec<Key>,
    phases: Vec<(Phase, f32, f32)>,
    now: f32,
}

impl Builder {
    fn new(start: Pose) -> Builder {
        Builder {
            frames: vec![start],
            keys: vec![Key { at: 0.0, frame: 0 }],
            phases: Vec::new(),
            now: 0.0,
        }
    }

    /// Stays in the last pose for `seconds`.
    fn stay(&mut self, phase: Phase, seconds: f32) {
        let frame = self.frames.len() - 1;
        self.phases.push((phase, self.now, self.now + seconds));
        self.now += seconds;
        self.keys.push(Key {
            at: self.now,
            frame,
        });
    }

    /// Moves along `path` (key poses, the first of them where the figure
    /// is now) in `seconds`, slow at both ends.
    fn go(&mut self, phase: Phase, path: &[Pose], seconds: f32) {
        let begin = self.now;
        for step in 1..=SAMPLES {
            let share = step as f32 / SAMPLES as f32;
            self.frames.push(along(path, ease_in_out(share)));
            self.keys.push(Key {
                at: begin + share * seconds,
                frame: self.frames.len() - 1,
            });
        }
        self.now = begin + seconds;
        self.phases.push((phase, begin, self.now));
    }

    fn finish(self) -> Animation {
        Animation {
            frames: self.frames,
            keys: self.keys,
            phases: self.phases,
            duration: self.now,
        }
    }
}

/// Slow at the start, slow at the end, like a calm movement.
fn ease_in_out(share: f32) -> f32 {
    (1.0 - (std::f32::consts::PI * share).cos()) / 2.0
}

/// The pose `share` (0–1) of the way along `path`, each leg of the path
/// taking an equal share.
pub fn along(path: &[Pose], share: f32) -> Pose {
    let legs = path.len().saturating_sub(1);
    if legs == 0 {
        return path[0];
    }
    let position = share.clamp(0.0, 1.0) * legs as f32;
    let leg = (position.floor() as usize).min(legs - 1);
    between(&path[leg], &path[leg + 1], position - leg as f32)
}

/// The pose `share` (0–1) of the way from `a` to `b`.
pub fn between(a: &Pose, b: &Pose, share: f32) -> Pose {
    let turned = |bone: Bone| turn(vector(a, bone), vector(b, bone), share);
    let shoulder_stays = a.shoulder.distance(b.shoulder) < a.hip.distance(b.hip);
    let (hip, shoulder) = if shoulder_stays {
        let shoulder = a.shoulder.towards(b.shoulder, share);
        (shoulder - turned(Bone::Torso), shoulder)
    } else {
        let hip = a.hip.towards(b.hip, share);
        (hip, hip + turned(Bone::Torso))
    };
    // Each limb from its base joint outwards; a bone seen end-on in either
    // pose turns out of the picture's plane, so it and everything beyond
    // it move straight to their new place, looking shorter on the way.
    let limb = |base: Point, bones: &[Bone], from: &[Point], to: &[Point]| {
        let mut joints = Vec::with_capacity(bones.len());
        let mut at = base;
        let mut out_of_plane = false;
        for (index, &bone) in bones.iter().enumerate() {
            out_of_plane |= turns_out_of_plane(a, b, bone);
            at = if out_of_plane {
                from[index].towards(to[index], share)
            } else {
                at + turned(bone)
            };
            joints.push(at);
        }
        let planted = from[1].distance(to[1]) < PLANTED;
        let in_plane = !turns_out_of_plane(a, b, bones[0]) && !turns_out_of_plane(a, b, bones[1]);
        if planted && in_plane {
            let lengths = (turned(bones[0]).length(), turned(bones[1]).length());
            let target = from[1].towards(to[1], share);
            let (middle, end) = reach(base, target, lengths, joints[0]);
            let moved = end - joints[1];
            joints[0] = middle;
            joints[1] = end;
            // The foot comes along with the ankle.
            for joint in joints.iter_mut().skip(2) {
                *joint = *joint + moved;
            }
        }
        joints
    };
    let arm_of = |pose: &Pose, near: bool| {
        let arm = if near { pose.near_arm } else { pose.far_arm };
        [arm.elbow, arm.hand]
    };
    let leg_of = |pose: &Pose, near: bool| {
        let leg = if near { pose.near_leg } else { pose.far_leg };
        [leg.knee, leg.ankle, leg.toe]
    };
    let arm_at = |near: bool, bones: [Bone; 2]| {
        let joints = limb(shoulder, &bones, &arm_of(a, near), &arm_of(b, near));
        arm(joints[0], joints[1])
    };
    let leg_at = |near: bool, bones: [Bone; 3]| {
        let joints = limb(hip, &bones, &leg_of(a, near), &leg_of(b, near));
        leg(joints[0], joints[1], joints[2])
    };
    let pose = Pose {
        head: shoulder + turned(Bone::Neck),
        shoulder,
        hip,
        near_arm: arm_at(true, [Bone::NearUpperArm, Bone::NearForearm]),
        far_arm: arm_at(false, [Bone::FarUpperArm, Bone::FarForearm]),
        near_leg: leg_at(true, [Bone::NearThigh, Bone::NearShin, Bone::NearFoot]),
        far_leg: leg_at(false, [Bone::FarThigh, Bone::FarShin, Bone::FarFoot]),
        foreshortened: if share < 0.5 {
            a.foreshortened
        } else {
            b.foreshortened
        },
    };
    above_the_floor(pose)
}

/// Whether `bone` turns towards or away from the viewer on the way from
/// `a` to `b`: it is seen end-on in one of them.
pub fn turns_out_of_plane(a: &Pose, b: &Pose, bone: Bone) -> bool {
    a.foreshortened.contains(&bone) || b.foreshortened.contains(&bone)
}

/// `pose`, lifted as much as it needs to stand on the floor instead of
/// sinking into it: on the way down into a lunge, the legs bend later
/// than the hips drop, and a body pushes itself up off the floor.
fn above_the_floor(pose: Pose) -> Pose {
    let lowest = body::round_ends(&pose)
        .map(|(centre, radius)| centre.y + radius)
        .fold(f32::MIN, f32::max);
    let sunk = lowest - FLOOR_Y;
    if sunk <= 0.0 {
        return pose;
    }
    let up = |point: Point| point - p(0.0, sunk);
    let limb_up = |l: Leg| leg(up(l.knee), up(l.ankle), up(l.toe));
    Pose {
        head: up(pose.head),
        shoulder: up(pose.shoulder),
        hip: up(pose.hip),
        near_arm: arm(up(pose.near_arm.elbow), up(pose.near_arm.hand)),
        far_arm: arm(up(pose.far_arm.elbow), up(pose.far_arm.hand)),
        near_leg: limb_up(pose.near_leg),
        far_leg: limb_up(pose.far_leg),
        ..pose
    }
}

/// Where the middle joint of a two-bone limb goes when its base is at
/// `base` and its end should be at `target`: the one of the two places on
/// the same side as `hint`. Out of reach, the limb points straight at the
/// target.
fn reach(base: Point, target: Point, (upper, lower): (f32, f32), hint: Point) -> (Point, Point) {
    let towards = target - base;
    // Not `clamp`: its check of the bounds would bring Rust's float
    // formatter (about 10 KB of wasm) along for its panic message.
    let distance = towards
        .length()
        .max((upper - lower).abs())
        .min(upper + lower);
    if distance == 0.0 {
        return (hint, target);
    }
    let along_axis = towards.unit();
    let across = p(-along_axis.y, along_axis.x);
    let side = if towards.cross(hint - base) < 0.0 {
        -1.0
    } else {
        1.0
    };
    let forward = (upper * upper - lower * lower + distance * distance) / (2.0 * distance);
    let sideways = (upper * upper - forward * forward).max(0.0).sqrt() * side;
    let middle = base + along_axis * forward + across * sideways;
    let end = base + along_axis * distance;
    (middle, end)
}

/// The bone as a vector from its first joint to its second.
fn vector(pose: &Pose, bone: Bone) -> Point {
    let (from, to) = pose.ends(bone);
    to - from
}

/// A vector `share` of the way from `a` to `b`, turning the shorter way
/// round and changing its length evenly.
fn turn(a: Point, b: Point, share: f32) -> Point {
    let (from, to) = (a.y.atan2(a.x), b.y.atan2(b.x));
    let mut sweep = to - from;
    let full = std::f32::consts::TAU;
    if sweep > full / 2.0 {
        sweep -= full;
    } else if sweep < -full / 2.0 {
        sweep += full;
    }
    let angle = from + sweep * share;
    let size = a.length() + (b.length() - a.length()) * share;
    p(size * angle.cos(), size * angle.sin())
}

#[cfg(test)]
mod tests;
