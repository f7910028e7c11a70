"""ActViz: see neural-network activation functions and their derivatives.

The numerical core (:mod:`actviz.core`) is pure numpy/scipy and can be used from a notebook
without Qt. The window lives in :mod:`actviz.ui`.
"""

from actviz._version import __version__

__all__ = ["__version__"]
