"""pep: the State–département child-protection conventions, kept as code."""

__version__ = "0.1.0"
