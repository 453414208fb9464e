"""Edition → Edition transforms, applied in a listed order by the renderers."""
