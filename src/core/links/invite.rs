//! Team sessions without a server: the invite link a facilitator sends and
//! the team id a member's result link carries.
//!
//! - An invite is `#i=CODE`: a base64url byte string of format version,
//!   team id, minimum group size and the team label, with a CRC-24. Format 2
//!   (a sealed session, the only kind the app now creates) also carries the
//!   session's public key, and the label's length; format 1 (an open
//!   session) keeps reading forever.
//!
//!   An invite is read only in its one spelling: the code is the base64url
//!   of its bytes exactly (no stray bits in the last character), and the
//!   bytes hold one invite and nothing after it. Format 2 gives the label's
//!   length, so bytes after it are damage. Format 1 runs the label up to the
//!   check, whose CRC has no final XOR: a format 1 invite with zero bytes
//!   appended (one `A` added to its code) has a check that fits again, with
//!   the first check byte as one more label byte ("Team ABC" would open as
//!   "Team ABCl"). So a format 1 invite is read as the shortest invite its
//!   bytes begin with, followed by zero bytes only: an added `A` opens the
//!   same invite, never another. The price, paid so that no published
//!   invite is ever refused: a format 1 invite whose last label byte happens
//!   to equal the first byte of the check of the invite without it (1 in
//!   256) is byte for byte such an invite, and opens with its label one
//!   character short; its session and minimum group size are the same.
//!   Format 1 is no longer written.
//!
//!   A later format keeps the frame of formats 1 and 2, and this is how its
//!   invite is told from a damaged one: the code is the one base64url
//!   spelling of bytes whose first is the format number (above 2) and
//!   whose last three are the CRC-24/OpenPGP of the bytes before them. Only
//!   such a code reads as [`InviteError::Newer`]; a changed, lower-cased or
//!   swapped first character gives a code whose check does not fit:
//!   damaged.
//! - A member's result link is an ordinary result link plus the team id:
//!   `#r=RESULT&t=TEAM`. `TEAM` is 8 base64url characters: a 32-bit id and a
//!   16-bit check, so every single-character change of it is caught. Result
//!   links without `t=` still read as before.

use thiserror::Error;

use crate::core::i18n::Text;
use crate::core::links::codec::{
    crc16, crc24, ends_in_crc24, from_base64url, from_base64url_exact, to_base64url,
};
use crate::core::links::link_reader::{self, LinkKind, Reading};
use crate::core::links::share::{self, SharedResult};
use crate::core::team::clamp_min_group;
use crate::core::team::sealed::UncheckedKey;

/// The fragment parameter of an invite: `#i=CODE`.
pub const INVITE_KEY: &str = LinkKind::Invite.key();

/// The fragment parameter of the team id in a member's result link: `&t=TEAM`.
pub const TEAM_KEY: &str = "t";

/// The longest team label, in characters; longer labels are cut.
pub const MAX_LABEL_CHARS: usize = 80;

/// The format of an open session's invite (read, no longer written by the app).
const OPEN_INVITE: u8 = 1;

/// The format of a sealed session's invite, the newest this version knows.
const SEALED_INVITE: u8 = 2;

/// A team session's id, random per session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TeamId(pub u32);

/// A team session as its invite carries it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invite {
    /// The session's id.
    pub team: TeamId,
    /// The minimum group size for showing aggregates.
    pub min_group: usize,
    /// The facilitator's label, plain text (never markup), at most [`MAX_LABEL_CHARS`].
    pub label: String,
    /// The session's public key: `Some` for a sealed session, whose members
    /// send back an encrypted reply; `None` for an open session of an
    /// earlier version, whose members send back their result link. As read,
    /// it is unchecked: the invite page asks whether replies can be sealed
    /// to it (`sealed::check_key`) before anyone can start.
    pub key: Option<UncheckedKey>,
}

/// Why an invite could not be read.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum InviteError {
    /// Not an invite, or cut off or changed on its way.
    #[error("the team invite is damaged")]
    Damaged,
    /// Made by a newer version of the app.
    #[error("the team invite was made by a newer version")]
    Newer,
    /// Its settings are out of range (minimum group size, label length).
    #[error("the team invite has settings out of range")]
    OutOfRange,
}

impl InviteError {
    /// What the page says about the error.
    pub fn text(&self) -> Text {
        match self {
            InviteError::Damaged => Text::InviteBroken,
            InviteError::Newer => Text::InviteNewer,
            InviteError::OutOfRange => Text::InviteOutOfRange,
        }
    }
}

/// Trims a label and cuts it to [`MAX_LABEL_CHARS`] characters; the second
/// value says whether it was cut. The cut is trimmed again, so a label that
/// went through once comes back the same (found by fuzzing: a cut at a space
/// left a trailing space that the next load removed).
pub fn limit_label(label: &str) -> (String, bool) {
    let trimmed = label.trim();
    let cut = trimmed.chars().count() > MAX_LABEL_CHARS;
    let kept: String = trimmed.chars().take(MAX_LABEL_CHARS).collect();
    (kept.trim_end().to_owned(), cut)
}

/// The invite code (without `i=`). The label is cut and the minimum group
/// size clamped first, so every written invite reads back. An invite with a
/// key is written in format 2, one without in format 1 (kept for the tests
/// of links made by earlier versions).
pub fn encode_invite(invite: &Invite) -> String {
    let (label, _) = limit_label(&invite.label);
    let mut bytes = vec![if invite.key.is_some() {
        SEALED_INVITE
    } else {
        OPEN_INVITE
    }];
    bytes.extend_from_slice(&invite.team.0.to_be_bytes());
    bytes.push(clamp_min_group(invite.min_group) as u8);
    if let Some(key) = invite.key {
        bytes.extend_from_slice(&key.0);
        // At most 80 characters of at most 4 bytes: two bytes of length.
        bytes.extend_from_slice(&(label.len() as u16).to_be_bytes());
    }
    bytes.extend_from_slice(label.as_bytes());
    let crc = crc24(bytes.iter().copied());
    bytes.extend_from_slice(&crc.to_be_bytes()[1..]);
    to_base64url(&bytes)
}

/// Reads an invite from a bare code, `i=CODE`, `#i=CODE` or a URL holding
/// it, by the one rule of `link_reader`.
pub fn decode_invite(text: &str) -> Result<Invite, InviteError> {
    match link_reader::read(text, LinkKind::Invite) {
        Reading::Code(code) => parse_invite(&code),
        Reading::Empty | Reading::NotALink => Err(InviteError::Damaged),
    }
}

/// The smallest invite: format, team id, minimum and check.
const MIN_INVITE_BYTES: usize = 1 + 4 + 1 + 3;

/// Reads a bare invite code.
fn parse_invite(code: &str) -> Result<Invite, InviteError> {
    // One spelling: any other (stray bits in the last character) is damage.
    let bytes = from_base64url_exact(code).ok_or(InviteError::Damaged)?;
    let format = *bytes.first().ok_or(InviteError::Damaged)?;
    if format > SEALED_INVITE {
        // Only a code in the frame every format keeps is a later one's.
        return Err(if ends_in_crc24(&[], &bytes) {
            InviteError::Newer
        } else {
            InviteError::Damaged
        });
    }
    if format < OPEN_INVITE || bytes.len() < MIN_INVITE_BYTES || !ends_in_crc24(&[], &bytes) {
        return Err(InviteError::Damaged);
    }
    let bytes = if format == OPEN_INVITE {
        shortest_invite(&bytes)
    } else {
        &bytes[..]
    };
    let body = &bytes[..bytes.len() - 3];
    let team = TeamId(u32::from_be_bytes([body[1], body[2], body[3], body[4]]));
    let min_group = usize::from(body[5]);
    let (key, label) = if format == SEALED_INVITE {
        // The label's length leaves no room for bytes after it.
        let rest = &body[6..];
        let (key, rest) = rest.split_at_checked(32).ok_or(InviteError::Damaged)?;
        let (length, label) = rest.split_at_checked(2).ok_or(InviteError::Damaged)?;
        if usize::from(u16::from_be_bytes([length[0], length[1]])) != label.len() {
            return Err(InviteError::Damaged);
        }
        let mut public = [0; 32];
        public.copy_from_slice(key);
        (Some(UncheckedKey(public)), label)
    } else {
        (None, &body[6..])
    };
    let label = String::from_utf8(label.to_vec()).map_err(|_| InviteError::Damaged)?;
    if clamp_min_group(min_group) != min_group || label.chars().count() > MAX_LABEL_CHARS {
        return Err(InviteError::OutOfRange);
    }
    // The app writes trimmed labels; a crafted one is read as the app would
    // have written it, so every invite reads back the same after writing.
    let (label, _) = limit_label(&label);
    Ok(Invite {
        team,
        min_group,
        label,
        key,
    })
}

/// The shortest format 1 invite that `bytes` begin with, followed by zero
/// bytes only: `bytes` themselves when there is none (see the module docs).
fn shortest_invite(bytes: &[u8]) -> &[u8] {
    let mut shortest = bytes;
    let mut end = bytes.len();
    while end > MIN_INVITE_BYTES && bytes[end - 1] == 0 {
        end -= 1;
        if ends_in_crc24(&[], &bytes[..end]) {
            shortest = &bytes[..end];
        }
    }
    shortest
}

/// The team id as it appears in a member's result link: 8 characters.
pub fn encode_team_id(team: TeamId) -> String {
    let id = team.0.to_be_bytes();
    let mut bytes = id.to_vec();
    bytes.extend_from_slice(&crc16(&id).to_be_bytes());
    to_base64url(&bytes)
}

/// Reads a team id; `None` when it is not 8 valid characters with a right check.
pub fn decode_team_id(text: &str) -> Option<TeamId> {
    let bytes = from_base64url(text)?;
    let (id, check) = bytes.split_at_checked(4)?;
    (bytes.len() == 6 && crc16(id).to_be_bytes() == check)
        .then(|| TeamId(u32::from_be_bytes([id[0], id[1], id[2], id[3]])))
}

/// The fragment of a member's result link: `r=RESULT` and, in a team session, `&t=TEAM`.
pub fn member_fragment(result: &SharedResult, team: Option<TeamId>) -> String {
    match team {
        Some(team) => format!(
            "{}&{TEAM_KEY}={}",
            share::fragment(result),
            encode_team_id(team)
        ),
        None => share::fragment(result),
    }
}
