"""Free text to English through a model: the seq2seq Translator (torch or CTranslate2), chat
LLMs, the protection of names and terms, and the checks on what a model wrote. The English
that needs no model is in `zhbrief.english`, which never imports this package."""
