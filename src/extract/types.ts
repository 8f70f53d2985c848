// The contract between extraction (pure: text in, mentions and claims out) and the rest of Watchfloor.
// Every offset is a UTF-16 code-unit index into the exact document text given to the extractor,
// so that text.slice(start, end) === span.text always holds.

export interface Span {
  start: number;
  end: number;
  text: string;
}

export type MentionKind = "actor" | "person" | "place" | "date" | "number";

export interface Mention extends Span {
  kind: MentionKind;
  /** Canonical value: actor short name ("ISKP"), person name, place id, ISO date, or the number as a string. */
  value: string;
  /** Sentence index within the document. */
  sentence?: number;
}

export type DatePrecision = "day" | "month" | "year";
export type Qualifier = "exact" | "at_least" | "more_than" | "approx";
export type PerpetratorBasis = "claimed" | "attributed" | "suspected";
export type GeoPrecision = 1 | 2 | 3; // ACLED: 1 = the town itself, 2 = part of a region near the town, 3 = a larger region (province)

export interface EventFields {
  date: string | null; // "2022-09-05" | "2022-09" | "2022"
  date_precision: DatePrecision | null;
  country: string | null; // ISO-3166 alpha-2
  admin1: string | null; // canonical province / oblast / state name
  place: string | null; // the most precise place named
  lat: number | null;
  lon: number | null;
  geo_precision: GeoPrecision | null;
  perpetrator: string | null; // the pack's canonical short name
  perpetrator_basis: PerpetratorBasis | null;
  /** The words the report itself used for the perpetrator ("the Islamic State group"). */
  perpetrator_wording: string | null;
  killed: number | null;
  killed_qualifier: Qualifier | null;
  injured: number | null;
  injured_qualifier: Qualifier | null;
  method: string | null; // e.g. "suicide bombing", "armed assault"
  /** ACLED sub-event type for the method, e.g. "Suicide bomb", "Remote explosive/landmine/IED", "Armed clash". */
  sub_event_type: string | null;
  target: string | null; // e.g. "diplomatic mission", "school", "airport"
  /** "passing" when the incident is only named in passing (another incident's context, a list of past attacks). */
  mention: "main" | "passing";
}

export interface QuantityFields {
  subject: string; // canonical actor short name
  measure: string; // "fighters" | "attacks" | "recruits" | ...
  min: number | null;
  max: number | null;
  qualifier: Qualifier | null;
  as_of: string | null; // ISO date / month / year
  by: string | null; // who gave the figure, in the report's words ("Zamir Kabulov")
}

export interface RelationFields {
  a: string; // canonical actor / entity name
  b: string;
  type: string; // hostile | cooperates | allied | may_join | pledged_allegiance | leads | targets | splinter_of | linked | partner | friendly
  /** ICD 203 probability range when the relation is hedged ("likely", "may"). */
  likelihood: Likelihood | null;
}

export interface Likelihood {
  term: string; // the estimative word as written ("probably")
  label: string; // ICD 203 label ("likely")
  min: number; // probability, 0..1
  max: number;
}

export interface JudgmentFields {
  subject: string | null; // canonical actor the judgment is about
  statement: string; // the assessed proposition, in the report's words
  likelihood: Likelihood;
}

export type ClaimKind = "event" | "quantity" | "relation" | "judgment";

export interface ExtractedClaim {
  kind: ClaimKind;
  /** The spans that support the claim: at least one; each is exactly text.slice(start, end). */
  evidence: Span[];
  event?: EventFields;
  quantity?: QuantityFields;
  relation?: RelationFields;
  judgment?: JudgmentFields;
  /** 0..1: how sure the extractor is. */
  confidence: number;
}

export interface ExtractInput {
  text: string;
  /** Publication date (ISO day) when known; relative dates resolve against it. */
  published?: string | null;
  title?: string | null;
}

export interface Extraction {
  mentions: Mention[];
  claims: ExtractedClaim[];
  /** A byline/dateline publication date found in the text ("6 November 2023"), ISO day, or null. */
  bylineDate: string | null;
}
