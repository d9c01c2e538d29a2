"""Using a trained adapter: generation, perplexity, evaluation, the run's chat template, and export.

Imports core.training (run folders), core.data and the base modules.
"""
