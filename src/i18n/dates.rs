//! Calendar days in words, per language: "woensdag 25 november",
//! "Wednesday 25 November"; and decimals as each language writes them.

use super::Lang;
use crate::calendar::Day;

struct DateTexts {
    weekdays: [&'static str; 7],
    weekdays_short: [&'static str; 7],
    months: [&'static str; 12],
    months_short: [&'static str; 12],
}

static NL: DateTexts = DateTexts {
    weekdays: [
        "maandag",
        "dinsdag",
        "woensdag",
        "donderdag",
        "vrijdag",
        "zaterdag",
        "zondag",
    ],
    weekdays_short: ["ma", "di", "wo", "do", "vr", "za", "zo"],
    months: [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    months_short: [
        "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
    ],
};

// British order (day before month), as in Dutch and as the clinic's
// English-speaking patients in the Netherlands read dates.
static EN: DateTexts = DateTexts {
    weekdays: [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ],
    // Two letters, like the Dutch ones, so the calendar fits a narrow phone.
    weekdays_short: ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"],
    months: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    months_short: [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ],
};

fn date_texts(lang: Lang) -> &'static DateTexts {
    match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    }
}

fn month_index(day: Day) -> usize {
    usize::from(day.month().clamp(1, 12)) - 1
}

/// "woensdag 25 november", "Wednesday 25 November"
pub fn weekday_and_date(day: Day, lang: Lang) -> String {
    let texts = date_texts(lang);
    format!(
        "{} {} {}",
        texts.weekdays[usize::from(day.weekday_from_monday())],
        day.day_of_month(),
        texts.months[month_index(day)]
    )
}

/// "25 november 2026"
pub fn full_date(day: Day, lang: Lang) -> String {
    let texts = date_texts(lang);
    format!(
        "{} {} {}",
        day.day_of_month(),
        texts.months[month_index(day)],
        day.year()
    )
}

/// "25 nov"
pub fn short_date(day: Day, lang: Lang) -> String {
    let texts = date_texts(lang);
    format!(
        "{} {}",
        day.day_of_month(),
        texts.months_short[month_index(day)]
    )
}

/// "maandag", "dinsdag", … ("Monday", …) for Monday (0) to Sunday (6).
pub fn weekday_name(index_from_monday: usize, lang: Lang) -> &'static str {
    date_texts(lang).weekdays[index_from_monday % 7]
}

/// "ma", "di", … ("Mon", "Tue", …) for Monday (0) to Sunday (6).
pub fn weekday_short(index_from_monday: usize, lang: Lang) -> &'static str {
    date_texts(lang).weekdays_short[index_from_monday % 7]
}

/// A number with one decimal, as the language writes it: "4,5" in Dutch,
/// "4.5" in English.
pub fn one_decimal(value: f32, lang: Lang) -> String {
    let text = crate::decimal::one_decimal(value);
    match lang {
        Lang::Nl => text.replace('.', ","),
        Lang::En => text,
    }
}

/// Every day and month name in `lang`, for the completeness test.
pub(crate) fn every_text(lang: Lang) -> super::completeness::Texts {
    let t = date_texts(lang);
    let mut texts = super::completeness::Texts::default();
    texts
        .list("weekdays", &t.weekdays)
        .list("weekdays_short", &t.weekdays_short)
        .list("months", &t.months)
        .list("months_short", &t.months_short);
    texts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_dates_in_dutch_words() {
        let day = Day::parse("2026-11-25").unwrap();
        assert_eq!(weekday_and_date(day, Lang::Nl), "woensdag 25 november");
        assert_eq!(full_date(day, Lang::Nl), "25 november 2026");
        assert_eq!(
            short_date(Day::parse("2027-03-01").unwrap(), Lang::Nl),
            "1 mrt"
        );
        assert_eq!(weekday_short(6, Lang::Nl), "zo");
        assert_eq!(weekday_name(0, Lang::Nl), "maandag");
    }

    #[test]
    fn writes_dates_in_english_words() {
        let day = Day::parse("2026-11-25").unwrap();
        assert_eq!(weekday_and_date(day, Lang::En), "Wednesday 25 November");
        assert_eq!(full_date(day, Lang::En), "25 November 2026");
        assert_eq!(
            short_date(Day::parse("2027-03-01").unwrap(), Lang::En),
            "1 Mar"
        );
        assert_eq!(weekday_short(6, Lang::En), "Su");
    }

    #[test]
    fn writes_decimals_with_a_comma_in_dutch_and_a_point_in_english() {
        // A tie rounds up, as on paper: an average pain of 4.25 is "4,3".
        let cases = [
            (4.25, Lang::Nl, "4,3"),
            (6.0, Lang::Nl, "6,0"),
            (4.25, Lang::En, "4.3"),
            (0.5, Lang::En, "0.5"),
        ];
        for (value, lang, text) in cases {
            assert_eq!(one_decimal(value, lang), text, "{value} {lang:?}");
        }
    }
}
