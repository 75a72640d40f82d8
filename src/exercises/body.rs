//! How a [`Pose`] is drawn as a body: every part is a capsule, a straight
//! stroke with round ends and its own thickness (a head is a capsule of
//! length zero), so a drawing is the list of its parts, far side first.
//! The still pictures and every frame of the moving one come from here,
//! and so do the tests' checks that a figure stays on the canvas.

use super::figure::{p, Bone, Point, Pose, HEAD_RADIUS};

/// Which kind of part, for its colour: the side nearer the viewer is
/// drawn darker than the far side, the pelvis in its own colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shade {
    /// An arm or a leg behind the body.
    Far,
    /// Trunk, neck and head.
    Body,
    Pelvis,
    /// An arm or a leg on the viewer's side.
    Near,
    /// A thin band in the page's colour around a near limb, so it stands
    /// out where it crosses the body.
    Outline,
}

/// One part of the drawn body: a stroke from `from` to `to`, `width` thick
/// with round ends.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Part {
    pub shade: Shade,
    pub from: Point,
    pub to: Point,
    pub width: f32,
}

/// How much wider than a near limb its outline is drawn.
const OUTLINE: f32 = 1.2;
/// How far the chest and the pelvis sit in front of the spine line, so the
/// trunk has a front (the belly side) and a back that can lie on the floor.
const CHEST_FORWARD: f32 = 1.5;
const PELVIS_FORWARD: f32 = 1.0;
/// Where the chest begins, as a share of the trunk from the hip.
const CHEST_FROM: f32 = 0.45;
/// How far below the ankle joint the sole runs, along the shin.
const SOLE_BELOW_ANKLE: f32 = 2.2;

/// How thick each bone is drawn: thighs thicker than shins, upper arms
/// thicker than forearms.
fn width(bone: Bone) -> f32 {
    match bone {
        Bone::Neck => 4.5,
        Bone::Torso => 7.0,
        Bone::NearUpperArm | Bone::FarUpperArm => 4.5,
        Bone::NearForearm | Bone::FarForearm => 4.0,
        Bone::NearThigh | Bone::FarThigh => 6.5,
        Bone::NearShin | Bone::FarShin => 5.0,
        Bone::NearFoot | Bone::FarFoot => 5.0,
    }
}
const CHEST_WIDTH: f32 = 9.5;
const PELVIS_WIDTH: f32 = 9.0;

/// The parts of `pose`, in drawing order: far limbs, trunk, pelvis,
/// neck and head, then each near limb on its outline.
pub fn parts(pose: &Pose) -> Vec<Part> {
    let spine = pose.shoulder - pose.hip;
    // The front of the body: the trunk turned a quarter clockwise, since
    // figures face right (and lie with their head on the left).
    let front = p(-spine.y, spine.x).unit();
    let mut parts = Vec::with_capacity(22);
    let limb = |bone: Bone, shade: Shade| {
        let (from, to) = sole_or_bone(pose, bone);
        Part {
            shade,
            from,
            to,
            width: width(bone),
        }
    };
    for bone in [
        Bone::FarThigh,
        Bone::FarShin,
        Bone::FarFoot,
        Bone::FarUpperArm,
        Bone::FarForearm,
    ] {
        parts.push(limb(bone, Shade::Far));
    }
    parts.push(limb(Bone::Torso, Shade::Body));
    parts.push(Part {
        shade: Shade::Body,
        from: pose.hip + spine * CHEST_FROM + front * CHEST_FORWARD,
        to: pose.shoulder + front * CHEST_FORWARD,
        width: CHEST_WIDTH,
    });
    let pelvis = pose.hip + front * PELVIS_FORWARD;
    parts.push(Part {
        shade: Shade::Pelvis,
        from: pelvis,
        to: pelvis,
        width: PELVIS_WIDTH,
    });
    parts.push(limb(Bone::Neck, Shade::Body));
    parts.push(Part {
        shade: Shade::Body,
        from: pose.head,
        to: pose.head,
        width: 2.0 * HEAD_RADIUS,
    });
    for bones in [
        [Bone::NearThigh, Bone::NearShin, Bone::NearFoot].as_slice(),
        &[Bone::NearUpperArm, Bone::NearForearm],
    ] {
        for &bone in bones {
            let near = limb(bone, Shade::Near);
            parts.push(Part {
                shade: Shade::Outline,
                width: near.width + OUTLINE,
                ..near
            });
        }
        parts.extend(bones.iter().map(|&bone| limb(bone, Shade::Near)));
    }
    parts
}

/// Where a bone is drawn. A foot is drawn along its sole, a little below
/// the ankle joint (further along the shin), so a standing foot rests on
/// the floor while the ankle sits above it.
fn sole_or_bone(pose: &Pose, bone: Bone) -> (Point, Point) {
    let (from, to) = pose.ends(bone);
    let shin = match bone {
        Bone::NearFoot => Bone::NearShin,
        Bone::FarFoot => Bone::FarShin,
        _ => return (from, to),
    };
    let (knee, ankle) = pose.ends(shin);
    let down = (ankle - knee).unit() * SOLE_BELOW_ANKLE;
    (from + down, to + down)
}

/// The round ends of every part of the body, as centre and radius: what
/// the tests and the picture's frame check against the canvas. (An
/// outline is a thin band of the page's colour, not body: it may touch
/// the floor line under a limb that lies on it.)
pub fn round_ends(pose: &Pose) -> impl Iterator<Item = (Point, f32)> {
    parts(pose)
        .into_iter()
        .filter(|part| part.shade != Shade::Outline)
        .flat_map(|part| [(part.from, part.width / 2.0), (part.to, part.width / 2.0)])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::figure::drawing;
    use crate::exercises::ExerciseId;

    #[test]
    fn a_near_limb_is_drawn_on_its_outline_after_the_body() {
        let parts = parts(&drawing(ExerciseId::Bridge).start);
        let body = parts.iter().rposition(|part| part.shade == Shade::Body);
        let first_near = parts.iter().position(|part| part.shade == Shade::Near);
        let first_outline = parts.iter().position(|part| part.shade == Shade::Outline);
        assert!(body < first_outline && first_outline < first_near);
        assert_eq!(parts.iter().filter(|p| p.shade == Shade::Near).count(), 5);
        assert_eq!(
            parts.iter().filter(|p| p.shade == Shade::Outline).count(),
            5
        );
        assert_eq!(parts.iter().filter(|p| p.shade == Shade::Far).count(), 5);
    }

    #[test]
    fn the_chest_sits_in_front_of_the_spine() {
        // Standing, facing right: the chest is to the right of the spine.
        let standing = drawing(ExerciseId::Walking).start;
        let chest = parts(&standing)[6];
        assert!(chest.to.x > standing.shoulder.x);
        // Lying on the back: the chest is above the spine, away from the floor.
        let lying = drawing(ExerciseId::Bridge).start;
        let chest = parts(&lying)[6];
        assert!(chest.to.y < lying.shoulder.y);
    }

    #[test]
    fn a_standing_foot_rests_on_the_floor_below_its_ankle() {
        let standing = drawing(ExerciseId::Walking).start;
        let foot = parts(&standing)[2];
        let sole = foot.from.y.max(foot.to.y) + foot.width / 2.0;
        assert!(
            (crate::exercises::figure::FLOOR_Y - sole).abs() < 0.6,
            "{sole}"
        );
        assert!(foot.from.y > standing.far_leg.ankle.y);
    }
}
