"""The Train screen: the settings form, its texts and the start of a run."""
