"""The single source of truth for the ActViz version (used by --version, About and the build)."""

__version__ = "0.1.0"
