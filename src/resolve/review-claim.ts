// An analyst rejects, corrects or restores a claim. The claim keeps its evidence; every review is kept with the
// fields before it, who, when and why; the affected events are resolved again so the picture follows.
import { eq } from "drizzle-orm";
import type { Store } from "../store/open-store.js";
import { claimReviews, claims } from "../store/schema.js";
import { blockOf, resolveEvents } from "./resolve-events.js";

export class ReviewError extends Error {
  constructor(message: string, readonly status: 400 | 404 = 400) {
    super(message);
  }
}

export interface ReviewInput {
  action: "reject" | "correct" | "restore";
  fields?: Record<string, unknown>;
  reason: string;
  by: string;
}

const NUMBER_FIELDS = new Set(["killed", "injured", "min", "max", "lat", "lon"]);
const EDITABLE: Record<string, Set<string>> = {
  event: new Set(["date", "date_precision", "country", "admin1", "place", "lat", "lon", "perpetrator", "perpetrator_basis", "killed", "killed_qualifier", "injured", "injured_qualifier", "method", "target"]),
  quantity: new Set(["subject", "measure", "min", "max", "as_of", "by"]),
  relation: new Set(["a", "b", "type"]),
  judgment: new Set(["subject", "statement"]),
};

export function validateChanges(kind: string, changes: Record<string, unknown>): Record<string, unknown> {
  const allowed = EDITABLE[kind] ?? new Set();
  const out: Record<string, unknown> = {};
  const keys = Object.keys(changes);
  if (!keys.length) throw new ReviewError("a correction needs at least one field");
  for (const k of keys) {
    if (!allowed.has(k)) throw new ReviewError(`"${k}" is not a field of a ${kind} claim that can be corrected (${[...allowed].join(", ")})`);
    const v = changes[k];
    if (v === null) out[k] = null;
    else if (NUMBER_FIELDS.has(k)) {
      if (typeof v !== "number" || !Number.isFinite(v) || ((k === "killed" || k === "injured" || k === "min" || k === "max") && (v < 0 || !Number.isInteger(v)))) {
        throw new ReviewError(`"${k}" must be ${k === "lat" || k === "lon" ? "a number" : "a whole number ≥ 0"} or null`);
      }
      out[k] = v;
    } else {
      if (typeof v !== "string" || v.length > 500) throw new ReviewError(`"${k}" must be a string of at most 500 characters or null`);
      if ((k === "date" || k === "as_of") && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v)) throw new ReviewError(`"${k}" must be YYYY, YYYY-MM or YYYY-MM-DD`);
      out[k] = v;
    }
  }
  if (typeof out.date === "string" && !("date_precision" in out)) {
    out.date_precision = (out.date as string).length === 10 ? "day" : (out.date as string).length === 7 ? "month" : "year";
  }
  return out;
}

export async function reviewClaim(store: Store, claimId: string, input: ReviewInput): Promise<void> {
  const reason = input.reason?.trim();
  const by = input.by?.trim();
  if (!reason) throw new ReviewError("a review needs a reason");
  if (!by) throw new ReviewError("a review needs the reviewer's name");
  const [claim] = await store.db.select().from(claims).where(eq(claims.id, claimId));
  if (!claim) throw new ReviewError(`no claim ${claimId}`, 404);
  const before = claim.fields as Record<string, unknown>;
  let fields = before;
  let status = claim.status;
  let changes: Record<string, unknown> | null = null;
  if (input.action === "reject") status = "rejected";
  else if (input.action === "correct") {
    changes = validateChanges(claim.kind, input.fields ?? {});
    fields = { ...before, ...changes };
    status = "active";
  } else if (input.action === "restore") {
    const [first] = await store.db.select().from(claimReviews).where(eq(claimReviews.claimId, claimId)).orderBy(claimReviews.id).limit(1);
    if (!first) throw new ReviewError(`claim ${claimId} has never been reviewed: nothing to restore`);
    fields = first.before as Record<string, unknown>;
    status = "active";
  } else throw new ReviewError(`action must be reject, correct or restore`);
  await store.db.transaction(async (tx) => {
    await tx.update(claims).set({ fields, status }).where(eq(claims.id, claimId));
    await tx.insert(claimReviews).values({ claimId, action: input.action, before, changes, reason: reason.slice(0, 2000), by: by.slice(0, 200) });
  });
  if (claim.kind === "event") {
    await resolveEvents(store, new Set([blockOf(before as { country: string | null }), blockOf(fields as { country: string | null })]));
  }
}
