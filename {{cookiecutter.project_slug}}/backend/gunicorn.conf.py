"""gunicorn's settings for the production image (the Dockerfile passes `-c gunicorn.conf.py`).

The access log names the path without its query string (%(U)s, not the request line %(r)s)
and without the Referer: /auth/callback?code=...&state=... carries a provider's code, and
other query strings may carry what users typed.
"""

accesslog = "-"
access_log_format = '%(h)s %(t)s "%(m)s %(U)s %(H)s" %(s)s %(b)s %(M)sms "%(a)s"'
