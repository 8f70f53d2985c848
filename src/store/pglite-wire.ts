// The bulk write's way into PGlite: one PostgreSQL extended-protocol message (Parse once per connection, then
// Bind, Execute, Sync), built in ONE buffer straight from the rows' bytes and handed to PGlite's
// execProtocolRaw. PGlite's own query() serialises a parameter through four or five intermediate copies and
// re-parses and re-plans the statement every time. On the thread that holds the database those copies were
// most of its allocation: V8 counts ArrayBuffer memory against the old generation's limit, so they set off a
// full garbage collection every fifty documents or so, about a seventh of that thread's time in a bulk ingest.
// Wire format: https://www.postgresql.org/docs/current/protocol-message-formats.html

/** A parameter given as the pieces whose concatenation is its value (sent in binary: bytea, or a text[] of text-arrays.ts). */
export type ParamPieces = readonly Uint8Array[];

const utf8 = (s: string) => Buffer.from(s, "utf8");

/**
 * The message for one execution of the named statement `name` (`text` is parsed only when `parse` is true).
 * Every parameter is in binary format, its type the one the statement gives it; results come back as text.
 */
export function extendedQueryMessage(name: string, text: string, params: readonly ParamPieces[], parse: boolean): Uint8Array {
  const nameBytes = utf8(name);
  const textBytes = parse ? utf8(text) : null;
  const paramBytes = params.map((pieces) => pieces.reduce((n, p) => n + p.length, 0));
  const parseLen = textBytes ? 4 + nameBytes.length + 1 + textBytes.length + 1 + 2 + 4 * params.length : 0;
  const bindLen = 4 + 1 + nameBytes.length + 1 + 2 + 2 + 2 + paramBytes.reduce((n, b) => n + 4 + b, 0) + 2;
  const executeLen = 4 + 1 + 4;
  const syncLen = 4;
  const total = (textBytes ? 1 + parseLen : 0) + 1 + bindLen + 1 + executeLen + 1 + syncLen;
  if (total > 0x7fffffff) throw new Error(`a write of ${total} bytes is too large for one statement`);

  const buf = Buffer.allocUnsafeSlow(total);
  let o = 0;
  const byte = (b: number) => { buf[o++] = b; };
  const int16 = (v: number) => { o = buf.writeInt16BE(v, o); };
  const int32 = (v: number) => { o = buf.writeInt32BE(v, o); };
  const cstring = (bytes: Uint8Array) => { buf.set(bytes, o); o += bytes.length; buf[o++] = 0; };

  if (textBytes) {
    byte(0x50); // 'P' Parse
    int32(parseLen);
    cstring(nameBytes);
    cstring(textBytes);
    int16(params.length);
    // (types left to the statement: bytea where it reads convert_from($n, 'UTF8'), text[] where it reads $n::text[])
    for (let i = 0; i < params.length; i++) int32(0);
  }
  byte(0x42); // 'B' Bind
  int32(bindLen);
  buf[o++] = 0; // unnamed portal
  cstring(nameBytes);
  int16(1); // one format code for all parameters:
  int16(1); // binary
  int16(params.length);
  params.forEach((pieces, i) => {
    int32(paramBytes[i]);
    for (const p of pieces) {
      buf.set(p, o);
      o += p.length;
    }
  });
  int16(0); // results in text
  byte(0x45); // 'E' Execute
  int32(executeLen);
  buf[o++] = 0; // unnamed portal
  int32(0); // all rows
  byte(0x53); // 'S' Sync
  int32(syncLen);
  if (o !== total) throw new Error(`protocol message laid out ${o} of ${total} bytes`);
  return buf;
}

/** Close (drop) the named statement, then Sync: after a failed first execution the statement may or may not exist. */
export function closeStatementMessage(name: string): Uint8Array {
  const nameBytes = utf8(name);
  const closeLen = 4 + 1 + nameBytes.length + 1;
  const buf = Buffer.alloc(1 + closeLen + 5);
  let o = 0;
  buf[o++] = 0x43; // 'C' Close
  o = buf.writeInt32BE(closeLen, o);
  buf[o++] = 0x53; // 'S' a prepared statement
  buf.set(nameBytes, o);
  o += nameBytes.length + 1;
  buf[o++] = 0x53; // 'S' Sync
  buf.writeInt32BE(4, o);
  return buf;
}

/** PostgreSQL's error, with the fields a caller reads (as node-postgres and PGlite give them). */
export class WireError extends Error {
  code?: string;
  detail?: string;
  constraint?: string;
  table?: string;
}

/**
 * The rows (text columns by position) of a raw response, or the server's error. Messages other than DataRow and
 * ErrorResponse (ParseComplete, BindComplete, CommandComplete, notices, ReadyForQuery) carry nothing we need.
 */
export function readResponse(data: Uint8Array): { rows: (string | null)[][]; error: WireError | null } {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const rows: (string | null)[][] = [];
  let error: WireError | null = null;
  let o = 0;
  while (o + 5 <= data.length) {
    const type = data[o];
    const len = view.getInt32(o + 1);
    const body = o + 5;
    const end = o + 1 + len;
    if (len < 4 || end > data.length) throw new Error("truncated response from the embedded database");
    if (type === 0x44) {
      // 'D' DataRow
      const n = view.getInt16(body);
      let p = body + 2;
      const row: (string | null)[] = [];
      for (let i = 0; i < n; i++) {
        const l = view.getInt32(p);
        p += 4;
        if (l < 0) row.push(null);
        else {
          row.push(Buffer.from(data.buffer, data.byteOffset + p, l).toString("utf8"));
          p += l;
        }
      }
      rows.push(row);
    } else if (type === 0x45 && !error) {
      // 'E' ErrorResponse: fields of (code byte, C string) until a zero byte
      const fields: Record<string, string> = {};
      let p = body;
      while (p < end && data[p] !== 0) {
        const code = String.fromCharCode(data[p]);
        const stop = data.indexOf(0, p + 1);
        fields[code] = Buffer.from(data.buffer, data.byteOffset + p + 1, stop - p - 1).toString("utf8");
        p = stop + 1;
      }
      error = new WireError(fields.M ?? "error from the embedded database");
      error.code = fields.C;
      error.detail = fields.D;
      error.constraint = fields.n;
      error.table = fields.t;
    }
    o = end;
  }
  return { rows, error };
}
