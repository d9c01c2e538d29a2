"""The two wizards (getting started, and settings for this computer) and their pages."""
