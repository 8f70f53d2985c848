// Queues documents for writing and writes whatever has queued up while the previous batch was being written,
// as one transaction: large batches when extraction outpaces the database, and, when it does not, still batches
// of at least `minDocs` (or what came within `maxWaitMs`): each statement has a fixed cost, and batches of a
// few documents made that cost a third of a bulk ingest's writing. A batch that fails is retried document by
// document, so one bad document fails alone.
import type { Store } from "./open-store.js";
import { writeDocumentRows, type DocumentRows } from "./write-document.js";

interface Pending {
  item: DocumentRows;
  resolve(id: string | null): void;
  reject(err: unknown): void;
}

export class BatchWriter {
  private pending: Pending[] = [];
  private running: Promise<void> | null = null;
  private flushing = 0;
  private writing = false;
  private idleWaiters: (() => void)[] = [];
  /** Wakes a drain that waits for a batch to fill. */
  private wake: (() => void) | null = null;
  private readonly maxDocs: number;
  private readonly maxChars: number;
  private readonly minDocs: number;
  private readonly maxWaitMs: number;

  constructor(
    private readonly store: Store,
    opts: { maxDocs?: number; maxChars?: number; minDocs?: number; maxWaitMs?: number } = {},
  ) {
    this.maxDocs = opts.maxDocs ?? 64;
    this.maxChars = opts.maxChars ?? 4_000_000;
    this.minDocs = Math.min(opts.minDocs ?? 1, this.maxDocs);
    this.maxWaitMs = opts.maxWaitMs ?? 50;
  }

  /** Nothing to write now: no write under way and fewer documents waiting than a batch wants. */
  get idle(): boolean {
    return !this.writing && this.pending.length < this.minDocs;
  }

  /** Resolves when the writer is idle (at once if it is): the main thread's turn to prepare a file itself. */
  whenIdle(): Promise<void> {
    if (this.idle) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private wakeIdle(): void {
    if (!this.idleWaiters.length || !this.idle) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }

  write(item: DocumentRows): Promise<string | null> {
    return new Promise((resolve, reject) => {
      this.pending.push({ item, resolve, reject });
      if (this.pending.length >= this.minDocs) this.wake?.();
      this.running ??= this.drain().finally(() => {
        this.running = null;
      });
    });
  }

  /** Resolves when everything queued so far is written (without waiting for batches to fill). */
  async flush(): Promise<void> {
    this.flushing++;
    this.wake?.();
    try {
      while (this.running) await this.running;
    } finally {
      this.flushing--;
    }
  }

  /** Until `minDocs` are queued, `maxWaitMs` has passed, or a flush asks for everything. */
  private async filled(): Promise<void> {
    if (this.pending.length >= this.minDocs || this.flushing) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, this.maxWaitMs);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
    this.wake = null;
  }

  private takeBatch(): Pending[] {
    let chars = 0;
    let n = 0;
    while (n < this.pending.length && n < this.maxDocs && (n === 0 || chars + this.pending[n].item.chars <= this.maxChars)) {
      chars += this.pending[n].item.chars;
      n++;
    }
    return this.pending.splice(0, n);
  }

  private async drain(): Promise<void> {
    while (this.pending.length) {
      // Let the event loop deliver what finished while the database held the thread (worker results are
      // macrotasks; the write's continuation is a microtask and would otherwise start the next write first).
      await new Promise((resolve) => setImmediate(resolve));
      await this.filled();
      const batch = this.takeBatch();
      this.writing = true;
      try {
        const ids = await writeDocumentRows(this.store, batch.map((p) => p.item));
        batch.forEach((p, i) => p.resolve(ids[i]));
      } catch (err) {
        if (batch.length === 1) {
          batch[0].reject(err);
          continue;
        }
        for (const p of batch) {
          try {
            const [id] = await writeDocumentRows(this.store, [p.item]);
            p.resolve(id);
          } catch (e) {
            p.reject(e);
          }
        }
      } finally {
        this.writing = false;
        this.wakeIdle();
      }
    }
    this.wakeIdle();
  }
}
