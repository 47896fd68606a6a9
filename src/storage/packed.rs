//! Compact text for browser storage: deflate, then 15 bits per UTF-16 code unit.
//!
//! localStorage holds strings and browsers count its quota in UTF-16 code
//! units (Chromium: 5 Mi of them per origin, whatever the character). JSON
//! spends a whole code unit per byte; deflated bytes packed 15 bits to a code
//! unit (U+4000 to U+BFFF: no surrogates, nothing a browser rewrites) take
//! a fourteenth (fast) to a nineteenth (small) of that for a generated
//! company's data. Pure, so host-tested.

use crate::text;
use miniz_oxide::deflate::compress_to_vec;
use miniz_oxide::inflate::TINFLStatus;
use miniz_oxide::inflate::core::inflate_flags::{
    TINFL_FLAG_HAS_MORE_INPUT, TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF,
};
use miniz_oxide::inflate::core::{DecompressorOxide, decompress};

/// Starts every packed value; JSON never starts this way, so a stored value
/// tells by its first characters which it is.
const MARK: &str = "\u{2042}z1:";
/// The first code point carrying data.
const BASE: u32 = 0x4000;
/// The largest text Ladder unpacks: far beyond what browser storage holds.
const LARGEST_UNPACKED: usize = 256 * 1024 * 1024;
/// About how many times larger than its deflated bytes Ladder's JSON is
/// (measured: 7.5 fast, 10.0 small; settled periods, most of the data, are
/// small): the first guess of the unpacked size, so the output rarely grows.
const TYPICAL_RATIO: usize = 11;

/// How hard to compress: fast for data written at every save, small for
/// data written once. Small is deflate level 4, not 6: on the generated
/// 300-person company's closed periods (22.5 MB of JSON) level 6 took twice
/// as long (253 against 131 ms, native) for 3% fewer bytes, and a whole
/// save (a first sync, an import) packs all of them in one task.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Effort {
    Fast,
    Small,
}

/// True when `stored` was written by [`pack`].
pub fn is_packed(stored: &str) -> bool {
    stored.starts_with(MARK)
}

/// `text` deflated and packed into storage-friendly characters.
pub fn pack(text: &str, effort: Effort) -> String {
    let level = match effort {
        Effort::Fast => 1,
        Effort::Small => 4,
    };
    pack_deflated(&compress_to_vec(text.as_bytes(), level))
}

/// Deflated `bytes` in the packed form: what [`pack`] writes, and what the
/// fuzzer builds its deflate bombs with.
pub fn pack_deflated(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(MARK.len() + 12 + bytes.len() * 3 * 8 / 15 + 3);
    out.push_str(MARK);
    out.push_str(&bytes.len().to_string());
    out.push(':');
    let (mut buffer, mut bits) = (0u32, 0u32);
    for &byte in bytes {
        buffer = (buffer << 8) | u32::from(byte);
        bits += 8;
        if bits >= 15 {
            bits -= 15;
            out.push(code(buffer >> bits));
            buffer &= (1 << bits) - 1;
        }
    }
    if bits > 0 {
        out.push(code(buffer << (15 - bits)));
    }
    out
}

fn code(value: u32) -> char {
    // `value` has 15 bits, so BASE + value stays below the surrogates.
    char::from_u32(BASE + value).unwrap_or('\u{4000}')
}

/// The text [`pack`] was given, or why `stored` is not a packed value.
pub fn unpack(stored: &str) -> Result<String, String> {
    let (length, data) = header(stored)?;
    if data.len() % 3 != 0 {
        return Err(text::packed::INVALID_CHARACTER.to_owned());
    }
    // A damaged length must not decide how much memory to ask for.
    if length > data.len() / 3 * 15 / 8 {
        return Err(text::packed::CUT_SHORT.to_owned());
    }
    let bytes = deflated(data, length)?;
    if bytes.len() != length {
        return Err(text::packed::CUT_SHORT.to_owned());
    }
    let text = inflate(&bytes).ok_or(text::packed::DAMAGED)?;
    String::from_utf8(text).map_err(|_| text::packed::NOT_TEXT.to_owned())
}

/// The first `at_most` bytes of the text (fewer if it is shorter), cut back
/// to a whole character, from `start`, the beginning of a packed value:
/// what is kept before an import is a whole workspace, and listing it needs
/// only when it was saved, which comes first. `None` if `start` is not one.
pub fn unpack_start(start: &str, at_most: usize) -> Option<String> {
    let (length, data) = header(start).ok()?;
    // `start` may end anywhere after the header, even inside a character.
    let data = &data[..data.len() - data.len() % 3];
    let bytes = deflated(data, length).ok()?;
    let mut out = vec![0u8; at_most];
    let (status, _, written) = decompress(
        &mut Box::<DecompressorOxide>::default(),
        &bytes,
        &mut out,
        0,
        TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF | TINFL_FLAG_HAS_MORE_INPUT,
    );
    if !matches!(
        status,
        TINFLStatus::Done | TINFLStatus::HasMoreOutput | TINFLStatus::NeedsMoreInput
    ) {
        return None;
    }
    out.truncate(written);
    let whole = std::str::from_utf8(&out).map_or_else(|cut| cut.valid_up_to(), str::len);
    out.truncate(whole);
    String::from_utf8(out).ok()
}

/// The deflated length a packed value declares, and its characters.
fn header(stored: &str) -> Result<(usize, &[u8]), String> {
    let rest = stored.strip_prefix(MARK).ok_or(text::packed::NOT_PACKED)?;
    let (length, data) = rest.split_once(':').ok_or(text::packed::NO_LENGTH)?;
    let length = length
        .parse()
        .map_err(|_| text::packed::LENGTH_NOT_NUMBER)?;
    Ok((length, data.as_bytes()))
}

/// The deflated bytes that `data`, a packed value's characters, carry: at
/// most `length` of them. `data.len()` is a multiple of three.
fn deflated(data: &[u8], length: usize) -> Result<Vec<u8>, String> {
    // Every character `pack` writes takes three bytes in UTF-8, so the text
    // is read three bytes at a time rather than char by char. A chunk that
    // is not one such character (a lead byte 1110xxxx, two continuation
    // bytes) is refused; since `data` is valid UTF-8, chunks that all pass
    // are exactly its characters.
    let strange = || text::packed::INVALID_CHARACTER.to_owned();
    let mut bytes = Vec::with_capacity(length.min(data.len() / 3 * 15 / 8));
    let (mut buffer, mut bits) = (0u32, 0u32);
    for chunk in data.chunks_exact(3) {
        let &[lead, second, third] = chunk else {
            return Err(strange());
        };
        if lead & 0xF0 != 0xE0 || second & 0xC0 != 0x80 || third & 0xC0 != 0x80 {
            return Err(strange());
        }
        let c = (u32::from(lead & 0x0F) << 12)
            | (u32::from(second & 0x3F) << 6)
            | u32::from(third & 0x3F);
        let value = c
            .checked_sub(BASE)
            .filter(|v| *v < 1 << 15)
            .ok_or_else(strange)?;
        buffer = (buffer << 15) | value;
        bits += 15;
        while bits >= 8 && bytes.len() < length {
            bits -= 8;
            bytes.push((buffer >> bits) as u8);
            buffer &= (1 << bits) - 1;
        }
    }
    Ok(bytes)
}

/// The raw deflate stream `bytes` decompressed, or `None` if it is damaged
/// or would exceed [`LARGEST_UNPACKED`]. Unlike miniz's `decompress_to_vec`,
/// which starts at twice the input and doubles (copying megabytes each time
/// for a large workspace), the output starts at the usual size.
fn inflate(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut out = vec![
        0u8;
        bytes
            .len()
            .saturating_mul(TYPICAL_RATIO)
            .clamp(64, LARGEST_UNPACKED)
    ];
    let mut state = Box::<DecompressorOxide>::default();
    let (mut read, mut written) = (0, 0);
    loop {
        let (status, used, produced) = decompress(
            &mut state,
            bytes.get(read..)?,
            &mut out,
            written,
            TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF,
        );
        read += used;
        written += produced;
        match status {
            TINFLStatus::Done => {
                out.truncate(written);
                return Some(out);
            }
            TINFLStatus::HasMoreOutput if out.len() < LARGEST_UNPACKED => {
                let grown = out.len().saturating_mul(2).min(LARGEST_UNPACKED);
                out.resize(grown, 0);
            }
            _ => return None,
        }
    }
}
