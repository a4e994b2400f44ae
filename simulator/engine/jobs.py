"""What an engine job is: a generator of records, run in the compute process (or inline by a headless
command). It yields a record whenever it has something new to show and None between, so the compute
process can check for a stop request after every step without building a record each time.

To stop a job early the compute process throws ``Stop`` into it. A job whose records are snapshots of
a longer run (the training lab) catches it and yields its real final state once more, so the screen
shows where the model really stopped; any other job simply ends.
"""


class Stop(Exception):  # noqa: N818 (a request, not an error)
    """Thrown into a job's generator: end now."""
