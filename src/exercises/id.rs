//! Which exercises exist, by a stable identity. The slug is what links,
//! stored diary entries and backups use; the code is the compact number the
//! clinic link carries. Neither may ever change or be reused once released.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// One exercise of the library.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ExerciseId {
    /// Gentle hip mobility: one knee to the chest, lying on the back.
    HipMobility,
    /// Bridge (bruggetje): lifting the pelvis with the glutes, lying on the back.
    Bridge,
    /// Hip extension on hands and knees: one leg back, without a hollow back.
    HipExtension,
    /// Clamshell (schelpoefening), side-lying: gluteus medius.
    Clamshell,
    /// Side-lying leg raise (abduction): gluteus medius.
    SideLyingAbduction,
    /// Hip hinge: bending from the hips with a straight back.
    HipHinge,
    /// Lunge variations (uitvalspas).
    Lunge,
    /// 90/90 hip rotation, sitting on the floor.
    HipRotation,
    /// Hip flexor stretch in a half-kneeling position.
    HipFlexorStretch,
    /// Walking.
    Walking,
    /// Breaking up long sitting: stand up and move.
    SittingBreak,
}

impl ExerciseId {
    /// Every exercise, in the order the library lists them.
    pub const ALL: [ExerciseId; 11] = [
        ExerciseId::HipMobility,
        ExerciseId::Bridge,
        ExerciseId::HipExtension,
        ExerciseId::Clamshell,
        ExerciseId::SideLyingAbduction,
        ExerciseId::HipHinge,
        ExerciseId::Lunge,
        ExerciseId::HipRotation,
        ExerciseId::HipFlexorStretch,
        ExerciseId::Walking,
        ExerciseId::SittingBreak,
    ];

    /// The stable name in links (`/oefeningen/<slug>`), storage and backups.
    pub fn slug(self) -> &'static str {
        match self {
            ExerciseId::HipMobility => "heupmobiliteit",
            ExerciseId::Bridge => "bruggetje",
            ExerciseId::HipExtension => "heupextensie",
            ExerciseId::Clamshell => "schelp",
            ExerciseId::SideLyingAbduction => "zijlig-been-heffen",
            ExerciseId::HipHinge => "heupscharnier",
            ExerciseId::Lunge => "uitvalspas",
            ExerciseId::HipRotation => "heuprotatie-90-90",
            ExerciseId::HipFlexorStretch => "heupbuiger-rekken",
            ExerciseId::Walking => "wandelen",
            ExerciseId::SittingBreak => "zitpauze",
        }
    }

    /// The exercise with this slug, if there is one.
    pub fn from_slug(slug: &str) -> Option<ExerciseId> {
        ExerciseId::ALL.into_iter().find(|id| id.slug() == slug)
    }

    /// The stable number in a clinic link. Append new exercises with new
    /// numbers; never renumber.
    pub fn code(self) -> u8 {
        match self {
            ExerciseId::HipMobility => 1,
            ExerciseId::Bridge => 2,
            ExerciseId::HipExtension => 3,
            ExerciseId::Clamshell => 4,
            ExerciseId::SideLyingAbduction => 5,
            ExerciseId::HipHinge => 6,
            ExerciseId::Lunge => 7,
            ExerciseId::HipRotation => 8,
            ExerciseId::HipFlexorStretch => 9,
            ExerciseId::Walking => 10,
            ExerciseId::SittingBreak => 11,
        }
    }

    /// The exercise with this link number, if there is one.
    pub fn from_code(code: u8) -> Option<ExerciseId> {
        ExerciseId::ALL.into_iter().find(|id| id.code() == code)
    }

    /// The app path of the exercise's page.
    pub fn path(self) -> String {
        format!("/oefeningen/{}", self.slug())
    }
}

impl Serialize for ExerciseId {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.slug())
    }
}

impl<'de> Deserialize<'de> for ExerciseId {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let slug = String::deserialize(deserializer)?;
        ExerciseId::from_slug(&slug)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown exercise \"{slug}\"")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_and_codes_are_unique_and_round_trip() {
        for (i, id) in ExerciseId::ALL.iter().enumerate() {
            assert_eq!(ExerciseId::from_slug(id.slug()), Some(*id));
            assert_eq!(ExerciseId::from_code(id.code()), Some(*id));
            for other in &ExerciseId::ALL[i + 1..] {
                assert_ne!(id.slug(), other.slug());
                assert_ne!(id.code(), other.code());
            }
            let slug = id.slug();
            assert!(
                slug.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "{slug} is not URL-safe"
            );
        }
    }

    #[test]
    fn released_codes_never_change() {
        // The clinic's links depend on these numbers.
        let codes: Vec<_> = ExerciseId::ALL
            .iter()
            .map(|id| (id.slug(), id.code()))
            .collect();
        assert_eq!(
            codes,
            [
                ("heupmobiliteit", 1),
                ("bruggetje", 2),
                ("heupextensie", 3),
                ("schelp", 4),
                ("zijlig-been-heffen", 5),
                ("heupscharnier", 6),
                ("uitvalspas", 7),
                ("heuprotatie-90-90", 8),
                ("heupbuiger-rekken", 9),
                ("wandelen", 10),
                ("zitpauze", 11),
            ]
        );
    }

    #[test]
    fn serializes_as_its_slug_and_rejects_unknown_ones() {
        assert_eq!(
            serde_json::to_string(&ExerciseId::Bridge).unwrap(),
            r#""bruggetje""#
        );
        assert_eq!(
            serde_json::from_str::<ExerciseId>(r#""schelp""#).unwrap(),
            ExerciseId::Clamshell
        );
        let error = serde_json::from_str::<ExerciseId>(r#""handstand""#).unwrap_err();
        assert!(error.to_string().contains("handstand"), "{error}");
    }
}
