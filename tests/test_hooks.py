"""The pre-generation hook refuses slugs that would bake a broken project."""

from pathlib import Path

import pytest
from cookiecutter.exceptions import FailedHookException
from cookiecutter.main import cookiecutter

TEMPLATE = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("slug", "rule"),
    [
        ("My-Project", "lowercase Python identifier"),
        ("1project", "lowercase Python identifier"),
        ("my project", "lowercase Python identifier"),
        ("class", "keyword"),
        ("django", "shadow"),
        ("test", "shadow"),
        ("site", "shadow"),
        ("json", "shadow"),
        ("social_django", "shadow"),
    ],
)
def test_refuses_bad_slug_and_leaves_nothing(tmp_path, capfd, slug: str, rule: str) -> None:
    with pytest.raises(FailedHookException):
        cookiecutter(
            str(TEMPLATE),
            no_input=True,
            output_dir=str(tmp_path),
            extra_context={"project_slug": slug},
        )
    assert rule in capfd.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_accepts_a_good_slug(cookies) -> None:
    result = cookies.bake(extra_context={"project_slug": "acme_portal"})
    assert result.exit_code == 0, result.exception
    assert result.project_path.name == "acme_portal"


def test_slug_is_derived_from_the_name(cookies) -> None:
    result = cookies.bake(extra_context={"project_name": "Acme Customer-Portal"})
    assert result.exit_code == 0, result.exception
    assert result.project_path.name == "acme_customer_portal"
