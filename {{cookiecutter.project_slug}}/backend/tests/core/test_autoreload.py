"""`make dev`'s API restarts when backend/.env changes."""

from pathlib import Path

from django.utils.autoreload import StatReloader, autoreload_started


def test_runserver_watches_the_env_file(settings, tmp_path: Path) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text("DJANGO_DEBUG=true\n")
    settings.ENV_FILE = str(env_file)
    reloader = StatReloader()
    autoreload_started.send(sender=reloader)
    assert env_file.resolve() in set(reloader.watched_files())


def test_no_env_file_no_watch(settings) -> None:
    settings.ENV_FILE = ""
    reloader = StatReloader()
    autoreload_started.send(sender=reloader)
    assert not any(path.name == ".env" for path in reloader.watched_files(include_globs=True))
