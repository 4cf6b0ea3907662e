//! Replies read by camera in the room: what a decoded QR code means for a
//! collecting session, and which decoded codes are new.
//!
//! The camera gives the same code in many frames while a phone is held up,
//! and every code of a frame at once. [`FrameFilter`] lets a code through
//! once per showing: again only after it was out of sight for [`HOLD_MS`],
//! so a phone held up a second time is read again (and then says "already
//! counted"). [`read_scanned`] adds what a code holds to the session's
//! [`Collection`] exactly as a pasted text of it would be added, and says
//! what that did, for the confirmation of that one code.
//!
//! Pure: no camera, no frames; the browser edge (`web::camera`) decodes.

use crate::core::i18n::{fill, Lang, Text};
use crate::core::links::invite::TeamId;
use crate::core::team::sealed::{
    count_result_links, find_replies, Added, Collection, ReplyError, SecretKey,
};

/// Why the camera could not be opened, as the browser's error names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CameraProblem {
    /// The person or the page's policy refused access.
    Refused,
    /// There is no camera.
    Missing,
    /// Any other failure (the camera is in use, no camera API here).
    Failed,
}

impl CameraProblem {
    /// The problem a `getUserMedia` error of this name means.
    pub fn of_error_name(name: &str) -> CameraProblem {
        match name {
            "NotAllowedError" | "SecurityError" => CameraProblem::Refused,
            "NotFoundError" | "OverconstrainedError" => CameraProblem::Missing,
            _ => CameraProblem::Failed,
        }
    }

    /// What the page says: inside a frame whatever the reason, as the
    /// embedding page must allow the camera (`allow="camera"`).
    pub fn text(self, in_frame: bool) -> Text {
        if in_frame {
            return Text::CameraFramed;
        }
        match self {
            CameraProblem::Refused => Text::CameraRefused,
            CameraProblem::Missing => Text::CameraMissing,
            CameraProblem::Failed => Text::CameraFailed,
        }
    }
}

/// How long a code must be out of sight before it is read again, in ms.
pub const HOLD_MS: f64 = 1500.0;

/// What reading one decoded code did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScanOutcome {
    /// A reply of a member not counted before: one more counts.
    Counted,
    /// Another reply of a member already counted; the later one counts.
    Replaced,
    /// This reply was counted already.
    Duplicate,
    /// A reply that could not be counted, with why.
    NotCounted(ReplyError),
    /// A result link (`#r=`), not a team reply.
    ResultLink,
    /// A QR code of something else: no reply in it.
    NotAReply,
}

impl ScanOutcome {
    /// Whether the code made the collection count one more or a later reply.
    pub fn counts(self) -> bool {
        matches!(self, ScanOutcome::Counted | ScanOutcome::Replaced)
    }
}

impl From<Added> for ScanOutcome {
    fn from(added: Added) -> ScanOutcome {
        match added {
            Added::Counted => ScanOutcome::Counted,
            Added::Replaced => ScanOutcome::Replaced,
            Added::Duplicate => ScanOutcome::Duplicate,
            Added::Refused(error) => ScanOutcome::NotCounted(error),
        }
    }
}

/// Adds the text of one decoded QR code to `collection` as if it had been
/// pasted (the replies it holds, or one more result link), and says what
/// that did. A code with several replies (none of ours has) says what the
/// last did.
pub fn read_scanned(
    collection: &mut Collection,
    team: TeamId,
    secret: &SecretKey,
    text: &str,
) -> ScanOutcome {
    let found = find_replies(text);
    if found.is_empty() {
        let links = count_result_links(text);
        collection.result_links += links;
        return if links > 0 {
            ScanOutcome::ResultLink
        } else {
            ScanOutcome::NotAReply
        };
    }
    found.iter().fold(ScanOutcome::NotAReply, |_, reply| {
        collection.add(team, secret, &reply.code, 0).into()
    })
}

/// The texts of a frame as the decoder hands them over: separated by NUL
/// (which no reply or link holds), empty ones left out.
pub fn frame_texts(decoded: &str) -> Vec<String> {
    decoded
        .split('\0')
        .filter(|text| !text.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The texts of the frame just seen, per showing of a code: a text goes
/// through once, then again only after [`HOLD_MS`] without it.
#[derive(Debug, Default)]
pub struct FrameFilter {
    /// Texts seen lately, with when they were last seen (ms).
    recent: Vec<(String, f64)>,
}

impl FrameFilter {
    /// An empty filter.
    pub fn new() -> FrameFilter {
        FrameFilter::default()
    }

    /// The texts of a frame seen at `now` (ms) that are new: not seen in
    /// the [`HOLD_MS`] before it. Every text seen counts as seen at `now`.
    pub fn new_texts(&mut self, texts: &[String], now: f64) -> Vec<String> {
        self.recent.retain(|(_, seen)| now - *seen < HOLD_MS);
        let mut new = Vec::new();
        for text in texts {
            match self.recent.iter_mut().find(|(seen, _)| seen == text) {
                Some((_, seen)) => *seen = now,
                None => {
                    self.recent.push((text.clone(), now));
                    new.push(text.clone());
                }
            }
        }
        new
    }
}

/// The message for one code read, in `lang`: a confirmation with how many
/// replies count now, or why it was not counted. The reasons are the texts
/// of the counts (`ReplyError::text`, result links), with how many the
/// collection refused for that reason so far.
pub fn outcome_message(outcome: ScanOutcome, collection: &Collection, lang: Lang) -> String {
    let n = |count: usize| count.to_string();
    let not_counted = |reason: Text, count: usize| {
        let reason = fill(reason.get(lang), &[("n", &n(count))]);
        fill(Text::ScanNotCounted.get(lang), &[("reason", &reason)])
    };
    match outcome {
        ScanOutcome::Counted => fill(
            Text::ScanCounted.get(lang),
            &[("n", &n(collection.received()))],
        ),
        ScanOutcome::Replaced => fill(
            Text::ScanReplaced.get(lang),
            &[("n", &n(collection.received()))],
        ),
        ScanOutcome::Duplicate => Text::ScanDuplicate.get(lang).to_owned(),
        ScanOutcome::NotCounted(error) => {
            let count = collection
                .refused
                .iter()
                .filter(|refused| refused.error == error)
                .count();
            not_counted(error.text(), count)
        }
        ScanOutcome::ResultLink => not_counted(Text::ReplyResultLinks, collection.result_links),
        ScanOutcome::NotAReply => Text::ScanNotAReply.get(lang).to_owned(),
    }
}
