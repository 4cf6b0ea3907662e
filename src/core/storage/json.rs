//! A small JSON reader and writer instead of serde_json: for the stored
//! records the first-load app reads and writes (progress, settings, history)
//! and for what only the full app reads and writes (result and team exports,
//! the import, the stored team sessions, the messages to a host page).
//!
//! It reads and writes exactly what serde_json (with `#[derive]`d record
//! types) read and wrote for these formats, which property tests pin against
//! serde_json itself (`tests/core/json.rs` for the records of the first load,
//! `tests/core/json_formats.rs` for the others):
//! - numbers are kept as text and parsed into the exact integer type of a
//!   field, so a fraction, an exponent, an overflow or `-0` is an error;
//! - strings are checked for syntax when parsed but unescaped only when a
//!   field is read, so a lone surrogate in an ignored field is no error;
//! - a record is an object (unknown fields ignored, a known field given twice
//!   is an error) or an array of its fields in declaration order;
//! - values nested deeper than any record reads are checked without being
//!   kept, iteratively, so any depth is accepted without recursion.
//!
//! This file holds the reader and the writing helpers of the first load;
//! [`writer`] writes whole documents, compact or pretty, with numbers rounded
//! to one decimal, and
//! [`stream`] reads in serde_json's order, for the import, which tells apart
//! a text that is no JSON from JSON of another shape as serde_json did.
//!
//! Over 400 lines on purpose: the reader and the writer must together accept
//! exactly what serde_json accepted, and are checked together.

pub mod stream;
pub mod writer;

/// A parsed JSON value, borrowing from the text. Numbers keep their text and
/// strings their raw, still escaped, text.
#[derive(Debug, Clone, PartialEq)]
pub enum Value<'a> {
    Null,
    Bool(bool),
    Number(&'a str),
    Str(&'a str),
    Array(Vec<Value<'a>>),
    /// Raw keys and values, in the order of the text.
    Object(Vec<(&'a str, Value<'a>)>),
    /// An array or object deeper than [`KEPT_DEPTH`]: checked, not kept.
    Nested,
}

/// Arrays and objects at this depth or deeper are checked but not kept: no
/// stored record reads anything below its third level.
const KEPT_DEPTH: usize = 4;

/// Why a text or a record could not be read (a short description).
pub type Error = &'static str;

/// Parses a whole JSON text (surrounding whitespace allowed).
pub fn parse(text: &str) -> Result<Value<'_>, Error> {
    let mut parser = Parser { text, pos: 0 };
    let value = parser.value(0)?;
    parser.space();
    if parser.pos != text.len() {
        return Err("trailing characters");
    }
    Ok(value)
}

struct Parser<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Parser<'a> {
    fn space(&mut self) {
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = self.peek() {
            self.pos += 1;
        }
    }

    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    /// Consumes `byte` (after whitespace) if it comes next.
    fn next_is(&mut self, byte: u8) -> bool {
        self.space();
        let found = self.peek() == Some(byte);
        if found {
            self.pos += 1;
        }
        found
    }

    fn literal(&mut self, word: &str, value: Value<'a>) -> Result<Value<'a>, Error> {
        if self.text[self.pos..].starts_with(word) {
            self.pos += word.len();
            Ok(value)
        } else {
            Err("expected value")
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value<'a>, Error> {
        self.space();
        match self.peek() {
            Some(b'[' | b'{') if depth >= KEPT_DEPTH => self.skip_nested(),
            Some(b'[') => {
                self.pos += 1;
                let mut items = Vec::new();
                if !self.next_is(b']') {
                    loop {
                        items.push(self.value(depth + 1)?);
                        if self.next_is(b']') {
                            break;
                        }
                        if !self.next_is(b',') {
                            return Err("expected `,` or `]`");
                        }
                    }
                }
                Ok(Value::Array(items))
            }
            Some(b'{') => {
                self.pos += 1;
                let mut fields = Vec::new();
                if !self.next_is(b'}') {
                    loop {
                        let key = self.key()?;
                        fields.push((key, self.value(depth + 1)?));
                        if self.next_is(b'}') {
                            break;
                        }
                        if !self.next_is(b',') {
                            return Err("expected `,` or `}`");
                        }
                    }
                }
                Ok(Value::Object(fields))
            }
            _ => self.scalar(),
        }
    }

    /// A value that is not an array or an object.
    fn scalar(&mut self) -> Result<Value<'a>, Error> {
        self.space();
        match self.peek().ok_or("EOF while parsing a value")? {
            b'n' => self.literal("null", Value::Null),
            b't' => self.literal("true", Value::Bool(true)),
            b'f' => self.literal("false", Value::Bool(false)),
            b'"' => self.string().map(Value::Str),
            b'-' | b'0'..=b'9' => self.number(),
            _ => Err("expected value"),
        }
    }

    /// An object key and the colon after it.
    fn key(&mut self) -> Result<&'a str, Error> {
        self.space();
        if self.peek() != Some(b'"') {
            return Err("key must be a string");
        }
        let key = self.string()?;
        if !self.next_is(b':') {
            return Err("expected `:`");
        }
        Ok(key)
    }

    /// Checks an array or object without keeping it, with a stack of the
    /// closing brackets instead of recursion (serde_json ignores unknown
    /// fields the same way, at any depth).
    fn skip_nested(&mut self) -> Result<Value<'a>, Error> {
        let mut closers: Vec<u8> = Vec::new();
        let mut at_value = true;
        loop {
            if at_value {
                self.space();
                match self.peek() {
                    Some(open @ (b'[' | b'{')) => {
                        self.pos += 1;
                        let closer = if open == b'[' { b']' } else { b'}' };
                        if self.next_is(closer) {
                            at_value = false;
                        } else {
                            closers.push(closer);
                            if closer == b'}' {
                                self.key()?;
                            }
                        }
                    }
                    _ => {
                        self.scalar()?;
                        at_value = false;
                    }
                }
            } else {
                let Some(&closer) = closers.last() else {
                    return Ok(Value::Nested);
                };
                if self.next_is(closer) {
                    closers.pop();
                } else if self.next_is(b',') {
                    if closer == b'}' {
                        self.key()?;
                    }
                    at_value = true;
                } else {
                    return Err("expected `,` or a closing bracket");
                }
            }
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.pos;
        while let Some(b'0'..=b'9') = self.peek() {
            self.pos += 1;
        }
        self.pos - start
    }

    fn number(&mut self) -> Result<Value<'a>, Error> {
        let start = self.pos;
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        let first = self.peek();
        let count = self.digits();
        if count == 0 || (first == Some(b'0') && count > 1) {
            return Err("invalid number");
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            if self.digits() == 0 {
                return Err("invalid number");
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.pos += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.pos += 1;
            }
            if self.digits() == 0 {
                return Err("invalid number");
            }
        }
        Ok(Value::Number(&self.text[start..self.pos]))
    }

    /// A string's raw text between its quotes, checked for syntax: escapes
    /// are known and `\u` has four hex digits, no control characters.
    fn string(&mut self) -> Result<&'a str, Error> {
        self.pos += 1; // the opening quote
        let start = self.pos;
        loop {
            let byte = self.peek().ok_or("EOF while parsing a string")?;
            self.pos += 1;
            match byte {
                // Only ASCII was matched, so both ends are on char boundaries.
                b'"' => return Ok(&self.text[start..self.pos - 1]),
                b'\\' => {
                    let escape = self.peek().ok_or("EOF while parsing a string")?;
                    self.pos += 1;
                    match escape {
                        b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't' => {}
                        b'u' => {
                            hex4(self.text.as_bytes(), self.pos)?;
                            self.pos += 4;
                        }
                        _ => return Err("invalid escape"),
                    }
                }
                0..=0x1f => return Err("control character while parsing a string"),
                _ => {}
            }
        }
    }
}

/// The four hex digits at `pos` (after `\u`).
fn hex4(bytes: &[u8], pos: usize) -> Result<u32, Error> {
    let hex = bytes
        .get(pos..pos + 4)
        .ok_or("EOF while parsing a string")?;
    hex.iter().try_fold(0, |code, &byte| {
        let digit = char::from(byte).to_digit(16).ok_or("invalid escape")?;
        Ok(code * 16 + digit)
    })
}

/// The text of a raw string as [`Parser::string`] checked it: escapes
/// replaced, and surrogate pairs joined (a lone surrogate is an error).
pub fn unescape(raw: &str) -> Result<String, Error> {
    if !raw.contains('\\') {
        return Ok(raw.to_owned());
    }
    let bytes = raw.as_bytes();
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(at) = rest.find('\\') {
        out.push_str(&rest[..at]);
        let pos = raw.len() - rest.len() + at + 1;
        let (ch, used) = match bytes[pos] {
            b'b' => ('\u{8}', 1),
            b'f' => ('\u{c}', 1),
            b'n' => ('\n', 1),
            b'r' => ('\r', 1),
            b't' => ('\t', 1),
            b'u' => {
                let high = hex4(bytes, pos + 1)?;
                if (0xD800..0xDC00).contains(&high) {
                    if bytes.get(pos + 5..pos + 7) != Some(b"\\u") {
                        return Err("lone leading surrogate in hex escape");
                    }
                    let low = hex4(bytes, pos + 7)?;
                    if !(0xDC00..0xE000).contains(&low) {
                        return Err("lone leading surrogate in hex escape");
                    }
                    let code = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00);
                    (
                        char::from_u32(code).ok_or("invalid unicode code point")?,
                        11,
                    )
                } else {
                    (
                        char::from_u32(high).ok_or("lone trailing surrogate in hex escape")?,
                        5,
                    )
                }
            }
            // `"`, `\` and `/` stand for themselves.
            other => (char::from(other), 1),
        };
        out.push(ch);
        rest = &raw[pos + used..];
    }
    out.push_str(rest);
    Ok(out)
}

/// The fields of a record, read as serde's derived `Deserialize` reads a
/// struct: from an object by name, or from an array by position.
pub struct Record<'v, 'a> {
    fields: Fields<'v, 'a>,
}

enum Fields<'v, 'a> {
    Named(Vec<(String, &'v Value<'a>)>),
    Positional(&'static [&'static str], &'v [Value<'a>]),
}

impl<'v, 'a> Record<'v, 'a> {
    /// The record in `value`; `names` are its fields in declaration order. An
    /// array longer than `names` is an error, as are keys that do not
    /// unescape (serde reads every key to match it with a field).
    pub fn of(value: &'v Value<'a>, names: &'static [&'static str]) -> Result<Self, Error> {
        let fields = match value {
            Value::Object(fields) => Fields::Named(
                fields
                    .iter()
                    .map(|(key, value)| Ok((unescape(key)?, value)))
                    .collect::<Result<_, Error>>()?,
            ),
            Value::Array(items) if items.len() <= names.len() => Fields::Positional(names, items),
            Value::Array(_) => return Err("trailing characters: too many fields"),
            _ => return Err("invalid type: expected a record"),
        };
        Ok(Record { fields })
    }

    /// A field that may be missing; a field given twice is an error.
    pub fn optional(&self, name: &str) -> Result<Option<&'v Value<'a>>, Error> {
        match &self.fields {
            Fields::Named(fields) => {
                let mut found = None;
                for (key, value) in fields {
                    if key == name {
                        if found.is_some() {
                            return Err("duplicate field");
                        }
                        found = Some(*value);
                    }
                }
                Ok(found)
            }
            Fields::Positional(names, items) => Ok(names
                .iter()
                .position(|known| *known == name)
                .and_then(|index| items.get(index))),
        }
    }

    /// A field that must be there.
    pub fn required(&self, name: &str) -> Result<&'v Value<'a>, Error> {
        self.optional(name)?.ok_or("missing field")
    }
}

impl Value<'_> {
    /// An integer of type `T`: no fraction, no exponent, in range, and not
    /// `-0` (which serde_json reads as a float).
    pub fn int<T: TryFrom<i64> + TryFrom<u64>>(&self) -> Result<T, Error> {
        let Value::Number(text) = self else {
            return Err("invalid type: expected an integer");
        };
        let out_of_range = "invalid value: integer out of range";
        match integer(text).ok_or("invalid type: expected an integer")? {
            Integer::Negative(value) => T::try_from(value).map_err(|_| out_of_range),
            Integer::Positive(value) => T::try_from(value).map_err(|_| out_of_range),
            Integer::Beyond => Err(out_of_range),
        }
    }

    /// A string, unescaped.
    pub fn str(&self) -> Result<String, Error> {
        match self {
            Value::Str(raw) => unescape(raw),
            _ => Err("invalid type: expected a string"),
        }
    }

    /// `None` for `null`, else the value.
    pub fn non_null(&self) -> Option<&Self> {
        match self {
            Value::Null => None,
            value => Some(value),
        }
    }
}

/// An integer's value, read once for every integer type (one reader instead
/// of core's for each type: smaller).
enum Integer {
    Negative(i64),
    Positive(u64),
    /// Beyond `i64` and `u64`: out of range for every type.
    Beyond,
}

/// The integer a number's text (of JSON's grammar) holds; `None` for a
/// fraction, an exponent or `-0`, which serde_json read as a float.
fn integer(text: &str) -> Option<Integer> {
    if text.contains(['.', 'e', 'E']) || text == "-0" {
        return None;
    }
    let (negative, digits) = match text.strip_prefix('-') {
        Some(digits) => (true, digits),
        None => (false, text),
    };
    // The parser let only digits through; anything else counts as beyond.
    let magnitude = digits.chars().try_fold(0u64, |value, digit| {
        value
            .checked_mul(10)?
            .checked_add(digit.to_digit(10)?.into())
    });
    Some(match (negative, magnitude) {
        (false, Some(value)) => Integer::Positive(value),
        (true, Some(value)) => match 0i64.checked_sub_unsigned(value) {
            Some(value) => Integer::Negative(value),
            None => Integer::Beyond,
        },
        (_, None) => Integer::Beyond,
    })
}

/// Appends `text` as a JSON string, escaped as serde_json escapes it.
pub fn write_str(out: &mut String, text: &str) {
    out.push('"');
    for ch in text.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(HEX[(c as usize) >> 4] as char);
                out.push(HEX[(c as usize) & 0xf] as char);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Appends `"name":` (with a comma before it unless it is the first field).
pub fn write_key(out: &mut String, name: &str) {
    if !out.ends_with('{') {
        out.push(',');
    }
    write_str(out, name);
    out.push(':');
}

/// Appends an integer (without core::fmt).
pub fn write_int(out: &mut String, value: i64) {
    if value < 0 {
        out.push('-');
    }
    let mut digits = [0u8; 20];
    let mut n = value.unsigned_abs();
    let mut i = digits.len();
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &d in &digits[i..] {
        out.push(d as char);
    }
}
