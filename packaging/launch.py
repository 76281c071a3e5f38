"""Entry point for the frozen app: the same as `python -m trainer`."""

import sys

from trainer.__main__ import main

sys.exit(main())
