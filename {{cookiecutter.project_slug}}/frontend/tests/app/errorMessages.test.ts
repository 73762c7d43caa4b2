import { describe, expect, it } from "vitest";
import {
  ApiError,
  AuthTimeoutError,
  PopupBlockedError,
  PopupClosedError,
  SignInCancelledError,
} from "../../src/auth";
import { errorMessage } from "../../src/lib/errorMessages";

// Every code of the API contract's error table (docs: DESIGN.md), with its status.
const CONTRACT: [string, number][] = [
  ["unknown_provider", 404],
  ["invalid_request", 400],
  ["redirect_uri_not_allowed", 400],
  ["invalid_flow", 400],
  ["state_mismatch", 400],
  ["authorization_denied", 400],
  ["invalid_code", 400],
  ["email_in_use", 409],
  ["identity_in_use", 409],
  ["login_not_allowed", 403],
  ["provider_unavailable", 502],
  ["rate_limited", 429],
  ["not_authenticated", 401],
  ["token_invalid", 401],
  ["csrf_failed", 403],
];

describe("errorMessage", () => {
  it.each(CONTRACT)("has a message of its own for %s", (code, status) => {
    const message = errorMessage(new ApiError(status, code, "internal words"));
    expect(message).not.toBe("internal words");
    expect(message).toMatch(/^[A-Z].*\.$/);
  });

  it("gives each code a different message", () => {
    const messages = CONTRACT.map(([code, status]) => errorMessage(new ApiError(status, code, "")));
    expect(new Set(messages).size).toBe(CONTRACT.length);
  });

  it("falls back to the API's own message for a code it does not know", () => {
    expect(errorMessage(new ApiError(400, "brand_new_code", "The API explains."))).toBe(
      "The API explains.",
    );
  });

  it.each([
    [new PopupClosedError(), /closed/],
    [new PopupBlockedError(), /blocked/],
    [new AuthTimeoutError(), /too long/],
    [new SignInCancelledError(), /replaced/],
    [new TypeError("Failed to fetch"), /reach the server/],
    [new Error("boom"), /went wrong/],
  ])("explains %o", (error, expected) => {
    expect(errorMessage(error)).toMatch(expected);
  });
});
