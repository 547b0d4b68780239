"""The frozen app's entry point: the same as the `edu-app` command."""

import sys

if any("multiprocessing" in arg for arg in sys.argv[1:]):
    # The render worker (edu_app/render/worker.py) and multiprocessing's resource tracker:
    # in a frozen app, each child process is this executable again, which must run what
    # it was started for (PyInstaller's freeze_support), not open a second window.
    import multiprocessing

    multiprocessing.freeze_support()

from edu_app.app import main

raise SystemExit(main())
