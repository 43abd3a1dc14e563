#!/usr/bin/env python3
"""Writes holdout169.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(folguistasbr, postensadocl, marcacionmx, fortificationuk; profiles in ./profiles), 42 leads each, written by
rows_<id>.py.

folguistasbr is a Manaus (Brazil) staffing service of relief, substitute and night-shift pharmacists and outsourced
technical responsibility (RT) for new stores and distributors, for pharmacy chains, drugstores, compounding pharmacies
and medicine distributors in northern Brazil, 50 employees or more; leads in Brazilian Portuguese, about a quarter in
English. postensadocl is a Concepción (Chile) post-tensioning subcontractor (PT design, supply and installation of
unbonded and bonded tendons, stressing and grouting on site, inspection and repair of PT slabs) for building
contractors, developers and engineering-and-construction firms in the centre-south of Chile, 40 employees or more;
leads in Chilean Spanish, a few in Portuguese and English. marcacionmx is a Querétaro (Mexico) outbound-dialling
compliance service (REPEP / REUS / do-not-call list scrubbing, caller-ID number reputation and DID rotation, contact
time and frequency rules in the dialler, call audits against PROFECO and CONDUSEF rules) for call centres, BPOs and
collection agencies in Mexico, 80 employees or more; leads in Mexican Spanish, a few in English. fortificationuk is a
Leeds (UK) flour-fortification compliance service (programme set-up for the Bread and Flour Regulations incl.
mandatory folic acid, premix feeder calibration and verification, nutrient testing of flour, records / training /
audit support) for UK flour mills, 20 employees or more; leads in British English, a few in Spanish.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are ew001, ew002, ... in the order the rows are added. Run:
    python3 -B build-holdout169.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "ew", ["rows_folguistasbr", "rows_postensadocl", "rows_marcacionmx", "rows_fortificationuk"])
