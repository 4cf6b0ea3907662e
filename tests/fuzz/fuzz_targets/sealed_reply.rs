//! Fuzzes the reading of sealed team replies: any pasted text searched for
//! replies and collected under a fixed session's key, the text read as one
//! code and as one link, and the input's first 80 bytes given a right check,
//! so that the decryption itself sees forged replies and not only damaged
//! ones.
//!
//! Beyond "no panic": every reply found is on a line that exists and is made
//! of code characters; each is counted exactly once (received, duplicate,
//! replaced or refused); the codes a collection keeps read again as the same
//! members; a code that parses is in its one spelling; and a reply that
//! opens (only the seed corpus holds replies sealed to the fixed key) holds
//! a result in its one spelling and opens the same when sealed again.

#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use sis::core::links::codec::{crc24, from_base64url, to_base64url};
use sis::core::team::sealed::{self, Collection, PublicKey, ReplyContent, ReplyError, SecretKey, REPLY_BYTES, REPLY_CODE_LENGTH};
use sis::core::links::share;
use sis::core::links::invite::TeamId;

/// The session the fuzzer collects for: the same as in the core tests, so
/// their replies can seed the corpus.
const TEAM: TeamId = TeamId(0x5EA1_ED01);

fn keys() -> &'static (SecretKey, PublicKey) {
    static KEYS: OnceLock<(SecretKey, PublicKey)> = OnceLock::new();
    KEYS.get_or_init(|| sealed::session_keys([42; 32]))
}

fuzz_target!(|data: &[u8]| {
    // Pasted text reaches the reader as a string; lossy conversion lets
    // every input exercise it rather than only valid UTF-8.
    let text = String::from_utf8_lossy(data);
    found(&text);
    collected(&text);
    one_code(text.trim());
    as_link(&text);
    checked(data);
});

/// The text read as one reply link (the address, or one pasted link): what
/// reads is a code that reads the same on its own.
fn as_link(text: &str) {
    if let Ok(reply) = sealed::read_reply(text) {
        assert_eq!(
            sealed::parse(&reply.code).as_ref(),
            Ok(&reply),
            "a reply read from a link is its code"
        );
    }
}

fn is_code_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'-' || byte == b'_'
}

fn found(text: &str) {
    let lines = text.lines().count();
    let mut previous = 1;
    for found in sealed::find_replies(text) {
        assert!(
            (previous..=lines).contains(&found.line),
            "line {} after {previous} in a text of {lines} lines",
            found.line
        );
        previous = found.line;
        assert!(
            found.code.bytes().all(is_code_byte),
            "a found code holds code characters only"
        );
    }
}

fn collected(text: &str) {
    let (secret, _) = keys();
    let mut collection = Collection::new();
    collection.add_text(TEAM, secret, text);
    assert_eq!(
        collection.received()
            + collection.duplicates
            + collection.replaced
            + collection.refused.len(),
        sealed::find_replies(text).len(),
        "every reply found is counted once"
    );
    assert_eq!(
        collection.result_links,
        sealed::count_result_links(text),
        "result links are counted"
    );
    let codes = collection.codes();
    assert_eq!(codes.len(), collection.received(), "one code a member");
    let mut again = Collection::new();
    for code in &codes {
        again.add(TEAM, secret, code, 0);
    }
    assert_eq!(
        (again.duplicates, again.replaced, again.refused.len()),
        (0, 0, 0),
        "kept codes read again without loss"
    );
    assert_eq!(again.codes(), codes, "kept codes read again the same");
    assert_eq!(
        again.into_members(),
        collection.into_members(),
        "kept codes read again as the same members"
    );
}

fn one_code(code: &str) {
    let Ok(reply) = sealed::parse(code) else {
        return;
    };
    assert_eq!(
        code.len(),
        REPLY_CODE_LENGTH,
        "a parsed code has its length"
    );
    let bytes = from_base64url(code).expect("a parsed code is base64url");
    assert_eq!(
        to_base64url(&bytes),
        code,
        "a parsed code is in its spelling"
    );
    opened(&reply);
}

fn checked(data: &[u8]) {
    let Some(body) = data.get(..REPLY_BYTES - 3) else {
        return;
    };
    let mut bytes = body.to_vec();
    bytes.extend_from_slice(&crc24(body.iter().copied()).to_be_bytes()[1..]);
    let code = to_base64url(&bytes);
    let expected = match body[0] {
        0 => Err(ReplyError::Damaged),
        1 => Ok(TeamId(u32::from_be_bytes([
            body[1], body[2], body[3], body[4],
        ]))),
        _ => Err(ReplyError::Newer),
    };
    let reply = sealed::parse(&code);
    assert_eq!(
        reply
            .as_ref()
            .map(|reply| reply.team)
            .map_err(|error| *error),
        expected,
        "a checked reply is read by its format"
    );
    if let Ok(reply) = reply {
        opened(&reply);
    }
}

/// Opens a reply as its own session's and as the fixed session's.
fn opened(reply: &sealed::SealedReply) {
    let (secret, public) = keys();
    let outcome = sealed::open(reply, reply.team, secret);
    if reply.team != TEAM {
        assert_eq!(
            sealed::open(reply, TEAM, secret),
            Err(ReplyError::OtherSession),
            "a reply to another session"
        );
    }
    let Ok(content) = outcome else {
        return;
    };
    assert_eq!(
        share::decode(&share::encode(&content.result)),
        Ok(content.result),
        "an opened result is in its one spelling"
    );
    let again = sealed::seal(reply.team, public, &content, [7; 32]).expect("a usable key");
    let reopened: Result<ReplyContent, ReplyError> =
        sealed::parse(&again).and_then(|sealed| sealed::open(&sealed, reply.team, secret));
    assert_eq!(
        reopened,
        Ok(content),
        "an opened reply seals again the same"
    );
}
