"""What newswatch starts on this machine when nothing else provides it: the Kafka broker
(``broker``), the Prefect server (``prefect_server``), the demo news site (``demo``), and the
supervision of the pipeline's child processes (``supervise``).

Part of the core: the CLI starts these, they never import the CLI.
"""
