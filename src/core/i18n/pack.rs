//! A language's texts as one file, a *text pack*, so that the app fetches
//! only the language it shows instead of carrying every language in its wasm.
//!
//! The format (version [`FORMAT`]): a header line `sis-texts 1 TAG`, then every
//! string of the language in the fixed order below, each ended by
//! [`SEPARATOR`] (a character no text contains; a test checks it). The order
//! is the keys of [`Text::ALL`], then the statements of questionnaire version
//! 1, the advice by dimension and level, the note that purpose comes first,
//! the months, the dimensions' actions and the themes' actions: the tables of
//! each language file, row by row.
//!
//! A pack is made at build time from the language files ([`write`], by the
//! native `sis-texts`) and read by the app ([`read`]); both come from the
//! same build, which names each pack by its content, so the format needs no
//! migration. A pack that is not one of this build (another format, another
//! language, another number of strings) is refused as a whole.

use super::{Lang, Text};

/// The first words of a pack's header: the format and its version.
pub const FORMAT: &str = "sis-texts 1";

/// Ends every string of a pack (ASCII's record separator).
pub const SEPARATOR: char = '\u{1e}';

/// Where each table starts in a pack's strings, and how many there are.
pub mod at {
    use super::Text;

    /// The short texts, in [`Text::ALL`] order (a key's index is its
    /// position there).
    pub const TEXTS: usize = 0;
    /// The 30 statements of questionnaire version 1.
    pub const STATEMENTS_V1: usize = TEXTS + Text::ALL.len();
    /// The advice: 5 dimensions of 4 levels each.
    pub const ADVICE: usize = STATEMENTS_V1 + 30;
    /// The note that purpose comes first.
    pub const PURPOSE_FIRST: usize = ADVICE + 5 * 4;
    /// The 12 months.
    pub const MONTHS: usize = PURPOSE_FIRST + 1;
    /// The actions of the dimensions: 5 dimensions of 3 each.
    pub const DIMENSION_ACTIONS: usize = MONTHS + 12;
    /// The actions of the 13 themes.
    pub const THEME_ACTIONS: usize = DIMENSION_ACTIONS + 5 * 3;
    /// The number of strings in a pack.
    pub const COUNT: usize = THEME_ACTIONS + 13;
}

/// Why a text could not be read as a pack.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PackError {
    /// The header is not this format's, or names another language.
    #[error("not a text pack of format `{FORMAT}` for this language")]
    Header,
    /// The pack holds another number of strings than this build's.
    #[error("the text pack holds {found} strings, not {}", at::COUNT)]
    Count {
        /// The number of strings found.
        found: usize,
    },
}

/// The strings of the pack `text` for `lang`, in pack order.
pub fn read(text: &str, lang: Lang) -> Result<Vec<&str>, PackError> {
    let (header, body) = text.split_once('\n').ok_or(PackError::Header)?;
    if header
        .strip_prefix(FORMAT)
        .and_then(|rest| rest.strip_prefix(' '))
        != Some(lang.tag())
    {
        return Err(PackError::Header);
    }
    // Every string ends with the separator, so the text after the last one
    // is empty.
    let mut strings: Vec<&str> = body.split(SEPARATOR).collect();
    if strings.pop() != Some("") || strings.len() != at::COUNT {
        return Err(PackError::Count {
            found: body.matches(SEPARATOR).count(),
        });
    }
    Ok(strings)
}

/// The pack of `lang`, from its language file: what `sis-texts` writes.
/// Only where the language files are compiled in (not `texts_on_demand`,
/// see `build.rs`).
#[cfg(not(texts_on_demand))]
pub fn write(lang: Lang) -> String {
    let mut pack = format!("{FORMAT} {}\n", lang.tag());
    for string in lang.strings() {
        pack.push_str(string);
        pack.push(SEPARATOR);
    }
    pack
}
