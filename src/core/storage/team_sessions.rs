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
//! Both are versioned JSON formats (serde_json; the full app only), loaded
//! in two steps like the other stored records: text to a record, then the
//! valid entries, with a count of those dropped.
//!
//! Over 400 lines on purpose: both sides' records share their loading and
//! merging rules, and the one opening stays next to the records it deletes.

use serde::{Deserialize, Serialize};

use crate::core::links::codec::{from_base64url, to_base64url};
use crate::core::links::invite::{limit_label, Invite, TeamId};
use crate::core::links::team::encode_aggregate;
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
                key: Some(crate::core::team::sealed::public_key_of(secret)?),
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

#[derive(Serialize, Deserialize)]
struct SessionsRecord {
    version: u32,
    sessions: Vec<SessionRecord>,
}

#[derive(Serialize, Deserialize)]
struct SessionRecord {
    id: u32,
    label: String,
    min: usize,
    created: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    secret: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    replies: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    opened: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    n: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    aggregate: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    json: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    csv: Option<String>,
}

#[derive(Serialize, Deserialize)]
struct MembershipsRecord {
    version: u32,
    sessions: Vec<MembershipRecord>,
}

#[derive(Serialize, Deserialize)]
struct MembershipRecord {
    id: u32,
    key: String,
    min: usize,
    reply: String,
}

fn bytes_of<const N: usize>(text: &str) -> Option<[u8; N]> {
    let bytes = from_base64url(text)?;
    (to_base64url(&bytes) == text).then_some(())?;
    bytes.try_into().ok()
}

/// Writes the facilitator's sessions.
pub fn encode_sessions(sessions: &[HostedSession]) -> String {
    let record = SessionsRecord {
        version: TEAM_STORE_VERSION,
        sessions: sessions
            .iter()
            .map(|session| {
                let mut record = SessionRecord {
                    id: session.team.0,
                    label: session.label.clone(),
                    min: session.min_group,
                    created: session.created,
                    secret: None,
                    replies: None,
                    opened: None,
                    n: None,
                    aggregate: None,
                    json: None,
                    csv: None,
                };
                match &session.state {
                    HostedState::Collecting { secret, replies } => {
                        record.secret = Some(to_base64url(&secret.0));
                        record.replies = Some(replies.clone());
                    }
                    HostedState::Opened {
                        opened,
                        n,
                        aggregate,
                        exports,
                    } => {
                        record.opened = Some(*opened);
                        record.n = Some(*n);
                        record.aggregate = Some(aggregate.clone());
                        record.json = exports.as_ref().map(|e| e.json.clone());
                        record.csv = exports.as_ref().map(|e| e.csv.clone());
                    }
                }
                record
            })
            .collect(),
    };
    serde_json::to_string(&record).unwrap_or_default()
}

/// Reads the facilitator's sessions; an entry that is not valid is dropped.
pub fn decode_sessions(text: &str) -> Result<Loaded<Vec<HostedSession>>, LoadError> {
    probe_version(text, TEAM_STORE_VERSION)?;
    let record: SessionsRecord =
        serde_json::from_str(text).map_err(|e| LoadError::Malformed(e.to_string()))?;
    let total = record.sessions.len();
    let value: Vec<HostedSession> = record
        .sessions
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
    let record = MembershipsRecord {
        version: TEAM_STORE_VERSION,
        sessions: memberships
            .iter()
            .map(|m| MembershipRecord {
                id: m.team.0,
                key: to_base64url(&m.key.0),
                min: m.min_group,
                reply: to_base64url(&m.reply.0.to_be_bytes()),
            })
            .collect(),
    };
    serde_json::to_string(&record).unwrap_or_default()
}

/// Reads the member's sealed sessions; an entry that is not valid is dropped.
pub fn decode_memberships(text: &str) -> Result<Loaded<Vec<Membership>>, LoadError> {
    probe_version(text, TEAM_STORE_VERSION)?;
    let record: MembershipsRecord =
        serde_json::from_str(text).map_err(|e| LoadError::Malformed(e.to_string()))?;
    let total = record.sessions.len();
    let value: Vec<Membership> = record
        .sessions
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

/// The membership for a sealed invite: the one kept for this session and
/// key (so a second scan replaces the first), or a new one with `reply`.
/// The list is updated and cut to [`MAX_SESSIONS`].
pub fn join(
    memberships: &mut Vec<Membership>,
    invite: &Invite,
    reply: ReplyId,
) -> Option<Membership> {
    let key = invite.key?;
    if let Some(known) = memberships
        .iter()
        .find(|m| m.team == invite.team && m.key == key)
    {
        return Some(*known);
    }
    let membership = Membership {
        team: invite.team,
        key,
        min_group: invite.min_group,
        reply,
    };
    memberships.retain(|m| m.team != invite.team);
    memberships.push(membership);
    let excess = memberships.len().saturating_sub(MAX_SESSIONS);
    memberships.drain(..excess);
    Some(membership)
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
