import { useState } from "react";
import { useLocation } from "wouter";
import { deleteAccount } from "../lib/account";
import { useSession } from "./session";

export interface DeleteAccountState {
  /** Deletes the account, `confirm` being what the user typed; then the SPA is signed out. */
  remove: (confirm: string) => void;
  deleting: boolean;
}

export function useDeleteAccount(): DeleteAccountState {
  const { notice, signedOut } = useSession();
  const [, navigate] = useLocation();
  const [deleting, setDeleting] = useState(false);
  const remove = (confirm: string) => {
    setDeleting(true);
    deleteAccount(confirm)
      .then(() => {
        // To the sign-in page itself, not back here after a new sign-in.
        navigate("/sign-in", { replace: true });
        signedOut("Your account has been deleted.");
      })
      .catch(notice.fail)
      .finally(() => setDeleting(false));
  };
  return { remove, deleting };
}
