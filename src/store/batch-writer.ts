// Queues documents for writing and writes whatever has queued up while the previous batch was being written,
// as one transaction: one document at a time when ingest is slow, large batches when extraction outpaces the
// database. A batch that fails is retried document by document, so one bad document fails alone.
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

  constructor(
    private readonly store: Store,
    private readonly maxDocs = 64,
    private readonly maxChars = 4_000_000,
  ) {}

  write(item: DocumentRows): Promise<string | null> {
    return new Promise((resolve, reject) => {
      this.pending.push({ item, resolve, reject });
      this.running ??= this.drain().finally(() => {
        this.running = null;
      });
    });
  }

  /** Resolves when everything queued so far is written. */
  async flush(): Promise<void> {
    while (this.running) await this.running;
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
      const batch = this.takeBatch();
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
      }
    }
  }
}
