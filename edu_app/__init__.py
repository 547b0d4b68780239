"""An offline, bilingual family guide to immunotherapy and CAR T-cell therapy."""

__version__ = "0.1.0"
