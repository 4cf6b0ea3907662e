//! The result-link codec: a finished scan as a short code in a URL fragment,
//! `https://host/path/#r=CODE`.
//!
//! The code carries the answers (not the scores, which follow from them), the
//! questionnaire version, the optional role and a check. Reading goes in two
//! steps with typed errors, like ripgrep's raw and validated arguments: text
//! to a [`RawCode`] ([`find_code`], then [`parse_raw`]: characters, length,
//! format and check), then a [`RawCode`] to a [`SharedResult`] ([`validate`]:
//! what the fields mean).
//!
//! # Format 1
//!
//! In a link, "don't know" and "no answer" are the same state, because
//! neither gives a score; so an item has six states, 1-5 or none, and the
//! thirty answers are one number below 6^30. Format 1 carries only
//! questionnaires of thirty items (version 1); a version of another size
//! needs a later format. The information floor is
//! log2(6^30) = 30 × 2.585 = 77.55 bits, so 78 bits (13 characters of six
//! bits). Together with the rest the code is 120 bits, 20 base64url
//! characters (`A-Z a-z 0-9 - _`, no padding), most significant bits first:
//!
//! | bits | width | field                                                       |
//! |------|-------|-------------------------------------------------------------|
//! | 0    | 6     | format version, 1: the first character is always `B`        |
//! | 6    | 4     | questionnaire version, 1-15                                 |
//! | 10   | 3     | role: 0 none, 1-5 a role (see below)                        |
//! | 13   | 78    | answers: base 6, item 1 most significant; 0 none, 1-5 scale |
//! | 91   | 5     | reserved, always zero                                       |
//! | 96   | 24    | check: CRC-24/OpenPGP of the 96 bits above (12 bytes)       |
//!
//! 6 + 4 + 3 + 78 + 5 + 24 = 120 bits = 20 × 6 bits = 20 characters. The
//! roles are numbered 1 employee, 2 manager, 3 director, 4 other, 5 rather
//! not say; 6 and 7 are unused.
//!
//! The check fills the last four characters exactly. Changing one character
//! changes at most six adjacent bits, and swapping two neighbours at most
//! twelve; a CRC of degree 24 detects every error burst of up to 24 bits, so
//! every such typo fails the check. A published format never changes: a new
//! layout gets a new first character, and every older one keeps decoding
//! (`tests/data/links-v1.json`).
//!
//! # One spelling
//!
//! Format 1 fills all 120 bits, and every field is read back, so each
//! result has exactly one code; [`parse_raw`] also checks that the code it
//! read is the one [`RawCode::to_code`] writes, as every link format does.
//!
//! # Later formats
//!
//! A later format keeps the frame of format 1, and this is how a code of one
//! is told from a damaged code: its first character is its format number
//! above 1 (`C` for 2, `D` for 3, …), it is at least 20 characters long,
//! and its characters are the one base64url spelling of bytes whose last
//! three are the CRC-24/OpenPGP of the bytes before them (format 1: of its
//! first twelve). Only such a code reads as [`LinkError::NewerVersion`]; a
//! code whose first character was changed, lower-cased or swapped is
//! damaged, since its check no longer fits.
//!
//! Over 400 lines on purpose: one published format, whose layout and two-step
//! reader belong together; a later format goes into a file of its own.

use thiserror::Error;

use crate::core::i18n::Text;
use crate::core::links::codec::{
    byte_value, crc24, ends_in_crc24, from_base64url_exact, symbol_value, ALPHABET,
};
use crate::core::links::link_reader::{self, LinkKind, Reading};
use crate::core::model::Role;
use crate::core::questionnaire::{Questionnaire, PUBLISHED};
use crate::core::scan::answers::{Answer, AnswerSheet, Likert};

/// The fragment parameter that holds the code: the fragment is `#r=CODE`.
pub const FRAGMENT_KEY: &str = LinkKind::Result.key();

/// The number of characters of a format 1 code.
pub const CODE_LENGTH: usize = 20;

/// The format this version writes, and the value of the first character.
const FORMAT_VERSION: u8 = 1;

/// Bits per base64url character.
const SYMBOL_BITS: u32 = 6;

// The widths of the fields in code order, as the table in the module docs
// gives them.
const FORMAT_BITS: u32 = 6;
const QUESTIONNAIRE_BITS: u32 = 4;
const ROLE_BITS: u32 = 3;
const ANSWER_BITS: u32 = 78;
const RESERVED_BITS: u32 = 5;
const CHECK_BITS: u32 = 24;

/// The bits before the check, which the check covers.
const PAYLOAD_BITS: u32 =
    FORMAT_BITS + QUESTIONNAIRE_BITS + ROLE_BITS + ANSWER_BITS + RESERVED_BITS;

/// The items of a questionnaire format 1 can carry: the thirty of version 1.
const FORMAT_ITEMS: usize = 30;

/// The states of one item in a link: none, or a scale point 1-5.
const ITEM_STATES: u128 = 6;

/// The number of different answer sets, 6^30; the answer field is below it.
const ANSWER_SETS: u128 = ITEM_STATES.pow(FORMAT_ITEMS as u32);

/// The items whose answers form one group of digits when a code is read.
const GROUP_ITEMS: usize = 10;

/// The number of answer sets of one group of items: 6^10, below 2^26.
const GROUP_SETS: u64 = 6u64.pow(GROUP_ITEMS as u32);

const _: () = assert!(GROUP_ITEMS * 3 == FORMAT_ITEMS && GROUP_SETS < 1 << 26);

/// Splits an answer number below 6^30 into three numbers below 6^10, the
/// most significant first, by long division of its 32-bit limbs.
fn answer_groups(number: u128) -> [u32; 3] {
    // The number is below 2^78, so three limbs hold it.
    let mut limbs = [(number >> 64) as u32, (number >> 32) as u32, number as u32];
    let mut groups = [0u32; 3];
    for group in groups.iter_mut().rev() {
        let mut remainder = 0u64;
        for limb in &mut limbs {
            // The remainder is below 2^26, so this is below 2^58 and the
            // quotient fits in 32 bits.
            let current = (remainder << 32) | u64::from(*limb);
            *limb = (current / GROUP_SETS) as u32;
            remainder = current % GROUP_SETS;
        }
        *group = remainder as u32;
    }
    groups
}

// The layout fills the code exactly, the check covers whole bytes, and the
// fields are wide enough for what they hold.
const _: () = assert!(PAYLOAD_BITS + CHECK_BITS == CODE_LENGTH as u32 * SYMBOL_BITS);
const _: () = assert!(PAYLOAD_BITS.is_multiple_of(8) && CHECK_BITS.is_multiple_of(SYMBOL_BITS));
const _: () = assert!(ANSWER_SETS <= 1 << ANSWER_BITS && ANSWER_SETS > 1 << (ANSWER_BITS - 1));
const _: () = assert!(Role::ALL.len() < 1 << ROLE_BITS);
const _: () = assert!((FORMAT_VERSION as usize) < ALPHABET.len());
const _: () = {
    // Every published questionnaire version fits in its field (0 is never used).
    let mut index = 0;
    while index < PUBLISHED.len() {
        let version = PUBLISHED[index].version;
        assert!(version >= 1 && version < 1 << QUESTIONNAIRE_BITS);
        // Format 1 is the only result-link format, so every published version
        // must have its thirty items: a version of another size needs a
        // later format first (ARCHITECTURE.md, "Add a questionnaire version").
        assert!(PUBLISHED[index].items.len() == FORMAT_ITEMS);
        index += 1;
    }
};

/// A finished scan as a link carries it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SharedResult {
    /// The questionnaire version the answers belong to.
    pub questionnaire: Questionnaire,
    /// The respondent's role, if given.
    pub role: Option<Role>,
    /// The answers; a decoded link has no "don't know", only `None`.
    pub answers: AnswerSheet,
}

/// Why a text could not be read as a result link.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum LinkError {
    /// Nothing was given, or only whitespace.
    #[error("no result link was given")]
    Empty,
    /// The text is clearly not a result link: a URL or fragment without
    /// `r=`, markup, or text far longer than any link.
    #[error("the text is not a result link")]
    NotAResultLink,
    /// The code is shorter than a code of its format, or missing after `r=`:
    /// the link was cut off.
    #[error("the result link is incomplete")]
    Incomplete,
    /// The code is longer than a code of its format: something was added.
    #[error("the result link is too long")]
    TooLong,
    /// The code holds a character outside the base64url alphabet.
    #[error("the result link contains a character that does not belong in it")]
    InvalidCharacter,
    /// The check fails, a field holds a value no app writes, or the first
    /// character is not `B` and the code is not one of a later format: a
    /// character was changed.
    #[error("the result link is damaged")]
    Damaged,
    /// A code of a later format than this app knows (see "Later formats").
    #[error("the result link was made by a newer version of the scan")]
    NewerVersion,
    /// The code uses a questionnaire version above the newest this app knows.
    #[error("the result link uses questionnaire version {0}, unknown to this app")]
    UnknownQuestionnaire(u16),
}

impl LinkError {
    /// What the page says about the error.
    pub fn text(&self) -> Text {
        match self {
            LinkError::Empty => Text::LinkEmpty,
            LinkError::NotAResultLink => Text::LinkNotOurs,
            LinkError::Incomplete => Text::LinkIncomplete,
            LinkError::TooLong => Text::LinkTooLong,
            LinkError::InvalidCharacter => Text::LinkInvalidCharacter,
            LinkError::Damaged => Text::LinkDamaged,
            LinkError::NewerVersion | LinkError::UnknownQuestionnaire(_) => Text::LinkNewer,
        }
    }

    /// A stable name of the error, a hook for browser tests.
    pub fn id(&self) -> &'static str {
        match self {
            LinkError::Empty => "empty",
            LinkError::NotAResultLink => "not-a-result-link",
            LinkError::Incomplete => "incomplete",
            LinkError::TooLong => "too-long",
            LinkError::InvalidCharacter => "invalid-character",
            LinkError::Damaged => "damaged",
            LinkError::NewerVersion | LinkError::UnknownQuestionnaire(_) => "newer-version",
        }
    }
}

/// A code whose characters, length, format and check are right, split into
/// its fields but not yet given meaning.
///
/// Fields wider than their place in the code are cut to its width by
/// [`RawCode::to_code`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RawCode {
    /// The questionnaire version number (4 bits).
    pub questionnaire: u16,
    /// 0 for no role; 1 employee, 2 manager, 3 director, 4 other, 5 rather
    /// not say (3 bits).
    pub role: u8,
    /// The answers as one base-6 number, item 1 most significant (78 bits).
    pub answers: u128,
    /// Bits kept for later use; format 1 writes zero (5 bits).
    pub reserved: u8,
}

impl RawCode {
    /// The fields of a result. "Don't know" is written as no answer. A
    /// questionnaire version that does not fit in four bits or that does not
    /// have format 1's thirty items (never a published one) is written as
    /// 0, which no app accepts.
    pub fn from_result(result: &SharedResult) -> RawCode {
        let version = result.questionnaire.version;
        let fits = result.questionnaire.item_count() == FORMAT_ITEMS
            && result.answers.item_count() == FORMAT_ITEMS;
        let questionnaire = if fits && version < 1 << QUESTIONNAIRE_BITS {
            version
        } else {
            0
        };
        let role = result.role.map_or(0, role_number);
        let answers = result
            .answers
            .as_slice()
            .iter()
            .fold(0u128, |number, answer| {
                let state = match answer {
                    Some(Answer::Scale(likert)) => u128::from(likert.value()),
                    Some(Answer::DontKnow) | None => 0,
                };
                number * ITEM_STATES + state
            });
        RawCode {
            questionnaire,
            role,
            answers,
            reserved: 0,
        }
    }

    /// The code of these fields in the current format, check included.
    pub fn to_code(&self) -> String {
        let fields = [
            (u128::from(FORMAT_VERSION), FORMAT_BITS),
            (u128::from(self.questionnaire), QUESTIONNAIRE_BITS),
            (u128::from(self.role), ROLE_BITS),
            (self.answers, ANSWER_BITS),
            (u128::from(self.reserved), RESERVED_BITS),
        ];
        let payload = fields.iter().fold(0u128, |bits, &(value, width)| {
            (bits << width) | (value & mask(width))
        });
        let bits = (payload << CHECK_BITS) | u128::from(check(payload));
        (0..CODE_LENGTH)
            .rev()
            .map(|position| {
                let value = (bits >> (position as u32 * SYMBOL_BITS)) & mask(SYMBOL_BITS);
                char::from(ALPHABET[value as usize])
            })
            .collect()
    }
}

/// The number of a role in a code. Written out rather than derived from the
/// order of [`Role::ALL`], so that reordering the offered roles cannot change
/// what published links mean.
fn role_number(role: Role) -> u8 {
    match role {
        Role::Employee => 1,
        Role::Manager => 2,
        Role::Director => 3,
        Role::Other => 4,
        Role::RatherNotSay => 5,
    }
}

/// The role with a number from a code, `None` for a number no role has.
fn role_of_number(number: u8) -> Option<Role> {
    Role::ALL
        .into_iter()
        .find(|role| role_number(*role) == number)
}

/// The lowest `width` bits set.
const fn mask(width: u32) -> u128 {
    (1 << width) - 1
}

/// CRC-24/OpenPGP of the payload's twelve bytes.
fn check(payload: u128) -> u32 {
    let bytes = payload.to_be_bytes();
    let skip = bytes.len() - (PAYLOAD_BITS / 8) as usize;
    crc24(bytes[skip..].iter().copied())
}

/// The bare code of a result.
pub fn encode(result: &SharedResult) -> String {
    RawCode::from_result(result).to_code()
}

/// The URL fragment of a result, `r=CODE`, without the `#`.
pub fn fragment(result: &SharedResult) -> String {
    format!("{FRAGMENT_KEY}={}", encode(result))
}

/// Reads a result from pasted text: [`find_code`], [`parse_raw`], [`validate`].
pub fn decode(text: &str) -> Result<SharedResult, LinkError> {
    decode_code(&find_code(text)?)
}

/// Reads a bare code as the app writes and stores it, nothing around it:
/// [`parse_raw`], [`validate`]. (Stored history holds such codes; reading
/// them so also keeps the first-load app free of the link reader.)
pub fn decode_code(code: &str) -> Result<SharedResult, LinkError> {
    validate(parse_raw(code)?)
}

/// Finds the code in pasted text or an address by the one rule of
/// `link_reader` (a bare code, `r=CODE`, `#r=CODE` or a whole URL; escaped,
/// wrapped, or followed by other parameters or a query). The code itself is
/// not checked here.
pub fn find_code(text: &str) -> Result<String, LinkError> {
    match link_reader::read(text, LinkKind::Result) {
        Reading::Empty => Err(LinkError::Empty),
        Reading::NotALink => Err(LinkError::NotAResultLink),
        Reading::Code(code) if code.is_empty() => Err(LinkError::Incomplete),
        Reading::Code(code) => Ok(code),
    }
}

/// Whether a code is one of a later format (see "Later formats" in the
/// module docs): a format number above 1, at least 20 characters, and the
/// frame every format keeps with a check that fits.
fn is_later_format(format: u8, code: &str) -> bool {
    format > FORMAT_VERSION
        && code.len() >= CODE_LENGTH
        && from_base64url_exact(code).is_some_and(|bytes| ends_in_crc24(&[], &bytes))
}

/// Checks a bare code's characters, length, format and check, and splits it
/// into its fields.
///
/// A code of a later format reads as [`LinkError::NewerVersion`] whatever
/// its length; any other code with a first character other than `B` is
/// damaged.
pub fn parse_raw(code: &str) -> Result<RawCode, LinkError> {
    let first = code.chars().next().ok_or(LinkError::Empty)?;
    let format = symbol_value(first).ok_or(LinkError::InvalidCharacter)?;
    if is_later_format(format, code) {
        return Err(LinkError::NewerVersion);
    }
    let mut bits = 0u128;
    let mut length = 0usize;
    // Code characters are ASCII; any byte of another character is not a
    // symbol, so reading bytes stops at the same place as reading characters.
    for symbol in code.bytes() {
        let value = byte_value(symbol).ok_or(LinkError::InvalidCharacter)?;
        if length < CODE_LENGTH {
            bits = (bits << SYMBOL_BITS) | u128::from(value);
        }
        length += 1;
    }
    if length < CODE_LENGTH {
        return Err(LinkError::Incomplete);
    }
    if length > CODE_LENGTH {
        return Err(LinkError::TooLong);
    }
    // No app ever wrote a format before 1, and a later one has its frame,
    // so another first character is a changed one.
    if format != FORMAT_VERSION {
        return Err(LinkError::Damaged);
    }
    let payload = bits >> CHECK_BITS;
    if u128::from(check(payload)) != bits & mask(CHECK_BITS) {
        return Err(LinkError::Damaged);
    }
    let field =
        |offset: u32, width: u32| (payload >> (PAYLOAD_BITS - offset - width)) & mask(width);
    let mut offset = FORMAT_BITS;
    let mut next = |width: u32| {
        let value = field(offset, width);
        offset += width;
        value
    };
    // Each field is masked to at most 78 bits, so the narrowing casts are exact.
    let raw = RawCode {
        questionnaire: next(QUESTIONNAIRE_BITS) as u16,
        role: next(ROLE_BITS) as u8,
        answers: next(ANSWER_BITS),
        reserved: next(RESERVED_BITS) as u8,
    };
    // One spelling per code (see the module docs).
    if raw.to_code() != code {
        return Err(LinkError::Damaged);
    }
    Ok(raw)
}

/// Gives a raw code's fields their meaning.
///
/// Values that no app writes (a role past the last, an answer number of 6^30
/// or more, reserved bits set) mean the code was changed: only a forged check
/// gets them this far.
pub fn validate(raw: RawCode) -> Result<SharedResult, LinkError> {
    if raw.reserved != 0 || raw.answers >= ANSWER_SETS {
        return Err(LinkError::Damaged);
    }
    let role = match raw.role {
        0 => None,
        number => Some(role_of_number(number).ok_or(LinkError::Damaged)?),
    };
    // Only a version above the newest this app knows is a later one's; an
    // unused one below it (0) was never written.
    let newest = PUBLISHED.iter().map(|q| q.version).max().unwrap_or(0);
    let questionnaire =
        Questionnaire::by_version(raw.questionnaire).ok_or(if raw.questionnaire > newest {
            LinkError::UnknownQuestionnaire(raw.questionnaire)
        } else {
            LinkError::Damaged
        })?;
    if questionnaire.item_count() != FORMAT_ITEMS {
        return Err(LinkError::Damaged);
    }
    let mut answers = AnswerSheet::empty(&questionnaire);
    // The number is read as three groups of ten digits in base 6 with 64-bit
    // division only: a team view reads ten thousand codes, and 128-bit
    // division is slow in wasm.
    for (group, mut number) in answer_groups(raw.answers).into_iter().enumerate() {
        for index in (group * GROUP_ITEMS..(group + 1) * GROUP_ITEMS).rev() {
            // The remainder is below 6, so it fits in a u8.
            let state = (number % ITEM_STATES as u32) as u8;
            number /= ITEM_STATES as u32;
            answers.set(index, Likert::new(state).map(Answer::Scale));
        }
    }
    Ok(SharedResult {
        questionnaire,
        role,
        answers,
    })
}
