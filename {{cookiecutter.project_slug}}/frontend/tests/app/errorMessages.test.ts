import { describe, expect, it } from "vitest";
import {
  ApiError,
  AuthTimeoutError,
  PopupBlockedError,
  PopupClosedError,
  SignInCancelledError,
} from "../../src/auth";
import { errorMessage } from "../../src/lib/errorMessages";
import schemaText from "../../openapi.json?raw";

// Every code of this bake's schema (openapi.json, the generated client's source). No status:
// the message depends on the code alone.
const schema = JSON.parse(schemaText) as {
  components: { schemas: { ErrorCode: { enum: string[] } } };
};
const CODES = schema.components.schemas.ErrorCode.enum;

describe("errorMessage", () => {
  it("knows the codes of the schema", () => {
    expect(CODES).toContain("invalid_request");
  });

  it.each(CODES)("has a message of its own for %s", (code) => {
    const message = errorMessage(new ApiError(400, code, "internal words"));
    expect(message).not.toBe("internal words");
    expect(message).toMatch(/^[A-Z].*\.$/);
  });

  it("gives each code a different message", () => {
    const messages = CODES.map((code) => errorMessage(new ApiError(400, code, "")));
    expect(new Set(messages).size).toBe(CODES.length);
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
