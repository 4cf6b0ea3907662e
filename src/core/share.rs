//! Placeholder: the share codec is being written.
