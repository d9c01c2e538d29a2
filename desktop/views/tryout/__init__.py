"""The Try-out screen: chat with a trained adapter, measure perplexity, export."""
