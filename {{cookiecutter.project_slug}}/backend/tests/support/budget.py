"""What a request costs the database: its statements, its commits, and the writes it made
outside any transaction (each one a commit of its own). Use in `transaction=True` tests,
where commits are real."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from django.db import connection


@dataclass
class Budget:
    statements: list[str] = field(default_factory=list)
    commits: int = 0
    autocommitted_writes: list[str] = field(default_factory=list)

    @property
    def transactions(self) -> int:
        return self.commits + len(self.autocommitted_writes)

    def updates(self) -> list[str]:
        return [sql for sql in self.statements if sql.lstrip().upper().startswith("UPDATE")]


@contextmanager
def measured() -> Iterator[Budget]:
    budget = Budget()
    wrapper = connection  # the default database, as this thread sees it
    real_commit = wrapper.commit

    def commit() -> None:
        budget.commits += 1
        real_commit()

    def execute(run: Any, sql: str, params: Any, many: bool, context: Any) -> Any:
        verb = sql.lstrip().split(None, 1)[0].upper()
        if verb == "BEGIN":
            # SQLite's BEGIN IMMEDIATE, a statement there (not on PostgreSQL): counted as its
            # transaction's commit.
            return run(sql, params, many, context)
        budget.statements.append(sql)
        if not wrapper.in_atomic_block and verb != "SELECT":
            budget.autocommitted_writes.append(sql)
        return run(sql, params, many, context)

    wrapper.commit = commit
    try:
        with wrapper.execute_wrapper(execute):
            yield budget
    finally:
        del wrapper.commit
