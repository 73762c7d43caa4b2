"""The results as Markdown: one table per database and scenario, ratios per round and median."""

from __future__ import annotations

from .stats import Round, median, ratios

HEADER = (
    "| round | target | logins/s | p50 ms | p95 ms | p99 ms | errors | server CPU ms/login |\n"
    "|---|---|---:|---:|---:|---:|---:|---:|"
)


def _row(number: int, result: Round) -> str:
    return (
        f"| {number} | {result.target} | {result.per_second:.1f} | {result.latency_ms(50):.0f} "
        f"| {result.latency_ms(95):.0f} | {result.latency_ms(99):.0f} | {result.errors} "
        f"| {result.cpu_ms_per_login:.1f} |"
    )


def table(title: str, reference: list[Round], bake: list[Round]) -> str:
    """A Markdown section: each round's two rows, then the bake/reference ratios."""
    rows = [f"#### {title}", "", HEADER]
    for number, (ref, candidate) in enumerate(zip(reference, bake, strict=True), start=1):
        rows += [_row(number, ref), _row(number, candidate)]
    per_round = ratios(bake, reference)
    p50 = [b.latency_ms(50) / r.latency_ms(50) for b, r in zip(bake, reference, strict=True)]
    cpu = [b.cpu_ms_per_login / r.cpu_ms_per_login for b, r in zip(bake, reference, strict=True)]
    rows += [
        "",
        "throughput bake/reference per round: "
        + ", ".join(f"{ratio:.2f}" for ratio in per_round)
        + f"; **median {median(per_round):.2f}x**",
        f"p50 latency bake/reference, median: {median(p50):.2f}x; "
        f"server CPU per login bake/reference, median: {median(cpu):.2f}x",
        "",
    ]
    return "\n".join(rows)
