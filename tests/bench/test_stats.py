"""The benchmark's figures: percentiles, throughput, CPU per login, ratios and the report."""

from __future__ import annotations

import math

import pytest

from bench.loginbench import report, stats


def test_percentile_interpolates_between_ranks() -> None:
    values = [4.0, 1.0, 3.0, 2.0]
    assert stats.percentile(values, 50) == pytest.approx(2.5)
    assert stats.percentile(values, 0) == 1.0
    assert stats.percentile(values, 100) == 4.0
    assert stats.percentile([7.0], 99) == 7.0
    assert math.isnan(stats.percentile([], 50))


def test_round_figures() -> None:
    result = stats.Round("bake", (0.1, 0.2, 0.3, 0.4), errors=1, elapsed=2.0, cpu_seconds=0.2)
    assert result.logins == 4
    assert result.per_second == pytest.approx(2.0)
    assert result.latency_ms(50) == pytest.approx(250)
    assert result.cpu_ms_per_login == pytest.approx(50)


def test_ratios_per_round_and_median() -> None:
    ref = [stats.Round("reference", (0.1,) * 10, 0, 1.0, 0.1) for _ in range(3)]
    bake = [stats.Round("bake", (0.1,) * n, 0, 1.0, 0.1) for n in (5, 6, 20)]
    assert stats.ratios(bake, ref) == pytest.approx([0.5, 0.6, 2.0])
    assert stats.median(stats.ratios(bake, ref)) == pytest.approx(0.6)


def test_report_table_has_every_round_and_the_median_ratio() -> None:
    ref = [stats.Round("reference", (0.05,) * 10, 0, 1.0, 0.1) for _ in range(3)]
    bake = [stats.Round("bake", (0.1,) * 5, 1, 1.0, 0.1) for _ in range(3)]
    text = report.table("returning users", ref, bake)
    assert text.count("| reference |") == 3
    assert text.count("| bake |") == 3
    assert "**median 0.50x**" in text
    assert "p50 latency bake/reference, median: 2.00x" in text
