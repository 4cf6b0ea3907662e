//! Version 1 of the questionnaire: the 30 statements, their keys and themes.
//!
//! This file is published data. Once version 1 is published, its items, their
//! order, ids, keys and texts never change: links and stored scans made with
//! version 1 must keep showing what they showed. A new or better wording is a
//! new version in its own file (`items_v2.rs`), never an edit here.
//!
//! Every statement is written from the model in "Het belang van Sociale
//! Innovatie" (SPRING TODAY's Social Innovation Model), in our own words. The
//! Dutch text is the original; the English says the same thing. `Reverse`
//! items describe the opposite situation, so agreeing with them scores low.

use super::model::{bi, Dimension::*, Key::*, Theme::*};
use super::questionnaire::{Item, ITEM_COUNT};

/// The items of version 1 in their fixed order.
pub(super) static ITEMS_V1: [Item; ITEM_COUNT] = [
    // Purpose: the organisation's higher goal and the person's sense of contributing.
    Item {
        id: "purpose-1",
        dimension: Purpose,
        key: Positive,
        themes: &[Reflection, StimulatingEnvironment],
        text: bi(
            "In mijn organisatie praten we regelmatig over wat ons werk bijdraagt aan de samenleving.",
            "In my organisation we talk regularly about what our work contributes to society.",
        ),
    },
    Item {
        id: "purpose-2",
        dimension: Purpose,
        key: Positive,
        themes: &[Reflection],
        text: bi(
            "Ik sta er geregeld bij stil wat mijn werk voor anderen betekent.",
            "I often stop to think about what my work means to other people.",
        ),
    },
    Item {
        id: "purpose-3",
        dimension: Purpose,
        key: Positive,
        themes: &[Criticality],
        text: bi(
            "Als een plan weinig bijdraagt aan ons hogere doel, zeggen collega's dat hardop.",
            "When a plan does little for our higher purpose, colleagues say so openly.",
        ),
    },
    Item {
        id: "purpose-4",
        dimension: Purpose,
        key: Reverse,
        themes: &[StimulatingEnvironment],
        text: bi(
            "Van het hogere doel van mijn organisatie merk ik weinig in mijn dagelijkse werk.",
            "In my day-to-day work I see little of my organisation's higher purpose.",
        ),
    },
    Item {
        id: "purpose-5",
        dimension: Purpose,
        key: Positive,
        themes: &[FacilitatingLeadership],
        text: bi(
            "De leiding van mijn organisatie legt uit hoe besluiten passen bij ons hogere doel.",
            "The leadership of my organisation explains how decisions fit our higher purpose.",
        ),
    },
    Item {
        id: "purpose-6",
        dimension: Purpose,
        key: Positive,
        themes: &[Entrepreneurship, Responsibility],
        text: bi(
            "Ik kom zelf met ideeën om meer te betekenen voor de mensen voor wie we werken.",
            "I come up with my own ideas to do more for the people we work for.",
        ),
    },
    // Society: the organisation and its environment.
    Item {
        id: "society-1",
        dimension: Society,
        key: Positive,
        themes: &[Collaboration],
        text: bi(
            "Als een vraagstuk verder reikt dan ons eigen werk, zoekt onze organisatie daarvoor partners van buiten.",
            "When an issue reaches beyond our own work, our organisation looks for outside partners to take it on.",
        ),
    },
    Item {
        id: "society-2",
        dimension: Society,
        key: Positive,
        themes: &[Collaboration, Openness],
        text: bi(
            "De mensen voor wie we werken, denken vanaf het begin mee over nieuwe plannen.",
            "The people we work for help shape new plans right from the start.",
        ),
    },
    Item {
        id: "society-3",
        dimension: Society,
        key: Reverse,
        themes: &[Openness],
        text: bi(
            "Onze organisatie bedenkt nieuwe plannen het liefst binnenskamers.",
            "Our organisation prefers to work out new plans behind closed doors.",
        ),
    },
    Item {
        id: "society-4",
        dimension: Society,
        key: Positive,
        themes: &[Curiosity, LearningCapacity],
        text: bi(
            "Onze organisatie haalt bewust ideeën van buiten binnen, bijvoorbeeld door bij anderen te gaan kijken.",
            "Our organisation deliberately brings in ideas from outside, for instance by visiting others.",
        ),
    },
    Item {
        id: "society-5",
        dimension: Society,
        key: Reverse,
        themes: &[Curiosity, Agility],
        text: bi(
            "Onze organisatie merkt ontwikkelingen in de samenleving pas op als die ons werk direct raken.",
            "Our organisation only picks up on changes in society once they directly affect our work.",
        ),
    },
    Item {
        id: "society-6",
        dimension: Society,
        key: Positive,
        themes: &[RiskTaking, Entrepreneurship],
        text: bi(
            "Onze organisatie durft nieuwe vormen van samenwerking uit te proberen, ook als de uitkomst onzeker is.",
            "Our organisation dares to try new kinds of partnership, even when the outcome is uncertain.",
        ),
    },
    // Organisation: the internal organisation, as "my organisation".
    Item {
        id: "organisation-1",
        dimension: Organisation,
        key: Reverse,
        themes: &[FacilitatingLeadership],
        text: bi(
            "In mijn organisatie komen de meeste besluiten van bovenaf.",
            "In my organisation, most decisions are handed down from the top.",
        ),
    },
    Item {
        id: "organisation-2",
        dimension: Organisation,
        key: Positive,
        themes: &[Entrepreneurship, StimulatingEnvironment],
        text: bi(
            "In mijn organisatie kan een idee van de werkvloer uitgroeien tot een nieuwe werkwijze.",
            "In my organisation, an idea from the front line can grow into a new way of working.",
        ),
    },
    Item {
        id: "organisation-3",
        dimension: Organisation,
        key: Positive,
        themes: &[Responsibility],
        text: bi(
            "Mijn organisatie verwacht dat medewerkers binnen hun eigen werk zelf beslissingen nemen.",
            "My organisation expects employees to make their own decisions about their work.",
        ),
    },
    Item {
        id: "organisation-4",
        dimension: Organisation,
        key: Positive,
        themes: &[FacilitatingLeadership],
        text: bi(
            "Leidinggevenden in mijn organisatie halen obstakels weg, zodat medewerkers hun werk goed kunnen doen.",
            "Managers in my organisation clear obstacles out of the way so that staff can do their work well.",
        ),
    },
    Item {
        id: "organisation-5",
        dimension: Organisation,
        key: Reverse,
        themes: &[Agility],
        text: bi(
            "In mijn organisatie moet zelfs een kleine verandering langs meerdere lagen voor goedkeuring.",
            "In my organisation, even a small change has to be approved by several layers.",
        ),
    },
    Item {
        id: "organisation-6",
        dimension: Organisation,
        key: Positive,
        themes: &[Criticality, StimulatingEnvironment],
        text: bi(
            "In mijn organisatie kun je kritische vragen stellen aan de directie zonder dat het je wordt aangerekend.",
            "In my organisation you can put critical questions to senior management without it being held against you.",
        ),
    },
    // Team: "my team".
    Item {
        id: "team-1",
        dimension: Team,
        key: Positive,
        themes: &[LearningCapacity, Collaboration],
        text: bi(
            "In mijn team delen we nieuwe kennis snel met elkaar.",
            "In my team we are quick to pass new knowledge on to each other.",
        ),
    },
    Item {
        id: "team-2",
        dimension: Team,
        key: Positive,
        themes: &[Collaboration, StimulatingEnvironment],
        text: bi(
            "In mijn team verdelen we het werk zo dat ieders sterke punten worden benut.",
            "In my team we divide the work so that everyone's strengths are put to good use.",
        ),
    },
    Item {
        id: "team-3",
        dimension: Team,
        key: Reverse,
        themes: &[Vulnerability, Criticality],
        text: bi(
            "In mijn team houden mensen hun twijfels liever voor zich.",
            "In my team, people tend to keep their doubts to themselves.",
        ),
    },
    Item {
        id: "team-4",
        dimension: Team,
        key: Positive,
        themes: &[FacilitatingLeadership, Responsibility],
        text: bi(
            "Mijn leidinggevende laat mijn team zelf bepalen hoe we het werk aanpakken.",
            "My manager leaves it to my team to decide how we go about the work.",
        ),
    },
    Item {
        id: "team-5",
        dimension: Team,
        key: Positive,
        themes: &[RiskTaking, Agility],
        text: bi(
            "In mijn team proberen we nieuwe werkwijzen uit, ook als die kunnen mislukken.",
            "In my team we try out new ways of working, even when they might fail.",
        ),
    },
    Item {
        id: "team-6",
        dimension: Team,
        key: Positive,
        themes: &[Reflection, Vulnerability, LearningCapacity],
        text: bi(
            "In mijn team bespreken we openlijk wat er misging, zonder iemand de schuld te geven.",
            "In my team we talk openly about what went wrong, without blaming anyone.",
        ),
    },
    // Individual: "I".
    Item {
        id: "individual-1",
        dimension: Individual,
        key: Positive,
        themes: &[Entrepreneurship, Responsibility],
        text: bi(
            "Als ik zie dat iets beter kan, neem ik zelf het initiatief.",
            "When I see that something could be done better, I take the initiative myself.",
        ),
    },
    Item {
        id: "individual-2",
        dimension: Individual,
        key: Positive,
        themes: &[RiskTaking, LearningCapacity],
        text: bi(
            "Ik kies bewust taken die buiten mijn comfortzone liggen.",
            "I deliberately take on tasks that lie outside my comfort zone.",
        ),
    },
    Item {
        id: "individual-3",
        dimension: Individual,
        key: Reverse,
        themes: &[Agility, Responsibility],
        text: bi(
            "Bij veranderingen wacht ik meestal af tot iemand zegt wat ik moet doen.",
            "When things change, I usually wait for someone to tell me what to do.",
        ),
    },
    Item {
        id: "individual-4",
        dimension: Individual,
        key: Positive,
        themes: &[Openness, Curiosity],
        text: bi(
            "Bij een idee dat ingaat tegen hoe ik het altijd doe, luister ik eerst nieuwsgierig.",
            "When an idea goes against how I have always done things, I first listen with curiosity.",
        ),
    },
    Item {
        id: "individual-5",
        dimension: Individual,
        key: Positive,
        themes: &[Vulnerability, Collaboration],
        text: bi(
            "Als ik ergens vastloop, vraag ik collega's om hulp.",
            "When I get stuck on something, I ask colleagues for help.",
        ),
    },
    Item {
        id: "individual-6",
        dimension: Individual,
        key: Positive,
        themes: &[LearningCapacity, Responsibility],
        text: bi(
            "Ik werk er zelf aan dat ik mijn werk over vijf jaar nog goed kan doen.",
            "I actively work on being able to do my job well five years from now.",
        ),
    },
];

// Theme coverage (every theme needs at least 3 items; 51 tags in all):
//
// | theme                  | count | items                                                              |
// |------------------------|-------|--------------------------------------------------------------------|
// | Entrepreneurship       | 4     | purpose-6, society-6, organisation-2, individual-1                 |
// | Collaboration          | 5     | society-1, society-2, team-1, team-2, individual-5                 |
// | Reflection             | 3     | purpose-1, purpose-2, team-6                                       |
// | LearningCapacity       | 5     | society-4, team-1, team-6, individual-2, individual-6              |
// | RiskTaking             | 3     | society-6, team-5, individual-2                                    |
// | Vulnerability          | 3     | team-3, team-6, individual-5                                       |
// | Criticality            | 3     | purpose-3, organisation-6, team-3                                  |
// | Curiosity              | 3     | society-4, society-5, individual-4                                 |
// | Openness               | 3     | society-2, society-3, individual-4                                 |
// | Agility                | 4     | society-5, organisation-5, team-5, individual-3                    |
// | Responsibility         | 6     | purpose-6, organisation-3, team-4, individual-1, -3, -6            |
// | StimulatingEnvironment | 5     | purpose-1, purpose-4, organisation-2, organisation-6, team-2       |
// | FacilitatingLeadership | 4     | purpose-5, organisation-1, organisation-4, team-4                  |
//
// Reverse-keyed items: purpose-4; society-3, society-5; organisation-1,
// organisation-5; team-3; individual-3.
