//! Finding result links in pasted text: the facilitator's paste box and
//! dropped files.
//!
//! [`find_links`] reads any text (an e-mail thread, a chat export) and
//! returns every result link in it with its line, the result or why it
//! could not be read, and its team id.

use std::collections::HashSet;

use super::invite::{decode_team_id, TeamId};

use crate::core::links::share::{self, LinkError, SharedResult};
use crate::core::team::Member;

/// Pasted text longer than this is cut (about 150,000 links); the cut is reported.
pub const MAX_PASTE_BYTES: usize = 8 * 1024 * 1024;

/// One result link found in pasted text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// The line it was on, counting from 1.
    pub line: usize,
    /// The result code as found (the key for removing duplicates).
    pub code: String,
    /// The result, or why it could not be read.
    pub result: Result<SharedResult, LinkError>,
    /// The team id, `None` without one; a damaged team id counts as damage.
    pub team: Option<TeamId>,
}

/// Every result link in the text: unique by code (the first one found
/// stays), in order of appearance; plus how many duplicates were skipped and
/// whether the text was cut at [`MAX_PASTE_BYTES`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Findings {
    /// The links found.
    pub links: Vec<Found>,
    /// Links skipped because the same code was found before.
    pub duplicates: usize,
    /// Set when the text was longer than [`MAX_PASTE_BYTES`] and only its start was read.
    pub truncated: bool,
}

fn is_code_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '_'
}

impl Findings {
    /// The members for a team view: every readable link, whatever session
    /// its team id names (the facilitator pastes the links of one team).
    pub fn members(&self) -> Vec<Member> {
        self.links
            .iter()
            .filter_map(|found| found.result.as_ref().ok())
            .map(|result| Member {
                questionnaire: result.questionnaire,
                answers: result.answers.clone(),
                role: result.role,
            })
            .collect()
    }
}

/// Cuts pasted text at [`MAX_PASTE_BYTES`] (on a character boundary); the
/// second value says whether it was cut.
pub fn limit_paste(text: &str) -> (&str, bool) {
    if text.len() <= MAX_PASTE_BYTES {
        return (text, false);
    }
    let mut end = MAX_PASTE_BYTES;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    (&text[..end], true)
}

/// Splits text into pieces of whole lines of about `bytes` each, so a long
/// paste can be read a piece per task.
pub fn line_chunks(text: &str, bytes: usize) -> Vec<&str> {
    let mut chunks = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        let mut end = bytes.min(rest.len());
        while !rest.is_char_boundary(end) {
            end += 1;
        }
        // Extend to the end of the line, so no link is split.
        let end = rest[end..].find('\n').map_or(rest.len(), |at| end + at + 1);
        chunks.push(&rest[..end]);
        rest = &rest[end..];
    }
    chunks
}

/// Reads result links from text given a piece at a time (pieces of whole
/// lines, in order), removing duplicates across all pieces.
#[derive(Debug, Default)]
pub struct LinkReader {
    seen: HashSet<String>,
    findings: Findings,
    lines: usize,
}

impl LinkReader {
    /// A reader that has read nothing yet.
    pub fn new() -> LinkReader {
        LinkReader::default()
    }

    /// Reads the next piece of the text.
    pub fn read(&mut self, text: &str) {
        for line in text.lines() {
            self.lines += 1;
            self.read_line(line);
        }
    }

    fn read_line(&mut self, line: &str) {
        let mut rest = line;
        while let Some((start, marker)) = next_marker(rest) {
            let after = &rest[start + marker..];
            let code_len = code_length(after);
            let code = &after[..code_len];
            let tail = &after[code_len..];
            let team_text = tail
                .strip_prefix('&')
                .or_else(|| tail.strip_prefix("%26"))
                .and_then(|t| t.strip_prefix("t=").or_else(|| t.strip_prefix("t%3D")))
                .map(|t| &t[..code_length(t)]);
            rest = &after[code_len..];
            if !self.seen.insert(code.to_owned()) {
                self.findings.duplicates += 1;
                continue;
            }
            let team = team_text.map(decode_team_id);
            // "#r=" with nothing after it was cut off, not empty. The code
            // holds only code characters here, so it goes straight to the
            // two checking steps.
            let decoded = if code.is_empty() {
                Err(LinkError::Incomplete)
            } else {
                share::parse_raw(code).and_then(share::validate)
            };
            let result = match (decoded, team) {
                (Ok(_), Some(None)) => Err(LinkError::Damaged),
                (outcome, _) => outcome,
            };
            self.findings.links.push(Found {
                line: self.lines,
                code: code.to_owned(),
                result,
                team: team.flatten(),
            });
        }
    }

    /// What was found in all pieces.
    pub fn finish(self) -> Findings {
        self.findings
    }
}

/// Finds every result link (`#r=…`, with or without a host, percent-encoded
/// `%23r%3D` too) in any text, in one go.
pub fn find_links(text: &str) -> Findings {
    let (text, truncated) = limit_paste(text);
    let mut reader = LinkReader::new();
    reader.read(text);
    let mut findings = reader.finish();
    findings.truncated = truncated;
    findings
}

/// The next `#r=` (or `%23r%3D`) in the text: its position and length.
fn next_marker(text: &str) -> Option<(usize, usize)> {
    // One pass over the bytes for either marker's first byte; both markers
    // are ASCII, so a match starts on a character boundary.
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(offset) = bytes[from..].iter().position(|&b| b == b'#' || b == b'%') {
        let at = from + offset;
        for marker in ["#r=", "%23r%3D"] {
            if bytes[at..].starts_with(marker.as_bytes()) {
                return Some((at, marker.len()));
            }
        }
        from = at + 1;
    }
    None
}

/// The length in bytes of the run of code characters at the start of the text.
fn code_length(text: &str) -> usize {
    // Code characters are ASCII, so the first other byte starts a character.
    text.bytes()
        .position(|b| !is_code_char(char::from(b)))
        .unwrap_or(text.len())
}
