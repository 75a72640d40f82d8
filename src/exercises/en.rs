//! The exercises in English (plain English at language level B1: short
//! sentences, everyday words), translated from `nl.rs` step by step.

use super::catalog::{Exercise, Group};
use super::{Dose, ExerciseId};

/// The English text of exercise `id`.
pub(super) fn exercise(id: ExerciseId) -> &'static Exercise {
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

static HIP_MOBILITY: Exercise = Exercise {
    id: ExerciseId::HipMobility,
    name: "Knee to chest",
    group: Group::Mobility,
    goal: "Gently loosens your hip, so it feels less stiff.",
    usual_dose: Dose::Reps { sets: 2, reps: 10 },
    each_side: true,
    how_often: "Every day",
    steps: &[
        "Lie on your back, on a mat or on your bed.",
        "Bend your knees and put your feet flat on the floor.",
        "Hold one leg with your hands behind your thigh, just below the knee.",
        "Gently pull that knee towards your chest, as far as feels comfortable.",
        "Hold for 2 counts and breathe out slowly.",
        "Put your foot down again. Do all the repeats with this leg, then with the other one.",
    ],
    feel:
        "A light stretch in your buttock and lower back. It feels like loosening up, not like pain.",
    ask_first_after_hip_surgery: true,
    take_care: &[
        "Keep your head and shoulders relaxed on the floor.",
        "Do not pull hard and do not press on your kneecap. The movement can stay small.",
    ],
    easier: &["If you cannot reach your leg, put a towel behind your thigh and pull on the towel."],
    harder: &[
        "Hold your knee to your chest for 10 seconds. Keep your other leg straight on the floor.",
    ],
    start_picture: "You lie on your back with your knees bent and your feet flat on the floor.",
    end_picture: "You lie on your back and pull one knee towards your chest, with your hands behind your thigh.",
};

static BRIDGE: Exercise = Exercise {
    id: ExerciseId::Bridge,
    name: "Bridge",
    group: Group::Strength,
    goal: "Makes your glutes stronger, so they support your lower back.",
    usual_dose: Dose::Reps { sets: 3, reps: 10 },
    each_side: false,
    how_often: "3 to 4 times a week",
    steps: &[
        "Lie on your back. Put your feet flat on the floor, hip-width apart.",
        "Put your arms by your sides.",
        "Tighten your buttocks.",
        "Push your heels into the floor and lift your bottom.",
        "Stop when your knees, hips and shoulders are in one line. Hold for 2 counts.",
        "Slowly lower yourself back to the floor.",
    ],
    feel: "Your buttocks work hard, and a little the back of your thighs.",
    ask_first_after_hip_surgery: false,
    take_care: &[
        "Do not arch your back: do not lift your bottom higher than the straight line.",
        "If you feel it mostly in your lower back, tighten your buttocks first and lift less high.",
    ],
    easier: &["Lift your bottom just a little and lower it again straight away."],
    harder: &["At the top, straighten one leg and hold for 2 counts (single-leg bridge). Only do this when the normal bridge is easy."],
    start_picture: "You lie on your back with your knees bent, your feet flat and your arms by your sides.",
    end_picture: "Your bottom is lifted: knees, hips and shoulders make one straight line.",
};

static HIP_EXTENSION: Exercise = Exercise {
    id: ExerciseId::HipExtension,
    name: "Leg back on all fours",
    group: Group::Strength,
    goal: "Trains your buttock to move your leg back from the hip, without arching your back.",
    usual_dose: Dose::Reps { sets: 3, reps: 10 },
    each_side: true,
    how_often: "3 to 4 times a week",
    steps: &[
        "Get on your hands and knees. Hands under your shoulders, knees under your hips.",
        "Make your back straight, like a table. Look at the floor.",
        "Tighten your stomach a little.",
        "Slowly straighten one leg out behind you, until it is in one line with your back.",
        "Hold for 2 counts and put your knee back down.",
        "Do all the repeats with this leg, then with the other one.",
    ],
    feel: "Your buttock works, on the side of the leg you move back.",
    ask_first_after_hip_surgery: false,
    take_care: &[
        "Do not lift your leg higher than your back. Higher makes your back arch.",
        "If your knees hurt, put a cushion under them.",
    ],
    easier: &["Only slide your foot backwards over the floor, without lifting it."],
    harder: &["At the same time, reach your other arm forwards and hold for 5 counts."],
    start_picture: "You are on your hands and knees with a flat back, like a table.",
    end_picture:
        "On hands and knees: one leg is straight out behind you, in one line with your back.",
};

static CLAMSHELL: Exercise = Exercise {
    id: ExerciseId::Clamshell,
    name: "Clamshell",
    group: Group::Strength,
    goal: "Trains the muscle at the side of your buttock (gluteus medius), which gives your hip strength and control.",
    usual_dose: Dose::Reps { sets: 3, reps: 12 },
    each_side: true,
    how_often: "3 to 4 times a week",
    steps: &[
        "Lie on your side. Rest your head on your arm or on a pillow.",
        "Bend your hips and knees. Put your knees and feet on top of each other.",
        "Keep your feet together and lift your top knee.",
        "Your legs open like a shell. Your pelvis stays still.",
        "Slowly lower your knee.",
        "Do all the repeats on this side. Then turn over and do the other side.",
    ],
    feel: "You feel it at the side and back of your buttock, on the side that is on top.",
    ask_first_after_hip_surgery: false,
    take_care: &["If your pelvis rolls backwards, make the movement smaller."],
    easier: &["Lift your knee just a little."],
    harder: &[
        "Hold your knee open for 3 counts before you lower it.",
        "Put a resistance band around your thighs. Ask your physiotherapist which band is right for you.",
    ],
    start_picture: "You lie on your side with your head on your lower arm, seen from above. Your hips and knees are bent, one knee on top of the other.",
    end_picture: "You lie on your side, seen from above. Your feet stay together and your top knee is lifted: your legs open like a shell.",
};

static SIDE_LYING_ABDUCTION: Exercise = Exercise {
    id: ExerciseId::SideLyingAbduction,
    name: "Side leg raise",
    group: Group::Strength,
    goal: "Makes the side of your buttock stronger, for strength and control in what you do every day.",
    usual_dose: Dose::Reps { sets: 3, reps: 10 },
    each_side: true,
    how_often: "3 to 4 times a week",
    steps: &[
        "Lie on your side. Bend your bottom leg a little, for support.",
        "Straighten your top leg, in one line with your body.",
        "Put your top hand on the floor in front of you.",
        "Slowly lift your top leg up at an angle. Stop before your pelvis turns or rolls back.",
        "Keep your leg straight. Your toes point forwards, not up.",
        "Slowly lower your leg. Then do the other side.",
    ],
    feel: "The side of your buttock and hip works, on the side that is on top.",
    ask_first_after_hip_surgery: false,
    take_care: &["Do not roll backwards. Stay straight on your side."],
    easier: &["Bend the knee of your top leg a little, or lift your leg less high."],
    harder: &["Hold your leg up for 3 counts before you lower it."],
    start_picture: "You lie on your side with your head on your lower arm and your top hand on the floor in front of you. Your bottom leg is slightly bent, your top leg is straight.",
    end_picture: "You lie on your side and your straight top leg is lifted at an angle.",
};

static HIP_HINGE: Exercise = Exercise {
    id: ExerciseId::HipHinge,
    name: "Hip hinge",
    group: Group::Strength,
    goal: "Teaches you to bend from your hips, so your lower back has less to do.",
    usual_dose: Dose::Reps { sets: 3, reps: 10 },
    each_side: false,
    how_often: "3 to 4 times a week",
    steps: &[
        "Stand up straight, feet hip-width apart, knees slightly bent.",
        "Put your hands on your thighs.",
        "Push your bottom backwards, as if you are closing a door with it.",
        "Your upper body tips forwards. You bend mainly at your hips, not in your back.",
        "Go as far as feels comfortable.",
        "Tighten your buttocks and come back up.",
    ],
    feel: "A stretch in the back of your thighs (hamstrings), and your buttocks working as you come up.",
    ask_first_after_hip_surgery: true,
    take_care: &[
        "If you feel it mostly in your back rather than your buttocks and thighs, push your bottom further back and go less far.",
        "Bend and lift in whatever way feels comfortable to you: there is no single right posture. \
         This exercise teaches you to use your hips as well.",
    ],
    easier: &["Stand half a step in front of a wall and touch the wall with your bottom."],
    harder: &["Hold a bottle of water or a light weight in your hands."],
    start_picture: "You stand up straight with your knees slightly bent and your hands on your thighs.",
    end_picture: "Your bottom is pushed backwards and your upper body leans forwards from your hips.",
};

static LUNGE: Exercise = Exercise {
    id: ExerciseId::Lunge,
    name: "Lunge",
    group: Group::Strength,
    goal: "Makes your legs and buttocks stronger for climbing stairs and standing up.",
    usual_dose: Dose::Reps { sets: 2, reps: 8 },
    each_side: true,
    how_often: "3 to 4 times a week",
    steps: &[
        "Stand up straight. Hold on to a chair or the kitchen counter if you need to.",
        "Take a big step forwards with one foot.",
        "Bend both knees and go straight down. Your back heel comes off the floor.",
        "Go down as far as feels comfortable. Your front knee stays above your foot.",
        "Push yourself back up with your front leg and put your feet side by side.",
        "Do all the repeats with this leg in front, then with the other one.",
    ],
    feel: "The thigh and buttock of your front leg are working.",
    ask_first_after_hip_surgery: true,
    take_care: &["If your front knee drops inwards or hurts, take a smaller step and go down less far."],
    easier: &[
        "Small lunge: go down only a little and hold on to a chair.",
        "Stay standing with one foot in front and only move up and down.",
        "Step backwards instead of forwards. For most people that is easier on the knee and for balance.",
    ],
    harder: &[
        "Hold a bottle of water or a light weight in each hand.",
        "Walking lunge: after each lunge, step through with your back leg.",
    ],
    start_picture: "You stand up straight with your feet side by side.",
    end_picture: "One foot is a big step in front. You bend both knees, and your upper body is upright.",
};

static HIP_ROTATION: Exercise = Exercise {
    id: ExerciseId::HipRotation,
    name: "90/90 hip rotation",
    group: Group::Mobility,
    goal: "Makes turning in your hips smoother, so your lower back has to twist less.",
    usual_dose: Dose::Reps { sets: 2, reps: 8 },
    each_side: false,
    how_often: "Every day",
    steps: &[
        "Sit on the floor. Put your hands behind you for support.",
        "Put your feet flat on the floor, a little wider than your hips. Your knees point up.",
        "Let both knees drop to one side. Your legs now make two angles of 90 degrees.",
        "Bring your knees back up and let them drop to the other side.",
        "One repeat is to the left and to the right. Move slowly and keep sitting up straight.",
    ],
    feel: "A stretch or turning feeling deep in your hips and buttocks.",
    ask_first_after_hip_surgery: true,
    take_care: &["If sitting on the floor is hard, sit on a firm cushion."],
    easier: &["Make the movement smaller: let your knees drop just a little."],
    harder: &["Stay on each side for 20 seconds and lean your upper body a little towards your front knee."],
    start_picture: "You sit on the floor, leaning on your hands, with your knees up and your feet flat.",
    end_picture: "You sit on the floor and lean on your hands behind you. Both knees have dropped to one side: each leg makes an angle of 90 degrees.",
};

static HIP_FLEXOR_STRETCH: Exercise = Exercise {
    id: ExerciseId::HipFlexorStretch,
    name: "Hip flexor stretch",
    group: Group::Mobility,
    goal: "Stretches the front of your hip, which often gets short from a lot of sitting.",
    usual_dose: Dose::Hold { sets: 2, seconds: 30 },
    each_side: true,
    how_often: "Every day",
    steps: &[
        "Put one knee on the floor, on a cushion. Your other foot is flat on the floor in front of you.",
        "Keep your upper body upright. Hold on to a chair if you need to.",
        "Tighten the buttock of the leg that is behind.",
        "Slowly move your hip forwards, until you feel a stretch at the front of your hip.",
        "Hold this and keep breathing calmly.",
        "Then change legs.",
    ],
    feel: "A gentle stretch at the front of the hip and thigh of the leg that is behind.",
    ask_first_after_hip_surgery: true,
    take_care: &["If your back arches, tighten your buttock more and go less far forwards."],
    easier: &["Do it standing: take one step back, hold on to a chair and move your hip forwards."],
    harder: &["Raise the arm on the side of your back leg straight up."],
    start_picture: "You kneel on one knee. Your other foot is in front of you and your upper body is upright.",
    end_picture: "On one knee: your hip has moved forwards and your upper body stays upright.",
};

static WALKING: Exercise = Exercise {
    id: ExerciseId::Walking,
    name: "Walking",
    group: Group::DailyMovement,
    goal: "Good for your blood flow, your rhythm and your coordination.",
    usual_dose: Dose::Minutes { minutes: 20 },
    each_side: false,
    how_often: "Every day",
    steps: &[
        "Put on firm, comfortable shoes.",
        "Walk at an easy pace for the first few minutes.",
        "Walk upright and let your arms swing.",
        "Walk at a speed at which you can still talk normally.",
        "If 20 minutes is too much, start with 5 or 10 minutes and add a few minutes every week.",
    ],
    feel: "You get a little warm and breathe a bit faster. Afterwards your hips and back often feel looser.",
    ask_first_after_hip_surgery: false,
    take_care: &["If the pain keeps getting worse than you are used to while you walk, rest for a moment and then walk a shorter distance."],
    easier: &["Walk a short distance more often, for example 5 minutes 3 times a day."],
    harder: &["Walk a bit longer or a bit faster, or choose a route with a small hill or stairs."],
    start_picture: "You stand up straight, ready to start walking.",
    end_picture: "You are walking: one leg steps forwards and your arms swing along.",
};

static SITTING_BREAK: Exercise = Exercise {
    id: ExerciseId::SittingBreak,
    name: "Sitting break",
    group: Group::DailyMovement,
    goal: "Break up long periods of sitting, so there is less strain on your hips and back.",
    usual_dose: Dose::Minutes { minutes: 2 },
    each_side: false,
    how_often: "Every half hour that you sit",
    steps: &[
        "Set an alarm on your phone for every half hour that you sit.",
        "Move forwards on your chair and put your feet flat on the floor.",
        "Stand up by pushing with your legs.",
        "Walk a little, for example to the kitchen or to the window.",
        "Gently push your hips forwards a few times and stand up tall.",
        "Move like this for 2 minutes. Then sit down again.",
    ],
    feel: "Your hips and back feel less stiff. You do not need to feel anything heavy.",
    ask_first_after_hip_surgery: false,
    take_care: &["If standing up hurts, push yourself up with your hands on the armrests."],
    easier: &["If walking is hard, just stand up for a moment and sit down again."],
    harder: &["Stand up and sit down 5 times in a row, without using your hands."],
    start_picture: "You are sitting on a chair.",
    end_picture: "You have stood up and are standing upright next to your chair.",
};
