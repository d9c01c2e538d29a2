"""The Dataset screen: the table, preview, problems, find, raw text, format editor and saving."""
