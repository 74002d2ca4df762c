# JupyterHub for a programme of rooms: each participant gets their own single-user server, which opens
# straight on the Rebound page (Voila), not on JupyterLab. For The Littlest JupyterHub, copy it to
# /opt/tljh/config/jupyterhub_config.d/rebound.py (TLJH culls idle servers itself: `tljh-config set
# services.cull.timeout 1800`). The Kubernetes equivalent is z2jh-values.yaml beside it.
import os

c = get_config()  # noqa: F821 (provided by JupyterHub when it loads this file)

# Where the repository is checked out on the server. Single-user servers start there, so Voila reads the
# repository's voila.json (the offline page template, kernel culling) and the notebooks import `guide`.
c.Spawner.notebook_dir = os.environ.get("REBOUND_DIR", "/srv/rebound")
c.Spawner.default_url = "/voila/render/notebooks/rebound.ipynb"
# A participant's server costs about one Jupyter server plus one kernel; a cap keeps one browser from
# using more (honoured by TLJH's systemd spawner and by Kubernetes, ignored by the local test's spawner).
c.Spawner.mem_limit = "512M"
c.Spawner.cpu_limit = 1.0
