"""Qt-free controllers, one per view: the behaviour of the Function, Train and Depth views.

A controller owns a view's work (the animation clock, the training session, the depth runs),
changes the one :class:`~actviz.state.State`, and tells the widgets what to draw through psygnal
events. It imports numpy and psygnal, never Qt, so its tests run without a window; time comes in
as an argument, so tests drive it without timers.
"""
