//! The joint positions of every exercise's start and end pose, on the
//! canvas of `figure.rs` (120 × 100 units, floor at 95). Figures face right;
//! lying figures have their head on the left. A figure lying on its side is
//! seen from the front when its leg moves up (the side leg raise), and from
//! above, on a mat, when its knee opens towards the ceiling (the clamshell),
//! so the movement is always in the picture. The motion arrow, drawn in the end picture,
//! points the way the body moves; the tempo says how the moving picture
//! plays it (`motion.rs`). The tests in `figure.rs` and `motion.rs` check
//! every number here.

use super::figure::{arm, leg, p, Bone, Drawing, Motion, Pose, Prop};
use super::motion::Tempo;
use super::ExerciseId;

/// The drawing of exercise `id`.
pub(super) fn drawing(id: ExerciseId) -> &'static Drawing {
    match id {
        ExerciseId::HipMobility => &HIP_MOBILITY,
        ExerciseId::Bridge => &BRIDGE,
        ExerciseId::HipExtension => &HIP_EXTENSION,
        ExerciseId::Clamshell => &CLAMSHELL,
        ExerciseId::SideLyingAbduction => &SIDE_LYING_ABDUCTION,
        ExerciseId::HipHinge => &HIP_HINGE,
        ExerciseId::Lunge => &LUNGE,
        ExerciseId::HipRotation => &HIP_ROTATION,
        ExerciseId::HipFlexorStretch => &HIP_FLEXOR_STRETCH,
        ExerciseId::Walking => &WALKING,
        ExerciseId::SittingBreak => &SITTING_BREAK,
    }
}

static HIP_MOBILITY: Drawing = Drawing {
    start: Pose {
        head: p(27.2, 88.0),
        shoulder: p(35.5, 91.5),
        hip: p(59.5, 91.5),
        near_arm: arm(p(50.5, 92.3), p(64.5, 92.3)),
        far_arm: arm(p(50.5, 92.3), p(64.5, 92.3)),
        near_leg: leg(p(73.8, 77.6), p(89.5, 90.0), p(96.5, 90.4)),
        far_leg: leg(p(73.8, 77.6), p(89.5, 90.0), p(96.5, 90.4)),
        foreshortened: &[],
    },
    end: Pose {
        head: p(27.2, 88.0),
        shoulder: p(35.5, 91.5),
        hip: p(59.5, 91.5),
        near_arm: arm(p(34.5, 76.5), p(48.4, 78.2)),
        far_arm: arm(p(33.1, 76.7), p(46.8, 79.4)),
        near_leg: leg(p(44.2, 78.6), p(64.1, 76.9), p(69.5, 72.4)),
        far_leg: leg(p(73.8, 77.6), p(89.5, 90.0), p(96.5, 90.4)),
        foreshortened: &[],
    },
    between: &[],
    props: &[Prop::Mat],
    motion: Motion {
        from: p(80.0, 64.0),
        to: p(60.0, 64.0),
    },
    tempo: Tempo::Repetitions { hold_counts: 2 },
};

static BRIDGE: Drawing = Drawing {
    start: Pose {
        head: p(27.2, 88.0),
        shoulder: p(35.5, 91.5),
        hip: p(59.5, 91.5),
        near_arm: arm(p(50.5, 92.3), p(64.5, 92.3)),
        far_arm: arm(p(50.5, 92.3), p(64.5, 92.3)),
        near_leg: leg(p(73.8, 77.6), p(89.5, 90.0), p(96.5, 90.4)),
        far_leg: leg(p(73.8, 77.6), p(89.5, 90.0), p(96.5, 90.4)),
        foreshortened: &[],
    },
    end: Pose {
        head: p(27.2, 88.0),
        shoulder: p(35.5, 91.5),
        hip: p(57.7, 82.5),
        near_arm: arm(p(50.5, 92.0), p(64.5, 92.5)),
        far_arm: arm(p(50.5, 92.0), p(64.5, 92.5)),
        near_leg: leg(p(76.3, 75.0), p(89.5, 90.0), p(96.5, 90.4)),
        far_leg: leg(p(76.3, 75.0), p(89.5, 90.0), p(96.5, 90.4)),
        foreshortened: &[],
    },
    between: &[],
    props: &[Prop::Mat],
    motion: Motion {
        from: p(50.0, 80.0),
        to: p(50.0, 67.0),
    },
    tempo: Tempo::Repetitions { hold_counts: 2 },
};

static HIP_EXTENSION: Drawing = Drawing {
    start: Pose {
        head: p(95.0, 66.5),
        shoulder: p(86.1, 65.0),
        hip: p(63.0, 71.5),
        near_arm: arm(p(92.5, 78.6), p(87.1, 91.5)),
        far_arm: arm(p(92.5, 78.6), p(87.1, 91.5)),
        near_leg: leg(p(63.0, 91.5), p(43.0, 91.5), p(36.0, 91.5)),
        far_leg: leg(p(63.0, 91.5), p(43.0, 91.5), p(36.0, 91.5)),
        foreshortened: &[],
    },
    end: Pose {
        head: p(95.0, 66.5),
        shoulder: p(86.1, 65.0),
        hip: p(63.0, 71.5),
        near_arm: arm(p(92.5, 78.6), p(87.1, 91.5)),
        far_arm: arm(p(92.5, 78.6), p(87.1, 91.5)),
        near_leg: leg(p(43.7, 76.9), p(24.5, 82.3), p(19.1, 86.8)),
        far_leg: leg(p(63.0, 91.5), p(43.0, 91.5), p(36.0, 91.5)),
        foreshortened: &[],
    },
    between: &[],
    props: &[Prop::Mat],
    motion: Motion {
        from: p(50.0, 63.0),
        to: p(32.0, 68.0),
    },
    tempo: Tempo::Repetitions { hold_counts: 2 },
};

// Seen from above, a little from the front: the body lies on the mat with
// its head on the lower arm, the knees in front of the body. The top knee
// opens towards the viewer, so it rises in the picture while the thigh
// and shin look shorter; it never lines up with the hip and the feet, so
// the leg stays bent all the way.
static CLAMSHELL: Drawing = Drawing {
    start: Pose {
        head: p(29.5, 77.5),
        shoulder: p(38.5, 77.5),
        hip: p(62.5, 77.5),
        near_arm: arm(p(53.5, 76.8), p(67.0, 73.5)),
        far_arm: arm(p(28.5, 88.6), p(26.0, 74.9)),
        near_leg: leg(p(76.6, 91.6), p(90.8, 77.5), p(94.3, 83.6)),
        far_leg: leg(p(76.6, 91.6), p(90.8, 77.5), p(94.3, 83.6)),
        foreshortened: &[],
    },
    end: Pose {
        head: p(29.5, 77.5),
        shoulder: p(38.5, 77.5),
        hip: p(62.5, 77.5),
        near_arm: arm(p(53.5, 76.8), p(67.0, 73.5)),
        far_arm: arm(p(28.5, 88.6), p(26.0, 74.9)),
        near_leg: leg(p(76.8, 83.1), p(90.8, 77.5), p(94.3, 83.6)),
        far_leg: leg(p(76.6, 91.6), p(90.8, 77.5), p(94.3, 83.6)),
        foreshortened: &[Bone::NearThigh, Bone::NearShin],
    },
    between: &[],
    props: &[Prop::MatFromAbove],
    motion: Motion {
        from: p(70.0, 94.0),
        to: p(70.0, 82.0),
    },
    tempo: Tempo::Repetitions { hold_counts: 0 },
};

// Seen from the front, lying on the floor: the head rests on the lower
// arm, the top hand is on the floor in front of the chest, the bottom leg
// is a little bent (its knee comes towards the viewer, so it looks
// shorter) and the top leg's toes point at the viewer. The straight top
// leg rises in the picture's plane.
static SIDE_LYING_ABDUCTION: Drawing = Drawing {
    start: Pose {
        head: p(29.8, 84.0),
        shoulder: p(36.0, 90.5),
        hip: p(60.0, 90.5),
        near_arm: arm(p(45.8, 79.1), p(50.0, 92.5)),
        far_arm: arm(p(21.1, 92.3), p(7.1, 92.3)),
        near_leg: leg(p(79.9, 88.8), p(99.8, 87.1), p(100.8, 88.6)),
        far_leg: leg(p(78.0, 91.7), p(94.0, 91.7), p(101.0, 91.7)),
        foreshortened: &[Bone::FarThigh, Bone::FarShin, Bone::NearFoot],
    },
    end: Pose {
        head: p(29.8, 84.0),
        shoulder: p(36.0, 90.5),
        hip: p(60.0, 90.5),
        near_arm: arm(p(45.8, 79.1), p(50.0, 92.5)),
        far_arm: arm(p(21.1, 92.3), p(7.1, 92.3)),
        near_leg: leg(p(77.0, 79.9), p(94.0, 69.3), p(95.0, 70.8)),
        far_leg: leg(p(78.0, 91.7), p(94.0, 91.7), p(101.0, 91.7)),
        foreshortened: &[Bone::FarThigh, Bone::FarShin, Bone::NearFoot],
    },
    between: &[],
    props: &[Prop::Mat],
    motion: Motion {
        from: p(108.0, 84.0),
        to: p(103.0, 68.0),
    },
    tempo: Tempo::Repetitions { hold_counts: 0 },
};

static HIP_HINGE: Drawing = Drawing {
    start: Pose {
        head: p(52.8, 17.3),
        shoulder: p(52.8, 26.3),
        hip: p(52.8, 50.3),
        near_arm: arm(p(58.3, 40.2), p(53.2, 53.3)),
        far_arm: arm(p(58.3, 40.2), p(53.2, 53.3)),
        near_leg: leg(p(55.6, 70.1), p(53.5, 90.0), p(60.5, 90.0)),
        far_leg: leg(p(55.6, 70.1), p(53.5, 90.0), p(60.5, 90.0)),
        foreshortened: &[],
    },
    end: Pose {
        head: p(71.4, 35.3),
        shoulder: p(63.6, 39.8),
        hip: p(44.7, 54.5),
        near_arm: arm(p(60.3, 54.4), p(54.5, 67.2)),
        far_arm: arm(p(60.3, 54.4), p(54.5, 67.2)),
        near_leg: leg(p(57.0, 70.3), p(53.5, 90.0), p(60.5, 90.0)),
        far_leg: leg(p(57.0, 70.3), p(53.5, 90.0), p(60.5, 90.0)),
        foreshortened: &[],
    },
    between: &[],
    props: &[],
    motion: Motion {
        from: p(40.0, 44.0),
        to: p(28.0, 44.0),
    },
    tempo: Tempo::Repetitions { hold_counts: 0 },
};

static LUNGE: Drawing = Drawing {
    start: Pose {
        head: p(57.5, 17.0),
        shoulder: p(57.5, 26.0),
        hip: p(57.5, 50.0),
        near_arm: arm(p(58.0, 41.0), p(60.5, 54.8)),
        far_arm: arm(p(57.0, 41.0), p(58.2, 55.0)),
        near_leg: leg(p(58.2, 70.0), p(57.5, 90.0), p(64.5, 90.0)),
        far_leg: leg(p(58.2, 70.0), p(57.5, 90.0), p(64.5, 90.0)),
        foreshortened: &[],
    },
    end: Pose {
        head: p(72.3, 35.0),
        shoulder: p(72.7, 44.0),
        hip: p(73.5, 68.0),
        near_arm: arm(p(71.4, 59.0), p(71.4, 73.0)),
        far_arm: arm(p(74.0, 59.0), p(74.0, 73.0)),
        near_leg: leg(p(93.4, 70.1), p(95.5, 90.0), p(102.5, 90.0)),
        far_leg: leg(p(77.5, 87.6), p(57.5, 87.0), p(62.9, 91.5)),
        foreshortened: &[],
    },
    between: &[],
    props: &[],
    motion: Motion {
        from: p(86.0, 44.0),
        to: p(86.0, 58.0),
    },
    tempo: Tempo::Repetitions { hold_counts: 0 },
};

static HIP_ROTATION: Drawing = Drawing {
    start: Pose {
        head: p(45.7, 58.8),
        shoulder: p(46.5, 67.7),
        hip: p(55.5, 90.0),
        near_arm: arm(p(36.8, 79.2), p(43.5, 91.5)),
        far_arm: arm(p(36.8, 79.2), p(43.5, 91.5)),
        near_leg: leg(p(71.5, 78.0), p(87.5, 90.0), p(94.5, 90.4)),
        far_leg: leg(p(71.5, 78.0), p(87.5, 90.0), p(94.5, 90.4)),
        foreshortened: &[],
    },
    end: Pose {
        head: p(51.0, 57.4),
        shoulder: p(51.3, 66.4),
        hip: p(55.5, 90.0),
        near_arm: arm(p(41.4, 77.7), p(43.5, 91.5)),
        far_arm: arm(p(41.3, 77.5), p(41.5, 91.5)),
        near_leg: leg(p(75.4, 91.7), p(77.2, 90.7), p(80.2, 90.7)),
        far_leg: leg(p(52.5, 91.5), p(32.5, 91.5), p(25.5, 91.9)),
        foreshortened: &[Bone::NearShin, Bone::NearFoot, Bone::FarThigh],
    },
    between: &[],
    props: &[Prop::Mat],
    motion: Motion {
        from: p(82.0, 70.0),
        to: p(86.0, 83.0),
    },
    tempo: Tempo::Repetitions { hold_counts: 0 },
};

static HIP_FLEXOR_STRETCH: Drawing = Drawing {
    start: Pose {
        head: p(60.0, 38.5),
        shoulder: p(60.0, 47.5),
        hip: p(60.0, 71.5),
        near_arm: arm(p(70.6, 58.1), p(78.0, 70.0)),
        far_arm: arm(p(59.5, 62.5), p(61.9, 76.3)),
        near_leg: leg(p(79.9, 70.0), p(80.0, 90.0), p(87.0, 90.0)),
        far_leg: leg(p(60.0, 91.5), p(40.0, 91.5), p(33.0, 91.5)),
        foreshortened: &[],
    },
    end: Pose {
        head: p(66.3, 40.0),
        shoulder: p(66.7, 49.0),
        hip: p(67.5, 73.0),
        near_arm: arm(p(79.7, 56.4), p(83.0, 70.0)),
        far_arm: arm(p(66.1, 64.0), p(68.6, 77.7)),
        near_leg: leg(p(87.4, 71.4), p(80.0, 90.0), p(87.0, 90.0)),
        far_leg: leg(p(60.0, 91.5), p(40.0, 91.5), p(33.0, 91.5)),
        foreshortened: &[],
    },
    between: &[],
    props: &[Prop::Mat],
    motion: Motion {
        from: p(46.0, 60.0),
        to: p(59.0, 60.0),
    },
    tempo: Tempo::Stretch,
};

static WALKING: Drawing = Drawing {
    start: Pose {
        head: p(56.5, 17.0),
        shoulder: p(56.5, 26.0),
        hip: p(56.5, 50.0),
        near_arm: arm(p(57.0, 41.0), p(59.5, 54.8)),
        far_arm: arm(p(56.0, 41.0), p(57.2, 55.0)),
        near_leg: leg(p(57.2, 70.0), p(56.5, 90.0), p(63.5, 90.0)),
        far_leg: leg(p(57.2, 70.0), p(56.5, 90.0), p(63.5, 90.0)),
        foreshortened: &[],
    },
    end: Pose {
        head: p(57.0, 19.0),
        shoulder: p(56.7, 28.0),
        hip: p(57.5, 52.0),
        near_arm: arm(p(50.3, 41.6), p(47.9, 55.4)),
        far_arm: arm(p(63.0, 41.6), p(72.9, 51.5)),
        near_leg: leg(p(67.3, 69.5), p(71.5, 89.0), p(78.1, 86.6)),
        far_leg: leg(p(55.7, 71.9), p(41.5, 86.0), p(46.4, 90.9)),
        foreshortened: &[],
    },
    between: &[],
    props: &[],
    motion: Motion {
        from: p(72.0, 30.0),
        to: p(86.0, 30.0),
    },
    tempo: Tempo::Steady,
};

static SITTING_BREAK: Drawing = Drawing {
    start: Pose {
        head: p(45.2, 37.5),
        shoulder: p(45.2, 46.5),
        hip: p(46.0, 70.5),
        near_arm: arm(p(58.7, 53.1), p(64.0, 66.0)),
        far_arm: arm(p(58.7, 53.1), p(64.0, 66.0)),
        near_leg: leg(p(66.0, 70.0), p(66.0, 90.0), p(73.0, 90.0)),
        far_leg: leg(p(66.0, 70.0), p(66.0, 90.0), p(73.0, 90.0)),
        foreshortened: &[],
    },
    end: Pose {
        head: p(76.0, 17.0),
        shoulder: p(76.0, 26.0),
        hip: p(76.0, 50.0),
        near_arm: arm(p(76.5, 41.0), p(79.0, 54.8)),
        far_arm: arm(p(75.5, 41.0), p(76.7, 55.0)),
        near_leg: leg(p(76.7, 70.0), p(76.0, 90.0), p(83.0, 90.0)),
        far_leg: leg(p(76.7, 70.0), p(76.0, 90.0), p(83.0, 90.0)),
        foreshortened: &[],
    },
    between: &[],
    props: &[Prop::Chair {
        seat_front: p(56.0, 75.5),
    }],
    motion: Motion {
        from: p(92.0, 58.0),
        to: p(92.0, 40.0),
    },
    tempo: Tempo::Repetitions { hold_counts: 2 },
};
