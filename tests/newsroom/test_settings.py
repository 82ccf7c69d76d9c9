"""Settings are read in a fresh process, as a server would read them."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

ROOT = Path(__file__).resolve().parents[2]
GOOD_KEY = "k" * 20 + "-4f9a7c1e2b8d6f3a0c5e9b7d1f2a4c6e8b0d3f5a7c9e1b"


def manage(*args, env=None):
    clean = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("SECRET_KEY", "ALLOWED_HOSTS", "SECURE_", "DJANGO_"))
    }
    clean["DATABASE_URL"] = "sqlite:///:memory:"
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, **(env or {})},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize(
    "secret",
    [None, "", "django-insecure-" + "x" * 60, "too-short"],
    ids=["missing", "empty", "insecure", "short"],
)
def test_prod_refuses_to_start_without_a_real_secret_key(secret):
    env = {"ALLOWED_HOSTS": "news.example.com"}
    if secret is not None:
        env["SECRET_KEY"] = secret
    result = manage("check", "--settings=newsroom.settings.prod", env=env)
    assert result.returncode != 0
    assert "Set SECRET_KEY" in result.stderr


def test_prod_refuses_to_start_without_allowed_hosts():
    result = manage(
        "check", "--settings=newsroom.settings.prod", env={"SECRET_KEY": GOOD_KEY}
    )
    assert result.returncode != 0
    assert "Set ALLOWED_HOSTS" in result.stderr


def test_deploy_check_leaves_only_the_operators_hsts_choices():
    result = manage(
        "check",
        "--deploy",
        "--settings=newsroom.settings.prod",
        env={"SECRET_KEY": GOOD_KEY, "ALLOWED_HOSTS": "news.example.com"},
    )
    assert result.returncode == 0, result.stderr
    assert set(re.findall(r"\((security\.\w+)\)", result.stderr)) == {
        "security.W005",
        "security.W021",
    }


def test_deploy_check_is_clean_once_the_operator_chooses():
    result = manage(
        "check",
        "--deploy",
        "--fail-level=WARNING",
        "--settings=newsroom.settings.prod",
        env={
            "SECRET_KEY": GOOD_KEY,
            "ALLOWED_HOSTS": "news.example.com",
            "SECURE_HSTS_INCLUDE_SUBDOMAINS": "true",
            "SECURE_HSTS_PRELOAD": "true",
        },
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_a_nonsense_boolean_is_a_clear_error():
    result = manage("check", env={"DEBUG": "maybe"})
    assert result.returncode != 0
    assert "DEBUG must be true or false" in result.stderr


def test_prod_serves_compressed_hashed_static_files():
    result = manage(
        "shell",
        "--settings=newsroom.settings.prod",
        "-c",
        "from django.conf import settings; "
        "print(settings.STORAGES['staticfiles']['BACKEND'])",
        env={"SECRET_KEY": GOOD_KEY, "ALLOWED_HOSTS": "news.example.com"},
    )
    assert result.returncode == 0, result.stderr
    assert "whitenoise.storage.CompressedManifestStaticFilesStorage" in result.stdout


def test_database_connections_persist_with_health_checks():
    database = settings.DATABASES["default"]
    assert database["CONN_MAX_AGE"] > 0
    assert database["CONN_HEALTH_CHECKS"] is True


def test_static_files_use_plain_storage_in_tests():
    backend = settings.STORAGES["staticfiles"]["BACKEND"]
    assert backend == "django.contrib.staticfiles.storage.StaticFilesStorage"


@pytest.mark.django_db
def test_the_database_is_the_one_database_url_names():
    """With DATABASE_URL naming PostgreSQL, the suite must really run there."""
    url = os.environ.get("DATABASE_URL", "")
    if url.startswith(("postgres://", "postgresql://", "pgsql://")):
        assert connection.vendor == "postgresql"
    elif not url:
        assert connection.vendor == "sqlite"


def test_production_loads_no_demo_app_or_module():
    """Under prod settings, with the URLconf, admin and every app loaded as
    a server loads them, nothing named demo is installed or imported."""
    script = (
        "import sys, django; django.setup();"
        "from django.apps import apps; from django.urls import get_resolver;"
        "from django.contrib import admin;"
        "admin.autodiscover(); get_resolver().url_patterns;"
        "import newsroom.wsgi;"
        "print([c.name for c in apps.get_app_configs()]);"
        "print(sorted(m for m in sys.modules if 'demo' in m.split('.')))"
    )
    clean = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_"))
    }
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env={
            **clean,
            "DJANGO_SETTINGS_MODULE": "newsroom.settings.prod",
            "SECRET_KEY": GOOD_KEY,
            "ALLOWED_HOSTS": "news.example.com",
            "DATABASE_URL": "sqlite:///:memory:",
        },
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    installed, demo_modules = result.stdout.strip().splitlines()
    assert "newsroom.tags" in installed and "articles" in installed
    assert "demo" not in installed
    assert demo_modules == "[]"


def test_development_and_tests_have_the_demo_desk():
    assert "newsroom.demo" in settings.INSTALLED_APPS
    result = manage("help", "load_demo")
    assert result.returncode == 0, result.stderr


def test_the_wheel_leaves_the_demo_out():
    import tomllib

    from setuptools import find_packages

    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    found = config["tool"]["setuptools"]["packages"]["find"]
    packages = find_packages(
        where=str(ROOT), include=found["include"], exclude=found["exclude"]
    )
    assert "newsroom.tags" in packages and "newsroom.site" in packages
    assert not [name for name in packages if "demo" in name.split(".")]


@pytest.mark.parametrize(
    ("jit", "expected"),
    [(None, "-c jit=off"), ("false", "-c jit=off"), ("true", None)],
)
def test_postgresql_connections_run_without_jit_unless_asked(jit, expected):
    env = {
        "DJANGO_SETTINGS_MODULE": "newsroom.settings.dev",
        "DATABASE_URL": "postgres://news@db.example.com:5432/newsroom",
        **({"DATABASE_JIT": jit} if jit is not None else {}),
    }
    clean = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DATABASE_", "DJANGO_"))
    }
    script = (
        "from django.conf import settings;"
        "print(settings.DATABASES['default'].get('OPTIONS', {}).get('options'))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(expected)


def read_settings(*names, env=None):
    code = "from django.conf import settings; " + "; ".join(
        f"print(repr(settings.{name}))" for name in names
    )
    result = manage("shell", "-c", code, env=env)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-len(names) :]


def test_the_client_address_is_the_connections_unless_a_proxy_header_is_set():
    order, count = read_settings(
        "AXES_IPWARE_META_PRECEDENCE_ORDER", "AXES_IPWARE_PROXY_COUNT"
    )
    assert (order, count) == ("('REMOTE_ADDR',)", "None")
    order, count = read_settings(
        "AXES_IPWARE_META_PRECEDENCE_ORDER",
        "AXES_IPWARE_PROXY_COUNT",
        env={"CLIENT_IP_HEADER": "X-Forwarded-For", "CLIENT_IP_PROXY_COUNT": "1"},
    )
    assert (order, count) == ("('HTTP_X_FORWARDED_FOR', 'REMOTE_ADDR')", "1")
    [order] = read_settings(
        "AXES_IPWARE_META_PRECEDENCE_ORDER",
        env={"CLIENT_IP_HEADER": "CF-Connecting-IP"},
    )
    assert order == "('HTTP_CF_CONNECTING_IP', 'REMOTE_ADDR')"


def test_a_client_ip_header_that_is_no_header_name_is_refused():
    result = manage("check", env={"CLIENT_IP_HEADER": "X-Forwarded-For: 1.2.3.4"})
    assert result.returncode != 0
    assert "CLIENT_IP_HEADER must be a header name" in result.stderr


def test_login_throttling_limits_come_from_the_environment():
    limit, cool_off = read_settings(
        "AXES_FAILURE_LIMIT",
        "AXES_COOLOFF_TIME",
        env={"LOGIN_FAILURE_LIMIT": "8", "LOGIN_COOLOFF_MINUTES": "30"},
    )
    assert (limit, cool_off) == ("8", "datetime.timedelta(seconds=1800)")


def test_asset_origins_join_the_policy():
    import ast

    [directives] = read_settings(
        "CONTENT_SECURITY_POLICY['DIRECTIVES']",
        env={
            "STATIC_URL": "https://static.example.net/newsroom/",
            "CSP_ASSET_ORIGINS": "https://img.example.org",
        },
    )
    directives = ast.literal_eval(directives)
    assets = ["'self'", "https://img.example.org", "https://static.example.net"]
    for name in ("script-src", "style-src", "font-src"):
        assert directives[name] == assets
    assert directives["img-src"] == assets
    assert directives["connect-src"] == ["'self'"]
