//! What the clinic's form lets into a schedule's note: no web address and
//! no phone number. A link's checksum is no signature, so anyone can make a
//! link whose note says "your appointment moved, call …" or "look at …".
//! The clinic's own links never carry such a note (the form refuses it, and
//! the clinic's contact details are in the app already), and the accept
//! page shows any note as plain text. Links made before this rule, or made
//! by hand, still open: the link format does not change.

/// The first reason `note` may not go into a link, if any.
pub fn contact_detail_in(note: &str) -> Option<ContactDetail> {
    if has_web_address(note) {
        Some(ContactDetail::WebAddress)
    } else if has_phone_number(note) {
        Some(ContactDetail::PhoneNumber)
    } else {
        None
    }
}

/// Something in a note that sends the patient elsewhere.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ContactDetail {
    /// `https://…`, `www.…`, or a name with a domain ending such as
    /// `evil.example` or `bit.ly/x` (an e-mail address has one too).
    WebAddress,
    /// Eight or more digits in a row (spaces, dashes, dots, brackets and
    /// slashes between them allowed, dates not counted), or `+` followed
    /// by six or more (`+31 6 …`).
    PhoneNumber,
}

/// The fewest digits of a number written on its own that reads as a phone
/// number (Dutch numbers have ten; eight catches one written in part).
const PHONE_DIGITS: usize = 8;

/// The fewest digits after a `+` that read as an international number
/// (`+31 6 12…`), while "+2 herhalingen" or "+10 seconden" stay notes.
const INTERNATIONAL_DIGITS: usize = 6;

fn has_web_address(note: &str) -> bool {
    let lower = note.to_lowercase();
    ["http://", "https://", "www."]
        .iter()
        .any(|start| lower.contains(start))
        || has_domain_name(&lower)
}

/// A word, a dot and a domain ending of two or more letters that the word
/// does not continue past: `evil.example`, `bit.ly/x`, `kliniek.nl,`.
/// Abbreviations such as "d.w.z." or "o.a." have one letter after each dot.
fn has_domain_name(lower: &str) -> bool {
    let chars: Vec<char> = lower.chars().collect();
    let is_label = |c: char| c.is_alphanumeric() || c == '-';
    chars.iter().enumerate().any(|(dot, &c)| {
        if c != '.' || dot == 0 || !is_label(chars[dot - 1]) {
            return false;
        }
        let ending: usize = chars[dot + 1..]
            .iter()
            .take_while(|c| c.is_ascii_alphabetic())
            .count();
        let after = chars.get(dot + 1 + ending).copied();
        ending >= 2 && !after.is_some_and(char::is_alphanumeric)
    })
}

fn has_phone_number(note: &str) -> bool {
    digit_runs(note).iter().any(|run| {
        let digits = run.digits_besides_dates();
        digits >= PHONE_DIGITS || (run.after_plus && digits >= INTERNATIONAL_DIGITS)
    })
}

/// Digits with only separators between them: "035 123 45 67" is the
/// groups [3, 3, 2, 2] with a space between each two.
struct DigitRun {
    groups: Vec<usize>,
    /// The separators between group `i` and `i + 1`, as written.
    separators: Vec<String>,
    /// Written straight after a `+`.
    after_plus: bool,
}

impl DigitRun {
    /// The digits that are not part of a date such as "12-12-2026",
    /// "2026-12-07" or "1/2/2027" (day, month and year with the same dash,
    /// slash or dot between them): "op 12-12-2026 15 uur" holds no number
    /// to call, "06 12 34 5678" does.
    fn digits_besides_dates(&self) -> usize {
        let short = |n: usize| (1..=2).contains(&n);
        let mut digits = 0;
        let mut i = 0;
        while i < self.groups.len() {
            let date = match self.groups.get(i..i + 3) {
                Some(&[d, m, 4]) => short(d) && short(m),
                Some(&[4, m, d]) => short(m) && short(d),
                _ => false,
            } && self.separators[i] == self.separators[i + 1]
                && ["-", "/", "."].contains(&self.separators[i].as_str());
            if date {
                i += 3;
            } else {
                digits += self.groups[i];
                i += 1;
            }
        }
        digits
    }
}

fn is_separator(c: char) -> bool {
    matches!(c, ' ' | '-' | '.' | '(' | ')' | '/')
}

fn digit_runs(note: &str) -> Vec<DigitRun> {
    let chars: Vec<char> = note.chars().collect();
    let mut runs = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let mut run = DigitRun {
            groups: Vec::new(),
            separators: Vec::new(),
            after_plus: i > 0 && chars[i - 1] == '+',
        };
        loop {
            let start = i;
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            run.groups.push(i - start);
            let mut next = i;
            while next < chars.len() && is_separator(chars[next]) {
                next += 1;
            }
            if next == i || next >= chars.len() || !chars[next].is_ascii_digit() {
                break;
            }
            run.separators.push(chars[i..next].iter().collect());
            i = next;
        }
        runs.push(run);
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;
    use ContactDetail::{PhoneNumber, WebAddress};

    #[test]
    fn web_addresses_are_found_in_every_usual_form() {
        let cases = [
            "Kijk op https://evil.example voor je nieuwe afspraak.",
            "Je afspraak is verzet, kijk op http://evil.example/x",
            "Zie www.rugcentrum.nl",
            "Kijk op evil.example",
            "Kijk op EVIL.EXAMPLE.",
            "Filmpje: bit.ly/x",
            "Zie rugcentrum.nl, daar staat het.",
            "Mail naar info@evil.example",
            "Ga naar mijn-kliniek.com/afspraak",
        ];
        for note in cases {
            assert_eq!(contact_detail_in(note), Some(WebAddress), "{note:?}");
        }
    }

    #[test]
    fn phone_numbers_are_found_with_or_without_spaces() {
        let cases = [
            "Bel 0351234567 om te verzetten.",
            "Bel 035-1234567.",
            "Bel 035 123 45 67.",
            "Bel (035) 123 45 67.",
            "Bel 06-12345678",
            "Bel 035.123.45.67",
            "Bel +31 35 123 4567",
            "Bel +31612345",
            "Whatsapp +316 1234",
            "Bel 06 12 34 5678",
            "Op 12-12-2026 bel je 0351234567",
        ];
        for note in cases {
            assert_eq!(contact_detail_in(note), Some(PhoneNumber), "{note:?}");
        }
    }

    #[test]
    fn ordinary_notes_pass() {
        let cases = [
            "",
            "Rustig opbouwen; stop bij pijn.",
            "Rustig opbouwen. Stop bij pijn.",
            "3 x 10, 2 x 15, dan 1 minuut rust.",
            "Elke dag 20 à 30 min. wandelen.",
            "Week 2: +2 herhalingen, +10 seconden.",
            "Houd 30 s vast, d.w.z. rustig doorademen, o.a. bij het bruggetje.",
            "Volgende controle op 12-12-2026 of 2027-01-08.",
            "Op 12-12-2026 15 uur weer oefenen.",
            "Na 1/2/2027 mag je de uitvalspas doen.",
            "Om 19.30 uur, 2 à 3 keer.",
            "Doe 1 set van 12 en 2 sets van 8.",
        ];
        for note in cases {
            assert_eq!(contact_detail_in(note), None, "{note:?}");
        }
    }

    #[test]
    fn a_note_with_both_is_refused_for_its_web_address_first() {
        assert_eq!(
            contact_detail_in("Bel 0351234567 of kijk op evil.example"),
            Some(WebAddress)
        );
    }
}
