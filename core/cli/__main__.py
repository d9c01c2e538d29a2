"""`python -m core.cli ...`: the same commands as the `lorasmith` console script."""

import sys

from core.cli.main import main

sys.exit(main())
