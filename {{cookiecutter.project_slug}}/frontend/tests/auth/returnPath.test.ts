import { describe, expect, it } from "vitest";
import { safeReturnPath } from "../../src/auth/returnPath";

describe("safeReturnPath", () => {
  it("keeps a path on this origin with its query and fragment", () => {
    expect(safeReturnPath("/settings/accounts?tab=2#top")).toBe("/settings/accounts?tab=2#top");
  });

  it.each([
    "//evil.example",
    "//evil.example/path",
    "/\\evil.example",
    "/\t/evil.example",
    "/.//evil.example",
    "https://evil.example/",
    "javascript:alert(1)",
    "evil.example",
    "",
  ])("sends %j home instead of elsewhere", (input) => {
    expect(safeReturnPath(input)).toBe("/");
  });

  it("never returns to the callback page itself", () => {
    expect(safeReturnPath("/auth/callback?code=x")).toBe("/");
  });

  it("refuses what is not a string", () => {
    expect(safeReturnPath(undefined)).toBe("/");
    expect(safeReturnPath({ toString: () => "/x" })).toBe("/");
  });
});
