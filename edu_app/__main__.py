"""`python -m edu_app`: the same as the `edu-app` command."""

from .app import main

raise SystemExit(main())
