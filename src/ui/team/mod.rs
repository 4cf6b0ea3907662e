//! Teams: a member's invite page and sealed reply ([`member`], in every
//! visitor's app), the facilitator's set-up ([`setup`]),
//! both stored team lists in memory ([`store`]), a sealed session's pages
//! ([`session`]) with its camera for replies by QR code ([`scanner`]), the
//! result links of older, open sessions ([`view`]), a team's profile and
//! shared team links ([`profile`]), the rounds a facilitator keeps, "My team
//! profiles" ([`rounds`]), and the workshop view of a team profile
//! ([`workshop`]).

pub(crate) mod member;
pub(crate) mod profile;
pub(crate) mod rounds;
pub(crate) mod scanner;
pub(crate) mod session;
pub(crate) mod setup;
pub(crate) mod store;
pub(crate) mod view;
pub(crate) mod workshop;
