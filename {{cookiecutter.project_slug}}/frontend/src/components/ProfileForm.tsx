import { useId, useState, type FormEvent } from "react";
import type { User } from "../lib/api";
import { useProfile } from "../state/useProfile";

/** Edits the display name; the API's reasons for refusing one show under the field. */
export function ProfileForm({ user }: { user: User }) {
  const { save, errors, saving } = useProfile();
  const [name, setName] = useState(user.display_name);
  const errorId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(name);
  };
  return (
    <form className="card" aria-labelledby="profile-form-heading" onSubmit={submit}>
      <h2 id="profile-form-heading">Profile</h2>
      <label>
        Display name
        <input
          name="display_name"
          value={name}
          onChange={(event) => setName(event.target.value)}
          aria-invalid={errors.length > 0}
          aria-describedby={errors.length > 0 ? errorId : undefined}
          autoComplete="name"
        />
      </label>
      {errors.length > 0 && (
        <p id={errorId} className="field-error">
          {errors.join(" ")}
        </p>
      )}
      <button type="submit" disabled={saving}>
        Save name
      </button>
    </form>
  );
}
