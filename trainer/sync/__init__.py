"""Moving learners' records off this PC: bundles between PCs, and xAPI statements to an LRS."""
