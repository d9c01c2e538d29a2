"""What fits this computer: hardware detection, the peak-memory estimate and the planner that picks settings.

Imports core.data, core.config and core.paths; no torch at import time.
"""
