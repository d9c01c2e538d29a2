"""The Hugging Face Hub: search, access (tokens, gated models), resumable verified downloads, local models.

Imports core.config, core.paths and core.errors; never torch.
"""
