#!/usr/bin/python3
"""grow.py - gives a store a long history quickly, for the store tests.

Usage: grow.py STORE NIGHTS

The store must hold one run written by hvcilint.  That run is copied
NIGHTS times, one night apart, into runs 2..NIGHTS+1, each copy a run in
which every unit was analysed again (its own findings, inputs and read
files: the heaviest history a store can have).  The copies use the
columns of the store itself, so the script follows the schema without
knowing it.  The next `hvcilint check` then finds its unchanged units
among runs that hold NIGHTS times the rows of one.
"""
import sqlite3
import sys


def cols(con, table):
    return [r[1] for r in con.execute("PRAGMA table_info(%s)" % table)]


def main(argv):
    if len(argv) != 2:
        print("usage: grow.py STORE NIGHTS", file=sys.stderr)
        return 2
    con = sqlite3.connect(argv[0], isolation_level=None)
    nights = int(argv[1])
    tus = con.execute("SELECT max(id) FROM translation_units").fetchone()[0]
    fis = con.execute("SELECT coalesce(max(id), 0) FROM findings").fetchone()[0]

    def copy(table, where, shifted):
        names = cols(con, table)
        exprs = [shifted.get(c, c) for c in names]
        con.execute("INSERT INTO %s (%s) SELECT %s FROM %s WHERE %s"
                    % (table, ", ".join(names), ", ".join(exprs), table, where))

    con.execute("BEGIN")
    for night in range(1, nights + 1):
        tu = "(%%s + %d)" % (night * tus)
        day = "strftime('%%Y-%%m-%%dT%%H:%%M:%%SZ', started_at, '-%d days')" % (nights - night + 1)
        copy("runs", "id = 1", {"id": str(night + 1), "started_at": day, "ended_at": day})
        copy("translation_units", "run_id = 1",
             {"id": tu % "id", "run_id": str(night + 1),
              "result_tu": "CASE WHEN result_tu = id THEN %s ELSE result_tu END" % (tu % "id")})
        copy("findings", "run_id = 1",
             {"id": "(id + %d)" % (night * fis), "run_id": str(night + 1),
              "tu_id": tu % "tu_id"})
        copy("tu_inputs", "tu_id <= %d" % tus, {"tu_id": tu % "tu_id"})
        copy("tu_deps", "tu_id <= %d" % tus, {"tu_id": tu % "tu_id"})
    con.execute("COMMIT")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
