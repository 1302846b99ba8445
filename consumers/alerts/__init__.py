"""Telling subscribers: who wants which meetings (:mod:`.subscriptions`), how a message reaches
them (:mod:`.channels`) and the outbox worker that sends what is owed (:mod:`.dispatch`)."""
