//! The drawings of the exercises as plain geometry: a figure is a set of
//! joint positions (a [`Pose`]) on a fixed canvas with a floor line, and
//! every exercise has a start and an end pose ([`Drawing`], data in
//! `poses.rs`). `body.rs` turns a pose into the drawn parts of a body and
//! `motion.rs` computes the poses in between, so the tests here can check
//! every drawing: inside the canvas, above the floor, and with limbs that
//! keep their length from pose to pose.

use super::motion::{Animation, Tempo};
use super::{body, poses, ExerciseId};

/// Width of the canvas (the SVG `viewBox`), in drawing units.
pub const CANVAS_WIDTH: f32 = 120.0;
/// Height of the canvas, in drawing units.
pub const CANVAS_HEIGHT: f32 = 100.0;
/// Where the floor line runs.
pub const FLOOR_Y: f32 = 95.0;
/// Radius of the head.
pub const HEAD_RADIUS: f32 = 6.0;

/// A position on the canvas; `y` grows downwards, as in SVG.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub x: f32,
    pub y: f32,
}

/// Shorthand for the pose data.
pub(super) const fn p(x: f32, y: f32) -> Point {
    Point { x, y }
}

/// Shorthand for an arm in the pose data.
pub(super) const fn arm(elbow: Point, hand: Point) -> Arm {
    Arm { elbow, hand }
}

/// Shorthand for a leg in the pose data.
pub(super) const fn leg(knee: Point, ankle: Point, toe: Point) -> Leg {
    Leg { knee, ankle, toe }
}

impl Point {
    pub fn distance(self, other: Point) -> f32 {
        (self - other).length()
    }

    /// The length of `self` taken as a vector.
    pub fn length(self) -> f32 {
        self.x.hypot(self.y)
    }

    /// `self` as a vector of length 1 (the zero vector stays as it is).
    pub fn unit(self) -> Point {
        let length = self.length();
        if length == 0.0 {
            self
        } else {
            self * (1.0 / length)
        }
    }

    /// The point `share` (0–1) of the way from `self` to `other`.
    pub fn towards(self, other: Point, share: f32) -> Point {
        self + (other - self) * share
    }

    /// The cross product of two vectors: positive when `other` turns
    /// clockwise from `self` on the screen.
    pub fn cross(self, other: Point) -> f32 {
        self.x * other.y - self.y * other.x
    }
}

impl std::ops::Add for Point {
    type Output = Point;
    fn add(self, other: Point) -> Point {
        p(self.x + other.x, self.y + other.y)
    }
}

impl std::ops::Sub for Point {
    type Output = Point;
    fn sub(self, other: Point) -> Point {
        p(self.x - other.x, self.y - other.y)
    }
}

impl std::ops::Mul<f32> for Point {
    type Output = Point;
    fn mul(self, by: f32) -> Point {
        p(self.x * by, self.y * by)
    }
}

/// An arm, hanging from the shoulder.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Arm {
    pub elbow: Point,
    pub hand: Point,
}

/// A leg, hanging from the hip.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Leg {
    pub knee: Point,
    pub ankle: Point,
    pub toe: Point,
}

/// A figure seen from the side. "Near" limbs are on the viewer's side and
/// drawn in full; "far" limbs are behind the body and drawn fainter.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Pose {
    /// The centre of the head.
    pub head: Point,
    pub shoulder: Point,
    pub hip: Point,
    pub near_arm: Arm,
    pub far_arm: Arm,
    pub near_leg: Leg,
    pub far_leg: Leg,
    /// Bones that point towards or away from the viewer, so they look
    /// shorter than they are (e.g. a shin across the body in the 90/90
    /// position). Every other bone is drawn at its full length.
    pub foreshortened: &'static [Bone],
}

/// A straight part of the figure between two joints.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bone {
    Neck,
    Torso,
    NearUpperArm,
    NearForearm,
    FarUpperArm,
    FarForearm,
    NearThigh,
    NearShin,
    NearFoot,
    FarThigh,
    FarShin,
    FarFoot,
}

impl Bone {
    /// Every bone, in the order the far side, then the body, then the near
    /// side is drawn (later ones cover earlier ones).
    pub const ALL: [Bone; 12] = [
        Bone::FarThigh,
        Bone::FarShin,
        Bone::FarFoot,
        Bone::FarUpperArm,
        Bone::FarForearm,
        Bone::Torso,
        Bone::Neck,
        Bone::NearThigh,
        Bone::NearShin,
        Bone::NearFoot,
        Bone::NearUpperArm,
        Bone::NearForearm,
    ];

    /// The bone's true length in drawing units: the proportions of an adult
    /// about 82 units tall.
    pub fn length(self) -> f32 {
        match self {
            Bone::Neck => 9.0,
            Bone::Torso => 24.0,
            Bone::NearUpperArm | Bone::FarUpperArm => 15.0,
            Bone::NearForearm | Bone::FarForearm => 14.0,
            Bone::NearThigh | Bone::FarThigh | Bone::NearShin | Bone::FarShin => 20.0,
            Bone::NearFoot | Bone::FarFoot => 7.0,
        }
    }

    /// Whether the bone is on the far side of the body.
    pub fn is_far(self) -> bool {
        matches!(
            self,
            Bone::FarUpperArm | Bone::FarForearm | Bone::FarThigh | Bone::FarShin | Bone::FarFoot
        )
    }
}

impl Pose {
    /// The two joints a bone runs between, in `self`.
    pub fn ends(&self, bone: Bone) -> (Point, Point) {
        let (arm, leg) = if bone.is_far() {
            (self.far_arm, self.far_leg)
        } else {
            (self.near_arm, self.near_leg)
        };
        match bone {
            Bone::Neck => (self.shoulder, self.head),
            Bone::Torso => (self.hip, self.shoulder),
            Bone::NearUpperArm | Bone::FarUpperArm => (self.shoulder, arm.elbow),
            Bone::NearForearm | Bone::FarForearm => (arm.elbow, arm.hand),
            Bone::NearThigh | Bone::FarThigh => (self.hip, leg.knee),
            Bone::NearShin | Bone::FarShin => (leg.knee, leg.ankle),
            Bone::NearFoot | Bone::FarFoot => (leg.ankle, leg.toe),
        }
    }

    /// How long `bone` is drawn in this pose.
    pub fn drawn_length(&self, bone: Bone) -> f32 {
        let (from, to) = self.ends(bone);
        from.distance(to)
    }

    /// The same pose with the other arm and leg in front: for walking,
    /// where one step follows the other.
    pub fn other_side(&self) -> Pose {
        Pose {
            near_arm: self.far_arm,
            far_arm: self.near_arm,
            near_leg: self.far_leg,
            far_leg: self.near_leg,
            ..*self
        }
    }

    /// Every joint of the figure except the head.
    #[cfg(test)]
    pub(super) fn joints(&self) -> [Point; 12] {
        let (n, f) = (self.near_leg, self.far_leg);
        [
            self.shoulder,
            self.hip,
            self.near_arm.elbow,
            self.near_arm.hand,
            self.far_arm.elbow,
            self.far_arm.hand,
            n.knee,
            n.ankle,
            n.toe,
            f.knee,
            f.ankle,
            f.toe,
        ]
    }

    /// The round ends of the drawn body, as centre and radius.
    fn round_parts(&self) -> impl Iterator<Item = (Point, f32)> {
        body::round_ends(self)
    }
}

/// Furniture drawn behind the figure.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Prop {
    /// A chair seen from the side, facing right, its seat ending at
    /// `seat_front`.
    Chair { seat_front: Point },
    /// An exercise mat on the floor, under the whole figure.
    Mat,
    /// An exercise mat seen from above: an area under the whole figure, in
    /// place of the floor line, for a figure drawn as seen from the ceiling.
    MatFromAbove,
}

/// How thick a mat is drawn, under the floor line.
pub const MAT_THICKNESS: f32 = 1.6;

/// How deep a chair's seat is, and how high its back rises above the seat.
pub const CHAIR_DEPTH: f32 = 20.0;
pub const CHAIR_BACK: f32 = 30.0;

impl Prop {
    /// The outermost points of the prop.
    fn corners(self) -> Vec<Point> {
        match self {
            Prop::Chair { seat_front } => vec![
                seat_front,
                p(seat_front.x - CHAIR_DEPTH, seat_front.y - CHAIR_BACK),
                p(seat_front.x, FLOOR_Y),
            ],
            // As wide as the picture, whatever its frame.
            Prop::Mat | Prop::MatFromAbove => Vec::new(),
        }
    }
}

/// The part of the canvas a picture shows (its SVG `viewBox`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    pub x: f32,
    pub y: f32,
    pub width: f32,
    pub height: f32,
}

/// Room around the figure inside a frame.
const FRAME_MARGIN: f32 = 4.0;
/// The proportions a frame may have, width to height: from the canvas'
/// own (a standing figure) to a wide strip (a lying one, which would
/// otherwise float under empty space).
const NARROWEST: f32 = CANVAS_WIDTH / CANVAS_HEIGHT;
const WIDEST: f32 = 2.0;

/// An arrow in the end picture: which way the body moves from the start.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Motion {
    pub from: Point,
    pub to: Point,
}

/// Length of the two strokes of an arrow's head.
const ARROW_HEAD: f32 = 5.5;

impl Motion {
    /// The outer ends of the arrow's head; each is joined to `to`.
    pub fn head(self) -> [Point; 2] {
        let direction = (self.to.y - self.from.y).atan2(self.to.x - self.from.x);
        // Two strokes swept back 30 degrees either side of the shaft.
        let back = std::f32::consts::PI * 5.0 / 6.0;
        [direction + back, direction - back].map(|angle| {
            p(
                self.to.x + ARROW_HEAD * angle.cos(),
                self.to.y + ARROW_HEAD * angle.sin(),
            )
        })
    }
}

/// The pictures of an exercise: where you start and where you end, and
/// how the figure moves from one to the other.
#[derive(Debug)]
pub struct Drawing {
    pub start: Pose,
    pub end: Pose,
    /// Poses the movement passes through on the way, for a movement that
    /// turns out of the picture's plane (a knee opening towards the
    /// viewer) and so is not a turn of each bone. Usually none.
    pub between: &'static [Pose],
    pub props: &'static [Prop],
    pub motion: Motion,
    pub tempo: Tempo,
}

impl Drawing {
    /// The frame every picture of the exercise uses: the smallest one
    /// (between the canvas' proportions and a wide strip) that holds
    /// every pose of the movement, the arrow and the props, with the floor
    /// along the bottom. All pictures share
    /// it, so start and end are drawn at the same scale and a lying
    /// figure fills its picture as well as a standing one.
    pub fn frame(&self) -> Frame {
        self.frame_around(&Animation::of(self).frames)
    }

    /// The frame around `poses` and the props.
    pub fn frame_around(&self, poses: &[Pose]) -> Frame {
        let arrow = [self.motion.from, self.motion.to]
            .into_iter()
            .chain(self.motion.head());
        let points = poses.iter().flat_map(Pose::round_parts).chain(
            self.props
                .iter()
                .flat_map(|prop| prop.corners())
                .chain(arrow)
                .map(|c| (c, 0.0)),
        );
        let (mut left, mut right, mut top) = (f32::MAX, f32::MIN, f32::MAX);
        for (centre, radius) in points {
            left = left.min(centre.x - radius);
            right = right.max(centre.x + radius);
            top = top.min(centre.y - radius);
        }
        let bottom = FLOOR_Y + FRAME_MARGIN / 2.0;
        let mut width = right - left + 2.0 * FRAME_MARGIN;
        let mut height = bottom - (top - FRAME_MARGIN);
        if width < height * NARROWEST {
            width = height * NARROWEST;
        } else if width > height * WIDEST {
            height = width / WIDEST;
        }
        Frame {
            x: (left + right - width) / 2.0,
            y: bottom - height,
            width,
            height,
        }
    }
}

/// The drawing of exercise `id`.
pub fn drawing(id: ExerciseId) -> &'static Drawing {
    poses::drawing(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// How far a drawn length may differ from the true one: the data is
    /// rounded to a tenth of a unit.
    const ROUNDING: f32 = 0.2;

    /// Every key pose: start, end and those in between.
    fn poses() -> impl Iterator<Item = (ExerciseId, &'static str, &'static Pose)> {
        ExerciseId::ALL.into_iter().flat_map(|id| {
            let d = drawing(id);
            [(id, "start", &d.start), (id, "end", &d.end)]
                .into_iter()
                .chain(d.between.iter().map(move |pose| (id, "between", pose)))
        })
    }

    /// Every pose the moving picture of `id` passes through, with the
    /// bones that may look shorter on the way: those seen end-on in a key
    /// pose, and the rest of their limb, which turns with them.
    fn frames(id: ExerciseId) -> (Vec<Pose>, Vec<Bone>) {
        let d = drawing(id);
        let end_on: Vec<Bone> = [&d.start, &d.end]
            .into_iter()
            .chain(d.between)
            .flat_map(|pose| pose.foreshortened.iter().copied())
            .collect();
        let limbs = [
            [Bone::NearThigh, Bone::NearShin, Bone::NearFoot].as_slice(),
            &[Bone::FarThigh, Bone::FarShin, Bone::FarFoot],
            &[Bone::NearUpperArm, Bone::NearForearm],
            &[Bone::FarUpperArm, Bone::FarForearm],
        ];
        let turning = limbs
            .into_iter()
            .flat_map(|limb| {
                let first = limb.iter().position(|bone| end_on.contains(bone));
                first.map_or(&[][..], |first| &limb[first..])
            })
            .copied()
            .collect();
        (Animation::of(d).frames, turning)
    }

    /// Bones drawn at the wrong length: every bone keeps its true length,
    /// except one seen end-on, which may only look shorter.
    fn length_problems(pose: &Pose) -> Vec<String> {
        let mut problems = length_problems_seen_end_on(pose, pose.foreshortened);
        if pose.foreshortened.len() > 3 {
            problems.push("too many bones seen end-on to read".to_owned());
        }
        problems
    }

    fn length_problems_seen_end_on(pose: &Pose, end_on: &[Bone]) -> Vec<String> {
        let mut problems = Vec::new();
        for bone in Bone::ALL {
            let (drawn, length) = (pose.drawn_length(bone), bone.length());
            let fine = if end_on.contains(&bone) {
                drawn <= length + ROUNDING
            } else {
                (drawn - length).abs() <= ROUNDING
            };
            if !fine {
                problems.push(format!("{bone:?} is {drawn:.1}, not {length}"));
            }
        }
        problems
    }

    /// Parts of the figure off the canvas or through the floor.
    fn placement_problems(pose: &Pose) -> Vec<String> {
        let mut problems = Vec::new();
        for (point, radius) in pose.round_parts() {
            let sideways = point.x - radius < 0.0 || point.x + radius > CANVAS_WIDTH;
            // Touching the floor line is fine; sinking through it is not.
            let up_or_down = point.y - radius < 0.0 || point.y + radius > FLOOR_Y + 0.1;
            if sideways || up_or_down {
                problems.push(format!("{point:?} is off the canvas or below the floor"));
            }
        }
        problems
    }

    #[test]
    fn every_limb_keeps_its_length_unless_it_points_at_the_viewer() {
        for (id, which, pose) in poses() {
            assert_eq!(
                length_problems(pose),
                Vec::<String>::new(),
                "{id:?} {which}"
            );
        }
    }

    #[test]
    fn every_in_between_pose_keeps_every_limbs_length() {
        for id in ExerciseId::ALL {
            let (frames, end_on) = frames(id);
            for (number, pose) in frames.iter().enumerate() {
                assert_eq!(
                    length_problems_seen_end_on(pose, &end_on),
                    Vec::<String>::new(),
                    "{id:?} frame {number}"
                );
            }
        }
    }

    #[test]
    fn every_in_between_pose_stays_on_the_canvas_and_above_the_floor() {
        for id in ExerciseId::ALL {
            for (number, pose) in frames(id).0.iter().enumerate() {
                assert_eq!(
                    placement_problems(pose),
                    Vec::<String>::new(),
                    "{id:?} frame {number}"
                );
            }
        }
    }

    #[test]
    fn every_figure_stays_on_the_canvas_and_above_the_floor() {
        for (id, which, pose) in poses() {
            assert_eq!(
                placement_problems(pose),
                Vec::<String>::new(),
                "{id:?} {which}"
            );
        }
        for id in ExerciseId::ALL {
            for prop in drawing(id).props {
                for corner in prop.corners() {
                    assert!(
                        (0.0..=CANVAS_WIDTH).contains(&corner.x)
                            && (0.0..=FLOOR_Y).contains(&corner.y),
                        "{id:?}: {prop:?} is off the canvas"
                    );
                }
            }
        }
    }

    #[test]
    fn every_drawing_shows_a_movement() {
        for id in ExerciseId::ALL {
            let d = drawing(id);
            let moved = d
                .start
                .joints()
                .into_iter()
                .zip(d.end.joints())
                .map(|(a, b)| a.distance(b))
                .fold(0.0, f32::max);
            assert!(moved >= 8.0, "{id:?}: start and end look the same");
        }
    }

    #[test]
    fn each_frame_holds_every_pose_with_the_floor_at_the_bottom() {
        for id in ExerciseId::ALL {
            let d = drawing(id);
            let f = d.frame();
            let aspect = f.width / f.height;
            assert!(
                (NARROWEST - 0.01..=WIDEST + 0.01).contains(&aspect),
                "{id:?}: {f:?}"
            );
            for (point, radius) in frames(id).0.iter().flat_map(Pose::round_parts) {
                assert!(
                    point.x - radius >= f.x
                        && point.x + radius <= f.x + f.width
                        && point.y - radius >= f.y,
                    "{id:?}: {point:?} is outside {f:?}"
                );
            }
            let floor_gap = f.y + f.height - FLOOR_Y;
            assert!(
                (1.0..=3.0).contains(&floor_gap),
                "{id:?}: floor at {floor_gap} from the bottom"
            );
            // Small enough that a lying figure is drawn larger than on the whole canvas.
            assert!(f.width <= CANVAS_WIDTH + 0.1, "{id:?}: {f:?}");
        }
        // A lying figure fills a wide strip, without empty space above it.
        let lying = drawing(ExerciseId::Bridge).frame();
        assert!(lying.width / lying.height > 1.9, "{lying:?}");
        let standing = drawing(ExerciseId::Walking).frame();
        assert!(standing.width / standing.height < 1.3, "{standing:?}");
    }

    #[test]
    fn every_motion_arrow_is_long_enough_to_see_and_on_the_canvas() {
        for id in ExerciseId::ALL {
            let motion = drawing(id).motion;
            assert!(
                motion.from.distance(motion.to) >= 10.0,
                "{id:?}: {motion:?}"
            );
            for point in [motion.from, motion.to].into_iter().chain(motion.head()) {
                assert!(
                    (0.0..=CANVAS_WIDTH).contains(&point.x) && (0.0..FLOOR_Y).contains(&point.y),
                    "{id:?}: {point:?}"
                );
            }
        }
    }

    #[test]
    fn an_arrow_head_sweeps_back_from_its_tip() {
        let right = Motion {
            from: p(0.0, 10.0),
            to: p(20.0, 10.0),
        };
        for point in right.head() {
            assert!(point.x < 20.0, "{point:?}");
            assert!((point.distance(right.to) - ARROW_HEAD).abs() < 0.01);
        }
        let [a, b] = right.head();
        assert!((a.y - 10.0).abs() > 2.0 && ((a.y - 10.0) + (b.y - 10.0)).abs() < 0.01);
    }

    #[test]
    fn a_stretched_limb_or_a_foot_through_the_floor_is_caught() {
        let mut stretched = drawing(ExerciseId::Bridge).start;
        stretched.near_leg.knee.x += 3.0;
        assert_eq!(length_problems(&stretched).len(), 2, "thigh and shin");
        let mut sunk = drawing(ExerciseId::Walking).start;
        sunk.far_leg.toe.y = FLOOR_Y;
        assert_eq!(placement_problems(&sunk).len(), 1);
        let mut off = drawing(ExerciseId::Walking).start;
        off.head.x = CANVAS_WIDTH - 1.0;
        // The head (a round part with both ends there) and the neck's end.
        let problems = placement_problems(&off);
        assert_eq!(problems.len(), 3, "{problems:?}");
        assert!(problems.iter().all(|problem| problem.contains("x: 119.0")));
    }
}
