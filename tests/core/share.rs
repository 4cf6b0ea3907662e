//! Placeholder: share codec tests are being written.
