"""A local HTTP server that speaks enough of the Hugging Face Hub protocol for the real huggingface_hub client.

Serves repositories made by the tests (see tiny_model_files) on 127.0.0.1:
model info with file metadata and safetensors parameter counts, the file tree,
HEAD and GET on resolve URLs with the commit, ETag and size headers, ranged
GETs answered 206, model search, and faults the tests switch on: gated and
private repositories, missing repositories and files, rate limiting, a
connection dropped partway through a file, a corrupted byte and slow files.
Every request is logged so tests can assert what was asked for.
"""

from __future__ import annotations

import hashlib
import json
import re
import socket
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, unquote, urlsplit

LFS_SUFFIXES = (".safetensors", ".bin", ".gguf", ".onnx", ".pth", ".msgpack", ".h5", ".model")


def git_blob_sha1(data: bytes) -> str:
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


@dataclass
class Repo:
    repo_id: str
    files: dict[str, bytes]
    gated: bool | str = False  # False, "auto" or "manual"
    private: bool = False
    granted: set[str] = field(default_factory=set)  # tokens with access to a gated or private repo
    license: str = "apache-2.0"
    downloads: int = 0
    likes: int = 0
    pipeline_tag: str = "text-generation"
    library_name: str = "transformers"

    def __post_init__(self):
        digest = hashlib.sha1()
        for path in sorted(self.files):
            digest.update(path.encode() + b"\0" + hashlib.sha256(self.files[path]).digest())
        self.commit = digest.hexdigest()

    def is_lfs(self, path: str) -> bool:
        return path.endswith(LFS_SUFFIXES)

    def entry(self, path: str) -> dict:
        data = self.files[path]
        if not self.is_lfs(path):
            return {"size": len(data), "oid": git_blob_sha1(data), "lfs": None}
        sha = hashlib.sha256(data).hexdigest()
        pointer = f"version https://git-lfs.github.com/spec/v1\noid sha256:{sha}\nsize {len(data)}\n".encode()
        return {
            "size": len(data),
            "oid": git_blob_sha1(pointer),
            "lfs": {"oid": sha, "size": len(data), "pointerSize": len(pointer)},
        }

    def config(self) -> dict:
        try:
            return json.loads(self.files["config.json"])
        except (KeyError, ValueError):
            return {}

    def parameters(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for path, data in self.files.items():
            if "/" in path or not path.endswith(".safetensors") or path.startswith("consolidated"):
                continue
            try:
                header = json.loads(data[8 : 8 + int.from_bytes(data[:8], "little")])
            except ValueError:  # not really safetensors: the Hub then reports no parameter count
                continue
            for name, tensor in header.items():
                if name != "__metadata__":
                    n = 1
                    for dim in tensor["shape"]:
                        n *= dim
                    counts[tensor["dtype"]] = counts.get(tensor["dtype"], 0) + n
        return counts

    def tags(self) -> list[str]:
        tags = [self.library_name, self.pipeline_tag, f"license:{self.license}"]
        if any(p.endswith(".safetensors") for p in self.files):
            tags.append("safetensors")
        if self.config().get("model_type"):
            tags.append(self.config()["model_type"])
        return tags


@dataclass
class Request:
    method: str
    path: str
    query: dict
    range: str | None
    authorization: str | None
    status: int = 0
    body_bytes: int = 0


class HubServer:
    """Start with `with HubServer() as hub:`; hub.url is the endpoint to give the client."""

    def __init__(self):
        self.repos: dict[str, Repo] = {}
        self.valid_tokens: set[str] = set()
        self.log: list[Request] = []
        self.lock = threading.Lock()
        self.rate_limited = 0  # answer this many next requests with 429
        self.retry_after = 7
        self.drop_after: dict[str, int] = {}  # file -> bytes sent before the connection drops (once)
        self.corrupt: dict[str, int] = {}  # file -> offset of a flipped byte (every time)
        self.slow: dict[str, float] = {}  # file -> seconds to pause after each 16 KiB
        # file -> (event, bytes): the transfer waits on the event once it has sent that many bytes, so
        # a test sees a download in progress for as long as it needs, whatever the machine's speed.
        self.hold: dict[str, tuple[threading.Event, int]] = {}
        self.blobs = True  # answer ?blobs=true with sizes and hashes
        self._httpd: ThreadingHTTPServer | None = None

    def add(self, repo: Repo) -> Repo:
        self.repos[repo.repo_id] = repo
        return repo

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> "HubServer":
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._httpd.daemon_threads = True
        threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        return self

    def close(self) -> None:
        self.release()  # no transfer is left waiting on a test that has ended
        if self._httpd:
            self._httpd.shutdown()
            self._httpd.server_close()

    def hold_partway(self, path: str, after_bytes: int = 16384) -> None:
        """The next transfer of `path` sends `after_bytes` (whole 16 KiB pieces), then waits for release().
        Give more than the client's read size, or it never sees the bytes before the hold."""
        self.hold[path] = (threading.Event(), after_bytes)

    def release(self) -> None:
        for gate, _ in self.hold.values():
            gate.set()
        self.hold.clear()

    def __enter__(self) -> "HubServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.close()

    def requests(self, method: str | None = None, contains: str = "") -> list[Request]:
        with self.lock:
            return [r for r in self.log if (method is None or r.method == method) and contains in r.path]

    def downloads_of(self, repo_id: str, filename: str) -> list[Request]:
        return [r for r in self.requests("GET", f"/{repo_id}/resolve/") if r.path.endswith("/" + filename)]


def _handler_for(hub: HubServer):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):  # keep test output quiet
            pass

        def do_GET(self):
            self._serve(head=False)

        def do_HEAD(self):
            self._serve(head=True)

        # --- plumbing -------------------------------------------------------------------
        def _serve(self, head: bool) -> None:
            split = urlsplit(self.path)
            self.record = Request(
                self.command,
                unquote(split.path),
                parse_qs(split.query),
                self.headers.get("Range"),
                self.headers.get("Authorization"),
            )
            with hub.lock:
                hub.log.append(self.record)
                limited = hub.rate_limited > 0
                hub.rate_limited -= 1 if limited else 0
            if limited:
                return self._error(
                    429,
                    None,
                    "You have been rate-limited",
                    {"Retry-After": str(hub.retry_after), "RateLimit": f'"api";r=0;t={hub.retry_after}'},
                )
            try:
                self._route(split, head)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def _send(self, status: int, body: bytes, headers: dict | None = None, head: bool = False) -> None:
            self.record.status = status
            self.send_response(status)
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            if "Content-Length" not in (headers or {}):
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if not head:
                self.wfile.write(body)
                self.record.body_bytes = len(body)

        def _json(self, obj, status: int = 200, head: bool = False) -> None:
            self._send(status, json.dumps(obj).encode(), {"Content-Type": "application/json"}, head)

        def _error(self, status: int, code: str | None, message: str, extra: dict | None = None) -> None:
            headers = {"Content-Type": "application/json", "X-Error-Message": message, **(extra or {})}
            if code:
                headers["X-Error-Code"] = code
            self._send(status, json.dumps({"error": message}).encode(), headers, self.command == "HEAD")

        def _token(self) -> str | None:
            auth = self.headers.get("Authorization") or ""
            return auth[7:] if auth.startswith("Bearer ") else None

        def _repo(self, repo_id: str, files: bool) -> Repo | None:
            """The repository if this caller may see it (its files, when `files`); else answers the error."""
            token = self._token()
            if token is not None and token not in hub.valid_tokens:
                self._error(401, None, "Invalid credentials in Authorization header")
                return None
            repo = hub.repos.get(repo_id)
            if repo is None or (repo.private and token not in repo.granted):
                self._error(404 if token else 401, "RepoNotFound", "Repository not found")
                return None
            if files and repo.gated and token not in repo.granted:
                page = f"{hub.url}/{repo_id}"
                if token is None:
                    self._error(
                        401,
                        "GatedRepo",
                        f"Access to model {repo_id} is restricted. You must have access "
                        "to it and be authenticated to access it. Please log in.",
                    )
                else:
                    self._error(
                        403,
                        "GatedRepo",
                        f"Access to model {repo_id} is restricted and you are not in the "
                        f"authorized list. Visit {page} to ask for access.",
                    )
                return None
            return repo

        def _revision(self, repo: Repo, revision: str) -> bool:
            if revision in ("main", repo.commit):
                return True
            self._error(404, "RevisionNotFound", f"Invalid rev id: {revision}")
            return False

        # --- routes ------------------------------------------------------------------------
        def _route(self, split, head: bool) -> None:
            parts = [unquote(p) for p in split.path.split("/") if p]
            query = parse_qs(split.query)
            if parts[:2] == ["api", "models"]:
                if len(parts) == 2:
                    return self._search(query)
                repo_id, rest = "/".join(parts[2:4]), parts[4:]
                repo = self._repo(repo_id, files=False)
                if repo is None:
                    return
                if not rest:
                    return self._info(repo, query)
                if rest[0] == "revision" and len(rest) == 2:
                    return self._revision(repo, rest[1]) and self._info(repo, query)
                if rest[0] == "tree" and len(rest) >= 2:
                    return self._revision(repo, rest[1]) and self._tree(repo, "/".join(rest[2:]), query)
            elif "resolve" in parts and parts.index("resolve") >= 1:
                at = parts.index("resolve")
                repo = self._repo("/".join(parts[:at]), files=True)
                if repo is None or len(parts) < at + 3 or not self._revision(repo, parts[at + 1]):
                    return
                return self._file(repo, "/".join(parts[at + 2 :]), head)
            self._error(404, None, "Not found")

        def _search(self, query: dict) -> None:
            text = (query.get("search") or [""])[0].lower()
            filters = query.get("filter", [])
            pipeline = (query.get("pipeline_tag") or [None])[0]
            limit = int((query.get("limit") or ["1000"])[0])
            found = [
                r
                for r in hub.repos.values()
                if not r.private
                and text in r.repo_id.lower()
                and all(f in r.tags() for f in filters)
                and (pipeline is None or r.pipeline_tag == pipeline)
            ]
            found.sort(key=lambda r: r.downloads, reverse=True)
            self._json([self._summary(r, query.get("expand")) for r in found[:limit]])

        def _summary(self, repo: Repo, expand: list | None) -> dict:
            params = repo.parameters()
            data = {
                "id": repo.repo_id,
                "modelId": repo.repo_id,
                "author": repo.repo_id.split("/")[0],
                "sha": repo.commit,
                "lastModified": "2025-01-01T00:00:00.000Z",
                "private": repo.private,
                "disabled": False,
                "gated": repo.gated,
                "downloads": repo.downloads,
                "likes": repo.likes,
                "library_name": repo.library_name,
                "pipeline_tag": repo.pipeline_tag,
                "tags": repo.tags(),
                "cardData": {"license": repo.license},
                "config": {k: v for k, v in repo.config().items() if k in ("architectures", "model_type")},
                "safetensors": {"parameters": params, "total": sum(params.values())} if params else None,
            }
            if expand:
                data = {k: v for k, v in data.items() if k in expand or k == "id"}
            return {k: v for k, v in data.items() if v is not None}

        def _info(self, repo: Repo, query: dict) -> None:
            data = self._summary(repo, query.get("expand"))
            blobs = hub.blobs and query.get("blobs", ["false"])[0].lower() == "true"
            siblings = []
            for path in sorted(repo.files):
                entry = {"rfilename": path}
                if blobs:
                    meta = repo.entry(path)
                    entry.update(size=meta["size"], blobId=meta["oid"])
                    if meta["lfs"]:
                        entry["lfs"] = {
                            "sha256": meta["lfs"]["oid"],
                            "size": meta["size"],
                            "pointerSize": meta["lfs"]["pointerSize"],
                        }
                siblings.append(entry)
            data["siblings"] = siblings
            self._json(data)

        def _tree(self, repo: Repo, folder: str, query: dict) -> None:
            recursive = (query.get("recursive") or ["false"])[0].lower() == "true"
            prefix = folder.strip("/") + "/" if folder.strip("/") else ""
            entries, folders = [], set()
            for path in sorted(repo.files):
                if not path.startswith(prefix):
                    continue
                rest = path[len(prefix) :]
                if "/" in rest:
                    parts = rest.split("/")
                    for depth in range(1, len(parts) if recursive else 2):
                        folders.add(prefix + "/".join(parts[:depth]))
                    if not recursive:
                        continue
                meta = repo.entry(path)
                item = {"type": "file", "oid": meta["oid"], "size": meta["size"], "path": path}
                if meta["lfs"]:
                    item["lfs"] = meta["lfs"]
                entries.append(item)
            entries += [
                {"type": "directory", "oid": hashlib.sha1(d.encode()).hexdigest(), "size": 0, "path": d}
                for d in sorted(folders)
            ]
            self._json(entries)

        def _file(self, repo: Repo, path: str, head: bool) -> None:
            if path not in repo.files:
                return self._error(404, "EntryNotFound", f'{path} does not exist on "main"')
            data = repo.files[path]
            if path in hub.corrupt:
                at = hub.corrupt[path]
                data = data[:at] + bytes([data[at] ^ 0xFF]) + data[at + 1 :]
            meta = repo.entry(path)
            etag = meta["lfs"]["oid"] if meta["lfs"] else meta["oid"]
            headers = {
                "X-Repo-Commit": repo.commit,
                "ETag": f'"{etag}"',
                "Accept-Ranges": "bytes",
                "Content-Type": "application/octet-stream",
            }
            if meta["lfs"]:
                headers.update({"X-Linked-Etag": f'"{etag}"', "X-Linked-Size": str(len(data))})
            start, end, status = 0, len(data) - 1, 200
            match = re.fullmatch(r"bytes=(\d+)-(\d*)", self.headers.get("Range") or "")
            if match:
                start = int(match.group(1))
                end = min(int(match.group(2)), end) if match.group(2) else end
                if start >= len(data):
                    return self._error(416, None, "Range Not Satisfiable", {"Content-Range": f"bytes */{len(data)}"})
                status = 206
                headers["Content-Range"] = f"bytes {start}-{end}/{len(data)}"
            body = data[start : end + 1]
            headers["Content-Length"] = str(len(body))
            if head:
                return self._send(status, b"", headers, head=True)
            self.record.status = status
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            self.end_headers()
            with hub.lock:
                cut = hub.drop_after.pop(path, None)
            pause = hub.slow.get(path, 0.0)
            gate, hold_at = hub.hold.get(path, (None, 0))
            limit = len(body) if cut is None else min(cut, len(body))
            sent = 0
            while sent < limit:
                piece = body[sent : min(limit, sent + 16384)]
                self.wfile.write(piece)
                self.wfile.flush()
                sent += len(piece)
                self.record.body_bytes = sent
                if gate is not None and sent >= hold_at:
                    gate.wait(timeout=300)
                    gate = None
                if pause:
                    time.sleep(pause)
            if cut is not None:  # hang up partway through, as a lost connection would
                self.close_connection = True
                self.connection.shutdown(socket.SHUT_RDWR)

    return Handler


# --- test models -----------------------------------------------------------------------------


def tiny_model_files(
    *, vocab: int = 512, hidden: int = 64, layers: int = 2, shards: int = 2, seed: int = 0
) -> dict[str, bytes]:
    """A tiny Llama model as the Hub would hold it: sharded safetensors, index, configs and a real tokenizer."""
    import numpy as np
    from safetensors.numpy import save
    from tokenizers import Tokenizer, models, pre_tokenizers

    rng = np.random.default_rng(seed)
    inter = hidden * 2
    shapes = {
        "model.embed_tokens.weight": (vocab, hidden),
        "model.norm.weight": (hidden,),
        "lm_head.weight": (vocab, hidden),
    }
    for i in range(layers):
        p = f"model.layers.{i}."
        shapes.update(
            {
                p + "self_attn.q_proj.weight": (hidden, hidden),
                p + "self_attn.k_proj.weight": (hidden, hidden),
                p + "self_attn.v_proj.weight": (hidden, hidden),
                p + "self_attn.o_proj.weight": (hidden, hidden),
                p + "mlp.gate_proj.weight": (inter, hidden),
                p + "mlp.up_proj.weight": (inter, hidden),
                p + "mlp.down_proj.weight": (hidden, inter),
                p + "input_layernorm.weight": (hidden,),
                p + "post_attention_layernorm.weight": (hidden,),
            }
        )
    names = sorted(shapes)
    groups = [names[i::shards] for i in range(shards)]
    files: dict[str, bytes] = {}
    weight_map = {}
    total = 0
    for n, group in enumerate(groups, 1):
        shard = f"model-{n:05d}-of-{shards:05d}.safetensors"
        tensors = {k: rng.standard_normal(shapes[k]).astype(np.float32) * 0.02 for k in group}
        files[shard] = save(tensors, metadata={"format": "pt"})
        total += sum(t.nbytes for t in tensors.values())
        weight_map.update({k: shard for k in group})
    files["model.safetensors.index.json"] = json.dumps(
        {"metadata": {"total_size": total}, "weight_map": weight_map}, indent=2
    ).encode()
    config = {
        "architectures": ["LlamaForCausalLM"],
        "model_type": "llama",
        "hidden_size": hidden,
        "intermediate_size": inter,
        "num_hidden_layers": layers,
        "num_attention_heads": 4,
        "num_key_value_heads": 4,
        "vocab_size": vocab,
        "max_position_embeddings": 256,
        "rms_norm_eps": 1e-6,
        "bos_token_id": 1,
        "eos_token_id": 2,
        "tie_word_embeddings": False,
        "torch_dtype": "float32",
    }
    files["config.json"] = json.dumps(config, indent=2).encode()
    files["generation_config.json"] = json.dumps({"bos_token_id": 1, "eos_token_id": 2}).encode()
    words = ["<unk>", "<s>", "</s>"] + [f"w{i}" for i in range(vocab - 3)]
    tokenizer = Tokenizer(models.WordLevel({w: i for i, w in enumerate(words)}, unk_token="<unk>"))
    tokenizer.pre_tokenizer = pre_tokenizers.Whitespace()
    files["tokenizer.json"] = tokenizer.to_str().encode()
    files["tokenizer_config.json"] = json.dumps(
        {
            "bos_token": "<s>",
            "eos_token": "</s>",
            "unk_token": "<unk>",
            "tokenizer_class": "PreTrainedTokenizerFast",
            "chat_template": "{% for m in messages %}{{ m['role'] }}: {{ m['content'] }}\n{% endfor %}",
        }
    ).encode()
    files["special_tokens_map.json"] = json.dumps(
        {"bos_token": "<s>", "eos_token": "</s>", "unk_token": "<unk>"}
    ).encode()
    return files


def messy_model_files(**kwargs) -> dict[str, bytes]:
    """tiny_model_files plus the duplicates real repositories carry, which must never be fetched."""
    files = tiny_model_files(**kwargs)
    first = next(p for p in files if p.endswith(".safetensors"))
    files.update(
        {
            "pytorch_model.bin": b"PK\x03\x04 pickle weights " * 500,
            "consolidated.safetensors": files[first],
            "onnx/model.onnx": b"onnx" * 1000,
            "model-q4_k_m.gguf": b"GGUF" * 1000,
            "original/consolidated.00.pth": b"pth" * 1000,
            "flax_model.msgpack": b"msgpack" * 100,
            "README.md": b"---\nlicense: apache-2.0\n---\n# Tiny\n",
            ".gitattributes": b"*.safetensors filter=lfs diff=lfs merge=lfs -text\n",
        }
    )
    return files
