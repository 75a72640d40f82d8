//! The self-check's questions, answers and home tests in English, and the
//! words of its links into the explainer and the exercises: a translation
//! of `nl_questions.rs`. The GP ("huisarts") is the family doctor.

use super::{AnswerText, QuestionText, SelfTestText};
use crate::self_check::question::{
    Answer, NerveSign, QuestionId, RedFlag, RiskFactor, SelfTest, Symptom,
};

const fn text(
    prompt: &'static str,
    hint: Option<&'static str>,
    label: &'static str,
    reason: fn(&str) -> String,
) -> QuestionText {
    QuestionText {
        prompt,
        hint,
        label,
        reason,
    }
}

pub(super) fn question(id: QuestionId) -> QuestionText {
    match id {
        QuestionId::RedFlag(flag) => red_flag(flag),
        QuestionId::RiskFactor(factor) => risk_factor(factor),
        QuestionId::Symptom(symptom) => self::symptom(symptom),
        QuestionId::AgeBand => text(
            "How old are you?",
            Some(
                "We ask because from the age of 50 a fall breaks a bone in the spine more easily.",
            ),
            "Age",
            |age| format!("You said that you are {age}."),
        ),
        QuestionId::Nerve(sign) => nerve(sign),
        QuestionId::Duration => text(
            "How long have you had these symptoms?",
            None,
            "How long",
            |how_long| format!("You said that you have had these symptoms {how_long}."),
        ),
        QuestionId::SelfTest(test) => self_test_question(test),
    }
}

fn red_flag(flag: RedFlag) -> QuestionText {
    match flag {
        RedFlag::BladderOrBowel => text(
            "Since the back pain started, do you have new problems with your bladder or bowels?",
            Some("For example: you cannot hold in your pee or poo any more, or you cannot pee. This is about what is \
                  new or different since the back pain. A problem you have had for longer and that has not \
                  changed, such as from your prostate, does not count."),
            "New problems with the bladder or bowels",
            |_| "You said that since the back pain started you have new problems with your bladder or bowels.".into(),
        ),
        RedFlag::SaddleNumbness => text(
            "Does the skin between your legs feel numb or different?",
            Some("This is the area that rests on a bicycle saddle: around your anus, your genitals and the \
                  inside of your thighs (saddle anaesthesia)."),
            "Numb feeling between the legs",
            |_| "You said that the skin between your legs feels numb or different.".into(),
        ),
        RedFlag::BothLegs => text(
            "Since the back pain started, have both your legs become numb or weak?",
            Some("This is about both legs at the same time, and about what is new since the back pain or getting \
                  worse. A problem you have had for longer and that has not changed does not count."),
            "New numb or weak feeling in both legs",
            |_| "You said that since the back pain started both your legs have become numb or weak.".into(),
        ),
        RedFlag::LegWeakening => text(
            "Is one leg quickly getting weaker?",
            Some("For example: your foot drags over the ground, or your knee gives way. And it gets worse quickly."),
            "A leg that is quickly getting weaker",
            |_| "You said that one leg is quickly getting weaker.".into(),
        ),
        RedFlag::SeriousAccident => text(
            "Did your back pain start or get much worse after a serious accident in the last 6 weeks?",
            Some("For example: you fell down the stairs or from a height, you were in a road accident, or your back \
                  took a hard blow."),
            "Back pain after a serious accident",
            |_| "You said that your back pain started or got much worse after a serious accident in the last 6 weeks."
                .into(),
        ),
        RedFlag::Cancer => text(
            "Do you have cancer, or have you ever had cancer?",
            Some("If your GP or specialist already knows about this back pain, choose the second button."),
            "Cancer, now or in the past, and your doctor does not know about this back pain yet",
            |_| "You said that you have or have had cancer, and that your doctor does not know about this back pain \
                 yet."
                .into(),
        ),
        RedFlag::WeightLoss => text(
            "Have you lost weight lately without trying to?",
            None,
            "Losing weight without trying",
            |_| "You said that you have lost weight without trying to.".into(),
        ),
        RedFlag::FeverOrIll => text(
            "Do you have a fever or do you feel ill, together with the back pain?",
            None,
            "Fever or feeling ill",
            |_| "You said that you have a fever or feel ill, together with the back pain.".into(),
        ),
        RedFlag::FeverWithInfectionRisk => text(
            "Do you have a fever, and do you inject drugs or did you recently have an infection caused by bacteria?",
            Some("An infection caused by bacteria is, for example, a bladder infection or pneumonia."),
            "Fever with injecting drugs or after an infection",
            |_| "You said that you have a fever, and that you inject drugs or recently had an infection caused by \
                 bacteria."
                .into(),
        ),
        RedFlag::WeakImmunity => text(
            "Does your immune system work less well, because of an illness or medicines?",
            Some("For example because of chemotherapy, after an organ transplant or with HIV."),
            "Weakened immune system",
            |_| "You said that your immune system works less well.".into(),
        ),
        RedFlag::RecentBackProcedure => text(
            "In the last 3 months, have you had an operation or an injection in your lower back, and is the pain \
             new or worse since?",
            Some("An injection here means a needle into your lower back, for example against the pain."),
            "New or worse pain after an operation or injection in the lower back",
            |_| "You said that in the last 3 months you had an operation or an injection in your lower back, and \
                 that the pain is new or worse since."
                .into(),
        ),
        RedFlag::NightPain => text(
            "Do you have pain at night or at rest that does not ease when you change how you lie or sit?",
            None,
            "Pain at rest or at night that does not change",
            |_| "You said that you have pain at night or at rest that does not ease when you change how you lie \
                 or sit."
                .into(),
        ),
        RedFlag::PainkillersDoNotHelp => text(
            "Is the pain so bad that painkillers do not help?",
            Some("This is about painkillers you take as the leaflet says, or as your doctor told you."),
            "Pain that painkillers do not help",
            |_| "You said that the pain is so bad that painkillers do not help.".into(),
        ),
        RedFlag::InflammatoryPattern => text(
            "Did your back pain start before you were 45, are you stiff for more than half an hour in the \
             morning, and does it get better when you move?",
            Some("Only choose ‘Yes’ if all three are true."),
            "Back pain that fits an inflammation",
            |_| "You said that your back pain started before you were 45, that you are stiff for more than half \
                 an hour in the morning and that moving helps."
                .into(),
        ),
    }
}

fn risk_factor(factor: RiskFactor) -> QuestionText {
    match factor {
        RiskFactor::Osteoporosis => text(
            "Do you have brittle bones (osteoporosis)?",
            None,
            "Brittle bones",
            |_| "You said that you have brittle bones (osteoporosis).".into(),
        ),
        RiskFactor::Corticosteroids => text(
            "Have you been taking prednisone or a similar medicine for more than 3 months?",
            Some("This is about tablets or injections (corticosteroids), not an inhaler, nasal spray or cream."),
            "Long-term prednisone",
            |_| "You said that you have been taking prednisone or a similar medicine for more than 3 months.".into(),
        ),
        RiskFactor::MinorFall => text(
            "Have you had a fall in the last 6 weeks, for example because you tripped or slipped?",
            Some("This is about an ordinary fall, at home or outside."),
            "An ordinary fall",
            |_| "You said that you had a fall in the last 6 weeks.".into(),
        ),
    }
}

fn nerve(sign: NerveSign) -> QuestionText {
    match sign {
        NerveSign::PainBelowKnee => text(
            "Does the pain go down to below your knee?",
            None,
            "Pain below the knee",
            |_| "You said that the pain goes down to below your knee.".into(),
        ),
        NerveSign::NumbTinglingOrWeakLeg => text(
            "Does a leg feel numb or tingly, or is it weaker than usual?",
            None,
            "Numb, tingly or weaker leg",
            |_| "You said that a leg feels numb or tingly, or is weaker than usual.".into(),
        ),
    }
}

fn symptom(symptom: Symptom) -> QuestionText {
    match symptom {
        Symptom::AcheAfterSittingOrWalking => text(
            "How often does your lower back ache after sitting or walking?",
            None,
            "Aching lower back after sitting or walking",
            |often| {
                format!("You said that your lower back {often} aches after sitting or walking.")
            },
        ),
        Symptom::PainRisingFromChair => text(
            "How often does it hurt when you get up from a chair?",
            None,
            "Pain getting up from a chair",
            |often| format!("You said that getting up from a chair {often} hurts."),
        ),
        Symptom::Stairs => text(
            "How often do you have difficulty climbing stairs?",
            None,
            "Difficulty climbing stairs",
            |often| format!("You said that you {often} have difficulty climbing stairs."),
        ),
        Symptom::ButtockStiffness => text(
            "How often does your buttock feel stiff, or do you feel pressure in your buttock?",
            None,
            "Stiff buttock or pressure in the buttock",
            |often| {
                format!("You said that you {often} feel stiffness or pressure in your buttock.")
            },
        ),
        Symptom::PainBendingOrLifting => text(
            "How often does it hurt when you bend forwards or lift something?",
            None,
            "Pain bending forwards or lifting",
            |often| format!("You said that bending forwards or lifting {often} hurts."),
        ),
        Symptom::RadiatingPain => text(
            "How often does the pain spread to your buttock or thigh?",
            Some("This is called radiating pain."),
            "Pain spreading to buttock or thigh",
            |often| format!("You said that the pain {often} spreads to your buttock or thigh."),
        ),
        Symptom::LessStrength => text(
            "How often does one buttock feel weaker than the other, for example on the stairs or when you get up?",
            None,
            "Less strength in one buttock",
            |often| format!("You said that one buttock {often} feels weaker than the other."),
        ),
    }
}

fn self_test_question(test: SelfTest) -> QuestionText {
    match test {
        SelfTest::FigureFour => text(
            "On which side did your hip, buttock or groin hurt?",
            Some("A stiff or stretching feeling in your buttock is normal in this test. If you felt no pain but \
                  one side was clearly stiffer than the other, choose ‘No pain, one side stiffer’."),
            "Ankle on knee",
            |side| {
                if side == STIFFER {
                    format!("You said that ‘ankle on knee’ did not hurt, but felt {side}.")
                } else {
                    format!("You said that ‘ankle on knee’ hurt {side}.")
                }
            },
        ),
        SelfTest::KneeToChest => text(
            "On which side did your hip or groin hurt, or could your knee go no further?",
            None,
            "Knee to chest",
            |side| {
                format!("You said that with ‘knee to chest’ you felt pain {side}, or your knee could go no further.")
            },
        ),
        SelfTest::OneLegStand => text(
            "On which leg could you not stand well for 30 seconds?",
            None,
            "Standing on one leg",
            |side| {
                format!("You said that standing on one leg for 30 seconds did not go well {side}.")
            },
        ),
        SelfTest::ForwardBend => text(
            "Where did the movement mostly come from?",
            None,
            "Bending forwards",
            |_| {
                "You said that when you bent forwards, mostly your back went round and your hips hardly bent."
                    .into()
            },
        ),
    }
}

pub(super) fn self_test(test: SelfTest) -> SelfTestText {
    match test {
        SelfTest::FigureFour => SelfTestText {
            name: "Ankle on knee",
            steps: [
                "Sit up straight on a chair. Put your left ankle on your right knee and let your left knee gently drop.",
                "Then do the same with your right ankle on your left knee.",
            ],
            picture: "Drawing: someone sits on a chair with the ankle of one leg on the knee of the other leg.",
            labels: &[],
        },
        SelfTest::KneeToChest => SelfTestText {
            name: "Knee to chest",
            steps: [
                "Lie on your back, on a bed or on the floor. Gently pull one knee to your chest with your hands.",
                "Then do the same with your other knee.",
            ],
            picture: "Drawing: someone lies on their back and pulls one knee to their chest with both hands.",
            labels: &[],
        },
        SelfTest::OneLegStand => SelfTestText {
            name: "Standing on one leg",
            steps: [
                "Stand next to a table or kitchen counter, with your hand just above it but not holding on. Lift \
                 one foot and stay standing for 30 seconds.",
                "Then do the same on your other leg.",
            ],
            picture: "Drawing: someone stands on one leg next to a table, with one hand just above the tabletop.",
            labels: &[],
        },
        SelfTest::ForwardBend => SelfTestText {
            name: "Bending forwards",
            steps: [
                "Stand up straight with your hands on your hips. Slowly bend forwards, as far as is comfortable.",
                "Watch: does your bottom go backwards, or does mostly your back go round?",
            ],
            picture: "Two drawings. On the left, someone bends forwards from the hips: the back stays straight and \
                      the bottom goes backwards. On the right, someone bends forwards with a round back.",
            labels: &["from your hips", "mostly your back"],
        },
    }
}

/// "No pain, one side stiffer" in a sentence; ankle on knee's reason reads
/// differently for it.
const STIFFER: &str = "clearly stiffer on one side";

const fn words(button: &'static str, short: &'static str, in_sentence: &'static str) -> AnswerText {
    AnswerText {
        button,
        short,
        in_sentence,
    }
}

pub(super) fn answer(answer: Answer) -> AnswerText {
    match answer {
        Answer::Yes => words("Yes", "Yes", "yes"),
        Answer::YesDoctorKnows => words(
            "Yes, and my GP or specialist already knows about this back pain",
            "Yes, doctor knows",
            "yes, and your doctor knows about this back pain",
        ),
        Answer::No => words("No", "No", "no"),
        Answer::UnderFifty => words("Under 50", "Under 50", "under 50"),
        Answer::FiftyOrOver => words("50 or older", "50 or older", "50 or older"),
        Answer::Never => words("Never", "Never", "never"),
        Answer::Sometimes => words("Sometimes", "Sometimes", "sometimes"),
        Answer::Often => words("Often", "Often", "often"),
        Answer::UnderSixWeeks => words(
            "Less than 6 weeks",
            "Less than 6 weeks",
            "for less than 6 weeks",
        ),
        Answer::SixToTwelveWeeks => words("6 to 12 weeks", "6 to 12 weeks", "for 6 to 12 weeks"),
        Answer::OverTwelveWeeks => words(
            "More than 3 months",
            "More than 3 months",
            "for more than 3 months",
        ),
        Answer::Left => words("Left", "Left", "on the left"),
        Answer::Right => words("Right", "Right", "on the right"),
        Answer::BothSides => words("Both sides", "Both sides", "on both sides"),
        Answer::Neither => words("Neither side", "Neither side", "on neither side"),
        Answer::StifferOneSide => words("No pain, one side stiffer", "One side stiffer", STIFFER),
        Answer::FromHips => words(
            "Mostly from my hips: my bottom went backwards",
            "From the hips",
            "from your hips",
        ),
        Answer::FromBack => words(
            "Mostly from my back: my back went round",
            "From the back",
            "from your back",
        ),
        Answer::Unsure => words("I don't know", "Don't know", "unknown"),
        Answer::Skipped => words("I'll skip this test", "Skipped", "skipped"),
    }
}
