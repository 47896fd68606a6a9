//! Components shared by several pages.

mod banners;
mod header;
mod import;
mod modal;
mod toast;

pub use banners::Banners;
pub use header::Header;
pub use import::ImportButton;
pub use modal::Modal;
pub use toast::ToastHost;
