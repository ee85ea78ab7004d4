"""The checker's parts: the passages it checks against, how a draft is cut into sentences, the
rule claims it reads, and the support test for every other sentence. `rules.checker.check` puts
them together."""
