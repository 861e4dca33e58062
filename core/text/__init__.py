"""Search text, the same at index and query time: `folding` folds every word to lower-case ASCII and
adds its dictionary forms, which `morphology` gives for each of the site's languages. Pages index
through it (home/search_fields.py) and the search view normalises the query through it (search/)."""
