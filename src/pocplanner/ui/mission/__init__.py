"""The mission view: several regional plans read together at HQ."""
