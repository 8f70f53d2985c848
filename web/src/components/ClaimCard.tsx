// One claim: what it says, the sentence(s) behind it, a link to the sentence in its document, its review
// (rejected / corrected, by whom, when, why, the original kept) and the analyst's review form.
import { useState, type FormEvent } from "react";
import { postJson, type Claim, type Review } from "../api";
import { getToken } from "../auth";
import { Link } from "../router";
import { CLAIM_FIELDS, EDITABLE_FIELDS, NUMERIC_FIELDS, claimSummary, fmtDate, fmtValue, fmtWhen, reviewOriginal, reviewStatus } from "../format";

export function docLink(c: Pick<Claim, "docId" | "evidence">): string {
  const ev = c.evidence[0];
  return `/documents/${encodeURIComponent(c.docId)}${ev ? `?hl=${ev.start}-${ev.end}` : ""}`;
}

function ReviewNote({ review, claim }: { review: Review; claim: Claim }) {
  const status = reviewStatus(review);
  const when = fmtWhen(review.at);
  if (status === "rejected") {
    return (
      <p className="review-note rejected" data-testid="review-note">
        Rejected by {review.by} on {when}: {review.reason}
      </p>
    );
  }
  if (status === "restored") {
    return (
      <p className="review-note" data-testid="review-note">
        Restored by {review.by} on {when}: {review.reason}
      </p>
    );
  }
  const original = reviewOriginal(review);
  const changed = Object.keys(review.changes ?? {}).length
    ? Object.keys(review.changes ?? {})
    : Object.keys(claim.fields).filter((k) => k in original && JSON.stringify(original[k]) !== JSON.stringify(claim.fields[k]));
  return (
    <p className="review-note corrected" data-testid="review-note">
      Corrected by {review.by} on {when}:{" "}
      {changed.map((k, i) => (
        <span key={k}>
          {i > 0 && "; "}
          {k} {fmtValue(original[k])} → {fmtValue(claim.fields[k])}
        </span>
      ))}{" "}
      (original kept) — {review.reason}
    </p>
  );
}

const REVIEWER_KEY = "watchfloor.reviewer";

function ReviewForm({ claim, onDone, onCancel }: { claim: Claim; onDone: (c: Claim) => void; onCancel: () => void }) {
  const editable = EDITABLE_FIELDS[claim.kind] ?? [];
  const [action, setAction] = useState<"reject" | "correct" | "restore">(claim.review ? "restore" : "correct");
  const [field, setField] = useState(editable[0] ?? "");
  const [value, setValue] = useState(() => fmtValueForInput(claim.fields[editable[0] ?? ""]));
  const [reason, setReason] = useState("");
  const [by, setBy] = useState(() => localStorage.getItem(REVIEWER_KEY) ?? "");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const body: { action: string; reason: string; by: string; fields?: Record<string, unknown> } = { action, reason: reason.trim(), by: by.trim() };
    if (action === "correct") {
      let v: unknown = value.trim() === "" ? null : value.trim();
      if (NUMERIC_FIELDS.has(field) && v !== null) {
        v = Number(v);
        if (!Number.isFinite(v)) return setError(`${field} must be a number`);
      }
      body.fields = { [field]: v };
    }
    if (!body.reason) return setError("Give a reason.");
    if (!body.by && signedIn) body.by = "signed-in user"; // the server records the token's user
    if (!body.by) return setError("Give your name.");
    setBusy(true);
    try {
      localStorage.setItem(REVIEWER_KEY, body.by);
      const updated = await postJson<Claim>(`/api/claims/${encodeURIComponent(claim.id)}/review`, body);
      onDone(updated);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  const id = `rv-${claim.id}`;
  const signedIn = Boolean(getToken());
  return (
    <form className="review-form" onSubmit={submit} data-testid="review-form" aria-label="Review this claim">
      <fieldset>
        <legend>Review</legend>
        <div className="radio-row" role="radiogroup" aria-label="Action">
          {(["correct", "reject", ...(claim.review ? ["restore"] : [])] as const).map((a) => (
            <label key={a}>
              <input type="radio" name={`${id}-action`} value={a} checked={action === a} onChange={() => setAction(a as typeof action)} /> {a}
            </label>
          ))}
        </div>
        {action === "correct" && (
          <div className="form-row">
            <label htmlFor={`${id}-field`}>Field</label>
            <select
              id={`${id}-field`}
              value={field}
              data-testid="review-field"
              onChange={(e) => {
                setField(e.target.value);
                setValue(fmtValueForInput(claim.fields[e.target.value]));
              }}
            >
              {editable.map((f) => (
                <option key={f} value={f}>
                  {f}
                </option>
              ))}
            </select>
            <label htmlFor={`${id}-value`}>New value</label>
            <input id={`${id}-value`} data-testid="review-value" value={value} onChange={(e) => setValue(e.target.value)} inputMode={NUMERIC_FIELDS.has(field) ? "numeric" : undefined} />
          </div>
        )}
        <div className="form-row">
          <label htmlFor={`${id}-reason`}>Reason</label>
          <input id={`${id}-reason`} data-testid="review-reason" value={reason} onChange={(e) => setReason(e.target.value)} required maxLength={2000} />
          {signedIn ? (
            <span className="muted small">Recorded under your sign-in, with the time and the original values.</span>
          ) : (
            <>
              <label htmlFor={`${id}-by`}>Your name</label>
              <input id={`${id}-by`} data-testid="review-by" value={by} onChange={(e) => setBy(e.target.value)} required maxLength={200} autoComplete="name" />
            </>
          )}
        </div>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <div className="form-row">
          <button type="submit" className="primary" disabled={busy} data-testid="review-submit">
            {busy ? "Saving…" : `Save (${action})`}
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </fieldset>
    </form>
  );
}

const fmtValueForInput = (v: unknown) => (v === null || v === undefined ? "" : String(v));

export function ClaimCard({ claim, onChanged, showDoc = true, onShowInText, compact }: {
  claim: Claim;
  onChanged?: (c: Claim) => void;
  showDoc?: boolean;
  /** In the document reader: highlight the evidence in place instead of following a link. */
  onShowInText?: (c: Claim) => void;
  compact?: boolean;
}) {
  const [reviewing, setReviewing] = useState(false);
  const rejected = claim.status === "rejected" || (claim.review ? reviewStatus(claim.review) === "rejected" : false);
  const fields = (CLAIM_FIELDS[claim.kind] ?? []).filter(([k]) => claim.fields[k] !== null && claim.fields[k] !== undefined && claim.fields[k] !== "");
  return (
    <article className={`claim kind-${claim.kind}${rejected ? " is-rejected" : ""}`} data-testid="claim" data-claim-id={claim.id}>
      <header className="claim-head">
        <span className={`badge kind-${claim.kind}`}>{claim.kind}</span>
        <span className="claim-summary" data-testid="claim-summary">
          {claimSummary(claim)}
        </span>
      </header>
      {claim.evidence.map((ev, i) => (
        <blockquote key={i} className="evidence" data-testid="claim-sentence">
          {ev.text}
        </blockquote>
      ))}
      {!compact && fields.length > 0 && (
        <dl className="fields">
          {fields.map(([k, label]) => (
            <div key={k}>
              <dt>{label}</dt>
              <dd>{fmtValue(claim.fields[k])}</dd>
            </div>
          ))}
        </dl>
      )}
      {claim.review && <ReviewNote review={claim.review} claim={claim} />}
      <footer className="claim-foot">
        {showDoc && (
          <span className="muted">
            {claim.docTitle ?? claim.doc}
            {claim.published ? `, ${fmtDate(claim.published)}` : ""} ·{" "}
          </span>
        )}
        {onShowInText ? (
          <button type="button" className="linklike" onClick={() => onShowInText(claim)} data-testid="show-in-text">
            show in text
          </button>
        ) : (
          <Link to={docLink(claim)} data-testid="claim-doc-link">
            read in document
          </Link>
        )}
        {claim.eventId && (
          <>
            {" · "}
            <Link to={`/events/${encodeURIComponent(claim.eventId)}`}>event</Link>
          </>
        )}
        {onChanged && (
          <>
            {" · "}
            <button type="button" className="linklike" aria-expanded={reviewing} onClick={() => setReviewing((r) => !r)} data-testid="review-open">
              review
            </button>
          </>
        )}
      </footer>
      {reviewing && onChanged && (
        <ReviewForm
          claim={claim}
          onCancel={() => setReviewing(false)}
          onDone={(c) => {
            setReviewing(false);
            onChanged(c);
          }}
        />
      )}
    </article>
  );
}
