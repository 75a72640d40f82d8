//! How urgent a red flag is, and the guideline behind it. Pure, so every
//! flag's urgency is tested natively.
//!
//! Sources, named beside each flag in [`FLAG_RULES`]:
//! - NHG M54: NHG-Standaard Aspecifieke lagerugpijn (tweede herziening,
//!   2017), the alarm signs for a specific cause: the cauda equina
//!   syndrome, a fracture, a tumour, an infection, and axial
//!   spondyloarthritis.
//! - NHG M55: NHG-Standaard Lumbosacraal radiculair syndroom (tweede
//!   herziening, 2015): the cauda equina syndrome and a severe or quickly
//!   worsening paresis are referred the same day.
//! - NICE NG59: Low back pain and sciatica in over 16s (2016, updated
//!   2020), section 1.1, which the KNGF guideline Lage rugpijn en LRS (2021,
//!   B.1.3 Rode vlaggen) follows.
//!
//! The urgencies:
//! - [`Urgency::Now`]: the signs of a squeezed bundle of nerves at the
//!   bottom of the spine (cauda equina) or a quickly failing nerve root.
//!   Both guidelines ask for an assessment at once; waiting can leave
//!   lasting damage. Call the GP now, the huisartsenpost when closed.
//! - [`Urgency::Today`]: a fall or accident together with osteoporosis,
//!   long-term corticosteroids or an age of 50 or more. NHG M54 names this
//!   combination as the warning sign of a vertebral fracture (a fall alone
//!   rarely breaks a healthy vertebra; brittle bones break from less), so it
//!   should be seen the same day, without being an emergency.
//! - [`Urgency::WithinDays`]: signs that the pain may have another cause
//!   (a tumour, an infection, a fracture from brittle bones): an
//!   appointment within a few days, not an emergency.
//! - [`Urgency::Mention`]: the inflammatory pattern of axial
//!   spondyloarthritis (NHG M54: started before 45, morning stiffness,
//!   better with moving). Worth telling the GP; the test goes on.

use super::answers::Answers;
use super::question::{Answer, QuestionId, RedFlag};

/// How soon a patient with this flag should contact the GP, most urgent
/// first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Urgency {
    /// Call the GP now (the huisartsenpost when the practice is closed).
    Now,
    /// Call the GP today.
    Today,
    /// Make an appointment within a few days.
    WithinDays,
    /// Tell the GP at a next visit; the test goes on.
    Mention,
}

/// A flag's urgency on its own and the guideline it comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FlagRule {
    pub flag: RedFlag,
    pub urgency: Urgency,
    /// Where the flag and its urgency come from.
    pub source: &'static str,
}

const fn rule(flag: RedFlag, urgency: Urgency, source: &'static str) -> FlagRule {
    FlagRule {
        flag,
        urgency,
        source,
    }
}

/// Every red flag with its urgency and source. A fall is
/// [`Urgency::WithinDays`] on its own; [`urgency`] raises it to
/// [`Urgency::Today`] together with one of [`FRACTURE_RISKS`] or an age
/// of 50 or more.
pub const FLAG_RULES: [FlagRule; 13] = [
    rule(
        RedFlag::BladderOrBowel,
        Urgency::Now,
        "NHG M54 (cauda-equinasyndroom: mictie- of defecatiestoornissen); NHG M55; NICE NG59 1.1",
    ),
    rule(
        RedFlag::SaddleNumbness,
        Urgency::Now,
        "NHG M54 (cauda-equinasyndroom: rijbroekanesthesie); NHG M55; NICE NG59 1.1",
    ),
    rule(
        RedFlag::BothLegs,
        Urgency::Now,
        "NHG M54 (cauda-equinasyndroom: uitval in beide benen); NHG M55",
    ),
    rule(
        RedFlag::LegWeakening,
        Urgency::Now,
        "NHG M55 (ernstige of snel toenemende parese: dezelfde dag beoordelen)",
    ),
    rule(
        RedFlag::Cancer,
        Urgency::WithinDays,
        "NHG M54 (maligniteit: maligniteit in de voorgeschiedenis); NICE NG59 1.1",
    ),
    rule(
        RedFlag::WeightLoss,
        Urgency::WithinDays,
        "NHG M54 (maligniteit: onverklaard gewichtsverlies)",
    ),
    rule(
        RedFlag::FeverOrIll,
        Urgency::WithinDays,
        "NHG M54 (infectie: koorts, algemene malaise)",
    ),
    rule(
        RedFlag::WeakImmunity,
        Urgency::WithinDays,
        "NHG M54 (infectie: verminderde afweer)",
    ),
    rule(
        RedFlag::NightPain,
        Urgency::WithinDays,
        "NHG M54 (maligniteit: continue pijn, ook in rust en 's nachts, onafhankelijk van houding)",
    ),
    rule(
        RedFlag::Osteoporosis,
        Urgency::WithinDays,
        "NHG M54 (wervelfractuur: osteoporose)",
    ),
    rule(
        RedFlag::Corticosteroids,
        Urgency::WithinDays,
        "NHG M54 (wervelfractuur: langdurig gebruik van corticosteroïden)",
    ),
    rule(
        RedFlag::FallOrAccident,
        Urgency::WithinDays,
        "NHG M54 (wervelfractuur: trauma; met osteoporose, corticosteroïden of vanaf 50 jaar: vandaag)",
    ),
    rule(
        RedFlag::InflammatoryPattern,
        Urgency::Mention,
        "NHG M54 (axiale spondyloartritis: begin voor 45 jaar, ochtendstijfheid, beter bij bewegen)",
    ),
];

/// The flags that make a fall a warning sign of a vertebral fracture
/// (NHG M54), as does an age of 50 or more.
pub const FRACTURE_RISKS: [RedFlag; 2] = [RedFlag::Osteoporosis, RedFlag::Corticosteroids];

/// The rule of `flag`.
pub fn flag_rule(flag: RedFlag) -> &'static FlagRule {
    FLAG_RULES
        .iter()
        .find(|rule| rule.flag == flag)
        .unwrap_or(&FLAG_RULES[0])
}

/// The urgency of `flag` given the other answers: a fall is urgent today
/// with a fracture risk or an age of 50 or more.
pub fn urgency(flag: RedFlag, answers: &Answers) -> Urgency {
    if flag == RedFlag::FallOrAccident {
        let fragile = FRACTURE_RISKS
            .iter()
            .any(|&risk| answers.get(QuestionId::RedFlag(risk)) == Some(Answer::Yes))
            || answers.get(QuestionId::AgeBand) == Some(Answer::FiftyOrOver);
        if fragile {
            return Urgency::Today;
        }
    }
    flag_rule(flag).urgency
}

/// Why the test stops: the flags answered "yes" that need the GP, and how
/// soon (the most urgent of them).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stop {
    pub urgency: Urgency,
    /// Every flag that needs the GP, in the order asked.
    pub flags: Vec<RedFlag>,
    /// Flags worth telling the GP as well (the inflammatory pattern).
    pub mentions: Vec<RedFlag>,
}

/// Whether the answers stop the test, and how urgently. Flags to mention
/// alone do not stop it.
pub fn stop(answers: &Answers) -> Option<Stop> {
    let flagged = answers.red_flags();
    let (mentions, flags): (Vec<RedFlag>, Vec<RedFlag>) = flagged
        .into_iter()
        .partition(|&flag| urgency(flag, answers) == Urgency::Mention);
    let urgency = flags.iter().map(|&flag| urgency(flag, answers)).min()?;
    Some(Stop {
        urgency,
        flags,
        mentions,
    })
}

/// The flags answered "yes" that are only worth mentioning to the GP.
pub fn mentions(answers: &Answers) -> Vec<RedFlag> {
    answers
        .red_flags()
        .into_iter()
        .filter(|&flag| urgency(flag, answers) == Urgency::Mention)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::self_check::question::QUESTIONS;

    fn with(yes: &[RedFlag], age: Option<Answer>) -> Answers {
        let mut answers = Answers::default();
        for &flag in yes {
            assert!(answers.set(QuestionId::RedFlag(flag), Answer::Yes));
        }
        if let Some(age) = age {
            assert!(answers.set(QuestionId::AgeBand, age));
        }
        answers
    }

    #[test]
    fn every_flag_has_the_urgency_the_guidelines_give_it() {
        use RedFlag::*;
        let expected = [
            (BladderOrBowel, Urgency::Now),
            (SaddleNumbness, Urgency::Now),
            (BothLegs, Urgency::Now),
            (LegWeakening, Urgency::Now),
            (Cancer, Urgency::WithinDays),
            (WeightLoss, Urgency::WithinDays),
            (FeverOrIll, Urgency::WithinDays),
            (WeakImmunity, Urgency::WithinDays),
            (NightPain, Urgency::WithinDays),
            (Osteoporosis, Urgency::WithinDays),
            (Corticosteroids, Urgency::WithinDays),
            (FallOrAccident, Urgency::WithinDays),
            (InflammatoryPattern, Urgency::Mention),
        ];
        assert_eq!(expected.len(), FLAG_RULES.len());
        for (flag, urgency_alone) in expected {
            let answers = with(&[flag], Some(Answer::UnderFifty));
            assert_eq!(urgency(flag, &answers), urgency_alone, "{flag:?}");
            assert!(flag_rule(flag).source.starts_with("NHG"), "{flag:?}");
        }
        for question in QUESTIONS {
            if let QuestionId::RedFlag(flag) = question.id {
                assert_eq!(flag_rule(flag).flag, flag, "every asked flag has a rule");
            }
        }
    }

    #[test]
    fn a_fall_is_urgent_today_with_brittle_bones_steroids_or_from_fifty() {
        use RedFlag::*;
        let cases = [
            (
                &[FallOrAccident][..],
                Some(Answer::UnderFifty),
                Urgency::WithinDays,
            ),
            (&[FallOrAccident], None, Urgency::WithinDays),
            (&[FallOrAccident], Some(Answer::FiftyOrOver), Urgency::Today),
            (
                &[FallOrAccident, Osteoporosis],
                Some(Answer::UnderFifty),
                Urgency::Today,
            ),
            (&[FallOrAccident, Corticosteroids], None, Urgency::Today),
        ];
        for (flags, age, expected) in cases {
            let answers = with(flags, age);
            assert_eq!(
                urgency(FallOrAccident, &answers),
                expected,
                "{flags:?} {age:?}"
            );
            assert_eq!(stop(&answers).map(|s| s.urgency), Some(expected));
        }
        // Age alone, or brittle bones without a fall, is no reason for today.
        let answers = with(&[Osteoporosis], Some(Answer::FiftyOrOver));
        assert_eq!(stop(&answers).map(|s| s.urgency), Some(Urgency::WithinDays));
        assert_eq!(stop(&with(&[], Some(Answer::FiftyOrOver))), None);
    }

    #[test]
    fn the_most_urgent_flag_decides_and_mentions_do_not_stop() {
        use RedFlag::*;
        let answers = with(&[Cancer, SaddleNumbness, InflammatoryPattern], None);
        assert_eq!(
            stop(&answers),
            Some(Stop {
                urgency: Urgency::Now,
                flags: vec![SaddleNumbness, Cancer],
                mentions: vec![InflammatoryPattern],
            })
        );
        let only_mention = with(&[InflammatoryPattern], None);
        assert_eq!(stop(&only_mention), None);
        assert_eq!(mentions(&only_mention), [InflammatoryPattern]);
        assert_eq!(stop(&Answers::default()), None);
    }

    #[test]
    fn the_test_asks_the_call_now_flags_first_and_what_grades_a_fall_before_it() {
        let place = |id: QuestionId| id.index();
        let now: Vec<usize> = FLAG_RULES
            .iter()
            .filter(|rule| rule.urgency == Urgency::Now)
            .map(|rule| place(QuestionId::RedFlag(rule.flag)))
            .collect();
        assert_eq!(now, [0, 1, 2, 3]);
        let fall = place(QuestionId::RedFlag(RedFlag::FallOrAccident));
        assert!(place(QuestionId::AgeBand) < fall);
        for risk in FRACTURE_RISKS {
            assert!(place(QuestionId::RedFlag(risk)) < fall, "{risk:?}");
        }
    }
}
