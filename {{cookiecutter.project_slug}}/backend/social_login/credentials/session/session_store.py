"""Django's database sessions (SESSION_ENGINE), each session's row written once per request.

Django's login() makes the new session's key first (cycle_key writes an empty row) and its
data after (an UPDATE when SessionMiddleware saves the response). Sign-in instead saves the
session inside complete's transaction (sign_in.py), and this store makes that one INSERT with
the data: a new key is written by its first save, and a save of what this request has already
written is skipped, so the middleware's save after the transaction writes nothing again.
"""

from __future__ import annotations

from django.contrib.sessions.backends.base import CreateError
from django.contrib.sessions.backends.db import SessionStore as DatabaseSessionStore


class SessionStore(DatabaseSessionStore):
    _row_written = True  # a session loaded by its cookie's key has its row
    _written: tuple[str, bytes] | None = None

    def create(self) -> None:
        self._session_key = self._get_new_session_key()
        self._row_written = False
        self._written = None
        self.modified = True

    def save(self, must_create: bool = False) -> None:
        if self.session_key is None:
            self.create()
        # A key without its row has nothing to load (loading it would drop the key).
        fresh = must_create or not self._row_written
        data = self.serializer().dumps(self._get_session(no_load=fresh))
        if (self.session_key, data) == self._written:
            return
        if self._row_written and not must_create:
            super().save()
        else:
            self._insert()
        self._written = (str(self.session_key), data)

    def _insert(self) -> None:
        while True:
            try:
                super().save(must_create=True)
            except CreateError:
                self._session_key = self._get_new_session_key()  # taken meanwhile
                continue
            self._row_written = True
            return
