//! Checks of the codebase itself, in the spirit of rust-analyzer's tidy test:
//! the core stays pure, every file has module docs, no stubs.

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).expect("readable source dir") {
        let path = entry.expect("dir entry").path();
        // Build output (the fuzz crate's own `target`) is not our code.
        if path.is_dir() && !path.ends_with("target") {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The core, and the first screen's content that both the components and the
/// native `sis-prerender` read.
#[test]
fn core_imports_no_browser_ui_or_drawing_crates() {
    let forbidden = [
        "leptos",
        "web_sys",
        "js_sys",
        "wasm_bindgen",
        "gloo",
        "plotters",
    ];
    let mut files = rust_files(&root().join("src/core"));
    files.extend(rust_files(&root().join("src/first_screen")));
    for file in files {
        let text = std::fs::read_to_string(&file).expect("readable");
        for line in text.lines().filter(|l| !l.trim_start().starts_with("//")) {
            for name in forbidden {
                assert!(
                    !line.contains(&format!("{name}::")) && !line.contains(&format!("use {name}")),
                    "{} uses {name}: {line}",
                    file.display()
                );
            }
        }
    }
}

#[test]
fn every_rust_file_starts_with_module_docs() {
    let mut files = rust_files(&root().join("src"));
    files.extend(rust_files(&root().join("tests")));
    for file in files {
        let text = std::fs::read_to_string(&file).expect("readable");
        assert!(
            text.starts_with("//!"),
            "{} has no //! module docs",
            file.display()
        );
    }
}

#[test]
fn no_stubs_or_ignored_tests() {
    let markers = [
        concat!("todo", "!("),
        concat!("unimplemented", "!("),
        concat!("#[", "ignore]"),
    ];
    let mut files = rust_files(&root().join("src"));
    files.extend(rust_files(&root().join("tests")));
    for file in files {
        let text = std::fs::read_to_string(&file).expect("readable");
        for marker in markers {
            assert!(
                !text.contains(marker),
                "{} contains {marker}",
                file.display()
            );
        }
    }
}
