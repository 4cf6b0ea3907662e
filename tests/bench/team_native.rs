//! Native benchmark of the team pipeline: find, decode, validate,
//! de-duplicate and aggregate 10,000 result links pasted as one text.
//! Prints figures; asserts nothing about time.
//! Run: `cargo run --release --example team_native [-- --write FILE]`; with
//! `--write` it also saves the pasted text, for `tests/bench/team-paste.mjs`.

use std::time::Instant;

use sis::core::links::invite::{member_fragment, TeamId};
use sis::core::links::paste::find_links;
use sis::core::links::share::SharedResult;
use sis::core::model::Role;
use sis::core::questionnaire::V1;
use sis::core::scan::answers::{Answer, AnswerSheet, Likert};
use sis::core::team::{analyse, score_members};

/// A deterministic pseudo-random sequence, so runs are comparable.
fn next(seed: &mut u64) -> u64 {
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    *seed
}

fn main() {
    let links = 10_000;
    let mut seed = 0x5EED_u64;
    let mut text = String::new();
    for _ in 0..links {
        let mut answers = AnswerSheet::empty(&V1);
        for index in 0..answers.item_count() {
            let value = (next(&mut seed) % 6) as u8;
            answers.set(index, Likert::new(value).map(Answer::Scale));
        }
        let role = Role::ALL.get((next(&mut seed) % 6) as usize).copied();
        let result = SharedResult {
            questionnaire: V1,
            role,
            answers,
        };
        text.push_str(&format!(
            "https://scan.example/#{}\n",
            member_fragment(&result, Some(TeamId(7)))
        ));
    }
    let args: Vec<String> = std::env::args().collect();
    if let Some(file) = args
        .iter()
        .position(|a| a == "--write")
        .and_then(|i| args.get(i + 1))
    {
        std::fs::write(file, &text).expect("the links file is writable");
    }
    let runs = 21;
    let mut times = Vec::new();
    let mut n = 0;
    for _ in 0..runs {
        let start = Instant::now();
        let members = find_links(&text).members();
        let analysis = analyse(&members, 5);
        times.push(start.elapsed().as_secs_f64() * 1000.0);
        std::hint::black_box(&analysis);
        n = members.len();
    }
    // Where the time goes, for one run.
    let start = Instant::now();
    let members = find_links(&text).members();
    let found_ms = start.elapsed().as_secs_f64() * 1000.0;
    let start = Instant::now();
    std::hint::black_box(score_members(&members));
    let scoring_ms = start.elapsed().as_secs_f64() * 1000.0;
    let start = Instant::now();
    std::hint::black_box(analyse(&members, 5));
    let analysis_ms = start.elapsed().as_secs_f64() * 1000.0;
    println!("one run: finding and decoding {found_ms:.1} ms, analysis {analysis_ms:.1} ms (of which scoring every member {scoring_ms:.1} ms)");
    times.sort_by(f64::total_cmp);
    println!(
        "team pipeline, {links} links ({} KiB of text), {n} members: median {:.1} ms, min {:.1} ms over {runs} runs (native, release)",
        text.len() / 1024,
        times[runs / 2],
        times[0]
    );
}
