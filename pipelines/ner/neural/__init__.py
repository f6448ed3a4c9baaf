"""A neural ThaiNER tagger (issue 17, tuning round 5): an experiment, not the shipped model.

A BiLSTM over khao's own runtime tokens (:func:`pipelines.ner.features.tokenize`) whose
input per token is the bag of the CRF's discrete features (word, shape, affixes, clusters,
name heads, gazetteer, entity-gazetteer and regex marks, as an embedding bag) plus a
character CNN; a softmax or CRF output layer. :mod:`pipelines.ner.neural.train` trains and
scores it on a tuning fold, alone and interpolated with the CRF's per-token marginals.

torch is a training-time tool only: it is not a dependency of khao, and nothing outside
this package imports it (``pip install torch`` into a separate environment; see
bench/RESULTS.md, "NER tuning round 5").
"""
