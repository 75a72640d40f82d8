//! The QR code of a schedule link, drawn as a single SVG path so it can be
//! shown on screen and printed without any image file (the
//! Content-Security-Policy allows no `data:` images, and nothing is fetched).
//! The encoding itself is `qrcodegen`'s.

use qrcodegen::{QrCode, QrCodeEcc};

/// Light modules around the code that scanners need (the standard's four).
pub const QUIET_ZONE: usize = 4;

/// A QR code ready to draw: a square of `size` × `size` modules (quiet zone
/// included) and the outline of its dark modules.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrPicture {
    pub size: usize,
    /// SVG path data: one `M x y h n v1 h-n z` rectangle per run of dark
    /// modules in a row.
    pub path: String,
}

impl QrPicture {
    /// The `viewBox` of the SVG that shows the code.
    pub fn view_box(&self) -> String {
        format!("0 0 {0} {0}", self.size)
    }
}

/// The QR code of `text`, at error correction level M or better (`qrcodegen`
/// raises the level when that fits in the same size), so a creased or
/// smudged print still scans. `None` if `text` is too long for any QR code.
pub fn qr_picture(text: &str) -> Option<QrPicture> {
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let modules = usize::try_from(code.size()).ok()?;
    let mut path = String::new();
    for y in 0..code.size() {
        let mut x = 0;
        while x < code.size() {
            if !code.get_module(x, y) {
                x += 1;
                continue;
            }
            let run_start = x;
            while x < code.size() && code.get_module(x, y) {
                x += 1;
            }
            let run = x - run_start;
            let (left, top) = (run_start as usize + QUIET_ZONE, y as usize + QUIET_ZONE);
            path.push_str(&format!("M{left} {top}h{run}v1h-{run}z"));
        }
    }
    Some(QrPicture {
        size: modules + 2 * QUIET_ZONE,
        path,
    })
}

// Native only: reading the code back uses rqrr, a native dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// Draws the picture as a greyscale image, `scale` pixels per module,
    /// reading only the SVG path: what a browser would paint.
    fn paint(picture: &QrPicture, scale: usize) -> (usize, Vec<u8>) {
        let width = picture.size * scale;
        let mut pixels = vec![255u8; width * width];
        for rect in picture.path.split('z').filter(|r| !r.is_empty()) {
            let numbers: Vec<usize> = rect
                .trim_start_matches('M')
                .split(['h', 'v', ' '])
                .filter_map(|n| n.trim_start_matches('-').parse().ok())
                .collect();
            let [x, y, run, ..] = numbers[..] else {
                panic!("unexpected path piece {rect}")
            };
            for py in y * scale..(y + 1) * scale {
                for px in x * scale..(x + run) * scale {
                    pixels[py * width + px] = 0;
                }
            }
        }
        (width, pixels)
    }

    fn read_back(picture: &QrPicture) -> Vec<String> {
        let (width, pixels) = paint(picture, 4);
        let mut image =
            rqrr::PreparedImage::prepare_from_greyscale(width, width, |x, y| pixels[y * width + x]);
        image
            .detect_grids()
            .into_iter()
            .filter_map(|grid| grid.decode().ok().map(|(_, text)| text))
            .collect()
    }

    #[test]
    fn a_link_reads_back_from_its_drawing() {
        let links = [
            "https://rugcentrum.nl/heup-rug/schema#AQA4AwUaDAEDAgEDCgkCAgAeCgMAFAAfUnVzdGlnIG9wYm91d2VuOyBzdG9wIGJpaiBwaWpuLnpXLRI".to_owned(),
            format!("http://127.0.0.1:48661/schema#{}", "A".repeat(1694)),
        ];
        for link in links {
            let picture = qr_picture(&link).expect("a link fits in a QR code");
            assert_eq!(read_back(&picture), vec![link.clone()]);
        }
    }

    #[test]
    fn the_code_has_its_quiet_zone_and_finder_patterns() {
        let picture = qr_picture("https://rugcentrum.nl/schema#AQ").unwrap();
        // Version 3 (29 modules) plus four light modules on each side.
        assert_eq!(picture.size, 29 + 2 * QUIET_ZONE);
        assert_eq!(picture.view_box(), "0 0 37 37");
        // The top-left finder pattern starts with a run of seven dark modules.
        assert!(picture.path.starts_with("M4 4h7v1h-7z"), "{}", picture.path);
    }

    #[test]
    fn text_too_long_for_any_qr_code_gives_none() {
        assert_eq!(qr_picture(&"x".repeat(3000)), None);
    }
}
