"""Demo data: a class of learners with months of realistic progress, for exploring and benchmarks."""
