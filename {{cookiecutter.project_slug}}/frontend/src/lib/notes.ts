import { notesCreate, notesDestroy, notesList } from "../api/sdk.gen";
import type { Note } from "../api/types.gen";
import { apiCall } from "./apiCall";
import "./api"; // configures the generated client (base URL, authFetch)

/** The notes example's API calls: delete this file with the example (docs/customising.md). */

export type { Note };

export const fetchNotes = (): Promise<Note[]> => apiCall(notesList());

export const createNote = (text: string): Promise<Note> => apiCall(notesCreate({ body: { text } }));

export const deleteNote = (id: number): Promise<unknown> => apiCall(notesDestroy({ path: { id } }));
