"""The one gunicorn configuration of both targets: 2 sync workers, no access log."""

workers = 2
worker_class = "sync"
accesslog = None
loglevel = "warning"
