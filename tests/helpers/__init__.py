"""Helpers shared by test modules (imported as ``helpers.<module>``): hand-made grades, the
kill-and-resume harness, and a local OpenAI-compatible judge that counts calls in flight."""
