//! Placeholder: team aggregation tests are being written.
