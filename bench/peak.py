"""Run a command and write its peak resident memory (KiB) to a file: ``peak.py OUT CMD...``.

Linux hands a child the high-water mark of the process that forked it (kept across exec):
measured straight from the bench, every command would weigh at least the bench itself. This
launcher is a bare Python (``-S -E``, a few MiB), so what it reports is the command's own peak.
"""

import os
import sys

pid = os.fork()
if pid == 0:
    os.execvp(sys.argv[2], sys.argv[2:])
_, status, usage = os.wait4(pid, 0)
with open(sys.argv[1], "w", encoding="ascii") as out:
    out.write(f"{usage.ru_maxrss}\n")
sys.exit(os.waitstatus_to_exitcode(status))
