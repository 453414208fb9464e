"""Edition → files: the EPUB (epub.py) and the site share the block templates of themes/."""
