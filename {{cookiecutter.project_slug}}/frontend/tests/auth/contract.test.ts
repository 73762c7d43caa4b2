import { describe, expectTypeOf, it } from "vitest";
import type {
  BeginRequestRequest,
  BeginResponse as SchemaBeginResponse,
  CompleteRequestRequest,
  SignedIn,
  User,
} from "../../src/api/types.gen";
import type { CallbackField } from "../../src/auth/callbackMessage";
import type { BeginResponse, CompleteResponse, Intent } from "../../src/auth/flow";

// The sign-in helper uses plain fetch to stay small; these checks (run by `tsc --noEmit` in
// `npm run lint`) fail when openapi.json and the helper's own types drift apart.
describe("the sign-in helper speaks the API's schema", () => {
  it("reads begin's answer as the schema describes it", () => {
    expectTypeOf<SchemaBeginResponse>().toEqualTypeOf<BeginResponse>();
  });

  it("sends only intents the schema knows", () => {
    expectTypeOf<Intent>().toEqualTypeOf<NonNullable<BeginRequestRequest["intent"]>>();
  });

  it("forwards only callback fields that complete accepts", () => {
    expectTypeOf<CallbackField>().toExtend<keyof CompleteRequestRequest>();
  });

  it("reads complete's answer as the schema describes it", () => {
    // The schema's SignedIn is this auth mode's: `access` required in jwt, absent in session;
    // the helper's type, the same in both modes, reads either.
    expectTypeOf<SignedIn>().toExtend<CompleteResponse<User>>();
    expectTypeOf<Omit<CompleteResponse<User>, "access">>().toEqualTypeOf<
      Omit<SignedIn, "access">
    >();
  });
});
