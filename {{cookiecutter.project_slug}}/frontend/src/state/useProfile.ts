import { useState } from "react";
import { updateDisplayName } from "../lib/account";
import { messagesOf } from "../lib/apiCall";
import { useSession } from "./session";

export interface ProfileState {
  /** Saves a new display name; resolves once the API answered. */
  save: (displayName: string) => Promise<void>;
  /** The API's reasons the last name was refused, shown beside the field. */
  errors: string[];
  saving: boolean;
}

/** Editing the signed-in user's profile (the display name). */
export function useProfile(): ProfileState {
  const { setUser, notice } = useSession();
  const [errors, setErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const save = (displayName: string) => {
    setSaving(true);
    return updateDisplayName(displayName)
      .then((user) => {
        setUser(user);
        setErrors([]);
        notice.say("Your name is saved.");
      })
      .catch((reason: unknown) => {
        const messages = messagesOf(reason, "display_name");
        setErrors(messages);
        if (messages.length === 0) notice.fail(reason);
      })
      .finally(() => setSaving(false));
  };
  return { save, errors, saving };
}
