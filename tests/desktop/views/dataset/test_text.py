"""The hard-cut string is typed in one-line fields (Train form, raw-text view) with \\n escapes."""

from __future__ import annotations

import pytest

from desktop.views.dataset.text import escape_cut, unescape_cut


@pytest.mark.parametrize("text", ["\n\n\n", "### end\n", "a\\b\tc", "\\n stays literal", ""])
def test_escaping_round_trips(text):
    assert unescape_cut(escape_cut(text)) == text
    assert "\n" not in escape_cut(text) and "\t" not in escape_cut(text)


def test_what_users_type_reads_as_they_mean_it():
    assert unescape_cut("\\n\\n\\n") == "\n\n\n"
    assert unescape_cut("\\q") == "\\q"  # an unknown escape is kept as typed
    assert unescape_cut("ends with \\") == "ends with \\"
