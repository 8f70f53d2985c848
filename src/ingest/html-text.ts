// HTML to plain text: script, style and other non-content dropped, entities decoded, links as their text only.
// The result is data, never markup: nothing in it is followed or executed.
import { convert } from "html-to-text";

const SKIP = ["script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "head", "nav", "form", "button"];

const OPTIONS = {
  wordwrap: false as const,
  preserveNewlines: false,
  selectors: [
    ...SKIP.map((selector) => ({ selector, format: "skip" })),
    { selector: "a", options: { ignoreHref: true } },
    { selector: "img", format: "skip" },
    ...["h1", "h2", "h3", "h4", "h5", "h6"].map((selector) => ({
      selector,
      options: { uppercase: false, leadingLineBreaks: 2, trailingLineBreaks: 1 },
    })),
    { selector: "table", format: "dataTable" },
  ],
};

export function htmlToText(html: string): string {
  return convert(html, OPTIONS)
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** The page's <title>, decoded, or null. */
export function htmlTitle(html: string): string | null {
  const m = /<title\b[^>]{0,200}>([^<]{1,500})<\/title>/i.exec(html.slice(0, 200_000));
  if (!m) return null;
  const t = convert(m[1], { wordwrap: false }).replace(/\s+/g, " ").trim();
  return t || null;
}
