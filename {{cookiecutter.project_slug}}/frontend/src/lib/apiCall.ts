import { ApiError } from "../auth";

/**
 * The data of a generated client call, or its error envelope thrown as an ApiError. A 400
 * `invalid_request` that names fields is thrown as a FieldErrors, so that a form can show each
 * message beside its field. (lib/api.ts's unwrap, which drops `fields`, serves the calls whose
 * form has nothing to show by field.)
 */

/** `invalid_request` with the API's messages per field (`error.fields`). */
export class FieldErrors extends ApiError {
  override name = "FieldErrors";

  constructor(
    message: string,
    readonly fields: Readonly<Record<string, string[]>>,
  ) {
    super(400, "invalid_request", message);
  }
}

interface Envelope {
  error?: { code?: string; message?: string; provider?: string; fields?: Record<string, string[]> };
}

type Result<T> = { data?: T; error?: unknown; response?: Response };

export async function apiCall<T>(call: Promise<Result<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (response?.ok) return data as T;
  const body = ((error ?? {}) as Envelope).error ?? {};
  const status = response?.status ?? 0;
  const message = body.message ?? `The server answered ${status}.`;
  if (status === 400 && body.fields) throw new FieldErrors(message, body.fields);
  throw new ApiError(status, body.code ?? "unexpected_response", message, body.provider);
}

/** The messages of `field` in `reason` when it is a FieldErrors, else none. */
export const messagesOf = (reason: unknown, field: string): string[] =>
  reason instanceof FieldErrors ? (reason.fields[field] ?? []) : [];
