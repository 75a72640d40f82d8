//! The diary as a CSV file for the physiotherapist: one row per entry, in
//! the format Dutch spreadsheet programs open directly (semicolons, a UTF-8
//! byte order mark, CRLF line ends). The quoting (RFC 4180) is written here
//! rather than by `csv-core`: its writer carries a quote-the-non-numbers
//! style we never use, and with it Rust's float parser and its tables,
//! about 15 KB brotli of wasm for a few lines of code.

use super::model::SummaryLine;
use super::Diary;
use crate::i18n::Lang;

/// The column headings of the CSV file, in one language.
pub struct CsvHeadings {
    pub date: &'static str,
    pub exercise: &'static str,
    pub dose: &'static str,
    pub pain_before: &'static str,
    pub pain_after: &'static str,
    pub note: &'static str,
}

/// Writes the diary as CSV, oldest entry first, entries of a newer app
/// version included with what this version can read of them.
/// `exercise_name` gives a line's exercise as the patient sees it.
pub fn diary_csv(
    diary: &Diary,
    headings: &CsvHeadings,
    lang: Lang,
    exercise_name: impl Fn(&SummaryLine) -> String,
) -> String {
    // The byte order mark makes spreadsheet programs read UTF-8 (é, ë, ×).
    let mut csv = String::from("\u{feff}");
    write_row(
        &mut csv,
        &[
            headings.date.into(),
            headings.exercise.into(),
            headings.dose.into(),
            headings.pain_before.into(),
            headings.pain_after.into(),
            headings.note.into(),
        ],
    );
    for line in diary.summary_lines() {
        let pain = line.pain();
        write_row(
            &mut csv,
            &[
                line.day().iso(),
                exercise_name(&line),
                line.dose_in_words(lang).unwrap_or_default(),
                pain.map(|(before, _)| before.value().to_string())
                    .unwrap_or_default(),
                pain.map(|(_, after)| after.value().to_string())
                    .unwrap_or_default(),
                defuse_formula(line.note()),
            ],
        );
    }
    csv
}

/// Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` as a
/// formula; a note is the patient's own text, so it must stay text.
fn defuse_formula(text: &str) -> String {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
        _ => text.to_owned(),
    }
}

/// One row: the fields separated by semicolons, then CRLF (what
/// spreadsheets expect). A field with a semicolon, a quote or a line break
/// is put in quotes, its own quotes doubled (RFC 4180); others as they are.
fn write_row(csv: &mut String, fields: &[String]) {
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            csv.push(';');
        }
        if field.contains([';', '"', '\r', '\n']) {
            csv.push('"');
            csv.push_str(&field.replace('"', "\"\""));
            csv.push('"');
        } else {
            csv.push_str(field);
        }
    }
    csv.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diary::model::tests::entry;
    use crate::exercises::ExerciseId;

    const HEADINGS: CsvHeadings = CsvHeadings {
        date: "Datum",
        exercise: "Oefening",
        dose: "Hoeveelheid",
        pain_before: "Pijn vooraf",
        pain_after: "Pijn achteraf",
        note: "Notitie",
    };

    fn csv_of(notes: &[&str]) -> String {
        let entries = (0..)
            .zip(notes)
            .map(|(n, note)| {
                let mut e = entry(n, "2026-11-20", ExerciseId::Bridge, 5, 3);
                e.note = (*note).into();
                e
            })
            .collect();
        diary_csv(&Diary::from_entries(entries), &HEADINGS, Lang::Nl, |_| {
            "Bruggetje".into()
        })
    }

    #[test]
    fn writes_a_header_and_one_row_per_entry() {
        assert_eq!(
            csv_of(&["ging goed"]),
            "\u{feff}Datum;Oefening;Hoeveelheid;Pijn vooraf;Pijn achteraf;Notitie\r\n\
             2026-11-20;Bruggetje;3 × 10 keer;5;3;ging goed\r\n"
        );
    }

    #[test]
    fn a_one_sided_exercise_says_per_side_as_everywhere_else() {
        let diary = Diary::from_entries(vec![entry(0, "2026-11-20", ExerciseId::Clamshell, 4, 4)]);
        let csv = diary_csv(&diary, &HEADINGS, Lang::Nl, |_| "Schelpoefening".into());
        let row = csv.split("\r\n").nth(1).unwrap_or_default();
        assert!(row.contains(";3 × 10 keer per kant;"), "{row}");
    }

    #[test]
    fn escapes_delimiters_quotes_and_line_breaks() {
        let cases = [
            ("a;b", "\"a;b\""),
            ("zei \"au\"", "\"zei \"\"au\"\"\""),
            ("regel 1\nregel 2", "\"regel 1\nregel 2\""),
            ("regel 1\rregel 2", "\"regel 1\rregel 2\""),
            ("héél fijn ë", "héél fijn ë"),
            ("", ""),
        ];
        for (note, cell) in cases {
            let csv = csv_of(&[note]);
            let row = csv.split("\r\n").nth(1).unwrap();
            assert_eq!(
                row,
                format!("2026-11-20;Bruggetje;3 × 10 keer;5;3;{cell}"),
                "{note:?}"
            );
        }
    }

    #[test]
    fn a_note_can_never_become_a_spreadsheet_formula() {
        for note in ["=HYPERLINK(\"http://x\")", "+31 6", "-2", "@SUM(A1)"] {
            let csv = csv_of(&[note]);
            let cell = csv
                .split("\r\n")
                .nth(1)
                .unwrap()
                .split(';')
                .nth(5)
                .unwrap()
                .to_owned();
            assert!(
                cell.starts_with('\'') || cell.starts_with("\"'"),
                "{note} became {cell}"
            );
        }
    }

    #[test]
    fn an_entry_of_a_newer_version_is_a_row_too_in_day_order() {
        // Logged on the 21st by a newer app: an exercise this version does
        // not know, with a note; a kind of dose it does not know on the 22nd.
        let stored = r#"{"entries":[
            {"id":"00000000-0000-4000-8000-000000000001","day":"2026-11-20","exercise":"bruggetje","dose":{"kind":"reps","sets":3,"reps":10},"pain_before":5,"pain_after":4,"logged_at":1795000000001},
            {"id":"00000000-0000-4000-8000-000000000003","day":"2026-11-22","exercise":"wandelen","dose":{"kind":"steps","steps":4000},"pain_before":3,"pain_after":3,"logged_at":1795000000003},
            {"id":"00000000-0000-4000-8000-000000000002","day":"2026-11-21","exercise":"opstappen","dose":{"kind":"reps","sets":2,"reps":8},"pain_before":6,"pain_after":3,"logged_at":1795000000002,"note":"=trap thuis"}
        ]}"#;
        let diary: Diary = serde_json::from_str(stored).unwrap();
        let csv = diary_csv(&diary, &HEADINGS, Lang::Nl, |line| match line {
            SummaryLine::Known(_) => "bekend".into(),
            SummaryLine::Newer(entry) => format!("nieuwer: {}", entry.exercise),
        });
        let rows: Vec<&str> = csv
            .split("\r\n")
            .skip(1)
            .filter(|row| !row.is_empty())
            .collect();
        assert_eq!(
            rows,
            [
                "2026-11-20;bekend;3 × 10 keer;5;4;",
                "2026-11-21;nieuwer: opstappen;2 × 8 keer;6;3;'=trap thuis",
                "2026-11-22;nieuwer: wandelen;;3;3;",
            ]
        );
    }

    #[test]
    fn a_long_note_is_written_whole() {
        // Long, with multi-byte characters.
        let note = "héél lang ".repeat(400);
        let csv = csv_of(&[&note]);
        assert!(csv.contains(note.as_str()));
    }
}
