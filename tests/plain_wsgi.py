"""A WSGI application that answers 404 to everything: gunicorn's own access log, under the project's
gunicorn.conf.py, is tested with it without a database behind."""


def application(environ, start_response):
    start_response("404 Not Found", [("Content-Type", "text/plain")])
    return [b"not found"]
