//! The stored records of sealed team sessions, on both sides, and the one
//! opening of a session's team profile.
//!
//! - `sis:team-sessions` (the facilitator's browser): each session this
//!   browser created, with its private key and the replies collected so far,
//!   still sealed; after opening only the aggregate team link is left.
//! - `sis:team-replies` (a member's browser): each sealed session this
//!   browser was invited to, with the session's public key and the member's
//!   reply id, so a later reply replaces an earlier one.
//!
//! Both are versioned JSON formats (the full app only), written and read by
//! `storage::json` as serde_json wrote and read them before, and loaded in
//! two steps like the other stored records: text to a record, then the
//! valid entries, with a count of those dropped. A record whose text reads
//! but whose shape is wrong anywhere (a field of another type, a required
//! field missing, a field given twice) is malformed as a whole.
//!
//! Over 400 lines on purpose: both sides' records share their loading and
//! merging rules, and the one opening stays next to the records it deletes.

use crate::core::links::codec::{from_base64url, to_base64url};
use crate::core::links::invite::{limit_label, Invite, TeamId};
use crate::core::links::team::encode_aggregate;
use crate::core::storage::json::writer::Writer;
use crate::core::storage::json::{self, Value};
use crate::core::storage::records::probe_version;
use crate::core::storage::records::{LoadError, Loaded};
use crate::core::team::sealed::{Collection, PublicKey, ReplyId, SecretKey};
use crate::core::team::{analyse, clamp_min_group, Group, TeamAnalysis};

/// The key of the facilitator's sessions.
pub const SESSIONS_KEY: &str = "sis:team-sessions";

/// The key of the member's sealed sessions.
pub const MEMBER_KEY: &str = "sis:team-replies";

/// The format of both records this version writes.
pub const TEAM_STORE_VERSION: u32 = 1;

/// The most sessions kept on either side; the oldest go first.
pub const MAX_SESSIONS: usize = 50;

/// A sealed session in the facilitator's browser.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostedSession {
    /// The session's id.
    pub team: TeamId,
    /// The label, plain text.
    pub label: String,
    /// The minimum group size.
    pub min_group: usize,
    /// When it was created (ms since 1970).
    pub created: i64,
    /// Collecting, or opened.
    pub state: HostedState,
}

/// Where a hosted session is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HostedState {
    /// Replies are being collected; the key and the sealed replies are kept.
    Collecting {
        /// The session's private key.
        secret: SecretKey,
        /// The replies so far, still sealed: the latest of each member.
        replies: Vec<String>,
    },
    /// The team profile was opened; the key and the replies are gone.
    Opened {
        /// When (ms since 1970).
        opened: i64,
        /// How many members it counted.
        n: usize,
        /// The aggregate team link's code (`#g=`), empty when the team was
        /// opened but no aggregate could be shown.
        aggregate: String,
        /// The team's exports as made when it was opened (aggregates only,
        /// as the team view offers them); `None` when none could be made.
        exports: Option<TeamExports>,
    },
}

/// The files a team view offers for download, kept with an opened session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeamExports {
    /// The team JSON export (`sociale-innovatie-scan/team`).
    pub json: String,
    /// The team CSV export, in the language it was opened in.
    pub csv: String,
}

impl HostedSession {
    /// The invite of a session that is collecting; `None` after opening.
    pub fn invite(&self) -> Option<Invite> {
        match &self.state {
            // No key, no invite: a sealed session never yields an open one.
            HostedState::Collecting { secret, .. } => Some(Invite {
                team: self.team,
                min_group: self.min_group,
                label: self.label.clone(),
                key: Some(crate::core::team::sealed::public_key_of(secret)?.into()),
            }),
            HostedState::Opened { .. } => None,
        }
    }
}

/// A sealed session in a member's browser.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Membership {
    /// The session's id.
    pub team: TeamId,
    /// The session's public key.
    pub key: PublicKey,
    /// The session's minimum group size (for the member's texts).
    pub min_group: usize,
    /// This member's reply id for the session.
    pub reply: ReplyId,
}

/// Format version 1 of `sis:team-sessions`, as stored:
/// `{"version":1,"sessions":[…]}`, each session
/// `{"id":…,"label":"…","min":5,"created":…}` and then, while collecting,
/// `"secret"` (base64url of the private key) and `"replies"` (the sealed
/// replies), or once opened `"opened"` (ms since 1970), `"n"`, `"aggregate"`
/// (the team link's code) and, when kept, the exports `"json"` and `"csv"`.
/// Absent and `null` fields read the same.
struct SessionRecord {
    id: u32,
    label: String,
    min: usize,
    created: i64,
    secret: Option<String>,
    replies: Option<Vec<String>>,
    opened: Option<i64>,
    n: Option<usize>,
    aggregate: Option<String>,
    json: Option<String>,
    csv: Option<String>,
}

/// The fields of a session, in the order of the record as serde declared
/// it (a record given as an array lists its fields in this order).
const SESSION_FIELDS: &[&str] = &[
    "id",
    "label",
    "min",
    "created",
    "secret",
    "replies",
    "opened",
    "n",
    "aggregate",
    "json",
    "csv",
];

/// Format version 1 of `sis:team-replies`, as stored:
/// `{"version":1,"sessions":[{"id":…,"key":"…","min":5,"reply":"…"}]}`, the
/// session's public key and the member's reply id in base64url.
struct MembershipRecord {
    id: u32,
    key: String,
    min: usize,
    reply: String,
}

/// The fields of a membership, in declaration order.
const MEMBERSHIP_FIELDS: &[&str] = &["id", "key", "min", "reply"];

/// The entries of a record of either side, `{"version":1,"sessions":[…]}`,
/// each read by `read`.
fn read_entries<T>(
    text: &str,
    read: impl Fn(&json::Record) -> Result<T, json::Error>,
    fields: &'static [&'static str],
) -> Result<Vec<T>, LoadError> {
    let malformed = |error: json::Error| LoadError::Malformed(error.to_owned());
    let value = json::parse(text).map_err(malformed)?;
    let record = json::Record::of(&value, &["version", "sessions"]).map_err(malformed)?;
    let read_all = || {
        record.required("version")?.int::<u32>()?;
        let Value::Array(entries) = record.required("sessions")? else {
            return Err("invalid type: expected a sequence");
        };
        entries
            .iter()
            .map(|entry| read(&json::Record::of(entry, fields)?))
            .collect()
    };
    read_all().map_err(malformed)
}

/// A string field that may be absent or `null`.
fn optional_str(record: &json::Record, name: &str) -> Result<Option<String>, json::Error> {
    record
        .optional(name)?
        .and_then(Value::non_null)
        .map(Value::str)
        .transpose()
}

/// An integer field that may be absent or `null`.
fn optional_int<T: TryFrom<i64> + TryFrom<u64>>(
    record: &json::Record,
    name: &str,
) -> Result<Option<T>, json::Error> {
    record
        .optional(name)?
        .and_then(Value::non_null)
        .map(Value::int)
        .transpose()
}

impl SessionRecord {
    fn read(record: &json::Record) -> Result<SessionRecord, json::Error> {
        Ok(SessionRecord {
            id: record.required("id")?.int()?,
            label: record.required("label")?.str()?,
            min: record.required("min")?.int()?,
            created: record.required("created")?.int()?,
            secret: optional_str(record, "secret")?,
            replies: match record.optional("replies")?.and_then(Value::non_null) {
                None => None,
                Some(Value::Array(replies)) => {
                    Some(replies.iter().map(Value::str).collect::<Result<_, _>>()?)
                }
                Some(_) => return Err("invalid type: expected a sequence"),
            },
            opened: optional_int(record, "opened")?,
            n: optional_int(record, "n")?,
            aggregate: optional_str(record, "aggregate")?,
            json: optional_str(record, "json")?,
            csv: optional_str(record, "csv")?,
        })
    }

    /// Writes the session as an object of the record.
    fn write(session: &HostedSession, json: &mut Writer) {
        json.begin_object();
        json.key("id");
        json.uint(session.team.0.into());
        json.key("label");
        json.str(&session.label);
        json.key("min");
        json.uint(session.min_group as u64);
        json.key("created");
        json.int(session.created);
        match &session.state {
            HostedState::Collecting { secret, replies } => {
                json.key("secret");
                json.str(&to_base64url(&secret.0));
                json.key("replies");
                json.begin_array();
                for reply in replies {
                    json.str(reply);
                }
                json.end_array();
            }
            HostedState::Opened {
                opened,
                n,
                aggregate,
                exports,
            } => {
                json.key("opened");
                json.int(*opened);
                json.key("n");
                json.uint(*n as u64);
                json.key("aggregate");
                json.str(aggregate);
                if let Some(exports) = exports {
                    json.key("json");
                    json.str(&exports.json);
                    json.key("csv");
                    json.str(&exports.csv);
                }
            }
        }
        json.end_object();
    }
}

impl MembershipRecord {
    fn read(record: &json::Record) -> Result<MembershipRecord, json::Error> {
        Ok(MembershipRecord {
            id: record.required("id")?.int()?,
            key: record.required("key")?.str()?,
            min: record.required("min")?.int()?,
            reply: record.required("reply")?.str()?,
        })
    }
}

/// Writes a record of either side, each entry by `write`.
fn write_entries<T>(entries: &[T], write: impl Fn(&T, &mut Writer)) -> String {
    let mut json = Writer::compact();
    json.begin_object();
    json.key("version");
    json.uint(TEAM_STORE_VERSION.into());
    json.key("sessions");
    json.begin_array();
    for entry in entries {
        write(entry, &mut json);
    }
    json.end_array();
    json.end_object();
    json.finish()
}

fn bytes_of<const N: usize>(text: &str) -> Option<[u8; N]> {
    let bytes = from_base64url(text)?;
    (to_base64url(&bytes) == text).then_some(())?;
    bytes.try_into().ok()
}

/// Writes the facilitator's sessions.
pub fn encode_sessions(sessions: &[HostedSession]) -> String {
    write_entries(sessions, SessionRecord::write)
}

/// Reads the facilitator's sessions; an entry that is not valid is dropped.
pub fn decode_sessions(text: &str) -> Result<Loaded<Vec<HostedSession>>, LoadError> {
    probe_version(text, TEAM_STORE_VERSION)?;
    let records = read_entries(text, SessionRecord::read, SESSION_FIELDS)?;
    let total = records.len();
    let value: Vec<HostedSession> = records
        .into_iter()
        .filter_map(|session| {
            let state = match (session.secret, session.opened) {
                (Some(secret), None) => HostedState::Collecting {
                    secret: SecretKey(bytes_of(&secret)?),
                    replies: session.replies.unwrap_or_default(),
                },
                (None, Some(opened)) => HostedState::Opened {
                    opened,
                    n: session.n.unwrap_or(0),
                    aggregate: session.aggregate.unwrap_or_default(),
                    exports: session
                        .json
                        .zip(session.csv)
                        .map(|(json, csv)| TeamExports { json, csv }),
                },
                _ => return None,
            };
            (clamp_min_group(session.min) == session.min).then_some(())?;
            Some(HostedSession {
                team: TeamId(session.id),
                label: limit_label(&session.label).0,
                min_group: session.min,
                created: session.created,
                state,
            })
        })
        .collect();
    Ok(Loaded {
        dropped: total - value.len(),
        value,
    })
}

/// Writes the member's sealed sessions.
pub fn encode_memberships(memberships: &[Membership]) -> String {
    write_entries(memberships, |m, json| {
        json.begin_object();
        json.key("id");
        json.uint(m.team.0.into());
        json.key("key");
        json.str(&to_base64url(&m.key.0));
        json.key("min");
        json.uint(m.min_group as u64);
        json.key("reply");
        json.str(&to_base64url(&m.reply.0.to_be_bytes()));
        json.end_object();
    })
}

/// Reads the member's sealed sessions; an entry that is not valid is dropped.
pub fn decode_memberships(text: &str) -> Result<Loaded<Vec<Membership>>, LoadError> {
    probe_version(text, TEAM_STORE_VERSION)?;
    let records = read_entries(text, MembershipRecord::read, MEMBERSHIP_FIELDS)?;
    let total = records.len();
    let value: Vec<Membership> = records
        .into_iter()
        .filter_map(|m| {
            (clamp_min_group(m.min) == m.min).then_some(())?;
            Some(Membership {
                team: TeamId(m.id),
                key: PublicKey(bytes_of(&m.key)?),
                min_group: m.min,
                reply: ReplyId(u64::from_be_bytes(bytes_of(&m.reply)?)),
            })
        })
        .collect();
    Ok(Loaded {
        dropped: total - value.len(),
        value,
    })
}

/// The membership for a sealed session: the one kept for its session and
/// key (so a second scan replaces the first), or `new`, which is added. The
/// list is updated and cut to [`MAX_SESSIONS`]. A membership holds a checked
/// key ([`PublicKey`]): an invite's must pass `sealed::check_key` first.
pub fn join(memberships: &mut Vec<Membership>, new: Membership) -> Membership {
    if let Some(known) = memberships
        .iter()
        .find(|m| m.team == new.team && m.key == new.key)
    {
        return *known;
    }
    memberships.retain(|m| m.team != new.team);
    memberships.push(new);
    let excess = memberships.len().saturating_sub(MAX_SESSIONS);
    memberships.drain(..excess);
    new
}

/// Adds a new session to the facilitator's list, cut to [`MAX_SESSIONS`]
/// (the oldest go first).
pub fn host(sessions: &mut Vec<HostedSession>, session: HostedSession) {
    sessions.retain(|s| s.team != session.team);
    sessions.push(session);
    let excess = sessions.len().saturating_sub(MAX_SESSIONS);
    sessions.drain(..excess);
}

/// Merges the sessions another tab stored with those in memory, so that no
/// write brings back what was deleted or loses what the other tab added: an
/// opened session wins over a collecting one (its key and replies stay
/// deleted), the replies of a session collecting on both sides are joined,
/// and a session on one side only is kept. The stored order comes first.
pub fn merge_sessions(stored: Vec<HostedSession>, memory: &[HostedSession]) -> Vec<HostedSession> {
    let mut merged = stored;
    for ours in memory {
        match merged.iter_mut().find(|s| s.team == ours.team) {
            None => merged.push(ours.clone()),
            Some(theirs) => match (&mut theirs.state, &ours.state) {
                (HostedState::Opened { .. }, _) => {}
                (_, HostedState::Opened { .. }) => *theirs = ours.clone(),
                (
                    HostedState::Collecting { replies, .. },
                    HostedState::Collecting {
                        replies: our_replies,
                        ..
                    },
                ) => {
                    for code in our_replies {
                        if !replies.contains(code) {
                            replies.push(code.clone());
                        }
                    }
                }
            },
        }
    }
    let excess = merged.len().saturating_sub(MAX_SESSIONS);
    merged.drain(..excess);
    merged
}

/// Keeps `replies` as the sealed replies of the collecting session `team`;
/// an opened or unknown session is left as it is.
pub fn set_replies(sessions: &mut [HostedSession], team: TeamId, replies: &[String]) {
    for session in sessions.iter_mut().filter(|s| s.team == team) {
        if let HostedState::Collecting { replies: kept, .. } = &mut session.state {
            kept.clear();
            kept.extend_from_slice(replies);
        }
    }
}

/// Puts `session` in the place of the one with its id.
pub fn replace_session(sessions: &mut [HostedSession], session: &HostedSession) {
    for kept in sessions.iter_mut().filter(|s| s.team == session.team) {
        kept.clone_from(session);
    }
}

/// Whether the sessions hold the private key of session `team` (it is
/// still collecting).
pub fn holds_key(sessions: &[HostedSession], team: TeamId) -> bool {
    sessions
        .iter()
        .any(|s| s.team == team && matches!(s.state, HostedState::Collecting { .. }))
}

/// Whether session `team` was opened, as far as `sessions` know.
pub fn is_opened(sessions: &[HostedSession], team: TeamId) -> bool {
    sessions
        .iter()
        .any(|s| s.team == team && matches!(s.state, HostedState::Opened { .. }))
}

/// Session `team` as it stands: opened when storage says so (another tab
/// may have opened it), else as this tab has it, else as stored.
pub fn current_session(
    stored: Option<&[HostedSession]>,
    memory: &[HostedSession],
    team: TeamId,
) -> Option<HostedSession> {
    let find = |sessions: &[HostedSession]| sessions.iter().find(|s| s.team == team).cloned();
    let stored = stored.and_then(find);
    match (stored, find(memory)) {
        (Some(stored), _) if matches!(stored.state, HostedState::Opened { .. }) => Some(stored),
        (_, Some(memory)) => Some(memory),
        (stored, None) => stored,
    }
}

/// Why a session's team profile could not be opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum OpenError {
    /// Fewer replies than the minimum group size.
    #[error("{n} replies, fewer than the minimum of {min}")]
    TooFew {
        /// Replies counted.
        n: usize,
        /// The minimum.
        min: usize,
    },
    /// The session was opened before.
    #[error("the session was opened before")]
    AlreadyOpened,
}

/// Opens a session's team profile, once: the analysis under the privacy
/// rules, and the session as it is kept afterwards, without its key and
/// replies, with only the aggregate team link.
pub fn open_profile(
    session: &HostedSession,
    collection: Collection,
    now: i64,
) -> Result<(TeamAnalysis, HostedSession), OpenError> {
    if !matches!(session.state, HostedState::Collecting { .. }) {
        return Err(OpenError::AlreadyOpened);
    }
    let min = clamp_min_group(session.min_group);
    let n = collection.received();
    if n < min {
        return Err(OpenError::TooFew { n, min });
    }
    let members = collection.into_members();
    let analysis = analyse(&members, min);
    let aggregate = match &analysis.aggregate {
        Group::Shown(aggregate) => encode_aggregate(aggregate),
        _ => String::new(),
    };
    let opened = HostedSession {
        state: HostedState::Opened {
            opened: now,
            n,
            aggregate,
            exports: None,
        },
        ..session.clone()
    };
    Ok((analysis, opened))
}
