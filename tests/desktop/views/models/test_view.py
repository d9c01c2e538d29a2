"""The Models screen against a local server speaking the Hub's protocol, with the real huggingface_hub client:
search, details, downloads with progress, cancel and resume, gated models and tokens, custom code, errors,
local models, and every string translated."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import Qt

from core.hub.search import HubSettings, format_bytes, recommended_models
from tests.core.hub.test_hub import NEEDED, SHARD_1, MemoryKeyring, _tiny
from tests.desktop.qt_tools import qt_tool
from tests.desktop.waits import GUI_WAIT
from tests.hubserver import HubServer, Repo
from tests.locations import REPO

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def hub(monkeypatch):
    """The local Hub, online, with an in-memory keyring; the app's settings point at it."""
    from huggingface_hub import constants

    for name in ("HF_HUB_OFFLINE", "HF_TOKEN", "HF_ENDPOINT"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", False)
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    with HubServer() as server:
        server.add(Repo("acme/tiny", dict(_tiny()), downloads=50, license="mit"))
        server.add(Repo("acme/tiny-chat", dict(_tiny()), downloads=900))
        server.add(Repo("meta/gated-tiny", dict(_tiny()), gated="manual", granted={"hf_granted"}))
        server.valid_tokens.add("hf_granted")
        HubSettings(endpoint=server.url).save()
        yield server
    keyring.set_keyring(previous)


@pytest.fixture
def view(lorasmith_app, qtbot, hub):
    from desktop.views.models.view import ModelsView

    screen = ModelsView()
    qtbot.addWidget(screen)
    screen.resize(1130, 760)
    screen.show()
    qtbot.waitExposed(screen)
    yield screen
    screen.shutdown()


def look_up(view, qtbot, repo_id: str):
    view.details.show_model(repo_id)
    qtbot.waitUntil(
        lambda: not view.details.busy() and not view.details.status.text().startswith("Looking up"), timeout=GUI_WAIT
    )
    return view.details


def download_row(view, qtbot, repo_id: str, state: str = "done"):
    qtbot.waitUntil(lambda: repo_id in view.downloads.rows, timeout=GUI_WAIT)
    row = view.downloads.rows[repo_id]
    qtbot.waitUntil(lambda: row.state == state and repo_id not in view.downloads.workers, timeout=GUI_WAIT)
    return row


# --- finding models -----------------------------------------------------------------------------


def test_enter_searches_the_hub_and_lists_models_most_downloaded_first(view, qtbot, hub):
    search = view.search
    assert search.repo_ids() == [m.repo_id for m in recommended_models()]  # before any search
    qtbot.keyClicks(search.search_edit, "tiny")
    qtbot.keyClick(search.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: search.repo_ids() == ["acme/tiny-chat", "acme/tiny", "meta/gated-tiny"], timeout=GUI_WAIT)
    assert search.status.text() == "3 models found. Select one for its details."
    gated = search.table.topLevelItem(2)
    assert gated.text(6) == "Gated" and search.table.topLevelItem(0).text(6) == "Open"
    [request] = hub.requests("GET", "/api/models")
    assert request.query["search"] == ["tiny"] and set(request.query["filter"]) == {"safetensors", "transformers"}

    qtbot.mouseClick(search.recommended_button, LEFT)
    assert search.repo_ids()[0] == "Qwen/Qwen2.5-0.5B-Instruct"


def test_details_show_download_size_licence_gated_state_and_card(view, qtbot, hub):
    view.search.search_edit.setText("tiny")
    view.search.search()
    qtbot.waitUntil(lambda: "acme/tiny" in view.search.repo_ids(), timeout=GUI_WAIT)
    assert view.search.select("acme/tiny")  # choosing a row opens its details
    details = view.details
    qtbot.waitUntil(lambda: details.lookup is not None, timeout=GUI_WAIT)
    v = details.values
    size = sum(len(_tiny()[name]) for name in NEEDED)
    assert v["size"].text() == f"{format_bytes(size)} in {len(NEEDED)} files"
    assert v["architecture"].text() == "LlamaForCausalLM" and v["licence"].text() == "mit"
    assert v["access"].text() == "Open: no account needed."
    assert v["training"].text().startswith("Yes")
    assert "GiB" in v["card"].text()  # the estimate at the default settings, on any machine
    assert details.download_button.isEnabled() and not details.remote_box.isVisible()

    look_up(view, qtbot, "meta/gated-tiny")
    assert details.values["access"].text().startswith("Gated: open the model page and accept the licence")
    assert "No token is saved yet" in details.values["access"].text()
    assert details.values["size"].text() == f"{format_bytes(size)} in {len(NEEDED)} files"
    assert details.values["card"].text().startswith("Unknown until you have access")


def test_a_recommended_model_shows_what_the_list_knows_while_offline(view, qtbot, hub):
    view.settings_panel.offline_check.setChecked(True)
    assert HubSettings.load().offline
    before = len(hub.log)
    view.search.select("meta-llama/Llama-3.2-1B-Instruct")
    details = view.details
    assert details.values["parameters"].text() == "1.2B" and details.values["licence"].text() == "llama3.2"
    assert details.values["access"].text().startswith("Gated")
    assert "4 GB of VRAM" in details.values["card"].text()
    assert "Offline mode" in details.status.text() and view.offline_label.text() == "Offline mode"
    view.search.search_edit.setText("tiny")
    view.search.search()
    qtbot.waitUntil(lambda: "Offline mode is on" in view.search.status.text(), timeout=GUI_WAIT)
    assert len(hub.log) == before  # the Hub was not contacted


# --- downloading --------------------------------------------------------------------------------


def test_a_download_shows_progress_and_ends_with_a_usable_local_model(view, qtbot, hub):
    from core.hub.local import validate_model_folder
    from desktop.views.models.downloads import SCALE

    hub.hold_partway(SHARD_1, 128 << 10)  # the first shard waits partway, so progress shows
    look_up(view, qtbot, "acme/tiny")
    qtbot.mouseClick(view.details.download_button, LEFT)
    assert view.tabs.currentWidget() is view.downloads
    row = view.downloads.rows["acme/tiny"]
    qtbot.waitUntil(lambda: SHARD_1 in row.file_label.text() and 0 < row.file_bar.value() < SCALE, timeout=GUI_WAIT)
    assert 0 < row.total_bar.value() < SCALE
    assert " of " in row.summary.text() and "/s · " in row.summary.text()
    assert view.tabs.tabText(2) == "Downloads (1)" and row.cancel_button.isVisible()
    view.local.select("acme--tiny")
    assert view.local.selected().status == "incomplete" and not view.local.use_button.isEnabled()

    hub.release()
    download_row(view, qtbot, "acme/tiny")
    assert row.summary.text().startswith("Ready:") and row.use_button.isVisible()
    assert row.total_bar.value() == SCALE and view.tabs.tabText(2) == "Downloads"
    assert view.local.select("acme--tiny")
    model = view.local.selected()
    assert model.ready and view.local.table.currentItem().text(1) == "Ready"
    assert validate_model_folder(model.path) == []
    assert {p.name for p in model.path.iterdir()} >= NEEDED
    with qtbot.waitSignal(view.use_model_requested, timeout=GUI_WAIT) as used:
        qtbot.mouseClick(view.local.use_button, LEFT)
    assert used.args == [str(model.path)]


def test_cancel_leaves_the_model_unusable_and_resume_continues_where_it_stopped(view, qtbot, hub):
    from core.hub.local import WORK_DIR

    hub.hold_partway(SHARD_1, 128 << 10)
    hub.slow[SHARD_1] = 0.05  # after the hold, a trickle: the cancel lands before the end
    view.start_download("acme/tiny")
    row = view.downloads.rows["acme/tiny"]
    qtbot.waitUntil(lambda: SHARD_1 in row.file_label.text() and row.file_bar.value() > 0, timeout=GUI_WAIT)
    qtbot.mouseClick(row.cancel_button, LEFT)
    assert row.state == "stopping" and not row.cancel_button.isEnabled()
    hub.release()
    download_row(view, qtbot, "acme/tiny", "cancelled")
    assert row.summary.text() == "Stopped. Press Resume to continue where it left off."
    stopped = hub.downloads_of("acme/tiny", SHARD_1)[-1]
    assert stopped.body_bytes < len(_tiny()[SHARD_1])  # the transfer itself stopped

    assert view.local.select("acme--tiny")
    model = view.local.selected()
    assert not model.ready and view.local.table.currentItem().text(1).startswith("Unfinished download")
    assert not view.local.use_button.isEnabled() and view.local.resume_button.isEnabled()
    saved = (model.path / WORK_DIR / (SHARD_1 + ".part")).stat().st_size
    assert saved > 0

    hub.slow.clear()
    qtbot.mouseClick(view.local.resume_button, LEFT)  # resuming from the local list works as the row's button
    download_row(view, qtbot, "acme/tiny")
    assert hub.downloads_of("acme/tiny", SHARD_1)[-1].range == f"bytes={saved}-"
    assert view.local.selected().ready and view.local.use_button.isEnabled()
    assert (model.path / SHARD_1).read_bytes() == _tiny()[SHARD_1]


def test_gated_model_needs_the_licence_and_a_token_kept_only_in_the_keyring(view, qtbot, hub, tmp_path):
    import os

    look_up(view, qtbot, "meta/gated-tiny")
    qtbot.mouseClick(view.details.download_button, LEFT)
    row = download_row(view, qtbot, "meta/gated-tiny", "failed")
    text = row.summary.text()
    assert "open the model page, sign in and accept the licence" in text and "access token" in text
    assert row.page_button.isVisible() and row.resume_button.text() == "Try again"
    assert row.error.url == f"{hub.url}/meta/gated-tiny"

    panel = view.settings_panel
    view.tabs.setCurrentWidget(panel)
    panel.token_edit.setText("hf_granted")
    qtbot.mouseClick(panel.save_token_button, LEFT)
    assert keyring.get_password("lorasmith", "huggingface-token") == "hf_granted"
    assert panel.token_edit.text() == "" and panel.token_status.text().startswith("A token is saved")

    qtbot.mouseClick(row.resume_button, LEFT)
    download_row(view, qtbot, "meta/gated-tiny")
    assert hub.downloads_of("meta/gated-tiny", SHARD_1)[-1].authorization == "Bearer hf_granted"
    home = Path(os.environ["LORASMITH_HOME"])
    leaks = [p for p in home.rglob("*") if p.is_file() and b"hf_granted" in p.read_bytes()]
    assert leaks == []  # not in settings.ini, hub.json, logs or the model folder

    qtbot.mouseClick(panel.forget_token_button, LEFT)
    assert keyring.get_password("lorasmith", "huggingface-token") is None


def test_a_model_needing_custom_code_is_flagged_and_refused_unless_allowed(view, qtbot, hub):
    files = dict(_tiny())
    config = json.loads(files["config.json"])
    config.update(model_type="tinycustom", auto_map={"AutoModelForCausalLM": "modeling_tiny.TinyForCausalLM"})
    files.update({"config.json": json.dumps(config).encode(), "modeling_tiny.py": b"import os\n"})
    hub.add(Repo("odd/custom", files))

    details = look_up(view, qtbot, "odd/custom")
    assert details.remote_box.isVisible() and "Python files in its repository" in details.remote_label.text()
    assert details.values["training"].text().startswith("Only with the model's custom code")
    assert not details.download_button.isEnabled()

    view.start_download("odd/custom")  # what the button refuses, core refuses too
    row = download_row(view, qtbot, "odd/custom", "failed")
    assert "needs custom code" in row.summary.text() and "Allow custom code" in row.summary.text()
    view.downloads.remove("odd/custom")

    details.allow_code.setChecked(True)
    assert details.download_button.isEnabled()
    qtbot.mouseClick(details.download_button, LEFT)
    download_row(view, qtbot, "odd/custom")
    view.local.select("odd--custom")
    assert (view.local.selected().path / "modeling_tiny.py").exists()


# --- errors -------------------------------------------------------------------------------------


def test_each_hub_error_says_what_to_do(view, qtbot, hub):
    search, details = view.search, view.details
    search.search_edit.setText(f"{hub.url}/acme/nothing-here")  # a pasted page address opens that model
    search.search()
    qtbot.waitUntil(
        lambda: details.repo_id == "acme/nothing-here" and not details.busy() and not search.busy(), timeout=GUI_WAIT
    )
    assert details.status.text().startswith("There is no model called acme/nothing-here on " + hub.url)

    hub.rate_limited = 1
    search.search_edit.setText("tiny")
    search.search()
    qtbot.waitUntil(lambda: not search.busy() and "limiting" in search.status.text(), timeout=GUI_WAIT)
    assert "Wait about 7 seconds" in search.status.text()

    view.downloads.reserve_bytes = 1 << 60  # more free space than any disk has
    view.start_download("acme/tiny")
    row = download_row(view, qtbot, "acme/tiny", "failed")
    assert row.summary.text().startswith("There is not enough free disk space in ")
    assert not hub.downloads_of("acme/tiny", SHARD_1)

    view.settings_panel.endpoint_edit.setText("not a web address")
    assert not view.settings_panel.apply()
    assert "not a web address" in view.settings_panel.status.text()
    assert HubSettings.load().endpoint == hub.url


def test_an_unreachable_hub_suggests_a_mirror(view, qtbot, hub):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{s.getsockname()[1]}"
    view.settings_panel.endpoint_edit.setText(closed)
    assert view.settings_panel.apply() and view.search.settings.endpoint == closed
    view.search.search_edit.setText("tiny")
    view.search.search()
    qtbot.waitUntil(
        lambda: not view.search.busy() and "Cannot reach the Hub" in view.search.status.text(), timeout=GUI_WAIT
    )
    assert "hf-mirror.com" in view.search.status.text()


# --- local models ---------------------------------------------------------------------------------


def test_import_a_folder_and_delete_it_with_the_delete_key(view, qtbot, demo_model, tmp_path):
    source = tmp_path / "my-model"
    shutil.copytree(demo_model, source)
    local = view.local
    view.tabs.setCurrentWidget(local)
    assert local.import_folder(source)
    assert local.selected().name == "my-model" and local.table.currentItem().text(1) == "Ready"
    assert local.table.currentItem().text(3) == "Imported" and local.use_button.isEnabled()
    assert view.tabs.tabText(1) == "On this computer (1)"

    assert not local.import_folder(tmp_path)  # not a model folder: says why, imports nothing
    assert "Could not import" in local.info.text() and len(local.models) == 1

    local.table.setFocus()
    qtbot.keyClick(local.table, Qt.Key.Key_Delete)
    box = local.delete_box
    assert box is not None and box.isVisible() and "is left as it is" in box.text()
    delete = next(b for b in box.buttons() if b.text() == "Delete")
    qtbot.mouseClick(delete, LEFT)
    assert local.models == {} and local.empty.isVisible()
    assert (source / "model.safetensors").exists()  # an imported folder is never deleted


def test_the_models_screen_in_the_main_window_sets_the_train_model(window, qtbot, demo_model, tmp_path):
    screen = window.show_screen("models")
    assert type(screen).__name__ == "ModelsView"
    source = tmp_path / "mine"
    shutil.copytree(demo_model, source)
    assert screen.local.import_folder(source)
    qtbot.mouseClick(screen.local.use_button, LEFT)
    assert window.current_key() == "train"
    assert Path(window.view("train").form.value("model")) == source.resolve()


# --- translations ---------------------------------------------------------------------------------


def our_sources() -> list[str]:
    files = sorted((REPO / "desktop" / "views" / "models").glob("*.py")) + [
        REPO / "desktop" / "workers" / "download_worker.py"
    ]
    return [str(p.relative_to(REPO)) for p in files if p.name != "strings_zh.py"]


def test_every_models_screen_string_has_both_chinese_translations(tmp_path):
    from desktop.views.models.strings_zh import T

    lupdate = qt_tool("lupdate")
    ts = tmp_path / "models.ts"
    subprocess.run([str(lupdate), *our_sources(), "-ts", str(ts)], cwd=REPO, check=True, capture_output=True)
    found = {
        (c.findtext("name"), m.findtext("source"))
        for c in ET.parse(ts).getroot().iter("context")
        for m in c.iter("message")
    }
    assert len(found) > 150
    assert sorted(found - set(T)) == [], "strings without a translation"
    assert sorted(set(T) - found) == [], "translations of strings no longer in the code"
    placeholders = re.compile(r"\{\d[^}]*\}|%n")
    for key, (simplified, traditional) in T.items():
        assert simplified and traditional, key
        wanted = sorted(placeholders.findall(key[1]))  # {0}, {1:.1f}, %n: each kept exactly
        assert sorted(placeholders.findall(simplified)) == wanted == sorted(placeholders.findall(traditional)), key


def test_the_recommended_notes_are_all_translatable():
    from desktop.views.models.search import RECOMMENDED_NOTES

    assert {m.note for m in recommended_models() if m.note} == set(RECOMMENDED_NOTES)
