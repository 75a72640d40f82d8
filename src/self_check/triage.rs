//! How urgent a red flag is, alone or together with a risk factor, and the
//! guideline behind it. Pure, so every rule is tested natively.
//!
//! Sources, named beside each rule in [`FLAG_RULES`], [`RISK_FACTORS`] and
//! [`COMBINATIONS`]:
//! - NHG M54: NHG-Standaard Aspecifieke lagerugpijn (tweede herziening,
//!   2017), the alarm signs of a specific cause: the cauda equina
//!   syndrome, a fracture, a tumour, an infection, and axial
//!   spondyloarthritis.
//! - NHG M55: NHG-Standaard Lumbosacraal radiculair syndroom (tweede
//!   herziening, 2015): the cauda equina syndrome and a severe or quickly
//!   worsening paresis are referred the same day.
//! - NICE CKS: the Clinical Knowledge Summaries "Back pain - low (without
//!   radiculopathy)" (red flags of a fracture, a tumour and an infection)
//!   and "Sciatica (lumbar radiculopathy)" (red flags of the cauda equina
//!   syndrome). NICE NG59 itself only says to look for serious causes; it
//!   does not list the signs, so it is not cited for them.
//! - KNGF 2021: KNGF-richtlijn Lage rugpijn en LRS, B.1.3 Rode vlaggen.
//!
//! The urgencies of a sign on its own ([`FLAG_RULES`]):
//! - [`Urgency::Now`]: the signs of a squeezed bundle of nerves at the
//!   bottom of the spine (cauda equina) or a quickly failing nerve root.
//!   The guidelines ask for an assessment at once; waiting can leave
//!   lasting damage. Call the GP now, the huisartsenpost when closed.
//! - [`Urgency::Today`]: a serious accident (NICE CKS: major trauma such
//!   as a road accident or a fall from a height can break a vertebra at
//!   any age) and fever with drug use by injection or a recent bacterial
//!   infection (a possible infection of the spine). Seen the same day,
//!   without being an emergency.
//! - [`Urgency::WithinDays`]: signs that the pain may have another cause
//!   (a tumour, an infection): an appointment within a few days. NICE CKS:
//!   "serious does not always mean an emergency"; a suspected tumour may
//!   be seen within a few days.
//! - [`Urgency::Mention`]: the inflammatory pattern of axial
//!   spondyloarthritis (NHG M54: started before 45, morning stiffness,
//!   better with moving). Worth telling the GP; the test goes on.
//!
//! Risk factors and combinations ([`RISK_FACTORS`], [`COMBINATIONS`]).
//! KNGF B.1.3: "een enkel kenmerk hoeft niet direct op ernstige
//! pathologie te wijzen; een combinatie van meerdere kenmerken vergroot de
//! waarschijnlijkheid". How each former stand-alone flag is handled:
//! - Osteoporosis and long-term corticosteroids: NHG M54 and NICE CKS name
//!   them as what makes a vertebra break from a small trauma, not as a
//!   sign of a cause of back pain by themselves. So they stop the test only
//!   together with a second sign, a fall, and then the same day. On their
//!   own they are no reason to stop: a patient the clinic treats for a
//!   known osteoporosis does the test like anyone else. Asking whether the
//!   doctor knows would add nothing, because alone they point to nothing
//!   the doctor should look at.
//! - A minor fall (tripping, slipping): no sign on its own in someone with
//!   healthy bones under 50; with osteoporosis, corticosteroids or an age
//!   of 50 or more it is the warning sign of a vertebral fracture (NHG M54;
//!   NICE CKS: minor trauma with osteoporosis or corticosteroids), seen
//!   today. A serious accident is its own flag, today at any age.
//! - Cancer now or in the past: NHG M54 and NICE CKS list it as a sign of
//!   a tumour in the spine. Counting it only with a second sign would not
//!   work: its partners (weight loss, pain at night, feeling ill) already
//!   stop the test on their own, so it would never change anything and a
//!   patient whose only sign it is would be missed. Instead the question
//!   asks whether the doctor already knows of this back pain: if so, that
//!   doctor has weighed both and the test goes on; if not, within days.
//! - An operation or injection on the lower back in the last three months
//!   with new or worse pain: an entry for an infection (KNGF B.1.3; NICE
//!   CKS), within days on its own, the same day with fever.

use super::answers::Answers;
use super::question::{Answer, QuestionId, RedFlag, RiskFactor};

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

/// A flag's urgency on its own (as a help page would list it) and the
/// guideline it comes from.
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

/// Every red flag with its urgency when it stands on its own, and its
/// source. [`COMBINATIONS`] can make a flag more urgent; the risk factors
/// are not here, since they never stand on their own.
pub const FLAG_RULES: [FlagRule; 14] = [
    rule(
        RedFlag::BladderOrBowel,
        Urgency::Now,
        "NHG M54 (cauda-equinasyndroom: mictie- of defecatiestoornissen); NHG M55 (cauda-equinasyndroom: \
         dezelfde dag verwijzen); NICE CKS Sciatica (cauda equina syndrome: bladder or bowel dysfunction)",
    ),
    rule(
        RedFlag::SaddleNumbness,
        Urgency::Now,
        "NHG M54 (cauda-equinasyndroom: rijbroekanesthesie); NHG M55; NICE CKS Sciatica (cauda equina \
         syndrome: saddle anaesthesia)",
    ),
    rule(
        RedFlag::BothLegs,
        Urgency::Now,
        "NHG M54 (cauda-equinasyndroom: uitval in beide benen); NHG M55; NICE CKS Sciatica (cauda equina \
         syndrome: bilateral neurological deficit)",
    ),
    rule(
        RedFlag::LegWeakening,
        Urgency::Now,
        "NHG M55 (ernstige of snel toenemende parese: dezelfde dag beoordelen)",
    ),
    rule(
        RedFlag::SeriousAccident,
        Urgency::Today,
        "NHG M54 (wervelfractuur: trauma); NICE CKS Back pain - low (spinal fracture: major trauma such as a \
         road traffic collision or a fall from a height); KNGF 2021 B.1.3 (trauma)",
    ),
    rule(
        RedFlag::Cancer,
        Urgency::WithinDays,
        "NHG M54 (maligniteit: maligniteit in de voorgeschiedenis); NICE CKS Back pain - low (cancer: past \
         history of cancer); only when the doctor does not know of this back pain yet",
    ),
    rule(
        RedFlag::WeightLoss,
        Urgency::WithinDays,
        "NHG M54 (maligniteit: onverklaard gewichtsverlies); NICE CKS Back pain - low (cancer: unexplained \
         weight loss)",
    ),
    rule(
        RedFlag::FeverOrIll,
        Urgency::WithinDays,
        "NHG M54 (infectie: koorts, algemene malaise); NICE CKS Back pain - low (infection: fever)",
    ),
    rule(
        RedFlag::FeverWithInfectionRisk,
        Urgency::Today,
        "NHG M54 (infectie: koorts); NICE CKS Back pain - low (infection: fever with intravenous drug use or \
         a recent bacterial infection); KNGF 2021 B.1.3 (infectie)",
    ),
    rule(
        RedFlag::WeakImmunity,
        Urgency::WithinDays,
        "NHG M54 (infectie: verminderde afweer); NICE CKS Back pain - low (infection: immunosuppression)",
    ),
    rule(
        RedFlag::RecentBackProcedure,
        Urgency::WithinDays,
        "KNGF 2021 B.1.3 (infectie: recente ingreep aan de wervelkolom); NICE CKS Back pain - low (infection); \
         with fever: today, see COMBINATIONS",
    ),
    rule(
        RedFlag::NightPain,
        Urgency::WithinDays,
        "NHG M54 (maligniteit: continue pijn, ook in rust en 's nachts, onafhankelijk van houding); NICE CKS \
         Back pain - low (cancer: night pain, pain that remains when lying down)",
    ),
    rule(
        RedFlag::PainkillersDoNotHelp,
        Urgency::WithinDays,
        "NHG M55 (pijn die niet te verdragen is ondanks adequate pijnstilling: verwijzen); NICE CKS Back pain - \
         low (cancer: severe unremitting pain); KNGF 2021 B.1.3",
    ),
    rule(
        RedFlag::InflammatoryPattern,
        Urgency::Mention,
        "NHG M54 (axiale spondyloartritis: begin voor 45 jaar, ochtendstijfheid, beter bij bewegen)",
    ),
];

/// A risk factor: asked for, never a reason to stop on its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RiskFactorRule {
    pub factor: RiskFactor,
    /// Why it is asked, and where that comes from.
    pub source: &'static str,
}

/// Every risk factor, with its source. Which sign each one raises, and to
/// what: [`COMBINATIONS`].
pub const RISK_FACTORS: [RiskFactorRule; 3] = [
    RiskFactorRule {
        factor: RiskFactor::Osteoporosis,
        source: "NHG M54 (wervelfractuur: osteoporose, samen met een trauma); NICE CKS Back pain - low (minor \
                 trauma in people with osteoporosis); KNGF 2021 B.1.3 (een enkel kenmerk hoeft niet op \
                 ernstige pathologie te wijzen)",
    },
    RiskFactorRule {
        factor: RiskFactor::Corticosteroids,
        source: "NHG M54 (wervelfractuur: langdurig gebruik van corticosteroïden, samen met een trauma); NICE \
                 CKS Back pain - low (minor trauma in people using corticosteroids); KNGF 2021 B.1.3",
    },
    RiskFactorRule {
        factor: RiskFactor::MinorFall,
        source: "NHG M54 (wervelfractuur: trauma, bij osteoporose, corticosteroïden of vanaf 50 jaar); NICE \
                 CKS Back pain - low (minor trauma with osteoporosis or corticosteroids)",
    },
];

/// One answer that takes part in a combination.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sign {
    /// A red flag answered "yes".
    Flag(RedFlag),
    /// A risk factor answered "yes".
    Risk(RiskFactor),
    /// The age band "50 or older".
    FiftyOrOver,
}

impl Sign {
    /// The question and the answer that make this sign.
    pub fn answer(self) -> (QuestionId, Answer) {
        match self {
            Sign::Flag(flag) => (QuestionId::RedFlag(flag), Answer::Yes),
            Sign::Risk(factor) => (QuestionId::RiskFactor(factor), Answer::Yes),
            Sign::FiftyOrOver => (QuestionId::AgeBand, Answer::FiftyOrOver),
        }
    }

    fn holds(self, answers: &Answers) -> bool {
        let (question, answer) = self.answer();
        answers.get(question) == Some(answer)
    }
}

/// Two signs that together need the GP sooner than either alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Combination {
    /// The sign that is raised.
    pub sign: Sign,
    /// Any one of these raises it.
    pub with_any: &'static [Sign],
    pub urgency: Urgency,
    pub source: &'static str,
}

/// Every combination that is more urgent than its parts.
pub const COMBINATIONS: [Combination; 2] = [
    Combination {
        sign: Sign::Risk(RiskFactor::MinorFall),
        with_any: &[
            Sign::Risk(RiskFactor::Osteoporosis),
            Sign::Risk(RiskFactor::Corticosteroids),
            Sign::FiftyOrOver,
        ],
        urgency: Urgency::Today,
        source: "NHG M54 (wervelfractuur: trauma bij osteoporose, langdurig corticosteroïdgebruik of vanaf \
                 50 jaar); NICE CKS Back pain - low (spinal fracture: minor trauma in people with \
                 osteoporosis or using corticosteroids)",
    },
    Combination {
        sign: Sign::Flag(RedFlag::RecentBackProcedure),
        with_any: &[Sign::Flag(RedFlag::FeverOrIll)],
        urgency: Urgency::Today,
        source: "NHG M54 (infectie: koorts); NICE CKS Back pain - low (infection); KNGF 2021 B.1.3 \
                 (infectie)",
    },
];

/// The rule of `flag`.
pub fn flag_rule(flag: RedFlag) -> &'static FlagRule {
    FLAG_RULES
        .iter()
        .find(|rule| rule.flag == flag)
        .unwrap_or(&FLAG_RULES[0])
}

/// The urgency of `flag` given the other answers: its own, or that of a
/// combination it is part of, whichever is more urgent.
pub fn urgency(flag: RedFlag, answers: &Answers) -> Urgency {
    COMBINATIONS
        .iter()
        .filter(|combination| {
            combination.sign == Sign::Flag(flag) && raised(combination, answers).is_some()
        })
        .map(|combination| combination.urgency)
        .chain([flag_rule(flag).urgency])
        .min()
        .unwrap_or(Urgency::WithinDays)
}

/// The sign that raises `combination`, when its own sign holds too.
fn raised(combination: &Combination, answers: &Answers) -> Option<Sign> {
    if !combination.sign.holds(answers) {
        return None;
    }
    combination
        .with_any
        .iter()
        .copied()
        .find(|sign| sign.holds(answers))
}

/// Why the test stops: the flags answered "yes" that need the GP, the
/// combinations that made it more urgent, and how soon (the most urgent of
/// them).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stop {
    pub urgency: Urgency,
    /// Every flag that needs the GP, in the order asked.
    pub flags: Vec<RedFlag>,
    /// The other answers that made a combination, in the order asked, e.g.
    /// a minor fall and an age of 50 or more; flags already in `flags` are
    /// not repeated.
    pub risks: Vec<(QuestionId, Answer)>,
    /// Flags worth telling the GP as well (the inflammatory pattern).
    pub mentions: Vec<RedFlag>,
}

/// Whether the answers stop the test, and how urgently. Flags to mention
/// and risk factors alone do not stop it.
pub fn stop(answers: &Answers) -> Option<Stop> {
    let flagged = answers.red_flags();
    let (mentions, flags): (Vec<RedFlag>, Vec<RedFlag>) = flagged
        .into_iter()
        .partition(|&flag| urgency(flag, answers) == Urgency::Mention);
    let mut risks: Vec<(QuestionId, Answer)> = Vec::new();
    let mut most_urgent = flags.iter().map(|&flag| urgency(flag, answers)).min();
    for combination in &COMBINATIONS {
        let Some(with) = raised(combination, answers) else {
            continue;
        };
        most_urgent = Some(most_urgent.map_or(combination.urgency, |u| u.min(combination.urgency)));
        for sign in [combination.sign, with] {
            let answer = sign.answer();
            let listed = matches!(sign, Sign::Flag(flag) if flags.contains(&flag));
            if !listed && !risks.contains(&answer) {
                risks.push(answer);
            }
        }
    }
    risks.sort_by_key(|(question, _)| question.index());
    Some(Stop {
        urgency: most_urgent?,
        flags,
        risks,
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

    fn with(yes: &[RedFlag], risks: &[RiskFactor], age: Option<Answer>) -> Answers {
        let mut answers = Answers::default();
        for &flag in yes {
            assert!(answers.set(QuestionId::RedFlag(flag), Answer::Yes));
        }
        for &factor in risks {
            assert!(answers.set(QuestionId::RiskFactor(factor), Answer::Yes));
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
            (SeriousAccident, Urgency::Today),
            (Cancer, Urgency::WithinDays),
            (WeightLoss, Urgency::WithinDays),
            (FeverOrIll, Urgency::WithinDays),
            (FeverWithInfectionRisk, Urgency::Today),
            (WeakImmunity, Urgency::WithinDays),
            (RecentBackProcedure, Urgency::WithinDays),
            (NightPain, Urgency::WithinDays),
            (PainkillersDoNotHelp, Urgency::WithinDays),
            (InflammatoryPattern, Urgency::Mention),
        ];
        assert_eq!(expected.len(), FLAG_RULES.len());
        for (flag, urgency_alone) in expected {
            for age in [None, Some(Answer::UnderFifty), Some(Answer::FiftyOrOver)] {
                let answers = with(&[flag], &[], age);
                assert_eq!(urgency(flag, &answers), urgency_alone, "{flag:?} {age:?}");
            }
            assert_eq!(flag_rule(flag).urgency, urgency_alone, "{flag:?}");
            assert_eq!(flag_rule(flag).flag, flag);
        }
        for question in QUESTIONS {
            if let QuestionId::RedFlag(flag) = question.id {
                assert_eq!(flag_rule(flag).flag, flag, "every asked flag has a rule");
            }
            if let QuestionId::RiskFactor(factor) = question.id {
                assert!(RISK_FACTORS.iter().any(|rule| rule.factor == factor));
            }
        }
    }

    #[test]
    fn every_source_names_a_guideline_and_none_cites_ng59_for_the_signs() {
        let sources = FLAG_RULES
            .iter()
            .map(|rule| rule.source)
            .chain(RISK_FACTORS.iter().map(|rule| rule.source))
            .chain(COMBINATIONS.iter().map(|rule| rule.source));
        for source in sources {
            assert!(
                ["NHG M54", "NHG M55", "NICE CKS", "KNGF 2021"]
                    .iter()
                    .any(|guideline| source.starts_with(guideline)),
                "{source}"
            );
            assert!(!source.contains("NG59"), "{source}");
        }
        for flag in [
            RedFlag::BladderOrBowel,
            RedFlag::SaddleNumbness,
            RedFlag::BothLegs,
        ] {
            let source = flag_rule(flag).source;
            assert!(source.contains("NHG M55") && source.contains("NICE CKS Sciatica"));
        }
    }

    #[test]
    fn a_serious_accident_is_urgent_today_at_any_age() {
        for age in [None, Some(Answer::UnderFifty), Some(Answer::FiftyOrOver)] {
            let answers = with(&[RedFlag::SeriousAccident], &[], age);
            assert_eq!(stop(&answers).map(|s| s.urgency), Some(Urgency::Today));
        }
    }

    #[test]
    fn a_minor_fall_is_urgent_today_with_brittle_bones_steroids_or_from_fifty() {
        use RiskFactor::*;
        let cases = [
            (&[MinorFall][..], Some(Answer::UnderFifty), None),
            (&[MinorFall], None, None),
            (
                &[MinorFall],
                Some(Answer::FiftyOrOver),
                Some(Urgency::Today),
            ),
            (
                &[MinorFall, Osteoporosis],
                Some(Answer::UnderFifty),
                Some(Urgency::Today),
            ),
            (&[MinorFall, Corticosteroids], None, Some(Urgency::Today)),
        ];
        for (risks, age, expected) in cases {
            let answers = with(&[], risks, age);
            assert_eq!(
                stop(&answers).map(|s| s.urgency),
                expected,
                "{risks:?} {age:?}"
            );
        }
        // The stop names the fall and what made it urgent.
        let answers = with(&[], &[MinorFall], Some(Answer::FiftyOrOver));
        assert_eq!(
            stop(&answers).map(|s| (s.flags, s.risks)),
            Some((
                Vec::new(),
                vec![
                    (QuestionId::AgeBand, Answer::FiftyOrOver),
                    (QuestionId::RiskFactor(MinorFall), Answer::Yes),
                ]
            ))
        );
    }

    #[test]
    fn risk_factors_alone_do_not_stop_the_test() {
        use RiskFactor::*;
        for age in [None, Some(Answer::UnderFifty), Some(Answer::FiftyOrOver)] {
            let answers = with(&[], &[Osteoporosis, Corticosteroids], age);
            assert_eq!(stop(&answers), None, "{age:?}");
            assert!(mentions(&answers).is_empty());
        }
        // With a second sign that stands on its own, that sign decides: a
        // known osteoporosis does not make other signs more urgent.
        let answers = with(
            &[RedFlag::NightPain],
            &[Osteoporosis, Corticosteroids],
            Some(Answer::FiftyOrOver),
        );
        assert_eq!(
            stop(&answers),
            Some(Stop {
                urgency: Urgency::WithinDays,
                flags: vec![RedFlag::NightPain],
                risks: Vec::new(),
                mentions: Vec::new(),
            })
        );
    }

    #[test]
    fn cancer_stops_only_when_the_doctor_does_not_know_of_the_pain() {
        let cancer = QuestionId::RedFlag(RedFlag::Cancer);
        let mut answers = Answers::default();
        assert!(answers.set(cancer, Answer::YesDoctorKnows));
        assert_eq!(stop(&answers), None);
        assert!(answers.set(cancer, Answer::Yes));
        assert_eq!(stop(&answers).map(|s| s.urgency), Some(Urgency::WithinDays));
        // A second sign still stops the test, with its own urgency.
        assert!(answers.set(cancer, Answer::YesDoctorKnows));
        assert!(answers.set(QuestionId::RedFlag(RedFlag::WeightLoss), Answer::Yes));
        assert_eq!(
            stop(&answers).map(|s| (s.urgency, s.flags)),
            Some((Urgency::WithinDays, vec![RedFlag::WeightLoss]))
        );
    }

    #[test]
    fn a_recent_back_operation_is_urgent_today_with_fever() {
        use RedFlag::*;
        let alone = with(&[RecentBackProcedure], &[], None);
        assert_eq!(stop(&alone).map(|s| s.urgency), Some(Urgency::WithinDays));
        let fever = with(&[FeverOrIll, RecentBackProcedure], &[], None);
        assert_eq!(
            stop(&fever),
            Some(Stop {
                urgency: Urgency::Today,
                flags: vec![FeverOrIll, RecentBackProcedure],
                risks: Vec::new(),
                mentions: Vec::new(),
            })
        );
        assert_eq!(urgency(RecentBackProcedure, &fever), Urgency::Today);
        assert_eq!(urgency(FeverOrIll, &fever), Urgency::WithinDays);
    }

    #[test]
    fn the_most_urgent_flag_decides_and_mentions_do_not_stop() {
        use RedFlag::*;
        let answers = with(&[Cancer, SaddleNumbness, InflammatoryPattern], &[], None);
        assert_eq!(
            stop(&answers),
            Some(Stop {
                urgency: Urgency::Now,
                flags: vec![SaddleNumbness, Cancer],
                risks: Vec::new(),
                mentions: vec![InflammatoryPattern],
            })
        );
        let only_mention = with(&[InflammatoryPattern], &[], None);
        assert_eq!(stop(&only_mention), None);
        assert_eq!(mentions(&only_mention), [InflammatoryPattern]);
        assert_eq!(stop(&Answers::default()), None);
    }

    #[test]
    fn the_test_asks_the_call_now_flags_first_and_what_grades_a_sign_before_it() {
        let place = |id: QuestionId| id.index();
        let now: Vec<usize> = FLAG_RULES
            .iter()
            .filter(|rule| rule.urgency == Urgency::Now)
            .map(|rule| place(QuestionId::RedFlag(rule.flag)))
            .collect();
        assert_eq!(now, [0, 1, 2, 3]);
        for combination in COMBINATIONS {
            let sign = place(combination.sign.answer().0);
            for with in combination.with_any {
                assert!(place(with.answer().0) < sign, "{with:?}");
            }
        }
    }
}
