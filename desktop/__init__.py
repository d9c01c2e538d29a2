"""The desktop app: PySide6 windows, views and workers over `core`.

The GUI process stays light: it never imports the machine-learning libraries
below (training and generation run in child processes). The import contract in
pyproject.toml forbids them statically; the self-test and the layering test
check at run time that opening the window loaded none of them.
"""

GUI_FORBIDDEN_LIBRARIES = ("torch", "transformers", "peft", "bitsandbytes", "datasets", "accelerate")
