"""`lorasmith demo` keeps its promise: on the CPU the loss halves and the adapter shows it learned."""

from __future__ import annotations

import json

import pytest

from core.cli.main import main


@pytest.mark.slow
def test_demo_halves_the_loss_and_the_adapter_answers_in_the_learned_style(capsys):
    assert main(["demo", "--json"]) == 0
    lines = [
        json.loads(line.removeprefix("@@lorasmith "))
        for line in capsys.readouterr().out.splitlines()
        if line.strip().startswith(("{", "@@lorasmith {"))
    ]
    losses = [e["loss"] for e in lines if e.get("type") == "progress"]
    assert len(losses) >= 20
    assert losses[-1] <= 0.5 * losses[0], (losses[0], losses[-1])
    answers = [e for e in lines if "prompt" in e]
    assert len(answers) == 2
    for answer in answers:
        # Every training answer signs off as Smithy; the base model has never seen the name.
        assert "Smithy" in answer["adapter"] and "Smithy" not in answer["base"], answer
