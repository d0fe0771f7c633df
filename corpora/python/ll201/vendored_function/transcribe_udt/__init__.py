"""A copied transfer library (its own licence beside it)."""
