"""The one-way rule is checked by `make lint` (import-linter, contracts in
pyproject.toml). These tests keep the contracts honest: every module of
`newsroom` is covered, and a broken rule is reported."""

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# The parts of newsroom that may import content apps: the top of the house.
TOP = {"newsroom.site", "newsroom.demo", "newsroom.urls"}


def contracts():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    return {c["name"]: c for c in config["tool"]["importlinter"]["contracts"]}


def newsroom_children():
    children = set()
    for path in (ROOT / "newsroom").iterdir():
        if path.name.startswith(("_", ".")) or path.name in ("static",):
            continue
        if path.suffix == ".py" or (path / "__init__.py").exists():
            children.add(f"newsroom.{path.stem}")
    return children


def test_every_module_of_newsroom_is_below_the_top_or_at_it():
    rule = contracts()[
        "Only the site, the demo and the root URLconf of newsroom import content apps"
    ]
    assert set(rule["source_modules"]) | TOP == newsroom_children()
    assert not set(rule["source_modules"]) & TOP


def test_every_module_but_the_demo_is_production_code():
    rule = contracts()["Production code never imports the demo"]
    expected = (newsroom_children() - {"newsroom.demo"}) | {"articles", "galleries"}
    assert set(rule["source_modules"]) == expected


@pytest.mark.skipif(
    not (Path(sys.executable).parent / "lint-imports").exists(),
    reason="import-linter is installed with the dev extra",
)
def test_the_contracts_hold():
    result = subprocess.run(
        [str(Path(sys.executable).parent / "lint-imports")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout
