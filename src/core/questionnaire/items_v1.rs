//! Version 1 of the questionnaire: the 30 statements, their keys and themes.
//!
//! This file is published data. Once version 1 is published, its items, their
//! order, ids, keys and texts never change: links and stored scans made with
//! version 1 must keep showing what they showed. A new or better wording is a
//! new version in its own file (`items_v2.rs`), never an edit here.
//!
//! Every statement is written from the model in "Het belang van Sociale
//! Innovatie" (SPRING TODAY's Social Innovation Model), in our own words. The
//! words are in the language files (`STATEMENTS_V1` in `i18n/nl.rs`, the
//! original, and its translations), in this order. `Reverse` items describe
//! the opposite situation, so agreeing with them scores low.

use crate::core::i18n::Statement;
use crate::core::model::{Dimension::*, Key::*, Theme::*};
use crate::core::questionnaire::Item;

/// The items of version 1 in their fixed order.
pub(super) static ITEMS_V1: [Item; 30] = [
    // Purpose: the organisation's higher goal and the person's sense of contributing.
    Item {
        id: "purpose-1",
        dimension: Purpose,
        key: Positive,
        themes: &[Reflection, StimulatingEnvironment],
        text: Statement::V1(0),
    },
    Item {
        id: "purpose-2",
        dimension: Purpose,
        key: Positive,
        themes: &[Reflection],
        text: Statement::V1(1),
    },
    Item {
        id: "purpose-3",
        dimension: Purpose,
        key: Positive,
        themes: &[Criticality],
        text: Statement::V1(2),
    },
    Item {
        id: "purpose-4",
        dimension: Purpose,
        key: Reverse,
        themes: &[StimulatingEnvironment],
        text: Statement::V1(3),
    },
    Item {
        id: "purpose-5",
        dimension: Purpose,
        key: Positive,
        themes: &[FacilitatingLeadership],
        text: Statement::V1(4),
    },
    Item {
        id: "purpose-6",
        dimension: Purpose,
        key: Positive,
        themes: &[Entrepreneurship, Responsibility],
        text: Statement::V1(5),
    },
    // Society: the organisation and its environment.
    Item {
        id: "society-1",
        dimension: Society,
        key: Positive,
        themes: &[Collaboration],
        text: Statement::V1(6),
    },
    Item {
        id: "society-2",
        dimension: Society,
        key: Positive,
        themes: &[Collaboration, Openness],
        text: Statement::V1(7),
    },
    Item {
        id: "society-3",
        dimension: Society,
        key: Reverse,
        themes: &[Openness],
        text: Statement::V1(8),
    },
    Item {
        id: "society-4",
        dimension: Society,
        key: Positive,
        themes: &[Curiosity, LearningCapacity],
        text: Statement::V1(9),
    },
    Item {
        id: "society-5",
        dimension: Society,
        key: Reverse,
        themes: &[Curiosity, Agility],
        text: Statement::V1(10),
    },
    Item {
        id: "society-6",
        dimension: Society,
        key: Positive,
        themes: &[RiskTaking, Entrepreneurship],
        text: Statement::V1(11),
    },
    // Organisation: the internal organisation, as "my organisation".
    Item {
        id: "organisation-1",
        dimension: Organisation,
        key: Reverse,
        themes: &[FacilitatingLeadership],
        text: Statement::V1(12),
    },
    Item {
        id: "organisation-2",
        dimension: Organisation,
        key: Positive,
        themes: &[Entrepreneurship, StimulatingEnvironment],
        text: Statement::V1(13),
    },
    Item {
        id: "organisation-3",
        dimension: Organisation,
        key: Positive,
        themes: &[Responsibility],
        text: Statement::V1(14),
    },
    Item {
        id: "organisation-4",
        dimension: Organisation,
        key: Positive,
        themes: &[FacilitatingLeadership],
        text: Statement::V1(15),
    },
    Item {
        id: "organisation-5",
        dimension: Organisation,
        key: Reverse,
        themes: &[Agility],
        text: Statement::V1(16),
    },
    Item {
        id: "organisation-6",
        dimension: Organisation,
        key: Positive,
        themes: &[Criticality, StimulatingEnvironment],
        text: Statement::V1(17),
    },
    // Team: "my team".
    Item {
        id: "team-1",
        dimension: Team,
        key: Positive,
        themes: &[LearningCapacity, Collaboration],
        text: Statement::V1(18),
    },
    Item {
        id: "team-2",
        dimension: Team,
        key: Positive,
        themes: &[Collaboration, StimulatingEnvironment],
        text: Statement::V1(19),
    },
    Item {
        id: "team-3",
        dimension: Team,
        key: Reverse,
        themes: &[Vulnerability, Criticality],
        text: Statement::V1(20),
    },
    Item {
        id: "team-4",
        dimension: Team,
        key: Positive,
        themes: &[FacilitatingLeadership, Responsibility],
        text: Statement::V1(21),
    },
    Item {
        id: "team-5",
        dimension: Team,
        key: Positive,
        themes: &[RiskTaking, Agility],
        text: Statement::V1(22),
    },
    Item {
        id: "team-6",
        dimension: Team,
        key: Positive,
        themes: &[Reflection, Vulnerability, LearningCapacity],
        text: Statement::V1(23),
    },
    // Individual: "I".
    Item {
        id: "individual-1",
        dimension: Individual,
        key: Positive,
        themes: &[Entrepreneurship, Responsibility],
        text: Statement::V1(24),
    },
    Item {
        id: "individual-2",
        dimension: Individual,
        key: Positive,
        themes: &[RiskTaking, LearningCapacity],
        text: Statement::V1(25),
    },
    Item {
        id: "individual-3",
        dimension: Individual,
        key: Reverse,
        themes: &[Agility, Responsibility],
        text: Statement::V1(26),
    },
    Item {
        id: "individual-4",
        dimension: Individual,
        key: Positive,
        themes: &[Openness, Curiosity],
        text: Statement::V1(27),
    },
    Item {
        id: "individual-5",
        dimension: Individual,
        key: Positive,
        themes: &[Vulnerability, Collaboration],
        text: Statement::V1(28),
    },
    Item {
        id: "individual-6",
        dimension: Individual,
        key: Positive,
        themes: &[LearningCapacity, Responsibility],
        text: Statement::V1(29),
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
