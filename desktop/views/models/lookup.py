"""What the details pane asks for off the GUI thread: a model's details from the Hub, and whether
training it fits the user's card.

Whether it fits is the VRAM estimator at Lorasmith's default settings and, when it does not, the
planner's smallest settings (core.planning.plan), against the card NVML reports (detected once,
then kept for the process).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from core.hub.search import HubSettings
from desktop.views.models.common import free_space, models_folder

GIB = 1024**3
_hardware = None
_hardware_lock = threading.Lock()


@dataclass
class CardFit:
    kind: str  # fits | reduced | too_big | cpu | unknown
    need_gib: float = 0.0  # at the default settings
    smallest_gib: float = 0.0  # the planner's smallest settings
    free_gib: float = 0.0
    gpu: str = ""


@dataclass
class Lookup:
    details: object  # core.hub.search.ModelDetails
    fit: CardFit
    had_token: bool
    free_bytes: int | None


def card_fit(config: dict) -> CardFit:
    """Does training this model at the default settings fit the card? (Runs in a worker thread.)"""
    global _hardware
    from core.config import RunConfig
    from core.planning.estimate import EstimateSettings, estimate_peak

    try:
        estimate = estimate_peak(config, EstimateSettings.from_run_config(RunConfig()))
    except (ValueError, TypeError, KeyError):
        return CardFit("unknown")
    with _hardware_lock:
        if _hardware is None:
            from core.planning.hardware import detect_hardware

            try:
                _hardware = detect_hardware()
            except Exception:  # noqa: BLE001 - no detector: say what the model needs, not whether it fits
                return CardFit("cpu", estimate.total_gib)
    gpu = _hardware.gpu
    if gpu is None:
        return CardFit("cpu", estimate.total_gib)
    budget = _hardware.vram_budget_bytes()
    fit = CardFit("fits", estimate.total_gib, estimate.total_gib, budget / GIB, gpu.name)
    if not estimate.fits(budget):
        from core.planning.plan import propose

        try:
            plan = propose(config, budget)
        except (ValueError, TypeError, KeyError):
            fit.kind = "too_big"
            return fit
        fit.kind, fit.smallest_gib = ("reduced" if plan.fits else "too_big"), plan.estimate.total_gib
    return fit


def look_up(repo_id: str, settings: HubSettings, pickle_allowed: bool) -> Lookup:
    from core.hub.access import get_token
    from core.hub.search import model_details

    details = model_details(
        repo_id, endpoint=settings.endpoint or None, offline=settings.offline, allow_pickle=pickle_allowed
    )
    return Lookup(details, card_fit(details.config), bool(get_token()), free_space(models_folder(settings)))
