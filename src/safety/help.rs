//! What the help page lists and the safety line says, read off the
//! self-check's triage: each warning sign under the urgency `FLAG_RULES`
//! gives it, in the words of its question in the self-check, and the
//! "call now" signs in one sentence. Pure, so the grouping is tested
//! natively against the triage data, whatever flags it holds.
//!
//! A combination that triage makes more urgent than its parts
//! ([`COMBINATIONS`]: an ordinary fall with brittle bones, prednison or an
//! age of 50 or more; a back operation with fever) is listed under the
//! combination's urgency, as "a fall, together with …", in the same words.
//! Risk factors on their own are not warning signs, so they are not listed
//! alone.

use crate::i18n::Lang;
use crate::self_check::{
    texts, Combination, QuestionId, RedFlag, Sign, Urgency, COMBINATIONS, FLAG_RULES,
};

use super::texts::safety_texts;

/// The groups of the help page, most urgent first. Flags only worth
/// mentioning to the GP ([`Urgency::Mention`]) do not stop the self-check
/// and are not on the page.
pub const GROUPS: [Urgency; 3] = [Urgency::Now, Urgency::Today, Urgency::WithinDays];

/// One group of the help page: how soon to contact the GP, and the signs
/// that need it that soon.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HelpGroup {
    pub urgency: Urgency,
    /// In the order the self-check's triage lists them.
    pub flags: Vec<RedFlag>,
    /// The combinations that need the GP this soon, in triage order.
    pub combinations: Vec<&'static Combination>,
}

/// The flags whose urgency on their own is `urgency`, in triage order.
pub fn flags_with(urgency: Urgency) -> Vec<RedFlag> {
    FLAG_RULES
        .iter()
        .filter(|rule| rule.urgency == urgency)
        .map(|rule| rule.flag)
        .collect()
}

/// The help page's groups, most urgent first.
pub fn help_groups() -> Vec<HelpGroup> {
    GROUPS
        .iter()
        .map(|&urgency| HelpGroup {
            urgency,
            flags: flags_with(urgency),
            combinations: COMBINATIONS
                .iter()
                .filter(|combination| combination.urgency == urgency)
                .collect(),
        })
        .collect()
}

/// A warning sign's words: the short name of its question in the
/// self-check ("Doof gevoel tussen de benen").
pub fn sign(lang: Lang, flag: RedFlag) -> &'static str {
    (texts(lang).question)(QuestionId::RedFlag(flag)).label
}

/// Any sign's words, as the self-check names it: a flag or risk factor by
/// its question's short name, the age band by the safety texts' words.
pub fn sign_words(lang: Lang, sign: Sign) -> &'static str {
    match sign {
        Sign::FiftyOrOver => safety_texts(lang).fifty_or_over,
        other => (texts(lang).question)(other.answer().0).label,
    }
}

/// A combination in one line: "Een gewone val, samen met botontkalking,
/// langdurig prednison of 50 jaar of ouder".
pub fn combination_words(lang: Lang, combination: &Combination) -> String {
    let t = safety_texts(lang);
    let partners: Vec<String> = combination
        .with_any
        .iter()
        .map(|&partner| in_sentence(sign_words(lang, partner)))
        .collect();
    (t.together_with)(sign_words(lang, combination.sign), &joined(&partners, t.or))
}

/// A short name as part of a sentence: its first letter in lower case.
fn in_sentence(name: &str) -> String {
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Names joined as in a sentence: "a, b of c".
fn joined(names: &[String], or: &str) -> String {
    match names {
        [] => String::new(),
        [only] => only.clone(),
        [rest @ .., last] => format!("{} {or} {last}", rest.join(", ")),
    }
}

/// The safety line: call now with these signs (the [`Urgency::Now`] flags,
/// in the self-check's words).
pub fn safety_line(lang: Lang) -> String {
    let t = safety_texts(lang);
    let signs: Vec<String> = flags_with(Urgency::Now)
        .into_iter()
        .map(|flag| in_sentence(sign(lang, flag)))
        .collect();
    (t.line)(&joined(&signs, t.or))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_flag_that_stops_the_self_check_is_listed_once_under_its_own_urgency() {
        let groups = help_groups();
        for rule in FLAG_RULES.iter() {
            let listed: Vec<Urgency> = groups
                .iter()
                .filter(|group| group.flags.contains(&rule.flag))
                .map(|group| group.urgency)
                .collect();
            let expected = if rule.urgency == Urgency::Mention {
                vec![]
            } else {
                vec![rule.urgency]
            };
            assert_eq!(listed, expected, "{:?}", rule.flag);
        }
        let listed: usize = groups.iter().map(|group| group.flags.len()).sum();
        let stopping = FLAG_RULES
            .iter()
            .filter(|rule| rule.urgency != Urgency::Mention)
            .count();
        assert_eq!(listed, stopping, "no flag twice");
        assert_eq!(
            groups.iter().map(|group| group.urgency).collect::<Vec<_>>(),
            GROUPS,
            "most urgent first"
        );
    }

    #[test]
    fn the_call_now_group_is_exactly_the_flags_triage_calls_urgent_now() {
        let now: Vec<RedFlag> = FLAG_RULES
            .iter()
            .filter(|rule| rule.urgency == Urgency::Now)
            .map(|rule| rule.flag)
            .collect();
        assert!(!now.is_empty());
        assert_eq!(help_groups()[0].urgency, Urgency::Now);
        assert_eq!(help_groups()[0].flags, now);
        // Nothing urgent now is missing from, or added to, the line.
        for &lang in Lang::ALL {
            let line = safety_line(lang);
            for rule in FLAG_RULES.iter() {
                let words = in_sentence(sign(lang, rule.flag));
                assert_eq!(
                    line.contains(&words),
                    rule.urgency == Urgency::Now,
                    "{lang:?} {:?} in {line:?}",
                    rule.flag
                );
            }
        }
    }

    #[test]
    fn each_sign_reads_as_its_question_in_the_self_check() {
        for &lang in Lang::ALL {
            for rule in FLAG_RULES.iter() {
                let label = (texts(lang).question)(QuestionId::RedFlag(rule.flag)).label;
                assert_eq!(sign(lang, rule.flag), label);
            }
        }
    }

    #[test]
    fn every_combination_is_listed_once_under_its_own_urgency_with_all_its_partners() {
        let groups = help_groups();
        for combination in COMBINATIONS.iter() {
            let listed: Vec<Urgency> = groups
                .iter()
                .filter(|group| group.combinations.contains(&combination))
                .map(|group| group.urgency)
                .collect();
            assert_eq!(listed, [combination.urgency], "{:?}", combination.sign);
            for &lang in Lang::ALL {
                let words = combination_words(lang, combination);
                assert!(
                    words.starts_with(sign_words(lang, combination.sign)),
                    "{words}"
                );
                for &partner in combination.with_any {
                    assert!(
                        words.contains(&in_sentence(sign_words(lang, partner))),
                        "{words}"
                    );
                }
            }
        }
        // The ordinary fall with brittle bones: the self-check's own words.
        let fall = COMBINATIONS
            .iter()
            .find(|c| c.sign == Sign::Risk(crate::self_check::RiskFactor::MinorFall))
            .expect("the ordinary fall is a combination");
        assert_eq!(
            combination_words(Lang::Nl, fall),
            "Een gewone val, samen met botontkalking, langdurig prednison of 50 jaar of ouder"
        );
    }

    #[test]
    fn the_line_reads_as_one_sentence() {
        let names = |list: &[&str]| list.iter().map(|&s| s.to_owned()).collect::<Vec<_>>();
        assert_eq!(joined(&names(&["a"]), "of"), "a");
        assert_eq!(joined(&names(&["a", "b"]), "of"), "a of b");
        assert_eq!(joined(&names(&["a", "b", "c"]), "or"), "a, b or c");
        assert_eq!(in_sentence("Doof gevoel"), "doof gevoel");
        assert_eq!(in_sentence(""), "");
        let line = safety_line(Lang::Nl);
        assert!(
            line.starts_with("Bel nu je huisarts of de huisartsenpost bij "),
            "{line}"
        );
        assert!(line.ends_with('.') && !line.contains(".."), "{line}");
    }
}
