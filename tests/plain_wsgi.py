"""A WSGI application that answers 404 to everything but fails on /fail/...: gunicorn's own access
and error logs, under the project's gunicorn.conf.py, are tested with it without a database behind."""


def application(environ, start_response):
    if environ["PATH_INFO"].startswith("/fail/"):
        raise RuntimeError("failed as asked")
    start_response("404 Not Found", [("Content-Type", "text/plain")])
    return [b"not found"]
