"""Entry point of the bundled program (PyInstaller): the same `pocplanner` command."""
import sys

from pocplanner.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
