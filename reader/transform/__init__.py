"""Edition → Edition transforms, applied in a listed order (pipeline.py) by the caller, never by a renderer."""
