//! The team link, `#g=CODE`: a team's aggregate as a short code.
//!
//! # Format 1
//!
//! A team link is `https://host/path/#g=CODE`. The code is one format
//! character (`B` for format 1) and then the base64url text (`A-Z a-z 0-9 -
//! _`, no padding, unused bits zero) of these bytes:
//!
//! | bytes | field                                                              |
//! |-------|--------------------------------------------------------------------|
//! | 1     | questionnaire version                                              |
//! | 1     | minimum group size, 3-50                                           |
//! | 3     | n, the number of members, big-endian, at most 100,000              |
//! | ⌈5kw/8⌉ | per item in order (k items, 30 in version 1), the counts of answers 1-5, each `w` bits wide, where `w` is the bit length of n; zero bits fill the last byte |
//! | 3     | check: CRC-24/OpenPGP of the format number as a byte and all bytes above |
//!
//! The count of "no answer" (including "don't know") is n minus the other
//! five. A team of 12 needs 4 bits a count and a code of 112 characters; a
//! team of 10,000 needs 14 bits and 363 characters. A change of one
//! character or a swap of two neighbours changes at most 12 adjacent bits,
//! which the 24-bit check always detects; the unused bits must be zero, so
//! every code has one spelling: a code is read only if the aggregate it holds
//! is written back as exactly that code. A published format never changes.
//!
//! A later format keeps this frame, and this is how its code is told from a
//! damaged one: the first character is its format number above 1 (`C` for
//! 2, …), the code is at least as long as the shortest of format 1, and the
//! rest is the one base64url spelling of bytes whose last three are the
//! CRC-24/OpenPGP of the format number as a byte and the bytes before them.
//! Only such a code reads as [`AggregateError::NewerVersion`] (or one of
//! format 1 whose check fits and whose questionnaire is above the newest
//! known); a code whose first character was changed or lower-cased is
//! damaged.

use thiserror::Error;

use crate::core::i18n::Text;
use crate::core::links::codec::{self, ALPHABET};
use crate::core::links::link_reader::{self, LinkKind, Reading};
use crate::core::questionnaire::{Questionnaire, PUBLISHED};
use crate::core::team::aggregate::{TeamAggregate, NO_ANSWER};
use crate::core::team::{MAX_MIN_GROUP, MIN_MIN_GROUP};

/// The fragment parameter that holds a team code: the fragment is `#g=CODE`.
pub const AGGREGATE_FRAGMENT_KEY: &str = LinkKind::TeamLink.key();

/// The most members a team link may count.
pub const MAX_LINK_MEMBERS: usize = 100_000;

/// The format this version writes, and the value of the first character.
const FORMAT: u8 = 1;

/// Bytes before the counts: questionnaire, minimum, and n in three bytes.
const HEADER_BYTES: usize = 5;

/// Bytes of the check.
const CHECK_BYTES: usize = 3;

/// Counts written per item: answers 1-5; "no answer" follows from n.
const WRITTEN_COUNTS: usize = 5;

// Every published questionnaire version fits in its byte (0 is never used),
// and so do the minimum and the largest n.
const _: () = {
    let mut index = 0;
    while index < PUBLISHED.len() {
        assert!(PUBLISHED[index].version >= 1 && PUBLISHED[index].version <= 0xFF);
        index += 1;
    }
    assert!(MAX_MIN_GROUP <= 0xFF && MAX_LINK_MEMBERS < 1 << 24);
};

/// The length of a format 1 code for a team of `n` members (at least 1) on a
/// questionnaire of `items` items.
pub const fn aggregate_code_length(items: usize, n: u32) -> usize {
    let width = count_width(n) as usize;
    let bytes = HEADER_BYTES + (items * WRITTEN_COUNTS * width).div_ceil(8) + CHECK_BYTES;
    1 + (bytes * 8).div_ceil(6)
}

/// The fewest and the most items of a published questionnaire version.
const PUBLISHED_ITEMS: (usize, usize) = {
    let (mut fewest, mut most, mut index) = (usize::MAX, 0, 0);
    while index < PUBLISHED.len() {
        let items = PUBLISHED[index].items.len();
        if items < fewest {
            fewest = items;
        }
        if items > most {
            most = items;
        }
        index += 1;
    }
    (fewest, most)
};

/// The shortest code of format 1, of the smallest team a link can hold on
/// the shortest published questionnaire.
const MIN_CODE_LENGTH: usize = aggregate_code_length(PUBLISHED_ITEMS.0, MIN_MIN_GROUP as u32);

/// The longest code of format 1.
const MAX_CODE_LENGTH: usize = aggregate_code_length(PUBLISHED_ITEMS.1, MAX_LINK_MEMBERS as u32);

/// The bits a count needs in a team of `n`: the bit length of n, at least 1.
const fn count_width(n: u32) -> u32 {
    if n == 0 {
        1
    } else {
        u32::BITS - n.leading_zeros()
    }
}

/// Why a text could not be read as a team link.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum AggregateError {
    /// Nothing was given, or only whitespace.
    #[error("no team link was given")]
    Empty,
    /// The text is not a team link: a URL without `g=`, markup, characters
    /// no code has, or text far longer than any link.
    #[error("the text is not a team link")]
    NotATeamLink,
    /// The code was cut off, extended or changed: its length, spelling or
    /// check is wrong.
    #[error("the team link is damaged")]
    Damaged,
    /// The code names a format or questionnaire newer than this app knows.
    #[error("the team link was made by a newer version of the scan")]
    NewerVersion,
    /// The check is right but the numbers are impossible for a team link.
    #[error("the team link holds numbers no team link can have")]
    OutOfRange,
}

impl AggregateError {
    /// What the page says about the error: a newer version, or a link that
    /// cannot be read.
    pub fn text(self) -> Text {
        match self {
            AggregateError::NewerVersion => Text::TeamLinkNewer,
            _ => Text::TeamLinkBroken,
        }
    }
}

/// The bare code of a team aggregate.
///
/// The aggregate should be one [`aggregate`](crate::core::team::aggregate::aggregate) made or [`decode_aggregate`]
/// read; a code of impossible numbers (counts above n, n above
/// [`MAX_LINK_MEMBERS`]) is written, but no app reads it.
pub fn encode_aggregate(a: &TeamAggregate) -> String {
    let n = u32::try_from(a.n).map_or(0xFF_FFFF, |n| n.min(0xFF_FFFF));
    let mut body = vec![
        u8::try_from(a.questionnaire.version).unwrap_or(0),
        u8::try_from(a.min_group).unwrap_or(u8::MAX),
    ];
    body.extend(&n.to_be_bytes()[1..]);
    let counts = a
        .counts
        .iter()
        .flat_map(|row| row[..WRITTEN_COUNTS].iter().copied());
    // Values regrouped into bytes are below 256.
    body.extend(
        pack(counts, count_width(n), 8)
            .into_iter()
            .map(|byte| byte as u8),
    );
    let check = crc24(&body);
    body.extend(&check.to_be_bytes()[1..]);
    std::iter::once(u32::from(FORMAT))
        .chain(pack(body.into_iter().map(u32::from), 8, 6))
        .map(|value| char::from(ALPHABET[value as usize]))
        .collect()
}

/// The URL fragment of a team aggregate, `g=CODE`, without the `#`.
pub fn aggregate_fragment(a: &TeamAggregate) -> String {
    format!("{AGGREGATE_FRAGMENT_KEY}={}", encode_aggregate(a))
}

/// Reads a team aggregate from pasted text or an address: a bare code,
/// `g=CODE`, `#g=CODE` or a URL whose fragment holds `g=CODE`, by the one
/// rule of `link_reader`. Never panics.
pub fn decode_aggregate(text: &str) -> Result<TeamAggregate, AggregateError> {
    use AggregateError::{Damaged, NewerVersion, NotATeamLink, OutOfRange};
    let code = find_code(text)?;
    let symbols: Vec<u32> = code
        .chars()
        .map(symbol_value)
        .collect::<Option<_>>()
        .ok_or(NotATeamLink)?;
    let (&format, rest) = symbols.split_first().ok_or(Damaged)?;
    if is_later_format(format, &code) {
        return Err(NewerVersion);
    }
    if format != u32::from(FORMAT) || symbols.len() > MAX_CODE_LENGTH {
        return Err(Damaged);
    }
    let (body, _, _) = regroup(rest.iter().copied(), 6, 8);
    let body: Vec<u8> = body.into_iter().map(|byte| byte as u8).collect();
    let Some((payload, &[c2, c1, c0])) = body.split_last_chunk::<CHECK_BYTES>() else {
        return Err(Damaged);
    };
    if u32::from_be_bytes([0, c2, c1, c0]) != crc24(payload) {
        return Err(Damaged);
    }
    let Some((&[version, min, n2, n1, n0], counts)) = payload.split_first_chunk::<HEADER_BYTES>()
    else {
        return Err(Damaged);
    };
    let version = u16::from(version);
    let latest = PUBLISHED.iter().map(|q| q.version).max().unwrap_or(0);
    let newer = if version > latest {
        NewerVersion
    } else {
        OutOfRange
    };
    let questionnaire = Questionnaire::by_version(version).ok_or(newer)?;
    let (min_group, n) = (usize::from(min), u32::from_be_bytes([0, n2, n1, n0]));
    if !(MIN_MIN_GROUP..=MAX_MIN_GROUP).contains(&min_group)
        || n as usize > MAX_LINK_MEMBERS
        || (n as usize) < min_group
    {
        return Err(OutOfRange);
    }
    let width = count_width(n);
    let (values, _, _) = regroup(counts.iter().map(|&b| u32::from(b)), 8, width);
    if values.len() < questionnaire.item_count() * WRITTEN_COUNTS {
        return Err(Damaged);
    }
    let mut table = vec![[0u32; 6]; questionnaire.item_count()];
    for (row, written) in table.iter_mut().zip(values.chunks_exact(WRITTEN_COUNTS)) {
        let answered: u32 = written.iter().sum();
        // The privacy rule holds in every link: an item is answered by none
        // or by at least the minimum.
        if answered > n || (answered > 0 && (answered as usize) < min_group) {
            return Err(OutOfRange);
        }
        row[..WRITTEN_COUNTS].copy_from_slice(written);
        row[NO_ANSWER] = n - answered;
    }
    let aggregate = TeamAggregate {
        questionnaire,
        min_group,
        n: n as usize,
        counts: table,
    };
    // One spelling per code: extra bytes, unused bits that are not zero and
    // the like only pass the check when the code was made to pass it.
    if encode_aggregate(&aggregate) != code {
        return Err(Damaged);
    }
    Ok(aggregate)
}

/// Finds the code in pasted text or an address by the one rule of
/// `link_reader`; the code itself is not checked here.
fn find_code(text: &str) -> Result<String, AggregateError> {
    match link_reader::read(text, LinkKind::TeamLink) {
        Reading::Empty => Err(AggregateError::Empty),
        Reading::NotALink => Err(AggregateError::NotATeamLink),
        Reading::Code(code) => Ok(code),
    }
}

/// Whether a code is one of a later format (see the module docs): a format
/// number above 1, at least the shortest length of format 1, and the frame
/// every format keeps with a check that fits.
fn is_later_format(format: u32, code: &str) -> bool {
    let (Ok(format), Some(rest)) = (u8::try_from(format), code.get(1..)) else {
        return false;
    };
    format > FORMAT
        && code.len() >= MIN_CODE_LENGTH
        && codec::from_base64url_exact(rest)
            .is_some_and(|bytes| codec::ends_in_crc24(&[format], &bytes))
}

/// The value 0-63 of a base64url character, `None` for any other character.
fn symbol_value(symbol: char) -> Option<u32> {
    codec::symbol_value(symbol).map(u32::from)
}

/// Splits the bit string of `values` (each `from` bits wide, most
/// significant first) into `to`-bit values, `to` at most 24. Returns the
/// groups, and the width and value of the bits left over.
fn regroup(values: impl IntoIterator<Item = u32>, from: u32, to: u32) -> (Vec<u32>, u32, u32) {
    let (mut groups, mut bits, mut width) = (Vec::new(), 0u64, 0u32);
    for value in values {
        bits = (bits << from) | (u64::from(value) & ((1 << from) - 1));
        width += from;
        while width >= to {
            width -= to;
            groups.push(((bits >> width) & ((1 << to) - 1)) as u32);
        }
    }
    (groups, width, (bits & ((1 << width) - 1)) as u32)
}

/// Like [`regroup`], with the bits left over filled with zeros to a last group.
fn pack(values: impl IntoIterator<Item = u32>, from: u32, to: u32) -> Vec<u32> {
    let (mut groups, width, rest) = regroup(values, from, to);
    if width > 0 {
        groups.push(rest << (to - width));
    }
    groups
}

/// CRC-24/OpenPGP of the format number as a byte followed by `bytes`.
fn crc24(bytes: &[u8]) -> u32 {
    codec::crc24(std::iter::once(FORMAT).chain(bytes.iter().copied()))
}
