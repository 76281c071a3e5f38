"""Curricula, modules, lessons and quizzes: loading, checking and rendering content files."""
