//! The page around the app: settings in the address's query ([`params`]),
//! the messages posted to an embedding page ([`messages`]), the parent
//! origin those go to ([`origin`]) and the host's accent colour
//! ([`colour`]).

pub mod colour;
pub mod messages;
pub mod origin;
pub mod params;
