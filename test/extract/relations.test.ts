import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/extract/extract-document.js";

const rels = (text: string) => extractDocument({ text }).claims.filter((c) => c.kind === "relation").map((c) => c.relation!);

describe("relations and judgments", () => {
  it("reads group relations from analysis prose", () => {
    const r = rels("The conflict between the Taliban and ISKP is mainly about Sharia law. ISKP and TTP are cooperating in Pakistan. " +
      "Hafiz Saeed Khan became the first emir of ISKP. ETIM is likely to shift its allegiance to ISKP. " +
      "In 2014, TTP commanders pledged their allegiance to Abu Bakr al-Baghdadi. The Haqqani network has had links with ISKP in the past.");
    expect(r).toContainEqual(expect.objectContaining({ a: "Taliban", b: "ISKP", type: "hostile" }));
    expect(r).toContainEqual(expect.objectContaining({ a: "ISKP", b: "TTP", type: "cooperates" }));
    expect(r).toContainEqual(expect.objectContaining({ a: "Hafiz Saeed Khan", b: "ISKP", type: "leads" }));
    expect(r).toContainEqual(expect.objectContaining({ a: "Haqqani Network", b: "ISKP", type: "linked" }));
    const mj = r.find((x) => x.type === "may_join")!;
    expect(mj).toMatchObject({ a: "ETIM", b: "ISKP" });
    expect(mj.likelihood).toMatchObject({ label: "likely", min: 0.55, max: 0.8 });
  });
  it("maps estimative terms to ICD 203", () => {
    const j = extractDocument({ text: "Despite more pressure, the Taliban probably cannot or will not completely defeat ISKP." }).claims.find((c) => c.kind === "judgment")!;
    expect(j.judgment).toMatchObject({ subject: "Taliban", likelihood: { label: "likely", min: 0.55, max: 0.8 } });
  });
});
