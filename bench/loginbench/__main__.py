"""`make bench`: alternating rounds of the reference and a bake, per database and scenario.

python -m loginbench [--rounds 3] [--logins 150] [--concurrency 4] [--pool 50]
                     [--databases sqlite,postgres] [--output results.md]
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import sys
import tempfile
from contextlib import ExitStack
from pathlib import Path

from . import bake, driver, postgres, report, servers
from .stats import Round

HERE = Path(__file__).resolve().parent.parent


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="loginbench", description=__doc__)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--logins", type=int, default=150, help="per round and target")
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--pool", type=int, default=50, help="returning users, warmed first")
    parser.add_argument("--databases", default="sqlite,postgres")
    parser.add_argument("--profile-logins", type=int, default=40, help="profiled in-process")
    parser.add_argument("--output", type=Path, default=None, help="also write the report here")
    parser.add_argument("--uv", default=os.environ.get("UV", "uv"))
    return parser.parse_args()


def _machine() -> str:
    model = "unknown CPU"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            model = line.split(":", 1)[1].strip()
            break
    return f"{platform.system()} {platform.release()}, {os.cpu_count()} CPUs ({model})"


def _round(target: str, login: driver.Login, server, users: list[int], concurrency: int) -> Round:
    before = servers.cpu_seconds(server)
    latencies, errors, elapsed = driver.run(login, users, concurrency)
    return Round(target, tuple(latencies), errors, elapsed, servers.cpu_seconds(server) - before)


def _measure(args, targets: dict, log: list[str]) -> str:
    """Warm both targets with the returning users, then alternate rounds per scenario."""
    pool = list(range(1, args.pool + 1))
    sections = []
    for name, (login, _server) in targets.items():
        _, errors, _ = driver.run(login, pool, args.concurrency)
        log.append(f"warmed {name}: {len(pool)} users, {errors} errors")
    scenarios = {
        "returning users": lambda n: [pool[i % len(pool)] for i in range(args.logins)],
        "new users": lambda n: list(range(10**6 * (n + 1), 10**6 * (n + 1) + args.logins)),
    }
    for scenario, users_of_round in scenarios.items():
        results: dict[str, list[Round]] = {name: [] for name in targets}
        for number in range(args.rounds):
            for name, (login, server) in targets.items():
                results[name].append(
                    _round(name, login, server, users_of_round(number), args.concurrency)
                )
        sections.append(report.table(scenario, results["reference"], results["bake"]))
    return "\n".join(sections)


def _database_run(args, database: str, work: Path, provider_url: str, info: dict) -> str:
    with ExitStack() as stack:
        if database == "postgres":
            urls = stack.enter_context(postgres.running_postgres(["reference", "bake"]))
            info["postgres"] = postgres.version()
        else:
            urls = {
                name: f"sqlite:///{work / database}-{name}.sqlite3"
                for name in ("reference", "bake")
            }
        backend = bake.bake(args.uv, work / f"bake-{database}", database)
        bake_env = bake.prepare_bake(backend, provider_url, urls["bake"])
        ref_env = bake.prepare_reference(sys.executable, HERE, provider_url, urls["reference"])
        if database == "sqlite":
            for url in urls.values():
                bake.use_wal(url)
        info["bake"] = bake.versions(bake.python_of(backend), backend)
        ref_port, bake_port = servers.free_port(), servers.free_port()
        ref = stack.enter_context(
            servers.running(
                servers.gunicorn(sys.executable, "loginbench.refsite.wsgi", ref_port),
                cwd=HERE,
                env=ref_env,
                url=f"http://127.0.0.1:{ref_port}/",
                log=work / f"ref-{database}.log",
            )
        )
        baked = stack.enter_context(
            servers.running(
                servers.gunicorn(bake.python_of(backend), "config.wsgi", bake_port),
                cwd=backend,
                env=bake_env,
                url=f"http://127.0.0.1:{bake_port}/api/health/",
                log=work / f"bake-{database}.log",
            )
        )
        targets = {
            "reference": (driver.reference_login(f"http://127.0.0.1:{ref_port}"), ref),
            "bake": (driver.bake_login(f"http://127.0.0.1:{bake_port}"), baked),
        }
        log: list[str] = []
        tables = _measure(args, targets, log)
        profile = bake.profile(backend, bake_env, args.profile_logins)
        return (
            f"### {database}\n\n"
            + "\n".join(f"- {line}" for line in log)
            + "\n\n"
            + tables
            + f"\n#### profile of a bake login, in-process ({database})\n\n```\n{profile}```\n"
        )


def main() -> None:
    args = _arguments()
    work = Path(tempfile.mkdtemp(prefix="loginbench-"))
    info: dict = {"reference": bake.versions(sys.executable, HERE)}
    port = servers.free_port()
    provider_url = f"http://127.0.0.1:{port}"
    sections = []
    try:
        with servers.running(
            servers.uvicorn(port),
            cwd=HERE,
            env={},
            url=f"{provider_url}/user",
            log=work / "provider.log",
        ):
            for database in args.databases.split(","):
                sections.append(_database_run(args, database, work, provider_url, info))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    command = " ".join(["python -m loginbench", *sys.argv[1:]])
    head = [
        f"Machine: {_machine()}",
        f"Command: `{command}` ({args.rounds} rounds x {args.logins} logins per target, "
        f"concurrency {args.concurrency}, {args.pool} returning users)",
        *(f"Versions, {name}: {value}" for name, value in info.items()),
    ]
    text = "\n".join(f"- {line}" for line in head) + "\n\n" + "\n".join(sections)
    print(text)
    if args.output:
        args.output.write_text(text)


if __name__ == "__main__":
    main()
