"""The authored grader corpus: (prompt, response) pairs labelled by the default policy.

One module per policy domain holds that domain's task groups (:class:`~.topics.Topic`) and
plain benign questions (:class:`~.topics.Plain`); :mod:`.phrasing` holds the banks of
refusal, redirection, safe-completion and compliance phrasings; :mod:`.builder` composes
them into labelled records (:class:`~.record.CorpusRecord`); :mod:`.build` writes
``src/safecomp/data/corpora/grader_corpus.jsonl`` and its data card.

Run ``PYTHONPATH=$PWD/src python -m scripts.grader_corpus.build`` from the repository root.
"""
