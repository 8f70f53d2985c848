// Turns a file's bytes into text, refusing what is not a UTF-8 text report.
import { isAscii, isUtf8 } from "node:buffer";

export class BadInputError extends Error {}

/** Byte offset of the first invalid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(buf: Uint8Array): number {
  let i = 0;
  const n = buf.length;
  while (i < n) {
    const b = buf[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let len = 0;
    if (b >= 0xc2 && b <= 0xdf) len = 2;
    else if (b >= 0xe0 && b <= 0xef) len = 3;
    else if (b >= 0xf0 && b <= 0xf4) len = 4;
    else return i;
    if (i + len > n) return i;
    for (let k = 1; k < len; k++) if ((buf[i + k] & 0xc0) !== 0x80) return i;
    // overlongs and surrogates
    if (b === 0xe0 && buf[i + 1] < 0xa0) return i;
    if (b === 0xed && buf[i + 1] > 0x9f) return i;
    if (b === 0xf0 && buf[i + 1] < 0x90) return i;
    if (b === 0xf4 && buf[i + 1] > 0x8f) return i;
    i += len;
  }
  return -1;
}

function looksBinary(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i];
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return n > 0 && control / n > 0.1;
}

/**
 * Decodes a report: UTF-8 only (a BOM is dropped), line ends made \n, Unicode NFC, control characters
 * other than tab and newline removed. Throws BadInputError with a one-line reason.
 */
export function decodeReport(buf: Uint8Array): string {
  if (buf.length === 0) throw new BadInputError("empty file");
  if (looksBinary(buf)) throw new BadInputError("binary file, not a text report");
  // (most reports are ASCII: valid UTF-8 and already in NFC, which a native check tells at once)
  const ascii = isAscii(buf);
  if (!ascii && !isUtf8(buf)) {
    const at = firstInvalidUtf8(buf);
    throw new BadInputError(
      `not valid UTF-8 (first bad byte 0x${buf[at]?.toString(16).padStart(2, "0")} at offset ${at}); ` +
        "if it is Latin-1 or Windows-1252, convert it first: iconv -f windows-1252 -t utf-8",
    );
  }
  let text = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString("utf8");
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = ascii ? withoutControls(unixLineEnds(text)) : normalizeText(text);
  if (!text.trim()) throw new BadInputError("empty file (only white space)");
  return text;
}

export function normalizeText(text: string): string {
  return withoutControls(unixLineEnds(text).normalize("NFC"));
}

/** Line ends made \n (a text without \r, most, is not scanned twice). */
function unixLineEnds(text: string): string {
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}

const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** Control characters other than tab and newline removed. */
function withoutControls(text: string): string {
  return text.replace(CONTROLS, "");
}
