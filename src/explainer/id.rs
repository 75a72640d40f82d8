//! Which explainer sections exist, by a stable identity: the slug in
//! `/uitleg/<slug>` is what e-mails, the self-check and exercises link to.

/// One section of the explainer, in reading order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SectionId {
    /// How the hip joint works.
    HipJoint,
    /// Why the hip has such influence on the lower back (with the picture).
    HipSteersBack,
    /// Which hip limitations cause back complaints.
    Limitations,
    /// Symptoms that point to hip-related back complaints.
    Symptoms,
    /// How the clinic examines the hip.
    Examination,
    /// Treatment: passive and active phase.
    Treatment,
    /// Home advice and exercises.
    HomeAdvice,
    /// Lifestyle and prevention.
    Lifestyle,
    /// The conclusion and the invitation to the clinic.
    Conclusion,
    /// Frequently asked questions.
    Faq,
}

impl SectionId {
    /// Every section, in reading order.
    pub const ALL: [SectionId; 10] = [
        SectionId::HipJoint,
        SectionId::HipSteersBack,
        SectionId::Limitations,
        SectionId::Symptoms,
        SectionId::Examination,
        SectionId::Treatment,
        SectionId::HomeAdvice,
        SectionId::Lifestyle,
        SectionId::Conclusion,
        SectionId::Faq,
    ];

    /// The stable name in links: `/uitleg/<slug>`.
    pub fn slug(self) -> &'static str {
        match self {
            SectionId::HipJoint => "heupgewricht",
            SectionId::HipSteersBack => "heup-en-onderrug",
            SectionId::Limitations => "heupbeperkingen",
            SectionId::Symptoms => "klachten",
            SectionId::Examination => "onderzoek",
            SectionId::Treatment => "behandeling",
            SectionId::HomeAdvice => "thuis-oefenen",
            SectionId::Lifestyle => "leefstijl",
            SectionId::Conclusion => "conclusie",
            SectionId::Faq => "vragen",
        }
    }

    /// The section with this slug, if there is one.
    pub fn from_slug(slug: &str) -> Option<SectionId> {
        SectionId::ALL.into_iter().find(|id| id.slug() == slug)
    }

    /// The app path of the section's page.
    pub fn path(self) -> String {
        format!("/uitleg/{}", self.slug())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_unique_url_safe_and_round_trip() {
        for (i, id) in SectionId::ALL.iter().enumerate() {
            assert_eq!(SectionId::from_slug(id.slug()), Some(*id));
            assert!(SectionId::ALL[i + 1..]
                .iter()
                .all(|other| other.slug() != id.slug()));
            assert!(
                id.slug()
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == '-'),
                "{}",
                id.slug()
            );
        }
        assert_eq!(SectionId::from_slug("bestaat-niet"), None);
    }
}
