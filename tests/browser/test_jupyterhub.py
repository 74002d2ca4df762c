"""Past one machine: the app through JupyterHub, each participant on their own server, opened on Voila.

The hub runs with the repository's workshop/jupyterhub/jupyterhub_config.py, plus what a single machine
needs instead of a real deployment: the simple local spawner (servers as the same user, homes in a
temporary folder), the dummy authenticator, and ports on 127.0.0.1. A participant logs in and must land
on the Rebound page served by their own server.

The hub's proxy, configurable-http-proxy, is a Node program, not a Python package: `make hub-proxy`
installs it into .venv. Without it this test is skipped, and says so; it never counts as passed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from conftest import (  # tests/browser/conftest.py
    PAGE_READY_TIMEOUT_MS,
    REPO_ROOT,
    _stop,
    free_port,
    isolated_env,
)
from playwright.sync_api import expect

from guide.catalogue import text

pytestmark = pytest.mark.browser

HUB_CONFIG = REPO_ROOT / "workshop" / "jupyterhub" / "jupyterhub_config.py"
HUB_START_TIMEOUT_S = 90
PASSWORD = "workshop-test"


def _login_page_served(url: str) -> bool:
    """The proxy answers (404) before the hub has put its own route in it; wait for the real page."""
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200
    except OSError:  # HTTPError included
        return False


def proxy_command() -> str | None:
    local = REPO_ROOT / ".venv" / "node_modules" / ".bin" / "configurable-http-proxy"
    return str(local) if local.exists() else shutil.which("configurable-http-proxy")


LOCAL_CONFIG = """
import os
load_subconfig({hub_config!r})
c.JupyterHub.ip = "127.0.0.1"
c.JupyterHub.port = {port}
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = {hub_port}
c.ConfigurableHTTPProxy.api_url = "http://127.0.0.1:{api_port}"
c.ConfigurableHTTPProxy.command = [{proxy!r}]
c.JupyterHub.db_url = "sqlite:///{base}/jupyterhub.sqlite"
c.JupyterHub.cookie_secret_file = "{base}/cookie_secret"
c.JupyterHub.authenticator_class = "dummy"
c.DummyAuthenticator.password = {password!r}
c.Authenticator.allow_all = True
c.JupyterHub.spawner_class = "simple"
c.SimpleLocalProcessSpawner.home_dir_template = "{base}/home/{{username}}"
c.Spawner.notebook_dir = {repo!r}
c.Spawner.cmd = [{singleuser!r}]
c.Spawner.env_keep = ["PATH", "TZ", "TMPDIR", "JUPYTER_CONFIG_DIR", "JUPYTER_DATA_DIR", "JUPYTER_RUNTIME_DIR", "IPYTHONDIR"]
c.Spawner.start_timeout = 90
c.Spawner.http_timeout = 90
# Test machines (CI containers) often run as root, which a single-user server refuses without this.
c.Spawner.args = ["--allow-root"] if os.geteuid() == 0 else []
"""


@pytest.fixture(scope="module")
def hub(tmp_path_factory):
    proxy = proxy_command()
    if proxy is None:
        pytest.skip("configurable-http-proxy (Node) is not installed: run `make hub-proxy` to include this test")
    base = tmp_path_factory.mktemp("hub")
    env = isolated_env(base)
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    port = free_port()
    config = base / "jupyterhub_config.py"
    config.write_text(
        LOCAL_CONFIG.format(
            hub_config=str(HUB_CONFIG), port=port, hub_port=free_port(), api_port=free_port(), proxy=proxy,
            base=base, password=PASSWORD, repo=str(REPO_ROOT),
            singleuser=str(Path(sys.executable).parent / "jupyterhub-singleuser"),
        ),
        encoding="utf-8",
    )  # fmt: skip
    log_path = base / "hub.log"
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "jupyterhub", "-f", str(config)], cwd=base, env=env,
            stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True,
        )  # fmt: skip
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + HUB_START_TIMEOUT_S
        while not _login_page_served(f"{url}hub/login"):
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"JupyterHub did not start:\n{log_path.read_text(errors='replace')[-4000:]}", pytrace=False)
            time.sleep(0.5)
        yield url, log_path
    finally:
        _stop(process)  # the hub stops the servers it spawned; the proxy it started goes with it


def test_a_participant_logs_in_and_lands_on_the_app_on_their_own_server(browser, hub):
    url, log_path = hub
    context = browser.new_context(locale="en-US", timezone_id="America/New_York")
    context.route("**/*", lambda route: route.continue_() if "127.0.0.1" in route.request.url else route.abort())
    page = context.new_page()
    try:
        page.goto(f"{url}hub/login", timeout=PAGE_READY_TIMEOUT_MS)
        page.locator("#username_input").fill("participant1")
        page.locator("#password_input").fill(PASSWORD)
        page.locator("#login_submit").click()
        try:
            expect(page.get_by_label(text("field.candidate_name"), exact=True)).to_be_visible(timeout=3 * PAGE_READY_TIMEOUT_MS)
        except AssertionError:
            pytest.fail(f"the app did not load through the hub (at {page.url}):\n{log_path.read_text(errors='replace')[-4000:]}")
        assert "/user/participant1/voila/render/notebooks/rebound.ipynb" in page.url
    finally:
        context.close()
