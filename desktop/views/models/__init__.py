"""The Models screen: search the Hub, download, local models, details and settings."""
