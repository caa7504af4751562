"""pocplanner: build protection-of-civilians regional action plans, offline."""

__version__ = "0.1.0"
