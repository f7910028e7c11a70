"""Qt-free view-models: what each view shows, as plain data and text.

The command line imports them without Qt; the widgets in ``actviz.ui`` render them.
"""
