# Chooses at most `keep` inputs of a corpus that together reach the most
# coverage, greedily: each round takes the input that adds the most features
# not yet covered. The input is a libFuzzer merge control file written with
# -set_cover_merge=1 (so each FT line lists all of an input's features, not
# only the new ones); the chosen paths go to standard output and a summary
# to standard error. run.sh uses it when `cargo fuzz cmin` leaves more than
# FUZZ_CORPUS_MAX files, which JSON parsing does: its error paths are many.
NR == 1 { files = $1; next }
NR == 2 { next }
NR <= files + 2 { path[NR - 3] = $0; next }
$1 == "FT" {
    id = $2
    count[id] = NF - 2
    for (i = 3; i <= NF; i++) {
        has[id, i - 2] = $i
        all[$i] = 1
    }
}
END {
    for (round = 0; round < keep; round++) {
        best = -1
        gain = 0
        for (id in count) {
            if (id in taken) continue
            g = 0
            for (i = 1; i <= count[id]; i++) if (!(has[id, i] in covered)) g++
            if (g > gain || (g == gain && g > 0 && id + 0 < best + 0)) {
                gain = g
                best = id
            }
        }
        if (best < 0) break
        taken[best] = 1
        for (i = 1; i <= count[best]; i++) covered[has[best, i]] = 1
        print path[best]
    }
    printf "kept %d of %d inputs, with %d of %d features\n", length(taken), files, length(covered), length(all) > "/dev/stderr"
}
