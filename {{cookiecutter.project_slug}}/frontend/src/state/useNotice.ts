import { useCallback, useMemo, useState } from "react";
import { errorMessage } from "../lib/errorMessages";

/** What the app says to the user: one polite status line and one alert, shared by every screen. */
export interface Notice {
  status: string;
  error: string | null;
  /** Shows `status` and clears the alert. */
  say: (status: string) => void;
  /** Shows the words for `reason` (an ApiError, a popup error, ...) as the alert. */
  fail: (reason: unknown) => void;
  /** Shows `message` as it is as the alert. */
  alert: (message: string) => void;
}

export function useNotice(): Notice {
  const [status, setStatus] = useState("Loading…");
  const [error, setError] = useState<string | null>(null);
  const say = useCallback((text: string) => {
    setStatus(text);
    setError(null);
  }, []);
  const alert = useCallback((message: string) => {
    setStatus("");
    setError(message);
  }, []);
  const fail = useCallback((reason: unknown) => alert(errorMessage(reason)), [alert]);
  return useMemo(() => ({ status, error, say, fail, alert }), [status, error, say, fail, alert]);
}
