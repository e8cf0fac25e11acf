import sys

from app.cli import main

if __name__ == "__main__":  # guarded: a spawned child process (dataset jobs) imports this module
    sys.exit(main())
