"""Where the tests find the checkout and their data, however deep a test module sits."""

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TEST_DATA = REPO / "tests" / "data"
SHARED = REPO.parent / "shared"  # the team's shared folder beside the checkout (compat files)
