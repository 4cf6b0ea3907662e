//! The team rounds a facilitator keeps in this browser ("My team profiles",
//! `team::rounds`), in a versioned format.
//!
//! A round's answer counts are stored as the code of its team link, a
//! format that never changes, so a stored round reads as its link does. The
//! role groups are a flat list beside the rounds (no stored record nests
//! deeper than three levels), each with its round's id, its size and its
//! mean per dimension. Nothing about any one member is stored.

use crate::core::links::team::{decode_aggregate, encode_aggregate};
use crate::core::model::{Dimension, Role};
use crate::core::scan::actions::Day;
use crate::core::storage::json;
use crate::core::storage::json::writer::Writer;
use crate::core::storage::records::{LoadError, Loaded};
use crate::core::storage::session::{list_at_start, ListAtStart, Read};
use crate::core::team::rounds::{team_name, RoleRound, Round, MAX_ROUNDS};

/// The key of the team rounds in localStorage.
pub const ROUNDS_KEY: &str = "sis:team-rounds";

/// The rounds format this version writes.
pub const ROUNDS_VERSION: u32 = 1;

/// Writes the rounds in the current format, oldest kept first:
/// `{"version":1,"rounds":[{"id":1764460800000,"team":"Zorg","day":"2026-11-30","code":"B…","by_role":true}],
/// "roles":[{"round":1764460800000,"role":"employee","n":6,"purpose":6250,"society":null,…}]}`.
/// `by_role` says whether the roles were known (a round from a team link
/// has none); a role's means are keyed by dimension id, in hundredths of a
/// point (0 to 10000, whole numbers: no float is written or parsed), `null`
/// when the group had too few scores for it.
pub fn encode_rounds(rounds: &[Round]) -> String {
    let mut json = Writer::compact();
    json.begin_object();
    json.key("version");
    json.uint(ROUNDS_VERSION.into());
    json.key("rounds");
    json.begin_array();
    for round in rounds {
        json.begin_object();
        json.key("id");
        json.int(round.id);
        json.key("team");
        json.str(&round.team);
        json.key("day");
        json.str(&round.day.iso());
        json.key("code");
        json.str(&encode_aggregate(&round.aggregate));
        json.key("by_role");
        json.bool(round.roles.is_some());
        json.end_object();
    }
    json.end_array();
    json.key("roles");
    json.begin_array();
    for round in rounds {
        for role in round.roles.iter().flatten() {
            json.begin_object();
            json.key("round");
            json.int(round.id);
            json.key("role");
            json.str(role.role.id());
            json.key("n");
            json.uint(role.n as u64);
            for &(dimension, mean) in &role.means {
                json.key(dimension.id());
                json.int_or_null(mean.map(|mean| (mean * 100.0).round() as i64));
            }
            json.end_object();
        }
    }
    json.end_array();
    json.end_object();
    json.finish()
}

/// Reads one stored round; `None` for one this version cannot read (a team
/// code that does not read, a day that is no day, an empty name), which is
/// dropped rather than failing every round.
fn read_round(value: &json::Value<'_>) -> Result<Option<Round>, json::Error> {
    let record = json::Record::of(value, &["id", "team", "day", "code", "by_role"])?;
    let id = record.required("id")?.int()?;
    let team = team_name(&record.required("team")?.str()?);
    let day = Day::parse(&record.required("day")?.str()?);
    let aggregate = decode_aggregate(&record.required("code")?.str()?).ok();
    let by_role = match record.required("by_role")? {
        json::Value::Bool(known) => *known,
        _ => return Err("invalid type: expected a boolean"),
    };
    let (Some(day), Some(aggregate), false) = (day, aggregate, team.is_empty()) else {
        return Ok(None);
    };
    Ok(Some(Round {
        id,
        team,
        day,
        aggregate,
        roles: by_role.then(Vec::new),
    }))
}

/// Reads one stored role group: its round's id, and the group or `None`
/// for one this version cannot read (an unknown role, a mean that is no
/// score).
fn read_role(value: &json::Value<'_>) -> Result<(i64, Option<RoleRound>), json::Error> {
    const NAMES: &[&str] = &[
        "round",
        "role",
        "n",
        "purpose",
        "society",
        "organisation",
        "team",
        "individual",
    ];
    let record = json::Record::of(value, NAMES)?;
    let round = record.required("round")?.int()?;
    let role = Role::from_id(&record.required("role")?.str()?);
    let n: usize = record.required("n")?.int()?;
    let mut means = Vec::new();
    for dimension in Dimension::ALL {
        let Some(value) = record.optional(dimension.id())? else {
            continue;
        };
        let mean = match value.non_null() {
            None => None,
            Some(hundredths) => match hundredths.int::<i64>() {
                Ok(hundredths) if (0..=10_000).contains(&hundredths) => {
                    Some(hundredths as f64 / 100.0)
                }
                Ok(_) => return Ok((round, None)),
                Err(error) => return Err(error),
            },
        };
        means.push((dimension, mean));
    }
    Ok((round, role.map(|role| RoleRound { role, n, means })))
}

/// Reads stored rounds. Rounds and role groups this version cannot read are
/// dropped and counted, as is a role group of a round that does not know
/// its roles, of no round, or below its round's minimum group size (which
/// no app writes); [`MAX_ROUNDS`] rounds are kept, the last kept.
pub fn decode_rounds(text: &str) -> Result<Loaded<Vec<Round>>, LoadError> {
    crate::core::storage::records::probe_version(text, ROUNDS_VERSION)?;
    let malformed = |error: json::Error| LoadError::Malformed(error.to_owned());
    let value = json::parse(text).map_err(malformed)?;
    let record = json::Record::of(&value, &["version", "rounds", "roles"]).map_err(malformed)?;
    let list = |name| match record.required(name) {
        Ok(json::Value::Array(items)) => Ok(items),
        Ok(_) => Err(malformed("invalid type: expected a sequence")),
        Err(error) => Err(malformed(error)),
    };
    let mut dropped = 0;
    let mut rounds: Vec<Round> = Vec::new();
    for item in list("rounds")? {
        match read_round(item).map_err(malformed)? {
            Some(round) if !rounds.iter().any(|kept| kept.id == round.id) => rounds.push(round),
            _ => dropped += 1,
        }
    }
    for item in list("roles")? {
        let (id, role) = read_role(item).map_err(malformed)?;
        let round = rounds.iter_mut().find(|round| round.id == id);
        match (round, role) {
            (Some(round), Some(role)) if role.n >= round.aggregate.min_group => {
                match round.roles.as_mut() {
                    Some(roles) if !roles.iter().any(|kept| kept.role == role.role) => {
                        roles.push(role)
                    }
                    _ => dropped += 1,
                }
            }
            _ => dropped += 1,
        }
    }
    if rounds.len() > MAX_ROUNDS {
        dropped += rounds.len() - MAX_ROUNDS;
        rounds.drain(..rounds.len() - MAX_ROUNDS);
    }
    Ok(Loaded {
        value: rounds,
        dropped,
    })
}

/// Decides the start from what reading [`ROUNDS_KEY`] gave, as for every
/// list ([`list_at_start`]).
pub fn rounds_at_start(read: Read) -> ListAtStart<Round> {
    list_at_start(read, decode_rounds)
}
