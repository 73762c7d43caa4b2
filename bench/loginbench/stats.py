"""Figures of a round (throughput, latency percentiles, CPU per login) and ratios over rounds."""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0-100) by linear interpolation between closest ranks."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = (len(ordered) - 1) * q / 100
    low = math.floor(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


@dataclass(frozen=True)
class Round:
    """One target's measured round: logins that succeeded, their latencies (seconds), failed
    logins, the wall time of the round and the CPU time its server processes spent."""

    target: str
    latencies: tuple[float, ...]
    errors: int
    elapsed: float
    cpu_seconds: float

    @property
    def logins(self) -> int:
        return len(self.latencies)

    @property
    def per_second(self) -> float:
        return self.logins / self.elapsed if self.elapsed > 0 else 0.0

    def latency_ms(self, q: float) -> float:
        return percentile(list(self.latencies), q) * 1000

    @property
    def cpu_ms_per_login(self) -> float:
        return self.cpu_seconds * 1000 / self.logins if self.logins else math.nan


def ratios(candidate: list[Round], reference: list[Round]) -> list[float]:
    """Throughput of the candidate over the reference, round by round."""
    return [
        c.per_second / r.per_second if r.per_second else math.nan
        for c, r in zip(candidate, reference, strict=True)
    ]


def median(values: list[float]) -> float:
    return statistics.median(values) if values else math.nan
