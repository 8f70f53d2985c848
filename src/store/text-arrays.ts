// Rows sent as columns: one PostgreSQL text[] parameter per column, in the binary wire format, unnested in SQL
// ("select ... from unnest($1::text[], $2::text[], ...) as x(a, b, ...)") and cast there to the column's type
// (x.idx::int, x.fields::jsonb). The database reads each value as it is: no JSON to validate, take apart and
// unescape first. Rows passed as one JSON array (json_populate_recordset) had every byte lexed twice before a
// value was even converted: about 0.3 ms of a report's 1.9 ms write in the embedded database (bench/README.md).
//
// Binary array format (PostgreSQL's array_recv): int32 ndim, int32 flags, oid element type, per dimension int32
// size and int32 lower bound, then per element int32 length (-1 for NULL) and its bytes (for text: UTF-8).

const TEXT_OID = 25;
/** The element types a column may have besides text, with their type ids: their values are given in binary. */
export const ELEMENT_TYPES = { text: TEXT_OID, tsvector: 3614 } as const;
export type ElementType = keyof typeof ELEMENT_TYPES;

/** A column's values: text, a value already in its type's binary form, or null. */
export type Column = readonly (string | Uint8Array | null)[];

/**
 * The elements (length and UTF-8 bytes each) of several columns, laid out one column after the other in ONE buffer
 * that holds nothing else (so that a worker thread can hand it over without a copy), and where each column ends.
 */
export function columnElements(columns: readonly Column[]): { bytes: Uint8Array; ends: number[] } {
  // (plain loops and one Int32Array of lengths: the lengths as arrays from map() took other maps when a column was
  // empty, "wrong map" deoptimisations of the caller)
  let count = 0;
  for (let c = 0; c < columns.length; c++) count += columns[c].length;
  const lengths = new Int32Array(count);
  let total = 0;
  let e = 0;
  for (let c = 0; c < columns.length; c++) {
    const col = columns[c];
    for (let r = 0; r < col.length; r++) {
      const v = col[r];
      const n = v === null ? -1 : typeof v === "string" ? Buffer.byteLength(v, "utf8") : v.length;
      lengths[e++] = n;
      total += n > 0 ? 4 + n : 4;
    }
  }
  const bytes = Buffer.allocUnsafeSlow(total);
  const ends: number[] = [];
  let o = 0;
  e = 0;
  for (let c = 0; c < columns.length; c++) {
    const col = columns[c];
    for (let r = 0; r < col.length; r++) {
      const v = col[r];
      const n = lengths[e++];
      o = bytes.writeInt32BE(n, o);
      if (typeof v === "string") o += bytes.write(v, o, n, "utf8");
      else if (v) {
        bytes.set(v, o);
        o += n;
      }
    }
    ends.push(o);
  }
  if (o !== total) throw new Error(`column elements laid out ${o} of ${total} bytes`);
  return { bytes, ends };
}

/** The header of a one-dimensional array of `count` elements (a zero-dimensional, empty array when there are none). */
export function textArrayHeader(count: number, type: ElementType = "text"): Uint8Array {
  const header = Buffer.allocUnsafe(count ? 20 : 12);
  header.writeInt32BE(count ? 1 : 0, 0);
  header.writeInt32BE(0, 4);
  header.writeInt32BE(ELEMENT_TYPES[type], 8);
  if (count) {
    header.writeInt32BE(count, 12);
    header.writeInt32BE(1, 16);
  }
  return header;
}

/** An array parameter's pieces: the header, then the given element runs (each from columnElements) in order. */
export function textArrayPieces(count: number, runs: readonly Uint8Array[], type: ElementType = "text"): Uint8Array[] {
  return [textArrayHeader(count, type), ...runs];
}

/** One text[] parameter per column, for rows built where they are written (the elements laid out here). */
export function textArrayParams(columns: readonly Column[]): Uint8Array[][] {
  const { bytes, ends } = columnElements(columns);
  return columns.map((col, c) => textArrayPieces(col.length, [bytes.subarray(c ? ends[c - 1] : 0, ends[c])]));
}

/** "unnest($k::text[], ...) as x(name, ...)" for the given column names, from parameter `first` on (text unless `types` says). */
export function unnestColumns(names: readonly string[], first = 1, types: Partial<Record<string, ElementType>> = {}): string {
  const args = names.map((n, i) => `$${first + i}::${types[n] ?? "text"}[]`).join(", ");
  return `unnest(${args}) as x(${names.map((n) => `"${n}"`).join(", ")})`;
}
