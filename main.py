"""Start ActViz: ``python main.py [options]`` (see ``python main.py --help``)."""

from actviz.__main__ import main

if __name__ == "__main__":
    raise SystemExit(main())
