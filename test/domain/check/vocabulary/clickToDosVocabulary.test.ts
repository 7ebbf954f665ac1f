import { findClickToDosLanguage } from "../../../../src/domain/check/vocabulary/clickToDosVocabulary";

describe("findClickToDosLanguage", () => {
  it.each([
    ["Click-to-DOS appointments", "Click-to-DOS"],
    ["click to DOS", "click to DOS"],
    ["Ship-from-store for VICs", "Ship-from-store"],
    ["Click & collect", "Click & collect"],
    ["Reserve in boutique", "Reserve in boutique"],
    ["BOPIS", "BOPIS"],
  ])("finds %j", (text, phrase) => {
    expect(findClickToDosLanguage(text)).toBe(phrase);
  });

  it.each(["Digital salon gifting", "Capsule previews by invitation (app)", "Store events"])(
    "ignores %j",
    (text) => {
      expect(findClickToDosLanguage(text)).toBeUndefined();
    }
  );
});
