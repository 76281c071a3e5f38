"""Signed content packs: editors build them, facilitators check and install them (no Qt here).

A pack is a zip: the content files, `manifest.json` listing each file's SHA-256 and size, and
`manifest.sig`, an Ed25519 signature of the manifest. It is installed only if the signature
checks out against a key this PC trusts and every file matches the manifest.
"""
