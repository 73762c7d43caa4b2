import { useState, type FormEvent } from "react";
import { AccountNav } from "../components/AccountNav";
import { useDeleteAccount } from "../state/useDeleteAccount";

const CONFIRM = "delete";

/** Deleting the account, once the user typed the confirmation word. */
export default function DeleteAccountScreen() {
  const { remove, deleting } = useDeleteAccount();
  const [typed, setTyped] = useState("");
  const confirmed = typed.trim().toLowerCase() === CONFIRM;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (confirmed) remove(typed);
  };
  return (
    <>
      <AccountNav />
      <form className="card" aria-labelledby="delete-heading" onSubmit={submit}>
        <h1 id="delete-heading">Delete account</h1>
        <p>
          This deletes your account, its connected accounts and its data, and signs you out
          everywhere. It cannot be undone.
        </p>
        <label>
          Type <strong>{CONFIRM}</strong> to confirm
          <input
            name="confirm"
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            autoComplete="off"
          />
        </label>
        <button type="submit" className="danger" disabled={!confirmed || deleting}>
          Delete my account
        </button>
      </form>
    </>
  );
}
