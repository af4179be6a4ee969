"""zhbrief: Chinese meeting reports in, English structured briefs out."""

__version__ = "0.1.0"
