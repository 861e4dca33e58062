"""How pytest-xdist shares the tests between the workers (docs/development.md, "Tests and CI").

The tests that share one costly site go to one worker together, so it is built once: the browser
tests (their demo server and page tour) and tests/demo/ (the demo loaded into the test database).
They carry xdist's public `xdist_group` marker, and unless the command line chooses another
distribution (`--dist`, `-d`), the run uses `--dist loadgroup`, in collection order
(tests/conftest.py puts the browser tests first and the transactional ones last).

xdist's own loadgroup cannot be relied on alone: its workers append the group to the test's
`_nodeid`, which pytest 9.2 no longer reads, so under pytest 9.2 the marks group nothing (the
browser tests ran on both workers, each with its own demo server). The scheduler below groups by
folder instead, through the one part of xdist that is not public: `LoadGroupScheduling._split_scope`.
The session stops with a usage error at start if that part changes, rather than spreading the
groups silently.
"""

import inspect
import os
import shlex

import pytest

GROUPS = {"tests/browser/": "browser", "tests/demo/": "demo"}


def group_of(nodeid):
    """The group a test belongs to, or None for a test that may go to any worker."""
    return next((group for folder, group in GROUPS.items() if nodeid.startswith(folder)), None)


def distribution_chosen(config):
    """Whether whoever started pytest chose how to distribute: xdist's `--dist` or `-d`, on the
    command line, in PYTEST_ADDOPTS or in the ini's addopts. The parsed option cannot tell on its own:
    an explicit `--dist no` reads the same as none."""
    if config.option.dist != "no" or config.option.distload:
        return True
    args = [
        *config.invocation_params.args,
        *shlex.split(os.environ.get("PYTEST_ADDOPTS", "")),
        *config.getini("addopts"),
    ]
    return any(arg == "--dist" or arg.startswith("--dist=") for arg in args)


def _xdist_interface_problem():
    """What changed in xdist that this plugin relies on, or None when it is as expected."""
    try:
        from xdist.scheduler import LoadGroupScheduling, LoadScopeScheduling
    except ImportError as error:
        return f"xdist.scheduler no longer offers LoadGroupScheduling ({error})"
    split_scope = getattr(LoadGroupScheduling, "_split_scope", None)
    if split_scope is None or list(inspect.signature(split_scope).parameters) != ["self", "nodeid"]:
        return "LoadGroupScheduling._split_scope(self, nodeid) is gone or takes other arguments"
    if "_split_scope" not in LoadScopeScheduling.schedule.__code__.co_names:
        return "LoadScopeScheduling.schedule() no longer groups tests through _split_scope"
    return None


@pytest.hookimpl(tryfirst=True)
def pytest_cmdline_main(config):
    """Runs before xdist's own, which turns an unchosen distribution into `load` under `-n`; only in
    the controller (the workers run what it sends them)."""
    if not config.pluginmanager.hasplugin("xdist") or hasattr(config, "workerinput"):
        return
    if not hasattr(config.hook, "pytest_xdist_make_scheduler"):
        raise pytest.UsageError(
            "tests/plugins/scheduling.py: pytest-xdist no longer has the pytest_xdist_make_scheduler hook; "
            "update the plugin or run with an explicit --dist"
        )
    problem = _xdist_interface_problem()
    if problem:
        raise pytest.UsageError(
            f"tests/plugins/scheduling.py: {problem}; update the plugin (docs/development.md) before running"
        )
    if not distribution_chosen(config):
        config.option.dist = "loadgroup"
        config.option.loadscopereorder = False


def pytest_collection_modifyitems(items):
    for item in items:
        group = group_of(item.nodeid)
        if group:
            item.add_marker(pytest.mark.xdist_group(group))


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config, log):
    """Loadgroup with the groups read from the folders (pytest 9.2 drops the ones xdist's workers
    mark); any other distribution is left to xdist."""
    if config.getoption("dist") != "loadgroup":
        return None
    from xdist.scheduler import LoadGroupScheduling

    class FoldersTogether(LoadGroupScheduling):
        def _split_scope(self, nodeid):
            return group_of(nodeid) or super()._split_scope(nodeid)

    return FoldersTogether(config, log)
