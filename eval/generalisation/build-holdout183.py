#!/usr/bin/env python3
"""Writes holdout183.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(blindajeradiologicope, medidoresaguaar, persianascorporativascl, arenaiceca; profiles in ./profiles), 42 leads each,
written by rows_<id>.py.

blindajeradiologicope is a Peruvian radiation-shielding firm from Lima (shielding calculations and licensing files for
the nuclear regulator IPEN, lead-lined walls, doors and windows for X-ray, CT and radiotherapy rooms, shielding surveys
after installation) for hospitals, clinics, imaging centres and industrial radiography companies in Peru, 40 employees
or more; leads in Peruvian Spanish, a few in English. medidoresaguaar is an Argentine water-meter services company from
Córdoba (meter reading with handheld and drive-by systems, meter replacement programs, non-revenue water audits,
billing-data cleanup) for water cooperatives and private water-service concessionaires in Argentina, 30 employees or
more; leads in Rioplatense Spanish, a few in English. persianascorporativascl is a Chilean window-treatment contractor
from Santiago (commercial roller blinds and motorised blinds, solar-control, safety and privacy window films,
maintenance contracts) for owners and property managers of office towers, hotel chains and clinics in Chile, 50
employees or more; leads in Chilean Spanish, a few in English. arenaiceca is a Canadian ice-arena service company from
Ottawa (Ontario) (ammonia and CO2 ice-plant maintenance and safety inspections, ice-resurfacer maintenance, ice making
and painting at season start, rink board and glass repair) for private arena operators, sports complexes, curling clubs
and university athletics in Canada, 25 employees or more; leads in Canadian English, a few in Spanish and Portuguese
(staff and owners of immigrant-owned facilities).

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are fk001, fk002, ... in the order the rows are added. Run:
    python3 -B build-holdout183.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "fk", ["rows_blindajeradiologicope", "rows_medidoresaguaar", "rows_persianascorporativascl",
                           "rows_arenaiceca"])
