import json

from core.training.events import EVENT_PREFIX, make_event, parse_line, read_metrics, to_line


def test_events_round_trip_through_child_stdout_lines():
    event = make_event("progress", step=3, loss=float("nan"), learning_rate=1e-4)
    line = EVENT_PREFIX + to_line(event)
    back = parse_line(line)
    assert back["type"] == "progress" and back["step"] == 3 and back["loss"] == "nan"
    assert "time" in back


def test_library_chatter_is_never_an_event():
    assert parse_line("Loading weights: 100%") is None
    assert parse_line('{"not": "an event"}') is None
    assert parse_line('{"type": "progress", "step":') is None


def test_torn_last_line_of_a_killed_run_is_skipped(tmp_path):
    path = tmp_path / "metrics.jsonl"
    good = to_line(make_event("started", total_steps=5))
    path.write_text(good + "\n" + '{"type": "progress", "st', encoding="utf-8")
    assert [e["type"] for e in read_metrics(path)] == ["started"]
    assert json.loads(good)["type"] == "started"
