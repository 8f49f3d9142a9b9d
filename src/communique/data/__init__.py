"""Package data: gazetteers and lexicons (JSON Lines), loaded with importlib.resources."""
