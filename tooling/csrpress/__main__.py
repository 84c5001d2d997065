"""`python -m csrpress` -> the command-line interface."""

from .console import main

raise SystemExit(main())
