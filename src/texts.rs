//! Build time (native): writes the text pack of every language
//! (`core::i18n::pack`) into the folder given as the only argument, as
//! `texts-TAG.txt`, for the post-build step `.ci/post-build/texts.mjs`,
//! which names them by their content. The app fetches the pack of the
//! language it shows (`web::texts`).

#[cfg(not(texts_on_demand))]
fn main() {
    use sis::core::i18n::{pack, Lang};

    let Some(folder) = std::env::args_os().nth(1) else {
        eprintln!("usage: sis-texts FOLDER");
        std::process::exit(2);
    };
    let folder = std::path::PathBuf::from(folder);
    for &lang in Lang::ALL {
        let path = folder.join(format!("texts-{}.txt", lang.tag()));
        if let Err(error) = std::fs::write(&path, pack::write(lang)) {
            eprintln!("sis-texts: cannot write {}: {error}", path.display());
            std::process::exit(1);
        }
    }
}

/// Built for the app's target, where the language files are not compiled
/// in (`build.rs`), there is nothing to write.
#[cfg(texts_on_demand)]
fn main() {
    eprintln!("sis-texts runs natively: `cargo run --bin sis-texts -- FOLDER`");
}
