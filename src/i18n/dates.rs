//! Calendar days in words, per language: "woensdag 25 november".

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

fn date_texts(lang: Lang) -> &'static DateTexts {
    match lang {
        Lang::Nl => &NL,
    }
}

fn month_index(day: Day) -> usize {
    usize::from(day.month().clamp(1, 12)) - 1
}

/// "woensdag 25 november"
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

/// "ma", "di", … for Monday (0) to Sunday (6).
pub fn weekday_short(index_from_monday: usize, lang: Lang) -> &'static str {
    date_texts(lang).weekdays_short[index_from_monday % 7]
}

/// A number with one decimal, written the Dutch way: "4,5".
pub fn one_decimal(value: f32, lang: Lang) -> String {
    let text = format!("{value:.1}");
    match lang {
        Lang::Nl => text.replace('.', ","),
    }
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
    }

    #[test]
    fn writes_decimals_with_a_comma() {
        assert_eq!(one_decimal(4.25, Lang::Nl), "4,2");
        assert_eq!(one_decimal(6.0, Lang::Nl), "6,0");
    }
}
