"""Progress that follows the learner: bundles between PCs, and xAPI to a Learning Record Store.

Between PCs, a bundle (trainer/sync/bundle.py) carries events, learner profiles, classes and
assignments. Events are immutable with UUIDs, so importing them is a set union by id.
Profiles, classes and assignments carry versions (trainer/store/versions.py); where two PCs
changed one at the same time the newer version wins and the other is kept for the
facilitator (trainer/sync/records.py). Importing a bundle twice, or bundles in any order,
gives the same learners' records.
"""
