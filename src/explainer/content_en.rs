//! The explainer in English, at language level B1: a translation of
//! `content_nl.rs` (the clinic's article "Hoe de heup de onderrug
//! beïnvloedt" in short sentences and everyday words), block by block, with
//! the medical name in brackets the first time on each page. It adds nothing
//! to the article.

use super::content::{Advice, Block, Explainer, Invitation, Link, Question, Section, Target};
use super::SectionId;
use crate::exercises::ExerciseId;
use crate::routes::Part;

/// The explainer in English.
pub static EXPLAINER: Explainer = Explainer {
    intro: &[
        "Your lower back and your hips work together in almost every movement you make. \
         Walking, climbing stairs, bending, turning, sitting and lifting all need a hip that works well.",
    ],
    invitation: Invitation {
        title: "Would you like to know if your back pain comes from your hip?",
        body: &[
            concat!("At ", clinic_name!(), " we examine how your hips and lower back work together. \
             Then we make a plan. That plan aims to help your hip move better and to improve its strength and control."),
            "The aim: less strain on your lower back, and your confidence in moving back.",
            concat!("Make an appointment at ", clinic_name!(), ". If you are already a patient, ask about it at your next appointment."),
        ],
    },
    sections: &[
        HIP_JOINT,
        HIP_STEERS_BACK,
        LIMITATIONS,
        SYMPTOMS,
        EXAMINATION,
        TREATMENT,
        HOME_ADVICE,
        LIFESTYLE,
        CONCLUSION,
        FAQ,
    ],
};

const fn to_section(id: SectionId, label: &'static str) -> Link {
    Link {
        target: Target::Section(id),
        label,
    }
}

const fn to_exercise(id: ExerciseId, label: &'static str) -> Link {
    Link {
        target: Target::Exercise(id),
        label,
    }
}

const TO_SELF_CHECK: Link = Link {
    target: Target::Part(Part::SelfCheck),
    label: "Do the self-check",
};

const HIP_JOINT: Section = Section {
    id: SectionId::HipJoint,
    title: "How your hip joint works",
    summary: "A ball-and-socket joint with strong ligaments and muscles.",
    blocks: &[
        Block::Paragraph(
            concat!("At ", clinic_name!(), " we often see back pain start when the hips move less well. \
             Or when the muscles around the hip do not work together well."),
        ),
        Block::Paragraph(
            "Knowing how your hip affects your lower back helps you see more clearly what causes your pain. \
             And you see why hip training is an important part of back recovery (back rehabilitation).",
        ),
        Block::Heading("A ball-and-socket joint"),
        Block::Paragraph(
            "Your hip is a ball-and-socket joint. The round head of the thigh bone turns in the hip socket. \
             This lets you bend, stretch, move sideways and turn your leg. \
             So your hip can move in many directions.",
        ),
        Block::Paragraph(
            "The joint is made to be steady, strong and supple. \
             That way it copes well with strain that keeps coming back. \
             For example when walking, running, climbing stairs and lifting.",
        ),
        Block::Heading("What keeps your hip steady and strong?"),
        Block::List(&[
            "The joint capsule and strong bands (ligaments) limit how far your hip can move. \
             They mainly make it steady (stability).",
            "Your buttock muscles (glutes) give strength and control. \
             They support your lower back in everything you do during the day.",
            "Your hip flexors are at the front of your hip. The hamstrings are at the back of your thigh. \
             Together they influence how your pelvis is tilted, and with it the position of your lower back (lumbar spine).",
            "Deep turning muscles of your hip (deep hip rotators) fine-tune how your hip moves. \
             They keep you steady when walking, turning and doing balance exercises.",
        ]),
        Block::Paragraph(
            "If one of these parts works less well, your lower back has to make up for it (compensate).",
        ),
    ],
};

const HIP_STEERS_BACK: Section = Section {
    id: SectionId::HipSteersBack,
    title: "How your hip affects your lower back",
    summary: "Your hip has a big influence on how your pelvis is tilted, and takes up a lot of movement.",
    blocks: &[
        Block::Heading("How your pelvis is tilted"),
        Block::Paragraph(
            "Your hip has a big influence on how your pelvis is tilted. \
             Tight hip flexors pull your pelvis forwards. \
             Your lower back then curves more and the pressure on your lower back increases.",
        ),
        Block::Paragraph(
            "Weak buttock muscles (glutes) can do the opposite. \
             Your pelvis is then held in place less well, or your lower back becomes flatter.",
        ),
        Block::Picture,
        Block::Note(
            "Good to know: your back is strong. Pain does not mean that something is broken. \
             By moving and exercising, your hip can take over more of the work again.",
        ),
        Block::Heading("Bending, lifting and walking"),
        Block::Paragraph(
            "When you bend, lift and walk, your hip has to take up a large part of the movement. \
             If your hip does not do that, the movement goes to your lower back instead.",
        ),
        Block::Paragraph(
            "Forces that enter your body through your leg go through your hip to your spine. \
             If your hip is stiff or not steady, this puts more strain on your lower back.",
        ),
        Block::Heading("Turning and reaching"),
        Block::Paragraph(
            "Your lower back can only turn a little. Your hip, on the other hand, has to make a lot of turning and reaching possible. \
             If your hip cannot turn as well (limited hip rotation), \
             the turning has to come from your lower back. Your lower back then has more to do, and that can hurt.",
        ),
        Block::Heading("When your glutes do not join in"),
        Block::Paragraph(
            "If your glutes do not tighten well, your back muscles take over work that really belongs to the hip. \
             Your back muscles then get tired quickly and your lower back starts to hurt.",
        ),
    ],
};

const LIMITATIONS: Section = Section {
    id: SectionId::Limitations,
    title: "Which hip problems cause back pain",
    summary: concat!("Five patterns ", clinic_name!(), " often sees."),
    blocks: &[
        Block::Paragraph(
            concat!("At ", clinic_name!(), " we see a few patterns come back often. Do you recognise one?"),
        ),
        Block::List(&[
            "Hip flexors that often get shorter from a lot of sitting. Your pelvis then tips forwards and the pressure in your lower back rises.",
            "Weak buttock muscles (glutes). The muscles of your lower back then have to work extra hard \
             when you climb stairs, stand up and lift.",
            "A hip that cannot turn well (limited hip rotation). Your lower back then has to take up more turning.",
            "A hip that is not held steady enough (instability). Your lower back then gets a load that keeps shifting.",
            "A hip that bends too little when you bend down. Then almost all the movement comes from your lower back (lumbar spine). \
             This makes your lower back start to hurt sooner.",
        ]),
        Block::Links(&[
            to_section(SectionId::HipSteersBack, "See the picture of pelvis and lower back"),
        ]),
    ],
};

const SYMPTOMS: Section = Section {
    id: SectionId::Symptoms,
    title: "Symptoms that point to your hip",
    summary: "Seven symptoms many people recognise.",
    blocks: &[
        Block::Paragraph(
            "When back pain comes (partly) from the hip, many people recognise these symptoms:",
        ),
        Block::List(&[
            "A nagging lower back after sitting or walking",
            "Pain when you get up from a chair",
            "Difficulty climbing stairs",
            "A stiff feeling or a feeling of pressure in your buttock",
            "Pain when you bend forwards or lift something",
            "Pain that spreads to your buttock or thigh",
            "Less strength in one leg or buttock",
        ]),
        Block::Paragraph(
            "These symptoms often get clearly better when your hips move better again. \
             And when your glutes get stronger and join in better.",
        ),
        Block::Note(
            "Do you recognise these symptoms? That is not yet a diagnosis. \
             The self-check helps you put what you notice in order. It does not replace an examination.",
        ),
        Block::Links(&[TO_SELF_CHECK]),
        Block::Invitation,
    ],
};

const EXAMINATION: Section = Section {
    id: SectionId::Examination,
    title: concat!("How ", clinic_name!(), " examines your hip"),
    summary: "How your hip moves, how strong your glutes are and how you move.",
    blocks: &[
        Block::Paragraph(
            concat!("At ", clinic_name!(), " a team of different care providers (multidisciplinary team) examines your hip. \
             This is how it goes:"),
        ),
        Block::List(&[
            "First they look at how well your hip moves: bending (flexion), stretching (extension) and turning (rotation).",
            "Then they test how well your glutes tighten, such as the middle glute muscle (gluteus medius). \
             And whether those muscles give enough strength and control.",
            "They also look at the position of your pelvis and your lower back, and how well they move.",
            "They watch how you move when walking, bending your knees (squatting), climbing stairs and other everyday movements. \
             That way they see how well you control those movements, and how your hip and lower back work together.",
            "They check for tension in your hip flexors, hamstrings and the muscles on the inside of your thigh (adductors).",
            "And they look at how steady you stand and move in what you do every day. Then the picture is complete.",
        ]),
    ],
};

const TREATMENT: Section = Section {
    id: SectionId::Treatment,
    title: "The treatment: first space, then training",
    summary: "Two phases: relaxing and loosening up, then exercising yourself.",
    blocks: &[
        Block::Heading("Phase 1: space and relaxation (passive phase)"),
        Block::Paragraph(
            "The first phase is about space, relaxation and being able to move well again. \
             Passive here means: you are mainly being treated. \
             This often gives some relief quickly. For change that lasts, the second phase is needed: exercising yourself.",
        ),
        Block::List(&[
            "The therapist moves your hip joint (mobilisations).",
            "The therapist treats your hip flexors, glutes and hamstrings with their hands (manual techniques). \
             This makes the muscles less tense and lets you move further.",
            "Where needed, the therapist also makes your lower back and pelvis move more easily.",
            "Muscles that work too hard (overactive muscles) are relaxed. \
             This often quickly takes pressure off your lower back.",
        ]),
        Block::Heading("Phase 2: training yourself (active phase)"),
        Block::Paragraph(
            "In the second phase you get to work yourself. This is where the real change happens, the change that lasts.",
        ),
        Block::Advice(&[
            Advice {
                text: "You learn to tighten your glutes on purpose. \
                       That way your hips take over a larger part of the work again.",
                links: &[
                    to_exercise(ExerciseId::Clamshell, "Clamshell"),
                    to_exercise(ExerciseId::SideLyingAbduction, "Side leg raise"),
                ],
            },
            Advice {
                text: "Your hip learns to move well in all directions again.",
                links: &[
                    to_exercise(ExerciseId::HipMobility, "Knee to chest"),
                    to_exercise(ExerciseId::HipFlexorStretch, "Hip flexor stretch"),
                ],
            },
            Advice {
                text: "You practise keeping your pelvis steady as you move. \
                       That way you control your movements better.",
                links: &[],
            },
            Advice {
                text: "You train strength with exercises such as the hip hinge, \
                       the bridge and different kinds of lunges.",
                links: &[
                    to_exercise(ExerciseId::HipHinge, "Hip hinge"),
                    to_exercise(ExerciseId::Bridge, "Bridge"),
                    to_exercise(ExerciseId::Lunge, "Lunge"),
                ],
            },
            Advice {
                text: "You practise everyday movements: walking, lifting and climbing stairs.",
                links: &[],
            },
        ]),
        Block::Paragraph("How hard you train is built up step by step."),
    ],
};

const HOME_ADVICE: Section = Section {
    id: SectionId::HomeAdvice,
    title: "Exercising at home: advice",
    summary: "What you can do yourself every day for your hip and lower back.",
    blocks: &[
        Block::Paragraph("This is what you can do at home for your hip and your lower back:"),
        Block::Advice(&[
            Advice {
                text: "Do light exercises every day to keep your hip moving. That helps against stiffness.",
                links: &[
                    to_exercise(ExerciseId::HipMobility, "Knee to chest"),
                    to_exercise(ExerciseId::HipFlexorStretch, "Hip flexor stretch"),
                ],
            },
            Advice {
                text: "Train your glutes calmly and with control. For example with the bridge \
                       and by stretching your leg backwards (hip extension). That gives your lower back more support.",
                links: &[
                    to_exercise(ExerciseId::Bridge, "Bridge"),
                    to_exercise(ExerciseId::HipExtension, "Leg back on all fours"),
                ],
            },
            Advice {
                text: "If you sit for a long time, stand up regularly and move for a moment. \
                       That puts less strain on your hips and back.",
                links: &[to_exercise(ExerciseId::SittingBreak, "Sitting break")],
            },
            Advice {
                text: "Practise turning your hip (hip rotation). Turning then gets smoother. \
                       And your lower back has to twist less.",
                links: &[to_exercise(ExerciseId::HipRotation, "90/90 hip rotation")],
            },
            Advice {
                text: "Go for walks. Walking is good for your blood flow, your rhythm and your coordination.",
                links: &[to_exercise(ExerciseId::Walking, "Walking")],
            },
            Advice {
                text: "Are you going to do more in your sport or work? Build it up slowly. \
                       Do not do more than your hip and lower back can handle.",
                links: &[],
            },
        ]),
        Block::Links(&[Link {
            target: Target::Part(Part::Exercises),
            label: "All exercises",
        }]),
    ],
};

const LIFESTYLE: Section = Section {
    id: SectionId::Lifestyle,
    title: "Lifestyle: how your hip stays strong",
    summary: "Moving, strength, relaxation and rest.",
    blocks: &[
        Block::List(&[
            "Your hip stays strongest when you move enough throughout the day. And when you often change position.",
            "Strong hips and glutes are an important buffer for your lower back: they take up a lot.",
            "Train your strength and your mobility regularly. Then your hip keeps working well.",
            "Less stress gives less unnecessary tension in your muscles.",
            "A sleeping position and moments of rest that help you recover let your body handle strain better.",
        ]),
        Block::Paragraph(
            concat!("At ", clinic_name!(), ", preventing problems (prevention) is always part of the approach. \
             That way back pain does not keep coming back."),
        ),
    ],
};

const CONCLUSION: Section = Section {
    id: SectionId::Conclusion,
    title: "In short",
    summary: "A hip that works better can help to reduce back pain.",
    blocks: &[
        Block::Paragraph(
            "Your hip has a direct and large influence on how much strain your lower back takes.",
        ),
        Block::Paragraph(
            "Does your hip move less well, or is it not strong or steady enough? \
             Your lower back then has to make up for it. That can cause pain.",
        ),
        Block::Paragraph(concat!(
            "According to ",
            clinic_name!(),
            ", making your hip work better is an important way to reduce back pain."
        )),
        Block::Paragraph(concat!(
            "That is why the team of ",
            clinic_name!(),
            " focuses on your hip on purpose. \
             In that team, different care providers work together (multidisciplinary approach). \
             For them, your hip is an important link in how your body moves as a whole."
        )),
        Block::Invitation,
    ],
};

const FAQ: Section = Section {
    id: SectionId::Faq,
    title: "Frequently asked questions",
    summary: "Five questions patients often ask.",
    blocks: &[
        Block::Paragraph("Tap a question to read the answer."),
        Block::Questions(&[
            Question {
                question: "How do I know if my hip plays a part in my back pain?",
                answer: &[
                    "Do you have pain when walking, climbing stairs or getting up? And is your hip stiff, or can you move it less far? \
                     That is often a sign that your hip plays a part in your back pain.",
                ],
                links: &[
                    TO_SELF_CHECK,
                    to_section(SectionId::Symptoms, "Symptoms that point to your hip"),
                ],
            },
            Question {
                question: "Do strong glutes really help against back pain?",
                answer: &[
                    "Yes. Strong glutes that tighten well can take strain off your lower back. \
                     They also help to spread forces better in what you do every day.",
                ],
                links: &[
                    to_exercise(ExerciseId::Bridge, "Bridge"),
                    to_exercise(ExerciseId::Clamshell, "Clamshell"),
                ],
            },
            Question {
                question: "Can my hip be the cause, even if I only feel pain in my back?",
                answer: &[
                    "It certainly can. Some people only feel pain in their back, while the real problem is in the hip. \
                     That is why the examination always looks at the whole chain of your movements.",
                ],
                links: &[to_section(SectionId::Examination, concat!("How ", clinic_name!(), " examines your hip"))],
            },
            Question {
                question: "Why does hip training help against back pain?",
                answer: &[
                    "Your hip then takes over more movement and strength. Your lower back has to take up less. \
                     This puts less strain on your lower back (lumbar spine) and the pain goes down.",
                ],
                links: &[to_section(SectionId::HipSteersBack, "How your hip affects your lower back")],
            },
            Question {
                question: "How soon will I notice a difference?",
                answer: &[
                    "That differs from person to person. Some people notice a difference after a few weeks. \
                     For others it takes longer. \
                     Keep exercising regularly, and work on purpose on a hip that moves well and on strong glutes.",
                ],
                links: &[
                    to_section(SectionId::HomeAdvice, "Exercising at home: advice"),
                    Link {
                        target: Target::Part(Part::Diary),
                        label: "Keep track of your exercises in the diary",
                    },
                ],
            },
        ]),
        Block::Invitation,
    ],
};
