"""Learners' records in one SQLite file: schema, migrations, events, learners, settings."""
