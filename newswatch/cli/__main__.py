"""``python -m newswatch.cli``: how ``newswatch run`` starts its children with its own Python."""

import sys

from newswatch.cli import main

sys.exit(main())
