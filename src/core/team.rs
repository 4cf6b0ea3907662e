//! Placeholder: team aggregation is being written.
