"""The Kubernetes manifests a PostgreSQL bake ships, validated against the API's schemas."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.conftest import run

MANIFESTS = Path("deploy") / "kubernetes"


def kubernetes_validate() -> str:
    return str(Path(sys.executable).parent / "kubernetes-validate")


def resources(project: Path) -> dict[str, dict]:
    found = {}
    for path in sorted((project / MANIFESTS).glob("*.yaml")):
        for document in yaml.safe_load_all(path.read_text()):
            found[document["kind"]] = document
    return found


@pytest.fixture(scope="module")
def project(cookies_session) -> Path:
    result = cookies_session.bake(extra_context={"project_name": "Acme", "database": "postgres"})
    assert result.exception is None, result.exception
    return Path(result.project_path)


def test_manifests_pass_strict_validation(project: Path) -> None:
    files = sorted(str(path) for path in (project / MANIFESTS).glob("*.yaml"))
    output = run([kubernetes_validate(), "--strict", *files], cwd=project)
    assert output.count(" passed for resource ") == len(files) == 7


def test_validation_fails_on_an_unknown_field(project: Path, tmp_path: Path) -> None:
    broken = tmp_path / "service.yaml"
    broken.write_text(
        (project / MANIFESTS / "service.yaml").read_text().replace("selector:", "selektor:")
    )
    completed = subprocess.run(
        [kubernetes_validate(), "--strict", str(broken)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode != 0


def test_the_deployment_has_probes_limits_and_secrets_by_reference(project: Path) -> None:
    found = resources(project)
    assert "Secret" not in found  # secrets are the operator's, never in the repository
    pod = found["Deployment"]["spec"]["template"]["spec"]
    (container,) = pod["containers"]
    for probe in ("startupProbe", "readinessProbe", "livenessProbe"):
        assert container[probe]["httpGet"]["path"] == "/api/health/"
    assert set(container["resources"]["limits"]) == {"cpu", "memory"}
    assert {"secretRef": {"name": "api-secrets"}} in container["envFrom"]
    assert pod["securityContext"]["runAsUser"] == 10001  # the image's user
    assert "migrate" not in " ".join(container["command"])  # the Job does that, once


def test_ingress_tls_job_and_autoscaler(project: Path) -> None:
    found = resources(project)
    ingress = found["Ingress"]["spec"]
    assert ingress["tls"][0]["hosts"] == [ingress["rules"][0]["host"]]
    job = found["Job"]["spec"]["template"]["spec"]["containers"][0]
    assert job["command"] == ["python", "manage.py", "migrate", "--no-input"]
    hpa = found["HorizontalPodAutoscaler"]["spec"]
    assert hpa["scaleTargetRef"]["name"] == found["Deployment"]["metadata"]["name"]
    assert hpa["minReplicas"] >= 2


def test_probe_host_is_an_allowed_host(project: Path) -> None:
    found = resources(project)
    allowed = found["ConfigMap"]["data"]["DJANGO_ALLOWED_HOSTS"].split(",")
    container = found["Deployment"]["spec"]["template"]["spec"]["containers"][0]
    for probe in ("startupProbe", "readinessProbe", "livenessProbe"):
        (header,) = container[probe]["httpGet"]["httpHeaders"]
        assert header == {"name": "Host", "value": header["value"]}
        assert header["value"] in allowed


def test_sqlite_bakes_ship_no_manifests(bake) -> None:
    assert not (bake(database="sqlite") / "deploy").exists()
