//! Reading `clinic.toml`: the clinic's own details as one checked file.
//!
//! Pure and native only: the build script (`build.rs`, which includes this
//! file by path) turns the file into the `CLINIC` constant the app reads,
//! and `src/bin/clinic-config.rs` turns it into what the web build needs
//! (manifest values, colours). Every mistake stops the build with the
//! file, the line and what to write instead; nothing here ever guesses.
//!
//! This file may use only the standard library, `serde` and `toml`: the
//! build script compiles it on its own, outside the crate.

use std::fmt;
use std::ops::Range;

use serde::Deserialize;
use toml::Spanned;

/// The file's contents, checked. Strings are exactly what the patient sees.
#[derive(Debug, Clone, PartialEq)]
pub struct ClinicFile {
    pub name: String,
    pub short_name: String,
    /// `https://host` (or a localhost address), without a trailing slash.
    pub site_url: Option<String>,
    /// Starts and ends with `/`.
    pub base_path: String,
    pub contact: ContactFile,
    pub colours: Colours,
    pub review: Option<ReviewFile>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ContactFile {
    /// As written, and as dialled (`+31…` or `0…`, digits only).
    pub phone: Option<(String, String)>,
    pub address: Option<String>,
    pub website: Option<String>,
    pub email: Option<String>,
    pub hours: Option<String>,
}

/// `#rrggbb`, lower case.
#[derive(Debug, Clone, PartialEq)]
pub struct Colours {
    pub brand: String,
    pub brand_dark: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ReviewFile {
    pub reviewer: String,
    pub registration: Option<String>,
    /// `YYYY-MM-DD`.
    pub date: String,
    pub content_version: String,
    pub next_review: Option<String>,
}

/// The app's own colours, used when the file has no `[colours]`.
pub const DEFAULT_BRAND: &str = "#0e5c63";
pub const DEFAULT_BRAND_DARK: &str = "#7fcfd4";

/// The backgrounds and text colours of `style/_tokens.scss` the brand
/// colours must stand out against (light theme, then dark theme).
const LIGHT_BACKGROUNDS: [(&str, &str); 2] = [("#f6f4ef", "the page"), ("#ffffff", "a card")];
const LIGHT_TEXT_ON_BRAND: &str = "#ffffff";
const DARK_BACKGROUNDS: [(&str, &str); 2] = [("#0f1a1c", "the page"), ("#16252a", "a card")];
const DARK_TEXT_ON_BRAND: &str = "#0b1e21";
/// WCAG 2.2 AA for normal text.
const MINIMUM_CONTRAST: f64 = 4.5;
/// The home screen shows about this many characters under an icon.
const SHORT_NAME_MAX: usize = 12;

/// One mistake in the file: where, and what to write instead.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfigError {
    pub file: String,
    /// 1-based; 0 when the file could not be read at all.
    pub line: usize,
    pub message: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file, self.message)
        } else {
            write!(f, "{}:{}: {}", self.file, self.line, self.message)
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    name: Spanned<String>,
    short_name: Spanned<String>,
    site_url: Option<Spanned<String>>,
    base_path: Option<Spanned<String>>,
    #[serde(default)]
    contact: RawContact,
    colours: Option<RawColours>,
    review: Option<RawReview>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawContact {
    phone: Option<Spanned<String>>,
    address: Option<Spanned<String>>,
    website: Option<Spanned<String>>,
    email: Option<Spanned<String>>,
    hours: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawColours {
    brand: Spanned<String>,
    brand_dark: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawReview {
    reviewer: Spanned<String>,
    registration: Option<Spanned<String>>,
    date: Spanned<toml::value::Datetime>,
    content_version: Spanned<String>,
    next_review: Option<Spanned<toml::value::Datetime>>,
}

/// The clinic file this build is for, as given: `CLINIC=`, else
/// `clinic.toml` (relative to the repository root).
pub fn chosen_file() -> String {
    std::env::var("CLINIC").unwrap_or_else(|_| "clinic.toml".to_owned())
}

/// Reads and checks `chosen` (see [`chosen_file`]) under `root`; on a
/// mistake, the sentence to stop the build with.
pub fn load(root: &std::path::Path, chosen: &str) -> Result<ClinicFile, String> {
    let text = std::fs::read_to_string(root.join(chosen)).map_err(|error| {
        format!(
            "{chosen}: cannot read the clinic file ({error}). Copy clinic.toml and fill it in, or set CLINIC= to your file."
        )
    })?;
    parse(chosen, &text).map_err(|error| error.to_string())
}

/// Reads and checks the clinic file's text; `file` names it in errors.
pub fn parse(file: &str, text: &str) -> Result<ClinicFile, ConfigError> {
    let at = |span: Range<usize>, message: String| ConfigError {
        file: file.to_owned(),
        line: line_of(text, span.start),
        message,
    };
    let raw: RawFile = toml::from_str(text).map_err(|error| {
        let line = error.span().map_or(1, |span| line_of(text, span.start));
        ConfigError {
            file: file.to_owned(),
            line,
            message: explain_toml_error(error.message()),
        }
    })?;

    let name =
        filled(&raw.name, "name", "name = \"Rugcentrum Hilversum\"").map_err(|(s, m)| at(s, m))?;
    let short_name = filled(&raw.short_name, "short_name", "short_name = \"Heup & Rug\"")
        .map_err(|(s, m)| at(s, m))?;
    if short_name.chars().count() > SHORT_NAME_MAX {
        return Err(at(
            raw.short_name.span(),
            format!(
                "short_name \"{short_name}\" has {} characters; a home screen shows at most {SHORT_NAME_MAX}. \
                 Write a shorter name, for example short_name = \"Heup & Rug\".",
                short_name.chars().count()
            ),
        ));
    }
    let site_url = checked(&raw.site_url, check_site_url).map_err(|(s, m)| at(s, m))?;
    let base_path = checked(&raw.base_path, check_base_path)
        .map_err(|(s, m)| at(s, m))?
        .unwrap_or_else(|| "/".to_owned());

    let contact = &raw.contact;
    let contact = ContactFile {
        phone: checked(&contact.phone, check_phone).map_err(|(s, m)| at(s, m))?,
        address: checked(&contact.address, |text| contact_text(text, "address"))
            .map_err(|(s, m)| at(s, m))?,
        website: checked(&contact.website, check_website).map_err(|(s, m)| at(s, m))?,
        email: checked(&contact.email, check_email).map_err(|(s, m)| at(s, m))?,
        hours: checked(&contact.hours, |text| contact_text(text, "hours"))
            .map_err(|(s, m)| at(s, m))?,
    };

    let colours = match &raw.colours {
        None => Colours {
            brand: DEFAULT_BRAND.to_owned(),
            brand_dark: DEFAULT_BRAND_DARK.to_owned(),
        },
        Some(colours) => {
            let brand =
                check_colour(&colours.brand, "brand").map_err(|m| at(colours.brand.span(), m))?;
            check_light_brand(&brand).map_err(|m| at(colours.brand.span(), m))?;
            let brand_dark = check_colour(&colours.brand_dark, "brand_dark")
                .map_err(|m| at(colours.brand_dark.span(), m))?;
            check_dark_brand(&brand_dark).map_err(|m| at(colours.brand_dark.span(), m))?;
            Colours { brand, brand_dark }
        }
    };

    let review = match &raw.review {
        None => None,
        Some(review) => {
            let reviewer = filled(
                &review.reviewer,
                "review.reviewer",
                "reviewer = \"J. de Vries, fysiotherapeut\"",
            )
            .map_err(|(s, m)| at(s, m))?;
            let registration = match &review.registration {
                Some(r) if r.get_ref().trim().is_empty() => return Err(at(
                    r.span(),
                    "review.registration is empty. Write the reviewer's registration, for example \
                         registration = \"BIG 12345678901\", or leave the line out."
                        .to_owned(),
                )),
                Some(r) => Some(r.get_ref().trim().to_owned()),
                None => None,
            };
            let date =
                check_date(&review.date, "review.date").map_err(|m| at(review.date.span(), m))?;
            let content_version = filled(
                &review.content_version,
                "review.content_version",
                "content_version = \"2026.1\"",
            )
            .map_err(|(s, m)| at(s, m))?;
            let next_review = match &review.next_review {
                Some(next) => {
                    let day =
                        check_date(next, "review.next_review").map_err(|m| at(next.span(), m))?;
                    if day <= date {
                        return Err(at(
                            next.span(),
                            format!(
                                "review.next_review ({day}) is not after review.date ({date}). \
                                 Write a later date, for example a year on."
                            ),
                        ));
                    }
                    Some(day)
                }
                None => None,
            };
            Some(ReviewFile {
                reviewer,
                registration,
                date,
                content_version,
                next_review,
            })
        }
    };

    Ok(ClinicFile {
        name,
        short_name,
        site_url,
        base_path,
        contact,
        colours,
        review,
    })
}

/// The 1-based line of byte `offset` in `text`.
fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

/// The TOML crate's message, with a hint for the two mistakes people make.
fn explain_toml_error(message: &str) -> String {
    let message = message.trim();
    if message.starts_with("unknown field") {
        format!("{message}. Check the spelling: only these keys are read.")
    } else if message.starts_with("missing field") {
        format!("{message}. Every clinic file needs name and short_name; [colours] needs brand and brand_dark; [review] needs reviewer, date and content_version.")
    } else {
        message.to_owned()
    }
}

/// An optional value through its `check`: absent stays `None`; a mistake
/// comes back with the value's span.
fn checked<T>(
    value: &Option<Spanned<String>>,
    check: impl Fn(&str) -> Result<T, String>,
) -> Result<Option<T>, (Range<usize>, String)> {
    value
        .as_ref()
        .map(|v| check(v.get_ref()).map_err(|message| (v.span(), message)))
        .transpose()
}

/// A free-text contact detail (address, hours): anything but empty.
fn contact_text(text: &str, key: &str) -> Result<String, String> {
    let text = text.trim();
    if text.is_empty() {
        Err(format!(
            "contact.{key} is empty. Fill it in, or leave the line out: the app then shows nothing for it."
        ))
    } else {
        Ok(text.to_owned())
    }
}

fn filled(
    value: &Spanned<String>,
    key: &str,
    example: &str,
) -> Result<String, (Range<usize>, String)> {
    let text = value.get_ref().trim();
    if text.is_empty() {
        Err((
            value.span(),
            format!("{key} is empty. Write it in, for example {example}."),
        ))
    } else {
        Ok(text.to_owned())
    }
}

fn is_localhost(host: &str) -> bool {
    let host = host.split(':').next().unwrap_or("");
    host == "localhost" || host == "127.0.0.1"
}

fn valid_host(host: &str) -> bool {
    let (name, port) = match host.split_once(':') {
        Some((name, port)) => (name, Some(port)),
        None => (host, None),
    };
    let port_ok =
        port.is_none_or(|p| !p.is_empty() && p.len() <= 5 && p.bytes().all(|b| b.is_ascii_digit()));
    !name.is_empty()
        && port_ok
        && name.split('.').all(|label| {
            !label.is_empty()
                && !label.starts_with('-')
                && label
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        })
}

fn check_site_url(url: &str) -> Result<String, String> {
    let url = url.trim().trim_end_matches('/');
    let example = "for example site_url = \"https://heuprug.rugcentrum.nl\"";
    let host = if let Some(host) = url.strip_prefix("https://") {
        host
    } else if let Some(host) = url.strip_prefix("http://") {
        if !is_localhost(host) {
            return Err(format!(
                "site_url \"{url}\" starts with http://. Patients' links must be safe: write https://, {example}. \
                 (Only localhost may use http.)"
            ));
        }
        host
    } else {
        return Err(format!(
            "site_url \"{url}\" is not a web address. Write it with https://, {example}."
        ));
    };
    if host.contains('/') {
        return Err(format!(
            "site_url \"{url}\" has a path. Write only the site, {example}, and put the path in base_path, for example base_path = \"/heup-rug/\"."
        ));
    }
    if !valid_host(host) {
        return Err(format!(
            "site_url \"{url}\" is not a valid web address; {example}."
        ));
    }
    Ok(url.to_owned())
}

fn check_base_path(path: &str) -> Result<String, String> {
    let fine = path.starts_with('/')
        && path.ends_with('/')
        && !path.contains("//")
        && path
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"/-_.".contains(&b));
    if fine {
        Ok(path.to_owned())
    } else {
        Err(format!(
            "base_path \"{path}\" is not a folder of the site. Write \"/\" for the root of the site, or a folder \
             between two slashes, for example base_path = \"/heup-rug/\" (letters, digits, - and _ only)."
        ))
    }
}

/// A phone number as a patient would dial it: a Dutch number of 10 digits
/// starting with 0, or an international one starting with +.
fn check_phone(phone: &str) -> Result<(String, String), String> {
    let shown = phone.trim();
    let allowed = shown.chars().enumerate().all(|(i, c)| {
        c.is_ascii_digit() || c == ' ' || c == '-' || (c == '+' && i == 0) || c == '(' || c == ')'
    });
    let digits: String = shown.chars().filter(char::is_ascii_digit).collect();
    let fine = allowed
        && if shown.starts_with('+') {
            (8..=15).contains(&digits.len())
        } else {
            digits.starts_with('0') && digits.len() == 10
        };
    if !fine {
        return Err(format!(
            "contact.phone \"{shown}\" is not a phone number. Write it as a patient dials it, for example \
             phone = \"035 123 45 67\" or phone = \"+31 35 123 45 67\" (digits, spaces and dashes only)."
        ));
    }
    let dial = if shown.starts_with('+') {
        format!("+{digits}")
    } else {
        digits
    };
    Ok((shown.to_owned(), dial))
}

fn check_website(url: &str) -> Result<String, String> {
    let url = url.trim();
    let host = url
        .strip_prefix("https://")
        .map(|rest| rest.split(['/', '?', '#']).next().unwrap_or(""));
    match host {
        Some(host) if valid_host(host) && !url.contains(char::is_whitespace) && !url.contains(['"', '<', '>']) => {
            Ok(url.to_owned())
        }
        _ => Err(format!(
            "contact.website \"{url}\" is not a safe web address. Write it in full with https://, for example \
             website = \"https://www.rugcentrum.nl\"."
        )),
    }
}

fn check_email(email: &str) -> Result<String, String> {
    let email = email.trim();
    let fine = match email.split_once('@') {
        Some((user, domain)) => {
            !user.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && valid_host(domain)
                && user
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"._+-".contains(&b))
        }
        None => false,
    };
    if fine {
        Ok(email.to_owned())
    } else {
        Err(format!("contact.email \"{email}\" is not an e-mail address. Write it like email = \"info@rugcentrum.nl\"."))
    }
}

fn check_date(value: &Spanned<toml::value::Datetime>, key: &str) -> Result<String, String> {
    let datetime = value.get_ref();
    match (&datetime.date, &datetime.time) {
        (Some(date), None) if datetime.offset.is_none() => Ok(format!(
            "{:04}-{:02}-{:02}",
            date.year, date.month, date.day
        )),
        _ => Err(format!(
            "{key} should be a day without a time, written like {key} = 2026-11-20 (no quotes)."
        )),
    }
}

fn check_colour(value: &Spanned<String>, key: &str) -> Result<String, String> {
    let text = value.get_ref().trim().to_ascii_lowercase();
    let hex = text.strip_prefix('#').unwrap_or("");
    let expanded = match hex.len() {
        3 => hex.chars().flat_map(|c| [c, c]).collect(),
        6 => hex.to_owned(),
        _ => String::new(),
    };
    if !expanded.is_empty() && expanded.bytes().all(|b| b.is_ascii_hexdigit()) {
        Ok(format!("#{expanded}"))
    } else {
        Err(format!(
            "colours.{key} \"{}\" is not a colour. Write it as # and six hexadecimal digits, for example {key} = \"{}\".",
            value.get_ref(),
            if key == "brand" { DEFAULT_BRAND } else { DEFAULT_BRAND_DARK }
        ))
    }
}

/// Buttons and the header are the brand colour with white text, and links
/// are written in it on the page and on cards.
fn check_light_brand(brand: &str) -> Result<(), String> {
    check_pairs(
        "brand",
        brand,
        &[(LIGHT_TEXT_ON_BRAND, "white text on buttons and the header")],
        &LIGHT_BACKGROUNDS,
        "a darker colour",
    )
}

/// In dark mode, buttons are the dark-mode brand colour with dark text, and
/// links are written in it on the dark page and cards.
fn check_dark_brand(brand: &str) -> Result<(), String> {
    check_pairs(
        "brand_dark",
        brand,
        &[(DARK_TEXT_ON_BRAND, "dark text on buttons in dark mode")],
        &DARK_BACKGROUNDS,
        "a lighter colour",
    )
}

fn check_pairs(
    key: &str,
    colour: &str,
    texts_on_it: &[(&str, &str)],
    backgrounds: &[(&str, &str)],
    advice: &str,
) -> Result<(), String> {
    let pairs = texts_on_it
        .iter()
        .map(|(text, what)| (contrast(colour, text), what.to_string()))
        .chain(backgrounds.iter().map(|(background, what)| {
            (
                contrast(colour, background),
                format!("links in this colour on {what} ({background})"),
            )
        }));
    for (ratio, what) in pairs {
        if ratio < MINIMUM_CONTRAST {
            return Err(format!(
                "colours.{key} \"{colour}\" fails WCAG AA for {what}: the contrast is {ratio:.2}:1, at least \
                 {MINIMUM_CONTRAST}:1 is needed. Choose {advice}."
            ));
        }
    }
    Ok(())
}

/// The WCAG contrast ratio of two `#rrggbb` colours.
pub fn contrast(a: &str, b: &str) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    let (light, dark) = if la > lb { (la, lb) } else { (lb, la) };
    (light + 0.05) / (dark + 0.05)
}

fn luminance(colour: &str) -> f64 {
    let channel = |at: usize| {
        let value = f64::from(u8::from_str_radix(&colour[at..at + 2], 16).unwrap_or(0)) / 255.0;
        if value <= 0.04045 {
            value / 12.92
        } else {
            ((value + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
}

impl ClinicFile {
    /// Rust source for the crate root: `clinic_name!()` and
    /// `clinic_short_name!()`, literals that texts put into sentences with
    /// `concat!`, so every text stays one `&'static str` per language.
    pub fn macros_source(&self) -> String {
        format!(
            "/// The clinic's full name (`clinic.toml`), as a literal for `concat!`.\n\
             macro_rules! clinic_name {{ () => {{ {:?} }}; }}\n\
             /// The clinic's short name (`clinic.toml`), as a literal for `concat!`.\n\
             #[allow(unused_macros)]\n\
             macro_rules! clinic_short_name {{ () => {{ {:?} }}; }}\n",
            self.name, self.short_name
        )
    }

    /// Rust source for `config`: the `CLINIC` constant.
    pub fn constant_source(&self) -> String {
        let text = |value: &str| format!("{value:?}");
        let optional = |value: &Option<String>| match value {
            Some(value) => format!("Some({value:?})"),
            None => "None".to_owned(),
        };
        let phone = match &self.contact.phone {
            Some((shown, dial)) => format!("Some(Phone {{ shown: {shown:?}, dial: {dial:?} }})"),
            None => "None".to_owned(),
        };
        let review = match &self.review {
            Some(r) => format!(
                "Some(Review {{ reviewer: {}, registration: {}, date: {}, content_version: {}, next_review: {} }})",
                text(&r.reviewer),
                optional(&r.registration),
                text(&r.date),
                text(&r.content_version),
                optional(&r.next_review)
            ),
            None => "None".to_owned(),
        };
        format!(
            "pub const CLINIC: Clinic = Clinic {{ name: {}, short_name: {}, site_url: {}, base_path: {}, \
             contact: Contact {{ phone: {phone}, address: {}, website: {}, email: {}, hours: {} }}, review: {review} }};\n",
            text(&self.name),
            text(&self.short_name),
            optional(&self.site_url),
            text(&self.base_path),
            optional(&self.contact.address),
            optional(&self.contact.website),
            optional(&self.contact.email),
            optional(&self.contact.hours),
        )
    }
}
