//! Numbers as text without Rust's float formatting: `f64`'s `Display` and
//! the float-to-decimal code behind it cost the WebAssembly about 11 KB,
//! while integer formatting is in it anyway. Everything outside `data`
//! that writes an `f64` (SVG coordinates, scores, percentages) goes
//! through `decimal`.

/// Decimals for numbers as the data writes them (scores such as `24` or
/// `2.5`): enough that any number written with up to six decimals reads
/// back unchanged, without binary noise such as `0.30000000000000004`.
pub const AS_WRITTEN: u32 = 6;

/// `v` with at most `places` decimals, rounded half away from zero, and
/// trailing zeros dropped: `decimal(2.5, 1)` is `2.5`, `decimal(12.0, 1)`
/// is `12`, `decimal(-2.25, 1)` is `-2.3`, `decimal(12.5, 0)` is `13`.
///
/// * A value that rounds to zero is `0`, never `-0`.
/// * `places` above 17 count as 17: an `f64` holds no more decimals.
/// * A whole part of 2^64 or more is written out in full, as the exact
///   value of the `f64` (`1e20` is `100000000000000000000`).
/// * NaN and the infinities are `NaN`, `inf` and `-inf`, as Rust writes
///   them: a number that went wrong stays visible as such rather than
///   turning into a plausible one.
pub fn decimal(v: f64, places: u32) -> String {
    if !v.is_finite() {
        return if v.is_nan() { "NaN" } else if v > 0.0 { "inf" } else { "-inf" }.to_string();
    }
    let places = places.min(17);
    let scale = 10u64.pow(places);
    let a = v.abs();
    let mut whole = a.trunc();
    // `a - whole` is exact, so the fraction is rounded once, by `round`
    // (half away from zero).
    let mut frac = ((a - whole) * scale as f64).round() as u64;
    if frac == scale {
        whole += 1.0;
        frac = 0;
    }
    let mut digits = places;
    while digits > 0 && frac.is_multiple_of(10) {
        frac /= 10;
        digits -= 1;
    }
    let mut out = String::new();
    if v < 0.0 && (whole > 0.0 || frac > 0) {
        out.push('-');
    }
    push_whole(&mut out, whole);
    if digits > 0 {
        out.push('.');
        let f = frac.to_string();
        for _ in f.len()..digits as usize {
            out.push('0');
        }
        out.push_str(&f);
    }
    out
}

/// Writes a whole, non-negative `f64`.
fn push_whole(out: &mut String, whole: f64) {
    if whole < 18_446_744_073_709_551_616.0 {
        out.push_str(&(whole as u64).to_string());
        return;
    }
    // whole = m × 2^e: the digits of m, doubled e times (least significant
    // digit first).
    let bits = whole.to_bits();
    let mut m = (bits & ((1 << 52) - 1)) | (1 << 52);
    let e = ((bits >> 52) & 0x7ff) as i32 - 1075;
    let mut d: Vec<u8> = Vec::new();
    while m > 0 {
        d.push((m % 10) as u8);
        m /= 10;
    }
    for _ in 0..e {
        let mut carry = 0;
        for x in d.iter_mut() {
            let y = *x * 2 + carry;
            *x = y % 10;
            carry = y / 10;
        }
        if carry > 0 {
            d.push(carry);
        }
    }
    out.extend(d.iter().rev().map(|&x| char::from(b'0' + x)));
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn whole_numbers_have_no_decimals() {
        assert_eq!(decimal(0.0, 1), "0");
        assert_eq!(decimal(12.0, 1), "12");
        assert_eq!(decimal(640.0, 2), "640");
        assert_eq!(decimal(27.0, AS_WRITTEN), "27");
        assert_eq!(decimal(3.0, 0), "3");
    }

    #[test]
    fn decimals_up_to_places_without_trailing_zeros() {
        assert_eq!(decimal(12.5, 1), "12.5");
        assert_eq!(decimal(2.5, AS_WRITTEN), "2.5");
        assert_eq!(decimal(2.50001, 2), "2.5");
        assert_eq!(decimal(0.1 + 0.2, AS_WRITTEN), "0.3");
        assert_eq!(decimal(1.0 / 3.0, 4), "0.3333");
        assert_eq!(decimal(0.05, 2), "0.05", "leading zeros of the fraction stay");
        assert_eq!(decimal(3.007, 3), "3.007");
    }

    #[test]
    fn rounds_half_away_from_zero() {
        assert_eq!(decimal(12.5, 0), "13");
        assert_eq!(decimal(13.5, 0), "14");
        assert_eq!(decimal(0.5, 0), "1");
        assert_eq!(decimal(2.25, 1), "2.3");
        assert_eq!(decimal(66.666, 0), "67");
        assert_eq!(decimal(12.44, 1), "12.4");
        // An exact tie in binary (the fraction is 0.5703125), where Rust's
        // `{:.6}` would round to even (…570312).
        assert_eq!(decimal(890212983497.0 + 0.5703125, 6), "890212983497.570313");
        // Rounding up carries into the whole part.
        assert_eq!(decimal(9.96, 1), "10");
        assert_eq!(decimal(0.9999, 2), "1");
    }

    #[test]
    fn negatives() {
        assert_eq!(decimal(-2.25, 1), "-2.3");
        assert_eq!(decimal(-12.0, 1), "-12");
        assert_eq!(decimal(-0.5, 0), "-1");
        assert_eq!(decimal(-0.05, 1), "-0.1");
        assert_eq!(decimal(-0.04, 1), "0", "no negative zero");
        assert_eq!(decimal(-0.0, 2), "0");
    }

    #[test]
    fn tiny_values() {
        assert_eq!(decimal(1e-9, 2), "0");
        assert_eq!(decimal(0.004, 2), "0");
        assert_eq!(decimal(0.005, 2), "0.01");
        assert_eq!(decimal(1e-7, 7), "0.0000001");
        assert_eq!(decimal(f64::MIN_POSITIVE, 17), "0");
        assert_eq!(decimal(1.5, 40), "1.5", "places beyond 17 count as 17");
    }

    #[test]
    fn large_values() {
        assert_eq!(decimal(1234567.0, 1), "1234567");
        assert_eq!(decimal(9007199254740993.0, 2), "9007199254740992", "the f64's own value");
        assert_eq!(decimal(1e15 + 0.25, 2), "1000000000000000.25");
        assert_eq!(decimal(18446744073709549568.0, 0), "18446744073709549568", "the largest f64 below 2^64");
        assert_eq!(decimal(1e20, 1), "100000000000000000000");
        assert_eq!(decimal(-1e20, 1), "-100000000000000000000");
        assert_eq!(decimal(2f64.powi(70), 3), "1180591620717411303424");
        let max = decimal(f64::MAX, 1);
        assert_eq!(max.len(), 309);
        assert!(max.starts_with("17976931348623157"), "{max}");
    }

    #[test]
    fn not_numbers() {
        assert_eq!(decimal(f64::NAN, 1), "NaN");
        assert_eq!(decimal(f64::INFINITY, 1), "inf");
        assert_eq!(decimal(f64::NEG_INFINITY, 0), "-inf");
    }

    proptest! {
        /// Within half a unit of the last place of the value, and the same
        /// text as Rust's own formatting when that is not a tie.
        #[test]
        fn agrees_with_rust_formatting(v in -1e12f64..1e12, places in 0u32..7) {
            let text = decimal(v, places);
            let back: f64 = text.parse().unwrap();
            let unit = 10f64.powi(-(places as i32));
            prop_assert!((back - v).abs() <= unit / 2.0 + v.abs() * 1e-15, "{v} {places} {text}");
            let rust = format!("{v:.*}", places as usize);
            let rust = if rust.contains('.') { rust.trim_end_matches('0').trim_end_matches('.') } else { &rust };
            let rust = if rust == "-0" { "0" } else { rust };
            let scaled = v.abs().fract() * 10f64.powi(places as i32);
            if (scaled.fract() - 0.5).abs() > 1e-6 {
                prop_assert_eq!(&text, rust, "{} {}", v, places);
            }
        }
    }
}
