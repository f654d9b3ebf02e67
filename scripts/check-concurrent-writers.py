"""Eight `glossa tm import` processes at once into one team memory: each imports 10,000 units,
5,000 of its own and 5,000 that every process imports (in an order of its own), each unit with
a usage count of 1. Afterwards the memory must hold exactly 8 × 5,000 + 5,000 units, the shared
ones with a usage count of 8, and the usage counts must sum to 80,000.

    python3 scripts/check-concurrent-writers.py GLOSSA_BINARY POSTGRES_URL_OF_AN_EMPTY_DATABASE
"""
import os
import random
import re
import subprocess
import sys
import tempfile
import time

glossa, url = sys.argv[1], sys.argv[2]
processes, own, shared = 8, 5_000, 5_000
work = tempfile.mkdtemp()


def unit(tuid, greek, english):
    return (f'<tu tuid="{tuid}" usagecount="1"><tuv xml:lang="el"><seg>{greek}</seg></tuv>'
            f'<tuv xml:lang="en"><seg>{english}</seg></tuv></tu>\n')


files = []
for writer in range(processes):
    units = [unit(f"w{writer}-{i}", f"Είδηση {i} του γραφείου {writer}.", f"Story {i} of desk {writer}.")
             for i in range(own)]
    common = [unit(f"s{i}", f"Κοινή είδηση αριθμός {i}.", f"Shared story number {i}.") for i in range(shared)]
    random.Random(writer).shuffle(common)
    body = "".join(a + b for a, b in zip(units, common))
    path = os.path.join(work, f"desk{writer}.tmx")
    with open(path, "w", encoding="utf-8") as tmx:
        tmx.write('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="check" '
                  'creationtoolversion="1" segtype="sentence" o-tmf="check" adminlang="en" srclang="el" '
                  f'datatype="plaintext"/><body>\n{body}</body></tmx>\n')
    files.append(path)

subprocess.run([glossa, "tm", "migrate", "--tm", url], check=True, capture_output=True)
start = time.time()
running = [subprocess.Popen([glossa, "tm", "import", path, "--tm", url], stderr=subprocess.PIPE, text=True)
           for path in files]
reports = [process.communicate()[1].strip() for process in running]
seconds = time.time() - start
assert all(process.returncode == 0 for process in running), reports

exported = os.path.join(work, "all.tmx")
subprocess.run([glossa, "tm", "export", "--tm", url, "-o", exported], check=True, capture_output=True)
with open(exported, encoding="utf-8") as tmx:
    text = tmx.read()
units = re.findall(r'<tu [^>]*>', text)
usage = [int(m) for m in re.findall(r'usagecount="(\d+)"', " ".join(units))]
shared_usage = [int(m) for m in re.findall(r'<tu [^>]*tuid="s\d+"[^>]*usagecount="(\d+)"', text)]
assert len(units) == processes * own + shared, len(units)
assert len(shared_usage) == shared and set(shared_usage) == {processes}, set(shared_usage)
assert sum(usage) == processes * (own + shared), sum(usage)
added = sum(int(re.search(r"added (\d+)", r).group(1)) for r in reports)
merged = sum(int(re.search(r"merged (\d+)", r).group(1)) for r in reports)
print(f"{processes} processes, {processes * (own + shared):,} units in {seconds:.1f} s: "
      f"{len(units):,} stored ({added:,} added, {merged:,} merged), usage counts sum to {sum(usage):,}, "
      f"every shared unit used {processes} times")
