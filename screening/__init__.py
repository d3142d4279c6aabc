"""Counterparties, bilingual name normalisation and matching, hits and their review."""
