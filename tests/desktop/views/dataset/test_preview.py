"""What the Dataset screen shows about training: preview colours against the
label mask, the token-length histogram against length_stats, raw-text chunk
marks against the chunker, and the format file editor. A real tokenizer (built
here with the `tokenizers` library) does the counting."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from core.config import RunConfig
from core.data.pipeline import prepare_examples
from core.data.tokenize import (
    IGNORE_INDEX,
    TextTokenizer,
    length_stats,
    tokenize_example,
)
from desktop.views.dataset.preview import PROMPT, TRAINED, preview_colours
from desktop.views.dataset.view import DatasetView
from tests.desktop.waits import GUI_WAIT
from tests.locations import REPO

SAMPLES = REPO / "resources" / "samples"
CHATML = (
    "{% for m in messages %}<|im_start|>{{ m['role'] }}\n{{ m['content'] }}<|im_end|>\n{% endfor %}"
    "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)


@pytest.fixture(scope="module")
def tokenizer_dir(tmp_path_factory) -> Path:
    """A small byte-level BPE tokenizer trained on the samples, which adds a BOS
    token like Llama's, with a ChatML chat template."""
    from tokenizers import (
        Tokenizer,
        decoders,
        models,
        pre_tokenizers,
        processors,
        trainers,
    )

    texts = []
    for name in ("alpaca_en.json", "alpaca_zh.json"):
        for row in json.loads((SAMPLES / name).read_text(encoding="utf-8")):
            texts.extend(str(v) for v in row.values())
    texts += [(SAMPLES / name).read_text(encoding="utf-8") for name in ("raw_en.txt", "raw_zh.txt")]
    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    specials = ["<s>", "</s>", "<|im_start|>", "<|im_end|>"]
    tok.train_from_iterator(
        texts,
        trainers.BpeTrainer(
            vocab_size=900, special_tokens=specials, initial_alphabet=pre_tokenizers.ByteLevel.alphabet()
        ),
    )
    tok.post_processor = processors.TemplateProcessing(single="<s> $A", special_tokens=[("<s>", 0)])
    folder = tmp_path_factory.mktemp("tokenizer")
    tok.save(str(folder / "tokenizer.json"))
    (folder / "tokenizer_config.json").write_text(
        json.dumps({"bos_token": "<s>", "eos_token": "</s>", "chat_template": CHATML}), encoding="utf-8"
    )
    return folder


@pytest.fixture
def view(qtbot, tokenizer_dir):
    v = DatasetView(model_dir=tokenizer_dir)
    qtbot.addWidget(v)
    v.resize(1280, 800)
    v.show()
    qtbot.waitUntil(lambda: v.analyzer.has_tokenizer and "tokenizer" in v.model_label.text(), timeout=GUI_WAIT)
    yield v
    v.shutdown()


def open_and_wait(qtbot, view, path) -> None:
    assert view.open_path(path)
    qtbot.waitUntil(lambda: not view.loading, timeout=GUI_WAIT)


def document_chars(pane) -> dict[int, tuple[str, str | None, bool]]:
    """Position in the preview document -> (character, background colour, struck through)."""
    out = {}
    block = pane.view.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            fmt = frag.charFormat()
            background = fmt.background().color().name() if fmt.background().style() != Qt.NoBrush else None
            for i, ch in enumerate(frag.text()):
                out[frag.position() + i] = (ch, background, fmt.fontStrikeOut())
            it += 1
        block = block.next()
    return out


def expected_example(path: Path, tokenizer_dir: Path, row_number: int, cutoff: int):
    tok = TextTokenizer.from_model_dir(tokenizer_dir)
    config = RunConfig(model=str(tokenizer_dir), dataset=str(path), cutoff_len=cutoff)
    prepared = prepare_examples(config, path=str(path), tokenizer=tok)
    example = next(e for e in prepared.examples if e.source_row == row_number)
    return example, tokenize_example(example, tok, cutoff)


def wait_preview(qtbot, view, row_number: int, kept: int | None = None) -> None:
    def ready():
        p = view.preview
        return (
            p.example is not None
            and p.tokens is not None
            and p.example.source_row == row_number
            and (kept is None or len(p.tokens.input_ids) == kept)
        )

    qtbot.waitUntil(ready, timeout=GUI_WAIT)


# ---------------------------------------------------------------------- preview colours = label mask


@pytest.mark.parametrize("cut_in_answer", [False, True])
def test_preview_colours_are_the_label_mask(qtbot, view, tokenizer_dir, cut_in_answer):
    path = SAMPLES / "alpaca_en.json"
    rows = json.loads(path.read_text(encoding="utf-8"))
    r = next(i for i, row in enumerate(rows) if row.get("input") and not row.get("history"))
    cutoff = 1024
    if cut_in_answer:
        # Cut a few tokens into the answer, so kept, trained and cut-off text all show.
        _, whole = expected_example(path, tokenizer_dir, r + 1, None)
        cutoff = next(i for i, label in enumerate(whole.labels) if label != IGNORE_INDEX) + 5
    view.cutoff.setValue(cutoff)
    open_and_wait(qtbot, view, path)
    view.select_cell(r, "")
    example, tokens = expected_example(path, tokenizer_dir, r + 1, cutoff)
    wait_preview(qtbot, view, r + 1, kept=len(tokens.input_ids))

    pane = view.preview
    assert pane.example.text == example.text  # the preview is what training sees
    assert pane.tokens.labels == tokens.labels
    colours = {k: c.name() for k, c in preview_colours(pane.palette()).items()}
    chars = document_chars(pane)
    seen = set()
    for (start, end, _), label in zip(tokens.spans, tokens.labels):
        if start < 0:
            continue
        trained = label != IGNORE_INDEX
        for i in range(start, end):
            ch, background, struck = chars.get(pane.text_start + i, ("\n", None, False))
            assert ch == example.text[i]
            if ch == "\n":
                continue  # a paragraph break has no background of its own
            assert background == colours[TRAINED if trained else PROMPT], (i, ch, label)
            assert not struck
            seen.add(trained)
    assert seen == {True, False}
    # BOS is added by this tokenizer: shown before the text, not trained.
    assert tokens.spans[0][0] < 0 and pane.text_start == len("<s>")
    assert tokens.truncated == cut_in_answer
    if tokens.truncated:
        last = max(e for s, e, _ in tokens.spans if s >= 0)
        tail = [chars[pane.text_start + i] for i in range(last, len(example.text)) if example.text[i] != "\n"]
        assert tail and all(struck for _, _, struck in tail)
        assert all(background != colours[TRAINED] for _, background, _ in tail)
        assert str(tokens.full_length) in pane.summary.text()
    assert f"{len(tokens.input_ids)} tokens" in pane.summary.text()
    assert f"{tokens.trained_tokens} of them trained" in pane.summary.text()


def test_preview_follows_edits_and_train_on_prompt(qtbot, view, tmp_path):
    path = tmp_path / "two.jsonl"
    rows = [
        {"instruction": "Add 2 and 2.", "input": "", "output": "4"},
        {"instruction": "Name a fruit.", "input": "", "output": "Apple"},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    open_and_wait(qtbot, view, path)
    view.select_cell(1, "output")
    wait_preview(qtbot, view, 2)
    assert view.preview.example.trained_text.startswith("Apple")
    field = view.row_editor.field("output")
    field.setPlainText("Banana")
    view.row_editor.flush()
    qtbot.waitUntil(
        lambda: view.preview.example is not None and "Banana" in view.preview.example.text, timeout=GUI_WAIT
    )
    view.train_on_prompt.setChecked(True)
    qtbot.waitUntil(
        lambda: view.preview.example is not None and all(s.trained for s in view.preview.example.segments),
        timeout=GUI_WAIT,
    )


# ---------------------------------------------------------------------- histogram = length_stats


def test_histogram_truncated_count_matches_length_stats(qtbot, view, tokenizer_dir):
    path = SAMPLES / "alpaca_zh.json"
    cutoff = 48
    view.cutoff.setValue(cutoff)
    open_and_wait(qtbot, view, path)
    tok = TextTokenizer.from_model_dir(tokenizer_dir)
    prepared = prepare_examples(RunConfig(model=str(tokenizer_dir), cutoff_len=cutoff), path=str(path), tokenizer=tok)
    expected = length_stats([tokenize_example(e, tok, None).full_length for e in prepared.examples], cutoff)
    assert 0 < expected["truncated"] < expected["count"]
    qtbot.waitUntil(lambda: view.histogram.stats is not None, timeout=GUI_WAIT)
    stats = view.histogram.stats
    assert (stats["count"], stats["truncated"], stats["max"]) == (
        expected["count"],
        expected["truncated"],
        expected["max"],
    )
    n = expected["truncated"]
    assert view.histogram.headline.text().startswith(f"{n} rows ({expected['truncated_fraction']:.1%})")
    assert view.histogram._bars is not None and view.histogram._line.value() == cutoff

    view.cutoff.setValue(4096)  # a new cutoff re-counts without re-tokenizing
    assert view.histogram.stats["truncated"] == 0
    assert view.histogram.headline.text().startswith("0 rows")


# ---------------------------------------------------------------------- raw text chunks


def test_raw_text_chunk_marks_match_training_chunks(qtbot, view, tokenizer_dir):
    path = SAMPLES / "raw_en.txt"
    view.cutoff.setValue(64)
    view.raw_view.overlap.setValue(16)
    open_and_wait(qtbot, view, path)
    assert view.kind() == "raw"
    qtbot.waitUntil(lambda: len(view.raw_view.chunks) > 3, timeout=GUI_WAIT)
    tok = TextTokenizer.from_model_dir(tokenizer_dir)
    config = RunConfig(model=str(tokenizer_dir), cutoff_len=64, overlap_len=16)
    prepared = prepare_examples(config, path=str(path), tokenizer=tok)
    chunks = view.raw_view.chunks
    assert [view.raw_text[c.start : c.end] for c in chunks] == [e.text for e in prepared.examples]

    marks = {(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in view.raw_view.view.extraSelections()}
    assert all((c.start, c.end) in marks for c in chunks)
    overlapping = [(a, b) for a, b in zip(chunks, chunks[1:]) if b.start < a.end]
    assert overlapping
    a, b = overlapping[0]
    assert (b.start, min(a.end, b.end)) in marks  # the overlap has a mark of its own

    # Clicking in the text previews the chunk there, tokenized as training will.
    view.raw_view.view.moveCursor(view.raw_view.view.textCursor().MoveOperation.End)
    last = prepared.examples[-1]
    qtbot.waitUntil(
        lambda: view.preview.example is not None and view.preview.example.text == last.text, timeout=GUI_WAIT
    )
    assert view.preview.tokens.input_ids == tokenize_example(last, tok, 64).input_ids
    qtbot.waitUntil(lambda: view.histogram.stats is not None, timeout=GUI_WAIT)
    assert view.histogram.stats["count"] == len(prepared.examples)
    assert view.histogram.stats["truncated"] == 0


# ---------------------------------------------------------------------- format editor


def test_format_editor_validates_previews_and_saves(qtbot, view, tmp_path):
    path = tmp_path / "qa.jsonl"
    path.write_text(json.dumps({"question": "Why is the sky blue?", "answer": "Scattering."}) + "\n", encoding="utf-8")
    open_and_wait(qtbot, view, path)
    assert view.kind() == "custom"
    editor = view.format_editor
    view.tabs.setCurrentWidget(editor)
    editor.editor.setPlainText('{\n  "question,answer": "Q: %question%\\nA: %anwser%"\n}\n')
    qtbot.waitUntil(lambda: bool(editor.errors()), timeout=GUI_WAIT)
    assert editor.errors()[0].line == 2 and "anwser" in editor.errors()[0].message
    assert editor.problem_list.count() >= 1

    editor.editor.setPlainText('{\n  "question,answer": "Q: %question%\\nA: %answer%"\n}\n')
    qtbot.waitUntil(lambda: not editor.errors() and editor.preview.example is not None, timeout=GUI_WAIT)
    example = editor.preview.example
    assert example.text.startswith("Q: Why is the sky blue?\nA: Scattering.")
    assert example.trained_text.startswith("Scattering.")
    assert editor.preview.tokens is not None

    target = tmp_path / "qa-format.json"
    assert editor.save_as(target)
    assert json.loads(target.read_text(encoding="utf-8")) == {"question,answer": "Q: %question%\nA: %answer%"}
    assert not editor.is_modified()
    # The saved file is offered for the preview and the whole dataset is measured with it.
    index = view.format_combo.findData("format:" + str(target))
    assert index >= 0
    view.format_combo.setCurrentIndex(index)
    view.format_combo.activated.emit(index)
    qtbot.waitUntil(lambda: view.histogram.stats is not None and view.histogram.stats["count"] == 1, timeout=GUI_WAIT)


# ---------------------------------------------------------------------- layering

SCRIPT = """
import json, os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
app = QApplication([])
from desktop.views.dataset.view import DatasetView
view = DatasetView(model_dir=sys.argv[1])
view.open_path(sys.argv[2])
view.wait_until_loaded()
deadline = time.monotonic() + 60
while (view.histogram.stats is None or view.preview.tokens is None) and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.01)
from desktop import GUI_FORBIDDEN_LIBRARIES
heavy = [m for m in GUI_FORBIDDEN_LIBRARIES if m in sys.modules]
print(json.dumps({"heavy": heavy, "measured": view.histogram.stats is not None,
                  "previewed": view.preview.tokens is not None}))
view.shutdown()
"""


def test_the_screen_tokenizes_without_the_ml_libraries(tokenizer_dir):
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tokenizer_dir), str(SAMPLES / "alpaca_zh.json")],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=180,
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result == {"heavy": [], "measured": True, "previewed": True}, done.stderr[-2000:]
