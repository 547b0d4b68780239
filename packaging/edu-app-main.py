"""The frozen app's entry point: the same as the `edu-app` command."""

from edu_app.app import main

raise SystemExit(main())
