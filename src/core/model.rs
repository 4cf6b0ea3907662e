//! The vocabulary of the scan model: dimensions, themes, item keys, levels
//! and roles. Their names in each language are texts in `i18n`.
//!
//! Everything here is plain data with a fixed order. The order of
//! [`Dimension::ALL`] is part of the scoring rules (ties go to the earlier
//! dimension) and of every published format, so it never changes.

use crate::core::i18n::Text;

/// One of the five dimensions of the Social Innovation Model, in the model's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Dimension {
    /// Purpose, the motor of the model.
    Purpose,
    /// Society: the organisation and its environment.
    Society,
    /// The internal organisation.
    Organisation,
    /// The team.
    Team,
    /// The individual employee.
    Individual,
}

impl Dimension {
    /// All dimensions in the model's fixed order.
    pub const ALL: [Dimension; 5] = [
        Dimension::Purpose,
        Dimension::Society,
        Dimension::Organisation,
        Dimension::Team,
        Dimension::Individual,
    ];

    /// The position of the dimension in [`Dimension::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// Whether the dimension is the model's motor: it counts twice in the
    /// index and stays out of coherence, which measures how evenly the
    /// motor's effect reaches the other dimensions.
    pub fn is_motor(self) -> bool {
        self == Dimension::Purpose
    }

    /// How often the dimension counts in the Social Innovation Index: twice
    /// for the motor, once for the others.
    pub fn weight_in_index(self) -> f64 {
        if self.is_motor() {
            2.0
        } else {
            1.0
        }
    }

    /// The stable identifier used in item ids and formats.
    pub fn id(self) -> &'static str {
        match self {
            Dimension::Purpose => "purpose",
            Dimension::Society => "society",
            Dimension::Organisation => "organisation",
            Dimension::Team => "team",
            Dimension::Individual => "individual",
        }
    }

    /// The full label, as the model names the dimension.
    #[inline(always)]
    pub fn label(self) -> Text {
        match self {
            Dimension::Purpose => Text::DimensionPurpose,
            Dimension::Society => Text::DimensionSociety,
            Dimension::Organisation => Text::DimensionOrganisation,
            Dimension::Team => Text::DimensionTeam,
            Dimension::Individual => Text::DimensionIndividual,
        }
    }

    /// A short label for tight places such as the chart's axes.
    #[inline(always)]
    pub fn short_label(self) -> Text {
        match self {
            Dimension::Purpose => Text::DimensionPurposeShort,
            Dimension::Society => Text::DimensionSocietyShort,
            Dimension::Organisation => Text::DimensionOrganisationShort,
            Dimension::Team => Text::DimensionTeamShort,
            Dimension::Individual => Text::DimensionIndividualShort,
        }
    }
}

/// A theme: an attitude or condition that social innovation asks for
/// ("Stap uit je comfortzone"). Each item carries one or more of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Theme {
    /// Ondernemerschap.
    Entrepreneurship,
    /// Samenwerking.
    Collaboration,
    /// Reflectie.
    Reflection,
    /// Lerend vermogen.
    LearningCapacity,
    /// Risico's durven nemen.
    RiskTaking,
    /// Kwetsbaar zijn.
    Vulnerability,
    /// Kritisch zijn.
    Criticality,
    /// Nieuwsgierigheid.
    Curiosity,
    /// Openstaan voor andere ideeën.
    Openness,
    /// Wendbaarheid.
    Agility,
    /// Verantwoordelijkheid nemen.
    Responsibility,
    /// Een stimulerende omgeving.
    StimulatingEnvironment,
    /// Faciliterend leiderschap.
    FacilitatingLeadership,
}

impl Theme {
    /// All 13 themes in a fixed order: the attitudes, then the two conditions.
    pub const ALL: [Theme; 13] = [
        Theme::Entrepreneurship,
        Theme::Collaboration,
        Theme::Reflection,
        Theme::LearningCapacity,
        Theme::RiskTaking,
        Theme::Vulnerability,
        Theme::Criticality,
        Theme::Curiosity,
        Theme::Openness,
        Theme::Agility,
        Theme::Responsibility,
        Theme::StimulatingEnvironment,
        Theme::FacilitatingLeadership,
    ];

    /// The position of the theme in [`Theme::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// The stable identifier used in formats and exports.
    pub fn id(self) -> &'static str {
        match self {
            Theme::Entrepreneurship => "entrepreneurship",
            Theme::Collaboration => "collaboration",
            Theme::Reflection => "reflection",
            Theme::LearningCapacity => "learning-capacity",
            Theme::RiskTaking => "risk-taking",
            Theme::Vulnerability => "vulnerability",
            Theme::Criticality => "criticality",
            Theme::Curiosity => "curiosity",
            Theme::Openness => "openness",
            Theme::Agility => "agility",
            Theme::Responsibility => "responsibility",
            Theme::StimulatingEnvironment => "stimulating-environment",
            Theme::FacilitatingLeadership => "facilitating-leadership",
        }
    }

    /// The theme's name (a text in every language).
    #[inline(always)]
    pub fn label(self) -> Text {
        match self {
            Theme::Entrepreneurship => Text::ThemeEntrepreneurship,
            Theme::Collaboration => Text::ThemeCollaboration,
            Theme::Reflection => Text::ThemeReflection,
            Theme::LearningCapacity => Text::ThemeLearningCapacity,
            Theme::RiskTaking => Text::ThemeRiskTaking,
            Theme::Vulnerability => Text::ThemeVulnerability,
            Theme::Criticality => Text::ThemeCriticality,
            Theme::Curiosity => Text::ThemeCuriosity,
            Theme::Openness => Text::ThemeOpenness,
            Theme::Agility => Text::ThemeAgility,
            Theme::Responsibility => Text::ThemeResponsibility,
            Theme::StimulatingEnvironment => Text::ThemeStimulatingEnvironment,
            Theme::FacilitatingLeadership => Text::ThemeFacilitatingLeadership,
        }
    }
}

/// How an item is keyed: agreeing with a `Positive` item means more social
/// innovation; agreeing with a `Reverse` item means less.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    /// `+`: agreement scores high.
    Positive,
    /// `-`: reverse-keyed, agreement scores low.
    Reverse,
}

/// One of the four levels a dimension score falls in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Level {
    /// Level 1, scores in [0, 25).
    Traditional,
    /// Level 2, scores in [25, 50).
    Moving,
    /// Level 3, scores in [50, 75).
    Renewing,
    /// Level 4, scores in [75, 100].
    SociallyInnovative,
}

impl Level {
    /// All levels from low to high.
    pub const ALL: [Level; 4] = [
        Level::Traditional,
        Level::Moving,
        Level::Renewing,
        Level::SociallyInnovative,
    ];

    /// The level's number, 1 to 4.
    pub fn number(self) -> u8 {
        self as u8 + 1
    }

    /// The level's name (a text in every language).
    #[inline(always)]
    pub fn label(self) -> Text {
        match self {
            Level::Traditional => Text::LevelTraditional,
            Level::Moving => Text::LevelMoving,
            Level::Renewing => Text::LevelRenewing,
            Level::SociallyInnovative => Text::LevelSociallyInnovative,
        }
    }
}

/// The respondent's role, asked once and optionally; anonymous by design.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    /// Medewerker / employee.
    Employee,
    /// Teamleider of manager / team lead or manager.
    Manager,
    /// Directie of bestuur / director or board.
    Director,
    /// Anders / other.
    Other,
    /// Zeg ik liever niet / rather not say (an answer, unlike no answer).
    RatherNotSay,
}

impl Role {
    /// All roles in the order they are offered.
    pub const ALL: [Role; 5] = [
        Role::Employee,
        Role::Manager,
        Role::Director,
        Role::Other,
        Role::RatherNotSay,
    ];

    /// The stable identifier used in formats and exports.
    pub fn id(self) -> &'static str {
        match self {
            Role::Employee => "employee",
            Role::Manager => "manager",
            Role::Director => "director",
            Role::Other => "other",
            Role::RatherNotSay => "rather-not-say",
        }
    }

    /// A role from its identifier.
    pub fn from_id(id: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|role| role.id() == id)
    }

    /// The role's name (a text in every language).
    #[inline(always)]
    pub fn label(self) -> Text {
        match self {
            Role::Employee => Text::RoleEmployee,
            Role::Manager => Text::RoleManager,
            Role::Director => Text::RoleDirector,
            Role::Other => Text::RoleOther,
            Role::RatherNotSay => Text::RoleRatherNotSay,
        }
    }
}
