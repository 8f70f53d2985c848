// samePerson(): titles dropped, transliteration folded, the family name must agree and be distinctive, and given
// names must not clash.
import { describe, expect, it } from "vitest";
import { foldNamePart, nameKey, samePerson } from "../../src/resolve/person-names.js";

describe("samePerson", () => {
  it("Mawlawi Mutawakil = Obaidullah Mutawakkil (title dropped, doubled letter folded)", () => {
    const v = samePerson("Mawlawi Mutawakil", "Obaidullah Mutawakkil");
    expect(v.same).toBe(true);
    expect(v.reason).toMatch(/family name/);
    expect(samePerson("Obaidullah Mutawakkil", "Mawlawi Mutawakil").same).toBe(true); // symmetric
    expect(foldNamePart("Mutawakkil")).toBe(foldNamePart("Mutawakil"));
  });

  it("'Mohammad Khan' ≠ 'Ahmad Khan': a common family name identifies no one", () => {
    const v = samePerson("Mohammad Khan", "Ahmad Khan");
    expect(v.same).toBe(false);
    expect(v.reason).toMatch(/common/);
  });

  it("'Sirajuddin Haqqani' ≠ 'Anas Haqqani': the given names clash", () => {
    const v = samePerson("Sirajuddin Haqqani", "Anas Haqqani");
    expect(v.same).toBe(false);
    expect(v.reason).toMatch(/given names differ/);
  });

  it("different family names are different persons", () => {
    expect(samePerson("Zamir Kabulov", "Zabihullah Mujahid").same).toBe(false);
    expect(samePerson("Mawlawi", "Mullah").same).toBe(false); // nothing left after titles
  });

  it("a title and a transliteration variant of the same full name are one person", () => {
    expect(samePerson("Sheikh Obaidullah Mutawakkil", "Obaidullah Mutawakil").same).toBe(true);
  });

  it("a shared non-distinctive first part (Abu, Abdul) is not a shared given name", () => {
    // Abu Bakr al-Baghdadi (IS caliph, killed 2019) and Abu Omar al-Baghdadi (ISI leader, killed 2010) are two men.
    expect(samePerson("Abu Bakr al-Baghdadi", "Abu Omar al-Baghdadi").same).toBe(false);
    expect(samePerson("Abdul Haseeb Logari", "Abdul Rauf Logari").same).toBe(false);
  });

  it("nameKey drops titles and the al- article", () => {
    expect(nameKey("Mawlawi Mutawakil")).toEqual({ given: [], family: foldNamePart("Mutawakil") });
    expect(nameKey("Dr. Shahab al-Muhajir")?.family).toBe(foldNamePart("Muhajir"));
  });
});
