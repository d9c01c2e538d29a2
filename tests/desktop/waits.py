"""How long GUI tests wait, in one place: generous, because CI and developers share a 2-core machine.

A wait ends as soon as its condition holds, so a long limit costs nothing when things work; a
short one only turns a slow machine into a failing test.
"""

GUI_WAIT = 60_000  # ms: a widget, a worker thread or a child process answering
TRAINING_WAIT = 300_000  # ms: real training or generation of the demo model on a busy CPU
