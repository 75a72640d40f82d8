//! Completeness and shape of the self-check's texts in every language.

use super::*;
use crate::self_check::question::{RedFlag, RiskFactor, Weight, QUESTIONS};
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
                let yes_no = matches!(
                    question.id,
                    QuestionId::Nerve(_) | QuestionId::RiskFactor(_)
                );
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
fn the_forward_bend_drawing_names_its_two_figures_in_every_language() {
    for &lang in Lang::ALL {
        let t = texts(lang);
        let bend = (t.self_test)(SelfTest::ForwardBend);
        // Left from the hips, right with a round back, as the answers say.
        assert_eq!(bend.labels.len(), 2, "{lang:?}");
        for label in bend.labels {
            // Short enough for half of the drawing.
            assert!((4..=18).contains(&label.chars().count()), "{label}");
        }
        for test in [
            SelfTest::FigureFour,
            SelfTest::KneeToChest,
            SelfTest::OneLegStand,
        ] {
            assert!(
                (t.self_test)(test).labels.is_empty(),
                "{test:?}: one figure"
            );
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

#[test]
fn the_bladder_and_both_legs_questions_ask_what_is_new() {
    let bladder = QuestionId::RedFlag(RedFlag::BladderOrBowel);
    let legs = QuestionId::RedFlag(RedFlag::BothLegs);
    for (lang, new, since) in [
        (Lang::Nl, "nieuw", "sinds de rugpijn"),
        (Lang::En, "new", "ince the back pain"),
    ] {
        let t = texts(lang);
        for question in [bladder, legs] {
            let text = (t.question)(question);
            assert!(text.prompt.contains(since), "{}", text.prompt);
            assert!(text.label.to_lowercase().contains(new), "{}", text.label);
            assert!(text.hint.unwrap_or_default().contains(new));
            assert!(t.reason(question, Answer::Yes).contains(since));
        }
        // A long-standing complaint that has not changed does not count.
        let hint = (t.question)(bladder).hint.unwrap_or_default();
        assert!(
            hint.contains(["prostaat", "prostate"][lang as usize]),
            "{hint}"
        );
        assert!(t.gp_within_days.next.contains(new));
    }
    let en = texts(Lang::En);
    assert!((en.question)(bladder).prompt.contains("bladder or bowels"));
}

#[test]
fn the_hint_of_a_serious_accident_names_the_serious_examples_and_the_minor_fall_does_not() {
    let accident = QuestionId::RedFlag(RedFlag::SeriousAccident);
    let fall = QuestionId::RiskFactor(RiskFactor::MinorFall);
    for (lang, examples) in [
        (Lang::Nl, ["van de trap", "aanrijding", "6 weken"]),
        (Lang::En, ["down the stairs", "a road accident", "6 weeks"]),
    ] {
        let t = texts(lang);
        let serious = (t.question)(accident);
        let words = format!("{} {}", serious.prompt, serious.hint.unwrap_or_default());
        for example in examples {
            assert!(words.contains(example), "{lang:?} {example}");
        }
        let minor = (t.question)(fall);
        let words = format!("{} {}", minor.prompt, minor.hint.unwrap_or_default());
        assert!(
            words.contains(examples[2]),
            "the minor fall says how recent"
        );
        assert!(!words.contains(examples[0]) && !words.contains(examples[1]));
    }
}

#[test]
fn the_stop_screens_say_how_urgent_without_contradicting_a_flag() {
    for &lang in Lang::ALL {
        let t = texts(lang);
        let within_days = format!("{} {}", t.gp_within_days.why, t.gp_within_days.next);
        for contradiction in ["geen spoed", "not urgent"] {
            assert!(!within_days.contains(contradiction), "{within_days}");
        }
        // The same-day screen fits every flag and combination that leads to it.
        for word in [["wervel", "ontsteking"], ["spine", "infection"]][lang as usize] {
            assert!(t.gp_today.why.contains(word), "{}", t.gp_today.why);
        }
    }
    let nl = texts(Lang::Nl);
    assert!(!nl
        .gp_within_days
        .why
        .contains("kan soms een andere oorzaak van rugpijn hebben"));
}

#[test]
fn english_stop_and_red_flag_texts_avoid_question_then_sentences() {
    let t = texts(Lang::En);
    let mut words: Vec<String> = [t.gp_now, t.gp_today, t.gp_within_days]
        .iter()
        .flat_map(|stop| [stop.heading, stop.why, stop.next])
        .chain([t.gp_test_stops, t.gp_wrong_tap_question, t.mention_body])
        .map(str::to_owned)
        .collect();
    for question in QUESTIONS {
        if question.id.group() == crate::self_check::Group::Safety {
            let text = (t.question)(question.id);
            words.extend(
                [text.prompt, text.hint.unwrap_or_default(), text.label].map(str::to_owned),
            );
        }
    }
    for text in words {
        assert!(!text.contains("? Then"), "{text}");
    }
}
