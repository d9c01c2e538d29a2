"""The command line: `lorasmith train|data|plan|models|generate|eval|export|demo`.

One module per command group; `main` dispatches. The CLI may import every other
part of core, and nothing in core imports it.
"""
