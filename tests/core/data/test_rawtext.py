"""Raw text chunking: sizes, overlap, hard cuts, coverage and newline preference."""

from __future__ import annotations

import re
from functools import lru_cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.data.problems import DataError
from core.data.rawtext import chunk_raw_text, plan_chunks, split_blocks
from tests.locations import REPO

DEMO_TOKENIZER = REPO / "resources" / "demo-model" / "tokenizer.json"


def word_tokens(text: str) -> list[tuple[int, int]]:
    """Words and single punctuation marks; whitespace belongs to no token."""
    return [m.span() for m in re.finditer(r"\w+|[^\w\s]", text)]


def char_tokens(text: str) -> list[tuple[int, int]]:
    """Every non-space character is a token (how CJK text often tokenizes)."""
    return [(i, i + 1) for i, ch in enumerate(text) if not ch.isspace()]


@lru_cache(maxsize=1)
def _small_bpe():
    """A byte-level BPE trained on our samples: tokens that span spaces and newlines,
    and CJK characters split over several tokens, as real tokenizers do."""
    from tokenizers import Tokenizer, models, pre_tokenizers, trainers

    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    trainer = trainers.BpeTrainer(
        vocab_size=400, initial_alphabet=pre_tokenizers.ByteLevel.alphabet(), show_progress=False
    )
    samples = REPO / "resources" / "samples"
    tok.train_from_iterator([(samples / n).read_text(encoding="utf-8") for n in ("raw_en.txt", "raw_zh.txt")], trainer)
    return tok


def bpe_tokens(text: str) -> list[tuple[int, int]]:
    return list(_small_bpe().encode(text, add_special_tokens=False).offsets)


def chunk_texts(text, tokens=word_tokens, **options):
    return [text[c.start : c.end] for c in plan_chunks(text, tokens, **options)]


def assert_chunking_holds(
    text, tokens, *, cutoff_len, overlap_len, newline_cut_len, hard_cut, min_block_chars, add_eos
):
    exact = tokens in (word_tokens, char_tokens)
    """The promises every chunking keeps, checked against the text itself."""
    options = dict(
        cutoff_len=cutoff_len,
        overlap_len=overlap_len,
        newline_cut_len=newline_cut_len,
        hard_cut=hard_cut,
        min_block_chars=min_block_chars,
        add_eos=add_eos,
    )
    blocks = split_blocks(text, hard_cut, min_block_chars)
    if not blocks:
        with pytest.raises(DataError, match="no text"):
            plan_chunks(text, tokens, **options)
        return
    chunks = plan_chunks(text, tokens, **options)
    examples = chunk_raw_text(text, tokens, **options)
    assert [e.text for e in examples] == [text[c.start : c.end] for c in chunks]
    assert [e.source_row for e in examples] == [c.block for c in chunks]
    assert [e.add_eos for e in examples] == [add_eos and c.last for c in chunks]
    assert all(len(e.segments) == 1 and e.segments[0].trained for e in examples)

    for number, (offset, block) in enumerate(blocks, 1):
        mine = [c for c in chunks if c.block == number]
        assert mine, f"block {number} has no chunk"
        assert [c.last for c in mine] == [False] * (len(mine) - 1) + [True]
        covered = [False] * len(block)
        for i, c in enumerate(mine):
            piece = text[c.start : c.end]
            # Inside its block, never empty, never crossing or holding the hard cut.
            assert offset <= c.start < c.end <= offset + len(block)
            assert piece.strip() == piece and piece
            if hard_cut:
                assert hard_cut not in piece
            # At most cutoff_len tokens, counting the end-of-text token of the last chunk.
            assert len(tokens(piece)) + (1 if add_eos and c.last else 0) <= cutoff_len
            for k in range(c.start - offset, c.end - offset):
                covered[k] = True
            if i:
                prev = mine[i - 1]
                assert c.start > prev.start
                shared = len(tokens(text[c.start : prev.end])) if c.start < prev.end else 0
                # Chunks never cut inside a character, so a character spread over several
                # byte tokens is shared whole.
                assert shared <= overlap_len + (0 if exact else 2)
                if newline_cut_len == 0 and exact:
                    # Without newline moves the overlap is exact, unless the previous chunk was too short.
                    assert shared == min(overlap_len, len(tokens(text[prev.start : prev.end])) - 1)
        missed = [block[k] for k in range(len(block)) if not covered[k] and not block[k].isspace()]
        assert not missed, f"block {number} lost {missed!r}"


def assert_newline_preference(text, tokens, *, newline_cut_len, **options):
    """Where a chunk edge is not on a line boundary, no newline was within reach."""
    chunks = plan_chunks(text, tokens, newline_cut_len=newline_cut_len, **options)
    for prev, c in zip(chunks, chunks[1:] + [None]):
        if prev.last:
            continue
        after = re.match(r"\s*", text[prev.end :]).group()
        if "\n" not in after:
            assert "\n" not in text[max(prev.start + 1, prev.end - newline_cut_len) : prev.end], text[
                prev.start : prev.end
            ]
        before = re.search(r"\s*$", text[: c.start]).group()
        if "\n" not in before:
            assert "\n" not in text[c.start : min(c.start + newline_cut_len, prev.end + 1)]


# ---------------------------------------------------------------- examples

LINES = "\n".join(f"line {i} has exactly six words" for i in range(1, 13))


def test_chunks_start_and_end_on_whole_lines_when_a_newline_is_in_reach():
    pieces = chunk_texts(LINES, cutoff_len=14, overlap_len=4, newline_cut_len=40)
    assert len(pieces) > 3
    for piece in pieces:
        assert piece.startswith("line ") and piece.endswith("words"), piece
    # Without the preference the same settings cut lines in half.
    plain = chunk_texts(LINES, cutoff_len=14, overlap_len=4, newline_cut_len=0)
    assert any(not p.endswith("words") for p in plain)


def test_overlap_repeats_the_end_of_the_previous_chunk():
    text = " ".join(f"w{i}" for i in range(40))
    pieces = chunk_texts(text, cutoff_len=10, overlap_len=3, newline_cut_len=0, add_eos=False)
    assert pieces[0].split() == [f"w{i}" for i in range(10)]
    assert pieces[1].split()[:3] == ["w7", "w8", "w9"]
    assert all(len(p.split()) <= 10 for p in pieces)
    assert pieces[-1].endswith("w39")


def test_the_end_of_text_token_takes_a_slot_in_the_last_chunk():
    text = " ".join(f"w{i}" for i in range(10))
    with_eos = plan_chunks(text, word_tokens, cutoff_len=10, overlap_len=2, newline_cut_len=0, add_eos=True)
    without = plan_chunks(text, word_tokens, cutoff_len=10, overlap_len=2, newline_cut_len=0, add_eos=False)
    assert len(without) == 1 and without[0].last
    assert len(with_eos) == 2 and with_eos[-1].last
    examples = chunk_raw_text(text, word_tokens, cutoff_len=10, overlap_len=2, newline_cut_len=0)
    assert [e.add_eos for e in examples] == [False, True]


def test_hard_cut_splits_blocks_that_no_chunk_crosses():
    text = "first block of words\n\n\nsecond block here\n\n\n\n\nthird"
    examples = chunk_raw_text(text, word_tokens, cutoff_len=50, overlap_len=5, newline_cut_len=10)
    assert [(e.text, e.source_row, e.add_eos) for e in examples] == [
        ("first block of words", 1, True),
        ("second block here", 2, True),
        ("third", 3, True),
    ]
    custom = chunk_raw_text(
        "a b c ### d e f", word_tokens, cutoff_len=50, overlap_len=0, newline_cut_len=0, hard_cut="###"
    )
    assert [e.text for e in custom] == ["a b c", "d e f"]


def test_blocks_at_or_under_the_minimum_are_dropped():
    text = "tiny\n\n\nfive5\n\n\nthis block is long enough"
    assert [b for _, b in split_blocks(text, "\n\n\n", 5)] == ["this block is long enough"]
    assert [b for _, b in split_blocks(text, "\n\n\n", 4)] == ["five5", "this block is long enough"]
    offset, block = split_blocks(text, "\n\n\n", 5)[0]
    assert text[offset : offset + len(block)] == block


def test_text_shorter_than_one_chunk_is_one_example():
    examples = chunk_raw_text("  Just a short note.\n", word_tokens, cutoff_len=64, overlap_len=16, newline_cut_len=32)
    assert len(examples) == 1
    assert examples[0].text == "Just a short note."
    assert examples[0].add_eos and examples[0].source_row == 1


def test_chinese_text_without_spaces():
    text = "\n".join(
        [
            "春天来了，燕子回到屋檐下。",
            "夏天的午后，蝉在树上不停地叫。",
            "秋天稻子熟了，田里一片金黄。",
            "冬天下雪，孩子们在院子里堆雪人。",
        ]
        * 3
    )
    options = dict(cutoff_len=20, overlap_len=5, newline_cut_len=12, hard_cut="\n\n\n", min_block_chars=0, add_eos=True)
    assert_chunking_holds(text, char_tokens, **options)
    assert_chunking_holds(text, bpe_tokens, **options)
    pieces = chunk_texts(text, char_tokens, **{k: v for k, v in options.items()})
    assert len(pieces) > 5
    # Lines here are 13 to 16 characters: every edge can reach a newline.
    assert all(p.endswith("。") for p in pieces)


def test_empty_text_says_what_to_do():
    with pytest.raises(DataError, match="the text file has no text; choose a file"):
        chunk_raw_text(" \n\n \n", word_tokens, cutoff_len=32, overlap_len=0, newline_cut_len=0)
    with pytest.raises(DataError) as err:
        chunk_raw_text("ab\n\n\ncd", word_tokens, cutoff_len=32, overlap_len=0, newline_cut_len=0, min_block_chars=2)
    assert "no text after removing blocks of 2 characters or fewer" in str(err.value)
    assert "lower the minimum block length" in str(err.value)


def test_impossible_settings_are_refused():
    with pytest.raises(DataError, match="overlap"):
        chunk_raw_text("a b c", word_tokens, cutoff_len=8, overlap_len=8, newline_cut_len=0)
    with pytest.raises(DataError, match="too small"):
        chunk_raw_text("a b c", word_tokens, cutoff_len=1, overlap_len=0, newline_cut_len=0, add_eos=True)


def test_reserved_special_tokens_shrink_every_chunk():
    text = " ".join(f"w{i}" for i in range(30))
    pieces = chunk_texts(text, cutoff_len=10, overlap_len=0, newline_cut_len=0, add_eos=False, special_tokens=1)
    assert max(len(p.split()) for p in pieces) == 9


# ---------------------------------------------------------------- properties

WORDS = st.sampled_from(["alpha", "be", "c", "delta", "中文", "字", ".", ",", "。"])
SEPARATORS = st.sampled_from([" ", " ", " ", "\n", "\n\n", "\n\n\n", "  ", "##"])
TEXTS = st.lists(st.tuples(WORDS, SEPARATORS), max_size=120).map(lambda parts: "".join(w + s for w, s in parts))


@st.composite
def settings_for_chunks(draw):
    cutoff = draw(st.integers(2, 24))
    add_eos = draw(st.booleans())
    overlap = draw(st.integers(0, max(0, cutoff - 2)))
    return dict(
        cutoff_len=cutoff,
        overlap_len=overlap,
        newline_cut_len=draw(st.integers(0, 30)),
        hard_cut=draw(st.sampled_from(["\n\n\n", "##", ""])),
        min_block_chars=draw(st.integers(0, 6)),
        add_eos=add_eos,
    )


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS, options=settings_for_chunks(), tokens=st.sampled_from([word_tokens, char_tokens, bpe_tokens]))
def test_chunking_promises_hold_for_any_text(text, options, tokens):
    if tokens is bpe_tokens and options["cutoff_len"] < 4:
        # One CJK character is three byte tokens here (plus the end-of-text token).
        options = {**options, "cutoff_len": 4, "overlap_len": min(options["overlap_len"], 2)}
    assert_chunking_holds(text, tokens, **options)


@settings(max_examples=200, deadline=None)
@given(text=TEXTS, options=settings_for_chunks())
def test_chunk_edges_land_on_newlines_when_one_is_in_reach(text, options):
    if split_blocks(text, options["hard_cut"], options["min_block_chars"]):
        assert_newline_preference(text, word_tokens, **options)


# ---------------------------------------------------------------- the real tokenizer


@pytest.fixture(scope="module")
def real_encode():
    assert DEMO_TOKENIZER.is_file(), f"{DEMO_TOKENIZER} is committed with the demo model but missing"
    from tokenizers import Tokenizer

    backend = Tokenizer.from_file(str(DEMO_TOKENIZER))
    return lambda text: list(backend.encode(text, add_special_tokens=False).offsets)


@pytest.mark.parametrize("sample", ["raw_en.txt", "raw_zh.txt"])
def test_real_tokenizer_chunks_fit_and_cover_the_sample(real_encode, sample):
    text = (REPO / "resources" / "samples" / sample).read_text(encoding="utf-8")
    assert_chunking_holds(
        text,
        real_encode,
        cutoff_len=64,
        overlap_len=16,
        newline_cut_len=40,
        hard_cut="\n\n\n",
        min_block_chars=0,
        add_eos=True,
    )


def _shared_words(train, evals) -> set[str]:
    seen = {w for e in train for w in e.text.split()}
    return {w for e in evals for w in e.text.split()} & seen


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_validation_chunks_of_one_passage_never_overlap_the_training_chunks(seed):
    from core.data.pipeline import split_validation

    text = " ".join(f"w{i}" for i in range(400))  # one block, every word unique
    examples = chunk_raw_text(text, word_tokens, cutoff_len=20, overlap_len=5, newline_cut_len=0)
    naive_train, naive_eval = split_validation(examples, 0.2, seed)
    assert _shared_words(naive_train, naive_eval)  # shuffled chunks share their overlaps
    train, evals = split_validation(examples, 0.2, seed, by_source=True)
    assert evals and train and not _shared_words(train, evals)
    assert len(evals) == round(len(examples) * 0.2) and len(train) + len(evals) == len(examples) - 1  # the seam


def test_with_several_blocks_whole_blocks_are_held_out():
    from core.data.pipeline import split_validation

    text = "\n\n\n".join(" ".join(f"b{b}w{i}" for i in range(60)) for b in range(6))
    examples = chunk_raw_text(text, word_tokens, cutoff_len=20, overlap_len=5, newline_cut_len=0)
    train, evals = split_validation(examples, 0.2, 3, by_source=True)
    held = {e.source_row for e in evals}
    assert held and not held & {e.source_row for e in train} and not _shared_words(train, evals)
    assert len(train) + len(evals) == len(examples)
