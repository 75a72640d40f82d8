//! Decimal numbers written out with a fixed number of decimals, without
//! Rust's float formatter (its exact-decimal machinery costs about 10 KB of
//! wasm): SVG coordinates and the one-decimal figures the diary shows.

use std::fmt;

/// `value` rounded to `DIGITS` decimals and written as `{:.DIGITS$}` would,
/// with ties rounded away from zero and no "-0.0". Meant for drawing
/// coordinates and on-screen figures, far from the limits of an `i64`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Fixed<const DIGITS: u32>(pub f64);

/// A coordinate with one decimal, finer than a pixel: `"12.5"`.
pub fn one_decimal(value: impl Into<f64>) -> String {
    Fixed::<1>(value.into()).to_string()
}

impl<const DIGITS: u32> fmt::Display for Fixed<DIGITS> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let scale = 10_u64.pow(DIGITS);
        let scaled = (self.0 * scale as f64).round() as i64;
        let sign = if scaled < 0 { "-" } else { "" };
        let magnitude = scaled.unsigned_abs();
        write!(f, "{sign}{}", magnitude / scale)?;
        if DIGITS > 0 {
            let width = DIGITS as usize;
            write!(f, ".{:0width$}", magnitude % scale)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_fixed_decimals() {
        assert_eq!(Fixed::<1>(12.0).to_string(), "12.0");
        assert_eq!(Fixed::<1>(-3.04).to_string(), "-3.0");
        assert_eq!(Fixed::<1>(-0.04).to_string(), "0.0");
        assert_eq!(Fixed::<1>(-0.25).to_string(), "-0.3");
        assert_eq!(Fixed::<2>(7.005_1).to_string(), "7.01");
        assert_eq!(Fixed::<2>(-0.5).to_string(), "-0.50");
        assert_eq!(Fixed::<0>(4.5).to_string(), "5");
        assert_eq!(one_decimal(199.96), "200.0");
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        /// Away from a rounding tie, the same text as Rust's formatter.
        #[test]
        fn matches_the_standard_formatter(value in -10_000.0f64..10_000.0) {
            proptest::prop_assume!(((value * 10.0).abs().fract() - 0.5).abs() > 1e-6);
            let expected = format!("{value:.1}");
            let expected = if expected == "-0.0" { "0.0".to_owned() } else { expected };
            proptest::prop_assert_eq!(Fixed::<1>(value).to_string(), expected);
        }
    }
}
