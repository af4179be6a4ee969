"""Output formats of a brief: a view model, then plain text, Markdown or a rich panel."""
