// The reference: compromise's generic people / places / organizations extraction over report texts.
// compromise is single-threaded JavaScript; this runs it on one thread, over texts already in memory
// (file reading not timed), and reports MB/s of UTF-8 text. Used by bench/run.mjs as a child process;
// can also be run alone: node bench/compromise-reference.mjs CORPUS_DIR [SAMPLE]
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import nlp from "compromise";

/** A deterministic, evenly spread sample of the corpus: every step-th report, up to `sample` reports. */
export function sampleFiles(corpusDir, sample) {
  const all = readdirSync(corpusDir).filter((f) => f.endsWith(".txt")).sort();
  const n = Math.min(all.length, sample > 0 ? sample : all.length);
  const step = Math.max(1, Math.floor(all.length / n));
  const files = [];
  for (let i = 0; i < all.length && files.length < n; i += step) files.push(join(corpusDir, all[i]));
  return { files, step, total: all.length };
}

export function extractGeneric(text) {
  const doc = nlp(text);
  return { people: doc.people().out("array"), places: doc.places().out("array"), organizations: doc.organizations().out("array") };
}

export function runReference(corpusDir, sample) {
  const { files, step, total } = sampleFiles(corpusDir, sample);
  const texts = files.map((f) => readFileSync(f, "utf8"));
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, "utf8"), 0);
  extractGeneric(texts[0]); // warm-up (lexicon load, JIT); not timed
  const out = { people: 0, places: 0, organizations: 0 };
  const t0 = performance.now();
  for (const t of texts) {
    const r = extractGeneric(t);
    out.people += r.people.length;
    out.places += r.places.length;
    out.organizations += r.organizations.length;
  }
  const seconds = (performance.now() - t0) / 1000;
  return { reports: texts.length, step, corpusReports: total, textBytes: bytes, seconds, mentions: out };
}

function vmHWM() {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"));
  return m ? Number(m[1]) * 1024 : process.resourceUsage().maxRSS * 1024;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, sample] = process.argv.slice(2);
  if (!dir) {
    console.error("usage: node bench/compromise-reference.mjs CORPUS_DIR [SAMPLE]");
    process.exit(2);
  }
  const r = { ...runReference(dir, Number(sample ?? 1000)), threads: 1 };
  r.peakRssBytes = vmHWM();
  if (process.send) process.send(r);
  else console.log(JSON.stringify({ ...r, mbPerSecond: r.textBytes / 1e6 / r.seconds }, null, 2));
}
