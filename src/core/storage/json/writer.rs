//! Writing a whole JSON document as serde_json wrote it: compact (the stored
//! team sessions, the messages to a host page) or pretty, indented by two
//! spaces (the result and team exports), with numbers rounded to one decimal
//! in serde_json's notation. The records of the first load use the helpers of [`super`]
//! instead, which know no floats and no indentation.
//!
//! A document is written value by value, in order: [`Writer::key`] before
//! each value of an object, nothing before an element of an array (the
//! writer puts the separators), so the caller's code reads like the
//! document.

use super::{write_int, write_str};

/// A JSON document being written.
pub struct Writer {
    out: String,
    /// Indented as serde_json's `to_string_pretty`, or compact as its
    /// `to_string`.
    pretty: bool,
    /// How many arrays and objects are open.
    depth: usize,
    /// Whether the innermost open array or object has a value yet (it then
    /// needs a comma before the next).
    has_value: bool,
    /// Whether a key was just written, so the next value is its value and
    /// not an element of an array.
    after_key: bool,
}

impl Writer {
    /// A writer of compact JSON, as serde_json's `to_string`.
    pub fn compact() -> Writer {
        Writer::new(false)
    }

    /// A writer of JSON indented by two spaces, as serde_json's
    /// `to_string_pretty`.
    pub fn pretty() -> Writer {
        Writer::new(true)
    }

    fn new(pretty: bool) -> Writer {
        Writer {
            out: String::new(),
            pretty,
            depth: 0,
            has_value: false,
            after_key: false,
        }
    }

    /// The document written.
    pub fn finish(self) -> String {
        self.out
    }

    /// A new line and the indentation of the current depth (pretty only).
    fn new_line(&mut self) {
        if self.pretty {
            self.out.push('\n');
            for _ in 0..self.depth {
                self.out.push_str("  ");
            }
        }
    }

    /// What goes before the next key of an object or element of an array.
    fn separate(&mut self) {
        if self.has_value {
            self.out.push(',');
        }
        self.new_line();
    }

    /// What goes before a value: nothing after its key or at the top, the
    /// separator before an element of an array.
    fn before_value(&mut self) {
        if self.after_key {
            self.after_key = false;
        } else if self.depth > 0 {
            self.separate();
        }
    }

    fn open(&mut self, bracket: char) {
        self.before_value();
        self.out.push(bracket);
        self.depth += 1;
        self.has_value = false;
    }

    fn close(&mut self, bracket: char) {
        self.depth -= 1;
        // An empty array or object stays on its line: `[]`, `{}`.
        if self.has_value {
            self.new_line();
        }
        self.out.push(bracket);
        self.has_value = true;
    }

    /// Opens an object.
    pub fn begin_object(&mut self) {
        self.open('{');
    }

    /// Closes the innermost object.
    pub fn end_object(&mut self) {
        self.close('}');
    }

    /// Opens an array.
    pub fn begin_array(&mut self) {
        self.open('[');
    }

    /// Closes the innermost array.
    pub fn end_array(&mut self) {
        self.close(']');
    }

    /// The key of the next value in the innermost object.
    pub fn key(&mut self, name: &str) {
        self.separate();
        write_str(&mut self.out, name);
        self.out.push_str(if self.pretty { ": " } else { ":" });
        self.after_key = true;
    }

    /// A string.
    pub fn str(&mut self, value: &str) {
        self.before_value();
        write_str(&mut self.out, value);
        self.has_value = true;
    }

    /// An integer.
    pub fn int(&mut self, value: i64) {
        self.before_value();
        write_int(&mut self.out, value);
        self.has_value = true;
    }

    /// An unsigned integer (a count, a size).
    pub fn uint(&mut self, value: u64) {
        self.before_value();
        match i64::try_from(value) {
            Ok(value) => write_int(&mut self.out, value),
            // Beyond i64 (a size on a 64-bit host only): the same digits.
            Err(_) => self.out.push_str(&value.to_string()),
        }
        self.has_value = true;
    }

    /// A number rounded to one decimal, as serde_json wrote the rounded
    /// float (`62.5`, `100.0`, `-0.0`): the team export's statistics. `null`
    /// unless finite, and beyond a trillion, where no statistic comes (up to
    /// there, the float of `tenths / 10` reads back from exactly these
    /// digits). Written from whole tenths, without core's float formatting
    /// (see [`crate::core::decimal`]).
    pub fn one_decimal(&mut self, value: f64) {
        self.before_value();
        let tenths = (value * 10.0).round();
        if tenths.abs() < 1e13 {
            if tenths.is_sign_negative() {
                self.out.push('-');
            }
            let tenths = tenths.abs() as i64;
            write_int(&mut self.out, tenths / 10);
            self.out.push('.');
            write_int(&mut self.out, tenths % 10);
        } else {
            self.out.push_str("null");
        }
        self.has_value = true;
    }

    /// `true` or `false`.
    pub fn bool(&mut self, value: bool) {
        self.before_value();
        self.out.push_str(if value { "true" } else { "false" });
        self.has_value = true;
    }

    /// `null`.
    pub fn null(&mut self) {
        self.before_value();
        self.out.push_str("null");
        self.has_value = true;
    }

    /// A string, or `null` for `None`.
    pub fn str_or_null(&mut self, value: Option<&str>) {
        match value {
            Some(value) => self.str(value),
            None => self.null(),
        }
    }

    /// An integer, or `null` for `None`.
    pub fn int_or_null(&mut self, value: Option<i64>) {
        match value {
            Some(value) => self.int(value),
            None => self.null(),
        }
    }

    /// A number rounded to one decimal ([`Writer::one_decimal`]), or `null`
    /// for `None`.
    pub fn one_decimal_or_null(&mut self, value: Option<f64>) {
        match value {
            Some(value) => self.one_decimal(value),
            None => self.null(),
        }
    }
}

/// The entries of a map in the order of their keys, as serde_json wrote a
/// `BTreeMap`: each goes to its place as it comes (no sorting code for a
/// handful of entries; keys are unique).
pub fn by_key<'k, T>(entries: impl Iterator<Item = (&'k str, T)>) -> Vec<(&'k str, T)> {
    let mut sorted: Vec<(&str, T)> = Vec::new();
    for (key, value) in entries {
        let place = sorted.partition_point(|(known, _)| *known < key);
        sorted.insert(place, (key, value));
    }
    sorted
}
