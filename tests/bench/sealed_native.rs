//! Native benchmark of sealed team replies: seal 10,000 replies to one
//! session, then find, open, de-duplicate and aggregate them as one pasted
//! text. Prints figures (the reply length and times); asserts nothing.
//! Run: `cargo run --release --example sealed_native [-- --write FILE]`; with
//! `--write` it also saves the session and the pasted text as JSON, for
//! `tests/bench/sealed-paste.mjs`.

use std::time::Instant;

use sis::core::links::codec::to_base64url;
use sis::core::links::invite::TeamId;
use sis::core::links::share::SharedResult;
use sis::core::model::Role;
use sis::core::questionnaire::V1;
use sis::core::scan::answers::{Answer, AnswerSheet, Likert};
use sis::core::storage::team_sessions::{open_profile, HostedSession, HostedState};
use sis::core::team::sealed::{self, Collection, ReplyContent, ReplyId, REPLY_CODE_LENGTH};

/// A deterministic pseudo-random sequence, so runs are comparable.
fn next(seed: &mut u64) -> u64 {
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    *seed
}

/// 32 bytes of the sequence (a benchmark's seeds, never a real key's).
fn bytes32(seed: &mut u64) -> [u8; 32] {
    let mut out = [0; 32];
    for chunk in out.chunks_mut(8) {
        chunk.copy_from_slice(&next(seed).to_be_bytes());
    }
    out
}

fn main() {
    let replies = 10_000;
    let mut seed = 0x5EED_u64;
    let team = TeamId(7);
    let (secret, public) = sealed::session_keys(bytes32(&mut seed));
    let started = Instant::now();
    let mut text = String::new();
    for index in 0..replies {
        let mut answers = AnswerSheet::empty(&V1);
        for item in 0..answers.item_count() {
            let value = (next(&mut seed) % 6) as u8;
            answers.set(item, Likert::new(value).map(Answer::Scale));
        }
        let role = Role::ALL.get((next(&mut seed) % 6) as usize).copied();
        let content = ReplyContent {
            reply: ReplyId(index as u64),
            finished: 1_764_400_000,
            result: SharedResult {
                questionnaire: V1,
                role,
                answers,
            },
        };
        let code = sealed::seal(team, &public, &content, bytes32(&mut seed)).expect("a usable key");
        text.push_str(&format!("https://scan.example/#s={code}\n"));
    }
    let sealing = started.elapsed();
    let args: Vec<String> = std::env::args().collect();
    if let Some(file) = args
        .iter()
        .position(|a| a == "--write")
        .and_then(|i| args.get(i + 1))
    {
        let json = format!(
            "{{\"team\":{},\"secret\":\"{}\",\"text\":{:?}}}",
            team.0,
            to_base64url(&secret.0),
            text
        );
        std::fs::write(file, json).expect("the file is writable");
    }

    let started = Instant::now();
    let mut collection = Collection::new();
    collection.add_text(team, &secret, &text);
    let opening = started.elapsed();
    let session = HostedSession {
        team,
        label: String::new(),
        min_group: 5,
        created: 0,
        state: HostedState::Collecting {
            secret,
            replies: Vec::new(),
        },
    };
    let received = collection.received();
    let started = Instant::now();
    let (analysis, _) = open_profile(&session, collection, 0).expect("enough replies");
    let aggregating = started.elapsed();
    println!("reply code: {REPLY_CODE_LENGTH} characters; link: #s= and the code after the app's address");
    println!(
        "sealing {replies} replies: {:.1} ms",
        sealing.as_secs_f64() * 1e3
    );
    println!(
        "finding and opening {replies} replies: {:.1} ms ({:.1} µs each), {received} counted",
        opening.as_secs_f64() * 1e3,
        opening.as_secs_f64() * 1e6 / replies as f64
    );
    println!(
        "the team profile from them: {:.1} ms (n = {})",
        aggregating.as_secs_f64() * 1e3,
        analysis.profile.shown().map_or(0, |p| p.n)
    );
}
