//! Sealed team replies: what a member of a sealed team session sends back,
//! encrypted to that one session, and how the facilitator's app collects
//! them without ever showing one.
//!
//! The encryption is HPKE (RFC 9180) in base mode with the suite
//! DHKEM(X25519, HKDF-SHA256), HKDF-SHA256 and ChaCha20-Poly1305, from the
//! `hpke` crate; nothing here is cryptography of our own. Sealing is
//! `crate::seal_to`, which the app's wasm runs in the on-demand share module
//! instead (a [`SealRequest`]'s input in, its reply code out). Randomness comes
//! from outside as seeds (the browser edge takes them from the platform's
//! CSPRNG, `crypto.getRandomValues`), so this module stays pure and its tests
//! deterministic.
//!
//! A reply is `#s=CODE`: 111 base64url characters of 83 bytes.
//!
//! | bytes | field |
//! |---|---|
//! | 1 | format, 1 |
//! | 4 | the session id (also bound into the encryption as associated data) |
//! | 32 | the HPKE encapsulated key (the sender's ephemeral X25519 public key) |
//! | 27 + 16 | the sealed content and its Poly1305 tag |
//! | 3 | CRC-24/OpenPGP over everything before it |
//!
//! The sealed content is the reply id (8 random bytes, the same for every
//! reply of one member to one session, so a later reply replaces an earlier
//! one), when the scan was finished (4 bytes, seconds since 1970) and the
//! member's result code (15 bytes: format, questionnaire version, role and
//! the 30 answers, exactly as in a result link). The check tells damage on
//! the way (a changed character) from a reply encrypted to another key.
//!
//! A reply is read only in its one spelling (its exact length, no stray bits
//! in the last character). A later format keeps the frame of format 1, and
//! this is how its reply is told from a damaged one: the code is the one
//! base64url spelling of bytes whose first is the format number (above 1)
//! and whose last three are the CRC-24/OpenPGP of the bytes before them.
//! Only such a code reads as [`ReplyError::Newer`], whatever its length; a
//! changed, lower-cased or swapped first character is damage.
//!
//! Over 400 lines on purpose: the reply format, its encryption and the
//! `Collection` that alone opens replies are one privacy boundary, read as one.

use std::collections::BTreeMap;

use hpke::{Deserializable, Kem as _, OpModeR, Serializable};
use thiserror::Error;

use crate::core::i18n::Text;
use crate::core::links::codec::{
    crc24, ends_in_crc24, from_base64url, from_base64url_exact, percent_decode, to_base64url,
};
use crate::core::links::invite::TeamId;
use crate::core::links::link_reader::{self, LinkKind, Reading};
use crate::core::links::share::{self, SharedResult};
use crate::core::questionnaire::Questionnaire;
use crate::core::scan::answers::AnswerSheet;
use crate::core::team::Member;
use crate::seal_to::{seal_framed, seal_input, Aead, Kdf, Kem, INFO};

/// The fragment parameter of a sealed reply: `#s=CODE`.
pub const REPLY_KEY: &str = LinkKind::Reply.key();

/// The reply format this version writes.
const REPLY_FORMAT: u8 = 1;

/// Bytes of the result code inside the sealed content.
const RESULT_BYTES: usize = share::CODE_LENGTH * 6 / 8;

/// Bytes of the sealed content: reply id, finished time, result code.
const CONTENT_BYTES: usize = 8 + 4 + RESULT_BYTES;

/// Bytes of the header that is bound into the encryption: format and session id.
const HEADER_BYTES: usize = 1 + 4;

/// Bytes of the encapsulated key.
const ENCAPPED_BYTES: usize = 32;

/// Bytes of the Poly1305 tag.
const TAG_BYTES: usize = 16;

/// Bytes of the CRC-24 at the end.
const CHECK_BYTES: usize = 3;

/// Bytes of a whole reply.
pub const REPLY_BYTES: usize =
    HEADER_BYTES + ENCAPPED_BYTES + CONTENT_BYTES + TAG_BYTES + CHECK_BYTES;

/// Characters of a reply code: 83 bytes in base64url without padding.
pub const REPLY_CODE_LENGTH: usize = (REPLY_BYTES * 8).div_ceil(6);

/// A session's public key (32 bytes, X25519) that replies can be sealed
/// to: a session's own ([`public_key_of`]), or an invite's once checked
/// ([`check_key`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PublicKey(pub [u8; 32]);

/// A session's public key as an invite carries it, before anyone has asked
/// whether replies can be sealed to it: [`check_key`] answers, and in the
/// app's wasm the on-demand share module (`web::share_module::check_key`).
/// Only a checked key starts a sealed scan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct UncheckedKey(pub [u8; 32]);

impl From<PublicKey> for UncheckedKey {
    /// A session's own key, for its invite.
    fn from(key: PublicKey) -> Self {
        Self(key.0)
    }
}

/// A session's private key: only in the facilitator's browser, until the
/// team profile is opened.
#[derive(Clone, PartialEq, Eq)]
pub struct SecretKey(pub [u8; 32]);

impl std::fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // A key never goes into a log or a panic message.
        f.write_str("SecretKey(…)")
    }
}

/// A member's reply id: random, kept per session in the member's browser.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ReplyId(pub u64);

/// A new key pair for a session, from 32 random bytes (RFC 9180's
/// DeriveKeyPair).
pub fn session_keys(seed: [u8; 32]) -> (SecretKey, PublicKey) {
    let (secret, public) = Kem::derive_keypair(&seed);
    (
        SecretKey(secret.to_bytes().into()),
        PublicKey(public.to_bytes().into()),
    )
}

/// The public key that belongs to a private key.
pub fn public_key_of(secret: &SecretKey) -> Option<PublicKey> {
    let secret = <Kem as hpke::Kem>::PrivateKey::from_bytes(&secret.0).ok()?;
    Some(PublicKey(Kem::sk_to_pk(&secret).to_bytes().into()))
}

/// What a reply holds once opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReplyContent {
    /// The member's reply id for this session.
    pub reply: ReplyId,
    /// When the scan was finished, in seconds since 1970 (orders replies of
    /// the same member: the latest counts).
    pub finished: u32,
    /// The member's questionnaire version, role and answers.
    pub result: SharedResult,
}

/// Why a text could not be read or opened as a sealed reply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum ReplyError {
    /// The code is cut off, extended or changed on its way: its length,
    /// spelling or check is wrong.
    #[error("the team reply is damaged or incomplete")]
    Damaged,
    /// Made by a newer version of the app.
    #[error("the team reply was made by a newer version of the scan")]
    Newer,
    /// A reply to another team session.
    #[error("the team reply belongs to another team session")]
    OtherSession,
    /// The session id is this session's, but it was not encrypted to this
    /// session's key (or was changed after encryption with a new check).
    #[error("the team reply was not encrypted to this session's key")]
    OtherKey,
    /// It opened, but what it holds is not a valid result.
    #[error("the team reply holds no valid result")]
    Invalid,
}

impl ReplyError {
    /// What the session page says about replies refused for this reason.
    pub fn text(self) -> Text {
        match self {
            ReplyError::Damaged => Text::ReplyDamaged,
            ReplyError::Newer => Text::ReplyNewer,
            ReplyError::OtherSession => Text::ReplyOtherSession,
            ReplyError::OtherKey => Text::ReplyOtherKey,
            ReplyError::Invalid => Text::ReplyInvalid,
        }
    }
}

/// A reply whose spelling, length and check are right, not yet opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SealedReply {
    /// The session it was made for.
    pub team: TeamId,
    /// The code it was read from (its one spelling).
    pub code: String,
    bytes: Vec<u8>,
}

/// Why a reply could not be sealed: the public key is one no reply can be
/// sealed to (a low-order point, such as all zeros, which X25519 turns into
/// an all-zero shared secret; HPKE refuses it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
#[error("no reply can be sealed to this public key")]
pub struct UnusableKey;

/// An invite's key as a key replies can be sealed to, or `None` when none
/// can be (a low-order point, such as all zeros): one X25519 operation.
pub fn check_key(key: UncheckedKey) -> Option<PublicKey> {
    let (key, probe) = key_check(key);
    seal_framed(probe.input()).map(|_| key)
}

/// What checks an invite's key: the key as it is once checked, and a probe
/// to seal to it, which succeeds exactly when replies can be sealed to it.
/// [`check_key`] seals it in place; the app's wasm asks the share module.
pub fn key_check(key: UncheckedKey) -> (PublicKey, SealRequest) {
    let key = PublicKey(key.0);
    let probe = SealRequest::new(TeamId(0), &key, &usability_probe(), [1; 32]);
    (key, probe)
}

/// The content sealed to test a key ([`check_key`]): any content does.
pub fn usability_probe() -> ReplyContent {
    ReplyContent {
        reply: ReplyId(0),
        finished: 0,
        result: SharedResult {
            questionnaire: Questionnaire::current(),
            role: None,
            answers: AnswerSheet::empty(&Questionnaire::current()),
        },
    }
}

/// The bare code of a reply: `content` sealed to a session's public key.
/// `seed` is 32 random bytes for the encapsulation. The app's wasm seals in
/// the share module instead, through the same [`SealRequest`].
pub fn seal(
    team: TeamId,
    key: &PublicKey,
    content: &ReplyContent,
    seed: [u8; 32],
) -> Result<String, UnusableKey> {
    let request = SealRequest::new(team, key, content, seed);
    let sealed = seal_framed(request.input()).ok_or(UnusableKey)?;
    request.reply_code(&sealed).ok_or(UnusableKey)
}

/// A reply on its way to being sealed: its header, bound into the encryption
/// as associated data, and the input of `seal_to::seal_framed` (key, seed,
/// header and content), which [`seal`] runs in place and the app's share
/// module runs on demand. Both frame the reply the same way.
pub struct SealRequest {
    header: [u8; HEADER_BYTES],
    input: Vec<u8>,
}

impl SealRequest {
    /// The request to seal `content` for the session `team` to `key`.
    pub fn new(team: TeamId, key: &PublicKey, content: &ReplyContent, seed: [u8; 32]) -> Self {
        let mut plaintext = Vec::with_capacity(CONTENT_BYTES);
        plaintext.extend_from_slice(&content.reply.0.to_be_bytes());
        plaintext.extend_from_slice(&content.finished.to_be_bytes());
        plaintext.extend_from_slice(&result_bytes(&content.result));
        let header = header(team);
        let input = seal_input(&key.0, &seed, &header, &plaintext);
        Self { header, input }
    }

    /// What to seal (`seal_to::seal_input`).
    pub fn input(&self) -> &[u8] {
        &self.input
    }

    /// The bare code of the reply from what sealing made of [`Self::input`]:
    /// the encapsulated key, then the ciphertext with its tag. `None` when
    /// `sealed` is not of a reply's length.
    pub fn reply_code(&self, sealed: &[u8]) -> Option<String> {
        if sealed.len() != ENCAPPED_BYTES + CONTENT_BYTES + TAG_BYTES {
            return None;
        }
        let mut bytes = self.header.to_vec();
        bytes.extend_from_slice(sealed);
        let check = crc24(bytes.iter().copied()).to_be_bytes();
        bytes.extend_from_slice(&check[1..]);
        Some(to_base64url(&bytes))
    }
}

/// The fragment of a reply link, `s=CODE`, without the `#`.
pub fn reply_fragment(code: &str) -> String {
    format!("{REPLY_KEY}={code}")
}

fn header(team: TeamId) -> [u8; HEADER_BYTES] {
    let id = team.0.to_be_bytes();
    [REPLY_FORMAT, id[0], id[1], id[2], id[3]]
}

/// The 15 bytes of a result code (120 bits, exactly 20 base64url characters).
fn result_bytes(result: &SharedResult) -> [u8; RESULT_BYTES] {
    let bytes = from_base64url(&share::encode(result)).unwrap_or_default();
    let mut out = [0; RESULT_BYTES];
    out.copy_from_slice(&bytes[..RESULT_BYTES]);
    out
}

/// Reads a reply from pasted text or an address (a bare code, `s=CODE`,
/// `#s=CODE` or a URL holding it) by the one rule of `link_reader`, then
/// [`parse`]s it.
pub fn read_reply(text: &str) -> Result<SealedReply, ReplyError> {
    match link_reader::read(text, LinkKind::Reply) {
        Reading::Code(code) => parse(&code),
        Reading::Empty | Reading::NotALink => Err(ReplyError::Damaged),
    }
}

/// Reads a bare reply code: spelling, length and check, nothing opened.
/// Only the one spelling the app writes is read.
pub fn parse(code: &str) -> Result<SealedReply, ReplyError> {
    let bytes = from_base64url_exact(code).ok_or(ReplyError::Damaged)?;
    let format = *bytes.first().ok_or(ReplyError::Damaged)?;
    // A later format, of any length, is known by its frame (module docs).
    if format > REPLY_FORMAT && ends_in_crc24(&[], &bytes) {
        return Err(ReplyError::Newer);
    }
    if format != REPLY_FORMAT || bytes.len() != REPLY_BYTES || !ends_in_crc24(&[], &bytes) {
        return Err(ReplyError::Damaged);
    }
    let body = &bytes[..REPLY_BYTES - CHECK_BYTES];
    let team = TeamId(u32::from_be_bytes([body[1], body[2], body[3], body[4]]));
    Ok(SealedReply {
        team,
        code: code.to_owned(),
        bytes: body.to_vec(),
    })
}

/// Opens a reply with the session's id and private key.
pub fn open(
    reply: &SealedReply,
    team: TeamId,
    secret: &SecretKey,
) -> Result<ReplyContent, ReplyError> {
    if reply.team != team {
        return Err(ReplyError::OtherSession);
    }
    let (header, rest) = reply.bytes.split_at(HEADER_BYTES);
    let (encapped, ciphertext) = rest.split_at(ENCAPPED_BYTES);
    let secret =
        <Kem as hpke::Kem>::PrivateKey::from_bytes(&secret.0).map_err(|_| ReplyError::OtherKey)?;
    let encapped =
        <Kem as hpke::Kem>::EncappedKey::from_bytes(encapped).map_err(|_| ReplyError::OtherKey)?;
    let plaintext = hpke::single_shot_open::<Aead, Kdf, Kem>(
        &OpModeR::Base,
        &secret,
        &encapped,
        INFO,
        ciphertext,
        header,
    )
    .map_err(|_| ReplyError::OtherKey)?;
    let plaintext: [u8; CONTENT_BYTES] = plaintext.try_into().map_err(|_| ReplyError::Invalid)?;
    let (reply, rest) = plaintext.split_at(8);
    let (finished, result) = rest.split_at(4);
    let result = share::parse_raw(&to_base64url(result))
        .and_then(share::validate)
        .map_err(|_| ReplyError::Invalid)?;
    Ok(ReplyContent {
        reply: ReplyId(u64::from_be_bytes(reply.try_into().unwrap_or_default())),
        finished: u32::from_be_bytes(finished.try_into().unwrap_or_default()),
        result,
    })
}

/// One reply code found in pasted text, with the line it was on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundReply {
    /// The line it was on, counting from 1.
    pub line: usize,
    /// The code as found.
    pub code: String,
}

/// Every reply in a text: after `#s=` (or `%23s%3D`), and bare codes that
/// stand alone as a word of exactly a reply's length. Percent-encoding and
/// line wrapping inside a link are not undone; whole links are found.
pub fn find_replies(text: &str) -> Vec<FoundReply> {
    let mut found = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let line_text = percent_decode(line);
        let mut rest = line_text.as_str();
        let mut marked = false;
        while let Some(at) = rest.find("#s=") {
            let after = &rest[at + 3..];
            let length = after
                .bytes()
                .position(|b| !is_code_byte(b))
                .unwrap_or(after.len());
            found.push(FoundReply {
                line: index + 1,
                code: after[..length].to_owned(),
            });
            marked = true;
            rest = &after[length..];
        }
        if !marked {
            for word in line_text.split(|c: char| !(c.is_ascii() && is_code_byte(c as u8))) {
                if word.len() == REPLY_CODE_LENGTH {
                    found.push(FoundReply {
                        line: index + 1,
                        code: word.to_owned(),
                    });
                }
            }
        }
    }
    found
}

fn is_code_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'-' || byte == b'_'
}

/// What a collecting session opens when text is read: its stored replies
/// first (accepted once, at line 0), then the replies found in `pasted`
/// that are not stored already (the paste box keeps what was read, and
/// reading again must not count a reply twice).
pub fn codes_to_open(stored: &[String], pasted: &str) -> Vec<FoundReply> {
    let mut codes: Vec<FoundReply> = stored
        .iter()
        .map(|code| FoundReply {
            line: 0,
            code: code.clone(),
        })
        .collect();
    codes.extend(
        find_replies(pasted)
            .into_iter()
            .filter(|found| !stored.contains(&found.code)),
    );
    codes
}

/// How many result links (`#r=`) a text holds: in a sealed session they are
/// not replies, and the collection says so instead of reading them.
pub fn count_result_links(text: &str) -> usize {
    text.lines()
        .map(|line| percent_decode(line).matches("#r=").count())
        .sum()
}

/// A reply that could not be counted, with why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Refused {
    /// The line of the pasted text it was on (0 for stored replies).
    pub line: usize,
    /// Why.
    pub error: ReplyError,
}

/// What reading one code did to a [`Collection`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Added {
    /// A member's first reply: one more counts.
    Counted,
    /// Another reply of a member already counted: the later of the two
    /// counts (counted under `replaced`).
    Replaced,
    /// The same reply again (the same member and the same scan).
    Duplicate,
    /// Not counted, with why.
    Refused(ReplyError),
}

/// The replies of one session, opened in memory: the latest reply of each
/// member, and counts of everything else. The UI shows counts only; the
/// content is taken out by [`Collection::into_members`] for
/// `storage::team_sessions::open_profile` alone (and by tests).
#[derive(Clone, Default)]
pub struct Collection {
    latest: BTreeMap<ReplyId, (u32, String, SharedResult)>,
    /// The same reply found again (the same member and the same scan).
    pub duplicates: usize,
    /// Earlier replies of a member, replaced by a later one.
    pub replaced: usize,
    /// Replies that could not be read or opened, with the reason.
    pub refused: Vec<Refused>,
    /// Result links pasted where replies were asked for.
    pub result_links: usize,
}

impl std::fmt::Debug for Collection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Counts only: a collection's content never goes into a log or a
        // panic message.
        f.debug_struct("Collection")
            .field("received", &self.received())
            .field("duplicates", &self.duplicates)
            .field("replaced", &self.replaced)
            .field("refused", &self.refused)
            .field("result_links", &self.result_links)
            .finish()
    }
}

impl Collection {
    /// An empty collection.
    pub fn new() -> Collection {
        Collection::default()
    }

    /// Reads and opens one code; `line` is where it was found. Returns what
    /// it did to the collection (the camera says so per code).
    pub fn add(&mut self, team: TeamId, secret: &SecretKey, code: &str, line: usize) -> Added {
        match parse(code).and_then(|sealed| open(&sealed, team, secret)) {
            Ok(content) => self.accept(content, code),
            Err(error) => {
                self.refused.push(Refused { line, error });
                Added::Refused(error)
            }
        }
    }

    /// Reads every reply in pasted text.
    pub fn add_text(&mut self, team: TeamId, secret: &SecretKey, text: &str) {
        self.result_links += count_result_links(text);
        for found in find_replies(text) {
            let _ = self.add(team, secret, &found.code, found.line);
        }
    }

    fn accept(&mut self, content: ReplyContent, code: &str) -> Added {
        match self.latest.get(&content.reply) {
            // The same scan again (sealed anew, or the same code).
            Some((finished, _, result))
                if *finished == content.finished && *result == content.result =>
            {
                self.duplicates += 1;
                Added::Duplicate
            }
            Some((finished, _, _)) if *finished > content.finished => {
                self.replaced += 1;
                Added::Replaced
            }
            Some(_) => {
                self.replaced += 1;
                self.latest.insert(
                    content.reply,
                    (content.finished, code.to_owned(), content.result),
                );
                Added::Replaced
            }
            None => {
                self.latest.insert(
                    content.reply,
                    (content.finished, code.to_owned(), content.result),
                );
                Added::Counted
            }
        }
    }

    /// How many members' replies count: one per reply id.
    pub fn received(&self) -> usize {
        self.latest.len()
    }

    /// How many refused replies had each reason, in the order of
    /// [`ReplyError`]'s variants, leaving out reasons with none.
    pub fn refused_by_reason(&self) -> Vec<(ReplyError, usize)> {
        [
            ReplyError::Damaged,
            ReplyError::Newer,
            ReplyError::OtherSession,
            ReplyError::OtherKey,
            ReplyError::Invalid,
        ]
        .into_iter()
        .map(|reason| {
            let count = self.refused.iter().filter(|r| r.error == reason).count();
            (reason, count)
        })
        .filter(|(_, count)| *count > 0)
        .collect()
    }

    /// The codes to keep in storage: the latest reply of each member, still
    /// sealed.
    pub fn codes(&self) -> Vec<String> {
        self.latest
            .values()
            .map(|(_, code, _)| code.clone())
            .collect()
    }

    /// The members for the team profile: taken out only to open it.
    pub fn into_members(self) -> Vec<Member> {
        self.latest
            .into_values()
            .map(|(_, _, result)| Member {
                questionnaire: result.questionnaire,
                answers: result.answers,
                role: result.role,
            })
            .collect()
    }
}
