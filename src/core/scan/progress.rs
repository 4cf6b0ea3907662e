//! Where a person is in a scan: the answers so far, the page, the optional
//! role and the team session of an invite. Plain domain values; their
//! stored format is `storage::records`.

use crate::core::links::invite::TeamId;
use crate::core::links::share::SharedResult;
use crate::core::model::Role;
use crate::core::questionnaire::Questionnaire;
use crate::core::scan::answers::AnswerSheet;
use crate::core::team::sealed::PublicKey;

/// Where in the scan the respondent is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// The intro page, before or between answering.
    Intro,
    /// Answering; the index of the item on screen.
    Questions {
        /// Index of the item shown, 0-based.
        item: usize,
    },
    /// All items passed; the overview before the result.
    Review,
    /// The result is shown.
    Result,
}

/// A scan in progress or finished: the questionnaire, the answers and the stage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Progress {
    /// The questionnaire version the answers belong to.
    pub questionnaire: Questionnaire,
    /// The answers given so far.
    pub answers: AnswerSheet,
    /// Where the respondent is.
    pub stage: Stage,
    /// The optional, anonymous role of the respondent.
    pub role: Option<Role>,
    /// When this scan was started (milliseconds since 1970), which identifies
    /// it in the history; `None` for scans stored before version 2.
    pub scan: Option<i64>,
    /// The team session this scan belongs to, from an invite link.
    pub team: Option<TeamSession>,
}

/// The team session a member takes the scan for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeamSession {
    /// The session's id, carried by the member's result link.
    pub id: TeamId,
    /// The facilitator's label, plain text.
    pub label: String,
    /// The public key of a sealed session, whose member sends a sealed reply
    /// and never their result link; `None` for an older, open session.
    pub key: Option<PublicKey>,
}

impl Progress {
    /// The scan as a result link, the history and a host message carry it:
    /// questionnaire, role and answers, nothing of where the person is.
    pub fn shared_result(&self) -> SharedResult {
        SharedResult {
            questionnaire: self.questionnaire,
            role: self.role,
            answers: self.answers.clone(),
        }
    }

    /// Whether the scan holds anything of a person: an answer, or any page
    /// but the intro (what kiosk mode must wipe before the next person).
    pub fn has_begun(&self) -> bool {
        self.stage != Stage::Intro || !self.answers.is_empty()
    }

    /// A fresh scan on the current questionnaire, at the intro.
    pub fn new() -> Progress {
        let questionnaire = Questionnaire::current();
        Progress {
            questionnaire,
            answers: AnswerSheet::empty(&questionnaire),
            stage: Stage::Intro,
            role: None,
            scan: None,
            team: None,
        }
    }
}

impl Default for Progress {
    fn default() -> Self {
        Progress::new()
    }
}
