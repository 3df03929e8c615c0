#!/usr/bin/env python3
"""What an import's commits write, table by table.

usage: wal_frames.py SILLOK_CLI LIBRARY FOLDER

Copies LIBRARY, imports FOLDER into the copy with SILLOK_CLI while a second connection holds a
read transaction from before the import (no checkpoint can then copy or reset the frames the
import writes, and the WAL outlives the CLI), then reads the WAL's frame headers and names the
table or index each frame's page belongs to (SQLite's dbstat). Prints the frames, the commits, the
frames an article, and each table's and index's share. A frame is a page a commit wrote; a page
dirtied by several articles of one commit is one frame, so the random-keyed indexes' share says
how much of a commit is their size rather than its articles (docs/performance.md, "The second
stop of 2026-12-05").

The WAL keeps every frame until the script ends: about 130 KB an article at 20,000 articles.
"""
import collections
import os
import shutil
import sqlite3
import struct
import subprocess
import sys
import tempfile


def frames_of(wal_path):
    """(page number, commit marker) of each frame of the WAL, and the WAL's page size: the
    24-byte frame headers only, each page skipped."""
    frames = []
    with open(wal_path, 'rb') as f:
        header = f.read(32)
        if len(header) < 32:
            return frames, 0
        page_size = struct.unpack('>I', header[8:12])[0]
        size = os.fstat(f.fileno()).st_size
        offset = 32
        while offset + 24 + page_size <= size:
            f.seek(offset)
            page, commit = struct.unpack('>II', f.read(8))
            frames.append((page, commit))
            offset += 24 + page_size
    return frames, page_size


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    cli, library, folder = sys.argv[1:]
    work = tempfile.mkdtemp(prefix='wal-frames-')
    try:
        db = os.path.join(work, 'library.sqlite')
        shutil.copy(library, db)
        for suffix in ('-wal', '-shm'):
            if os.path.exists(library + suffix):
                shutil.copy(library + suffix, db + suffix)
        holder = sqlite3.connect(db, isolation_level=None)
        holder.execute('PRAGMA wal_checkpoint(TRUNCATE)')
        holder.execute('BEGIN')
        before = holder.execute('SELECT COUNT(*) FROM article').fetchone()[0]  # the snapshot held
        subprocess.run([cli, '--db', db, 'import', folder], check=True, stdout=subprocess.DEVNULL)
        frames, page_size = frames_of(db + '-wal')
        reader = sqlite3.connect(db)  # sees the import's commits; the holder keeps the WAL
        owner = {page: name for name, page in reader.execute('SELECT name, pageno FROM dbstat')}
        articles = reader.execute('SELECT COUNT(*) FROM article').fetchone()[0] - before
        reader.close()
        holder.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    commits = sum(1 for _, commit in frames if commit)
    if not frames:
        sys.exit('no WAL frames: nothing was imported')
    print(f'{articles} articles, {commits} commits, {len(frames)} frames of {page_size} bytes '
          f'({len(frames) / max(articles, 1):.1f} an article, '
          f'{len(set(p for p, _ in frames))} distinct pages)')
    counts = collections.Counter(owner.get(page, '(free or overflow page)') for page, _ in frames)
    for name, n in counts.most_common():
        print(f'{n:8d} {100.0 * n / len(frames):5.1f} %  {name}')


if __name__ == '__main__':
    main()
