"""The Binder launch link, worked out from where the repository is published (guide/room/binder.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from guide.room.binder import APP_URLPATH, binder_url, main

REPO_ROOT = Path(__file__).resolve().parents[1]
APP = "?urlpath=voila/render/notebooks/rebound.ipynb"


@pytest.mark.parametrize(
    "remote",
    [
        "https://github.com/rebound-guide/rebound",
        "https://github.com/rebound-guide/rebound.git",
        "https://github.com/rebound-guide/rebound/",
        "HTTPS://GitHub.com/rebound-guide/rebound.git",
        "https://www.github.com/rebound-guide/rebound",
        "git@github.com:rebound-guide/rebound.git",
        "github.com:rebound-guide/rebound.git",
        "ssh://git@github.com/rebound-guide/rebound.git",
        "git+ssh://git@github.com/rebound-guide/rebound.git",
        "https://user:ghp_SECRET@github.com/rebound-guide/rebound.git",
    ],
)
def test_every_way_of_writing_a_github_address_gives_the_one_link(remote):
    assert binder_url(remote) == f"https://mybinder.org/v2/gh/rebound-guide/rebound/HEAD{APP}"


def test_a_gitlab_project_is_named_with_its_groups_escaped():
    url = binder_url("git@gitlab.com:workforce/tools/rebound.git", ref="main")
    assert url == f"https://mybinder.org/v2/gl/workforce%2Ftools%2Frebound/main{APP}"
    assert binder_url("https://gitlab.com/workforce/tools/rebound", ref="main") == url


def test_another_host_is_named_by_its_own_web_address_escaped_whole():
    url = binder_url("https://git.example.org/counselors/rebound.git")
    # Escaped whole, colon and slashes included: Binder reads the address as one part of its path. The
    # ".git" stays: on a plain git server it can be part of the repository's name.
    assert url == f"https://mybinder.org/v2/git/https%3A%2F%2Fgit.example.org%2Fcounselors%2Frebound.git/HEAD{APP}"
    assert binder_url("http://git.example.org:8080/rebound") == (
        f"https://mybinder.org/v2/git/http%3A%2F%2Fgit.example.org%3A8080%2Frebound/HEAD{APP}"
    )  # its scheme and port kept
    assert "SECRET" not in binder_url("https://ci:SECRET@git.example.org/counselors/rebound.git")


def test_the_link_opens_the_app_through_voila():
    query = parse_qs(urlsplit(binder_url("https://github.com/a/b")).query)
    assert query == {"urlpath": [APP_URLPATH]}
    assert (REPO_ROOT / unquote(APP_URLPATH).removeprefix("voila/render/")).is_file()
    assert (REPO_ROOT / "environment.yml").is_file()  # what Binder builds from


@pytest.mark.parametrize(
    "remote",
    [
        "", "/srv/git/rebound.git", "file:///srv/git/rebound.git", "../rebound", "rebound", "C:/work/rebound",
        # ssh addresses outside GitHub and GitLab: Binder clones over https, and the host may be an alias.
        "git@git.example.org:counselors/rebound.git", "ssh://git@ssh.dev.azure.com/v3/org/project/rebound",
        "git@github-work:rebound-guide/rebound.git",
    ],
)  # fmt: skip
def test_an_address_binder_cannot_clone_has_no_link(remote):
    assert binder_url(remote) is None


def test_without_a_remote_it_says_so_and_how_to_get_a_link(capsys, monkeypatch):
    import guide.room.binder as binder

    monkeypatch.setattr(binder, "origin", lambda: None)
    assert main([]) == 1
    said = capsys.readouterr().out
    assert "no 'origin' remote" in said and "make binder REMOTE=" in said
    assert main(["/srv/git/rebound.git"]) == 1
    assert "'/srv/git/rebound.git' is not an address Binder can clone from" in capsys.readouterr().out
    assert main(["ftp://ci:SECRET@git.example.org/rebound.git"]) == 1
    said = capsys.readouterr().out
    assert "SECRET" not in said and "'ftp://git.example.org/rebound.git'" in said
    assert main(["https://github.com/a/b"]) == 0
    assert capsys.readouterr().out.strip() == binder_url("https://github.com/a/b")


def test_the_link_is_read_from_the_checkouts_origin(tmp_path):
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    subprocess.run(["git", "-C", str(tmp_path), "remote", "add", "origin", "git@github.com:a/b.git"], check=True)
    done = subprocess.run(
        [sys.executable, "-m", "guide.room.binder"], cwd=tmp_path, capture_output=True, text=True,
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"https://mybinder.org/v2/gh/a/b/HEAD{APP}"


def test_environment_yml_installs_what_the_guide_needs_at_the_same_versions():
    """Binder and conda users get environment.yml: every library of the core, the app, the exports and
    the draft review is listed there with pyproject.toml's version range (the guide itself, from `-e .`)."""
    import tomllib

    import yaml
    from packaging.requirements import Requirement

    project = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = [*project["dependencies"]]
    for extra in ("app", "export", "review"):
        wanted += project["optional-dependencies"][extra]
    environment = yaml.safe_load((REPO_ROOT / "environment.yml").read_text(encoding="utf-8"))
    listed = {}
    for entry in environment["dependencies"]:
        if isinstance(entry, str) and entry not in ("pip",) and not entry.startswith("python="):
            requirement = Requirement(entry)
            listed[requirement.name.lower()] = requirement.specifier
    pip = next(entry["pip"] for entry in environment["dependencies"] if isinstance(entry, dict))
    assert "-e ." in pip
    for line in wanted:
        requirement = Requirement(line)
        assert requirement.name.lower() in listed, f"{requirement.name} is missing from environment.yml"
        assert listed[requirement.name.lower()] == requirement.specifier, requirement.name
