"""`svodka serve` on an IPv6 address: checked and announced as a URL writes it ([::1]:8000)."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
import uvicorn
from typer.testing import CliRunner

from svodka.cli import app

runner = CliRunner()


def ipv6_loopback_port() -> socket.socket:
    try:
        return socket.create_server(("::1", 0), family=socket.AF_INET6)
    except OSError:
        pytest.skip("no IPv6 loopback on this machine")


def test_serve_on_ipv6_loopback_says_a_url_a_browser_opens(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = str(tmp_path / "s.db")
    assert runner.invoke(app, ["run", "-", "--db", db, "--quiet"], input="Заголовок\n\nТекст новости.").exit_code == 0
    with ipv6_loopback_port() as taken:
        port = taken.getsockname()[1]
        busy = runner.invoke(app, ["serve", "--db", db, "--host", "::1", "--port", str(port)])
    assert busy.exit_code == 2 and f"cannot serve on [::1]:{port}" in busy.stderr

    served = []
    monkeypatch.setattr(uvicorn, "run", lambda *args, **kwargs: served.append(kwargs["host"]))
    result = runner.invoke(app, ["serve", "--db", db, "--host", "::1", "--port", str(port)])
    assert result.exit_code == 0 and served == ["::1"]
    assert f"svodka on http://[::1]:{port}/" in result.stderr
