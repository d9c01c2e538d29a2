"""The Hub client and downloader against a local server speaking the Hub's protocol, with the real huggingface_hub."""

from __future__ import annotations

import functools
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from core.cli.models import models_main
from core.hub import search as hub
from core.hub.download import (
    READY_MARKER,
    WORK_DIR,
    delete_local_model,
    import_model_folder,
    list_local_models,
    pull_model,
)
from core.hub.search import Cancelled, HubError, HubSettings, select_files
from tests.hubserver import HubServer, Repo, messy_model_files, tiny_model_files
from tests.locations import REPO

SHARD_1 = "model-00001-of-00002.safetensors"
SHARD_2 = "model-00002-of-00002.safetensors"
NEEDED = {
    "config.json",
    "generation_config.json",
    "model.safetensors.index.json",
    SHARD_1,
    SHARD_2,
    "special_tokens_map.json",
    "tokenizer.json",
    "tokenizer_config.json",
}


class MemoryKeyring(KeyringBackend):
    """A real keyring backend kept in memory, so tests never touch the machine's own keyring."""

    priority = 1

    def __init__(self):
        super().__init__()
        self.store = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        self.store.pop((service, username), None)


@functools.cache
def _tiny() -> dict[str, bytes]:
    return tiny_model_files()


@pytest.fixture
def online(monkeypatch):
    from huggingface_hub import constants

    for name in ("HF_HUB_OFFLINE", "HF_TOKEN", "HF_ENDPOINT"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", False)
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def server(online):
    with HubServer() as srv:
        srv.add(Repo("acme/tiny", dict(_tiny()), downloads=50, likes=3))
        yield srv


@pytest.fixture
def settings(server) -> HubSettings:
    return HubSettings(endpoint=server.url)


def child_env() -> dict:
    """For a child process: online, and never reading this machine's real keyring."""
    env = {k: v for k, v in os.environ.items() if k not in ("HF_HUB_OFFLINE", "HF_TOKEN")}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    return env


def pull(settings, repo="acme/tiny", **kwargs):
    kwargs.setdefault("reserve_bytes", 0)
    kwargs.setdefault("retry_wait", 0.0)
    kwargs.setdefault("chunk_size", 16384)
    return pull_model(repo, settings=settings, **kwargs)


def fetched(server, repo="acme/tiny") -> set[str]:
    prefix = f"/{repo}/resolve/"
    return {r.path.split("/", 5)[5] for r in server.requests("GET", prefix)}


# --- pulling ------------------------------------------------------------------------------


def test_full_pull_gives_a_verified_ready_model(server, settings):
    seen = []
    model = pull(settings, progress=seen.append)

    assert model.ready and model.repo_id == "acme/tiny"
    assert {p.name for p in model.path.iterdir()} == NEEDED | {READY_MARKER}
    for name in NEEDED:
        assert (model.path / name).read_bytes() == _tiny()[name]
    from safetensors.numpy import load_file
    from tokenizers import Tokenizer

    assert "lm_head.weight" in {**load_file(model.path / SHARD_1), **load_file(model.path / SHARD_2)}
    assert Tokenizer.from_file(str(model.path / "tokenizer.json")).encode("w1 w2").ids == [4, 5]

    total = sum(len(_tiny()[n]) for n in NEEDED)
    done = [p.bytes_done for p in seen]
    assert done == sorted(done) and seen[-1].stage == "done" and seen[-1].bytes_done == total
    assert {p.file for p in seen if p.stage == "verifying"} == NEEDED
    assert [m.name for m in list_local_models(settings) if m.ready] == ["acme--tiny"]

    before = len(server.requests("GET", "/resolve/"))
    again = pull(settings)
    assert again.ready and len(server.requests("GET", "/resolve/")) == before  # nothing fetched twice


def test_an_update_fetches_only_the_files_that_changed(server, settings):
    pull(settings)
    old_commit = server.repos["acme/tiny"].commit
    files = dict(_tiny())
    files["tokenizer_config.json"] = files["tokenizer_config.json"].replace(b"<unk>", b"<unknown>")
    server.add(Repo("acme/tiny", files))
    before = len(server.requests("GET", "/resolve/"))
    model = pull(settings)
    assert [r.path.rsplit("/", 1)[1] for r in server.requests("GET", "/resolve/")[before:]] == ["tokenizer_config.json"]
    assert model.ready and model.commit != old_commit
    assert (model.path / "tokenizer_config.json").read_bytes() == files["tokenizer_config.json"]


def test_a_download_running_elsewhere_is_not_disturbed(server, settings):
    from core.hub.local import LOCK, _process_id

    work = settings.resolved_models_dir() / "acme--tiny" / WORK_DIR
    work.mkdir(parents=True)
    (work / LOCK).write_text(_process_id(os.getppid()))  # a live process holds it
    with pytest.raises(HubError) as busy:
        pull(settings)
    assert busy.value.code == "busy"
    (work / LOCK).write_text("999999999 12.000")  # left by a process that has gone
    assert pull(settings).ready


def test_hub_code_never_imports_torch(server, tmp_path):
    script = (
        "import sys; from core.hub.search import model_details; from core.hub.download import pull_model; "
        "from core.hub.search import HubSettings; import core.cli.models; "
        f"model_details('acme/tiny', endpoint='{server.url}'); "
        f"pull_model('acme/tiny', settings=HubSettings(endpoint='{server.url}', models_dir=r'{tmp_path}'), reserve_bytes=0); "
        "print(sorted(m for m in ('torch', 'transformers', 'peft', 'bitsandbytes', 'PySide6') if m in sys.modules))"
    )
    env = child_env()
    out = subprocess.run([sys.executable, "-c", script], cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_only_safetensors_configs_and_tokenizer_are_fetched(server, settings):
    server.add(Repo("acme/messy", {**messy_model_files(), "added_tokens.json": b""}))
    model = pull(settings, "acme/messy")
    assert fetched(server, "acme/messy") == NEEDED
    assert (model.path / "added_tokens.json").read_bytes() == b""  # empty, so nothing to request
    assert not (model.path / "pytorch_model.bin").exists() and not (model.path / "onnx").exists()


def test_file_selection_rules():
    pickle_only = ["config.json", "tokenizer.json", "pytorch_model.bin"]
    refused = select_files(pickle_only)
    assert refused.weights_format is None and "pickle" in refused.problem
    assert "pytorch_model.bin" in select_files(pickle_only, allow_pickle=True).files
    both = [
        "config.json",
        "model.safetensors",
        "pytorch_model.bin",
        "model.safetensors.index.json",
        "model-00001-of-00001.safetensors",
        "original/model.safetensors",
    ]
    assert select_files(both).files == [
        "config.json",
        "model-00001-of-00001.safetensors",
        "model.safetensors.index.json",
    ]
    assert select_files(["config.json", "model.gguf", "onnx/model.onnx"]).problem
    code = ["config.json", "model.safetensors", "modeling_x.py"]
    assert "modeling_x.py" not in select_files(code).files
    assert "modeling_x.py" in select_files(code, trust_remote_code=True).files


def test_dropped_connection_resumes_from_where_it_stopped(server, settings):
    size = len(_tiny()[SHARD_1])
    server.drop_after[SHARD_1] = size // 2
    with pytest.raises(HubError) as lost:
        pull(settings, retries=0)
    assert lost.value.code == "network" and "start the download again" in str(lost.value)

    part = settings.resolved_models_dir() / "acme--tiny" / WORK_DIR / (SHARD_1 + ".part")
    saved = part.stat().st_size
    assert 0 < saved <= size // 2
    [entry] = list_local_models(settings)
    assert entry.status == "incomplete" and not entry.ready

    model = pull(settings)
    resumed = server.downloads_of("acme/tiny", SHARD_1)[-1]
    assert resumed.range == f"bytes={saved}-" and resumed.status == 206
    assert resumed.body_bytes == size - saved
    assert (model.path / SHARD_1).read_bytes() == _tiny()[SHARD_1] and model.ready
    assert not (model.path / WORK_DIR).exists()


def test_a_killed_download_resumes_in_the_next_process(server, tmp_path):
    """Closing the app mid-download: the process dies without any clean-up, the next pull continues."""
    server.hold_partway(SHARD_1)
    settings = HubSettings(endpoint=server.url, models_dir=str(tmp_path / "models"))
    script = (
        "from core.hub.search import HubSettings; from core.hub.download import pull_model; "
        f"pull_model('acme/tiny', settings=HubSettings(endpoint='{server.url}', "
        f"models_dir=r'{settings.models_dir}'), reserve_bytes=0, chunk_size=16384)"
    )
    env = child_env()
    child = subprocess.Popen([sys.executable, "-c", script], cwd=REPO, env=env)
    part = Path(settings.models_dir) / "acme--tiny" / WORK_DIR / (SHARD_1 + ".part")
    try:
        for _ in range(600):
            if part.exists() and part.stat().st_size > 0 or child.poll() is not None:
                break
            threading.Event().wait(0.1)
    finally:
        child.kill()
        child.wait()
    saved = part.stat().st_size
    assert 0 < saved < len(_tiny()[SHARD_1])

    server.release()
    model = pull(settings)
    assert server.downloads_of("acme/tiny", SHARD_1)[-1].range == f"bytes={saved}-"
    assert model.ready and (model.path / SHARD_1).read_bytes() == _tiny()[SHARD_1]


def test_dropped_connection_is_retried_within_one_pull(server, settings):
    server.drop_after[SHARD_2] = 20000
    model = pull(settings, retries=2)
    assert model.ready
    assert [r.range for r in server.downloads_of("acme/tiny", SHARD_2)][-1].startswith("bytes=")


def test_cancel_stops_the_download_and_the_next_pull_resumes(server, settings):
    size = len(_tiny()[SHARD_1])
    server.hold_partway(SHARD_1)
    server.slow[SHARD_1] = 0.05  # after the hold, a trickle: the cancel lands before the end
    cancel = threading.Event()

    def cancel_midway(p):
        if p.file == SHARD_1 and 0 < p.file_bytes < p.file_size:
            cancel.set()
            server.release()

    with pytest.raises(Cancelled):
        pull(settings, progress=cancel_midway, cancel=cancel)
    stopped = server.downloads_of("acme/tiny", SHARD_1)[-1]
    assert stopped.body_bytes < size  # the transfer stopped, it was not read to the end
    assert not (settings.resolved_models_dir() / "acme--tiny" / READY_MARKER).exists()

    server.slow.clear()
    part = settings.resolved_models_dir() / "acme--tiny" / WORK_DIR / (SHARD_1 + ".part")
    saved = part.stat().st_size
    model = pull(settings)
    assert server.downloads_of("acme/tiny", SHARD_1)[-1].range == f"bytes={saved}-"
    assert model.ready and (model.path / SHARD_1).read_bytes() == _tiny()[SHARD_1]


def test_gated_model_needs_an_accepted_licence_and_a_token(server, settings, monkeypatch):
    server.add(Repo("meta/gated", dict(_tiny()), gated="manual", granted={"hf_granted"}))
    server.valid_tokens |= {"hf_granted", "hf_not_granted"}

    with pytest.raises(HubError) as no_token:
        pull(settings, "meta/gated")
    assert no_token.value.code == "gated" and f"{server.url}/meta/gated" in str(no_token.value)
    assert "accept" in str(no_token.value) and "token" in str(no_token.value)

    with pytest.raises(HubError) as not_granted:
        pull(settings, "meta/gated", token="hf_not_granted")
    assert not_granted.value.code == "gated" and "not been given access" in str(not_granted.value)
    assert "hf_not_granted" not in str(not_granted.value)

    with pytest.raises(HubError) as bad:
        pull(settings, "meta/gated", token="hf_typo")
    assert bad.value.code == "token_rejected" and "hf_typo" not in str(bad.value)

    hub.save_token("hf_granted")  # from the keyring, as the app stores it
    assert hub.token_source() == "keyring"
    model = pull(settings, "meta/gated")
    assert model.ready
    assert server.downloads_of("meta/gated", SHARD_1)[-1].authorization == "Bearer hf_granted"
    settings.save()
    assert "hf_granted" not in (hub.user_data_dir() / hub.SETTINGS_FILE).read_text()

    monkeypatch.setenv("HF_TOKEN", "hf_not_granted")  # the environment wins over the keyring
    assert hub.get_token() == "hf_not_granted" and hub.token_source() == "environment"


def test_not_enough_disk_space_is_refused_before_downloading(server, settings):
    free = shutil.disk_usage(settings.resolved_models_dir()).free
    with pytest.raises(HubError) as full:
        pull(settings, reserve_bytes=free + 1)
    assert full.value.code == "disk_space" and "Free up space" in str(full.value)
    assert fetched(server) == set()


def test_corrupted_file_is_detected_and_never_marked_ready(server, settings):
    server.corrupt[SHARD_2] = 5000
    with pytest.raises(HubError) as bad:
        pull(settings)
    assert bad.value.code == "corrupt" and SHARD_2 in str(bad.value)
    folder = settings.resolved_models_dir() / "acme--tiny"
    assert not (folder / READY_MARKER).exists() and not (folder / SHARD_2).exists()
    assert not list_local_models(settings)[0].ready

    server.corrupt.clear()
    assert pull(settings).ready


def test_model_needing_custom_code_is_refused_unless_allowed(server, settings):
    files = dict(_tiny())
    config = json.loads(files["config.json"])
    config.update(model_type="tinycustom", auto_map={"AutoModelForCausalLM": "modeling_tiny.TinyForCausalLM"})
    files.update({"config.json": json.dumps(config).encode(), "modeling_tiny.py": b"import os\n"})
    server.add(Repo("odd/custom", files))

    details = hub.model_details("odd/custom", endpoint=server.url)
    assert details.needs_remote_code and not details.trainable and "Python files" in details.remote_code_reason

    with pytest.raises(HubError) as refused:
        pull(settings, "odd/custom")
    assert refused.value.code == "remote_code" and "--trust-remote-code" in str(refused.value)
    assert fetched(server, "odd/custom") == {"config.json"}  # refused before any weights came

    model = pull(settings, "odd/custom", trust_remote_code=True)
    assert (model.path / "modeling_tiny.py").exists()


# --- finding models -------------------------------------------------------------------------


def test_search_sorts_by_downloads_and_keeps_trainable_formats(server):
    server.add(Repo("acme/tiny-popular", dict(_tiny()), downloads=900))
    server.add(Repo("acme/tiny-gguf", {"config.json": b"{}", "tiny.gguf": b"GGUF"}, downloads=5000))
    server.add(Repo("acme/tiny-vision", dict(_tiny()), downloads=7000, pipeline_tag="image-to-text"))
    results = hub.search_models("TINY", endpoint=server.url)
    assert [r.repo_id for r in results] == ["acme/tiny-popular", "acme/tiny"]
    assert results[0].parameters == sum(server.repos["acme/tiny"].parameters().values())


def test_details_report_size_parameters_licence_and_trainability(server):
    server.add(Repo("acme/messy", messy_model_files(), license="mit", gated="auto"))
    d = hub.model_details("acme/messy", endpoint=server.url)
    assert (d.architecture, d.model_type, d.trainable, d.needs_remote_code) == (
        "LlamaForCausalLM",
        "llama",
        True,
        False,
    )
    assert d.parameters == sum(server.repos["acme/messy"].parameters().values()) and not d.parameters_estimated
    assert {f.path for f in d.files} == NEEDED
    assert d.download_bytes == sum(len(_tiny()[n]) for n in NEEDED)
    assert (d.license, d.gated, d.weights_format) == ("mit", True, "safetensors")
    # Gated: config.json itself needs a token; details used the Hub's public summary of it instead.
    with pytest.raises(HubError, match="accept"):
        hub.fetch_config("acme/messy", endpoint=server.url)
    assert hub.fetch_config("acme/tiny", endpoint=server.url)["hidden_size"] == 64


def test_details_from_a_mirror_that_leaves_out_file_sizes(server):
    server.blobs = False
    d = hub.model_details("acme/tiny", endpoint=server.url)
    assert d.download_bytes == sum(len(_tiny()[n]) for n in NEEDED)


def test_real_client_downloads_from_the_test_server(server, tmp_path):
    from huggingface_hub import hf_hub_download

    path = hf_hub_download("acme/tiny", SHARD_1, endpoint=server.url, cache_dir=tmp_path, token=False)
    assert open(path, "rb").read() == _tiny()[SHARD_1]
    assert server.requests("HEAD")


@pytest.mark.parametrize(
    "fault, code",
    [("missing", "not_found"), ("rate_limited", "rate_limited"), ("no_such_revision", "revision_not_found")],
)
def test_hub_errors_say_what_to_do(server, fault, code):
    repo, revision = "acme/tiny", None
    if fault == "missing":
        repo = "acme/nothing-here"
    elif fault == "rate_limited":
        server.rate_limited = 1
    else:
        revision = "v9"
    with pytest.raises(HubError) as err:
        hub.model_details(repo, revision, endpoint=server.url)
    assert err.value.code == code
    if code == "rate_limited":
        assert err.value.retry_after == server.retry_after and "7 seconds" in str(err.value)


def test_unreachable_hub_and_offline_mode(online):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{s.getsockname()[1]}"
    with pytest.raises(HubError) as err:
        hub.model_details("acme/tiny", endpoint=closed)
    assert err.value.code == "offline" and "mirror" in str(err.value)
    with pytest.raises(HubError) as off:
        pull_model("acme/tiny", settings=HubSettings(endpoint=closed, offline=True))
    assert off.value.code == "offline_mode"


def test_repo_ids_and_addresses():
    assert (
        hub.normalise_repo_id("https://huggingface.co/Qwen/Qwen2.5-0.5B-Instruct/tree/main")
        == "Qwen/Qwen2.5-0.5B-Instruct"
    )
    with pytest.raises(HubError):
        hub.normalise_repo_id("not a model")


def test_recommended_models_are_consistent():
    models = hub.recommended_models()
    assert len(models) >= 10 and len({m.repo_id for m in models}) == len(models)
    assert {m.vram_tier_gb for m in models} <= {4, 6, 8, 12, 16, 24}
    assert min(m.parameters for m in models) < 1e9 and max(m.parameters for m in models) > 13e9
    for m in models:
        # bf16 weights: two bytes a parameter, plus at most the safetensors headers.
        assert 0 <= m.download_bytes - 2 * m.parameters < 1_000_000, m.repo_id
    assert any(m.gated for m in models) and any(not m.gated for m in models)


# --- local models -------------------------------------------------------------------------


def _write_model(folder, files=None):
    folder.mkdir(parents=True)
    for name, data in (files or _tiny()).items():
        (folder / name).write_bytes(data)
    return folder


def test_import_keeps_the_folder_and_delete_only_forgets_it(tmp_path):
    source = _write_model(tmp_path / "my-model")
    model = import_model_folder(source, "mine")
    assert model.ready and model.source == "import" and model.path == source.resolve()
    assert [m.name for m in list_local_models()] == ["mine"]
    delete_local_model("mine")
    assert list_local_models() == [] and (source / SHARD_1).exists()


def test_import_refuses_an_incomplete_folder(tmp_path):
    files = dict(_tiny())
    files[SHARD_2] = files[SHARD_2][:-100]
    del files["tokenizer.json"]
    source = _write_model(tmp_path / "broken", files)
    with pytest.raises(HubError) as err:
        import_model_folder(source)
    assert "incomplete" in str(err.value) and "tokenizer" in str(err.value)


def test_delete_removes_a_downloaded_model(server, settings):
    model = pull(settings)
    delete_local_model("acme/tiny", settings)
    assert not model.path.exists()


# --- command line ------------------------------------------------------------------------


def test_models_command_line(server, capsys):
    assert models_main(["search", "tiny", "--endpoint", server.url]) == 0
    assert "acme/tiny" in capsys.readouterr().out
    assert models_main(["info", "acme/tiny", "--endpoint", server.url]) == 0
    assert "LlamaForCausalLM" in capsys.readouterr().out
    assert models_main(["pull", "acme/tiny", "--endpoint", server.url]) == 0
    out = capsys.readouterr()
    assert "is ready" in out.out and SHARD_1 in out.err
    assert models_main(["list", "--json"]) == 0
    [listed] = json.loads(capsys.readouterr().out)
    assert listed["ready"] and listed["repo_id"] == "acme/tiny"
    from core.cli.main import main

    assert main(["models", "recommended"]) == 0
    assert "Qwen/Qwen2.5-0.5B-Instruct" in capsys.readouterr().out


def test_models_are_listed_and_found_by_the_hub_id_the_user_typed(server, settings, capsys, monkeypatch):
    monkeypatch.setenv("HF_ENDPOINT", server.url)
    pull(settings)
    assert models_main(["list"]) == 0
    [line] = capsys.readouterr().out.splitlines()
    assert line.split()[0] == "acme/tiny" and "acme--tiny" not in line.split()[0]
    from core.hub.local import find_local_model

    for spelling in ("acme/tiny", "acme--tiny", "ACME/Tiny", "acme/tiny@main"):
        assert find_local_model(spelling, settings).name == "acme--tiny", spelling
    assert find_local_model("acme/tiny@v2", settings) is None  # another revision is another model

    commit = server.repos["acme/tiny"].commit
    pinned = pull(settings, revision=commit)
    assert pinned.display_name == f"acme/tiny@{commit[:12]}"
    assert find_local_model(f"acme/tiny@{commit[:12]}", settings).name == "acme--tiny"
    assert models_main(["list", "--json"]) == 0
    [listed] = json.loads(capsys.readouterr().out)
    assert listed["display_name"] == f"acme/tiny@{commit[:12]}" and listed["revision"] == commit


def test_models_command_line_user_errors_exit_2_without_traceback(server, capsys):
    server.add(Repo("meta/gated", dict(_tiny()), gated="manual"))
    assert models_main(["pull", "meta/gated", "--endpoint", server.url]) == 2
    err = capsys.readouterr().err
    assert err.splitlines()[-1].startswith("lorasmith: ") and "accept" in err and "Traceback" not in err
    assert models_main(["pull", "not a repo"]) == 2
    assert "owner/name" in capsys.readouterr().err
    assert models_main(["delete", "nothing"]) == 2
