//! The picture's model: how two slider settings, hip flexor tightness and
//! glute strength, set the tilt of the pelvis, the curve of the lower back
//! and how steady the pelvis stands, and which one-line explanation fits.
//! Pure, so the direction and the bounds of every effect are tested natively.
//!
//! A deliberately simple model of what the article describes. Both sliders
//! start in the middle, a normal posture, and the "healthy" half of each
//! slider stays normal: supple hip flexors and strong glutes do not move the
//! pelvis. Tight hip flexors pull the pelvis forward, so the lower back
//! becomes hollower; weak glutes do the opposite: the pelvis turns back a
//! little (a flatter lower back) and stands less steadily. With both, the
//! effects add up. The caption is read off the drawn posture, so the words
//! and the picture can not disagree.

use std::ops::RangeInclusive;

/// The highest slider setting; the lowest is 0.
pub const LEVEL_MAX: u8 = 10;

/// The middle of a slider: where it starts, and where its normal half
/// begins (at or below it for the flexors, at or above it for the glutes).
pub const LEVEL_MIDDLE: u8 = LEVEL_MAX / 2;

/// Forward tilt of the pelvis, in degrees, of a usual standing posture: what
/// the picture shows with both sliders in their normal halves.
pub const NEUTRAL_TILT: f64 = 10.0;

/// Lumbar curve (lordosis, L1 to S1), in degrees, at the neutral tilt.
pub const NEUTRAL_LORDOSIS: f64 = 48.0;

/// Tilt range of the model, in degrees forward: within what standing adults
/// show, so the picture never draws an impossible pelvis.
pub const TILT_BOUNDS: RangeInclusive<f64> = -5.0..=25.0;

/// Lumbar curve range of the model, in degrees, within what standing adults
/// show.
pub const LORDOSIS_BOUNDS: RangeInclusive<f64> = 20.0..=70.0;

/// How far each level of flexor tightness above the middle tilts the pelvis
/// forward, in degrees: fully tight flexors, 10°.
const FLEXOR_PULL_PER_LEVEL: f64 = 2.0;

/// How far each level of glute weakness below the middle turns the pelvis
/// back, in degrees: fully weak glutes, 5°. Smaller than the flexors' pull:
/// the article says tight hip flexors pull the pelvis forward, and only that
/// weak glutes can give an unsteady or a flatter posture.
const GLUTE_GIVE_PER_LEVEL: f64 = 1.0;

/// Extra lumbar curve per degree of forward tilt: the sacrum tilts with the
/// pelvis, and the lower back curves more to keep the trunk upright (and
/// less when the pelvis turns back).
const LORDOSIS_PER_TILT: f64 = 1.5;

/// How far the pelvis may sway either way with fully weak glutes, in degrees.
pub const MAX_SWAY: f64 = 6.0;

/// How far from neutral (in degrees) the pelvis must turn before the words
/// call it tilted rather than upright: half of the smallest step a slider
/// makes, so every whole setting away from neutral is named.
const UPRIGHT_MARGIN: f64 = GLUTE_GIVE_PER_LEVEL / 2.0;

/// How far forward (in degrees from neutral) counts as strongly tilted.
const STRONG_TILT: f64 = 8.0;

/// Sway (in degrees) from which the pelvis counts as less steady: half of
/// what one level of glute weakness adds, so any weakness is named.
const STEADY_MARGIN: f64 = MAX_SWAY / LEVEL_MIDDLE as f64 / 2.0;

/// The two sliders as the reader set them, each 0 to [`LEVEL_MAX`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sliders {
    /// How tight (stiff, short) the hip flexors are.
    pub flexor_tightness: u8,
    /// How strong the glutes are.
    pub glute_strength: u8,
}

impl Sliders {
    /// Where the picture starts: both in the middle, a normal posture.
    pub const START: Sliders = Sliders {
        flexor_tightness: LEVEL_MIDDLE,
        glute_strength: LEVEL_MIDDLE,
    };

    /// The sliders as continuous levels, for the posture and the animation.
    pub fn levels(self) -> Levels {
        Levels {
            flexor_tightness: f64::from(self.flexor_tightness),
            glute_strength: f64::from(self.glute_strength),
        }
    }

    /// The posture the picture draws for this setting.
    pub fn posture(self) -> Posture {
        Posture::from_levels(self.levels())
    }

    /// The one-line explanation of this setting: read off the posture the
    /// picture draws.
    pub fn caption(self) -> Caption {
        self.posture().caption()
    }
}

/// Slider levels as real numbers, so the picture can move smoothly between
/// two settings.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Levels {
    pub flexor_tightness: f64,
    pub glute_strength: f64,
}

impl Levels {
    /// The levels a fraction `progress` (0 to 1) of the way to `to`.
    pub fn toward(self, to: Levels, progress: f64) -> Levels {
        let p = progress.clamp(0.0, 1.0);
        Levels {
            flexor_tightness: self.flexor_tightness
                + (to.flexor_tightness - self.flexor_tightness) * p,
            glute_strength: self.glute_strength + (to.glute_strength - self.glute_strength) * p,
        }
    }
}

/// Eases an animation: slow start, slow end. Maps 0..1 onto 0..1.
pub fn ease_in_out(progress: f64) -> f64 {
    let p = progress.clamp(0.0, 1.0);
    p * p * (3.0 - 2.0 * p)
}

/// A slider level within 0..=[`LEVEL_MAX`], whatever came in (the middle
/// for NaN).
fn level(level: f64) -> f64 {
    if level.is_nan() {
        f64::from(LEVEL_MIDDLE)
    } else {
        level.clamp(0.0, f64::from(LEVEL_MAX))
    }
}

/// How many levels the flexors are tighter than the middle (0 in the normal
/// half).
fn tightness_above_middle(tightness: f64) -> f64 {
    (level(tightness) - f64::from(LEVEL_MIDDLE)).max(0.0)
}

/// How many levels the glutes are weaker than the middle (0 in the normal
/// half).
fn weakness_below_middle(strength: f64) -> f64 {
    (f64::from(LEVEL_MIDDLE) - level(strength)).max(0.0)
}

/// A slider level as a fraction 0..1, whatever came in.
pub fn unit(level: f64) -> f64 {
    if level.is_nan() {
        0.5
    } else {
        (level / f64::from(LEVEL_MAX)).clamp(0.0, 1.0)
    }
}

/// The posture the picture draws.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Posture {
    /// Forward tilt of the pelvis in degrees (below [`NEUTRAL_TILT`]: turned
    /// back).
    pub pelvic_tilt: f64,
    /// Curve of the lower back (lordosis) in degrees.
    pub lumbar_lordosis: f64,
    /// How far the pelvis may sway either way, in degrees: a less steady
    /// pelvis when the glutes are weak.
    pub sway: f64,
}

impl Posture {
    /// The posture for these slider levels.
    pub fn from_levels(levels: Levels) -> Posture {
        let weakness = weakness_below_middle(levels.glute_strength);
        let tilt = NEUTRAL_TILT
            + FLEXOR_PULL_PER_LEVEL * tightness_above_middle(levels.flexor_tightness)
            - GLUTE_GIVE_PER_LEVEL * weakness;
        let pelvic_tilt = tilt.clamp(*TILT_BOUNDS.start(), *TILT_BOUNDS.end());
        let lordosis = NEUTRAL_LORDOSIS + LORDOSIS_PER_TILT * (pelvic_tilt - NEUTRAL_TILT);
        Posture {
            pelvic_tilt,
            lumbar_lordosis: lordosis.clamp(*LORDOSIS_BOUNDS.start(), *LORDOSIS_BOUNDS.end()),
            sway: MAX_SWAY * weakness / f64::from(LEVEL_MIDDLE),
        }
    }

    /// How the pelvis stands, in words a reader can picture.
    pub fn tilt(&self) -> Tilt {
        let forward = self.pelvic_tilt - NEUTRAL_TILT;
        if forward <= -UPRIGHT_MARGIN {
            Tilt::Back
        } else if forward < UPRIGHT_MARGIN {
            Tilt::Upright
        } else if forward < STRONG_TILT {
            Tilt::Forward
        } else {
            Tilt::StronglyForward
        }
    }

    /// How hollow the lower back is, in words.
    pub fn curve(&self) -> Curve {
        let extra = self.lumbar_lordosis - NEUTRAL_LORDOSIS;
        let margin = UPRIGHT_MARGIN * LORDOSIS_PER_TILT;
        if extra <= -margin {
            Curve::Flatter
        } else if extra < margin {
            Curve::Normal
        } else if extra < STRONG_TILT * LORDOSIS_PER_TILT {
            Curve::Hollow
        } else {
            Curve::VeryHollow
        }
    }

    /// Whether the pelvis stands steady.
    pub fn steadiness(&self) -> Steadiness {
        if self.sway >= STEADY_MARGIN {
            Steadiness::LessSteady
        } else {
            Steadiness::Steady
        }
    }

    /// The one-line explanation of what the picture shows, from the words
    /// for its tilt and steadiness (the curve follows the tilt).
    pub fn caption(&self) -> Caption {
        match (self.tilt(), self.steadiness()) {
            (Tilt::Upright, Steadiness::Steady) => Caption::Normal,
            (Tilt::Forward | Tilt::StronglyForward, Steadiness::Steady) => {
                Caption::FlexorsPullForward
            }
            (Tilt::Forward | Tilt::StronglyForward, Steadiness::LessSteady) => Caption::Both,
            (Tilt::Upright, Steadiness::LessSteady) => Caption::LessSteady,
            // Only weak glutes turn the pelvis back, and they always make it
            // sway too: a steady, tilted-back pelvis is not drawn.
            (Tilt::Back, _) => Caption::GlutesWeak,
        }
    }
}

/// The pelvis' tilt in words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tilt {
    Back,
    Upright,
    Forward,
    StronglyForward,
}

/// The lower back's curve in words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Curve {
    Flatter,
    Normal,
    Hollow,
    VeryHollow,
}

/// Whether the pelvis stands steady or sways (weak glutes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Steadiness {
    Steady,
    LessSteady,
}

/// Which one-line explanation the picture shows under it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Caption {
    /// Upright and steady: the normal posture, the same for every setting
    /// in both sliders' normal halves.
    Normal,
    /// Tight hip flexors pull the pelvis forward: a hollower lower back.
    FlexorsPullForward,
    /// Weak glutes: the pelvis turns back a little (a flatter lower back)
    /// and stands less steadily.
    GlutesWeak,
    /// Tight hip flexors pull the pelvis forward, weak glutes make it less
    /// steady.
    Both,
    /// Upright but less steady: tight flexors pull forward about as much as
    /// weak glutes let the pelvis turn back.
    LessSteady,
}

#[cfg(test)]
mod tests {
    use super::super::figure::Figure;
    use super::*;

    fn posture(flexor_tightness: u8, glute_strength: u8) -> Posture {
        Sliders {
            flexor_tightness,
            glute_strength,
        }
        .posture()
    }

    const GRID: RangeInclusive<u8> = 0..=LEVEL_MAX;

    /// Every setting of the two sliders: the caption, the tilt drawn, the
    /// curve and the steadiness, each worked out here from the model's rule
    /// rather than from the code under test.
    #[test]
    fn every_setting_has_the_caption_and_the_posture_of_the_rule() {
        for flexors in GRID {
            for glutes in GRID {
                let case = format!("flexors {flexors} / glutes {glutes}");
                // Levels into the abnormal half of each slider: tighter
                // than the middle, weaker than the middle.
                let tight = i32::from(flexors.saturating_sub(5));
                let weak = i32::from(5_u8.saturating_sub(glutes));
                // Each tight level pulls 2° forward, each weak level 1° back.
                let forward = 2 * tight - weak;
                let caption = match (tight > 0, weak > 0) {
                    (false, false) => Caption::Normal,
                    (true, false) => Caption::FlexorsPullForward,
                    (false, true) => Caption::GlutesWeak,
                    // Both: the caption says what the sum does.
                    (true, true) if forward > 0 => Caption::Both,
                    (true, true) if forward == 0 => Caption::LessSteady,
                    (true, true) => Caption::GlutesWeak,
                };
                let curve = match forward {
                    ..=-1 => Curve::Flatter,
                    0 => Curve::Normal,
                    1..=7 => Curve::Hollow,
                    _ => Curve::VeryHollow,
                };
                let steadiness = if weak > 0 {
                    Steadiness::LessSteady
                } else {
                    Steadiness::Steady
                };

                let sliders = Sliders {
                    flexor_tightness: flexors,
                    glute_strength: glutes,
                };
                let p = sliders.posture();
                assert_eq!(sliders.caption(), caption, "{case}: {p:?}");
                let drawn = p.pelvic_tilt - NEUTRAL_TILT;
                assert!(
                    (drawn - f64::from(forward)).abs() < 1e-9,
                    "{case}: tilt {drawn}"
                );
                let figure = Figure::new(sliders.levels());
                // The sign of the turn drawn: forward, none or back.
                let angle = figure.pelvis.angle;
                let drawn_sign = i32::from(angle > 1e-9) - i32::from(angle < -1e-9);
                assert_eq!(drawn_sign, forward.signum(), "{case}: drawn turned {angle}");
                assert_eq!(p.curve(), curve, "{case}: {p:?}");
                assert_eq!(p.steadiness(), steadiness, "{case}: {p:?}");
                assert_eq!(figure.unsteady, weak > 0, "{case}");
                assert!(
                    (p.sway - MAX_SWAY * f64::from(weak) / 5.0).abs() < 1e-9,
                    "{case}: {p:?}"
                );
            }
        }
    }

    #[test]
    fn every_setting_in_the_normal_halves_is_the_same_normal_posture() {
        let start = Sliders::START.posture();
        assert_eq!(start.pelvic_tilt, NEUTRAL_TILT);
        assert_eq!(start.lumbar_lordosis, NEUTRAL_LORDOSIS);
        assert_eq!(start.sway, 0.0);
        assert_eq!(
            (start.tilt(), start.curve(), start.steadiness()),
            (Tilt::Upright, Curve::Normal, Steadiness::Steady)
        );
        for flexors in 0..=LEVEL_MIDDLE {
            for glutes in LEVEL_MIDDLE..=LEVEL_MAX {
                assert_eq!(posture(flexors, glutes), start, "{flexors} / {glutes}");
            }
        }
    }

    #[test]
    fn tighter_flexors_above_the_middle_tilt_the_pelvis_forward_and_hollow_the_back() {
        for glutes in GRID {
            for flexors in 0..LEVEL_MAX {
                let (less, more) = (posture(flexors, glutes), posture(flexors + 1, glutes));
                let case = format!("{flexors}->{} / {glutes}", flexors + 1);
                if flexors < LEVEL_MIDDLE {
                    assert_eq!(more, less, "{case}: supple flexors do not move the pelvis");
                } else {
                    assert!(more.pelvic_tilt > less.pelvic_tilt, "{case}");
                    assert!(more.lumbar_lordosis > less.lumbar_lordosis, "{case}");
                }
                assert_eq!(more.sway, less.sway, "{case}: flexors leave steadiness");
            }
        }
    }

    #[test]
    fn weaker_glutes_below_the_middle_turn_the_pelvis_back_and_let_it_sway() {
        for flexors in GRID {
            for glutes in 0..LEVEL_MAX {
                let (weaker, stronger) = (posture(flexors, glutes), posture(flexors, glutes + 1));
                let case = format!("{flexors} / {glutes}->{}", glutes + 1);
                if glutes >= LEVEL_MIDDLE {
                    assert_eq!(weaker, stronger, "{case}: strong glutes are normal");
                } else {
                    assert!(weaker.pelvic_tilt < stronger.pelvic_tilt, "{case}");
                    assert!(weaker.lumbar_lordosis < stronger.lumbar_lordosis, "{case}");
                    assert!(weaker.sway > stronger.sway, "{case}");
                }
            }
        }
        assert_eq!(posture(5, 0).pelvic_tilt, NEUTRAL_TILT - 5.0);
        assert_eq!(posture(10, 5).pelvic_tilt, NEUTRAL_TILT + 10.0);
        assert_eq!(posture(5, 0).sway, MAX_SWAY);
    }

    #[test]
    fn every_setting_stays_within_anatomical_bounds() {
        for flexors in GRID {
            for glutes in GRID {
                let p = posture(flexors, glutes);
                assert!(TILT_BOUNDS.contains(&p.pelvic_tilt), "{p:?}");
                assert!(LORDOSIS_BOUNDS.contains(&p.lumbar_lordosis), "{p:?}");
                assert!((0.0..=MAX_SWAY).contains(&p.sway), "{p:?}");
            }
        }
        for odd in [f64::NAN, -3.0, 99.0, f64::INFINITY, f64::NEG_INFINITY] {
            for other in [odd, 0.0, 5.0, 10.0] {
                for levels in [
                    Levels {
                        flexor_tightness: odd,
                        glute_strength: other,
                    },
                    Levels {
                        flexor_tightness: other,
                        glute_strength: odd,
                    },
                ] {
                    let p = Posture::from_levels(levels);
                    assert!(TILT_BOUNDS.contains(&p.pelvic_tilt), "{levels:?}: {p:?}");
                    assert!(
                        LORDOSIS_BOUNDS.contains(&p.lumbar_lordosis),
                        "{levels:?}: {p:?}"
                    );
                    assert!((0.0..=MAX_SWAY).contains(&p.sway), "{levels:?}: {p:?}");
                }
            }
        }
        let nan = Posture::from_levels(Levels {
            flexor_tightness: f64::NAN,
            glute_strength: f64::NAN,
        });
        assert_eq!(nan, Sliders::START.posture(), "NaN counts as the middle");
    }

    #[test]
    fn on_the_way_between_settings_the_caption_still_fits_the_picture() {
        // The animation draws in-between levels; whatever it draws, a
        // steady pelvis is never turned back.
        for step in 0..=100 {
            let glutes = f64::from(step) / 10.0;
            for flexors in [0.0, 5.0, 5.3, 7.5, 10.0] {
                let p = Posture::from_levels(Levels {
                    flexor_tightness: flexors,
                    glute_strength: glutes,
                });
                if p.tilt() == Tilt::Back {
                    assert_eq!(p.steadiness(), Steadiness::LessSteady, "{p:?}");
                }
            }
        }
    }

    #[test]
    fn animation_moves_from_start_to_end_without_overshoot() {
        let from = Sliders::START.levels();
        let to = Levels {
            flexor_tightness: 10.0,
            glute_strength: 0.0,
        };
        assert_eq!(from.toward(to, 0.0), from);
        assert_eq!(from.toward(to, 1.0), to);
        assert_eq!(from.toward(to, 7.0), to);
        let mut last = 0.0;
        for step in 0..=20 {
            let eased = ease_in_out(f64::from(step) / 20.0);
            assert!((last..=1.0).contains(&eased), "{step}: {eased}");
            last = eased;
        }
        assert_eq!((ease_in_out(0.0), ease_in_out(1.0)), (0.0, 1.0));
    }
}
