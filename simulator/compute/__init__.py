"""The compute process: torch runs here, never in the GUI process. No Qt below this folder.

job.py        what a panel asks for: an engine function and its arguments
server.py     the process itself: runs the jobs side by side, keeps and sends their latest records
client.py     the GUI's handle on it: spawn, send, receive, notice when it died
transport.py  records across the boundary: pickle, large arrays through shared memory
"""
