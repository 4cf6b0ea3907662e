//! The vocabulary of the scan model: dimensions, themes, item keys, languages
//! and bilingual text.
//!
//! Everything here is plain data with a fixed order. The order of
//! [`Dimension::ALL`] is part of the scoring rules (ties go to the earlier
//! dimension) and of every published format, so it never changes.

/// A language the app speaks. Dutch is the default.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// Dutch, the default language.
    #[default]
    Nl,
    /// English.
    En,
}

impl Lang {
    /// Both languages, Dutch first.
    pub const ALL: [Lang; 2] = [Lang::Nl, Lang::En];

    /// The BCP 47 tag used for the `lang` attribute and in stored settings.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    /// Reads a language tag such as `nl`, `NL` or `en-GB`; anything else is `None`.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "nl" => Some(Lang::Nl),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The other language, for the language switch.
    pub fn other(self) -> Lang {
        match self {
            Lang::Nl => Lang::En,
            Lang::En => Lang::Nl,
        }
    }
}

/// A text in both languages. Every user-facing string in the app is one of these.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bilingual {
    /// The Dutch text, written first.
    pub nl: &'static str,
    /// The English text, saying the same thing.
    pub en: &'static str,
}

impl Bilingual {
    /// The text in the given language.
    #[inline(always)]
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Nl => self.nl,
            Lang::En => self.en,
        }
    }
}

/// Shorthand for writing bilingual text tables.
pub const fn bi(nl: &'static str, en: &'static str) -> Bilingual {
    Bilingual { nl, en }
}

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
    pub fn label(self) -> Bilingual {
        match self {
            Dimension::Purpose => bi("Purpose (zingeving)", "Purpose"),
            Dimension::Society => bi(
                "Maatschappij: organisatie & omgeving",
                "Society: organisation & environment",
            ),
            Dimension::Organisation => bi("Interne organisatie", "Internal organisation"),
            Dimension::Team => bi("Teamniveau", "Team level"),
            Dimension::Individual => bi("Individuele medewerker", "Individual employee"),
        }
    }

    /// A short label for tight places such as the chart's axes.
    pub fn short_label(self) -> Bilingual {
        match self {
            Dimension::Purpose => bi("Purpose", "Purpose"),
            Dimension::Society => bi("Maatschappij", "Society"),
            Dimension::Organisation => bi("Organisatie", "Organisation"),
            Dimension::Team => bi("Team", "Team"),
            Dimension::Individual => bi("Individu", "Individual"),
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

    /// The theme's name in both languages.
    pub fn label(self) -> Bilingual {
        match self {
            Theme::Entrepreneurship => bi("Ondernemerschap", "Entrepreneurship"),
            Theme::Collaboration => bi("Samenwerking", "Collaboration"),
            Theme::Reflection => bi("Reflectie", "Reflection"),
            Theme::LearningCapacity => bi("Lerend vermogen", "Learning capacity"),
            Theme::RiskTaking => bi("Risico's durven nemen", "Daring to take risks"),
            Theme::Vulnerability => bi("Kwetsbaar durven zijn", "Daring to be vulnerable"),
            Theme::Criticality => bi("Kritisch zijn", "Being critical"),
            Theme::Curiosity => bi("Nieuwsgierigheid", "Curiosity"),
            Theme::Openness => bi("Openstaan voor andere ideeën", "Openness to other ideas"),
            Theme::Agility => bi("Wendbaarheid", "Agility"),
            Theme::Responsibility => bi("Verantwoordelijkheid nemen", "Taking responsibility"),
            Theme::StimulatingEnvironment => bi("Stimulerende omgeving", "Stimulating environment"),
            Theme::FacilitatingLeadership => {
                bi("Faciliterend leiderschap", "Facilitating leadership")
            }
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

    /// The level's name in both languages.
    pub fn label(self) -> Bilingual {
        match self {
            Level::Traditional => bi("Traditioneel", "Traditional"),
            Level::Moving => bi("In beweging", "Moving"),
            Level::Renewing => bi("Vernieuwend", "Renewing"),
            Level::SociallyInnovative => bi("Sociaal innovatief", "Socially innovative"),
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

    /// The role's name in both languages.
    pub fn label(self) -> Bilingual {
        match self {
            Role::Employee => bi("Medewerker", "Employee"),
            Role::Manager => bi("Teamleider of manager", "Team lead or manager"),
            Role::Director => bi("Directie of bestuur", "Director or board"),
            Role::Other => bi("Anders", "Other"),
            Role::RatherNotSay => bi("Zeg ik liever niet", "Rather not say"),
        }
    }
}
