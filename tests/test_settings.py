"""Settings come from the environment; production refuses an unsafe secret key and passes
Django's deployment checks."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from portal.settings.base import env_bool, env_int, env_list

ROOT = Path(__file__).resolve().parent.parent
GOOD_SECRET = "k3nn1sp0rt44l-" + "x7Yq9Zr2Lm5Np8Qs" * 4


def run_manage(*args, **env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if key
        not in {"DJANGO_SETTINGS_MODULE", "DATABASE_URL", "SECRET_KEY", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_env_helpers(monkeypatch):
    monkeypatch.setenv("FLAG", "yes")
    monkeypatch.setenv("NUMBER", "42")
    monkeypatch.setenv("HOSTS", "a.example, b.example ,")
    assert env_bool("FLAG") is True
    assert env_int("NUMBER", 1) == 42
    assert env_list("HOSTS", []) == ["a.example", "b.example"]
    assert env_bool("UNSET_FLAG", True) is True
    monkeypatch.setenv("FLAG", "misschien")
    with pytest.raises(ImproperlyConfigured):
        env_bool("FLAG")
    monkeypatch.setenv("NUMBER", "veel")
    with pytest.raises(ImproperlyConfigured):
        env_int("NUMBER", 1)


def test_database_url_from_environment():
    result = run_manage(
        "shell",
        "--no-imports",
        "-c",
        "from django.conf import settings; d = settings.DATABASES['default'];"
        "print(d['ENGINE'], d['NAME'], d['HOST'], d['PORT'])",
        DJANGO_SETTINGS_MODULE="portal.settings.dev",
        DATABASE_URL="postgres://portal:geheim@db.internal:5433/kennis",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "django.db.backends.postgresql",
        "kennis",
        "db.internal",
        "5433",
    ]


def test_database_defaults_to_sqlite():
    result = run_manage(
        "shell",
        "--no-imports",
        "-c",
        "from django.conf import settings; print(settings.DATABASES['default']['ENGINE'])",
        DJANGO_SETTINGS_MODULE="portal.settings.dev",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "django.db.backends.sqlite3"


@pytest.mark.parametrize("secret", [None, "", "short", "django-insecure-" + "a" * 50])
def test_production_refuses_to_start_without_a_real_secret(secret):
    env = {"DJANGO_SETTINGS_MODULE": "portal.settings.production", "ALLOWED_HOSTS": "x.example"}
    if secret is not None:
        env["SECRET_KEY"] = secret
    result = run_manage("check", **env)
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_passes_the_deployment_checks():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY=GOOD_SECRET,
        ALLOWED_HOSTS="kennisportaal.example",
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_production_reads_hosts_mail_and_search_from_environment():
    result = run_manage(
        "shell",
        "--no-imports",
        "-c",
        "from django.conf import settings as s;"
        "print(s.ALLOWED_HOSTS, s.EMAIL_HOST, s.EMAIL_PORT, s.SEARCH_URL, s.DEBUG)",
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY=GOOD_SECRET,
        ALLOWED_HOSTS="kennis.example,intern.example",
        EMAIL_HOST="smtp.example",
        EMAIL_PORT="587",
        SEARCH_URL="http://127.0.0.1:9200",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        "['kennis.example', 'intern.example'] smtp.example 587 http://127.0.0.1:9200 False"
    )


def test_dutch_is_the_default_language_and_english_is_available(settings):
    assert settings.LANGUAGE_CODE == "nl"
    assert [code for code, _name in settings.LANGUAGES] == ["nl", "en"]


def test_search_analysis_is_dutch_unless_basic_is_chosen(settings):
    assert settings.SEARCH_ANALYSIS == "dutch"
    show = "from django.conf import settings; print(settings.SEARCH_ANALYSIS)"
    basic = run_manage("shell", "--no-imports", "-c", show, SEARCH_ANALYSIS="basic")
    assert basic.stdout.strip() == "basic", basic.stderr
    typo = run_manage("shell", "--no-imports", "-c", show, SEARCH_ANALYSIS="nederlands")
    assert typo.returncode != 0
    assert 'SEARCH_ANALYSIS must be "dutch" or "basic", not \'nederlands\'' in typo.stderr


def test_a_sqlite_database_url_gets_wal_a_busy_timeout_and_immediate_writes(tmp_path):
    """Wherever the database is SQLite, a real connection runs in WAL mode, waits for a busy
    writer instead of failing, and starts write transactions with the lock taken."""
    result = run_manage(
        "shell",
        "--no-imports",
        "-c",
        "from django.db import connection; c = connection.cursor();"
        "print(c.execute('PRAGMA journal_mode').fetchone()[0],"
        " c.execute('PRAGMA busy_timeout').fetchone()[0], connection.transaction_mode)",
        DJANGO_SETTINGS_MODULE="portal.settings.dev",
        DATABASE_URL=f"sqlite:///{tmp_path / 'team.sqlite3'}",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["wal", "30000", "IMMEDIATE"]


@pytest.mark.parametrize("hosts", ["*", "kennis.example,*", ""])
def test_production_refuses_to_accept_any_host(hosts):
    result = run_manage(
        "check",
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY=GOOD_SECRET,
        ALLOWED_HOSTS=hosts,
    )
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "ALLOWED_HOSTS must list the portal's host names" in result.stderr


SHOW_PROXY_HEADER = (
    "from django.conf import settings; print(getattr(settings, 'SECURE_PROXY_SSL_HEADER', None))"
)


@pytest.mark.parametrize(
    ("setting", "header"),
    [
        (None, "None"),
        ("false", "None"),
        ("true", "('HTTP_X_FORWARDED_PROTO', 'https')"),
    ],
)
def test_production_trusts_x_forwarded_proto_only_behind_a_declared_proxy(setting, header):
    env = {
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": GOOD_SECRET,
        "ALLOWED_HOSTS": "kennis.example",
    }
    if setting is not None:
        env["TRUSTED_PROXY_SETS_PROTO"] = setting
    result = run_manage("shell", "--no-imports", "-c", SHOW_PROXY_HEADER, **env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == header


def test_a_client_cannot_claim_https_without_a_declared_proxy():
    """Behind no declared proxy, a request with X-Forwarded-Proto: https is still plain HTTP
    (and is redirected to HTTPS); behind a declared proxy the header counts."""
    is_secure = (
        "from django.test import RequestFactory;"
        "print(RequestFactory().get('/', HTTP_X_FORWARDED_PROTO='https').is_secure())"
    )
    redirected = (
        "from django.test import Client;"
        "print(Client().get('/accounts/login/', HTTP_X_FORWARDED_PROTO='https',"
        " HTTP_HOST='kennis.example').status_code)"
    )
    env = {
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": GOOD_SECRET,
        "ALLOWED_HOSTS": "kennis.example",
    }
    untrusted = run_manage("shell", "--no-imports", "-c", f"{is_secure};{redirected}", **env)
    assert untrusted.stdout.split() == ["False", "301"], untrusted.stderr
    trusted = run_manage(
        "shell", "--no-imports", "-c", is_secure, TRUSTED_PROXY_SETS_PROTO="true", **env
    )
    assert trusted.stdout.split() == ["True"], trusted.stderr


def production_database_settings(**env):
    result = run_manage(
        "shell",
        "--no-imports",
        "-c",
        "from django.conf import settings as s; d = s.DATABASES['default'];"
        "print(d['ENGINE'], d['CONN_MAX_AGE'], d.get('CONN_HEALTH_CHECKS', False))",
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY=GOOD_SECRET,
        ALLOWED_HOSTS="kennis.example",
        **env,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_production_keeps_postgresql_connections_and_checks_them_before_reuse():
    assert production_database_settings(
        DATABASE_URL="postgres://portal@db.example/kennisportaal"
    ) == ("django.db.backends.postgresql 600 True")
    assert production_database_settings(
        DATABASE_URL="postgres://portal@db.example/kennisportaal", DATABASE_CONN_MAX_AGE="60"
    ) == ("django.db.backends.postgresql 60 True")
