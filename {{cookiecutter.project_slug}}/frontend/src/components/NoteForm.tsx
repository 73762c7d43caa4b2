import { useId, useState, type FormEvent } from "react";

interface Props {
  onAdd: (text: string) => Promise<boolean>;
  errors: string[];
}

/** A new note; emptied once the API took it, the API's reasons under the field otherwise. */
export function NoteForm({ onAdd, errors }: Props) {
  const [text, setText] = useState("");
  const errorId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void onAdd(text).then((added) => added && setText(""));
  };
  return (
    <form onSubmit={submit} className="note-form">
      <label>
        New note
        <input
          name="text"
          value={text}
          onChange={(event) => setText(event.target.value)}
          aria-invalid={errors.length > 0}
          aria-describedby={errors.length > 0 ? errorId : undefined}
        />
      </label>
      {errors.length > 0 && (
        <p id={errorId} className="field-error">
          {errors.join(" ")}
        </p>
      )}
      <button type="submit">Add note</button>
    </form>
  );
}
