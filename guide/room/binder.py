"""The Binder launch link of this repository, worked out from where it is published (its git remote).

Binder (mybinder.org) builds the repository from ``environment.yml`` and opens ``urlpath`` on it: here
the app, rendered by Voila. The link names the repository by its host: ``gh/<owner>/<repo>`` for GitHub,
``gl/<group>%2F<project>`` for GitLab, and ``git/<its https address, escaped>`` for any other public git
host. A checkout with no remote, one on this machine only, or one known by an ssh address elsewhere has
no link: Binder could not clone it (name its https address instead).

Run ``make binder`` (``python -m guide.room.binder [REMOTE]``) to print it.
"""

from __future__ import annotations

import re
import subprocess
import sys
from urllib.parse import quote

BINDER = "https://mybinder.org/v2"
APP_URLPATH = "voila/render/notebooks/rebound.ipynb"

# A clone address as git accepts it: scheme://[user[:password]@]host[:port]/path, or [user@]host:path.
_URL = re.compile(r"^(?P<scheme>[a-z][a-z0-9+.-]*)://(?:[^@/]*@)?(?P<host>[^/:@]+)(?::(?P<port>\d+))?/(?P<path>.+)$", re.I)
_SCP = re.compile(r"^(?:[^@/:]+@)?(?P<host>[^:/@]+\.[^:/@]+):(?P<path>.+)$")
_WEB = ("http", "https")
_SSH = ("ssh", "git+ssh", "ssh+git", "git")
_CREDENTIALS = re.compile(r"(?<=://)[^/@]*@")


def binder_url(remote: str, ref: str = "HEAD", urlpath: str = APP_URLPATH) -> str | None:
    """The Binder link that opens ``urlpath`` on the repository cloned from ``remote`` at ``ref``, or
    None when Binder could not reach it: a folder or file on this machine, not a clone address, or an
    ssh address outside GitHub and GitLab (Binder clones over https, and an ssh host name may be a
    local alias). Credentials in the address never reach the link."""
    remote = remote.strip()
    if found := _URL.match(remote):
        scheme, port = found["scheme"].lower(), found["port"]
        if scheme not in _WEB + _SSH:
            return None
    elif found := _SCP.match(remote):
        scheme, port = "ssh", None
    else:
        return None
    host, path = found["host"].lower().removeprefix("www."), found["path"].strip("/")
    name = path.removesuffix(".git")
    if host == "github.com" and name.count("/") == 1:
        spec = f"gh/{name}"
    elif host == "gitlab.com" and "/" in name:
        spec = f"gl/{quote(name, safe='')}"
    elif scheme in _WEB and path:
        # Any other host by its own web address, as given: its port and scheme kept, its path whole
        # (a plain git server's repository may really be named "repo.git").
        address = f"{scheme}://{host}{f':{port}' if port else ''}/{path}"
        spec = f"git/{quote(address, safe='')}"
    else:
        return None
    return f"{BINDER}/{spec}/{quote(ref, safe='')}?urlpath={quote(urlpath, safe='/')}"


def without_credentials(remote: str) -> str:
    """``remote`` with any user name and password taken out, to be shown."""
    return _CREDENTIALS.sub("", remote.strip())


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
            print(f"No Binder link: {without_credentials(remote)!r} is not an address Binder can clone from.")
        else:
            print("No Binder link: this checkout has no 'origin' remote (it is not published yet).")
        print(
            "Publish the repository on a public git host (GitHub, GitLab or another), then run\n"
            "make binder again, or name its https address: make binder REMOTE=https://github.com/OWNER/REPO"
        )
        return 1
    print(url)
    return 0


if __name__ == "__main__":
    sys.exit(main())
