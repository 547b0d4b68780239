"""The frozen app's entry point: the same as the `edu-app` command."""

import sys

if len(sys.argv) > 1 and sys.argv[1] == "--multiprocessing-fork":
    # The render worker (edu_app/render/worker.py): in a frozen app its child process is
    # this executable again, which must serve the worker, not open a second window.
    import multiprocessing

    multiprocessing.freeze_support()

from edu_app.app import main

raise SystemExit(main())
