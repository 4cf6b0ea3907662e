//! What the app keeps and where, for the privacy page: every localStorage
//! key the app writes, with what it holds. A browser test checks this list
//! against the keys really written, so the page cannot drift from the code.

use crate::core::i18n::Text;
use crate::core::storage::history::HISTORY_KEY;
use crate::core::storage::plans::PLANS_KEY;
use crate::core::storage::records::{PROGRESS_KEY, SETTINGS_KEY};
use crate::core::storage::team_rounds::ROUNDS_KEY;
use crate::core::storage::team_sessions::{MEMBER_KEY, SESSIONS_KEY};

/// Every localStorage key the app writes, with the text that says what it holds.
pub const STORAGE_KEYS: [(&str, Text); 7] = [
    (PROGRESS_KEY, Text::PrivacyKeyProgress),
    (SETTINGS_KEY, Text::PrivacyKeySettings),
    (HISTORY_KEY, Text::PrivacyKeyHistory),
    (PLANS_KEY, Text::PrivacyKeyPlans),
    (SESSIONS_KEY, Text::PrivacyKeyTeamSessions),
    (MEMBER_KEY, Text::PrivacyKeyTeamReplies),
    (ROUNDS_KEY, Text::PrivacyKeyTeamRounds),
];
