#!/usr/bin/env python3
"""Writes holdout154.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(inseminabr, oxigenoar, instrumentalrd, tramoyaes; profiles in ./profiles), 42 leads each, written by rows_<id>.py.

inseminabr is a Brazilian cattle-reproduction field service from Campo Grande (MS) (fixed-time AI programmes with
inseminator crews, ultrasound pregnancy diagnosis and fetal sexing, bull breeding-soundness exams, breeding-season
planning, embryo transfer and IVF, training of ranch hands) for beef and dairy cattle ranches, ranching groups and
cooperatives in Brazil and Paraguay, 20 employees or more; leads in informal Brazilian Portuguese, a few in English.
oxigenoar is an Argentine oxygen-control service from Mendoza for bottling lines (dissolved, headspace and total
package oxygen audits per filler valve, inerting adjustment of fillers and cappers, closure OTR and shelf-life trials,
control programmes, meter verification and training) for wineries, wine bottlers and olive-oil mills and bottlers in
Argentina and Chile, 30 employees or more; leads in Argentine Spanish with voseo, a few in English.
instrumentalrd is a Dominican surgical-instrument care company from Santo Domingo (repair and sharpening of surgical
instruments, laparoscopic instrument repair and insulation testing, inventory and rationalisation of surgical trays,
preventive maintenance and training of sterilisation staff) for private clinics, hospitals and ambulatory surgery
centres in the Dominican Republic, 60 employees or more; leads in Dominican Spanish, a few in English.
tramoyaes is a Spanish stage-machinery and rigging safety company from Madrid (periodic inspection and certification
of fly bars, pit lifts and stage platforms under UNE-EN 17206, fly-system maintenance, chain hoist / truss / hanging
point inspection for concert venues, crew training and motorisation of manual sets) for theatres, auditoriums, concert
venues, congress and cultural centres in Spain and Portugal, 25 employees or more; leads in Peninsular Spanish, a few
in European Portuguese and English.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are eh001, eh002, ... in the order the rows are added. Run:
    python3 -B build-holdout154.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "eh", ["rows_inseminabr", "rows_oxigenoar", "rows_instrumentalrd", "rows_tramoyaes"])
