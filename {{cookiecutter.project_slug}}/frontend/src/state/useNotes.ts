import { useEffect, useState } from "react";
import { messagesOf } from "../lib/apiCall";
import { createNote, deleteNote, fetchNotes, type Note } from "../lib/notes";
import { useSession } from "./session";

export interface NotesState {
  /** The user's notes, newest first (null while loading). */
  notes: Note[] | null;
  /** Adds a note; resolves true when the API took it. */
  add: (text: string) => Promise<boolean>;
  remove: (note: Note) => void;
  /** The API's reasons the last note was refused, shown beside the field. */
  errors: string[];
}

/** The example resource: the signed-in user's own notes. Copy it for your own resources. */
export function useNotes(): NotesState {
  const { fail } = useSession().notice;
  const [notes, setNotes] = useState<Note[] | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  useEffect(() => {
    fetchNotes().then(setNotes).catch(fail);
  }, [fail]);

  const add = (text: string) =>
    createNote(text)
      .then((note) => {
        setNotes((list) => [note, ...(list ?? [])]);
        setErrors([]);
        return true;
      })
      .catch((reason: unknown) => {
        const messages = messagesOf(reason, "text");
        setErrors(messages);
        if (messages.length === 0) fail(reason);
        return false;
      });

  const remove = (note: Note) => {
    deleteNote(note.id)
      .then(() => setNotes((list) => list?.filter((each) => each.id !== note.id) ?? null))
      .catch(fail);
  };

  return { notes, add, remove, errors };
}
