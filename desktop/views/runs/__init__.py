"""The Runs screen: every run folder, its state and what can be done with it."""
