"""The Binder launch link of this repository, worked out from where it is published (its git remote).

Binder (mybinder.org) builds the repository from ``environment.yml`` and opens ``urlpath`` on it: here
the app, rendered by Voila. The link names the repository by its host: ``gh/<owner>/<repo>`` for GitHub,
``gl/<group>%2F<project>`` for GitLab, and ``git/<the whole clone address, escaped>`` for any other public
git host. A checkout with no remote, or one on this machine only, has no link: Binder could not fetch it.

Run ``make binder`` (``python -m guide.workshop.binder [REMOTE]``) to print it.
"""

from __future__ import annotations

import re
import subprocess
import sys
from urllib.parse import quote

BINDER = "https://mybinder.org/v2"
APP_URLPATH = "voila/render/notebooks/rebound.ipynb"

# A clone address as git accepts it: https://host/path, ssh://[user@]host[:port]/path, or user@host:path.
_URL = re.compile(r"^(?:https?|git|ssh)://(?:[^@/]+@)?(?P<host>[^/:]+)(?::\d+)?/(?P<path>.+)$")
_SCP = re.compile(r"^[^@/]+@(?P<host>[^:/]+):(?P<path>.+)$")


def binder_url(remote: str, ref: str = "HEAD", urlpath: str = APP_URLPATH) -> str | None:
    """The Binder link that opens ``urlpath`` on the repository cloned from ``remote`` at ``ref``, or
    None when Binder could not reach it (a folder or file on this machine, or not a clone address)."""
    remote = remote.strip()
    found = _URL.match(remote) or _SCP.match(remote)
    if not found:
        return None
    host, path = found["host"].lower(), found["path"].strip("/").removesuffix(".git")
    if not path:
        return None
    if host in ("github.com", "www.github.com") and path.count("/") == 1:
        spec = f"gh/{path}"
    elif host in ("gitlab.com", "www.gitlab.com"):
        spec = f"gl/{quote(path, safe='')}"
    else:
        # Binder fetches any other host by its https address; an ssh-only address would need a key it lacks.
        spec = f"git/{quote(f'https://{host}/{path}', safe='')}"
    return f"{BINDER}/{spec}/{quote(ref, safe='')}?urlpath={quote(urlpath, safe='/')}"


def origin() -> str | None:
    """The address this checkout was cloned from (its ``origin`` remote), or None if it has none."""
    try:
        done = subprocess.run(["git", "remote", "get-url", "origin"], capture_output=True, text=True, check=False)
    except OSError:  # no git on this machine
        return None
    return (done.stdout.strip() or None) if done.returncode == 0 else None


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    remote = args[0] if args else origin()
    url = binder_url(remote) if remote else None
    if url is None:
        if remote:
            print(f"No Binder link: {remote!r} is not a public git address Binder can fetch.")
        else:
            print("No Binder link: this checkout has no 'origin' remote (it is not published yet).")
        print(
            "Publish the repository on a public git host (GitHub, GitLab or another), then run\n"
            "make binder again, or name its address: make binder REMOTE=https://github.com/OWNER/REPO"
        )
        return 1
    print(url)
    return 0


if __name__ == "__main__":
    sys.exit(main())
