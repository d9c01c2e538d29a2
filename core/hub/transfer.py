"""One file from the Hub into its `.part`, continuing what an earlier attempt saved, then checked.

The part is appended to with an HTTP Range request and hashed as it grows (the LFS sha256, or
the git blob id for small files); a lost connection is retried with a growing wait, a rate
limit after the wait the Hub asks for. A part whose size or hash is wrong is deleted. Moving
the checked part into place is the caller's (core/hub/download.py).
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass
from pathlib import Path

from core.hub.access import Cancelled, HubError, retry_after_seconds
from core.hub.files import RemoteFile
from core.hub.progress import FileTracker

READ_TIMEOUT = 10.0  # a stalled connection is retried (and a cancel noticed) after this


@dataclass
class _Received:
    """How much of the file the part holds and the hash of those bytes, updated chunk by chunk,
    so that what a lost connection leaves behind is known to the retry."""

    have: int
    hasher: object | None


def fetch_file(
    url: str,
    headers: dict,
    part: Path,
    remote: RemoteFile,
    *,
    tracker: FileTracker,
    chunk_size: int,
    cancel: threading.Event,
    retries: int,
    retry_wait: float,
) -> None:
    """Download `remote` into `part`, continuing what is there, and check its size and hash.

    Raises HubError (Cancelled when `cancel` is set) and huggingface_hub's HTTP errors.
    """
    hasher, expected = _new_hasher(remote)
    received = _saved_part(part, remote, hasher, tracker, cancel)
    resumed = received.have > 0
    _receive_rest(
        url,
        headers,
        part,
        remote,
        received,
        tracker=tracker,
        chunk_size=chunk_size,
        cancel=cancel,
        retries=retries,
        retry_wait=retry_wait,
    )
    tracker.stage("verifying", received.have)
    actual = received.hasher.hexdigest() if received.hasher else None
    if received.have != remote.size or (expected and actual != expected):
        part.unlink(missing_ok=True)
        if resumed:  # the saved part may be what was damaged: fetch the whole file once more
            return fetch_file(
                url,
                headers,
                part,
                remote,
                tracker=tracker,
                chunk_size=chunk_size,
                cancel=cancel,
                retries=retries,
                retry_wait=retry_wait,
            )
        raise HubError(
            "corrupt",
            f"{remote.path} arrived damaged (its {'size' if received.have != remote.size else 'checksum'} "
            "does not match what the Hub lists), so it was deleted. Try again; if it keeps "
            "happening, your connection or mirror is altering files.",
        )


def _new_hasher(remote: RemoteFile):
    if remote.sha256:
        return hashlib.sha256(), remote.sha256
    if remote.git_oid:
        hasher = hashlib.sha1()
        hasher.update(f"blob {remote.size}\0".encode())  # git hashes a header before the content
        return hasher, remote.git_oid
    return None, None


def _saved_part(part: Path, remote: RemoteFile, hasher, tracker: FileTracker, cancel: threading.Event) -> _Received:
    """What an earlier attempt left in the part, already hashed; a part longer than the file is dropped."""
    part.parent.mkdir(parents=True, exist_ok=True)
    part.touch()  # an empty file needs no request but must still exist
    have = part.stat().st_size
    if have > remote.size:
        part.unlink()
        have = 0
    if hasher and have:
        tracker.stage("verifying", have)
        _hash_existing(part, hasher, cancel)
    tracker.update(have)
    return _Received(have, hasher)


def _hash_existing(part: Path, hasher, cancel: threading.Event) -> None:
    with open(part, "rb") as fh:
        while block := fh.read(4 << 20):
            if cancel.is_set():
                raise Cancelled()
            hasher.update(block)


def _receive_rest(
    url: str,
    headers: dict,
    part: Path,
    remote: RemoteFile,
    received: _Received,
    *,
    tracker: FileTracker,
    chunk_size: int,
    cancel: threading.Event,
    retries: int,
    retry_wait: float,
) -> None:
    """Request what is missing until the part is whole, retrying lost connections and rate limits."""
    import httpx2
    from huggingface_hub import errors

    failures = 0
    timeout = httpx2.Timeout(READ_TIMEOUT, connect=15.0)
    while received.have < remote.size:
        if cancel.is_set():
            raise Cancelled()
        before = received.have
        try:
            _receive(
                url, headers, part, remote, received, timeout, tracker=tracker, chunk_size=chunk_size, cancel=cancel
            )
        except httpx2.TransportError as exc:
            if cancel.is_set():
                raise Cancelled() from None
            failures = 1 if received.have > before else failures + 1  # consecutive losses
            if failures > retries:
                raise _network_lost(exc) from None
            if cancel.wait(retry_wait * 2 ** max(0, failures - 1)):
                raise Cancelled() from None
        except errors.HfHubHTTPError as exc:
            wait = _rate_limit_wait(exc)
            failures += 1
            if wait is None or failures > retries:
                raise
            if cancel.wait(wait):
                raise Cancelled() from None


def _receive(
    url: str,
    headers: dict,
    part: Path,
    remote: RemoteFile,
    received: _Received,
    timeout,
    *,
    tracker: FileTracker,
    chunk_size: int,
    cancel: threading.Event,
) -> None:
    """One request for the rest of the file, appended to the part as it arrives."""
    from huggingface_hub.utils import get_session, hf_raise_for_status

    request_headers = dict(headers)
    if received.have:
        request_headers["Range"] = f"bytes={received.have}-"
    with get_session().stream("GET", url, headers=request_headers, timeout=timeout) as response:
        if response.status_code >= 400:
            response.read()
            hf_raise_for_status(response)
        if received.have and response.status_code != 206:  # the server ignored the range: start over
            received.have, received.hasher = 0, _new_hasher(remote)[0]
        with open(part, "ab" if received.have else "wb") as out:
            for chunk in response.iter_bytes(chunk_size):
                if cancel.is_set():
                    raise Cancelled()
                out.write(chunk)
                if received.hasher:
                    received.hasher.update(chunk)
                received.have += len(chunk)
                tracker.update(received.have)
                if received.have > remote.size:
                    break


def _network_lost(exc: Exception) -> HubError:
    return HubError(
        "network",
        "The connection to the Hub was lost and did not come back. What was downloaded "
        f"is kept: start the download again to continue. ({type(exc).__name__})",
    )


def _rate_limit_wait(exc) -> float | None:
    response = getattr(exc, "response", None)
    if response is None or response.status_code != 429:
        return None
    wait = retry_after_seconds(response.headers)
    return float(wait) if wait is not None and wait <= 60 else None
