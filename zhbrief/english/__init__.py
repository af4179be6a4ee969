"""English without a model: names in pinyin, titles, meeting names, places, glossary terms and
a summary built from the extracted facts (`structured.add_structured_english` fills them in).

Rules and tables only: nothing here imports `zhbrief.translate` or a model library."""
