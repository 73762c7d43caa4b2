import { describe, expect, it } from "vitest";
import { ApiError, apiErrorFrom } from "../../src/auth/errors";

describe("apiErrorFrom", () => {
  it("reads the API's error envelope", () => {
    const error = apiErrorFrom(
      409,
      { error: { code: "email_in_use", message: "Taken.", provider: "github" } },
      3,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 409,
      code: "email_in_use",
      message: "Taken.",
      provider: "github",
      retryAfter: 3,
    });
  });

  it.each([null, undefined, "<html>", 5, {}, { error: "x" }, { detail: "DRF" }])(
    "calls anything else an unexpected response (%o)",
    (body) => {
      const error = apiErrorFrom(502, body);
      expect(error.code).toBe("unexpected_response");
      expect(error.message).toBe("The server answered 502.");
    },
  );
});
