//! Small building blocks of the link formats: the base64url alphabet and
//! its one spelling of bytes, CRC checks and percent-encoding, shared by
//! result links, team invites, team links and sealed replies so each format
//! states only its layout. Finding a code in text is `link_reader`'s.

/// The 64 symbols of base64url, in value order.
pub const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// The value 0-63 of a base64url character, `None` for any other character.
pub fn symbol_value(symbol: char) -> Option<u8> {
    u8::try_from(symbol).ok().and_then(byte_value)
}

/// The value 0-63 of a base64url character given as a byte, `None` for any
/// other byte (every byte of a multi-byte character is one).
pub fn byte_value(byte: u8) -> Option<u8> {
    let value = SYMBOL_VALUES[usize::from(byte)];
    (value < 64).then_some(value)
}

/// The value of every byte as a base64url symbol, 0xFF for none: a team
/// view reads ten thousand codes, so this is a table, not a match.
const SYMBOL_VALUES: [u8; 256] = {
    let mut table = [0xFF; 256];
    let mut value = 0;
    while value < ALPHABET.len() {
        table[ALPHABET[value] as usize] = value as u8;
        value += 1;
    }
    table
};

/// Bytes as base64url without padding.
pub fn to_base64url(bytes: &[u8]) -> String {
    let mut text = String::with_capacity(bytes.len() * 4 / 3 + 3);
    for chunk in bytes.chunks(3) {
        let number = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for position in 0..=chunk.len() {
            text.push(char::from(
                ALPHABET[(number >> (18 - 6 * position) & 63) as usize],
            ));
        }
    }
    text
}

/// Base64url without padding back to bytes; `None` for a character outside
/// the alphabet or a length no encoding has.
pub fn from_base64url(text: &str) -> Option<Vec<u8>> {
    if text.len() % 4 == 1 {
        return None;
    }
    let mut bytes = Vec::with_capacity(text.len() * 3 / 4);
    for chunk in text.as_bytes().chunks(4) {
        let mut number = 0u32;
        for (position, &symbol) in chunk.iter().enumerate() {
            number |= u32::from(byte_value(symbol)?) << (18 - 6 * position);
        }
        for index in 0..chunk.len() - 1 {
            bytes.push((number >> (16 - 8 * index)) as u8);
        }
    }
    Some(bytes)
}

/// The bytes of a base64url text in its one spelling: `None` unless
/// [`to_base64url`] of the bytes gives the text back, so a character outside
/// the alphabet, a length no encoding has and unused bits of the last
/// character that are not zero all give `None`.
pub fn from_base64url_exact(text: &str) -> Option<Vec<u8>> {
    let bytes = from_base64url(text)?;
    (to_base64url(&bytes) == text).then_some(bytes)
}

/// Whether `bytes` are at least one byte and then three bytes of
/// CRC-24/OpenPGP over `prefix` and the bytes before them: the check every
/// link format ends with, and keeps in later versions (each format's module
/// says what its prefix is).
pub fn ends_in_crc24(prefix: &[u8], bytes: &[u8]) -> bool {
    let Some((body, check)) = bytes.split_last_chunk::<3>() else {
        return false;
    };
    if body.is_empty() {
        return false;
    }
    let crc = crc24(prefix.iter().chain(body).copied());
    crc.to_be_bytes()[1..] == *check
}

/// CRC-24/OpenPGP (RFC 4880: polynomial 0x864CFB, initial value 0xB704CE),
/// a byte at a time from a table: a team view checks ten thousand codes.
pub fn crc24(bytes: impl IntoIterator<Item = u8>) -> u32 {
    let mut crc: u32 = 0x00B7_04CE;
    for byte in bytes {
        let slot = ((crc >> 16) ^ u32::from(byte)) & 0xFF;
        crc = ((crc << 8) ^ CRC24_TABLE[slot as usize]) & 0x00FF_FFFF;
    }
    crc
}

/// CRC-24/OpenPGP of every single byte, for reading a byte at a time.
const CRC24_TABLE: [u32; 256] = {
    let mut table = [0u32; 256];
    let mut byte = 0;
    while byte < 256 {
        let mut crc = (byte as u32) << 16;
        let mut bit = 0;
        while bit < 8 {
            crc <<= 1;
            if crc & 0x0100_0000 != 0 {
                crc ^= 0x0186_4CFB;
            }
            bit += 1;
        }
        table[byte] = crc & 0x00FF_FFFF;
        byte += 1;
    }
    table
};

/// CRC-16/CCITT-FALSE (polynomial 0x1021, initial value 0xFFFF).
pub fn crc16(bytes: &[u8]) -> u16 {
    let mut crc: u16 = 0xFFFF;
    for &byte in bytes {
        crc ^= u16::from(byte) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 {
                (crc << 1) ^ 0x1021
            } else {
                crc << 1
            };
        }
    }
    crc
}

/// Decodes `%XX` escapes once; a `%` without two hex digits stays as it is.
pub fn percent_decode(text: &str) -> String {
    if !text.contains('%') {
        return text.to_owned();
    }
    let bytes = text.as_bytes();
    let hex = |index: usize| bytes.get(index).and_then(|&b| char::from(b).to_digit(16));
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while let Some(&byte) = bytes.get(index) {
        match (byte, hex(index + 1), hex(index + 2)) {
            (b'%', Some(high), Some(low)) => {
                // Two hex digits are at most 255, so the byte is exact.
                decoded.push((high * 16 + low) as u8);
                index += 3;
            }
            _ => {
                decoded.push(byte);
                index += 1;
            }
        }
    }
    String::from_utf8_lossy(&decoded).into_owned()
}

/// A `mailto:` link with no recipient (the sender fills it in), a subject
/// and a body, each percent-encoded as RFC 6068 asks.
pub fn mailto_link(subject: &str, body: &str) -> String {
    format!(
        "mailto:?subject={}&body={}",
        percent_encode(subject),
        percent_encode(body)
    )
}

/// Percent-encodes every byte but the unreserved characters of RFC 3986.
pub fn percent_encode(text: &str) -> String {
    let mut encoded = String::with_capacity(text.len() * 3);
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            encoded.push(char::from(byte));
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    encoded
}
