//! Completeness and shape of the self-check's texts in every language.

use super::*;
use crate::self_check::question::{Weight, QUESTIONS};
use crate::self_check::scoring::{points, Verdict, CLEAR_FROM, SOME_FROM};

fn day(text: &str) -> Day {
    Day::parse(text).unwrap()
}

#[test]
fn every_question_has_a_prompt_a_label_and_a_reason_in_every_language() {
    for &lang in Lang::ALL {
        let t = texts(lang);
        for question in QUESTIONS {
            let text = (t.question)(question.id);
            assert!(text.prompt.ends_with('?'), "{lang:?} {:?}", question.id);
            assert!(!text.label.trim().is_empty());
            assert!(text.hint.is_none_or(|hint| !hint.trim().is_empty()));
            for &answer in question.id.options() {
                let words = (t.answer)(answer);
                assert!(!words.button.trim().is_empty(), "{answer:?}");
                assert!(!words.short.trim().is_empty(), "{answer:?}");
                assert!(!words.in_sentence.trim().is_empty(), "{answer:?}");
            }
        }
    }
}

#[test]
fn reasons_say_what_the_patient_answered() {
    for &lang in Lang::ALL {
        let t = texts(lang);
        for question in QUESTIONS {
            for &answer in question.id.options() {
                let counts = points(question.weight, answer) > 0;
                let yes_no = matches!(question.id, QuestionId::Nerve(_));
                let shown = counts
                    || matches!(
                        (question.weight, answer),
                        (Weight::RedFlag, Answer::Yes) | (Weight::NotCounted, _)
                    ) && !(yes_no && answer == Answer::No);
                if !shown {
                    continue;
                }
                let reason = t.reason(question.id, answer);
                let opening = match lang {
                    Lang::Nl => "Je gaf aan",
                    Lang::En => "You said",
                };
                assert!(reason.starts_with(opening), "{reason}");
                assert!(reason.ends_with('.'), "{reason}");
                // Where the answer has words of its own (soms, vaak, links,
                // rechts, a duration), they appear in the reason.
                if !yes_no
                    && matches!(
                        question.weight,
                        Weight::Frequency { .. } | Weight::Sided { .. } | Weight::NotCounted
                    )
                {
                    let words = (t.answer)(answer).in_sentence;
                    assert!(reason.contains(words), "{reason} lacks {words}");
                }
            }
        }
    }
}

#[test]
fn reasons_read_as_dutch_sentences() {
    let t = texts(Lang::Nl);
    let cases = [
        (
            QuestionId::Symptom(crate::self_check::Symptom::Stairs),
            Answer::Often,
            "Je gaf aan dat je vaak moeite hebt met traplopen.",
        ),
        (
            QuestionId::SelfTest(SelfTest::FigureFour),
            Answer::Left,
            "Je gaf aan dat ‘enkel op de knie’ links pijn deed.",
        ),
        (
            QuestionId::SelfTest(SelfTest::FigureFour),
            Answer::StifferOneSide,
            "Je gaf aan dat ‘enkel op de knie’ geen pijn deed, maar aan één kant duidelijk stijver voelde.",
        ),
        (
            QuestionId::Nerve(crate::self_check::NerveSign::PainBelowKnee),
            Answer::Yes,
            "Je gaf aan dat de pijn doortrekt tot onder je knie.",
        ),
        (
            QuestionId::SelfTest(SelfTest::OneLegStand),
            Answer::BothSides,
            "Je gaf aan dat 30 seconden op één been staan aan beide kanten niet goed lukte.",
        ),
        (
            QuestionId::Duration,
            Answer::OverTwelveWeeks,
            "Je gaf aan dat je deze klachten al langer dan 3 maanden hebt.",
        ),
    ];
    for (question, answer, expected) in cases {
        assert_eq!(t.reason(question, answer), expected);
    }
}

#[test]
fn reasons_read_as_english_sentences() {
    let t = texts(Lang::En);
    let cases = [
        (
            QuestionId::Symptom(crate::self_check::Symptom::Stairs),
            Answer::Often,
            "You said that you often have difficulty climbing stairs.",
        ),
        (
            QuestionId::SelfTest(SelfTest::FigureFour),
            Answer::Left,
            "You said that ‘ankle on knee’ hurt on the left.",
        ),
        (
            QuestionId::SelfTest(SelfTest::FigureFour),
            Answer::StifferOneSide,
            "You said that ‘ankle on knee’ did not hurt, but felt clearly stiffer on one side.",
        ),
        (
            QuestionId::Duration,
            Answer::OverTwelveWeeks,
            "You said that you have had these symptoms for more than 3 months.",
        ),
    ];
    for (question, answer, expected) in cases {
        assert_eq!(t.reason(question, answer), expected);
    }
}

#[test]
fn every_home_test_has_a_name_two_lines_and_a_text_alternative() {
    for &lang in Lang::ALL {
        let t = texts(lang);
        for question in QUESTIONS {
            let QuestionId::SelfTest(test) = question.id else {
                continue;
            };
            let text = (t.self_test)(test);
            assert!(!text.name.trim().is_empty());
            assert!(text.picture.len() > 20, "{test:?}");
            for step in text.steps {
                assert!(step.ends_with(['.', '?']), "{step}");
                // Two short lines: at most two sentences each.
                assert!(step.matches(['.', '?', ':']).count() <= 2, "{step}");
            }
        }
    }
}

#[test]
fn the_nerve_root_and_a_changed_test_have_their_own_words() {
    for &lang in Lang::ALL {
        let t = texts(lang);
        let verdicts = [
            Verdict::Few,
            Verdict::Some,
            Verdict::Clear,
            Verdict::NerveRoot,
        ];
        for (i, verdict) in verdicts.iter().enumerate() {
            for other in &verdicts[i + 1..] {
                assert_ne!(t.verdict(*verdict), t.verdict(*other), "{lang:?}");
                assert_ne!(t.verdict_short(*verdict), t.verdict_short(*other));
            }
        }
        assert_eq!(t.verdict(Verdict::NerveRoot), t.nerve_root_heading);
        let line = (t.rescored)(t.verdict(Verdict::Some));
        assert!(line.contains(t.band_some), "{line}");
    }
    assert_eq!(
        (texts(Lang::Nl).rescored)("Enkele aanwijzingen dat je heup meedoet"),
        "De test is veranderd sinds deze uitslag. Met de huidige test zou deze uitslag ‘Enkele \
         aanwijzingen dat je heup meedoet’ zijn."
    );
}

#[test]
fn every_band_has_words() {
    for &lang in Lang::ALL {
        let t = texts(lang);
        for band in [Band::Few, Band::Some, Band::Clear] {
            assert!(!t.band(band).is_empty() && !t.band_body(band).is_empty());
        }
        for duration in [
            Answer::UnderSixWeeks,
            Answer::SixToTwelveWeeks,
            Answer::OverTwelveWeeks,
        ] {
            assert!(t.duration_advice(duration).is_some());
        }
    }
}

#[test]
fn the_scoring_summary_names_the_real_limits_without_overlap() {
    let t = texts(Lang::Nl);
    assert_eq!(
        (t.how_bands)(SOME_FROM, CLEAR_FROM),
        "0 tot en met 9 punten: weinig aanwijzingen. 10 tot en met 19 punten: enkele aanwijzingen. \
         20 punten of meer: duidelijke aanwijzingen."
    );
    assert_eq!(
        (texts(Lang::En).how_bands)(SOME_FROM, CLEAR_FROM),
        "0 to 9 points: few signs. 10 to 19 points: some signs. 20 points or more: clear signs."
    );
    assert_eq!((t.points)(1), "1 punt");
    assert_eq!((t.points)(4), "4 punten");
}

#[test]
fn dates_are_written_in_dutch_words() {
    let t = texts(Lang::Nl);
    let cases = [
        ("2026-03-01", "1 maart 2026"),
        ("2026-11-25", "25 november 2026"),
        ("2027-01-31", "31 januari 2027"),
        ("2026-12-09", "9 december 2026"),
    ];
    for (iso, words) in cases {
        assert_eq!((t.date)(day(iso)), words);
    }
    let short = [("2026-03-01", "1 mrt. 2026"), ("2026-05-20", "20 mei 2026")];
    for (iso, words) in short {
        assert_eq!((t.date_short)(day(iso)), words);
    }
}

#[test]
fn dates_are_written_in_english_words() {
    let t = texts(Lang::En);
    assert_eq!((t.date)(day("2026-03-01")), "1 March 2026");
    assert_eq!((t.date_short)(day("2026-03-01")), "1 Mar 2026");
}

#[test]
fn every_storage_problem_gets_its_own_message() {
    for &lang in Lang::ALL {
        storage_messages_are_distinct(texts(lang));
    }
    let t = texts(Lang::Nl);
    assert_eq!(
        t.write_error(WriteError::Full),
        "Bewaren lukte niet: de opslag van je telefoon is vol. Wat je hebt ingevuld, staat nog op het scherm."
    );
    assert_eq!(
        texts(Lang::En).write_error(WriteError::Full),
        "Saving did not work: your phone's storage is full. What you filled in is still on the screen."
    );
}

fn storage_messages_are_distinct(t: &SelfCheckTexts) {
    let problems = [
        StorageProblem::Unreadable {
            kept_as: "heup-rug:x:onleesbaar:1".into(),
        },
        StorageProblem::UnreadableNotMoved,
        StorageProblem::NewerVersion,
        StorageProblem::Unavailable,
    ];
    let messages: Vec<&str> = problems.iter().map(|p| t.storage_problem(p)).collect();
    for (i, message) in messages.iter().enumerate() {
        assert!(!messages[i + 1..].contains(message), "{message}");
    }
    let errors = [
        WriteError::Full,
        WriteError::Unavailable,
        WriteError::NewerVersion,
        WriteError::Unreadable,
        WriteError::NotKept,
    ];
    let written: Vec<String> = errors.iter().map(|&e| t.write_error(e)).collect();
    let kept = (t.write_failed)("X");
    let kept = kept.split("X").last().unwrap_or_default();
    for (i, message) in written.iter().enumerate() {
        // Every message says that what was typed is still there.
        assert!(message.ends_with(kept), "{message}");
        assert!(!written[i + 1..].contains(message), "{message}");
    }
}
