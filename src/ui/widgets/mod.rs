//! Small pieces the pages share: focus helpers ([`focus`]), a read-only link
//! with a copy button ([`link_field`]), the paste box for links and files
//! ([`paste_box`]), the QR code of a link ([`qr_box`]), the message with
//! Try again when an on-demand part cannot come ([`retry`]) and `Show` with
//! its types erased ([`when`]).

pub(crate) mod focus;
pub(crate) mod link_field;
pub(crate) mod paste_box;
pub(crate) mod qr_box;
pub(crate) mod retry;
pub(crate) mod when;
