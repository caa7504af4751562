import sys

from pocplanner.cli.main import main

sys.exit(main())
