"""How the tests are shared between xdist's workers (tests/plugins/scheduling.py): which tests keep
together, when the plugin chooses the distribution and when it leaves it to the command line, and
that a change in the xdist interface it relies on stops the run."""

from types import SimpleNamespace

import pytest
from xdist.scheduler import LoadGroupScheduling

from tests.plugins import scheduling


def test_the_browser_and_demo_tests_keep_together_and_the_others_go_anywhere():
    assert scheduling.group_of("tests/browser/test_journeys.py::test_story[phone]") == "browser"
    assert scheduling.group_of("tests/demo/test_demo.py::test_loads") == "demo"
    assert scheduling.group_of("tests/test_docs.py::test_readme_is_short_and_leads_to_each_doc") is None


def _config(args=(), dist="no", distload=False, addopts=()):
    return SimpleNamespace(
        option=SimpleNamespace(dist=dist, distload=distload, loadscopereorder=True),
        invocation_params=SimpleNamespace(args=tuple(args)),
        getini=lambda name: list(addopts),
        pluginmanager=SimpleNamespace(hasplugin=lambda name: True),
        hook=SimpleNamespace(pytest_xdist_make_scheduler=None),
    )


@pytest.mark.parametrize(
    "args, parsed",
    [
        (["--dist", "load"], {"dist": "load"}),
        (["--dist=loadfile"], {"dist": "loadfile"}),
        (["-d"], {"distload": True}),
        (["--dist", "no"], {}),
        (["--dist=no"], {}),
    ],
)
def test_a_distribution_given_on_the_command_line_is_kept(args, parsed):
    config = _config(["-n", "2", *args], **parsed)
    scheduling.pytest_cmdline_main(config)
    assert config.option.dist == parsed.get("dist", "no")
    assert config.option.loadscopereorder


def test_a_distribution_in_pytest_addopts_is_kept(monkeypatch):
    monkeypatch.setenv("PYTEST_ADDOPTS", "--dist=no")
    config = _config(["-n", "2"])
    scheduling.pytest_cmdline_main(config)
    assert config.option.dist == "no"


def test_without_a_chosen_distribution_the_groups_run_in_collection_order(monkeypatch):
    monkeypatch.delenv("PYTEST_ADDOPTS", raising=False)
    config = _config(["-n", "2", "-q", "tests/browser"])
    scheduling.pytest_cmdline_main(config)
    assert config.option.dist == "loadgroup"
    assert not config.option.loadscopereorder


def test_a_changed_xdist_scheduler_stops_the_run(monkeypatch):
    monkeypatch.setattr(LoadGroupScheduling, "_split_scope", lambda self, nodeid, marks: nodeid)
    with pytest.raises(pytest.UsageError, match="_split_scope"):
        scheduling.pytest_cmdline_main(_config(["-n", "2"]))


def test_a_missing_scheduler_hook_stops_the_run():
    config = _config(["-n", "2"])
    del config.hook.pytest_xdist_make_scheduler
    with pytest.raises(pytest.UsageError, match="pytest_xdist_make_scheduler"):
        scheduling.pytest_cmdline_main(config)
