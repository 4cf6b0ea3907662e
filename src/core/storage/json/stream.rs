//! Reading JSON in the order serde_json read it, for the import's first look
//! at a file (`scan::export`): serde_json stopped at the first error in the
//! text, and an import says "not JSON" for a syntax error but "not a result
//! of this scan" for a data error (a value of another type, a field given
//! twice), so which came first decides what a person is told, even in a
//! text that has both.
//!
//! [`Stream`] reads one struct of scalar fields, step by step, as serde_json's
//! deserializer did for a `#[derive(Deserialize)]` struct; the checks of the
//! text are those of the reader in [`super`], the order and the kinds of
//! error are serde_json's. It reads through the reader's whole scalars and
//! values only: calling the reader's inner steps (numbers, strings) from
//! here as well changed how they compiled into the first load.

use super::{unescape, Parser, Value, KEPT_DEPTH};

/// The kinds of error serde_json told apart, as far as an import cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Failure {
    /// The text is no JSON (serde_json's syntax and end-of-input errors).
    Syntax,
    /// JSON, but a value of another type than the field's, or a field given
    /// twice.
    Data,
}

/// How a struct is written: serde read a struct from an object by name or
/// from an array by position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// `{…}`: fields by name.
    Object,
    /// `[…]`: fields in declaration order.
    Array,
}

/// A text being read, one step at a time.
pub struct Stream<'a> {
    parser: Parser<'a>,
    /// Whether the struct's first key or element is still to come.
    first: bool,
}

/// How serde_json read a number: as a `u64`, as another number (a negative
/// integer, `-0` or a float: a data error where a `u64` or a string is
/// expected), or as out of range (a float beyond `f64`: a syntax error).
enum Number {
    Unsigned(u64),
    Other,
    OutOfRange,
}

impl<'a> Stream<'a> {
    /// A stream at the start of `text`.
    pub fn new(text: &'a str) -> Stream<'a> {
        Stream {
            parser: Parser { text, pos: 0 },
            first: true,
        }
    }

    /// The start of the struct.
    pub fn open(&mut self) -> Result<Shape, Failure> {
        self.parser.space();
        let shape = match self.parser.peek() {
            Some(b'{') => Shape::Object,
            Some(b'[') => Shape::Array,
            _ => return Err(self.invalid_type()),
        };
        self.parser.pos += 1;
        Ok(shape)
    }

    /// The next key of an object, unescaped, or `None` at its end.
    pub fn next_key(&mut self) -> Result<Option<String>, Failure> {
        self.parser.space();
        match self.parser.peek() {
            Some(b'}') => return Ok(None),
            Some(b'"') if self.first => {}
            Some(b',') if !self.first => {
                self.parser.pos += 1;
                self.parser.space();
                if self.parser.peek() != Some(b'"') {
                    return Err(Failure::Syntax);
                }
            }
            _ => return Err(Failure::Syntax),
        }
        self.first = false;
        self.string().map(Some)
    }

    /// The colon between a key and its value.
    pub fn colon(&mut self) -> Result<(), Failure> {
        if self.parser.next_is(b':') {
            Ok(())
        } else {
            Err(Failure::Syntax)
        }
    }

    /// Whether another element of an array comes (its comma read).
    pub fn next_element(&mut self) -> Result<bool, Failure> {
        self.parser.space();
        match self.parser.peek() {
            Some(b']') => Ok(false),
            Some(_) if self.first => {
                self.first = false;
                Ok(true)
            }
            Some(b',') => {
                self.parser.pos += 1;
                self.parser.space();
                match self.parser.peek() {
                    Some(b']') | None => Err(Failure::Syntax),
                    Some(_) => Ok(true),
                }
            }
            _ => Err(Failure::Syntax),
        }
    }

    /// A string or `null`.
    pub fn option_str(&mut self) -> Result<Option<String>, Failure> {
        if self.null()? {
            return Ok(None);
        }
        match self.parser.peek() {
            Some(b'"') => self.string().map(Some),
            _ => Err(self.invalid_type()),
        }
    }

    /// An unsigned integer or `null`.
    pub fn option_u64(&mut self) -> Result<Option<u64>, Failure> {
        if self.null()? {
            return Ok(None);
        }
        match self.parser.peek() {
            Some(b'-' | b'0'..=b'9') => match self.number()? {
                Number::Unsigned(value) => Ok(Some(value)),
                Number::Other => Err(Failure::Data),
                Number::OutOfRange => Err(Failure::Syntax),
            },
            _ => Err(self.invalid_type()),
        }
    }

    /// Any value, checked and skipped (an unknown field).
    pub fn skip(&mut self) -> Result<(), Failure> {
        // At the depth where values are no longer kept, the reader checks
        // arrays and objects without recursion, as serde_json skipped them.
        self.parser
            .value(KEPT_DEPTH)
            .map(drop)
            .map_err(|_| Failure::Syntax)
    }

    /// The end of an object whose last key was read.
    pub fn end_object(&mut self) -> Result<(), Failure> {
        self.close(b'}')
    }

    /// The end of an array, after as many elements as the struct has fields.
    pub fn end_array(&mut self) -> Result<(), Failure> {
        self.close(b']')
    }

    /// The end of the text: whitespace only.
    pub fn end(&mut self) -> Result<(), Failure> {
        self.parser.space();
        if self.parser.pos == self.parser.text.len() {
            Ok(())
        } else {
            Err(Failure::Syntax)
        }
    }

    fn close(&mut self, bracket: u8) -> Result<(), Failure> {
        if self.parser.next_is(bracket) {
            Ok(())
        } else {
            Err(Failure::Syntax)
        }
    }

    /// Reads `null` if it comes next; a misspelled one is no JSON.
    fn null(&mut self) -> Result<bool, Failure> {
        self.parser.space();
        match self.parser.peek() {
            Some(b'n') => match self.parser.scalar() {
                Ok(_) => Ok(true),
                Err(_) => Err(Failure::Syntax),
            },
            None => Err(Failure::Syntax),
            Some(_) => Ok(false),
        }
    }

    /// A string, unescaped as serde_json unescaped a string it kept: a lone
    /// surrogate is no JSON.
    fn string(&mut self) -> Result<String, Failure> {
        match self.parser.scalar() {
            Ok(Value::Str(raw)) => unescape(raw).map_err(|_| Failure::Syntax),
            _ => Err(Failure::Syntax),
        }
    }

    /// A number as serde_json read it.
    fn number(&mut self) -> Result<Number, Failure> {
        match self.parser.scalar() {
            Ok(Value::Number(text)) => Ok(read_number(text)),
            _ => Err(Failure::Syntax),
        }
    }

    /// The error for a value of another type than expected, after reading
    /// it as serde_json did: a scalar first (an error in it, a lone
    /// surrogate in a string or a float out of range is no JSON), an array
    /// or object not at all.
    fn invalid_type(&mut self) -> Failure {
        self.parser.space();
        if let Some(b'[' | b'{') = self.parser.peek() {
            return Failure::Data;
        }
        match self.parser.scalar() {
            Ok(Value::Number(text)) if matches!(read_number(text), Number::OutOfRange) => {
                Failure::Syntax
            }
            Ok(Value::Str(raw)) if unescape(raw).is_err() => Failure::Syntax,
            Ok(_) => Failure::Data,
            Err(_) => Failure::Syntax,
        }
    }
}

/// 1e289 to 1e308: below 1e289 no `u64` times a power of ten overflows.
const POW10_TOP: [f64; 20] = [
    1e289, 1e290, 1e291, 1e292, 1e293, 1e294, 1e295, 1e296, 1e297, 1e298, 1e299, 1e300, 1e301,
    1e302, 1e303, 1e304, 1e305, 1e306, 1e307, 1e308,
];

/// How serde_json (without its `float_roundtrip` feature) read the number
/// `text`, valid JSON: digits go into a `u64` significand until it would
/// overflow (later integer digits raise the exponent, later fraction digits
/// are dropped), and a float is the significand times a power of ten, out of
/// range when that is infinite.
fn read_number(text: &str) -> Number {
    let (positive, text) = match text.strip_prefix('-') {
        Some(rest) => (false, rest),
        None => (true, text),
    };
    let bytes = text.as_bytes();
    let mut at = 0;
    let mut significand: u64 = 0;
    let mut exponent: i32 = 0;
    let mut full = false;
    while let Some(next) = digit(bytes, &mut at) {
        match significand
            .checked_mul(10)
            .and_then(|s| s.checked_add(next))
        {
            Some(grown) if !full => significand = grown,
            _ => {
                full = true;
                exponent = exponent.saturating_add(1);
            }
        }
    }
    let mut float = full;
    if bytes.get(at) == Some(&b'.') {
        at += 1;
        float = true;
        let mut full = false;
        while let Some(next) = digit(bytes, &mut at) {
            match significand
                .checked_mul(10)
                .and_then(|s| s.checked_add(next))
            {
                Some(grown) if !full => {
                    significand = grown;
                    exponent = exponent.saturating_sub(1);
                }
                _ => full = true,
            }
        }
    }
    if let Some(b'e' | b'E') = bytes.get(at) {
        at += 1;
        float = true;
        let positive_exponent = bytes.get(at) != Some(&b'-');
        if let Some(b'+' | b'-') = bytes.get(at) {
            at += 1;
        }
        let mut written: i32 = 0;
        while let Some(next) = digit(bytes, &mut at) {
            match written
                .checked_mul(10)
                .and_then(|e| e.checked_add(next as i32))
            {
                Some(grown) => written = grown,
                // An exponent beyond i32: zero or infinity.
                None if significand != 0 && positive_exponent => return Number::OutOfRange,
                None => return Number::Other,
            }
        }
        exponent = if positive_exponent {
            exponent.saturating_add(written)
        } else {
            exponent.saturating_sub(written)
        };
    }
    if !float {
        return if positive {
            Number::Unsigned(significand)
        } else {
            Number::Other
        };
    }
    let infinite = significand != 0
        && match exponent {
            ..=288 => false,
            289..=308 => (significand as f64 * POW10_TOP[(exponent - 289) as usize]).is_infinite(),
            _ => true,
        };
    if infinite {
        Number::OutOfRange
    } else {
        Number::Other
    }
}

/// The digit at `at`, if there is one, and `at` moved past it.
fn digit(bytes: &[u8], at: &mut usize) -> Option<u64> {
    let found = bytes.get(*at).filter(|byte| byte.is_ascii_digit())?;
    *at += 1;
    Some(u64::from(found - b'0'))
}
