"""The session file format: round trip, atomic saves, clear messages for bad files, migration."""

import json
import os

import pytest

from simulator import session
from simulator.session import SessionError


def example() -> dict:
    return session.new("race", {"race": {"steps": 40, "racers": [{"optimizer": "Adam(lr=0.1)", "scheduler": ""}],
                                         "start": "-1.5, 2", "log_loss": True}},
                       {"presentation": True, "scale": 2.0})


def test_round_trip_is_identical(tmp_path):
    path = tmp_path / "s.json"
    session.save(path, example())
    assert session.load(path) == example()
    assert json.loads(path.read_text(encoding="utf-8"))["version"] == session.VERSION


def test_chinese_text_is_kept_readable(tmp_path):
    data = session.new("lr", {"lr": {"note": "学习率衰减"}})
    session.save(tmp_path / "zh.json", data)
    assert "学习率衰减" in (tmp_path / "zh.json").read_text(encoding="utf-8")
    assert session.load(tmp_path / "zh.json") == data


def test_a_failed_save_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    path = tmp_path / "s.json"
    session.save(path, example())
    before = path.read_bytes()

    def disk_full(*_):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    changed = example()
    changed["panel"] = "lr"
    with pytest.raises(OSError):
        session.save(path, changed)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["s.json"]


def test_values_json_cannot_hold_are_refused_before_writing(tmp_path):
    data = example()
    data["panels"]["race"]["steps"] = float("nan")
    with pytest.raises(SessionError, match="finite"):
        session.save(tmp_path / "nan.json", data)
    assert not (tmp_path / "nan.json").exists()


@pytest.mark.parametrize(("text", "message"), [
    ("", "empty"),
    ('{"format": "descentlab-session", "version": 1, "panel": "race", "view": {}, "pan', "truncated"),
    ("[1, 2, 3]", "not a DescentLab session"),
    ('{"format": "something-else", "version": 1}', "not a DescentLab session"),
    ('{"format": "descentlab-session", "version": "one"}', "version"),
    ('{"format": "descentlab-session", "version": 99, "panel": "race", "view": {}, "panels": {}}',
     "newer DescentLab"),
    ('{"format": "descentlab-session", "version": 1, "panel": "race", "view": {}, "panels": {"race": 3}}',
     "panels"),
    ('{"format": "descentlab-session", "version": 1, "panel": "race", "view": {}, "panels": {"race": '
     '{"steps": NaN}}}', "plain numbers"),
    ("[" * 5000 + "]" * 5000, "nested too deeply"),
])
def test_bad_files_give_a_clear_message(tmp_path, text, message):
    path = tmp_path / "bad.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SessionError, match=message):
        session.load(path)


def test_binary_and_oversized_files_are_refused(tmp_path):
    (tmp_path / "bin.json").write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(SessionError, match="UTF-8"):
        session.load(tmp_path / "bin.json")
    (tmp_path / "big.json").write_bytes(b" " * (session.MAX_BYTES + 1))
    with pytest.raises(SessionError, match="too large"):
        session.load(tmp_path / "big.json")
    with pytest.raises(SessionError, match="cannot read"):
        session.load(tmp_path / "missing.json")


def test_older_versions_are_migrated_step_by_step(monkeypatch):
    """The mechanism a future format change uses: version n is upgraded to n + 1 until current."""
    monkeypatch.setattr(session, "VERSION", 3)

    def two(data):  # e.g. the view block was added
        view = {"presentation": data.pop("presentation")}
        return {**data, "version": 2, "view": view}

    def three(data):  # e.g. a setting was renamed
        race = data["panels"]["race"]
        race["steps"] = race.pop("iterations")
        return {**data, "version": 3}

    monkeypatch.setattr(session, "MIGRATIONS", {1: two, 2: three})
    old = {"format": session.FORMAT, "version": 1, "panel": "race", "presentation": True,
           "panels": {"race": {"iterations": 40}}}
    new = session.loads(json.dumps(old))
    assert new == {"format": session.FORMAT, "version": 3, "panel": "race", "view": {"presentation": True},
                   "panels": {"race": {"steps": 40}}}
