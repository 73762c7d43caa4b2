import { NoteForm } from "../components/NoteForm";
import { useNotes } from "../state/useNotes";

/** The example protected page: the signed-in user's notes. Copy it for your own pages, or
 * delete it with its route (docs/customising.md). */
export default function NotesScreen() {
  const { notes, add, remove, errors } = useNotes();
  return (
    <section className="card" aria-labelledby="notes-heading">
      <h1 id="notes-heading">Notes</h1>
      <NoteForm onAdd={add} errors={errors} />
      {notes === null ? (
        <p>Loading…</p>
      ) : notes.length === 0 ? (
        <p>No notes yet.</p>
      ) : (
        <ul className="notes">
          {notes.map((note) => (
            <li key={note.id}>
              <span>{note.text}</span>
              <button
                type="button"
                className="secondary"
                onClick={() => remove(note)}
                aria-label={`Delete note ${note.text}`}
              >
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
